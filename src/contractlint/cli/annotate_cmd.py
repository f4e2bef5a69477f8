"""``contractlint annotate IN.docx -o OUT.docx``: the findings as Word comments on a copy of the contract."""

from __future__ import annotations

import io
from pathlib import Path

import click

from contractlint.cli.options import read_options, revision_option, role_hints, role_options
from contractlint.cli.output import write_atomic
from contractlint.errors import UsageError


@click.command()
@click.argument("source", metavar="IN.docx", type=click.Path(path_type=Path))
@click.option("--output", "-o", metavar="OUT.docx", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The annotated copy (written atomically; never the input).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
              help="An extra folder (or file) of rule packs; repeat for more.")
@click.option("--no-bundled", is_flag=True, help="Use only the rules given with --rules.")
@click.option("--include-passes", is_flag=True, help="Also note each passed rule on its first evidence.")
@revision_option
@role_options
def annotate(source: Path, output: Path, rule_dirs: tuple[Path, ...], no_bundled: bool, include_passes: bool,
             revisions: str, client: str | None, provider: str | None) -> int:
    """Check IN.docx and write a copy with a Word comment on each finding.

    \b
    A violation is commented on each paragraph it quotes; a gap on the heading
    of the section it concerns. The comments carry the rule, the message and
    the suggested wording. IN.docx itself is never changed.
    Exit codes: 0 written; 2 usage or rule-file error; 3 IN.docx could not be read.
    """
    from contractlint.document.load import load_document
    from contractlint.engine.run import check_document
    from contractlint.lang.loader import load_rules
    from contractlint.report.annotate_docx import annotate as write_comments
    from contractlint.report.annotate_docx import heading_anchors

    _check_paths(source, output)
    rules = load_rules(rule_dirs, bundled=not no_bundled)
    doc = load_document(source, read_options(revisions), role_hints(client, provider))
    verdicts = check_document(doc, rules)
    buffer = io.BytesIO()
    placed = write_comments(source, verdicts, buffer, headings=heading_anchors(doc), include_passes=include_passes)
    write_atomic(output, buffer.getvalue(), [source])
    counts = {name: sum(1 for p in placed if p.status.value == status)
              for status, name in (("violation", "violations"), ("gap", "gaps"), ("pass", "passes"))}
    shown = ", ".join(f"{name}: {n}" for name, n in counts.items() if n)
    click.echo(f"{output}: {len(placed)} comments" + (f" ({shown})" if shown else ""))
    return 0


def _check_paths(source: Path, output: Path) -> None:
    """Refuse, before any work, what cannot give an annotated copy."""
    if source.suffix.lower() != ".docx":
        raise UsageError(f"annotate reads Word .docx files only, not '{source.suffix or source.name}': {source}")
    if not source.exists():
        raise UsageError(f"no such file: {source}")
    if source.is_dir():
        raise UsageError(f"is a folder, not a .docx file: {source}")
    if output.suffix.lower() != ".docx":
        raise UsageError(f"the output must be a .docx file: {output}")
    if output.exists() and output.resolve() == source.resolve():
        raise UsageError(f"refusing to write the output over the input file {source}")
