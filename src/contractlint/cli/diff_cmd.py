"""``contractlint diff OLD NEW``: what a new draft fixed and what it broke, for negotiation rounds."""

from __future__ import annotations

from pathlib import Path

import click

from contractlint.cli.options import SEVERITIES, read_options, revision_option, role_hints, role_options
from contractlint.cli.output import write_atomic

EXIT_INPUT = 3


@click.command()
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Use only the rules given with --rules.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the comparison to this file (written atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="high", show_default=True,
              help="Exit 1 when the new draft opens a gap or violation at or above this severity.")
@revision_option
@role_options
def diff(old: Path, new: Path, rule_dirs: tuple[Path, ...], no_bundled: bool, fmt: str, output: Path | None,
         fail_on: str, revisions: str, client: str | None, provider: str | None) -> int:
    """Compare two drafts: the findings NEW closed, opened and kept.

    \b
    Exit codes: 0 nothing opened at or above --fail-on; 1 something was;
    2 usage, configuration or rule-file error; 3 a draft could not be read.
    """
    from contractlint.checker import check_file, collect_files
    from contractlint.lang.ast import Severity
    from contractlint.lang.loader import load_rules
    from contractlint.report.diff_report import RENDERERS, diff_results

    files = collect_files([old, new])
    rules = load_rules(rule_dirs, bundled=not no_bundled)
    options, hints = read_options(revisions), role_hints(client, provider)
    results = [check_file(f, rules, options, hints) for f in files]
    errors = [r for r in results if r.error]
    for r in errors:
        click.echo(f"contractlint: {r.path}: {r.error}", err=True)
    if errors:
        return EXIT_INPUT
    result = diff_results(results[0], results[1], Severity(fail_on))
    text = RENDERERS[fmt](result)
    if output is not None:
        write_atomic(output, text, files)
    else:
        click.echo(text, nl=False)
    return result.exit_code
