"""The grounding verifier: no value reaches a contract unless the chat's own words support it.

Every backend's output (rules, LLM, hybrid) passes `verify_grounding`. A value survives only if

1. its evidence points at real text: `messages[i].text[start:end] == quote` in the ORIGINAL text;
2. the evidence does not come from a message that talks to a machine ("SYSTEM: ...",
   "ignore previous instructions") - such a message is an attack, not a trade term;
3. every number in the value (percent, days, quantity, price, count) is written in a quote of
   its evidence, in digits or in English / Chinese number words;
4. place names, goods descriptions, the Incoterms rule, payment method (and each method offered
   as an alternative), mode and currency are named in the quotes (rule aliases such as 离岸价 or
   C&F count);
5. AGREED is only kept when a second party appears in the evidence or later accepts ("ok",
   "deal", "好的"...); otherwise the status falls back to PROPOSED;
6. a unit price quoted as a range keeps both bounds or neither: an invented upper (or lower)
   bound drops the whole range, since one bound alone would be a single price nobody said; and
   a range is never AGREED (it is an indication, not a price), so it falls back to PROPOSED.

Values that fail are dropped (MISSING / removed) and reported as `UNGROUNDED` findings naming the
field; a downgraded status is reported as `UNGROUNDED_AGREEMENT`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tradepact.domain import _grounding_lexicon as lex
from tradepact.domain.money import from_minor
from tradepact.domain.normalize import normalize
from tradepact.domain.numbers import chinese_to_int, rewrite_number_words
from tradepact.domain.terms import (
    Currency,
    Evidence,
    Finding,
    Incoterm,
    LeadTime,
    LeadTimeBasis,
    LineItem,
    Logistics,
    PaymentMethod,
    PaymentSchedule,
    Quantity,
    Severity,
    Term,
    TermStatus,
    TradeTerms,
    TransportMode,
)
from tradepact.domain.transcript import Role, Transcript

UNGROUNDED = "UNGROUNDED"
UNGROUNDED_AGREEMENT = "UNGROUNDED_AGREEMENT"
SUSPECTED_PROMPT_INJECTION = "SUSPECTED_PROMPT_INJECTION"

_HUNDRED = Decimal(100)


class _Chat:
    """The transcript seen by the verifier: evidence checks and per-message caches."""

    def __init__(self, transcript: Transcript) -> None:
        self.messages = transcript.messages
        self._suspect: dict[int, bool] = {}
        self._norm: dict[int, str] = {}
        self.cited_suspects: set[int] = set()

    def is_suspect(self, index: int) -> bool:
        if index not in self._suspect:
            self._suspect[index] = lex.looks_like_injection(self.messages[index].text)
        return self._suspect[index]

    def normalized(self, index: int) -> str:
        if index not in self._norm:
            self._norm[index] = lex.normalize(self.messages[index].text)
        return self._norm[index]

    def valid(self, ev: Evidence) -> bool:
        if not 0 <= ev.message_index < len(self.messages):
            return False
        text = self.messages[ev.message_index].text
        if not 0 <= ev.start < ev.end <= len(text) or text[ev.start:ev.end] != ev.quote:
            return False
        if self.is_suspect(ev.message_index):
            self.cited_suspects.add(ev.message_index)
            return False
        return True

    def keep_valid(self, evidence: list[Evidence]) -> list[Evidence]:
        return [ev for ev in evidence if self.valid(ev)]

    def party(self, index: int) -> str:
        msg = self.messages[index]
        if msg.role in (Role.BUYER, Role.SELLER):
            return msg.role.value
        return "OTHER:" + msg.author.casefold().strip()

    def agreement_grounded(self, evidence: list[Evidence]) -> bool:
        indices = sorted({ev.message_index for ev in evidence})
        if not indices:
            return False
        if len({self.party(i) for i in indices}) >= 2:
            return True
        first, proposer = indices[0], self.party(indices[0])
        return any(
            self.party(j) != proposer and not self.is_suspect(j)
            and lex.accepts(self.normalized(j))
            for j in range(first + 1, len(self.messages)))


_ONE_PERIOD = {7: re.compile(r"(?<![a-z])an? week\b|一(?:个)?(?:周|星期)"),
               30: re.compile(r"(?<![a-z])an? month\b|一个月")}


class _Pool:
    """What a set of evidence quotes says: their numbers and their normalised text."""

    def __init__(self, evidence: list[Evidence]) -> None:
        self.text = " \n ".join(lex.normalize(ev.quote) for ev in evidence)
        self.numbers = lex.numbers_in(self.text)

    def has_number(self, value: Decimal | int | None) -> bool:
        return value is None or Decimal(value) in self.numbers

    def has_days(self, days: int | None) -> bool:
        if days is None or Decimal(days) in self.numbers:
            return True
        # "4-6 weeks" and "2 months" are lead times in days nobody wrote as days.
        if any(days % n == 0 and Decimal(days // n) in self.numbers for n in (7, 30)):
            return True
        # "about a month", "货期一个月": one period written without a digit
        return days in (7, 30) and bool(_ONE_PERIOD[days].search(self.text))

    def names(self, value: str | None) -> bool:
        return value is None or lex.text_supported(value, self.text)


class _Verifier:
    def __init__(self, transcript: Transcript, currency_code: str | None) -> None:
        self.chat = _Chat(transcript)
        self.findings: list[Finding] = []
        self.currency_code = currency_code  # for fixed installment amounts without their own

    def drop(self, field: str, why: str, evidence: list[Evidence] | None = None) -> None:
        self.findings.append(Finding(
            code=UNGROUNDED, severity=Severity.WARNING, field=field,
            message=f"{field} dropped: {why}", evidence=list(evidence or [])))

    def group(self, term: Term, field: str) -> _Pool | None:
        """Filter a term's evidence; None (and a finding) when nothing real supports it."""
        if term.status == TermStatus.MISSING:
            term.evidence = self.chat.keep_valid(term.evidence)
            return None
        cited = bool(term.evidence)
        term.evidence = self.chat.keep_valid(term.evidence)
        for old in term.superseded:
            old.evidence = self.chat.keep_valid(old.evidence)
        if not term.evidence:
            self.drop(field, "its evidence does not match the chat at the stated offsets"
                      if cited else "no evidence was given")
            return None
        return _Pool(term.evidence)

    def status(self, term: Term, field: str, extra: list[Evidence] = ()) -> None:
        if term.status == TermStatus.AGREED and not self.chat.agreement_grounded(
                [*term.evidence, *extra]):
            term.status = TermStatus.PROPOSED
            self.findings.append(Finding(
                code=UNGROUNDED_AGREEMENT, severity=Severity.WARNING, field=f"{field}.status",
                message=f"{field} was marked AGREED but no other party accepts it in the chat; "
                        "kept as PROPOSED", evidence=list(term.evidence)))

    # --- term groups ---------------------------------------------------------------------

    def incoterm(self, term: Incoterm) -> Incoterm:
        pool = self.group(term, "incoterm")
        if pool is None:
            return Incoterm()
        if term.rule is not None and not lex.rule_named(term.rule.value, pool.text):
            self.drop("incoterm.rule", f"{term.rule.value} is not named in the evidence")
            term.rule = None
        if not pool.names(term.named_place):
            self.drop("incoterm.named_place", "the place is not named in the evidence")
            term.named_place = None
        if term.rule is None and term.named_place is None:
            return Incoterm()
        self.status(term, "incoterm")
        return term

    def payment(self, term: PaymentSchedule) -> PaymentSchedule:
        pool_group = self.group(term, "payment")
        if pool_group is None:
            return PaymentSchedule()
        pools = []
        for inst in term.installments:
            inst.evidence = self.chat.keep_valid(inst.evidence)
            pools.append(_Pool([*inst.evidence, *term.evidence]))
        direct = [inst.percent is None or pool.has_number(inst.percent)
                  for inst, pool in zip(term.installments, pools, strict=True)]
        kept = []
        for i, (inst, pool) in enumerate(zip(term.installments, pools, strict=True)):
            field = f"payment.installments[{i}]"
            if not direct[i]:
                others = [o.percent for j, o in enumerate(term.installments) if j != i]
                others_ok = all(ok for j, ok in enumerate(direct) if j != i)
                if not lex.percent_implied(inst.percent, others, others_ok, pool.text):
                    self.drop(f"{field}.percent", f"{inst.percent} % is not written in the chat")
                    continue
            if inst.fixed_amount_minor is not None:
                code = inst.currency or self.currency_code or "USD"
                if not pool.has_number(from_minor(inst.fixed_amount_minor, code)):
                    self.drop(f"{field}.fixed_amount_minor", "the amount is not written in the chat")
                    continue
            if inst.due_days is not None and not pool.has_days(inst.due_days):
                self.drop(f"{field}.due_days", f"{inst.due_days} days is not written in the chat")
                inst.due_days = None
            if inst.method != PaymentMethod.UNSPECIFIED and not lex.method_named(
                    inst.method.value, pool.text):
                self.drop(f"{field}.method", f"{inst.method.value} is not named in the chat")
                inst.method = PaymentMethod.UNSPECIFIED
            kept.append(inst)
        term.installments = kept
        term.offered_methods = self.offered_methods(term, pool_group)
        if not kept and not term.offered_methods:
            return PaymentSchedule()
        self.status(term, "payment", [ev for inst in kept for ev in inst.evidence])
        return term

    def offered_methods(self, term: PaymentSchedule, pool: _Pool) -> list[PaymentMethod]:
        """Alternatives each named in the schedule's quotes; one left alone is no choice."""
        offered = []
        for i, method in enumerate(term.offered_methods):
            if method == PaymentMethod.UNSPECIFIED or not lex.method_named(method.value, pool.text):
                self.drop(f"payment.offered_methods[{i}]", f"{method.value} is not named in the chat")
            elif method not in offered:
                offered.append(method)
        if len(offered) < 2 and term.offered_methods:
            if len(term.offered_methods) >= 2 and offered:
                self.drop("payment.offered_methods", "fewer than two alternatives are named")
            return []
        return offered

    def lead_time(self, term: LeadTime) -> LeadTime:
        pool = self.group(term, "lead_time")
        if pool is None:
            return LeadTime()
        in_stock = term.basis == LeadTimeBasis.IN_STOCK
        for name in ("min_days", "max_days"):
            days = getattr(term, name)
            if days is not None and not (pool.has_days(days) or (in_stock and days == 0)):
                self.drop(f"lead_time.{name}", f"{days} days is not written in the evidence")
                setattr(term, name, None)
        if term.min_days is None and term.max_days is None and not in_stock:
            return LeadTime()
        self.status(term, "lead_time")
        return term

    def logistics(self, term: Logistics) -> Logistics:
        pool = self.group(term, "logistics")
        if pool is None:
            return Logistics()
        if term.mode not in (TransportMode.UNSPECIFIED, TransportMode.MULTIMODAL) and \
                not lex.mode_named(term.mode.value, pool.text):
            self.drop("logistics.mode", f"{term.mode.value} is not named in the evidence")
            term.mode = TransportMode.UNSPECIFIED
        kept = []
        for i, box in enumerate(term.containers):
            if box.count == 1 or pool.has_number(box.count):  # "a 40HQ" writes no digit
                kept.append(box)
            else:
                self.drop(f"logistics.containers[{i}].count",
                          f"{box.count} x {box.type.value} is not written in the evidence")
        term.containers = kept
        for name in ("courier", "port_of_loading", "port_of_discharge"):
            value = getattr(term, name)
            if not pool.names(value) and not (name == "courier" and lex.courier_named(value, pool.text)):
                self.drop(f"logistics.{name}", "it is not named in the evidence")
                setattr(term, name, None)
        if term.transit_time is not None:
            transit = term.transit_time
            transit.evidence = self.chat.keep_valid(transit.evidence)
            tpool = _Pool([*transit.evidence, *term.evidence])
            for name in ("min_days", "max_days"):
                days = getattr(transit, name)
                if not tpool.has_days(days):
                    self.drop(f"logistics.transit_time.{name}", f"{days} days is not written")
                    setattr(transit, name, None)
            if transit.min_days is None and transit.max_days is None:
                term.transit_time = None
        if (term.mode == TransportMode.UNSPECIFIED and not term.containers and not term.courier
                and not term.port_of_loading and not term.port_of_discharge
                and term.transit_time is None):
            return Logistics()
        self.status(term, "logistics")
        return term

    def line_item(self, item: LineItem, i: int) -> LineItem | None:
        field = f"line_items[{i}]"
        pool = self.group(item, field)
        if pool is None:
            return None
        if item.description and not pool.names(item.description):
            self.drop(f"{field}.description", "the goods are not named in the evidence")
            return None
        if not pool.has_number(item.quantity) and not _tonnes_in_kg(item, pool) \
                and not _sum_of_parts(item.quantity, item.evidence):
            self.drop(f"{field}.quantity", f"{item.quantity} is not written in the evidence")
            item.quantity = None
        self.price(item, field, pool)
        if item.total is not None and not pool.has_number(item.total) and not (
                item.quantity is not None and item.unit_price is not None
                and item.total == item.quantity * item.unit_price):
            self.drop(f"{field}.total", "the total is neither written nor quantity x price")
            item.total = None
        if not item.description and item.quantity is None and item.unit_price is None:
            return None
        self.status(item, field)
        if item.price_is_range and item.status == TermStatus.AGREED:
            item.status = TermStatus.PROPOSED
            self.findings.append(Finding(
                code=UNGROUNDED_AGREEMENT, severity=Severity.WARNING, field=f"{field}.status",
                message=f"{field} was marked AGREED but its price is a quoted range, which no "
                        "acceptance makes a price; kept as PROPOSED", evidence=list(item.evidence)))
        return item

    def price(self, item: LineItem, field: str, pool: _Pool) -> None:
        """A single price, or a range with both bounds written; otherwise no price at all."""
        for name in ("unit_price", "unit_price_max"):
            value = getattr(item, name)
            if not pool.has_number(value):
                self.drop(f"{field}.{name}", f"{value} is not written in the evidence")
                item.unit_price = item.unit_price_max = None
                return
        if item.unit_price_max is not None and (item.unit_price is None
                                                or item.unit_price_max < item.unit_price):
            self.drop(f"{field}.unit_price_max", "a price range needs a lower bound below it")
            item.unit_price = item.unit_price_max = None
        if item.price_is_range and item.total is not None:
            self.drop(f"{field}.total", "a price quoted as a range makes no total")
            item.total = None

    def moq(self, term: Quantity) -> Quantity:
        pool = self.group(term, "moq")
        if pool is None:
            return Quantity()
        if term.value is None and term.status == TermStatus.CONFLICTING:
            return term  # MOQs in dispute: no value to ground, the quotes show the dispute
        if term.value is None or not pool.has_number(term.value):
            self.drop("moq.value", f"{term.value} is not written in the evidence")
            return Quantity()
        self.status(term, "moq")
        return term

    def currency(self, term: Currency) -> Currency:
        pool = self.group(term, "currency")
        if pool is None:
            return Currency()
        if not term.code and term.status == TermStatus.CONFLICTING:
            return term  # currencies offered side by side: no code to ground
        if not term.code or not lex.currency_named(term.code, pool.text):
            self.drop("currency.code", f"{term.code} is not named in the evidence")
            return Currency()
        self.status(term, "currency")
        return term


_HAN_NUMERAL = re.compile(r"[一二两兩三四五六七八九十百千]")
_WAN_PART = re.compile(r"(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s*[万萬]")
# (not the 2 of "m2": "Grey 1,200 m2 + Natural Oak 1,200 m2" is 2400)
_PART = re.compile(r"(?<![\d.,a-z])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.,a-z])\d+(?![\d.,]\d)", re.IGNORECASE)


def _sum_of_parts(quantity: Decimal | None, evidence: list[Evidence]) -> bool:
    """A count written as its parts in one quote ("silver 800个, black 700个" is 1500 in its two
    colours): every whole number of the quote, added up, at least two of them."""
    for ev in evidence:
        quote = lex.normalize(ev.quote)
        parts = [int(m.group().replace(",", "")) for m in _PART.finditer(quote)]
        if len(parts) > 1 and quantity is not None and sum(parts) == quantity:
            return True
        if quantity is not None and _HAN_NUMERAL.search(quote):  # "银色八百个，金色四百个": 1200
            spelled = [int(m.group().replace(",", "")) for m in _PART.finditer(
                rewrite_number_words(normalize(ev.quote)).lower)]
            if len(spelled) > 1 and sum(spelled) == quantity:
                return True
        wan = [Decimal(m.group(1)) * 10000 for m in _WAN_PART.finditer(quote)]
        if len(wan) > 1 and quantity is not None and sum(wan) == quantity:
            return True  # "白色2万个、粉色1.5万个、蓝色1.5万个": 50000 in its three colours
        counted = _N_OF_EACH.search(quote)
        if counted is not None and quantity is not None and (n := _count(counted.group(1) or counted.group(2))) is not None \
                and (parts and n * parts[-1] == quantity
                     or any(n * v == quantity for v in lex.numbers_in(quote[counted.end():counted.end() + 12]))):
            return True  # "三个颜色 每色800个": 2400 in its three colours ("兩色，各一萬顆": 20000)
        if quantity is not None and _HAN_NUMERAL.search(quote) and not parts:
            # "蓝色粉色各一千五百台": the count of each in numerals, read as digits
            quote = rewrite_number_words(normalize(ev.quote)).lower
            parts = [int(m.group().replace(",", "")) for m in _PART.finditer(quote)]
        each = _EACH_OF.search(quote)
        if each is not None and quantity is not None and len(parts) == 1:
            # (the number of them said after the list: "粉色和蓝色两款，各1500套")
            said = _VARIANTS_SAID.sub("", (each.group(1) or each.group(2)).strip())
            listed = [c for p in _JOINED.split(said) if p for c in _COLOUR_SPLIT.split(p) if c]
            if (each.group(2) or all(p.endswith("色") or _ZH_COLOUR.fullmatch(p) for p in listed)) \
                    and len(listed) * parts[0] == quantity:
                return True  # "黑色、膚色、灰色各1000件": 3000 in its three colours
    return False


# so many colours, so many of each: "三个颜色 每色800个", "3色各800个"
_N_OF_EACH = re.compile(r"^([\d一二两兩三四五六七八九十]{1,3})\s*(?:个|個|种|種)?\s*(?:颜色|顏色|色)\s*[,，]?\s*"
                        r"(?:每(?:个|個|种|種)?(?:颜色|顏色|色)|各)\s*(?=\d|[一二两兩三四五六七八九十])|"
                        r"^(\d{1,2})\s*colou?rs?\s*[x×*]\s*(?=\d)")  # ("10 colours x 3000 rolls")


def _count(numeral: str) -> int | None:
    return int(numeral) if numeral.isdigit() else chinese_to_int(numeral.replace("兩", "两"))


# so many of each of the variants listed before it ("黑色、肤色、灰色各1000件", "black, white and
# grey, 1000 pcs each")
_EACH_OF = re.compile(r"^(.{1,60}?)各\s*(?:要|订|訂)?\s*\d|^([a-z][a-z ,&/]{0,60}?)[\s,:]*\d[\d,]*\s*[a-z]*\s+each\b")
_JOINED = re.compile(r"\s*(?:跟|和|与|與|及|、|，|/|&)\s*|\s*,\s*(?:and\s+|&\s+)?|\s+and\s+")
_ZH_COLOUR = re.compile(r"(?:浅|淺|深)[灰蓝藍绿綠红紅黄黃棕紫咖]|米白|藏青|卡其|墨绿|墨綠")  # (色 left out)
_COLOUR_SPLIT = re.compile(r"(?<=色)(?=[\u4e00-\u9fff])")  # "黑色灰色": two colours
_VARIANTS_SAID = re.compile(r"(?<=色)\s*[两兩二三四五2-5]\s*(?:款|种|種|个颜色|個顏色|色)\s*[,，]?\s*$")


_TONNES = re.compile(r"\b(?:tons?|tonnes?|mt|metric tons?)\b|吨|噸")


def _tonnes_in_kg(item: LineItem, pool: _Pool) -> bool:
    """A count in kilograms written in tonnes ("12 tons" priced "USD 1.62/kg" is 12000 kg): the
    tonnes are in the evidence ("2.5 tons" is 2500 kg), and the conversion is exact."""
    return item.unit == "kg" and item.quantity is not None \
        and pool.has_number(item.quantity / 1000) and _TONNES.search(pool.text) is not None


def verify_grounding(terms: TradeTerms, transcript: Transcript) -> tuple[TradeTerms, list[Finding]]:
    """Return a copy of `terms` keeping only grounded values, and findings for what was dropped.

    The findings are returned, not added to the copy: the caller decides where they go.
    """
    out = TradeTerms.model_validate(terms.model_dump())  # a deep copy, 4x faster than deepcopy
    v = _Verifier(transcript, out.currency.code)
    out.currency = v.currency(out.currency)
    out.incoterm = v.incoterm(out.incoterm)
    out.payment = v.payment(out.payment)
    out.lead_time = v.lead_time(out.lead_time)
    out.logistics = v.logistics(out.logistics)
    out.moq = v.moq(out.moq)
    items = (v.line_item(item, i) for i, item in enumerate(out.line_items))
    out.line_items = [item for item in items if item is not None]
    for finding in out.findings:
        finding.evidence = v.chat.keep_valid(finding.evidence)
    for index in sorted(v.chat.cited_suspects):
        v.findings.append(Finding(
            code=SUSPECTED_PROMPT_INJECTION, severity=Severity.WARNING,
            field=f"transcript.messages[{index}]",
            message=f"message {index} addresses an AI system rather than the other party; "
                    "it was not used as evidence for any term"))
    return out, v.findings


def is_grounding_finding(finding: Finding) -> bool:
    """True for the findings this verifier emits."""
    return finding.code in (UNGROUNDED, UNGROUNDED_AGREEMENT, SUSPECTED_PROMPT_INJECTION)


__all__ = [
    "SUSPECTED_PROMPT_INJECTION",
    "UNGROUNDED",
    "UNGROUNDED_AGREEMENT",
    "is_grounding_finding",
    "verify_grounding",
]
