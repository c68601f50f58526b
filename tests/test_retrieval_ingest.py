"""Incremental ingest: skip, replace, remove, bad input, and a real SIGKILL midway."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from drafter.config import load_settings
from drafter.errors import CorpusError
from drafter.retrieval.embedders import HashEmbedder
from drafter.retrieval.service import open_retrieval


def _service(data_dir: Path | None = None, batch_size: int = 32):
    overrides = {"embedder": {"batch_size": batch_size}}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    return open_retrieval(load_settings(**overrides), embedder=HashEmbedder())


def _stored_ids(service) -> list[str]:
    return sorted(service.store.chunks.get(include=[])["ids"])


def test_first_ingest_then_noop(small_corpus):
    service = _service()
    first = service.ingest(small_corpus)
    assert sorted(first.added) == ["autonomous-police-dual-model", "police-act"]
    assert first.chunks == len(_stored_ids(service)) > 50
    articles = {i.rsplit("::", 1)[0] if i.count("::") > 1 else i for i in _stored_ids(service)}
    assert sorted(service.store.headings.get(include=[])["ids"]) == sorted(articles), "one heading vector per article"
    assert first.headings_embedded == len(articles)
    again = service.ingest(small_corpus)
    assert again.added == again.updated == again.removed == []
    assert sorted(again.skipped) == ["autonomous-police-dual-model", "police-act"]
    assert again.chunks_embedded == 0
    assert again.chunks == first.chunks


def test_changed_document_is_replaced_without_duplicates(small_corpus, monkeypatch):
    service = _service()
    service.ingest(small_corpus)
    before = _stored_ids(service)
    path = small_corpus / "statutes" / "police-act.md"
    text = path.read_text(encoding="utf-8")
    assert "경찰의 임무는 다음 각 호와 같다." in text
    path.write_text(text.replace("경찰의 임무는 다음 각 호와 같다.", "경찰의 임무는 다음 각 호와 같다. 무인항공기 순찰을 포함한다."),
                    encoding="utf-8")
    from drafter.retrieval import lexical

    tokenized: list[int] = []
    real_tokenize = lexical.tokenize_indexed

    def counting(texts, **options):
        tokenized.append(len(texts))
        return real_tokenize(texts, **options)

    monkeypatch.setattr(lexical, "tokenize_indexed", counting)
    report = service.ingest(small_corpus)
    assert [n for n in tokenized if n] == [1], "BM25 re-tokenizes only the changed chunk"
    assert report.updated == ["police-act"] and report.skipped == ["autonomous-police-dual-model"]
    assert report.chunks_embedded == 1, "only the edited article is re-embedded"
    assert _stored_ids(service) == before
    hit = service.search("무인항공기 순찰", k=1, doc="police-act")[0]
    assert hit.address == "제3조" and "무인항공기 순찰을 포함한다" in hit.text

    # an article removed from the file disappears from the index
    text = path.read_text(encoding="utf-8")
    start = text.index("##### 제5조")
    end = text.index("##### 제6조")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    service.ingest(small_corpus)
    after = _stored_ids(service)
    assert "police-act::제5조" in before and "police-act::제5조" not in after
    assert len(after) == len(before) - 1


def test_removed_document_is_deleted(small_corpus):
    service = _service()
    service.ingest(small_corpus)
    (small_corpus / "papers" / "autonomous-police-dual-model.md").unlink()
    report = service.ingest(small_corpus)
    assert report.removed == ["autonomous-police-dual-model"]
    assert all(i.startswith("police-act::") for i in _stored_ids(service))
    assert all(i.startswith("police-act::") for i in service.store.headings.get(include=[])["ids"])
    assert set(service.documents()) == {"police-act"}
    assert all(h.doc == "police-act" for h in service.search("autonomous police dual model", k=5))


@pytest.mark.parametrize("problem", ["binary", "not-utf8", "bad-statute"])
def test_bad_corpus_writes_nothing(small_corpus, problem):
    service = _service()
    service.ingest(small_corpus)
    before = _stored_ids(service)
    bad = small_corpus / "statutes" / "broken.md"
    if problem == "binary":
        bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    elif problem == "not-utf8":
        bad.write_bytes("제1조(목적) 이 법은".encode("cp949"))
    else:
        bad.write_text("---\n제목: [broken\n---\n", encoding="utf-8")
    (small_corpus / "papers" / "autonomous-police-dual-model.md").unlink()  # a change that must NOT be applied
    with pytest.raises(CorpusError) as err:
        service.ingest(small_corpus)
    assert "broken.md" in str(err.value)
    assert _stored_ids(service) == before
    assert set(service.documents()) == {"police-act", "autonomous-police-dual-model"}


def test_missing_or_empty_corpus_is_a_clear_error(tmp_path):
    service = _service()
    with pytest.raises(CorpusError, match="does not exist"):
        service.ingest(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no documents"):
        service.ingest(tmp_path / "empty")
    assert service.store.count() == 0


KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from drafter.config import load_settings
    from drafter.retrieval.embedders import HashEmbedder
    from drafter.retrieval.service import open_retrieval

    settings = load_settings(data_dir=sys.argv[1], embedder={"batch_size": 4})
    service = open_retrieval(settings, embedder=HashEmbedder())

    def progress(event):
        if event.stage == "embed":
            print(f"embedded {event.done} {event.doc}", flush=True)
            time.sleep(0.15)

    service.ingest(sys.argv[2], progress=progress)
    print("finished", flush=True)
    """
)


@pytest.mark.integration
def test_ingest_killed_midway_is_completed_by_the_next_run(small_corpus, tmp_path):
    killed_dir = tmp_path / "killed"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(killed_dir), str(small_corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
    )
    seen = []
    deadline = time.monotonic() + 90
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith("embedded") and int(line.split()[1]) >= 24:
                break
            assert time.monotonic() < deadline, "the ingest subprocess made no progress"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert "finished" not in seen, seen

    # the killed run left a partial store: at least one document not complete
    partial = _service(killed_dir)
    records = partial.documents()
    assert any(r.status != "complete" for r in records.values()) or len(records) < 2
    partial_count = partial.store.count()

    resumed = partial.ingest(small_corpus)
    assert partial_count >= 24
    assert resumed.chunks_reused == partial_count, "vectors written before the kill are reused"

    clean = _service(tmp_path / "clean")
    clean.ingest(small_corpus)
    assert _stored_ids(partial) == _stored_ids(clean)
    assert partial.store.count() == clean.store.count()
    assert all(r.status == "complete" for r in partial.documents().values())
    assert sorted(partial.ingest(small_corpus).skipped) == sorted(partial.documents())
