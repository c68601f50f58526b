"""The one-line bar of wizard steps at the top of every screen."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

STEPS: list[tuple[str, str]] = [
    ("start", "1 시작"),
    ("evidence", "2 근거"),
    ("amend", "3 개정"),
    ("assist", "4 지원"),
    ("review", "5 검토"),
    ("export", "6 내보내기"),
]
STEP_KEYS = {name: f"f{i + 2}" for i, (name, _) in enumerate(STEPS)}


class StepBar(Static):
    """``1 시작 › 2 근거 › …`` with the current step highlighted, and the draft title."""

    DEFAULT_CSS = """
    StepBar { height: 1; background: $panel; color: $text-muted; }
    """

    current: reactive[str] = reactive("start")
    draft_title: reactive[str] = reactive("")

    def __init__(self, current: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.current = current

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        for i, (name, label) in enumerate(STEPS):
            if i:
                text.append(" › ", style="dim")
            style = "bold reverse" if name == self.current else ""
            text.append(f"{label}", style=style)
        if self.draft_title:
            text.append(f"  │ {self.draft_title}", style="italic")
        return text
