"""The amendment engine (:mod:`drafter.amend`) behind a small Protocol."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, Field

from drafter.assist.models import ExportFormat
from drafter.errors import DrafterError

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus


class BillEngine(Protocol):
    def build(self, corpus: Corpus, spec: dict[str, Any]) -> Any:
        """A bill (``.title``, ``.amendment_sentences``, ``.comparison``, ``.bill_markdown``)."""
        ...

    def export(self, bill: Any, fmt: ExportFormat, path: Path) -> Path: ...

    def impact(self, corpus: Corpus, spec: dict[str, Any]) -> list[ImpactItem]:
        """The provisions of every statute citing what ``spec`` deletes, rewrites, moves or renumbers."""
        ...


class AmendEngine:
    """``drafter.amend``: validates the spec and builds the bill; DOCX/HWPX name ``author``
    (``settings.drafter_name``) in their metadata."""

    def __init__(self, author: str = "") -> None:
        self.author = author

    def _amend(self) -> Any:
        from drafter import amend  # on first use, in a worker: the exporters are heavy

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

    def impact(self, corpus: Corpus, spec: dict[str, Any]) -> list[ImpactItem]:
        """The provisions citing what ``spec`` deletes, rewrites, moves or renumbers (see :func:`spec_impact`)."""
        return spec_impact(corpus, spec)

    def export(self, bill: Any, fmt: ExportFormat, path: Path) -> Path:
        amend = self._amend()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "md":
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_text(bill.bill_markdown, encoding="utf-8")
            tmp.replace(path)
        elif fmt == "docx":
            amend.write_docx(bill, path, author=self.author)
        else:
            amend.write_hwpx(bill, path, author=self.author)
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


class ImpactItem(BaseModel):
    """A provision citing something a draft deletes, rewrites, moves or renumbers, with what a
    follow-up change needs: the citing words (``old``, unique in ``text``) and, for a provision
    that only gets a new number, the same words with the new number (``new``)."""

    doc: str = Field(description="the citing statute (doc id)")
    title: str = Field(description="its title")
    address: str = Field(description="the citing provision (항, 호 or 목)")
    cites: str = Field(description="what it cites: 'police-act 제18조'")
    text: str = Field(description="the citing provision's text")
    kind: str = Field(description="how it cites (drafter.amend.impact.Reference.kind)")
    change: Literal["delete", "rewrite", "renumber"]
    renumbered_as: str | None = Field(default=None, description="renumber: the cited provision's new address")
    old: str = Field(description="the citing words, widened to the left until they occur once in text")
    new: str | None = Field(default=None, description="renumber: the citing words with the new number")


def _unique_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to the left by whole words until it occurs once in ``text``."""
    while start > 0 and text.count(text[start:end]) > 1:
        start = text.rfind(" ", 0, start - 1 if text[start - 1] == " " else start) + 1
    return text[start:end]


def spec_impact(corpus: Corpus, spec: dict[str, Any]) -> list[ImpactItem]:
    """Every provision of ``corpus``'s statutes (the amended laws included) citing a provision ``spec``
    deletes, rewrites, moves or renumbers — :func:`drafter.amend.impact.spec_impact` over the citation
    index of the loaded statutes (built once per set of statute contents) — with the words to change."""
    from pydantic import ValidationError

    from drafter.amend.impact import spec_impact as references
    from drafter.amend.spec import AmendmentSpec
    from drafter.corpus.references import citation_index

    try:
        parsed = AmendmentSpec.model_validate(spec)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise DrafterError(f"invalid change ({'.'.join(str(p) for p in err['loc'])}): {err['msg']}") from None
    index = citation_index(corpus.statutes())
    out: list[ImpactItem] = []
    for ref in references(corpus, parsed, index):
        law, cited = ref.cites.split(" ", 1)
        found = next((c for c in index.citing(law, cited) if c.doc == ref.doc and c.address == ref.address), None)
        start, end = (found.start, found.end) if found is not None else (0, 0)
        if not (0 <= start < end <= len(ref.text)):
            start, end = 0, 0
        words = ref.text[start:end] or cited
        old = _unique_words(ref.text, start, end) if end else cited
        renumbered = ref.change.split(" as ", 1)[1] if ref.change.startswith("this bill renumbers as ") else None
        new = None
        if renumbered is not None:
            new_cited = renumbered + cited[len(_affected_address(cited, renumbered)):]
            cut = len(cited) - len(words) if cited.endswith(words) else 0
            if not cut:
                new_words = new_cited
            elif new_cited[:cut] == cited[:cut] and re.match(r"제|[가-하]목", new_cited[cut:]):
                new_words = new_cited[cut:]  # 제1항 of 제18조 renumbered as 제2항
            else:
                new_words = words  # a bare 제1항 inside the moved article moves with it
            new = old[: len(old) - len(words)] + new_words if old.endswith(words) else old.replace(words, new_words, 1)
        try:
            title = corpus.statute(ref.doc).title
        except DrafterError:
            title = ref.doc
        change = "renumber" if renumbered else "delete" if "deletes" in ref.change else "rewrite"
        out.append(ImpactItem(doc=ref.doc, title=title, address=ref.address, cites=ref.cites, text=ref.text,
                              kind=ref.kind, change=change, renumbered_as=renumbered, old=old, new=new))
    return out


def _affected_address(cited: str, renumbered: str) -> str:
    """The part of ``cited`` that gets the new number: its prefix at the level of ``renumbered``
    (제18조제1항 renumbered as 제18조의2 → 제18조; 제24조제1항제17호 as 제24조제1항제18호 → all of it)."""
    from drafter.corpus.addresses import parse_address

    target = parse_address(renumbered)
    depth = sum(getattr(target, f) is not None for f in ("hang", "ho", "mok"))
    m = re.match(r"제\d+조(?:의\d+)?", cited)
    prefix = m.group(0) if m else ""
    parts = re.findall(r"제\d+(?:항|호(?:의\d+)?)|[가-하]목", cited[len(prefix):])
    return prefix + "".join(parts[:depth])
