"""A small in-memory retriever over a loaded corpus: articles and paper
paragraphs ranked by BM25 over morphemes (the project's one BM25,
:class:`drafter.retrieval.lexical.LexicalIndex`).

It needs no index and no model, so tests and quick runs over a corpus slice
use it; the real hybrid retriever is ``drafter.retrieval.service``. Its hits
have the same fields as ``drafter.retrieval.models.Hit``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Paper, Span
from drafter.corpus.statute_render import render_article
from drafter.retrieval.lexical import LexicalIndex


@dataclass(frozen=True)
class KeywordHit:
    doc: str
    address: str
    article: str | None
    heading: str | None
    score: float
    text: str
    span: Span
    title: str = ""


class KeywordRetriever:
    """``search(query, k, doc)`` over articles and paper paragraphs."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._hits: list[KeywordHit] = []
        for doc_id, document in corpus.documents.items():
            if isinstance(document, Paper):
                for para in document.paragraphs:
                    self._hits.append(KeywordHit(doc=doc_id, address=f"p{para.index}", article=None,
                                                 heading=document.title, score=0.0, text=para.text, span=para.span,
                                                 title=document.title))
                continue
            for art in document.articles:
                if art.deleted:
                    continue
                self._hits.append(KeywordHit(doc=doc_id, address=art.key, article=art.label, heading=art.heading,
                                             score=0.0, text=render_article(art), span=art.span,
                                             title=document.title))
        self._index = LexicalIndex.build(
            [str(i) for i in range(len(self._hits))], [h.doc for h in self._hits], [h.text for h in self._hits])

    def search(self, query: str, k: int = 5, doc: str | None = None) -> list[KeywordHit]:
        found = self._index.search(query, k, docs={doc} if doc is not None else None)
        return [replace(self._hits[int(i)], score=score) for i, score in found]
