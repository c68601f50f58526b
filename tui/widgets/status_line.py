"""One line above the footer for the app's notifications (instead of floating toasts).

A line of its own: no widget edge runs under it, so a Hangul syllable is
never split (see :meth:`drafter_tui.app.DrafterApp.notify`)."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

STYLES = {"information": "", "warning": "bold yellow", "error": "bold red"}


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $panel; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self._timer: Timer | None = None
        self.message = ""

    def show(self, message: str, severity: str = "information", timeout: float = 4) -> None:
        self.message = message
        mark = {"warning": "⚠ ", "error": "⚠ "}.get(severity, "")
        self.update(Text(mark + message.replace("\n", " "), style=STYLES.get(severity, ""), no_wrap=True,
                         overflow="ellipsis"))
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(timeout, self.clear)

    def clear(self) -> None:
        self.message = ""
        self.update("")
