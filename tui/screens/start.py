"""Step 1: start a new draft or resume one; choose the plan and the areas."""

from __future__ import annotations

from datetime import datetime

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

LAWS = [(short, doc) for doc, short in LAW_SHORT_NAMES.items()]
"""The law a draft amends (경찰법: 국가경찰과 자치경찰의 조직 및 운영에 관한 법률)."""


class StartScreen(StepScreen):
    """Resume list (title, plan, updated) on the left, the new-draft form on the right.

    Nothing is created by accident: Enter in the title moves on to the plan,
    and Ctrl+N or the button asks first, showing the plan, areas and law
    (and whether a draft of that title exists). Deleting a draft asks too,
    and Ctrl+Z brings it back."""

    STEP = "start"
    BINDINGS = [
        Binding("ctrl+n", "create", "새 초안"),
        Binding("ctrl+r", "resume", "이어서 작성"),
        Binding("delete", "delete_draft", "초안 삭제", show=False),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="start-body"):
            with Vertical(id="resume-pane"):
                yield Label("이어서 작성 — Enter", classes="pane-title")
                yield DataTable(id="drafts", cursor_type="row", zebra_stripes=True)
            with Vertical(id="new-pane"):
                yield Label("새 초안 — Ctrl+N", classes="pane-title")
                yield Input(placeholder="제목", value="자치경찰 이원화 개정안", id="title", compact=True)
                with RadioSet(id="plan", compact=True):
                    yield RadioButton("연착륙안", value=True, id="plan-soft", compact=True)
                    yield RadioButton("경착륙안", id="plan-hard", compact=True)
                for area, label in AREA_LABELS.items():
                    yield Checkbox(label, value=True, id=f"area-{area}", compact=True)
                yield Select(LAWS, value="police-act", allow_blank=False, id="law", compact=True)
                yield Button("새 초안 만들기", id="create", variant="primary", compact=True)
        yield ProgressBar(id="load-progress", show_eta=False)
        yield Label("", id="load-status")

    def setup(self) -> None:
        table = self.query_one("#drafts", DataTable)
        table.add_columns("제목", "안", "수정")
        self.refresh_drafts()

    def refresh_drafts(self) -> None:
        table = self.query_one("#drafts", DataTable)
        table.clear()
        for s in self.drafter.store.list():
            when = local_time(s.updated_at)
            plan = "연착륙" if s.plan == "soft" else "경착륙"
            table.add_row(s.title, plan, when, key=s.id)

    def draft_changed(self) -> None:
        self.refresh_drafts()

    def on_load_progress(self, message: LoadProgress) -> None:
        bar = self.query_one("#load-progress", ProgressBar)
        bar.update(total=100, progress=int(message.fraction * 100))
        percent = int(message.fraction * 100)
        self.query_one("#load-status", Label).update(
            message.text if any("가" <= ch <= "힣" for ch in message.text) else f"검색 색인 준비 중… {percent}%")

    def new_draft(self) -> Draft:
        plan = "hard" if self.query_one("#plan-hard", RadioButton).value else "soft"
        areas = [a for a in AREA_LABELS if self.query_one(f"#area-{a}", Checkbox).value]
        law = self.query_one("#law", Select).value
        title = self.query_one("#title", Input).value.strip() or "자치경찰 이원화 개정안"
        return Draft(title=title, plan=plan, areas=areas or ["organization"],  # type: ignore[arg-type]
                     law=law if isinstance(law, str) else "police-act")

    def action_create(self) -> None:
        areas = [a for a in AREA_LABELS if self.query_one(f"#area-{a}", Checkbox).value]
        if not areas:
            self.notify("분야(조직ㆍ인력ㆍ예산)를 하나 이상 고르세요.", severity="warning")
            self.query_one("#area-organization", Checkbox).focus()
            return
        draft = self.new_draft()
        same = [s for s in self.drafter.store.list() if s.title == draft.title]
        question = (f"새 초안을 만듭니다.\n\n제목: {draft.title}\n안: {PLAN_NAMES[draft.plan]}\n"
                    f"분야: {'ㆍ'.join(AREA_LABELS[a] for a in draft.areas)}\n"
                    f"법률: {LAW_SHORT_NAMES.get(draft.law, draft.law)}")
        if same:
            question += f"\n\n같은 제목의 초안이 이미 {len(same)}개 있습니다. 이어서 쓰려면 왼쪽 목록에서 고르세요."
        self.drafter.confirm(question, lambda: self._create(draft), yes="만들기")

    def _create(self, draft: Draft) -> None:
        self.drafter.store.save(draft)
        self.drafter.open_draft(draft)
        self.notify(f"새 초안: {draft.title}")
        self.drafter.action_goto("evidence")

    def _selected_key(self) -> str | None:
        table = self.query_one("#drafts", DataTable)
        if table.row_count == 0:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_resume(self) -> None:
        key = self._selected_key()
        if key is None:
            self.notify("저장된 초안이 없습니다.", severity="warning")
            return
        self.drafter.open_draft(self.drafter.store.get(key), resume=True)

    def action_delete_draft(self) -> None:
        key = self._selected_key()
        if key is None:
            return
        from drafter.amend.particles import object_particle

        draft = self.drafter.store.get(key)
        self.drafter.confirm(f"초안 '{draft.title}'을(를) 삭제할까요?\n(삭제한 뒤 Ctrl+Z로 되돌릴 수 있습니다.)".replace(
            "을(를)", object_particle(draft.title)), lambda: self._delete(draft), yes="삭제")

    def _delete(self, draft: Draft) -> None:
        store = self.drafter.store
        store.delete(draft.id)
        if self.drafter.draft is not None and self.drafter.draft.id == draft.id:
            self.drafter.draft = None

        def undo() -> None:
            store.save(draft, touch=False)
            self.refresh_drafts()

        self.drafter.remember_undo(f"초안 삭제 ({draft.title})", undo)
        self.refresh_drafts()
        self.notify(f"삭제함: {draft.title} — Ctrl+Z로 되돌리기")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_resume()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self.action_create()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the title goes on to the plan: it does not create a draft."""
        event.stop()
        self.query_one("#plan", RadioSet).focus()


PLAN_NAMES = {"soft": "연착륙안", "hard": "경착륙안"}


def local_time(when: datetime) -> str:
    """``03-02 18:30`` in the local time zone (stored times are UTC)."""
    return when.astimezone().strftime("%m-%d %H:%M")
