"""Evidence search behind one small Protocol: the instant lexical search of
a loaded corpus, and the hybrid retrieval index."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from drafter.assist.models import EvidenceHit, Progress

if TYPE_CHECKING:
    from drafter.config import Settings
    from drafter.corpus.corpus import Corpus


class EvidenceSearch(Protocol):
    name: str

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]: ...


class CorpusSearch:
    """Lexical search of 항 and paper sentences: the project's one BM25
    (:class:`drafter.retrieval.lexical.LexicalIndex`, bm25s) over character
    bigrams, so it needs no model and answers at once (Kiwi morphemes of the
    whole corpus take several seconds): the search a front end offers while
    the hybrid index loads, or when no index has been built.
    """

    name = "lexical"

    def __init__(self, corpus: Corpus) -> None:
        from drafter.corpus.models import Paper
        from drafter.corpus.statute_render import render_node
        from drafter.retrieval.lexical import LexicalIndex
        from drafter.text.tokenizer import bigrams_many

        self.units: list[EvidenceHit] = []
        for doc in corpus.documents.values():
            if isinstance(doc, Paper):
                for para in doc.paragraphs:
                    for s in para.sentences:
                        self.units.append(EvidenceHit(doc.doc_id, f"p{para.index}s{s.index}", doc.title, 0.0, s.text))
                continue
            for art in doc.articles:
                if art.deleted:
                    continue
                for hang in art.hangs:
                    address = art.key + (f"제{hang.number}항" if hang.number else "")
                    self.units.append(EvidenceHit(doc.doc_id, address, art.heading, 0.0, render_node(hang)))
        self._index = LexicalIndex.build([str(i) for i in range(len(self.units))], [u.doc for u in self.units],
                                         [f"{u.text} {u.heading or ''}" for u in self.units], analyzer=bigrams_many)

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]:
        """A Korean query as it is (scores: BM25); an English one through the bilingual glossary
        as the hybrid search does (its Korean terms find the provisions, its own words the paper:
        :func:`drafter.retrieval.fusion.plan_query`), the two lists fused by rank (scores: 1 / place)."""
        from drafter.retrieval.fusion import plan_query, reciprocal_rank_fusion

        plan = plan_query(query)
        if plan.lang == "ko":
            ranked = [(i, round(score, 3)) for i, score in self._index.search(query, k)]
        else:
            english = [i for i, _ in self._index.search(query, 5 * k)]  # in practice: sentences of the paper
            lists = {"korean": ([i for i, _ in self._index.search(plan.korean, 5 * k)], 1.0), "english": (english, 0.5)}
            fused = [f.id for f in reciprocal_rank_fusion(lists)]
            if english and english[0] not in fused[:3]:
                # without embeddings nothing tells a question about the paper from one about a
                # statute: its best sentence gets the third place, the provisions the others
                fused.remove(english[0])
                fused.insert(2, english[0])
            ranked = [(i, round(1 / (n + 1), 4)) for n, i in enumerate(fused[:k])]
        out = []
        for i, score in ranked:
            u = self.units[int(i)]
            out.append(EvidenceHit(u.doc, u.address, u.heading, score, u.text))
        return out


class RetrievalSearch:
    """The hybrid retrieval service (``drafter.retrieval``) behind the same Protocol."""

    name = "hybrid"

    def __init__(self, service: Any) -> None:
        self.service = service

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]:
        hits = self.service.search(query, k=k)
        return [
            EvidenceHit(h.doc, h.address, getattr(h, "heading", None), float(h.score), h.text) for h in hits
        ]


def open_hybrid_search(settings: Settings, corpus: Corpus, progress: Progress,
                       embedder: Any | None = None) -> EvidenceSearch:
    """The hybrid index of ``settings`` (built or brought up to date with
    ``corpus`` first, with progress)."""
    from drafter.retrieval.service import open_retrieval

    progress(0.1, "통합 색인 여는 중…")
    service = open_retrieval(settings, embedder=embedder)

    def on_ingest(event: Any) -> None:
        total = getattr(event, "total", 0) or 0
        done = getattr(event, "done", 0) or 0
        fraction = 0.1 + 0.9 * (done / total if total else 1.0)
        progress(min(fraction, 0.99), f"색인 중 {done}/{total} {getattr(event, 'doc', '') or ''}")

    service.ingest(corpus, progress=on_ingest)
    return RetrievalSearch(service)
