"""Hybrid extractor: the rules first, the LLM only for the term groups the rules left MISSING."""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Protocol

from tradepact.domain.errors import Unavailable
from tradepact.domain.ports import TermExtractor
from tradepact.domain.terms import Finding, Severity, TermStatus, TradeTerms
from tradepact.domain.transcript import Transcript

log = logging.getLogger(__name__)

GROUPS = ("line_items", "moq", "incoterm", "payment", "lead_time", "logistics", "currency")


class GroupExtractor(Protocol):
    """An extractor that can be asked for some term groups only (the LLM extractor can)."""

    def extract_groups(self, transcript: Transcript, groups: Collection[str]) -> TradeTerms: ...


def missing_groups(terms: TradeTerms) -> list[str]:
    """The term groups nothing was found for."""
    missing = [] if terms.line_items else ["line_items"]
    missing += [g for g in GROUPS[1:] if getattr(terms, g).status == TermStatus.MISSING]
    return [g for g in GROUPS if g in missing]


class HybridExtractor:
    """Deterministic rules where they answer; the LLM fills only the gaps they leave.

    The LLM never overrides a value the rules found, and the merged result goes through the
    same grounding verifier as every other backend (in the use case).
    """

    name = "hybrid"

    def __init__(self, rules: TermExtractor, llm: GroupExtractor) -> None:
        self.rules, self.llm = rules, llm

    def extract(self, transcript: Transcript) -> TradeTerms:
        terms = self.rules.extract(transcript)
        gaps = missing_groups(terms)
        if not gaps:
            return terms
        log.debug("hybrid: asking the LLM for %s", ",".join(gaps))
        try:
            filled = self.llm.extract_groups(transcript, gaps)
        except Unavailable as exc:
            # The rules' answer stands on its own; the gaps stay MISSING and say why.
            log.warning("hybrid: LLM unavailable, returning the rules' terms: %s", exc.what)
            return terms.model_copy(update={"findings": [*terms.findings, Finding(
                code="LLM_UNAVAILABLE", severity=Severity.WARNING, field=",".join(gaps),
                message=f"the LLM could not be asked for {', '.join(gaps)}: {exc.what}")]})
        update = {g: getattr(filled, g) for g in gaps}
        merged = terms.model_copy(update=update)
        merged.findings = [*terms.findings, *filled.findings]
        return merged


__all__ = ["GroupExtractor", "HybridExtractor", "missing_groups"]
