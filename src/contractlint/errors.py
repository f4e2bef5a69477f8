"""Typed errors, each carrying where it happened; the CLI renders them once.

Exit codes belong to the error class so the CLI maps them in one place:
2 for usage, configuration and rule-file errors, 3 for input that could not be read, and 4 for a
failure of contractlint itself (a bug), which is still one line, never a traceback.
"""

from __future__ import annotations

import traceback
from pathlib import Path


class ContractlintError(Exception):
    """Base of every error the tool reports to a user instead of a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def one_line(self) -> str:
        """The error as the single line a user sees."""
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ContractlintError):
    """A contract file could not be read (corrupt, encrypted, scanned, unsupported)."""

    exit_code = 3

    def __init__(self, message: str, *, path: str, page: int | None = None) -> None:
        super().__init__(message, path=path)
        self.page = page

    def one_line(self) -> str:
        where = f"{self.path}, p. {self.page}" if self.page else self.path
        return f"{where}: {self.message}"


class UsageError(ContractlintError):
    """The command line asks for something that cannot be done."""

    exit_code = 2


class RuleFileError(ContractlintError):
    """A rule file has a syntax or semantic error at a line and column."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str,
        line: int,
        column: int,
        source_line: str = "",
        expected: list[str] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, path=path)
        self.line = line
        self.column = column
        self.source_line = source_line
        self.expected = expected or []
        self.hint = hint

    def one_line(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def render(self) -> str:
        """The full report: the one line, the offending line with a caret, expected, hint."""
        out = [self.one_line()]
        if self.source_line:
            out.append("    " + self.source_line.rstrip("\n"))
            out.append("    " + " " * max(self.column - 1, 0) + "^")
        if self.expected:
            out.append("expected one of: " + ", ".join(self.expected))
        if self.hint:
            out.append(self.hint)
        return "\n".join(out)


class ConfigError(ContractlintError):
    """A configuration file has an invalid key or value."""

    exit_code = 2

    def __init__(self, message: str, *, path: str, line: int | None = None, key: str | None = None) -> None:
        super().__init__(message, path=path)
        self.line = line
        self.key = key

    def one_line(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        key = f" [{self.key}]" if self.key else ""
        return f"{where}:{key} {self.message}"


EXIT_INTERNAL = 4
_PACKAGE = str(Path(__file__).resolve().parent)


def internal_error(exc: Exception) -> str:
    """The one line a user sees when contractlint itself fails: what failed, and that it is a bug."""
    ours = [f.name for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(_PACKAGE)]
    where = f" at {ours[-1]}" if ours else ""  # the innermost function of ours names the place
    return (f"contractlint failed ({type(exc).__name__}: {exc}{where}); this is a bug in contractlint, "
            "please report it with the file")
