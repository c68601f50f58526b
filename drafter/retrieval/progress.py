"""A terminal progress bar (rich, on stderr) for ingest runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from drafter.retrieval.models import IngestProgress, ProgressCallback

if TYPE_CHECKING:
    from rich.console import Console


@contextmanager
def stderr_progress(label: str = "embedding") -> Iterator[ProgressCallback]:
    """Yields a callback that drives a progress bar on stderr (plain lines when not a terminal)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    if not console.is_terminal:
        yield _plain_lines(console)
        return
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(event: IngestProgress) -> None:
            if event.stage == "plan":
                bar.update(task, total=max(event.total, 1), completed=0)
            elif event.stage in ("embed", "document"):
                bar.update(task, completed=event.done, description=f"{label} {event.doc or ''}".strip())
            elif event.stage == "done":
                bar.update(task, completed=max(event.total, 1))

        yield update


def _plain_lines(console: Console) -> ProgressCallback:
    """Progress as a line every 10 % (for logs and pipes, where a bar would garble)."""
    state = {"last": -1}

    def update(event: IngestProgress) -> None:
        if event.stage == "plan" and event.total:
            console.print(f"ingest: {event.total} chunk(s) to embed", highlight=False)
        elif event.stage == "embed" and event.total:
            pct = int(100 * event.done / event.total)
            if pct // 10 != state["last"] // 10 or event.done == event.total:
                state["last"] = pct
                console.print(f"ingest: {event.done}/{event.total} chunks ({event.doc})", highlight=False)

    return update
