"""Playbooks: for each area (조직, 인력, 예산) the provisions that typically
move under the dual model, why (cited to the policy paper), and suggested
changes as amendment-spec fragments. Kept as TOML data in
``corpus/playbooks/*.toml`` so a drafter edits them without touching code;
the format is documented in ``corpus/playbooks/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, model_validator

from drafter.citations.resolver import split_citation
from drafter.drafts.models import Area, Change, Plan
from drafter.errors import DrafterError
from drafter.resources import PLAYBOOKS_DIR

PLAYBOOK_DIR = PLAYBOOKS_DIR
"""The packaged playbooks (``corpus/playbooks/`` in the repository; see :mod:`drafter.resources`)."""
AREAS: tuple[Area, ...] = ("organization", "manpower", "budget")
CHANGE_KINDS = ("replace", "rewrite", "insert", "delete", "retitle")


class PlaybookError(DrafterError):
    """A playbook file is malformed or names an address the corpus lacks."""


class Rationale(BaseModel):
    """Why the area matters, in the drafter's words, with the source it rests on."""

    text: str
    cite: str = Field(description="'doc address', e.g. 'autonomous-police-dual-model p1s14'")


class ProvisionRange(BaseModel):
    """Provisions that typically move: one article, or ``from``…``to`` inclusive."""

    law: str
    start: str = Field(alias="from")
    end: str | None = Field(default=None, alias="to")
    why: str = ""
    plans: list[Plan] = Field(default_factory=lambda: ["soft", "hard"])

    model_config = {"populate_by_name": True}

    @property
    def label(self) -> str:
        return f"{self.law} {self.start}" + (f"–{self.end}" if self.end else "")


class SuggestedChange(BaseModel):
    """A change the assistant proposes (extractive backend) for a plan."""

    law: str = "police-act"
    summary: str = Field(description="one line for the proposal list")
    plans: list[Plan] = Field(default_factory=lambda: ["soft", "hard"])
    cite: list[str] = Field(default_factory=list, description="sources the change rests on")
    fragment: dict[str, Any] = Field(description="the amendment-spec change, e.g. {'replace': {...}}")

    @model_validator(mode="before")
    @classmethod
    def _collect_fragment(cls, data: Any) -> Any:
        if isinstance(data, dict) and "fragment" not in data:
            kinds = [k for k in CHANGE_KINDS if k in data]
            if len(kinds) != 1:
                raise ValueError(f"a change needs exactly one of {', '.join(CHANGE_KINDS)} (got {kinds or 'none'})")
            data = dict(data)
            data["fragment"] = {kinds[0]: data.pop(kinds[0])}
        return data

    def to_change(self) -> Change:
        return Change.from_spec(self.fragment, origin="playbook", note=self.summary)

    @property
    def kind(self) -> str:
        return next(iter(self.fragment))

    @property
    def at(self) -> str:
        return str(next(iter(self.fragment.values())).get("at", ""))


class Playbook(BaseModel):
    """One area's playbook (one TOML file)."""

    area: Area
    title: str
    summary: str = ""
    rationale: list[Rationale] = Field(default_factory=list)
    provisions: list[ProvisionRange] = Field(default_factory=list)
    changes: list[SuggestedChange] = Field(default_factory=list)
    path: Path | None = None

    def changes_for(self, plan: Plan) -> list[SuggestedChange]:
        return [c for c in self.changes if plan in c.plans]


def load_playbook(path: Path) -> Playbook:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlaybookError(f"cannot read playbook: {exc.strerror}", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        raise PlaybookError(f"not valid TOML: {exc}", path=path, line=line,
                            hint="see corpus/playbooks/README.md for the format") from None
    try:
        book = Playbook.model_validate({**data, "path": path})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise PlaybookError(f"{where}: {err['msg']}", path=path,
                            hint="see corpus/playbooks/README.md for the format") from None
    if book.area != path.stem:
        raise PlaybookError(f"area {book.area!r} does not match the file name", path=path,
                            hint=f"name the file {book.area}.toml")
    return book


def load_playbooks(folder: Path | None = None) -> dict[str, Playbook]:
    """Every ``*.toml`` playbook of a folder, by area (default: corpus/playbooks)."""
    folder = Path(folder) if folder is not None else PLAYBOOK_DIR
    if not folder.is_dir():
        raise PlaybookError("playbook folder does not exist", path=folder)
    books = {}
    for path in sorted(folder.glob("*.toml")):
        book = load_playbook(path)
        books[book.area] = book
    return books


def article_range(statute: Any, start: str, end: str | None) -> list[str]:
    """Article keys of a statute from ``start`` to ``end`` inclusive, in file order."""
    keys = [a.key for a in statute.articles]
    if start not in keys:
        raise KeyError(start)
    if end is None:
        return [start]
    if end not in keys:
        raise KeyError(end)
    i, j = keys.index(start), keys.index(end)
    if j < i:
        raise KeyError(f"{start}–{end} (reversed)")
    return keys[i : j + 1]


def check_playbook(book: Playbook, corpus: Any) -> list[str]:
    """Every problem of a playbook against a corpus (empty: all addresses resolve).

    Checks rationale and change citations resolve, provision ranges exist,
    replace/rewrite/delete/retitle targets exist (and a replace's ``old``
    words occur there), and an insert's target does not exist yet.
    """
    from drafter.corpus.addresses import parse_address
    from drafter.corpus.corpus import find_node

    problems: list[str] = []
    name = book.path.name if book.path else book.area

    def resolves(cite: str, where: str) -> None:
        doc, address = split_citation(cite)
        try:
            corpus.resolve(doc, address or None)
        except DrafterError as exc:
            problems.append(f"{name} {where}: {cite!r} does not resolve ({exc.message})")

    for i, r in enumerate(book.rationale, 1):
        resolves(r.cite, f"rationale {i}")
    for i, p in enumerate(book.provisions, 1):
        try:
            article_range(corpus.statute(p.law), p.start, p.end)
        except DrafterError as exc:
            problems.append(f"{name} provisions {i}: {exc.message}")
        except KeyError as exc:
            problems.append(f"{name} provisions {i}: {p.law} has no {exc.args[0]}")
    for i, c in enumerate(book.changes, 1):
        where = f"changes {i} ({c.kind} {c.at})"
        for cite in c.cite:
            resolves(cite, where)
        try:
            statute = corpus.statute(c.law)
        except DrafterError as exc:
            problems.append(f"{name} {where}: {exc.message}")
            continue
        args = next(iter(c.fragment.values()))
        try:
            addr = parse_address(c.at)
        except DrafterError as exc:
            problems.append(f"{name} {where}: {exc.message}")
            continue
        if c.kind == "insert":
            try:
                find_node(statute, addr)
            except DrafterError:
                pass
            else:
                problems.append(f"{name} {where}: {c.law} already has {c.at}; insert needs a new number")
            continue
        try:
            resolved = corpus.resolve(c.law, c.at)
        except DrafterError as exc:
            problems.append(f"{name} {where}: {exc.message}")
            continue
        if c.kind == "replace" and str(args.get("old", "")) not in resolved.text:
            problems.append(f"{name} {where}: {args.get('old')!r} is not in the current text of {c.at}")
    return problems


def check_playbooks(books: dict[str, Playbook], corpus: Any) -> list[str]:
    problems: list[str] = []
    for book in books.values():
        problems += check_playbook(book, corpus)
    return problems
