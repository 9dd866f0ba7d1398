"""The PDF a seller sends: A4, numbered pages, readable terms, no leaks, every glyph present."""

from __future__ import annotations

import getpass
import hashlib
import io
import json
import os
import re
from pathlib import Path

import pypdf
import pytest

from tradepact.adapters.rendering.inspect import inspect_pdf
from tradepact.adapters.rendering.render import render_contract
from tradepact.adapters.rendering.sample import sample_document
from tradepact.domain.errors import InvalidInput

A4 = (595.28, 841.89)


def _reader(rendered) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(rendered.data))


def test_every_page_is_a4(english_pdf):
    for page in _reader(english_pdf).pages:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.5)


def test_footer_counts_pages_and_header_names_contract_and_version(english_pdf):
    reader = _reader(english_pdf)
    n = len(reader.pages)
    assert n >= 2
    for i, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {i} of {n}" in text
        assert "Contract No. TP-2024-0042 · Version 1 · FINAL" in text


def test_embedded_terms_json_reads_back_as_the_contract_terms(english_pdf, english_document):
    attachments = _reader(english_pdf).attachments
    assert list(attachments) == ["terms.json"]
    terms = json.loads(attachments["terms.json"][0])
    assert terms == json.loads(english_document.terms_json)
    assert inspect_pdf(english_pdf.data)["terms"] == terms


def test_metadata_names_the_contract_and_parties_but_no_local_paths(english_pdf):
    meta = _reader(english_pdf).metadata
    assert "TP-2024-0042" in meta.title
    assert "Ningbo Bright Drinkware" in meta.subject and "Nordkap Outdoor" in meta.subject
    leaks = {str(Path(__file__).resolve().parents[3]), str(Path.home()), os.getcwd(),
             "file://", "/tmp/"}
    user = getpass.getuser()
    blob = english_pdf.data
    for leak in leaks:
        assert leak.encode() not in blob, leak
    assert not re.search(rb"/(home|root|Users)/" + re.escape(user.encode()), blob)


def test_rendered_file_reports_its_sha256_and_size(english_pdf):
    assert english_pdf.sha256 == hashlib.sha256(english_pdf.data).hexdigest()
    assert english_pdf.size == len(english_pdf.data)
    assert english_pdf.media_type == "application/pdf"


def test_each_party_gets_an_empty_signature_field_at_its_signature_block(english_pdf):
    report = inspect_pdf(english_pdf.data)
    assert report["signature_fields"] == [
        {"name": "Signature_Seller", "signed": False},
        {"name": "Signature_Buyer", "signed": False}]
    reader = _reader(english_pdf)
    widgets = {}
    for page_no, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig" or annot.get("/Parent", {}).get("/FT") == "/Sig":
                widgets[annot.get("/T")] = (page_no, [float(v) for v in annot["/Rect"]])
    assert set(widgets) == {"Signature_Seller", "Signature_Buyer"}
    (p1, seller), (p2, buyer) = widgets["Signature_Seller"], widgets["Signature_Buyer"]
    assert p1 == p2
    assert seller[2] <= buyer[0]  # seller's block left of the buyer's, side by side
    assert seller[1] == pytest.approx(buyer[1])
    assert 30 < seller[3] - seller[1] < 60  # the 16 mm signing box
    assert "Signature:" in reader.pages[p1].extract_text()


def test_chinese_pdf_has_every_glyph_from_embedded_subset_fonts(chinese_pdf):
    reader = _reader(chinese_pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    for phrase in ("销售合同", "壹万玖仟壹佰伍拾美元整", "香港国际仲裁中心", "第 1 页，共"):
        assert phrase in text
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert any("CJK" in name for name in fonts), fonts
    assert all(fonts.values()), f"fonts not embedded: {fonts}"
    # Subsets (a "ABCDEF+" prefix) keep a Chinese contract small, not tens of megabytes.
    assert all(re.match(r"^/[A-Z]{6}\+", name) for name in fonts), fonts
    assert chinese_pdf.size < 2_000_000


def test_a_character_no_font_can_draw_fails_instead_of_vanishing():
    doc = sample_document(language="en")
    doc.sections[0].blocks[0].texts[0].text += " \ue000\U000f0000"  # private-use: no glyph
    with pytest.raises(InvalidInput, match="no glyph"):
        render_contract(doc, "pdf")
