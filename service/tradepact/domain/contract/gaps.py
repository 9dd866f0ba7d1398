"""Blocking gaps: what a contract needs that the chat or the parties' details do not settle."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel

from ..terms import (
    IncotermRule,
    LeadTimeBasis,
    PaymentTrigger,
    Severity,
    TermStatus,
    TradeTerms,
    TransportMode,
)
from .parties import Parties
from .schedule import contract_currency

# Under these rules the seller books the main carriage, so the contract must say how.
SELLER_CARRIAGE_RULES = frozenset({
    IncotermRule.CPT, IncotermRule.CIP, IncotermRule.DAP, IncotermRule.DPU, IncotermRule.DDP,
    IncotermRule.CFR, IncotermRule.CIF,
})
REQUIRED_PARTY_FIELDS = ("legal_name", "address", "country", "registration_number",
                         "contact_email")


class GapReason(StrEnum):
    """Why a term blocks a final contract."""

    MISSING = "MISSING"  # nobody stated it
    NOT_AGREED = "NOT_AGREED"  # proposed by one side only
    CONFLICTING = "CONFLICTING"  # an open counter-offer, or alternatives with none chosen
    INCONSISTENT = "INCONSISTENT"  # stated, but does not add up (e.g. shares not 100 %)
    FINDING = "FINDING"  # a blocking finding of the extraction
    PRICE_RANGE = "PRICE_RANGE"  # a unit price quoted as a range, no single price agreed


class Gap(BaseModel):
    """One blocking gap: the dotted field path, why, and a sentence for people."""

    field: str
    reason: GapReason
    description: str

    @property
    def label_key(self) -> str:
        """The field path without list indices, e.g. 'line_items.unit_price' (for labels)."""
        return re.sub(r"\[\d+\]", "", self.field)


def _status_gap(field: str, status: TermStatus) -> Gap | None:
    if status is TermStatus.PROPOSED:
        return Gap(field=field, reason=GapReason.NOT_AGREED,
                   description="proposed by one side but not accepted by the other")
    if status is TermStatus.CONFLICTING:
        return Gap(field=field, reason=GapReason.CONFLICTING,
                   description="an open counter-offer or options with none chosen")
    return None


def _missing(field: str, what: str) -> Gap:
    return Gap(field=field, reason=GapReason.MISSING, description=f"{what} is missing")


def _party_gaps(parties: Parties) -> list[Gap]:
    gaps = []
    for role in ("seller", "buyer"):
        party = getattr(parties, role)
        for name in REQUIRED_PARTY_FIELDS:
            if not getattr(party, name).strip():
                gaps.append(_missing(f"parties.{role}.{name}",
                                     f"the {role}'s {name.replace('_', ' ')}"))
    return gaps


def _goods_gaps(terms: TradeTerms) -> list[Gap]:
    if not terms.line_items:
        return [_missing("line_items", "a description of the goods")]
    gaps: list[Gap] = []
    for i, item in enumerate(terms.line_items):
        path = f"line_items[{i}]"
        if gap := _status_gap(path, item.status):
            gaps.append(gap)
        if not item.description.strip():
            gaps.append(_missing(f"{path}.description", "the goods description"))
        if item.quantity is None:
            gaps.append(_missing(f"{path}.quantity", "the quantity"))
        if not item.unit:
            gaps.append(_missing(f"{path}.unit", "the unit of quantity"))
        if item.unit_price is None:
            gaps.append(_missing(f"{path}.unit_price", "the unit price"))
        elif item.price_is_range:  # whatever its status says: a range is no price
            gaps.append(Gap(
                field=f"{path}.unit_price", reason=GapReason.PRICE_RANGE,
                description=f"quoted as a range ({item.quoted_range()}); "
                            "a single unit price must be agreed"))
    if contract_currency(terms) is None:
        gaps.append(_missing("currency.code", "the contract currency"))
    return gaps


def _delivery_gaps(terms: TradeTerms) -> list[Gap]:
    gaps: list[Gap] = []
    inc = terms.incoterm
    if gap := _status_gap("incoterm", inc.status):
        gaps.append(gap)
    if inc.rule is None:
        gaps.append(_missing("incoterm.rule", "the Incoterms rule"))
    if not inc.named_place:
        gaps.append(_missing("incoterm.named_place", "the Incoterms named place"))
    lead = terms.lead_time
    if gap := _status_gap("lead_time", lead.status):
        gaps.append(gap)
    if (lead.min_days is None and lead.max_days is None
            and lead.basis is not LeadTimeBasis.IN_STOCK):
        gaps.append(_missing("lead_time.days", "the lead time"))
    if inc.rule in SELLER_CARRIAGE_RULES:
        log = terms.logistics
        if gap := _status_gap("logistics", log.status):
            gaps.append(gap)
        if log.mode is TransportMode.UNSPECIFIED:
            gaps.append(_missing("logistics.mode",
                                 f"the transport mode (the seller carries under {inc.rule})"))
    return gaps


def _payment_gaps(terms: TradeTerms) -> list[Gap]:
    pay = terms.payment
    gaps: list[Gap] = []
    if pay.offered_methods:  # alternatives are no choice, whatever the status says
        offered = " or ".join(m.value for m in pay.offered_methods)
        gaps.append(Gap(field="payment", reason=GapReason.CONFLICTING,
                        description=f"payment methods offered as alternatives, none chosen: {offered}"))
    elif gap := _status_gap("payment", pay.status):
        gaps.append(gap)
    if not pay.installments:
        gaps.append(_missing("payment.installments", "the payment schedule"))
        return gaps
    for n, inst in enumerate(pay.installments):
        # "70 % as agreed" is the hidden term contracts are written to avoid, and the escrow
        # releases a milestone only against the evidence its trigger names
        if inst.trigger is PaymentTrigger.UNSPECIFIED and (inst.percent or inst.fixed_amount_minor):
            gaps.append(_missing(f"payment.installments[{n}].trigger",
                                 f"when installment {n + 1} is due"))
    percents = [i.percent for i in pay.installments]
    if all(p is not None for p in percents):
        total = sum(percents, Decimal(0))  # type: ignore[arg-type]
        if total != 100:
            gaps.append(Gap(field="payment.installments", reason=GapReason.INCONSISTENT,
                            description=f"the shares sum to {total} %, not 100 %"))
    elif any(p is not None for p in percents) or any(
            i.fixed_amount_minor is None for i in pay.installments):
        gaps.append(Gap(field="payment.installments", reason=GapReason.INCONSISTENT,
                        description="every installment needs a share, all in percent or "
                                    "all in fixed amounts"))
    return gaps


def blocking_gaps(terms: TradeTerms, parties: Parties) -> list[Gap]:
    """Every missing or non-agreed term that a final contract needs, in contract order."""
    gaps = _party_gaps(parties) + _goods_gaps(terms) + _delivery_gaps(terms)
    gaps += _payment_gaps(terms)
    for finding in terms.findings:
        if finding.severity is Severity.BLOCKING:
            field = finding.field or finding.code
            if not any(_names_the_same(g.field, field, finding.code) for g in gaps):
                gaps.append(Gap(field=field, reason=GapReason.FINDING,
                                description=finding.message or finding.code))
    return gaps


def _names_the_same(gap_field: str, finding_field: str, code: str) -> bool:
    """Whether a gap already names what a blocking finding does, so it is listed once.

    The same field, or, for a finding that only says a term is missing (LEAD_TIME_MISSING on
    `lead_time`, LINE_ITEMS_MISSING on `line_items`), a gap on a part of it (`lead_time.days`,
    `line_items[0].unit_price`): the checks above found the same hole and say where it is. A
    finding that says something else of a term (CONFLICTING, ...) stays next to such a gap."""
    if gap_field == finding_field:
        return True
    return code.endswith("_MISSING") and gap_field.startswith((f"{finding_field}.",
                                                               f"{finding_field}["))
