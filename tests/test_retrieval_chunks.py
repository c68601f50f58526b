"""Chunker invariants over the whole reference corpus."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from drafter.corpus.addresses import format_address, parse_address
from drafter.corpus.models import Statute
from drafter.retrieval.chunks import chunk_corpus, chunk_document


@pytest.fixture(scope="module")
def chunks_by_doc(loaded_reference_corpus):
    return chunk_corpus(loaded_reference_corpus)


def _article_spans(statute: Statute) -> list[tuple[int, int]]:
    arts = list(statute.articles) + [a for b in statute.addenda for a in b.articles]
    return [(a.span.start, a.span.end) for a in arts]


def _squash(text: str) -> str:
    """Text without Markdown markers, circled numbers and whitespace, to compare rendered with source."""
    text = re.sub(r"<[^<>]*>", "", text)
    return re.sub(r"[\s*#\\.①-⑳]", "", text)


def test_chunk_ids_are_unique_and_stable(chunks_by_doc, loaded_reference_corpus):
    ids = [c.id for chunks in chunks_by_doc.values() for c in chunks]
    assert len(ids) == len(set(ids))
    again = chunk_corpus(loaded_reference_corpus)
    assert [c.id for cs in again.values() for c in cs] == ids
    for chunk in (c for cs in chunks_by_doc.values() for c in cs):
        assert chunk.id.startswith(f"{chunk.doc}::{chunk.address}")


def test_every_statute_chunk_lies_inside_one_article(chunks_by_doc, loaded_reference_corpus):
    for statute in loaded_reference_corpus.statutes():
        spans = _article_spans(statute)
        for chunk in chunks_by_doc[statute.doc_id]:
            if chunk.kind == "addendum":
                continue
            inside = [s for s in spans if s[0] <= chunk.span.start and chunk.span.end <= s[1]]
            assert inside, f"{chunk.id} {chunk.span} crosses an article boundary"


def test_span_text_matches_the_source(chunks_by_doc, loaded_reference_corpus):
    """Every line of a chunk is the source text at its span (markers, marks and spaces aside);
    a later part of a split article starts with the repeated header, which lies before its span."""
    checked = 0
    for doc_id, chunks in chunks_by_doc.items():
        source = loaded_reference_corpus.sources[doc_id]
        statute = loaded_reference_corpus.documents[doc_id]
        for chunk in chunks:
            window = _squash(source[chunk.span.start : chunk.span.end])
            lines = chunk.text.splitlines()
            if chunk.part > 1 and chunk.article:
                header = lines[0][: lines[0].index(")") + 1] if lines[0].startswith(chunk.article + "(") else chunk.article
                lines[0] = lines[0][len(header):]
            for line in lines:
                assert _squash(line) in window, f"{chunk.id}: {line[:40]!r} not in its span"
            checked += 1
        if isinstance(statute, Statute):
            assert any(c.span.start == a.span.start for c in chunks for a in statute.articles if not a.deleted)
    assert checked > 2000


def test_addresses_are_canonical_and_articles_labelled(chunks_by_doc):
    for chunk in (c for cs in chunks_by_doc.values() for c in cs):
        assert format_address(parse_address(chunk.address)) == chunk.address
        if chunk.kind in ("article", "addendum-article"):
            assert chunk.article and re.fullmatch(r"제\d+조(의\d+)?", chunk.article)
            assert chunk.text.startswith(chunk.article)
        if chunk.kind.startswith("addendum"):
            assert chunk.address.startswith("부칙") and chunk.addendum


def test_long_articles_are_split_with_the_header_in_every_part(loaded_reference_corpus):
    statute = loaded_reference_corpus.statute("police-act")
    chunks = chunk_document(statute, max_chars=400)
    split = [c for c in chunks if c.parts > 1]
    assert split, "police-act has articles longer than 400 characters"
    for chunk in split:
        assert chunk.text.startswith(chunk.article + "(")
        assert chunk.id.endswith(f"::{chunk.part}")
    # parts of one article are in order and do not overlap
    by_addr: dict[str, list] = {}
    for chunk in split:
        by_addr.setdefault(chunk.address, []).append(chunk)
    for parts in by_addr.values():
        assert [c.part for c in parts] == list(range(1, len(parts) + 1))
        assert all(a.span.end <= b.span.start for a, b in pairwise(parts))


def test_repeated_article_numbers_get_distinct_addresses(chunks_by_doc):
    gangwon = [c.address for c in chunks_by_doc["gangwon-special-act"] if c.kind == "article"]
    assert any("#2" in a for a in gangwon)
    assert len(set(gangwon)) == len({(c.address, c.part) for c in chunks_by_doc["gangwon-special-act"]
                                     if c.kind == "article" and c.part == 1})


def test_deleted_articles_are_not_indexed_and_papers_are(chunks_by_doc, loaded_reference_corpus):
    for statute in loaded_reference_corpus.statutes():
        deleted = {a.key for a in statute.articles if a.deleted}
        indexed = {c.address for c in chunks_by_doc[statute.doc_id] if c.kind == "article"}
        assert not deleted & indexed
    paper = chunks_by_doc["autonomous-police-dual-model"]
    assert paper and all(c.kind == "paper" and c.address.startswith("p") for c in paper)
