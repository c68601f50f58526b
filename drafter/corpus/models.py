"""Typed models of the corpus: statutes down to sub-items, papers, spans.

Offsets are Python string indices (code points) into the source file's text
as read with ``newline=""`` (so ``source[span.start:span.end]`` is exact).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def circled(n: int) -> str:
    """The circled numeral of a 항 (``1`` → ``①``); above ⑳ the corpus writes ``<21>``."""
    return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else f"<{n}>"


class Span(BaseModel):
    """Character span ``[start, end)`` in a source file, with 1-based lines."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    line: int = Field(description="1-based line of ``start``")
    end_line: int = Field(description="1-based line of ``end``")

    def cover(self, other: Span) -> Span:
        return Span(
            start=min(self.start, other.start),
            end=max(self.end, other.end),
            line=min(self.line, other.line),
            end_line=max(self.end_line, other.end_line),
        )


class Annotation(BaseModel):
    """An amendment mark such as ``<개정 2021.3.30, 2022.11.15>``: metadata, not quotable text."""

    kind: str = Field(description="개정, 신설, 삭제, 전문개정, …")
    dates: list[str] = Field(default_factory=list, description="ISO dates, e.g. 2021-03-30")
    raw: str = Field(description="the mark as written in the source")


class DocKind(str, Enum):
    statute = "statute"
    paper = "paper"


class Node(BaseModel):
    """Common shape of 항, 호, 목 and sub-items.

    ``text`` is the quotable text: amendment marks removed, Markdown escapes
    undone, continuation lines joined with ``\\n``. ``source_text`` keeps the
    marks as written, for a faithful re-rendering.
    """

    number: str | None = Field(description="항: '1'; 호: '6의2'; 목: '가'; sub-item: '1'; None for an unnumbered 항")
    text: str
    source_text: str
    annotations: list[Annotation] = Field(default_factory=list)
    deleted: bool = False
    span: Span = Field(description="span of this node's own text (not its children)")
    marker_raw: str = Field(
        default="", description="the marker exactly as written before the text, e.g. '**①** ', '1\\. ', '<16>'"
    )

    def children(self) -> list[Node]:
        return []

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children():
            yield from child.walk()

    def full_span(self) -> Span:
        span = self.span
        for node in self.walk():
            span = span.cover(node.span)
        return span


class SubItem(Node):
    """A sub-item ``1)`` under a 목."""

    level: Literal["subitem"] = "subitem"


class Mok(Node):
    """A 목 (``가.``)."""

    level: Literal["mok"] = "mok"
    subitems: list[SubItem] = Field(default_factory=list)

    def children(self) -> list[Node]:
        return list(self.subitems)


class Ho(Node):
    """A 호 (``1.``, ``6의2.``)."""

    level: Literal["ho"] = "ho"
    moks: list[Mok] = Field(default_factory=list)

    def children(self) -> list[Node]:
        return list(self.moks)


class Hang(Node):
    """A 항 (``①``); ``number`` is None in a single-항 article."""

    level: Literal["hang"] = "hang"
    hos: list[Ho] = Field(default_factory=list)

    def children(self) -> list[Node]:
        return list(self.hos)


class Heading(BaseModel):
    """A structural heading: 편, 장, 절 or 관."""

    level: Literal["편", "장", "절", "관"]
    number: str = Field(description="'4' or '4의2'")
    title: str
    deleted: bool = False
    annotations: list[Annotation] = Field(default_factory=list)
    span: Span

    @property
    def label(self) -> str:
        """``제4장 자치경찰사무``; a branch heading reads ``제8장의2 …``."""
        base, _, branch = self.number.partition("의")
        return (f"제{base}{self.level}" + (f"의{branch}" if branch else "") + f" {self.title}").strip()


class Article(BaseModel):
    """A 조, or an article of a 부칙 block."""

    number: int
    branch: int | None = Field(default=None, description="2 in 제35조의2")
    occurrence: int = Field(
        default=1,
        description="1, or 2, 3… when the source repeats an article number (addressed as 제17조#2)",
    )
    heading: str | None = None
    deleted: bool = False
    annotations: list[Annotation] = Field(
        default_factory=list, description="marks on the heading line, or the 삭제 date"
    )
    hangs: list[Hang] = Field(default_factory=list)
    heading_path: list[str] = Field(default_factory=list, description="e.g. ['제4장 자치경찰사무']")
    span: Span = Field(description="the whole article, heading line to last text")
    header_span: Span

    @property
    def label(self) -> str:
        """``제35조의2`` (the article address, without ``#occurrence``)."""
        return f"제{self.number}조" + (f"의{self.branch}" if self.branch else "")

    @property
    def key(self) -> str:
        """Unique within its statute or 부칙 block: ``제17조`` or ``제17조#2``."""
        return self.label + (f"#{self.occurrence}" if self.occurrence > 1 else "")

    def walk(self) -> Iterator[Node]:
        for hang in self.hangs:
            yield from hang.walk()


class Addendum(BaseModel):
    """A 부칙 block: ``부칙 <제17689호,2020.12.22>``."""

    law_number: str | None = Field(description="'17689' from <제17689호,…>")
    date: str | None = Field(description="ISO date of promulgation")
    law_name: str | None = Field(default=None, description="부칙(다른 법률명) when given")
    occurrence: int = 1
    header: str
    articles: list[Article] = Field(default_factory=list)
    paragraphs: list[Hang] = Field(
        default_factory=list, description="text of a block without articles"
    )
    span: Span

    @property
    def key(self) -> str:
        base = f"부칙<제{self.law_number}호>" if self.law_number else "부칙"
        return base + (f"#{self.occurrence}" if self.occurrence > 1 else "")


class Statute(BaseModel):
    """A parsed statute file."""

    doc_id: str
    title: str
    path: Path
    meta: dict = Field(default_factory=dict, description="YAML front matter")
    headings: list[Heading] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    addenda: list[Addendum] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    sha256: str
    kind: Literal["statute"] = "statute"

    def article(self, key: str) -> Article | None:
        for art in self.articles:
            if art.key == key:
                return art
        return None


class Sentence(BaseModel):
    index: int = Field(description="1-based within its paragraph")
    text: str
    span: Span


class PaperParagraph(BaseModel):
    index: int = Field(description="1-based")
    text: str
    sentences: list[Sentence]
    span: Span


class Paper(BaseModel):
    """A policy paper (Markdown or plain text, Korean or English)."""

    doc_id: str
    title: str
    path: Path
    meta: dict = Field(default_factory=dict)
    language: str | None = None
    paragraphs: list[PaperParagraph] = Field(default_factory=list)
    sha256: str
    kind: Literal["paper"] = "paper"


Document = Statute | Paper
