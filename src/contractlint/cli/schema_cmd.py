"""``contractlint schema``: the JSON Schema of ``--format json``, generated from the pydantic models."""

from __future__ import annotations

import json

import click


@click.command()
def schema() -> int:
    """Print the JSON Schema that the JSON report follows."""
    from contractlint.engine.verdicts import Report

    body = Report.model_json_schema(mode="serialization")
    body = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "contractlint report", **body}
    click.echo(json.dumps(body, indent=2))
    return 0
