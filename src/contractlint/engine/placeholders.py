"""Schedules, annexes and exhibits of a contract that hold nothing but a placeholder.

"Annex C - Responsibility Matrix: Intentionally left blank" puts no matrix in the contract, so a
clause that points to Annex C points at nothing; the rule language's ``{empty_part}`` slot holds
these labels. So does a defined document that is still to be agreed ("Responsibility Matrix"
means the allocation of tasks, to be agreed by the parties after signature).
"""

from __future__ import annotations

import bisect
import re

from contractlint.document.labels import parse_label
from contractlint.document.model import BlockKind, Document

# The words that stand in for a part's content: "[Reserved]", "Intentionally left blank", "TBD".
# (US drafting: "[Intentionally Omitted]"; a schedule struck out: "[Deleted]".)
_EMPTY_WORDS = (r"reserved|intentionally\s+(?:left\s+)?(?:blank|omitted)|omitted|deleted|not\s+used|not\s+applicable"
                r"|n/?a|none|tb[acd]")
_PLACEHOLDER = re.compile(
    rf"\W*(?:{_EMPTY_WORDS}|to\s+be\s+(?:agreed|confirmed|determined|provided|completed|inserted))\b", re.I)
# A definition whose thing does not exist yet: "..., to be agreed by the parties after signature"
# (not one settled through a procedure the contract has: "to be agreed under the Change Procedure").
_DEFERRED_DEFINITION = re.compile(
    r"\b(?:to|shall|will)\s+be\s+(?:agreed|determined|confirmed|settled|developed|drawn\s+up)\b"
    r"(?!\s+(?:under|in\s+accordance\s+with|pursuant\s+to|through|using)\b)", re.I)
# A document the parties are still to write: "The parties will agree a RACI matrix for the Helpdesk
# within 60 days after the commencement date" (the thing named by its last words, kind of document last).
_AGREED_LATER = re.compile(
    r"\b(?:the\s+parties|both\s+parties|the\s+parties\s+jointly|we\s+and\s+you|you\s+and\s+we|we\s+both)\s+"
    r"(?:will|shall)\s+(?:jointly\s+)?(?:agree|agree\s+on|draw\s+up|develop|prepare|settle)\s+(?:a|an|the)\s+"
    r"(?P<thing>(?:[\w-]+\s+){0,3}?(?:matrix|plan|manual|charter|handbook|protocol|procedures?|schedule|table|chart))\b"
    r"(?=[^.;]{0,80}?\b(?:within|after|by|no\s+later\s+than|before)\b)", re.I)
# The same words as a whole line of their own.
_PLACEHOLDER_LINE = re.compile(rf"\W*(?:{_EMPTY_WORDS})\W*", re.I)


def empty_parts(doc: Document) -> list[str]:
    """Labels of the schedules, annexes and exhibits that hold nothing but a placeholder ("Annex C"),
    and the names of documents still to be agreed ("responsibility matrix", "raci matrix"), lower-cased.

    A reference to one ("the matrix attached as Annex C") points at nothing, so rules can set it aside.
    """
    out = [d.term.lower() for d in doc.definitions if _DEFERRED_DEFINITION.search(d.text)]
    out += [" ".join(m.group("thing").lower().split()) for m in _AGREED_LATER.finditer(doc.text)]
    starts = [p.start for p in doc.paragraphs]
    for s in doc.sections:
        if not s.number or not _is_part(s.number.strip()):
            continue
        parts: list[str] = []
        i = bisect.bisect_left(starts, s.start)
        # Only a short body can be a placeholder: stop reading once it is longer than one.
        while i < len(starts) and starts[i] < s.end and sum(map(len, parts)) <= 200:
            p = doc.paragraphs[i]
            if p.kind not in (BlockKind.heading, BlockKind.toc):
                parts.append(doc.text[p.start:p.end])
            i += 1
        body = " ".join(parts)
        # "Not used.", "[Reserved]", "To be agreed between the parties within sixty days." (A part with
        # no body at all may hold its content in parts the reader did not nest under it.)
        body = body.strip()
        # ... or "[Reserved]" alone on its line, with the signature block after it (the last part
        # holds whatever follows it in the contract).
        short = body and len(body) <= 200 and _PLACEHOLDER.match(body) and not any(c in body for c in "|\n")
        if short or parts and _PLACEHOLDER_LINE.fullmatch(parts[0].strip()):
            out.append(" ".join(s.number.lower().split()))
    return out


def _is_part(number: str) -> bool:
    """Whether a section number labels a part of the contract ("Annex C", "Schedule 4", "Annex (7)"),
    read as the section labels themselves are read (a chapter is not a part one can leave empty)."""
    label = parse_label(number)
    return label is not None and label.top and label.style != "chapter" and label.text == number
