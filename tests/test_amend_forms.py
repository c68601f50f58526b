"""Every supported 개정문 form, checked against a real sentence from the corpus 부칙.

Each case is a tiny statute holding the provisions and words a real sentence names, the spec a
drafter would write for that change, and the real sentence (curly quotes made straight) as the
expected output; the comment names the corpus file and line it comes from. A last test rebuilds
a sample of real sentences straight from the corpus files (scripts/real_sentences.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.amend import AmendmentError, SpecError, apply_spec, load_spec
from drafter.amend.sentences import Item, list_phrase
from drafter.corpus.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

FRONT = """---
제목: {title}
법령구분: 법률
공포일자: 2024-01-02
공포번호: '19999'
시행일자: 2024-07-03
상태: 시행
---

# {title}

"""
TAIL = "\n## 부칙\n\n부칙 <제19999호,2024.1.2>\n\n이 법은 공포 후 6개월이 경과한 날부터 시행한다.\n"


def article(label: str, heading: str, *hangs: str) -> str:
    """``hangs``: one text for a single-항 article, else ①② texts; a text may carry 호 lines."""
    out = [f"##### {label} ({heading})", ""]
    if len(hangs) == 1:
        out += [hangs[0], ""]
    else:
        for i, h in enumerate(hangs):
            out += [f"**{'①②③④⑤⑥⑦⑧⑨⑩'[i]}** {h}", ""]
    return "\n".join(out) + "\n"


def hos(*items: str) -> str:
    return "\n\n" + "\n".join(f"  {i}\\. {t}" for i, t in enumerate(items, start=1))


def render(tmp_path: Path, body: str, changes: str, title: str = "시험법") -> list[str]:
    root = tmp_path / "corpus"
    (root / "statutes").mkdir(parents=True, exist_ok=True)
    (root / "papers").mkdir(exist_ok=True)
    (root / "statutes" / "t.md").write_text(FRONT.format(title=title) + body + TAIL, encoding="utf-8")
    corpus = Corpus.load(root)
    spec = load_spec(f"law: t\nchanges:\n{changes}")
    from drafter.amend.sentences import amendment_sentences

    return amendment_sentences(apply_spec(corpus.statute("t"), spec).changes)


def first_lines(out: list[str]) -> str:
    return " ".join(s.split("\n")[0] for s in out)


FILLER = "그 밖에 필요한 사항은 대통령령으로 정한다."


# -- merged replacements ---------------------------------------------------------------------


def test_same_replacement_across_articles_is_one_clause(tmp_path) -> None:
    # autonomous-police-committee-decree.md:282
    body = (article("제3조", "징계", FILLER, "지방경찰청에 둔다.")
            + article("제5조", "위원회", FILLER, FILLER, "지방경찰청의 위원회는 둔다."))
    out = render(tmp_path, body, '  - replace: {at: 제5조제3항, old: 지방경찰청, new: 시ㆍ도경찰청}\n'
                                  '  - replace: {at: 제3조제2항, old: 지방경찰청, new: 시ㆍ도경찰청}\n')
    assert out == ['제3조제2항 및 제5조제3항 중 "지방경찰청"을 각각 "시ㆍ도경찰청"으로 한다.']


def test_consecutive_articles_are_a_range(tmp_path) -> None:
    # jeju-special-act.md:7167
    body = "".join(article(f"제{n}조", "권한", "국가보훈처장의 권한은 도지사가 행사한다.") for n in range(341, 350))
    changes = "".join(f'  - replace: {{at: 제{n}조, old: 국가보훈처장, new: 국가보훈부장관}}\n' for n in range(341, 350))
    assert render(tmp_path, body, changes) == ['제341조부터 제349조까지 중 "국가보훈처장"을 각각 "국가보훈부장관"으로 한다.']


def test_consecutive_paragraphs_are_a_range(tmp_path) -> None:
    # autonomous-police-committee-decree.md:333
    body = article("제17조", "보고", FILLER, *["지방경찰청장에게 보고한다."] * 3)
    changes = "".join(f'  - replace: {{at: 제17조제{n}항, old: 지방경찰청장, new: 시ㆍ도경찰청장}}\n' for n in (2, 3, 4))
    assert render(tmp_path, body, changes) == ['제17조제2항부터 제4항까지 중 "지방경찰청장"을 각각 "시ㆍ도경찰청장"으로 한다.']


def test_sibling_with_a_part(tmp_path) -> None:
    # jeju-special-act.md:5836
    body = article("제453조", "감독", "국민안전처장관이 감독한다.", "감독은 한다. 다만, 국민안전처장관은 그러하지 아니하다.")
    out = render(tmp_path, body, '  - replace: {at: 제453조제2항, old: 국민안전처장관, new: 소방청장, part: 단서}\n'
                                  '  - replace: {at: 제453조제1항, old: 국민안전처장관, new: 소방청장}\n')
    assert out == ['제453조제1항 및 같은 조 제2항 단서 중 "국민안전처장관"을 각각 "소방청장"으로 한다.']


def test_siblings_in_a_longer_list_take_a_middle_dot(tmp_path) -> None:
    # decentralization-act.md:2067
    law = "「지방자치분권 및 지역균형발전에 관한 특별법」"
    body = (article("제103조", "지원", f"{law}에 따른다.", f"{law}에 따른 지원을 한다.")
            + article("제116조", "특례", f"{law}에 따른 특례를 둔다."))
    changes = "".join(f'  - replace: {{at: {a}, old: "{law}", new: "「지방자치분권 및 균형성장에 관한 특별법」"}}\n'
                      for a in ("제116조", "제103조제2항", "제103조제1항"))
    assert render(tmp_path, body, changes) == [
        f'제103조제1항ㆍ제2항 및 제116조 중 "{law}"을 각각 "「지방자치분권 및 균형성장에 관한 특별법」"으로 한다.']


def test_list_with_a_gap_refers_back(tmp_path) -> None:
    # police-act.md:499 (제16조제1항, 같은 조 제3항 및 제4항 …)
    body = article("제16조", "등록", "지방경찰청장에게 한다.", FILLER, "지방경찰청장이 정한다.", "지방경찰청장이 한다.")
    changes = "".join(f'  - replace: {{at: 제16조제{n}항, old: 지방경찰청장, new: 시ㆍ도경찰청장}}\n' for n in (1, 3, 4))
    assert render(tmp_path, body, changes) == [
        '제16조제1항, 같은 조 제3항 및 제4항 중 "지방경찰청장"을 각각 "시ㆍ도경찰청장"으로 한다.']


def test_merge_only_exactly_the_same_replacements(tmp_path) -> None:
    # the real ra-022 (통합방위법 시행령): 제31조제2항 전단 keeps its own clause, 제3항부터 제5항까지 merge
    body = article("제31조", "조사", FILLER,
                   "지방경찰청장, 관계 사항 및 지방경찰청장등에 관한 사항은 정한다. 이 경우 지방경찰청장에 관한 사항은 따로 정할 수 있다.",
                   *["지방경찰청장등에 관한 사항은 정한다."] * 3)
    changes = ('  - replace: {at: 제31조제2항, old: "지방경찰청장,", new: "시ㆍ도경찰청장,", part: 전단}\n'
               '  - replace: {at: 제31조제2항, old: 지방경찰청장등, new: 시ㆍ도경찰청장등, part: 전단}\n'
               '  - replace: {at: 제31조제2항, old: 지방경찰청장, new: 시ㆍ도경찰청장, part: 후단}\n'
               + "".join(f'  - replace: {{at: 제31조제{n}항, old: 지방경찰청장등, new: 시ㆍ도경찰청장등}}\n' for n in (3, 4, 5)))
    assert render(tmp_path, body, changes) == [
        '제31조제2항 전단 중 "지방경찰청장,"을 "시ㆍ도경찰청장,"으로, "지방경찰청장등"을 "시ㆍ도경찰청장등"으로 하고, '
        '같은 항 후단 중 "지방경찰청장"을 "시ㆍ도경찰청장"으로 하며, 같은 조 제3항부터 제5항까지 중 '
        '"지방경찰청장등"을 각각 "시ㆍ도경찰청장등"으로 한다.']


def test_two_pairs_in_several_provisions(tmp_path) -> None:
    # npa-organization-decree.md:1089 (shape): 제58조제1항 및 제2항 중 "A"를 각각 "B"로, "C"를 각각 "D"로 한다.
    body = article("제58조", "관할", "부산과 광주의 경찰청과 전라도의 경찰청을 둔다.", "부산과 광주의 경찰청과 전라도의 경찰청은 정한다.")
    changes = "".join(f'  - replace: {{at: 제58조제{n}항, old: {o}, new: {w}}}\n'
                      for n in (1, 2) for o, w in (("부산과 광주", "광주와 부산"), ("전라도의", "전북의")))
    assert render(tmp_path, body, changes) == [
        '제58조제1항 및 제2항 중 "부산과 광주"를 각각 "광주와 부산"으로, "전라도의"를 각각 "전북의"로 한다.']


def test_cross_article_group_is_its_own_sentence_at_its_first_provision(tmp_path) -> None:
    # the corpus orders the sentences of a block by their first provision (autonomous-police-committee-decree.md:261-270)
    body = (article("제3조", "가", "지방경찰청장과 해당 지방경찰청은 한다.")
            + article("제4조", "나", "지방경찰청장이 한다.") + article("제11조", "다", "지방경찰청이 한다."))
    out = render(tmp_path, body, '  - replace: {at: 제11조, old: 지방경찰청이, new: 시ㆍ도경찰청이}\n'
                                  '  - replace: {at: 제4조, old: 지방경찰청장, new: 시ㆍ도경찰청장}\n'
                                  '  - replace: {at: 제3조, old: 지방경찰청장과, new: 시ㆍ도경찰청장과}\n'
                                  '  - replace: {at: 제3조, old: 해당 지방경찰청, new: 해당 시ㆍ도경찰청}\n')
    assert out == ['제3조 중 "지방경찰청장과"를 "시ㆍ도경찰청장과"로, "해당 지방경찰청"을 "해당 시ㆍ도경찰청"으로 한다.',
                   '제4조 중 "지방경찰청장"을 "시ㆍ도경찰청장"으로 한다.',
                   '제11조 중 "지방경찰청이"를 "시ㆍ도경찰청이"로 한다.']


# -- headings --------------------------------------------------------------------------------


def test_heading_and_body_with_the_same_words(tmp_path) -> None:
    # decentralization-act.md:1494
    body = article("제4조", "국가균형발전시책의 운영", "국가는 국가균형발전시책을 추진한다.")
    out = render(tmp_path, body, '  - replace: {at: 제4조, old: 국가균형발전시책, new: 지역균형발전시책}\n'
                                  '  - retitle: {at: 제4조, heading: 지역균형발전시책의 운영}\n')
    assert out == ['제4조의 제목 및 같은 조 중 "국가균형발전시책"을 각각 "지역균형발전시책"으로 한다.']


def test_heading_and_paragraphs_with_the_same_words(tmp_path) -> None:
    # autonomous-police-committee-decree.md:297
    body = article("제17조의3", "경찰위원회 보고", "경찰위원회에 보고한다.", "경찰위원회가 정한다.")
    out = render(tmp_path, article("제17조", "전", FILLER) + body,
                 '  - retitle: {at: 제17조의3, old: 경찰위원회, new: 국가경찰위원회}\n'
                 '  - replace: {at: 제17조의3제1항, old: 경찰위원회, new: 국가경찰위원회}\n'
                 '  - replace: {at: 제17조의3제2항, old: 경찰위원회, new: 국가경찰위원회}\n')
    assert out == ['제17조의3의 제목 및 같은 조 제1항ㆍ제2항 중 "경찰위원회"를 각각 "국가경찰위원회"로 한다.']


def test_heading_words_then_body(tmp_path) -> None:
    # jeju-special-act.md:7768
    body = article("제313조", "원격의료 특례", "원격의료를 할 수 있다.")
    out = render(tmp_path, body, '  - retitle: {at: 제313조, old: 원격의료, new: 비대면협진}\n'
                                  '  - replace: {at: 제313조, old: 원격의료를, new: 비대면협진을}\n')
    assert out == ['제313조의 제목 중 "원격의료"를 "비대면협진"으로 하고, 같은 조 중 "원격의료를"을 "비대면협진을"로 한다.']


@pytest.mark.parametrize("change", [
    "replace: {at: 제8조의 제목, old: 국가균형발전특별회계, new: 지역균형발전특별회계}",
    "retitle: {at: 제8조, old: 국가균형발전특별회계, new: 지역균형발전특별회계}",
    "retitle: {at: 제8조의 제목, old: 국가균형발전특별회계, new: 지역균형발전특별회계}",
])
def test_heading_words_spellings(tmp_path, change: str) -> None:
    # decentralization-act.md:1236 (first clause)
    out = render(tmp_path, article("제8조", "국가균형발전특별회계와의 관계", FILLER), f"  - {change}\n")
    assert out == ['제8조의 제목 중 "국가균형발전특별회계"를 "지역균형발전특별회계"로 한다.']


def test_replace_in_a_chapter_title_or_the_law_title(tmp_path) -> None:
    # jeju-special-act-decree.md:914 spelled as a replace in the chapter
    out = render(tmp_path, CHAPTERS, "  - replace: {at: 제5장, old: 제주특별자치도지원위원회사무처, "
                                     "new: 제주특별자치도 지원위원회 사무처}\n")
    assert out == ['제5장의 제목 중 "제주특별자치도지원위원회사무처"를 "제주특별자치도 지원위원회 사무처"로 한다.']
    out = render(tmp_path, CHAPTERS, "  - replace: {at: 제명, old: 시험법, new: 국가시험법}\n")
    assert out == ['제명 중 "시험법"을 "국가시험법"으로 한다.']


def test_law_title(tmp_path) -> None:
    # autonomous-police-committee-decree.md:303 (the dev case ra-031 spells it retitle {at: 제명, heading})
    out = render(tmp_path, article("제1조", "목적", FILLER), '  - retitle: {at: 제명, heading: 국가경찰위원회 규정}\n',
                 title="경찰위원회규정")
    assert out == ['제명 "경찰위원회규정"을 "국가경찰위원회 규정"으로 한다.']


CHAPTERS = ("## 제5장 제주특별자치도지원위원회사무처\n\n" + article("제20조", "사무처", FILLER)
            + "## 제6장 운영\n\n### 제4절 부산광역시의 시ㆍ도경찰청\n\n" + article("제21조", "경찰청", FILLER)
            + article("제22조", "경찰서", FILLER) + "### 제5절 기타\n\n" + article("제23조", "기타", FILLER))


def test_chapter_heading_words(tmp_path) -> None:
    # jeju-special-act-decree.md:914
    out = render(tmp_path, CHAPTERS, '  - retitle: {at: 제5장, old: 제주특별자치도지원위원회사무처, '
                                     'new: 제주특별자치도 지원위원회 사무처}\n')
    assert out == ['제5장의 제목 중 "제주특별자치도지원위원회사무처"를 "제주특별자치도 지원위원회 사무처"로 한다.']


def test_section_heading_whole(tmp_path) -> None:
    # npa-organization-decree.md:1086 (shape): 제6장제4절의 제목 "A"를 "B"로 한다.
    out = render(tmp_path, CHAPTERS, '  - retitle: {at: 제6장제4절, heading: 전남광주통합특별시의 시ㆍ도경찰청}\n')
    assert out == ['제6장제4절의 제목 "부산광역시의 시ㆍ도경찰청"을 "전남광주통합특별시의 시ㆍ도경찰청"으로 한다.']


def test_article_at_the_end_of_a_section(tmp_path) -> None:
    # jeju-special-act.md:5287 (shape): 제4편제7장제1절에 제426조의2를 다음과 같이 신설한다.
    out = render(tmp_path, CHAPTERS, '  - insert: {at: 제22조의2, under: 제6장제4절, heading: 지원, text: "지원한다."}\n')
    assert out == ["제6장제4절에 제22조의2를 다음과 같이 신설한다.\n제22조의2(지원) 지원한다."]
    # without under: after the last article of a 절 the sentence names it; inside, it does not
    out = render(tmp_path, CHAPTERS, '  - insert: {at: 제22조의2, heading: 지원, text: "지원한다."}\n')
    assert out[0].split("\n")[0] == "제6장제4절에 제22조의2를 다음과 같이 신설한다."
    out = render(tmp_path, CHAPTERS, '  - insert: {at: 제21조의2, heading: 지원, text: "지원한다."}\n')
    assert out[0].split("\n")[0] == "제21조의2를 다음과 같이 신설한다."
    with pytest.raises(AmendmentError, match="end of 제6장제4절"):
        render(tmp_path, CHAPTERS, '  - insert: {at: 제20조의2, under: 제6장제4절, heading: 지원, text: "지원한다."}\n')


# -- deletes, inserts, rewrites, renumbering ---------------------------------------------------


def test_several_deletions(tmp_path) -> None:
    # sejong-special-act.md:433 and decentralization-act.md:2162
    body = (article("제19조", "지원", *[FILLER] * 6, "다음 사항을 지원한다." + hos(*["지원"] * 6))
            + article("제59조", "가", FILLER) + article("제60조", "나", FILLER) + article("제61조", "다", FILLER))
    assert render(tmp_path, body, '  - delete: {at: 제19조제7항제6호}\n  - delete: {at: 제19조제7항제2호}\n') == [
        "제19조제7항제2호 및 제6호를 각각 삭제한다."]
    assert render(tmp_path, body, '  - delete: {at: 제59조}\n  - delete: {at: 제60조}\n') == ["제59조 및 제60조를 각각 삭제한다."]


def test_several_new_paragraphs(tmp_path) -> None:
    # jeonbuk-special-act.md:1700
    body = article("제10조", "특례", *[FILLER] * 7)
    out = render(tmp_path, body, '  - insert: {at: 제10조제8항, text: "⑧ 여덟째."}\n'
                                  '  - insert: {at: 제10조제9항, text: "⑨ 아홉째."}\n')
    assert out == ["제10조에 제8항 및 제9항을 각각 다음과 같이 신설한다.\n⑧ 여덟째.\n⑨ 아홉째."]


def test_single_paragraph_article_gets_a_second(tmp_path) -> None:
    # autonomous-police-committee-decree.md:711
    out = render(tmp_path, article("제4조", "회의", FILLER), '  - insert: {at: 제4조제2항, text: "② 둘째."}\n')
    assert out == ["제4조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 둘째."]


def test_rewrite_without_heading(tmp_path) -> None:
    # jeju-special-act.md:5170
    out = render(tmp_path, article("제344조", "권한", FILLER), '  - rewrite: {at: 제344조, text: "도지사가 처리한다."}\n')
    assert out == ["제344조 제목 외의 부분을 다음과 같이 한다.\n도지사가 처리한다."]


def test_rewrite_of_a_half(tmp_path) -> None:
    # jeju-special-act-decree.md:1410
    body = article("제13조", "위원", "위원은 둔다. 이 경우 위원은 5명으로 한다.")
    out = render(tmp_path, body, '  - rewrite: {at: 제13조, part: 후단, text: "이 경우 위원은 7명으로 한다."}\n')
    assert out == ["제13조 후단을 다음과 같이 한다.\n이 경우 위원은 7명으로 한다."]
    with pytest.raises(AmendmentError, match="has no 단서"):
        render(tmp_path, body, '  - rewrite: {at: 제13조, part: 단서, text: "다만, 없다."}\n')
    # the address as the sentence writes it
    out = render(tmp_path, body, '  - rewrite: {at: 제13조 후단, text: "이 경우 위원은 7명으로 한다."}\n')
    assert out == ["제13조 후단을 다음과 같이 한다.\n이 경우 위원은 7명으로 한다."]


def test_renumber_and_insert(tmp_path) -> None:
    # jeju-special-act.md:5484
    body = article("제121조", "특례", FILLER, "둘째.", "셋째.")
    out = render(tmp_path, body, '  - move: {at: 제121조제3항, to: 제121조제4항}\n'
                                  '  - move: {at: 제121조제2항, to: 제121조제3항}\n'
                                  '  - insert: {at: 제121조제2항, text: "② 새 둘째."}\n')
    assert out == ["제121조제2항 및 제3항을 각각 제3항 및 제4항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 새 둘째."]
    # the same with the insert's own renumbering
    out = render(tmp_path, body, '  - insert: {at: 제121조제2항, text: "② 새 둘째.", renumber: true}\n')
    assert out == ["제121조제2항 및 제3항을 각각 제3항 및 제4항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 새 둘째."]


def test_move_an_article_updates_its_citations(tmp_path) -> None:
    from drafter.amend.references import reference_warnings
    from drafter.amend.sentences import amendment_sentences

    body = (article("제5조", "간사", FILLER) + article("제6조", "서기", "제5조에 따른 간사가 겸한다.")
            + article("제8조", "준용", "제5조를 준용한다.", "「경찰공무원법」 제5조와 제5조를 따른다."))
    root = tmp_path / "c"
    (root / "statutes").mkdir(parents=True)
    (root / "papers").mkdir()
    (root / "statutes" / "t.md").write_text(FRONT.format(title="시험법") + body + TAIL, encoding="utf-8")
    statute = Corpus.load(root).statute("t")
    # 제6조 → 제7조 and 제5조 → 제6조 in one spec (any order); the law's own citations follow
    amended = apply_spec(statute, load_spec("law: t\nchanges:\n  - move: {at: 제5조, to: 제6조}\n"
                                            "  - move: {at: 제6조, to: 제7조}\n"))
    assert [a.label for a in amended.articles] == ["제6조", "제7조", "제8조"]
    assert amendment_sentences(amended.changes) == [
        "제5조 및 제6조를 각각 제6조 및 제7조로 한다.",
        # a change in a moved article names its new number (as after an insert: 제18호(종전의 제17호))
        '제7조(종전의 제6조) 및 제8조제1항 중 "제5조"를 각각 "제6조"로 한다.',
    ]
    # a provision that also cites another law's 제5조 is left to the drafter, with a warning
    assert any("제8조제2항" in w and "not updated" in w for w in amended.warnings)
    assert any("제8조제2항" in w for w in reference_warnings(amended))
    # references: false keeps the citations and warns about each
    amended = apply_spec(statute, load_spec("law: t\nchanges:\n  - move: {at: 제5조, to: 제6조, references: false}\n"
                                            "  - move: {at: 제6조, to: 제7조, references: false}\n"))
    (warning,) = [w for w in reference_warnings(amended) if "제5조 becomes" in w]
    assert "제6조" in warning and "제8조제1항" in warning
    with pytest.raises(AmendmentError, match="numbered 제8조"):
        apply_spec(statute, load_spec("law: t\nchanges:\n  - move: {at: 제5조, to: 제8조}\n"))


# -- sub-items, annexes, 부칙, particles --------------------------------------------------------


def test_sub_item(tmp_path) -> None:
    # decentralization-act.md:1437
    old, new = "「국가균형발전 특별법」 제18조", "「지방자치분권 및 지역균형발전에 관한 특별법」 제25조"
    body = article("제33조", "협의", FILLER, FILLER, "다음 사항을 협의한다." + "\n\n" + "\n".join(
        [f"  {i}\\. 사항" for i in range(1, 7)] + ["  7\\. 지원", "    가\\. 가 사항", "    나\\. 나 사항",
                                                   " 1) 첫째", " 2) 둘째", " 3) 셋째", f" 4) {old}에 따른 사항"]))
    out = render(tmp_path, body, f'  - replace: {{at: 제33조제3항제7호나목4), old: "{old}", new: "{new}"}}\n')
    assert out == [f'제33조제3항제7호나목4) 중 "{old}"를 "{new}"로 한다.']


@pytest.mark.parametrize(("change", "expected"), [
    # autonomous-police-committee-decree.md:339
    ('{at: 별표 2 제3호다목, old: 지방경찰청장, new: 시ㆍ도경찰청장}', '별표 2 제3호다목 중 "지방경찰청장"을 "시ㆍ도경찰청장"으로 한다.'),
    # jeju-special-act.md:4876
    ('{at: 별표 제8호, text: "8. 새 호"}', "별표 제8호를 다음과 같이 한다.\n8. 새 호"),
    # 목 letters go on after 하 (거, 너, … 보 …): the corpus has a 거목
    ('{at: 별표 2 제3호보목, old: 가, new: 나}', '별표 2 제3호보목 중 "가"를 "나"로 한다.'),
])
def test_annex(tmp_path, change: str, expected: str) -> None:
    kind = "rewrite" if "text" in change else "replace"
    out = render(tmp_path, article("제1조", "목적", FILLER), f"  - {kind}: {change}\n")
    assert out == [expected]


def test_annex_title_and_order_after_articles(tmp_path) -> None:
    # autonomous-police-committee-decree.md:321 (별표의 제목 중 …) comes after the article sentences
    out = render(tmp_path, article("제1조", "목적", "경찰위원회를 둔다."),
                 '  - retitle: {at: 별표, old: 경찰위원회, new: 국가경찰위원회}\n'
                 '  - replace: {at: 제1조, old: 경찰위원회를, new: 국가경찰위원회를}\n')
    assert out == ['제1조 중 "경찰위원회를"을 "국가경찰위원회를"로 한다.', '별표의 제목 중 "경찰위원회"를 "국가경찰위원회"로 한다.']


def test_annex_places_refer_back_to_the_same_table(tmp_path) -> None:
    # autonomous-police-committee-decree.md:267 (shape; the real one omits 각각):
    # 제11조제3항, 별표 3 제1호가목 본문 및 같은 표 제3호 전단 중 "지방경찰청"을 … 한다.
    body = article("제11조", "관할", FILLER, FILLER, "지방경찰청이 관할한다.")
    out = render(tmp_path, body, '  - replace: {at: 별표 3 제3호, old: 지방경찰청, new: 시ㆍ도경찰청, part: 전단}\n'
                                  '  - replace: {at: 제11조제3항, old: 지방경찰청, new: 시ㆍ도경찰청}\n'
                                  '  - replace: {at: 별표 3 제1호가목, old: 지방경찰청, new: 시ㆍ도경찰청, part: 본문}\n')
    assert out == ['제11조제3항, 별표 3 제1호가목 본문 및 같은 표 제3호 전단 중 "지방경찰청"을 각각 "시ㆍ도경찰청"으로 한다.']
    # jeju-special-act.md (별표 연번 188의 근거법률란 중 …하고, 같은 표 연번 189의 …): one sentence per annex
    out = render(tmp_path, body, '  - replace: {at: 별표 4 제3호, old: 가, new: 나}\n'
                                  '  - replace: {at: 별표 4 제5호, old: 다, new: 라}\n')
    assert out == ['별표 4 제3호 중 "가"를 "나"로 하고, 같은 표 제5호 중 "다"를 "라"로 한다.']


def test_addendum_is_a_named_error() -> None:
    with pytest.raises(SpecError, match="not yet supported"):
        load_spec("law: t\nchanges:\n  - replace: {at: 부칙<제17689호>제3조, old: a, new: b}\n")


def test_parenthetical_quote_takes_the_particle_of_the_word_before(tmp_path) -> None:
    # police-act.md:511
    old = "경찰관(국가경찰공무원만 해당한다. 이하 같다)"
    new = "경찰관(경찰공무원만 해당한다. 이하 같다)"
    out = render(tmp_path, article("제1조", "목적", f"{old}의 직무를 정한다."), f'  - replace: {{at: 제1조, old: "{old}", new: "{new}"}}\n')
    assert out == [f'제1조 중 "{old}"을 "{new}"으로 한다.']


# -- property: lists of provisions ------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 12), st.integers(1, 6)), min_size=2, max_size=8, unique=True))
def test_list_is_in_order_and_ranges_only_consecutive(picks: list[tuple[int, int]]) -> None:
    items = [Item((("조", f"제{a}조"), ("항", f"제{h}항"))) for a, h in sorted(picks)]
    phrase = list_phrase(items)
    # every provision is named, in order: expand the phrase back
    named: list[tuple[int, int]] = []
    import re

    article = 0
    for m in re.finditer(r"(?:제(\d+)조)?제(\d+)항(?:부터 제(\d+)항까지)?|같은 조 제(\d+)항(?:부터 제(\d+)항까지)?", phrase):
        if m.group(2):
            article = int(m.group(1)) if m.group(1) else article
            lo, hi = int(m.group(2)), int(m.group(3) or m.group(2))
        else:
            lo, hi = int(m.group(4)), int(m.group(5) or m.group(4))
        if m.group(3) or m.group(5):
            assert hi - lo >= 2  # a range covers three or more
        named += [(article, h) for h in range(lo, hi + 1)]
    assert named == sorted(picks)
    # no range over a gap: a range's ends are both named and every number between them was picked
    for m in re.finditer(r"제(\d+)항부터 제(\d+)항까지", phrase):
        assert int(m.group(2)) > int(m.group(1))


# -- the corpus itself -------------------------------------------------------------------------


@pytest.mark.skipif(not (CORPUS / "statutes").is_dir(), reason="reference corpus not present")
def test_real_sentences_of_the_corpus_are_rebuilt() -> None:
    """Real single-clause sentences (replace, lists, ranges, deletes, inserts) read from the corpus
    files: the renderer writes almost all of them exactly (figures in docs/benchmarks.md)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import real_sentences as rs

    sentences = rs.extract(CORPUS)
    assert len(sentences) > 700
    by_form: dict[str, list] = {}
    for s in sentences:
        by_form.setdefault(rs.classify(s.text), []).append(s)
    sample = [s for form in ("single replace", "several replaces in one provision", "each occurrence (각각)",
                             "delete (삭제), several", "insert (신설), several", "heading (제목)",
                             "same replace, several provisions: range", "rewrite (다음과 같이 한다)",
                             "law title (제명)", "편/장/절 heading or insert", "single replace: sub-item",
                             "제목 외의 부분", "rewrite (다음과 같이 한다) of a half")
              for s in by_form.get(form, [])[:10]]
    sample += [s for s in by_form.get("compound (하고/하며)", []) if s.file == "autonomous-police-committee-decree.md"]
    sample += [s for s in by_form.get("annex (별표/별지)", []) if s.file == "jeju-special-act.md"]
    results = rs.check(sample)
    built = [(s, got) for s, _form, got, _err in results if got is not None]
    exact = [s for s, got in built if got == s.text]
    assert len(built) >= 60
    assert len(exact) >= len(built) - 2, [(s.where, got) for s, got in built if got != s.text]


def test_comparison_rows_for_title_division_and_annex(tmp_path) -> None:
    from drafter.amend.comparison import build_comparison

    root = tmp_path / "c"
    (root / "statutes").mkdir(parents=True)
    (root / "papers").mkdir()
    (root / "statutes" / "t.md").write_text(FRONT.format(title="경찰위원회규정") + CHAPTERS + TAIL, encoding="utf-8")
    statute = Corpus.load(root).statute("t")
    spec = load_spec("law: t\nchanges:\n  - replace: {at: 별표 2, old: 가, new: 나}\n"
                     "  - retitle: {at: 제6장제4절, heading: 광주광역시의 시ㆍ도경찰청}\n"
                     "  - retitle: {at: 제명, heading: 국가경찰위원회 규정}\n"
                     "  - replace: {at: 제20조, old: 그 밖에, new: 그 밖의}\n")
    amended = apply_spec(statute, spec)
    rows = build_comparison(amended)
    assert [r.article for r in rows] == ["제명", "제20조", "제6장제4절", "별표 2"]
    assert (rows[0].old_text, rows[0].new_text) == ("경찰위원회규정", "국가경찰위원회 규정")
    assert rows[2].old_text == "제4절 부산광역시의 시ㆍ도경찰청"
    assert [s.old for s in rows[3].spans] == ["가"] and [s.new for s in rows[3].spans] == ["나"]
    assert amended.statute.title == "국가경찰위원회 규정"
    assert "제4절 광주광역시의 시ㆍ도경찰청" in amended.statute.articles[1].heading_path
    assert any("별표 2" in w and "not checked" in w for w in amended.warnings)


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    """Articles 제1조…제8조, each with four 항 that hold the same words."""
    root = tmp_path_factory.mktemp("grid")
    (root / "statutes").mkdir()
    (root / "papers").mkdir()
    body = "".join(article(f"제{n}조", "사무", *["지방경찰청장이 처리한다."] * 4) for n in range(1, 9))
    (root / "statutes" / "t.md").write_text(FRONT.format(title="시험법") + body + TAIL, encoding="utf-8")
    return Corpus.load(root).statute("t")


@settings(max_examples=60, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(1, 8), st.integers(1, 4)), min_size=2, max_size=12, unique=True),
       order=st.randoms(use_true_random=False))
def test_same_replacement_anywhere_is_one_sentence_in_provision_order(grid, picks, order) -> None:
    """Random provisions given in random order get one sentence naming each of them once, in
    provision order, with ranges only over three or more consecutive numbers."""
    import re

    sys.path.insert(0, str(ROOT / "scripts"))
    import real_sentences as rs
    from drafter.amend.sentences import amendment_sentences

    shuffled = list(picks)
    order.shuffle(shuffled)
    spec = load_spec("law: t\nchanges:\n" + "".join(
        f"  - replace: {{at: 제{a}조제{h}항, old: 지방경찰청장이, new: 시ㆍ도경찰청장이}}\n" for a, h in shuffled))
    (sentence,) = amendment_sentences(apply_spec(grid, spec).changes)
    head, _, tail = sentence.partition(" 중 ")
    assert tail == '"지방경찰청장이"를 각각 "시ㆍ도경찰청장이"로 한다.'
    named = [(int(p.article[1:-1]), int(p.levels[0][1])) for p in rs.parse_list(head)]
    assert named == sorted(picks)
    for m in re.finditer(r"제(\d+)(조|항)부터 제(\d+)\2까지", head):
        assert int(m.group(3)) - int(m.group(1)) >= 2


@pytest.mark.skipif(not (CORPUS / "statutes" / "police-act.md").is_file(), reason="reference corpus not present")
def test_moving_any_cited_article_of_the_police_act_leaves_no_dangling_reference() -> None:
    """Every police-act article that another provision cites, moved to a free branch number: each
    citation in the law now names the new number, or the bill warns about it."""
    import re

    from drafter.amend.references import citation_spots

    statute = Corpus.load(CORPUS, only={"police-act"}).statute("police-act")
    labels = {a.label for a in statute.articles}
    cited = [a for a in statute.articles if not a.deleted and a.branch is None
             and citation_spots(statute, (("조", a.label),))]
    assert len(cited) >= 10
    for art in cited:
        target = next(f"{art.label}의{b}" for b in range(2, 9) if f"{art.label}의{b}" not in labels)
        amended = apply_spec(statute, load_spec(f"law: police-act\nchanges:\n  - move: {{at: {art.label}, to: {target}}}\n"))
        warned = " ".join(amended.warnings)
        for new_art in amended.statute.articles:
            for hang in new_art.hangs:
                for node in hang.walk():
                    for m in re.finditer(re.escape(art.label) + r"(?![0-9]|의[0-9])", node.text):
                        if re.search(r"(」|같은 법)\s*$", node.text[max(0, m.start() - 6):m.start()]) \
                                or (m.start() and node.text[m.start() - 1].isdigit()):
                            continue  # another law's article, or part of a longer number
                        assert new_art.label in warned, (art.label, new_art.label, node.text[:80])


def test_annex_changes_go_through_the_whole_bill(tmp_path) -> None:
    """The bill (spec preparation, self-check, table) takes annex changes as they are."""
    from drafter.amend import build_bill

    root = tmp_path / "c"
    (root / "statutes").mkdir(parents=True)
    (root / "papers").mkdir()
    (root / "statutes" / "t.md").write_text(FRONT.format(title="시험법") + article("제1조", "목적", FILLER) + TAIL,
                                            encoding="utf-8")
    spec = load_spec("law: t\nchanges:\n  - rewrite: {at: 별표 1, text: 새 별표}\n"
                     "  - rewrite: {at: 별표 중 연번 15의 근거 법률란, text: 새 칸}\n  - delete: {at: 별표 3}\n")
    bill = build_bill(Corpus.load(root), spec)
    assert [s.split("\n")[0] for s in bill.amendment_sentences] == [
        "별표 중 연번 15의 근거 법률란을 다음과 같이 한다.", "별표 1을 다음과 같이 한다.", "별표 3을 삭제한다."]
    assert sum("not checked" in w for w in bill.warnings) == 3
