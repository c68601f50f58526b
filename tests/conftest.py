"""Shared fixtures. Every test runs with a temporary data directory and no
user config file, so nothing touches the user's real index or drafts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE_CORPUS = SHARED / "corpus"
EVALSETS = SHARED / "evalsets"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("drafter-data")
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(data))
    monkeypatch.setenv("DRAFTER_CONFIG", str(data / "no-config.toml"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for var in (
        "DRAFTER_CORPUS_DIR", "DRAFTER_EMBEDDER__BACKEND", "DRAFTER_EMBEDDER__MODEL", "DRAFTER_CHROMA__MODE",
        "DRAFTER_LLM__BACKEND", "DRAFTER_LLM__BASE_URL", "DRAFTER_LLM__API_KEY", "OPENAI_API_KEY",
    ):
        monkeypatch.delenv(var, raising=False)
    yield data
    _forget_light_kiwi()


def _forget_light_kiwi() -> None:
    """A test that loaded Kiwi with the dictionary words of its own small index (drafter.text.kiwi_words)
    leaves the next test the whole dictionary, as a fresh process on the reference corpus would read."""
    from drafter.text import tokenizer

    tokenizer.use_indexed_words(None)
    if tokenizer._kiwi_words is not None:
        tokenizer._kiwi = None
        tokenizer._kiwi_words = None


@pytest.fixture(scope="session")
def reference_corpus() -> Path:
    """The real reference corpus (../shared/corpus); read-only."""
    if not REFERENCE_CORPUS.is_dir():
        pytest.fail(f"reference corpus missing at {REFERENCE_CORPUS}: CI checks out ../shared beside the repo")
    return REFERENCE_CORPUS


@pytest.fixture()
def small_corpus(tmp_path, reference_corpus) -> Path:
    """A writable slice of the reference corpus: the police act and the paper."""
    root = tmp_path / "corpus"
    (root / "statutes").mkdir(parents=True)
    (root / "papers").mkdir()
    shutil.copy(reference_corpus / "statutes" / "police-act.md", root / "statutes")
    shutil.copy(reference_corpus / "papers" / "autonomous-police-dual-model.md", root / "papers")
    return root


@pytest.fixture(scope="session")
def loaded_reference_corpus(reference_corpus):
    from drafter.corpus.corpus import Corpus

    return Corpus.load(reference_corpus)
