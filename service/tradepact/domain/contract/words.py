"""Amounts in words, as contracts state them next to the figures (English and Chinese 大写)."""

from __future__ import annotations

from ..money import minor_exponent
from ._money_names import CURRENCY_NAMES_EN, CURRENCY_NAMES_ZH

_ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
         "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
         "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
# Down from 10**18: every int64 amount (at most 9,223,372,036,854,775,807) has its words.
_SCALES = [(10**18, "Quintillion"), (10**15, "Quadrillion"), (10**12, "Trillion"),
           (10**9, "Billion"), (10**6, "Million"), (1000, "Thousand")]


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_ONES[n // 100], "Hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_ONES[n])
    return words


def integer_in_words_en(n: int) -> str:
    """12345 -> 'Twelve Thousand Three Hundred Forty-Five'."""
    if n < 0:
        raise ValueError("amounts in words are never negative")
    if n == 0:
        return "Zero"
    words: list[str] = []
    for scale, name in _SCALES:
        if n >= scale:
            words += _below_thousand(n // scale) + [name]
            n %= scale
    words += _below_thousand(n)
    return " ".join(words)


def amount_in_words_en(minor: int, currency: str) -> str:
    """'US Dollars Twelve Thousand Three Hundred Forty-Five and Sixty Cents Only'."""
    exp = minor_exponent(currency)
    major, cents = divmod(minor, 10**exp) if exp else (minor, 0)
    name = CURRENCY_NAMES_EN.get(currency.upper(), currency.upper())
    text = f"{name} {integer_in_words_en(major)}"
    if cents:
        unit = "Cents" if exp == 2 else "Thousandths"
        text += f" and {integer_in_words_en(cents)} {unit}"
    return text + " Only"


_ZH_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_ZH_UNITS = ["", "拾", "佰", "仟"]
_ZH_GROUPS = ["", "万", "亿", "万亿", "亿亿"]  # to 10**20: every int64 amount


def _zh_group(n: int) -> str:
    """0 < n < 10000 in financial capitals, with inner zeros spoken once (1005 -> 壹仟零伍)."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        digit = n // 10**pos % 10
        if digit:
            if zero and out:
                out += "零"
            out += _ZH_DIGITS[digit] + _ZH_UNITS[pos]
            zero = False
        else:
            zero = True
    return out


def integer_in_words_zh(n: int) -> str:
    """12345 -> '壹万贰仟叁佰肆拾伍' (大写, as banks require on payment documents)."""
    if n < 0:
        raise ValueError("amounts in words are never negative")
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, need_zero = "", False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(out)
            continue
        # A gap inside the number (e.g. 1,0000,0005 or 1,0500) is read as one 零.
        if out and (need_zero or g < 1000):
            out += "零"
        out += _zh_group(g) + _ZH_GROUPS[idx]
        need_zero = False
    return out


def amount_in_words_zh(minor: int, currency: str) -> str:
    """USD 12,345.60 -> '壹万贰仟叁佰肆拾伍美元陆拾分'; CNY uses 元角分 with 整."""
    code = currency.upper()
    exp = minor_exponent(code)
    major, frac = divmod(minor, 10**exp) if exp else (minor, 0)
    if code == "CNY":
        text = f"人民币{integer_in_words_zh(major)}元"
        jiao, fen = divmod(frac, 10)
        if not frac:
            return text + "整"
        if jiao:
            text += _ZH_DIGITS[jiao] + "角"
        elif major:
            text += "零"
        return text + (_ZH_DIGITS[fen] + "分" if fen else "整")
    name = CURRENCY_NAMES_ZH.get(code, code)
    text = f"{integer_in_words_zh(major)}{name}"
    if frac:
        return text + f"{integer_in_words_zh(frac)}分"
    return text + "整"
