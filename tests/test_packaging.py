"""The grammar and the bundled rules ship inside the installed package and are found from anywhere."""

import json
import shutil
import subprocess
import sys

from contractlint import resources


def test_grammar_and_rules_are_found():
    assert resources.grammar_path().is_file()
    packs = sorted(p.name for p in resources.bundled_rules_dir().glob("*.cl"))
    assert len(packs) >= 10 and "01-governance.cl" in packs


def test_installed_from_a_wheel_the_data_lives_in_the_package():
    import contractlint

    if "site-packages" not in contractlint.__file__:
        return  # an editable checkout reads grammar/ and rules/ from the repository itself
    assert "_data" in str(resources.grammar_path()) and "_data" in str(resources.bundled_rules_dir())


def test_check_runs_from_another_directory(tmp_path, repo):
    contract = tmp_path / "c.md"
    shutil.copy(repo / "samples" / "mid-agreement.md", contract)
    proc = subprocess.run([sys.executable, "-m", "contractlint", "check", "--format", "json", "c.md"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["rules"] == 47
