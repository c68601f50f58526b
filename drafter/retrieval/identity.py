"""Which corpus an index holds, and whether it holds all of it.

The index's manifest (one record per document: signature = hash of the
file's text and the chunking settings, status ``pending``/``complete``) is
compared with a corpus directory without parsing it: a search must not
return hits from documents that are not in the corpus it was asked about,
nor pass off a half-built index (an ingest killed midway, or one running in
another process) as complete.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from drafter.retrieval.service import RetrievalService


class IndexState(BaseModel):
    """How an index compares with a corpus directory (the ``index`` key of ``search --json``)."""

    corpus: str = Field(description="the corpus directory compared with (resolved)")
    complete: bool = Field(description="every document of the corpus is indexed, up to date, and nothing else")
    documents: int = Field(description="documents in the corpus directory")
    documents_indexed: int = Field(description="of those, indexed completely and up to date")
    documents_missing: list[str] = Field(default_factory=list,
                                         description="in the corpus, not (completely) indexed: new, or an ingest was cut")
    documents_stale: list[str] = Field(default_factory=list, description="changed since they were indexed")
    documents_extra: list[str] = Field(default_factory=list, description="indexed, but not in this corpus")
    building: str | None = Field(default=None, description="the process ingesting right now, if any")

    def problems(self) -> str:
        """One line: what differs (empty when complete)."""
        parts = []
        if self.documents_missing:
            parts.append(f"{len(self.documents_missing)} document(s) not indexed ({_names(self.documents_missing)})")
        if self.documents_stale:
            parts.append(f"{len(self.documents_stale)} changed since indexed ({_names(self.documents_stale)})")
        if self.documents_extra:
            parts.append(f"{len(self.documents_extra)} not in {self.corpus} ({_names(self.documents_extra)})")
        return "; ".join(parts)


def _names(ids: list[str], most: int = 4) -> str:
    return ", ".join(ids[:most]) + (f", … {len(ids) - most} more" if len(ids) > most else "")


def index_state(service: RetrievalService, root: Path) -> IndexState:
    """Compare the index of ``service`` with the corpus directory ``root`` (files are hashed, not parsed).

    A document is *missing* when the index has no complete record of it (new,
    or an ingest was cut between its ``pending`` and ``complete`` marks),
    *stale* when its text differs from the one recorded by the last complete
    ingest, *extra* when the index holds it and ``root`` does not.
    """
    from drafter.corpus.corpus import Corpus
    from drafter.corpus.loader import read_text
    from drafter.retrieval.store import lock_holder

    records = service.documents()
    recorded = service.store.corpus()
    hashes = recorded[1] if recorded is not None else {}
    found = Corpus.discover(root)
    missing, stale = [], []
    for doc_id, path, _ in found:
        record = records.get(doc_id)
        if record is None or record.status != "complete":
            missing.append(doc_id)
        elif doc_id in hashes:
            doc_hash = hashlib.sha256(read_text(path).encode("utf-8")).hexdigest()  # as the parsers hash it
            if doc_hash != hashes[doc_id]:
                stale.append(doc_id)
    ids = {doc_id for doc_id, _, _ in found}
    extra = sorted(set(records) - ids)
    return IndexState(
        corpus=str(Path(root).resolve()),
        complete=not (missing or stale or extra),
        documents=len(found),
        documents_indexed=len(found) - len(missing) - len(stale),
        documents_missing=sorted(missing),
        documents_stale=sorted(stale),
        documents_extra=extra,
        building=lock_holder(service.settings),
    )
