"""Allow ``python -m contractlint``."""

from contractlint.cli.main import entry

entry()
