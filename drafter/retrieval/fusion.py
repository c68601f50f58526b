"""Reciprocal rank fusion of several ranked lists of chunk ids."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Fused:
    """A fused candidate: its score and its 1-based rank in each input list (None: absent)."""

    id: str
    score: float = 0.0
    ranks: dict[str, int] = field(default_factory=dict)


def reciprocal_rank_fusion(rankings: dict[str, tuple[list[str], float]], rrf_k: int = 60) -> list[Fused]:
    """Fuse ``{name: (ids best first, weight)}``: score = Σ weight / (rrf_k + rank).

    Ties keep the order of first appearance (lists in the given order), so the
    result is deterministic.
    """
    fused: dict[str, Fused] = {}
    for name, (ids, weight) in rankings.items():
        for rank, chunk_id in enumerate(ids, start=1):
            entry = fused.setdefault(chunk_id, Fused(chunk_id))
            if name in entry.ranks:
                continue
            entry.ranks[name] = rank
            entry.score += weight / (rrf_k + rank)
    order = {cid: i for i, cid in enumerate(fused)}
    return sorted(fused.values(), key=lambda f: (-f.score, order[f.id]))
