"""Renders a ContractDocument to DOCX with python-docx: Word styles, fields, custom XML terms."""

from __future__ import annotations

import io
import re
import uuid
from datetime import UTC, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tradepact.domain.contract import Clause, ContractDocument, Signatures, Table

from .templates import load_template

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TERMS_NAMESPACE = "urn:tradepact:contract:v1"
_MARKER = re.compile(r"(\[\[ .*? \]\])")
# XML 1.0 cannot carry these at all; python-docx would raise deep inside lxml.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def xml_safe(text: str) -> str:
    """Text python-docx can store: control characters become spaces."""
    return _XML_ILLEGAL.sub(" ", text).replace("\t", " ").replace("\n", " ")


def _set_fonts(style, latin: str, east_asia: str) -> None:
    style.font.name = latin
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(attr), value)


def _style(doc, name: str, spec: dict):
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[spec.get("base", "Normal")]
        style.quick_style = True
    font, fmt = style.font, style.paragraph_format
    if "size" in spec:
        font.size = Pt(spec["size"])
    if "bold" in spec:
        font.bold = spec["bold"]
    if "color" in spec:
        font.color.rgb = RGBColor.from_string(spec["color"])
    if "align" in spec:
        fmt.alignment = _ALIGN[spec["align"]]
    if "space_before" in spec:
        fmt.space_before = Pt(spec["space_before"])
    if "space_after" in spec:
        fmt.space_after = Pt(spec["space_after"])
    if "hanging_indent_cm" in spec:
        fmt.left_indent = Cm(spec["hanging_indent_cm"])
        fmt.first_line_indent = Cm(-spec["hanging_indent_cm"])
        fmt.tab_stops.add_tab_stop(Cm(spec["hanging_indent_cm"]))
    return style


@lru_cache(maxsize=8)
def _base_docx(template_name: str) -> bytes:
    """A styled empty document per template, built once: styling costs more than content."""
    styles = load_template(template_name).docx_styles
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    margins = styles["page"]["margins_cm"]
    section.top_margin, section.bottom_margin = Cm(margins["top"]), Cm(margins["bottom"])
    section.left_margin, section.right_margin = Cm(margins["left"]), Cm(margins["right"])
    for name, spec in styles["styles"].items():
        style = _style(doc, name, spec)
        if name == "Normal":
            _set_fonts(style, styles["fonts"]["latin"], styles["fonts"]["east_asia"])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _para(container, style_id: str | None = None, text: str = ""):
    """A new paragraph with a style id set directly: python-docx's by-name lookup scans every
    style per call and would dominate the render time."""
    para = container.add_paragraph()
    if style_id:
        para._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
    if text:
        para.add_run(xml_safe(text))
    return para


def _add_text(paragraph, text: str, highlight) -> None:
    """Add text as runs; gap placeholders get highlighted so nobody signs past them."""
    for piece in _MARKER.split(xml_safe(text)):
        if piece:
            run = paragraph.add_run(piece)
            if _MARKER.fullmatch(piece):
                run.font.highlight_color = highlight
                run.bold = True


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute at layout time."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None),
                       ("display", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "display":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _header_footer(doc, document: ContractDocument) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    style_id = doc.styles["Header Text"].style_id
    header._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
    header.add_run(xml_safe(document.header_text))
    footer = section.footer.paragraphs[0]
    footer._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in re.split(r"(\{page\}|\{pages\})", document.page_label):
        if piece == "{page}":
            _field(footer, "PAGE")
        elif piece == "{pages}":
            _field(footer, "NUMPAGES")
        elif piece:
            footer.add_run(piece)


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _table(doc, table: Table, styles: dict, highlight) -> None:
    rows = [table.header, *table.rows, *table.footer]
    grid = doc.add_table(rows=len(rows), cols=len(table.header))
    grid._tbl.tblPr.style = doc.styles[styles["table"]["style"]].style_id
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    # Repeat the header row on every page, as the PDF does.
    tr_pr = grid.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    n_footer_from = 1 + len(table.rows)
    text_style = doc.styles["Table Text"].style_id
    for r, (row, values) in enumerate(zip(grid.rows, rows, strict=True)):
        for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            para = cell.paragraphs[0]
            para._p.get_or_add_pPr().get_or_add_pStyle().val = text_style
            if c in table.numeric_columns and r > 0:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _add_text(para, value, highlight)
            if r == 0:
                _shade(cell, styles["table"]["header_fill"])
            if r == 0 or r >= n_footer_from:
                for run in para.runs:
                    run.bold = True


def _signatures(doc, block: Signatures, highlight) -> None:
    grid = doc.add_table(rows=1, cols=len(block.blocks))
    for cell, sig in zip(grid.rows[0].cells, block.blocks, strict=True):
        first = cell.paragraphs[0]
        first.add_run(xml_safe(sig.heading)).bold = True
        _add_text(cell.add_paragraph(), sig.legal_name, highlight)
        cell.add_paragraph(xml_safe(sig.lines[0]))
        # Room to sign: an empty, bordered-below paragraph, like the PDF's signature box.
        space = cell.add_paragraph()
        space.paragraph_format.space_before = Pt(28)
        for line in sig.lines[1:]:
            cell.add_paragraph(xml_safe(line))


def _custom_xml(doc, document: ContractDocument) -> None:
    """Store the terms JSON in a custom XML part so software can read the contract back."""
    package = doc.part.package
    item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, document.terms_fingerprint)).upper() + "}"
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<contract xmlns="{TERMS_NAMESPACE}" number="{escape(document.contract_number)}" '
            f'version="{document.version}" fingerprint="{document.terms_fingerprint}">'
            f"<terms>{escape(document.terms_json)}</terms></contract>").encode()
    item_name = package.next_partname("/customXml/item%d.xml")
    props_name = PackURI(item_name.replace("/item", "/itemProps"))
    item = Part(item_name, "application/xml", blob, package)
    props_blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'customXml" ds:itemID="{item_id}"><ds:schemaRefs><ds:schemaRef ds:uri='
        f'"{TERMS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>').encode()
    props = Part(props_name,
                 "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                 props_blob, package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)


def render_docx(document: ContractDocument) -> bytes:
    """The contract as a .docx file."""
    styles = load_template(document.template_name).docx_styles
    doc = Document(io.BytesIO(_base_docx(document.template_name)))
    highlight = getattr(WD_COLOR_INDEX, styles.get("marker_highlight", "YELLOW"))
    _header_footer(doc, document)
    ids = {name: doc.styles[name].style_id
           for name in ("Title", "Gap Notice", "Contract Clause", "Heading 1")}
    _para(doc, ids["Title"], document.title)
    if document.gap_notice:
        _para(doc, ids["Gap Notice"], document.gaps_title).runs[0].bold = True
        for line in document.gap_notice:
            _para(doc, ids["Gap Notice"], line)
    for section in document.sections:
        _para(doc, ids["Heading 1"], f"{section.number} {section.title}".strip())
        for block in section.blocks:
            if isinstance(block, Clause):
                for i, text in enumerate(block.texts):
                    para = _para(doc, ids["Contract Clause"])
                    lead = block.number if i == 0 else ""
                    if block.number:
                        para.add_run(f"{lead}\t")
                    else:
                        para.paragraph_format.first_line_indent = Cm(0)
                        para.paragraph_format.left_indent = Cm(0)
                    _add_text(para, text.text, highlight)
            elif isinstance(block, Table):
                _table(doc, block, styles, highlight)
            else:
                _signatures(doc, block, highlight)
    props = doc.core_properties
    meta = document.metadata
    props.title, props.subject = xml_safe(meta.title), xml_safe(meta.subject)
    props.author = props.last_modified_by = xml_safe(meta.author)
    props.keywords = xml_safe(", ".join(meta.keywords))
    props.comments = f"terms fingerprint {document.terms_fingerprint}"
    props.category = "Sales contract"
    props.revision = document.version
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.language = "en-US" if document.languages[0] == "en" else "zh-CN"
    _custom_xml(doc, document)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


__all__ = ["MEDIA_TYPE", "TERMS_NAMESPACE", "render_docx", "xml_safe"]
