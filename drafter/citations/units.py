"""Citable units of retrieved text: the most precise address each piece of
text has (a 항, a 호, a paper sentence), with its exact span.

A retrieved chunk is usually a whole article (or part of one); answers cite
below it: ``[police-act 제35조제1항]``, ``[police-act 제3조제3호]``,
``[autonomous-police-dual-model p1s9]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, Field

from drafter.citations.models import SourceSpan
from drafter.corpus.addresses import format_address, parse_address, provision_label
from drafter.corpus.corpus import Corpus, find_article
from drafter.corpus.models import Article, Paper, Statute
from drafter.errors import DrafterError


class SpanLike(Protocol):
    start: int
    end: int


class HitLike(Protocol):
    """What the pipeline needs from a retrieval hit (``drafter.retrieval.models.Hit`` fits)."""

    doc: str
    address: str
    text: str
    score: float

    @property
    def span(self) -> SpanLike: ...


class Retriever(Protocol):
    """``drafter.retrieval.service.RetrievalService`` fits this."""

    def search(self, query: str, k: int = 5, doc: str | None = None) -> Sequence[HitLike]: ...


class SourceUnit(BaseModel):
    """One citable piece of retrieved text."""

    doc: str
    address: str = Field(description="most precise canonical address: 제35조제1항, 제3조제3호, p1s9")
    text: str = Field(description="the unit's own quotable text")
    span: SourceSpan
    heading: str | None = Field(None, description="article heading or paper title")
    lead: str | None = Field(None, description="for a 호: the lead sentence of its 항")
    rank: int = Field(0, description="rank of the hit it came from (0 = best)")
    hit_address: str = Field("", description="address of the retrieved chunk")

    @property
    def label(self) -> str:
        return f"{self.doc} {self.address}".strip()


def _span(node_span) -> SourceSpan:
    return SourceSpan(start=node_span.start, end=node_span.end, line=node_span.line, end_line=node_span.end_line)


def _inside(span, start: int, end: int) -> bool:
    return span.start >= start and span.end <= end


def _article_units(doc: str, art: Article, prefix: str, start: int, end: int, rank: int, hit_address: str) -> list[SourceUnit]:
    units: list[SourceUnit] = []
    for hang in art.hangs:
        hang_addr = prefix + provision_label("항", hang.number) if hang.number else prefix
        if hang.text.strip() and _inside(hang.span, start, end) and not hang.deleted:
            units.append(SourceUnit(doc=doc, address=hang_addr, text=hang.text, span=_span(hang.span),
                                    heading=art.heading, rank=rank, hit_address=hit_address))
        for ho in hang.hos:
            if ho.deleted or not ho.text.strip() or not _inside(ho.span, start, end):
                continue
            ho_addr = hang_addr + provision_label("호", ho.number)
            text = "\n".join(n.text for n in ho.walk() if n.text.strip())
            units.append(SourceUnit(doc=doc, address=ho_addr, text=text, span=_span(ho.full_span()),
                                    heading=art.heading, lead=hang.text, rank=rank, hit_address=hit_address))
    return units


def units_for_hit(corpus: Corpus, hit: HitLike, rank: int = 0) -> list[SourceUnit]:
    """The citable units inside a hit's span; the hit itself if it cannot be split."""
    start, end = hit.span.start, hit.span.end
    try:
        document = corpus.get(hit.doc)
    except DrafterError:
        return []
    units: list[SourceUnit] = []
    if isinstance(document, Paper):
        for para in document.paragraphs:
            for sent in para.sentences:
                if _inside(sent.span, start, end):
                    units.append(SourceUnit(doc=hit.doc, address=f"p{para.index}s{sent.index}", text=sent.text,
                                            span=_span(sent.span), heading=document.title, rank=rank,
                                            hit_address=hit.address))
    elif isinstance(document, Statute):
        try:
            addr = parse_address(hit.address)
            if addr.article is not None:
                art = find_article(document, addr)
                prefix = format_address(addr.article_only())
                units = _article_units(hit.doc, art, prefix, start, end, rank, hit.address)
        except DrafterError:
            units = []
    if not units:
        try:
            resolved = corpus.resolve(hit.doc, hit.address)
            units = [SourceUnit(doc=hit.doc, address=resolved.address, text=hit.text, span=_span(resolved.span),
                                heading=resolved.heading, rank=rank, hit_address=hit.address)]
        except DrafterError:
            return []
    return units


def units_for_hits(corpus: Corpus, hits: Sequence[HitLike]) -> list[SourceUnit]:
    seen: set[str] = set()
    out: list[SourceUnit] = []
    for rank, hit in enumerate(hits):
        for unit in units_for_hit(corpus, hit, rank):
            if unit.label not in seen:
                seen.add(unit.label)
                out.append(unit)
    return out

