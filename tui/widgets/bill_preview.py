"""The 개정문 and the 신ㆍ구조문대비표 of the draft, or the engine's error."""

from __future__ import annotations

from typing import Any

from drafter_tui.services import comparison_rows
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static


def comparison_table(bill: Any) -> Table:
    table = Table(title="신ㆍ구조문대비표", expand=True, show_lines=True, title_style="bold")
    table.add_column("현      행", ratio=1)
    table.add_column("개   정   안", ratio=1)
    rows = getattr(bill, "comparison", None) or []
    if rows and hasattr(rows[0], "old_lines"):
        for row in rows:
            table.add_row(_segments(row.old_lines), _segments(row.new_lines))
        return table
    for old, new in comparison_rows(bill):
        table.add_row(_marked(old), _marked(new))
    return table


def _segments(lines: Any) -> Text:
    """Cell lines of the engine's comparison rows, changed words underlined."""
    out = Text()
    for i, line in enumerate(lines):
        if i:
            out.append("\n")
        for seg in line.segments:
            out.append(seg.text, style="underline bold" if seg.changed else ("dim" if seg.kind == "dash" else ""))
    return out


def _marked(text: str) -> Text:
    """Show the engine's change marks (``<u>…</u>`` or ``__…__``) as underlines."""
    out = Text()
    import re

    pos = 0
    for m in re.finditer(r"<u>(.*?)</u>|__(.+?)__", text, flags=re.DOTALL):
        out.append(text[pos : m.start()])
        out.append(m.group(1) or m.group(2) or "", style="underline bold")
        pos = m.end()
    out.append(text[pos:])
    return out


class BillPreview(VerticalScroll):
    """Updates as the drafter types (the screen debounces and builds in a worker)."""

    DEFAULT_CSS = """
    BillPreview { border: round $primary-darken-2; padding: 0 1; }
    BillPreview > #bill-error { color: $error; display: none; }
    BillPreview > #bill-error.shown { display: block; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("", id="bill-error")
        yield Static("개정문이 여기에 보입니다 (the amendment text appears here)", id="bill-sentences")
        yield Static("", id="bill-table")

    def show_bill(self, bill: Any) -> None:
        self.border_title = str(getattr(bill, "title", ""))
        error = self.query_one("#bill-error", Static)
        error.remove_class("shown")
        sentences = Text()
        for s in getattr(bill, "amendment_sentences", []):
            sentences.append(str(s) + "\n")
        self.query_one("#bill-sentences", Static).update(sentences or Text("(변경 없음: no changes yet)"))
        self.query_one("#bill-table", Static).update(comparison_table(bill))

    def show_error(self, message: str) -> None:
        error = self.query_one("#bill-error", Static)
        error.update(Text("⚠ " + message))
        error.add_class("shown")

    def show_empty(self, message: str) -> None:
        self.query_one("#bill-error", Static).remove_class("shown")
        self.query_one("#bill-sentences", Static).update(message)
        self.query_one("#bill-table", Static).update("")
