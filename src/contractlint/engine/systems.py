"""The contract's own names for the client's systems.

A contract often names the system the provider is to work in once, in its glossary: '"Booking
System" means the Corporation's passage and cargo booking application known as TaoBook', '"Club
Platform" means the software in which THE BODEGA keeps the records of wine club members'. Rules
speak of "the Client's platform"; the rule language's ``{client_system}`` slot holds these defined
terms, so that "record every enquiry directly in the Booking System" is read as work in the
client's system.
"""

from __future__ import annotations

import re

from contractlint.document.model import Document

# What a system is called: the head of the definition, not something kept in it ("the records").
_SYSTEM = (r"(?:systems?|platforms?|software|applications?|apps?|tools?|databases?|registers?|CRM|portals?"
           r"|instances?|environments?|order\s+books?|consoles?)")


def _owned(clients: list[str]) -> re.Pattern[str] | None:
    """The system of one of ``clients``: theirs by a possessive, or one they keep, own or run."""
    if not clients:
        return None
    client = "|".join(re.escape(c) for c in sorted(clients, key=len, reverse=True))
    return re.compile(
        # "the Corporation's passage and cargo booking application"
        rf"^\W*(?:the\s+)?(?:{client})(?:['’]s?)?\s+(?:[\w-]+,?\s+){{0,6}}?{_SYSTEM}\b"
        # "the software in which THE BODEGA keeps the records", "the platform operated by the Client",
        # "the customer consultation and dispute management system owned and operated by Gap"
        rf"|^\W*(?:the|a|an)\s+(?:[\w-]+\s+){{0,6}}?{_SYSTEM}\b[^.;]{{0,60}}?\b(?:(?:in|through|by|with)\s+which"
        rf"|(?:owned|operated|run|kept|maintained|licensed|hosted|managed|used)\s+by|of|belonging\s+to)"
        rf"\s+(?:the\s+)?(?:{client})\b",
        re.I,
    )


def client_system_terms(doc: Document) -> list[str]:
    """The defined terms (lower-cased) whose definition names a system of the client's."""
    # (a party addressed as "you" has "your" among its aliases: "your booking system")
    owned = _owned([n for p in doc.parties if p.role == "client" for n in p.names])
    if owned is None:
        return []
    return sorted({d.term.lower() for d in doc.definitions if owned.search(d.text)})
