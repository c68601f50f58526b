"""Memo-style (개조식) endings read as the plain sentence they abbreviate.

Drafters and ministry staff write claims the way they write memos: '… 의무가 없음',
'… 임명할 수 있음', '… 하여서는 안 됨', '임기는 3년임'. The checks of negation and
modality read a sentence's ending ('없다', '할 수 있다', '아니 된다'); a nominalised
ending (-음/-ㅁ) says the same thing, so it is turned back into the plain ending before
the claim is judged: '없음' → '없다', '함' → '한다', '됨' → '된다', '3년임' → '3년이다'.

Kiwi decides what the last word is (a predicate with a nominalising ending, not a noun
that happens to end in 임 or 음 such as 책임, 연임 or 소음); only a sentence's last word is
rewritten.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.text.tokenizer import get_kiwi

_BASE, _FINALS, _FINAL_N, _FINAL_L, _FINAL_M = 0xAC00, 28, 4, 8, 16
_SENTENCE_END = re.compile(r"([가-힣])\s*(?:[.?!]|$)", re.MULTILINE)
_ADJECTIVAL = ("VA", "VCN", "XSA")
_VERBAL = ("VV", "VX", "XSV")
_ADJECTIVAL_AUX = frozenset({"있", "없"})


def _final(syllable: str) -> int:
    return (ord(syllable) - _BASE) % _FINALS


def _present(stem: str) -> str:
    """The plain present of a verb stem: 하 → 한다, 만들 → 만든다, 받 → 받는다."""
    last = stem[-1]
    if not "가" <= last <= "힣":
        return stem + "다"
    final = _final(last)
    if final == 0:
        return stem[:-1] + chr(ord(last) + _FINAL_N) + "다"
    if final == _FINAL_L:
        return stem[:-1] + chr(ord(last) - _FINAL_L + _FINAL_N) + "다"
    return stem + "는다"


def _plain(stem: str, tag: str) -> str | None:
    base = tag.split("-")[0]
    if base == "VCP":
        return "이다"
    if base in _ADJECTIVAL or stem in _ADJECTIVAL_AUX:
        return stem + "다"
    if base in _VERBAL:
        return _present(stem)
    return None


@lru_cache(maxsize=4096)
def plain_memo_endings(text: str) -> str:
    """``text`` with each sentence's memo-style ending ('…함', '…없음', '…임') in its plain form."""
    if not any(_final(m.group(1)) == _FINAL_M for m in _SENTENCE_END.finditer(text)):
        return text
    tokens = get_kiwi().tokenize(text)
    edits: list[tuple[int, int, str]] = []
    for i, token in enumerate(tokens):
        if i == 0 or token.tag not in ("EF", "ETN") or token.form not in ("음", "ᆷ"):
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.tag != "SF":
            continue  # '…함으로써', '…임을': a nominalised clause inside the sentence
        stem = tokens[i - 1]
        plain = _plain(stem.form, stem.tag)
        if plain is None:
            continue
        edits.append((stem.start, token.start + token.len, plain))
    for start, end, plain in reversed(edits):
        text = text[:start] + plain + text[end:]
    return text
