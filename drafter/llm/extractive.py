"""The ``extractive`` backend: no model. It answers with source sentences,
chosen for relevance to the question and for diversity (maximal marginal
relevance over content-word overlap), each followed by its citation.

It is a :class:`BaseChatModel` like the other backends, so the pipeline is
the same for all; it reads the sources from the structured payload the
summarizer attaches to the user message (``additional_kwargs``), never from
the prompt text, so no instruction inside a source can steer it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import BaseModel

from drafter.citations.analysis import query_terms
from drafter.llm.errors import LLMError
from drafter.llm.streaming import emit_piece

PAYLOAD_KEY = "drafter_sources"
QUESTION_KEY = "drafter_question"
EXTRACTIVE_NOTE = "extractive: sentences quoted from the sources"


class ExtractiveSource(BaseModel):
    """One candidate sentence: its citation label and exact text."""

    label: str
    text: str
    rank: int = 0
    context: str = ""


def select_sentences(
    question: str, sources: Sequence[ExtractiveSource], *, limit: int = 4, diversity: float = 0.3
) -> list[ExtractiveSource]:
    """Maximal marginal relevance: relevant to the question, not repeating each other."""
    q = query_terms(question)
    scored: list[tuple[float, set[str], ExtractiveSource]] = []
    for src in sources:
        terms = query_terms(src.text)
        ctx = query_terms(src.context) if src.context else set()
        overlap = len(q & terms) + 0.5 * len(q & (ctx - terms))
        relevance = overlap / (len(q) ** 0.5 * max(len(terms), 1) ** 0.25 or 1.0)
        relevance += 0.15 / (1 + src.rank)  # the retriever's order breaks ties
        if overlap > 0 or not q:
            scored.append((relevance, terms, src))
    if not scored:  # nothing overlaps: trust the retriever's order
        scored = [(0.15 / (1 + s.rank), query_terms(s.text), s) for s in sources]
    chosen: list[tuple[set[str], ExtractiveSource]] = []
    pool = list(scored)
    while pool and len(chosen) < limit:
        def mmr(item: tuple[float, set[str], ExtractiveSource]) -> float:
            rel, terms, _ = item
            redundancy = max((len(terms & t) / max(len(terms | t), 1) for t, _ in chosen), default=0.0)
            return (1 - diversity) * rel - diversity * redundancy

        best = max(pool, key=mmr)
        pool.remove(best)
        chosen.append((best[1], best[2]))
    order = {id(src): i for i, src in enumerate(sources)}
    # read in source order: best-ranked source first, its sentences as written
    return sorted((src for _, src in chosen), key=lambda s: (s.rank, order[id(s)]))


def format_answer(selected: Sequence[ExtractiveSource]) -> str:
    lines = []
    for src in selected:
        text = " ".join(src.text.split())
        lines.append(f"{text} [{src.label}]")
    return "\n".join(lines)


class ExtractiveChatModel(BaseChatModel):
    """Composes answers from source sentences; honest about being extractive."""

    limit: int = 4
    diversity: float = 0.3

    @property
    def _llm_type(self) -> str:
        return "extractive"

    def _answer(self, messages: list[BaseMessage]) -> str:
        payload = None
        question = ""
        for m in reversed(messages):
            if PAYLOAD_KEY in m.additional_kwargs:
                payload = m.additional_kwargs[PAYLOAD_KEY]
                question = str(m.additional_kwargs.get(QUESTION_KEY, ""))
                break
        if payload is None:
            raise LLMError(
                "the extractive backend answers only from retrieved sources",
                hint="use it through `drafter summarize`, or pick a model backend with --llm",
            )
        sources = [ExtractiveSource.model_validate(s) for s in payload]
        return format_answer(select_sentences(question, sources, limit=self.limit, diversity=self.diversity))

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self._answer(messages)))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for line in self._answer(messages).splitlines(keepends=True):
            yield emit_piece(line, run_manager)
