"""pre-commit: the shipped hook definition is valid, and a repository using it blocks a failing contract.

The repository under test uses a ``repo: local`` hook copied from ``.pre-commit-hooks.yaml`` (id,
files, pass_filenames) with ``language: system`` and an entry that runs this interpreter's
contractlint, so no network or hook environment is needed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MANIFEST = REPO / ".pre-commit-hooks.yaml"

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="pre-commit is not installed (it is in the test extras: pip install '.[test]')"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

RULES = """pack t "1" { description: "t" }
rule GOV-001 "A governance body" {
  area: governance
  severity: critical
  require: sentence mentions "steering committee"
  message: "No steering committee was found."
}
"""
GOOD = "# Agreement\n\n1.1 The parties shall form a Steering Committee.\n"
BAD = "# Agreement\n\n1.1 The parties shall meet when they wish.\n"


def shipped_hook() -> dict:
    from pre_commit.clientlib import load_manifest

    (hook,) = [h for h in load_manifest(MANIFEST) if h["id"] == "contractlint"]
    return hook


class Repo:
    """A throwaway git repository isolated from the user's git and pre-commit settings."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root = root
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
        self.env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_HOME=str(home),
                        PRE_COMMIT_COLOR="never", NO_COLOR="1")

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=self.root, env=self.env, capture_output=True, text=True, timeout=300)

    def git(self, *args: str) -> subprocess.CompletedProcess:
        proc = self.run("git", *args)
        assert proc.returncode == 0, proc.stderr
        return proc

    def pre_commit(self, *args: str) -> subprocess.CompletedProcess:
        return self.run(sys.executable, "-m", "pre_commit", *args)

    def commits(self) -> int:
        return int(self.git("rev-list", "--count", "HEAD").stdout)


@pytest.fixture
def repo(tmp_path) -> Repo:
    root = tmp_path / "repo"
    root.mkdir()
    r = Repo(root, tmp_path / "pre-commit-home")
    r.git("init", "-q")
    r.git("config", "user.name", "Test")
    r.git("config", "user.email", "test@example.com")
    r.git("config", "commit.gpgsign", "false")
    (root / "rules").mkdir()
    (root / "rules" / "t.cl").write_text(RULES)
    (root / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\n')
    hook = shipped_hook()
    local = {"id": hook["id"], "name": hook["name"], "language": "system", "files": hook["files"],
             "pass_filenames": hook["pass_filenames"],
             "entry": f"{shlex.quote(sys.executable)} -m contractlint check"}
    # JSON is YAML: no YAML writer needed.
    (root / ".pre-commit-config.yaml").write_text(json.dumps({"repos": [{"repo": "local", "hooks": [local]}]}))
    r.git("add", ".")
    r.git("commit", "-q", "-m", "setup")
    install = r.pre_commit("install")
    assert install.returncode == 0, install.stdout + install.stderr
    return r


def test_the_shipped_hook_runs_contractlint_check_on_contract_files():
    hook = shipped_hook()
    assert hook["entry"] == "contractlint check" and hook["language"] == "python" and hook["pass_filenames"] is True
    pattern = re.compile(hook["files"])
    assert all(pattern.search(n) for n in ["a/msa.docx", "MSA.PDF", "notes.txt", "draft.md"])
    assert not any(pattern.search(n) for n in ["contractlint.toml", "rules/t.cl", "image.png", "md"])


def test_committing_a_passing_contract_runs_the_hook_and_succeeds(repo):
    (repo.root / "good.md").write_text(GOOD)
    repo.git("add", "good.md")
    proc = repo.run("git", "commit", "-m", "add a good contract")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"contractlint\.+Passed", proc.stdout + proc.stderr)
    assert repo.commits() == 2


def test_a_failing_contract_fails_the_hook_with_the_finding(repo):
    (repo.root / "bad.md").write_text(BAD)
    repo.git("add", "bad.md")
    proc = repo.pre_commit("run", "--files", "bad.md")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert re.search(r"contractlint\.+Failed", output) and "exit code: 1" in output
    assert "GOV-001" in output and "No steering committee was found." in output
    commit = repo.run("git", "commit", "-m", "add a bad contract")
    assert commit.returncode != 0 and repo.commits() == 1

