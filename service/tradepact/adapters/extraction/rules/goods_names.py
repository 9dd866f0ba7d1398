"""Goods names: the noun phrase the parties use for what they buy, tied to its quantity or price.

A name is taken only in a few frames a reader would trust, verbatim and never paraphrased:

- right after an order quantity: "5000 pcs canvas tote bags", "2000 sets of bamboo cutting
  boards, 3-piece set", "3000个帆布袋", "5000个 silicone phone cases";
- as the label of a price or quantity that opens its clause: "gift box USD 0.38/pc",
  "Yoga mats USD 4.20/pc", "ceramic mugs 2000 pcs", "帆布袋3000个", "保温杯单价3.20美元";
- after a buying verb: "looking for 750ml stainless steel water bottles", "我们需要定做帆布袋";
  a count written between the verb and the name is the order quantity, the goods being its unit
  ("we are ready to order the 2,000 folding camping chairs", "we need 500 ceramic mugs");
- after containers: "2x40HQ of the tiles".

Everything else (a phrase with a unit, an Incoterm, a price word, a pronoun, a verb) ends or
rejects the name, so a chat that never names its goods yields none. Each name found marks the
quantity and price mentions it labels with its `item` key, which is how several line items in one
message stay apart instead of reading as options.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache

from tradepact.adapters.extraction.rules.patterns import (
    GOODS_NOT_PLACE,
    MORE_CODES,
    Mention,
    MessageView,
    Prefilter,
    SpanSet,
)
from tradepact.domain.numbers import parse_decimal
from tradepact.domain.transcript import Role

GOODS = "goods"
_TIED = ("quantity", "price", "quantity_range", "quantity_colours")
_COUNTS = ("quantity", "quantity_range")

# Latin words that must be in a message before the frame regexes run (they scan every position).
_VERB_WORDS = frozenset({"looking", "need", "want", "order", "reorder", "re-order", "buy", "purchase", "sourcing", "like",
                         "interested", "quote", "quotation", "require", "have", "take", "add", "price", "prices", "also"})
_CONTAINER_WORDS = frozenset({"hq", "gp", "hc", "ft", "container", "containers"})
VERB_TRIGGERS = (*_VERB_WORDS, *_CONTAINER_WORDS,
                 "需要", "定做", "订做", "采购", "订购", "购买", "我们要", "我要", "想要")
_VERB_TRIGGERED = Prefilter(VERB_TRIGGERS)

_STOP = frozenset("""
the a an of for at in on to from by with and or is are was were be been will can could would
should may might must please pls plz kindly thanks thank we i you u they it its our your my require required
their this that these those there here price prices pricing quote quoted quotation offer order
orders ordering cost costs unit units pc pcs piece pieces set sets pair pairs carton cartons ctn
ctns kg kgs mt ton tons tonnes dozen dozens usd us rmb cny eur euro euros dollar dollars gbp
aud hkd jpy cad twd sgd nzd myr chf sar qar zar sek nok dkk pln thb inr php brl mxn krw idr kwd hk nt ex-factory ex-works ex-work ex-fty unit-price
fob cif exw cfr cnf ddp dap ddu dat fca cpt cip dpu fas ex works factory fty about around approx
approximately total each per only also just now then so but if as than more less up via into
including incl excluding without can go do does did done have has had need needs want wants take
make made ship ships shipped send sent deliver delivered ready available stock confirm confirmed confirming reconfirm reconfirmed cnfrm cfm
ok okay deal agreed fine good great yes no not sure days day weeks week months month today
d'accord oui bueno vale perfecto instead assorted mixed various skd ckd cbu
tomorrow lead time production shipment shipping delivery payment deposit balance freight
port container containers lcl fcl moq sample samples sampling what which how when
where who why all any some same other another new best lowest final urgent urgently asap first
hi hello dear morning afternoon evening sorry correction update revised revision note noted remark sir madam friend hmm hm umm um erm well oh ah
them us him her me ours yours theirs mine itself themselves everything something anything nothing meet stay stays remain remains
roughly circa urgnt urgnet urgant fyi btw
percent pct cent fit fits fitted load loads loaded loading pack packs packed packing abt booking goes locally local
still already again too accept accepts accepted approved means meaning what's that's it's here's there's
fills nearly almost agree agrees floor-loaded palletized palletised shrink-wrapped
we'll i'll you'll we're i'm you're we've i've let's don't can't won't isn't we'd i'd you'd
""".split())
# Heads that name no goods ("the order", "your products", "black color").
# colours: no head of a name, but its last word after a finish ("L-angle 10mm brushed silver")
_COLOUR_WORDS = frozenset("""black white red blue green grey gray yellow pink navy silver gold brown orange purple beige
sage oatmeal khaki ivory cream charcoal teal burgundy maroon coral taupe tan camel mustard lilac turquoise nude""".split())
_NOT_GOODS = frozenset("""
add adds added interest attached attachment
gross item items goods product products stuff thing things one ones color colour colors colours size
sizes style styles design designs logo logos packaging package packages quality material stock
bulk trial catalog catalogue photos photo pictures picture artwork qty quantity quantities amount
budget discount version supplier suppliers factory manufacturer company forwarder agent market
model models order price terms option options choice choices alternative alternatives kind kinds
type types way ways copy copies document documents question questions reply cannot says said leh lah lor
clear transparent fuchsia magenta indigo off-white max min maximum minimum approval approvals confirmation permission
certified compliant rise together wow directly paypal swl
""".split()) | _COLOUR_WORDS
# what an order is for, heading the words before a colon and a list of counted goods: "hey Jack,
# for the fall program: 200 all-purpose saddles, ..." (not "800 campaign chairs", goods)
_FOR_WHAT_BEFORE_LIST = re.compile(r"\b(?:program|programme|project|campaign|promotion|season)\s*:\s*$")
_WORD = re.compile(r"[a-z0-9](?:[a-z0-9\-']*[a-z0-9])?")
_QUALIFIER = re.compile(r",| with ")
_SPACES = re.compile(r"\s*")
_NUMBER_ONLY = re.compile(r"[\d\-']+|\d+\.\d+")
_DECIMAL_SIZE = re.compile(r"\d+\.\d+(?=[\"”]|\s*(?:inch|cm|mm|ml|oz)\b)")  # "3.5\" paring knife"
_PIECE_SET = re.compile(r"\d+-piece")
_WITH_LOGO = re.compile(r" with (?:(?:custom|printed|printing|embroidered|engraved) )?logos?(?![a-z])")
# What the goods come with, closing a label before its price: " with handle", " with lid and straw"
_WITH_PART = re.compile(r" with (?:an? |the )?[a-z][a-z\-]*(?: (?:and )?[a-z][a-z\-]*){0,2}")
_SPEC = re.compile(
    r",\s*(?:\d+(?:\.\d+)?\s*(?:ml|l|oz|cm|mm|inch|inches|g|kg|w|v)(?![a-z])|"
    r"\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)?\s*(?:cm|mm|m|inch)?(?![a-z])|"
    r"\d+[- ]pieces?(?: set)?(?![a-z])|\d+\s*pcs(?:/| )set(?![a-z]))")
_LEADING = re.compile(r"(?:of\s+)?(?:(?:the|some|these|those|a|an)\s+)?")
_VERBS = re.compile(
    r"(?<![a-z])(?:looking for|looking at(?= \d[\d,]* )|(?:we|i)(?:'d| would) like(?= \d)|(?<!do )(?<!did )(?:we|i) need|we want(?: to (?:order|buy|purchase))?|"
    r"i want(?: to (?:order|buy|purchase))?|(?:would like|(?:we|i)'d like|ready|going|plan|planning|wish|decided) to "
    r"(?:order|buy|purchase)|interested in|want to order|(?:we|i) (?:would )?(?:order|buy|purchase)(?! (?:through|via)\b)|sourcing|"
    r"(?:we|i)(?:'ll| will)? take(?= (?:the )?\d)|"
    r"quote (?:for|on)|(?:pls|plz|please|kindly) quote(?: for(?= \d))?|quotation for|do you have|we require|"
    # "need a price for 3,500 sashlock mortise cases": a count asked a price for
    r"(?:need|want|send|give|get|pls|please|kindly|can (?:you|u) (?:give|send|do))(?: me| us)? (?:a |the |your (?:best )?)?"
    r"(?:price|quote|quotation|offer) for(?= \d)|"
    r"(?:also|pls|please|and) add(?: your| the| some)?|"
    # "pls check price for 6204-2RS, 6205-2RS and 6305ZZ", "hi, need: HC-SR501 PIR module x2000"
    r"check prices? (?:for|of)|(?<![a-z])need(?=\s*:)|"
    # "Need 300 rugs + 400 fly sheets", "hi, need 3000 mallard drake decoys and 1000 goose decoys":
    # opening its sentence, before two counts of goods
    # (not counted in a unit: "Need 850 lengths + 120 pcs 90 deg bends")
    # (and of ten at least: not "Need 3 quotes and 2 catalogs", "need 2 trucks and 3 workers")
    r"(?<![a-z] )(?:need|order)(?= \d[\d,]+ (?!(?:pcs|pieces|lengths|sets|units|pairs|cartons|ctns|boxes|bags|rolls|kgs?|tons)\b)"
    r"[a-z][a-z\- ]{2,40}(?:,|\band\b|&|\+)\s*\d)|"
    # "Hi Tom, need 12 portable cabins 3x6m": opening its sentence before a count of goods
    # (not what is no goods: "need 3 quotes", "need 2 trucks for the cabins", "need 2 weeks")
    # (and of ten at least, no people or papers: not "need 2 inspectors from SGS", "need 5 references");
    # "also 200 gaming chairs": more goods, counted the same way (not asked: "Also 60 wall brackets?")
    # "hi Sandy, reorder 60 LPR cameras", "repeat order 200 face recognition terminals": the same
    r"(?<![a-z] )(?<![a-z])(?:need|re-?order|repeat order|also(?![^.!?\n]{0,80}\?))(?= \d[\d,]+ (?!(?:pcs|pieces|lengths|sets|units|pairs|cartons|ctns|boxes|bags|rolls|kgs?|tons|"
    r"quotes?|quotations?|offers?|catalog(?:ue)?s?|price ?lists?|trucks?|containers?|workers?|suppliers?|weeks?|days?|"
    r"months?|samples?|photos?|pictures?|more|extra|spare|technicians?|engineers?|drivers?|inspectors?|references?|"
    r"signatures?|licen[cs]es?|people|persons?|staff|copies|next|this|every|each|per|again|same)\b)"
    r"(?:[a-z][a-z\-]* ){0,3}[a-z][a-z\-]+s\b))(?:\s*:\s*|\s+)")
# The count a buying verb puts before the goods name: "order the 2,000 folding camping chairs".
_COUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%/])\s+")
# First words after a count that make it no count of the goods ordered: a measure, a model year,
# an extra beside the order, a number of times ("order 4 times a year") or of SKUs.
_NOT_COUNTED = frozenset("""
inch inches in mm cm m meter meters metre metres ft foot feet yard yards kg g gram grams lb lbs oz ml l
liter liters litre litres gsm mah w watt watts v volt volts kw gb tb mp layer layers ply color colour
colors colours model models year years version edition series season collection generation gen
extra spare spares additional free replacement replacements backup sample samples trial
time times hour hours minute minutes working business calendar night nights sku skus
day days week weeks month months more other others different
invoice invoices certificate certificates document documents copy copies set sets photo photos
picture pictures people persons person workers colours option options percent
design designs style styles artwork artworks
pcs pc pieces piece units unit boxes box cartons carton ctns ctn bags bag rolls roll sheets sheet
pairs pair dozen dozens gross kgs tons tonnes mt pallets pallet pages degrees
gauge karat carat lumens lumen calories kcal cents awg
zones channels lanes stops floors speeds levels modes programs ports holes teeth poles
""".split())
_OF = re.compile(r"\s+of\b")
_CHANGE_VERB = re.compile(r"\s*(?:(?:actually|pls|please|so|then|and)\s+)*(?:make|change|increase|reduce|"
                          r"revise|update|raise|lower)\s+(?:the\s+)?(?=[a-z])")
_SIZE_WORD = re.compile(r" (?:inch|inches|cm|mm|oz|ml|w|v|mah|gsm) |[\"”] (?=[a-z])")
_HOW_MANY = frozenset({"single", "dual", "double", "twin", "triple", "quad"})
_UNIT_TAIL = re.compile(r"\s+(?:sets?|pairs?|pcs|pieces?|units?)")
# Verbs whose counted object is the goods: "we need 1,500 ceramic mugs". What else they count
# ("we need 3 invoices", "10 working days", "2 hours") is in _NOT_COUNTED.
_ORDERING = re.compile(r"order|buy|purchase|need|want|require|like|take|quote|looking at|\balso\b")
_AND_COUNT = re.compile(r"\s*(?:,\s*)?(?:and|&|plus|,|\+)\s+(?=(?:the\s+)?\d)")
_CONTAINER_OF = re.compile(
    r"(?:\d+\s*[x×*]\s*)?(?:20|40)\s*'?\s*(?:gp|hq|hc|ft)?\s*(?:containers?\s+)?of\s+")

# Chinese: a run of Han characters; the words that cannot be in a goods name, and the labels
# and verbs trimmed from its ends ("保温杯单价" -> 保温杯, "请报价" -> nothing).
# "for the solar garden lights we can do USD 2.85/pc": the name between "for" and the offer
_FOR = re.compile(r"\s*(?:(?:ok(?:ay)?|yes|sure|fine)[\s,.!]+)?(?:and\s+|but\s+)?for\s+")  # "OK for SW-18 at USD 400"
_AND = re.compile(r"\s*(?:and|&)\s+|[ \t]*\+[ \t]+")  # "..., and CH-6006 (dia 60cm) 200 sets"
# a yes or a "so" opening the message before the goods counted: "ok so T bar 12000pcs at 0.82"
# (not "ok boss agree: USD 64/set", "ok so min 1500 total")
_COUNTED_AT = re.compile(r"\d[\d,.]*\s*k?\s*(?:pcs|pc|pieces|sets|units|pairs|ctns|cartons)(?![a-z])")
_ALSO_LEAD = re.compile(r"\s*(?:and\s+)?(?:also|plus)\s+(?!(?:need|want|order|add|pls|please|we|i|additional|another|more|extra)\b)(?=[a-z])")  # "also Bluetooth mouse 2,500 pcs"
_ACK_LEAD = re.compile(r"\s*(?:ok(?:ay)?|yes|fine|noted|confirm(?:ed)?|so|then)(?:[\s,.!]+(?:ok(?:ay)?|so|then))*[\s,.!]+(?=[a-z])")
# a buying verb opening the words before a count: "need net cups 100000 pcs and clay pebbles 800 bags"
# (not before goods with a model code, which name them: "we want syringe pump SP-50 (...) 30 units")
_NEED_LEAD = re.compile(r"\s*(?:(?:hi|hello|hey)\b[^,]{0,20},\s*)?(?:we |i )?(?:need|want|order|require)\s+(?:the\s+|some\s+)?"
                        r"(?!(?:arnd|around|about|approx|approximately|abt|roughly|only|just|more|another)\b)")
# a price asked for opening the words before a count: "need a CNF Houston price on mallard drake
# decoys x 3000", "pls quote garden hoses x 500"
_QUOTE_LEAD = re.compile(r"\s*(?:(?:hi|hello|hey)\b[^,]{0,20},\s*)?(?:(?:pls|please|kindly)\s+)?(?:quote|(?:we |i )?need\s+"
                         r"(?:a |the |your )?(?:(?:fob|cif|cfr|cnf|c&f|exw|fca|ddp|dap|cpt|cip|dpu|fas)\s+[a-z]+\s+)?"
                         r"(?:price|quote|quotation|offer)\s+(?:on|for))\s+(?:the\s+|your\s+)?")
# a remark in brackets after the goods, in words only: "mallard drake decoys (the floating ones w/
# weighted keel) x 3000" (not a code: "iridium spark plugs (SP-IR20)")
_REMARK_BRACKET = re.compile(r"[(（][^()（）\d\n]{3,60}[)）]")
# a price's unit before the next goods: "D1210 was USD 6.85/set and D1092 USD 5.40/set"
_UNIT_THEN_AND = re.compile(r"\s*(?:/\s*[a-z]+|per [a-z]+)(?=\s*,?\s*(?:and|&)\s)")
_OFFER_TAIL = re.compile(r"\s+(?:(?:we|i)\s+(?:can\s+|could\s+)?(?:do|offer|quote|give)(?:\s+you)?|"
                         r"(?:can|could)\s+(?:you|u)\s+(?:pls\s+|please\s+)?(?:do|make|give|offer|accept)|"
                         r"(?:the\s+)?(?:best\s+)?price\s+(?:is|will be)|our\s+(?:best\s+)?price\s+is)$")
# a model code alone, then its price: "D1210 was USD 6.85/set"
_MODEL_WAS = re.compile(r"\s*([a-z]{1,4}-?\d{2,5}[a-z0-9\-]*)\s+(?:was|is)(?:\s+still)?$")
_TIMES_TAIL = re.compile(r"\s+(?:[x×*]|at|@)$")  # "25kg bags x 3000 pcs", "the check valves at 1.85"
# a price asked for: "can u do the check valves at 1.85?"
_ASK_LEAD = re.compile(r"\s*(?:(?:can|could|would)\s+(?:u|you)\s+(?:pls\s+|please\s+)?(?:do|make|give|offer|accept)|"
                       r"how about|what about)\s+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# 轻型4层货架, 盖玻片22x22 (not 欧标1200x800: two characters before a size are its standard)
# (a model code between its maker and the goods: "海德堡sm74水辊")
_MIXED_NAME = re.compile(r"([a-z0-9][a-z0-9\-]*\s?)?(?:[\u4e00-\u9fff]+(?:\d+[\u4e00-\u9fff]+|\d+(?:\.\d+)?(?:oz|lb)[\u4e00-\u9fff]*|\d+(?:\.\d+)?(?:mm|cm|ml|kg)(?:(?:也|就|先)?(?:要|需要|订|訂|的|各|共|一共)|每[个個件套只条條张張台把顶頂])?(?![\u4e00-\u9fff])|[a-z]{1,4}-?\d{1,5}[a-z]?[\u4e00-\u9fff]{2,})*(?:[φø]\d+(?:\.\d+)?)?|"
                         r"[\u4e00-\u9fff]{3,}\d+(?:[x×*]\d+)+[\u4e00-\u9fff]*)")
_ZH_NOT = re.compile(
    r"的话|的話|价|数量|天(?![幕线線窗花])|日|月|周|期|款$|^[这那新同哪此每]款|款式|定金|订金|付|运|港|(?:^|[整拼货尺高平冷个一二两三四五\d])柜|样|货(?!架|车)|什么|多少|几|吗|呢|左右|以上|起订|"
    r"最|平(?![头頭板底面衡口光铺鋪角垫墊嘴推网網开開车車缝縫刀刨])|贵|双清|包税|(?<!\d)到|到(?!\d)|出厂|离岸|按(?![钮鈕键鍵摩压壓扣])|一[个個卷件套只条條张張块塊瓶盒包袋箱桶罐支把台部双雙对對]|(?<![假理吹头毛])发(?![圈夹饰带箍卡绳胶梳网蜡膜油套簪型片髻电光动泡酵热])|报(?!警)|请|您|(?<!迷)你|我|他|这|那|可以|没|不[要是能行用会]|是|在|有(?!源|机|機|线|線)|要|和|或|及|工厂|大概|大约|约|"
    # (cheap, by: "平一点", "按吨算"; not goods named with them: 平头按钮, 按摩椅, 平板拖车)
    r"合同|订单|方案|一起|贴息|貼息|利息|"  # ("两台一起要": both together; "要加贴息，单价0.47": interest added, no goods)
    r"选择|选项|问题|办法|班列|铁路|走|赶|上新|看看|等等|貴|吧|了|票|税|立方|方数|体积|重量|问|财务|老板|回复|"
    r"^[\u4e00-\u9fff]{1,3}色$|"  # 白色, 深灰色: a colour of the goods
    r"(?:袋|盒|箱|瓶|罐|卡|吸塑|散|独立|獨立)[装裝]$|"  # OPP袋装, 彩盒装: how the goods are packed
    r"^[\d\s.,~\-]+[万千]?[\u4e00-\u9fff]?$|确定|确认|决定|客户|客人|^先|^每|"  # "120台", "2万片": a count
    r"上次|谈|追加|增加|减少|不然|否则|今次|这次|這次|老闆|老板|试试|試試|折合|合计|合計|换算|換算|等于|等於|相当于|相當於|"
    r"^全部|都[係系是]$|^都[係系是]|^一部$|"  # "全部60部一共HK$82,800", "30部都係1380", "一部1500元": no goods
    # talk, not goods: "另外穩定桿連桿也", "咁就", "也行", a number said in words ("零点")
    r"^另外|^还有|^然后|所以|因为|因為|但是|不过|不過|^的|也$|也行|行不|行吗|行嗎|咁|噉|^[零一二两三四五六七八九十百千万点]+$|"
    # Cantonese talk after a count: "100個得唔得", "100個都得", "300個睇下質量"
    r"唔得|都得|睇下|睇吓|住先|唔算|好啦|"  # ("20個唔算多": not many; "好啦$400": fine then)
    r"先生|小姐|女士|经理|經理|师傅|師傅|你好|您好|^亲$|"
    r"^\d*[混尺均]?[码碼]$|"  # sizes: "39到45码混码" (not 尺码标, size labels, nor 童鞋100码)
    # a currency, not goods: "人民币每米9.5元", "新台幣每碼9.5元"
    r"人民币|人民幣|新台币|新台幣|台币|台幣|美金|美元|港币|港幣|港元|欧元|歐元|日元|日圓|英镑|英鎊|澳元|澳币|加元|加币")  # "黄先生好，CJX2-1810 3.20美金": a greeting  # "上次谈的 ... 1000 台": talk of the order, not goods
_ZH_TRIM_END = re.compile(r"(?:\d+(?:\.\d+)?[万千]?[个件套只条双对张台块卷支副幅盏艘棵枚辆具根片颗粒部桶罐瓶盒包袋]|单价|(?<![床被])单[个件套只条张台把]?|每[个件套只条双对张台块卷支副幅盏艘枚辆具根片颗粒部桶罐瓶盒包袋顶把米码碼]|每(?:公斤|千克|斤|吨|噸|米)|每|一打|的|各|共|一共|总共|数量为?|为|还是|也是|是|"
                          r"要|需要|订|先订|改成|改为|改到|换成|变成|加到|就)+$")  # "角磨机改成 1500 台"
_ZH_TRIM_START = re.compile(r"^(?:您好|你好|请报价|请|报价|我们|我們|我哋|我地|我|今次|这次|這次|呢次|住先|先(?=要|订|訂|做|买|買)|需要|想要|想|要|定做|订做|采购|订购|购买|订|做|买|買|訂|另外|还有|還有|再加(?![厚长長宽寬大高粗密])|再要|"
                            # "兒童救生衣200件，同成人救生衣300件": the Cantonese "and" (not 同轴, 同步带, 同心);
                            # "配蝶形螺母16000个": the goods that go with them (not 配件, 配套)
                            r"以及|跟|同埋|同(?![轴軸步心色款样樣一])|配(?![件套方色置重合送]))+")
_ZH_UNIT_END = re.compile(r"(?:个|件|套|只|条|张|双|台|箱|把|顶|卷|块|瓶|盒|包|袋|支|副|幅|盏|艘|棵|枚|辆|具|根|片|颗|粒|部|桶|罐)$")
# A rule and its place between a Chinese name and its price: "汽车座套FOB广州每套4.3美元"
_ZH_RULE_TAIL = re.compile(r"\s*(?:fob|cif|cfr|cnf|exw|fca|cpt|cip|dap|ddp|离岸价?|到岸价?|出厂价)\s*"
                           r"[\u4e00-\u9fff]{0,4}?\s*(?:每[\u4e00-\u9fff]{1,2}|单价|价格)?$")
_ZH_PLACE_RULE = re.compile(r"\s*(?:离岸价?|到岸价?)")
# a town alone before 出厂价 ("东莞出厂价13.5元"), where goods named so are longer ("六门更衣柜出厂价")
_ZH_FACTORY_TOWN = re.compile(rf"[\s,，、]*[\u4e00-\u9fff]{{2,3}}(?<![{GOODS_NOT_PLACE}])\s*")
# A quotation headed by its goods: "毛绒玩具报价：", "不锈钢保温杯的报价如下："
_ZH_QUOTE_HEAD = re.compile(r"(?<![a-z0-9\u4e00-\u9fff])((?:[a-z0-9][a-z0-9\-]*\s?)?[\u4e00-\u9fff]{2,10}?)"
                            r"的?报价(?:如下|单)?\s*[:：]")
# who needs the goods, then the verb: "工地需要", "我們公司想訂" (the name follows)
_ZH_WHO_NEEDS = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:需要|想要|想订|想訂|要订|要訂|订购|訂購|采购|採購|购买|購買)")
_ZH_VERB = re.compile(r"(?:需要|定做|订做|采购|订购|购买|我们要|我要|想要)")
_NAMED_THEN_PRICED = re.compile(r"\s+[a-z][a-z0-9#'/\- ]*(?:\s*\([^()]{0,40}\))?\s+(?:at|@)\s*(?:usd|us\$|\$|eur|€|rmb)?\s*")
_PRICE_AFTER_COUNT = re.compile(r"\s*(?:@|at|x|×|,|\||each)?\s*(?:usd|us\$|\$|eur|€|rmb)?\s*")
# a line of a list of goods that ends in a bare count after a dash: "IV cannula 22G - 20,000"
# (or, marked "1)", with its unit: "1) 9pc ball end hex key set 1.5-10mm CrV - 6000 sets")
# (in thousands too: "cord ends bell shape - 100k")
DASH_COUNT_LINE = re.compile(r"^[ \t]*((?:[a-h][.)][ \t]*)?[a-z][^\n]{2,60}?|\d{1,2}[.)][ \t]*[^\n]{3,60}?)"
                             r"[ \t]+[-–—][ \t]*"
                             r"(\d{1,3}(?:,\d{3})+|\d{3,7}|\d{1,3}(?=[ \t]*k\b))([ \t]*k\b)?[ \t]*(?:pcs|pieces|sets|units|pairs|rolls|cartons|ctns|sheets|boxes|bags|"
                             r"bottles|copies|metres|meters|yards|yds|sqm|m2|kgs|kg|tons)?[ \t]*$",
                             re.MULTILINE)
# (not a list of terms: "MOQ - 500", "lead time - 30", "port - 2024")
DASH_NOT_GOODS = re.compile(r"^(?:(?:[a-h]|\d{1,2})[.)]\s*)?(?:moq|min|lead|time|days?|price|usd|fob|cif|exw|deposit|balance|qty|quantity|"
                             r"payment|port|weight|cbm|kg|gw|nw|year|model no|tel|phone|po|invoice|order no|total)\b|"
                             r"[$¥€£%]")
# "数量分别8000、10000、6000", "qty 8000, 10000 and 6000 pcs respectively": each figure the
# count of the goods named before it in its place (goods_names names them)
# (each figure read whole, its thousands' groups held: a comma either groups or parts, never
# both, and twenty figures at most, so a long run of figures costs linear time, "1,1,1,...,1"
# included)
_RESPECTIVE_ZH = re.compile(r"(?:数量|數量)?\s*(?:分别|分別)\s*(?:是|为|為)?\s*[:：]?\s*"
                            r"(\d++(?:,\d{3}(?!\d))*+\s*[个件只套支個]?(?:\s*(?:[、,，/]|和|及)\s*\d++(?:,\d{3}(?!\d))*+\s*[个件只套支個]?){1,20}+)")
_RESPECTIVE_EN = re.compile(r"(\d++(?:,\d{3}(?!\d))*+(?:\s*(?:pcs|sets|units)\b)?(?:\s*(?:,|/|&|\band\b)\s*\d++(?:,\d{3}(?!\d))*+"
                            r"(?:\s*(?:pcs|sets|units)\b)?){1,20}+)\s*(?:pcs|pieces|sets|units)?\s*,?\s*respectively\b")


def respective_counts(low: str) -> tuple[int, int] | None:
    """Where a list of counts said "respectively" ("分别") runs, if the message has one."""
    listed = _RESPECTIVE_ZH.search(low) or _RESPECTIVE_EN.search(low)
    return listed.span(1) if listed else None


_BULLET = re.compile(r"\s*[-*•·▪●]\s+")
# what a listed name goes on with before its count: sizes, ratings, "full port" (no clause)
_LISTED_SPEC = re.compile(r"(?:\s+[a-z0-9/\"\'.\-]+){1,5}\s*")
# a head word or a joining word before goods named in Latin letters: "数量 HF-300 三千个",
# "sports bra 1200件 和 flare leggings 1000条"
_ZH_COUNT_HEAD = re.compile(r"\s*(?:数量|數量|和|及|以及|还有|還有|跟)\s*[:：]?\s*(?=[a-z0-9])")
_NO_OPENING = _STOP | _NOT_GOODS  # "model KS-7545", "we need": no goods name opens so
# goods named in English after Chinese words: "我们要下单 seamless sports bra 1200件"
_LATIN_COUNT_AT = re.compile(r"\s*\d[\d,]*\s*(?:pcs|pc|sets|units|pieces|pairs|nos)\b")
_EN_AFTER_HAN = re.compile(r"[\u4e00-\u9fff]\s+([a-z][a-z0-9\-]*(?: [a-z0-9][a-z0-9\-]*)+)"
                           r"(?:\s*\d+(?:\.\d+)?\s*(?:寸|英寸|厘米|公分|毫米|升|毫升))?$")  # "chef knife 8寸"
# goods named in English with their Chinese name after: "front light 前灯 1000pcs"
_EN_WITH_GLOSS = re.compile(r"(?:(?:\+|&|and)\s+)?((?:\d[a-z0-9\-]*\s[a-z][a-z0-9\-]*(?: [a-z0-9][a-z0-9\-]*)*|[a-z][a-z0-9\-]*(?: [a-z0-9][a-z0-9\-]*)+|[a-z][a-z\-]{3,})) +[\u4e00-\u9fff]{2,6}")  # (a size may open it: "30l daypack 双肩包"; one word: "sprocket 驱动齿")
_BOUNDARY = re.compile(r"[,;:!?，。；：！？、\n()（）|\U0001F300-\U0001FAFF\u2600-\u27BF]|\.(?!\d)")
# (not the point of "1.35"; "|" between cells; an emoji ends talk: "Hi Ben 😊 Y-201 metal yo-yo")


_BARE_HINT = re.compile(r"(?<=[a-z] )\d[\d,]{2,}\s*(?:,|and |&)")  # "fork 6000, knife": see _BARE_LIST
# or counts before plural goods ("300 racks, 400 panels"), looked for only where a plural is
# joined to a figure (what every match holds; a cheap scan, since most messages have none)
_COUNT_FIRST_HINT = re.compile(r"(?<![^\s:])\d[\d,]+ [a-z][a-z \-]{1,30}?s\s*(?:,|and |&)\s*\d")
_PLURAL_THEN_FIGURE = re.compile(r"s\s*(?:,|and |&)\s*\d")


def _bare_hint(low: str) -> bool:
    return _BARE_HINT.search(low) is not None or (
        _PLURAL_THEN_FIGURE.search(low) is not None and _COUNT_FIRST_HINT.search(low) is not None)


def find(view: MessageView) -> None:
    """Add goods names and tag the quantity / price mentions each one labels."""
    low = view.low
    if any(m.field == _EACH for m in view.mentions):
        _counts_of_each(view, low)
    tied = [m for m in view.mentions if m.field in _TIED]
    bare = view.role == Role.BUYER and view.ascii and _bare_hint(low)  # (see _BARE_LIST)
    # (the seller's too when it prices the goods it counts: "200 gaming chairs USD 68")
    opening = (view.role == Role.BUYER or _COUNT_NAME_PRICE.search(low) is not None) \
        and _OPENING_COUNT_HINT.search(low) is not None
    if not tied and not _VERB_TRIGGERED(view) and "qty" not in view.words and "quantity" not in view.words \
            and not bare and not opening:
        return  # (a "qty" list counts what it names: "qty: spatula 5000, whisk 3000")
    names: list[tuple[int, int]] = []
    if "qty" in view.words or "quantity" in view.words or bare:
        names += _qty_list(view, low)
        tied = [m for m in view.mentions if m.field in _TIED]
    sized = _sized(low, tied) if _SIZE_HINT.search(low) or _says_size(low) else []
    labels: dict[int, tuple[int, int]] = {}
    # (counts of more than one figure: a word after each may be what tells their goods apart)
    several = len({x.value[0] for x in tied if x.field in _COUNTS}) > 1
    ends = sorted(x.end for x in tied)  # (the last end at or before each mention, by bisection)
    for m in tied:
        floor = ends[i - 1] if (i := bisect_right(ends, m.start)) else 0
        span = (_after_quantity(low, m, several) if m.field in _COUNTS else _named_after(low, m)) \
            or _label_before(low, m.start, floor)
        if span is not None and m.field == "price" and "," in low[max(floor, span[0] - 200):span[0]] \
                and _spec_list_tail(low, span[0], floor):
            span = None
        if span is not None and _question_tag(low, *span):
            span = None  # "so 50万支 right? just double checking": a question tag, no goods
        if span is not None:
            m.item = key(low[span[0]:span[1]])
            names.append(span)
            labels[id(m)] = span
    if "\n" in low:
        _price_lines(low, tied, labels, names)
        _tier_header(low, tied, names)
    if sized:
        # "kraft paper bowl 750ml: USD 0.041, kraft lid 150mm: USD 0.018": sizes ending names in
        # words, which tell the goods apart themselves
        # (not "UFO high bay 100W x 200pcs, 150W x 350pcs": sizes of the goods named first)
        # (in Chinese too, when the words differ: "浴巾70x140 1500條，面巾35x75 3000條"; not
        # "304圆管25*1.0 … 304圆管38*1.2", one goods in two sizes)
        # (a list line's name counts too: "5) PU panel moulding PM-30, 2.4m - 1,800 pcs")
        named_as = {id(m): labels.get(id(m)) or (_dash_line(low, m.start) if "\n" in low else None) for m, _ in sized}
        worded = [m for m, sp in sized if (n := named_as[id(m)]) and n[0] < sp[0]
                  and (n[1] >= sp[1] or not low[n[1]:sp[0]].strip())
                  and not low[n[0]:sp[0]].strip().startswith("size")]
        if len(worded) == len(sized) and (all(low[named_as[id(m)][0]:named_as[id(m)][1]].isascii() for m in worded)
                                          or _apart(_HAN_WORDS.sub("", low[named_as[id(m)][0]:sp[0]]) for m, sp in sized)):
            sized = []
    if len({m.size for m, _ in sized}) > 1 and not _CHOICE.search(low, 0, min(sp[0] for _, sp in sized)):
        # "60cm x 2000 pcs and 90cm x 1000 pcs", "10in GBP 6.40, 12in GBP 8.10": goods told apart
        # by their sizes alone, each its own line
        for m, span in sized:
            m.item = m.size
            view.add(GOODS, (m.size,), *span)
        names = [n for n in names if not any(s < n[1] and n[0] < e for _, (s, e) in sized)]
    # "500 pcs @ 8.50": a price right after a count is for the goods counted (only the count
    # nearest before it can be: the gap holds no figure; the counts ordered by their ends and
    # looked up by bisection, so a message of thousands of figures stays n log n)
    counts = sorted((q for q in tied if q.field in _COUNTS and q.item is not None), key=lambda q: q.end)
    ends = [q.end for q in counts]
    for m in tied:
        if m.field == "price" and m.item is None:
            at = bisect_right(ends, m.start)
            q = counts[at - 1] if at else None
            if q is not None and not (m.start - q.end <= 200 and _PRICE_AFTER_COUNT.fullmatch(low, q.end, m.start)) \
                    and not (m.start - q.end <= 300 and _NAMED_THEN_PRICED.fullmatch(low, q.end, m.start)):
                # (nor "300 pcs electric pour-over kettle (temp control) at USD 14.50": the goods
                # named after the count, then their price)
                q = None
            if q is not None:
                m.item = q.item
    for m in tied:
        if m.item is None and "|" in low and (span := _table_row(low, m.start)) is not None:
            m.item = key(low[span[0]:span[1]])  # "| PC8-02 | 5000 | 0.21 |": the row's first cell
            names.append(span)
    for m in tied:
        if m.item is None and m.field in _COUNTS and "\n" in low and (span := _dash_line(low, m.start)) is not None:
            m.item = key(low[span[0]:span[1]])  # "B. IV cannula 22G with injection port - 20,000"
            names.append(span)
    for m in tied:
        if m.item is None and "\n" in low and (span := _list_line(low, m.start)) is not None:
            m.item = key(low[span[0]:span[1]])
            names.append(span)
    _size_lines(view, tied, names)
    if ";" in low or "；" in low:
        for m in tied:
            if m.item is None and m.field in _COUNTS and (span := _semicolon_part(low, m, tied)) is not None:
                m.item = key(low[span[0]:span[1]])
                names.append(span)
    if ", " in low and (" and " in low or " plus " in low or ";" in low or "&" in low):
        names += _comma_counted_list(low, tied)
    if ("," in low or " and " in low) and sum(1 for m in tied if (m.field in _COUNTS or m.field == "quantity_colours")
                                               and m.item is None) > 1:
        names += _listed_parts(low, tied)
    names += _after_verbs(view, low)
    if not view.ascii and ("款" in low or "种" in low or "種" in low):
        # "双口快充车载充电器 QC3.0 那款，要黑色2000个": the goods "that model" points back to
        names += [m.span(1) for m in _ZH_THAT_MODEL.finditer(low)]
    if not view.ascii and "再加" in low:
        # "再加车载MP3蓝牙FM发射器 1500个": more goods added to the order, Latin letters in the name
        names += [m.span(1) for m in _ZH_ADDED.finditer(low)]
    if opening:
        names += _opening_counts(view, low)
    if _LIST_COUNT.search(low):
        names += _counted_list(view, low)
    if ("分别" in low or "分別" in low or "respectively" in view.words) and (listed := respective_counts(low)):
        _name_respective(view, low, listed, names, labels)
    seen: list[tuple[int, int]] = []
    for start, end in sorted(names):
        if _question_tag(low, start, end):
            continue  # (the same tag found as a name another way)
        if seen and start < seen[-1][1]:
            continue  # (sorted by start and apart, only the last kept can overlap it: linear)
        seen.append((start, end))
    keyed = _sized_apart(low, tied, labels, seen) if len(seen) > 1 else {}
    if len(seen) > 1:
        # "we need CF-800 canister filter x 600 pcs and CF-1200 canister filter x 400 pcs": a count
        # right after one of the names found is that goods' count
        ends = {e: (s, e) for s, e in seen}
        for m in tied:
            if m.field in _COUNTS and m.item is None and m.size is None \
                    and (at := _RIGHT_AFTER_NAME.search(low, max(0, m.start - 48), m.start)) is not None \
                    and (span := next((ends[e] for e in range(at.start(), m.start + 1) if e in ends), None)) is not None:
                m.item = keyed.get(span) or key(low[span[0]:span[1]])
    for start, end in seen:
        view.add(GOODS, (keyed.get((start, end)) or key(low[start:end]),), start, end)
    keys = {keyed.get((s, e)) or key(low[s:e]) for s, e in seen}
    if len(keys) == 1:  # one name in the message labels every quantity and price in it
        only = keys.pop()
        # but for a list of prices, a line each: a price on a line of its own names no goods
        lines = {low.count("\n", 0, m.start) for m in tied if m.field == "price"} if "\n" in low else ()
        named = {low.count("\n", 0, s) for s, _ in seen} if len(lines) > 1 else ()
        # and of prices in clauses of their own, it labels those of its own clause: "table runner
        # 33x180 棉麻 12.5元/条, placemats 4pcs/set 18元/套": the 18 is not the runners'
        clauses = {view.clause_at(m.start) for m in tied if m.field == "price"}
        own = {view.clause_at(s) for s, _ in seen} if len(clauses) > 1 and len(
            {m.value[0] for m in tied if m.field == "price"}) > 1 else ()
        # (not a count in another unit than those it labels: "600 sets washi at 1.05 and 3000 pads at
        # 0.35" - the pads are the sticky notes counted in pads before)
        units = {m.value[1] for m in tied if m.field in _COUNTS and m.item == only}
        for m in tied:
            if m.item is None and m.size is None and (not named or low.count("\n", 0, m.start) in named) \
                    and (not own or m.field != "price" or view.clause_at(m.start) in own) \
                    and not (m.field in _COUNTS and units and m.value[1] not in units):
                m.item = only
    elif len(keys) > 1:
        _prices_after_the_list(view, low, tied)


# (or after what the goods are for: "bobbin case for Juki type lockstitch 2000 pcs")
_RIGHT_AFTER_NAME = re.compile(r"(?<=[a-z0-9\u4e00-\u9fff])(?:\s+for\s+(?:[a-z0-9\-]+\s+){0,4}?[a-z0-9\-]+)?\s*(?:[x×*:]\s*)?$")
_CLAUSE_OPENERS = ".!?\n:;。！？；："
_FINISHES = frozenset("glaze glazed finish matte matt gloss glossy satin colour color version".split())
_NOT_A_LIST_HEAD = frozenset("""
next first second third fourth last this that another extra shipment shipments batch batches phase part lot
delivery deliveries january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec week month monday tuesday wednesday thursday friday
""".split())


_REMARK_AFTER_PRICE = re.compile(r"^(?:\s*(?:/\s*[a-z]+|per [a-z]+|each))?\s*\([^()]*\)")  # (right after the price before)


def _spec_list_tail(low: str, start: int, floor: int) -> bool:
    """The label at `start` is the last item of a list of specs after the goods: "SS304 IV
    stand, 5 castors, 4 hooks, chrome knob lock: USD 17.60/pc" (two commas or more since the
    clause began), not goods named on their own."""
    before = low[:start].rstrip()
    if not before.endswith(","):  # (not "，": Chinese writes each clause so)
        return False
    opened = max(floor, max(low.rfind(c, max(0, start - 200), start) for c in _CLAUSE_OPENERS) + 1)
    if low.count(",", opened, start) < 2 or not low[opened:start].isascii():
        return False
    # (the commas of a remark in brackets after a price are none: "tank kit USD 29.00 (black or
    # white, same price), internal filter USD 3.10"; a spec's are: "Office chair (mesh back, nylon
    # base, 3D armrest), black frame: USD 35/pc")
    return _REMARK_AFTER_PRICE.sub("", low[opened:start]).count(",") >= 2


# what joins the goods of a list in one line: ", and", " plus ", "; ", ". And "
_LIST_JOIN = re.compile(r"\s*(?:,\s*|\.\s+)?(?:and|plus|&)\s+|\s*;\s*(?:and\s+|plus\s+)?")
_GREETING_HEAD = re.compile(r"(?:(?:hi|hello|hey|dear|good (?:morning|day|afternoon|evening))\b[^,.!:\n]{0,24}[,.!:]\s*)+")
_SEGMENT_START = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?:\n])\s*|\b(?:we need|i need|need|we want|looking for|order|require|quote)\s+")  # (nor here)


def _list_start(low: str, pos: int) -> int:
    """Where a list of goods that counts its first goods at `pos` begins: after the last
    sentence break or buying verb in the 160 characters before it, and after a greeting."""
    start = max((x.end() for x in _SEGMENT_START.finditer(low, max(0, pos - 160), pos)), default=max(0, pos - 160))
    if start == 0 or low[start - 1] in ".!?:\n ":
        start = g.end() if (g := _GREETING_HEAD.match(low, start)) else start
    return start


def _comma_counted_list(low: str, tied: list[Mention]) -> list[tuple[int, int]]:
    """"IP66 weatherproof socket outlet, 16A, grey, 1500 pcs, and IP65 junction box 100x100x50,
    3000 pcs": goods each named first, then their specs after commas, then their count after a
    comma, joined by "and", "plus" or a semicolon. Every count of the list gets the name that
    opens its part, or none does."""
    counts = sorted((m for m in tied if m.field in _COUNTS), key=lambda m: m.start)
    if len(counts) < 2 or any(low[max(0, m.start - 2):m.start].strip() != "," for m in counts):
        return []
    spans = []
    for i, m in enumerate(counts):
        if i:
            join = _LIST_JOIN.match(low, counts[i - 1].end)
            if join is None:
                return []
            start = join.end()
        else:
            start = _list_start(low, m.start)
        comma = low.find(",", start, m.start)
        span = _en_phrase(low, start) if comma > start else None
        if span is None or span[1] > comma or span[0] != _SPACES.match(low, start).end():
            return []
        words = low[span[0]:span[1]].split()
        if words[0] in _NOT_A_LIST_HEAD or all(w in _NOT_GOODS or w in _FINISHES for w in words):
            return []  # "and next month, 3000 pcs", "second shipment", "and blue glaze": no goods of their own
        spans.append(span)
    keys = [key(low[s:e]) for s, e in spans]
    if any(m.item is not None and m.item != k for m, k in zip(counts, keys, strict=True)):
        return []  # (a count some other frame named otherwise)
    for m, k in zip(counts, keys, strict=True):
        m.item = k
    return spans


# what joins the parts of a list of goods counted: "..., and", " and ", ", ", "; ", " plus ", "和", "还有"
_PART_JOIN = re.compile(r"\s*[.,;]?\s*(?:\d{1,2}|[a-h])\)\s*|\s*(?:[,;]\s*)?(?:and|plus|&|和|及|还有|還有|另外)\s*|\s*[,;、]\s*")
_NUMBERING = re.compile(r"\s*(?:\d{1,2}|[a-h])\)\s*")  # "1) polyester table napkins ..., 9600 pcs. 2) ..."
_PART_BREAK = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?\n:]")  # (a decimal point breaks no part: "48.3 - 15000 pcs")


def _listed_parts(low: str, tied: list[Mention]) -> list[tuple[int, int]]:
    """"hang-on-back aquarium filter 300L/h, 2400 pcs, and canister filter 1200L/h 300 pcs",
    "brake pads D1344 要 2000 sets, wiper blades 22 inch 要 5000 pcs": goods named in English at
    the start of each part of a list, each part ending with its count, the parts joined by a comma,
    "and" or a semicolon. Every count of the list gets the name opening its part, the names all
    different, or none does; a count another frame named otherwise keeps its name, unless it named
    two counts the same (then the list, which tells them apart, is read)."""
    # (a count summed over colours is one part: "ABC extinguishers, 1000 red + 1000 silver, and
    # fire blankets, 2000 pcs")
    counts = sorted((m for m in tied if m.field in _COUNTS or m.field == "quantity_colours"), key=lambda m: m.start)
    # (not the colours of the count before them, in brackets: "3000 cartridges (1500 green + 1500 blue)")
    counts = [m for i, m in enumerate(counts) if not (i and m.field == "quantity_colours"
                                                       and low[counts[i - 1].end:m.start].strip() in ("(", "（"))]
    if len(counts) < 2:
        return []
    spans = []
    for i, m in enumerate(counts):
        if i:
            join = _PART_JOIN.match(low, counts[i - 1].end)
            if join is None or join.end() == counts[i - 1].end:
                return []
            start = join.end()
        else:
            start = _list_start(low, m.start)
            start = (n.end() if (n := _NUMBERING.match(low, start)) else start)
        if m.start - start > 100 or _PART_BREAK.search(low, start, m.start):
            return []
        span = _en_phrase(low, start)
        if span is None or span[1] > m.start or span[0] != _SPACES.match(low, start).end():
            return []
        words = low[span[0]:span[1]].split()
        if words[0] in _NOT_A_LIST_HEAD or words[0] in _NOT_COUNTED \
                or all(w in _NOT_GOODS or w in _FINISHES for w in words):
            return []  # (nor "rolls of 50m": a pack of the goods)
        spans.append(span)
    keys = [key(low[s:e]) for s, e in spans]
    named = [m.item for m in counts if m.item is not None]
    # (a list whose names agree with those another frame gave names the rest: "PVS putty 2000 jars
    # and PVS light body 50ml 3000 cartridges (1500 green + 1500 blue)")
    agree = all(m.item is None or m.item == k for m, k in zip(counts, keys, strict=True))
    if len(set(keys)) != len(keys) or (len(set(named)) == len(named) and named and not agree):
        return []
    for m, k in zip(counts, keys, strict=True):
        m.item = k
    return spans


# what joins two prices listed in the goods' order: "USD 18.5 及 USD 24", "USD 3.20 and 4.10"
_PRICE_JOIN = re.compile(r"\s*(?:及|和|与|與|跟|and|&|/|、|,|，)\s*")


def _prices_after_the_list(view: MessageView, low: str, tied: list[Mention]) -> None:
    """"失真效果器 DS-1X 500顆、延遲效果器 DL-2X 300顆，價格依上次報價 USD 18.5 及 USD 24": as many
    prices naming no goods as the goods counted before them, joined in one clause after the
    last count, are the goods' prices in their order."""
    counted = sorted((m for m in tied if m.field == "quantity" and m.item is not None), key=lambda m: m.start)
    order = list(dict.fromkeys(m.item for m in counted))
    prices = sorted((m for m in tied if m.field == "price"), key=lambda m: m.start)
    if len(order) < 2 or len(prices) != len(order) or len(counted) != len(order) \
            or any(m.item is not None for m in prices) or prices[0].start < counted[-1].end \
            or len({view.clause_at(m.start) for m in prices}) != 1:
        return
    if all(_PRICE_JOIN.fullmatch(low, a.end, b.start) for a, b in zip(prices, prices[1:], strict=False)):
        for m, item in zip(prices, order, strict=True):
            m.item = item


_EACH = "quantity_each"
# a design, model or colour of goods, counted each as parts of an order (no goods of its own)
_VARIANT = re.compile(r"(?:编号|編號|款号|款號|型号|型號|色号|色號|颜色|顏色)|[a-z]{1,4}-?\d{2,5}[a-z0-9\-]*$")
_EACH_WORD = re.compile(r"各(?:要|订|訂|买|買|做|需要)?\s*$")  # where the goods joined before it end
_JOINED = re.compile(r"\s*(?:跟|和|与|與|及|、|,|，|and|&)\s*")
# two or more colours joined before 各: "黑色、肤色、灰色各"
# (and the number of them said after: "粉色和蓝色两款，各1500套")
# (a colour after the first may leave out its 色: "黑色和深藍各6000碼")
_ZH_COLOUR_NAMED = r"(?:[\u4e00-\u9fff]{1,2}色|(?:浅|淺|深)[灰蓝藍绿綠红紅黄黃棕紫咖]|米白|藏青|卡其|墨绿|墨綠)"
_ZH_COLOURS_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,2}色(?:\s*(?:跟|和|与|與|及|、|,|，)\s*" + _ZH_COLOUR_NAMED + r")+)"
                                r"(?:\s*(?:[两兩二三四五2-5])\s*(?:款|种|種|个颜色|個顏色|色)\s*[,，]?)?\s*$")
# or written one after another with no word between: "黑色灰色各1000公斤"
_ZH_COLOUR_RUN = re.compile(r"((?:(?:浅|淺|深)?[白黑灰红紅蓝藍绿綠黄黃粉紫棕橙金银銀米咖]色){2,6})\s*$")
_COLOURS = "quantity_colours"
# a colour ordered after the goods' name: "美容桌要白色50张、粉色50张"
_ZH_ORDERED_COLOUR = re.compile(r"(?:要|订|訂|需要)\s*" + _ZH_COLOUR_NAMED + r"\s*$")
_EACH_HEAD = re.compile(r"[^,;:!?，。；：！？\n]*$")


_OPENING_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:ml|l|oz|cm|mm|inch|in|kg|g|w|v|t(?![\-'’])|tons?|tonnes?)\b")


def opening_size(name: str) -> str | None:
    """The size a Latin name opens with, spaces out ("27 cm dinner plate" -> "27cm"), else None."""
    m = _OPENING_SIZE.match(name)
    return m.group(0).replace(" ", "") if m else None


_INNER_SIZE = re.compile(r"(?<=[a-z] )(?:\d+(?:\.\d+)?[x×*]\d+(?:\.\d+)?(?:[x×*]\d+(?:\.\d+)?)?(?:cm|mm|m)?|"
                         r"\d+(?:\.\d+)?\s*(?:ml|l|oz|cm|mm|inch|in|kg|g|w|v|t(?![\-'’])|tons?|tonnes?))\b")


def _sized_apart(low: str, tied: list[Mention], labels: dict[int, tuple[int, int]],
                 seen: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Two names of the message with one key, told apart by the size each opens with ("- 250ml
    glass jar with bamboo lid 20,000pcs", "- 500ml glass jar with bamboo lid 15,000pcs"): each
    keeps its size in its key, so they stay two goods. The names' spans and their new keys."""
    keyed: dict[tuple[int, int], str] = {}
    keys = [key(low[s:e]) for s, e in seen]
    # (or, in Latin names, by the first size after the words: "glycerine filled pressure gauge 63mm
    # 0-16 bar" and "... gauge 100mm 0-10 bar")
    inner = [_OPENING_SIZE.match(low, s) or (_INNER_SIZE.search(low, s, e) if low[s:e].isascii() else None)
             for s, e in seen]
    for (s, e), k, size in zip(seen, keys, inner, strict=True):
        if size is None or not k.isascii():
            continue
        # (or one name the other's words shortened: "3L plastic chicken drinker" and "5L drinker")
        rivals = [other for o, other, span in zip(keys, inner, seen, strict=True)
                  if span != (s, e) and (o == k or o.isascii() and same_goods(o, k))]
        if not rivals or any(other is None or other.group(0) == size.group(0) for other in rivals):
            continue
        sized = keyed[(s, e)] = f"{size.group(0).replace(' ', '')} {k}"
        for m in tied:
            if labels.get(id(m)) == (s, e):
                m.item = sized
    return keyed


_SPEC_AFTER_SIZE = re.compile(r"\s*(?:width|wide|thick|thickness|high|height|long|length|dia|diameter|deep|depth)\b")


def _counts_of_each(view: MessageView, low: str) -> None:
    """A count said of each of the goods or sizes named before it gives each its own count:
    "laminated steel padlocks 40mm and 50mm ... qty 5000 each size", "尖嘴鉗6吋跟斜口鉗6吋各要2400支",
    "16吋、18吋、22吋、24吋 各要300支". With fewer than two named, it counts nothing."""
    out: list[Mention] = []
    for m in view.mentions:
        if m.field != _EACH:
            out.append(m)
            continue
        each = _EACH_WORD.search(low, max(0, m.start - 4), m.start)
        colours = _ZH_COLOURS_BEFORE.search(low, max(0, m.start - 40), each.start()) if each else None
        run = _ZH_COLOUR_RUN.search(low, max(0, m.start - 40), each.start()) if each and colours is None else None
        if colours is not None or run is not None:
            # "黑色、膚色、灰色各1000件": the colours of one goods, so many of each (one line, their
            # sum, once the seller prices them alike)
            count = len(_JOINED.split(colours.group(1).strip())) if colours else run.group(1).count("色")
            colours = colours or run
            out.append(Mention(_COLOURS, (m.value[0] * count, m.value[1]), colours.start(), m.end, m.kind))
            continue
        sizes: dict[str, tuple[int, int]] = {}
        for s in _SIZE_ANY.finditer(low, 0, m.start):
            if "(" in low and low.count("(", 0, s.start()) > low.count(")", 0, s.start()):
                continue  # "LED panels (600x600, 40W), downlights (6 inch, 12W). 200 of each": specs of the goods
            if (k := size_key(s.group(1))) is not None and not _SPEC_AFTER_SIZE.match(low, s.end(1)) \
                    and not _TIMES_AFTER.match(low, s.end(1)) and not _TIMES_BEFORE.search(low, max(0, s.start(1) - 12), s.start(1)):
                # (not "drawer slides 45mm width": a spec of them all; nor "15mm x 7m": one size)
                sizes.setdefault(k, s.span(1))
        if len(sizes) > 2:
            sizes = _one_dimension(sizes)  # "USB-C 60W cables in 1m / 2m / 3m, 3000 each": the lengths
        named = list(sizes.items()) if len(sizes) >= 2 else _joined_names(low, m.start)
        if len(named) < 2 and _OF_EACH_AFTER.match(low, m.end):
            named = _listed_before(low, m.start)  # "witch wig, clown wig, mullet wig. 1000 of each"
        if len(named) < 2 and low.startswith(" each", m.end):
            # "end mills, D6x50, D8x60, D10x75, 500 each": the codes listed before it
            head = max(0, low.rfind("\n", 0, m.start), m.start - 80)
            codes = [c for c in _DIM_CODE.finditer(low, head, m.start)] or list(_LISTED_CODE.finditer(low, head, m.start))
            named = [(key(c.group(0)), c.span()) for c in codes] if len({c.group(0) for c in codes}) == len(codes) else []
        if len(named) < 2 and (run := _last_code_run(low, max(0, low.rfind("\n", 0, m.start), m.start - 80), m.start)):
            named = run  # "nylon cable gland PG9 和 PG16, 黑色, each 20000pcs": the codes joined before it
        if len(named) < 2:
            continue  # whose count is it?
        if "total" in low and any(parse_decimal(t.group(1) or t.group(2)) == m.value[0] * len(named)
                                  for t in _TOTAL_COUNT.finditer(low)):
            continue  # "3 designs (LD-2501, LD-2507, LD-2512). 12,000 pcs total, 4000 each design": one line
        for k, span in named:
            out.append(Mention(GOODS, (k,), *span, m.kind))
            out.append(Mention("quantity", m.value, m.start, m.end, m.kind, item=k,
                               size=k if k in sizes else None))
    view.mentions = out


_TOTAL_COUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s*(?:pcs|pieces|sets|units|rolls|pairs)?\s+(?:in )?total\b|"
                          r"\btotal(?: of| qty| quantity)?\s*:?\s*(\d{1,3}(?:,\d{3})+|\d+)")
# the sides of one size, each with its unit: "和紙膠帶 15mm x 7m，20款各100捲"
_TIMES_AFTER = re.compile(r"\s*[x×*]\s*\d")
_TIMES_BEFORE = re.compile(r"\d\s*(?:mm|cm|m|in|\")?\s*[x×*]\s*$")


def _one_dimension(sizes: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Of sizes in several units ("60w", "1m", "2m", "3m"), those of the one unit two or more
    share, when the others are one each: a power said once is a spec of all the lengths."""
    units: dict[str, list[str]] = {}
    for k in sizes:
        units.setdefault(_SIZE_UNIT.sub("", k[len(SIZED):]), []).append(k)
    shared = [ks for ks in units.values() if len(ks) > 1]
    if len(units) < 2 or len(shared) != 1:
        return sizes
    return {k: sizes[k] for k in shared[0]}


_SIZE_UNIT = re.compile(r"[\d.,x×*/\s-]+")
_HAN_WORDS = re.compile(r"[^\u4e00-\u9fff]+")  # (what is not Han in a name, to compare its words)


def _apart(names: Iterable[str]) -> bool:
    """Names of which none is another or holds another ("浴巾" and "大浴巾" are one goods sized)."""
    seen = list(names)
    return all(a and not any(a in b for b in seen[:i] + seen[i + 1:]) for i, a in enumerate(seen))
def _last_code_run(low: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """The last run of short codes joined by "and", 和, a comma or a slash in low[start:end], each
    with its span, when they are two or more and all differ ("PG9 和 PG16", "M8, M10 and M12")."""
    runs = list(_CODE_RUN.finditer(low, start, end))
    if not runs:
        return []
    codes = [(c.group(0), c.span()) for c in _ONE_CODE.finditer(low, *runs[-1].span())]
    before = _WORD_BEFORE_CODES.search(low, max(start, runs[-1].start() - 24), runs[-1].start())
    # (one family of codes, named after a goods word: not "ship in WK12 and WK14", "send to DC1
    # and DC2", "分两批 W12和W14", "IP65 & IP66 tested", "A60, E27 and B22")
    if before is None or before.group(1) in _NOT_BEFORE_CODES \
            or len({_CODE_LETTERS.match(c).group(0) for c, _ in codes}) != 1:
        return []
    return codes if len(codes) > 1 and len({c for c, _ in codes}) == len(codes) else []


_WORD_BEFORE_CODES = re.compile(r"\b([a-z]{3,})\s+$")
_NOT_BEFORE_CODES = frozenset({"and", "the", "for", "into", "ship", "send", "deliver", "delivery", "deliveries", "split",
                               "batch", "batches", "pallet", "pallets", "week", "weeks", "tested", "order", "orders", "from",
                               "via", "with", "both", "size", "sizes", "model", "models"})
_CODE_LETTERS = re.compile(r"[a-z]+")
_ONE_CODE = re.compile(r"(?<![a-z0-9\-])[a-z]{1,4}\d{1,4}[a-z]?(?![a-z0-9])")
_CODE_RUN = re.compile(r"(?<![a-z0-9\-])[a-z]{1,4}\d{1,4}[a-z]?(?:\s*(?:和|跟|与|與|及|\band\b|&|,|，|、|/)\s*[a-z]{1,4}\d{1,4}[a-z]?)+"
                       r"(?![a-z0-9])")


_OF_EACH_AFTER = re.compile(r"\s+(?:(?:pcs|pieces|sets|units)\s+)?(?:of\s+)?each\b")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed_before(low: str, pos: int) -> list[tuple[str, tuple[int, int]]]:
    """The goods listed, comma by comma, in the sentence that ends right before a count of each
    ("after costume wigs: witch wig long black, clown afro wig rainbow, 80s mullet wig. 1000 of
    each"); none unless every part names goods, two at least, each other goods."""
    stop = max(low.rfind(".", 0, pos), low.rfind(";", 0, pos))
    if stop < 0 or low[stop + 1:pos].strip():
        return []
    head = max(low.rfind(":", 0, stop), low.rfind("\n", 0, stop), low.rfind(".", 0, stop), low.rfind("!", 0, stop)) + 1
    if (verb := _VERBS.search(low, head, stop)) is not None and not low[head:verb.start()].strip(" ,"):
        head = verb.end()  # "we need witch wig, clown wig, mullet wig"
    out: list[tuple[str, tuple[int, int]]] = []
    at = head
    # (a comma inside brackets is the goods' spec: "lowering devices (brass finish, with straps)")
    seps = [m for m in _LIST_SEP.finditer(low, head, stop)
            if "(" not in low[head:m.start()] or low.count("(", head, m.start()) == low.count(")", head, m.start())]
    for sep in [*seps, None]:
        s, e = at, (sep.start() if sep else stop)
        part = low[s:e].strip()
        if not part or not part.isascii():
            return []
        first = s + low[s:e].index(part)
        span = _en_phrase(low, first)
        words = part.split()
        while span is None and len(words) > 2 and words[-1] in _NOT_GOODS:
            words.pop()  # "witch wig long black": the goods, then their colour
            span = _en_phrase(low[:first + len(" ".join(words))], first)
        if span is None or span[1] > e:
            return []
        out.append((key(low[span[0]:span[1]]), span))
        at = sep.end() if sep else e
    return out if len(out) > 1 and len({k for k, _ in out}) == len(out) else []


def _joined_names(low: str, pos: int) -> list[tuple[str, tuple[int, int]]]:
    """The goods joined before a count of each: "尖嘴鉗6吋跟斜口鉗6吋各要" -> 尖嘴鉗6吋, 斜口鉗6吋."""
    each = _EACH_WORD.search(low, max(0, pos - 4), pos)
    end = each.start() if each else pos
    head = _EACH_HEAD.search(low, 0, end)
    start = head.start() if head else end
    out: list[tuple[str, tuple[int, int]]] = []
    at = start
    for sep in [*_JOINED.finditer(low, start, end), None]:
        s, e = at, (sep.start() if sep else end)
        part = low[s:e].strip()
        if part:
            first = s + low[s:e].index(part)
            span = _zh_trimmed(low, first, len(part)) if not part.isascii() else _en_phrase(low, first)
            if span is None or span[1] > e or _VARIANT.match(part):
                return []  # ("编号 W-1023 和 W-1027 各四百卷": designs of goods named before, not goods)
            out.append((key(low[span[0]:span[1]]), span))
        at = sep.end() if sep else e
    return out if len({k for k, _ in out}) == len(out) else []


# ("HC-SR501"; not "x2000", so many times the goods: "PIR module x2000")
_MODEL = re.compile(r"(?!x\d+$)(?:[a-z]{1,4}-?\d{1,5}[a-z0-9\-]*|[a-z]{1,4}-[a-z]{1,3}\d{1,5}[a-z0-9\-]*|"
                    r"\d{4,5}-?(?:2rs|2rz|rs|rz|zz|2z|z|nr)\d?)")  # (a bearing: "6204-2RS", "6305ZZ")
_PAPER_SIZE = re.compile(r"[ab][0-6]")  # "A5 kraft notebooks" and "notebook" are one goods
_SIZE_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s*\d+(?:\.\d+)?\s*(?:oz|lb|mm|cm|ml|kg)$")
_SIZE_BEFORE_HAN = re.compile(r"^\d+(?:\.\d+)?\s*(?:g|kg|ml|l|cm|mm|m|oz|w|v|inch|寸|英寸|厘米|升|毫升)\s*(?=[\u4e00-\u9fff])")


# "2-person", "4-seater", "3-way": how many the goods hold or serve tells goods apart ("2-person
# dome tent" and "4-person dome tent"); not a piece count ("3-piece set" is one goods)
_HOW_MANY_PART = re.compile(r"\d{1,2}-(?!pieces?\b|pcs\b|pack\b)[a-z]{3,}")


def key(name: str) -> str:
    """The comparable form of a goods name: its words before any "with ..." or ", spec", without
    sizes, the head noun singular ("Canvas tote bags with logo, 38x42cm" -> "canvas tote bag")."""
    core = _QUALIFIER.split(name, maxsplit=1)[0]
    # sizes go ("38x42cm", "750ml", "2-slice"); a model code stays ("ts-200", "w8"), it tells
    # two goods of one kind apart
    tokens = _WORD.findall(core)
    cut = next((i for i, w in enumerate(tokens) if i and _DIMENSION.fullmatch(w)
                and not any(c.isdigit() for c in tokens[i - 1]) and tokens[i - 1] not in ("x", "×")), None)
    # (not the second figure of a size written with spaces: "5m x 19mm tape measure")
    if cut is not None and not any(_MODEL.fullmatch(w) for w in tokens[:cut]):
        tokens = tokens[:cut]  # "duvet covers 160x220 white sateen 300TC": the goods before their size
    words = [w for i, w in enumerate(tokens) if (not any(c.isdigit() for c in w) or _MODEL.fullmatch(w)
                                                 or _HOW_MANY_PART.fullmatch(w)) and w not in ("x", "×")
             and not (w in _KEY_UNITS and i and any(c.isdigit() for c in tokens[i - 1]))]  # "9x9 inch"
    if words and words[-1] == "set" and len(words) > 1:
        words.pop()
    if not words:
        return name.strip()
    if not any(c.isdigit() for c in words[-1]):  # (a code keeps its letters: "6207-2rs")
        words[-1] = _singular(words[-1])
    return " ".join(words)


# a size a name goes on after with its spec: "160x220", "50x75cm", "800gsm" (not "1p", "16a")
_DIMENSION = re.compile(r"\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+(?:cm|mm|m)?|\d+(?:\.\d+)?(?:cm|mm|gsm|tc|ml|oz)")
_KEY_UNITS = frozenset("inch inches in mm cm m ml l oz g kg w v mah gsm ft".split())


# a Chinese head noun after the name of goods that names other goods: their box, lid, stand or parts
_PART_OF_GOODS = re.compile(r"(?:的)?(?:外盒|外箱|彩盒|盒子|包装盒|包裝盒|礼盒|禮盒|包装|包裝|配件|盖子|蓋子|支架|底座|挂钩|掛鉤|"
                            r"替换头|替換頭|刷头|刷頭|滤芯|濾芯|充电器|充電器|遥控器|遙控器|收纳袋|收納袋|防尘袋|防塵袋)")


def same_goods(a: str, b: str) -> bool:
    """"gift box" and "kraft gift boxes" are the same goods; "20oz bottles" and "30oz bottles" not."""
    if a == b:
        return True
    if a.startswith(SIZED) or b.startswith(SIZED):
        # a size names its own goods, and no goods named in words - but for a Chinese name opening
        # with that size: "26cm和30cm两个尺寸各要500个" - "26cm铸铁锅 9.6美金"
        sized, other = (a, b) if a.startswith(SIZED) else (b, a)
        # (or a name keyed with its size apart from goods of its kind in other sizes: "250ml glass jar")
        lead = None if other.startswith(SIZED) else (
            _OPENING_SIZE.match(other) if other.isascii() else _SIZE_BEFORE_HAN.match(other))
        return lead is not None and size_key(lead.group(0).strip()) == sized
    if not a.isascii() or not b.isascii():
        end_a, end_b = _SIZE_AFTER_HAN.search(a), _SIZE_AFTER_HAN.search(b)
        if (end_a is None) != (end_b is None):
            # "钢管48mm" is the "脚手架钢管" named with its size (not "钢管60mm" beside "钢管48mm")
            return same_goods(a[:end_a.start()] if end_a else a, b[:end_b.start()] if end_b else b)
        # "20g 小香皂" is the 酒店小香皂 named without its size; "40g 小香皂" is other goods
        size_a, size_b = _SIZE_BEFORE_HAN.match(a), _SIZE_BEFORE_HAN.match(b)
        if size_a and size_b:
            return size_a.group(0).strip() == size_b.group(0).strip() and (a in b or b in a)
        a = a[size_a.end():] if size_a else a
        b = b[size_b.end():] if size_b else b
        if (lead := _COUNTED_HEAD.match(a)) is not None and b.startswith(lead.group(0)) and len(lead.group(0)) < min(len(a), len(b)):
            a, b = a[lead.end():], b[lead.end():]  # "96枚孵化器" is the "96枚自动孵化器": the same head said twice
        short, long = (a, b) if len(a) <= len(b) else (b, a)
        if long.startswith(short) and _PART_OF_GOODS.fullmatch(long[len(short):]):
            return False  # "台历外盒" is the box of the "台历", other goods
        return a in b or b in a or _shortened(a, b) or _shortened(b, a) or _reworded(a, b)
    wa, wb = a.split(), b.split()
    if _DIGIT.search(a) is not None or _DIGIT.search(b) is not None:  # keys keep only model codes' digits
        models_a = {w for w in wa if _MODEL.fullmatch(w) and not _PAPER_SIZE.fullmatch(w)}
        models_b = {w for w in wb if _MODEL.fullmatch(w) and not _PAPER_SIZE.fullmatch(w)}
        if models_a and models_b:
            # "TS-200" and "2-slice toaster TS-200"; not "TS-400", nor "6205-2RS C3" beside "6204-2RS C3"
            return bool(models_a & models_b) and model_code(a) == model_code(b)
        if models_a or models_b:  # "waffle maker" and "WM-R1 rotating waffle maker"
            if len(wa) == 1 or len(wb) == 1:
                return False
            wa, wb = [w for w in wa if w not in models_a], [w for w in wb if w not in models_b]
    if wa[-1] != wb[-1] and len(wa) == len(wb) > 2 and _singular(wa[-1]) in (_singular(w) for w in wb[:-1]) \
            and sorted(map(_singular, wa)) == sorted(map(_singular, wb)):
        return True  # the same words in another order: "olympic plates cast iron", "cast iron olympic plates"
    if wa[-1] != wb[-1]:
        # the same words spelt apart: "walky talky" and "walkie-talkies", "t-shirt" and "tshirt"
        ja, jb = _LETTERS.sub("", a), _LETTERS.sub("", b)
        if min(len(ja), len(jb)) < 8 or ja[0] != jb[0] or abs(len(ja) - len(jb)) > 4:
            return False
        m = SequenceMatcher(None, ja, jb)
        return m.quick_ratio() >= 0.78 and m.ratio() >= 0.78
    ma, mb = set(wa[:-1]), set(wb[:-1])
    return ma <= mb or mb <= ma


def model_code(key: str | None) -> str | None:
    """The model code in a goods key ("sc25-8 copper tube lug" -> "sc25-8"), if any."""
    if key is None or not key.isascii() or "-" not in key and not _DIGIT.search(key):
        return None
    return next((w for w in key.split() if _MODEL.fullmatch(w) and not _PAPER_SIZE.fullmatch(w)), None)


def qualified(key: str, keys: tuple[str, ...]) -> str | None:
    """The one goods of `keys` whose name opens with the words of `key` and goes on, or has the
    one word `key` is: "front" and "rear" are the "front shock absorber" and the "rear shock
    absorber" named before, "bunk" the "solid pine bunk beds BB-09"; None when no goods or several
    have them ("bath" among "bath towels" and "bath mats")."""
    if not key.isascii() or is_size(key):
        return None
    words = key.split()
    found = [k for k in keys if k.isascii() and not is_size(k) and len(k.split()) > len(words)
             and (k.split()[:len(words)] == words or len(words) == 1 and words[0] in k.split())]
    return found[0] if len(found) == 1 else None


def headed(key: str, keys: tuple[str, ...]) -> str | None:
    """The one goods of `keys` whose head noun is a word of the longer name `key`, which names
    no other goods' head: "electronic safe sf-4235 laptop size" is the "in-room safes" asked for
    before, "foldable luggage rack lr-08 beech wood" the "luggage racks"."""
    if not key.isascii() or is_size(key):
        return None
    words = set(key.split())
    found = [k for k in keys if k.isascii() and not is_size(k) and k != key
             and len(k.split()) < len(words) and k.split()[-1] in words and len(k.split()[-1]) >= 3]
    heads = {k.split()[-1] for k in keys if k.isascii() and not is_size(k) and k != key} & words
    return found[0] if len(found) == 1 and len(heads) == 1 else None


def opened_by(key: str, keys: tuple[str, ...]) -> str | None:
    """The one goods of `keys` named by a lone "how many" word or model code that opens the longer
    name `key`: "2-person dome tent" is the "2-person" counted before ("2-person 600 pcs, 4-person
    400 pcs"); None when no goods or several have it."""
    first, _, rest = key.partition(" ")
    if not rest or not key.isascii() or not (_HOW_MANY_PART.fullmatch(first) or _MODEL.fullmatch(first)):
        return None
    # (and the rest of it names goods the chat has: "dome tent", not "2-person sleeping bag")
    if not any(k != first and same_goods(k, rest) for k in keys):
        return None
    found = [k for k in keys if k == first]
    return found[0] if len(found) == 1 else None


def lone_how_many(key: str) -> bool:
    """The key is a "how many" word alone ("2-person"), naming goods only beside their kind."""
    return _HOW_MANY_PART.fullmatch(key) is not None


def how_many(key: str) -> str | None:
    """The "how many" word of a key ("2-person" of "2-person dome tent"), else None."""
    return next((w for w in key.split() if _HOW_MANY_PART.fullmatch(w)), None)


def within(key: str, keys: tuple[str, ...]) -> str | None:
    """The one goods of `keys` whose longer name has the two words or more of `key` together in
    its middle: "phone holder" is the "magnetic car phone holder vent clip mh-02"; None when no
    goods or several have them."""
    words = key.split()
    if len(words) < 2 or not key.isascii() or is_size(key):
        return None
    found = [k for k in keys if k.isascii() and not is_size(k) and len(k.split()) > len(words)
             and f" {key} " in f" {k} "]
    return found[0] if len(found) == 1 else None


# short forms a trade clerk writes for a word of a name ("SS multistage" is the stainless one)
_SHORT_FORMS = {"ss": "stainless", "alu": "aluminium", "al": "aluminium", "galv": "galvanized",
                "auto": "automatic", "semi-auto": "semi-automatic", "elec": "electric"}


_MATERIALS = frozenset("""cast iron steel stainless carbon galvanized plastic brass copper bronze aluminium aluminum
alloy wood wooden bamboo rubber pvc pu abs pp pe nylon cotton polyester glass ceramic leather zinc
chrome titanium silicone""".split())


def _word_matches(short: str, long: str) -> bool:
    """"mech" is "mechanical", "ss" "stainless", "pumps" "pump"."""
    short, long = _singular(short), _singular(long)
    return short == long or _SHORT_FORMS.get(short) == long or (
        len(short) >= 3 and long.startswith(short) and short.isalpha())


@lru_cache(maxsize=512)
def close(key: str, keys: tuple[str, ...]) -> str | None:
    """The one goods of `keys` whose name says `key` again with a word shortened, added or left
    out: "mech seal kit" is the "mechanical seal kit", "ss multistage" the "stainless multistage
    pump", "end suction pump cast iron" the "end suction centrifugal pump". Three quarters of the
    shorter name's words (two at least), its last word among them, must be words of the other
    name, and no other goods may come as close."""
    words = key.split()
    if len(words) < 2 or not key.isascii() or is_size(key) or _DIGIT.search(key):
        return None
    found = []
    heads = {w[:3] for w in words}  # every match shares a word's first three letters ("ss" aside)
    for k in keys:
        other = k.split()
        if k == key or not k.isascii() or is_size(k) or len(other) < 2 \
                or heads.isdisjoint(w[:3] for w in other) and "ss" not in words and "ss" not in other:
            continue
        short, long = (words, other) if len(words) <= len(other) else (other, words)
        hits = [w for w in short if any(_word_matches(w, x) or _word_matches(x, w) for x in long)]
        if len(hits) < 2 or len(hits) * 4 < len(short) * 3 or short[-1] not in hits:
            continue
        head = next((i for i, x in enumerate(long) if _word_matches(short[-1], x) or _word_matches(x, short[-1])), -1)
        if head == len(long) - 1 or any(w not in long for w in hits) \
                or 0 <= head and _MATERIALS.issuperset(long[head + 1:]):
            # the same head noun, or a word shortened ("ss", "mech"), or the head then what it
            # is made of ("pump cast iron"); not "steel pipe" for the "steel pipe clamp"
            found.append(k)
    return found[0] if len(found) == 1 else None


_LETTERS = re.compile(r"[^a-z]")
_DIGIT = re.compile(r"\d")


_COUNTED_HEAD = re.compile(r"\d+[枚颗顆粒]")  # (eggs an incubator holds; not "5吨叉车" and "5吨电动叉车", two goods)


def _shortened(short: str, long: str) -> bool:
    """A Chinese name said again with a word left out of its middle: "液压铰链" is the "液压缓冲铰链",
    "混合貓砂" the "混合型貓砂" (same opening, same head noun, the rest in order)."""
    if not (3 <= len(short) < len(long) <= len(short) + 4) or short[0] != long[0] \
            or short[-2:] != long[-2:] and (short[:2] != long[:2] or short[-1] != long[-1]):
        return False  # (or the same two first characters and last: "碳素拍" is the "碳素羽毛球拍")
    rest = iter(long)
    return all(c in rest for c in short) and not _DIGIT.search(short + long)


_TELLS_APART = re.compile(r"[\d一二三四五六七八九十两百千万大中小长短厚薄单双色白黑红蓝绿黄灰粉紫金银]")


def _reworded(a: str, b: str) -> bool:
    """A Chinese name said again in other order: "磁吸铝口红管" is the "铝质磁吸口红管" (same head
    noun, no character of the shorter missing from the longer, none of the rest a number, size
    or colour: "六门更衣柜" and "九门更衣柜" are two goods)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or short[-2:] != long[-2:] or not _HAN.fullmatch(short + long):
        return False
    rest = set(long) - set(short)
    return set(short) <= set(long) and len(rest) <= 2 and not _TELLS_APART.search("".join(rest))


def _singular(word: str) -> str:
    if "-" in word and len(word.rsplit("-", 1)[1]) <= 2:
        return word  # a code's letter: "MB-S", "MB-L"
    if word.endswith(("xes", "ses", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_PACK_WORD_NAME = re.compile(r"\s*(carton|box|bag|pallet|bottle|can)\s+(?=(?:sealers?|erectors?|folders?|formers?|"
                             r"wrappers?|packers?|taping|strapping|filling|fillers?|cappers?|capping|labell?ers?|"
                             r"making|machines?)\b)")


def _after_quantity(low: str, m: Mention, several: bool = False) -> tuple[int, int] | None:
    text = low[m.start:m.end]
    if not text or not (text[-1].isalpha() or _ZH_UNIT_END.search(text)):
        return None  # "qty: 3000" labels no goods after it
    pos = m.end
    if pos < len(low) and "\u4e00" <= low[pos] <= "\u9fff":
        return _zh_run(low, pos)
    if "\n" in low[pos:_SPACES.match(low, pos).end()]:
        return None  # the next line's goods are not these: "RT-3 – 5000pcs\nsqueaky vinyl toy VS-10"
    if _HOW_CUT_AFTER.match(low, pos):
        return None  # "total 1,200 meters cut to lengths": how the metres are cut, no goods
    if not several and _PACKED_STATE_AFTER.match(low, pos):
        return None  # "320 pcs flat-packed fill one 40HQ", "200 pcs knock-down = 1x40HQ": how they ship
        # (not "2,000 pcs HDG, 1,000 pcs electro-galvanized": two counts, the finish tells them apart)
    span = _en_phrase(low, pos)
    if span is None and (pack := _PACK_WORD_NAME.match(low, pos)) is not None \
            and (rest := _en_phrase(low, pack.end())) is not None:
        return pack.start(1), rest[1]  # "1 set carton sealer FXJ-50": a pack's word opening a machine's name
    return span


# how counted goods are packed or finished, not other goods: "1,200 rolls HDG", "200 pcs knock-down"
_PACKED_STATE_AFTER = re.compile(r"\s*(?:flat[\s-]?pack(?:ed)?|knock(?:ed)?[\s-]?down|kd|ckd|skd|fully[\s-]assembled|"
                                 r"assembled|hdg|hot[\s-]dip(?:ped)?(?:\s+galvani[sz]ed)?)(?![\w\-])"
                                 # (then how they ship, or the clause ends: not "100 sets KD office desk",
                                 # "1,200 rolls HDG and 800 rolls PVC", "200 pcs KD-300 fan")
                                 r"(?=\s*(?:$|[,.;:!?=(\n]|fill|fills|fit|fits|load|loads|go|goes|in\s+(?:one|a|\d)))")
_HOW_CUT_AFTER = re.compile(r"\s*(?:cut|slit|wound|rolled|packed)\s+(?:to|into|in|on)\b")


# a price, then the goods it is for, closing the sentence: "1.90 is my last price for check valve"
_FOR_GOODS_AFTER = re.compile(r"\s*(?:/\s*(?:pc|pcs|set|unit)\s*)?(?:is (?:my|our|the) (?:last|final|best) price )?"
                              r"for (?:the )?")
_SENTENCE_END = re.compile(r"\s*(?:[.!?,;\n]|$)")
# "ok 0.92 for L-type this time 🙂", "2.15 for K-18 then": the goods named, then no more of the clause
_NAMED_END = re.compile(r"\s*(?:(?:this time|then|only|too|also|ok|pls|please)\b\s*)?"
                        r"(?:[.!?,;\n]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])")


# counts listed after "qty", each with its goods and no unit: "Qty 5000 elbows, 3000 tees, 4000
# couplings"
_QTY_LIST = re.compile(r"\b(?:qty|quantity|quantities)\s*[:：]?\s*((?:\d[\d,]*\s+[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?"
                       r"(?:\s*,\s*|\s+and\s+|\s*(?=[.;!?]|$))){2,})", re.MULTILINE)
_LISTED_COUNT = re.compile(r"(\d[\d,]*)\s+([a-z][a-z\-]+(?:\s+(?!and\b)[a-z][a-z\-]+)?)")
# the goods first, then their count: "qty: spatula 5000, whisk 3000, measuring cups 2000 sets"
_QTY_LIST_NAMED = re.compile(r"\b(?:qty|quantity|quantities)\s*[:：]\s*((?:[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}\s+"
                             r"\d[\d,]*(?:\s*(?:pcs|sets|units|pairs)\b)?(?:\s*,\s*|\s+and\s+|\s*(?=[.;!?]|$))){2,})",
                             re.MULTILINE)
_LISTED_NAMED = re.compile(r"([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})\s+(\d{1,3}(?:,\d{3})+|\d+)")
_LISTED_UNITS = frozenset("sets set pcs pairs units".split())


# the buyer's list of goods, each with a bare count and no price: "fork 6000, knife 6000", "27cm
# dinner plate 3000, 21cm salad plate 3000, 16cm bowl 2000" (at the start of a sentence or after a
# colon; a seller's "sofa 180, chair 45" would be prices)
_ITEM_NAME = r"(?:\d+(?:\.\d+)?(?:cm|mm|ml|oz|l|\")\s+)?[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}"  # (a size may open it)
_NAMED_ITEM = (_ITEM_NAME + r"\s+"
               r"(?:\d{1,3}(?:,\d{3})+|(?!20[2-3]\d\b)[1-9]\d{3,6})(?![\d.,]\d|\s*(?:%|/|x\b|mm|cm|ml|oz|kg|g\b|usd|\$|rmb|元|pcs|sets?\b|units?\b|pairs?\b))")
_BARE_LIST = re.compile(r"(?:^|(?<=[:.;\n!?]))\s*(" + _NAMED_ITEM + r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)" + _NAMED_ITEM
                        + r")+)(?=\s*(?:[.;!?\n]|$))")
_SIZED_NAMED = re.compile(r"(" + _ITEM_NAME + r")\s+(\d{1,3}(?:,\d{3})+|\d+)")
# or each count before its goods, in the plural: "300 spinner racks, 400 slatwall panels, 1200 riser sets"
_COUNT_FIRST = r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,6})\s+[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}?s\b"
_COUNT_FIRST_LIST = re.compile(r"(?:^|(?<=[:.;\n!?]))\s*(" + _COUNT_FIRST + r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)"
                               + _COUNT_FIRST + r")+)(?=\s*(?:[.;!?\n]|$))")
_COUNT_NAMED = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}?s)\b")
_MONEY_WORD = re.compile(r"usd|us\$|\$|rmb|cny|eur|€|£|gbp|price(?!\s*\?)|元|美金|块")
_SPEC_WORDS = frozenset("""power voltage current rated input output capacity speed weight size length width height depth
diameter pressure flux temp temperature frequency thickness resolution battery wattage lumen lumens""".split())
_ORDER_COLON = re.compile(r"\b(?:bulk|order|need|qty|quantity|quantities|want|take)\s*:\s*$")


def _qty_list(view: MessageView, low: str) -> list[tuple[int, int]]:
    """The counts of a "qty" list, each tagged with the goods it names; returns the names' spans."""
    spans = []
    listed = [(m.group(2), m.span(1), m.span(2)) for lst in _QTY_LIST.finditer(low)
              for m in _LISTED_COUNT.finditer(low, lst.start(1), lst.end(1))] \
        or [(m.group(1), m.span(2), m.span(1)) for lst in _QTY_LIST_NAMED.finditer(low)
            for m in _LISTED_NAMED.finditer(low, lst.start(1), lst.end(1))]
    if not listed and view.role == Role.BUYER and not _MONEY_WORD.search(low):
        listed = [(m.group(1), m.span(2), m.span(1)) for lst in _BARE_LIST.finditer(low)
                  for m in _SIZED_NAMED.finditer(low, lst.start(1), lst.end(1))] \
            or [(m.group(2), m.span(1), m.span(2)) for lst in _COUNT_FIRST_LIST.finditer(low)
                for m in _COUNT_NAMED.finditer(low, lst.start(1), lst.end(1))]
        if any(not _SPEC_WORDS.isdisjoint(w.split()) for w, _, _ in listed):
            listed = []  # "rated power 1800, input voltage 220": the goods' specs, not goods
        if listed and all(" " not in w for w, _, _ in listed) \
                and not all(w in _WORD.findall(low, 0, s) for w, _, (s, _) in listed) \
                and not _ORDER_COLON.search(low, 0, listed[0][2][0]):
            # "fork 6000, knife 6000" for the "dinner fork and dinner knife" just named, or after
            # what orders them: "bulk: crown 10000, blowers 20000"
            listed = []
    for words, (start, end), name in listed:
        value = parse_decimal(low[start:end])
        named = words.split()
        if len(named) > 1 and named[-1] in _LISTED_UNITS:
            named.pop()  # "80 sofa sets": the sofas, counted in sets
        if any(w in _STOP or w in _NOT_COUNTED or w in _NOT_GOODS for w in named) \
                or value is None or value <= 0:
            return spans
        known = next((x for x in view.mentions if x.field in _COUNTS and x.start <= start < x.end), None)
        if known is None:
            view.add("quantity", (value, None), start, end)
            known = next((x for x in view.mentions[-1:] if x.start == start), None)
        if known is not None:
            known.item = key(" ".join(named))
            spans.append(name)
    return spans


def _named_after(low: str, m: Mention) -> tuple[int, int] | None:
    lead = _FOR_GOODS_AFTER.match(low, m.end)
    if lead is None:
        return None
    span = _en_phrase(low, lead.end())
    return span if span is not None and _NAMED_END.match(low, span[1]) else None


def goods_after(low: str, m: Mention) -> str | None:
    """The key of the goods a figure is said for after it ("2.15 for K-18"), if any."""
    span = _named_after(low, m)
    return key(low[span[0]:span[1]]) if span is not None else None


# "lead" naming goods, not the lead time: "matching lead ropes 3000 pcs" (not "lead acid", a
# battery's kind: "e-rickshaw with lead acid 5x12V 100Ah")
_LEAD_GOODS = re.compile(r"[ -](?:ropes?|reins?|screws?|sinkers?|shanks?)\b")


def _en_phrase(low: str, pos: int) -> tuple[int, int] | None:
    """The goods noun phrase starting at `pos`, or None when the words there name no goods."""
    m = _SPACES.match(low, pos)
    pos = _LEADING.match(low, m.end()).end()
    start, end, words = pos, pos, []
    part = None
    while len(words) < 8:
        w = _DECIMAL_SIZE.match(low, pos) or _WORD.match(low, pos)
        if w is None:
            break
        word = w.group(0)
        if word == "and" and words and words[-1].endswith("ing") and (nxt := _WORD.match(low, w.end() + 1)) \
                and nxt.group(0).endswith("ing") and low[w.end():w.end() + 1] == " ":
            # "tube filling and sealing machine": one machine that does both
            words.append(word)
            pos = w.end() + 1
            continue
        if word in _STOP and not (word == "set" and words and _PIECE_SET.fullmatch(words[-1])) \
                and not (word == "lead" and _LEAD_GOODS.match(low, w.end())):
            break
        if word[0].isdigit() and _PIECES_WORD.fullmatch(word) or word[0] in "x×" and _TIMES_WORD.fullmatch(word):
            break  # "racerback sports bra 1500pcs", "PIR module x2000": the count ends the name
        if words and _PART_NUMBER.fullmatch(word) and _PART_NUMBER_END.match(low, w.end()):
            # "air filter 2118342 40pcs", "oil separator 2205406500 — USD 64": a part number
            part = w.end()
            break
        if _NUMBER_ONLY.fullmatch(word):
            # (or after a word that says how many: "dual 10\" passive line array speaker")
            size = _SIZE_WORD.match(low, w.end()) if not words or words[-1] in _HOW_MANY else None
            if size is None and len(word) <= 2:
                size = _COUNTED_PART.match(low, w.end())  # "foldable 2 wheel scooter", "3 seater sofa"
            if size is None:
                break
            words.append(word)  # "20 inch folding e-bikes": a size opens the name
            end = pos = size.end()
            continue
        words.append(word)
        end = w.end()
        if word.endswith("s") and low.startswith(("' ", "’ "), end):
            end += 1  # "ladies' rubber flip flops", "kids' rain boots": a plural's apostrophe
        if end < len(low) and low[end] != " ":
            break
        pos = end + 1
    if not _is_name(words):
        return None
    if part is not None:
        return start, part
    logo = _WITH_LOGO.match(low, end)
    if logo:
        end = logo.end()
    spec = _SPEC.match(low, end)
    if spec:
        end = spec.end()
    return start, end


# an OEM part number after the goods' name: six digits or more, then a count or a price, not a
# unit ("dog leash 100000 pcs" counts)
_PART_NUMBER = re.compile(r"\d{6,12}|\d{4,6}-[0-9a-z]{3,6}")
_PART_NUMBER_END = re.compile(r"\s+\d|\s*[—–:(]|\s+-\s")
# a few parts the goods are made with, counted in their name: "3 wheel scooter", "2 burner stove"
_COUNTED_PART = re.compile(r" (?:wheels?|layers?|ply|tiers?|doors?|seaters?|burners?|speeds?|drawers?|"
                           r"shelf|shelves|gang|blades?|legs?|zones?|compartments?|pockets?) (?=[a-z])")
_TIMES_WORD = re.compile(r"[x×]\d[\d,]*")
_PIECES_WORD = re.compile(r"\d[\d,]*(?:pcs|pc|pieces|sets|units|pairs|rolls|ctns|cartons|yds|yards|kgs)"
                          r"|\d{3,}[\d,]*(?:m|kg|meters|metres)")  # "velvet 8000m": a count, not a size
_COUNT_WORD = re.compile(r"\d[\d,.]*(?:-\d[\d,.]*)?(?:k)?(?:pcs|pc|pieces|sets|set|units|unit|pairs|ctns|cartons|rolls|kgs|kg|tons|mt"
                         r"|sqm|m2|sqft)")  # "3.95 for 6000sqm": an area counted, no goods


# A figure of the goods' spec ("16000mAh", "12V", "1000A", "80W") names no goods on its own.
_SPEC_TOKEN = re.compile(r"\d[\d.,]*(?:mah|wh|w|kw|v|a|mm|cm|m|ml|l|oz|gb|tb|inch|in|hz|kg|g|gsm|ft|mp|k)")


# a model code without a hyphen: letters then three digits or more ("d1210", "w712"), not a
# currency glued to an amount ("usd500")
_BARE_MODEL = re.compile(r"(?!usd|us|rmb|eur|gbp|cny|hkd|aud|cad|twd|" + MORE_CODES + r"|nt)[a-z]{1,3}\d{3,5}[a-z]?")
# a short code ("DS08"), not a rating or standard ("IP65", "EN71", "AC12")
_SHORT_CODE = re.compile(r"(?!ac|dc|gb|tb|mm|cm|kg|ml|ip|en|pm|uv|hd|tc|pc|pe|pp|ps|pu|cr|aa|lr|sr)[a-z]{2,3}\d{2}")


_NO_GOODS_PHRASES = frozenset({("full", "box"), ("full", "container"), ("full", "load"), ("whole", "container")})


_CONTAINER_CODE = re.compile(r"(?:\d+x)?(?:20|40|45)'?(?:gp|hq|hc|ft|dv)")  # "nearly full 40HQ": no goods


_ZH_THAT_MODEL = re.compile(r"(?:^|(?<=[,，。!！:：;；\s]))([\u4e00-\u9fff]{3,12}\s?[a-z][a-z0-9.\-]*)\s*"
                            r"(?:那款|这款|這款)(?=\s*[,，]\s*(?:要|订|訂|需要))")  # (with its model code)
_ZH_ADDED = re.compile(r"再加\s*((?:[\u4e00-\u9fff]{0,8}[a-z][a-z0-9]*)+[\u4e00-\u9fff]{2,8}?)(?=\s*\d[\d,]*\s*[个個件只套台条條双雙])")
_LETTER_OF_CREDIT_WORDS = frozenset({"irrevocable", "revocable", "usance"})


_FINISH_WORDS = frozenset("brushed matt matte glossy gloss polished satin anodized anodised powder-coated chrome".split())


def _colour_tailed(words: list[str]) -> bool:
    """Goods named with their finish and colour at the end: "L-angle 10mm brushed silver" (not
    "the black", nor "in grey")."""
    return len(words) >= 3 and words[-1] in _COLOUR_WORDS and words[-2] in _FINISH_WORDS \
        and words[0] not in _NO_OPENING and words[0] not in _FINISH_WORDS


def _is_name(words: list[str]) -> bool:
    if len(words) == 2 and tuple(words) in _NO_GOODS_PHRASES:
        return False  # "for a full box I can do 21.00 / 23.50": the container, no goods
    if not _LETTER_OF_CREDIT_WORDS.isdisjoint(words):
        return False  # "we need irrevocable L/C at sight": a payment, no goods
    if len(words) == 1 and (_MODEL.fullmatch(words[0]) and ("-" in words[0] or words[0][0].isdigit())
                            or _BARE_MODEL.fullmatch(words[0])):
        return True  # "TS-200 USD 7.45", "D1210 x 1200 sets": goods named by their model code
    return bool(words) and (words[-1] not in _NOT_GOODS or _colour_tailed(words)) and not _NUMBER_ONLY.fullmatch(words[-1]) \
        and not _CONTAINER_CODE.fullmatch(words[-1]) \
        and not (len(words) == 1 and _COUNT_WORD.fullmatch(words[0])) \
        and not all(_SPEC_TOKEN.fullmatch(w) for w in words) \
        and (any(sum(c.isalpha() for c in w) >= 3 and not _COUNT_WORD.fullmatch(w) for w in words)
             or words[0][0].isdigit() and _MODEL.fullmatch(words[0]) is not None)  # "6204-2RS C3"


_GREETING_ONLY = re.compile(r"\s*(?:(?:你好|您好|老板|老闆|hi|hello|dear)[\s,，!！。~～]*)*(?:[^\n,，。；;]*[。；;]\s*)?")
_ZH_ORDER_ONLY = re.compile(r"\s*(?:我们|我)?(?:要|需要|订|訂|各要)\s*")
# a size after the name, before its price: "rail 4.2m USD 9.60", "underpads 60x90cm USD 0.12"
# (or sizes, "batten 1.2m 36W")
_SIZE_TAIL = re.compile(r"(?:\s+\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)*\s*(?:m|cm|mm|l|ml|kg|g|w|v|a|k|inch|\")(?![a-z0-9])){1,3}"
                       r"(?:\s+(?!(?:and|or|for|to|is|at|of|the|we|i|you|per|price|usd|fob|cif|exw)\b)[a-z][a-z\-]{2,}"
                       r"(?:\s+[0-9]-[a-z]+)?)?")  # "plate 10 inch round", "clamshell 9x9 inch 3-comp"
# a Chinese name's size and pack, before its price: "米粉 400g x 30包/箱", "生抽 500ml x 12瓶"
_ZH_SPEC_TAIL = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:g|kg|ml|l|cm|mm|克|毫升|升)\s*(?:[x×*]\s*\d+\s*[\u4e00-\u9fff]{1,2}"
                           r"(?:\s*/\s*[\u4e00-\u9fff])?)?\s*$")
_PACK_TAIL = re.compile(r"\s+\d+\s*(?:pcs|pc|pieces)\s*(?:/|per\s+)\s*(?:set|card|box|pack|bag)\s*$")


# (not a metric thread, "M8x80": its goods are named "M8" again)
_DIM_CODE = re.compile(r"(?<![a-z0-9.])(?!m\d)[a-z]{1,3}\d{1,3}\s?[×x*]\s?\d{1,4}[a-z]?(?![a-z0-9])")
_HAN_AFTER_COUNT = re.compile(r"[ ,，、]*[\u4e00-\u9fff]{2,8}[ :：]*")
_YOUR_CODE = re.compile(r"^(?:ur|your|our|model|item|art\.?|ref\.?)\s+(?=[a-z]{1,4}-?\d)")
_ARTICLE = re.compile(r"\s*(?:the|a|an|your|our|my)\s")  # "Paolo, the UHF walkie-talkies": no qualifier


_TOTAL_LEAD = re.compile(r"\s*(?:in )?total(?: of| qty| quantity)?\s*:?\s*")
_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)\s*")


_CODE_BRACKET_END = re.compile(r"\([a-z][a-z0-9\-/]*\d[a-z0-9\-/]*\)\s*[:：]$")


_LABEL_CHAIN = 3  # clauses looked back through for the goods they qualify (a long message stays linear)


def _label_before(low: str, pos: int, floor: int = 0, depth: int = 0) -> tuple[int, int] | None:
    """A name opening the clause right before a price or quantity: "gift box: USD 0.38/pc". The
    label starts after `floor`, the end of the count or price before it ("puffer 600 pcs and
    women's long parka 800 pcs"). `depth`: the clauses already looked back through (at most
    _LABEL_CHAIN: "cable 1500m, " said a thousand times recursed once per clause)."""
    if depth > _LABEL_CHAIN:
        return None
    head = low[:pos].rstrip()
    if head.endswith(("x", "×", "*")) and len(head) > 1 and not head[-2].isalnum():
        head = head[:-1].rstrip()  # "D1210 (front) x 1200 sets"
    elif head.endswith((":", "：")) and _CODE_BRACKET_END.search(head, max(0, len(head) - 24)):
        head = head[:-1].rstrip()  # "passive subwoofer (SW-18): 8 units" (not "1x40HQ (620pcs):")
    close = len(head)
    if close > 0 and low[close - 1] == ")" and pos - close <= 4:
        # "cutting mats (flexible PP, set of 4) 3000 sets": the name before what is in brackets
        opening = low.rfind("(", max(0, close - 60), close)
        if opening > 0 and "\n" not in low[opening:close]:
            earlier = _label_before(low, opening, floor, depth + 1)
            if earlier is not None and not low[earlier[1]:opening].strip():
                return earlier
            gap = len(low[:opening].rstrip())
            if earlier is not None and earlier[1] < gap and _SIZE_TAIL.fullmatch(low, earlier[1], gap):
                return earlier[0], gap  # "marble top dining table 1.8m (MT-180) 30 pcs": with its size
            inner = _YOUR_CODE.sub("", low[opening + 1:close - 1].strip())  # "(ur AV-12)"
            if earlier is None and (_MODEL.fullmatch(inner) and "-" in inner or _BARE_MODEL.fullmatch(inner)
                                    or _SHORT_CODE.fullmatch(inner)):
                at = low.index(inner, opening)  # "8-in-1 (DS08) 300 pcs": the code in brackets
                return at, at + len(inner)
    left = max(0, pos - 80)
    window = low[left:pos]
    cut = max((b.end() for b in _BOUNDARY.finditer(window.rstrip(" :-"))), default=0)
    unit = _UNIT_THEN_AND.match(low, floor, pos) if floor > left + cut else None
    if unit:  # "D1210 was USD 6.85/set and D1092 USD 5.40/set": the price's unit, then the next goods
        floor = unit.end()
    if floor > left + cut and (_AND.match(low, floor, pos) or _ZH_COUNT_HEAD.match(low, floor, pos)
                               or _HAN_AFTER_COUNT.fullmatch(low, floor, pos)
                               and not _ZH_NOT.search(low[floor:pos].strip(" ,，、:："))):
        cut = floor - left  # (and "浴巾3000条 地巾1500条": the next name after a count's unit)
    if cut == 0 and left > 0:
        return None
    head = _ZH_COUNT_HEAD.match(window, cut)
    if head:  # "数量 HF-300 三千个": the goods after the head word
        cut = head.end()
    segment = window[cut:]
    if cut > 0 and window[cut - 1] == "," and _TOTAL_LEAD.fullmatch(segment):
        segment = ""  # "cast iron plates, total 8000kg": the count of the goods before the comma
    if cut > 0 and window[cut - 1] in ",，" and _ZH_ORDER_ONLY.fullmatch(segment):
        # "载玻片7101磨砂边，要2000盒": the goods named before the comma, then the count ordered
        earlier = _label_before(low, left + cut - 1, 0, depth + 1)
        if earlier is not None and earlier[1] == left + cut - 1 and not low[earlier[0]:earlier[1]].isascii() \
                and _GREETING_ONLY.fullmatch(low, low.rfind("\n", 0, earlier[0]) + 1, earlier[0]):
            return earlier  # (not "sandwich maker 三明治机 750W, 英规插头, 要 1.2k 台": a spec before the comma)
    if not segment.strip():
        if cut > 0 and window[cut - 1] == "," and window.isascii() and ("\n" in low or ";" in low):
            # a line of a list, "- heavyweight hoodies 400gsm, 500 pcs @ 8.50": the goods named
            # before the comma, opening the line (or a part of a list in one line, "quote pls:
            # phone holder MH-02, 5000pcs; car mount WC-15, 2000pcs")
            earlier = _label_before(low, left + cut - 1, 0, depth + 1)
            if earlier is not None and (earlier[1] == left + cut - 1
                                        or _BRACKETED.fullmatch(low, earlier[1], left + cut - 1)):
                # (with what it is in brackets: "bench AB-7 (7 positions), 150 units; ...")
                line = low.rfind("\n", 0, earlier[0]) + 1
                if line > 0 and (not low[line:earlier[0]].strip() or _BULLET.fullmatch(low, line, earlier[0])) \
                        or ";" in low and (not (said := low[:earlier[0]].rstrip()) or said.endswith((";", ":"))):
                    return earlier
        return None
    # an en dash closes a label too ("rope toy RT-3 – 5000pcs"), when no comma went before it
    # (a list line's "slant tweezers, stainless, logo laser – USD 0.48" is named by _list_line)
    stripped = segment.rstrip(" :-" if "," in low[low.rfind("\n", 0, pos) + 1:pos] else " :-–—")
    coded = _DIM_CODE.search(stripped)
    if coded and coded.end() == len(stripped) and (not stripped.isascii() or not stripped[:coded.start()].strip()):
        # "SC50×100 300个", "D10×75L 美金5.60": a code with the sizes it is made in
        at = left + cut + coded.start()
        return at, at + len(coded.group(0))
    pack = _PACK_TAIL.search(stripped)
    if pack and pack.start() > 0:  # "placemats 4pcs/set 18元/套": the goods before what a set holds
        stripped = stripped[:pack.start()]
    if not stripped.isascii() and (verb := _ZH_ORDER_TAIL.search(stripped)) and stripped[:verb.start()].isascii() \
            and stripped[:verb.start()].strip():
        stripped = stripped[:verb.start()]  # "plain prayer rugs 70x110 要 3,000 pcs": the goods, then "want"
    if not stripped.isascii() and (gloss := _EN_WITH_GLOSS.fullmatch(stripped.strip())) \
            and (" " in gloss.group(1) or gloss.group(1) not in _NO_OPENING and _LATIN_COUNT_AT.match(low, pos)
                 and not _ZH_NOT.search(stripped)):
        # (one English word only before a count in Latin units, its gloss no talk: "sprocket 驱动齿
        # 8 pcs"; not "anchor 可以 9.10", nor "pyraminx 金字塔 1千个", which the other side names in Chinese)
        stripped = segment[:segment.index(gloss.group(1)) + len(gloss.group(1))]
    if not stripped.isascii() and (tail := _EN_AFTER_HAN.search(stripped)) \
            and tail.group(1).split(" ", 1)[0] not in _NO_OPENING:
        # "我们要下单 seamless sports bra 1200件", "9速链条 bike chain 9-speed 2000pcs": the goods
        # named in English after the Chinese words
        cut += tail.start(1)
        segment = window[cut:]
        stripped = segment[:tail.end(1) - tail.start(1)]  # (a Chinese size after it is no part of it)
    if not stripped.isascii():
        spec = _ZH_SPEC_TAIL.search(stripped)
        if spec and spec.start() > 0:  # "米粉 400g x 30包/箱 USD 13.20/ctn": the goods before their pack
            stripped = stripped[:spec.start()]
        rule = _ZH_RULE_TAIL.search(stripped)
        if rule and rule.start() > 0:  # "汽车座套FOB广州每套4.3美元": the goods before the rule
            if _ZH_PLACE_RULE.match(stripped, rule.start()) \
                    or rule.group(0).lstrip().startswith("出厂价") and _ZH_FACTORY_TOWN.fullmatch(stripped, 0, rule.start()):
                return None  # "宁波离岸价 5.6美金", "东莞出厂价": the place of the rule, not goods
            stripped = stripped[:rule.start()]
        text = stripped.strip()
        if (coloured := _ZH_ORDERED_COLOUR.search(text)) is not None and coloured.start() > 1:
            text = text[:coloured.start()]  # "美容桌要白色50张": the goods, then the colour ordered
        if text[:1] in "+&":  # "双肩包 100 pcs + 保冷包 150 pcs": the next goods after the plus
            text = text[1:].lstrip()
        sized = None
        if (per := _ZH_PER_TAIL.search(text)) is not None and per.end() == len(text) and per.start() > 0 \
                and _HAN.search(text, 0, per.start()) and (_CODE_IN.search(text, 0, per.start())
                                                           or (sized := _SIZE_END.search(text, 0, per.start()))):
            # "大号W-880 每个2.35美金", "L-30 馬燈 每個 6.40 美元": a name with its code, then "each"
            # (or its size, which is no part of the name: "毛巾架60cm 每個US$5.6")
            text = text[:per.start()] if sized is None else text[:sized.start()].rstrip()
        coded = _ZH_WITH_CODE.search(text)
        if coded and coded.end() == len(text) and not _ZH_NOT.search(coded.group(0)):
            # "面盆龙头 B-201 600个": a Chinese name with its model code
            at = left + cut + segment.index(text) + coded.start()
            return at, at + len(coded.group(0))
        return _zh_name(low, left + cut + segment.index(text), text)
    base = left + cut
    bullet = _BULLET.match(low, base, base + len(stripped))
    if bullet:  # "- heavyweight hoodies 400gsm, 500 pcs"
        stripped = low[bullet.end():base + len(stripped)]
        base = bullet.end()
    was = _MODEL_WAS.fullmatch(stripped)
    if was:
        stripped = stripped[:was.end(1)]
    offer = _OFFER_TAIL.search(stripped) or _TIMES_TAIL.search(stripped)
    if offer:  # "solar garden lights we can do USD 2.85/pc", "25kg bags x 3000 pcs"
        stripped = stripped[:offer.start()]
    need = "(" not in stripped and (low[pos:pos + 1] not in ("(", "（") or _REMARK_BRACKET.match(low, pos)) \
        and model_code(stripped) is None \
        and (_QUOTE_LEAD.match(low, base, base + len(stripped)) or _NEED_LEAD.match(low, base, base + len(stripped)))
    lead = _FOR.match(low, base, base + len(stripped)) or _ASK_LEAD.match(low, base, base + len(stripped)) \
        or _AND.match(low, base, base + len(stripped)) or need or _ALSO_LEAD.match(low, base, base + len(stripped)) \
        or (_COUNTED_AT.match(low, pos) and _ACK_LEAD.match(low, base, base + len(stripped)))
    if lead:  # "for the solar garden lights we can do USD 2.85/pc"
        stripped = low[lead.end():base + len(stripped)]
        base = lead.end()
    change = _CHANGE_VERB.match(low, base, base + len(stripped))
    if change:  # "actually make the straws 3000 sets"
        base = change.end()
        stripped = low[base:left + cut + len(stripped)]
    span = _en_phrase(low, base)
    if span is not None and _FOR_WHAT_BEFORE_LIST.search(low, span[0], pos):
        return None
    if span is not None and span[1] > base + len(stripped) and (
            low[base + len(stripped):span[1]].strip() in "x×*" or span[1] > pos > 0 and low[pos - 1] in "x×"
            or span[1] > pos and low[pos:pos + 1] == "," and (bullet or low.rfind("\n", 0, base) + 1 == base)):
        # (or, on a line of a list, a spec after the comma it ends at: "- foldable 2 wheel
        # scooter SC-F120, 120mm wheels, 600pcs")
        # "stainless toaster TS-200 x 3000 pcs", "PIR module x2000": the name before the x
        span = span[0], base + len(stripped)
    if span is not None and span[1] < base + len(stripped):
        more = _WITH_PART.fullmatch(low, span[1], base + len(stripped))
        if more and _STOP.isdisjoint(low[more.start() + 6:more.end()].split()):
            # "the kraft paper bags with handle USD 0.16/pc"
            span = span[0], more.end()
    # the name may end in its unit: "metal straw sets USD 0.42/set"; a line of a list may go on
    # with the goods' spec: "- brass ball valves 1/2\" full port PN25: 4000 pcs"
    if span is None or (span[1] != base + len(stripped)
                        and not _UNIT_TAIL.fullmatch(low, span[1], base + len(stripped))
                        and not _SIZE_TAIL.fullmatch(low, span[1], base + len(stripped))
                        and not (bullet and _LISTED_SPEC.fullmatch(low, span[1], base + len(stripped)))):
        return None
    if cut > 0 and window[cut - 1] == "," and not _ARTICLE.match(window, cut) and not need:
        # (not after a greeting: "hey Amy, need yoga mat 6mm 800 pcs")
        # "18mm film faced plywood, poplar core: USD 16.80": the words after the comma qualify
        # the goods named before it, as in "canvas tote bags, 38x42cm"
        earlier = _label_before(low, left + cut - 1, 0, depth + 1)
        if earlier is not None and earlier[1] == left + cut - 1:
            return earlier[0], span[1]
    return span


# a two-character name and its size (not a standard's: "欧标1200x800", "美规")
_ZH_TWO_SIZED = re.compile(r"([\u4e00-\u9fff]{2})(?<![标標规規型])\s?\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)+\s*(?:cm|mm)?")


def _zh_name(low: str, start: int, text: str) -> tuple[int, int] | None:
    """The span of the Chinese goods name `text` at `start` (see _zh_whole_name), or of the name
    after its last 的 when the words before it are talk: "上次说的双层3到4人帐篷"."""
    found = _zh_whole_name(low, start, text)
    if found is None and (at := text.rfind("的", 0, len(text) - 2)) > 0:
        found = _zh_whole_name(low, start + at + 1, text[at + 1:])
    return found


def _zh_whole_name(low: str, start: int, text: str) -> tuple[int, int] | None:
    """The span of the Chinese (or mixed) goods name `text` at `start`, trimmed, or None: 保温杯,
    TWS蓝牙耳机, 6205轴承; not FOB深圳 or USD单价, a rule or a currency before Chinese words."""
    if " " in text and (order := _ZH_ORDER_TAIL.search(text)) is not None \
            and _HAN_CHAR.search(text, 0, order.start()):  # (not "3.5kW 要 40 台": a size, no name)
        text = text[:order.start()]  # "充气皮划艇 要300艘": the goods, then the verb that orders them
    han = _MIXED_NAME.fullmatch(text)
    if han is None and (sized := _ZH_TWO_SIZED.fullmatch(text)) is not None:
        return start, start + sized.end(1)  # "浴巾70x140 600克 32元一条": the goods before their size
    if han is None and (spec := _ZH_SPEC_AFTER_SPACE.fullmatch(text)) is not None \
            and _MIXED_NAME.fullmatch(spec.group(1)):
        text = spec.group(1)  # "6寸面碗 釉下彩蓝边 3万个": the goods, then what they look like
        han = _MIXED_NAME.fullmatch(text)
    if han is None and (section := _ZH_SECTION.fullmatch(text)) is not None:
        return _zh_trimmed(low, start, section.end(1))  # "槽钢 10# 六十吨": the goods, then their section's number
    if han is None and (specs := _ZH_SIZES_AFTER.fullmatch(text)) is not None:
        return _zh_trimmed(low, start, specs.end(1))  # "对拉螺杆 15/17 一米长 8000根": the goods, then their sizes
    if han is None and (sized := _ZH_SIZE_THEN_NAME.search(text)) is not None and _MIXED_NAME.fullmatch(sized.group(2)) \
            and not _NO_NAME_AFTER_SIZE.match(sized.group(2)) and _ONLY_WHO_ORDERS.fullmatch(text, 0, sized.start(1)):
        # "我們想訂 350ml 紅銅色手沖壺 150 支": the words that order, then the goods with their size
        return start + sized.start(1), start + sized.end(2)
    if han is None or (han.group(1) and han.group(1).strip() in _STOP):
        return None
    return _zh_trimmed(low, start, len(text))


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# (not a qualifier or a material: "需要 12寸 左右", "螺丝要 10mm 不锈钢"; nor with goods named before the verb)
_NO_NAME_AFTER_SIZE = re.compile(r"左右|以上|以下|上下|大概|大约|大約|规格|規格|尺寸|厚度|长度|長度|宽度|寬度|大小|"
                                 r"不锈钢|不鏽鋼|塑料|塑膠|铝|鋁|铁|鐵|铜|銅|木|玻璃")
_ONLY_WHO_ORDERS = re.compile(r"(?:.*[\s,，])?(?:[你您]好)?(?:我们|我們|我|我哋|我地)?(?:想|也|还|還|再)?"
                              r"(?:订|訂|要|需要|采购|採購|购买|購買)\s*")
_ZH_SIZE_THEN_NAME = re.compile(r"(?:订|訂|要|需要|采购|採購|购买|購買)\s*(\d+(?:\.\d+)?\s*(?:ml|l|cm|mm|g|kg|oz|寸|升|毫升)\s+)"
                                r"([\u4e00-\u9fff]{2,10})$")
_ZH_ORDER_TAIL = re.compile(r"\s+(?:我们|我|我哋)?(?:要|需要|订|訂|先要|先订)$")
_ZH_SECTION = re.compile(r"([\u4e00-\u9fff]{2,10}) ?\d{1,2}#\s*")
_ZH_SPEC_AFTER_SPACE = re.compile(r"(\S{2,12}) ([\u4e00-\u9fff]{2,8})")
# a Chinese name, then sizes each after a space: figures ("15/17", "48x3.5mm") or a length said
# ("一米长", "6米")
# (or a cutting rule's points and height: "压线 2点23.6")
_ZH_SIZES_AFTER = re.compile(r"([\u4e00-\u9fff]{2,10})(?: (?:\d+点\d+(?:\.\d+)?|\d+(?:\.\d+)?(?:[/x×*]\d+(?:\.\d+)?)*(?:mm|cm|m)?|"
                             r"(?:[一二两三四五六七八九十]|\d+(?:\.\d+)?)(?:米|厘米|公分|毫米)[长長宽寬高厚]?))+")


# A line of a numbered or bulleted list, "1. slant tweezers, stainless, logo laser – USD 0.48/pc":
# the goods open it, up to the first comma, dash, colon, bracket or figure
_LIST_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)、](?!\d)|[-*•·▪●①-⑳])[ \t]*")
_CIRCLED = re.compile(r"[ \t]*[1-9] (?=[^\d\s])")
# a list line's name ending in a currency before its price: "① SB-18 US$0.95"
_CURRENCY_TAIL = re.compile(r"\s+(?:us\$|usd|\$|rmb|eur|€|¥)$")
# a Chinese name with its model code: "不鏽鋼狗碗 SB-18", "慢食碗 SF-2"
_CODE_IN = re.compile(r"[a-z]{1,4}-?\d{1,5}")
_SIZE_END = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:cm|mm|m|寸|吋|inch)\s*$")
_ZH_PER_TAIL = re.compile(r"\s*(?:单价|單價)?\s*每[个個件套只条條双雙对對张張台块塊卷支副把顶頂]\s*")
_ZH_WITH_CODE = re.compile(r"[\u4e00-\u9fff]{2,12}\s?(?!(?:ac|dc)\d)[a-z]{1,4}-?\d{1,5}[a-z0-9\-]*(?<!\dv)(?<!\dw)(?<!\dhz)")
# (not a rating: "交流接触器 AC220V", "12V")
_LIST_NAME_END = re.compile(r"\s*(?:[,，;；:：(（–—]|\s-\s|(?<![a-z0-9\-])\d|$)")


def _table_row(low: str, pos: int) -> tuple[int, int] | None:
    """The goods a table row opens with, "| PC8-02 | 5000 | 0.21 |", for a count or price in a
    later cell of it."""
    line = low.rfind("\n", 0, pos) + 1
    first = low.find("|", line, pos)
    if first < 0:
        return None
    if low[line:first].strip():  # a row without its outer bars: "PS-21 | 3000 | 2.85"
        first, second = line - 1, first
    else:
        second = low.find("|", first + 1, pos)
    if second < 0:
        return None
    name = low[first + 1:second].strip()
    if not name or len(name) > 60:
        return None
    start = low.index(name, first + 1)
    if name.isascii():
        words = name.split()
        if not _is_name(words) or words[0] in _NO_OPENING:
            return None
        return start, start + len(name)
    return _zh_name(low, start, name)


_OPTION_MARK = re.compile(r"[a-z0-9]{1,2}[.)](?!\d)")


_LINE_CODE = re.compile(r"(?!usd|rmb|eur|fob|cif|cfr|cnf|exw)[a-z]{1,4}-?\d{2,5}[a-z0-9\-]*(?= ?[\u4e00-\u9fff])")


# a line of a price tier, up to its price: "1000-2999 pcs USD 6.80", "3000+ pcs: USD 6.40"
_TIER_LINE = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:(?:>=?|≥|over|above|from)[ \t]*)?\d[\d,]*(?:[ \t]*(?:-|~|–|to)[ \t]*\d[\d,]*)?"
                        r"[ \t]*(?:pcs|pieces|pc|sets|units|pairs|prs|ctns|cartons)?[ \t]*(?:\+|and above|or more|and up)?"
                        r"[ \t]*(?:pcs|pieces|sets|units|pairs|prs)?[ \t]*[:=@\-–]?[ \t]*")
_FIGURE_OPENS = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:(?:>=?|≥|over|above|from)[ \t]*)?\d")


def _tier_header(low: str, tied: list[Mention], names: list[tuple[int, int]]) -> None:
    """Price tiers a line each under a name ending in a colon: "KC-08 chair, FOB Xiamen:" newline
    "500-999 pcs USD 7.20" newline "1000-2999 pcs USD 6.80": each tier's price is that goods'."""
    under: dict[int, list[Mention]] = {}
    for m in tied:
        if m.field != "price" or m.item is not None:
            continue
        line = low.rfind("\n", 0, m.start) + 1
        if line == 0 or not _TIER_LINE.fullmatch(low, line, m.start):
            continue
        end = line - 1  # the newline before the tier; walk up over the tiers above it
        start = low.rfind("\n", 0, end) + 1
        while start > 0 and _FIGURE_OPENS.match(low, start, end):
            end = start - 1
            start = low.rfind("\n", 0, end) + 1
        if not low[start:end].rstrip().endswith((":", "：")) or _FIGURE_OPENS.match(low, start, end):
            continue
        under.setdefault(start, []).append(m)
    for start, tiers in under.items():
        colon = start + len(low[start:low.find("\n", start)].rstrip()) - 1
        head = _RULE_AFTER_NAME.search(low, start, colon)
        span = _label_before(low, head.start() if head else colon, start)
        if len(tiers) < 2 or span is None or (before := low[start:span[0]].strip()) and not before.endswith(("!", ".")):
            continue  # (the head's name alone, not the last of its specs: "24pcs cutlery set 18/10, colour gift box:")
        for m in tiers:
            m.item = key(low[span[0]:span[1]])
        names.append(span)


# what may follow a name in a tier list's head: ", FOB Xiamen", " (EXW)"
_RULE_AFTER_NAME = re.compile(r"\s*[,(]?\s*(?:fob|cif|cfr|cnf|exw|fca|cpt|cip|dap|ddp)\b[^:\n]*$")


def _price_lines(low: str, tied: list[Mention], labels: dict[int, tuple[int, int]],
                 names: list[tuple[int, int]]) -> None:
    """A price list of a line each, no marks: "PS-820 bypass pruning shears, SK5, blister card:
    USD 2.35/pc" newline "HS-24 ...": each price is for the goods opening its line."""
    prices = [m for m in tied if m.field == "price"]
    lines = [low.rfind("\n", 0, m.start) + 1 for m in prices]
    if len(prices) < 2 or len(set(lines)) != len(lines):
        return
    for m, line in zip(prices, lines, strict=True):
        label = labels.get(id(m))
        opening = line + len(low[line:m.start]) - len(low[line:m.start].lstrip())
        if label is not None and label[0] <= opening or not low[opening:opening + 1].isalnum() \
                or _OPTION_MARK.match(low, opening):
            continue  # (a list's marked lines are _list_line's; "A) FOB Shanghai" is an option)
        end = _LIST_NAME_END.search(low, opening, m.start)
        name = low[opening:end.start() if end else m.start].strip()
        if not name.isascii():  # "华夫格浴袍 M/L same price 9.80/pc": the Chinese name opening the line
            han = _HAN.match(name)
            coded = _LINE_CODE.match(name) if han is None else None
            if coded is not None:  # "KCB-55 齿轮泵 + 1.5kW motor: USD 146/set": the model code opening the line
                name = coded.group(0)
            elif han is None or not 2 <= len(han.group(0)) <= 12 or _ZH_NOT.search(han.group(0)):
                continue
            else:
                name = han.group(0)
        elif not 1 <= len(name.split()) <= 6 or name.split()[0] in _NO_OPENING or not _is_name(name.split()):
            continue
        if label is not None:
            names[:] = [n for n in names if n != label]
        m.item = key(name)
        names.append((opening, opening + len(name)))
        labels[id(m)] = (opening, opening + len(name))


# a size naming no goods word, right before its count or price: a thread, "M8", "M8x30"; a
# measure, "115mm", "4'x8'", "1220x2440mm", "3/8\"" (not a count, nor a model code, "4881NP02",
# nor a container, "20ft 8000pcs"); the size opens its line or its part of a list, or follows the
# words of a change, so it names no more than the size ("A4 96pg USD 0.36" is the A4 book's price,
# not a "96pg" goods)
_LINE_SIZE = (r"(?:m\d{1,2}(?:\.\d)?(?:\s?[x×*]\s?\d+(?:\.\d+)?)?|"
              r"(?!(?:20|40|45)\s?(?:ft|')(?![a-z0-9'x×*]))\d+(?:\.\d+)?(?:/\d+)?(?:\s?[x×*]\s?\d+(?:\.\d+)?(?:/\d+)?){0,2}\s?"
              r"(?:mm|cm|m|inch|in|\"|''|'|ml|l|g|kg|oz|w|v|ah|mah|ft|awg|mm2)(?:\s?[x×*]\s?\d+(?:\.\d+)?\s?(?:mm|cm|m|\"|'|ft))?)")
_ONE_SIZE = re.compile(_LINE_SIZE)
# the last character of a size, or of a word between a size and its figure ("M8 大概 20万个")
_SIZE_LAST = frozenset("0123456789\"'mlgwvhtnckzd.约概是成为為x~")
_SAMPLES_SAID = re.compile(r"\bsamples?\b|样品|樣品|打样|打樣")
_SIZE_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[,，;；:：、])[ \t]*|(?<![a-z])(?:and|&|plus|take|和|及)[ \t]+|(?:那就|就|要|订|改成|改为)[ \t]*)("
                          + _LINE_SIZE + r")(?![a-z0-9])[ \t]*(?:[:：=@\-–—][ \t]*)?"
                          r"(?:(?:x|大概|大约|约|还是|改成|改为|about|approx\.?|around|~)[ \t]*)?$")


def _size_before(low: str, pos: int, line: int) -> re.Match[str] | None:
    """The size naming the figure at `pos` (its line starting at `line`), if one does: not after
    a word of samples ("samples: M8 50pcs")."""
    if low[max(line, pos - 12):pos].rstrip(" \t:：=@-–—")[-1:] not in _SIZE_LAST:
        return None  # (a cheap test first: most figures follow no size)
    if _SAMPLES_SAID.search(low, max(line, pos - 40), pos):
        return None
    return _SIZE_BEFORE.search(low, max(line, pos - 40), pos)


def _size_lines(view: MessageView, tied: list[Mention], names: list[tuple[int, int]]) -> None:
    """Sizes of one goods each with its own count or price, the goods named once before them:
    "flat washers DIN 125A:" newline "M8 200,000pcs" newline "M10 150,000pcs", "M8x30 100,000pcs
    and M10x40 60,000pcs". Sizes each counted are lines of their own, named by the size (two
    sizes at least, each once)."""
    low = view.low
    found: list[tuple[Mention, int, int]] = []
    for m in tied:
        if m.item is not None or m.size is not None:
            continue
        line = low.rfind("\n", 0, m.start) + 1
        if (size := _size_before(low, m.start, line)) is None:
            continue
        before = low[line:size.start(1)].rstrip(" \t")
        if before[-1:] in (",", "，", ";", "；", "、") and (words := before[:-1].split()) \
                and _ONE_SIZE.fullmatch(words[-1]):
            continue  # "70x140cm, 500g: USD 3.50/pc": a spec of the size before, no part of a list
        found.append((m, size.start(1), size.end(1)))
    sizes = {low[s:e] for _, s, e in found}
    if len(sizes) != len(found) or len(sizes | {m.item for m in tied if is_size_line(m.item)}) < 2:
        return  # ("M6x20 30万个, M8x25 还是10万个": the second size named already)
    for m, s, e in found:
        m.item = key(low[s:e])
        names.append((s, e))


def counts_of_sizes(view: MessageView, keys: tuple[str, ...]) -> None:
    """A count right after a size the chat priced before as a line of its own: "S USD 1.10, M USD
    1.50, L USD 2.00" - "we take M 500pcs" (one size in the message, which _size_lines leaves)."""
    sizes = _size_keys(keys)
    if not sizes:
        return
    low = view.low
    for m in view.mentions:
        if m.item is not None or m.size is not None or m.field not in _COUNTS:
            continue
        size = _size_before(low, m.start, low.rfind("\n", 0, m.start) + 1)
        if size is not None and (k := key(size.group(1))) in sizes:
            m.item = k


@lru_cache(maxsize=64)
def _size_keys(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in keys if k and _ONE_SIZE.fullmatch(k))


def is_size_line(item: str | None) -> bool:
    """A goods named by nothing but a size, as _size_lines names them ("M8", "115mm")."""
    return item is not None and _ONE_SIZE.fullmatch(item) is not None


def _dash_line(low: str, pos: int) -> tuple[int, int] | None:
    """The whole line before a list line's count after a dash, bar its letter: "B. IV cannula
    22G with injection port - 20,000" (a name with words _en_phrase stops at)."""
    line = DASH_COUNT_LINE.match(low, low.rfind("\n", 0, pos) + 1)
    if line is None or line.start(2) != pos or DASH_NOT_GOODS.search(line.group(1)):
        return None
    mark = _LETTER_MARK.match(line.group(1))
    return line.start(1) + (mark.end() if mark else 0), line.end(1)


_LETTER_MARK = re.compile(r"(?:[a-h]|\d{1,2})[.)]\s*")


def _name_respective(view: MessageView, low: str, listed: tuple[int, int], names: list[tuple[int, int]],
                     labels: dict[int, tuple[int, int]]) -> None:
    """"ZK-15 真空瓶；RY-100 乳液瓶；GS-50 膏霜瓶。数量分别8000、10000、6000": the goods named
    before the list, or else their model codes, one for each count in their order."""
    first = listed[0]
    counts = sorted((m for m in view.mentions if m.field in _COUNTS and first <= m.start < listed[1]),
                    key=lambda m: m.start)
    if len(counts) < 2:
        return
    own = {labels[id(m)] for m in counts if id(m) in labels}
    spans: list[tuple[int, int]] = []
    for s, e in sorted(names):
        if e <= first and (s, e) not in own and not any(s < e2 and s2 < e for s2, e2 in spans):
            spans.append((s, e))
    if len(spans) != len(counts):
        spans = [m.span() for m in _LISTED_CODE.finditer(low, 0, first)]
        if len(spans) != len(counts):
            return
        names.extend(spans)
    for m, (s, e) in zip(counts, spans, strict=True):
        m.item = key(low[s:e])


_LISTED_CODE = re.compile(r"(?<![a-z0-9\-])[a-z]{1,4}(?:-\d{1,5}|\d{3,5})[a-z0-9\-]*(?![a-z0-9])")


def _list_line(low: str, pos: int) -> tuple[int, int] | None:
    line = low.rfind("\n", 0, pos) + 1
    mark = _LIST_MARK.match(low, line, pos) if "\n" in low else None
    if mark is None and ("\n1 " in low or low.startswith("1 ")) and "\n2 " in low:
        mark = _CIRCLED.match(low, line, pos)  # "①" normalised: "1 sb-18 us$0.95", "2 sf-2 ..."
    if mark is None or mark.end() == line:
        return None
    end = _LIST_NAME_END.search(low, mark.end(), pos)
    name = low[mark.end():end.start() if end else pos].strip()
    if name.isascii() and (cur := _CURRENCY_TAIL.search(name)):
        name = name[:cur.start()]
    if not name or len(name) > 60:
        return None
    if not name.isascii() and _ZH_WITH_CODE.fullmatch(name) and not _ZH_NOT.search(name):
        start = low.index(name, mark.end())
        return start, start + len(name)
    if name.isascii():
        words = name.split()
        if not 1 <= len(words) <= 6 or words[0] in _NO_OPENING or not any(c.isalpha() for c in name):
            return None
        start = low.index(name, mark.end())
        return start, start + len(name)
    return _zh_name(low, low.index(name, mark.end()), name)  # not "2. 单价9.8美金/件", "1. FOB中山 2.35美金/个"


_GLOSS_AFTER = re.compile(r" [\u4e00-\u9fff]{2,8}(?![\u4e00-\u9fff])")
_PART_END = re.compile(r"\s*(?:[.!?。][^;；\n]*)?")
_PART_LEAD = re.compile(r"\s*(?:(?:hi|hello|dear)\b[^,:;\n]{0,20}[,:]\s*)?(?:(?:we )?need|pls quote|quote|order)?\s*:?\s*")


def _semicolon_part(low: str, m: Mention, tied: list[Mention]) -> tuple[int, int] | None:
    """The goods opening a part of a list in one line, parts apart by semicolons, with specs
    between the name and the part's one count: "envelope sleeping bag 信封睡袋 10°C, 1.2kg,
    1500pcs; self inflating sleeping pad 自动充气垫 5cm, 800pcs"."""
    opening = max(low.rfind(";", 0, m.start), low.rfind("；", 0, m.start), low.rfind("\n", 0, m.start)) + 1
    closing = min((i for i in (low.find(";", m.end), low.find("；", m.end), low.find("\n", m.end)) if i >= 0),
                  default=len(low))
    if opening == 0 and ";" not in low[m.end:] and "；" not in low[m.end:]:
        return None  # a list has two parts at least
    if sum(1 for x in tied if x.field in _COUNTS and opening <= x.start < closing) != 1 \
            or not _PART_END.fullmatch(low, m.end, closing):
        return None  # (the part ends in its count: not "LED footwell light 2条/套 model FL-2")
    if opening == 0 or low[opening - 1] == "\n":
        opening = _PART_LEAD.match(low, opening).end()
    start = _SPACES.match(low, opening).end()
    span = _en_phrase(low, start)
    if span is None and not low.isascii():
        span = _han_part_name(low, start, m.start)  # "Ryzen 7 5825U迷你主机 16G+512G，带WiFi6，六百台；"
    if span is None or span[1] > m.start or not low[span[1]:m.start].strip(" ,，") \
            or "," not in low[span[1]:m.start] and "，" not in low[span[1]:m.start]:
        return None  # (the specs sit between the name and its count, after a comma)
    if (gloss := _GLOSS_AFTER.match(low, span[1])) is not None and gloss.end() < m.start:
        return span[0], gloss.end()  # with its name in Chinese, which the other side may use: "信封睡袋"
    return span


# a greeting opening a part: "您好，", "黄总好，"
_ZH_GREETING = re.compile(r"[\u4e00-\u9fff]{0,3}(?:您好|你好|好)[!！]?\s*[，,]\s*")
_DIGIT_IN = re.compile(r"\d")
_ZH_PART_NOT = re.compile(r"批$|单$|單$|仓$|倉$|颜色|顏色|尺寸|随机|隨機|规格|規格|型号|型號")  # "第一批", "深圳仓", "颜色随机"
_EN_WORD = re.compile(r"(?<![a-z0-9])[a-z]{3,}(?![a-z0-9])")
_ZH_PART_NAME = re.compile(r"(?:[a-z0-9][a-z0-9\-]*\s?)*?([\u4e00-\u9fff]{2,8})(?=[\sa-z0-9+]|[，,]|$)")


def _han_part_name(low: str, start: int, count_at: int) -> tuple[int, int] | None:
    """The Chinese goods name opening a part, its specs after it in clauses of their own: "迷你主机"
    in "Ryzen 7 5825U迷你主机 16G+512G，带WiFi6，600台"."""
    if (greeting := _ZH_GREETING.match(low, start, count_at)) is not None:
        start = greeting.end()
    comma = min((i for i in (low.find("，", start, count_at), low.find(",", start, count_at)) if i >= 0), default=-1)
    if comma < 0:
        return None
    name = _ZH_PART_NAME.match(low, start, comma)
    if name is None or (name.end() == comma and not _DIGIT_IN.search(low, comma, count_at)) \
            or name.end() != comma and (not (rest := low[name.end():comma]).isascii() or _EN_WORD.search(rest)
                                        or not _DIGIT_IN.search(rest)):
        # (the name, then specs in figures: "16G+512G", or specs in clauses of their own with a
        # figure: "电焊手套，牛二层皮，加长款14寸，要300双"; not an English name, "路亚套装 lure kit",
        # nor talk alone before the comma: "好的，黑色，600台", "老王，麻烦安排，500件")
        return None
    han = name.group(1)
    trimmed = _ZH_TRIM_START.match(han)
    begin = name.start(1) + (trimmed.end() if trimmed else 0)
    if name.end(1) - begin < 2 or _ZH_NOT.search(low[begin:name.end(1)]) or _ZH_PART_NOT.search(low[begin:name.end(1)]):
        return None
    return begin, name.end(1)


_AND_WORD = re.compile(r"and|plus|&")
_LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|plus\s+|&\s*)?|\s(?:and|plus|&)\s+)(?!(?:with|in|for|pls|please)\b)")


_TAG_AFTER = re.compile(r"\s*[?？]")


def _question_tag(low: str, start: int, end: int) -> bool:
    """"right" right before a question mark: a tag ("so 50万支 right?"), no goods."""
    return end - start == 5 and low.startswith("right", start) and _TAG_AFTER.match(low, end) is not None
# a word that, joined by "&" or "and" to a name, shares that name's head: "neck & shoulder massager"
_SHARED_HEAD = frozenset("""neck shoulder back foot feet hand knee leg eye face body arm waist hip
hot cold wet dry indoor outdoor men women kids boys girls
male female day night""".split())


def _after_verbs(view: MessageView, low: str) -> list[tuple[int, int]]:
    out = []
    words = view.words
    tied: SpanSet | None = None
    for m in _VERBS.finditer(low) if not _VERB_WORDS.isdisjoint(words) else ():
        span = _en_phrase(low, m.end())
        if span is None and _ORDERING.search(m.group(0)):
            if tied is None:
                tied = SpanSet((x.start, x.end) for x in view.mentions if x.field in _TIED)
            span = _counted(view, low, m.end(), tied=tied)
            # "we take 5,000 bath towels and 8,000 hand towels": each count its goods
            while span is not None and (more := _AND_COUNT.match(low, span[1])):
                out.append(span)
                span = _counted(view, low, more.end(), tied=tied)
        # "please quote slant tweezers, eyebrow razors and glass nail files": each goods of a
        # list that ends in "and"; not "the foldable storage bins, linen look, grey", its spec
        listed = []
        while span is not None and (more := _LISTED_NEXT.match(low, span[1])):
            listed.append(span)
            span = _en_phrase(low, more.end())
            if _AND_WORD.search(more.group(0)):
                if len(listed) == 1 and span is not None and low[listed[0][0]:listed[0][1]].count(" ") <= 1 \
                        and low[listed[0][0]:listed[0][1]].rsplit(" ", 1)[-1] in _SHARED_HEAD \
                        and low[span[0]:span[1]].split(" ", 1)[0] in _SHARED_HEAD \
                        and " " in low[span[0]:span[1]]:
                    # "neck & shoulder massager", "hot and cold pack": one goods, the second word's head
                    # shared (two such words: not "round neck and polo shirts", "jackets men and winter gloves")
                    span, listed = (listed[0][0], span[1]), []
                break
        else:
            listed = listed[:1]
            span = None if listed else span
        out += listed
        if span:
            out.append(span)
    containers = "of" in words and not _CONTAINER_WORDS.isdisjoint(words)
    for m in _CONTAINER_OF.finditer(low) if containers else ():
        if m.start() > 0 and low[m.start() - 1].isalnum():
            continue
        span = _en_phrase(low, m.end())
        if span:
            out.append(span)
    if not view.ascii:
        for m in _ZH_VERB.finditer(low):
            span = _zh_run(low, m.end())
            if span:
                out.append(span)
        for m in _ZH_QUOTE_HEAD.finditer(low) if "报价" in low else ():
            span = _zh_trimmed(low, m.start(1), len(m.group(1)))
            if span:  # "毛绒玩具报价：出厂价每个港币18元"
                out.append(span)
    return out


# A list of counted goods, no unit: "3000 stainless roof hooks, 1500 aluminium rails 4.2m, 4000
# mid clamps, 1600 end clamps" (three or more, each count opening its item)
_LIST_COUNT = re.compile(r"(?:^|[:,;\n]|\band)\s*(\d{1,3}(?:,\d{3})+|\d{2,7})\s+(?=[a-z])")


def _counted_list(view: MessageView, low: str) -> list[tuple[int, int]]:
    found = []
    for m in _LIST_COUNT.finditer(low):
        span = _en_phrase(low, m.end())
        if span is None or low[span[0]:span[1]].split(" ", 1)[0] in _NOT_COUNTED or _OF.match(low, span[1]):
            continue
        found.append((m, span))
    if len(found) < 3:
        return []
    out = []
    tied = SpanSet((x.start, x.end) for x in view.mentions if x.field in _TIED)  # (by bisection: n log n)
    for m, span in found:
        if tied.covers(m.start(1)):
            continue
        value = parse_decimal(m.group(1))
        if value is None or value <= 0:
            continue
        _add_count(view, value, m.start(1), m.end(1), key(low[span[0]:span[1]]))
        tied.add(m.start(1), m.end(1))
        out.append(span)
    return out


# A buyer's message, or a sentence of it, opening with a count of the goods, no unit and no verb:
# "Kia ora Jenny, 250 rubber speed humps 600x400mm", "small order this time: 120 LED flashing
# warning lights", "final list: 2000 solar road studs (...) and 5000 plastic road studs"
_OPENING_COUNT_HINT = re.compile(r"(?:^|[.!?:\n,]\s*)(?:for\s+)?\d{2,7}\s+(?:[a-z]|\d-[a-z])")  # ("500 4-wheel rollators")
_COUNT_NAME_PRICE = re.compile(r"(?:^|[.!?:\n]\s*)\d{2,7}\s+[a-z][a-z \-]{2,40}s\s*[:：\-–—]?\s*"
                               r"(?:usd|us\$|\$|eur|€|£|gbp|rmb|¥)\s*\d")
_OPENING_AT = re.compile(r"(?:^|(?<=[.!?:\n])(?<!\d\.))\s*(?:for\s+)?")
_UNIT_WORDS = frozenset({"pcs", "pc", "pieces", "sets", "units", "pairs", "ctns", "cartons"})
# (the name a plural noun, a size after it or not: not "possible", "high", "body ok")
_PLURAL_END = re.compile(r"[a-z]{2}(?<!s)(?<!u)(?<!i)s(?:$| \d[\dx×*.]*(?:mm|cm|m)?$)")
# packages the goods come in: "200 ribbon rolls" counts the rolls of the ribbon named before
_PACKS = frozenset("rolls boxes bags packs packets cartons bottles jars cans drums barrels pails tubes cases sheets "
                   "slabs pouches tubs bundles pads cards cones bobbins kits".split())
# cards that are the goods, not the card goods come on: "5000 RFID hotel key cards", "PVC cards"
_CARDS_SOLD = frozenset("key pvc id ic rfid nfc smart chip access proximity membership loyalty gift business "
                        "greeting playing sim memory sd prepaid bank credit debit".split())
_GREETING_THEN = re.compile(r"[^\s\d,.!?:;]+(?:\s+[^\s\d,.!?:;]+){0,2},\s*(?:for\s+)?")


# what a figure opening a message counts that is no goods: people, or a measure of one ("45 nurses",
# "12 tpi blades"; the measures that open a name, "16 gauge wires", "35 cents", are in _NOT_COUNTED)
_NOT_GOODS_COUNTED = frozenset("""
guests nurses followers people persons staff employees workers students customers members visitors users
patients kids children friends fans subscribers likes views doctors teachers players guys ladies men women
lm tpi denier threads mesh stitches cores pins ways
""".split())
# a count asked back, told per pack, or one of options: "500 brackets?", "20 chairs in one carton?",
# "250 helmets per pallet", "1000 chairs at 19.50 or 500 chairs at 21?"
_NOT_THE_ORDER_AFTER = re.compile(r"\s*\?|\s+(?:in|per|to|for) (?:a|one|1|each|every)? ?(?:carton|ctn|box|pallet|case|crate|bag|container)\b|"
                                  r"\s*/\s*(?:carton|ctn|box|pallet|case|crate|bag|container)\b|\s+per\s+(?:carton|ctn|box|pallet|case|crate)\b|"
                                  r"(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,40}?\bor\b")


def _opening_count(low: str, count: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether a figure opening a message or a sentence counts the goods named after it: a name
    ending in a plural noun, no package, person or measure; a round figure (not "6205 bearings",
    "2026 wall calendars": a model or a year); not asked back, per pack, or one of options."""
    words = low[span[0]:span[1]].split()
    value = parse_decimal(count.group(1))
    return bool(_PLURAL_END.search(low, span[0], span[1])) \
        and (words[-1] not in _PACKS or words[-1] == "cards" and len(words) > 1 and words[-2] in _CARDS_SOLD) \
        and _NOT_GOODS_COUNTED.isdisjoint(words) and value is not None and (value < 100 or value % 10 == 0) \
        and not _NOT_THE_ORDER_AFTER.match(low, span[1])


def _opening_counts(view: MessageView, low: str) -> list[tuple[int, int]]:
    """Counts opening the message (after a greeting: a few words and a comma) or a sentence of it,
    each naming its goods; none when the message counts anything in a unit (then the figure
    opening it is the goods' size: "264 egg incubator, 120 units")."""
    if any(m.field in _COUNTS for m in view.mentions) or not _UNIT_WORDS.isdisjoint(view.words):
        return []
    out = []
    starts = [m.end() for m in _OPENING_AT.finditer(low)]
    if (greeting := _GREETING_THEN.match(low)) is not None:
        starts.append(greeting.end())
    for pos in starts:
        span = _counted(view, low, _SPACES.match(low, pos).end(), opening=True)
        while span is not None:
            out.append(span)
            gloss = _BRACKETED.match(low, span[1])  # "(model SRS-6) and 5000 plastic road studs"
            more = _AND_COUNT.match(low, gloss.end() if gloss else span[1])
            # (a single figure too once the list is open: "5000 RFID hotel key cards (...), 2 card
            # encoders for front desk, and 500 RFID wristbands")
            span = _counted(view, low, _SPACES.match(low, more.end()).end(), opening=True, listed=True) if more else None
    return out


_LIST_GOES_ON = re.compile(r"[^.;!?\n]{0,40}?(?:,|\band\b|&)\s*(?:and\s+)?\d{2,}")


def _counted(view: MessageView, low: str, pos: int, opening: bool = False,
             tied: SpanSet | None = None, listed: bool = False) -> tuple[int, int] | None:
    """"order the 2,000 folding camping chairs": the count is the order quantity (in the goods
    themselves, no unit written) unless a quantity already covers it; returns the name's span."""
    count = _COUNT.match(low, _LEADING.match(low, pos).end())
    if count is None or opening and (count.start() != pos or len(count.group(1).replace(",", "")) < 2 and not listed
                                     or low[count.start():count.end()].endswith("\n")):
        return None
    span = _en_phrase(low, count.end())
    # "12 inch pizza boxes", "2020 model chairs", "100 spare chairs", "2 pallets of the mugs": the
    # number is a size, a year or an extra, or it counts packages; none is the order quantity
    if span is None or low[span[0]:span[1]].split(" ", 1)[0] in _NOT_COUNTED or \
            _OF.match(low, span[1]) or opening and not _opening_count(low, count, span):
        return None
    if listed and len(count.group(1).replace(",", "")) < 2 and not _LIST_GOES_ON.match(low, span[1]):
        return None  # (a single figure only inside a list that goes on: not "300 LED panels and 2 drivers each")
    if tied.covers(count.start()) if tied is not None else \
            any(m.field in _TIED and m.start <= count.start() < m.end for m in view.mentions):
        return span  # (`tied`, the spans of the counts and prices, by bisection: many counts stay n log n)
    value = parse_decimal(count.group(1))
    if value is not None and value > 0 and not steel_grade(value, low, count.end(1)):
        _add_count(view, value, count.start(1), count.end(1), key(low[span[0]:span[1]]))
        if tied is not None:
            tied.add(count.start(1), count.end(1))
    return span


# the grades stainless steel goods are named by ("316 stainless", "304不锈钢", "316L SS")
_STEEL_GRADES = frozenset(Decimal(g) for g in (201, 202, 304, 310, 316, 321, 409, 410, 420, 430, 904))
_STEEL_AFTER = re.compile(r"\s*(?:l|ti)?\s*(?:stainless|ss\b|s/s|不锈钢|不鏽鋼|不銹鋼)")


def steel_grade(value: Decimal, low: str, end: int) -> bool:
    """Whether a figure ending at `end` is a grade of steel ("we need 316 stainless:"), no count."""
    return value in _STEEL_GRADES and _STEEL_AFTER.match(low, end) is not None


def _add_count(view: MessageView, value: Decimal, start: int, end: int, item: str) -> None:
    """A count, no unit written, of the goods `item` (unless the message's context leaves it
    out: a hypothetical, a sample)."""
    view.add("quantity", (value, None), start, end)
    last = view.mentions[-1] if view.mentions else None
    if last is not None and last.field == "quantity" and last.start == start:
        last.item = item


def _zh_run(low: str, pos: int) -> tuple[int, int] | None:
    run = _HAN.match(low, pos)
    if run is None:
        return None
    return _zh_trimmed(low, run.start(), run.end() - run.start())


# goods a single character names ("碗 0.85欧元/个，8寸盘 1.20欧元/个"); no measure word among them
_ZH_ONE_CHARACTER_GOODS = frozenset("碗盘碟杯壶锅伞灯桌椅床鞋帽袜刀笔锁钟镜梳刷扇毯被枕勺叉筷铲")


_CODE_BEFORE_HAN = re.compile(r"(?:[a-z]{1,4}-?\d{2,6}[a-z0-9\-]*|\d{4,6}(?:-[a-z0-9]+)?) (?=[\u4e00-\u9fff])")  # "HK1612 ", "30205 "


def code_before_han(key: str) -> str | None:
    """The model code opening a Chinese name, "30205" of "30205 圓錐滾子軸承"; else None."""
    code = _CODE_BEFORE_HAN.match(key)
    return code.group(0).strip() if code else None


def _zh_trimmed(low: str, start: int, length: int) -> tuple[int, int] | None:
    text = low[start:start + length]
    head = _ZH_TRIM_START.match(text)
    cut = head.end() if head else 0
    if (verb := _ZH_WHO_NEEDS.match(text, cut)) and len(text) - verb.end() >= 2:
        cut = verb.end()  # "工地需要滅火毯500條": who needs them is no part of the name
    tail = _ZH_TRIM_END.search(text[cut:])
    name = text[cut:len(text) - (len(tail.group(0)) if tail else 0)]
    # (a model code before the Chinese words is no part of their length: "HK1612 滾針軸承")
    words = name[code.end():] if (code := _CODE_BEFORE_HAN.match(name)) else name
    if not (2 <= len(words) <= 10 or name in _ZH_ONE_CHARACTER_GOODS) or _ZH_NOT.search(name):
        return None
    return start + cut, start + cut + len(name)


# A count written with the name of goods the chat already named, no unit: "we need to bump it up
# to 2600 loops" after "3/8 LP saw chain loops". (A head that is a unit or a word of trade talk is
# read by the quantity pattern or is no goods.)
_COUNT_BEFORE_HEAD = r"(?<![\w.,$¥€£/\-])(\d{1,3}(?:,\d{3})+|\d+k(?=\s)|\d+)\s+(?:more\s+)?("
# what a container or a carton holds is no order: "One 40HQ takes 48 tanks", "48 tanks per container"
_HOLDS_BEFORE = re.compile(r"\b(?:takes?|holds?|fits?|loads?|carries|capacity(?: is| of)?)\s+(?:about |around |up to |max\.? )?$")
_HOLDS_AFTER = re.compile(r"\s*(?:per|each|a|/)\s*(?:container|ctn|carton|case|box|pallet|40|20|hq|gp)|\s*each\b")


_PACK_UNITS = frozenset("rolls roll pcs pieces units sets pairs ctns cartons dozen kgs reels".split())


_RATIO_BEFORE = re.compile(r"\b(?:per|every|each)\s*$")  # "1 reader free per 50 safes"


def counts_of_named(view: MessageView, keys: tuple[str, ...], noted: tuple[tuple[str, str], ...] = ()) -> None:
    """Add the counts `view` writes with the head noun of one of the goods `keys`, or with a
    word `noted` beside a model code or a Chinese name (the code or name then keys the goods:
    "metal yo-yo (Y-201) ... 5000 yo-yos")."""
    heads, words, pattern = _heads(keys, noted)
    if pattern is None or words.isdisjoint(view.words):
        return
    low = view.low
    for m in pattern.finditer(low):
        start, end = m.span(1)
        if any(x.field in _COUNTS and x.start < m.end() and start < x.end for x in view.mentions):
            continue
        value = parse_decimal(m.group(1))
        if value is not None and value < 10 and (start == 0 or low[start - 1] == "\n") and "\n2 " in low:
            continue  # a numbered list's number ("①" normalised): "1 sb-18 us$0.95"
        if value is None or value <= 0 or m.group(0).split()[1] == "more" \
                or _HOLDS_BEFORE.search(low, max(0, start - 30), start) or _HOLDS_AFTER.match(low, m.end()) \
                or _RATIO_BEFORE.search(low, max(0, start - 12), start):
            continue
        more = _WORD.match(low, m.end() + 1) if low[m.end():m.end() + 1] == " " else None
        if more is not None and more.group(0) not in _STOP and more.group(0) not in _PACK_UNITS \
                and more.group(0).isalpha():  # (not "200 ribbon rolls": rolls of the ribbon)
            # "1000 chalk bags": the head of other goods' name goes on ("chalk" is not its head)
            span = _en_phrase(low, m.start(2))
            if span is not None and span[1] > m.end():
                _add_count(view, value, start, end, key(low[span[0]:span[1]]))
                view.add(GOODS, (key(low[span[0]:span[1]]),), *span)
            continue
        _add_count(view, value, start, end, heads[m.group(2)])


@lru_cache(maxsize=64)
def _heads(keys: tuple[str, ...], noted: tuple[tuple[str, str], ...] = ()
           ) -> tuple[dict[str, str], frozenset[str], re.Pattern[str] | None]:
    """The head nouns of the goods `keys` (each to its goods), the words they are written as, and
    the pattern of a count before one."""
    heads: dict[str, str] = {}
    for k in keys:
        words = k.rsplit(" ", 2)
        head = words[-1]
        if len(words) > 1 and "-" in head and _MODEL.fullmatch(head):
            head = words[-2]  # "150 bench" counts the "adjustable weight bench AB-7"
        if k.isascii() and len(head) >= 3 and head not in _STOP and head not in _NOT_COUNTED \
                and head not in _NOT_GOODS:
            heads.setdefault(head, k)
    codes = [(w, k) for k in keys if k.isascii() and " " in k for w in k.split()
             if "-" in w and _MODEL.fullmatch(w)]
    for code, k in codes:  # "1200 HS-24" counts the "HS-24 telescopic hedge shears"
        if sum(c == code for c, _ in codes) == 1:
            heads.setdefault(code, k)
    for word, code in noted:
        if len(word) >= 3 and word not in _STOP and word not in _NOT_COUNTED and word not in _NOT_GOODS:
            heads.setdefault(word, code)
    if not heads:
        return heads, frozenset(), None
    # the words a message must have (its words are runs of letters: "db-18sf" is "db", "sf")
    words = frozenset(w for h in heads for w in ((h, h + "s", h + "es") if h.isalpha()
                                                 else re.findall(r"[a-z]+", h)[:1]))
    return heads, words, re.compile(_COUNT_BEFORE_HEAD + "|".join(map(re.escape, sorted(heads)))
                                    + r")(?:s|es)?(?![a-z])")


# Goods told apart by a size alone: "60cm x 2000 pcs and 90cm x 1000 pcs", "10in GBP 6.40, 12in
# GBP 8.10", "L码每件58元，XL码62元", "要45L透明的2000个，60L灰色的1500个". Their keys start with
# SIZED and are no other goods; a later "make the 90cm 1200 pcs" or "8.00 on the 12 inch" is
# that size's once the chat has it.
SIZED = "size:"
# a tyre's or a cable's size code: "295/80R22.5", "11R22.5", "90/90-14", "5G2.5"
# (and a shoe's: "UK7", "EU42")
_SIZE_CODE = r"\d{2,3}/\d{2}\s?z?r\s?\d{2}(?:\.5)?|\d{1,2}(?:\.\d{1,2})?r\d{2}(?:\.5)?(?![\d.])|\d{2,3}/\d{2}-\d{2}(?![\d.])|\dg\d{1,3}(?:\.\d{1,2})?(?![\d.])|" \
    r"(?<![a-z])uk(?:1[0-5]|[1-9])(?:\.5)?(?![\d.])|(?<![a-z])eu\s?[2-4]\d(?:\.5)?(?![\d.])|" \
    r"[øφ⌀]\s?\d{1,4}(?:\.\d{1,2})?(?![\d.])"  # a diameter: "Ø50 bimetallic screw barrel set MYR 7,900/set"
SIZE_CODE_HINT = re.compile(r"\dz?r\d|\d/\d\d-\d|\dg\d|uk\d|eu\s?\d|[øφ⌀]\s?\d")  # (a cheap test before SIZE_CODES)
SIZE_CODES = re.compile(r"(?<![a-z0-9./])(?:" + _SIZE_CODE + r")(?![a-z0-9])")
_SIZE = (r"(?:size\s*)?(?:" + _SIZE_CODE + "|"
         r"\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)?(?:\s*(?:mm|cm))?|"
         # a pipe's bore in inches: "1/2\"", "1-1/4 inch"
         r"(?:\d-)?\d{1,2}/\d{1,2}\s*(?:inch(?:es)?|in\b|\"|寸|吋|英寸)|"
         r"\d+(?:\.\d+)?\s*(?:inch(?:es)?|in\b|ft\b|\"|寸|吋|英寸|cm|mm|l\b|ml|oz|w\b|kw|gb|tb|mah|btu\b|升|毫升|(?<=\d)l(?=[\u4e00-\u9fff])|"
         r"v\s+\d+(?:\.\d+)?\s*ah\b|"  # (a battery's voltage and capacity: "36V 10Ah")
         r"(?<=\d)a\b)|"
         r"(?<![\d.])\d(?:\.\d)?\s*m\b|"  # a cable's length: "1m: USD 0.48, 2m: USD 0.62"
         r"(?<![\d.])\d{1,2}(?:\.\d{1,2})?\s*(?:t|tons?|tonnes?)(?![\w\-'’])|"  # a rated load: "1T - USD 28.50/pc", "3t x 80"
         r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\s*(?:码|號|号)|"
         r"[大中小]号|[大中小]码|加大号)")
_SIZE_HINT = re.compile(SIZE_CODE_HINT.pattern + r"|\d\s*(?:[x×*]\s*\d|inch|in\b|ft\b|\"|寸|cm|mm|l\b|ml|oz|w\b|kw|gb|tb|mah|btu\b|升|l(?=[\u4e00-\u9fff]))|\da\b|\dm\b|\d\s?t(?:ons?|onnes?)?\b|\dv\s+\d+(?:\.\d+)?\s*ah\b"
                        r"|[slm]\s*[码號号]|[大中小]号|[大中小]码")
_SIZE_LABEL = re.compile(r"(?:^|(?<=[\s,;:，；：、。！(（\u4e00-\u9fff]))(" + _SIZE + r")(?:[\u4e00-\u9fff]{0,2}色|透明)?"
                         r"(?:\s+\d+(?:\.\d+)?\s*(?:v|pr)\b|\s+\d{2,3}[hvwtsrqyz](?:\s+xl)?\b)?"  # "350W 24V：68元/台": the size, and its voltage, ply rating or load index ("195/65R15 91H")
                         r"\s*(?:的|要|[x×*]|改成|改为|每[\u4e00-\u9fff]|单价|价格|is|at|@|[:：\-–—|])*\s*"
                         r"(?:usd|us\$|\$|gbp|£|eur|€|rmb|¥|hk\$|人民币|美金)?\s*$")
_SIZE_PARTS = re.compile(r"(?P<code>" + _SIZE_CODE + r")|(?P<dims>\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)+)|(?P<frac>(?:\d-)?\d{1,2}/\d{1,2})\s*[a-z\"寸吋英]|(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[a-z\"]+|寸|吋|英寸|升|毫升)|"
                         r"(?P<letter>xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)(?![a-z])|(?P<zh>[大中小]号|[大中小]码|加大号)")
# (a size code or dimensions, not "3.5cm" or "1.5kw": those are as often a spec of named goods)
_CODE_OR_DIMS = re.compile(r"(?<![a-z0-9./])(?:" + _SIZE_CODE + r"|\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)+(?:\s*(?:mm|cm))?)(?![a-z0-9])")
_CODE_AFTER = re.compile(r"\s+(" + _SIZE_CODE + r")(?![a-z0-9])")
_SIZE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(" + _SIZE + r")(?![a-z0-9])")
_SIZE_ANY = re.compile(r"(?<![a-z0-9./])(" + _SIZE + r")(?![a-z])")
# sizes offered to choose from ("看你要哪种：欧标1200x800的每片85元，美标1200x1000的每片95元") are
# options of one goods, not goods each
_CHOICE = re.compile(r"哪种|哪个|哪款|还是|或者|\bor\b|\beither\b|\bwhich\b|\boptions?\b|可选|选择")
_SIZE_UNITS = {"inch": "in", "inches": "in", '"': "in", "寸": "in", "吋": "in", "英寸": "in", "升": "l", "毫升": "ml",
               "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t"}


def is_size(item: str | None) -> bool:
    return item is not None and item.startswith(SIZED)


def bare_size(key: str) -> str | None:
    """The size key of a name that is nothing but a size ("350w", "12 inch"), else None."""
    return size_key(key) if _SIZE_ANY.fullmatch(key) else None


def opens_with_size(name: str) -> bool:
    """A name that is a size and its variant ("120cm双盆"), no goods the sizes are of."""
    return _SIZE_BEFORE_HAN.match(name.lower()) is not None


def sizes_in(name: str) -> set[str]:
    """The size keys of every size written in a name ("wooden golf tees 70mm" -> {"size:70mm"})."""
    return {k for m in _SIZE_ANY.finditer(name.lower()) if (k := size_key(m.group(1))) is not None}


def size_key(label: str) -> str | None:
    """The key of the goods a size names: "12 inch", "12in" and "12寸" -> "size:12in"."""
    m = _SIZE_PARTS.search(label)
    if m is None:
        return None
    if m.group("code"):
        return SIZED + re.sub(r"\s+", "", m.group("code"))
    if m.group("dims"):
        return SIZED + re.sub(r"\s+", "", m.group("dims")).replace("×", "x").replace("*", "x")
    if m.group("frac"):
        return SIZED + m.group("frac") + "in"
    if m.group("num"):
        return SIZED + m.group("num") + _SIZE_UNITS.get(m.group("unit"), m.group("unit"))
    return SIZED + (m.group("letter") or m.group("zh"))


def _weighed(low: str, label: re.Match, tied: list[Mention]) -> bool:
    """A rated load that is the weight ordered ("20 tons at USD 650/ton"), no size of goods."""
    return any(x.field in _COUNTS and x.value[1] == "MT" and x.start < label.end(1) and label.start(1) < x.end
               for x in tied)


def _sized(low: str, tied: list[Mention]) -> list[tuple[Mention, tuple[int, int]]]:
    """The mentions written right after a size, each with the size's span."""
    out, far = [], []
    lettered = _says_size(low) \
        and sum(1 for m in tied if m.field in _COUNTS and _LETTER_SIZE_BEFORE.search(low, max(0, m.start - 8), m.start)) > 1
    for m in tied:
        left = max(0, m.start - 28)
        label = _SIZE_LABEL.search(low, left, m.start)
        if label is None and m.field in _COUNTS:
            label = _SIZE_AFTER.match(low, m.end)  # "300 pcs of 60W and 200 pcs of 100W"
            if label is None and SIZE_CODE_HINT.search(low, m.end, m.end + 12):
                label = _CODE_AFTER.match(low, m.end)  # "500 pcs 195/65R15, 400 pcs 205/55R16"
        if label is None and lettered and m.field in _COUNTS \
                and (letter := _LETTER_SIZE_BEFORE.search(low, max(0, m.start - 8), m.start)) is not None:
            # "尺码 S 2000箱, M 5000箱, L 3000箱": letter sizes said with a word for size
            m.size = SIZED + letter.group(1)
            out.append((m, letter.span(1)))
            continue
        if label is not None and (k := size_key(label.group(1))) is not None \
                and not (k[-1] == "t" and k[-2].isdigit() and _weighed(low, label, tied)):
            m.size = k
            out.append((m, label.span(1)))
        elif label is None and (m.field in _COUNTS or m.field == _COLOURS):
            far.append(m)  # (and colours counted: "60×40mm每卷1000张，白色1500卷、黄色1500卷")
    if far and (out or len(far) > 1):
        # "385/65R22.5 20PR trailer tyres, all-position, 300 pcs, plus 425/65R22.5 20PR 60 pcs",
        # "配电箱 400*500*200 不锈钢的 50台，还有600*800*250的 20台": a count whose size is further
        # back, the one size written since the figure before it, when the message counts sizes
        ends = sorted(x.end for x in tied)
        for m in far:
            floor = ends[i - 1] if (i := bisect_right(ends, m.start)) else 0
            # (sizes with their unit, "；60×40mm每卷1000张，白色1500卷", but not the spec written onto a
            # Chinese name: "橡木封边条0.5*22mm，200米一卷，100卷")
            found = {(size_key(x.group(0)), x.span()) for x in _CODE_OR_DIMS.finditer(low, max(floor, m.start - 80), m.start)
                     if not (x.group(0).endswith("m") and _HAN.match(low, x.start() - 1))}
            if len({k for k, _ in found}) == 1 and (k := next(iter(found))[0]) is not None \
                    and k not in {n.size for n, _ in out if n.field in _COUNTS}:
                m.size = k
                out.append((m, next(iter(found))[1]))
    return out


_LETTER_SIZE_CUE = re.compile(r"\bsizes?\b|尺码|尺碼|码数|碼數")


def _says_size(low: str) -> bool:
    """The message has a word for size (a substring test first: most lines have none)."""
    return ("size" in low or "尺" in low or "码" in low or "碼" in low) and _LETTER_SIZE_CUE.search(low) is not None
_LETTER_SIZE_BEFORE = re.compile(r"(?:^|(?<=[\s,，:：;；、]))(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\s*[:：]?\s*$")


# a size named again, also a letter size without its 码: "XL能不能70", "XL按70元"
_SIZE_AGAIN = re.compile(_SIZE + r"|(?<![a-z])(?:xs|xxs|xl|xxl|xxxl|[2-5]xl)(?![a-z/])")


def size_in(low: str, start: int, end: int, keys: tuple[str, ...]) -> str | None:
    """The one size of `keys` a clause names ("can you do 8.00 on the 12 inch?"), or None."""
    named = {k for m in _SIZE_AGAIN.finditer(low, start, end) if (k := size_key(m.group(0))) in keys}
    return named.pop() if len(named) == 1 else None


# a model code with the words of its goods after it ("our DB-18SF board") or before it ("darts
# set DS-22", "the check valve CV-40")
_CODE = r"([a-z]{1,4}-\d{1,5}[a-z0-9\-]*|[a-z]{1,4}\d{2,5}-[a-z0-9\-]+|[a-z]{1,4}-[a-z]{1,3}\d{2,5}[a-z0-9\-]*)"
_CODE_THEN_WORDS = re.compile(r"(?<![a-z0-9\-])" + _CODE + r" ([a-z][a-z\-]{2,}(?: [a-z][a-z\-]{2,})?)(?![a-z0-9\-])")
# (the code in brackets after the goods' spec: "brass ball valve DN20 PN25 (BV-20)", "(ur AV-12)")
_WORDS_THEN_CODE = re.compile(r"(?<![a-z0-9\-])((?:[a-z][a-z\-]{2,} )?[a-z][a-z\-]{2,})(?: (?:\(?model |\()?|, model like (?:your |ur )?)" + _CODE + r"(?![a-z0-9\-])|"
                              r"(?<![a-z0-9\-])((?:[a-z][a-z\-]{2,} )?[a-z][a-z\-]{2,})(?: [a-z]{0,3}\d[a-z0-9/.\-]*){1,3} "
                              r"\((?:(?:ur|your|our|model|item) )?" + _CODE + r"\)|"
                              # and after its size and a few words more: "cast iron casserole 24cm
                              # with lid, red (CI-24)", "skillet 26cm pre-seasoned (SK-26)"
                              r"(?<![a-z0-9\-])((?:[a-z][a-z\-]{2,} )?[a-z][a-z\-]{2,}) \d[a-z0-9/.\-]*(?:,? [a-z][a-z\-]*){1,4} "
                              r"\(" + _CODE + r"\)")


_HAS_LATIN = re.compile(r"[a-z]{3}|[a-z]{1,2}-\d")  # (or a short code: "jk-9100b")
_CODE_HINT = re.compile(r"[a-z]-?\d{1,5}-|[a-z]-[a-z]{0,3}\d")
_ZH_THEN_BARE_CODE = re.compile(r"([\u4e00-\u9fff]{2,12})\s?((?!usd|rmb|eur|hkd|cny|gbp)[a-z]{2,4}\d{3,5}[a-z]?)(?![a-z0-9\-])")
_ORDERED_BY = re.compile(r"^(?:我们|我們|我哋|我)?(?:要|需要|想要|想订|想訂|订|訂|采购|採購)")
# (or with "型号像你们的" between: "电脑平车，型号像你们的 JK-9100B")
_ZH_THEN_CODE = re.compile(r"([\u4e00-\u9fff]{2,12})(?:[，,]\s*(?:型号|型號)(?:像|跟|同)?(?:你们|你們|你哋)?的?)?\s?" + _CODE + r"(?![a-z0-9\-])")


# a Chinese name glossed in English, or the other way: "荷兰绒 Holland velvet", "suede 麂皮绒"
_ZH_THEN_EN = re.compile(r"([\u4e00-\u9fff]{2,6})\s*([a-z][a-z\-]+(?: [a-z][a-z\-]+){0,3})")
_EN_THEN_ZH = re.compile(r"((?:[a-z][a-z\-]+ ){0,3}[a-z][a-z\-]+)(?:\s+\d+(?:[x×*]\d+)*\s*(?:cm|mm|g)?)?\s*"
                         r"([\u4e00-\u9fff]{2,6})")  # "bath towel 70x140 浴巾"


def _glosses(low: str) -> list[tuple[str, str]]:
    out = []
    for pattern, zh_at in ((_ZH_THEN_EN, 1), (_EN_THEN_ZH, 2)):
        for m in pattern.finditer(low):
            zh, words = m.group(zh_at), m.group(3 - zh_at).split()
            if zh_at == 1:  # the words after the Chinese name, up to the first that names nothing
                words = words[:next((i for i, w in enumerate(words) if w in _NO_OPENING), len(words))]
            else:
                cut = max((i + 1 for i, w in enumerate(words) if w in _NO_OPENING), default=0)
                words = words[cut:]
            if zh_at == 2 and not cut and m.start(1) >= 2 and low[m.start(1) - 1] == " " and low[m.start(1) - 2].isdigit():
                continue  # "4 zone 电磁灶": a spec of the goods, no English name for them
            if words and _is_name(words) and not _ZH_NOT.search(zh) and not (_ZH_UNIT_END.search(zh) and len(zh) < 3):
                out.append((zh, key(" ".join(words))))
    return out


def models_with_words(low: str) -> list[tuple[str, str]]:
    """(model code, key of the goods words) pairs written in `low`, and a Chinese name with its
    English one."""
    out = []
    if not low.isascii():  # "寵物飲水器 WF-3", "荷兰绒 Holland velvet"
        # (a code without a hyphen too: "机油滤芯JX0810 300个")
        bare = [(m.group(2), m.group(1)) for m in _ZH_THEN_BARE_CODE.finditer(low)
                if not _ZH_NOT.search(m.group(1)) and not _ZH_UNIT_END.search(m.group(1))]
        if not _HAS_LATIN.search(low):
            return bare
        # (the words that order them cut off: "我们要电脑平车，型号像你们的 JK-9100B")
        coded = [(m.group(2), name) for m in _ZH_THEN_CODE.finditer(low)
                 if not _ZH_NOT.search(name := _ORDERED_BY.sub("", m.group(1)))] if "-" in low and _CODE_HINT.search(low) else []
        coded += bare
        out = coded + _glosses(low)
        if "(" not in low:
            return out
        # and the English words of a mixed message with a code in brackets: "marble top dining
        # table 1.8m (MT-180) 30 pcs 和 配套餐椅 velvet chair green (VC-06) 180 pcs"
    if not _CODE_HINT.search(low):
        return out
    for pattern, code_at in ((_CODE_THEN_WORDS, 1), (_WORDS_THEN_CODE, 2)):
        for m in pattern.finditer(low):
            # (4, 6: a spec between the words and the code)
            at = m.lastindex if pattern is _WORDS_THEN_CODE and m.lastindex in (4, 6) else code_at
            words = m.group(at - 1 if at in (4, 6) else 3 - code_at).split()
            while words and (words[0] in _NO_OPENING or words[0] in _NOT_COUNTED):
                words.pop(0)
            while words and (words[-1] in _STOP and words[-1] != "set" or words[-1] in _NOT_GOODS):
                words.pop()
            if pattern is _WORDS_THEN_CODE \
                    and _FOR_THE_BEFORE.search(low, max(0, m.start() - 10), m.start(at - 1 if at in (4, 6) else 3 - code_at)):
                continue  # "armrest pad for the chair model AP-2": the code of what goes with the chair
            if words and _is_name(words) and not (len(words) == 1 and words[0] == "set"):
                out.append((m.group(at), key(" ".join(words))))
    return out


_FOR_THE_BEFORE = re.compile(r"\bfor (?:the |each |a |an |your |our )?$")

