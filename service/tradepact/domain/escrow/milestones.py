"""Escrow milestones from the payment schedule: exact amounts and the evidence each needs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from pydantic import BaseModel

from tradepact.domain.contract.schedule import split_amount
from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.domain.terms import PaymentMethod, PaymentTrigger, TradeTerms

HUNDRED = Decimal(100)


class EvidenceType(StrEnum):
    """Kinds of document a seller submits to evidence a release condition."""

    SIGNED_CONTRACT = "SIGNED_CONTRACT"
    PRODUCTION_STARTED = "PRODUCTION_STARTED"
    PRODUCTION_COMPLETE = "PRODUCTION_COMPLETE"
    BILL_OF_LADING = "BILL_OF_LADING"
    ARRIVAL_NOTICE = "ARRIVAL_NOTICE"
    INSPECTION_REPORT = "INSPECTION_REPORT"
    INVOICE = "INVOICE"
    OTHER = "OTHER"  # the schedule named no condition: any document, reviewers judge it


# What each trigger of the schedule asks the seller to show before money moves.
RELEASE_CONDITIONS: dict[PaymentTrigger, EvidenceType] = {
    PaymentTrigger.ON_ORDER: EvidenceType.SIGNED_CONTRACT,
    PaymentTrigger.BEFORE_PRODUCTION: EvidenceType.PRODUCTION_STARTED,
    PaymentTrigger.BEFORE_SHIPMENT: EvidenceType.PRODUCTION_COMPLETE,
    PaymentTrigger.AGAINST_BL_COPY: EvidenceType.BILL_OF_LADING,
    PaymentTrigger.ON_ARRIVAL: EvidenceType.ARRIVAL_NOTICE,
    PaymentTrigger.AFTER_INSPECTION: EvidenceType.INSPECTION_REPORT,
    PaymentTrigger.UNSPECIFIED: EvidenceType.OTHER,
}

# For "N days after <event>": the document that dates the event.
_DATED_EVENTS = (
    (("b/l", "bl", "bill of lading", "提单"), EvidenceType.BILL_OF_LADING),
    (("invoice", "发票"), EvidenceType.INVOICE),
    (("arrival", "到港", "到货"), EvidenceType.ARRIVAL_NOTICE),
    (("inspection", "验货"), EvidenceType.INSPECTION_REPORT),
    (("shipment", "loading", "发货", "装运"), EvidenceType.BILL_OF_LADING),
)


def release_condition(trigger: PaymentTrigger, trigger_event: str | None = None) -> EvidenceType:
    """The evidence type that releases an installment with this trigger."""
    if trigger is PaymentTrigger.DAYS_AFTER_EVENT:
        text = (trigger_event or "").lower()
        for words, kind in _DATED_EVENTS:
            if any(w in text for w in words):
                return kind
        return EvidenceType.OTHER
    return RELEASE_CONDITIONS.get(trigger, EvidenceType.OTHER)


class EvidenceItem(BaseModel):
    """One document the seller submitted for a milestone."""

    type: EvidenceType
    document_ref: str  # e.g. the B/L number
    file_sha256: str = ""
    notes: str = ""
    submitted_by: str = ""
    submitted_at: str = ""  # ISO 8601 UTC

    def identity(self) -> dict[str, str]:
        """What an approval is bound to: the document, not who uploaded it when."""
        return {"type": str(self.type), "document_ref": self.document_ref,
                "file_sha256": self.file_sha256, "notes": self.notes}


@dataclass(frozen=True)
class MilestonePlan:
    """One installment turned into an escrow milestone, before it has an id."""

    index: int
    amount_minor: int
    currency: str
    trigger: PaymentTrigger
    release_condition: EvidenceType
    method: PaymentMethod
    due_days: int | None
    label: str


def _label(i: int, n: int, trigger: PaymentTrigger) -> str:
    if n == 1:
        return "Full payment"
    if i == 0 and trigger in (PaymentTrigger.ON_ORDER, PaymentTrigger.BEFORE_PRODUCTION):
        return "Deposit"
    return "Balance" if i == n - 1 else f"Installment {i + 1}"


def plan_milestones(terms: TradeTerms, total_minor: int, currency: str) -> list[MilestonePlan]:
    """One milestone per installment, summing exactly to `total_minor`.

    Percent shares are taken of the total and rounded down; fixed amounts are taken as written;
    the last installment absorbs the rounding remainder. A schedule that does not add up to the
    total (beyond rounding) is refused, since the escrow could never complete it.
    """
    installments = terms.payment.installments
    field = "terms.payment.installments"
    if total_minor <= 0:
        raise InvalidInput("total_minor", "must be positive")
    if not installments:
        raise InvalidInput(field, "the payment schedule has no installments")
    currency = currency.upper()
    problems: list[FieldViolation] = []
    for i, inst in enumerate(installments):
        if (inst.percent is None) == (inst.fixed_amount_minor is None):
            problems.append(FieldViolation(f"{field}[{i}]", "needs either a percent or a fixed amount"))
        elif inst.fixed_amount_minor is not None:
            if inst.fixed_amount_minor <= 0:
                problems.append(FieldViolation(f"{field}[{i}]", "fixed amount must be positive"))
            if inst.currency and inst.currency.upper() != currency:
                problems.append(FieldViolation(
                    f"{field}[{i}].currency", f"{inst.currency} differs from the total's {currency}"))
        elif inst.percent is not None and inst.percent <= 0:
            problems.append(FieldViolation(f"{field}[{i}].percent", "must be positive"))
    if problems:
        raise InvalidInput(problems)

    if all(inst.percent is not None for inst in installments):
        amounts = split_amount(total_minor, [inst.percent for inst in installments])
    else:
        amounts = [inst.fixed_amount_minor if inst.fixed_amount_minor is not None else
                   int((Decimal(total_minor) * inst.percent / HUNDRED).to_integral_value(ROUND_DOWN))
                   for inst in installments]
        gap = total_minor - sum(amounts)
        # Rounding can leave at most one minor unit per percent installment.
        slack = sum(1 for inst in installments if inst.percent is not None)
        if not 0 <= gap <= slack:
            raise InvalidInput(field, f"installments sum to {sum(amounts)} minor units, "
                                      f"not the total of {total_minor}")
        amounts[-1] += gap
    if any(a <= 0 for a in amounts):
        raise InvalidInput(field, "every installment must be at least one minor unit")

    n = len(installments)
    return [MilestonePlan(
        index=i, amount_minor=amounts[i], currency=currency, trigger=inst.trigger,
        release_condition=release_condition(inst.trigger, inst.trigger_event),
        method=inst.method, due_days=inst.due_days, label=_label(i, n, inst.trigger),
    ) for i, inst in enumerate(installments)]


__all__ = [
    "RELEASE_CONDITIONS",
    "EvidenceItem",
    "EvidenceType",
    "MilestonePlan",
    "plan_milestones",
    "release_condition",
    "split_amount",
]
