"""The registry of CLI commands: one line per command, its module imported only when registered."""

from __future__ import annotations

import importlib

# name -> "module:attribute"; commands appear in --help in this order.
COMMANDS: dict[str, str] = {
    "check": "contractlint.cli.check_cmd:check",
    "parse": "contractlint.cli.parse_cmd:parse",
    "test-rules": "contractlint.cli.test_rules_cmd:test_rules",
    "explain": "contractlint.cli.explain_cmd:explain",
    "rules": "contractlint.cli.rules_cmd:rules",
    "schema": "contractlint.cli.schema_cmd:schema",
    "annotate": "contractlint.cli.annotate_cmd:annotate",
    "diff": "contractlint.cli.diff_cmd:diff",
}


def load(name: str):  # noqa: ANN201 - a click command
    """The click command registered under ``name``."""
    module, attr = COMMANDS[name].split(":")
    return getattr(importlib.import_module(module), attr)
