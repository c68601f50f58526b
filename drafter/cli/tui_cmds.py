"""``drafter tui``: the guided drafting TUI (a thin layer over ``drafter_tui``)."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, app, settings_from


@app.command("tui")
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
