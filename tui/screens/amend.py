"""Step 3: pick a provision, type the new wording — or open its current text
(Ctrl+O) and rewrite it in place; the 개정문 and the 신ㆍ구조문대비표 update as
you type (debounced, built in a worker).

The list marks what the bill cannot use yet: ``…`` unfinished (no address or
words), ``⚠`` refused by the engine (the message says why, in Korean).
Removing a change (Ctrl+R) can be undone with Ctrl+Z."""

from __future__ import annotations

import re
from typing import Any

from drafter_tui.messages import BillBuilt
from drafter_tui.screens.step_screen import StepScreen
from drafter_tui.widgets.bill_preview import BillPreview
from drafter_tui.widgets.change_form import ChangeForm
from drafter_tui.widgets.impact_list import FOLLOW_UP_NOTE
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Label, ListItem, ListView, Static
from textual.worker import get_current_worker

from drafter.drafts.models import LAW_SHORT_NAMES, Change
from drafter.errors import DrafterError

DEBOUNCE_S = 0.3


_JAMO = re.compile(r"[\u1100-\u11ff\u3131-\u3163]")  # not ㆍ (U+318D), the middle dot of 시ㆍ도


def unfinished(change: Change) -> str | None:
    """Why a change is not ready for the bill (Korean), or None when it is.

    Besides missing parts, a lone jamo (``ㄷ``, ``ㅏ``) in the wording is a word
    still being typed: an input method composes syllables, and a bill never
    holds a bare jamo."""
    if not change.address:
        return "조문 주소가 없음"
    if change.kind == "replace" and not change.old:
        return "바꿀 문구가 없음"
    if change.kind == "replace" and change.new is None and (change.note or "").endswith(FOLLOW_UP_NOTE):
        # a follow-up added from the review's citation list starts without new words: until the drafter
        # writes them it is unfinished, not a deletion of the citation
        return "새 문구가 없음 (인용을 무엇으로 바꿀지 적으세요)"
    if change.kind in ("rewrite", "insert", "edit") and not (change.text and change.text.strip()):
        return "조문 내용이 없음"
    if change.kind == "retitle" and not change.heading:
        return "새 제목이 없음"
    for value in (change.old, change.new, change.text, change.heading):
        m = _JAMO.search(value or "")
        if m:
            return f"입력 중인 글자가 있음 ('{m.group(0)}')"
    return None


def complete(change: Change) -> bool:
    """Whether a change has what the engine needs (see :func:`unfinished`)."""
    return unfinished(change) is None


def engine_spec(draft: Any, changes: list[Change] | None = None) -> dict[str, Any]:
    """The spec the engine gets for ``changes`` (default: all of the draft's): the one place
    the TUI turns a draft into a spec (the engine prepares it further, e.g. a 항 rewritten
    as ①/② becomes an edit of its article: :mod:`drafter.amend.split`)."""
    return draft.spec_dict(changes=changes)  # a change of another law goes into other_laws


class AmendScreen(StepScreen):
    """The draft's changes (left: list and form), the bill as it stands (right)."""

    STEP = "amend"
    BINDINGS = [
        Binding("ctrl+n", "add", "새 개정 사항"),
        Binding("ctrl+o", "edit_in_place", "현행 조문 고쳐 쓰기"),
        Binding("ctrl+r", "remove", "개정 사항 삭제"),
        Binding("f5", "app.goto('assist')", "다음: 지원"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.selected: int | None = None
        self._timer: Timer | None = None
        self.last_bill: Any | None = None
        self.last_error: str | None = None
        self.invalid: dict[int, str] = {}
        """Draft change index -> the engine's (Korean) reason it refused that change."""

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="amend-body"):
            with Vertical(id="amend-left"):
                yield Label("개정 사항 — Ctrl+N 새로", classes="pane-title")
                yield ListView(id="changes")
                yield ChangeForm(id="change-form")
            with Vertical(id="amend-right"):
                yield Static("", id="current-text")
                yield BillPreview(id="bill-preview")

    def setup(self) -> None:
        self.draft_changed()

    def corpus_ready(self) -> None:
        self.suggest_addresses()
        self.schedule_build(0)

    def suggest_addresses(self) -> None:
        """Complete addresses as the drafter types them (every article and 항 of the law)."""
        from textual.suggester import SuggestFromList

        draft, corpus = self.drafter.draft, self.drafter.corpus
        if draft is None or corpus is None:
            return
        statute = corpus.statute(draft.law)
        addresses = []
        for art in statute.articles:
            addresses.append(art.key)
            addresses += [f"{art.key}제{h.number}항" for h in art.hangs if h.number]
        self.query_one("#at").suggester = SuggestFromList(addresses, case_sensitive=True)

    def draft_changed(self) -> None:
        draft = self.drafter.draft
        if draft is None:
            return
        pending = self.drafter.pending_address
        if pending:
            self.drafter.pending_address = None
            existing = next((i for i, c in enumerate(draft.changes) if c.at == pending), None)
            if existing is None:
                draft.changes.append(Change(kind="replace", at=pending))
                self.drafter.save_draft()
                existing = len(draft.changes) - 1
            self.selected = existing
        if self.selected is None and draft.changes:
            self.selected = 0
        if self.selected is not None and self.selected >= len(draft.changes):
            self.selected = len(draft.changes) - 1 if draft.changes else None
        self.refresh_list()
        if self.selected is not None:
            self.query_one(ChangeForm).load(draft.changes[self.selected])
            self.show_current(draft.changes[self.selected].address)
        self.schedule_build(0)

    def refresh_list(self) -> None:
        draft = self.drafter.draft
        changes = self.query_one("#changes", ListView)
        changes.clear()
        if draft is None:
            return
        for i, c in enumerate(draft.changes):
            changes.append(ListItem(Label(Text(self.item_text(i, c)))))
        if self.selected is not None:
            changes.index = self.selected

    # -- editing ------------------------------------------------------------
    def action_add(self) -> None:
        draft = self.drafter.draft
        if draft is None:
            return
        draft.changes.append(Change(kind="replace", at=""))
        self.drafter.save_draft()
        self.selected = len(draft.changes) - 1
        self.refresh_list()
        self.query_one(ChangeForm).load(draft.changes[self.selected])
        self.query_one("#at").focus()

    def item_text(self, i: int, change: Change) -> str:
        if not complete(change):
            mark = " … 미완성"
        elif i in self.invalid:
            mark = " ⚠ 오류"
        else:
            mark = ""
        return f"{i + 1}. {change.summary()}{mark}"

    def action_remove(self) -> None:
        draft = self.drafter.draft
        if draft is None or self.selected is None or not draft.changes:
            return
        index = self.selected
        removed = draft.changes.pop(index)
        self.drafter.save_draft()

        def undo() -> None:
            if self.drafter.draft is draft:
                draft.changes.insert(min(index, len(draft.changes)), removed)
                self.drafter.save_draft()
                self.selected = index
                self.draft_changed()

        self.drafter.remember_undo(f"개정 사항 삭제 ({removed.summary()})", undo)
        self.notify(f"개정 사항을 삭제함: {removed.summary()} — Ctrl+Z로 되돌리기")
        self.selected = None
        self.draft_changed()

    def action_edit_in_place(self) -> None:
        """Open the current text of the provision in the editor: what is typed there is the new text."""
        draft, corpus = self.drafter.draft, self.drafter.corpus
        if draft is None or corpus is None:
            return
        form = self.query_one(ChangeForm)
        address = form.current().address
        if not address:
            self.notify("먼저 조문 주소를 적으세요 (예: 제35조제1항).", severity="warning")
            self.query_one("#at").focus()
            return
        try:
            current = corpus.resolve(draft.law, address).text
        except DrafterError:
            self.notify(f"현행 법률에 {address}이(가) 없습니다. 새 조문이면 '신설'을 고르세요.".replace(
                "이(가)", _subject_particle(address)), severity="warning")
            return
        change = Change(kind="edit", at=address, text=current)
        if self.selected is None:
            draft.changes.append(change)
            self.selected = len(draft.changes) - 1
        else:
            draft.changes[self.selected] = change
        self.drafter.save_draft()
        self.refresh_list()
        form.load(change)
        self.show_current(address)
        self.schedule_build(0)
        self.query_one("#text").focus()

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        draft = self.drafter.draft
        if draft is None or event.list_view.index is None:
            return
        self.selected = event.list_view.index
        self.query_one(ChangeForm).load(draft.changes[self.selected])
        self.show_current(draft.changes[self.selected].address)
        self.query_one("#at").focus()

    def on_change_form_edited(self, event: ChangeForm.Edited) -> None:
        """Every keystroke: store the edit at once, rebuild the preview after a pause."""
        draft = self.drafter.draft
        if draft is None:
            return
        if self.selected is None:
            draft.changes.append(event.change)
            self.selected = len(draft.changes) - 1
        else:
            draft.changes[self.selected] = event.change
        self.drafter.save_draft()
        items = self.query_one("#changes", ListView).children
        if self.selected < len(items):
            items[self.selected].query_one(Label).update(Text(self.item_text(self.selected, event.change)))
        else:
            self.refresh_list()
        self.show_current(event.change.address)
        self.schedule_build(DEBOUNCE_S)

    def show_current(self, address: str) -> None:
        target = self.query_one("#current-text", Static)
        draft, corpus = self.drafter.draft, self.drafter.corpus
        if not address or draft is None or corpus is None:
            target.update("")
            return
        selected = draft.changes[self.selected] if self.selected is not None and self.selected < len(draft.changes) else None
        law = selected.law if selected is not None and selected.law else draft.law  # another law's change (부칙)
        label = f"{LAW_SHORT_NAMES.get(law, law)} {address}" if law != draft.law else address
        try:
            resolved = corpus.resolve(law, address)
        except DrafterError:
            target.update(Text(f"현행 {label}: (없음 — 새 조문이면 '신설')"))
            return
        target.update(Text(f"현행 {label}: {resolved.text}"))

    # -- the bill ------------------------------------------------------------
    def schedule_build(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(delay, self.start_build) if delay else None
        if not delay:
            self.start_build()

    def start_build(self) -> None:
        draft, corpus = self.drafter.draft, self.drafter.corpus
        preview = self.query_one(BillPreview)
        if draft is None or corpus is None:
            preview.show_empty("코퍼스 읽는 중…")
            return
        ready = [i for i, c in enumerate(draft.changes) if complete(c)]
        if not ready:
            preview.show_empty("개정 사항을 입력하세요 (Ctrl+N).")
            return
        spec = engine_spec(draft, [draft.changes[i] for i in ready])
        numbers: dict[str, dict[int, int]] = {}  # per law ("" for the draft's): engine change number -> draft's
        for i in ready:
            law = draft.changes[i].law if draft.changes[i].law != draft.law else None
            per_law = numbers.setdefault(law or "", {})
            per_law[len(per_law) + 1] = i + 1
        self.build_bill(spec, numbers)

    @work(thread=True, exclusive=True, group="bill", exit_on_error=False)
    def build_bill(self, spec: dict[str, Any], numbers: dict[str, dict[int, int]]) -> None:
        corpus = self.drafter.corpus
        try:
            bill, error, failed = self.drafter.services.engine.build(corpus, spec), None, None
        except DrafterError as exc:
            from drafter_tui.korean import korean_error

            other = re.match(r"other_laws \d+ \(([^)]+)\)", getattr(exc, "message", "") or "")
            index_map = numbers.get(other.group(1) if other else "", {})
            bill, error = None, korean_error(exc, index_map=index_map)
            if other:  # a change of another law (부칙: 다른 법률의 개정)
                error = f"{LAW_SHORT_NAMES.get(other.group(1), other.group(1))}: {error}"
            index = getattr(exc, "index", None)
            failed = index_map.get(index) if index is not None else None
            self.drafter.last_error_detail = str(exc)
        if not get_current_worker().is_cancelled:  # a newer keystroke replaced this build
            self.post_message(BillBuilt(bill, error, failed))

    def on_bill_built(self, message: BillBuilt) -> None:
        preview = self.query_one(BillPreview)
        self.last_error = message.error
        before = dict(self.invalid)
        self.invalid = {message.failed - 1: message.error} if message.error and message.failed else {}
        if before != self.invalid:
            self.refresh_list()
        if message.error is not None:
            preview.show_error(message.error)
            return
        self.last_bill = message.bill
        preview.show_bill(message.bill)


def _subject_particle(word: str) -> str:
    from drafter.amend.particles import FinalSound, final_sound

    return "가" if final_sound(word) == FinalSound.vowel else "이"
