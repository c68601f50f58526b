"""Shared pieces of every streaming backend: LangChain messages → wire messages,
one text piece → one LangChain chunk."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk

ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool"}


def to_wire(messages: list[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages → ``[{"role", "content"}]`` (the chat-completions form llama.cpp takes)."""
    return [{"role": ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]


def emit_piece(piece: str, run_manager: CallbackManagerForLLMRun | None) -> ChatGenerationChunk:
    """Wrap ``piece`` as a chunk and report it to the run's callbacks (token streaming)."""
    chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
    if run_manager:
        run_manager.on_llm_new_token(piece, chunk=chunk)
    return chunk
