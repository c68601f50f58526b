"""Plain models that carry a cited answer from the pipeline to the user.

``Citation`` names a place in the corpus (document, address, character
span); ``CitedSentence`` is one sentence of an answer with its citations;
``CitedSummary`` is the whole answer with its source list. They are the
``--json`` output of ``drafter summarize`` as they are.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

CitationStatus = Literal["valid", "unresolvable", "not-retrieved", "unsupported"]


class SourceSpan(BaseModel):
    """Code-point offsets ``[start, end)`` into the source file, with 1-based lines."""

    start: int
    end: int
    line: int
    end_line: int


class Citation(BaseModel):
    """A reference such as ``[police-act 제35조제1항]``."""

    doc: str = Field(description="document id (file stem), e.g. police-act")
    address: str = Field("", description="canonical address, e.g. 제35조제1항; '' for a whole document")
    status: CitationStatus = Field("valid", description="valid, or why it must not be trusted")
    span: SourceSpan | None = Field(None, description="where the cited text stands in the source file")
    text: str | None = Field(None, description="the exact cited text (quotable form)")
    note: str | None = Field(None, description="why the citation was flagged")

    @property
    def label(self) -> str:
        """``police-act 제35조제1항`` (the text inside the brackets)."""
        return f"{self.doc} {self.address}".strip()

    @property
    def valid(self) -> bool:
        return self.status == "valid"


class CitedSentence(BaseModel):
    """One sentence of an answer and what it cites."""

    text: str = Field(description="the sentence, without its citation brackets")
    citations: list[Citation] = Field(default_factory=list)
    quote: SourceSpan | None = Field(
        None, description="extractive answers: where this sentence stands, word for word, in the source file "
                          "(inside its citation's span)")

    @property
    def valid_citations(self) -> list[Citation]:
        return [c for c in self.citations if c.valid]

    def render(self, *, show_flagged: bool = True) -> str:
        marks = [f"[{c.label}]" for c in self.valid_citations]
        if show_flagged:
            marks += [f"[?{c.label}: {c.status}]" for c in self.citations if not c.valid]
        return f"{self.text} {' '.join(marks)}".strip()


class SourceEntry(BaseModel):
    """A source the answer drew on (one retrieved chunk)."""

    doc: str
    address: str
    title: str | None = None
    heading: str | None = None
    span: SourceSpan | None = None
    score: float | None = None


class CitedSummary(BaseModel):
    """The answer to ``drafter summarize``."""

    question: str
    backend: str = Field(description="the LLM backend that wrote the sentences (extractive: none)")
    mode_note: str = Field("", description="what the backend is, e.g. 'extractive: sentences quoted from the sources'")
    sentences: list[CitedSentence] = Field(default_factory=list)
    dropped: list[CitedSentence] = Field(
        default_factory=list, description="sentences removed because none of their citations was valid"
    )
    sources: list[SourceEntry] = Field(default_factory=list)

    def citations(self) -> list[Citation]:
        return [c for s in self.sentences for c in s.citations]
