"""The titles of the people a contract makes the parties' points of contact, whatever it calls them.

Rules know the usual titles ("Relationship Manager", "Account Lead", "Liaison Officer"); a contract
may appoint a "Contract Owner" or a "Coordinator" and make that person the channel between the
parties. A title the contract itself gives a contact's role is a contact by that act, so the rule
language's ``{contact_term}`` slot holds those titles, and the rest of the contract (what the
"Coordinator" may decide, who may replace the "Contract Owner") is read with them.
"""

from __future__ import annotations

import re

from contractlint.document.model import Document
from contractlint.engine.forums import FORUM_NOUN, NOT_NAME
from contractlint.nlp.negation import is_negated

# A title: one to four capitalised words ("Coordinator", "Contract Owner", "Guest Care Steward").
# (Not "Director" of "its Director of Guest Contact Partnerships": the whole title is no name to look for.)
_TITLE_WORDS = r"(?:[A-Z][\w'’-]*+\s+){0,3}[A-Z][\w'’-]*+"
_TITLE = rf"(?P<title>{_TITLE_WORDS})(?!\s+(?:of|for)\s+[A-Z])"
# Appointing one: "shall appoint an Engagement Lead", "Each party shall designate a Coordinator".
_APPOINTED = re.compile(
    r"\b(?:appoint|designate|nominate|name)s?\s+(?:(?:a|an|one|its|their|his|her|own)\s+){1,2}[\"“]?" + _TITLE)
# Or stating that one is a contact: "The Contract Owner is the Smelter's point of contact" (the
# contact words follow, checked below).
_IS_CONTACT = re.compile(
    r"\b(?i:the|its|each|our|your)\s+" + _TITLE
    + r"\s+(?:is|are|shall\s+be|will\s+be|acts?\s+as|shall\s+act\s+as|will\s+act\s+as|serves?\s+as"
    r"|(?:shall|will)\s+each\s+(?:be|act\s+as|serve\s+as))\s+")
# ... and the first of two at once: "The Agent's Booking Desk Manager and the Charter Company's Dock
# Master shall each be the principal contact of their party" (the second is read as above).
_FIRST_OF_PAIR = re.compile(
    rf"\b(?i:the|its|our|your)\s+(?P<title>{_TITLE_WORDS})\s+and\s+(?i:the|its|our|your)\s+{_TITLE_WORDS}"
    r"\s+(?:shall|will)\s+(?:each\s+|both\s+)?(?:be|act\s+as|serve\s+as)\s+")
# What makes the role a contact, in the same sentence. (Not "from first contact to resolution", the
# journey a process owner answers for, nor a "Liaison Board".)
_CONTACT_ROLE = re.compile(
    r"\b(?:points?\s+of\s+contact|contact\s+persons?|channels?\s+of\s+communication|ports?\s+of\s+call"
    r"|liaison\s+(?:between|with)|go-between|counterparts?"
    # "Each of them is the only channel through which the Parties communicate"
    r"|(?:only|sole|single|exclusive)\s+channels?\s+(?:of|through|by|for)"
    # translated drafting: "a Focal Point, who shall be its sole correspondent"
    r"|(?:single|sole|main|primary|principal|key)\s+(?:contacts?|correspondents?|interlocutors?)"
    # Korean drafting in translation: "each shall act as the single window of its party" (창구)
    r"|(?:single|sole|contact)\s+windows?)\b", re.I)
# Words a title is caught with that are not part of it (as a forum's name is); single words that
# name no one in particular; last words of things, not people.
_NOT_TITLE = NOT_NAME | {"such"}
_NO_ONE = frozenset({"person", "individual", "employee", "representative", "member", "officer", "manager",
                     "director", "client", "provider", "supplier", "customer", "company"})
_THINGS = frozenset({"agreement", "contract", "service", "party", "parties", "business", "day", "period", "date",
                     "plan", "schedule", "annex", "appendix", "clause", "section", "article"})
_NEAR = 60  # characters between "is" and the contact words
# ... or the other way round: "The Contractor's principal contact shall be its Grower Desk Principal",
# "Our main contact for you will be our Bookings Manager".
_CONTACT_IS = re.compile(
    r"\b(?i:contacts?|contact\s+persons?|correspondents?|interlocutors?)(?:\s+(?i:for|with|to)\s+(?i:the\s+)?[\w'’-]+)?"
    r"\s+(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?i:the|its|their|our|your)\s+" + _TITLE)
# A sentence that makes the people just appointed contacts: "The Agency shall designate a Programme
# Liaison and the Operator a Helpline Director. Each shall be the first point of contact ..."
_BACK_REFERENCE = re.compile(r"^\W*(?:each(?:\s+of\s+them)?|both(?:\s+of\s+them)?|they|these|such\s+persons?)\s", re.I)


def _title(words: list[str], parties: set[str]) -> str | None:
    while words and words[0].lower() in _NOT_TITLE:
        words = words[1:]
    # "Charter Company's Dock Master": the party that owns the title is no part of it
    for i, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")) and " ".join([*words[:i], word[:-2]]).lower() in parties:
            words = words[i + 1:]
            break
    if not words:
        return None
    last = words[-1].lower()
    if last in _THINGS or last.rstrip("s") in _THINGS or len(words) == 1 and last.rstrip("s") in _NO_ONE:
        return None
    if len(words) == 1 and len(words[0]) < 4:
        return None  # "AM", "RM": a short form read as a word ("9 am") would be found everywhere
    if re.fullmatch(FORUM_NOUN, words[-1]):
        return None  # a body, not a person
    title = " ".join(words)
    return None if title.lower() in parties else title


def contact_terms(doc: Document) -> list[str]:
    """Titles (lower-cased) the contract gives the people it makes points of contact."""
    parties = {n.lower() for p in doc.parties for n in p.names}
    found: set[str] = set()
    previous = ""
    for s in doc.sentences:
        text = doc.text[s.start:s.end]
        before, previous = previous, text
        # "The Journey Owner is not a contact person": a role said not to be one is none.
        if not any(not is_negated(text, m.start(), m.end()) for m in _CONTACT_ROLE.finditer(text)):
            continue
        titles = [m.group("title") for m in _APPOINTED.finditer(text)]
        if not titles and _BACK_REFERENCE.match(text):
            titles = [m.group("title") for m in _APPOINTED.finditer(before)]
        titles += [m.group("title") for pattern in (_IS_CONTACT, _FIRST_OF_PAIR) for m in pattern.finditer(text)
                   if _CONTACT_ROLE.search(text, m.end(), m.end() + _NEAR)]
        titles += [m.group("title") for m in _CONTACT_IS.finditer(text)
                   if _CONTACT_ROLE.search(text, max(0, m.start() - _NEAR), m.start("title"))]
        for words in titles:
            if title := _title(words.split(), parties):
                # one title in both numbers: "Each Party appoints a Contact Coordinator ... The
                # Contact Coordinators are the main channel"
                low = title.lower()
                found.add(low)
                found.add(low[:-1] if low.endswith("s") and not low.endswith("ss") else low + "s")
    return sorted(found)
