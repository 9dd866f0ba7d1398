"""The DOCX and the PDF of one contract say the same thing, and the DOCX opens in LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import docx
import pypdf
import pytest

from tradepact.adapters.rendering.docx_renderer import xml_safe
from tradepact.adapters.rendering.inspect import inspect_docx
from tradepact.adapters.rendering.render import render_contract
from tradepact.adapters.rendering.sample import sample_document
from tradepact.adapters.rendering.templates import load_template
from tradepact.domain.contract import ContractOptions, Parties, build_contract
from tradepact.domain.terms import TradeTerms


def _squash(text: str) -> str:
    # Line breaks, tabs and table borders differ by format; the words must not.
    return re.sub(r"\s+", "", text)


def _docx_body_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in child.iter(docx.oxml.ns.qn("w:t"))))
        elif tag == "tbl":
            for cell_text in child.iter(docx.oxml.ns.qn("w:t")):
                parts.append(cell_text.text or "")
    return "\n".join(parts)


def _pdf_body_text(data: bytes, header: str, page_label: str) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    n = len(reader.pages)
    text = []
    for i, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        footer = page_label.replace("{page}", str(i)).replace("{pages}", str(n))
        text.append(_squash(page_text).replace(_squash(header), "", 1)
                    .replace(_squash(footer), "", 1))
    return "".join(text)


@pytest.mark.parametrize("language", ["en", "zh", "bilingual"])
def test_docx_text_equals_pdf_text(language):
    doc = sample_document(language=language, final=False)
    pdf = render_contract(doc, "pdf")
    word = render_contract(doc, "docx")
    docx_text = _squash(_docx_body_text(word.data))
    pdf_text = _pdf_body_text(pdf.data, doc.header_text, doc.page_label)
    assert docx_text == pdf_text
    assert _squash(doc.plain_text()).replace("|", "") == docx_text


def test_draft_placeholders_appear_identically_in_both_formats():
    raw = load_template().sample_input()
    raw["terms"]["incoterm"]["named_place"] = None
    doc = build_contract(TradeTerms.model_validate(raw["terms"]),
                         Parties.model_validate(raw["parties"]),
                         ContractOptions.model_validate(raw["options"]),
                         template=load_template().data, contract_number="D-1", version=1,
                         final=False)
    marker = "[[ MISSING: Incoterms named place ]]"
    word = _docx_body_text(render_contract(doc, "docx").data)
    pdf = pypdf.PdfReader(io.BytesIO(render_contract(doc, "pdf").data))
    assert marker in word
    assert _squash(marker) in _squash("".join(p.extract_text() for p in pdf.pages))


def test_docx_has_word_styles_header_footer_fields_and_core_properties(english_docx):
    document = docx.Document(io.BytesIO(english_docx.data))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Contract Clause"} <= styles
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert "TP-2024-0042" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    props = document.core_properties
    assert "TP-2024-0042" in props.title and "Nordkap Outdoor GmbH" in props.subject
    assert len(document.tables) >= 3


def test_docx_carries_the_terms_json_in_a_custom_xml_part(english_docx, english_document):
    import json

    report = inspect_docx(english_docx.data)
    assert report["terms"] == json.loads(english_document.terms_json)
    assert report["contract"]["fingerprint"] == english_document.terms_fingerprint
    with zipfile.ZipFile(io.BytesIO(english_docx.data)) as archive:
        names = archive.namelist()
    assert len(names) == len(set(names)), "duplicate zip entries"


def test_control_characters_are_removed_before_python_docx_sees_them():
    assert xml_safe("A\x00B\x0bC\x1fD\ufffe") == "A B C D "


@pytest.mark.libreoffice
def test_docx_converts_with_libreoffice_headless(tmp_path, english_docx):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    source = tmp_path / "contract.docx"
    source.write_bytes(english_docx.data)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    converted = tmp_path / "contract.pdf"
    assert converted.is_file()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(converted).pages)
    assert "SALES CONTRACT" in text and "USD 19,150.00" in text
