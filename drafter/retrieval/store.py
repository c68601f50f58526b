"""The vector store: chunks and their vectors in Chroma, plus a per-document manifest.

Chroma runs embedded (``PersistentClient`` under ``settings.index_dir``) by
default, or as a shared server (``chroma.mode = "server"`` →
``HttpClient(host, port)``) so that a team uses one index.

Two collections per embedder (vectors of different models never mix):

- ``<collection>-<embedder>``: one record per chunk (document = the indexed
  text; metadata = doc, address, article, span, quotable text, hash …);
- ``<collection>-<embedder>-headings``: one vector per article, of its
  heading line in context (``경찰공무원법 제7조(임용권자)``), id ``doc::address``;
- ``<collection>-<embedder>-docs``: one record per document, the manifest:
  its content hash and a ``status``. Ingest writes ``pending`` before it
  touches a document's chunks and ``complete`` only after all of them are
  stored, so a run killed midway leaves the document ``pending`` and the next
  run redoes it (reusing vectors already stored for unchanged chunk texts).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from drafter.config import Settings
from drafter.corpus.models import Span
from drafter.errors import StoreError
from drafter.retrieval.models import Chunk

DocStatus = Literal["pending", "complete"]
CORPUS_RECORD = "::corpus"
"""Id of the record (in the ``-docs`` collection) naming the corpus the index holds."""


@dataclass(frozen=True)
class DocRecord:
    """The manifest entry of one document."""

    doc: str
    signature: str
    status: DocStatus
    chunks: int
    title: str = ""


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as read back from the store (for hits and the lexical index)."""

    id: str
    index_text: str
    meta: dict[str, Any]

    @property
    def doc(self) -> str:
        return str(self.meta["doc"])


def collection_name(base: str, embedder_name: str) -> str:
    """A Chroma-safe name (3–512 chars of ``[a-zA-Z0-9._-]``) for ``base`` + embedder."""
    raw = f"{base}-{embedder_name}"
    safe = re.sub(r"[^a-zA-Z0-9._-]+", "-", raw).strip("-._")
    if len(safe) > 200:
        safe = safe[:180] + "-" + hashlib.sha1(raw.encode()).hexdigest()[:12]
    return safe if len(safe) >= 3 else f"{safe}-idx"


SERVER_HINT = "start it (chroma run --path DIR --host HOST --port PORT) or set chroma.mode = \"embedded\""
CONNECT_TIMEOUT_S = 5.0


def _http_timeout(settings: Settings) -> Any:
    import httpx

    read = float(getattr(settings.chroma, "timeout_s", 15.0))
    return httpx.Timeout(read, connect=min(read, CONNECT_TIMEOUT_S))


_CLIENT_LOCK = threading.Lock()


class _TimedHttpx:
    """``httpx`` as Chroma's HTTP client module sees it while a client is built: every
    ``httpx.Client`` it makes gets our timeouts (Chroma builds one with ``timeout=None``)."""

    def __init__(self, real: Any, timeout: Any) -> None:
        self._real = real
        self._timeout = timeout

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def Client(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - mirrors httpx.Client
        kwargs["timeout"] = self._timeout
        return self._real.Client(*args, **kwargs)


def _server_client(settings: Settings, client_settings: Any) -> Any:
    """``chromadb.HttpClient`` with connect and read timeouts, set before its first request:
    a server that accepts and never answers is an error, not a hang."""
    import chromadb
    import chromadb.api.fastapi as chroma_http

    cfg = settings.chroma
    with _CLIENT_LOCK:
        real = chroma_http.httpx
        chroma_http.httpx = _TimedHttpx(real, _http_timeout(settings))
        try:
            return chromadb.HttpClient(host=cfg.host, port=cfg.port, ssl=cfg.ssl, settings=client_settings)
        finally:
            chroma_http.httpx = real


def _server_where(settings: Settings) -> str:
    return f"the Chroma server at {settings.chroma.host}:{settings.chroma.port}"


def store_failure(exc: BaseException, where: str, timeout_s: float | None = None) -> StoreError:
    """A :class:`StoreError` for an exception raised by Chroma (or its HTTP client)."""
    import httpx

    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    chain = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    # Chroma re-raises httpx's errors as ValueError(str(e)): recognise them by type or by text
    if any(isinstance(e, httpx.TimeoutException) for e in chain) or text in ("timed out", "The read operation timed out"):
        limit = f" within {timeout_s:g} s" if timeout_s else ""
        return StoreError(f"{where} did not answer{limit} (chroma.timeout_s)", hint=SERVER_HINT)
    if any(isinstance(e, (httpx.TransportError, ConnectionError)) for e in chain) or any(
            word in text for word in ("Connection refused", "connection attempts failed", "Server disconnected",
                                      "Connection reset", "peer closed")):
        return StoreError(f"{where} cannot be reached or dropped the connection: {text}", hint=SERVER_HINT)
    if "Error finding id" in text or "InternalError" in type(exc).__name__:
        return StoreError(f"{where} reported an internal error: {text}",
                          hint="another process may be writing the index: let its ingest finish, then run drafter ingest")
    return StoreError(f"{where} failed: {type(exc).__name__}: {text}",
                      hint="run drafter ingest to repair the index, or delete the index folder and ingest again")


class _Guarded:
    """A Chroma collection whose every call turns a failure into a :class:`StoreError`."""

    def __init__(self, collection: Any, where: str, timeout_s: float | None) -> None:
        self._collection = collection
        self._where = where
        self._timeout_s = timeout_s

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._collection, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return value(*args, **kwargs)
            except StoreError:
                raise
            except Exception as exc:  # noqa: BLE001 - chromadb and httpx raise many types
                raise store_failure(exc, self._where, self._timeout_s) from None

        return call


def open_client(settings: Settings) -> Any:
    """A Chroma client for the configured mode; a failure is a :class:`StoreError`."""
    try:
        import chromadb
        from chromadb.config import Settings as ChromaClientSettings
    except ImportError as exc:  # pragma: no cover - a dependency of drafter
        raise StoreError(f"chromadb cannot be imported: {exc}", hint="pip install -e .") from None
    client_settings = ChromaClientSettings(anonymized_telemetry=False)
    cfg = settings.chroma
    if cfg.mode == "server":
        try:
            return _server_client(settings, client_settings)
        except Exception as exc:  # noqa: BLE001 - connection problems surface as many types
            raise store_failure(exc, _server_where(settings), float(getattr(cfg, "timeout_s", 15.0))) from None
    path = settings.index_dir / "chroma"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=client_settings)
    except Exception as exc:  # noqa: BLE001
        raise StoreError(f"cannot open the index: {exc}", path=path,
                         hint="check permissions, or delete the index folder and run drafter ingest") from None


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    return {
        "doc": chunk.doc,
        "title": chunk.title,
        "kind": chunk.kind,
        "address": chunk.address,
        "article": chunk.article or "",
        "addendum": chunk.addendum or "",
        "heading": chunk.heading or "",
        "heading_path": json.dumps(chunk.heading_path, ensure_ascii=False),
        "part": chunk.part,
        "parts": chunk.parts,
        "start": chunk.span.start,
        "end": chunk.span.end,
        "line": chunk.span.line,
        "end_line": chunk.span.end_line,
        "text": chunk.text,
        "content_hash": chunk.content_hash,
    }


def chunk_from_metadata(chunk_id: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        id=chunk_id,
        doc=meta["doc"],
        title=meta.get("title", ""),
        kind=meta.get("kind", "article"),
        address=meta["address"],
        article=meta.get("article") or None,
        addendum=meta.get("addendum") or None,
        heading=meta.get("heading") or None,
        heading_path=json.loads(meta.get("heading_path") or "[]"),
        part=int(meta.get("part", 1)),
        parts=int(meta.get("parts", 1)),
        span=Span(start=int(meta["start"]), end=int(meta["end"]), line=int(meta.get("line", 0)),
                  end_line=int(meta.get("end_line", 0))),
        text=meta.get("text", ""),
        content_hash=meta.get("content_hash", ""),
    )


def _vector_collection(client: Any, name: str, search_ef: int) -> Any:
    """A cosine collection whose HNSW search examines ``search_ef`` candidates
    (used when ``chroma.exact_search`` is off); an existing one is widened."""
    col = client.get_or_create_collection(
        name,
        configuration={"hnsw": {"space": "cosine", "ef_search": search_ef, "ef_construction": 200}},
        embedding_function=None,
    )
    hnsw = (col.configuration or {}).get("hnsw") or {}
    if int(hnsw.get("ef_search") or 0) < search_ef:
        col.modify(configuration={"hnsw": {"ef_search": search_ef}})
        col = client.get_collection(name, embedding_function=None)
    return col


class ExactIndex:
    """Every vector of a collection in memory, normalised: exact cosine search.

    Chroma's HNSW graph, on this corpus, missed a true nearest neighbour (an
    article heading at cosine distance 0.165 was not returned while
    neighbours at 0.211 were, even with ``ef_search`` 400) and did so in some
    processes and not others. For a corpus of a few thousand chunks an exact
    search over the stored vectors costs a few milliseconds and gives the
    same answer every time; Chroma stays the store (embedded or server).
    """

    def __init__(self, ids: list[str], metas: list[dict[str, Any]], matrix: Any) -> None:
        self.ids = ids
        self.metas = metas
        self.matrix = matrix
        self.docs = [str(m.get("doc", "")) for m in metas]
        self._docs_of_kind: dict[str, frozenset[str]] = {}

    def nearest_of_kind(self, vector: list[float], kind: str, docs: set[str] | None = None) -> tuple[str, float] | None:
        """The nearest row of one chunk kind (``paper``), however far: ``(id, cosine distance)``."""
        if kind not in self._docs_of_kind:
            self._docs_of_kind[kind] = frozenset(d for d, m in zip(self.docs, self.metas) if m.get("kind") == kind)
        wanted = set(self._docs_of_kind[kind]) if docs is None else self._docs_of_kind[kind] & docs
        got = self.search(vector, 1, wanted) if wanted else []
        return (self.ids[got[0][0]], got[0][1]) if got else None

    @classmethod
    def load(cls, collection: Any, page: int = 2000) -> ExactIndex:
        import numpy as np

        ids: list[str] = []
        metas: list[dict[str, Any]] = []
        rows: list[Any] = []
        total = int(collection.count())
        for offset in range(0, total, page):
            got = collection.get(include=["embeddings", "metadatas"], limit=page, offset=offset)
            ids.extend(got["ids"])
            metas.extend(dict(m or {}) for m in got["metadatas"])
            rows.append(np.asarray(got["embeddings"], dtype=np.float32))
        matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True) if len(matrix) else None
        if norms is not None:
            matrix = matrix / np.where(norms == 0, 1.0, norms)
        return cls(ids, metas, matrix)

    def search(self, vector: list[float], n: int, docs: set[str] | None) -> list[tuple[int, float]]:
        """``(row, cosine distance)`` of the ``n`` nearest rows, ties broken by id."""
        import numpy as np

        if not self.ids:
            return []
        q = np.asarray(vector, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        # einsum, not ``@``: a BLAS call wakes OpenBLAS's thread pool, whose
        # spinning threads then slow the next query's embedding (2 cores:
        # warm query p50 49 ms with ``@``, 18 ms without); this product is tiny
        distances = 1.0 - np.einsum("ij,j->i", self.matrix, q)
        if docs is None:
            rows = np.arange(len(self.ids))
        else:
            rows = np.fromiter((i for i, d in enumerate(self.docs) if d in docs), dtype=np.int64)
            if rows.size == 0:
                return []
        picked = distances[rows]
        if rows.size > n:
            # everything at or below the n-th smallest distance, so ties at the cut are kept
            cut = np.partition(picked, n - 1)[n - 1]
            keep = picked <= cut
            rows, picked = rows[keep], picked[keep]
        ranked = sorted(zip(picked.tolist(), rows.tolist()), key=lambda t: (t[0], self.ids[t[1]]))[:n]
        return [(i, d) for d, i in ranked]


class ChunkStore:
    """Chunks, vectors and the manifest of one embedder's index."""

    def __init__(
        self, client: Any, base_name: str, embedder_name: str, search_ef: int = 400, exact: bool = True,
        where: str = "the index", timeout_s: float | None = None,
    ) -> None:
        self.client = client
        self.exact = exact
        self._exact_cache: dict[str, tuple[int, ExactIndex]] = {}
        self.name = collection_name(base_name, embedder_name)
        try:
            self.chunks = _Guarded(_vector_collection(client, self.name, search_ef), where, timeout_s)
            self.docs = _Guarded(client.get_or_create_collection(self.name + "-docs", embedding_function=None),
                                 where, timeout_s)
            self.headings = _Guarded(_vector_collection(client, self.name + "-headings", search_ef), where, timeout_s)
        except Exception as exc:  # noqa: BLE001
            failure = store_failure(exc, where, timeout_s)
            raise StoreError(f"cannot open collection {self.name!r}: {failure.message}", hint=failure.hint) from None

    @classmethod
    def open(cls, settings: Settings, embedder_name: str) -> ChunkStore:
        server = settings.chroma.mode == "server"
        return cls(open_client(settings), settings.chroma.collection, embedder_name,
                   settings.chroma.search_ef, settings.chroma.exact_search,
                   where=_server_where(settings) if server else f"the index in {settings.index_dir}",
                   timeout_s=float(getattr(settings.chroma, "timeout_s", 15.0)) if server else None)

    def _exact_index(self, collection: Any) -> ExactIndex:
        """The in-memory copy of ``collection``, reloaded when its size changed."""
        count = int(collection.count())
        cached = self._exact_cache.get(collection.name)
        if cached is None or cached[0] != count:
            cached = (count, ExactIndex.load(collection))
            self._exact_cache[collection.name] = cached
        return cached[1]

    def _changed(self) -> None:
        self._exact_cache.clear()

    # -- manifest ----------------------------------------------------------
    def manifest(self) -> dict[str, DocRecord]:
        got = self.docs.get(include=["metadatas"])
        out: dict[str, DocRecord] = {}
        for doc_id, meta in zip(got["ids"], got["metadatas"] or []):
            if doc_id == CORPUS_RECORD:
                continue
            out[doc_id] = DocRecord(
                doc=doc_id, signature=str(meta.get("signature", "")), status=meta.get("status", "pending"),
                chunks=int(meta.get("chunks", 0)), title=str(meta.get("title", "")),
            )
        return out

    def set_record(self, record: DocRecord) -> None:
        self.docs.upsert(
            ids=[record.doc], embeddings=[[1.0]],
            metadatas=[{"signature": record.signature, "status": record.status, "chunks": record.chunks,
                        "title": record.title}],
        )

    def delete_record(self, doc: str) -> None:
        self.docs.delete(ids=[doc])

    def set_corpus(self, root: str, hashes: dict[str, str]) -> None:
        """Record which corpus the index was last brought in line with: its resolved
        path and the sha256 of each document's text (written after a complete ingest)."""
        self.docs.upsert(ids=[CORPUS_RECORD], embeddings=[[1.0]],
                         metadatas=[{"root": root, "hashes": json.dumps(hashes, sort_keys=True)}])

    def corpus(self) -> tuple[str, dict[str, str]] | None:
        """``(root, {doc: sha256})`` recorded by the last complete ingest, or None (an older index)."""
        got = self.docs.get(ids=[CORPUS_RECORD], include=["metadatas"])
        if not got["ids"]:
            return None
        meta = got["metadatas"][0] or {}
        try:
            return str(meta.get("root", "")), dict(json.loads(str(meta.get("hashes") or "{}")))
        except ValueError:
            return None

    def fingerprint(self, manifest: dict[str, DocRecord] | None = None) -> str:
        """A hash of what the store holds: changes whenever any document does."""
        records = manifest if manifest is not None else self.manifest()
        text = "\n".join(f"{r.doc}\t{r.signature}\t{r.status}\t{r.chunks}" for r in sorted(records.values(), key=lambda r: r.doc))
        return hashlib.sha256(f"{self.name}\n{text}".encode()).hexdigest()

    # -- chunks ------------------------------------------------------------
    def doc_vectors(self, doc: str) -> dict[str, tuple[str, list[float]]]:
        """``id → (content hash, vector)`` of the chunks stored for ``doc``."""
        got = self.chunks.get(where={"doc": doc}, include=["metadatas", "embeddings"])
        embeddings = got.get("embeddings")
        out: dict[str, tuple[str, list[float]]] = {}
        for i, chunk_id in enumerate(got["ids"]):
            meta = got["metadatas"][i]
            out[chunk_id] = (str(meta.get("content_hash", "")), [float(x) for x in embeddings[i]])
        return out

    def doc_heading_vectors(self, doc: str) -> dict[str, tuple[str, list[float]]]:
        """``address key → (hash of the heading text, vector)`` stored for ``doc``."""
        got = self.headings.get(where={"doc": doc}, include=["metadatas", "embeddings"])
        embeddings = got.get("embeddings")
        return {key: (str(got["metadatas"][i].get("content_hash", "")), [float(x) for x in embeddings[i]])
                for i, key in enumerate(got["ids"])}

    def upsert_headings(self, chunks: list[Chunk], hashes: list[str], vectors: list[list[float]]) -> None:
        """Heading vectors of the articles whose first part is in ``chunks``."""
        self._changed()
        if not chunks:
            return
        self.headings.upsert(
            ids=[c.address_key for c in chunks],
            embeddings=vectors,
            documents=[c.heading_text for c in chunks],
            metadatas=[{"doc": c.doc, "chunk_id": c.id, "content_hash": h} for c, h in zip(chunks, hashes)],
        )

    def delete_headings(self, keys: list[str]) -> None:
        self._changed()
        for i in range(0, len(keys), 500):
            self.headings.delete(ids=keys[i : i + 500])

    def nearest_of_kind(self, vector: list[float], kind: str, docs: set[str] | None = None) -> tuple[str, float] | None:
        """The nearest chunk of one kind (``paper``), however far: ``(id, cosine distance)``; None if none."""
        if self.exact:
            return self._exact_index(self.chunks).nearest_of_kind(vector, kind, docs)
        where: dict[str, Any] = {"kind": kind}
        if docs is not None:
            where = {"$and": [where, _doc_where(docs)]}
        got = self.chunks.query(query_embeddings=[vector], n_results=1, where=where, include=["distances"])
        if not got["ids"] or not got["ids"][0]:
            return None
        return got["ids"][0][0], float(got["distances"][0][0])

    def query_headings(self, vector: list[float], n: int, docs: set[str] | None = None) -> list[tuple[str, str]]:
        """Nearest article headings: ``(address key, chunk id of its first part)`` best first."""
        if self.exact:
            index = self._exact_index(self.headings)
            return [(index.ids[i], str(index.metas[i]["chunk_id"])) for i, _ in index.search(vector, n, docs)]
        total = int(self.headings.count())
        if total == 0:
            return []
        got = self.headings.query(query_embeddings=[vector], n_results=min(n, total), where=_doc_where(docs),
                                  include=["metadatas"])
        return [(key, str(meta["chunk_id"])) for key, meta in zip(got["ids"][0], got["metadatas"][0])]

    def upsert(self, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        self._changed()
        if not chunks:
            return
        self.chunks.upsert(
            ids=[c.id for c in chunks],
            embeddings=vectors,
            documents=[c.index_text for c in chunks],
            metadatas=[chunk_metadata(c) for c in chunks],
        )

    def delete_chunks(self, ids: list[str]) -> None:
        self._changed()
        for i in range(0, len(ids), 500):
            self.chunks.delete(ids=ids[i : i + 500])

    def delete_doc(self, doc: str) -> None:
        self._changed()
        self.chunks.delete(where={"doc": doc})
        self.headings.delete(where={"doc": doc})

    def count(self) -> int:
        return int(self.chunks.count())

    def all_chunks(self) -> list[StoredChunk]:
        out: list[StoredChunk] = []
        total = self.count()
        page = 2000
        for offset in range(0, total, page):
            got = self.chunks.get(include=["metadatas", "documents"], limit=page, offset=offset)
            for chunk_id, meta, text in zip(got["ids"], got["metadatas"], got["documents"]):
                out.append(StoredChunk(chunk_id, text or "", dict(meta)))
        return out

    def get(self, ids: list[str]) -> dict[str, StoredChunk]:
        if not ids:
            return {}
        got = self.chunks.get(ids=ids, include=["metadatas", "documents"])
        return {cid: StoredChunk(cid, text or "", dict(meta))
                for cid, meta, text in zip(got["ids"], got["metadatas"], got["documents"])}

    def query(self, vector: list[float], n: int, docs: set[str] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks: ``(id, cosine distance)`` best first."""
        if self.exact:
            index = self._exact_index(self.chunks)
            return [(index.ids[i], d) for i, d in index.search(vector, n, docs)]
        total = self.count()
        if total == 0:
            return []
        got = self.chunks.query(query_embeddings=[vector], n_results=min(n, total), where=_doc_where(docs),
                                include=["distances"])
        return list(zip(got["ids"][0], [float(d) for d in got["distances"][0]]))


def _doc_where(docs: set[str] | None) -> dict[str, Any] | None:
    if docs is None:
        return None
    return {"doc": next(iter(docs))} if len(docs) == 1 else {"doc": {"$in": sorted(docs)}}


# -- one writer at a time ------------------------------------------------------------------------


class IndexBusyError(StoreError):
    """Another process holds the index lock (it is ingesting)."""


def lock_path(settings: Settings) -> Path:
    return settings.index_dir / "ingest.lock"


def lock_holder(settings: Settings) -> str | None:
    """``"pid N on HOST"`` of the process ingesting into this data directory, or None."""
    from filelock import FileLock, Timeout

    path = lock_path(settings)
    if not path.exists():
        return None
    probe = FileLock(str(path), timeout=0)
    try:
        probe.acquire()
    except Timeout:
        return _read_holder(path) or "another process"
    except OSError:
        return None
    probe.release()
    return None


def _read_holder(path: Path) -> str | None:
    try:
        text = path.with_suffix(".pid").read_text(encoding="utf-8").strip()
    except OSError:
        return None
    pid, _, host = text.partition(" ")
    return f"pid {pid}" + (f" on {host}" if host and host != socket.gethostname() else "") if pid else None


@contextlib.contextmanager
def index_lock(settings: Settings, wait_s: float = 5.0) -> Iterator[None]:
    """Hold the data directory's ingest lock (an OS file lock, released if the process dies).

    Two processes writing one Chroma index (the TUI and ``drafter ingest``)
    corrupt each other's batches (``InternalError: Error finding id``); a
    second writer waits ``wait_s`` and then fails with :class:`IndexBusyError`
    naming the holder. In server mode the lock covers the processes sharing
    this data directory only.
    """
    from filelock import FileLock, Timeout

    path = lock_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the index folder: {exc.strerror or exc}", path=path.parent) from None
    lock = FileLock(str(path), timeout=wait_s)
    try:
        lock.acquire()
    except Timeout:
        holder = _read_holder(path) or "another process"
        who = "another task of this program" if holder == f"pid {os.getpid()}" else f"another process ({holder})"
        raise IndexBusyError(
            f"the index is being built by {who}; waited {wait_s:g} s",
            path=settings.index_dir,
            hint="let that ingest finish (the TUI or another drafter command), then try again",
        ) from None
    try:
        with contextlib.suppress(OSError):
            path.with_suffix(".pid").write_text(f"{os.getpid()} {socket.gethostname()}\n", encoding="utf-8")
        yield
    finally:
        with contextlib.suppress(OSError):
            path.with_suffix(".pid").unlink()
        lock.release()
