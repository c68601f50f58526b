"""F1: the keys and the wizard, on one page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# drafter — 도움말 (help)

| 키 key | 동작 |
|---|---|
| F1 | 이 도움말 (this help); Esc closes |
| F2…F7 | 단계 이동: 시작, 근거, 개정, 지원, 검토, 내보내기 |
| Ctrl+P | 명령 팔레트 (command palette) |
| Tab / Shift+Tab | 다음/이전 칸 (next/previous field) |
| Ctrl+Q | 끝내기 (quit); the draft is already saved |

**1 시작** Ctrl+N new draft (plan: 연착륙/경착륙; areas: 조직·인력·예산), Enter resumes.
**2 근거** type a query + Enter; arrows browse results and the law tree; `p` pin, `x` unpin, `a` amend the provision.
**3 개정** Ctrl+N new change, Ctrl+R remove it; the 개정문 and 신ㆍ구조문대비표 follow your typing.
**4 지원** `r` proposals for the area, `y`/`n` accept/reject, `g` draft 제안이유 (cited), `x` drop a sentence.
**5 검토** each citation resolved and checked; `r` re-check.
**6 내보내기** Markdown, DOCX, HWPX; Ctrl+E all.

Every edit is saved at once (SQLite, WAL) under the data directory's `drafts/`.
"""


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; height: 90%; border: thick $primary; background: $surface; }
    """
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(HELP)
