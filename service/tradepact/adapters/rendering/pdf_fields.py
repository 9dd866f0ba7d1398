"""Adds empty PDF signature form fields (one per party) with pyHanko, at their signature blocks."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field


@dataclass(frozen=True)
class FieldBox:
    """Where a signature field goes: page index and a box in PDF points (origin bottom-left)."""

    name: str
    page: int
    box: tuple[float, float, float, float]  # x1, y1, x2, y2


def add_signature_fields(pdf: bytes, fields: list[FieldBox]) -> bytes:
    """The PDF with one empty, visible signature field per FieldBox (an incremental update)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for f in fields:
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=f.name, on_page=f.page,
            box=tuple(round(v, 2) for v in f.box)))  # type: ignore[arg-type]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
