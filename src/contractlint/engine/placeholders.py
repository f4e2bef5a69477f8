"""Schedules, annexes and exhibits of a contract that hold nothing but a placeholder.

"Annex C - Responsibility Matrix: Intentionally left blank" puts no matrix in the contract, so a
clause that points to Annex C points at nothing; the rule language's ``{empty_part}`` slot holds
these labels.
"""

from __future__ import annotations

import bisect
import re

from contractlint.document.model import BlockKind, Document

_PART_LABEL = re.compile(r"(?:schedule|annex|annexure|appendix|exhibit|attachment|part)\s+[\w.]{1,5}", re.I)
_PLACEHOLDER = re.compile(
    r"\W*(?:reserved|intentionally\s+(?:left\s+)?blank|not\s+used|not\s+applicable|n/?a|none|tb[acd]"
    r"|to\s+be\s+(?:agreed|confirmed|determined|provided|completed|inserted))\b",
    re.I,
)

_PLACEHOLDER_LINE = re.compile(
    r"\W*(?:reserved|intentionally\s+(?:left\s+)?blank|not\s+used|not\s+applicable|n/?a|none|tb[acd])\W*", re.I)


def empty_parts(doc: Document) -> list[str]:
    """Labels of the schedules, annexes and exhibits that hold nothing but a placeholder ("Annex C").

    A reference to one ("the matrix attached as Annex C") points at nothing, so rules can set it aside.
    """
    out = []
    starts = [p.start for p in doc.paragraphs]
    for s in doc.sections:
        if not s.number or not _PART_LABEL.fullmatch(s.number.strip()):
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
        first = parts[0].strip() if parts else ""
        if body and len(body) <= 200 and _PLACEHOLDER.match(body) and not any(c in body for c in "|\n"):
            out.append(" ".join(s.number.lower().split()))
        # "[Reserved]" alone on its line, with only the signature block after it (the last part
        # holds whatever follows it in the contract)
        elif _PLACEHOLDER_LINE.fullmatch(first):
            out.append(" ".join(s.number.lower().split()))
    return out
