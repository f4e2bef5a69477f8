"""Bad input never costs more than its own result: one line naming the file and the cause, exit 3
(2 for a rule file), no traceback, the other files still checked, nothing outside the input read,
the input never written, and every run within the time and memory limits.

The command line runs in a child process (``_run``) so that its peak memory can be measured and a
runaway input cannot take the test run down with it. The bad files are written by ``bad_inputs``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import bad_inputs
from bad_inputs import CASES, MB
from contractlint.errors import InputError, RuleFileError
from contractlint.isolation import run_limited
from contractlint.lang.compiler import CATASTROPHIC, backtracks, compile_rules
from contractlint.lang.parser import parse_rule_text

GIB = 1024 * MB
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
PASSWD = Path("/etc/passwd")
PASSWD_LINE = (PASSWD.read_text().splitlines() or [""])[0] if PASSWD.exists() else ""

# Runs the CLI as ``contractlint`` would, under a 4 GiB address-space cap as a safety net, and at
# exit writes its own peak RSS (VmHWM: this process only, not what fork inherited), the largest of
# its children's, and every file Python opened for reading (the "open" audit event).
_LAUNCHER = """
import atexit, json, os, resource, sys
report, sys.argv = sys.argv[1], ["contractlint", *sys.argv[2:]]
hard = resource.getrlimit(resource.RLIMIT_AS)[1]
resource.setrlimit(resource.RLIMIT_AS, (4 << 30 if hard == resource.RLIM_INFINITY else min(4 << 30, hard), hard))
opened = []
def audit(event, args):
    if event == "open" and isinstance(args[0], str):
        mode, flags = args[1], args[2] or 0
        if (("r" in mode and "+" not in mode) if isinstance(mode, str) else not flags & (os.O_WRONLY | os.O_RDWR)):
            opened.append(args[0])
sys.addaudithook(audit)
def done():
    hwm = next(int(line.split()[1]) * 1024 for line in open("/proc/self/status") if line.startswith("VmHWM"))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    with open(report, "w") as fh:
        json.dump({"peak": max(hwm, children), "opened": sorted(set(opened))}, fh)
atexit.register(done)
from contractlint.cli.main import entry
entry()
"""


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak: int
    opened: list[str]

    def file(self, path: Path) -> dict:
        """The JSON report's entry for one input file."""
        found = [f for f in json.loads(self.out)["files"] if f["path"] == str(path)]
        assert len(found) == 1, self.out[:500]
        return found[0]

    def lines_about(self, path: Path) -> list[str]:
        return [line for line in self.err.splitlines() if str(path) in line]


@pytest.fixture(scope="session")
def rules_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rules-cache")


def _run(args: list[str], cwd: Path, cache: Path, timeout: float = 180) -> Run:
    report = cwd.parent / f".{cwd.name}-run.json"
    env = {**os.environ, "CONTRACTLINT_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", _LAUNCHER, str(report), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    measured = json.loads(report.read_text()) if report.exists() else {"peak": 0, "opened": []}
    return Run(proc.returncode, proc.stdout, proc.stderr, seconds, measured["peak"], measured["opened"])


def _check(paths: list[Path], cwd: Path, cache: Path, *extra: str, timeout: float = 180) -> Run:
    return _run(["check", "--format", "json", *extra, *map(str, paths)], cwd, cache, timeout)


def _snapshot(folder: Path) -> dict[str, tuple]:
    """Type, mtime and content hash of everything in a folder, without following links or opening pipes."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            readable = stat.S_ISREG(info.st_mode) and info.st_mode & 0o444
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if readable else ""
            out[str(path)] = (stat.S_IFMT(info.st_mode), info.st_mtime_ns, info.st_size, digest)
    return out


def _allowed_reads(folder: Path, cache: Path) -> tuple[str, ...]:
    """Where the tool may read: its input folder, its code, its caches (rules; lark's grammar), Python."""
    roots = {str(folder), str(cache), sys.prefix, sys.base_prefix, sys.exec_prefix, str(Path(__file__).parents[1]),
             os.path.join(tempfile.gettempdir(), ".lark_cache_"), "/proc/self/", "/dev/null", "/dev/urandom",
             "/etc/localtime", "/usr/share/zoneinfo"}
    roots.update(p for p in sys.path if p and not str(folder).startswith(p))
    return tuple(sorted(roots))


def _assert_contained(run: Run, folder: Path, cache: Path) -> None:
    allowed = _allowed_reads(folder, cache)
    resolved = [(p, os.path.realpath(p)) for p in run.opened]
    stray = [p for p, real in resolved if not (p.startswith(allowed) or real.startswith(allowed))]
    assert not stray, f"opened outside the input: {stray}"
    if PASSWD_LINE:
        assert PASSWD_LINE not in run.out + run.err


def _assert_one_line_error(run: Run, bad: Path, cause: str) -> None:
    assert "Traceback" not in run.err, run.err
    assert run.code == 3, (run.code, run.err)
    lines = run.lines_about(bad)
    assert len(lines) == 1, run.err
    assert lines[0].startswith(f"contractlint: {bad}: ") and cause in lines[0], lines[0]
    assert cause in run.file(bad)["error"]


def _assert_good_checked(run: Run, good: Path) -> None:
    entry = run.file(good)
    assert entry["error"] is None and entry["verdicts"], entry


def _assert_within_limits(run: Run, seconds: float = 60) -> None:
    assert run.seconds < seconds, f"took {run.seconds:.1f} s"
    assert 0 < run.peak < GIB, f"peak memory {run.peak / MB:.0f} MB"


# -- every bad file beside a good one ----------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gives_one_line_and_the_good_file_is_still_checked(name, tmp_path, rules_cache) -> None:
    """Each bad file: one line with its path and cause, exit 3, no traceback; the good file is judged."""
    case = CASES[name]
    if case.needs_non_root and IS_ROOT:
        pytest.skip("root reads a chmod 000 file; the pipe, device and folder cases cover unreadable paths")
    bad, good = case.make(tmp_path), bad_inputs.good_contract(tmp_path)
    before = _snapshot(tmp_path)
    try:
        run = _check([bad, good], tmp_path, rules_cache)
    finally:
        if case.needs_non_root:
            bad.chmod(0o600)
    _assert_one_line_error(run, bad, case.cause)
    _assert_good_checked(run, good)
    _assert_within_limits(run)
    _assert_contained(run, tmp_path, rules_cache)
    if not case.needs_non_root:
        assert _snapshot(tmp_path) == before


def test_windows_1252_text_is_read_as_such(tmp_path, rules_cache) -> None:
    """Invalid UTF-8 that is valid Windows-1252 is read as Windows-1252, what Windows tools export."""
    from contractlint.ingest import read_raw

    path = bad_inputs.cp1252_txt(tmp_path)
    assert "\u00a3500 to the \u201cClient\u201d" in read_raw(path).blocks[0].text
    run = _check([path], tmp_path, rules_cache)
    assert run.code in (0, 1) and run.file(path)["error"] is None and "Traceback" not in run.err


def test_a_folder_named_like_a_text_file_is_searched_as_a_folder(tmp_path, rules_cache) -> None:
    folder = bad_inputs.folder_named_txt(tmp_path)
    good = bad_inputs.good_contract(folder)
    run = _check([folder], tmp_path, rules_cache)
    assert run.code in (0, 1) and "Traceback" not in run.err
    _assert_good_checked(run, good)


def test_symlink_loops_in_a_folder(tmp_path, rules_cache) -> None:
    """A link to a parent folder is walked once; a .txt link to itself is one unreadable file."""
    tree = bad_inputs.symlink_loops(tmp_path)
    run = _check([tree], tmp_path, rules_cache, timeout=60)
    loop = tree / "sub" / "loop.txt"
    _assert_one_line_error(run, loop, "symbolic link loop")
    _assert_good_checked(run, tree / "sub" / "inner.md")
    assert sum(1 for f in json.loads(run.out)["files"] if f["path"].endswith("inner.md")) == 1


# -- XML entities --------------------------------------------------------------------------------


class _PipeWatch:
    """A named pipe that notices being opened for reading: a writer can only open it once a reader has."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path, self.opened = path, False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.005)
                continue
            self.opened = True
            try:
                os.write(fd, b"PIPE-SECRET")
            finally:
                os.close(fd)

    def stop(self) -> bool:
        self._stop.set()
        self._thread.join()
        return self.opened


def test_external_entities_are_refused_and_never_loaded(tmp_path, rules_cache) -> None:
    """A DOCTYPE pointing at /etc/passwd, a marker file and a pipe: refused, and none of them opened."""
    marker = tmp_path / "outside" / "marker.txt"
    marker.parent.mkdir()
    marker.write_text("MARKER-SECRET-7f3a")
    inputs = tmp_path / "in"
    inputs.mkdir()
    pipe = _PipeWatch(tmp_path / "outside" / "entity.pipe")
    bad = bad_inputs.external_entity_docx(inputs, "/etc/passwd", marker, pipe.path)
    good = bad_inputs.good_contract(inputs)
    try:
        run = _check([bad, good], inputs, rules_cache)
    finally:
        opened = pipe.stop()
    _assert_one_line_error(run, bad, "declares XML entities (a DOCTYPE in 'word/document.xml')")
    _assert_good_checked(run, good)
    assert not opened, "an external entity or DTD was loaded"
    assert "MARKER-SECRET" not in run.out + run.err and "PIPE-SECRET" not in run.out + run.err
    _assert_contained(run, inputs, rules_cache)


def test_the_xml_parser_itself_resolves_no_entity(tmp_path, monkeypatch) -> None:
    """Behind the DOCTYPE check, the parser keeps entity references unexpanded and loads no DTD."""
    from contractlint.ingest import docx_reader
    from contractlint.ingest.blocks import ReadOptions

    marker = tmp_path / "marker.txt"
    marker.write_text("MARKER-SECRET-7f3a")
    pipe = _PipeWatch(tmp_path / "entity.pipe")
    path = bad_inputs.external_entity_docx(tmp_path, "/etc/passwd", marker, pipe.path)
    monkeypatch.setattr(docx_reader, "_check_members", lambda *args: None)
    try:
        text = " ".join(b.text for b in docx_reader.read(path, ReadOptions()).blocks)
    finally:
        opened = pipe.stop()
    assert not opened
    assert text.startswith("The Supplier shall provide") and "MARKER" not in text and "root:" not in text


# -- big inputs ----------------------------------------------------------------------------------


def _timeout_option() -> bool:
    from contractlint.cli.check_cmd import check

    return any(p.name == "timeout" for p in check.params)


@pytest.mark.slow
def test_2000_page_pdf(tmp_path, rules_cache) -> None:
    """A 2,000-page contract is read page by page in flat memory, within the per-document limit."""
    pdf, good = bad_inputs.long_pdf(tmp_path), bad_inputs.good_contract(tmp_path)
    before = _snapshot(tmp_path)
    extra = ("--timeout", "60") if _timeout_option() else ()
    run = _check([pdf, good], tmp_path, rules_cache, *extra, timeout=600)
    assert "Traceback" not in run.err
    _assert_good_checked(run, good)
    entry = run.file(pdf)
    if entry["error"] is None:
        assert entry["pages"] == 2000 and entry["verdicts"]
    else:
        _assert_one_line_error(run, pdf, "took longer than 60 s")
    assert run.peak < GIB, f"peak memory {run.peak / MB:.0f} MB"
    if extra:
        assert run.seconds < 90
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_10_mb_line_loads_well_within_the_limit(tmp_path, suffix) -> None:
    """Reading, sentence splitting, definitions and parties stay linear on one 10 MB line."""
    from contractlint.document.load import load_document

    path = bad_inputs.long_line_txt(tmp_path, suffix=suffix)
    started = time.monotonic()
    doc = load_document(path)
    assert time.monotonic() - started < 60
    assert len(doc.text) > 9 * MB


@pytest.mark.parametrize("mark", ["<!-- ", "**a ", "*a ", "_a ", "[a ", "[a](b ", "<a ", "# #", "| --- "])
def test_markdown_markup_stays_linear_on_a_long_line(mark) -> None:
    """Unclosed marks repeated along one line: each opener looks no further than the next mark."""
    from contractlint.ingest.markdown_reader import parse_markdown

    line = mark * (MB // len(mark))
    started = time.monotonic()
    parse_markdown("# Title\n\n" + line + "\n\n# " + line + "\n")
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_10_mb_line_stops_at_the_time_limit(tmp_path) -> None:
    """The whole check of a 10 MB line (load and every rule) ends at the limit with a one-line error."""
    from contractlint.checker import check_file
    from contractlint.lang.loader import load_rules

    rules = load_rules((), bundled=True)
    path = bad_inputs.long_line_txt(tmp_path)
    started = time.monotonic()
    try:
        result = run_limited(check_file, path, rules, timeout=20, memory_bytes=GIB, path=str(path))
    except InputError as exc:
        assert exc.one_line() == f"{path}: took longer than 20 s (limit set by --timeout)"
    else:
        assert result.error is None and result.verdicts
    assert time.monotonic() - started < 30


@pytest.mark.skipif(not _timeout_option(), reason="check --timeout is not wired into checker.check_file yet")
@pytest.mark.slow
def test_10_mb_line_from_the_command_line(tmp_path, rules_cache) -> None:
    bad, good = bad_inputs.long_line_txt(tmp_path), bad_inputs.good_contract(tmp_path)
    run = _check([bad, good], tmp_path, rules_cache, "--timeout", "20", timeout=120)
    _assert_good_checked(run, good)
    if run.file(bad)["error"] is not None:
        _assert_one_line_error(run, bad, "took longer than 20 s (limit set by --timeout)")
    _assert_within_limits(run, seconds=45)


# -- rule files with a catastrophic regular expression ------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)*$", r"(?:\d+[.,]?)+%", r"^(?:(?:\s+){2}x)*"])
def test_catastrophic_regex_is_refused_at_load_time(pattern, tmp_path, rules_cache) -> None:
    """A nested unbounded repeat is a rule-file error at the regular expression: exit 2, no traceback."""
    rule, good = bad_inputs.rule_file(tmp_path / "rules", pattern), bad_inputs.good_contract(tmp_path)
    run = _check([good], tmp_path, rules_cache, "--no-bundled", "--rules", str(rule), timeout=60)
    assert run.code == 2 and "Traceback" not in run.err
    assert run.err.splitlines()[0] == f"{rule}:5:30: {CATASTROPHIC}"
    assert run.out == ""


def test_bounded_regex_is_accepted(tmp_path, rules_cache) -> None:
    rule = bad_inputs.rule_file(tmp_path / "rules", r"(?:[a-z]+\s+){0,5}provide\b")
    good = bad_inputs.good_contract(tmp_path)
    run = _check([good], tmp_path, rules_cache, "--no-bundled", "--rules", str(rule), timeout=60)
    assert run.code in (0, 1) and run.err == ""
    assert [v["status"] for v in run.file(good)["verdicts"]] == ["pass"]


@pytest.mark.parametrize(("pattern", "flagged"), [
    (r"(a+)+$", True), (r"(\w+\s?)*$", True), (r"(?:a{2,})*", True), (r"((a+){2})+", True), (r"(a+a)+", True),
    (r"(a+b*)*", True), (r"(\s+|x)*", True), (r"(?:x a+ a+)*", True), (r"(.*,)*", True), (r"(?=(a+)+$)", True),
    (r"(?:(?-i:A)+a)*", True), (r"(?x) ( \w+ \s? )* $", True),
    (r"(?>a+)+", False), (r"(a++)+", False), (r"(a+){0,5}", False), (r"(?:\w+\s+){0,3}?", False),
    (r"(x(?:a+))+", False), (r"(?:(?:a|an|the)\s+)*", False), (r"(?:\w+\s+)*", False), (r"(?:[^,]+,)*", False),
    (r"(?:\w+(?:\s+|$))*", False), (r"(?:x(?=a+)a)*", False), (r"(?:(?-i:A)+b)*", False),
])
def test_backtracking_check(pattern: str, flagged: bool) -> None:
    """Nested unbounded repeats are flagged unless no neighbour can take the inner repeat's characters."""
    assert backtracks(pattern, re.I) is flagged


def test_catastrophic_regex_error_points_at_the_regex() -> None:
    """In a vocabulary too, the error names the file, line and column of the regular expression."""
    source = ('pack p "1" { description: "d" }\nvocab v = "notice" | /(\\w+\\s?)*$/\n'
              'rule R-1 "t" {\n  area: contract\n  severity: low\n  require: sentence mentions v\n  message: "m"\n}\n')
    with pytest.raises(RuleFileError) as raised:
        compile_rules([parse_rule_text(source, "p.cl")])
    assert (raised.value.path, raised.value.line, raised.value.column) == ("p.cl", 2, 22)
    assert raised.value.message == CATASTROPHIC


# -- run_limited -------------------------------------------------------------------------------


def _pid() -> int:
    return os.getpid()


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _stubborn() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(60)


def _allocate(size: int) -> int:
    return len(bytearray(size))


def _raise_input_error() -> None:
    raise InputError("bad page", path="x.pdf", page=3)


def _raise_value_error() -> None:
    raise ValueError("plain bug")


class _Unpicklable(Exception):
    def __init__(self, message: str, *, code: int) -> None:
        super().__init__(message)
        self.code = code


def _raise_unpicklable() -> None:
    raise _Unpicklable("odd", code=1)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _vm_size() -> int:
    return next(int(line.split()[1]) * 1024 for line in open("/proc/self/status") if line.startswith("VmSize"))


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and RLIMIT_AS are Linux-only")


@linux_only
def test_run_limited_returns_the_result_from_a_child_process() -> None:
    assert run_limited(_pid, timeout=30, memory_bytes=GIB) != os.getpid()
    assert run_limited(_sleep, 0, timeout=30, memory_bytes=GIB) == "woke"


@linux_only
@pytest.mark.parametrize("target", [_sleep, _stubborn])
def test_run_limited_stops_a_child_that_runs_too_long(target) -> None:
    """Over time: the child is terminated (killed if it ignores SIGTERM) and the file gets one line."""
    import multiprocessing

    started = time.monotonic()
    with pytest.raises(InputError) as raised:
        run_limited(target, *([30] if target is _sleep else []), timeout=0.5, memory_bytes=GIB, path="slow.pdf")
    assert raised.value.one_line() == "slow.pdf: took longer than 0.5 s (limit set by --timeout)"
    assert time.monotonic() - started < 5
    assert not multiprocessing.active_children()


@linux_only
def test_run_limited_reports_memory_over_the_limit() -> None:
    limit = _vm_size() + 256 * MB
    with pytest.raises(InputError) as raised:
        run_limited(_allocate, 2 * GIB, timeout=30, memory_bytes=limit, path="big.docx")
    assert raised.value.one_line() == f"big.docx: needed more than {limit // MB} MB of memory"
    assert run_limited(_allocate, 16 * MB, timeout=30, memory_bytes=limit) == 16 * MB


@linux_only
def test_run_limited_leaves_this_process_unlimited() -> None:
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    run_limited(_pid, timeout=30, memory_bytes=GIB)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@linux_only
def test_run_limited_raises_the_childs_errors_again() -> None:
    with pytest.raises(InputError) as raised:
        run_limited(_raise_input_error, timeout=30, memory_bytes=GIB)
    assert (raised.value.one_line(), raised.value.page) == ("x.pdf, p. 3: bad page", 3)
    with pytest.raises(ValueError, match="plain bug") as bug:
        run_limited(_raise_value_error, timeout=30, memory_bytes=GIB)
    assert "isolated child process" in "".join(getattr(bug.value, "__notes__", []))
    with pytest.raises(RuntimeError, match="_Unpicklable: odd"):
        run_limited(_raise_unpicklable, timeout=30, memory_bytes=GIB)


@linux_only
def test_run_limited_reports_a_child_that_dies() -> None:
    with pytest.raises(InputError, match=r"the reader crashed \(signal 9\)"):
        run_limited(_die, timeout=30, memory_bytes=GIB, path="x.pdf")


def test_run_limited_without_fork_keeps_the_timeout(monkeypatch) -> None:
    """Where fork is missing the work runs in a thread of this process; only the timeout applies."""
    from contractlint import isolation

    monkeypatch.setattr(isolation, "_can_fork", lambda: False)
    assert run_limited(_pid, timeout=5, memory_bytes=GIB) == os.getpid()
    with pytest.raises(InputError, match=r"took longer than 0.2 s"):
        run_limited(_sleep, 2, timeout=0.2, memory_bytes=GIB, path="slow.txt")
    with pytest.raises(ValueError):
        run_limited(_raise_value_error, timeout=5, memory_bytes=GIB)
