"""The extractive assistant: the playbooks' suggested changes, and a Korean
first draft of 제안이유 및 주요내용 (no model).

The reasons are, in the order 제안이유 are written

* at most :data:`MAX_EVIDENCE` cited Korean evidence sentences: whole
  sentences (:func:`drafter.text.sentences.split_sentences`) of the provisions
  the changes amend and of pinned Korean sources, quoted word for word with
  their citation, each once, each checked by the citation checker;
* the summary sentence and the lettered points :mod:`drafter.amend.reasons`
  writes from the draft's changes (``proposal`` sentences: each cites the
  provisions it changes, and the policy paper the playbook change rests on —
  an English source is cited, never pasted as prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from drafter.amend.particles import fitting_particle
from drafter.assist.models import Proposal
from drafter.citations.resolver import split_citation
from drafter.drafts.models import LAW_SHORT_NAMES, Change, CitedSentence, Draft
from drafter.drafts.playbooks import Playbook
from drafter.errors import DrafterError
from drafter.text.language import is_korean
from drafter.text.sentences import split_sentences as sentences_of

if TYPE_CHECKING:
    from drafter.amend.apply import AmendedStatute
    from drafter.citations.checker import CitationChecker
    from drafter.corpus.corpus import Corpus

MAX_EVIDENCE = 5
"""At most this many evidence sentences in a drafted 제안이유."""


class Assistant(Protocol):
    name: str

    def propose(self, draft: Draft, area: str) -> list[Proposal]: ...

    def reasons(self, draft: Draft) -> Iterator[CitedSentence]: ...


def split_sentences(text: str) -> list[str]:
    """Provision text as sentences (:func:`drafter.text.sentences.split_sentences`), the
    article header and the ①② markers removed."""
    # the header only (제35조(예산) ①, 제35조 ①): a 항 that starts "제90조에 따른" keeps its words
    text = re.sub(r"^제\d+조(?:의\d+)?(?:\([^)]*\)|\s+(?=[①-⑳]))\s*", "", text.strip())
    return [re.sub(r"^[①-⑳]\s*", "", s) for s in sentences_of(text)]


def topic(address: str) -> str:
    """``은`` or ``는`` after an address, read aloud (``제35조는``, ``제35조제1항은``)."""
    return fitting_particle("은", address)


def anchor_article(address: str) -> str:
    """The existing article a new provision hangs on: 제27조의2 → 제27조, 제35조제4항 → 제35조."""
    m = re.match(r"(제\d+조)", address)
    return m.group(1) if m else address


def build_amended(corpus: Corpus, draft: Draft) -> AmendedStatute | None:
    """The draft's law as its changes amend it (the bill's own engine), or None without changes.

    A change the engine refuses (unfinished, its words not in the law) is left out: the
    others still get their points."""
    from pydantic import ValidationError

    from drafter.amend.bill import build_bill
    from drafter.amend.spec import AmendmentSpec

    def build(changes: list[Change]) -> AmendedStatute | None:
        spec = draft.spec_dict(changes=changes)
        spec.pop("reasons", None)
        spec.pop("other_laws", None)
        if not spec["changes"]:
            return None
        try:
            return build_bill(corpus, AmendmentSpec.model_validate(spec)).amended
        except (DrafterError, ValidationError, ValueError):
            return None

    amended = build(list(draft.changes))
    if amended is not None or len(draft.changes) < 2:
        return amended
    kept: list[Change] = []
    for change in draft.changes:
        if build([*kept, change]) is not None:
            kept.append(change)
    return build(kept) if kept else None


def quoted_provision(label: str, address: str, sentence: str) -> str:
    """``현행 제35조제1항은 "…한다."라고 규정하고 있음.`` (``label``: the law's short name, or "")."""
    where = f"{label} {address}".strip()
    return f"현행 {where}{topic(address)} \"{sentence}\"라고 규정하고 있음."


class PlaybookAssistant:
    """The extractive backend ("extractive: sentences quoted from the sources").

    Proposals are the playbooks' suggested changes for the draft's plan and
    law. 제안이유 (:meth:`reasons`): cited Korean evidence (what the law says now), then the
    summary and lettered points written from the changes (:mod:`drafter.amend.reasons`)."""

    name = "extractive (playbooks)"

    def __init__(self, playbooks: dict[str, Playbook], corpus: Corpus) -> None:
        self.playbooks = playbooks
        self.corpus = corpus
        self._checker: CitationChecker | None = None

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

    # -- reasons -------------------------------------------------------------------
    def reasons(self, draft: Draft) -> Iterator[CitedSentence]:
        """As 제안이유 are written: what the law says now (at most :data:`MAX_EVIDENCE` evidence
        sentences), then the summary (``…하려는 것임.``) and the points ``가.`` ``나.`` about the changes."""
        yield from self.evidence_sentences(draft)
        yield from self.change_sentences(draft)

    def _resolves(self, doc: str, address: str) -> bool:
        try:
            self.corpus.resolve(doc, address or None)
        except DrafterError:
            return False
        return True

    def _law_cite(self, draft: Draft, address: str) -> str | None:
        """``police-act 제35조제1항``, or its article for a provision the law has not yet (제27조의2 → 제27조)."""
        for candidate in (address, anchor_article(address)):
            if self._resolves(draft.law, candidate):
                return f"{draft.law} {candidate}"
        return None

    def _playbook_cites(self, draft: Draft, change_spec: str) -> list[str]:
        """The sources (other than the law itself) the playbook change equal to this one cites."""
        out: list[str] = []
        for area in draft.areas:
            book = self.playbooks.get(area)
            for s in book.changes_for(draft.plan) if book is not None else []:
                if s.law == draft.law and str(s.to_change().to_spec()) == change_spec:
                    out += [c for c in s.cite if split_citation(c)[0] != draft.law]
        return [c for c in dict.fromkeys(out) if self._resolves(*split_citation(c))]

    def rationale_cites(self, draft: Draft) -> list[str]:
        """The sources the draft's areas rest on (the playbooks' rationale for its plan), that resolve."""
        out: list[str] = []
        for area in draft.areas:
            book = self.playbooks.get(area)
            for r in book.rationale if book is not None else []:
                if draft.plan == "soft" and "경착륙" in r.text or draft.plan == "hard" and "연착륙" in r.text:
                    continue
                out.append(r.cite)
        out += [p.citation for p in draft.pinned if not self._is_korean_source(p.doc, p.address)]
        return [c for c in dict.fromkeys(out) if self._resolves(*split_citation(c))]

    def _is_korean_source(self, doc: str, address: str) -> bool:
        try:
            return is_korean(self.corpus.resolve(doc, address or None).text)
        except DrafterError:
            return False

    def change_sentences(self, draft: Draft) -> list[CitedSentence]:
        """The summary sentence and one lettered point per touched article (``가. …(안 제35조제1항).``),
        citing the provisions changed and the sources the playbook changes rest on."""
        from drafter.amend.reasons import POINT_LETTERS, draft_points, summary_sentence

        amended = build_amended(self.corpus, draft)
        if amended is None:
            return []
        paper_cites: dict[str, list[str]] = {}
        for change in draft.changes:
            if change.at and (not change.law or change.law == draft.law):
                cites = self._playbook_cites(draft, str(change.to_spec()))
                paper_cites.setdefault(anchor_article(change.at), []).extend(cites)
        points = draft_points(amended)
        law_cites = [c for _, addresses in points for a in addresses if (c := self._law_cite(draft, a))]
        summary = CitedSentence(text=summary_sentence(amended), kind="proposal",
                                citations=list(dict.fromkeys(law_cites + self.rationale_cites(draft))))
        out = [summary]
        for i, (text, addresses) in enumerate(points):
            letter = POINT_LETTERS[i] if i < len(POINT_LETTERS) else str(i + 1)
            cites = [c for a in addresses if (c := self._law_cite(draft, a))]
            cites += [c for a in addresses for c in paper_cites.get(anchor_article(a), [])]
            out.append(CitedSentence(text=f"{letter}. {text}(안 {_join(addresses)}).",
                                     citations=list(dict.fromkeys(cites)), kind="proposal"))
        return out

    def evidence_sentences(self, draft: Draft, limit: int = MAX_EVIDENCE) -> list[CitedSentence]:
        """Whole Korean sentences quoted from the provisions the changes amend, then from pinned
        Korean sources, with their citation; each sentence once, at most ``limit``."""
        # the drafter's pinned evidence first, then the provisions the changes amend
        candidates: list[tuple[str, str, str]] = [(p.doc, p.address, "") for p in draft.pinned if p.address]
        for change in draft.changes:
            if change.at and change.kind != "insert" and (not change.law or change.law == draft.law):
                candidates.append((draft.law, change.at, change.old or ""))
        out: list[CitedSentence] = []
        seen: set[str] = set()
        for doc, address, words in candidates:
            if len(out) >= limit:
                break
            try:
                resolved = self.corpus.resolve(doc, address or None)
            except DrafterError:
                continue
            address = resolved.address or address
            label = "" if doc == draft.law else LAW_SHORT_NAMES.get(doc, doc)
            # an English source is cited by the points, never quoted as a sentence
            sentences = [s for s in split_sentences(resolved.text) if is_korean(s)]
            sentences.sort(key=lambda s: not (words and words in s))  # the one the change touches first
            for sentence in sentences:
                if sentence in seen:
                    continue
                text = quoted_provision(label, address, sentence)
                if self.checker.check(text, doc, address).verdict != "supported":
                    continue  # only what the citation checker finds stated in the source
                seen.add(sentence)
                out.append(CitedSentence(text=text, citations=[f"{doc} {address}"]))
                break
        return out

    @property
    def checker(self) -> CitationChecker:
        """The citation checker (offline features, no embeddings) that vets every evidence sentence."""
        if self._checker is None:
            from drafter.citations.checker import CitationChecker

            self._checker = CitationChecker(self.corpus)
        return self._checker


def _join(addresses: list[str]) -> str:
    """``제19조제1항``, ``제19조 및 제20조``, ``제19조, 제20조 및 제21조``."""
    if len(addresses) == 1:
        return addresses[0]
    return ", ".join(addresses[:-1]) + f" 및 {addresses[-1]}"
