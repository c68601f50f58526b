"""Lexical retrieval: BM25 (bm25s) over Korean morphemes and English words.

Tokens come from :func:`drafter.text.tokenizer.tokenize` (the one Kiwi).

The index is persisted next to the vector store, under a fingerprint of the
store's content (the per-document hashes): when the fingerprint differs (a
teammate re-ingested a shared server, or the files were lost) it is rebuilt
from the chunk texts stored in Chroma.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from collections.abc import Iterable, Mapping, Sequence
from hashlib import sha1
from pathlib import Path
from typing import Any

import numpy as np

from drafter.text.places import places
from drafter.text.tokenizer import TokenizeMany, tokenize, tokenize_indexed, tokenize_many

_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*|\d+")
RARE_DF = 5
"""A question word in fewer chunks than this is one the statutes hardly use: its related words are searched too."""
_HANGUL_WORD = re.compile(r"[가-힣]+")
_PARTICLE_END = re.compile(r"(?:에게는|에게도|에서는|에서도|으로는|으로도|까지는|부터는|이나|에게|에서|으로|까지|부터|에는|에도|"
                           r"와는|과는|은|는|이|가|을|를|에|의|도|만|와|과|로|나)$")


class LexicalIndex:
    """BM25 over chunk texts; ``search`` returns ``(chunk id, score)`` best first."""

    def __init__(self, ids: list[str], docs: list[str], model: Any, fingerprint: str = "",
                 tokens: dict[str, list[str]] | None = None, analyzer: TokenizeMany | None = None) -> None:
        self.analyzer = analyzer
        """None: Kiwi morphemes (what is persisted); else e.g. ``bigrams_many`` (in memory only)."""
        self.ids = ids
        self.docs = docs
        self._model = model
        self.fingerprint = fingerprint
        self.tokens = tokens or {}
        """Tokens by content hash: a rebuild after a small change only tokenizes new texts."""
        self._doc_array = np.array(docs, dtype=object)

    @classmethod
    def build(cls, ids: list[str], docs: list[str], texts: list[str], fingerprint: str = "",
              hashes: list[str] | None = None, known: dict[str, list[str]] | None = None,
              analyzer: TokenizeMany | None = None, words_file: Path | None = None) -> LexicalIndex:
        """Index ``texts``; ``hashes`` (content hashes) with ``known`` tokens skip re-tokenizing.

        ``analyzer`` replaces Kiwi morphemes (``drafter.text.tokenizer.bigrams_many``: no model to load).
        ``words_file``: where the Kiwi dictionary words of the texts are recorded
        (:func:`drafter.text.tokenizer.tokenize_indexed`).
        """
        import bm25s

        from drafter.retrieval.lexical_cache import stats

        stats["builds"] += 1
        hashes = hashes or [sha1(t.encode("utf-8")).hexdigest() for t in texts]
        known = known or {}
        todo = [i for i, h in enumerate(hashes) if h not in known]
        if analyzer is not None:
            fresh = analyzer([texts[i] for i in todo]) if todo else []
        else:
            fresh = tokenize_indexed([texts[i] for i in todo], every=texts, words_file=words_file)
        tokens = {h: known[h] for h in hashes if h in known}
        for i, toks in zip(todo, fresh):
            tokens[hashes[i]] = toks
        model = bm25s.BM25()
        if ids:
            model.index([tokens[h] for h in hashes], show_progress=False)
        return cls(list(ids), list(docs), model if ids else None, fingerprint, tokens, analyzer)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, n: int, docs: set[str] | None = None,
               related: Mapping[str, Sequence[str]] | None = None) -> list[tuple[str, float]]:
        """BM25 for a question. ``related``: words a question may use for the statutes' own (갚다 →
        상환): a question word the index has in fewer than :data:`RARE_DF` chunks is also searched as
        its related words the index has."""
        if self._model is None or not self.ids:
            return []
        if self.analyzer is not None:
            terms = self.analyzer([query])[0]
        else:
            terms = tokenize(query) or [w.lower() for w in _ASCII_WORD.findall(query)]
            terms += self._recovered(query, terms)
            if related:
                terms += self._related(terms, related)
        if not terms:
            return []
        return self._top(np.asarray(self._model.get_scores(terms), dtype=np.float64), n, docs)

    def _related(self, terms: list[str], related: Mapping[str, Sequence[str]]) -> list[str]:
        vocab = self._vocab()
        have = set(terms)
        rare = {t for t, df in self._df([t for t in have if t in related]).items() if df < RARE_DF}
        out: list[str] = []
        for term in terms:
            for word in related[term] if term in rare else ():
                if word in vocab and word not in have and not places(word):  # a place is the query plan's to weigh
                    out.append(word)
                    have.add(word)
        return out

    def _df(self, terms: Iterable[str]) -> dict[str, int]:
        """How many chunks have each term."""
        model = self._model
        vocab = self._vocab()
        if model is None:
            return {t: 0 for t in terms}
        indptr = model.indptr if hasattr(model, "indptr") else model.scores["indptr"]
        return {t: int(indptr[vocab[t] + 1] - indptr[vocab[t]]) if t in vocab else 0 for t in terms}

    def _recovered(self, query: str, terms: list[str]) -> list[str]:
        """Index terms a question's Kiwi reading missed: a word written before a particle that Kiwi
        cut wrongly ('강등도' read as 강 + 등 + 도), the root of an adverb in -히 ('당연히' → 당연), and the
        parts of a compound read as one noun ('징계처분' where the article says '징계는'); each only if
        the index has it."""
        vocab = self._vocab()
        have = set(terms)
        out: list[str] = []
        for word in _HANGUL_WORD.findall(query):
            stem = _PARTICLE_END.sub("", word)
            if len(stem) >= 2 and stem not in have and stem in vocab:
                out.append(stem)
                have.add(stem)
            root = word[:-1] if word.endswith("히") else ""
            if len(root) >= 2 and root not in have and root in vocab:
                # an adverb in -히 that Kiwi keeps whole: '당연히 퇴직' asks about 당연퇴직
                out.append(root)
                have.add(root)
        for term in [t for t in have if len(t) >= 4 and _HANGUL_WORD.fullmatch(t)]:
            # the longest known head and the longest known tail that do not overlap
            cuts = range(len(term) - 2, 1, -1)
            head = next((term[:c] for c in cuts if term[:c] in vocab), None)
            tail = next((term[len(term) - c:] for c in cuts if term[len(term) - c:] in vocab
                         and len(term) - c >= len(head or "")), None)
            for part in (head, tail):
                if part is not None and part not in have:
                    out.append(part)
                    have.add(part)
        return out

    def _top(self, scores: Any, n: int, docs: set[str] | None) -> list[tuple[str, float]]:
        if docs is not None:
            mask = np.isin(self._doc_array, list(docs))
            scores = np.where(mask, scores, 0.0)
        positive = int((scores > 0).sum())
        if positive == 0:
            return []
        n = min(n, positive)
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top]

    def search_terms(self, terms: Sequence[str], n: int, docs: set[str] | None = None) -> list[tuple[str, float]]:
        """BM25 for ready-made terms (an English question's glossary terms): a term the index
        has as a token is used as it is; only the others are tokenized (in one batch), so a
        noun is never re-read out of context (단지 as the adverb "just")."""
        if self._model is None or not self.ids or not terms:
            return []
        vocab = self._vocab()
        tokens = [t for t in terms if t in vocab]
        rest = [t for t in terms if t not in vocab]
        if rest:
            tokens += [tok for toks in (self.analyzer or tokenize_many)(rest) for tok in toks]
        if not tokens:
            return []
        return self._top(np.asarray(self._model.get_scores(tokens), dtype=np.float64), n, docs)

    def _vocab(self) -> dict[str, int]:
        model = self._model
        if model is None:
            return {}
        return model.vocab if hasattr(model, "indptr") else model.vocab_dict

    def idf(self, terms: Iterable[str]) -> dict[str, float]:
        """BM25's inverse document frequency of each term over the indexed chunks
        (a term no chunk has gets the largest value)."""
        n = len(self.ids)
        # (SavedBM25 of drafter.retrieval.lexical_cache keeps its postings' offsets as indptr; bm25s.BM25 in CSC form)
        return {term: math.log(1 + (n - df + 0.5) / (df + 0.5)) for term, df in self._df(terms).items()}

    # -- persistence -------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index atomically (a temp folder renamed into place)."""
        folder = Path(folder)
        tmp = folder.with_name(folder.name + ".tmp")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        if self._model is not None:
            self._model.save(str(tmp / "bm25"), show_progress=False)
        (tmp / "tokens.json").write_text(json.dumps(self.tokens, ensure_ascii=False), encoding="utf-8")
        (tmp / "ids.json").write_text(
            json.dumps({"fingerprint": self.fingerprint, "ids": self.ids, "docs": self.docs}, ensure_ascii=False),
            encoding="utf-8",
        )
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, fingerprint: str) -> LexicalIndex | None:
        """The saved index if it matches ``fingerprint``; None if absent, stale or unreadable."""
        folder = Path(folder)
        try:
            meta = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
            if meta.get("fingerprint") != fingerprint:
                return None
            model = None
            if meta["ids"]:
                from drafter.retrieval.lexical_cache import SavedBM25

                model = SavedBM25.load(folder / "bm25")  # NumPy only: no bm25s/SciPy import in a cold search
            return cls(meta["ids"], meta["docs"], model, fingerprint)
        except (OSError, ValueError, KeyError):
            return None

    @staticmethod
    def load_tokens(folder: Path) -> dict[str, list[str]]:
        """Tokens by content hash saved with any earlier index (empty if none)."""
        try:
            data = json.loads((Path(folder) / "tokens.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}
