"""The 개정문: one sentence per touched article, worded as a Korean bill words it.

* Articles in order (제35조 < 제35조의2 < 제36조), whatever the input order;
  within an article, clauses in the order of the provisions they touch (the
  heading first).
* Clauses of one article are joined ``…하고, …하며, …하고, … 한다.``
  (하고 and 하며 alternate; the last clause ends the sentence).
* The first clause names its provision in full (``제35조제1항``); the next
  ones refer back: ``같은 항``, ``같은 항 후단``, ``같은 조 제3항``,
  ``같은 항 제2호``, ``같은 호 나목``.
* Consecutive word replacements in the same provision (and half) share one
  ``중``: ``제10조제1항 전단 중 "A"를 "B"로, "C"를 "D"로 한다.``
* Particles after quoted text and after addresses come from
  :mod:`drafter.amend.particles` (``"7명"을 "9명"으로``, ``제35조의2를``).
* Forms with new text (``다음과 같이 한다``/``신설한다``) are followed, after the
  sentence, by the new text of each such clause in order, one per line block.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from drafter.amend.apply import AppliedChange, Level
from drafter.amend.particles import directional_particle, object_particle
from drafter.corpus.addresses import provision_label

STRAIGHT = ('"', '"')
TYPESET = ("\u201c", "\u201d")


@dataclass
class Clause:
    levels: tuple[Level, ...]  # what the clause's address names (for 같은 조/항 references)
    body: str  # text after the address phrase, without the verb
    verb: str  # 한다 | 신설한다 | 삭제한다
    address_suffix: str = ""  # " 후단 중" etc., appended to the address phrase
    address_override: str | None = None  # an address phrase used as is (renumber lists)
    new_text: str | None = None
    join_key: tuple | None = None  # replaces sharing this key merge into one clause
    address_list: list[tuple[tuple[Level, ...], str]] | None = None  # several provisions, one replacement


def full_address(levels: tuple[Level, ...]) -> str:
    return "".join(lab for _, lab in levels)


def relative_address(prev: tuple[Level, ...] | None, cur: tuple[Level, ...]) -> str:
    """``제35조제3항`` in full, or ``같은 조 제3항`` / ``같은 항`` after a clause on ``prev``."""
    if prev is None or not prev or not cur or prev[0] != cur[0]:
        return full_address(cur)
    depth = 0
    while depth < min(len(prev), len(cur)) and prev[depth] == cur[depth]:
        depth += 1
    if depth == len(cur):
        return f"같은 {cur[-1][0]}"
    return f"같은 {cur[depth - 1][0]} " + full_address(cur[depth:])


def _verb_form(verb: str, position: int, last: bool) -> str:
    if last:
        return verb
    stem = verb[: -len("한다")]
    return stem + ("하고" if position % 2 == 0 else "하며")


def _label_list(labels: list[str], each: bool = True) -> tuple[str, bool]:
    if len(labels) == 1:
        return labels[0], False
    if len(labels) == 2:
        return f"{labels[0]} 및 {labels[1]}", each
    return f"{labels[0]}부터 {labels[-1]}까지", each


def clauses_for(change: AppliedChange, quotes: tuple[str, str]) -> list[Clause]:
    o, c = quotes
    former = f"(종전의 {change.former})" if change.former else ""
    if change.kind == "replace":
        old, new = change.old or "", change.new or ""
        suffix = former + "".join(f" {s}" for s in (change.outside_items, change.part) if s) + " 중"
        if new:
            pair = f'{o}{old}{c}{object_particle(old)} ' + ("각각 " if change.each else "") + f"{o}{new}{c}{directional_particle(new)}"
            return [Clause(change.levels, pair, "한다", address_suffix=suffix,
                           join_key=(change.levels, suffix))]
        body = f"{o}{old}{c}{object_particle(old)}" + (" 각각" if change.each else "")
        return [Clause(change.levels, body, "삭제한다", address_suffix=suffix)]
    if change.kind == "rewrite":
        addr = full_address(change.levels)
        return [Clause(change.levels, f"{object_particle(addr)} 다음과 같이", "한다", new_text=change.new_text,
                       address_suffix=former)]
    if change.kind == "delete":
        addr = full_address(change.levels)
        return [Clause(change.levels, object_particle(addr), "삭제한다", address_suffix=former)]
    if change.kind == "retitle":
        old = f"({change.old_heading})"
        new = f"({change.new_heading})"
        body = f"의 제목 {o}{old}{c}{object_particle(old)} {o}{new}{c}{directional_particle(new)}"
        return [Clause(change.levels, body, "한다")]
    if change.kind == "insert_chapter":
        labels = change.chapter_articles
        inside = labels[0] if len(labels) == 1 else (
            f"{labels[0]}ㆍ{labels[1]}" if len(labels) == 2 else f"{labels[0]}부터 {labels[-1]}까지")
        label = full_address(change.levels)
        # the particle follows the chapter label; the parenthesis is an aside
        return [Clause(change.levels, f"({inside}){object_particle(label)} 다음과 같이", "신설한다",
                       new_text=change.new_text)]
    if change.kind == "insert":
        if change.container is None:  # a new (or re-filled) article
            addr = full_address(change.levels)
            return [Clause(change.levels, f"{object_particle(addr)} 다음과 같이", "신설한다", new_text=change.new_text)]
        out: list[Clause] = []
        kind, own = change.levels[-1]
        if change.content_to_first:
            out.append(Clause(change.container, "의 내용을 제1항으로", "한다"))
        elif change.renumbered:
            olds = [provision_label(kind, a) for a, _ in change.renumbered]
            news = [provision_label(kind, b) for _, b in change.renumbered]
            old_list, each = _label_list(olds)
            new_list, _ = _label_list(news)
            first_levels = change.container + ((kind, olds[0]),)
            # the address phrase is the container (relative) + the list of old numbers
            out.append(Clause(
                first_levels,
                f"{object_particle(old_list)} " + ("각각 " if each else "") + f"{new_list}{directional_particle(new_list)}",
                "한다",
                address_override=old_list,
            ))
        out.append(Clause(change.container, f"에 {own}{object_particle(own)} 다음과 같이", "신설한다",
                          new_text=change.new_text))
        return out
    raise ValueError(f"unknown change kind {change.kind}")  # pragma: no cover


def _group_same_replacements(
    changes: list[AppliedChange], quotes: tuple[str, str]
) -> tuple[list[tuple[tuple, Clause]], set[int]]:
    """Replaces of the same words by the same words in several provisions of one article become one
    clause: ``제35조제1항 및 제3항 중 "A"를 각각 "B"로`` (at the place of the first)."""
    o, c = quotes
    groups: dict[tuple[str, str], list[AppliedChange]] = {}
    for ch in changes:
        if ch.kind == "replace" and ch.new:
            groups.setdefault((ch.old or "", ch.new), []).append(ch)
    out: list[tuple[tuple, Clause]] = []
    grouped_ids: set[int] = set()
    for (old, new), members in groups.items():
        if len(members) < 2 or len({m.levels + (m.part, m.outside_items) for m in members}) < len(members):
            continue
        items = [(m.levels, "".join(f" {x}" for x in ((f"(종전의 {m.former})" if m.former else None),
                                                      m.outside_items, _single_part(m.part)) if x))
                 for m in members]
        pair = f"{o}{old}{c}{object_particle(old)} 각각 {o}{new}{c}{directional_particle(new)}"
        first = members[0]
        out.append(((first.position, first.index, 0), Clause(members[-1].levels, pair, "한다", address_suffix=" 중",
                                                           address_list=items)))
        grouped_ids |= {id(m) for m in members}
    return out, grouped_ids


def _single_part(part: str | None) -> str | None:
    """In a list of provisions, both halves (``본문 및 단서``) is just the whole provision."""
    return None if part is None or " 및 " in part else part


def _list_phrase(prev: tuple[Level, ...] | None, items: list[tuple[tuple[Level, ...], str]]) -> str:
    phrases: list[str] = []
    last: tuple[Level, ...] | None = prev
    last_suffix = ""
    for i, (levels, suffix) in enumerate(items):
        if i and last is not None and not last_suffix and len(last) == len(levels) and last[:-1] == levels[:-1]:
            phrase = levels[-1][1]
        else:
            phrase = relative_address(last, levels)
        phrases.append(phrase + suffix)
        last, last_suffix = levels, suffix
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " 및 " + phrases[-1]


def _merge(clauses: list[Clause]) -> list[Clause]:
    out: list[Clause] = []
    for clause in clauses:
        if out and clause.join_key is not None and out[-1].join_key == clause.join_key:
            prev = out[-1]
            out[-1] = Clause(prev.levels, f"{prev.body}, {clause.body}", prev.verb, prev.address_suffix,
                             join_key=prev.join_key)
        else:
            out.append(clause)
    return out


def article_sentence(changes: list[AppliedChange], quotes: tuple[str, str] = STRAIGHT) -> str:
    """The sentence for one article's changes (and the new text after it, one block per line)."""
    grouped, in_groups = _group_same_replacements(changes, quotes)
    keyed: list[tuple[tuple, Clause]] = list(grouped)
    for ch in changes:
        if id(ch) in in_groups:
            continue
        for k, cl in enumerate(clauses_for(ch, quotes)):
            keyed.append(((ch.position, ch.index, k), cl))
    keyed.sort(key=lambda item: item[0])
    clauses = _merge([cl for _, cl in keyed])
    parts: list[str] = []
    prev: tuple[Level, ...] | None = None
    for i, clause in enumerate(clauses):
        if clause.address_list is not None:
            address = _list_phrase(prev, clause.address_list)
        elif clause.address_override is not None:
            # the list names provisions inside clause.levels[:-1]
            container = clause.levels[:-1]
            head = relative_address(prev, container) if prev is not None else full_address(container)
            if head.startswith("같은"):
                address = f"{head} {clause.address_override}"
            else:
                address = head + clause.address_override
        else:
            address = relative_address(prev, clause.levels)
        verb = _verb_form(clause.verb, i, i == len(clauses) - 1)
        body = clause.body
        if body.startswith(("을", "를")) or body.startswith(("을 ", "를 ")):
            # particle after the address phrase: recompute for a relative phrase (같은 항 → 을)
            body = object_particle(address) + body[1:]
        sep = "" if body.startswith(("의 ", "에 ", "을", "를", "의 내용", "(")) else " "
        parts.append(f"{address}{clause.address_suffix}{sep}{body} {verb}")
        prev = clause.levels
    sentence = ", ".join(parts) + "."
    texts = [cl.new_text for cl in clauses if cl.new_text]
    return "\n".join([sentence, *texts])


def amendment_sentences(changes: list[AppliedChange], quotes: tuple[str, str] = STRAIGHT) -> list[str]:
    """One sentence per touched article, in article order."""
    ordered = sorted(changes, key=lambda ch: (ch.article_sort, ch.index))
    return [article_sentence(list(group), quotes) for _, group in groupby(ordered, key=lambda ch: ch.article_sort)]
