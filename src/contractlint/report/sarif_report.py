"""SARIF 2.1.0 output, shaped for GitHub code scanning: one run, a rule per finding's rule, one result per finding.

Gaps and violations become results; passes, waivers and not-applicable rules do not. A finding in a
.txt or .md contract points at a line; in a .docx or .pdf, which have no lines a viewer could show,
it points at the file and names the clause and page as a logical location. An unreadable file is a
tool execution notification, and the invocation is then marked unsuccessful.

Example (abridged)::

    {"$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
     "version": "2.1.0",
     "runs": [{"tool": {"driver": {"name": "contractlint", "version": "0.1.0", "rules": [
                 {"id": "RED-003", "name": "EffortOnlyServiceLevels",
                  "shortDescription": {"text": "Effort-only service levels"},
                  "help": {"text": "...Suggested wording: ...", "markdown": "..."},
                  "defaultConfiguration": {"level": "note"}, "properties": {"tags": ["red-flags"]}}]}},
               "invocations": [{"executionSuccessful": true, "exitCode": 1}],
               "results": [{"ruleId": "RED-003", "ruleIndex": 0, "level": "note",
                            "message": {"text": "Service levels are effort-only."},
                            "locations": [{"physicalLocation": {
                                "artifactLocation": {"uri": "contracts/bad.md", "uriBaseId": "%SRCROOT%"},
                                "region": {"startLine": 7}}}],
                            "partialFingerprints": {"contractlintFinding/v1": "9c1e..."}}]}]}
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePath
from urllib.parse import quote

from contractlint.engine.verdicts import Evidence, FileResult, Report, Status, Verdict

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/contractlint/"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "contractlintFinding/v1"
INPUT_ERROR = "CL-INPUT"
FINDINGS = (Status.gap, Status.violation)
# Line numbers mean something to a viewer only in plain-text formats; .docx and .pdf get a clause instead.
_LINE_FORMATS = {"txt", "md"}
_LINE_SUFFIXES = {".txt", ".md", ".markdown"}
_LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
# Clause numbers and cross-references change when a contract is renumbered; the finding does not.
_DOTTED = re.compile(r"\b\d+(?:\.\d+)+\b")
_LEADING_LABEL = re.compile(r"^\s*(?:\(?[0-9]{1,3}[.)]|\([a-z]{1,4}\)|[a-z]\))\s*")
_CROSS_REF = re.compile(r"\b(clause|section|article|schedule|paragraph|annex|appendix)\s+[0-9]+[a-z]?(?:\.[0-9]+)*"
                        r"(?:\([a-z0-9]{1,4}\))*")
_NON_WORD = re.compile(r"[^\w]+")


def level(severity: str) -> str:
    """The SARIF level for a rule severity: critical and high are errors, medium a warning, low and info notes."""
    return _LEVELS.get(severity, "warning")


def render(report: Report, *, root: str | os.PathLike[str] | None = None) -> str:
    """The report as a SARIF 2.1.0 log; file URIs are relative to ``root`` (default: the current directory)."""
    base = os.path.abspath(root if root is not None else os.getcwd())
    rules: dict[str, int] = {}
    descriptors: list[dict] = []
    results: list[dict] = []
    notifications: list[dict] = []
    for file in report.files:
        artifact = _artifact(file.path, base)
        if file.error:
            notifications.append(_notification(file, artifact))
            continue
        for v in file.verdicts:
            if v.status not in FINDINGS:
                continue
            if v.rule not in rules:
                rules[v.rule] = len(descriptors)
                descriptors.append(_descriptor(v))
            results.append(_result(v, rules[v.rule], artifact, _line_based(file)))
    invocation: dict = {"executionSuccessful": not notifications, "exitCode": report.summary.exit_code}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    driver = {
        "name": report.tool.name,
        "version": report.tool.version,
        "semanticVersion": report.tool.version,
        "informationUri": INFORMATION_URI,
        "rules": descriptors,
        "notifications": [{
            "id": INPUT_ERROR, "name": "UnreadableInput",
            "shortDescription": {"text": "A contract file could not be read."},
            "fullDescription": {"text": "A contract file could not be read (corrupt, encrypted, scanned without a text "
                                        "layer, empty or of an unsupported type), so none of its rules were checked."},
            "help": {"text": "Open the file to confirm it is the contract; save it again as .docx, .pdf with a text "
                             "layer, .txt or .md, and check it again."},
            "defaultConfiguration": {"level": "error"},
        }],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0",
           "runs": [{"tool": {"driver": driver}, "invocations": [invocation], "results": results}]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def fingerprint(rule: str, quote_text: str) -> str:
    """A hash of the rule and the quote with clause numbers, case, spacing and punctuation taken out."""
    text = _DOTTED.sub(" ", _CROSS_REF.sub(r"\1", quote_text.lower()))
    text = _LEADING_LABEL.sub("", text)
    text = " ".join(_NON_WORD.sub(" ", text).split())
    return hashlib.sha256(f"{rule}\0{text}".encode()).hexdigest()[:32]


def _line_based(file: FileResult) -> bool:
    if file.format:
        return file.format in _LINE_FORMATS
    return PurePath(file.path).suffix.lower() in _LINE_SUFFIXES


def _artifact(path: str, base: str) -> dict:
    """A URI relative to ``base`` under ``%SRCROOT%`` when the file lies inside it, else an absolute file URI."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # on Windows, a file on another drive has no relative path
        relative = os.pardir
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(PurePath(relative).as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _descriptor(v: Verdict) -> dict:
    full = _sentence(v.title) + f" Area: {v.area or 'general'}; severity: {v.severity}."
    if v.source:
        full += " Source: " + _sentence(v.source)
    fix_text = f"Suggested wording: {v.fix}" if v.fix else "No suggested wording is given for this rule."
    fix_md = f"**Suggested wording:**\n\n> {_md(v.fix)}" if v.fix else "_No suggested wording is given for this rule._"
    source_md = f"\n\nSource: {_md(v.source)}" if v.source else ""
    tags = list(dict.fromkeys(t for t in (v.area, *v.tags) if t))
    return {
        "id": v.rule,
        "name": _pascal(v.title) or v.rule.replace("-", ""),
        "shortDescription": {"text": v.title},
        "fullDescription": {"text": full},
        "help": {
            "text": f"{full}\n\n{fix_text}",
            "markdown": f"**{_md(v.title)}** ({_md(v.area or 'general')}, {v.severity}){source_md}\n\n{fix_md}",
        },
        "defaultConfiguration": {"level": level(v.severity)},
        "properties": {"tags": tags},
    }


def _result(v: Verdict, index: int, artifact: dict, line_based: bool) -> dict:
    first = v.evidence[0] if v.evidence else None
    text = v.message
    if first is not None and not line_based:
        text = f'{text} ({first.where()}: "{first.quote}")'
    result: dict = {
        "ruleId": v.rule,
        "ruleIndex": index,
        "level": level(v.severity),
        "message": {"text": text},
        "locations": [_location(artifact, first, line_based)],
        "partialFingerprints": {FINGERPRINT: fingerprint(v.rule, first.quote if first else "")},
        "properties": {
            "status": v.status.value, "severity": v.severity, "area": v.area,
            "evidence": [{"quote": e.quote, "where": e.where()} for e in v.evidence],
        },
    }
    if len(v.evidence) > 1:
        related = []
        for i, e in enumerate(v.evidence[1:], start=1):
            loc = _location(artifact, e, line_based)
            loc["id"] = i
            loc["message"] = {"text": f'{e.where()}: "{e.quote}"'}
            related.append(loc)
        result["relatedLocations"] = related
    if v.captures:
        result["properties"]["captures"] = dict(v.captures)
    return result


def _location(artifact: dict, evidence: Evidence | None, line_based: bool) -> dict:
    """A line region for plain text (line 1 when there is no evidence); the file and its clause otherwise."""
    if line_based:
        line = evidence.line if evidence is not None and evidence.line else 1
        return {"physicalLocation": {"artifactLocation": dict(artifact), "region": {"startLine": line}}}
    location: dict = {"physicalLocation": {"artifactLocation": dict(artifact)}}
    if evidence is not None:
        name = evidence.section or evidence.heading or (f"p. {evidence.page}" if evidence.page else None)
        if name:
            location["logicalLocations"] = [{"name": name, "fullyQualifiedName": evidence.where(), "kind": "section"}]
    return location


def _notification(file: FileResult, artifact: dict) -> dict:
    return {
        "descriptor": {"id": INPUT_ERROR, "index": 0},
        "level": "error",
        "message": {"text": f"{file.path}: {file.error}"},
        "locations": [{"physicalLocation": {"artifactLocation": dict(artifact)}}],
    }


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in _NON_WORD.sub(" ", text).split())


def _md(text: str | None) -> str:
    """Markdown-escape user text so a quote or fix cannot turn into links, emphasis or HTML."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", " ".join((text or "").split()))
