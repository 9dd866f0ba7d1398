"""A draft whose price was quoted as a range shows the range placeholder in the DOCX and the PDF."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import docx
import pypdf
import pytest

from tradepact.adapters.rendering.render import render_contract
from tradepact.adapters.rendering.templates import load_template
from tradepact.domain.contract import ContractOptions, Parties, build_contract
from tradepact.domain.terms import TermStatus, TradeTerms

MARKERS = {
    "en": "[[ QUOTED RANGE: USD 3.2–3.6; a single unit price must be agreed ]]",
    "zh": "[[ 报价区间：USD 3.2–3.6；须约定单一单价 ]]",
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _draft(language: str):
    raw = load_template().sample_input()
    terms = TradeTerms.model_validate(raw["terms"])
    bottle = terms.line_items[0]
    bottle.unit_price, bottle.unit_price_max = Decimal("3.2"), Decimal("3.6")
    bottle.status = TermStatus.PROPOSED
    options = ContractOptions.model_validate({**raw["options"], "language": language})
    return build_contract(terms, Parties.model_validate(raw["parties"]), options,
                          template=load_template().data, contract_number="R-1", version=1,
                          final=False)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_quoted_range_placeholder_is_in_the_docx_and_the_pdf_text(language):
    doc = _draft(language)
    marker = MARKERS[language]
    word = docx.Document(io.BytesIO(render_contract(doc, "docx").data))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert marker in cells
    pdf = pypdf.PdfReader(io.BytesIO(render_contract(doc, "pdf").data))
    pdf_text = _squash("".join(p.extract_text() for p in pdf.pages))
    assert _squash(marker) in pdf_text
    assert "16,000" not in pdf_text  # no total from the lower bound
