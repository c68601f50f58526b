"""``drafter summarize`` (the ``eval`` commands are in ``drafter_evals.cli``).

Heavy libraries (kiwipiepy, the retrieval stack, LLM clients) are imported
inside the commands so ``drafter --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from drafter.cli.app import CorpusOption, app, settings_from
from drafter.errors import ConfigError
from drafter.llm.settings import BACKENDS

if TYPE_CHECKING:
    from drafter.citations.models import CitedSummary
    from drafter.citations.summarizer import Summarizer
    from drafter.config import Settings

LLMOption = typer.Option(
    None, "--llm", help=f"backend: {', '.join(BACKENDS)} (extractive: the default, no model); default from config",
    show_default=False,
)


def llm_settings(corpus: Path | None, llm: str | None) -> Settings:
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
    from drafter.cli.retrieval_cmds import ensure_index
    from drafter.retrieval.service import open_retrieval

    service = open_retrieval(settings)
    ensure_index(service, settings, corpus)  # an index of this corpus, or a warning that it is incomplete
    return service


def build_summarizer(settings: Settings, retriever_kind: str = "index") -> Summarizer:
    """The summarizer the CLI uses: corpus, retriever and model from settings."""
    from drafter.citations.summarizer import Summarizer
    from drafter.corpus.cache import load_corpus_cached

    corpus = load_corpus_cached(settings.corpus_dir, settings.index_dir / "corpus-cache")  # parsed once per change
    model = None
    if settings.llm.backend != "extractive":  # LangChain loads only for a chat model (seconds on a cold start)
        from drafter.llm.factory import make_chat_model

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
    settings = llm_settings(corpus, llm)
    if retriever == "index" and settings.retrieval.lexical_weight > 0:
        from drafter.text.tokenizer import load_kiwi_in_background

        # (its load overlaps importing the checker and opening the index: in benchmarks/bench_cold_start.py a cold
        # summarize took 0.94 and 0.93 times as long with it; a cold search, whose query embedding already overlaps Kiwi,
        # took 1.06 and 1.12 times as long, so search does not do this)
        load_kiwi_in_background()
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
        data = summary.model_dump(mode="json")
        if retriever == "index":  # the index searched: complete, or what it misses (also said on stderr)
            from drafter.retrieval.identity import index_state

            data["index"] = index_state(summarizer.retriever, settings.corpus_dir).model_dump(mode="json")
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(render_summary(summary))
