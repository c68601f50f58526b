"""Warnings about references that an amendment leaves stale.

When an insert pushes provisions down (제17호 → 제18호), a ``move`` renumbers a
provision (제5조 → 제6조) or a change deletes a provision, other provisions of the same law that cite it by number still
point at the old place: the bill must amend them too. This module finds such
citations in the current law and words a warning for each, e.g.::

    제24조제1항제17호 becomes 제24조제1항제18호; the law cites it in 제25조제1항: "…"

Search rules (documented choices): the full address (``제24조제1항제17호``) is
looked for in every article of the body; the address without its article
(``제1항제17호``, or ``제2항`` for a 항) only inside the same article. A match
must not continue as a longer number (``제17호의2``, ``제170호``), and a match
right after ``」`` or ``같은 법`` cites another law and is skipped. A citation that a
``replace`` of the same spec already rewrites (its ``old`` holds the cited address,
in the citing provision) is not reported.
"""

from __future__ import annotations

import re

from drafter.amend.apply import AmendedStatute, AppliedChange
from drafter.amend.tree import Level, find_path, levels_of, walk_tree
from drafter.corpus.addresses import provision_label
from drafter.corpus.models import Statute

_OTHER_LAW = re.compile(r"(」\s*|같은\s*법\s*)$")


def _citations(statute: Statute, levels: tuple[Level, ...]) -> list[tuple[str, str]]:
    """``(where, excerpt)`` of each provision citing ``levels``."""
    full = "".join(lab for _, lab in levels)
    local = "".join(lab for _, lab in levels[1:])
    found: list[tuple[str, str]] = []
    for art in statute.articles:
        forms = [full] + ([local] if local and art.label == levels[0][1] else [])
        for node in walk_tree(art):
            for form in forms:
                hit = _first_hit(node.text, form)
                if hit is None:
                    continue
                where = "".join(lab for _, lab in levels_of(art, find_path(art, node) or []))
                if where == full:
                    break  # the provision itself
                start = max(0, hit - 20)
                found.append((where, ("…" if start else "") + node.text[start:hit + len(form) + 10] + "…"))
                break
    return found


def citation_spots(statute: Statute, levels: tuple[Level, ...]) -> list[tuple[tuple[Level, ...], str, bool]]:
    """Provisions of ``statute`` that cite ``levels``: ``(their levels, the form cited, clean)``.

    ``form`` is the full address (``제5조``, ``제3조제2항``) or, inside the same article, the address
    without the article (``제2항``). ``clean`` says every occurrence of ``form`` in that provision's own
    text is such a citation (none is part of a longer number or another law's provision), so that
    replacing the form there changes exactly the citations."""
    full = "".join(lab for _, lab in levels)
    local = "".join(lab for _, lab in levels[1:])
    out: list[tuple[tuple[Level, ...], str, bool]] = []
    for art in statute.articles:
        forms = [full] + ([local] if local and art.label == levels[0][1] else [])
        for node in walk_tree(art):
            where = levels_of(art, find_path(art, node) or [])
            if "".join(lab for _, lab in where) == full:
                continue  # the provision itself
            for form in forms:
                if _first_hit(node.text, form) is None:
                    continue
                hits = len(_all_hits(node.text, form))
                out.append((where, form, hits == node.text.count(form)))
                break
    return out


def _all_hits(text: str, form: str) -> list[int]:
    out: list[int] = []
    start = 0
    while True:
        hit = _first_hit(text[start:], form)
        if hit is None:
            return out
        out.append(start + hit)
        start += hit + len(form)


def _first_hit(text: str, form: str) -> int | None:
    for m in re.finditer(re.escape(form) + r"(?![0-9]|의[0-9])", text):
        if _OTHER_LAW.search(text[max(0, m.start() - 6):m.start()]):
            continue
        if form.startswith("제") and m.start() > 0 and text[m.start() - 1] in "0123456789조항호":
            continue  # part of a longer address (제35조제2항 when looking for 제2항 of another article)
        return m.start()
    return None


def _moves(change: AppliedChange) -> list[tuple[tuple[Level, ...], str]]:
    """(old address levels, what happens to it) for a change that moves or deletes provisions."""
    if change.kind == "insert" and change.container is not None and change.renumbered:
        kind = change.levels[-1][0]
        return [
            (change.container + ((kind, provision_label(kind, old)),),
             "becomes " + "".join(lab for _, lab in change.container) + provision_label(kind, new))
            for old, new in change.renumbered
        ]
    if change.kind == "insert" and change.content_to_first:
        return []  # 제34조 → 제34조제1항: a citation of 제34조 still reads right
    if change.kind == "delete" and change.scope == "provision":
        return [(change.levels, "is deleted")]
    if change.kind == "move" and change.moved_to is not None:
        return [(change.levels, "becomes " + "".join(lab for _, lab in change.moved_to))]
    return []


def _handled(amended: AmendedStatute, where: str, levels: tuple[Level, ...]) -> bool:
    """A replace of the same spec already rewrites the citation in that provision."""
    label = "".join(lab for _, lab in levels)
    local = "".join(lab for _, lab in levels[1:])
    for ch in amended.changes:
        if ch.kind != "replace" or ch.old is None:
            continue
        at = "".join(lab for _, lab in ch.levels)
        if (where == at or where.startswith(at)) and (label in ch.old or (local and local in ch.old)):
            return True
    return False


def reference_warnings(amended: AmendedStatute) -> list[str]:
    """One warning per provision that is moved or deleted while the law still cites it."""
    warnings: list[str] = []
    for change in amended.changes:
        for levels, what in _moves(change):
            cites = [c for c in _citations(amended.original, levels) if not _handled(amended, c[0], levels)]
            if not cites:
                continue
            where = "; ".join(f"{w}: \"{excerpt}\"" for w, excerpt in cites[:5])
            more = f" (and {len(cites) - 5} more)" if len(cites) > 5 else ""
            warnings.append(f"{''.join(lab for _, lab in levels)} {what}, but the law cites it in {where}{more}: "
                            "amend those references too")
    return warnings
