"""Stops WeasyPrint from copying each whole font file into Python bytes on every render.

WeasyPrint's `Font` reads the complete font file behind every font it embeds (a CJK
collection is ~25 MB per weight), only to replace it with a subset a moment later. Here
that first read is a zero-copy view of HarfBuzz's (memory-mapped) blob, kept alive as long
as the view, and turned into bytes only if the font ends up embedded whole. The embedded
fonts are byte-for-byte what WeasyPrint would write; only the copy goes.
"""

from __future__ import annotations

import logging
import threading

from weasyprint.pdf import fonts as _fonts
from weasyprint.pdf import stream as _stream
from weasyprint.text.ffi import ffi, harfbuzz
from weasyprint.text.fonts import get_pango_font_hb_face

log = logging.getLogger(__name__)

_local = threading.local()
_copying_reader = _fonts.get_hb_object_data


def _face_pointer(hb_face) -> int:
    return int(ffi.cast("uintptr_t", hb_face))


def _blob_view(hb_face) -> memoryview | None:
    """The face's whole blob as a read-only view that keeps the blob alive."""
    blob = harfbuzz.hb_face_reference_blob(hb_face)
    with ffi.new("unsigned int *") as length:
        data = harfbuzz.hb_blob_get_data(blob, length)
        size = int(length[0])
    if data == ffi.NULL:
        harfbuzz.hb_blob_destroy(blob)
        return None
    owner = ffi.gc(ffi.cast("char *", data), lambda _: harfbuzz.hb_blob_destroy(blob))
    return memoryview(ffi.buffer(owner, size)).toreadonly()


def _read_face(hb_object, ot_color=None, glyph=None):
    """WeasyPrint's get_hb_object_data, without the copy for a Font being set up here."""
    if ot_color is None and getattr(_local, "face", None) == _face_pointer(hb_object):
        return _blob_view(hb_object)
    return _copying_reader(hb_object, ot_color, glyph)


class _ViewedFont(_fonts.Font):
    """WeasyPrint's Font, reading its source font through a view instead of a copy."""

    def __init__(self, pango_font, description, font_size) -> None:
        face = get_pango_font_hb_face(pango_font)  # held: its address stays this face's
        _local.face = _face_pointer(face)
        try:
            super().__init__(pango_font, description, font_size)
        finally:
            _local.face = None
            del face

    def clean(self, to_unicode, hinting) -> None:
        super().clean(to_unicode, hinting)
        if isinstance(self.file_content, memoryview):  # embedded whole: pydyf wants bytes
            self.file_content = bytes(self.file_content)


def install() -> None:
    """Use the view-reading Font in WeasyPrint's PDF streams (idempotent)."""
    if _stream.Font is _ViewedFont:
        return
    if _stream.Font is not _fonts.Font or _fonts.get_hb_object_data is not _copying_reader:
        log.warning("WeasyPrint's font classes changed; fonts are read the copying way")
        return
    _fonts.get_hb_object_data = _read_face
    _stream.Font = _ViewedFont
