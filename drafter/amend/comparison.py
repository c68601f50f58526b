"""신ㆍ구조문대비표: the old/new comparison table, as data.

One :class:`ComparisonRow` per touched article, with two cells (``현      행``
and ``개   정   안``), each a list of lines made of :class:`Segment` s:

* changed words (from a word-level diff, :func:`word_diff`, difflib over
  word and space tokens) are ``changed=True`` in both cells; exporters
  underline them (``<u>…</u>`` in Markdown, a real underline in DOCX/HWPX);
* in the 개정안 cell, unchanged stretches of a changed provision are shown as
  dashes (``kind="dash"``), the article label and provision markers (``①``,
  ``1.``) stay readable (``kind="label"``);
* an unchanged provision inside a changed article: ``② (현행과 같음)``; one
  pushed down by an insert: ``18. (현행 제17호와 같음)``;
* a new provision: ``<신  설>`` in the 현행 cell; a deleted one: ``<삭  제>``
  in the 개정안 cell.

Every changed stretch is also listed as a :class:`DiffSpan` (old words, new
words and their offsets in the row's ``old_text`` and ``new_text``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from drafter.amend.apply import AmendedStatute, ArticleEdit, children
from drafter.amend.particles import conjunctive_particle
from drafter.corpus.models import Article, Hang, Node
from drafter.corpus.statute_render import node_marker

OLD_HEADER = "현      행"
NEW_HEADER = "개   정   안"
NEW_NOTE = "<신  설>"
DELETED_NOTE = "<삭  제>"
SAME_NOTE = "(현행과 같음)"

_TOKEN_RE = re.compile(r"\s+|[^\s]+")


class Segment(BaseModel):
    text: str
    changed: bool = False
    kind: Literal["text", "label", "dash", "note"] = "text"
    op: int | None = Field(default=None, description="index of the DiffSpan this segment belongs to")


class CellLine(BaseModel):
    segments: list[Segment] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


class DiffSpan(BaseModel):
    """A changed stretch: old words → new words, with offsets into the row's texts (None: absent side)."""

    old: str
    new: str
    old_start: int | None = None
    old_end: int | None = None
    new_start: int | None = None
    new_end: int | None = None


class ComparisonRow(BaseModel):
    article: str = Field(description="the article label, e.g. 제35조의2")
    status: str = Field(description="changed | new | rewritten | deleted | revived")
    old_lines: list[CellLine]
    new_lines: list[CellLine]
    spans: list[DiffSpan]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def old_text(self) -> str:
        """The 현행 cell as plain text (one provision line per line)."""
        return "\n".join(line.text for line in self.old_lines)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def new_text(self) -> str:
        """The 개정안 cell as plain text (dashes for unchanged stretches)."""
        return "\n".join(line.text for line in self.new_lines)

    @property
    def old(self) -> str:
        """Alias of :attr:`old_text`."""
        return self.old_text

    @property
    def new(self) -> str:
        """Alias of :attr:`new_text`."""
        return self.new_text

    @property
    def changes(self) -> list[DiffSpan]:
        """Alias of :attr:`spans`: the changed stretches."""
        return self.spans

    def to_json_dict(self) -> dict:
        return {
            "article": self.article,
            "status": self.status,
            "old": self.old_text,
            "new": self.new_text,
            "old_lines": [[s.model_dump(exclude_none=True) for s in ln.segments] for ln in self.old_lines],
            "new_lines": [[s.model_dump(exclude_none=True) for s in ln.segments] for ln in self.new_lines],
            "changes": [s.model_dump() for s in self.spans],
        }


# -- word diff ---------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str, str]]:
    """``(tag, old_part, new_part)`` runs; tag is equal, replace, delete or insert.

    Word-level (tokens are runs of non-space and runs of space), so a changed
    word is marked whole: ``시ㆍ도지사가`` → ``시ㆍ도자치경찰위원회가``. Space-only
    runs between two changes are absorbed into the change.
    """
    a, b = tokens(old), tokens(new)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    runs: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in ops:
        runs.append((tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    # absorb a space-only equal run between two changes
    merged: list[tuple[str, str, str]] = []
    i = 0
    while i < len(runs):
        tag, o, n = runs[i]
        if (tag == "equal" and not o.strip() and merged and merged[-1][0] != "equal"
                and i + 1 < len(runs) and runs[i + 1][0] != "equal"):
            _, po, pn = merged.pop()
            _, no, nn = runs[i + 1]
            merged.append(("replace", po + o + no, pn + n + nn))
            i += 2
            continue
        if merged and tag != "equal" and merged[-1][0] != "equal":
            _, po, pn = merged.pop()
            merged.append(("replace", po + o, pn + n))
        else:
            merged.append((tag, o, n))
        i += 1
    return merged


# -- building rows -----------------------------------------------------------------------


class _Builder:
    def __init__(self, edit: ArticleEdit) -> None:
        self.edit = edit
        self.old: list[list[Segment]] = []
        self.new: list[list[Segment]] = []
        self.spans: list[DiffSpan] = []

    def op(self, old: str, new: str) -> int:
        self.spans.append(DiffSpan(old=old, new=new))
        return len(self.spans) - 1

    # -- helpers -----------------------------------------------------------
    @staticmethod
    def marker(node: Node) -> str:
        return node_marker(node)

    def whole(self, node: Node, changed: bool) -> list[list[Segment]]:
        """Every line of ``node`` and its children, all marked (new text) or all plain."""
        lines: list[list[Segment]] = []
        for sub in node.walk():
            mark = self.marker(sub)
            seg_op = self.op("", sub.text) if changed else None
            line = []
            if mark:
                line.append(Segment(text=mark + " ", kind="label", changed=changed))
            line.append(Segment(text=sub.text, changed=changed, op=seg_op))
            lines.append(line)
        return lines

    def body_diff(self, old: str, new: str) -> tuple[list[Segment], list[Segment]]:
        o_segs: list[Segment] = []
        n_segs: list[Segment] = []
        for tag, o, n in word_diff(old, new):
            if tag == "equal":
                o_segs.append(Segment(text=o))
                n_segs.extend(_dash(n))
            else:
                k = self.op(o, n)
                if o:
                    o_segs.append(Segment(text=o, changed=True, op=k))
                if n:
                    n_segs.append(Segment(text=n, changed=True, op=k))
        return o_segs, n_segs

    def same(self, o: Node, n: Node) -> bool:
        if o.text != n.text or o.deleted != n.deleted:
            return False
        oc, nc = children(o), children(n)
        if len(oc) != len(nc):
            return False
        return all(a.number == b.number and self.same(a, b) for a, b in zip(oc, nc))

    # -- pairing ---------------------------------------------------------------
    def pairs(self, new_children: list[Node], old_children: list[Node]) -> list[tuple[Node | None, Node | None]]:
        used: set[int] = set()
        out: list[tuple[Node | None, Node | None]] = []
        by_number = {c.number: c for c in old_children}
        for nc in new_children:
            oc = self.edit.origin.get(id(nc))
            if oc is None or not any(oc is c for c in old_children):
                oc = None
                if id(nc) not in self.edit.new_ids:
                    cand = by_number.get(nc.number)
                    if cand is None and nc.number == "1":  # a single unnumbered 항 rewritten as ①, ②, …
                        cand = by_number.get(None)
                    if cand is not None and id(cand) not in used and not any(
                        self.edit.origin.get(id(x)) is cand for x in new_children
                    ):
                        oc = cand
            if oc is not None:
                used.add(id(oc))
            out.append((oc, nc))
        for oc in old_children:
            if id(oc) not in used:
                out.append((oc, None))
        return out

    def emit(self, o: Node | None, n: Node | None) -> None:
        if o is None and n is not None:
            self.old.append([Segment(text=NEW_NOTE, kind="note")])
            self.new.extend(self.whole(n, changed=True))
            return
        assert o is not None
        if n is None or (n.deleted and not o.deleted):
            lines = self.whole(o, changed=False)
            for line in lines:
                for seg in line:
                    if seg.kind == "text":
                        seg.changed = True
                        seg.op = self.op(seg.text, "")
            self.old.extend(lines)
            mark = self.marker(o)
            self.new.append(([Segment(text=mark + " ", kind="label")] if mark else []) + [Segment(text=DELETED_NOTE, kind="note")])
            return
        mark_o, mark_n = self.marker(o), self.marker(n)
        renumbered = o.number != n.number
        if self.same(o, n):
            self.old.extend(self.whole(o, changed=False))
            if renumbered and o.number is None:  # the single paragraph became 제1항
                k = self.op("", mark_n)
                self.new.append([Segment(text=mark_n, kind="label", changed=True, op=k),
                                 Segment(text=" " + SAME_NOTE, kind="note")])
            elif renumbered:
                label = _former_label(o)
                k = self.op(mark_o, mark_n)
                self.new.append([Segment(text=mark_n, kind="label", changed=True, op=k),
                                 Segment(text=f" (현행 {label}{conjunctive_particle(label)} 같음)", kind="note")])
            else:
                self.new.append(([Segment(text=mark_n + " ", kind="label")] if mark_n else []) + [Segment(text=SAME_NOTE, kind="note")])
            return
        o_segs, n_segs = self.body_diff(o.text, n.text)
        self.old.append(([Segment(text=mark_o + " ", kind="label")] if mark_o else []) + o_segs)
        n_label = ([Segment(text=mark_n + " ", kind="label", changed=renumbered,
                            op=self.op(mark_o, mark_n) if renumbered else None)] if mark_n else [])
        self.new.append(n_label + n_segs)
        self.emit_children(self.pairs(children(n), children(o)))

    def emit_children(self, pairs: list[tuple[Node | None, Node | None]]) -> None:
        """Emit child pairs; a run of two or more unchanged items shows as ``1. ∼ 16. (현행과 같음)``."""
        run: list[Node] = []

        def flush() -> None:
            if len(run) >= 2:
                for node in run:
                    self.old.extend(self.whole(node, changed=False))
                first, last = self.marker(run[0]), self.marker(run[-1])
                self.new.append([Segment(text=f"{first} ∼ {last} ", kind="label"), Segment(text=SAME_NOTE, kind="note")])
            else:
                for node in run:
                    self.emit(node, node_pair[id(node)])
            run.clear()

        node_pair: dict[int, Node] = {}
        for oc, nc in pairs:
            if (oc is not None and nc is not None and oc.number == nc.number and oc.number is not None
                    and not isinstance(nc, Hang) and self.same(oc, nc)):
                node_pair[id(oc)] = nc
                run.append(oc)
                continue
            flush()
            self.emit(oc, nc)
        flush()

    # -- article -------------------------------------------------------------
    def build(self) -> ComparisonRow:
        edit = self.edit
        orig, amended = edit.original, edit.amended
        status = edit.article_status
        new_head = _head(amended)
        if orig is None:
            self.old.append([Segment(text=NEW_NOTE, kind="note")])
            k = self.op("", new_head)
            first = [Segment(text=new_head, kind="label", changed=True, op=k)]
            body: list[list[Segment]] = []
            for hang in amended.hangs:
                body.extend(self.whole(hang, changed=True))
            self.new = _join_first(first, body)
            if edit.chapter_heading:
                k = self.op("", edit.chapter_heading)
                self.new.insert(0, [Segment(text=edit.chapter_heading, kind="label", changed=True, op=k)])
            return self.row(amended.label, status)
        old_head = _head(orig)
        if orig.deleted and status == "revived":
            self.old.append([Segment(text=f"{old_head} 삭제", kind="label")])
            k = self.op("", new_head)
            body = []
            for hang in amended.hangs:
                body.extend(self.whole(hang, changed=True))
            self.new = _join_first([Segment(text=new_head, kind="label", changed=True, op=k)], body)
            return self.row(amended.label, status)
        if status == "deleted":
            body = []
            for hang in orig.hangs:
                lines = self.whole(hang, changed=False)
                for line in lines:
                    for seg in line:
                        if seg.kind == "text":
                            seg.changed = True
                            seg.op = self.op(seg.text, "")
                body.extend(lines)
            self.old = _join_first([Segment(text=old_head, kind="label")], body)
            self.new = [[Segment(text=orig.label + " ", kind="label"), Segment(text=DELETED_NOTE, kind="note")]]
            return self.row(orig.label, status)
        # header (with a changed heading marked)
        if orig.heading != amended.heading:
            o_h = f"({orig.heading})" if orig.heading else ""
            n_h = f"({amended.heading})" if amended.heading else ""
            k = self.op(o_h, n_h)
            head_old = [Segment(text=orig.label, kind="label")] + ([Segment(text=o_h, changed=True, op=k)] if o_h else [])
            head_new = [Segment(text=amended.label, kind="label")] + ([Segment(text=n_h, changed=True, op=k)] if n_h else [])
        else:
            head_old = [Segment(text=old_head, kind="label")]
            head_new = [Segment(text=new_head, kind="label")]
        self.emit_children(self.pairs(amended.hangs, orig.hangs))
        self.old = _join_first(head_old, self.old)
        self.new = _join_first(head_new, self.new)
        return self.row(amended.label, status)

    def row(self, label: str, status: str) -> ComparisonRow:
        old_lines = [CellLine(segments=_squash(line)) for line in self.old]
        new_lines = [CellLine(segments=_squash(line)) for line in self.new]
        _offsets(old_lines, self.spans, "old")
        _offsets(new_lines, self.spans, "new")
        return ComparisonRow(article=label, status=status, old_lines=old_lines, new_lines=new_lines, spans=self.spans)


def _head(article: Article) -> str:
    return article.label + (f"({article.heading})" if article.heading is not None else "")


def _former_label(node: Node) -> str:
    mark = node_marker(node)
    if mark.endswith("."):
        base, _, br = (node.number or "").partition("의")
        return (f"제{base}호" + (f"의{br}" if br else "")) if base.isdigit() else f"{node.number}목"
    return f"제{node.number}항"


def _dash(text: str) -> list[Segment]:
    """An unchanged stretch in the 개정안 cell: dashes, keeping the spaces at its ends and line breaks."""
    out: list[Segment] = []
    for piece in re.split(r"(\n)", text):
        if piece == "\n":
            out.append(Segment(text="\n"))
            continue
        core = piece.strip()
        if not core:
            if piece:
                out.append(Segment(text=piece))
            continue
        lead = piece[: len(piece) - len(piece.lstrip())]
        trail = piece[len(piece.rstrip()):]
        out.append(Segment(text=lead + "-" * max(3, len(core)) + trail, kind="dash"))
    return out


def _join_first(head: list[Segment], lines: list[list[Segment]]) -> list[list[Segment]]:
    if not lines:
        return [head]
    return [head + [Segment(text=" ", kind="label")] + lines[0], *lines[1:]]


def _squash(line: list[Segment]) -> list[Segment]:
    """Merge neighbours of the same look, and split on embedded line breaks is left to exporters."""
    out: list[Segment] = []
    for seg in line:
        if not seg.text:
            continue
        if out and out[-1].kind == seg.kind and out[-1].changed == seg.changed and out[-1].op == seg.op:
            out[-1] = out[-1].model_copy(update={"text": out[-1].text + seg.text})
        else:
            out.append(seg)
    return out


def _offsets(lines: list[CellLine], spans: list[DiffSpan], side: str) -> None:
    pos = 0
    for line in lines:
        for seg in line.segments:
            if seg.op is not None and seg.changed:
                span = spans[seg.op]
                start, end = pos, pos + len(seg.text)
                cur_s, cur_e = getattr(span, f"{side}_start"), getattr(span, f"{side}_end")
                setattr(span, f"{side}_start", start if cur_s is None else min(cur_s, start))
                setattr(span, f"{side}_end", end if cur_e is None else max(cur_e, end))
            pos += len(seg.text)
        pos += 1  # the newline between lines


def _other_row(change) -> ComparisonRow:  # noqa: ANN001 - an AppliedChange outside the body
    """A row for the law's title (제명), a 편/장/절 heading or an annex: the old and new words."""
    builder = _Builder.__new__(_Builder)
    builder.old, builder.new, builder.spans = [], [], []
    label = change.levels[0][1]
    if change.scope == "annex":
        if change.old is not None:
            k = builder.op(change.old, change.new or "")
            builder.old = [[Segment(text=f"{label} … "), Segment(text=change.old, changed=True, op=k)]]
            builder.new = [[Segment(text=f"{label} … "), Segment(text=change.new or "", changed=True, op=k)]]
        else:
            k = builder.op("", change.new_text or "")
            builder.old = [[Segment(text=label), Segment(text=" " + (DELETED_NOTE if change.kind == "delete" else ""))]]
            builder.new = [[Segment(text=label + " "), Segment(text=change.new_text or DELETED_NOTE, changed=True, op=k)]]
        return builder.row(label, "changed")
    prefix = "" if change.scope == "law_title" else f"{_division_label(label)} "
    o_segs, n_segs = builder.body_diff(change.old_heading or "", change.new_heading or "")
    builder.old = [[Segment(text=prefix, kind="label"), *o_segs]]
    builder.new = [[Segment(text=prefix, kind="label"), *n_segs]]
    return builder.row(label, "changed")


def _division_label(label: str) -> str:
    """``제6장제4절`` → ``제4절`` (the heading line names its own level)."""
    parts = re.findall(r"제\d+(?:편|장|절|관)(?:의\d+)?", label)
    return parts[-1] if parts else label


def build_comparison(amended: AmendedStatute) -> list[ComparisonRow]:
    """The comparison table rows: the law's title first, one per touched article in article order
    (a 편/장/절 heading before the article it opens), annexes last."""
    rows = [_Builder(amended.edits[key]).build() for key in amended.touched]
    others = [ch for ch in amended.changes if ch.scope != "provision"]
    if not others:
        return rows
    order = {a.key: i for i, a in enumerate(amended.statute.articles)}
    keyed: list[tuple[tuple, ComparisonRow]] = [((1, order.get(k, 10**9), 1), r) for k, r in zip(amended.touched, rows)]
    for ch in others:
        if ch.scope == "law_title":
            key = (0, 0, 0)
        elif ch.scope == "annex":
            key = (2, ch.article_sort, ch.index)
        else:
            first = next((a for a in amended.statute.articles if (a.number, a.branch or 0, a.occurrence)
                          == tuple(ch.article_sort)), None)
            key = (1, order.get(first.key, 10**9) if first is not None else 10**9, 0)
        keyed.append((key, _other_row(ch)))
    keyed.sort(key=lambda kr: kr[0])
    return [r for _, r in keyed]
