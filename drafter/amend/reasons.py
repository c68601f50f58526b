"""A first draft of 제안이유 및 주요내용, written from the changes themselves.

When a spec gives no ``reasons``, the bill must still carry Korean prose a
drafter can start from — never a placeholder. :func:`draft_reasons` writes

* one summary sentence naming what the touched articles are about (their
  headings in the statute): ``시ㆍ도자치경찰위원회의 구성 및 예산에 관한 사항을
  개선ㆍ정비하려는 것임.``;
* one lettered point (``가.``, ``나.`` …) per touched article, in article
  order, saying what its changes do in drafting Korean and ending with the
  provisions concerned (``(안 제19조제1항).``):

  - a number that goes up or down (``"7명의"`` → ``"9명의"``):
    ``시ㆍ도자치경찰위원회 위원을 7명에서 9명으로 늘림`` — the counted noun is
    the word that follows the number in the provision, its owner the heading
    without its last ``의 …`` (``시ㆍ도자치경찰위원회의 구성`` →
    ``시ㆍ도자치경찰위원회``); ratios (``100분의 6``, ``%``) are raised
    (``높임``) or lowered (``낮춤``);
  - other words: ``예산에 관한 규정 중 "시ㆍ도지사가"를 "시ㆍ도자치경찰위원회가"로 변경함``;
  - a new article or chapter: ``자치경찰 재정의 이관에 관한 규정을 신설함``;
  - a new 항/호/목: ``… 규정에 "…"을 추가함`` (short text) or ``… 제18호를 신설함``;
  - a deletion: ``…에 관한 규정 중 제3항을 삭제함``;
  - a rewrite: ``…에 관한 규정을 정비함``;
  - a new heading: ``조문 제목을 "예산"에서 "자치경찰 예산"으로 변경함``;
  - a renumbering: ``예산에 관한 규정 중 제3항을 제4항으로 옮김``.

  Several changes in one article are joined as drafters do (``늘리고,`` …
  ``변경함``). Particles follow the final sound of the word they attach to
  (:mod:`drafter.amend.particles`).

The text starts with :data:`DRAFT_NOTE` so that nobody mistakes it for the
drafter's own reasons; the bill carries ``reasons_draft = True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.amend.apply import AmendedStatute, AppliedChange
from drafter.amend.particles import directional_particle, object_particle
from drafter.amend.sentences import full_address
from drafter.corpus.models import Article

DRAFT_NOTE = "(초안: 개정 내용에서 자동 작성)"
"""First line of drafted reasons: marks them as a draft to rewrite."""

POINT_LETTERS = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"
"""가 … 하, then 거 … 허 (the order used for 목 beyond 하)."""

SHORT_TEXT = 40
"""A new 호/목 whose text is at most this long is quoted in its point."""

# a quantity: "7명", "100분의 6", "3년", "10%", "1,000만원"
_QUANTITY = re.compile(
    r"(?P<num>\d+분의\s*\d+|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<unit>퍼센트|%|[가-힣]{0,2})"
)
_PARTICLE_TAIL = re.compile(
    r"(?:으로써|으로서|으로|에게|에서|로서|로써|까지|부터|이나|으며|이며|과|와|을|를|이|가|은|는|의|에|로|도|만)$"
)
_RATIO_UNITS = {"%", "퍼센트"}


@dataclass(frozen=True)
class _Action:
    """One thing a change does: ``body`` + verb, e.g. ("위원을 7명에서 9명으로", "늘림", "늘리고")."""

    body: str
    final: str
    joining: str
    prefix: str = ""
    """``예산에 관한 규정 중 ``: left out when the action before had the same one."""

    def text(self, last: bool, after: _Action | None = None) -> str:
        verb = self.final if last else self.joining
        prefix = "" if after is not None and after.prefix == self.prefix else self.prefix
        return f"{prefix}{self.body} {verb}".strip()


_VERBS = {
    "늘림": "늘리고",
    "줄임": "줄이고",
    "높임": "높이고",
    "낮춤": "낮추고",
    "변경함": "변경하고",
    "신설함": "신설하고",
    "추가함": "추가하고",
    "삭제함": "삭제하고",
    "정비함": "정비하고",
    "둠": "두고",
    "옮김": "옮기고",
}


def _action(body: str, verb: str, prefix: str = "") -> _Action:
    return _Action(body, verb, _VERBS[verb], prefix)


def _quote(text: str) -> str:
    return f'"{text}"'


def _quantity(text: str) -> tuple[float, str, str] | None:
    """(value, unit, as written) of the single quantity in ``text``; None if none or several."""
    found = list(_QUANTITY.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    raw, unit = m.group("num"), m.group("unit")
    if "분의" in raw:
        den, num = (float(x) for x in re.split(r"분의\s*", raw))
        value, unit = (num / den if den else 0.0), "분의"
    else:
        value = float(raw.replace(",", ""))
    written = m.group(0).strip()
    written = re.sub(r"(?:의|을|를|이|가|은|는|으로|로|에|와|과)$", "", written) if unit not in _RATIO_UNITS else written
    return value, unit, written


def _topic(heading: str | None) -> str | None:
    """Who a heading is about: ``시ㆍ도자치경찰위원회의 구성`` → ``시ㆍ도자치경찰위원회``."""
    if not heading:
        return None
    m = re.match(r"^(.+?)의\s+\S+$", heading.strip())
    return m.group(1) if m else None


def _counted_noun(provision: str, old: str) -> str | None:
    """The noun a number counts or measures: the word after ``old`` in the provision
    (``7명의 위원으로`` → ``위원``), else the word before it (``임기는 3년으로`` → ``임기``)."""
    i = provision.find(old)
    if i < 0:
        return None
    rest = provision[i + len(old):]
    if not old.endswith(("의", " ")) and rest.startswith("의"):
        rest = rest[1:]
        m = re.match(r"\s*([가-힣ㆍ]+)", rest)
        word = _PARTICLE_TAIL.sub("", m.group(1)) if m else ""
        if word:
            return word
    if old.endswith("의"):
        m = re.match(r"\s*([가-힣ㆍ]+)", rest)
        word = _PARTICLE_TAIL.sub("", m.group(1)) if m else ""
        if word:
            return word
    m = re.search(r"([가-힣ㆍ]+)\s*$", provision[:i])
    word = _PARTICLE_TAIL.sub("", m.group(1)) if m else ""
    return word or None


def _subject(heading: str | None, fallback: str) -> str:
    """``예산에 관한 규정`` (or ``제35조의 규정`` for an article without a heading)."""
    return f"{heading}에 관한 규정" if heading else f"{fallback}의 규정"


class _Writer:
    def __init__(self, amended: AmendedStatute) -> None:
        self.amended = amended
        self.current = {a.key: a for a in amended.original.articles}
        self.new = {a.key: a for a in amended.statute.articles}

    def heading(self, key: str) -> str | None:
        art: Article | None = self.current.get(key) or self.new.get(key)
        if art is not None and art.deleted and key in self.new and self.new[key].heading:
            return self.new[key].heading
        return art.heading if art is not None else None

    def provision_text(self, change: AppliedChange) -> str:
        from drafter.corpus.corpus import find_node

        try:
            art, node = find_node(self.amended.original, change.change.address)  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - a new provision has no current text
            return ""
        if node is not None:
            return " ".join(n.text for n in node.walk())
        return " ".join(n.text for n in art.walk())

    # -- one change -------------------------------------------------------------
    def actions(self, change: AppliedChange) -> list[_Action]:
        key = change.article_key
        heading = self.heading(key)
        label = change.levels[0][1] if change.levels else key
        subject = _subject(heading, label)
        inner = full_address(change.levels[1:]) if len(change.levels) > 1 else ""
        if change.kind == "replace":
            return [self.replace_action(change, heading, subject)]
        if change.kind in ("rewrite", "delete"):
            verb = "정비함" if change.kind == "rewrite" else "삭제함"
            if inner:
                return [_action(f"{inner}{object_particle(inner)}", verb, prefix=f"{subject} 중 ")]
            return [_action(f"{subject}{object_particle(subject)}", verb)]
        if change.kind == "retitle":
            old, new = change.old_heading or "", change.new_heading or ""
            return [_action(f"조문 제목을 {_quote(old)}에서 {_quote(new)}{directional_particle(new)}", "변경함")]
        if change.kind == "insert":
            if change.container is None:  # a new (or re-filled) article
                new_heading = getattr(change.change, "heading", None) or heading
                target = f"{new_heading}에 관한 규정" if new_heading else label
                return [_action(f"{target}{object_particle(target)}", "신설함")]
            text = (change.new_text or getattr(change.change, "text", "") or "").strip()
            text = re.sub(r"^(?:[①-⑳]|\d+(?:의\d+)?\.|[가-하]\.)\s*", "", text)
            if text and "\n" not in text and len(text) <= SHORT_TEXT:
                body = f"{subject}에 {_quote(text)}{object_particle(text)}"
                return [_action(body, "추가함")]
            own = change.levels[-1][1]
            return [_action(f"{subject}에 {own}{object_particle(own)}", "신설함")]
        if change.kind == "move":
            to = str(getattr(change.change, "to", "") or "")
            to_inner = to[len(label):] if to.startswith(label) and to != label else to
            if inner:
                body = f"{inner}{object_particle(inner)} {to_inner}{directional_particle(to_inner)}"
                return [_action(body, "옮김", prefix=f"{subject} 중 ")]
            return [_action(f"{subject}{object_particle(subject)} {to}{directional_particle(to)}", "옮김")]
        # a kind this module does not know yet (e.g. a future ``edit``): say the article is amended
        target = f"{subject} 중 {inner}" if inner else subject
        return [_action(f"{target}{object_particle(target)}", "정비함")]

    def replace_action(self, change: AppliedChange, heading: str | None, subject: str) -> _Action:
        old, new = change.old or "", change.new or ""
        if not new:
            return _action(f"{_quote(old)}{object_particle(old)}", "삭제함", prefix=f"{subject} 중 ")
        before, after = _quantity(old), _quantity(new)
        if before and after and before[1] == after[1] and before[0] != after[0]:
            ratio = before[1] in _RATIO_UNITS or before[1] == "분의"
            up = after[0] > before[0]
            verb = ("높임" if up else "낮춤") if ratio else ("늘림" if up else "줄임")
            noun = _counted_noun(self.provision_text(change), old)
            topic = _topic(heading)
            base = f"{topic} {noun}" if noun and topic else noun
            if ratio:
                thing = f"{base}의 비율" if base else (f"{heading}에 관한 비율" if heading else "비율")
            else:
                thing = base or (f"{heading}에 관한 수" if heading else "수")
            written_new = after[2]
            return _action(
                f"{thing}{object_particle(thing)} {before[2]}에서 {written_new}{directional_particle(written_new)}",
                verb,
            )
        return _action(f"{_quote(old)}{object_particle(old)} {_quote(new)}{directional_particle(new)}", "변경함",
                       prefix=f"{subject} 중 ")


def _join_names(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" 및 {names[-1]}"


def _tail(addresses: list[str]) -> str:
    """``안 제19조제1항``, or ``안 제19조`` when several provisions of one article changed."""
    return "안 " + _join_names(addresses)


def _article_of(address: str) -> str:
    m = re.match(r"^(제\d+조(?:의\d+)?)", address)
    return m.group(1) if m else address


def draft_points(amended: AmendedStatute) -> list[tuple[str, list[str]]]:
    """(point text without its letter, addresses) per touched article, in article order.

    A new chapter gives one point per article, the first also naming the chapter,
    so that every touched article is named ``안 제N조``."""
    writer = _Writer(amended)
    order = {key: i for i, key in enumerate(amended.touched)}
    groups: dict[str, tuple[list[_Action], list[str]]] = {}

    def group(key: str) -> tuple[list[_Action], list[str]]:
        return groups.setdefault(key, ([], []))

    for change in amended.changes:
        if change.kind == "insert_chapter":
            chapter = f"{full_address(change.levels)} {getattr(change.change, 'title', '')}".strip()
            for i, key in enumerate(change.chapter_articles):
                actions, addresses = group(key)
                if i == 0:
                    actions.append(_action(f"{chapter}{object_particle(chapter)}", "신설함"))
                h = writer.heading(key)
                target = f"{h}에 관한 규정" if h else key
                actions.append(_action(f"{target}{object_particle(target)}", "둠"))
                addresses.append(key)
            continue
        actions, addresses = group(change.article_key)
        for action in writer.actions(change):
            if action not in actions:
                actions.append(action)
        if change.kind == "move" and getattr(change.change, "to", None):
            addresses.append(str(change.change.to))  # 안 제N조: the number in the bill
        else:
            addresses.append(full_address(change.levels) or change.article_key)
    points: list[tuple[str, list[str]]] = []
    for key in sorted(groups, key=lambda k: (order.get(k, 10**9), k)):
        actions, addresses = groups[key]
        unique = list(dict.fromkeys(addresses))
        if len(unique) > 1:
            unique = [_article_of(unique[0])]
        text = ", ".join(a.text(last=i == len(actions) - 1, after=actions[i - 1] if i else None)
                         for i, a in enumerate(actions))
        points.append((text, unique))
    return points


def summary_sentence(amended: AmendedStatute) -> str:
    """``시ㆍ도자치경찰위원회의 구성 및 예산에 관한 사항을 개선ㆍ정비하려는 것임.``"""
    writer = _Writer(amended)
    order = {key: i for i, key in enumerate(amended.touched)}
    found: list[tuple[int, str]] = []
    for change in amended.changes:
        keys = change.chapter_articles if change.kind == "insert_chapter" else [change.article_key]
        for key in keys:
            h = writer.heading(key)
            if change.kind == "insert" and change.container is None:
                h = getattr(change.change, "heading", None) or h
            if h:
                found.append((order.get(key, 10**9), h))
    heads = list(dict.fromkeys(h for _, h in sorted(found, key=lambda item: item[0])))
    if not heads:
        return f"{amended.original.title}의 일부 규정을 개선ㆍ정비하려는 것임."
    what = ", ".join(heads[:3]) + " 등" if len(heads) > 3 else _join_names(heads)
    return f"{what}에 관한 사항을 개선ㆍ정비하려는 것임."


def draft_reasons(amended: AmendedStatute) -> str:
    """The whole drafted text: the draft note, the summary, and the lettered points."""
    lines = [DRAFT_NOTE, summary_sentence(amended)]
    letters = POINT_LETTERS
    for i, (text, addresses) in enumerate(draft_points(amended)):
        letter = letters[i] if i < len(letters) else f"{i + 1}"
        lines.append(f"{letter}. {text}({_tail(addresses)}).")
    return "\n".join(lines)
