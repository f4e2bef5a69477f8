"""Entry point: ``contractlint`` and ``python -m contractlint``.

Exit codes: 0 no finding at or above the fail-on severity; 1 findings at or above it; 2 usage,
configuration or rule-file errors; 3 some input could not be read or checked (the others are
still checked); 4 contractlint itself failed (a bug), reported in one line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from contractlint import __version__
from contractlint.errors import EXIT_INTERNAL, ContractlintError, RuleFileError, internal_error

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3

HELP = """Check BPO / outsourced customer-service contracts against declarative rules.

\b
Exit codes:
  0  no finding at or above the --fail-on severity
  1  findings at or above it
  2  usage, configuration or rule-file error
  3  some input could not be read or checked (the other files are still checked)
  4  contractlint itself failed (a bug; the one-line message says where)
"""


@click.group(help=HELP, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="contractlint", message="%(prog)s %(version)s")
def cli() -> None:
    pass


def _register() -> None:
    from contractlint.cli.commands import COMMANDS, load

    for name in COMMANDS:
        if name not in cli.commands:
            cli.add_command(load(name), name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI in-process and return its exit code; errors become one line on stderr."""
    _register()
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="contractlint",
                          standalone_mode=False)
    except RuleFileError as exc:
        click.echo(exc.render(), err=True)
        return exc.exit_code
    except ContractlintError as exc:
        click.echo(f"contractlint: {exc.one_line()}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("contractlint: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - a bug is reported in one line, not as a traceback
        click.echo(f"contractlint: {internal_error(exc)}", err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
