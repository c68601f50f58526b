"""Step 6: write the bill as Markdown, DOCX and HWPX."""

from __future__ import annotations

import re
from pathlib import Path

from drafter_tui.screens.amend import complete
from drafter_tui.screens.step_screen import StepScreen
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Input, Label, Log

from drafter.assist.models import ExportFormat
from drafter.errors import DrafterError

FORMATS: tuple[ExportFormat, ...] = ("md", "docx", "hwpx")


def file_stem(title: str) -> str:
    """A file name from a draft title (Hangul kept; separators become '-')."""
    stem = re.sub(r"[^\w가-힣]+", "-", title).strip("-")
    return stem or "draft"


class ExportScreen(StepScreen):
    STEP = "export"
    BINDINGS = [
        Binding("ctrl+e", "export('all')", "Export all", priority=True),
    ]

    class Exported(Message):
        def __init__(self, paths: list[Path]) -> None:
            self.paths = paths
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self.exported: list[Path] = []

    def compose_body(self) -> ComposeResult:
        yield Label("내보낼 폴더 (folder)", classes="pane-title")
        yield Input(id="export-dir", compact=True)
        with Horizontal(id="export-buttons"):
            yield Button("Markdown", id="export-md", compact=True)
            yield Button("DOCX", id="export-docx", compact=True)
            yield Button("HWPX", id="export-hwpx", compact=True)
            yield Button("모두 (all) Ctrl+E", id="export-all", variant="primary", compact=True)
        yield Log(id="export-log")

    def setup(self) -> None:
        self.query_one("#export-dir", Input).value = str(self.drafter.export_dir)

    def corpus_ready(self) -> None:
        self.draft_changed()

    def draft_changed(self) -> None:
        draft = self.drafter.draft
        if draft is None or self.drafter.corpus is None:
            return
        log = self.query_one("#export-log", Log)
        log.clear()
        ready = [c for c in draft.changes if complete(c)]
        spec = draft.spec_dict()
        spec["changes"] = [c.to_spec() for c in ready]
        try:
            bill = self.drafter.services.engine.build(self.drafter.corpus, spec) if ready else None
        except DrafterError as exc:
            log.write_line(f"⚠ {exc.message} — fix it on 3 개정 (F4)")
            return
        if bill is None:
            log.write_line("개정 사항이 없습니다 (no changes yet) — F4")
            return
        log.write_line(bill.title)
        log.write_line(f"  개정문 {len(bill.amendment_sentences)}개 조, 제안이유 {len(draft.reasons)}문장, "
                       f"근거 {len(draft.pinned)}건")
        log.write_line("  Markdown · DOCX · HWPX 로 내보낼 수 있습니다 (ready to export)")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith("export-"):
            self.action_export(event.button.id.removeprefix("export-"))

    def action_export(self, which: str) -> None:
        draft = self.drafter.draft
        if draft is None or self.drafter.corpus is None:
            self.notify("코퍼스 읽는 중… (corpus still loading)", severity="warning")
            return
        formats = FORMATS if which == "all" else (which,)
        folder = Path(self.query_one("#export-dir", Input).value.strip() or ".").expanduser()
        self.query_one("#export-log", Log).write_line(f"내보내는 중 → {folder}")
        self.run_export(folder, formats)  # type: ignore[arg-type]

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self, folder: Path, formats: tuple[ExportFormat, ...]) -> None:
        draft, corpus, engine = self.drafter.draft, self.drafter.corpus, self.drafter.services.engine
        assert draft is not None and corpus is not None
        spec = draft.spec_dict()
        spec["changes"] = [c.to_spec() for c in draft.changes if complete(c)]
        if not spec["changes"]:
            raise DrafterError("nothing to export: the draft has no complete change",
                               hint="add a change on the amendment screen (F4)")
        bill = engine.build(corpus, spec)
        paths = [engine.export(bill, fmt, folder / f"{file_stem(draft.title)}.{fmt}") for fmt in formats]
        self.post_message(self.Exported(paths))

    def on_export_screen_exported(self, message: Exported) -> None:
        self.exported += message.paths
        log = self.query_one("#export-log", Log)
        for p in message.paths:
            log.write_line(f"✓ {p}")
        self.notify(f"{len(message.paths)} file(s) written", timeout=3)
