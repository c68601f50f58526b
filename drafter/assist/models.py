"""The plain data the assistants and a front end exchange."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from drafter.drafts.models import Change

Progress = Callable[[float, str], None]
"""``progress(fraction 0..1, message)``, called from a worker thread."""

ExportFormat = Literal["md", "docx", "hwpx"]
VerdictLabel = Literal["supported", "unsupported", "unresolvable", "unchecked", "proposal"]


@dataclass
class EvidenceHit:
    """One search result, as an evidence list shows it."""

    doc: str
    address: str
    heading: str | None
    score: float
    text: str


@dataclass
class Verdict:
    """The checker's verdict on one citation of a sentence."""

    citation: str
    verdict: VerdictLabel
    reason: str


@dataclass
class Proposal:
    """A change an assistant proposes, validated by the engine before it is shown."""

    area: str
    summary: str
    change: Change
    cites: list[str] = field(default_factory=list)
