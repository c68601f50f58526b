"""The citation checker: resolution, exact quotes, support, and the eval command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from drafter_evals.citation_eval import CitationCase, evaluate_citations, load_cases
from drafter_evals.jsonl import EvalSetError

from drafter.citations.checker import CitationChecker
from drafter.citations.support import judge_support
from drafter.cli.app import main
from drafter.corpus.addresses import provision_label

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "evalsets" / "citations-dev.jsonl"
# hand-written pairs (not from the dev set): tests/data/citations-{own,blind}.jsonl
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def checker(loaded_reference_corpus) -> CitationChecker:
    return CitationChecker(loaded_reference_corpus)


def _case(claim: str, doc: str, address: str | None, label: str | None = None) -> CitationCase:
    return CitationCase.model_validate(
        {"id": "t", "claim": claim, "citation": {"doc": doc, "address": address}, "label": label}
    )


def test_dev_set_smoke(checker):
    """The dev set is a smoke test, not an accuracy gate: every row gets a verdict
    with a reason and every unresolvable address is caught. The reported figure
    is the held-out set (evals/sets/heldout-citations-*.jsonl, docs/evaluation.md)."""
    report = evaluate_citations(load_cases(DEV), checker)
    assert report.total == len(load_cases(DEV)) and report.accuracy is not None
    assert all(r.verdict in ("supported", "unsupported", "unresolvable") and r.reason for r in report.rows)
    assert report.unresolvable_caught == 1.0


@pytest.mark.parametrize("blind", [False, True], ids=["own-pairs", "blind-pairs"])
def test_hand_written_pairs_generalise(checker, blind):
    cases = load_cases(DATA / ("citations-blind.jsonl" if blind else "citations-own.jsonl"))
    report = evaluate_citations(cases, checker)
    assert report.accuracy >= 0.9
    assert report.unresolvable_caught == 1.0
    # a wrong 'supported' is the costly error: keep its precision high
    assert report.per_label["supported"].precision >= 0.9


def test_unresolvable_names_what_is_missing(checker):
    result = checker.check("경찰서장은 총경으로 보한다.", "police-act", "제30조제9항")
    assert result.verdict == "unresolvable"
    assert "제9항" in result.reason
    unknown = checker.check("무엇이든", "no-such-law", "제1조")
    assert unknown.verdict == "unresolvable" and "no-such-law" in unknown.reason


@pytest.mark.parametrize(
    ("claim", "address", "verdict", "why"),
    [
        ("국가경찰위원회는 위원장 1명을 포함한 9명의 위원으로 구성한다.", "제7조제2항", "unsupported", "number"),
        ("시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성한다.", "제7조제2항", "unsupported", "entity"),
        ("국가경찰위원회 위원은 연임할 수 있다.", "제9조제1항", "unsupported", "negat"),
        ("국가경찰위원회 위원의 임기는 3년이며 연임할 수 없다.", "제9조제1항", "supported", "stated"),
        ("범죄피해자 보호는 경찰의 임무이다.", "제3조제3호", "supported", "stated"),
    ],
)
def test_support_features(checker, claim, address, verdict, why):
    result = checker.check(claim, "police-act", address)
    assert result.verdict == verdict
    assert why in result.reason


def test_quoted_passage_must_match_exactly(checker):
    exact = '제35조제3항은 "시ㆍ도의회는 관련 예산의 효율적인 관리를 위하여"라고 규정한다.'
    altered = '제35조제3항은 "시ㆍ도의회는 관련 예산의 합리적인 관리를 위하여"라고 규정한다.'
    assert "quoted" not in checker.check(exact, "police-act", "제35조제3항").reason
    result = checker.check(altered, "police-act", "제35조제3항")
    assert result.verdict == "unsupported" and "quoted passage" in result.reason


def test_paper_without_address_uses_best_sentence(checker):
    ok = checker.check("The pilot regions of the dual autonomous police system were Jeju, Sejong, Gangwon and Jeonbuk.",
                       "autonomous-police-dual-model", None)
    assert ok.verdict == "supported"
    assert ok.evidence and "Jeonbuk" in ok.evidence
    bad = checker.check("The pilot regions were Busan and Daegu.", "autonomous-police-dual-model", None)
    assert bad.verdict == "unsupported"


def test_english_claim_against_korean_text():
    source = "시ㆍ도자치경찰위원회 위원장과 위원의 임기는 3년으로 하며, 연임할 수 없다."
    context = "제23조(시ㆍ도자치경찰위원회 위원의 임기 및 신분보장)"
    yes = judge_support("Members of the provincial autonomous police committee serve three-year terms and cannot be reappointed.",
                        source, context=context)
    no = judge_support("Members of the provincial autonomous police committee can be reappointed.", source, context=context)
    assert yes.supported, yes.reason
    assert not no.supported and "negat" in no.reason


def test_load_cases_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "claim": "x", "citation": {"doc": "police-act"}}\n{"id": "b", "claim": 3}\n',
                   encoding="utf-8")
    with pytest.raises(EvalSetError) as info:
        load_cases(bad)
    assert info.value.line == 2 and str(bad) in str(info.value)


def run_cli(argv: list[str]) -> int:
    """Exit status as the shell sees it."""
    return main(argv)


def test_cli_json_report_and_threshold_exit_code(tmp_path, capsys):
    code = main(["eval", "citations", str(DEV), "--json", "--no-embeddings"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert 0.0 <= out["accuracy"] <= 1.0
    assert set(out["per_label"]) == {"supported", "unsupported", "unresolvable"}
    assert {"precision", "recall"} <= set(out["per_label"]["supported"])
    row = out["rows"][0]
    assert {"id", "verdict", "reason"} <= set(row) and row["verdict"] in ("supported", "unsupported", "unresolvable")

    # the same rows with flipped labels: accuracy collapses and the gate fails
    flipped = tmp_path / "flipped.jsonl"
    lines = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        r["label"] = {"supported": "unsupported", "unsupported": "supported"}.get(r["label"], r["label"])
        lines.append(json.dumps(r, ensure_ascii=False))
    flipped.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = run_cli(["eval", "citations", str(flipped), "--format", "markdown", "--no-embeddings", "--min-accuracy", "0.9"])
    captured = capsys.readouterr()
    assert code == 1
    assert "below threshold: accuracy" in captured.err
    assert "| accuracy |" in captured.out


def test_cli_missing_file_is_a_clean_error(tmp_path, capsys):
    code = main(["eval", "citations", str(tmp_path / "nope.jsonl")])
    assert code == 2
    assert "not found" in capsys.readouterr().err


def test_llm_judge_can_only_withdraw_support(loaded_reference_corpus):
    from drafter.llm.fake import ScriptedChatModel

    judge = ScriptedChatModel().enqueue(["NO - the passage says something else", "YES, stated."])
    checker = CitationChecker(loaded_reference_corpus, judge=judge)
    claim = "경찰서장은 경무관, 총경 또는 경정으로 보한다."
    assert checker.check(claim, "police-act", "제30조제1항").verdict == "unsupported"
    assert checker.check(claim, "police-act", "제30조제1항").verdict == "supported"
    # an unsupported verdict is final: the judge is not even asked
    assert checker.check("경찰서장은 치안감으로 보한다.", "police-act", "제30조제1항").verdict == "unsupported"
    assert len(judge.history) == 2
    assert "경찰서장은 경무관" in judge.history[0][-1].content


def test_exact_quotes_of_every_provision_are_supported(checker, loaded_reference_corpus):
    """Self-consistency: quoting a 항 or 호 word for word is a supported claim."""
    statute = loaded_reference_corpus.statute("police-act")
    total, rejected = 0, []
    for article in statute.articles:
        if article.deleted:
            continue
        for hang in article.hangs:
            address = article.key + (provision_label("항", hang.number) if hang.number else "")
            units = [(hang.text, address)] + [(ho.text, address + provision_label("호", ho.number)) for ho in hang.hos]
            for text, addr in units:
                if len(text.strip()) < 8:
                    continue
                total += 1
                result = checker.check(text, "police-act", addr)
                if result.verdict != "supported":
                    rejected.append((addr, result.reason))
    assert total > 150
    assert len(rejected) / total <= 0.03, rejected[:10]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b'{"id": "a", "claim": "x", "citation": {"doc": "police-act"}}\n\n'
         b'{"id": "a", "claim": "y", "citation": {"doc": "police-act"}}\n', ":3: id 'a' is used twice"),
        (b"\n\n", "has no rows"),
        (b"\xff\xfe\n", "cannot read"),
    ],
)
def test_every_evaluation_file_problem_is_named(tmp_path, content, needle):
    path = tmp_path / "set.jsonl"
    path.write_bytes(content)
    with pytest.raises(EvalSetError) as info:
        load_cases(path)
    assert str(path) in str(info.value) and needle in str(info.value)


def test_a_addendum_article_is_read_with_its_block_and_promulgation_date(checker):
    # police-officials-act 부칙 <제21390호,2026.2.27> 제1조: 'this act takes effect one year after promulgation'
    result = checker.check("2026년 2월 개정된 경찰공무원법은 공포 후 1년이 지난 날부터 시행된다.", "police-officials-act",
                           "부칙<제21390호>제1조")
    assert result.verdict == "supported", result.reason
    result = checker.check("2025년 2월 개정된 경찰공무원법은 공포 후 1년이 지난 날부터 시행된다.", "police-officials-act",
                           "부칙<제21390호>제1조")
    assert result.verdict == "unsupported" and "2025" in result.reason


def test_a_claim_may_spell_out_the_item_its_provision_names_by_number(checker):
    # jeonbuk-special-act 제123조제3항: '감사위원이 제2항제1호에 해당하는 경우에는 … 도지사가 면직하거나 해촉한다.
    # 다만, 감사위원장의 경우에는 도의회의 동의를 받아야 한다' (제2항제1호: 신체상 또는 정신상의 장애로 …)
    resolved = checker.resolver.resolve("jeonbuk-special-act", "제123조제3항")
    assert dict(resolved.references)["제2항제1호"].startswith("신체상 또는 정신상의 장애로")
    assert "정신상의 장애" not in resolved.text
    claim = ("감사위원이 신체상ㆍ정신상 장애로 직무를 수행할 수 없게 되면 재적위원 3분의 2 이상의 의결을 거쳐 도지사가 "
             "면직ㆍ해촉하되, 감사위원장이라면 도의회의 동의도 받아야 한다.")
    assert checker.check(claim, "jeonbuk-special-act", "제123조제3항").verdict == "supported"
    # the spelt-out words count; nothing else does: the count, the body and the modality are still the source's
    assert checker.check(claim.replace("3분의 2", "2분의 1"), "jeonbuk-special-act", "제123조제3항").verdict == "unsupported"
    assert checker.check(claim.replace("도지사가", "감사위원장이"), "jeonbuk-special-act",
                         "제123조제3항").verdict == "unsupported"
    # a reference to another article ('제30조제1항') or law is no part of the cited article
    assert checker.resolver.resolve("police-act", "제27조제3항").references == ()


def test_a_value_of_a_list_given_to_another_of_its_topics_is_rejected(checker):
    # npa-organization-decree 제40조제2항: '서울특별시경찰청 차장은 치안감으로, 제주특별자치도경찰청 차장은 경무관으로 보한다.'
    ok = checker.check("제주특별자치도경찰청 차장은 경무관으로 보한다.", "npa-organization-decree", "제40조제2항")
    assert ok.verdict == "supported", ok.reason
    swapped = checker.check("제주특별자치도경찰청 차장은 치안감으로 보한다.", "npa-organization-decree", "제40조제2항")
    assert swapped.verdict == "unsupported" and "경무관" in swapped.reason
    # jeju-special-act 제102조: '조례안은 … 이송된 날부터 10일 이내에, 규칙안은 공포 예정 15일 전에 … 통보하여야 한다.'
    late = checker.check("도지사는 자치경찰 관련 조례안을 지방의회에서 이송된 날부터 15일 이내에 제주자치도경찰청장에게 "
                         "통보하여야 한다.", "jeju-special-act", "제102조")
    assert late.verdict == "unsupported" and "10일" in late.reason


def test_words_of_a_referenced_item_never_carry_a_claim_that_leaves_the_duty_to_discretion(checker):
    # police-act 제32조제4항: '… 다만, 제1항제3호의 경우에는 미리 국가경찰위원회의 의결을 거쳐야 하며 …'
    claim = ("제1항제3호처럼 해당 시ㆍ도의 경찰력으로는 질서유지가 어려운 경우 국가경찰위원회 의결을 미리 거칠지는 "
             "경찰청장이 재량으로 정할 수 있되, 긴급하면 우선 조치 후 지체 없이 의결을 거쳐야 한다.")
    assert checker.check(claim, "police-act", "제32조제4항").verdict == "unsupported"


def test_a_listed_ground_said_to_be_off_the_list_is_rejected(checker):
    # police-officials-act 제8조제2항: '다음 각 호의 어느 하나에 해당하는 사람은 경찰공무원으로 임용될 수 없다. …
    # 6의2. 마약ㆍ대마 또는 향정신성의약품 중독자': the lead's own 'cannot' must not hide a claim's 'not on the list'
    addr = ("police-officials-act", "제8조제2항")
    assert checker.check("마약ㆍ대마 또는 향정신성의약품 중독자는 경찰공무원으로 임용될 수 없다.", *addr).verdict == "supported"
    off = checker.check("마약ㆍ대마 또는 향정신성의약품 중독자라는 사정은 경찰공무원 임용의 결격사유에 해당하지 아니한다.", *addr)
    assert off.verdict == "unsupported" and "not on the list" in off.reason
    listed_then_off = ("복수국적자와 피성년후견인은 경찰공무원으로 임용될 수 없으나, 마약ㆍ대마 또는 향정신성의약품 중독자는 "
                       "이 결격사유 목록에 들어 있지 않다.")
    assert checker.check(listed_then_off, *addr).verdict == "unsupported"


def test_a_ban_stated_by_the_paragraph_a_list_defines_rules_its_items(checker):
    # police-officials-act 제23조: '① 경찰공무원은 … 정치활동에 관여하는 행위를 하여서는 아니 된다. ② 제1항에서 정치활동에
    # 관여하는 행위란 다음 각 호의 어느 하나에 해당하는 행위를 말한다. … 4. 특정 정당이나 특정인의 선거운동을 하거나 …'
    addr = ("police-officials-act", "제23조제2항제4호")
    assert "하여서는 아니 된다" in checker.resolver.resolve(*addr).context
    banned = ("Campaigning for a particular party or candidate, or taking part in election strategy meetings, counts as "
              "political activity that police officers must stay out of.")
    assert checker.check(banned, *addr).verdict == "supported"
    assert checker.check("경찰공무원은 특정 정당이나 특정인의 선거운동을 할 수 있다.", *addr).verdict == "unsupported"
    # a lead that defines no other 항's term brings nothing more
    assert "하여서는 아니 된다" not in checker.resolver.resolve("police-officials-act", "제8조제2항제1호").context


def test_a_power_re_delegated_to_a_body_another_delegator_hands_it_to_is_rejected(checker):
    # police-officials-act 제7조제3항: 경찰청장 delegates to 시ㆍ도지사, 국가수사본부장, …; 시ㆍ도지사 re-delegates only to
    # 시ㆍ도자치경찰위원회 and 시ㆍ도경찰청장
    addr = ("police-officials-act", "제7조제3항")
    ok = "시ㆍ도지사는 경찰청장으로부터 위임받은 임용권 일부를 시ㆍ도경찰청장에게 다시 위임할 수 있다."
    assert checker.check(ok, *addr).verdict == "supported"
    wrong = checker.check(ok.replace("시ㆍ도경찰청장에게", "국가수사본부장에게"), *addr)
    assert wrong.verdict == "unsupported" and "국가수사본부장" in wrong.reason
    assert checker.check("경찰청장은 임용권의 일부를 국가수사본부장에게 위임할 수 있다.", *addr).verdict == "supported"
