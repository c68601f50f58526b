"""A claim that takes a listed 호 off the list its 항 makes.

'다음 각 호의 어느 하나에 해당하는 사람은 경찰공무원으로 임용될 수 없다' followed by '6의2. 마약ㆍ대마 또는
향정신성의약품 중독자' makes the addict one of the grounds. A claim that the addict 'is not among the grounds'
('결격사유에 해당하지 아니한다', '이 목록에 들어 있지 않다', 'is not one of the grounds') has the words of the item
and of the bar, and its only 'not' is on the membership, so the bar's own 'cannot' hides it from the predicate
checks. :func:`unlisted_conflict` finds the item the claim names and its denial of membership: among the 호 of a
cited 항 whose lead bars the people it lists, or in a cited 호 whose 항's lead lists it ('다음 각 호의 어느 하나에
해당하는 경우를 제외하고는 …', '다음 각 호의 사무를 분장한다').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.text.glossary import korean_terms
from drafter.text.lazy_regex import lazy_compile

_BARRING_LEAD = lazy_compile(r"각\s*호의\s*어느\s*하나에\s*해당하는\s*(?:사람은|자는|사람|자)\s*[^.\n]{0,40}?"
                             r"(?:될|임용될|임명될|위촉될|채용될|선임될|취임할)\s*수\s*없")
"""The 항's lead bars the people its 호 list from an office."""
_LISTING_LEAD = lazy_compile(r"각\s*호의\s*(?:어느\s*하나|사항|사무|업무|행위|사람|경우)")
"""A 항's lead that lists its 호 ('다음 각 호의 어느 하나에 해당하는 …', '다음 각 호의 사무를 분장한다')."""
_ITEM = lazy_compile(r"^\s*\d+(?:의\d+)?\.\s*(.+)$", re.MULTILINE)
_NOT_LISTED_KO = lazy_compile(
    r"(?:결격\s*사유|결격사유\s*목록|목록|각\s*호|사유|사항|임무|직무|업무|사무)(?:에|에는|로는|로|가|이)?\s*(?:[가-힣]+\s+){0,2}?"
    r"(?:해당하지\s*(?:않|아니)|해당되지\s*(?:않|아니)|들어\s*있지\s*않|들어가지\s*않|포함되지\s*(?:않|아니)|"
    r"속하지\s*(?:않|아니)|빠져\s*있|아니)")
"""A Korean claim that denies the item is among the grounds: '결격사유에 해당하지 아니한다', '목록에 들어 있지 않다'."""
_NOT_LISTED_EN = lazy_compile(
    r"\b(?:is|are)\s+not\s+(?:(?:among|one\s+of|on|in|part\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:grounds?|list|disqualifications?|reasons?|bars?)|(?:a\s+)?(?:grounds?|bar|disqualification|"
    r"disqualifying)\b|(?:listed|included|counted)\s+(?:among|as|in|on))|\b(?:does|do)\s+not\s+"
    r"(?:disqualify|bar|count\s+(?:as|among)|appear\s+(?:on|in|among))\b", re.IGNORECASE)
"""An English claim that denies it: 'is not one of the grounds', 'does not disqualify', 'is not listed among'."""
_CLAUSE = lazy_compile(r"(?:으나|지만|는데|, 그러나|, but|; |\. )")
_WORD_KO = lazy_compile(r"[가-힣]{2,}")
_WORD_EN = lazy_compile(r"[A-Za-z]{3,}")
_FILLER = frozenset(("사람", "경우", "해당하는", "받은", "받고", "있는", "아니한", "다음", "또는", "자로서"))


def _item_words(item: str) -> list[str]:
    words = []
    for word in _WORD_KO.findall(re.sub(r"「[^」]*」|\([^)]*\)", " ", item)):
        word = re.sub(r"(?:이나|으로|에서|된|한|하는|되는|받은|을|를|이|가|은|는|의|에|로|과|와)$", "", word)
        if len(word) >= 2 and word not in _FILLER:
            words.append(word)
    return words


def _names_item(clause: str, words: list[str]) -> bool:
    """Whether the clause names the item: most of its words, or their English glosses."""
    if not words:
        return False
    if re.search(r"[가-힣]", clause):
        hits = sum(1 for w in words if w in clause)
    else:
        glossed = {term for w in _WORD_EN.findall(clause) for term in korean_terms(w) if len(term) > 1}
        hits = sum(1 for w in words if any(term in w for term in glossed))
    return hits >= max(2, (len(words) * 3 + 4) // 5) or (len(words) == 1 and hits == 1)


def unlisted_conflict(claim: str, cited: str, leads: Sequence[str] = ()) -> str | None:
    """The cited 항 bars the people its 호 list, or the cited 호 is listed by its 항's lead; the claim says the
    item is not on that list."""
    if leads and _LISTING_LEAD.search(" ".join(leads)) and not _ITEM.search(cited):
        items = [cited]  # a cited 호: its 항's lead lists it ('… 면직되거나 해촉될 수 있는 사유가 아니다')
    elif _BARRING_LEAD.search(cited):
        items = [m.group(1) for m in _ITEM.finditer(cited)]
    else:
        return None
    korean = bool(re.search(r"[가-힣]", claim))
    denial = _NOT_LISTED_KO if korean else _NOT_LISTED_EN
    for clause in _CLAUSE.split(claim):
        if not denial.search(clause):
            continue
        for item in items:
            if "제외" in item:
                continue
            if _names_item(clause, _item_words(item)):
                return (f"negation mismatch: the source lists '{item.strip()[:40]}'; "
                        f"the claim says it is not on the list")
    return None
