"""``drafter tui`` and ``drafter start``: the commands that open the drafting app.

Registered as a plugin: the core CLI finds :func:`register` through the
``drafter.commands`` entry point (see ``pyproject.toml``) and never imports
``drafter_tui`` itself. Textual is imported only when a command opens the app,
so ``drafter --help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, settings_from

EXAMPLE_QUERY = "자치경찰사무에 필요한 예산은 누가 수립하나"


def register(app: typer.Typer) -> None:
    """Add ``tui`` and ``start`` to the ``drafter`` app."""
    app.command("tui")(tui)
    app.command("start")(start)


def tui(
    corpus: Path | None = CorpusOption,
    draft: str | None = typer.Option(None, "--draft", help="resume this draft id at once"),
    export_dir: Path | None = typer.Option(
        None, "--export-dir", help="where Markdown/DOCX/HWPX go (default ./drafter-export)"
    ),
) -> None:
    """Draft a dual-model (이원화) amendment step by step: plan → evidence → changes → reasons → review → export.

    Drafts are saved on every edit under the data directory (drafts/).

    Examples:

      drafter tui

      drafter tui --corpus ../shared/corpus --export-dir ~/bills
    """
    settings = settings_from(corpus=corpus)
    from drafter.corpus.corpus import Corpus

    Corpus.discover(settings.corpus_dir)  # a missing corpus fails here, before the screen opens
    from drafter_tui.app import make_app

    make_app(settings, draft_id=draft, export_dir=export_dir).run()


def start(
    corpus: Path | None = CorpusOption,
    query: str = typer.Option(EXAMPLE_QUERY, "--query", help="the example search run after indexing"),
    tui: bool | None = typer.Option(
        None, "--tui/--no-tui", help="open the drafting app afterwards (default: when run in a terminal)"
    ),
) -> None:
    """Open the drafting app at once and index the corpus (default ../shared/corpus) behind it.

    With a terminal (or --tui) the app opens straight away with lexical
    search; the hybrid index is built (incrementally: a second start only
    checks hashes) in a background worker, with progress on the start
    screen, and search switches to hybrid when it is done. Without one
    (--no-tui), index the corpus with a progress bar and show an example
    search so the index can be seen to work.

    Example: drafter start --corpus ../shared/corpus
    """
    from drafter.cli.retrieval_cmds import ingest_corpus, ingest_summary, open_service, print_hits

    settings = settings_from(corpus)
    typer.echo(f"corpus: {settings.corpus_dir}", err=True)
    typer.echo(f"index:  {settings.index_dir}", err=True)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if tui if tui is not None else interactive:
        from drafter.corpus.corpus import Corpus

        Corpus.discover(settings.corpus_dir)  # a missing corpus fails here, before the screen opens
        from drafter_tui.app import make_app

        # the app searches lexically at once and builds the hybrid index in its loading worker
        make_app(settings).run()
        return
    service = open_service(settings)
    report = ingest_corpus(service, settings)
    typer.echo(ingest_summary(report), err=True)
    typer.echo(f"\nexample search: {query}")
    print_hits(service.search(query, k=settings.retrieval.k))
    typer.echo("\nnext: `drafter tui` to draft an amendment, `drafter search \"…\"` to look things up.")
