"""``contractlint check``: run the rules over contracts and report."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import click
from click.core import ParameterSource

from contractlint.cli.options import SEVERITIES, read_options, revision_option, role_hints, role_options
from contractlint.cli.output import write_atomic
from contractlint.report.registry import REPORTERS



@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Use only the rules given with --rules.")
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (written atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="high", show_default=True,
              help="Exit 1 when a gap or violation is at or above this severity.")
@click.option("--show-passes", is_flag=True, help="List passed rules with their evidence too.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Use this configuration file instead of the contractlint.toml or pyproject.toml found upward.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Check files in this many processes (0: one per CPU).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="SECONDS", help="Give up on a file after this long (reported as unreadable, exit 3).")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Findings recorded in this baseline are reported but do not fail the run.")
@click.option("--write-baseline", "write_baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Record the current gaps and violations in this baseline file.")
@revision_option
@role_options
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...], rule_dirs: tuple[Path, ...], no_bundled: bool, fmt: str,
          output: Path | None, fail_on: str, show_passes: bool, config_path: Path | None, jobs: int,
          timeout: float, baseline_path: Path | None, write_baseline: Path | None, revisions: str, client: str | None,
          provider: str | None) -> int:
    """Check contracts (files or folders) against the rule packs.

    \b
    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage, configuration or rule-file error; 3 a file could not be read.

    Settings come from contractlint.toml or [tool.contractlint] in pyproject.toml (found upward
    from the working directory) or --config; options given here override them.
    """
    from contractlint import baseline as baselines
    from contractlint.checker import build_report, check_files, collect_files
    from contractlint.config import load_config, with_overrides
    from contractlint.lang.ast import Severity
    from contractlint.lang.loader import load_rules
    from contractlint.report.registry import reporter
    from contractlint.waivers import apply_waivers

    config = load_config(config_path)

    def given(name: str) -> bool:
        return ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE

    fmt = fmt if given("fmt") else config.format
    fail_on = fail_on if given("fail_on") else config.fail_on.value
    bundled = not no_bundled and config.packs != ()
    rules = with_overrides(load_rules([*config.rules, *rule_dirs], bundled=bundled), config)
    files = collect_files(paths, config.exclude, config.base)
    options = read_options(revisions)
    hints = role_hints(client or config.client, provider or config.provider)
    with _progress(len(files)) as tick:
        results = check_files(files, rules, options, hints, jobs=jobs, on_done=tick, timeout=timeout)
    results = [apply_waivers(r, config.waivers, today=date.today(), base=config.base) for r in results]
    baseline = baselines.read(baseline_path) if baseline_path else None
    if write_baseline is not None:
        text, baseline = baselines.render(results, write_baseline)
        write_atomic(write_baseline, text, files)
    report = build_report(results, rules, Severity(fail_on), baseline)
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
        for note in r.notes:
            click.echo(f"contractlint: {r.path}: {note}", err=True)
    if report.summary.baselined:
        click.echo(f"contractlint: {report.summary.baselined} finding(s) in the baseline "
                   f"{write_baseline or baseline_path} do not count for the exit code", err=True)
    return report.summary.exit_code


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr, only when stderr is a terminal and more than 3 files are checked."""
    stream = sys.stderr
    if total <= 3 or not stream.isatty():
        yield lambda: None
        return
    with click.progressbar(length=total, label="checking", file=stream) as bar:
        yield lambda: bar.update(1)
