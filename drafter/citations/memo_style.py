"""Memo-style (개조식) and spoken (해요체, 합쇼체) endings read as the plain sentence they stand for.

Drafters and ministry staff write claims the way they write memos: '… 의무가 없음',
'… 임명할 수 있음', '… 하여서는 안 됨', '임기는 3년임'. The checks of negation and
modality read a sentence's ending ('없다', '할 수 있다', '아니 된다'); a nominalised
ending (-음/-ㅁ) says the same thing, so it is turned back into the plain ending before
the claim is judged: '없음' → '없다', '함' → '한다', '됨' → '된다', '3년임' → '3년이다'.

Kiwi decides what the last word is (a predicate with a nominalising ending, not a noun
that happens to end in 임 or 음 such as 책임, 연임 or 소음); only a sentence's last word is
rewritten.

Staff questions turned into statements end the same rules politely: '임용할 수 있어요', '보고해야
해요', '적용하지 않습니다', '도지사예요'. The modality a sentence carries is in its stem ('있', '하',
'않'), not in the polite ending; :func:`plain_polite_endings` gives the stem its plain ending ('있다',
'한다', '않는다', '이다'), so '있어요' is read as '할 수 있다' and '않아요' as a negation. A memo between
colleagues in 반말 ('연임도 돼', '사용할 수 없어', '보고해야 해') is read the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.text.lazy_regex import lazy_compile
from drafter.text.tokenizer import get_kiwi

_BASE, _FINALS, _FINAL_N, _FINAL_L, _FINAL_M = 0xAC00, 28, 4, 8, 16
_SENTENCE_END = lazy_compile(r"([가-힣])\s*(?:[.?!]|$)", re.MULTILINE)
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
    # '제복을 착용할 수 있도록 함': a memo's 'the law lets them …' is a permission, not the statute's '… 수 있도록
    # 하여야 한다' (a duty to make it possible)
    return _ENABLED_MEMO.sub(r"\1 수 있다", text) if edits else text


_ENABLED_MEMO = lazy_compile(r"([가-힣]*(?:ㄹ|을|할|될|볼|둘|줄|갈|올|쓸|살|받을))\s*수\s*있도록\s*한다(?=[.\s]*$|\.)")


_POLITE_END = lazy_compile(r"(?:요|죠|습니다|ㅂ니다|ᆸ니다)$|^(?:어|아|여|야)$")
"""A final ending of the polite registers (어요/아요/에요/예요/거든요/네요/죠, 습니다/ㅂ니다) or of
반말 between colleagues (어/아/여, 야 after 이: '연임도 돼', '못 써', '보고해야 해', '도지사야')."""
_SPOKEN_VOWELS = frozenset({0, 1, 2, 4, 6, 9, 10, 14})  # ㅏ ㅐ ㅑ ㅓ ㅕ ㅘ ㅙ ㅝ: 아/해/야/어/여/와/돼/워


def _may_be_spoken(text: str) -> bool:
    """Whether a sentence of ``text`` may end in a spoken register (Kiwi then decides)."""
    for m in _SENTENCE_END.finditer(text):
        last = m.group(1)
        if last in "요죠" or (last == "다" and text[max(0, m.start() - 1):m.start()] == "니"):
            return True
        if last != "다" and _final(last) == 0 and (ord(last) - _BASE) // _FINALS % 21 in _SPOKEN_VOWELS:
            return True
    return False


def plain_polite_endings(text: str) -> str:
    """``text`` with each sentence's spoken final ending ('…할 수 있어요', '…하지 않습니다', '연임도 돼')
    in its plain form."""
    if not _may_be_spoken(text):
        return text
    tokens = get_kiwi().tokenize(text)
    edits: list[tuple[int, int, str]] = []
    for i, token in enumerate(tokens):
        if i == 0 or token.tag != "EF" or not _POLITE_END.search(token.form):
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and (following.tag != "SF" or text[following.start] == "?"):
            continue  # not a sentence's end, or a question
        stem = tokens[i - 1]
        plain = _plain(stem.form, stem.tag)
        if plain is None:
            continue
        edits.append((stem.start, token.start + token.len, plain))
    for start, end, plain in reversed(edits):
        text = text[:start] + plain + text[end:]
    return re.sub(r"(?<![가-힣])거이다", "것이다", text)  # '하는 거예요': the bound noun 것
