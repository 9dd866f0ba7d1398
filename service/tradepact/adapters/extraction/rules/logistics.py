"""Transport mode, containers and courier."""

from __future__ import annotations

import re
from bisect import bisect_left

from tradepact.adapters.extraction.rules.patterns import (
    BULK_WORDS,
    ROUTE,
    SAMPLE_WORDS,
    Mention,
    MessageView,
    Prefilter,
    word_first,
)
from tradepact.domain.terms import ContainerType, TransportMode

FIELD, CONTAINERS, IMPLIED = "mode", "containers", "mode_implied"

DOCUMENT_WORDS = ("b/l", "b / l", "bl", "lading", "laning", "awb", "airway", "waybill", "提单", "提單",
                  "航空运单", "航空運單")
TRIGGERS = ("port", "ports", "roro", "ro-ro", "ro", "bulk", "breakbulk", "滚装船", "滾裝船", "快船", "marine", "master", "装运港", "卸货港", "海运提单", "sea", "ocean", "vessel",
            "ship", "fcl", "lcl", "container", "containers", "full", "gp", "hq", "hc", "ft", "20'", "40'",
            "air", "airfreight", "express", "courier", "dhl", "fedex", "ups", "tnt", "ems", "rail",
            "railway", "plane", "airplane", "train", "truck", "trucking", "road", "seafreight", "alongside", "chartered",
            "smgs", "trains",
            "海运", "船期", "整柜", "拼箱", "柜", "空运", "快递", "顺丰", "铁路", "班列", "陆运", "卡车", "汽运",
            "汽车运输", "货车", "貨車", "车", "車", "货运", "multimodal", "多式联运", "trucks", "lorry", "装柜",
            "rf", "rh", "reefer", "reefers", "冷柜", "冷藏柜", "冻柜", "凍櫃", "冷櫃", "陆路", "陸路", "火车", "火車",
            "高柜", "高櫃", "平柜", "平櫃", "普柜", "宅配", "宅急便", "fr", "ot", "rack", "racks") + DOCUMENT_WORDS

# (pattern, family, detail): family SEA with detail FCL/LCL merges with a bare SEA statement.
MODES = [
    (re.compile(r"\bfcl\b|full container|整柜|"
                # a flat rack or an open top: "shipped on 1x40FR flat rack", "2 x 40OT"
                # (not goods: "200 flat racks for the warehouse")
                r"(?<![a-z\d])(?:\d+\s*[x*×]\s*)?(?:20|40)\s*(?:fr|ot|(?:'|ft|尺)?\s*flat[- ]?racks?)\b|(?:\d+\s*[x*×]\s*)?(?:20|40)\s*(?:gp|hq|hc|ft|'|尺|英尺)\b(?!\s*(?:lengths?|long)\b)|"
                r"(?<!\d)(?:20|40)\s*(?:尺)?\s*(?:高柜|高櫃|平柜|平櫃|普柜)(?![体體子门門])|"
                r"(?:20|40)\s*(?:gp|hq|hc|尺|英尺)|\b(?:one|a|1|2|3)\s+(?:full\s+)?containers?\b|"
                # the buyer's own container is loaded: "container stuffing", "the container is loaded"
                r"\bcontainer (?:stuffing|loading)\b|\b(?:stuff|load)(?:ing|ed)? (?:the|your|our) container\b|"
                r"\bcontainer (?:is|has to be|will be|to be|was) (?:loaded|stuffed)\b|装柜|"
                # a reefer container: "one 40RF", "20' reefer", "20尺冷柜"
                # (not a flange's face: "DN40 RF", "class 150 RF"; nor a "reefer truck", the road)
                r"(?<![a-wyz\d])(?<!dn )(?<!pn )(?:20|40)\s*(?:rf|rh)\b|\breefers?\b(?!\s+(?:trucks?|lorr(?:y|ies)|vans?)\b)|冷柜|冷藏柜|冻柜|凍櫃|冷櫃"), "SEA", "FCL",
     ("fcl", "full", "container", "containers", "gp", "hq", "hc", "ft", "'", "fr", "ot", "rack", "racks", "整柜", "尺", "装柜", "高柜", "高櫃",
      "平柜", "平櫃", "普柜",
      "rf", "rh", "reefer", "reefers", "冷柜", "冷藏柜", "冻柜", "凍櫃", "冷櫃")),
    (re.compile(r"\blcl\b|拼箱|less than container|[拼并]柜"), "SEA", "LCL", ("lcl", "less", "拼箱", "拼柜", "并柜")),
    (re.compile(word_first(
        r"by sea\b", r"sea freight\b", r"seafreight\b", r"ocean freight\b", r"sea shipping\b",
        r"ship(?:ped|ping)? by sea\b", r"via sea\b", r"by vessel\b", r"by ship\b", r"by containers?\b",
        r"the vessel (?:sails|sailing|departs|departure|leaves)\b", r"a vessel (?:sails|sailing|departs|departure|leaves)\b",
        r"on ?board the vessel\b", r"onto the vessel\b", r"on to the vessel\b",
        r"by (?:the )?ocean\b", r"via (?:the )?ocean\b", r"ocean (?:vessel|shipping|shipment|transport(?:ation)?)\b",
        r"sea (?:shipment|transport(?:ation)?|cargo|line|transit)\b",
        # the sea leg's time said after the production time, no other way named in the message:
        # "manufacturing 75-90 days, sea Shanghai to Karachi about 18-20 days"
        *(rf"{w}[^.;\n]{{0,30}}?days?, sea (?:from )?[a-z]+ to [a-z]+(?: [a-z]+)? (?:about |around |approx\.? |takes |is )?\d"
          r"(?![^\n]{0,80}\b(?:air|flight|express|courier|dhl|fedex|ups|rail|train|truck|road)\b)"
          for w in ("manufacturing", "production")),
        # goods put alongside or on a ship the buyer charters (FAS), or a ship named as the way
        r"alongside (?:your |the |our )?vessel\b", r"chartered (?:vessel|ship)\b",
        # "Our own vessel collects them at the quay", "the vessel from Shanghai to Rotterdam is ..."
        # (not one of the past: "last time the vessel from Ningbo took 40 days")
        # (nor one booked out or passed over: "the vessel from Shanghai to Lagos is fully booked")
        r"own (?:vessel|ship) (?:collects|picks up|loads|arrives|will)\b",
        r"the vessel from [a-z]+(?: [a-z]+)? to [a-z]+(?: [a-z]+)? (?:is|takes|will)\b(?![^.!?\n]{0,60}\b(?:booked|train|rail|air|truck)\b)",
        r"vessel (?:collects|picks up|loads)\b",
        # a roll-on/roll-off ship for machines and vehicles, a break-bulk ship: "we ship by RoRo"
        # (not "the breakbulk cargo from last order": one of the past)
        # (not a name, "Hi Roro", nor goods, "Ro-Ro ramp pads", "roro dolls")
        *(rf"{w} ro-?ro\b" for w in ("by", "via", "on", "ship", "ships", "shipped")),
        r"ro-?ro (?:vessel|ship|service|shipping|shipment|from)\b",
        *(rf"{w} break ?bulk\b" for w in ("ships", "ship", "shipped", "shipping", "by", "as", "via")),
        # "we charter breakbulk vessel", "We charter RoRo space", "bulk in hold"
        r"break ?bulk (?:vessel|ship|carrier)\b", r"charter(?:ed|ing)? (?:a |the )?(?:break ?bulk |bulk |ro-?ro )(?:vessel|ship|space)\b",
        r"bulk in (?:the )?holds?\b", r"bulk (?:vessel|carrier)s?\b(?! (?:bags?|engines?|parts?|spares?))",
        # maritime paperwork and ports: a port of loading/discharge, an ocean or marine bill of
        # lading (a bare B/L is only a payment document here, so it says nothing)
        r"ports? of (?:loading|discharge|discharging)\b",
        *(rf"{issuer} (?:b/?l|bills? of la(?:d|n)ing)\b" for issuer in ("ocean", "marine", "sea", "master", "on ?board")),
    ) + "|海运|走海运|船运|船期|装运港|卸货港|海运提单|滚装船|滾裝船|(?:走|用|坐|发|發)(?:美森|matson|以星|zim)?快船"), "SEA", None,
     ("sea", "seafreight", "ocean", "vessel", "ship", "container", "containers", "board", "onboard",
      "port", "ports", "marine", "master", "海运", "船运", "船期", "装运港", "卸货港", "提单", "alongside", "chartered",
      "roro", "ro-ro", "ro", "bulk", "breakbulk", "滚装船", "滾裝船", "快船")),
    (re.compile(word_first(r"by air\b", r"air ?freight\b", r"air shipping\b", r"air cargo\b", r"via air\b",
                           r"ship by air\b", r"air (?:shipment|transport(?:ation)?)\b", r"by (?:air)?plane\b") + "|空运"),
     "AIR", None, ("air", "airfreight", "plane", "airplane", "空运")),
    # a courier's name may be glued to Chinese ("走DHL", "发FedEx"): no \b between 走 and d
    # (and Taiwan's home delivery couriers: "黑貓宅配送到台中")
    (re.compile(r"(?<![a-z0-9_])(?<!ocean )(?<! sea )(?<!^sea )(?:express|courier|dhl|fedex|ups|tnt|ems)(?![a-z0-9_])|快递|顺丰|\bsf express\b|宅配|宅急便"),
     "EXPRESS", None, ("express", "courier", "dhl", "fedex", "ups", "tnt", "ems", "快递", "顺丰", "宅配", "宅急便")),
    (re.compile(r"\bby rail\b|\brail ?freight\b|\bby train\b|铁路|中欧班列|班列|走火车|走火車|\b(?:china-europe |china europe )?railway\b|"
                r"\bchina[- ]europe (?:rail|train|block train)\b|"
                r"\b(?:by|via) (?:the )?(?:rail|railway)\b|\brail(?:way)? transport(?:ation)?\b|"
                # "Rail this time", "Rail is good", "two 40HQ rail containers", "on the train from Yiwu"
                # (rail opening its clause, not turned down: not "towel rail is good", "DIN rail please",
                # "Rail is good but too expensive", "Rail this time is full", "rail transit in 20 countries")
                r"(?:^|(?<=[.!?,;:]\s)|(?<=\n)|(?<=\d\s)|(?<=hq\s)|(?<=gp\s))rail (?:this time|is (?:good|fine|ok|okay|better)|"
                r"please|pls|transit(?= [a-z' -]{2,20} to\b)|containers?)\b"
                r"(?![^.;\n]{0,40}?\b(?:but|expensive|full|booked|only|not|no(?! problem)|cheaper)\b)|"
                r"\b(?:on|by) the (?:china[- ]europe )?train\b(?!\s+(?:platform|station))|"
                # "weekly train to Duisburg", "on the Yiwu–Małaszewicze train", "rail waybill (CIM/SMGS)"
                # (not offered as another way: "… is also an option but slower", "weekly train to Duisburg?")
                r"\b(?:weekly|daily|block) trains? (?:to|from)\b(?![^.;\n]{0,40}?(?:\b(?:but|option|slower|or)\b|\?))|"
                r"\brail waybills?\b(?!\s+(?:printers?|machines?|paper|forms?|labels?))|\bsmgs\b|"
                r"\bon the [a-zà-ž][^\s.,;\d]{1,40} train\b(?!\s+(?:platform|station))|"
                # "1 x 40HQ 火车 container", "火车柜", "train container"
                r"(?:火车|火車)\s*(?:containers?\b|柜|櫃)|(?:(?<=hq)|(?<=gp)|(?<=hq )|(?<=gp ))(?:火车|火車|train\b)"), "RAIL", None,
     ("rail", "railfreight", "railway", "train", "trains", "smgs", "铁路", "班列", "火车", "火車")),
    # (not "then trucking to port takes 5 days", "trucking to Ningbo port": the haul to the ship)
    # (nor "the USD 120 trucking is charged on top", "trucking to the CFS")
    (re.compile(r"\bby truck\b|\bby road\b|\btrucking\b(?!\s+(?:to|from)\s+(?:the\s+|your\s+|our\s+)?(?:[a-z]+\s+)?(?:port|terminal|wharf|dock|yard|cy|cfs)\b)"
                r"(?!\s+(?:is\s+)?charged)|\broad freight\b|"
                r"\b(?:your|own|our|buyer'?s|cross-border) (?:own )?(?:cross-border )?(?:truck|trucks|lorry)\b|陆运|卡车|汽运|走汽车|走汽車|走陆路|走陸路|走货车|走貨車|"
                r"中港车|中港货车|整车拉|(?:叫|用)货运(?:直接)?送|汽车物流|"  # ("用貨運直接送到", "汽车物流送到你们天津仓库")
                r"\bby lorry\b|\broad transport(?:ation)?\b|汽车运输|货车运输|"
                # a truck sent for the goods: "安排货车来厂里拉", "派车来提货", "叫辆车去港口"
                # (not "开车去你们工厂" - a visit - nor "安排车间")
                r"(?:(?:安排|派|叫|找|用)(?:个|辆|台)?(?:物流|货运)?(?:货车|车)|开(?:个|辆|台)?货车)\s*(?:过来|過來|来|來|去|到|拉|提|运|運|从)(?!\s*(?:酒店|宾馆|賓館|机场|機場|高铁站|火车站|车站|接))|"
                # the seller's own trucks deliver: "我们用自己的车送到义乌仓库"
                r"(?:自己|自家|我们|我司|公司)的?(?:货车|车队|车)\s*(?:(?:给|給)(?:您|你|你们|你們))?\s*(?:送|运|運|拉|配送)"
                r"(?![过過]?[去来來]?\s*(?:酒店|宾馆|賓館|机场|機場|高铁站|火车站|车站))|"
                # a truck that carries them: "用货车过关送到你酒楼", "货车由中山直送葵涌仓",
                # "我哋自己揾货车上嚟佛山拉货"
                r"(?:用|揾|搵|找|安排|派|叫)(?:个|辆|台)?[货貨][车車]|[货貨][车車]\s*(?:[过過][关關]|直送|由[\u4e00-\u9fff]{1,6}(?:直)?送|上嚟|上来|送货|送貨|送到|"
                r"送上[门門]|直接(?:[过過][关關]|送)|送[过過](?:嚟|来|來|去))|"
                # "由深圳廠直接貨車送過嚟": sent over by truck
                r"直接[货貨][车車]\s*送"),
     "ROAD", None,
     ("truck", "trucks", "trucking", "road", "lorry", "陆运", "卡车", "汽运", "汽车运输", "货车", "貨車", "车", "車", "货运",
      "陆路", "陸路")),
    (re.compile(r"\bmultimodal\b|\bmulti-modal\b|多式联运"), "MULTIMODAL", None, ("multimodal", "multi", "多式联运")),
]
_TRIGGERED = Prefilter(TRIGGERS)
_MODE_TESTS = [(pattern, family, detail, Prefilter(keywords)) for pattern, family, detail, keywords in MODES]
_CONTAINER = re.compile(
    r"(?:(\d+)\s*[x*×]\s*)?(20|40)\s*(gp|hq|hc|ft|'|尺|英尺)(?!\s*(?:lengths?|long)\b)(?:\s*(?:gp|hq|hc))?|(\d+)\s*(?:个|只)?\s*(20|40)\s*(gp|hq|hc)")
# A bill of lading is the document of carriage by sea, an air waybill that of carriage by air
# (rail goes on a consignment note, road on a CMR note): a chat that names one tells the mode. That
# is weaker than a stated mode, so it only fills a mode nobody stated ("by air ... balance against
# B/L copy" stays air), and a chat naming both documents ("B/L or AWB copy") leaves the choice open.
# Every alternative opens with a literal (see word_first).
_DOCUMENTS = re.compile(
    word_first(r"b\s?/\s?l\b", r"bills? of la(?:d|n)ing\b", r"bl (?:copy|date|no\b|number)",
               *(rf"{w} (?:the )?bl\b(?![-\d]| ?(?:series|model|type|range|line)\b)"
                 for w in ("copy of", "original", "against", "after")),
               r"awb\b", r"air ?way ?bill\b")
    + r"|提(?<!空运提)(?<!空運提)[单單]|空运提[单單]|空運提單|航空运单|航空運單")
# The air documents are the only ones opening so (the sea ones open with b, c, o, ag, af or 提).
_AIR_DOCUMENT = ("aw", "ai", "空", "航")
_DOCUMENT_WORDS = Prefilter(DOCUMENT_WORDS)
# The document of an earlier shipment ("last time your B/L was late", "the B/L number of our last
# order", 上次的提单号) tells nothing about how this order travels.
_EARLIER_SHIPMENT = re.compile(
    word_first(*(rf"{w} (?:time|times|order|orders|shipment|shipments|batch|container|delivery|lot|"
                 r"consignment|cargo)\b" for w in ("last", "previous", "prior", "earlier", "former")),
               r"last (?:year|month|week)\b", r"previous (?:year|month|week)\b") +
    r"|上次|上回|上一[次批单票柜个]|上批|上单|之前的?(?:订单|那批|批|货)|以前的?(?:订单|货)")
# 提单 is also the e-commerce verb "place the order" (你先提单，我改价; 拍下直接提单): an adverb or a
# subject right before it (先, 直接, 你) and no document word after it (副本, 号, 日 ...) make it the
# verb; the document is read after a verb or a determiner (见提单, 出提单, 你的提单).
_ORDER_VERB = re.compile(
    r"(?:先|去|再|直接|马上|赶紧|帮你|帮我|你|您|亲|拍下|下单)\s*$")
_DOCUMENT_NOUN_AFTER = re.compile(r"\s*(?:副本|复印件|複印件|正本|号|號|日|抬头|抬頭|草稿|确认件|样本|copy)")
_COURIERS = re.compile(r"(?<![a-z0-9_])(dhl|fedex|ups|tnt|ems|sf express)(?![a-z0-9_])|顺丰")
# (and the small things sent before the order: proofs, lab dips, swatches, colour cards)
_DOCS = re.compile(r"documents?|\bdocs?\b|original|b/?l|invoice|文件|单据|正本|tracking|"
                   r"(?<!water )(?<!rain )(?<!fire )(?<!wind )(?<!-)\bproofs?\b(?!\s*(?:pouch|bag|case|box|jacket|cover|coat))|"
                   r"\blab dips?\b|\bswatches\b|\bswatch cards?\b|\bstrike-?offs?\b|colou?r cards?|色卡|打样稿")


def find(view: MessageView) -> None:
    """Add mode mentions ((family, detail)) and container mentions."""
    low = view.low
    if not _TRIGGERED(view):
        return
    taken: list[tuple[int, int]] = []  # (kept sorted, and no two overlap: looked up by bisection)
    for pattern, family, detail, mentioned in _MODE_TESTS:
        if not mentioned(view):
            continue
        for m in pattern.finditer(low):
            at = bisect_left(taken, (m.start(), m.end()))
            if at > 0 and taken[at - 1][1] > m.start() or at < len(taken) and taken[at][0] < m.end():
                continue
            taken.insert(at, (m.start(), m.end()))
            cs, ce = view.clause_at(m.start())
            if family == "EXPRESS" and _DOCS.search(low[cs:ce]):
                continue  # documents go by courier; the goods do not
            if detail == "FCL" and _MOQ_BEFORE.search(low, max(0, m.start() - 16), m.start()):
                continue  # "MOQ 1x20GP": the least order, not how this one ships
            if family == "EXPRESS" and _sample_sentence(view, m.start()):
                continue  # "样品3天可以寄出，走顺丰国际": the courier carries the sample
            if view.negated(m.start()):
                continue
            view.add(FIELD, (family, detail), m.start(), m.end())
    if any(m.field == FIELD and m.value[0] == "ROAD" for m in view.mentions):
        _main_leg(view, low)
    if any(m.field == FIELD and m.value[0] in ("RAIL", "ROAD") for m in view.mentions):
        # "by China-Europe railway, 5 x 40HQ": containers go by train and truck too
        view.mentions = [m for m in view.mentions if not (m.field == FIELD and m.value == ("SEA", "FCL")
                                                          and _CONTAINER.match(low, m.start))]
    if any(m.field == FIELD and m.value[0] == "RAIL" for m in view.mentions):
        # "LCL space on the train from Yiwu": a part load on the train, not by sea
        view.mentions = [m for m in view.mentions if not (m.field == FIELD and m.value == ("SEA", "LCL"))]
    if _DOCUMENT_WORDS(view):
        for m in _DOCUMENTS.finditer(low):
            if view.negated(m.start()) or _earlier_shipment(view, m.start()) or _places_order(low, m):
                continue
            view.add(IMPLIED, ("AIR" if low.startswith(_AIR_DOCUMENT, m.start()) else "SEA", None),
                     m.start(), m.end())
    # every container is a 20 or a 40: a substring test spares most messages the scan
    for m in _CONTAINER.finditer(low) if ("20" in low or "40" in low) else ():
        count = int(m.group(1) or m.group(4) or 1)
        size = m.group(2) or m.group(5)
        kind = (m.group(3) or m.group(6) or "").lower()
        ctype = ContainerType.HQ40 if kind in ("hq", "hc") else (
            ContainerType.GP20 if size == "20" else ContainerType.GP40)
        view.add(CONTAINERS, (ctype, count), m.start(), m.end())




_MOQ_BEFORE = re.compile(r"(?:\bmoq|\bmin(?:imum)?(?: order)?|起订量?|最小起订量?)\s*(?:is|:|：|为|是)?\s*"
                         r"(?:normally|usually|generally|always)?\s*$")


# the sea or the air named beside a truck: "then sea + trucking to Dallas", "海运到港再派送"
_MAIN_LEG = re.compile(r"(?<![a-z])(?:sea|ocean)(?![a-z])|海运|(?<![a-z])air(?![a-z])|空运")


# a truck after "then" and a first leg told before it in the sentence (its carrier, or its route: ROUTE)
_THEN_BEFORE = re.compile(r"\bthen\s+(?:about\s+|around\s+|another\s+)?(?:(?:\d+|one|two|a|half a)\s+(?:days?|hours?)\s+)?$")
_FIRST_LEG = re.compile(r"\b(?:(rail|train|railway)|(sea|ocean|vessel|sailing)|(flight|air))\b")
# (a journey, not production or loading: "Production 30 days, then by truck to Almaty", "25 days to
# produce, then by truck" are the road)


def _main_leg(view: MessageView, low: str) -> None:
    """A truck that carries the goods on from the port or the airport named in the same sentence
    ("production 18 days, then sea + trucking to Dallas") is no road shipment: the mode is the
    main leg's; nor one to the train named in it."""
    kept = []
    # (each leg's starts in order, looked up by bisection in the sentence cut to 300 characters
    # either side: a message of one long sentence saying the truck thousands of times stays linear)
    rail = sorted(x.start for x in view.mentions if x.field == FIELD and x.value[0] == "RAIL")
    main = sorted(x.start for x in view.mentions if x.field == FIELD and x.value[0] in ("SEA", "AIR"))
    for m in view.mentions:
        if m.field == FIELD and m.value[0] == "ROAD":
            s, e = view.sentence_near(m.start, m.end)
            if bisect_left(rail, s) < bisect_left(rail, e):
                continue  # "Rail transit Xi'an to Hamburg ..., plus 2 days trucking to Xi'an": to the train
            if (then := _THEN_BEFORE.search(low, max(s, m.start - 24), m.start)) is not None \
                    and ((first := _FIRST_LEG.search(low, s, then.start())) or ROUTE.search(view.text, s, then.start())):
                # "16-18 days Xi'an to Małaszewicze, then one day by truck to Warsaw": the last leg; the
                # mode is the first leg's when it names its carrier ("Sea to Hamburg 30 days, then by truck")
                if first is not None and not any(x.field == FIELD and s <= x.start < e and x.value[0] != "ROAD"
                                                 for x in view.mentions):
                    family = "RAIL" if first.group(1) else "AIR" if first.group(3) else "SEA"
                    kept.append(Mention(FIELD, (family, None), first.start(), first.end(), m.kind))
                continue
            leg = _MAIN_LEG.search(low, s, e)
            if leg is not None:
                if bisect_left(main, s) == bisect_left(main, e):
                    family = "AIR" if "air" in leg.group(0) or "空" in leg.group(0) else "SEA"
                    kept.append(Mention(FIELD, (family, None), leg.start(), leg.end(), m.kind))
                continue
        kept.append(m)
    view.mentions = kept


def _sample_sentence(view: MessageView, pos: int) -> bool:
    """The sentence at `pos` speaks of samples and not of the bulk order, or the whole message
    does ("Can you send 2 samples of 90x120? We can pay the courier")."""
    s, e = view.sentence_near(pos, pos)
    if BULK_WORDS.search(view.low, s, e) is not None:
        return False
    return SAMPLE_WORDS.search(view.low, s, e) is not None or (
        view.first_end(SAMPLE_WORDS) is not None and view.first_end(BULK_WORDS) is None)


def _earlier_shipment(view: MessageView, pos: int) -> bool:
    s, e = view.sentence_at(pos)
    return _EARLIER_SHIPMENT.search(view.low, s, e) is not None


def _places_order(low: str, m: re.Match[str]) -> bool:
    """提单 written as the verb "place the order", not the bill of lading."""
    if not low.startswith("提", m.start()):
        return False
    return (_ORDER_VERB.search(low, max(0, m.start() - 4), m.start()) is not None
            and _DOCUMENT_NOUN_AFTER.match(low, m.end()) is None)


def to_mode(family: str, detail: str | None) -> TransportMode:
    """The TransportMode for a resolved (family, detail) value."""
    if family == "SEA":
        return {"FCL": TransportMode.SEA_FCL, "LCL": TransportMode.SEA_LCL}.get(detail or "",
                                                                             TransportMode.SEA)
    return TransportMode(family)


def courier_in(text_lower: str) -> str | None:
    """The courier a message names, for the logistics record."""
    m = _COURIERS.search(text_lower)
    if not m:
        return None
    name = m.group(1) or "sf express"
    return {"dhl": "DHL", "fedex": "FedEx", "ups": "UPS", "tnt": "TNT", "ems": "EMS"}.get(name, "SF Express")
