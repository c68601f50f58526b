"""The two halves of a two-sentence provision: 전단/후단 or 본문/단서.

A provision's own text is split at a sentence end: a ``.`` outside
parentheses and quotes, followed by white space and more text. When there is
exactly one such boundary the provision has two halves; the second half
starting with ``다만`` makes them 본문/단서, anything else (typically
``이 경우``) 전단/후단. With one sentence, or three or more, there are no halves.
"""

from __future__ import annotations

from dataclasses import dataclass

_OPEN = "(「『“‘["
_CLOSE = ")」』”’]"


@dataclass(frozen=True)
class Halves:
    first: tuple[int, int]
    second: tuple[int, int]
    names: tuple[str, str]  # ("전단", "후단") or ("본문", "단서")

    def range_of(self, part: str) -> tuple[int, int] | None:
        if part == self.names[0]:
            return self.first
        if part == self.names[1]:
            return self.second
        return None

    def part_of(self, start: int, end: int) -> str | None:
        """The half that holds ``text[start:end]`` entirely, or None."""
        for rng, name in ((self.first, self.names[0]), (self.second, self.names[1])):
            if rng[0] <= start and end <= rng[1]:
                return name
        return None


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-ending ``.`` that is followed by more text."""
    ends: list[int] = []
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "." and depth == 0 and i + 1 < len(text) and text[i + 1].isspace() and text[i + 1 :].strip():
            ends.append(i + 1)
    return ends


def halves(text: str) -> Halves | None:
    """The two halves of ``text``, or None when it is not exactly two sentences."""
    ends = sentence_ends(text)
    if len(ends) != 1:
        return None
    cut = ends[0]
    rest_start = cut
    while rest_start < len(text) and text[rest_start].isspace():
        rest_start += 1
    names = ("본문", "단서") if text[rest_start:].startswith("다만") else ("전단", "후단")
    return Halves(first=(0, cut), second=(rest_start, len(text)), names=names)


def occurrences(text: str, old: str, start: int = 0, end: int | None = None) -> list[int]:
    """Start of every non-overlapping occurrence of ``old`` in ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[int] = []
    i = text.find(old, start, end)
    while i != -1:
        out.append(i)
        i = text.find(old, i + len(old), end)
    return out
