"""JUnit XML output for CI dashboards: a test suite per contract, a test case per rule.

Gaps and violations are failures (the message is the verdict's, the body its evidence and suggested
wording); waived and not-applicable rules are skipped; a file that could not be read is a suite with
one erroring test case.

Example::

    <?xml version='1.0' encoding='utf-8'?>
    <testsuites name="contractlint" tests="3" failures="1" errors="1" skipped="0">
      <testsuite name="contracts/bad.md" tests="2" failures="1" errors="0" skipped="0">
        <properties><property name="client" value="Acme Ltd" /></properties>
        <testcase classname="governance" name="GOV-001 A governance body" file="contracts/bad.md" />
        <testcase classname="red-flags" name="RED-003 Effort-only service levels" file="contracts/bad.md">
          <failure message="Service levels are effort-only." type="violation">Severity: low
    Evidence:
      4.1 Service Levels, line 7: "4.1 The Supplier shall use reasonable efforts ..."</failure>
        </testcase>
      </testsuite>
      <testsuite name="contracts/broken.docx" tests="1" failures="0" errors="1" skipped="0">
        <testcase classname="contractlint" name="read contracts/broken.docx" file="contracts/broken.docx">
          <error message="not a Word .docx file" type="unreadable" />
        </testcase>
      </testsuite>
    </testsuites>
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from contractlint.engine.verdicts import FileResult, Report, Status, Verdict

FAILURES = (Status.gap, Status.violation)
SKIPPED = (Status.waived, Status.not_applicable)
# XML 1.0 cannot carry most control characters, which PDF text sometimes holds; they are dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(report: Report) -> str:
    """The report as a JUnit XML document."""
    root = ET.Element("testsuites", name=report.tool.name)
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for file in report.files:
        suite = _suite(file)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, n in totals.items():
        root.set(key, str(n))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _suite(file: FileResult) -> ET.Element:
    suite = ET.Element("testsuite", name=_x(file.path))
    counts = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    if file.error:
        case = ET.SubElement(suite, "testcase", classname="contractlint", name=_x(f"read {file.path}"), file=_x(file.path))
        ET.SubElement(case, "error", message=_x(file.error), type="unreadable")
        counts.update(tests=1, errors=1)
    else:
        if file.parties:
            props = ET.SubElement(suite, "properties")
            for p in file.parties:
                ET.SubElement(props, "property", name=_x(p.role), value=_x(p.name))
        for v in file.verdicts:
            suite.append(_case(v, file.path))
            counts["tests"] += 1
            if v.status in FAILURES:
                counts["failures"] += 1
            elif v.status in SKIPPED:
                counts["skipped"] += 1
    for key, n in counts.items():
        suite.set(key, str(n))
    return suite


def _case(v: Verdict, path: str) -> ET.Element:
    case = ET.Element("testcase", classname=_x(v.area or "general"), name=_x(f"{v.rule} {v.title}"), file=_x(path))
    if v.status in FAILURES:
        failure = ET.SubElement(case, "failure", message=_x(v.message), type=v.status.value)
        failure.text = _x(_details(v))
    elif v.status == Status.waived:
        ET.SubElement(case, "skipped", message=_x(f"Waived: {v.waiver}" if v.waiver else "Waived."))
    elif v.status == Status.not_applicable:
        ET.SubElement(case, "skipped", message=_x(v.message))
    return case


def _details(v: Verdict) -> str:
    """The failure body: severity, each quote with where it stands, and the suggested wording."""
    lines = [f"Severity: {v.severity}"]
    if v.evidence:
        lines.append("Evidence:")
        lines.extend(f'  {e.where()}: "{e.quote}"' for e in v.evidence)
    if v.fix:
        lines.append("Suggested wording:")
        lines.append("  " + " ".join(v.fix.split()))
    return "\n".join(lines)


def _x(text: str) -> str:
    return _NOT_XML.sub("", text)
