"""Evidence search behind one small Protocol: the instant lexical search of
a loaded corpus, and the hybrid retrieval index."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Protocol

from drafter.assist.models import EvidenceHit, Progress

if TYPE_CHECKING:
    from drafter.config import Settings
    from drafter.corpus.corpus import Corpus


class EvidenceSearch(Protocol):
    name: str

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]: ...


def _grams(text: str) -> list[str]:
    """Character bigrams of each word (works for Korean without a morpheme analyser)."""
    out: list[str] = []
    for word in re.findall(r"\w+", text.lower()):
        out += [word] if len(word) < 2 else [word[i : i + 2] for i in range(len(word) - 1)]
    return out


class CorpusSearch:
    """Lexical search (BM25 over character bigrams) of 항 and paper sentences.

    In-memory and instant: the search the TUI offers while the hybrid index
    loads, or when no index has been built.
    """

    name = "lexical"

    def __init__(self, corpus: Corpus) -> None:
        from drafter.corpus.models import Paper

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
                    from drafter.corpus.statute_render import render_node

                    address = art.key + (f"제{hang.number}항" if hang.number else "")
                    self.units.append(EvidenceHit(doc.doc_id, address, art.heading, 0.0, render_node(hang)))
        self._tf = [Counter(_grams(u.text + " " + (u.heading or ""))) for u in self.units]
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = max(len(self._tf), 1)
        self._idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in df.items()}
        self._avg = sum(sum(tf.values()) for tf in self._tf) / n

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]:
        grams = set(_grams(query))
        if not grams:
            return []
        scored: list[tuple[float, int]] = []
        for i, tf in enumerate(self._tf):
            length = sum(tf.values()) or 1
            s = 0.0
            for g in grams:
                f = tf.get(g)
                if f:
                    s += self._idf[g] * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * length / self._avg))
            if s > 0:
                scored.append((s, i))
        scored.sort(key=lambda t: (-t[0], t[1]))
        out = []
        for s, i in scored[:k]:
            u = self.units[i]
            out.append(EvidenceHit(u.doc, u.address, u.heading, round(s, 3), u.text))
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
    ``corpus`` first, with progress); lexical search if retrieval is missing."""
    try:
        from drafter.retrieval.service import open_retrieval
    except ImportError:
        return CorpusSearch(corpus)
    progress(0.1, "색인 여는 중 (opening the hybrid index)…")
    service = open_retrieval(settings, embedder=embedder)

    def on_ingest(event: Any) -> None:
        total = getattr(event, "total", 0) or 0
        done = getattr(event, "done", 0) or 0
        fraction = 0.1 + 0.9 * (done / total if total else 1.0)
        progress(min(fraction, 0.99), f"색인 중 (indexing) {done}/{total} {getattr(event, 'doc', '') or ''}")

    service.ingest(corpus, progress=on_ingest)
    return RetrievalSearch(service)
