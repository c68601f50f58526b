"""The base of the wizard's screens: the step bar, the footer, and access to
the app's shared state (corpus, draft, services)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from drafter_tui.messages import CorpusLoaded, DraftOpened, LoadProgress, SearchReady
from drafter_tui.widgets.status_line import StatusLine
from drafter_tui.widgets.step_bar import StepBar
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

if TYPE_CHECKING:
    from drafter_tui.app import DrafterApp


class StepScreen(Screen[None]):
    """A wizard step. Subclasses set ``STEP`` and write ``compose_body``."""

    STEP = "start"

    @property
    def drafter(self) -> DrafterApp:
        return cast("DrafterApp", self.app)

    def compose(self) -> ComposeResult:
        yield StepBar(self.STEP, id="step-bar")
        yield from self.compose_body()
        yield StatusLine(id="status-line")
        yield Footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        if not self.drafter.cursor_blink:
            for widget in self.query("Input, TextArea"):
                widget.cursor_blink = False  # type: ignore[attr-defined]
        self.setup()
        self._sync_title()
        if self.drafter.corpus is not None:
            self.corpus_ready()

    def on_screen_resume(self) -> None:
        self._sync_title()
        self.draft_changed()

    def _sync_title(self) -> None:
        draft = self.drafter.draft
        self.query_one(StepBar).draft_title = draft.title if draft else ""

    # hooks (Textual calls a handler on every class of the MRO, so
    # subclasses override these instead of on_mount / on_screen_resume) ------
    def setup(self) -> None:
        """Fill the widgets once they are mounted."""

    def corpus_ready(self) -> None:
        """The corpus is loaded (called once, or at mount if it already was)."""

    def draft_changed(self) -> None:
        """The app's draft was opened or the screen came back into view."""

    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        self.corpus_ready()

    def on_draft_opened(self, message: DraftOpened) -> None:
        self._sync_title()
        self.draft_changed()

    def on_search_ready(self, message: SearchReady) -> None:
        pass

    def on_load_progress(self, message: LoadProgress) -> None:
        pass
