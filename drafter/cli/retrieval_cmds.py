"""``drafter ingest`` and ``drafter search`` (``drafter eval retrieval`` is in ``drafter_evals.cli``).

``search`` (and ``summarize``, ``eval retrieval``) first compare the index
with the corpus directory (``--corpus`` or the configured one): an empty
index, or one that holds other documents, misses some or holds older
versions, is brought in line with the corpus (incrementally: unchanged
documents are skipped), with progress on stderr. If that cannot be done
(another process is ingesting), the search runs on the index as it is,
restricted to the corpus's documents, and says that it is incomplete on
stderr and in ``--json``: the JSON is the list of hits (its form since the
first release, which scripts read), each hit carrying ``"index_complete"``
and, when the index is incomplete, ``"index"`` (what is missing, who builds).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from drafter.cli.app import CorpusOption, app, settings_from

if TYPE_CHECKING:
    from drafter.config import Settings
    from drafter.corpus.corpus import Corpus
    from drafter.retrieval.identity import IndexState
    from drafter.retrieval.models import Hit, IngestReport
    from drafter.retrieval.service import RetrievalService


def open_service(settings: Settings) -> RetrievalService:
    from drafter.retrieval.service import open_retrieval

    return open_retrieval(settings)


def ingest_corpus(service: RetrievalService, settings: Settings, corpus: Corpus | None = None) -> IngestReport:
    from drafter.corpus.corpus import Corpus
    from drafter.retrieval.progress import stderr_progress

    if corpus is None:
        corpus = Corpus.load(settings.corpus_dir)  # validates every file before anything is written
    with stderr_progress() as progress:
        return service.ingest(corpus, progress=progress)


def ensure_index(service: RetrievalService, settings: Settings, corpus: Corpus | None = None) -> IndexState:
    """Make the index an index of ``settings.corpus_dir`` (ingest what differs), or say why it is not."""
    from drafter.retrieval.identity import index_state
    from drafter.retrieval.store import IndexBusyError

    state = index_state(service, settings.corpus_dir)
    if state.complete:
        return state
    if state.building:  # another process is ingesting: search what is complete, without waiting for its lock
        typer.echo(f"warning: the index is still being built by {state.building} ({state.documents_indexed} of "
                   f"{state.documents} documents embedded; {state.problems()}): searching what is complete "
                   "(lexical over every document, dense over the embedded ones)", err=True)
        return state
    if state.documents_indexed == 0 and not state.documents_extra and not state.documents_stale:
        typer.echo(f"index is empty: ingesting {settings.corpus_dir} first", err=True)
    else:
        typer.echo(f"the index does not match {state.corpus}: {state.problems()}; updating it "
                   "(unchanged documents are skipped)", err=True)
    try:
        report = ingest_corpus(service, settings, corpus)
    except IndexBusyError as exc:
        typer.echo(f"warning: {exc.message}: searching the index as it is", err=True)
    else:
        typer.echo(ingest_summary(report), err=True)
    state = index_state(service, settings.corpus_dir)
    if not state.complete:
        building = f"; being built by {state.building}" if state.building else ""
        typer.echo(f"warning: the index is incomplete: {state.problems()}{building}. Results may miss documents; "
                   "run drafter ingest when it is free", err=True)
    return state


def hits_json(hits: list, state: IndexState) -> list[dict]:
    """``search --json``: the list of hits; each says whether the index was complete, and an incomplete
    index also rides on each hit (``index``: missing documents, who is building it)."""
    extra: dict = {"index_complete": state.complete}
    if not state.complete:
        extra["index"] = state.model_dump()
    return [{**hit.model_dump(), **extra} for hit in hits]


_ensure_index = ensure_index  # the name drafter_evals.cli uses


def corpus_filter(state: IndexState, service: RetrievalService, doc: list[str] | None) -> list[str] | None:
    """The document filter that keeps hits inside the corpus when the index also holds others."""
    if doc or not state.documents_extra:
        return doc or None
    return sorted(set(service.documents()) - set(state.documents_extra)) or ["(none)"]


def ingest_summary(report: IngestReport) -> str:
    return (
        f"added {len(report.added)}, updated {len(report.updated)}, skipped {len(report.skipped)}, "
        f"removed {len(report.removed)} document(s); {report.chunks} chunks in the index "
        f"({report.chunks_embedded} embedded, {report.chunks_reused} reused) in {report.seconds:.1f} s"
    )


def print_hits(hits: list[Hit]) -> None:
    """The hits as a table: rank, document, address, score, text."""
    from rich.console import Console
    from rich.table import Table

    if not hits:
        typer.echo("no hits")
        return
    table = Table(show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("document")
    table.add_column("address")
    table.add_column("score", justify="right")
    table.add_column("text", overflow="fold")
    for i, hit in enumerate(hits, start=1):
        text = hit.text if len(hit.text) <= 300 else hit.text[:300] + " …"
        table.add_row(str(i), hit.doc, hit.address, f"{hit.score:.4f}", text)
    Console().print(table)


@app.command("ingest")
def ingest_cmd(
    corpus: Path | None = CorpusOption,
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
) -> None:
    """Index the corpus for search (incremental: unchanged documents are skipped).

    Example: drafter ingest --corpus ../shared/corpus
    """
    settings = settings_from(corpus)
    service = open_service(settings)
    report = ingest_corpus(service, settings)
    if as_json:
        typer.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
        return
    for label, docs in (("added", report.added), ("updated", report.updated), ("removed", report.removed)):
        if docs:
            typer.echo(f"{label}: {', '.join(docs)}")
    typer.echo(ingest_summary(report))


@app.command("search")
def search_cmd(
    query: str = typer.Argument(..., help="what to look for, in Korean or English"),
    k: int | None = typer.Option(None, "-k", "--k", help="how many hits (default: retrieval.k)", min=1),
    doc: Annotated[list[str] | None, typer.Option("--doc", help="only this document id (repeatable)")] = None,
    as_json: bool = typer.Option(False, "--json", help="print the hits as a JSON list (each with index_complete; "
                                 "index: what is missing, when the index is incomplete)"),
    corpus: Path | None = CorpusOption,
) -> None:
    """Find the articles that answer a question (dense + BM25, fused).

    Examples:
      drafter search "시ㆍ도자치경찰위원회 위원 결격사유"
      drafter search "autonomous police budget" -k 3 --doc police-act --json
    """
    settings = settings_from(corpus)
    service = open_service(settings)
    state = ensure_index(service, settings)
    wanted = corpus_filter(state, service, doc)
    hits = [] if wanted == ["(none)"] else service.search(query, k=k or settings.retrieval.k, doc=wanted)
    if as_json:
        typer.echo(json.dumps(hits_json(hits, state), ensure_ascii=False, indent=2))
        return
    print_hits(hits)
