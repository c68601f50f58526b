"""Apply an amendment spec to a parsed statute.

:func:`apply_spec` works on a deep copy of the statute's articles (the corpus
object is never mutated) and returns an :class:`AmendedStatute`: the amended
:class:`~drafter.corpus.models.Statute`, one :class:`AppliedChange` per change
(what the 개정문 needs: the address as written, halves, 각각, renumbering) and,
per touched article, the pairing of amended nodes with the current ones (what
the comparison table needs).

Changes are applied in input order. Addresses of ``replace``, ``rewrite``,
``delete`` and ``retitle`` name the *current* law (so a provision pushed down
by an insert is still addressed by its current number); the address of an
``insert`` is the number the new provision will carry.

Rules the engine enforces (each failure is an :class:`AmendmentError` naming
the change, its kind and its address):

* the address must exist in the current law (``unknown-address``);
* ``old`` must occur in the provision (``not-found``), exactly once unless
  ``all: true`` (``ambiguous``);
* an insert may not take a number that exists (``exists``), except a 호,
  which pushes the existing 호 down (the reference's ``제17호를 제18호로 하고,
  같은 항에 제17호를 다음과 같이 신설한다``; ``renumber: false`` refuses it), and
  a 항 with ``renumber: true``; articles are never renumbered, but an insert may
  re-fill a deleted article (제36조 삭제 → 신설);
* a deleted provision cannot be changed (``deleted``);
* two changes overlap (``overlap``) when one rewrites, deletes or inserts a
  provision and another touches it, something inside it or around it; when
  two retitles hit one heading; or when a replace would match words that an
  earlier replace wrote or removed.

How the address of a replace is written (documented choices):

* the sentence names the provision the drafter gave (``제24조제1항 중`` even
  when the words stand in its 제2호);
* when every occurrence lies in the lead text of a 항 or 호 that has items,
  the sentence says ``각 호 외의 부분`` (``각 목 외의 부분`` for a 호);
* when the provision is two sentences (see :mod:`drafter.amend.parts`) and
  ``part`` is given, the search is limited to that half and the sentence names
  it (``전단``, ``후단``, ``본문``, ``단서``); without ``part``, a text found in
  one half only is addressed by the whole provision (the reference's
  ``제35조제1항 중 "시ㆍ도지사가"를 …``: naming the half would not help the
  reader), while ``all: true`` occurrences spread over both halves are named
  ``전단 및 후단`` / ``본문 및 단서`` (as in real 개정문:
  ``제11조의2제5항 전단 및 후단 중 "경찰위원회"를 각각 "국가경찰위원회"로 한다.``);
* ``각각`` is written for ``all: true`` (the reference's
  ``제24조제1항 중 "예산"을 각각 "예산ㆍ인력"으로 한다.``), and always when more
  than one occurrence is replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.amend.errors import AmendmentError
from drafter.amend.parts import halves, occurrences
from drafter.amend.spec import (
    LAW_TITLE,
    LEAD_TEXT,
    AmendmentSpec,
    Change,
    Delete,
    Insert,
    InsertChapter,
    Move,
    Replace,
    Retitle,
    Rewrite,
    division_levels,
)
from drafter.amend.textparse import EMPTY_SPAN, TextFormError, parse_article, parse_single, split_label
from drafter.amend.tree import (
    Level,
    Tree,
    article_sort_key,
    children,
    find_path,
    full_levels_text,
    level_of,
    levels_of,
    number_key,
    position_of,
    render_marked_article,
    walk_tree,
)
from drafter.corpus.addresses import MOK_LETTERS, Address, format_address
from drafter.corpus.corpus import find_node
from drafter.corpus.models import Annotation, Article, Hang, Heading, Ho, Node, Statute
from drafter.corpus.statute_render import render_article, render_node
from drafter.errors import AddressError

AMENDED_MARK = "<개정>"
NEW_MARK = "<신설>"


# -- records -----------------------------------------------------------------------------


@dataclass
class AppliedChange:
    """One change as applied: everything the 개정문 needs to word it."""

    index: int
    kind: str
    change: Change
    article_key: str
    article_sort: tuple[int, int, int]
    levels: tuple[Level, ...]
    position: tuple
    old: str | None = None
    new: str | None = None
    each: bool = False
    part: str | None = None
    outside_items: str | None = None  # "각 호 외의 부분" / "각 목 외의 부분"
    count: int = 0
    new_text: str | None = None
    container: tuple[Level, ...] | None = None
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    content_to_first: bool = False  # 제34조의 내용을 제1항으로 하고 …
    revive: bool = False
    old_heading: str | None = None
    new_heading: str | None = None
    chapter_articles: list[str] = field(default_factory=list)  # labels of a new chapter's articles
    former: str | None = None  # "제17호" when the provision was renumbered by an insert: 제18호(종전의 제17호)
    target: Node | None = field(default=None, repr=False)  # the working node (internal)
    scope: str = "provision"  # provision | law_title | division | annex (what levels name)
    outside_heading: bool = False  # rewrite of an article's text, heading kept: 제N조 제목 외의 부분
    heading_words: bool = False  # retitle by words: 제N조의 제목 중 "A"를 "B"로
    under: str | None = None  # a new article at the end of this 편/장/절: 제4편제7장제1절에 제426조의2를 …
    moved_to: tuple[Level, ...] | None = None  # move: the new address


@dataclass
class ArticleEdit:
    """A touched article: current and amended versions and how their nodes pair up."""

    key: str
    original: Article | None
    amended: Article
    origin: dict[int, Node] = field(default_factory=dict, repr=False)  # id(amended node) -> current node
    new_ids: set[int] = field(default_factory=set, repr=False)
    rewritten_ids: set[int] = field(default_factory=set, repr=False)
    deleted_ids: set[int] = field(default_factory=set, repr=False)
    article_status: str = "changed"  # changed | new | rewritten | deleted | revived
    heading_changed: bool = False
    chapter_heading: str | None = None  # "제8장의2 자치경찰 재정" on the first article of a new chapter

    def original_of(self, node: Node) -> Node | None:
        return self.origin.get(id(node))


@dataclass
class AmendedStatute:
    """The statute as it would stand after the amendment."""

    original: Statute
    statute: Statute
    changes: list[AppliedChange]
    edits: dict[str, ArticleEdit]
    warnings: list[str] = field(default_factory=list)  # e.g. annex words that could not be checked

    @property
    def articles(self) -> list[Article]:
        """The amended article list (same as ``statute.articles``)."""
        return self.statute.articles

    @property
    def title(self) -> str:
        return self.statute.title

    @property
    def touched(self) -> list[str]:
        """Keys of touched articles, in article order."""
        order = {a.key: i for i, a in enumerate(self.statute.articles)}
        return sorted(self.edits, key=lambda k: order.get(k, 10**9))

    def render(self, only_changed: bool = False) -> str:
        """The amended law in the plain statute style; amended provisions carry ``<개정>``/``<신설>``."""
        out = [self.statute.title, ""]
        chapter: str | None = None
        for art in self.statute.articles:
            if only_changed and art.key not in self.edits:
                continue
            path = art.heading_path[0] if art.heading_path else None
            if path != chapter and path is not None:
                out.append(path)
            chapter = path
            text = render_marked_article(art)
            if art.key in self.edits:
                text = "▶ " + text.replace("\n", "\n  ")
            out.append(text)
        return "\n".join(out).rstrip() + "\n"


def _mark(node: Node, mark: str) -> None:
    if not any(a.raw == mark for a in node.annotations):
        node.annotations = [*node.annotations, Annotation(kind=mark.strip("<>"), dates=[], raw=mark)]
    node.source_text = " ".join([node.text, *(a.raw for a in node.annotations)])


# -- the engine --------------------------------------------------------------------------


class _Engine:
    def __init__(self, statute: Statute) -> None:
        self.statute = statute
        self.articles: list[Article] = [a.model_copy(deep=True) for a in statute.articles]
        self.work_of: dict[int, Any] = {}  # id(current) -> working copy
        self.origin: dict[int, Any] = {}  # id(working) -> current
        self._keep: list[Any] = []  # keeps ids stable
        for orig, work in zip(statute.articles, self.articles):
            self._pair(orig, work)
        self.locks: dict[int, tuple[int, str]] = {}  # id(working node/article) -> (change index, kind)
        self.touched: dict[int, int] = {}  # id(working node) -> change index (replace)
        self.heading_touched: dict[int, int] = {}  # id(working article) -> change index
        self.protected: dict[int, list[tuple[int, int]]] = {}  # id(working node) -> spans written by replaces
        self.edits: dict[int, ArticleEdit] = {}
        self.applied: list[AppliedChange] = []
        self.renumbered_in: dict[int, int] = {}  # id(container) -> index of the renumbering insert
        self.new_chapters: set[str] = set()
        self.new_headings: list[Heading] = []
        self.headings: list[Heading] = [h.model_copy() for h in statute.headings]
        self.title = statute.title
        self.title_touched: int | None = None
        self.division_touched: dict[str, int] = {}
        self.annex_touched: dict[str, tuple[int, str]] = {}
        self.moves: list[tuple[int, Change, Any, Any]] = []  # (index, change, container, node) to check at the end
        self.warnings: list[str] = []

    def _pair(self, orig: Tree, work: Tree) -> None:
        self.work_of[id(orig)] = work
        self.origin[id(work)] = orig
        self._keep += [orig, work]
        for o, w in zip(children(orig), children(work)):
            self._pair(o, w)

    # -- errors ------------------------------------------------------------------------
    def error(self, index: int, change: Change, message: str, reason: str, hint: str | None = None) -> AmendmentError:
        return AmendmentError(message, index=index, kind=change.kind, address=change.at, reason=reason,
                              path=self.statute.path, hint=hint)

    # -- bookkeeping ---------------------------------------------------------------------
    def edit_for(self, article: Article) -> ArticleEdit:
        edit = self.edits.get(id(article))
        if edit is None:
            orig = self.origin.get(id(article))
            edit = ArticleEdit(key=article.key, original=orig, amended=article,
                               article_status="changed" if orig is not None else "new")
            self.edits[id(article)] = edit
        return edit

    def working_article(self, addr: Address) -> Article | None:
        key = addr.article_key
        return next((a for a in self.articles if a.key == key), None)

    def check_locks(self, index: int, change: Change, chain: list[Any]) -> None:
        for item in chain:
            lock = self.locks.get(id(item))
            if lock is None:
                continue
            other, kind = lock
            if kind == "delete":
                raise self.error(index, change, f"the provision was deleted by change {other}", "deleted",
                                 hint="drop one of the two changes")
            raise self.error(index, change, f"overlaps change {other} ({kind}), which already sets this text",
                             "overlap", hint="write the final wording in that change instead")

    def check_descendants(self, index: int, change: Change, root: Tree, include_root: bool) -> None:
        nodes = ([root] if include_root else []) + walk_tree(root)
        for node in nodes:
            if id(node) in self.touched:
                raise self.error(index, change, f"overlaps change {self.touched[id(node)]}, which edits words inside it",
                                 "overlap", hint="drop the word change, or fold it into this text")
            if node is not root and id(node) in self.locks:
                other, kind = self.locks[id(node)]
                raise self.error(index, change, f"overlaps change {other} ({kind}) inside it", "overlap",
                                 hint="fold that change into this one")
        if isinstance(root, Article) and id(root) in self.heading_touched:
            raise self.error(index, change, f"overlaps change {self.heading_touched[id(root)]} (retitle)", "overlap",
                             hint="give the new heading in this change instead")

    def resolve(self, index: int, change: Change) -> tuple[Article, Node | None, list[Node], Article, Node | None]:
        """Working article/node (and path) and current article/node for an existing provision."""
        addr = change.address
        try:
            orig_art, orig_node = find_node(self.statute, addr)
        except AddressError as exc:
            art_w = self.working_article(addr)
            if art_w is not None and id(art_w) not in self.origin:
                raise self.error(index, change, f"{addr.article_key} is new in this spec", "overlap",
                                 hint="write its final text in the insert that adds it") from None
            raise self.error(index, change, exc.message, "unknown-address", hint=exc.hint) from None
        if orig_art.deleted:
            raise self.error(index, change, f"{orig_art.label} is deleted in the current law (삭제)", "deleted",
                             hint=f"to re-fill it, insert {orig_art.label} with new text")
        if orig_node is not None and orig_node.deleted:
            raise self.error(index, change, f"{format_address(addr)} is deleted in the current law (삭제)", "deleted")
        art = self.work_of[id(orig_art)]
        chain: list[Any] = [art]
        path: list[Node] = []
        if orig_node is not None:
            orig_path = find_path(orig_art, orig_node) or []
            for o in orig_path:
                w = self.work_of.get(id(o))
                if w is None:  # replaced by a rewrite of an ancestor
                    self.check_locks(index, change, chain)
                    raise self.error(index, change, "overlaps an earlier rewrite", "overlap")
                path.append(w)
            chain += path
        self.check_locks(index, change, chain)
        node = path[-1] if path else None
        return art, node, path, orig_art, orig_node

    # -- replace -------------------------------------------------------------------------
    def replace(self, index: int, ch: Replace) -> None:
        art, node, path, orig_art, orig_node = self.resolve(index, ch)
        target: Tree = node if node is not None else art
        own_only = None
        if ch.part is not None:
            part_node = node
            if part_node is None and len(art.hangs) == 1 and art.hangs[0].number is None:
                part_node = art.hangs[0]
            if part_node is None:
                raise self.error(index, ch, f"part {ch.part} needs a single provision (a 항, 호 or 목)", "invalid",
                                 hint=f"address the 항, e.g. {ch.at}제1항")
            if ch.part in LEAD_TEXT:  # 각 호 외의 부분: the 항's (호's) own words, not those of its items
                items = "호" if ch.part == "각 호 외의 부분" else "목"
                if not isinstance(part_node, Hang if items == "호" else Ho) or not children(part_node):
                    raise self.error(index, ch, f"has no {ch.part} (it has no {items})", "invalid",
                                     hint=f"drop part, or address a {'항' if items == '호' else '호'} that has {items}")
                own_only = (part_node, (0, len(part_node.text)))
        if ch.part is not None and own_only is None:  # 전단/후단, 본문/단서
            h = halves(self.origin[id(part_node)].text if id(part_node) in self.origin else part_node.text)
            hw = halves(part_node.text)
            if h is None or hw is None or ch.part not in h.names:
                what = "one sentence" if h is None else f"{h.names[0]}/{h.names[1]}"
                raise self.error(index, ch, f"has no {ch.part} (its text is {what})", "invalid",
                                 hint="drop part, or use the halves the text has (전단/후단, 본문/단서)")
            own_only = (part_node, hw.range_of(ch.part))
        scope: list[tuple[Node, int, int]]
        if own_only is not None:
            scope = [(own_only[0], *own_only[1])]  # type: ignore[misc]
        else:
            scope = [(n, 0, len(n.text)) for n in walk_tree(target) if not n.deleted]
            if isinstance(target, Node) and not target.deleted:
                scope = [(target, 0, len(target.text))] + [(n, a, b) for n, a, b in scope if n is not target]
        hits: list[tuple[Node, int]] = []
        for n, a, b in scope:
            hits += [(n, i) for i in occurrences(n.text, ch.old, a, b)]
        # the same count in the current law: an earlier change must not have made or removed matches
        orig_count = 0
        for n, _a, _b in scope:
            o = self.origin.get(id(n))
            if o is None:
                continue
            if own_only is not None:
                ho = halves(o.text)
                rng = ho.range_of(ch.part) if ho else None  # type: ignore[arg-type]
                a0, b0 = rng if rng else (0, len(o.text))
            else:
                a0, b0 = 0, len(o.text)
            orig_count += len(occurrences(o.text, ch.old, a0, b0))
        if not hits:
            shown = target.text if isinstance(target, Node) else render_article(target)
            shown = shown if len(shown) <= 160 else shown[:157] + "…"
            if orig_count:
                raise self.error(index, ch, f"{ch.old!r} no longer occurs: an earlier change rewrote it", "overlap")
            loose = re.compile(r"\s+".join(re.escape(w) for w in ch.old.split()))
            near = next((m.group(0) for n, a, b in scope if ch.old.split() for m in [loose.search(n.text, a, b)] if m), None)
            if near is not None:
                raise self.error(index, ch, f"{ch.old!r} not found; the law spaces it differently: {near!r}",
                                 "not-found", hint="quote the words exactly as the law writes them (spaces included)")
            raise self.error(index, ch, f"{ch.old!r} not found in the provision", "not-found",
                             hint=f"the current text is: {shown}")
        for n, i in hits:
            for a, b in self.protected.get(id(n), []):
                if i < b and a < i + len(ch.old):
                    raise self.error(index, ch, f"{ch.old!r} overlaps words written by an earlier replace", "overlap",
                                     hint="write the final words in one replace")
        if len(hits) != orig_count:
            raise self.error(index, ch, f"{ch.old!r} occurs {orig_count} time(s) in the current law but "
                             f"{len(hits)} after the earlier changes", "overlap",
                             hint="changes in one provision must not touch the same words")
        if len(hits) > 1 and not ch.all_:
            where = sorted({self._addr_text(art, n) for n, _ in hits})
            raise self.error(index, ch, f"{ch.old!r} occurs {len(hits)} times ({', '.join(where)})", "ambiguous",
                             hint="add all: true to replace every occurrence (각각), or narrow it with part or a "
                             "deeper address, or quote more words")
        # sentence facts, from the current text
        hit_nodes: list[Node] = []
        for n, _ in hits:
            if not any(n is m for m in hit_nodes):
                hit_nodes.append(n)
        sentence_node: Node | None = node
        sentence_path = list(path)
        if sentence_node is not None and sentence_node.number is None and isinstance(sentence_node, Hang):
            sentence_path = [n for n in sentence_path if n is not sentence_node]
        outside = None
        part = None if ch.part in LEAD_TEXT else ch.part  # the lead text is named below (outside)
        own_hits = [i for n, i in hits if n is sentence_node] if sentence_node is not None else []
        lead_node = sentence_node
        if sentence_node is None and len(art.hangs) == 1 and art.hangs[0].number is None:
            lead_node = art.hangs[0]
            own_hits = [i for n, i in hits if n is lead_node]
        if lead_node is not None and len(own_hits) == len(hits):
            if children(lead_node) and isinstance(lead_node, (Hang, Ho)):
                outside = "각 호 외의 부분" if isinstance(lead_node, Hang) else "각 목 외의 부분"
            orig_lead = self.origin.get(id(lead_node))
            if part is None and orig_lead is not None:
                h = halves(orig_lead.text)
                if h is not None:
                    spots = occurrences(orig_lead.text, ch.old)
                    names = {h.part_of(i, i + len(ch.old)) for i in spots}
                    if None not in names and len(names) == 2:
                        part = f"{h.names[0]} 및 {h.names[1]}"
        # order of clauses on one provision: where their words stand in it
        order = {id(n): k for k, n in enumerate(walk_tree(target) if isinstance(target, Article) else target.walk())}
        first_hit = min((order.get(id(n), 0), i) for n, i in hits)
        # apply, last occurrence first
        for n in hit_nodes:
            spots = sorted((i for m, i in hits if m is n), reverse=True)
            text = n.text
            prot = self.protected.setdefault(id(n), [])
            for i in spots:
                text = text[:i] + ch.new + text[i + len(ch.old):]
                delta = len(ch.new) - len(ch.old)
                prot[:] = [(a + delta, b + delta) if a >= i + len(ch.old) else (a, b) for a, b in prot]
                prot.append((i, i + len(ch.new)))
            n.text = text
            _mark(n, AMENDED_MARK)
            self.touched[id(n)] = index
        self.edit_for(art)
        self.applied.append(AppliedChange(
            index=index, kind="replace", change=ch, article_key=art.key, article_sort=article_sort_key(art),
            levels=self.current_levels(art, sentence_path), position=position_of(sentence_path) + (first_hit,),
            old=ch.old, new=ch.new, each=ch.all_ or len(hits) > 1, part=part, outside_items=outside, count=len(hits),
            target=sentence_path[-1] if sentence_path else None,
        ))

    def current_levels(self, art: Article, path: list[Node]) -> tuple[Level, ...]:
        """The address of a working provision by its number in the current law (an earlier insert or
        move may have renumbered it; :meth:`_settle_numbers` then writes 제3항(종전의 제2항))."""
        orig_art = self.origin.get(id(art))
        orig_path = [self.origin.get(id(n)) for n in path]
        if orig_art is None or any(n is None for n in orig_path):
            return levels_of(art, path)
        return levels_of(orig_art, orig_path)  # type: ignore[arg-type]

    def _addr_text(self, art: Article, node: Node) -> str:
        path = find_path(art, node) or []
        return "".join(lab for _, lab in levels_of(art, path))

    # -- rewrite -------------------------------------------------------------------------
    def rewrite(self, index: int, ch: Rewrite) -> None:
        art, node, path, _, _ = self.resolve(index, ch)
        edit = self.edit_for(art)
        if ch.part is not None:
            self._rewrite_part(index, ch, art, node, path)
            return
        outside_heading = False
        if node is None:
            self.check_descendants(index, ch, art, include_root=False)
            try:
                new = parse_article(ch.text, art.number, art.branch, ch.heading if ch.heading is not None else None)
            except TextFormError as exc:
                raise self.error(index, ch, f"text: {exc}", "invalid") from None
            # no heading given and no label in the text: the heading stays (제N조 제목 외의 부분)
            outside_heading = ch.heading is None and split_label(ch.text)[0] is None and art.heading is not None
            if new.heading is None:
                new.heading = art.heading
            art.heading = new.heading
            art.hangs = new.hangs
            art.annotations = [Annotation(kind="전문개정", dates=[], raw="<전문개정>")]
            self._keep.append(new)
            self.locks[id(art)] = (index, "rewrite")
            edit.article_status = "rewritten"
            edit.heading_changed = edit.original is not None and edit.original.heading != art.heading
            new_text = "\n".join(render_node(h) for h in art.hangs) if outside_heading else render_article(art)
            levels = levels_of(art, [])
        else:
            if ch.heading is not None:
                raise self.error(index, ch, "heading is only for an article", "invalid")
            self.check_descendants(index, ch, node, include_root=True)
            try:
                new_node = parse_single(ch.text, level_of(node), node.number)
            except TextFormError as exc:
                raise self.error(index, ch, f"text: {exc}", "invalid") from None
            self._replace_node_content(node, new_node)
            _mark(node, AMENDED_MARK)
            self.locks[id(node)] = (index, "rewrite")
            edit.rewritten_ids.add(id(node))
            new_text = render_node(node)
            levels = self.current_levels(art, path)
        self.applied.append(AppliedChange(
            index=index, kind="rewrite", change=ch, article_key=art.key, article_sort=article_sort_key(art),
            levels=levels, position=position_of(path), new_text=new_text, target=node,
            outside_heading=outside_heading,
        ))

    def _rewrite_part(self, index: int, ch: Rewrite, art: Article, node: Node | None, path: list[Node]) -> None:
        """``제13조 후단을 다음과 같이 한다``: new text for one half of a two-sentence provision."""
        part_node = node
        if part_node is None and len(art.hangs) == 1 and art.hangs[0].number is None:
            part_node = art.hangs[0]
        if part_node is None or ch.heading is not None:
            raise self.error(index, ch, f"part {ch.part} needs a single provision (a 항, 호 or 목), and no heading",
                             "invalid", hint=f"address the 항, e.g. {ch.at}제1항")
        h = halves(part_node.text)
        if h is None or ch.part not in h.names:
            what = "one sentence" if h is None else f"{h.names[0]}/{h.names[1]}"
            raise self.error(index, ch, f"has no {ch.part} (its text is {what})", "invalid",
                             hint="drop part, or use the halves the text has (전단/후단, 본문/단서)")
        self.check_descendants(index, ch, part_node, include_root=True)
        a, b = h.range_of(ch.part)  # type: ignore[misc]
        new_half = " ".join(line.strip() for line in ch.text.strip().splitlines() if line.strip())
        part_node.text = part_node.text[:a] + new_half + part_node.text[b:]
        _mark(part_node, AMENDED_MARK)
        self.locks[id(part_node)] = (index, "rewrite")
        self.edit_for(art)
        self.applied.append(AppliedChange(
            index=index, kind="rewrite", change=ch, article_key=art.key, article_sort=article_sort_key(art),
            levels=levels_of(art, [n for n in path if not (isinstance(n, Hang) and n.number is None)]),
            position=position_of(path), new_text=new_half, target=node, part=ch.part,
        ))

    def _replace_node_content(self, node: Node, new: Node) -> None:
        self._keep.append(new)
        node.text = new.text
        node.source_text = new.text
        node.deleted = False
        for attr in ("hos", "moks", "subitems"):
            if hasattr(node, attr):
                setattr(node, attr, getattr(new, attr))

    # -- delete --------------------------------------------------------------------------
    def delete(self, index: int, ch: Delete) -> None:
        art, node, path, _, _ = self.resolve(index, ch)
        edit = self.edit_for(art)
        if node is None:
            self.check_descendants(index, ch, art, include_root=False)
            art.deleted = True
            art.heading = None
            art.hangs = []
            art.annotations = [Annotation(kind="삭제", dates=[], raw="<삭제>")]
            self.locks[id(art)] = (index, "delete")
            edit.article_status = "deleted"
        else:
            if isinstance(node, Hang) and node.number is None:
                raise self.error(index, ch, "the only paragraph of an article: delete the article", "invalid")
            self.check_descendants(index, ch, node, include_root=True)
            node.deleted = True
            node.text = "삭제"
            node.annotations = [Annotation(kind="삭제", dates=[], raw="<삭제>")]
            node.source_text = "삭제 <삭제>"
            for attr in ("hos", "moks", "subitems"):
                if hasattr(node, attr):
                    setattr(node, attr, [])
            self.locks[id(node)] = (index, "delete")
            edit.deleted_ids.add(id(node))
        self.applied.append(AppliedChange(
            index=index, kind="delete", change=ch, article_key=art.key, article_sort=article_sort_key(art),
            levels=self.current_levels(art, path), position=position_of(path), target=node,
        ))

    # -- retitle -------------------------------------------------------------------------
    def retitle(self, index: int, ch: Retitle) -> None:
        art, node, _, _, _ = self.resolve(index, ch)
        if node is not None:
            raise self.error(index, ch, "a heading belongs to an article: write at: " + art.label, "invalid")
        if art.heading is None:
            raise self.error(index, ch, f"{art.label} has no heading to change", "invalid",
                             hint="rewrite the article with a heading instead")
        if id(art) in self.heading_touched:
            raise self.error(index, ch, f"overlaps change {self.heading_touched[id(art)]} (retitle)", "overlap")
        new_heading = self._new_title(index, ch, art.heading, f"the heading of {art.label}")
        old = art.heading
        art.heading = new_heading
        art.annotations = [*art.annotations, Annotation(kind="제목개정", dates=[], raw="<제목개정>")]
        self.heading_touched[id(art)] = index
        edit = self.edit_for(art)
        edit.heading_changed = True
        self.applied.append(AppliedChange(
            index=index, kind="retitle", change=ch, article_key=art.key, article_sort=article_sort_key(art),
            levels=levels_of(art, []), position=((-1, 0),), old_heading=old, new_heading=new_heading,
            old=ch.old, new=ch.new, heading_words=ch.heading is None,
        ))

    def _new_title(self, index: int, ch: Retitle, current: str, what: str) -> str:
        """The whole new heading, or the current one with ``old`` replaced by ``new`` (exactly once)."""
        if ch.heading is not None:
            if ch.heading == current:
                raise self.error(index, ch, f"{what} is already {current!r}", "invalid")
            return ch.heading
        assert ch.old is not None and ch.new is not None
        count = current.count(ch.old)
        if count == 0:
            raise self.error(index, ch, f"{ch.old!r} not found in {what} ({current!r})", "not-found",
                             hint="quote the words exactly as the heading writes them")
        if count > 1:
            raise self.error(index, ch, f"{ch.old!r} occurs {count} times in {what} ({current!r})", "ambiguous",
                             hint="quote more words, or give the whole new heading with heading:")
        return current.replace(ch.old, ch.new)

    # -- the law's title, 편/장/절 headings, annexes ------------------------------------------
    def retitle_law(self, index: int, ch: Retitle) -> None:
        if self.title_touched is not None:
            raise self.error(index, ch, f"overlaps change {self.title_touched} (retitle 제명)", "overlap")
        old = self.title
        self.title = self._new_title(index, ch, old, "the law's title (제명)")
        self.title_touched = index
        self.applied.append(AppliedChange(
            index=index, kind="retitle", change=ch, article_key=LAW_TITLE, article_sort=(-1, 0, 0),
            levels=(("제명", LAW_TITLE),), position=(), old_heading=old, new_heading=self.title,
            old=ch.old, new=ch.new, heading_words=ch.heading is None, scope="law_title",
        ))

    def division_articles(self, label: str) -> list[Article]:
        """Working articles inside a 편/장/절 label such as 제4편제7장제1절 (in order)."""
        prefixes = []
        for level, number in division_levels(label):
            base, _, branch = number.partition("의")
            prefixes.append(f"제{base}{level}" + (f"의{branch}" if branch else ""))
        out = []
        for art in self.articles:
            path = art.heading_path
            if all(any(e == p or e.startswith(p + " ") for e in path) for p in prefixes):
                out.append(art)
        return out

    def retitle_division(self, index: int, ch: Retitle) -> None:
        members = self.division_articles(ch.at)
        if not members:
            raise self.error(index, ch, f"the law has no {ch.at} (or it holds no article)", "unknown-address",
                             hint="name the 편/장/절 as the law numbers it, e.g. 제3장 or 제6장제4절")
        if ch.at in self.division_touched:
            raise self.error(index, ch, f"overlaps change {self.division_touched[ch.at]} (retitle)", "overlap")
        level, number = division_levels(ch.at)[-1]
        base, _, branch = number.partition("의")
        prefix = f"제{base}{level}" + (f"의{branch}" if branch else "")
        entry = next(e for e in members[0].heading_path if e == prefix or e.startswith(prefix + " "))
        old = entry[len(prefix):].strip()
        new = self._new_title(index, ch, old, f"the title of {ch.at}")
        for art in members:
            art.heading_path = [f"{prefix} {new}" if e == entry else e for e in art.heading_path]
        first_orig = self.origin.get(id(members[0]))
        for h in self.headings:
            if h.level == level and h.number == number and h.title == old and (
                    first_orig is None or h.span.start <= first_orig.span.start):
                target = h
        try:
            target.title = new  # the last matching heading before the division's first article
        except NameError:  # pragma: no cover - the heading list always holds the division of an article
            pass
        self.division_touched[ch.at] = index
        self.applied.append(AppliedChange(
            index=index, kind="retitle", change=ch, article_key=ch.at,
            article_sort=article_sort_key(members[0]), levels=((level, ch.at),), position=((-2, 0),),
            old_heading=old, new_heading=new, old=ch.old, new=ch.new, heading_words=ch.heading is None,
            scope="division",
        ))

    def annex(self, index: int, ch: Change) -> None:
        """A change in an annex (별표/별지): the corpus holds no annex text, so it is recorded unchecked."""
        at = ch.at
        prev = self.annex_touched.get(at)
        if prev is not None and (prev[1] in ("rewrite", "delete", "insert") or ch.kind in ("rewrite", "delete", "insert")):
            raise self.error(index, ch, f"overlaps change {prev[0]} ({prev[1]}) on {at}", "overlap")
        self.annex_touched[at] = (index, ch.kind)
        base = re.match(r"^((?:별표|별지)(?:\s*\d+(?:의\d+)?(?!\s*호))?)", at)
        applied = AppliedChange(  # one sentence per annex: 별표 4 제3호 중 …하고, 같은 표 제5호 중 …
            index=index, kind=ch.kind, change=ch, article_key=base.group(1) if base else at,
            article_sort=annex_sort_key(at),
            levels=(("별표", at),), position=annex_position(at[base.end():] if base else at), scope="annex",
        )
        if isinstance(ch, Replace):
            applied.old, applied.new, applied.each, applied.part = ch.old, ch.new, ch.all_, ch.part
        elif isinstance(ch, (Rewrite, Insert)):
            applied.new_text = ch.text.strip()
        elif isinstance(ch, Retitle):
            applied.old, applied.new, applied.heading_words = ch.old, ch.new, True
        self.applied.append(applied)
        self.warnings.append(f"change {index} ({ch.kind} at {at}): the corpus holds no annex (별표/별지) text, "
                             "so the words were not checked against the law")

    # -- move (renumber) -------------------------------------------------------------------
    def move(self, index: int, ch: Move) -> None:
        art, node, path, _, _ = self.resolve(index, ch)
        to = ch.to_address
        before = levels_of(art, path)
        position = position_of(path)
        if node is None:
            if art.occurrence > 1:
                raise self.error(index, ch, "an article the file repeats cannot be moved", "invalid")
            art.number, art.branch = to.article, to.branch  # type: ignore[assignment]
            self.moves.append((index, ch, None, art))
            after = levels_of(art, [])
        else:
            if isinstance(node, Hang) and node.number is None:
                raise self.error(index, ch, "an unnumbered paragraph has no number to change", "invalid")
            container = path[-2] if len(path) > 1 else art
            node.number = (str(to.sub) if to.sub is not None else to.mok if to.mok is not None
                           else to.ho if to.ho is not None else str(to.hang))
            self.moves.append((index, ch, container, node))
            after = levels_of(art, path)
        self.edit_for(art)
        self.applied.append(AppliedChange(
            index=index, kind="move", change=ch, article_key=before[0][1], article_sort=(
                art.number if node is not None else self.origin[id(art)].number,
                (art.branch if node is not None else self.origin[id(art)].branch) or 0, art.occurrence),
            levels=before, position=position, moved_to=after, target=node,
        ))

    def update_citations(self, count: int) -> None:
        """For each ``move`` (``references: true``), a replace in every provision of the law that cites
        the moved provision: ``제7조 중 "제5조"를 "제6조"로``. Higher numbers first, so that chained
        moves (제6조 → 제7조, 제5조 → 제6조) do not touch each other's new words. A citation that cannot be
        updated safely (the provision also cites another law's 제5조, or another change rewrites it)
        stays a warning (see :mod:`drafter.amend.references`)."""
        from drafter.amend.references import citation_spots

        moves = [ch for ch in self.applied if ch.kind == "move" and ch.moved_to is not None
                 and getattr(ch.change, "references", False)]
        def target(ch: AppliedChange) -> list[tuple[int, int]]:
            nums = [re.search(r"\d+(?:의\d+)?", lab) for _, lab in ch.moved_to or ()]
            return [number_key(m.group(0)) if m else (0, 0) for m in nums]

        moves.sort(key=target, reverse=True)
        index = count
        for move in moves:
            old_full = "".join(lab for _, lab in move.levels)
            new_full = "".join(lab for _, lab in move.moved_to or ())
            new_local = "".join(lab for _, lab in (move.moved_to or ())[1:])
            done: list[tuple[Level, ...]] = []
            for where, form, clean in citation_spots(self.statute, move.levels):
                if any(where[:len(d)] == d for d in done):
                    continue
                at = "".join(lab for _, lab in where)
                new = new_full if form == old_full else new_local
                if not clean:
                    self.warnings.append(f"{old_full} becomes {new_full}: the citation in {at} was not updated "
                                         f"(its text also holds {form!r} that cites something else); amend it by hand")
                    continue
                index += 1
                error: AmendmentError | None = None
                for every in (False, True):  # 각각 only when the provision cites it more than once
                    try:
                        self.replace(index, Replace(at=at, old=form, new=new, all=every))
                        error = None
                        break
                    except AmendmentError as exc:
                        error = exc
                        if exc.reason != "ambiguous":
                            break
                if error is not None:
                    index -= 1
                    self.warnings.append(f"{old_full} becomes {new_full}: the citation in {at} was not updated "
                                         f"({error.detail}); amend it by hand")
                    continue
                done.append(where)

    def _finish_moves(self) -> None:
        """Put moved provisions in order; two provisions may not end with the same number."""
        if not self.moves:
            return
        seen: set[int] = set()
        for index, ch, container, _ in self.moves:
            if container is None:
                if -1 in seen:
                    continue
                seen.add(-1)
                self.articles.sort(key=article_sort_key)
                keys = [a.key for a in self.articles]
            else:
                if id(container) in seen:
                    continue
                seen.add(id(container))
                sibs = children(container)
                sibs.sort(key=lambda n: number_key(n.number))
                keys = [n.number for n in sibs]
            dup = next((k for k in keys if keys.count(k) > 1), None)
            if dup is not None:
                clash = next(c for i, c, cont, _ in self.moves if (cont is None) == (container is None)
                             and (cont is container or cont is None))
                raise self.error(index, clash, f"after the moves two provisions are numbered {dup}", "exists",
                                 hint="move the provision that holds that number first (e.g. 제6조 to 제7조, then 제5조 to 제6조)")

    # -- insert --------------------------------------------------------------------------
    def insert(self, index: int, ch: Insert) -> None:
        addr = ch.address
        if addr.hang is None and addr.ho is None:
            self._insert_article(index, ch, addr)
        else:
            self._insert_node(index, ch, addr)

    def _insert_article(self, index: int, ch: Insert, addr: Address, record: bool = True) -> Article:
        if addr.occurrence > 1:
            raise self.error(index, ch, "a new article cannot carry a #occurrence", "invalid",
                             hint="#2 only tells apart articles the source file repeats")
        key = addr.article_key
        existing = self.working_article(addr)
        revive = False
        under: str | None = None
        if existing is not None:
            orig = self.origin.get(id(existing))
            if not (existing.deleted and orig is not None and orig.deleted and id(existing) not in self.locks):
                raise self.error(index, ch, f"{key} exists", "exists",
                                 hint=f"use a branch number (제{addr.article}조의{(addr.branch or 1) + 1}) or rewrite {key}")
            revive = True
        else:
            numbers = {(a.number, a.branch or 0) for a in self.articles}
            if addr.branch:
                if (addr.article, 0) not in numbers:
                    raise self.error(index, ch, f"제{addr.article}조 does not exist, so {key} cannot follow it", "unknown-address")
                if addr.branch > 2 and (addr.article, addr.branch - 1) not in numbers:
                    raise self.error(index, ch, f"{key} would skip 제{addr.article}조의{addr.branch - 1}", "invalid")
            else:
                top = max((a.number for a in self.articles), default=0)
                if addr.article != top + 1:
                    raise self.error(index, ch, "a new article between others takes a branch number", "invalid",
                                     hint=f"use 제{addr.article - 1}조의2, or 제{top + 1}조 to add one at the end")
        try:
            new = parse_article(ch.text, addr.article, addr.branch, ch.heading)  # type: ignore[arg-type]
        except TextFormError as exc:
            raise self.error(index, ch, f"text: {exc}", "invalid") from None
        if new.heading is None:
            raise self.error(index, ch, "a new article needs a heading", "invalid",
                             hint="add heading: … or start the text with the label, e.g. 제35조의2(자치경찰 재정)")
        new.annotations = [Annotation(kind="신설", dates=[], raw=NEW_MARK)]
        self._keep.append(new)
        if revive:
            assert existing is not None
            existing.deleted = False
            existing.heading = new.heading
            existing.hangs = new.hangs
            existing.annotations = new.annotations
            art = existing
            edit = self.edit_for(art)
            edit.article_status = "revived"
        else:
            art = new
            pos = len(self.articles)
            for i, other in enumerate(self.articles):
                if article_sort_key(other) > article_sort_key(new):
                    pos = i
                    break
            if ch.under is not None:
                members = self.division_articles(ch.under)
                if not members:
                    raise self.error(index, ch, f"the law has no {ch.under} (or it holds no article)", "unknown-address",
                                     hint="name the 편/장/절 as the law numbers it, e.g. 제4편제7장제1절")
                if pos == 0 or self.articles[pos - 1] is not members[-1]:
                    raise self.error(index, ch, f"{key} would not stand at the end of {ch.under} "
                                     f"(its last article is {members[-1].label})", "invalid",
                                     hint=f"number it after {members[-1].label}, e.g. {members[-1].label}의2")
                new.heading_path = list(members[-1].heading_path)
            elif pos > 0:
                new.heading_path = list(self.articles[pos - 1].heading_path)
                after = self.articles[pos] if pos < len(self.articles) else None
                if new.heading_path and (after is None or after.heading_path != new.heading_path):
                    # after the last article of a 편/장/절, the sentence names it (법제처 심사기준; real:
                    # 제4편제7장제1절에 제426조의2를 다음과 같이 신설한다.)
                    under = _division_label(new.heading_path)
            self.articles.insert(pos, new)
            edit = self.edit_for(art)
            edit.article_status = "new"
        self.locks[id(art)] = (index, "insert")
        if record:
            self.applied.append(AppliedChange(
                index=index, kind="insert", change=ch, article_key=art.key, article_sort=article_sort_key(art),
                levels=levels_of(art, []), position=(), new_text=render_article(art), revive=revive,
                under=ch.under or under,
            ))
        return art

    # -- new chapter -------------------------------------------------------------------
    def insert_chapter(self, index: int, ch: InsertChapter) -> None:
        number, branch = ch.number
        label = f"제{number}장" + (f"의{branch}" if branch else "")
        chapters = {(h.number) for h in self.statute.headings if h.level == "장"} | self.new_chapters
        have = f"{number}" + (f"의{branch}" if branch else "")
        if have in chapters:
            raise self.error(index, ch, f"{label} exists", "exists", hint="use the next branch number, e.g. 제8장의2")
        if branch and str(number) not in chapters:
            raise self.error(index, ch, f"제{number}장 does not exist, so {label} cannot follow it", "unknown-address")
        new_articles: list[Article] = []
        for art_spec in ch.articles:
            sub = Insert(at=art_spec.at, heading=art_spec.heading, text=art_spec.text)
            try:
                new_articles.append(self._insert_article(index, sub, sub.address, record=False))
            except AmendmentError as exc:
                raise self.error(index, ch, f"{sub.at}: {exc.detail}", exc.reason, hint=exc.hint) from None
        positions = [next(i for i, a in enumerate(self.articles) if a is art) for art in new_articles]
        if positions != list(range(positions[0], positions[0] + len(positions))):
            raise self.error(index, ch, "the articles of a chapter must follow one another with no existing "
                             "article between them", "invalid", hint="number them 제36조의2, 제36조의3, …")
        title = f"{label} {ch.title.strip()}"
        for art in new_articles:
            art.heading_path = [title]
        self.new_chapters.add(have)
        self.new_headings.append(Heading(level="장", number=have, title=ch.title.strip(), span=EMPTY_SPAN))
        self.edit_for(new_articles[0]).chapter_heading = title
        first = new_articles[0]
        self.applied.append(AppliedChange(
            index=index, kind="insert_chapter", change=ch, article_key=first.key,
            article_sort=article_sort_key(first), levels=(("장", label),), position=(),
            new_text="\n".join([title, *(render_article(a) for a in new_articles)]),
            chapter_articles=[a.label for a in new_articles],
        ))

    def _container(self, index: int, ch: Insert, addr: Address) -> tuple[Article, list[Node], str, str]:
        """Working container of a new 항/호/목, its path, the new node's level and number."""
        art = self.working_article(addr)
        if art is None:
            raise self.error(index, ch, f"{addr.article_key} does not exist", "unknown-address")
        if art.deleted:
            raise self.error(index, ch, f"{art.label} is deleted", "deleted")
        self.check_locks(index, ch, [art])
        if addr.ho is None:
            return art, [], "hang", str(addr.hang)
        # 호 or 목: find the 항 (numbered by current number in the working copy)
        if addr.hang is not None:
            hang = next((h for h in art.hangs if h.number == str(addr.hang)), None)
        else:
            numbered = [h for h in art.hangs if h.number is not None]
            hang = art.hangs[0] if art.hangs and not numbered else None
            if hang is None and numbered:
                raise self.error(index, ch, f"{art.label} has numbered 항: write {art.label}제1항제{addr.ho}호", "unknown-address")
        if hang is None:
            raise self.error(index, ch, f"{art.label} has no 제{addr.hang}항", "unknown-address")
        if hang.deleted:
            raise self.error(index, ch, "the 항 is deleted", "deleted")
        self.check_locks(index, ch, [hang])
        if addr.mok is None:
            return art, [hang], "ho", addr.ho
        ho = next((h for h in hang.hos if h.number == addr.ho), None)
        if ho is None:
            raise self.error(index, ch, f"there is no 제{addr.ho}호 to hold {addr.mok}목", "unknown-address")
        if ho.deleted:
            raise self.error(index, ch, "the 호 is deleted", "deleted")
        self.check_locks(index, ch, [ho])
        return art, [hang, ho], "mok", addr.mok

    def _insert_node(self, index: int, ch: Insert, addr: Address) -> None:
        if ch.heading is not None or ch.under is not None:
            raise self.error(index, ch, "heading and under are only for a new article", "invalid")
        if addr.sub is not None:
            raise self.error(index, ch, "inserting a sub-item (1), 2)) is not supported", "invalid",
                             hint="rewrite the 목 that holds it with its new sub-items")
        art, cpath, level, number = self._container(index, ch, addr)
        container: Tree = cpath[-1] if cpath else art
        siblings: list[Node] = children(container)
        edit = self.edit_for(art)
        renumbered: list[tuple[str, str]] = []
        content_to_first = False
        key = number_key(number)
        existing = [number_key(s.number) for s in siblings if s.number is not None]
        if level == "hang" and siblings and siblings[0].number is None:
            if key != (2, 0):
                what = "exists" if key == (1, 0) else "would leave a gap"
                raise self.error(index, ch, f"{art.label} has one unnumbered paragraph: a new 항 there is 제2항 ({number} {what})",
                                 "exists" if key == (1, 0) else "invalid")
            siblings[0].number = "1"
            content_to_first = True
            pos = 1
        elif key in existing:
            renumber = ch.renumber if ch.renumber is not None else (level == "ho" and key[1] == 0)
            if not renumber:
                raise self.error(index, ch, "a provision with this number exists", "exists",
                                 hint="insert a branch number (제17호의2), or add renumber: true to push the following ones down")
            if key[1] != 0 or level == "mok":
                raise self.error(index, ch, "renumbering works for plain 항/호 numbers", "invalid")
            if id(container) in self.renumbered_in:
                raise self.error(index, ch, f"change {self.renumbered_in[id(container)]} already renumbers "
                                 "these provisions", "overlap",
                                 hint="one renumbering insert per 항/조: use branch numbers (제17호의2) for the others")
            self.renumbered_in[id(container)] = index
            pos = next(i for i, s in enumerate(siblings) if number_key(s.number) == key)
            for s in siblings[pos:]:
                base, br = number_key(s.number)
                new_num = str(base + 1) if level == "hang" else f"{base + 1}" + (f"의{br}" if br else "")
                orig = self.origin.get(id(s))
                if orig is not None:
                    renumbered.append((orig.number, new_num))  # type: ignore[arg-type]
                s.number = new_num
        else:
            base, br = key
            if br:
                if (base, 0) not in existing:
                    raise self.error(index, ch, f"there is no plain number {base} for this branch to follow", "unknown-address")
                if br > 2 and (base, br - 1) not in existing:
                    raise self.error(index, ch, f"the branch would skip {base}의{br - 1}", "invalid")
            else:
                top = max((b for b, _ in existing), default=0)
                moved_here = any(cont is container for _, _, cont, _ in self.moves)
                if base != top + 1 and not (moved_here and base <= top):  # a number a move freed may be re-used
                    raise self.error(index, ch, f"the next free number here is {top + 1}", "invalid",
                                     hint="insert at the end, use a branch number, or add renumber: true")
            pos = len(siblings)
            for i, s in enumerate(siblings):
                if number_key(s.number) > key:
                    pos = i
                    break
        try:
            new = parse_single(ch.text, level, number)
        except TextFormError as exc:
            raise self.error(index, ch, f"text: {exc}", "invalid") from None
        _mark(new, NEW_MARK)
        self._keep.append(new)
        siblings.insert(pos, new)
        self.locks[id(new)] = (index, "insert")
        edit.new_ids.add(id(new))
        path = [*cpath, new]
        self.applied.append(AppliedChange(
            index=index, kind="insert", change=ch, article_key=art.key, article_sort=article_sort_key(art),
            levels=levels_of(art, path), position=position_of(path), new_text=render_node(new),
            container=levels_of(art, cpath), renumbered=renumbered, content_to_first=content_to_first,
            target=new,
        ))

    # -- result --------------------------------------------------------------------------
    def _settle_numbers(self) -> None:
        """After all inserts: name renumbered provisions by their new number (종전의 …) and
        give new provisions pushed down by a later insert their final number and text. A change in
        an article that a ``move`` renumbers names it by its new number: ``제7조(종전의 제6조) 중 …``."""
        moved = {move.at: art for _, move, cont, art in self.moves if cont is None}  # by current label
        for ch in self.applied:
            if ch.kind not in ("replace", "rewrite", "delete", "retitle") or ch.scope != "provision":
                continue  # (an insert names the new numbers already)
            art = moved.get(ch.levels[0][1]) if ch.levels and ch.levels[0][0] == "조" else None
            if art is None or ch.levels[0][1] == art.label:
                continue
            if ch.former is None:
                ch.former = full_levels_text(ch.levels)
            ch.levels = (("조", art.label),) + ch.levels[1:]
            ch.article_key, ch.article_sort = art.key, article_sort_key(art)
        by_key = {a.key: a for a in self.articles}
        for ch in self.applied:
            node = ch.target
            art = by_key.get(ch.article_key)
            if node is None or art is None or ch.kind == "move":
                continue
            path = find_path(art, node)
            if path is None:
                continue
            final = levels_of(art, path)
            if ch.kind == "insert":
                if final != ch.levels:
                    ch.levels = final
                    ch.position = position_of(path)
                    ch.new_text = render_node(node)
                continue
            if len(final) != len(ch.levels) or final == ch.levels:
                continue
            ch.former = ch.levels[-1][1] if final[:-1] == ch.levels[:-1] else full_levels_text(ch.levels[1:])
            ch.levels = final
            ch.position = position_of(path) + ch.position[len(path):]
            if ch.kind == "rewrite" and ch.part is None:  # its new text carries the new number: 5. …
                ch.new_text = render_node(node)

    def result(self) -> AmendedStatute:
        self._finish_moves()
        self._settle_numbers()
        edits: dict[str, ArticleEdit] = {}
        for edit in self.edits.values():
            edit.key = edit.amended.key
            for node in walk_tree(edit.amended):
                orig = self.origin.get(id(node))
                if orig is not None:
                    edit.origin[id(node)] = orig
            edits[edit.key] = edit
        headings = self.headings + self.new_headings
        amended = self.statute.model_copy(update={"articles": self.articles, "headings": headings, "title": self.title})
        return AmendedStatute(original=self.statute, statute=amended, changes=self.applied, edits=edits,
                              warnings=list(self.warnings))

    def apply(self, index: int, change: Change) -> None:
        words = change.as_retitle() if isinstance(change, (Replace, Retitle)) else None
        if words is not None:  # replace at 제명 / 제5장 / 제4조의 제목: a retitle by words
            change = words
        target = getattr(change, "target", "provision") if not isinstance(change, InsertChapter) else "provision"
        if target == "annex":
            self.annex(index, change)
        elif target == "law_title":
            self.retitle_law(index, change)  # type: ignore[arg-type]
        elif target == "division":
            self.retitle_division(index, change)  # type: ignore[arg-type]
        else:
            _HANDLERS[change.kind](self, index, change)  # type: ignore[operator]


def _division_label(heading_path: list[str]) -> str | None:
    """``["제4편 …", "제7장 …", "제1절 …"]`` → ``제4편제7장제1절``."""
    parts = [m.group(0) for e in heading_path for m in [re.match(r"^제\d+(?:편|장|절|관)(?:의\d+)?", e)] if m]
    return "".join(parts) or None


def annex_position(rest: str) -> tuple:
    """Order of places inside one annex: ``제1호가목`` < ``제3호`` (numbers of 호, 목, sub-items)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(rf"제(\d+)호(?:의(\d+))?|([{MOK_LETTERS}])목|(\d+)\)", rest):
        if m.group(1):
            out.append((int(m.group(1)), int(m.group(2) or 0)))
        elif m.group(3):
            out.append((MOK_LETTERS.index(m.group(3)) + 1, 0))
        else:
            out.append((int(m.group(4)), 0))
    return tuple(out)


def annex_sort_key(at: str) -> tuple[int, int, int]:
    """Annexes come after every article: 별표 (1, 2, 1의2 …), then 별지."""
    m = re.match(r"^(?:별표|별지)\s*(\d+)(?:의(\d+))?(?!\s*호)", at)
    base = 10**6 if at.startswith("별표") else 2 * 10**6
    return (base + (int(m.group(1)) if m else 0), int(m.group(2) or 0) if m else 0, 0)


_HANDLERS = {
    "replace": _Engine.replace,
    "rewrite": _Engine.rewrite,
    "insert": _Engine.insert,
    "delete": _Engine.delete,
    "retitle": _Engine.retitle,
    "insert_chapter": _Engine.insert_chapter,
    "move": _Engine.move,
}


def apply_spec(statute: Statute, spec: AmendmentSpec) -> AmendedStatute:
    """Apply every change of ``spec`` to a copy of ``statute`` (which is left untouched)."""
    if spec.law != statute.doc_id:
        raise AmendmentError(f"the spec amends {spec.law!r} but the statute given is {statute.doc_id!r}",
                             reason="unknown-address", path=statute.path)
    if any(change.kind == "edit" for change in spec.changes):  # edits become the changes derived from them
        from drafter.amend.edit import expand_edits

        spec = expand_edits(statute, spec)[0]
    engine = _Engine(statute)
    for index, change in enumerate(spec.changes, start=1):
        engine.apply(index, change)
    engine.update_citations(len(spec.changes))
    return engine.result()



