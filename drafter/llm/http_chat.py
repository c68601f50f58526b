"""Chat models that talk to a server over HTTP (httpx): any
OpenAI-compatible server (``/v1/chat/completions``, SSE streaming) and
Ollama (``/api/chat``, NDJSON streaming).

Both retry a bounded number of times on connection errors and 5xx answers,
time out instead of hanging, and turn every failure into an
:class:`LLMError` that names the server and what to check.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

from drafter.llm.errors import LLMError
from drafter.llm.streaming import emit_piece

ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool"}


def to_wire(messages: list[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages → ``[{"role", "content"}]``."""
    return [{"role": ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]


class _HttpChatModel(BaseChatModel):
    """Shared transport: retries, timeouts, error messages."""

    base_url: str
    model: str = "default"
    api_key: str | None = Field(default=None, repr=False)
    temperature: float = 0.0
    max_tokens: int = 512
    timeout_s: float = 60.0
    max_retries: int = 2
    backoff_s: float = 0.5

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _fail(self, what: str, exc: Exception | None = None) -> LLMError:
        detail = f": {exc}" if exc else ""
        return LLMError(
            f"{self._llm_type} server at {self.base_url} {what}{detail}",
            hint="start the server or set llm.base_url / DRAFTER_LLM__BASE_URL; or use --llm extractive",
        )

    def _request(self, path: str, payload: dict[str, Any], stream: bool) -> Iterator[httpx.Response]:
        """Yield one open response (streaming or not), retrying before any byte is read."""
        url = self.base_url.rstrip("/") + path
        timeout = httpx.Timeout(self.timeout_s, connect=min(self.timeout_s, 10.0))
        last: Exception | None = None
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(self.backoff_s * (2 ** (attempt - 1)))
            try:
                with httpx.Client(timeout=timeout) as client:
                    with client.stream("POST", url, json=payload, headers=self._headers()) as response:
                        if response.status_code >= 500:
                            last = self._fail(f"answered HTTP {response.status_code}")
                            continue
                        if response.status_code >= 400:
                            body = response.read().decode("utf-8", "replace")[:300]
                            raise self._fail(f"refused the request (HTTP {response.status_code}: {body})")
                        yield response
                        return
            except httpx.TimeoutException as exc:
                last = self._fail(f"did not answer within {self.timeout_s:g} s", exc)
            except httpx.TransportError as exc:
                last = self._fail("cannot be reached", exc)
        assert last is not None
        raise last if isinstance(last, LLMError) else self._fail("failed", last)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


class OpenAICompatChatModel(_HttpChatModel):
    """Any server speaking the OpenAI chat-completions API, streamed over SSE."""

    base_url: str = "http://127.0.0.1:8000/v1"

    @property
    def _llm_type(self) -> str:
        return "openai"

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        payload: dict[str, Any] = {
            "model": self.model, "messages": to_wire(messages), "stream": True,
            "temperature": self.temperature, "max_tokens": self.max_tokens,
        }
        if stop:
            payload["stop"] = stop
        for response in self._request("/chat/completions", payload, stream=True):
            try:
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    try:
                        event = json.loads(data)
                    except json.JSONDecodeError as exc:
                        raise self._fail("sent an unreadable stream event", exc) from None
                    for choice in event.get("choices", []):
                        piece = (choice.get("delta") or {}).get("content") or ""
                        if piece:
                            yield emit_piece(piece, run_manager)
            except httpx.TimeoutException as exc:
                raise self._fail(f"stalled for more than {self.timeout_s:g} s while streaming", exc) from None
            except httpx.TransportError as exc:
                raise self._fail("dropped the connection while streaming", exc) from None


class OllamaChatModel(_HttpChatModel):
    """An Ollama server (``/api/chat``), streamed as NDJSON."""

    base_url: str = "http://127.0.0.1:11434"

    @property
    def _llm_type(self) -> str:
        return "ollama"

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        options: dict[str, Any] = {"temperature": self.temperature, "num_predict": self.max_tokens}
        if stop:
            options["stop"] = stop
        payload = {"model": self.model, "messages": to_wire(messages), "stream": True, "options": options}
        for response in self._request("/api/chat", payload, stream=True):
            try:
                for line in response.iter_lines():
                    if not line.strip():
                        continue
                    try:
                        event = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise self._fail("sent an unreadable stream line", exc) from None
                    if event.get("error"):
                        raise self._fail(f"reported an error: {event['error']}")
                    piece = (event.get("message") or {}).get("content") or ""
                    if piece:
                        yield emit_piece(piece, run_manager)
                    if event.get("done"):
                        return
            except httpx.TimeoutException as exc:
                raise self._fail(f"stalled for more than {self.timeout_s:g} s while streaming", exc) from None
            except httpx.TransportError as exc:
                raise self._fail("dropped the connection while streaming", exc) from None
