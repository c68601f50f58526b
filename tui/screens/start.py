"""Step 1: start a new draft or resume one; choose the plan and the areas."""

from __future__ import annotations

from datetime import UTC

from drafter_tui.messages import LoadProgress
from drafter_tui.screens.step_screen import StepScreen
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Input,
    Label,
    ProgressBar,
    RadioButton,
    RadioSet,
    Select,
)

from drafter.drafts.models import AREA_LABELS, LAW_SHORT_NAMES, Draft

LAWS = [(f"{short} {doc}", doc) for doc, short in LAW_SHORT_NAMES.items()]
"""The law a draft amends (경찰법: 국가경찰과 자치경찰의 조직 및 운영에 관한 법률)."""


class StartScreen(StepScreen):
    """Resume list (title, plan, updated) on the left, the new-draft form on the right."""

    STEP = "start"
    BINDINGS = [
        Binding("ctrl+n", "create", "New draft"),
        Binding("ctrl+r", "resume", "Resume"),
        Binding("delete", "delete_draft", "Delete", show=False),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="start-body"):
            with Vertical(id="resume-pane"):
                yield Label("이어서 작성 (resume) — Enter", classes="pane-title")
                yield DataTable(id="drafts", cursor_type="row", zebra_stripes=True)
            with Vertical(id="new-pane"):
                yield Label("새 초안 (new draft) — Ctrl+N", classes="pane-title")
                yield Input(placeholder="제목 (title)", value="자치경찰 이원화 개정안", id="title", compact=True)
                with RadioSet(id="plan", compact=True):
                    yield RadioButton("연착륙안 soft landing", value=True, id="plan-soft", compact=True)
                    yield RadioButton("경착륙안 hard landing", id="plan-hard", compact=True)
                for area, label in AREA_LABELS.items():
                    yield Checkbox(f"{label} {area}", value=True, id=f"area-{area}", compact=True)
                yield Select(LAWS, value="police-act", allow_blank=False, id="law", compact=True)
                yield Button("새 초안 만들기 (create)", id="create", variant="primary", compact=True)
        yield ProgressBar(id="load-progress", show_eta=False)
        yield Label("", id="load-status")

    def setup(self) -> None:
        table = self.query_one("#drafts", DataTable)
        table.add_columns("제목 title", "안", "수정 (UTC)")
        self.refresh_drafts()

    def refresh_drafts(self) -> None:
        table = self.query_one("#drafts", DataTable)
        table.clear()
        for s in self.drafter.store.list():
            when = s.updated_at.astimezone(UTC).strftime("%m-%d %H:%M")
            plan = "연착륙" if s.plan == "soft" else "경착륙"
            table.add_row(s.title, plan, when, key=s.id)

    def draft_changed(self) -> None:
        self.refresh_drafts()

    def on_load_progress(self, message: LoadProgress) -> None:
        bar = self.query_one("#load-progress", ProgressBar)
        bar.update(total=100, progress=int(message.fraction * 100))
        self.query_one("#load-status", Label).update(message.text)

    def new_draft(self) -> Draft:
        plan = "hard" if self.query_one("#plan-hard", RadioButton).value else "soft"
        areas = [a for a in AREA_LABELS if self.query_one(f"#area-{a}", Checkbox).value]
        law = self.query_one("#law", Select).value
        title = self.query_one("#title", Input).value.strip() or "자치경찰 이원화 개정안"
        return Draft(title=title, plan=plan, areas=areas or ["organization"],  # type: ignore[arg-type]
                     law=law if isinstance(law, str) else "police-act")

    def action_create(self) -> None:
        draft = self.new_draft()
        self.drafter.store.save(draft)
        self.drafter.open_draft(draft)
        self.notify(f"새 초안: {draft.title}")
        self.drafter.action_goto("evidence")

    def action_resume(self) -> None:
        table = self.query_one("#drafts", DataTable)
        if table.row_count == 0:
            self.notify("저장된 초안이 없습니다 (no saved drafts)", severity="warning")
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.drafter.open_draft(self.drafter.store.get(str(key)))
        self.drafter.action_goto("evidence")

    def action_delete_draft(self) -> None:
        table = self.query_one("#drafts", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self.drafter.store.delete(str(key))
            self.refresh_drafts()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_resume()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self.action_create()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_create()
