"""Which way a number binds: '3명 이상' and 'at least three' set a floor, '3명 이하', '7명 이내' and
'no more than seven' a ceiling.

The number checks compare the numbers a claim and its source state; this module compares the
direction of the limit around a number both state. '위원은 3명 이상으로 한다' turned into '3명 이하'
keeps every number and word of its source and says the opposite. Strictness is not compared
('more than' for 이상 is how people write), only the direction.
"""

from __future__ import annotations

import re
from typing import Literal

Direction = Literal["min", "max"]

_KO = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:[가-힣]{1,3}\s*)?(이상|이하|초과|미만|이내)(?![가-힣]*적)")
_KO_DIRECTION: dict[str, Direction] = {"이상": "min", "초과": "min", "이하": "max", "미만": "max", "이내": "max"}

_NUM_EN = r"(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_EN_BEFORE: tuple[tuple[re.Pattern[str], Direction], ...] = (
    (re.compile(r"\b(?:at least|no less than|not less than|no fewer than|not fewer than|a minimum of|minimum of|"
                r"(?<!no )(?<!not )more than|over|(?<!not )exceeding|in excess of|upwards of)\s+" + _NUM_EN,
                re.IGNORECASE), "min"),
    (re.compile(r"\b(?:at most|no more than|not more than|up to|a maximum of|maximum of|under|within|"
                r"(?<!no )(?<!not )less than|(?<!no )(?<!not )fewer than|not exceeding|no longer than|not longer than)"
                r"\s+" + _NUM_EN, re.IGNORECASE), "max"),
)
_EN_AFTER: tuple[tuple[re.Pattern[str], Direction], ...] = (
    (re.compile(_NUM_EN + r"(?:[\s-]+[a-z]+){0,2}\s+or\s+(?:more|over|above|longer|older|higher)\b", re.IGNORECASE),
     "min"),
    (re.compile(_NUM_EN + r"(?:[\s-]+[a-z]+){0,2}\s+or\s+(?:less|fewer|below|under|shorter|younger|lower)\b",
                re.IGNORECASE), "max"),
)
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20", "thirty": "30"}


def _plain(number: str) -> str:
    number = number.lower()
    return _WORDS.get(number, number.replace(",", "").lstrip("0") or "0")


def limits(text: str) -> frozenset[tuple[str, Direction]]:
    """``(number, direction)`` for each number the text bounds ('3명 이상' → ('3', 'min'))."""
    out = {(_plain(m.group(1)), _KO_DIRECTION[m.group(2)]) for m in _KO.finditer(text)}
    for patterns in (_EN_BEFORE, _EN_AFTER):
        for pattern, direction in patterns:
            out |= {(_plain(m.group(1)), direction) for m in pattern.finditer(text)}
    return frozenset(out)


def reversed_limit(claim: str, source: str) -> str | None:
    """The claim bounds a number the other way from its source ('3명 이하' where the source says
    '3명 이상'); None when they agree or either leaves the number unbounded."""
    mine, theirs = limits(claim), limits(source)
    for number, direction in sorted(mine):
        if (number, direction) in theirs:
            continue
        if any(n == number and d != direction for n, d in theirs):
            said = "at least" if direction == "min" else "at most"
            return f"limit mismatch: the claim says {said} {number}; the source bounds it the other way"
    return None
