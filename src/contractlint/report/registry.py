"""The output formats: one module each, chosen from this dict, never by an if/elif ladder."""

from __future__ import annotations

import importlib

REPORTERS: dict[str, str] = {
    "text": "contractlint.report.text_report",
    "json": "contractlint.report.json_report",
    "sarif": "contractlint.report.sarif_report",
    "junit": "contractlint.report.junit_report",
    "html": "contractlint.report.html_report",
}


def reporter(name: str):  # noqa: ANN201 - a module with render(report, **options)
    """The reporter module for a format name."""
    return importlib.import_module(REPORTERS[name])
