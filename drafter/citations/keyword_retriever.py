"""A small in-memory retriever over a loaded corpus: articles and paper
paragraphs ranked by content-word overlap (TF-IDF-like).

It needs no index and no model, so tests and quick runs over a corpus slice
use it; the real hybrid retriever is ``drafter.retrieval.service``. Its hits
have the same fields as ``drafter.retrieval.models.Hit``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from drafter.citations.analysis import analyze, query_terms
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Paper, Span
from drafter.corpus.statute_render import render_article


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
        self._items: list[tuple[KeywordHit, frozenset[str]]] = []
        df: dict[str, int] = {}
        for doc_id, document in corpus.documents.items():
            if isinstance(document, Paper):
                for para in document.paragraphs:
                    hit = KeywordHit(doc=doc_id, address=f"p{para.index}", article=None, heading=document.title,
                                     score=0.0, text=para.text, span=para.span, title=document.title)
                    self._items.append((hit, analyze(para.text).lemmas))
                continue
            for art in document.articles:
                if art.deleted:
                    continue
                text = render_article(art)
                hit = KeywordHit(doc=doc_id, address=art.key, article=art.label, heading=art.heading,
                                 score=0.0, text=text, span=art.span, title=document.title)
                self._items.append((hit, analyze(text).lemmas))
        for _, terms in self._items:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        n = max(len(self._items), 1)
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}

    def search(self, query: str, k: int = 5, doc: str | None = None) -> list[KeywordHit]:
        terms = query_terms(query)
        scored: list[tuple[float, KeywordHit]] = []
        for hit, item_terms in self._items:
            if doc is not None and hit.doc != doc:
                continue
            score = sum(self._idf.get(t, 0.0) for t in terms & item_terms)
            if score > 0:
                scored.append((score / math.sqrt(len(item_terms) + 10), hit))
        scored.sort(key=lambda x: -x[0])
        return [KeywordHit(**{**h.__dict__, "score": s}) for s, h in scored[:k]]
