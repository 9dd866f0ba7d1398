"""WordprocessingML for a contract's body, header and footer, written as text.

Produces the same markup python-docx would for the same calls (paragraphs with a style id,
runs, tables of equal columns, PAGE/NUMPAGES fields), without building an lxml tree through
python-docx's element classes, which cost more than the rest of the render put together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from tradepact.domain.contract import Clause, ContractDocument, Signatures, Table

_MARKER = re.compile(r"(\[\[ .*? \]\])")
# python-docx turns these into <w:tab/> and <w:br/> inside a run; so do we.
_RUN_BREAKS = re.compile(r"([\t\r\n])")
_TBL_LOOK = ('<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
             'w:noHBand="0" w:noVBand="1" w:val="04A0"/>')
_BOLD = "<w:rPr><w:b/></w:rPr>"
_SIGN_SPACE = '<w:p><w:pPr><w:spacing w:before="560"/></w:pPr></w:p>'  # 28 pt to sign in


@dataclass(frozen=True)
class BodyStyles:
    """Style ids and measures the body refers to (from the template's base document)."""

    title: str
    heading: str
    clause: str
    gap_notice: str
    table_text: str
    header_text: str
    table: str
    header_fill: str
    highlight: str  # w:highlight value, e.g. "yellow"
    block_width_emu: int  # text width between the margins, for equal table columns


def _t(text: str) -> str:
    if len(text.strip()) < len(text):
        return f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f"<w:t>{escape(text)}</w:t>"


def run_content(text: str) -> str:
    """A run's inner markup for `text`: tabs and line breaks as elements, like python-docx."""
    if "\t" not in text and "\r" not in text and "\n" not in text:
        return _t(text) if text else ""
    out = []
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            out.append(_t(piece))
    return "".join(out)


def run(text: str, rpr: str = "") -> str:
    inner = rpr + run_content(text)
    return f"<w:r>{inner}</w:r>" if inner else "<w:r/>"


def paragraph(content: str, ppr: str = "") -> str:
    if not content and not ppr:
        return "<w:p/>"
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>" if ppr else f"<w:p>{content}</w:p>"


def style(style_id: str) -> str:
    return f'<w:pStyle w:val="{style_id}"/>'


class BodyWriter:
    """Writes a ContractDocument's body; text must already be XML-safe (see xml_safe)."""

    def __init__(self, styles: BodyStyles, safe) -> None:
        self.s = styles
        self.safe = safe
        self._marker_rpr = f'<w:rPr><w:b/><w:highlight w:val="{styles.highlight}"/></w:rPr>'
        self._widths: dict[int, int] = {}

    def marked(self, text: str, bold: bool = False) -> str:
        """Runs for text; gap placeholders bold and highlighted so nobody signs past them."""
        out = []
        for piece in _MARKER.split(self.safe(text)):
            if piece:
                if _MARKER.fullmatch(piece):
                    out.append(run(piece, self._marker_rpr))
                else:
                    out.append(run(piece, _BOLD if bold else ""))
        return "".join(out)

    def _para(self, style_id: str, text: str, rpr: str = "") -> str:
        return paragraph(run(self.safe(text), rpr) if text else "", style(style_id))

    def _column_twips(self, cols: int) -> int:
        # python-docx: Emu(width // cols).twips
        if cols not in self._widths:
            emu = self.s.block_width_emu // cols if cols > 0 else 0
            self._widths[cols] = int(round(emu / 635.0))
        return self._widths[cols]

    def _grid(self, cols: int) -> tuple[str, str]:
        width = self._column_twips(cols)
        grid = "<w:tblGrid>" + f'<w:gridCol w:w="{width}"/>' * cols + "</w:tblGrid>"
        return grid, f'<w:tcW w:type="dxa" w:w="{width}"/>'

    def table(self, table: Table) -> str:
        rows = [table.header, *table.rows, *table.footer]
        grid, tcw = self._grid(len(table.header))
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.s.table}"/>'
               f'<w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/>{_TBL_LOOK}</w:tblPr>',
               grid]
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{self.s.header_fill}"/>'
        plain_ppr = style(self.s.table_text)
        right_ppr = plain_ppr + '<w:jc w:val="right"/>'
        numeric = set(table.numeric_columns)
        footer_from = 1 + len(table.rows)
        for r, values in enumerate(rows):
            bold = r == 0 or r >= footer_from
            out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if r == 0 else "<w:tr>")
            cell_pr = f"<w:tcPr>{tcw}{shade}</w:tcPr>" if r == 0 else f"<w:tcPr>{tcw}</w:tcPr>"
            for c, value in enumerate(values):
                ppr = right_ppr if c in numeric and r > 0 else plain_ppr
                out.append(f"<w:tc>{cell_pr}"
                           f"{paragraph(self.marked(value, bold), ppr)}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def signatures(self, block: Signatures) -> str:
        grid, tcw = self._grid(len(block.blocks))
        out = [f'<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/>{_TBL_LOOK}</w:tblPr>', grid,
               "<w:tr>"]
        safe = self.safe
        for sig in block.blocks:
            out.append(f"<w:tc><w:tcPr>{tcw}</w:tcPr>")
            out.append(paragraph(run(safe(sig.heading), _BOLD)))
            out.append(paragraph(self.marked(sig.legal_name)))
            out.append(paragraph(run(safe(sig.lines[0])) if sig.lines[0] else ""))
            out.append(_SIGN_SPACE)
            out.extend(paragraph(run(safe(line)) if line else "") for line in sig.lines[1:])
            out.append("</w:tc>")
        out.append("</w:tr></w:tbl>")
        return "".join(out)

    def body(self, document: ContractDocument) -> str:
        s = self.s
        out = [self._para(s.title, document.title)]
        if document.gap_notice:
            out.append(self._para(s.gap_notice, document.gaps_title, _BOLD))
            out.extend(self._para(s.gap_notice, line) for line in document.gap_notice)
        clause_ppr = style(s.clause)
        plain_ppr = clause_ppr + '<w:ind w:firstLine="0" w:left="0"/>'
        for section in document.sections:
            out.append(self._para(s.heading, f"{section.number} {section.title}".strip()))
            for block in section.blocks:
                if isinstance(block, Clause):
                    for i, text in enumerate(block.texts):
                        if block.number:
                            lead = run(f"{block.number if i == 0 else ''}\t")
                            out.append(paragraph(lead + self.marked(text.text), clause_ppr))
                        else:
                            out.append(paragraph(self.marked(text.text), plain_ppr))
                elif isinstance(block, Table):
                    out.append(self.table(block))
                else:
                    out.append(self.signatures(block))
        return "".join(out)

    def header(self, document: ContractDocument) -> str:
        return paragraph(run(self.safe(document.header_text)), style(self.s.header_text))

    def footer(self, document: ContractDocument) -> str:
        out = []
        for piece in re.split(r"(\{page\}|\{pages\})", document.page_label):
            if piece == "{page}":
                out.append(_field("PAGE"))
            elif piece == "{pages}":
                out.append(_field("NUMPAGES"))
            elif piece:
                out.append(run(piece))
        return paragraph("".join(out), style(self.s.header_text) + '<w:jc w:val="center"/>')


def _field(instruction: str) -> str:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute at layout time."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/>'
            f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>'
            '<w:fldChar w:fldCharType="separate"/><w:t>1</w:t>'
            '<w:fldChar w:fldCharType="end"/></w:r>')
