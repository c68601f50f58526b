"""``drafter start``: the main job on the embedded defaults.

Index the configured corpus (incremental: a second start only checks
hashes), show an example search so the index can be seen to work, then open
the drafting app when a terminal is attached.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, app, settings_from
from drafter.cli.retrieval_cmds import ingest_corpus, ingest_summary, open_service, print_hits

EXAMPLE_QUERY = "자치경찰사무에 필요한 예산은 누가 수립하나"


@app.command("start")
def start(
    corpus: Path | None = CorpusOption,
    query: str = typer.Option(EXAMPLE_QUERY, "--query", help="the example search run after indexing"),
    tui: bool | None = typer.Option(
        None, "--tui/--no-tui", help="open the drafting app afterwards (default: when run in a terminal)"
    ),
) -> None:
    """Index the corpus (default ../shared/corpus), run an example search, open the app.

    Example: drafter start --corpus ../shared/corpus
    """
    settings = settings_from(corpus)
    typer.echo(f"corpus: {settings.corpus_dir}", err=True)
    typer.echo(f"index:  {settings.index_dir}", err=True)
    service = open_service(settings)
    report = ingest_corpus(service, settings)
    typer.echo(ingest_summary(report), err=True)
    typer.echo(f"\nexample search: {query}")
    print_hits(service.search(query, k=settings.retrieval.k))
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if tui if tui is not None else interactive:
        from drafter_tui.app import make_app

        make_app(settings).run()
    else:
        typer.echo("\nnext: `drafter tui` to draft an amendment, `drafter search \"…\"` to look things up.")
