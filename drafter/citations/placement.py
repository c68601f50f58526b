"""Where a Korean claim's numbers and bodies stand, against where its source has them.

One-change flips that pass the set-based checks of :mod:`drafter.citations.support`:

- a number moved to another place of the same sentence ('… 5년 이내로 하되, … 5년의 범위에서 연장'
  where the source extends by 3년): both of the claim's numbers occur in the source, but the second
  one next to other words. :func:`number_binding_conflict` compares the words next to each number
  (its unit's noun phrase, the predicate it modifies) in the claim and in the source;
- an office or body the source does not name, in the place the source names another ('부위원장이 그
  직무를 대행한다' where the source's deputy is '위원장이 미리 지정한 위원'):
  :func:`office_slot_conflict`;
- an office placed under another body than the source's ('경찰청 차장 밑에 인권감사관을 둔다' where the
  source puts it '경찰청장 밑에'): :func:`placed_under_conflict`;
- a chair the members elect from among themselves (호선) said to be chosen by another body ('위원장은
  시ㆍ도지사가 지명한다'): :func:`elected_chair_conflict`;
- a value of a list given to another of its topics ('제주특별자치도경찰청 차장은 치안감으로' where the source
  says '서울특별시경찰청 차장은 치안감으로, 제주특별자치도경찰청 차장은 경무관으로'): :func:`topic_value_conflict`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.citations.analysis import find_entities
from drafter.text.lazy_regex import lazy_compile
from drafter.text.places import places
from drafter.text.tokenizer import get_kiwi

_DATE = r"\d+\s*년\s*\d+\s*월(?:\s*\d+\s*일)?"
_NUMBER_KO = lazy_compile(
    rf"(?P<date>{_DATE})|(?P<frac>\d+)\s*분의\s*(?P<of>\d+)|(?P<maj>과반수)|"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>개월|년|월|일|명|회|세|개|시간|주일|주|퍼센트|%|배|만원|억원|원)(?![가-힣]{0,1}[조항호])")
"""A quantity of a Korean text with its unit: 5년, 3분의 2, 과반수, 30일 (a date counts as one)."""

_CONTENT = frozenset({"NNG", "NNP", "VV", "VA", "XR", "VV-R", "VA-R", "VV-I", "VA-I"})
_STOP = frozenset({"하", "되", "있", "없", "수", "것", "등", "이", "그", "따르", "정하", "제", "같", "해당", "경우", "때",
                   "범위"})  # ('2년의 범위에서 연장': 범위 only says 'within'; the verb says which period it is)

def _key(m: re.Match[str]) -> str:
    if m.group("date"):
        return re.sub(r"\s+", "", m.group("date"))
    if m.group("frac"):
        return f"{m.group('frac')}분의{m.group('of')}"
    if m.group("maj"):
        return "과반수"
    unit = m.group("unit")
    return f"{m.group('n')}{'개월' if unit == '월' else unit}"


_AFTER_NUMBER = frozenset({"이상", "이하", "이내", "미만", "초과", "이후", "이전", "동안", "전", "후"})
"""Bound to the number before them: '30분의 1 이상' is not '이상 30분의 1'."""


@lru_cache(maxsize=4096)
def _units(text: str) -> tuple[tuple[str, int, int, bool], ...]:
    """Content words of ``text`` as (form, start, end, one-sided): adjacent nouns joined ('출석위원');
    one-sided: a verb, a noun made one by 하다/되다 ('포함하여'), or 이상/이내 …, which are next to a
    number on one side only."""
    out: list[list] = []
    for t in get_kiwi().tokenize(text):
        if t.tag in ("XSV", "XSA") and out and out[-1][2] == t.start:
            out[-1][3] = True
            continue
        if t.tag not in _CONTENT or t.form in _STOP:
            continue
        noun = t.tag in ("NNG", "NNP")
        if out and noun and out[-1][4] and out[-1][2] == t.start:
            out[-1][0] += t.form  # a compound noun: 출석+위원
            out[-1][2] = t.start + t.len
            continue
        out.append([t.form, t.start, t.start + t.len, not noun or t.form in _AFTER_NUMBER, noun])
    return tuple((f, s, e, v) for f, s, e, v, _ in out)


class _Side:
    """A number's neighbours: up to two content words on each side within its phrase (no comma,
    coordination, connective or other number between)."""

    def __init__(self, text: str, start: int, end: int, reach: int = 2) -> None:
        units = _units(text)
        self.left = [u for u in units[::-1] if u[2] <= start and _no_boundary(text, u[2], start)][:reach]
        self.right = [u for u in units if u[1] >= end and _no_boundary(text, end, u[1])][:reach]
        self.text, self.start, self.end = text, start, end

    def words(self) -> set[str]:
        return {u[0] for u in (*self.left, *self.right)}

    def shares(self, other: _Side) -> bool:
        """A word next to the number in both, on the same side, or on either side for a noun
        ('임기는 3년' = '3년 임기'; not '1명을 포함하여 …' = '… 포함하여 1명'); on the same side a
        compound counts by either part ('휴직은 5년' = '휴직기간은 5년')."""
        for mine, same, across in ((self.left, other.left, other.right), (self.right, other.right, other.left)):
            for w, _, _, verbal in mine:
                if any(_same_word(w, x[0]) or _same_word(w[::-1], x[0][::-1]) for x in same) or (
                        not verbal and any(_same_word(w, x[0]) and not x[3] for x in across)):
                    return True
        return False

    def near(self, other: _Side, reach: int = 12) -> bool:
        """Does one of this side's words stand in the surface text of ``other``'s phrase (Kiwi may split a
        word the claim has whole: '시보(試補)로')?"""
        text, start, end = other.text, other.start, other.end
        cut = list(_SPAN_BOUNDARY.finditer(text, max(0, start - reach), start))
        left = text[cut[-1].end() if cut else max(0, start - reach) : start]
        stop = _SPAN_BOUNDARY.search(text, end, end + reach)
        right = text[end : stop.start() if stop else end + reach]
        for phrase, same, across in ((left, self.left, self.right), (right, self.right, self.left)):
            words = {u[0] for u in same} | {u[0] for u in across if not u[3]}
            eojeols = re.sub(r"\([^)]*\)", "", phrase).split()
            if any(len(w) >= 2 and e.startswith(w) and e[len(w):] in _PARTICLES for w in words for e in eojeols):
                return True
        return False


_PARTICLES = frozenset({"", "은", "는", "이", "가", "을", "를", "의", "에", "로", "으로", "에서", "와", "과", "도", "만", "에게",
                        "간", "이다", "으로서", "로서", "까지", "부터"})
_SPAN_BOUNDARY = lazy_compile(r"[,;]|\d|과반수|(?<=[가-힣])[과와](?=\s)|\s및\s|\s또는\s|"
                              r"(?<=[가-힣])(?:하되|하며|하고|으며|이며)(?=[\s,])")


def _no_boundary(text: str, a: int, b: int) -> bool:
    return not _SPAN_BOUNDARY.search(text, a, b)


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)))


def _quantities(text: str) -> list[tuple[str, int, int]]:
    return [(_key(m), m.start(), m.end()) for m in _NUMBER_KO.finditer(text)]


def number_binding_conflict(claim: str, source: str) -> str | None:
    """A quantity of the claim put where the source has another one ('5년의 범위에서 연장' where the source
    extends by '3년의 범위에서' and has its 5년 next to '이내로 하되'). None when the source has the
    quantity, somewhere, next to one of the claim's neighbours of it, or stands it alone in its phrase,
    or has none of those neighbours next to another quantity of the same kind (a paraphrase in other
    words: '휴직은 최대 5년' for '휴직기간은 … 5년 이내')."""
    theirs = _quantities(source)
    squashed = re.sub(r"\s+", "", source)
    for key, start, end in _quantities(claim):
        places = [_Side(source, s, e) for k, s, e in theirs if k == key]
        if not places:
            continue  # not in the source: the number check's business
        mine = _Side(claim, start, end)
        known = {w for w in mine.words() if w in squashed}
        if not known:
            continue  # the claim says it in its own words: nothing to compare
        if any(not place.words() or mine.shares(place) or mine.near(place) for place in places):
            continue  # (a number standing alone in its phrase, '… 불구하고 18명으로 한다', contradicts nothing)
        rivals = [k for k, s, e in theirs if k != key and _kind(k) == _kind(key)
                  and (mine.shares(rival := _Side(source, s, e)) or mine.near(rival))]
        if not rivals:
            continue  # its words are elsewhere in the source, but next to no other number: a paraphrase
        at = ", ".join(sorted({w for place in places for w in place.words()}))
        return (f"number mismatch: next to {', '.join(sorted(known))} the source has {rivals[0]}, not {key} "
                f"(its {key} is next to {at})")
    return None


_GRADE = lazy_compile(r"(?<![\d.])(\d+)\s*급(?![가-힣])")
_PARENTHETICAL = lazy_compile(r"\([^()]*\)")
_SEGMENT_BREAK = lazy_compile(r"[,;]|(?<=[다.])\s|(?<=[가-힣])(?:하되|하며|하고|으며|이며|이고)(?=\s)")


def _segments(text: str) -> list[set[str]]:
    """The quantities of each comma-delimited segment of ``text`` (parentheses left out): '5급 …은 1년, 6급 이하 …은
    6개월' is two segments, {5급, 1년} and {6급, 6개월}."""
    bare = text
    while _PARENTHETICAL.search(bare):
        bare = _PARENTHETICAL.sub(" ", bare)
    return [{k for k, _, _ in _quantities(part)} | {f"{m.group(1)}급" for m in _GRADE.finditer(part)}
            for part in _SEGMENT_BREAK.split(bare)]


def number_pairing_conflict(claim: str, source: str) -> str | None:
    """Two quantities of the claim that the source pairs crosswise ('6급 이하 … 1년' where the source says '5급 …
    1년, 6급 이하 … 6개월'): the source never has them in one segment, and has each next to another quantity of
    the other's kind."""
    def kind(key: str) -> str:
        measure = _kind(key)
        return "period" if measure in ("년", "개월", "일", "주", "주일", "시간") else measure

    theirs = _segments(source)
    if len(theirs) < 2:
        return None
    every = set().union(*theirs)
    for part in _segments(claim):
        for a in sorted(part & every):
            for b in sorted(part & every):
                if a >= b or kind(a) == kind(b) or any(a in seg and b in seg for seg in theirs):
                    continue
                with_a = {x for seg in theirs if a in seg for x in seg if kind(x) == kind(b) and x != b}
                with_b = {x for seg in theirs if b in seg for x in seg if kind(x) == kind(a) and x != a}
                if with_a and with_b:
                    return (f"number mismatch: the source pairs {a} with {sorted(with_a)[0]} and {b} with "
                            f"{sorted(with_b)[0]}, not {a} with {b}")
    return None


_NOT_BODIES = frozenset({"조례", "대통령령", "총리령", "행정안전부령", "부령"})
"""Entities that are instruments, not bodies that recommend or act."""


def _body_segments(text: str) -> list[tuple[set[str], set[str]]]:
    """Each segment's quantities and the bodies it names ('3명은 도의회가 추천한 사람을' → {3명}, {시ㆍ도의회})."""
    bare = text
    while _PARENTHETICAL.search(bare):
        bare = _PARENTHETICAL.sub(" ", bare)
    return [({k for k, _, _ in _quantities(part)}, set(find_entities(part)) - _NOT_BODIES)
            for part in _SEGMENT_BREAK.split(bare)]


def quantity_body_conflict(claim: str, source: str) -> str | None:
    """A count the claim gives to one body where the source gives it to another ('3명은 도교육감이, 1명은
    도의회가 추천한' where the source says '3명은 도의회가 추천한 사람을, 1명은 도교육감이 추천한 사람을'): a claim
    segment with one count and one body, which no source segment pairs, while the source pairs that count
    with another body and that body with another count."""
    def kin(a: str, b: str) -> bool:  # '시ㆍ도경찰청' and its head '시ㆍ도경찰청장' are one body here
        return a.startswith(b) or b.startswith(a)

    theirs = [seg for seg in _body_segments(source) if seg[0] and seg[1]]
    if len(theirs) < 2:
        return None
    for counts, bodies in _body_segments(claim):
        if len(counts) != 1 or len(bodies) != 1:
            continue
        (count,), (body,) = counts, bodies
        if any(count in c and any(kin(body, x) for x in b) for c, b in theirs):
            continue
        with_count = sorted(x for c, b in theirs if count in c for x in b if not kin(x, body))
        with_body = sorted(x for c, b in theirs if any(kin(body, y) for y in b) for x in c
                           if x != count and _kind(x) == _kind(count))
        if with_count and with_body:
            return (f"body mismatch: the source gives {count} to {with_count[0]} and {with_body[0]} to {body}, "
                    f"not {count} to {body}")
    return None


_TOPIC = lazy_compile(r"([가-힣ㆍ]+(?:에\s*관한\s*[가-힣ㆍ]+)?)에\s*(?:대해서는|대하여는|관하여는|관해서는|대해|대하여|관하여|관해)(?=\s)")
_BODY = lazy_compile(r"(?<![가-힣ㆍ])([가-힣ㆍ]*(?:위원회|청장|본부장|위원장|장관|도지사|시장))(?:의|이|가|은|는|에게)(?=\s)")


def _bound(segment: str) -> tuple[str, set[str]] | None:
    """A segment's topic ('자치경찰사무에 대해서는') and the bodies it names after it."""
    topic = _TOPIC.search(segment)
    if topic is None:
        return None
    return re.sub(r"\s+", "", topic.group(1)), {m.group(1) for m in _BODY.finditer(segment, topic.end())}


def topic_body_conflict(claim: str, source: str) -> str | None:
    """A body the claim puts with one topic where the source puts it with another ('자치경찰사무에 관하여 경찰청장의
    지휘ㆍ감독을 받는다' where the source says '국가경찰사무에 대해서는 경찰청장의 …을, 자치경찰사무에 대해서는
    시ㆍ도자치경찰위원회의 …을')."""
    bare = _PARENTHETICAL.sub(" ", source)
    pairs = [b for b in (_bound(part) for part in re.split(r"[,;]|다만,?", bare)) if b and b[1]]
    if len(pairs) < 2:
        return None
    mine = _bound(claim)
    if mine is None or not mine[1]:
        return None
    topic, bodies = mine
    own = [b for t, b in pairs if t == topic or t.endswith(topic) or topic.endswith(t)]
    if len(own) != 1 or own[0] & bodies:
        return None
    for body in sorted(bodies):
        others = [t for t, b in pairs if body in b and b is not own[0]]
        if others:
            return (f"body mismatch: for {topic} the source names {', '.join(sorted(own[0]))}; it puts {body} with "
                    f"{others[0]}")
    return None


_RANK = lazy_compile(r"(치안총감|치안정감|치안감|경무관|총경|경정|경감|경위|경사|경장|순경)(?=으로|로|을|를|이|가|은|는|\s|$)")
_VALUE_TOPIC = lazy_compile(r"(?<![가-힣ㆍ])([가-힣ㆍ]{2,})(?:은|는)\s")
_NOT_TOPIC_END = ("에", "에서", "로", "으로", "때", "경우", "외", "이상", "이하")


def _topic_values(segment: str) -> tuple[str, str] | None:
    """A segment's topic (the last '…은/는' before its one value) and that value ('조례안은 … 10일 이내에' →
    (조례안, 10일); '제주특별자치도경찰청 차장은 경무관으로' → (제주특별자치도경찰청, 경무관), the word before the
    topic's head when the head is shared)."""
    values = [(k, st) for k, st, _ in _quantities(segment)] + [(m.group(1), m.start()) for m in _RANK.finditer(segment)]
    if len(values) != 1:
        return None
    value, at = values[0]
    topics = [m for m in _VALUE_TOPIC.finditer(segment[:at]) if not m.group(1).endswith(_NOT_TOPIC_END)]
    if not topics:
        return None
    head = topics[-1]
    before = segment[: head.start()].split()
    joined = before and not before[-1].endswith(("는", "은", "에", "를", "을", "가", "이", "의", "고", "며", "서", "로"))
    return (f"{before[-1]} {head.group(1)}" if joined else head.group(1)), value


def topic_value_conflict(claim: str, source: str) -> str | None:
    """A value the claim gives one topic of a list where the source gives it another ('조례안은 … 15일 이내에' where
    the source says '조례안은 … 10일 이내에, 규칙안은 … 15일 전에'; '제주특별자치도경찰청 차장은 치안감으로' where the
    source says '서울특별시경찰청 차장은 치안감으로, 제주특별자치도경찰청 차장은 경무관으로'): the claim names one
    topic (by the word no other topic has) with another topic's value, and neither the other topic nor its own
    value."""
    bare = _PARENTHETICAL.sub(" ", source)
    pairs = [tv for tv in (_topic_values(part) for part in re.split(r",\s*", bare)) if tv]
    if len(pairs) < 2 or len({v for _, v in pairs}) < len(pairs):
        return None
    squashed = re.sub(r"\s+", "", claim)
    own = [[w for w in t.split() if len(w) > 1 and not any(w in other.split() for other, _ in pairs if other != t)]
           for t, _ in pairs]
    named = [bool(words) and any(re.sub(r"(?:은|는|의)$", "", w) in squashed for w in words) for words in own]
    for (topic, value), says in zip(pairs, named):
        if not says or value in squashed:
            continue
        wrong = [v for (t, v), other in zip(pairs, named) if v != value and v in squashed and not other]
        if wrong:
            return f"number mismatch: the source gives {topic} {value}, not {wrong[0]}" if wrong[0][0].isdigit() \
                else f"body mismatch: the source gives {topic} {value}, not {wrong[0]}"
    return None


def _kind(key: str) -> str:
    """What a quantity measures: its unit ('년', '명'), a share (3분의2, 과반수, %) or a date."""
    if key == "과반수" or "분의" in key or key.endswith(("%", "퍼센트")):
        return "share"
    if re.fullmatch(r"\d+년\d+월(?:\d+일)?", key):
        return "date"
    return re.sub(r"[\d.]", "", key)


_OFFICE_END = ("부위원장|위원장|장관|차관|청장|학장|총장|소장|원장|서장|본부장|단장|국장|실장|처장|관장|교육감|부지사|지사|"
               "시장|군수|구청장|의장|이사장|위원회|의회|국무총리")
_OFFICE = lazy_compile(rf"(?<![가-힣ㆍ])([가-힣ㆍ]*(?:{_OFFICE_END}))(은|는|이|가|께서|에서|의|에게|을|를|과|와|으로|로)(?=\s)")
"""A Korean office or body by its ending (교육부장관, 경찰대학장, 부위원장, 도교육감, 심사위원회) with its particle."""
_BARE_GENITIVE = lazy_compile(rf"(?<![가-힣ㆍ])([가-힣ㆍ]*(?:{_OFFICE_END}))\s+(?=(?:허가|승인|동의|인가|승낙|지휘|감독|추천|제청|의결|심의)"
                              r"(?:를|을|에|ㆍ|\s))")
"""An office before the act it grants, with no particle ('인사위원회 허가를 받아야'): the same as '인사위원회의 허가'."""
_SLOT = lazy_compile(r"(?<![가-힣ㆍ])([가-힣ㆍ]{2,})(은|는|이|가|께서|에서|의|에게|을|를|과|와|으로|로)(?=\s)")
_RECEIVED_KO = lazy_compile(r"(?:요구|지시|명령|지휘|감독|요청|통보|통지|권고|소환)\s?받(?:을\s*수\s*있|는다|게\s*된|는\s*것|아야|았|으며|고)"
                            r"[^.,]{0,12}(?:\.|$)")
"""A claim's final verb that is a '…받다' passive ('출석을 요구받을 수 있다', '지휘받는다'): its subject is the one the
source's subject acts on."""
_ROLE = {"은": "subj", "는": "subj", "이": "subj", "가": "subj", "께서": "subj", "에서": "subj", "의": "gen", "에게": "dat",
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
    whole = f"{passage}\n{cited}"
    # ('중앙행정기관장' is how one writes '중앙행정기관의 장')
    squashed = re.sub(r"\s+", "", re.sub(r"(기관|단체|관서|행정청)의\s+장(?=[의은는이가을를에과와]?(?![가-힣]))", r"\1장", whole))
    named = find_entities(whole)
    claim = _BARE_GENITIVE.sub(r"\1의 ", claim)
    for m in _OFFICE.finditer(claim):
        office, role = m.group(1), _ROLE[m.group(2)]
        if m.group(2) in ("은", "는") and re.match(r"\s*[가-힣ㆍ]{2,}(?<![은는])[이가]\s", claim[m.end():]):
            continue  # '지원위원회는 국무총리가 위원장을 맡고': a topic with its own subject after it is not who acts
        if role == "subj" and _RECEIVED_KO.search(claim[m.end():]):
            continue  # '위원장은 … 시ㆍ도의회의 의결로 출석을 요구받을 수 있다': the subject of a '…받다' passive is the one told
        after = _following(claim, m.end())
        keys = find_entities(office)
        if re.sub(r"\s+", "", office) in squashed or (keys and keys <= named):
            swapped = _named_in_another_slot(office, role, after, passage)
            if swapped and (re.sub(r"특별자치[도시]", "", swapped) == office or keys & find_entities(swapped)):
                swapped = None  # '전북교육감' is '전북특별자치도교육감' by its short name; '해수부장관' is 해양수산부장관
            if swapped and any(o.group(1) == swapped and _ROLE[o.group(2)] == role for o in _OFFICE.finditer(claim)):
                swapped = None  # '감사위원장은 시장이 … 임명한다': the claim has that office in this role too, in another order
            if swapped:
                return f"body mismatch: the source names {swapped}, not {office}, in this role"
            continue
        for s in _SLOT.finditer(passage):
            other = s.group(1)
            if _ROLE[s.group(2)] != role or other == office or not _same_slot(after, _following(passage, s.end())):
                continue
            if other.endswith("에"):
                # '… 경우 외에는', '조치를 명한 경우에는 … 공고하여야': a condition with its topic particle holds the
                # claim's place; who acts is the sentence's own subject, if it names one
                other = next((o.group(1) for o in _OFFICE.finditer(passage) if _ROLE[o.group(2)] == "subj"), "")
                if not other or other == office or office.endswith(other) or other.endswith(office):
                    continue
            prefix = office[: -len(other)] if office.endswith(other) else ""
            if len(prefix) >= 2 and (prefix in squashed or len(other) >= 3
                                     or (prefix.endswith("경찰") and prefix[:2] in squashed)):
                # ('서울경찰청장' for the 청장 of the 서울특별시경찰청 the passage names)
                continue  # '연구소장' for the 소장 of the 연구소 the heading names; '제주도교육감' for '도교육감'
            if re.sub(r"특별자치[도시]", "", other) == office:
                continue  # '전북교육감' for '전북특별자치도교육감': the special province by its short name
            org = office[:-1]
            if prefix != "부" and office.endswith("장") and other.endswith("장") and org.endswith(other[:-1]) \
                    and org[-2:] in squashed:
                continue  # '경찰대학장' for the 학장 of the 대학 the passage names ('부위원장' is not the 위원장)
            return f"body mismatch: the source names {other}, not {office}, in this role"
    return None


_PASSED_THROUGH = ("거쳐", "거치", "거친", "경유")


def roles_swapped(claim: str, passage: str) -> str | None:
    """Two offices the claim and the source both name, each in the other's role: '시ㆍ도자치경찰위원회가 경찰청장과
    협의하여' where the source says '경찰청장이 시ㆍ도자치경찰위원회와 협의하여', '시장이 도지사에게 요청한다' where it
    says '도지사가 시장에게 요청한다'. Only where the source never gives either the role the claim gives it."""
    def roles(text: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in _OFFICE.finditer(_BARE_GENITIVE.sub(r"\1의 ", text)):
            out.setdefault(m.group(1), set()).add(_ROLE[m.group(2)])
        return out

    mine, theirs = roles(claim), roles(passage)
    for actor, acting in mine.items():
        if acting != {"subj"} or actor not in theirs or "subj" in theirs[actor]:
            continue
        for partner, partnered in mine.items():
            told = partnered & {"with", "dat"}
            if partner == actor or not told or partner not in theirs or theirs[partner] & told:
                continue
            if "subj" in theirs[partner] and theirs[actor] & told:
                return f"body mismatch: in the source {partner} does this with or to {actor}, not the other way round"
    return None


def _named_in_another_slot(office: str, role: str, after: list[str], passage: str) -> str | None:
    """The office the source puts where the claim puts ``office``, when the source names both but never
    ``office`` in that place: '실무위원회의 의결을 거쳐' against '지원위원회와 실무위원회의 운영 … 지원위원회의
    의결을 거쳐', '도지사는 미활용 군용지를 … 제거하여야' against '국방부장관은 미활용 군용지를 …'."""
    if role not in ("subj", "gen") and not (role == "obj" and after and after[0].startswith(_PASSED_THROUGH)):
        return None  # (but '국무총리를 거쳐' against '행정안전부장관을 거쳐': the office a proposal passes through)

    def mine(name: str) -> bool:
        return name == office or name.endswith(office) or office.endswith(name)

    slots = [(s.group(1), _following(passage, s.end())) for s in _OFFICE.finditer(passage) if _ROLE[s.group(2)] == role]
    if any(mine(name) and _same_slot(after, theirs) for name, theirs in slots):
        return None  # the source has the claim's office in this place too
    # the same place: the very next word is the same ('…의 의결을', '…은 미활용 군용지를')
    others = [name for name, theirs in slots if not mine(name) and after and theirs and _alike(after[0], theirs[0])]
    if others:
        return others[0]
    if role == "subj" and len(slots) == 1 and not mine(slots[0][0]):
        # '도지사는 … 요청할 수 있다' where the source's one actor is '시장ㆍ군수는 도지사와 협의를 거쳐 … 요청할 수 있다':
        # the claim's office is only the partner the actor consults
        theirs = [_ROLE[m.group(2)] for m in _OFFICE.finditer(passage) if mine(m.group(1))]
        if theirs and set(theirs) <= {"with"}:
            return slots[0][0]
    return None


def place_conflict(claim: str, cited: str) -> str | None:
    """A province or city the claim names where the cited text (with its heading) names only others:
    '부산광역시경찰청에 두는 직할대' against '서울특별시경찰청에 두는 직할대'. A place the source does not
    name at all is left alone: an article of the Jeju act says 도지사 and means Jeju's governor."""
    mine, theirs = places(claim), places(cited)
    extra = sorted(mine - theirs)
    if extra and theirs:
        return f"place mismatch: the claim names {', '.join(extra)}; the source names {', '.join(sorted(theirs))}"
    return None


_UNDER_EN = lazy_compile(r"\b(?:placed|set up|established|located|sits?|put|attached|housed|created|installed)\s+"
                         r"(?:directly\s+)?under\s+(?:the\s+)?([^,;.]{3,80})", re.IGNORECASE)
_PLACED_UNDER_KO = lazy_compile(r"([가-힣ㆍ]{2,20}(?:\s[가-힣]{2,4})?)\s*밑에(?:는|도)?\s+([^.]*?)(?:두고|두며|둔다|두도록|둘\s*수\s*있)")


def _placements(text: str, *, english: bool) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(the body an office is placed under, the offices placed) for each '… 밑에 … 을 둔다' clause; for an English
    claim the one 'placed under …' and every other body it names."""
    if english:
        m = _UNDER_EN.search(text)
        if not m:
            return []
        owner = find_entities(m.group(1))
        return [(owner, find_entities(text) - owner)] if owner else []
    return [(find_entities(m.group(1)), find_entities(m.group(2))) for m in _PLACED_UNDER_KO.finditer(text)]


def placed_under_conflict(claim: str, cited: str) -> str | None:
    """An office placed under another body than the one the source puts it under: 'the spokesperson and the
    human rights inspector are placed under the Deputy Commissioner General', '경찰청 차장 밑에는 인권감사관 …을
    두도록 하고 있음' where the source says '경찰청장 밑에 대변인 및 인권감사관 … 을 두고, 경찰청 차장 밑에 기획조정관
    … 을 둔다'."""
    english = not re.search(r"[가-힣]", claim)
    source = [(owner, placed) for owner, placed in _placements(cited, english=False) if owner and placed]
    for owner, named in _placements(claim, english=english):
        for source_owner, placed in source:
            moved = placed & named - owner
            if owner and moved and not owner & source_owner:
                return (f"body mismatch: in the source {', '.join(sorted(moved))} is placed under "
                        f"{', '.join(sorted(source_owner))}, not {', '.join(sorted(owner))}")
    return None


_ELECTED_AMONG_KO = lazy_compile(r"(부?위원장|의장|회장|대표)(?:은|는)\s*[^.。,]{0,40}?(?:중에서|에서)\s*호선")
"""'추천위원회 위원장은 추천위원 중에서 호선(互選)한다': the members elect the chair from among themselves."""
_APPOINTER_KO = lazy_compile(r"(시ㆍ도지사|시·도지사|도지사|시장|군수|구청장|장관|경찰청장|대통령|국무총리|교육감|위원장"
                             r"|(?:지방자치단체|기관)의\s*장|단체장|기관장)"
                             r"(?:이|가|께서)\s*(?:[가-힣]+\s+){0,2}?(?:지명|임명|선임|위촉|정하|정한|정함|뽑|임용|고르|골라)")
_APPOINTED_EN = lazy_compile(
    r"\b(?:vice[- ])?(?:chair|chairperson|chairman|chairwoman|head|president)\b[^.;]{0,40}?\b(?:is|are|was|shall be|will be|gets?)\s+"
    r"(?:(?:directly|personally)\s+)?(?:appointed|designated|named|chosen|picked|selected|nominated)\s+by\s+(?:the\s+)?"
    r"(?!(?:other\s+|fellow\s+)?members\b|(?:the\s+)?(?:committee|commission|council|board)\b)"
    r"|\b(?:governor|mayor|minister|commissioner|president|superintendent|prime minister)\s+(?:directly\s+|personally\s+)?"
    r"(?:appoints|designates|names|chooses|picks|selects|nominates)\s+(?:the\s+|its\s+)?(?:vice[- ])?"
    r"(?:chair|chairperson|chairman|head)\b", re.IGNORECASE)


def elected_chair_conflict(claim: str, cited: str) -> str | None:
    """'위원장은 시ㆍ도지사가 지명한다' (or 'the chair is appointed by the governor') where the source has the
    members elect the chair from among themselves (호선): the claim names another body who chooses."""
    elected = _ELECTED_AMONG_KO.search(cited)
    if elected is None or "호선" in claim or re.search(r"\b(?:elect|elected|elects|among themselves)\b", claim, re.IGNORECASE):
        return None
    office = elected.group(1)
    if office in claim:
        named = _APPOINTER_KO.search(claim)
        if named is not None and named.group(1) != office:
            return f"body mismatch: the members elect the {office} from among themselves (호선); the claim has {named.group(1)} choose"
    appointed = _APPOINTED_EN.search(claim)
    if appointed is not None and bool(re.search(r"\bvice[- ]", appointed.group(0), re.IGNORECASE)) == office.startswith("부"):
        return f"body mismatch: the members elect the {office} from among themselves (호선); the claim names another body"
    return None


_APPOINTED_CHAIR_KO = lazy_compile(r"(부?위원장|의장|회장)(?:은|는)\s*[^.。]{0,40}?"
                                   r"(?:시ㆍ도지사|시·도지사|도지사|시장|장관|경찰청장|대통령|국무총리|교육감)(?:이|가)\s*"
                                   r"(?:[^.。]{0,30}?)(?:지명|임명|위촉|임용)")
"""'시ㆍ도자치경찰위원회 위원장은 위원 중에서 시ㆍ도지사가 임명하고': someone outside the members chooses the chair."""
_CO_ELECTED = lazy_compile(r"호선|서로\s*(?:뽑|선출|고르|골라|정하)|(?:위원|위원들|구성원|추천위원)(?:이|들이|끼리)\s*"
                           r"(?:[가-힣]+\s+){0,2}?(?:선출|뽑|고르|골라)"
                           r"|\b(?:elect(?:ed|s)?|chosen|choose|chooses|picked|picks?|selected|selects?)\b[^.;]{0,40}?"
                           r"\bamong\s+themselves\b"
                           r"|\bmembers\s+(?:themselves\s+)?(?:elect|choose|pick|select|vote\s+for)\b"
                           r"|\b(?:elected|chosen|picked|selected|voted\s+in)\s+by\s+(?:the\s+|its\s+|fellow\s+|other\s+)?members\b",
                           re.IGNORECASE)


def appointed_chair_conflict(claim: str, cited: str) -> str | None:
    """'위원장은 위원들이 서로 뽑는다' (or 'the members elect the chair') where the source has the governor
    appoint the chair: the claim gives the choice to the members."""
    appointed = _APPOINTED_CHAIR_KO.search(cited)
    if appointed is None or "호선" in cited or not _CO_ELECTED.search(claim):
        return None
    office = appointed.group(1)
    english_office = r"\bvice[- ]chair" if office.startswith("부") else r"\b(?<!vice-)(?<!vice )(?:chair|chairperson|chairman)"
    if office in claim or re.search(english_office, claim, re.IGNORECASE):
        return f"body mismatch: the source has the {office} appointed (임명); the claim has the members elect them"
    return None


_LAW_NAME = lazy_compile(r"「[^」]*」|(?:국가|지방)공무원법")
_SERVICE = {
    "지방공무원": lazy_compile(r"지방공무원|지방자치단체(?:의)?\s*(?:소속\s*)?공무원|지방직|"
                               r"\blocal(?:[- ]government)?\s+(?:public\s+)?(?:officials?|servants?|civil\s+servants?|"
                               r"employees?|government\s+officials?)\b|\blocal\s+civil\s+service\b", re.IGNORECASE),
    "국가공무원": lazy_compile(r"국가공무원|국가직|\b(?:national|state)\s+(?:public\s+|government\s+)?(?:officials?|servants?|"
                               r"civil\s+servants?|employees?)\b|\bnational\s+civil\s+service\b|"
                               r"\bcentral\s+government\s+(?:officials?|employees?)\b", re.IGNORECASE),
}


def service_conflict(claim: str, cited: str) -> str | None:
    """'위원장과 상임위원은 국가공무원이다' (or 'national public officials') where the source makes them
    '지방자치단체의 공무원', or the other way round: the claim puts them in the other civil service."""
    said = {name for name, pattern in _SERVICE.items() if pattern.search(_LAW_NAME.sub(" ", claim))}
    stated = {name for name, pattern in _SERVICE.items() if pattern.search(_LAW_NAME.sub(" ", cited))}
    if len(said) == 1 and len(stated) == 1 and said != stated:
        return f"the source says {next(iter(stated))}; the claim says {next(iter(said))}"
    return None
