"""A scripted chat model for tests: answers are queued with ``enqueue``.

It is a real :class:`BaseChatModel`, so the pipeline cannot tell it from a
server-backed one; ``history`` records every message list it was sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field, PrivateAttr

from drafter.llm.errors import LLMError
from drafter.llm.streaming import emit_piece

Responder = Callable[[list[BaseMessage]], str]


class ScriptedChatModel(BaseChatModel):
    """Replies with queued strings (or callables of the messages), in order."""

    name_: str = Field("scripted", alias="name")
    _queue: list[str | Responder] = PrivateAttr(default_factory=list)
    _history: list[list[BaseMessage]] = PrivateAttr(default_factory=list)

    def enqueue(self, replies: list[str | Responder]) -> ScriptedChatModel:
        """Queue replies; a callable reply is called with the messages."""
        self._queue.extend(replies)
        return self

    @property
    def history(self) -> list[list[BaseMessage]]:
        return self._history

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _next(self, messages: list[BaseMessage]) -> str:
        self._history.append(list(messages))
        if not self._queue:
            raise LLMError("scripted model has no reply queued", hint="call enqueue([...]) first")
        reply = self._queue.pop(0)
        return reply(messages) if callable(reply) else reply

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self._next(messages)))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        text = self._next(messages)
        for i in range(0, len(text), 8):
            piece = text[i : i + 8]
            chunk = emit_piece(piece, run_manager)
            yield chunk
