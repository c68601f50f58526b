"""The extractive assistant: the playbooks' suggested changes, and 제안이유
quoted from the sources they cite."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from drafter.amend.particles import fitting_particle
from drafter.assist.models import Proposal
from drafter.citations.resolver import split_citation
from drafter.drafts.models import LAW_SHORT_NAMES, Change, CitedSentence, Draft, PinnedEvidence
from drafter.drafts.playbooks import Playbook
from drafter.errors import DrafterError
from drafter.text.sentences import split_sentences as sentences_of

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus


class Assistant(Protocol):
    name: str

    def propose(self, draft: Draft, area: str) -> list[Proposal]: ...

    def reasons(self, draft: Draft) -> Iterator[CitedSentence]: ...


def split_sentences(text: str) -> list[str]:
    """Provision text as sentences (:func:`drafter.text.sentences.split_sentences`), the
    article header and the ①② markers removed."""
    text = re.sub(r"^제\d+조(?:의\d+)?(?:\([^)]*\))?\s*", "", text.strip())
    return [re.sub(r"^[①-⑳]\s*", "", s) for s in sentences_of(text)]


def topic(address: str) -> str:
    """``은`` or ``는`` after an address, read aloud (``제35조는``, ``제35조제1항은``)."""
    return fitting_particle("은", address)


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
