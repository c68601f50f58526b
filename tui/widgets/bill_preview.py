"""The 개정문 and the 신ㆍ구조문대비표 of the draft, or the engine's error.

The comparison table is drawn by :class:`ComparisonView`, a Rich renderable
that lays itself out for the width it is given: cell widths are counted in
terminal cells (:func:`rich.cells.cell_len`: a Hangul syllable is two), lines
are wrapped at spaces where a word fits and between characters where it does
not, and every character of both columns is drawn — none is cut at a column
edge. Wide enough (:data:`SIDE_BY_SIDE_MIN` cells) the table has the two
columns of the printed bill; narrower (80×24) each article is stacked:
현행 above 개정안.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

OLD_HEADER = "현      행"
NEW_HEADER = "개   정   안"
TITLE = "신ㆍ구조문대비표"
SIDE_BY_SIDE_MIN = 60
"""Below this many cells the table is stacked (현행 above 개정안)."""

CHANGED = Style(underline=True, bold=True)
DASH = Style(dim=True)
HEADER = Style(bold=True)
BORDER = Style(color="grey50")

Piece = tuple[str, Style | None]
Line = list[Piece]


def _styled_lines(lines: Iterable[Any]) -> list[Line]:
    """The engine's cell lines as (text, style) pieces."""
    out: list[Line] = []
    for line in lines:
        pieces: Line = []
        for seg in line.segments:
            style = CHANGED if seg.changed and seg.text.strip() else DASH if seg.kind == "dash" else None
            pieces.append((seg.text.replace("\n", " "), style))
        out.append(pieces)
    return out


def wrap_line(pieces: Line, width: int) -> list[Line]:
    """Wrap one line to ``width`` cells: at spaces where a word fits, else between characters.

    No character is dropped: a break after a space keeps the space at the end
    of the broken line (it may be trimmed when drawn), and a wide character
    that does not fit in the last cell moves to the next line whole.
    """
    width = max(width, 2)
    chars: list[tuple[str, Style | None]] = [(ch, style) for text, style in pieces for ch in text]
    text = "".join(ch for ch, _ in chars)
    lines: list[Line] = []
    current: list[tuple[str, Style | None]] = []
    used = 0
    for m in re.finditer(r"\S+\s*|\s+", text):
        token = chars[m.start():m.end()]
        word = m.group(0).rstrip()
        token_cells = cell_len(m.group(0))
        word_cells = cell_len(word)
        if used + word_cells <= width:
            current += token
            used += token_cells
            continue
        if current and word_cells <= width:
            lines.append(_pieces(current))
            current, used = list(token), token_cells
            continue
        for ch, style in token:  # a word longer than the line: break it between characters
            w = cell_len(ch)
            if used + w > width and current and ch.strip():
                lines.append(_pieces(current))
                current, used = [], 0
            current.append((ch, style))
            used += w
    if current or not lines:
        lines.append(_pieces(current))
    return lines


def _pieces(chars: list[tuple[str, Style | None]]) -> Line:
    out: Line = []
    for ch, style in chars:
        if out and out[-1][1] == style:
            out[-1] = (out[-1][0] + ch, style)
        else:
            out.append((ch, style))
    return out


def _fit(line: Line, width: int) -> list[Segment]:
    """Segments of one wrapped line padded (or its trailing spaces trimmed) to exactly ``width`` cells."""
    segments = [Segment(text, style) for text, style in line]
    used = sum(cell_len(s.text) for s in segments)
    while used > width and segments and segments[-1].text.endswith(" "):
        last = segments[-1]
        segments[-1] = Segment(last.text[:-1], last.style)
        used -= 1
    if used < width:
        segments.append(Segment(" " * (width - used)))
    return segments


def wrap_cell(lines: list[Line], width: int) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        out += wrap_line(line, width)
    return out


class ComparisonView:
    """The comparison rows, laid out for the width Rich gives it."""

    def __init__(self, rows: list[Any]) -> None:
        self.rows = [(str(row.article), _styled_lines(row.old_lines), _styled_lines(row.new_lines)) for row in rows]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(20, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width, 20)
        lines = self.side_by_side(width) if width >= SIDE_BY_SIDE_MIN else self.stacked(width)
        for line in lines:
            yield from line
            yield Segment.line()

    def side_by_side(self, width: int) -> Iterator[list[Segment]]:
        left = (width - 7) // 2
        right = width - 7 - left
        yield [Segment(" " * ((width - cell_len(TITLE)) // 2)), Segment(TITLE, HEADER)]
        yield [Segment("┌" + "─" * (left + 2) + "┬" + "─" * (right + 2) + "┐", BORDER)]
        yield self._row([(OLD_HEADER, HEADER)], [(NEW_HEADER, HEADER)], left, right, center=True)
        for _article, old, new in self.rows:
            yield [Segment("├" + "─" * (left + 2) + "┼" + "─" * (right + 2) + "┤", BORDER)]
            a, b = wrap_cell(old, left), wrap_cell(new, right)
            for i in range(max(len(a), len(b))):
                yield self._row(a[i] if i < len(a) else [], b[i] if i < len(b) else [], left, right)
        yield [Segment("└" + "─" * (left + 2) + "┴" + "─" * (right + 2) + "┘", BORDER)]

    @staticmethod
    def _row(a: Line, b: Line, left: int, right: int, center: bool = False) -> list[Segment]:
        if center:
            a = [(" " * ((left - cell_len(a[0][0])) // 2), None), *a]
            b = [(" " * ((right - cell_len(b[0][0])) // 2), None), *b]
        bar = Segment("│", BORDER)
        return [bar, Segment(" "), *_fit(a, left), Segment(" "), bar, Segment(" "), *_fit(b, right),
                Segment(" "), bar]

    def stacked(self, width: int) -> Iterator[list[Segment]]:
        inner = max(width - 2, 2)
        yield [Segment(TITLE, HEADER)]
        for article, old, new in self.rows:
            rule = f"── {article} "
            yield [Segment(rule + "─" * max(width - cell_len(rule), 0), BORDER)]
            for header, lines in ((OLD_HEADER, old), (NEW_HEADER, new)):
                yield [Segment(header, HEADER)]
                for line in wrap_cell(lines, inner):
                    yield [Segment("  "), *_fit(line, inner)]


def comparison_view(bill: Any) -> ComparisonView:
    return ComparisonView(list(getattr(bill, "comparison", None) or []))


class BillPreview(VerticalScroll):
    """Updates as the drafter types (the screen debounces and builds in a worker)."""

    DEFAULT_CSS = """
    BillPreview { border: round $primary-darken-2; padding: 0 1; }
    BillPreview > #bill-error { color: $error; display: none; }
    BillPreview > #bill-error.shown { display: block; }
    BillPreview > #bill-table { margin-top: 1; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("", id="bill-error")
        yield Static("개정문이 여기에 보입니다", id="bill-sentences")
        yield Static("", id="bill-table")

    def show_bill(self, bill: Any) -> None:
        self.border_title = str(getattr(bill, "title", ""))
        error = self.query_one("#bill-error", Static)
        error.remove_class("shown")
        sentences = Text()
        for s in getattr(bill, "amendment_sentences", []):
            sentences.append(str(s) + "\n")
        tables: list[Any] = [comparison_view(bill)]
        for other in getattr(bill, "other_laws", None) or []:  # 부칙: 다른 법률의 개정, and its table
            sentences.append(f"\n부칙 다른 법률의 개정: {other.title}\n", style="bold")
            for s in other.amendment_sentences:
                sentences.append(str(s) + "\n")
            tables += [Text(f"\n{other.title}", style="bold"), ComparisonView(list(other.comparison))]
        self.query_one("#bill-sentences", Static).update(sentences or Text("(변경 없음)"))
        self.query_one("#bill-table", Static).update(Group(*tables) if len(tables) > 1 else tables[0])

    def show_error(self, message: str) -> None:
        error = self.query_one("#bill-error", Static)
        error.update(Text("⚠ " + message))
        error.add_class("shown")

    def show_empty(self, message: str) -> None:
        self.query_one("#bill-error", Static).remove_class("shown")
        self.query_one("#bill-sentences", Static).update(message)
        self.query_one("#bill-table", Static).update("")
