"""TermsService: ExtractTerms over the extraction use case."""

from __future__ import annotations

from typing import Any

from tradepact.bootstrap import App
from tradepact.domain.transcript_limits import TranscriptLimits
from tradepact.usecases.extract_terms import ExtractTermsCommand, extract_terms
from tradepact.v1 import terms_pb2, terms_pb2_grpc

from ..context import current_principal
from ..converters.terms import terms_to_pb, transcript_from_pb

_BACKENDS = {
    terms_pb2.EXTRACTION_BACKEND_UNSPECIFIED: None,
    terms_pb2.EXTRACTION_BACKEND_RULES: "rules",
    terms_pb2.EXTRACTION_BACKEND_LLM: "llm",
    terms_pb2.EXTRACTION_BACKEND_HYBRID: "hybrid",
}
_BACKEND_TO_PB = {v: k for k, v in _BACKENDS.items() if v}


class TermsServicer(terms_pb2_grpc.TermsServiceServicer):
    """Extracts trade terms from a transcript."""

    def __init__(self, app: App) -> None:
        self._app = app
        s = app.settings
        self._limits = TranscriptLimits(max_bytes=s.transcript_max_bytes,
                                        max_messages=s.transcript_max_messages)

    def ExtractTerms(self, request: terms_pb2.ExtractTermsRequest, context: Any
                     ) -> terms_pb2.ExtractTermsResponse:  # noqa: N802 - generated name
        current_principal()
        cmd = ExtractTermsCommand(transcript=transcript_from_pb(request.transcript),
                                  backend=_BACKENDS.get(request.backend))
        result = extract_terms(cmd, self._app.extractors, self._limits,
                               default_backend=self._app.settings.extraction_backend)
        return terms_pb2.ExtractTermsResponse(
            terms=terms_to_pb(result.terms), backend=_BACKEND_TO_PB.get(result.backend, 0),
            ungrounded_count=result.ungrounded_count,
            terms_fingerprint=result.terms.fingerprint())
