"""The extractive assistant's 제안이유: every evidence sentence it writes is
supported by what it cites (the real citation checker), for every plan and
area, with pinned evidence from other laws and the paper."""

from __future__ import annotations

import pytest

from drafter.assist.checking import SentenceChecker, check_sentence
from drafter.assist.playbook import PlaybookAssistant, split_sentences, topic
from drafter.citations.checker import CitationChecker
from drafter.drafts.models import Draft, PinnedEvidence
from drafter.drafts.playbooks import load_playbooks
from drafter.text.language import is_korean


@pytest.fixture(scope="module")
def checker(loaded_reference_corpus):
    return SentenceChecker(CitationChecker(loaded_reference_corpus))


@pytest.mark.parametrize("plan", ["soft", "hard"])
def test_every_reason_sentence_checks_out(plan: str, loaded_reference_corpus, checker) -> None:
    books = load_playbooks()
    assistant = PlaybookAssistant(books, loaded_reference_corpus)
    draft = Draft(plan=plan, areas=["organization", "manpower", "budget"], pinned=[
        PinnedEvidence(doc="jeju-special-act", address="제88조제1항", text=""),
        PinnedEvidence(doc="police-act", address="제35조", text=""),
        PinnedEvidence(doc="autonomous-police-dual-model", address="p1s7", text=""),
    ])
    for area in draft.areas:
        for proposal in assistant.propose(draft, area):
            draft.changes.append(proposal.change)
    assert draft.changes
    sentences = list(assistant.reasons(draft))
    kinds = {s.kind for s in sentences}
    assert kinds == {"evidence", "proposal"}
    for sentence in sentences:
        for verdict in check_sentence(checker, loaded_reference_corpus, sentence):
            expected = "proposal" if sentence.kind == "proposal" else "supported"
            assert verdict.verdict == expected, (sentence.text, verdict.reason)
    cited = {c for s in sentences for c in s.citations}
    assert {"jeju-special-act 제88조제1항", "autonomous-police-dual-model p1s7"} <= cited


def test_reasons_cite_the_paper_in_korean_and_skip_the_other_plan(loaded_reference_corpus) -> None:
    """The English paper is cited beside the Korean sentences about the changes, never quoted
    (it used to be pasted as 정책연구는 "As a soft landing plan …"라고 제시한다)."""
    assistant = PlaybookAssistant(load_playbooks(), loaded_reference_corpus)
    draft = Draft(plan="soft", areas=["organization"])
    draft.changes = [p.change for p in assistant.propose(draft, "organization")]
    soft = list(assistant.reasons(draft))
    assert soft and all(is_korean(s.text) and "As a" not in s.text for s in soft)
    cited = {c for s in soft for c in s.citations}
    assert "autonomous-police-dual-model p1s13" in cited  # 연착륙안
    assert "autonomous-police-dual-model p1s12" not in cited  # 경착륙안: the other plan


def test_sentence_helpers() -> None:
    assert split_sentences("제35조(예산) ① 가는 나이다. 이 경우 다는 라이다.") == ["가는 나이다.", "이 경우 다는 라이다."]
    # read aloud, as drafter.amend.particles reads every quoted text: p1s3 ends in 삼, 제6호의2 in 이
    assert [topic(a) for a in ("제35조제1항", "제34조", "제24조제1항제2호", "p1s3", "제6호의2")] == ["은", "는", "는", "은", "는"]
