"""Sentence splitting that survives legal text.

A full stop ends a sentence only when it is followed by white space and a capital, a quote or an
opening bracket, and the word before it is not an abbreviation lawyers write with a dot
(``e.g.``, ``Ltd.``, ``No. 5``, ``cl. 12.3``, ``U.S.``). Semicolons do not end sentences: an
enumeration ``(a) ...; (b) ...`` stays one sentence so its lead-in ("The Client shall:") stays with
its items.
"""

from __future__ import annotations

import re

# Lower-cased, without the final dot. Single letters are handled apart (initials, "U.S."). ("Rs. 2,000" is
# the Indian rupee.)
ABBREVIATIONS = frozenset(
    """
    e.g i.e etc viz cf al approx art arts cl cls sec secs para paras sch no nos p pp vol ch pt
    ltd inc corp co plc llc llp lp pty bv gmbh sa ag nv
    mr mrs ms dr prof st jr sr messrs rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k e.u u.s.a n.a fig figs ref refs v vs ext tel min max est dept govt
    rs
    """.split()
)

# (A run-in heading set in Markdown bold ends its own sentence: "**No joint projects.** We will not ...".)
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]*]*(?=\s+(?:\*\*)?["'“‘(\[]?[A-Z0-9(])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans (offsets into ``text``), trimmed of white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, cur, dot):
            continue
        if text[dot] == "." and _is_number_label(text, cur, dot):
            continue
        spans.append((cur, m.end()))
        cur = m.end()
    spans.append((cur, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[1] > s[0]]


def _is_abbreviation(text: str, cur: int, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, cur, dot)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J. Smith", "U.S.", "N.V."
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _is_number_label(text: str, cur: int, dot: int) -> bool:
    """A bare clause number at the start of a sentence ("12." or "3.1.") is not a sentence."""
    return bool(re.fullmatch(r"\s*\(?\d+(?:\.\d+)*", text[cur:dot]))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
