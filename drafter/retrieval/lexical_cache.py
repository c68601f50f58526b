"""Reading a saved BM25 index without importing bm25s (and with it SciPy).

:class:`drafter.retrieval.lexical.LexicalIndex` builds its BM25 model with
bm25s and saves it next to the vector index under a fingerprint of the
store (see :meth:`LexicalIndex.save`), so no process rebuilds it while the
index is unchanged. bm25s saves the eagerly computed BM25 score of every
(term, document) pair as a CSC matrix (``data``/``indices``/``indptr``
``.npy`` files) plus ``vocab.index.json`` and ``params.index.json``;
scoring a query is summing the columns of its terms. Importing bm25s,
though, imports ``scipy.sparse`` — on 2 cores about as long as loading Kiwi —
so a cold search reads those arrays with NumPy and sums them itself:
:class:`SavedBM25` gives exactly the scores of ``bm25s.BM25.get_scores``
for the methods that need no non-occurrence array (``lucene``, the bm25s
default, ``robertson``, ``atire``); for the others it loads bm25s.

``stats["builds"]`` counts BM25 indexes built in this process (by
:meth:`LexicalIndex.build`): tests check that a search on an unchanged index
builds none.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

stats = {"builds": 0, "loads": 0}
"""BM25 indexes built and loaded from disk in this process."""

_NO_NONOCCURRENCE = {"lucene", "robertson", "atire"}


class SavedBM25:
    """A bm25s index as saved on disk, scored with NumPy (``get_scores`` as in bm25s)."""

    def __init__(self, data: Any, indices: Any, indptr: Any, vocab: dict[str, int], num_docs: int,
                 dtype: str = "float32") -> None:
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.vocab = vocab
        self.num_docs = num_docs
        self.dtype = np.dtype(dtype)

    @classmethod
    def load(cls, folder: Path) -> Any:
        """The index saved in ``folder`` (a ``SavedBM25``, or a ``bm25s.BM25`` for methods it does not cover)."""
        folder = Path(folder)
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        stats["loads"] += 1
        if params.get("method", "lucene") not in _NO_NONOCCURRENCE or params.get("num_docs") is None:
            import bm25s

            return bm25s.BM25.load(str(folder), show_progress=False)
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        return cls(np.load(folder / "data.csc.index.npy"), np.load(folder / "indices.csc.index.npy"),
                   np.load(folder / "indptr.csc.index.npy"), vocab, int(params["num_docs"]),
                   params.get("dtype", "float32"))

    def get_scores(self, terms: list[str]) -> Any:
        """BM25 score of every document for the query ``terms`` (unknown terms are ignored)."""
        ids = np.asarray([self.vocab[t] for t in terms if t in self.vocab], dtype=np.int64)
        scores = np.zeros(self.num_docs, dtype=self.dtype)
        starts, ends = self.indptr[ids], self.indptr[ids + 1]
        for start, end in zip(starts.tolist(), ends.tolist()):
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        return scores
