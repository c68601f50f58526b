"""Bind the citations of generated text to the retrieved sources.

Each sentence's ``[doc address]`` brackets are parsed and checked: a
citation is *valid* only if it resolves in the corpus, lies inside a
retrieved chunk, and (for model-written text) the cited text states the
sentence by the offline support judge. Anything else is flagged with the
reason; a sentence with no valid citation is dropped. So nothing a model
invents — a non-existent article, a source it was not given, a claim the
source does not make — is ever presented as a valid citation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from drafter.citations.models import Citation, CitedSentence, SourceSpan
from drafter.citations.resolver import CitationResolver, split_citations, to_source_span
from drafter.citations.support import judge_support
from drafter.citations.units import SourceUnit
from drafter.errors import DrafterError
from drafter.text.lazy_regex import lazy_compile


class Quote(Protocol):
    """An extractive quote: its text and the unit it was taken from."""

    text: str
    unit: SourceUnit


SENTENCE_BREAK = lazy_compile(r"(?<=\])[.。]?\s+(?=[^\s\[])")
"""Within a line, a sentence ends where its citations end: ``… 둔다. [a 제1조] 다음 …``."""
BULLET = lazy_compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def split_answer(text: str) -> list[str]:
    """Sentences of a generated answer: lines, split again after a closing citation.

    Two sentences on one line with one citation at the end stay together, so
    the citation is checked against both.
    """
    out: list[str] = []
    for line in text.splitlines():
        line = BULLET.sub("", line).strip()
        if not line:
            continue
        out.extend(part.strip() for part in SENTENCE_BREAK.split(line) if part.strip())
    # a citation on its own (after the sentence's full stop) belongs to the sentence before
    merged: list[str] = []
    for part in out:
        if merged and part.startswith("[") and split_citations(part)[0] == "":
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


class CitationBinder:
    """Binds sentences to the units (and chunk spans) that were retrieved."""

    def __init__(
        self,
        resolver: CitationResolver,
        units: Sequence[SourceUnit],
        hit_spans: Sequence[tuple[str, int, int]] = (),
        *,
        check_support: bool = True,
    ) -> None:
        self.resolver = resolver
        self.units = {u.label: u for u in units}
        self.hit_spans = list(hit_spans) or [(u.doc, u.span.start, u.span.end) for u in units]
        self.check_support = check_support
        self.known_docs = set(resolver.corpus.documents)

    def _retrieved(self, doc: str, start: int, end: int) -> bool:
        return any(d == doc and s <= start and end <= e for d, s, e in self.hit_spans)

    def bind_citation(self, sentence: str, doc: str, address: str) -> Citation:
        label = f"{doc} {address}".strip()
        try:
            resolved = self.resolver.resolve(doc, address or None)
        except DrafterError as exc:
            return Citation(doc=doc, address=address, status="unresolvable", note=exc.message)
        citation = Citation(doc=doc, address=resolved.address, span=to_source_span(resolved.span), text=resolved.text)
        if label not in self.units and not self._retrieved(doc, resolved.span.start, resolved.span.end):
            return citation.model_copy(update={"status": "not-retrieved",
                                               "note": "resolves, but was not among the retrieved sources"})
        if self.check_support:
            judgement = judge_support(sentence, resolved.text, context=resolved.context,
                                      whole_document=resolved.whole_document, references=resolved.references)
            if not judgement.supported:
                return citation.model_copy(update={"status": "unsupported", "note": judgement.reason})
        return citation

    def bind(self, answer: str) -> tuple[list[CitedSentence], list[CitedSentence]]:
        """``(kept, dropped)``: kept sentences have at least one valid citation."""
        kept: list[CitedSentence] = []
        dropped: list[CitedSentence] = []
        for raw in split_answer(answer):
            text, pairs = split_citations(raw, self.known_docs)
            if not text:
                continue
            citations = [self.bind_citation(text, doc, address) for doc, address in pairs]
            sentence = CitedSentence(text=text, citations=citations)
            (kept if sentence.valid_citations else dropped).append(sentence)
        return kept, dropped

    def bind_quotes(self, quotes: Sequence[Quote]) -> tuple[list[CitedSentence], list[CitedSentence]]:
        """Bind extractive quotes: each is cited by the unit it was taken from, never by its text.

        The only citation of a quote is its unit's own label; it is valid only
        if it resolves and the quote stands verbatim (up to white space) in the
        resolved text — so a bracket inside a source stays text, and a quote
        that was altered is flagged instead of shown.
        """
        kept: list[CitedSentence] = []
        dropped: list[CitedSentence] = []
        for quote in quotes:
            unit = quote.unit
            try:
                resolved = self.resolver.resolve(unit.doc, unit.address or None)
            except DrafterError as exc:
                citation = Citation(doc=unit.doc, address=unit.address, status="unresolvable", note=exc.message)
            else:
                citation = Citation(doc=unit.doc, address=resolved.address, span=to_source_span(resolved.span),
                                    text=resolved.text)
                if not is_quote_of(quote.text, resolved.text):
                    citation = citation.model_copy(update={"status": "unsupported",
                                                           "note": "the sentence is not a verbatim quote of the cited text"})
            where = None
            if citation.valid and citation.span is not None:
                where = locate_quote(self.resolver.corpus.sources.get(unit.doc, ""), quote.text, citation.span)
            sentence = CitedSentence(text=quote.text, citations=[citation], quote=where)
            (kept if sentence.valid_citations else dropped).append(sentence)
        return kept, dropped


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def locate_quote(source: str, sentence: str, within: SourceSpan) -> SourceSpan | None:
    """The span of ``sentence`` in the source file, inside ``within`` (white space may differ)."""
    words = sentence.split()
    if not source or not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    m = pattern.search(source, within.start, within.end)
    if m is None:
        return None
    line = source.count("\n", 0, m.start()) + 1
    return SourceSpan(start=m.start(), end=m.end(), line=line, end_line=line + source.count("\n", m.start(), m.end()))


def is_quote_of(sentence: str, source: str) -> bool:
    """Whether ``sentence`` stands verbatim in ``source`` (white space aside)."""
    quote = _squash(sentence)
    return bool(quote) and quote in _squash(source)
