"""Renders a ContractDocument to PDF with WeasyPrint: A4, running header/footer, embedded terms.

Fails loudly where WeasyPrint would degrade silently: a character without a glyph in the
contract fonts, or any resource the fetcher refuses, is an error, not a blank in a contract.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import jinja2
from markupsafe import Markup, escape
from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration

from tradepact.domain.contract import ContractDocument
from tradepact.domain.errors import FieldViolation, InvalidInput

from . import cjk_font
from .fetcher import TemplateAssetFetcher
from .pdf_fields import FieldBox, add_signature_fields
from .templates import load_template
from .weasy_fonts import install as _read_fonts_without_copying

log = logging.getLogger(__name__)
_read_fonts_without_copying()

MEDIA_TYPE = "application/pdf"
TERMS_ATTACHMENT = "terms.json"
_PX_TO_PT = 0.75  # WeasyPrint lays out in CSS px (1/96 in); PDF user space is 1/72 in
_MARKER = re.compile(r"\[\[ .*? \]\]")
_NOTDEF = re.compile(r'unsupported by fonts: "(.*)" \(U\+([0-9A-F]+)\)')


# WeasyPrint's user-agent stylesheet styles ::marker, ::footnote-* and ::note-* on every element,
# so it computed six pseudo-element styles per element (~1,500 per contract) that no template
# uses: contracts have no list items, footnotes or notes. Templates get the same sheet without
# those rules; if WeasyPrint's sheet changes shape, its own is used.
_UNUSED_PSEUDO = re.compile(
    r"^::(marker|footnote-call|footnote-marker|note-call|note-marker|note-callback) \{[^}]*\}\n",
    re.MULTILINE)


_COUNTER_STYLE_RULE = re.compile(r"@counter-style[^{]*\{[^}]*\}")


@lru_cache(maxsize=1)
def _ua_stylesheet() -> CSS | None:
    try:
        from weasyprint.css.counters import CounterStyle
        from weasyprint.html import UA
    except ImportError:
        return None
    trimmed, count = _UNUSED_PSEUDO.subn("", UA)
    if count != 6:
        log.warning("WeasyPrint's user-agent stylesheet changed; using it unchanged")
        return None
    # Its @counter-style rules are in WeasyPrint's UA counter styles already, which every
    # render copies; parsed again they would only warn that they exist.
    trimmed = _COUNTER_STYLE_RULE.sub("", trimmed)
    return CSS(string=trimmed, counter_style=CounterStyle())


class _ContractHTML(HTML):
    """WeasyPrint's HTML with the user-agent stylesheet contracts need (see _ua_stylesheet)."""

    def _ua_stylesheets(self, forms=False):
        sheet = _ua_stylesheet()
        return super()._ua_stylesheets(forms) if sheet is None or forms else [sheet]


class RenderError(RuntimeError):
    """WeasyPrint reported a problem that would make the PDF wrong (a template bug)."""


def _marked(text: str) -> Markup:
    """Escape, then wrap gap placeholders in <mark> so they stand out on paper."""
    escaped = str(escape(text))
    return Markup(_MARKER.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))


@dataclass
class _Resources:
    """Per-template objects that are expensive to build and safe to reuse across renders."""

    template: jinja2.Template
    css: CSS
    font_config: FontConfiguration
    fetcher: TemplateAssetFetcher
    base_url: str


@lru_cache(maxsize=8)
def _resources(template_name: str) -> _Resources:
    loaded = load_template(template_name)
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["marked"] = _marked
    # The compact CJK font, when it could be built, is declared ahead of the template's rules;
    # without it the family the template names first is unknown and the next one is used.
    fetcher = TemplateAssetFetcher(loaded.directory, cjk_font.compact_fonts().values())
    font_config = FontConfiguration()
    base_url = loaded.directory.as_uri() + "/"
    css = CSS(string=cjk_font.font_face_css() + loaded.css, base_url=base_url,
              url_fetcher=fetcher, font_config=font_config)
    return _Resources(env.from_string(loaded.html), css, font_config, fetcher, base_url)


class _Collector(logging.Handler):
    """Collects WeasyPrint's warnings and errors raised by this thread's render."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record)


def _check_problems(records: list[logging.LogRecord]) -> None:
    missing: dict[str, str] = {}
    others: list[str] = []
    for record in records:
        message = record.getMessage()
        if m := _NOTDEF.search(message):
            missing[m.group(2)] = m.group(1)
        else:
            others.append(message)
    if missing:
        chars = ", ".join(f"U+{code} {char!r}" for code, char in sorted(missing.items()))
        raise InvalidInput(FieldViolation(
            "document", f"no glyph in the contract fonts for {chars}; remove these characters "
                        "or install a font that has them"))
    if others:
        raise RenderError("; ".join(others[:5]))


def _field_boxes(document: ContractDocument, rendered) -> list[FieldBox]:
    """Find each signature block's box in the layout and convert it to PDF coordinates."""
    wanted = {sig.field_name for section in document.sections for block in section.blocks
              if block.kind == "signatures" for sig in block.blocks}
    found: list[FieldBox] = []
    for index, page in enumerate(rendered.pages):
        height_pt = page.height * _PX_TO_PT
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            name = element.get("id") if element is not None else None
            if name in wanted and getattr(box, "element_tag", None) == "div":
                wanted.discard(name)
                x, y = box.border_box_x(), box.border_box_y()
                w, h = box.border_width(), box.border_height()
                found.append(FieldBox(name, index, (
                    x * _PX_TO_PT, height_pt - (y + h) * _PX_TO_PT,
                    (x + w) * _PX_TO_PT, height_pt - y * _PX_TO_PT)))
    if wanted:
        raise RenderError(f"signature blocks missing from the layout: {sorted(wanted)}")
    return found


def render_html(document: ContractDocument) -> str:
    """The contract's HTML as WeasyPrint sees it (also handy for debugging a template)."""
    res = _resources(document.template_name)
    # "{page}" and "{pages}" become CSS counters; the words around them stay text.
    parts = [p for p in re.split(r"(\{page\}|\{pages\})", document.page_label) if p]
    return res.template.render(document=document, page_parts=parts)


_gc_lock = threading.Lock()


@contextlib.contextmanager
def _young_collection_after() -> Iterator[None]:
    """Pause automatic garbage collection during a render, then collect its garbage once.

    A render leaves ~50,000 objects in reference cycles (WeasyPrint's box and style trees), so
    the collector ran dozens of times per render and every few renders swept the whole heap,
    ~100 ms each time in a warm process (~35 ms per render on average). Collecting only the
    young generations once, after the render, frees the same garbage for ~10 ms.

    Only a render that finds the collector on pauses it, and that render turns it back on when
    it ends, so the collector is never off for longer than one render, however renders in
    threads overlap (a render starting meanwhile finds it off and leaves it alone). A
    collector the application disabled stays disabled.
    """
    mine = False
    try:
        with _gc_lock:
            mine = gc.isenabled()
            if mine:
                gc.disable()
        yield
    finally:
        if mine:
            gc.enable()
            gc.collect(1)


def render_pdf(document: ContractDocument) -> bytes:
    """The contract as a PDF with its terms attached and an empty signature field per party."""
    with _young_collection_after():
        return _render_pdf(document)


def _render_pdf(document: ContractDocument) -> bytes:
    res = _resources(document.template_name)
    collector = _Collector()
    weasy_log = logging.getLogger("weasyprint")
    weasy_log.addHandler(collector)
    try:
        html = _ContractHTML(string=render_html(document), base_url=res.base_url,
                    url_fetcher=res.fetcher)
        rendered = html.render(stylesheets=[res.css], font_config=res.font_config)
        boxes = _field_boxes(document, rendered)
        attachment = Attachment(
            string=document.terms_json.encode("utf-8"), name=TERMS_ATTACHMENT,
            description=f"Trade terms of contract {document.contract_number} "
                        f"v{document.version} (sha256 {document.terms_fingerprint})",
            relationship="Data")
        pdf = rendered.write_pdf(attachments=[attachment])
    finally:
        weasy_log.removeHandler(collector)
    _check_problems(collector.records)
    return add_signature_fields(pdf, boxes)
