"""Second stage: re-rank the fused top candidates with the exact article text.

Fusion only sees ranks. The second stage looks at the text of each of the
top :data:`RERANK_DEPTH` candidates (its law title, headings and the article
as indexed) and adds to its fused score the share of the question's terms the
text contains, each Korean term counted by its inverse document frequency
(``징계부가금`` counts more than ``경찰``): Korean morphemes for a Korean
question, the glossary's Korean terms for an English one (English words for
an English document). A question
that names the law, the body and the act ('제주 자치경찰단장 임명') lifts the
article that has all three above one that shares a single rare word.

The weight was chosen by sweeps on the tuning sets ``evals/sets/tuning-retrieval*.jsonl``
(``docs/retrieval-tuning.md``); 0 turns the stage off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from drafter.retrieval.fusion import Fused, QueryPlan, is_english_chunk
from drafter.text.tokenizer import tokenize

RERANK_DEPTH = 50
IDF_WEIGHTED = True
"""Coverage counts each Korean term by its inverse document frequency."""
RERANK_WEIGHT = 0.06
"""Added per unit of term coverage; an RRF vote at rank 1 is 1/61 ≈ 0.016, so full
coverage outweighs about four rank-1 votes: within the top 50, an article that has
the question's rare terms comes first."""


def _terms(text: str) -> set[str]:
    return {t for t in tokenize(text) if len(t) > 1 or not t.isascii()}


def rerank(plan: QueryPlan, fused: Sequence[Fused], texts: dict[str, str], weight: float = RERANK_WEIGHT,
           depth: int = RERANK_DEPTH, idf: Callable[[Iterable[str]], dict[str, float]] | None = None) -> list[Fused]:
    """``fused`` re-ordered: the top ``depth`` by fused score + ``weight`` × coverage.

    ``texts``: the indexed text of each candidate, by fused id (address key).
    ``idf``: weights of the Korean terms (rare terms count more); None: all equal.
    """
    if weight <= 0 or not fused:
        return list(fused)
    head, tail = list(fused[:depth]), list(fused[depth:])
    korean = _terms(plan.korean) if plan.korean else set()
    english = {w for w in plan.english.split() if len(w) > 2}
    weights = idf(korean) if idf is not None and korean and IDF_WEIGHTED else {}
    rescored: list[tuple[float, int, Fused]] = []
    for i, f in enumerate(head):
        # surface containment, not a second Kiwi pass over 50 texts: microseconds a candidate
        text = texts.get(f.id, "")
        english_side = is_english_chunk(f.id) and plan.lang == "en"
        wanted = english if english_side else korean
        hay = text.lower() if english_side else text
        if english_side or not weights:
            coverage = sum(term in hay for term in wanted) / len(wanted) if wanted else 0.0
        else:
            total = sum(weights.values())
            coverage = sum(w for term, w in weights.items() if term in hay) / total if total else 0.0
        rescored.append((f.score + weight * coverage, -i, f))
    rescored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    out = []
    for score, _, f in rescored:
        out.append(Fused(f.id, score, dict(f.ranks)))
    return out + tail
