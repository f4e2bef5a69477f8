"""Options shared by several commands, declared once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])

# The severities from most to least serious, as --fail-on accepts them (lang.ast.Severity's values;
# spelled out here so that --help needs no import of the rule language).
SEVERITIES = ["critical", "high", "medium", "low", "info"]


def revision_option(f: F) -> F:
    return click.option(
        "--revisions", type=click.Choice(["accepted", "original"]), default="accepted", show_default=True,
        help="Judge a .docx with tracked changes as if they were accepted, or judge the original text.",
    )(f)


def role_options(f: F) -> F:
    f = click.option("--provider", metavar="NAME", help="The party that provides the services (name or defined term).")(f)
    return click.option("--client", metavar="NAME", help="The party that receives the services (name or defined term).")(f)


def read_options(revisions: str):  # noqa: ANN201 - imported lazily
    from contractlint.ingest.blocks import ReadOptions

    return ReadOptions(revisions=revisions)


def role_hints(client: str | None, provider: str | None):  # noqa: ANN201
    from contractlint.document.parties import RoleHints

    return RoleHints(client=client, provider=provider)
