"""``contractlint check``: run the rules over contracts and report."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from contractlint.cli.options import read_options, revision_option, role_hints, role_options
from contractlint.cli.output import write_atomic

SEVERITIES = ["critical", "high", "medium", "low", "info"]


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Use only the rules given with --rules.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (written atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="high", show_default=True,
              help="Exit 1 when a gap or violation is at or above this severity.")
@click.option("--show-passes", is_flag=True, help="List passed rules with their evidence too.")
@revision_option
@role_options
def check(paths: tuple[Path, ...], rule_dirs: tuple[Path, ...], no_bundled: bool, fmt: str, output: Path | None,
          fail_on: str, show_passes: bool, revisions: str, client: str | None, provider: str | None) -> int:
    """Check contracts (files or folders) against the rule packs.

    \b
    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage, configuration or rule-file error; 3 a file could not be read.
    """
    from contractlint.checker import build_report, check_file, collect_files
    from contractlint.lang.ast import Severity
    from contractlint.lang.loader import load_rules
    from contractlint.report.registry import reporter

    rules = load_rules(rule_dirs, bundled=not no_bundled)
    files = collect_files(paths)
    options, hints = read_options(revisions), role_hints(client, provider)
    results = [check_file(f, rules, options, hints) for f in files]
    report = build_report(results, rules, Severity(fail_on))
    module = reporter(fmt)
    if fmt == "text":
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text = module.render(report, color=color, show_passes=show_passes)
    else:
        text = module.render(report)
    if output is not None:
        write_atomic(output, text, files)
    else:
        click.echo(text, nl=False)
    for r in results:
        if r.error:
            click.echo(f"contractlint: {r.path}: {r.error}", err=True)
    return report.summary.exit_code

