"""Roles a contract names by appointment: "designates a Coordinator as its single point of contact".

Such a sentence defines the title as surely as a quoted definition does: from then on "the
Bank's Coordinator" is a single point of contact, and "the Manager of Customer Service" (appointed
"as Customer Journey Owner") is the journey owner. Each appointment is returned as a Definition of
the title whose wording is the role, so every later mention of the title counts as the role.
"""

from __future__ import annotations

import re

from contractlint.document.model import BlockKind, Definition, Paragraph

# A title, not a person or a party: capitalised words ending in a role noun, or "Head of ...",
# optionally "of <Capitalised words>" after it ("Manager of Customer Service").
_ROLE_NOUN = (r"(?:Manager|Director|Lead|Leader|Owner|Executive|Officer|Representative|Coordinator|Co-ordinator"
              r"|Partner|Controller|Administrator|Liaison|Contact|Champion|Steward|Sponsor|Supervisor|Head)s?")
_CAP = r"[A-Z][\w’'-]*"
_TITLE = rf"(?:{_CAP}\s+){{0,3}}{_ROLE_NOUN}(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})?"
# The role after "as": up to six words, ending before a comma, a stop or a word that starts a
# new clause ("... as its single point of contact for the execution of this contract").
_ROLE_END = r"(?=\s*[,;:.()\[\]]|\s+(?:for|who|which|that|to|with|in|under|on|and|during|throughout)\b|\s*$)"
_APPOINTED = re.compile(
    rf"\b(?:appoint|designat|nominat|nam)(?:s|es|ed|e|ing)?\s+(?:(?:a|an|its|their|his|her|the|one|each)\s+)?"
    rf"(?-i:(?P<title>{_TITLE}))\s+(?:to\s+act\s+|to\s+serve\s+)?as\s+"
    rf"(?:(?:its|their|the|his|her|a|an|that|each)\s+)?(?:[\w-]+['’]s?\s+)?"
    rf"(?P<role>[\w-]+(?:\s+[\w-]+){{0,5}}?){_ROLE_END}",
    re.I,
)
_NOT_A_ROLE = frozenset("required necessary appropriate soon possible follows follow well set".split())


def find_appointments(text: str, paragraphs: list[Paragraph]) -> list[Definition]:
    """Each title appointed "as" a role in the body of the contract, as a definition of the title."""
    out = []
    for para in paragraphs:
        if para.kind in (BlockKind.toc, BlockKind.heading):
            continue
        for m in _APPOINTED.finditer(text, para.start, para.end):
            title, role = m.group("title"), m.group("role")
            if role.split()[0].lower() in _NOT_A_ROLE or role.lower() == title.lower():
                continue
            out.append(Definition(term=title, text=role, start=m.start("title"), end=m.end("role"),
                                  section=para.section, whole=True))
    return out
