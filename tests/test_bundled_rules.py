"""The bundled packs implement exactly the catalog, and every rule's own examples hold."""

import tomllib
from pathlib import Path

import pytest

from contractlint.engine.examples import run_examples
from contractlint.lang.loader import load_rules

CATALOG = {r["id"]: r for r in tomllib.loads(
    (Path(__file__).parent / "data" / "requirements.toml").read_text(encoding="utf-8"))["requirement"]}
RULES = load_rules()
BY_ID = {r.id: r for r in RULES.rules}


def test_bundled_rules_are_exactly_the_catalog_ids():
    assert sorted(BY_ID) == sorted(CATALOG)


@pytest.mark.parametrize("rid", sorted(CATALOG))
def test_rule_matches_its_catalog_entry(rid):
    rule, req = BY_ID[rid], CATALOG[rid]
    assert rule.area == req["area"]
    assert rule.severity == req["severity"]
    assert (rule.require is not None) == (req["kind"] == "require")
    assert (rule.forbid is not None) == (req["kind"] == "forbid")
    assert rule.message and rule.fix and rule.source and rule.title


@pytest.mark.parametrize("rid", sorted(CATALOG))
def test_rule_has_four_examples_each_way_and_they_hold(rid):
    rule = BY_ID[rid]
    satisfied = "pass" if rule.require is not None else "violation"
    unsatisfied = "gap" if rule.require is not None else "pass"
    kinds = [e.expect for e in rule.examples]
    assert kinds.count(satisfied) >= 4 and kinds.count(unsatisfied) >= 4, kinds
    failed = [r for r in run_examples(RULES, {rid}) if not r.ok]
    assert not failed, "\n".join(f"line {r.line}: expected {r.expect}, got {r.got}: {r.text}" for r in failed)


@pytest.mark.parametrize("rid", sorted(CATALOG))
def test_catalog_not_traps_are_among_the_examples(rid):
    """Each 'not' trap of the catalog (quoted wording, not a description) is an example that must not count."""
    rule = BY_ID[rid]
    unsatisfied = "gap" if rule.require is not None else "pass"
    texts = [" ".join(e.text.split()).lower() for e in rule.examples if e.expect == unsatisfied]
    for trap in CATALOG[rid].get("not", []):
        wording = trap.split(" (")[0].strip().rstrip(".").lower()
        if wording.startswith(("a ", "an ", "only ", "meetings as", "disputes shall")) or "'" in wording:
            continue  # a description of a trap, covered by the examples in the rule's own words
        assert any(wording in t for t in texts), f"catalog trap not tested: {trap}"
