"""With an LLM backend, the assist step shows only engine-valid proposals
and keeps only 제안이유 sentences whose citations bind (a scripted model);
a sentence that fails the check is listed as left out, with why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from drafter_tui.app import make_app
from drafter_tui.screens.assist import AssistScreen
from textual.widgets import Label
from textual.worker import WorkerFailed

from drafter.assist.llm import LLMAssistant, parse_changes
from drafter.assist.search import CorpusSearch
from drafter.assist.services import default_services
from drafter.config import load_settings
from drafter.drafts.models import Change, Draft
from drafter.drafts.playbooks import load_playbooks
from drafter.drafts.store import DraftStore
from drafter.llm.fake import ScriptedChatModel
from drafter.text.language import is_korean

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


PROPOSALS = json.dumps([
    {"replace": {"at": "제35조제3항", "old": "시ㆍ도의회는", "new": "시ㆍ도의회 및 시ㆍ도자치경찰위원회는"},
     "summary": "예산 관리 주체를 넓힌다"},
    {"replace": {"at": "제35조제2항", "old": "이 문구는 없다", "new": "x"}, "summary": "없는 문구"},
    {"summary": "종류 없음"},
], ensure_ascii=False)

REASONS = (
    "자치경찰사무의 수행에 필요한 예산은 시ㆍ도자치경찰위원회의 심의ㆍ의결을 거쳐 시ㆍ도지사가 수립한다 "
    "[police-act 제35조제1항]. 국가는 모든 경찰 예산을 폐지한다 [police-act 제99조]."
)


def test_parse_changes_keeps_well_formed_changes_only() -> None:
    parsed = parse_changes("Here you go:\n" + PROPOSALS)
    assert [(c.kind, c.at, s) for c, s in parsed] == [
        ("replace", "제35조제3항", "예산 관리 주체를 넓힌다"), ("replace", "제35조제2항", "없는 문구")]
    assert parse_changes("no json") == [] and parse_changes("[not json") == []


async def settle(pilot, app) -> None:
    for _ in range(3):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass
        await pilot.pause()


async def test_llm_proposals_are_engine_validated_and_reasons_keep_bound_citations(
        small_corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    settings = load_settings(corpus_dir=small_corpus, data_dir=data)
    model = ScriptedChatModel().enqueue([PROPOSALS, REASONS])
    services = default_services(settings, checker_embeddings=False)
    services.open_search = lambda corpus, progress: CorpusSearch(corpus)
    services.make_assistant = lambda corpus: LLMAssistant(load_playbooks(), corpus, model, "openai")
    store = DraftStore.for_data_dir(data)
    store.save(Draft(id="d1", title="예산", plan="soft", areas=["budget"],
                     changes=[Change(kind="replace", at="제35조제1항", old="경찰청장의 의견을 들어야 한다",
                                     new="경찰청장의 의견을 들을 수 있다")]))
    app = make_app(settings, services=services, store=store, draft_id="d1", cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f5")
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, AssistScreen)
        shown = [(p.change.at, p.change.origin) for p in screen.proposals]
        assert not [m for m in app.messages if m[0] != "information"], app.messages  # no warning or error shown
        assert ("제35조제3항", "assist") in shown            # the model's valid change
        assert ("제35조제2항", "assist") not in shown        # its old words are not in the law: rejected
        assert ("제34조", "playbook") in shown               # the playbook's suggestion stays
        assert "엔진 거부" in str(screen.query_one("#proposal-title").render())
        await pilot.press("g")
        await settle(pilot, app)
        cited = [c for s in app.draft.reasons for c in s.citations]
        assert "police-act 제35조제1항" in cited
        assert "police-act 제99조" not in cited               # unresolvable: never shown as valid
        texts = [s.text for s in app.draft.reasons]
        assert all(is_korean(t) and not t.startswith("개정안:") for t in texts)  # no raw spec lines
        # the model's sentence (checked), then the summary and the point about the change
        assert texts[0].startswith("자치경찰사무의 수행에 필요한 예산은") and texts[1].endswith("하려는 것임.")
        assert texts[2].startswith("가. 예산에 관한 규정 중") and texts[2].endswith("(안 제35조제1항).")
        # the sentence that failed the check is shown as left out, with why
        assert "검증 실패 1문장 제외" in str(screen.query_one("#reasons-title").render())
        flagged = [str(item.query_one(Label).render()) for item in screen.query(".flagged")]
        assert len(flagged) == 1 and "국가는 모든 경찰 예산을 폐지한다" in flagged[0] and "찾을 수 없는 조문" in flagged[0]
        prompt = model.history[0][-1].content
        assert "제35조" in prompt and "예산" in prompt
