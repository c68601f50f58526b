"""Binding generated citations: only what resolves, was retrieved, and states
the sentence is valid; everything else is flagged or dropped."""

from __future__ import annotations

import pytest

from drafter.citations.binding import CitationBinder, split_answer
from drafter.citations.resolver import (
    CitationResolver,
    parse_citation_label,
    split_citations,
)
from drafter.citations.units import units_for_hits
from drafter.corpus.corpus import Corpus


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


class _Hit:
    def __init__(self, corpus: Corpus, doc: str, address: str, score: float = 1.0) -> None:
        resolved = corpus.resolve(doc, address)
        self.doc, self.address, self.text, self.score = doc, address, resolved.text, score
        self.span = _Span(resolved.span.start, resolved.span.end)


@pytest.fixture(scope="module")
def corpus(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus, only={"police-act", "autonomous-police-dual-model"})


@pytest.fixture()
def binder(corpus) -> CitationBinder:
    hits = [_Hit(corpus, "police-act", "제14조"), _Hit(corpus, "police-act", "제3조")]
    units = units_for_hits(corpus, hits)
    return CitationBinder(CitationResolver(corpus), units, [(h.doc, h.span.start, h.span.end) for h in hits])


def test_labels_parse_to_canonical_addresses():
    assert parse_citation_label("police-act 제14조 제2항") == ("police-act", "제14조제2항")
    assert parse_citation_label("police-act") == ("police-act", "")
    text, pairs = split_citations("경찰청장은 대통령이 임명한다. [police-act 제14조제2항; police-act 제14조제1항]")
    assert text == "경찰청장은 대통령이 임명한다."
    assert pairs == [("police-act", "제14조제2항"), ("police-act", "제14조제1항")]
    # brackets that are not citations stay in the text
    assert split_citations("[참고] 경찰청", {"police-act"}) == ("[참고] 경찰청", [])


def test_units_cite_at_the_most_precise_level(corpus):
    units = units_for_hits(corpus, [_Hit(corpus, "police-act", "제3조")])
    labels = [u.label for u in units]
    assert "police-act 제3조제3호" in labels
    unit = next(u for u in units if u.address == "제3조제3호")
    source = corpus.sources["police-act"]
    assert "범죄피해자 보호" in source[unit.span.start:unit.span.end]
    assert unit.lead and "경찰의 임무" in unit.lead


def test_valid_citation_carries_span_of_exact_text(binder, corpus):
    kept, dropped = binder.bind(
        "경찰청장은 국가경찰위원회의 동의를 받아 행정안전부장관의 제청으로 국무총리를 거쳐 대통령이 임명한다. [police-act 제14조제2항]"
    )
    assert not dropped
    citation = kept[0].citations[0]
    assert citation.status == "valid"
    resolved = corpus.resolve("police-act", "제14조제2항")
    assert citation.text == resolved.text
    assert (citation.span.start, citation.span.end) == (resolved.span.start, resolved.span.end)
    assert "대통령이 임명한다" in corpus.sources["police-act"][citation.span.start:citation.span.end]


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("경찰청장은 대통령이 임명한다. [police-act 제99조]", "unresolvable"),
        ("경찰청장은 대통령이 임명한다. [police-act 제14조제12항]", "unresolvable"),
        ("경찰청장은 대통령이 임명한다. [invented-law 제1조]", "unresolvable"),
        ("시ㆍ도자치경찰위원회는 시ㆍ도지사 소속으로 둔다. [police-act 제18조제1항]", "not-retrieved"),
        ("경찰청장은 시ㆍ도지사가 임명한다. [police-act 제14조제2항]", "unsupported"),
    ],
)
def test_invalid_citations_are_flagged_and_their_sentence_dropped(binder, answer, status):
    kept, dropped = binder.bind(answer)
    assert kept == []
    assert [c.status for c in dropped[0].citations] == [status]
    assert "[?" in dropped[0].render()


def test_sentence_without_citation_is_dropped_and_mixed_keeps_the_valid_one(binder):
    kept, dropped = binder.bind(
        "경찰은 모든 것을 할 수 있다.\n"
        "범죄피해자 보호는 경찰의 임무이다. [police-act 제3조제3호] [police-act 제77조]"
    )
    assert [s.text for s in dropped] == ["경찰은 모든 것을 할 수 있다."]
    statuses = [c.status for c in kept[0].citations]
    assert statuses == ["valid", "unresolvable"]
    assert kept[0].render(show_flagged=False).endswith("[police-act 제3조제3호]")


def test_split_answer_keeps_citations_with_their_sentence():
    parts = split_answer("- 첫 문장이다. [a 제1조] 둘째 문장이다. [b 제2조]\n2. 셋째 문장이다.\n[c 제3조]")
    assert parts == ["첫 문장이다. [a 제1조]", "둘째 문장이다. [b 제2조]", "셋째 문장이다. [c 제3조]"]


def test_a_sentence_spelling_out_the_item_its_citation_names_is_bound(corpus):
    # police-act 제32조제4항: '… 다만, 제1항제3호의 경우에는 미리 국가경찰위원회의 의결을 거쳐야 하며 …'; a summary that
    # says what 제1항제3호 is keeps its citation, as `drafter eval citations` judges it
    hit = _Hit(corpus, "police-act", "제32조")
    binder = CitationBinder(CitationResolver(corpus), units_for_hits(corpus, [hit]), [(hit.doc, hit.span.start, hit.span.end)])
    sentence = ("해당 시ㆍ도의 경찰력으로는 공공의 안녕과 질서유지가 어려워 경찰청장의 지원ㆍ조정이 필요한 경우, 경찰청장은 미리 "
                "국가경찰위원회의 의결을 거쳐야 한다.")
    assert binder.bind_citation(sentence, "police-act", "제32조제4항").status == "valid"
