"""제안이유 및 주요내용 drafted from the changes when a spec gives none."""

from __future__ import annotations

import json
import re
import warnings

import pytest

from drafter.amend import build_bill, load_spec
from drafter.amend.reasons import DRAFT_NOTE
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus


@pytest.fixture(scope="module")
def corpus(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus, only={"police-act"})


def reasons_of(corpus: Corpus, *changes: str) -> list[str]:
    spec = load_spec("law: police-act\nchanges:\n" + "".join(f"  - {c}\n" for c in changes))
    bill = build_bill(corpus, spec)
    assert bill.reasons_draft and not bill.reasons_given
    return bill.reasons.split("\n")


def test_number_increase_reads_like_the_drafting_reference(corpus) -> None:
    lines = reasons_of(corpus, 'replace: {at: 제19조제1항, old: "7명의", new: "9명의"}')
    assert lines[0] == DRAFT_NOTE
    assert lines[1] == "시ㆍ도자치경찰위원회의 구성에 관한 사항을 개선ㆍ정비하려는 것임."
    assert lines[2] == "가. 시ㆍ도자치경찰위원회 위원을 7명에서 9명으로 늘림(안 제19조제1항)."


def test_number_decrease_and_ratio(corpus) -> None:
    lines = reasons_of(corpus, 'replace: {at: 제19조제1항, old: "7명의", new: "5명의"}',
                       'replace: {at: 제19조제2항, old: "10분의 6", new: "10분의 7"}')
    assert lines[2].startswith("가. 시ㆍ도자치경찰위원회 위원을 7명에서 5명으로 줄이고, ")
    assert "10분의 6에서 10분의 7로 높임(안 제19조)." in lines[2]  # 칠 ends in ㄹ: 로


def test_replaced_terms_and_particles(corpus) -> None:
    lines = reasons_of(
        corpus,
        'replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}',
        'replace: {at: 제35조제1항, old: "경찰청장의 의견을", new: "시ㆍ도경찰청장의 의견을"}',
    )
    # vowel → 를 / 로; final ㄹ (을) → 을 / 로; the shared "예산에 관한 규정 중" is said once
    assert lines[2] == ('가. 예산에 관한 규정 중 "시ㆍ도지사가"를 "시ㆍ도자치경찰위원회가"로 변경하고, '
                        '"경찰청장의 의견을"을 "시ㆍ도경찰청장의 의견을"로 변경함(안 제35조제1항).')


def test_new_deleted_rewritten_and_retitled_provisions(corpus) -> None:
    lines = reasons_of(
        corpus,
        "rewrite: {at: 제34조, text: 국가는 자치경찰사무의 비용을 지원하여야 한다.}",
        "delete: {at: 제35조제3항}",
        "retitle: {at: 제35조, heading: 자치경찰 예산}",
        "insert: {at: 제35조의2, heading: 자치경찰 재정의 이관, text: 국가는 예산을 이관한다.}",
    )
    assert lines[2:] == [
        "가. 자치경찰사무에 대한 재정적 지원에 관한 규정을 정비함(안 제34조).",
        '나. 예산에 관한 규정 중 제3항을 삭제하고, 조문 제목을 "예산"에서 "자치경찰 예산"으로 변경함(안 제35조).',
        "다. 자치경찰 재정의 이관에 관한 규정을 신설함(안 제35조의2).",
    ]


def test_json_has_no_placeholder_and_names_every_touched_article(corpus, tmp_path, small_corpus, capsys) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "law: police-act\nchanges:\n"
        '  - replace: {at: 제19조제1항, old: "7명의", new: "9명의"}\n'
        "  - insert: {at: 제24조제1항제17호, text: 자치경찰사무에 필요한 예산의 편성 및 집행에 관한 사항}\n"
        "  - delete: {at: 제35조제3항}\n"
        "  - insert_chapter:\n      at: 제8장의2\n      title: 이원화 시범운영\n      articles:\n"
        "        - {at: 제36조의2, heading: 시범운영 지역, text: 시범운영을 할 수 있다.}\n"
        "        - {at: 제36조의3, heading: 시범운영의 평가, text: 성과를 평가하여야 한다.}\n",
        encoding="utf-8",
    )
    assert main(["render", str(spec), "--format", "json", "--corpus", str(small_corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    reasons = data["reasons"]
    assert data["reasons_draft"] is True
    assert "적는다" not in reasons and "제안이유 및 주요내용을" not in reasons
    lines = reasons.split("\n")
    assert lines[0] == DRAFT_NOTE
    points = lines[2:]
    assert [p[:2] for p in points] == ["가.", "나.", "다.", "라.", "마."]
    for article in data["articles"]:
        assert re.search(rf"\(안 {article}(?:제|\)| 및)", reasons), article
    hangul = sum("가" <= ch <= "힣" for ch in reasons)
    latin = sum(ch.isascii() and ch.isalpha() for ch in reasons)
    assert latin == 0 and hangul > 100
    assert "라. 제8장의2 이원화 시범운영을 신설하고, 시범운영 지역에 관한 규정을 둠(안 제36조의2)." in points
    assert points[-1] == "마. 시범운영의 평가에 관한 규정을 둠(안 제36조의3)."
    assert '"자치경찰사무에 필요한 예산의 편성 및 집행에 관한 사항"을 추가함(안 제24조제1항제17호).' in points[1]


def test_draft_mark_is_visible_in_every_export_and_absent_when_reasons_are_given(corpus, tmp_path) -> None:
    from docx import Document

    from drafter.amend import write_docx, write_hwpx

    bill = build_bill(corpus, load_spec("law: police-act\nchanges:\n  - delete: {at: 제35조제3항}\n"))
    assert DRAFT_NOTE in bill.bill_markdown
    docx = Document(str(write_docx(bill, tmp_path / "b.docx")))
    assert DRAFT_NOTE in [p.text for p in docx.paragraphs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        hwpx = HwpxDocument.open(str(write_hwpx(bill, tmp_path / "b.hwpx")))
    assert DRAFT_NOTE in [p.text for p in hwpx.paragraphs]

    given = build_bill(corpus, load_spec("law: police-act\nchanges:\n  - delete: {at: 제35조제3항}\n"
                                         "reasons: 시ㆍ도의회의 자료 요구 조항을 삭제하려는 것임.\n"))
    assert not given.reasons_draft and given.to_json_dict()["reasons_draft"] is False
    assert DRAFT_NOTE not in given.bill_markdown


def test_renumbering_says_where_the_provision_goes(corpus) -> None:
    lines = reasons_of(corpus, "move: {at: 제35조제3항, to: 제35조제4항}")
    assert lines[2] == "가. 예산에 관한 규정 중 제3항을 제4항으로 옮김(안 제35조제4항)."
