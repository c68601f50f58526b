"""What the TUI needs from the rest of drafter, as small Protocols, and the
adapters that bind them to the real modules.

The App factory takes a :class:`Services`; the CLI passes
:func:`default_services` (real corpus, retrieval, amendment engine, citation
checker), tests pass fakes or the same real pieces over a small corpus.
Nothing here imports a heavy library at import time: each adapter imports
its module when first used, inside a worker.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from drafter.drafts.models import (
    LAW_SHORT_NAMES,
    Change,
    CitedSentence,
    Draft,
    PinnedEvidence,
)
from drafter.drafts.playbooks import Playbook, split_citation
from drafter.errors import DrafterError

if TYPE_CHECKING:
    from drafter.config import Settings
    from drafter.corpus.corpus import Corpus

Progress = Callable[[float, str], None]
"""``progress(fraction 0..1, message)``, called from a worker thread."""

ExportFormat = Literal["md", "docx", "hwpx"]
VerdictLabel = Literal["supported", "unsupported", "unresolvable", "unchecked", "proposal"]


class ServiceUnavailable(DrafterError):
    """A part of drafter the TUI needs (engine, checker, index) is not available."""


# -- evidence search ---------------------------------------------------------
@dataclass
class EvidenceHit:
    """One search result, as the evidence screen shows it."""

    doc: str
    address: str
    heading: str | None
    score: float
    text: str


class EvidenceSearch(Protocol):
    name: str

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]: ...


def _grams(text: str) -> list[str]:
    """Character bigrams of each word (works for Korean without a morpheme analyser)."""
    out: list[str] = []
    for word in re.findall(r"\w+", text.lower()):
        out += [word] if len(word) < 2 else [word[i : i + 2] for i in range(len(word) - 1)]
    return out


class CorpusSearch:
    """Lexical search (BM25 over character bigrams) of 항 and paper sentences.

    In-memory and instant: the search the TUI offers while the hybrid index
    loads, or when no index has been built.
    """

    name = "lexical"

    def __init__(self, corpus: Corpus) -> None:
        from drafter.corpus.models import Paper

        self.units: list[EvidenceHit] = []
        for doc in corpus.documents.values():
            if isinstance(doc, Paper):
                for para in doc.paragraphs:
                    for s in para.sentences:
                        self.units.append(EvidenceHit(doc.doc_id, f"p{para.index}s{s.index}", doc.title, 0.0, s.text))
                continue
            for art in doc.articles:
                if art.deleted:
                    continue
                for hang in art.hangs:
                    from drafter.corpus.statute_render import render_node

                    address = art.key + (f"제{hang.number}항" if hang.number else "")
                    self.units.append(EvidenceHit(doc.doc_id, address, art.heading, 0.0, render_node(hang)))
        self._tf = [Counter(_grams(u.text + " " + (u.heading or ""))) for u in self.units]
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = max(len(self._tf), 1)
        self._idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in df.items()}
        self._avg = sum(sum(tf.values()) for tf in self._tf) / n

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]:
        grams = set(_grams(query))
        if not grams:
            return []
        scored: list[tuple[float, int]] = []
        for i, tf in enumerate(self._tf):
            length = sum(tf.values()) or 1
            s = 0.0
            for g in grams:
                f = tf.get(g)
                if f:
                    s += self._idf[g] * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * length / self._avg))
            if s > 0:
                scored.append((s, i))
        scored.sort(key=lambda t: (-t[0], t[1]))
        out = []
        for s, i in scored[:k]:
            u = self.units[i]
            out.append(EvidenceHit(u.doc, u.address, u.heading, round(s, 3), u.text))
        return out


class RetrievalSearch:
    """The hybrid retrieval service (``drafter.retrieval``) behind the same Protocol."""

    name = "hybrid"

    def __init__(self, service: Any) -> None:
        self.service = service

    def search(self, query: str, k: int = 10) -> list[EvidenceHit]:
        hits = self.service.search(query, k=k)
        return [
            EvidenceHit(h.doc, h.address, getattr(h, "heading", None), float(h.score), h.text) for h in hits
        ]


# -- amendment engine ----------------------------------------------------------
class BillEngine(Protocol):
    def build(self, corpus: Corpus, spec: dict[str, Any]) -> Any:
        """A bill (``.title``, ``.amendment_sentences``, ``.comparison``, ``.bill_markdown``)."""
        ...

    def export(self, bill: Any, fmt: ExportFormat, path: Path) -> Path: ...


class AmendEngine:
    """``drafter.amend``: validates the spec and builds the bill."""

    def _amend(self) -> Any:
        try:
            from drafter import amend

            amend.build_bill  # noqa: B018 - the API this adapter needs
        except (ImportError, AttributeError):
            raise ServiceUnavailable(
                "the amendment engine (drafter.amend.build_bill) is not available",
                hint="install the complete drafter package",
            ) from None
        return amend

    def build(self, corpus: Corpus, spec: dict[str, Any]) -> Any:
        amend = self._amend()
        from pydantic import ValidationError

        try:
            parsed = amend.AmendmentSpec.model_validate(spec)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise DrafterError(f"invalid change ({where}): {err['msg']}") from None
        return amend.build_bill(corpus, parsed)

    def export(self, bill: Any, fmt: ExportFormat, path: Path) -> Path:
        amend = self._amend()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "md":
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_text(bill.bill_markdown, encoding="utf-8")
            tmp.replace(path)
        elif fmt == "docx":
            amend.write_docx(bill, path)
        else:
            amend.write_hwpx(bill, path)
        return path


def comparison_rows(bill: Any) -> list[tuple[str, str]]:
    """``(현행, 개정안)`` text pairs of a bill's comparison table, whatever its row type."""
    rows = getattr(bill, "comparison", None) or []
    out: list[tuple[str, str]] = []
    for row in rows:
        data = row if isinstance(row, dict) else (row.model_dump() if hasattr(row, "model_dump") else vars(row))
        old = next((data[k] for k in ("old", "old_text", "current", "현행") if k in data), "")
        new = next((data[k] for k in ("new", "new_text", "proposed", "개정안") if k in data), "")
        out.append((str(old or ""), str(new or "")))
    return out


# -- citation checking -----------------------------------------------------------
@dataclass
class Verdict:
    citation: str
    verdict: VerdictLabel
    reason: str


class CitationChecker(Protocol):
    name: str

    def check(self, corpus: Corpus, claim: str, citation: str) -> Verdict: ...


class ResolvingChecker:
    """Resolves each citation; says ``unchecked`` for support (no judge available)."""

    name = "resolve-only"

    def check(self, corpus: Corpus, claim: str, citation: str) -> Verdict:
        doc, address = split_citation(citation)
        try:
            corpus.resolve(doc, address or None)
        except DrafterError as exc:
            return Verdict(citation, "unresolvable", exc.message)
        return Verdict(citation, "unchecked", "resolves; support not judged (no checker installed)")


class EvalChecker:
    """The evaluation suite's citation checker (``drafter_evals.citation_checker``)."""

    name = "citation-checker"

    def __init__(self, checker: Any) -> None:
        self.checker = checker

    def check(self, corpus: Corpus, claim: str, citation: str) -> Verdict:
        doc, address = split_citation(citation)
        result = self.checker.check(claim=claim, doc=doc, address=address or None)
        verdict = getattr(result, "verdict", None) or result["verdict"]
        reason = getattr(result, "reason", None) or (result.get("reason", "") if isinstance(result, dict) else "")
        return Verdict(citation, verdict, str(reason))


# -- assistant -------------------------------------------------------------------------
@dataclass
class Proposal:
    """A change the assistant proposes, validated by the engine before it is shown."""

    area: str
    summary: str
    change: Change
    cites: list[str] = field(default_factory=list)


class Assistant(Protocol):
    name: str

    def propose(self, draft: Draft, area: str) -> list[Proposal]: ...

    def reasons(self, draft: Draft) -> Iterator[CitedSentence]: ...


def split_sentences(text: str) -> list[str]:
    """Korean statute text split after each ``…다.`` (article header and ①② markers removed)."""
    text = re.sub(r"^제\d+조(?:의\d+)?(?:\([^)]*\))?\s*", "", text.strip())
    parts = re.split(r"(?<=다\.)\s+", text.replace("\n", " "))
    return [re.sub(r"^[①-⑳]\s*", "", s.strip()) for s in parts if s.strip()]


def topic(address: str) -> str:
    """``은`` or ``는`` after an address (by the final consonant of its last syllable)."""
    last = address.rstrip()[-1:] or "조"
    if "가" <= last <= "힣":
        return "은" if (ord(last) - 0xAC00) % 28 else "는"
    return "는"


def anchor_article(address: str) -> str:
    """The existing article a new provision hangs on: 제27조의2 → 제27조, 제35조제4항 → 제35조."""
    m = re.match(r"(제\d+조)", address)
    return m.group(1) if m else address


class PlaybookAssistant:
    """The extractive backend ("extractive: sentences quoted from the sources").

    Proposals are the playbooks' suggested changes for the draft's plan and
    law. 제안이유 are the policy paper's sentences the playbooks cite, quoted,
    then for each change the current provision (quoted) and what the change
    does (a proposal sentence citing the provision it amends)."""

    name = "extractive (playbooks)"

    def __init__(self, playbooks: dict[str, Playbook], corpus: Corpus) -> None:
        self.playbooks = playbooks
        self.corpus = corpus

    def propose(self, draft: Draft, area: str) -> list[Proposal]:
        book = self.playbooks.get(area)
        if book is None:
            return []
        have = {str(c.to_spec()) for c in draft.changes}
        out = []
        for s in book.changes_for(draft.plan):
            if s.law != draft.law:
                continue
            change = s.to_change()
            if str(change.to_spec()) in have:
                continue
            out.append(Proposal(area, s.summary, change, list(s.cite)))
        return out

    def reasons(self, draft: Draft) -> Iterator[CitedSentence]:
        seen: set[str] = set()
        for area in draft.areas:
            book = self.playbooks.get(area)
            if book is None:
                continue
            for r in book.rationale:
                if r.cite in seen:
                    continue
                if draft.plan == "soft" and "경착륙" in r.text or draft.plan == "hard" and "연착륙" in r.text:
                    continue
                seen.add(r.cite)
                doc, address = split_citation(r.cite)
                try:
                    source = self.corpus.resolve(doc, address or None).text
                except DrafterError:
                    continue
                yield CitedSentence(text=f"정책연구는 \"{source}\"라고 제시한다.", citations=[r.cite])
        for pinned in draft.pinned:
            if pinned.citation in seen:
                continue
            seen.add(pinned.citation)
            sentence = self._pinned_sentence(draft, pinned)
            if sentence is not None:
                yield sentence
        for change in draft.changes:
            yield from self._change_sentences(draft, change)

    def _pinned_sentence(self, draft: Draft, pinned: PinnedEvidence) -> CitedSentence | None:
        """Pinned evidence, quoted: a paper sentence, or the first sentence of a provision."""
        try:
            resolved = self.corpus.resolve(pinned.doc, pinned.address or None)
        except DrafterError:
            return None
        if pinned.doc not in LAW_SHORT_NAMES and not pinned.address.startswith("제"):
            return CitedSentence(text=f"정책연구는 \"{resolved.text}\"라고 제시한다.", citations=[pinned.citation])
        sentences = split_sentences(resolved.text)
        if not sentences:
            return None
        # the draft's own law goes unnamed ("현행" would be a word the source lacks)
        law = "" if pinned.doc == draft.law else LAW_SHORT_NAMES.get(pinned.doc, pinned.doc) + " "
        return CitedSentence(text=f"{law}{pinned.address}{topic(pinned.address)} {sentences[0]}",
                             citations=[pinned.citation])

    def _change_sentences(self, draft: Draft, change: Change) -> Iterator[CitedSentence]:
        """The current text (evidence, quoted) and what the change does (proposal)."""
        if not change.at:
            return
        if change.kind != "insert":
            try:
                resolved = self.corpus.resolve(draft.law, change.at)
            except DrafterError:
                return
            sentences = split_sentences(resolved.text)
            current = next((s for s in sentences if change.old and change.old in s), sentences[0] if sentences else "")
            if current:
                yield CitedSentence(text=f"{change.at}{topic(change.at)} {current}",
                                    citations=[f"{draft.law} {change.at}"])
            anchor = change.at
        else:
            anchor = anchor_article(change.at)
        what = change.note or change.summary()
        yield CitedSentence(text=f"개정안: {what}({change.at}).", citations=[f"{draft.law} {anchor}"],
                            kind="proposal")


# -- the bundle ---------------------------------------------------------------------------
@dataclass
class Services:
    """Everything the App needs, injected by the CLI or a test."""

    load_corpus: Callable[[], Corpus]
    open_search: Callable[[Corpus, Progress], EvidenceSearch]
    engine: BillEngine
    make_assistant: Callable[[Corpus], Assistant]
    make_checker: Callable[[Corpus], CitationChecker]
    playbooks: dict[str, Playbook]


def load_checker(corpus: Corpus, *, embeddings: bool = True) -> CitationChecker:
    """The eval suite's checker (with multilingual embeddings unless
    ``embeddings=False``) when installed, else :class:`ResolvingChecker`."""
    try:
        from drafter_evals.citation_checker import CitationChecker as Checker
    except ImportError:
        return ResolvingChecker()
    similarity = None
    if embeddings:
        try:
            from drafter.citations.similarity import E5Similarity

            similarity = E5Similarity()
        except ImportError:
            similarity = None
    return EvalChecker(Checker(corpus, similarity=similarity))


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


def open_hybrid_search(settings: Settings, corpus: Corpus, progress: Progress,
                       embedder: Any | None = None) -> EvidenceSearch:
    """The hybrid index of ``settings`` (built or brought up to date with
    ``corpus`` first, with progress); lexical search if retrieval is missing."""
    try:
        from drafter.retrieval.service import open_retrieval
    except ImportError:
        return CorpusSearch(corpus)
    progress(0.1, "색인 여는 중 (opening the hybrid index)…")
    service = open_retrieval(settings, embedder=embedder)

    def on_ingest(event: Any) -> None:
        total = getattr(event, "total", 0) or 0
        done = getattr(event, "done", 0) or 0
        fraction = 0.1 + 0.9 * (done / total if total else 1.0)
        progress(min(fraction, 0.99), f"색인 중 (indexing) {done}/{total} {getattr(event, 'doc', '') or ''}")

    service.ingest(corpus, progress=on_ingest)
    return RetrievalSearch(service)


def default_services(settings: Settings, *, embedder: Any | None = None,
                     checker_embeddings: bool = True) -> Services:
    """The real services for ``settings`` (what ``drafter tui`` runs);
    ``embedder`` overrides the configured one (tests pass ``HashEmbedder``)."""
    from drafter.drafts.playbooks import load_playbooks

    def load_corpus() -> Corpus:
        from drafter.corpus.corpus import Corpus

        return Corpus.load(settings.corpus_dir)

    def open_search(corpus: Corpus, progress: Progress) -> EvidenceSearch:
        return open_hybrid_search(settings, corpus, progress, embedder)

    playbooks = load_playbooks()

    def make_assistant(corpus: Corpus) -> Assistant:
        if settings.llm.backend == "extractive":
            return PlaybookAssistant(playbooks, corpus)
        from drafter_tui.llm_assistant import LLMAssistant

        from drafter.llm.factory import make_chat_model

        return LLMAssistant(playbooks, corpus, make_chat_model(settings.llm), settings.llm.backend,
                            prompts_dir=settings.prompts_dir)

    return Services(
        load_corpus=load_corpus,
        open_search=open_search,
        engine=AmendEngine(),
        make_assistant=make_assistant,
        make_checker=lambda corpus: load_checker(corpus, embeddings=checker_embeddings),
        playbooks=playbooks,
    )
