"""The instant lexical evidence search (the TUI's search while the hybrid index is built):
English questions reach Korean provisions through the glossary, and the paper keeps a place."""

from __future__ import annotations

import pytest

from drafter.assist.search import CorpusSearch
from drafter.corpus.corpus import Corpus


@pytest.fixture(scope="module")
def search(tmp_path_factory, reference_corpus) -> CorpusSearch:
    import shutil

    root = tmp_path_factory.mktemp("corpus")
    (root / "statutes").mkdir()
    (root / "papers").mkdir()
    shutil.copy(reference_corpus / "statutes" / "police-act.md", root / "statutes")
    shutil.copy(reference_corpus / "papers" / "autonomous-police-dual-model.md", root / "papers")
    return CorpusSearch(Corpus.load(root))


def test_an_english_question_finds_the_korean_provision_first(search: CorpusSearch) -> None:
    hits = search.search("Who appoints the members of a provincial autonomous police committee?", k=5)
    assert (hits[0].doc, hits[0].address.split("제", 2)[1]) == ("police-act", "20조")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_an_english_question_keeps_the_paper_in_the_top_three(search: CorpusSearch) -> None:
    hits = search.search("hard landing and soft landing plans", k=5)
    assert any(h.doc == "autonomous-police-dual-model" for h in hits[:3])


def test_a_korean_question_is_searched_as_written(search: CorpusSearch) -> None:
    hits = search.search("시ㆍ도자치경찰위원회 위원 임명", k=3)
    assert hits[0].doc == "police-act" and hits[0].address.startswith("제20조")
    assert all(h.doc == "police-act" for h in hits)
