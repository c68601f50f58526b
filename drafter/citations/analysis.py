"""Offline text features for judging whether a source states a claim.

Korean goes through kiwipiepy (morphemes → content lemmas); English through
a small tokenizer with light stemming. For each text we keep what a careful
reader compares: content words, numbers, which words are negated, strong
words (모두, only, abolish…), and the bodies and offices it names.
Results are cached: statute text is analysed once, however many claims
cite it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from drafter.citations.lexicon import (
    AGENTS_EN,
    AGENTS_KO,
    ENGLISH_STOPWORDS,
    ENTITIES,
    GLOSSARY_EN_KO,
    NEGATION_EN,
    PERIODS_EN,
    PERIODS_KO,
    PHRASAL_EXTRA_EN,
    STRONG_ATTESTED_BY,
    STRONG_WORDS_EN,
    STRONG_WORDS_KO,
    SYNONYMS_EN,
)
from drafter.text.lazy_regex import lazy_compile
from drafter.text.tokenizer import get_kiwi

Lang = Literal["ko", "en"]

HANGUL = lazy_compile(r"[\uac00-\ud7a3]")
LATIN = lazy_compile(r"[A-Za-z]")
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "VV", "VA", "XR", "SL", "SH", "MAG", "MM"})
STOP_LEMMAS_KO = frozenset({
    "하", "되", "있", "관하", "대하", "위하", "따르", "의하", "이", "그", "또는", "및", "그리고", "다만",
    "각", "해당", "경우", "때", "등", "이하", "이상", "같", "다음", "호", "항", "조", "제", "따라", "다",
    "또", "외", "바", "중", "이내", "허용", "가능",
    # a determiner, time connectives and modal words: the modality check reads these, coverage does not
    "어느", "동안", "뒤", "반드시", "의무", "이루어지", "사항", "안", "밖",
    # degree adverbs of everyday paraphrase ('1년까지 더 늘릴 수 있다'): the verb carries the meaning
    "더", "좀", "꼭",
    # words of a paraphrase's framing ('원래 누리던', '실비 보상 정도', '그대로 따른다', '장관이 갖던 권한')
    "원래", "정도", "그대로", "여러", "갖",
})
NEGATION_PREFIX_KO = frozenset({"비", "불", "무", "미"})
ARTICLE_REF = lazy_compile(r"제\s*\d+\s*(?:조|항|호|장|절|편|관)(?:의\s*\d+)?")
LIST_MARKER = lazy_compile(r"(?m)(?:^|(?<=\s))\d+(?:의\d+)?\.\s")
"""A list item's number ('3. 해당 시ㆍ도 교육감이 …'), at a line start or inside a passage joined from lines."""
NUMBER = lazy_compile(r"\d+(?:[.,]\d+)*")
NATIVE_NUMERALS = {
    "한": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
    "석": 3, "넉": 4,
}
NATIVE_COUNTED = lazy_compile(r"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(명(?!하|령|칭|시|단|예)|개|사람|곳|차례|번|가지|종류|군데|단계|계급|등급)"
                              # '한 달 이내' is 1개월 이내, '석 달' 3개월, '두 달에 한 번' every 2개월
                              r"|(?<![가-힣])(한|두|석|넉|다섯|여섯|일곱|여덟|아홉|열)\s*달(?=(?:에|은|는|이|을|간|동안|마다|씩|만에)?(?![가-힣]))"
                              r"|(?<![가-힣])(둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)(?=\s*(?:이상|이하|이내|미만|초과|까지))")
"""A native Korean numeral: counted ('두 명', '세 종류') or standing alone before a bound ('둘 이상')."""
_DAY_WORDS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
_SPOKEN_DAYS = lazy_compile(rf"(?<![가-힣])({'|'.join(_DAY_WORDS)})(?=[\s,.)은는이가을를도만의에간째]|$)")
_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_COUNTERS = r"(년|개월|명|회|시간|세(?=[\s,.)가이은는을를의에까부미]|$)|일(?=\s*(?:이내|이전|전|후|동안|안에|까지|내|간|만에)))"
_SINO_COUNTED = lazy_compile(rf"(?<![가-힣])(?:((?:[이삼사오육칠팔구]?십)[일이삼사오육칠팔구]?)\s*{_SINO_COUNTERS}"
                             r"|([일이삼사오육칠팔구])\s*(년|개월)|([삼사오육칠팔구])\s+" + _SINO_COUNTERS + ")")
"""A Sino-Korean numeral written out before its counter ('삼 년', '십오 일 이내'); not '이 일' (this matter), nor a
word that only starts like one (사회, 사명): a lone digit counts people, times or days only when a space follows it."""


def _sino_value(word: str) -> int:
    """'삼' → 3, '십오' → 15, '삼십' → 30."""
    if "십" not in word:
        return _SINO_DIGITS[word]
    tens, _, units = word.partition("십")
    return (_SINO_DIGITS[tens] if tens else 1) * 10 + (_SINO_DIGITS[units] if units else 0)


_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
_NATIVE_UNITS = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7,
                 "여덟": 8, "아홉": 9}
_NATIVE_TENS_COUNTED = lazy_compile(
    rf"(?<![가-힣])({'|'.join(_NATIVE_TENS)})({'|'.join(sorted(_NATIVE_UNITS, key=len, reverse=True))})?\s*(명|사람|살|달|개|곳|번|차례)"
    r"(?=[\s,.)]|$|(?:은|는|이|가|을|를|도|의|에|만|씩|째|간|까지|이내|이상|이하|미만|부터)(?![가-힣]))")
"""A native Korean count of ten or more ('서른 명', '스물다섯 명', '예순 살', '열두 달'): the statutes write 30명, 25명,
60세, 12개월. ('열 명' alone is read by :data:`NATIVE_COUNTED` too; both give 10.)"""
_NATIVE_COUNTERS = {"사람": "명", "살": "세", "달": "개월", "차례": "회", "번": "회"}
_NATIVE_TENS_RANGE = lazy_compile(
    rf"(?<![가-힣])({'|'.join(_NATIVE_TENS)})({'|'.join(sorted(_NATIVE_UNITS, key=len, reverse=True))})?(?=\s*(?:에서|부터|~|-|내지)\s*\d)")
"""The lower end of a range counted natively ('스물다섯에서 30명', after '서른 명' is 30명)."""
_NATIVE_MONTHS_KO = lazy_compile(r"(?<![가-힣])(한|두|석|넉|다섯|여섯|일곱|여덟|아홉|열)\s*달(?=(?:은|는|이|을|간|동안|만에|까지|이내|"
                                 r"이상|이하|안에|안|내|전|후|뒤)?(?![가-힣]))")
"""'석 달' is 3개월, '한 달 이내' 1개월 이내: written as the statutes write it, its words are found there too. ('한 달에 한
번', '두 달마다' are left: a frequency, which the statutes write 월 1회, 매월.)"""
_YEAR_AND_HALF_KO = lazy_compile(r"(?<![\d.])(\d+)\s*년\s*반(?![가-힣])")
_HALF_YEAR_EN = lazy_compile(r"\b(?:(a|one|two|three|four|five|\d+)\s+and\s+a\s+half\s+years?|(a|one)\s+year\s+and\s+a\s+half"
                             r"|half\s+a\s+year|a\s+half[- ]year|six\s+months?(?=[\s.,;])(?!\s+and))\b", re.IGNORECASE)
_EN_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _half_years_en(m: re.Match[str]) -> str:
    whole = m.group(1) or m.group(2)
    if whole is None:
        return "6 months"
    years = int(whole) if whole.isdigit() else _EN_SMALL[whole.lower()]
    return f"{12 * years + 6} months"


def spoken_periods_en(text: str) -> str:
    """Half years in months, as a Korean source writes them: 'half a year' is 6 months (6개월), 'a year and a half' 18
    months (1년 6개월)."""
    return _HALF_YEAR_EN.sub(_half_years_en, text)


_HALF_YEAR_KO = lazy_compile(r"(?<![가-힣])반\s*년(?=[\s,.)]|$|(?:은|는|이|가|을|를|도|의|에|만|간|동안|이내|까지|마다)(?![가-힣]))")
"""'반년' is 6개월 ('반년마다', '반년 이내')."""


def spoken_numbers_ko(text: str) -> str:
    """A claim's numbers as a speaker writes them out, in digits: '닷새 전까지' is 5일 전까지, '삼 년' 3년,
    '열흘 이내' 10일 이내, '서른 명' 30명, '예순 살' 60세, '열두 달' 12개월, '반년' 6개월 (the statutes write digits; a
    counted native numeral below ten, '세 명', is read by :data:`NATIVE_COUNTED`). 하루 is left as it is: '숨진 날 하루
    전' is 전날, a day, not a count of one."""
    text = _SPOKEN_DAYS.sub(lambda m: f"{_DAY_WORDS[m.group(1)]}일", text)
    text = _NATIVE_TENS_COUNTED.sub(lambda m: f"{_NATIVE_TENS[m.group(1)] + _NATIVE_UNITS.get(m.group(2) or '', 0)}"
                                              f"{_NATIVE_COUNTERS.get(m.group(3), m.group(3))}", text)
    text = _NATIVE_TENS_RANGE.sub(lambda m: str(_NATIVE_TENS[m.group(1)] + _NATIVE_UNITS.get(m.group(2) or "", 0)), text)
    text = _HALF_YEAR_KO.sub("6개월", text)
    text = _YEAR_AND_HALF_KO.sub(lambda m: f"{12 * int(m.group(1)) + 6}개월", text)  # '1년 반' is 18개월
    text = _NATIVE_MONTHS_KO.sub(lambda m: f"{NATIVE_NUMERALS[m.group(1)]}개월", text)

    def digits(m: re.Match[str]) -> str:
        number, counter = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        return f"{_sino_value(number)}{counter}"

    return _SINO_COUNTED.sub(digits, text)


ENGLISH_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_EN_COMPOUND_NUMBER = lazy_compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                                   r"(one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE)
"""'twenty-five' is 25, not 20 and 5."""
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
EN_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)*")


def normalize(text: str) -> str:
    """Unify the middle dots (ㆍ, ·, ・) and curly quotes the corpus mixes."""
    return (
        text.replace("·", "ㆍ").replace("・", "ㆍ").replace("‧", "ㆍ")
        .replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    )


def detect_lang(text: str) -> Lang:
    hangul = len(HANGUL.findall(text))
    latin = len(LATIN.findall(text))
    return "ko" if hangul >= latin * 0.3 and hangul > 0 else "en"


_BRITISH = lazy_compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|ational|ationally|er|ers)$")
_BRITISH_OUR = lazy_compile(r"(?<=[a-z]{2})our(s|ed|ing)?$")


def american(word: str) -> str:
    """British spellings as American ones ('decentralised' → decentralized, 'organisation' →
    organization, 'behaviour' → behavior): claims and sources spell either way."""
    w = word.lower()
    if w.endswith(("ise", "ises", "ised", "ising", "isation", "isations", "isational", "isationally", "iser", "isers")) \
            and w not in _ISE_WORDS:
        w = _BRITISH.sub(r"iz\1", w)
    if w.endswith(("our", "ours", "oured", "ouring")) and w[:-3] not in ("", "y", "h", "f", "t", "p", "s", "c", "d"):
        w = _BRITISH_OUR.sub(r"or\1", w)
    w = re.sub(r"(?<=[a-z]{3})tre(s|d)?$", lambda m: "ter" + {"d": "ed"}.get(m.group(1) or "", m.group(1) or ""), w) \
        if w.endswith(("centre", "centres", "centred")) else w  # centred → centered, not 'centerd'
    return w.replace("programme", "program").replace("defence", "defense").replace("licence", "license")


_ISE_WORDS = frozenset({"rise", "rises", "raise", "raised", "raises", "raising", "wise", "otherwise", "likewise",
                        "exercise", "exercised", "exercises", "exercising", "promise", "promised", "promises",
                        "premise", "premises", "advise", "advised", "advises", "advising", "supervise", "supervised",
                        "supervises", "supervising", "revise", "revised", "revises", "revising", "devise", "devised",
                        "devises", "devising", "comprise", "comprised", "comprises", "comprising", "surprise",
                        "enterprise", "enterprises", "compromise", "precise", "concise", "expertise", "franchise",
                        "merchandise", "televise", "arise", "arises", "arising", "noise", "praise", "cruise",
                        "disguise", "treatise", "paradise", "despise", "chastise", "improvise", "improvised"})


_IRREGULAR_EN = {
    "paid": "pay", "held": "hold", "made": "make", "given": "give", "gave": "give", "kept": "keep", "taken": "take",
    "took": "take", "sent": "send", "laid": "lay", "lent": "lend", "led": "lead", "sought": "seek", "told": "tell",
    "sold": "sell", "brought": "bring", "built": "build", "spent": "spend", "chosen": "choose", "chose": "choose",
    "drawn": "draw", "drew": "draw", "written": "write", "wrote": "write", "arisen": "arise", "arose": "arise",
    "withdrawn": "withdraw", "withdrew": "withdraw", "undertaken": "undertake", "undertook": "undertake",
    "overseen": "oversee", "oversaw": "oversee", "forbidden": "forbid", "forbade": "forbid", "shown": "show",
    "known": "know", "heard": "hear", "done": "do", "did": "do", "won": "win", "struck": "strike",
}
"""Irregular past forms whose stem the suffix rules cannot reach ('paid' → pay, 'held' → hold)."""


def stem_en(word: str) -> str:
    """A light English stemmer: enough to match 'appointed' with 'appoint'."""
    w = american(word).strip("'-")
    if w in _IRREGULAR_EN:
        return _IRREGULAR_EN[w]
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            return base
    return w


_SNOWBALL = None


def canon_en(word: str) -> str:
    """The Snowball (Porter 2) stem of an English word with synonyms folded
    (determining → decid, chairman → chair, electing/election → elect): what an
    English claim and an English source are compared by."""
    global _SNOWBALL
    if _SNOWBALL is None:
        import snowballstemmer

        _SNOWBALL = snowballstemmer.stemmer("english")
    word = american(word).strip("'-")
    # an adverb compared with its adjective: 'easily' / 'easy', 'fully' / 'full', 'centrally' / 'central'
    if len(word) > 5 and word.endswith("ily"):
        word = word[:-3] + "y"
    elif word == "fully":
        word = "full"
    elif len(word) > 5 and word.endswith(("ally", "fully")):
        word = word[:-2]
    stem = _SNOWBALL.stemWord(word)
    return SYNONYMS_EN.get(stem, stem)


@dataclass(frozen=True)
class TextFeatures:
    """What the support judge compares between a claim and its source."""

    text: str
    lang: Lang
    lemmas: frozenset[str]
    """Content lemmas (Korean morphemes or English stems)."""
    words: tuple[str, ...]
    """English words (lowercased), for the glossary; empty for Korean."""
    numbers: frozenset[str]
    negated: frozenset[str]
    """Lemmas that occur under a negation at least once."""
    affirmed: frozenset[str]
    """Lemmas that occur outside any negation at least once."""
    strong: frozenset[str]
    """Strong concepts asserted: all, only, never, abolish, …"""
    entities: frozenset[str]
    """Entity keys (Korean canonical form) named in the text."""
    has_negation: bool
    names: frozenset[str] = frozenset()
    """English proper names (capitalised words not opening a sentence), lowercased."""
    predicates: tuple[Predicate, ...] = ()
    """The claim's predicates, one per clause, last one the main (claims only)."""
    periods: frozenset[str] = frozenset()
    """How often something happens: year, month, quarter, half-year, week, day."""
    measures: frozenset[tuple[str, str]] = frozenset()
    """(number, unit) pairs: ('3', '년'), ('7', '명')."""
    verbal: frozenset[str] = frozenset()
    """Korean lemmas used only as verbs, adjectives or adverbs (맡다, 키우다, 함부로): the words a paraphrase
    swaps most freely; the predicate itself is judged on its own (negation, modality)."""


@dataclass(frozen=True)
class Predicate:
    """What a clause of a claim says is done, how, and by whom.

    ``lemma``: the Korean stem (연임, 지원, 두) or, for English, the clause's
    words (their glossary equivalents are looked up in the source);
    ``modality``: one of :data:`drafter.citations.korean_surface.MODALITIES`;
    ``agent``: the body that acts (the subject before the predicate; in
    English the ``by``-phrase of a passive), None if not a known body;
    ``passive``: the subject is acted upon (임명된다, is appointed).
    """

    lemma: str
    modality: str
    agent: frozenset[str] = frozenset()
    passive: bool = False
    words: tuple[str, ...] = ()
    final: bool = True


_IMPLIES = {e.key: e.implies for e in ENTITIES}


_KO_WORD_START = (r"(?:(?<![\uac00-\ud7a3])|(?<=서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남"
                  r"|제주))")
"""An office or body starts a word, or follows a province's short name: '전북도지사는', '제주도지사가'."""


def _entity_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    ko_forms: list[str] = []
    en_forms: list[str] = []
    for ent in ENTITIES:
        for form in ent.korean:
            lookup[form] = ent.key
            ko_forms.append(form)
        for form in ent.english:
            lookup[form.lower()] = ent.key
            en_forms.append(form.lower())
    ko_forms.sort(key=len, reverse=True)
    en_forms.sort(key=len, reverse=True)
    ko = re.compile(_KO_WORD_START + r"(?:" + "|".join(re.escape(f) for f in ko_forms) + ")")
    # (the English forms make a pattern of about ten thousand characters: compiled when an English text is first read)
    en = lazy_compile(r"\b(?:" + "|".join(re.escape(f) for f in en_forms) + r")(?:s|es)?\b", re.IGNORECASE)
    return ko, en, lookup


_KO_ENTITY, _EN_ENTITY, _ENTITY_LOOKUP = _entity_patterns()


def _english_entity(mention: str) -> str:
    low = mention.lower()
    for form in (low, low[:-2], low[:-1]):  # plural 's'/'es'
        if form in _ENTITY_LOOKUP:
            return _ENTITY_LOOKUP[form]
    raise KeyError(mention)


_HEAD_OF: dict[str, str] = {
    "경찰청": "경찰청장", "시ㆍ도경찰청": "시ㆍ도경찰청장", "경찰서": "경찰서장", "국가수사본부": "국가수사본부장",
    "행정안전부": "행정안전부장관", "시ㆍ도자치경찰위원회": "시ㆍ도자치경찰위원장", "국가경찰위원회": "국가경찰위원장",
    "감사위원회": "감사위원장", "해양경찰청": "해양경찰청장", "산림청": "산림청장",
}
"""A body → the office that heads it ('the head of the Jeju Provincial Police Agency' is 시ㆍ도경찰청장)."""
_HEAD_PREFIX = lazy_compile(r"\b(?<!deputy\s)(?<!vice\s)(?<!assistant\s)"
                            r"(?:head|chief|commissioner|director|chair|chairperson|chairman|minister)\s+of\s+"
                            r"(?:the\s+|a\s+|an\s+|each\s+)?(?:[A-Za-z-]+\s+(?:(?:or|and)\s+)?)?$", re.IGNORECASE)
"""('the head of the metropolitan or provincial police agency': one word, or two words joined, before the body)"""


_HEAD_AFTER = lazy_compile(r"[a-z' -]{0,60}?\b(?:agency|headquarters|office|corps|unit|bureau|service)\s+"
                           r"(?:commissioner|chief|head|director)\b", re.IGNORECASE)


def headed(key: str, text: str, start: int) -> str:
    """The office heading the body ``key`` named at ``start`` when the English text says 'head of …'."""
    if key in _HEAD_OF and _HEAD_PREFIX.search(text[max(0, start - 40) : start]):
        return _HEAD_OF[key]
    if key in _HEAD_OF and _HEAD_AFTER.match(text, start):
        return _HEAD_OF[key]  # 'the Jeju provincial police agency commissioner': the agency's head
    # 'the Commissioner General of the KNPA or of the Korea Coast Guard': the second body has the same head
    before = text[max(0, start - 90) : start]
    joined = re.search(r"\s(?:or|and)\s+of\s+(?:the\s+)?$", before, re.IGNORECASE)
    if key in _HEAD_OF and joined and re.search(r"\b(?:head|chief|commissioner|director|chair|chairperson|chairman|"
                                                r"minister)\b(?:\s+general)?\s+of\b", before[: joined.start()],
                                                re.IGNORECASE):
        return _HEAD_OF[key]
    return key


_RANKS = ("치안총감", "치안정감", "치안감", "경무관", "총경", "경정", "경감", "경위", "경사", "경장", "순경")
_RANK_READINGS = {rank: tuple(_RANKS[max(0, i - 1) : i + 2]) for i, rank in enumerate(_RANKS) if 0 < i < len(_RANKS) - 1}
"""English rank titles come in several series: the Police Agency's own ('Superintendent General' is 경무관), an older
one a rank higher ('Superintendent General' for 치안감, 'Senior Inspector' for 경정) and one a rank lower ('Senior
Superintendent General' for 경무관). Writers use all of them, so an English title names its rank in the Agency's
series or a rank next to it (``'치안감|경무관|총경'``); a Korean rank is exact."""

_KOREAN_GLOSS = lazy_compile(r"\s*\([^()]*[가-힣][^()]*\)")
"""The Korean term a writer puts in brackets after an English title."""


_OTHER_PRESIDENT_BEFORE = lazy_compile(r"\b(?:university|college|school|academy|institute|vice|association|center|centre|"
                                       r"corporation|company|court)(?:'s)?\s+$", re.IGNORECASE)
_ITS_PRESIDENT = lazy_compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
"""'appointed by its president': the head of the body just named (a university's, a center's), not the President."""
_INSTITUTION_EARLIER = lazy_compile(r"\b(?:university|college|school|academy|institute)\b", re.IGNORECASE)
"""'The Korean National Police University has one president': a lower-case 'president' after the institution
it heads (학장, 총장) in the same text."""
_OTHER_PRESIDENT_AFTER = lazy_compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|that\s+|its\s+)?[\w\s-]{0,60}?\b(?:university|college|"
                                      r"school|academy|institute|association|center|centre|corporation|company|court)\b",
                                      re.IGNORECASE)


_ROMANIZED_RANKS = frozenset({
    "chiancheonggam", "chian-chonggam", "chianchonggam", "chianjeonggam", "chian-jeonggam", "chiangam", "chian-gam",
    "gyeongmugwan", "kyongmugwan", "chonggyeong", "chongkyong", "chong-gyeong", "gyeongjeong", "kyongjong",
    "gyeonggam", "kyonggam", "gyeongwi", "kyongwi", "gyeongsa", "kyongsa", "gyeongjang", "kyongjang", "sungyeong",
    "sunkyong"})
"""A rank named by its Korean name in Latin letters ('chonggyeong'): one rank, not an English title that two rank
series read differently."""
_PROVINCIAL_READING: dict[str, str | None] = {"경찰청": "시ㆍ도경찰청", "경찰청장": "시ㆍ도경찰청장", "경찰청 차장": None}


_LATIN = re.compile(r"[A-Za-z]")


def find_entities(text: str) -> frozenset[str]:
    found: set[str] = set()
    for m in _KO_ENTITY.finditer(text):
        key = _ENTITY_LOOKUP[m.group(0)]
        if key in _PROVINCIAL_READING and m.start() and "가" <= text[m.start() - 1] <= "힣":
            # '서울경찰청 차장', '제주경찰청장': a metropolitan or provincial agency named by its place, not the KNPA
            key = _PROVINCIAL_READING[key]
            if key is None:
                continue
        found.add(key)
    named: list[str] = []
    for m in _EN_ENTITY.finditer(text) if _LATIN.search(text) else ():  # (every English form has a Latin letter)
        mention = m.group(0).lower()
        if _KOREAN_GLOSS.match(text, m.end()):
            continue  # 'Superintendent General (경무관)': the Korean in brackets names the office, not the English
        if mention in ("president", "presidents") and (_OTHER_PRESIDENT_BEFORE.search(text, 0, m.start())
                                                       or _OTHER_PRESIDENT_AFTER.match(text, m.end())
                                                       or _ITS_PRESIDENT.search(text, 0, m.start())
                                                       or (m.group(0).islower()
                                                           and _INSTITUTION_EARLIER.search(text, 0, m.start()))):
            continue  # 'the university president' (학장, 총장) is not the President (대통령)
        if " " not in mention and any(earlier.startswith(mention + " ") for earlier in named):
            continue  # 'the superintendent's …' after 'the superintendent of education' is that office again
        named.append(mention)
        key = headed(_english_entity(m.group(0)), text, m.start())
        found.add("|".join(_RANK_READINGS[key]) if key in _RANK_READINGS and mention not in _ROMANIZED_RANKS else key)
    for key in list(found):
        found.update(_IMPLIES.get(key, ()))
    return frozenset(found)


def words_outside_entities(text: str) -> list[str]:
    """English words of ``text`` that are not part of a named body, office or rank
    ('senior inspectors' is the rank 경정, not the verb 'inspect')."""
    return [part.lower() for w in EN_TOKEN.findall(_EN_ENTITY.sub(" ", text)) for part in w.split("-") if part]


def _phrase_table() -> dict[str, tuple[str, ...]]:
    from drafter.citations.lexicon import PHRASES_EXTRA_KO
    from drafter.text.glossary import PHRASES_EN_KO

    table = {phrase: (term,) for phrase, term in PHRASES_EN_KO.items()}
    for phrase, terms in PHRASES_EXTRA_KO.items():
        table[phrase] = tuple(dict.fromkeys(table.get(phrase, ()) + terms))
    return table


def _phrase_pattern(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    phrases = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


_PHRASES: re.Pattern[str] | None = None
_PHRASE_TABLE: dict[str, tuple[str, ...]] = {}


_HYPHENATED = lazy_compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def english_terms(text: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """The glossary terms of an English text outside its named bodies: a phrase of
    :data:`~drafter.text.glossary.PHRASES_EN_KO` first ('state council' → 국무회의,
    'direct control' → 직할), then a hyphenated compound the glossary knows whole
    ('part-time' → 비상임), then word by word (targets None: look the word up).
    Each item is ``(term, korean targets or None)``."""
    global _PHRASES, _PHRASE_TABLE
    from drafter.text.glossary import GLOSSARY_EN_KO

    if _PHRASES is None:
        _PHRASE_TABLE = _phrase_table()
        _PHRASES = _phrase_pattern(_PHRASE_TABLE)
    low = _EN_ENTITY.sub(" ", text).lower()
    # 'public-safety administration': a compound the glossary lacks whole is read as its phrase
    low = _HYPHENATED.sub(lambda m: m.group(0) if m.group(0) in GLOSSARY_EN_KO else m.group(0).replace("-", " "), low)
    out: list[tuple[str, tuple[str, ...] | None]] = []
    for m in _PHRASES.finditer(low):
        out.append((m.group(1), _PHRASE_TABLE[m.group(1)]))
    low = _PHRASES.sub(" ", low)
    for w in EN_TOKEN.findall(low):
        w = w.lower()
        if "-" in w and w.strip("-") in GLOSSARY_EN_KO:
            out.append((w, GLOSSARY_EN_KO[w.strip("-")]))
            continue
        out += [(part, None) for part in w.split("-") if part]
    return out


_EN_REF_ATOM = r"\(?\d+(?:-\d+)?\)?(?:\(\d+\))*\d*(?![\d.,]*\s*(?:%|percent|per\b|days?|weeks?|months?|years?|hours?|" \
               r"minutes?|persons?|people|members?|officers?|officials?|times|won|posts?|seats?|ranks?|votes?))"
EN_REF = lazy_compile(r"\b(?:articles?|paragraphs?|items?|subparagraphs?|sub-paragraphs?|clauses?|subitems?|"
                      r"sub-items?|chapters?|sections?|art\.|para\.)\s*" + _EN_REF_ATOM
                      + r"(?:\s*(?:,|,?\s*and|,?\s*or|to|through|-|–)\s*" + _EN_REF_ATOM + r")*"
                      r"|\bno\.\s*\d[\d,]*", re.IGNORECASE)
"""References to other provisions and laws in English ('item 3 of paragraph 1', 'Articles 4, 18 and 26 to 28',
'Article 8(2)7', 'Act No. 4369'): their numbers are no quantities; a number with a unit after a listed
reference is one ('Article 5 and 30 days')."""


_UNIT_PIECE = r"(\d[\d,]*(?:\.\d+)?)\s?(억|천만|백만|만|천)"
_UNIT_RUN = lazy_compile(rf"{_UNIT_PIECE}(?:\s?{_UNIT_PIECE})*(?:\s?\d+(?![\d.,]))?(?=[^가-힣]|원|명|제곱|평|개|건|대|톤|세대|가구|달러|유로|엔|미터|킬로|$)")
_KO_UNITS = {"억": 10**8, "천만": 10**7, "백만": 10**6, "만": 10**4, "천": 10**3}
_EN_SCALE = lazy_compile(r"(\d[\d,]*(?:\.\d+)?)\s+(thousand|million|billion)\b", re.IGNORECASE)
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def _unit_value(run: str) -> str:
    """'3만' → 30000, '2만5천' → 25000, '1억 5천만' → 150000000 (a trailing plain number is added)."""
    total = 0.0
    end = 0
    for m in re.finditer(_UNIT_PIECE, run):
        total += float(m.group(1).replace(",", "")) * _KO_UNITS[m.group(2)]
        end = m.end()
    rest = run[end:].strip()
    if rest.isdigit():
        total += int(rest)
    return str(int(total)) if total == int(total) else str(total)


_EN_WORD_SCALE = lazy_compile(r"\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a)\s+)?"
                              r"(?:(hundred)\s+)?(thousand|million|billion)\b", re.IGNORECASE)
"""'ten million won', 'one hundred million won', 'five hundred thousand': an amount in words (1천만원, 1억원, 50만)."""


def _word_scale(m: re.Match[str]) -> str:
    count = m.group(1)
    if count is None and m.group(2) is None:
        return m.group(0)  # 'thousands of …', 'a million' alone: no amount
    value = 1 if count is None or count.lower() == "a" else (ENGLISH_NUMBERS.get(count.lower()) or 1)
    if m.group(2):
        value *= 100
    return str(value * _EN_SCALES[m.group(3).lower()])


_WEEKS_KO = lazy_compile(r"(?<![가-힣\d])(?:(\d+)\s*주(?:일|간)?|(?:일|1|한)\s*주일|(한|두|세)\s+주(?:일|간)?)"
                         r"(?=\s*(?:이내|안에|안|내|전|후|뒤|동안|만에|마다|까지|이상|이하|째)|[\s,.)]|$|"
                         r"(?:이|가|은|는|을|를|의|에)(?![가-힣]))")
_KO_WEEK_COUNTS = {"한": 1, "두": 2, "세": 3}
_WEEKS_EN = lazy_compile(r"\b(one|two|three|four|five|six|\d+)[- ]weeks?\b|\b(?:a|one)\s+fortnight\b|\bfortnight\b"
                         r"|\b(within|before|after|for|in|than|least|most|about|over|under|of|by)\s+a\s+week\b"
                         r"|\ba\s+week(?=\s+(?:before|after|later|ahead|prior|from|of|beforehand|in\s+advance)\b)", re.IGNORECASE)


def _weeks_ko(m: re.Match[str]) -> str:
    weeks = int(m.group(1)) if m.group(1) else _KO_WEEK_COUNTS.get(m.group(2) or "", 1)
    return f"{weeks * 7}일"


def _weeks_en(m: re.Match[str]) -> str:
    word = (m.group(1) or "").lower()
    if "fortnight" in m.group(0).lower():
        return "14 days"
    weeks = int(word) if word.isdigit() else ENGLISH_NUMBERS.get(word, 1)
    return f"{m.group(2)} 7 days" if m.group(2) else f"{weeks * 7} days"


def in_days(text: str) -> str:
    """Weeks as days, in either language: '일주일 전까지' is 7일 전까지, '2주일 이내' 14일 이내, 'a fortnight' 14 days
    (a source's '2주 이내' and a claim's '14일 이내' state the same period; so do '5일' and 'five days', not 'a week')."""
    return _WEEKS_EN.sub(_weeks_en, _WEEKS_KO.sub(_weeks_ko, text))


def plain_numbers(text: str) -> str:
    """Numbers written with Korean units or English scale words as digits: '3만 제곱미터' and
    '30,000 square meters' state the same area; 'ten million won' and '1천만원' the same amount; weeks are days
    (:func:`in_days`)."""
    text = in_days(text)
    text = _UNIT_RUN.sub(lambda m: _unit_value(m.group(0)), text)
    text = _EN_WORD_SCALE.sub(_word_scale, text)
    return _EN_SCALE.sub(lambda m: str(int(float(m.group(1).replace(",", "")) * _EN_SCALES[m.group(2).lower()])), text)


def find_numbers(text: str) -> frozenset[str]:
    cleaned = plain_numbers(LIST_MARKER.sub(" ", ARTICLE_REF.sub(" ", EN_REF.sub(" ", text))))
    cleaned = _ONCE_PER_PERIOD_KO.sub(r"\1에 ", cleaned)  # '5년에 한 번씩' is 5년마다: the 한 번 counts nothing
    cleaned = _ONCE_MORE_KO.sub("다시", cleaned)  # '한 번 더 맡는 것' is serving again (중임), not a count
    cleaned = _ONCE_DONE_KO.sub("", cleaned)  # '임기를 한 번 채우면 …' is a condition ('once it is served'), not a count
    cleaned = _ONE_OF_KO.sub(" 중 ", cleaned)  # '공동의장 중 한 명은': one of them, not a count
    found = {n.replace(",", "").lstrip("0") or "0" for n in NUMBER.findall(cleaned)}
    found |= {str(NATIVE_NUMERALS[m.group(1) or m.group(3) or m.group(4)]) for m in NATIVE_COUNTED.finditer(cleaned)}
    # '반기별 1회' is every six months, '분기마다' every three
    found |= {"6" if m.group(1) == "반기" else "3" for m in _HALF_OR_QUARTER.finditer(cleaned)}
    # ('반기별 1회' is twice a year, '분기별 1회' four times)
    found |= {"2" if m.group(1) == "반기" else "4" for m in _ONCE_PER_HALF_OR_QUARTER.finditer(cleaned)}
    for m in _EN_COMPOUND_NUMBER.finditer(cleaned):
        found.add(str(ENGLISH_NUMBERS[m.group(1).lower()] + _EN_UNITS[m.group(2).lower()]))
    for word in re.findall(r"[A-Za-z]+", _EN_COMPOUND_NUMBER.sub(" ", cleaned)):
        if word.lower() in ENGLISH_NUMBERS:
            found.add(str(ENGLISH_NUMBERS[word.lower()]))
    # how many times: 'reappointed twice' (두 번), 'once a year' (연 1회), not 'once appointed' (a condition)
    # nor 'hand over at once' (즉시)
    found |= {str(_TIMES_EN[(m.group(1) or m.group(2) or m.group(3)).lower()]) for m in _TIMES_EN_RE.finditer(cleaned)}
    for m in _EN_FRACTION.finditer(cleaned):  # 'one-twentieth' is 20분의 1, 'two-thirds' 3분의 2
        found.add(str(_DENOMINATORS[m.group(2).lower().rstrip("s")]))
    for m in _EN_DATE_MONTH.finditer(cleaned):  # '1 July 2021' is 2021년 7월 1일: the month is a number too
        found.add(str(_MONTHS.index(m.group(0)) + 1))
    if _ONE_UNIT_EN.search(cleaned) or _ONE_COUNTED_EN.search(cleaned):  # 'within a year', 'one year' is 1년
        found.add("1")
    return frozenset(found)


_HALF_OR_QUARTER = lazy_compile(r"(반기|분기)(?:별|마다|에\s*한\s*번|에\s*1회)")
_ONCE_PER_PERIOD_KO = lazy_compile(r"((?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|석|넉)\s*(?:년|개월|달|주|주일|일))"
                                   r"에\s*(?:한\s*번|1\s*회|1\s*번)씩?")
_ONCE_PER_HALF_OR_QUARTER = lazy_compile(r"(반기|분기)\s*(?:별|마다|에)\s*(?:1\s*회|한\s*번)")
_ONE_OF_KO = lazy_compile(r"\s중\s*한\s*(?:명|사람|분|곳|개)?(?:은|는|이|가|을|를|도)?(?=\s)")
"""'공동의장 중 한 명은', '위원 중 한 사람이': one of those named (as English 'one of the members'), not a count."""
_ONCE_MORE_KO = lazy_compile(r"한\s*번\s*더")
_ONCE_DONE_KO = lazy_compile(r"(?<![가-힣])한\s*번(?=\s+(?:[가-힣]+\s+){0,2}?[가-힣]*(?:채우|채운|마치|마친|끝내|끝낸|지내|지낸|역임하|역임한|맡으|맡|하|되)"
                             r"(?:(?:면|고\s*나면|고\s*나서)(?=[\s,.])|\s*(?:뒤|후)))")
"""'3년 임기를 한 번 채우면', '한 번 마친 뒤', '한 번 맡으면', '한 번 하고 나면': once a term is served (a condition,
as 'once appointed' in English)."""
_ONE_COUNTED_EN = lazy_compile(r"\bone[- ](?:years?|months?|days?|weeks?|hours?|terms?|rounds?)\b", re.IGNORECASE)
"""'one year', 'a one-year term': 1 with its unit ('one of the members' is no number)."""
_ONE_UNIT_EN = lazy_compile(r"\b(?:within|up to|for|after|than|over|under|least|most|of)\s+(?:a|an)\s+"
                            r"(?:year|month|week|day)\b", re.IGNORECASE)


_TIMES_EN = {"once": 1, "twice": 2, "thrice": 3}
# ('may be brought only once the commission has decided': a conjunction, not a count)
_TIMES_EN_RE = lazy_compile(r"\b(twice|thrice)\b|\b(?:only|just|than|least|most|exactly)\s+(once)\b"
                            r"(?!\s+(?:the|it|they|he|she|its|their|this|that|these|those|such|both|all)\b)"
                            r"|(?<!\bat\s)\b(once)(?=\s+(?:a|an|per|every|each)\s+(?:year|month|week|day|quarter|term|half)|\s*[.;]|$)",
                            re.IGNORECASE)


_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30, "fiftieth": 50,
                 "hundredth": 100}
_EN_FRACTION = lazy_compile(r"\b(one|two|three|four|a)[- ](" + "|".join(_DENOMINATORS) + r")s?\b"
                            r"(?![- ]?(?:year|yearly|time|day|month|hour))", re.IGNORECASE)
"""An English fraction: its denominator is a number the source must state ('one-twentieth' against 30분의 1)."""
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_EN_DATE_MONTH = lazy_compile(r"\b(?:" + "|".join(m for m in _MONTHS if m != "May") + r")\b"
                              r"|(?<=\d\s)May\b|\bMay(?=\s+(?:\d|of\b))")
"""A capitalised month name ('1 July 2021', 'September of the same year'); 'May' only next to a day or year
(not the modal verb opening a sentence)."""


# -- predicates: modality and the acting body --------------------------------

_INSTRUMENTS = frozenset({"대통령령", "조례", "행정안전부령"})
"""Laws, not bodies: 'set by Presidential Decree' names no one who acts."""


def _agent_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    for ent in ENTITIES:
        if ent.key in _INSTRUMENTS:
            continue
        for form in ent.korean:
            lookup[form] = ent.key
        for form in ent.english:
            lookup[form.lower()] = ent.key
    lookup.update(AGENTS_KO)
    lookup.update({k.lower(): v for k, v in AGENTS_EN.items()})
    # ('The mayor or governor appoints …': 'the mayor' must not win over the longer 'mayor or governor' after it)
    lookup.update({f"the {form}": key for form, key in list(lookup.items())
                   if not HANGUL.search(form) and not form.startswith("the ") and f"the {form}" not in lookup})
    ko_forms = sorted((f for f in lookup if HANGUL.search(f)), key=len, reverse=True)
    en_forms = sorted((f for f in lookup if not HANGUL.search(f)), key=len, reverse=True)
    ko = re.compile(_KO_WORD_START + r"(" + "|".join(re.escape(f) for f in ko_forms) + r")(은|는|이|가)(?=\s)")
    en = lazy_compile(r"\b(" + "|".join(re.escape(f) for f in en_forms) + r")(?:s|es)?\b", re.IGNORECASE)
    return ko, en, lookup


AGENT_KO, AGENT_EN, AGENT_LOOKUP = _agent_patterns()

_EN_MODAL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("need_not", lazy_compile(r"\b(?:need not|needn't|may (?:decline|refuse|choose not|opt not|refrain)|"
                              # 'are exempt from consultation', 'are free to turn down the request'
                              r"(?:is|are) (?:exempt(?:ed)?|excused|spared) from|"
                              r"(?:is|are|remains?) (?:free|at liberty) to (?:turn down|refuse|decline|reject|ignore)|"
                              r"can (?:turn down|refuse|decline|reject|ignore)|"
                              # 'the governor has the option of refusing': a refusal allowed
                              r"(?:has|have|with) the (?:option|choice|freedom|right) (?:of|to) (?:turn(?:ing)? down|refus\w*|"
                              r"declin\w*|reject\w*|ignor\w*)|"
                              r"(?:is|are) free not|do(?:es)? not (?:have|need) to|"
                              # 'may be dispensed with', 'is allowed to hold back': the act may be left undone
                              r"(?:may|can|(?:is|are)\s+(?:allowed|permitted)\s+to)\s+(?:be\s+)?(?:dispensed\s+with|"
                              r"dispense\s+with|waived?|skip(?:ped)?|omit(?:ted)?|forgo(?:ne)?|forego(?:ne)?|hold\s+back|withhold|"
                              r"withheld|left\s+out|leave\s+out)\b|(?:may|can)\s+(?:be\s+)?(?:is\s+)?done\s+without(?=\s*(?:[.,;]|$))|(?:doesn't|don't|didn't) (?:have|need) to|(?:is|are|was|were) (?:not|no longer) "
                              r"(?:required|obliged|obligated|bound)|not required|no (?:longer )?(?:obligation|duty)|"
                              r"under no (?:\w+ )?(?:obligation|duty)|optional|"
                              # 'treats enacting a bill as merely an option' (not 'the only option')
                              r"(?:merely|just|simply|purely)\s+(?:an?\s+|one\s+)?(?:option|possibility)|"
                              r"only\s+(?:an?\s+|one\s+)(?:option|possibility)|(?:is|are|as)\s+(?:an?\s+|one\s+)option"
                              # 'no prior deliberation by the committee is needed'
                              r"|no\s+(?:[\w-]+\s+){0,7}?(?:is|are)\s+(?:needed|required|necessary|mandatory))\b")),
    ("must_not", lazy_compile(r"\b(?:must not|mustn't|shall not|may not|cannot|can not|can't|off the table|"
                              # 'can never change the plan', 'may no longer serve': never allowed
                              # (not in a relative clause: 'land that can no longer be used' is the land's state)
                              r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?:may|can|shall|must)\s+(?:never|no\s+longer)|"
                              # 'may neither engage in … nor hold …': neither act is allowed
                              r"(?:may|can|shall|must) neither|"
                              r"out of the question|(?:is|are) not "
                              r"(?:allowed|permitted)|(?:is|are) (?:prohibited|forbidden|barred|banned|disqualified|prevented from)|"
                              r"no one may|"
                              # 'dual nationality bars appointment', 'disqualifies a person from': a ban
                              r"(?<!not\s)(?<!n't\s)(?:bars|disqualifies|precludes)(?=\s+(?:[\w-]+\s+){0,3}?(?:from|appointment|"
                              r"employment|membership|becoming|being|serving))|"
                              # ('no eup, myeon or dong may be split': a list is one subject)
                              r"no(?:,?\s+[\w-]+){1,8}?\s+(?:may|can|shall)(?! not))\b")),
    ("must", lazy_compile(r"\b(?:must|shall|(?:is|are) required to|(?:is|are)\s+(?:legally\s+)?(?:required|obliged|obligated|bound)\s+"
                          r"by\s+(?:law|the\s+act|statute|the\s+decree)\s+to|(?:has|have) to|(?:is|are) obliged|(?:is|are) bound to|"
                          # 'remains obliged to transfer', 'stays bound to'
                          r"(?:remains?|stays?)\s+(?:still\s+)?(?:obliged|obligated|required|bound)\s+to|"
                          r"(?:is|are) supposed to|ought to|"
                          # 'can only be made with the consent of …': the consent, required
                          r"(?:can|may)\s+only\s+(?:be\s+[a-z]+\s+)?(?:with|after|upon|following|subject\s+to)\b|"
                          # 'may be dismissed … only subject to the committee's consent' (a claim's 'cannot … unless …',
                          # :func:`drafter.citations.support.double_negative_as_requirement`): the condition, required
                          r"(?:can|may)\s+(?:[\w'-]+,?\s+){1,24}?only\s+subject\s+to\b|"
                          r"(?:has|have) (?:a|the) duty|(?:is|are) obligated|(?:is|are) to be|"
                          r"(?:is|are) (?:mandatory|compulsory|obligatory)|"
                          # '… or a similar examination is required.': the step, required (a passive at the clause's end)
                          r"(?:is|are)\s+(?:still\s+|also\s+|always\s+)?(?:required|needed|necessary)(?=\s*(?:[.;]|$))|"
                          # 'is entitled to an allowance': a right to receive it, which someone must pay (not 'is
                          # entitled to ask' or 'to access', a permission)
                          r"(?:is|are)\s+(?:still\s+|also\s+|then\s+)?entitled\s+to\s+(?=(?:a|an|the|his|her|their|its|any|full|"
                          r"[a-z]+(?:s|ion|ment|ance|ence|ship)(?<!ss)|pay|compensation|support|leave|treatment)\b))")),
    ("may", lazy_compile(r"\b(?:may|can|^\s*(?:[a-z]+\s+)?(?:extendable|renewable|reducible|shortenable|adjustable|waivable)|"
                         # 'is encouraged to budget', 'the Act does not rule out …': urged or left open, not required
                         r"(?:is|are|was|were)\s+(?:merely\s+|only\s+)?encouraged\s+to|(?:does|do|did)\s+not\s+rule\s+out|"
                         r"(?:is|are)\s+not\s+ruled\s+out|"
                         # 'is not something an officer is forbidden to do', 'are not prohibited from': it is allowed
                         r"(?:is|are|was|were)\s+not\s+(?:[\w-]+\s+){0,6}?(?:forbidden|prohibited|barred|banned|disqualified|"
                         r"precluded)|"
                         # 'does not bar someone from appointment', 'is no bar to becoming': it is allowed
                         r"(?:does|do|did)\s+not\s+(?:\w+ly\s+)?(?:bar|disqualify|preclude|prohibit|forbid|ban)\b|(?:is|are)\s+no\s+(?:bar|obstacle|impediment)\s+to|"
                         r"(?:is|are) allowed to|(?:is|are) permitted to|(?:is|are) entitled to|"
                         # '… sharing their opinions is allowed.': the act, allowed (a passive at the clause's end)
                         r"(?:is|are)\s+(?:also\s+)?(?:allowed|permitted)(?=\s*(?:[.,;]|$))|"
                         # 'false notifications are not covered by the ban': outside the ban, so allowed
                         r"(?:is|are)\s+not\s+(?:covered|caught|included)\s+by\s+(?:the|this|that|any)\s+(?:ban|prohibition)|"
                         r"falls?\s+outside\s+(?:the|this|that)\s+(?:ban|prohibition)|"
                         r"(?:is|are|remains?|stays?) (?:free|at liberty) to|at (?:its|his|her|their) discretion|discretionary|(?:has|have) discretion|"
                         r"(?:has|have) the (?:option|choice|freedom)|"
                         r"(?:has|have) (?:(?:the|some|full|wide|broad)\s+)?(?:leeway|latitude)|"
                         # 'whether the mayor carries out exchanges is up to the mayor'; 'the Act merely permits it'
                         r"^\s*whether\b[^;.]{0,200}?\b(?:is|are)\s+(?:entirely\s+|left\s+|wholly\s+)?up\s+to|"
                         # 'implementing it is up to the State', '… is up to Gangwon's governor' (not 'up to ten
                         # years', 'up to 5 members')
                         r"(?:is|are)\s+(?:entirely\s+|left\s+|wholly\s+)?up\s+to\s+(?:the|each|its|their|his|her|[A-Za-z][\w-]*'s)\s+"
                         r"(?!(?:end|start|beginning|age|amount|limit|level|maximum|minimum|date|day|year|month|sum|"
                         r"total|number|ceiling|cap)\b)(?:[\w-]+\s+){0,4}?[\w-]+(?=\s*(?:[.,;]|$|to\s+decide\b|whether\b))|"
                         r"(?:permits|allows)\s+(?:it|this|that|them|(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+to)|"
                         # 'the law lets the State pay', 'leaves it to the State whether to pay'
                         r"\blets\s+(?:it|them|(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+[a-z]+|"
                         r"\bleav(?:e|es|ing)\s+it\s+(?:up\s+)?to\s+[\w' -]{1,40}?\s+(?:whether|to\s+decide)|"
                         r"(?:is|are) (?:left )?(?:to|up to) (?:the )?[\w' -]{0,40}?discretion|"
                         # 'support is at the governor's discretion', 'lies within the State's discretion'
                         r"(?:is|are|lies|lie|rests?|remains?)\s+(?:entirely\s+|wholly\s+|left\s+)?(?:at|within|in)\s+"
                         r"(?:the\s+)?[\w' -]{0,40}?discretion)\b")),
    ("neg", lazy_compile(r"\b(?:not(?!\s+(?:just|only|merely|simply)\b)|never|no longer|nor|neither)\b|n't\b|^\s*no\s|\bthere (?:is|are) no\b"
                         # 'no planning office is established', 'they receive no allowances': a 'no' on what is done
                         r"|\bno\s+(?!(?:more|less|fewer|later|earlier|longer|sooner|other|obligation|duty)\b)"
                         r"(?:[\w-]+\s+){0,4}?(?:is|are|was|were|will be)\s+(?:\w+ed|\w+en|set|built|paid|made|held|"
                         r"given|kept|put|run|set up)\b"
                         r"|\b(?:receives?|gets?|gains?|earns?|enjoys?|obtains?)\s+no\b"
                         r"(?!\s+(?:more|less|fewer|later|longer)\b)"
                         r"|\b(?:receives?|gets?|earns?|(?:is|are)\s+paid)\s+nothing\b"
                         # 'the Act stops short of establishing …': it does not establish it
                         r"|\b(?:stops?|stopped|falls?|fell)\s+short\s+of\b"
                         # 'the committees have none': the thing just named is not had
                         r"|\b(?:has|have|holds?|keeps?|gets?|receives?)\s+none\b"
                         # 'the council holds no regular meetings', 'it has no fixed term': what is not held or had
                         # (after its subject: 'those who … and have no disqualifying grounds' describes them)
                         r"|(?<=[\w']\s)(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\band\s)(?<!\bor\s)"
                         r"\b(?:has|have|holds?|keeps?|maintains?|carr(?:y|ies)|bears?|enjoys?)\s+no\s+(?!(?:more|less|fewer|later|longer|other|"
                         r"obligation|duty|need|choice|option|say|power|right|authority|discretion)\b)"
                         # 'none of its meetings are public'; 'has ceased funding', 'refuses to fund', 'the hearing is
                         # waived': the act is not done
                         r"|^\s*none\s+of\b|\b(?:has|have|had)\s+(?:ceased|stopped)\b|\bceases?\s+to\b"
                         r"|\b(?:refuses?|refused|declines?|declined)\s+to\b|\b(?:is|are|was|were|be|been)\s+waived\b")),
)
_EN_ORDER = {name: i for i, (name, _) in enumerate(_EN_MODAL_PATTERNS)}
_EN_PASSIVE = lazy_compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|held|set|kept|"
                           r"drawn|chosen|given|run|put|led)\b", re.IGNORECASE)
_EN_CLAUSE = lazy_compile(r",?\s+(?:and|but)\s+(?=(?:cannot|can|may|must|shall|need|is|are|was|were|will|does|do|has|"
                          # ('a person declared bankrupt and not yet reinstated may …': 'not …ed' still describes
                          # the subject, before its verb)
                          r"have|not(?!\s+(?:yet\s+)?[a-z]+(?:ed|en)\s+(?:may|can|cannot|must|shall|will|is|are)\b)|"
                          r"no longer|serves?|holds?)\b)|;\s*"
                          # ', and it is set to exist …', ', whereas the soft landing …': a new subject after a
                          # comma starts a clause of its own (a bare 'the' may still close a list: 'A, B, and the C')
                          r"|,\s+(?:and|but|while|whereas)\s+(?=(?:it|they|these|those|this|its|their|he|she)\s)"
                          r"|,\s+(?:while|whereas)\s+(?=the\s)|,\s+(?:although|though|whereas)\s+"
                          # (', while new burdens on the residents are not ruled out': a subject and verb of its own)
                          r"|,\s+while\s+(?=(?:[\w'-]+\s+){1,8}?(?:is|are|must|may|can|cannot|shall|need|will|does|do)\s)"
                          # ', provided that professors … must hold it concurrently': a proviso with its own subject
                          r"|,\s+provided\s+that\s+(?=(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+){0,6}?\s+"
                          r"(?:must|may|can|cannot|shall|need)\b)"
                          # ', and the Commissioner General may …': a new subject with a modal of its own (a list
                          # closed by 'and the C may …' is joined again below: its first part has no verb)
                          r"|,\s+(?:and|but)\s+(?=(?:the|a|an|each|every|any)\s+(?:[\w'-]+\s+){0,6}?"
                          r"(?:must|may|can|cannot|shall|need)\b)"
                          # (', and extraordinary meetings may be convened …': a plural noun phrase without one)
                          r"|,\s+(?:and|but)\s+(?=(?:[a-z'-]+\s+){0,3}[a-z'-]+s\s+(?:must|may|can|cannot|shall|need|are\s+not|were\s+not)\b)"
                          # ', except that results on education … are sent to …': a proviso, a rule of its own
                          r"|,\s+except\s+that\s+"
                          # '… within 25 days, extendable by up to 5 days': an allowance of its own
                          r"|,\s+(?=(?:[a-z]+\s+)?(?:extendable|renewable|reducible|shortenable|adjustable|waivable)\b)"
                          # ', and when it decides how much …, it has to weigh …': a rule of its own, with its condition
                          r"|,\s+and\s+(?=(?:when|once|before|after)\s)"
                          # ', but officials of grade 5 or above … are exempt': 'but' after a comma opens a rule of its own
                          r"|,\s+but\s+(?=[^,;.]{0,80}?\b(?:is|are|must|may|can|cannot|shall|will|has|have|need|does|do)\s)"
                          # ', and recruits then have to serve there': a new subject, then 'then' or 'also' and its verb
                          r"|,\s+and\s+(?=[a-z]+(?:\s[a-z]+)?\s+(?:then|also|in turn)\s+(?:must|may|can|cannot|has|have|"
                          r"need|needs|is|are|will|shall)\b)"
                          # ', and removing the chair also needs …': a gerund subject with its own verb
                          r"|,\s+and\s+(?=[a-z]+ing\s[^,;.]{0,60}?\b(?:is|are|must|may|can|cannot|needs?|requires?|takes?)\s)"
                          # ', and the chair is appointed by …': a subject with its own verb, not a list's last item
                          r"|,\s+and\s+(?=(?:the|its|their|each|every|any|a|an)\s[^;.]{0,60}?\b(?:is|are|must|may|can|cannot|"
                          r"shall|will|has|have|serves?|holds?|appl(?:y|ies))\s)"
                          # ', and in principle it holds …': an adverb before the new subject
                          r"|,\s+and\s+(?:in principle|as a rule|in general|generally|normally|then|in turn|in addition|"
                          r"also)\s*,?\s+(?=(?:it|they|he|she|this|these|its|their)\s)"
                          # ', with the specifics set by Ordinance of …': a rule of its own in an absolute phrase
                          r"|,\s+with\s+(?=(?:the|its|their)\s+[^,;.]{0,60}?\b(?:set|laid down|determined|decided|"
                          r"prescribed|provided for|fixed|left)\b)")


_EN_RELATIVE_WORD = lazy_compile(r"\b(?:who|which|whom|whose)\b")
_EN_THAT = lazy_compile(r"\b([a-z]+)\s+that(?=\s+(?:the|a|an|it|they|this|its|their|he|she)\b)")
_SAYING = frozenset({"say", "says", "said", "argue", "argues", "argued", "state", "states", "stated", "provide",
                     "provides", "provided", "note", "notes", "noted", "so", "such", "ensure", "ensures", "mean",
                     "means", "require", "requires", "show", "shows", "find", "finds", "found", "believe", "believes",
                     "consider", "considers", "suggest", "suggests", "claim", "claims", "prescribe", "prescribes",
                     "stipulate", "stipulates", "add", "adds", "explain", "explains", "conclude", "concludes",
                     "than", "that", "is", "are", "was", "were", "clear", "likely", "unlikely", "doubt", "doubts"})


class _Relative:
    """A relative pronoun found in a clause: who/which/whom/whose, or 'that' after a noun
    ('matters that the decree does not cover'), not after a verb of saying ('argues that …')."""

    def __init__(self, start: int, end: int) -> None:
        self._span = (start, end)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]


def _relative(text: str) -> _Relative | None:
    found = [(m.start(), m.end()) for m in _EN_RELATIVE_WORD.finditer(text)]
    found += [(m.end(1) + 1, m.end()) for m in _EN_THAT.finditer(text) if m.group(1) not in _SAYING]
    if not found:
        return None
    return _Relative(*min(found))
_EN_CONDITIONAL = lazy_compile(r"\b(?:when|whenever|where|if|unless|while|because(?!\s+of\b)|once|until|except"
                               r"|(?:so|as)\s+long\s+as|provided\s+(?:that\s+)?(?=[a-z]+\s)|on\s+condition\s+that)\b"
                               r"|^\s*to(?=\s+[a-z]+\b[^,]*,)|^\s*(?:before|after)\b(?=[^,]*,)"
                               r"|\bso\s+that\b(?=[^,]*\b(?:can|could|may|might)\b)")
"""A conditional clause, or a purpose or a time opening the sentence ('To hold hearings on …, the council sets up …',
'Before the land is sold, the Minister must …'), or a purpose whose 'can' is not the rule's ('so that command can happen
in real time, the committee has to …')."""


_STATUS_AT_END = lazy_compile(r"\s(?:is|are)\s+(?:not\s+|merely\s+|only\s+)?(?:optional|mandatory|compulsory|obligatory|"
                              r"required|prohibited|forbidden|allowed|permitted|discretionary)\s*\.?\s*$")
"""'… is optional.' at a sentence's end: the status of what the sentence's subject names."""


def _modal_spans(text: str) -> list[tuple[int, int]]:
    return sorted((m.start(), m.end()) for _, pattern in _EN_MODAL_PATTERNS for m in pattern.finditer(text))


def main_clause(clause: str) -> str:
    """The clause without its relative and conditional clauses, whose modals are not the
    main predicate's: 'a police officer who disagrees … may raise an objection' → 'a police
    officer may raise an objection'; 'except where a disability prevents …, members cannot be
    dismissed' → 'members cannot be dismissed'; 'acts for the chief who cannot …' → 'acts for the chief'.

    A conditional clause runs to the next comma; a relative clause holds its own verb (the first
    modal right after the pronoun) and runs to the next modal or comma."""
    low = clause.lower()
    for _ in range(6):
        rel, cond = _relative(low), _EN_CONDITIONAL.search(low)
        m = min((x for x in (rel, cond) if x), key=lambda x: x.start(), default=None)
        if m is None:
            break
        rest = low[m.end():]
        comma = rest.find(",")
        end = len(rest) if comma < 0 else comma + 1
        if m is cond:
            # 'once the reason has gone, or its purpose can no longer be met, the official must …': the
            # condition's second half, after 'or' / 'and', is part of it
            more = re.match(r"\s*(?:or|and)\s+[^,]{1,120},", rest[end:])
            end += more.end() if more else 0
            modal = next((a for a, _ in _modal_spans(rest) if a >= end), None)
            final = _STATUS_AT_END.search(rest)
            if comma < 0 and final is not None and m.start() > 0:
                # 'marking the premises so that Koreans can tell it is for foreigners is optional': a clause
                # inside the subject, which the sentence's own 'is optional' ends
                end = final.start()
            if m.start() == 0 and comma >= 0 and modal is not None:
                # a condition opening the sentence runs to the last comma before the main verb ('Before
                # the land is released, transferred or sold, the Minister must …')
                end = max(end, rest.rfind(",", 0, modal) + 1)
        if m is rel and re.search(r"\b(?:in|on|at|by|under|for|through|with|from|to|of|during|within)\s+$",
                                  low[: m.start()]):
            # 'conditions in which citizens can take part': the relative clause has its own subject and
            # verb, and runs to the main clause's verb ('the period during which he may not serve is two years')
            verbs = [w for w in re.finditer(r"[a-z']+", rest) if w.group() in _AUX or w.group() == "cannot"]
            if len(verbs) > 1 and verbs[1].start() < end:
                end = verbs[1].start()
        elif m is rel and re.match(r"\s*(?:the|a|an|it|they|this|its|their|he|she)\b", rest):
            end = min(end, _object_relative_end(rest))
        elif m is rel and not (re.search(r"\b(?:is|are|was|were|has|have|had)\b", low[: m.start()])
                               and _EN_CONDITIONAL.search(rest[:end])):
            # ('X has three deputies, who stand in for the head when the head cannot act': the main verb came
            # before the relative clause; the modal after it is its condition's)
            for start, _stop in _modal_spans(rest):
                if start >= end:
                    break
                if len(rest[:start].split()) > 1:  # not the relative clause's own verb
                    # ('officials who came from … are not treated equally': the main verb's auxiliary stays)
                    aux = re.search(r"\b(?:is|are|was|were|do|does|did|has|have|had)\s+$", rest[:start])
                    end = aux.start() if aux else start
                    break
        low = (low[: m.start()] + " " + rest[end:]).strip()
    return low


_AUX = frozenset({"does", "do", "did", "may", "must", "shall", "can", "cannot", "will", "would", "should", "is", "are",
                  "was", "were", "has", "have", "had", "need", "needs"})


def _object_relative_end(rest: str) -> int:
    """Where a relative clause with its own subject ends ('[the decree does not cover] are governed',
    '[the chair appoints] must attend'): after its subject, its verb (with an auxiliary and 'not'),
    at the next auxiliary, modal or 'is/are'."""
    words = list(re.finditer(r"[a-z'-]+", rest))
    i = 1
    while i < len(words) and i <= 4 and words[i].group() not in _AUX and not words[i].group().endswith(("s", "ed")):
        i += 1  # the subject noun phrase
    if i < len(words) and words[i].group() in _AUX:
        i += 1
        while i < len(words) and words[i].group() in ("not", "no", "longer", "be", "been"):
            i += 1
    i += 1  # the verb itself
    for w in words[i:]:
        if w.group() in _AUX:
            return w.start()
    return len(rest)


_REDUCED_NEGATIVE = lazy_compile(
    r"\b(?!(?:is|are|was|were|be|been|being|do|does|did|has|have|had|can|could|may|might|must|shall|should|will|"
    r"would|need|needs|and|or|but|if|whether|that|which|who|it|they|he|she|to|does)\b)([a-z]+)\s+not\s+"
    r"((?:[a-z]+ed|[a-z]+en|shown|known)\s+(?:in|by|under|among|on|as|within|for)\b)")
_REDUCED_NEGATIVE_COORDINATED = lazy_compile(
    r"\band\s+not\s+(?:yet\s+)?((?:[a-z]+ed|[a-z]+en)\b)(?=\s+(?:may|can|cannot|must|shall|will|is|are)\b)")
"""'a person declared bankrupt and not yet reinstated may be appointed': still un-reinstated, a description of the
subject before its verb, not the verb's negation."""


def english_modality(clause: str) -> str:
    """The modality of an English clause (leftmost marker; ties: need not > must not > must > may > not).
    A relative or conditional clause ('the chief who cannot …') does not count (:func:`main_clause`)."""
    low = main_clause(clause) or clause.lower()
    # 'are all allowed to', 'are nonetheless prohibited from': the adverb leaves the modality as it is
    low = re.sub(r"\b(is|are|was|were|has|have)\s+(?:all|both|each|also|still|nonetheless|nevertheless|likewise|equally|"
                 r"expressly|explicitly|strictly)\s+", r"\1 ", low)
    # 'only officers the chief approves get to carry weapons': they may (not 'gets to the committee')
    low = re.sub(r"\b(?:get|gets)\s+to\s+(?!(?:the|a|an|its|his|her|their|that|this|it|them|work|know)\b)(?=[a-z])", "may ", low)
    # 'nobody is allowed to obstruct', 'no one may …': the act is banned
    low = re.sub(r"^(?:.*?\s)?(?:no one|nobody|no person|no-one|none)\s+(?:is|are)\s+(?:allowed|permitted|entitled)\s+to\b",
                 "they must not", low)
    low = re.sub(r"^(?:.*?\s)?(?:no one|nobody|no person|no-one)\s+(?:may|can)\b", "they must not", low)
    # 'no disciplinary resolution is to be taken': it is not done
    low = re.sub(r"^(?:.*?\s)?no\s+(?:[a-z'-]+\s+){1,4}(?:is|are)\s+to\s+be\b", "they are not", low)
    # 'funding will not fall below the earlier level' is a bound (이상), not a negation of the act
    low = re.sub(r"\b(?:will|shall|does|do|must|may|can|is to)?\s*(?:not|never)\s+(?:fall|drop|go|sink|dip)\s+below\b",
                 "stays at or above", low)
    # 'projects not listed in Article 64(1)': a noun's reduced relative clause, not the predicate
    low = _REDUCED_NEGATIVE.sub(r"\1 un\2", low)
    low = _REDUCED_NEGATIVE_COORDINATED.sub(r"and un\1", low)
    best: tuple[int, int, str] | None = None
    for name, pattern in _EN_MODAL_PATTERNS:
        m = pattern.search(low)
        if m and (best is None or (m.start(), _EN_ORDER[name]) < best[:2]):
            best = (m.start(), _EN_ORDER[name], name)
    return best[2] if best else "decl"


def _compound_start(phrase: str, m: re.Match[str]) -> bool:
    """Is ``m`` the head of a compound of body names opening the phrase ('jeju provincial police chief')?"""
    first = AGENT_EN.search(phrase)
    return first is not None and first.start() == 0 and first is not m


_EN_LEAD_PHRASE = lazy_compile(
    r"\s*(?:notwithstanding|despite|regardless of|in spite of|apart from|aside from|except for|other than|"
    r"in addition to|on top of|besides|beyond|under|according to|pursuant to|in line with|in|for|within|unlike|"
    r"as for)\b[^,]{0,200},\s*")
"""A phrase opening an English sentence before its subject ('Despite Article 9 of …, the governor …')."""


def _subject_heads(head: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The bodies named in a subject, without those that only qualify another: 'the governor of Jeju'
    is a governor ('of Jeju' says which one); 'the commissioner of the Korea Forest Service' is the
    Service's head (:func:`headed`)."""
    out: list[re.Match[str]] = []
    for m in found:
        if out and re.fullmatch(r"\s+of\s+(?:the\s+)?", head[out[-1].end() : m.start()]):
            key = AGENT_LOOKUP.get(m.group(1).lower())
            if key is None or headed(key, head, m.start()) == key:
                continue
            out.pop()
        out.append(m)
    return out


_SECOND_PASSIVE_BY = lazy_compile(r",?\s+and\s+(?=(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|wn|ut)\s+by\s+(?:the\s+)?[A-Za-z])")
"""'is put forward by the Minister … and appointed by the President': a second passive verb with its own by-phrase."""


def _split_passives(clause: str) -> list[str]:
    """One clause with two passive verbs, each with its own agent, as two clauses: each verb's agent is its own."""
    if len(re.findall(r"\bby\s", clause)) < 2:
        return [clause]
    parts, start = [], 0
    for m in _SECOND_PASSIVE_BY.finditer(clause):
        if re.search(r"\bby\s", clause[start : m.start()]):
            parts.append(clause[start : m.start()])
            start = m.end()
    return [*parts, clause[start:]]


def _english_predicates(text: str) -> tuple[Predicate, ...]:
    clauses = [part for c in _EN_CLAUSE.split(text) if c and c.strip() for part in _split_passives(c)]
    out: list[Predicate] = []
    subject: str | None = None
    for i, clause in enumerate(clauses):
        core = main_clause(clause)  # the voice and who acts are the main clause's, not 'until two-thirds is reached'
        passive = bool(_EN_PASSIVE.search(core))
        modal = _EN_MODAL_PATTERNS[2][1].search(core) or _EN_MODAL_PATTERNS[3][1].search(core)
        if passive and modal and not _EN_PASSIVE.match(core, modal.end() + 1) \
                and not _EN_PASSIVE.search(core[: modal.start()]) \
                and not re.match(r"\s*(?:not\s+)?be\b", core[modal.end():]):
            # 'the governor must assess … whether they should be extended': the main verb after the modal is
            # active; the passive belongs to a clause inside its object
            passive = False
        by = re.search(r"\bby\s+(?:the\s+)?(.+)$", clause, re.IGNORECASE)
        agent = None
        if by:
            phrase = by.group(1)
            m = AGENT_EN.search(phrase)
            while m:  # 'the Jeju provincial police chief': the last noun of a compound is its head
                nxt = AGENT_EN.match(phrase, m.end() + 1) if phrase[m.end() : m.end() + 1] == " " else None
                if not nxt:
                    break
                m = nxt
            if m and (m.start() == 0 or _HEAD_PREFIX.fullmatch(phrase[: m.start()].strip() + " ")
                      or _compound_start(phrase, m)):
                agent = AGENT_LOOKUP.get(m.group(1).lower())
                agent = headed(agent, phrase, m.start()) if agent else agent
                passive = False  # 'is appointed by the President': the by-phrase names who acts
        if agent is None and not passive:
            # who acts is named in the main clause: not in 'to hold hearings on persons the governor has asked, …'
            verb = _EN_MODAL_PATTERNS[2][1].search(core) or re.search(r"\b(?:is|are|has|have|may|can)\b", core)
            head = core[: verb.start()] if verb else core[: max(1, len(core) // 2)]
            # ('Notwithstanding the Local Allocation Tax Act, the Minister …': what opens the sentence
            # before its subject names no one who acts)
            lead = _EN_LEAD_PHRASE.match(head)
            head = " " * lead.end() + head[lead.end():] if lead else head
            # ('The state supports Sejong's finances': a possessive is not who acts)
            found = _subject_heads(head, [m for m in AGENT_EN.finditer(head)
                                          if head[m.end() : m.end() + 2] not in ("'s", "’s")])
            if found and verb is None and head[: found[0].start()].strip().lower() in ("", "the", "a", "an"):
                # no modal to split at: a clause that opens with a body names who acts ('The support committee
                # sets the criteria for state funding to the Jeju development center'); a compound's last noun
                first = found[0]
                for m in found[1:]:
                    if head[first.end() : m.start()].strip() != "":
                        break
                    first = m
                found = [first]
            if found:  # the head noun of the subject: 'the Jeju governor' is a governor
                agent = AGENT_LOOKUP.get(found[-1].group(1).lower())
                agent = headed(agent, head, found[-1].start()) if agent else agent
            elif i == 0:
                subject = None
        if i == 0:
            subject = agent if not passive else None
        elif agent is None and not passive:
            agent = subject  # 'X serves … and cannot be …': the same subject
        # the predicate's words are the main clause's: 'must carry weapons when performing duties' is
        # about carrying, not performing
        words = tuple(w.lower() for w in EN_TOKEN.findall(main_clause(clause) or clause))
        out.append(Predicate(lemma=" ".join(words), modality=english_modality(clause),
                             agent=frozenset({agent}) if agent else frozenset(),
                             passive=passive, words=words, final=i == len(clauses) - 1))
    return tuple(out)


_CONTENT_PRED_TAGS = {"NNG", "NNP", "VV", "VA", "XR", "MAG", "VV-R", "VA-R", "VV-I", "VA-I", "SL"}
_SHORT_NEGATION = {"못": "must_not", "안": "neg"}
"""The adverbs of short negation before a verb, and the modality they give a plain ending."""
_MODAL_FORMS = {"수", "의무", "필요", "있", "없", "않", "아니", "안", "못", "되", "하", "지", "것", "바", "그", "이"}
_HAS_VERB_EN = lazy_compile(r"\b(?:is|are|was|were|be|been|must|may|can|cannot|shall|will|would|should|has|have|had|need|"
                            r"needs|does|do|did|[a-z]{3,}ed)\b", re.IGNORECASE)
"""A clause has a verb; a list of short names before ', and' has none."""
_CLAUSE_EC = {"고", "며", "으며", "으나", "나", "지만", "는데", "은데", "ᆫ데", "되", "으되"}
"""Ends that join two rules: -되 ('보고하되, … 통보한다'), -나 ('공고해야 하나, … 생략할 수 있다')."""
_MODAL_PREDICATES = {
    "허용": {"decl": "may", "neg": "must_not"}, "가능": {"decl": "may", "neg": "must_not"},
    "금지": {"decl": "must_not", "neg": "may"},
    "불가": {"decl": "must_not", "neg": "may"}, "불가능": {"decl": "must_not", "neg": "may"},
}
_PERMITTING = frozenset({"문제", "상관", "무방", "괜찮"})
"""'공표해도 문제없다', '…해도 상관없다': the verb before '-도' is permitted (a may), the word itself is no predicate."""


def _korean_predicates(text: str, tokens) -> tuple[Predicate, ...]:
    """One predicate per clause (clauses end at -고/-며 or the sentence end)."""
    from drafter.citations.korean_surface import agent_before, korean_modality

    toks: list = []
    depth = 0
    for t in tokens:  # glosses in parentheses ('중임(重任)할') are not predicates
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0 and t.tag != "SH" and (t.tag != "SF" or t.form in ".。"):
            toks.append(t)
    # a clause ends at -고/-며 and at a sentence's full stop ('… 안 된다. 다만 … 예외다': two predicates)
    ends = [i for i, t in enumerate(toks) if (t.tag == "EC" and t.form in _CLAUSE_EC
            and not (i + 1 < len(toks) and toks[i + 1].tag == "JX")) or (t.tag == "SF" and i + 1 < len(toks))] \
        + [len(toks)]
    out: list[Predicate] = []
    start = 0
    for n, end in enumerate(ends):
        pred = None
        numeric = False
        for j in range(end - 1, start - 1, -1):
            t = toks[j]
            if t.tag == "VCP" and j > start and toks[j - 1].tag in ("NNB", "SN"):
                numeric = True  # '공소시효는 형사소송법과 달리 10년이다': the noun the number is said of, not 달리
            if numeric and t.tag == "MAG":
                continue
            if t.tag in _CONTENT_PRED_TAGS and t.form not in _MODAL_FORMS:
                pred = t
                break
        if pred is not None:
            stop = toks[end].start + toks[end].len if end < len(toks) else len(text)
            tail = text[pred.start + pred.len : stop]
            modality = korean_modality(tail)
            at = toks.index(pred)
            if modality == "decl" and at > start and toks[at - 1].tag == "MAG" and toks[at - 1].form in _SHORT_NEGATION:
                # the short negation before the verb: '시설을 못 쓴다' = 사용할 수 없다, '보고 안 한다' = 하지 아니한다
                modality = _SHORT_NEGATION[toks[at - 1].form]
            passive = bool(re.match(r"\s*(?:되|된|될|됨|돼|됐|받|당하)", tail)) or pred.form.endswith("되")
            if pred.form in _PERMITTING and re.search(r"도\s*$", text[: pred.start]):
                inner = next((t for t in reversed(toks[start : toks.index(pred)])
                              if t.tag in _CONTENT_PRED_TAGS and t.form not in _MODAL_FORMS), None)
                if inner is not None:
                    pred, modality, passive = inner, "may", False
            if pred.form in _MODAL_PREDICATES:
                # '연임은 허용되지 않는다' = 연임할 수 없다; '임명이 가능하다' = 임명할 수 있다
                modality = _MODAL_PREDICATES[pred.form].get(modality, modality)
                inner = next((t for t in reversed(toks[start : toks.index(pred)])
                              if t.tag in _CONTENT_PRED_TAGS and t.form not in _MODAL_FORMS), None)
                if inner is not None:
                    pred, passive = inner, False
            agent = agent_before(text, pred.start, AGENT_KO, AGENT_LOOKUP)
            lemma = pred.form
            i = toks.index(pred)
            if lemma in ("행위", "것", "일") and i > 0:
                # '관여하는 행위를 할 수 있다': the act is the verb before the noun
                inner = next((t for t in reversed(toks[start:i])
                              if t.tag in _CONTENT_PRED_TAGS and t.form not in _MODAL_FORMS), None)
                if inner is not None:
                    pred, i, lemma = inner, toks.index(inner), inner.form
            if len(lemma) == 1 and i > 0 and toks[i - 1].tag in ("NNG", "NNP", "XR") \
                    and toks[i - 1].start + toks[i - 1].len == pred.start:
                lemma = toks[i - 1].form + lemma  # '중임(重任)할': Kiwi may cut the compound in two
            elif len(lemma) == 1 and i + 1 < len(toks) and toks[i + 1].tag in ("XSV", "XSA") \
                    and toks[i + 1].form == "하" and toks[i + 1].start == pred.start + pred.len:
                lemma += "하"  # '명해야': the verb 명하다, not every word starting with 명
            out.append(Predicate(lemma=lemma, modality=modality, agent=agent, passive=passive,
                                 final=n == len(ends) - 1))
        start = end + 1
    return tuple(out)


_LEADING_CONCESSION = lazy_compile(r"^\s*(?:although|though|whereas|even\s+though)\s+([^,;]{5,240}),\s+(.+)$", re.IGNORECASE)


def claim_clauses(text: str) -> list[str]:
    """The clauses of a claim as texts of their own, where each states its own predicate:
    Korean clauses end at -고/-며 (the same ends as :func:`_korean_predicates`), English ones at
    'and'/'but' before a verb or at ';'. A claim LLMs write often joins two rules of a provision
    ('… 도지사가 임명하며, 임기는 3년이다'), each stated by its own sentence."""
    norm = normalize(text).strip()
    if detect_lang(norm) == "en":
        parts = []
        folded = fold_en(norm)
        # 'Although residents must not be burdened …, a former district may lose …': the concession is a clause
        conceded = _LEADING_CONCESSION.match(folded)
        pieces = [conceded.group(1), conceded.group(2)] if conceded else [folded]
        for c in (c for piece in pieces for c in _EN_CLAUSE.split(piece)):
            c = c.strip(" ,;") if c else ""
            if not c:
                continue
            if parts and not _HAS_VERB_EN.search(parts[-1]) \
                    and all(len(piece.split()) <= 4 for piece in parts[-1].split(",")):
                parts[-1] = f"{parts[-1]}, and {c}"  # 'The governor, the mayor, and the superintendent may …': a list
            else:
                parts.append(c)
    else:
        toks = [t for t in get_kiwi().tokenize(norm)]
        cuts = [t.start + t.len for i, t in enumerate(toks) if t.tag == "EC" and t.form in _CLAUSE_EC
                and not (i + 1 < len(toks) and toks[i + 1].tag == "JX")]
        parts, start = [], 0
        for cut in cuts:
            parts.append(norm[start:cut].strip(" ,"))
            start = cut
        parts.append(norm[start:].strip(" ,"))
        parts = [p for p in parts if p]
    return parts if len(parts) > 1 else [norm]


def find_periods(text: str, lang: Lang) -> frozenset[str]:
    table = PERIODS_KO if lang == "ko" else PERIODS_EN
    return frozenset(name for pattern, name in table if re.search(pattern, text, re.IGNORECASE))


_KO_UNIT = lazy_compile(r"(\d+)\s*(년|명|일|개월|회|세|개|시간|주|분의|퍼센트|%)")
_EN_UNIT = lazy_compile(r"\b(\d+|" + "|".join(ENGLISH_NUMBERS) + r")[- ](years?|members?|persons?|people|days?|months?|times?)\b",
                        re.IGNORECASE)
_EN_UNIT_KO = {"year": "년", "member": "명", "person": "명", "people": "명", "day": "일", "month": "개월", "time": "회"}


def find_measures(text: str) -> frozenset[tuple[str, str]]:
    """(number, unit) pairs: 3년, 7명, 'three-year' → ('3', '년')."""
    out = {(n.lstrip("0") or "0", u) for n, u in _KO_UNIT.findall(ARTICLE_REF.sub(" ", text))}
    for n, u in _EN_UNIT.findall(text):
        num = str(ENGLISH_NUMBERS.get(n.lower(), n))
        unit = u.lower().rstrip("s") if u.lower() != "people" else "people"
        out.add((num, _EN_UNIT_KO.get(unit, unit)))
    return frozenset(out)


NAME = lazy_compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)*)")


def find_names(text: str) -> frozenset[str]:
    """Capitalised words inside an English sentence (``Moon Jae-in``, ``Jeju``)."""
    names: set[str] = set()
    for m in NAME.finditer(text.strip()):
        for part in re.split(r"[- ]", m.group(1)):
            word = part.lower()
            if word not in ENGLISH_STOPWORDS and len(word) > 2:
                names.add(word)
    return frozenset(names)


def _is_predicate(tokens, pos: int) -> bool:
    tok = tokens[pos]
    if tok.tag in ("VV", "VA"):
        return True
    nxt = tokens[pos + 1] if pos + 1 < len(tokens) else None
    return tok.tag in ("NNG", "MAG", "XR") and nxt is not None and nxt.tag in ("XSV", "XSA")


def _light_predicate_between(tokens, pos: int, neg: int) -> bool:
    """Is there a verb of its own (되다, 하다, 해당하다, 있다) between the lemma
    and the negation? Then the negation is that verb's, not the lemma's."""
    for tok in tokens[pos + 1 : neg]:
        if tok.tag in ("VV", "VA") and tok.form in STOP_LEMMAS_KO:
            return True
        if tok.tag == "NNG" and tok.form in STOP_LEMMAS_KO:
            return True
    return False


_HOLDING_VERBS = frozenset({"두", "가지", "갖", "지니"})


def _held_object(tokens, lemmas: list[tuple[str, int]], pos: int) -> str | None:
    """The noun a negated verb of having holds ('주소를 두지 않은', '국적을 갖지 않은'): what the statute
    writes as lacking ('주소가 없는') is that noun."""
    if tokens[pos].form not in _HOLDING_VERBS or not tokens[pos].tag.startswith("VV"):
        return None
    before = [(lemma, p) for lemma, p in lemmas if p < pos]
    if not before:
        return None
    lemma, p = before[-1]
    between = tokens[p + 1 : pos]
    if tokens[p].tag.startswith("NN") and len(between) <= 1 and all(t.tag in ("JKO", "JKS", "JX") for t in between):
        return lemma
    return None


def _joined_object(tokens, pos: int) -> bool:
    """Is the noun at ``pos`` joined by 나/이나/와/과/및/또는 to the object of a light verb ('보고나 통보를 하여서는')?"""
    if tokens[pos].tag != "NNG" or pos + 3 >= len(tokens):
        return False
    link, noun, case, verb = tokens[pos + 1 : pos + 5] if pos + 4 < len(tokens) else (None,) * 4
    return link is not None and (link.tag == "JC" or link.form in ("및", "또는")) and noun.tag == "NNG" \
        and case.tag == "JKO" and verb.form == "하" and verb.tag.startswith("VV")


def _coordinated(tokens, pos: int) -> bool:
    """Is the predicate at ``pos`` joined to the next one by '-거나' (or '-든지')?"""
    for tok in tokens[pos + 1 : pos + 4]:
        if tok.tag == "EC":
            return tok.form in ("거나", "든지", "든가")
    return False


_NATIVE_COUNTS = frozenset({"한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"})


def _after_count(tokens, i: int) -> bool:
    """'나머지 여섯 명은 모두 비상임이다': 모두 after a group the claim counts itself is 'each of those six', not a
    quantifier over every case the source must repeat."""
    return i >= 3 and tokens[i - 1].tag in ("JX", "JKS") and tokens[i - 2].tag in ("NNB", "NNG") \
        and (tokens[i - 3].tag in ("SN", "NR") or (tokens[i - 3].tag == "MM" and tokens[i - 3].form in _NATIVE_COUNTS))


def _after_coordination(tokens, i: int) -> bool:
    """'추천과 통보를 모두 마치면': 모두 after a coordinated object or subject is 'both', not a
    quantifier the source must repeat."""
    j = i - 1
    if j >= 1 and tokens[j].tag in ("JX", "JKS") and sum(t.form == "," for t in tokens[max(0, j - 16) : j]) >= 2 \
            and not any(t.tag.startswith(("V", "E")) for t in tokens[max(0, j - 16) : j]):
        return True  # '경찰대학, 경찰인재개발원, 중앙경찰학교, 경찰수사연수원은 모두': all of the bodies it lists
    if j >= 1 and tokens[j].tag in ("NNG", "NNP") and any(
            t.tag == "JC" or t.form in ("및", "와", "과", "이든", "든") for t in tokens[max(0, j - 4) : j]):
        return True  # '내국인과 외국인 모두에게': right after the coordinated nouns themselves
    if j >= 0 and tokens[j].tag not in ("JKO", "JKS", "JX"):
        # '원금과 이자를 그 회계연도가 끝나기 전에 모두 갚아야': the object, a few words before (or the topic:
        # '원금과 이자는 … 모두 갚아야')
        j = next((k for k in range(i - 2, max(-1, i - 10), -1) if tokens[k].tag in ("JKO", "JX", "JKS")), -1)
    if j < 0:
        return False
    return any(t.tag == "JC" or t.form in ("및", "와", "과") for t in tokens[max(0, j - 8) : j])


_RULE_NOUNS = frozenset({"규정", "조항", "의무", "사항", "원칙", "위반", "명령", "조치"})


def _names_a_rule(tokens: list, i: int) -> bool:
    """'정치운동 금지 규정을 어기면': 금지 inside the name of a rule ('the ban on …') negates nothing."""
    return i + 1 < len(tokens) and tokens[i + 1].tag == "NNG" and tokens[i + 1].form in _RULE_NOUNS


def _becomes(tokens: list, i: int) -> bool:
    """'없어지다' (to disappear, '통합으로 없어지는 자치단체'): 없 + 어 + 지 is a verb of change, not a negation."""
    return i + 2 < len(tokens) and tokens[i + 1].form in ("어", "아") and tokens[i + 2].form == "지" \
        and tokens[i + 2].tag == "VX"


_WITHOUT_STEPS_KO = frozenset({"거치", "받", "얻"})


def _done_without(tokens, pos: int) -> bool:
    """'도의회의 동의를 거치지 않고(도) 지정할 수 있다' = 동의 없이: the noun of the step skipped is
    what is lacking. '거치지 아니하고는 … 없다' (a double negation: the step is required) is not."""
    seq = tokens[pos + 1 : pos + 6]
    if len(seq) < 5 or tokens[pos].tag != "NNG" or seq[0].tag != "JKO":
        return False
    verb, ending, neg, link = seq[1], seq[2], seq[3], seq[4]
    if verb.form not in _WITHOUT_STEPS_KO or ending.form != "지" or neg.form not in ("않", "아니하") \
            or link.form != "고":
        return False
    after = tokens[pos + 6] if pos + 6 < len(tokens) else None
    return not (after is not None and after.tag == "JX" and after.form in ("는", "은"))


_LAW_TITLE = lazy_compile(r"「[^」]{1,120}」")


def _korean_lemmas(text: str, tokens=None) -> tuple[set[str], set[str], set[str], set[str], bool]:
    if tokens is None:
        tokens = get_kiwi().tokenize(text)
    lemmas: list[tuple[str, int]] = []
    negated: set[str] = set()
    strong: set[str] = set()
    has_neg = False
    negate_next = False
    # a statute's title negates nothing ('「고용상 연령차별금지 및 고령자고용촉진에 관한 법률」 제12조가 적용되지 않으며')
    titles = [(m.start(), m.end()) for m in _LAW_TITLE.finditer(text)]
    for i, tok in enumerate(tokens):
        form, tag = tok.form, tok.tag
        if tag.startswith("S") and tag not in ("SL", "SH", "SN"):
            negate_next = False
        if form == "전체" and any(t.form in _BASE_OF_KO or (t.form == "분" and t.tag == "XSN") for t in tokens[i + 1 : i + 8]):
            # ('전체 의원정수의 4분의 1', '전체 정원 범위 안에서', '재직기간 전체를 합쳐': the whole as a base or a sum)
            pass  # '전체 세출예산의 일정 비율': the whole is the base of a share, not a claim about all of it
        elif form in STRONG_WORDS_KO and not (form == "모두" and _after_coordination(tokens, i)) \
                and not (form == "모두" and i + 1 < len(tokens) and tokens[i + 1].form == "의") \
                and not (form in ("모두", "전원", "전부") and _after_count(tokens, i)) \
                and not (form in ("모두", "총", "전부") and i + 1 < len(tokens) and tokens[i + 1].tag in ("SN", "NR")) \
                and not (form in ("모두", "전부") and i + 1 < len(tokens) and tokens[i + 1].form in _SUMMING_KO):
            # ('경력을 모두 합쳐 15년 이상': a sum, the statute's 합산)
            # ('모두 8단계로 되어 있다': a total, not a claim about every case)
            strong.add(STRONG_WORDS_KO[form])
        is_neg = (form in ("않", "못", "아니", "안", "아니하", "못하") and tag in ("VX", "MAG", "VCN", "VA", "VV"))
        is_neg = is_neg or (form == "없" and tag == "VA" and not _becomes(tokens, i)) \
            or (form in ("금지", "불가") and tag == "NNG" and not _names_a_rule(tokens, i))
        is_neg = is_neg and not any(a < tok.start < b for a, b in titles)
        if tag == "XPN" and form in NEGATION_PREFIX_KO:
            negate_next = True
            continue
        if form == "없이" and tag == "MAG":
            # '승인 없이', '의결 없이': the noun before is what is absent
            has_neg = True
            if lemmas and i - lemmas[-1][1] <= 2:
                negated.add(lemmas[-1][0])
            continue
        if form in ("안", "못", "아니") and tag == "MAG":
            has_neg = True
            following = tokens[i + 1].form if i + 1 < len(tokens) else ""
            if following == "되" and i and tokens[i - 1].tag in ("JKS", "JKC"):
                continue  # '위원이 못 된다' = '위원이 될 수 없다': it negates 되다, not the noun
            if following == "되":  # '-해서는 안 된다': a prohibition of the verb before it
                is_neg = True
            elif form == "못" and following == "하" and i and tokens[i - 1].form == "지" and tokens[i - 1].tag == "EC":
                is_neg = True  # '유지되지 못했다' (Kiwi: 지 못/MAG 하): the long negation of the verb before it
            else:
                negate_next = True
                continue
        if is_neg:
            has_neg = True
            # Korean negation follows its predicate: '연임(連任)할 수 없다'; it also
            # covers predicates coordinated before it in the same clause
            # ('누설하거나 … 공표해서는 안 된다'), up to a comma or '-며'.
            nearest = True
            last = lemmas[-1][1] if lemmas else -1
            if any(t.tag in ("VV-R", "VA-R", "VV-I", "VA-I") for t in tokens[last + 1 : i]):
                nearest = False  # '경찰공무원으로 뽑을 수 없다': the verb (a form Kiwi tags apart) is negated, not the noun
            # '거부하거나 … 응하지 않은 자': a negation inside a noun's modifier negates its own verb only
            adnominal = i + 1 < len(tokens) and tokens[i + 1].tag == "ETM"
            for lemma, pos in reversed(lemmas):
                if tokens[pos].tag == "SH":
                    continue
                between = tokens[pos + 1 : i]
                if any(t.tag in ("SP", "SF") or (t.tag == "EC" and t.form.endswith("며")) for t in between):
                    break
                if not nearest and (adnominal or any(
                        t.form in ("때", "경우") and t.tag.startswith("NN") for t in between)
                        or any(t.tag == "ETM" for t in between)):
                    # ('파면되거나 해임된 적이 있는 사람은 … 뽑을 수 없다': a clause that describes a noun ends there)
                    break  # '바꾸거나 없앨 때에는 … 손실을 입지 않도록': the condition is not what is negated
                if any(t.form in ("이유", "때문", "까닭") and t.tag.startswith("NN") for t in between):
                    break  # '근무하거나 공부했다는 이유로 불이익을 받아서는 안 된다': the reason is not what is banned
                if nearest:
                    nearest = False
                    # '위원이 될 수 없다': the negation belongs to 되다, not to 위원
                    if i - pos <= 8 and not _light_predicate_between(tokens, pos, i):
                        negated.add(lemma)
                        held = _held_object(tokens, lemmas, pos)
                        if held:
                            negated.add(held)  # '주소를 두지 않은 사람' = '주소가 없는 사람'
                elif _is_predicate(tokens, pos) and _coordinated(tokens, pos):
                    negated.add(lemma)
                elif _joined_object(tokens, pos):
                    negated.add(lemma)  # '거짓으로 보고나 통보를 하여서는 아니 된다': both are what must not be done
            continue
        if tag in CONTENT_TAGS:
            lemma = form.lower() if tag == "SL" else form
            if lemma in STOP_LEMMAS_KO or len(lemma) == 0:
                if negate_next and tag.startswith(("VV", "VA", "VX")):
                    negate_next = False  # '일을 못 하면 정해진 순서에 따라': 못 negates 하다, not the next content word
                continue
            lemmas.append((lemma, i))
            if negate_next:
                negated.add(lemma)
                negate_next = False
    for i, tok in enumerate(tokens):
        # '특별한 사유가 있는 경우를 제외하고' = 특별한 사유가 없으면: the noun before 있 is negated
        if tok.form in ("제외", "외") and any(t.form == "경우" for t in tokens[max(0, i - 3) : i]):
            have = next((j for j in range(i - 1, max(-1, i - 6), -1) if tokens[j].form == "있"), None)
            noun = next((lemma for lemma, pos in reversed(lemmas) if have is not None and pos < have), None)
            if noun is not None:
                negated.add(noun)
                has_neg = True
    for lemma, pos in lemmas:
        if _done_without(tokens, pos):
            negated.add(lemma)
            has_neg = True
    all_lemmas = {lemma for lemma, _ in lemmas}
    affirmed = all_lemmas - negated if not negated else {
        lemma for lemma, _ in lemmas if lemma not in negated
    }
    # a lemma can be negated in one place and affirmed in another
    counts: dict[str, int] = {}
    for lemma, _ in lemmas:
        counts[lemma] = counts.get(lemma, 0) + 1
    for lemma in negated:
        if counts.get(lemma, 0) > 1:
            affirmed.add(lemma)
    return all_lemmas, negated, affirmed, strong, has_neg


_SUMMING_KO = frozenset({"합치", "합하", "합산", "더하", "합", "통산"})
"""What '모두' adds up before ('모두 합쳐', '모두 합산하여'): a total, not 'every'."""
_BASE_OF_KO = frozenset({"비율", "분의", "일정", "일부", "퍼센트", "범위", "이내", "기준", *_SUMMING_KO})
"""What '전체' is the base of ('전체 세출예산의 일정 비율', '전체 정원 범위'): a share or a range of the whole."""


_TIME_UNITS_EN = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "half", "quarter",
                            "session", "term", "meeting", "two", "three", "other"})


_FLOATING_ALL_VERBS = frozenset({"take", "need", "require", "have", "share", "apply", "must", "may", "can", "are",
                                 "were", "remain", "count", "cost", "skip", "fall", "belong", "qualify", "come", "receive",
                                 "is"})  # ("… all skip the probation": folded to "all is done without")
"""'overhauling legislation, introducing new models and fixing shortcomings all take time': 'all' of the items
just listed, no universal claim."""
_NOT_AFTER_FLOATING_ALL = frozenset({"the", "of", "other", "its", "their", "his", "her", "these", "those", "such",
                                     "members", "member", "persons", "people", "officials", "cases", "matters", "types",
                                     "kinds", "forms", "areas", "powers", "duties", "affairs", "rights", "costs"})


def _floating_all_verb(nxt: str, prev: str) -> bool:
    """'the university, the institute, the academy and the school all sit under the commissioner': after a list
    ending in a plural or a name, 'all' before a verb gathers the items; 'all members' would be a universal."""
    return bool(nxt) and nxt not in _NOT_AFTER_FLOATING_ALL and nxt.isalpha() and (
        prev.endswith("s") or prev[:1].isupper() or prev in ("academy", "university", "institute", "school",
                                                             "committee", "council", "agency", "office"))


_FINITE_EN = frozenset({"is", "are", "was", "were", "must", "may", "can", "shall", "will", "has", "have", "carries"})
_MODALS_EN = frozenset({"can", "may", "must", "shall", "should", "will", "would", "could", "might"})
_SCOPE_END_EN = frozenset({"because", "since", "although", "though", "whereas", "while", "unless", "which", "who",
                           "whom", "whose", "but"})
_CONDITION_EN = frozenset({"if", "when", "with", "after", "upon", "once", "where", "within", "until", "till", "subject", "following"})
"""What may follow 'only' in a condition or a time limit ('only until 31 December 2028': a sunset, 존속기한)."""


def _only_condition(words: Sequence[str], i: int) -> bool:
    """'can only open with a majority present', 'only if the council agrees': a condition the act
    needs (재적위원 과반수의 출석으로 개의), not a claim that nothing else may do it."""
    after = words[i + 1 : i + 4]
    if after[:1] and after[0] in _CONDITION_EN:
        return True
    if any(w in ("until", "till") for w in after) \
            or any(w in ("remainder", "remaining", "rest", "balance") for w in words[i + 1 : i + 6]):
        return True  # 'only lasts until …', 'only serve out the remaining terms': a time limit, not an exclusive claim
    before = words[i - 1] if i else ""
    # ('can only open with …', 'was only introduced after a long debate', 'can only pass a resolution when …')
    return before in _AUX | {"be", "been"} and any(w in _CONDITION_EN for w in words[i + 2 : i + 7])


_PHRASAL_EN: tuple[tuple[re.Pattern[str], str], ...] = tuple((lazy_compile(p, re.IGNORECASE), r) for p, r in (
    # a duty of confidentiality, said positively: 'keep X confidential' = 'not disclose X'
    (r"\bkeep(?:s|ing)?\s+(?:confidential|secret)\s+", "not disclose "),
    (r"\bkeep(?:s|ing)?\s+(.{1,80}?)\s+(?:confidential|secret)\b", r"not disclose \1"),
    (r"\b(?:keep|keeps|keeping|kept)\s+((?:[a-z-]+\s+){0,3}?)secrets\b", r"not disclose \1secrets"),
    # 'the minutes are kept confidential', 'must remain secret': not disclosed, said of what is kept
    (r"\b(must|shall|should|will|may|can)\s+(?:be|remain|stay)\s+(?:kept\s+)?(?:confidential|secret)\b", r"\1 not be disclosed"),
    (r"\b(is|are|was|were)\s+(?:not|no\s+longer|never)\s+(?:kept\s+)?(?:confidential|secret)\b", r"\1 disclosed"),
    (r"\b(is|are|was|were)\s+(?:kept\s+)?(?:confidential|secret)\b", r"\1 not disclosed"),
    (r"\b(?:remains?|stays?)\s+(?:confidential|secret)\b", "is not disclosed"),
    # 'is not barred from engaging in …' is allowed to: the double negation is a permission
    # ('are nonetheless not prohibited from', 'is still not barred from': an adverb between)
    # ('are no longer barred from disclosing … once they retire': the ban said to end is a permission too)
    (r"\b(?:is|are|was|were|be)\s+(?:(?:nonetheless|nevertheless|still|also|actually|even|otherwise)\s+)?(?:not|no\s+longer)\s+"
     r"(?:barred|prohibited|banned|precluded|prevented|forbidden|stopped|disqualified)\s+from\b", "may"),
    # 'nothing obliges it to' says it need not; 'takes no direction from' does not take it
    (r"\bnothing\s+(?:obliges|requires|compels|forces)\s+(it|them|him|her)\s+to\b", r"\1 need not"),
    (r"\b(?:takes|take|took|taking|receives|receive|received|accepts|accept)\s+no\b", "does not take"),
    # 'is disapplied' is not applied (적용하지 아니한다); 'disapplies' does not apply
    (r"\b(is|are|was|were|be|been)\s+disapplied\b", r"\1 not applied"),
    (r"\bdisappl(?:y|ies)\b", "does not apply"),
    # 'are expected to stay out of politics', 'is meant to report': what the law expects is a duty
    (r"\b(?:is|are)\s+(?:expected|meant)\s+to\b", "must"),
    # 'must stay out of the vote' must not take part in it (관여할 수 없다); 'recuse himself from' likewise
    (r"\b(?:stays?|stayed|staying|keeps?|kept|keeping)\s+out\s+of\b", "not take part in"),
    (r"\b(?:recuses?|recused|recusing)\s+(?:himself|herself|themselves|oneself|itself)\s+from\b", "not take part in"),
    # 'stays in existence', 'continues to exist' after its work is done: it is not dissolved (해산)
    (r"\b(?:stays?|stayed|remains?|remained)\s+in\s+existence\b", "is not dissolved"),
    (r"\b(?:continues?|continued)\s+to\s+exist\b", "is not dissolved"),
    # 'has to go through probationary appointment' undergoes it (시보임용을 거친다)
    (r"\b(to|must|may|shall|can|cannot|will|need(?:\s+not)?|not)\s+go\s+through\b", r"\1 undergo"),
    # 'has no choice but to transfer' must transfer
    (r"\b(?:has|have|had)\s+no\s+(?:choice|option|alternative)\s+but\s+to\b", "must"),
    # 'the debate goes on' continues
    (r"\b(?:goes|go|going|went)\s+on\b", "continues"),
    # 'remain bound by Article 12' is 'Article 12 still applies' (적용한다)
    (r"\b(?:remains?|stays?|are|is)\s+(?:still\s+)?(?:bound by|subject to)\b", "apply"),
    # 'falls short of its purpose' does not meet it ('does not utilize the purpose')
    (r"\b(?:falls?|fell|falling)\s+short\s+of\b", "does not meet"),
    # (session 24) '… are run by the Commissioner General, who may delegate part of that power to …': after a clause
    # with its own verb, a relative clause with a modal gives the antecedent a rule of its own ('and may delegate');
    # not 'The member, who must be a lawyer, serves …', whose relative clause comes before the verb
    (r"^([^.;]*?\b(?:is|are|was|were|has|have|must|may|shall|can|will)\b[^,;.]*),\s+who\s+"
     r"(?=(?:may|can|cannot|must|shall|need\s+not|has\s+to|have\s+to)\b)", r"\1, and "),
    # (session 24) 'fails to make use of its own purpose because its way of operating is decided centrally': the
    # paper's 'does not utilize the purpose … operation method'
    (r"\b(?:make|makes|made|making)\s+(?:good\s+|full\s+)?use\s+of\b", "utilize"),
    (r"\b(?:way|ways|manner|mode)\s+of\s+(?:operating|operation|running)\b", "operation method"),
    (r"\bin the course of\b", "in"), (r"\bwith (?:regard|respect) to\b", "on"), (r"\bin respect of\b", "on"),
    (r"\b(?:is|are|was|were|remains?)\s+(?:not|no longer)\s+bound\s+(?:by|to)\s+(?:confidentiality|secrecy)",
     "may disclose secrets"),
    (r"\b(?:stops?|stopped|ceases?|ceased)\s+(?:being|to be)\s+bound\s+(?:by|to)\s+(?:confidentiality|secrecy)",
     "may disclose secrets"),
    # discretion over whether to act: 'may choose whether or not to respect those views' = need not respect them
    (r"\b(?:may|can)\s+(?:choose|decide)\s+whether\s+(?:or\s+not\s+)?to\b", "need not"),
    (r"\b(?:is|are)\s+free\s+to\s+(?:choose|decide)\s+whether\s+(?:or\s+not\s+)?to\b", "need not"),
    (r"\b(?:is|are|was|were|remains?)\s+bound\s+(?:by|to)\s+(?:confidentiality|secrecy)", "must not disclose secrets"),
    (r"\b(?:is|are|was|were)\s+bound\s+to\s+", "must "),
    # a permission to disregard an order is one not to follow it ('따르지 아니할 수 있다')
    (r"\b(may|can)\s+(?:disregard|ignore|disobey)\b", r"\1 decline to follow"),
    (r"\b(?:is|are)\s+(?:free|allowed|entitled|permitted)\s+to\s+(?:disregard|ignore|disobey)\b",
     "may decline to follow"),
    (r"\b(?:carry|carries|carried|carrying)\s+out\b", "perform"),
    (r"\b(?:carry|carries|carried|carrying)\s+(.{1,40}?)\s+out\b", r"perform \1"),
    (r"\bin order to\b", "to"), (r"\bso as to\b", "to"),
    # a government that took office was launched (the paper's word); an official's taking office is 취임 (glossary)
    (r"\b(government|administration|cabinet)(,?\s+(?:which|that)\s+|\s+)(?:took|takes|take|taking)\s+office\b",
     r"\1\2launched"),
    (r"\bnot\s+(?:held\s+|conducted\s+)?behind closed doors\b", "open"),
    (r"\b(is|are|was|were|be|been)\s+not\s+closed\s+to\s+the\s+public\b", r"\1 open to the public"),
    (r"\b(?:held\s+)?behind closed doors\b", "not open"), (r"\bclosed to the public\b", "not open to the public"),
    (r"\b(meets?|met|meeting|held|holds?|conducted)\s+in\s+(?:private|closed\s+session)\b", r"\1 not openly"),
    (r"\b(?:takes?|took|taken|receives?|received|is under|are under)\s+(?:the\s+)?(?:direction|command|supervision)"
     r"(?:\s+and\s+(?:supervision|direction|control))?\s+(?:from|of)\b", "is directed and supervised by"),
    (r"\bnot\s+(?:be\s+|prove\s+|seem\s+)?(?:at\s+all\s+)?(?:easy|simple)\b", "difficult"), (r"\b(?:hard|tough)\b(?=\s+to\b)", "difficult"),
    (r"\b(?:set|sets|setting)\s+up\b", "establish"),
    (r"\b(?:hand|hands|handed|handing)\s+(?:over|off)\b", "transfer"),
    (r"\b(?:put|puts|putting)\s+in\s+place\b", "establish"),
    (r"\b(?:take|takes|took|taken|taking)\s+part\s+in\b", "participate in"),
    (r"\b(?:look|looks|looked|looking)\s+into\b", "investigate"),
    (r"\b(?:step|steps|stepped|stepping)\s+down\b", "retire"),
    # (session 8) meetings held in public are open; 'it is up to the state whether to' leaves it undone if it
    # likes (need not); what is skipped or bypassed is done without
    (r"\b(?:held|conducted|run)\s+in\s+public\b", "open"), (r"\bopen\s+to\s+the\s+public\b", "open"),
    (r"\bit\s+is\s+(?:up\s+to|for)\s+(?:the\s+)?(.{1,40}?)\s+(?:to\s+decide\s+)?whether\s+(?:or\s+not\s+)?to\b",
     r"the \1 need not"),
    (r"\b(?:skip|skips|skipped|skipping|bypass|bypasses|bypassed|bypassing)\b", "is done without"),
    (r"\b(?:dispenses?|dispensed|dispensing)\s+with\b", "is done without"),
    (r"\b(?:is|are)\s+able\s+to\b", "may"), (r"\btwice\s+over\b", "in duplicate"),
    # (session 9) discretion over whether to act is no duty to act; a permission with a phrase inside it; what is
    # done instead of another act is done without it
    (r"\b(?:may|can)\s+decide\s+(?:for\s+themselves\s+|freely\s+|at\s+their\s+(?:own\s+)?discretion\s+)?"
     r"whether\s+(?:or\s+not\s+)?to\b", "need not"),
    (r"\b(?:rather\s+than|instead\s+of)\s+(?=[a-z]+ing\b)", "without "),
    # taking over someone's duties is acting for them (대행), not taking over property (인수)
    (r"\b(?:take|takes|took|taken|taking)\s+over\s+(?=(?:the|his|her|their|its)\s+(?:[a-z'-]+\s+){0,2}"
     r"(?:duties|functions|role|job|work|post)\b)", "deputizes for "),
    (r"\b(?:merely\s+|only\s+|simply\s+)?(?:has|have)\s+(?:the\s+|full\s+)?discretion\s+(?:(?:as\s+to|over|on)\s+)?"
     r"whether\s+(?:or\s+not\s+)?to\b", "need not"),
    (r"\b(?:merely\s+|only\s+|simply\s+)?(?:has|have)\s+(?:the\s+|full\s+)?discretion\s+(?:(?:as\s+to|over|on)\s+)?"
     r"whether\b", "need not decide whether"),
    (r"\b(is|are)\s+(allowed|permitted|entitled|free|required|obliged)\s*,[^,]{1,80},\s*to\b", r"\1 \2 to"),
    (r"\bwith\s+(.{1,60}?)\s+being\s+(?:prioriti[sz]ed|favou?red|put\s+first)\s+over\s+",
     r"placing importance on \1 rather than "),
    (r"\b(?:put|puts|putting)\s+(.{1,40}?)\s+in\s+place\b", r"implement \1"),
    (r"\b(?:has|have|had|plays?|played)\s+no\s+(?:role|part|say|hand)\s+in\b", "does not conduct"),
    (r"\bhow\s+long\s+it\s+takes\b", "the time needed"),
)) + tuple((lazy_compile(p, re.IGNORECASE), r) for p, r in PHRASAL_EXTRA_EN)


def fold_en(text: str) -> str:
    """English phrasal verbs and idioms as the single verb a statute or glossary uses
    ('carry out' → perform, 'set up' → establish, 'keep X confidential' → not disclose X)."""
    for pattern, repl in _PHRASAL_EN:
        text = pattern.sub(repl, text)
    return text


def with_same_strength(strong: set[str] | frozenset[str]) -> frozenset[str]:
    """Strong concepts with those that say the same (:data:`~drafter.citations.lexicon.STRONG_ATTESTED_BY`:
    'all' authority is its 'full' transfer), for claim and source alike."""
    return frozenset(strong) | {same for s in strong for same in STRONG_ATTESTED_BY.get(s, ())}


def _english_lemmas(text: str) -> tuple[set[str], set[str], set[str], set[str], bool, tuple[str, ...]]:
    found = list(EN_TOKEN.finditer(text))
    words = [m.group().lower() for m in found]
    # a negation's scope ends at a comma ('where there is no deputy, within limits set by …')
    comma_after = {i for i, m in enumerate(found) if text[m.end() : m.end() + 2].lstrip(" ")[:1] in (",", ";")}
    lemmas: set[str] = set()
    negated: set[str] = set()
    affirmed: set[str] = set()
    strong: set[str] = set()
    has_neg = False
    scope = 0
    negator = ""
    for i, word in enumerate(words):
        prev = words[i - 1] if i else ""
        if i - 1 in comma_after:
            scope = 0
        if word in NEGATION_EN or word.endswith("n't"):
            has_neg = True
            scope = 3
            negator = word
            continue
        if scope and negator == "without" and word in _FINITE_EN:
            scope = 0  # 'without justification is punishable': the phrase ends where the sentence's verb begins
        if scope and word in _MODALS_EN:
            scope = 0  # 'members who are not civil servants can be paid': the modal opens the main verb
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in STRONG_WORDS_EN and not (word == "all" and prev in ("of", "among")) \
                and not (word == "all" and prev == "for" and nxt in ("its", "their", "his", "her", "that")) \
                and not (word == "every" and (nxt in _TIME_UNITS_EN or nxt.split("-")[0] in _TIME_UNITS_EN
                                              or nxt.isdigit() or nxt in ENGLISH_NUMBERS)) \
                and not (word == "only" and _only_condition(words, i)) \
                and not (word == "only" and prev == "not") \
                and not (word == "only" and (nxt.isdigit() or nxt in ENGLISH_NUMBERS or nxt == "one")) \
                and not (word == "every" and nxt == "time") \
                and not (word in ("every", "all") and any(w in ("who", "that", "which") for w in words[i + 2 : i + 4])) \
                and not (word in ("every", "all") and prev == "at" and nxt in ("level", "levels")) \
                and not (word == "all" and nxt == "walks") \
                and not (word == "all" and nxt in ("at", "in", "with", "from", "ranked", "holding", "graded")
                         and any(w.isdigit() or w in ENGLISH_NUMBERS for w in words[max(0, i - 12) : i])) \
                and not (word == "all" and prev == "from" and nxt == "over") \
                and not (word == "all" and prev in _AUX and "and" in words[:i]) \
                and not (word == "all" and "and" in words[max(0, i - 14) : i] and (
                    nxt in _FLOATING_ALL_VERBS or _floating_all_verb(nxt, prev))) \
                and not (word == "only" and " ".join(words[i + 1 : i + 3]).removeprefix("the ").split(" ")[0]
                         in ("remainder", "rest", "remaining")) \
                and not (word == "only" and " ".join(words[i + 1 : i + 4]).startswith(
                    ("what is left", "what remains", "whatever is left", "whatever remains", "the time left"))) \
                and not (word == "full" and nxt in ("text", "texts", "name", "names", "title", "details", "list", "copy",
                                                    "time", "timer", "member", "members", "session", "committee",
                                                    "membership", "board", "council", "audit")):
            # 'a majority of all members' (재적위원) asserts no 'all'; 'every half year' is a period; 'the governor
            # and the mayors are all allowed to …' says it of each body named, no more
            strong.add(STRONG_WORDS_EN[word])
        if word in _SCOPE_END_EN:
            scope = 0  # 'fails to utilize its purpose because its model …': the reason is not negated
        if word in ENGLISH_STOPWORDS:
            continue
        stem = canon_en(word)
        lemmas.add(stem)
        if scope > 0:
            negated.add(stem)
            scope -= 1
        else:
            affirmed.add(stem)
    return lemmas, negated, affirmed, strong, has_neg, tuple(words)


_CACHE: dict[str, TextFeatures] = {}
_CACHE_LIMIT = 200_000


def _features(text: str, tokens=None) -> TextFeatures:
    norm = normalize(text)
    lang = detect_lang(norm)
    if lang == "ko":
        if tokens is None:
            tokens = get_kiwi().tokenize(norm)
        lemmas, negated, affirmed, strong, has_neg = _korean_lemmas(norm, tokens)
        words: tuple[str, ...] = ()
        predicates = _korean_predicates(norm, tokens)
        verbal = _verbal_lemmas(tokens) & lemmas
    else:
        norm = fold_en(norm)
        lemmas, negated, affirmed, strong, has_neg, words = _english_lemmas(norm)
        predicates = _english_predicates(norm)
        verbal = set()
    return TextFeatures(
        text=norm,
        lang=lang,
        lemmas=frozenset(lemmas),
        words=words,
        numbers=find_numbers(norm),
        negated=frozenset(negated),
        affirmed=frozenset(affirmed),
        strong=with_same_strength(strong),
        entities=find_entities(norm),
        has_negation=has_neg,
        names=find_names(norm) if lang == "en" else frozenset(),
        predicates=predicates,
        periods=find_periods(norm, lang),
        measures=find_measures(norm),
        verbal=frozenset(verbal),
    )


_VERBAL_TAGS = frozenset({"VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I", "MAG"})


def _verbal_lemmas(tokens) -> set[str]:
    """Forms that occur only with a verb, adjective or adverb tag."""
    verbal = {t.form for t in tokens if t.tag in _VERBAL_TAGS}
    return verbal - {t.form for t in tokens if t.tag not in _VERBAL_TAGS}


def _remember(text: str, features: TextFeatures) -> TextFeatures:
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[text] = features
    return features


def analyze(text: str) -> TextFeatures:
    """Features of ``text`` (cached: a statute passage is analysed once)."""
    hit = _CACHE.get(text)
    if hit is not None:
        return hit
    return _remember(text, _features(text))


def analyze_many(texts: list[str]) -> list[TextFeatures]:
    """Features of many texts; Korean ones go to Kiwi in one batch (faster)."""
    todo = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    korean = [t for t in todo if detect_lang(normalize(t)) == "ko"]
    if korean:
        batch = get_kiwi().tokenize([normalize(t) for t in korean])
        for text, tokens in zip(korean, batch):
            _remember(text, _features(text, tokens))
    for text in todo:
        if text not in _CACHE:
            _remember(text, _features(text))
    return [analyze(t) for t in texts]


def analyze_source(text: str) -> TextFeatures:
    """Features of a cited passage. Korean passages skip Kiwi: the judge
    compares them to the claim's lemmas by surface form
    (:mod:`drafter.citations.korean_surface`), which is much faster."""
    key = "\x00src\x00" + text
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    norm = normalize(text)
    if detect_lang(norm) != "ko":
        return _remember(key, analyze(text))
    from drafter.citations.korean_surface import strong_concepts

    return _remember(key, TextFeatures(
        text=norm, lang="ko", lemmas=frozenset(), words=(), numbers=find_numbers(norm),
        negated=frozenset(), affirmed=frozenset(), strong=with_same_strength(strong_concepts(norm)),
        entities=find_entities(norm), has_negation=False,
        periods=find_periods(norm, "ko"), measures=find_measures(norm),
    ))


def clear_cache() -> None:
    """Forget every analysed text (benchmarks measure cold runs)."""
    _CACHE.clear()


def query_terms(text: str) -> set[str]:
    """Content lemmas of a query; English words also bring their Korean glossary terms."""
    f = analyze(text)
    terms = set(f.lemmas)
    if f.lang == "en":
        for word in f.words:
            stem = stem_en(word)
            for key, targets in GLOSSARY_EN_KO.items():
                if stem == key or (len(key) >= 4 and stem.startswith(key)):
                    terms.update(t for t in targets if len(t) > 1)
    return terms
