"""What ``contractlint explain`` prints: a rule's verdict traced through its scopes and candidates.

Example::

    ESC-002  Each escalation level is time-limited   gap
    require: (sentence mentions esc_escalate and has duration) and not (...)

    sentence mentions esc_escalate and has duration > 15 business days
      scope: sentence; 3 of 212 units hold a candidate match; 1 meet the test (needs none)
      ✓ 19.2 Escalation, p. 11: "If not resolved within thirty (30) days, the matter is escalated ..."
          ✓ mentions esc_escalate: found "escalated"
          ✓ has duration > 15 business days: found "thirty (30) days"
"""

from __future__ import annotations

import textwrap

from contractlint.document.model import Document
from contractlint.engine.trace import ScopeTrace
from contractlint.engine.verdicts import Verdict
from contractlint.lang import ast, describe


def render(rule: ast.Rule, verdict: Verdict, doc: Document, when: list[ScopeTrace],
           traces: list[ScopeTrace]) -> str:
    """The explanation as terminal text."""
    kind = "require" if rule.require is not None else "forbid"
    cond = rule.require if rule.require is not None else rule.forbid
    out = [f"{rule.id}  {rule.title}   {verdict.status.value}", f"{verdict.message}", ""]
    out += textwrap.wrap(f"{kind}: {describe.condition(cond)}", width=100, subsequent_indent="    ")
    if rule.when is not None:
        out += [""] + textwrap.wrap(f"when: {describe.condition(rule.when)}", width=100, subsequent_indent="    ")
    parties = ", ".join(f"{p.name} = {p.role}" for p in doc.parties) or "no parties found"
    out.append(f"parties: {parties}")
    for label, group in (("precondition", when), ("condition", traces)):
        for t in group:
            out.append("")
            out.append(("✓ " if t.ok else "✗ ") + f"{label}: {t.condition}")
            out.append(f"    scope: {t.scope}; {t.candidates} of {t.units} units hold a candidate match; "
                       f"{t.satisfied} meet the test (needs {t.needed})")
            if not t.candidates:
                out.append("    no unit of this scope mentions the anchor term at all")
            for u in t.shown:
                loc = doc.locate(u.start, u.end)
                quote = textwrap.shorten(" ".join(doc.text[u.start:u.end].split()), width=110, placeholder=" ...")
                out.append(f"    {'✓' if u.ok else '✗'} {loc.label()}: \"{quote}\"")
                for n in u.notes:
                    out.append(f"        {'  ' * n.depth}{'✓' if n.met else '✗'} {n.text}")
            hidden = t.candidates - len(t.shown)
            if hidden > 0:
                out.append(f"    ... and {hidden} more candidates")
    return "\n".join(out) + "\n"
