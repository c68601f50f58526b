"""A rewrite of one 항 written as several: ``rewrite: {at: 제35조제1항, text: "① …\\n② …"}``.

A drafter who splits a 항 in two writes the new 항 one after the other, as
they will read. A ``rewrite`` replaces one provision with one, so such a change
becomes an ``edit`` of the whole article (:mod:`drafter.amend.edit`): the 항
replaced by the new ones and the later 항 numbered on (the old ② is ③ when
one 항 was added). The edit engine then words the changes as a drafter would
(the new 항 as an insert that pushes the others down).

References to the later 항 elsewhere in the law (``제35조제2항``) are not
renumbered by this step; the bill's reference warnings name them.
"""

from __future__ import annotations

from drafter.amend.spec import AmendmentSpec, Edit, Rewrite
from drafter.corpus.models import CIRCLED, Article, Statute
from drafter.corpus.statute_render import render_article


def _starts_paragraph(line: str) -> bool:
    return bool(line) and line[0] in CIRCLED


def split_rewrite(statute: Statute, change: Rewrite) -> Rewrite | Edit:
    """``change`` itself, or the ``edit`` of its article when its text holds several 항."""
    addr = change.address
    if addr.hang is None or addr.ho is not None:
        return change
    new_lines = [ln.strip() for ln in change.text.split("\n") if ln.strip()]
    if not new_lines:
        return change  # an empty text: the engine reports it
    paragraphs = sum(1 for ln in new_lines if _starts_paragraph(ln)) + (0 if _starts_paragraph(new_lines[0]) else 1)
    if paragraphs < 2:
        return change
    article: Article | None = next((a for a in statute.articles if a.key == addr.article_key), None)
    if article is None or article.deleted:
        return change  # the engine reports the address
    lines = render_article(article).split("\n")
    cut = next((i for i, ch in enumerate(lines[0]) if ch in CIRCLED), None)
    if cut is None:
        return change  # a single unnumbered 항: the address has no 항 to split
    head, lines[0] = lines[0][:cut], lines[0][cut:]
    chunks: list[list[str]] = []
    for line in lines:
        if _starts_paragraph(line.strip()) or not chunks:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    n = addr.hang
    if not 1 <= n <= len(chunks):
        return change
    if not _starts_paragraph(new_lines[0]):
        new_lines[0] = f"{CIRCLED[n - 1]} {new_lines[0]}"
    added = paragraphs - 1
    later: list[list[str]] = []
    for chunk in chunks[n:]:
        lead = chunk[0].lstrip()
        number = CIRCLED.index(lead[0]) + 1 + added
        if number > len(CIRCLED):
            return change
        later.append([CIRCLED[number - 1] + lead[1:], *chunk[1:]])
    body = [*chunks[: n - 1], new_lines, *later]
    text = head + "\n".join(line for chunk in body for line in chunk)
    return Edit(at=addr.article_key, text=text)


def split_rewrites(statute: Statute, spec: AmendmentSpec) -> AmendmentSpec:
    """``spec`` with every several-항 rewrite of one 항 turned into an edit (one change for one)."""
    if not any(isinstance(ch, Rewrite) for ch in spec.changes):
        return spec
    changes = [split_rewrite(statute, ch) if isinstance(ch, Rewrite) else ch for ch in spec.changes]
    return spec.model_copy(update={"changes": changes})
