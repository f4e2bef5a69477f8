"""``contractlint explain ID FILE``: trace why a rule passed or failed on one contract."""

from __future__ import annotations

from pathlib import Path

import click

from contractlint.cli.options import read_options, revision_option, role_hints, role_options
from contractlint.errors import UsageError


@click.command()
@click.argument("rule_id")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Use only the rules given with --rules.")
@revision_option
@role_options
def explain(rule_id: str, file: Path, rule_dirs: tuple[Path, ...], no_bundled: bool, revisions: str,
            client: str | None, provider: str | None) -> int:
    """Show the scope a rule looked in, its candidates, and which test each met or missed."""
    import difflib

    from contractlint.document.load import load_document
    from contractlint.engine.index import DocumentIndex
    from contractlint.engine.run import evaluate_rule
    from contractlint.engine.trace import explain_rule
    from contractlint.lang.loader import load_rules
    from contractlint.report.explain_view import render

    rules = load_rules(rule_dirs, bundled=not no_bundled)
    rule = rules.rule(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id.upper(), [r.id for r in rules.rules], n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise UsageError(f"no rule '{rule_id}'{hint}; 'contractlint rules list' shows them")
    doc = load_document(file, read_options(revisions), role_hints(client, provider))
    index = DocumentIndex(doc)
    verdict = evaluate_rule(rule, index)
    when, traces = explain_rule(rule, index)
    click.echo(render(rule, verdict, doc, when, traces), nl=False)
    return 0
