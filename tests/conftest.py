"""Shared fixtures: paths into the repository and a helper to build rule sets from text."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractlint.lang.compiler import RuleSet, compile_rules
from contractlint.lang.parser import parse_rule_text

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


def ruleset(text: str, path: str = "test.cl") -> RuleSet:
    """Compile rule-file text into a rule set (tests' shorthand)."""
    return compile_rules([parse_rule_text(text, path)])
