"""contractlint: check BPO contracts against a declarative rule language."""

__version__ = "0.1.0"
