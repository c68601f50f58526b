"""Errors of the LLM layer: each says which backend and what to do."""

from __future__ import annotations

from drafter.errors import DrafterError


class LLMError(DrafterError):
    """A model backend cannot be used (server down, model file missing, bad answer)."""


class PromptError(DrafterError):
    """A prompt template file is invalid (unknown or missing variable, bad header)."""
