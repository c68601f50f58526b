"""제안이유 및 주요내용 and 부칙, written and edited by the drafter.

Two editors: the reasons (prose and lettered points ``가.`` ``나.``) and the
부칙 (시행일, 경과조치, 적용례; 다른 법률의 개정). Nothing the drafter wrote
is replaced without a question: filling the reasons with the draft made from
the changes, or the 부칙 with a form, asks first when the editor is not
empty; closing with unsaved edits asks too. Ctrl+S saves into the draft
(``Draft.reasons_text``, ``Draft.supplementary``), which the bill then uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea

if TYPE_CHECKING:
    from drafter_tui.app import DrafterApp

SUPPLEMENTARY_FORMS: dict[str, str] = {
    "시행일": "이 법은 공포 후 6개월이 경과한 날부터 시행한다.",
    "시행일ㆍ경과조치": (
        "제1조(시행일) 이 법은 공포 후 6개월이 경과한 날부터 시행한다.\n"
        "제2조(경과조치) 이 법 시행 당시 종전의 규정에 따라 행한 처분ㆍ절차와 그 밖의 행위는 "
        "이 법에 따라 행한 것으로 본다."
    ),
    "시행일ㆍ적용례": (
        "제1조(시행일) 이 법은 공포 후 6개월이 경과한 날부터 시행한다.\n"
        "제2조(적용례) 이 법은 이 법 시행 이후 수립하는 예산부터 적용한다."
    ),
}


class ReasonsScreen(ModalScreen[bool]):
    """Dismisses True when the drafter saved."""

    DEFAULT_CSS = """
    ReasonsScreen { align: center middle; }
    ReasonsScreen > Vertical { width: 100%; max-width: 110; height: 100%; max-height: 40;
                               border: round $primary; background: $surface; padding: 0 1; }
    ReasonsScreen #reasons-text { height: 2fr; }
    ReasonsScreen #supplementary-text { height: 1fr; min-height: 4; }
    ReasonsScreen Horizontal { height: auto; }
    ReasonsScreen Button { margin-right: 1; width: auto; min-width: 0; }
    ReasonsScreen .form-label { margin-right: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "저장"),
        Binding("escape", "close", "닫기"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.saved_reasons = ""
        self.saved_supplementary = ""

    @property
    def drafter(self) -> DrafterApp:
        return cast("DrafterApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("제안이유 및 주요내용 — 요약 뒤에 가. 나. …로 주요내용 (끝에 안 제N조)", classes="pane-title")
            yield TextArea(id="reasons-text", soft_wrap=True)
            with Horizontal():
                yield Button("개정 내용에서 초안 만들기", id="fill-reasons", compact=True)
            yield Label("부칙 — 시행일, 경과조치, 적용례, 다른 법률의 개정", classes="pane-title")
            yield TextArea(id="supplementary-text", soft_wrap=True)
            with Horizontal():
                yield Label("서식:", classes="form-label")
                for i, name in enumerate(SUPPLEMENTARY_FORMS):
                    yield Button(name, id=f"form-{i}", compact=True, tooltip=f"부칙을 '{name}' 서식으로")
                yield Button("저장 ^S", id="save", variant="primary", compact=True)
                yield Button("닫기 Esc", id="close", compact=True)

    def on_mount(self) -> None:
        draft = self.drafter.draft
        if draft is None:
            self.dismiss(False)
            return
        reasons = draft.reasons_text
        if reasons is None:
            reasons = "\n".join(s.render() for s in draft.reasons)
        self.saved_reasons = reasons
        self.saved_supplementary = draft.supplementary
        self.query_one("#reasons-text", TextArea).text = reasons
        self.query_one("#supplementary-text", TextArea).text = draft.supplementary
        if not self.drafter.cursor_blink:
            for area in self.query(TextArea):
                area.cursor_blink = False
        self.query_one("#reasons-text", TextArea).focus()

    # -- filling, always asking before replacing text ------------------------------
    def replace_text(self, area_id: str, text: str, what: str) -> None:
        area = self.query_one(f"#{area_id}", TextArea)

        def put() -> None:
            area.text = text
            area.focus()

        if area.text.strip() and area.text.strip() != text.strip():
            self.drafter.confirm(f"{what}에 적힌 내용을 지우고 새 내용으로 바꿀까요?", put, yes="바꾸기")
        else:
            put()

    def drafted_reasons(self) -> str | None:
        draft, corpus = self.drafter.draft, self.drafter.corpus
        if draft is None or corpus is None:
            self.notify("코퍼스 읽는 중…", severity="warning")
            return None
        from drafter_tui.screens.amend import complete, engine_spec

        spec = engine_spec(draft, [c for c in draft.changes if complete(c)])
        spec.pop("reasons", None)
        if not spec["changes"]:
            self.notify("개정 사항이 없어 초안을 만들 수 없습니다.", severity="warning")
            return None
        from drafter.errors import DrafterError

        try:
            bill = self.drafter.services.engine.build(corpus, spec)
        except DrafterError as exc:
            self.drafter.show_error(exc)
            return None
        return str(bill.reasons)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button == "fill-reasons":
            text = self.drafted_reasons()
            if text is not None:
                self.replace_text("reasons-text", text, "제안이유")
        elif button.startswith("form-"):
            name = list(SUPPLEMENTARY_FORMS)[int(button.removeprefix("form-"))]
            self.replace_text("supplementary-text", SUPPLEMENTARY_FORMS[name], "부칙")
        elif button == "save":
            self.action_save()
        elif button == "close":
            self.action_close()

    # -- saving and closing ------------------------------------------------------
    def texts(self) -> tuple[str, str]:
        return (self.query_one("#reasons-text", TextArea).text,
                self.query_one("#supplementary-text", TextArea).text)

    def action_save(self) -> None:
        draft = self.drafter.draft
        if draft is None:
            return
        reasons, supplementary = self.texts()
        if not supplementary.strip():
            self.notify("부칙이 비어 있습니다. 시행일을 적으세요.", severity="error")
            return
        draft.reasons_text = reasons.strip() or None
        draft.supplementary = supplementary.strip()
        self.drafter.save_draft()
        self.saved_reasons, self.saved_supplementary = reasons, supplementary
        self.notify("제안이유와 부칙을 저장했습니다.")
        self.dismiss(True)

    def action_close(self) -> None:
        if self.texts() != (self.saved_reasons, self.saved_supplementary):
            self.drafter.confirm("저장하지 않은 내용이 있습니다. 버리고 닫을까요?", lambda: self.dismiss(False),
                                 yes="버리고 닫기")
        else:
            self.dismiss(False)
