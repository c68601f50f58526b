"""The form that edits one change of the draft (kind, address, wording)."""

from __future__ import annotations

from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Select, TextArea

from drafter.drafts.models import Change

KINDS = [
    ("replace 문구 변경", "replace"),
    ("rewrite 전문 개정", "rewrite"),
    ("insert 신설", "insert"),
    ("delete 삭제", "delete"),
    ("retitle 제목 변경", "retitle"),
]
FIELDS = {
    "replace": ("old", "new"),
    "rewrite": ("text",),
    "insert": ("heading", "text"),
    "delete": (),
    "retitle": ("heading",),
}


class ChangeForm(Vertical):
    """Posts :class:`ChangeForm.Edited` on every keystroke with the edited change."""

    DEFAULT_CSS = """
    ChangeForm { height: auto; }
    ChangeForm > .hidden { display: none; }
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
        yield Input(placeholder="조문 주소 e.g. 제35조제1항", id="at", compact=True)
        yield Input(placeholder="바꿀 문구 (old words)", id="old", compact=True)
        yield Input(placeholder="새 문구 (new words)", id="new", compact=True)
        yield Input(placeholder="제목 (heading)", id="heading", compact=True)
        yield TextArea(id="text", soft_wrap=True, compact=True)

    def on_mount(self) -> None:
        self.query_one("#text", TextArea).border_title = "새 조문 (① … ② …)"
        self._show_fields("replace")

    def load(self, change: Change) -> None:
        """Fill the form from a change (the change events this causes post no Edited)."""
        self._base = change
        self.query_one("#kind", Select).value = change.kind
        for name in ("at", "old", "new", "heading"):
            self.query_one(f"#{name}", Input).value = getattr(change, name) or ""
        self.query_one("#text", TextArea).text = change.text or ""
        self._show_fields(change.kind)

    def _show_fields(self, kind: str) -> None:
        for name in ("old", "new", "heading", "text"):
            self.query_one(f"#{name}").set_class(name not in FIELDS.get(kind, ()), "hidden")

    def current(self) -> Change:
        kind = self.query_one("#kind", Select).value
        values = {n: self.query_one(f"#{n}", Input).value for n in ("at", "old", "new", "heading")}
        text = self.query_one("#text", TextArea).text
        return self._base.model_copy(update={
            "kind": kind if isinstance(kind, str) else "replace",
            "at": values["at"].strip(),
            "old": values["old"] or None,
            "new": values["new"] or None,
            "heading": values["heading"] or None,
            "text": text or None,
        })

    def _edited(self) -> None:
        change = self.current()
        if change != self._base:
            self._base = change
            self.post_message(self.Edited(change))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._show_fields(str(event.value))
        self._edited()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._edited()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._edited()
