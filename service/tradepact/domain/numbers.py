"""Numbers written in words, English and Chinese, rewritten as digits for the term patterns.

"thirty percent" -> "30 percent", "forty-five days" -> "45 days", 百分之三十 -> 30%, 三十天 -> 30天,
两万 -> 20000, 十五到二十天 -> 15到20天, 三七开 -> 30%/70%, 五五开 -> 50%/50%, 定金三成 -> 定金30%. The rewrite goes
through `NormalizedText.replace`, so evidence still quotes the words the parties wrote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal, InvalidOperation

from tradepact.domain.normalize import NormalizedText

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_EN_RUN = re.compile(rf"\b(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*\b")

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
# (not the name of a pipe fitting: 三通 is a tee, 四通 a cross, 二通 a two-way valve)
_ZH_RUN = re.compile(r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*(?!通)")
# nor a shape (checked after the run, since money may come before it): 三角台历 is a tent calendar,
# 六角螺栓 a hex bolt; 三角钱, 两元三角五 are money
_SHAPE_AFTER = re.compile(r"角(?![钱錢零〇一二两兩三四五六七八九十分])[\u4e00-\u9fff]|"
                          # nor a battery's chemistry: 三元电池, 三元锂 (ternary lithium), not three yuan
                          r"元(?:锂|鋰|电池|電池|材料|聚合物)|"
                          # nor the numeral opening a chemical's name: 二氧化碳 (carbon dioxide), 二氧化硅, 三氯化铁
                          r"氧化|氯化|硫化")
_ZH_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百]+|\d+)")
# a split said in tenths: 三七开 (30/70), or "付款四六" (40/60), two tenths right after the word for
# payment; the grounding verifier reads the same pattern (groups 1-2, or 4-5 after 付款 in 3)
SPLIT_IDIOM = (r"([一二三四五六七八九])([一二三四五六七八九])(?:开|開)|"
               r"(付款\s*)([一二三四五六七八九])([一二三四五六七八九])(?![一二三四五六七八九十百千万萬成开開])")
_ZH_SPLIT = re.compile(SPLIT_IDIOM)
# 成 counts tenths, but only beside a payment word: 定金三成, 三成订金, 付两成 (not 七成新, 八成是).
# The text is folded to simplified characters before this runs, so 訂金三成 and 兩成 match too.
_TENTH = "([一二两三四五六七八九1-9])成"  # (and in digits: 先付5成定金)
_ZH_TENTHS = re.compile(
    r"(?:(?<=定金|订金|预付|首付|余款|尾款|付款|落订)|(?<=付))\s*" + _TENTH
    + "|" + _TENTH + r"(?=\s*(?:定金|订金|预付|首付|余款|尾款|货款|"
    # (and in a chat mixing English: "百分之四十 deposit, 六成 before shipment")
    r"deposit|balance|before (?:shipment|shipping|loading|delivery)|against|t/?t\b|"
    # (and the balance said by its time: "三成定金，七成见提单副本", "七成出货前")
    r"见提单|见提單|見提單|(?:出货|发货|装船|装柜)前))")

_ZH_ANY = re.compile("[零〇一二两三四五六七八九十百千万]")
_SCALED = re.compile(r"(?:(?<![\w.,])(\d+(?:\.\d+)?)\s*|\ban?\s+)(thousand|million)\b(?![\s-]+(?:" + _WORD + r")\b)")
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES])
_LATIN_WORD = re.compile(r"[a-z]+")


def english_words_to_int(words: str) -> int | None:
    """'forty-five' -> 45, 'five thousand' -> 5000, 'two hundred and fifty' -> 250; None for
    words that make no one number ("one ninety", said for 1.90 or for 190)."""
    total, current, seen = 0, 0, False
    for token in re.split(r"[\s-]+", words.lower()):
        if not token or token == "and":
            continue
        seen = True
        if token in _UNITS:
            if current % 10 or current % 100 and _UNITS[token] >= 10:
                return None  # "one two", "twenty fifteen": no one number
            current += _UNITS[token]
        elif token in _TENS:
            if current % 100:
                return None  # "one ninety" (a price said as 1.90, or 190?): no one number
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        else:
            return None
    return total + current if seen else None


def chinese_to_int(text: str) -> int | None:
    """'三十' -> 30, '十五' -> 15, '两万' -> 20000, '一千五' -> 1500; None if not a numeral."""
    if not text:
        return None
    if "万" in text:
        head, _, tail = text.partition("万")
        high = chinese_to_int(head) if head else 1
        low = chinese_to_int(tail) if tail else 0
        if high is None or low is None:
            return None
        if tail and len(tail) == 1 and tail in _ZH_DIGITS:  # 一万五 = 15000
            low = _ZH_DIGITS[tail] * 1000
        return high * 10000 + low
    total, current, last_unit = 0, None, None
    for ch in text:
        if ch in _ZH_DIGITS:
            if current is not None:  # two digits in a row ("三七") is not a numeral
                return None
            current = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            unit = _ZH_UNITS[ch]
            total += (1 if current is None else current) * unit
            current, last_unit = None, unit
        else:
            return None
    if current is not None:
        # 一千五 = 1500, 两百五 = 250: a trailing digit counts in the next smaller unit
        total += current * (last_unit // 10 if last_unit and last_unit >= 100 else 1)
    return total


_DECIMAL_COMMA = re.compile(r"\d{1,4},\d{1,2}")
_CONTINENTAL = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+,\d{2}")  # "16.900,00": thousands dots, a decimal comma
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3}){2,}")  # "1.850.000": no decimal has two dots


def parse_decimal(text: str) -> Decimal | None:
    """'5,000' -> 5000, '3.50' -> 3.50, '1.5万' -> 15000, '5k' -> 5000."""
    s = text.strip().replace(" ", "")
    # a continental decimal comma ("3,20", "12,5"): a thousands group always has three digits
    if _CONTINENTAL.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _DOTTED_THOUSANDS.fullmatch(s):
        s = s.replace(".", "")
    else:
        s = s.replace(",", ".") if _DECIMAL_COMMA.fullmatch(s) else s.replace(",", "")
    factor = Decimal(1)
    for suffix, mult in (("万", 10000), ("千", 1000), ("k", 1000), ("K", 1000)):
        if s.endswith(suffix):
            s, factor = s[: -len(suffix)], Decimal(mult)
            break
    try:
        value = Decimal(s) * factor
    except InvalidOperation:
        return None
    if factor != 1 and value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # "1.5万" is 15000, not 15000.0
    return value


# Thousands said the spoken way: "1千5" is 1500 and "1万5" 15000 (the figure after the scale is
# its tenth), "1万5千" is 15000. The patterns' groups are read by spoken_thousands and wan_qian.
SPOKEN_THOUSANDS = r"(?<![\d.])(\d{1,3})([千万])([1-9])(?![\d.千百十万])"
WAN_QIAN = r"(?<![\d.])(\d{1,4})万([1-9])千"


def spoken_thousands(whole: str, scale: str, tenth: str) -> int:
    """"1", "千", "5" -> 1500; "1", "万", "5" -> 15000."""
    unit = 1000 if scale == "千" else 10000
    return int(whole) * unit + int(tenth) * unit // 10


def wan_qian(wan: str, qian: str) -> int:
    """"1", "5" (of "1万5千") -> 15000."""
    return int(wan) * 10000 + int(qian) * 1000


_ZH_LEADS = frozenset("零一二两三四五六七八九")


_ONE_SPAN_AFTER = re.compile(r"(?:(?:个|個)?(?:月|星期|礼拜|禮拜)|周|週)(?!\s*(?:以|之)?内)")
# one machine or set ordered: "PF1315反击式破碎机一台，", "旋轉式打錠機 一台，", "要一台HST250圆锥破" (not a price per
# unit, "39000元一台", nor a question, "一台多少钱", nor a part, "買一部分先")
_ONE_ORDERED = re.compile(r"(?:(?<=要)|(?<=买)|(?<=買)|(?<=订)|(?<=訂)|(?<=采购)|(?<=採購)|(?<=[机機器床车車炉爐泵柜櫃仪儀备備线線桌椅架灯燈锁鎖破])|(?<=[机機器床车車炉爐泵仪儀备備线線][ \t]))"
                          r"一(?=[台套部辆輛](?![分份])(?![，,]\s*(?:样|樣))(?:\s*(?:[，,。.;；!！]|$)|(?<=[要买買订訂购購]一.)))")


def rewrite_number_words(nt: NormalizedText, words: frozenset[str] | None = None) -> NormalizedText:
    """Rewrite number words in `nt` as digits, keeping the map to the original text.

    `words` (the Latin words of `nt.lower`) may be passed by a caller that has them already.
    """
    low = nt.lower
    ascii_only = low.isascii()
    if ascii_only and words is not None and NUMBER_WORDS.isdisjoint(words):
        return nt  # the common case: no numeral to rewrite
    edits: list[tuple[int, int, str]] = []
    if not ascii_only and "成" in low:
        for m in _ZH_TENTHS.finditer(low):
            digit = m.group(1) or m.group(2)
            tenths = int(digit) if digit.isdigit() else _ZH_DIGITS[digit]
            edits.append((m.start(1) if m.group(1) else m.start(2), m.end(), f"{tenths * 10}%"))
    if not ascii_only and _ZH_ANY.search(low):
        for m in _ZH_SPLIT.finditer(low):
            g = 1 if m.group(1) else 4
            a, b = _ZH_DIGITS[m.group(g)], _ZH_DIGITS[m.group(g + 1)]
            if a + b == 10:  # (the word for payment kept, and in the quote: "付款四六")
                edits.append((m.start(), m.end(), f"{m.group(3) or ''}{a * 10}%/{b * 10}%"))
        for m in _ZH_PERCENT.finditer(low):
            if _overlaps(edits, m.start(), m.end()):
                continue
            raw = m.group(1)
            value = int(raw) if raw.isdigit() else chinese_to_int(raw)
            if value is not None:
                edits.append((m.start(), m.end(), f"{value}%"))
        # (the runs below never overlap each other: only the edits made before them are looked at,
        # by bisection, so a message of thousands of numerals stays n log n)
        before = sorted((s, e) for s, e, _ in edits)
        starts = [s for s, _ in before]
        for m in _ZH_RUN.finditer(low):
            lo = bisect_left(starts, m.start() - _LONGEST_EDIT)
            if any(s < m.end() and m.start() < e for s, e in before[lo:bisect_left(starts, m.end())]):
                continue
            if _SHAPE_AFTER.match(low, m.end()) and not (m.start() > 0 and low[m.start() - 1] in "元块塊"):
                continue  # (a shape: 三角台历, 六角螺栓; not money after 元 or 块: 两块三角可以吗)
            run, run_end = m.group(0), m.end()
            value = chinese_to_int(run)
            if value is None and len(run) > 2 and run[-1] == "一" and low[run_end:run_end + 1] in _MEASURE_AFTER_ONE:
                run, run_end = run[:-1], run_end - 1  # "两万三一台": 23000 for one machine, not 两万三一
                value = chinese_to_int(run)
            # a lone 一 is mostly a word (一下, 一起), not a number worth rewriting
            if value is not None and (run not in ("一", "万") or run == "一" and (
                    _ONE_SPAN_AFTER.match(low, m.end()) or _ONE_ORDERED.match(low, m.start()))):
                # ("一个月", "一周": a lone 一 counting a span of time is one)
                # a numeral right after a figure is a number of its own: "27一千个" is 27 for a
                # thousand, never 271000
                # (nor after a figure and a comma: "NT$42，三色同價" is 42, then three colours)
                apart = m.start() > 0 and (low[m.start() - 1].isdigit() and m.group(0)[0] in _ZH_LEADS
                                           or low[m.start() - 1] == "," and m.start() > 1 and low[m.start() - 2].isdigit())
                edits.append((m.start(), run_end, (" " if apart else "") + str(value)))
    if not NUMBER_WORDS.isdisjoint(words if words is not None else _LATIN_WORD.findall(low)):
        # "1.5 million pcs", "a million pcs": the figure or the article counts the scale word, and
        # the quote keeps it (a lone "million" would be a million, quoted without its "1.5")
        for m in _SCALED.finditer(low):
            head = Decimal(1) if m.group(1) is None else Decimal(m.group(1))
            value = head * _SCALES[m.group(2)]
            if value == value.to_integral_value():
                edits.append((m.start(), m.end(), str(int(value))))
        for m in _EN_RUN.finditer(low):
            if m.group(0) == "one" and _pronoun_one(low, m.start(), m.end()):
                continue  # "the energy monitor one.", "this one is better": a word, not a count
            value = english_words_to_int(m.group(0))
            if value is not None and not _overlaps(edits, m.start(), m.end()):
                edits.append((m.start(), m.end(), str(value)))
    edits.sort()
    return nt.replace(edits)


# the measure words after "一" that prices one unit: "两万三一台", "三千五一吨"
# (not 个: "两千五一个颜色" is 2500 for each colour, "三百五一个人一天" a day's wage)
_MEASURE_AFTER_ONE = frozenset("台件把张張套只条條箱双雙对對支瓶桶吨噸部辆輛")
_ONE_BEFORE = re.compile(r"(?:\b(?:this|that|which|the|any|each|every|another|no|other|big|small|new|old) )$")


def _pronoun_one(low: str, start: int, end: int) -> bool:
    """A lone "one" that stands for a thing: at the end of its clause, or after a determiner."""
    return (end >= len(low) or not (low[end] == " " and end + 1 < len(low) and low[end + 1].isalnum())
            or _ONE_BEFORE.search(low, max(0, start - 8), start) is not None)


_LONGEST_EDIT = 64  # (no split or percent rewritten above is longer: "付款三七开" and the like)


def _overlaps(edits: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in edits)


__all__ = ["NUMBER_WORDS", "chinese_to_int", "english_words_to_int", "parse_decimal",
           "rewrite_number_words"]
