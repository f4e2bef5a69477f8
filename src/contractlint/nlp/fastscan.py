"""Find a regex's matches quickly by trying it only where one of its literal openings occurs.

A bundled rule's regex typically opens with ``\\b(?:steering\\s+committee|governance\\s+board|...)``.
Python's ``re`` has no literal prefix to skip ahead with for such a pattern, so ``finditer`` tries
the whole alternation at every character of a 300-page text. Every match must begin with one of
a small set of literal strings, though, and ``str.find`` locates those at memory speed. Trying
``pattern.match`` only at those positions, left to right and skipping positions inside the last
match, gives exactly the matches ``finditer`` gives (``match`` with a start position still sees
the text before it, so ``\\b`` and lookbehinds behave the same). Patterns whose openings cannot
be listed fall back to ``finditer``.
"""

from __future__ import annotations

from bisect import bisect_right
import re
from functools import lru_cache
from collections.abc import Iterable, Sequence
from types import EllipsisType

try:  # The parser is private; if it moves, every pattern simply takes the finditer path.
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - depends on the Python version
    _p = None

# Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (dotless i, long s,
# Kelvin sign, ...): lower-casing the text would not reveal them, so such a text takes finditer.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_MAX_OPENINGS = 96
# Marks in an opening, written out per text by ScanText.expand (private-use characters no contract
# holds): "any digit", and a document slot ("{client}") whose words only the document knows.
DIGIT_MARK = "\ue001"
SLOT_MARK = "\ue000"
_ASCII_DIGITS = "0123456789"
_MIN_OPENING = 2
Span = tuple[int, int]


class ScanText:
    """A text to scan many patterns over, with its lower-case copy made on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None | bool = False
        self._found: dict[tuple[str, bool], list[int]] = {}
        self._ascii_digits: bool | None = None

    def positions(self, literal: str, folded: bool) -> list[int]:
        """Where a literal occurs in the text (its lower-case copy when ``folded``), found once:
        a hundred patterns open with the same few words."""
        key = (literal, folded)
        if key not in self._found:
            hay = self.lower if folded else self.text
            out, i = [], hay.find(literal)
            while i >= 0:
                out.append(i)
                i = hay.find(literal, i + 1)
            self._found[key] = out
        return self._found[key]

    @property
    def lower(self) -> str | None:
        """The lower-case copy, or None when lower-casing would move offsets or hide a case fold."""
        if self._lower is False:
            lower = self.text.lower()
            same = len(lower) == len(self.text) and (self.text.isascii() or not _FOLDS_TO_ASCII & set(self.text))
            self._lower = lower if same else None
        return self._lower  # type: ignore[return-value]


    def contains_any(self, openings: tuple[str, ...]) -> bool:
        """Whether one of a case-insensitive pattern's openings occurs (True when unsure)."""
        lower = self.lower
        found = self.expand(openings)
        return lower is None or found is None or any(o in lower for o in found)

    def expand(self, openings: tuple[str, ...] | None, slot_words: Sequence[str] = ()) -> tuple[str, ...] | None:
        """Openings with their marks written out: a digit mark as 0-9 (None, unsure, where the text
        has digits of another script, which \\d also matches), a slot mark as the first word of each
        name the slot holds, the opening ending there (a name's other words may be spaced any way)."""
        if openings is None or not any(DIGIT_MARK in o or SLOT_MARK in o for o in openings):
            return openings
        out: list[str] = []
        for o in openings:
            if SLOT_MARK in o:
                head = o[: o.index(SLOT_MARK)]
                words = [w.split()[0].lower() for w in slot_words if w.split()]
                if any(not w.isascii() for w in words):
                    return None  # a name's letters may fold in ways str.lower does not mirror
                out.extend(head + w for w in words)
            else:
                out.append(o)
        if any(DIGIT_MARK in o for o in out):
            if self._ascii_digits is None:
                self._ascii_digits = all(ch in _ASCII_DIGITS for ch in set(self.text) if ch.isdigit())
            if not self._ascii_digits:
                return None
            while any(DIGIT_MARK in o for o in out):
                out = [o.replace(DIGIT_MARK, d, 1) if DIGIT_MARK in o else o for o in out for d in _ASCII_DIGITS]
        out = list(dict.fromkeys(out))
        return tuple(out) if out and all(out) else None


def finditer_spans(pattern: re.Pattern[str], text: ScanText,
                   openings: tuple[str, ...] | None | EllipsisType = ...,
                   regions: list[Span] | None = None, region_starts: list[int] | None = None) -> list[Span]:
    """The spans ``pattern.finditer(text)`` yields, found by trying only the literal openings.

    ``openings`` are the pattern's, as ``literal_openings`` lists them (worked out here if not given).
    With ``regions`` (sorted, disjoint), a match starts and ends inside one of them: a heading's last
    word cannot open a match that runs into the paragraph below and hide the one that starts there.
    ``region_starts`` are the regions' starts, when the caller keeps them for many patterns.
    """
    if openings is ...:
        openings = literal_openings(pattern.pattern, pattern.flags)
    openings = text.expand(openings)
    hay = (text.lower if pattern.flags & re.I else text.text) if openings is not None else None
    if hay is None:
        if regions is None:
            return [m.span() for m in pattern.finditer(text.text)]
        return [m.span() for a, b in regions for m in pattern.finditer(text.text, a, b)]
    starts: set[int] = set()
    folded = bool(pattern.flags & re.I)
    for lit in openings:
        starts.update(text.positions(lit, folded))
    if regions is not None and region_starts is None:
        region_starts = [a for a, _ in regions]
    out: list[Span] = []
    end = 0
    for i in sorted(starts):
        if i < end:
            continue
        if regions is None:
            m = pattern.match(text.text, i)
        else:
            r = bisect_right(region_starts, i) - 1
            if r < 0 or i >= regions[r][1]:
                continue
            m = pattern.match(text.text, i, regions[r][1])
        if m is not None:
            out.append(m.span())
            end = m.end()
    return out


@lru_cache(maxsize=2048)
def literal_openings(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Strings one of which every match starts with (lower-case when the pattern ignores case),
    or None when they cannot be listed."""
    if _p is None:
        return None
    try:
        tree = _p.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    try:
        found = _sequence(list(tree), bool(flags & re.I))
    except _Unlistable:
        return None
    if found is None or not found:
        return None
    openings = {s for s, _ in found}
    # One letter opens too many words to be worth it; a lone digit or sign is rare enough.
    if any(len(s) < _MIN_OPENING and (not s or s.isalpha()) for s in openings):
        return None
    if flags & re.I and any(ord(ch) > 127 and ch.lower() != ch.upper() for s in openings for ch in s):
        return None  # cased non-ASCII letters fold in ways str.lower does not mirror
    return tuple(_minimal(openings))


def _minimal(openings: Iterable[str]) -> list[str]:
    """The openings without those another, shorter one already covers: fewer scans, same positions."""
    minimal: list[str] = []
    for s in sorted(set(openings), key=lambda s: (len(s), s)):
        if not any(s.startswith(m) for m in minimal):
            minimal.append(s)
    return minimal


# An opening is (text, complete): complete means the item was consumed exactly as that literal
# text, so what follows may extend it; an incomplete opening stops where the literal ends.
_Openings = list[tuple[str, bool]]


class _Unlistable(Exception):
    """A case-sensitive pattern switches case-insensitivity on inside: its literals are not literal."""


def _sequence(items: list, fold: bool) -> _Openings | None:
    current: _Openings = [("", True)]
    for op, arg in items:
        if all(not complete for _, complete in current):
            break
        step = _item(op, arg, fold)
        if step is None:
            return _stop(current)
        nxt: _Openings = []
        for text, complete in current:
            if not complete:
                nxt.append((text, False))
                continue
            nxt.extend((text + t, c) for t, c in step)
        nxt = list(dict.fromkeys(nxt))
        if len(nxt) > _MAX_OPENINGS:
            # Stop growing: the openings up to this item are still necessary, and fewer once those
            # that a shorter one covers are dropped (a long alternation of titles opens with ~100
            # words, many sharing a first one); failing that, the openings so far.
            return _stop(nxt) or _stop(current)
        current = nxt
    return current


def _stop(current: _Openings) -> _Openings | None:
    """End every opening here; an empty one means a match may start anywhere."""
    texts = [t for t, _ in current]
    if any(not t for t in texts):
        return None
    out = _minimal(texts)
    return [(t, False) for t in out] if len(out) <= _MAX_OPENINGS else None


def _set_chars(items: list, fold: bool) -> list[str] | None:
    """The characters a character set (``[’']``, ``[\\d+]``, ``[0-9]``) can match, or None if open-ended."""
    out: list[str] = []
    for o, a in items:
        if o is _c.LITERAL:
            out.append(chr(a).lower() if fold else chr(a))
        elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
            # \d also takes the other scripts' digits: a mark the text expands to 0-9 only when it
            # has no other digits (see ScanText.expand).
            out.append(DIGIT_MARK)
        elif o is _c.RANGE and a[1] - a[0] < 10:
            out.extend(chr(c) for c in range(a[0], a[1] + 1))
        else:
            return None
    return list(dict.fromkeys(out))


def _item(op, arg, fold: bool) -> _Openings | None:
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return [("", True)]  # zero width: the opening continues after it
    if op is _c.LITERAL:
        return [(chr(arg).lower() if fold else chr(arg), True)]
    if op is _c.IN:
        chars = _set_chars(arg, fold)
        if chars is not None and 0 < len(chars) <= 12:
            return [(c, True) for c in chars]
        return [("", False)]
    if op is _c.SUBPATTERN:
        if not fold and arg[1] & re.I:
            raise _Unlistable
        return _sequence(list(arg[-1]), fold)
    if op is _c.BRANCH:
        out: _Openings = []
        for alt in arg[1]:
            found = _sequence(list(alt), fold)
            if found is None:
                return None
            out.extend(found)
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = arg
        inner = _sequence(list(body), fold)
        if inner is None:
            return None
        once = inner if high == 1 else [(t, False) for t, _ in inner]
        return ([("", True)] if low == 0 else []) + once
    return [("", False)]
