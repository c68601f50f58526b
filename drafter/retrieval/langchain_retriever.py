"""LangChain integration: a ``BaseRetriever`` over the retrieval service, and an
``Embeddings`` adapter for drafter's embedders.

>>> retriever = DrafterRetriever(service=open_retrieval(settings), k=5, doc="police-act")
>>> docs = retriever.invoke("시ㆍ도자치경찰위원회의 소관 사무")
>>> docs[0].metadata["address"]
'제24조'
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from drafter.retrieval.embedders import Embedder
from drafter.retrieval.models import Hit
from drafter.retrieval.service import RetrievalService


def hit_to_document(hit: Hit) -> Document:
    """A LangChain document: ``page_content`` is the quotable text, the rest is metadata."""
    metadata: dict[str, Any] = hit.model_dump(exclude={"text"})
    return Document(page_content=hit.text, metadata=metadata)


class DrafterRetriever(BaseRetriever):
    """Hybrid search over drafter's index as a LangChain retriever.

    Metadata of each document: ``doc``, ``address``, ``article``, ``heading``,
    ``score``, ``span`` (``start``, ``end``, ``line``, ``end_line``), ``title``,
    ``addendum``, ``chunk_id``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    service: RetrievalService
    k: int = Field(default=5, ge=1)
    doc: str | list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [hit_to_document(h) for h in self.service.search(query, k=self.k, doc=self.doc)]


class LangChainEmbeddings(Embeddings):
    """Any drafter :class:`Embedder` as LangChain ``Embeddings`` (e.g. for langchain-chroma)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)
