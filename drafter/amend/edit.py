"""Edit the text: derive the changes a drafter would write from the provision as it should read.

``edit: {at: 제19조제1항, text: "① … 9명의 위원으로 …"}`` gives the new text of an
article, 항, 호 or 목 (written as for ``rewrite``). :func:`derive_changes`
compares it with the current text and returns the ``replace``/``insert``/
``delete``/``retitle``/``rewrite`` changes that make the law read so — as the
official drafting editor of the Ministry of Government Legislation does: the
drafter edits the current text, the bill follows.

How the changes are derived:

* **Structure.** 항, 호 and 목 are paired by number. A number only in the new
  text is inserted (``insert``; at the end, or a branch number such as
  ``3의2``); one new 항 or 호 put between the others, which keep their text
  and move down one number, is one renumbering insert (``제3호부터 제17호까지를
  각각 제4호부터 제18호까지로 하고, 같은 항에 제3호를 다음과 같이 신설한다``); a provision whose new text is ``삭제`` is deleted (``delete``); a
  new heading in the article's label is a ``retitle``. A numbered provision
  missing from the new text, or text filled into a deleted one, cannot be
  said with word changes: its parent is rewritten.
* **Words.** Each provision's own text is split into words (eojeols: runs of
  non-space characters, with a break before ``(`` so a parenthetical is its
  own word) and diffed word by word (:class:`difflib.SequenceMatcher`). Each
  run of changed words becomes one replacement quoting whole words, as
  drafters do: ``"7명"을 "9명"으로``, never a fragment of a word. A particle
  or punctuation the old and new words share at their end is left out of the
  quote (Kiwi tags it; ``7명의`` → ``9명의`` is quoted ``"7명"`` → ``"9명"``) — of the
  897 replacement pairs in the corpus 부칙, only about 20 end old and new in the
  same particle — unless it would not fit the new word (then it stays quoted,
  in its changed form). Words only added or only removed are quoted with the word
  before them (``"제48조제1항, 제57조제4항"을 "제48조제1항"으로``): the corpus 부칙
  never strike words with ``"…"을 삭제한다`` (0 of 759 sentences). A quote that
  occurs more than once in the provision (its items included) takes
  context until it is unique: first the particle it shares with the new words
  (``"1명의"``), then the word before it (``"소관 사무"``), or after it at the start; the same change of every
  occurrence becomes one ``all: true`` replacement (``각각``).
* **Rewrite or replace.** A provision is rewritten (``…을 다음과 같이 한다``)
  instead of quoted when it would need more than
  :data:`MAX_REPLACEMENTS` (3) replacements, or when more than
  :data:`MAX_CHANGED_SHARE` (half) of its words change (old and new words
  counted together). The corpus 부칙 are the measure: of 798 replacement
  clauses (one provision each), 729 carry one pair, 50 two, 13 three and
  only 6 four to six (all lists of cross-reference numbers); drafters switch
  to ``다음과 같이 한다`` well before the quotes would carry most of the text:
  제주특별법 제289조제2항, whose earlier text is in an earlier 부칙, was
  rewritten with 8 changed word runs (23% of its words) while the 3 changes
  of 제1항 in the same sentence were quoted. The share bound catches short
  provisions (a 호 of a few words) where even one or two changes are most of
  the text, as in the 호 rewrites that make up most of the 33 corpus
  sentences with ``다음과 같이 한다``.
* **Checked.** The derived changes are replayed on the article
  (:func:`~drafter.amend.apply.apply_spec`); when the replay does not give
  exactly the new text (or fails), the provision is rewritten instead. So an
  edit always gives the law the text the drafter wrote.

Amendment marks in the text (``<개정 2020.12.22>``, ``<신설>``) are ignored, so a provision
copied from the law or from ``drafter apply`` can be edited as it stands. An edit that changes
nothing is an error (reason ``invalid``), as is a text that does not parse (the line format of
:mod:`drafter.amend.textparse`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from drafter.amend.errors import AmendmentError
from drafter.amend.particles import alternating_pair, particle_fits
from drafter.amend.spec import AmendmentSpec, Change, Delete, Edit, Insert, Replace, Retitle, Rewrite
from drafter.amend.textparse import TextFormError, parse_article, parse_single
from drafter.amend.tree import Tree, children, level_of, number_key
from drafter.amend.widen import particle_units, provision_address
from drafter.corpus.corpus import find_node
from drafter.corpus.models import Article, Hang, Node, Statute, SubItem
from drafter.corpus.statute_parser import ANNOTATION_RE
from drafter.corpus.statute_render import render_article, render_node
from drafter.errors import AddressError

__all__ = ["MAX_REPLACEMENTS", "MAX_CHANGED_SHARE", "derive_changes", "expand_edits", "word_spans"]

MAX_REPLACEMENTS = 3
MAX_CHANGED_SHARE = 0.5

_WORD_RE = re.compile(r"\(?[^\s(]+|\(")
_TRAILING_PUNCT = set(",.;:·ㆍ")
_PAIRS = {"(": ")", "「": "」", "『": "』", "[": "]"}
_OPENER = {v: k for k, v in _PAIRS.items()}


class _Rewrite(Exception):
    """This provision cannot be said with word changes: rewrite it (or its parent)."""


_Verify = Callable[[list, Node, Node], bool]


# -- words ----------------------------------------------------------------------------------


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of ``text``: runs of non-space characters, broken before ``(``."""
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _strip_shared_tail(old_text: str, o_start: int, o_end: int, new_text: str, n_start: int, n_end: int
                       ) -> tuple[int, int]:
    """Leave out of both quotes the particles/punctuation they end with alike (``7명의`` → ``9명의``)."""
    units = particle_units(old_text) if o_end > o_start else ()
    while True:
        old_q, new_q = old_text[o_start:o_end], new_text[n_start:n_end]
        cut = 0
        if old_q and old_q[-1] in _TRAILING_PUNCT and new_q.endswith(old_q[-1]):
            cut = 1
        else:
            unit = next(((s, e) for s, e in units if e == o_end and s > o_start), None)
            if unit is not None:
                particle = old_text[unit[0]:unit[1]]
                stem = new_q[: -len(particle)] if new_q.endswith(particle) else None
                if stem and (alternating_pair(particle) is None or particle_fits(particle, stem)):
                    cut = len(particle)
        if not cut or cut >= len(old_q) or cut >= len(new_q):
            return o_end, n_end
        if old_text[o_end - cut - 1].isspace() or new_text[n_end - cut - 1].isspace():
            return o_end, n_end
        o_end -= cut
        n_end -= cut


class _Run:
    """Changed words: old words [a, b) and new words [c, d)."""

    def __init__(self, a: int, b: int, c: int, d: int) -> None:
        self.a, self.b, self.c, self.d = a, b, c, d
        self.changed = (b - a) + (d - c)
        self.keep_tail = False  # quote the shared particle too (one step of context)


def _word_replacements(old_text: str, new_text: str, scope_texts: list[str]) -> list[tuple[str, str, bool]]:
    """(old, new, all) replacements that turn ``old_text`` into ``new_text`` (raises _Rewrite)."""
    ow, nw = word_spans(old_text), word_spans(new_text)
    o_words = [old_text[s:e] for s, e in ow]
    n_words = [new_text[s:e] for s, e in nw]
    matcher = SequenceMatcher(None, o_words, n_words, autojunk=False)
    runs = [_Run(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    if not runs:
        if old_text != new_text:
            raise _Rewrite  # only spacing differs
        return []
    changed = sum(r.changed for r in runs)
    if changed / max(1, len(o_words) + len(n_words)) > MAX_CHANGED_SHARE:
        raise _Rewrite
    # words only added: quote them with the word after (a Korean modifier comes before its word);
    # words only removed: with the word before (the corpus: "제48조제1항, 제57조제4항" → "제48조제1항")
    for r in runs:
        if r.a == r.b or r.c == r.d:
            after_first = r.a == r.b
            if after_first and r.b < len(o_words):
                r.b += 1
                r.d += 1
            elif r.a > 0:
                r.a -= 1
                r.c -= 1
            elif r.b < len(o_words):
                r.b += 1
                r.d += 1
            else:
                raise _Rewrite
    _glue(runs, old_text, ow)
    runs = _merge(runs)
    out: list[tuple[str, str, int, int]] = []  # old, new, start offset in old_text, run id
    for _ in range(len(o_words) + 1):
        out = []
        grow: _Run | None = None
        quotes = [_quote(old_text, new_text, ow, nw, r) for r in runs]
        for r, (old_q, new_q, start) in zip(runs, quotes):
            same = [q for q in quotes if q[0] == old_q]
            total = sum(_count(t, old_q) for t in scope_texts)
            if total == len(same) and all(q[1] == new_q for q in same) and _count(old_text, old_q) == total:
                out.append((old_q, new_q, start, len(same)))
                continue
            grow = r
            break
        if grow is None:
            clash = _clash(runs, quotes)
            if clash is None:
                break
            runs = _merge(clash)  # one quote for both: its new words would hold the other's old words
            continue
        _extend(grow, len(o_words))
        _glue(runs, old_text, ow)
        runs = _merge(runs)
    else:  # pragma: no cover - the whole text is unique
        raise _Rewrite
    result: list[tuple[str, str, bool]] = []
    seen: set[tuple[str, str]] = set()
    for old_q, new_q, _start, count in sorted(out, key=lambda q: q[2]):
        if (old_q, new_q) in seen:
            continue
        seen.add((old_q, new_q))
        if "\n" in old_q or "\n" in new_q:
            raise _Rewrite
        result.append((old_q, new_q, count > 1))
    if len(result) > MAX_REPLACEMENTS:
        raise _Rewrite
    return result


def _quote(old_text: str, new_text: str, ow: list, nw: list, r: _Run) -> tuple[str, str, int]:
    o_start, o_end = ow[r.a][0], ow[r.b - 1][1]
    n_start, n_end = (nw[r.c][0], nw[r.d - 1][1]) if r.d > r.c else (0, 0)
    if not r.keep_tail:
        o_end, n_end = _strip_shared_tail(old_text, o_start, o_end, new_text, n_start, n_end)
    # a bracket both quotes open (or close) without its pair belongs to the text around them:
    # "(국가경찰공무원만" → "(경찰공무원만" is quoted "국가경찰공무원만" → "경찰공무원만"
    while o_end - o_start > 1 and n_end - n_start > 1:
        first, last = old_text[o_start], old_text[o_end - 1]
        if first in _PAIRS and new_text[n_start] == first and _PAIRS[first] not in old_text[o_start:o_end]:
            o_start, n_start = o_start + 1, n_start + 1
        elif last in _PAIRS.values() and new_text[n_end - 1] == last and _OPENER[last] not in old_text[o_start:o_end]:
            o_end, n_end = o_end - 1, n_end - 1
        else:
            break
    return old_text[o_start:o_end], new_text[n_start:n_end], o_start


def _clash(runs: list[_Run], quotes: list[tuple[str, str, int]]) -> list[_Run] | None:
    """Runs where a replacement writes words a later one quotes (``"제60조"`` → ``"제60조, 제65조"``
    then ``"제65조"`` → ``"제66조"``): the runs with the two joined into one, or None."""
    order = sorted(range(len(runs)), key=lambda k: quotes[k][2])  # the engine applies them in text order
    for pos, i in enumerate(order):
        for j in order[pos + 1:]:
            if quotes[j][0] in quotes[i][1]:
                lo, hi = sorted((runs[i], runs[j]), key=lambda r: r.a)
                joined = _Run(lo.a, max(lo.b, hi.b), lo.c, max(lo.d, hi.d))
                joined.changed = lo.changed + hi.changed
                return [r for r in runs if r is not lo and r is not hi] + [joined]
    return None


def _glue(runs: list[_Run], old_text: str, ow: list[tuple[int, int]]) -> None:
    """A parenthetical glued to its word (``중임(重任)할``) is quoted with that word when the quote
    holds the whole parenthetical: ``"중임(重任)할 수"``, never ``"(重任)할 수"``."""
    for r in runs:
        start = ow[r.a][0]
        if r.a > 0 and old_text[start] == "(" and not old_text[start - 1].isspace() \
                and ")" in old_text[start:ow[r.b - 1][1]]:
            r.a -= 1
            r.c -= 1


def _extend(r: _Run, n_words: int) -> None:
    """More context for a quote that is not unique: first the particle it shares with the new
    words (``"1명의"``), then the word before it (``"소관 사무"``), else the word after it."""
    if not r.keep_tail:
        r.keep_tail = True
        return
    r.keep_tail = False
    if r.a > 0:
        r.a -= 1
        r.c -= 1
    elif r.b < n_words:
        r.b += 1
        r.d += 1
    else:
        raise _Rewrite


def _merge(runs: list[_Run]) -> list[_Run]:
    """Runs whose word ranges touch or overlap become one."""
    out: list[_Run] = []
    for r in sorted(runs, key=lambda x: (x.a, x.c)):
        if out and (r.a < out[-1].b or r.c < out[-1].d or (r.a == out[-1].b and r.c == out[-1].d)):
            last = out[-1]
            merged = _Run(last.a, max(last.b, r.b), last.c, max(last.d, r.d))
            merged.changed = last.changed + r.changed
            merged.keep_tail = last.keep_tail or r.keep_tail
            out[-1] = merged
        else:
            out.append(r)
    return out


def _count(text: str, words: str) -> int:
    n, i = 0, text.find(words)
    while i != -1:
        n += 1
        i = text.find(words, i + len(words))
    return n


# -- structure ------------------------------------------------------------------------------


def _scope_texts(node: Node) -> list[str]:
    return [n.text for n in node.walk() if not n.deleted]


def _diff_node(art: Article, old: Node, new: Node, address_node: Node | None, verify: _Verify | None = None
               ) -> list[Change]:
    """Changes turning ``old`` (a 항/호/목 of the current law) into ``new``; raises _Rewrite."""
    if isinstance(old, SubItem):
        if _shape(old) == _shape(new):
            return []
        raise _Rewrite  # sub-items (1), 2)) change with their 목
    at = provision_address(art, address_node)
    if new.text.strip() == "삭제" and not children(new):
        return [] if old.deleted else [Delete(at=at)]
    if old.deleted:
        raise _Rewrite
    out: list[Change] = []
    scope = _scope_texts(old)
    if isinstance(old, Hang) and old.number is None:
        scope = [n.text for n in art.walk() if not n.deleted]
    for old_q, new_q, each in _word_replacements(old.text, new.text, scope):
        out.append(Replace.model_validate({"at": at, "old": old_q, "new": new_q, "all": each}))
    out += _diff_children(art, old, new, verify)
    return out


def _middle_insert(old_kids: list[Node], new_kids: list[Node]) -> int | None:
    """The position of one new 항/호 put between the others, which keep their text and move down
    one number (``제17호를 제18호로 하고, 같은 항에 제17호를 다음과 같이 신설한다``), or None."""
    if len(new_kids) != len(old_kids) + 1 or not old_kids or level_of(old_kids[0]) not in ("hang", "ho"):
        return None

    def body(node: Node) -> tuple:
        return _shape(node)[1:]

    for i, kid in enumerate(new_kids[:-1]):
        if kid.number != old_kids[i].number or body(kid) != body(old_kids[i]):
            break
    else:
        return None  # the new one is last: an insert at the end
    if not old_kids[i].number or not old_kids[i].number.isdigit():
        return None
    shifted = all(body(n) == body(o) and n.number.isdigit() and int(n.number) == int(o.number) + 1
                  for n, o in zip(new_kids[i + 1:], old_kids[i:]) if n.number and o.number)
    return i if shifted and new_kids[i].number == old_kids[i].number else None


def _diff_children(art: Article, old: Tree, new: Tree, verify: _Verify | None = None) -> list[Change]:
    old_kids, new_kids = children(old), children(new)
    middle = _middle_insert(old_kids, new_kids)
    if middle is not None:
        kid = new_kids[middle]
        at = provision_address(art, old if isinstance(old, Node) and not _unnumbered(old) else None)
        label = f"제{kid.number}항" if level_of(kid) == "hang" else _ho_label(kid.number)
        return [Insert(at=at + label, text=render_node(kid), renumber=True)]
    by_number = {k.number: k for k in old_kids}
    new_numbers = {k.number for k in new_kids}
    if any(k.number not in new_numbers for k in old_kids):
        raise _Rewrite  # a numbered provision left out: say it with the parent's new text
    out: list[Change] = []
    inserts: list[Change] = []
    for kid in new_kids:
        match = by_number.get(kid.number)
        if match is None and isinstance(kid, SubItem):
            raise _Rewrite
        if match is None:
            at = provision_address(art, old if isinstance(old, Node) and not _unnumbered(old) else None)
            label = {"hang": f"제{kid.number}항", "ho": _ho_label(kid.number), "mok": f"{kid.number}목"}[level_of(kid)]
            inserts.append((number_key(kid.number), Insert(at=at + label, text=render_node(kid))))
            continue
        try:
            derived = _diff_node(art, match, kid, match, verify)
            if verify is not None and derived and not verify(derived, match, kid):
                raise _Rewrite
            out += derived
        except _Rewrite:
            if isinstance(match, SubItem):
                raise
            out.append(Rewrite(at=provision_address(art, match), text=render_node(kid)))
    out += [ins for _, ins in sorted(inserts, key=lambda item: item[0])]
    return out


def _unnumbered(node: Node) -> bool:
    return isinstance(node, Hang) and node.number is None


def _ho_label(number: str) -> str:
    base, _, branch = number.partition("의")
    return f"제{base}호" + (f"의{branch}" if branch else "")


def _diff_article(art: Article, new: Article, verify: _Verify | None = None) -> list[Change]:
    out: list[Change] = []
    if new.heading is not None and new.heading != art.heading:
        if art.heading is None:
            raise _Rewrite
        out.append(Retitle(at=art.key, heading=new.heading))
    old_hangs, new_hangs = art.hangs, new.hangs
    if len(old_hangs) == 1 and old_hangs[0].number is None:
        if new_hangs and new_hangs[0].number is None:
            return out + _diff_node(art, old_hangs[0], new_hangs[0], None, verify)
        # a single paragraph that gets numbered 항: it becomes 제1항 (the engine writes 제N조의 내용을 제1항으로)
        first = new_hangs[0].model_copy(update={"number": None})
        out += _diff_node(art, old_hangs[0], first, None, verify)
        for extra in new_hangs[1:]:
            out.append(Insert(at=f"{art.key}제{extra.number}항", text=render_node(extra)))
        return out
    if new_hangs and new_hangs[0].number is None:
        raise _Rewrite
    return out + _diff_children(art, art, new, verify)


# -- entry points ---------------------------------------------------------------------------


def _error(edit: Edit, index: int | None, message: str, reason: str, statute: Statute, hint: str | None = None
           ) -> AmendmentError:
    return AmendmentError(message, index=index, kind="edit", address=edit.at, reason=reason, path=statute.path,
                          hint=hint)


_MARKS_RE = re.compile(r"\s*<(?:개정|신설|삭제|전문개정|본조신설|제목개정|타법개정)>")


def _without_marks(text: str) -> str:
    """The text without amendment marks (``<개정 2020.12.22>``, ``<신설>``; ``삭제 <2021.3.30>`` is
    ``삭제``), so a provision copied from the law or from ``drafter apply`` edits as it reads."""
    lines = []
    for line in text.split("\n"):
        line = ANNOTATION_RE.sub("", line)
        line = _MARKS_RE.sub("", line)
        line = re.sub(r"삭제\s*<[^<>]*>", "삭제", line)
        lines.append(line)
    return "\n".join(lines)


def _shape(node: Tree) -> tuple:
    if isinstance(node, Article):
        return (node.heading, tuple(_shape(h) for h in node.hangs))
    return (node.number, "삭제" if node.deleted else node.text, tuple(_shape(k) for k in children(node)))


def derive_changes(statute: Statute, edit: Edit, index: int | None = None) -> list[Change]:
    """The changes a drafter would write for ``edit`` on the current ``statute`` (see the module docstring)."""
    addr = edit.address
    try:
        art, node = find_node(statute, addr)
    except AddressError as exc:
        raise _error(edit, index, exc.message, "unknown-address", statute, exc.hint) from None
    if art.deleted or (node is not None and node.deleted):
        raise _error(edit, index, f"{edit.at} is deleted in the current law (삭제)", "deleted", statute,
                     hint="re-fill a deleted article with insert, or rewrite the provision above it")
    try:
        if node is None:
            new: Tree = parse_article(_without_marks(edit.text), art.number, art.branch, None)
        else:
            new = parse_single(_without_marks(edit.text), level_of(node), node.number)
    except TextFormError as exc:
        raise _error(edit, index, f"text: {exc}", "invalid", statute) from None
    if node is None:
        assert isinstance(new, Article)
        target_shape = _shape(new.model_copy(update={"heading": new.heading if new.heading is not None else art.heading}))
        if target_shape == _shape(art):
            raise _error(edit, index, "the text is the same as the current law", "invalid", statute,
                         hint="change the text, or drop the edit")
        rewrite: Change = Rewrite(at=edit.at, text=render_article(new) if new.heading else edit.text)
    else:
        target_shape = _shape(new)
        if target_shape == _shape(node):
            raise _error(edit, index, "the text is the same as the current law", "invalid", statute,
                         hint="change the text, or drop the edit")
        rewrite = Rewrite(at=edit.at, text=render_node(new))
    def verify(changes: list[Change], old: Node, kid: Node) -> bool:
        return _replays(statute, art, old, changes, _shape(kid))

    # first the changes of the whole provision; when they do not replay exactly (two of them
    # touch the same words), each 항/호/목 is checked on its own and rewritten if it fails
    for check in (None, verify):
        try:
            if node is None:
                derived = _diff_article(art, new, check)  # type: ignore[arg-type]
            else:
                derived = _diff_node(art, node, new, None if _unnumbered(node) else node, check)  # type: ignore[arg-type]
        except _Rewrite:
            return [rewrite]
        if derived and _replays(statute, art, node, derived, target_shape):
            return derived
    return [rewrite]


def _replays(statute: Statute, art: Article, node: Node | None, changes: list[Change], target: tuple) -> bool:
    """Do ``changes`` give the provision exactly the new text?"""
    from drafter.amend.apply import apply_spec

    mini = statute.model_copy(update={"articles": [art]})
    try:
        amended = apply_spec(mini, AmendmentSpec(law=statute.doc_id, changes=changes))
    except AmendmentError:
        return False
    work = amended.statute.articles[0]
    if node is None:
        return _shape(work) == target
    found = find_node(amended.statute, _address_of(art, node))[1]
    return found is not None and _shape(found) == target


def _address_of(art: Article, node: Node):  # noqa: ANN202 - Address
    from drafter.corpus.addresses import parse_address

    return parse_address(provision_address(art, None if _unnumbered(node) else node))


def expand_edits(statute: Statute, spec: AmendmentSpec) -> tuple[AmendmentSpec, list[int]]:
    """``spec`` with every ``edit`` replaced by its derived changes, and for each change the
    1-based index of the change of ``spec`` it comes from."""
    if not any(isinstance(ch, Edit) for ch in spec.changes):
        return spec, list(range(1, len(spec.changes) + 1))
    out: list[Change] = []
    origins: list[int] = []
    for index, ch in enumerate(spec.changes, start=1):
        derived = derive_changes(statute, ch, index) if isinstance(ch, Edit) else [ch]
        out += derived
        origins += [index] * len(derived)
    return spec.model_copy(update={"changes": out}), origins
