"""제안이유 drafted by the assist step: Korean only — sentences about the changes (from
drafter.amend.reasons) plus cited Korean evidence; an English source is cited, never pasted.
With a model, every sentence it writes is checked (English, repeats, cut-off sentences, forged or
unsupported labels are left out and said so), the playbook draft standing in when nothing survives.
And the drafter's name (settings.drafter_name) is the author of exported DOCX/HWPX files."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from drafter.assist.checking import SentenceChecker, check_sentence
from drafter.assist.llm import LLMAssistant
from drafter.assist.playbook import MAX_EVIDENCE, PlaybookAssistant, split_sentences
from drafter.citations.checker import CitationChecker
from drafter.drafts.models import Change, Draft, PinnedEvidence
from drafter.drafts.playbooks import load_playbooks
from drafter.llm.fake import ScriptedChatModel
from drafter.llm.prompts import load_prompt
from drafter.text.language import hangul_ratio, is_korean

PAPER = "autonomous-police-dual-model"
BUDGET = Change(kind="replace", at="제35조제1항", old="경찰청장의 의견을 들어야 한다",
                new="경찰청장의 의견을 들을 수 있다", origin="playbook")


def budget_draft() -> Draft:
    return Draft(plan="soft", areas=["budget"], changes=[BUDGET.model_copy()])


def playbook_draft(corpus, plan: str = "soft", pinned: list[PinnedEvidence] | None = None) -> Draft:
    assistant = PlaybookAssistant(load_playbooks(), corpus)
    draft = Draft(plan=plan, areas=["organization", "manpower", "budget"], pinned=pinned or [])
    for area in draft.areas:
        draft.changes += [p.change for p in assistant.propose(draft, area)]
    assert draft.changes
    return draft


def english_runs(text: str) -> list[str]:
    """Runs of three or more English words (what a pasted English sentence leaves)."""
    return re.findall(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}", text)


def test_hangul_ratio_decides_the_language() -> None:
    assert hangul_ratio("자치경찰 예산을 늘림.") == 1.0
    assert hangul_ratio("1234 ...") == 0.0
    assert is_korean("시ㆍ도자치경찰위원회가 BM25 점수를 씀.")
    assert not is_korean("The budget is set by the governor (예산).")
    assert not is_korean("")


@pytest.mark.parametrize("plan", ["soft", "hard"])
def test_playbook_reasons_are_korean_points_and_bounded_cited_evidence(plan, loaded_reference_corpus) -> None:
    corpus = loaded_reference_corpus
    draft = playbook_draft(corpus, plan)
    sentences = list(PlaybookAssistant(load_playbooks(), corpus).reasons(draft))
    proposals = [s for s in sentences if s.kind == "proposal"]
    evidence = [s for s in sentences if s.kind == "evidence"]
    # as 제안이유 are written: what the law says now, then what the bill does
    assert [s.kind for s in sentences] == ["evidence"] * len(evidence) + ["proposal"] * len(proposals)
    assert proposals[0].text.endswith("하려는 것임.")
    points = proposals[1:]
    assert [p.text[:2] for p in points] == [f"{c}." for c in "가나다라마바"[: len(points)]]
    named = {a for p in points for a in re.findall(r"제\d+조(?:의\d+)?", p.text.split("(안 ")[-1])}
    touched = {re.match(r"제\d+조(?:의\d+)?", c.at).group(0) for c in draft.changes}
    assert touched <= named  # every touched article named as 안 제N조
    assert all(re.search(r"\(안 제\d+조[^()]*\)\.$", p.text) for p in points)
    for s in sentences:
        assert is_korean(s.text), s.text
        assert not english_runs(s.text), s.text
        assert s.text.endswith("."), s.text
        assert "개정안:" not in s.text and "→" not in s.text and not re.search(r"\b(rewrite|replace|insert)\b", s.text)
        assert s.citations
    assert len({s.text for s in sentences}) == len(sentences)  # nothing repeats
    assert 1 <= len(evidence) <= MAX_EVIDENCE
    # the English paper is cited by the sentences about the changes, never quoted
    assert any(c.startswith(PAPER) for p in proposals for c in p.citations)
    assert not any(c.startswith(PAPER) for e in evidence for c in e.citations)
    for e in evidence:
        quoted = re.fullmatch(r'현행 (?:\S+ )?제\S+ "(.+)"라고 규정하고 있음\.', e.text)
        assert quoted, e.text
        doc, address = e.citations[0].split(" ", 1)
        assert quoted.group(1) in split_sentences(corpus.resolve(doc, address).text)  # a whole sentence


def test_evidence_is_checked_bounded_and_pinned_korean_sources_come_first(loaded_reference_corpus) -> None:
    corpus = loaded_reference_corpus
    pinned = [PinnedEvidence(doc="jeju-special-act", address="제88조제1항", text=""),
              PinnedEvidence(doc=PAPER, address="p1s7", text="")]
    pinned += [PinnedEvidence(doc="police-act", address=f"제{n}조", text="") for n in (18, 19, 20, 24, 28, 30)]
    draft = playbook_draft(corpus, "soft", pinned)
    sentences = list(PlaybookAssistant(load_playbooks(), corpus).reasons(draft))
    evidence = [s for s in sentences if s.kind == "evidence"]
    assert len(evidence) == MAX_EVIDENCE
    assert evidence[0].citations == ["jeju-special-act 제88조제1항"]
    assert evidence[0].text.startswith("현행 제주특별법 제88조제1항은 \"제90조에 따른 자치경찰사무를")  # no words cut
    summary = next(s for s in sentences if s.kind == "proposal")
    assert f"{PAPER} p1s7" in summary.citations  # the pinned English passage: cited, not pasted
    checker = SentenceChecker(CitationChecker(corpus))
    for s in sentences:
        expected = "proposal" if s.kind == "proposal" else "supported"
        assert [v.verdict for v in check_sentence(checker, corpus, s)] == [expected] * len(s.citations), s.text


def test_no_changes_no_points_and_an_english_pin_is_never_quoted(loaded_reference_corpus) -> None:
    draft = Draft(plan="soft", areas=["organization"],
                  pinned=[PinnedEvidence(doc=PAPER, address="p1s7", text="")])
    assert list(PlaybookAssistant(load_playbooks(), loaded_reference_corpus).reasons(draft)) == []


def test_a_change_the_engine_refuses_leaves_the_others_their_points(loaded_reference_corpus) -> None:
    draft = budget_draft()
    draft.changes.insert(0, Change(kind="replace", at="제34조", old="이 문구는 없다", new="x"))
    sentences = PlaybookAssistant(load_playbooks(), loaded_reference_corpus).change_sentences(draft)
    assert [s.text for s in sentences[1:]] == [
        '가. 예산에 관한 규정 중 "경찰청장의 의견을 들어야 한다"를 "경찰청장의 의견을 들을 수 있다"로 변경함(안 제35조제1항).']


def test_split_sentences_strips_only_the_article_header() -> None:
    assert split_sentences("제35조(예산) ① 가는 나이다. 이 경우 다는 라이다.") == ["가는 나이다.", "이 경우 다는 라이다."]
    assert split_sentences("제3조 ① 가를 둔다.") == ["가를 둔다."]
    assert split_sentences("제90조에 따른 사무를 둔다.") == ["제90조에 따른 사무를 둔다."]


# -- with a model -------------------------------------------------------------------------

def run_model(corpus, reply: str, draft: Draft | None = None):
    model = ScriptedChatModel().enqueue([reply])
    assistant = LLMAssistant(load_playbooks(), corpus, model, "openai")
    draft = draft or budget_draft()
    sentences = list(assistant.reasons(draft))
    return sentences, assistant, model


GOOD = ("자치경찰사무의 수행에 필요한 예산은 시ㆍ도자치경찰위원회의 심의ㆍ의결을 거쳐 시ㆍ도지사가 수립함. "
        "[police-act 제35조제1항]")


def evidence_of(sentences):
    return [s for s in sentences if s.kind == "evidence"]


def test_prompt_asks_for_korean_and_gives_the_labels(loaded_reference_corpus) -> None:
    prompt = load_prompt("reasons")
    assert prompt.variables == ["law", "changes", "sources"]
    _, _, model = run_model(loaded_reference_corpus, GOOD)
    system, user = (m.content for m in model.history[0])
    assert "Korean only" in system and "한국어" in system
    assert "[police-act 제35조제1항]" in user and f"[{PAPER} p1s13]" in user
    assert '가. 예산에 관한 규정 중 "경찰청장의 의견을 들어야 한다"를' in user  # the changes, in Korean


def test_a_checked_korean_sentence_is_kept_after_the_points(loaded_reference_corpus) -> None:
    sentences, assistant, _ = run_model(loaded_reference_corpus, GOOD)
    assert [s.kind for s in sentences] == ["evidence", "proposal", "proposal"]
    assert evidence_of(sentences)[0].text.startswith("자치경찰사무의 수행에 필요한 예산은")
    assert evidence_of(sentences)[0].citations == ["police-act 제35조제1항"]
    assert assistant.flagged == []


def test_a_model_answering_in_english_falls_back_to_the_playbook_draft(loaded_reference_corpus) -> None:
    reply = ("The autonomous police budget is prepared by the governor after the committee votes. "
             "[police-act 제35조제1항]\nThe main contents will require the transfer of organization, manpower, "
             f"and budget to local governments. [{PAPER} p1s14]")
    sentences, assistant, _ = run_model(loaded_reference_corpus, reply)
    assert [f.reason for f in assistant.flagged] == ["한국어가 아닌 문장"] * 2
    assert all(is_korean(s.text) and not english_runs(s.text) for s in sentences)
    fallback = PlaybookAssistant(load_playbooks(), loaded_reference_corpus).evidence_sentences(budget_draft())
    assert fallback and evidence_of(sentences) == fallback


def test_repeated_cut_and_forged_sentences_are_left_out_and_said_so(loaded_reference_corpus) -> None:
    reply = "\n".join([
        GOOD, GOOD,                                                          # repeated
        "자치경찰사무의 예산은 시ㆍ도자치경찰위원회가 [police-act 제35조제1항]",  # cut mid-way
        "국가는 모든 경찰 예산을 폐지함. [police-act 제99조]",                  # no such article
        "경찰청장은 국가경찰사무를 총괄함. [police-act 제14조]",                # real, but not a given source
        "자치경찰 예산은 국가가 전액 부담함. [police-act 제35조제1항]",          # the source does not say so
        "자치경찰 예산 절차를 정비할 필요가 있음.",                             # no citation
    ])
    sentences, assistant, _ = run_model(loaded_reference_corpus, reply)
    assert [s.text for s in evidence_of(sentences)] == [GOOD.split(" [")[0]]
    reasons = [f.reason for f in assistant.flagged]
    assert reasons[0] == "앞 문장의 반복"
    assert reasons[1] == "중간에 끊긴 문장"
    assert "police-act 제99조: 찾을 수 없는 조문" in reasons[2]
    assert "police-act 제14조: 주어진 출처가 아님" in reasons[3]
    assert "police-act 제35조제1항: 출처가 이 문장을 뒷받침하지 않음" in reasons[4]
    assert reasons[5].startswith("인용 표시가 없")
    assert len(reasons) == 6


def test_a_sentence_keeps_only_its_valid_citations(loaded_reference_corpus) -> None:
    sentences, assistant, _ = run_model(loaded_reference_corpus,
                                        GOOD.replace("]", "] [police-act 제99조]"))
    assert evidence_of(sentences)[0].citations == ["police-act 제35조제1항"]
    assert assistant.flagged == []


# -- the drafter's name in exported files -------------------------------------------------

def test_drafter_name_is_the_author_of_exported_files(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from docx import Document

    from drafter.cli.app import main
    from drafter.config import load_settings

    assert load_settings().drafter_name == ""  # default: no name
    spec = tmp_path / "spec.yaml"
    spec.write_text("law: police-act\nchanges:\n  - replace: {at: 제35조제1항, old: 경찰청장의 의견을 들어야 한다, "
                    "new: 경찰청장의 의견을 들을 수 있다}\n", encoding="utf-8")
    args = ["render", str(spec), "--corpus", str(small_corpus), "--format"]
    assert main([*args, "docx", "-o", str(tmp_path / "anon.docx")]) == 0
    assert Document(str(tmp_path / "anon.docx")).core_properties.author == ""
    monkeypatch.setenv("DRAFTER_DRAFTER_NAME", "홍길동")
    assert main([*args, "docx", "-o", str(tmp_path / "bill.docx")]) == 0
    assert main([*args, "hwpx", "-o", str(tmp_path / "bill.hwpx")]) == 0
    assert Document(str(tmp_path / "bill.docx")).core_properties.author == "홍길동"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        assert HwpxDocument.open(str(tmp_path / "bill.hwpx")).parts.metadata.creator == "홍길동"
    # the TUI exports through the services' engine, which carries the same setting
    from drafter.assist.services import default_services

    services = default_services(load_settings(corpus_dir=small_corpus), checker_embeddings=False)
    from drafter.corpus.corpus import Corpus

    corpus = Corpus.load(small_corpus)
    bill = services.engine.build(corpus, budget_draft().spec_dict())
    out = services.engine.export(bill, "docx", tmp_path / "tui.docx")
    assert Document(str(out)).core_properties.author == "홍길동"


def test_a_full_stop_after_the_label_still_ends_the_sentence(loaded_reference_corpus) -> None:
    reply = GOOD.replace("수립함. [police-act 제35조제1항]", "수립함 [police-act 제35조제1항].") + \
        " 자치경찰사무의 예산은 시ㆍ도자치경찰위원회가 [police-act 제35조제1항]"
    sentences, assistant, _ = run_model(loaded_reference_corpus, reply)
    assert [s.text for s in evidence_of(sentences)] == [GOOD.split(" [")[0]]
    assert [f.reason for f in assistant.flagged] == ["중간에 끊긴 문장"]


def test_the_model_gets_at_most_as_many_sentences_as_the_playbook(loaded_reference_corpus) -> None:
    corpus = loaded_reference_corpus
    draft = budget_draft()
    articles = [f"제{n}조" for n in range(18, 25)]
    draft.pinned = [PinnedEvidence(doc="police-act", address=a, text="") for a in articles]
    # each a sentence its (given) source states word for word
    reply = "\n".join(f"{split_sentences(corpus.resolve('police-act', a).text)[0]} [police-act {a}]" for a in articles)
    sentences, assistant, _ = run_model(corpus, reply, draft)
    assert len(evidence_of(sentences)) == MAX_EVIDENCE
    assert [f.reason for f in assistant.flagged] == [f"{MAX_EVIDENCE}문장을 넘음"] * (len(articles) - MAX_EVIDENCE)
