"""Checking a drafted sentence's citations with the citation checker
(:mod:`drafter.citations.checker`), the one that backs "checked against its source"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from drafter.assist.models import Verdict
from drafter.citations.checker import CitationChecker
from drafter.citations.resolver import split_citation
from drafter.drafts.models import CitedSentence
from drafter.errors import DrafterError

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus


class SentenceCheck(Protocol):
    name: str

    def check(self, corpus: Corpus, claim: str, citation: str) -> Verdict: ...


class SentenceChecker:
    """The citation checker behind :class:`SentenceCheck`."""

    name = "citation-checker"

    def __init__(self, checker: CitationChecker) -> None:
        self.checker = checker

    def check(self, corpus: Corpus, claim: str, citation: str) -> Verdict:
        doc, address = split_citation(citation)
        result = self.checker.check(claim, doc, address or None)
        return Verdict(citation, result.verdict, result.reason)


def load_checker(corpus: Corpus, *, embeddings: bool = True) -> SentenceChecker:
    """The citation checker over ``corpus`` (with multilingual-e5 similarity unless ``embeddings=False``)."""
    similarity = None
    if embeddings:
        from drafter.citations.similarity import E5Similarity

        similarity = E5Similarity()
    return SentenceChecker(CitationChecker(corpus, similarity=similarity))


def check_sentence(checker: CitationChecker, corpus: Corpus, sentence: CitedSentence) -> list[Verdict]:
    """Verdicts for each citation of a sentence: evidence is judged by the
    checker; a proposal's citation must resolve (the current text cannot
    support a change to it)."""
    out: list[Verdict] = []
    for cite in sentence.citations:
        if sentence.kind == "proposal":
            doc, address = split_citation(cite)
            try:
                corpus.resolve(doc, address or None)
            except DrafterError as exc:
                out.append(Verdict(cite, "unresolvable", exc.message))
                continue
            out.append(Verdict(cite, "proposal", "the provision this change amends (resolves)"))
        else:
            out.append(checker.check(corpus, sentence.text, cite))
    return out
