"""Which way a number binds: '3명 이상' and 'at least three' set a floor, '3명 이하', '7명 이내' and
'no more than seven' a ceiling.

The number checks compare the numbers a claim and its source state; this module compares the
direction of the limit around a number both state. '위원은 3명 이상으로 한다' turned into '3명 이하'
keeps every number and word of its source and says the opposite. Strictness is not compared
('more than' for 이상 is how people write), only the direction.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import combinations
from typing import Literal

from drafter.citations.analysis import ENGLISH_NUMBERS, find_numbers
from drafter.text.lazy_regex import lazy_compile

Direction = Literal["min", "max"]

_KO = lazy_compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:[가-힣]{1,6}\s*)?(이상|이하|초과|미만|이내|넘)(?![가-힣]*적)"
                   r"((?:하|해|을|는|게|지|어|서)?\s*(?:지\s*)?(?:아니|않|못|수\s*없)"
                   # '2회계연도를 초과하여 이월할 수 없다', '5년을 넘겨 연장할 수 없다': past the number, the act is barred
                   r"|(?:하여|해서|어|겨|어서|겨서)(?:까지|도|는)?\s+[가-힣]{1,8}?(?:할|될)\s*수(?:는|도)?\s*없)?")
_KO_DIRECTION: dict[str, Direction] = {"이상": "min", "초과": "min", "넘": "min", "이하": "max", "미만": "max", "이내": "max"}
_OTHER_WAY: dict[Direction, Direction] = {"min": "max", "max": "min"}
"""'100분의 10을 초과하지 아니하는 범위', '10퍼센트를 넘지 않는': a bound negated is a bound the other way."""

_NUMBER_WORDS = {"one": 1, **ENGLISH_NUMBERS, "twice": 2, "thrice": 3}
"""('longer than twice the period': 2배)"""
_NUM_EN = r"(\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + ")"
_EN_BEFORE: tuple[tuple[re.Pattern[str], Direction], ...] = (
    (lazy_compile(r"\b(?:at least|no less than|not less than|no fewer than|not fewer than|a minimum of|minimum of|"
                  r"(?<!no )(?<!not )(?:more|longer|greater|higher|older) than|over|(?<!not )exceeding|in excess of|"
                  r"upwards of)\s+" + _NUM_EN,
                  re.IGNORECASE), "min"),
    (lazy_compile(r"\b(?:at most|no more than|not more than|(?<!adds )(?<!add )(?<!added )(?<!adding )(?<!adds it )"
                  r"up to|a maximum of|maximum of|under|within|"  # ('adds up to fifteen years' totals them)
                  r"(?<!no )(?<!not )(?:less|fewer|shorter|lower|younger) than|not exceeding|no longer than|not longer than)"
                  r"\s+" + _NUM_EN, re.IGNORECASE), "max"),
)
_EN_AFTER: tuple[tuple[re.Pattern[str], Direction], ...] = (
    (lazy_compile(_NUM_EN + r"(?:[\s-]+[a-z]+){0,2}\s+or\s+(?:more|over|above|longer|older|higher)\b", re.IGNORECASE),
     "min"),
    (lazy_compile(_NUM_EN + r"(?:[\s-]+[a-z]+){0,2}\s+or\s+(?:less|fewer|below|under|shorter|younger|lower)\b",
                  re.IGNORECASE), "max"),
)
_EN_NEGATED = lazy_compile(r"\b(?:cannot|can't|can not|may not|must not|shall not|does not|do not|did not|will not|won't|"
                           r"is not|are not|never)\s+(?:[a-z]+\s+){0,3}?(more|over|less|fewer|longer|shorter|greater|lower)"
                           r"\s+than\s+" + _NUM_EN,
                           re.IGNORECASE)
"""'can't have more than seven members' bounds it the other way: at most seven."""


def _plain(number: str) -> str:
    number = number.lower()
    return str(_NUMBER_WORDS[number]) if number in _NUMBER_WORDS else number.replace(",", "").lstrip("0") or "0"


def limits(text: str) -> frozenset[tuple[str, Direction]]:
    """``(number, direction)`` for each number the text bounds ('3명 이상' → ('3', 'min'))."""
    out = {(_plain(m.group(1)), _OTHER_WAY[_KO_DIRECTION[m.group(2)]] if m.group(3) else _KO_DIRECTION[m.group(2)])
           for m in _KO.finditer(text)}
    for m in _EN_NEGATED.finditer(text):
        out.add((_plain(m.group(2)), "max" if m.group(1).lower() in ("more", "over", "longer", "greater") else "min"))
    text = _EN_NEGATED.sub(lambda m: " " * len(m.group(0)), text)
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


_KO_FRACTION = lazy_compile(r"(\d*\s*[백천만]|\d+)\s*분의\s*(\d+)")
"""'100분의 25', '1천분의 36' (a statute writes a thousand and ten thousand with 천 and 만)."""
_KO_MAGNITUDE = {"백": 100, "천": 1000, "만": 10000}


def _denominator(written: str) -> int:
    """'100' → 100, '1천' → 1000, '천' → 1000, '3만' → 30000."""
    written = written.replace(" ", "")
    if written[-1] in _KO_MAGNITUDE:
        return int(written[:-1] or 1) * _KO_MAGNITUDE[written[-1]]
    return int(written)


_KO_OVER_HALF = r"(?:절반|(?<!과)반수|(?<![가-힣])반)\s*(?:을|이)?\s*(?:넘는|넘은|초과하는|초과한)"
"""'재적위원의 절반을 넘는 인원': more than half, a majority (과반수), not half ('절반을 넘으면 안 된다' is a bound: half)."""
_KO_HALF = lazy_compile(r"(?:절반|(?<!과)반수)(?!\s*(?:을|이)?\s*(?:넘는|넘은|초과하는|초과한))")
_EN_FRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((lazy_compile(p, re.IGNORECASE), f) for p, f in (
    (r"\b(?:one|a)[- ]third\b(?![- ](?:part|person))", "1/3"), (r"\btwo[- ]thirds\b", "2/3"),
    (r"\b(?:one|a)[- ]quarter\b(?! of a year)", "1/4"), (r"\bthree[- ]quarters\b", "3/4"),
    # ('more than half' is a majority, 과반수: compared as such below, not as a share)
    (r"(?<!more than )(?<!over )\b(?:one[- ])?half\b(?=\s+(?:of|or more|or fewer|or less)\b)", "1/2"),
    (r"\b(?:at least|no less than|not less than|under|less than|up to|at most)\s+half\b", "1/2"),
))
_MAJORITY = lazy_compile(r"과반|\bmajority\b|\bmore than half\b|" + _KO_OVER_HALF, re.IGNORECASE)
_AT_LEAST_HALF = lazy_compile(r"(?:2분의\s*1|절반|(?<!과)반수)\s*이상|\b(?:at least|no less than|not less than)\s+(?:one[- ])?half\b|"
                              r"\bhalf\s+or\s+more\b", re.IGNORECASE)


_PERCENT = lazy_compile(r"(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|\s?percent\b|\s?per cent\b)", re.IGNORECASE)


def _reduced(numerator: str | int, denominator: str | int) -> str:
    value = Fraction(int(numerator), int(denominator))
    return f"{value.numerator}/{value.denominator}"


def fractions(text: str) -> frozenset[str]:
    """The shares a text states, reduced, as 'numerator/denominator' ('3분의 2', 'two-thirds' → '2/3';
    '100분의 25', '25%', 'a quarter' → '1/4')."""
    out = {_reduced(m.group(2), _denominator(m.group(1))) for m in _KO_FRACTION.finditer(text)
           if _denominator(m.group(1))}
    out |= {_reduced(round(float(m.group(1)) * 100), 10000) for m in _PERCENT.finditer(text)}
    if _KO_HALF.search(text):
        out.add("1/2")
    out |= {share for pattern, share in _EN_FRACTIONS if pattern.search(text)}
    return frozenset(out)


def share_numbers(claim: str, source: str) -> frozenset[str]:
    """The numbers that write a share of the claim the source states in other numbers ('4분의 1' for
    '100분의 25', '25 percent' for '100분의 25'): they are not numbers the source lacks."""
    theirs = fractions(source)
    out: set[str] = set()
    for m in _KO_FRACTION.finditer(claim):
        if _denominator(m.group(1)) and _reduced(m.group(2), _denominator(m.group(1))) in theirs:
            out |= {str(_denominator(m.group(1))), m.group(1).replace(" ", "").lstrip("0") or "0",
                    m.group(2).lstrip("0") or "0"}
    for m in _PERCENT.finditer(claim):
        if _reduced(round(float(m.group(1)) * 100), 10000) in theirs:  # ('3.6퍼센트' for '1천분의 36')
            out.add(m.group(1).lstrip("0") or "0")
    for pattern, share in _EN_FRACTIONS:
        if share in theirs and pattern.search(claim):
            out.add(share.split("/")[1])  # 'a quarter' counts 4 (:func:`find_numbers` reads its denominator)
    return frozenset(out)


def share_mismatch(claim: str, source: str) -> str | None:
    """A share the source does not state ('3분의 1' where it says '2분의 1'), or a quorum said the other
    way: a majority (과반수) is more than half, not 'at least half' (2분의 1 이상), and the reverse."""
    theirs = fractions(source)
    extra = sorted(fractions(claim) - theirs)
    if extra and (theirs or _MAJORITY.search(source)):
        return f"number mismatch: the share {', '.join(extra)} is not in the source"
    if _AT_LEAST_HALF.search(claim) and _MAJORITY.search(source) and not _AT_LEAST_HALF.search(source):
        return "number mismatch: the claim says at least half; the source says a majority (more than half)"
    if _MAJORITY.search(claim) and _AT_LEAST_HALF.search(source) and not _MAJORITY.search(source):
        return "number mismatch: the claim says a majority; the source says at least half"
    if _MAJORITY.search(claim) and theirs and not _MAJORITY.search(source) and not fractions(claim):
        # '과반수 의결' where the source requires '3분의 2 이상의 의결', '3분의 1 이상이 요청하면'
        return f"number mismatch: the claim says a majority; the source says {', '.join(sorted(theirs))}"
    return None


_YEARS_MONTHS_KO = lazy_compile(r"(?<!\d)(\d+)\s*년\s*(\d+)\s*개월")
"""A period in years and months ('6년 6개월'): its months are part of the number."""


def _years_alone(claim: str, years: int, months: int) -> bool:
    """Does the claim give the period as whole years, its months dropped ('6년 이상', 'six years')?"""
    korean = re.search(rf"(?<!\d){years}\s*년(?!\s*(?:\d+\s*개월|반))", claim)
    if korean and not re.search(rf"(?<!\d){months}\s*개월", claim):
        return True
    words = [w for w, n in _NUMBER_WORDS.items() if n == years] + [str(years)]
    english = re.search(rf"\b(?:{'|'.join(words)})(?:-|\s+)years?\b(?!\s+and\s+(?:a\s+half|\w+\s+months?))", claim,
                        re.IGNORECASE)
    half = months == 6 and re.search(rf"\b(?:{'|'.join(words)})\s+and\s+a\s+half\b", claim, re.IGNORECASE)
    return bool(english) and not half and not re.search(r"\bmonths?\b", claim, re.IGNORECASE)


def period_cut(claim: str, source: str) -> str | None:
    """'6년 이상 근속했으면 된다' against '6년 6개월 이상 근속자': a period stated without the months its source adds."""
    for m in _YEARS_MONTHS_KO.finditer(source):
        years, months = int(m.group(1)), int(m.group(2))
        if _years_alone(claim, years, months):
            return f"number mismatch: the source says {m.group(0)}; the claim drops the {months}개월"
    return None


_MONTHS_STATED = lazy_compile(r"(?<![\d.,])(\d+)\s*(?:개월|달)|\b(\d+|" + "|".join(ENGLISH_NUMBERS) + r")[- ]months?\b",
                              re.IGNORECASE)
_YEARS_STATED = lazy_compile(r"(?<![\d.,])(\d{1,2})\s*년(?!\s*(?:도|대|생))(?:\s*(\d+)\s*개월)?"
                             r"|\b(\d{1,2}|one|" + "|".join(ENGLISH_NUMBERS) + r")[- ]years?\b(?:\s+and\s+(\d+|"
                             + "|".join(ENGLISH_NUMBERS) + r")\s+months?\b)?", re.IGNORECASE)


def _count(word: str | None) -> int:
    if not word:
        return 0
    return int(word) if word.isdigit() else 1 if word.lower() == "one" else ENGLISH_NUMBERS[word.lower()]


def _months(text: str) -> set[int]:
    return {_count(m.group(1) or m.group(2)) for m in _MONTHS_STATED.finditer(text)}


def _years(text: str) -> dict[int, int]:
    """{the period in months: its number of years} for each period stated in years ('6년 6개월' → {78: 6})."""
    out: dict[int, int] = {}
    for m in _YEARS_STATED.finditer(text):
        years = _count(m.group(1) or m.group(3))
        out[12 * years + _count(m.group(2) or m.group(4))] = years
    return out


_ABOUT = lazy_compile(r"약|즉|대략|쯤|정도|남짓|\b(?:about|roughly|around|approximately|some|nearly|i\.e\.|that\s+is)\b", re.IGNORECASE)
_DAYS_STATED = lazy_compile(r"(?<![\d.,])(\d+)\s*일(?!\s*(?:부터|자|까지))|\b(\d+)\s+days?\b", re.IGNORECASE)


def periods_in_other_units(claim: str, source: str) -> frozenset[str]:
    """The numbers of the claim that state a period of the source in other units: '78개월' or '78 months' for
    '6년 6개월', '24개월' for '2년', '2년' for '24개월'. They are not numbers the source lacks; another period
    ('72개월' for '6년 6개월') still is."""
    theirs_in_years = _years(source)
    out = {str(n) for n in _months(claim) if n in theirs_in_years}
    theirs_in_months = _months(source)
    out |= {str(years) for in_months, years in _years(claim).items() if in_months in theirs_in_months and years}
    if _ABOUT.search(claim):  # '60일, 즉 약 두 달': a period in days, said roughly in months
        days = {int(m.group(1) or m.group(2)) for m in _DAYS_STATED.finditer(source)}
        out |= {str(n) for n in _months(claim) if n and 30 * n in days}
    return frozenset(out)


_DIFFERENCE_CUE = lazy_compile(r"짧|길|많|적|차이|늦|빠르|빨리|뒤|후|지나|\b(?:after|later|longer|shorter|more|fewer|less|earlier|"
                               r"before|apart|gap|difference|older|younger|within|on)\b", re.IGNORECASE)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH_NAME = lazy_compile(r"\b(" + "|".join(_MONTH_NAMES) + r")\b", re.IGNORECASE)


def _stated_values(text: str) -> set[int]:
    """The numbers a text writes, with its months by name ('September 2022' is 9 and 2022)."""
    values = {int(n) for n in find_numbers(text) if n.isdigit()}
    values |= {_MONTH_NAMES.index(m.group(1).lower()) + 1 for m in _MONTH_NAME.finditer(text)
               if m.group(1) != "may"}  # (in lower case, 'may' is the modal verb)
    return values


def differences_stated(claim: str, source: str) -> frozenset[str]:
    """Numbers the claim works out as the gap between two numbers it states and the source states too: '치안감
    4년, 경무관 6년보다 2년 짧다', 'September 2022, four months after May', 'due in 2026, two years after 2024'. A gap
    between numbers the source lacks is no excuse: each of those is a mismatch of its own."""
    if not _DIFFERENCE_CUE.search(claim):
        return frozenset()
    both = sorted(_stated_values(claim) & _stated_values(source))
    gaps = {b - a for i, a in enumerate(both) for b in both[i + 1:]}
    return frozenset(str(n) for n in find_numbers(claim) if n.isdigit() and int(n) in gaps and n not in find_numbers(source))


_EACH = lazy_compile(r"씩|\b(?:each|apiece)\b", re.IGNORECASE)
"""So many from each ('2명씩', 'two each')."""
_TOTAL_CUE = lazy_compile(
    r"모두|합하|합치|합친|합해|합쳐|더하|더한|더해|도합|총\s*\d|전체|최대|최장|많아야|나머지|빼면|뺀|제외한|"
    r"\b(?:in\s+total|a\s+total\s+of|total(?:s|ling|ing)?|altogether|combined|together|all\s+told|at\s+most|"
    r"up\s+to|plus|remaining|the\s+rest|the\s+other|less|minus|leaving)\b|\w:\s|\s[—–]\s", re.IGNORECASE)
"""A claim that works a number out: a total of its parts ('모두 합하면 4명', 'a total of 78 posts: 6 … and 72 …'), or
what is left ('나머지 6명', 'the remaining six'), or parts listed after a colon or a dash."""
_NATIVE_MENTION = lazy_compile(r"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스물|스무)\s*(?:명(?!하|령|칭|시|단|예)|개|사람|곳|자리|차례|번|가지|계급|해)")
_NATIVE_VALUES = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
                  "스물": 20, "스무": 20}


def _mentions(text: str) -> list[int]:
    """Every whole number the text writes, as often as it writes it ('two … and two …' is [2, 2])."""
    found = [int(n) for n in re.findall(r"(?<![\d.,])\d{1,5}(?![\d.,]\d)", text)]
    found += [_NATIVE_VALUES[m.group(1)] for m in _NATIVE_MENTION.finditer(text)]
    found += [ENGLISH_NUMBERS[w.lower()] for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH_NUMBERS]
    return found


def worked_out_numbers(claim: str, source: str) -> frozenset[str]:
    """Numbers the claim works out from parts it states and the source confirms: '서울에 3명, 제주에 1명이 있어 모두
    합하면 4명', '국회의장 추천 4명과 대통령 위촉 17명 … 많아야 21명', '7명 가운데 상임은 1명, 나머지 6명', 'two put
    forward by the council and two by the superintendent: four nominees'. A part the source lacks is itself a
    number mismatch, and a total its parts do not make is one too."""
    if not _TOTAL_CUE.search(claim) and not _EACH.search(claim):
        return frozenset()
    theirs = find_numbers(source)
    mentions = _mentions(claim)
    parts = [n for n in mentions if str(n) in theirs][:12]
    if not parts or (len(parts) < 2 and not _EACH.search(claim)):
        return frozenset()
    sums: set[int] = set()
    for size in range(2, min(4, len(parts)) + 1):
        sums |= {sum(c) for c in combinations(parts, size)}
    differences = {a - sum(c) for i, a in enumerate(parts)
                   for size in range(1, min(3, len(parts) - 1) + 1)
                   for c in combinations(parts[:i] + parts[i + 1:], size) if a - sum(c) > 0}
    if _EACH.search(claim):  # '시의회와 교육감이 2명씩 추천한 4명': so many from each of two or three
        sums |= {a * k for a in parts for k in (2, 3)}
    return frozenset(str(n) for n in mentions if str(n) not in theirs and (n in sums or n in differences))


_TIME_BAR_KO = lazy_compile(r"(?:지나|경과하)면\s+(?:[^\s.]+\s+){0,2}?(?:하지\s*못한|할\s*수\s*없)")
"""'징계의결등의 요구는 … 기간이 지나면 하지 못한다': a time bar, i.e. the act may be done until the period ends."""
_UNTIL_KO = lazy_compile(r"(?:지나기|경과하기|끝나기|만료되기)\s*전|이내|안에|안으로|안이(?:면|라면)|내에|까지")
_UNTIL_EN = lazy_compile(r"\b(?:up\s+to|within|until|till|before|no\s+later\s+than|by\s+the\s+end\s+of)\b", re.IGNORECASE)
_PAST_THE_BAR = lazy_compile(r"지나도|지나서도|지나야|지난\s*(?:후|뒤|다음)|경과하여도|경과한\s*(?:후|뒤)|이후에도|"
                             r"\b(?:even|only|long)\s+after\b|\bonce\b|\bafter\s+(?:the\s+)?(?:\S+\s+){0,4}?"
                             r"(?:has|have)\s+(?:passed|elapsed|expired|run\s+out|lapsed)\b", re.IGNORECASE)
"""'10년이 지나도 요구할 수 있다', 'even after ten years': the permission said past the bar, not up to it."""


_BARRED_PERIOD_KO = r"(?:할\s*수\s*있는|의)?\s*(?:시효|기한|제척기간)"


def names_the_bar(claim: str, act: str, passage: str) -> bool:
    """A Korean claim that names the period an act is barred after ('징계의결 요구 시효는 10년이다') where its source bars
    the act once that period has passed ('요구는 … 기간이 지나면 하지 못한다'): the act is the bar's, not denied."""
    return bool(_TIME_BAR_KO.search(passage)) and bool(re.search(re.escape(act) + _BARRED_PERIOD_KO, claim))


def permitted_until_bar(claim: str, lang: str, passage: str) -> bool:
    """A claim's 'may, up to the deadline' ('10년이 지나기 전까지 요구할 수 있다', 'can be requested up to ten years
    after') where its source bars the act once a period has passed ('… 기간이 지나면 하지 못한다'): the permission the
    claim states is what the bar leaves (which period, the number checks judge)."""
    until = _UNTIL_KO if lang == "ko" else _UNTIL_EN
    return bool(_TIME_BAR_KO.search(passage)) and bool(until.search(claim)) and not _PAST_THE_BAR.search(claim)
