"""``drafter summarize`` and ``drafter eval citations`` / ``eval summaries``.

Heavy libraries (kiwipiepy, the retrieval stack, LLM clients) are imported
inside the commands so ``drafter --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from drafter.cli.app import CorpusOption, app, settings_from
from drafter.cli.eval_group import eval_app
from drafter.errors import ConfigError

if TYPE_CHECKING:
    from drafter.citations.models import CitedSummary
    from drafter.citations.summarizer import Summarizer
    from drafter.config import Settings

BACKENDS = ("extractive", "llamacpp", "ollama", "openai")
LLMOption = typer.Option(
    None, "--llm", help="backend: extractive (default, no model), llamacpp, ollama, openai; default from config",
    show_default=False,
)
FormatOption = typer.Option("table", "--format", help="report format: table, json or markdown")


def _settings(corpus: Path | None, llm: str | None) -> Settings:
    settings = settings_from(corpus)
    if llm is not None:
        if llm not in BACKENDS:
            raise ConfigError(f"unknown LLM backend {llm!r}", hint=f"--llm takes one of: {', '.join(BACKENDS)}")
        settings.llm = settings.llm.model_copy(update={"backend": llm})
    return settings


def _retriever(settings: Settings, corpus, kind: str):
    if kind == "keyword":
        from drafter.citations.keyword_retriever import KeywordRetriever

        return KeywordRetriever(corpus)
    if kind != "index":
        raise ConfigError(f"unknown retriever {kind!r}", hint="--retriever takes index or keyword")
    from drafter.retrieval.service import open_retrieval

    service = open_retrieval(settings)
    if service.is_empty():
        typer.echo(f"index is empty: ingesting {settings.corpus_dir} first (once)", err=True)
        service.ingest(corpus)
    return service


def build_summarizer(settings: Settings, retriever_kind: str = "index") -> Summarizer:
    """The summarizer the CLI uses: corpus, retriever and model from settings."""
    from drafter.citations.summarizer import Summarizer
    from drafter.corpus.corpus import Corpus
    from drafter.llm.factory import make_chat_model

    corpus = Corpus.load(settings.corpus_dir)
    model = make_chat_model(settings.llm)
    return Summarizer(corpus, _retriever(settings, corpus, retriever_kind), model,
                      backend=settings.llm.backend, prompts_dir=settings.prompts_dir)


def render_summary(summary: CitedSummary) -> str:
    lines = [f"({summary.mode_note})", ""]
    if not summary.sentences:
        lines.append("No cited answer: nothing in the retrieved sources could be cited for this question.")
    for sentence in summary.sentences:
        lines.append(sentence.render())
    if summary.sources:
        lines += ["", "Sources:"]
        for i, src in enumerate(summary.sources, start=1):
            where = f" ({src.heading})" if src.heading else ""
            title = f" — {src.title}" if src.title else ""
            span = f", lines {src.span.line}–{src.span.end_line}" if src.span and src.span.line else ""
            lines.append(f"  {i}. {src.doc} {src.address}{where}{title}{span}")
    if summary.dropped:
        lines += ["", f"Dropped {len(summary.dropped)} sentence(s) without a valid citation:"]
        for sentence in summary.dropped:
            lines.append(f"  ✗ {sentence.render()}")
    return "\n".join(lines)


@app.command("summarize")
def summarize_cmd(
    question: str = typer.Argument(..., help="question or topic, in Korean or English"),
    llm: str | None = LLMOption,
    as_json: bool = typer.Option(False, "--json", help="sentences with citations and spans, as JSON"),
    corpus: Path | None = CorpusOption,
    k: int = typer.Option(5, "-k", "--k", min=1, max=50, help="how many sources to retrieve"),
    doc: str | None = typer.Option(None, "--doc", help="search only this document id"),
    retriever: str = typer.Option("index", "--retriever", help="index (hybrid search; default) or keyword (no index)"),
    stream: bool = typer.Option(False, "--stream", help="echo the model's raw output on stderr as it is written"),
) -> None:
    """Answer with cited sentences: retrieve, generate, bind every citation.

    Every sentence ends with citations like \\[police-act 제35조제1항] that
    resolve to the exact source text; citations that do not resolve are
    flagged and sentences without a valid one are dropped.

    Examples:
      drafter summarize "시ㆍ도자치경찰위원회는 누구 소속인가"
      drafter summarize "National Police Committee membership" --json
      drafter summarize "자치경찰 예산" --llm openai
    """
    settings = _settings(corpus, llm)
    summarizer = build_summarizer(settings, retriever)
    on_token: Callable[[str], None] | None = None
    if stream:
        def on_token(piece: str) -> None:
            sys.stderr.write(piece)
            sys.stderr.flush()

    summary = summarizer.summarize(question, k=k, doc=doc, on_token=on_token)
    if stream:
        sys.stderr.write("\n")
    if as_json:
        typer.echo(summary.model_dump_json(indent=2))
        return
    typer.echo(render_summary(summary))


def _emit(fmt: str, as_json: bool, report, title: str, metrics: dict, tables: list, gates: list) -> None:
    from drafter_evals.reports import print_tables, to_json, to_markdown

    if as_json or fmt == "json":
        typer.echo(to_json(report, gates))
    elif fmt == "markdown":
        typer.echo(to_markdown(title, metrics, tables, gates))
    elif fmt == "table":
        print_tables(title, metrics, tables, gates)
    else:
        raise ConfigError(f"unknown format {fmt!r}", hint="--format takes table, json or markdown")


def _exit_for(gates: list) -> None:
    from drafter_evals.reports import failed_gates

    failed = failed_gates(gates)
    if failed:
        for g in failed:
            typer.echo(f"below threshold: {g.metric} = {g.value if g.value is not None else 'n/a'} < {g.minimum}", err=True)
        raise typer.Exit(1)


@eval_app.command("citations")
def eval_citations_cmd(
    file: Path = typer.Argument(..., help="JSONL of {id, claim, citation: {doc, address?}, label?}"),
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON (same as --format json)"),
    fmt: str = FormatOption,
    corpus: Path | None = CorpusOption,
    min_accuracy: float | None = typer.Option(None, "--min-accuracy", help="exit 1 if accuracy is below this"),
    embeddings: bool = typer.Option(True, "--embeddings/--no-embeddings",
                                    help="use multilingual-e5-small where the lexical features cannot judge"),
    judge: bool = typer.Option(False, "--judge", help="ask the configured LLM to confirm supported verdicts"),
    llm: str | None = LLMOption,
) -> None:
    """Check each (claim, citation): resolvable? quotes exact? claim supported?

    Verdicts: supported, unsupported, unresolvable. Offline on a CPU.

    Example: drafter eval citations ../shared/evalsets/citations-dev.jsonl --min-accuracy 0.9
    """
    from drafter_evals.citation_checker import (
        CitationChecker,
        evaluate_citations,
        load_cases,
    )
    from drafter_evals.reports import Gate, check_gates

    from drafter.corpus.corpus import Corpus

    cases = load_cases(file)
    settings = _settings(corpus, llm)
    similarity = None
    if embeddings:
        from drafter.citations.similarity import E5Similarity

        similarity = E5Similarity()
    judge_model = None
    if judge and settings.llm.backend == "extractive":
        raise ConfigError("--judge needs a model backend", hint="add --llm openai|ollama|llamacpp")
    if judge or (settings.llm.judge and settings.llm.backend != "extractive"):
        from drafter.llm.factory import make_chat_model

        judge_model = make_chat_model(settings.llm)
    checker = CitationChecker(Corpus.load(settings.corpus_dir), similarity=similarity, judge=judge_model)
    report = evaluate_citations(cases, checker, file=str(file))
    metrics = {"rows": report.total, "accuracy": report.accuracy, "unresolvable caught": report.unresolvable_caught}
    for label, s in report.per_label.items():
        metrics[f"{label} precision"] = s.precision
        metrics[f"{label} recall"] = s.recall
    gates = check_gates({"accuracy": report.accuracy}, [Gate(metric="accuracy", minimum=min_accuracy)]) \
        if min_accuracy is not None else []
    rows = [(r.id, r.label or "", r.verdict, "✓" if r.label in (None, r.verdict) else "✗", r.reason) for r in report.rows]
    _emit(fmt, as_json, report, f"Citation check: {file.name}", metrics,
          [("rows", ["id", "label", "verdict", "ok", "reason"], rows)], gates)
    _exit_for(gates)


@eval_app.command("summaries")
def eval_summaries_cmd(
    file: Path = typer.Argument(..., help="JSONL questions: {id, query, gold: [{doc, article}]}"),
    llm: str | None = LLMOption,
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON (same as --format json)"),
    fmt: str = FormatOption,
    corpus: Path | None = CorpusOption,
    k: int = typer.Option(5, "-k", "--k", min=1, max=50, help="sources retrieved per question"),
    retriever: str = typer.Option("index", "--retriever", help="index (hybrid search; default) or keyword"),
    min_precision: float | None = typer.Option(None, "--min-precision", help="exit 1 if citation precision is below"),
    min_recall: float | None = typer.Option(None, "--min-recall", help="exit 1 if citation recall is below"),
    min_resolve: float | None = typer.Option(None, "--min-resolve", help="exit 1 if the resolve rate is below"),
) -> None:
    """Summarize each question and score its citations (ALCE-style).

    Reports citation recall and precision (the offline checker as judge), the
    share of citations that resolve, and the retrieval hit rate.

    Example: drafter eval summaries ../shared/evalsets/retrieval-dev.jsonl --min-precision 0.95
    """
    from drafter_evals.citation_checker import CitationChecker
    from drafter_evals.reports import Gate, check_gates
    from drafter_evals.summaries_eval import evaluate_summaries, load_questions

    from drafter.citations.similarity import E5Similarity

    questions = load_questions(file)
    settings = _settings(corpus, llm)
    summarizer = build_summarizer(settings, retriever)
    checker = CitationChecker(summarizer.corpus, similarity=E5Similarity())
    report = evaluate_summaries(questions, lambda q: summarizer.summarize(q, k=k), checker,
                                backend=settings.llm.backend, file=str(file))
    wanted = [("citation_precision", min_precision), ("citation_recall", min_recall), ("resolve_rate", min_resolve)]
    gates = check_gates(report.metrics(), [Gate(metric=m, minimum=v) for m, v in wanted if v is not None])
    metrics = {"backend": report.backend, "questions": report.questions, "sentences": report.sentences,
               "citations": report.citations, **report.metrics()}
    rows = [(r.id, "–" if r.retrieval_hit is None else ("hit" if r.retrieval_hit else "miss"), len(r.sentences),
             sum(s.supported for s in r.sentences), f"{r.citations_resolved}/{r.citations_written}", r.dropped, r.query)
            for r in report.results]
    _emit(fmt, as_json, report, f"Cited summaries: {file.name}", metrics,
          [("questions", ["id", "retrieval", "sentences", "supported", "resolved", "dropped", "query"], rows)], gates)
    _exit_for(gates)
