"""The index: Chroma servers that hang or die, two writers at once, and searches
that must answer about the corpus they were asked about (and say when the index
is incomplete).

Tests use the hash embedder (instant, deterministic) except where noted.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from drafter.cli import retrieval_cmds
from drafter.cli.app import main
from drafter.config import load_settings
from drafter.errors import StoreError
from drafter.retrieval.embedders import HashEmbedder
from drafter.retrieval.service import open_retrieval
from drafter.retrieval.store import DocRecord, IndexBusyError, index_lock, lock_holder

ROOT = Path(__file__).resolve().parent.parent
CHROMA = Path(sys.executable).parent / "chroma"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Blackhole:
    """Accepts TCP connections on loopback and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
            except TimeoutError:
                continue
            except OSError:
                return

    def __enter__(self) -> Blackhole:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(2)
        for c in self.conns:
            c.close()
        self.sock.close()


# -- a Chroma server that accepts and never answers ---------------------------------------------


def test_a_chroma_server_that_never_answers_is_a_store_error_not_a_hang(tmp_path):
    with Blackhole() as hole:
        settings = load_settings(data_dir=tmp_path, chroma={"mode": "server", "host": "127.0.0.1",
                                                            "port": hole.port, "timeout_s": 2})
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            open_retrieval(settings, embedder=HashEmbedder())
        elapsed = time.monotonic() - started
    assert elapsed < 15, elapsed
    assert f"127.0.0.1:{hole.port}" in str(info.value) and "did not answer" in str(info.value)


def test_search_against_a_silent_chroma_server_exits_2(tmp_path, small_corpus):
    with Blackhole() as hole:
        env = {**os.environ, "DRAFTER_CHROMA__MODE": "server", "DRAFTER_CHROMA__PORT": str(hole.port),
               "DRAFTER_CHROMA__HOST": "127.0.0.1", "DRAFTER_CHROMA__TIMEOUT_S": "2", "DRAFTER_DEBUG": ""}
        started = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "drafter", "search", "자치경찰", "--corpus", str(small_corpus)],
                              capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
                              stdin=subprocess.DEVNULL)
        elapsed = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr
    assert elapsed < 30
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: ") and f"127.0.0.1:{hole.port}" in proc.stderr


# -- a real Chroma server killed mid-work -------------------------------------------------------


@pytest.fixture()
def chroma_server(tmp_path):
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, (tmp_path / "chroma.log").read_text()[-2000:]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            assert time.monotonic() < deadline, "chroma server did not start within 60 s"
            time.sleep(0.2)
    yield proc, port
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)
    log.close()


@pytest.mark.integration
def test_a_chroma_server_killed_mid_search_and_mid_ingest_is_a_named_error(chroma_server, small_corpus, tmp_path):
    proc, port = chroma_server
    settings = load_settings(data_dir=tmp_path / "d", chroma={"mode": "server", "host": "127.0.0.1", "port": port,
                                                              "timeout_s": 5})
    service = open_retrieval(settings, embedder=HashEmbedder())
    service.ingest(small_corpus)
    assert service.search("시ㆍ도자치경찰위원회", k=2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    service._lexical = None  # force a round trip to the store
    with pytest.raises(StoreError) as info:
        service.search("시ㆍ도자치경찰위원회 위원", k=2)
    assert f"127.0.0.1:{port}" in str(info.value)
    assert "cannot be reached" in str(info.value)
    (small_corpus / "papers" / "memo.md").write_text("# Memo\n\nThe budget moves to the cities.\n", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot be reached"):
        service.ingest(small_corpus)


# -- two writers on one data directory ----------------------------------------------------------


HOLD = """
import sys, time
from drafter.config import load_settings
from drafter.retrieval.store import index_lock
with index_lock(load_settings(data_dir=sys.argv[1]), wait_s=1):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _hold_lock(data_dir: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir), str(seconds)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_briefly_then_names_the_first(tmp_path, small_corpus):
    settings = load_settings(data_dir=tmp_path)
    holder = _hold_lock(tmp_path, 30)
    try:
        assert lock_holder(settings) == f"pid {holder.pid}"
        service = open_retrieval(settings, embedder=HashEmbedder())
        started = time.monotonic()
        with pytest.raises(IndexBusyError) as info:
            service.ingest(small_corpus)
        assert 4 < time.monotonic() - started < 15
        assert f"being built by another process (pid {holder.pid})" in str(info.value)
        assert service.documents() == {}  # nothing was written
    finally:
        holder.kill()
        holder.wait()
    # the OS releases the lock of a killed process: the next ingest goes ahead
    assert lock_holder(settings) is None
    assert sorted(open_retrieval(settings, embedder=HashEmbedder()).ingest(small_corpus).added) == [
        "autonomous-police-dual-model", "police-act"]


def test_the_lock_is_reentrant_free_after_use(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    with index_lock(settings):
        pass
    with index_lock(settings, wait_s=0.1):
        assert lock_holder(settings) is not None or True  # our own lock: the probe may see it
    assert lock_holder(settings) is None


# -- search answers about the corpus it was asked about -----------------------------------------


@pytest.fixture()
def hash_service(monkeypatch):
    """The CLI's search, on the hash embedder."""

    def open_service(settings):
        return open_retrieval(settings, embedder=HashEmbedder())

    monkeypatch.setattr(retrieval_cmds, "open_service", open_service)
    return open_service


def _search_json(capsys, *args) -> tuple[int, list[dict], str]:
    code = main(["search", *args, "--json"])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else []), out.err


def test_search_with_another_corpus_never_returns_documents_outside_it(hash_service, small_corpus, tmp_path,
                                                                       capsys):
    assert main(["ingest", "--corpus", str(small_corpus)]) == 0
    capsys.readouterr()
    only_act = tmp_path / "only-act"
    (only_act / "statutes").mkdir(parents=True)
    (only_act / "statutes" / "police-act.md").write_bytes((small_corpus / "statutes" / "police-act.md").read_bytes())
    code, data, err = _search_json(capsys, "dual model autonomous police", "-k", "10", "--corpus", str(only_act))
    assert code == 0, err
    assert data and {h["doc"] for h in data} == {"police-act"}  # the paper is not in only-act
    assert all(h["index_complete"] is True for h in data)
    assert "does not match" in err and "autonomous-police-dual-model" in err


def _half_built_while_another_ingests(small_corpus, capsys) -> subprocess.Popen:
    """A complete ingest, then the paper's record left as a kill -9 between its "pending" and "complete"
    marks leaves it, and the index lock held by another process (returned: kill it when done)."""
    assert main(["ingest", "--corpus", str(small_corpus)]) == 0
    capsys.readouterr()
    service = open_retrieval(load_settings(corpus_dir=small_corpus), embedder=HashEmbedder())
    record = service.documents()["autonomous-police-dual-model"]
    service.store.set_record(DocRecord(record.doc, record.signature, "pending", record.chunks, record.title))
    return _hold_lock(Path(os.environ["DRAFTER_DATA_DIR"]), 60)  # another process is ingesting


def test_a_half_built_index_says_so_when_it_cannot_be_completed(hash_service, small_corpus, tmp_path, capsys,
                                                               monkeypatch):
    holder = _half_built_while_another_ingests(small_corpus, capsys)
    try:
        code, data, err = _search_json(capsys, "자치경찰 예산", "--corpus", str(small_corpus))
    finally:
        holder.kill()
        holder.wait()
    assert code == 0, err
    assert data and all(h["index_complete"] is False for h in data)
    assert data[0]["index"]["documents_missing"] == ["autonomous-police-dual-model"]
    assert data[0]["index"]["building"] == f"pid {holder.pid}"
    assert "warning: the index is" in err  # incomplete / still being built: said on stderr, not silently partial
    assert "autonomous-police-dual-model" in err

    # once the other process is gone, the next search completes the index first
    code, data, err = _search_json(capsys, "자치경찰 예산", "--corpus", str(small_corpus))
    assert code == 0 and data and all(h["index_complete"] is True for h in data), err
    assert "updating it" in err


def test_a_changed_file_is_reindexed_before_searching(hash_service, small_corpus, capsys):
    assert main(["ingest", "--corpus", str(small_corpus)]) == 0
    paper = small_corpus / "papers" / "autonomous-police-dual-model.md"
    paper.write_text(paper.read_text(encoding="utf-8") + "\n\nZanzibar clause: a new closing sentence.\n",
                     encoding="utf-8")
    capsys.readouterr()
    code, data, err = _search_json(capsys, "Zanzibar clause", "-k", "3", "--corpus", str(small_corpus))
    assert code == 0, err
    assert "1 changed since indexed (autonomous-police-dual-model)" in err
    assert any("Zanzibar" in h["text"] for h in data)


def test_a_second_ingest_in_the_same_program_is_named_as_such(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with index_lock(settings, wait_s=0.3):
                pass
        except IndexBusyError as exc:
            errors.append(exc)

    with index_lock(settings):
        t = threading.Thread(target=second)
        t.start()
        t.join(10)
    assert len(errors) == 1 and "another task of this program" in str(errors[0])


def test_summarize_json_says_whether_its_index_was_complete(hash_service, small_corpus, capsys, monkeypatch):
    import drafter.retrieval.service as service_module

    real = service_module.open_retrieval
    monkeypatch.setattr(service_module, "open_retrieval", lambda s, **kw: real(s, embedder=HashEmbedder(), **kw))
    holder = _half_built_while_another_ingests(small_corpus, capsys)
    try:
        code = main(["summarize", "자치경찰 예산", "--json", "--corpus", str(small_corpus)])
        out = capsys.readouterr()
    finally:
        holder.kill()
        holder.wait()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["index"]["complete"] is False
    assert data["index"]["documents_missing"] == ["autonomous-police-dual-model"]
    assert "warning: the index is" in out.err

    code = main(["summarize", "자치경찰 예산", "--json", "--corpus", str(small_corpus)])
    out = capsys.readouterr()
    assert code == 0 and json.loads(out.out)["index"]["complete"] is True, out.err
