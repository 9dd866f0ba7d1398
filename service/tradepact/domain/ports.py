"""Ports of the domain: the interfaces adapters implement (term extractors)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript


@runtime_checkable
class TermExtractor(Protocol):
    """Turns a transcript into trade terms; every backend's output is grounding-checked later."""

    name: str

    def extract(self, transcript: Transcript) -> TradeTerms:
        """Extract the terms the chat states; leave what it does not settle MISSING."""
        ...


__all__ = ["TermExtractor"]
