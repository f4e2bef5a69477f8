"""The pipeline of a ``check`` run: files -> Documents -> verdicts -> one Report with its exit code."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from contractlint import __version__
from contractlint.errors import InputError, UsageError
from contractlint.engine.run import check_document
from contractlint.engine.verdicts import FileResult, Report, Status, Summary, ToolInfo
from contractlint.ingest import READERS, ReadOptions
from contractlint.lang.ast import Severity
from contractlint.lang.compiler import RuleSet

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 3
FINDINGS = (Status.gap, Status.violation)


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """Expand folders recursively into the supported files they hold; files named directly are kept."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                st = os.stat(root)
                # A symlink loop would walk forever: visit each real folder once.
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(Path(root) / f for f in sorted(files) if Path(f).suffix.lower() in READERS)
        elif path.exists() or path.is_symlink():
            out.append(path)
        else:
            raise UsageError(f"no such file or folder: {path}")
    return out


def check_file(path: Path, rules: RuleSet, options: ReadOptions | None = None, hints=None) -> FileResult:
    """Check one file; an unreadable file gives a result with its one-line error, never an exception."""
    from contractlint.document.load import load_document

    try:
        doc = load_document(path, options, hints)
    except InputError as exc:
        return FileResult(path=str(path), error=exc.message)
    return FileResult(path=str(path), format=doc.format, pages=doc.pages, parties=doc.parties,
                      verdicts=check_document(doc, rules))


def exit_code(results: Iterable[FileResult], fail_on: Severity) -> int:
    """3 when a file could not be read, else 1 when a finding is at or above ``fail_on``, else 0."""
    results = list(results)
    if any(r.error for r in results):
        return EXIT_INPUT
    for r in results:
        for v in r.verdicts:
            if v.status in FINDINGS and Severity(v.severity).rank <= fail_on.rank:
                return EXIT_FINDINGS
    return EXIT_OK


def build_report(results: list[FileResult], rules: RuleSet, fail_on: Severity) -> Report:
    """Wrap the results with the tool's name and version and a summary."""
    by_status: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    for r in results:
        for v in r.verdicts:
            by_status[v.status.value] += 1
            if v.status in FINDINGS:
                by_severity[v.severity] += 1
    summary = Summary(
        files=len(results), unreadable=sum(1 for r in results if r.error), rules=len(rules.rules),
        by_status={s.value: by_status.get(s.value, 0) for s in Status},
        findings_by_severity={s.value: by_severity.get(s.value, 0) for s in Severity},
        fail_on=fail_on.value, exit_code=exit_code(results, fail_on),
    )
    return Report(tool=ToolInfo(version=__version__), files=results, summary=summary)
