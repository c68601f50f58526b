"""Issue 10, item 3 in the TUI: the review step lists the provisions of every statute (the amended
law included) that cite what the draft deletes, rewrites, moves or renumbers, and one key adds the
follow-up change — in the same bill, or for another law in ``other_laws`` (다른 법률의 개정) —
undone with Ctrl+Z. Driven with Pilot on the real app and engine over a three-statute slice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from drafter_tui.app import DrafterApp, make_app
from drafter_tui.screens.amend import AmendScreen, engine_spec
from drafter_tui.widgets.impact_list import ImpactList, ImpactRowView
from drafter_tui.widgets.status_line import StatusLine
from rich.console import Console
from textual.widgets import Input, Label, ListItem, ListView
from textual.worker import WorkerFailed

from drafter.amend import AmendmentSpec, build_bill
from drafter.assist.search import CorpusSearch
from drafter.assist.services import default_services
from drafter.config import load_settings
from drafter.corpus.corpus import Corpus
from drafter.drafts.models import Change, CitedSentence, Draft
from drafter.drafts.store import DraftStore

pytestmark = pytest.mark.anyio
SNAPSHOT_SIZE = (120, 35)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def impact_corpus(tmp_path, reference_corpus) -> Path:
    """The police act, a law and a decree that cite its 제18조, and the paper."""
    root = tmp_path / "corpus"
    (root / "statutes").mkdir(parents=True)
    (root / "papers").mkdir()
    for doc in ("police-act", "police-officials-act", "autonomous-police-committee-decree"):
        shutil.copy(reference_corpus / "statutes" / f"{doc}.md", root / "statutes")
    shutil.copy(reference_corpus / "papers" / "autonomous-police-dual-model.md", root / "papers")
    return root


def deleting_draft() -> Draft:
    return Draft(id="impact", title="시ㆍ도자치경찰위원회 폐지안", step="review",
                 changes=[Change(kind="delete", at="제18조")],
                 reasons=[CitedSentence(text="시ㆍ도자치경찰위원회를 두는 제18조를 삭제함.",
                                        citations=["police-act 제18조"], kind="proposal")])


def build(corpus: Path, data: Path, draft: Draft) -> DrafterApp:
    settings = load_settings(corpus_dir=corpus, data_dir=data)
    store = DraftStore.for_data_dir(data)
    store.save(draft, touch=False)
    services = default_services(settings, checker_embeddings=False)
    services.open_search = lambda corpus, progress: CorpusSearch(corpus)
    return make_app(settings, services=services, store=store, draft_id=draft.id,
                    export_dir=data.parent / "out", cursor_blink=False)


async def settle(pilot, app: DrafterApp) -> None:
    for _ in range(4):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass
        await pilot.pause()


def status(app: DrafterApp) -> str:
    return str(app.screen.query_one(StatusLine).render())


def rows(app: DrafterApp) -> list[tuple[str, str]]:
    return [(i.doc, i.address) for i in app.screen.query_one(ImpactList).items]


async def test_deleting_cited_article_lists_citing_provisions_and_adds_other_law_change(impact_corpus, tmp_path):
    app = build(impact_corpus, tmp_path / "data", deleting_draft())
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot, app)
        assert app.screen.STEP == "review"
        found = rows(app)
        # the amended law itself and two other statutes, amended law first
        assert ("police-act", "제10조제1항제6호") in found
        assert ("police-officials-act", "제7조제3항") in found
        assert ("autonomous-police-committee-decree", "제1조") in found
        assert found[0][0] == "police-act"
        impact = app.screen.query_one(ImpactList)
        title = str(impact.query_one("#impact-title").render())
        assert "3개 법률" in title and f"{len(found)}개 조문" in title

        # pick the police officials act's 제7조제3항 and add its follow-up
        target = found.index(("police-officials-act", "제7조제3항"))
        impact.query_one(ListView).index = target
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot, app)
        draft = app.draft
        assert draft is not None and len(draft.changes) == 2
        added = draft.changes[1]
        assert (added.law, added.kind, added.at, added.new) == ("police-officials-act", "replace", "제7조제3항", None)
        text = Corpus.load(impact_corpus, only={"police-officials-act"}).resolve(
            "police-officials-act", "제7조제3항").text
        assert added.old and text.count(added.old) == 1 and added.old.endswith("제18조")
        # the change form is open on it, the cursor in the new words
        assert isinstance(app.screen, AmendScreen)
        assert app.focused is not None and app.focused.id == "new"
        assert app.screen.query_one("#old", Input).value == added.old
        shown = str(app.screen.query_one("#current-text").render())
        assert shown.startswith("현행 경찰공무원법 제7조제3항: 경찰청장은")  # that law's text, not the police act's
        assert "부칙(다른 법률의 개정)에 추가함" in status(app) and "새 문구를 입력하세요" in status(app)

        new_words = added.old.replace("제18조", "제19조")
        app.screen.query_one("#new", Input).value = new_words
        await pilot.pause(0.5)
        await settle(pilot, app)
        assert draft.changes[1].new == new_words and draft.changes[1].law == "police-officials-act"
        preview = str(app.screen.query_one("#bill-sentences").render())
        assert "부칙 다른 법률의 개정: 경찰공무원법" in preview
        assert f'제7조제3항 중 "{added.old}"' in preview and new_words in preview
        spec = engine_spec(draft)
        assert spec["other_laws"] == [{"law": "police-officials-act", "changes": [
            {"replace": {"at": "제7조제3항", "old": added.old, "new": new_words}}]}]
        bill = build_bill(Corpus.load(impact_corpus), AmendmentSpec.model_validate(spec))
        supplementary = bill.bill_markdown[bill.bill_markdown.index("부칙"):]
        assert "(다른 법률의 개정)" in supplementary
        assert "경찰공무원법 일부를 다음과 같이 개정한다" in supplementary
        assert "제19조" in supplementary
        assert app.store.get(draft.id).changes[1].law == "police-officials-act"  # saved at once

        # Ctrl+Z (out of the input first) takes it out again
        app.screen.query_one("#changes").focus()
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert [c.kind for c in draft.changes] == ["delete"]
        assert "other_laws" not in engine_spec(draft)
        assert "되돌림" in status(app) and "후속 개정 추가" in status(app)
        assert app.store.get(draft.id).changes == draft.changes


async def test_citation_inside_the_amended_law_is_a_change_of_the_same_bill_added_once(impact_corpus, tmp_path):
    app = build(impact_corpus, tmp_path / "data", deleting_draft())
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot, app)
        found = rows(app)
        impact = app.screen.query_one(ImpactList)
        impact.query_one(ListView).index = found.index(("police-act", "제10조제1항제6호"))
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot, app)
        draft = app.draft
        assert draft is not None
        added = draft.changes[-1]
        assert (added.law, added.at, added.old) == (None, "제10조제1항제6호", "제18조")
        assert isinstance(app.screen, AmendScreen) and app.focused is not None and app.focused.id == "new"
        assert "이 개정안에 추가함" in status(app)
        app.screen.query_one("#new", Input).value = "제19조"
        await pilot.pause(0.5)
        await settle(pilot, app)
        spec = engine_spec(draft)
        assert "other_laws" not in spec
        assert spec["changes"][-1] == {"replace": {"at": "제10조제1항제6호", "old": "제18조", "new": "제19조"}}

        # back in review, the same row again: no second change, and the drafter is told where it is
        await pilot.press("f6")
        await settle(pilot, app)
        impact = app.screen.query_one(ImpactList)
        at = [(i.doc, i.address) for i in impact.items].index(("police-act", "제10조제1항제6호"))
        console = Console(width=116, record=True, color_system=None)
        marks = []
        for row in impact.query(ListItem):
            console.print(row.query_one(Label).content)
            marks.append("✓ 후속 개정 있음" in console.export_text())
        assert marks == [i == at for i in range(len(marks))]  # its row says it has one
        impact.query_one(ListView).index = at
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert len(draft.changes) == 2
        assert "이미 2번 개정 사항에 있습니다" in status(app)


async def test_internal_reference_of_a_moved_article_is_a_finished_change_of_the_same_bill(impact_corpus, tmp_path):
    """An article that gets a new number (제18조 → 제18조의2): a citation of it gets a replace with the
    new number at once, no typing — in the same bill, or in other_laws for another law."""
    corpus = Corpus.load(impact_corpus)
    from drafter.assist.engine import AmendEngine

    engine = AmendEngine()
    spec = {"law": "police-act", "changes": [{"move": {"at": "제18조", "to": "제18조의2"}}]}
    items = engine.impact(corpus, spec)
    officials = next(i for i in items if i.doc == "police-officials-act")
    assert officials.change == "renumber" and officials.new == officials.old.replace("제18조", "제18조의2")
    internal = next(i for i in items if (i.doc, i.address) == ("police-act", "제10조제1항제6호"))
    assert (internal.old, internal.new) == ("제18조", "제18조의2")

    from drafter_tui.widgets.impact_list import follow_up_change

    change = follow_up_change("police-act", internal)
    assert change is not None and change.law is None and (change.old, change.new) == ("제18조", "제18조의2")
    other = follow_up_change("police-act", officials)
    assert other is not None and other.law == "police-officials-act"
    # a bare 제1항 inside the moved article moves with it: nothing to add
    own = next(i for i in items if (i.doc, i.address) == ("police-act", "제18조제3항"))
    assert follow_up_change("police-act", own) is None


def test_spec_dict_puts_other_law_changes_in_other_laws():
    draft = Draft(law="police-act", changes=[
        Change(kind="delete", at="제18조"),
        Change(kind="replace", at="제7조제3항", old="제18조", new="제19조", law="police-officials-act"),
        Change(kind="replace", at="제10조제1항제6호", old="제18조", new="제19조"),
        Change(kind="replace", at="제1조", old="제18조", new="제19조", law="autonomous-police-committee-decree"),
        Change(kind="replace", at="제7조제1항", old="경찰청장", new="경찰청장등", law="police-officials-act"),
        Change(kind="replace", at="제2조", old="가", new="나", law="police-act"),  # the draft's own law
    ])
    spec = draft.spec_dict()
    assert spec["law"] == "police-act"
    assert [c for c in spec["changes"]] == [
        {"delete": {"at": "제18조"}},
        {"replace": {"at": "제10조제1항제6호", "old": "제18조", "new": "제19조"}},
        {"replace": {"at": "제2조", "old": "가", "new": "나"}},
    ]
    assert spec["other_laws"] == [
        {"law": "police-officials-act", "changes": [
            {"replace": {"at": "제7조제3항", "old": "제18조", "new": "제19조"}},
            {"replace": {"at": "제7조제1항", "old": "경찰청장", "new": "경찰청장등"}}]},
        {"law": "autonomous-police-committee-decree", "changes": [
            {"replace": {"at": "제1조", "old": "제18조", "new": "제19조"}}]},
    ]
    AmendmentSpec.model_validate(spec)  # the engine's model reads it
    # a draft of one law has no other_laws key, and an old saved draft (no law on changes) loads
    assert "other_laws" not in Draft(changes=[Change(kind="delete", at="제18조")]).spec_dict()
    old = Draft.model_validate_json('{"changes": [{"kind": "delete", "at": "제18조"}]}')
    assert old.changes[0].law is None
    assert draft.changes[1].summary().startswith("[경찰공무원법] 제7조제3항")


def test_row_wraps_korean_text_by_cells_without_dropping_characters(impact_corpus):
    from drafter.assist.engine import AmendEngine

    items = AmendEngine().impact(Corpus.load(impact_corpus),
                                 {"law": "police-act", "changes": [{"delete": {"at": "제18조"}}]})
    item = next(i for i in items if i.doc == "police-officials-act")
    for width in (40, 61, 99):
        console = Console(width=width, record=True, color_system=None)
        console.print(ImpactRowView(item))
        lines = console.export_text().splitlines()
        from rich.cells import cell_len

        assert all(cell_len(line) <= width for line in lines)
        drawn = "".join(line.strip() for line in lines[1:]).replace(" ", "")
        assert " ".join(item.text.split()).replace(" ", "") in drawn


def test_review_snapshot_with_impact_rows(snap_compare, impact_corpus, tmp_path):
    app = build(impact_corpus, tmp_path / "data", deleting_draft())

    async def run_before(pilot) -> None:
        await settle(pilot, pilot.app)
        await pilot.pause(0.3)
        await settle(pilot, pilot.app)

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=run_before)


async def test_an_other_law_change_the_engine_refuses_is_the_one_marked(impact_corpus, tmp_path):
    draft = Draft(id="refused", title="다른 법률 오류", step="amend", changes=[
        Change(kind="delete", at="제18조"),
        Change(kind="replace", at="제7조제3항", old="없는 문구", new="제19조", law="police-officials-act"),
        Change(kind="replace", at="제10조제1항제6호", old="제18조", new="제19조"),
    ])
    app = build(impact_corpus, tmp_path / "data", draft)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot, app)
        await pilot.pause(0.5)
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, AmendScreen)
        assert list(screen.invalid) == [1]  # the police officials act's change, not the police act's second
        assert screen.invalid[1].startswith("경찰공무원법: 2번 개정 사항(제7조제3항)")
        labels = [str(item.query_one(Label).render()) for item in screen.query_one("#changes", ListView).children]
        assert "⚠" in labels[1] and "⚠" not in labels[2]


def test_a_follow_up_for_a_deleted_article_is_unfinished_until_its_new_words_are_written(impact_corpus):
    """Deleting a cited article: the follow-up quotes the citation and waits for the new words. Left
    empty it would strike the citation from the law, so it blocks the export as unfinished instead."""
    from drafter_tui.screens.amend import unfinished
    from drafter_tui.widgets.impact_list import follow_up_change

    from drafter.assist.engine import AmendEngine

    items = AmendEngine().impact(Corpus.load(impact_corpus),
                                 {"law": "police-act", "changes": [{"delete": {"at": "제18조"}}]})
    item = next(i for i in items if i.doc == "police-officials-act")
    change = follow_up_change("police-act", item)
    assert change is not None and change.new is None
    assert "새 문구" in (unfinished(change) or "")
    assert unfinished(change.model_copy(update={"new": "제18조의2"})) is None
    # an ordinary replace left without new words still means: strike them
    assert unfinished(change.model_copy(update={"note": None})) is None
