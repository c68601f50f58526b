"""LLM servers that misbehave: every fault is a clean LLMError (CLI: exit 2) within
``llm.timeout_s`` for the whole answer, never a hang, a traceback or a truncated
answer taken as complete.

All servers run on 127.0.0.1 in this process, with bounded loops that end
when the test ends.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from drafter.llm.errors import LLMError
from drafter.llm.servers import OllamaChatModel, OpenAICompatChatModel

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [SystemMessage(content="cite sources"), HumanMessage(content="자치경찰 예산은 누가 수립하나")]


class RawServer:
    """A loopback TCP server; ``behave(conn, stop)`` runs per connection in a thread."""

    def __init__(self, behave: Callable[[socket.socket, threading.Event], None]) -> None:
        self.behave = behave
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self.threads: list[threading.Thread] = []
        self.accepter = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            t = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            t.start()
            self.threads.append(t)

    def _serve(self, conn: socket.socket) -> None:
        try:
            self.behave(conn, self.stop)
        except OSError:
            pass
        finally:
            conn.close()

    def __enter__(self) -> RawServer:
        self.accepter.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.sock.close()
        self.accepter.join(2)
        for t in self.threads:
            t.join(2)


def read_request(conn: socket.socket) -> bytes:
    """Read one HTTP request (headers + Content-Length body)."""
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body


def blackhole(conn: socket.socket, stop: threading.Event) -> None:
    """Accepts, reads nothing, answers nothing."""
    stop.wait(60)


def drip(conn: socket.socket, stop: threading.Event) -> None:
    """Answers 200 and then sends SSE keep-alive comments forever (every 0.3 s)."""
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
    for _ in range(200):  # bounded: 60 s at most
        if stop.wait(0.3):
            return
        payload = b": ping\n\n"
        conn.sendall(b"%x\r\n%s\r\n" % (len(payload), payload))


def drip_after_tokens(conn: socket.socket, stop: threading.Event) -> None:
    """Sends one token, then only keep-alive comments."""
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
    event = b'data: {"choices": [{"index": 0, "delta": {"content": "\xec\x9e\x90\xec\xb9\x98"}}]}\n\n'
    conn.sendall(b"%x\r\n%s\r\n" % (len(event), event))
    for _ in range(200):
        if stop.wait(0.3):
            return
        conn.sendall(b"%x\r\n%s\r\n" % (len(b": ping\n\n"), b": ping\n\n"))


def answer(status: int, content_type: str, body: bytes) -> Callable[[socket.socket, threading.Event], None]:
    def behave(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(
            f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n".encode() + body
        )
    return behave


def sse_events(pieces: list[str], done: bool) -> bytes:
    out = b""
    for piece in pieces:
        event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
        out += f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()
    if done:
        out += b"data: [DONE]\n\n"
    return out


HTML = b"<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
COMPLETION = json.dumps({
    "id": "x", "object": "chat.completion", "model": "m",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "자치경찰 예산은 위원회가 수립한다."},
                 "finish_reason": "stop"}],
}, ensure_ascii=False).encode()


def model_for(url: str, **kw) -> OpenAICompatChatModel:
    return OpenAICompatChatModel(base_url=url + "/v1", model="m", timeout_s=kw.pop("timeout_s", 2),
                                 max_retries=kw.pop("max_retries", 1), backoff_s=0.05, **kw)


def ask(model) -> tuple[LLMError, float]:
    started = time.monotonic()
    with pytest.raises(LLMError) as info:
        model.invoke(MESSAGES)
    return info.value, time.monotonic() - started


# -- the deadline covers the whole answer -------------------------------------------------------


def test_a_blackhole_server_ends_within_the_deadline_retries_included():
    with RawServer(blackhole) as server:
        error, elapsed = ask(model_for(server.url, timeout_s=2, max_retries=2))
    assert elapsed < 4, elapsed  # was 3 × timeout_s + backoff
    assert "did not answer within 2 s" in str(error)


def test_keep_alive_comments_do_not_extend_the_deadline():
    with RawServer(drip) as server:
        error, elapsed = ask(model_for(server.url, timeout_s=2))
    assert elapsed < 4, elapsed  # was: until the server quits
    assert "within 2 s" in str(error)


def test_a_stall_after_the_first_tokens_ends_at_the_deadline_too():
    with RawServer(drip_after_tokens) as server:
        model = model_for(server.url, timeout_s=2)
        started = time.monotonic()
        seen = []
        with pytest.raises(LLMError, match="did not finish its answer within 2 s"):
            for chunk in model.stream(MESSAGES):
                seen.append(chunk.content)
        assert time.monotonic() - started < 4
    assert seen == ["자치"]


# -- answers that are not a complete stream -------------------------------------------------------


@pytest.mark.parametrize(
    ("behave", "needle"),
    [
        (answer(200, "text/html", HTML), "text/html"),
        (answer(200, "application/json", COMPLETION), "application/json"),
        (answer(200, "text/event-stream", b""), "without a stream of tokens"),
        (answer(200, "text/event-stream", b"data: [DONE]\n\n"), "empty answer"),
        (answer(200, "text/event-stream", b"data: {not json\n\n"), "not a readable stream"),
    ],
    ids=["html", "plain-json", "empty-stream", "done-only", "bad-json"],
)
def test_a_200_answer_without_a_proper_stream_is_an_error(behave, needle):
    with RawServer(behave) as server:
        error, elapsed = ask(model_for(server.url))
    assert needle in str(error)
    assert "Traceback" not in str(error)
    assert elapsed < 4


def test_a_stream_closed_without_done_is_not_a_complete_answer():
    body = sse_events(["경찰청장은 ", "대통령이"], done=False)
    with RawServer(answer(200, "text/event-stream", body)) as server:
        error, _ = ask(model_for(server.url))
    assert "[DONE]" in str(error) and "incomplete" in str(error)


def test_the_same_stream_with_done_is_accepted():
    body = sse_events(["경찰청장은 ", "대통령이 임명한다."], done=True)
    with RawServer(answer(200, "text/event-stream", body)) as server:
        assert model_for(server.url).invoke(MESSAGES).content == "경찰청장은 대통령이 임명한다."


def test_ollama_stream_without_done_is_incomplete():
    line = {"model": "m", "created_at": "2026-01-01T00:00:00Z", "message": {"role": "assistant", "content": "자치"},
            "done": False}
    body = (json.dumps(line, ensure_ascii=False) + "\n").encode()
    with RawServer(answer(200, "application/x-ndjson", body)) as server:
        model = OllamaChatModel(base_url=server.url, model="m", timeout_s=2, max_retries=0)
        error, _ = ask(model)
    assert "done" in str(error) and "incomplete" in str(error)


def test_ollama_blackhole_and_html():
    with RawServer(blackhole) as server:
        error, elapsed = ask(OllamaChatModel(base_url=server.url, model="m", timeout_s=2, max_retries=1))
    assert elapsed < 4 and "did not answer within 2 s" in str(error)
    with RawServer(answer(200, "text/html", HTML)) as server:
        error, _ = ask(OllamaChatModel(base_url=server.url, model="m", timeout_s=2, max_retries=0))
    assert "not a readable stream" in str(error)


def test_no_key_means_no_authorization_header():
    seen: list[bytes] = []

    def behave(conn: socket.socket, stop: threading.Event) -> None:
        seen.append(read_request(conn))
        body = sse_events(["ok"], done=True)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: %d\r\n"
                     b"Connection: close\r\n\r\n%s" % (len(body), body))

    with RawServer(behave) as server:
        assert model_for(server.url).invoke(MESSAGES).content == "ok"
    assert b"authorization" not in seen[0].lower()


# -- the command line: exit 2, one message, within 45 s with timeout_s = 5, max_retries = 1 -------


@pytest.mark.parametrize(
    "behave",
    [blackhole, drip, answer(200, "text/html", HTML), answer(200, "text/event-stream", sse_events(["자치"], done=False))],
    ids=["blackhole", "drip", "html", "no-done"],
)
def test_summarize_against_a_faulty_server_exits_2_in_bounded_time(behave, small_corpus):
    with RawServer(behave) as server:
        env = {**os.environ, "DRAFTER_LLM__BASE_URL": server.url + "/v1", "DRAFTER_LLM__TIMEOUT_S": "5",
               "DRAFTER_LLM__MAX_RETRIES": "1", "DRAFTER_DEBUG": ""}
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "drafter", "summarize", "자치경찰 예산은 누가 수립하나", "--llm", "openai",
             "--retriever", "keyword", "--corpus", str(small_corpus)],
            capture_output=True, text=True, timeout=90, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
        )
        elapsed = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr
    assert elapsed < 45, elapsed
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error: openai server at {server.url}/v1 "), proc.stderr
