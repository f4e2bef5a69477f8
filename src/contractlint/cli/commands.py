"""The registry of CLI commands: one line per command, its module imported only when registered."""

from __future__ import annotations

import importlib

# name -> "module:attribute"; commands appear in --help in this order.
COMMANDS: dict[str, str] = {
    "check": "contractlint.cli.check_cmd:check",
    "parse": "contractlint.cli.parse_cmd:parse",
    "test-rules": "contractlint.cli.test_rules_cmd:test_rules",
}


def load(name: str):  # noqa: ANN201 - a click command
    """The click command registered under ``name``."""
    module, attr = COMMANDS[name].split(":")
    return getattr(importlib.import_module(module), attr)
