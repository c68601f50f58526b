"""LLM backends against tiny fake servers on 127.0.0.1: streaming, retries,
timeouts, down servers; the factory; the scripted test model."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from drafter.config import load_settings
from drafter.llm.errors import LLMError
from drafter.llm.factory import make_chat_model
from drafter.llm.fake import ScriptedChatModel
from drafter.llm.llamacpp import LlamaCppChatModel
from drafter.llm.servers import OllamaChatModel, OpenAICompatChatModel
from drafter.llm.settings import LLMSettings

Handler = Callable[[BaseHTTPRequestHandler, dict], None]


class FakeServer:
    """A threaded HTTP server whose POST behaviour a test chooses."""

    def __init__(self, handle: Handler) -> None:
        self.requests: list[dict] = []
        outer = self

        class _H(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                outer.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                handle(self, body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def sse(handler: BaseHTTPRequestHandler, pieces: list[str]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()
    for piece in pieces:
        event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
        handler.wfile.write(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())
        handler.wfile.flush()
    handler.wfile.write(b"data: [DONE]\n\n")


def ollama_line(piece: str, done: bool) -> dict:
    """One NDJSON line as an Ollama server streams it."""
    line = {"model": "qwen2.5:7b", "created_at": "2026-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": piece}, "done": done}
    if done:
        line["done_reason"] = "stop"
    return line


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


MESSAGES = [SystemMessage(content="cite sources"), HumanMessage(content="경찰청장은 누가 임명하나")]


def test_openai_compatible_streams_sse_and_sends_key():
    pieces = ["경찰청장은 ", "대통령이 임명한다. ", "[police-act 제14조제2항]"]
    with FakeServer(lambda h, body: sse(h, pieces)) as server:
        model = OpenAICompatChatModel(base_url=server.url + "/v1", model="m", api_key="sk-test")
        chunks = [c.content for c in model.stream(MESSAGES) if c.content]
        assert chunks == pieces
        assert model.invoke(MESSAGES).content == "".join(pieces)
    req = server.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["auth"] == "Bearer sk-test"
    assert req["body"]["stream"] is True
    assert [m["role"] for m in req["body"]["messages"]] == ["system", "user"]


def test_ollama_streams_ndjson():
    def handle(h: BaseHTTPRequestHandler, body: dict) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/x-ndjson")
        h.end_headers()
        for piece in ["자치경찰", "사무"]:
            h.wfile.write((json.dumps(ollama_line(piece, done=False)) + "\n").encode())
        h.wfile.write((json.dumps(ollama_line("", done=True)) + "\n").encode())

    with FakeServer(handle) as server:
        model = OllamaChatModel(base_url=server.url, model="qwen2.5:7b")
        assert [c.content for c in model.stream(MESSAGES) if c.content] == ["자치경찰", "사무"]
        assert server.requests[0]["path"] == "/api/chat"
        assert server.requests[0]["body"]["model"] == "qwen2.5:7b"


def test_down_server_is_a_clear_error_not_a_hang():
    model = OpenAICompatChatModel(base_url=f"http://127.0.0.1:{free_port()}/v1", max_retries=1, backoff_s=0.01,
                                  timeout_s=2)
    started = time.monotonic()
    with pytest.raises(LLMError) as info:
        model.invoke(MESSAGES)
    assert time.monotonic() - started < 5
    assert "cannot be reached" in str(info.value)
    assert "--llm extractive" in str(info.value)


def test_server_errors_are_retried_a_bounded_number_of_times():
    calls: list[int] = []

    def handle(h: BaseHTTPRequestHandler, body: dict) -> None:
        calls.append(1)
        if len(calls) < 3:
            h.send_response(503)
            h.end_headers()
            return
        sse(h, ["ok"])

    with FakeServer(handle) as server:
        model = OpenAICompatChatModel(base_url=server.url, max_retries=2, backoff_s=0.01)
        assert model.invoke(MESSAGES).content == "ok"
        assert len(calls) == 3

    calls.clear()
    with FakeServer(lambda h, b: (calls.append(1), h.send_response(500), h.end_headers())) as server:
        model = OpenAICompatChatModel(base_url=server.url, max_retries=2, backoff_s=0.01)
        with pytest.raises(LLMError, match="HTTP 500"):
            model.invoke(MESSAGES)
        assert len(calls) == 3  # one try + two retries, then give up


def test_client_error_is_not_retried():
    calls: list[int] = []

    def handle(h: BaseHTTPRequestHandler, body: dict) -> None:
        calls.append(1)
        h.send_response(404)
        h.end_headers()
        h.wfile.write(b'{"error": "model not found"}')

    with FakeServer(handle) as server, pytest.raises(LLMError, match="404"):
        OpenAICompatChatModel(base_url=server.url, max_retries=3, backoff_s=0.01).invoke(MESSAGES)
    assert len(calls) == 1


def test_stalled_server_times_out():
    def handle(h: BaseHTTPRequestHandler, body: dict) -> None:
        time.sleep(3)

    with FakeServer(handle) as server:
        model = OpenAICompatChatModel(base_url=server.url, timeout_s=0.5, max_retries=0)
        started = time.monotonic()
        with pytest.raises(LLMError, match="did not answer"):
            model.invoke(MESSAGES)
        assert time.monotonic() - started < 2.5


def test_factory_builds_each_backend_from_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("DRAFTER_LLM__BACKEND", "openai")
    monkeypatch.setenv("DRAFTER_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    settings = load_settings()
    model = make_chat_model(settings.llm)
    assert isinstance(model, OpenAICompatChatModel) and isinstance(model, BaseChatModel)
    assert model.base_url == "http://127.0.0.1:9/v1" and model.api_key == "sk-env"

    # extractive is no chat model: it is the summarizer's strategy (drafter.citations.extractive)
    with pytest.raises(LLMError, match="extractive"):
        make_chat_model(LLMSettings())
    with pytest.raises(LLMError, match="model name"):
        make_chat_model(LLMSettings(backend="ollama"))
    missing = tmp_path / "missing.gguf"
    model = make_chat_model(LLMSettings(backend="llamacpp", model_path=missing))
    assert isinstance(model, LlamaCppChatModel)
    with pytest.raises(LLMError) as info:
        model.invoke(MESSAGES)
    assert "not found" in str(info.value) and str(missing) in str(info.value)


def test_bad_backend_in_environment_is_a_config_error(monkeypatch):
    from drafter.errors import ConfigError

    monkeypatch.setenv("DRAFTER_LLM__BACKEND", "gpt")
    with pytest.raises(ConfigError, match="llm.backend"):
        load_settings()


def test_scripted_model_replays_and_records():
    model = ScriptedChatModel().enqueue(["first", lambda messages: f"saw {len(messages)}"])
    assert model.invoke(MESSAGES).content == "first"
    assert "".join(c.content for c in model.stream(MESSAGES)) == "saw 2"
    assert len(model.history) == 2 and model.history[0][1].content == MESSAGES[1].content
    with pytest.raises(LLMError, match="no reply queued"):
        model.invoke(MESSAGES)


def test_gguf_parts_are_kept_only_with_the_right_hash(tmp_path):
    import hashlib

    from drafter.llm.gguf_parts import assemble

    parts = [tmp_path / "part1", tmp_path / "part2"]
    parts[0].write_bytes(b"GGUF" + b"\x00" * 10)
    parts[1].write_bytes(b"tensor-bytes")
    good = hashlib.sha256(b"GGUF" + b"\x00" * 10 + b"tensor-bytes").hexdigest()
    out = assemble(parts, tmp_path / "model.gguf", expected_sha256=good)
    assert out.read_bytes().startswith(b"GGUF")
    with pytest.raises(LLMError, match="expected"):
        assemble(list(reversed(parts)), tmp_path / "wrong.gguf", expected_sha256=good)
    assert not (tmp_path / "wrong.gguf").exists()
