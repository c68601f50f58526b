"""A claim that keeps what its source ends or waives.

'… 시계 외 할증요금은 통합 지방자치단체가 설치된 날부터 폐지한다' and '… 시보 임용을 면제한다' end a charge and
waive a step. A claim that the surcharge 'stays as it was' ('그대로 유지된다') or that the trainee 'still has
to serve a probationary appointment' names the same thing, the same case and the same act as its source,
and no word of negation: the opposite is said by a verb of keeping, not by a 'not'.
:func:`kept_conflict` reads the source's ending or waiving predicate and the claim's keeping one.
"""

from __future__ import annotations

import re

from drafter.text.glossary import korean_terms
from drafter.text.lazy_regex import lazy_compile

_ENDING_VERB_KO = lazy_compile(r"(폐지|면제|해제)(?:한다|된다|하며|하고)")
"""The source ends or waives something (the verb)."""
_THING_KO = lazy_compile(r"([가-힣ㆍ]{2,}(?:\s+[가-힣ㆍ]{2,})?)(?:을|를|은|는)\s")
"""What it ends: the last one or two words marked as its object or topic before the verb."""
_KEPT_KO = lazy_compile(r"(?:그대로|계속|여전히|종전처럼|종전대로)\s*(?:[가-힣]+\s+)?(?:유지|존속|존치|적용|부과|징수|남)"
                        r"|(?:유지|존속|존치)(?:된다|한다|되고|되며|해야|하여야)")
"""A Korean claim that keeps it: '그대로 유지된다', '계속 적용된다', '존속한다'."""
_ENDED_WORDS_KO = lazy_compile(r"폐지|면제|해제|없어|없앤|사라|소멸|효력을\s*잃|않|아니|못|안\s|빠지|빠진|제외")
"""A Korean claim that says the end or the waiver itself, or denies the keeping: not this conflict."""
_KEPT_EN = lazy_compile(r"\bstill\s+(?:has|have|must|needs?|is|are|applies|apply|required)\b|"
                        r"\bremains?\s+(?:in\s+(?:force|place|effect)|subject|required|obliged|applicable|payable|due)\b|"
                        r"\bcontinues?\s+to\s+(?:apply|be\s+(?:charged|levied|applied|required|collected))\b|"
                        r"\b(?:is|are)\s+(?:kept|retained|maintained|preserved)\b|\bstays?\s+in\s+(?:force|place)\b",
                        re.IGNORECASE)
"""An English claim that keeps it: 'still has to serve', 'remains in force', 'continues to apply'."""
_ENDED_WORDS_EN = lazy_compile(r"\b(?:exempt\w*|abolish\w*|scrap\w*|waive\w*|dropped|lifted|ends?|ended|ceases?|"
                               r"no\s+longer|not|never|nor)\b|n't\b", re.IGNORECASE)
"""An English claim that says the exemption or the end itself, or denies the keeping: not this conflict."""
_WORD_KO = lazy_compile(r"[가-힣]{2,}")
_WORD_EN = lazy_compile(r"[A-Za-z]{3,}")

_VERB = {"폐지": "abolishes", "면제": "waives", "해제": "lifts"}


def _names_thing(claim: str, thing: str) -> bool:
    """Whether the claim names the thing the source ends: one of its words, or an English word for it."""
    words = [w for w in _WORD_KO.findall(thing) if w not in ("경우", "사항", "그밖", "해당")]
    if any(w in claim or (len(w) > 2 and w[:2] in claim) for w in words):
        return True
    return any(term in thing for w in _WORD_EN.findall(claim) for term in korean_terms(w) if len(term) > 1)


def kept_conflict(claim: str, cited: str) -> str | None:
    """The source ends or waives something; the claim says it stays."""
    ended = [(things[-1].group(1), m.group(1)) for m in _ENDING_VERB_KO.finditer(cited)
             if (things := list(_THING_KO.finditer(cited, max(0, m.start() - 80), m.start())))]
    if not ended:
        return None
    korean = bool(re.search(r"[가-힣]", claim))
    if korean:
        if not _KEPT_KO.search(claim) or _ENDED_WORDS_KO.search(claim):
            return None
    elif not _KEPT_EN.search(claim) or _ENDED_WORDS_EN.search(claim):
        return None
    for thing, verb in ended:
        if _names_thing(claim, thing):
            return f"negation mismatch: the source {_VERB[verb]} {thing} ({verb}); the claim says it stays"
    return None
