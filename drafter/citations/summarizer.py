"""Cited summaries: retrieve → generate → bind.

>>> summarizer = Summarizer(corpus, retriever, make_chat_model(settings.llm), backend="extractive")
>>> summary = summarizer.summarize("시ㆍ도자치경찰위원회는 누구 소속인가")
>>> summary.sentences[0].citations[0].label
'police-act 제18조제1항'

The retriever, the chat model and the prompt folder are injected; tests pass
fakes for all three.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.citations.binding import CitationBinder
from drafter.citations.extractive import EXTRACTIVE_NOTE, ExtractiveStrategy
from drafter.citations.models import CitedSummary, SourceEntry
from drafter.citations.resolver import CitationResolver
from drafter.citations.units import HitLike, Retriever, SourceUnit, units_for_hits
from drafter.corpus.corpus import Corpus
from drafter.errors import DrafterError

if TYPE_CHECKING:  # LangChain is imported only for a chat-model backend (extractive runs without it)
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

    from drafter.llm.prompts import PromptTemplate


def source_block(units: Sequence[SourceUnit], max_chars: int) -> str:
    """The numbered source list shown to a model (data, one unit a line)."""
    lines: list[str] = []
    used = 0
    for unit in units:
        where = f"({unit.heading}) " if unit.heading else ""
        lead = f"{unit.lead} … " if unit.lead else ""
        text = " ".join(unit.text.split())
        # neutralise brackets inside the data so no source text can look like a label
        text = text.replace("[", "(").replace("]", ")")
        line = f"[{unit.label}] {where}{lead}{text}"
        if used + len(line) > max_chars and lines:
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines)


class Summarizer:
    """Answers a question with sentences that each carry checked citations."""

    def __init__(
        self,
        corpus: Corpus,
        retriever: Retriever,
        model: BaseChatModel | ExtractiveStrategy | None,
        *,
        backend: str,
        prompts_dir: Path | None = None,
        max_source_chars: int = 6000,
    ) -> None:
        self.corpus = corpus
        self.retriever = retriever
        self.backend = backend
        self.strategy: ExtractiveStrategy | None = None
        self.model: BaseChatModel | None = None
        self.prompt: PromptTemplate | None = None
        if backend == "extractive":
            self.strategy = model if isinstance(model, ExtractiveStrategy) else ExtractiveStrategy()
        else:
            from langchain_core.language_models import BaseChatModel

            from drafter.llm.prompts import load_prompt

            if not isinstance(model, BaseChatModel):
                raise DrafterError(f"the {backend} backend needs a chat model",
                                   hint="build it with make_chat_model(settings.llm)")
            self.model = model
            self.prompt = load_prompt("summarize", prompts_dir)
        self.resolver = CitationResolver(corpus)
        self.max_source_chars = max_source_chars

    @property
    def extractive(self) -> bool:
        return self.strategy is not None

    def messages(self, question: str, units: Sequence[SourceUnit]) -> list[BaseMessage]:
        """The prompt a chat model gets: the question and the sources, as data."""
        from drafter.llm.prompts import load_prompt

        prompt = self.prompt or load_prompt("summarize")
        return prompt.render(question=question, sources=source_block(units, self.max_source_chars))

    def generate(self, messages: list[BaseMessage], on_token: Callable[[str], None] | None = None) -> str:
        assert self.model is not None
        pieces: list[str] = []
        for chunk in self.model.stream(messages):
            piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
            pieces.append(piece)
            if on_token:
                on_token(piece)
        return "".join(pieces)

    def summarize(
        self,
        question: str,
        *,
        k: int = 5,
        doc: str | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> CitedSummary:
        if not question.strip():
            raise DrafterError("empty question", hint='ask e.g. drafter summarize "시ㆍ도자치경찰위원회의 소속"')
        hits: Sequence[HitLike] = self.retriever.search(question, k=k, doc=doc)
        units = units_for_hits(self.corpus, hits)
        summary = CitedSummary(
            question=question, backend=self.backend,
            mode_note=EXTRACTIVE_NOTE if self.extractive else f"{self.backend}: written by a language model; every citation checked against the sources",
            sources=[_entry(self.corpus, h) for h in hits],
        )
        if not units:
            return summary
        binder = CitationBinder(
            self.resolver, units, [(h.doc, h.span.start, h.span.end) for h in hits],
            check_support=not self.extractive,
        )
        if self.strategy is not None:
            # bound by construction: each quote carries the unit it was taken from
            kept, dropped = binder.bind_quotes(self.strategy.answer(question, units))
            if on_token:
                for sentence in kept:
                    on_token(sentence.render() + "\n")
        else:
            kept, dropped = binder.bind(self.generate(self.messages(question, units), on_token))
        return summary.model_copy(update={"sentences": kept, "dropped": dropped})


def _entry(corpus: Corpus, hit: HitLike) -> SourceEntry:
    from drafter.citations.models import SourceSpan

    span = hit.span
    title = getattr(hit, "title", None)
    if not title:
        try:
            title = getattr(corpus.get(hit.doc), "title", None)
        except DrafterError:
            title = None
    return SourceEntry(
        doc=hit.doc, address=hit.address, title=title, heading=getattr(hit, "heading", None),
        span=SourceSpan(start=span.start, end=span.end, line=getattr(span, "line", None) or 0,
                        end_line=getattr(span, "end_line", None) or 0),
        score=float(hit.score),
    )
