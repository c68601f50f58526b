"""Citable units carry canonical addresses, branch 호 included (제31조제6호의2)."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.citations.units import units_for_hit


def test_branch_items_are_cited_with_addresses_that_resolve(loaded_reference_corpus):
    corpus = loaded_reference_corpus
    statute = corpus.statute("local-public-officials-act")
    article = next(a for a in statute.articles for h in a.hangs for ho in h.hos if "의" in ho.number)
    hit = SimpleNamespace(doc=statute.doc_id, address=article.key, span=article.span)
    units = units_for_hit(corpus, hit)
    branch = [u for u in units if "호의" in u.address]
    assert branch, [u.address for u in units]
    for unit in units:
        resolved = corpus.resolve(unit.doc, unit.address)
        assert resolved.span.start <= unit.span.start and unit.span.end <= resolved.span.end, unit.address
        if "호" in unit.address:  # a 호 unit is exactly the provision its address names
            assert (resolved.span.start, resolved.span.end) == (unit.span.start, unit.span.end), unit.address
