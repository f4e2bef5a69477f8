"""``contractlint test-rules [PATH...]``: run every rule's examples and test files; report disagreements."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("test-rules")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Test only the rules given with --rules.")
@click.option("--rule", "only", multiple=True, metavar="ID", help="Test only this rule id; repeat for more.")
@click.option("-v", "--verbose", is_flag=True, help="List every case, not only the failing ones.")
def test_rules(paths: tuple[Path, ...], rule_dirs: tuple[Path, ...], no_bundled: bool, only: tuple[str, ...],
               verbose: bool) -> int:
    """Check each rule's examples and the snippets of its test file (RULES.test beside RULES.cl).

    With PATHs, only the rule files there are loaded and tested; without, the bundled packs (and
    any --rules folders). A rule with no example and no test fails. Exit 1 if any case fails.
    """
    from contractlint.engine.examples import run_examples
    from contractlint.lang.loader import load_rules

    if paths:
        rules = load_rules([*paths, *rule_dirs], bundled=False)
    else:
        rules = load_rules(rule_dirs, bundled=not no_bundled)
    results = run_examples(rules, set(only) or None)
    failed = [r for r in results if not r.ok]
    for r in results if verbose else failed:
        mark = "ok  " if r.ok else "FAIL"
        text = " ".join(r.text.split())
        snippet = f": \"{text[:100]}\"" if text else ""
        why = f"  ({r.reason})" if not r.ok and r.reason and r.got in ("none", "unknown rule") else ""
        click.echo(f"{mark} {r.file}:{r.line}: {r.rule} expected {r.expect}, got {r.got}{snippet}{why}")
    rules_with = len({r.rule for r in results})
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({len(results)} cases of {rules_with} rules)")
    return 1 if failed else 0
