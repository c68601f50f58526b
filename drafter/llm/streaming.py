"""Shared piece of every streaming backend: one text piece → one LangChain chunk."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.messages import AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk


def emit_piece(piece: str, run_manager: CallbackManagerForLLMRun | None) -> ChatGenerationChunk:
    """Wrap ``piece`` as a chunk and report it to the run's callbacks (token streaming)."""
    chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
    if run_manager:
        run_manager.on_llm_new_token(piece, chunk=chunk)
    return chunk
