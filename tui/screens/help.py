"""F1: the keys and the wizard, on one page (readable at 80×24)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, str]] = [
    ("F1 / Esc", "이 도움말 열기/닫기 (help)"),
    ("F2…F7", "단계: 시작 · 근거 · 개정 · 지원 · 검토 · 내보내기 (wizard steps)"),
    ("Ctrl+P", "명령 팔레트 (command palette)"),
    ("Ctrl+Z", "마지막 삭제ㆍ바꾸기 되돌리기 (undo a deletion or replacement)"),
    ("Tab", "다음 칸 (Shift+Tab: 이전 칸)"),
    ("Ctrl+Q", "끝내기 — 초안은 이미 저장되어 있음 (saved on every edit)"),
]
STEPS: list[tuple[str, str]] = [
    ("1 시작", "Ctrl+N 새 초안(묻고 만듦), Enter 이어서 작성(떠난 단계로), Delete 삭제(묻고 지움)"),
    ("2 근거", "검색어 + Enter; ↑↓ 결과·법령 트리; p 고정, x 해제, a 이 조문 개정"),
    ("3 개정", "Ctrl+N 새 개정 사항, Ctrl+O 현행 조문 고쳐 쓰기, Ctrl+R 삭제(Ctrl+Z); "
               "… 미완성, ⚠ 오류; 입력하면 개정문·대비표가 바로 바뀜"),
    ("4 지원", "y 채택, n 거절, r 다시 제안, g 제안이유 만들기(묻고 바꿈), e 제안이유ㆍ부칙 쓰기, x 문장 삭제"),
    ("5 검토", "인용마다 판정: 뒷받침됨 (supported) · 뒷받침 안 됨 (unsupported) · 찾을 수 없음 (unresolvable); r 다시 검사"),
    ("6 내보내기", "Markdown · DOCX · HWPX; Ctrl+E 모두; 미완성ㆍ오류가 있으면 막고, 덮어쓰기 전에 물음"),
]


def help_text(last_error: str | None = None) -> Group:
    """Keys and steps in two aligned columns (cell widths, so Hangul lines up)."""
    keys = Table.grid(padding=(0, 1))
    keys.add_column(style="bold cyan", no_wrap=True)
    keys.add_column()
    for key, what in KEYS:
        keys.add_row(key, what)
    steps = Table.grid(padding=(0, 1))
    steps.add_column(style="bold", no_wrap=True)
    steps.add_column()
    for step, what in STEPS:
        steps.add_row(step, what)
    parts: list = [Text("drafter — 도움말 (help)\n", style="bold"), keys, Text(""), steps,
                   Text("\n초안 저장 위치: 데이터 폴더의 drafts/ (SQLite, WAL)", style="dim")]
    if last_error:
        parts += [Text("\n마지막 오류의 원문 (last error, English):", style="bold"), Text(last_error, style="dim")]
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 100%; max-width: 96; height: auto; max-height: 100%;
                                  border: round $primary; background: $surface; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(help_text(getattr(self.app, "last_error_detail", None)))
