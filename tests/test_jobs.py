"""Parallel checking: the same results in the same order as one process; a progress bar only on a terminal."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest

from contractlint.checker import check_files, worker_count
from contractlint.cli.main import main
from contractlint.lang.loader import load_rules
from packs import GOV_001, pack

RULES = pack(GOV_001)
GOOD = "# Agreement\n\n1.1 The parties shall form a Steering Committee.\n"
BAD = "# Agreement\n\n1.1 The parties shall meet.\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Six contracts; the first is much longer, so with workers it tends to finish last."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-long.md").write_text(BAD + "".join(f"\n2.{i} The Supplier shall report item {i}.\n" for i in range(400)))
    for i, text in enumerate([GOOD, BAD, GOOD, BAD, GOOD]):
        (docs / f"c{i}.md").write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args):
    code = main(["check", "--no-bundled", "--rules", "rules", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_jobs_give_the_same_report_in_the_input_order(folder, capsys):
    code1, one, _ = run(capsys, "--format", "json", "docs")
    code3, three, _ = run(capsys, "--format", "json", "--jobs", "3", "docs")
    assert code1 == code3 == 1
    assert three == one
    paths = [f["path"] for f in json.loads(three)["files"]]
    assert paths == [os.path.join("docs", n) for n in ["a-long.md", "c0.md", "c1.md", "c2.md", "c3.md", "c4.md"]]
    statuses = [f["verdicts"][0]["status"] for f in json.loads(three)["files"]]
    assert statuses == ["gap", "pass", "gap", "pass", "gap", "pass"]


def test_check_files_in_workers_reports_each_file_done(folder):
    rules = load_rules([folder / "rules"], bundled=False)
    files = sorted((folder / "docs").iterdir())
    ticks: list[int] = []
    parallel = check_files(files, rules, jobs=2, on_done=lambda: ticks.append(os.getpid()))
    assert len(ticks) == len(files) and set(ticks) == {os.getpid()}  # progress is reported in this process
    assert parallel == check_files(files, rules, jobs=1)


def test_jobs_0_means_one_per_cpu_capped_by_the_files():
    assert worker_count(0, 1000) == (os.cpu_count() or 1)
    assert worker_count(8, 2) == 2
    assert worker_count(1, 10) == 1
    assert worker_count(0, 0) == 1


def test_jobs_0_runs_and_negative_jobs_are_a_usage_error(folder, capsys):
    assert run(capsys, "--jobs", "0", "docs/c0.md", "docs/c2.md")[0] == 0
    code, _, err = run(capsys, "--jobs", "-1", "docs")
    assert code == 2 and "--jobs" in err


def test_an_unreadable_file_in_a_parallel_run_keeps_its_place_and_exits_3(folder, capsys):
    (folder / "docs" / "b-broken.docx").write_bytes(b"not a zip")
    code, out, err = run(capsys, "--format", "json", "--jobs", "2", "docs")
    files = json.loads(out)["files"]
    assert code == 3 and files[1]["path"].endswith("b-broken.docx") and "not a Word .docx file" in files[1]["error"]
    assert all(f["error"] is None for i, f in enumerate(files) if i != 1)
    assert "b-broken.docx" in err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("names", "shown"), [(["c0", "c1", "c2", "c3"], True), (["c0", "c1", "c2"], False)])
def test_progress_bar_only_on_a_terminal_and_for_more_than_3_files(folder, capsys, monkeypatch, names, shown):
    fake = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    code = main(["check", "--no-bundled", "--rules", "rules", *(f"docs/{n}.md" for n in names)])
    capsys.readouterr()
    assert code == 1
    assert ("checking" in fake.getvalue() and "100%" in fake.getvalue()) is shown


def test_no_progress_bar_when_stderr_is_not_a_terminal(folder, capsys):
    code, out, err = run(capsys, "docs")
    assert code == 1 and err == "" and "checking" not in out
