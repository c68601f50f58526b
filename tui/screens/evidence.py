"""Step 2: search the corpus, browse each law's tree, read and pin evidence."""

from __future__ import annotations

from drafter_tui.messages import SearchReady
from drafter_tui.screens.step_screen import StepScreen
from drafter_tui.widgets.article_view import ArticleView
from drafter_tui.widgets.law_tree import LawTree
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Label, ListItem, ListView
from textual.worker import get_current_worker

from drafter.assist.models import EvidenceHit
from drafter.drafts.models import LAW_SHORT_NAMES, PinnedEvidence

SEARCH_NAMES = {"lexical": "낱말 검색", "hybrid": "의미ㆍ낱말 검색"}
from drafter.errors import DrafterError


class EvidenceScreen(StepScreen):
    """Search box and results (address, heading, score); the law tree; the article view; pins."""

    STEP = "evidence"
    BINDINGS = [
        Binding("ctrl+f", "focus_search", "검색"),
        Binding("p", "pin", "고정"),
        Binding("a", "amend_here", "이 조문 개정"),
        Binding("x", "unpin", "고정 해제", show=False),
        Binding("f4", "app.goto('amend')", "다음: 개정"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[EvidenceHit] = []
        self.focus_doc: str | None = None
        self.focus_address: str | None = None
        self.focus_text: str = ""
        self.focus_heading: str | None = None

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="evidence-body"):
            with Vertical(id="evidence-left"):
                yield Input(placeholder="검색어 예: 자치경찰 예산", id="query", compact=True)
                yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
                yield Label("고정한 근거 — p 고정, x 해제", classes="pane-title")
                yield ListView(id="pinned")
            with Vertical(id="evidence-right"):
                yield LawTree(id="law-tree")
                yield ArticleView(id="article-view")

    def setup(self) -> None:
        self.query_one("#results", DataTable).add_columns("점수", "주소", "제목")
        self.query_one("#results", DataTable).loading = self.drafter.search is None
        self.draft_changed()
        self.query_one("#query", Input).focus()

    def corpus_ready(self) -> None:
        corpus = self.drafter.corpus
        if corpus is not None:
            law = self.drafter.draft.law if self.drafter.draft else None
            self.query_one(LawTree).load(corpus, first=law)

    def on_search_ready(self, message: SearchReady) -> None:
        self.query_one("#results", DataTable).loading = False
        self.notify(f"검색 준비됨 ({SEARCH_NAMES.get(message.name, message.name)})", timeout=2)

    def draft_changed(self) -> None:
        pinned = self.query_one("#pinned", ListView)
        pinned.clear()
        if self.drafter.draft is not None:
            for p in self.drafter.draft.pinned:
                pinned.append(ListItem(Label(f"{p.citation} {p.heading or ''}"), name=p.citation))

    # -- search --------------------------------------------------------------
    def action_focus_search(self) -> None:
        self.query_one("#query", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "query" and event.value.strip():
            self.query_one("#results", DataTable).loading = True
            self.run_search(event.value.strip())

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        search = self.drafter.search
        if search is None:
            raise DrafterError("the search index is still loading; try again in a moment")
        hits = search.search(query, k=20)
        if not get_current_worker().is_cancelled:  # a newer query replaced this one
            self.app.call_from_thread(self.show_hits, hits)

    def show_hits(self, hits: list[EvidenceHit]) -> None:
        self.hits = hits
        table = self.query_one("#results", DataTable)
        table.loading = False
        table.clear()
        for i, h in enumerate(hits):
            table.add_row(f"{h.score:.2f}", f"{h.doc} {h.address}", (h.heading or "")[:10], key=str(i))
        if hits:
            table.focus()
        else:
            self.notify("결과 없음", severity="warning")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "results" and event.row_key.value is not None:
            hit = self.hits[int(event.row_key.value)]
            self.show_provision(hit.doc, hit.address, hit.heading)

    def on_law_tree_provision_chosen(self, event: LawTree.ProvisionChosen) -> None:
        self.show_provision(event.doc, event.address, None)

    def show_provision(self, doc: str, address: str, heading: str | None) -> None:
        corpus = self.drafter.corpus
        if corpus is None:
            return
        try:
            self.focus_text = self.query_one(ArticleView).show(corpus, doc, address)
        except DrafterError as exc:
            self.drafter.show_error(exc)
            return
        self.focus_doc, self.focus_address = doc, address
        resolved = corpus.resolve(doc, address or None)
        self.focus_heading = heading or resolved.heading

    # -- pins -------------------------------------------------------------------
    def action_pin(self) -> None:
        draft = self.drafter.draft
        if draft is None or self.focus_doc is None:
            self.notify("먼저 조문을 고르세요.", severity="warning")
            return
        evidence = PinnedEvidence(doc=self.focus_doc, address=self.focus_address or "",
                                  heading=self.focus_heading, text=self.focus_text)
        if draft.pin(evidence):
            self.drafter.save_draft()
            self.draft_changed()
            self.notify(f"고정함: {evidence.citation}", timeout=2)

    def action_unpin(self) -> None:
        draft = self.drafter.draft
        pinned = self.query_one("#pinned", ListView)
        if draft is None or pinned.index is None or not draft.pinned:
            return
        del draft.pinned[pinned.index]
        self.drafter.save_draft()
        self.draft_changed()

    def action_amend_here(self) -> None:
        draft = self.drafter.draft
        if draft is None or self.focus_doc is None:
            return
        if self.focus_doc != draft.law:
            self.notify(f"이 초안은 {LAW_SHORT_NAMES.get(draft.law, draft.law)}을 개정합니다.", severity="warning")
            return
        self.drafter.pending_address = self.focus_address
        self.drafter.action_goto("amend")
