"""Applying changes: the amended statute, the corpus left untouched, and named errors."""

from __future__ import annotations

import pytest

from drafter.amend import AmendmentError, apply_spec, load_spec
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Statute
from drafter.corpus.statute_render import render_article
from drafter.errors import DrafterError


@pytest.fixture(scope="module")
def statute(reference_corpus) -> Statute:
    return Corpus.load(reference_corpus, only={"police-act"}).statute("police-act")


def spec_of(changes_yaml: str):
    return load_spec("law: police-act\nchanges:\n" + changes_yaml)


def article_text(st: Statute, key: str) -> str:
    art = st.article(key)
    assert art is not None, key
    return render_article(art)


def test_amended_statute_has_the_changes_and_corpus_is_untouched(statute) -> None:
    before = statute.model_dump_json()
    amended = apply_spec(statute, spec_of(
        '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n'
        "  - retitle: {at: 제35조, heading: 자치경찰 예산}\n"
        '  - insert: {at: 제35조의2, heading: 재정 이관, text: "국가는 예산을 이관한다."}\n'
        "  - delete: {at: 제35조제3항}\n"
    ))
    assert statute.model_dump_json() == before
    new = amended.statute
    assert "시ㆍ도자치경찰위원회가 수립한다" in article_text(new, "제35조")
    assert new.article("제35조").heading == "자치경찰 예산"
    assert new.article("제35조").hangs[2].deleted
    keys = [a.key for a in new.articles]
    assert keys.index("제35조") < keys.index("제35조의2") < keys.index("제36조")
    assert amended.touched == ["제35조", "제35조의2"]
    assert "시ㆍ도지사가 수립한다" in article_text(statute, "제35조")


def test_renumbered_provisions_keep_their_text(statute) -> None:
    amended = apply_spec(statute, spec_of('  - insert: {at: 제24조제1항제17호, text: "예산 편성", renumber: true}\n'))
    hos = amended.statute.article("제24조").hangs[0].hos
    assert [h.number for h in hos[-2:]] == ["17", "18"]
    assert hos[-2].text == "예산 편성"
    assert hos[-1].text.startswith("그 밖에 시ㆍ도지사")


def test_apply_renders_the_law_with_marks(statute) -> None:
    text = apply_spec(statute, spec_of('  - replace: {at: 제34조, old: "인력, 장비", new: "인력, 예산, 장비"}\n')).render()
    assert text.startswith("국가경찰과 자치경찰의 조직 및 운영에 관한 법률\n")
    assert "▶ 제34조(자치경찰사무에 대한 재정적 지원) 국가는" in text
    assert "인력, 예산, 장비 등에 소요되는 비용에 대하여 재정적 지원을 하여야 한다. <개정>" in text
    assert "제36조 삭제 <2022.11.15>" in text


@pytest.mark.parametrize(
    ("changes", "reason", "index", "kind", "fragment"),
    [
        ('  - replace: {at: 제99조, old: "a", new: "b"}\n', "unknown-address", 1, "replace", "제99조"),
        ('  - replace: {at: 제35조제9항, old: "a", new: "b"}\n', "unknown-address", 1, "replace", "제9항"),
        ('  - replace: {at: 제35조제1항, old: "없는 말", new: "b"}\n', "not-found", 1, "replace", "not found"),
        ('  - replace: {at: 제16조제7항, old: "임용하는 경우", new: "b"}\n', "not-found", 1, "replace", "임용하는  경우"),
        ('  - replace: {at: 제35조제1항, old: "시ㆍ도자치경찰위원회", new: "b"}\n', "ambiguous", 1, "replace", "2 times"),
        ('  - insert: {at: 제35조제3항, text: "x"}\n', "exists", 1, "insert", "exists"),
        ('  - insert: {at: 제35조, heading: x, text: "x"}\n', "exists", 1, "insert", "exists"),
        ('  - insert: {at: 제24조제1항제17호, text: "x", renumber: false}\n', "exists", 1, "insert", "renumber"),
        ('  - insert: {at: 제35조제2항, text: "x"}\n', "exists", 1, "insert", "renumber: true"),
        ('  - insert: {at: 제35조제2항, text: "x", renumber: true}\n  - insert: {at: 제35조제3항, text: "y", renumber: true}\n',
         "overlap", 2, "insert", "already renumbers"),
        ('  - replace: {at: 제36조, old: "a", new: "b"}\n', "deleted", 1, "replace", "deleted"),
        ("  - delete: {at: 제35조제3항}\n  - replace: {at: 제35조제3항, old: \"시ㆍ도의회는\", new: \"b\"}\n",
         "deleted", 2, "replace", "change 1"),
        ('  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "b"}\n  - rewrite: {at: 제35조, text: "x"}\n',
         "overlap", 2, "rewrite", "change 1"),
        ('  - rewrite: {at: 제35조제1항, text: "새 글"}\n  - replace: {at: 제35조제1항, old: "새 글", new: "b"}\n',
         "overlap", 2, "replace", "change 1"),
        ('  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도지사가 또는"}\n'
         '  - replace: {at: 제35조제1항, old: "지사가 또는", new: "x"}\n', "overlap", 2, "replace", "earlier"),
        ("  - retitle: {at: 제35조, heading: a}\n  - retitle: {at: 제35조, heading: b}\n", "overlap", 2, "retitle", "change 1"),
        ('  - insert: {at: 제35조의2, heading: h, text: "x"}\n  - replace: {at: 제35조의2, old: "x", new: "y"}\n',
         "overlap", 2, "replace", "new in this spec"),
        ('  - insert: {at: 제24조제1항제20호, text: "x"}\n', "invalid", 1, "insert", "next free number"),
        ('  - replace: {at: 제35조제2항, old: "예산", new: "b", part: 후단}\n', "invalid", 1, "replace", "후단"),
    ],
)
def test_errors_name_the_change_and_address(statute, changes, reason, index, kind, fragment) -> None:
    with pytest.raises(AmendmentError) as info:
        apply_spec(statute, spec_of(changes))
    err = info.value
    assert isinstance(err, DrafterError)
    assert (err.reason, err.index, err.kind) == (reason, index, kind)
    text = str(err)
    assert f"change {index} ({kind} at {err.address})" in text
    assert fragment in text


def test_all_true_replaces_every_occurrence(statute) -> None:
    amended = apply_spec(statute, spec_of('  - replace: {at: 제35조제1항, old: "시ㆍ도자치경찰위원회", new: "자치경찰위원회", all: true}\n'))
    text = amended.statute.article("제35조").hangs[0].text
    assert "시ㆍ도자치경찰위원회" not in text and text.count("자치경찰위원회") == 2


def test_reviving_a_deleted_article(statute) -> None:
    amended = apply_spec(statute, spec_of('  - insert: {at: 제36조, heading: 자치경찰 재정, text: "국가는 지원한다."}\n'))
    art = amended.statute.article("제36조")
    assert not art.deleted and art.heading == "자치경찰 재정"
    assert statute.article("제36조").deleted


def test_multi_hang_text_parses_into_nodes(statute) -> None:
    amended = apply_spec(statute, spec_of(
        "  - rewrite:\n      at: 제34조\n      text: |\n        ① 국가는 지원한다.\n        ② 지원 대상은 다음 각 호와 같다.\n"
        "          1. 인력\n          2. 예산\n            가. 인건비\n"
    ))
    art = amended.statute.article("제34조")
    assert [h.number for h in art.hangs] == ["1", "2"]
    assert [h.number for h in art.hangs[1].hos] == ["1", "2"]
    assert art.hangs[1].hos[1].moks[0].text == "인건비"


def test_bad_text_form_is_a_named_error(statute) -> None:
    with pytest.raises(AmendmentError) as info:
        apply_spec(statute, spec_of('  - rewrite: {at: 제34조, text: "① 하나\\n③ 셋"}\n'))
    assert info.value.reason == "invalid" and "out of order" in str(info.value)


def test_spec_for_another_law_is_refused(statute) -> None:
    with pytest.raises(AmendmentError):
        apply_spec(statute, load_spec('law: other\nchanges:\n  - delete: {at: 제1조}\n'))


def test_new_chapter_goes_into_the_statute(statute) -> None:
    amended = apply_spec(statute, spec_of(
        "  - insert_chapter:\n      at: 제8장의2\n      title: 자치경찰 재정\n      articles:\n"
        '        - {at: 제36조의2, heading: 이관, text: "국가는 이관한다."}\n'
    ))
    art = amended.statute.article("제36조의2")
    assert art.heading_path == ["제8장의2 자치경찰 재정"]
    assert ("장", "8의2", "자치경찰 재정") in [(h.level, h.number, h.title) for h in amended.statute.headings]
    assert "제8장의2 자치경찰 재정\n▶ 제36조의2(이관) <신설> 국가는 이관한다." in amended.render()


@pytest.mark.parametrize(
    ("chapter", "articles", "reason"),
    [
        ("제8장", "[{at: 제36조의2, heading: a, text: b}]", "exists"),
        ("제9장의2", "[{at: 제36조의2, heading: a, text: b}]", "unknown-address"),
        ("제8장의2", "[{at: 제35조, heading: a, text: b}]", "exists"),
        ("제8장의2", "[{at: 제34조의2, heading: a, text: b}, {at: 제35조의2, heading: a, text: b}]", "invalid"),
    ],
)
def test_new_chapter_errors(statute, chapter, articles, reason) -> None:
    with pytest.raises(AmendmentError) as info:
        apply_spec(statute, spec_of(f"  - insert_chapter: {{at: {chapter}, title: t, articles: {articles}}}\n"))
    assert info.value.reason == reason and info.value.kind == "insert_chapter"


def test_repeated_article_numbers_are_addressed_by_occurrence(reference_corpus) -> None:
    gangwon = Corpus.load(reference_corpus, only={"gangwon-special-act"}).statute("gangwon-special-act")
    spec = load_spec(
        "law: gangwon-special-act\nchanges:\n"
        '  - replace: {at: "제17조#2", old: "정책지원 전문인력을", new: "정책지원 전문인력(자치경찰 분야를 포함한다)을"}\n'
    )
    amended = apply_spec(gangwon, spec)
    assert "자치경찰 분야를 포함한다" in amended.statute.article("제17조#2").hangs[0].text
    assert "자치경찰 분야를 포함한다" not in render_article(amended.statute.article("제17조"))
    assert amended.touched == ["제17조#2"]
