"""The citation checker that backs "checked against its source": for each
(claim, citation) — does the citation resolve, do quoted passages match the
source exactly, does the source state the claim?

Verdicts are ``supported``, ``unsupported`` or ``unresolvable``. The
deterministic part (resolution, quotes, numbers, entities, negation, overlap)
runs offline on a CPU; multilingual embeddings decide only what the lexical
features cannot; an LLM judge, when one is configured and asked for, can only
*withdraw* a ``supported`` verdict, never invent one.

The evaluation runner (:mod:`drafter_evals.citation_eval`) reads labelled
sets and scores this checker; the TUI's review step and ``drafter eval
citations`` both use it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from drafter.citations.analysis import analyze_many
from drafter.citations.resolver import CitationResolver
from drafter.citations.support import Similarity, SupportThresholds, judge_support
from drafter.corpus.corpus import Corpus
from drafter.errors import DrafterError

Verdict = Literal["supported", "unsupported", "unresolvable"]
LABELS: tuple[Verdict, ...] = ("supported", "unsupported", "unresolvable")

class CheckResult(BaseModel):
    """The checker's verdict on one (claim, citation)."""

    id: str
    verdict: Verdict
    reason: str
    label: Verdict | None = None
    coverage: float | None = None
    similarity: float | None = None
    evidence: str | None = None



class CitationChecker:
    """Checks (claim, citation) pairs against a corpus."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        similarity: Similarity | None = None,
        judge: Any | None = None,
        thresholds: SupportThresholds | None = None,
    ) -> None:
        self.resolver = CitationResolver(corpus)
        self.similarity = similarity
        self.judge = judge
        self.thresholds = thresholds or SupportThresholds()

    def prepare(self, pairs: list[tuple[str, str, str | None]]) -> None:
        """Analyse all claims in one Kiwi batch (optional; faster on many cores)."""
        analyze_many([claim for claim, _, _ in pairs])

    def check_many(self, pairs: list[tuple[str, str, str | None]]) -> list[CheckResult]:
        self.prepare(pairs)
        return [self.check(claim, doc, address) for claim, doc, address in pairs]

    def check(self, claim: str, doc: str, address: str | None, *, id: str = "") -> CheckResult:
        try:
            resolved = self.resolver.resolve(doc, address)
        except DrafterError as exc:
            return CheckResult(id=id, verdict="unresolvable", reason=exc.message)
        judgement = judge_support(
            claim, resolved.text, context=resolved.context, whole_document=resolved.whole_document,
            similarity=self.similarity, thresholds=self.thresholds, references=resolved.references,
        )
        verdict: Verdict = "supported" if judgement.supported else "unsupported"
        reason = judgement.reason
        if verdict == "supported" and self.judge is not None:
            from drafter.citations.judge import judge_claim

            agrees, why = judge_claim(self.judge, claim, judgement.evidence or resolved.text)
            if not agrees:
                verdict, reason = "unsupported", f"LLM judge: {why}"
        return CheckResult(
            id=id, verdict=verdict, reason=reason, coverage=judgement.coverage,
            similarity=judgement.similarity, evidence=judgement.evidence,
        )

    def check_label(self, claim: str, citation: str, *, id: str = "") -> CheckResult:
        """Check a claim against a citation label such as ``police-act 제35조제1항``."""
        from drafter.citations.resolver import parse_citation_label

        parsed = parse_citation_label(citation)
        if parsed is None:
            return CheckResult(id=id, verdict="unresolvable", reason=f"not a citation: {citation!r}")
        doc, address = parsed
        return self.check(claim, doc, address or None, id=id)
