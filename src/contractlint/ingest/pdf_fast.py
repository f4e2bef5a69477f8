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

A page goes back to pdfplumber (``None``) whenever the two could differ: a rotated or offset
page, a form XObject, text that is not upright, a character without a Unicode mapping, fonts
that cannot be matched one to one, or drawings that could make a ruled table with two cells in a
row (more than two distinct x positions among vertical edges of 1 pt or more: pdfplumber's
table finder builds every cell from those edges and drops shorter ones before merging).
"""

from __future__ import annotations

import ctypes
from itertools import groupby
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.utils.text import LIGATURES

# pdfplumber's extract_words defaults: a gap over 3 pt starts a word; tops within 3 pt share a line.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# pdfplumber's table finder first drops edges shorter than this (edge_min_length_prefilter);
# a little less here so that rounding never hides an edge it keeps.
MIN_EDGE = 0.9
# No Unicode known (PDFium's control codes for unmapped glyphs): pdfminer writes "(cid:N)" or other.
_BAD_UNICODE = {0, 0x3, 0x93, 0x94, 0x96, 0x97, 0x98, 0xFFFD, 0xFFFE, 0xFFFF}
# Prototypes returning plain addresses: ctypes pointers are slow to compare and cannot be keys.
_ADDRESS = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_get_text_object = _ADDRESS(ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)


class FastPage(NamedTuple):
    """What the reader needs from a page: its words, and its images for the pictured-number check."""

    words: list[dict]
    images: list[dict]


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
        if found is not None and not self.verified:
            self.verified = True
            if not same_words(found.words, plumber_page.extract_words(extra_attrs=["size", "fontname"])):
                self.enabled = False
                return None
        return found

    def _page(self, index: int, plumber_page) -> FastPage | None:  # noqa: ANN001
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
        finally:
            page.close()
        return None if chars is None else FastPage(words(chars), content[1])

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
        """(text, x0, x1, top, bottom, size, fontname) of each character, in content-stream order.

        PDFium sorts the text objects of a line by x and leaves out those that print nothing
        (Word writes many spaces as text objects of their own); pdfminer keeps both the order of
        the content stream and those spaces. So characters are gathered per text object and
        emitted in the page's object order, and an object PDFium left out stands as a space.
        """
        tp = textpage.raw
        address = ctypes.cast(tp, ctypes.c_void_p).value
        by_object: dict[int, list[int]] = {}
        for i in range(max(pdfium_c.FPDFText_CountChars(tp), 0)):
            obj = _get_text_object(address, i)
            if obj:  # no object: a space or line break PDFium made up, which pdfplumber has not
                by_object.setdefault(obj, []).append(i)
        get_unicode, get_origin = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharOrigin
        get_box = pdfium_c.FPDFText_GetLooseCharBox
        x, y, box = ctypes.c_double(), ctypes.c_double(), pdfium_c.FS_RECTF()
        px, py, pbox = ctypes.byref(x), ctypes.byref(y), ctypes.byref(box)
        out = []
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
                out.append((" ", origin[0], origin[0], bottom - size, bottom, size, fontname))
                continue
            for i in indices:
                code = get_unicode(tp, i)
                if code == 2:
                    code = 0x2D  # PDFium marks a hyphen ending a line so (_page_fonts rules out soft ones)
                elif code in _BAD_UNICODE or 0x590 <= code <= 0x8FF:
                    return None  # unmapped glyph (pdfminer writes "(cid:N)"), or right-to-left text
                get_origin(tp, i, px, py)
                get_box(tp, i, pbox)
                bottom = height - (y.value + descent)
                # PDFium's loose box runs from the origin to the advance, widened to the glyph's
                # ink where that overhangs (an italic f by a point): pdfminer's box is the advance.
                text = chr(code)
                x1 = box.right
                advance = advances.get(text)
                if advance is not None:
                    if x.value + advance * scale > x1 + 0.05:
                        return None  # wider than PDFium's box: the widths disagree (scaling?)
                    x1 = x.value + advance * scale
                out.append((text, x.value, x1, bottom - size, bottom, size, fontname))
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


def _content(page, height: float) -> tuple[list, list[dict]] | None:  # noqa: ANN001 - FPDF_PAGE
    """The page's text objects (handle, address) in stream order and its images as pdfplumber
    places them; ``None`` if a drawing could make a table, or a form XObject needs walking."""
    texts: list = []
    images: list[dict] = []
    vertical_x: set[float] = set()
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
            if not _vertical_edges(obj, vertical_x) or len(vertical_x) > 2:
                return None
        elif kind != pdfium_c.FPDF_PAGEOBJ_SHADING:
            return None  # a form XObject: its contents would need walking with their own matrix
    return texts, images


def _blank(obj) -> bool:  # noqa: ANN001 - FPDF_PAGEOBJECT
    """Whether a text object prints nothing (its glyphs have no extent): spaces, as a rule."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    return bool(pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)) and right.value - left.value < 0.01


def _vertical_edges(path, xs: set[float]) -> bool:  # noqa: ANN001 - FPDF_PAGEOBJECT
    """Add the x of every segment of ``path`` that rises 1 pt or more; False if it cannot be read.

    Generous on purpose: a slanted segment counts at both ends, and Bézier control points count
    as corners, so the set holds at least the x positions pdfplumber's vertical edges have.
    """
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(path, matrix):
        return False
    px, py = ctypes.c_float(), ctypes.c_float()
    start = prev = None
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, px, py):
            return False
        point = (matrix.a * px.value + matrix.c * py.value + matrix.e,
                 matrix.b * px.value + matrix.d * py.value + matrix.f)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = prev = point
            continue
        if prev is not None:
            _edge(prev, point, xs)
        prev = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            _edge(point, start, xs)
            prev = start
    return True


def _edge(a: tuple[float, float], b: tuple[float, float], xs: set[float]) -> None:
    if abs(a[1] - b[1]) >= MIN_EDGE:
        xs.update((round(a[0], 3), round(b[0], 3)))


def words(chars: list[tuple]) -> list[dict]:
    """pdfplumber's word grouping, on (text, x0, x1, top, bottom, size, fontname) tuples.

    As ``pdfplumber.utils.text.WordExtractor`` does with ``extra_attrs=["size", "fontname"]``:
    consecutive characters of one size and font form a run; a run is cut into lines (tops
    chained within 3 pt), each line read by x0 and split at spaces and at gaps over 3 pt.
    """
    out: list[dict] = []
    for (size, fontname), run in groupby(chars, key=lambda c: (c[5], c[6])):
        for line in _lines(list(run)):
            line.sort(key=lambda c: c[1])
            current: list[tuple] = []
            for ch in line:
                if ch[0].isspace():
                    if current:
                        out.append(_word(current, size, fontname))
                    current = []
                    continue
                if current:
                    prev = current[-1]
                    if ch[1] < prev[1] or ch[1] > prev[2] + X_TOLERANCE or abs(ch[3] - prev[3]) > Y_TOLERANCE:
                        out.append(_word(current, size, fontname))
                        current = []
                current.append(ch)
            if current:
                out.append(_word(current, size, fontname))
    return out


def _lines(chars: list[tuple]) -> list[list[tuple]]:
    """pdfplumber's ``cluster_objects`` on top: distinct tops chained within the tolerance."""
    cluster: dict[float, int] = {}
    n, last = 0, None
    for top in sorted({c[3] for c in chars}):
        if last is not None and top > last + Y_TOLERANCE:
            n += 1
        cluster[top] = n
        last = top
    lines: list[list[tuple]] = [[] for _ in range(n + 1)]
    for c in chars:
        lines[cluster[c[3]]].append(c)
    return lines


def _word(chars: list[tuple], size: float, fontname: str) -> dict:
    return {
        "text": "".join(LIGATURES.get(c[0], c[0]) for c in chars),
        "x0": min(c[1] for c in chars), "x1": max(c[2] for c in chars),
        "top": min(c[3] for c in chars), "bottom": max(c[4] for c in chars),
        "size": size, "fontname": fontname,
    }
