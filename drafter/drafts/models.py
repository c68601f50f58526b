"""What a draft holds: the plan, the areas, pinned evidence, the changes and
the cited 제안이유 — plain pydantic models, serialised as JSON by the store.

A draft's changes are amendment-spec fragments (the ``changes`` entries of
:class:`drafter.amend.AmendmentSpec`), so :meth:`Draft.spec_dict` is exactly
what the engine validates.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Plan = Literal["soft", "hard"]
Area = Literal["organization", "manpower", "budget"]
ChangeKind = Literal["replace", "rewrite", "insert", "delete", "retitle", "edit"]
Part = Literal["전단", "후단", "본문", "단서"]
Step = Literal["start", "evidence", "amend", "assist", "review", "export"]
OUTSIDE_ITEMS = ("각 호 외의 부분", "각 목 외의 부분")
"""Address suffixes a drafter may write (``제24조제1항 각 호 외의 부분``); the engine words them itself."""

PLAN_LABELS: dict[str, str] = {
    "soft": "연착륙안 (soft landing: 현행 이원화 모델 보완)",
    "hard": "경착륙안 (hard landing: 경찰권 전면 이양)",
}
AREA_LABELS: dict[str, str] = {"organization": "조직", "manpower": "인력", "budget": "예산"}
LAW_SHORT_NAMES: dict[str, str] = {
    "police-act": "경찰법",  # 국가경찰과 자치경찰의 조직 및 운영에 관한 법률
    "police-officials-act": "경찰공무원법",
    "jeju-special-act": "제주특별법",
    "sejong-special-act": "세종특별법",
    "gangwon-special-act": "강원특별법",
    "jeonbuk-special-act": "전북특별법",
}
"""Short names drafters use for the laws a draft can amend (for lists and sentences)."""
DEFAULT_SUPPLEMENTARY = "이 법은 공포 후 6개월이 경과한 날부터 시행한다."


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class PinnedEvidence(BaseModel):
    """A passage the drafter pinned while searching: where it is and what it says."""

    doc: str = Field(description="corpus document id, e.g. police-act")
    address: str = Field(description="canonical address, e.g. 제35조제1항 or p1s13")
    heading: str | None = Field(default=None, description="article heading, for display")
    text: str = Field(description="the quoted text of the passage")

    @property
    def citation(self) -> str:
        return f"{self.doc} {self.address}".strip()


class Change(BaseModel):
    """One amendment-spec change: ``kind`` plus its arguments.

    ``to_spec()`` gives the fragment the engine reads, e.g.
    ``{"replace": {"at": "제35조제1항", "old": "…", "new": "…"}}``.
    """

    kind: ChangeKind
    at: str = Field(description="address of the provision, e.g. 제35조제1항")
    old: str | None = Field(default=None, description="replace: the words to change")
    new: str | None = Field(default=None, description="replace: the new words")
    all: bool = Field(default=False, description="replace: every occurrence (각각)")
    part: Part | None = Field(default=None, description="replace: only in one half of a two-sentence provision")
    renumber: bool | None = Field(default=None, description="insert: push the provision at this number down by one")
    text: str | None = Field(default=None, description="rewrite/insert/edit: the new text")
    heading: str | None = Field(default=None, description="insert/retitle: the article heading")
    origin: Literal["drafter", "playbook", "assist"] = Field(
        default="drafter", description="who proposed it (shown in the list)"
    )
    note: str | None = Field(default=None, description="why, for the drafter (not part of the bill)")
    law: str | None = Field(
        default=None, description="document id of another law this change amends (None: the draft's law); "
        "such changes go into the spec's other_laws (다른 법률의 개정 in the 부칙)"
    )

    @property
    def address(self) -> str:
        """``at`` without a trailing ``각 호 외의 부분`` (the engine finds and names that part itself)."""
        at = self.at.strip()
        for suffix in OUTSIDE_ITEMS:
            if at.endswith(suffix):
                return at[: -len(suffix)].strip()
        return at

    def to_spec(self) -> dict[str, Any]:
        args: dict[str, Any] = {"at": self.address}
        if self.kind == "replace":
            args.update(old=self.old or "", new=self.new or "")
            if self.all:
                args["all"] = True
            if self.part:
                args["part"] = self.part
        elif self.kind in ("rewrite", "insert", "edit"):
            args["text"] = self.text or ""
            if self.kind == "insert" and self.heading:
                args["heading"] = self.heading
            if self.kind == "insert" and self.renumber is not None:
                args["renumber"] = self.renumber
        elif self.kind == "retitle":
            args["heading"] = self.heading or ""
        return {self.kind: args}

    @classmethod
    def from_spec(cls, fragment: dict[str, Any], **extra: Any) -> Change:
        """Inverse of :meth:`to_spec` (one key: the kind)."""
        if len(fragment) != 1:
            raise ValueError(f"a change has exactly one kind, got {sorted(fragment)}")
        kind, args = next(iter(fragment.items()))
        return cls(kind=kind, **dict(args), **extra)

    def summary(self) -> str:
        if self.law:
            return f"[{LAW_SHORT_NAMES.get(self.law, self.law)}] {self._summary()}"
        return self._summary()

    def _summary(self) -> str:
        if self.kind == "replace":
            return f"{self.at}: \"{self.old or ''}\" → \"{self.new or ''}\""
        if self.kind == "retitle":
            return f"{self.at}: 제목 → ({self.heading})"
        if self.kind == "delete":
            return f"{self.at}: 삭제"
        first = (self.text or "").splitlines()[0] if self.text else ""
        label = {"rewrite": "전문 개정", "insert": "신설", "edit": "고쳐 쓰기"}.get(self.kind, self.kind)
        return f"{self.at}: {label} {first[:40]}"


class CitedSentence(BaseModel):
    """A sentence of 제안이유 및 주요내용 and the sources it cites (``doc address``).

    ``evidence`` sentences state what a source says: the checker judges
    whether the source supports them. ``proposal`` sentences say what the
    bill changes and cite the provision changed: that citation must resolve,
    but the current text cannot "support" a change to it.
    """

    text: str
    citations: list[str] = Field(default_factory=list, description="e.g. ['police-act 제35조제1항']")
    kind: Literal["evidence", "proposal"] = "evidence"

    def render(self) -> str:
        marks = "".join(f" [{c}]" for c in self.citations)
        return self.text + marks


class Draft(BaseModel):
    """A bill in progress."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str = "자치경찰 이원화 개정안"
    plan: Plan = "soft"
    areas: list[Area] = Field(default_factory=lambda: ["organization", "manpower", "budget"])
    law: str = Field(default="police-act", description="document id of the statute amended")
    pinned: list[PinnedEvidence] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)
    reasons: list[CitedSentence] = Field(default_factory=list)
    supplementary: str = DEFAULT_SUPPLEMENTARY
    reasons_text: str | None = Field(
        default=None, description="제안이유 및 주요내용 as the drafter wrote it (used instead of the cited sentences)"
    )
    step: Step = Field(default="evidence", description="the wizard step the drafter was on (resume opens it)")
    created_at: datetime = Field(default_factory=now_utc)
    updated_at: datetime = Field(default_factory=now_utc)

    def reasons_text_from_sentences(self) -> str:
        """One sentence a line (evidence, the summary, the points 가. 나. …), as the reasons editor shows them."""
        return "\n".join(s.render() for s in self.reasons)

    def spec_dict(self, extra: list[Change] | None = None, *, changes: list[Change] | None = None) -> dict[str, Any]:
        """The amendment spec (as the engine reads it) for this draft's law: ``changes`` (default: the
        draft's) plus ``extra``; a change whose ``law`` is another law goes into ``other_laws`` (one entry
        per law, in the order the laws first appear; the engine orders them in the 부칙)."""
        chosen = list(self.changes if changes is None else changes) + list(extra or [])
        others: dict[str, list[dict[str, Any]]] = {}
        for c in chosen:
            if c.law and c.law != self.law:
                others.setdefault(c.law, []).append(c.to_spec())
        spec: dict[str, Any] = {
            "law": self.law,
            "changes": [c.to_spec() for c in chosen if not c.law or c.law == self.law],
            "supplementary": self.supplementary,
        }
        if others:
            spec["other_laws"] = [{"law": law, "changes": fragments} for law, fragments in others.items()]
        if self.reasons_text and self.reasons_text.strip():
            spec["reasons"] = self.reasons_text.strip()
        elif self.reasons:
            spec["reasons"] = self.reasons_text_from_sentences()
        return spec

    def pin(self, evidence: PinnedEvidence) -> bool:
        """Pin a passage once; False when it was already pinned."""
        if any(p.doc == evidence.doc and p.address == evidence.address for p in self.pinned):
            return False
        self.pinned.append(evidence)
        return True


class DraftSummary(BaseModel):
    """One line of the resume list."""

    id: str
    title: str
    plan: Plan
    areas: list[Area]
    updated_at: datetime
    changes: int = 0
    step: Step = "evidence"
