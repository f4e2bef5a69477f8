"""Rule test files: snippets of contract text with the verdicts they must get, beside a rule file.

``rules/01-governance.test`` tests ``rules/01-governance.cl``. A marker line names the verdict and one or
more rule ids; the snippet is every line after it up to the next marker (Markdown allowed, so a
snippet can hold headings, lists and tables)::

    # pass: GOV-001, GOV-003
    The parties shall establish a Joint Steering Committee, which shall meet monthly.

    # gap: GOV-001
    The Supplier is not required to participate in any steering committee.

Lines before the first marker are a free preamble. As with Semgrep's ``ruleid:``/``ok:`` markers,
several ids may share one snippet.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from contractlint.errors import RuleFileError

TEST_SUFFIX = ".test"
_MARKER = re.compile(r"^#\s*(pass|gap|violation|not-applicable)\s*:\s*(.+?)\s*$")
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$")


class Case(BaseModel):
    """One snippet and the verdict it must get for one rule."""

    rule: str
    expect: str
    text: str
    file: str
    line: int


def test_file_for(rule_file: Path) -> Path:
    """Where the test file of a rule file stands: beside it, same name, ``.test``."""
    return rule_file.with_suffix(TEST_SUFFIX)


def parse_test_file(path: Path) -> list[Case]:
    """The cases of a test file; a malformed marker is a ``RuleFileError`` at its line."""
    cases: list[Case] = []
    current: tuple[str, list[str], int] | None = None
    body: list[str] = []

    def close() -> None:
        if current is None:
            return
        text = "\n".join(body).strip()
        if not text:
            raise RuleFileError("a test marker with no snippet after it", path=str(path), line=current[2], column=1)
        for rid in current[1]:
            cases.append(Case(rule=rid, expect=current[0], text=text, file=str(path), line=current[2]))

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = _MARKER.match(line)
        if m:
            close()
            ids = [i.strip() for i in m.group(2).split(",")]
            bad = next((i for i in ids if not _ID.match(i)), None)
            if bad is not None:
                raise RuleFileError(f"'{bad}' is not a rule id", path=str(path), line=n,
                                    column=line.index(bad) + 1 if bad else 1, source_line=line)
            current, body = (m.group(1), ids, n), []
        elif current is not None:
            body.append(line)
    close()
    return cases
