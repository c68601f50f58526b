"""Fast surface checks on Korean *source* text, driven by the claim's lemmas.

Claims go through Kiwi (their morphemes are what is compared); the cited
passage does not need a full analysis: we only ask whether each claim lemma
occurs in it (also in its contracted forms: 하다 → 한다/할/함/해, 두다 → 둔다)
and whether that occurrence is negated (``연임할 수 없다``, ``면직되지
아니한다``, ``공표해서는 안 된다``). That keeps the checker far above 1000
(claim, citation) pairs a second on a CPU, even when every passage is new.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.citations.lexicon import STRONG_WORDS_KO

_BASE, _FINALS = 0xAC00, 28
FINAL_N, FINAL_L, FINAL_M, FINAL_B, FINAL_SS = 4, 8, 16, 17, 20
NEGATION = re.compile(r"수\s*없|아니|아닌|않|못하|못한|못 한|안\s*된|안\s*돼|없(?!이)(?=[가-힣])")
CLAUSE_BREAK = re.compile(r"[,.;:]|며\s|(?<=다)\s")
COORDINATED = re.compile(r"^(?:하|되)?(?:거나|든지|든가)")
LIGHT = re.compile(r"^(?:[이가은는을를도]|[하해되돼될된할한함됨지게]\S*|\(\S*\)\S*)$")
"""What may follow a predicate, attached, before its negation: a particle, a
light verb or ending ('되지', '해서는', '할'), or a hanja gloss ('(連任)할')."""


def _with_final(syllable: str, final: int) -> str | None:
    code = ord(syllable) - _BASE
    if not 0 <= code < 11172 or code % _FINALS != 0:
        return None
    return chr(ord(syllable) + final)


_VOWEL_CONTRACTION = {20: 6, 18: 4, 13: 14, 8: 9}  # ㅣ→ㅕ (거치→거쳐), ㅡ→ㅓ, ㅜ→ㅝ (두→둬), ㅗ→ㅘ (보→봐)


def _contract(syllable: str) -> str | None:
    """The syllable a stem's last vowel fuses into before -어/-아 (치 → 쳐)."""
    code = ord(syllable) - _BASE
    if not 0 <= code < 11172 or code % _FINALS != 0:
        return None
    initial, medial = divmod(code // _FINALS, 21)
    fused = _VOWEL_CONTRACTION.get(medial)
    return None if fused is None else chr(_BASE + (initial * 21 + fused) * _FINALS)


@lru_cache(maxsize=65536)
def surface_forms(lemma: str) -> tuple[str, ...]:
    """The lemma and the contracted spellings a verb stem takes in running text."""
    forms = [lemma]
    if not lemma:
        return ()
    last = lemma[-1]
    for final in (FINAL_N, FINAL_L, FINAL_M, FINAL_B, FINAL_SS):
        composed = _with_final(last, final)
        if composed:
            forms.append(lemma[:-1] + composed)
    contractions = {"하": ("해", "했"), "되": ("돼", "됐")}
    for c in contractions.get(last, ()):
        forms.append(lemma[:-1] + c)
    contracted = _contract(last)
    if contracted:
        forms += [lemma[:-1] + contracted, lemma[:-1] + chr(ord(contracted) + FINAL_SS)]
    return tuple(dict.fromkeys(forms))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not ("가" <= text[i - 1] <= "힣")


def lemma_present(lemma: str, text: str, squashed: str | None = None) -> bool:
    """Does the lemma (or a contracted form of it) occur in ``text``?

    A one-syllable lemma must start a word (``두`` in ``둔다``, not in
    ``구두``), so short stems do not match inside unrelated words.
    """
    hay = squashed if squashed is not None else squash(text)
    return any(f in hay for f in surface_forms(lemma))


def _occurrences(lemma: str, text: str) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for form in surface_forms(lemma):
        i = text.find(form)
        while i >= 0:
            if len(lemma) > 1 or _word_start(text, i):
                spans.add((i, i + len(form)))
            i = text.find(form, i + 1)
    return sorted(spans)


def _negated_at(text: str, end: int) -> bool:
    after = text[end:]
    brk = CLAUSE_BREAK.search(after)
    clause = after[: brk.start()] if brk else after
    neg = NEGATION.search(clause)
    if not neg:
        return False
    between = clause[: neg.start()]
    if COORDINATED.match(between.lstrip("()")):
        return True  # '누설하거나 … 공표해서는 안 된다'
    tokens = between.split()
    if not tokens:
        return True  # '않는다' right after the stem
    attached = not between[:1].isspace()
    rest = tokens[1:] if attached else tokens
    if attached and not LIGHT.match(tokens[0]):
        return False
    # any other word before the negation is what it negates: '위원이 될 수 없다'
    # negates 되다, '정당한 사유가 없으면' negates 사유
    return all(t in ("수", "아니", "안", "못") for t in rest)


def _negating_prefix(text: str, start: int) -> bool:
    """'불이익', '비상임': a negating prefix opening the word."""
    return start >= 1 and text[start - 1] in "불비무미" and _word_start(text, start - 1)


def negation_state(lemma: str, text: str) -> tuple[bool, bool] | None:
    """``(negated somewhere, affirmed somewhere)`` for the lemma in ``text``; None if absent."""
    spans = _occurrences(lemma, text)
    if not spans:
        return None
    states = [_negated_at(text, end) or _negating_prefix(text, start) for start, end in spans]
    return any(states), not all(states)


def strong_concepts(text: str) -> frozenset[str]:
    return frozenset(concept for word, concept in STRONG_WORDS_KO.items() if word in text)
