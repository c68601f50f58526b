"""The ``extractive`` backend: no model. A strategy of the summarizer, not a
chat model: it picks source sentences for relevance to the question and for
diversity (maximal marginal relevance over content-word overlap) and returns
each *with the unit it was taken from*.

Citations are bound by construction: the summarizer turns each
``(sentence, unit)`` pair into a cited sentence whose only citation is the
unit's own label, and checks that the sentence stands verbatim in the text
the citation resolves to. No text is generated and re-parsed, so a bracket
inside a source (``… [police-act 제99조]``) is quoted as text and can never
create, alter or remove a citation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from drafter.citations.analysis import query_terms
from drafter.citations.units import SourceUnit
from drafter.text.lazy_regex import lazy_compile
from drafter.text.sentences import split_sentences

EXTRACTIVE_NOTE = "extractive: sentences quoted from the sources"

LIST_LEAD = lazy_compile(r"다음 각 호")
ITEM_PREFIX = lazy_compile(r"^\s*(?:\d+(?:의\d+)?\.|[가-하]\.|\d+\))\s*")


@dataclass(frozen=True)
class Candidate:
    """One candidate sentence and the unit (its citation) it was taken from."""

    text: str
    unit: SourceUnit

    @property
    def rank(self) -> int:
        return self.unit.rank

    @property
    def context(self) -> str:
        return " ".join(x for x in (self.unit.heading or "", self.unit.lead or "") if x)


def candidates(units: Sequence[SourceUnit]) -> list[Candidate]:
    """Every quotable sentence of the units (a list's lead line left out), with its unit."""
    out: list[Candidate] = []
    for unit in units:
        for sentence in split_sentences(unit.text):
            if LIST_LEAD.search(sentence):
                continue  # '다음 각 호와 같다': a list's lead says nothing by itself
            text = ITEM_PREFIX.sub("", sentence).strip()
            if text:
                out.append(Candidate(text=text, unit=unit))
    return out


def select_sentences(
    question: str, sources: Sequence[Candidate], *, limit: int = 4, diversity: float = 0.3
) -> list[Candidate]:
    """Maximal marginal relevance: relevant to the question, not repeating each other."""
    q = query_terms(question)
    scored: list[tuple[float, set[str], Candidate]] = []
    for src in sources:
        terms = query_terms(src.text)
        ctx = query_terms(src.context) if src.context else set()
        overlap = len(q & terms) + 0.5 * len(q & (ctx - terms))
        relevance = overlap / (len(q) ** 0.5 * max(len(terms), 1) ** 0.25 or 1.0)
        relevance += 0.15 / (1 + src.rank)  # the retriever's order breaks ties
        if overlap > 0 or not q:
            scored.append((relevance, terms, src))
    if not scored:  # nothing overlaps: trust the retriever's order
        scored = [(0.15 / (1 + s.rank), query_terms(s.text), s) for s in sources]
    chosen: list[tuple[set[str], Candidate]] = []
    pool = list(scored)
    while pool and len(chosen) < limit:
        def mmr(item: tuple[float, set[str], Candidate]) -> float:
            rel, terms, _ = item
            redundancy = max((len(terms & t) / max(len(terms | t), 1) for t, _ in chosen), default=0.0)
            return (1 - diversity) * rel - diversity * redundancy

        best = max(pool, key=mmr)
        pool.remove(best)
        chosen.append((best[1], best[2]))
    order = {id(src): i for i, src in enumerate(sources)}
    # read in source order: best-ranked source first, its sentences as written
    return sorted((src for _, src in chosen), key=lambda s: (s.rank, order[id(s)]))


@dataclass
class ExtractiveStrategy:
    """Answers with ``(sentence, unit)`` pairs chosen from the retrieved units."""

    limit: int = 4
    diversity: float = 0.3
    name: str = "extractive"

    def answer(self, question: str, units: Sequence[SourceUnit]) -> list[Candidate]:
        return select_sentences(question, candidates(units), limit=self.limit, diversity=self.diversity)
