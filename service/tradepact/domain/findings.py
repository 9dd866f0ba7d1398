"""Findings every backend's terms get: what a contract still needs, misfits and open conflicts."""

from __future__ import annotations

from decimal import Decimal

from tradepact.domain.terms import (
    SEA_ONLY_RULES,
    Finding,
    IncotermRule,
    Severity,
    Term,
    TermStatus,
    TradeTerms,
    TransportMode,
)

INCOTERM_MISSING = "INCOTERM_MISSING"
NAMED_PLACE_MISSING = "NAMED_PLACE_MISSING"
PAYMENT_MISSING = "PAYMENT_MISSING"
CURRENCY_MISSING = "CURRENCY_MISSING"
LINE_ITEMS_MISSING = "LINE_ITEMS_MISSING"
LEAD_TIME_MISSING = "LEAD_TIME_MISSING"
INCOTERM_MODE_MISMATCH = "INCOTERM_MODE_MISMATCH"
PAYMENT_NOT_100 = "PAYMENT_NOT_100"
TERM_NOT_AGREED = "TERM_NOT_AGREED"
TERM_CONFLICTING = "TERM_CONFLICTING"
PRICE_RANGE = "PRICE_RANGE"

_NON_SEA = frozenset({TransportMode.AIR, TransportMode.EXPRESS, TransportMode.RAIL,
                      TransportMode.ROAD})
# The any-mode rule that does what the parties meant with a sea-only one.
_ANY_MODE = {IncotermRule.FOB: "FCA", IncotermRule.FAS: "FCA", IncotermRule.CFR: "CPT",
             IncotermRule.CIF: "CIP"}


def review_terms(terms: TradeTerms) -> list[Finding]:
    """The findings a human must see before these terms can become a contract."""
    out: list[Finding] = []
    out += _missing(terms)
    out += _mode_misfit(terms)
    out += _payment_sum(terms)
    out += _price_ranges(terms)
    out += _statuses(terms)
    return out


def _blocking(code: str, field: str, message: str) -> Finding:
    return Finding(code=code, severity=Severity.BLOCKING, field=field, message=message)


def _missing(terms: TradeTerms) -> list[Finding]:
    out = []
    inc = terms.incoterm
    if inc.rule is None:
        out.append(_blocking(INCOTERM_MISSING, "incoterm.rule", "no Incoterms rule is settled"))
    elif not inc.named_place:
        out.append(_blocking(NAMED_PLACE_MISSING, "incoterm.named_place",
                             f"{inc.rule.value} needs a named place (e.g. {inc.rule.value} Ningbo)"))
    if not any(i.percent is not None or i.fixed_amount_minor is not None
               for i in terms.payment.installments):
        # "L/C 60 days" or "net 30" settle how and when, not how much of the price
        message = ("the payment method is settled but no installment states its share"
                   if terms.payment.installments else "no payment schedule is settled")
        out.append(_blocking(PAYMENT_MISSING, "payment.installments", message))
    if not terms.currency.code and not any(item.currency for item in terms.line_items):
        out.append(_blocking(CURRENCY_MISSING, "currency.code", "the contract currency is not settled"))
    if not any(item.quantity is not None and item.unit_price is not None and not item.price_is_range
               for item in terms.line_items):
        out.append(_blocking(LINE_ITEMS_MISSING, "line_items",
                             "no line item has both a quantity and a unit price"))
    lead = terms.lead_time
    if lead.min_days is None and lead.max_days is None and lead.basis.value != "IN_STOCK":
        out.append(_blocking(LEAD_TIME_MISSING, "lead_time", "no lead time is settled"))
    return out


def _mode_misfit(terms: TradeTerms) -> list[Finding]:
    rule, mode = terms.incoterm.rule, terms.logistics.mode
    if rule in SEA_ONLY_RULES and mode in _NON_SEA:
        better = _ANY_MODE.get(rule, "FCA")
        return [Finding(
            code=INCOTERM_MODE_MISMATCH, severity=Severity.WARNING, field="incoterm.rule",
            message=f"{rule.value} is for sea and inland waterway only, but the goods go by "
                    f"{mode.value.lower()}; {better} fits this mode",
            evidence=terms.incoterm.evidence + terms.logistics.evidence)]
    return []


def _payment_sum(terms: TradeTerms) -> list[Finding]:
    shares = [i.percent for i in terms.payment.installments if i.percent is not None]
    if not shares:
        return []
    total = sum(shares, Decimal(0))
    if total == 100:
        return []
    return [Finding(code=PAYMENT_NOT_100, severity=Severity.BLOCKING, field="payment.installments",
                    message=f"installments add up to {total}% of the contract value, not 100%",
                    evidence=terms.payment.evidence)]


def _price_ranges(terms: TradeTerms) -> list[Finding]:
    """A price quoted as a range is an indication: a contract needs one unit price."""
    return [Finding(code=PRICE_RANGE, severity=Severity.BLOCKING, field=f"line_items[{i}].unit_price",
                    message=f"line_items[{i}]: the price was quoted as a range "
                            f"({item.quoted_range()}); a single unit price must be agreed",
                    evidence=item.evidence)
            for i, item in enumerate(terms.line_items) if item.price_is_range]


def _statuses(terms: TradeTerms) -> list[Finding]:
    groups: list[tuple[str, Term]] = [
        ("incoterm", terms.incoterm), ("payment", terms.payment), ("lead_time", terms.lead_time),
        ("logistics", terms.logistics), ("currency", terms.currency),
    ] + [(f"line_items[{i}]", item) for i, item in enumerate(terms.line_items)]
    out = []
    for name, term in groups:
        if term.status == TermStatus.CONFLICTING:
            out.append(Finding(code=TERM_CONFLICTING, severity=Severity.BLOCKING, field=name,
                               message=f"{name}: an open counter-offer or options with none chosen",
                               evidence=term.evidence))
        elif term.status == TermStatus.PROPOSED:
            out.append(Finding(code=TERM_NOT_AGREED, severity=Severity.WARNING, field=name,
                               message=f"{name} was stated by one side but not accepted by the other",
                               evidence=term.evidence))
    return out


__all__ = [
    "CURRENCY_MISSING", "INCOTERM_MISSING", "INCOTERM_MODE_MISMATCH", "LEAD_TIME_MISSING",
    "LINE_ITEMS_MISSING", "NAMED_PLACE_MISSING", "PAYMENT_MISSING", "PAYMENT_NOT_100", "PRICE_RANGE",
    "TERM_CONFLICTING", "TERM_NOT_AGREED", "review_terms",
]
