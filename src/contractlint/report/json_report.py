"""JSON output: the Report model serialised, stable field names (see ``contractlint schema``).

Example::

    {"tool": {"name": "contractlint", "version": "0.1.0"},
     "files": [{"path": "samples/weak-draft.pdf", "error": null, "parties": [...],
                "verdicts": [{"rule": "GOV-001", "status": "gap", "severity": "critical", ...}]}],
     "summary": {"files": 1, "by_status": {"pass": 30, "gap": 14, ...}, "exit_code": 1}}
"""

from __future__ import annotations

from contractlint.engine.verdicts import Report


def render(report: Report) -> str:
    """The report as indented JSON."""
    return report.model_dump_json(indent=2) + "\n"
