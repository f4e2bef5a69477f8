"""``contractlint test-rules``: run every rule's examples and report the ones that disagree."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("test-rules")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Test only the rules given with --rules.")
@click.option("--rule", "only", multiple=True, metavar="ID", help="Test only this rule id; repeat for more.")
@click.option("-v", "--verbose", is_flag=True, help="List every example, not only the failing ones.")
def test_rules(rule_dirs: tuple[Path, ...], no_bundled: bool, only: tuple[str, ...], verbose: bool) -> int:
    """Check that each rule's examples get the verdict they state (exit 1 if any does not)."""
    from contractlint.engine.examples import run_examples
    from contractlint.lang.loader import load_rules

    rules = load_rules(rule_dirs, bundled=not no_bundled)
    results = run_examples(rules, set(only) or None)
    failed = [r for r in results if not r.ok]
    for r in results if verbose else failed:
        mark = "ok  " if r.ok else "FAIL"
        text = " ".join(r.text.split())
        click.echo(f"{mark} {r.file}:{r.line}: {r.rule} expected {r.expect}, got {r.got}: \"{text[:110]}\"")
    rules_with = len({r.rule for r in results})
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({len(results)} examples of {rules_with} rules)")
    return 1 if failed else 0
