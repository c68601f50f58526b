"""A whole wizard run with Pilot: new draft → search → pin → amend → assist →
review → export, on a slice of the real corpus, the real amendment engine,
the real citation checker and hybrid retrieval with the HashEmbedder."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
from docx import Document as DocxDocument
from drafter_tui.app import DrafterApp, make_app
from drafter_tui.screens.amend import AmendScreen
from drafter_tui.screens.assist import AssistScreen
from drafter_tui.screens.evidence import EvidenceScreen
from drafter_tui.screens.export import ExportScreen
from drafter_tui.screens.review import ReviewScreen
from textual.worker import WorkerFailed

from drafter.assist.search import CorpusSearch
from drafter.assist.services import default_services
from drafter.config import load_settings
from drafter.corpus.corpus import Corpus
from drafter.drafts.store import DraftStore


def build_app(small_corpus: Path, data: Path, *, hybrid: bool, export_dir: Path) -> DrafterApp:
    settings = load_settings(corpus_dir=small_corpus, data_dir=data)
    embedder = None
    if hybrid:
        from drafter.retrieval.embedders import HashEmbedder

        embedder = HashEmbedder()
    services = default_services(settings, embedder=embedder, checker_embeddings=False)
    if not hybrid:
        services.open_search = lambda corpus, progress: CorpusSearch(corpus)
    return make_app(settings, services=services, export_dir=export_dir, cursor_blink=False)


async def settle(pilot, app: DrafterApp) -> None:
    """Wait until every worker is done and the screen is repainted."""
    for _ in range(3):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # the app turns it into a notification (tested below)
        await pilot.pause()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])


@pytest.mark.integration
async def test_a_whole_wizard_run_ends_with_a_valid_cited_bill(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    app = build_app(small_corpus, tmp_path / "data", hybrid=True, export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert app.search is not None and app.search.name == "hybrid"

        # 1 start: a new soft-landing draft on budget only
        await pilot.click("#area-organization")
        await pilot.click("#area-manpower")
        await pilot.press("ctrl+n", "y")  # the new draft is confirmed first
        await settle(pilot, app)
        assert app.draft is not None and app.draft.areas == ["budget"] and app.draft.plan == "soft"
        assert isinstance(app.screen, EvidenceScreen)

        # 2 evidence: search, read, pin, amend this provision
        await type_text(pilot, "자치경찰사무 예산 수립")
        await pilot.press("enter")
        await settle(pilot, app)
        screen = app.screen
        first = next(i for i, h in enumerate(screen.hits) if h.address == "제35조")
        screen.query_one("#results").move_cursor(row=first)
        await pilot.pause()
        await pilot.press("p")
        await pilot.press("a")
        await settle(pilot, app)
        assert [p.citation for p in app.draft.pinned] == ["police-act 제35조"]

        # 3 amend: narrow the provision to the 항, type the words; the 개정문 follows
        assert isinstance(app.screen, AmendScreen)
        assert app.draft.changes[0].at == "제35조"
        await pilot.click("#at")
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "제35조제1항")
        await pilot.click("#old")
        await type_text(pilot, "경찰청장의 의견을 들어야 한다")
        await pilot.click("#new")
        await type_text(pilot, "경찰청장의 의견을 들을 수 있다")
        await pilot.pause(0.5)
        await settle(pilot, app)
        amend = app.screen
        assert amend.last_error is None
        assert amend.last_bill.amendment_sentences == [
            '제35조제1항 중 "경찰청장의 의견을 들어야 한다"를 "경찰청장의 의견을 들을 수 있다"로 한다.'
        ]
        # saved on every keystroke
        assert DraftStore.for_data_dir(tmp_path / "data").get(app.draft.id).changes[0].new == "경찰청장의 의견을 들을 수 있다"

        # 4 assist: accept the engine-validated proposal, draft the reasons
        await pilot.press("f5")
        await settle(pilot, app)
        assist = app.screen
        assert isinstance(assist, AssistScreen)
        assert [p.change.at for p in assist.proposals] == ["제34조"]
        await pilot.press("y")
        await settle(pilot, app)
        assert [c.at for c in app.draft.changes] == ["제35조제1항", "제34조"]
        await pilot.press("g")
        await settle(pilot, app)
        assert app.draft.reasons and all(s.citations for s in app.draft.reasons)

        # 5 review: every citation resolves and is supported
        await pilot.press("f6")
        await settle(pilot, app)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.report is not None
        verdicts = {v.verdict for _, _, v in review.report.rows}
        assert verdicts <= {"supported", "proposal"}, review.report.rows
        assert review.report.passed

        # 6 export
        await pilot.press("f7")
        await settle(pilot, app)
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        assert sorted(p.suffix for p in app.screen.exported) == [".docx", ".hwpx", ".md"]

    markdown = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "국가경찰과 자치경찰의 조직 및 운영에 관한 법률 일부개정법률안" in markdown
    assert '제34조 중 "인력, 장비 등에"를 "조직, 인력, 장비 등에"로 한다.' in markdown
    assert "[autonomous-police-dual-model p1s14]" in markdown
    docx_text = "\n".join(p.text for p in DocxDocument(str(next(out.glob("*.docx")))).paragraphs)
    assert "제35조제1항 중" in docx_text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        hwpx = HwpxDocument.open(str(next(out.glob("*.hwpx"))))
    assert any("제34조 중" in p.text for p in hwpx.paragraphs)
    assert "조직," in hwpx.tables[0].cell(1, 1).text or "조직," in hwpx.tables[0].cell(2, 1).text

    # the exported bill passes the engine's validation and the citation checker again, outside the TUI
    from drafter.citations.checker import CitationChecker

    from drafter.amend import AmendmentSpec, build_bill

    corpus = Corpus.load(small_corpus)
    draft = DraftStore.for_data_dir(tmp_path / "data").get(app.draft.id)
    build_bill(corpus, AmendmentSpec.model_validate(draft.spec_dict()))
    checker = CitationChecker(corpus)
    for sentence in draft.reasons:
        for cite in sentence.citations:
            doc, _, address = cite.partition(" ")
            result = checker.check(sentence.text, doc, address)
            assert result.verdict != "unresolvable"
            if sentence.kind == "evidence":
                assert result.verdict == "supported", (sentence.text, result.reason)


async def test_resume_lists_saved_drafts_and_reopens_one(small_corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = DraftStore.for_data_dir(data)
    saved = store.create(title="예산 이관 초안", plan="hard", areas=["budget"])
    store.close()
    app = build_app(small_corpus, data, hybrid=False, export_dir=tmp_path / "out")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        table = app.screen.query_one("#drafts")
        assert table.row_count == 1
        assert [str(c) for c in table.get_row_at(0)][:2] == ["예산 이관 초안", "경착륙"]
        table.focus()
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.draft is not None and app.draft.id == saved.id
        assert isinstance(app.screen, EvidenceScreen)


async def test_engine_errors_show_inline_and_steps_need_a_draft(small_corpus: Path, tmp_path: Path) -> None:
    app = build_app(small_corpus, tmp_path / "data", hybrid=False, export_dir=tmp_path / "out")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")  # no draft yet: stays on start, warns
        await pilot.pause()
        assert app.screen.STEP == "start"
        await pilot.press("ctrl+n", "y")  # the new draft is confirmed first
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        await pilot.press("ctrl+n")
        await type_text(pilot, "제35조제1항")
        await pilot.click("#old")
        await type_text(pilot, "없는 문구")
        await pilot.pause(0.5)
        await settle(pilot, app)
        error = app.screen.query_one("#bill-error")
        assert "shown" in error.classes
        assert app.screen.last_error is not None and "제35조제1항" in app.screen.last_error


async def test_failed_worker_becomes_a_notification(small_corpus: Path, tmp_path: Path) -> None:
    app = build_app(small_corpus, tmp_path / "data", hybrid=False, export_dir=tmp_path / "out")

    def broken(corpus, progress):
        from drafter.errors import StoreError

        raise StoreError("cannot reach the Chroma server at 127.0.0.1:8000", hint="start `chroma run`")

    app.services.open_search = broken
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        messages = [text for _, text in app.messages]
        assert any("검색 서버(Chroma)에 연결할 수 없습니다" in m for m in messages)  # Korean for the drafter
        assert not any("cannot reach" in m for m in messages)
        assert "cannot reach the Chroma server" in app.last_error_detail  # the original, for F1 help
        assert app.search is not None and app.search.name == "lexical"  # still usable


async def test_help_and_command_palette_reach_every_step(small_corpus: Path, tmp_path: Path) -> None:
    app = build_app(small_corpus, tmp_path / "data", hybrid=False, export_dir=tmp_path / "out")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("ctrl+n", "y")  # the new draft is confirmed first
        await settle(pilot, app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "검토 단계")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.STEP == "review"


async def test_law_tree_goes_chapter_article_paragraph_and_shows_the_text(small_corpus: Path, tmp_path: Path) -> None:
    app = build_app(small_corpus, tmp_path / "data", hybrid=False, export_dir=tmp_path / "out")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+n", "y")  # the new draft is confirmed first
        await settle(pilot, app)
        tree = app.screen.query_one("#law-tree")

        async def child(node, text: str):
            node.expand()
            await pilot.pause()
            await pilot.pause()
            return next(n for n in node.children if str(n.label).startswith(text))

        law = tree.root.children[0]
        assert law.data.doc == "police-act"
        chapter = await child(law, "제8장 보칙")
        article = await child(chapter, "제35조(예산)")
        hang = await child(article, "제3항")
        tree.move_cursor(hang)
        await pilot.pause()
        assert app.screen.focus_address == "제35조제3항"
        shown = str(app.screen.query_one("#article-text").render())
        assert "시ㆍ도의회는 관련 예산의 효율적인 관리를 위하여" in shown
