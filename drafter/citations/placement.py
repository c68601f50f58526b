"""Where a Korean claim's numbers and bodies stand, against where its source has them.

Two one-change flips pass the set-based checks of :mod:`drafter.citations.support`:

- a number moved to another place of the same sentence ('… 5년 이내로 하되, … 5년의 범위에서 연장'
  where the source extends by 3년): both of the claim's numbers occur in the source, but the second
  one next to other words. :func:`number_binding_conflict` compares the words next to each number
  (its unit's noun phrase, the predicate it modifies) in the claim and in the source;
- an office or body the source does not name, in the place the source names another ('부위원장이 그
  직무를 대행한다' where the source's deputy is '위원장이 미리 지정한 위원'):
  :func:`office_slot_conflict`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.text.tokenizer import get_kiwi

_DATE = r"\d+\s*년\s*\d+\s*월(?:\s*\d+\s*일)?"
_NUMBER_KO = re.compile(
    rf"(?P<date>{_DATE})|(?P<frac>\d+)\s*분의\s*(?P<of>\d+)|(?P<maj>과반수)|"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>개월|년|월|일|명|회|세|개|시간|주일|주|퍼센트|%|배|만원|억원|원)(?![가-힣]{0,1}[조항호])")
"""A quantity of a Korean text with its unit: 5년, 3분의 2, 과반수, 30일 (a date counts as one)."""

_CONTENT = frozenset({"NNG", "NNP", "VV", "VA", "XR", "VV-R", "VA-R", "VV-I", "VA-I"})
_STOP = frozenset({"하", "되", "있", "없", "수", "것", "등", "이", "그", "따르", "정하", "제", "같", "해당", "경우", "때"})
_BOUNDARY_TAGS = frozenset({"JC", "SP", "SF", "SS", "SSO", "SSC", "EC"})
"""Where a number's phrase ends: '출석과 | 출석위원 과반수', '이내로 하되, | …'."""


def _key(m: re.Match[str]) -> str:
    if m.group("date"):
        return re.sub(r"\s+", "", m.group("date"))
    if m.group("frac"):
        return f"{m.group('frac')}분의{m.group('of')}"
    if m.group("maj"):
        return "과반수"
    unit = m.group("unit")
    return f"{m.group('n')}{'개월' if unit == '월' else unit}"


@lru_cache(maxsize=4096)
def _units(text: str) -> tuple[tuple[str, int, int, int], ...]:
    """Content words of ``text`` as (form, start, end, boundary-before): adjacent nouns joined
    ('출석위원'), a boundary (coordination, comma, connective ending) counted before each word."""
    out: list[list] = []
    boundary = 0
    for t in get_kiwi().tokenize(text):
        if t.tag in _BOUNDARY_TAGS:
            boundary += 1
            continue
        if t.tag not in _CONTENT or t.form in _STOP:
            continue
        if out and t.tag in ("NNG", "NNP") and out[-1][4] and out[-1][2] == t.start and out[-1][3] == boundary:
            out[-1][0] += t.form  # a compound noun: 출석+위원
            out[-1][2] = t.start + t.len
            continue
        out.append([t.form, t.start, t.start + t.len, boundary, t.tag in ("NNG", "NNP")])
    return tuple((f, s, e, b) for f, s, e, b, _ in out)


def _neighbours(text: str, start: int, end: int, reach: int = 2) -> set[str]:
    """Up to ``reach`` content words on each side of the span, within its phrase."""
    units = _units(text)
    left = [u for u in units if u[2] <= start]
    right = [u for u in units if u[1] >= end]
    # the phrase: no coordination or comma between the number and the word
    found = {u[0] for u in left[::-1][:reach] if _no_boundary(text, u[2], start)}
    found |= {u[0] for u in right[:reach] if _no_boundary(text, end, u[1])}
    return found


_SPAN_BOUNDARY = re.compile(r"[,;]|(?<=[가-힣])[과와](?=\s)|\s및\s|\s또는\s|(?<=[가-힣])(?:하되|하며|하고|으며|이며)(?=[\s,])")


def _no_boundary(text: str, a: int, b: int) -> bool:
    return not _SPAN_BOUNDARY.search(text, a, b)


def _near(text: str, start: int, end: int, words: set[str], reach: int = 12) -> bool:
    """Does one of ``words`` stand in the surface text of the number's phrase (Kiwi may split a
    word the claim has whole: '시보(試補)로')?"""
    left = text[max(0, start - reach) : start]
    cut = list(_SPAN_BOUNDARY.finditer(text, max(0, start - reach), start))
    if cut:
        left = text[cut[-1].end() : start]
    right = text[end : end + reach]
    stop = _SPAN_BOUNDARY.search(text, end, end + reach)
    if stop:
        right = text[end : stop.start()]
    eojeols = re.sub(r"\([^)]*\)", "", f"{left} {right}").split()
    return any(len(w) >= 2 and e.startswith(w) and e[len(w):] in _PARTICLES for w in words for e in eojeols)


_PARTICLES = frozenset({"", "은", "는", "이", "가", "을", "를", "의", "에", "로", "으로", "에서", "와", "과", "도", "만", "에게",
                        "간", "이다", "으로서", "로서", "까지", "부터"})


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)))


def _quantities(text: str) -> list[tuple[str, int, int]]:
    return [(_key(m), m.start(), m.end()) for m in _NUMBER_KO.finditer(text)]


def number_binding_conflict(claim: str, source: str) -> str | None:
    """A quantity of the claim that the source has only next to other words ('5년의 범위에서 연장' where
    the source extends by '3년의 범위에서' and has its 5년 next to '이내로 하되'): None when each
    quantity the source has stands, somewhere in it, next to at least one of the claim's neighbours
    of it, or when the source has none of those neighbours at all (a paraphrase in other words)."""
    theirs = _quantities(source)
    squashed = re.sub(r"\s+", "", source)
    for key, start, end in _quantities(claim):
        places = [(s, e) for k, s, e in theirs if k == key]
        if not places:
            continue  # not in the source: the number check's business
        mine = _neighbours(claim, start, end)
        known = {w for w in mine if w in squashed}
        if not known:
            continue  # the claim says it in its own words: nothing to compare
        if any(not _neighbours(source, s, e) or _near(source, s, e, mine)
               or any(_same_word(w, x) for x in _neighbours(source, s, e) for w in mine) for s, e in places):
            continue  # (a number standing alone in its phrase, '… 불구하고 18명으로 한다', contradicts nothing)
        at = ", ".join(sorted({x for s, e in places for x in _neighbours(source, s, e)})) or "other words"
        return (f"number mismatch: the source has {key} next to {at}, "
                f"not next to {', '.join(sorted(known))} as the claim does")
    return None


_OFFICE_END = ("부위원장|위원장|장관|차관|청장|학장|총장|소장|원장|서장|본부장|단장|국장|실장|처장|관장|교육감|부지사|지사|"
               "시장|군수|구청장|의장|이사장|위원회|의회")
_OFFICE = re.compile(rf"(?<![가-힣ㆍ])([가-힣ㆍ]*(?:{_OFFICE_END}))(은|는|이|가|께서|의|에게|을|를|과|와|으로|로)(?=\s)")
"""A Korean office or body by its ending (교육부장관, 경찰대학장, 부위원장, 도교육감, 심사위원회) with its particle."""
_SLOT = re.compile(r"(?<![가-힣ㆍ])([가-힣ㆍ]{2,})(은|는|이|가|께서|의|에게|을|를|과|와|으로|로)(?=\s)")
_ROLE = {"은": "subj", "는": "subj", "이": "subj", "가": "subj", "께서": "subj", "의": "gen", "에게": "dat",
         "을": "obj", "를": "obj", "과": "with", "와": "with", "으로": "ins", "로": "ins"}


def _stem(eojeol: str) -> str:
    word = re.sub(r"[^가-힣ㆍ]", "", eojeol)
    for size in (3, 2, 1):
        if len(word) > size + 1 and word[-size:] in _PARTICLES:
            return word[:-size]
    return word


def _following(text: str, end: int, count: int = 3) -> list[str]:
    """The stems of the next ``count`` words after ``end`` within the sentence."""
    rest = re.split(r"[.;]", text[end:], maxsplit=1)[0]
    words = [w for w in rest.split() if w not in ("그", "이", "해당", "당해", "각")]  # determiners
    return [_stem(w) for w in words[:count]]


def _alike(a: str, b: str) -> bool:
    return len(a) >= 2 and len(b) >= 2 and (
        a == b or a.endswith(b) or b.endswith(a) or (len(a) >= 3 and len(b) >= 3 and a[:2] == b[:2]))


def _same_slot(mine: list[str], theirs: list[str]) -> bool:
    """The word right after one of them is among the first two after the other ('…의 승인을 받아')."""
    return bool(mine and theirs) and (any(_alike(mine[0], b) for b in theirs[:2])
                                      or any(_alike(a, theirs[0]) for a in mine[:2]))


def office_slot_conflict(claim: str, passage: str, cited: str = "") -> str | None:
    """An office or body the claim names and the cited text does not, where the source names another in
    the same role: '부위원장이 그 직무를 대행한다' where the source says '… 지정한 위원이 그 직무를 대행한다',
    '교육부장관의 승인을 받아' where it says '도교육감의 승인을 받아'. An office named by its organisation
    matches the source's short title when the organisation is in the text or its heading ('연구소장' =
    '소장' of 치안정책연구소); a body the source names by another form or by its defined abbreviation
    (one entity of the lexicon) matches."""
    from drafter.citations.analysis import find_entities

    whole = f"{passage}\n{cited}"
    squashed = re.sub(r"\s+", "", whole)
    named = find_entities(whole)
    for m in _OFFICE.finditer(claim):
        office, role = m.group(1), _ROLE[m.group(2)]
        if re.sub(r"\s+", "", office) in squashed:
            continue
        keys = find_entities(office)
        if keys and keys <= named:
            continue
        after = _following(claim, m.end())
        for s in _SLOT.finditer(passage):
            other = s.group(1)
            if _ROLE[s.group(2)] != role or other == office or not _same_slot(after, _following(passage, s.end())):
                continue
            prefix = office[: -len(other)] if office.endswith(other) else ""
            if len(prefix) >= 2 and (prefix in squashed or len(other) >= 3):
                continue  # '연구소장' for the 소장 of the 연구소 the heading names; '제주도교육감' for '도교육감'
            return f"body mismatch: the source names {other}, not {office}, in this role"
    return None
