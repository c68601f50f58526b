"""Chat models served over HTTP: any OpenAI-compatible server (langchain-openai's
``ChatOpenAI``) and Ollama (langchain-ollama's ``ChatOllama``), held to a deadline.

``llm.timeout_s`` is the deadline for a *whole* answer: connecting, waiting
for the first byte, every read of the stream and every retry share it. Three
things enforce it, because a server can stall in each phase differently:

- each request's httpx timeouts (connect, read, write, pool) are set to the
  budget that remains when it is sent (a server that accepts and never
  answers trips the read timeout);
- a timer shuts the connection's socket down when the budget runs out (a
  server that drips SSE keep-alive comments, ``: ping``, never lets a single
  read time out; shutting the socket wakes the blocked read at once);
- every chunk read from the network is checked against the deadline.

Retries (``llm.max_retries``) happen only before the first token and only
for a connection failure or a 5xx answer, with backoff, inside the same
budget. An answer must end properly — ``data: [DONE]`` for OpenAI-compatible
servers, a ``"done": true`` line for Ollama — or it is an error, never a
silently truncated answer; so is a 200 answer that carries no stream (HTML,
a plain JSON body, nothing). Every failure is an :class:`LLMError` naming
the server and what to check.
"""

from __future__ import annotations

import socket
import threading
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

CONNECT_TIMEOUT_S = 10.0
"""Longest wait for a TCP connection (within the overall deadline)."""


class _Deadline:
    """A monotonic deadline shared by every phase and retry of one answer."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    @property
    def passed(self) -> bool:
        return self.remaining() <= 0


class _Expired(Exception):
    """The deadline passed while reading (raised inside the stream, mapped by the model)."""


class _Watch:
    """What the transport saw of one response: the end-of-answer marker, its content type."""

    def __init__(self, markers: tuple[bytes, ...]) -> None:
        self.markers = markers
        self.saw_marker = not markers
        self.content_type = ""
        self.status = 0
        self.bytes = 0
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        self.bytes += len(chunk)
        if self.saw_marker:
            return
        window = self._tail + chunk
        if any(m in window for m in self.markers):
            self.saw_marker = True
        self._tail = window[-(max(len(m) for m in self.markers) + 8) :]


class _DeadlineStream(httpx.SyncByteStream):
    """The response body, read under the deadline; shuts its socket down when time is up."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: _Deadline, watch: _Watch, sock: Any) -> None:
        self._inner = inner
        self._deadline = deadline
        self._watch = watch
        self._timer: threading.Timer | None = None
        if sock is not None:
            self._timer = threading.Timer(max(0.0, deadline.remaining()), _shutdown, args=(sock,))
            self._timer.daemon = True
            self._timer.start()

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._inner:
                if self._deadline.passed:
                    raise _Expired()
                self._watch.feed(chunk)
                yield chunk
        except httpx.HTTPError:
            if self._deadline.passed:
                raise _Expired() from None
            raise

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._inner.close()


def _shutdown(sock: Any) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _DeadlineTransport(httpx.HTTPTransport):
    """An httpx transport whose every request and response obeys one deadline."""

    def __init__(self, deadline: _Deadline, watch: _Watch, drop_auth: bool = False) -> None:
        super().__init__(retries=0)
        self._deadline = deadline
        self._watch = watch
        self._drop_auth = drop_auth

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        remaining = self._deadline.remaining()
        if remaining <= 0:
            raise _Expired()
        # the budget left, for every phase (the SDKs' own per-request timeouts are replaced)
        request.extensions["timeout"] = {
            "connect": min(remaining, CONNECT_TIMEOUT_S), "read": remaining, "write": remaining, "pool": remaining,
        }
        if self._drop_auth:
            request.headers.pop("Authorization", None)
        try:
            response = super().handle_request(request)
        except httpx.TimeoutException:
            if self._deadline.passed or self._deadline.remaining() < 0.05:
                raise _Expired() from None
            raise
        self._watch.status = response.status_code
        self._watch.content_type = response.headers.get("content-type", "")
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_DeadlineStream(response.stream, self._deadline, self._watch, sock),
            extensions=response.extensions,
            request=request,
        )


class _ServerChatModel(BaseChatModel):
    """Shared by both servers: deadline, bounded retries, complete answers, clear errors."""

    base_url: str
    model: str = "default"
    api_key: str | None = Field(default=None, repr=False)
    temperature: float = 0.0
    max_tokens: int = 512
    timeout_s: float = 60.0
    """Deadline for the whole answer (connect, every read, every retry)."""
    max_retries: int = 2
    """Retries after a connection failure or a 5xx answer, before the first token only."""
    backoff_s: float = 0.5

    # -- what each server differs in -------------------------------------------------------------
    _end_markers: tuple[bytes, ...] = ()

    def _inner(self, transport: httpx.BaseTransport, timeout: httpx.Timeout) -> BaseChatModel:
        raise NotImplementedError

    def _completed(self, watch: _Watch, chunks: list[ChatGenerationChunk]) -> bool:
        return watch.saw_marker

    def _end_name(self) -> str:
        raise NotImplementedError

    # -- errors -------------------------------------------------------------------------------
    def _fail(self, what: str, exc: BaseException | None = None) -> LLMError:
        detail = f": {_short(exc)}" if exc is not None and _short(exc) else ""
        return LLMError(
            f"{self._llm_type} server at {self.base_url} {what}{detail}",
            hint="start the server or set llm.base_url / DRAFTER_LLM__BASE_URL; or use --llm extractive",
        )

    def _classify(self, exc: BaseException) -> tuple[LLMError, bool]:
        """``(error, retryable)`` for an exception raised while asking the server."""
        status = _status_of(exc)
        if status is not None:
            if status >= 500:
                return self._fail(f"answered HTTP {status}"), True
            return self._fail(f"refused the request (HTTP {status}: {_body_of(exc)})"), False
        if isinstance(exc, LLMError):
            return exc, False
        if _is_connect_error(exc):
            return self._fail("cannot be reached", exc), True
        if isinstance(exc, httpx.TimeoutException):
            return self._fail(f"did not answer within {self.timeout_s:g} s", exc), False
        if isinstance(exc, (httpx.TransportError, ConnectionError)) or _is_sdk_connection_error(exc):
            return self._fail("dropped the connection", exc), True
        if isinstance(exc, ValueError):  # JSON that does not parse, events of the wrong shape
            return self._fail("sent an answer that is not a readable stream", exc), False
        return self._fail("failed", exc), False

    # -- the stream -----------------------------------------------------------------------------
    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        deadline = _Deadline(self.timeout_s)
        attempts = max(0, self.max_retries) + 1
        last: LLMError | None = None
        for attempt in range(attempts):
            if attempt:
                pause = self.backoff_s * (2 ** (attempt - 1))
                if deadline.remaining() <= pause:
                    break
                time.sleep(pause)
            watch = _Watch(self._end_markers)
            remaining = max(0.001, deadline.remaining())
            timeout = httpx.Timeout(remaining, connect=min(remaining, CONNECT_TIMEOUT_S))
            pieces = 0
            chunks: list[ChatGenerationChunk] = []
            with _DeadlineTransport(deadline, watch, drop_auth=not self.api_key) as transport:
                try:
                    inner = self._inner(transport, timeout)
                    for chunk in inner._stream(messages, stop=stop):
                        if deadline.passed:
                            raise _Expired()
                        chunks.append(chunk)
                        piece = chunk.text
                        if piece:
                            pieces += 1
                            yield emit_piece(piece, run_manager)
                    if deadline.passed and not self._completed(watch, chunks):
                        raise _Expired()  # the timer closed the connection: an EOF, not an answer
                except Exception as exc:  # noqa: BLE001 - every failure becomes an LLMError
                    if _expired(exc) or deadline.passed:
                        verb = "did not finish its answer" if pieces else "did not answer"
                        raise self._fail(
                            f"{verb} within {self.timeout_s:g} s (llm.timeout_s, the deadline for the whole answer)"
                        ) from None
                    error, retryable = self._classify(exc)
                    if retryable and pieces == 0:
                        last = error
                        continue
                    raise error from None
            if not self._completed(watch, chunks):
                if pieces == 0:
                    kind = watch.content_type.split(";")[0].strip() or "no content type"
                    raise self._fail(
                        f"answered HTTP {watch.status or '?'} ({kind}, {watch.bytes} bytes) without a stream of "
                        f"tokens: is {self.base_url} the API endpoint of a chat server?"
                    )
                raise self._fail(
                    f"closed the stream before the end of the answer (no {self._end_name()}): "
                    f"the answer is incomplete and was not used"
                )
            if pieces == 0:
                raise self._fail("sent an empty answer")
            return
        assert last is not None or attempts == 0
        raise last if last is not None else self._fail("was not asked (no attempts)")

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


class OpenAICompatChatModel(_ServerChatModel):
    """Any server speaking the OpenAI chat-completions API (vLLM, llama.cpp server,
    LM Studio, OpenAI), through langchain-openai's ``ChatOpenAI``, streamed over SSE."""

    base_url: str = "http://127.0.0.1:8000/v1"
    _end_markers: tuple[bytes, ...] = (b"data: [DONE]", b"data:[DONE]")

    @property
    def _llm_type(self) -> str:
        return "openai"

    def _end_name(self) -> str:
        return "'data: [DONE]'"

    def _inner(self, transport: httpx.BaseTransport, timeout: httpx.Timeout) -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        client = httpx.Client(transport=transport, timeout=timeout)  # closed with the transport
        return ChatOpenAI(
            model=self.model, base_url=self.base_url,
            # the SDK insists on a key; without one the transport drops the header again
            api_key=self.api_key or "no-key",
            temperature=self.temperature, max_completion_tokens=self.max_tokens,
            http_client=client, timeout=timeout, max_retries=0,
            stream_usage=False, use_responses_api=False,
        )


class OllamaChatModel(_ServerChatModel):
    """An Ollama server (``/api/chat``) through langchain-ollama's ``ChatOllama``, NDJSON stream."""

    base_url: str = "http://127.0.0.1:11434"

    @property
    def _llm_type(self) -> str:
        return "ollama"

    def _end_name(self) -> str:
        return "a line with \"done\": true"

    def _completed(self, watch: _Watch, chunks: list[ChatGenerationChunk]) -> bool:
        return any(c.message.response_metadata.get("done") is True or (c.generation_info or {}).get("done") is True
                   for c in chunks[-2:])

    def _inner(self, transport: httpx.BaseTransport, timeout: httpx.Timeout) -> BaseChatModel:
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=self.model, base_url=self.base_url, temperature=self.temperature, num_predict=self.max_tokens,
            sync_client_kwargs={"transport": transport, "timeout": timeout},
        )


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    """``exc`` and the exceptions it was raised from (the SDKs wrap httpx's errors, langchain wraps theirs)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _expired(exc: BaseException) -> bool:
    return any(isinstance(e, _Expired) for e in _chain(exc))


def _status_of(exc: BaseException) -> int | None:
    for e in _chain(exc):
        value = getattr(e, "status_code", None)
        if isinstance(value, int) and value >= 400:
            return value
        if isinstance(e, httpx.HTTPStatusError):
            return e.response.status_code
    return None


def _body_of(exc: BaseException) -> str:
    for e in _chain(exc):
        if isinstance(getattr(e, "status_code", None), int) or isinstance(e, httpx.HTTPStatusError):
            exc = e
            break
    body = getattr(exc, "body", None)
    if body is None:
        response = getattr(exc, "response", None)
        try:
            body = response.text if response is not None else None
        except Exception:  # noqa: BLE001 - a streamed body that was not read
            body = None
    if body is None:
        body = getattr(exc, "error", None) or str(exc)
    return str(body)[:300]


def _is_connect_error(exc: BaseException) -> bool:
    for e in _chain(exc):
        if isinstance(e, (httpx.ConnectError, httpx.ConnectTimeout, ConnectionRefusedError)):
            return True
        if type(e) is ConnectionError and "connect" in str(e).lower():  # ollama's wrapper, raised "from None"
            return True
    return False


def _is_sdk_connection_error(exc: BaseException) -> bool:
    try:
        import openai
    except ImportError:  # pragma: no cover - a dependency
        return False
    return any(isinstance(e, openai.APIConnectionError) for e in _chain(exc))


def _short(exc: BaseException | None) -> str:
    if exc is None:
        return ""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]
