"""A complete partial-amendment bill (일부개정법률안), built from a spec and the corpus.

Order of the parts (reference §1): the title ``<법률명> 일부개정법률안``;
제안이유 및 주요내용; the opening ``<법률명> 일부를 다음과 같이 개정한다.``
and the 개정문; 부칙; the 신ㆍ구조문대비표.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from drafter.amend.apply import AmendedStatute, apply_spec
from drafter.amend.comparison import ComparisonRow, build_comparison
from drafter.amend.errors import AmendmentError
from drafter.amend.multilaw import OtherLawBill
from drafter.amend.reasons import draft_reasons
from drafter.amend.references import reference_warnings
from drafter.amend.sentences import STRAIGHT, TYPESET, amendment_sentences
from drafter.amend.spec import AmendmentSpec, Reasons
from drafter.amend.edit import expand_edits
from drafter.amend.widen import widen_spec
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Statute
from drafter.errors import UnknownDocumentError


class Bill(BaseModel):
    """The bill, ready for the exporters (Markdown, JSON, DOCX, HWPX)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    law: str = Field(description="corpus document id")
    law_title: str = Field(description="법률명, e.g. 국가경찰과 자치경찰의 조직 및 운영에 관한 법률")
    title: str = Field(description="<법률명> 일부개정법률안")
    reasons: str = Field(description="제안이유 및 주요내용 (the spec's, or a first draft written from the changes)")
    reasons_given: bool = True
    reasons_draft: bool = Field(default=False, description="True when the reasons were drafted from the changes")
    opening: str = Field(description="<법률명> 일부를 다음과 같이 개정한다.")
    amendment_sentences: list[str] = Field(description="one per touched article; new text after a newline; straight quotes")
    amendment_sentences_typeset: list[str] = Field(description="the same with “ ” quotes, for DOCX/HWPX")
    supplementary: str = Field(description="부칙")
    comparison: list[ComparisonRow]
    articles: list[str] = Field(description="labels of the touched articles, in order (안 제35조 …)")
    warnings: list[str] = Field(
        default_factory=list, description="citations left stale by renumbering or deleting provisions"
    )
    changes: list[dict] = Field(
        default_factory=list, description="the changes applied, in the spec form: edits replaced by the changes "
        "derived from them, replaces widened to their particle (see prepare_spec)"
    )
    notes: list[str] = Field(default_factory=list, description="what prepare_spec did to the spec (widened quotes)")
    other_laws: list[OtherLawBill] = Field(
        default_factory=list, description="other laws amended in the 부칙, in 가나다 order (drafter.amend.multilaw)"
    )
    amended: AmendedStatute | None = Field(default=None, exclude=True, repr=False)

    @property
    def articles_phrase(self) -> str:
        """``안 제35조 및 제35조의2`` / ``안 제24조, 제35조 및 제35조의2``."""
        labels = self.articles
        if not labels:
            return ""
        if len(labels) == 1:
            return f"안 {labels[0]}"
        return "안 " + ", ".join(labels[:-1]) + f" 및 {labels[-1]}"

    @property
    def bill_markdown(self) -> str:
        from drafter.amend.export_markdown import bill_to_markdown

        return bill_to_markdown(self)

    def to_json_dict(self) -> dict:
        return {
            "law": self.law,
            "law_title": self.law_title,
            "title": self.title,
            "reasons": self.reasons,
            "reasons_draft": self.reasons_draft,
            "opening": self.opening,
            "amendment_sentences": list(self.amendment_sentences),
            "supplementary": self.supplementary,
            "articles": list(self.articles),
            "warnings": list(self.warnings),
            "other_laws": [other.json_dict() for other in self.other_laws],
            "comparison": [row.to_json_dict() for row in self.comparison],
            "bill_markdown": self.bill_markdown,
            "changes": list(self.changes),
            "notes": list(self.notes),
        }


def bill_from_amended(amended: AmendedStatute, spec: AmendmentSpec, notes: list[str] | None = None) -> Bill:
    """The bill of ``amended``; ``spec`` is the spec as applied (after :func:`prepare_spec`)."""
    law_title = spec.title or amended.original.title
    sentences = amendment_sentences(amended.changes, STRAIGHT)
    typeset = amendment_sentences(amended.changes, TYPESET)
    rows = build_comparison(amended)
    labels = [row.article for row in rows]
    reasons = (spec.reasons.render() if isinstance(spec.reasons, Reasons) else (spec.reasons or "")).strip()
    return Bill(
        law=amended.original.doc_id,
        law_title=law_title,
        title=f"{law_title} 일부개정법률안",
        reasons=reasons or draft_reasons(amended),
        reasons_given=bool(reasons),
        reasons_draft=not reasons,
        opening=f"{law_title} 일부를 다음과 같이 개정한다.",
        amendment_sentences=sentences,
        amendment_sentences_typeset=typeset,
        supplementary=spec.supplementary,
        comparison=rows,
        articles=labels,
        warnings=list(amended.warnings) + reference_warnings(amended) + _self_check(amended, sentences),
        changes=[ch.yaml_form() for ch in spec.changes],
        notes=list(notes or []),
        amended=amended,
    )


def _self_check(amended: AmendedStatute, sentences: list[str]) -> list[str]:
    """Read the 개정문 back and replay it (:mod:`drafter.amend.selfcheck`): raises before any bill
    exists when the sentences make another law than the spec; warnings when it cannot run."""
    from drafter.amend.selfcheck import check_bill

    return check_bill(amended, sentences)


@dataclass
class PreparedSpec:
    """A spec ready for the engine: edits expanded into the changes derived from them
    (:mod:`drafter.amend.edit`), replaces widened to the particle the law has after them
    (:mod:`drafter.amend.widen`). ``origins[i]`` is the 1-based index, in the spec the user
    wrote, of the change ``spec.changes[i]`` comes from."""

    spec: AmendmentSpec
    original: AmendmentSpec
    origins: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def prepare_spec(statute: Statute, spec: AmendmentSpec) -> PreparedSpec:
    """The spec-normalisation steps every bill and ``drafter apply`` run before applying."""
    from drafter.amend.split import split_rewrites

    split = split_rewrites(statute, spec)  # one 항 rewritten as ①/②: an edit of its article (one for one)
    expanded, origins = expand_edits(statute, split)
    edits = {i for i, ch in enumerate(split.changes, start=1) if ch.kind == "edit"}  # their text is exact
    widened = widen_spec(statute, expanded, origins, exact=edits)
    return PreparedSpec(spec=widened.spec, original=spec, origins=widened.origins, notes=widened.notes)


def apply_prepared(statute: Statute, prepared: PreparedSpec) -> AmendedStatute:
    """Apply a prepared spec; an engine error names the change of the spec the user wrote."""
    try:
        return apply_spec(statute, prepared.spec)
    except AmendmentError as exc:
        if exc.index is None or exc.index > len(prepared.origins):
            raise
        origin = prepared.origins[exc.index - 1]
        source = prepared.original.changes[origin - 1]
        if origin == exc.index and source == prepared.spec.changes[exc.index - 1]:
            raise
        derived = prepared.spec.changes[exc.index - 1]
        raise AmendmentError(
            f"{derived.kind} at {derived.at} (derived from it): {exc.detail}", index=origin, kind=source.kind,
            address=source.at, reason=exc.reason, path=exc.path, hint=exc.hint,
        ) from None


def build_bill_for_statute(statute: Statute, spec: AmendmentSpec) -> Bill:
    prepared = prepare_spec(statute, spec)
    return bill_from_amended(apply_prepared(statute, prepared), prepared.spec, prepared.notes)


def build_bill(corpus: Corpus, spec: AmendmentSpec) -> Bill:
    """Apply ``spec`` to its statute in ``corpus`` and build the whole bill."""
    try:
        statute = corpus.statute(spec.law)
    except UnknownDocumentError as exc:
        raise AmendmentError(f"unknown law {spec.law!r}: {exc.message}", reason="unknown-law", path=corpus.root,
                             hint=exc.hint or "law is a corpus document id (a file stem), e.g. police-act") from None
    bill = build_bill_for_statute(statute, spec)
    if spec.other_laws:
        from drafter.amend.multilaw import attach_other_laws

        attach_other_laws(bill, corpus, spec)
    return bill

