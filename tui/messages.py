"""App-wide messages (a widget's own messages are nested in its class)."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class CorpusLoaded(Message, bubble=False):
    """The corpus is parsed; ``app.corpus`` is set."""


class SearchReady(Message, bubble=False):
    """A search backend is ready (``name``: lexical, hybrid)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__()


class LoadProgress(Message, bubble=False):
    """Progress of a long load (index, corpus): ``fraction`` in 0..1."""

    def __init__(self, fraction: float, text: str) -> None:
        self.fraction = fraction
        self.text = text
        super().__init__()


class DraftOpened(Message, bubble=False):
    """``app.draft`` now holds a (new or resumed) draft."""


class DraftSaved(Message, bubble=False):
    """The draft was written to the store."""


class BillBuilt(Message, bubble=False):
    """The engine built the bill for the current changes (``bill``) or failed (``error``, in
    Korean; ``failed``: the 1-based number in the drafter's list of the change it refused)."""

    def __init__(self, bill: Any | None, error: str | None, failed: int | None = None) -> None:
        self.bill = bill
        self.error = error
        self.failed = failed
        super().__init__()
