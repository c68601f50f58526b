"""Step 5: every citation resolved and checked (colour and reason), and the
evaluation summary: does the engine accept the bill, how many claims hold."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from drafter_tui.korean import VERDICT_LABELS, korean_reason
from drafter_tui.screens.amend import complete, engine_spec
from drafter_tui.screens.step_screen import StepScreen
from drafter_tui.widgets.impact_list import ImpactList
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Static

from drafter.assist.checking import check_sentence
from drafter.assist.models import Verdict
from drafter.errors import DrafterError

COLOURS = {"supported": "green", "unsupported": "yellow", "unresolvable": "bold red", "unchecked": "cyan",
           "proposal": "blue"}


@dataclass
class ReviewReport:
    """What the review found: per-citation verdicts and the engine's answer."""

    rows: list[tuple[int, str, Verdict]] = field(default_factory=list)
    engine_error: str | None = None
    sentences: int = 0
    checker: str = ""

    @property
    def counts(self) -> Counter[str]:
        return Counter(v.verdict for _, _, v in self.rows)

    @property
    def passed(self) -> bool:
        c = self.counts
        return self.engine_error is None and not c["unsupported"] and not c["unresolvable"] and bool(self.rows)


class ReviewScreen(StepScreen):
    STEP = "review"
    BINDINGS = [
        Binding("r", "check", "다시 검사"),
        Binding("a", "add_follow_up", "후속 개정 추가"),
        Binding("f7", "app.goto('export')", "다음: 내보내기"),
    ]

    class Reviewed(Message):
        def __init__(self, report: ReviewReport) -> None:
            self.report = report
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self.report: ReviewReport | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("검토 중…", id="review-summary")
        yield DataTable(id="citations", cursor_type="row", zebra_stripes=True)
        yield Static("", id="claim")
        yield ImpactList(id="impact")

    def setup(self) -> None:
        self.query_one("#citations", DataTable).add_columns("#", "인용", "판정", "이유")

    def corpus_ready(self) -> None:
        self.action_check()

    def draft_changed(self) -> None:
        if self.drafter.corpus is not None:
            self.action_check()

    def action_check(self) -> None:
        if self.drafter.draft is None or self.drafter.corpus is None:
            return
        self.query_one("#citations", DataTable).loading = True
        self.run_review()
        self.query_one(ImpactList).recompute()

    def action_add_follow_up(self) -> None:
        """The follow-up change of the highlighted citing provision (see :mod:`drafter_tui.widgets.impact_list`)."""
        self.query_one(ImpactList).add_follow_up()

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def run_review(self) -> None:
        draft, corpus, checker = self.drafter.draft, self.drafter.corpus, self.drafter.checker
        assert draft is not None and corpus is not None and checker is not None
        report = ReviewReport(sentences=len(draft.reasons), checker=checker.name)
        for i, sentence in enumerate(draft.reasons, 1):
            for verdict in check_sentence(checker, corpus, sentence):
                report.rows.append((i, sentence.text, verdict))
        ready = [c for c in draft.changes if complete(c)]
        spec = engine_spec(draft, ready)
        if not ready:
            report.engine_error = "개정 사항이 없습니다"
        else:
            try:
                self.drafter.services.engine.build(corpus, spec)
            except DrafterError as exc:
                from drafter_tui.korean import korean_error

                self.drafter.last_error_detail = str(exc)
                report.engine_error = korean_error(exc)
        self.post_message(self.Reviewed(report))

    def on_review_screen_reviewed(self, message: Reviewed) -> None:
        report = self.report = message.report
        table = self.query_one("#citations", DataTable)
        table.loading = False
        table.clear()
        for i, (n, _claim, v) in enumerate(report.rows):
            colour = COLOURS.get(v.verdict, "")
            table.add_row(str(n), v.citation, Text(VERDICT_LABELS.get(v.verdict, v.verdict), style=colour),
                          korean_reason(v.reason, v.verdict), key=str(i))
        c = report.counts
        summary = Text()
        summary.append("개정안: ", style="bold")
        if report.engine_error:
            summary.append(f"오류 {report.engine_error.splitlines()[0]}", style="bold red")
        else:
            summary.append("엔진 검증 통과", style="green")
        summary.append(f"  │ 인용 {len(report.rows)}건: ")
        for label in COLOURS:
            if c[label]:
                summary.append(f"{VERDICT_LABELS[label]} {c[label]}  ", style=COLOURS[label])
        if not report.rows:
            summary.append("인용한 제안이유가 없습니다 — 4 지원에서 g", style="yellow")
        self.query_one("#review-summary", Static).update(summary)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.report is None or event.row_key.value is None:
            return
        n, claim, v = self.report.rows[int(event.row_key.value)]
        self.query_one("#claim", Static).update(Text(f"{n}. {claim}\n→ {v.citation}: {korean_reason(v.reason, v.verdict)}"))
