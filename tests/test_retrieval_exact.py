"""Dense ranking is exact and repeatable: the nearest stored vector always comes first."""

from __future__ import annotations

import numpy as np

from drafter.config import load_settings
from drafter.retrieval.store import ChunkStore, ExactIndex, open_client


def unit(v):
    v = np.asarray(v, dtype=np.float32)
    return (v / np.linalg.norm(v)).tolist()


def test_exact_index_ranks_by_cosine_with_document_filter_and_stable_ties():
    index = ExactIndex(
        ids=["b", "a", "c", "d"],
        metas=[{"doc": "x"}, {"doc": "x"}, {"doc": "y"}, {"doc": "y"}],
        matrix=np.asarray([unit([1, 0]), unit([1, 0]), unit([0.9, 0.1]), unit([0, 1])], dtype=np.float32),
    )
    ranked = [index.ids[i] for i, _ in index.search([1, 0], 3, None)]
    assert ranked == ["a", "b", "c"]  # a and b tie: by id
    assert [index.ids[i] for i, _ in index.search([1, 0], 5, {"y"})] == ["c", "d"]
    assert index.search([1, 0], 5, {"nothing"}) == []


def test_store_query_returns_the_true_nearest_neighbour_among_thousands(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    store = ChunkStore(open_client(settings), "t", "fake", exact=True)
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 32)).astype(np.float32)
    store.chunks.add(ids=[f"c{i:04d}" for i in range(3000)], embeddings=vectors.tolist(),
                     metadatas=[{"doc": "d" + str(i % 3)} for i in range(3000)])
    for probe in (5, 1234, 2999):
        query = (vectors[probe] + rng.normal(scale=0.01, size=32)).tolist()
        hits = store.query(query, 10)
        assert hits[0][0] == f"c{probe:04d}"
        assert [d for _, d in hits] == sorted(d for _, d in hits)
        only = store.query(query, 10, {"d" + str((probe + 1) % 3)})
        assert all(int(cid[1:]) % 3 == (probe + 1) % 3 for cid, _ in only)
    # a write through the store is seen by the next query
    store.chunks.add(ids=["new"], embeddings=[vectors[5].tolist()], metadatas=[{"doc": "d9"}])
    assert store.query(vectors[5].tolist(), 1, {"d9"})[0][0] == "new"
