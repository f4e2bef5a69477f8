"""Ruled tables from PDFium's path objects, found as pdfplumber's table finder finds them.

pdfplumber (default settings: the "lines" strategy) turns pdfminer's lines, rectangles and curves
into horizontal and vertical edges, snaps edges within 3 pt to their average, joins collinear
edges less than 3 pt apart, drops those shorter than 3 pt, and makes a cell of every rectangle
whose four sides are edges; cells that share a corner make a table. This module does the same on
the paths PDFium reports, classified into lines, rectangles and curves by pdfminer's own rules,
and fills the cells with PDFium's characters as ``Table.extract`` does.

PDFium keeps coordinates as 32-bit floats where pdfminer uses 64-bit ones, and its character
boxes can end a little off pdfminer's, so a comparison too close to its threshold (a gap of
exactly 3 pt, a letter on a cell border) could go either way. Each such comparison is tried both
ways (``Choices``); if every way gives the same tables and words, that is the answer, otherwise
the finder raises ``Unsure`` and pdfplumber reads the page.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter, sub

import pypdfium2.raw as pdfium_c
from pdfplumber.utils.text import LIGATURES

from contractlint.ingest.pdf_layout import Table

# pdfplumber's TableSettings defaults, and extract_text's tolerances inside a cell.
SNAP = JOIN = INTERSECTION = 3.0
PREFILTER = 1.0
MIN_LENGTH = 3.0
X_TOLERANCE = Y_TOLERANCE = 3.0
# Path coordinates agree with pdfminer's to 1e-4 pt; characters' tops to 0.01 pt.
EPS = 1e-3
Y_SLACK = 0.02
# At most this many ways of deciding close comparisons are tried before giving up.
MAX_RUNS = 16
# More edges than this make a chart or a drawing, whose every crossing would be tried.
MAX_EDGES = 4000
_SUBPATH = re.compile(r"m[^m]+")
_LIGATURES = str.maketrans(LIGATURES)
_X0 = itemgetter(1)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


class Unsure(Exception):
    """The finder cannot be sure it would agree with pdfplumber: pdfplumber must read the page."""


@dataclass(slots=True)
class Edge:
    """A horizontal (``h``) or vertical (``v``) edge: ``at`` is its top or x, ``lo``-``hi`` its span."""

    kind: str
    at: float
    lo: float
    hi: float
    length: float


class Choices:
    """Threshold comparisons; one too close to call is decided by ``script``, else as the floats say."""

    def __init__(self, script: list[bool]) -> None:
        self.script = script
        self.made: list[bool] = []
        self._memo: dict[tuple[float, float], bool] = {}

    def le(self, a: float, b: float, slack: float = EPS) -> bool:
        """``a <= b``, where a difference within ``slack`` is a choice (the same pair, the same choice)."""
        if a < b - slack:
            return True
        if a > b + slack:
            return False
        if (a, b) not in self._memo:
            n = len(self.made)
            self.made.append(self.script[n] if n < len(self.script) else a <= b)
            self._memo[(a, b)] = self.made[-1]
        return self._memo[(a, b)]


def explore(attempt: Callable[[Choices], tuple]) -> tuple:
    """``attempt``'s result ``(key, value)`` when every way of making its close choices gives one key."""
    scripts: list[list[bool]] = [[]]
    first = None
    for _ in range(MAX_RUNS):
        if not scripts:
            return first
        script = scripts.pop()
        choices = Choices(script)
        result = attempt(choices)
        if first is None:
            first = result
        elif result[0] != first[0]:
            raise Unsure
        made = choices.made
        scripts += [made[:j] + [not made[j]] for j in range(len(script), len(made))]
    if scripts:
        raise Unsure
    return first


# -- paths -> pdfminer's objects -> pdfplumber's edges

def path_edges(paths: list, height: float) -> tuple[list[Edge], bool]:  # noqa: ANN001 - FPDF_PAGEOBJECTs
    """The edges pdfplumber takes from these path objects, and whether any is a line or a rectangle
    (pdfplumber's reader looks for tables only then)."""
    edges: list[Edge] = []
    ruled = False
    for path in paths:
        for shape, pts in _subpaths(path):
            ruled = _add_object(shape, pts, height, edges) or ruled
    return edges, ruled


def _subpaths(path) -> list[tuple[str, list[tuple[float, float]]]]:  # noqa: ANN001
    """The path as pdfminer's painting sees it: (shape, points) per subpath, in page space.

    PDFium reports a closing ``h`` as a line back to the start flagged closed; it is read as
    "l h", which pdfminer's own clean-up of a redundant closing line turns into what it had.
    """
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(path, matrix):
        raise Unsure
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    px, py = ctypes.c_float(), ctypes.c_float()
    rx, ry = ctypes.byref(px), ctypes.byref(py)
    ops: list[str] = []
    pts: list[tuple[float, float]] = []
    start = None
    bezier = 0
    count = pdfium_c.FPDFPath_CountSegments(path)
    if count < 0:
        raise Unsure
    for i in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, rx, ry):
            raise Unsure
        x, y = px.value, py.value
        point = (a * x + c * y + e, b * x + d * y + f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point: pdfminer keeps only where the curve ends
            ops.append("c")
        elif kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if bezier % 3:
                raise Unsure
            ops.append("m")
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            ops.append("l")
        else:
            raise Unsure
        pts.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            if start is None:
                raise Unsure
            ops.append("h")
            pts.append(start)
    if bezier % 3:
        raise Unsure
    shape = "".join(ops)
    if shape[:1] != "m":
        return []  # pdfminer paints nothing that does not start with a move
    return [(shape[m.start():m.end()], pts[m.start():m.end()]) for m in _SUBPATH.finditer(shape)]


def _add_object(shape: str, pts: list[tuple[float, float]], height: float, edges: list[Edge]) -> bool:
    """Classify a subpath as pdfminer's paint_path does and add its edges as pdfplumber makes them
    (tops measured down the page); True for a line or a rectangle."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    line = shape in ("mlh", "ml")
    if line or shape in ("mlllh", "mllll") and pts[0] == pts[4] and _square(pts):
        xs, ys = [p[0] for p in pts[:3]], [p[1] for p in pts[:3]]  # a line's ends, a box's corners
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top, bottom, w, h = height - y1, height - y0, x1 - x0, y1 - y0
        if not line:
            edges += [Edge("h", top, x0, x1, w), Edge("h", top + h, x0, x1, w),
                      Edge("v", x0, top, bottom, h), Edge("v", x1, top, bottom, h)]
        elif top == bottom:
            edges.append(Edge("h", top, x0, x1, w))
        else:  # pdfplumber calls any line not level "vertical", slanted ones too, at their left end
            edges.append(Edge("v", x0, top, bottom, h))
        return True
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):  # a curve: an edge between each two points
        ta, tb = height - ya, height - yb
        if xa == xb:
            edges.append(Edge("v", xa, min(ta, tb), max(ta, tb), abs(ta - tb)))
        elif ta == tb:
            edges.append(Edge("h", ta, min(xa, xb), max(xa, xb), abs(xa - xb)))
    return False


def _square(pts: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


# -- pdfplumber's TableFinder, lines strategy

def merge_edges(edges: list[Edge], ch: Choices) -> list[Edge]:
    """Prefilter, snap, join and filter the edges as ``TableFinder.get_edges`` does."""
    out: list[Edge] = []
    for kind in ("v", "h"):
        kept = [e for e in edges if e.kind == kind and ch.le(PREFILTER, e.length)]
        for at, group in _snap(kept, ch):
            for edge in _join(group, ch):
                if ch.le(MIN_LENGTH, edge.length):
                    edge.at = at
                    out.append(edge)
    return out


def _snap(edges: list[Edge], ch: Choices) -> list[tuple[float, list[Edge]]]:
    """Edges clustered by position (chained within the tolerance), each cluster at its average."""
    if not edges:
        return []
    edges = sorted(edges, key=lambda e: e.at)
    clusters: list[list[Edge]] = [[edges[0]]]
    for prev, edge in zip(edges, edges[1:]):
        if edge.at == prev.at or ch.le(edge.at, prev.at + SNAP):
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    out = []
    for cluster in clusters:
        avg = sum(e.at for e in cluster) / len(cluster)
        # pdfplumber moves each edge by (avg - at): exactly onto avg only while the two are within
        # a factor of two (Sterbenz), which keeps every edge of a cluster on one line.
        if any(not (avg / 2 <= e.at <= 2 * avg) for e in cluster):
            raise Unsure
        out.append((avg, cluster))
    return out


def _join(edges: list[Edge], ch: Choices) -> list[Edge]:
    """Collinear edges less than the tolerance apart, made one (pdfplumber's join_edge_group)."""
    edges = sorted(edges, key=lambda e: e.lo)
    joined = [Edge(edges[0].kind, edges[0].at, edges[0].lo, edges[0].hi, edges[0].length)]
    for edge in edges[1:]:
        last = joined[-1]
        if ch.le(edge.lo, last.hi + JOIN):
            if edge.hi > last.hi:
                last.length += edge.hi - last.hi
                last.hi = edge.hi
        else:
            joined.append(Edge(edge.kind, edge.at, edge.lo, edge.hi, edge.length))
    return joined


def intersections(edges: list[Edge], ch: Choices) -> dict[tuple[float, float], tuple[set[int], set[int]]]:
    """Each point where a vertical and a horizontal edge meet (within the tolerance): the ids of both."""
    verticals = sorted((e for e in edges if e.kind == "v"), key=lambda e: e.at)
    xs = [v.at for v in verticals]
    found: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    t = INTERSECTION
    for h in (e for e in edges if e.kind == "h"):
        for v in verticals[bisect_left(xs, h.lo - t - 2 * EPS):bisect_right(xs, h.hi + t + 2 * EPS)]:
            if ch.le(v.lo, h.at + t) and ch.le(h.at - t, v.hi) and ch.le(h.lo - t, v.at) and ch.le(v.at, h.hi + t):
                point = found.setdefault((v.at, h.at), (set(), set()))
                point[0].add(id(v))
                point[1].add(id(h))
    return found


def cells(points: dict[tuple[float, float], tuple[set[int], set[int]]]) -> list[Box]:
    """pdfplumber's intersections_to_cells: from each point, the smallest box whose sides are edges."""
    down: dict[float, list[float]] = {}
    across: dict[float, list[float]] = {}
    for x, y in sorted(points):
        down.setdefault(x, []).append(y)
        across.setdefault(y, []).append(x)
    out = []
    for x, y in sorted(points):
        vs, hs = points[(x, y)]
        below = [b for b in down[x] if b > y and not vs.isdisjoint(points[(x, b)][0])]
        right = [r for r in across[y] if r > x and not hs.isdisjoint(points[(r, y)][1])]
        out += _smallest(x, y, below, right, points)
    return out


def _smallest(x: float, y: float, below: list[float], right: list[float],
              points: dict[tuple[float, float], tuple[set[int], set[int]]]) -> list[Box]:
    for b in below:
        for r in right:
            corner = points.get((r, b))
            if corner and not corner[0].isdisjoint(points[(r, y)][0]) and not corner[1].isdisjoint(points[(x, b)][1]):
                return [(x, y, r, b)]
    return []


def group_cells(found: list[Box]) -> list[list[Box]]:
    """pdfplumber's cells_to_tables: cells sharing corners, greedily; tables of two cells or more."""
    remaining = list(found)
    corners: set[tuple[float, float]] = set()
    current: list[Box] = []
    tables = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            mine = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in mine):
                corners.update(mine)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def _bbox(cells: list[Box]) -> Box:
    return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))


def _columns(edges: list[Edge]) -> int:
    """The most vertical lines the edges could snap to, however close calls go."""
    xs = sorted({e.at for e in edges if e.kind == "v" and e.length >= PREFILTER - EPS})
    return sum(1 for a, b in zip(xs, xs[1:]) if b > a + SNAP - EPS) + bool(xs)


# -- cells -> text, as Table.extract and the reader do

def table_rows(grid: list[Box], chars: list[tuple], ch: Choices) -> list[list[str]]:
    """Each row's cell texts (spaces collapsed; a missing cell is ""), as ``Table.extract`` gives them."""
    xs = sorted({c[0] for c in grid})
    rows: dict[float, dict[float, Box]] = {}
    for cell in sorted(grid, key=lambda c: (c[1], c[0])):
        rows.setdefault(cell[1], {})[cell[0]] = cell
    x0, top, x1, bottom = _bbox(grid)
    top, bottom = top - Y_SLACK, bottom + Y_SLACK
    # The characters whose middle could be in the table, numbered to keep their order.
    band = [(*c, i) for i, c in enumerate(chars) if c[3] <= bottom and c[4] >= top]
    marks = [m for m in map(_middle, band) if top <= m[1] <= bottom and x0 - m[2] <= m[0] <= x1 + m[2]]
    inside: dict[Box, list[tuple]] = {cell: [] for cell in grid}
    loose: list[tuple] = []
    for h, v, sx, c in marks:
        for cell in grid:
            if cell[0] - sx <= h <= cell[2] + sx and cell[1] - Y_SLACK <= v <= cell[3] + Y_SLACK:
                firm = cell[0] + sx < h < cell[2] - sx and cell[1] + Y_SLACK < v < cell[3] - Y_SLACK
                if c[0].isspace() and not firm:
                    loose.append(c)
                    break
                if _in_box(h, v, sx, cell, ch):
                    inside[cell].append(c)
    for c in loose:
        _check_inert(c, grid, inside)
    return [[_text(inside[row[x]]) if x in row else "" for x in xs] for row in rows.values()]


def _middle(c: tuple) -> tuple[float, float, float, tuple]:
    """(middle x, middle y, how far across that may be from pdfminer's, the character).

    An advance pdfminer knows puts x1 within 0.001 pt of its; PDFium's box can end a tenth of the
    size off, and it gives a dropped space no width where pdfminer gives its advance.
    """
    if c[7]:
        return (c[1] + c[2]) / 2, (c[3] + c[4]) / 2, Y_SLACK, c
    if c[0].isspace():
        return c[1] + 0.25 * c[5], (c[3] + c[4]) / 2, 0.25 * c[5] + 0.5, c
    return (c[1] + c[2]) / 2, (c[3] + c[4]) / 2, max(0.5, 0.06 * c[5]), c


def _in_box(h: float, v: float, sx: float, box: Box, ch: Choices) -> bool:
    """pdfplumber's char_in_bbox: the middle in [x0, x1) and [top, bottom)."""
    return (ch.le(box[0], h, sx) and not ch.le(box[2], h, sx)
            and ch.le(box[1], v, Y_SLACK) and not ch.le(box[3], v, Y_SLACK))


def _check_inert(c: tuple, grid: list[Box], inside: dict[Box, list[tuple]]) -> None:
    """A space on a cell border is harmless if no cell it could fall in reads differently with it."""
    h, v, sx, _ = _middle(c)
    for cell in grid:
        if cell[0] - sx <= h <= cell[2] + sx and cell[1] - Y_SLACK <= v <= cell[3] + Y_SLACK:
            members = inside[cell]
            if _text(members) != _text(sorted([*members, c], key=lambda m: m[8])):
                raise Unsure


def _text(chars: list[tuple]) -> str:
    """pdfplumber's ``extract_text`` (no layout) of a cell's characters, spaces collapsed as the reader does."""
    words = [("".join(c[0] for c in w).translate(_LIGATURES), min(c[3] for c in w))
             for line in lines_by_top(chars) for w in line_words(line)]
    # extract_text clusters the words into lines again by top; the order then is all that is left.
    return " ".join(w[0] for line in lines_by_top([(w[0], 0, 0, w[1]) for w in words]) for w in line)


def line_words(line: list[tuple]) -> list[list[tuple]]:
    """One line's characters, sorted here by x0, cut as pdfplumber's WordExtractor cuts them:
    at spaces, and where a character starts left of the last or over 3 pt after it ends.

    Unsure where pdfminer's coordinates could order two different characters the other way (x0
    apart by no more than PDFium's rounding) or put a gap on the other side of 3 pt.
    """
    line.sort(key=_X0)
    xs = list(map(_X0, line))
    if min(map(sub, xs[1:], xs), default=EPS) < EPS and any(
            b[1] - a[1] < EPS and (a[0] != b[0] or a[3] != b[3]) for a, b in zip(line, line[1:])):
        raise Unsure
    out: list[list[tuple]] = []
    current: list[tuple] = []
    px1 = ptop = 0.0
    exact = True
    for c in line:
        if c[0].isspace():
            if current:
                out.append(current)
                current = []
            continue
        x0, top = c[1], c[3]
        # (pdfplumber also cuts where x0 goes back, which sorted characters never do.)
        if current and (x0 - px1 > X_TOLERANCE - 0.05 or top != ptop):
            gap, rise = x0 - px1, abs(top - ptop)
            # x1 from PDFium's box (not exact) may be a few hundredths off pdfminer's
            if abs(gap - X_TOLERANCE) < (EPS if exact else 0.05) or abs(rise - Y_TOLERANCE) < EPS:
                raise Unsure
            if gap > X_TOLERANCE or rise > Y_TOLERANCE:
                out.append(current)
                current = []
        current.append(c)
        px1, ptop, exact = c[2], top, c[7]
    if current:
        out.append(current)
    return out


def lines_by_top(chars: list[tuple]) -> list[list[tuple]]:
    """pdfplumber's ``cluster_objects`` on top (item 3): distinct tops chained within 3 pt, order kept.
    Unsure where two tops are so near 3 pt apart that pdfminer's could fall on the other side."""
    cluster: dict[float, int] = {}
    n, last = 0, None
    for top in sorted({c[3] for c in chars}):
        if last is not None:
            if abs(top - last - Y_TOLERANCE) < EPS:
                raise Unsure
            if top > last + Y_TOLERANCE:
                n += 1
        cluster[top] = n
        last = top
    lines: list[list[tuple]] = [[] for _ in range(n + 1)]
    for c in chars:
        lines[cluster[c[3]]].append(c)
    return lines


# -- the page

def page_tables(paths: list, height: float, chars: list[tuple], words: list[dict],  # noqa: ANN001
                number: int) -> tuple[list[dict], list[Table]]:
    """The page's words outside its ruled tables, and those tables, as the reader makes them from
    pdfplumber's ``find_tables``; raises ``Unsure`` where the two could differ.

    ``chars`` are (text, x0, x1, top, bottom, size, fontname, exact) in content-stream order.
    """
    edges, ruled = path_edges(paths, height)
    if not ruled or _columns(edges) < 3:
        return words, []  # not looked for, or no row could have two cells: no table is kept
    if len(edges) > MAX_EDGES:
        raise Unsure  # a drawing, not a table: no faster here than in pdfplumber
    _, (kept, tables) = explore(lambda ch: _attempt(edges, chars, words, number, ch))
    return [words[i] for i in kept], tables


def _attempt(edges: list[Edge], chars: list[tuple], words: list[dict], number: int, ch: Choices) -> tuple:
    """One way through the close calls: (what the Document depends on, (kept word indices, tables))."""
    tables: list[Table] = []
    boxes = []
    for grid in group_cells(cells(intersections(merge_edges(edges, ch), ch))):
        if all(len({c[0] for c in grid if c[1] == top}) < 2 for top in {c[1] for c in grid}):
            continue  # one cell a row at most: never two filled cells, whatever the text
        rows = table_rows(grid, chars, ch)
        # Shading and boxed notes come back as one-column "tables": a real table has a row with
        # two filled cells (the reader's rule).
        if any(sum(1 for cell in row if cell) >= 2 for row in rows):
            box = _bbox(grid)
            tables.append(Table(box[1], [r for r in rows if any(r)], number))
            boxes.append(box)
    if not tables:
        return ((), [], []), (list(range(len(words))), [])
    kept = [i for i, w in enumerate(words) if not any(_word_in(w, b, ch) for b in boxes)]
    # Lines and tables are sorted by top, a line first on a tie: which words come before each table.
    before = [frozenset(i for i in kept if ch.le(words[i]["top"], t.top, Y_SLACK)) for t in tables]
    return (tuple(kept), [(t.rows, t.page) for t in tables], before), (kept, tables)


def _word_in(w: dict, box: Box, ch: Choices) -> bool:
    """The reader's test of a word inside a table's box: its middle, borders included."""
    x, y, sx = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2, max(0.5, 0.06 * w["size"])
    if not (box[0] - sx <= x <= box[2] + sx and box[1] - Y_SLACK <= y <= box[3] + Y_SLACK):
        return False
    return ch.le(box[0], x, sx) and ch.le(x, box[2], sx) and ch.le(box[1], y, Y_SLACK) and ch.le(y, box[3], Y_SLACK)
