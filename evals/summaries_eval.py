"""Evaluate cited summaries over a question set (retrieval-dev format:
``id``, ``query``, ``gold`` = ``[{doc, article}]``).

Metrics, ALCE-style (Gao et al. 2023), with the offline citation checker as
the entailment judge:

- citation recall: share of shown sentences whose citations (together)
  support them;
- citation precision: share of shown citations that support their sentence
  on their own (a citation that adds nothing is imprecise);
- resolve rate: share of *all* citations the backend wrote (shown, flagged
  or dropped) that resolve in the corpus (goal: 1.0);
- retrieval hit rate: share of questions with a gold article among the hits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from drafter_evals.jsonl import read_rows
from pydantic import BaseModel, Field

from drafter.citations.checker import CitationChecker
from drafter.citations.models import CitedSummary


class GoldArticle(BaseModel):
    doc: str
    article: str | None = None


class SummaryQuestion(BaseModel):
    id: str
    query: str
    lang: str | None = None
    gold: list[GoldArticle] = Field(default_factory=list)


class SentenceScore(BaseModel):
    text: str
    citations: list[str]
    supported: bool
    precise: list[bool]


class QuestionResult(BaseModel):
    id: str
    query: str
    retrieval_hit: bool | None
    sentences: list[SentenceScore]
    citations_written: int
    citations_resolved: int
    dropped: int


class SummaryEvalReport(BaseModel):
    file: str | None = None
    backend: str
    questions: int
    citation_recall: float | None
    citation_precision: float | None
    resolve_rate: float | None
    retrieval_hit_rate: float | None
    sentences: int
    citations: int
    results: list[QuestionResult]

    def metrics(self) -> dict[str, float | None]:
        return {
            "citation_recall": self.citation_recall, "citation_precision": self.citation_precision,
            "resolve_rate": self.resolve_rate, "retrieval_hit_rate": self.retrieval_hit_rate,
        }


def load_questions(path: Path) -> list[SummaryQuestion]:
    """Read a JSONL question set (the retrieval-dev format); bad lines are named."""
    return [q for _, q in read_rows(path, SummaryQuestion, hint='{"id", "query", "gold": [{"doc", "article"}]}')]


def _gold_hit(summary: CitedSummary, gold: list[GoldArticle]) -> bool | None:
    if not gold:
        return None
    for src in summary.sources:
        for g in gold:
            if src.doc != g.doc:
                continue
            if g.article is None or src.address == g.article or src.address.startswith(g.article + "제") \
                    or src.address.startswith(g.article + "#"):
                return True
    return False


def score_summary(question: SummaryQuestion, summary: CitedSummary, checker: CitationChecker) -> QuestionResult:
    scored: list[SentenceScore] = []
    for sentence in summary.sentences:
        shown = sentence.valid_citations
        precise = [
            checker.check(sentence.text, c.doc, c.address or None).verdict == "supported" for c in shown
        ]
        scored.append(SentenceScore(text=sentence.text, citations=[c.label for c in shown],
                                    supported=any(precise), precise=precise))
    written = [c for s in (*summary.sentences, *summary.dropped) for c in s.citations]
    resolved = [c for c in written if c.status != "unresolvable"]
    return QuestionResult(
        id=question.id, query=question.query, retrieval_hit=_gold_hit(summary, question.gold),
        sentences=scored, citations_written=len(written), citations_resolved=len(resolved),
        dropped=len(summary.dropped),
    )


def evaluate_summaries(
    questions: list[SummaryQuestion],
    summarize: Callable[[str], CitedSummary],
    checker: CitationChecker,
    *,
    backend: str,
    file: str | None = None,
) -> SummaryEvalReport:
    results = [score_summary(q, summarize(q.query), checker) for q in questions]
    sentences = [s for r in results for s in r.sentences]
    precise = [p for s in sentences for p in s.precise]
    written = sum(r.citations_written for r in results)
    resolved = sum(r.citations_resolved for r in results)
    hits = [r.retrieval_hit for r in results if r.retrieval_hit is not None]
    return SummaryEvalReport(
        file=file, backend=backend, questions=len(results),
        citation_recall=sum(s.supported for s in sentences) / len(sentences) if sentences else None,
        citation_precision=sum(precise) / len(precise) if precise else None,
        resolve_rate=resolved / written if written else None,
        retrieval_hit_rate=sum(hits) / len(hits) if hits else None,
        sentences=len(sentences), citations=len(precise), results=results,
    )
