"""Configuration files: where they are found, what they may say, how mistakes are reported, what they change."""

from __future__ import annotations

import json

import pytest

from contractlint.cli.main import main
from contractlint.config import Config, find_config, find_line, load_config, read_config, with_overrides
from contractlint.errors import ConfigError
from contractlint.lang.loader import load_rules
from packs import GOV_001, RED_003, pack

RULES = pack(GOV_001, RED_003)
GOOD = "# Agreement\n\n## 1. Governance\n\n1.1 The parties shall form a Steering Committee.\n"
EFFORTS = GOOD + "\n## 2. Service Levels\n\n2.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with a rule pack, two contracts and the working directory set to it."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "efforts.md").write_text(EFFORTS)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def config_error(tmp_path, text: str, name: str = "contractlint.toml") -> ConfigError:
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        config = read_config(path)
        with_overrides(load_rules([tmp_path / "rules"], bundled=False), config)
    return info.value


# -- finding the file ----------------------------------------------------------------------------
def test_the_nearest_file_upward_wins_and_contractlint_toml_beats_pyproject(tmp_path):
    """Search starts in the working folder and goes up; in one folder contractlint.toml comes first."""
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "contractlint.toml").write_text('fail-on = "low"\n')
    assert find_config(deep) == tmp_path / "contractlint.toml"
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.contractlint]\nfail-on = "medium"\n')
    assert find_config(deep) == tmp_path / "a" / "pyproject.toml"
    assert load_config(cwd=deep).fail_on.value == "medium"
    (tmp_path / "a" / "contractlint.toml").write_text('fail-on = "critical"\n')
    assert find_config(deep) == tmp_path / "a" / "contractlint.toml"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / "contractlint.toml").write_text('fail-on = "low"\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.black]\nline-length = 3\n')
    assert find_config(tmp_path / "sub") == tmp_path / "contractlint.toml"


def test_no_file_gives_the_defaults(tmp_path):
    config = load_config(cwd=tmp_path)
    assert config.path is None and config.fail_on.value == "high" and config.packs is None and not config.waivers


def test_a_named_config_must_exist(project, capsys):
    code, _, err = run(["check", "--config", "missing.toml", "good.md"], capsys)
    assert code == 2 and "configuration file not found: missing.toml" in err


# -- mistakes: file, line, key, choices, did you mean ---------------------------------------------
def test_unknown_key_names_line_key_choices_and_a_near_miss(tmp_path):
    err = config_error(tmp_path, 'format = "text"\n\nfail_on = "low"\n')
    assert (err.line, err.key) == (3, "fail_on")
    assert "did you mean 'fail-on'?" in err.message and "valid keys: packs, rules, disable" in err.message
    assert err.one_line().startswith(f"{tmp_path / 'contractlint.toml'}:3: [fail_on] unknown key")


def test_bad_severity_override_points_at_its_line_in_the_table(tmp_path):
    err = config_error(tmp_path, 'disable = []\n\n[severity]\nGOV-001 = "low"\nRED-003 = "hihg"\n')
    assert (err.line, err.key) == (5, "severity.RED-003")
    assert "did you mean 'high'?" in err.message and "choose critical, high, medium, low, info" in err.message


def test_unknown_rule_id_in_disable_points_at_the_value(tmp_path):
    err = config_error(tmp_path, 'disable = [\n  "GOV-001",\n  "RED-03",\n]\n')
    assert (err.line, err.key) == (3, "disable")
    assert "unknown rule id 'RED-03' (did you mean 'RED-003'?)" in err.message and "RED rules: RED-003" in err.message


def test_unknown_rule_id_in_severity(tmp_path):
    err = config_error(tmp_path, 'rules = []\nseverity = { GVO-001 = "low" }\n')
    assert err.line == 2 and "did you mean 'GOV-001'?" in err.message


def test_wrong_type_names_the_key(tmp_path):
    err = config_error(tmp_path, 'packs = []\ndisable = "GOV-001"\n')
    assert (err.line, err.key) == (2, "disable") and "must be an array" in err.message


def test_invalid_toml_is_a_config_error_with_its_line(tmp_path):
    err = config_error(tmp_path, 'fail-on = "high"\nformat = \n')
    assert err.line == 2 and err.message.startswith("not valid TOML")


def test_pyproject_lines_are_counted_inside_the_tool_contractlint_table(tmp_path):
    """The same key in another tool's table above must not be blamed."""
    text = ('[project]\nname = "x"\n\n[tool.black]\nexclude = "build"\n\n'
            '[tool.contractlint]\nfail-on = "high"\nexclude = "drafts"\n')
    err = config_error(tmp_path, text, "pyproject.toml")
    assert (err.line, err.key) == (9, "exclude")


def test_config_errors_exit_2_with_one_line(project, capsys):
    (project / "contractlint.toml").write_text('rules = ["rules"]\nfail-on = "severe"\n')
    code, out, err = run(["check", "good.md"], capsys)
    assert code == 2 and out == ""
    assert err.strip() == (f"contractlint: {project / 'contractlint.toml'}:2: [fail-on] unknown severity 'severe'; "
                           "choose critical, high, medium, low, info")


def test_find_line_for_arrays_of_tables():
    text = "[[waivers]]\nrule = 'A'\n\n[[waivers]]\nrule = 'B'\nreason = 'r'\n"
    assert find_line(text, ("waivers", 1, "reason")) == 6
    assert find_line(text, ("waivers", 1)) == 4
    assert find_line(text, ("waivers", 0, "reason")) == 1  # missing there: the waiver's own header
    py = ("[tool.contractlint]\nfail-on = 'high'\n[tool.other]\nrule = 'Z'\n[[tool.contractlint.waivers]]\n"
          "rule = 'A'\n[[tool.contractlint.waivers]]\nrule = 'B'\nreasn = 'x'\n")
    assert find_line(py, ("waivers", 1, "reasn"), "tool.contractlint") == 9
    assert find_line(py, ("waivers", 0, "rule"), "tool.contractlint") == 6


# -- what it changes -----------------------------------------------------------------------------
def test_rules_are_relative_to_the_config_file_not_the_working_folder(project, monkeypatch, capsys):
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\n')
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    code, out, _ = run(["check", "--format", "json", str(project / "good.md")], capsys)
    assert code == 0
    assert [v["rule"] for v in json.loads(out)["files"][0]["verdicts"]] == ["GOV-001", "RED-003"]


def test_severity_override_and_disable_change_the_verdicts_and_exit_code(project, capsys):
    args = ["check", "--format", "json", "efforts.md"]
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\n')
    assert run(args, capsys)[0] == 0  # the violation is low; fail-on high
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\n[severity]\nRED-003 = "high"\n')
    code, out, _ = run(args, capsys)
    red = next(v for v in json.loads(out)["files"][0]["verdicts"] if v["rule"] == "RED-003")
    assert code == 1 and red["severity"] == "high" and red["status"] == "violation"
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\ndisable = ["RED-003"]\n'
                                               '[severity]\nRED-003 = "high"\n')
    code, out, _ = run(args, capsys)
    assert code == 0 and [v["rule"] for v in json.loads(out)["files"][0]["verdicts"]] == ["GOV-001"]


def test_packs_choose_bundled_packs():
    rules = load_rules()
    config = Config.model_validate({"packs": ["bpo-spoc", "bpo-escalation"]})
    chosen = with_overrides(rules, config)
    assert {r.pack for r in chosen.rules} == {"bpo-spoc", "bpo-escalation"}
    assert {p.name for p in chosen.packs} == {"bpo-spoc", "bpo-escalation"}
    assert len(chosen.rules) < len(rules.rules)


def test_unknown_pack_lists_the_bundled_ones(tmp_path):
    path = tmp_path / "contractlint.toml"
    path.write_text('packs = ["governance"]\n')
    with pytest.raises(ConfigError) as info:
        with_overrides(load_rules(), read_config(path))
    assert info.value.line == 1 and "did you mean 'bpo-governance'?" in info.value.message
    assert "bpo-spoc" in info.value.message


def test_cli_options_override_config_values(project, capsys):
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\nformat = "json"\nfail-on = "low"\n')
    code, out, _ = run(["check", "efforts.md"], capsys)
    assert code == 1 and json.loads(out)["summary"]["fail_on"] == "low"  # both from the file
    code, out, _ = run(["check", "--format", "text", "--fail-on", "high", "efforts.md"], capsys)
    assert code == 0 and "exit 0 (fail-on: high)" in out  # both from the command line


def test_exclude_skips_files_in_a_folder_search_but_not_named_files(project, capsys):
    (project / "drafts").mkdir()
    (project / "drafts" / "wip.md").write_text(GOOD)
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\nexclude = ["drafts/**", "efforts.*"]\n')
    code, out, _ = run(["check", "--format", "json", "."], capsys)
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in json.loads(out)["files"]) == ["good.md"]
    code, out, _ = run(["check", "--format", "json", "efforts.md"], capsys)
    assert [f["path"] for f in json.loads(out)["files"]] == ["efforts.md"]


def test_role_hints_come_from_the_config(project, capsys):
    (project / "c.md").write_text('This Agreement is between Alpha Ltd ("Alpha") and Omega Ltd ("Omega").\n')
    (project / "contractlint.toml").write_text('packs = []\nrules = ["rules"]\nclient = "Omega"\n')
    code, out, _ = run(["check", "--format", "json", "c.md"], capsys)
    roles = {p["name"]: p["role"] for p in json.loads(out)["files"][0]["parties"]}
    assert roles == {"Alpha Ltd": "provider", "Omega Ltd": "client"}


def test_the_readme_example_is_a_valid_configuration(tmp_path, repo):
    """The TOML example in the README's Configuration section loads and applies to the bundled rules."""
    import re

    section = re.search(r"^## Configuration$(.*?)^## ", (repo / "README.md").read_text(), re.M | re.S).group(1)
    example = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    (tmp_path / "contract-rules").mkdir()
    (tmp_path / "contractlint.toml").write_text(example)
    config = read_config(tmp_path / "contractlint.toml")
    rules = with_overrides(load_rules(), config)
    assert config.fail_on.value == "medium" and config.waivers[0].approver == "J. Smith (Legal)"
    assert {r.pack for r in rules.rules} == {"bpo-governance", "bpo-escalation"}
    assert rules.rule("GOV-003").severity == "critical" and rules.rule("RED-003") is None
