"""A fast path for PDF text: PDFium's characters turned into the words pdfplumber would give.

pdfplumber spends nearly all its time in pdfminer's pure-Python layout of every glyph; PDFium
(pypdfium2, already a pdfplumber dependency) does that work in C, tens of times faster.
This module reads a page's characters from PDFium and rebuilds what
``pdfplumber.Page.extract_words(extra_attrs=["size", "fontname"])`` returns, with pdfplumber's
own grouping rules, so ``pdf_layout`` makes the same lines and blocks from either.

Positions come from PDFium. What pdfminer derives differently is read from pdfminer itself,
which is cheap because it parses only the page's font resources, never its content stream: the
font name with its subset tag (``ABCDEE+Calibri``) and the descent that puts a character's box
below its baseline (pdfminer uses the standard-14 AFM metrics where PDFium uses its own fonts).

PDFium also reorders a line's text objects and drops those that print nothing (Word's spaces);
characters are therefore taken per text object in content-stream order, a dropped object
standing as a space. The first page read fast is checked against pdfplumber's words, and a
difference sends the whole file back to pdfplumber.

Ruled tables are found from PDFium's path objects by ``pdf_tables``, which follows pdfplumber's
table finder. A page goes back to pdfplumber (``None``) whenever the two could differ: a rotated
or offset page, a form XObject, text that is not upright, a character without a Unicode mapping,
fonts that cannot be matched one to one, text placed so that the two libraries' rounding could
order, cut or group it differently, or drawings the table finder is unsure of.
"""

from __future__ import annotations

import ctypes
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.utils.text import LIGATURES, WordExtractor

from contractlint.ingest.pdf_layout import Table
from contractlint.ingest.pdf_tables import Unsure, line_words, lines_by_top, page_tables

# No Unicode known (PDFium's control codes for unmapped glyphs): pdfminer writes "(cid:N)" or other.
_BAD_UNICODE = {0, 0x3, 0x93, 0x94, 0x96, 0x97, 0x98, 0xFFFD, 0xFFFE, 0xFFFF}
_LIGATURES = str.maketrans(LIGATURES)
_STYLE = itemgetter(5, 6)
_X0 = itemgetter(1)
_ATTRS = ["size", "fontname"]
# Prototypes returning plain addresses: ctypes pointers are slow to compare and cannot be keys.
_ADDRESS = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_get_text_object = _ADDRESS(ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)
# Per-character calls with plain addresses for pointers: ctypes' argument conversion is most of their cost.
_get_origin = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_void_p).value)
_get_box = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)


class FastPage(NamedTuple):
    """What the reader needs from a page: words outside tables, ruled tables, images, text size."""

    words: list[dict]
    tables: list[Table]
    images: list[dict]
    chars: int


class FastPdf:
    """A PDFium handle on the file, opened beside pdfplumber's, used page by page where it is safe.

    The first page read this way is also read by pdfplumber and the two word lists compared; if
    they differ (a producer this module does not foresee), every page goes to pdfplumber.
    """

    def __init__(self, path: str, rsrcmgr, pages: int) -> None:  # noqa: ANN001 - pdfminer's resource manager
        self.doc = pdfium.PdfDocument(path)
        self.rsrcmgr = rsrcmgr
        self.enabled = len(self.doc) == pages
        self.verified = False
        self._names: dict[int, str] = {}  # PDFium font handle -> its base font name
        self._advances: dict[object, dict[str, float]] = {}  # pdfminer font -> advance per text
        self._fits: dict[tuple, set[str]] = {}  # (font, scale) -> texts whose advance fits PDFium's box

    def close(self) -> None:
        self.doc.close()

    def page(self, index: int, plumber_page) -> FastPage | None:  # noqa: ANN001 - pdfplumber Page
        """The page's words and images as pdfplumber gives them, or ``None``: pdfplumber must read it."""
        if not self.enabled:
            return None
        try:
            found = self._page(index, plumber_page)
        except Exception:  # noqa: BLE001 - whatever PDFium or the font parser trips on, pdfplumber reads the page
            return None
        if found is None:
            return None
        if not self.verified:
            self.verified = True
            if not same_words(found[0], reference_words(plumber_page)):
                self.enabled = False
                return None
        return found[1]

    def _page(self, index: int, plumber_page) -> tuple[list[dict], FastPage] | None:  # noqa: ANN001
        """Every word of the page (for the check against pdfplumber), and the page as the reader takes it."""
        if plumber_page.rotation or tuple(plumber_page.mediabox[:2]) != (0, 0):
            return None
        height = float(plumber_page.height)
        page = self.doc[index]
        try:
            if page.get_rotation():
                return None
            content = _content(page.raw, height)
            fonts = self._page_fonts(plumber_page) if content is not None else None
            if fonts is None:
                return None
            textpage = page.get_textpage()
            try:
                chars = self._chars(textpage, content[0], height, fonts)
            finally:
                textpage.close()
            if chars is None:
                return None
            try:
                found = words(chars)
                kept, tables = page_tables(content[2], height, chars, found, index + 1) if content[2] else (found, [])
            except Unsure:
                return None
        finally:
            page.close()
        return found, FastPage(kept, tables, content[1], sum(len(w["text"]) for w in found))

    # -- fonts
    def _page_fonts(self, plumber_page) -> dict[str, tuple] | None:  # noqa: ANN001
        """pdfminer's name, descent and advances of each font of the page, by the name PDFium reports."""
        interpreter = PDFPageInterpreter(self.rsrcmgr, None)
        interpreter.init_resources(plumber_page.page_obj.resources)
        out: dict[str, tuple] = {}
        for font in interpreter.fontmap.values():
            if font.is_vertical():
                return None
            if "\xad" in _unicodes(font):
                return None  # PDFium reports a line-end hyphen as 0x02: a soft one would be lost
            if font not in self._advances:
                self._advances[font] = _advances(font)
            advances = self._advances[font]
            for name in {_unprefixed(font.fontname), _unprefixed(getattr(font, "basefont", ""))}:
                if not name:
                    continue
                known = out.setdefault(name, (str(font.fontname), font.get_descent(), advances))
                if known[:2] != (str(font.fontname), font.get_descent()):
                    return None  # two fonts answer to one name: their characters cannot be told apart
                if known[2] is not advances:
                    # Word embeds one font twice (a simple and a CID subset): widths agree or are dropped.
                    merged = {k: v for k, v in known[2].items() if advances.get(k, v) == v}
                    merged.update((k, v) for k, v in advances.items() if k not in known[2])
                    out[name] = (known[0], known[1], merged)
        return out

    def _font(self, obj, fonts: dict[str, tuple]) -> tuple | None:  # noqa: ANN001
        handle = pdfium_c.FPDFTextObj_GetFont(obj)
        if not handle:
            return None
        address = ctypes.cast(handle, ctypes.c_void_p).value
        if address not in self._names:
            buffer = ctypes.create_string_buffer(256)
            size = pdfium_c.FPDFFont_GetBaseFontName(handle, buffer, len(buffer))
            self._names[address] = buffer.value.decode("utf-8", "replace") if 0 < size <= len(buffer) else ""
        name = self._names[address]
        return fonts.get(_unprefixed(name)) if name else None

    # -- characters
    def _chars(self, textpage, objects: list, height: float,  # noqa: ANN001
               fonts: dict[str, tuple]) -> list[tuple] | None:
        """(text, x0, x1, top, bottom, size, fontname, exact) of each character, in content-stream order;
        ``exact`` when x1 is pdfminer's advance, not PDFium's box.

        PDFium sorts the text objects of a line by x and leaves out those that print nothing
        (Word writes many spaces as text objects of their own); pdfminer keeps both the order of
        the content stream and those spaces. So characters are gathered per text object and
        emitted in the page's object order, and an object PDFium left out stands as a space.
        """
        tp = textpage.raw
        address = ctypes.cast(tp, ctypes.c_void_p).value
        count = max(pdfium_c.FPDFText_CountChars(tp), 0)
        by_object: dict[int, list[int]] = {}
        owners = [_get_text_object(address, i) for i in range(count)]
        for obj, run in groupby(range(count), key=owners.__getitem__):
            if obj:  # no object: a space or line break PDFium made up, which pdfplumber has not
                by_object.setdefault(obj, []).extend(run)
        text = _page_text(tp, count)
        if text is None:
            return None
        point = (ctypes.c_double * 2)()
        px, py = ctypes.addressof(point), ctypes.addressof(point) + 8
        box = pdfium_c.FS_RECTF()
        pbox = ctypes.addressof(box)
        out = []
        append = out.append
        for obj, key in objects:
            style = self._style(obj, fonts)
            if style is None:
                return None
            size, descent, fontname, origin, advances, scale = style
            indices = by_object.pop(key, None)
            if indices is None:
                if not _blank(obj):
                    return None  # left out for another reason (a repeat, marked content): unsure
                bottom = height - (origin[1] + descent)
                append((" ", origin[0], origin[0], bottom - size, bottom, size, fontname, False))
                continue
            # pdfminer's box is the advance; PDFium's loose box runs from the origin to the advance,
            # widened where the ink overhangs. Each glyph of a font and size is checked to fit that
            # box once, and each object's first: horizontal scaling is set per object.
            fits = self._fits.setdefault((fontname, scale), set())
            first = True
            for i in indices:
                _get_origin(address, i, px, py)
                x, bottom = point[0], height - (point[1] + descent)
                char = text[i]
                advance = advances.get(char)
                if advance is None:
                    _get_box(address, i, pbox)
                    append((char, x, box.right, bottom - size, bottom, size, fontname, False))
                    continue
                x1 = x + advance * scale
                if first or char not in fits:
                    _get_box(address, i, pbox)
                    if x1 > box.right + 0.05:
                        return None  # wider than PDFium's box: the widths disagree (scaling?)
                    fits.add(char)
                    first = False
                append((char, x, x1, bottom - size, bottom, size, fontname, True))
        return None if by_object else out

    def _style(self, obj, fonts: dict[str, tuple]) -> tuple | None:  # noqa: ANN001
        """(size, descent, fontname, origin, advances, x scale) of an upright text object, else None."""
        matrix, font_size = pdfium_c.FS_MATRIX(), ctypes.c_float()
        if not (pdfium_c.FPDFPageObj_GetMatrix(obj, matrix) and pdfium_c.FPDFTextObj_GetFontSize(obj, font_size)):
            return None
        if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
            return None  # rotated, skewed or mirrored text: pdfminer's boxes are built differently
        font = self._font(obj, fonts)
        if font is None:
            return None
        fontname, descent, advances = font
        size = font_size.value * matrix.d
        return size, descent * size, fontname, (matrix.e, matrix.f), advances, font_size.value * matrix.a


def _page_text(textpage, count: int) -> str | None:  # noqa: ANN001 - FPDF_TEXTPAGE
    """Each character's text, one per index, as ``FPDFText_GetUnicode`` gives it, mostly from one call;
    None if one has no Unicode (pdfminer writes "(cid:N)") or is right-to-left.

    The page's text holds the same values one to one, except that it writes 0xFFFE for some
    (the line-end hyphen PDFium marks 2, among others): those are asked for one by one.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer) if count else 0
    units = buffer[:count]
    distinct = set(units)
    if written != count + 1 or any(0xD800 <= u <= 0xDFFF for u in distinct):
        units = [pdfium_c.FPDFText_GetUnicode(textpage, i) for i in range(count)]
    elif not distinct.isdisjoint(_BAD_UNICODE):
        units = [pdfium_c.FPDFText_GetUnicode(textpage, i) if u in _BAD_UNICODE else u for i, u in enumerate(units)]
    else:
        return "".join(map(chr, units))
    distinct = set(units) - {2}
    # Only PDFium's own spaces and line breaks have no text object: any other bad value is a glyph's.
    if not distinct.isdisjoint(_BAD_UNICODE) or any(0x590 <= u <= 0x8FF for u in distinct):
        return None
    # PDFium marks a hyphen ending a line 2 (_page_fonts rules out soft ones).
    return "".join(chr(0x2D if u == 2 else u) for u in units)


def reference_words(page) -> list[dict]:  # noqa: ANN001 - pdfplumber Page
    """pdfplumber's ``extract_words(extra_attrs=["size", "fontname"])``, made from pdfminer's characters
    as ``Page.chars`` makes them but without converting every other object too (most of its cost)."""
    if page.pdf.unicode_norm is not None or tuple(page.mediabox[:2]) != (0, 0):
        return page.extract_words(extra_attrs=_ATTRS)
    height, doctop = page.height, page.initial_doctop
    chars = []
    for obj in _layout_chars(page.layout):
        if not isinstance(obj.fontname, str):
            return page.extract_words(extra_attrs=_ATTRS)
        top = height - obj.y1
        chars.append({"text": obj.get_text(), "x0": obj.x0, "x1": obj.x1, "top": top, "bottom": height - obj.y0,
                      "doctop": doctop + top, "upright": obj.upright, "size": obj.size, "fontname": obj.fontname})
    return WordExtractor(extra_attrs=_ATTRS).extract_words(chars)


def _layout_chars(container) -> list:  # noqa: ANN001 - pdfminer LTContainer
    """pdfminer's characters in the order pdfplumber's ``iter_layout_objects`` meets them."""
    out = []
    for obj in container:
        if isinstance(obj, LTContainer):
            out += _layout_chars(obj)
        elif isinstance(obj, LTChar):
            out.append(obj)
    return out


def same_words(fast: list[dict], slow: list[dict]) -> bool:
    """Whether two word lists agree: same texts and fonts, positions within a glyph's overshoot."""
    if len(fast) != len(slow):
        return False
    for a, b in zip(fast, slow):
        if a["text"] != b["text"] or a["fontname"] != b["fontname"] or abs(a["size"] - b["size"]) > 0.01:
            return False
        if max(abs(a[k] - b[k]) for k in ("x0", "top", "bottom")) > 0.01 or abs(a["x1"] - b["x1"]) > 0.1 * a["size"]:
            return False
    return True


def _advances(font) -> dict[str, float]:  # noqa: ANN001 - pdfminer PDFFont
    """Each character's advance per point of font size, by its text (left out where codes disagree)."""
    cids = set(getattr(font, "cid2unicode", {}))
    cmap = getattr(font, "unicode_map", None)
    if cmap is not None and hasattr(cmap, "cid2unichr"):
        cids.update(cmap.cid2unichr)
    out: dict[str, float | None] = {}
    for cid in cids:
        try:
            text, width = font.to_unichr(cid), font.char_width(cid)
        except Exception:  # noqa: BLE001 - pdfminer's lookups raise several kinds; such a code is skipped
            continue
        if len(text) == 1 and out.setdefault(text, width) != width:
            out[text] = None  # two codes print this text with different widths
    return {k: v for k, v in out.items() if v is not None}


def _unicodes(font) -> set[str]:  # noqa: ANN001 - pdfminer PDFFont
    """The texts a pdfminer font can give its characters (ToUnicode map, else its encoding)."""
    cmap = getattr(font, "unicode_map", None)
    if cmap is not None and hasattr(cmap, "cid2unichr"):
        return set(cmap.cid2unichr.values())
    return set(getattr(font, "cid2unicode", {}).values())


def _unprefixed(name: object) -> str:
    """A font name without its subset tag: ``ABCDEE+Calibri`` -> ``Calibri``."""
    text = name if isinstance(name, str) else str(name or "")
    head, plus, tail = text.partition("+")
    return tail if plus and len(head) == 6 and head.isupper() else text


def _content(page, height: float) -> tuple[list, list[dict], list] | None:  # noqa: ANN001 - FPDF_PAGE
    """The page's text objects (handle, address) in stream order, its images as pdfplumber places
    them, and its path objects; ``None`` if a form XObject needs walking."""
    texts: list = []
    images: list[dict] = []
    paths: list = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            texts.append((obj, ctypes.cast(obj, ctypes.c_void_p).value))
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                return None
            images.append({"x0": left.value, "x1": right.value, "top": height - top.value,
                           "bottom": height - bottom.value})
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths.append(obj)
        elif kind != pdfium_c.FPDF_PAGEOBJ_SHADING:
            return None  # a form XObject: its contents would need walking with their own matrix
    return texts, images, paths


def _blank(obj) -> bool:  # noqa: ANN001 - FPDF_PAGEOBJECT
    """Whether a text object prints nothing (its glyphs have no extent): spaces, as a rule."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    return bool(pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)) and right.value - left.value < 0.01


def words(chars: list[tuple]) -> list[dict]:
    """pdfplumber's word grouping, on ``_chars``' (text, x0, x1, top, bottom, size, fontname, ...) tuples.

    As ``pdfplumber.utils.text.WordExtractor`` does with ``extra_attrs=["size", "fontname"]``:
    consecutive characters of one size and font form a run; a run is cut into lines (tops
    chained within 3 pt), each line read by x0 and split at spaces and at gaps over 3 pt.
    Raises ``Unsure`` where pdfminer's coordinates could cut or order them otherwise.
    """
    out: list[dict] = []
    for (size, fontname), run in groupby(chars, key=_STYLE):
        for line in lines_by_top(list(run)):
            if not _baselines_apart(line):
                raise Unsure
            for word in line_words(line):
                text, x0, x1, top, bottom = list(zip(*word))[:5]
                out.append({"text": "".join(text).translate(_LIGATURES), "x0": min(x0), "x1": max(x1),
                            "top": min(top), "bottom": max(bottom), "size": size, "fontname": fontname})
    return out


def _baselines_apart(line: list[tuple]) -> bool:
    """Whether a line holding text on more than one baseline reads the same cut into runs by baseline.

    pdfminer's size is a difference of two coordinates, so text on another baseline can differ
    from it in the last bit and start a run of its own, where here they share one. No word
    changes while each stretch of the stream on one baseline keeps to itself across, over 3 pt
    clear of the others.
    """
    if len({c[3] for c in line}) == 1:
        return True
    stretches: list[tuple[float, int, float]] = []
    n, last = -1, None
    for c in line:
        if c[3] != last:
            n, last = n + 1, c[3]
        stretches.append((c[1], n, c[2]))
    stretches.sort()
    done: set[int] = set()
    current, reach = stretches[0][1], stretches[0][2]
    for x0, k, x1 in stretches[1:]:
        if k != current:
            if k in done or x0 <= reach + 3.0:
                return False
            done.add(current)
            current, reach = k, x1
        reach = max(reach, x1)
    return True
