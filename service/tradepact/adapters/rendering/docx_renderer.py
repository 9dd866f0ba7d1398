"""Renders a ContractDocument to DOCX: Word styles, fields, custom XML terms.

python-docx builds each template's styled, empty document once per process; a render then
writes the body, header, footer and properties as WordprocessingML text (docx_xml) and adds
them to the already-compressed static parts, so no render re-parses or re-compresses the
800 KB of styles.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tradepact.domain.contract import ContractDocument

from .docx_xml import BodyStyles, BodyWriter
from .templates import load_template

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TERMS_NAMESPACE = "urn:tradepact:contract:v1"
# XML 1.0 cannot carry these at all; python-docx would raise deep inside lxml.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
_HIGHLIGHT = {member.name: member.xml_value for member in WD_COLOR_INDEX
              if member.xml_value}
_CORE_NS = ('xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
_XML_DECL = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


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


def _custom_xml_parts(doc) -> tuple[str, str]:
    """Add the custom XML part for the terms (blank here; each render writes its content)."""
    package = doc.part.package
    item_name = package.next_partname("/customXml/item%d.xml")
    props_name = PackURI(item_name.replace("/item", "/itemProps"))
    item = Part(item_name, "application/xml", b"", package)
    props = Part(props_name,
                 "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                 b"", package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)
    return item_name.membername, props_name.membername


def _custom_xml_blobs(document: ContractDocument) -> tuple[bytes, bytes]:
    """The terms JSON as a custom XML item and its properties, so software can read it back."""
    item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, document.terms_fingerprint)).upper() + "}"
    number = escape(document.contract_number, {'"': "&quot;"})
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<contract xmlns="{TERMS_NAMESPACE}" number="{number}" '
            f'version="{document.version}" fingerprint="{document.terms_fingerprint}">'
            f"<terms>{escape(document.terms_json)}</terms></contract>").encode()
    props_blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'customXml" ds:itemID="{item_id}"><ds:schemaRefs><ds:schemaRef ds:uri='
        f'"{TERMS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>').encode()
    return blob, props_blob


@dataclass(frozen=True)
class _Base:
    """A template's styled, empty package: static parts zipped once, dynamic parts' frames."""

    archive: bytes  # every part that does not change per contract, already compressed
    names: dict[str, str]  # role -> part name inside the zip
    frames: dict[str, tuple[str, str]]  # role -> (markup before, markup after) the content
    styles: BodyStyles


def _frame(xml: str, close_tag: str) -> tuple[str, str]:
    return xml[:xml.index("<w:p>")], xml[xml.index(close_tag):]


@lru_cache(maxsize=8)
def _base(template_name: str) -> _Base:
    """Build the template's styled empty document with python-docx, once per process."""
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
    header, footer = section.header.paragraphs[0], section.footer.paragraphs[0]
    item, props = _custom_xml_parts(doc)
    names = {"document": doc.part.partname.membername,
             "header": header.part.partname.membername,
             "footer": footer.part.partname.membername,
             "core": doc.part.package._core_properties_part.partname.membername,
             "item": item, "props": props}
    block_width = section.page_width - section.left_margin - section.right_margin
    ids = {name: doc.styles[name].style_id for name in (
        "Title", "Heading 1", "Contract Clause", "Gap Notice", "Table Text", "Header Text",
        styles["table"]["style"])}
    body_styles = BodyStyles(
        title=ids["Title"], heading=ids["Heading 1"], clause=ids["Contract Clause"],
        gap_notice=ids["Gap Notice"], table_text=ids["Table Text"],
        header_text=ids["Header Text"], table=ids[styles["table"]["style"]],
        header_fill=styles["table"]["header_fill"],
        highlight=_HIGHLIGHT[styles.get("marker_highlight", "YELLOW")],
        block_width_emu=int(block_width))
    saved = io.BytesIO()
    doc.save(saved)
    frames, static = {}, io.BytesIO()
    with zipfile.ZipFile(saved) as source, \
            zipfile.ZipFile(static, "w", zipfile.ZIP_DEFLATED) as target:
        dynamic = set(names.values())
        for info in source.infolist():
            if info.filename not in dynamic:
                target.writestr(info.filename, source.read(info.filename))
        xml = source.read(names["document"]).decode()
        head, tail = xml[:xml.index("<w:body>") + 8], xml[xml.index("<w:sectPr"):]
        if len(head) + len(tail) != len(xml):
            raise RuntimeError("the base document's body is not empty")
        frames["document"] = head, tail
        # python-docx's header and footer hold one empty paragraph: ours replaces it.
        frames["header"] = _frame(source.read(names["header"]).decode(), "</w:hdr>")
        frames["footer"] = _frame(source.read(names["footer"]).decode(), "</w:ftr>")
    return _Base(static.getvalue(), names, frames, body_styles)


__all__ = ["MEDIA_TYPE", "TERMS_NAMESPACE", "render_docx", "xml_safe"]


def _core_properties(document: ContractDocument) -> bytes:
    """docProps/core.xml: title, subject, parties as keywords, version, dates, language."""
    meta = document.metadata
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    values = {
        "dc:title": xml_safe(meta.title), "dc:subject": xml_safe(meta.subject),
        "dc:creator": xml_safe(meta.author),
        "cp:keywords": xml_safe(", ".join(meta.keywords)),
        "dc:description": f"terms fingerprint {document.terms_fingerprint}",
        "cp:lastModifiedBy": xml_safe(meta.author)}
    for name, value in values.items():
        if len(value) > 255:  # Word's limit, which python-docx enforces too
            raise ValueError(f"exceeded 255 char limit for property {name}, got:\n\n{value!r}")
    text = "".join(f"<{name}>{escape(value)}</{name}>" for name, value in values.items())
    language = "en-US" if document.languages[0] == "en" else "zh-CN"
    return (f"{_XML_DECL}<cp:coreProperties {_CORE_NS}>{text}"
            f"<cp:revision>{int(document.version)}</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            f"<cp:category>Sales contract</cp:category><dc:language>{language}</dc:language>"
            "</cp:coreProperties>").encode()


def render_docx(document: ContractDocument) -> bytes:
    """The contract as a .docx file."""
    base = _base(document.template_name)
    writer = BodyWriter(base.styles, xml_safe)
    item, props = _custom_xml_blobs(document)
    parts = {
        "document": (writer.body(document), base.frames["document"]),
        "header": (writer.header(document), base.frames["header"]),
        "footer": (writer.footer(document), base.frames["footer"]),
    }
    out = io.BytesIO(base.archive)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        for role, (content, (head, tail)) in parts.items():
            archive.writestr(base.names[role], (head + content + tail).encode())
        archive.writestr(base.names["core"], _core_properties(document))
        archive.writestr(base.names["item"], item)
        archive.writestr(base.names["props"], props)
    return out.getvalue()
