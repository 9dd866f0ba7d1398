"""Incoterms(R) rules and their named places, including legacy and Chinese names."""

from __future__ import annotations

import re

from tradepact.adapters.extraction.rules.agreement import REJECTED
from tradepact.adapters.extraction.rules.patterns import (
    DEFERRED,
    GOODS_NOT_PLACE,
    QUESTION,
    REFUSED_AFTER,
    MessageView,
    Prefilter,
)
from tradepact.domain.terms import IncotermRule

FIELD = "incoterm"

TRIGGERS = ("exw", "ex", "exworks", "exfactory", "fca", "fas", "fob", "f.o.b", "cfr", "c&f",
            "c & f", "cnf", "c+f", "cif", "cifc", "c.i.f", "cpt", "cip", "dap", "dpu", "ddp", "ddu", "dat",
            "离岸", "到岸", "出厂价", "工厂交货", "货交承运人", "船边交货", "船上交货", "成本加",
            "运费付至", "运费和保险费付至", "目的地交货", "卸货地交货", "完税后交货", "双清")
_TRIGGERED = Prefilter(TRIGGERS)

_ALIASES = {
    "exw": "EXW", "fca": "FCA", "fas": "FAS", "fob": "FOB", "cfr": "CFR", "cif": "CIF",
    "cpt": "CPT", "cip": "CIP", "dap": "DAP", "dpu": "DPU", "ddp": "DDP",
    "ddu": "DAP", "dat": "DPU", "cnf": "CFR", "c&f": "CFR", "c+f": "CFR",
}
# (not the factory's own dates: "ex-factory lead time 20 days", "ex-factory date")
_LATIN = re.compile(
    r"(?<![a-z0-9])(exw|ex[- ]?works?|ex[- ]?factory(?!\s+(?:lead|date|time)\b)|ex[- ]?fty|fca|fas|fob|f\.o\.b\.?|cfr|"
    r"c\s*&\s*f|cnf|c\+f|cif|c\.i\.f\.?|cpt|cip|dap|dpu|ddp|ddu|dat)(?:c\d)?(?![a-z0-9&+])")
LATIN_RULE = _LATIN  # (the rule names in Latin letters, for the families that look for a rule named)
_LATIN_HINT = re.compile(r"ex|fca|fas|f\.?o\.?b|c\s*[&+]\s*f|cnf|cfr|c\.?i\.?f|cpt|cip|dap|dpu|dd[pu]|dat")
_CHINESE = [
    (re.compile(r"离岸价?|船上交货"), "FOB"),
    (re.compile(r"到岸价?|成本加保险费加?运费"), "CIF"),
    (re.compile(r"成本加运费"), "CFR"),
    (re.compile(r"出厂价|工厂交货"), "EXW"),
    (re.compile(r"货交承运人"), "FCA"),
    (re.compile(r"船边交货"), "FAS"),
    (re.compile(r"运费和保险费付至"), "CIP"),
    (re.compile(r"运费付至"), "CPT"),
    (re.compile(r"目的地交货"), "DAP"),
    (re.compile(r"卸货地交货"), "DPU"),
    (re.compile(r"完税后交货|双清包税(?:到门)?|双清(?:到门)?"), "DDP"),
]
_PUNCT = re.compile(r"[\s.\-]")  # "f.o.b." and "ex-works" read as "fob" and "exworks"
_ANY_CHINESE = re.compile("|".join(p.pattern for p, _ in _CHINESE))
# Latin letters beyond ASCII that places are written with (Latin-1 and Latin Extended-A)
_UPPER, _LETTER = "À-ÖØ-ÞĀ-ž", "À-ÖØ-öø-ÿĀ-ž"  # (Ā-ž holds Ł, Ś, Ž … with their small letters)
# A place right after the rule: "FOB Ningbo", "CIF port of Hamburg", "DDP to Chicago", "FOB宁波".
# "Port" is dropped before a place written in lower case ("FOB port Ningbo") but kept when
# capitalised: "Port Klang", "Port Said", "Port Louis" are the ports' own names.
_PLACE_AFTER = re.compile(
    r"\s*[,:\-(（]?\s*(?:(?i:(?:(?:to\s+)?(?:our|your|the)\s+(?:warehouse|office|store|factory|door|address)\s+"
    r"(?:in|at)\s+)|(?:our|the)\s+factory,?\s+|port of|at|to|in)\s*|port\s+|PORT\s+)?"
    r"([A-Z" + _UPPER + r"][A-Za-z" + _LETTER + r"]+(?:'[a-z]+)?(?:[ \-](?:[A-Z" + _UPPER + r"][A-Za-z" + _LETTER
    + r"]+(?:'(?!(?:ll|s|re|ve|d|t|m)\b)[a-z]+)?|(?:de|do|da)(?![A-Za-z])|(?:es|el|al|des|du|del|di|la|le)(?=[ \-][A-Z])))*)"
    r"(?:\s+port)?")  # "Dar es Salaam", "Rio de Janeiro", "Düsseldorf", "Małaszewicze", "Bao'an"
# (not "We'll", "It's" after the place: the next sentence)
# "FOB宁波", "双清包税到墨尔本每台27美元": the place right after the rule, or after 到/至
_ZH_PLACE_AFTER = re.compile(
    r"\s*[,:(（]?\s*(?:到|至|运到|送到)?([\u4e00-\u9fff]{2,4}?)(?=港|价|價|单价|單價|唔|$|[^\u4e00-\u9fff]|的|算|计|計|报|報|交|吗|嗎|呢|吧|啦|喇|囉|啰|呀|啊|吖|喔|哦|嘛|咯|呗|唄|咧|喎|嘞|咋|对吧|對吧|对吗|對嗎|是吧|可|条|,|每|[门門]口|[门門]到[门門]|[门門](?![\u4e00-\u9fff])|仓库|倉庫|仓|倉|[货貨][仓倉]|工厂|工廠|码头|碼頭|空运|海运|快递|铁路|陆运|多少|怎么|到[门門]|美金|美元|人民币|欧元|港币|日元|英镑|确认|確認)")
# "宁波FOB"; not a price's currency ("就按27美元双清包税": 美元 is no place)
_ZH_PLACE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff\d.])([\u4e00-\u9fff]{2,3}?)港?$")
_NOT_PLACES = frozenset({
    # (a rule's code after a Chinese rule: "双清包税 DDP Chicago" names the place after the code)
    "fob", "cif", "cfr", "cnf", "exw", "fca", "cpt", "cip", "dap", "ddp", "dpu", "ddu", "dat", "fas",
    "price", "prices", "term", "terms", "terms.", "basis", "incoterms", "incoterm", "usd", "us",
    "eur", "rmb", "cny", "gbp", "jpy", "hkd", "aud", "cad", "twd", "sgd", "chf", "sar", "qar", "zar", "sek", "nok", "dkk", "pln", "rm",
    # (a price's currency after the place: "CIP Dubai AED 42/kg", "DAT Port Klang MYR 14.50/kg")
    "aed", "myr", "nzd", "inr", "brl", "mxn", "krw", "thb", "idr", "php", "vnd", "rub", "kwd", "omr", "bhd", "egp", "ngn",
    "kes", "pkr", "bdt", "czk", "huf", "ron", "ils", "kzt", "quote", "quotation", "cost", "costs", "shipping", "only", "is",
    "and", "or", "please", "pls", "the", "our", "your", "we", "ok", "okay", "destination",
    "shipping point", "freight", "warehouse", "door", "fine", "deal", "confirmed", "agreed",
    "thanks", "thank", "then", "also", "via", "by", "with", "from", "for", "payment", "pay",
    "port", "airport", "china", "no", "yes", "not", "price.", "i", "it", "tt", "t", "lc", "l",
    "sea", "air", "incoterms®", "total", "unit", "each", "per", "container", "fcl", "lcl",
    "moq", "ningbo/shanghai", "hi", "hello", "dear", "sir", "a", "an", "as", "on", "in", "at",
    "ex", "works", "factory", "fty", "delivery", "delivered", "rate", "rates", "amount",
    # couriers: "EXW, DHL运费另算" names how the goods go, not where
    "dhl", "fedex", "ups", "tnt", "ems", "sf", "aramex",
})
_ZH_NOT_PLACES = frozenset({"价格", "条款", "报价", "价", "的", "贸易", "术语", "可以", "还是", "即系", "即係", "即是", "就是",
                            "方式", "也行", "也可", "都可", "不行", "没问", "好的", "确认",
                            "怎么", "吗", "运费", "价格是", "包税", "到门", "到港", "价格为",
                            "海运", "空运", "快递", "铁路", "陆运", "大概", "一般", "含税",
                            "不含", "发货", "付款", "交期", "单价", "每个", "每件", "每套",
                            "美元", "美金", "欧元", "人民币", "港币", "日元", "英镑", "块钱",
                            "多少", "多少钱", "不包", "麻烦", "麻煩", "请", "請",
                            # "FAS 船边交货": alongside the ship, FAS's own words, no place
                            "船边", "船邊", "船边交货", "船邊交貨"})


def find(view: MessageView) -> None:
    """Add an incoterm mention (rule, named place or None) for each rule the message names."""
    low = view.low
    if not _TRIGGERED(view):
        return
    for m in _LATIN.finditer(low) if _LATIN_HINT.search(low) else ():
        token = _PUNCT.sub("", m.group(1))
        rule = _ALIASES.get(token) or _word_rule(token)
        if rule is None or (token == "dat" and view.text[m.start():m.end()] != "DAT"):
            continue  # "dat" is chat shorthand for "that" unless written as the rule
        if _us_fob(low, m.end()) or _negated(view, m.start()):
            continue
        place, end = _place_after(view, m.end())
        start = m.start()
        if place is None and m.end() < len(low) and _is_han(view.text[m.end()]):
            place, end = zh_place_after(view, m.end())  # "地毯FOB天津"
        if place is None and start > 0 and _is_han(view.text[start - 1]):
            place, start = _zh_place_before(view, start)  # "厦门FOB，带拍包": the place written first
            end = m.end() if place else end
        if place is None:
            place, end = zh_place_after(view, m.end())
        _add(view, (IncotermRule(rule), place), start, end)
        if REFUSED_AFTER.match(low, end) and view.mentions and view.mentions[-1].start == start:
            view.mentions[-1].kind = REJECTED  # "CIF 现在做不了, 只能 FOB Ningbo": the rule refused
    if view.ascii or not _ANY_CHINESE.search(low):
        return
    for pattern, rule in _CHINESE:
        for m in pattern.finditer(low):
            place, start, end = _zh_place(view, m.start(), m.end())
            if _negated(view, m.start()):
                continue
            _add(view, (IncotermRule(rule), place), start, end)


# "能不能报CIF", "可不可以做FOB": a yes-no question written A-not-A holds no negation.
_A_NOT_A = re.compile(r"能不能|可不可以?|是不是|要不要|行不行|会不会|有没有|肯不肯|愿不愿意?")


def _negated(view: MessageView, pos: int) -> bool:
    if not view.negated(pos):
        return False
    window_start = max(view.clause_at(pos)[0], pos - 16)
    return _A_NOT_A.search(view.low, window_start, pos) is None


_DIGITS = re.compile(r"\d")


def _add(view: MessageView, value: tuple, start: int, end: int) -> None:
    before = len(view.mentions)
    view.add(FIELD, value, start, end)
    if len(view.mentions) > before and DEFERRED.search(view.low, *(near := view.sentence_near(start, start))) \
            and not _DIGITS.search(view.low, *near):
        view.mentions[-1].kind = QUESTION


def _word_rule(token: str) -> str | None:
    if token.startswith("ex"):
        return "EXW"
    return None


def _us_fob(low: str, end: int) -> bool:
    """US 'FOB destination / FOB shipping point' is UCC usage, not an Incoterms rule."""
    tail = low[end:end + 16].lstrip()
    return tail.startswith(("destination", "shipping point", "origin"))


def _place_after(view: MessageView, end: int) -> tuple[str | None, int]:
    m = _PLACE_AFTER.match(view.text, end)
    if not m:
        return _known_place_after(view, end)
    words = m.group(1).split()
    # Keep leading capitalised words that are not stop words ("FOB Ningbo Price" -> Ningbo).
    kept: list[str] = []
    if len(words) > 1 and words[0] == "Port" and words[1].lower() not in _NOT_PLACES:
        kept, words = words[:1], words[1:]  # "CNF Port Klang": the port's name
    for w in words:
        if w == "Airport" and kept:
            kept.append(w)  # "FCA Shenzhen Bao'an Airport", "CIP Kansai Airport": the airport's name
            break
        if w.lower() in _NOT_PLACES or w.lower().strip(".") in _NOT_PLACES:
            break
        kept.append(w)
    if not kept:
        return None, end
    place = " ".join(kept)
    place_end = m.start(1) + len(place)
    if _ANOTHER_PLACE.match(view.text, place_end):
        return None, end  # "FOB Ningbo or Shanghai": ports to choose from, none named yet
    return place, place_end


# Ports and cities of trade written in lower case ("usd 3.85/set fob ningbo" typed on a phone): a
# lower-case word after the rule is only read as its place when it is one of these, since "fob
# price", "fob our factory" or "cif terms" are written the same way.
_KNOWN_PLACES = frozenset({
    "ningbo", "shanghai", "shenzhen", "qingdao", "xiamen", "guangzhou", "tianjin", "dalian", "yantian",
    "shekou", "nansha", "huangpu", "foshan", "dongguan", "yiwu", "lianyungang", "fuzhou", "shantou",
    "zhongshan", "jiangmen", "zhuhai", "hangzhou", "suzhou", "wenzhou", "taizhou", "nanjing", "wuhan",
    "chongqing", "chengdu", "zhangjiagang", "rizhao", "yantai", "weihai", "beijing", "hongkong", "hk",
    "kaohsiung", "keelung", "taichung", "busan", "singapore", "hamburg", "rotterdam", "antwerp",
    "felixstowe", "southampton", "bremerhaven", "genoa", "valencia", "barcelona", "piraeus", "gdansk",
    "dubai", "jebel", "jeddah", "dammam", "mombasa", "lagos", "durban", "chittagong", "karachi",
    "nhava", "mundra", "chennai", "mumbai", "colombo", "manila", "jakarta", "surabaya", "bangkok",
    "haiphong", "sydney", "melbourne", "brisbane", "auckland", "vancouver", "toronto", "montreal",
    "seattle", "oakland", "houston", "savannah", "miami", "chicago", "santos", "callao", "manzanillo",
    "tokyo", "yokohama", "osaka", "kobe", "incheon", "klang", "tanjung", "penang", "istanbul", "mersin",
})
_LOWER_PLACE_AFTER = re.compile(
    r"\s*[,:\-(]?\s*(?:(?:port of|at|to|in|port)\s+)?([a-z]+)(?:\s+port)?(?![a-z0-9&/@.'-]|\.[a-z])")


def _known_place_after(view: MessageView, end: int) -> tuple[str | None, int]:
    """A known port or city written in lower case right after the rule: "fob ningbo"."""
    m = _LOWER_PLACE_AFTER.match(view.text, end)
    if m is None or m.group(1) not in _KNOWN_PLACES:
        return None, end
    if _ANOTHER_LOWER_PLACE.match(view.low, m.end(1)):
        return None, end  # "fob ningbo or shanghai": ports to choose from
    return m.group(1), m.end(1)


_ANOTHER_LOWER_PLACE = re.compile(r"(?:\s+port)?(?:\s+or\s+|\s*/\s*)(?:port of\s+)?[a-z]")


# A second place offered beside the first: "Ningbo or Shanghai", "Ningbo/Shanghai port".
_ANOTHER_PLACE = re.compile(r"(?:\s+port)?(?:\s+or\s+|\s*/\s*)(?:port of\s+)?[A-Z][a-z]")


def _zh_place_before(view: MessageView, start: int) -> tuple[str | None, int]:
    """The place written right before a rule ("宁波离岸价", "厦门FOB", "东莞工厂出厂价") and where it
    starts."""
    text = view.text
    asked = start
    if (text.startswith("工厂", start - 2) or text.startswith("工廠", start - 2)) and start >= 4:
        start -= 2  # "东莞工厂出厂价": the place of the factory
    elif start >= 3 and text[start - 1] in "厂廠" and text[start - 2] != "工":
        start -= 1  # "東莞廠出廠價": the same, its factory said in one character
    # a run of han longer than a place and its 港 names something else ("这款地毯的价格FOB")
    before = _ZH_PLACE_BEFORE.search(text[max(0, start - 6):start]) if start <= 6 or not \
        all(_is_han(c) for c in text[start - 7:start]) else None
    at = before.start(1) + max(0, start - 6) if before else 0
    # "LED植物灯到岸价汉堡": han written onto a Latin model name ends a goods name, not a place
    if before and _place_like(before.group(1)) and not (at > 0 and text[at - 1].isascii()
                                                        and text[at - 1].isalnum()):
        return _with_gang(text, before.group(1), at + len(before.group(1)))[0], at
    return None, asked


def _zh_place(view: MessageView, start: int, end: int) -> tuple[str | None, int, int]:
    place, at = _zh_place_before(view, start)
    if place:
        return place, at, end
    latin = _place_after(view, end)
    if latin[0]:
        return latin[0], start, latin[1]
    zh, zh_end = zh_place_after(view, end)
    if zh:
        return zh, start, zh_end
    return None, start, end


def zh_place_after(view: MessageView, end: int) -> tuple[str | None, int]:
    """A Chinese place written straight after a Latin rule: "FOB宁波" (or a long name said in
    sounds, "CFR达累斯萨拉姆", "伊斯坦布尔", when no shorter one fits)."""
    m = _ZH_PLACE_AFTER.match(view.text, end)
    if m and (cut := m.group(1).find("含")) >= 2 and _place_like(m.group(1)[:cut]):
        return m.group(1)[:cut], m.start(1) + cut  # "DDP台中含稅": the place, then duties included
    if m and _place_like(m.group(1)):
        return _with_gang(view.text, m.group(1), m.end(1))
    m = _ZH_LONG_PLACE_AFTER.match(view.text, end)
    if m and all(c in _SOUND_CHARS for c in m.group(1)):
        return m.group(1), m.end(1)
    return None, end


# a name said in sounds, five to seven characters, ended by punctuation or a price's word
_ZH_LONG_PLACE_AFTER = re.compile(r"\s*(?:到|至)?([\u4e00-\u9fff]{5,7}?)(?=[，,。.;；!！?？\s]|$|单价|單價|价|價|港)")
# (only the characters foreign names are written with: not "台北走空運", "香港送到診所", "西雅图最低")
_SOUND_CHARS = frozenset(
    "阿埃艾安昂奥澳巴拜班邦贝本比彼毕波伯博布查达戴丹道德登迪蒂杜顿多厄恩尔法凡菲斐芬丰弗伏福冈高戈哥格"
    "根古瓜圭哈海汉豪赫亨洪胡华霍基吉加迦贾杰金喀卡开凯坎康柯科克肯库奎拉莱赖兰朗劳勒雷蕾黎里理利莉列林琳"
    "留龙卢鲁路伦罗洛马玛迈麦曼芒毛梅门蒙孟米密敏明摩莫姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕潘庞佩彭皮珀"
    "普奇齐恰乔切钦丘屈萨塞桑瑟森沙莎山尚绍舍圣施什士斯松苏索塔泰坦汤陶特提廷通图托瓦万旺威韦维温"
    "沃乌伍武西希锡夏先辛休许雅亚延扬耶叶伊因英尤约扎泽詹芝兹佐累琴茨其")


# Ports whose 港 is part of the name, not the word "port": 连云港 (Lianyungang), 吉大港 (Chittagong)
_GANG_NAMES = frozenset({"连云港", "吉大港", "防城港", "张家港", "香港", "连雲港"})


def _with_gang(text: str, place: str, end: int) -> tuple[str, int]:
    if text.startswith("港", end) and place + "港" in _GANG_NAMES:
        return place + "港", end + 1
    return place, end


# (the text is read as written: traditional too)
_NOT_IN_PLACE = frozenset("做报是的我们你您他可以能要价还或和也都请就每没不唔吗嗎呢吧了几怎么这那此款号號"
                           "報們價還請沒幾麼這币幣叫现現含" + GOODS_NOT_PLACE)  # ("DDP含關稅": duties included)


# goods before the rule, no place: "吹水机CIF每台112美金", "翼闸成本加运费杰贝阿里" (but "浦东机场" is a
# place, so only the end)
_MACHINE_ENDS = ("机", "機", "桌", "椅", "闸", "閘", "器", "灯", "燈", "柜", "櫃", "床")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# the words of another term opening what follows the rule: "出廠價，交期約三週" (the numbers read, "交期約3週")
_ZH_TERM_WORDS = ("交期", "交貨", "交货", "货期", "貨期", "船期", "工期", "出货", "出貨", "发货", "發貨", "付款", "预付",
                  "預付", "定金", "訂金", "订金", "价格", "價格", "运费", "運費", "生产", "生產", "数量", "數量", "装柜",
                  "裝櫃", "包装", "包裝", "大概", "大約", "大约")


# a question or a unit after the rule, no place: "出厂价多少一筒", "出廠價一台NT$8600", "係咪"
_NOT_A_PLACE_START = re.compile(r"多少|係咪|[一二两兩三四五六七八九十百千万][台个個件套只条條张張吨噸箱筒盒包桶瓶支片罐打双雙]")


def _place_like(name: str) -> bool:
    return name not in _ZH_NOT_PLACES and not name.startswith(_ZH_TERM_WORDS) and not any(c in _NOT_IN_PLACE for c in name) \
        and not _NOT_A_PLACE_START.match(name) and not name.endswith(_MACHINE_ENDS)
