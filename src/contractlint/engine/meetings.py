"""What a forum does "at each of its meetings" happens as often as the forum meets.

Contracts state a body's cadence once ("The Executive Committee shall meet quarterly", or the
"Frequency" column of a governance table) and its agenda elsewhere ("At each of its meetings the
Executive Committee shall review the alignment of the Services with the Client's strategy"). The
agenda sentence then carries the body's cadence as a frequency of its own, quoted with the body's
name, so that "the strategy is reviewed at least quarterly" is found where the contract says it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from contractlint.document.model import BlockKind, Document
from contractlint.engine.forums import FORUM_NOUN
from contractlint.nlp.quantities import Quantity

# A forum named as one: capitalised words ending in a forum noun ("the Floor Review Group").
# (Not a word that qualifies a longer name: "Council General Manager" in a table of members.)
_BODY = re.compile(rf"\b(?:[A-Z][\w&'’-]*\s+){{0,5}}?{FORUM_NOUN}\b(?![^\S\n]+[A-Z][a-z])")
# "at each of its meetings", "at each meeting", "at every Council meeting", "each such meeting",
# "at each ordinary session".
_EACH_MEETING = re.compile(
    r"\b(?:[Ee]ach|[Ee]very|[Aa]ll)\s+(?:of\s+)?(?:(?:its|their|such|the|those|these)\s+)?"
    r"(?:(?:ordinary|regular|scheduled|formal|routine)\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:meetings?|sessions?)\b"
)
# ... or called by its kind in lower case after its name ("The panel meets every other month"); not a
# "group" or "table", which are as often something else.
_KIND = re.compile(r"\b[Tt]he\s+(panel|board|committee|council|forum|huddle)\b(?!\s+of\b)")
_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Ii]t|[Tt]heir|[Tt]hey)\b")
# A sentence that states a cadence of meetings, not of something the body does once a year.
_MEETS = re.compile(r"\b(?:meets?|meeting|convene[sd]?|held|hold|holds|sits?)\b", re.I)
# Words a forum's name may be caught with: "The Board", "At each ... the Board", "Each Board".
_LEADING = ("The", "the", "At", "Each", "Every", "A")


def _bodies(text: str, short: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """The forums named in ``text``: (start, end, name as written without a leading "The"), and those
    named by a short form the contract defines ("the SPF"), under their full name."""
    out = []
    for m in _BODY.finditer(text):
        words = m.group().split()
        while len(words) > 1 and words[0] in _LEADING:
            words = words[1:]
        out.append((m.start(), m.end(), " ".join(words)))
    for term, name in (short or {}).items():
        out.extend((m.start(), m.end(), name) for m in re.finditer(rf"\b{re.escape(term)}\b", text))
    out.extend((m.start(1), m.end(1), m.group(1)) for m in _KIND.finditer(text)
               if not any(a <= m.start(1) < b for a, b, _ in out))
    return sorted(out)


def _short_names(doc: Document) -> dict[str, str]:
    """Forums the contract defines a one-word short form for: "a Strategic Partnership Forum (the
    "SPF")" gives "SPF" -> "Strategic Partnership Forum"."""
    parties = {n for p in doc.parties for n in p.names}
    out = {}
    for d in doc.definitions:
        text = d.text.strip()
        if d.term.strip() in parties:
            continue
        # The definition is the forum's name itself, not a description that mentions one (a party
        # "represented by its Board of Directors").
        if " " in d.term.strip() or len(text.split()) > 8:
            continue
        if (found := _bodies(text)) and found[-1][1] == len(text):
            out[d.term.strip()] = found[-1][2]
    return out


def _cadences(doc: Document, quantities: Callable[[int], list[Quantity]],
              short: dict[str, str]) -> dict[str, tuple[str, Quantity]]:
    """Each named forum's cadence: the first frequency after its name in a table row, or else in a
    sentence that speaks of meeting, before any other forum is named."""
    found: dict[str, tuple[str, Quantity]] = {}
    rows: dict[str, tuple[str, Quantity]] = {}
    for si, s in enumerate(doc.sentences):
        freqs = [q for q in quantities(si) if q.kind == "frequency"]
        if not freqs:
            continue
        text = doc.text[s.start:s.end]
        row = doc.paragraphs[s.paragraph].kind == BlockKind.table_row
        if not row and not _MEETS.search(text):
            continue
        # "The Harvest Table sets the direction. It ... meets every three months": the body of the
        # sentence before, in the same paragraph.
        bodies = _bodies(text, short) or [(m.start(), m.end(), name) for m in [_PRONOUN.search(text)]
                                          if m is not None and (name := _previous_body(doc, si, short))]
        for i, (_, end, name) in enumerate(bodies):
            until = s.start + (bodies[i + 1][0] if i + 1 < len(bodies) else len(text))
            after = [q for q in freqs if s.start + end <= q.start < until]
            if after:
                best = min(after, key=lambda q: _cell_extra(text, q.start - s.start, q.end - s.start)) if row else after[0]
                (rows if row else found).setdefault(name.lower(), (name, best))
    # A governance table's frequency column states the cadence outright; a sentence may speak of
    # something the body holds once ("shall hold a renewal review informed by the latest Annual
    # Partnership Health Check").
    return {**found, **rows}


def _cell_extra(text: str, start: int, end: int) -> int:
    """How much else the table cell holding ``text[start:end]`` says: a cadence column's cell is the
    frequency alone ("quarterly"), a purpose cell only names one ("strategy, annual plan")."""
    left = text.rfind("|", 0, start) + 1
    right = text.find("|", end)
    cell = text[left:right if right >= 0 else len(text)]
    return len(cell.strip()) - (end - start)


def _forum_of(doc: Document, si: int, text: str, at: int, short: dict[str, str]) -> str | None:
    """The forum an "each meeting" sentence speaks of: named in it, or before "its" in its paragraph."""
    bodies = _bodies(text, short)
    if bodies:
        return min(bodies, key=lambda b: abs(b[0] - at))[2].lower()
    if not _PRONOUN.search(text):
        return None
    name = _previous_body(doc, si, short)
    return name.lower() if name else None


def _previous_body(doc: Document, si: int, short: dict[str, str]) -> str | None:
    """The forum last named in the two sentences before ``si`` in its paragraph, as written."""
    s = doc.sentences[si]
    for prev in range(si - 1, max(si - 3, -1), -1):
        p = doc.sentences[prev]
        if p.paragraph != s.paragraph:
            break
        if found := _bodies(doc.text[p.start:p.end], short):
            return found[-1][2]
    return None


def _cadence_of(cadences: dict[str, tuple[str, Quantity]], forum: str) -> tuple[str, Quantity] | None:
    """The cadence of a forum by its name, or by its short name ("the Committee" for the Joint Monitoring
    Committee) when only one forum with a cadence has a name ending so, or by its kind alone."""
    if forum in cadences:
        return cadences[forum]
    longer = [c for name, c in cadences.items() if name.endswith(" " + forum)]
    if len(longer) == 1:
        return longer[0]
    # ... or the other way round: the cadence was stated for "the Panel" just after the Executive
    # Oversight Panel was set up, and the agenda names it in full.
    kind = forum.rsplit(" ", 1)[-1]
    return cadences[kind] if kind != forum and kind in cadences else None


# A cadence word that only describes a thing the body looks at: "its annual tax culture campaign", "the
# monthly report" (the meetings' own cadence still applies).
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the|an?|his|her|our|your|each|every)\s+$", re.I)
_CADENCE_WORD = re.compile(r"(?:annual|yearly|quarterly|monthly|weekly|daily|fortnightly|bi-?annual|half-yearly|semi-annual)",
                           re.I)


def _attributive(text: str, q: Quantity) -> bool:
    """Whether a frequency is a single cadence word describing the noun after it ("its annual campaign")."""
    return (_CADENCE_WORD.fullmatch(q.text) is not None
            and _DETERMINER_BEFORE.search(text, max(0, q.start - 12), q.start) is not None
            and re.match(r"\s+[A-Za-z]", text[q.end:q.end + 2]) is not None)


def inherited_cadences(doc: Document, quantities: Callable[[int], list[Quantity]]) -> dict[int, list[Quantity]]:
    """For each sentence about what a forum does at each of its meetings and with no frequency of its
    own, the forum's cadence as a frequency quoted at "each of its meetings"."""
    cadences: dict[str, tuple[str, Quantity]] | None = None
    short: dict[str, str] | None = None
    out: dict[int, list[Quantity]] = {}
    for si, s in enumerate(doc.sentences):
        text = doc.text[s.start:s.end]
        if "meeting" not in text and "session" not in text:
            continue
        m = _EACH_MEETING.search(text)
        if m is None or any(q.kind == "frequency" and not _attributive(doc.text, q) for q in quantities(si)):
            continue
        if short is None:
            short = _short_names(doc)
        forum = _forum_of(doc, si, text, m.start(), short)
        if forum is None:
            continue
        if cadences is None:
            cadences = _cadences(doc, quantities, short)
        if (cadence := _cadence_of(cadences, forum)) is None:
            continue
        name, q = cadence
        out[si] = [q.model_copy(update={"start": s.start + m.start(), "end": s.start + m.end(),
                                        "text": f"{q.text} (the {name}'s meetings)"})]
    return out
