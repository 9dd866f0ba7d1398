"""What keeps a PDF render cheap stays in place: compact font subsets, trimmed UA sheet, GC."""

from __future__ import annotations

import gc
import io
import threading

import pypdf
import pytest

from tradepact.adapters.rendering import cjk_font, pdf_renderer
from tradepact.adapters.rendering.render import render_contract
from tradepact.adapters.rendering.sample import sample_document


def test_weasyprint_ua_stylesheet_can_still_be_trimmed():
    # None means WeasyPrint's sheet changed shape and every render pays for ~1,500 unused
    # pseudo-element styles again: look at pdf_renderer._UNUSED_PSEUDO.
    assert pdf_renderer._ua_stylesheet() is not None


@pytest.mark.parametrize("enabled", [True, False])
def test_a_render_leaves_the_garbage_collector_as_it_found_it(english_document, enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        render_contract(english_document, "pdf")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_embedded_cjk_subsets_stay_small(english_pdf):
    """Every glyph the sample prints has a low id in the compact font, so the subsets
    WeasyPrint embeds (all glyphs up to the highest id used) stay a few dozen KB."""
    if not cjk_font.compact_fonts():
        pytest.skip("no compact CJK font on this machine")
    seen = 0
    for rendered in (english_pdf, render_contract(sample_document(language="bilingual"), "pdf")):
        reader = pypdf.PdfReader(io.BytesIO(rendered.data))
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                if "CJK" not in font["/BaseFont"]:
                    continue  # Latin text is set in Liberation Serif where it is installed
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant["/FontDescriptor"].get_object()
                # the outlines as CFF (/FontFile3) or, as WeasyPrint 70 writes them, TrueType (/FontFile2)
                key = next(k for k in ("/FontFile3", "/FontFile2") if k in descriptor)
                file = descriptor[key].get_object()
                assert len(file.get_data()) < 150_000, (font["/BaseFont"], key, len(file.get_data()))
                seen += 1
    assert seen, "the bilingual sample embeds the compact CJK font"


def test_renders_overlapping_in_threads_never_leave_the_collector_off(english_document):
    assert gc.isenabled()
    errors: list[BaseException] = []

    def render() -> None:
        try:
            render_contract(english_document, "pdf")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=render) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert gc.isenabled()


def test_the_collector_is_never_off_longer_than_the_render_that_paused_it():
    assert gc.isenabled()
    first = pdf_renderer._young_collection_after()
    second = pdf_renderer._young_collection_after()  # another thread's render, in real life
    first.__enter__()
    assert not gc.isenabled()
    second.__enter__()  # finds the collector off: leaves it to the first
    first.__exit__(None, None, None)
    assert gc.isenabled()  # on again although the second render is still going
    second.__exit__(None, None, None)
    assert gc.isenabled()
