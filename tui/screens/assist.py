"""Step 4: the assistant proposes changes for an area (validated by the
engine before they are shown) and drafts 제안이유 및 주요내용 with citations,
streamed sentence by sentence; the drafter accepts or rejects each."""

from __future__ import annotations

from drafter_tui.screens.amend import complete, engine_spec
from drafter_tui.screens.step_screen import StepScreen
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Label, ListItem, ListView, Select
from textual.worker import get_current_worker

from drafter.assist.models import Proposal
from drafter.drafts.models import AREA_LABELS, CitedSentence
from drafter.errors import DrafterError


def reason_label(sentence: CitedSentence) -> str:
    """A sentence, then its citations on their own line (``→`` evidence, ``⇒`` proposal)."""
    arrow = "⇒" if sentence.kind == "proposal" else "→"
    return f"{sentence.text}\n  {arrow} " + ", ".join(sentence.citations)


class AssistScreen(StepScreen):
    """Proposals (left) and the cited reasons (right)."""

    STEP = "assist"
    BINDINGS = [
        Binding("y", "accept", "채택"),
        Binding("n", "reject", "거절"),
        Binding("r", "propose(True)", "다시 제안"),
        Binding("g", "reasons", "제안이유 만들기"),
        Binding("e", "edit_reasons", "제안이유ㆍ부칙 쓰기"),
        Binding("x", "drop_reason", "문장 삭제", show=False),
        Binding("f6", "app.goto('review')", "다음: 검토"),
    ]

    class ProposalsReady(Message):
        def __init__(self, proposals: list[Proposal], rejected: list[str]) -> None:
            self.proposals = proposals
            self.rejected = rejected
            super().__init__()

    class ReasonDrafted(Message):
        def __init__(self, sentence: CitedSentence) -> None:
            self.sentence = sentence
            super().__init__()

    class ReasonsDone(Message):
        pass

    def __init__(self) -> None:
        super().__init__()
        self.proposals: list[Proposal] = []
        self._asked: tuple[str, str, str] | None = None
        """(area, plan, changes) of the last request: the model is asked again only when they change."""

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="assist-body"):
            with Vertical(id="assist-left"):
                draft = self.drafter.draft
                area = draft.areas[0] if draft and draft.areas else "organization"
                yield Select([(v, k) for k, v in AREA_LABELS.items()], value=area,
                             allow_blank=False, id="area", compact=True)
                yield Label("제안 — y 채택, n 거절", classes="pane-title", id="proposal-title")
                yield ListView(id="proposals")
            with Vertical(id="assist-right"):
                yield Label("제안이유 및 주요내용 — g 만들기, e 쓰기", classes="pane-title", id="reasons-title")
                yield ListView(id="reasons")

    def setup(self) -> None:
        self.show_reasons()

    def corpus_ready(self) -> None:
        self.action_propose()

    def draft_changed(self) -> None:
        self.show_reasons()
        draft, select = self.drafter.draft, self.query_one("#area", Select)
        if draft is not None and draft.areas and select.value not in draft.areas:
            select.value = draft.areas[0]  # its Changed event asks for proposals
        elif self.drafter.corpus is not None:
            self.action_propose()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "area" and self.drafter.corpus is not None:
            self.action_propose()

    # -- proposals ------------------------------------------------------------
    def action_propose(self, again: bool = False) -> None:
        draft, assistant = self.drafter.draft, self.drafter.assistant
        if draft is None or assistant is None:
            return
        area = str(self.query_one("#area", Select).value)
        asked = (area, draft.plan, str([c.to_spec() for c in draft.changes]))
        if asked == self._asked and not again:
            return
        self._asked = asked
        self.query_one("#proposals", ListView).loading = True
        self.make_proposals(area)

    @work(thread=True, exclusive=True, group="assist", exit_on_error=False)
    def make_proposals(self, area: str) -> None:
        draft, corpus, assistant = self.drafter.draft, self.drafter.corpus, self.drafter.assistant
        assert draft is not None and corpus is not None and assistant is not None
        base = [c for c in draft.changes if complete(c)]
        shown: list[Proposal] = []
        rejected: list[str] = []
        for p in assistant.propose(draft, area):
            spec = engine_spec(draft, base + [p.change])
            try:
                self.drafter.services.engine.build(corpus, spec)
            except DrafterError as exc:
                rejected.append(f"{p.change.at}: {exc.message}")
                continue
            shown.append(p)
        if not get_current_worker().is_cancelled:  # a newer request replaced this one
            self.post_message(self.ProposalsReady(shown, rejected))

    def on_assist_screen_proposals_ready(self, message: ProposalsReady) -> None:
        self.proposals = message.proposals
        view = self.query_one("#proposals", ListView)
        view.loading = False
        view.clear()
        for p in message.proposals:
            cites = ", ".join(p.cites)
            view.append(ListItem(Label(f"{p.change.summary()}\n  {p.summary} [{cites}]")))
        title = f"제안 {len(message.proposals)}건 — y 채택, n 거절"
        if message.rejected:
            title += f" ({len(message.rejected)} 엔진 거부)"
        self.query_one("#proposal-title", Label).update(title)
        if message.proposals:
            view.index = 0
            view.focus()

    def _current(self) -> int | None:
        view = self.query_one("#proposals", ListView)
        if view.index is None or view.index >= len(self.proposals):
            return None
        return view.index

    def action_accept(self) -> None:
        i, draft = self._current(), self.drafter.draft
        if i is None or draft is None:
            return
        proposal = self.proposals[i]
        draft.changes.append(proposal.change.model_copy(update={"origin": "assist", "note": proposal.summary}))
        self.drafter.save_draft()
        self.notify(f"채택함: {proposal.change.at}", timeout=2)
        self.action_propose()

    def action_reject(self) -> None:
        i = self._current()
        if i is None:
            return
        del self.proposals[i]
        self.query_one("#proposals", ListView).children[i].remove()

    # -- reasons -----------------------------------------------------------------
    def show_reasons(self) -> None:
        view = self.query_one("#reasons", ListView)
        view.clear()
        draft = self.drafter.draft
        if draft is None:
            return
        if draft.reasons_text and draft.reasons_text.strip():
            for line in draft.reasons_text.strip().split("\n"):
                if line.strip():
                    view.append(ListItem(Label(Text(line.strip()))))
            return
        for s in draft.reasons:
            view.append(ListItem(Label(Text(reason_label(s)))))

    def action_reasons(self) -> None:
        """Draft the reasons with citations; existing reasons are replaced only after a yes (Ctrl+Z undoes)."""
        draft = self.drafter.draft
        if draft is None or self.drafter.assistant is None:
            return
        written = bool(draft.reasons) or bool(draft.reasons_text and draft.reasons_text.strip())
        if written:
            self.drafter.confirm("이미 적힌 제안이유를 새로 만든 문장으로 바꿉니다.\n(바꾼 뒤 Ctrl+Z로 되돌릴 수 있습니다.)\n\n바꿀까요?",
                                 self._redraft, yes="바꾸기")
        else:
            self._redraft()

    def _redraft(self) -> None:
        draft = self.drafter.draft
        if draft is None:
            return
        old_sentences, old_text = list(draft.reasons), draft.reasons_text

        def undo() -> None:
            if self.drafter.draft is draft:
                draft.reasons, draft.reasons_text = old_sentences, old_text
                self.drafter.save_draft()
                self.show_reasons()

        if old_sentences or old_text:
            self.drafter.remember_undo("제안이유 다시 만들기", undo)
        draft.reasons = []
        draft.reasons_text = None
        self.drafter.save_draft()
        self.show_reasons()
        self.query_one("#reasons-title", Label).update("제안이유 작성 중…")
        self.stream_reasons()

    def action_edit_reasons(self) -> None:
        from drafter_tui.screens.reasons import ReasonsScreen

        self.app.push_screen(ReasonsScreen(), lambda saved: self.show_reasons())

    @work(thread=True, exclusive=True, group="reasons", exit_on_error=False)
    def stream_reasons(self) -> None:
        draft, assistant = self.drafter.draft, self.drafter.assistant
        assert draft is not None and assistant is not None
        for sentence in assistant.reasons(draft):
            self.post_message(self.ReasonDrafted(sentence))
        self.post_message(self.ReasonsDone())

    def on_assist_screen_reason_drafted(self, message: ReasonDrafted) -> None:
        draft = self.drafter.draft
        if draft is None:
            return
        draft.reasons.append(message.sentence)
        self.drafter.save_draft()
        self.query_one("#reasons", ListView).append(ListItem(Label(Text(reason_label(message.sentence)))))

    def on_assist_screen_reasons_done(self, message: ReasonsDone) -> None:
        draft = self.drafter.draft
        n = len(draft.reasons) if draft else 0
        title = f"제안이유 {n}문장 — g 다시 만들기, e 쓰기, x 삭제"
        # a model's sentences that failed the check (drafter.assist.llm.check_reasons): shown as left out
        flagged = list(getattr(self.drafter.assistant, "flagged", None) or [])
        view = self.query_one("#reasons", ListView)
        for f in flagged:
            view.append(ListItem(Label(Text(f"✗ 제외: {f.text}\n  ({f.reason})", style="dim")), classes="flagged"))
        if flagged:
            title += f" (검증 실패 {len(flagged)}문장 제외)"
        self.query_one("#reasons-title", Label).update(title)

    def action_drop_reason(self) -> None:
        draft = self.drafter.draft
        view = self.query_one("#reasons", ListView)
        if draft is None or view.index is None or view.index >= len(draft.reasons) or draft.reasons_text:
            return
        index = view.index
        dropped = draft.reasons.pop(index)
        self.drafter.save_draft()

        def undo() -> None:
            if self.drafter.draft is draft:
                draft.reasons.insert(min(index, len(draft.reasons)), dropped)
                self.drafter.save_draft()
                self.show_reasons()

        self.drafter.remember_undo("제안이유 문장 삭제", undo)
        self.notify("문장을 삭제함 — Ctrl+Z로 되돌리기")
        self.show_reasons()
