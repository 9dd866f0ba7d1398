"""render_contract: one entry point from a ContractDocument to a file's bytes and fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from tradepact.domain.contract import ContractDocument
from tradepact.domain.errors import InvalidInput

from . import docx_renderer, pdf_renderer

Format = Literal["docx", "pdf"]


@dataclass(frozen=True)
class RenderedFile:
    """A rendered contract file, ready to store and stream."""

    data: bytes
    media_type: str
    sha256: str
    size: int
    format: str

    @property
    def extension(self) -> str:
        return f".{self.format}"


def render_contract(document: ContractDocument, fmt: Format) -> RenderedFile:
    """Render `document` as DOCX or PDF."""
    if fmt == "docx":
        data, media = docx_renderer.render_docx(document), docx_renderer.MEDIA_TYPE
    elif fmt == "pdf":
        data, media = pdf_renderer.render_pdf(document), pdf_renderer.MEDIA_TYPE
    else:
        raise InvalidInput("format", f"{fmt!r} is not one of docx, pdf")
    return RenderedFile(data=data, media_type=media, sha256=hashlib.sha256(data).hexdigest(),
                        size=len(data), format=fmt)
