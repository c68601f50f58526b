"""Hybrid search behaviour (HashEmbedder as the dense half), fusion, BM25 tokens, LangChain."""

from __future__ import annotations

import shutil

import pytest
from langchain_core.documents import Document

from drafter.config import load_settings
from drafter.corpus.corpus import Corpus
from drafter.corpus.statute_render import render_node
from drafter.errors import DrafterError, UnknownDocumentError
from drafter.retrieval.embedders import HashEmbedder
from drafter.retrieval.fusion import reciprocal_rank_fusion
from drafter.retrieval.langchain_retriever import DrafterRetriever
from drafter.retrieval.lexical import LexicalIndex, tokenize
from drafter.retrieval.service import open_retrieval


@pytest.fixture()
def service(small_corpus):
    svc = open_retrieval(load_settings(), embedder=HashEmbedder())
    svc.ingest(small_corpus)
    return svc


def test_statute_wording_finds_its_article(service, small_corpus):
    police = Corpus.load(small_corpus).statute("police-act")
    for key in ("제3조", "제18조", "제24조", "제30조"):
        art = police.article(key)
        assert art is not None
        phrase = render_node(art.hangs[0])[:100]  # the first 항 with its first 호, as written
        hits = service.search(phrase, k=3)
        assert hits[0].doc == "police-act" and hits[0].address == key, (phrase, [h.address for h in hits])
        assert hits[0].article == key and hits[0].heading == art.heading


def test_document_filter_restricts_results(service):
    query = "autonomous police dual model transfer of organization, manpower and budget"
    unfiltered = service.search(query, k=5)
    assert "autonomous-police-dual-model" in {h.doc for h in unfiltered}
    only_police = service.search(query, k=5, doc="police-act")
    assert only_police and all(h.doc == "police-act" for h in only_police)
    both = service.search(query, k=5, doc=["police-act", "autonomous-police-dual-model"])
    assert {h.doc for h in both} <= {"police-act", "autonomous-police-dual-model"}


def test_hits_are_one_per_address_with_source_spans(service, small_corpus):
    corpus = Corpus.load(small_corpus)
    hits = service.search("시ㆍ도자치경찰위원회 위원", k=10, doc="police-act")
    keys = [(h.doc, h.address) for h in hits]
    assert len(keys) == len(set(keys)) == 10
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for hit in hits:
        article = corpus.resolve(hit.doc, hit.address)
        assert hit.article == article.article and hit.text.startswith(hit.article)
        assert article.span.start <= hit.span.start < hit.span.end <= article.span.end


def test_unknown_document_and_empty_query_are_user_errors(service):
    with pytest.raises(UnknownDocumentError, match="no-such-law"):
        service.search("경찰", doc="no-such-law")
    with pytest.raises(DrafterError, match="empty query"):
        service.search("   ")


def test_lexical_index_is_persisted_and_rebuilt_from_chroma(service):
    fresh = open_retrieval(service.settings, embedder=HashEmbedder())
    fingerprint = fresh.store.fingerprint()
    assert LexicalIndex.load(fresh.lexical_dir, fingerprint) is not None
    expected = [h.address for h in fresh.search("자치경찰사무 지휘ㆍ감독", k=5)]
    shutil.rmtree(fresh.lexical_dir)
    rebuilt = open_retrieval(service.settings, embedder=HashEmbedder())
    assert [h.address for h in rebuilt.search("자치경찰사무 지휘ㆍ감독", k=5)] == expected
    assert LexicalIndex.load(rebuilt.lexical_dir, fingerprint) is not None


def test_bm25_only_and_dense_only_modes(service):
    service.settings.retrieval.dense_weight = 0.0
    lexical = service.search("국가경찰위원회 설치", k=3)
    assert all(h.dense_rank is None and h.lexical_rank for h in lexical)
    service.settings.retrieval.dense_weight, service.settings.retrieval.lexical_weight = 1.0, 0.0
    dense = service.search("국가경찰위원회 설치", k=3)
    assert all(h.lexical_rank is None and h.dense_rank for h in dense)


def test_tokenizer_keeps_content_morphemes_only():
    tokens = tokenize("시ㆍ도자치경찰위원회는 Police Committee를 둔다")
    assert {"자치", "경찰", "위원회", "자치경찰", "police", "committee", "두"} <= set(tokens)
    assert "는" not in tokens and "를" not in tokens


def test_rrf_rewards_agreement_and_respects_weights():
    fused = reciprocal_rank_fusion({"dense": (["a", "b", "c"], 1.0), "lexical": (["b", "d", "e"], 1.0)}, rrf_k=60)
    assert [f.id for f in fused][:2] == ["b", "a"]
    assert fused[0].ranks == {"dense": 2, "lexical": 1}
    assert {f.id for f in fused} == {"a", "b", "c", "d", "e"}
    heavy = reciprocal_rank_fusion({"dense": (["a", "b"], 1.0), "lexical": (["b", "a"], 3.0)}, rrf_k=60)
    assert heavy[0].id == "b"


def test_langchain_retriever_returns_documents_with_hit_metadata(service):
    retriever = DrafterRetriever(service=service, k=3, doc="police-act")
    docs = retriever.invoke("국가경찰위원회의 심의ㆍ의결 사항")
    assert 0 < len(docs) <= 3 and all(isinstance(d, Document) for d in docs)
    for d in docs:
        assert {"doc", "address", "article", "heading", "score", "span"} <= set(d.metadata)
        assert d.metadata["doc"] == "police-act" and d.page_content.startswith(d.metadata["article"])
        assert d.metadata["span"]["start"] < d.metadata["span"]["end"]
