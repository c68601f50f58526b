"""Parse the new text of a rewrite/insert into the corpus node models.

The text is written as a provision is printed (one node per line)::

    제35조의2(자치경찰 재정의 이관) ① 국가는 …한다.      (label and heading optional)
    ② 제1항에 따른 이관의 범위는 다음 각 호와 같다.
      1. 인력
      2. 예산
        가. 경상경비

* ``①``…``⑳`` (or ``<21>``) starts a 항; an article whose first line has no
  circled number has a single, unnumbered 항 (then no other 항 may follow);
* ``1.`` / ``6의2.`` starts a 호, ``가.`` a 목, ``1)`` a sub-item (Markdown
  escapes ``1\\.`` are accepted);
* any other line continues the node above it (joined with a newline, as the
  corpus parser joins continuation lines);
* leading spaces are ignored; empty lines are skipped.

New nodes get an empty span (``Span(0, 0, 0, 0)``): they are in no source file.
"""

from __future__ import annotations

import re

from drafter.corpus.addresses import MOK_LETTERS
from drafter.corpus.models import CIRCLED, Article, Hang, Ho, Mok, Node, Span, SubItem

EMPTY_SPAN = Span(start=0, end=0, line=0, end_line=0)

_HANG_RE = re.compile(r"^([" + CIRCLED + r"]|<\d+>)\s*(.*)$")
_HO_RE = re.compile(r"^(\d+(?:의\d+)?)\\?\.\s*(.*)$")
_MOK_RE = re.compile(r"^([" + MOK_LETTERS + r"](?:의\d+)?)\\?\.\s*(.*)$")
_SUB_RE = re.compile(r"^(\d+)\)\s*(.*)$")
_LABEL_RE = re.compile(r"^제(\d+)조(?:의(\d+))?\s*(?:\(((?:[^()]|\([^()]*\))*)\))?\s*(.*)$")


class TextFormError(ValueError):
    """The text of a provision does not follow the line format (message says which line)."""


def _hang_number(marker: str) -> int:
    if marker.startswith("<"):
        return int(marker[1:-1])
    return CIRCLED.index(marker) + 1


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]


def split_label(text: str) -> tuple[str | None, str | None, str]:
    """``제35조의2(제목) ① …`` → (``제35조의2``, ``제목``, ``① …``); unchanged text when no label."""
    first, _, rest = text.strip().partition("\n")
    m = _LABEL_RE.match(first)
    if not m:
        return None, None, text
    label = f"제{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else "")
    body = m.group(4)
    return label, m.group(3), (body + ("\n" + rest if rest else "")).strip()


def _classify(line: str) -> tuple[str, str | None, str]:
    for level, rx in (("hang", _HANG_RE), ("ho", _HO_RE), ("mok", _MOK_RE), ("subitem", _SUB_RE)):
        m = rx.match(line)
        if m:
            return level, m.group(1), m.group(2)
    return "text", None, line


def _new(cls: type[Node], number: str | None, text: str) -> Node:
    return cls(number=number, text=text, source_text=text, span=EMPTY_SPAN)


def _append(node: Node, line: str) -> None:
    node.text = f"{node.text}\n{line}" if node.text else line
    node.source_text = node.text


def parse_hangs(text: str) -> list[Hang]:
    """The 항 of an article text (one unnumbered 항, or ①②… in order)."""
    hangs: list[Hang] = []
    ho: Ho | None = None
    mok: Mok | None = None
    last: Node | None = None
    for i, line in enumerate(_lines(text), start=1):
        level, number, body = _classify(line)
        if level == "hang":
            assert number is not None
            n = _hang_number(number)
            if hangs and hangs[0].number is None:
                if len(hangs) == 1 and n == 2:  # "text\n② text": the first paragraph is ①
                    hangs[0].number = "1"
                else:
                    raise TextFormError(f"line {i}: {number} follows an unnumbered first paragraph; number every 항 (①, ②, …)")
            expected = len(hangs) + 1
            if n != expected:
                raise TextFormError(f"line {i}: 항 {number} out of order (expected {CIRCLED[expected - 1] if expected <= 20 else expected})")
            last = _new(Hang, str(n), body)
            hangs.append(last)  # type: ignore[arg-type]
            ho = mok = None
        elif level == "text":
            if last is None:
                last = _new(Hang, None, body)
                hangs.append(last)  # type: ignore[arg-type]
            else:
                _append(last, body)
            continue
        elif not hangs:
            # a list straight after the label: an unnumbered 항 with no lead text
            hangs.append(_new(Hang, None, ""))  # type: ignore[arg-type]
        if level == "hang":
            continue
        if level == "ho":
            ho = _new(Ho, number, body)  # type: ignore[assignment]
            hangs[-1].hos.append(ho)  # type: ignore[arg-type]
            last, mok = ho, None
        elif level == "mok":
            if ho is None:
                raise TextFormError(f"line {i}: 목 {number}. outside a 호")
            mok = _new(Mok, number, body)  # type: ignore[assignment]
            ho.moks.append(mok)  # type: ignore[arg-type]
            last = mok
        elif level == "subitem":
            if mok is None:
                raise TextFormError(f"line {i}: sub-item {number}) outside a 목")
            sub = _new(SubItem, number, body)
            mok.subitems.append(sub)  # type: ignore[arg-type]
            last = sub
    if not hangs:
        raise TextFormError("the text is empty")
    return hangs


def parse_article(text: str, number: int, branch: int | None, heading: str | None) -> Article:
    """A new article; ``text`` may start with its label and heading."""
    label, text_heading, body = split_label(text)
    expected = f"제{number}조" + (f"의{branch}" if branch else "")
    if label is not None and label != expected:
        raise TextFormError(f"the text starts with {label} but the change is at {expected}")
    if heading is not None and text_heading is not None and heading.strip("() ") != text_heading.strip():
        raise TextFormError(f"heading {heading!r} differs from the heading in the text ({text_heading!r})")
    final_heading = heading.strip().strip("()").strip() if heading is not None else text_heading
    return Article(
        number=number, branch=branch, heading=final_heading, hangs=parse_hangs(body),
        span=EMPTY_SPAN, header_span=EMPTY_SPAN,
    )


def parse_single(text: str, level: str, number: str | None) -> Node:
    """A new or rewritten 항 (``level='hang'``), 호 or 목 with its children.

    The text may start with the provision's own marker (``④``, ``18.``, ``마.``);
    if it does, the marker must match ``number``.
    """
    lines = _lines(text)
    if not lines:
        raise TextFormError("the text is empty")
    kind, marker, body = _classify(lines[0])
    if kind == level and marker is not None:
        have = str(_hang_number(marker)) if level == "hang" else marker
        if number is not None and have != number:
            raise TextFormError(f"the text starts with {marker} but the change is at number {number}")
        lines[0] = body
    if level == "hang":
        hangs = parse_hangs("\n".join(lines))
        if len(hangs) != 1:
            raise TextFormError(f"the text holds {len(hangs)} 항 (①, ②, …) but a change of one 항 takes one; "
                                "to split it, edit the whole article (edit: {at: 제N조, text: …}) or insert the new 항")
        hang = hangs[0]
        hang.number = number
        return hang
    # 호 or 목: first line is the node, following lines its children or continuations
    cls = {"ho": Ho, "mok": Mok, "subitem": SubItem}[level]
    node = _new(cls, number, lines[0])
    child_level = {"ho": "mok", "mok": "subitem"}.get(level)
    current: Node = node
    for i, line in enumerate(lines[1:], start=2):
        kind, marker, body = _classify(line)
        if child_level and kind == child_level:
            child = _new({"mok": Mok, "subitem": SubItem}[child_level], marker, body)
            getattr(node, "moks" if child_level == "mok" else "subitems").append(child)
            current = child
        elif kind == "subitem" and isinstance(current, Mok):
            sub = _new(SubItem, marker, body)
            current.subitems.append(sub)  # type: ignore[arg-type]
        elif kind == "text":
            _append(current, body)
        else:
            raise TextFormError(f"line {i}: unexpected {kind} {marker!r} inside a {level}")
    return node
