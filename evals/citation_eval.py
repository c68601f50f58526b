"""Evaluate the citation checker (:mod:`drafter.citations.checker`) on a
labelled JSONL set: accuracy, per-label precision/recall, unresolvable caught.
"""

from __future__ import annotations

from pathlib import Path

from drafter_evals.jsonl import read_rows
from pydantic import BaseModel, Field

from drafter.citations.checker import LABELS, CheckResult, CitationChecker, Verdict


class CaseCitation(BaseModel):
    doc: str
    address: str | None = None


class CitationCase(BaseModel):
    """One row of a citations evaluation file."""

    id: str
    claim: str
    citation: CaseCitation
    label: Verdict | None = Field(None, description="the expected verdict, when known")
    lang: str | None = None


class LabelScores(BaseModel):
    precision: float | None
    recall: float | None
    support: int


class CitationEvalReport(BaseModel):
    """What ``drafter eval citations --json`` prints."""

    file: str | None = None
    total: int
    accuracy: float | None = Field(description="share of rows whose verdict equals the label (rows with labels)")
    per_label: dict[str, LabelScores]
    precision: dict[str, float | None] = Field(default_factory=dict, description="per-label precision (same as per_label)")
    recall: dict[str, float | None] = Field(default_factory=dict, description="per-label recall (same as per_label)")
    unresolvable_caught: float | None = Field(
        None, description="share of rows labelled unresolvable that the checker found unresolvable"
    )
    rows: list[CheckResult]


def load_cases(path: Path) -> list[CitationCase]:
    """Read a JSONL file of cases; a bad line raises :class:`EvalSetError` naming it."""
    return [case for _, case in read_rows(
        path, CitationCase, hint='{"id", "claim", "citation": {"doc", "address"?}, "label"?}')]


def score(rows: list[CheckResult], file: str | None = None) -> CitationEvalReport:
    """Accuracy and per-label precision/recall of checked rows."""
    labelled = [r for r in rows if r.label is not None]
    accuracy = sum(r.verdict == r.label for r in labelled) / len(labelled) if labelled else None
    per_label: dict[str, LabelScores] = {}
    for label in LABELS:
        predicted = [r for r in labelled if r.verdict == label]
        actual = [r for r in labelled if r.label == label]
        hits = sum(r.label == label for r in predicted)
        per_label[label] = LabelScores(
            precision=hits / len(predicted) if predicted else None,
            recall=hits / len(actual) if actual else None,
            support=len(actual),
        )
    unres = [r for r in labelled if r.label == "unresolvable"]
    caught = sum(r.verdict == "unresolvable" for r in unres) / len(unres) if unres else None
    return CitationEvalReport(
        file=file, total=len(rows), accuracy=accuracy, per_label=per_label,
        precision={k: v.precision for k, v in per_label.items()}, recall={k: v.recall for k, v in per_label.items()},
        unresolvable_caught=caught, rows=rows,
    )


def check_case(checker: CitationChecker, case: CitationCase) -> CheckResult:
    result = checker.check(case.claim, case.citation.doc, case.citation.address, id=case.id)
    return result.model_copy(update={"label": case.label})


def evaluate_citations(cases: list[CitationCase], checker: CitationChecker, file: str | None = None) -> CitationEvalReport:
    checker.prepare([(c.claim, c.citation.doc, c.citation.address) for c in cases])
    return score([check_case(checker, c) for c in cases], file=file)
