"""Verdicts: what the engine says about each rule, in the one shape every reporter reads."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from contractlint.document.model import Party


class Status(str, Enum):
    passed = "pass"
    gap = "gap"
    violation = "violation"
    not_applicable = "not-applicable"
    waived = "waived"


class Evidence(BaseModel):
    """A quote from the contract and where it stands."""

    model_config = ConfigDict(frozen=True)

    quote: str
    section: str | None = None
    heading: str | None = None
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    start: int = Field(0, description="character offset into the document text")
    end: int = 0

    def where(self) -> str:
        """The location as the contract shows it: ``12.3 Governance, p. 7``."""
        text = " ".join(p for p in (self.section, self.heading) if p)
        if self.page:
            text = f"{text}, p. {self.page}" if text else f"p. {self.page}"
        elif self.line and not text:
            text = f"line {self.line}"
        elif self.line:
            text = f"{text}, line {self.line}"
        return text or "document"


class Verdict(BaseModel):
    """One rule's result on one contract."""

    model_config = ConfigDict(frozen=True)

    rule: str
    title: str
    area: str
    severity: str
    status: Status
    message: str
    fix: str | None = None
    source: str | None = None
    pack: str | None = None
    tags: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    captures: dict[str, str] = Field(default_factory=dict, description="values found, such as the duration")
    waiver: str | None = Field(None, description="the reason, when the verdict is waived")


class FileResult(BaseModel):
    """The verdicts for one input file, or the one-line error that kept it from being checked."""

    path: str
    error: str | None = None
    format: str | None = None
    pages: int | None = None
    parties: list[Party] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="things to know about this file, such as an expired waiver")


class ToolInfo(BaseModel):
    name: str = "contractlint"
    version: str


class Summary(BaseModel):
    """Counts over all files: verdicts by status, findings by severity, and the exit code."""

    files: int
    unreadable: int
    rules: int
    by_status: dict[str, int]
    findings_by_severity: dict[str, int]
    fail_on: str
    exit_code: int
    baselined: int = Field(0, description="gaps and violations in the baseline, which do not count for the exit code")


class Report(BaseModel):
    """The whole result of a run: the shape of ``--format json``."""

    tool: ToolInfo
    files: list[FileResult]
    summary: Summary
