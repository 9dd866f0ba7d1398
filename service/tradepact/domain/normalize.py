"""Message text normalised for matching, with a map from every matched span back to the original.

Matching runs on a cleaned copy of a message: control characters become spaces, bidi overrides
and zero-width characters disappear, full-width forms fold to ASCII (NFKC, so ``３０％`` reads
``30%``), letters are lower-cased and traditional Chinese characters the patterns care about are
folded to simplified ones. Each character of the copy remembers the [start, end) span of the
original text it came from, so evidence always quotes the text exactly as the parties wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Zero-width characters, bidi embeddings/overrides/isolates and marks, the BOM, soft hyphen.
_INVISIBLE = frozenset(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# U+FF01-FF5E and the ideographic space: what NFKC makes of each is one ASCII character.
_FULL_WIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in (*range(0xFF01, 0xFF5F), 0x3000)}
_NEEDS_WORK = re.compile(
    "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2069\ufeff]"
)

# Traditional -> simplified, only for characters that trade-term patterns look at, and the
# financial numerals (壹万 is 一万; not 陆, which is also the 陆 of 陆运). One char for one char,
# so the index map is unchanged.
_TRAD = str.maketrans(
    "確認沒問題訂貨運價離費險單發後週個數櫃雙稅廠錢餘電匯萬兩開帳賬號達門鐵陸車遞裝這們說時間產長還給報與讓嗎應為種實際樣條約簽證資從麼進過處頭國幣歐圓內預結賣買無對於機協議鍋漲總計箱務當準備請麻煩裡邊層紙優惠這從較擔保遠張隻臺頂捲噸塊輛顆鎊碼顏兌見順豐併額呎聯盞狀吋壹貳贰叁參肆伍柒捌玖拾佰仟",
    "确认没问题订货运价离费险单发后周个数柜双税厂钱余电汇万两开帐账号达门铁陆车递装这们说时间产长还给报与让吗应为种实际样条约签证资从么进过处头国币欧圆内预结卖买无对于机协议锅涨总计箱务当准备请麻烦里边层纸优惠这从较担保远张只台顶卷吨块辆颗镑码颜兑见顺丰并额尺联盏状寸一二二三三四五七八九十百千",
)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A message's matching text (`text` keeps case, `lower` is folded) and its map to the original.

    `starts[i]`/`ends[i]` give the original span of normalised character i; both are None when
    the normalised text is the original one character for character.
    """

    original: str
    text: str
    lower: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The [start, end) span of the original text that normalised [start, end) came from."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> tuple[int, int, str]:
        """Original (start, end, exact quote) for a normalised span."""
        o_start, o_end = self.to_original(start, end)
        return o_start, o_end, self.original[o_start:o_end]

    def replace(self, edits: list[tuple[int, int, str]]) -> NormalizedText:
        """Apply non-overlapping, ordered (start, end, replacement) edits to both texts.

        Every replacement character maps to the whole original span of what it replaced, so a
        match on the digits "30" that replaced "thirty" quotes "thirty".
        """
        if not edits:
            return self
        n = len(self.text)
        starts = self.starts if self.starts is not None else tuple(range(n))
        ends = self.ends if self.ends is not None else tuple(range(1, n + 1))
        text_parts: list[str] = []
        lower_parts: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        for start, end, repl in edits:
            text_parts.append(self.text[pos:start])
            lower_parts.append(self.lower[pos:start])
            new_starts.extend(starts[pos:start])
            new_ends.extend(ends[pos:start])
            o_start, o_end = starts[start], ends[end - 1]
            text_parts.append(repl)
            lower_parts.append(repl.lower() if len(repl.lower()) == len(repl) else repl)
            new_starts.extend([o_start] * len(repl))
            new_ends.extend([o_end] * len(repl))
            pos = end
        text_parts.append(self.text[pos:])
        lower_parts.append(self.lower[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        return NormalizedText(self.original, "".join(text_parts), "".join(lower_parts),
                              tuple(new_starts), tuple(new_ends))


def fold_traditional(text: str) -> str:
    """The traditional Chinese characters the patterns care about, folded to simplified ones."""
    return text.translate(_TRAD)


def _fold_lower(text: str) -> str:
    if text.isascii():
        return text.lower()
    lower = text.lower()
    if len(lower) != len(text):  # e.g. "İ" lowers to two code points; keep the map 1:1
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower.translate(_TRAD)


# A Chinese comma between two figures separates them when the first is a price ("每个 USD
# 58，300个" is 58 dollars and 300 pieces) or the second is no group of three digits; it folds to a
# semicolon then. "订10，400台", typed with a Chinese keyboard, still groups thousands.
_DIGIT_COMMA = re.compile("(?<=\\d)\uff0c(?=\\d)")
_THOUSANDS_AFTER = re.compile("\\d{3}(?![\\d.])")
_PRICE_BEFORE = re.compile(
    "(?:(?:(?i:usd|us\\$|\\$|eur|€|gbp|£|rmb|cny|¥|hkd|aud|twd|nt\\$|hk\\$)|美金|美元|人民[币幣]|欧元|歐元|英镑|英鎊|港[币幣元]|"
    "新台[币幣]|台[币幣]|单价|單價|价格?|價格?|每[个個件套只隻台臺條条双雙张張部]"
    "\\s*(?i:nt\\$|hk\\$|twd|新台[币幣]|台[币幣]|港[币幣元])?)"
    "\\s*\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\d[元块分毛角]\\d|(?:那就|就按?|最低|给你|给到|好吧|(?:^|[，,\\s])(?:行|好|可以)[，,])\\d+)$")
# (or a spoken price's last digit, "给你6分3，800卷", or a counter, "那就86，450套")


_CODE_BEFORE = re.compile("([A-Za-z]+)\\d{1,4}$")  # "IPX7，600支": a code's figure, then the count
# (not a currency code written onto its figure: "每台SGD1，280" is 1280 dollars)
_CURRENCY_CODES = frozenset("usd eur gbp jpy cny rmb hkd twd ntd aud cad nzd sgd aed sar qar kwd myr thb php inr idr krw chf "
                            "sek nok dkk pln zar brl mxn rub mop".split())


def _separate_figures(text: str) -> str:
    def fold(m: re.Match) -> str:
        if _THOUSANDS_AFTER.match(text, m.end()) and not _PRICE_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                and not ((code := _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start())) is not None
                         and code.group(1).lower()[-3:] not in _CURRENCY_CODES):
            return m.group(0)
        return "\uff1b"
    return _DIGIT_COMMA.sub(fold, text)


def normalize(text: str) -> NormalizedText:
    """Clean `text` for matching; cheap when the text is already clean (the common case)."""
    if text.isascii():
        # printable ASCII (most chat lines) holds nothing to clean; \n and controls need the scan
        if text.isprintable() or not _NEEDS_WORK.search(text):
            return NormalizedText(text, text, text.lower())
        source = text
    else:
        source = _separate_figures(text) if "\uff0c" in text else text
    if not source.isascii() and not _NEEDS_WORK.search(source):
        if unicodedata.is_normalized("NFKC", source):
            return NormalizedText(text, source, _fold_lower(source))
        # Chinese punctuation written full width ("，", "？", "："), the usual reason a line is
        # not NFKC: fold it one character for one, as NFKC would, and the map stays the identity
        folded = source.translate(_FULL_WIDTH)
        if folded is not text and unicodedata.is_normalized("NFKC", folded):
            return NormalizedText(text, folded, _fold_lower(folded))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(source):
        if ch in _INVISIBLE:
            continue
        if ch == "\n":
            folded = ch
        elif unicodedata.category(ch) == "Cc":
            folded = " "  # a tab or stray control code separates words, it does not join them
        elif ch.isascii():
            folded = ch
        else:
            folded = unicodedata.normalize("NFKC", ch)
        for c in folded:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    norm = "".join(out)
    return NormalizedText(text, norm, _fold_lower(norm), tuple(starts), tuple(ends))


__all__ = ["NormalizedText", "normalize"]
