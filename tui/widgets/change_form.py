"""The form that edits one change of the draft: kind, address, wording and every
option of the spec (``all``, ``part``, ``renumber``; ``각 호 외의 부분`` may be
written after the address)."""

from __future__ import annotations

from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Checkbox, Input, Select, TextArea

from drafter.drafts.models import Change

KINDS = [
    ("문구 변경", "replace"),
    ("고쳐 쓰기 (현행 조문 편집)", "edit"),
    ("전문 개정", "rewrite"),
    ("신설", "insert"),
    ("삭제", "delete"),
    ("제목 변경", "retitle"),
]
FIELDS = {
    "replace": ("old", "new", "replace-options"),
    "edit": ("text",),
    "rewrite": ("text",),
    "insert": ("heading", "text", "renumber"),
    "delete": (),
    "retitle": ("heading",),
}
OPTIONAL = ("old", "new", "heading", "text", "replace-options", "renumber")
PARTS = [("전단", "전단"), ("후단", "후단"), ("본문", "본문"), ("단서", "단서")]
TEXT_TITLES = {
    "edit": "조문을 고쳐 쓰세요 (① … ② …)",
    "rewrite": "새 조문 (① … ② …)",
    "insert": "새 조문 (① … ② …)",
}


class ChangeForm(Vertical):
    """Posts :class:`ChangeForm.Edited` on every keystroke with the edited change."""

    DEFAULT_CSS = """
    ChangeForm { height: auto; }
    ChangeForm > .hidden { display: none; }
    ChangeForm #replace-options { height: auto; }
    ChangeForm #replace-options Checkbox { width: auto; margin-right: 1; }
    ChangeForm #replace-options Select { width: 1fr; }
    """

    class Edited(Message):
        def __init__(self, change: Change) -> None:
            self.change = change
            super().__init__()

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._base = Change(kind="replace", at="")

    def compose(self):  # type: ignore[no-untyped-def]
        yield Select(KINDS, value="replace", allow_blank=False, id="kind", compact=True)
        yield Input(placeholder="조문 주소 예: 제35조제1항 (각 호 외의 부분)", id="at", compact=True)
        yield Input(placeholder="바꿀 문구", id="old", compact=True)
        yield Input(placeholder="새 문구 (비우면 삭제)", id="new", compact=True)
        with Horizontal(id="replace-options"):
            yield Checkbox("모두", id="all", compact=True, tooltip="모든 곳을 바꿈 (각각)")
            yield Select(PARTS, prompt="전단/후단", id="part", compact=True)
        yield Checkbox("번호 밀어내기", id="renumber", compact=True,
                       tooltip="그 번호의 조문이 있으면 뒤로 밀고 신설함")
        yield Input(placeholder="제목", id="heading", compact=True)
        yield TextArea(id="text", soft_wrap=True, compact=True)

    def on_mount(self) -> None:
        self._show_fields("replace")

    def load(self, change: Change) -> None:
        """Fill the form from a change (the change events this causes post no Edited)."""
        self._base = change
        self.query_one("#kind", Select).value = change.kind
        for name in ("at", "old", "new", "heading"):
            self.query_one(f"#{name}", Input).value = getattr(change, name) or ""
        self.query_one("#text", TextArea).text = change.text or ""
        self.query_one("#all", Checkbox).value = change.all
        self.query_one("#part", Select).value = change.part if change.part else Select.NULL
        self.query_one("#renumber", Checkbox).value = bool(change.renumber)
        self._show_fields(change.kind)

    def _show_fields(self, kind: str) -> None:
        for name in OPTIONAL:
            self.query_one(f"#{name}").set_class(name not in FIELDS.get(kind, ()), "hidden")
        self.query_one("#text", TextArea).border_title = TEXT_TITLES.get(kind, "")

    def current(self) -> Change:
        kind = self.query_one("#kind", Select).value
        values = {n: self.query_one(f"#{n}", Input).value for n in ("at", "old", "new", "heading")}
        text = self.query_one("#text", TextArea).text
        part = self.query_one("#part", Select).value
        kind = kind if isinstance(kind, str) else "replace"
        renumber = self.query_one("#renumber", Checkbox).value
        return self._base.model_copy(update={
            "kind": kind,
            "at": values["at"].strip(),
            "old": values["old"] or None,
            "new": values["new"] or None,
            "heading": values["heading"] or None,
            "text": text or None,
            "all": self.query_one("#all", Checkbox).value,
            "part": part if isinstance(part, str) else None,
            "renumber": True if renumber and kind == "insert" else None,
        })

    def _edited(self) -> None:
        change = self.current()
        if change != self._base:
            self._base = change
            self.post_message(self.Edited(change))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if event.select.id == "kind":
            self._show_fields(str(event.value))
        self._edited()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self._edited()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._edited()
