"""Settings of the LLM layer (the ``[llm]`` section of the config file)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class LLMSettings(BaseModel):
    """Which backend writes prose; ``extractive`` needs no model."""

    backend: Literal["extractive", "llamacpp", "ollama", "openai"] = "extractive"
