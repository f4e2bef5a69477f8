"""``contractlint parse FILE``: show what the tool read, so a lawyer can confirm it."""

from __future__ import annotations

from pathlib import Path

import click

from contractlint.cli.options import read_options, role_hints, role_options, revision_option


@click.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@revision_option
@role_options
def parse(file: Path, fmt: str, revisions: str, client: str | None, provider: str | None) -> int:
    """Print the section tree, parties, definitions and counts of FILE."""
    from contractlint.document.load import load_document
    from contractlint.report.parse_view import parse_view, render_text

    doc = load_document(file, read_options(revisions), role_hints(client, provider))
    view = parse_view(doc)
    click.echo(view.model_dump_json(indent=2) if fmt == "json" else render_text(view))
    return 0
