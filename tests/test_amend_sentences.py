"""개정문 goldens: one test per row of the reference table (§2) and the shapes of
real 개정문 found in the 부칙 of police-act (제7조 다른 법률의 개정), written as
specs against police-act provisions."""

from __future__ import annotations

import pytest

from drafter.amend import AmendmentSpec, build_bill, load_spec
from drafter.corpus.corpus import Corpus

LAW = "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"


@pytest.fixture(scope="module")
def police(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus, only={"police-act"})


def sentences(corpus: Corpus, changes_yaml: str) -> list[str]:
    spec = load_spec("law: police-act\nchanges:\n" + changes_yaml)
    return build_bill(corpus, spec).amendment_sentences


# -- the reference table, row by row ------------------------------------------------------


def test_replace_words_in_a_hang(police) -> None:
    assert sentences(police, '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n') == [
        '제35조제1항 중 "시ㆍ도지사가"를 "시ㆍ도자치경찰위원회가"로 한다.'
    ]


def test_replace_in_one_half_of_a_sentence(police) -> None:
    out = sentences(police, '  - replace: {at: 제35조제1항, old: "경찰청장의", new: "시ㆍ도경찰청장의", part: 후단}\n'
                            '  - replace: {at: 제18조제1항, old: "2개의 시ㆍ도자치경찰위원회를", '
                            'new: "2개 이하의 시ㆍ도자치경찰위원회를", part: 단서}\n')
    assert out == [
        '제18조제1항 단서 중 "2개의 시ㆍ도자치경찰위원회를"을 "2개 이하의 시ㆍ도자치경찰위원회를"로 한다.',
        '제35조제1항 후단 중 "경찰청장의"를 "시ㆍ도경찰청장의"로 한다.',
    ]


def test_same_words_several_times(police) -> None:
    assert sentences(police, '  - replace: {at: 제24조제1항, old: "예산", new: "예산ㆍ인력", all: true}\n') == [
        '제24조제1항 중 "예산"을 각각 "예산ㆍ인력"으로 한다.'
    ]


def test_several_changes_in_one_article_join_with_hago_hamyeo(police) -> None:
    out = sentences(police, (
        '  - replace: {at: 제35조제3항, old: "시ㆍ도의회는", new: "시ㆍ도의회의 의장은"}\n'
        '  - replace: {at: 제35조제1항, old: "경찰청장의", new: "시ㆍ도경찰청장의", part: 후단}\n'
        '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n'
    ))
    assert out == [
        '제35조제1항 중 "시ㆍ도지사가"를 "시ㆍ도자치경찰위원회가"로 하고, 같은 항 후단 중 "경찰청장의"를 '
        '"시ㆍ도경찰청장의"로 하며, 같은 조 제3항 중 "시ㆍ도의회는"을 "시ㆍ도의회의 의장은"으로 한다.'
    ]


def test_rewrite_a_whole_article(police) -> None:
    text = "국가는 자치경찰사무에 필요한 인력과 예산을 시ㆍ도에 이관하여야 한다."
    # no heading given, no label in the text: the heading stays, the sentence says so
    # (real: jeju-special-act.md:5170 제344조 제목 외의 부분을 다음과 같이 한다.)
    (out,) = sentences(police, f'  - rewrite: {{at: 제34조, text: "{text}"}}\n')
    assert out == f"제34조 제목 외의 부분을 다음과 같이 한다.\n{text}"
    # with its label and heading, the whole article is rewritten
    (out,) = sentences(police, f'  - rewrite: {{at: 제34조, text: "제34조(재정 지원) {text}"}}\n')
    assert out == f"제34조를 다음과 같이 한다.\n제34조(재정 지원) {text}"


def test_rewrite_a_hang(police) -> None:
    (out,) = sentences(police, '  - rewrite: {at: 제35조제1항, text: "자치경찰 예산은 시ㆍ도자치경찰위원회가 수립한다."}\n')
    assert out == "제35조제1항을 다음과 같이 한다.\n① 자치경찰 예산은 시ㆍ도자치경찰위원회가 수립한다."


def test_new_article(police) -> None:
    spec = (
        "  - insert:\n      at: 제35조의2\n      heading: 자치경찰 재정의 이관\n      text: |\n"
        "        ① 국가는 예산을 시ㆍ도에 이관한다.\n        ② 이관의 범위는 다음 각 호와 같다.\n"
        "          1. 인건비\n          2. 경상경비\n"
    )
    (out,) = sentences(police, spec)
    assert out == (
        "제35조의2를 다음과 같이 신설한다.\n제35조의2(자치경찰 재정의 이관) ① 국가는 예산을 시ㆍ도에 이관한다.\n"
        "② 이관의 범위는 다음 각 호와 같다.\n  1. 인건비\n  2. 경상경비"
    )


def test_new_hang_at_the_end(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제35조제4항, text: "시ㆍ도지사는 예산안을 제출하여야 한다."}\n')
    assert out == "제35조에 제4항을 다음과 같이 신설한다.\n④ 시ㆍ도지사는 예산안을 제출하여야 한다."


def test_new_ho_at_the_end(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제24조제1항제18호, text: "자치경찰 예산의 편성"}\n')
    assert out == "제24조제1항에 제18호를 다음과 같이 신설한다.\n18. 자치경찰 예산의 편성"


def test_new_ho_in_the_middle_renumbers(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제24조제1항제17호, text: "자치경찰 예산의 편성"}\n')
    assert out == "제24조제1항제17호를 제18호로 하고, 같은 항에 제17호를 다음과 같이 신설한다.\n17. 자치경찰 예산의 편성"


def test_new_ho_in_the_middle_several_pushed_down(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제24조제1항제15호, text: "예산", renumber: true}\n')
    assert out.split("\n")[0] == (
        "제24조제1항제15호부터 제17호까지를 각각 제16호부터 제18호까지로 하고, 같은 항에 제15호를 다음과 같이 신설한다."
    )


def test_new_hang_in_the_middle_with_renumber(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제35조제2항, text: "새 항", renumber: true}\n')
    assert out == "제35조제2항 및 제3항을 각각 제3항 및 제4항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 새 항"


def test_branch_ho_needs_no_renumbering(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제24조제1항제16호의2, text: "예산"}\n')
    assert out == "제24조제1항에 제16호의2를 다음과 같이 신설한다.\n16의2. 예산"


def test_new_hang_in_a_single_paragraph_article(police) -> None:
    (out,) = sentences(police, '  - insert: {at: 제34조제2항, text: "제1항의 비용은 대통령령으로 정한다."}\n')
    # real: autonomous-police-committee-decree.md:711
    assert out == "제34조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 제1항의 비용은 대통령령으로 정한다."


def test_delete_article_and_hang(police) -> None:
    assert sentences(police, "  - delete: {at: 제33조}\n  - delete: {at: 제35조제3항}\n") == [
        "제33조를 삭제한다.",
        "제35조제3항을 삭제한다.",
    ]


def test_article_heading(police) -> None:
    assert sentences(police, "  - retitle: {at: 제35조, heading: 자치경찰 예산}\n") == [
        '제35조의 제목 "(예산)"을 "(자치경찰 예산)"으로 한다.'
    ]


def test_articles_in_order_whatever_the_input_order(police) -> None:
    out = sentences(police, (
        "  - delete: {at: 제35조제3항}\n"
        '  - insert: {at: 제35조의2, heading: 이관, text: "국가는 이관한다."}\n'
        '  - replace: {at: 제34조, old: "인력, 장비 등에", new: "인력, 장비, 시설 등에"}\n'
        "  - retitle: {at: 제35조, heading: 자치경찰 예산}\n"
    ))
    assert [s.split("\n")[0] for s in out] == [
        '제34조 중 "인력, 장비 등에"를 "인력, 장비, 시설 등에"로 한다.',
        '제35조의 제목 "(예산)"을 "(자치경찰 예산)"으로 하고, 같은 조 제3항을 삭제한다.',
        "제35조의2를 다음과 같이 신설한다.",
    ]


def test_particles_follow_numbers_in_quotes(police) -> None:
    out = sentences(police, (
        '  - replace: {at: 제19조제1항, old: "7명", new: "9명"}\n'
        '  - replace: {at: 제19조제2항, old: "10분의 6", new: "10분의 7"}\n'
    ))
    assert out == ['제19조제1항 중 "7명"을 "9명"으로 하고, 같은 조 제2항 중 "10분의 6"을 "10분의 7"로 한다.']


def test_striking_words_without_replacement(police) -> None:
    assert sentences(police, '  - replace: {at: 제35조제2항, old: "조례에서 정하는 ", new: ""}\n') == [
        '제35조제2항 중 "조례에서 정하는 "을 삭제한다.'
    ]


def test_typeset_quotes_for_docx_and_hwpx(police) -> None:
    spec = load_spec('law: police-act\nchanges:\n  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n')
    bill = build_bill(police, spec)
    assert bill.amendment_sentences_typeset == ["제35조제1항 중 “시ㆍ도지사가”를 “시ㆍ도자치경찰위원회가”로 한다."]


# -- shapes of real 개정문 (police-act 부칙 제7조), reproduced on police-act provisions -------


def test_real_shape_both_halves_each(police) -> None:
    # real: 제11조의2제5항 전단 및 후단 중 "경찰위원회"를 각각 "국가경찰위원회"로 한다.
    assert sentences(police, '  - replace: {at: 제35조제1항, old: "시ㆍ도자치경찰위원회", new: "자치경찰위원회", all: true}\n') == [
        '제35조제1항 전단 및 후단 중 "시ㆍ도자치경찰위원회"를 각각 "자치경찰위원회"로 한다.'
    ]


def test_real_shape_two_pairs_in_one_provision(police) -> None:
    # real: 제1조제2항 중 "지방경찰청장"을 "시ㆍ도경찰청장"으로, "다른 지방경찰청"을 "다른 시ㆍ도경찰청"으로 한다.
    out = sentences(police, (
        '  - replace: {at: 제14조제2항, old: "국가경찰위원회의 동의를", new: "국가경찰위원회의 심의를"}\n'
        '  - replace: {at: 제14조제2항, old: "국회의 인사청문을", new: "국회의 인사청문회를"}\n'
    ))
    assert out == ['제14조제2항 중 "국가경찰위원회의 동의를"을 "국가경찰위원회의 심의를"로, '
                   '"국회의 인사청문을"을 "국회의 인사청문회를"로 한다.']


def test_real_shape_same_words_in_several_provisions(police) -> None:
    # real: 제138조제2항 및 제3항, … 중 "국가경찰공무원"을 각각 "경찰공무원"으로 한다.
    out = sentences(police, (
        '  - replace: {at: 제28조제3항, old: "지휘ㆍ감독", new: "지휘ㆍ명령", all: true}\n'
        '  - replace: {at: 제28조제4항, old: "지휘ㆍ감독", new: "지휘ㆍ명령", all: true}\n'
    ))
    # both provisions hold the words in both halves: the list names the halves, joined with ㆍ
    # (real: gangwon-special-act.md:1470 제33조제5항 전단ㆍ후단 및 제58조제1항 각 호 외의 부분 전단ㆍ후단 중 …)
    assert out == ['제28조제3항 본문ㆍ단서 및 같은 조 제4항 본문ㆍ단서 중 "지휘ㆍ감독"을 각각 "지휘ㆍ명령"으로 한다.']


def test_real_shape_hang_ho_and_next_hang(police) -> None:
    # real: 제5조제1항제1호 중 "…"을 "…"으로 하고, 같은 항 제2호 중 "…"를 "…"로 하고, 같은 조 제2항 중 …
    out = sentences(police, (
        '  - replace: {at: 제20조제1항제1호, old: "2명", new: "3명"}\n'
        '  - replace: {at: 제20조제1항제2호, old: "1명", new: "2명"}\n'
        '  - replace: {at: 제20조제2항, old: "자격을", new: "자격 중 하나를"}\n'
    ))
    assert out == ['제20조제1항제1호 중 "2명"을 "3명"으로 하고, 같은 항 제2호 중 "1명"을 "2명"으로 하며, '
                   '같은 조 제2항 각 호 외의 부분 중 "자격을"을 "자격 중 하나를"로 한다.']


def test_real_shape_lead_text_of_items(police) -> None:
    # real: 제130조제2항 각 호 외의 부분 중 "관할 지방경찰청장"을 "관할 시ㆍ도경찰청장"으로 한다.
    assert sentences(police, '  - replace: {at: 제24조제1항, old: "소관 사무는", new: "소관 사무는 예산을 포함하여"}\n') == [
        '제24조제1항 각 호 외의 부분 중 "소관 사무는"을 "소관 사무는 예산을 포함하여"로 한다.'
    ]


def test_real_shape_front_half_named(police) -> None:
    # real: 제76조의2제2항 전단 중 "「경찰법」 제2조에 따른 …"를 "…"로 한다.
    assert sentences(police, '  - replace: {at: 제13조, old: "시ㆍ도경찰청을 두고", new: "시ㆍ도경찰청을 두며", part: 전단}\n') == [
        '제13조 전단 중 "시ㆍ도경찰청을 두고"를 "시ㆍ도경찰청을 두며"로 한다.'
    ]


def test_real_shape_hanja_inside_quotes(police) -> None:
    # real: "국가경찰공무원(檢察搜査官 및 軍司法警察官吏를 포함한다)은"을 …
    assert sentences(police, '  - replace: {at: 제7조제2항, old: "비상임(非常任)", new: "상임(常任)"}\n') == [
        '제7조제2항 중 "비상임(非常任)"을 "상임(常任)"으로 한다.'
    ]


def test_spec_built_in_code_gives_the_same_sentence(police) -> None:
    from drafter.amend import Replace

    spec = AmendmentSpec(law="police-act", changes=[Replace(at="제35조 제1항", old="시ㆍ도지사가", new="시ㆍ도자치경찰위원회가")])
    assert build_bill(police, spec).amendment_sentences == ['제35조제1항 중 "시ㆍ도지사가"를 "시ㆍ도자치경찰위원회가"로 한다.']


def test_new_chapter(police) -> None:
    spec = (
        "  - insert_chapter:\n      at: 제8장의2\n      title: 자치경찰 재정\n      articles:\n"
        '        - {at: 제36조의2, heading: 재정의 이관, text: "국가는 예산을 이관한다."}\n'
        '        - {at: 제36조의3, heading: 재정 지원, text: "국가는 지원한다."}\n'
        '        - {at: 제36조의4, heading: 보고, text: "시ㆍ도지사는 보고한다."}\n'
    )
    (out,) = sentences(police, spec)
    assert out == (
        "제8장의2(제36조의2부터 제36조의4까지)를 다음과 같이 신설한다.\n제8장의2 자치경찰 재정\n"
        "제36조의2(재정의 이관) 국가는 예산을 이관한다.\n제36조의3(재정 지원) 국가는 지원한다.\n"
        "제36조의4(보고) 시ㆍ도지사는 보고한다."
    )


def test_new_chapter_of_two_articles(police) -> None:
    spec = (
        "  - insert_chapter:\n      at: 제8장의2\n      title: 자치경찰 재정\n      articles:\n"
        '        - {at: 제36조의2, heading: 이관, text: "가"}\n        - {at: 제36조의3, heading: 지원, text: "나"}\n'
    )
    (out,) = sentences(police, spec)
    assert out.split("\n")[0] == "제8장의2(제36조의2ㆍ제36조의3)를 다음과 같이 신설한다."
