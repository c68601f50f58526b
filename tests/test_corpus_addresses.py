"""Addresses: one canonical syntax both ways, and resolve() to exact text and spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.corpus.addresses import MOK_LETTERS, Address, format_address, parse_address
from drafter.errors import AddressError


@pytest.mark.parametrize(
    "text",
    [
        "제24조", "제35조의2", "제17조#2", "제24조제1항", "제24조제1항제2호", "제24조제1항제2호가목",
        "제4조제1항제2호가목1)", "제31조제6호의2", "제3조제2호", "부칙<제17689호>제3조제2항",
        "부칙<제17689호>", "부칙", "부칙#2제1조", "p1", "p3s2",
    ],
)
def test_canonical_addresses_round_trip(text):
    assert format_address(parse_address(text)) == text


@pytest.mark.parametrize(
    ("loose", "canonical"),
    [
        ("제 24 조 제1항", "제24조제1항"),
        ("부칙 <제17689호,2020.12.22> 제1조", "부칙<제17689호>제1조"),
        ("¶2.3", "p2s3"),
        ("P4", "p4"),
    ],
)
def test_loose_forms_are_normalised(loose, canonical):
    assert format_address(parse_address(loose)) == canonical


@pytest.mark.parametrize("bad", ["", "24조", "제1항", "제조", "제24조제가목", "hello", "p0", "제24조제1항제2호가"])
def test_malformed_addresses_raise_a_named_error(bad):
    with pytest.raises(AddressError) as info:
        parse_address(bad)
    assert "address" in str(info.value)


addresses = st.builds(
    lambda addendum, art, branch, occ, hang, ho, hobr, mok, sub: Address(
        addendum=addendum,
        article=art,
        branch=branch,
        occurrence=occ,
        hang=hang,
        ho=(f"{ho}의{hobr}" if hobr else str(ho)) if ho else None,
        mok=mok if ho else None,
        sub=sub if (ho and mok) else None,
    ),
    st.one_of(st.none(), st.just(""), st.integers(1, 99999).map(str)),
    st.integers(1, 999),
    st.one_of(st.none(), st.integers(2, 20)),
    st.integers(1, 5),
    st.one_of(st.none(), st.integers(1, 30)),
    st.one_of(st.none(), st.integers(1, 60)),
    st.one_of(st.none(), st.integers(2, 9)),
    st.one_of(st.none(), st.sampled_from(list(MOK_LETTERS))),
    st.one_of(st.none(), st.integers(1, 20)),
)


@given(addresses)
def test_parse_inverts_format(addr):
    assert parse_address(format_address(addr)) == addr


# -- resolve -----------------------------------------------------------------


def test_resolve_returns_exact_text_and_span(loaded_reference_corpus):
    res = loaded_reference_corpus.resolve("police-act", "제7조제2항")
    source = loaded_reference_corpus.sources["police-act"]
    assert res.text == "국가경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, 위원장 및 5명의 위원은 비상임(非常任)으로 하고, 1명의 위원은 상임(常任)으로 한다."
    assert source[res.span.start : res.span.end] == res.text == res.source_text
    assert res.article == "제7조" and res.heading == "국가경찰위원회의 설치"
    assert res.span.line == source[: res.span.start].count("\n") + 1


def test_resolve_down_to_sub_items(loaded_reference_corpus):
    c = loaded_reference_corpus
    assert c.resolve("police-act", "제3조제2호").text == "범죄의 예방ㆍ진압 및 수사"
    assert c.resolve("police-act", "제4조제1항제2호가목1)").text == "생활안전을 위한 순찰 및 시설의 운영"
    mok = c.resolve("police-act", "제4조제1항제2호라목")
    assert mok.text.startswith("다음의 어느 하나에 해당하는 수사사무\n") and "6) 가출인" in mok.text


def test_resolve_strips_amendment_marks_but_keeps_the_source(loaded_reference_corpus):
    res = loaded_reference_corpus.resolve("police-act", "제8조제5항")
    assert "<개정" not in res.text and "<개정 2026.9.29>" in res.source_text
    assert "1. 정당의 당원이거나" in res.text


def test_resolve_addenda_papers_and_duplicates(loaded_reference_corpus):
    c = loaded_reference_corpus
    res = c.resolve("police-act", "부칙<제17689호>제3조제2항")
    assert res.text == "제1항에 따른 자치경찰사무 수행에 필요한 시범운영은 2021년 6월 30일까지 완료하여야 한다."
    second = c.resolve("gangwon-special-act", "제17조#2")
    assert second.heading == "도의회의 정책지원 전문인력에 관한 특례"
    sentence = c.resolve("autonomous-police-dual-model", "p1s1")
    assert sentence.text.startswith("The autonomous police system is based on the premise")
    assert c.sources["autonomous-police-dual-model"][sentence.span.start : sentence.span.end] == sentence.text


@pytest.mark.parametrize(
    ("doc", "address", "needle"),
    [
        ("police-act", "제50조", "no 제50조"),
        ("police-act", "제7조제5항", "no 제5항"),
        ("police-act", "제3조제1항", "no 제1항"),
        ("police-act", "제36조제1항", "deleted"),
        ("police-act", "부칙<제1호>제1조", "부칙"),
        ("autonomous-police-dual-model", "p9", "no p9"),
        ("autonomous-police-dual-model", "제1조", "paper"),
    ],
)
def test_unknown_addresses_are_named(loaded_reference_corpus, doc, address, needle):
    with pytest.raises(AddressError) as info:
        loaded_reference_corpus.resolve(doc, address)
    assert needle in str(info.value)


def test_every_provision_of_the_police_act_resolves_to_its_own_text(loaded_reference_corpus):
    from drafter.corpus.corpus import find_node

    act = loaded_reference_corpus.statute("police-act")
    count = 0
    for art in act.articles:
        for hang in art.hangs:
            for ho in hang.hos:
                addr = Address(article=art.number, branch=art.branch,
                               hang=int(hang.number) if hang.number else None, ho=ho.number)
                assert find_node(act, parse_address(format_address(addr)))[1] is ho
                count += 1
    assert count > 50


def test_mok_letters_go_on_after_ha():
    # the 목 after 하목 is 거목 (in the corpus), then 너목 …; numbering must know their order
    from drafter.corpus.addresses import number_key

    assert MOK_LETTERS.index("거") == 14
    assert number_key("하") < number_key("거") < number_key("보") < number_key("후")
    assert format_address(parse_address("제3조제1항제2호거목")) == "제3조제1항제2호거목"
