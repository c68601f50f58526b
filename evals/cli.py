"""``drafter eval …``: the evaluation commands, registered as a plugin.

``drafter_evals`` depends on the core, never the reverse: the core CLI finds
this module through the ``drafter.commands`` entry point (see
``pyproject.toml``) and calls :func:`register` with its Typer app. Heavy
libraries are imported inside the commands so ``drafter --help`` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from drafter.cli.app import CorpusOption, settings_from
from drafter.cli.llm_cmds import LLMOption, build_summarizer, llm_settings
from drafter.errors import ConfigError

eval_app = typer.Typer(help="Evaluate retrieval quality and citations against the sources.", no_args_is_help=True)
FormatOption = typer.Option("table", "--format", help="report format: table, json or markdown")


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command group to the ``drafter`` app."""
    app.add_typer(eval_app, name="eval")


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


@eval_app.command("retrieval")
def eval_retrieval_cmd(
    file: Annotated[Path, typer.Argument(help="JSONL questions with gold articles (see ../shared/evalsets)")],
    k: int = typer.Option(10, "-k", "--k", help="retrieve the top N per question (rank beyond N: not found)", min=5),
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
    corpus: Path | None = CorpusOption,
) -> None:
    """Recall@1, recall@5, MRR and each question's rank.

    Example: drafter eval retrieval ../shared/evalsets/retrieval-dev.jsonl
    """
    from drafter_evals.retrieval_eval import evaluate, load_questions, render_report

    from drafter.cli import retrieval_cmds

    questions = load_questions(file)
    settings = settings_from(corpus)
    service = retrieval_cmds.open_service(settings)
    retrieval_cmds._ensure_index(service, settings)
    report = evaluate(questions, lambda q, n: service.search(q, k=n), depth=k, file=str(file))
    if as_json:
        typer.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    Console().print(render_report(report))


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
    from drafter_evals.citation_eval import evaluate_citations, load_cases
    from drafter_evals.reports import Gate, check_gates

    from drafter.citations.checker import CitationChecker
    from drafter.corpus.corpus import Corpus

    cases = load_cases(file)
    settings = llm_settings(corpus, llm)
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
    from drafter_evals.reports import Gate, check_gates
    from drafter_evals.summaries_eval import evaluate_summaries, load_questions

    from drafter.citations.checker import CitationChecker
    from drafter.citations.similarity import E5Similarity

    questions = load_questions(file)
    settings = llm_settings(corpus, llm)
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
