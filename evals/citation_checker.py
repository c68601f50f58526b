"""The citation checker: for each (claim, citation) — does the citation
resolve, do quoted passages match the source exactly, does the source state
the claim?

Verdicts are ``supported``, ``unsupported`` or ``unresolvable``. The
deterministic part (resolution, quotes, numbers, entities, negation, overlap)
runs offline on a CPU; multilingual embeddings decide only what the lexical
features cannot; an LLM judge, when one is configured and asked for, can only
*withdraw* a ``supported`` verdict, never invent one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from drafter_evals.jsonl import read_rows
from pydantic import BaseModel, Field

from drafter.citations.analysis import analyze_many
from drafter.citations.resolver import CitationResolver
from drafter.citations.support import Similarity, SupportThresholds, judge_support
from drafter.corpus.corpus import Corpus
from drafter.errors import DrafterError

Verdict = Literal["supported", "unsupported", "unresolvable"]
LABELS: tuple[Verdict, ...] = ("supported", "unsupported", "unresolvable")


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


class CheckResult(BaseModel):
    """The checker's verdict on one (claim, citation)."""

    id: str
    verdict: Verdict
    reason: str
    label: Verdict | None = None
    coverage: float | None = None
    similarity: float | None = None
    evidence: str | None = None


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


class CitationChecker:
    """Checks (claim, citation) pairs against a corpus."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        similarity: Similarity | None = None,
        judge: Any | None = None,
        thresholds: SupportThresholds | None = None,
    ) -> None:
        self.resolver = CitationResolver(corpus)
        self.similarity = similarity
        self.judge = judge
        self.thresholds = thresholds or SupportThresholds()

    def prepare(self, pairs: list[tuple[str, str, str | None]]) -> None:
        """Analyse all claims in one Kiwi batch (optional; faster on many cores)."""
        analyze_many([claim for claim, _, _ in pairs])

    def check_many(self, pairs: list[tuple[str, str, str | None]]) -> list[CheckResult]:
        self.prepare(pairs)
        return [self.check(claim, doc, address) for claim, doc, address in pairs]

    def check(self, claim: str, doc: str, address: str | None, *, id: str = "") -> CheckResult:
        try:
            resolved = self.resolver.resolve(doc, address)
        except DrafterError as exc:
            return CheckResult(id=id, verdict="unresolvable", reason=exc.message)
        judgement = judge_support(
            claim, resolved.text, context=resolved.context, whole_document=resolved.whole_document,
            similarity=self.similarity, thresholds=self.thresholds,
        )
        verdict: Verdict = "supported" if judgement.supported else "unsupported"
        reason = judgement.reason
        if verdict == "supported" and self.judge is not None:
            from drafter_evals.llm_judge import judge_claim

            agrees, why = judge_claim(self.judge, claim, judgement.evidence or resolved.text)
            if not agrees:
                verdict, reason = "unsupported", f"LLM judge: {why}"
        return CheckResult(
            id=id, verdict=verdict, reason=reason, coverage=judgement.coverage,
            similarity=judgement.similarity, evidence=judgement.evidence,
        )

    def check_case(self, case: CitationCase) -> CheckResult:
        result = self.check(case.claim, case.citation.doc, case.citation.address, id=case.id)
        return result.model_copy(update={"label": case.label})


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


def evaluate_citations(cases: list[CitationCase], checker: CitationChecker, file: str | None = None) -> CitationEvalReport:
    checker.prepare([(c.claim, c.citation.doc, c.citation.address) for c in cases])
    return score([checker.check_case(c) for c in cases], file=file)
