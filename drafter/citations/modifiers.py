"""Whom a rule is about: the polarity of the clauses that modify a noun.

Lists of disqualifications say who by a negated modifier: '복권되지 아니한 사람', '국적을 가지지
아니한 사람', '형이 확정된 후 2년이 지나지 아니한 사람'. The sentence that uses the list is negative
too ('… 사람은 임용될 수 없다'), so a claim that drops the modifier's negation ('복권된 사람은 임용될
수 없다') still has a negation, only in the wrong place: it keeps the rule's own and loses the
one that says whom. :func:`modifier_conflict` compares, word by word, the modifiers of claim and
source: a word that modifies a noun only negated in the source and only affirmed in the claim
(or the other way round) is a flip of whom the rule is about.

Kiwi decides what a modifier is (a verb or adjective with an adnominal ending before a noun).
English claims are compared with a Korean source's modifiers in :mod:`drafter.citations.support`
('a person who holds Korean nationality', 'with Korean nationality').
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from drafter.text.tokenizer import get_kiwi

_NEGATING_AUX = frozenset({"않", "아니하", "못하"})
_SHORT_NEGATION = frozenset({"안", "못"})
"""A negation before the verb, in speech: '3년이 안 지난 사람' is '3년이 지나지 아니한 사람'."""
_HAVING = frozenset({"가지", "갖", "보유"})  # '국적을 가지지 아니한' says of 국적 what '국적이 없는' says
_NOUN_TAGS = ("NNG", "NNP", "NNB", "NP")
_NOT_A_NOUN_MODIFIED = frozenset({"수", "것", "바", "줄", "리", "터", "뿐", "듯", "만큼", "데", "따름", "한"})
"""Bound nouns of an ending, not of whom: '임용될 수 없다', '정하는 바에 따라', '사유가 없는 한'."""
_OTHER_THAN = frozenset({"외", "제외", "밖", "말"})
"""After the modified noun, what leaves its polarity open: '규정한 사항 외에' is what is not 규정된, '정한 사무
말고도' what is besides it; such a modifier is not compared."""


def _stem_before(toks, k: int) -> str | None:
    """The word whose modifier ends at token ``k``: a verb or adjective stem, or the noun a
    derivational 하/되 makes a verb of ('복권되' → 복권)."""
    if k < 0:
        return None
    t = toks[k]
    tag = t.tag.split("-")[0]
    if tag in ("XSV", "XSA") and k > 0 and toks[k - 1].tag in ("NNG", "XR"):
        return toks[k - 1].form
    if tag in ("VV", "VA") and t.form not in ("하", "되", "있", "없", "이"):
        return t.form
    return None


def _noun_before(toks, k: int) -> str | None:
    """The noun a 있다/없다 says of ('국적이 없는' → 국적)."""
    while k >= 0 and toks[k].tag.startswith("J"):
        k -= 1
    return toks[k].form if k >= 0 and toks[k].tag in ("NNG", "NNP") else None


class Modifiers(NamedTuple):
    polarity: dict[str, frozenset[bool]]
    """Each word that modifies a noun, with whether it is negated there (True: '복권되지 아니한 사람',
    '국적이 없는 사람'; False: '복권된 사람', '국적이 있는 사람')."""
    possessed: frozenset[str]
    """The nouns among them said to be had or lacked ('국적이 없는', '국적을 가지지 아니한' → 국적)."""


@lru_cache(maxsize=4096)
def modifiers(text: str) -> Modifiers:
    """The modifiers of nouns in ``text`` (Korean) and their polarity."""
    toks = get_kiwi().tokenize(text)
    found: dict[str, set[bool]] = {}
    possessed: set[str] = set()

    def add(word: str | None, negated: bool, *, had: bool = False) -> None:
        if word and (len(word) > 1 or word in _HAVING):
            found.setdefault(word, set()).add(negated)
            if had:
                possessed.add(word)

    for i, t in enumerate(toks):
        if t.tag != "ETM" or i == 0 or i + 1 >= len(toks) or toks[i + 1].tag not in _NOUN_TAGS \
                or toks[i + 1].form in _NOT_A_NOUN_MODIFIED:
            continue
        if any(u.form in _OTHER_THAN for u in toks[i + 2 : i + 6]):
            continue  # '이 영에서 규정한 사항 외에', '경미한 사항의 변경은 제외한다', '정한 사무 말고도'
        j = i - 1
        head = toks[j]
        if head.form in ("없", "있") and head.tag.split("-")[0] in ("VA", "VV"):
            add(_noun_before(toks, j - 1), head.form == "없", had=True)
            continue
        negated = head.tag == "VX" and head.form in _NEGATING_AUX and j >= 2 and toks[j - 1].form == "지"
        k = j - 2 if negated else j
        stem = _stem_before(toks, k)
        if stem is not None and not negated:
            start = k - 1 if toks[k].tag.startswith(("XSV", "XSA")) else k  # ('3년이 안 지난 사람', '안 된 사람')
            negated = start > 0 and toks[start - 1].tag == "MAG" and toks[start - 1].form in _SHORT_NEGATION
        if stem is not None and len(stem) == 1 and stem not in _HAVING and k > 1 and toks[k - 1].tag == "JKO":
            noun = _noun_before(toks, k - 1)  # '승인을 받은 사람': one syllable says little, with its object it says whom
            stem = noun + stem if noun else stem
        add(stem, negated)
        if stem in _HAVING and k > 1 and toks[k - 1].tag == "JKO":
            add(_noun_before(toks, k - 1), negated, had=True)
    return Modifiers({word: frozenset(states) for word, states in found.items()}, frozenset(possessed))


_CONDITION_EC = frozenset({"거나", "면", "으면"})


@lru_cache(maxsize=4096)
def condition_polarity(text: str) -> dict[str, frozenset[bool]]:
    """The verbs of a provision's conditions ('직무에 복귀하지 아니하거나', '복귀하지 아니하면') with whether they are
    negated there: an English claim says the same condition by 'who does not return' or 'who returns'."""
    toks = get_kiwi().tokenize(text)
    found: dict[str, set[bool]] = {}
    for i, t in enumerate(toks):
        if t.tag != "EC" or t.form not in _CONDITION_EC or i == 0:
            continue
        j = i - 1
        negated = toks[j].tag == "VX" and toks[j].form in _NEGATING_AUX and j >= 2 and toks[j - 1].form == "지"
        stem = _stem_before(toks, j - 2 if negated else j)
        if stem and len(stem) > 1:
            found.setdefault(stem, set()).add(negated)
    return {word: frozenset(states) for word, states in found.items()}


def modifier_conflict(claim: str, source: str, same: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """A word that says whom the rule is about, negated in one text and affirmed in the other."""
    in_source = modifiers(source)
    if not in_source.polarity:
        return None
    for word, states in modifiers(claim).polarity.items():
        if len(states) != 1:
            continue
        for target in (word, *(same or {}).get(word, ())):
            there = in_source.polarity.get(target)
            if there is None or len(there) != 1 or there == states:
                continue
            if True in there:
                return f"the source says whom by a negated {target!r} ('…지 아니한'); the claim affirms it"
            return f"the claim says whom by a negated {word!r}; the source affirms {target!r}"
    return None
