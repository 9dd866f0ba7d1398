"""A compact Simplified-Chinese serif font, cut once from the system's Noto Serif CJK SC.

The Chinese glyphs sit at the end of Noto CJK's 65,535 glyphs, and WeasyPrint keeps every glyph
up to the highest one used, so each embedded subset carried ~60,000 empty glyphs: ~800 KB per
weight to subset and compress on every render. This module cuts, once per machine, a font
holding only what a contract uses — ASCII, Latin-1, general and CJK punctuation, full-width
forms and all of GB 2312 (its 6,763 hanzi, levels 1 and 2, and its symbols) — with glyph ids
renumbered from 0, and caches it as OpenType in `$TRADEPACT_FONT_CACHE` (default
`$XDG_CACHE_HOME/tradepact/fonts`). Templates name it first and keep the full Noto font as the
fallback, so a character outside GB 2312 still renders. Outlines, metrics and OpenType layout
are HarfBuzz's subset of the original, so text shapes exactly as before.

If the system font or HarfBuzz-subset is missing, or the cache is not writable, no compact font
exists and rendering uses the full font as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

FAMILY = "Tradepact Serif CJK SC"
SOURCE_FAMILY = "Noto Serif CJK SC"
WEIGHTS = (400, 700)
_BUILD_VERSION = "3"  # bump when the coverage, the subset options or the glyph order change

_RANGES = ((0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))


def coverage() -> list[int]:
    """The code points the compact font keeps, sorted."""
    points = {cp for low, high in _RANGES for cp in range(low, high + 1)}
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return sorted(points)


def cache_dir() -> Path:
    if configured := os.environ.get("TRADEPACT_FONT_CACHE"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tradepact" / "fonts"


def _source_face(font_map, weight: int):
    """The HarfBuzz face fontconfig picks for Noto Serif CJK SC at `weight`, or None."""
    from weasyprint.text.ffi import ffi, gobject, pango
    from weasyprint.text.fonts import get_pango_font_hb_face

    description = ffi.gc(pango.pango_font_description_new(),
                         pango.pango_font_description_free)
    pango.pango_font_description_set_family(description, SOURCE_FAMILY.encode())
    pango.pango_font_description_set_weight(description, weight)
    context = ffi.gc(pango.pango_font_map_create_context(font_map), gobject.g_object_unref)
    font = pango.pango_font_map_load_font(font_map, context, description)
    if font == ffi.NULL:
        return None
    font = ffi.gc(font, gobject.g_object_unref)
    found = ffi.gc(pango.pango_font_describe_with_absolute_size(font),
                   pango.pango_font_description_free)
    family = ffi.string(pango.pango_font_description_get_family(found)).decode()
    if family != SOURCE_FAMILY or pango.pango_font_description_get_weight(found) != weight:
        return None  # fontconfig substituted another font or weight: nothing to cut
    return get_pango_font_hb_face(font)


def _source_key(face, weight: int) -> str:
    """Names a cut after its source: an upgraded system font gets a new one.

    The 'head' table holds the font's whole-file checksum and modification date; reading it
    instead of hashing the ~25 MB file keeps start-up cheap in time and memory.
    """
    from weasyprint.text.ffi import ffi, harfbuzz

    blob = harfbuzz.hb_face_reference_table(face, harfbuzz.hb_tag_from_string(b"head", -1))
    try:
        with ffi.new("unsigned int *") as length:
            data = harfbuzz.hb_blob_get_data(blob, length)
            head = b"" if data == ffi.NULL else ffi.unpack(data, int(length[0]))
    finally:
        harfbuzz.hb_blob_destroy(blob)
    whole = harfbuzz.hb_face_reference_blob(face)
    size = harfbuzz.hb_blob_get_length(whole)
    harfbuzz.hb_blob_destroy(whole)
    key = b"%s|%d|%d|%d|%s|%s" % (_BUILD_VERSION.encode(), weight,
                                 harfbuzz.hb_face_get_index(face), size, head,
                                 hashlib.sha256(_priority_text().encode()).digest())
    return hashlib.sha256(key).hexdigest()[:16]


def _subset(face, points: list[int]) -> bytes | None:
    from weasyprint.text.ffi import ffi, harfbuzz, harfbuzz_subset
    from weasyprint.text.fonts import get_hb_object_data

    if harfbuzz_subset is None or not harfbuzz.hb_version_atleast(4, 1, 0):
        return None
    subset_input = ffi.gc(harfbuzz_subset.hb_subset_input_create_or_fail(),
                          harfbuzz_subset.hb_subset_input_destroy)
    if subset_input == ffi.NULL:
        return None
    unicodes = harfbuzz_subset.hb_subset_input_set(
        subset_input, harfbuzz_subset.HB_SUBSET_SETS_UNICODE)
    harfbuzz.hb_set_add_sorted_array(unicodes, ffi.new("hb_codepoint_t[]", points), len(points))
    # Default flags: glyph ids renumbered, layout tables and hinting kept for identical shaping.
    harfbuzz_subset.hb_subset_input_set_flags(
        subset_input, harfbuzz_subset.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED)
    result = harfbuzz_subset.hb_subset_or_fail(face, subset_input)
    if result == ffi.NULL:
        return None
    return get_hb_object_data(ffi.gc(result, harfbuzz.hb_face_destroy))


# The Chinese financial capitals amounts in words (domain.contract.words) can produce for any
# figure, not only the sample's; currency names come from the domain's table.
_AMOUNT_WORDS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整人民币"


def _priority_text() -> str:
    """Characters whose glyphs get the lowest ids, most wanted first.

    WeasyPrint embeds every glyph up to the highest id a contract uses, so what the templates
    themselves print comes first: their clause, manifest and expected-output text (the labels,
    header and footer wording of a rendered sample, in order of appearance) and the characters
    of amounts in words; then every non-hanzi character of the coverage (ASCII, Latin-1,
    general punctuation such as curly quotes, CJK punctuation, full-width forms), then GB 2312
    level 1 (the 3,755 common hanzi), then level 2; the rest of the coverage and the glyphs
    only layout reaches follow in their old order.
    """
    from .templates import templates_dir

    parts = []
    try:
        for folder in sorted(p for p in templates_dir().iterdir() if p.is_dir()):
            for pattern in ("clauses.zh.yaml", "expected.*.txt", "*.yaml"):
                parts.extend(path.read_text(encoding="utf-8")
                             for path in sorted(folder.glob(pattern)))
    except OSError:
        pass
    parts.append(_AMOUNT_WORDS)
    try:
        from tradepact.domain.contract.words import CURRENCY_NAMES_ZH

        parts.append("".join(CURRENCY_NAMES_ZH.values()))
    except ImportError:
        pass
    parts.append("".join(chr(cp) for low, high in _RANGES for cp in range(low, high + 1)))
    for rows in ((0xB0, 0xD8), (0xD8, 0xF8)):
        parts.append(bytes(b for row in range(*rows) for cell in range(0xA1, 0xFF)
                           for b in (row, cell)).decode("gb2312", errors="ignore"))
    return "".join(dict.fromkeys("".join(parts)))


def _default_substitutes(font) -> set[str]:
    """Glyphs that Simplified Chinese or default shaping can substitute in (ccmp, liga, locl).

    Other languages' locl forms (Japanese, Korean, traditional) and vertical forms are left out.
    """
    if "GSUB" not in font:
        return set()
    table = font["GSUB"].table
    features = set()
    for script in table.ScriptList.ScriptRecord:
        systems = [(None, script.Script.DefaultLangSys)] + [
            (record.LangSysTag, record.LangSys) for record in script.Script.LangSysRecord]
        for tag, system in systems:
            if system is None or tag not in (None, "ZHS "):
                continue
            features.update(system.FeatureIndex)
    found: set[str] = set()
    for index in features:
        record = table.FeatureList.FeatureRecord[index]
        if record.FeatureTag not in ("ccmp", "liga", "locl"):
            continue
        for lookup_index in record.Feature.LookupListIndex:
            lookup = table.LookupList.Lookup[lookup_index]
            for sub in lookup.SubTable:
                sub = getattr(sub, "ExtSubTable", sub)
                if hasattr(sub, "mapping"):
                    found.update(sub.mapping.values())
                elif hasattr(sub, "alternates"):
                    found.update(g for glyphs in sub.alternates.values() for g in glyphs)
                elif hasattr(sub, "ligatures"):
                    found.update(lig.LigGlyph for ligs in sub.ligatures.values() for lig in ligs)
    return found


def _reorder(data: bytes) -> bytes:
    """`data` with its glyphs renumbered in `_priority_text` order (glyph 0 stays .notdef).

    HarfBuzz-subset renumbers glyphs in their source order and only HarfBuzz >= 7.3 can be told
    another; fontTools (a WeasyPrint dependency) reorders the cut instead. Any failure keeps the
    cut as HarfBuzz made it.
    """
    import io

    from fontTools.ttLib import TTFont
    from fontTools.ttLib.reorderGlyphs import reorderGlyphs

    font = TTFont(io.BytesIO(data), lazy=False, recalcBBoxes=False)
    old = font.getGlyphOrder()
    cmap = font.getBestCmap()
    first = [old[0]] + [cmap[ord(ch)] for ch in _priority_text() if ord(ch) in cmap]
    first[1:1] = sorted(_default_substitutes(font), key=old.index)
    new = list(dict.fromkeys(first + old))
    if new == old:
        return data
    font.ensureDecompiled()
    top = font["CFF "].cff.topDictIndex[0] if "CFF " in font else None
    if top is not None and hasattr(top, "FDSelect"):
        # fontTools reorders the charset and charstrings but not a CID font's FDSelect; each
        # charstring is read first, with the private dict (subroutines) of its old position.
        for name in old:
            top.CharStrings[name]
        fds = dict(zip(old, top.FDSelect.gidArray, strict=True))
        top.FDSelect.gidArray = [fds[name] for name in new]
    reorderGlyphs(font, new)
    out = io.BytesIO()
    font.save(out, reorderTables=True)
    return out.getvalue()


def _build(directory: Path, weight: int, font_map, points: list[int]) -> Path | None:
    face = _source_face(font_map, weight)
    if face is None:
        log.info("no system %s at weight %d; Chinese text uses the full font", SOURCE_FAMILY,
                 weight)
        return None
    path = directory / f"tradepact-serif-cjk-sc-{weight}-{_source_key(face, weight)}.otf"
    if path.is_file():
        return path
    data = _subset(face, points)
    if not data:
        log.info("could not subset %s; Chinese text uses the full font", SOURCE_FAMILY)
        return None
    try:
        data = _reorder(data)
    except Exception:  # the cut in HarfBuzz's order still works, only larger to embed
        log.info("could not reorder the glyphs of the compact font", exc_info=True)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: workers starting together never read half a file.
        with tempfile.NamedTemporaryFile(dir=directory, suffix=".tmp", delete=False) as tmp:
            try:
                tmp.write(data)
                tmp.close()
                os.chmod(tmp.name, 0o644)
                os.replace(tmp.name, path)
            except OSError:
                Path(tmp.name).unlink(missing_ok=True)
                raise
    except OSError as exc:
        log.info("cannot cache the compact font in %s (%s); Chinese text uses the full font",
                 directory, exc)
        return None
    log.info("built compact font %s (%d KB)", path, len(data) // 1024)
    # The key changes with the templates' text: earlier cuts of this weight are dead weight
    # (about 5 MB each). A process still rendering with one keeps its open file.
    for old in directory.glob(f"tradepact-serif-cjk-sc-{weight}-*.otf"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


@lru_cache(maxsize=1)
def compact_fonts() -> dict[int, Path]:
    """The compact font file per CSS weight (built on first call; empty if unavailable)."""
    try:
        from weasyprint.text.fonts import FontConfiguration

        font_map = FontConfiguration().font_map
        directory, points = cache_dir(), coverage()
        fonts = {weight: _build(directory, weight, font_map, points) for weight in WEIGHTS}
    except Exception:  # a missing font must never stop a render: fall back to the full font
        log.warning("compact CJK font unavailable; using the full font", exc_info=True)
        return {}
    if fonts.get(400) is None:
        return {}
    return {weight: path for weight, path in fonts.items() if path is not None}


def font_face_css() -> str:
    """@font-face rules for the compact font ("" when there is none)."""
    return "".join(
        f'@font-face {{ font-family: "{FAMILY}"; src: url("{path.as_uri()}"); '
        f"font-weight: {weight}; }}\n"
        for weight, path in compact_fonts().items())
