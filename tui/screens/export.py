"""Step 6: write the bill as Markdown, DOCX and HWPX."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from drafter_tui.screens.amend import engine_spec, unfinished
from drafter_tui.screens.step_screen import StepScreen
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Input, Label, Log

from drafter.assist.models import ExportFormat
from drafter.drafts.models import Draft
from drafter.errors import DrafterError

FORMATS: tuple[ExportFormat, ...] = ("md", "docx", "hwpx")


def file_stem(title: str) -> str:
    """A file name from a draft title (Hangul kept; separators become '-')."""
    stem = re.sub(r"[^\w가-힣]+", "-", title).strip("-")
    return stem or "draft"


def blockers(draft: Draft) -> list[str]:
    """Unfinished changes, named for the drafter (``2번 개정 사항(제35조제1항): 미완성``)."""
    from drafter_tui.korean import change_name

    return [f"{change_name(i, c.at or None)}: 미완성 ({unfinished(c)})"
            for i, c in enumerate(draft.changes, 1) if unfinished(c)]


class ExportScreen(StepScreen):
    """Writes the bill only when every change is finished and valid, and asks
    before replacing files that exist or exporting reasons still in draft."""

    STEP = "export"
    BINDINGS = [
        Binding("ctrl+e", "export('all')", "모두 내보내기", priority=True),
    ]

    class Exported(Message):
        def __init__(self, paths: list[Path]) -> None:
            self.paths = paths
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self.exported: list[Path] = []
        self.problems: list[str] = []
        self.reasons_draft = False

    def compose_body(self) -> ComposeResult:
        yield Label("내보낼 폴더", classes="pane-title")
        yield Input(id="export-dir", compact=True)
        with Horizontal(id="export-buttons"):
            yield Button("Markdown", id="export-md", compact=True)
            yield Button("DOCX", id="export-docx", compact=True)
            yield Button("HWPX", id="export-hwpx", compact=True)
            yield Button("모두 Ctrl+E", id="export-all", variant="primary", compact=True)
        yield Log(id="export-log")

    def setup(self) -> None:
        self.query_one("#export-dir", Input).value = str(self.drafter.export_dir)

    def corpus_ready(self) -> None:
        self.draft_changed()

    def check(self) -> Any | None:
        """Build the bill; list what blocks the export in ``self.problems``."""
        draft = self.drafter.draft
        assert draft is not None and self.drafter.corpus is not None
        self.problems = blockers(draft)
        if not draft.changes:
            self.problems.append("개정 사항이 없습니다 — 3 개정(F4)에서 적으세요")
        if self.problems:
            return None
        try:
            bill = self.drafter.services.engine.build(self.drafter.corpus, engine_spec(draft))
        except DrafterError as exc:
            from drafter_tui.korean import korean_error

            self.drafter.last_error_detail = str(exc)
            self.problems.append(korean_error(exc))
            return None
        self.reasons_draft = bool(getattr(bill, "reasons_draft", False))
        return bill

    def draft_changed(self) -> None:
        draft = self.drafter.draft
        if draft is None or self.drafter.corpus is None:
            return
        log = self.query_one("#export-log", Log)
        log.clear()
        bill = self.check()
        if bill is None:
            log.write_line("내보낼 수 없습니다:")
            for problem in self.problems:
                log.write_line(f"  ⚠ {problem}")
            log.write_line("3 개정(F4)에서 고치세요.")
            return
        log.write_line(bill.title)
        reasons = "자동 초안 (4 지원에서 e로 고쳐 쓰기)" if self.reasons_draft else "작성함"
        log.write_line(f"  개정문 {len(bill.amendment_sentences)}개 조, 제안이유 {reasons}, 근거 {len(draft.pinned)}건")
        log.write_line("  Markdown · DOCX · HWPX로 내보낼 수 있습니다.")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith("export-"):
            self.action_export(event.button.id.removeprefix("export-"))

    def targets(self, formats: tuple[ExportFormat, ...]) -> list[Path]:
        draft = self.drafter.draft
        assert draft is not None
        folder = Path(self.query_one("#export-dir", Input).value.strip() or ".").expanduser()
        return [folder / f"{file_stem(draft.title)}.{fmt}" for fmt in formats]

    def action_export(self, which: str) -> None:
        draft = self.drafter.draft
        if draft is None or self.drafter.corpus is None:
            self.notify("코퍼스 읽는 중…", severity="warning")
            return
        if self.check() is None:
            self.draft_changed()
            self.notify("내보낼 수 없습니다: " + "; ".join(self.problems), severity="error", timeout=10)
            return
        formats = FORMATS if which == "all" else (which,)
        paths = self.targets(formats)  # type: ignore[arg-type]
        existing = [p for p in paths if p.exists()]
        questions = []
        if existing:
            questions.append("이미 있는 파일을 덮어씁니다:\n" + "\n".join(f"  {p}" for p in existing))
        if self.reasons_draft:
            questions.append("제안이유가 아직 개정 내용에서 자동으로 만든 초안입니다 (4 지원에서 e로 고쳐 쓰기).")
        if questions:
            self.drafter.confirm("\n\n".join(questions) + "\n\n내보낼까요?",
                                 lambda: self._start(formats, paths), yes="내보내기")  # type: ignore[arg-type]
        else:
            self._start(formats, paths)  # type: ignore[arg-type]

    def _start(self, formats: tuple[ExportFormat, ...], paths: list[Path]) -> None:
        self.query_one("#export-log", Log).write_line(f"내보내는 중 → {paths[0].parent}")
        self.run_export(formats, paths)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self, formats: tuple[ExportFormat, ...], paths: list[Path]) -> None:
        draft, corpus, engine = self.drafter.draft, self.drafter.corpus, self.drafter.services.engine
        assert draft is not None and corpus is not None
        bill = engine.build(corpus, engine_spec(draft))
        written = [engine.export(bill, fmt, path) for fmt, path in zip(formats, paths)]
        self.post_message(self.Exported(written))

    def on_export_screen_exported(self, message: Exported) -> None:
        self.exported += message.paths
        log = self.query_one("#export-log", Log)
        for p in message.paths:
            log.write_line(f"✓ {p}")
        self.notify(f"파일 {len(message.paths)}개를 썼습니다.", timeout=3)
