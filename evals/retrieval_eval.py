"""Retrieval evaluation: recall@1, recall@5, MRR and each question's rank.

Input: JSONL, one question a line, as in ``../shared/evalsets/retrieval-dev.jsonl``::

    {"id": "d01", "lang": "ko", "query": "...", "gold": [{"doc": "police-act", "article": "제18조"}]}

A question is found at rank r when the r-th hit (hits are one per address)
is any chunk of a gold article. Gold articles are compared by document,
article label and 부칙 block (``제3조`` never matches ``부칙<제17689호>제3조``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from drafter_evals.jsonl import EvalSetError, read_rows
from pydantic import BaseModel, Field

from drafter.corpus.addresses import parse_address
from drafter.errors import AddressError
from drafter.retrieval.models import Hit

SearchFn = Callable[[str, int], list[Hit]]




class GoldRef(BaseModel):
    doc: str
    article: str = Field(description="e.g. 제35조, 제35조의2 or 부칙<제17689호>제3조")


class EvalQuestion(BaseModel):
    id: str
    query: str
    lang: str | None = None
    gold: list[GoldRef] = Field(min_length=1)


class QuestionResult(BaseModel):
    id: str
    query: str
    lang: str | None = None
    gold: list[GoldRef]
    rank: int | None = Field(description="1-based rank of the first gold hit; None if not in the top N")
    top: list[str] = Field(default_factory=list, description="the top hits as doc:address")
    seconds: float = 0.0


class RetrievalReport(BaseModel):
    file: str
    depth: int = Field(description="N: how many hits were retrieved per question")
    questions: int
    recall_at_1: float
    recall_at_5: float
    mrr: float
    mean_query_ms: float = 0.0
    results: list[QuestionResult]


def load_questions(path: Path) -> list[EvalQuestion]:
    """Parse the JSONL file; a bad line is an :class:`EvalSetError` naming file and line."""
    questions: list[EvalQuestion] = []
    for lineno, question in read_rows(path, EvalQuestion, hint='{"id", "query", "gold": [{"doc", "article"}]}'):
        for ref in question.gold:
            try:
                parse_address(ref.article)
            except AddressError as exc:
                raise EvalSetError(f"bad gold article {ref.article!r}: {exc.message}", path=path,
                                    line=lineno) from None
        questions.append(question)
    return questions


def _gold_key(ref: GoldRef) -> tuple[str, str | None, str | None]:
    addr = parse_address(ref.article)
    addendum = None
    if addr.addendum is not None:
        addendum = f"부칙<제{addr.addendum}호>" if addr.addendum else "부칙"
        if addr.addendum_occurrence > 1:
            addendum += f"#{addr.addendum_occurrence}"
    return ref.doc, addr.article_label, addendum


def is_gold(hit: Hit, gold: Sequence[GoldRef]) -> bool:
    """Whether ``hit`` is a chunk of one of the gold articles."""
    return any((hit.doc, hit.article, hit.addendum) == _gold_key(ref) for ref in gold)


def evaluate(questions: Sequence[EvalQuestion], search: SearchFn, depth: int = 10, file: str = "") -> RetrievalReport:
    """Run every question through ``search(query, depth)`` and score the ranks."""
    depth = max(depth, 5)
    results: list[QuestionResult] = []
    for q in questions:
        t0 = time.perf_counter()
        hits = search(q.query, depth)
        elapsed = time.perf_counter() - t0
        rank = next((i for i, h in enumerate(hits, start=1) if is_gold(h, q.gold)), None)
        results.append(QuestionResult(
            id=q.id, query=q.query, lang=q.lang, gold=q.gold, rank=rank, seconds=elapsed,
            top=[f"{h.doc}:{h.address}" for h in hits[:5]],
        ))
    n = len(results)
    return RetrievalReport(
        file=file, depth=depth, questions=n,
        recall_at_1=sum(r.rank == 1 for r in results) / n,
        recall_at_5=sum(r.rank is not None and r.rank <= 5 for r in results) / n,
        mrr=sum(1 / r.rank for r in results if r.rank) / n,
        mean_query_ms=1000 * sum(r.seconds for r in results) / n,
        results=results,
    )


def render_report(report: RetrievalReport) -> object:
    """A rich renderable: one row per question, then the summary."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"retrieval: {report.file}", show_lines=False)
    table.add_column("id")
    table.add_column("rank", justify="right")
    table.add_column("gold")
    table.add_column("top hit")
    table.add_column("query", overflow="fold")
    for r in report.results:
        rank = str(r.rank) if r.rank is not None else f">{report.depth}"
        style = "green" if r.rank == 1 else ("yellow" if r.rank and r.rank <= 5 else "red")
        table.add_row(r.id, Text(rank, style=style), ", ".join(f"{g.doc}:{g.article}" for g in r.gold),
                      r.top[0] if r.top else "-", r.query)
    summary = Text(
        f"questions {report.questions}   recall@1 {report.recall_at_1:.3f}   recall@5 {report.recall_at_5:.3f}"
        f"   MRR {report.mrr:.3f}   (top {report.depth}, {report.mean_query_ms:.0f} ms/query)"
    )
    return Group(table, summary)
