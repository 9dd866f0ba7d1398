"""Goods: order quantity (never the MOQ), unit price and the currency of the prices."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from decimal import Decimal

from tradepact.adapters.extraction.rules.goods_names import (
    DASH_COUNT_LINE,
    DASH_NOT_GOODS,
    SIZE_CODE_HINT,
    SIZE_CODES,
    respective_counts,
    steel_grade,
)
from tradepact.adapters.extraction.rules.incoterms import _ALIASES, _PUNCT, _word_rule
from tradepact.adapters.extraction.rules.incoterms import _LATIN as _RULE
from tradepact.adapters.extraction.rules.patterns import (
    MORE_CODES,
    RANGE_SEP,
    Mention,
    MessageView,
    Prefilter,
    PriceRange,
    SpanSet,
)
from tradepact.domain.numbers import (
    SPOKEN_THOUSANDS,
    WAN_QIAN,
    chinese_to_int,
    parse_decimal,
    spoken_thousands,
    wan_qian,
)
from tradepact.domain.transcript import Role

QUANTITY, PRICE, CURRENCY, MOQ = "quantity", "price", "currency", "moq"
# a whole number a Chinese counter-offer says without its currency ("最低36", "36可以"): a price
# only beside a price already on the table (the extractor decides, see _ChatContext)
BARE_WHOLE = "bare_whole_price"
# "2000-3000 pcs yoga mats": no order quantity, but it still labels the goods after it.
QUANTITY_RANGE = "quantity_range"
QUANTITY_EACH = "quantity_each"
# The count of one goods in its colours, added up ("silver 800个, black 700个"): the order when
# the chat says the colours are one price (extractor), a line per colour otherwise
QUANTITY_COLOURS = "quantity_colours"
# The currency of a one-off fee (sample, mould, plate): not the currency of the goods, but a fee in
# 元 written in Chinese is a domestic quote in yuan, which the extractor takes when nothing else
# names a currency ("打样费300元/件"; an English "mould fee RMB 500" beside FOB tells nothing).
FEE_CURRENCY = "fee_currency"
# The amount of a price for a hundred or a thousand pieces ("USD 6.50 per 1000pcs"): no unit price,
# but the bare counters that follow it are of the same lot (extractor)
LOT_PRICE = "lot_price"

_QTY_UNIT = (r"(pcs|pieces|piece|pc|nos(?!\.?\s*(?:of\s+)?(?:x\s*)?(?:\d{2}\s*(?:hq|gp|hc|ft|feet|foot|'|’|尺)|fcl|lcl|(?:shipping\s+)?containers?|trucks?|pallets?|lorr(?:y|ies)|loads?|per\b))|no(?=\.(?:\s|$))(?<=, 1 no)|units|unit|sets|set|copies(?!\s+of\b)|cones|bobbins|kits|kit|tai(?=\s*(?:[.,;!?，。]|$))|deals|bundles|lengths|pairs|pair|prs|cartons|ctns|boxes|bags|packs|packets|pads|cards|rolls|gross|yards|yds|"
             r"panels|sections|stems|bunches|bouquets|garlands|cartridges|bricks|cyls?(?![a-z])(?![^\S\n]+(?:engines?|heads?|motors?|generators?|diesel|petrol|gasoline|outboard|motorcycles?)\b)|"
             r"bottles|btls?|jars|cans|drums|barrels|pails|tubes|liters|litres|ltrs|lbs|pounds|cases|"
             r"sheets?|slabs?|pouch(?:es)?|tubs?|meters|metres|meter|metre|sqm|m2(?!\d|\.\d|\s*[x×*]|\s*(?:screws?|bolts?|nuts?|thread))|m(?=\s|$|[,.;])(?!\s*(?:water|wr\b|depth|dive))|square met(?:er|re)s|kgs|kg(?!f|\s*/\s*cm)|tons|tonnes|mt|metric tons?|dozens?|平方米|平米|平方|平(?=[,，。.;；!！?？\s]|$|大概|大约|大約|左右)|坪|个(?!工作|月|星期|礼拜|禮拜|小时|柜|点|百分|码|款|色|颜色|尺|型号|高度|规格|方案|选择|选项|问题|条件|办法|原因|立方|方|平方|产品|品|种|工程师|技术员|技师|师傅|人|价|報價|报价|價|[ \t]*\d|\s*(?:options?|choices?|ways)\b)|件(?!\s*(?:組|组|套|那款|一套|一組))|套|組|组|双(?![清淸层層面色头頭人砂孔开開向门門排侧側工摄攝核卡频頻模])|对(?![吗嗎吧啊呀的了])|台(?![币幣湾灣北中南阶階])|箱(?![体體])|只|条|张|把|顶|卷|米(?!\s*(?:防水|防水深度|潜水))|间(?=\s*(?:[，,。.;；!！?？]|$|桑拿|汗蒸|集装箱|集裝箱|木屋|活动房|活動房|板房|房屋))|吨|公吨|公斤|块(?!\s*\d|\s*[一二两三四五六七八九](?![十百千万])|\s*钱|\s*多|\s*(?:可以|行|吗|嗎|吧|呢|能做|能不能|做不做|行不行|一个|一件|一套|一只|一条|一双|一张|一打|每个|每件|每套|每打))|瓶|盒|包|袋|码(?![数數子])|碼(?![数數子])|本(?!月|周|年|公司|次|地|厂|人)|支(?!付|持|票)|枝(?!头|頭|条|條|干|幹|叶|葉)|盆(?!栽|景|底|口)|副|幅|盏|艘|棵|枚|辆|具(?![体體有备備])|架(?![子构構])|根|片|颗|粒|部|桶|罐|筒|饼|餅|座(?=[，,。.;；!！?？)）]|$)|(?:(?<=\d\d)|(?<=\d\d ))面(?=[，,。.;；!！?？)）]|$)|口(?=[，,。.;；!！?？)）]|$)|打(?![样款过到印孔电包折算给钱个卡对入进]))")
# Number patterns open with a bare \d (the lookbehind follows it: \d(?<![.$]\d) is (?<![.$])\d),
# so the engine jumps from digit to digit instead of trying the pattern at every position.
_QTY_UNIT_WORD = re.compile(_QTY_UNIT)
_QTY = re.compile(r"(\d(?<![\d.$¥€£]\d)(?<![^a-z][a-wyz]\d)(?<!^[a-wyz]\d)(?<!dn\d)(?<!pn\d)(?<![a-z]-\d)(?<!\d:\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))\s*(k|万|千|m(?=\s*(?:pcs|pieces|units|sets|pairs)\b)|(?<=\.\d)w(?=\s*(?:pcs|pieces|units|sets|pairs|bags|boxes|[个件套只条张盒包袋箱])))?\s*" + _QTY_UNIT
                  # (a Latin unit ends its word; a Chinese measure word may run into a model code: "2台HST250圆锥破",
                  # not after a length, nor into a courier or a code word: "5米HDMI线", "2个DHL包裹", "3个SKU", "2台CE认证")
                  + r"(?:(?<=[a-z])(?![a-z])|(?<![a-z])(?![a-z])|(?<![a-z\d米])(?!(?:dhl|fedex|ups|tnt|ems|skus?|ce|hs|hq|gp|pcs?|kgs?|cbm|ft|"
                  r"usd|rmb|eur)(?![a-z]))(?=[a-z]))")
_SPOKEN_THOUSANDS = re.compile(SPOKEN_THOUSANDS + r"\s*" + _QTY_UNIT.replace("(pcs|", "(?:(pcs|", 1)
                               + r")?(?=\s*(?:[,，。;；、!！?？.(（]|$))")
_WAN_QIAN = re.compile(WAN_QIAN + r"\s*" + _QTY_UNIT)
_BARE_WAN = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)\s*万(?![\d元块美欧港人币刀转円]|\s*(?:元|块|美|欧|港|人民|rmb|usd|\$|円|日元)|"
                       # money paid, right after it: "先打2万定金", "付5万预付款" (not "首批先做3万 尾款见提单付")
                       r"(?:的)?(?:定金|订金|預付|预付|货款|貨款|尾款|余款|餘款))")
# ten thousands quoted, not counted: "另一家廠商報125萬", "最低126万", "17.3万円" (not "数量降到5万",
# "你先报2万的价吧": counts)
_QUOTED_WAN_BEFORE = re.compile(r"(?:报|報|最低|算你|还价|還價|出价)\s*(?:是|为|為|要)?\s*$")
_PRICE_OF_AFTER = re.compile(r"\s*(?:个|個|件|只|套)?\s*的?\s*(?:价|價|报价|報價)")
# (on its own line: "尺寸 | 数量\n80cm | 120套" labels a column, not the 80 below it)
# a count written as so many times the goods named before it, with no unit: "PIR module x2000"
# (not a size, "60x90cm", nor "2x40HQ": a figure goes before those)
# (nor "approx 14", and see _COUNTED_BEFORE)
# a count times its price: "Just the straights for now, 12 x £186 ok"
_COUNT_TIMES_PRICE = re.compile(r"(?<![\d.,/x×*$£€¥])(\d{1,3}(?:,\d{3})+|\d{1,6})\s*[x×*]\s*"
                                r"(?:usd|us\$|\$|eur|€|£|gbp|rmb|¥|a\$|c\$|hk\$)\s*\d")
_TIMES_COUNT = re.compile(r"(?:(?<=[a-z)]) |(?<=[\u4e00-\u9fff)]))[x×](?<!length [x×])(?<!width [x×])(?<!height [x×])(?<!depth [x×])(?<!size [x×])(?<!zoom [x×])\s?(\d{1,3}(?:,\d{3})+|\d{2,7})"
                          # ("extractor x40 and fork x200"; not "5 inch x 20 and 6 inch x 20", sizes)
                          # (a new line starts anew: "C16 breaker x 3000\nC32 breaker x 1500", when the lines
                          # count the same way: see _LINE_ENDS_BEFORE_WORD)
                          r"(?!\d|[.,]\d|%|[^\S\n]*(?!(?:and|plus)\s+(?!\d+\s*(?:inch|in\b|ft\b|cm\b|mm\b|m\b|\"|')))"
                          r"(?:[a-z\"=]|[\u4e00-\u9fff]))")
# a count after "x" that ends its line, the next opening with a word: a list's line only when
# other lines count the same way
_LINE_ENDS_BEFORE_WORD = re.compile(r"[^\S\n]*\n\s*(?:[a-z\"=]|[\u4e00-\u9fff])[^\n]*\d")  # (a line with its own count)
# a count written before an "x" and the goods' name: "8 x steel site cabins 24ft" (not "25x PTZ", a zoom; "2 x 40HQ",
# "60 x 30 cm", "x usd 3.20": a container, a size, a price)
_COUNT_TIMES = re.compile(r"(?<![\w.,$¥€£/#\-])(?<![x×*] )(\d{1,3}(?:,\d{3})+|\d{1,5})\s[x×](?=\s+(?!(?:usd|us|eur|gbp|rmb|cny|"
                          r"aud|cad|the|pcs|pieces|sets|units|cm|mm|inch|ft|feet|foot|meters?|metres?|optical|digital|zoom)\b)"
                          r"[a-z]{3,})")
# what one set or kit holds, or what comes with the goods: "600 patio sets, each: 1 x table, 4 x
# chairs", "1 x charger and 2 x batteries per kit", "2 x mattress included", "3 x cartons of spare parts"
_PARTS_TALK = re.compile(r"\b(?:each|included|includes?|including|incl|contents?|spares?|kits?|comes? with|"
                         r"per (?:set|unit|box|carton))\b")
# so many of a unit or variant before the "x": "120pcs x 23 = USD 276", "6 shades x 100"
# a count of each opening the sentence after a list: "witch wig, clown wig, mullet wig. 1000 of each"
_EACH_OF_THE_LIST = re.compile(r"(?<=[a-z0-9)])[.;]\s+(\d{1,3}(?:,\d{3})+|\d{2,7})\s+(?:(?:pcs|pieces|sets|units)\s+)?(?:of\s+)?each\b"
                               r"(?!\s+(?:carton|box|bag|pack|set|container))")
_LISTED_EACH = re.compile(r"[a-z0-9\"]\s*,\s*[a-z0-9][^,\n]{0,20}\s*,\s*(\d{1,3}(?:,\d{3})+|\d{2,7})\s+each\b(?!\s+(?:carton|box|bag|pack|set|container))")
_COUNT_IS_BEFORE = re.compile(r"\d[\d,]*\s*[km]?\s*(?:pcs|pieces|sets|units|pairs|kits)\s*(?:(?:is|are|=|makes|equals)\s*(?:about\s*)?|"
                              r"(?:abt\.?|about|approx\.?|around|~)\s*)"
                              # "2M pcs is about 3.5 tons, 100 ctns": the weight said between
                              r"(?:\d[\d,.]*\s*(?:tons?|mt|kgs?|cbm)\s*(?:,|and)?\s*)?$")  # "200k pcs abt 400 cartons"
# "一万二千把是200箱": the pieces ordered, then the cartons they fill
# a count or an area, then what it comes to: "三千平大概2084箱" (cartons), "两千五百包是50吨" (a weight;
# not "20件约480吨", where the tons may be what is priced, nor "每捆10条一共5吨", what one holds)
_ZH_AREA_UNITS = r"平方米|平方|平米|平|㎡"
_ZH_COMES_TO = r"\s*(?:是|就是|等于|等於|共|一共|大概|大约|大約|约|約)\s*$"
_ZH_COUNT_IS_BEFORE = re.compile(r"(?<![\d.])\d[\d,]*\s*(?:[个個件套只把条條双雙瓶包盒支张張台袋]|" + _ZH_AREA_UNITS + ")" + _ZH_COMES_TO)
_ZH_PACKS_WEIGH_BEFORE = re.compile(r"(?<!每.)(?<![\d.])(?<!\d,)\d[\d,]*\s*(?:[包袋条條]|" + _ZH_AREA_UNITS + ")" + _ZH_COMES_TO)
_IS_CARTONS_AFTER = re.compile(r"\s*(?:is|are|=|makes|equals)\s*(?:about\s*)?\d[\d,]*\s*(?:cartons|ctns|箱)")
_COUNTED_BEFORE = re.compile(r"(?<![a-z\-\d])\d+\s*(?!(?:m|ft|inch|l|ml|w|v|kg|g|mah|gsm|t|tons?|tonnes?|btu)\s*$)[a-z]+\s*$")  # (not a size: "S 2.8m x400"; "0.4mm x 1200" is one)
_QTY_LABEL = re.compile(r"(?:\bqty|\bquantity|数量|订购|订)[^\S\n]*(?:is|of|:|为|是)?[^\S\n]*(\d{1,3}(?:,\d{3})+|\d{3,}|\d{1,2}(?!\.\S))(?![\d%/]|\.\d|[a-z]|\s*(?:公升|升|毫升|寸|吋|英寸|厘米|公分|毫米|层|層))")  # (not "订4/4小提琴": a size; nor "订：1.马克杯": a list's number; nor "想訂9公升泡沫滅火筒", "想訂三層水耕種植架")
# A bare count the buyer wants, closing its clause: "I want 10", "we want 1,200." (with a unit the
# quantity pattern reads it anyway; "want 10 days/colours/%" and "want 10 more" go on, so do not end here).
_WANT_COUNT = re.compile(r"(?<![a-z])want\s+(\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[\"”“'’.;!,]|$))", re.MULTILINE)
# A count changed to a bare figure of three digits or more: "chain 改 5000", "加到3000" (not a
# price: "价格改150", "降到" is said of prices, and a figure with a money word or days after it)
_ZH_CHANGED_COUNT = re.compile(r"(?<!价)(?<!价格)(?:改成|改为|改到|改|加到|增加到|减到|减少到)\s*(\d{1,3}(?:,\d{3})+|\d{3,7})"
                               r"(?![\d.%]|\s*(?:天|日|号|號|美|元|块|刀|usd|rmb|\$|days?|v(?![a-z])|hz|kv|kw|mm|cm|伏|赫兹))")
# A bare count called the total: "for 2 colours ok, 1500 total" (not money: no currency before
# it, no decimals; "so total 465?" asks what the money comes to)
_BARE_TOTAL = re.compile(r"(?<![\d.,$¥€£])(\d{1,3}(?:,\d{3})+|\d{3,7})(?![\d.,%])\s+(?:in\s+)?total\b"
                         r"(?!\s*\?|\s+(?:price|amount|cost|value))")
# money sent, not goods counted: "2180 ok. sending WU today, 4360 total"
# (the money itself named: not "please send PI, 2400 total", "we can pay by T/T, 2000 total")
_PAYING_BEFORE = re.compile(r"\b(?:send(?:ing)?|sent|paid|pay(?:ing)?|wir(?:e|ed|ing)|transferr?(?:ed|ing)?|remit(?:ted|ting)?)\s+"
                            r"(?:(?:you|u|by|via)\s+)?(?:the\s+)?(?:wu|western union|money|payment|funds|usd|us\$|\$|full amount)\b"
                            r"[^.?!\n]{0,30}$")
_CURRENCY_BEFORE = re.compile(r"(?:usd|us\$|eur|gbp|rmb|cny|hkd|aud|" + MORE_CODES + r"|(?<![报報用以])(?:新台币|新台幣|台币|台幣|人民币|人民幣|"
                              r"港币|港幣|美金|美元|欧元|歐元))\s*$")  # ("訂金新台幣30萬"; not "游戏币 5万", "报美元 3万")
# ten thousands paid, not counted: "先付定金1万", "余款2万"
# (after a price, not tax or freight: "不含税 500台", "含运 800盒" count the order)
_INCLUDED_BEFORE = re.compile(r"(?<=[,，])\s*(?:含|包含)(?![税稅运運在量铅鉛片])[^，,。;；！!？?()（）\d]{0,6}[和及、+]\s*$|"
                              r"(?<=[(（])(?:含|包含)(?![税稅运運在量铅鉛片])[^，,。;；！!？?()（）\d]{0,8}$")
_PRICE_BEFORE_INCLUDED = re.compile(r"\d(?:元|块|美金|美元|usd|\$[\d,.]+|nt\$[\d,.]+)?[^，,。;；]{0,4}[,，]\s*(?:含|包含)(?![税稅运運在量铅鉛片])")
_PAID_BEFORE = re.compile(r"(?:定金|订金|訂金|首付|预付款?|預付款?|尾款|余款|餘款|付)\s*$")
# A bare count priced in the same breath: "we go 3000 at 2.15", "5,000 @ 1.20" (a unit price
# follows, written with its decimals).
_COUNT_AT = re.compile(r"(?<![\w.,$¥€£/\-#])(\d{1,3}(?:,\d{3})+|\d{2,7})\s*(?:at|@)\s*(?:usd|us\$|\$|eur|€)?\s*"
                       r"\d{1,4}\.\d{1,3}(?![\d%])")
_PACK_UNITS_HELD = frozenset({"boxes", "cartons", "ctns", "bags", "packs", "盒", "箱", "袋"})
_WHAT_ONE_HOLDS_AFTER = re.compile(r"\s*[(（]\s*\d+\s*(?:pcs|pc|pieces|支|个|片|只)\s*/\s*(?:box|carton|ctn|bag|pack|盒|箱|袋)\s*[)）]")
# what one of the packs counted holds, said after them in the sentence: "2400 boxes tattoo
# cartridges 20pcs/box" (the order in boxes; not "2400 pcs, 20pcs/box", the pieces' packing)
_SAME_PACK_HOLDS_AFTER = re.compile(r"\d+\s*(?:pcs|pc|pieces)\s*(?:/|per\s+)\s*(box|carton|ctn|bag|pack)\b")
_PACKS_OF_BEFORE = re.compile(r"(?<![\d.])\d[\d,]*\s*(?:cases|cartons|ctns|boxes|packs|trays|crates)\s+of\s+$")
_SMALL_PACKS = frozenset({"cans", "bottles", "btls", "btl", "jars", "tubes", "pouches", "packets", "pouch"})
_SPEC_LIST_BEFORE = re.compile(r",\s*[a-z][a-z\- ]{1,24}\s*$")
_SET_PRICED_NEXT = re.compile(r"\s*:\s*(?:usd|us\$|\$|eur|€|£|gbp)\s*[\d,.]+\s*/\s*set\b")
_TOTAL_THEN_SHARE = re.compile(r"\s*(?:in\s+)?total\s*[(（]\s*\d[\d,]*\s*(?:per|/|each)\s*(?:cntr|ctnr|container|fcl|40\s*hq|40\s*hc|20\s*gp|truck)\b")
_CORRECTION = re.compile(r"\bnot\s+\d|\bsorry\b|\bcorrect|\bupdate|\btypo\b|\bmistake|\bshould be\b|\brevise")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:only\s+|about\s+|just\s+)?$|(?:买|買|订|訂|下|要|做)了\s*$")
# (the number right before "was": "PO 2231 was 2500pcs"; not "PO 5521 - the qty was 1500 pcs", a correction)
_PO_NUMBER_BEFORE = re.compile(r"\b(?:po|p\.o\.|order|invoice|pi)\s*(?:no\.?\s*|#\s*)?[a-z]{0,3}-?\d{3,}\s*$")
_PAST_ORDER_BEFORE = re.compile(r"\b(?:last|previous|past|prior)\s+(?:order|time|shipment|po)\b|上次|上一次|之前|以前")
_PACK_OF_UNIT = {"boxes": ("box",), "cartons": ("carton", "ctn"), "ctns": ("carton", "ctn"), "bags": ("bag",), "packs": ("pack",)}
# the letters typed right before a figure, and words that are no model code: see "GP6612M"
_LETTERS_BEFORE = re.compile(r"(?<![a-z])[a-z]{2,4}$")
# a site whose floor is said in 平: "店面120平", "仓库3000平" (no area ordered)
_SITE_BEFORE = re.compile(r"(?:店面|店铺|店鋪|门店|門店|仓库|倉庫|展位|家里|家裡|房子|厂房|廠房|车间|車間|大堂|办公室|辦公室|面积|面積|工地|场地|場地)"
                          r"[^,，。;；\d]{0,4}$")
_NO_CODE_WORDS = frozenset({"qty", "abt", "about", "ttl", "total", "need", "want", "only", "all", "for", "x"})
# cabinets as goods, and 小柜/大柜/高柜 with the shipping talk that makes them containers ("走整柜，3个小柜")
_CABINET_GOODS = re.compile(r"[橱櫥衣文件储儲物更鞋展书書餐酒斗]柜|[橱櫥衣文件储儲物更鞋展书書餐酒斗]櫃|柜子|櫃子|柜台|櫃台|cabinet")
_SMALL_CONTAINER_AFTER = re.compile(r"[小大高](?:柜|櫃)(?![子台])")
_SHIPPING_TALK = re.compile(r"整柜|整櫃|拼箱|走柜|走櫃|装柜|裝櫃|[小大高]柜装|[小大高]櫃裝|货柜|貨櫃|集装箱|集裝箱|海运|海運|\d\s*(?:gp|hq)|\d+尺|"
                            r"\b(?:fob|cif|cfr|cnf)\b|c&f|离岸|離岸|到岸|\d\s*箱")
# (cbm or 立方 only: "304 M3" is a screw; not where the goods are priced by weight)
_CBM_BEFORE = re.compile(r"\d\s*(?:cbm|立方米?)\s*[,，/;]\s*(?:and\s+)?(?:approx\.?|about|abt\.?|around|~|约|約|大约|大約)?\s*$")
# (a length before a vehicle that takes the goods: not "5000m truck tarpaulin", "8000m truck to Almaty")
_TRAILER_AFTER = re.compile(r"\s*(?:(?:trailers?|trucks?|lorr(?:y|ies)|flatbeds?)\s+(?:takes?|holds?|fits?|loads?|carries|can)\b|"
                            r"(?:半挂|半掛|挂车|掛車|货车|貨車)车?\s*(?:能|可以|可)?(?:装|裝|拉))")
# what one set is packed in ("3 cartons per set"), and a unit's net or gross kilos ("net 420kg")
_CARTONS_OF_ONE_AFTER = re.compile(r"\s*(?:per|a|each|/)\s*(?:set|unit|pc|piece|machine)\b(?!\s*price)")
_NET_BEFORE = re.compile(r"\b(?:net|gross)\s*[:：]?\s*$")
_NET_AFTER = re.compile(r"\s*(?:net|gross)\b(?!\s+(?:weight\s+)?(?:in\s+)?total)")
# what one container takes, right after the count: "800 pcs stacked per 40HQ", "600 sets in one 40HQ"
# (not "pls quote 1200 pcs in a 40HQ", the order that fills one)
_PER_CONTAINER_AFTER = re.compile(r"\s*(?:(?:stacked|packed|loaded|nested)\s+(?:per|in\s+(?:a|one|each))|per)\s+"
                                  r"(?:(?:20|40|45)\s*'?\s*(?:gp|hq|hc|ft|dv)|fcl|container|cntr)\b")
# how far an instrument reaches, in metres: no length ordered
# (an instrument's words only: not "site measured 1200m total", "cable run distance 300m", "距离800米")
# (not "in the range of 3000m", "intrusion detection 2000m", "5000米探测线": lengths ordered)
_REACH_BEFORE = re.compile(r"(?:(?<!the )\brange(?:finders?)?\b|测距|射程|(?:视|視|观测|觀測|识别|識別)距[离離])"
                           r"[^\S\n]*(?:up to|of|is|to|:|：|约|約|达|達)?[^\S\n]*$")
_REACH_AFTER = re.compile(r"[^\S\n]*range\b")
_QTY_CUES_OFF = re.compile(
    r"(?<![a-z])per (?:(?:poly|inner|master|outer|export|gift|colou?r|pe|opp) ?)?(?:carton|ctn|box|bag|pallet|container|cntr|ctnr|"
    r"polybag|case|crate|bundle|pack|packet|stack)|/\s*(?:ctn|carton|box|bag|polybag|pallet|case|crate|pack|stack)|slabs?\s*/\s*(?:a-)?frame|each (?:carton|box|pack|crate)|"
    r"(?<![a-z])(?:to|into) (?:a|one|each|every) (?:carton|ctn|case|crate)\b|"  # "20 pcs to a carton"
    r"每箱|一箱|每件|per month|a month|每月|monthly|capacity|产能|產能|日产|日產|月产|月產|年产|年產|stock|库存|现货|能装|可以装|(?<![运配发递])送(?![货到达去过])|in total we sold|(?<![a-z])sold(?![a-z])|"
    # a part of the order: "现货有200套，其余400套要 15 天生产", "the remaining 400 sets"
    r"其余|剩下|剩余|\bthe rest\b|\bremaining\b")
# a question whether the count just said is in stock: "3000件，有现货吗", "3000 pcs, in stock?"
_STOCK_ASKED_AFTER = re.compile(r"\s*[,，]?\s*(?:有没有现货|有冇现货|有现货吗|有现货嗎|有現貨嗎|有沒有現貨|现货有吗|"
                                r"(?:do you have (?:it |them )?|are they |is it )?in stock\s*\?)")
# what one roll or box holds, said beside a price per that measure: the rolls or boxes are the
# packing of the area, length or weight ordered ("100 sqm/roll, 50 rolls", "一卷100平方，一共一百二十卷",
# "3.34 m2 per box, approx 780 boxes")
_MEASURE_PACKS = frozenset({"roll", "rolls", "卷", "box", "boxes", "ctn", "ctns", "carton", "cartons", "箱"})
_ROLL_HOLDS = re.compile(r"\d[\d.,]*\s*(?:sqm|m2|㎡|平方米?|平米|m|meters|metres|米|码|yards|yds|kgs?|公斤)\s*"
                        r"(?:/|per\s+|a\s+|each\s+|每|一)\s*(?:roll|卷|box|ctn|carton|箱)|(?:每|一)[卷箱]\s*(?:约|大约|大概)?\s*"
                        r"\d[\d.,]*\s*(?:平方米?|平米|㎡|米|码|公斤|kg|sqm|m2|m)")
_ONE_ROLL_SIZED_BEFORE = re.compile(r"(?:每|一)卷[^，。,;；]{1,16}[，,]\s*$")
_AREAS = frozenset({"sqm", "m2", "㎡", "平方", "平方米", "平米", "平"})
# the area one machine has, said before its figure: "换热面积7平方", "烤面积700平方英寸", "heat transfer
# area 45 m2" (not "总面积 1500 平米", "铺装面积 320 平方": the floor or roof to cover, ordered)
_AREA_SPEC_BEFORE = re.compile(r"(?:(?:换热|換熱|传热|傳熱|散热|散熱|过滤|過濾|烤|烧烤|燒烤|制冷|製冷|制热|製熱|加热|加熱)面[积積]|"
                               r"\b(?:heat(?:ing)? transfer|exchange|heating|filter(?:ing|ation)?|cooling) (?:surface|area))\s*[:：]?\s*(?:of\s*)?$")
# a machine named by its area: "60平方管壳式冷凝器" (not "700平方草坪", the turf ordered)
_AREA_NAMES_MACHINE = re.compile(r"(?![做用给給于於作供配])[\u4e00-\u9fff]{0,8}(?:器|机|機|炉|爐|罐|塔)(?![\u4e00-\u9fff])")
_AREA_SPEC_AFTER = re.compile(r"\s*(?:of\s+)?(?:heat(?:ing)? transfer|exchange|heating|filter(?:ing|ation)?|cooling) (?:surface|area)\b")
# the area of one box, slab or sheet, not the area ordered: "3.24 sqm/slab", "2pcs/box = 1.44m2",
# "每箱1.44平方"
# (not "800平方每块多少钱", the area ordered and a price asked per tile; nor "floor tile = 1200 m2")
_AREA_OF_ONE_AFTER = re.compile(r"\s*(?:/\s*(?:slabs?|box(?:es)?|ctns?|cartons?|pcs?|pieces?|sheets?|tiles?|panels?|pallets?|"
                                r"片|箱|块|塊|张|張|托)|(?:per|a|each)\s+(?:slab|box|ctn|carton|pc|piece|sheet|tile|panel|pallet))(?![a-z])")
_AREA_OF_ONE_BEFORE = re.compile(r"(?:(?:/|\bper |\beach |\bone )(?:box|ctn|carton|slab|pallet|sheet|tile)\s*=|"
                                 r"(?:一|每|单|單)(?:箱|片|块|塊|张|張|托)\s*(?:=|是|约|約)?)\s*$")
_MEASURE_COUNTED = re.compile(r"\d[\d,.]*\s*(?:sqm|m2|㎡|平方米?|平米)(?![a-z\d])")
_PRICED_PER_MEASURE = re.compile(r"/\s*(?:sqm|m2|㎡|m|kg|yd|yard)(?![a-z])|\bper\s+(?:sqm|m2|square|met(?:re|er)|kg|kilo|yard)|"
                                 r"每(?:平方米?|平米|米|公斤|千克|码)\s*\d")
# the count a packing ratio comes to: "50 rolls per ctn so 15000 rolls" orders the rolls
_RESULT_BEFORE = re.compile(r"(?:\bso|\bthat(?:'s| is)|\bi\.e\.?|=|即|也就是)\s*$")
# what the load weighs, estimated beside its container: "1x20GP since it is heavy, abt 7.5 tons"
_ABOUT_BEFORE = re.compile(r"(?:\babt\.?|\babout|\bapprox\.?|\baround|\broughly|约|大约|大概)\s*$")
# (or a parcel's: "20k picks around 9kg, DHL to Austin approx USD 95")
_LOAD_TALK = re.compile(r"\d\s*(?:x\s*)?(?:20|40)\s*'?\s*(?:gp|hq|hc|ft)\b|container|cbm|heavy|柜|立方|"
                        r"\b(?:dhl|fedex|ups|tnt|courier|express)\b")
# a load less than (or a) container's, the seller's word on what the order weighs: "yes around
# 1.6 tons, LCL makes more sense" (not the buyer's "need around 16 tons of wire rod, LCL ok")
# vehicles and seats: a count in 座 near them is how many one seats
_SEATS_TALK = re.compile(r"车|車|沙发|沙發|巴士|座椅|\b(?:bus|car|van|sofa|seater)s?\b")
# a weight said as what the count comes to: "1200包，就是30公噸" (the packs are the order)
_COMES_TO_BEFORE = re.compile(r"(?:就是|也就是|即是|合计|合計|\bthat'?s|\bwhich is|=)\s*(?:about|around|大概|约|約)?\s*$")
# a truck's size or room talked of: "9米6够了", "一台车装得下"
_TRUCK_TALK = re.compile(r"\d米\d(?!\d)|装得下|裝得下|装不下|裝不下|够装|夠裝|[0-9一两兩二]\s*[台辆輛]\s*[车車]")
_LOAD_KIND = re.compile(r"\b(?:lcl|fcl|cfs)\b|拼箱|散货")
_OF_GOODS_AFTER = re.compile(r"\s+of\s+[a-z]")  # ("about 2 tons of green coffee by LCL": the goods offered)
_PRICED_PER_WEIGHT = re.compile(r"(?:/\s*|\bper\s+|每)\s*(?:kg|kgs|kilo|公斤|千克|tons?|mt|吨)(?![a-z])")
# what a pack is made of, before its name: "12pcs/PVC box", "12 pcs in one gift box"
_PACK_MATERIAL = r"(?:pvc |pp |pet |opp |paper |gift |colou?r |white )?"
_PIECES_OF_SET_AFTER = re.compile(r"\s*(?:/|per |a |each )\s*" + _PACK_MATERIAL + r"(?:set|pair|kit|card|blister|pack|box|bag|tube|"
                                  r"bottle|jar|pad|roll|sleeve)\b")
# an incubator named after eggs counted in 枚 or 颗 ("96枚孵化器"): not "5000颗电容器", "3000颗继电器",
# capacitors and relays counted by the piece
_MACHINE_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,5}?孵[\u4e00-\u9fff]{0,2}?[机機器]")
# what comes free with the order is no order: "we can add 20 sets free for any damage"
_FREE_AFTER = re.compile(r"\s*(?:free|for free|foc|f\.o\.c\.?)\b")
_SET_BRACKET_OPEN = re.compile(r"(?:件套|套装|套裝|盆景|盆栽|花束|\bsets?|\bkits?|\bdeals?|"
                               r"(?:[一每/]|\bper\s|\ba\s)\s*(包|盒|袋|\bpack\b|\bbag\b|\bbox\b))\s*[(（][^()（）]*$")
# what comes with each: "含遥控两个", "带电池2个" (the accessory named, then its count)
# (after the price of each, the accessory's count closing its clause: not "带灯的款要12台", "送到迪拜10台")
# (what comes is goods, not a service or a paper: not "含税10台", "带安装15套", "附发票12件")
_COMES_WITH_BEFORE = re.compile(r"(?:含|带|帶|附|配|送|赠|贈)(?!税|稅|运|運|安装|安裝|调试|調試|发票|發票|送货|送貨|货|貨)"
                                r"(?:(?![要的款到台])[\u4e00-\u9fff]){1,4}$")
_PRICED_EACH_BEFORE = re.compile(r"每\s*[台个個件套只部把张張]\s*[\d一二两三四五六七八九十]|[\d]\s*(?:元|块|塊|美金|美元)[，,]\s*(?:含|带|帶|附|配|送|赠|贈)")
_WITH_PARTS_BEFORE = re.compile(r"(?:带|帶|附|配|含)(?!税|稅|运|運)[^，,。.;；\d]{0,10}$")
_ONE_PACK_BEFORE = re.compile(r"(?:每|单|單|一)(箱|盒|包|袋|打|件|卷|捆)$")
_ROOMS_SOLD = re.compile(r"桑拿|汗蒸|房|屋|集装箱|集裝箱|cabin|room")
_PINYIN_TALK = re.compile(r"\b(?:ni hao|nihao|wo|yao|duoshao|jiage|keyi|hao de|xiexie|laoban|zenme|fukuan|mei tai|meitai|haode)\b")
_REST_BEFORE = re.compile(r"(?:另外|其余|其餘|剩下|剩余|剩餘|\bthe other|\bthe rest(?: of)?|\bremaining)\s*(?:的)?\s*$")
_REST_TIMED_AFTER = re.compile(r"[^，,。.;；!?]{0,8}?(?:(?:需要|要|还要|還要|\bneeds?\b|\btakes?\b|\bwill take\b)\s*(?:大概|约|about)?\s*\d|\bready\b|\bin\s+\d)")
_ONE_PACK_HOLDS_AFTER = re.compile(r"\s*(?:per|a|each|/|in\s+(?:a|one|each))\s+(?:[a-z]+\s+){0,2}?"
                                   r"(?:box|carton|ctn|bag|polybag|case|pack|blister|card)\b")
# an item of a spec listed by commas, after a figure of the spec ("2500mAh 电池，6个按摩头，")
_ZH_SPEC_ITEM_BEFORE = re.compile(r"\d\s*(?:mah|v|w|kw|mm|cm|hz|寸|英寸|档|檔|速)[^\d，,。;；]{0,8}[，,、]\s*$")
_ZH_PART_UNITS = frozenset("个個只隻根条條片支把颗顆粒")  # (not 台, 套: "2000W 款，15台电磁炉，" restates the order)
_ZH_SPEC_ITEM_AFTER = re.compile(r"(?![\u4e00-\u9fff]{0,3}色)[\u4e00-\u9fff]{1,6}[，,、]")  # (not "10个黑色，": the order by colour)
# what comes with each of the goods, said in English: "1 set punches & dies included with each machine"
# (not "10 sets with CE certificate for each machine", "12 units packed in wooden case for each unit")
_WITH_EACH_AFTER = re.compile(r"\s+(?!with\b|and\b|packed\b|in\b|for\b)[^.;,!?\n\d]{1,40}?\b(?:(?:included|supplied)\s+)?with\s+(?:each|every)\s+"
                              r"(?:machine|unit|set|press|pump|boiler|piece|pc|order|tank)\b")
# (not "10 units of the water chiller with each unit having ...", "5 sets shipped with each set in a crate")
_NO_PART_BETWEEN = re.compile(r"\b(?:of|shipped|delivered|sent|made|built|wrapped|crated|boxed|labell?ed|marked)\b")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:$|[，,。.;；!！])")
_PRICED_PER_SET = re.compile(r"(?:/|\bper\s|\ba\s)\s*(?:set|kit|deal)\b")
# (not "精梳32支 … 40支要15吨", where the yarns of each count are the goods)
_MORE_MONEY_BEFORE = re.compile(r"(?:加|贵|貴|便宜|减|減|少|多|差)\s*$")
_YARN_BEFORE = re.compile(r"(?:纯棉|純棉|全棉|长绒棉|長絨棉|纱|紗)\s*$")  # (and "精梳棉紗40支")
_YARN_AFTER = re.compile(r"\s*(?:纱|紗|单纱|單紗|双股|雙股|贡缎|貢緞|纯棉|純棉|全棉|精梳|长绒棉|長絨棉|棉|sateen|cotton)")
_SET_BRACKET_BEFORE = re.compile(r"\bsets?\s*[(（]\s*$")
# the pieces one set holds, named with the set ("9pc ball end hex key set", "wrench set 12pcs"),
# when the line counts or prices the order in sets ("... - 6000 sets")
# (or "4pcs set"; a hair "3pcs deal 18/20/22" before its lengths, not "80 pcs deal. send PI")
_SET_NAMED_AFTER = re.compile(r"\s*(?:[a-z0-9][a-z0-9/\"' \-]{0,40}?)?\b(?:set|kit|deal(?=\s+\d))\b(?!s)|"
                              r"\s*[\u4e00-\u9fff]{1,10}?(?:套装|套裝|套件)")  # ("12pcs 不锈钢锅具套装")
_SET_WORD_BEFORE = re.compile(r"\b(?:set|kit)\s*(?:of\s*)?$")
_SETS_COUNTED = re.compile(r"\d[\d,]*\s*k?\s*(?:sets|kits|deals)\b|(?:/\s*|\bper\s+)(?:set|kit|deal)\b")  # (or prices them: "$1.35/set")
_LIST_BEFORE = re.compile(r"(?<![\d.,\-a-z])\d[\d,]*\s*(?:和|与|與|and|&)\s*$")
_ORDER_VERB_BEFORE = re.compile(r"\b(?:need|order|want|buy|take|purchase|only|just)\s+(?:\w+\s+)?$")
_BY_COURIER_AFTER = re.compile(r"\s*(?:to you\s+|to us\s+)?(?:by|via)\s+(?:dhl|fedex|ups|tnt|sf|express|courier)\b|"
                               r"\s*(?:to you\s+)?for (?:test|testing|trial)\b")
_PARTS_LISTED_AFTER = re.compile(r"\s*(?:set\s*)?[(（]([^()（）\n]{3,120})[)）]")
_PART_JOIN = re.compile(r"\s*(?:,|，|、|\+|&|\band\b|和)\s*")
_ONE_HOLDS_BEFORE = re.compile(r"[一每]\s*(?:包|盒|箱|袋|扎|紮|卷|捆|提|轴|軸)\s*(?:有|装|裝|是|=)?\s*$")
_PACK_OF_BEFORE = re.compile(r"\b(?:spools?|bags?|sacks?|drums?|coils?|reels?|rolls?|cartons?|boxes|pails?|bales?)\s+of\s*$")
_CHANGED_TO_BEFORE = re.compile(r"(?:\bmake it|\bchange (?:it )?to|\bneed|\border|改成|改为|改為|要)\s*$")
_PLANT_NEAR = re.compile(r"\b(?:factory|workshop|plant|workers|employees|staff|since \d{4})\b|"
                         r"厂房|廠房|车间|車間|占地|佔地|厂区|廠區|员工|員工|工人")
_SAMPLES_BEFORE = re.compile(r"\bsamples?\b|样品|樣品|样板|樣板")
_ORDER_AFTER = re.compile(r"[^.!?\n。！？]{0,24}?(?:\border\b|\btrial\b|订单|訂單|大货|大貨|试单|試單)")
# (made or sent, between the word and the count: not "Sample approved, thank you. So 6 sets")
_SAMPLE_MADE = re.compile(r"\b(?:make|made|prepare|send|sent|ship|produce)\b|做|寄|打样|打樣")
_BULK_WORD = re.compile(r"\b(?:order|bulk|mass|production)\b|订单|訂單|大货|大貨|批量")
_SAMPLES_ASKED_BEFORE = re.compile(r"(?:\bsamples?\b|样品|樣品|样板|樣板)[^.!?\n。！]{0,30}[?？]\s*$")
_SEND_BEFORE = re.compile(r"\bsend\s+(?:me\s+|us\s+)?$|[寄发]\s*$")
# a dimension's last figure before a range's dash: "2800x2070 -" is a size, then the count
_DIMENSION_END = re.compile(r"[x×*]\s*\d+(?:\.\d+)?$")
# (not the last figure of a model code: "rope toy RT-3 – 5000pcs"; nor of a yarn's count or plies:
# "bonded nylon 210D/3 - 600 kg")
_QTY_RANGE_BEFORE = re.compile(r"(?<![a-z]-)(?<![a-z])(?<![a-z]-\d)(?<![a-z]\d)(?<!/)(?<!/\d)(?<![.\d]\.)(?<!\.\d)\d\s*(?:-{1,2}|~|–|—|至|到|\bto)\s*$")
# (not a decimal's last digit: "double coupler 48.3 - 15000 pcs", a size then the count)
# a tier's threshold before the figure: "over 300 bundles we give 5% off", "超过500个九折"
_FROM_BEFORE = re.compile(r"\bfrom\s*$")
_PRICE_DECIMAL = re.compile(r"(?<![a-z\d.])\d+\.\d")  # (a price's figure, not a version: "V2.0")
_THRESHOLD_BEFORE = re.compile(r"(?:\b(?:over|(?<!as )above|more than|beyond)|超过|超過|大于|大於|多于|多於)\s*$")
_PACKED_BEFORE = re.compile(r"\bpack(?:ed|ing)\s*(?:in\s*)?$")
# A size per pack: "5米一卷" (5 m a roll), "50 m/roll", the pieces of one set ("12支套组"), and
# the weight of one pack ("50kg size", "25kg bags"), not the weight ordered.
_PER_PACK_AFTER = re.compile(r"(?:(?<=kg)|(?<=kgs)|(?<=公斤))\s*/\s*(?:[\u4e00-\u9fff]|bag|drum|pail|set|box|carton|ctn|coil|roll|spool|reel|sack|bale)|"
                             # "25kg coil packed in hessian cloth": what one coil, bag or drum weighs
                             r"(?:(?<=kg)|(?<=kgs))\s+(?:inner\s+)?(?:coil|roll|spool|reel|sack|bag|drum|bale|carton|box)(?:e?s)?\b(?!\s+(?:of|x)\b)|"
                             r"\s*in (?:one|1|a|each) " + _PACK_MATERIAL + r"(?:poly ?bag|opp bag|bag|carton|ctn|box|inner box|pack)\b|"
                             r"\s*(?:一|每|/|per |a )\s*(?:卷|桶|drums?\b|pails?\b|rolls?\b|箱|包|盒|袋|筒|盘|捆|spools?\b|reels?\b|bales?\b|bundles?\b)|(?<=[支件个只片個])一?[套装裝组組]|"
                             r"(?<=[支件个只片個条條])\s*/\s*[套组組]|"  # "2条/套": what one set holds
                             # "4 pcs per woven bag": what one bag holds
                             r"\s*(?:/|per |a |each )\s*(?:woven |poly |pe |plastic |paper |jute |pp )(?:bags?|sacks?)\b|"
                             r"(?<=[片件层層])式|"  # "三片式球阀": a three-piece design, no order
                             r"(?<=支)(?:全|精梳|纯|純)?[棉纱紗]|"  # "40支全棉": a yarn count, no order
                             r"(?:(?<=kg)|(?<=kgs)|(?<=lb)|(?<=lbs))\s*(?:[a-z]{2,5}\s+)?(?:size|capacity|bags?|sacks?|drums?|packs?|packing|ibc|totes?|pails?)\b|"
                             r"(?:(?<=kg)|(?<=kgs)|(?<=公斤))\s*[装裝]|"  # "2.5kg 裝": the bag's weight
                             # the length of one reel: "20,000 metres on 500m reels"
                             r"(?:(?<=m)|(?<=meters)|(?<=metres)|(?<=米))\s*(?:reels?|rolls?|coils?|spools?)\b")
# What comes with the goods is no order of its own: "including one set of spare parts".
_EXTRA_BEFORE = re.compile(r"\b(?:including|includes|included|incl\.?|plus|free|extra|spare|comes with|"
                           r"together with)\s*$|(?:含|包括|包含|另送|赠送|送|多咗|多了|加多)\s*$")
# the hundred or thousand a price is for: "27块一千个", "USD 5.8/1000 pcs"
_PRICED_BEFORE = re.compile(r"(?:[块元]|美金|美元|/|per|每|(?<![\d.a-z\-])(?<!\d,)\d{1,3}(?:\.\d+)?)\s*$")  # "26一千个"
# A part of the goods counted in their description: "羽毛逗猫棒，带2个替换头", "(桶+铲+耙+3个模具)"
_PART_BEFORE = re.compile(r"(?:\bwith|带|帶|配|附|\+)\s*$")
# A count that opens a price tier, said before it: "0.88 only from 3000pcs", "starting from 500 sets"
_TIER_BEFORE = re.compile(r"\b(?:only (?:from|for|above|over)|start(?:s|ing)? (?:from|at)|"
                          r"orders? (?:from|above|over)|free (?:from|for|above|over))\s*$")
# a dozen named beside twelve pieces (打 but as in 打样, 打包, 打折, 打算, 打款, 打印)
_DOZEN_NEAR = re.compile(r"dozen|\bdz\b|\bdoz\b|打(?!样|樣|包|折|算|款|印)")
_DOZEN_UNITS = frozenset({"打", "dozen", "dozens", "dz", "doz"})
# pieces counted, then the same count in dozens: "240 pcs (that's 20 dozen)", "480个，即40打"
_PIECES_THEN_DOZENS = re.compile(r"(\d[\d,]*)\s*(?:pcs|pieces|pc|个|件|只|支|枝)\s*[(（,，]?\s*"
                                 r"(?:that'?s|that is|i\.?e\.?|which is|=|即|也就是|就是)?\s*$")
_PER_LOT_BEFORE = re.compile(r"(?:\bper|/)\s*$")
# a count said of each of the goods or sizes named before it ("40mm and 50mm ... qty 5000 each
# size"); goods_names gives each its own count, or drops it
# (also after the goods' own plural: "qty 1500 panels each size")
_EACH_GOODS_AFTER = re.compile(r"\s*(?:[a-z]{3,}s\s+)?(?:each (?:size|model|item|type|style|sku|one)s?|"
                               r"per (?:size|model|item|style|sku))\b")
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|per (?:container|colou?r|size|model|item|design|style|sku))\b|"
                         r"\s*[a-z]{3,}s\s+(?:each (?:size|model|item|type|style|sku|one)s?|per (?:size|model|item|style|sku))\b")
# "12m x 50m rolls": the first side of a size (not "50,000m x 0.14", the metres times their price)
_DIMENSION_AFTER = re.compile(r"\s*[x×*]\s*\d+(?:\.\d+)?\s*(?:m|cm|mm|米)(?![a-z])")
_SIZE_SPEC_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*(?:mm|cm|口径|口徑|寸|吋)\s+$")
# "2x25m rolls", "30cm×10m", "500mm x 23um x 1500m": a size
_DIMENSION_BEFORE = re.compile(r"\d\s*(?:cm|mm|m|in|inch|\"|um|μm|mic|micron|microns)?\s*[x×*]\s*$")
# a roll's width and length in metres, the rolls counted in the message: "白色40卷，规格1.24米x45.7米"
# (not "布料宽1.5米 x 2000米": the metres ordered)
_ROLL_SIZE_BEFORE = re.compile(r"\d\s*米\s*[x×*]\s*$")
_ROLLS_COUNTED = re.compile(r"\d\s*(?:卷|rolls?\b)")
_SPEC_WEIGHT_BEFORE = re.compile(r"(?:\b(?:max(?:imum)?\.?\s+)?(?:load(?:ing)?(?: capacity)?|weight|weighs|"
                                 r"n\.?w\.?|g\.?w\.?|bearing)|承重|载重|净重|毛重|重量)\s*[:：]?\s*(?:up to|max\.?|最大|大概|大约|约|差不多)?\s*$|"
                                 # what one weighs: "Each unit 68kg with wooden case", "每台约85公斤"
                                 r"\beach(?: (?:unit|pc|piece|set|machine|one))?(?: is| weighs)?(?: about| approx\.?| around)?\s*$|"
                                 r"每(?:台|个|件|套)\s*(?:约|大概|大约)?\s*$|"
                                 # a limit on a weight: "单个纸箱不超过70公斤", "each carton under 25 kg"
                                 r"(?:不超过|不能超过|不得超过|超过|最多|\b(?:up to|under|below|over|max\.?|maximum|less than|"
                                 r"more than|no more than))\s*$|"
                                 # what a count weighs: "600pcs ~ 190kg" (not "1x40' reefer = 24,000 kg")
                                 r"\d\s*(?:pcs|pc|pieces|sets?|units?|ctns?|cartons?|个|件|套|箱)\s*(?:~|≈|=)\s*$|"
                                 # "200万个大概12吨": what many small goods weigh (not "20件约480吨", coils)
                                 r"(?:\d\s*[万千k]|\d{4,}|\d{1,3}(?:,\d{3})+)\s*(?:pcs|pc|pieces|个|件|套)\s*(?:大概|大约|约|差不多|about|approx\.?)\s*$")
# the length one cone or spool holds: "5000m cones", "100 yds spools" (not "500 m of tape")
_LENGTH_WOUND_AFTER = re.compile(r"[ \t]*(?:cones?|spools?|reels?|bobbins?|tubes?)\b")
# the pack a weight in kilos fills: "1kg pouch", "25kg bag" (not "20 tons bag packing", the order)
_PACK_FILLED_AFTER = re.compile(r"[ \t]+(?:stand[ -]up\s+)?(?:pouch|bag|tub|jar|pail|sachet|bucket)(?:es|s)?\b|"
                                r"[ \t]*(?:master|inner|outer)[ \t]+(?:ctn|carton|box)s?\b(?!\s+pack)")  # "20kg master ctn"
# A weight that names the goods: "12公斤壶铃 300个" (a 12 kg kettlebell), "8公斤 66元" (the 8 kg
# one's price)
# how many colours or styles: "兩隻色一樣價", "3个颜色" (not "5台色谱仪", "15袋色母粒", "10卷色带": goods)
_COLOURS_COUNTED_AFTER = re.compile(r"颜色|顏色|[色款](?:(?![\u4e00-\u9fff])|(?=一样|一樣|都|各|同|相同|的|每|价|價))")
# a price per one of the goods named by its own word: "NZ$1,980 per bay", "USD 1,260 per module" (not
# per container, shipment or order, nor per a while)
_PER_NAMED_UNIT = re.compile(r"\s*per\s+(?!(?:containers?|cntrs?|cbm|shipments?|orders?|invoices?|months?|years?|weeks?|days?|"
                             r"hours?|trips?|trucks?|pallets?|kg|kgs|ton|tons|tonne|mt|lot|batch)\b)[a-z][a-z\-]{1,14}\b")
# the lines of an order summed to tell the load: "80 units together = one 40HQ"
# (not "600 pcs in total is USD 7.50/pc", "800 sets in total are about 3 cbm": the order itself)
_SUM_OF_LINES_AFTER = re.compile(r"\s+together\s*(?:=|fits?\b|fill|load|go\b|make|in\b)[^.;\n]{0,20}?"
                                 r"(?:\d+\s*'?\s*(?:hq|gp|hc|ft)\b|containers?|cbm|trucks?)")
# the load a lift or a machine is rated for: "3000kg freight lift, 4 stops", "machine for 630kg 1m/s",
# "home lift 250kg" (not "500 kg of shrimp for Jeddah")
_LIFTING = r"(?:lifts?|elevators?|hoists?|cranes?|forklifts?|stackers?|winch(?:es)?|jacks?|machines?|pallet trucks?)"
# (the machine the head of the name: not "machine screws", "crane rails", "jack fruit chips", "forklift tires")
_RATED_LOAD_AFTER = re.compile(r"\s*,?\s*(?:\d+(?:\.\d+)?\s*m/s\b|(?:(?!for\b|of\b)[a-z\-]+\s+){0,2}" + _LIFTING
                               + r"(?![a-z\-])(?!\s+(?!for\b|with\b)[a-z])|"
                               # "載貨電梯 2000公斤 3停", "2000kg 載貨電梯": in Chinese
                               r"\d+\s*停|(?:[\d一二两三四五六七八九十]+\s*[层層])?[\u4e00-\u9fff]{0,4}?(?:[电電]梯|[货貨]梯|升降[机機]|叉[车車])"
                               r"(?![^\W\d_a-z每的]))")  # (the lift the head: not "电梯钢丝绳", "叉车配件")
# what a machine takes or makes at a time: "60kg per batch", "500 kg/h", "每锅200公斤" is said before
_PER_BATCH_AFTER = re.compile(r"\s*(?:per|/|a|each)\s*(?:batch|load|cycle|hour|hr|h\b|shift|day)|\s*(?:每锅|每鍋|每小时|每小時|/锅|/小时)")
# machines named by what they hold or make ("hopper dryer 50kg")
_HOLDING_MACHINES = r"(?:dryers?|mixers?|loaders?|ovens?|grinders?|crushers?|granulators?|extruders?|fryers?|kettles?|boilers?)"
_RATED_LOAD_BEFORE = re.compile(_LIFTING + r"\s+(?:for\s+)?$|"
                                # what a machine holds or makes: "hopper dryer 50kg", "干燥机50公斤"
                                r"\b" + _HOLDING_MACHINES + r"\s+$|(?<=[机機])\s*$|"
                                # "手動叉車（拖板車）2.5噸", "薄型剪式舉升機 3噸": in Chinese
                                r"(?:叉[车車]|拖板[车車]|[电電]梯|升降[机機]|[举舉]升[机機]|葫芦|葫蘆|吊[车車]|起重[机機]|吊[机機]|"
                                r"千斤[顶頂]|[绞絞][车車]|卷[扬揚][机機]|[行天][车車])(?:\s*[(（][^)）]{0,8}[)）])?\s*$|"
                                # "每对承重1500公斤", "额定载重2吨": what one bears
                                r"(?:承重|载重|載重|额定|額定|荷载|荷載|承载|承載)\s*$")
_DIAMETER_SIGNS = frozenset("øφ⌀∅")
# the pieces one set holds, in Chinese: "4顆感應器一組" (a few words between), "一組4顆" (a dozen at
# most; _ONE_HOLDS_BEFORE reads what one pack holds, of any count)
_ZH_PIECES = frozenset("个個件只支片颗顆粒")
_ZH_ONE_SET_AFTER = re.compile(r"(?:(?![和与與跟及配加、打包装裝])[\u4e00-\u9fff]){0,6}?一\s*[组組套盒](?=\s*(?:[,，。.;；!！]|$))")
# (not other goods after "和": "5个电动葫芦和一套遥控器"; nor an order packed as one: "5个一起打包成一套")
_ZH_ONE_SET_BEFORE = re.compile(r"(?:一|每)\s*[组組套]\s*$")
# what is bought for a machine, not the machine: "for our extruders 500 kg masterbatch", "desiccant
# for compressed air dryer 200kg", "cleaning powder for commercial fryers 300 kg" (not "need price for
# hopper dryer 50kg": the machine priced)
_BOUGHT_FOR_BEFORE = re.compile(r"\bfor(?<!price for)(?<!prices for)(?<!quote for)(?<!offer for)(?<!quotation for)"
                                r"\s+(?:[a-z\-]+\s+){0,3}" + _HOLDING_MACHINES + r"\s+$")
# machines counted right after the weight each holds: "三机一体50公斤的5台"
_MACHINES_COUNTED_AFTER = re.compile(r"\s*的?\s*\d+\s*[台套](?![\u4e00-\u9fff])|\s*的?\s*\d+\s*[台套](?=[,，。;；\s]|$)")
_WEIGHT_NAMES_AFTER = re.compile(r"(?=[\u4e00-\u9fff])(?![的左以起每一多内试試吧呢吗嗎啊呀])|"
                                 r"\s*[:：]?\s*(?:usd|us\$|\$|rmb|¥)?\s*\d+(?:\.\d+)?\s*(?:元|块|美金|美元|usd|rmb)")
# How many go in one carton: "20 sets/ctn", "12 pcs per carton", "每箱20个"
# (or the shipping details of the cartons: "80 ctns, 3.9 cbm, GW 560kg")
# the order said again as packs, after its price per lot: "USD 42 per 1000 metres. That's 300 rolls."
_THATS_BEFORE = re.compile(r"(?:\bthat'?s|\bthat is|\bwhich is|\bi\.e\.?|\bie|=|就是|也就是|即)\s*(?:about|around|approx\.?|大概|约)?\s*$")
_PER_LOT_PRICE_SAID = re.compile(r"\b(?:per|/)\s*(?:1,?000|100|thousand|hundred)\b|每(?:千|百|1000|100)")
# packs the seller loads into a container: "150 rolls, we load them in one 20GP"
# what one container holds, said before the count: "40HQ loads 130pcs", "a 20GP takes about 600 sets"
# (not "one 40HQ load 3700 ctns": the one container ordered, so what it holds is the order)
_CONTAINER_HOLDS_BEFORE = re.compile(r"(?<!one )(?<!1 )(?<!1x)(?<!1 x )(?<!1\*)(?:20|40|45)\s*'?\s*(?:gp|hq|hc|ft|dv)\s+(?:can\s+)?(?:loads?|holds?|fits?|takes?|carries)\s+"
                                     r"(?:about\s+|approx\.?\s+|around\s+|max\.?\s+|~\s*)?$")
# the most one container takes, after the count that fills it: "3000pcs fits in one 40HQ, max is
# abt 3100pcs" (a container named in the words before)
_MOST_A_CONTAINER_TAKES = re.compile(r"(?:20|40|45)\s*'?\s*(?:gp|hq|hc|ft|dv)\b[^.;!?\n]{0,40}?\b(?:max(?:imum)?\.?(?:\s+(?:is|can be))?|up to)"
                                     r"\s+(?:abt\.?\s+|about\s+|approx\.?\s+|around\s+|~\s*)?$")
# Counts that are no order (the normaliser folds some traditional characters and not others:
# "現货", "单溫", so these take both forms): the machines a factory has ("我们工厂有 200台平车"),
# more that may be added later ("年底可能再加兩台"), how the order is met from stock and from
# production ("现货有40台，另外20台要排产")
_OWNED_BEFORE = re.compile(r"(?:工厂|工廠|厂里|廠裡|车间|車間|现|現)有\s*$")
_MAYBE_MORE_BEFORE = re.compile(r"可能(?:会|會)?再(?:加|追加|订|訂|要|下)\s*$")
_IN_STOCK_BEFORE = re.compile(r"(?:[现現][货貨]|[库庫]存)\s*(?:有|只有|[还還]有)?\s*$")
_TO_MAKE_AFTER = re.compile(r"\s*(?:要|需要|得)?\s*(?:排[产產]|排期|[现現]做|新做)")
# the bottles a cooler holds: "18瓶 slim wine cooler", "28瓶單溫紅酒櫃" (or "双温区46瓶，要60台": the
# coolers counted right after), "Dual zone built-in wine cooler, 46 bottles"
_COOLER_AFTER = re.compile(r"\s*(?:[装裝]|位)?\s*(?:[a-z\-]*\s*)?(?:wine|beverage|slim|built-in|[红紅]?酒[柜櫃]|冰[柜櫃]|"
                           r"[恒恆单單双雙][温溫])")
_MACHINES_COUNTED = re.compile(r"\d\s*[台套部]")
_COOLER_BEFORE = re.compile(r"\b(?:wine|beverage|drinks?) (?:cooler|fridge|cabinet|chiller)s?\b[^.;\n]{0,20}$")
# what comes with each unit ordered: "2pcs manifold filter per unit free of charge"
_EACH_MACHINE_AFTER = re.compile(r"\s*(?:[a-z][a-z\-]*\s+){1,3}(?:per|for each|with each|each)\s+(?:unit|machine|set|sprayer)\b")
# money a part costs, said in pounds: "the titanium tube alone costs nearly 3 pounds"
_COSTS_BEFORE = re.compile(r"\b(?:costs?|costing|pay|paid|worth)\s+(?:(?:about|nearly|almost|around|only|just|over|under)\s+)?$")
_PACKS_LOADED = frozenset({"rolls", "cartons", "ctns", "bags", "bales", "pallets", "drums", "箱", "卷", "包", "袋"})
# (said in a message with a price, they are the order: "1,800 cartons, we load them … USD 9.50/carton")
_PRICE_SAID = re.compile(r"(?:usd|us\$|\$|eur|€|rmb|cny|¥|元|美金|美元)\s*\d|\d\s*(?:usd|元|美金|美元)|/\s*(?:carton|ctn|bag|roll|pc|pcs|set|unit)\b")
_LOADED_AFTER = re.compile(r"[\s,，]*(?:(?:we|they|which|that|it|all)\s+)?(?:will\s+|can\s+)?(?:load|loaded|loading|fit|fits|go|goes|fill|fills)\b"
                           r"[^.;\n]{0,24}?(?:\d\s*x\s*)?(?:20|40)\s*'?\s*(?:gp|hq|hc|ft)\b|[\s,，]*(?:可以)?(?:装|裝)\s*(?:一|1|两|2)?\s*(?:个|個)?\s*(?:20|40)")
_PACKING_RATIO = re.compile(r"\d\s*(?:pcs|pc|sets?|units?|pairs?|个|件|套|只|双)?\s*(?:/|per |a |each |每)\s*(?:ctn|carton|crate|箱)|"
                            r"\b\d+\s+[a-z]{3,10}\s+(?:per|a|each)\s+(?:ctn|carton|case)\b|"  # "2 heads per case", "20 copies per carton"
                            r"每箱\s*\d|一箱\s*\d|\d\s*(?:个|個|件|套|只|条|條|把|张|張|双|雙)\s*(?:一|1)\s*箱")  # (and "20个一箱")
# what a carton weighs: "大概40箱，每箱22公斤" (the cartons told to the forwarder)
_WEIGHT_PER_CARTON = re.compile(r"每箱\s*\d+(?:\.\d+)?\s*(?:公斤|千克|kgs?\b)|\d\s*kgs?\s*(?:/|per |each )\s*(?:ctn|carton)")
# "两千箱，每箱24罐", "1000 ctns (24pcs/ctn)": the cartons ordered, then what one holds
_CONTENTS_AFTER = re.compile(r"\s*[,，]?\s*每箱\s*\d|\s*[(（]\s*\d+\s*(?:pcs|pieces|sets|jars|bottles|units|个|只|瓶)?\s*"
                             r"(?:/|per\s+|每)\s*(?:ctn|carton|箱)\s*[)）]|"
                             # "6000 cartons (10 boxes x 100pcs per ctn)"
                             r"\s*[(（]\s*\d+\s*(?:boxes|packs|bags|inner boxes)\s*[x×*]\s*\d+\s*(?:pcs|pieces)?\s*"
                             r"(?:/\s*box\s*)?(?:/|per\s+|每)\s*(?:ctn|carton|箱)\s*[)）]")
# (the seller's packing of bottles, bags, packs … too: "12 btls/ctn, 2,000 ctns"; a buyer may order so)
_OTHER_PACKING_RATIO = re.compile(r"\d\s*(?:btls?|bottles?|bags?|packs?|rolls?|tins?|cans?|jars?|瓶|包|盒)\s*(?:/|per |a |each |每)\s*"
                                  r"(?:ctn|carton|crate|箱)")
# a count of pieces that is not what one carton holds: the buyer's order in pieces, the cartons its
# packing ("3000 pcs, 200 pcs per carton, 15 cartons"); with none, the buyer counts the cartons
# ("We buy by carton, 200 pcs per carton. 600 cartons")
_PIECES_OUTSIDE_RATIO = re.compile(r"\d\s*(?:k\s*)?(?:pcs|pc|pieces|sets?|units?|pairs?|bottles?|btls?|bags?|cans?|jars?|tubes?|"
                                   r"packs?|boxes|rolls?|个|件|套|只|双|瓶|包|袋|罐|支|条|把)(?![a-z])"
                                   r"(?!\s*(?:/|per |a |each |每|in (?:a|one|each) )\s*(?:ctn|carton|crate|箱|inner|box))")
_NEED_CARTONS = re.compile(r"\b(?:need|needs|we want|order|ordering|require)\b[^.?!\n]*$|(?:要|需要|订|訂|下单|下單)[^。？！?!\n]*$")
_SHIPPING_DETAILS = re.compile(r"\d\s*cbm\b|\bg\.?w\.?\b|\bn\.?w\.?\b|gross weight|立方|毛重|packing list|(?:will|to|i'll|we'll)\s+send\s+(?:the\s+|you\s+)?pl\b|\bpl\s+(?:attached|sent)|attached\s+(?:the\s+)?pl\b|"
                               r"装箱单|裝箱單|"
                               # a case's size beside its weight: "1 wooden case 190x110x160cm 380kg"
                               r"\d\s*[x×*]\s*\d+\s*[x×*]\s*\d+\s*(?:cm|mm)\s*,?\s*\d+(?:\.\d+)?\s*kgs?\b")
# the lengths a list gives next: "harness ... in 3 lengths:" newline "150mm x 3000pcs"
_LENGTHS_LISTED = re.compile(r"\s*(?::|\n|,?\s*(?:as below|below|respectively))")
# what one puzzle is cut into: "1000pc puzzle"
_PUZZLE_AFTER = re.compile(r"\s*(?:jigsaw\s+)?(?:puzzles?|jigsaws?)\b")
# "80箱 = 480 pcs", "1000pcs each design = 6000pcs": the count converted, the order is the one it comes to
# an area in 坪, then about what it comes to in square metres (no comma between; not "20件约480吨",
# where the tons may be what is priced)
_ABOUT_ANOTHER_BEFORE = re.compile(r"\d\s*坪\s*(?:大约|大約|约|約|≈|approx\.?|about)\s*$")
_CONVERTED_AFTER = re.compile(r"\s*(?:(?:each|per|x|×)\s*(?:design|colou?r|size|model|style|sku|item)s?\s*)?"
                              r"(?:=|equals|即|就是)\s*\d[\d,.]*\s*(?:pcs|pieces|sets|units|pairs|个|件|套|只|双|台)")
# A count labelled by its colour: "白色750件，灰色750件", "white 500 pcs, black 500 pcs"
# or by its colour after it: "600pcs yellow housing and 400pcs blue housing"
_COLOUR_WORD = (r"(?:black|white|grey|gray|red|blue|green|pink|navy|beige|brown|yellow|orange|purple|silver|gold|"
                r"natural|khaki|ivory|cream|charcoal|burgundy|maroon|olive|teal|lime(?: green)?)\b")
_COLOUR_ONLY = re.compile(_COLOUR_WORD + r"|[\u4e00-\u9fff]{1,2}色")
COLOUR_ONLY = _COLOUR_ONLY
# two or more colours listed right before a count of each: "black, white and grey, 1000 pcs each"
_COLOUR_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*/\s*)")
_COLOURS_LISTED_BEFORE = re.compile(r"\b(" + _COLOUR_WORD + r"(?:" + _COLOUR_LIST_JOIN.pattern + _COLOUR_WORD + r")+)"
                                    r"\s*[,:]?\s*$")
# (a metal's finish too: "800 sets matt black and 700 sets satin nickel")
# (ending its part: not "500 pcs brushed nickel basin mixer", goods named with their finish)
_COLOUR_AFTER = re.compile(r"\s*(?:in (?:the )?)?" + _COLOUR_WORD + r"|\s*[\u4e00-\u9fff]色|"
                           r"\s*(?:matte?|satin|brushed|polished|glossy?)\s+(?:" + _COLOUR_WORD + r"|(?:nickel|chrome|brass|bronze|copper)\b)"
                           r"(?=\s*(?:and\b|&|[,.;]|$))")
_COLOUR_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]色|(?<![\u4e00-\u9fff])(?:米白|墨绿|墨綠|浅灰|淺灰|深灰|浅蓝|淺藍|深蓝|深藍|藏青|卡其|胡桃|原木|橡木|透明|柚木|枫木|楓木|樱桃木|櫻桃木|"
                            r"[白黑灰红紅蓝藍绿綠黄黃粉紫棕])|\b" + _COLOUR_WORD + r"(?:\s?[a-z]{3,6})?)\s*[:：]?\s*(?:要\s*)?$")  # "natural wood 250 pcs", "白色要120台"
# a wood tone before a count, a colour only beside a colour: "浅灰 800 sqm, 橡木 800 sqm"
_WOOD_BEFORE = re.compile(r"(?:橡木|柚木|枫木|楓木|樱桃木|櫻桃木)\s*[:：]?\s*$")
# The count of the whole order, said beside the counts of its parts: "共1500件", "2000 pcs in total"
_TOTAL_BEFORE = re.compile(r"(?:共|一共|总共|合计|总计|\btotal(?: of| qty| quantity)?:?|\bin total|=)\s*$")
_TOTAL_AFTER = re.compile(r"\s*(?:in total|total\b)")
_SIZE_BEFORE_COUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?\s*(?:cm|mm|inch|寸|ml|l|w|v))\s*(?:共|一共|总共|合计|要)?\s*$")
# A length of the goods, not the metres ordered: "带30米管子", "30米的"
_LENGTH_OF_GOODS = re.compile(r"(?<=米)的|(?<=米)长|(?<=米)\s*\d+\s*(?![天日周月年号個个])[\u4e00-\u9fff]|\s*(?:width|wide|long|length|height|high|thick)\b")
_PIECE_UNITS = frozenset({"pcs", "pc", "pieces", "piece", "units", "unit", "sets", "set", "个", "件", "本", "套"})
_COUNT_UNITS = frozenset({"pcs", "pieces", "piece", "pc", "units", "unit", "sets", "set", "pairs", "pair", "prs", "cyl", "cyls",
                          "个", "件", "套", "只", "台", "双", "对", "bags", "bag", "包", "袋", "条", "张", "盒", "瓶",
                          "罐", "桶", "具", "bricks", "cartridges"})
_WEIGHTS = frozenset({"tons", "tonnes", "mt", "metric tons", "metric ton", "kg", "kgs", "吨", "公吨", "公斤"})
# a weight in brackets, estimated: "1x20GP (approx 9.5 tons)", "（约9.5吨）"
_ESTIMATE_BEFORE = re.compile(r"[(（]\s*(?:approx\.?|approximately|about|around|roughly|ca\.|约|大约|大概)?\s*$")
# ("3000pcs+", but "natural wood 250 pcs + black 150 pcs" joins the counts of two colours)
_QTY_THRESHOLD = re.compile(r"[ \t]*(?:(?:and|or)\s+(?:above|more|over|up)\b|(?:up|above|plus)\b(?!\s+to\b)|"
                            # (nor "pliers 500pcs + hook needle 1000pcs", "400 pairs + floor jack 3.5T 200 pcs": the
                            # next goods and their count)
                            r"\+(?![ \t]*" + _COLOUR_WORD + r"|[ \t]+(?:\d{1,3}-)?[a-z\u4e00-\u9fff](?:[a-z0-9 ,'’\x22\-\u4e00-\u9fff]|(?<=\d)\.(?=\d)){1,80}?\d[\d,.]*\s*(?:(?:pcs|pieces|sets|units|pairs|prs)\b|"
                            r"(?:万|萬)?\s*[支个個件只套台卷张張条條双雙箱包袋瓶盒]))|"
                            r"及以上|以上|起(?!订|訂))")
# (an English pack closing its phrase, "305m box,", "100m spool"; a Chinese one after a slash, "50米/卷";
# not "3000米卷帘布", "3000 m drum packed cable")
_PACK_NOUN_AFTER = re.compile(r"\s*(?:/\s*|per\s+|a\s+|each\s+)?(?:box|roll|reel|spool|coil|drum)s?(?=\s*(?:[,.;:)\n]|$))"
                              r"|\s*/\s*(?:卷|轴|軸|箱|盘|盤)")
_MOQ_EACH = re.compile(r"(?<![a-z])moq\s*$|(?:起订|起訂|最低订|最低訂|最少)\s*$")  # "MOQ各2000包" (\b fails before a Han 各)
_MOQ = re.compile(r"\bmoq\b|minimum order|min\.? order|minimum quantity|起订|最低订|最小订|最少")

# Names ending in 元/币 come before a bare 元: "新台币120元" is Taiwan dollars, "港币50" HK dollars.
# RM is the ringgit before a price per unit, or before a figure with Chinese right after it
# ("每台 RM 1,380，含空运", "RM1,330，最低价了"), not "RM 3" of a room.
# Traditional forms (港幣, 歐元, 英鎊) arrive folded to these by normalize().
_CUR = (r"(s\$|nz\$|(?<![a-z\-\u4e00-\u9fff])(?<!grade )(?<!type )(?<!class )au?\$|(?<![a-z\-\u4e00-\u9fff])(?<!grade )(?<!type )(?<!class )ca?\$|usd|us\$|u\.s\.\s*dollars?|dollars?|nt\$|twd|hk\$|\$|rmb|(?<![a-z])rm(?=\s?\d+(?:\.\d+)?\s*(?:/|per\b|each\b|a (?:pc|piece|set|unit)\b))|(?<![a-z])rm(?=\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?[^a-z\d\n]{0,3}[\u4e00-\u9fff])|cny|yuan|新台币|台币|港币|港元|澳币|澳元|加币|加元|欧元|"
        r"英镑|日[元圆]|円|元(?!里)|(?<=\d)刀(?!具|片)|人民币|美元|美金|新加坡元|新币|纽币|新西兰元|迪拉姆|马币|令吉|瑞郎|eur|euros?|€|gbp|£|jpy|yen|¥|hkd|aud|cad|"
        r"sgd|nzd|aed(?!\s*(?:cabinets?|defibrillators?|trainers?|units?|pads?|devices?|machines?|boxes|stations?|kits?|alarms?)\b)|myr|chf|sar(?!\s*[\d.]+\s*w\s*/\s*kg)|qar|zar|sek|nok|dkk|pln|thb|inr(?!\d{5})|php|brl|mxn|krw|₩|idr|kwd|(?<![a-z])mop(?=\s?\d{1,3}(?:,\d{3})+(?![\d.]*\s*(?:pcs|pc|pieces|sets|units|nos|ctns|cartons)))|(?<![a-z])(?<!dry )(?<!wet )(?<!double )rub(?=\s?\d{1,3}(?:,\d{3})+(?!\s*(?:cycles|rubs|times))|\s?\d+(?:\.\d+)?\s*(?:/\s*|per )(?:pcs?|piece|set|unit|kg|box|carton|pair|m|metre|meter|ton|mt)\b)|(?<![a-z0-9\-])(?<!grade )(?<!type )(?<!class )(?<!size )(?<!radius )r(?=\s?\d+[.,]\d{2}\s*(?:/\s*|per |a )(?:pcs?|piece|set|unit|bottle|kg|box|carton|pair|dozen|roll|m)\b)|韩元|韓元|韩币|韓幣|印尼盾|卡塔尔里亚尔|阿曼里亚尔|沙特里亚尔|里亚尔|里亞爾|澳门币|澳門幣|澳门元|澳門元|卢布|盧布|南非兰特|兰特|瑞典克朗|挪威克朗|丹麦克朗|丹麥克朗|波兰兹罗提|兹罗提)")
# 1,234.5 or 1234.5, or a continental decimal comma written with a price ("EUR 3,20/pc": 3.20,
# never 3 and never 320; a thousands group always has three digits), or continental thousands
# dots before one ("EUR 16.900,00": 16900.00; a bare "16.900" stays 16.9; not "USD 0.125,20天交貨",
# a price of three decimals before a lead time, nor "USD 4.250,30% deposit")
_AMOUNT = r"(\d(?:(?<=[1-9])\d{0,2}(?:\.\d{3}){2,}(?![\d,]|\.\d)|\d?(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|(?<=[1-9])\d{0,2}(?:\.\d{3})+,\d{2}(?![\d,%/]|\.\d|\s*(?:days?|天|日|weeks?|周|週|working|months?))|\d{0,3},\d{1,2}(?![\d,])|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))(?!\d|,\d{3})"
# (thousands dots, two groups or more, are read whole too: "IDR 1.850.000" is 1850000; and lakh
# groups, "INR 1,85,000" is 185000)
# (a figure read whole or not at all: "EUR 1,2500", a typo, is no EUR 1,250)
# (not across a line, nor after 元 or 円, which close an amount: "46元\n38*1.2 每支72元" is no 38 yuan)
_PRICE_BEFORE = re.compile(r"(?!元|円)" + _CUR + r"[ \t]*" + _AMOUNT + r"(k|万)?")
# "2万元" is 20,000 yuan (not "48Gbps", a rate: a code glued to more letters is no currency)
_PRICE_AFTER = re.compile(_AMOUNT + r"\s*(?:(万|千)\s*)?" + _CUR + r"(?!(?<=[a-z])[a-z])")
# The Chinese measure words a price is quoted per ("0.12美金一片", "每台2500元", "38元/条").
ZH_MEASURES = "个件套双台部只条张片粒支瓶盒包袋箱卷米吨块把顶副幅盏艘棵枚辆具架根桶罐筒打饼码碼本组組"
# A unit right after an amount ("USD 2/pc", "0.12美金一片", "12元每个"). Read with .match at the
# amount's end, so no "^": a "^" matches only at the start of the whole text, and the pattern
# used to match nothing after an amount.
_PER_UNIT = re.compile(r"\s*(?:per|a|an|every|一|每)\s*(?:pcs?|pieces?|units?|sets?|pairs?|items?|rolls?|boxe?s?|"
                       r"cartons?|sheets?|slabs?|kgs?|meters?|[" + ZH_MEASURES + r"轴軸])(?![a-z])|\s*(?:each|ea\b)|"
                       r"\s*/\s*[a-z" + ZH_MEASURES + r"]+")
_PRICES_HEAD = re.compile(r"\bprices?\b[^.!?\n\d]{0,40}:")
# a count or the lot between the head and the amount: the lot's sum ("Price for 500 sets including printing:
# USD 3,750", "price for both items, together: USD 2,240")
_LOT_BETWEEN = re.compile(r"\d[\d,]*\s*(?:pcs|pieces|sets?|units?|pairs?|cartons?)(?![a-z])|\btogether\b|\btotal\b|\ball\b|\bboth\b")
_PRICE_CUES = re.compile(r"unit price|price|单价|价格|报价|quote|offer|best|cost|\bat\b|can you do|how about|\bfinal\b|fob|cif|exw|cfr|ddp|dap|fca|"
                         r"cip|cpt|dpu|\bfas\b|cnf|ddu|c&f|\bdat\b|离岸|到岸|出厂|can do|do it|make it|成交|最低|最好|做到|给到|給到|算你|typo|@")
_WITH_OR_WITHOUT = re.compile(r"(?:不|未)?[含包](?:[a-z]{2,8}\s*)?(?:税|运费|运|关税|增值税)|"
                              r"\b(?:excl|incl)(?:uding|usive of|\.)?\s+(?:tax|taxes|vat|freight|shipping|insurance)\b|"
                              # "USD 11.20 per light, insurance included": what the price holds
                              r"\b(?:tax|taxes|vat|freight|shipping|insurance)\s+(?:is\s+|are\s+)?(?:included|incl\.?)(?=\s*[,.;!)]|\s*$)")
_LIST_THEN_EACH = re.compile(r"[a-z0-9\"\u4e00-\u9fff]\s*[,，]\s*each\s*$")
_EACH_BEFORE = re.compile(r"(?:(各)(?:要|订|訂|买|買|做|需要)?|每款|每种|每色|每个?柜|each|"
                          # "20GP，一个柜装25吨": what one container holds
                          r"(?:(?:一|每)个?\s*(?:柜|櫃|货柜|貨櫃|20gp|40gp|40hq|20尺|40尺)|(?<![订訂要走])(?:一|每)个?\s*[小大高](?:柜|櫃))"
                          r"\s*(?:大概|大约|最多)?(?:可以|能|可)?(?:装|裝))\s*$")  # (not "先订一个小柜装3000个": the order)
_MONEY_CLAUSE = re.compile(r"定金|订金|预付|尾款|余款|货款|付|转|钱|价")
# The unit written before the amount: "每台2500元", "每平米9.8美元"
_PER_UNIT_BEFORE = re.compile(r"(?:每|一|单|單)([" + ZH_MEASURES + r"]|公斤|平米|平方米|坪)"
                              r"\s*(?:[(（][^)）]{0,8}[)）])?"  # ("每打（12支）美金1.15")
                              r"\s*(?:单价|价格|价钱|是|为|要|需要|[:：])?\s*(?:人民币|美元|美金|欧元|港币|港元|新台币|usd|us\$|\$|hk\$|eur|€)?\s*$")
# a mould to pay for, not the goods made in one ("in-mold cycling helmets", "injection-molded")
_MOULD = r"(?<![a-z\-])(?<!in )mou?ld"
# a word of carriage: what it costs per piece is no price of the goods
_FREIGHT_WORD = re.compile(r"运|運|freight|shipping|courier|express|\bair\b|\bsea\b|container|cbm|柜")
_NOT_UNIT_PRICE = re.compile(
    r"total|amount|in all|altogether|invoice|合计|总价|总额|总共|一共|货款|"
    r"sample fee|" + _MOULD + r"|tooling|setup|set-up|plate fee|样品费|打样费|模具|版费|开模|"
    r"shipping cost|freight cost|freight charge|(?<!成本加)(?<!保险加)(?<!保险费加)运费(?!付至|和保险费付至)|per (?:container|cbm|shipment)|/\s*(?:cbm|container|柜)|"
    r"\bfees?\b|\bcharges?\b|bank|commission|insurance(?!\s+(?:is\s+)?incl(?:uded|\.)?(?:\s*[,.;!)]|\s*$))|(?<!运费和)(?<!成本加)保险(?!费付至|费?加运费)|手续费|order amount|orders? (?:above|over|below|under)|"
    # (a bound on a spec is none: "锌层≥200g/㎡，CFR吉达 780美元/吨")
    r"[≤≥<>](?!=?\s*\d+(?:\.\d+)?\s*(?:g|gsm|mm|cm|μm|um|mic|%|w|v|kv|mpa|hrc|℃|°c?|bar|psi|hz|lm)(?![a-z]))|"
    r"minimum|at least|\b(?:not|no) (?:less|lower|more|higher) than\b|不少于|不低于|不超过|(?:or|and) (?:below|less|under|above|more|over)\b|以下|以上|起订|credit|(?<!after we )(?<!after )\bdeduct(?:ed|s)?\b(?!\s+(?:the|a|an|our|your|it)\b)|\bdeduction\b|扣除(?![后後])|抵扣(?![后後])|"
    r"forwarder\s+(?:quote[sd]?|says?|charges?)\b|"  # "我们 forwarder quote approx EUR 380": the carriage
    r"budget|预算|\balone\b|\bour cost\b|below (?:our )?cost|成本(?!加运费|加運費|加保险|加保險|、保险费加运费)|"
    r"pay (?:the )?(?:dhl |fedex |ups |tnt )?courier|courier (?:fee|cost|charge)s?|"
    # "DHL to Austin approx USD 95": what the parcel costs (not "500 pcs @USD35 UPS to Phoenix")
    r"\b(?:dhl|fedex|ups|tnt) to [a-z .]{0,30}?(?:,\s*(?:about|approx\.?|around|abt\.?)\s*)?(?:usd|us\$|\$|eur|€|gbp|£)\s?\d|"
    # ("FedEx to Amman, about USD 110"; not "UPS to Chicago, duty paid, USD 14.50", a price delivered)
    # "DHL USD 96, or UPS USD 104": the other courier offered and what it costs
    r"\bor (?:dhl|fedex|ups|tnt)(?: express)?\s*[:：]?\s*(?:usd|us\$|\$|eur|€|gbp|£)\s?\d|"
    # "shipping by DHL door to door to Austin about USD 260"
    r"\b(?:dhl|fedex|ups|tnt)\b[a-z .]{0,30}?\b(?:about|approx\.?|around|abt\.?)\s*(?:usd|us\$|\$|eur|€|gbp|£)\s?\d|"
    # "We send by DHL, cost to Nairobi about USD 145"
    r"\b(?:dhl|fedex|ups|tnt)\b,?\s+(?:cost|costs|charge|fee)\b[a-z .]{0,30}?\b(?:about|approx\.?|around|abt\.?|is)?\s*(?:usd|us\$|\$|eur|€|gbp|£)\s?\d|"
    # "空運約USD 380，海運約USD 150": what shipping by air or sea comes to
    r"(?:空运|海运|快递|\bair|\bsea)\s*(?:freight\s*)?(?:约|大约|大概|approx\.?|about|around|abt\.?)\s*(?:usd|us\$|\$|rmb|¥|eur|€)|"
    r"每人每天|每人|每天|per person|per day|/\s*day\b|a day\b|daily")  # an engineer's fee
# a sentence opened by a way of shipping, then an approximate amount: what shipping so costs ("Sea
# LCL is 30-35 days, around USD 0.25/pc", "air DG about USD 9/kg")
# (the way of shipping said as such, not goods named for it: "Air fryer 5L, around USD 21.50", "Sea salt")
_FREIGHT_EACH_BEFORE = re.compile(r"\s*(?:by\s+)?(?:air|sea|lcl|express|courier)(?:\s+(?:lcl|fcl|freight|shipping|shipment|dg|cargo))?"
                                  r"(?=\s*(?:[:,]|\b(?:to|is|would|will|takes?|about|around|roughly|approx)\b|要|走))"
                                  r"[^.!?\n]{0,30}\b(?:about|around|roughly|approx\.?|abt\.?)\s*(?:usd|us\$|\$|eur|€|gbp|£)?\s*")
# the goods' price delivered, freight and all: "Sea LCL around USD 4.60/pc, including freight"
_ALL_IN = re.compile(r"\bincl(?:uded|uding|\.)?\b|\ball[- ]in\b|\bdoor[- ]to[- ]door\b|\bdelivered\b|"
                     r"\bto your (?:door|port|warehouse)\b")
# An amount a count (or a count times a price) comes to: "6000pcs x 0.16 = USD 960", "50k = USD
# 325" (not "1 pc = USD 0.16", the price of one)
_EQUALS_TOTAL = re.compile(r"(?<![\d.,\-–~])(?:\d{1,3}(?:,\d{3})+|[2-9]|\d{2,})(?:\.\d+)?\s*(?:k\b|[a-z]{2,6}\b|[个件套只台条张片])?"
                           r"\s*([x×*@]\s*(?:usd|us\$|\$|eur|€|rmb)?\s*\d[\d,]*(?:\.\d+)?)?\s*(?:=|(?<=[个件套只台条张片])是)\s*"
                           r"(?:usd|us\$|\$|eur|€|gbp|£|rmb|¥|cny|aud|hkd|" + MORE_CODES + r")?\s*$")
# A count, then (past the goods' name) an amount in its currency: "USD 640/unit, 5 units USD 3,200"
# is what the count comes to when the amount is the count times a price said before it
_COUNT_THEN_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s*(?:pcs|pieces|units?|sets?|pairs?|个|件|套|台)(?![a-z])"
                                r"[^\d.;:!?\n]{0,40}?(?:(?:usd|us\$|\$|eur|€|gbp|£|rmb|¥|cny|aud|hkd)\s*)?$")
# An amount its own clause calls a deposit or a balance is a payment, not a unit price.
# what the parcel costs, with the courier's service or said in Chinese: "FedEx IP to Austin USD 45",
# "DHL到迪拜38美金" (not a price per unit delivered so: "DDP by DHL express to LA USD 3.20/pc")
_COURIER_COST = re.compile(r"\b(?:dhl|fedex|ups|tnt) (?:ip|ie|express|economy|priority|air) to [a-z .]{0,30}?(?:usd|us\$|\$|eur|€|gbp|£)?\s?$|"
                           # "DHL for 200 pcs around USD 260", "DHL to Milan about EUR 85": the parcel's cost
                           r"(?<![\w\-])(?:dhl|fedex|ups|tnt) (?:for|to) [a-z0-9 .]{1,30}?(?:around|about|approx\.?|costs?|abt)\s*"
                           r"(?:usd|us\$|\$|eur|€|gbp|£)?\s?$|"
                           # "DHL到迪拜38美金", "UPS 到 Vancouver CAD 160"
                           r"\b(?:dhl|fedex|ups|tnt|顺丰|順豐|快递|快遞)\s*(?:到|寄到|去)\s*(?:[\u4e00-\u9fff]{1,6}|(?:(?!(?:each|per|unit|price|pcs?|sets?)\b)[a-z][a-z.]*\s?){1,3}?)\s*"
                           r"(?:usd|us\$|\$|eur|€|gbp|£|cad|aud|hkd|jpy|rmb|¥|" + MORE_CODES + r")?\s*$")
# (the word itself: "wheel balancer USD 1,780/pc" names goods)
_DEPOSIT_AMOUNT = re.compile(r"(?:deposit|down payment|prepayment|balance(?!rs?\b)|定金|订金|预付款?|首付|尾款|余款)"
                             r"[^,，;；。.:：]{0,12}$")
# "ok deposit sent, USD 940": the sum paid, said after the payment in another clause
_PAYMENT_MADE_BEFORE = re.compile(r"(?:deposit|down payment|prepayment|balance|payment)\s+(?:is\s+|has been\s+|was\s+|just\s+)?"
                                  r"(?:sent|paid|transferred|wired|remitted|made|done)\b[\s,，:：]*$|"
                                  # "ok, PayPal for the sample, just sent the 30 USD": a sum paid
                                  r"\b(?:sent|paid|wired|transferred|remitted)\s+(?:you\s+|u\s+)?(?:the\s+)?$")
# "can do 5000 usd deposit": the word after the amount says what it pays
_DEPOSIT_AFTER_AMOUNT = re.compile(r"\s*(?:usd|rmb|eur|美元|元)?\s*(?:as (?:the |a )?|for (?:the )?)?"
                                   r"(?:deposit|down ?payment|prepayment|advance payment|定金|订金|预付款?)")
# An amount for a count of goods is what they cost together: "USD 265 for 200 units", "9000元300个".
_FOR_COUNT_FIGURE = re.compile(r"[^\S\n]*(?:for|per)\s+(?:the |all |all the )?(\d{1,3}(?:,\d{3})+|\d+)\s*(?![k\d])")
# an offer's words right before its price: "best I can do is", "our lowest is", "we can do"
_OFFER_BEFORE = re.compile(r"(?:\bbest (?:price )?(?:i|we) can (?:do|give|offer)|\b(?:my|our) (?:best|lowest|last|final)(?: price)?|"
                           r"\b(?:i|we) can (?:do|give you|offer))(?: is| will be| for you)?\s*(?:at\s*)?$")
_FOR_COUNT_AFTER = re.compile(r"[^\S\n]*(?:for|per)\s+(?:the |all |all the )?(?:\d{1,3}(?:,\d{3})+|\d{2,}|[2-9])\s*(?:k\s*)?"
                              + _QTY_UNIT + r"(?![a-z])|[^\S\n]*(?:for (?:all|everything|the (?:whole|entire) (?:order|lot|shipment)|the lot\b)|"
                              r"in total|all in|total)\b")  # (on its line: "3. AUD 9.80\nTotal AUD 23,730")
# a printing plate, not "dinner plates 27cm" (goods): "each plate is RMB 500", "plate cost"
_PLATE = r"(?:(?:printing|print|each|per|the|a|of) plates?\b|\bplates? (?:fees?|costs?|charges?)\b)"
_ONE_OFF_COST = re.compile(r"sample|" + _MOULD + r"|tooling|" + _PLATE + r"|样|模|版")
# What an amount is for: the nearest of these written before it in its sentence. A fee ("mould
# fee -- the cost of each plate is RMB 500") is not a unit price, however "each" it is.
_AMOUNT_HEAD = re.compile(
    r"(unit price|price|单价|价格|报价|出厂价|离岸价|到岸价|quot|offer|\bgoods\b|(?<![a-z])(?:fob|cif|exw|cfr|ddp|dap|fca|cpt|cip)(?![a-z]))|"
    r"(\bfees?\b|\bcharges?\b|" + _MOULD + r"|tooling|" + _PLATE + r"|setup|set-up|样品费|打样费|模具|版费|开模|手续费|"
    # the cost of carriage, not of the goods ("freight is around USD 800-1000 per container"),
    # unless the price includes it ("CIF price including freight USD 2.50")
    # (nor the name of CPT, CIP or CFR: "运费付至阿拉木图，每块62元", "运费和保险费付至",
    # "成本加运费杰贝阿里每台850美金"; nor goods: "3000kg freight lift, 4 stops: SAR 118,000 per unit")
    r"(?<!including )(?<!incl\. )(?<!incl )(?<!with )(?<!含)(?<!包)(?:freight(?!\s+(?:lifts?|elevators?|hoists?|cars?)\b)|(?<!成本加)(?<!保险费加)运费(?!付至|和保险费付至))(?! included| incl)|"
    r"shipping (?:cost|fee|charge|rate)s?|\bshipping for\b|"
    # "Shipping by DHL is about USD 165 to Toronto": what the carriage costs
    r"(?<!including )(?<!incl\. )(?<!with )\bshipping (?:by \w+ )?(?:is|costs?|will be|would be)\b)")
_PER_LOAD_AFTER = re.compile(r"\s*(?:/|per\s+|a\s+|每|一)\s*(?:个|個)?\s*(?:柜|櫃|托盘|托盤|container|pallet|shipment|票)")
_FLOOR_LEAD = re.compile(r"\s*(?:最少|最低|至少)(?:要|价|價)?\s*(?:usd|us\$|\$|eur|€|gbp|£|rmb|¥)?\s*$")
_BY_MODE_BEFORE = re.compile(r"\bby (?:air|sea|ocean)\s+$")
# A price for a hundred or a thousand pieces, not for one: a contract would multiply it by
# every piece ordered
_PER_BUNDLE_AFTER = re.compile(r"\s*(?:/|per|for every|for each|every|each|a)\s*(?:1,?000|1k|100|10(?![\d,.%x×])|thousand|hundred|ten\b|"
                               r"千|百|一千|一百)(?![\d,]|\.\d)|"  # ("GBP 17.50 per thousand." is "per 1000." normalised)
                               # "360元每千个", "80元一百条"
                               # (numerals arrive as digits: "80元100条")
                               r"\s*(?:元|块|美金|美元|人民币)?\s*(?:每|/)\s*(?:一)?(?:千|百|1000|100)\s*(?![克米瓦])[\u4e00-\u9fff]")
_PER_BUNDLE_BEFORE = re.compile(r"每\s*(?:1000|100|[2-9]|[1-9]0|千|百|一千|一百|十)\s*[\u4e00-\u9fff]?\s*$")  # ("每10个380元")
_FREIGHT_INCLUDED = re.compile(r"[含包][^，,。.;；]{0,10}$")
# A quantity that earns a fee back ("mould fee refunded once the order reaches 10,000 pcs") is a
# threshold, not the order.
_FEE_REFUND = re.compile(r"refund|returned|waived|退还|返还|退回|\bfees?\b|模具费|版费|样品费|开模费")
_BARE_CODE = re.compile(r"(?<![a-z$])(usd|eur|gbp|rmb|cny|jpy|hkd|aud|cad|twd|" + MORE_CODES + r")(?![a-z$])|人民币|美元|欧元|英镑|港币|日元|新台币")
_CODES = {"usd": "USD", "us$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
          "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "¥": "CNY",
          "美元": "USD", "美金": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
          "gbp": "GBP", "£": "GBP", "jpy": "JPY", "hkd": "HKD", "aud": "AUD", "cad": "CAD",
          "欧元": "EUR", "英镑": "GBP", "港币": "HKD", "港元": "HKD", "hk$": "HKD", "日元": "JPY",
          "新台币": "TWD", "台币": "TWD",
          "sgd": "SGD", "s$": "SGD", "新加坡元": "SGD", "新币": "SGD", "nzd": "NZD", "nz$": "NZD", "纽币": "NZD",
          "新西兰元": "NZD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "aed": "AED", "迪拉姆": "AED", "myr": "MYR", "rm": "MYR", "马币": "MYR", "令吉": "MYR", "chf": "CHF", "sar": "SAR", "qar": "QAR", "zar": "ZAR", "南非兰特": "ZAR", "兰特": "ZAR", "sek": "SEK", "瑞典克朗": "SEK", "nok": "NOK", "挪威克朗": "NOK",
          "thb": "THB", "inr": "INR", "php": "PHP", "brl": "BRL", "mxn": "MXN", "dkk": "DKK", "丹麦克朗": "DKK", "丹麥克朗": "DKK", "pln": "PLN", "波兰兹罗提": "PLN", "兹罗提": "PLN",
          "krw": "KRW", "₩": "KRW", "韩元": "KRW", "韓元": "KRW", "韩币": "KRW", "韓幣": "KRW", "idr": "IDR", "印尼盾": "IDR",
          "mop": "MOP", "澳门币": "MOP", "澳門幣": "MOP", "澳门元": "MOP", "澳門元": "MOP", "kwd": "KWD", "rub": "RUB", "r": "ZAR", "卡塔尔里亚尔": "QAR", "阿曼里亚尔": "OMR", "沙特里亚尔": "SAR", "里亚尔": "SAR", "里亞爾": "SAR", "卢布": "RUB", "盧布": "RUB",
          "瑞郎": "CHF", "澳币": "AUD", "澳元": "AUD", "加币": "CAD", "加元": "CAD", "刀": "USD", "nt$": "TWD", "twd": "TWD", "日圆": "JPY", "yen": "JPY", "円": "JPY"}
_UNIT_NAMES = {"pc": "pcs", "piece": "pcs", "pieces": "pcs", "pcs": "pcs", "nos": "pcs", "no": "pcs", "unit": "units", "m2": "sqm",
               "set": "sets", "kit": "kits", "lengths": "lengths", "pair": "pairs", "prs": "pairs", "ctns": "cartons", "个": "pcs", "件": "pcs",
               "只": "pcs", "具": "pcs", "套": "sets", "双": "pairs", "对": "pairs", "台": "units", "箱": "cartons",
               "kgs": "kg", "公斤": "kg", "吨": "MT", "公吨": "MT", "tons": "MT", "tonnes": "MT", "mt": "MT",
               "sheet": "sheets", "copies": "copies", "码": "yards", "碼": "yards", "m": "metres", "meter": "metres", "meters": "metres", "metre": "metres", "btl": "bottles", "btls": "bottles", "slab": "slabs", "pouch": "pouches", "tub": "tubs", "支": "pcs", "枝": "pcs", "盆": "pots", "打": "dozens", "筒": "tubes", "dozen": "dozens", "副": "pairs", "幅": "pcs", "盏": "pcs", "艘": "units", "棵": "pcs", "枚": "pcs", "辆": "units", "架": "units",
               "组": "sets", "組": "sets", "packs": "packs", "packets": "packs"}

# A unit price quoted as a range: "$0.4-$1/pcs", "USD 2.5-3.5 per piece", "from $1.20 to $1.50",
# "单价3-5元", "2.5~3.5美金/个". The currency is written before the first number (and may be
# repeated before the second) or after the second (and may be repeated after the first). What
# follows the second number must not make it a count, a share or a time ("USD 2.5-3 days",
# "USD 30-40%", "$3.5-2000 pcs"); a currency written after it must not begin the next amount
# ("500-999 $2.50" is a quantity tier priced $2.50).
_CUR_IN = _CUR[1:-1]  # the alternatives without their group
_AMT_IN = _AMOUNT[1:-1]
_NOT_A_PRICE_AFTER = (r"(?![\d%]|[.,\-]\d)(?!\s*(?:%|k\b|万|千|days?\b|weeks?\b|months?\b|years?\b|hours?\b|"
                      r"working|business|天|周|个?月|年|工作日|小时|" + _QTY_UNIT[1:-1] + r"(?![a-z])))")
_RANGE_BEFORE = re.compile(
    r"(?P<cur>" + _CUR_IN + r")\s*(?P<lo>" + _AMT_IN + r")" + RANGE_SEP + r"(?:(?P<cur2>" + _CUR_IN
    + r")\s*)?(?P<hi>" + _AMT_IN + r")" + _NOT_A_PRICE_AFTER)
_RANGE_AFTER = re.compile(
    r"(?P<lo>\d(?<![\d.,$¥€£/:\-]\d)" + _AMT_IN[2:] + r")\s*(?:(?P<cur2>" + _CUR_IN + r")\s*)?" + RANGE_SEP
    + r"(?P<hi>" + _AMT_IN + r")\s*(?P<cur>" + _CUR_IN + r")(?!\s*\d)")
# "increased from USD 1.20 to USD 1.50" is a change of price, not a range.
_PRICE_CHANGE = re.compile(r"(?:(?<![a-z])(?:increas|rais|rise|rose|reduc|lower|cut|drop|decreas|chang|adjust|"
                           r"went|jump|climb|soar|fell|fall|revis|updat|mov(?:e|es|ed|ing)\b|"
                           r"go(?:es|ing|ne)? (?:up|down)\b)|涨|降|调)\w*\W+(?:\w+\W+){0,4}$")
# After a change of price, "from" opens the old price ("went up from USD 1.20 to USD 1.50": two
# prices, no range); an amount right after the verb is the size of the change ("increase
# $0.1-0.2/pc", "reduced by $0.2-0.3", 涨了1-2元); anything else is the new price ("we can lower
# to $1.2-1.3", "revised price: USD 2.5-3.0"), a range like any other.
_CHANGE_FROM = re.compile(r"(?:\bfrom|从|由)\s*$")
_CHANGE_SIZE = re.compile(
    r"(?:(?<![a-z])(?:increas|rais|rise|rose|reduc|lower|cut|drop|decreas|jump|climb|soar|fell|fall)\w*|"
    r"\b(?:go(?:es|ing|ne)?|went) (?:up|down)|涨|降)\s*(?:了|价|by)?\s*(?:about|around|approx\.?|roughly|大概|约)?\s*$")
# A difference is no price: "save $0.1 per piece", "$0.2 cheaper", "$0.5 off", "reduced by $0.2",
# "logo printing adds $0.1-0.2/pc", "大号比小号贵1-2元", "便宜0.5元" (but 最便宜3元 is the lowest
# price). Written right before the amount, or right after it past a per-unit word.
_DIFFERENCE_BEFORE = re.compile(
    r"(?:\b(?:save|saves|saving|savings of|plus|extra|additional|surcharge of|discount of|"
    r"add(?:s|ed|ing)?|(?:increas|rais|reduc|lower|cut|drop|decreas|up|down)\w* by)|\+|"
    r"贵了?|(?<!最)便宜了?|优惠|省|加价|(?<![增参追更])加|差价|差)\s*(?:about|around|approx\.?|roughly|大概|约)?\s*$")
_ADDED_AMOUNT = r"(?:usd|us\$|\$|eur|€|rmb|¥)?\s*\d[\d,.]*\s*(?:usd|eur|rmb)?\s+for\s+[a-z0-9][\w\-]{0,12}"
_ADDED_LIST = re.compile(r"\b(?:add|plus|extra|additional)\s+" + _ADDED_AMOUNT + r"(?:\s*(?:,|and|&)\s*(?:and\s+)?"
                         + _ADDED_AMOUNT + r"){1,4}")
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:(?:/\s*|per |a |each )?(?:pc|pcs|piece|unit|set|pair|item)s?\b\s*)?"
    r"(?:more|less|cheaper|higher|lower|extra|off)\b")
_RANGE_NEEDS = re.compile(r"\d\s*(?:[^\s\d]{1,6}\s*)?(?:-{1,2}|~|–|—|to|到|至)\s*(?:[^\s\d]{1,6}\s*)?\d")

# For the payment family's fixed deposits ("USD 5,000 deposit").
CURRENCY_WORDS, AMOUNT, CODES = _CUR, _AMOUNT, _CODES

_DIGIT = re.compile(r"\d")
PRICE_TRIGGERS = ("usd", "us", "$", "dollar", "dollars", "rmb", "cny", "yuan", "元", "人民币", "美元", "twd",
                  "币", "欧元", "英镑",
                  "美金", "eur", "euro", "euros", "€", "gbp", "£", "¥", "jpy", "yen", "円", "hkd", "aud", "cad", "块", "刀",
                  "sgd", "nzd", "aed", "myr", "rm", "chf", "sar", "qar", "zar", "sek", "nok", "dkk", "pln", "thb", "inr", "php", "brl", "mxn", "krw", "r", "₩", "idr", "kwd", "mop", "rub", "印尼盾", "卢布", "盧布", "里亚尔", "里亞爾", "兰特", "克朗", "兹罗提", "新加坡元", "纽币", "新西兰元", "迪拉姆", "令吉", "瑞郎")
_PRICED = Prefilter(PRICE_TRIGGERS)


def find(view: MessageView) -> None:
    """Add quantity, MOQ, unit-price and currency mentions."""
    low = view.low
    if _DIGIT.search(low):
        if "|" in low:
            _find_table(view, low)
        _find_quantity(view, low)
        if not view.ascii and view.mentions and "含" in low and (_PRICE_BEFORE_INCLUDED.search(low) or "(含" in low or "（含" in low):
            # "每台NT$1,180，含筆和10支筆芯", "滴灌套装（含定时器接头、20个滴头）": what comes with each
            # piece priced is no count of the order
            view.mentions = [m for m in view.mentions if m.field != QUANTITY
                             or not _INCLUDED_BEFORE.search(low, max(0, m.start - 10), m.start)]
        if not view.ascii and any(k in low for k in _ZH_BARE_WORDS):
            for m in _ZH_BARE_WHOLE.finditer(low):
                g = 1 if m.group(1) else 2
                amount = parse_decimal(m.group(g))
                if amount is not None and amount > 0:
                    # (with the bundle it is priced per: "90一打", "每打90得唔得")
                    view.add(BARE_WHOLE, bare_price(low, amount, m.start(g), m.end(g)), m.start(g), m.end(g))
        if not view.ascii and ("价" in low or "美" in low or "元" in low or "镑" in low or "币" in low or "的话" in low or "的話" in low):
            _find_bare_unit_prices(view, low)
        if not view.ascii and "w" in low:
            for m in _W_WAN.finditer(low):  # "出厂价 2.3w 一台", "2.2w, 不能再低了": ten thousands, as chats write them
                if not _WATTS_NEAR.search(low, max(0, m.start() - 30), min(len(low), m.end() + 20)):
                    # (a price per unit said so; bargained, only beside a price on the table: not "总价
                    # 1.8w 可以吗" - "1.8w 可以", the total)
                    per_unit = _W_PER_UNIT.match(low, m.end()) or _W_PRICED_BEFORE.search(low, max(0, m.start() - 12), m.start())
                    view.add(PRICE if per_unit else BARE_WHOLE, (parse_decimal(m.group(1)) * 10000, None, None),
                             m.start(), m.end())
        if _PRICED(view):
            _find_prices(view, low)
            # "500 pcs @ 8.50 ... all USD right?"; "FOB Xiamen is fine for us ... my target is 2.60"
            _find_bare_prices(view, low, [(m.start, m.end) for m in view.mentions if m.field in (PRICE, CURRENCY)])
            _restated_price(view, low)
        else:
            _find_bare_prices(view, low)
        if view.role != Role.BUYER and ("、" in low or "," in low or "，" in low):
            _sized_list_prices(view, low)  # "1吋 0.35、2吋 0.52、3吋 0.78 美金/支"
        if "每" in low and view.role != Role.BUYER and not view.ascii:
            _find_per_unit_amounts(view, low)
        if "每" in low and (each := _EQUALS_EACH.search(low)) is not None:
            _price_per_piece_too(view, each)  # "每打新台幣4200，等於每支350"
        if "-" in low:  # "B-201 每个18.5美金，S-330 每套46美金": a model code's figures are no price
            view.mentions = [m for m in view.mentions if m.field != PRICE or not _in_code(low, m.start, m.end)]
        if SIZE_CODE_HINT.search(low) and (codes := SpanSet(m.span() for m in SIZE_CODES.finditer(low))):
            # "175/70R13 每条16.8美金": a tyre's or cable's size code holds no price and no count
            view.mentions = [m for m in view.mentions if m.field not in (PRICE, BARE_WHOLE, QUANTITY)
                             or not codes.overlaps(m.start, m.end)]
        if len(view.mentions) > 1:  # "就1.2万个": the figure of a count is no price
            # (the counts' spans by bisection: a message of thousands of counts and prices stays n log n)
            counted = SpanSet((m.start, m.end) for m in view.mentions if m.field in (QUANTITY, MOQ))
            if counted and any(m.field not in (QUANTITY, MOQ) for m in view.mentions):
                view.mentions = [m for m in view.mentions if m.field not in (PRICE, BARE_WHOLE)
                                 or not counted.covers(m.start)]
        if "?" in low and view.role == Role.SELLER and (extra := _EXTRA_OFFERED.search(low)) is not None:
            # "ok 120 pcs at 42. also need flight case? 8 pcs/case USD 110/case": what the seller
            # prices after offering more goods is the price of those
            view.mentions = [m for m in view.mentions if m.field not in (PRICE, BARE_WHOLE) or m.start < extra.start()]
    elif _PRICED(view):
        _listed_currencies(view, low, SpanSet())  # "all our prices are in USD", "USD or EUR?"


# so many colours, so many of each: "三个颜色 每色800个" (the numeral already a figure in the view)
_N_COLOURS_EACH_BEFORE = re.compile(r"(\d{1,2})\s*(?:个|種|种)?\s*(?:颜色|顏色|色)\s*[,，]?\s*(?:每(?:个|種|种)?(?:颜色|顏色|色)|各)\s*$")
_N_COLOURS_TIMES_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})\s*colou?rs?\s*[x×*]\s*$")  # "10 colours x 3000 rolls"
_TOTAL_SAID = re.compile(r"合计|合計|总共|總共|一共|共计|\btotal\b")
# the seller offering goods more: "also need flight case?", "u need inner tube 26x1.95 also?"
_EXTRA_OFFERED = re.compile(r"\b(?:also|too|as well)\s*\?|\balso (?:need|want)\b[^.?!\n]{1,40}\?|"
                            r"(?:还|還)(?:需要|要)[^。？?\n]{1,16}(?:吗|嗎)\s*[?？]?|(?:要不要|需不需要)(?:加|配)?")
# the same price said per piece: "每打新台幣4200，等於每支350"
_EQUALS_EACH = re.compile(r"(?:等于|等於|即|合|相当于|相當於)\s*每\s*[个件支只套条把台双]\s*(\d{1,5}(?:\.\d{1,3})?)(?![\d.])")


# sizes each with a bare figure, listed before the last one's currency: "1吋 0.35、2吋 0.52、3吋 0.78 美金/支"
_SIZED_FIGURE_LIST = re.compile(r"(?:(?:\d+(?:\.\d+)?\s*(?:寸|英寸|inch|in|\"|cm|mm|l|ml)|\d+/\d+\s*(?:寸|inch|in|\"))\s*[:：]?\s*"
                                r"\d+(?:\.\d+)?\s*[、,，]\s*){1,6}$")
_SIZED_FIGURE = re.compile(r"(?:\d+(?:\.\d+)?|\d+/\d+)\s*(?:寸|英寸|inch|in|\"|cm|mm|l|ml)\s*[:：]?\s*(\d+(?:\.\d+)?)(?=\s*[、,，])")


def _sized_list_prices(view: MessageView, low: str) -> None:
    """The bare figures of a list of sizes are prices in the currency the last one is said in
    ("1吋 0.35、2吋 0.52、3吋 0.78 美金/支"), when the last is a price with its currency right after it."""
    read: SpanSet | None = None  # (the spans read, by bisection: a long message stays n log n)
    added: set[int] = set()
    for m in [x for x in view.mentions if x.field == PRICE and len(x.value) > 1 and x.value[1]
              and low[x.start:x.start + 1].isdigit()]:
        run = _SIZED_FIGURE_LIST.search(low, max(0, m.start - 160), _size_start(low, m.start))
        if run is None:
            continue
        read = read or SpanSet((x.start, x.end) for x in view.mentions)
        for fig in _SIZED_FIGURE.finditer(low, run.start(), run.end()):
            amount = parse_decimal(fig.group(1))
            if amount is not None and not read.covers(fig.start(1)) and fig.start(1) not in added:
                added.add(fig.start(1))
                view.add(PRICE, (amount, *m.value[1:]), *fig.span(1))


def _size_start(low: str, pos: int) -> int:
    """Where the size before the figure at `pos` opens ("3吋 0.78": at the 3)."""
    m = re.search(r"(?:\d+(?:\.\d+)?|\d+/\d+)\s*(?:寸|英寸|inch|in|\"|cm|mm|l|ml)\s*[:：]?\s*$", low[max(0, pos - 16):pos])
    return pos - len(m.group(0)) if m else pos


def _price_per_piece_too(view: MessageView, each: re.Match) -> None:
    """A price per dozen (or pack) said again per piece: the piece's price, in the same currency."""
    before = [m for m in view.mentions if m.field == PRICE and m.value[1] and m.start < each.start()]
    amount = parse_decimal(each.group(1))
    if before and amount is not None and amount > 0 \
            and not any(m.start <= each.start(1) < m.end for m in view.mentions if m.field == PRICE):
        view.add(PRICE, (amount, before[-1].value[1], None, "piece"), each.start(1), each.end(1))


# the letters and hyphen of a model code right before a figure ("b-201", "s-330"), not a currency
_IN_CODE = re.compile(r"(?<![a-z])(?!usd|rmb|eur|gbp|cny|hkd|aud|cad|" + MORE_CODES + r"|us-)[a-z]{1,4}-$")


def _in_code(low: str, start: int, end: int) -> bool:
    """The figure of the price written at `start:end` is the end of a model code ("s-330")."""
    figure = _DIGIT.search(low, start, end)
    return figure is not None and _IN_CODE.search(low, max(0, start - 8), figure.start()) is not None


# What restates the price with something added: "we have to add the interest, so 25.10",
# "freight adds 0.35/pc, that makes 4.85"
_RESTATED_BEFORE = re.compile(r"(?:\badd(?:s|ed|ing)?\b|\binterest\b|\bfreight\b|\bsurcharge\b|加)[^.!?]{0,40}?"
                              r"(?:,\s*|\s)(?:so|that makes|which makes|that's|comes to|也就是|就是)\s*$")


def _restated_price(view: MessageView, low: str) -> None:
    """"USD 24.60/unit. L/C 90 days is ok but we have to add the interest, so 25.10": the price
    restated with what is added replaces the one before it in the message; the two are no
    options to choose from."""
    prices = [m for m in view.mentions if m.field == PRICE and m.item is None]
    if len(prices) != 2:
        return
    first, last = sorted(prices, key=lambda m: m.start)
    if last.value[1] is None and _RESTATED_BEFORE.search(low, max(0, last.start - 80), last.start):
        view.mentions.remove(first)


# A price per unit with no currency, said as a price: "出厂价38一筒", "单价12.5每个" (the
# currency is the chat's), or in a message that names its currency apart ("美金的话 9.6 每支")
# (or after the count it is for: "两千张的话36一张")
_ZH_BARE_UNIT_PRICE = re.compile(r"(?:价|价格|单价|价钱|\d\s*[" + ZH_MEASURES + r"]的[话話])\s*(?:是|为|[:：])?\s*(\d{1,5}(?:\.\d{1,2})?)\s*"
                                 r"(?:一|每|/)\s*([" + ZH_MEASURES + r"])")
_ZH_CURRENCY_UNIT_PRICE = re.compile(r"(?<![\d.x×*\-])(\d{1,5}(?:\.\d{1,2})?)\s*(?:一|每)\s*([" + ZH_MEASURES + r"])")
# a price per unit said the other way round: "每台1,958", "风管机3.6kW 每台218" (not "每箱20个",
# "每台2kW": what one holds or its rating)
_ZH_PER_UNIT_AMOUNT = re.compile(r"每\s*([台个個件只套部张張把条條根支双對对顶頂架辆輛口座罐瓶])\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,6}(?:\.\d{1,2})?)"
                                 # (the amount closes its clause, or a currency's name does: not "每台55寸 4K",
                                 # "每包 1000 装", "每台50的运费", "去年每台4,200 今年…", "每台4,500 不行")
                                 r"[^\S\n]*(欧元|歐元|欧|歐|泰铢|泰銖|日元|日圓|英镑|英鎊)?(?=[^\S\n]*(?:$|\n|[,;。；!！](?!\d)))", re.MULTILINE)
_ZH_CURRENCY_AFTER = {"欧元": "EUR", "歐元": "EUR", "欧": "EUR", "歐": "EUR", "泰铢": "THB", "泰銖": "THB",
                      "日元": "JPY", "日圓": "JPY", "英镑": "GBP", "英鎊": "GBP"}
# what the figure is said of instead: a weight, a spec, a discount, freight, last year's price
_NOT_PER_UNIT_PRICE_BEFORE = re.compile(r"重|规格|規格|包装|包裝|优惠|優惠|降价|降價|便宜|(?<!成本加)运费(?!付)|(?<!成本加)運費(?!付)|去年|以前|上次|之前|容量|尺寸|厚|"
                                        r"(?<!运)(?<!運)费|(?<!运)(?<!運)費|押金|佣金|退")
_ZH_CURRENCY_APART = {w: _CODES[w] for w in ("美金", "美元", "欧元", "英镑", "人民币", "港币")}


def _find_per_unit_amounts(view: MessageView, low: str) -> None:
    """Prices said per unit before their amounts, in a seller's message no other price was read
    in: "外机16P全直流变频 每台4,650 / 风管机3.6kW 每台218" under a heading that names the currency,
    "不過要加利息2%，每台1,958" after "每台美金1,920"."""
    if any(x.field in (PRICE, BARE_WHOLE, LOT_PRICE) for x in view.mentions):
        return
    named = [(w, c) for w, c in _ZH_CURRENCY_APART.items() if w in low]
    said = False
    taken = SpanSet((x.start, x.end) for x in view.mentions if x.field in (CURRENCY, QUANTITY, MOQ))
    for m in _ZH_PER_UNIT_AMOUNT.finditer(low):
        amount = parse_decimal(m.group(2))
        if amount is None or amount <= 0 or taken.covers(m.start(2)) \
                or _NOT_PER_UNIT_PRICE_BEFORE.search(low, view.clause_at(m.start())[0], m.start()):
            continue
        if m.group(3):  # "每台14.5欧", "每张18,500泰铢": its currency after it
            view.add(PRICE, (amount, _ZH_CURRENCY_AFTER[m.group(3)], None, measure(m.group(1))), m.start(2), m.end(3))
            view.add(CURRENCY, (_ZH_CURRENCY_AFTER[m.group(3)],), m.start(3), m.end(3))
            continue
        view.add(PRICE, (amount, None, None, measure(m.group(1))), m.start(2), m.end(2))
        said = True
    if said and len({c for _, c in named}) == 1 and not any(x.field == CURRENCY for x in view.mentions):
        word, code = named[0]  # (the currency the heading names: "（成本加运费蒙巴萨，美金）")
        view.add(CURRENCY, (code,), low.find(word), low.find(word) + len(word))


def _find_bare_unit_prices(view: MessageView, low: str) -> None:
    named = [(w, c) for w, c in _ZH_CURRENCY_APART.items() if w in low]
    word, code = named[0] if len({c for _, c in named}) == 1 else (None, None)

    pattern = _ZH_BARE_UNIT_PRICE if code is None else _ZH_CURRENCY_UNIT_PRICE
    read = None  # the spans of prices and currencies read, made at the first amount (a long message stays n log n)
    for m in pattern.finditer(low):
        amount = parse_decimal(m.group(1))
        if amount is None or amount <= 0:
            continue
        if read is None:
            read = SpanSet((x.start, x.end) for x in view.mentions if x.field in (PRICE, CURRENCY))
        if read.covers(m.start(1)):
            continue
        if pattern is _ZH_BARE_UNIT_PRICE and (said := low.find("的", m.start(), m.start(1))) > 0 \
                and (low[said - 1] != m.group(2) or low.startswith("的", m.end())):
            # "1000个的话 50一箱": what a carton of them costs, not the price of one; "200套的话 15一套的运费":
            # the freight per set
            continue
        if pattern is _ZH_CURRENCY_UNIT_PRICE and m.end(1) - m.start(1) == 1 and m.start(1) >= 1 \
                and low[m.start(1) - 1].isascii() and low[m.start(1) - 1].isalpha() \
                and not (m.start(1) >= 2 and low[m.start(1) - 2].isascii() and low[m.start(1) - 2].isalpha()):
            continue  # "番茄F1每罐28美金": a one-letter code's figure, not a price (not "US12每条", "XL35每件")
        at = low.rfind(word, 0, m.start(1)) if word else -1
        if code is not None and 0 <= at and m.start(1) - at <= 12:
            # the quote runs from the currency's name to the amount, so both are in the evidence
            view.add(PRICE, (amount, code, None, measure(m.group(2))), at, m.end(1))
            view.add(CURRENCY, (code,), at, at + len(word))
            read.add(at, m.end(1))
        else:
            view.add(PRICE, (amount, None, None, measure(m.group(2))), m.start(1), m.end(1))
            read.add(m.start(1), m.end(1))


# (or "60 in white and 40 in the grey colour")
_COUNT_OF_COLOUR = re.compile(r"(?<![\d.,$/#\-])(\d{2,3}(?:,\d{3})+|\d{2,6}) (?:in (?:the )?)?" + _COLOUR_WORD)
# (or after commas: "3000 blue, 2000 grey, 1000 yellow")
_COUNTS_IN_COLOURS = re.compile(_COUNT_OF_COLOUR.pattern + r"(?:\s{0,2}(?:\+|&|and|,(?:\s?and)?)\s{0,2}(?:\d{2,3}(?:,\d{3})+|\d{2,6}) (?:in (?:the )?)?"
                                + _COLOUR_WORD + r"){1,5}")


_RATE_BEFORE = re.compile(r"(?:一天|每天|每日|一小时|一小時|每小时|每小時|每分钟|每分鐘|一个月|一個月|每月)\s*(?:大概|大约|大約|约|約|能|可以|要)?\s*$")
_RATE_AFTER = re.compile(r"\s*(?:/\s*|per\s+|an?\s+|每)(?:min|mins|minute|minutes|hr|hrs|hour|hours|h|shift|分钟|分鐘|小时|小時)\b")


def _line_end(low: str, pos: int) -> int:
    end = low.find("\n", pos)
    return len(low) if end < 0 else end


# the goods a weight is the size of, named right after it ("12kg DCP 灭火器"), not what it is
# counted in ("5kg per bag", "20 kg bags", "10公斤每袋")
_GOODS_AFTER_WEIGHT = re.compile(r"[^\S\n]*(?!(?:of|per|each|net|gross|bags?|sacks?|ctns?|cartons?|drums?|pails?|boxes|box|x|and|or|to|in|for|is|are|"
                                 r"at|only|max|min|total|more|less|was|were|will|can|would|a|an|the|price|usd|rmb)\b)"
                                 r"(?:[a-z]{2}|[\u4e00-\u9fff](?<![每装裝一的左右以包袋箱桶起价價是要为為就和或到至]))")
# (but a message that prices by the kilo orders by it too: "20 kg beeswax at USD 9/kg, and 100 pcs frames")
_PRICED_PER_KG = re.compile(r"(?:/\s*|\bper\s+|每)\s*(?:kg|kgs|kilo|公斤|千克)")
# a price per piece in the message: what it counts is pieces, so a weight in it is a size
_PRICED_PER_PIECE = re.compile(r"(?:/\s*|\bper\s+|\ba\s+)(?:pc|pcs|piece|unit|set|cyl|cylinder|bottle|kit)s?\b|\d\s*each\b|每(?:个|個|只|具|台|支|件|套|瓶)|(?:一|每)(?:个|個|只|具)")
# the bag a weight fills, named a few words after it: "50kg PP woven bags", "25 kg paper sacks"
_PACK_SIZE_AFTER = re.compile(r"[ \t]+(?!of\b)(?:(?:blocks?|cartons?|ctns?|boxes|bricks?)[ \t]+in[ \t]+)?"
                              r"(?:(?!in\b|into\b|of\b)[a-z]{2,}[ \t]+){0,2}(?:bags|sacks|bag|sack)\b")
# goods joined in a list: "beeswax 500kg, and 300 pcs wooden frames" counts two goods
_ZH_JOINING = "和|还有|還有|另外|以及|跟|同埋|加"  # the Chinese words that join another goods to a list
_JOINED_GOODS = re.compile(r"\b(?:and|plus|also)\b|&|\+|;|" + _ZH_JOINING)
_PIECES = frozenset({"pcs", "pieces", "piece", "pc", "units", "unit", "sets", "set", "pairs", "nos",
                     "个", "個", "件", "只", "台", "套", "瓶", "支", "条", "條", "把", "罐", "桶"})
# goods named right after a count of pieces ("4000 pcs zip pouches"), not a word of the sentence
_OTHER_GOODS_AFTER = re.compile(r"\s*(?!(?:about|approx|around|in|into|per|each|total|only|for|is|are|will|can|fits?|loads?|"
                                r"please|pls|of|x|at|price|usd|eur|rmb|cny|ok|fob|cif|exw|ddp|dap|cfr|cpt|fca|with|by|to|"
                                r"the|a|an|so|then|we|i|you|or|need|needed|this|that|per)\b)(?:[a-z]{2}|[\u4e00-\u9fff])")


# a goods or spec word right before a weight, in Chinese (not "要1500kg", "重1500kg", "的")
_ZH_RATING_BEFORE = re.compile(r"(?<![要买買订訂需共计計约約装裝重的和及加])[\u4e00-\u9fff][，,、\s]*$")
# another goods named right before a count ("咖啡豆 60公斤，磨豆机 2台"): Han characters but a verb
_ZH_GOODS_RIGHT_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![要买買订訂共计計需再各])\s*$")
_ZH_MACHINE_UNITS = frozenset({"台", "辆", "輛", "套", "部", "架", "units"})
_ZH_JOINED = re.compile(_ZH_JOINING + "|及")


_ITEM_REACH = 160  # how far from a weight the count of its own item is looked for


def _by_start(spans: list) -> tuple[list[int], list]:
    ordered = sorted(spans, key=lambda sp: sp[0])
    return [sp[0] for sp in ordered], ordered


def _near(spans: tuple[list[int], list], start: int, end: int) -> list:
    """The spans (with their sorted starts) that open within an item's reach of a weight: by
    bisection, so a long message with many figures is read in n log n."""
    starts, ordered = spans
    return ordered[bisect_left(starts, start - _ITEM_REACH):bisect_right(starts, end + _ITEM_REACH)]


def _zh_machines_counted(low: str, spans: tuple[list[int], list], end: int) -> bool:
    """Machines or vehicles counted after a weight, in Chinese, with no other goods joined just
    before the count ("单轴，1500kg，要24台"; not "木炭1500kg，另外要24台烤炉")."""
    for s, _, _, _, unit in _near(spans, end, end):
        if s >= end and unit in _ZH_MACHINE_UNITS and not _ZH_JOINED.search(low, max(end, s - 10), s) \
                and not _ZH_GOODS_RIGHT_BEFORE.search(low, max(end, s - 6), s) \
                and not _ZH_JOINED.search(low, end, min(s, end + 6)):
            return True
    return False


def _pieces_of_the_same(low: str, spans: tuple[list[int], list], start: int, end: int) -> bool:
    """A count of pieces in the message that counts the goods a weight is said of: after it,
    closing its item ("jockey wheel 500kg with clamp, 1800 pcs,"), or before it ("1000 pcs of 50mm
    ball coupling, 3500kg"); not another goods joined to it ("beeswax 500kg, and 300 pcs frames")."""
    for s, e, _, _, unit in _near(spans, start, end):
        if unit not in _PIECES or low.startswith("/", e) or low.startswith(" per ", e):
            continue
        between = low[end:s] if s >= end else low[e:start]
        if _JOINED_GOODS.search(between) or "\n" in between \
                or s >= end and re.search(r"[a-z]{2,}(?<!pc)s\s*$", between):
            continue  # ("paprika powder 400kg, plastic jars 1000 pcs": other goods named before their count)
        if s >= end and _OTHER_GOODS_AFTER.match(low, e):
            continue  # "..., 4000 pcs zip pouches": the pieces are other goods
        return True
    return False
_ONE_PIECE_WEIGHTS = frozenset({"kg", "kgs", "公斤", "lb", "lbs", "g"})
# a weight right after the goods' name in a message that counts pieces is what one bears or
# weighs ("ball coupling, 3500kg, 3 hole ... 1000 pcs", "jockey wheel 500kg with clamp, 1800 pcs")
# (not after a verb or a joining word: "we need 1000 pcs frames and 500kg beeswax")
_RATING_AFTER_NAME = re.compile(r"\b(?!(?:need|needs|want|order|ordered|buy|take|and|plus|of|about|approx|around|total|only|also|"
                                r"ship|load|loads|is|are|be|weighs?|weight|net|gross|nw|gw|extra|another|more|less|per|each|"
                                r"to|for|pcs|sets|units|pieces|x|usd|eur|rmb|the|a|an)\b)[a-z]{3,}[ ,]\s*$")
_WEIGHT_UNITS_RATED = frozenset({"kg", "kgs", "lb", "lbs"})
# a size written right before a weight makes the weight a spec: "150x200 1.8kg", "60x80in 15lbs",
# "20mic x 2kg"; and "of the 1kg" names a variant
_SPEC_BEFORE_WEIGHT = re.compile(r"(?:\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?\s*(?:cm|mm|in|inch|m|mic|\")?|"
                                 r"\d+\s*mic\s*[x×*])\s*$")  # (two dimensions: "copper foil 0.1mm 30 kg" is an order)
# (a wire's cross-section is small: "4平方的"; "600平方的" is a floor's area, an order)
# (a size or "the" right before a weight of a few kilograms: "1.75mm 1kg", "of the 1kg")
_SIZE_OR_THE_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:cm|mm|inch|in|mic|\")|\bthe)\s*$")
_NOT_AN_ORDER_COUNT = re.compile(r"[\d一二两兩三四五六七八九十]+\s*(?:款|种|種)(?![\d])|[\d两兩二]\s*个都|"
                                 # "两个多月到港": a while, not pieces
                                 r"[\d一二两兩三四五六七八九十半]+\s*[个個]\s*(?:多)?\s*(?:月|星期|礼拜|禮拜|小时|小時|工作日|钟头|鐘頭)|"
                                 r"\d+(?:\.\d+)?\s*平方(?:线|線|毫米)|(?:[1-9]|1[06]|25|35|[124]\.5)\s*平方的|"
                                 # "两个港运费差不多": the ports weighed, no pieces
                                 r"[\d一二两兩三四五六七八九十]\s*[个個]\s*(?:港|港口|目的港|地方|城市|国家|國家|方案|选择|選擇)|"
                                 # "6顆LED": the lamps in one piece, its spec
                                 r"[\d一二两兩三四五六七八九十]{1,2}\s*[颗顆粒个個]\s*(?:led|灯珠|燈珠)")
_SENT_FOR_BEFORE = re.compile(r"(?:派|叫|安排|找|用)\s*$")  # (not "我们要采购3台货车": trucks bought)
_SET_UNITS = frozenset({"set", "sets", "kit", "kits", "unit", "units", "套", "组", "組", "台"})
_VEHICLE_AFTER = re.compile(r"\s*(?:半挂|挂车|掛車|货车|貨車|卡车|卡車|拖车|拖車|柜车|櫃車|平板车|平板車|车|車)")
_SET_HOLDS_BEFORE = re.compile(r"(?:套装|套裝|一套|每套)\s*$")
# what one set is made of, listed: "一套包括2片门架、2根交叉拉杆、2个连接销", "each set includes 2
# frames, 2 cross braces and 4 pins" (the list runs on from the verb, no sentence ending)
_SET_MADE_OF_BEFORE = re.compile(r"(?:一套|每套|一组|每组|一組|每組)(?:包括|包含|含|由|配)[^。.;；!！?？\n，,]{0,40}$|"
                                 r"\b(?:each|one|a|per) (?:set|kit|unit) (?:includes?|contains?|comes with|consists of)\b[^.;!?\n]{0,60}$")
# (or of one pack: "200L铁桶, each drum 170kg net")
_WEIGHT_OF_ONE = re.compile(r"(?:净重|淨重|毛重|重量|单重|單重|自重|\bnet weight|\bgross weight|\bn\.?\s?w\.?|\bg\.?\s?w\.?|"
                            r"\bweighs?|\bweight|"
                            r"\b(?:each|per|one) (?:drum|carton|ctn|bag|box|pail|barrel|roll|bale|sack|case|jerrican|ibc)(?:\s*weighs)?)"
                            r"\s*(?:is|of|only|about|approx\.?|abt|around|约|約|大约|大約|[:：=])?\s*$")

# what one bag or sack holds, not the order: "1250kg SWL", "60公斤装", "，装25公斤", "黄麻咖啡袋60公斤 70x105",
# "90x90x120，1噸" (a weight right after the bag's size)
# (not bags sold by weight: "背心袋 500公斤", "PP woven bags 2000 kg", "第一单先装1吨试试")
_LOAD_OF_ONE_BEFORE = re.compile(r"(?:[,，;]\s*(?:装|裝)|承重|载重|載重|\bload capacity|\bcapacity|\bswl)\s*(?:[:：]\s*)?$")
# (a weight beside the bag's size, where bags are talked of: not "铝箔 0.02x300mm，1.5吨", "不锈钢丝网 500公斤 20x20目")
_BAG_SIZE_BEFORE = re.compile(r"\d\s*(?:cm|mm)?\s*[x×*]\s*\d+(?:\.\d+)?\s*(?:cm|mm)?\s*[,，;]\s*(?:装|裝)?\s*$")
_BAG_SIZE_AFTER = re.compile(r"(?<=[公千]斤)\s+\d+(?:\.\d+)?\s*[x×*]\s*\d")
_BAG_WORD = re.compile(r"袋|\bbags?\b|\bsacks?\b|fibc|jumbo")
_LOAD_OF_ONE_AFTER = re.compile(r"\s*(?:swl\b|safe working load|(?:装|裝)(?![一两二三四五六七八九十\d满滿柜櫃箱车車船])|"
                                r"的?(?:吨袋|噸袋|太空袋|集装袋|集裝袋)|bags?\b|sacks?\b)")
_ONE_BAG_HOLDS = {"kg": 2000, "kgs": 2000, "公斤": 2000, "tons": 2, "tonnes": 2, "mt": 2, "吨": 2, "公吨": 2}  # (噸 is folded to 吨)
# a weight said of a count right before it (in English, "is" or "weighs"; not "20件约480吨", where
# the tons may be what is priced)
_WEIGHT_OF_COUNT = re.compile(r"\d\s*(?:pcs|pieces|sets|units|cartons|ctns|pairs|rolls|kits)\s+(?:is|are|weighs?|=|≈)\s*"
                              r"(?:~|about|approx\.?|around|roughly|abt\.?|only)?\s*$")


_POINTS_BACK_BEFORE = re.compile(r"(?:前面|上面|后面|後面|以上)\s*$")
# the other goods said unchanged: "另外两个不变", "其他兩款照舊" (not "另外5箱湿巾", more goods)
_OTHERS_BEFORE = re.compile(r"(?:另外|其他|其它|其余|其餘|剩下)\s*$")
_UNCHANGED_AFTER = re.compile(r"\s*(?:都|也)?\s*(?:不变|不變|照旧|照舊|维持|維持|一样|一樣|保持|同价|同價|价格不变|價格不變)")


# one machine counted in a clause of its own, after its name: "全自动糊盒机 1100型 带锁底的，一台，FOB上海报个价"
_ONE_ALONE = re.compile(r"(?<=[，,、\s])一\s*([台套部])(?=\s*(?:[，,。.;；!！]|$))")


def _find_quantity(view: MessageView, low: str) -> None:
    spans = [(m.start(), m.end(), m.group(1), m.group(2), m.group(3)) for m in _QTY.finditer(low)]
    if "qty" in low or "quantity" in low or "数量" in low or "订" in low:
        spans += [(m.start(), m.end(), m.group(1), None, None) for m in _QTY_LABEL.finditer(low)
                  if not any(s <= m.start(1) < e for s, e, *_ in spans)]
    if "want" in view.words:
        spans += [(m.start(1), m.end(1), m.group(1), None, None) for m in _WANT_COUNT.finditer(low)
                  if not any(s <= m.start(1) < e for s, e, *_ in spans)]
    if view.role == Role.BUYER and "一" in low and not _MACHINES_COUNTED.search(low):
        # "机组式柔版印刷机 六色 幅宽850，一台，FOB上海多少美金？" (not beside machines counted in
        # figures: "冷柜，一台，多少钱？我们要 10台" asks the price of one)
        spans += [(m.start(), m.end(), "1", None, m.group(1)) for m in _ONE_ALONE.finditer(low)]
    if "改" in low or "到" in low:
        spans += [(m.start(1), m.end(1), m.group(1), None, None) for m in _ZH_CHANGED_COUNT.finditer(low)
                  if not any(s <= m.start(1) < e for s, e, *_ in spans)]
    if "千" in low or "万" in low:  # "炒锅1千5", "1万5个": spoken fifteen hundred, fifteen thousand
        spoken = list(_SPOKEN_THOUSANDS.finditer(low))
        if spoken:
            taken = SpanSet((x[0], x[1]) for x in spans)  # (by bisection: a message of thousands stays n log n)
            spoken = [m for m in spoken if not taken.covers(m.start())]
        if spoken:
            # (not its last figure as a count of its own: "1万5 公斤" is no 5 kg)
            inner = SpanSet((m.start() + 1, m.end()) for m in spoken)
            spans = [x for x in spans if not inner.covers(x[0])]
            spans += [(m.start(), m.end(), str(spoken_thousands(*m.group(1, 2, 3))), None, m.group(4)) for m in spoken]
    if "万" in low and "千" in low:  # "1万5千个": fifteen thousand (not the 5千 alone)
        for m in _WAN_QIAN.finditer(low):
            spans = [x for x in spans if not m.start() <= x[0] < m.end()]
            spans.append((m.start(), m.end(), str(wan_qian(*m.group(1, 2))), None, m.group(3)))
    if "万" in low:  # "大号1万 小号1.5万": ten thousands with no unit are a count, not money
        # (but a hundred thousand and more once one machine is ordered is its price: "那台650吨注塑机
        # 定了，一台" - "68万做不了，最低68.5万")
        spans += [(m.start(1), m.end(), m.group(1), "万", None) for m in _BARE_WAN.finditer(low)
                  if not any(s <= m.start(1) < e for s, e, *_ in spans)
                  and not (view.one_ordered and float(m.group(1)) >= 10)
                  and not _CURRENCY_BEFORE.search(low, max(0, m.start(1) - 6), m.start(1))
                  and not _PAID_BEFORE.search(low, max(0, m.start(1) - 6), m.start(1))
                  and not (_QUOTED_WAN_BEFORE.search(low, max(0, m.start(1) - 6), m.start(1))
                           and not _PRICE_OF_AFTER.match(low, m.end()))]
    if "total" in view.words:  # "1500 total falls in the 1000-2999 tier"
        spans += [(m.start(1), m.end(1), m.group(1), None, None) for m in _BARE_TOTAL.finditer(low)
                  if not any(s <= m.start(1) < e for s, e, *_ in spans)
                  and not _CURRENCY_BEFORE.search(low, max(0, m.start(1) - 6), m.start(1))
                  and not _PAYING_BEFORE.search(low, max(0, m.start(1) - 40), m.start(1))]
    if "at" in view.words or "@" in low:
        spans += [(m.start(1), m.end(1), m.group(1), None, None) for m in _COUNT_AT.finditer(low)
                  if not any(s <= m.start(1) < e for s, e, *_ in spans)]
    if "x" in low or "×" in low:  # "HC-SR501 PIR module x2000, HC-SR04 ultrasonic x1500"
        times = [m for m in _TIMES_COUNT.finditer(low) if not any(s <= m.start(1) < e for s, e, *_ in spans)
                 and not _COUNTED_BEFORE.search(low, max(0, m.start() - 16), m.start())]
        if len({low.count("\n", 0, m.start()) for m in times}) < 2:  # one line counted so: "zoom x 30\ncamera module, 300 pcs"
            times = [m for m in times if not _LINE_ENDS_BEFORE_WORD.match(low, m.end())]
        spans += [(m.start(1), m.end(1), m.group(1), None, None) for m in times]
        if "$" in low or "£" in low or "€" in low or "¥" in low or "usd" in low or "eur" in low or "gbp" in low:
            taken = SpanSet((x[0], x[1]) for x in spans)  # (by bisection: a long message stays n log n)
            spans += [(m.start(1), m.end(1), m.group(1), None, None) for m in _COUNT_TIMES_PRICE.finditer(low)
                      if not taken.covers(m.start(1)) and m.group(1) != "1"]
        if not spans and not _PARTS_TALK.search(low):  # (not the parts of a set counted before or around them)
            spans += [(m.start(1), m.end(), m.group(1), None, None) for m in _COUNT_TIMES.finditer(low)
                      if m.group(1) != "1"]
    if "\n" in low and len(dashed := DASH_COUNT_LINE.findall(low)) > 1 \
            and not any(DASH_NOT_GOODS.search(label) for label, *_ in dashed):
        # a list of goods, a line each, its count after a dash: "5ml syringe 22G - 100,000"
        spans += [(m.start(2), m.end(3) if m.group(3) else m.end(2), m.group(2), "k" if m.group(3) else None, None)
                  for m in DASH_COUNT_LINE.finditer(low) if not any(s <= m.start(2) < e for s, e, *_ in spans)]
    if "each" in view.words:  # "D6x50, D8x60, D10x75, 500 each": a count of each of the goods listed
        for m in _LISTED_EACH.finditer(low):
            if not any(s <= m.start(1) < e for s, e, *_ in spans) and (value := parse_decimal(m.group(1))):
                view.add(QUANTITY_EACH, (value, None), m.start(1), m.end(1))
        for m in _EACH_OF_THE_LIST.finditer(low) if view.role == Role.BUYER else ():  # "witch wig, ... 1000 of each"
            if not any(s <= m.start(1) < e for s, e, *_ in spans) and (value := parse_decimal(m.group(1))):
                view.add(QUANTITY_EACH, (value, None), m.start(1), m.end(1))
    counted = any(u in _COUNT_UNITS for *_, u in spans)
    weighed = any(u in _WEIGHTS or u in _COUNT_UNITS for *_, u in spans)  # ("H beam … 12m, 120 tons": the bars' length)
    found: list[tuple[int, int]] = []
    by_start = None  # the spans by their starts, made when a weight asks for the counts near it (_near)
    other_units: bool | None = None  # whether the message counts in units other than an area (made once)
    first_other: int | None = None  # where its first count in units other than a weight starts (made once)
    for start, end, number, mult, unit in spans:
        # "1M pcs": a million (only with a count after it: "5m rolls" are rolls 5 metres long)
        # ("1.2w pcs": ten thousands, as chats write 万)
        value = parse_decimal(number) * 1_000_000 if mult == "m" else parse_decimal(number + ("万" if mult == "w" else mult or ""))
        if value is not None and value < 20 and unit and not unit.isascii() and start > 0 \
                and (low[start - 1] in "连連带帶附" or _COMES_WITH_BEFORE.search(low, max(0, start - 6), start)
                     and _PRICED_EACH_BEFORE.search(low, view.sentence_at(start)[0], start) is not None
                     and _CLAUSE_END_AFTER.match(low, end) is not None):
            continue  # "娃娃連三套衫", "每台1350元，含遥控两个": what comes with each of the goods, no order
        if value is not None and value < 20 and view.role == Role.SELLER and not view.ascii and unit and not unit.isascii() \
                and _WITH_PARTS_BEFORE.search(low, max(0, start - 12), start) and _ZH_SPEC_ITEM_AFTER.match(low, end) \
                and view.first_end(_PRICED_EACH_BEFORE) is not None:  # (searched once a message)
            continue  # "带WiFi和两根肉针，CE认证。…每台245美金": what comes with each, in the seller's spec
        if value is not None and value < 20 and view.role == Role.SELLER and unit in _ZH_PART_UNITS \
                and _ZH_SPEC_ITEM_BEFORE.search(low, max(0, start - 30), start) and _ZH_SPEC_ITEM_AFTER.match(low, end):
            continue  # "24V，2500mAh 电池，6个按摩头，带收纳包": a part listed in the seller's spec, no order
        if start and low[start - 1] in "(（" and (pack := _ONE_PACK_BEFORE.search(low, max(0, start - 6), start - 1)) \
                and unit != pack.group(1):
            continue  # "单箱（50个）RMB 115": what one carton holds (not "28 美金一包（1000 包）", the packs ordered)
        if unit in ("间", "間") and ("有" in low[max(0, start - 3):start] or view.first_end(_ROOMS_SOLD) is None):
            continue  # "我们在东莞有 2 间": premises owned, not sauna rooms sold (searched once a message)
        if unit == "tai" and view.ascii and view.first_end(_PINYIN_TALK) is None:  # (searched once a message)
            continue  # "Deliver to Lot 12 Tai, Hanoi": a place; "150 tai." is counted in a pinyin chat
        if _REST_BEFORE.search(low, max(0, start - 12), start) and _REST_TIMED_AFTER.match(low, end):
            continue  # "现货20个，另外20个需要十天": the part of the order still to make, not the order
        if value is not None and value <= 100 and _ONE_PACK_HOLDS_AFTER.match(low, end):
            continue  # "1 pc per brown box", "6 pcs per inner box": what one pack holds, no order
        if value is not None and value < 20 and "each" in view.words and (each := _WITH_EACH_AFTER.match(low, end)) \
                and not _NO_PART_BETWEEN.search(each.group(0)):
            continue  # "1 set punches & dies included with each machine": what comes with each, no order
        if unit in ("m", "meter", "meters", "metre", "metres", "米") and value is not None and value <= 1000 \
                and _PACK_NOUN_AFTER.match(low, end):
            continue  # "Cat6 UTP cable 305m box", "100m spool", "50米/卷": the length one pack holds
        if unit in ("liters", "litres", "ltrs") and value is not None and value < 100:
            continue  # "5 liters pressure cooker": a size of the goods; "400 liters" of oil are ordered
        if unit in ("kg", "kgs", "公斤") and value is not None and value <= 10 and (counted or value != value.to_integral()):
            continue  # "digital kitchen scales 5kg ... 3000 pcs", "sleeping bag 1.2kg": a size of the goods, not the order
        if unit in ("kg", "kgs", "公斤") and value is not None and value <= 25 and _GOODS_AFTER_WEIGHT.match(low, end) \
                and (counted or view.first_end(_PRICED_PER_PIECE) is not None) and view.first_end(_PRICED_PER_KG) is None:
            continue  # "12kg dry powder extinguisher, 1000 pcs", "2kg ABC extinguisher USD 5.60/pc": a size
        if unit in ("kg", "kgs") and value is not None and value <= 50 and _PACK_SIZE_AFTER.match(low, end) \
                and view.first_end(_PRICED_PER_KG) is None:
            continue  # "50kg PP woven bags with PE liner, 500 MT": the bag's fill, not the order
        if unit in ("kg", "kgs", "公斤") and value is not None and value <= 25 and value != value.to_integral() \
                and not _OF_GOODS_AFTER.match(low, end) and view.first_end(_PRICED_PER_KG) is None \
                and (_pieces_of_the_same(low, by_start := by_start or _by_start(spans), start, end) if counted else view.first_end(_PRICED_PER_PIECE) is not None):
            continue  # "R410A 11.3kg, USD 72/cyl", "10.9公斤一次性钢瓶，要1360瓶": what one cylinder holds
        if unit in _WEIGHT_UNITS_RATED and counted and value is not None and 25 < value <= 50000 \
                and _RATING_AFTER_NAME.search(low, max(0, start - 24), start) \
                and view.first_end(_PRICED_PER_KG) is None and not _OF_GOODS_AFTER.match(low, end) \
                and _pieces_of_the_same(low, by_start := by_start or _by_start(spans), start, end):
            continue  # "ball coupling, 3500kg, 3 hole ... 1000 pcs": what one bears, not the order
        if unit in ("kg", "kgs", "公斤") and not view.ascii and value is not None and 25 < value <= 50000 \
                and _ZH_RATING_BEFORE.search(low, max(0, start - 4), start) \
                and view.first_end(_PRICED_PER_KG) is None and _zh_machines_counted(low, by_start := by_start or _by_start(spans), end):
            continue  # "镀锌平板拖车8x5尺，单轴，1500kg，要24台": what one bears, not the order
        if unit in _WEIGHTS and _COMES_TO_BEFORE.search(low, max(0, start - 12), start) \
                and (view.counted_before or any(s2 < start and u not in _WEIGHTS for s2, _, _, _, u in spans)):
            continue  # "25公斤一包，要1200包" - "就是30公吨": what the packs ordered come to
        if unit in _WEIGHTS and view.role == Role.SELLER and not view.ascii and view.counted_before \
                and view.first_end(_TRUCK_TALK) is not None \
                and view.first_end(_PRICED_PER_WEIGHT) is None:
            continue  # "一台9米6的车装得下吗" - "8吨，9米6够了": what the load weighs
        if unit in _WEIGHTS and _WEIGHT_OF_ONE.search(low, max(0, start - 28), start):
            continue  # "淨重12.5公斤", "net weight 12.5kg", "each drum 170kg net": what one weighs
        if value is not None and value <= _ONE_BAG_HOLDS.get(unit, 0) and (
                _LOAD_OF_ONE_AFTER.match(low, end) or _LOAD_OF_ONE_BEFORE.search(low, max(0, start - 16), start)
                or (_BAG_SIZE_BEFORE.search(low, max(0, start - 16), start) or _BAG_SIZE_AFTER.match(low, end))
                and view.first_end(_BAG_WORD) is not None):
            continue  # "1250kg SWL", "60公斤装", "黄麻咖啡袋60公斤": what one bag holds
        if unit in _WEIGHTS and _WEIGHT_OF_COUNT.search(low, max(0, start - 30), start):
            continue  # "600 pcs is ~1.1 tons": what the count weighs, no order of tons
        if unit in _ONE_PIECE_WEIGHTS and value is not None and (
                value < 50 and _SPEC_BEFORE_WEIGHT.search(low, max(0, start - 24), start)
                or value <= 5 and _SIZE_OR_THE_BEFORE.search(low, max(0, start - 16), start)
                # "plastic jersey barrier 1.5m, 15kg, USD 42.50/pc", "2m 水马 HDPE 13kg: AUD 96/pc":
                # the seller's spec of one piece, after the pieces were counted
                or value < 50 and view.counted_before and view.role == Role.SELLER
                and view.first_end(_PRICED_PER_PIECE) is not None and view.first_end(_PRICED_PER_KG) is None):
            continue  # "150x200 1.8kg", "60x80in 15lbs", "of the 1kg": the spec of one piece, or a variant named
        if unit is not None and not unit.isascii() and value is not None and value <= 5 \
                and (_POINTS_BACK_BEFORE.search(low, max(0, start - 3), start)
                     or _OTHERS_BEFORE.search(low, max(0, start - 3), start) and _UNCHANGED_AFTER.match(low, end)):
            continue  # "前面两个能不能65和43": the first two goods quoted, no count
        if unit is not None and not unit.isascii() and _NOT_AN_ORDER_COUNT.match(low, start, min(len(low), end + 4)):
            continue  # "三款龍頭" (styles), "两个都可以" (both), "4平方的" (a wire's size)
        if unit is not None and unit not in ("套", "sets", "set") and not unit.isascii() and value is not None \
                and value <= 50 and _SET_HOLDS_BEFORE.search(low, max(0, start - 6), start):
            continue  # "化妆刷套装12支": what one set holds
        if value <= 50 and unit not in _SET_UNITS and _SET_MADE_OF_BEFORE.search(low, max(0, start - 70), start):
            continue  # "一套包括2片门架、2根交叉拉杆": what one set is made of, no order
        if value is None or value <= 0:
            continue
        if low[end - 1] in "枚颗顆粒" and _MACHINE_NAMED_AFTER.match(low, end):
            continue  # "96枚孵化器", "48顆全自動孵蛋機": the eggs one incubator holds (it is counted in 台)
        if unit == "sections" and value < 50:
            continue  # "exam table (3 sections ...)", "radiator 12 sections": how one is built; "180 sections" are ordered
        if value <= 200 and unit in _SMALL_PACKS and _PACKS_OF_BEFORE.search(low, max(0, start - 24), start):
            continue  # "3200 cases of 24 cans": what one of the packs counted holds
        if steel_grade(value, low, end):
            continue  # "we need 316 stainless:", "304不锈钢": a grade of steel, no count
        if start > 1 and low[start - 1] in "x×*" and low[start - 2].isdigit():
            continue  # "500x1000箱体": the last figure of a size
        if unit in ("块", "塊") and value < 10 and _MORE_MONEY_BEFORE.search(low, max(0, start - 3), start):
            continue  # "黑色加1块，每公斤29.5": a yuan added to the price, no count
        if start > 0 and low[start - 1] in "$¥€£第":
            continue  # (and "第二个不错": the second one shown, an ordinal)
        if unit in ("m", "meters", "metres", "meter", "metre", "米") and (
                _REACH_BEFORE.search(low, max(0, start - 24), start) or _REACH_AFTER.match(low, end)):
            continue  # "laser rangefinder 1500m", "detection range 1800m", "测距1000米": how far it reaches
        if unit == "m" and start > 1 and (code := _LETTERS_BEFORE.search(low, max(0, start - 6), start)) is not None \
                and code.group(0) not in _NO_CODE_WORDS and view.text[code.start():code.end()].isupper():
            continue  # "GP6612M": a model code ending in M, not metres (not "qty1500m", "rope500m")
        if unit in ("个", "個") and _SMALL_CONTAINER_AFTER.match(low, end) and view.first_end(_SHIPPING_TALK) is not None \
                and view.first_end(_CABINET_GOODS) is None:
            continue  # "走整柜，3个小柜": three 20-foot containers, no goods (not "20个小柜子", "30个大柜")
        if low[start:end].endswith("支") and (_YARN_AFTER.match(low, end)
                                              or _YARN_BEFORE.search(low, max(0, start - 6), start)):
            continue  # "60支贡缎", "白色纯棉21支": the yarn count of a cloth
        if (bracket := _SET_BRACKET_OPEN.search(low, max(0, start - 40), start)) \
                and (value <= 12 or bracket.group(1) and unit != bracket.group(1).strip()) \
                and not any(c in low[bracket.end():start] for c in ")）"):
            continue  # "四件套（被套、床单、两个枕套）", "30美金一包（40片 100克）": what one set or pack holds
        if unit in ("pcs", "pc", "pieces") and value <= 12 \
                and _PRICED_PER_SET.search(low, end, min(_line_end(low, end), end + 120)):
            continue  # "22\" 120g 7pcs balayage $52/set": the pieces of the set priced
        if unit in ("pairs", "pair") and value <= 12 and _SET_PRICED_NEXT.match(low, end) \
                and _SPEC_LIST_BEFORE.search(low, max(0, start - 40), start):
            # "servo motor, IR sensors 6 pairs: USD 1,150/set": the pairs in the set priced right after
            # them, a spec in a list (not "Bookshelf speakers 8 pairs: USD 120/set", the goods)
            continue
        if _LIST_BEFORE.search(low, max(0, start - 12), start):
            continue  # "我们要 300 和 200 个", "600 and 400 pcs": counts of goods listed before, in order
        if value < 20 and unit in ("台", "辆", "部") and _VEHICLE_AFTER.match(low, end) \
                and _SENT_FOR_BEFORE.search(low, max(0, start - 4), start):
            continue  # "周四派两台半挂过来拉": the trucks sent to collect the goods, no order
        if (value < 10 or _BY_COURIER_AFTER.match(low, end)) and _SEND_BEFORE.search(low, max(0, start - 14), start):
            continue  # "pls send 2 pcs, blue and grey", "I send 50 tubes by DHL": samples, no order
        if value < 10 and view.role == Role.SELLER and (said := _last(_SAMPLES_BEFORE, low, max(0, start - 60), start)) \
                and not _BULK_WORD.search(low, said.end(), start) and _SAMPLE_MADE.search(low, said.end(), start):
            continue  # "I suggest a sample first, we can make 3 pcs in 5-7 days": the samples made
        if _BY_COURIER_AFTER.match(low, end) and _SAMPLES_BEFORE.search(low, max(0, start - 24), start):
            continue  # "first I want samples, 50pcs by DHL"
        if value <= 500 and _SAMPLES_ASKED_BEFORE.search(low, max(0, start - 50), start) \
                and not _ORDER_AFTER.match(low, end):
            continue  # "can you send samples first? 200pcs": the samples asked for (not "3000pcs is our first order")
        if value == 1 and unit in ("piece", "pc") and view.nt.quote(start, end)[2].lower().startswith("one") \
                and not _ORDER_VERB_BEFORE.search(low, max(0, start - 16), start):
            continue  # "silicone spatulas, one piece, food grade": a one-piece design, not one ordered
        if unit in ("pcs", "pc", "pieces", "件") and value <= 12 and (parts := _PARTS_LISTED_AFTER.match(low, end)) \
                and len(named := _PART_JOIN.split(parts.group(1))) == value \
                and not all(_COLOUR_ONLY.fullmatch(n.strip()) for n in named):  # ("3 pcs (black, grey, blue)")
            continue  # "4pcs (dinner knife, fork, spoon, teaspoon)": the pieces of one set, named
        if unit in ("pcs", "pc", "pieces") and (_PIECES_OF_SET_AFTER.match(low, end)
                                                or _SET_BRACKET_BEFORE.search(low, max(0, start - 12), start)):
            continue  # "4pcs/set", "full set (4 pcs)": the pieces of one set
        if not view.ascii and _OWNED_BEFORE.search(low, max(0, start - 8), start):
            continue  # "我们工厂有 200台平车。需要梭壳 3000个": the machines the buyer has, no order
        if not view.ascii and _MAYBE_MORE_BEFORE.search(low, max(0, start - 10), start):
            continue  # "我們年底可能再加兩台": more that may be added later, no count of this order
        if view.counted_before and not view.ascii and (_IN_STOCK_BEFORE.search(low, max(0, start - 8), start)
                                                       or _TO_MAKE_AFTER.match(low, end)):
            continue  # "现货有40台，另外20台要排产": how the order is met, no new count
        if unit == "bottles" and _COOLER_BEFORE.search(low, max(0, start - 40), start):
            continue  # "Dual zone built-in wine cooler, 46 bottles, 60cm wide": what one holds
        if unit == "瓶" and (_COOLER_AFTER.match(low, end) or _MACHINES_COUNTED.search(low, end, end + 12)):
            continue  # "18瓶 slim wine cooler", "12瓶装酒柜": how many bottles the cooler holds
        if value <= 10 and view.counted_before and _EACH_MACHINE_AFTER.match(low, end):
            continue  # "2pcs manifold filter per unit free of charge": what comes with each one ordered
        if value <= 12 and unit in _ZH_PIECES and (_ZH_ONE_SET_AFTER.match(low, end)
                                                   or _ZH_ONE_SET_BEFORE.search(low, max(0, start - 4), start)):
            continue  # "4顆感應器一組，數量1,000組", "TPMS一組4顆": what one set holds
        if unit in ("pcs", "pc", "pieces", "piece", "bundles") and value <= 100 \
                and (_SET_NAMED_AFTER.match(low, end) or _SET_WORD_BEFORE.search(low, max(0, start - 10), start)) \
                and (_SETS_COUNTED.search(low, end, _line_end(low, end))
                     or len(spans) == 1 and _SET_NAMED_AFTER.match(low, end)
                     and not _ORDER_VERB_BEFORE.search(low, max(0, start - 16), start)):
            # "9pc hex key set - 6000 sets", "wrench set 12pcs 8-19mm, 300 sets": what a set holds
            # (and "do u have 24pc 1/2\" drive socket set?", no other count said, none ordered:
            # "need 50 pcs tool kit" orders the pieces)
            continue
        if unit in ("sheets", "sheet", "rolls", "sets") and (pack := _PIECES_OF_SET_AFTER.match(low, end)) \
                and not low[end:pack.end()].rstrip().endswith(unit.rstrip("s")):
            continue  # "100 sheets/pad", "10 rolls/set": what one pad or set holds
        if unit == "panels" and value <= 24:
            continue  # "golf umbrella, 8 panels": what one is made of, no order
        if unit in ("sheets", "sheet") and value <= 200 and any(u in _PIECE_UNITS for *_, u in spans):
            continue  # "A5 notebooks, 80 sheets lined ... qty 5000pcs": what one notebook holds
        if _FREE_AFTER.match(low, end):
            continue
        if unit in ("sqm", "m2", "平方米", "平米", "平方") and _PLANT_NEAR.search(low, max(0, start - 60), min(len(low), end + 40)):
            continue  # "we are factory in Foshan since 2009, 12000 sqm, 160 workers": the plant's floor
        if unit in _AREAS and (_AREA_SPEC_BEFORE.search(low, max(0, start - 24), start) or _AREA_SPEC_AFTER.match(low, end)
                               or _AREA_NAMES_MACHINE.match(low, end)):
            continue  # "换热面积7平方", "45 m2 heat transfer area": what one unit's surface is, a spec
        if unit == "平" and (_SITE_BEFORE.search(low, max(0, start - 12), start)
                             or (other_units := other_units if other_units is not None else any(
                                 u2 not in _AREAS and u2 not in _CARTONS for *_, u2 in spans))):
            continue  # "店面120平，要装LED筒灯 200个": the shop's floor, no area ordered (平 alone is said of rooms)
        if unit in _AREAS and (_AREA_OF_ONE_AFTER.match(low, end) or _AREA_OF_ONE_BEFORE.search(low, max(0, start - 12), start)):
            continue  # "3.24 sqm/slab", "2pcs/box = 1.44m2": what one slab or box covers
        if not view.ascii and _ONE_HOLDS_BEFORE.search(low, max(0, start - 8), start):
            continue  # "每包 39 美金，一包 100 根": what one pack holds
        if not view.ascii and unit in _AREAS and value <= 200 and view.role != Role.BUYER \
                and _ONE_ROLL_SIZED_BEFORE.search(low, max(0, start - 24), start):
            continue  # "一卷2米宽25米长，50平方": what one roll holds, after its size
        if value == 12 and unit not in _DOZEN_UNITS and _DOZEN_NEAR.search(low, max(0, start - 12), end + 12):
            continue  # "每打36元，一打12片", "1 dozen = 12pcs": what a dozen holds, no order
        if unit in _DOZEN_UNITS and (said := _PIECES_THEN_DOZENS.search(low, max(0, start - 32), start)) \
                and parse_decimal(said.group(1)) == value * 12:
            continue  # "240 pcs (that's 20 dozen)": the pieces counted again in dozens
        if unit in ("pcs", "pc", "pieces", "piece") and _PUZZLE_AFTER.match(low, end):
            continue  # "1000pc puzzle": what one puzzle is cut into
        if end < len(low) and low[end] in "装裝" and low[end + 1:end + 2] not in ("一", "满", "滿", "柜", "櫃", "箱", "车", "車", "船", "")\
                or unit == "lengths" and value < 10 and _LENGTHS_LISTED.match(low, end):
            continue  # "60粒装3000瓶": what one pack holds; "in 3 lengths:": how many variants
        if end < len(low) and low[end] == "的" and low[max(0, start - 1):start] in ("是", "有"):
            continue  # "伞骨是10根的": what the goods are made of, no order
        if _RATE_AFTER.match(low, end) or not view.ascii and _RATE_BEFORE.search(low, max(0, start - 10), start):
            continue  # "120 cartons/min", "40-60 tubes/min", "一天大概两万个": what is made in a while, not the order
        ranged = _QTY_RANGE_BEFORE.search(low, max(0, start - 12), start)
        if ranged and _DIMENSION_END.search(low, max(0, ranged.start() - 12), ranged.start() + 1):
            ranged = None  # "chipboard 2800x2070 - 600 sheets": a size, then the count
        if ranged or _QTY_THRESHOLD.match(low, end) or _THRESHOLD_BEFORE.search(low, max(0, start - 12), start) \
                or _FROM_BEFORE.search(low, max(0, start - 6), start) \
                and _PRICE_DECIMAL.search(low, view.sentence_at(start)[0], start):
            # ("Swaddle can be 2.60 from 5000 pcs": a price's tier)
            # "2000-3000 pcs", "3000 pcs and above": a range or a tier orders no quantity
            if ranged:
                view.add(QUANTITY_RANGE, (value, unit), ranged.start(), end)
            continue
        cs, ce = view.clause_near(start, end)
        clause = low[cs:ce]
        ss, se = view.sentence_near(start, end)
        if _FEE_REFUND.search(low, ss, se):
            continue
        # (within its sentence: "500,000 pcs. 50pcs/box" orders the 500,000)
        after = _QTY_CUES_OFF.search(low[end:min(end + 18, se)])
        if after and _STOCK_ASKED_AFTER.match(low, end):
            after = None  # "纯棉T恤，3000件，有现货吗": the count asked for, if it is in stock
        contents = unit in _CARTONS and _CONTENTS_AFTER.match(low, end)
        if contents:  # "要两千箱，每箱24罐": the cartons ordered, then what one holds
            after, clause = None, low[cs:end] + low[contents.end():ce]
        if unit in _CARTONS and (_COUNT_IS_BEFORE.search(low, max(0, start - 40), start)
                                 or not view.ascii and _ZH_COUNT_IS_BEFORE.search(low, max(0, start - 16), start)):
            continue  # "800 sets is 200 cartons (4 sets/ctn)": the sets are the order, the cartons their packing
        if unit in _WEIGHTS and not view.ascii and _ZH_PACKS_WEIGH_BEFORE.search(low, max(0, start - 16), start) \
                and view.first_end(_PRICED_PER_WEIGHT) is None:
            continue  # "两千五百包是50吨", "十万平方米大约8吨": what the packs or the area weigh (not "20件约480吨")
        if unit in _MEASURE_PACKS and view.first_end(_PRICED_PER_MEASURE) is not None \
                and (view.first_end(_ROLL_HOLDS) is not None
                     or (counted_at := view.first_end(_MEASURE_COUNTED)) is not None and counted_at <= start
                     or view.area_counted_before and view.role != Role.BUYER and unit not in ("roll", "rolls", "卷")):
            # (or the measure counted before them: "usd 3.80/sqm. 600 sqm 大概 1.4 ton, 12 rolls")
            continue  # "USD 3.90/sqm. 100 sqm/roll, 50 rolls": the area ordered, packed in rolls
        if (was := _WAS_BEFORE.search(low, max(0, start - 16), start)) is not None and (
                _PAST_ORDER_BEFORE.search(low, cs, start) or view.counted_before
                and _PO_NUMBER_BEFORE.search(low, max(cs, was.start() - 24), was.start())
                and not _CORRECTION.search(low, *view.sentence_near(start, end))):
            # (a PO's count only once this chat counted goods of its own, and no correction: not "PO
            # 4512 was 3000 pcs, not 2500. Please correct the PI", "Sorry, PO 3302 was 1500 pcs, not 1000")
            continue  # "PO 2231 was 2500pcs M2 at USD 11.70": what was ordered before, not now
        converted = unit not in _CARTONS and (_RESULT_BEFORE.search(low, max(0, start - 12), start)
                                              or _IS_CARTONS_AFTER.match(low, end))
        if unit in _PACK_UNITS_HELD and _WHAT_ONE_HOLDS_AFTER.match(low, end):
            after = None  # "total 8000 boxes (100pcs/box)": the order in boxes, then what one box holds
            clause = low[cs:end]
        elif _TOTAL_THEN_SHARE.match(low, end):
            after = None  # "10,400 cartons total (2600 per cntr)": the order, then what each container takes
            clause = low[cs:end]
        elif unit in _PACK_OF_UNIT and (held := _SAME_PACK_HOLDS_AFTER.search(low, end, min(se, end + 60))) is not None \
                and held.group(1) in _PACK_OF_UNIT[unit] \
                and not any(u in _PIECES and not (held.start() <= s2 < held.end()) for s2, _, _, _, u in spans) \
                and not _THATS_BEFORE.search(low, max(0, start - 12), start) \
                and not _PAST_ORDER_BEFORE.search(low, ss, start):
            # (nor "4,800 masks = 96 boxes x 50pcs/box", the pieces said as boxes; nor "our last order
            # was 900 boxes with 50pcs/box")
            # (not "10,000 pcs nitrile gloves = 100 boxes, 100pcs/box": the pieces are the order)
            # "2400 boxes tattoo cartridges 20pcs/box": the boxes are the order (other cues stand:
            # "5000 boxes in stock, 100pcs/box", "20000 boxes per month, 50pcs/box")
            after = _QTY_CUES_OFF.search(low[end:held.start()])
            clause = low[cs:held.start()] + low[held.end():ce]
        if (_QTY_CUES_OFF.search(clause) and not converted) or after \
                or _PACKED_BEFORE.search(low, max(0, start - 12), start) \
                or _EXTRA_BEFORE.search(low, max(0, start - 16), start) \
                or (value < 20 and _PART_BEFORE.search(low, max(0, start - 8), start)) \
                or (value in (100, 1000) and _PRICED_BEFORE.search(low, max(0, start - 4), start)) \
                or _PER_PACK_AFTER.match(low, end):
            continue  # "packed 10 pcs per polybag" counts a pack, not the order
        unit_name = _UNIT_NAMES.get(unit or "", unit) if unit else None
        colours = (_N_COLOURS_EACH_BEFORE.search(low, max(0, start - 16), start) if "色" in low else
                   _N_COLOURS_TIMES_BEFORE.search(low, max(0, start - 16), start) if "colo" in low else None) \
            if view.first_end(_TOTAL_SAID) is None else None  # (a total said is the order)
        if colours is not None and 1 < (n := int(colours.group(1))) <= 12:
            # "三个颜色 每色800个": one line of their sum, once the seller prices them alike
            view.mentions.append(Mention(QUANTITY_COLOURS, (value * n, unit_name), colours.start(), end,
                                         view.kind_at(start, True)))
            continue
        each = _EACH_BEFORE.search(low, max(0, start - 6), start)
        if each:
            if (each.group(1) or _LIST_THEN_EACH.search(low, max(0, start - 12), start)) \
                    and not _MOQ_EACH.search(low, max(0, each.start() - 8), each.start()):
                # (not "MOQ各2000包": the least order of each, no order)
                # "尖嘴鉗6吋跟斜口鉗6吋各要2400支", "350mm / 400mm / 500mm, each 4000 pairs": each of
                # the goods or sizes named (goods_names)
                view.add(QUANTITY_EACH, (value, unit_name), start, end)
            continue  # "薰衣草同白茶味各250个": a count per variant, not the order
        if unit in _CARTONS and _CARTONS_OF_ONE_AFTER.match(low, end):
            continue  # "150 sets = 1x40HQ, 3 cartons per set": what one set is packed in
        if unit in _WEIGHTS and _CBM_BEFORE.search(low, max(0, start - 24), start) and view.first_end(_PRICED_PER_WEIGHT) is None:
            continue  # "20 ctns approx 1.1 CBM, 420kg": what the shipment weighs, beside its volume
        if unit in ("m", "meters", "metres", "meter", "metre", "米") and _TRAILER_AFTER.match(low, end):
            continue  # "One full 13.6m trailer takes 540 stacked": the trailer's length
        if unit in ("kg", "kgs", "公斤") and value is not None \
                and (value <= 1000 or (first_other := first_other if first_other is not None else min(
                    (s2 for s2, _, _, _, u in spans if u not in _WEIGHTS), default=len(low))) < start) \
                and view.first_end(_PRICED_PER_PIECE) is not None and view.first_end(_PRICED_PER_KG) is None and (_NET_BEFORE.search(low, max(0, start - 8), start) or _NET_AFTER.match(low, end)):
            continue  # "net 420kg", "62kg gross": what one unit priced per piece weighs (not "black pepper 500 kg net")
        if _PER_CONTAINER_AFTER.match(low, end) and (view.counted_before or any(s2 != start for s2, *_ in spans)):
            continue  # "800 pcs stacked per 40HQ, so 3x40HQ": what one container takes, beside the order counted
        if _PER_LOT_BEFORE.search(low, max(0, start - 6), start):
            continue  # "USD 68 per 1000 pcs": the lot a price is quoted for (no unit price either:
            # a contract that multiplied it by the pieces ordered would be a thousand times off)
        if each_after := _EACH_AFTER.match(low, end):
            if _EACH_GOODS_AFTER.match(low, end) and not _MOQ.search(low, view.sentence_at(start)[0], end):
                # "qty 5000 each size": each of the goods named (not "MOQ 5000pcs per size")
                view.add(QUANTITY_EACH, (value, unit_name), start, end)
            elif (listed := _COLOURS_LISTED_BEFORE.search(low, max(ss, start - 60), start)) is not None \
                    and not each_after.group(0).strip().startswith(("per container", "each carton")):
                # "black, white and grey, 1000 pcs each": one line of the colours' sum, once the
                # seller prices them alike (as "黑色、肤色、灰色各1000件")
                count = len(_COLOUR_LIST_JOIN.split(listed.group(1).strip()))
                view.mentions.append(Mention(QUANTITY_COLOURS, (value * count, unit_name), listed.start(1),
                                             each_after.end(), view.kind_at(start, True)))
            continue  # "20 x 20GP at 25 MT each", "500 pcs each colour": per container or variant
        if _TIER_BEFORE.search(low, max(0, start - 16), start):
            continue  # "0.88 only from 3000pcs", "logo free above 1000pcs": where a tier begins
        if unit in ("cones", "bobbins") and view.role != Role.BUYER:
            continue  # "about 1600 cones, 12 cones per carton" for yarn sold by the kilo: the packing
        if value < 20 and _COLOURS_COUNTED_AFTER.match(low, end):
            continue  # "3.6啦，兩隻色一樣價": how many colours, not the order
        if unit == "座" and (value <= 12 or _SEATS_TALK.search(low)
                            or any(u not in (None, "座") for _, _, _, _, u in spans)):  # ("20座，4台")
            continue  # "electric car 4座", "电动观光车 14座": how many it seats, not the order
        if unit == "口" and value <= 52:
            continue  # "交换机24口，", "RJ45 8口": a switch's ports, not the order
        if unit in ("cyl", "cyls") and value < 20:
            continue  # "generators 6 cyl,": an engine's cylinders
        if unit == "copies" and value < 20:
            continue  # "commercial invoice 3 copies": papers, not the order
        if start and low[start - 1] in _DIAMETER_SIGNS:
            continue  # "Ø65 set MYR 11,600/set": the bore of the screw barrel set, not 65 sets
        if unit in ("码", "碼") and (value < 300 or low[max(0, start - 1):start] in ("尺", "第", "混", "均")):
            continue  # "38码", "170码", "尺码": a size, not yards
        if unit in ("块", "打") and (_MONEY_CLAUSE.search(clause)
                                     or _PER_UNIT_BEFORE.search(low, max(0, start - 8), start)
                                     or _KUAI_OFFERED.search(low, max(0, start - 3), start)):
            continue  # "定金一万块", "每个13块", "2万 打对公账户": money, not pieces or dozens
        if view.role == Role.SELLER and _SUM_OF_LINES_AFTER.match(low, end):
            continue  # "80 units together = one 40HQ": the lines' sum, told of the load
        if unit in ("lbs", "lb") and (_RATED_LOAD_AFTER.match(low, end) or _RATED_LOAD_BEFORE.search(low, max(0, start - 24), start)):
            continue  # "hand pallet truck 5500lbs, 27x48 forks — 240 units": the load it lifts
        if unit in _WEIGHTS and (_ESTIMATE_BEFORE.search(low, max(0, start - 16), start)
                                 or _PACK_OF_BEFORE.search(low, max(0, start - 16), start)
                                 or (_ABOUT_BEFORE.search(low, max(0, start - 10), start)
                                     and (_LOAD_TALK.search(low, ss, se)
                                          or view.role == Role.SELLER and _LOAD_KIND.search(low, ss, se)
                                          and not _OF_GOODS_AFTER.match(low, end) and view.first_end(_PRICED_PER_WEIGHT) is None
                                          # "好的 Leo, 大概 180kg": what the seller's cargo weighs
                                          or view.role == Role.SELLER and unit in ("kg", "kgs", "公斤")))
                                 or _SPEC_WEIGHT_BEFORE.search(low, max(0, start - 16), start)
                                 or _RATED_LOAD_AFTER.match(low, end)
                                 or _RATED_LOAD_BEFORE.search(low, max(0, start - 24), start)
                                 and not _BOUGHT_FOR_BEFORE.search(low, max(0, start - 40), start)
                                 or _WEIGHT_NAMES_AFTER.match(low, end) or _MACHINES_COUNTED_AFTER.match(low, end)
                                 or unit in ("kg", "kgs") and _PACK_FILLED_AFTER.match(low, end)
                                 or _PER_BATCH_AFTER.match(low, end) and "batches" not in view.words):
            continue  # what the load weighs, or what the goods bear ("max load 50kg"), not what is ordered
        if unit in ("m", "meters", "metres", "meter", "metre", "yards", "yds", "米", "码", "碼") \
                and (_LENGTH_WOUND_AFTER.match(low, end) or _PACK_OF_BEFORE.search(low, max(0, start - 16), start)):
            continue  # "5000m cones", "packed in rolls of 100 m": what one cone or roll holds
        if unit in _CARTONS and view.role != Role.BUYER and _ABOUT_BEFORE.search(low, max(0, start - 10), start) \
                and _WEIGHT_PER_CARTON.search(low, end, min(len(low), end + 24)):
            continue  # "大概40箱，每箱22公斤": the cartons the order fills, told to the forwarder
        if (unit in _CARTONS or unit in _WEIGHTS) and (
                (ratio_at := view.first_end(_PACKING_RATIO) or (view.first_end(_OTHER_PACKING_RATIO)
                                                                 if view.role != Role.BUYER else None)) is not None
                and ratio_at <= start
                and not (unit in _CARTONS and _NEED_CARTONS.search(low, max(ss, start - 120), start))
                and not (unit in _CARTONS and view.role == Role.BUYER and not _PIECES_OUTSIDE_RATIO.search(low))
                or view.first_end(_SHIPPING_DETAILS) is not None):
            # "20 sets/ctn, 100 ctns", "100pcs/ctn, 12kg each, total 600kg", "80 ctns, 3.9 cbm":
            # the packing list (not "要两千箱，每箱24罐", the order before its carton's contents,
            # nor "need frozen scallop meat, 1kg bag x 10/ctn, 500 ctns", cartons asked for)
            continue
        if unit in ("坪", "平方米", "平米", "sqm", "m2") and _ESTIMATE_BEFORE.search(low, max(0, start - 12), start):
            continue  # "2,645平方米 (約800坪)": what the area comes to in another unit
        if _ABOUT_ANOTHER_BEFORE.search(low, max(0, start - 16), start):
            continue  # "800坪大約2,645平方米": the count said first, then what it comes to
        if _CONVERTED_AFTER.match(low, end):
            continue  # "80箱 = 480 pcs": the pieces are the order
        if _PACKS_COUNTED.fullmatch(unit or "") is not None and _PIECES_EQUAL_BEFORE.search(low, max(0, start - 24), start):
            continue  # "50万支 = 5000 bags": the pieces are the order, said again as the bags they fill
        if unit in _PACKS_LOADED and _THATS_BEFORE.search(low, max(0, start - 12), start) \
                and _PER_LOT_PRICE_SAID.search(low, max(0, start - 160), start):
            continue  # "USD 42 per 1000 metres ... That's 300 rolls": the order said again in packs
        if view.counted_before and start >= 9 and low[start - 1] == " " \
                and _CONTAINER_HOLDS_BEFORE.search(low, max(0, start - 30), start):
            # (with nothing counted before, "40HQ holds 2,200 pcs" may be the full container ordered)
            continue  # "around 260 pcs" - "40HQ loads 130pcs": what one container holds, not the order
        if unit in ("pounds", "pound") and _COSTS_BEFORE.search(low, max(0, start - 24), start):
            continue  # "the titanium tube alone costs nearly 3 pounds": money, no weight ordered
        if view.counted_before and _MOST_A_CONTAINER_TAKES.search(low, max(0, start - 70), start):
            continue  # "3000pcs fits in one 40HQ, max is abt 3100pcs": the most it takes, no order
        if unit in _PACKS_LOADED and view.role != Role.BUYER and _LOADED_AFTER.match(low, end) \
                and not _PRICE_SAID.search(low):
            # (not "1,800 cartons, we load them in one 40HQ. USD 9.50/carton": the order in cartons)
            continue  # "150 rolls, we load them in one 20GP": the packs the order fills
        if unit in ("米", "m", "meters", "metres") and (
                value < 10 or _DIMENSION_BEFORE.search(low, max(0, start - 8), start)
                or _ROLL_SIZE_BEFORE.search(low, max(0, start - 8), start) and view.first_end(_ROLLS_COUNTED) is not None
                # "H beam 200x200x8x12, 12m, 120 tons", "螺纹钢 12米要60吨": the length of each bar
                or value <= 20 and weighed and not _CHANGED_TO_BEFORE.search(low, max(0, start - 16), start)
                or _LENGTH_OF_GOODS.match(low, end) or _DIMENSION_AFTER.match(low, end) or low[max(0, start - 1):start] == "带"
                # "65mm 20米消防水带", "65口径 20米": a length after another size of the goods
                or value <= 50 and _SIZE_SPEC_BEFORE.search(low, max(0, start - 12), start)
                or low[max(0, start - 5):start] == "with "):  # "hose reel HR-30 with 30m hose"
            continue  # "反光尼龙狗绳 1.5米", "2x25m rolls", "带30米管子": a length of the goods
        if _MOQ.search(low[ss:end]) or _MOQ.search(clause):
            view.add(MOQ, (value, unit_name), start, end)
        else:
            view.add(QUANTITY, (value, unit_name), start, end)
            if unit not in _WEIGHTS or _COLOUR_BEFORE.search(low, max(0, start - 10), start):
                found.append((start, end))  # (and "红色3000公斤，蓝色2000公斤": weights in colours)
    if "+" in low or "and" in view.words or "," in low:
        for m in _COUNTS_IN_COLOURS.finditer(low):  # "400 pink + 400 blue": a count in colours, no unit
            for part in _COUNT_OF_COLOUR.finditer(low, m.start(), m.end()):
                if not any(s <= part.start(1) < e for s, e in found) and (value := parse_decimal(part.group(1))):
                    view.add(QUANTITY, (value, None), *part.span(1))
                    found.append(part.span(1))
    if "," in low or "and" in view.words:
        _colours_then_counts(view, low, found)  # "black 1000, navy 1000, forest green 500"
    if len(found) > 1:
        _parts_of_total(view, low, found)
    if "分别" in low or "分別" in low or "respectively" in view.words:
        _respective_counts(view, low)


_LISTED_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _respective_counts(view: MessageView, low: str) -> None:
    listed = respective_counts(low)
    if listed is None:
        return
    first, last = listed
    view.mentions = [m for m in view.mentions if not (m.field in (QUANTITY, MOQ) and first <= m.start < last)]
    for m in _LISTED_FIGURE.finditer(low, first, last):
        if (value := parse_decimal(m.group())) is not None and value >= 10:
            view.add(QUANTITY, (value, None), m.start(), m.end())


# a colour, then a bare count of it: "black 1000", "navy: 1,000" (not "white 1000pcs", read with
# its unit, nor "black 12.5", "grey 30%", "red 500 usd")
# (or a Chinese colour: "蓝色1000, 粉色1000, 绿色500, 黄色500")
_COLOUR_THEN_COUNT = re.compile(r"(?:\b" + _COLOUR_WORD + r"|(?:浅|淺|深)?[白黑灰红紅蓝藍绿綠黄黃粉紫棕橙金银銀米咖]色)"
                                r"\s*[:\-]?\s*(\d{1,3}(?:,\d{3})+|\d{2,7})"
                                r"(?!\d|[.,]\d|\s*(?:%|usd|eur|gbp|rmb|\$|€|£|mm|cm|ml|g\b|kgs?\b|pcs|pc\b|pieces|sets?\b|"
                                r"units?\b|pairs|yards|m\b|meters|metres|cartons|ctns|boxes|bags|x\b))")
_CODES_OR_SPECS = re.compile(r"\b(?:pantone|pms|ral|moq|gsm|gram|grams|denier|code|no\.?|size|sizes|mm|cm)\b|色号|色號|起订|起訂|尺寸")
_COLOUR_COUNT_GAP = re.compile(r"\s*(?:,|;|、|\+|&|\band\b)\s*(?:,\s*)?(?:and\s+)?(?:[a-z]+\s+)?")


def _colours_then_counts(view: MessageView, low: str, found: list[tuple[int, int]]) -> None:
    """Two or more colours, each with a bare count after it, listed together ("four colours:
    black 1000, navy 1000, forest green 500, burgundy 500"): each a count (their sum is the line
    once the seller prices them alike, as "white 750 pcs, grey 750 pcs")."""
    run: list[re.Match] = []
    counted = [s for s, _ in found]
    for m in [*_COLOUR_THEN_COUNT.finditer(low), None]:
        if m is not None and run and _COLOUR_COUNT_GAP.fullmatch(low, run[-1].end(), m.start()):
            run.append(m)
            continue
        sentence = view.sentence_at(run[0].start()) if len(run) > 1 else None
        # (the unit may follow the last count alone: "white 500 + navy 500 prs")
        if sentence is not None and not any(view.sentence_at(s) == sentence and s != run[-1].start(1) for s in counted) \
                and all(q.start() == run[-1].start(1) for q in _QTY.finditer(low, *sentence)) \
                and all(int(p.group(1).replace(",", "")) % 50 == 0 for p in run) \
                and not _CODES_OR_SPECS.search(low, *sentence):
            # (not the parts of a count said in the sentence: "10,000 pcs: black 2000, sand pink
            # 2000, ...", "black 1000, white 1000 and 500 pcs in red"; nor colour codes or specs:
            # "Pantone navy 2767 and red 186", "white 9016, black 9005", "white 180, black 200 gsm")
            last = next((x.value[1] for x in view.mentions if x.field == QUANTITY and x.start == run[-1].start(1)), None)
            taken = SpanSet(found)  # (a run of thousands of colours stays n log n)
            for part in run:
                if not taken.covers(part.start(1)) and (value := parse_decimal(part.group(1))):
                    view.add(QUANTITY, (value, last), *part.span(1))
                    found.append(part.span(1))
                    taken.add(*part.span(1))
        run = [m] if m is not None else []


_PIECES_EQUAL_BEFORE = re.compile(r"\d\s*(?:万|k)?\s*(?:pcs|pieces|个|個|件|支|只|條|条|片|根)\s*(?:=|equals)\s*$")
_PACKS_COUNTED = re.compile(r"bags?|boxes|cartons?|ctns?|packs?|rolls?|pallets?|袋|箱|盒|包|卷|托")


def _parts_of_total(view: MessageView, low: str, found: list[tuple[int, int]]) -> None:
    """"白色750件，灰色750件，共1500件": the total is the order, the counts of its colours are
    not; two or more counts each labelled by a colour are parts even with no total said."""
    totals = {s for s, e in found if (t := _TOTAL_BEFORE.search(low, max(0, s - 10), s)) is not None
              and not (t.group(0).startswith("=") and _PACKS_COUNTED.search(low, s, e)
                       and _PIECES_EQUAL_BEFORE.search(low, max(0, s - 24), s))
              or _TOTAL_AFTER.match(low, e)}
    # (not "50万支 = 5000 bags": the pieces said again as the bags they fill)
    coloured = {s for s, e in found if _COLOUR_BEFORE.search(low, max(0, s - 16), s) or _COLOUR_AFTER.match(low, e)}
    if (wood := {s for s in coloured if _WOOD_BEFORE.search(low, max(0, s - 16), s)}) and not coloured - wood:
        coloured -= wood  # "橡木200张，柚木100张": woods that are the goods (浅灰…、橡木…: a wood tone's colour)
    if totals:
        sentences = {view.sentence_at(s) for s in totals}
        drop = {s for s, _ in found if s not in totals and view.sentence_at(s) in sentences}
        # (not a count of another size beside a size's total: "24cm一共1000个，20cm 500个")
        sized = {s: m.group(1) for s, _ in found if (m := _SIZE_BEFORE_COUNT.search(low, max(0, s - 16), s))}
        drop = {s for s in drop if s not in sized or not sized.keys() & totals
                or sized[s] in {sized.get(t) for t in totals}}
    else:
        drop = coloured if len(coloured) > 1 else set()
        parts = sorted((m for m in view.mentions if m.field == QUANTITY and m.start in drop), key=lambda m: m.start)
        if len(parts) > 1 and len({m.value[1] for m in parts}) == 1 \
                and len({view.sentence_at(m.start) for m in parts}) == 1:
            # (to the end of the last colour: "1000 red + 1000 silver, and fire blankets, 2000 pcs"
            # names the next goods after it)
            end = colour.end() if (colour := _COLOUR_AFTER.match(low, parts[-1].end)) else parts[-1].end
            view.mentions.append(Mention(QUANTITY_COLOURS, (sum(m.value[0] for m in parts), parts[0].value[1]),
                                         parts[0].start, end, parts[0].kind))
    if drop:
        view.mentions = [m for m in view.mentions if not (m.field == QUANTITY and m.start in drop)]


# A pasted quotation table ("| Item | Quantity | Unit | Unit Price(USD) |"): the header names the
# columns, each later row holds one line item.
# Rows may go without their outer bars: "Item | Qty | USD/pc" then "PS-21 | 3000 | 2.85".
_TABLE_ROW = re.compile(r"^[ \t]*(?:\|(.*)\||([^|\n]*(?:\|[^|\n]*)+?))[ \t]*$", re.MULTILINE)
_COLUMNS = [
    ("quantity", re.compile(r"^(?:qty|quantity|order qty|数量)\b")),
    ("unit", re.compile(r"^(?:unit|units|单位)$")),
    ("price", re.compile(r"^(?:(?:unit price|price|单价)(?:\s*\(?\s*(?:in\s*)?" + _CUR + r"\s*\)?)?|"
                         + _CUR + r"\s*/\s*(?:pcs?|piece|unit|set|pair|kg|个|件|套|只))$")),  # "USD/pc"
]
_CELL_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


def _find_table(view: MessageView, low: str) -> None:
    columns: dict[str, int] = {}
    code = None
    header_at = 0
    for row in _TABLE_ROW.finditer(low):
        cells = _cells(row)
        if not columns:
            for i, (start, text) in enumerate(cells):
                for name, pattern in _COLUMNS:
                    m = pattern.match(text)
                    if m and name not in columns:
                        columns[name] = i
                        if name == "price" and m.lastindex:
                            code, header_at = _CODES.get(m.group(m.lastindex)), start
            if "quantity" not in columns and "price" not in columns:
                columns = {}
            continue
        if all(set(text) <= set("-: ") for _, text in cells):
            continue  # the |---|---| line under the header
        unit = None
        if "unit" in columns and columns["unit"] < len(cells):
            unit = cells[columns["unit"]][1]
            unit = _UNIT_NAMES.get(unit, unit) if _QTY_UNIT_WORD.fullmatch(unit) else None
        for name in ("quantity", "price"):
            if name not in columns or columns[name] >= len(cells):
                continue
            start, text = cells[columns[name]]
            value = parse_decimal(text) if _CELL_NUMBER.match(text) else None
            if value is None or value <= 0:
                continue
            if name == "quantity":
                view.add(QUANTITY, (value, unit), start, start + len(text))
            elif code is not None:
                view.add(PRICE, (value, code, None), start, start + len(text))
                view.add(CURRENCY, (code,), header_at, header_at + len(_cell_text(low, header_at)))


def _cells(row: re.Match[str]) -> list[tuple[int, str]]:
    """(start, stripped text) of each cell of a table row."""
    g = 1 if row.group(1) is not None else 2
    out, pos = [], row.start(g)
    for raw in row.group(g).split("|"):
        text = raw.strip()
        out.append((pos + (raw.find(text) if text else 0), text))
        pos += len(raw) + 1
    return out


def _cell_text(low: str, start: int) -> str:
    end = low.find("|", start)
    line = low.find("\n", start)
    ends = [e for e in (end, line) if e >= 0]
    return low[start:min(ends) if ends else len(low)].rstrip()


# 块 is spoken yuan where it cannot count pieces: "6块5一个" (6.5 yuan), "85块钱", "6块可以吗",
# "20块能做吗",
# "6块一个"; "500块" alone stays pieces.
# "18块5", and "18块五一个" (十八块五一个: its 五 stays a word before 一个)
_KUAI = re.compile(r"(?<![\d.])(\d{1,4})\s*块\s*(\d(?![\d.])(?!\s*(?:周|天|日|个月|個月|星期|礼拜|禮拜|年|小时|小時|点|點|号|號))|[一二两三四五六七八九](?=一[" + ZH_MEASURES + r"]|每|[，,。！!\s]|$))"
                   r"|(?<![\d.])(\d{1,4}(?:\.\d{1,2})?)\s*块"
                   r"(?=\s*(?:钱|可以|行|吗|嗎|吧|呢|能做|能不能|做不做|行不行|一个|一件|一套|一只|一条|一双|一张|一打|每个|每件|每套|每打))"
                   # (and "68块一把", "1200块一台": not "5块一把", "2块一台", "144块一副": pieces)
                   r"|(?<![\d.])(\d{2,4}(?:\.\d{1,2})?)\s*块(?=\s*一[把顶頂盏盞台](?!的))")


# spoken dollars: "18块5美金" (十八块五美金) is USD 18.50
_KUAI_FOREIGN = re.compile(r"(?<![\d.])(\d{1,4})\s*块\s*(\d)(?![\d.])\s*(美金|美元|欧元|英镑|港币)")


# "每个13块": the unit written before it makes 块 yuan, and so does an offer ("铰链给你1块")
_KUAI_OFFERED = re.compile(r"(?:给你|给到|算你|做到|(?<=[寸号码])给|(?<![那])就)\s*$")  # (and "6寸给4块": the 6-inch at 4 yuan)
_KUAI_PER_UNIT = re.compile(r"(?:(?<=[每一][" + ZH_MEASURES + r"])|(?<=给你|给到|算你|做到))\s*"
                            r"(\d{1,4}(?:\.\d{1,2})?)\s*块(?!\s*\d)")


def _find_kuai(view: MessageView, low: str, seen: SpanSet) -> None:
    for m in _KUAI_PER_UNIT.finditer(low):
        amount = parse_decimal(m.group(1))
        if amount is not None and not seen.overlaps(m.start(), m.end()):
            seen.append((m.start(1), m.end()))
            _money(view, low, m.start(1), m.end(), amount, "CNY")
    for m in _KUAI.finditer(low):
        tenths = m.group(2) and (m.group(2) if m.group(2).isdigit() else str(chinese_to_int(m.group(2))))
        amount = parse_decimal(f"{m.group(1)}.{tenths}" if m.group(1) else m.group(3) or m.group(4))
        if amount is not None and not seen.overlaps(m.start(), m.end()):
            seen.append((m.start(), m.end()))
            _money(view, low, m.start(), m.end(), amount, "CNY")


_CURRENCY_LIST = re.compile(r"(?<![a-z])(usd|eur|gbp|rmb|cny|hkd|aud|cad|jpy|" + MORE_CODES + r")\s*[:：]\s*([^.?!\n;]*(?:\.\d[^.?!\n;]*)*)")
_LISTED_DECIMAL = re.compile(r"(?<![\d.,$¥€£])\d{1,4}\.\d{1,4}(?![\d%]|\s*(?:mm|cm|m|kg|%))")
# dollars and cents said in words: "ten dollars twenty a pair" (10.20, not 20 dollars)
# ("a dollar thirty-eight per piece" is 1.38)
_DOLLARS_CENTS = re.compile(r"(?:(?<![\d.,])(\d{1,4})|(?<![a-z])(?:a|one))\s*(?:us\s*)?(dollar|euro)s?\s+(?:and\s+)?"
                            r"(\d{2})(?:\s*cents?)?(?![\d.,%a-z])")  # (and "one euro ninety-five")
_SPOKEN_CODE = {"dollar": "USD", "euro": "EUR"}  # (not pounds, a weight too)


_SLASH_AMOUNTS = r"\d{1,5}(?:\.\d{1,3})?(?:\s*/\s*\d{1,5}(?:\.\d{1,3})?){1,5}"
_SLASH_PRICES = re.compile(r"(?:(usd|us\$|eur|€|gbp|£|rmb|cny)\s*(" + _SLASH_AMOUNTS + r")(?![\d/])|(?<![\d./])(" + _SLASH_AMOUNTS +
                           r")\s*(usd|eur|€|gbp|rmb|cny)\b)")
_LISTED_AMOUNT = re.compile(r"\d{1,5}(?:\.\d{1,3})?")
_SLASH_UNIT_AFTER = re.compile(r"\s*(?:pcs|pc|pieces?|sets?|units?|pairs?|m\b|meters?|metres?|rolls?|kgs?|days?|%|"
                               r"[个只件套条张米卷天])")
_SLASH_COUNT_BEFORE = re.compile(r"\b(?:moq|qty|quantity|min)\b[^\d]*$")
_YUAN_JIAO = re.compile(r"(?:(美金|美元|人民币|港币|欧元)\s*)?(?<![\d.])(\d{1,4})\s*[元块塊]\s*(\d)\s*角\s*(\d)?(?:\s*分)?")


def _find_prices(view: MessageView, low: str) -> None:
    seen = SpanSet(_find_ranges(view, low) if _RANGE_NEEDS.search(low) else ())
    if "dollar" in low or "euro" in low:
        for m in _DOLLARS_CENTS.finditer(low):
            seen.append((m.start(), m.end()))
            _money(view, low, m.start(), m.end(), Decimal(f"{m.group(1) or 1}.{m.group(3)}"), _SPOKEN_CODE[m.group(2)])
    if ":" in low or "：" in low:
        # a list headed by its currency: "OK USD: elbow 0.45, tee 0.62, coupling 0.38 /pc"
        for head in _CURRENCY_LIST.finditer(low):
            code = _CODES[head.group(1)]
            listed = list(_LISTED_DECIMAL.finditer(low, head.start(2), head.end(2)))
            if listed:  # (the head names the currency the listed prices' quotes leave out)
                view.add(CURRENCY, (code,), *head.span(1))
            for m in listed:
                seen.append(m.span())
                _money(view, low, m.start(), m.end(), Decimal(m.group(0)), code)
    if "块" in low:
        for m in _KUAI_FOREIGN.finditer(low):  # "十八块五美金": 18.50 dollars, not 5
            seen.append((m.start(), m.end()))
            _money(view, low, m.start(), m.end(), Decimal(f"{m.group(1)}.{m.group(2)}"), _CODES[m.group(3)])
    if " / " in low or "/ " in low:
        # "USD 8.40 / 13.20 / 10.75", "8.40 / 13.20 / 10.75 USD": a list of prices, one currency
        # (not "USD 3.50 / 100 pcs", a lot; nor "MOQ 5000 / 1.20 USD": every amount of one shape)
        lists, whole = SpanSet(), set()
        for m in _SLASH_PRICES.finditer(low):
            code = _code(m.group(1) or m.group(4))
            listed = 2 if m.group(2) else 3
            amounts = list(_LISTED_AMOUNT.finditer(low, m.start(listed), m.end(listed)))
            if code is None or seen.overlaps(m.start(), m.end()) or _SLASH_UNIT_AFTER.match(low, m.end(listed)) \
                    or _SLASH_COUNT_BEFORE.search(low, max(0, m.start() - 12), m.start()) \
                    or len({"." in a.group(0) for a in amounts}) > 1:
                continue
            seen.append((m.start(), m.end()))
            lists.append((m.start(), m.end()))
            whole.add((m.start(), m.end()))
            for a in amounts:
                if (amount := parse_decimal(a.group(0))) is not None:
                    _money(view, low, a.start(), a.end(), amount, code)
            view.add(CURRENCY, (code,), m.start(), m.end())  # (the currency with its word, once for the list)
        if lists:  # (the currencies _money noted at each bare amount go: one pass, however many lists)
            view.mentions = [x for x in view.mentions if x.field != CURRENCY or not lists.covers(x.start)
                             or (x.start, x.end) in whole]
    if "角" in low:
        for m in _YUAN_JIAO.finditer(low):  # "美金两元三角五": 2.35 dollars, not 2 (nor 3 and 5)
            seen.append((m.start(), m.end()))
            _money(view, low, m.start(), m.end(), Decimal(f"{m.group(2)}.{m.group(3)}{m.group(4) or ''}"),
                   _CODES[m.group(1)] if m.group(1) else "CNY")
    for pattern, cur_group, amt_group, mult_group in ((_PRICE_BEFORE, 1, 2, 3), (_PRICE_AFTER, 3, 1, 2)):
        for m in pattern.finditer(low):
            if seen.overlaps(m.start(), m.end()):
                continue
            seen.append((m.start(), m.end()))
            code = _code(m.group(cur_group))
            if code is None:
                continue
            amount = parse_decimal(m.group(amt_group) + (m.group(mult_group) or ""))
            if amount is None:
                continue
            _money(view, low, m.start(), m.end(), amount, code)
    if "块" in low:
        _find_kuai(view, low, seen)
    _listed_currencies(view, low, seen)


def _find_ranges(view: MessageView, low: str) -> SpanSet:
    """Unit prices quoted as ranges; returns their spans, which hold no single price."""
    spans = SpanSet()
    for pattern in (_RANGE_BEFORE, _RANGE_AFTER):
        for m in pattern.finditer(low):
            if spans.overlaps(m.start(), m.end()):
                continue
            code = _code(m.group("cur"))
            if code is None or (m.group("cur2") and _code(m.group("cur2")) != code):
                continue
            lo, hi = parse_decimal(m.group("lo")), parse_decimal(m.group("hi"))
            # a range runs upwards within one order of magnitude ("USD 1.50 to 1.20" is a
            # price cut, "USD 2.5-300" no quote anyone writes)
            if lo is None or hi is None or not 0 < lo < hi <= 10 * lo:
                continue
            if _PRICE_CHANGE.search(low, max(0, m.start() - 40), m.start()):
                before = low[max(0, m.start() - 24):m.start()]
                if _CHANGE_FROM.search(before):
                    continue  # the old price and the new: each is read on its own
                if _CHANGE_SIZE.search(before):
                    # the size of a change: no price, and neither bound is one
                    spans.append((m.start(), m.end()))
                    view.add(CURRENCY, (code,), m.start(), m.end())
                    continue
            spans.append((m.start(), m.end()))
            _money(view, low, m.start(), m.end(), lo, code, hi)
    return spans


def _code(cur: str) -> str | None:
    """The ISO code of a currency as written ("us$", "dollars", "美金", "元")."""
    if cur.startswith("u.s"):
        return "USD"
    return _CODES.get(cur.rstrip("s") if cur.startswith("dollar") else cur)


# The currency every price is in, said once: "all our prices are in USD", "all USD right?"
# or a price list's bracket, "(USD/pc)", "(in EUR)"
_IN_CODE_LIST = r"(usd|eur|gbp|rmb|cny|hkd|aud|cad|jpy|" + MORE_CODES + r")"
PRICES_IN = re.compile(r"\b(?:all|prices?|quot\w*)\b[^.?!\n]{0,20}?\bin\s+" + _IN_CODE_LIST + r"\b|"
                       r"\ball (?:in )?" + _IN_CODE_LIST + r"\b|"
                       r"[(（]\s*(?:in\s+)?" + _IN_CODE_LIST + r"\s*(?:/\s*(?:pcs?|piece|set|unit|pair)\s*)?[)）]|"
                       # (or an item of the list after its prices: "PP 0.27/支, UDF 0.55/支, USD, CFR Jakarta")
                       r"\d/\S{1,5}[,，]\s*" + _IN_CODE_LIST + r"\s*(?:[,，;；。]|$)")


def _listed_currencies(view: MessageView, low: str, amounts: SpanSet) -> None:
    """Currencies named without an amount ("we accept USD, EUR or RMB") beside others: the
    currency is one of several, so each is put on the table. One said of every price ("all our
    prices are in USD") is the currency."""
    bare = [m for m in _BARE_CODE.finditer(low) if not amounts.covers(m.start())]
    if not bare:
        return
    said = PRICES_IN.search(low)
    if said and len({_CODES[m.group(1) or m.group(0)] for m in bare}) == 1:
        group = next(g for g in (1, 2, 3, 4) if said.group(g))
        view.add(CURRENCY, (_CODES[said.group(group)],), *said.span(group))
        return
    codes = {_CODES[m.group(1) or m.group(0)] for m in bare}
    codes.update(m.value[0] for m in view.mentions if m.field == CURRENCY)
    if len(codes) > 1:
        for m in bare:
            view.add(CURRENCY, (_CODES[m.group(1) or m.group(0)],), m.start(), m.end())


# What may follow a bare amount that is a price: no more digits, percent or unit of time or
# size ("3.7." ends a sentence), and no second bound ("can you do 0.35-0.38?": a range without
# its currency is no price at all).
# (nor a figure of ten thousands: "最低1.7萬" is 17,000, no price of 1.7)
_BARE_END = (r"(?![\d%]|\.\d)(?!\s*(?:days?|weeks?|months?|%|天|cbm|kg|m\b|cm|mm|万|bar\b|mpa\b|kpa\b|psi\b))"
             r"(?!" + RANGE_SEP + r"\d)")
# (The cue is looked for in the few words before each decimal number, _BARE_CUE_BEFORE, rather
# than tried at every position of the message.)
_BARE_CUE = (
    r"(?:(?:can|could) (?:you|u) (?:do|give|offer|make)|how about|what about|make it|do it (?:at|for)|"
    r"meet (?:you )?in (?:the )?middle,?|split the difference,?|halfway,?|"
    r"max(?:imum)?(?: (?:i|we) can (?:accept|pay|do|go))?(?: is)?|(?<![a-z])(?:i|we) can (?:go|pay|offer)(?: up to)?|"
    # the price restated with what was added: "freight adds 0.35/pc, so 4.85 CIF", "也就是 6.95 到门"
    r"(?<![a-z])so|that'?s|which is|comes? to|也就是|就是|合计|"
    r"(?<![a-z])best(?: price)?(?: is| would be| i can do| we can do)?|"
    r"price (?:is|at|of|(?:must|will|would|should|can|could) be|becomes?|(?:goes|go|changes?|increases?|rises?|adjusts?) (?:up )?to)|target(?: price)?(?: is)?|(?:pls|please)|"
    r"can (?:only )?do(?: is)?|do is|final(?: price)?(?: is)?|(?:can|could) be|"
    r"(?<![a-z])(?:ok|okay|deal|accept|yes)(?: at)?|(?<![a-z])at|@|"
    # the price after its rule and place: "agreed then, CIF Felixstowe 25.10"
    r"(?<![a-z])(?:exw|fca|fas|fob|cfr|cnf|cif|cpt|cip|dap|dpu|ddp) [a-z][a-z'\-]{2,15}(?: [a-z][a-z'\-]{2,15})?|(?:单价|价格|价钱)(?:要|是|为|得)?|能不能做|能不能|可不可以|可以做|可以|能做|给到|算你|做到|就|最低|底价|最好)\s*")
_BARE_CUE_BEFORE = re.compile(_BARE_CUE + "$")
_BARE_DECIMAL = re.compile(r"(\d{1,4}\.\d{1,3})" + _BARE_END)
# A bare amount the words after it make a unit price: "1.50/pc with box", "3.7 best dear",
# "16.50 is our bottom", "0.61 ok", "4.5成交".
_BARE_PRICE_AFTER = re.compile(
    r"(?<![\d.,+$¥€£])(\d{1,4}\.\d{1,3})" + _BARE_END + r"(?=\s*(?:"
    r"/\s*(?:pcs?|pieces?|units?|sets?|pairs?|sheets?|slabs?|m|meters?|kgs?|个|件|套|双|台|只|条|张|把)(?![a-z])|"
    r"(?:each|per (?:pc|piece|unit|set|pair|sheet))\b|"
    r"(?:best|ok|okay|confirmed|deal|accepted)\b|is (?:our |my |the )?(?:best|bottom|final|lowest|last)\b|"
    # "0.53 then." (a counter named with the words after it)
    r"then\b(?! (?:we|i|you|the)\b)|[,，]\s*(?:最低了|is (?:our )?(?:best|bottom|final|last))|"
    # "8.00 and we confirm today", "2.10 and we have a deal"
    r"and (?:we|i)(?:'ll| will)? (?:confirm|order|place|have a deal|sign)\b|"
    r"成交|可以|没问题|是底价|是最低|不变|最低了|已经很低|行(?:吗|嗎)))")  # ("板鞋7.5行吗")


# A whole amount is a price only after a counter-offer's own words and at the end of its clause
# or before a per-unit word: "meet me at 165?", "can you do 160?", "best I can do is 163/set"
# (not "can you do 500 pcs?", "meet at 10 am").
_BARE_WHOLE_PRICE = re.compile(
    r"(?:can (?:you|u) do|could (?:you|u) do|meet (?:me |you )?(?:in the middle )?at|"
    r"best (?:i|we) can do is|best (?:price )?is|best price|make it|how about|(?<![a-z])(?:ok|okay|deal)(?: at)?)\s*(\d{2,4})(?![\d,.]\d)"
    r"(?=\s*(?:[?？.!,;]|$|/\s*(?:pcs?|pieces?|units?|sets?|pairs?|sheets?)\b|each\b|final\b|best\b|"
    r"for (?:u|you)\b|(?:fob|cif|cfr|exw|ddp|dap|fca|cpt|cip|ddu|dat|dpu|cnf|c&f)\b))",
    re.MULTILINE)


# the counter said right after turning the price down
_COUNTER_AFTER_NO = re.compile(r"(?:(?:price (?:is )?)?too (?:high|expensive)(?: for (?:us|me))?|太贵了?)\s*[,，!！]?\s*"
                               r"(\d{1,4}\.\d{1,3})"
                               + _BARE_END)
# a span of days, weeks or months, not a point in time ("this week", "昨天", "这周": "304材料这周涨了，
# 58做不了，得62" counters a price)
_ZH_SPAN_OF_TIME = r"(?<![昨今明前后後每当當])天|(?<![这這上下本每几幾])(?:周|星期|个月)"
_TIME_WORD = re.compile(r"\b(?:days?|weeks?|months?)\b|" + _ZH_SPAN_OF_TIME)
# (before an amount said to be the best now, in English a week or month that is a point in time
# is none too: "suppliers increased price this week, boss say 19400 is the best now"; before "can
# you do 800?" or "400 is the best we can do" it may still count what is shipped this week)
_SPAN_OF_TIME = re.compile(r"\b(?<!this )(?<!last )(?<!next )(?:days?|weeks?|months?)\b|" + _ZH_SPAN_OF_TIME)


def no_unit_price(clause: str) -> bool:
    """Whether a clause speaks of an amount that is no unit price (a total, a fee, a cost, a
    budget, a minimum)."""
    return _NOT_UNIT_PRICE.search(clause) is not None


def talks_of_time(low: str, start: int, end: int, apart: list[tuple[int, int]] = ()) -> bool:
    """Whether low[start:end] speaks of days, weeks or months, outside the spans `apart` (the
    days of a payment term: "LC 60 days ok but need add 1% interest, so MCB 8.33")."""
    return any(not any(s <= m.start() < e for s, e in apart) for m in _TIME_WORD.finditer(low, start, end))
# "175 is last", "160 is our best": a whole amount its own words make the final price
_BARE_WHOLE_LAST = re.compile(r"(?<![\d.,$¥€£/\-])(?<!per )(\d{2,4})(?=\s+is (?:the |our |my )?(?:last|final|best|lowest|bottom)\b"
                              r"(?!\s*(?:day|date|week|month|time|shipment|order)))")
# ... and up to five figures (a machine's price) before "now": "boss says 19400 is the best now" (not
# "20000 is the final qty", "24000 is the best." of pieces a container takes)
_BARE_BEST_NOW = re.compile(r"(?<![\d.,$¥€£/\-])(?<!per )(\d{2,5})(?=\s+is (?:the |our |my )?(?:last|final|best|lowest|bottom)"
                            r"(?: price)? now\s*(?:[.!,;]|$))", re.MULTILINE)
# the seller taking a counter up for the count asked: "ok 57 for 300 sets" (not "can you do 120 for
# 50 pcs?", a sample's total)
_OK_FOR_COUNT = re.compile(r"(?<![a-z])(?:ok|okay|deal)(?: at)?\s*(\d{2,4})(?![\d,.]\d)(?=\s+for \d[\d,]*\s*(?:pcs|sets|units|pieces|pairs)\b)")
_ZH_BARE_WORDS = ("才行", "才可以", "才能做", "最低", "最少", "最多", "底价", "就", "吧", "啦", "可以", "行", "成交", "好吗", "给你", "给您", "给到", "能做",
                  "降到", "降至", "得唔得")
# ten thousands written "w" (万) in a Chinese chat: "2.3w 一台", "1.28w" (not watts: an integer
# with no unit after it, or a lamp, a motor or power named around it)
_W_WAN = re.compile(r"(?<![\d.a-z])(?<!总价)(?<!總價)(?<!总共)(?<!合计)(?<!总价 )(\d{1,3}\.\d{1,2})\s*w(?![a-z\d])"
                    # (said as a price: per unit, in yuan, or bargained: "2.3w 一台", "2.2w, 不能再低了", "1.2w成交")
                    r"(?=\s*(?:一台|每台|一套|每套|/台|rmb|元|美金|美元|lah|la\b|啦|吧|deal|可以|成交|吗|嗎|不能|ok|[,，。.!！?？]|$))")
_W_PER_UNIT = re.compile(r"\s*(?:一台|每台|一套|每套|/台|一部)|\s*(?:美金|美元)\s*(?:一台|每台|/台)")
_W_PRICED_BEFORE = re.compile(r"(?:每台|每套|单台|單台|出厂价|出廠價|到岸价|到岸價|离岸价|離岸價|单价|單價)[^，,。\d]{0,8}$")
_WATTS_NEAR = re.compile(r"led|lamp|light|watt|power|motor|kw|charg|fan|speaker|功率|瓦|灯|燈|电机|電機|马达|馬達|太阳能|太陽能|"
                         r"solar|panel|充|风扇|風扇|喇叭|音箱|电阻|電阻|功放|电源|電源")
_ZH_BARE_WHOLE = re.compile(
    r"(?:最低|最少|最多|底价|那就|就按?|好吧|行吧|好啦|给你|给到|降到|降至|要(?=\s*\d{1,4}(?:\.\d{1,2})?\s*才(?:行|可以|能做)))\s*[，,]?\s*(?:含税|不含税|含稅|不含稅)?\s*(\d{1,4}(?:\.\d{1,2})?)(?![\d.%/]|,\d)(?!\s*(?:天|日|周|个|件|套|条|只|双|张|台|块|"
    r"箱|号|%|pcs|元|美|欧|港|人民|万))|"
    r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,3})?)\s*(?:[，,]\s*(?=可以|行|成交))?(?:吧|啦|可以|行|成交|好吗|能做|得唔得|给您|给你|(?:已经|已經|就)?是?最低|最多)(?!\s*[天日周个件套条只双张台箱])")
_DECIMAL = re.compile(r"\d\.\d")
# a count times its price, the price closing the clause: "50 pcs x 38" (not "2 x 40HQ", "50 pcs x 2 colours")
_PRICE_TIMES_COUNTED = re.compile(r"(?<=\d)\s*(?:pcs|pc|sets?|units?|pairs?)\s*[x×*]\s*(\d{1,5}(?:\.\d{1,3})?)(?![\d.]\d)"
                                  r"(?=\s*(?:[,;!?]|\.(?!\d)|$))")
_AT_WHOLE = re.compile(r"(?<=\d)\s*(?:pcs|pc|sets?|units?|pairs?)?\s*@\s*(\d{1,5})(?![\d.,%])")
# (not "packing 50/pcs per carton", "we produce 80/sets per day": what a carton or a day holds)
_WHOLE_PER_UNIT = re.compile(r"(?<![\d.,+$¥€£/\-a-z])(?<!packing )(?<!pack )(?<!produce )(?<!make )(?<!capacity )"
                             r"(\d{2,5})(?=\s*/\s*(?:pcs?|pieces?|units?|sets?|pairs?)(?![a-z])"
                             r"(?!\s*(?:per|a|each|/|in|into|every)\s*(?:carton|ctn|box|bag|case|day|week|month|hour|shift)))")
_WHOLE_PRICE_WORDS = frozenset({"do", "at", "is", "it", "about", "ok", "okay", "deal"})


def _find_bare_prices(view: MessageView, low: str, priced: list[tuple[int, int]] = ()) -> None:
    """A counter-offer often drops the currency: "can you do 3.20?", "make it 3.3". `priced`:
    the spans of prices the message writes with their currency."""
    seen: set[int] = set()
    priced_at = SpanSet(priced)
    # (finder, the talk of time before the amount that leaves it no price; None: none does)
    finders: list[tuple[Callable[[str], Iterable[re.Match]], re.Pattern[str] | None]] = []
    if "." in low and _DECIMAL.search(low):  # both need a decimal number
        finders += [(_bare_decimals, None), (_BARE_PRICE_AFTER.finditer, None)]
        if "too" in view.words or "太贵" in low:
            # "price too high, 0.30 and payment 30% deposit": the counter
            finders.append((_COUNTER_AFTER_NO.finditer, _TIME_WORD))
    if not _WHOLE_PRICE_WORDS.isdisjoint(view.words):
        finders += [(_BARE_WHOLE_PRICE.finditer, _TIME_WORD), (_BARE_BEST_NOW.finditer, _SPAN_OF_TIME),
                    (_BARE_WHOLE_LAST.finditer, _TIME_WORD), (_OK_FOR_COUNT.finditer, _TIME_WORD)]
    if "@" in low:
        finders.append((_AT_WHOLE.finditer, _TIME_WORD))  # "we confirm 120 sets @ 105 CFR Manila"
    if "x" in low:
        finders.append((_PRICE_TIMES_COUNTED.finditer, _TIME_WORD))  # "PayPal please, I'll cover the fee. 50 pcs x 38"
    if priced and "/" in low:
        # "每个加 USD 14, 所以 52/pc": a whole amount per piece beside an amount in its currency
        finders.append((_WHOLE_PER_UNIT.finditer, None))
    time_said: dict[re.Pattern[str], int] = {}  # where each talk of time first ends (searched once a message)
    for find, timed in finders:
        for m in find(low):
            start, end = m.span(1)
            if priced_at.covers(start):
                continue
            if start in seen or _DIFFERENCE_BEFORE.search(low, max(0, start - 24), start) \
                    or _DIFFERENCE_AFTER.match(low, end):
                continue  # "paper box +0.15/pc", "0.2/pc more" change a price
            if timed is not None:
                if timed not in time_said:
                    said = timed.search(low)
                    time_said[timed] = said.end() if said else len(low) + 1
                if time_said[timed] <= start:
                    continue  # "45 days is too long ... can you do 30?": thirty days, not dollars
            if _PER_BUNDLE_AFTER.match(low, end):
                continue  # "ok 11.00/1000pcs for 1M": the price of a thousand, no unit price
            seen.add(start)
            amount = parse_decimal(m.group(1))
            if amount is not None:
                view.add(PRICE, bare_price(low, amount, start, end), start, end)


def bare_price(low: str, amount: Decimal, start: int, end: int) -> tuple:
    """A price written with no currency, with the bundle it is priced per: "13.80/dozen?",
    "ok 27/dz" are no price of one piece."""
    per = _price_measure(low, max(0, start - 12), start, end)
    return (amount, None, None, per) if per in _BUNDLE_MEASURES else (amount, None, None)


def _bare_decimals(low: str) -> list[re.Match]:
    """Each decimal number with a counter-offer's words right before it ("can you do 3.20?")."""
    return [m for m in _BARE_DECIMAL.finditer(low)
            if (m.start() == 0 or not low[m.start() - 1].isdigit())
            and _BARE_CUE_BEFORE.search(low, max(0, m.start() - 40), m.start())]


_PER_MEASURE_BEFORE = re.compile(r"每\s*[米套箱个個件根条條台只卷]\s*$")
# a sum with a fee added in percent: "加4%是873.6美金", "plus 4% fee = USD 873.60"
_FEE_ADDED_BEFORE = re.compile(r"(?:加|\bplus|\+|\bincl\.?|\bincluding|\bwith)\s*\d+(?:\.\d+)?\s*%\s*(?:的)?(?:手续费|手續費|"
                               r"paypal fee|fee|surcharge|charge)?\s*(?:后|後)?\s*(?:是|=|就是|共|一共|总共|總共|total|is)\s*"
                               r"(?:usd|us\$|\$|eur|€|美金|美元)?\s*$")
_TAX_BEFORE = re.compile(r"税|稅|\b(?:tax|vat|gst)\b")
# a price said again in another currency: "that's about SEK 480", "(approx USD 45)", "约合180兹罗提"
_CONVERTED_BEFORE = re.compile(r"(?:\b(?:that'?s|which is|i\.e\.?)\s*(?:about|approx\.?|approximately|around|roughly|abt\.?)?|"
                               r"\b(?:about|approx\.?|approximately|around|roughly|abt\.?)|[=≈~]|约合|約合|大约|大約|约|約|"
                               r"相当于|相當於|折合)\s*[(（]?\s*$")
# of those words, the ones that say a conversion even with no price before them in the message
_CONVERSION_ONLY = re.compile(r"(?:约合|約合|折合|相当于|相當於|≈|\bthat'?s (?:about|approx\.?|around|roughly)|"
                              r"\bwhich is (?:about|around|roughly))\s*[(（]?\s*")


# the sum said after its parts: "就是103元", "so USD 103"
_SUM_SAID_BEFORE = re.compile(r"(?:就是|即是|也就是|等于|等於|一共|合计|合計|共|=|\bso|\bthat'?s|\bmakes?)\s*(?:每片|每个|每件|每套|每台)?\s*(?:usd|us\$|\$|rmb|¥|eur|€)?\s*$")
_SUM_PART = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def _price_plus_cost(view: MessageView, low: str, ss: int, start: int, amount: Decimal) -> Mention | None:
    """The price read before `amount` in its sentence that, with a cost written between them,
    makes it up; None if none does."""
    for m in view.mentions:
        if m.field == PRICE and ss <= m.start < start and len(m.value) > 1 and not isinstance(m.value[0], PriceRange):
            for part in _SUM_PART.finditer(low, m.end, start):
                if m.value[0] + Decimal(part.group()) == amount:
                    return m
    return None


def _money(view: MessageView, low: str, start: int, end: int, amount: Decimal, code: str,
           high: Decimal | None = None) -> None:
    """A unit price (or, with `high`, a range of them) or just the currency of the deal."""
    if code == "ZAR" and "ZAR" not in view.text[start:end] and "兰特" not in low[start:end] and view.text[start] != "R":
        # "Hi Zar 310 each": a name, not the rand (written so only as the code, in capitals, or as
        # its sign before cents and a unit: "R 6.85 per bottle")
        return
    if low[start:end].endswith(("块", "塊")) and _PER_MEASURE_BEFORE.search(low, max(0, start - 4), start) \
            and max(low.rfind("（", 0, start), low.rfind("(", 0, start)) > max(low.rfind("）", 0, start), low.rfind(")", 0, start)):
        return  # "（黄黑相间，每米两块，含膨胀螺丝）": pieces to a metre, in the spec's brackets
    if _FEE_ADDED_BEFORE.search(low, max(0, start - 30), start) and not _TAX_BEFORE.search(low, max(0, start - 30), start) \
            and not (_PER_UNIT.match(low, end) or "/" in low[end:end + 2] or "each" in low[end:end + 8]):
        # (not a price per unit with the fee or tax in it: "plus 3% = USD 39.14 per pc", "加13%是565元一台")
        view.add(CURRENCY, (code,), start, end)  # "200×4.2=840美金，加4%是873.6美金": the sum with a fee
        return
    if (conv := _CONVERTED_BEFORE.search(low, max(0, start - 24), start)) is not None:
        # (the price said last before it, looked for from the end: a long list stays linear)
        prior = next((m for m in reversed(view.mentions) if m.field == PRICE and m.end <= conv.start()), None)
        if prior is not None and len(prior.value) > 1 and prior.value[1] not in (None, code):
            return  # "EUR 42/pc, that's about SEK 480": the same price in another currency, for reference
        if prior is None and _CONVERSION_ONLY.fullmatch(conv.group(0)) and not (
                # (not "每千个1800元，折合1.8元一个": the price of one piece, after the price per thousand)
                _PER_UNIT.match(low, end) and any(m.field == LOT_PRICE and m.end <= conv.start() for m in view.mentions)):
            return  # "约合45里亚尔一个" after a price in dollars agreed before: a conversion, no price nor currency
    cs, ce = view.clause_near(start, end)
    ss, se = view.sentence_near(start, end)
    clause = low[cs:ce]
    before = low[max(ss, start - 40):start]
    head = _last(_AMOUNT_HEAD, low, max(ss, start - 300), start)  # (a bounded look back: linear in the sentence)
    if head is not None and head.group(2) and "运费" in head.group(2) \
            and _FREIGHT_INCLUDED.search(low, max(ss, head.start() - 12), head.start()):
        head = None  # "含FedEx运费，每支16.5美金": the price includes the freight
    if head is not None and head.group(2) == "freight" and _BY_MODE_BEFORE.search(low, max(ss, head.start() - 12), head.start()) \
            and (rule := _last(_RULE, low, max(ss, head.start() - 60), head.start())) is not None \
            and not _DIGIT.search(low, rule.end(), head.start()):  # (no price said between: "FOB USD 9.80, by air freight: USD 1.20")
        head = None  # "CIP Nairobi (JKIA) by air freight: USD 11.20 per light": the way it goes, the price delivered
    if head is not None and head.group(2) and head.group(2).endswith("freight") \
            and _TO_PLACE_INCLUDED.match(low, head.end()) and _RULE_SAID.search(low, ss, head.start()):
        head = None  # "CPT Nairobi, air freight to JKIA included: USD 640/unit": the price with its carriage
    # a floor put in a clause of its own is the price whatever the clause before says of freight:
    # "刚刚重新核算了运费, 21 做不了, 最少 EUR 22.30" (not "最少 USD 1800 一个柜", the freight's own)
    floor = _FLOOR_LEAD.match(low, cs, start) is not None and not _PER_LOAD_AFTER.match(low, end)
    if head is not None and head.group(2) and head.end() <= cs and _FREIGHT_WORD.search(head.group(2)) and floor:
        head = None  # "刚刚重新核算了运费, 21 做不了, 最少 EUR 22.30": the freight says why, the floor is the price
    if head is not None and head.group(2) and high is None and _SUM_SAID_BEFORE.search(low, max(ss, start - 8), start) \
            and (part := _price_plus_cost(view, low, ss, start, amount)) is not None:
        # "300片按95元，每片再加8元运费，就是103元": the price with the freight added, said whole
        # (the price before it is a part of it, no price of its own)
        view.mentions = [m for m in view.mentions if m is not part]
        view.add(PRICE, (amount, code, _rule_near(low, cs, ce, start, end), _price_measure(low, ss, start, end)),
                 start, end)
        view.add(CURRENCY, (code,), start, end)
        return
    if head is not None and head.group(2):
        if not _ONE_OFF_COST.search(head.group(2)):
            view.add(CURRENCY, (code,), start, end)
        else:
            _fee_currency(view, low, start, end, code)
        return
    if _DEPOSIT_AMOUNT.search(low, cs, start) or _DEPOSIT_AFTER_AMOUNT.match(low, end) \
            or _PAYMENT_MADE_BEFORE.search(low, max(ss, start - 40), start) \
            and not (_PER_UNIT.match(low, end) or "/" in low[end:end + 2]):
        view.add(CURRENCY, (code,), start, end)  # "定金先付3000元", "deposit USD 2,000": a payment
        return
    if _FREIGHT_EACH_BEFORE.fullmatch(low, ss, start) and not _RULE.search(low, ss, se) \
            and "price" not in low[ss:se] and not _ALL_IN.search(low, ss, se):
        view.add(CURRENCY, (code,), start, end)  # "Sea LCL is 30-35 days, around USD 0.25/pc": the freight
        return
    if (total := _EQUALS_TOTAL.search(low, max(ss, start - 60), start)) is not None \
            and not (_PER_UNIT.match(low, end) or "each" in low[end:end + 8] or "/" in low[end:end + 2]) \
            and (total.group(1) is not None or any(x.field in (PRICE, LOT_PRICE) and x.end <= start
                                                       and isinstance(x.value[0], Decimal) and amount >= 3 * x.value[0]
                                                       for x in view.mentions)):
        # "6000pcs x 0.16 = USD 960", "USD 6.50 per 1000pcs, 50k = USD 325", "单价USD 1.70，50片是85美金":
        # the sum, three times a price said before it at least (not "1000pcs = USD 3.40/pc", nor
        # "10 units = USD 380", "10台是380美金" or "1000pcs = USD 1.80\n2000pcs = USD 1.70": tiers)
        view.add(CURRENCY, (code,), start, end)
        return
    if (counted := _COUNT_THEN_AMOUNT.search(low, max(ss, start - 60), start)) is not None \
            and not (_PER_UNIT.match(low, end) or "/" in low[end:end + 2]) \
            and any(x.field == PRICE and x.end <= start and isinstance(x.value[0], Decimal)
                    and x.value[0] * Decimal(counted.group(1).replace(",", "")) == amount for x in view.mentions):
        view.add(CURRENCY, (code,), start, end)  # "USD 640/unit, 5 units USD 3,200": what five come to
        return
    if (_DIFFERENCE_BEFORE.search(low, ss, start) and not (
            _TOTAL_RIGHT_BEFORE.search(low, max(ss, start - 12), start) and (_PER_UNIT.match(low, end) or "/" in low[end:end + 2])
            and _RULE_SAID.search(low, ss, start))
            or _DIFFERENCE_AFTER.match(low, end)) \
            or "for" in low[end:end + 6] and any(d.start() <= start < d.end() for d in _ADDED_LIST.finditer(
                low, max(ss, start - 300), min(se, end + 40))):  # (a list of five amounts fits: linear)
        # a difference of prices, not a price (or one of a list of them: "CIF Durban add USD 650
        # for A, USD 980 for B"); not the price with it added: "add RMB 0.05, total RMB 0.40/pc"
        view.add(CURRENCY, (code,), start, end)
        return
    if _PER_BUNDLE_AFTER.match(low, end) or _PER_BUNDLE_BEFORE.search(low, max(ss, start - 10), start):
        view.add(CURRENCY, (code,), start, end)  # "USD 5.8 per 1000pcs", "每千片48元": no unit price
        view.mentions.append(Mention(LOT_PRICE, (amount,), start, end))
        return
    per_unit = bool(_PER_UNIT.match(low, end)) or "each" in low[end:end + 8] or "/" in low[end:end + 2] \
        or _PER_UNIT_BEFORE.search(low, max(ss, start - 12), start) is not None or bool(_PER_NAMED_UNIT.match(low, end))
    # what follows a price per unit is another clause ("1.15美元/条，5000条起订"); a price said
    # with or without tax or freight ("12块5，不含税不含运费") is still a price
    if not per_unit and (whole := _FOR_COUNT_AFTER.match(low, end)) \
            and not ((count := _FOR_COUNT_FIGURE.match(whole.group(0))) and amount < (parse_decimal(count.group(1)) or 0)
                     and amount != amount.to_integral_value()  # (a whole sum is the lot's: "USD 1200 for 2000 pcs")
                     and _OFFER_BEFORE.search(low, max(ss, start - 30), start)):
        # ("best I can do is AUD 6.45 for 1500 pcs": an offer's price, in cents, for the count it is made for)
        view.add(CURRENCY, (code,), start, end)  # "USD 265 for 200 units": what they all cost
        return
    if not per_unit and _COURIER_COST.search(low, max(ss, start - 50), start) \
            and not _UNIT_PRICE_NAMED.search(clause):
        view.add(CURRENCY, (code,), start, end)  # "FedEx IP to Austin USD 45": the parcel's cost
        return
    window = before + low[start:end if per_unit else min(se, end + 12)]
    if "含" in window or "incl" in window or "excl" in window:
        window = _WITH_OR_WITHOUT.sub(" ", window)
    named = _UNIT_PRICE_NAMED.search(clause) is not None
    # ("DAP Kuala Lumpur by express, add RMB 0.05, total RMB 0.40/pc"; not "With logo add USD 0.10,
    # total USD 1.30/pc", an extra to take or leave)
    total_each = per_unit and _TOTAL_RIGHT_BEFORE.search(low, max(ss, start - 12), start) is not None \
        and _RULE_SAID.search(low, ss, start) is not None
    if any(not (total_each and m.group(0) == "total")
           and (m.group(0) not in ("budget", "预算", "起订", "以上", "以下", "成本") and not named
                and not (per_unit and not _FREIGHT_WORD.search(m.group(0)) and m.group(0) not in clause)
                or m.group(0) in clause) and (not floor or m.group(0) in clause or not _FREIGHT_WORD.search(m.group(0)))
           for m in _NOT_UNIT_PRICE.finditer(window)):
        # (nor a cost in another clause of a price per unit, freight's aside: "we add 3% for the
        # bank interest, so USD 12875/unit"; not "空运 about USD 1.10/pc, or 海运拼箱 USD 0.35/pc")
        # ("48.50 is above our budget, we can do USD 44.00": a budget in another clause is no
        # amount of this one; nor is a cost in another clause of one that names its unit price:
        # "利息成本要加1%，单价USD 27.70", or of a price per unit: "成本算错了，每张要港币10,600"; a
        # cost is a cost in its own clause only: "刚跟老板核了成本，18.5做不了，最低19.2美金")
        # an order total, a fee or a freight cost still tells the currency of the deal
        if not _ONE_OFF_COST.search(clause):
            view.add(CURRENCY, (code,), start, end)
        else:
            _fee_currency(view, low, start, end, code)
        return
    scale = _SMALL_UNITS.get(code, 1)  # ("JPY 17600": a yen price runs a hundred times a dollar one)
    unit_scale = _UNIT_PRICE_SCALE.get(code, 1)
    # one machine ordered costs a sum past a lot's said with a price's word in its sentence
    one = view.one_ordered and high is None and amount < 10_000_000 * unit_scale \
        and not _SEVERAL_COUNTED.search(low, ss, se) and (_PRICE_CUES.search(low, ss, se) is not None
                                                           or len(low) <= 40 and "for" not in view.words)
    # (or in a short counter: "ok USD 142,000"; not "USD 132,000 for the filters")
    # (with one machine ordered, a sum of thousands in a sentence that names its rule: "DDP Dubai, delivered
    # to Al Quoz, ... included: USD 30,200"; not "LCL to Mombasa USD 1,250", "安裝調試 USD 1,500")
    cue = one and (amount >= 100000 * scale or amount >= 1000 * scale and _RULE_SAID.search(low, ss, se) is not None
                   and not (_CHARGES_SAID.search(low, ss, start) and not _INCLUDED_SAID.search(low, ss, se))) or bool(_PRICE_CUES.search(low[max(ss, start - 30):min(se, end + 30)])) \
        or start - ss > 30 and (head := _PRICES_HEAD.search(low, max(ss, start - 80), start)) is not None \
        and not _LOT_BETWEEN.search(low, head.start(), start)
    # (or a list of prices its sentence opens with: "Prices same as last PO: hydraulic 25L CAD 1,420, ...";
    # and a sum past a lot's in a chat that orders one machine: "can you do USD 240,000?")
    if not (per_unit or cue or amount < 1000
            or amount < 1000 * scale and (_COUNT_SAID.search(low, ss, se) or _OFFER_SAID.search(low, ss, se))):
        # (a yen amount of thousands with no unit is a price only beside the count it is for, "80pcs
        # 最多 JPY 17600 哦"; alone it is a total, a deposit or the freight: "JPY 84000")
        view.add(CURRENCY, (code,), start, end)
        return
    if (high or amount) >= (10_000_000 * unit_scale if per_unit else 100000 * scale) and not one:
        view.add(CURRENCY, (code,), start, end)  # (a sum of the lot still tells the currency)
        return  # (a machine priced per unit may cost more: "CIF澳門每台HK$168,000"; and one
        # machine ordered costs the sum said with no unit: "1300T two-platen, FAS Shanghai: USD 415,000")
    cs, ce = view.clause_at(start)
    value = amount if high is None else PriceRange(amount, high)
    view.add(PRICE, (value, code, _rule_near(low, cs, ce, start, end), _price_measure(low, ss, start, end)),
             start, end)
    view.add(CURRENCY, (code,), start, end)


# "add RMB 0.05, total RMB 0.40/pc": the price per piece with what was added, no order total
_TOTAL_RIGHT_BEFORE = re.compile(r"\btotal\s*(?:is\s*|:\s*)?(?:usd|us\$|\$|rmb|¥|eur|€|gbp|£)?\s*$")
_UNIT_PRICE_NAMED = re.compile(r"单价|unit price")
# what is charged beside the goods ("For DDP Riyadh, the duty and VAT is about USD 4,900"), unless
# the price includes it ("5% duty and 5% VAT included: USD 30,200")
_CHARGES_SAID = re.compile(r"\b(?:duty|duties|vat|tax|taxes|freight|shipping|insurance|fees?|charges?)\b|关税|關稅|运费|運費|保险|保險")
_INCLUDED_SAID = re.compile(r"\bincl(?:uded|uding|\.)?\b|\ball[- ]in\b|含|包括")
_TO_PLACE_INCLUDED = re.compile(r" to \w+(?: \w+)? (?:included|incl)")
_RULE_SAID = re.compile(r"(?<![a-z])(?:exw|fca|fas|fob|cfr|cnf|c&f|cif|cpt|cip|dap|dpu|ddp|ddu|dat)(?![a-z])|离岸|到岸|出厂|出廠|双清|雙清")
# the yen, worth about a hundredth of a dollar: its prices run a hundred times larger, so a whole
# amount of thousands with no unit may still be one piece's price (not in the rupee or the peso:
# "300pcs INR 36,000 ok?" is the lot's sum, "PHP 450,000 for the whole lot" too)
_SMALL_UNITS = {"JPY": 100}
# currencies worth a hundredth to a ten-thousandth of a dollar: one unit's price said per unit may
# run into millions ("IDR 12,600,000 per unit")
_UNIT_PRICE_SCALE = {"JPY": 100, "KRW": 1000, "IDR": 10000, "INR": 100, "PHP": 100, "RUB": 100}
_SEVERAL_COUNTED = re.compile(r"(?<![\d.,])(?!1(?![\d.,]))\d[\d,]*\s*(?:pcs|pc|pieces|units?|sets?|machines|个|個|台|件|套|只)(?![a-z])")
_COUNT_SAID = re.compile(r"\d\s*(?:pcs|pc|pieces|units|sets|个|個|台|件|套|只)(?![a-z])")
_OFFER_SAID = re.compile(r"\b(?:ok|okay|agreed?|deal|how about|last|final)\b|底价|底價|可以|成交|怎么样|怎麼樣|行不行")
# The unit a price is quoted per, written after it ("GBP 38.40 per carton", "9.6美金/打") or
# before it ("每箱260元", _PER_UNIT_BEFORE).
_PRICE_PER_AFTER = re.compile(r"\s*(?:/|per|a|an|every|一|每)\s*(pcs?|pieces?|units?|sets?|pairs?|items?|rolls?|"
                              r"box(?:es)?|cartons?|ctns?|crates?|bales?|bundles?|sheets?|slabs?|kgs?|tons?|mt|meters?|metres?|m2|m|sqm|dozens?|doz|dz|gross|yards?|yds?|"
                              r"liters?|litres?|ltrs?|l(?![a-z0-9])|lbs?|pounds?|pails?|drums?|spools?|reels?|cyl(?:inder)?s?|轴|軸|"
                              r"[" + ZH_MEASURES + r"]|公斤|平米|平方米|坪)(?![a-z])")


def _price_measure(low: str, ss: int, start: int, end: int) -> str | None:
    after = _PRICE_PER_AFTER.match(low, end)
    word = after.group(1) if after else None
    if word is None:
        before = _PER_UNIT_BEFORE.search(low, max(ss, start - 12), start)
        word = before.group(1) if before else None
    return (_ONE_PIECE.get(word) or measure(word)) if word else None


# what a price may be quoted per that is one piece of the goods, though no count is read in it
# ("USD 1.85/spool" of fishing line, "USD 41.50/cyl" of refrigerant)
_ONE_PIECE = dict.fromkeys(("spool", "spools", "reel", "reels", "cyl", "cyls", "cylinder", "cylinders", "轴", "軸"),
                           "piece")


_MEASURES = {
    **dict.fromkeys(("pc", "pcs", "piece", "pieces", "unit", "units", "item", "items", "set", "sets", "kit", "kits", "pair",
                     "pairs", "sheet", "sheets", "deal", "deals", "个", "件", "只", "台", "支", "枝", "盆", "条", "张", "把", "套", "双", "副",
                     "辆", "具", "架", "根", "片", "颗", "粒", "部", "顶", "组", "組", "幅", "盏", "艘", "棵", "枚", "饼", "餅", "本", "册", "冊", "面"), "piece"),
    **dict.fromkeys(("carton", "cartons", "ctn", "ctns", "case", "cases", "crate", "crates", "箱"), "carton"),
    **dict.fromkeys(("box", "boxes", "盒"), "box"),
    **dict.fromkeys(("dozen", "dozens", "doz", "dz", "打"), "dozen"),
    **dict.fromkeys(("kg", "kgs", "公斤"), "kg"),
    **dict.fromkeys(("ton", "tons", "tonnes", "mt", "MT", "metric ton", "metric tons", "吨", "公吨"), "ton"),
    **dict.fromkeys(("roll", "rolls", "卷"), "roll"),
    **dict.fromkeys(("cone", "cones", "bobbin", "bobbins"), "cone"),
    **dict.fromkeys(("m", "meter", "meters", "metre", "metres", "米"), "metre"),
    **dict.fromkeys(("gross",), "gross"),
    **dict.fromkeys(("yard", "yards", "yds", "yd", "码", "碼"), "yard"),
    **dict.fromkeys(("sqm", "m2", "平米", "平方米", "平方", "平", "square meters", "square metres"), "sqm"),
    **dict.fromkeys(("坪",), "ping"),  # (Taiwan's 3.3 m², flooring and property)
    **dict.fromkeys(("tube", "tubes", "筒"), "tube"),
    **dict.fromkeys(("bottle", "bottles", "btl", "btls", "瓶"), "bottle"),
    **dict.fromkeys(("bag", "bags", "包", "袋"), "bag"),
    **dict.fromkeys(("drum", "drums", "barrel", "barrels", "桶"), "drum"),
    **dict.fromkeys(("pail", "pails"), "pail"),
    **dict.fromkeys(("can", "cans", "罐"), "can"),
    **dict.fromkeys(("bale", "bales", "bundle", "bundles", "捆"), "bale"),
    **dict.fromkeys(("liter", "liters", "litre", "litres", "ltr", "ltrs", "l", "L", "升"), "litre"),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds", "磅"), "lb"),
}


_CARTONS = frozenset(u for u, m in _MEASURES.items() if m == "carton")
_BUNDLE_MEASURES = frozenset({"dozen", "gross"})


def measure(unit: str) -> str | None:
    """What a count or a price is measured in, as one word per kind: pieces, sets and pairs are
    all "piece" (chats mix them freely); a carton, a dozen or a kilogram is its own measure."""
    return _MEASURES.get(unit) or _MEASURES.get(unit.lower())


def _fee_currency(view: MessageView, low: str, start: int, end: int, code: str) -> None:
    """Record a one-off fee's currency; "chinese" says it was written 元/人民币 in Chinese."""
    view.add(FEE_CURRENCY, (code, "元" in low[start:end] or "人民币" in low[start:end]), start, end,
             allow_samples=True)


def _last(pattern: re.Pattern[str], low: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(low, start, end):  # noqa: B007 - the last match is the answer
        pass
    return last


def _rule_near(low: str, ss: int, se: int, start: int, end: int):
    """The Incoterms rule a price is quoted on ("FOB USD 2.10"), when written in its clause."""
    best, best_dist = None, 40
    for m in _RULE.finditer(low, max(ss, start - 30), min(se, end + 30)):
        token = _PUNCT.sub("", m.group(1))
        rule = _ALIASES.get(token) or _word_rule(token)
        # "FOB USD 2.10 or CIF USD 2.45": a rule written before the price is its own
        dist = start - m.end() if m.end() <= start else m.start() - end + 20
        if rule and dist < best_dist:
            best, best_dist = rule, dist
    return best
