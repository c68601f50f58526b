"""A read-only snapshot of the embedded index, so a cold search does not import Chroma.

A fresh ``drafter search`` process used to import chromadb (about a second
on 2 cores), open the client and page every vector, metadata record and the
manifest out of SQLite before it could answer. The exact search
(:class:`drafter.retrieval.store.ExactIndex`) needs all of that in memory
anyway, so after each ingest (and on the first search that finds none) the
same data is written next to the index, under ``<index_dir>/snapshot/<store>``:
``meta.json`` (the manifest, the corpus record, chunk ids, metadata and
indexed texts, heading ids and metadata) and two ``.npy`` matrices of the
normalised vectors.

The snapshot is keyed by what Chroma's SQLite file records of its writes,
read with the standard ``sqlite3`` module (read-only, a few milliseconds):
the last sequence number of its write queue, the number of stored records
and their last sequence number, and the collection ids. Any add, update or
delete (an ingest in this or another process) changes the key, and a
snapshot whose key no longer matches is not used. (The file's modification
time is no key: merely opening a Chroma client writes to the file.) :class:`LazyStore` serves the read calls
of :class:`~drafter.retrieval.store.ChunkStore` from a valid snapshot
(checking the key on every call) and opens the real store — importing
Chroma — on the first call it cannot serve (any write, or a stale key).

Embedded mode with exact search only: a Chroma server is always asked.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.retrieval.store import CORPUS_RECORD, ChunkStore, DocRecord, ExactIndex, StoredChunk

if TYPE_CHECKING:
    from drafter.config import Settings

SNAPSHOT_VERSION = 1

stats = {"captured": 0, "loaded": 0, "real_opened": 0}
"""Counters for tests and benchmarks: snapshots written, snapshots read, real stores opened."""


def snapshot_enabled(settings: Settings) -> bool:
    return settings.chroma.mode == "embedded" and bool(settings.chroma.exact_search)


_KEY_QUERIES = (
    "SELECT MAX(seq_id) FROM embeddings_queue",
    "SELECT COUNT(*), MAX(seq_id) FROM embeddings",
    "SELECT GROUP_CONCAT(id) FROM (SELECT id FROM collections ORDER BY id)",
)


def chroma_key(settings: Settings) -> list[Any] | None:
    """What Chroma's SQLite file records of its writes (see the module doc); None when
    there is no index file or it cannot be read right now."""
    import sqlite3

    path = settings.index_dir / "chroma" / "chroma.sqlite3"
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            return [list(con.execute(query).fetchone()) for query in _KEY_QUERIES]
        finally:
            con.close()
    except sqlite3.Error:
        return None


def snapshot_dir(settings: Settings, store_name: str) -> Path:
    return settings.index_dir / "snapshot" / store_name


class Snapshot:
    """The data of one store, as read from Chroma at a moment its files had ``key``."""

    def __init__(self, key: list[Any], name: str, manifest: dict[str, DocRecord],
                 corpus: tuple[str, dict[str, str]] | None, chunks: ExactIndex, texts: list[str],
                 headings: ExactIndex) -> None:
        self.key = key
        self.name = name
        self.manifest = manifest
        self.corpus = corpus
        self.chunks = chunks
        self.texts = texts
        self.headings = headings
        self._row = {cid: i for i, cid in enumerate(chunks.ids)}

    # -- reading and writing ------------------------------------------------
    @classmethod
    def capture(cls, store: ChunkStore, settings: Settings) -> Snapshot | None:
        """Read ``store`` completely and save it; None if the index changed while reading it."""
        import numpy as np

        key = chroma_key(settings)
        if key is None:
            return None
        manifest = store.manifest()
        corpus = store.corpus()
        ids: list[str] = []
        metas: list[dict[str, Any]] = []
        texts: list[str] = []
        rows: list[Any] = []
        total, page = store.count(), 2000
        for offset in range(0, total, page):
            got = store.chunks.get(include=["embeddings", "metadatas", "documents"], limit=page, offset=offset)
            ids.extend(got["ids"])
            metas.extend(dict(m or {}) for m in got["metadatas"])
            texts.extend(t or "" for t in got["documents"])
            rows.append(np.asarray(got["embeddings"], dtype=np.float32))
        chunks = ExactIndex(ids, metas, _normalised(rows))
        headings = ExactIndex.load(store.headings)
        headings.matrix = np.asarray(headings.matrix, dtype=np.float32)
        if chroma_key(settings) != key:  # written to while we read: not a consistent picture
            return None
        snap = cls(key, store.name, manifest, corpus, chunks, texts, headings)
        with contextlib.suppress(OSError):
            snap.save(snapshot_dir(settings, store.name))
            stats["captured"] += 1
        return snap

    def save(self, folder: Path) -> None:
        """Write atomically (a temp folder renamed into place)."""
        import numpy as np

        tmp = folder.with_name(f"{folder.name}.tmp{os.getpid()}")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        np.save(tmp / "chunks.npy", self.chunks.matrix)
        np.save(tmp / "headings.npy", self.headings.matrix)
        meta = {
            "version": SNAPSHOT_VERSION, "key": self.key, "name": self.name,
            "manifest": {d: [r.signature, r.status, r.chunks, r.title] for d, r in self.manifest.items()},
            "corpus": list(self.corpus) if self.corpus is not None else None,
            "chunks": {"ids": self.chunks.ids, "metas": self.chunks.metas, "texts": self.texts},
            "headings": {"ids": self.headings.ids, "metas": self.headings.metas},
        }
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        old = folder.with_name(f"{folder.name}.old{os.getpid()}")
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, settings: Settings, store_name: str) -> Snapshot | None:
        """The saved snapshot if it matches the index files as they are now; else None."""
        key = chroma_key(settings)
        if key is None:
            return None
        folder = snapshot_dir(settings, store_name)
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta.get("version") != SNAPSHOT_VERSION or meta.get("key") != key or meta.get("name") != store_name:
                return None
            import numpy as np

            chunks = ExactIndex(meta["chunks"]["ids"], meta["chunks"]["metas"], np.load(folder / "chunks.npy"))
            headings = ExactIndex(meta["headings"]["ids"], meta["headings"]["metas"], np.load(folder / "headings.npy"))
            manifest = {d: DocRecord(d, s, st, int(n), t) for d, (s, st, n, t) in meta["manifest"].items()}
            corpus = meta["corpus"]
            snap = cls(key, store_name, manifest, (str(corpus[0]), dict(corpus[1])) if corpus else None,
                       chunks, list(meta["chunks"]["texts"]), headings)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None
        if len(snap.chunks.ids) != len(snap.texts) or len(snap.chunks.ids) != len(snap.chunks.matrix):
            return None
        stats["loaded"] += 1
        return snap

    def valid(self, settings: Settings) -> bool:
        return chroma_key(settings) == self.key


def _normalised(rows: list[Any]) -> Any:
    import numpy as np

    matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
    if len(matrix):
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix = matrix / np.where(norms == 0, 1.0, norms)
    return matrix.astype(np.float32)


_READS = {"manifest", "corpus", "fingerprint", "count", "all_chunks", "get", "query", "query_headings",
          "nearest_of_kind"}


class LazyStore:
    """A :class:`ChunkStore` that answers reads from a valid :class:`Snapshot` and opens
    Chroma only when it must (a write, a stale snapshot, a call the snapshot cannot serve)."""

    def __init__(self, settings: Settings, name: str, embedder_name: str) -> None:
        self.settings = settings
        self.name = name
        self.embedder_name = embedder_name
        self._snap: Snapshot | None = None
        self._tried = False
        self._real: ChunkStore | None = None

    @property
    def real(self) -> ChunkStore:
        """The Chroma store (opened on first use; from then on the snapshot is not used)."""
        if self._real is None:
            self._real = ChunkStore.open(self.settings, self.embedder_name)
            stats["real_opened"] += 1
        self._snap = None
        self._tried = True
        return self._real

    def snapshot(self) -> Snapshot | None:
        """The snapshot if it still matches the index (loaded, or captured from Chroma, once)."""
        if self._snap is not None:
            if self._snap.valid(self.settings):
                return self._snap
            self._snap = None
        if self._tried:
            return None
        self._tried = True
        snap = Snapshot.load(self.settings, self.name)
        if snap is None:
            from drafter.retrieval.store import lock_holder

            real = self.real
            if lock_holder(self.settings) is None:  # no ingest running: worth keeping for the next process
                snap = Snapshot.capture(real, self.settings)
        self._snap = snap
        return snap

    def refresh(self) -> None:
        """Save a new snapshot of the real store (after an ingest)."""
        self._snap = Snapshot.capture(self.real, self.settings)
        self._tried = True

    @property
    def from_snapshot(self) -> bool:
        return self._snap is not None and self._real is None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if name in _READS:
            snap = self.snapshot()
            if snap is not None:
                return getattr(_SnapshotReads(snap, self.name), name)
        return getattr(self.real, name)


class _SnapshotReads:
    """The read calls of :class:`ChunkStore`, answered from a snapshot."""

    def __init__(self, snap: Snapshot, name: str) -> None:
        self.snap = snap
        self.name = name

    def manifest(self) -> dict[str, DocRecord]:
        return dict(self.snap.manifest)

    def corpus(self) -> tuple[str, dict[str, str]] | None:
        return self.snap.corpus

    def fingerprint(self, manifest: dict[str, DocRecord] | None = None) -> str:
        return ChunkStore.fingerprint(self, manifest)  # type: ignore[arg-type] - uses .name and .manifest only

    def count(self) -> int:
        return len(self.snap.chunks.ids)

    def _stored(self, row: int) -> StoredChunk:
        return StoredChunk(self.snap.chunks.ids[row], self.snap.texts[row], dict(self.snap.chunks.metas[row]))

    def all_chunks(self) -> list[StoredChunk]:
        return [self._stored(i) for i in range(len(self.snap.chunks.ids))]

    def get(self, ids: list[str]) -> dict[str, StoredChunk]:
        rows = self.snap._row
        return {cid: self._stored(rows[cid]) for cid in ids if cid in rows}

    def query(self, vector: list[float], n: int, docs: set[str] | None = None) -> list[tuple[str, float]]:
        index = self.snap.chunks
        return [(index.ids[i], d) for i, d in index.search(vector, n, docs)]

    def nearest_of_kind(self, vector: list[float], kind: str, docs: set[str] | None = None) -> tuple[str, float] | None:
        return self.snap.chunks.nearest_of_kind(vector, kind, docs)

    def query_headings(self, vector: list[float], n: int, docs: set[str] | None = None) -> list[tuple[str, str]]:
        index = self.snap.headings
        return [(index.ids[i], str(index.metas[i]["chunk_id"])) for i, _ in index.search(vector, n, docs)]


def open_store(settings: Settings, embedder_name: str) -> ChunkStore | LazyStore:
    """The store :func:`drafter.retrieval.service.open_retrieval` uses: lazy (snapshot first)
    in embedded mode with exact search, else the Chroma store itself."""
    if not snapshot_enabled(settings):
        return ChunkStore.open(settings, embedder_name)
    from drafter.retrieval.store import collection_name

    return LazyStore(settings, collection_name(settings.chroma.collection, embedder_name), embedder_name)


__all__ = ["CORPUS_RECORD", "LazyStore", "Snapshot", "chroma_key", "open_store", "snapshot_enabled", "stats"]
