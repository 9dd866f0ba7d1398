"""Text hygiene and size budgets applied before any user text reaches a document."""

from __future__ import annotations

import re

from ..errors import FieldViolation, InvalidInput, TooLarge
from ..terms import TradeTerms
from .parties import ContractOptions, Parties

# C0/C1 controls break DOCX XML; bidi overrides and isolates can make a clause read
# differently from what it says; lone surrogates cannot be encoded at all.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SPACES = re.compile(r"[ \u00a0]{2,}")

MAX_LINE_ITEMS = 500
MAX_INSTALLMENTS = 24
MAX_SHORT_TEXT = 400  # names, places, e-mail addresses
MAX_LONG_TEXT = 4000  # addresses, specifications, clause overrides


def clean_text(text: str) -> str:
    """One line of printable text: controls become spaces, runs of spaces collapse."""
    return _SPACES.sub(" ", _UNSAFE.sub(" ", text)).strip()


def _check(violations: list[FieldViolation], field: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        violations.append(FieldViolation(field, f"is {len(value)} characters long; "
                                                f"the limit is {limit}"))


def check_budgets(terms: TradeTerms, parties: Parties, options: ContractOptions) -> None:
    """Refuse inputs no contract needs before any layout work starts (they would stall it)."""
    if len(terms.line_items) > MAX_LINE_ITEMS:
        raise TooLarge("goods table rows", MAX_LINE_ITEMS, len(terms.line_items))
    if len(terms.payment.installments) > MAX_INSTALLMENTS:
        raise TooLarge("payment installments", MAX_INSTALLMENTS,
                       len(terms.payment.installments))
    bad: list[FieldViolation] = []
    for role in ("seller", "buyer"):
        party = getattr(parties, role)
        for name, value in party.model_dump().items():
            limit = MAX_LONG_TEXT if name == "address" else MAX_SHORT_TEXT
            _check(bad, f"parties.{role}.{name}", value, limit)
    for i, item in enumerate(terms.line_items):
        _check(bad, f"line_items[{i}].description", item.description, MAX_LONG_TEXT)
        _check(bad, f"line_items[{i}].specification", item.specification, MAX_LONG_TEXT)
        _check(bad, f"line_items[{i}].unit", item.unit, MAX_SHORT_TEXT)
    _check(bad, "incoterm.named_place", terms.incoterm.named_place, MAX_SHORT_TEXT)
    _check(bad, "logistics.port_of_loading", terms.logistics.port_of_loading, MAX_SHORT_TEXT)
    _check(bad, "logistics.port_of_discharge", terms.logistics.port_of_discharge,
           MAX_SHORT_TEXT)
    for name in ("governing_law", "arbitration_seat", "arbitration_language"):
        _check(bad, f"options.{name}", getattr(options, name), MAX_SHORT_TEXT)
    for name in ("packing_text", "inspection_text"):
        _check(bad, f"options.{name}", getattr(options, name), MAX_LONG_TEXT)
    if bad:
        raise InvalidInput(bad)
