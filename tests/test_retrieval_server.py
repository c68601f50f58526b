"""Chroma in server mode: a real ``chroma run`` on loopback, shared by two users."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter.config import load_settings
from drafter.errors import StoreError
from drafter.retrieval.embedders import HashEmbedder
from drafter.retrieval.service import open_retrieval

CHROMA = Path(sys.executable).parent / "chroma"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_server(tmp_path):
    if not CHROMA.exists():
        pytest.fail(f"the chroma CLI is missing at {CHROMA} (it comes with the chromadb package)")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("chroma server did not start within 60 s")
                time.sleep(0.2)
        yield port
    finally:
        proc.kill()
        proc.wait(timeout=30)
        log.close()


def _server_settings(port: int, data_dir: Path):
    return load_settings(data_dir=data_dir, chroma={"mode": "server", "host": "127.0.0.1", "port": port})


@pytest.mark.integration
def test_a_team_shares_one_index_on_a_chroma_server(chroma_server, small_corpus, tmp_path):
    alice = open_retrieval(_server_settings(chroma_server, tmp_path / "alice"), embedder=HashEmbedder())
    report = alice.ingest(small_corpus)
    assert sorted(report.added) == ["autonomous-police-dual-model", "police-act"]
    assert not (tmp_path / "alice" / "index" / "chroma").exists(), "server mode keeps no local Chroma files"

    # a teammate with their own data directory sees the same index, and its BM25 is rebuilt from the server
    bob = open_retrieval(_server_settings(chroma_server, tmp_path / "bob"), embedder=HashEmbedder())
    assert set(bob.documents()) == {"autonomous-police-dual-model", "police-act"}
    assert bob.store.count() == report.chunks
    hits = bob.search("시ㆍ도자치경찰위원회 위원의 임명 및 결격사유", k=3, doc="police-act")
    assert hits[0].address == "제20조"
    assert bob.ingest(small_corpus).chunks_embedded == 0


@pytest.mark.integration
def test_unreachable_server_is_a_store_error(tmp_path):
    settings = _server_settings(_free_port(), tmp_path)
    with pytest.raises(StoreError, match="Chroma server"):
        open_retrieval(settings, embedder=HashEmbedder())
