"""Impact of a spec on the provisions that cite what it changes, across the whole corpus.

A change leaves citations stale when it takes away or moves the provision they name:

* ``delete`` — the provision is gone;
* ``rewrite`` — its text is replaced (a citation of 제18조제2항 may no longer fit);
* ``move`` — it gets a new number (``제5조를 제6조로 한다``);
* an ``insert`` that pushes provisions down (제17호 → 제18호, a 항 with ``renumber: true``).

``replace``, ``retitle``, ``edit`` and new provisions keep every number: they are not reported.
Every provision of the body of every corpus statute (the amended law included) that cites such a
provision, or anything inside it (a citation of 제18조제1항제2호 when 제18조 is deleted), is
reported once per (citing provision, cited provision). Citations are found by
:mod:`drafter.corpus.references`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, Field

from drafter.amend.apply import AmendedStatute
from drafter.amend.bill import apply_prepared, prepare_spec
from drafter.amend.errors import AmendmentError
from drafter.amend.spec import AmendmentSpec
from drafter.corpus.addresses import provision_label
from drafter.corpus.corpus import Corpus
from drafter.corpus.references import Citation, CitationIndex, citation_index
from drafter.errors import UnknownDocumentError


class Reference(BaseModel):
    """A provision citing something the spec deletes, rewrites, moves or renumbers."""

    doc: str = Field(description="the citing statute")
    address: str = Field(description="the citing provision (항, 호 or 목)")
    cites: str = Field(description="what it cites: 'police-act 제18조'")
    text: str = Field(description="the citing provision's text")
    kind: str = Field(description="how it cites: named, same-law, abbreviation, this-law, internal, same-provision "
                      "(' range' appended when the provision is inside a '…부터 …까지' range)")
    change: str = Field(default="", exclude=True, description="what happens to the cited provision")

    def json_dict(self) -> dict:
        return {"doc": self.doc, "address": self.address, "cites": self.cites, "text": self.text, "kind": self.kind}

    def warning(self) -> str:
        return f"{self.doc} {self.address} cites {self.cites}, which {self.change}: \"{_excerpt(self.text)}\""


@dataclass
class Affected:
    law: str
    address: str  # current address (제18조, 제24조제1항제17호)
    what: str  # "this bill deletes", "this bill renumbers as 제18호", …


def _excerpt(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def law_specs(spec: AmendmentSpec) -> list[AmendmentSpec]:
    """The spec of the main law and one spec per entry of ``other_laws`` (same engine for each)."""
    out = [spec]
    for other in getattr(spec, "other_laws", None) or []:
        out.append(AmendmentSpec(law=other.law, changes=other.changes))
    return out


def affected_provisions(amended: AmendedStatute) -> list[Affected]:
    """Provisions of the current law that the applied changes delete, rewrite, move or renumber."""
    law = amended.original.doc_id
    out: list[Affected] = []
    for ch in amended.changes:
        change = ch.change
        target = getattr(change, "target", "provision")
        if target != "provision":
            continue
        if ch.kind == "delete":
            out.append(Affected(law, change.at, "this bill deletes"))
        elif ch.kind == "rewrite":
            out.append(Affected(law, change.at, "this bill rewrites"))
        elif ch.kind == "move":
            out.append(Affected(law, change.at, f"this bill renumbers as {getattr(change, 'to', '?')}"))
        elif ch.kind == "insert" and ch.container is not None and ch.renumbered:
            container = "".join(lab for _, lab in ch.container)
            level = ch.levels[-1][0]
            for old, new in ch.renumbered:
                out.append(Affected(law, container + provision_label(level, old),
                                    f"this bill renumbers as {container + provision_label(level, new)}"))
    return out


def references_to(index: CitationIndex, affected: list[Affected], first: str | None = None) -> list[Reference]:
    """One :class:`Reference` per (citing provision, cited provision), amended laws first."""
    seen: set[tuple[str, str, str]] = set()
    found: list[tuple[Citation, Affected]] = []
    for aff in affected:
        for cit in index.citing(aff.law, aff.address):
            key = (cit.doc, cit.address, cit.cites)
            if key in seen:
                continue
            seen.add(key)
            found.append((cit, aff))
    order = {doc: i for i, doc in enumerate(sorted(index.scans, key=lambda d: (d != first, d)))}
    position = {id(c): i for i, c in enumerate(index.citations)}
    found.sort(key=lambda pair: (order.get(pair[0].doc, 0), position[id(pair[0])]))
    return [
        Reference(doc=c.doc, address=c.address, cites=c.cites, text=index.text_of(c.doc, c.address),
                  kind=c.kind + (" range" if c.in_range else ""), change=a.what)
        for c, a in found
    ]


def amended_laws(spec: AmendmentSpec) -> set[str]:
    """The doc ids a spec amends (the main law and its ``other_laws``)."""
    return {sub.law for sub in law_specs(spec)}


def spec_impact(corpus: Corpus, spec: AmendmentSpec,
                index: CitationIndex | Callable[[], CitationIndex] | None = None) -> list[Reference]:
    """Every provision of the corpus statutes citing a provision ``spec`` deletes, rewrites, moves or renumbers.

    ``corpus`` must hold the amended laws; citations are looked up in ``index`` (see
    :func:`drafter.corpus.references.cached_citation_index`; a callable is called only when the spec
    deletes, rewrites, moves or renumbers something), by default the index of every statute of ``corpus``."""
    affected: list[Affected] = []
    for sub in law_specs(spec):
        try:
            statute = corpus.statute(sub.law)
        except UnknownDocumentError as exc:
            raise AmendmentError(f"unknown law {sub.law!r}: {exc.message}", reason="unknown-law", path=corpus.root,
                                 hint=exc.hint or "law is a corpus document id (a file stem), e.g. police-act") from None
        affected += affected_provisions(apply_prepared(statute, prepare_spec(statute, sub)))
    if not affected:
        return []
    if index is None:
        index = citation_index(corpus.statutes())
    elif callable(index):
        index = index()
    return references_to(index, affected, first=spec.law)


def impact_warnings(corpus: Corpus, spec: AmendmentSpec, known: list[str] | None = None,
                    index: CitationIndex | Callable[[], CitationIndex] | None = None) -> list[str]:
    """The references of :func:`spec_impact` as warnings for ``drafter render``; a citation inside the
    amended law that a warning in ``known`` (the engine's own renumbering warnings) names already is
    left out."""
    out: list[str] = []
    for ref in spec_impact(corpus, spec, index):
        if ref.doc == spec.law and any(f"{ref.address}:" in w or f"{ref.address} " in w for w in known or []):
            continue
        out.append(ref.warning())
    return out
