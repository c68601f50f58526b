"""A claim that extends a rule to the very case its source excepts.

Statutes state a rule and then take a case out of it: '이 법은 … 다른 법률에 우선하여 적용한다.
다만, 다른 법률에 … 특별한 규정이 있는 경우에는 그러하지 아니하다.' A claim that says the rule holds
'even where' that case arises ('… 특별한 규정이 있는 경우에도 또한 같다', 'this holds even where another
law has a special provision') uses every word of the source and says the opposite of its proviso.
"""

from __future__ import annotations

import re

from drafter.text.glossary import korean_terms
from drafter.text.lazy_regex import lazy_compile

_PROVISO = lazy_compile(r"다만[,\s]\s*([^.]*?)(?:경우|때)에는\s*(?:(?:그러하지|그렇지)\s*(?:아니하다|아니한다|않다|않는다)|"
                        r"[^.]{0,30}?바에\s*따른다)")
"""'다만, … 경우에는 그러하지 아니하다' (or '그렇지 않다', as newer statutes write it) and '다만, … 경우에는 그 법률에서
정하는 바에 따른다': the case taken out."""
_EXCEPT_CASE = lazy_compile(r"([^.,]{4,80}?)(?:경우|때)를\s*제외하고(?:는)?\s")
"""'… 직무를 수행할 수 없게 된 경우를 제외하고는 …': the case the rule leaves out, said before it."""
_ANY_PROVISO = lazy_compile(r"다만[,\s]\s*([^.]*?)(?:경우|때)에는\s")
"""'다만, … 경우에는 …': a case the proviso rules on its own, whatever its ruling."""
_EVEN_CASE_KO = lazy_compile(r"([^,.]{4,80}?)(?:경우|때)에(?:도|라도)[\s,]")
_SAME_AGAIN_KO = lazy_compile(r"(?:경우|때)에(?:도|라도)\s*(?:또한\s*)?같다|마찬가지")
"""'… 경우에도 같다': a claim that restates a rule the source itself repeats for the case."""
_EVEN_KO = lazy_compile(r"([^,.]{4,80}?)(?:경우|때)에(?:도|라도)\s*(?:또한\s*같다|[^.]{0,30}적용)")
_EVEN_IF_KO = lazy_compile(r"([^,.]{4,60}?)(?:있|이|하|되|없)(?:더라도|어도|여도|라도)[\s,]")
"""'긴급한 사정이 있더라도 이 통지를 생략할 수 없다': the rule said to hold even in the case (a concession)."""
_STATES_EXCEPTION_KO = lazy_compile(r"예외|그러하지|그렇지\s*않|않아도|아니해도|안\s*해도|생략할\s*수\s*있|면제|적용되지\s*않")
"""A claim that says the case is an exception ('예외로 한다', '안 해도 된다'): its '…더라도' is no concession to the rule."""
_EVEN_EN = lazy_compile(r"\b(?:even (?:where|if|when|though|in cases where|in the case where|in (?:an?|the|any)\b)|"
                        # 'and this applies equally to offenders arrested while …'
                        r"(?:applies|apply|holds?)\s+(?:equally|also|too|as\s+well|just\s+the\s+same)\s+(?:to|for|in|where|when)|"
                        r"(?:also|equally)\s+(?:applies|apply|holds?)\s+(?:to|for|in|where|when))\b([^.;]{4,160})",
                        re.IGNORECASE)
_WORD_KO = lazy_compile(r"[가-힣]{2,}")
_WORD_EN = lazy_compile(r"[A-Za-z]{3,}")
_SHARE = 0.5
"""Share of the claim's 'even where …' words the proviso's case must contain for the two to be one case."""
_SHARED_TERMS = 3
"""Or how many of them, in a long English case ('offenders arrested while the officers were performing the special
judicial police duties covered by item 4': arrested, performing, duties)."""


_REASON = "the source excepts this case ('다만, {} 경우에는 …'); the claim says the rule covers it"


def _korean_share(words: list[str], case: str) -> float:
    found = [w for w in words if w[:2] in case]  # the stem: '규정이' ~ '규정'
    return len(found) / len(words) if words else 0.0


def excepted_case_conflict(claim: str, cited: str) -> str | None:
    """The proviso of ``cited`` whose case the claim says the rule also covers, as a verdict reason."""
    for case in (m.group(1) for m in _ANY_PROVISO.finditer(cited)):
        # '다만, … 임용권을 위임한 경우에는 그 위임을 받은 자를 피고로 한다' against '임용권을 위임한 경우에도 …
        # 위임받은 자가 아니라 경찰청장이다': the claim keeps the rule in the case the proviso rules otherwise
        for m in _EVEN_CASE_KO.finditer(claim):
            if _korean_share(_WORD_KO.findall(m.group(1)), case) >= _SHARE and not _SAME_AGAIN_KO.search(claim):
                return _REASON.format(case.strip())
    provisos = [m.group(1) for m in _PROVISO.finditer(cited)] + [m.group(1) for m in _EXCEPT_CASE.finditer(cited)]
    if not provisos:
        return None
    for case in provisos:
        for m in _EVEN_KO.finditer(claim):
            if _korean_share(_WORD_KO.findall(m.group(1)), case) >= _SHARE:
                return _REASON.format(case.strip())
        if not _STATES_EXCEPTION_KO.search(claim):
            for m in _EVEN_IF_KO.finditer(claim):
                if _korean_share(_WORD_KO.findall(m.group(1)), case) >= _SHARE:
                    return _REASON.format(case.strip())
        for m in _EVEN_EN.finditer(claim):
            said = m.group(1)
            if not claim[: m.start()].strip():
                said = said.split(",")[0]  # 'Even in an emergency, the chair must …': the case ends at its comma
            words = [w for w in _WORD_EN.findall(said) if korean_terms(w)]
            found = [w for w in words if any(t in case for t in korean_terms(w))]
            if words and (len(found) / len(words) >= _SHARE or len(found) >= _SHARED_TERMS):
                return _REASON.format(case.strip())
    return None


_LIMITED = lazy_compile(r"([가-힣]{2,})(?:에|에서|으로|로)만\s")
_BEYOND_KO = lazy_compile(r"([가-힣]{2,})\s*(?:밖|외|이외|바깥)(?:에서|에|으로)?도\s")
_BEYOND_EN = lazy_compile(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?([a-z-]+(?:\s+[a-z-]+)?)", re.IGNORECASE)


def beyond_limit_conflict(claim: str, cited: str) -> str | None:
    """A claim that carries a rule past the limit its source sets: '관할구역 밖에서도 적용된다' against
    '관할구역에만 적용한다', 'applies outside the province' against the same."""
    limits = [m.group(1) for m in _LIMITED.finditer(cited)]
    if not limits:
        return None
    for m in _BEYOND_KO.finditer(claim):
        if any(m.group(1)[-2:] in limit or limit[-2:] in m.group(1) for limit in limits):
            return f"the source limits the rule to {m.group(1)} (…에만); the claim extends it beyond"
    for m in _BEYOND_EN.finditer(claim):
        terms = [t for w in m.group(1).split() for t in korean_terms(w)]
        if any(t in limit for t in terms for limit in limits):
            return f"the source limits the rule (…에만); the claim extends it {m.group(0)!r}"
    return None


_THIS_FIRST = lazy_compile(r"이\s*(?:법|영)[^.]{0,80}?다른\s*법(?:률|령)(?:의\s*규정)?에\s*우선")
"""'이 법은 … 다른 법률에 우선하여 적용한다': this act prevails over other laws."""
_OTHER_FIRST_KO = lazy_compile(
    r"다른\s*(?:법률|법령|법)(?:의\s*규정)?(?:이|가|은|는)\s*[^.]{0,40}?(?:이\s*법|이\s*영|특별법|[가-힣]*법)(?:보다|에\s*앞서)\s*"
    r"(?:먼저|우선|앞서)|(?:이\s*법|특별법)(?:보다)\s*[^.]{0,12}?다른\s*(?:법률|법령)[^.]{0,12}?(?:먼저|우선)")
_OTHER_FIRST_EN = lazy_compile(
    r"\bother\s+(?:laws?|acts?|statutes?|legislation)\b[^.;]{0,80}?\b(?:take[s]?\s+precedence|prevail|override|"
    r"come[s]?\s+first|appl(?:y|ies)\s+first|trump|win\s+out)|\b(?:this|the)\s+(?:special\s+)?act\b[^.;]{0,40}?"
    r"\b(?:yields?|gives?\s+way|is\s+subordinate|gives?\s+precedence)\s+to\s+other", re.IGNORECASE)
_SPECIAL_RULE = lazy_compile(r"특별한\s*규정|특례\s*규정|special\s+(?:provision|rule)|specific\s+(?:provision|rule)",
                             re.IGNORECASE)


def priority_reversed(claim: str, source: str) -> str | None:
    """'다른 법률이 이 법보다 먼저 적용된다' or 'other laws take precedence' against '이 법은 … 다른 법률에 우선하여
    적용한다' (the proviso for another law's special provision aside)."""
    if not _THIS_FIRST.search(source) or _SPECIAL_RULE.search(claim):
        return None
    if _OTHER_FIRST_KO.search(claim) or _OTHER_FIRST_EN.search(claim):
        return "order mismatch: the source puts this act before other laws; the claim puts other laws first"
    return None


_EXCLUDED_ITEMS = lazy_compile(r"제(\d+)조(?:의\d+)?\s*\(\s*((?:제\d+호(?:\s*[ㆍ,및]\s*|\s+및\s+)?)+)(?:는|은)\s*제외한다\s*\)")
"""'제7조(제7호는 제외한다)를 준용한다': an article applied but for the items it names."""
_ITEM_NUMBER = lazy_compile(r"제(\d+)호")
_LEFT_OUT = lazy_compile(r"제외|빼|빠지|빠진|빠져|아니|않|없|말고|except|exclud|other than|but not|not\b|n't\b", re.IGNORECASE)


def excluded_item_included(claim: str, cited: str) -> str | None:
    """A claim that applies an item its source takes out of an applied article ('「…시행령」 제7조 제7호도 준용된다'
    against '제7조(제7호는 제외한다)를 준용한다'), unless the claim itself leaves it out."""
    if _LEFT_OUT.search(claim):
        return None
    for m in _EXCLUDED_ITEMS.finditer(cited):
        article = m.group(1)
        for item in _ITEM_NUMBER.findall(m.group(2)):
            said = re.search(rf"제\s*{article}\s*조\s*(?:의\s*\d+\s*)?제?\s*{item}\s*호"
                             rf"|Article\s+{article}\s*\(\s*{item}\s*\)"
                             rf"|(?:item|subparagraph)\s+{item}\s+of\s+Article\s+{article}\b"
                             rf"|Article\s+{article},?\s+(?:item|subparagraph)\s+{item}\b", claim, re.IGNORECASE)
            if said:
                return f"the source applies 제{article}조 but for 제{item}호 (제{item}호는 제외한다); the claim includes it"
    return None
