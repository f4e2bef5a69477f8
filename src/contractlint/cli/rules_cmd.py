"""``contractlint rules list|show|validate``: what the rule packs hold, and whether rule files are valid."""

from __future__ import annotations

import textwrap
from pathlib import Path

import click

from contractlint.errors import UsageError


@click.group()
def rules() -> None:
    """List, show and validate rules."""


def _load(rule_dirs: tuple[Path, ...], no_bundled: bool):  # noqa: ANN202
    from contractlint.lang.loader import load_rules

    return load_rules(rule_dirs, bundled=not no_bundled)


_rule_options = [
    click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
                 help="An extra folder (or file) of rule packs; repeat for more."),
    click.option("--no-bundled", is_flag=True, help="Use only the rules given with --rules."),
]


def _with_rule_options(f):  # noqa: ANN001, ANN202
    for option in reversed(_rule_options):
        f = option(f)
    return f


@rules.command("list")
@_with_rule_options
@click.option("--area", help="Only rules of this area.")
def list_rules(rule_dirs: tuple[Path, ...], no_bundled: bool, area: str | None) -> int:
    """One line per rule: id, severity, kind, area and title."""
    rs = _load(rule_dirs, no_bundled)
    shown = [r for r in rs.rules if area is None or r.area == area]
    for r in shown:
        kind = "require" if r.require is not None else "forbid"
        click.echo(f"{r.id:<10} {r.severity:<9} {kind:<8} {r.area:<12} {r.title}")
    click.echo(f"{len(shown)} rules in {len(rs.packs)} packs")
    return 0


@rules.command("show")
@click.argument("rule_id")
@_with_rule_options
def show_rule(rule_id: str, rule_dirs: tuple[Path, ...], no_bundled: bool) -> int:
    """A rule's title, condition, rationale (source), message, suggested wording and examples."""
    from contractlint.lang import describe

    rs = _load(rule_dirs, no_bundled)
    r = rs.rule(rule_id) or rs.rule(rule_id.upper())
    if r is None:
        raise UsageError(f"no rule '{rule_id}'; 'contractlint rules list' shows them")
    kind = "require" if r.require is not None else "forbid"
    cond = r.require if r.require is not None else r.forbid
    wrap = lambda text, head: textwrap.fill(" ".join(text.split()), width=100, initial_indent=head,  # noqa: E731
                                            subsequent_indent=" " * len(head))
    lines = [f"{r.id}  {r.title}", f"area: {r.area}   severity: {r.severity}   pack: {r.pack}   file: {r.file}:{r.line}"]
    if r.tags:
        lines.append("tags: " + ", ".join(r.tags))
    if r.source:
        lines.append(wrap(r.source, "source: "))
    if r.when is not None:
        lines.append(wrap(describe.condition(r.when), "when: "))
    lines.append(wrap(describe.condition(cond), f"{kind}: "))
    if r.message:
        lines.append(wrap(r.message, "message: "))
    if r.fix:
        lines.append(wrap(r.fix, "fix: "))
    if r.examples:
        lines.append("examples:")
        for e in r.examples:
            lines.append(wrap(e.text, f"  {e.expect}: "))
    click.echo("\n".join(lines))
    return 0


@rules.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--with-bundled", is_flag=True, help="Validate together with the bundled packs (for vocab += and ids).")
def validate(paths: tuple[Path, ...], with_bundled: bool) -> int:
    """Parse and check rule files; print the first error as file:line:col, or a summary."""
    rs = _load(paths, not with_bundled)
    vocabs = len(rs.vocabs)
    click.echo(f"ok: {len(rs.rules)} rules, {vocabs} vocabularies, {len(rs.packs)} packs")
    return 0
