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
from drafter.text.tokenizer import tokenize, tokenize_many

RERANK_DEPTH = 50
RERANK_WEIGHT = {"en": 0.06, "ko": 0.02}
"""Added per unit of term coverage, by the question's language; an RRF vote at rank 1
is 1/61 ≈ 0.016, so at 0.06 full coverage outweighs about four rank-1 votes: within
the top 50, an article that has the question's rare terms comes first."""

HEADING_WEIGHT = {"en": 0.01, "ko": 0.0}
"""Added per unit of the question's terms found in the candidate's own heading (제N조(…)): the
heading names what the article is about, so an article whose heading has the question's terms comes
before a neighbour that only mentions them."""

IdfLookup = Callable[[Iterable[str]], dict[str, float]]


def _terms(text: str) -> set[str]:
    return {t for t in tokenize(text) if len(t) > 1 or not t.isascii()}


def _wanted(plan: QueryPlan, idf: IdfLookup | None) -> list[tuple[tuple[str, ...], float]]:
    """What the Korean side looks for: ``(alternatives, weight)`` per unit of the question.

    A Korean question: each morpheme. An English question: each of its words, as the Korean
    alternatives the glossary gives (any one present counts). The weight is the unit's inverse
    document frequency (its rarest token for a word), or 1 without ``idf``.
    """
    if plan.groups:
        alternatives = list(dict.fromkeys(alt for group in plan.groups for alt in group))
        tokens = {alt: {t for t in toks if len(t) > 1 or not t.isascii()}  # one Kiwi batch for all
                  for alt, toks in zip(alternatives, tokenize_many(alternatives))}
        weights = idf({t for ts in tokens.values() for t in ts}) if idf is not None else {}
        return [(group, max((weights.get(t, 1.0) for alt in group for t in tokens[alt]), default=1.0))
                for group in plan.groups]
    korean = sorted(_terms(plan.korean)) if plan.korean else []
    weights = idf(korean) if idf is not None and korean else {}
    return [((term,), weights.get(term, 1.0)) for term in korean]


def _coverage(wanted: list[tuple[tuple[str, ...], float]], hay: str) -> float:
    total = sum(w for _, w in wanted)
    return sum(w for alts, w in wanted if any(a in hay for a in alts)) / total if total else 0.0


def rerank(plan: QueryPlan, fused: Sequence[Fused], texts: dict[str, str], weight: float = 0.06,
           depth: int = RERANK_DEPTH, idf: IdfLookup | None = None, headings: dict[str, str] | None = None,
           heading_weight: float = 0.0) -> list[Fused]:
    """``fused`` re-ordered: the top ``depth`` by fused score + ``weight`` × coverage (+ ``heading_weight``
    × the coverage of the candidate's heading, ``headings`` by fused id).

    ``texts``: the indexed text of each candidate, by fused id (address key).
    ``idf``: inverse document frequencies of Korean tokens (rare terms count more); None: all equal.
    """
    if weight <= 0 or not fused:
        return list(fused)
    head, tail = list(fused[:depth]), list(fused[depth:])
    korean = _wanted(plan, idf)
    english = [((w,), 1.0) for w in dict.fromkeys(plan.english.split()) if len(w) > 2]
    rescored: list[tuple[float, int, Fused]] = []
    for i, f in enumerate(head):
        # surface containment, not a second Kiwi pass over 50 texts: microseconds a candidate
        text = texts.get(f.id, "")
        if is_english_chunk(f.id) and plan.lang == "en":  # an English document: the question's own words
            coverage = _coverage(english, text.lower())
        else:
            coverage = _coverage(korean, text)
            if heading_weight > 0 and headings and headings.get(f.id):
                coverage += heading_weight / weight * _coverage(korean, headings[f.id])
        rescored.append((f.score + weight * coverage, -i, f))
    rescored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [Fused(f.id, score, dict(f.ranks)) for score, _, f in rescored] + tail
