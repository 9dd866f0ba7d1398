"""Chat exports (WhatsApp, WeChat-style, plain "Name: text") parsed into a Transcript.

Message texts are kept exactly as exported (lines joined with "\\n"), because evidence offsets
point into them. Roles come from the names the caller gives, or are inferred only when the chat
makes them clear (the side that quotes prices is the seller); everyone else is OTHER.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from tradepact.domain.errors import InvalidInput
from tradepact.domain.transcript import Message, Role, Transcript

log = logging.getLogger(__name__)

FORMATS = ("whatsapp", "wechat", "plain")

# iOS: "[25/03/2024, 14:05:09] Anna: text" (often behind a U+200E mark);
# Android: "25/03/2024, 14:05 - Anna: text".
_WA_IOS = re.compile(
    r"^[\u200e\u200f]?\[(\d{1,2})/(\d{1,2})/(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\s*([AaPp]\.?[Mm]\.?))?\]\s+([^:\n]{1,60}?):\s?(.*)$")
_WA_ANDROID = re.compile(
    r"^[\u200e\u200f]?(\d{1,2})/(\d{1,2})/(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\s*([AaPp]\.?[Mm]\.?))?\s+-\s+([^:\n]{1,60}?):\s?(.*)$")
# WeChat-style: "Anna 2024-03-25 14:05:09" on its own line, then the text lines.
_WECHAT = re.compile(
    r"^(\S.{0,60}?)\s+(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")
_PLAIN = re.compile(r"^([^:：\n]{1,40}?)\s*[:：]\s?(.*)$")

# Prefixes that open a line of terms, not a speaker: "Payment: 30% deposit".
_NOT_SPEAKERS = frozenset("""
payment payments price prices unit price total quantity qty moq lead time leadtime delivery
shipment shipping incoterm incoterms terms term note notes remark remarks re subject fob cif
exw ddp port destination packing package sample samples product products item items model
spec specs specification size color colour material warranty validity trade terms email tel
phone whatsapp wechat address http https 付款 付款方式 价格 單價 单价 数量 數量 交期 交货期
备注 備註 产品 產品 型号 型號 包装 包裝 地址 电话 電話
""".split()) | {"unit price", "lead time", "trade terms"}


@dataclass
class _Draft:
    author: str
    sent_at: datetime | None
    lines: list[str] = field(default_factory=list)

    def message(self) -> Message:
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()  # blank separators between exported messages are not text
        return Message(author=self.author, sent_at=self.sent_at, text="\n".join(self.lines))


def detect_format(text: str) -> str:
    """'whatsapp', 'wechat', 'json' or 'plain', judged from the first non-blank lines."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[{")):
        return "json"
    lines = [ln for ln in stripped.splitlines() if ln.strip()][:30]
    if any(_WA_IOS.match(ln) or _WA_ANDROID.match(ln) for ln in lines):
        return "whatsapp"
    if any(_WECHAT.match(ln) for ln in lines):
        return "wechat"
    return "plain"


def parse_export(text: str, fmt: str = "auto", buyer_names: Iterable[str] = (),
                 seller_names: Iterable[str] = ()) -> Transcript:
    """Parse a chat export into a Transcript with roles assigned (see the module docstring)."""
    text = text.removeprefix("\ufeff")
    if fmt == "auto":
        fmt = detect_format(text)
    if fmt not in FORMATS:
        raise InvalidInput("format", f"unknown transcript format {fmt!r}; "
                                     f"expected one of {', '.join(('auto', *FORMATS))}")
    buyers = {n.strip().casefold() for n in buyer_names if n.strip()}
    sellers = {n.strip().casefold() for n in seller_names if n.strip()}
    if buyers & sellers:
        raise InvalidInput("seller_names", "a name cannot be both buyer and seller: "
                           + ", ".join(sorted(buyers & sellers)))
    lines = text.splitlines()
    if fmt == "whatsapp":
        drafts = _whatsapp(lines)
    elif fmt == "wechat":
        drafts = _wechat(lines)
    else:
        drafts = _plain(lines, buyers | sellers)
    messages = [d.message() for d in drafts]
    messages = [m for m in messages if m.text.strip() or m.author]
    if not messages and text.strip():
        raise InvalidInput("transcript", f"no messages found in the {fmt} export")
    log.debug("parsed %d messages from a %s export", len(messages), fmt)
    return Transcript(messages=assign_roles(messages, buyers, sellers))


def _stamp(day: str, month: str, year: str, hour: str, minute: str, second: str | None,
           ampm: str | None = None) -> datetime | None:
    d, mo, y, h = int(day), int(month), int(year), int(hour)
    if mo > 12 >= d:
        d, mo = mo, d  # a US-style export (mm/dd) gives itself away when the day exceeds 12
    if y < 100:
        y += 2000
    if ampm:
        pm = ampm.lower().startswith("p")
        h = h % 12 + (12 if pm else 0)
    try:
        return datetime(y, mo, d, h, int(minute), int(second or 0))
    except ValueError:
        return None


def _whatsapp(lines: list[str]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for line in lines:
        m = _WA_IOS.match(line) or _WA_ANDROID.match(line)
        if m:
            day, month, year, hour, minute, second, ampm, name, first = m.groups()
            drafts.append(_Draft(name.strip(), _stamp(day, month, year, hour, minute, second,
                                                      ampm), [first]))
        elif drafts:
            drafts[-1].lines.append(line)
        elif line.strip():
            drafts.append(_Draft("", None, [line]))
    return drafts


def _wechat(lines: list[str]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for line in lines:
        m = _WECHAT.match(line)
        if m:
            name, year, month, day, hour, minute, second = m.groups()
            drafts.append(_Draft(name.strip(), _stamp(day, month, year, hour, minute, second)))
        elif drafts:
            if drafts[-1].lines or line.strip():  # skip blank lines right after the header
                drafts[-1].lines.append(line)
        elif line.strip():
            drafts.append(_Draft("", None, [line]))
    return drafts


def _plain(lines: list[str], known: set[str]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for line in lines:
        m = _PLAIN.match(line)
        name = m.group(1).strip() if m else ""
        if m and _is_speaker(name, known):
            drafts.append(_Draft(name, None, [m.group(2)]))
        elif drafts:
            drafts[-1].lines.append(line)
        elif line.strip():
            drafts.append(_Draft("", None, [line]))
    return drafts


def _is_speaker(name: str, known: set[str]) -> bool:
    key = name.casefold()
    return key in known or (bool(name) and not _looks_like_terms(key))


def _looks_like_terms(key: str) -> bool:
    return key in _NOT_SPEAKERS or bool(re.search(r"\d|https?|www\.", key))


# --- roles -----------------------------------------------------------------------------------

_SELLER_CUES = re.compile(
    r"(?i)\bour (factory|company|price|moq|production|warehouse|products?)\b|\bwe (produce|"
    r"manufacture|can offer|offer|can do|quote|supply)\b|\b(unit price|best price|our quotation|"
    r"lead time is|moq is|ex[- ]works)\b|(usd|us\$|\$|rmb|eur|€)\s?\d|\d\s?(usd|/pc|/pcs|/set|"
    r"per piece|each)\b|我们工厂|我們工廠|我司|本厂|本廠|报价如下|報價如下|单价|單價|出厂价|我们可以做")
_BUYER_CUES = re.compile(
    r"(?i)\b(please quote|pls quote|can you quote|send (me )?(a |your )?(quote|quotation|price)|"
    r"what is your (best )?price|how much|i need|we need|i want to (order|buy)|we want to (order|"
    r"buy)|interested in|looking for|i('d| would) like to order|request for quotation|rfq)\b|"
    r"请报价|請報價|多少钱|多少錢|我想要|我需要|我们需要|我們需要|询价|詢價|想采购|想採購")


_BUYER_NAMES = re.compile(r"(?i)^(the )?(buyer|customer|client|importer|purchaser)\b|^(买家|買家|买方|買方|客户|客戶|采购|採購)")
_SELLER_NAMES = re.compile(r"(?i)^(the )?(seller|supplier|factory|vendor|manufacturer|exporter)\b"
                           r"|^(卖家|賣家|卖方|賣方|供应商|供應商|工厂|工廠|厂家|廠家)")


def assign_roles(messages: list[Message], buyers: set[str] = frozenset(),
                 sellers: set[str] = frozenset()) -> list[Message]:
    """Roles from the given names; for the rest, inferred from who quotes and who asks."""
    authors = list(dict.fromkeys(m.author for m in messages if m.author))
    roles: dict[str, Role] = {}
    for author in authors:
        key = author.casefold()
        if key in buyers:
            roles[author] = Role.BUYER
        elif key in sellers:
            roles[author] = Role.SELLER
        elif not buyers and not sellers and _BUYER_NAMES.match(author):
            roles[author] = Role.BUYER  # an export that names the parties "Buyer" / "工厂"
        elif not buyers and not sellers and _SELLER_NAMES.match(author):
            roles[author] = Role.SELLER
    unknown = [a for a in authors if a not in roles]
    if unknown:
        roles.update(_infer(messages, unknown, set(roles.values())))
    missing = [a for a in authors if a not in roles]
    if len(authors) == 2 and len(missing) == 1:
        # In a two-party chat, once one side is clear the other is its counterparty.
        side = roles[next(a for a in authors if a in roles)]
        if side != Role.OTHER:
            roles[missing[0]] = Role.BUYER if side == Role.SELLER else Role.SELLER
    return [m.model_copy(update={"role": roles.get(m.author, Role.OTHER)}) for m in messages]


def _infer(messages: list[Message], unknown: list[str], taken: set[Role]) -> dict[str, Role]:
    score = {a: 0 for a in unknown}  # > 0 sells, < 0 buys
    for m in messages:
        if m.author in score:
            score[m.author] += len(_SELLER_CUES.findall(m.text)) - len(_BUYER_CUES.findall(m.text))
    out: dict[str, Role] = {}
    if Role.SELLER not in taken:
        best = max(unknown, key=lambda a: score[a])
        if score[best] > 0 and sum(1 for a in unknown if score[a] == score[best]) == 1:
            out[best] = Role.SELLER
    if Role.BUYER not in taken:
        rest = [a for a in unknown if a not in out]
        if rest:
            low = min(rest, key=lambda a: score[a])
            if score[low] < 0 and sum(1 for a in rest if score[a] == score[low]) == 1:
                out[low] = Role.BUYER
    return out


__all__ = ["FORMATS", "assign_roles", "detect_format", "parse_export"]
