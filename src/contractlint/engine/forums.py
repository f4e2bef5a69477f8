"""The names of the governance bodies a contract sets up, whatever it calls them.

Rules know the usual names ("Steering Committee", "Relationship Board"); a contract may set up a
"Season Committee", an "Operations Coordination Cell" or a "Ride Care Table". A body the contract
itself establishes is a forum of the relationship by that act, so the rule language's
``{forum_term}`` slot holds those names, and the rest of the contract is read with them.
"""

from __future__ import annotations

import re

from contractlint.document.model import BlockKind, Document

# The nouns a body's name ends in: "the Floor Review Group", "the Intake Huddle", "a Relationship
# Directorate formed by two representatives of each party", "a Technical Sub-commission", German
# drafting's "an Operations Round consisting of the contact persons of both parties".
# (Not "Team": a provider's own "Operations Team" is formed for the work, not for governance.)
FORUM_NOUN = (r"(?:Sub-?[Cc]ommittee|Sub-?[Cc]ommission|Board|Committee|Council|Group|Forum|Panel|Huddle|Commission"
              r"|Body|Meeting|Table|Cell|Circle|Round|Sync|Assembly|Directorate|Consultation)s?")
def _name_ending_in(noun: str) -> re.Pattern[str]:
    """Capitalised words ending in ``noun``, where the name ends (not "the Board of Directors")."""
    return re.compile(rf"\b(?:[A-Z][\w&'’-]*\s+){{1,4}}{noun}\b"
                      r"(?!\s+(?:(?:of|for|on|against)\s+(?:the\s+)?)?[A-Z])")


# A name: capitalised words ending in a forum noun, where the name ends: not "the Board of Directors"
# or "the Massachusetts Commission for the Blind", a body outside the contract (but "a Cell of two
# officers of each Party" is named "Cell").
_NAMED = _name_ending_in(FORUM_NOUN)
# A "Team" is a body of the relationship only where its own sentence seats both parties: "the Parties appoint a
# Coordination Team composed of two representatives of the Awarding Entity and two representatives of the
# Contractor" (not a provider's "Operations Team").
_NAMED_TEAM = _name_ending_in("Teams?")
# Setting a body up, or naming it: "We'll set up a Season Committee", "A Joint Council is
# established", "a joint forum we call the Ride Care Table".
_SET_UP = re.compile(
    r"\b(?:establish(?:es|ed|ing)?|set(?:s|ting)?\s+up|form(?:s|ed|ing)?|constitut(?:e|es|ed|ing)"
    r"|creat(?:e|es|ed|ing)|conven(?:e|es|ed|ing)|(?P<naming>call(?:s|ed)?|known\s+as|referred\s+to\s+as)"
    # a standing meeting held by both: "The parties shall hold a Work Consultation every two weeks"
    r"|hold(?:s|ing)?)\b", re.I)
# Or naming it with seats for both parties, in its sentence or the next: "The Harvest Table is where we
# set the direction. It has two senior people from you and two from us." (Members alone do not make a
# body the relationship's: "an internal Steering Circle composed of its heads of After Sales".)
_SEATS = re.compile(
    r"\b(?:one|two|three|four|five|six|\d)\s+(?:senior\s+|named\s+|nominated\s+)?"
    r"(?:people|persons|representatives|members|managers|directors|officers|executives)\s+"
    r"(?:from|of|for|nominated\s+by|appointed\s+by)\s+(?:each\s+(?:party|side|of\s+us)|both\s+(?:parties|sides|of\s+us)"
    r"|you\s+and\s+(?:[\w-]+\s+){0,3}?from\s+us|us\s+and\s+(?:[\w-]+\s+){0,3}?from\s+you)\b"
    # ... or each side sending its people: "We and you will each send two people to a Joint Table"
    r"|\b(?:each|both)\s+(?:send|appoint|name|nominate|delegate)s?\s+(?:one|two|three|four|five|six|\d)\s+"
    r"(?:senior\s+)?(?:people|persons|representatives|members|managers|directors|officers|executives)\b"
    # ... or made up of named roles of both: "A Technical Sub-commission, composed of the supervisors of both parties"
    r"|\b(?:composed|made\s+up|consisting)\s+of\s+[^.;]{1,80}?\b(?:of|from)\s+(?:each|both)\s+(?:party|parties|sides)\b"
    # ... or of people each side appoints: "consists of two members appointed by the School ... and two
    # members appointed by the Agency"
    r"|\b(?:one|two|three|four|\d)\s+(?:members?|representatives?|persons?)\s+(?:appointed|nominated|named)\s+by\s+"
    r"[^.;]{1,100}?\band\s+(?:one|two|three|four|\d)\s+(?:members?\s+|representatives?\s+|persons?\s+)?"
    r"(?:appointed|nominated|named)\s+by\b",
    re.I)
# ... or of the people of two named sides: "The Enrolment Operations Cell, made up of the School's admissions
# officers and the Agency's team leaders, meets every week" (case-sensitive: the sides are capitalised)
_SIDES = re.compile(r"\b(?:[Cc]omposed|[Mm]ade\s+up|[Cc]onsisting)\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w-]*)['’]s\s+"
                    r"[^.;]{1,80}?\band\s+(?:the\s+)?(?P<b>[A-Z][\w-]*)['’]s\b")
# Or bringing it in as a body that meets: "A Technical Cell, composed of the two Correspondents, shall
# meet every week" (a name brought in by "A", not a body named before or elsewhere), or in the present:
# "An Operations Round of the contact persons of both parties meets every two weeks".
_MEETS = re.compile(r"[^.;]{0,250}?\b(?:(?:shall|will|must|is\s+to|are\s+to)\s+(?:\w+\s+)?meet|meets)\b")
# Or naming it by what it is: "Shop Talk is a weekly video huddle between our Team Manager and your
# Parts Support Manager" (a name that opens its sentence; the meeting noun in lower case).
_IS_A_MEETING = re.compile(
    r"^(?P<name>(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+is\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:huddle|meeting|forum|committee|board|council|call|panel|stand-?up|catch-?up)"
    r"\s+(?:between|of|with|for|where)\b"
    # ... or by what is done in it: "The Paddock Meeting is where we run this agreement together."
    r"|^(?P<where>(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+is\s+where\s+(?:we|you\s+and\s+we|we\s+and\s+you"
    r"|the\s+parties|both\s+parties|both\s+of\s+us)\s+(?:run|manage|govern|oversee|steer|direct|review)\b")
# A governance table's first column ("| Forum | Members | Purpose | Frequency |"): each row below
# names one of the contract's bodies in its first cell.
# (A cell may name a standing meeting too: "Concierge Floor Review".)
# (A translation may keep a body's own name, its noun first: "Comité de pilotage", "Commission de suivi".)
_ORIGINAL = (r"(?:Comit[ée]|Commission|Comisi[óo]n|Comiss[ãa]o|Commissione|Comitato|Consejo|Conselho|Mesa)"
             r"(?:\s+[\w'’-]+){1,4}")
_LISTED = re.compile(rf"(?:[A-Z][\w&'’-]*\s+){{1,4}}(?:{FORUM_NOUN}|Reviews?|Calls?)|{_ORIGINAL}")
_BODY_COLUMN = re.compile(r"\s*(?:governance\s+)?(?:forums?|bod(?:y|ies)|committees?|meetings?)\s*(?:\||$)", re.I)
# Words caught with a name that are not part of it ("The", "We'll", "Each").
NOT_NAME = frozenset({"the", "a", "an", "our", "your", "its", "their", "we", "we'll", "we’ll", "you", "you'll",
                       "you’ll", "each", "every", "this", "that", "these", "those", "and", "or", "both", "one"})
_NEAR = 60  # characters between the set-up verb and the name
# The nouns a body set up under a longer name may go by alone: "The Table meets every other week".
# (Not "the Board" or "the Group", as often the company's own board or its group of companies.)
_SHORT_NOUNS = frozenset({"table", "cell", "circle", "round", "huddle", "sync", "assembly", "directorate", "consultation",
                          "forum", "panel"})
# Nouns an outside body goes by as well ("the Commission" may be a regulator): short names only where
# the contract names no other body with that noun.
# ("the Council" for an "Export Line Council", unless a party is the Council.)
_SOLE_SHORT_NOUNS = frozenset({"commission", "council", "committee"})


_BROUGHT_IN = re.compile(r"\band\s+an?\s+$")
_LEAD_NUMBER = re.compile(r"\s*\(\w{1,3}\)\s+")


# ... or of officers "of" each party in turn: "the Paruman Forum, consisting of the Pekaseh, the Penyarikan and
# the Petengen (treasurer) of the FIRST PARTY and the President Director ... of the SECOND PARTY"
_SIDES_OF = re.compile(r"\b(?:[Cc]omposed|[Mm]ade\s+up|[Cc]onsisting|[Cc]omprising)\s+of\s+[^.;]{1,150}?\bof\s+the\s+"
                       r"(?P<a>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+and\s+[^.;]{1,150}?\bof\s+the\s+"
                       r"(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b")


def _two_sides(doc: Document, start: int, end: int) -> bool:
    """Whether a sentence makes a body of the people of two different named sides (for "of the X", two
    different parties of the contract)."""
    m = _SIDES.search(doc.text, start, end)
    if m is not None and m.group("a") != m.group("b"):
        return True
    m = _SIDES_OF.search(doc.text, start, end)
    if m is None:
        return False
    owners = [{n.lower() for n in p.names} for p in doc.parties]
    sides = [next((i for i, names in enumerate(owners) if m.group(g).lower() in names), None) for g in ("a", "b")]
    return None not in sides and sides[0] != sides[1]


def _name(words: list[str]) -> str | None:
    """The name without the words caught before it; None when only the noun is left or one party owns it."""
    # A body one party owns is its own, not the relationship's: "the Company's Audit Committee"
    # (the parties' own is: "the Parties' Joint Council"; and a plural one names the members: "a
    # Captains' Council of three persons named by each party").
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in ("parties'", "parties’"):
            words = words[i + 1:]
            break
        if words[i].endswith(("'s", "’s")):
            return None
    while words and words[0].lower() in NOT_NAME:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


def forum_terms(doc: Document) -> list[str]:
    """Names (lower-cased) of the bodies the contract sets up, each of two words or more, and the
    shorter names it then calls them by (a lone noun with its capital: "Table")."""
    found: set[str] = set()
    sentences = doc.sentences
    seated = [_SEATS.search(doc.text, s.start, s.end) is not None or _two_sides(doc, s.start, s.end)
              for s in sentences]
    for i, s in enumerate(sentences):
        text = doc.text[s.start:s.end]
        if (named := _IS_A_MEETING.match(text)) and (name := _name((named["name"] or named["where"]).split())):
            found.add(name.lower())
        # (a sentence's text starts after its clause number, or with a paragraph's own: "(2) An Operations Round")
        lead = _LEAD_NUMBER.match(text)
        brought = _NAMED.match(text, lead.end() if lead else 0)
        if brought and brought.group().split()[0] in ("A", "An") and _MEETS.match(text, brought.end()):
            if name := _name(brought.group().split()):
                found.add(name.lower())
        # A naming verb names what follows it: "a joint forum we call the Ride Care Table", not "...
        # represented by the Management Board, hereinafter referred to as the Ordering Party".
        verbs = [(m.start(), m["naming"] is not None) for m in _SET_UP.finditer(text)]
        seats = seated[i] or (i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph and seated[i + 1])
        if not verbs and not seats:
            continue
        named = list(_NAMED.finditer(text))
        if seated[i]:
            named += _NAMED_TEAM.finditer(text)
        for m in named:
            # (one of a list the verb sets up: "shall establish an Executive Council, composed of ...,
            # and a Floor Review Group, composed of ...")
            listed = bool(verbs) and _BROUGHT_IN.search(text, max(0, m.start() - 8), m.start()) is not None
            if seats or listed or any(m.start() - _NEAR <= v <= m.end() + _NEAR and not (naming and v > m.start())
                                      for v, naming in verbs):
                if name := _name(m.group().split()):
                    found.add(name.lower())
    found |= _listed_bodies(doc)
    parties = {n.lower() for p in doc.parties for n in p.names}
    found |= _originals(doc.text, found)
    return sorted(found | (_short_names(doc.text, found) - parties) | _acronyms(doc.text, found))


def _listed_bodies(doc: Document) -> set[str]:
    """The bodies a governance table lists, one per row, under a first column headed "Forum" or
    "Body" ("Service Cell | TFA Partner Manager ...; Valira Service Director ... | weekly")."""
    found: set[str] = set()
    headed: set[int] = set()
    for p in doc.paragraphs:
        if p.kind != BlockKind.table_row or p.table is None:
            continue
        cell = doc.text[p.start:p.end].split("|")[0].strip()
        if p.row == 0:
            if _BODY_COLUMN.match(doc.text, p.start, p.end):
                headed.add(p.table)
        elif p.table in headed and (m := _LISTED.fullmatch(cell)) and (name := _name(m.group().split())):
            found.add(name.lower())
    return found


def _short_names(text: str, names: set[str]) -> set[str]:
    """The shorter names the contract then calls its bodies by: "the Partnership Table" and "the Table"
    for a "Hiring Line Partnership Table". A lone noun keeps its capital, so that only the defined
    body is meant ("the Table", not "the table below")."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        for k in range(1, len(words) - 1):
            spelt = r"\s+".join(map(re.escape, words[k:]))
            if re.search(rf"\bthe\s+{spelt}\b", text, re.I):
                out.add(" ".join(words[k:]))
        noun = words[-1].capitalize()
        short = words[-1] in _SHORT_NOUNS or words[-1] in _SOLE_SHORT_NOUNS and names_only(text, noun, names)
        if short and re.search(rf"\b[Tt]he\s+{noun}\b", text):
            out.add(noun)
    return out


def _originals(text: str, names: set[str]) -> set[str]:
    """A body's name in the contract's original language, given with its translation in brackets:
    "A Comisión de Seguimiento (Monitoring Commission) is hereby constituted", then "the Comisión de
    Seguimiento shall meet monthly"."""
    out: set[str] = set()
    for name in names:
        spelt = r"\s+".join(map(re.escape, name.split()))
        for m in re.finditer(rf"\b(?P<orig>{_ORIGINAL})\s*\((?:the\s+)?(?i:{spelt})\)", text):
            out.add(" ".join(m["orig"].split()).lower())
    return out


def _acronyms(text: str, names: set[str]) -> set[str]:
    """The acronym a body is given in brackets after its name, alone or after its name in the original
    language: "A Technical Monitoring Committee (comité technique de suivi, COTECH)", then "the COTECH"."""
    out: set[str] = set()
    for name in names:
        spelt = r"\s+".join(map(re.escape, name.split()))
        for m in re.finditer(rf"(?i:\b{spelt})\s*\((?:[^()]{{0,80}}?,\s*)?(?P<acr>[A-Z]{{2,8}})\)", text):
            if len(re.findall(rf"\b{m['acr']}\b", text)) > 1:
                out.add(m["acr"].lower())
    return out


def names_only(text: str, noun: str, names: set[str]) -> bool:
    """Whether every body the contract names with this noun is one of its own (or a shorter name of one)."""
    for m in re.finditer(rf"\b(?:[A-Z][\w&'’-]*[^\S\n]+){{1,4}}{noun}\b", text):
        name = _name(m.group().split())
        if name and not any(own == name.lower() or own.endswith(" " + name.lower()) for own in names):
            return False
    return True
