"""The pipeline of a ``check`` run: files -> Documents -> verdicts -> one Report with its exit code.

Files are checked in this process, or with ``jobs`` > 1 in worker processes that each receive the
compiled rules once (the pool's initializer) and return results in the input order.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

from contractlint import __version__
from contractlint.errors import ContractlintError, InputError, UsageError, internal_error
from contractlint.engine.run import check_document
from contractlint.engine.verdicts import FileResult, Report, Status, Summary, ToolInfo
from contractlint.ingest import READERS, ReadOptions
from contractlint.isolation import DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT, run_limited
from contractlint.lang.ast import Severity
from contractlint.lang.compiler import RuleSet

if TYPE_CHECKING:
    from contractlint.baseline import Baseline
    from contractlint.document.parties import RoleHints

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 3
FINDINGS = (Status.gap, Status.violation)


def collect_files(paths: Sequence[Path], exclude: Sequence[str] = (), base: Path | None = None) -> list[Path]:
    """Expand folders recursively into the supported files they hold; files named directly are kept.

    ``exclude`` globs (see ``config.glob_match``) skip files and folders found in a folder search,
    tried on the path relative to the searched folder, as given, and relative to ``base``.
    """
    from contractlint.config import glob_match, path_forms

    def excluded(found: Path, top: Path) -> bool:
        forms = [found.relative_to(top).as_posix(), *path_forms(found, base or Path.cwd())]
        return any(glob_match(p, forms) for p in exclude)

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
                here = Path(root)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(here / d, path))
                out.extend(here / f for f in sorted(files)
                           if Path(f).suffix.lower() in READERS and not excluded(here / f, path))
        elif path.exists() or path.is_symlink():
            out.append(path)
        else:
            raise UsageError(f"no such file or folder: {path}")
    return out


def check_file(path: Path, rules: RuleSet, options: ReadOptions | None = None,
               hints: RoleHints | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> FileResult:
    """Check one file within ``timeout`` seconds and 1 GiB of memory (None: in this process, unbounded).

    An unreadable file, or one that takes too long, gives a result with its one-line error; never raises.
    """
    if timeout is None:
        return _check_file(path, rules, options, hints)
    try:
        return run_limited(_check_file, path, rules, options, hints, timeout=timeout,
                           memory_bytes=DEFAULT_MEMORY_BYTES, path=str(path))
    except InputError as exc:
        return FileResult(path=str(path), error=exc.message)


def _check_file(path: Path, rules: RuleSet, options: ReadOptions | None, hints: RoleHints | None) -> FileResult:
    from contractlint.document.load import load_document

    try:
        doc = load_document(path, options, hints)
        verdicts = check_document(doc, rules)
    except InputError as exc:
        return FileResult(path=str(path), error=exc.message)
    except ContractlintError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not cost the user the others
        return FileResult(path=str(path), error=internal_error(exc))
    return FileResult(path=str(path), format=doc.format, pages=doc.pages, parties=doc.parties, verdicts=verdicts)


def check_files(files: Sequence[Path], rules: RuleSet, options: ReadOptions | None = None,
                hints: RoleHints | None = None, jobs: int = 1,
                on_done: Callable[[], None] | None = None,
                timeout: float | None = DEFAULT_TIMEOUT) -> list[FileResult]:
    """Check files, in ``jobs`` worker processes when more than one (0: one per CPU); input order kept.

    ``on_done`` is called in this process once per finished file (for a progress bar).
    """
    workers = worker_count(jobs, len(files))
    done = on_done or (lambda: None)
    if workers <= 1:
        results = []
        for f in files:
            results.append(check_file(f, rules, options, hints, timeout))
            done()
        return results
    out: list[FileResult | None] = [None] * len(files)
    # The workers already use the CPUs: a long PDF is read in its worker alone.
    options = (options or ReadOptions()).model_copy(update={"page_workers": 1})
    # Workers are forked from this process: import the readers they will need once, here,
    # instead of once in every worker.
    for suffix in {f.suffix.lower() for f in files} & READERS.keys():
        importlib.import_module(READERS[suffix])
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                               initargs=(rules, options, hints, timeout))
    try:
        futures = {pool.submit(_check_in_worker, f): i for i, f in enumerate(files)}
        for future in as_completed(futures):
            out[futures[future]] = future.result()
            done()
    finally:
        # On an interrupt or a crash, drop the queued files instead of checking them all first.
        pool.shutdown(wait=True, cancel_futures=True)
    return [r for r in out if r is not None]


def worker_count(jobs: int, files: int) -> int:
    """The processes to use: ``jobs`` (0 means one per CPU), never more than the files."""
    wanted = (os.cpu_count() or 1) if jobs == 0 else jobs
    return max(1, min(wanted, files))


_WORKER: dict[str, object] = {}


def _init_worker(rules: RuleSet, options: ReadOptions | None, hints: RoleHints | None,
                 timeout: float | None) -> None:
    # Runs once per worker process: the compiled rules arrive once, not with every file.
    _WORKER.update(rules=rules, options=options, hints=hints, timeout=timeout)


def _check_in_worker(path: Path) -> FileResult:
    return check_file(path, _WORKER["rules"], _WORKER["options"], _WORKER["hints"],  # type: ignore[arg-type]
                      _WORKER["timeout"])  # type: ignore[arg-type]


def exit_code(results: Iterable[FileResult], fail_on: Severity, baseline: Baseline | None = None) -> int:
    """3 when a file could not be read, else 1 when a finding is at or above ``fail_on``, else 0.

    Findings recorded in ``baseline`` do not count.
    """
    results = list(results)
    if any(r.error for r in results):
        return EXIT_INPUT
    for r in results:
        for v in r.verdicts:
            if v.status in FINDINGS and Severity(v.severity).rank <= fail_on.rank:
                if baseline is None or not baseline.covers(r.path, v):
                    return EXIT_FINDINGS
    return EXIT_OK


def build_report(results: list[FileResult], rules: RuleSet, fail_on: Severity,
                 baseline: Baseline | None = None) -> Report:
    """Wrap the results with the tool's name and version and a summary."""
    by_status: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    baselined = 0
    for r in results:
        for v in r.verdicts:
            by_status[v.status.value] += 1
            if v.status in FINDINGS:
                by_severity[v.severity] += 1
                baselined += baseline is not None and baseline.covers(r.path, v)
    summary = Summary(
        files=len(results), unreadable=sum(1 for r in results if r.error), rules=len(rules.rules),
        by_status={s.value: by_status.get(s.value, 0) for s in Status},
        findings_by_severity={s.value: by_severity.get(s.value, 0) for s in Severity},
        fail_on=fail_on.value, exit_code=exit_code(results, fail_on, baseline), baselined=baselined,
    )
    return Report(tool=ToolInfo(version=__version__), files=results, summary=summary)
