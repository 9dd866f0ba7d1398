"""Use case: extract grounded trade terms from a transcript with the chosen backend."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tradepact.domain.errors import InvalidInput
from tradepact.domain.grounding import UNGROUNDED, verify_grounding
from tradepact.domain.ports import TermExtractor
from tradepact.domain.terms import Finding, TradeTerms
from tradepact.domain.transcript import Transcript
from tradepact.domain.transcript_limits import TranscriptLimits, validate_transcript

log = logging.getLogger(__name__)


@dataclass
class ExtractTermsCommand:
    """Extract the terms of one chat; `backend` None means the configured default."""

    transcript: Transcript
    backend: str | None = None


@dataclass
class ExtractionResult:
    """Grounded terms (with every finding), which backend produced them, what was dropped."""

    terms: TradeTerms
    backend: str
    ungrounded_count: int


def extract_terms(cmd: ExtractTermsCommand, extractors: Mapping[str, TermExtractor],
                  limits: TranscriptLimits | None = None,
                  default_backend: str = "rules") -> ExtractionResult:
    """Validate -> extract -> verify grounding -> review for a human; never returns ungrounded
    values whatever the backend produced."""
    backend = cmd.backend or default_backend
    extractor = extractors.get(backend)
    if extractor is None:
        raise InvalidInput("backend", f"unknown extraction backend {backend!r}; available: "
                                      + ", ".join(sorted(extractors)))
    validate_transcript(cmd.transcript, limits or TranscriptLimits())
    started = time.perf_counter()
    raw = extractor.extract(cmd.transcript)
    terms, grounding_findings = verify_grounding(raw, cmd.transcript)
    dropped = sum(1 for f in grounding_findings if f.code == UNGROUNDED)
    findings = [*terms.findings, *grounding_findings]
    review = _reviewer()
    if review is not None:
        seen = {(f.code, f.field) for f in findings}
        findings += [f for f in review(terms) if (f.code, f.field) not in seen]
    terms = terms.model_copy(update={"findings": findings})
    log.info("extracted terms: backend=%s messages=%d ungrounded=%d findings=%d ms=%.1f",
             backend, len(cmd.transcript.messages), dropped, len(findings),
             (time.perf_counter() - started) * 1000)
    return ExtractionResult(terms=terms, backend=backend, ungrounded_count=dropped)


def _reviewer() -> Callable[[TradeTerms], list[Finding]] | None:
    # The reviewer (missing terms, payment not 100 %, FOB by air...) lives in its own module,
    # written separately; extraction still works, without those findings, until it exists.
    if importlib.util.find_spec("tradepact.domain.findings") is None:
        return None
    return importlib.import_module("tradepact.domain.findings").review_terms


__all__ = ["ExtractTermsCommand", "ExtractionResult", "extract_terms"]
