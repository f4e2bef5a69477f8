"""Items whose subject is their heading.

Contracts translated from Spanish, Italian or Portuguese list a party's duties as bare infinitives
under a heading that names the party: under "ARTICLE 4 – OBLIGATIONS OF THE CONTRACTOR", the item
"4.1 To comply with the applicable regulations" is the Contractor's duty though it names no one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from contractlint.document.model import Document, Sentence
from contractlint.engine.short_text import actor_key

_DUTIES = re.compile(r"\b(?:obligations|duties|responsibilities|undertakings|commitments)\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[^\W\d][\w'’. -]{1,60}?)(?:\s+towards?\s+.{1,60}?)?[\s.)]*$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s*$", re.IGNORECASE)
# "To comply with", not "To the extent that" or "To this end".
_INFINITIVE = re.compile(r"To\s+(?!the\b|this\b|that\b|these\b|those\b|such\b|any\b|all\b|an?\b)[a-z]")


def _owner(heading: str, actors: Mapping[str, str]) -> str | None:
    """The party a heading gives obligations to: "Obligations of the Contractor", "The County's
    Responsibilities", "CONTRACTOR OBLIGATIONS"."""
    for duties in _DUTIES.finditer(heading):
        if (of := _OF.match(heading, duties.end())) is not None:
            candidates = [of.group("name")]
        else:
            words = _POSSESSIVE.sub("", heading[: duties.start()]).split()
            candidates = [" ".join(words[-n:]) for n in range(1, min(len(words), 4) + 1)]
        for name in candidates:
            if actors.get(actor_key(name)) in ("client", "provider"):
                return name
    return None


def heading_lead(doc: Document, sentence: Sentence, actors: Mapping[str, str]) -> str | None:
    """A lead-in such as "The Contractor undertakes: " for an infinitive item under a heading that
    names one party's obligations, or None when the item has a subject or the heading names none."""
    if sentence.lead_in is not None or not _INFINITIVE.match(doc.text, sentence.start):
        return None
    section = doc.paragraphs[sentence.paragraph].section
    heading = doc.heading_of(doc.sections[section]) if section is not None else None
    name = _owner(heading, actors) if heading else None
    return None if name is None else f"The {name} undertakes: "
