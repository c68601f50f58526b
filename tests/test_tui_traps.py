"""Each trap of issue 11, driven with Pilot on the real app, engine and store:
nothing is created, deleted, replaced or overwritten without a question or an
undo; unfinished or invalid changes are marked and block the export by name;
resume opens the step left; times are local; what the drafter reads is Korean."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from drafter_tui.app import DrafterApp, make_app
from drafter_tui.screens.confirm import ConfirmScreen
from drafter_tui.screens.reasons import ReasonsScreen
from drafter_tui.widgets.status_line import StatusLine
from textual.widgets import DataTable, Input, ListView, TextArea
from textual.worker import WorkerFailed

from drafter.assist.search import CorpusSearch
from drafter.assist.services import default_services
from drafter.config import load_settings
from drafter.drafts.models import Change, CitedSentence, Draft
from drafter.drafts.store import DraftStore

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def build(small_corpus: Path, data: Path, *drafts: Draft, draft_id: str | None = None,
          export_dir: Path | None = None) -> DrafterApp:
    settings = load_settings(corpus_dir=small_corpus, data_dir=data)
    store = DraftStore.for_data_dir(data)
    for d in drafts:
        store.save(d, touch=False)
    services = default_services(settings, checker_embeddings=False)
    services.open_search = lambda corpus, progress: CorpusSearch(corpus)
    return make_app(settings, services=services, store=store, draft_id=draft_id,
                    export_dir=export_dir or data.parent / "out", cursor_blink=False)


async def settle(pilot, app: DrafterApp, extra: float = 0.0) -> None:
    for _ in range(3):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass
        await pilot.pause()
    if extra:
        await pilot.pause(extra)
        await settle(pilot, app)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])


def status(app: DrafterApp) -> str:
    return app.screen.query_one(StatusLine).message


HANGUL_OR_ADDRESS = re.compile(r"[A-Za-z]")


# -- creating and deleting drafts ----------------------------------------------------------


async def test_new_draft_is_created_only_after_a_yes(small_corpus, tmp_path) -> None:
    app = build(small_corpus, tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        app.screen.query_one("#title", Input).focus()
        await pilot.press("enter")  # Enter in the title goes on to the plan
        await settle(pilot, app)
        assert app.draft is None and app.store.list() == []
        assert app.screen.focused is not None and app.screen.focused.id == "plan"
        await pilot.press("ctrl+n")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        assert "연착륙안" in app.screen.question and "조직ㆍ인력ㆍ예산" in app.screen.question
        await pilot.press("n")
        await settle(pilot, app)
        assert app.store.list() == [] and app.screen.STEP == "start"
        await pilot.press("ctrl+n", "y")
        await settle(pilot, app)
        assert len(app.store.list()) == 1 and app.screen.STEP == "evidence"
        # a second draft of the same title is announced as a duplicate
        await pilot.press("f2")
        await settle(pilot, app)
        await pilot.press("ctrl+n")
        await settle(pilot, app)
        assert "같은 제목의 초안이 이미 1개" in app.screen.question
        await pilot.press("escape")
        await settle(pilot, app)
        assert len(app.store.list()) == 1


async def test_deleting_a_draft_asks_and_ctrl_z_brings_it_back(small_corpus, tmp_path) -> None:
    keep = Draft(id="keep", title="예산 이관안", changes=[Change(kind="delete", at="제35조제3항")])
    app = build(small_corpus, tmp_path / "data", keep)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        app.screen.query_one("#drafts", DataTable).focus()
        await pilot.press("delete")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen) and "'예산 이관안'을 삭제할까요" in app.screen.question
        await pilot.press("n")
        await settle(pilot, app)
        assert [s.id for s in app.store.list()] == ["keep"]
        await pilot.press("delete", "y")
        await settle(pilot, app)
        assert app.store.list() == []
        assert "Ctrl+Z" in status(app)
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert app.store.get("keep").changes[0].at == "제35조제3항"
        assert app.screen.query_one("#drafts", DataTable).row_count == 1


async def test_removing_a_change_can_be_undone(small_corpus, tmp_path) -> None:
    changes = [Change(kind="delete", at="제35조제3항"), Change(kind="retitle", at="제35조", heading="자치경찰 예산")]
    app = build(small_corpus, tmp_path / "data", Draft(id="d", changes=changes), draft_id="d")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        app.screen.query_one("#changes", ListView).focus()
        await pilot.press("ctrl+r")
        await settle(pilot, app)
        assert [c.at for c in app.store.get("d").changes] == ["제35조"]
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert [c.at for c in app.store.get("d").changes] == ["제35조제3항", "제35조"]


async def test_redrafting_reasons_asks_and_can_be_undone(small_corpus, tmp_path) -> None:
    mine = [CitedSentence(text="현행 제35조제1항은 예산을 시ㆍ도지사가 수립하도록 한다.", citations=["police-act 제35조제1항"])]
    draft = Draft(id="d", areas=["budget"], reasons=list(mine),
                  changes=[Change(kind="replace", at="제35조제1항", old="시ㆍ도지사가", new="시ㆍ도자치경찰위원회가")])
    app = build(small_corpus, tmp_path / "data", draft, draft_id="d")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f5")
        await settle(pilot, app)
        await pilot.press("g")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot, app)
        assert app.store.get("d").reasons == mine  # nothing wiped
        await pilot.press("g", "y")
        await settle(pilot, app)
        assert app.store.get("d").reasons and app.store.get("d").reasons != mine
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert app.store.get("d").reasons == mine


# -- export -----------------------------------------------------------------------------------


async def test_export_asks_before_overwriting(small_corpus, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "예산-이관안.md"
    target.write_text("내가 고친 원고", encoding="utf-8")
    draft = Draft(id="d", title="예산 이관안", reasons_text="예산 절차를 정비하려는 것임.",
                  changes=[Change(kind="delete", at="제35조제3항")])
    app = build(small_corpus, tmp_path / "data", draft, draft_id="d", export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f7")
        await settle(pilot, app)
        await pilot.click("#export-md")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen) and str(target) in app.screen.question
        await pilot.press("n")
        await settle(pilot, app)
        assert target.read_text(encoding="utf-8") == "내가 고친 원고"
        await pilot.pause(0.3)  # a Button ignores a click during its 0.2 s press effect
        await pilot.click("#export-md")
        await settle(pilot, app)
        await pilot.press("y")
        await settle(pilot, app)
        assert "제35조제3항을 삭제한다." in target.read_text(encoding="utf-8")


async def test_unfinished_and_invalid_changes_are_marked_and_block_the_export(small_corpus, tmp_path) -> None:
    out = tmp_path / "out"
    draft = Draft(id="d", title="막힌 초안", changes=[
        Change(kind="delete", at="제35조제3항"),
        Change(kind="replace", at="제35조제1항", old="없는 문구", new="새 문구"),
        Change(kind="replace", at="제19조제1항", old=None),
    ])
    app = build(small_corpus, tmp_path / "data", draft, draft_id="d", export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app, 0.4)
        labels = [str(item.query_one("Label").render()) for item in app.screen.query_one("#changes", ListView).children]
        assert "⚠ 오류" in labels[1] and "미완성" in labels[2] and "⚠" not in labels[0] and "미완성" not in labels[0]
        error = app.screen.last_error
        assert error.startswith("2번 개정 사항(제35조제1항): 바꿀 문구가 그 조문에 없습니다")
        assert not HANGUL_OR_ADDRESS.search(error)  # Korean only
        await pilot.press("f7")
        await settle(pilot, app)
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        assert not isinstance(app.screen, ConfirmScreen)
        message = status(app)
        assert message.startswith("내보낼 수 없습니다") and "3번 개정 사항(제19조제1항): 미완성" in message
        assert not out.exists() or not any(out.iterdir())
        # once the unfinished one is gone, the invalid one is named
        app.draft.changes.pop()
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        assert "2번 개정 사항(제35조제1항)" in status(app)
        assert not out.exists() or not any(out.iterdir())


# -- resume, times, Korean ------------------------------------------------------------------


async def test_resume_opens_the_step_left_and_shows_local_times(small_corpus, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    try:
        data = tmp_path / "data"
        left = Draft(id="d", title="검토 중인 초안", step="review", changes=[Change(kind="delete", at="제35조제3항")],
                     updated_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        app = build(small_corpus, data, left)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, app)
            table = app.screen.query_one("#drafts", DataTable)
            assert [str(c) for c in table.get_row_at(0)] == ["검토 중인 초안", "연착륙", "03-02 18:30"]
            table.focus()
            await pilot.press("enter")
            await settle(pilot, app)
            assert app.screen.STEP == "review"
            await pilot.press("f4")
            await settle(pilot, app)
        assert DraftStore.for_data_dir(data).get("d").step == "amend"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


async def test_notifications_keep_their_first_syllable(small_corpus, tmp_path) -> None:
    app = build(small_corpus, tmp_path / "data", Draft(id="d"), draft_id="d")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        await type_text(pilot, "예산")
        await pilot.press("enter")
        await settle(pilot, app)
        app.screen.query_one("#results").focus()
        await pilot.press("p")
        await settle(pilot, app)
        line = app.screen.query_one(StatusLine)
        shown = app.screen._compositor.render_strips()[line.region.y].text
        assert shown.strip().startswith("고정함: police-act 제")
        assert not app.screen.query("Toast")  # no toast floats over the widgets


# -- the change form ------------------------------------------------------------------------


async def test_form_options_outside_items_address_and_a_second_paragraph(small_corpus, tmp_path) -> None:
    app = build(small_corpus, tmp_path / "data", Draft(id="d"), draft_id="d")
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        await pilot.press("ctrl+n")
        await type_text(pilot, "제24조제1항 각 호 외의 부분")
        await pilot.click("#old")
        await type_text(pilot, "소관 사무는")
        await pilot.click("#new")
        await type_text(pilot, "소관 업무는")
        await settle(pilot, app, 0.5)
        assert app.screen.last_error is None, app.screen.last_error
        assert app.screen.last_bill.amendment_sentences == [
            '제24조제1항 각 호 외의 부분 중 "소관 사무는"을 "소관 업무는"으로 한다.']
        # all: every occurrence, written 각각
        await pilot.press("ctrl+n")
        await type_text(pilot, "제35조제1항")
        await pilot.click("#old")
        await type_text(pilot, "시ㆍ도자치경찰위원회")
        await pilot.click("#new")
        await type_text(pilot, "자치경찰위원회")
        await pilot.click("#all")
        await settle(pilot, app, 0.5)
        assert app.draft.changes[-1].to_spec()["replace"]["all"] is True
        assert '"시ㆍ도자치경찰위원회"를 각각 "자치경찰위원회"로' in " ".join(app.screen.last_bill.amendment_sentences)
        # rewrite a single-항 article, adding ② after the unnumbered paragraph
        await pilot.press("ctrl+n")
        app.draft.changes[-1] = Change(kind="rewrite", at="제34조",
                                       text="국가는 비용을 지원하여야 한다.\n② 지원의 기준은 대통령령으로 정한다.")
        app.screen.draft_changed()
        await settle(pilot, app, 0.5)
        assert app.screen.last_error is None, app.screen.last_error
        assert any(s.startswith("제34조") and "② 지원의 기준은" in s for s in app.screen.last_bill.amendment_sentences), \
            (app.screen.last_bill.amendment_sentences, [c.to_spec() for c in app.draft.changes])
        # renumber: a new 항 at a number that exists is refused until "번호 밀어내기" is ticked
        await pilot.press("ctrl+n")
        app.screen.query_one("#change-form").load(Change(kind="insert", at="제35조제2항", text="새 항이다."))
        await settle(pilot, app)
        await pilot.click("#text")
        await pilot.press("end", "space")
        await settle(pilot, app, 0.5)
        assert "그 번호의 조문이 이미 있습니다" in app.screen.last_error
        await pilot.click("#renumber")
        await settle(pilot, app, 0.5)
        assert app.screen.last_error is None, app.screen.last_error
        assert "제2항 및 제3항을 각각 제3항 및 제4항으로 하" in " ".join(app.screen.last_bill.amendment_sentences)


async def test_edit_in_place_updates_the_bill_as_the_drafter_types(small_corpus, tmp_path) -> None:
    app = build(small_corpus, tmp_path / "data", Draft(id="d"), draft_id="d")
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        await pilot.press("ctrl+n")
        await type_text(pilot, "제19조제1항")
        await pilot.press("ctrl+o")
        await settle(pilot, app, 0.4)
        area = app.screen.query_one("#text", TextArea)
        assert area.text.startswith("시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로")
        assert app.screen.focused is area
        assert app.draft.changes[-1].kind == "edit"
        row, col = next((r, line.index("7명의")) for r, line in enumerate(area.text.split("\n")) if "7명의" in line)
        area.move_cursor((row, col))
        await pilot.press("delete")
        await pilot.press("9")
        await settle(pilot, app, 0.5)
        assert app.screen.last_bill.amendment_sentences == ['제19조제1항 중 "7명"을 "9명"으로 한다.']
        new_cells = "".join(s.text for line in app.screen.last_bill.comparison[0].new_lines for s in line.segments)
        assert "9명의" in new_cells


async def test_reasons_and_supplementary_are_written_in_the_tui(small_corpus, tmp_path) -> None:
    draft = Draft(id="d", changes=[Change(kind="replace", at="제19조제1항", old="7명의", new="9명의")])
    app = build(small_corpus, tmp_path / "data", draft, draft_id="d")
    async with app.run_test(size=(100, 35)) as pilot:
        await settle(pilot, app)
        await pilot.press("f5")
        await settle(pilot, app)
        await pilot.press("e")
        await settle(pilot, app)
        assert isinstance(app.screen, ReasonsScreen)
        await pilot.click("#fill-reasons")  # the editor is empty: no question
        await settle(pilot, app)
        reasons = app.screen.query_one("#reasons-text", TextArea)
        assert "가. 시ㆍ도자치경찰위원회 위원을 7명에서 9명으로 늘림(안 제19조제1항)." in reasons.text
        reasons.text = "위원회 구성을 넓히려는 것임.\n가. 위원을 9명으로 늘림(안 제19조제1항)."
        await pilot.pause(0.3)  # a Button ignores a click during its 0.2 s press effect, as for a person
        await pilot.click("#fill-reasons")  # now it would replace the drafter's text: it asks
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot, app)
        assert app.screen.query_one("#reasons-text", TextArea).text.startswith("위원회 구성을 넓히려는")
        await pilot.click("#form-1")  # 부칙: the 부칙 is not empty, so it asks too
        await settle(pilot, app)
        await pilot.press("y")
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    saved = app.store.get("d")
    assert saved.reasons_text.startswith("위원회 구성을 넓히려는 것임.")
    assert saved.supplementary.startswith("제1조(시행일)") and "제2조(경과조치)" in saved.supplementary
    from drafter.amend import AmendmentSpec, build_bill
    from drafter.corpus.corpus import Corpus

    bill = build_bill(Corpus.load(small_corpus), AmendmentSpec.model_validate(saved.spec_dict()))
    assert bill.reasons.startswith("위원회 구성을 넓히려는 것임.") and not bill.reasons_draft
    assert "제2조(경과조치)" in bill.bill_markdown


async def test_a_word_still_being_typed_is_unfinished_and_not_exported(small_corpus, tmp_path) -> None:
    out = tmp_path / "out"
    draft = Draft(id="d", title="입력 중", changes=[
        Change(kind="replace", at="제35조제1항", old="경찰청장의 의견을 들어야 한다", new="경찰청장의 의견을 들을 수 있ㄷ"),
    ])
    app = build(small_corpus, tmp_path / "data", draft, draft_id="d", export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app, 0.4)
        label = str(app.screen.query_one("#changes", ListView).children[0].query_one("Label").render())
        assert label.endswith("… 미완성")
        await pilot.press("f7")
        await settle(pilot, app)
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        assert "1번 개정 사항(제35조제1항): 미완성 (입력 중인 글자가 있음 ('ㄷ'))" in status(app)
        assert not out.exists() or not any(out.iterdir())


async def test_rewriting_one_paragraph_as_two_works(small_corpus, tmp_path) -> None:
    text = ("① 자치경찰사무의 수행에 필요한 예산은 시ㆍ도자치경찰위원회가 수립한다.\n"
            "② 시ㆍ도자치경찰위원회는 경찰청장의 의견을 들어야 한다.")
    draft = Draft(id="d", reasons_text="예산 수립 주체를 바꾸려는 것임.",
                  changes=[Change(kind="rewrite", at="제35조제1항", text=text)])
    out = tmp_path / "out"
    app = build(small_corpus, tmp_path / "data", draft, draft_id="d", export_dir=out)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app, 0.4)
        assert app.screen.last_error is None, app.screen.last_error
        sentence = app.screen.last_bill.amendment_sentences[0]
        assert sentence.startswith("제35조제1항을 다음과 같이 하고")
        assert "② 시ㆍ도자치경찰위원회는 경찰청장의 의견을 들어야 한다." in sentence
        # the old ② and ③ follow as ③ and ④
        assert "④ 시ㆍ도의회는 관련 예산의 효율적인 관리를 위하여" in sentence
        assert app.draft.changes[0].kind == "rewrite"  # the drafter's change is kept as written
        await pilot.press("f7")
        await settle(pilot, app)
        await pilot.press("ctrl+e")
        await settle(pilot, app)
    markdown = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "제35조제1항을 다음과 같이 하고" in markdown
