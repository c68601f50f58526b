"""The 개정문, worded as real drafters word it (the corpus 부칙 are the authority).

Sentences
* One sentence per touched article, in article order (제35조 < 제35조의2 < 제36조),
  whatever the input order; the law's title (제명) comes first, a 편/장/절 heading
  before its first article, annexes (별표, 별지) after the articles.
* The same replacement in several provisions is one clause with ``각각``, in
  provision order: ``제3조제2항 및 제5조제3항 중 "A"를 각각 "B"로 한다.`` When
  the provisions lie in several articles that clause is a sentence of its own,
  placed at its first provision; inside one article it is a clause of the
  article's sentence. Provisions are merged only when they get exactly the same
  set of replacements (a provision with further replacements keeps its own
  clause). An article heading joins such a group when its words change the same
  way: ``제4조의 제목 및 같은 조 중 "A"를 각각 "B"로 한다.``
* Deleting several provisions of one container, or inserting several new
  provisions into one: ``제19조제7항제2호 및 제6호를 각각 삭제한다.``,
  ``제10조에 제8항 및 제9항을 각각 다음과 같이 신설한다.``; whole articles deleted
  next to each other: ``제59조 및 제60조를 각각 삭제한다.``

Lists of provisions (:func:`list_phrase`)
* provision order; three or more consecutive siblings are a range
  (``제2항부터 제4항까지``, ``제341조부터 제349조까지``);
* items joined ``, `` with `` 및 `` before the last;
* the first item of an article is written in full, the next ones of the same
  article refer back (``같은 조 제3항``, ``같은 항 제6호``), or bare
  (``제28조제3항 및 제4항``) when the item before is a plain sibling and this one is
  the next number or the last item;
* in a list that also holds other items, plain siblings are joined with ``ㆍ``
  (``제451조제1항ㆍ제2항 및 제452조``);
* a sibling with a part or lead text refers back: ``및 같은 조 제2항 단서``.

Clauses of one sentence are joined ``…하고, …하며, …하고, … 한다.`` (하고 and 하며
alternate); a later clause refers back to the one before (``같은 항``,
``같은 조 제3항``). Consecutive word replacements in the same provision share
one ``중``: ``제10조제1항 전단 중 "A"를 "B"로, "C"를 "D"로 한다.``
Particles come from :mod:`drafter.amend.particles`. New text (``다음과 같이
한다``/``신설한다``) follows the sentence, one block per clause, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.amend.apply import AppliedChange, Level
from drafter.amend.particles import directional_particle, object_particle
from drafter.corpus.addresses import provision_label

STRAIGHT = ('"', '"')
TYPESET = ("\u201c", "\u201d")

HEADING = ("제목", "제목")  # the level an article heading adds to an item's levels


def full_address(levels: tuple[Level, ...]) -> str:
    return "".join(lab for _, lab in levels)


_ANNEX_BASE = re.compile(r"^((?:별표|별지)(?:\s*\d+(?:의\d+)?(?!\s*호))?)\s*(.*)$")


def _same_annex(prev: tuple[Level, ...] | None, cur: tuple[Level, ...]) -> str | None:
    """``같은 표 제3호`` for ``별표 3 제3호`` after another place of 별표 3 (None otherwise)."""
    if not prev or not cur or prev[0][0] != "별표" or cur[0][0] != "별표":
        return None
    mp, mc = _ANNEX_BASE.match(prev[0][1]), _ANNEX_BASE.match(cur[0][1])
    if not mp or not mc or mp.group(1).replace(" ", "") != mc.group(1).replace(" ", "") or not mc.group(2):
        return None
    if not mc.group(1).strip() or mc.group(1).startswith("별지"):
        return None
    return f"같은 표 {mc.group(2)}"


def relative_address(prev: tuple[Level, ...] | None, cur: tuple[Level, ...]) -> str:
    """``제35조제3항`` in full, or ``같은 조 제3항`` / ``같은 항`` after a clause on ``prev``
    (``같은 표 제3호`` for a place of the same annex)."""
    annex = _same_annex(prev, cur)
    if annex is not None:
        return annex
    prev = _body(prev) if prev else prev
    if prev is None or not prev or not cur or prev[0] != cur[0] or prev[0][0] not in ("조",):
        return full_address(cur)
    depth = 0
    while depth < min(len(prev), len(cur)) and prev[depth] == cur[depth]:
        depth += 1
    if depth == len(cur):
        return f"같은 {cur[-1][0]}"
    return f"같은 {cur[depth - 1][0]} " + full_address(cur[depth:])


def _body(levels: tuple[Level, ...]) -> tuple[Level, ...]:
    return tuple(lv for lv in levels if lv != HEADING)


# -- items and lists ---------------------------------------------------------------------


@dataclass
class Item:
    """One provision named in a clause: its levels and what follows the address (`` 단서``)."""

    levels: tuple[Level, ...]
    suffix: str = ""
    heading: bool = False  # 제N조의 제목 (levels name the article)
    last: tuple[Level, ...] | None = None  # a range: the last provision

    @property
    def plain(self) -> bool:
        return not self.suffix and not self.heading and self.last is None

    @property
    def container(self) -> tuple[Level, ...]:
        return self.levels[:-1]

    @property
    def end(self) -> tuple[Level, ...]:
        return self.last or self.levels


def _number(level: Level) -> tuple[int, int] | None:
    """(number, branch) of a 조/항/호 label, None for anything else."""
    kind, label = level
    if kind not in ("조", "항", "호"):
        return None
    body = label.removeprefix("제")
    base, _, rest = body.partition(kind)
    if not base.isdigit():
        return None
    branch = rest.removeprefix("의")
    return int(base), int(branch) if branch.isdigit() else 0


def _consecutive(a: Item, b: Item) -> bool:
    if not (a.plain or a.last is not None) or not b.plain or a.end[:-1] != b.levels[:-1]:
        return False
    if len(a.end) != len(b.levels):
        return False
    na, nb = _number(a.end[-1]), _number(b.levels[-1])
    return na is not None and nb is not None and na[1] == 0 and nb[1] == 0 and nb[0] == na[0] + 1 \
        and a.end[-1][0] == b.levels[-1][0]


def _ranges(items: list[Item]) -> list[Item]:
    """Three or more consecutive plain siblings become one range item."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        j = i
        while j + 1 < len(items) and items[j].plain and _consecutive(items[j], items[j + 1]):
            j += 1
        if j - i >= 2:
            out.append(Item(items[i].levels, last=items[j].levels))
        else:
            out.extend(items[i:j + 1])
        i = j + 1
    return out


def _same_article(a: Item, b: Item) -> bool:
    return bool(a.levels) and bool(b.levels) and a.levels[0] == b.levels[0] and a.levels[0][0] == "조"


def _phrase(prev: Item | None, cur: Item, before: tuple[Level, ...] | None, bare: bool) -> str:
    """The address of one item: in full, referring back (같은 조 …), or bare (제4항)."""
    if prev is None:
        head = relative_address(before, cur.levels) if before is not None else full_address(cur.levels)
    elif bare:
        head = cur.levels[-1][1]
    elif _same_article(prev, cur):
        head = relative_address(prev.end if not prev.heading else prev.levels[:1], cur.levels)
    else:
        head = _same_annex(prev.levels, cur.levels) or full_address(cur.levels)
    if cur.heading:
        head = (head if head != "같은 조" else "같은 조") + ("의 제목" if head != "같은 조" else " 제목")
    if cur.last is not None:
        head += f"부터 {cur.last[-1][1]}까지"
    return head + cur.suffix


def list_phrase(items: list[Item], before: tuple[Level, ...] | None = None) -> str:
    """Provisions as a drafter lists them (see the module docstring); ``before``: the levels named
    by the clause before in the same sentence (for 같은 조 / 같은 항)."""
    items = _ranges(items)
    n = len(items)
    # runs of plain siblings, joined with ㆍ when the list holds other items too
    runs: list[list[Item]] = []
    for item in items:
        if runs and item.plain and runs[-1][-1].plain and runs[-1][-1].container == item.container \
                and _same_article(runs[-1][-1], item):
            runs[-1].append(item)
        else:
            runs.append([item])
    # a run that ends the list is written out (…, 제13조제1항 및 제2항); a run before other items
    # is joined with ㆍ (제451조제1항ㆍ제2항 및 제452조)
    units: list[list[Item]] = []
    for r, run in enumerate(runs):
        if len(run) > 1 and r == len(runs) - 1 and len(runs) == 2 and runs[0][-1].heading:
            units.append(run)  # 제17조의3의 제목 및 같은 조 제1항ㆍ제2항
        elif r == len(runs) - 1 or len(run) == 1:
            units.extend([it] for it in run)
        else:
            units.append(run)
    if len(units) > 1:  # in a list, both halves of one provision are joined with ㆍ (제19조제2항 전단ㆍ후단)
        for unit in units:
            for it in unit:
                for both in (" 전단 및 후단", " 본문 및 단서"):
                    if it.suffix.endswith(both):
                        it.suffix = it.suffix[: -len(both)] + " " + both.strip().replace(" 및 ", "ㆍ")
    phrases: list[str] = []
    prev: Item | None = None
    for u, unit in enumerate(units):
        parts: list[str] = []
        for k, cur in enumerate(unit):
            if k > 0:  # inside a ㆍ run: bare
                parts.append(_phrase(prev, cur, before, bare=True))
            else:
                bare = (
                    prev is not None and prev.plain and cur.container == prev.container
                    and _same_article(prev, cur) and not cur.heading
                    and (cur.plain or cur.last is not None) and len(unit) == 1
                    and (_consecutive(prev, cur) or u == len(units) - 1)
                )
                parts.append(_phrase(prev, cur, before, bare=bare))
            prev = cur
        phrases.append("ㆍ".join(parts))
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " 및 " + phrases[-1]


# -- clauses -----------------------------------------------------------------------------


@dataclass
class Clause:
    items: list[Item]
    form: str  # replace | strike | rewrite | delete | insert | insert_node | renumber | to_first | retitle | title | chapter
    sort: tuple
    pairs: list[tuple[str, str, bool]] = field(default_factory=list)  # (old, new, each)
    new_texts: list[str] = field(default_factory=list)
    container: tuple[Level, ...] | None = None  # insert_node / renumber: where
    labels: list[str] = field(default_factory=list)  # insert_node: new labels; renumber: old labels
    targets: list[str] = field(default_factory=list)  # renumber: new labels
    old: str = ""
    new: str = ""
    under: str | None = None
    join_key: tuple | None = None
    merge_key: tuple | None = None  # delete/insert clauses that may join the next one

    @property
    def levels(self) -> tuple[Level, ...]:
        if self.container is not None and self.form in ("insert_node", "renumber"):
            return self.container + ((self.items[0].levels[-1][0], self.labels[-1]),) if self.labels else self.container
        return self.items[-1].end if self.items else ()


def _part_suffix(ch: AppliedChange) -> str:
    bits = [f"(종전의 {ch.former})" if ch.former else "", *(f" {s}" for s in (ch.outside_items, ch.part) if s)]
    return "".join(bits)


def _position(ch: AppliedChange) -> tuple:
    return tuple(p if isinstance(p, tuple) else (-1, p) for p in ch.position)


def _clauses(ch: AppliedChange) -> list[Clause]:
    sort = (ch.article_sort, _position(ch), ch.index)
    if ch.scope == "law_title":
        return [Clause([Item((("제명", "제명"),))], "title", sort, old=ch.old_heading or "", new=ch.new_heading or "",
                       pairs=[(ch.old, ch.new, False)] if ch.heading_words else [])]  # type: ignore[list-item]
    if ch.scope == "division":
        item = Item(ch.levels, heading=True)
        if ch.heading_words:
            return [Clause([item], "replace", sort, pairs=[(ch.old or "", ch.new or "", False)])]
        return [Clause([item], "chapter", sort, old=ch.old_heading or "", new=ch.new_heading or "")]
    if ch.kind == "replace":
        item = Item(ch.levels, _part_suffix(ch))
        if ch.new:
            key = (ch.levels, item.suffix)
            return [Clause([item], "replace", sort, pairs=[(ch.old or "", ch.new, ch.each)], join_key=key)]
        return [Clause([item], "strike", sort, pairs=[(ch.old or "", "", ch.each)])]
    if ch.kind == "rewrite":
        suffix = _part_suffix(ch) + (" 제목 외의 부분" if ch.outside_heading else "")
        return [Clause([Item(ch.levels, suffix)], "rewrite", sort, new_texts=[ch.new_text] if ch.new_text else [])]
    if ch.kind == "delete":
        item = Item(ch.levels, _part_suffix(ch))
        return [Clause([item], "delete", sort, merge_key=("delete", ch.levels[:-1], len(ch.levels)))]
    if ch.kind == "retitle":
        if ch.scope == "annex":
            return [Clause([Item(ch.levels, heading=True)], "replace", sort, pairs=[(ch.old or "", ch.new or "", False)])]
        item = Item(ch.levels, heading=True)
        if ch.heading_words:
            return [Clause([item], "replace", sort, pairs=[(ch.old or "", ch.new or "", False)],
                           join_key=(ch.levels, "제목"))]
        return [Clause([item], "retitle", sort, old=f"({ch.old_heading})", new=f"({ch.new_heading})")]
    if ch.kind == "move":
        assert ch.moved_to is not None
        kind = ch.levels[-1][0]
        return [Clause([Item(ch.levels)], "renumber", sort, container=ch.levels[:-1], labels=[ch.levels[-1][1]],
                       targets=[ch.moved_to[-1][1]], merge_key=("renumber", ch.levels[:-1], kind))]
    if ch.kind == "insert_chapter":
        labels = ch.chapter_articles
        inside = labels[0] if len(labels) == 1 else (
            f"{labels[0]}ㆍ{labels[1]}" if len(labels) == 2 else f"{labels[0]}부터 {labels[-1]}까지")
        return [Clause([Item(ch.levels)], "insert_chapter", sort, labels=[inside],
                       new_texts=[ch.new_text] if ch.new_text else [])]
    if ch.kind == "insert":
        if ch.scope == "annex" or ch.container is None:  # a new (or re-filled) article, or an annex
            return [Clause([Item(ch.levels)], "insert", sort, under=ch.under,
                           new_texts=[ch.new_text] if ch.new_text else [])]
        out: list[Clause] = []
        kind, own = ch.levels[-1]
        if ch.content_to_first:
            out.append(Clause([Item(ch.container)], "to_first", sort))
        elif ch.renumbered:
            olds = [provision_label(kind, a) for a, _ in ch.renumbered]
            news = [provision_label(kind, b) for _, b in ch.renumbered]
            out.append(Clause([Item(ch.container + ((kind, olds[0]),))], "renumber", sort, container=ch.container,
                              labels=olds, targets=news))
        out.append(Clause([Item(ch.levels)], "insert_node", sort, container=ch.container, labels=[own],
                          new_texts=[ch.new_text] if ch.new_text else [],
                          merge_key=None if ch.renumbered or ch.content_to_first else ("insert", ch.container, kind)))
        return out
    raise ValueError(f"unknown change kind {ch.kind}")  # pragma: no cover


def _label_range(labels: list[str]) -> str:
    if len(labels) == 1:
        return labels[0]
    nums = [_number(("항" if "항" in x else "호" if "호" in x else "조", x)) for x in labels]
    if len(labels) >= 3 and all(n is not None and n[1] == 0 for n in nums) and all(
            nums[i + 1][0] == nums[i][0] + 1 for i in range(len(nums) - 1)):  # type: ignore[index]
        return f"{labels[0]}부터 {labels[-1]}까지"
    if len(labels) == 2:
        return f"{labels[0]} 및 {labels[1]}"
    return ", ".join(labels[:-1]) + f" 및 {labels[-1]}"


def _quote(text: str, quotes: tuple[str, str]) -> str:
    return f"{quotes[0]}{text}{quotes[1]}"


def _pairs_text(pairs: list[tuple[str, str, bool]], quotes: tuple[str, str], each_all: bool) -> str:
    out = []
    for old, new, each in pairs:
        each_word = "각각 " if (each or each_all) else ""
        out.append(f"{_quote(old, quotes)}{object_particle(old)} {each_word}{_quote(new, quotes)}{directional_particle(new)}")
    return ", ".join(out)


def _render(clause: Clause, before: tuple[Level, ...] | None, quotes: tuple[str, str]) -> tuple[str, str]:
    """(the clause without its verb, the verb)."""
    many = len(clause.items) > 1
    form = clause.form
    if form in ("replace", "strike"):
        phrase = list_phrase(clause.items, before)
        if form == "strike":
            old, _, each = clause.pairs[0]
            return f"{phrase} 중 {_quote(old, quotes)}{object_particle(old)}" + (" 각각" if each or many else ""), "삭제한다"
        return f"{phrase} 중 {_pairs_text(clause.pairs, quotes, many)}", "한다"
    if form == "title":
        if clause.pairs:
            return f"제명 중 {_pairs_text(clause.pairs, quotes, False)}", "한다"
        return (f"제명 {_quote(clause.old, quotes)}{object_particle(clause.old)} "
                f"{_quote(clause.new, quotes)}{directional_particle(clause.new)}"), "한다"
    if form in ("retitle", "chapter"):
        phrase = list_phrase(clause.items, before)
        return (f"{phrase} {_quote(clause.old, quotes)}{object_particle(clause.old)} "
                f"{_quote(clause.new, quotes)}{directional_particle(clause.new)}"), "한다"
    if form == "rewrite":
        phrase = list_phrase(clause.items, before)
        return f"{phrase}{object_particle(phrase)} 다음과 같이", "한다"
    if form == "delete":
        phrase = list_phrase(clause.items, before)
        return f"{phrase}{object_particle(phrase)}" + (" 각각" if many else ""), "삭제한다"
    if form == "insert":
        phrase = full_address(clause.items[0].levels)
        where = f"{clause.under}에 " if clause.under else ""
        return f"{where}{phrase}{object_particle(phrase)} 다음과 같이", "신설한다"
    if form == "insert_chapter":
        label = full_address(clause.items[0].levels)
        return f"{label}({clause.labels[0]}){object_particle(label)} 다음과 같이", "신설한다"
    if form == "to_first":
        head = relative_address(before, clause.items[0].levels) if before else full_address(clause.items[0].levels)
        return f"{head} 제목 외의 부분을 제1항으로", "한다"
    if form in ("insert_node", "renumber"):
        assert clause.container is not None
        if len(clause.container) == 0:  # articles (move of articles)
            head = ""
        elif before and relative_address(before, clause.container).startswith("같은"):
            head = relative_address(before, clause.container)
        else:
            head = full_address(clause.container)
        labels = _label_range(clause.labels)
        if form == "insert_node":
            return (f"{head}에 {labels}{object_particle(labels)}" + (" 각각" if len(clause.labels) > 1 else "")
                    + " 다음과 같이"), "신설한다"
        targets = _label_range(clause.targets)
        sep = " " if head.startswith("같은") and head else ""
        return (f"{head}{sep}{labels}{object_particle(labels)} " + ("각각 " if len(clause.labels) > 1 else "")
                + f"{targets}{directional_particle(targets)}"), "한다"
    raise ValueError(form)  # pragma: no cover


def _verb_form(verb: str, position: int, last: bool) -> str:
    if last:
        return verb
    stem = verb[: -len("한다")]
    return stem + ("하고" if position % 2 == 0 else "하며")


def _sentence(clauses: list[Clause], quotes: tuple[str, str]) -> str:
    parts: list[str] = []
    before: tuple[Level, ...] | None = None
    for i, clause in enumerate(clauses):
        text, verb = _render(clause, before, quotes)
        parts.append(f"{text} {_verb_form(verb, i, i == len(clauses) - 1)}")
        before = clause.levels if clause.form not in ("title",) else None
        if clause.items and clause.items[-1].heading and clause.form != "chapter":
            before = clause.items[-1].levels[:1]
    texts = [t for cl in clauses for t in cl.new_texts]
    return "\n".join([", ".join(parts) + ".", *texts])


# -- grouping ----------------------------------------------------------------------------


def _provision_key(clause: Clause) -> tuple:
    item = clause.items[0]
    return (item.levels, item.suffix, item.heading)


def _heading_pairs(ch: AppliedChange, body_pairs: set[tuple[str, str]]) -> list[tuple[str, str, bool]] | None:
    """The words a retitle changes, when the whole new heading is the old one with one body pair applied."""
    if ch.heading_words:
        return [(ch.old or "", ch.new or "", False)]
    old, new = ch.old_heading or "", ch.new_heading or ""
    for a, b in sorted(body_pairs, key=lambda p: -len(p[0])):
        if a in old and old.count(a) == 1 and old.replace(a, b) == new:
            return [(a, b, False)]
    return None


def _group(changes: list[AppliedChange]) -> list[tuple[tuple, list[Clause]]]:
    """Sentences as (sort key, clauses)."""
    clauses: list[tuple[AppliedChange, Clause]] = [(ch, cl) for ch in changes for cl in _clauses(ch)]
    # 1. word replacements per provision, and their signature
    per_prov: dict[tuple, list[tuple[AppliedChange, Clause]]] = {}
    for ch, cl in clauses:
        if cl.form == "replace" and ch.scope in ("provision", "annex") and ch.kind == "replace":
            per_prov.setdefault(_provision_key(cl), []).append((ch, cl))
    body_pairs_by_article: dict[str, set[tuple[str, str]]] = {}
    for (ch, cl) in (x for v in per_prov.values() for x in v):
        body_pairs_by_article.setdefault(ch.article_key, set()).update((o, n) for o, n, _ in cl.pairs)
    for ch, cl in clauses:  # article headings changed with the same words as the body
        if ch.kind == "retitle" and ch.scope == "provision":
            body = body_pairs_by_article.get(ch.article_key, set())
            if not ch.heading_words and len(body) != 1:
                continue  # a whole new heading joins the body's clause only when the body has that one change
            pairs = _heading_pairs(ch, body)
            if pairs is not None:
                cl.form, cl.pairs = "replace", pairs
                per_prov.setdefault(_provision_key(cl), []).append((ch, cl))
    signature: dict[tuple, frozenset] = {k: frozenset((o, n) for _, c in v for o, n, _e in c.pairs if n)
                                         for k, v in per_prov.items()}
    by_sig: dict[frozenset, list[tuple]] = {}
    for key, sig in signature.items():
        if any(not n for _, c in per_prov[key] for _o, n, _e in c.pairs):
            continue
        by_sig.setdefault(sig, []).append(key)
    merged: set[int] = set()
    sentences: list[tuple[tuple, list[Clause]]] = []
    article_extra: dict[str, list[Clause]] = {}
    for sig, keys in by_sig.items():
        if len(keys) < 2:
            continue
        members = sorted(keys, key=lambda k: min(cl.sort for _, cl in per_prov[k]))
        firsts = [min((cl for _, cl in per_prov[k]), key=lambda c: c.sort) for k in members]
        pairs_order: list[tuple[str, str, bool]] = []
        for _, c in sorted(per_prov[members[0]], key=lambda x: x[1].sort):
            for o, n, _e in c.pairs:
                if (o, n) not in [(a, b) for a, b, _ in pairs_order]:
                    pairs_order.append((o, n, True))
        items = [Item(c.items[0].levels, c.items[0].suffix, c.items[0].heading) for c in firsts]
        group = Clause(items, "replace", firsts[0].sort, pairs=pairs_order)
        for k in members:
            merged |= {id(c) for _, c in per_prov[k]}
        articles = {ch.article_key for k in members for ch, _ in per_prov[k]}
        if len(articles) == 1:
            article_extra.setdefault(next(iter(articles)), []).append(group)
        else:
            sentences.append((group.sort, [group]))
    # 2. per article: the rest, in provision order
    by_article: dict[str, list[Clause]] = {}
    sort_of: dict[str, tuple] = {}
    for ch, cl in clauses:
        if id(cl) in merged:
            continue
        key = ch.article_key if ch.scope != "division" else f"{ch.article_key}#division"
        by_article.setdefault(key, []).append(cl)
        sort_of.setdefault(key, (ch.article_sort, (-3,) if ch.scope == "division" else (), ch.index))
    for key, extra in article_extra.items():
        by_article.setdefault(key, []).extend(extra)
        sort_of.setdefault(key, (extra[0].sort[0], (), extra[0].sort[2]))
    for key, cls in by_article.items():
        # the moves of one container are written together, at the first of them
        first_move: dict[tuple, tuple] = {}
        for c in cls:
            if c.form == "renumber" and c.merge_key is not None:
                first_move[c.merge_key] = min(first_move.get(c.merge_key, c.sort), c.sort)
        for c in cls:
            if c.form == "renumber" and c.merge_key in first_move:
                c.sort = first_move[c.merge_key][:2] + (-1,) + c.sort[2:]
        cls.sort(key=lambda c: c.sort)
        cls = _join_words(_join_kindred(cls))
        sentences.append(((sort_of[key][0], cls[0].sort[1] if sort_of[key][1] != (-3,) else ((-3, 0),),
                           cls[0].sort[2]), cls))
    sentences.sort(key=lambda s: s[0])
    return _join_articles(sentences)


def _join_words(clauses: list[Clause]) -> list[Clause]:
    """Consecutive replacements in the same provision share one 중: ``중 "A"를 "B"로, "C"를 "D"로``."""
    out: list[Clause] = []
    for cl in clauses:
        prev = out[-1] if out else None
        if prev is not None and cl.join_key is not None and prev.join_key == cl.join_key and len(prev.items) == 1:
            prev.pairs = prev.pairs + cl.pairs
        else:
            out.append(cl)
    return out


def _join_kindred(clauses: list[Clause]) -> list[Clause]:
    """Consecutive deletes (inserts, renumberings) of siblings become one clause with 각각."""
    out: list[Clause] = []
    for cl in clauses:
        prev = out[-1] if out else None
        if prev is not None and cl.merge_key is not None and prev.merge_key == cl.merge_key and not cl.items[0].suffix \
                and not prev.items[-1].suffix:
            prev.items = prev.items + cl.items
            prev.labels = prev.labels + cl.labels
            prev.targets = prev.targets + cl.targets
            prev.new_texts = prev.new_texts + cl.new_texts
            if prev.form == "renumber":  # in number order, whatever order the moves were given in
                order = sorted(range(len(prev.labels)), key=lambda i: _number(prev.items[i].levels[-1]) or (0, 0))
                prev.items = [prev.items[i] for i in order]
                prev.labels = [prev.labels[i] for i in order]
                prev.targets = [prev.targets[i] for i in order]
        else:
            out.append(cl)
    return out


def _join_articles(sentences: list[tuple[tuple, list[Clause]]]) -> list[list[Clause]]:
    """Whole articles deleted (or renumbered) next to each other: one sentence with 각각."""
    out: list[list[Clause]] = []
    for _, cls in sentences:
        prev = out[-1] if out else None
        if (prev is not None and len(prev) == 1 and len(cls) == 1 and cls[0].merge_key is not None
                and prev[0].merge_key == cls[0].merge_key and len(cls[0].items[0].levels) == 1
                and cls[0].form in ("delete", "renumber")):
            prev[0].items = prev[0].items + cls[0].items
            prev[0].labels = prev[0].labels + cls[0].labels
            prev[0].targets = prev[0].targets + cls[0].targets
        else:
            out.append(cls)
    return out


def amendment_sentences(changes: list[AppliedChange], quotes: tuple[str, str] = STRAIGHT) -> list[str]:
    """The 개정문: one entry per sentence (new text after a newline), in the order of the law."""
    return [_sentence(cls, quotes) for cls in _group(list(changes))]
