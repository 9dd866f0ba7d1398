"""Words the grounding verifier looks for in quotes: numbers, rule and method names, acceptance.

Deliberately permissive about how a thing is written (digits or words, English or Chinese,
"F.O.B." or 离岸价) and strict about whether it is written at all.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from tradepact.domain.numbers import (
    SPLIT_IDIOM,
    SPOKEN_THOUSANDS,
    WAN_QIAN,
    spoken_thousands,
    wan_qian,
)

# --- normalisation ---------------------------------------------------------------------------


def normalize(text: str) -> str:
    """NFKC, no control/format characters (zero-width, bidi), casefolded, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue  # zero-width and bidi controls hide nothing a reader sees
        kept.append(" " if cat == "Cc" or ch.isspace() else ch)
    return re.sub(r" +", " ", "".join(kept)).casefold().strip()


# --- numbers ---------------------------------------------------------------------------------

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
              "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
              "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CN_RUN = re.compile("[" + "".join([*_CN_DIGITS, *_CN_UNITS, *_CN_BIG]) + "点點]+")

_DIGITS = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2})(?![\d,])")
_CONTINENTAL = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:\.\d{3})+),(\d{2})(?![\d,])")  # "16.900,00"
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d,]|\.\d)")  # "1.850.000"
_LAKH = re.compile(r"(?<![\d.,])[1-9]\d?(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])")  # "1,85,000": Indian grouping
# ("1M pcs": a million, said before a count; "5m rolls" are 5 metres)
_SUFFIXED = re.compile(r"(\d+(?:\.\d+)?)\s*(k|千|万|w(?![a-z\d])|thousand|million|m(?=\s*(?:pcs|pieces|units|sets|pairs)\b))(?![a-z])")
_SUFFIX = {"k": 1000, "千": 1000, "万": 10_000, "w": 10_000, "thousand": 1000, "million": 1_000_000,
           "m": 1_000_000}
_SPOKEN_THOUSANDS = re.compile(SPOKEN_THOUSANDS)
_WAN_QIAN = re.compile(WAN_QIAN)
_SPLIT_IDIOM = re.compile(SPLIT_IDIOM)  # 三七开 = 30/70; 付款四六 = 40/60
_TENTHS = re.compile(r"([一二两兩三四五六七八九十1-9])成")  # 三成 = 30 %, 5成 = 50 %, 兩成 = 20 %


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _chinese(run: str) -> Decimal | None:
    whole, frac = re.split("[点點]", run, maxsplit=1) if re.search("[点點]", run) else (run, "")
    if any(ch not in _CN_DIGITS for ch in frac):
        return None
    if not whole:
        return None
    if all(ch in _CN_DIGITS for ch in whole):
        value = int("".join(str(_CN_DIGITS[ch]) for ch in whole))  # 二〇二〇 = 2020
    else:
        total = section = num = 0
        last_unit = 0
        for ch in whole:
            if ch in _CN_DIGITS:
                num = _CN_DIGITS[ch]
            elif ch in _CN_UNITS:
                last_unit = _CN_UNITS[ch]
                section += (num or 1) * last_unit
                num = 0
            else:
                big = _CN_BIG[ch]
                total += (section + num) * big
                section = num = 0
                last_unit = big
        if num and len(whole) > 1 and whole[-2] not in _CN_DIGITS and last_unit >= 100:
            num *= last_unit // 10  # colloquial 一千二 = 1200, 三百五 = 350, 两万五 = 25000
        value = total + section + num
    digits = "".join(str(_CN_DIGITS[ch]) for ch in frac)
    return Decimal(f"{value}.{digits}") if digits else Decimal(value)


def _english(text: str) -> set[Decimal]:
    found: set[Decimal] = set()
    total = current = 0
    active = False
    tokens = re.findall(r"[a-z]+|[^a-z\s-]", text)
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in _EN_UNITS:
            current += _EN_UNITS[tok]
        elif tok in _EN_TENS:
            current += _EN_TENS[tok]
        elif tok in ("a", "an") and nxt in _EN_SCALES and not active:
            current = 1
        elif tok in _EN_SCALES and active:
            if _EN_SCALES[tok] == 100:
                current *= 100
            else:
                total += current * _EN_SCALES[tok]
                current = 0
        elif tok == "and" and active:
            continue
        else:
            if active:
                found.add(Decimal(total + current))
            total = current = 0
            active = False
            continue
        active = True
    if active:
        found.add(Decimal(total + current))
    return found


_KUAI = re.compile(r"(\d{1,4})\s*[块塊]\s*(\d)(?!\d)")
# the same in Chinese numerals: "四块二" is 4.2, "十八块五" 18.5 (not 4 and 2)
_KUAI_CN = re.compile("([" + "".join([*_CN_DIGITS, *_CN_UNITS]) + "]+)[块塊]([一二两三四五六七八九])"
                      "(?![" + "".join([*_CN_DIGITS, *_CN_UNITS, *_CN_BIG]) + "])")
# "ten dollars twenty" (10.20), in words or digits
_DOLLARS_CENTS = re.compile(r"([a-z]+(?:[ -][a-z]+)?|\d{1,4})\s*(?:dollar|euro)s?\s+(?:and\s+)?([a-z]+(?:[ -][a-z]+)?|\d{2})(?!\d)")
_A_DOLLAR_CENTS = re.compile(r"(?<![a-z])(?:a|one)\s+(?:dollar|euro)\s+(?:and\s+)?([a-z]+(?:[ -][a-z]+)?|\d{2})(?!\d)")
_SPOKEN_MONEY = ("dollar", "euro")


def _one_number(words: str) -> Decimal | None:
    """One number written in digits or in English words ("thirty-eight"), or None."""
    if words.isdigit():
        return Decimal(words)
    found = _english(words)
    return found.pop() if len(found) == 1 else None


_CN_ONE = "[" + "".join(_CN_DIGITS) + "]"
_YUAN_JIAO = re.compile(r"(?<![\d.])(\d{1,4}|[" + "".join([*_CN_DIGITS, *_CN_UNITS]) + r"]+)\s*[元块塊]\s*(\d|" + _CN_ONE
                        + r")\s*角\s*(\d|" + _CN_ONE + r")?")


def _digit(ch: str) -> str:
    return ch if ch.isdigit() else str(_CN_DIGITS[ch])


_HALF = re.compile(r"(?<![a-z])half(?![a-z])")


def numbers_in(text: str) -> set[Decimal]:
    """Every number written in a (normalised) text, in digits, English or Chinese words."""
    found: set[Decimal] = set()
    text = text.replace("萬", "万")  # read as 万 by every pattern below: "16萬5" is 165000 as "16万5" is
    for m in _DIGITS.finditer(text):
        if (value := _dec(m.group().replace(",", ""))) is not None:
            found.add(value)
    for m in _DECIMAL_COMMA.finditer(text):  # "3,50 EUR" in continental notation
        found.add(Decimal(f"{m.group(1)}.{m.group(2)}"))
    for m in _CONTINENTAL.finditer(text) if "." in text else ():
        found.add(Decimal(f"{m.group(1).replace('.', '')}.{m.group(2)}"))
    for m in _LAKH.finditer(text) if "," in text else ():
        found.add(Decimal(m.group().replace(",", "")))
    for m in _DOTTED_THOUSANDS.finditer(text) if "." in text else ():
        found.add(Decimal(m.group().replace(".", "")))
    for m in _SUFFIXED.finditer(text):
        found.add(Decimal(m.group(1)) * _SUFFIX[m.group(2)])
    for m in _SPOKEN_THOUSANDS.finditer(text) if ("千" in text or "万" in text) else ():  # "1千5": 1500
        found.add(Decimal(spoken_thousands(*m.groups())))
    if "万" in text and "千" in text:  # "1万5千个": fifteen thousand
        found.update(Decimal(wan_qian(*m.groups())) for m in _WAN_QIAN.finditer(text))
    if "一半" in text or "half" in text and _HALF.search(text):  # "先付一半", "half up front": half
        found.add(Decimal(50))
    spoken = any(w in text for w in _SPOKEN_MONEY)
    for m in _DOLLARS_CENTS.finditer(text) if spoken else ():  # "ten dollars twenty" is 10.20
        whole, cents = _one_number(m.group(1)), _one_number(m.group(2))
        if whole is not None and cents is not None and 10 <= cents < 100:
            found.add(whole + cents / 100)
    for m in _A_DOLLAR_CENTS.finditer(text) if spoken else ():  # "a dollar thirty-eight", "one euro ninety-five"
        cents = _one_number(m.group(1))
        if cents is not None and 10 <= cents < 100:
            found.add(1 + cents / 100)
    if "角" in text:  # "两元三角五" (normalised "2元3角5"): 2.35
        for m in _YUAN_JIAO.finditer(text):
            whole = Decimal(m.group(1)) if m.group(1).isdigit() else _chinese(m.group(1))
            if whole is not None:
                found.add(whole + Decimal(f"0.{_digit(m.group(2))}{_digit(m.group(3)) if m.group(3) else ''}"))
    if "块" in text or "塊" in text:  # spoken yuan: "6块5" is 6.5
        found.update(Decimal(f"{m.group(1)}.{m.group(2)}") for m in _KUAI.finditer(text))
        for m in _KUAI_CN.finditer(text):
            if (whole := _chinese(m.group(1))) is not None:
                found.add(whole + Decimal(_CN_DIGITS[m.group(2)]) / 10)
    for m in _CN_RUN.finditer(text.replace("百分之", " ")):  # 百分之三十 is 30, not 100 and 30
        if (value := _chinese(m.group())) is not None:
            found.add(value)
    for m in _SPLIT_IDIOM.finditer(text):
        g = 1 if m.group(1) else 4
        found.update({Decimal(_CN_DIGITS[m.group(g)] * 10), Decimal(_CN_DIGITS[m.group(g + 1)] * 10)})
    for m in _TENTHS.finditer(text):
        tenths = int(m.group(1)) if m.group(1).isdigit() else (_CN_DIGITS.get(m.group(1)) or 10)
        found.add(Decimal(10 * tenths))
    found.update(_english(text))
    return found


_FULL_PAYMENT = re.compile(
    r"全款|全额|全額|全数|全數|付清|一次性|预付|預付|先款后货|先款後貨|款到发货|款到發貨"
    r"|(?<![a-z])(full|fully|entire|whole|in advance|prepaid|prepayment|upfront|up front)(?![a-z])")


def percent_implied(percent: Decimal | None, others: list[Decimal | None],
                    others_grounded: bool, text: str) -> bool:
    """A share nobody wrote as a number but the chat still fixes: "全款", or the balance.

    The balance is arithmetic on shares the chat does state (30 % deposit -> 70 % balance), so
    it is grounded when every other share is; it cannot smuggle in a number of its own.
    """
    if percent is None:
        return True
    if not others:
        return percent == 100 and bool(_FULL_PAYMENT.search(text))
    return (others_grounded and all(o is not None for o in others)
            and percent + sum(others) == 100)


# --- names of things -------------------------------------------------------------------------


# Couriers written in Chinese: 顺丰 is SF Express.
_COURIER_ALIASES = {"SF Express": ("顺丰", "順豐")}


def courier_named(courier: str | None, text: str) -> bool:
    """The courier is named in the (normalised) text by one of its other names."""
    return any(alias in text for alias in _COURIER_ALIASES.get(courier or "", ()))


def text_supported(value: str, haystack: str) -> bool:
    """Every word of `value` occurs in the (normalised) quotes: "Ningbo port" in "FOB ningbo"."""
    tokens = re.findall(r"[^\W_]+", normalize(value))
    return bool(tokens) and all(tok in haystack for tok in tokens)


def _latin(*words: str) -> str:
    """Alternatives matched as whole words; dots and spaces between letters of codes allowed.

    Only a letter edge needs a boundary: "2x40HQ" names a 40HQ, "fobbed" does not name FOB.
    """
    parts = []
    for w in words:
        body = (r"\.?\s?".join(w) + r"\.?" if re.fullmatch(r"[a-z]{2,4}", w)
                else re.escape(w).replace(r"\ ", r"[\s-]*"))
        head = r"(?<![a-z])" if w[0].isalpha() else ""
        tail = r"(?![a-z])" if w[-1].isalpha() or body.endswith(r"\.?") else ""
        parts.append(head + body + tail)
    return "(?:" + "|".join(parts) + ")"


def _table(spec: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[str, re.Pattern]:
    out = {}
    for key, (latin, cjk) in spec.items():
        alts = [_latin(*latin)] if latin else []
        alts += [re.escape(w) for w in cjk]
        out[key] = re.compile("|".join(alts))
    return out


_RULES = _table({
    "EXW": (("exw", "ex works", "ex-works", "exworks", "ex factory", "ex-factory"),
            ("工厂交货", "工廠交貨", "出厂价", "出廠價", "出厂", "出廠")),
    "FCA": (("fca", "free carrier"), ("货交承运人", "貨交承運人")),
    "CPT": (("cpt", "carriage paid to"), ("运费付至", "運費付至")),
    "CIP": (("cip", "carriage and insurance paid"), ("运费和保险费付至", "運費和保險費付至")),
    "DAP": (("dap", "ddu", "des", "delivered at place"), ("目的地交货", "目的地交貨")),
    "DPU": (("dpu", "dat", "deq", "delivered at place unloaded", "delivered at terminal"),
            ("卸货地交货", "卸貨地交貨")),
    "DDP": (("ddp", "delivered duty paid"), ("完税后交货", "完稅後交貨", "双清", "雙清", "包税", "包稅")),
    "FAS": (("fas", "free alongside ship"), ("船边交货", "船邊交貨")),
    "FOB": (("fob", "free on board"), ("船上交货", "船上交貨", "离岸价", "離岸價")),
    "CFR": (("cfr", "cnf", "c&f", "c+f", "c and f", "cost and freight"), ("成本加运费", "成本加運費")),
    "CIF": (("cif", "cost insurance and freight", "cost, insurance and freight"),
            ("成本加保险费加运费", "成本加保險費加運費", "到岸价", "到岸價")),
})
_RULES["CFR"] = re.compile(_RULES["CFR"].pattern + r"|(?<![a-z])c\s?[&+]\s?f(?![a-z])")

_METHODS = _table({
    "TT": (("tt", "t/t", "wire", "wire transfer", "telegraphic", "bank transfer", "transfer"),
           ("电汇", "電匯", "转账", "轉賬", "轉账", "转帐", "轉帳", "汇款", "匯款")),
    "LC": (("lc", "l/c", "letter of credit"), ("信用证", "信用證", "信用状", "信用狀")),
    "DP": (("dp", "d/p", "documents against payment", "documentary draft", "documentary bill",
            "sight draft", "documentary collection"),
           ("付款交单", "付款交單", "跟单托收", "跟單托收", "跟单汇票", "跟單匯票")),
    "DA": (("da", "d/a", "documents against acceptance"), ("承兑交单", "承兌交單")),
    "OA": (("oa", "o/a", "open account", "net", "credit terms", "after invoice"),
           ("月结", "月結", "账期", "賬期")),
    "PAYPAL": (("paypal", "pp"), ()),
    "WESTERN_UNION": (("wu", "western union"), ("西联", "西聯")),
    "CARD": (("card", "credit card", "visa", "mastercard"), ("信用卡", "刷卡")),
    "ESCROW": (("escrow", "trade assurance", "alipay"),
               ("信保", "担保交易", "擔保交易", "支付宝", "支付寶")),
    "CASH": (("cash",), ("现金", "現金")),
})

_MODES = _table({
    "SEA": (("sea", "ocean", "vessel", "by ship", "boat", "fcl", "lcl", "container", "containers", "20gp",
             "40gp", "40hq", "40hc", "20ft", "40ft", "cbm", "seafreight", "marine", "port of loading",
             "port of discharge", "port of discharging", "ports of loading", "ports of discharge",
             "master b/l", "master bl", "master bill", "on board b/l", "onboard b/l", "on board bl",
             "onboard bl", "on board bill", "onboard bill",
             # the document of carriage by sea (see the rules' logistics family)
             "b/l", "b / l", "bl", "bill of lading", "bills of lading", "bill of laning",
             # a reefer container
             "reefer", "reefers", "20rf", "40rf", "20rh", "40rh", "breakbulk", "break bulk", "chartered ship",
             # a bulk ship's hold
             "bulk in hold", "bulk in the hold", "bulk in holds", "bulk vessel", "bulk carrier",
             # a flat rack or an open top
             "20fr", "40fr", "20 fr", "40 fr", "20ot", "40ot", "20 ot", "40 ot", "flat rack", "flatrack", "flat-rack",
             "roro", "ro-ro", "ro ro"),
            ("提单", "提單", "海运", "海運", "整柜", "整櫃", "高柜", "高櫃", "尺柜", "尺櫃", "20尺", "40尺", "20 尺", "40 尺", "二十尺", "四十尺", "英尺", "20呎", "40呎", "20 呎", "40 呎", "二十呎", "四十呎", "英呎", "并柜", "併櫃", "拼箱", "船运", "船運", "船期", "柜", "櫃", "装运港", "裝運港", "卸货港",
             "卸貨港", "滚装船", "滾裝船", "快船")),
    "AIR": (("air", "airport", "by air", "airfreight", "flight", "plane", "airplane", "awb", "airway bill",
             "air waybill", "airwaybill"), ("空运", "空運", "航空")),
    "EXPRESS": (("express", "courier", "dhl", "fedex", "ups", "tnt", "ems", "sf"),
                ("快递", "快遞", "顺丰", "順豐", "宅配", "宅急便")),
    "RAIL": (("rail", "railway", "train"), ("铁路", "鐵路", "班列", "火车", "火車")),
    "ROAD": (("road", "truck", "trucks", "trucking", "lorry", "lorries"), ("陆运", "陸運", "卡车", "卡車", "汽运", "汽運", "汽车运输", "汽車運輸",
                                                          "货车", "貨車", "派车", "派車", "叫车", "叫車", "找车", "找車",
                                                          "用车", "用車", "排车", "排車", "辆车", "輛車", "的车", "的車", "物流车", "物流車",
                                                          "车队", "車隊", "中港车", "中港車", "整车", "整車", "货运", "貨運",
                                                          "走汽车", "走汽車", "陆路", "陸路", "汽车物流", "汽車物流")),
})

_CURRENCIES = _table({
    "USD": (("usd", "us$", "dollar", "dollars", "usdollar"), ("$", "美金", "美元", "刀")),
    "CNY": (("cny", "rmb", "yuan"), ("¥", "元", "人民币", "人民幣", "块", "塊")),
    "EUR": (("eur", "euro", "euros"), ("€", "欧元", "歐元", "欧", "歐")),
    "GBP": (("gbp", "pound", "pounds"), ("£", "英镑", "英鎊")),
    "JPY": (("jpy", "yen"), ("¥", "日元", "円")),
    "HKD": (("hkd", "hk$"), ("港币", "港幣", "港元")),
    "TWD": (("twd", "nt$", "ntd"), ("新台币", "新台幣", "台币", "台幣")),
    "AUD": (("aud", "au$", "a$"), ("澳币", "澳幣", "澳元")),
    "CAD": (("cad", "c$"), ("加币", "加幣", "加元")),
    "SGD": (("sgd", "s$"), ("新加坡元", "新币", "新幣")),
    "NZD": (("nzd", "nz$"), ("纽币", "紐幣", "新西兰元", "紐西蘭元")),
    "AED": (("aed", "dirham", "dirhams"), ("迪拉姆",)),
    "MYR": (("myr", "ringgit", "rm"), ("马币", "馬幣", "令吉")),
    "CHF": (("chf",), ("瑞郎", "瑞士法郎")),
    "SAR": (("sar", "riyal", "riyals"), ("沙特里亚尔", "里亚尔", "里亞爾")),
    "QAR": (("qar",), ("卡塔尔里亚尔",)),
    "ZAR": (("zar", "rand", "r"), ("南非兰特", "兰特")),
    "SEK": (("sek",), ("瑞典克朗",)),
    "NOK": (("nok",), ("挪威克朗",)),
    "DKK": (("dkk",), ("丹麦克朗", "丹麥克朗")),
    "PLN": (("pln",), ("波兰兹罗提", "兹罗提")),
    "THB": (("thb", "baht"), ("泰铢", "泰銖")),
    "INR": (("inr", "rupees", "rupee"), ("印度卢比", "卢比")),
    "PHP": (("php", "peso", "pesos"), ("菲律宾比索",)),
    "BRL": (("brl", "reais", "real"), ("巴西雷亚尔", "雷亚尔")),
    "MXN": (("mxn",), ("墨西哥比索",)),
    "KRW": (("krw", "won"), ("₩", "韩元", "韓元", "韩币", "韓幣")),
    "IDR": (("idr", "rupiah"), ("印尼盾",)),
    "MOP": (("mop", "pataca", "patacas"), ("澳门币", "澳門幣", "澳门元", "澳門元")),
    "KWD": (("kwd", "dinar", "dinars"), ()),
    "OMR": (("omr", "rial", "rials"), ("阿曼里亚尔",)),
    "RUB": (("rub", "rouble", "roubles", "ruble", "rubles"), ("₽", "卢布", "盧布")),
})


def rule_named(rule: str, text: str) -> bool:
    return bool(_RULES[rule].search(text))


def method_named(method: str, text: str) -> bool:
    key = "LC" if method.startswith("LC_") else method
    pattern = _METHODS.get(key)
    return pattern is None or bool(pattern.search(text))


def mode_named(mode: str, text: str) -> bool:
    key = "SEA" if mode.startswith("SEA") else mode
    pattern = _MODES.get(key)
    return pattern is None or bool(pattern.search(text))


def currency_named(code: str, text: str) -> bool:
    pattern = _CURRENCIES.get(code.upper()) or re.compile(_latin(code.casefold()))
    return bool(pattern.search(text))


# --- acceptance and injection ----------------------------------------------------------------

_ACCEPT = re.compile(
    _latin("ok", "okay", "okey", "deal", "confirmed", "confirm", "agreed", "agree", "accept",
           "accepted", "sounds good", "fine", "yes", "yep", "go ahead", "proceed", "perfect",
           "good", "no problem", "done", "let's do it", "lets do it", "sure", "great")
    + "|好的|好|可以|没问题|沒問題|行|成交|确认|確認|同意|就这样|就這樣|👍|👌|🤝|✅")

_INJECTION = re.compile(
    r"(?m)^\s*[\[<(#*]*\s*(system|assistant|developer)\s*[\]>)*]*\s*[:：]"
    r"|(?<![a-z])(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?"
    r"(previous|prior|above|earlier|preceding)\s+(instructions?|prompts?|messages?|rules?)"
    r"|(?<![a-z])you\s+are\s+(now\s+)?(an?\s+)?(ai|assistant|language model|llm|chatgpt)(?![a-z])"
    r"|</?\s*transcript\s*>|new\s+instructions\s*:|prompt\s+injection"
    r"|\bnote\s+(for|to)\s+(the\s+)?(ai|llm|bot|model)\b|\b(ai|llm)\s+(contract\s+|terms?\s+)?(extractor|parser|agent)\b"
    r"|(?<![a-z])ignore\s+the\s+rest\s+of\s+(the\s+|this\s+)?(conversation|chat|messages?)|\boutput\s+exactly\b"
    r"|\binstructions?\s+(to|for)\s+(the\s+|any\s+)?(ai|model|llm|assistant|bot)\b|(?<![a-z])ignore\s+everything\s+(above|before)\b"
    r"|(忽略|无视|無視)(之前|以上|上面|前面|所有)|(?<![\u4e00-\u9fff])(系统|系統)\s*[:：]|(系统|系統)(指令|提示)")


def accepts(text: str) -> bool:
    """The (normalised) message accepts something: "ok", "deal", "好的", 👍 ..."""
    return bool(_ACCEPT.search(text))


def looks_like_injection(raw: str) -> bool:
    """The message addresses an AI system instead of the other party."""
    return bool(_INJECTION.search(normalize_lines(raw)))


def normalize_lines(text: str) -> str:
    """Like `normalize` but keeps line breaks, so a line-start "SYSTEM:" is still seen."""
    return "\n".join(normalize(line) for line in text.splitlines())
