"""PDF layout: positioned words into lines, lines into paragraph, heading, toc and table blocks.

A PDF holds no paragraphs, only words at coordinates. This module rebuilds what the author wrote:
lines from words that share a baseline, running headers and page numbers dropped, lines joined
into paragraphs at vertical gaps and at typed clause numbers, and headings told apart by size or
bold. It knows nothing of pdfplumber: it sees plain word dicts (``text``, ``x0``, ``x1``, ``top``,
``bottom``, ``size``, ``fontname``), so it is tested and tuned without opening a file.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from contractlint.document.labels import parse_label
from contractlint.ingest.blocks import RawBlock

# Running headers and footers sit in these bands (share of page height). Word's default footer
# starts about 9% up from the bottom edge, so the band is a little wider than the nominal 8%.
MARGIN = 0.10
PAGE_NUMBER_MARGIN = 0.15
MAX_HEADING_WORDS = 12

_BOLD = re.compile(r"bold|black|heavy", re.I)
_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-–—]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—]?            # 3 · - 3 - · iv
      | (?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?  # Page 3 · Page 3 of 10
      | \d{1,4}\s*(?:of|/)\s*\d{1,4}                           # 3 of 10 · 3/10
      | \d{1,4}\s*\|\s*page | page\s*\|\s*\d{1,4}              # 3 | Page · Page | 3
    )$""",
    re.I | re.X,
)
_TOC_LINE = re.compile(r"^\S.{1,150}?(?:\.{4,}|(?:\. ){4,}|…+)\s*\d{1,4}$")
_BULLETS = "•●▪■◦‣∙○"
_DASHES = "–-"
# Symbol/Wingdings bullets land in the private use area; map them (and ligatures) to plain text.
_CLEAN = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•",
                        "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": ""})
# Symbol-font glyphs also land in the private use area; their low half mirrors ASCII punctuation.
_SYMBOL = str.maketrans({
    **{0xF000 + c: chr(c) for c in b" !#%&()+,./0123456789:;<=>?[]_|{}"},
    0xF02D: "-", 0xF0B4: "×", 0xF0B8: "÷", 0xF0A3: "≤", 0xF0B3: "≥", 0xF0B1: "±", 0xF0B7: "•", 0xF0A5: "∞",
})
_MATH = set("=+<>×÷±≤≥∑")
# A line-start number after one of these words continues a cross-reference ("under Clause\n12.3").
_REFERENCE_WORDS = {"clause", "clauses", "paragraph", "paragraphs", "schedule", "schedules", "section",
                    "sections", "article", "articles", "annex", "appendix", "part", "parts", "subclause", "no.",
                    "number", "see", "to", "of", "under", "in", "with", "by", "per"}
# "within three\n(3) Months": a bracketed figure after its number word repeats it, opens nothing.
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                 "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"}
# Compound prefixes whose line-end hyphen is real even before a lowercase word ("non-\nexclusive").
_HYPHEN_PREFIXES = {"non", "self", "co", "cross", "well", "third", "anti", "multi", "semi", "sub", "ex",
                    "post", "inter", "pre", "re", "e"}
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_URL = re.compile(r"https?://|www\.|\w/\w")
_URL_PART = re.compile(r"[/_%=]|\.\w")
_TERMINAL = (".", ":", ";", "!", "?")


@dataclass(slots=True)
class Line:
    """One visual line of text on a page."""

    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    words: int
    page: int


@dataclass(slots=True)
class Table:
    """A ruled table found on a page, placed in reading order by its top edge."""

    top: float
    rows: list[list[str]]
    page: int


@dataclass
class _Block:
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    heading: bool = False
    toc: bool = False


def group_lines(words: list[dict], page: int) -> list[Line]:
    """Group words into lines (shared vertical extent), top to bottom, each read left to right."""
    groups: list[tuple[float, float, list[dict]]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        top, bottom = w["top"], w["bottom"]
        if groups:
            g_top, g_bottom, members = groups[-1]
            # Half the smaller height must overlap, so a superscript joins its line but the next
            # line (even with tight leading) does not.
            overlap = min(bottom, g_bottom) - max(top, g_top)
            if overlap >= 0.5 * min(bottom - top, g_bottom - g_top):
                members.append(w)
                groups[-1] = (min(top, g_top), max(bottom, g_bottom), members)
                continue
        groups.append((top, bottom, [w]))
    return [_make_line(members, top, bottom, page) for top, bottom, members in groups]


def _make_line(members: list[dict], top: float, bottom: float, page: int) -> Line:
    members.sort(key=lambda w: w["x0"])
    parts: list[str] = []
    sizes: Counter[float] = Counter()
    bold = True
    prev = None
    for w in members:
        text = w["text"]
        if "Symbol" in w["fontname"]:
            text = text.translate(_SYMBOL)
        elif prev is None and _UNMAPPED.fullmatch(text):
            text = "•"  # a glyph without a character code, first on its line, is a list bullet
        # Words split only by a font change touch each other ("Buyer" + "'s"): no space.
        if prev is not None:
            parts.append("" if w["x0"] - prev["x1"] < 0.1 * w["size"] else " ")
        parts.append(text)
        sizes[round(w["size"], 1)] += len(text)
        if bold and any(ch.isalnum() for ch in text) and not _is_bold(w["fontname"]):
            bold = False
        prev = w
    text = "".join(parts).translate(_CLEAN).strip()
    return Line(text, top, bottom, members[0]["x0"], sizes.most_common(1)[0][0], bold, len(members), page)


_bold_fonts: dict[str, bool] = {}


def _is_bold(fontname: str) -> bool:
    found = _bold_fonts.get(fontname)
    if found is None:
        found = _bold_fonts[fontname] = bool(_BOLD.search(fontname))
    return found


def strip_margins(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop running headers and footers (repeated on half the pages) and page-number lines.

    A running line repeats its text (digits aside), its size and its place on the page; the
    title on page 1 that merely says the same words as the header, larger and lower, stays.
    """
    seen: dict[tuple[str, float], list[tuple[int, float]]] = {}
    if len(pages) >= 2:
        for n, (lines, height) in enumerate(zip(pages, heights)):
            for ln in lines:
                if _in_band(ln, height, MARGIN):
                    seen.setdefault(_margin_key(ln), []).append((n, _edge_distance(ln, height)))
    need = max(2, math.ceil(len(pages) / 2))

    def running(ln: Line, height: float) -> bool:
        where = _edge_distance(ln, height)
        places = seen.get(_margin_key(ln), ())
        return len({n for n, d in places if abs(d - where) <= 6}) >= need

    return [
        [ln for ln in lines
         if not (_in_band(ln, height, MARGIN) and running(ln, height))
         and not (_in_band(ln, height, PAGE_NUMBER_MARGIN) and _PAGE_NUMBER.match(ln.text))]
        for lines, height in zip(pages, heights)
    ]


def _in_band(line: Line, height: float, share: float) -> bool:
    return line.top < height * share or line.bottom > height * (1 - share)


def _edge_distance(line: Line, height: float) -> float:
    """Distance from the nearer page edge, so footers line up across pages of different sizes."""
    return line.top if line.top < height - line.bottom else -(height - line.bottom)


def _margin_key(line: Line) -> tuple[str, float]:
    return re.sub(r"\d+", "#", " ".join(line.text.split())).lower(), round(line.size)


def body_size(pages: list[list[Line]]) -> float:
    """The body font size: the median size over all characters."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            sizes[ln.size] += len(ln.text)
    total, seen = sum(sizes.values()), 0
    for size in sorted(sizes):
        seen += sizes[size]
        if 2 * seen >= total:
            return size
    return 0.0


def _break_ratio(pages: list[list[Line]]) -> float:
    """Blank space (in font sizes) between two lines above which a new paragraph starts.

    The usual gap inside a paragraph is a low percentile of all gaps between same-size lines:
    paragraph breaks are rarer than line breaks in running text.
    """
    ratios = sorted(
        (b.top - a.bottom) / a.size
        for lines in pages
        for a, b in zip(lines, lines[1:])
        if a.size > 0 and abs(a.size - b.size) <= 0.5 and -0.3 <= (b.top - a.bottom) / a.size <= 2.5
    )
    usual = min(max(ratios[len(ratios) // 5], 0.0), 0.4) if ratios else 0.2
    return usual + 0.4


def assemble(pages: list[list[Line]], tables: list[list[Table]]) -> list[RawBlock]:
    """Join the lines (headers already stripped) and tables of every page into blocks."""
    body = body_size(pages)
    ratio = _break_ratio(pages)
    big = body + max(1.5, 0.12 * body)

    def candidate(ln: Line) -> bool:
        if not any(ch.isalpha() for ch in ln.text) or not _MATH.isdisjoint(ln.text):
            return False
        # A bold line is only a candidate: the whole block must be short to be a heading.
        return ln.size >= big or ln.bold

    def starts_new(block: _Block, ln: Line) -> bool:
        prev = block.lines[-1]
        if block.toc or _TOC_LINE.match(ln.text):
            return True
        head = candidate(ln)
        if head != block.heading or _is_bullet(ln.text, prev.text, block.text) or _opens_clause(ln.text, prev.text):
            return True
        if ln.page != prev.page:
            return head or abs(ln.size - prev.size) > 0.5 or not _runs_on(prev.text, ln.text)
        if ln.top - prev.bottom > ratio * prev.size:
            return True
        return abs(ln.size - prev.size) > (0.5 if head else 1.5) or (head and ln.bold != prev.bold)

    blocks: list[_Block | Table] = []
    current: _Block | None = None
    for page_lines, page_tables in zip(pages, tables):
        items: list[Line | Table] = sorted([*page_lines, *page_tables], key=lambda it: it.top)
        for item in items:
            if isinstance(item, Table):
                blocks.append(item)
                current = None
                continue
            if current is None or starts_new(current, item):
                current = _Block([item], item.text, candidate(item), bool(_TOC_LINE.match(item.text)))
                blocks.append(current)
            else:
                current.lines.append(item)
                current.text = join_lines(current.text, item.text)
    return _to_raw(blocks, big)


def _to_raw(blocks: list[_Block | Table], big: float) -> list[RawBlock]:
    out: list[RawBlock] = []
    heading_sizes: list[float | None] = []
    for b in blocks:
        if isinstance(b, Table):
            out.append(RawBlock(text="\n".join(" | ".join(r) for r in b.rows), kind="table", rows=b.rows, page=b.page))
            heading_sizes.append(None)
            continue
        first = b.lines[0]
        heading = b.heading and (
            first.size >= big
            or (len(b.text.split()) <= MAX_HEADING_WORDS and not b.text.endswith((".", ":", ";")))
        )
        out.append(RawBlock(text=b.text, kind="toc" if b.toc else "paragraph", page=first.page))
        heading_sizes.append(round(first.size * 2) / 2 if heading else None)
    rank = {s: i + 1 for i, s in enumerate(sorted({s for s in heading_sizes if s is not None}, reverse=True))}
    for block, size in zip(out, heading_sizes):
        if size is not None:
            block.heading_level = rank[size]
    return out


def join_lines(text: str, nxt: str) -> str:
    """Join a line to the text before it, undoing end-of-line hyphenation.

    ``mainte-`` + ``nance`` gives ``maintenance``; ``Call-`` + ``Off`` keeps the hyphen, as do
    known compounds (``co-`` + ``operation``, ``need-`` + ``to-know``); a wrapped web address is
    joined without a space; anything else is joined with a space.
    """
    if not nxt:
        return text
    tail = text.rsplit(None, 1)[-1] if text.strip() else ""
    head = nxt.split(None, 1)[0]
    if tail.endswith(("/", "-", "_", ".")) and (_URL.search(tail) or "_" in tail) and _URL_PART.search(head):
        return text + nxt
    if len(text) >= 2 and text[-1] == "-" and text[-2].isalnum():
        if nxt[0].isupper() or nxt[0].isdigit():
            return text + nxt
        if nxt[0].islower() and text[-2].isalpha():
            first = tail[:-1].rsplit("-", 1)[-1].lower()
            if first in _HYPHEN_PREFIXES or "-" in head:
                return text + nxt
            return text[:-1] + nxt
    return f"{text} {nxt}"


def _is_bullet(text: str, prev_text: str, block_text: str) -> bool:
    """Whether a line opens a list item.

    A dash does so only after a lead-in or finished sentence, or as the next item of a dash list:
    a dash that starts a wrapped line mid-sentence is punctuation.
    """
    if text[1:2] not in ("", " "):
        return False
    if text[:1] in _DASHES:
        return _ends_sentence(prev_text) or block_text[:2] == text[:1] + " "
    return text[:1] in _BULLETS


def _opens_clause(text: str, prev_text: str) -> bool:
    """Whether a line starts a new clause: typed numbering, not the tail of a cross-reference."""
    label = parse_label(text)
    if label is None:
        return False
    last = prev_text.rsplit(None, 1)[-1].lower().strip("(,") if prev_text else ""
    if last in _REFERENCE_WORDS or last.rsplit("-", 1)[-1] in _REFERENCE_WORDS:
        return False
    if last in ("and", "or"):
        # "(a) ...; and\n(b)" closes a list item; "Clauses 10.4 and\n10.5" is one reference.
        words = prev_text.split()
        return len(words) >= 2 and words[-2].endswith((";", ","))
    if label.kind == "paren" and label.style == "digit" and last.rsplit("-", 1)[-1] in _NUMBER_WORDS:
        return False
    if label.kind == "part":
        # "Schedule 7 (Call-Off Award Procedure)" at a line start is usually a wrapped reference;
        # a named part opens a clause only after a finished sentence.
        return _ends_sentence(prev_text)
    return True


def _runs_on(prev_text: str, text: str) -> bool:
    """Whether text at the top of a page continues the paragraph that ended the previous page."""
    return text[:1].islower() or not _ends_sentence(prev_text)


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’)] ").endswith(_TERMINAL)
