"""A claim that makes a rule absolute where its source qualifies it.

Four qualifications a paraphrase drops while keeping every other word of the source:

- an exception: '… 도의회의 동의를 받아야 한다. 다만, 대통령령으로 정하는 경미한 사항은 …' against
  'any change, however minor, needs the council's consent' or '예외 없이 … 거쳐야 한다';
- an end: '… 지정된 날부터 3년이 되는 날까지 효력을 지닌다' against 'apply indefinitely', '존속기한 없이';
- a ceiling: '… 2회계연도를 초과하여 이월할 수 없다' against 'with no cap on how many fiscal years';
- a distinction: '… 경찰공무원의 제복과 구별될 수 있도록 하여야 한다' against 'the same uniforms, with nothing
  to tell them apart'.

Each test rejects; none accepts on its own. The claim's own words decide that it is absolute, so a claim
that names the qualification ('except for minor changes') is left to the other checks.
"""

from __future__ import annotations

import re

from drafter.text.lazy_regex import lazy_compile

_NO_EXCEPTION = lazy_compile(
    r"예외\s*없이|예외가\s*없|예외를\s*두지\s*않|어떠한\s*경우에도|어떤\s*경우에도|무조건|아무리\s*[가-힣]+(?:라도|더라도)"
    r"|경미한\s*[가-힣]+(?:이라도|라도|까지도)"
    r"|\bwithout\s+(?:any\s+)?exceptions?\b|\bno\s+exceptions?\b|\bwith\s+no\s+exceptions?\b"
    r"|\bhowever\s+(?:minor|small|slight|trivial|insignificant)\b|\bno\s+matter\s+how\s+(?:minor|small|slight|trivial)\b"
    r"|\bin\s+(?:every|all)\s+cases?\b|\bunder\s+(?:any|all)\s+circumstances\b|\bwithout\s+fail\b"
    r"|\bwhatever\s+the\s+(?:case|circumstances)\b|\bwhatever\s+(?:their|its|his|her)\s+(?:grade|rank|status|position)\b",
    re.IGNORECASE)
"""A claim that says the rule has no exception: 'however minor', '예외 없이', '어떤 경우에도'."""

_NAMES_EXCEPTION = lazy_compile(r"\b(?:except|other\s+than|apart\s+from|save\s+for|unless|but\s+not)\b|제외|다만|외에는|아닌\s*한",
                                re.IGNORECASE)
"""The claim names an exception of its own ('in all cases except minor changes'): not absolute."""

_CARVED_OUT = lazy_compile(
    r"다만[,\s][^.]*?(?:그러하지\s*아니하다|그렇지\s*않다|제외한다|제외하고|예외로|할\s*수\s*있다|아니한다|아니할\s*수\s*있다|"
    r"않는다|않을\s*수\s*있다|따른다|적용하지\s*아니|적용하지\s*않|면제)"
    r"|(?:을|를)\s*제외(?:한다|하고|한\s)|에도\s*불구하고|그러하지\s*아니하다|그렇지\s*않다"
    r"|\b(?:except|unless|other\s+than|with\s+the\s+exception\s+of|excluding)\b", re.IGNORECASE)
"""A source that takes a case out of its rule: a '다만' proviso that excepts or allows otherwise, '…을 제외한다',
'그러하지 아니하다' (or, in statutes amended since the 2020s, '그렇지 않다'), 'except', 'unless'."""

_NO_END = lazy_compile(
    r"기한\s*없이|존속기한\s*없이|기한의?\s*(?:제한|정함)\s*(?:이\s*)?없|무기한|영구(?:적으로|히)|시한\s*없이|기간\s*(?:의\s*)?제한\s*없이"
    r"|\bindefinite(?:ly)?\b|\bno\s+(?:sunset|expiry|expiration|end\s+date|time\s+limit|deadline|fixed\s+term)\b"
    r"|\bnever\s+(?:expires?|lapses?|ends?)\b|\bpermanently\b|\bon\s+a\s+permanent\s+basis\b"
    r"|\bwithout\s+(?:a\s+|any\s+)?(?:time\s+limit|expiry|end\s+date|sunset|deadline)\b", re.IGNORECASE)
"""A claim that says the rule holds without end: 'apply indefinitely', 'no sunset date', '기한 없이'."""

_BOUNDED = lazy_compile(
    r"(?:날|때|해|연도|시기)까지|\d+\s*(?:년|개월|일)\s*(?:간|동안|이내|이\s*되는\s*날)|존속기한|유효기간|효력을\s*(?:잃|상실)"
    r"|\buntil\b|\bexpires?\b|\bfor\s+(?:a\s+period\s+of\s+)?\w+\s+(?:years?|months?)\b", re.IGNORECASE)
"""A source that gives its rule an end: '…이 되는 날까지', '3년간', '존속기한', 'until'."""

_NO_CAP = lazy_compile(
    r"(?:횟수|한도|상한|기간|연도)(?:의|에)?\s*(?:제한|한도|상한)?(?:이|은)?\s*없이|제한\s*없이\s*(?:계속|몇\s*번)|무제한"
    r"|\bno\s+(?:cap|ceiling|upper\s+limit|limit)\s+on\b|\bwithout\s+(?:any\s+)?(?:cap|ceiling|upper\s+limit|limit)\b"
    r"|\bunlimited\b|\bas\s+many\s+(?:times|years)\s+as\b", re.IGNORECASE)
"""A claim that says the rule has no ceiling: 'with no cap on how many fiscal years', '횟수 제한 없이'."""
_CAPPED = lazy_compile(r"초과(?:하여|해서)?[^.]{0,20}?(?:할\s*수\s*없|하지\s*못|아니\s*된)|넘(?:어|겨)[^.]{0,12}?(?:할\s*수\s*없|못)"
                       r"|\d+\s*(?:회|년|개월|일|명|회계연도)[^.]{0,6}?(?:이내|이하|까지|을\s*한도|를\s*한도|을\s*상한|를\s*상한)"
                       r"|\bno\s+more\s+than\b|\bat\s+most\b|\bup\s+to\b|\bmaximum\b")
"""A source that sets a ceiling: '2회계연도를 초과하여 이월할 수 없다', '3년 이내', 'no more than'."""

_KEPT_APART = lazy_compile(r"(?:구별|구분|식별)(?:될|할|되|하)\s*(?:수\s*있)?도록|(?:구별|구분)(?:하여야|되어야)")
"""A source that requires two things to be told apart: '… 제복과 구별될 수 있도록 하여야 한다'."""

_SAME = lazy_compile(
    r"\b(?:the\s+same|identical|indistinguishable|alike)\b|\btell\s+(?:them|the\s+two|\w+)\s+apart\b"
    r"|\bno\s+(?:visible\s+)?(?:difference|distinction)\b|똑같|동일한|구별(?:이|을)?\s*(?:없|하지\s*않|되지\s*않)"
    r"|구분(?:이|을)?\s*(?:없|하지\s*않|되지\s*않)|차이(?:가)?\s*없", re.IGNORECASE)
"""A claim that says the two are the same: 'the same uniforms', 'nothing to tell them apart', '구별 없이'."""


_NOT_APPLIED = lazy_compile(r"다만[,\s]([^.]*?)(?:그러하지\s*아니하다|그렇지\s*않다|예외로\s*한다)")
"""A '다만' proviso that takes a case out of the rule ('다만, 긴급한 경우에는 그러하지 아니하다', '다만, 사실상 노무에
종사하는 공무원은 예외로 한다'), with its case."""
_EVEN_IN_KO = lazy_compile(r"([가-힣][가-힣\s]{1,14}?)(?:있더라도|있어도|이더라도|하더라도|더라도|인\s*경우에도|경우에도|경우도|때에도|때도)")
_EVEN_IN_EN = lazy_compile(r"\beven\s+(?:in|when|if|for|where|during|with|a|an|the)?\s*((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)",
                           re.IGNORECASE)
_ALSO_KO = lazy_compile(r"([가-힣][가-힣\s]{1,20}?)(?:공무원|사람|위원|기관)도(?=\s)")
"""'사실상 노무에 종사하는 공무원도 …': the rule said of those too."""
_ALSO_EN = lazy_compile(r"^\s*(?:the\s+|an?\s+)?((?:[A-Za-z-]+\s+){0,6}?[A-Za-z-]+)\s+(?:are|is|must|may|can|cannot|have|has)\s+"
                        r"(?:also|likewise|equally)\b|\b(?:also|likewise|equally)\s+(?:applies|apply|extends?)\s+to\s+"
                        r"((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)", re.IGNORECASE)
"""'Officials who actually do manual labour are also barred …', 'the ban also applies to …': the rule said of them too."""
_RELIEVED = lazy_compile(r"필요\s*(?:가\s*)?없|않아도|안\s*해도|면제|생략|\bneed\s+not\b|\bdoes\s+not\s+have\s+to\b|\bno\s+need\b"
                         r"|\bnot\s+required\b|\bexempt\b|\bwaived?\b", re.IGNORECASE)
_GENERIC_CASE = frozenset({"사정", "경우", "사유", "있", "때", "그", "한", "이", "것", "기관", "사람", "공무원", "위원", "사항"})


def _case_words_ko(text: str) -> set[str]:
    """The content stems of a Korean case ('급박한 사정이 있' → 급박; '현행범인' → 현행범)."""
    words = set()
    for word in re.findall(r"[가-힣]{2,}", text):
        stem = re.sub(r"(?:한|인|이|가|은|는|의|에|을|를|적)$", "", word)
        if len(stem) >= 2 and stem not in _GENERIC_CASE:
            words.add(stem)
    return words


def excepted_case_kept(claim: str, cited: str, targets=None) -> str | None:
    """A claim that keeps the rule in the very case a '다만' proviso takes out of it ('긴급한 사정이 있더라도 …
    알려야 한다', 'the rule holds even in urgent cases', '현행범인 경우에도 통보해야 한다' against '다만, 긴급한
    경우에는 그러하지 아니하다'). ``targets``: the Korean terms of an English word (the glossary's)."""
    proviso = _NOT_APPLIED.search(cited)
    if proviso is None or _NAMES_EXCEPTION.search(claim) or _RELIEVED.search(claim):
        return None
    case = proviso.group(1)
    for m in [*_EVEN_IN_KO.finditer(claim), *_ALSO_KO.finditer(claim)]:
        shared = sorted(w for w in _case_words_ko(m.group(1)) if w in case)
        if shared:
            return (f"exception mismatch: the source takes the case of {shared[0]!r} out of the rule "
                    f"({proviso.group(0).strip()!r}); the claim keeps the rule there")
    if targets is not None:
        for m in [*_EVEN_IN_EN.finditer(claim), *_ALSO_EN.finditer(claim)]:
            for word in (m.group(1) or m.group(2)).lower().split():
                shared = [t for t in (targets(word) or ()) if len(t) > 1 and t in case and t not in _GENERIC_CASE]
                if shared:
                    return (f"exception mismatch: the source takes the case of {shared[0]!r} out of the rule "
                            f"({proviso.group(0).strip()!r}); the claim keeps the rule there ({m.group(0)!r})")
    return None


def absolute_conflict(claim: str, cited: str) -> str | None:
    """The qualification of ``cited`` that ``claim`` denies, as a verdict reason (``None``: none denied)."""
    absolute = _NO_EXCEPTION.search(claim)
    if absolute is not None and not _NAMES_EXCEPTION.search(claim):
        carved = _CARVED_OUT.search(cited)
        if carved is not None:
            return (f"exception mismatch: the source makes an exception ({carved.group(0).strip()!r}); "
                    f"the claim says there is none ({absolute.group(0)!r})")
    end = _NO_END.search(claim)
    if end is not None:
        bound = _BOUNDED.search(cited)
        if bound is not None:
            return (f"time mismatch: the source sets an end ({bound.group(0).strip()!r}); "
                    f"the claim says there is none ({end.group(0)!r})")
    uncapped = _NO_CAP.search(claim)
    if uncapped is not None:
        cap = _CAPPED.search(cited)
        if cap is not None:
            return (f"number mismatch: the source sets a ceiling ({cap.group(0).strip()!r}); "
                    f"the claim says there is none ({uncapped.group(0)!r})")
    kept_apart = _KEPT_APART.search(cited)
    if kept_apart is not None and _SAME.search(claim):
        return (f"negation mismatch: the source requires them to be told apart ({kept_apart.group(0)!r}); "
                f"the claim says they are the same")
    return None
