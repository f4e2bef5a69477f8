"""The bodies a contract makes up of one party's people, which act for that party.

"A Contract Management Team made up of officers of the PDE" visits the helpline for the client, and
"the Committee ..., consisting of three employees of the Contracting Authority" approves for it: the
obligation reader then takes "The Contract Management Team may visit" as the client's permission.
A body with people of both sides ("two representatives of the Client and two of the Supplier") is
the relationship's, and is left to the governance rules.
"""

from __future__ import annotations

import re

from contractlint.document.model import Document
from contractlint.engine.forums import names_only

_BODY_NOUN = r"(?:Team|Committee|Commission|Unit|Cell|Office|Group|Board|Panel|Desk|Function)"
_ONE_SIDE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?:[A-Z][\w&'’-]*\s+){{0,4}}{_BODY_NOUN})"
    # (the rest of a long name: "the Committee for the Monitoring and Acceptance of the Contract")
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|the)\s+)*){1,6}?)?"
    r"(?:\s*\((?:the\s+)?[\"“](?P<term>[^\"”]{2,40})[\"”]\))?"
    r",?\s+(?:is\s+)?(?:made\s+up|composed|consisting|formed)\s+(?:solely\s+|exclusively\s+|only\s+|entirely\s+)?of\s+"
    r"(?:[^.;()]{0,60}?\s)?(?:officers|employees|staff|members|representatives|officials|personnel|servants)\s+of\s+(?:the\s+)?"
    r"(?P<party>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})"
)
# ... or one a party sets up of "its" people: "The Contracting Entity shall set up a Monitoring and
# Inspection Commission composed of three of its officials".
_SET_UP_OWN = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<party>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})\s+(?:shall|will|must)\s+"
    r"(?:set\s+up|establish|constitute|create|form)\s+(?:a|an)\s+"
    rf"(?P<name>(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){{0,4}}{_BODY_NOUN})"
    r",?\s+(?:made\s+up|composed|consisting|formed)\s+(?:solely\s+|exclusively\s+|only\s+|entirely\s+)?of\s+"
    r"(?:[^.;()]{0,40}?\s)?its\s+(?:own\s+)?(?:officers|officials|employees|staff|members|personnel)\b"
)
# ... or one a party acts through: "The MUNICIPALITY shall manage and supervise the contract through the Contract
# Management Unit (...) of the Municipal Finance Department", "the Awarding Administration runs, through its
# Immigration Desk (Sportello Immigrazione), a service of information".
_THROUGH = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<party>[A-Z][\w&'’.-]*(?:[^\S\n]+[A-Z][\w&'’.-]*){0,5})\s+"
    r"(?:(?:shall|will|must)\s+(?:[a-z]+\s+){1,6}?|(?:[a-z]+s|acts?|acting),?\s+)through\s+(?:the|its)\s+"
    rf"(?P<name>(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){{0,4}}{_BODY_NOUN})\b"
)
_BOTH = re.compile(r"\b(?:each|both|either)\s+part(?:y|ies)\b|\bthe\s+parties\b", re.I)


def own_bodies(doc: Document, actors: dict[str, str]) -> dict[str, str]:
    """Names (lower-cased) of the bodies made up of one party's people, each mapped to that party's role."""
    found: dict[str, str] = {}
    matches = [*_ONE_SIDE.finditer(doc.text), *_SET_UP_OWN.finditer(doc.text), *_THROUGH.finditer(doc.text)]
    for m in sorted(matches, key=lambda m: m.start()):
        party = m.group("party").rstrip(".").lower()
        owners = [key for key in actors if party == key or party.startswith(key + " ")]
        if not owners:
            continue
        role = actors[max(owners, key=len)]
        # (a second side named in the rest of the sentence makes it a joint body; a body a party acts through
        # is its own, whoever the rest of the sentence names)
        if m.re is not _THROUGH and _names_another_side(doc.text, m.end(), role, actors):
            continue
        for name in (m.group("name"), m.groupdict().get("term"), _short_name(doc.text, m.group("name"))):
            if name and name.lower() not in actors:
                found.setdefault(name.lower(), role)
    return found


def _names_another_side(text: str, pos: int, role: str, actors: dict[str, str]) -> bool:
    """Whether the rest of the sentence from ``pos`` names both parties or a party of another role."""
    stop = min((i for i in (text.find(".", pos), text.find(";", pos)) if i >= 0), default=len(text))
    rest = text[pos:stop].lower()
    return bool(_BOTH.search(rest)) or any(re.search(rf"\b{re.escape(key)}\b", rest) for key, r in actors.items()
                                           if r != role and len(key) > 3)


def _short_name(text: str, name: str) -> str | None:
    """The body's noun alone ("the Commission"), where the contract calls it so and names no other body with
    that noun."""
    noun = name.split()[-1]
    if not re.search(rf"\b[Tt]he\s+{re.escape(noun)}\b", text) or not names_only(text, noun, {name.lower()}):
        return None
    return noun
