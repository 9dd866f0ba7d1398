"""Durations: production lead time (with its basis) kept apart from transit time."""

from __future__ import annotations

import re

from tradepact.adapters.extraction.rules.agreement import REJECTED
from tradepact.adapters.extraction.rules.patterns import (
    RANGE_SEP,
    ROUTE,
    SAMPLE_WORDS,
    Cue,
    Mention,
    MessageView,
    Prefilter,
    word_first,
)
from tradepact.adapters.extraction.rules.payment import LC_RECEIPT
from tradepact.domain.terms import LeadTimeBasis
from tradepact.domain.transcript import Role

LEAD, TRANSIT = "lead_time", "transit"
# A time said of samples ("sample 7 days", "打样3至7天"): never the order's lead time where the
# chat has an order of goods, but the lead time itself of a chat about a sample order alone (the
# extractor decides which at the end, see extractor._sample_order).
SAMPLE_LEAD = "sample_lead_time"

TRIGGERS = ("day", "days", "tian", "week", "weeks", "wk", "wks", "month", "months", "wd", "wds",
            "workday", "workdays", "stock", "天", "日", "周", "星期", "禮拜", "礼拜", "个月", "现货")
_TRIGGERED = Prefilter(TRIGGERS)

_UNIT = (r"(working days?|business days?|work days?|workdays?|wds?|days?|tian(?=\s*(?:[,.;!?，。]|$|(?:zuoyou|left|then|ready|hou|de|ba)\b))|weeks?|wks?|months?|"
         r"个?工作日|个?工作天|天|日|周|个?星期|个?(?:禮拜|礼拜)|个月)")
# "about a month", "in a week", "货期一个月左右": one period, only after a word that makes it a
# duration (not "5000 pcs a month", "once a week", "一个月可以生产5万个"). Each alternative opens
# with its letter and looks back from it, so the engine tries the look-behinds only there.
_ONE = (r"a(?:(?<=in a)|(?<=about a)|(?<=around a)|(?<=within a)|(?<=takes a)|(?<=need a)|"
        r"(?<=needs a)|(?<=roughly a)|(?<=approximately a))n?(?= (?:month|week)\b)|"
        r"一(?:(?<=期一)|(?<=期:一)|(?<=要一)|(?<=约一)|(?<=概一)|(?<=在一)|(?<=产一))(?=个月|周|个星期|星期)|"
        # after the payment, a week to ship: "收款后一周内装框架箱发货" (not "一周内出图纸", "寄出保固卡")
        r"一(?:(?<=款后一)|(?<=金后一))(?=(?:周|个星期|星期)\s*(?:之内|以内|内)?[^，,。；;]{0,8}?(?:出货|交货|发货|装|发出|出运))|"
        # at a clause's start only when shipping follows: "一周左右出货" (not "一个月可以生产五万个")
        r"一(?:(?<=，一)|(?<=。一)|(?<=^一))"
        r"(?=(?:个月|周|个星期|星期)\s*(?:左右|之内|以内|内)?\s*(?:出货|交货|发货|发出|做好|完成|能好|(?:可以|能)[发出]))")
# The number opens the pattern (its look-behind follows the first digit), so the engine jumps from
# digit to digit; the word qualifying it ("within", "about", 最多) is read before it afterwards.
_DURATION_CORE = re.compile(
    r"(\d(?<![\d.]\d)\d{0,2}|" + _ONE + r")(?:(?:\s*(?:天|日|days?))?" + RANGE_SEP + r"(\d{1,3}))?\s*" + _UNIT +
    r"(?![a-z])(?:\s*(?:以内|之内|内))?")
# (a rough figure of the way there is still the way there: "then shipping abt 40 days to London";
# "shipping within 30 days" is when the goods go)
_WAY_WORDS = frozenset({"shipping", "sailing", "truck", "trucking", "sea", "rail"})
_ROUGHLY = frozenset({None, "about", "around", "abt", "approx", "approx.", "approximately"})
_QUALIFIER = re.compile(r"(within|in|about|around|abt|approx\.?|approximately|max\.?|maximum|up to|最多|大约|约|大概)"
                        r"\s*$")


class _Duration:
    """A duration found in a text, with the groups one regex used to give: 1 the qualifier (or
    None), 2 the number or one period, 3 the upper bound of a range, 4 the unit."""

    __slots__ = ("_core", "_low", "_qualifier")

    def __init__(self, low: str, core: re.Match[str]) -> None:
        self._low, self._core = low, core
        self._qualifier = _QUALIFIER.search(low, max(0, core.start() - 16), core.start())

    def start(self) -> int:
        return self._qualifier.start() if self._qualifier else self._core.start()

    def end(self) -> int:
        return self._core.end()

    def group(self, index: int = 0) -> str | None:
        if index == 0:
            return self._low[self.start():self.end()]
        if index == 1:
            return self._qualifier.group(1) if self._qualifier else None
        return self._core.group(index - 1)


def _days_per(unit: str) -> int:
    """The days in one of a duration's units: a week (周, 星期, 禮拜), a month, or a day."""
    if "week" in unit or "wk" in unit or "周" in unit or "星期" in unit or "拜" in unit:
        return 7
    return 30 if "month" in unit or "月" in unit else 1


def _durations(low: str) -> list[_Duration]:
    return [_Duration(low, m) for m in _DURATION_CORE.finditer(low)]


# the days right after an event that starts the making, roughly or as a range: "大概18到22"
_DAYS_AHEAD = r"\s*(?:大概|大约|约)?\s*\d{1,3}(?:\s*[-~–到至]\s*\d{1,3})?\s*"


# a delivery joined to a leg of the way there: "sea shipping + customs clearance + delivery", "Sea + delivery ~35 days"
# (looked behind from the word, so only where it is)
_AFTER_A_LEG = r"(?<!clearance \+ deliver)(?<!clearance & deliver)(?<!shipping \+ deliver)(?<!shipping & deliver)(?<!freight \+ deliver)(?<!freight & deliver)(?<!transport \+ deliver)(?<!transport & deliver)(?<!customs \+ deliver)(?<!customs & deliver)(?<!sea \+ deliver)(?<!sea & deliver)(?<!ocean \+ deliver)(?<!ocean & deliver)(?<!air \+ deliver)(?<!air & deliver)(?<!trucking \+ deliver)(?<!trucking & deliver)(?<!leg \+ deliver)(?<!leg & deliver)(?<!days \+ deliver)(?<!days & deliver)"
# Every alternative opens with a literal (see word_first; o(?<![a-z]o)k stands for (?<![a-z])ok).
_LEAD_CUES = re.compile(
    r"lead\s*-?\s*time|leadtime|lead\s*[:：]?\s*(?=\d)|lead (?:is )?(?:about|around|approx\.?|abt|roughly) (?=\d)|production|produce|p(?<!\wp)rod\b|p(?<!\wp)rodn\b|producing|manufactur|ready|"
    r"finish|complete|b(?<!\wb)ulk\b|making time|\bshengchan\b|\bjiaoqi\b|"
    # the work on the goods before they go: "5-7 days for logo printing and packing"
    r"for (?:the )?(?:logo |custom )?(?:printing|packing|packaging|assembly|sorting|grading|testing|programming|"
    r"sewing|embroidery|engraving|labell?ing|customi[sz]ation)\b|"
    # (not a leg added to the way there: "sea shipping + customs clearance + delivery about 25-30 days")
    r"delivery time|delivery date|deliver" + _AFTER_A_LEG + r"|ship (?:out|it|them|the goods|goods)?\s*(?:within|in)|"
    r"shipment (?:within|in)|ship within|dispatch|l/t|l(?<![a-z]l)t(?![a-z])|"
    r"a(?<!\wa)(?:fter|ftr|fer) (?:the )?(?:pp |pre-?production )?(?:deposit|depo?st|dep\b|artwork|sample|order|design|"
    r"payme?nt|pymt|receiv|recie?v|receipt)|upon receipt|"
    # "20-25 days after you confirm the artwork", "7-10 days ship out"
    r"a(?<!\wa)fter (?:you |we |u )?(?:confirm|approv)|s(?<![a-z]s)hips? out\b|"
    r"(?:shipping|shipment) date|date of shipment|time of shipment|t(?<![a-z]t)o (?:make|build) (?:them|it|the)|"
    r"交期|交货期|交货|货期|生产周期|生产|出货|发货|装船|装柜|做好|完成|工期|大货|定金后|收到定金|下单后|确认后|开证后|开状后|做货|排产|"
    r"订金后|訂金後|定金後|寄出|落单后|落單後|款到后|款到後|执好|執好|备齐|備齊|备好货|備好貨|"
    # (and the payment's, with days after it for the goods: "收到款后20-25天，", "付款后两天发"; not
    # "付款后3天内发快递给您", "付款后7天内请提供水单": the courier or the paperwork)
    r"(?:收到款|收款|付款)[后後](?=" + _DAYS_AHEAD + r"(?:天|日|个工作日|個工作日|days?\b)"
    r"(?!\s*[内內]?\s*(?:发快递|發快遞|寄|快递|快遞|提供|付|开票|開票|发票|發票|回复|回覆|确认|確認|请|請|安排验|安排驗|验|驗)))|"
    # the money's arrival, with the days after it for the goods ("定金到账后20天"; not "货款到账后3天开发票")
    r"到[账帐賬][后後](?=" + _DAYS_AHEAD + r"(?:天|日|个工作日|個工作日)\s*(?:内|內)?\s*(?:[，。,.!！;；]|$|左右|出货|出貨|发货|發貨|"
    r"交货|交貨|完成|做好|生产|生產|可以|能))|"
    # sent out within the days just said ("一周内发出", "7天发出"), not a document sent or goods sent today
    r"(?<=[天日周内內])(?<!今天)(?<!昨天)(?<!明天)(?<!今日)(?<!每天)[发發]?出(?![价價口厂廠现現去样樣报報单單图圖稿])|"  # (and "7天内出"; not "3天内出样品")
    # how fast the goods can be made: "加班最快20天", "18天能做出来吗", "fastest 20 days with overtime"
    r"最快|最早|加班|赶工|赶货|做出来|做出|赶出来|做到|做得到|"
    # the goods ready or sent the days just said: "三天可以发", "7至10日有貨" (not 发票, a bill)
    # (a figure's days: not "货今天发出", goods sent today)
    # (days, not a date: "下个月15日有货", "3日就发了"; a range of 日 is days: "7至10日有貨")
    r"[发發](?:(?<=\d天[发發])|(?<=\d天可以[发發])|(?<=\d天能[发發])|(?<=\d天就[发發]))(?![票价價了])|"
    r"有(?:(?<=\d天有)|(?<=[至到\-~]\d日有)|(?<=[至到\-~]\d\d日有))[货貨]|"
    + word_first(r"fastest\b", r"earliest\b", r"overtime\b"))
# Weaker cues, read only for days no other cue claims and in a sentence of no payment, paper,
# shipping or keeping (the cue's own words aside): "15-20 days once the deposit arrives", "10 working days after your PO", "six weeks
# from order confirmation", "we roast to order", "烘焙加包装五天", "货10天内可以备好", "十天后来拉就可以",
# "一個星期內可以出"
_WEAK_LEAD_CUES = re.compile(
    r"a(?<!\wa)fter (?:(?:your |our |the )?po\b|(?:your |our )order)|"
    r"o(?<![a-z]o)nce (?:the |your |we (?:get|receive) (?:the |your )?)?(?:deposit|payme?nt|order|po\b)|"
    r"f(?<![a-z]f)rom (?:the )?(?:order|po\b)|r(?<![a-z]r)oast to order|烘焙(?:加|\+|和)包装|"
    r"备好(?:(?<=[天日周内內]可以备好)|(?<=[天日周内內]备好)|(?<=[天日周内內]能备好))|"
    r"来拉(?:(?<=天后来拉)|(?<=天後来拉))(?!回)|來拉(?:(?<=天後來拉)|(?<=天后來拉))(?!回)|"
    r"出(?:(?<=[内內]可以出)|(?<=[内內]能出))(?![价價口厂廠现現去样樣报報单單图圖稿提])")
_WEAK_LEAD_OFF = re.compile(
    r"credit|\bpa(?:y|id|yment)\b|(?<![a-z])t/?t(?![a-z])|\bdue\b|\bsend\b|\bsigned\b|invoice|\bpi\b|tracking|contract|material|\bships?\b|shipped|pick-?up|\bago\b|"
    r"fresh|shelf|\brest\b|degas|稿|图|圖|报告|報告|提单|提單|单证|單證|发票|發票|合同|开船|開船|出货后|出貨後|我们\d|我們\d|保质期|养豆|日期")
_ARRIVAL_BEFORE = re.compile(r"\b(?:arrival|arrives?|arriving|eta|lands?|landing)\b[^.;,\n]{0,24}$")
_TRANSIT_CUES = re.compile(
    # every alternative opens with a literal (see word_first), in the order the engine tries them
    r"transit|on the (?:water|sea|way|road|rails?)|at sea|" +
    word_first(r"ocean leg\b", r"sea leg\b", r"air leg\b", r"shipping to\b", r"freight to\b", r"sea (?:from|to|shipping)\b", r"sea\s*\+", r"trucking\b",
               r"ocean shipping\b", r"air shipping\b",
               r"days? to you\b",
               r"ship(?:ped|ping)? by (?:dhl|fedex|ups|tnt|ems|courier|express|air|sea)\b(?!\s+(?:within|in)\b)",
               r"then\s*(?:by\s+)?(?:sea|ocean|air|rail|train|truck)\b", r"train\b") +
    r"|然后\s*(?:by\s+)?(?:sea|ocean|air|rail|train|truck|shipping)\b|sailing|voyage|vessel|shipping (?:takes|time|needs)|"
    r"flight|航班|" +  # "flight 1 day", "航班 3-4 days"
    "|".join(rf"{mode} (?:freight |shipping )?(?:takes|needs|is about|time)"
             for mode in ("sea", "ocean", "air", "train", "rail", "truck", "express", "courier")) +
    r"|by (?:sea|ocean|air|rail|train|truck|express|courier)[^.,;]*?(?:takes|needs|about|around)|" +
    # "FedEx to Chicago takes 3-4 days": a carrier to a place, then its days
    word_first(*(rf"{c} to [a-z][a-z .'\-]{{1,24}}? (?:takes|needs|is about|about|around)"
                 r"(?![^.;\n]{0,30}?\b(?:after|in total|total|production))"
                 for c in ("dhl", "fedex", "ups", "tnt", "ems", "courier", "express"))) + "|" +
    "|".join(rf"{mode} transport(?:ation)?" for mode in ("sea", "ocean", "air", "rail", "road")) +
    # (not the money's arrival: "about 4 weeks after your deposit arrives")
    r"|to (?:arrive|reach)|arriv(?<!deposit arriv)(?<!payment arriv)(?<!money arriv)(?<!funds arriv)(?<!l/c arriv)(?<!lc arriv)|reach (?:your|the)|door to door|port to port|in transit|"
    r"estimated delivery|delivery takes|tracking|port-to-port|door-to-door|"
    r"时效|路上|运输时间|海运|空运|快递|陆运|铁路|班列|到港|到达|航程|船期|运输需要|运输要|"
    # "海上大概走18天", "船到巴生港大概7天", "汽运物流到成都3-4天", "火车 Xi'an to Warsaw"; "sea ~35 days";
    # "卡车到阿拉木图大概7天"
    r"海上|船到|汽运(?:物流)?(?:到|大概|大约|要|需要)|火车|(?:卡车|货车|汽车)(?:运)?到(?![了货后])(?=[\u4e00-\u9fff]{2}|\s*[a-z])|" + word_first(r"sea\s*~", r"ocean\s*[~+]", r"air\s*~",
                                   r"delivery to [a-z][a-z .'\-]{1,24}?\s*(?:~|about\b|around\b|takes\b|another\b)") + "|"
    # "发货后到汉堡大概一个月": from dispatch to a place is the way there
    r"发货后(?:运|寄)?到|出货后(?:运|寄)?到|开船后(?:运|寄)?到|起运后(?:运|寄)?到|"
    # "廈門到台中很快，2-3天": from one place to another
    # (not the money's or the goods' arrival: "定金到账后大概18天")
    r"到(?<=[\u4e00-\u9fff]{2}到)(?![账帐賬款货貨])[\u4e00-\u9fff]{2,3}(?:很快|大概|大约|约|要|需要|只要)")
# A carrier or mode named right before the duration: "DHL express 5-7 days to LA", "by sea 30 days",
# "空运5天" is the time on the way ("by DHL within 3 days after payment" is when it leaves).
_MODE_BEFORE = re.compile(
    r"(?:\b(?:dhl|fedex|ups|tnt|ems|express|courier|by (?:sea|ocean|air|rail|train|truck|road))|"
    r"\b(?:sea|ocean|air|rail|road) (?:freight|shipping)|\bthen (?:sea|ocean|air|rail|train|truck)|"
    r"海运|空运|快递|顺丰|陆运|铁路|班列)"
    r"\s*(?:[:：]|is|takes?|needs?|about|around|approx\.?|roughly|大概|大约|约|要|需要|\s)*$")
# a carrier to a place right before the days: "truck to Almaty 9-12 days", "到吉隆坡大概12-15天"
# (not "收到款后一个星期", "到货后", days from an event)
_MODE_TO_PLACE_BEFORE = re.compile(
    r"(?:\b(?:truck|trucking|train|rail|railway|sea|sailing|shipping|air|flight|vessel|boat|courier|express)\s+to\s+"
    r"[a-z][a-z.'\-]{1,20}(?:\s[a-z][a-z.'\-]{1,20})?|"
    r"(?:^|(?<=[,，。;；\s]))(?:海运|空运|陆运|卡车|汽车|火车)?(?<![收拿找得])到(?![款货貨账賬达達时時候了期底出装裝交发發完手])[\u4e00-\u9fff]{2,6}?(?<![后後内內前]))"
    r"\s*(?:[:：]|is|takes?|about|around|approx\.?|roughly|~|大概|大约|约|要|需要|\s)*$")
# the goods sent by a courier or a mode earlier in the sentence: "We ship by UPS, ..."
_SENT_BY = re.compile(r"\b(?:ship|send|sent|deliver)\w*\s+(?:them\s+|it\s+)?by\s+(?:dhl|fedex|ups|tnt|ems|express|"
                      r"courier|air|sea|rail|train|truck)\b")
_NOT_LEAD = re.compile(
    r"pay within|payment (?:within|due|term)|to pay|balance|b/?l|l/?c|invoice|valid|validity|quote|"
    r"天\s*(?:内|內)?\s*付(?:款|清)|"  # "出货后30天付款": the days to pay
    # (not "全款付清后十五天内发货": the days after paying to ship)
    r"quotation|warranty|guarantee|reply|respond|refund|return|付清(?![后後])|尾款|有效|报价|质保|保修|退|"
    r"holiday|vacation|放假|休假|假期|"  # "放假3天, 不影响交期": days off, no time to make
    r"放(?=\s*\d)|"  # "五一放5天": days off
    r"(?:可以|能|可)(?:生产|产|做)\s*\d|产能|月产|capacity|"  # "一个月可以生产五万个": what a month makes
    r"net\s*\d|after (?:b/?l|invoice)|free time|demurrage|storage|per day|/day|"
    r"will confirm|we confirm|to confirm|confirm (?:the )?order|确认订单细节|账期|月结|远期|信用证|托收|承兑|到账|"
    # "D/A 30 天" is no time to make (each alternative opens with a literal: see word_first)
    r"d(?<![a-z]d)/a(?![a-z])|d(?<![a-z]d)/p(?![a-z])|o(?<![a-z]o)/a(?![a-z])|"
    r"d(?<![a-z]d)a\s*\d|d(?<![a-z]d)p\s*\d|o(?<![a-z]o)a\s*\d|"
    r"l(?<!\wl)oading\s+\d[\d\s\-–~]*days?\s+after\s*(?:[,.;]|$)")  # "loading 2-3 days after" production
# A duration turned down where it is named: "25天来不及", "18天太赶了", "30 days is not enough".
_TURNED_DOWN = re.compile(
    r"\s*(?:(?:is|are|would be|will be)\s+)?(?:too (?:long|late|slow|short|tight|rushed)|not enough|"
    r"(?<=is )(?:(?:a bit|quite|very|rather|a little)\s+)?long\b(?!\s+enough)|"  # "40 days is long... 35?"
    r"isn'?t enough|won'?t work|doesn'?t work|(?:is |are )?(?:very |a bit |too )?(?:difficult|hard|tough)|impossible)\b|"
    r"\s*(?:的话)?\s*(?:就|也|还是|真的|实在|有点|有些|很)?\s*"
    r"(?:来不及|不够|太长|太久|太赶|太急|太紧|太慢|太晚|不行|做不到|做不了|不可能|接受不了|不能接受|太?难|困难)")
# A duration that is the time of the samples themselves: "sample 7 days", "sampling time: 5-7
# days", "打样3至7天", "7 days for samples" (not "we need 10 days to test the samples").
_SAMPLE_TIME_BEFORE = re.compile(
    # (and the time of a new mould, made before the samples: "新模具做十天", "new mould 15 days")
    r"(?:samples?|sampling|(?:print |pre-?production )?proofs?|打样|样品|做样|样板|新模具|"
    r"lab dips?|new dips?|开模|開模|"  # "Lab dips take 5 days", "New dip in 3 days": colour samples; a new mould
    r"new mou?lds?|tooling)\s*(?:(?:lead\s*-?\s*time|time|making|production|takes?|做|要做|"
    r"needs?|is|are|will take|about|around|within|in|:|：|需要|要|时间|周期|大概|大约|约)\s*)*$")
_SAMPLE_TIME_AFTER = re.compile(r"\s*(?:for (?:the )?(?:samples?|sampling)|to make (?:the )?samples?)\b")
# The approval of a sample starts the order's production: "30 days after sample approval" is the
# order's lead time with its basis, not a time of samples.
_SAMPLE_APPROVAL = re.compile(
    r"(?:pp |pre-?production )?samples? (?:(?:is|are|was|were|been|being|gets?|got) )?(?:approv\w*|confirm\w*|ok)|"
    r"(?:approv\w*|confirm\w*) (?:of )?(?:the |your |our )?(?:pp |pre-?production |colou?r |final |counter )?samples?|"
    r"pp samples?|样品确认|确认样品|样品ok|样品通过|确认样|封样|打样确认|确认打样|样板确认|打样ok|打样通过|"
    # "after you approve the digital sample"
    r"(?:approv\w*|confirm\w*|ok) (?:of )?(?:the |your |our )?[a-z\-]+ samples?")
# "3 days before shipment", "15 to 30 days before the delivery": a deadline ahead of an event.
_BEFORE_EVENT = re.compile(r"\s*(?:prior to|before|ahead of|in advance)\b|\s*(?:前|之前)")
_BASIS = [
    (LC_RECEIPT, LeadTimeBasis.AFTER_DEPOSIT),
    (re.compile(r"deposit|\bdep\b|down payment|prepayment|advance payment|payment received|receiv\w* (?:the )?payment|"
                r"定金|订金|预付款|收到款|付款后"), LeadTimeBasis.AFTER_DEPOSIT),
    (_SAMPLE_APPROVAL, LeadTimeBasis.AFTER_SAMPLE_APPROVAL),
    (re.compile(r"artwork|design (?:confirm|approv)|logo (?:confirm|approv)|稿|设计确认|图纸确认"),
     LeadTimeBasis.AFTER_ARTWORK_CONFIRMATION),
    (re.compile(r"(?:after|from|upon|of) (?:the )?(?:order|po|purchase order|order confirmation|"
                r"contract|confirm\w*)|下单后|订单确认|合同"), LeadTimeBasis.AFTER_ORDER),
]
# A message that reports a delay ("postponed 110 days", "7 days overdue", "交期推迟了") tells
# outcomes, slips and excuses ("actual 138 days", "wait another 2 weeks"), not terms: only a
# duration it names as the promised or agreed one ("from promised 28 days lead-time") is a term.
_DELAY_REPORT = Cue(re.compile(
    r"\b(?:postponed|overdue|behind schedule|(?:is|was|are|were|been|got|get|gets) (?:delayed|postponed)|"
    r"delayed (?:by|for)|(?:a )?delay of)\b|推迟了|延期了|延误了|拖延了|拖了"),
    ("postponed", "overdue", "behind", "delayed", "delay", "推迟了", "延期了", "延误了", "拖延了", "拖了"))


def reports_delay(view: MessageView) -> bool:
    """The message reports a delay of goods in making: "was delayed by 10 days"."""
    return _DELAY_REPORT.in_message(view)


_PROMISED = re.compile(r"\b(?:promised|agreed|quoted|contracted|committed|original(?:ly)?)\b|承诺|约定|说好|合同|原定")
# A duration it names as the new one ("new lead time 40 days", "交期改为35天") replaces those: it
# is a proposal the other side may accept.
# The word qualifies the lead time itself: "new lead time", "revised delivery time", not "our new
# production line" or "your new order".
_REVISED = re.compile(
    r"\b(?:new|revised|updated|rescheduled)\s+(?:(?:production|delivery|completion|shipping|shipment)\s+)?"
    r"(?:lead\s*-?\s*time|leadtime|l/t|delivery|production|completion|schedule|time|date)\b|"
    r"改为|改成|延至|延到|新的?交期")
# A duration that is the slip itself or the outcome, never a term: "delayed by 10 days", "another
# 2 weeks", "actual 138 days", "2 weeks later than planned", "7 days were overdue", "in 10 days
# from today", "推迟了10天", "再等10天".
_NOW_AFTER = re.compile(r"\s*(?:for (?:the )?(?:production|making|manufacturing)\s+)?now\b(?!\s+on)")
_SLIP_BEFORE = re.compile(
    r"(?:\b(?:delayed|postponed|late|behind|pushed back|another|extra|additional|further|more|"
    r"actual(?:ly)?)(?:\s+(?:by|for))?|推迟了?|延期了?|延迟了?|延误了?|再等|再|晚了?|(?<![最不])多)\s*$")
_SLIP_AFTER = re.compile(
    r"\s*(?:(?:is|are|was|were|been|being)\s+)?(?:later|late|longer|more|extra|behind|overdue|of delay|delay|"
    r"from (?:today|now)|"
    r"after (?:the )?(?:original|planned|promised|agreed))\b")
_MESSAGE_LEAD = re.compile(r"lead\s*-?\s*time|too long|太长|太久|交期|production|生产")
# the buyer's own stock, its owner right before it ("our Lusaka yard still has 40 in stock"), not
# the seller's stock the buyer takes ("ok we take the 500 pcs in stock, we have an urgent order")
_OWN_STOCK = re.compile(r"(?:\bour [a-z]+(?: [a-z]+)? (?:still )?(?:has|have)|\bwe (?:still )?have|\bwe've got|我们(?:还)?有|我們(?:還)?有|"
                        r"我们仓库|我們倉庫)[^,.;?!，。；？！]{0,25}$")
_STOCK_WANTED = re.compile(r"\b(?:take|want|need|buy|your|from stock)\b|要|\?|？")
_IN_STOCK = re.compile(r"in stock|ready stock|from stock|stock items?|现货")


def _delay_report_terms(view: MessageView, durations: list[_Duration]) -> set[int]:
    """Which durations of a message reporting a delay are terms: those it names as new, or
    when it names none, those it names as promised or agreed. The cue is looked for between
    the previous duration (or the clause start) and this one.

    A promised time beside another duration the message puts forward outside the story of the
    slip ("the promised 30 days will be postponed, the goods will be ready in 45 days", "原定30天，
    推迟了，45天才能好", "you promised 30 days then; for this order we need 25 days") is no longer
    the message's term, and that other one is not yet one: neither is kept, so an "ok" accepts
    neither."""
    promised, revised, others = set(), set(), set()
    slip_sentences = set()
    since = 0
    low = view.low
    for i, m in enumerate(durations):
        cs, _ = view.clause_at(m.start())
        window = (max(cs, since), m.start())
        since = m.end()
        if _SLIP_BEFORE.search(low[max(cs, m.start() - 24):m.start()]) or _SLIP_AFTER.match(low, m.end()):
            slip_sentences.add(view.sentence_at(m.start()))
        elif _REVISED.search(low, *window) or _NOW_AFTER.match(low, m.end()):
            revised.add(i)  # (or "we need 18 days for production now")
        elif _PROMISED.search(low, *window):
            promised.add(i)
        else:
            others.add(i)
    if revised or not promised:
        return revised
    # "wait another 2 weeks, finish in 3 weeks": a time told in a sentence with a slip is the slip's
    if any(view.sentence_at(durations[i].start()) not in slip_sentences for i in others):
        return set()
    return promised


# days said back in a negotiation of the lead time, with no word of production: "38 days ok",
# "40 days is long... 35?" (the figure alone, or with a yes or a turn-down after it)
_BARE_DAYS = re.compile(r"(?:^|(?<=[\s,，:：就]))(\d{1,3})(?:\s*[-~–到至]\s*(\d{1,3}))?\s*(?:calendar\s+|working\s+)?"
                        r"(?:days?|天|(weeks?|wks?|周|週|个星期|個星期|星期|个?禮拜|个?礼拜))"  # (or weeks: "3週可以")
                        r"(?=\s*(?:左右|上下)?\s*(?:[,.!?，。！？]|$|ok\b|okay\b|fine\b|can\b|is\b|for \d|最|可以|行|没问题|沒問題|就|"
                        r"from (?:today|now)\s*(?:[,.!?]|$)))")  # ("So 20 days from today.")
_NOT_BARE_LEAD = re.compile(r"transit|shipping|ship|sea|air|vessel|arriv|voyage|deliver|courier|express|sample|"
                            r"rail|train|truck|lorry|road|铁路|鐵路|班列|陆运|陸運|"
                            r"valid|warranty|guarantee|land|reach|total|"
                            r"\+|总共|一共|加起来|"
                            r"海运|海運|空运|空運|运输|運輸|到港|船|样|樣|有效|保修|质保")
# days of payment: read up to the end of the days' own sentence only ("ok 14 days. price ok.
# payment 20% deposit?" says the days back before it turns to payment)
_PAYMENT_DAYS = re.compile(r"b/?l|invoice|credit|l/c|\blc\b|net|payment|pay|付|票")


_WITHIN_BEFORE = re.compile(r"\b(?:within|in|under|max(?:imum)?\.?)\s*$|(?:不超过|不超過|最多)\s*$")


_ANSWER_IN_BEFORE = re.compile(r"(?:confirm|reply|revert|answer|respond|back|decide|回复|回覆|答复|确认|確認)\s*"
                               r"(?:to you\s*|you\s*|你\s*|您\s*)?(?:in|within|after)?\s*$")


_OTHER_DAYS_BEFORE = re.compile(r"(?:(?:inspect\w*|\bqc|\bpi|\binvoice|\bback|booking|\bbook|customs|clearance|holiday|"
                                r"vacation|visa|meeting|visit|trip)\b|验货|驗貨|检验|檢驗|放假|假期|回来|回來|清关|清關|"
                                r"订舱|訂艙)[^.!?。！？\n]{0,16}$")


# days opening an answer in a clause of their own (after at most a yes): "14天，海運到基隆約3天"
_OPENING_DAYS = re.compile(r"\s*(?:(?:ok(?:ay)?|好的|好|嗯)[\s,，]*)?(?:(?:about|around|approx\.?|roughly|大概|大约|大約|约|約)\s*)?\d{1,3}(?:\s*[-~–到至]\s*\d{1,3})?\s*(?:calendar\s+|working\s+)?"
                           r"(?:days?|天|weeks?|wks?|周|週)\s*(?:左右|上下)?\s*(?:[,，;；。]|\.(?!\d))")  # ("三到四周. 汽运 …")


def bare_days(view: MessageView) -> None:
    """Days said back while a lead time is on the table (the extractor calls it then): a counter
    or a yes to the days, or a turn-down ("40 days is long")."""
    low = view.low
    # (days turned down are no reading of the days offered after them: "15天 太赶了, 20 days ok")
    if any(m.field in (LEAD, TRANSIT, SAMPLE_LEAD) and m.kind != REJECTED for m in view.mentions) \
            or _NOT_BARE_LEAD.search(low):
        return
    found = list(_BARE_DAYS.finditer(low))
    if len(found) != 1:
        return
    m = found[0]
    if _PAYMENT_DAYS.search(low, 0, view.sentence_at(m.start())[1]):
        return
    if _ANSWER_IN_BEFORE.search(low, max(0, m.start() - 24), m.start()) \
            or _OTHER_DAYS_BEFORE.search(low, max(0, m.start() - 28), m.start()):
        # "I will confirm in 3 days": the time to an answer; "factory holiday 7 days", "inspection
        # 2 days", "we will send PI in 2 days", "I'm back in 10 days": days of something else
        return
    if m.group(3) and _DELAY_REPORT.in_message(view):
        return  # "delayed by 10 days …, ready in 2 weeks": a delay told, the weeks no new term
    factor = 7 if m.group(3) else 1
    lo = int(m.group(1)) * factor
    hi = int(m.group(2)) * factor if m.group(2) else lo
    if not 1 <= lo <= hi <= 365 or view.excluded(m.start()):
        return
    working = "working" in m.group(0) or None
    if _WITHIN_BEFORE.search(low, max(0, m.start() - 12), m.start()):
        lo = None  # "we need the goods within 30 days": a bound, as find reads it
    kind = REJECTED if _TURNED_DOWN.match(low, m.end()) else None
    if kind:
        view.mentions.append(Mention(LEAD, (lo, hi, working, None), m.start(), m.end(), REJECTED))
    else:
        view.add(LEAD, (lo, hi, working, None), m.start(), m.end())


# what else a question of time may ask about: the samples, the voyage, a warranty, customs, a print
_OTHER_TIME_ASKED = re.compile(r"sample|proof|warranty|guarantee|customs|clearance|print|valid|transit|ship|sea\b|air\b|"
                               r"get (?:to|here|there)|arriv|reach|door|到我|到你|到这|到這|到达|到達|能到|到货|到貨|"
                               r"deliver|courier|express|invoice|\bpi\b|reply|样|樣|保修|质保|質保|清关|清關|印刷|有效|运输|運輸|"
                               r"海运|海運|空运|空運|快递|快遞|到港|船|发票|發票|回复|回覆")


def other_time_asked(question: str) -> bool:
    """Whether a question of "how long" asks about something other than making the goods."""
    return _OTHER_TIME_ASKED.search(question.lower()) is not None


def opening_days(view: MessageView) -> None:
    """Asked the lead time in the message right before, the days opening the answer in a clause of
    their own are the lead time, whatever the clauses after say of the voyage: "20-25天，青岛到釜山
    船程很短，2天左右", "14天，海運到基隆約3天", "25-30天, 海运 by sea" (the extractor calls it then)."""
    low = view.low
    opening = _OPENING_DAYS.match(low)
    if opening is None or _NOT_BARE_LEAD.search(low, 0, opening.end()) \
            or any(m.field in (LEAD, SAMPLE_LEAD) for m in view.mentions):
        return
    m = _BARE_DAYS.search(low, 0, opening.end())
    if m is None or view.excluded(m.start()):
        return
    factor = 7 if m.group(3) else 1
    lo = int(m.group(1)) * factor
    hi = int(m.group(2)) * factor if m.group(2) else lo
    if not 1 <= lo <= hi <= 365:
        return
    view.mentions[:] = [x for x in view.mentions if not (x.field == TRANSIT and x.start < opening.end())]
    view.add(LEAD, (lo, hi, "working" in m.group(0) or None, None), m.start(), m.end())


# customs right before the days: "plus customs clearance and delivery about 1 week" (not "Customs
# clearance included, goods ready in 20 days", nor "包清關 貨期35日")
_DELIVERY_BEFORE = re.compile(r"\bdelivery\s*(?:about|around|approx\.?|~)?\s*$|派送\s*$")
_CUSTOMS = re.compile(r"customs|clearance|清关|清關")
_CLEARANCE_BEFORE = re.compile(r"(?:" + _CUSTOMS.pattern + r")(?:\s*clearance)?(?:\s*(?:and|&|\+|plus|和|及)\s*"
                               r"(?:delivery|派送|送货|送貨))?\s*(?:about|around|approx\.?|~|takes|needs|大概|大约|大約|约|約|要)?\s*$")
_COMMA_AFTER = re.compile(r"\s*[，,]")
# a courier named, a comma, then the days to a place: "UPS, 5-7 days to Canada" (the place's capital,
# in the text as written: not "by DHL, 7 days to complete the order")
_COURIER_COMMA_BEFORE = re.compile(r"\b(?:dhl|fedex|ups|tnt|ems|aramex)\s*,\s*$")
_TO_PLACE_AFTER = re.compile(r"\s+to\s+[A-Z]")
# the carrier right after the days: "one day by truck", "5 days via rail"
_CARRIED_AFTER = re.compile(r"\s*(?:by|via)\s+(?:truck|trucks|lorry|rail|train|sea|air|road|ship|vessel)\b")


def find(view: MessageView) -> None:
    """Add lead-time mentions (min, max, working days, basis) and transit-time mentions."""
    low = view.low
    if not _TRIGGERED(view):
        return
    durations = _durations(low)
    has_lc = not view.words.isdisjoint(("l", "lc", "letter")) or "信用证" in low
    keep = _delay_report_terms(view, durations) if _DELAY_REPORT.in_message(view) else None
    lead_elsewhere = len(durations) > 1 and not view.words.isdisjoint(_WAY_WORDS) and any(
        _STATED_LEAD.search(low, *view.clause_near(d.start(), d.end(), 400)) for d in durations)
    for i, m in enumerate(durations):
        if keep is not None and i not in keep:
            continue
        start, end = m.start(), m.end()
        cs, ce = view.clause_near(start, end, 400)
        ss, se = view.sentence_near(start, end, 400)
        clause, sentence = low[cs:ce], low[ss:se]
        turned_down = _TURNED_DOWN.match(low, end) is not None
        # "20-25 days after we receive the L/C": the L/C's arrival starts the time, as a deposit does
        lc_event = LC_RECEIPT.search(clause) if has_lc else None
        checked = clause if lc_event is None else LC_RECEIPT.sub(_blank, clause)
        if "到" in checked:
            checked = _FUNDS_IN.sub(_blank, checked)
        if _NOT_LEAD.search(checked) or _BEFORE_EVENT.match(low, end):
            continue
        through_customs = ("clearance" in low or "customs" in low or "清" in low) and (
            _CLEARANCE_BEFORE.search(low, max(ss, start - 40), start) is not None
            or _DELIVERY_BEFORE.search(low, max(ss, start - 20), start) is not None and not _BASIS_AFTER.match(low, end)
            and _CUSTOMS.search(low, ss, start) is not None)
        # ("plus customs clearance and delivery about 1 week", "Customs clearance about 1 week, then
        # delivery 2 days": the way through customs and to the door; not "we handle customs and duties,
        # delivery 45 days after deposit")
        for_samples = _of_samples(clause)
        lead = _nearest(_LEAD_CUES, clause, start - cs, end - cs)
        if lead is None and (weak := _nearest(_WEAK_LEAD_CUES, clause, start - cs, end - cs)) is not None \
                and not _WEAK_LEAD_OFF.search(_WEAK_LEAD_CUES.sub(_blank, sentence)):
            lead = weak
        if lc_event is not None:
            lead = min(x for x in (lead, _nearest(LC_RECEIPT, clause, start - cs, end - cs)) if x is not None)
        if through_customs and any(x.field == TRANSIT for x in view.mentions):
            continue  # (after the journey told before it, the customs' own days: "sea freight around 30
            # days, plus customs clearance and delivery about 1 week")
        transit = _nearest(_TRANSIT_CUES, clause, start - cs, end - cs) if not through_customs else 0
        if through_customs:
            lead = None
        if (transit is None and m.group(1) not in ("within", "in")
                and (_MODE_BEFORE.search(low, max(cs, start - 30), start)
                     or lead is None and _MODE_TO_PLACE_BEFORE.search(low, max(cs, start - 40), start))
                and not _BASIS_AFTER.match(low, end)):
            transit = 0
        if transit is None and lead is None and m.group(1) not in ("within", "in") \
                and (ROUTE.search(view.text, cs, ce) or _CARRIED_AFTER.match(low, end)):
            # "about 16-18 days Xi'an to Małaszewicze", "then one day by truck to Warsaw": the way there
            transit = 0
        if transit is None and not view.ascii and _ARRIVES_AFTER.match(low, end) \
                and not (_within(m) and _ORDER_BASIS_BEFORE.search(low, max(cs, start - 12), start)):
            # "大概5天到"; not "收到定金15天内送到", "落單後10日內送到": the whole time from the order
            transit = 0
        if _COURIER_COMMA_BEFORE.search(low, max(ss, start - 12), start) and _TO_PLACE_AFTER.match(view.text, end):
            lead, transit = None, 0  # "UPS, 5-7 days to Canada. production 10 days": the courier's days
        if transit is None and lead is not None and _SENT_BY.search(low, ss, start) \
                and all(c.group(0).startswith("deliver") for c in _LEAD_CUES.finditer(clause)):
            lead, transit = None, 0  # "We ship by UPS, 大概一周 deliver": the way to the buyer
        if (transit is None and m.group(1) in _ROUGHLY and lead_elsewhere
                and _SHIPPING_BEFORE.search(low, max(cs, start - 24), start)
                and not _STATED_LEAD.search(clause) and not _BASIS_AFTER.match(low, end)):
            transit = 0
        if lead is not None and _ARRIVAL_BEFORE.search(low, max(cs, start - 24), start):
            lead, transit = None, 0  # "So arrival ~33 days after deposit": the whole way, not the making
        if (_SAMPLE_TIME_BEFORE.search(low, max(ss, start - 40), start)
                or for_samples and _SAMPLE_TIME_AFTER.match(low, end)):
            for_samples, lead = True, 0  # "sampling time: 5-7 days" across the colon too
        if lead is None and transit is None:  # fall back to the sentence for the cue
            lead = _nearest(_LEAD_CUES, sentence, start - ss, end - ss)
            transit = _nearest(_TRANSIT_CUES, sentence, start - ss, end - ss)
            if transit is None and (_NOT_LEAD.search(sentence) or _of_samples(sentence)):
                continue
            if lead is None and transit is not None and _THEN_AFTER.match(low, end):
                lead, transit = 0, None  # "12 days, then LCL to Jakarta, 海运 about 7 days"
            elif lead is None and transit is not None and "," in low[end:se] \
                    and _TRANSIT_CUES.search(sentence, 0, start - ss) is None \
                    and (cue := _TRANSIT_CUES.search(sentence, end - ss)) is not None \
                    and "," in sentence[end - ss:cue.start()] \
                    and _DURATION_CORE.search(sentence, cue.end()) is not None:
                # "十五个工作日，海运到马尼拉大概7-10天": the way there is the later days', this one no cue's
                transit = None
                if not _MESSAGE_LEAD.search(sentence) and not turned_down:
                    continue
        if transit is not None and lead is None and not view.ascii and _COMMA_AFTER.match(low, end) \
                and _ORDER_BASIS_BEFORE.search(low, max(ss, start - 12), start) and _TRANSIT_CUES.search(low, ss, start) is None:
            lead, transit = 0, None  # "收到订单后25天，走海运": the days from the order, then how the goods go
        if transit is not None and lead is not None and _THEN_AFTER.match(low, end) \
                and _TRANSIT_CUES.search(low, cs, start) is None:
            transit = None  # "all goods ready in 7 working days then air to LAX": the way there comes after
        if lead is None and transit is None and _THEN_SHIP_AFTER.match(low, end):
            lead = 0  # "around 3 weeks, then ship": the time before the goods go
        if lead is None and transit is None and (turned_down or view.first_end(_MESSAGE_LEAD) is not None) \
                and view.first_end(_TRANSIT_CUES) is None:
            lead = 1000  # the message is about lead time ("45 days is too long, make it 30 days")
        if lead is None and transit is None:
            continue
        low_n = int(m.group(2)) if m.group(2).isdigit() else 1
        high_n = int(m.group(3)) if m.group(3) else low_n
        unit = m.group(4)
        factor = _days_per(unit)
        working = any(w in unit for w in ("work", "business", "工作", "wd"))
        lo, hi = low_n * factor, high_n * factor
        if _within(m):
            lo = None
        if lo is not None and hi < lo:
            continue
        if turned_down:
            if (transit is None or (lead is not None and lead < transit)) and not for_samples \
                    and not view.excluded(start):
                # "40 days is too long": the other side's offer of it is turned down
                view.mentions.append(Mention(LEAD, (lo, hi, working or None, None), start, end, REJECTED))
            continue
        if transit is not None and (lead is None or transit <= lead):
            if not for_samples:  # how long samples travel tells nothing of the goods
                view.add(TRANSIT, (lo, hi), start, end)
        elif for_samples:
            view.add(SAMPLE_LEAD, (lo, hi, working or None, _basis(sentence)), start, end,
                     allow_samples=True)
        else:
            view.add(LEAD, (lo, hi, working or None, _basis(sentence)), start, end,
                     allow_samples=True)
    if "stock" in view.words or (not view.ascii and "现货" in low):
        for m in _IN_STOCK.finditer(low):
            if view.role == Role.BUYER and _OWN_STOCK.search(low, max(0, m.start() - 60), m.start()) \
                    and not _STOCK_WANTED.search(low, *view.clause_at(m.start())):
                continue  # "our Lusaka yard still has 40 in stock": the buyer's own stock
            if not view.negated(m.start()) and not _DURATION_CORE.search(low):
                view.add(LEAD, (None, None, None, LeadTimeBasis.IN_STOCK), m.start(), m.end())


# The deposit arriving starts the time ("Production 18-20 days after 定金到账", "定金到账后25天"):
# money arriving in N days ("电汇最快3天到账") is no lead time, this is its basis.
_FUNDS_IN = re.compile(
    r"after\s*(?:the\s*)?(?:定金|订金|预付款|首付款?|货款|全款|款项?)\s*到[账帐]|"
    r"(?:定金|订金|预付款|首付款?|货款|全款|款项?)\s*到[账帐]\s*(?:后|之后|以后)")
# Arriving after the time: "大概5天到", "7天左右到货", "3天能到港" is the time on the way.
_ORDER_BASIS_BEFORE = re.compile(r"(?:收到定金|定金到账?|订金到账?|下单|落单|落單|订单|訂單|款到|付款|收款|收到货?款)(?:后|後|之后|以后)?\s*$")
_ARRIVES_AFTER = re.compile(
    r"\s*(?:左右|上下)?\s*(?:就|能|可以|即可|可|才)?\s*(?:到货|到达|到港|送到|到)(?![\d一二两三四五六七八九十])")
# "Lead time 25 days, shipping 30-35 days": with the lead time stated in another clause, a duration
# right after a bare "shipping" is the time on the way ("shipping within 30 days" still ships).
_SHIPPING_BEFORE = re.compile(r"\b(?:shipping|sailing|by sea|by truck|truck|trucking|by rail)\s*(?:time\s*)?"
                              r"(?:[:：]|is|takes?|about|around|abt|approx\.?|\s)*$")
_STATED_LEAD = re.compile(r"lead\s*-?\s*time|leadtime|lead\s*[:：]?\s*(?=\d)|production|交期|货期|生产")


# A question about when the goods will be ready: "Lead time 20 days confirmed?", "When will they
# be ready?", "What's the difference in lead time?", "how long production", "交期多久？"
_LEAD_CUE_ASKED = re.compile(r"(?:lead\s*-?\s*time|leadtime|production time|prod\.?\s*time|ready|交期|货期|生产周期)"
                             r"[^.!;。！；\n]*?(?:[?？]|吗|嗎)")
_DELIVERY_ASKED = re.compile(r"\bdelivery(?:\s+(?:time|date))?\s*[?？]")
_WHEN_ASKED = re.compile(r"when (?:can|will|could|would) (?:you|they|it|the goods|we)\b")


_FEW_WORDS_ASK = re.compile(r"lead\s*-?\s*time|leadtime|production time|\b(?:lead|lt)\s*[?？]")


_PAY_ASKED = re.compile(r"\bpa(?:y|id|yment)\b|\bdeposit\b|\bbalance\b|\bremit|付|俾|畀|定金|订金|訂金|过数|過數|报价|報價|quot")
_WIDE_ASKS = ("how soon", "多长", "多長", "几时", "幾時", "幾时")


# how long until the goods are had, made or sent, in Cantonese (not "清關幾耐？", "退税要几耐？")
GOODS_HOW_LONG = re.compile(r"(?:幾|几)耐(?:有|出|交|做|可以|先有|會有|会有)|(?:交貨|交货|出貨|出货|生產|生产|貨|货)(?:要|需要)?(?:幾|几)耐")


def asks_lead_time(low: str) -> bool:
    """The (lower-cased) message asks how long the goods take, not how long they travel.

    Plain substring tests decide most lines before any regex runs: a regex scan of every chat
    line costs far more than the few questions it finds."""
    asked = ("how long" in low or "how many days" in low or "too long" in low or "how soon" in low
             or "jiaoqi" in low and "?" in low  # (pinyin: "jiaoqi duo jiu?")
             # "40 days is too long ... 30 days possible?": the time is being bargained, and
             # the other side's next figure of days answers it
             or (not low.isascii() and ("太长" in low or "太久" in low or "太長" in low))
             or ("when " in low and _WHEN_ASKED.search(low) is not None)
             # "ok. delivery?", "delivery time?": when the goods go, in the trade's usage
             or ("delivery" in low and _DELIVERY_ASKED.search(low) is not None)
             or (not low.isascii() and ("多久" in low or "几天" in low or "什么时候" in low or "多长" in low or "多長" in low
                                        or "几时" in low or "幾時" in low or "幾时" in low or ("幾耐" in low or "几耐" in low) and GOODS_HOW_LONG.search(low) is not None
                                        # "交期", "货期呢": the word alone asks for it
                                        or len(low) <= 8 and ("交期" in low or "货期" in low)
                                        and not any(c.isdigit() for c in low)))
             # "lead time pls", "and lead time": a few words asking for it, no figure
             # (and "fine. and production time", "lead?", "LT?")
             or (len(low) <= 30 and _FEW_WORDS_ASK.search(low) is not None and not any(c.isdigit() for c in low)))
    if not asked and ("?" in low or not low.isascii()) and (
            "lead" in low or "ready" in low or "production time" in low or "prod" in low
            or (not low.isascii() and ("交期" in low or "货期" in low or "生产周期" in low))):
        asked = _LEAD_CUE_ASKED.search(low) is not None
    if not asked:
        return False
    asking = low
    if "?" in low or "？" in low:  # the question's own sentence: "ok 100% before shipment. When ready?"
        mark = max(low.rfind("?"), low.rfind("？"))
        asking = low[max(low.rfind(c, 0, mark) for c in ".!。！\n") + 1:mark + 1]
    if _TRANSIT_CUES.search(asking) is not None or _SHIPPING_WORDS.search(asking) is not None:
        return False
    # (the words this release added ask of other times too: "how soon can you send PI?", "报价有效期
    # 多长？", "幾時要俾訂金？", "定金要多长时间内付？")
    return not any(w in asking for w in _WIDE_ASKS) or (
        _OTHER_TIME_ASKED.search(asking) is None and _PAY_ASKED.search(asking) is None)


# How long the goods travel, asked or answered: "How long is shipping?", "about 30 days by sea"
_SHIPPING_WORDS = re.compile(r"ship(?:ping|ment)?\b|freight\b|by (?:sea|ocean|air|rail|train|truck|road|"
                             r"express|courier)\b|dhl\b|fedex\b|ups\b|tnt\b|ems\b|运输|海运|空运|快递|船|路上")


# What comes next after a duration with no cue of its own: "12 days, then LCL to Jakarta".
_THEN_AFTER = re.compile(r"\s*[,，]?\s*(?:(?:and )?then\b|然后|之后再)")
# the goods go after the time: "around 3 weeks, then ship", "3-5 days ..., then ship", "15天然后发货"
_THEN_SHIP_AFTER = re.compile(r"\s*[,，]?\s*(?:(?:and\s+)?then\s+(?:we\s+)?(?:ship|send|dispatch|load|deliver)|"
                              r"(?:然后|之后|再)\s*(?:发货|出货|發貨|出貨|装柜|裝櫃))")


def answer_lead_time(view: MessageView) -> None:
    """A duration with no cue of its own in a reply to the other side's lead-time question is
    the lead time: "Lead time 20 days confirmed?" - "after checking with the workshop it is 30
    days now"; "When will they be ready?" - "Four weeks from today"; "交期？" - "15个工作日。海运
    到港大概20天" (the transit told after it). A sentence that names a transit time, samples or
    payment days, or turns the duration down, is no such answer."""
    low = view.low
    if not _TRIGGERED(view) or any(m.field in (LEAD, SAMPLE_LEAD) for m in view.mentions):
        return
    # (the way there said after the answer is no answer: "15个工作日。海运到港大概20天")
    transit_from = min((m.start for m in view.mentions if m.field == TRANSIT), default=len(low))
    for m in _durations(low):
        start, end = m.start(), m.end()
        if end > transit_from:
            break
        cs, ce = view.clause_at(start)
        if transit_from < len(low) and _NO_ANSWER.search(low, cs, ce):
            continue  # "3天后给你答复。海运20天", "定金3天内付", "付款后7天内请提供水单": other days
        sentence = low[slice(*view.sentence_at(start))]
        # (the way there told after it in the same sentence is the transit's: "十五个工作日，海运到马尼拉大概7-10天")
        upto = sentence if transit_from >= len(low) else low[view.sentence_at(start)[0]:max(ce, end)]
        if _NOT_LEAD.search(low, cs, ce) or _BEFORE_EVENT.match(low, end) or _of_samples(sentence) \
                or _TRANSIT_CUES.search(upto) or _SHIPPING_WORDS.search(upto) \
                or _TURNED_DOWN.match(low, end) or _SLIP_BEFORE.search(low, max(0, start - 24), start):
            continue
        if not m.group(2).isdigit() or m.group(3) and int(m.group(3)) < int(m.group(2)):
            continue
        unit = m.group(4)
        factor = _days_per(unit)
        lo = int(m.group(2)) * factor
        hi = int(m.group(3)) * factor if m.group(3) else lo
        working = any(w in unit for w in ("work", "business", "工作", "wd"))
        view.add(LEAD, (None if _within(m) else lo, hi, working or None, _basis(sentence)), start, end,
                 allow_samples=True)  # ("20天以内": within twenty days, as a stated lead time)


# days for something else than making the goods, in a reply that also tells the way there
_NO_ANSWER = re.compile(r"答复|答覆|回复|回覆|覆你|覆您|确认|確認|提供|水单|水單|付(?![款清]?\s*[后後])|等|reply|confirm|pay")


def _within(m: _Duration) -> bool:
    """"within 30 days", "20天以内" bound the time; "within 30-40 days" is still a range."""
    return not m.group(3) and (m.group(1) is not None and m.group(1).strip(".") in (
        "within", "max", "maximum", "up to", "最多") or "内" in m.group(0))


def names_lead(view: MessageView, pos: int) -> bool:
    """The sentence at `pos` names a lead time ("交期60天", "production 60 days", "shipment 15 days
    after LC received")."""
    start, end = view.sentence_at(pos)
    return _LEAD_CUES.search(view.low, start, end) is not None or LC_RECEIPT.search(view.low, start, end) is not None


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# The event the time runs from, written right after it: "5 days after payment" is no transit.
_BASIS_AFTER = re.compile(r"\s*(?:after|upon|from|once)\b|\s*(?:收到|付款|定金|下单)")


def _of_samples(text: str) -> bool:
    """The text speaks of samples, other than of approving one."""
    return SAMPLE_WORDS.search(text) is not None and (
        _SAMPLE_APPROVAL.search(text) is None
        or SAMPLE_WORDS.search(_SAMPLE_APPROVAL.sub(" ", text)) is not None)


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    best = None
    for m in pattern.finditer(text):
        dist = start - m.end() if m.end() <= start else max(0, m.start() - end)
        if best is None or dist < best:
            best = dist
    return best


def _basis(sentence: str) -> LeadTimeBasis | None:
    for pattern, basis in _BASIS:
        if pattern.search(sentence):
            return basis
    return None
