"""The titles a contract gives one party's people, whoever holds them.

A governance table lists its members by title ("District Clerk (chair), Jury Administrator; Vendor
Vice President of Operations"), and only elsewhere does the contract say whose people they are:
"the District Clerk of El Paso County", "the County's Jury Administrator", "the Administration
appoints a Contract Officer". The rule language's ``{client_staff}`` and ``{provider_staff}`` slots
hold those titles, so that a body made up of them is read as made up of both sides' people.
"""

from __future__ import annotations

import re

from contractlint.document.model import Document

# A title: one to three words before a noun for an office ("Chief Health Officer", "Jury Administrator",
# "Service Coordinator"); a bare "Director" or "Manager" could be anyone's. Capitalised, except where
# the party appoints it ("appoints an execution director").
_OFFICE = (r"(?:Officer|Manager|Director|Administrator|Clerk|Co-?ordinator|Lead|Leader|Head|Superintendent"
           r"|Supervisor|Controller|Representative|Secretary|Engineer|Analyst|Specialist|Inspector|Referent)")
_NOT_TITLE_WORD = r"(?!(?:The|A|An|Its|Each|This|That|Their)\s)"
_TITLE = rf"(?P<title>(?:{_NOT_TITLE_WORD}[A-Z][\w’'-]*\s+){{1,3}}{_OFFICE})\b"
_ANY_CASE_TITLE = rf"(?P<title>(?:(?!(?i:the|a|an|its|each|this|that|their)\s)[\w’'-]+\s+){{1,3}}(?i:{_OFFICE}))\b"
# The short form given in brackets: "an execution director (direttore dell'esecuzione del contratto, DEC)".
_ACRONYM = re.compile(r"\s*\((?:[^()]{0,80}?,\s*)?(?P<acronym>[A-Z]{2,8})\)")


def _patterns(names: list[str]) -> list[re.Pattern[str]]:
    party = r"(?i:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")"
    appoints = rf"\b{party}\s+(?:shall\s+|will\s+)?(?i:appoint|designate|nominate|name)s?\s+(?:a|an|its|the)\s+"
    return [
        # "the District Clerk of El Paso County"
        re.compile(rf"\b{_TITLE}\s+of\s+(?:the\s+)?{party}\b(?!['’])"),
        # "The County's Jury Administrator", "the Service Provider's Managing Director"
        re.compile(rf"\b{party}['’]s?\s+{_TITLE}"),
        # "the Administration appoints a Contract Officer", "The Awarding Entity appoints an execution director"
        re.compile(appoints + _ANY_CASE_TITLE),
        # ... and the next title in the same list: "The Unit shall designate a Contract Manager (Gestor do
        # Contrato) and a Technical Inspector (Fiscal Técnico)"
        re.compile(appoints + rf"(?:[\w’'-]+\s+){{1,3}}(?i:{_OFFICE})(?:\s*\([^()]{{1,60}}\))?,?\s+and\s+(?:a|an|its|the)\s+"
                   + _ANY_CASE_TITLE),
        # ... or by its initials alone: "The Awarding Administration designates the DEC as its sole contact"
        re.compile(appoints + r"(?P<title>[A-Z]{2,6})\s+as\s+its\b"),
        # "the head of the unit and the Contract Administrator for the Institute"
        re.compile(rf"\b{_TITLE}\s+for\s+(?:the\s+)?{party}\b(?!['’])"),
    ]


def staff_titles(doc: Document, actors: dict[str, str]) -> dict[str, list[str]]:
    """For "client" and "provider", the titles (lower-cased) the contract gives that party's people,
    with the acronym a title is given in brackets.

    A title the contract gives both sides ("each party's Project Manager") is neither's.
    """
    found: dict[str, set[str]] = {"client": set(), "provider": set()}
    for role in found:
        names = [n for n, r in actors.items() if r == role]
        if not names:
            continue
        for pattern in _patterns(names):
            for m in pattern.finditer(doc.text):
                title = " ".join(m.group("title").split()).lower()
                if title not in actors:
                    found[role].add(title)
                if (short := _ACRONYM.match(doc.text, m.end())) and short["acronym"].lower() not in actors:
                    found[role].add(short["acronym"].lower())
    shared = found["client"] & found["provider"]
    return {role: sorted(titles - shared) for role, titles in found.items()}
