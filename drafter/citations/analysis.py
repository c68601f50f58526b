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
from dataclasses import dataclass
from typing import Literal

from drafter.citations.lexicon import (
    ENGLISH_STOPWORDS,
    ENTITIES,
    GLOSSARY_EN_KO,
    NEGATION_EN,
    STRONG_WORDS_EN,
    STRONG_WORDS_KO,
)
from drafter.text.tokenizer import get_kiwi

Lang = Literal["ko", "en"]

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "VV", "VA", "XR", "SL", "SH", "MAG", "MM"})
STOP_LEMMAS_KO = frozenset({
    "하", "되", "있", "관하", "대하", "위하", "따르", "의하", "이", "그", "또는", "및", "그리고", "다만",
    "각", "해당", "경우", "때", "등", "이하", "이상", "같", "다음", "호", "항", "조", "제", "따라", "다",
    "또", "외", "바", "중", "이내",
})
NEGATION_PREFIX_KO = frozenset({"비", "불", "무", "미"})
ARTICLE_REF = re.compile(r"제\s*\d+\s*(?:조|항|호|장|절|편|관)(?:의\s*\d+)?")
LIST_MARKER = re.compile(r"(?m)^\s*\d+(?:의\d+)?\.\s")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NATIVE_NUMERALS = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}
NATIVE_COUNTED = re.compile(r"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(명|개|사람|곳|차례|번|가지)")
ENGLISH_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}
EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)*")


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


def stem_en(word: str) -> str:
    """A light English stemmer: enough to match 'appointed' with 'appoint'."""
    w = word.lower().strip("'-")
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            return base
    return w


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


_IMPLIES = {e.key: e.implies for e in ENTITIES}


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
    ko = re.compile(r"(?<![\uac00-\ud7a3])(?:" + "|".join(re.escape(f) for f in ko_forms) + ")")
    en = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in en_forms) + r")(?:s|es)?\b", re.IGNORECASE)
    return ko, en, lookup


_KO_ENTITY, _EN_ENTITY, _ENTITY_LOOKUP = _entity_patterns()


def _english_entity(mention: str) -> str:
    low = mention.lower()
    for form in (low, low[:-2], low[:-1]):  # plural 's'/'es'
        if form in _ENTITY_LOOKUP:
            return _ENTITY_LOOKUP[form]
    raise KeyError(mention)


def find_entities(text: str) -> frozenset[str]:
    found: set[str] = set()
    for m in _KO_ENTITY.finditer(text):
        found.add(_ENTITY_LOOKUP[m.group(0)])
    for m in _EN_ENTITY.finditer(text):
        found.add(_english_entity(m.group(0)))
    for key in list(found):
        found.update(_IMPLIES.get(key, ()))
    return frozenset(found)


def words_outside_entities(text: str) -> list[str]:
    """English words of ``text`` that are not part of a named body, office or rank
    ('senior inspectors' is the rank 경정, not the verb 'inspect')."""
    return [part.lower() for w in EN_TOKEN.findall(_EN_ENTITY.sub(" ", text)) for part in w.split("-") if part]


def find_numbers(text: str) -> frozenset[str]:
    cleaned = LIST_MARKER.sub(" ", ARTICLE_REF.sub(" ", text))
    found = {n.replace(",", "").lstrip("0") or "0" for n in NUMBER.findall(cleaned)}
    found |= {str(NATIVE_NUMERALS[m.group(1)]) for m in NATIVE_COUNTED.finditer(cleaned)}
    for word in re.findall(r"[A-Za-z]+", cleaned):
        if word.lower() in ENGLISH_NUMBERS:
            found.add(str(ENGLISH_NUMBERS[word.lower()]))
    return frozenset(found)


NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)*)")


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


def _coordinated(tokens, pos: int) -> bool:
    """Is the predicate at ``pos`` joined to the next one by '-거나' (or '-든지')?"""
    for tok in tokens[pos + 1 : pos + 4]:
        if tok.tag == "EC":
            return tok.form in ("거나", "든지", "든가")
    return False


def _korean_lemmas(text: str, tokens=None) -> tuple[set[str], set[str], set[str], set[str], bool]:
    if tokens is None:
        tokens = get_kiwi().tokenize(text)
    lemmas: list[tuple[str, int]] = []
    negated: set[str] = set()
    strong: set[str] = set()
    has_neg = False
    negate_next = False
    for i, tok in enumerate(tokens):
        form, tag = tok.form, tok.tag
        if tag.startswith("S") and tag not in ("SL", "SH", "SN"):
            negate_next = False
        if form in STRONG_WORDS_KO:
            strong.add(STRONG_WORDS_KO[form])
        is_neg = (form in ("않", "못", "아니", "안", "아니하", "못하") and tag in ("VX", "MAG", "VCN", "VA", "VV"))
        is_neg = is_neg or (form == "없" and tag == "VA") or (form in ("금지", "불가") and tag == "NNG")
        if tag == "XPN" and form in NEGATION_PREFIX_KO:
            negate_next = True
            continue
        if form in ("안", "못", "아니") and tag == "MAG":
            has_neg = True
            following = tokens[i + 1].form if i + 1 < len(tokens) else ""
            if following == "되":  # '-해서는 안 된다': a prohibition of the verb before it
                is_neg = True
            else:
                negate_next = True
                continue
        if is_neg:
            has_neg = True
            # Korean negation follows its predicate: '연임(連任)할 수 없다'; it also
            # covers predicates coordinated before it in the same clause
            # ('누설하거나 … 공표해서는 안 된다'), up to a comma or '-며'.
            nearest = True
            for lemma, pos in reversed(lemmas):
                if tokens[pos].tag == "SH":
                    continue
                between = tokens[pos + 1 : i]
                if any(t.tag in ("SP", "SF") or (t.tag == "EC" and t.form.endswith("며")) for t in between):
                    break
                if nearest:
                    nearest = False
                    # '위원이 될 수 없다': the negation belongs to 되다, not to 위원
                    if i - pos <= 8 and not _light_predicate_between(tokens, pos, i):
                        negated.add(lemma)
                elif _is_predicate(tokens, pos) and _coordinated(tokens, pos):
                    negated.add(lemma)
            continue
        if tag in CONTENT_TAGS:
            lemma = form.lower() if tag == "SL" else form
            if lemma in STOP_LEMMAS_KO or len(lemma) == 0:
                continue
            lemmas.append((lemma, i))
            if negate_next:
                negated.add(lemma)
                negate_next = False
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


def _english_lemmas(text: str) -> tuple[set[str], set[str], set[str], set[str], bool, tuple[str, ...]]:
    words = [w.lower() for w in EN_TOKEN.findall(text)]
    lemmas: set[str] = set()
    negated: set[str] = set()
    affirmed: set[str] = set()
    strong: set[str] = set()
    has_neg = False
    scope = 0
    for word in words:
        if word in NEGATION_EN or word.endswith("n't"):
            has_neg = True
            scope = 3
            continue
        if word in STRONG_WORDS_EN:
            strong.add(STRONG_WORDS_EN[word])
        if word in ENGLISH_STOPWORDS:
            continue
        stem = stem_en(word)
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
        lemmas, negated, affirmed, strong, has_neg = _korean_lemmas(norm, tokens)
        words: tuple[str, ...] = ()
    else:
        lemmas, negated, affirmed, strong, has_neg, words = _english_lemmas(norm)
    return TextFeatures(
        text=norm,
        lang=lang,
        lemmas=frozenset(lemmas),
        words=words,
        numbers=find_numbers(norm),
        negated=frozenset(negated),
        affirmed=frozenset(affirmed),
        strong=frozenset(strong),
        entities=find_entities(norm),
        has_negation=has_neg,
        names=find_names(norm) if lang == "en" else frozenset(),
    )


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
        negated=frozenset(), affirmed=frozenset(), strong=strong_concepts(norm),
        entities=find_entities(norm), has_negation=False,
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
