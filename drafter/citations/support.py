"""Does a source text state a claim? A deterministic, offline judge.

The judge looks for reasons to *reject* first, each one a thing a careful
drafter would check by eye, and only then measures overlap:

1. quoted passages (text in quotes in the claim) must occur verbatim;
2. every number in the claim must occur in the source (7명, 2년, 3분의 2);
3. every body, office or rank the claim names must be named there
   (국가경찰위원회 ≠ 시ㆍ도자치경찰위원회; 치안감 ≠ 경무관);
4. a strong word (모두, only, abolish) needs the source to say it too;
5. a word the claim negates must be negated in the source (and vice versa);
6. most of the claim's content words must occur in the source: Korean
   morphemes, English stems, or — for an English claim against Korean
   text — their glossary equivalents.

An optional similarity function (multilingual embeddings) decides only the
cases the lexical features cannot: an English claim whose words the
glossary does not know.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from functools import lru_cache

from pydantic import BaseModel, Field

from drafter.citations.absolutes import absolute_conflict, excepted_case_kept
from drafter.citations.analysis import (
    AGENT_KO,
    AGENT_LOOKUP,
    EN_REF,
    ENGLISH_NUMBERS,
    NATIVE_NUMERALS,
    Predicate,
    TextFeatures,
    analyze,
    analyze_source,
    canon_en,
    claim_clauses,
    detect_lang,
    english_terms,
    find_entities,
    find_numbers,
    fold_en,
    normalize,
    spoken_numbers_ko,
    spoken_periods_en,
    stem_en,
)
from drafter.citations.bounds import (
    differences_stated,
    names_the_bar,
    period_cut,
    periods_in_other_units,
    permitted_until_bar,
    reversed_limit,
    share_mismatch,
    share_numbers,
    worked_out_numbers,
)
from drafter.citations.consulted import assisted_conflict, consent_givers, consenter_conflict, consulted_conflict
from drafter.citations.exceptions import (
    beyond_limit_conflict,
    excepted_case_conflict,
    excluded_item_included,
    priority_reversed,
)
from drafter.citations.kept import kept_conflict
from drafter.citations.korean_surface import (
    COMPATIBLE,
    EMBEDDED_CLAUSE,
    agent_before,
    korean_modality,
    lemma_present,
    negated_only_in_conditions,
    negating_prefix,
    negation_state,
    predicate_modalities,
)
from drafter.citations.korean_surface import (
    clause_tail as _clause_tail_of,
)
from drafter.citations.lexicon import (
    ANTONYMS_EN,
    ANTONYMS_KO,
    ENGLISH_STOPWORDS,
    ENTITIES,
    GLOSSARY_EN_KO,
    GLOSSARY_EXTRA_KO,
    NEGATABLE_EN,
    NEGATION_EN,
    PHRASES_EXTRA_KO,
    PREDICATE_STEMS_EN,
    REPORTING_EN,
)
from drafter.citations.lexicon import (
    ENGLISH_STOPWORDS as _STOP_EN,
)
from drafter.citations.listed import unlisted_conflict
from drafter.citations.memo_style import plain_memo_endings, plain_polite_endings
from drafter.citations.modifiers import condition_polarity, modifier_conflict, modifiers
from drafter.citations.placement import (
    appointed_chair_conflict,
    elected_chair_conflict,
    number_binding_conflict,
    number_pairing_conflict,
    office_slot_conflict,
    place_conflict,
    placed_under_conflict,
    quantity_body_conflict,
    roles_swapped,
    service_conflict,
    topic_body_conflict,
    topic_value_conflict,
)
from drafter.citations.reworded import (
    claim_modality,
    leaves_whether_open,
    missing_bodies,
    negation_unstated,
    polarity_conflict,
    skipped_step,
)
from drafter.citations.transfer import transfer_conflict
from drafter.text import glossary as _glossary
from drafter.text.abbreviations import spell_out_short_names
from drafter.text.glossary import KO_EN, PHRASES_EN_KO
from drafter.text.lazy_regex import lazy_compile
from drafter.text.places import places
from drafter.text.sentences import split_sentences
from drafter.text.synonyms_ko import SYNONYMS_KO
from drafter.text.tokenizer import get_kiwi

Similarity = Callable[[str, Sequence[str]], list[float]]
"""``similarity(claim, passages)`` → one cosine similarity per passage."""

QUOTE = lazy_compile(r'"([^"]{2,})"|(?:^|(?<=[\s(]))\'([^\']{4,}?)\'(?=[\s.,;:!?)]|$)|「([^」]+)」|『([^』]+)』')
"""Quoted passages; a single quote only around words ('police's duties … people's' holds apostrophes)."""

HANGUL_WORD = lazy_compile(r"^[가-힣]+$")
_HANJA_GLOSS = lazy_compile(r"\([\u4e00-\u9fff\u3400-\u4dbfㆍ·, ]+\)")
_ACCEPTS = {e.key: set(e.accepts) for e in ENTITIES}
_KOREAN_FORMS = {e.key: e.korean for e in ENTITIES}
_IMPLIES = {e.key: e.implies for e in ENTITIES}


class SupportThresholds(BaseModel):
    """Coverage a claim needs. Set once from the drafting task (a claim may
    rephrase, not add), checked on the dev set and on hand-written pairs;
    not fitted to any one set."""

    korean: float = Field(0.75, description="share of the claim's Korean content morphemes found in the source")
    english: float = Field(0.75, description="share of English content stems found (English source)")
    cross_lingual: float = Field(0.6, description="share of glossary-known English words whose Korean equivalent is found")
    unverified_negation: float = Field(0.7, description="share needed by an English negation whose verb the Korean "
                                                          "source does not use (the words alone must carry it)")
    min_glossary_terms: int = Field(3, description="fewer known words than this: the glossary cannot judge")
    similarity: float = Field(0.86, description="embedding similarity needed when only embeddings can judge")
    rescue_coverage: float = Field(0.5, description="share of the claim's words a passage must state before the "
                                                    "embedding may decide a claim no check found in conflict "
                                                    "(0.6 until 2026-11-26; docs/evaluation.md, twelfth round)")
    similarity_cross_lingual: float = Field(0.76, description="the same for an English claim on a Korean passage "
                                                             "(or the reverse): the embedding scores such pairs lower")


class Judgement(BaseModel):
    """The judge's verdict on one claim against one source text."""

    supported: bool
    reason: str
    coverage: float | None = None
    similarity: float | None = None
    evidence: str | None = Field(None, description="the source sentence the claim was matched against")


def quoted_passages(claim: str) -> list[str]:
    out: list[str] = []
    for m in QUOTE.finditer(normalize(claim)):
        passage = next(g for g in m.groups() if g)
        out.append(passage.strip())
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text))


_PROVINCES = frozenset({"제주특별자치도", "세종특별자치시", "강원특별자치도", "전북특별자치도"})


_SEJONG_MAYOR = lazy_compile(r"(?<![가-힣ㆍ])시장(?=[은는이가을를의에과와]|\s)(?!ㆍ)")


_PROVINCIAL_AGENCY = lazy_compile(r"(?:특별시|광역시|특별자치시|특별자치도|[가-힣]{1,3}도)경찰청")


_PROVINCIAL_COMMITTEE = lazy_compile(r"(?:특별시|광역시|특별자치시|특별자치도|[가-힣]{1,3}도)자치경찰위원회")


def _same_name(a: str, b: str) -> bool:
    """Two forms of one name ('korean', 'koreas'; 'japanese', 'japan'): they share all but the last letter of
    the shorter, and at least five ('chungbuk' is not 'chungnam')."""
    shared = len(os.path.commonprefix((a, b)))
    return shared >= max(5, min(len(a), len(b)) - 1)


def _entity_attested(key: str, source: frozenset[str], text: str = "") -> bool:
    if "|" in key and "경정" in key.split("|") and "교육감" in source:
        return True  # 'the superintendent's approval' where the source names the superintendent of education
    if "|" in key:  # an English rank title, read in either series
        return any(_entity_attested(part, source, text) for part in key.split("|"))
    if key in source:
        return True
    if key in _PROVINCES and any(form in text for form in _KOREAN_FORMS.get(key, (key,))):
        return True  # '제주특별자치도경찰청에 차장 1명을': the province named in its agency's name
    if key in _PROVINCES and text and not places(text):
        return True  # the Gangwon act's own article says 도지사, 도의회 and means Gangwon's; another place is a mismatch
    if key.endswith("위원장") and "위원장" in text and _IMPLIES.get(key, ()) and all(i in source for i in _IMPLIES[key]):
        return True  # '시ㆍ도자치경찰위원회는 위원장 1명을 포함한 …': the committee's chair, named bare
    if any(other.startswith(key) for other in source):  # 행정안전부 ↔ 행정안전부장관
        return True
    if key == "시ㆍ도지사" and "세종특별자치시" in source and _SEJONG_MAYOR.search(text):
        return True  # the Sejong act's own '시장은 …' is the mayor of Sejong, not a city's mayor among 시장ㆍ군수
    if key in ("시ㆍ도경찰청", "시ㆍ도경찰청장") and "경찰청과 그 소속기관" in text:
        return True  # the NPA organization decree's chapters on '서울특별시경찰청' …: its agencies are 소속기관
    if key == "시ㆍ도경찰청" and _PROVINCIAL_AGENCY.search(text):
        return True  # '서울특별시경찰청', '제주특별자치도경찰청': a metropolitan or provincial police agency by name
    if key == "경찰청 차장" and re.search(r"[가-힣]{2}차장", text) and _PROVINCIAL_AGENCY.search(text):
        return True  # '공공안전차장, 수사차장': the deputy commissioners of a provincial agency
    if key == "경찰청 차장" and _PROVINCIAL_AGENCY.search(text) and re.search(r"(?<![가-힣])차장\s*\d+\s*명", text):
        return True  # '서울특별시경찰청에 차장 3명을 … 둔다': the deputies a metropolitan or provincial agency has
    if key == "경찰청 차장" and "시ㆍ도경찰청장" in source and re.search(r"(?<![가-힣])차장(?:은|는|이|가|을|를)", text):
        return True  # '차장은 시ㆍ도경찰청장을 보좌하여': the deputy of a metropolitan or provincial agency, named bare
    if key in ("경찰청장", "시ㆍ도경찰청장") and _PROVINCIAL_AGENCY.search(text) and re.search(r"(?<![가-힣])청장", text):
        return True  # '서울특별시경찰청에 … 청장이 부득이한 사유로': the head of that agency (서울경찰청장)
    if key == "지방시대위원회" and re.search(r"(?<![가-힣])(?:위원회|위원장|부위원장)(?:은|는|이|가|의)", text):
        return True  # the decentralization act's chapter on the committee calls it 위원회, its chair 위원장
    if key == "시ㆍ도자치경찰위원회" and _PROVINCIAL_COMMITTEE.search(text):
        return True  # '제주특별자치도자치경찰위원회': a provincial autonomous police committee by name
    if key == "시ㆍ도의회" and re.search(r"(?:시|도)의원|의회의원", _TITLE_LINE.sub("", text)):
        return True  # '지역구시의원의 정수': the council's members, named for the council (not in a heading: its topic)
    if key == "경무관" and "자치경무관" in text:
        return True  # Jeju's own rank (자치경무관) for the commissioner's
    if text and key.endswith("위원회") and any(
            f.endswith("위원회") and len(f) > 4 and f[:-1] in text for f in _KOREAN_FORMS.get(key, ())):
        return True  # 'members of the recommendation committee': the source names them, 추천위원
    return bool(_ACCEPTS.get(key, set()) & source)


def _merged(*tables: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for key, targets in table.items():
            out[key] = tuple(dict.fromkeys(out.get(key, ()) + tuple(targets)))
    return out


_BASE_GLOSSARY = _merged(getattr(_glossary, "BASE_GLOSSARY_EN_KO", GLOSSARY_EN_KO), GLOSSARY_EXTRA_KO)
"""The glossary grown from error analysis, with the judge's own additions (:data:`GLOSSARY_EXTRA_KO`):
what a claim's *predicate* is looked up by (modality, negation and who acts stay precise)."""
_FULL_GLOSSARY = _merged(GLOSSARY_EN_KO, GLOSSARY_EXTRA_KO)
"""The same with the corpus-wide heading glossary: what a claim's words are *found* by (coverage)."""


def _lookup_key(word: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The entry an English word falls under in ``table``: the word, its stem, else the first
    key that is a stem prefix of it (≥ 4 letters) or at most two letters longer than its stem."""
    stem = stem_en(word)
    for exact in (word, stem):
        if exact in table:
            return exact
    for key in table:
        if (len(key) >= 4 and stem.startswith(key)) \
                or (len(stem) >= 4 and key.startswith(stem) and len(key) - len(stem) <= 2):
            return key
    return None


_FULL_BY_STEM: dict[str, str] = {}
for _key in _FULL_GLOSSARY:
    _FULL_BY_STEM.setdefault(stem_en(_key), _key)


def _strict_key(word: str) -> str | None:
    """The heading-glossary entry of a word: the word, its stem, a key with the same stem, or the
    longest key (≥ 5 letters, most of the word) its stem starts with ('revitalizing' → revitaliz).
    No fuzzier match: in a table this large 'persons' would find 'personal', 'lists' 'listen'."""
    stem = stem_en(word)
    for exact in (word, stem):
        if exact in _FULL_GLOSSARY:
            return exact
    if stem in _FULL_BY_STEM:
        return _FULL_BY_STEM[stem]
    for end in range(len(stem) - 1, max(4, int(len(stem) * 0.7)) - 1, -1):
        if stem[:end] in _FULL_GLOSSARY:
            return stem[:end]
    return None


@lru_cache(maxsize=16384)
def _glossary_key(word: str) -> str | None:
    """The hand-grown glossary entry of an English word (predicates: modality, negation, agent)."""
    return _lookup_key(word, _BASE_GLOSSARY)


@lru_cache(maxsize=16384)
def _forms_in_statute(lemma: str, lang: str) -> tuple[str, ...]:
    """How a statute may write a claim's lemma: itself and its everyday equivalents (넘기 → 초과), or the
    glossary's Korean terms of an English word."""
    if lang == "en":
        return _glossary_targets(lemma) or ()
    return (lemma, *SYNONYMS_KO.get(lemma, ()))


@lru_cache(maxsize=16384)
def _glossary_targets(word: str) -> tuple[str, ...] | None:
    """Every Korean term that may express the word: its hand-grown entry and its heading-glossary
    entry together ('policies' is 정책 in one and 시책 in the other; either states it)."""
    keys = [k for k in (_glossary_key(word), _strict_key(word)) if k is not None]
    if not keys:
        return None
    return tuple(dict.fromkeys(t for k in keys for t in (_BASE_GLOSSARY.get(k, ()) + _FULL_GLOSSARY.get(k, ()))))


def _predicate_targets(word: str) -> tuple[str, ...]:
    key = _glossary_key(word)
    return tuple(t for t in _BASE_GLOSSARY[key] if t not in _INVERSE_KO_TARGETS) if key is not None else ()


_INVERSE_KO: dict[str, tuple[str, ...]] = {"누설": ("엄수",), "넘": ("상한", "이내", "이하"), "초과": ("상한", "이내", "이하")}
"""A predicate and the verbs that state it with the opposite polarity: not disclosing a secret
(누설하여서는 아니 된다) is keeping it (엄수하여야 한다); not exceeding 52 (넘을 수 없다) is having
52 as the upper limit (52명을 상한으로 한다)."""
_INVERSE_KO_TARGETS = frozenset(t for ts in _INVERSE_KO.values() for t in ts)
_INVERT = {"must": "must_not", "must_not": "must", "neg": "decl", "decl": "neg", "may": "need_not", "need_not": "may"}


def _modalities_with_inverses(keys: tuple[str, ...], window: str) -> list[tuple[int, int, str]]:
    found = predicate_modalities(keys, window)
    inverse = tuple(t for k in keys for t in _INVERSE_KO.get(k, ()))
    if inverse:
        found += [(a, b, _INVERT[mod]) for a, b, mod in predicate_modalities(inverse, window)]
    return found


def _is_verb_of(word: str, stems: frozenset[str]) -> bool:
    """Is the word's glossary entry one of ``stems`` ('reappointed' → reappoint, 'retirement' → retir;
    'against' is an entry of its own, not a form of 'again')?"""
    key = _glossary_key(word)
    if key is None:
        return False
    # ('handle' is a form of handl, a stem with no entry of its own: its entry decides nothing)
    # ('applies' has an entry of its own: it is a form of apply all the same)
    inflected = key[len(stem_en(key)):] in ("s", "es", "ed", "d", "ing")
    return any(key == k or (inflected and stem_en(key) == stem_en(k)) or (key.startswith(k) and (
        set(_BASE_GLOSSARY[key]) & set(_BASE_GLOSSARY[k]) if k in _BASE_GLOSSARY else key[len(k):] in _VERB_ENDINGS))
        for k in stems)


_VERB_ENDINGS = frozenset({"", "e", "es", "ed", "d", "s", "ing", "ze", "zes", "zed", "zing", "se", "ses", "sed", "sing"})
"""What may follow a verb stem that has no glossary entry of its own ('handl' + e; not 'authori' + ty)."""


_GLOSSED_TITLE = lazy_compile(r"((?:\b[A-Z][\w'-]*(?:\s+(?:of|for|and|on|in|the|[A-Z][\w'-]*))*\s*)?)"
                              r"\(\s*([가-힣ㆍ·\s]+?)\s*\)")


def korean_glosses(text: str) -> tuple[str, list[str]]:
    """An English claim less its titles glossed in Korean, and the Korean terms: 'the Director for Police
    Administration and Personnel Planning (경무인사기획관)' is compared as 경무인사기획관, not word by word."""
    found: list[str] = []

    def drop(m: re.Match[str]) -> str:
        found.append(re.sub(r"\s+", "", m.group(2)))
        return " "

    return _GLOSSED_TITLE.sub(drop, text), found


def lexical_coverage(claim: TextFeatures, source: TextFeatures) -> tuple[float | None, int, list[str]]:
    """``(coverage, known, missing)``: share of the claim's content found in the source."""
    squashed = re.sub(r"\s+", "", _HANJA_GLOSS.sub("", source.text))  # '시보(試補)로' reads '시보로'
    if claim.lang == source.lang:
        lemmas = claim.lemmas
        if claim.lang == "en":
            lemmas = frozenset(lemma for lemma in lemmas if lemma not in _REPORTING)
        if not lemmas:
            return None, 0, []
        if claim.lang == "ko":
            missing = sorted(lemma for lemma in lemmas if not any(
                lemma_present(form, source.text, squashed) for form in (lemma, *SYNONYMS_KO.get(lemma, ()))))
            # a verb or adverb counts half: '교수부장 자리는 경무관이 맡는다' for '교수부장은 경무관으로 보한다'
            # says the same with other verbs; the nouns carry what is stated, and the claim's own predicate
            # is checked for negation and modality on its own
            weight = {lemma: _VERBAL_WEIGHT if lemma in claim.verbal else 1.0 for lemma in lemmas}
            return 1 - sum(weight[m] for m in missing) / sum(weight.values()), len(lemmas), missing
        else:
            missing = sorted(lemma for lemma in lemmas if lemma not in source.lemmas and not (
                "-" in lemma and all(canon_en(part) in source.lemmas for part in lemma.split("-") if part)))
            # ('hard-landing option' for 'a hard landing plan': a compound's words, each found)
        return 1 - len(missing) / len(lemmas), len(lemmas), missing
    if claim.lang == "en" and source.lang == "ko":
        known = 0
        missing: list[str] = []
        seen: set[str] = set()
        terms: list[tuple[str, tuple[str, ...] | None]] = []
        text, glossed = korean_glosses(claim.text)
        for korean in glossed:  # 'the Director for … Planning (경무인사기획관)': the Korean term is the word compared
            known += 1
            if not lemma_present(korean, source.text, squashed) and korean not in squashed:
                missing.append(korean)
        for term, targets in english_terms(text):
            if " " in term and targets is not None:
                if any(lemma_present(t, source.text, squashed) for t in targets):
                    terms += [(w, ("",)) for w in term.split()]  # a phrase found: each of its words is
                    continue
                terms += [(w, None) for w in term.split()]  # not found as a phrase: word by word
            else:
                terms.append((term, targets))
        for word, targets in terms:
            stem = stem_en(word)
            if stem in seen:
                continue
            if targets is None:
                targets = _glossary_targets(word)
            if targets is None:
                continue
            seen.add(stem)
            known += 1
            if targets != ("",) and not any(lemma_present(t, source.text, squashed) for t in targets):
                missing.append(word)
        # the bodies and offices it names count as known terms; the entity
        # check has already found each of them in the source
        known += len(claim.entities)
        if known == 0:
            return None, 0, []
        return 1 - len(missing) / known, known, missing
    if claim.lang == "ko" and source.lang == "en":
        return _korean_claim_coverage(claim, source)
    return None, 0, []


def _english_of_korean() -> dict[str, tuple[str, ...]]:
    """Korean term → the English words and stems that say it (the glossary read backwards, and the paper's words)."""
    table: dict[str, list[str]] = {}
    for key, terms in _BASE_GLOSSARY.items():
        for term in terms:
            if len(term) > 1:
                table.setdefault(term, []).append(key)
    for phrase, term in PHRASES_EN_KO.items():
        table.setdefault(term, []).append(phrase)
    for term, words in KO_EN.items():
        table.setdefault(term, []).extend(words)
    table.update({term: list(phrases) for term, phrases in _KO_EN_PHRASES.items()})
    return {term: tuple(dict.fromkeys(words)) for term, words in table.items()}


_KO_EN_PHRASES: dict[str, tuple[str, ...]] = {
    "연착륙": ("soft landing",), "경착륙": ("hard landing",), "자치경찰": ("autonomous police",),
    "자치경찰제": ("autonomous police",), "국가경찰": ("national police",), "일원화": ("unified", "integrated"),
    "경찰제도발전위원회": ("police system development committee",),
    "시대": ("times", "era"), "흐름": ("trend", "flow"), "되돌리": ("revers",), "문제": ("problem", "issue"),
    "논의": ("discuss",), "중단": ("suspend", "halt"), "보완": ("complement", "improv"),
    "방식": ("form", "way", "method", "model"), "구분": ("distinguish", "classif", "divid", "categori"),
    "도입": ("introduc", "implement", "adopt"), "법령": ("legislat", "law", "statut"), "지키": ("keep", "maintain"),
}
"""Korean terms whose English is a phrase, not one of several words (연착륙 is 'soft landing', not 'landing')."""
_REPORTING_KO = frozenset({"논문", "보", "저자", "필자", "주장", "지적", "설명", "언급", "서술", "말하", "밝히", "분석"})
"""Words that report what the paper says ('논문은 … 본다'), not what it says."""
_KO_OPPOSITES = {"연착륙": "경착륙", "경착륙": "연착륙", "이원화": "일원화", "일원화": "이원화"}
"""The paper's pairs: a claim that names one where the sentence says the other."""


_ENGLISH_OF_KOREAN = _english_of_korean()
_REVERSIBLE_KO = lazy_compile(r"되돌릴\s*수\s*있|되돌릴\s*수도\s*있|가역적|일시적(?:인)?\s*(?:흐름|현상|실험|유행)")
"""'얼마든지 되돌릴 수 있는 일시적 흐름': what the paper calls an irreversible trend, said undone."""
_EASY_KO = lazy_compile(r"어렵지\s*(?:않|아니)|쉽(?:다|게|고|지만|습니다|어요|네요)|쉬운|용이(?:하|한)|무난(?:하|히)")
"""'공약은 지키기 어렵지 않다': easy, where the paper says it is not easy."""
_NOT_EASY_EN = lazy_compile(r"\bnot\s+(?:be\s+)?easy\b|\bdifficult\b|\bhard\s+to\b|\bunlikely\b", re.IGNORECASE)


def _korean_claim_coverage(claim: TextFeatures, source: TextFeatures) -> tuple[float | None, int, list[str]]:
    """A Korean claim about an English source (the paper): the share of the claim's words the glossary knows
    whose English is in the source ('경착륙 방안' — 'hard landing plan')."""
    text = source.text.lower()
    words = re.findall(r"[a-z]+", text)
    known, missing = 0, []
    for lemma in sorted(claim.lemmas - _REPORTING_KO):
        english = _ENGLISH_OF_KOREAN.get(lemma) or _ENGLISH_OF_KOREAN.get(
            next((s for s in SYNONYMS_KO.get(lemma, ()) if s in _ENGLISH_OF_KOREAN), ""), ())
        if not english:
            continue
        known += 1
        if not any((" " in e and e in text) or any(w.startswith(e) or (len(w) >= 4 and e.startswith(w))
                                                   for w in words) for e in english):
            missing.append(lemma)
    known += len(claim.entities)
    if known == 0:
        return None, 0, []
    return 1 - len(missing) / known, known, missing


_AFTER_LEAVING_KO = lazy_compile(r"(?:퇴직|퇴임|그\s*직을\s*그만둔|그\s*직에\s*있었던)\s*(?:후|뒤|사람)에?도"
                                 r"|(?:이었던|였던|있었던)\s*(?:사람|자)")
_ENDS_ON_LEAVING = lazy_compile(
    r"\b(?:lapses?|ends?|ceases?|expires?|stops?|no\s+longer\s+appl\w*|is\s+lifted|falls\s+away)\b[^.;]{0,40}?"
    r"\b(?:leave|leaves|left|leaving|retire\w*|step\w*\s+down|depart\w*|end\s+of\s+(?:their|the|his|her)\s+term)\b"
    r"|(?<!\bnot\s)\bonly\s+(?:while|during|as\s+long\s+as)\s+(?:in\s+office|serving|they\s+serve|employed)"
    # ('once they have left office the confidentiality obligation no longer applies')
    r"|\b(?:once|after|when)\s+(?:they|he|she|members?|officials?)\s+(?:have\s+|has\s+)?(?:left|leave|leaves|retired?|retires)"
    r"\b[^.;]{0,60}?\b(?:no\s+longer\s+appl\w*|lapses?|ends?|ceases?|expires?|is\s+lifted|falls\s+away)\b"
    r"|\b(?:does\s+not|doesn't|do\s+not|don't|not)\s+(?:extend|apply)\s+to\s+(?:former|retired|past)\b"
    r"|(?:퇴직|퇴임)(?:하면|한\s*후에는|한\s*뒤에는|후에는)\s*[^.]{0,20}?(?:없어|사라지|소멸|끝나|면제|해제)",
    re.IGNORECASE)
"""'the duty lapses once they leave', '퇴직하면 의무가 없어진다': a duty the claim ends with the office."""


_WHOM_EN = lazy_compile(r"\bwho\s+((?:(?:do|does|did|has|have|had|is|are|was|were|still|yet|not|never|no|"
                        r"been|being|already)\s+|(?:do|does|did|has|have|is|are|was|were)n[’']t\s+){0,4})([a-z]+)"
                        r"|\b(with|without|lacking)\s+(?:a\s+|an\s+|the\s+|any\s+)?((?:[a-z]+\s+){0,2}[a-z]+)"
                        # 'even after two years have passed since …': the time said to have passed
                        r"|\b(?:after|once|since|now that)\s+[^,.;]{0,40}?\b(?:have|has)\s+(?:already\s+)?(passed|elapsed)\b",
                        re.IGNORECASE)
_HAVING_EN = frozenset({"have", "has", "had", "hold", "holds", "held", "possess", "possesses", "possessed"})


_NOT_A_KO = lazy_compile(r"([가-힣]{2,})(?:이|가)\s*아닌\s+(?:사람|자(?![가-힣])|위원(?!회)|공무원|단체|기관|법인)")
"""'재직 중인 경찰공무원이 아닌 사람 중에서': whom, said by what they are not."""
_ANY_NEGATION_EN = lazy_compile(r"\b(?:not|no|non|never|neither|nor|other\s+than|except|excluding|outside|without|"
                                r"rather\s+than|instead\s+of|civilians?|lay|laypeople|former|ex)\b|n[’']t\b|\bnon-|\bex-",
                                re.IGNORECASE)


def _not_a_conflict_en(claim: str, source: str) -> str | None:
    """'from among serving police officers' where the source picks '재직 중인 경찰공무원이 아닌 사람 중에서': the
    claim names as whom the very people the source rules out, with no negation anywhere."""
    if _ANY_NEGATION_EN.search(claim):
        return None
    for m in _NOT_A_KO.finditer(source):
        noun = m.group(1)
        if negation_state(noun, source) != (True, False):
            continue  # the source also names them plainly elsewhere
        for word in re.findall(r"[a-z]+", claim.lower()):
            forms = (word, word[:-1]) if word.endswith("s") else (word,)  # ('servants': a servant)
            if any(noun in (_glossary_targets(form) or ()) for form in forms):
                return f"the source says whom by '{noun}이 아닌'; the claim names {word!r} with no negation"
    return None


def _whom_conflict_en(claim: str, source: str) -> str | None:
    """'a person who holds Korean nationality' or 'with Korean nationality' where the source says whom by
    '국적을 가지지 아니한 사람': the claim drops the negation that says whom the rule is about."""
    not_a = _not_a_conflict_en(claim, source)
    if not_a:
        return not_a
    in_source = modifiers(source)
    polarity = {**condition_polarity(source), **in_source.polarity}  # whom, said by a modifier or a condition
    if not polarity:
        return None
    for m in _WHOM_EN.finditer(claim):
        if m.group(5):
            negated, words = False, [m.group(5)]
        elif m.group(2):
            negated, words = bool(re.search(r"\b(?:not|never|no)\b|n[’']t", m.group(1), re.IGNORECASE)), [m.group(2)]
        else:
            negated, words = m.group(3).lower() != "with", m.group(4).split()
        for word in words:
            word = word.lower()
            targets = set(_glossary_targets(word) or ()) | ({"가지", "갖", "보유"} if word in _HAVING_EN else set())
            for target in sorted(targets):
                there = polarity.get(target)
                if m.group(3) and target not in in_source.possessed:
                    continue  # 'with/without' a thing: what the source says is had or lacked ('국적이 없는')
                if there is not None and len(there) == 1 and (True in there) != negated:
                    if True in there:
                        return f"the source says whom by a negated {target!r} ('…지 아니한'); the claim affirms {word!r}"
                    return f"the claim says whom by a negated {word!r}; the source affirms {target!r}"
    return None


_NEGATOR_EN = frozenset({"not", "no", "never", "without", "cannot", "nor", "neither", "fail", "fails", "failed",
                         "hardly", "rarely", "nothing", "none"})


def _negated_term_stated_en(claim: TextFeatures, source: str) -> str | None:
    """A Korean claim that negates a verb the English sentence states plainly ('국가경찰체제는 유지되지 않았다'
    where the paper says 'a centralized national police system was maintained'): every occurrence of the verb's
    English word in the sentence, with no negator among the four words before it."""
    words = re.findall(r"[a-z]+(?:'t)?", source.lower())
    for lemma in sorted(claim.negated):
        terms = [t for t in _ENGLISH_OF_KOREAN.get(lemma, ()) if " " not in t and len(t) > 4]
        spots = [i for i, w in enumerate(words) if any(w.startswith(t) for t in terms)]
        before = [words[max(0, i - 4) : i] for i in spots]
        if spots and not any(_NEGATOR_EN & set(ws) or any(w.endswith("n't") for w in ws) for ws in before):
            return f"the claim negates {lemma!r}; the source states it ({words[spots[0]]})"
    return None


_DISQUALIFYING_LEAD = lazy_compile(r"(?:될|임용될|임명될|위촉될|채용될|선임될|취임할)\s*수\s*없")
"""A 항's lead that bars the people its 호 list from an office ('다음 각 호의 어느 하나에 해당하는 사람은 위원이 될 수
없다'): a claim that one of them 'cannot be appointed' states the lead's bar, whatever the 호 itself says."""
_INELIGIBLE_EN = lazy_compile(r"\b(?:(?:is|are)\s+(?:not|in)eligible|(?:is|are)\s+not\s+eligible|ineligible|"
                              r"(?:cannot|can\s*not|can't|may\s+not|must\s+not|shall\s+not)\s+(?:be\s+)?"
                              r"(?:appointed|named|hired|recruited|commissioned|chosen|become|serve|sit|hold|join)|"
                              r"(?:is|are)\s+(?:barred|disqualified|excluded|prevented)\s+from)\b", re.IGNORECASE)
"""An English claim that someone is barred from an office."""
_INELIGIBLE_KO = lazy_compile(r"(?:될|임용될|임명될|위촉될|채용될|선임될|맡을|취임할)\s*수\s*(?:없|가\s*없)|자격이\s*없|결격")
_ELIGIBILITY_WORDS = frozenset(canon_en(w) for w in (
    "appointed", "appoint", "named", "hired", "recruited", "commissioned", "chosen", "become", "serve", "sit",
    "hold", "join", "eligible"))


_ELIGIBLE_EN = lazy_compile(r"\b(?:may|can|could)\s+(?:still\s+|also\s+)?(?:be\s+)?(?:appointed|named|hired|recruited|"
                            # ('is not barred from becoming' reads 'may becoming': the analysis rewrites the bar lifted)
                            r"commissioned|chosen|become|serve|sit|hold|join|becoming|serving|sitting|holding|joining)\b|\b(?:is|are|remains?)\s+(?:still\s+)?eligible\b|"
                            r"\b(?:is|are)\s+not\s+(?:barred|disqualified|prevented|excluded|ineligible)\b",
                            re.IGNORECASE)
_ELIGIBLE_KO = lazy_compile(r"(?:될|임용될|임명될|위촉될|채용될|선임될|맡을|취임할)\s*수\s*(?:도\s*)?있")
"""A claim that someone may hold an office: what a lead that bars them denies."""


def _allowed_against_lead(claim: TextFeatures, leads: Sequence[str]) -> bool:
    """Whether the claim lets someone hold an office that its cited 호's lead bars them from."""
    return bool(leads) and bool(_DISQUALIFYING_LEAD.search(" ".join(leads))) and bool(
        (_ELIGIBLE_EN if claim.lang == "en" else _ELIGIBLE_KO).search(claim.text))


def _barred_by_lead(claim: TextFeatures, leads: Sequence[str]) -> bool:
    """Whether the claim bars someone from an office as its cited 호's lead does."""
    return bool(leads) and bool(_DISQUALIFYING_LEAD.search(" ".join(leads))) and bool(
        (_INELIGIBLE_EN if claim.lang == "en" else _INELIGIBLE_KO).search(claim.text))


_LISTING_LEAD = lazy_compile(r"각\s*호의")
_MEMBERSHIP_LEMMAS = frozenset({"해당", "포함", "가운데", "하나", "속하"})
"""The verb of a claim that puts a cited 호 on its 항's list ('결격사유에 해당한다', '… 가운데 하나다')."""
_EXCEPTING_LEAD = lazy_compile(r"각\s*호의\s*어느\s*하나에\s*해당하는\s*(?:경우|때|사람|자)[가-힣]{0,2}\s*제외하고는\s*(.*)")
"""A 항's lead whose 호 list the exceptions to its rule ('감사위원은 다음 각 호의 어느 하나에 해당하는 경우를 제외하고는
임기 중 그 의사에 반하여 면직되거나 해촉되지 아니한다')."""


def _states_membership(pred: Predicate, leads: Sequence[str]) -> bool:
    """Whether a claim's verb only puts its cited 호 on the list the 항's lead makes."""
    return bool(leads) and pred.lemma in _MEMBERSHIP_LEMMAS and pred.modality == "decl" \
        and bool(_LISTING_LEAD.search(" ".join(leads)))


_STATES_THE_RULE = lazy_compile(r"제외하고|제외한\s|아니(?:라)?면|아닌\s*(?:한|이상)|없는\s*한|없더라도|없어도|외에는|말고는")
"""A claim that states the rule with its exceptions ('… 경우가 아니면 면직되지 않는다', '… 사유가 없더라도 면직될 수
있다'), not one of the listed cases."""
_GENERIC_ITEM_STEMS = frozenset({"경우", "해당", "하나", "어느", "또는", "따른", "따라", "규정", "사람", "그밖", "다음"})


def _own_excepting_lead(claim_text: str, passage: str) -> list[str]:
    """A cited 항 whose lead excepts the cases its 호 list ('… 경우를 제외하고는 … 면직되거나 해촉되지 아니한다'), when
    the claim names one of those cases ('국회의원으로 선출된 감사위원은 … 면직될 수 있다'): the lead, read as that 호's
    lead. A claim that names no listed case states the rule, and its exception does not excuse it."""
    first = _ITEM_MARK.search(passage)
    if not first or not _EXCEPTING_LEAD.search(lead := passage[: first.start()].strip()) \
            or _STATES_THE_RULE.search(claim_text):
        return []
    lead_stems = {w[:2] for w in re.findall(r"[가-힣]{2,}", lead)}
    claim_stems = {w[:2] for w in re.findall(r"[가-힣]{2,}", claim_text)}
    for item in _ITEM_MARK.split(passage[first.start():]):
        stems = {w[:2] for w in re.findall(r"[가-힣]{2,}", item)} - lead_stems - _GENERIC_ITEM_STEMS
        if len(stems & claim_stems) >= 2:
            return [lead]
    return []


def _excepted_by_lead(lemma: str, leads: Sequence[str]) -> bool:
    """Whether the word is in the rule a lead denies except in the cases its 호 list: in a listed case the
    source allows what the rule denies ('임기 중이라도 면직되거나 해촉될 수 있다')."""
    return any((m := _EXCEPTING_LEAD.search(lead)) and lemma in m.group(1) for lead in leads)


def _negation_conflict(claim: TextFeatures, source: TextFeatures, leads: Sequence[str] = ()) -> str | None:
    if source.lang == "ko" and _ENDS_ON_LEAVING.search(claim.text) and _AFTER_LEAVING_KO.search(source.text):
        return "the claim ends the duty with the office; the source keeps it after (퇴직 후에도, …이었던 사람)"
    if claim.lang == "en" and source.lang == "en":
        for lemma in claim.negated:
            if lemma in source.lemmas and lemma not in source.negated:
                return f"the claim negates {lemma!r}; the source does not"
        for lemma in claim.affirmed:
            if lemma in source.negated and lemma not in source.affirmed:
                return f"the source negates {lemma!r}; the claim does not"
        return None
    if claim.lang == "ko" and source.lang == "en":
        stated = _negated_term_stated_en(claim, source.text)
        if stated:
            return stated
        # a Korean claim about the English paper: a negated main verb the sentence does not negate
        if (claim.negated or (claim.predicates and claim.predicates[-1].modality in ("neg", "must_not", "need_not"))) \
                and not re.search(r"\b(?:not|no|never|cannot|nor|neither|without|hardly|fails?|failed)\b|n't|"
                                  r"\b(?:irrevers|insufficien|impossib|unable|inadequa|unlikely|unclear|invalid|ineffici|ineffect|lack|difficult)",
                                  source.text, re.IGNORECASE):
            return "the claim negates its verb; the source does not"
        source_text = source.text.lower()
        if _REVERSIBLE_KO.search(claim.text) and re.search(r"\birreversib", source_text):
            return "the claim says it can be undone; the source says it is irreversible"
        if _EASY_KO.search(claim.text) and _NOT_EASY_EN.search(source.text):
            return "the claim says it is easy; the source says it is not easy"
        for term, other in _KO_OPPOSITES.items():
            if term in claim.lemmas and other not in claim.lemmas \
                    and not any(e in source_text for e in _ENGLISH_OF_KOREAN[term]) \
                    and any(e in source_text for e in _ENGLISH_OF_KOREAN[other]):
                return f"the claim says {term}; the source says {other} ({_ENGLISH_OF_KOREAN[other][0]})"
        return None
    if source.lang != "ko":
        return None
    for m in _REGARDLESS_KO.finditer(claim.text):
        if re.search(re.escape(m.group(1)) + r"(?:에|의)?\s*따(?:라|른|르)", source.text) \
                or re.search(re.escape(m.group(1)) + r"(?:의\s*(?:범위|한도))?\s*(?:에서|안에서|내에서)", source.text):
            # ('정원 범위와 상관없이' against '… 정원의 범위에서 정한다': the source keeps within it)
            return f"the claim says regardless of {m.group(1)!r}; the source goes by it"
    if _LIFTED_BAN.search(claim.text) and _BANS_KO.search(source.text):
        return "the claim says a ban does not apply; the source imposes it"
    if claim.lang == "ko" and "생략" not in source.text:
        for m in _OMITTED_KO.finditer(claim.text):
            # '국회 인사청문은 생략된다' where '국회의 인사청문을 거쳐야 한다': the step the source requires is left out
            if negation_state(m.group(1), _TITLE_LINE.sub("", source.text)) == (False, True):
                return f"the claim leaves out {m.group(1)!r} (생략); the source does not"
    if claim.lang == "ko":
        # (the law's title and the heading in the context name no act: '세종특별자치시 설치 등에 관한 특별법')
        ruling = _TITLE_LINE.sub("", source.text)
        deemed = _deeming_conflict(claim.text, source.text)
        if deemed:
            return deemed
        whom = modifier_conflict(claim.text, ruling, SYNONYMS_KO)
        if whom:
            return whom
        if _EXCLUDED_KO.search(claim.text) and not _EXCLUDES_ANY_KO.search(source.text):
            return "the claim excludes it (제외된다); the source excludes nothing"
        for lemma in sorted(claim.lemmas):
            if not HANGUL_WORD.match(lemma) or len(lemma) < 2:
                continue  # hanja glosses (遺棄), Latin words and one-syllable stems are too ambiguous
            if re.search(re.escape(lemma) + r"(?:이|가)\s*아닌\s+[가-힣]{2,}", claim.text) \
                    and not re.search(r"(?<![가-힣])" + re.escape(lemma), source.text):
                # '공무원이 아닌 위원은 …' where the source names 공무원 only inside another word (지방공무원법): a
                # description of whom the rule is about ('위촉위원이 아닌 위원' against '위촉위원 중에서' is a flip)
                continue
            if any(p + lemma in claim.text and p + lemma in source.text for p in "불비무미"):
                continue  # the claim uses the source's own prefixed word ('미활용', '비상임')
            if re.search(re.escape(lemma) + r"[가-힣]{0,3}\s*(?:이|가)?\s*(?:아니(?:라|고)\s|아닌\s*(?:다른|그\s*밖의|별도|기타))",
                         claim.text):
                continue  # '이사장이 아니라 감사가 대표한다', '학년제가 아닌 다른 제도': a contrast names another, it negates no rule
            state = negation_state(lemma, ruling)
            for same in SYNONYMS_KO.get(lemma, ()) if state is None else ():
                # '포함하여 계산한다' against '산입하지 아니한다': the statute's word for the claim's carries its polarity
                # (not a word the claim's stands for with its negation: 곧바로 is '지체 없이', not 지체)
                state = negation_state(same, source.text) if HANGUL_WORD.match(same) and len(same) > 1 \
                    and not re.search(re.escape(same) + r"\s*없이", source.text) else None
                if state is not None:
                    break
            if state is None:
                continue
            negated, affirmed = state
            if negated and not affirmed and lemma not in claim.negated and (
                    _permission_left(claim, source.text) or names_the_bar(claim.text, lemma, source.text)):
                # '10년이 지나기 전까지 요구할 수 있다', '징계의결 요구 시효는 10년' for '요구는 … 기간이 지나면 하지 못한다':
                # what the bar leaves, or the bar itself
                continue
            if negated and _excepted_by_lead(lemma, leads):
                if lemma in claim.negated and lemma not in claim.affirmed:
                    return (f"the cited item is a case the lead excepts from its rule (…제외하고는); in it the "
                            f"source allows {lemma!r}, the claim negates it")
                continue  # '국회의원으로 선출되면 … 면직될 수 있다': the listed case lifts the rule's '아니한다'
            if negated and not affirmed and _barred_by_lead(claim, leads) and lemma in " ".join(leads):
                continue  # '중독자는 임용 결격사유 가운데 하나다': the claim's 결격 states the lead's '임용될 수 없다'
            if negated and re.search(re.escape(lemma) + r"[가-힣]{0,3}?\s*(?:이|가)?\s*(?:없어지|사라지)", claim.text):
                continue  # '가망이 없어지면' for '가망이 없는 경우': what is gone, said as a change
            if _NOT_COVERED.search(source.text) and re.search(
                    re.escape(lemma[:-1] if lemma.endswith("하") else lemma)
                    + r"[가-힣]{0,4}\s*(?:두지|놓지|있지)?\s*(?:않|아니)[가-힣]{0,2}\s*(?:[가-힣ㆍ·]+\s+){0,5}(?:사항|것)",
                    claim.text):
                continue  # '이 영에 정해 두지 않은 사항은' for '이 영에서 규정한 사항 외에': what the rule leaves out
            if lemma in claim.negated and re.search(re.escape(lemma) + r"[가-힣]{0,2}지\s*(?:않|아니)[가-힣]?\s*(?:사항|것|경우)",
                                                    claim.text) \
                    and re.search(re.escape(lemma) + r"[가-힣]{0,2}\s*(?:사항|것|경우)[^.)]{0,12}제외", source.text):
                continue  # '경미하지 않은 사항을 바꿀 때' for '(경미한 사항의 변경은 제외한다)': what the exclusion leaves
            if lemma in claim.negated and re.search(re.escape(lemma) + r"[가-힣ㆍ·]{0,4}\s*금지", claim.text) \
                    and "금지" in source.text:
                continue  # '반출입 금지 같은 조치' for '반출ㆍ반입 금지 등 필요한 조치': both name the ban as a measure
            if lemma in claim.negated \
                    and re.search(re.escape(lemma) + r"[가-힣ㆍ·]{0,8}(?:이|가)\s*(?:아닌|아니라면|아니면)", claim.text) \
                    and re.search(r"\([^()]*" + re.escape(lemma) + r"[^()]*제외한다[^()]*\)|"
                                  + re.escape(lemma) + r"\([^()]*제외한다[^()]*\)", source.text):
                # ('공무원이 아닌 위원장' for '위원장(공무원인 위원장은 제외한다. 이하 같다)'; '시험 정지 처분이
                # 아니라면' for '처분(시험의 정지는 제외한다)')
                continue  # '비서관·비서가 아닌 별정직공무원' for '별정직공무원(비서관ㆍ비서는 제외한다)': the same exclusion
            if re.search(re.escape(lemma) + r"[가-힣]{0,3}\s*(?:을|를|이|가|은|는|도)?\s*면제", claim.text):
                continue  # both say it is exempted ('수수료가 면제된다' = '수수료를 면제한다')
            if lemma in claim.affirmed and negated and re.search(re.escape(lemma) + r"(?:을|를|이|가|은|는|도)?\s*생략", claim.text):
                # '공고를 생략할 수 있다' is '공고하지 아니할 수 있다': the act omitted, said with a noun (or in the
                # passive: '시험이 생략될 수 있다')
                continue
            if lemma in claim.negated and not negated and re.search(re.escape(lemma) + r"(?:을|를)?\s*생략", source.text):
                continue  # '협의하지 않아도 된다' for '협의를 생략할 수 있다': the same, the other way round
            if lemma in claim.negated and re.search(re.escape(lemma) + _SHORT_OF_A_NUMBER, claim.text):
                continue  # '근속 20년이 안 된' = '20년 미만': a quantity not reached, said with a negation
            if lemma in claim.negated and _PREVENTED.search(source.text[source.text.find(lemma):][:len(lemma) + 12]) \
                    and lemma in source.text:
                continue  # '손실을 입지 않도록' = '손실을 방지하기 위한': what is prevented does not happen
            if lemma in claim.negated and not negated and re.search(
                    re.escape(lemma) + r"(?:자격|권)(?:을|를|이|가)?\s*(?:정지|박탈|상실)", source.text):
                continue  # '시험에 응시할 수 없다' for '응시자격을 정지한다': the right to do it taken away
            if lemma in claim.negated and not negated and re.search(
                    re.escape(lemma) + r"(?:적|상의?)\s*(?:여유|여건|여지)(?:가|이)?\s*(?:없|부족)", source.text):
                continue  # '의결할 시간이 없거나' for '의결할 시간적 여유가 없거나': the lack said of the noun itself
            if lemma in claim.negated and not negated and not (
                    negated_only_in_conditions(lemma, claim.text) and _NEGATED_CONDITION.search(source.text)):
                # ('경비를 모두 충당하지 못하면 …' for '경비의 전부를 마련할 수 없는 경우에는 …': both state the
                # condition negatively, each with its own verb)
                return f"the claim negates {lemma!r}; the source does not"
            if negated and re.search(re.escape(lemma) + r"(?:의)?\s*(?:신분|자격|지위|직)(?:이|가|을|를)?\s*(?:아닌|아니|없는|갖지)",
                                     claim.text):
                continue  # '공무원 신분이 아닌 위원' for '공무원이 아닌 위원': the negation is said of the status
            if lemma in claim.affirmed and lemma not in claim.negated and negated and not affirmed \
                    and not _negative_claim(claim) and not _outside_of(lemma).search(claim.text) \
                    and not (negation_state(lemma, claim.text) or (False, False))[0] \
                    and not (claim.negated and negated_only_in_conditions(lemma, source.text)) \
                    and not (_UNLESS_DONE.search(source.text) and _REQUIRED_FIRST.search(claim.text)):
                return f"the source negates {lemma!r}; the claim does not"
        return None
    if _OUTSIDE_REMIT.search(claim.text) and not re.search(r"아니|않|없|제외|외의|외에", source.text):
        return "the claim puts it outside the body's remit; the source does not"
    deemed = _deeming_conflict_en(claim.text, source.text)
    if deemed:
        return deemed
    whom = _whom_conflict_en(claim.text, source.text)
    if whom:
        return whom
    lacking = _lacking_words(claim.words)
    heads = _negated_heads(claim.words)
    without = _without_phrases(claim.words)
    # 'without a permit extending the area of stay' against '체류지역 확대 허가를 받지 아니하고': the phrase
    # lacks one thing, named by several words; the source lacking any of them states it
    lacking_stated = any(negation_state(t, source.text) in ((True, False), (True, True))
                         for word in lacking for t in (_glossary_targets(word) or ()) if len(t) > 1)
    for word in claim.words:  # English claim, Korean source
        targets = _predicate_targets(word)
        if not targets or not (_is_verb_of(word, NEGATABLE_EN) or word in lacking):
            continue  # 'without consulting / approval / notice': what is lacking is compared too
        states = {t: negation_state(t, source.text) for t in targets if len(t) > 1}
        if "두" in targets:
            states["두"] = _placing_state(source.text)
        present = {t: st for t, st in states.items() if st is not None}
        if not present:
            continue
        canon = canon_en(word)
        if canon in claim.negated and canon in _ELIGIBILITY_WORDS and _barred_by_lead(claim, leads):
            continue  # 'a judge who left less than a year ago cannot be appointed': the 호's lead bars them
        if canon in claim.negated and (word in heads or word in lacking) and not (word in lacking and lacking_stated) \
                and not any(st[0] for st in present.values()) and not any(_decided_not(t).search(source.text) for t in present):
            return f"the claim negates {word!r}; the source does not"
        if canon in claim.affirmed and canon not in claim.negated and not _negative_claim(claim) \
                and word not in without and not _permission_left(claim, source.text) \
                and all(st[0] and not st[1] for st in present.values()):
            # ('can be requested within ten years' for '요구는 … 기간이 지나면 하지 못한다': what the bar leaves)
            return f"the source negates {'/'.join(present)}; the claim does not"
    return None


@lru_cache(maxsize=1024)
def _decided_not(term: str) -> re.Pattern[str]:
    """'… 징계부가금을 부과하는 결정을 하지 못한다': what a body may not decide to do is not done ('is barred from
    imposing a heavier surcharge')."""
    return re.compile(re.escape(term) + r"[가-힣]{0,3}\s*(?:결정|처분|의결|명령)(?:을|를)?\s*(?:하지\s*(?:못|아니|않)|할\s*수\s*없)")


@lru_cache(maxsize=4096)
def _outside_of(lemma: str) -> re.Pattern[str]:
    """'수도권 밖', '수도권 외의 지역': what is outside it, the statute's '수도권이 아닌 지역'."""
    return re.compile(re.escape(lemma) + r"[가-힣]{0,2}\s*(?:밖|바깥|이외|외(?:의|에|에서)?\s)")


_OMITTED_KO = lazy_compile(r"([가-힣]{2,}?)(?:은|는|을|를|이|가|도)?\s*생략(?:된|되|돼|됨|한|하|해|함|할)")
_TITLE_LINE = lazy_compile(r"(?m)^(?:[^\n.]*(?:법|법률|시행령|규정|직제)|제\d+조(?:의\d+)?\s*\([^)\n]*\))\s*$")
"""A statute's title or an article's heading on a line of its own (the context of a cited 항): they name the
topic, they do not state it done or not done ('제6조(설치 등)' over '… 지방자치단체를 두지 아니한다')."""

_GONE_KO = lazy_compile(r"없어지|없애|폐쇄")
"""'직위가 없어지거나': a post abolished, in the statute's own words."""
_ANAPHORIC_PROVISO = lazy_compile(r"다만,?\s*(?:이에|그에|이를|그|이)\s")
_PROVISO_REFERS_BACK = lazy_compile(r"(?:^|\s)(?:그|이)\s+(?:기간|기한|금액|비율|인원|수|횟수|범위|사유|절차|결과|사항|내용|계획|대상)")
"""A proviso that names the rule's own term again ('다만, … 그 기간을 5일의 범위에서 연장할 수 있다')."""
_SAME_AGAIN = lazy_compile(r"(?:에도|때에도|경우에도)\s*(?:또한\s*)?같다\.?$")
_STATES_EXCEPTION = lazy_compile(
    r"(?:면|라면|경우에는|경우엔|때에는|때는)\s+(?:(?:이|그|해당)\s*)?(?:(?:절차|규정|의무|조항|원칙|요건|제한|규칙)(?:가|이|은|는)\s*)?"
    r"적용(?:되|하)지\s*(?:않|아니)|그렇지\s*않|그러하지\s*아니|그렇게\s*하지\s*않아도|그러지\s*않아도|그럴\s*필요(?:는|가)\s*없|"
    r"\b(?:does|do|will)\s+not\s+apply\b|\bdoesn't\s+apply\b|\b(?:is|are)\s+exempt\b|\bnot\s+required\s+(?:in|where|when|if|for)\b",
    re.IGNORECASE)
"""A claim that states a rule's exception in words of its own ('현행범이라면 이 절차가 적용되지 않는다', '급박한 사정이
있으면 그렇게 하지 않아도 된다', 'this does not apply to …'): it is read with the rule and its '다만, … 그러하지
아니하다' together."""
_UNLESS_EN = lazy_compile(r"\b(?:unless|except|other\s+than|apart\s+from|save\s+for|but\s+not)\b", re.IGNORECASE)
_EXCEPT_KO = lazy_compile(r"제외(?:하고|한|하면|되고|되며)|빼고|외에는|예외(?:로|이다|다)")
_DISAPPLYING_PROVISO = lazy_compile(r"^다만[,\s][^.]*(?:그러(?:하)?지\s*(?:아니|않)|그렇지\s*(?:않|아니))")
_DISAPPLIED_KO = lazy_compile(
    r"(?<=면|우|때)((?:에는|엔|는)?\s+)(?:(?:이|그|해당)\s*)?(?:(?:절차|규정|의무|조항|원칙|요건|제한|규칙)(?:가|이|은|는)\s*)?"
    r"적용(?:되|하)지\s*(?:않는다|아니한다)"
    r"|그렇게\s*하지\s*않아도\s*된다|그러지\s*않아도\s*된다|그렇게\s*할\s*필요(?:는|가)\s*없다|그럴\s*필요(?:는|가)\s*없다")
"""A Korean claim's own words for a proviso's '그러하지 아니하다' after the case it names ('현행범이라면 이 절차가
적용되지 않는다', '급박한 사정이 있으면 그렇게 하지 않아도 된다'); not a rule said not to apply ('… 우선하여
적용되지 않는다')."""


def _exception_in_statute_words(claim: str, source: str) -> str:
    """'…, 현행범이라면 이 절차가 적용되지 않는다' as the statute says it ('…, 현행범이라면 그러하지 아니하다') when the
    source ends its rule with such a proviso: the claim's case is then compared with the proviso's, word for word."""
    if not any(_DISAPPLYING_PROVISO.match(s) for s in split_sentences(source)):
        return claim
    return _DISAPPLIED_KO.sub(lambda m: f"{m.group(1) or ''}그러하지 아니하다", claim)
_JOINED_SENTENCE = lazy_compile(r"(?<=[.다])\s+(?=이 경우 |다만,?\s*(?:이에|그에|이를|그|이)\s)")
_SHORT_OF_A_NUMBER = (r"[^.]{0,8}?\d+\s*(?:년|개월|명|세|일|회|퍼센트|%)\s*(?:이|가)?\s*"
                      r"(?:안\s*된|안\s*되|되지\s*않|되지\s*아니|넘지\s*않|못\s*미치|못\s*되|차지\s*않)")
_PREVENTED = lazy_compile(r"^[가-힣]+?(?:을|를|의)?\s*(?:방지|예방|막|억제|차단)")
_REGARDLESS_KO = lazy_compile(r"([가-힣]{2,})(?:와|과|에)\s*(?:관계없이|상관없이|무관하게)")
_LIFTED_BAN = lazy_compile(r"금지(?:\s*(?:규정|조항|의무))?(?:이|가|은|는|도)?\s*적용(?:되지|하지)\s*(?:않|아니)|"
                           r"(?:이를|그것을|이것을)\s*(?:막지|금지하지)\s*(?:않|아니)|"
                           r"\b(?:ban|prohibition|bar)\b[^.;]{0,40}?\b(?:does not|doesn't|do not|don't|no longer|never)\s+"
                           r"appl(?:y|ies)\b|\bnothing\b[^.;]{0,40}?\b(?:stops|prevents|bars|forbids|prohibits)\b|"
                           r"\b(?:does|do)\s+not\s+(?:stop|prevent|bar|forbid|prohibit)\b", re.IGNORECASE)
"""'불이익 금지 규정이 적용되지 않는다', 'the ban does not apply', 'nothing in the Act stops …': a prohibition lifted."""
_BANS_KO = lazy_compile(r"아니\s*된다|못한다|할\s*수\s*없다|금지한다|금지된다")
_OUTSIDE_REMIT = lazy_compile(r"\b(?:outside|beyond)\s+(?:the\s+)?(?:remit|scope|purview|duties|responsibilit\w*|"
                              r"jurisdiction|mandate|competence|tasks|functions|powers|matters|areas|list)\b", re.IGNORECASE)
"""'falls outside the remit of the bureau': what the body is not in charge of."""
_UNLESS_DONE = lazy_compile(r"(?:지\s*(?:아니하|않으)|없으)면\s+[^.]{0,60}?(?:수\s*없|아니\s*된|못한)")
"""'심사ㆍ결정을 거치지 아니하면 제기할 수 없다': a double negative, the first step is required."""
_ONLY_THROUGH_KO = lazy_compile(r"[아어여해와워쳐켜져혀겨려]야만?\s+(?:[^\s.]+\s+){0,4}?[가-힣]*?[할될을낼볼쓸갈올줄들열]\s*수\s*있")
"""'관서장이 고발해야만 기소할 수 있다', '심사를 거쳐야 낼 수 있다': it can be done only once the first act is: the
statute's double negative ('고발이 없으면 공소를 제기할 수 없다') said the other way round."""


_ONLY_THROUGH_EN = lazy_compile(r"\b(?:can|may|could)\s+(?:\S+\s+){0,8}?only\s+(?:after|once|when|upon|following|if)\b|"
                                r"\bonly\s+(?:after|once|when|upon|following|if)\s+[^.;]{0,80}?\b(?:can|may|could)\b",
                                re.IGNORECASE)
"""'can be filed only after the commission has decided': the same in English."""


def _only_through(claim: TextFeatures, passage: str) -> bool:
    """A claim's 'may, only once X is done' where its source says 'may not unless X' (:data:`_UNLESS_DONE`): the
    permission the claim states is what the source's double negative leaves."""
    only = _ONLY_THROUGH_KO if claim.lang == "ko" else _ONLY_THROUGH_EN
    return bool(only.search(claim.text)) and bool(_UNLESS_DONE.search(passage))


def _permission_left(claim: TextFeatures, passage: str) -> bool:
    """The claim's 'may' is what its source's prohibition leaves: :func:`_only_through` or a time bar
    (:func:`~drafter.citations.bounds.permitted_until_bar`)."""
    return _only_through(claim, passage) or permitted_until_bar(claim.text, claim.lang, passage)


_REQUIRED_FIRST = lazy_compile(r"(?:어야|여야|해야|와야|워야)\s*(?:한다|하며|하고|하는|할|만|비로소)|먼저|려면|뒤에야|후에야|다음에야")
"""'…하려면 먼저 거쳐야 한다': the claim states the requirement positively."""


_PHRASE_END_EN = frozenset({"but", "if", "unless", "when", "which", "who", "that", "so", "because", "while", "to",
                            # ('without justification is punishable': the phrase ends where the verb begins)
                            "is", "are", "was", "were", "must", "may", "can", "shall", "will", "carries", "carry"})


def _without_phrases(words: Sequence[str]) -> set[str]:
    """The words of each 'without …' phrase ('without the Minister of Oceans and Fisheries' approval'): what the
    claim says is lacking, however long the name before it."""
    out: set[str] = set()
    for i, word in enumerate(words):
        if word != "without":
            continue
        for nxt in words[i + 1 : i + 9]:
            if nxt in _PHRASE_END_EN:
                break
            out.add(nxt)
    return out


_WITHOUT_FILLER = frozenset({"any", "need", "needs", "for", "the", "a", "an", "having", "to", "obtain", "obtaining",
                             "get", "getting", "seek", "seeking", "requiring", "first", "its", "their", "his", "her"})


def _lacking_words(words: Sequence[str]) -> set[str]:
    """What a 'without …' says is lacking: its first three words past 'any need for', 'having to obtain', 'the'
    ('finalised without any need for the provincial council's consent' lacks the consent)."""
    out: set[str] = set()
    for i, word in enumerate(words):
        if word != "without":
            continue
        taken = 0
        for nxt in words[i + 1 : i + 12]:
            if nxt in _PHRASE_END_EN or taken == 3:
                break
            out.add(nxt)
            taken += nxt not in _WITHOUT_FILLER
    return out


_MANNER_AFTER_WITHOUT = frozenset({"delay", "undue", "fail", "exception", "prior", "hesitation"})


def _negated_heads(words: Sequence[str]) -> set[str]:
    """The verb each English negation negates: the first predicate word after it ('does not have to notify
    the designating authority' negates notify, not designating)."""
    heads: set[str] = set()
    for i, word in enumerate(words):
        if word in NEGATION_EN or word.endswith("n't"):
            if word == "without" and words[i + 1 : i + 2] and words[i + 1] in _MANNER_AFTER_WITHOUT:
                continue  # 'without delay' (지체 없이) says how, it negates no verb
            for j, nxt in enumerate(words[i + 1 : i + 6], start=i + 1):
                if _is_verb_of(nxt, NEGATABLE_EN | PREDICATE_STEMS_EN) or (
                        nxt.endswith("ing") and len(nxt) > 5 and words[j - 1] in ("from", word)
                        and nxt not in ("having", "being", "getting")):  # ('without having to consult': consult)
                    # ('barred from pursuing disciplinary action': the gerund is what is barred, known or not)
                    heads.add(nxt)
                    break
    return heads


_DEEMED = lazy_compile(r"(?:것|자|날)으?로\s*(?:본다|보며|보고|보아|보는|볼\s*수)")
_NOT_DEEMED = lazy_compile(r"(?:것|자|날)으?로\s*(?:보지\s*(?:않|아니)|볼\s*수\s*없|(?:인정|간주|취급)(?:받지|되지|하지)\s*(?:못|않|아니))")


_EXCLUDED_KO = lazy_compile(r"(?:제외|배제)(?:된다|되며|되고|됨|한다|하며|되어\s*있다|되어\s*있음|돼\s*있다)\.?\s*$")
_EXCLUDES_ANY_KO = lazy_compile(r"제외|외의|외에|이외|아니|않|없|빼|못|제척|배제|면제")
"""A claim whose rule is an exclusion ('… 범위에서 제외된다') needs a source that excludes something."""
_DEEMED_UNDONE = lazy_compile(r"지\s*(?:않은|아니한|않았던)\s*것으로\s*(?:본다|보며|보고|간주)")
_DEEMED_DONE = lazy_compile(r"(?<![지않])(?:한|된|받은|이루어진)\s*것으로\s*(?:본다|보며|보고|간주)")
"""What is deemed: '허가를 한 것으로 본다' against '허가를 하지 않은 것으로 본다'."""


def _deeming_conflict(claim: str, source: str) -> str | None:
    """'받은 것으로 보지 않는다' where the source says '받은 것으로 본다' (a legal fiction, 의제), or the reverse:
    보다 is one syllable, which the lemma-by-lemma negation check leaves out."""
    if _DEEMED_UNDONE.search(claim) and _DEEMED_DONE.search(source) and not _DEEMED_UNDONE.search(source):
        return "the claim deems it not done (하지 않은 것으로 본다); the source deems it done (한 것으로 본다)"
    if _DEEMED_DONE.search(claim) and _DEEMED_UNDONE.search(source) and not _DEEMED_DONE.search(source):
        return "the claim deems it done (한 것으로 본다); the source deems it not done (하지 아니한 것으로 본다)"
    if _NOT_DEEMED.search(claim) and _DEEMED.search(source) and not _NOT_DEEMED.search(source):
        return "the claim says it is not deemed (것으로 보지 않는다); the source deems it (것으로 본다)"
    if _DEEMED.search(claim) and not _NOT_DEEMED.search(claim) and _NOT_DEEMED.search(source) \
            and not _DEEMED.search(source):
        return "the claim deems it (것으로 본다); the source says it is not deemed"
    return None


_PLACES_KO = lazy_compile(r"(?:을|를|에는|에)\s*(?:둔다|두며|두고|두어야|둘\s*수\s*있)")
_PLACES_NOT_KO = lazy_compile(r"(?:을|를|에는|에)\s*(?:두지\s*(?:아니|않)|둘\s*수\s*없)")


def _placing_state(text: str) -> tuple[bool, bool] | None:
    """``(negated, affirmed)`` of 두다, the statutes' verb for setting up a body or post ('…를 둔다',
    '…를 두지 아니한다'): one syllable, which the lemma-by-lemma check leaves out."""
    negated, affirmed = bool(_PLACES_NOT_KO.search(text)), bool(_PLACES_KO.search(text))
    return (negated, affirmed) if negated or affirmed else None


_DEEMED_EN = lazy_compile(r"\b(?:is|are|be|being|was|were)\s+(?:treated|deemed|regarded|considered|counted|recogni[sz]ed)"
                          r"\s+as\b|\bcounts?\s+as\b", re.IGNORECASE)
_NOT_DEEMED_EN = lazy_compile(r"\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:treated|deemed|regarded|considered|counted|"
                              r"recogni[sz]ed)\s+as\b|\b(?:do|does|did)\s+not\s+count\s+as\b", re.IGNORECASE)
_DEEMED_KO = lazy_compile(r"으?로\s*(?:본다|보며|보아)")
_NOT_DEEMED_KO = lazy_compile(r"으?로\s*(?:보지\s*(?:않|아니)|볼\s*수\s*없)")


def _deeming_conflict_en(claim: str, source: str) -> str | None:
    """'are treated as care institutions' where the source says '요양기관으로 보지 아니한다', or the reverse: the
    legal fiction (의제) said in English."""
    if _NOT_DEEMED_EN.search(claim):
        if _DEEMED_KO.search(source) and not _NOT_DEEMED_KO.search(source):
            return "the claim says it is not treated as such; the source deems it (으로 본다)"
    elif _DEEMED_EN.search(claim) and _NOT_DEEMED_KO.search(source) and not _DEEMED_KO.search(source):
        return "the claim treats it as such; the source says it is not (으로 보지 아니한다)"
    return None


_NOT_COVERED = lazy_compile(r"(?:사항|것)\s*(?:외에|외의|이외의|이외에)|(?:사항|것)(?:을|를)?\s*제외(?:하고|한)")
"""'…에서 정한 사항 외에': what a rule does not cover, said as the rest."""

_NEGATED_CONDITION = lazy_compile(r"(?:없|않|아니하|아니한|못하|못할|못한)[가-힣]*\s*(?:경우|때)|(?:없으|않으|아니하|못하)면")
"""A condition stated negatively ('마련할 수 없는 경우에는', '의결하지 못하면')."""

_REPORTING = frozenset(canon_en(w) for w in REPORTING_EN)
_ARTICLE_HEADER = lazy_compile(r"^제\d+조(?:의\d+)?\s*\([^)]*\)\s*")
_NEGATIVE = frozenset({"neg", "must_not", "need_not"})
_LABEL = {"must": "must (하여야 한다)", "may": "may (할 수 있다)", "must_not": "must not (하여서는 아니 된다 / 할 수 없다)",
          "need_not": "need not (하지 아니할 수 있다)", "neg": "does not (하지 아니한다)", "decl": "does (한다)"}


def _negative_claim(claim: TextFeatures) -> bool:
    return bool(claim.predicates) and claim.predicates[-1].modality in _NEGATIVE


_PHRASAL_VERBS = frozenset({"hold", "holds", "held", "stay", "stays", "remain", "remains", "take", "takes", "took", "taken",
                            "taking", "come", "comes", "came", "coming", "enter", "enters", "entered", "entering", "stand",
                            "stands", "act", "acts", "fill", "step", "serve", "serving", "put", "unable"})
_VERB_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (phrase, terms) for phrase, terms in PHRASES_EXTRA_KO.items() if phrase.split()[0] in _PHRASAL_VERBS)
"""The judge's English verb phrases (:data:`PHRASES_EXTRA_KO` opening with a verb): a predicate is looked up by them too."""
_NOUN_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "val", "vals", "ssal", "ssals", "wal", "wals")
_SUBORDINATORS_EN = frozenset({"unless", "if", "when", "where", "until", "before", "after", "though", "although",
                               "once", "provided", "without", "because", "while", "whereas", "soon", "whenever"})
"""Words that open a subordinate clause: the predicate of the claim's clause is before them."""
_MODAL_WORDS_EN = frozenset({"must", "may", "shall", "can", "cannot", "should", "might", "need"})
_SEMI_MODALS_EN = frozenset({"has", "have", "had", "needs", "required", "obliged", "bound", "ought", "allowed", "permitted"})
"""Words before 'to' that make a modal of it: 'has to undergo', 'is required to report'."""


def _predicate_keys(pred: Predicate, claim: TextFeatures, *, head: bool = False) -> tuple[str, ...]:
    """What to look for in a Korean source: the Korean stem, or the glossary
    equivalents of an English clause's predicate words (``head``: of its first
    one only, the verb its subject or by-phrase goes with: 'is appointed by X
    in consultation with Y' — X appoints; the consulting is another verb's)."""
    if claim.lang == "ko":
        if not HANGUL_WORD.match(pred.lemma):
            return ()
        prefixed = next((p + pred.lemma for p in "불비무미" if p + pred.lemma in claim.text), None)
        if prefixed:
            return (prefixed,)  # '비상임으로 한다': the word is 비상임, not a negated 상임
        return (pred.lemma, *SYNONYMS_KO.get(pred.lemma, ()))
    keys: list[str] = []
    words = pred.words
    cut = next((i for i, w in enumerate(words) if i and w in _SUBORDINATORS_EN), None)
    if cut is not None and any(w in _MODAL_WORDS_EN for w in words[:cut]):
        words = words[:cut]  # 'cannot be spent … unless the head approves': approving is the condition's verb
    modal = next((i for i, w in enumerate(words) if w in _MODAL_WORDS_EN), None)
    first_to = next((i for i, w in enumerate(words) if w == "to"), None)
    if first_to and words[first_to - 1] in _SEMI_MODALS_EN and (modal is None or first_to < modal):
        modal = first_to  # 'has to undergo', 'is required to report' (not 'is entitled to ask …, and it has to')
    if modal is not None:
        # 'an appointing authority must not discriminate', 'appointing authorities may not treat anyone
        # differently': the subject is no predicate, even where the verb after the modal is one the glossary lacks
        words = words[modal + 1 :]
    joined = " ".join(words)
    # a verb phrase with its own Korean ('holds the post for three years' = 임기, 'takes effect' = 시행)
    keys += [t for phrase, terms in _VERB_PHRASES if re.search(rf"\b{re.escape(phrase)}\b", joined) for t in terms]
    for i, word in enumerate(words):
        if word.endswith(_NOUN_ENDINGS) or word in ("including", "excluding") \
                or (i and (words[i - 1] in _DETERMINERS_EN or words[i - 1].endswith("'s"))) \
                or (i + 1 < len(words) and words[i + 1] in _BODY_NOUNS_EN) \
                or not _is_verb_of(word, PREDICATE_STEMS_EN | NEGATABLE_EN):
            # 'recruitment examinations', 'promotion examinations' name things, 'including …' lists them;
            # the verb is elsewhere
            continue
        keys += [t for t in _predicate_targets(word) if len(t) > 1 or t in ("두", "보하")]
        if head and keys:
            break
    return tuple(dict.fromkeys(keys))


_BODY_NOUNS_EN = frozenset({"committee", "committees", "commission", "council", "councils", "office", "offices",
                            "agency", "board", "team", "bureau", "division", "panel", "unit", "center", "centre"})
"""'the audit committee', 'the review panel': a verb-like word before a body's noun names the body."""


_NO_LIMIT_KO = lazy_compile(r"([가-힣]+?)(하|되)는\s*(?:데|것)(?:에)?(?:는|도)?\s*(?:아무런\s*)?(?:제한|제약|지장)(?:이|은|도)\s*"
                            r"없(다|으며|고|습니다)")


_NO_OBSTACLE_KO = lazy_compile(r"([가-힣]+?)는\s*데(?:에)?(?:는|도)?\s+(?:[가-힣]+\s+){0,2}?(?:아무런\s*)?"
                               r"(?:걸림돌|장애물?|지장|제약)(?:이|은|도)\s*(?:전혀\s*)?없(?:다|음)(?=\s*\.?\s*$)")
"""'허가를 내주는 데 이 조항상 걸림돌은 없다': it may be done (내줄 수 있다)."""


def _l_form(stem: str) -> str:
    """A verb stem in its ㄹ form before '수 있다': 내주 → 내줄, 받 → 받을, 만들 → 만들."""
    code = ord(stem[-1]) - 0xAC00
    if not 0 <= code < 11172:
        return stem
    final = code % 28
    if final == 0:
        return stem[:-1] + chr(ord(stem[-1]) + 8)
    return stem if final == 8 else stem + "을"


_WHETHER_KO = lazy_compile(r"([가-힣]+?)(?:을\s|를\s)?할지\s*(?:(?:말지|여부(?:를)?|안\s*할지|하지\s*않을지)\s*)?(?:를\s*)?"
                           r"(?:(?:재량으로|스스로|자유롭게|임의로)\s*)?(?:정할|결정할|판단할|선택할)\s*수\s*있(다|으며|고)")
"""'취소할지 말지 재량으로 정할 수 있다', '인사교류를 할지 재량으로 정할 수 있다': it need not be done (취소하지 아니할 수
있다)."""
_PLAIN_STEM = {"둘": "두", "줄": "주", "볼": "보", "쓸": "쓰", "받을": "받", "만들": "만들"}
_WHETHER_PLAIN_KO = lazy_compile(r"(둘|줄|볼|쓸|받을|만들)지\s*(?:말지|여부(?:를)?|안\s*\S+지)?\s*(?:를\s*|는\s*)?"
                                 r"(?:(?:재량으로|스스로|자유롭게|임의로)\s*)?(?:정할|결정할|판단할|선택할)\s*수\s*있(다|으며|고)")
"""'별도 계정을 둘지 재량으로 정할 수 있다': a verb with no 하다, left undone if one likes (두지 아니할 수 있다)."""
_AT_DISCRETION_KO = lazy_compile(r"([가-힣ㆍ]+?)(?:을\s|를\s|하도록\s)?할지(?:\s*말지|\s*여부)?(?:는|를)?\s*"
                                 r"((?:(?:[가-힣ㆍ]+(?:와|과|및)\s+){0,2}[가-힣ㆍ]+(?:이|가)\s+)?)"
                                 r"(?:(?:재량으로|자유롭게|임의로|스스로|자율적으로|알아서)\s*(?:판단하여\s*|판단해\s*)?"
                                 r"(?:정한다|결정한다|판단한다|(?:정하|결정하|판단하)면\s*된다)"
                                 # '요청할지는 시ㆍ도지사가 판단해서 하면 된다': left to the one who judges
                                 r"|(?:판단|결정)(?:해서|하여|해)\s*(?:하면|정하면)\s*된다|(?:판단|결정)하면\s*된다"
                                 r"|(?:[가-힣ㆍ]+(?:와|과|및|의)?\s+){0,3}(?:재량|판단|선택)에\s*(?:맡겨져\s*있다|맡긴다|달려\s*있다|속한다)"
                                 r"|(?:[가-힣ㆍ]+의?\s+)?재량(?:\s*(?:사항|사안))?(?:이다|임|입니다)?(?=\s*\.?\s*$)"
                                 r"|(?:[가-힣ㆍ]+(?:이나|과|와|및|의)?\s+){0,4}선택할\s*수\s*있는\s*사항(?:이다|이\s*됐다|이\s*되었다|임|입니다))")
_WHETHER_OR_NOT_KO = lazy_compile(r"([가-힣ㆍ]+?)(?:을\s|를\s|하도록\s)?할지\s*(?:말지|여부|안\s*할지)(?:는|를)?\s*"
                                  r"((?:(?:[가-힣ㆍ]+(?:와|과|및)\s+){0,2}[가-힣ㆍ]+(?:이|가)\s+)?)"
                                  r"(?:정한다|결정한다|판단한다|정함|결정함)(?=\s*\.?\s*$)")
"""'공고할지 말지는 경찰청장이 정한다': whether to do it at all is someone's to decide (공고하지 아니할 수 있다)."""
"""'취소할지는 도지사가 재량으로 정한다', '제척 결정을 할지는 재량에 맡겨져 있다', '협의할지는 사업시행자의 선택에 달려
있다', '보완ㆍ강화할지는 국가와 지방자치단체의 판단에 맡겨져 있다', '마련할지는 도지사가 재량으로 판단하면 된다', '실시할지
여부는 스스로 판단하여 정한다', '참여하도록 할지는 세종시장의 재량 사항이다', '공고할지는 … 선택할 수 있는 사항이 됐다': the
same, said of who decides."""


_AT_DISCRETION_ANY_KO = lazy_compile(r"([가-힣]+)지(?:\s*말지(?:는|를)?|\s*여부(?:는|를)|는|를)\s*((?:[가-힣]+(?:이|가)\s+)?)"
                                     r"(?:(?:재량으로|자유롭게|임의로|스스로|자율적으로|알아서)\s*(?:판단하여\s*|판단해\s*)?"
                                     r"(?:정한다|결정한다|판단한다|(?:정하|결정하|판단하)면\s*된다)"
                                     r"|(?:판단|결정)(?:해서|하여|해)\s*(?:하면|정하면)\s*된다|(?:판단|결정)하면\s*된다"
                                     r"|(?:알아서\s*)?(?:정할|결정할|판단할)\s*(?:일|문제)(?:이다|임|입니다)"
                                     r"|(?:[가-힣ㆍ]+(?:와|과|및|의)?\s+){0,3}(?:재량|판단|선택)에\s*(?:맡겨져\s*있다|맡긴다|달려\s*있다|속한다)"
                                     r"|(?:[가-힣ㆍ]+의?\s+)?재량(?:\s*(?:사항|사안))?(?:이다|임|입니다)?(?=\s*\.?\s*$)"
                                     r"|(?:[가-힣ㆍ]+(?:이나|과|와|및|의)?\s+){0,4}선택할\s*수\s*있는\s*사항(?:이다|이\s*됐다|이\s*되었다|임|입니다)"
                                     # '열지 여부는 위원장이 재량으로 정할 수 있다'
                                     r"|(?:(?:재량으로|자유롭게|임의로|스스로|자율적으로|알아서)\s*)?(?:정할|결정할|판단할|선택할)\s*수\s*있다"
                                     r"(?=\s*\.?\s*$))")
"""'관리계획을 세울지는 도지사의 선택에 맡겨져 있다', '의견을 들을지는 도지사가 판단할 일이다': the same for a verb with
no 하다 (세우지 아니할 수 있다)."""
_WHETHER_DISCRETION_KO = lazy_compile(r"([가-힣]{2,})\s*여부(?:는|가|도)\s*(?:[가-힣ㆍ]+(?:의\s+|\s+(?=재량)))?(?:재량|판단|선택)"
                                      r"(?:이다|임|입니다|에\s*(?:맡겨져\s*있다|달려\s*있다)|(?=\s*\.?\s*$))(?=\s*\.?\s*$)")
"""'분리선고 여부는 법원의 재량임': whether it is done is left to someone (분리선고하지 아니할 수 있다)."""


_L_STEMS = frozenset({"열", "만들", "늘", "알", "팔", "걸", "살", "벌", "들", "놀", "밀", "끌", "풀", "빌"})
"""Verbs whose stem ends in ㄹ: their ㄹ form is the stem itself ('열지는 재량이다' is 열다's, not 여다's)."""


def _stem_of_l_form(form: str) -> str | None:
    """The stem of a verb in its ㄹ form ('세울' → '세우', '받을' → '받', '열' → '열'), or None when it is not one."""
    if form.endswith("을") and len(form) > 1:
        return form[:-1]
    if form in _L_STEMS or (len(form) > 2 and form[-2:] in _L_STEMS):
        return form
    code = ord(form[-1]) - 0xAC00
    if 0 <= code < 11172 and code % 28 == 8 and not form.endswith("할"):
        return form[:-1] + chr(ord(form[-1]) - 8)
    return None


def _discretion_as_may(claim: str, source: str) -> str:
    """'임용할지 여부를 정할 수 있다' against a source that says '임용할 수 있다' states it: whether to do what one
    may do is one's to decide (the may form, not the need-not form the same words give against a duty)."""
    if "할지" not in claim and "지 여부" not in claim:
        return claim

    def may(m: re.Match[str]) -> str:
        stem = m.group(1)
        said = re.search(re.escape(stem) + r"(?:을\s|를\s)?할\s*수\s*있", source)
        if said is None or re.search(re.escape(stem) + r"(?:을\s|를\s)?하지\s*아니할\s*수\s*있", source):
            return m.group(0)
        return f"{stem}할 수 있{m.group(2)}"

    def may_plain(m: re.Match[str]) -> str:
        said = re.search(rf"(?<![가-힣]){m.group(1)}\s*수\s*있", source)
        return f"{m.group(1)} 수 있{m.group(2)}" if said else m.group(0)

    return _WHETHER_PLAIN_KO.sub(may_plain, _WHETHER_KO.sub(may, claim))


def _undone_at_discretion(m: re.Match[str]) -> str:
    stem = _stem_of_l_form(m.group(1))
    return f"{m.group(2)}{stem}지 아니할 수 있다" if stem else m.group(0)


_ONLY_IF_ENOUGH_KO = lazy_compile(r"(?:(?<=때에만)|(?<=경우에만))(\s+(?:[가-힣ㆍ]+\s+){0,5}?[가-힣]+?)(하|되)면\s*(?:그만이|충분하|된)(다|고|며)")
"""'필요하다고 판단할 때에만 마련하면 된다': it need be done only then, i.e. it may be done (마련할 수 있다)."""


_WHEN_NEEDED_KO = lazy_compile(
    r"((?:필요하다고\s*(?:판단|인정|보|볼|생각|여기)[가-힣]*\s*(?:때|경우)(?:에만|에|만)?|필요(?:할|한)\s*(?:때|경우)(?:에만|만))\s+"
    r"(?:[가-힣ㆍ]+\s+){0,5}?)"
    r"([가-힣]+?)면\s*(?:되는\s+(?:[가-힣]+\s+)?(?:사항|일|것|절차)(?:이다|다)|된다|그만이다)")
"""'필요하다고 판단할 때 마련하면 되는 사항이다', '필요하다고 볼 때만 거치면 되는 선택 절차다', '필요할 때만 … 운용계획을
세우면 된다' (only when a need arises: '필요한 경우 … 하면 된다' may report a rule's own condition): done when one sees a
need, i.e. it may be done (마련할 수 있다)."""


def _may_form(stem: str) -> str:
    """'마련하' → '마련할 수 있다', '거치' → '거칠 수 있다', '받으' → '받을 수 있다'."""
    last = stem[-1]
    code = ord(last) - 0xAC00
    if 0 <= code < 11172 and code % 28 == 0:
        return f"{stem[:-1]}{chr(ord(last) + 8)} 수 있다"
    return f"{stem}을 수 있다"


def _stem_of_infinitive(form: str) -> str:
    """The stem of a verb's 아/어 form: '넘겨' → '넘기', '알려' → '알리', '줘' → '주', '봐' → '보', '해' → '하', '받아' →
    '받', '내' → '내'."""
    if form.endswith(("하여", "해")):
        return form[: -2 if form.endswith("하여") else -1] + "하"
    if len(form) > 1 and form[-1] in "아어":
        return form[:-1]
    last = ord(form[-1]) - 0xAC00
    if not 0 <= last < 11172:
        return form
    initial, vowel, final = last // 588, (last // 28) % 21, last % 28
    back = {6: 20, 14: 13, 9: 8}.get(vowel)  # ㅕ → ㅣ, ㅝ → ㅜ, ㅘ → ㅗ
    if back is None or final:
        return form
    return form[:-1] + chr(0xAC00 + initial * 588 + back * 28)


_NEED_NOT_SHORT_KO = lazy_compile(r"(?<![가-힣])안\s+([가-힣]{1,7}?)도\s*"
                                  r"(된다|됨|돼요|돼|됩니다|되는|되고|되며)(?![가-힣])")
"""'교육비특별회계로 안 넘겨도 됨', '인도 안 해도 되는': the short negation '안' before a verb that may be left undone,
the statute's '넘기지 아니할 수 있다' (the ending is kept: '되는' stays a modifier, '되고' a clause)."""
_NEED_NOT_ENDING = {"된다": "된다", "됨": "된다", "돼요": "된다", "돼": "된다", "됩니다": "된다", "되는": "되는", "되고": "되고",
                    "되며": "되며"}


def _need_not_short(m: re.Match[str]) -> str:
    return f"{_stem_of_infinitive(m.group(1))}지 않아도 {_NEED_NOT_ENDING[m.group(2)]}"


_AS_A_RULE_KO = lazy_compile(r"([가-힣]+?)(하|되)는\s*것이\s*원칙이(지만|나|며|고)")
"""'자치경무관으로 임명하는 것이 원칙이지만 …': the rule itself ('임명하지만'), said of its being the rule, before
its exception (a claim that ends on '원칙이다' keeps its word: the source may say '원칙으로 한다')."""


_NO_DUTY_KO = lazy_compile(r"([가-힣]+?)(해야|하여야|어야|아야|여야)\s*할\s*의무(?:는|가|도)?\s*없(다|으며|고)")
"""'상응하는 직에 임용해야 할 의무는 없다' = 임용하지 아니할 수 있다."""
_NO_DUTY_CONTRACTED_KO = lazy_compile(r"(?<![가-힣])([가-힣]+야)\s*할\s*의무(?:는|가|도)?\s*없(다|으며|고)")
"""'비밀을 지켜야 할 의무가 없다': the same with a stem its ending fused into (지키+어야 = 지켜야)."""


def _no_duty(m: re.Match[str]) -> str:
    tokens = get_kiwi().tokenize(m.group(1))
    stem = next((t.form for t in tokens if t.tag.split("-")[0] in ("VV", "VA")), None)
    if stem is None:
        return m.group(0)
    return f"{stem}지 아니할 수 있{m.group(2)}"


_NOT_BARRED_KO = lazy_compile(r"([가-힣]+?)(하|되)는\s*것(?:은|이|도|을)?\s*(?:(?:이\s*)?(?:법|법률|법령)(?:으로|에서|으로는)?\s*)?"
                              r"(?:막혀\s*있지|금지되어\s*있지|금지되지|막히지|금지하고\s*있지|금지하지|막고\s*있지|막지)(?:는|도)?\s*"
                              r"않(는다|다|고|으며)")
"""'다른 직무를 겸하는 것은 막혀 있지 않다', '관여하는 것이 법으로 막혀 있지는 않다', '추가되는 것을 금지하고 있지 않다': it
may be done (겸할 수 있다)."""
_NOUN_NOT_BARRED_KO = lazy_compile(r"(?<![가-힣])([가-힣]{2,}?)(?:\s*자체)?(?:은|는|도)\s*(?:막혀\s*있지|금지되어\s*있지|금지되지|막히지)\s*"
                                   r"않(는다|다|음|고|으며)")
"""'정당 가입 자체는 막혀 있지 않음': the act, said not to be barred (가입할 수 있다)."""
_NOUN_BARRED_KO = lazy_compile(r"(?<![가-힣])([가-힣]{2,}?)(?:\s*자체)?(?:은|는|도)\s*막혀\s*있(다|음|고|으며)")
"""'정당 가입은 막혀 있다': the act, said to be barred (가입할 수 없다)."""
_ONLY_MAY_KO = lazy_compile(r"([가-힣])\s*수\s*있을\s*뿐(?:이(다|며|고)|(?:이에요|이예요|입니다))")
"""'시행할 수 있을 뿐이다': it may be done, no more (할 수 있다)."""
_EXEMPT_FROM_KO = lazy_compile(r"(?<![가-힣])(?!그\s)([가-힣]{2,}?)(?<![은는이가을를])\s*(의무|대상)(?:에서|가)?\s*(?:면제|제외|배제|빠지|빠진)(된다|되며|되고|다|며|고|되어\s*있다|돼\s*있다)")
"""'착용 의무에서 면제된다' = 착용하지 아니할 수 있다; '해제 대상에서 제외된다' = 해제하지 아니한다 (a word with its
particle is who is left out, not what is not done: '합격자는 대상에서 빠진다')."""


_SAID_PLAINLY_KO: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # '국가가 알아서 판단할 일이다', '재량으로 정할 문제다': the body's discretion (재량이다)
    (lazy_compile(r"([가-힣ㆍ·]+?)(?:가|이)\s*(?:알아서|재량으로|재량껏|임의로)\s*(?:판단|결정|정)할\s*(?:일|문제|사항)"
                  r"(?:이다|이에요|예요|입니다|이며|이고|임)"), r"\1의 재량이다"),
    # '재직 중뿐 아니라 퇴직한 뒤에도': 'not only … but also' denies nothing (said '재직 중은 물론')
    (lazy_compile(r"(?<=[가-힣])\s*뿐(?:만)?\s*(?:아니라|아니고)(?=\s)"), "은 물론"),
    # '…이 있으면 그렇지 않다' is the statute's '그러하지 아니하다'
    (lazy_compile(r"그렇지\s*않(다|고|으며)"), r"그러하지 아니하\1"),
    # '금지 대상에 포함되지 않는다' / '금지 대상이 아니다': it is not banned
    (lazy_compile(r"금지\s*대상(?:에\s*(?:포함되지|들지|해당하지)\s*않|이\s*아니)(는다|다|고|으며|며)"), r"금지되지 않\1"),
    (lazy_compile(r"금지\s*대상(?:이다|에\s*(?:포함된다|해당한다|들어간다))"), "금지된다"),
    # '6년 반' is the statute's '6년 6개월'
    (lazy_compile(r"(\d+)\s*년\s*반(?![가-힣])|(\d+)\s*년\s*반(?=이|의|을|를|에|은|는|까지|동안|만에|이상|이하|이내)"),
     lambda m: f"{m.group(1) or m.group(2)}년 6개월"),
    # '임원으로 선임될 자격이 없다' is '임원이 될 수 없다'; '… 될 자격이 있다' is '될 수 있다'
    (lazy_compile(r"(될|할)\s*자격(?:이|은|도)\s*없(다|고|으며|음)"), r"\1 수 없\2"),
    (lazy_compile(r"(될|할)\s*자격(?:이|은|도)\s*있(다|고|으며|음)"), r"\1 수 있\2"),
    # '임용 결격에 해당한다' is '임용될 수 없다': the disqualification, said as what it bars
    (lazy_compile(r"임용\s*결격(?:사유)?에\s*해당(?:한다|된다)"), "임용될 수 없다"),
    # '받은 것으로 간주된다' is the statute's '받은 것으로 본다'; '따로 받지 않고 받은 것으로 본다' is one deeming
    (lazy_compile(r"것으로\s*간주(?:된다|한다)"), "것으로 본다"),
    (lazy_compile(r"(?:따로|별도로)\s*받지\s*않(?:고|아도|더라도)\s*(?=(?:[가-힣]+\s+){0,2}받은\s*것으로\s*본다)"), ""),
    # '예고할 수 없도록 되어 있다' is '예고할 수 없다': the rule, said of how it is laid down; '둘 수 없게 막혀 있다' too
    (lazy_compile(r"수\s*없(?:도록|게)\s*(?:되어|돼|막혀)\s*있(다|고|으며)"), r"수 없\1"),
    # '실시할 수 있다는 정도로만 규정되어 있다': the rule the claim reports is its own modality ('실시할 수 있다')
    (lazy_compile(r"(수\s*있|수\s*없|하여야\s*한|해야\s*한|아니한|않는)다(?:는|고)\s*(?:(?:정도|취지|식|내용|것)(?:으로|로)만?\s*)?"
                  r"(?:규정|명시|정)(?:되어|돼|하고|해)\s*있다(?=\s*\.?\s*$)"), r"\1다"),
    # '수립ㆍ시행할 수 있도록 권한을 부여받고 있다': empowered to do it, i.e. it may be done (할 수 있다)
    (lazy_compile(r"(할|될)\s*수\s*있도록\s*(?:하는\s*)?권한(?:을|이)\s*(?:부여받|부여되|주어지|주어져)[가-힣]*(?:\s+있다)?"
                  r"(?=\s*\.?\s*$)"), r"\1 수 있다"),
    # '분장사무에서 빠져 있다': it is not among them
    (lazy_compile(r"([가-힣]+)에서\s*빠져\s*있(다|고|으며)"), r"\1에 포함되지 않\2"),
    # '분장사무에 … 공고나 출제는 빠져 있다', '…은 빠졌다': it is not among them, whatever marks the list
    (lazy_compile(r"(?<=[은는이가])\s*(?:빠져\s*있|빠지)(다|고|으며)"), r" 포함되지 않\1"),
    # '…에는 자치경찰에 관한 사항이 빠진다', '사업장폐기물은 빠진다': it is excluded, the statute's 제외된다
    (lazy_compile(r"(?<=[은는이가])\s*빠진다"), " 제외된다"),
    (lazy_compile(r"(?<=[은는이가])\s*빠졌다"), " 포함되지 않았다"),
    # '국가공기업의 범위에서 빠진다', '납부금을 내야 하는 사람에서 빠짐': it is excluded (제외된다), the statute's word
    (lazy_compile(r"([가-힣]+)에서\s*빠진다"), r"\1에서 제외된다"),
    # '통보하는 것은 선택 사항이 됐다', '제복 착용은 이제 선택 사항이다': it need not be done
    # '의견을 듣는 것은 임의적 절차에 불과하다', '도조례로 정하는 것은 강원자치도의 선택 사항이다': the same, of any verb
    # ('선서하는 건 안 해도 되는 선택 사항이에요', '추진하는 것은 경찰청장에게 선택 사항일 뿐이다')
    (lazy_compile(r"(?<![가-힣])([가-힣]+?)는\s*(?:것(?:은|이)|건)\s*(?:이제\s*)?(?:[가-힣ㆍ]{2,}(?:의|에게|에겐|한테)\s+)?"
                  r"(?:(?:안\s+)?[가-힣]+도\s+되는\s+)?"
                  r"(?:선택\s*사항|(?:임의적|선택적|임의|선택)\s*(?:절차|사항))(?:에\s*불과하다|에\s*불과함|이다|이\s*됐다|이\s*되었다|임|입니다|"
                  r"이에요|예요|일\s*뿐(?:이다|이에요|입니다|임))"),
     r"\1지 아니할 수 있다"),
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s*(?:이제\s*)?선택\s*사항(?:이다|이\s*됐다|이\s*되었다|임|입니다)"),
     r"\1하지 아니할 수 있다"),
    # '공청회 개최는 선택 사항이며, …': the same, with a clause after it
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s*(?:이제\s*)?(?:선택|임의|재량)\s*사항(이며|이고)"),
     lambda m: f"{m.group(1)}하지 아니할 수 {'있으며' if m.group(2) == '이며' else '있고'}"),
    # '추진할지는 선택 사항이며', '투자할지 재량으로 정하며': whether to act is left to someone, and a clause follows
    (lazy_compile(r"(할|될|을)지(?:는|의\s*여부는|\s*여부는)?\s*(?:[가-힣ㆍ]{2,}(?:이|가|의)\s+)?(?:(?:임의|선택|재량)\s*사항(이며|이고)|"
                  r"(?:재량으로|자유롭게|임의로|스스로|자율적으로|알아서)\s*(?:정하|결정하|판단하)(며|고))"),
     lambda m: f"{m.group(1)} 수 {'있으며' if (m.group(2) or m.group(3)) in ('이며', '며') else '있고'}"),
    # '운용계획 수립은 도지사의 재량이다': the act, left to someone's discretion (may, as a power one need not use)
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s*(?:(?:[가-힣ㆍ]{2,}\s+){0,2}[가-힣ㆍ]{2,}(?:의)?\s+)?재량(?:\s*(?:사항|사안))?"
                  r"(?:이다|임|입니다)(?=\s*\.?\s*$)"), r"\1할 수 있다"),
    # '…에 투자하는 건 재량 사항이고 의무는 아님': doing it is left to someone (may)
    # ('실시하는 건 선택이다', '참여하는 건 자유예요': the same, said as a choice)
    (lazy_compile(r"(?<![가-힣])([가-힣]+?)는\s*(?:건|것은|것이)\s*(?:[가-힣ㆍ]{2,}의?\s+)?(?:재량|선택|자유)\s*(?:사항|사안)?"
                  r"(이고|이며|이다|임|입니다|이에요|예요)"),
     lambda m: _may_form(m.group(1))[:-1]
               + {'이고': '고', '이며': '으며', '이다': '다', '임': '다', '입니다': '다', '이에요': '다', '예요': '다'}[m.group(2)]),
    # '파견근무는 임용권자의 의무이다': the act, someone's duty (must)
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s*(?:(?:[가-힣ㆍ]{2,}\s+){0,2}[가-힣ㆍ]{2,}(?:의)?\s+)?(?:의무|필수)(?:\s*사항)?"
                  r"(?:이다|임|입니다)(?=\s*\.?\s*$)"), r"\1하여야 한다"),
    # '임기제공무원으로 임용하는 것이 필수다', '공청회 개최는 필수임': it must be done
    (lazy_compile(r"(?<![가-힣])([가-힣]+?)하는\s*(?:것은|건|것이)\s*(?:[가-힣ㆍ]{2,}(?:의|에게)\s+)?(?:필수|의무)(?:적)?"
                  r"(?:이다|다|임|입니다|예요|이에요)(?=\s*\.?\s*$)"), r"\1하여야 한다"),
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s*필수(?:다|예요)(?=\s*\.?\s*$)"), r"\1하여야 한다"),
    # '경찰청장과 미리 협의할 필요 없이': without doing it (협의하지 아니하고)
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,}?)할\s*필요(?:가|도)?\s*없이"), r"\1하지 아니하고"),
    # '진단ㆍ평가를 실시하는 것은 반드시 해야 하는 일이다': a duty (실시하여야 한다); '… 안 해도 되는 일이다': none
    (lazy_compile(r"(?<![가-힣])([가-힣]+?)하는\s*(?:것은|건|것이)\s*(?:[가-힣ㆍ]{2,}(?:의|에게)\s+)?(?:반드시|꼭|마땅히)?\s*"
                  r"(?:해야|하여야)\s*(?:하는|할)\s*(?:일|사항)(?:이다|이에요|예요|입니다|임)"), r"\1하여야 한다"),
    (lazy_compile(r"(?<![가-힣])([가-힣]+?)하는\s*(?:것은|건|것이)\s*(?:[가-힣ㆍ]{2,}(?:의|에게)\s+)?(?:굳이\s*)?"
                  r"(?:안\s*해도|하지\s*않아도)\s*(?:되는|될)\s*(?:일|사항)(?:이다|이에요|예요|입니다|임)"), r"\1하지 아니할 수 있다"),
    # '면직될 수 없는 것은 아니다': it can be done (a double negation)
    (lazy_compile(r"수\s*없는\s*(?:것은|것이|건)\s*아니(?:다|라|에요|예요|ㅂ니다|니다)"), "수 있다"),
    # '… 반영할 의무는 없다고 설명했다', '… 의무가 있다고 밝혔다': what was said, read as said
    (lazy_compile(r"(?<=다)고\s*(?:[가-힣]{1,8}(?:은|는|이|가)\s*)?(?:설명|밝|말|전|강조|답변|안내|발표)(?:했다|혔다|한다|힌다|했습니다|혔습니다|했어요|혔어요|함)"
                  r"(?=\s*\.?\s*$)"), ""),
    # '제복 착용은 의무가 아니라 선택 사항임', '회의록 작성은 의무가 아니라 … 재량이에요': it need not be done
    (lazy_compile(r"(?<![가-힣])([가-힣]{2,})(?:은|는)\s*의무가\s*아니(?:라|고)\s*[^.]{0,40}?(?:선택\s*사항|재량|임의)"
                  r"[가-힣]*(?=\s*\.?\s*$)"), r"\1하지 아니할 수 있다"),
    # '참여하게 할지는 시장이 정할 일입니다', '도조례로 정할지는 임의 사항임': whether to act is left to someone (may)
    (lazy_compile(r"(할|될|을)지(?:는|의\s*여부는|\s*여부는)\s*[^.]{0,30}?(?:(?:정할|판단할|결정할)\s*(?:일|문제|사항)|"
                  r"임의\s*사항|선택\s*사항|재량\s*사항)(?:이다|이에요|입니다|예요|임)(?=\s*\.?\s*$)"), r"\1 수 있다"),
    # '삼가야 할 의무까지 부과되지는 않음': no duty (의무는 없다)
    (lazy_compile(r"의무(?:까지|는|가)?\s*(?:부과되지|주어지지|지워지지)(?:는|도)?\s*않(?:는다|다|음|아요|습니다)"), "의무는 없다"),
    # '… 넣는 것이 불가능한 것은 아니다': it is possible (가능하다)
    (lazy_compile(r"불가능한\s*(?:것은|건)\s*아니(?:다|에요|ㅂ니다|니다|라고)"), "가능하다"),
    # '… 둘 수 있다고 규정한다', '… 잃지 않는다는 게 법의 입장이에요': the rule the claim reports, said as it is
    (lazy_compile(r"(?<=다)고\s*(?:(?:이\s*)?(?:법|법률|법령|조문|규정)(?:은|에서는|에서)\s*)?(?:규정|명시|정)(?:한다|하고\s*있다|해요|합니다|하고\s*있어요|되어\s*있다|돼\s*있다|"
                  r"돼\s*있어요|되어\s*있습니다)(?=\s*\.?\s*$)"), ""),
    (lazy_compile(r"(?<=다)는\s*(?:게|것이)\s*(?:이\s*)?(?:법|법률|규정|조문|법령|조항)의?\s*(?:입장|취지|내용|태도)"
                  r"(?:이다|이에요|예요|입니다|임)(?=\s*\.?\s*$)"), ""),
    # '투자할 필요가 없는 것으로 보임': a memo's hedge on the rule it reports
    (lazy_compile(r"(없|있)는\s*것으로\s*(?:보임|보인다|보입니다)(?=\s*\.?\s*$)"), r"\1다"),
    # '검사할 수 있게 되어 있다': the rule, said of how it is laid down
    (lazy_compile(r"(할|될)\s*수\s*있게\s*(?:되어|돼)\s*있(다|음)(?=\s*\.?\s*$)"), r"\1 수 있다"),
    # '업무에 지장을 주지 않는 선에서' is the statute's '지장이 없는 범위에서'
    (lazy_compile(r"(지장|영향|피해)(?:을|를)\s*(?:주|끼치|미치)지\s*(?:않|아니하)는"), r"\1이 없는"),
    # '연임은 한 번만 된다': '되다' of a count of times is that it is allowed so often (한 번만 가능하다)
    (lazy_compile(r"(?<=[은는])(\s*(?:한|두|세|네|\d+)\s*(?:번|차례|회)(?:까지)?만)\s*(?:된다|돼|됨|됩니다)(?=\s*\.?\s*$)"),
     r"\1 가능하다"),
    # '보고할 수 있는 재량 사항입니다': a matter one may do, i.e. a may
    (lazy_compile(r"(할|될)\s*수\s*있는\s*(?:재량\s*|선택\s*)?(?:사항|사안)(?:이다|입니다|임)(?=\s*\.?\s*$)"), r"\1 수 있다"),
    # '협의를 요청할 수도 있다는 정도임': the rule the claim reports is a may
    (lazy_compile(r"(할|될)\s*수(?:도)?\s*있다는\s*(?:정도|취지|뜻|의미)(?:이다|임|입니다)(?=\s*\.?\s*$)"), r"\1 수 있다"),
    # '상실되더라도 문제 되지 않습니다': it may happen
    (lazy_compile(r"(되|하)더라도\s*(?:아무런\s*)?문제(?:가|는)?\s*(?:되지\s*않|없)(?:는다|다|습니다|음)(?=\s*\.?\s*$)"),
     lambda m: "될 수 있다" if m.group(1) == "되" else "할 수 있다"),
    # '회피하여야 하는 것으로 정하고 있다', '실시할 수 있도록 하고 있음', '두지 않도록 되어 있다': the rule the claim
    # reports, in its own modality
    (lazy_compile(r"(하여야|해야)\s*하는\s*것으로\s*(?:정하고|규정하고|정해져|규정되어|되어|돼)\s*있(?:다|음)(?=\s*\.?\s*$)"),
     r"\1 한다"),
    (lazy_compile(r"(할|될)\s*수\s*있도록\s*(?:하고|되어|돼)\s*있(?:다|음)(?=\s*\.?\s*$)"), r"\1 수 있다"),
    (lazy_compile(r"지\s*(?:않|아니하)도록\s*(?:되어|돼|하고)\s*있(?:다|음)(?=\s*\.?\s*$)"), "지 아니한다"),
    # '국가수사본부 조직에서 빠져 별도로 운영된다': it is not among them
    (lazy_compile(r"([가-힣]+)에서\s*빠져\s+(?!있)"), r"\1에 포함되지 않고 "),
    # '휴직기간은 빼고 계산한다': it is not counted, the statute's '포함하지 아니한다' (산입하지 아니한다)
    (lazy_compile(r"(?<=[은는을를])\s*(?:빼고|제외하고)\s*(?:계산|산정|산입|셈)(?:한다|하며|하고|된다)"), " 포함하지 아니한다"),
    # '정치운동을 하는 데 제약을 받지 않는다': nothing stops it, i.e. it may be done (할 수 있다)
    (lazy_compile(r"([가-힣]+?(?:을\s|를\s)?)(하|되)는\s*데(?:에)?(?:는|도)?\s*(?:아무런\s*)?(?:제약|제한|구속)(?:을|를|이|은)?\s*"
                  r"(?:받지\s*않|받지\s*아니하|없)(는다|다|으며|고|습니다)"),
     lambda m: f"{m.group(1)}{'할' if m.group(2) == '하' else '될'} 수 있"
               f"{ {'는다': '다', '다': '다', '으며': '으며', '고': '고', '습니다': '다'}[m.group(3)]}"),
    # '시책을 추진하지 않을 수 없다', '추진할 수밖에 없다': a double negative, the statute's '추진하여야 한다'
    (lazy_compile(r"하지\s*(?:않을|아니할)\s*수(?:가|는)?\s*없다"), "하여야 한다"),
    (lazy_compile(r"하지\s*(?:않을|아니할)\s*수(?:가|는)?\s*없(고|으며)"), lambda m: "하여야 하" + {"고": "고", "으며": "며"}[m.group(1)]),
    (lazy_compile(r"할\s*수밖에\s*없다"), "하여야 한다"),
    (lazy_compile(r"할\s*수밖에\s*없(고|으며)"), lambda m: "하여야 하" + {"고": "고", "으며": "며"}[m.group(1)]),
    # '직무를 게을리하는 것 자체는 법에서 금지하고 있지 않아요': the act is not banned, so it may be done
    (lazy_compile(r"([가-힣]+?)하는\s*(?:것|건|행위)(?:\s*자체)?(?:은|는|도|를|을)?\s*(?:(?:법|법률|이\s*법|이\s*조항|조항)"
                  r"(?:에서|에서는|은|는|이|으로)?\s*)?(?:따로\s*)?금지(?:하고\s*있지|되어\s*있지|되지|하지)\s*않(?:아요|는다|다|습니다|음)"),
     r"\1할 수 있다"),
)
"""Everyday phrasings of a negation, a ban, a deeming or a rule's form, read as the statute's own."""


_NO_PROCEDURE_KO = lazy_compile(r"([가-힣]{2,})하는\s+(?:절차|제도|규정|조항)(?:는|은|도|가|이|를|을|조차)?\s*(?:따로\s*)?"
                                r"(?:두고\s*있지\s*않|두지\s*않|없)(다|고|으며|음|는다|아)")
"""'보고하는 절차도 두고 있지 않다' says '보고하지 아니한다': no procedure for the act is the act not done."""
_AFTER_ANI = {"다": "한다", "는다": "한다", "아": "한다", "고": "하고", "으며": "하며", "음": "함"}


def _plain_modality_ko(claim: str) -> str:
    """'임용되는 데에는 제한이 없다' says '임용될 수 있다': the periphrasis read as the modality it states."""
    def plain(m: re.Match[str]) -> str:
        ending = {"다": "다", "으며": "으며", "고": "고", "습니다": "습니다"}[m.group(3)]
        return f"{m.group(1)}{'할' if m.group(2) == '하' else '될'} 수 있{ending}"

    for pattern, plain_form in _SAID_PLAINLY_KO:
        claim = pattern.sub(plain_form, claim)
    claim = _NEED_NOT_SHORT_KO.sub(_need_not_short, claim)
    claim = _WHETHER_KO.sub(lambda m: f"{m.group(1)}하지 아니할 수 있{m.group(2)}", claim)
    claim = _NO_PROCEDURE_KO.sub(lambda m: f"{m.group(1)}하지 아니{_AFTER_ANI[m.group(2)]}", claim)
    claim = _WHETHER_PLAIN_KO.sub(lambda m: f"{_PLAIN_STEM[m.group(1)]}지 아니할 수 있{m.group(2)}", claim)
    claim = _AT_DISCRETION_KO.sub(lambda m: f"{m.group(2)}{m.group(1)}하지 아니할 수 있다", claim)
    claim = _WHETHER_OR_NOT_KO.sub(lambda m: f"{m.group(2)}{m.group(1)}하지 아니할 수 있다", claim)
    claim = _AT_DISCRETION_ANY_KO.sub(_undone_at_discretion, claim)
    claim = _WHETHER_DISCRETION_KO.sub(lambda m: f"{m.group(1)}하지 아니할 수 있다", claim)
    claim = _NO_OBSTACLE_KO.sub(lambda m: f"{_l_form(m.group(1))} 수 있다", claim)
    claim = _ONLY_IF_ENOUGH_KO.sub(lambda m: f"{m.group(1)}{'할' if m.group(2) == '하' else '될'} 수 있{m.group(3)}",
                                   claim)
    claim = _WHEN_NEEDED_KO.sub(lambda m: f"{m.group(1)}{_may_form(m.group(2))}", claim)
    claim = _AS_A_RULE_KO.sub(lambda m: m.group(1) + m.group(2) + m.group(3), claim)
    claim = _ONLY_MAY_KO.sub(lambda m: f"{m.group(1)} 수 있{m.group(2) or '다'}", claim)
    claim = _NOT_BARRED_KO.sub(lambda m: f"{m.group(1)}{'할' if m.group(2) == '하' else '될'} 수 "
                                         f"있{ {'는다': '다', '다': '다', '고': '고', '으며': '으며'}[m.group(3)]}", claim)
    claim = _NOUN_NOT_BARRED_KO.sub(lambda m: f"{m.group(1)}할 수 있{ {'는다': '다', '음': '다'}.get(m.group(2), m.group(2))}",
                                    claim)
    claim = _NOUN_BARRED_KO.sub(lambda m: f"{m.group(1)}할 수 없{'다' if m.group(2) == '음' else m.group(2)}", claim)
    claim = _NO_DUTY_KO.sub(lambda m: f"{m.group(1)}{'하' if m.group(2) in ('해야', '하여야') else ''}지 아니할 수 "
                                      f"있{m.group(3)}", claim)
    claim = _NO_DUTY_CONTRACTED_KO.sub(_no_duty, claim)
    claim = _EXEMPT_FROM_KO.sub(lambda m: m.group(1) + (
        {"된다": "하지 아니할 수 있다", "되며": "하지 아니할 수 있으며", "되고": "하지 아니할 수 있고", "다": "하지 아니할 수 있다",
         "며": "하지 아니할 수 있으며", "고": "하지 아니할 수 있고"}
        if m.group(2) == "의무" else {"된다": "하지 아니한다", "되며": "하지 아니하며", "되고": "하지 아니하고", "다": "하지 아니한다",
                                     "며": "하지 아니하며", "고": "하지 아니하고"}
    )[re.sub(r"^(?:되어|돼)\s*있다$", "된다", m.group(3))], claim)
    return _NO_LIMIT_KO.sub(plain, claim)


_CLEFT_EN = lazy_compile(r"\b[Ii]t\s+is\s+((?:the|a|an|each|every)\s+[^,;.]{1,80}?|[A-Z][^,;.]{0,80}?)"
                         r"(?:,\s*[^,;.]{1,60},)?\s+(?:who|that)\s+"
                         r"(?=(?:must|may|can|cannot|shall|has|have|is|are|does|do|will|need|[a-z]+s)\b)")


def _uncleft_en(claim: str) -> str:
    """'it is the mayor who has to notify …' says 'the mayor has to notify …': the body the cleft names acts
    (also with an aside: 'it is the Commissioner General, on his own, who fixes …')."""
    def named(m: re.Match[str]) -> str:
        body = m.group(1)
        return f"{body[:1].upper() + body[1:] if m.start() == 0 else body} "

    return _CLEFT_EN.sub(named, claim)


_LIMITED_KO = lazy_compile(r"(?:에만|에게만|만을|만이|에\s*한하여|에\s*한정하여|에\s*한정한다|에\s*한한다)")
_UNLIMITED = lazy_compile(r"(?:한정되지\s*않|국한되지\s*않|제한되지\s*않|에도\s*(?:적용|해당)|외에도|뿐만\s*아니라|다른\s*지역에도"
                          r"|\bnot\s+(?:limited|confined|restricted)\s+to\b|\balso\s+appl(?:y|ies)\s+(?:to|outside|beyond)"
                          r"|\bapplies\s+beyond\b|\bas well as\s+(?:elsewhere|outside))", re.IGNORECASE)


_DAY_BEFORE_KO = lazy_compile(r"(?:전날|전일|하루\s*전|前日)")
_DAY_BEFORE_EN = lazy_compile(r"\b(?:day before|previous day|preceding day|eve of)\b", re.IGNORECASE)
_A_DAY = lazy_compile(r"(?:날|일)(?:을|로|에|부터|까지|은|는|이)?\s|\b(?:day|date)\b", re.IGNORECASE)


def _day_before_conflict(claim: str, window: str) -> str | None:
    """'사망일 전날을 승진일로 하여' where the claim takes the day of death itself, or the other way round."""
    theirs = bool(_DAY_BEFORE_KO.search(window))
    mine = bool(_DAY_BEFORE_KO.search(claim) or _DAY_BEFORE_EN.search(claim))
    if theirs and not mine and _A_DAY.search(claim):
        return "date mismatch: the source counts from the day before (전날); the claim does not"
    if mine and not theirs:
        return "date mismatch: the claim says the day before; the source does not"
    return None


def _scope_conflict(claim: str, window: str) -> str | None:
    """'관할구역에만 적용한다' where the claim says it is not limited to it ('한정되지 않고 다른 지역에도 적용된다')."""
    if _LIMITED_KO.search(window) and _UNLIMITED.search(claim):
        return "scope mismatch: the source limits it (…에만, only); the claim says it is not limited"
    if _LIMITED_KO.search(claim) and _ALSO_KO.search(window) and not _LIMITED_KO.search(window):
        return "scope mismatch: the claim limits it (…에만, only); the source says it also holds beyond (…은 물론 …에도)"
    return None


_ALSO_KO = lazy_compile(r"(?:은|는)\s*물론|뿐만\s*아니라|뿐\s*아니라")


_DETERMINERS_EN = frozenset({"the", "a", "an", "its", "their", "his", "her", "whose", "prior"})
"""'with the consent of the provincial council': a word after a determiner is a noun, not the clause's verb."""

_PROHIBITIVE_KO = lazy_compile(r"(?:정지|금지|제한|박탈|배제|불허|중지)(?:한다|된다|하며|되며|한다\.|된다\.)\s*$")
"""A rule whose verb itself forbids ('응시자격을 정지한다'): a claim that the act is barred says the same."""


def _light_verb_modalities(pred: Predicate, window: str) -> list[tuple[int, int, str]]:
    """An English predicate whose Korean is a noun with 하다 ('engage in political activities' =
    정치운동을 하다): the modality of '<noun>을 하…' in the passage."""
    out: list[tuple[int, int, str]] = []
    for word in pred.words:
        if word in _STOP_EN:
            continue
        for target in _glossary_targets(word) or ():
            if len(target) < 2:
                continue
            for m in re.finditer(re.escape(target) + r"(?:을|를)\s*(?=[하할한해])", window):
                out.append((m.start(), m.end(), korean_modality(_clause_tail_of(window, m.end()))))
    return sorted(set(out))


def _contrasted(pred: Predicate, claim: TextFeatures) -> bool:
    """'제31조를 적용하고, … 제57조를 적용하지 아니한다': the same verb said plainly, then negated — the first clause
    has a modality of its own (plain), not the last clause's."""
    last = claim.predicates[-1] if claim.predicates else None
    return last is not None and last is not pred and last.lemma == pred.lemma and last.modality in _NEGATIVE


_OMIT_KO = frozenset({"생략", "면제", "면하", "제외"})
_MAY_LEAVE_UNDONE = lazy_compile(r"(?:아니할|않을)\s*수\s*있")
_OMIT_EN = lazy_compile(r"\b(?:omit|skip|waive|exempt|dispens|forgo|bypass)", re.IGNORECASE)


def _compatible(pred: Predicate) -> frozenset[str]:
    """The source modalities that state the claim's: 'may omit the examination' (생략할 수 있다) is stated by
    '시험을 거치지 아니할 수 있다' — permission to leave out is 'need not'."""
    out = COMPATIBLE[pred.modality]
    if pred.modality == "may" and (pred.lemma in _OMIT_KO or any(_OMIT_EN.match(w) for w in pred.words)):
        out = out | {"need_not"}
    if pred.modality == "must_not" and (pred.lemma in _EXCEED_KO or (
            any(_EXCEED_EN.match(w) for w in pred.words) and any(_NUMBER_WORD.match(w) for w in pred.words))):
        # 'leave may not last longer than two years' is a bound: stated by '휴직 기간은 2년 이내로 한다' too, and by
        # '2배 이내에서 정하여야 한다' ('can't be longer than twice the period')
        out = out | {"decl", "must"}
    return out


_EXCEED_KO = frozenset({"넘", "초과", "넘기"})
_EXCEED_EN = lazy_compile(r"(?:last|lasts|exceed|exceeds|longer|beyond|run|runs)$", re.IGNORECASE)
_NUMBER_WORD = lazy_compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|sixty|ninety|"
                            r"twice|double|thrice)$",
                            re.IGNORECASE)


_BARE_SUBJECT = lazy_compile(r"([가-힣]{2,})(?:이|가)\s")


def _bare_subject(text: str, end: int) -> str | None:
    """The noun marked 이/가 nearest before ``end`` in its clause (any noun, not only a known body)."""
    start = max(text.rfind(",", 0, end), text.rfind("며 ", 0, end), text.rfind(". ", 0, end)) + 1
    found = _BARE_SUBJECT.findall(text[start:end])
    return found[-1] if found else None


_RULE_THEN_ALLOWANCE = lazy_compile(r"(?:으로|로)\s*하되[,\s]|(?:하여야|해야)\s*하되[,\s]|한다\.\s*다만")
"""A sentence whose first rule is plain (or a duty) and whose last clause is an allowance ('… 220일 이상으로 하되, …
줄일 수 있다'): its final modality is not the first rule's."""
_WITHOUT = lazy_compile(r"\s*(?:하|받|거치)?지\s*(?:아니하고|않고)")
"""A verb's '…지 아니하고' (without doing it): an adverbial clause, not a rule on that verb."""
_EFFORT_DUTY = lazy_compile(r"(?:도록|게)\s*(?:[가-힣]+\s*){0,2}?노력(?:하여야\s*한다|해야\s*한다|한다)\.?$")
"""A sentence whose main verb asks only for an effort ('… 실시할 수 있도록 노력하여야 한다')."""
_EFFORT_CLAIM = lazy_compile(r"노력|애쓰|힘쓰|신경\s*(?:써|쓰)|유의|\b(?:endeavou?r|strive|make (?:every )?efforts?|try|seek to|"
                             r"do (?:its|their) best|take care|efforts?|work(?:s|ing)? towards?)\b", re.IGNORECASE)


def _sentence_final(window: str, end: int) -> bool:
    """Is the predicate ending at ``end`` the last of its sentence ('… 정할 수 있다.'), followed only by
    its ending ('하여서는 아니 된다'), not by a noun it qualifies ('관여하는 행위란 … 말한다')?"""
    tail = _clause_tail_of(window, end)
    if "노력" in tail:
        return False  # '추천할 수 있도록 노력해야 한다': the sentence's verb is the effort, not 추천
    rest = window[end + len(tail):].lstrip()
    final = rest == "" or rest.startswith(".") and not re.match(r"\.\d", rest)
    return final and len(re.sub(r"\s+|\([^)]*\)", "", tail)) <= 14


def _lead_of(window: str) -> str:
    """A passage without its list items: a head sentence and one of its items states the head's rule."""
    first = _ITEM_MARK.search(window)
    return window[: first.start()].rstrip() if first else window


def _ruling_lead(claim: TextFeatures, leads: Sequence[str]) -> str:
    """The sentence of a 호's lead that rules the claim: '다음 각 호의 어느 하나에 해당하는 사람은 위원이 될 수 없다. 위원이
    각 호의 어느 하나에 해당한 경우에는 당연퇴직한다' rules 'cannot become a member' by its first sentence and 'retires
    automatically' by its second; the sentence that shares most of the claim's words, the list's own first."""
    sentences = [s for lead in leads for s in split_sentences(lead)] or list(leads)
    if len(sentences) < 2:
        return leads[-1]

    def shared(sentence: str) -> int:
        return sum(any(form in sentence for form in _forms_in_statute(lemma, claim.lang))
                   for lemma in claim.lemmas if len(lemma) > 1)

    best = max(shared(s) for s in sentences)
    return next(s for s in sentences if shared(s) == best)


def _source_final_modality(window: str) -> str:
    """The modality that ends the passage's (last) sentence."""
    last = re.split(r"[,]\s*|(?<=다\.)\s+|(?<=며)\s+", window.strip())[-1]
    if _requirement_item(last) and not re.search(r"(?:없을|않을|아니할|아니될|못할)\s*것\.?\s*$", last) \
            and not re.search(r"가능|허용|금지|수\s*있", last[-14:]):
        return "must"  # a list item of requirements ('… 효율적인 것으로 정할 것'): a duty ('가능할 것' keeps its 'may')
    return korean_modality(last[-14:])


_EXEMPTS = lazy_compile(r"(?:면제|배제)(?:한다|된다|할\s*수\s*있다)\.?$")
"""A rule whose verb exempts ('시보 임용을 면제한다'): what it exempts from need not happen."""
_EXEMPT_WORD = lazy_compile(r"면제|배제|exempt|waive|spared", re.IGNORECASE)
"""A claim that itself speaks of the exemption."""
_IN_SUBJECT = lazy_compile(r"(?:하|되)?(?:려는|려고\s*하는|는|ㄴ|은|던)\s+[가-힣]{1,8}(?:은|는|이|가)\s")
"""A verb in the relative clause of another predicate's subject ('회피하려는 위원은 …')."""
_ENSURE_NOT = lazy_compile(r"지\s*(?:아니하|않)도록\s*(?:하여야|해야)\s*한다\.?$")
"""A duty to prevent ('불이익을 당하지 아니하도록 하여야 한다'): a must, whatever verb a claim states it with."""


def _coordinated_modality(window: str, occurrence: tuple[int, int, str]) -> tuple[int, int, str]:
    """A verb joined by -고 to the rest of its sentence takes the sentence's modality ('장학금을 지급하고 …
    근무하게 할 수 있다': the scholarship too is a 'may'), unless a new topic starts ('…을 두고, 위원장은 …')."""
    start, end, mod = occurrence
    # ('검사하게 하거나 … 제출을 명할 수 있다': -거나 and a causative -게 하고/하거나 join the same way)
    if mod != "decl" or not re.match(r"(?:(?:하|되)?(?:고|거나)|(?:하|되)?게\s*하(?:고|거나))\s", window[end : end + 8]):
        return occurrence
    stop = window.find("다.", end)
    span = window[end : stop + 2 if stop >= 0 else len(window)]
    if re.search(r"[가-힣](?<!또)(?:은|는)\s", span) or re.search(r"[,;]\s*(?:다만|이 경우)", span):
        return occurrence  # (a new topic; '또는' is no topic)
    final = korean_modality(span.rstrip(".")[-14:])
    return (start, end, final) if final in ("may", "must", "must_not", "need_not") else occurrence


def _clause_modalities(sentence: str) -> set[str]:
    """The modality each clause of a sentence ends with ('신청할 수 있고, … 결정하여야 한다': may and must); a plain
    '-고' before the end ('고시하고, … 열람할 수 있게 해야 한다') takes the end's."""
    pieces = [p for p in re.split(r"(?<=[고며]),?\s+|,\s+", sentence.strip().rstrip(".")) if p]
    if not pieces:
        return set()
    inner = {korean_modality(piece[-14:]) for piece in pieces[:-1]} - {"decl"}
    return inner | {korean_modality(pieces[-1][-14:])}


def _rule_before_proviso(passage: str) -> str | None:
    """The rule of a passage that is a rule and its proviso or its '이 경우' sentence ('… 통보하여야 한다. 다만, …
    연장할 수 있다')."""
    sentences = split_sentences(passage.strip())
    if len(sentences) == 2 and sentences[1].startswith(("다만", "이 경우")):
        return sentences[0]
    return None


def _requirement_item(text: str) -> bool:
    """'… 정할 것', '… 없을 것': an item of a list of requirements (what a 조례 or a plan must meet), a verb in
    its ㄹ form before 것 (not a noun item such as '… 해당하는 것')."""
    m = re.search(r"([가-힣])\s*것\.?\s*$", text)
    return bool(m) and (ord(m.group(1)) - 0xAC00) % 28 == 8


def _in_parenthesis(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` lies inside round brackets."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _predicate_conflict(claim: TextFeatures, window: str, leads: Sequence[str] = ()) -> str | None:
    """Modality and acting body of each claim predicate against the same predicate in a Korean passage."""
    window = _ARTICLE_HEADER.sub("", window.strip())
    if leads and not _PROVISO.match(window):
        # a cited 호 states its rule in the lead sentence of its 항 ('… 사람은 임용될 수 없다'); its own proviso
        # ('다만, … 당연퇴직하지 아니한다') states its own
        window = " ".join([*leads, window])
    lead = _lead_of(window)
    if leads and not re.search(r"다\.?\s*$", lead):
        lead = _ruling_lead(claim, leads)  # a cited 호 with no mark of its own ('정당의 당원이 된 경우'): its 항's lead rules it
    barred = _barred_by_lead(claim, leads)
    if _allowed_against_lead(claim, leads):
        return "modality mismatch: the claim says may (할 수 있다); the lead of the cited item bars them (될 수 없다)"
    for pred in claim.predicates:
        if _states_membership(pred, leads):
            continue  # '피성년후견인은 … 결격사유에 해당한다': the verb places the item; the lead's own verb rules it
        if pred.modality in ("may", "decl") and _excepted_by_lead(pred.lemma, leads):
            continue  # '국회의원으로 선출되면 … 해촉될 수 있다': in a listed case the lead's rule ('… 해촉되지 아니한다') is lifted
        if barred and pred.final and pred.modality in ("neg", "must_not"):
            continue  # 'is not eligible to sit on the committee': the 호's lead says '위원이 될 수 없다'
        if pred.modality in ("neg", "need_not") and _NOT_APPLY.search(" ".join([pred.lemma, *pred.words])) \
                and _NOT_APPLIED.search(window):
            continue  # 'this does not apply to …', '…에는 적용되지 않는다': the proviso's '그러하지 아니하다'
        if claim.lang == "ko" and pred.final and _source_final_modality(lead) in ("decl", "may", "must") \
                and _PRECONDITION_KO.search(lead) and not _INTENT_KO.search(lead) and (
                (pred.modality == "must" and _INTENT_KO.search(claim.text) and _source_final_modality(lead) != "must")
                or (pred.modality == "may" and _MUST_THEN_MAY_KO.search(claim.text))) \
                or (claim.lang == "ko" and pred.modality == "may" and _MUST_THEN_MAY_KO.search(claim.text)
                    and _source_final_modality(lead) == "must" and _MUST_SOURCE_KO.search(lead)):
            # '지구대를 두려는 시ㆍ도경찰청장은 승인을 받아야 한다' for '… 승인을 받아 … 둘 수 있다', '의결을 거쳐야 임명할
            # 수 있다' for '… 의결을 거쳐 … 임명한다', '동의를 받아야 전입이 가능하다' for '… 동의를 받아야 한다': the same
            # rule, said as the requirement it sets
            continue
        keys = _predicate_keys(pred, claim)
        found = _modalities_with_inverses(keys, window) if keys else []
        if found and claim.lang == "en":
            # 'may accept the report': the verb right after the modal carries it, not the report received
            found = _modalities_with_inverses(_predicate_keys(pred, claim, head=True), window) or found
        # ('차장(차장을 두지 않는 경우에는 시ㆍ도경찰청장) 밑에 직할대를 둘 수 있다': a verb in a parenthesis is not the rule's)
        found = [f for f in found if not _in_parenthesis(window, f[0])] or found
        if not found and claim.lang == "en":
            found = _light_verb_modalities(pred, window)
        first_item = _ITEM_MARK.search(window)
        if first_item and any(start < first_item.start() for start, _, _ in found):
            # a list's items are noun phrases: the rule's predicate is its lead sentence's
            found = [f for f in found if f[0] < first_item.start()]
        found = [_coordinated_modality(window, f) for f in found]
        if found and not pred.final and pred is claim.predicates[0] and (rule := _rule_before_proviso(lead)) \
                and (at := window.find(rule)) >= 0:
            # '준공검사를 할 수 있고, … 의뢰할 수도 있다' against '… 지체 없이 준공검사를 하여야 한다. 이 경우 … 의뢰하여
            # 준공검사를 할 수 있다': the claim's first clause restates the rule, not the sentence after it
            found = [f for f in found if at <= f[0] < at + len(rule)] or found
        if pred.final and pred.modality in ("must", "decl") and not _EFFORT_CLAIM.search(claim.text) \
                and _EFFORT_DUTY.search(window.strip()) and not any(_sentence_final(window, f[1]) for f in found):
            # '지정하여 … 실시할 수 있도록 노력하여야 한다' asks for an effort, not the act: a claim that the
            # act must (or will) be done says more than the source
            return "modality mismatch: the claim says the act is required; the source asks only for an effort (노력하여야 한다)"
        if pred.final and claim.lang == "ko":
            # the claim's main verb against the source's main verb: '대통령령으로 정하도록 한 사항은 도조례로
            # 정할 수 있다' says 'may', whatever the relative clause before it says
            subject = _bare_subject(claim.text, len(claim.text))
            if subject:
                # '이사장이 대표하지 못하며, 감사가 대표한다': the occurrence with the claim's own subject decides
                # (not a verb modifying a noun: '행정안전부장관이 실시하는 … 임용시험은 인사위원회가 실시한다')
                own = [f for f in found if _bare_subject(window, f[0]) == subject
                       and not _ADNOMINAL_AFTER.match(window[f[1] : f[1] + 4])]
                found = own or found
            if pred.modality not in _NEGATIVE and any(negating_prefix(window, f[0]) for f in found):
                # '위원장과 1명의 위원은 상임으로 하고, 5명의 위원은 비상임으로 한다': 비상임 is another term than 상임;
                # the clause that shares most of the claim's words says which one the claim is about
                found = _closest_clauses(claim, window, found)
            final = [f for f in found if _sentence_final(window, f[1])]
            found = final or found
            if pred.modality not in _NEGATIVE:
                # '허가를 받지 아니하고 … 반출한 자는 … 처한다': 'without' describes the act, it is not the rule's
                # verb ('… 벌금을 받는다' is another 받다)
                found = [f for f in found if not _WITHOUT.match(window[f[1] : f[1] + 12])]
        if claim.lang == "en" and len(found) > 1:
            # '회피할 수 있다. 이 경우 회피하려는 위원은 … 소명하여야 한다': '회피하려는' only names whom the next
            # rule is about, inside its subject; it rules nothing on 회피
            found = [f for f in found if not _IN_SUBJECT.match(window[f[1] : f[1] + 24])] or found
        if found and claim.lang == "ko" and pred.modality == "may" and all(mod == "decl" for _, _, mod in found) \
                and any(window[a:b] == pred.lemma or (len(pred.lemma) == 1 and _without_final(window[a:b]) == pred.lemma)
                        or window[a:b] in SYNONYMS_KO.get(pred.lemma, ()) for a, b, _ in found) \
                and not _PENALTY_KO.search(window) and not _permission_left(claim, window):
            # '부장 1명을 둘 수 있으며' against '부장 1명을 두며': a statute's plain '둔다' is binding, not a permission
            # (also in the claim's everyday word: '회의를 열 수 있다' against '회의를 개최한다')
            return f"modality mismatch: the claim says {_LABEL['may']}; the source says {_LABEL['decl']}"
        if found:
            if not pred.final and pred.modality == "decl" and not _contrasted(pred, claim):
                pass  # 'A하고 B할 수 있다': a coordinated verb takes the modality of the last one
            elif pred.modality == "may" and _PENALTY_KO.search(window):
                pass  # '벌금형을 받을 수 있다' for '…의 벌금에 처한다': a penalty is at most what it names
            elif pred.modality == "may" and _permission_left(claim, window):
                pass  # '고발해야만 기소할 수 있다' for '고발이 없으면 공소를 제기할 수 없다'
            elif pred.modality in ("neg", "need_not") and _EXEMPT_WORD.search(claim.text) and _EXEMPTS.search(lead.strip()):
                pass  # 'exempt from probationary appointment' for '시보 임용을 면제한다': the exemption, said as such
            elif not any(mod in _compatible(pred) for _, _, mod in found) or (
                    pred.final and claim.lang == "ko" and re.search(r"다\.\s+이 경우 ", window)
                    and not all(mod in _compatible(pred) for _, _, mod in found)):
                # (a rule read with its '이 경우' sentence: the claim must agree with both)
                said = sorted({mod for _, _, mod in found})
                return (f"modality mismatch: the claim says {_LABEL[pred.modality]}; the source says "
                        f"{' / '.join(_LABEL[m] for m in said)}")
        elif not pred.final and pred is claim.predicates[0] and pred.modality in ("must", "may", "must_not", "need_not") \
                and (rule := _rule_before_proviso(lead)) and not _clause_modalities(rule) & _compatible(pred):
            # 'may reply within 25 days, extendable by 5 days' against '… 통보하여야 한다. 다만, … 연장할 수 있다':
            # the claim's first clause restates the rule, its last the proviso
            return (f"modality mismatch: the claim says {_LABEL[pred.modality]}; the source's rule says "
                    f"{_LABEL[_source_final_modality(rule)]}")
        elif pred.final and pred.modality != "decl" and (
                re.search(r"다\.?\s*$", lead)
                or (_requirement_item(lead) and _source_final_modality(lead) == "must")) \
                and not (pred.modality == "must" and _INTENT_KO.search(claim.text)) \
                and not (pred.modality == "may" and _MUST_THEN_MAY_KO.search(claim.text)):
            # ('승진하려면 4년 이상 근무해야 한다' states a requirement, not the rule's modality)
            final = _source_final_modality(lead)
            if pred.modality == "may" and _PENALTY_KO.search(lead):
                final = "may"  # (the same, where the claim's verb is not the source's)
            if final == "decl" and _EXEMPTS.search(lead.strip()):
                # '시보 임용을 면제한다': what a rule exempts from is what does not (need to) happen
                if pred.modality in ("neg", "need_not"):
                    final = pred.modality
                elif pred.modality == "must" and not _EXEMPT_WORD.search(claim.text):
                    return (f"modality mismatch: the claim says {_LABEL['must']}; "
                            "the source exempts from it (면제한다)")
            if final == "must_not" and pred.modality == "must" and _ENSURE_NOT.search(lead.strip()):
                # '불이익을 당하지 아니하도록 하여야 한다' is a duty to prevent: 'must be shielded from
                # disadvantages' states it with a verb the source does not use
                final = "must"
            if final == "must_not" and pred.modality == "may" and _permission_left(claim, lead):
                final = "may"  # (the same, where the claim's verb is not the source's: 기소 for 공소를 제기)
            prohibitive = bool(_PROHIBITIVE_KO.search(lead.strip()))
            if prohibitive and pred.modality == "may":
                return "modality mismatch: the claim says may (할 수 있다); the source forbids it (정지ㆍ금지ㆍ제한한다)"
            # ('220일 이상으로 하되, … 줄일 수 있다': a rule and its allowance in one sentence; its first rule is plain)
            two_rules = bool(_RULE_THEN_ALLOWANCE.search(lead)) and pred.modality in ("must", "decl")
            if final not in _compatible(pred) and not two_rules \
                    and not (prohibitive and pred.modality in ("must_not", "neg")):
                return f"modality mismatch: the claim says {_LABEL[pred.modality]}; the source says {_LABEL[final]}"
        if not pred.agent or pred.passive or not found:
            continue
        if claim.lang == "en":
            found = predicate_modalities(_predicate_keys(pred, claim, head=True), window) or found
            if first_item and any(start < first_item.start() for start, _, _ in found):
                found = [f for f in found if f[0] < first_item.start()]  # the lead sentence's, as above
            found = _in_domain(found, window, claim.text)
        # ('행정안전부장관이 실시하는 임용시험은 … 인사위원회가 실시한다': a verb that modifies a noun is not the rule's)
        found = [f for f in found if not _ADNOMINAL_AFTER.match(window[f[1] : f[1] + 4])] or found
        acting: set[str] = set()
        for start, end, _ in found:
            genitive = _genitive_agent(window, start)
            if genitive:  # '경찰청장의 지휘ㆍ감독', '위원회의 의결': the genitive names who acts
                acting.add(genitive)
                continue
            if _PASSIVE_AFTER.match(window[end : end + 16]):
                continue  # a passive source ('임명된다', '지휘ㆍ감독을 받는다'): its topic is not the agent
            later = _serial_subject(window, end)
            if later:  # '감사위원장은 도의회의 동의를 받아 도지사가 임명한다': who 받아 is who 임명한다
                acting.add(later)
                continue
            acting |= agent_before(window, start, AGENT_KO, AGENT_LOOKUP)
        if not acting and found:
            # '관할선거관리위원회는 … 공표한 후 … 도지사에게 통지하여야 한다': a body the tables do not know opens the
            # sentence as its subject; the claim's body, named there only as the one told, does not act
            start = found[-1][0]
            sentence_start = max(window.rfind(". ", 0, start), -1) + 1
            span = window[sentence_start:start]
            # ('행정안전부장관이 실시하는 임용시험은 제주자치도 인사위원회가 실시한다': not a body inside a modifier)
            opener = next((m for m in reversed(list(_UNKNOWN_BODY_TOPIC.finditer(span)))
                           if m.group(2) in ("은", "는") or not EMBEDDED_CLAUSE.search(span[m.end():])), None)
            mine = {form for key in pred.agent for form in _KOREAN_FORMS.get(key, (key,))}
            if opener and any(form in window for form in mine):
                # (only where the source names the claim's body too, as the one told or in a modifier)
                # ('관할선거관리위원회' is a 선거관리위원회: a known body inside the name is who acts)
                known = [form for form in AGENT_LOOKUP if len(form) > 1 and form in opener.group(1)]
                acting = {AGENT_LOOKUP[max(known, key=len)]} if known else {opener.group(1)}
        if acting and "시장" in acting and "시ㆍ도지사" in pred.agent and re.search(r"세종|sejong", claim.text, re.I):
            acting = (acting - {"시장"}) | {"시ㆍ도지사"}  # the Sejong act's '시장' is the mayor of Sejong
        agents = pred.agent
        if claim.lang == "ko" and pred.lemma in _CONSENT_NOUNS:
            # '도지사가 … 바꾸려면 도의회 동의가 필요하다': the body before the consent gives it, not the subject
            giver = _claim_genitive_agent(claim.text, pred.lemma)
            agents = frozenset({giver}) if giver else agents
        elif claim.lang == "en" and _CONSENT_WORDS_EN & set(pred.words) and not {"by", "without"} & set(pred.words) \
                and _NEEDS_EN & set(pred.words):
            # 'the governor needs the provincial council's consent': the council gives it
            givers = consent_givers(" ".join(pred.words))
            given = {who for m in _CONSENT_IN_SOURCE.finditer(window) if (who := _genitive_agent(window, m.start()))}
            if len(givers) == 1 and given:
                agents, acting = frozenset(givers), given  # who consents, in the claim and in the source
        if acting and not any(_same_body(mine, who) for mine in agents for who in acting):
            return (f"body mismatch: in the source {', '.join(sorted(acting))} does this, "
                    f"not {', '.join(sorted(agents))}")
    return None


_INTENT_KO = lazy_compile(r"려면|려는\s|고자\s*(?:하는|할|하면|한다면)")
"""A claim that states a requirement for what someone means to do ('지구대를 두려는 시ㆍ도경찰청장은 승인을 받아야 한다',
'승진하려면 4년 이상 근무해야 한다'): its 'must' is the requirement's, not the rule's modality."""
_PRECONDITION_KO = lazy_compile(r"(?:받아|거쳐|얻어|거친\s*후|받은\s*후)\s|의\s*(?:제청|추천|찬성|동의|요청|신청|승인|의결|심의)(?:으로|로)\s")
"""A source whose act is done on a condition it names as a step ('… 승인을 받아 … 둘 수 있다', '… 제청으로 … 임명한다',
'… 찬성으로 의결한다'): a claim may state that step as a requirement. (A source that itself speaks of what someone
means to do, '취소하려는 경우에는 … 들을 수 있다', sets no such step.)"""
_MUST_THEN_MAY_KO = lazy_compile(r"(?:(?:어|아|여|해|쳐|져|와|워)야|(?:뒤|후|다음)에야|고\s*(?:나서|서)야)(?:만|\s*비로소)?\s+"
                                 r"(?:[가-힣ㆍ·]+\s+){0,8}?(?:[가-힣]*(?:할|될|볼|둘|줄|을|를|ㄹ)\s*수\s*있|[가-힣]*가능(?:하|함|해|합))")
"""'의결을 거쳐야 시ㆍ도지사가 임명할 수 있다', '동의를 받은 뒤에야 임명할 수 있다', '동의가 있어야 가능하다': a requirement
stated as 'only after … may', for a source that says the act is done after it ('… 의결을 거쳐 … 임명한다') or that the
step must be taken ('… 동의를 받아야 한다')."""
_MUST_SOURCE_KO = lazy_compile(r"(?:어|아|여|해|쳐|져|와|워)야\s*(?:한다|하며|하고|하되)")
"""A source that makes a step a must ('… 동의를 받아야 한다')."""


_CLAUSE_START = lazy_compile(r"[,.;]|(?<=[고며])\s")


def _closest_clauses(claim: TextFeatures, window: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The occurrences whose own clause (from the last clause break before it) shares most of the claim's
    lemmas and numbers ('위원 1명만 상임이다': '1명의 위원은 상임으로 하고', not '5명의 위원은 비상임으로 한다')."""
    words = {w for w in claim.lemmas if len(w) > 1} | set(re.findall(r"\d+", claim.text))

    def shared(occurrence: tuple[int, int, str]) -> int:
        start = occurrence[0]
        breaks = [m.end() for m in _CLAUSE_START.finditer(window[:start])]
        clause = window[breaks[-1] if breaks else 0 : start]
        return sum(w in clause for w in words)

    best = max(map(shared, found))
    return [f for f in found if shared(f) == best]


def _without_final(word: str) -> str:
    """``word`` with its last syllable's final consonant dropped: '둔' (the stem 두 with the ending ㄴ of '둔다')
    → '두' (a one-syllable stem fuses with its ending, so '둔다' is where '두며' was matched)."""
    code = ord(word[-1]) - 0xAC00 if word else -1
    if 0 <= code < 11172 and code % 28:
        return word[:-1] + chr(ord(word[-1]) - code % 28)
    return word


_NOT_APPLY = lazy_compile(r"\bappl(?:y|ies|ied)\b|\bexempt\b|적용")
"""A claim's verb of (not) applying a rule, which a proviso's '그러하지 아니하다' states."""
_SERIAL_END = lazy_compile(r"[가-힣]{0,2}?(?:아|어|여|해)\s")


def _serial_subject(window: str, end: int) -> str | None:
    """The subject of the verb a serial '-아/-어' verb leads into, when it is named after it in the sentence
    ('감사위원장은 도의회의 동의를 받아 도지사가 임명한다': 도지사 gets the consent and appoints)."""
    tail = _SERIAL_END.match(window, end)
    if tail is None:
        return None
    stop = window.find(".", tail.end())
    span = window[tail.end() : stop if stop >= 0 else len(window)]
    m = AGENT_KO.search(span)
    if m is None or m.group(2) not in ("이", "가") or EMBEDDED_CLAUSE.search(span[m.end():]):
        return None
    return AGENT_LOOKUP.get(m.group(1))


_ADNOMINAL_AFTER = lazy_compile(r"(?:하는|한|하던|되는|된)\s")
_PENALTY_KO = lazy_compile(r"(?:징역|벌금|금고|과태료|자격정지)[^.]{0,40}?(?:에\s*)?처한다|과태료를\s*부과한다")
"""A penalty clause ('… 1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다')."""
_UNKNOWN_BODY_TOPIC = lazy_compile(r"(?<![가-힣ㆍ])([가-힣ㆍ]{2,20}(?:위원회|공사|공단|센터|법인|조합|협회|재단|사무소))(은|는|이|가)\s")
"""A body marked as the subject ('관할선거관리위원회는 …', '인사위원회가 실시한다')."""


_DOMAIN_EN = lazy_compile(r"\b(?:for|in|regarding|concerning|as for|as to)\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?)"
                          r"(?:affairs|matters)\b", re.IGNORECASE)
_DOMAIN_KO = lazy_compile(r"([가-힣ㆍ]+)에\s*(?:대해서는|대하여는|관하여는|관해서는)\s")


def _in_domain(found: list[tuple[int, int, str]], window: str, claim_text: str) -> list[tuple[int, int, str]]:
    """'For autonomous police affairs the chief takes direction from …' against '국가경찰사무에 대해서는
    경찰청장의 지휘ㆍ감독을, 자치경찰사무에 대해서는 …의 지휘ㆍ감독을': only the occurrences in the
    claim's domain (자치경찰사무) count, when the source splits its rule by domain."""
    m = _DOMAIN_EN.search(claim_text)
    if not m or not m.group(1).strip():
        return found
    words = [w for w in m.group(1).split() if w.lower() not in ENGLISH_STOPWORDS]
    targets = [_glossary_targets(w) or () for w in words] + [("사무",)]
    scoped = []
    for start, end, mod in found:
        scopes = [d for d in _DOMAIN_KO.finditer(window[:start]) if start - d.end() < 40]
        if not scopes:
            continue
        domain = scopes[-1].group(1)
        if all(any(t in domain for t in ts) for ts in targets if ts):
            scoped.append((start, end, mod))
    has_scopes = any(_DOMAIN_KO.search(window[:start]) for start, _, _ in found)
    return scoped if has_scopes and scoped else found


_PASSIVE_AFTER = lazy_compile(r"(?:ㆍ[가-힣]{1,4})*\s*(?:[을를이가]\s*)?(?:되|된|될|됨|돼|받|당)")
_AGENT_FORMS = sorted(AGENT_LOOKUP, key=len, reverse=True)


_BY_AGENT_EN = lazy_compile(r"\bby\s+(?:the\s+)?([^,;.]{3,60})", re.IGNORECASE)


def _claim_agents(claim: TextFeatures) -> set[str]:
    """Who acts in a claim: its predicates' subjects and, in English, whoever a passive names after 'by'."""
    agents = {key for pred in claim.predicates for key in pred.agent}
    if claim.lang == "en":
        agents |= {key for m in _BY_AGENT_EN.finditer(claim.text) for key in find_entities(m.group(1))}
    # ('대변인은 치안감이나 경무관이 맡으며': a rank that holds a post is its grade, not a body that acts)
    return {key for key in agents if not set(key.split("|")) <= _RANKS}


_RANKS = frozenset({"치안총감", "치안정감", "치안감", "경무관", "총경", "경정", "경감", "경위", "경사", "경장", "순경"})


_CONSENT_WORDS_EN = frozenset({"consent", "approval"})
_CONSENT_IN_SOURCE = lazy_compile(r"동의|승인")
_NEEDS_EN = frozenset({"need", "needs", "require", "requires", "obtain", "obtains", "get", "gets", "secure", "secures",
                       "seek", "seeks"})
"""'the governor needs the council's consent': the consent is the object; who gives it is in the possessive."""
_CONSENT_NOUNS = frozenset({"동의", "승인", "허가", "의결", "심의", "추천", "제청", "인가"})


def _claim_genitive_agent(text: str, lemma: str) -> str | None:
    """The body right before a consent noun of a claim, with or without 의 ('도의회 동의가 필요하다')."""
    i = text.rfind(lemma)
    before = text[:max(i, 0)].rstrip()
    before = before[:-1] if before.endswith("의") else before
    return next((AGENT_LOOKUP[form] for form in _AGENT_FORMS if before.endswith(form)), None) if i > 0 else None


def _genitive_agent(window: str, start: int) -> str | None:
    """The body named in the genitive right before a predicate noun ('자치경찰위원회의 지휘')."""
    before = window[:start].rstrip()
    if not before.endswith("의"):
        return None
    before = before[:-1]
    for form in _AGENT_FORMS:
        if before.endswith(form) and HANGUL_WORD.match(form[:1] or "가"):
            return AGENT_LOOKUP[form]
    return None


def _lead_sentences(context: TextFeatures | None) -> list[str]:
    """The sentences of a citation's context that state a rule (a 항's lead for a cited 호),
    not its heading or the law's title."""
    if context is None:
        return []
    return [ln.strip() for ln in context.text.splitlines() if re.search(r"다[.:]?\s*$", ln.strip())
            and not _ARTICLE_HEADER.match(ln.strip())]


def _same_body(a: str, b: str) -> bool:
    # ('Gangwon must establish its committee' where the governor does: a province acts through its governor)
    return a == b or b in _ACCEPTS.get(a, set()) or a in _ACCEPTS.get(b, set()) \
        or ({a, b} <= _PROVINCES | {"시ㆍ도지사"} and "시ㆍ도지사" in {a, b})


_IRREALIS = frozenset(canon_en(w) for w in (
    "pledge", "plan", "promise", "propose", "would", "should", "aim", "intend", "suggest", "consider", "will",
    "expect", "hope", "need", "goal", "want", "seek", "try", "require", "call", "recommend", "urge", "envisage"))
_EN_WORD = lazy_compile(r"[A-Za-z][A-Za-z'-]*")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})
_PRESENTING = frozenset(canon_en(w) for w in (
    "flagged", "described", "identified", "highlighted", "presented", "framed", "characterized", "characterised",
    "portrayed", "regarded", "viewed", "noted", "mentioned", "cited", "labelled", "labeled", "stressed",
    "emphasized", "emphasised", "attracted", "drawn", "faced", "termed", "called"))
"""How a paper presents what it says ('is flagged as the core requirement', 'has attracted criticism'): a
verb of the claim's telling, not an act the source must report as done."""
_OBLIGED = lazy_compile(r"\b(?:must|(?:has|have|had)\s+to|ought\s+to|(?:is|are|was|were)\s+(?:(?:set|due|planned|meant)\s+)?to)\b")
"""An obligation or a plan ('is to be reorganized', 'was to be piloted'): what follows is not a deed done."""


def _irrealis_conflict(claim: TextFeatures, window: str) -> str | None:
    """An English claim that states as done ('was implemented') what the source
    only pledges, plans or proposes ('its pledge to fully implement …')."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*|[,;.]", claim.text)]
    # a comma inside a list ('organisation, staff and budget') does not end a clause
    bounds = [j for j, w in enumerate(words) if w in ";." or (w == "," and not _list_comma(words, j))]
    starts = [max([j + 1 for j in bounds if j < i], default=0) for i in range(len(words))]
    # ('have to move …, with bodies … reorganized': an obligation is not a deed done)
    obliged = [m.start() for m in _OBLIGED.finditer(" ".join(words))]
    done = [(w, i > 0 and words[i - 1] in _AUXILIARIES or i > 1 and words[i - 2] in _AUXILIARIES)
            for i, w in enumerate(words) if w.endswith("ed") and len(w) > 4 and canon_en(w) not in _IRREALIS
            and canon_en(w) not in _PRESENTING and not (obliged and obliged[0] < len(" ".join(words[:i])))
            # 'would require … to be reorganized': a plan anywhere before it in its clause, or in the clause a
            # clause opening with 'and' / 'with' continues ('need to be handed over …, and bodies … reorganized')
            and not any(canon_en(p) in _IRREALIS
                        for p in words[0 if words[starts[i] : starts[i] + 1] in (["and"], ["with"]) else starts[i] : i])]
    if not done:
        return None
    source = [canon_en(w) for w in _EN_WORD.findall(fold_en(window))]
    for word, finite in done:
        stem = canon_en(word)
        hits = [i for i, w in enumerate(source) if w == stem]
        if not hits and finite:  # what the claim says happened must be said (synonyms fold: retained = maintained)
            return f"the source does not say {word!r}"
        if not hits:
            continue  # a participle used as an adjective ('values opposed to …') is a matter of coverage
        if all(any(p in _IRREALIS for p in source[max(0, i - 5) : i]) for i in hits):
            return f"the source only plans or proposes {word.removesuffix('ed')!r}; the claim says it was done"
    return None


def _list_comma(words: list[str], j: int) -> bool:
    """Is the comma at ``j`` one between the items of a short list ('organisation, staff and budget')?"""
    after = words[j + 1 : j + 5]
    return any(w in ("and", "or", ",") for w in after[1:4]) and not any(w in _AUXILIARIES for w in after[:3])


_ANTONYMS = tuple((canon_en(a), canon_en(b)) for a, b in ANTONYMS_EN)


_HEDGE = lazy_compile(r"\b(?:difficult|impossible|premature)\s+to\s+(?:say|claim|argue|conclude|assert)\s+that\s+([^;]+?)"
                      r"(?:,\s*but\b|;|\.\s|$)", re.IGNORECASE)
_HEDGE_WORDS = frozenset(canon_en(w) for w in ("difficult", "doubt", "unclear", "uncertain", "question", "hard",
                                               "unlikely", "impossible", "premature", "not"))


def _hedge_conflict(claim: TextFeatures, window: str) -> str | None:
    """The paper doubts what the claim asserts ('It is difficult to say that the double-level model
    immediately carries out …'; the claim: 'the double-level model immediately delivers …')."""
    if claim.has_negation or claim.lemmas & _HEDGE_WORDS:
        return None
    content = {lemma for lemma in claim.lemmas if lemma not in _REPORTING}
    if not content:
        return None
    for m in _HEDGE.finditer(fold_en(window)):
        hedged = {canon_en(w) for w in _EN_WORD.findall(m.group(1))}
        if len(content & hedged) >= 0.6 * len(content):
            return "the source doubts this: it says it is difficult to say so"
    return None


_CONTRAST = lazy_compile(r"\b(?:contrary to|unlike|as opposed to|instead of|in contrast to)\s+(?:the\s+)?"
                         r"([a-z][a-z -]{2,60}?)(?=,|\.|;|$)", re.IGNORECASE)
_CLEFT = lazy_compile(r"\bit (?:is|was) (?:the\s+)?(.+?) (?:that|which|who)\b", re.IGNORECASE)
_REPORTING_PREFIX = lazy_compile(r"^(?:according to the (?:paper|author|study)s?,?\s*|the (?:paper|author|study)s? "
                                 r"(?:says?|argues?|notes?|states?|claims?|finds?)(?: that)?\s*)", re.IGNORECASE)


def _claim_subject(text: str) -> frozenset[str]:
    """The content stems of an English claim's subject ('it is the national police system that …',
    'The national police system places …')."""
    body = _REPORTING_PREFIX.sub("", text.strip())
    m = _CLEFT.search(body)
    if m:
        phrase = m.group(1)
    else:
        words = body.split()
        cut = next((i for i, w in enumerate(words[:8]) if w.lower() in _AUXILIARIES or
                    (i >= 2 and w.lower().endswith("s") and not w.lower().endswith("ss"))), None)
        if cut is None:
            return frozenset()
        phrase = " ".join(words[:cut])
    return frozenset(canon_en(w) for w in _EN_WORD.findall(phrase) if w.lower() not in ENGLISH_STOPWORDS)


def _contrast_conflict(claim: TextFeatures, window: str) -> str | None:
    """The claim ascribes to X what the source ascribes to something *contrary to* X ('… values contrary
    to the national police system, placing importance on democracy': the national police does not)."""
    subject = _claim_subject(claim.text)
    if len(subject) < 2:
        return None
    for m in _CONTRAST.finditer(window):
        contrasted = frozenset(canon_en(w) for w in _EN_WORD.findall(m.group(1)) if w.lower() not in ENGLISH_STOPWORDS)
        if subject <= contrasted:
            return f"the source contrasts {m.group(1).strip()!r} with what the claim says of it"
    return None


_RATHER_THAN = lazy_compile(r"\b(?:rather than|instead of)\s+(?:an?\s+|the\s+|being\s+)?([a-z][a-z -]{2,40}?)(?=[.,;]|$)",
                            re.IGNORECASE)


def _rather_than_conflict(claim: TextFeatures, window: str) -> str | None:
    """'a passing experiment rather than an irreversible trend' against 'has become an irreversible trend':
    the claim denies what the source states (a source that itself weighs one thing against another is left
    to :func:`_preference_conflict`)."""
    if re.search(r"\b(?:rather than|instead of|not)\b", window, re.IGNORECASE):
        return None
    stated = {canon_en(w) for w in _EN_WORD.findall(window)}
    for m in _RATHER_THAN.finditer(claim.text):
        denied = [canon_en(w) for w in _EN_WORD.findall(m.group(1)) if w.lower() not in ENGLISH_STOPWORDS]
        if len(denied) >= 2 and all(w in stated for w in denied):
            return f"negation mismatch: the claim denies {m.group(1).strip()!r}; the source states it"
    return None


_PREFERENCE = lazy_compile(r"importance on\s+(.{1,80}?)\s+rather than\s+([A-Za-z -]{1,40})", re.IGNORECASE)


def _preference_conflict(claim: TextFeatures, window: str) -> str | None:
    """The claim turns round what the source puts first ('efficiency over democracy' where the paper places
    importance on democracy rather than efficiency): the same words, in the other order."""
    mine, theirs = _PREFERENCE.search(fold_en(claim.text)), _PREFERENCE.search(fold_en(window))
    if mine is None or theirs is None:
        return None

    def stems(text: str) -> frozenset[str]:
        return frozenset(canon_en(w) for w in _EN_WORD.findall(text) if w.lower() not in ENGLISH_STOPWORDS)

    if stems(mine.group(1)) & stems(theirs.group(2)) or stems(mine.group(2)) & stems(theirs.group(1)):
        return f"the source places importance on {theirs.group(1).strip()!r} rather than {theirs.group(2).strip()!r}"
    return None


def _antonym_conflict_ko(claim: TextFeatures, cited: str) -> str | None:
    """A Korean claim using the opposite of its source's word ('상설 직위' for '한시조직', '단축' for '연장',
    '경찰병원도 포함된다' for '(경찰병원은 제외한다)'), anywhere in the cited text."""
    for a, b in ANTONYMS_KO:
        for mine, theirs in ((a, b), (b, a)):
            if mine in claim.lemmas and mine not in cited and theirs in cited and not _says_too(claim, theirs):
                return f"the source says {theirs!r}, the opposite of the claim's {mine!r}"
    return None


def _says_too(claim: TextFeatures, word: str) -> bool:
    """The claim says ``word`` too as a verb ('… 포함되지만 고무탄 겸용은 제외된다'), or an everyday verb for it
    ('… 빠짐': 제외), so it names both sides, as its source does; not a noun ('제외 대상에 포함된다')."""
    return any(word in SYNONYMS_KO.get(lemma, ()) and lemma != word for lemma in claim.lemmas) \
        or bool(re.search(re.escape(word) + r"(?:되|된|될|됨|돼|하|한|할|함|해)", claim.text))


_VALID_EN = lazy_compile(r"\b(?:valid|validly|in\s+force|binding|(?:remains?|stays?|still)\s+effective|takes?\s+effect)\b",
                        re.IGNORECASE)
_VOID_EN = lazy_compile(r"\b(?:void|invalid|null|not\s+valid|no\s+effect|without\s+effect|ineffective)\b", re.IGNORECASE)


def _validity_conflict(claim: str, passage: str) -> str | None:
    """'A decision reached without a hearing still remains valid' against '진술 기회를 주지 아니한 결정은 무효로 한다'."""
    if "무효" in passage and _VALID_EN.search(claim) and not _VOID_EN.search(claim) \
            and not re.search(r"유효|효력(?:이|을)\s*(?:가진|갖|있|발생)", passage):
        return "the source says it is void (무효); the claim says it is valid"
    return None


def _antonym_conflict(claim: TextFeatures, source: TextFeatures) -> str | None:
    """An English claim using a word whose opposite its source uses ('easy' where the paper says it
    is not easy, folded to 'difficult'; 'continued' where it says 'suspended')."""
    if re.search(r"\b(?:doubts?|doubted|doubtful|unlikely|questions? whether|not sure)\b", claim.text, re.IGNORECASE):
        return None  # 'doubts that it can easily be kept' says the source's 'it is not easy'
    for a, b in _ANTONYMS:
        for mine, theirs in ((a, b), (b, a)):
            if mine in claim.lemmas and mine not in claim.negated and theirs in source.lemmas \
                    and mine not in source.lemmas:
                return f"the source says {theirs!r}, the opposite of the claim's {mine!r}"
    return None


_OPTIONAL_EN = lazy_compile(r"\b(?:optional|voluntary|discretionary|unnecessary|need not|needn't|not (?:strictly )?"
                            r"(?:required|necessary|needed|mandatory|essential|obligatory|compulsory))\b", re.IGNORECASE)
_NEEDED_EN = lazy_compile(r"\b(?:should|must|needs? to|has to|have to|necessary|required|requires?|essential|mandatory|"
                          r"indispensable)\b", re.IGNORECASE)


_REQUIRED_CONSENT_KO = lazy_compile(r"(허가|승인|동의|인가|협의|심의|의결)\s*(?:를|을)?\s*(?:받지\s*아니하고(?:는)?|"
                                    r"거치지\s*아니하고(?:는)?|없이)[^.]{0,60}?(?:수\s*없|아니\s*된|못한|못하)")
"""'소속 기관의 장의 허가 없이 다른 직무를 겸할 수 없다': the permission is required."""
_NOT_NEEDED_EN = lazy_compile(
    r"\b(?:without\s+(?:needing|having\s+to\s+(?:get|obtain|seek))|(?:does|do)\s+not\s+(?:require|need)|"
    r"(?:doesn't|don't)\s+(?:require|need)|no\s+need\s+(?:for|to)|need\s+not|needn't|(?:is|are)\s+not\s+required)\b"
    r"[^.;]{0,80}?\b(?:permission|approval|consent|authori[sz]ation|permit|licen[cs]e|clearance|sign-off|go-ahead)",
    re.IGNORECASE)
_NOT_NEEDED_KO = lazy_compile(r"(?:허가|승인|동의|인가)\s*(?:를|을|이|가|는)?\s*(?:받지\s*않(?:고도|아도)|받을\s*필요(?:가|는)?\s*없|"
                              r"필요(?:가|하지)?\s*(?:없|않)|없이도)")


_IN_ORDER_KO = lazy_compile(r"((?:[가-힣]+\s*,\s*)+[가-힣]+)\s*(?:의\s*)?순(?:으로|서로|서에\s*따라)")
_FIRST_EN = lazy_compile(r"\b((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:is|comes|goes|stands\s+in)\s+(?:in\s+)?"
                         r"(?:the\s+)?first\b|\bfirst\s+in\s+line\s+is\s+(?:the\s+)?((?:[A-Za-z-]+\s*){1,4})", re.IGNORECASE)
_FIRST_KO = lazy_compile(r"([가-힣]+?)(?:이|가)\s*(?:가장\s*)?(?:먼저|첫\s*번째로|제일\s*먼저)")


def _order_conflict(claim: str, source: str) -> str | None:
    """The claim puts first another than the source's order does ('공공안전차장, 수사차장, 생활안전차장 순으로
    … 대리한다' against 'the investigation deputy chief is the first to stand in')."""
    listed = _IN_ORDER_KO.search(source)
    if not listed:
        return None
    items = [i.strip() for i in listed.group(1).split(",")]
    first = _FIRST_EN.search(claim)
    if first:
        words = (first.group(1) or first.group(2) or "").split()
        groups = [[t for t in (_glossary_targets(w) or ()) if len(t) > 1] for w in words]
    else:
        first_ko = _FIRST_KO.search(claim)
        groups = [[first_ko.group(1)]] if first_ko else []
    # the word that tells the items apart ('investigation' = 수사차장; 'deputy' names every one of them)
    per_word = [{n for n, item in enumerate(items) if any(t in item for t in ts)} for ts in groups]
    hits = sorted(set().union(*[h for h in per_word if h and len(h) < len(items)]))
    if hits and 0 not in hits:
        return f"order mismatch: the source puts {items[0]} first, not {items[hits[0]]}"
    return None


def _consent_conflict(claim: str, source: str) -> str | None:
    """The claim says a consent is not needed that the source requires ('허가 없이 … 겸할 수 없다')."""
    required = _REQUIRED_CONSENT_KO.search(source)
    if required and (_NOT_NEEDED_EN.search(claim) or _NOT_NEEDED_KO.search(claim)):
        return f"negation mismatch: the source requires the {required.group(1)}; the claim says it is not needed"
    return None


_MONTH_EN = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_YEAR = lazy_compile(_MONTH_EN + r"\s+(?:of\s+)?(\d{4}|the same year|that year)", re.IGNORECASE)


def _month_years(text: str) -> set[tuple[str, str]]:
    """(month, year) pairs of an English text, 'September of the same year' read as the last year named before."""
    out: set[tuple[str, str]] = set()
    for m in _MONTH_YEAR.finditer(text):
        year = m.group(2)
        if not year.isdigit():
            before = re.findall(r"\b(?:19|20)\d{2}\b", text[: m.start()])
            if not before:
                continue
            year = before[-1]
        out.add((m.group(1).lower(), year))
    return out


def _month_year_conflict(claim: str, passage: str) -> str | None:
    """'in September 2023' where the paper says 'in September of the same year' after 'May 2022'."""
    theirs = _month_years(passage)
    months = {month for month, _ in theirs}
    for month, year in _month_years(claim):
        if month in months and (month, year) not in theirs:
            said = sorted(y for mo, y in theirs if mo == month)
            return f"number mismatch: the source puts {month.title()} in {', '.join(said)}, not {year}"
    return None


def _optional_conflict(claim: str, passage: str) -> str | None:
    """The claim calls optional what its English source says should or must be done ('treats enacting a bill
    … as optional' where the paper says a bill should be enacted)."""
    if _OPTIONAL_EN.search(claim) and _NEEDED_EN.search(passage) and not _OPTIONAL_EN.search(passage):
        return "modality mismatch: the claim says it is optional; the source says it should or must be done"
    return None


_AT_WILL_EN = lazy_compile(r"\bif\s+(?:he|she|it|they|the\s+[\w-]+)\s+(?:so\s+)?(?:wishes|wish|chooses|choose|likes|like|wants|"
                          r"want|prefers|prefer|sees\s+fit)\b(?!\s+to\b)|\bat\s+(?:its|his|her|their)\s+(?:own\s+)?(?:discretion|option|"
                          r"pleasure)\b|\boptionally\b", re.IGNORECASE)
_MAY_KO = lazy_compile(r"수\s*(?:도|는)?\s*있|아니할\s*수|않을\s*수")


def _at_will_conflict(claim: str, passage: str) -> str | None:
    """'the joint committee may, if it chooses, deliberate on the name' against '… 심의ㆍ의결하고 … 제출하여야 한다', 'the
    head may, if he wishes, accept the committee's direction' against '… 지휘ㆍ감독을 받아 … 총괄한다': left to the body's
    wish where the provision states a duty or a plain rule, and allows nothing ('if it wants to sell' is a condition
    of another act, not a wish that rules this one)."""
    if not _AT_WILL_EN.search(claim) or _MAY_KO.search(passage):
        return None
    final = _source_final_modality(_ITEM_MARK.split(passage)[0])
    if final in ("must", "decl"):
        return f"modality mismatch: the claim leaves it to the body's choice; the source says {_LABEL[final]}"
    return None


def _measure_conflict(claim: TextFeatures, source: TextFeatures) -> str | None:
    """A number the source has, but with another unit ('3년' where the source says '3명')."""
    for number, unit in sorted(claim.measures):
        units = {u for n, u in source.measures if n == number}
        if units and unit not in units and not (unit in ("개월", "월") and units & {"개월", "월"}):
            return f"number mismatch: {number}{unit} not in the source (it has {number}{'/'.join(sorted(units))})"
    return None


def _predicate_elsewhere(claim: TextFeatures, window: str, full: str) -> str | None:
    """The claim's main predicate, if the cited text states it in another sentence than ``window``:
    then that sentence, not this one, is the evidence ('위원은 연임할 수 있다' is not stated by the
    sentence on 보궐위원 of a 항 whose other sentence says 연임할 수 없다)."""
    if not claim.predicates:
        return None
    pred = claim.predicates[-1]
    keys = _predicate_keys(pred, claim)
    squashed = re.sub(r"\s+", "", window)
    if not keys or not predicate_modalities(keys, full):
        return None
    if pred.modality in ("may", "must") and claim.lang == "ko":
        # a duty or a permission is judged by the sentence that uses its verb ('지원을 할 수 있다'),
        # not by one that only names the act ('행정적ㆍ재정적 지원 등에 필요한 사항은 … 정한다')
        if predicate_modalities(keys, window):
            return None
    elif any(lemma_present(k, window, squashed) for k in keys):
        return None
    return pred.lemma if claim.lang == "ko" else keys[0]


_COUNT_EN = lazy_compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?"
                         r"(?:ranks|kinds|types|categories|items|grades|levels|classes|matters|tasks|members|bodies|"
                         r"agencies|stages|steps|fields|areas)\b", re.IGNORECASE)
_COUNT_KO = lazy_compile(r"(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:가지|개|종류|단계|개의|종)"
                         r"(?:(?=[으로이가은는을를의와과도만에])|(?![가-힣]))")
"""'8단계로 되어 있다', '5가지': a count of the items a list gives (not '6개월')."""


_COUNTED = lazy_compile(r"(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개|가지|종류|곳)")
_TOPIC_END = lazy_compile(r".*(?:[은는]\s+(?:크게\s+)?|[:：]\s*)")
_ITEM_JOIN = lazy_compile(r"\s*,\s*|ㆍ|(?<=[가-힣])(?:와|과|및|또는)\s+")


_COUNTED_EN = lazy_compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b"
                           r"[^:.;]*:\s*([^.;]+)", re.I)
"""'two kinds: …', 'five sub-accounts: …': a number of things, then the list of them after a colon."""
_COUNTED_FOR_EN = lazy_compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b"
                               r"(?:,?\s+(?:for|namely|covering|in charge of|one each for|i\.e\.)\s+|,\s+)"
                               r"(.+?)(?=,\s*(?:who|which|that)\b|[.;]|$)",
                               re.I)
"""'three deputy commissioners, for public safety, investigations and community safety, who …'; 'the two top
ranks, 치안총감 and 치안정감' (the list in apposition)."""


def _own_counts(text: str) -> set[str]:
    """Numbers that count the items the claim itself lists: '경력직공무원과 특수경력직공무원 두 가지로 나뉜다',
    'A, B, C, D, E의 5개 계정': the source lists the items, it need not state their number."""
    out: set[str] = set()
    for m in _COUNTED.finditer(text):
        head = text[: m.start()]
        topic = _TOPIC_END.match(head)
        listing = head[topic.end():] if topic else head
        items = [i for i in _ITEM_JOIN.split(listing.strip()) if i.strip()]
        number = m.group(1)
        value = int(number) if number.isdigit() else NATIVE_NUMERALS.get(number)
        if value and value >= 2 and len(items) == value:
            out.add(str(value))
    for m in (*_COUNTED_EN.finditer(text), *_COUNTED_FOR_EN.finditer(text)):  # 'two kinds: general … and open …'
        number = m.group(1).lower()
        value = int(number) if number.isdigit() else ENGLISH_NUMBERS.get(number)
        items = [i for i in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(2).strip()) if i.strip()]
        if value and value >= 2 and len(items) == value:
            out.add(str(value))
    return out


def _counts_items(text: str, number: str) -> bool:
    """Does the claim count the items of a list ('eight ranks', '8가지')?"""
    from drafter.citations.analysis import ENGLISH_NUMBERS

    for m in (*_COUNT_EN.finditer(text), *_COUNT_KO.finditer(text)):
        word = m.group(1).lower()
        if str(ENGLISH_NUMBERS.get(word, NATIVE_NUMERALS.get(word, word))) == number:
            return True
    return False


_PROVISO = lazy_compile(r"^(?:[①-⑳]\s*)?다만[,\s]")
_BEFORE_PROVISO = lazy_compile(r"(?<=\.)\s+(?=다만[,\s])")
"""Where a passage's proviso begins (after '… 사람.' too: a 호 that names a person ends on no verb)."""
_CONTINUES = lazy_compile(r"^(?:다만|이\s*경우|이때|이\s*때)[,\s]")
"""A sentence that goes on from the one before it (its proviso, its '이 경우'), whose subject that sentence names."""


_HAVE_DONE_KO = lazy_compile(r"([가-힣ㆍ]{2,}?)에게\s*(?:[^.]{0,40}?\s)?[가-힣]+(?:하게|하도록)\s*할\s*수\s*있")
_MODAL_VERB_EN = lazy_compile(r"\b(must\s+not|may\s+not|cannot|can\s+not|need\s+not|must|shall|may)\s*"
                              r"(?:,[^,.;]{1,40},\s*)?"  # ('may, if it chooses, deliberate')
                              r"(?:also\s+|still\s+|then\s+|only\s+|directly\s+|immediately\s+)?([a-z]{3,})\b", re.IGNORECASE)
_SUBORDINATE_BEFORE = lazy_compile(r"\b(?:so\s+that|make\s+sure|makes\s+sure|ensure|ensures|ensuring|in\s+which|such\s+that|"
                                   r"that|which|who|whom|where|whether|if|unless|no\s+one|nobody|no\s+person|no|none|"
                                   r"neither|nor)\s+(?:[\w'-]+\s+){0,5}$", re.IGNORECASE)
_MODAL_OF_EN = {"must not": "must_not", "may not": "must_not", "cannot": "must_not", "can not": "must_not",
                "need not": "need_not", "must": "must", "shall": "must", "may": "may", "can": "may"}
_CONTRARY = {"must": {"may", "need_not", "must_not"}, "may": {"must", "must_not"}, "must_not": {"may", "must"},
             "need_not": {"must"}}


def _verb_modality_conflict_en(claim: TextFeatures, window: str) -> str | None:
    """'the committee may order its officers to follow the command' against '… 받을 것을 명하여야 하며, … 요청할 수
    있다': the modality at the claim's own verb (명하다), not the sentence's last one. Only where every occurrence of
    the verb in the passage carries one modality, and that one contradicts the claim's."""
    for m in _MODAL_VERB_EN.finditer(claim.text):
        if _SUBORDINATE_BEFORE.search(claim.text[max(0, m.start() - 60) : m.start()]):
            continue  # ('make sure residents may take part', 'no one may provide': not the rule's own subject and verb)
        mine = _MODAL_OF_EN[re.sub(r"\s+", " ", m.group(1).lower())]
        verb = m.group(2).lower()
        if verb in ("be", "not", "have", "also", "only", "still"):
            continue
        targets = tuple(t for t in _predicate_targets(verb) if len(t) > 1)
        # (a verb's own form, '명하', before the nouns it shares a term with: '지휘ㆍ명령을 받을 것을 명하여야')
        verbs = tuple(t for t in targets if t.endswith("하"))
        found = (predicate_modalities(verbs, window) if verbs else []) or (predicate_modalities(targets, window)
                                                                           if targets else [])
        modalities = {mod for _, _, mod in found}
        if len(modalities) == 1 and modalities <= _CONTRARY[mine]:
            theirs = next(iter(modalities))
            return (f"modality mismatch: the claim says {_LABEL[mine]}; the source says {_LABEL[theirs]} "
                    f"(at {verb!r}: {window[found[0][0]:found[0][1]]})")
    return None


_MAY_PLACE_EN = lazy_compile(r"\b(?:may|can|could|(?:is|are)\s+(?:allowed|permitted|free)\s+to)\s+(?:also\s+|optionally\s+)?"
                             r"(?:have|set\s+up|establish|create|place|station)\b(?![^.;]{0,80}\b(?:must|shall)\b)",
                             re.IGNORECASE)
_PLAIN_PLACING_KO = lazy_compile(r"(?:을|를)\s*(?:둔다|두며|두고|두되)")
_MAY_PLACE_KO = lazy_compile(r"둘\s*수\s*있|두지\s*아니할\s*수|(?:을|를)\s*둘\s*수")
_OTHER_PREDICATE_KO = lazy_compile(r"[가-힣](?:하고|하며|하되|이며|이고|으며|되며|되고|한다|된다|둔다)[,\s]")
_CAUSATIVE_CLAIM = lazy_compile(r"\b(?:have|has|having|had|let|lets|get|gets|ask|asks|make|makes|entrust|entrusts|delegate|"
                                r"delegates|assign|assigns|instruct|instructs|direct|directs|through|via|by)\b|"
                                r"하게|하도록|시키|시킬|맡기|맡길|위임|위탁|통하여|통해", re.IGNORECASE)


def _had_done_by_another(claim: TextFeatures, window: str) -> str | None:
    """'이 경우 … 행정시장에게 검토의견서를 작성하게 할 수 있다' read alone: the act is the 행정시장's, done at the
    governor's instance. A claim that has its subject do it itself ('the governor may prepare a review opinion'),
    naming no one else, is not stated by that sentence (the sentence before says what the governor must do)."""
    m = _HAVE_DONE_KO.search(window)
    if m is None or _CAUSATIVE_CLAIM.search(claim.text) or _OTHER_PREDICATE_KO.search(window[: m.start()]):
        return None  # (a sentence with a predicate of its own before the causative states that one too)
    other = m.group(1)
    if other in claim.text or any(other in e or e in other for e in claim.entities):
        return None
    if claim.lang == "en" and any(other.endswith(t) for w in claim.words for t in (_glossary_targets(w) or ()) if len(t) > 1):
        return None
    return other


_DECIDES_KO = lazy_compile(r"(?:정|결정|판단|선택|선정|지정)(?:한다|하며|하고|할\s*수|하여야|해야)|수\s*있|아니할\s*수")
"""A rule that itself leaves a choice: someone decides (정한다, 결정한다), or it permits (할 수 있다)."""


_ALSO_REQUIRED = lazy_compile(r"반드시|(?:어|아|여|해|쳐|져|와|워)야\s*(?:한다|하며|하고|함|합니다)|\b(?:must|has\s+to|have\s+to|"
                              r"is\s+required|are\s+required|shall)\b", re.IGNORECASE)


def _left_open_against_duty(claim: TextFeatures, window: str) -> str | None:
    """'공표할지는 자치경찰위원회 선택 사항', 'whether to set up the committee is left to the governor' against a rule that the
    act is done ('… 공표하여야 한다', '… 위원추천위원회를 둔다'): the claim makes a duty a choice."""
    if not leaves_whether_open(claim) or _ALSO_REQUIRED.search(claim.text):
        return None  # ('… 재량으로 정할 수 있지만, … 경우에는 반드시 취소해야 한다': a choice and a duty, each stated)
    lead = _lead_of(_ARTICLE_HEADER.sub("", window.strip())).split("다만")[0]
    if not re.search(r"다\.?\s*$", lead) or _source_final_modality(lead) not in ("must", "decl") or _DECIDES_KO.search(lead):
        return None
    # (worded as a permission claimed, so that a clause of the claim that leaves the act open is read as its own)
    return ("modality mismatch: the claim says may (할 수 있다): it leaves whether to act to someone's choice; "
            "the source requires the act")


def _check_against(
    claim: TextFeatures, source: TextFeatures, limits: SupportThresholds, context: TextFeatures | None = None,
    window: str | None = None, full: str | None = None,
) -> Judgement:
    """Steps 2–6 against one passage (``source``: the passage with its context; ``full``: the whole
    cited text the passage is part of).

    Every verdict carries the overlap, so the caller reports the rejection
    of the passage that matched the claim best.
    """
    coverage, known, missing = lexical_coverage(claim, source)
    named = [text for label, text in _REFERENCES.get() if label in (window if window is not None else source.text)] \
        if claim.lang == "ko" and not _LEFT_TO_SOMEONE_KO.search(claim.text) else []
    if named and coverage is not None and coverage < 1:
        # the words of the 항 or 호 this passage names by number ('제2항제1호에 해당하는 경우'), spelt out by the
        # claim; found there, they count (every rejection below carries this coverage: a clause of the claim
        # that spells one out and says otherwise is as much about the source as one that quotes it)
        found, _, still_missing = lexical_coverage(claim, analyze_source("\n".join([source.text, *named])))
        if found is not None and found > coverage:
            coverage, missing = found, still_missing
    listed = str(len(_TOP_ITEM_LINE.findall(full or ""))) if full else None  # 'eight ranks': a list of eight
    if source.lang == "ko" and window is not None and full is not None and window != full:
        elsewhere = _predicate_elsewhere(claim, normalize(window), normalize(full))
        if elsewhere:
            return Judgement(supported=False, coverage=min(coverage or 0.0, 0.5), reason=(
                f"the passage does not state {elsewhere!r}; another sentence of the citation does"))
    if source.lang == "ko" and window is not None and full is not None and window != full:
        delegated = _had_done_by_another(claim, normalize(window))
        if delegated:
            return Judgement(supported=False, coverage=min(coverage or 0.0, 0.5), reason=(
                f"the passage has {delegated} do it (…하게 할 수 있다); the claim does not say so"))
    if listed is not None and int(listed) >= 2 and not (source.numbers & claim.numbers) \
            and not (find_numbers(full) & claim.numbers):  # ('two ranks' where its proviso says 2계급)
        # 'eight ranks' where the provision lists eight: a count of its items; 'seven' is another count
        miscounted = sorted(n for n in claim.numbers if n != listed and _counts_items(claim.text, n))
        if miscounted:
            return Judgement(supported=False, coverage=coverage, reason=(
                f"number mismatch: the claim counts {miscounted[0]}; the source lists {listed}"))
    if listed is not None and (listed in {n for n, _ in claim.measures} or not _counts_items(claim.text, listed)):
        listed = None  # '3명' counts people, each item's own number does; 'eight ranks' counts the items
    extra_numbers = sorted(claim.numbers - source.numbers - {listed} - _own_counts(claim.text)
                           - share_numbers(claim.text, source.text) - worked_out_numbers(claim.text, source.text)
                           - periods_in_other_units(claim.text, source.text) - differences_stated(claim.text, source.text))
    if extra_numbers:
        return Judgement(supported=False, coverage=coverage, reason=f"number mismatch: {', '.join(extra_numbers)} not in the source")
    bound = reversed_limit(claim.text, source.text) or share_mismatch(claim.text, source.text) \
        or period_cut(claim.text, source.text)
    if bound:
        return Judgement(supported=False, coverage=coverage, reason=bound)
    left_open = _left_open_against_duty(claim, window if window is not None else source.text) \
        if source.lang == "ko" else None
    if left_open:
        return Judgement(supported=False, coverage=coverage, reason=left_open)
    absent = sorted(e for e in claim.entities if not _entity_attested(e, source.entities, source.text))
    if absent and window is not None and full is not None and _CONTINUES.match(window.strip()) \
            and (at := normalize(full).find(window.strip())) > 0:
        # '다만, … 변경할 수 있다': a proviso or '이 경우' sentence acts through the subject of the sentence before
        head = normalize(full)[:at]
        absent = [e for e in absent if not _entity_attested(e, analyze_source(head).entities, head)]
    spelt_out = "\n".join(text for label, text in _REFERENCES.get() if label in (window if window is not None else source.text))
    if absent and spelt_out and all(_PROVINCE_ENTITY.search(e) for e in source.entities):
        # '감사위원회 조사로 징계 절차를 진행하지 못해 …' for '제2항에 따라 … 진행하지 못하여 …': where the source names
        # no body of its own (a province at most), one named in the part it names by number is the one it means
        absent = [e for e in absent if not _entity_attested(e, analyze_source(spelt_out).entities, spelt_out)]
    if absent:
        named = ", ".join(sorted(source.entities)) or "none"
        return Judgement(supported=False, coverage=coverage, reason=f"entity mismatch: {', '.join(absent)} not named in the source (it names: {named})")
    verb_modality = _verb_modality_conflict_en(claim, window) \
        if claim.lang == "en" and source.lang == "ko" and window is not None else None
    if verb_modality:
        return Judgement(supported=False, coverage=coverage, reason=verb_modality)
    if claim.lang == "en" and source.lang == "ko" and window is not None and _MAY_PLACE_EN.search(claim.text) \
            and _PLAIN_PLACING_KO.search(window) and not _MAY_PLACE_KO.search(window):
        # (the passage itself: the context may hold another 항 that places something else)
        # 'the bureau may have a director-general' against '국장 1명을 둔다': a statute's plain 둔다 is binding
        return Judgement(supported=False, coverage=coverage, reason=(
            f"modality mismatch: the claim says {_LABEL['may']}; the source says {_LABEL['decl']} (둔다)"))
    if claim.lang == "ko" and source.lang == "ko" and _subject_unstated(claim, source.text):
        return Judgement(supported=False, coverage=coverage, reason=(
            f"body mismatch: the source does not name {_main_subject(claim.text)!r}, who acts in the claim"))
    if claim.lang == "en" and source.lang == "en":
        source_words = set(re.findall(r"[a-z]+", source.text.lower()))
        # ('inter-Korean' where the paper says 'the two Koreas': a name's derived form is that name)
        names = sorted(n for n in claim.names if n not in source_words
                       and not any(_same_name(n, w) for w in source_words))
        if names:
            return Judgement(supported=False, coverage=coverage, reason=f"name mismatch: {', '.join(names)} not in the source")
    strong = sorted(claim.strong - source.strong
                    - ({"abolish"} if source.lang == "ko" and _GONE_KO.search(source.text) else set()))
    if strong:
        return Judgement(supported=False, coverage=coverage, reason=f"the claim asserts {', '.join(strong)!r}; the source does not")
    leads = _lead_sentences(context) or (_own_excepting_lead(claim.text, window if window is not None else source.text)
                                         if claim.lang == "ko" and source.lang == "ko" else [])
    conflict = _negation_conflict(claim, source, leads)
    if conflict:
        return Judgement(supported=False, coverage=coverage, reason=f"negation mismatch: {conflict}")
    if source.lang == "ko":
        conflict = _predicate_conflict(claim, normalize(window if window is not None else source.text), leads)
        if conflict:
            return Judgement(supported=False, coverage=coverage, reason=conflict)
    if claim.periods and not claim.periods <= source.periods:
        return Judgement(supported=False, coverage=coverage, reason=(
            f"period mismatch: the claim says {', '.join(sorted(claim.periods))}; "
            f"the source says {', '.join(sorted(source.periods)) or 'no period'}"))
    conflict = _measure_conflict(claim, source)
    if not conflict and source.lang == "ko":
        cited = full or source.text
        conflict = excepted_case_conflict(claim.text, cited) or beyond_limit_conflict(claim.text, cited) \
            or excluded_item_included(claim.text, cited) \
            or place_conflict(claim.text, f"{context.text if context else ''}\n{cited}") \
            or transfer_conflict(claim.text, cited) or kept_conflict(claim.text, cited) \
            or unlisted_conflict(claim.text, cited, _lead_sentences(context)) \
            or consulted_conflict(claim.text, cited) \
            or assisted_conflict(claim.text, cited) or consenter_conflict(claim.text, cited) \
            or _consent_conflict(claim.text, cited) \
            or _order_conflict(claim.text, cited) or placed_under_conflict(claim.text, cited) \
            or elected_chair_conflict(claim.text, cited) or appointed_chair_conflict(claim.text, cited) \
            or service_conflict(claim.text, cited)
    if not conflict and source.lang == "ko":
        passage = window if window is not None else source.text
        conflict = _scope_conflict(claim.text, passage) or _day_before_conflict(claim.text, passage) \
            or _validity_conflict(claim.text, passage) or _at_will_conflict(claim.text, passage)
    if not conflict and claim.lang == "ko" and source.lang == "ko":
        conflict = number_binding_conflict(claim.text, source.text) \
            or number_pairing_conflict(claim.text, source.text) or topic_body_conflict(claim.text, full or source.text) \
            or quantity_body_conflict(claim.text, source.text) \
            or office_slot_conflict(claim.text, source.text, full or "") or roles_swapped(claim.text, source.text) \
            or topic_value_conflict(claim.text, source.text) \
            or _antonym_conflict_ko(claim, f"{source.text}\n{full or ''}")
    if conflict:
        return Judgement(supported=False, coverage=coverage, reason=conflict)
    if claim.lang == "en" and source.lang == "en":
        passage = window if window is not None else source.text
        conflict = _antonym_conflict(claim, source) or _hedge_conflict(claim, passage) \
            or _contrast_conflict(claim, passage) or _preference_conflict(claim, passage) \
            or _rather_than_conflict(claim, passage) \
            or _irrealis_conflict(claim, passage) or _optional_conflict(claim.text, passage) \
            or _month_year_conflict(claim.text, passage)
        if conflict:
            return Judgement(supported=False, coverage=coverage, reason=conflict)
    if coverage is None:
        return Judgement(supported=False, reason="no content words to compare", coverage=None)
    if claim.lang == source.lang:
        need = limits.korean if claim.lang == "ko" else limits.english
    else:
        if known < limits.min_glossary_terms:
            return Judgement(supported=False, reason=f"too few known terms to judge ({known})", coverage=coverage)
        need = limits.cross_lingual
        if _negative_claim(claim) and not _predicate_stated(claim, window if window is not None else source.text):
            # 'are not protected from being disadvantaged' against '불이익을 받아서는 아니 된다': a negation
            # whose verb the source does not use cannot be checked on its verb; the words must carry it
            need = max(need, limits.unverified_negation)
    if coverage < need:
        return Judgement(
            supported=False, coverage=coverage,
            reason=f"low overlap {coverage:.2f} < {need:.2f}; missing: {', '.join(missing[:6])}",
        )
    if context is not None:
        # what the claim adds beyond the heading must be in the passage itself
        # (at least half of it: a word the passage says otherwise, 'rank' in 'superintendent rank
        # or higher' for '총경 이상', has already cost the claim its share of the overall coverage)
        _, _, beyond_heading = lexical_coverage(claim, context)
        if beyond_heading:
            unstated = set(missing) & set(beyond_heading)
            found = 1 - len(unstated) / len(set(beyond_heading))
            # (an English claim's everyday words reach the source through a glossary sense that may not be the
            # one meant — 'leave to decree', 'step in': two such words are not yet evidence against it)
            if found < 0.5 and len(unstated) > (2 if claim.lang != source.lang else 1):
                return Judgement(
                    supported=False, coverage=coverage,
                    reason=f"the passage does not state {', '.join(sorted(set(missing))[:6])} (only the heading matches)",
                )
    return Judgement(supported=True, coverage=coverage, reason=f"stated in the source (overlap {coverage:.2f})")


_NAMED_ITEM = lazy_compile(r"(?<![조항])제(\d+)호(?:의\d+)?에\s*해당")
_ITEM_MARK = lazy_compile(r"(?:^|(?<=\s))(?:\d+(?:의\d+)?|[가나다라마바사아자차카타파하])\.\s")  # 호 (1.) and 목 (가.)
_HANG_START = lazy_compile(r"^(?:제\d+조(?:의\d+)?\s*\([^)]*\)\s*)?[①-⑳]")
_TOP_ITEM_LINE = lazy_compile(r"(?m)^\s*\d+(?:의\d+)?\.\s")
"""A 호 of a list (not its 목, 가. 나. …)."""
ITEM_LINE = lazy_compile(r"(?m)^\s*(?:\d+(?:의\d+)?\.|[가-하]\.|\d+\))\s")


def source_windows(text: str, *, whole_document: bool = False, multi_sentence: bool = False,
                   claim_marks: frozenset[str] = frozenset(), states_exception: bool = False) -> list[str]:
    """The passages a claim may be matched against, smallest first.

    One sentence, a list's lead sentence with one of its items, or the lead
    with all items. Adjacent sentences (and a whole provision) only for a
    claim that is itself several sentences, or for a paper: a one-sentence
    claim that borrows a word from one sentence and another word from the
    next is stated by neither — unless the next is a proviso about the rule
    ('다만, … 그 기간을 …') and the claim states the proviso's number, or the
    claim states a number or names a body of each sentence (``claim_marks``).
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    # blocks of (lead lines, item lines): a 항 (①, ②, …) starts a new block, so the 항 after a
    # list is a rule of its own, not one more item of the list before it
    blocks: list[tuple[list[str], list[str]]] = []
    for ln in lines:
        line = ln.strip()
        if not blocks or (_HANG_START.match(line) and not ITEM_LINE.match(ln)):
            blocks.append(([line], []))
        elif ITEM_LINE.match(ln) or blocks[-1][1]:
            blocks[-1][1].append(line)
        else:
            blocks[-1][0].append(line)
    sentences = split_sentences(" ".join(x for lead, _ in blocks for x in lead))
    windows = list(sentences)
    # a statute's '이 경우 …' sentence states the rest of the rule before it ('정기회의와 임시회의를
    # 소집ㆍ개최한다. 이 경우 정기회의는 … 월 1회 이상 소집ㆍ개최한다'): the two are one passage
    windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:]) if b.startswith("이 경우")]
    # a proviso about 'it' ('다만, 이에 대한 의견을 진술할 수 있다') is read with the rule it qualifies
    windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:]) if _ANAPHORIC_PROVISO.match(b)]
    # '… 25일 이내에 통보하여야 한다. 다만, … 그 기간을 5일의 범위에서 연장할 수 있다' against a claim that states
    # the proviso's own number ('reply within 25 days, extendable by up to 5 days'; 'extend the list's validity by
    # up to one year'): the proviso read with the rule its '그 기간' names; a claim with only the rule's number
    # ('extend it by up to two years' where the rule's period is 2년) is not read against both
    windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:])
                if b.startswith("다만") and _PROVISO_REFERS_BACK.search(b) and not _ANAPHORIC_PROVISO.match(b)
                and claim_marks & (find_numbers(b) - find_numbers(a))]
    # '종합계획은 10년마다 수립한다. ② … 일반인이 14일 이상 열람할 수 있게 해야 한다' against 'drawn up every ten
    # years, and … open for inspection for no less than 14 days', '대통령 소속으로 … 둔다. ② … 5년간 존속한다'
    # against '대통령 소속 위원회로서 5년 동안 존속한다': a claim that states a number or names a body only one
    # sentence has, and one only the next has, joins them
    def marks(sentence: str) -> frozenset[str]:
        return find_numbers(sentence) | find_entities(sentence)

    windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:])
                if not b.startswith("다만") and claim_marks & (marks(a) - marks(b))
                and claim_marks & (marks(b) - marks(a))]
    # '… 승인을 받아야 한다. 변경하려는 경우에도 또한 같다': the second sentence is the first one's rule again
    windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:]) if _SAME_AGAIN.search(b)]
    if states_exception:
        # '… 미리 통보하여야 한다. 다만, 현행범은 그러하지 아니하다' against a claim that states both the rule and, in its
        # own words, the case it does not cover ('…, 현행범이라면 이 절차가 적용되지 않는다'): the rule with its exception
        windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:]) if _DISAPPLYING_PROVISO.match(b)]
    if whole_document or multi_sentence:
        # papers run an argument across sentences; statutes state one rule a sentence
        windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:])]
    for lead, items in blocks:
        if not items:
            continue
        # the items belong to the sentence that announces them ('다음 각 호의 사항을 심의하기 위하여 …'),
        # not to a later '이 경우 …' sentence of the same 항
        own = split_sentences(" ".join(lead))
        head = next((x for x in reversed(own) if "각 호" in x or "다음과 같" in x), own[-1] if own else "")
        if head.startswith("이 경우") and head in own and own.index(head) > 0:
            # '… 선정할 수 있다. 이 경우 다음 각 호의 사항을 고려하여야 한다': the items belong to that rule, whose
            # subject the '이 경우' sentence leaves out
            head = f"{own[own.index(head) - 1]} {head}"
        windows += [f"{head} {item}".strip() for item in items]
        windows.append(" ".join([head, *items]).strip())
        for other in own:
            # '다음 각 호의 어느 하나에 해당하는 사람은 위원이 될 수 없다. 위원이 각 호의 어느 하나에 해당한 경우에는
            # 당연퇴직한다': each sentence that names the items states its own rule about each
            if other != head and "각 호" in other and not other.startswith("이 경우"):
                windows += [f"{other} {item}".strip() for item in items]
        # a proviso that names one item ('다만, 제1호에 해당하는 경우에는 지정을 취소하여야 한다'), read with the rule
        # it qualifies (who acts, on what) and with that item
        for sentence in own:
            for number in _NAMED_ITEM.findall(sentence):
                if 0 < int(number) <= len(items) and sentence != own[0]:
                    windows.append(f"{own[0]} {sentence} {items[int(number) - 1]}")
    if multi_sentence and not whole_document and len(sentences) > 2:
        windows.append(" ".join(sentences))
    if not windows:
        windows = [text]
    return windows


_REFERENCE_GLOSSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy_compile(r"「지방자치법」\s*제2조제1항제2호(?:에서\s*정한|의)\s*지방자치단체(?!\()"), "시ㆍ군ㆍ자치구(기초자치단체)"),
    (lazy_compile(r"「지방자치법」\s*제2조제1항제1호(?:에서\s*정한|의)\s*지방자치단체(?!\()"),
     "특별시ㆍ광역시ㆍ특별자치시ㆍ도ㆍ특별자치도(광역자치단체)"),
)
"""Cross-references every drafter reads as the words they stand for: the local governments of 「지방자치법」
제2조제1항제2호 are the cities, counties and districts (기초자치단체)."""


def _with_reference_glosses(text: str) -> str:
    for pattern, gloss in _REFERENCE_GLOSSES:
        text = pattern.sub(lambda m, g=gloss: f"{m.group(0)}({g})", text)
    return text


def _without_reference_glosses(text: str) -> str:
    """The statute's own words again: what a user reads as evidence is verbatim."""
    for _, gloss in _REFERENCE_GLOSSES:
        text = text.replace(f"({gloss})", "")
    return text


_CONTRACTED_BAN = lazy_compile(r"(?<=[해어아여져워봐])선(?=\s*안\s*(?:된|되|돼|됨|됩))")
"""'누설해선 안 됨' is '누설해서는 안 됨', a ban."""

_REGISTER_LABEL = lazy_compile(
    r"^\s*(?:\[(?:보도자료|질의응답|담당자\s*메모|검토\s*메모|메모|요약|민원\s*답변|답변)\]"
    r"|(?:보도자료|질의응답|(?:담당자\s*|검토\s*)?메모|요약|민원\s*답변|답변)\s*:"
    r"|(?:an?\s+)?(?:llm|ai|model|reader's|staff|policy)?\s*(?:summary|press release|memo(?:\s+to\s+file)?|note|briefing|brief|report|explainer|factsheet|fact sheet)"
    r"(?:\s+note)?(?:\s+(?:reads|says|states|notes))?\s*:"
    r"|\(?(?:담당자\s*|검토\s*)?(?:메모|요약|답변)\)"
    r"|(?:in\s+)?reply\s+to\s+(?:a|the|your)\s+(?:citizen|resident|question|inquiry)\s*:"
    r"|(?:the|this|a|our)\s+(?:press\s+release|memo|summary|note|briefing(?:\s+note)?|reply)\s+"
    r"(?:states|says|notes|reads|explains|stresses)\s+that,?"
    r"|thank\s+you\s+for\s+your\s+(?:enquiry|inquiry|question|letter|e-?mail|message)\s*[.!]"
    r"|문의\s*(?:해|하여)?\s*주셔서\s*감사(?:합니다|드립니다)\s*[.!]?)\s*", re.IGNORECASE)
"""Where a claim was written ('LLM summary:', 'Press release:', '[보도자료]', '메모)', '민원 답변:') or how a
reply opens ('Thank you for your enquiry.'): a label, not part of what it claims."""
_STATUTE_FRAME_EN = lazy_compile(r"^(?:[Uu]nder|[Aa]ccording to|[Pp]ursuant to|[Aa]s per)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|on|and|for|the)\s+){0,8}?"
                                 r"(?:Act|Decree|Law|Code|Regulations?|Rules)(?:\s+of\s+Korea)?\s*,\s*")
"""'Under the Police Officials Act, …': which statute says it, named by the citation itself."""
_KEEP_SECRET_KO = lazy_compile(r"비밀(?:을|은|도)?\s*(?:지켜야|엄수해야|엄수하여야|지키어야)\s*"
                               r"(한다|하며|하고|함|합니다|해요|해|된다)")
_BAN_ENDING = {"하며": "되며", "하고": "되고"}
"""'비밀을 지켜야 한다' against a source that says '비밀을 누설하여서는 아니 된다' (not one that says '엄수하여야 한다'):
a duty of secrecy, said positively."""
_KEEP_SECRET_EN = lazy_compile(r"\b(must|shall|has to|have to|(?:is|are) (?:required|obliged|bound) to)\s+keep\s+"
                               r"((?:[\w'-]+\s+){0,10}?)(?:confidential|secret)\b", re.IGNORECASE)
"""'members have to keep what they learn on the job confidential': the same duty in English (must not disclose)."""
_SIGN_OFF = lazy_compile(r"(?<=[.。])\s*(?:확인\s*끝|이상|끝)\s*[.。]?\s*$")
"""How a memo closes ('… 60세. 확인 끝.', '… 둔다. 이상.'): no part of the claim."""


_STEP_NOUN_KO = {"동의": "받아야", "승인": "받아야", "허가": "받아야", "인가": "받아야", "허락": "받아야", "결재": "받아야",
                 "의결": "거쳐야", "심의": "거쳐야", "협의": "하여야"}
_WITHOUT_STEP_KO = lazy_compile(
    r"(?:(?P<noun>" + "|".join(_STEP_NOUN_KO) + r")\s*(?:절차\s*)?없이(?:는|선)?"
    r"|(?P<obj>[가-힣]+(?:을|를))\s*(?P<got>받|거치|얻)지\s*(?:않|아니하)(?:고는|고서는|으면|고서야)"
    r"|(?P<verb>[가-힣]+)하지\s*(?:않|아니하)(?:고는|고서는|으면))"
    r"(?P<mid>\s+[^.;]{0,60}?)수\s*(?:가|는)?\s*없(?=다|고|으며|음|습|어|는)")
"""'동의 없이는 면직할 수 없다', '승인을 받지 않으면 … 사용할 수 없다', '미리 협의하지 않고는 정할 수 없고': a step the act
cannot go without, i.e. the step is required before the act may be done."""
_GOT_KO = {"받": "받아야", "거치": "거쳐야", "얻": "얻어야"}
_DOUBLE_NEGATIVE_SOURCE = lazy_compile(r"없이|없으면|없는\s*한|(?:아니하|않)(?:으면|면|고)|그러하지\s*아니|그렇지\s*않|"
                                       r"제외하고는|예외로|필요하지\s*아니|필요\s*없|않아도|아니하여도|생략|\b(?:unless|without)\b", re.IGNORECASE)


def _particle_eul(noun: str) -> str:
    return "을" if (ord(noun[-1]) - 0xAC00) % 28 else "를"


def _without_step_ko(m: re.Match[str]) -> str:
    if m.group("noun"):
        required = _STEP_NOUN_KO[m.group("noun")]
        step = f"{m.group('noun')}{required}" if required == "하여야" else \
            f"{m.group('noun')}{_particle_eul(m.group('noun'))} {required}"
    elif m.group("obj"):
        step = f"{m.group('obj')} {_GOT_KO[m.group('got')]}"
    else:
        step = f"{m.group('verb')}하여야"
    return f"{step}{m.group('mid')}수 있"


_CANNOT_UNLESS_EN = lazy_compile(
    r"\b(?:cannot|can't|can\s+not|may\s+not|(?:is|are)\s+not\s+(?:allowed|permitted)\s+to)\s+(?P<vp>[^;]{3,160}?),?\s+"
    r"(?P<conj>unless|without)\s+(?P<cond>[^;]+?)(?=\s*(?:[.;]|$))", re.IGNORECASE)
"""'cannot be dismissed … unless the committee has consented', 'cannot go ahead … without first publishing …': the
condition is required before the act may be done."""


_STEP_EN = lazy_compile(r"\b(?:consent\w*|approv\w*|authori[sz]\w*|permission|permit|resolution|resolv\w*|vote[sd]?|voting|"
                       r"deliberat\w*|consult\w*|agree\w*|complaint|request\w*|recommend\w*|publish\w*|notif\w*|"
                       r"report\w*|hearing|review\w*|assent|clearance|endorse\w*|sign-off|go-ahead|nod|okay|ok)\b", re.IGNORECASE)
"""A step someone takes (consent, approval, a vote, a consultation): the condition of 'cannot … unless' a rule
requires; a state of affairs ('unless a disability makes them unable') is an exception instead."""


def _cannot_unless_en(m: re.Match[str], required: bool) -> str:
    """'cannot VP unless COND' as 'may VP only subject to COND' (the step a rule requires: :data:`_EN_MODAL_PATTERNS`
    reads it as a must) where the source makes the step a must, else as 'may VP only with COND' (a permission that
    comes with the step, '… 승인을 받아 … 둘 수 있다'). ('only if' would be read as a condition of its own.)"""
    cond = m.group("cond")
    if not _STEP_EN.search(cond):
        return m.group(0)
    if required:
        return f"may {m.group('vp')} only subject to {cond}"
    first = cond.split()[0].lower() if cond.split() else ""
    gerund = first.endswith("ing") or (first == "first" and len(cond.split()) > 1 and cond.split()[1].lower().endswith("ing"))
    return f"may {m.group('vp')} only {'after' if gerund and m.group('conj').lower() == 'without' else 'with'} {cond}"


def double_negative_as_requirement(claim: str, source_text: str) -> str:
    """A claim that says an act cannot be done without a step ('동의 없이는 할 수 없다', 'cannot … unless …'), said
    as the requirement it is ('동의를 받아야 할 수 있다', 'may … only if …'), for a source that states the step as a
    requirement ('… 동의를 받아야 한다', '… 승인을 받아 둘 수 있다'); a source with its own '없이' or 'unless' is left to
    be read as it is."""
    if _DOUBLE_NEGATIVE_SOURCE.search(source_text):
        return claim
    required = bool(_MUST_SOURCE_KO.search(source_text) or re.search(r"\b(?:must|shall|required)\b", source_text))
    return _CANNOT_UNLESS_EN.sub(lambda m: _cannot_unless_en(m, required), _WITHOUT_STEP_KO.sub(_without_step_ko, claim))


_NOT_LEFT_OUT_KO = lazy_compile(r"(?:빠져서는|빠지면|누락되어서는|누락돼서는|누락되면|빠뜨려서는|빠뜨리면)\s*"
                                r"(?:안\s*(?:된다|되며|되고|돼요|됩니다|됨|돼)|아니\s*(?:된다|되며|되고))")
"""'조치사항이 빠져서는 안 된다' for '조치사항이 포함되어야 한다': what must not be left out must be included."""


_NOT_INCLUDED_KO = lazy_compile(r"포함(?:되|하)지\s*(?:않|아니하)(?P<end>는다|한다|으며|며|고|음|습니다|아요|아)")
"""'고속도로 사고는 포함되지 않는다' for '다만, 고속도로에서 발생한 … 제외한다': what is not included is excluded."""
_EXCLUDED_ENDING = {"는다": "된다", "한다": "된다", "으며": "되며", "며": "되며", "고": "되고", "음": "됨", "습니다": "됩니다",
                    "아요": "돼요", "아": "돼"}


_LEFT_TO_SOMEONE_KO = lazy_compile(r"[가-힣]지(?:는|를)?\s*(?:[가-힣ㆍ]+(?:이|가|의)\s+)?(?:재량|선택|임의|자유롭게|알아서|스스로)")
"""'의결을 거칠지는 경찰청장이 재량으로 정할 수 있되': whether to act is left to someone, a modality the judge may not
read in every form; such a claim gets no words from the parts its source names by number (English claims neither:
their words reach a referenced part through loose glossary senses)."""
_PROVINCE_ENTITY = lazy_compile(r"(?:특별자치도|특별자치시|특별시|광역시)$")
"""An entity that is a province or city itself, not a body that acts."""
_REFERENCES: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("drafter_support_references", default=())
"""The ``references`` of the :func:`judge_support` call in progress (every passage and clause it reads)."""


_LIES_WITH_EN = lazy_compile(r"^(?:[Tt]he\s+)?(?:(?:[Pp]rimary|[Mm]ain|[Ss]ole|[Ff]inal)\s+)?[Rr]esponsibility\s+for\s+"
                            r"([^;]+?)\s+(?:lies|rests|sits)\s+with\s+((?:the\s+|each\s+)?[^,;.]+?)(?=\s*(?:[,;.]|$|\sand\s))")
"""'Responsibility for X lies with Y', a duty said as a noun: Y is responsible for X."""


def judge_support(
    claim: str,
    source_text: str,
    *,
    context: str = "",
    whole_document: bool = False,
    similarity: Similarity | None = None,
    thresholds: SupportThresholds | None = None,
    clause_by_clause: bool = True,
    references: Sequence[tuple[str, str]] = (),
) -> Judgement:
    """Does ``source_text`` state ``claim``? (:func:`_judge_support`; the evidence it quotes is verbatim).

    ``references``: ``(label, text)`` of the parts of the same article the source names by number
    ('제2항제1호에 해당하는 경우'); a claim that spells one out ('신체상ㆍ정신상 장애로 직무를 수행할 수 없게
    되면') has its words found there too, in a sentence that names it, and where the source names no body
    of its own, the bodies named there too. Every other check reads the source alone."""
    if references:
        token = _REFERENCES.set(tuple(references))
        try:
            return judge_support(claim, source_text, context=context, whole_document=whole_document,
                                 similarity=similarity, thresholds=thresholds, clause_by_clause=clause_by_clause)
        finally:
            _REFERENCES.reset(token)
    unlabelled = _SIGN_OFF.sub("", _REGISTER_LABEL.sub("", claim, count=1)).strip()
    unframed = _STATUTE_FRAME_EN.sub("", unlabelled)
    claim = (unframed[:1].upper() + unframed[1:] if unframed != unlabelled else unlabelled) or claim
    claim = spoken_numbers_ko(claim)  # '닷새 전까지', '삼 년': the statutes write digits
    claim = spoken_periods_en(claim)  # 'half a year': 6 months
    claim = double_negative_as_requirement(claim, source_text)
    if "포함" in source_text:
        claim = _NOT_LEFT_OUT_KO.sub("포함되어야 한다", claim)
    elif "제외" in source_text:
        claim = _NOT_INCLUDED_KO.sub(lambda m: "제외" + _EXCLUDED_ENDING[m.group("end")], claim)
    claim = spell_out_short_names(claim)  # '국수본부장', '자경위': the statutes spell them out
    # ('Responsibility for sending the results lies with the committees': the committees are who send them)
    claim = _LIES_WITH_EN.sub(lambda m: f"{m.group(2)[:1].upper()}{m.group(2)[1:]} is responsible for {m.group(1)}", claim)
    if "제외하고는" in source_text:
        # ('특별한 규정이 있는 경우가 아니면 정년은 60세다' for '… 경우를 제외하고는 60세로 한다': the same exception)
        claim = _UNLESS_CASE_KO.sub(r"\1를 제외하고는", claim)
    if "누설" in source_text and "엄수" not in source_text:
        claim = _KEEP_SECRET_KO.sub(lambda m: f"비밀을 누설하여서는 아니 {_BAN_ENDING.get(m.group(1), '된다')}", claim)
        claim = _KEEP_SECRET_EN.sub(lambda m: f"must not disclose {m.group(2).strip()}", claim)
    verdict = _judge_support(claim, source_text, context=context, whole_document=whole_document,
                             similarity=similarity, thresholds=thresholds, clause_by_clause=clause_by_clause)
    if not whole_document:
        verdict = _rule_and_exception(claim, source_text, context, thresholds) \
            or _rule_and_exception_ko(claim, source_text, context, thresholds) or verdict
    if verdict.supported and not whole_document:
        verdict = _as_a_rule(claim, source_text, context, thresholds) or verdict
    if verdict.supported:
        # however it was accepted (its words, each clause, the embedding): a claim that drops the source's
        # exception, end or distinction ('however minor', 'indefinitely', 'the same uniforms') says more
        denied = absolute_conflict(claim, source_text) or excepted_case_kept(claim, source_text, _glossary_targets)
        if denied is not None:
            return Judgement(supported=False, coverage=verdict.coverage, evidence=verdict.evidence, reason=denied)
        if clause_by_clause and verdict.reason != _EACH_STATED:
            # (a rule and its exception, each read against its own sentences, are not read against the other's)
            denied_clause = _sentence_contradicted(claim, source_text, context, whole_document, thresholds) \
                or _clause_contradicted(claim, source_text, context, whole_document, thresholds)
            if denied_clause is not None:
                return denied_clause.model_copy(update={"coverage": verdict.coverage})
    if verdict.evidence and "(" in verdict.evidence:
        return verdict.model_copy(update={"evidence": _without_reference_glosses(verdict.evidence)})
    return verdict


_EACH_STATED = "the rule and its exception are each stated in the source"


_UNLESS_CASE_KO = lazy_compile(r"(경우|때)가\s*(?:아니(?:라)?면|아닌\s*한)")
"""'… 경우가 아니면', '… 때가 아닌 한': a claim's case taken out of the rule, as a source's '… 경우를 제외하고는'."""


_EXCEPT_EN = lazy_compile(r",\s*(?:except|excepting|save|apart from|other than|unless|excluding|"
                          r"with\s+(?:an|the\s+(?:sole|one|only)|one)\s+exception\s+(?:for|of))\s+(?:for\s+)?", re.IGNORECASE)
_EXCEPT_FIRST_EN = lazy_compile(r"^\s*(?:[Ss]ave\s+for|[Ee]xcept\s+(?:for|where|when|in)|[Uu]nless|[Oo]ther\s+than|[Aa]part\s+from|"
                                r"[Oo]utside\s+of)\s+"
                                r"([^;]{8,240}?),\s+(?=(?:the|he|she|it|they|an?|each|every|no|[A-Z][a-z]*\s+[A-Z])\b)(.+)$")
"""An English claim that opens with its exception ('Save for urgent, serious cases …, the Commissioner General may
not …')."""
_EXCEPTION_THEN_EN = lazy_compile(r"[;,]\s*(?:and\s+)?(?:in\s+(?:that|which|such\s+an?|this)\s+(?:event|case)|then|if\s+so)\s*,?\s+",
                                  re.IGNORECASE)
"""An exception that goes on to say what may be done then ('…; in that event he may direct …')."""


def _rule_and_exception(claim: str, source_text: str, context: str,
                        thresholds: SupportThresholds | None) -> Judgement | None:
    """An English claim that gives a provision's rule and its 다만 exception in one sentence ('officials are
    prohibited from collective action …, except those actually engaged in manual labour'): the rule is read
    against the rule's sentences and the exception against the 다만 sentence. Read as one, the claim matches the
    다만 sentence best and takes its modality ('예외로 한다') for the rule's; a rule turned round ('may take
    collective action …, except …') would pass on the exception's words. ``None``: not such a claim, or no
    verdict of its own (the claim is then judged as a whole)."""
    if detect_lang(source_text) != "ko" or detect_lang(claim) != "en":
        return None
    split = _EXCEPT_EN.search(claim)
    first = _EXCEPT_FIRST_EN.match(claim) if split is None else None
    if split is None and first is None:
        return None
    sentences = split_sentences(normalize(source_text))
    exceptions = [s for s in sentences if _EXCEPTION.search(s)]
    rules = [s for s in sentences if not _EXCEPTION.search(s)]
    if not exceptions or not rules:
        return None
    if first is not None:  # 'Save for urgent cases …, the Commissioner General may not …': the exception first
        main = first.group(2).strip()
        rule_claim, excepted = f"{main[:1].upper()}{main[1:]}", first.group(1).strip()
    else:
        rule_claim, excepted = claim[: split.start()].rstrip(" ,") + ".", claim[split.end():].strip(" .")
    rule = _judge_support(rule_claim, " ".join(rules), context=context, thresholds=thresholds, clause_by_clause=False)
    if not rule.supported:
        if rule.reason.startswith(_RULE_CONFLICTS):
            return rule.model_copy(update={"reason": f"{rule.reason} (the rule, before its exception)"})
        return None
    then = _EXCEPTION_THEN_EN.search(excepted)
    if then is not None:
        # '…, except where an urgent case calls for it; in that event he may direct the investigation …': the
        # exception says what may be done then, and is read as a claim of its own against the 다만 sentence
        case, consequence = excepted[: then.start()].strip(" ,;"), excepted[then.end():].strip(" .")
        excepted_claim = f"{case[:1].upper()}{case[1:]}, {consequence}."
    else:
        excepted_claim = f"{excepted[:1].upper()}{excepted[1:]} are excepted."
    exception = _judge_support(excepted_claim, " ".join(exceptions),
                               context=context, thresholds=thresholds, clause_by_clause=False)
    if not exception.supported:
        return None
    return Judgement(supported=True, coverage=min(rule.coverage or 0.0, exception.coverage or 0.0),
                     evidence=source_text.strip(), reason=_EACH_STATED)


_BUT_KO = lazy_compile(r"(?:(?<=[가-힣])(지만|으나|는데)|(?<=하)되|(?<=[하되있없않])(며|고)|(?<=[가-힣])(으며))\s*,\s*")
"""The join of a Korean claim's rule and its exception ('… 당하지 않지만, 1급 공무원은 …', '… 준용하되, 제7호는 빠진다':
a '되' or 'and' join only where the second part says the case is left out)."""
_EXCEPTED_KO = lazy_compile(r"그러하지\s*(?:않|아니)|예외|제외|배제|면제|빠진|빠지(?!지)|빠져|필요(?:가|는)?\s*없|해당하지\s*(?:않|아니)|"
                            r"생략(?:할\s*수\s*있|해도|하여도|한다|된다|되|함|가능)|"
                            r"(?:받|하|되|주|적용되|적용하)지\s*(?:못|않|아니)|(?:않|안)아도\s*된|받을\s*수\s*없|"
                            # ('… 그 대상이 아니다', '여기에 들어가지 않는다', '청구권자에 포함되지 않는다')
                            r"대상(?:이|은|는)?\s*아니|(?:들어가|포함되|들)지\s*(?:않|아니)")
"""An exception's predicate in a claim: the rule does not hold for the case it names."""
_PROVISO_KO = lazy_compile(r"^(?:[①-⑳]\s*)?다만[,\s]")
"""A 다만 sentence (not a '…에도 불구하고' one, which :data:`_EXCEPTION` also counts)."""
_EXCEPTED_IN_PARENTHESES = lazy_compile(r"\(([^()]{2,80}?(?:은|는|을|를)\s*제외한다)\)")
"""A case a sentence excepts in parentheses ('(시험의 정지는 제외한다)')."""
_NOT_EXCEPTED_KO = lazy_compile(r"(?:빠지|제외되|배제되|면제되|생략되|생략하)지\s*(?:않|아니)|예외(?:가|는)?\s*아니|예외\s*없이|"
                                r"(?:경우|때)에도\s|(?:이)?라도\s|해도\s|더라도\s")
"""A claim's exception turned round: the case is not excepted after all, or not even then ('급박한 경우에도')."""
_DENIED_KO = lazy_compile(r"(?:않|아니하|아니한|없|못)(?:는다|다|한다)?\.?\s*$")
"""A 다만 sentence that ends by denying ('… 지급하지 않는다')."""
_EXCEPTION_END = lazy_compile(r"(?:그러하지\s*아니하다|예외로\s*한다|제외한다|적용하지\s*아니한다)\.?\s*$")
"""A 다만 sentence whose predicate only sets the rule aside (its case is what it says)."""
_EXCEPTED_CASE = lazy_compile(r"^(.+?(?:은|는|의\s*경우(?:에는|에)?|경우(?:에는|에)?|(?:이)?라면|(?:이)?면|때에는|때))\s")
"""The case a claim's exception names: its topic, or its condition."""


def _rule_and_exception_ko(claim: str, source_text: str, context: str,
                           thresholds: SupportThresholds | None) -> Judgement | None:
    """A Korean claim that gives a provision's rule and its 다만 exception in one sentence ('공무원은 … 면직을
    당하지 않지만, 1급 공무원은 이러한 보장을 받지 못한다'): the rule is read against the rule's sentences and the
    exception against the 다만 sentence, as :func:`_rule_and_exception` does for English. Read as one, the claim
    matches the rule's sentence best and finds the exception's case ('1급') nowhere in it. An exception that
    only sets the rule aside ('그러하지 아니하다') is stated by a claim that names its case and says the rule does
    not hold there; any other is judged as a claim of its own. ``None``: not such a claim, or no verdict."""
    if detect_lang(claim) != "ko" or detect_lang(source_text) != "ko":
        return None
    joins = list(_BUT_KO.finditer(claim))
    if len(joins) != 1:
        return None
    sentences = split_sentences(normalize(source_text))
    exceptions = [s for s in sentences if _EXCEPTION.search(s)]
    rules = [s for s in sentences if not _EXCEPTION.search(s)]
    inside = list(_EXCEPTED_IN_PARENTHESES.finditer(normalize(source_text)))
    if len(inside) == 1 and not any(_PROVISO_KO.search(s) for s in sentences):
        # ('… 특별승진(3급에서 2급으로의 승진은 제외한다) 요건 …': the exception in parentheses)
        exceptions = [inside[0].group(1)]
        rules = split_sentences(_EXCEPTED_IN_PARENTHESES.sub("", normalize(source_text)))
    if len(exceptions) != 1 or not rules:
        return None
    join = joins[0]
    rule_claim, excepted = claim[: join.start()] + join.group().strip(" ,"), claim[join.end():].strip()
    if join.group(1) is None and not _EXCEPTED_KO.search(excepted):
        return None  # ('… 선발하며, 합격한 사람은 빠진다': 'and' joins a rule to its exception only when it says so)
    rule = _judge_support(rule_claim, " ".join(rules), context=context, thresholds=thresholds, clause_by_clause=False)
    if not rule.supported:
        if rule.reason.startswith(_RULE_CONFLICTS):
            return rule.model_copy(update={"reason": f"{rule.reason} (the rule, before its exception)"})
        return None
    exception_sentence = exceptions[0]
    if _NOT_EXCEPTED_KO.search(excepted):
        return None  # ('지급 대상에서 빠지지 않는다': the case is not excepted after all)
    set_aside = _EXCEPTION_END.search(exception_sentence)
    if set_aside is not None:
        case = _EXCEPTED_CASE.match(excepted)
        if case is None or not _EXCEPTED_KO.search(excepted[case.end():]):
            return None
        excepted = f"{case.group(1)} {set_aside.group().strip()}"
    elif _DENIED_KO.search(exception_sentence) and not _EXCEPTED_KO.search(excepted):
        return None  # (an exception that denies is stated only by a claim that denies)
    exception = _judge_support(excepted, exception_sentence, context=context, thresholds=thresholds,
                               clause_by_clause=False)
    if not exception.supported:
        return None
    return Judgement(supported=True, coverage=min(rule.coverage or 0.0, exception.coverage or 0.0),
                     evidence=source_text.strip(), reason=_EACH_STATED)


_AS_A_RULE = lazy_compile(r"\b(?:as\s+a\s+(?:general\s+)?rule|in\s+principle|by\s+default|ordinarily|normally)\b|"
                          r"원칙적으로|원칙상|원칙은|보통은|평소에는", re.IGNORECASE)


_NOT_ONLY_TAIL = lazy_compile(r",\s*(?:not\s+only|not\s+just|and\s+not\s+(?:just|only)|beyond)\b", re.IGNORECASE)


def _as_a_rule(claim: str, source_text: str, context: str, thresholds: SupportThresholds | None) -> Judgement | None:
    """A claim about the rule 'as a rule' ('원칙적으로') is read against the rule's sentences, not its 다만
    exception: 'the Commissioner General is as a rule entitled to direct individual investigations' against
    '… 지휘ㆍ감독할 수 없다. 다만, … 지휘ㆍ감독할 수 있다' says of the rule what only the exception says."""
    if not _AS_A_RULE.search(claim) or detect_lang(source_text) != "ko":
        return None
    sentences = split_sentences(normalize(source_text))
    rules = [s for s in sentences if not _EXCEPTION.search(s)]
    if len(rules) == len(sentences) or not rules:
        return None
    # (the rule's own words: not the 'as a rule' that marks it, nor a tail that sets it against the exception)
    # (of a claim that gives the rule and then its exception, the clause that says 'as a rule')
    marked = [part for part in claim_clauses(claim) if _AS_A_RULE.search(part)]
    core = _NOT_ONLY_TAIL.split(_AS_A_RULE.sub(" ", marked[0] if marked else claim), maxsplit=1)[0]
    rule = _judge_support(core, " ".join(rules), context=context, thresholds=thresholds, clause_by_clause=False)
    if not rule.supported and rule.reason.startswith(_RULE_CONFLICTS):
        return rule.model_copy(update={"reason": f"{rule.reason} (the rule, not its exception)"})
    return None


def _proviso_rules(claim: str, claim_f: TextFeatures, evidence: str, windows: Sequence[str], context: str,
                   context_f: TextFeatures | None, limits: SupportThresholds, source_text: str) -> Judgement | None:
    """'… 이월하여 사용할 수 있다. 다만, … 2회계연도를 초과하여 이월할 수 없다' read as one passage: a claim (or a clause of
    it) about what only the proviso names ('2회계연도를 넘겨 이월할 수 있다') is ruled by the proviso, read on its own
    with the heading and the law's title (not its 항's lead: the proviso states its own predicate). A clause that
    restates the rule is left to the rule ('선서해야 하며, 불가피한 사유가 있으면 … 선서하게 할 수 있다'), and so is one that
    names a body only the rule names ('from the Commissioner General on national police affairs …, and from the head
    of the National Office of Investigation on investigations')."""
    provisos = [w for w in dict.fromkeys([*windows, *_BEFORE_PROVISO.split(evidence)]) if w != evidence
                and _PROVISO.match(w.strip()) and w in evidence]
    if not provisos:
        return None
    parts = claim_clauses(claim)
    features = [analyze(part) for part in parts] if len(parts) > 1 else [claim_f]
    leads = set(_lead_sentences(context_f))
    named = "\n".join(ln for ln in context.splitlines() if ln.strip() not in leads)
    for window in provisos:
        rest = evidence.replace(window, " ")
        rule_f, proviso_f = analyze_source(rest), analyze_source(window)
        for part_f in features:
            only_there = [lemma for lemma in part_f.lemmas if len(lemma) > 1 and any(
                form in window and form not in rest for form in _forms_in_statute(lemma, part_f.lang))]
            if not only_there or any(_entity_attested(e, rule_f.entities, rest)
                                     and not _entity_attested(e, proviso_f.entities, window) for e in part_f.entities):
                continue  # (a part that names a body only the rule names speaks of the rule)
            verdict = _check_against(part_f, analyze_source(f"{named}\n{window}"), limits, None, window, source_text)
            if verdict.reason.startswith(_RULE_CONFLICTS):
                return verdict.model_copy(update={"evidence": window, "reason": (
                    f"{verdict.reason} (the proviso about {only_there[0]!r} says otherwise)")})
    return None


def _sentence_contradicted(claim: str, source_text: str, context: str, whole_document: bool,
                           thresholds: SupportThresholds | None) -> Judgement | None:
    """A claim of two or more sentences accepted as a whole, one of whose sentences the source contradicts on its
    own: 'The committee has to notify the Commissioner General. The Commissioner General, however, has discretion
    whether to take the results into account.' against '… 통보하여야 하며 경찰청장은 이를 반영하여야 한다'. Read as
    one, the claim takes the first sentence's modality; each sentence states its own predicate, so each is read
    for negation, modality and who acts (a sentence's missing words are no reason: it may lean on the other)."""
    sentences = split_sentences(normalize(claim))
    if len(sentences) < 2:
        return None
    for sentence in sentences:
        verdict = _judge_support(sentence, source_text, context=context, whole_document=whole_document,
                                 thresholds=thresholds, clause_by_clause=False)
        if not verdict.supported and verdict.reason.startswith(_RULE_CONFLICTS):
            return verdict.model_copy(update={"reason": f"{verdict.reason} (in the sentence {sentence!r})"})
    return None


def _clause_contradicted(claim: str, source_text: str, context: str, whole_document: bool,
                         thresholds: SupportThresholds | None) -> Judgement | None:
    """A claim accepted as a whole whose own clause the source contradicts on its own terms ('위원은 시장이
    임명하지만, 감사위원장만큼은 … 시교육감이 임명한다' against '… 다만, 감사위원장은 … 시장이 임명한다'): read as one, the
    claim finds every word and body somewhere in the citation; read clause by clause, one says who acts
    otherwise. Only who acts is compared so: a clause cut from its claim may lack words, and its negation or
    modality may be the other clause's (measured: reading those too rejected 21 true tuning paraphrases for 3
    flips). Except in an English clause with a subject and modal of its own, a permission in the claim's first
    clause ('Meetings … may be held regularly at its discretion, and extraordinary meetings may be convened …'),
    and a non-restrictive relative clause ('…, who do not stand in for the head'): each states its own."""
    parts = claim_clauses(claim)
    relatives = _relative_clauses_en(claim)
    # (a Korean clause that ends on its own modal and a connective, before the claim's last clause)
    connective = {part for part in parts[:-1] if _MODAL_CONNECTIVE_KO.search(part)}
    for part in (parts if len(parts) > 1 else []) + relatives:
        verdict = _judge_support(part, source_text, context=context, whole_document=whole_document,
                                 thresholds=thresholds, clause_by_clause=False)
        if verdict.supported:
            continue
        if part in relatives:
            # a relative clause states its own predicate by construction ('…, who do not stand in for the head')
            own, least = True, _RELATIVE_CLAUSE_COVERAGE
        elif _states_own_modality(part) or (part != parts[0] and _BARE_SUBJECT_MODAL_EN.search(part.strip())):
            # (a later clause may open with a bare noun phrase: '…, while new burdens on the residents are not
            # ruled out', '…, provided that professors appointed to the post must hold it concurrently')
            own, least = True, _OWN_CLAUSE_COVERAGE
        elif _MODAL_NOUN_KO.search(part) or part in connective:
            # a Korean clause that names its own duty or discretion ('… 교육받게 할 의무가 있다'), nearly word for word
            own, least = True, _MODAL_NOUN_COVERAGE
        else:
            # (the claim's first clause: its subject is the claim's own)
            own = part == parts[0] and bool(_OPENING_MODAL_EN.search(_LEADING_CONDITION_EN.sub("", part))) \
                and verdict.reason.startswith(_PERMISSION_CLAIMED)
            least = _FIRST_CLAUSE_COVERAGE
        if own and part in connective and ("does (한다)" in verdict.reason or "does not (하지 아니한다)" in verdict.reason):
            own = False  # ('찬성해야 의결할 수 있으며' for '… 찬성으로 의결한다': a plain 한다 is no contrary of 할 수 있다 here)
        if own and verdict.reason.startswith(_PERMISSION_CLAIMED):
            # ('…, a former district may well lose the advantages it enjoyed' against '… 상실되어서는 아니 된다': a
            # permission where the source forbids or requires needs fewer of its words to be the same act)
            least = min(least, _PERMISSION_CLAUSE_COVERAGE)
        if verdict.reason.startswith("body mismatch") or (
                verdict.reason.startswith(("modality mismatch", "negation mismatch"))
                and (verdict.coverage or 0) >= least and own):
            return verdict.model_copy(update={"reason": f"{verdict.reason} (in the clause {part!r})"})
    return None


_OPENING_MODAL_EN = lazy_compile(r"^(?:[\w'-]+,?\s+){1,12}?(?:must|may|can|cannot|shall|need|needs|(?:is|are)\s+"
                                 r"(?:entirely\s+|purely\s+|merely\s+)?(?:optional|voluntary|discretionary|"
                                 r"left\s+to|up\s+to|at\s+(?:the\s+)?[\w' -]{0,40}?discretion))\b",
                                 re.IGNORECASE)
"""The claim's first clause, with the claim's subject and a modal of its own ('Meetings of a … committee may be held
… at its discretion, and extraordinary meetings may be convened …')."""
_LEADING_CONDITION_EN = lazy_compile(r"^(?:when|whenever|if|once|after|before|where)\b[^,]{0,160},\s*", re.IGNORECASE)
"""('When written opinions reach the governor, drawing up a review opinion is left to …': the clause after it)"""
_PERMISSION_CLAIMED = ("modality mismatch: the claim says may", "modality mismatch: the claim says need not")
"""(only a permission read so: a duty in the first clause is read with the whole claim, whose other clause may
say its negative half: 'must stay neutral and must not abuse their authority')"""
_NON_RESTRICTIVE_EN = lazy_compile(r",\s+(who|which|whose)\s+([^,;.]+)")


def _relative_clauses_en(claim: str) -> list[str]:
    """The non-restrictive relative clauses of an English claim, each as a clause of its own: 'X has three
    deputy heads, who do not stand in for the head' → 'they do not stand in for the head'. The clause after
    ', who' states a predicate of its own, which reading the main clause for modality leaves out."""
    if detect_lang(claim) != "en":
        return []
    return [f"{'their' if m.group(1) == 'whose' else 'they'} {m.group(2).strip()}"
            for m in _NON_RESTRICTIVE_EN.finditer(claim)]


_OWN_CLAUSE_COVERAGE = 0.8
_BARE_SUBJECT_MODAL_EN = lazy_compile(r"^(?:new|other|such|all|both|former|[a-z]+s)\s+(?:[\w'-]+,?\s+){0,8}?"
                                      r"(?:must|may|can|cannot|shall|need|needs|is|are|will|does|do|never)\b")
_MODAL_NOUN_KO = lazy_compile(r"의무(?:가|는)?\s*(?:있|없)|의무를\s*(?:지|진|진다)|재량(?:이|에\s*맡)|선택\s*사항")
_MODAL_NOUN_COVERAGE = 0.9
_MODAL_CONNECTIVE_KO = lazy_compile(r"(?:수\s*있|수\s*없|야\s*하|서는\s*(?:안\s*되|아니\s*되)|지\s*않아도\s*되)(?:고|으며|며)\s*$")
"""A Korean clause that ends on its own modal and a connective ('정기적으로 열 수 있고, …'): its modality is its own."""
_RELATIVE_CLAUSE_COVERAGE = 0.5  # (a relative clause is short: 'they do not stand in for the head')
_FIRST_CLAUSE_COVERAGE = 0.6
_PERMISSION_CLAUSE_COVERAGE = 0.7
_OWN_SUBJECT_MODAL_EN = lazy_compile(r"^(?:however,?\s+)?(?:the|a|an|each|every|any|it|they|he|she|this|these|those|its|"
                                     r"their)\s+(?:[\w'-]+,?\s+){0,8}?(?:must|may|can|cannot|shall|need|needs|is|are|will|"
                                     r"does|do|never)\b", re.IGNORECASE)


def _states_own_modality(clause: str) -> bool:
    """An English clause with a subject and a modal of its own ('and the Commissioner General may, at his or her
    discretion, take them into account'), not one that shares its subject with the clause before ('… must stay
    neutral and must not abuse their authority'). Korean clauses are left to their sentence: '…에 얽매이지 않고
    독립적으로 처리한다' and '찬성해야 의결할 수 있으며' carry a manner or a condition, not the rule's modality
    (measured on the tuning sets: reading Korean clauses so rejected 5 true paraphrases for 1 flip)."""
    return detect_lang(clause) == "en" and bool(_OWN_SUBJECT_MODAL_EN.search(clause.strip()))


def _judge_support(
    claim: str,
    source_text: str,
    *,
    context: str = "",
    whole_document: bool = False,
    similarity: Similarity | None = None,
    thresholds: SupportThresholds | None = None,
    clause_by_clause: bool = True,
) -> Judgement:
    """Does ``source_text`` state ``claim``?

    ``context``: the article heading and, for a 호 or 목, the lead sentence
    of its 항 (``제9조(국가경찰위원회 위원의 임기 …)``): a cited 항 often
    leaves its subject to the heading, so bodies and words found there count.
    ``whole_document``: the citation names a whole paper: the claim is
    judged against its best-matching sentence (or pair of sentences).
    """
    limits = thresholds or SupportThresholds()
    korean_source = detect_lang(source_text) == "ko"
    source_text = _with_reference_glosses(source_text) if korean_source else source_text
    for passage in quoted_passages(claim):
        if korean_source and not re.search(r"[가-힣]", passage):
            continue  # an English rendering of a Korean term ('"transfer" means …'): its words are compared below
        if _squash(passage) not in _squash(source_text) and _squash(passage) not in _squash(context):
            # ('「지방공무원법」에서 "전보"는 …': the law's own name stands in its title, the context)
            return Judgement(supported=False, reason=f"quoted passage not in the source: {passage!r}")
    claim = _discretion_as_may(_CONTRACTED_BAN.sub("서는", claim), source_text)
    claim = _uncleft_en(_plain_modality_ko(plain_polite_endings(plain_memo_endings(claim))))
    claim = _exception_in_statute_words(claim, source_text)
    claim_f = analyze(claim)
    context_f = analyze_source(context) if context.strip() else None
    multi = len(split_sentences(normalize(claim))) > 1
    windows = _claims_items(claim_f, source_windows(source_text, whole_document=whole_document, multi_sentence=multi,
                                                    claim_marks=claim_f.numbers | find_entities(claim),
                                                    states_exception=bool(_STATES_EXCEPTION.search(claim))))
    best: Judgement | None = None
    best_evidence: str | None = None
    judged: dict[str, Judgement] = {}
    conflicts = 0
    conflict_coverage = 0.0  # how much of the claim the best sentence that says otherwise states
    for window in windows:
        if len(_ITEM_MARK.findall(window)) > 1:
            own = claim_f.numbers - find_numbers(_ITEM_MARK.split(window)[0])
            if len(own) == 1 and own <= find_numbers(window):
                continue  # one number from a list ('5년'): the item that states it must, not the list as a whole
        verdict = _check_against(
            claim_f, analyze_source(f"{context}\n{window}" if context_f else window), limits, context_f, window,
            source_text,
        )
        judged[window] = verdict
        if best is None or _rank(verdict) > _rank(best):
            best, best_evidence = verdict, window
        if not verdict.supported and (not verdict.reason.startswith(_WORDING_ONLY) or "another sentence" in verdict.reason) \
                and not _stated_elsewhere(verdict.reason, source_text):
            conflicts += 1
            conflict_coverage = max(conflict_coverage, verdict.coverage or 0.0)
        if verdict.supported and (verdict.coverage or 0) >= 0.999:
            break
    assert best is not None
    claimed = _items_window(claim_f, source_text) if not best.supported and clause_by_clause \
        and best.reason.startswith(("number mismatch", "low overlap")) and len(claim_clauses(claim)) == 1 else None
    if claimed is not None and claimed not in judged:
        # '외교관여권을 가진 사람과 12세 미만 어린이는 … 빠진다': one clause naming two items of one list, read with
        # its lead (an English claim's words by the glossary's Korean, a looser tie: it must state more of them)
        verdict = _check_against(claim_f, analyze_source(f"{context}\n{claimed}" if context_f else claimed), limits,
                                 context_f, claimed, source_text)
        if verdict.supported and (claim_f.lang == "ko" or (verdict.coverage or 0) >= _ITEMS_EN_COVERAGE):
            best, best_evidence = verdict, claimed
    joined = _JOINED_SENTENCE.search(best_evidence or "") if best.supported else None
    if joined is not None and best_evidence is not None:
        # '…을 설정하고 실시하여야 한다. 이 경우 … 운영할 수 있다': the sentence that states the claim's act
        # decides its modality; the '이 경우' or '다만' sentence after it does not lend it its own
        own = judged.get(best_evidence[: joined.start()])
        if own is not None and own.reason.startswith(_RULE_CONFLICTS) and (own.coverage or 0) >= (best.coverage or 0):
            return own.model_copy(update={"evidence": best_evidence[: joined.start()]})
    cited_sentences = split_sentences(source_text)
    whole = " ".join(cited_sentences)
    if not best.supported and conflict_coverage < _WHOLE_CITATION_CONFLICT and clause_by_clause and not multi \
            and not whole_document and whole not in windows and len(cited_sentences) > 1 \
            and len(claim_clauses(claim)) > 1:
        # a one-sentence claim joining rules of several sentences ('…은 경무관이 맡고, … 등을 담당한다'):
        # read against the whole citation, unless a sentence that states most of it says otherwise
        verdict = _check_against(claim_f, analyze_source(f"{context}\n{whole}" if context_f else whole), limits,
                                 context_f, whole, source_text)
        if verdict.supported:
            best, best_evidence = verdict, whole
    if not best.supported and best.reason.startswith("entity mismatch") and clause_by_clause and not whole_document \
            and whole not in windows and len(cited_sentences) > 1 \
            and claim_f.numbers <= find_numbers(_ITEM_MARK.sub(" ", whole)) \
            and not _claim_agents(claim_f) & {
                e for e in claim_f.entities
                if not _entity_attested(e, analyze_source(best_evidence or "").entities, best_evidence or "")}:
        # '대변인은 치안감이나 경무관이 맡으며, … 경찰청장을 보좌한다' cites 제5조 whole: the body one sentence lacks
        # is named in another of the citation, and the claim is read against all of it (every check still runs)
        verdict = _check_against(claim_f, analyze_source(f"{context}\n{whole}" if context_f else whole), limits,
                                 context_f, whole, source_text)
        if verdict.supported:
            best, best_evidence = verdict, whole
    if best.supported and best_evidence is not None and (
            _EXCEPTION.search(best_evidence) or not _states_as_main_verb(claim_f, best_evidence)):
        # the sentence that states the claim is an exception ('다만, …', '제1항에도 불구하고 …'): a
        # claim the rule itself contradicts states the exception as the rule
        for window in windows:
            if window == best_evidence or _EXCEPTION.search(window):
                continue
            verdict = _check_against(claim_f, analyze_source(f"{context}\n{window}" if context_f else window),
                                     limits, context_f, window, source_text)
            if verdict.reason.startswith(_RULE_CONFLICTS) and (verdict.coverage or 0) >= max(0.75, best.coverage or 0) \
                    and not (verdict.reason.startswith("modality mismatch") and _keeps_rule_then_concedes(claim_f, window)):
                return verdict.model_copy(update={
                    "evidence": window,
                    "reason": f"{verdict.reason} (the source allows otherwise only as an exception)"})
    if best.supported and best_evidence is not None and not _EXCEPTION.search(best_evidence):
        # '… 권한은 도지사의 권한으로 한다. 다만, 국립학교에 대해서는 … 이양하지 아니한다': a claim about what only the
        # exception names (국립학교) is ruled by the exception
        for window in windows:
            if not _EXCEPTION.search(window):
                continue
            verdict = judged.get(window)
            if verdict is None:  # (the search stopped at a sentence that states the claim in full)
                verdict = judged[window] = _check_against(
                    claim_f, analyze_source(f"{context}\n{window}" if context_f else window), limits, context_f, window,
                    source_text)
            if not verdict.reason.startswith(_RULE_CONFLICTS):
                continue
            # (an English claim's words by their glossary Korean: 'express an opinion' is the proviso's 의견을 진술)
            only_there = [lemma for lemma in claim_f.lemmas if len(lemma) > 1 and lemma in window
                          and lemma not in best_evidence] if claim_f.lang == "ko" else \
                sorted(_terms_found(claim_f, window) - _terms_found(claim_f, best_evidence))
            numbers_there = (claim_f.numbers & find_numbers(window)) - find_numbers(best_evidence)
            if claim_f.lang == "en" and ((len(only_there) < 2 and not numbers_there) or _UNLESS_EN.search(claim)):
                # (one English word's glossary term is too loose a tie: 'local' is any 지방공무원, but a number only
                # the exception states is not; a claim that names the exception itself, 'unless they hold a
                # prescription', states it)
                continue
            only_there = only_there or sorted(numbers_there)
            if only_there:
                return verdict.model_copy(update={"evidence": window, "reason": (
                    f"{verdict.reason} (the exception about {only_there[0]!r} says otherwise)")})
        denied = _exception_denies(claim_f, best_evidence, windows, source_text)
        if denied is not None:
            return Judgement(supported=False, coverage=best.coverage, evidence=denied[0], reason=denied[1])
        reversed_order = priority_reversed(claim, source_text) or skipped_step(claim_f, claim, source_text)
        if reversed_order is not None:
            return Judgement(supported=False, coverage=best.coverage, evidence=best_evidence, reason=reversed_order)
    if best.supported and best_evidence is not None:
        ruled = _proviso_rules(claim, claim_f, best_evidence, windows, context, context_f, limits, source_text)
        if ruled is not None:
            return ruled
    if not best.supported and clause_by_clause:
        # (each clause also meets the exception check above: a clause cut from its subject must not
        # borrow an exception, '보궐위원은 제1항에도 불구하고 연임할 수 있다')
        parts = claim_clauses(claim)
        if len(parts) > 1:
            # a claim joining two rules ('… 도지사가 임명하며, 임기는 3년이다') is stated when each
            # clause is, each by its own sentence; every check still runs on every clause
            verdicts = [judge_support(part, source_text, context=context, whole_document=whole_document,
                                      thresholds=limits, clause_by_clause=False) for part in parts]
            # each clause's own verb must be stated in the sentence that supports it
            if all(v.supported for v in verdicts) and all(
                    _predicate_stated(analyze(part), v.evidence or "", missing_ok=True)
                    for part, v in zip(parts, verdicts)):
                return Judgement(
                    supported=True, coverage=min(v.coverage or 0.0 for v in verdicts),
                    reason=f"each of its {len(parts)} clauses is stated in the source",
                    evidence=" / ".join(dict.fromkeys(v.evidence or "" for v in verdicts)))
    if not best.supported and similarity is not None and clause_by_clause and conflicts == 0 \
            and best.reason.startswith(("low overlap", "the passage does not state")) \
            and "another sentence" not in best.reason and (best.coverage or 0) >= limits.rescue_coverage \
            and best_evidence is not None and not _subject_unstated(claim_f, best_evidence) \
            and _wording_may_differ(claim_f, best_evidence, source_text, context_f):
        # every sentence was checked for a conflict (negation, modality, number, body, …) and none
        # was found; only the wording differs: the multilingual embedding decides, as it does for
        # words the glossary lacks
        scores = similarity(claim, windows)
        top = max(range(len(scores)), key=scores.__getitem__)
        need = limits.similarity if claim_f.lang == detect_lang(windows[top]) else limits.similarity_cross_lingual
        if scores[top] >= need:
            return Judgement(supported=True, similarity=scores[top], coverage=best.coverage, evidence=windows[top],
                             reason=f"no conflict; wording {best.coverage:.2f}, embedding similarity "
                                    f"{scores[top]:.2f} ≥ {need:.2f}")
    if not best.supported and similarity is not None and best.reason.startswith("too few known terms"):
        scores = similarity(claim, windows)
        top = max(range(len(scores)), key=scores.__getitem__)
        score = scores[top]
        if score >= limits.similarity:
            return Judgement(supported=True, similarity=score, evidence=windows[top],
                             reason=f"embedding similarity {score:.2f} ≥ {limits.similarity:.2f}")
        return Judgement(supported=False, similarity=score, evidence=windows[top],
                         reason=f"embedding similarity {score:.2f} < {limits.similarity:.2f}")
    excluded = _excluded_in_parentheses(claim_f, claim, source_text) if best.supported else None
    if excluded is not None:
        return Judgement(supported=False, coverage=best.coverage, evidence=best_evidence, reason=excluded)
    if best.supported and best_evidence is not None and not _predicate_stated(claim_f, best_evidence):
        # the words are the source's but not the claim's verb, so the verb's own negation and modality checks
        # could not run: a claim that says it is not done ('receive no allowances', 'is not banned') needs a
        # sentence that says no at all
        why = negation_unstated(claim_f, claim, f"{context}\n{best_evidence}" if context.strip() else best_evidence)
        if why is not None:
            return Judgement(supported=False, coverage=best.coverage, evidence=best_evidence,
                             reason=f"negation mismatch: {why}")
    return best.model_copy(update={"evidence": best_evidence})


_CONDITION_END_KO = lazy_compile(r"(?:면|때|경우)(?:에는|에도|에|는)?,?\s")
_OFFICE_END = lazy_compile(r"(?<!경찰)(?:장|관|사|위원회|청|처|단|국|센터|공사|공단)$|[가-힣]{2,}부$|(?:개발|연구|교육)원$")
"""An office or body ('간사', '부위원장', '인사위원회', '행정안전부'), not a share ('일부'), a thing or a kind of
official ('경찰관', '공무원', '위원')."""


_TAKES_OUT = lazy_compile(r"않|아니|없|못|예외|제외|빼|말고|그렇지|그러하지|\b(?:not|no|never|except|excepting|unless|"
                         r"other\s+than|apart\s+from|save|exempt\w*|exclud\w*|outside)\b|n't\b", re.IGNORECASE)
"""A claim that says no, or takes a case out ('예외', 'unless', 'other than'): it may well state the proviso's case."""
_KO_REF = lazy_compile(r"제\s*(\d+)\s*(?:조|항|호)(?:의\s*(\d+))?")


def _referenced(text: str) -> frozenset[str]:
    """The numbers of the provisions a text refers to ('제90조제4호', 'Article 90 subparagraph 4', 'Article 8(2)7'):
    a case a rule leaves out is often named by them alone."""
    found = {n for m in _KO_REF.finditer(text) for n in m.groups() if n}
    found |= {n for m in EN_REF.finditer(text) if not m.group(0).lower().startswith("no.")
              for n in re.findall(r"\d+", m.group(0))}
    return frozenset(found)


_NOT_APPLIED = lazy_compile(r"그러(?:하)?지\s*(?:아니|않)|그렇지\s*(?:않|아니)|예외로\s*(?:한다|하며|하고)")
"""'다만, … 경우에는 그러하지 아니하다', '다만, 사실상 노무에 종사하는 공무원은 예외로 한다': the rule does not apply (not an
act denied)."""


def _exception_denies(claim: TextFeatures, rule: str, windows: list[str], cited: str) -> tuple[str, str] | None:
    """A claim about what only a '다만' sentence (or the 호 it names) speaks of, whose force is the rule's and not
    the exception's: '… 지급할 수 있다. 다만, 공무원이 소관 업무와 직접적으로 관련되어 출석하는 경우에는 지급하지
    않는다' against 'officials on matters tied to their own work still get paid'; '… 취소할 수 있다. 다만, 제1호에
    해당하는 경우에는 취소하여야 한다' against '거짓으로 지정받았더라도 취소할지는 재량'. ``(exception, reason)``."""
    lead = _ITEM_MARK.split(rule)[0]  # the rule's own sentence, without the 호 a window may join to it
    lead = lead.split("다만")[0]
    mine, ruled = claim_modality(claim), _source_final_modality(lead)
    for window in windows:
        if window == rule or not window.lstrip("①②③④⑤⑥⑦⑧⑨⑩ ").startswith("다만"):
            continue
        not_applied = bool(_NOT_APPLIED.search(window))  # '다만, … 경우에는 그러하지 아니하다'
        excepted = "neg" if not_applied else _source_final_modality(window)
        if excepted in _NEGATIVE and ruled not in _NEGATIVE and mine not in _NEGATIVE:
            if _UNLESS_EN.search(claim.text) or _EXCEPT_KO.search(claim.text):
                continue  # ('… paid allowances, except officials attending on their own work': the claim takes it out)
            says = "the rule does not apply there; the claim says it does" if not_applied else \
                "it is not done; the claim says it is"
        elif excepted == "must" and ruled == "may" and mine in ("may", "need_not"):
            says = "it must be done; the claim leaves it open"
        else:
            continue
        pieces = [window] + [m.group(0).strip() for n in re.findall(r"제(\d+)호", window)
                             for m in re.finditer(rf"(?m)^\s*{n}\.\s.*$", cited)]
        scope, rest = "\n".join(pieces), cited
        for piece in pieces:
            rest = rest.replace(piece, " ")
        only_there = sorted(_terms_found(claim, scope) - _terms_found(claim, lead) - _terms_found(claim, rest))
        if not_applied:
            # (a case the rule leaves out, tied to a claim that takes nothing out by a provision only the case
            # refers to: 'crimes within the duties of Article 90 subparagraph 4 … must also be reported'; a Korean
            # claim's words alone are too loose a tie, and a claim that says 'not', 'unless' or 예외 may well state
            # the case)
            numbers_there = (_referenced(claim.text) & _referenced(scope)) - _referenced(lead) - _referenced(rest)
            if _TAKES_OUT.search(claim.text) or not (numbers_there or (claim.lang == "en" and len(only_there) >= 2)):
                continue  # (an English claim's two words only the case states tie it: 'who actually do manual labour')
            only_there = only_there or sorted(numbers_there, key=int, reverse=True)
        if only_there:
            return window, f"{'negation' if excepted != 'must' else 'modality'} mismatch: the exception about " \
                           f"{only_there[0]!r} says {says}"
    return None


_EXCLUDED_PAREN = lazy_compile(r"\(([^()]{2,80}?)(?:은|는|을|를)?\s*제외(?:한다|하며|하고)?(?:\.\s*이하[^()]{0,40})?\)")
"""'특별승진(3급에서 2급으로의 승진은 제외한다)', '소속기관(경찰병원은 제외한다. 이하 이 조에서 같다)': what the
provision takes out in a parenthesis."""
_EXCLUDED_PROVISO = lazy_compile(r"다만\s*,?\s*([^.()]{2,160}?)(?:은|는)\s*제외한다")
"""'… 다음 각 목의 범죄. 다만, 고속도로에서 발생한 교통사고 및 교통 관련 범죄는 제외한다': what a proviso takes out."""
_SAYS_EXCLUDED = lazy_compile(r"제외|빼|뺀|빠지|빠진|빠져|빠짐|말고|아닌|않|아니|외의|밖의|except|exclud|other than|apart from|aside from|"
                              r"outside|beyond|without|leav\w*\s+out|left\s+out|save\s+for|\bnot\b|n't|\bno\b", re.IGNORECASE)
_SAYS_NOT_EXCLUDED = lazy_compile(r"\b(?:not|n't|never)\s+(?:be\s+|been\s+)?(?:left\s+out|excluded|exempted)\b|"
                                  r"(?:제외되|제외하|빠지|빼)지\s*(?:않|아니)", re.IGNORECASE)
"""'… are not left out', '제외되지 않는다': it is included after all."""
_CONTRAST_SPLIT = lazy_compile(r"(?<=[가-힣])지만\s|(?<=[가-힣])(?:으나|나)\s|[,;]")
_SAYS_INCLUDED = lazy_compile(r"포함(?:된|되|됨|돼|한|하|함|해)|들어가|들어간")


def _excluded_in_parentheses(claim: TextFeatures, written: str, cited: str) -> str | None:
    """'… also cover promotion from grade 3 to grade 2' against '특별승진(3급에서 2급으로의 승진은 제외한다)': a claim
    that takes in what only a parenthetical exclusion of the source names (or a proviso's '다만, …는 제외한다'),
    without saying it is excluded."""
    if _SAYS_EXCLUDED.search(written) and not _SAYS_NOT_EXCLUDED.search(written):
        # a claim that takes some out and says others are in ('… 지역자원시설세는 빠지지만 지방교육세는 포함됨') is read
        # on what it says is in
        kept = [part for part in _CONTRAST_SPLIT.split(written) if part.strip() and not _SAYS_EXCLUDED.search(part)]
        if claim.lang != "ko" or not (_SAYS_INCLUDED.search(written) and kept):
            return None  # (an English claim's clauses are read as a whole: '…, auxiliary police included, with …')
        claim = analyze(" ".join(kept))
    for m in (*_EXCLUDED_PAREN.finditer(cited), *_EXCLUDED_PROVISO.finditer(cited)):
        inside, rest = m.group(1), cited[: m.start()] + " " + cited[m.end():]
        if re.search(r"없|아니|않|못", inside):
            continue  # '(선거권이 없는 자는 제외한다)': a claim naming its complement ('선거권 있는') keeps the rule
        named = re.sub(r"「[^」]*」", " ", inside)  # (a law's title names no case: '「행정기관의 …에 관한 통칙」')
        only_there = (_terms_found(claim, named) - _terms_found(claim, rest)) | (
            (claim.numbers & find_numbers(named)) - find_numbers(rest))
        if only_there:
            return (f"negation mismatch: the source excludes {inside.strip()!r} (제외한다); "
                    "the claim includes it")
    return None


def _terms_found(claim: TextFeatures, passage: str) -> set[str]:
    """The claim's words a Korean passage states: its own lemmas, or an English word's glossary Korean."""
    if claim.lang == "ko":
        return {lemma for lemma in claim.lemmas if len(lemma) > 1 and lemma in passage}
    return {word for word in claim.words
            if any(len(t) > 1 and t in passage for t in (_glossary_targets(word) or ()))}


def _wording_may_differ(claim: TextFeatures, evidence: str, cited: str, context: TextFeatures | None) -> bool:
    """May the embedding decide a claim whose words differ from the passage's? Not if the passage lacks an
    office or body the claim names (an English claim on a Korean passage, or any claim on a verb the passage
    does not use); and where the passage does not use the claim's verb, only if the claim's polarity and
    modality agree with every clause the citation ends, an exception included
    (:mod:`drafter.citations.reworded`)."""
    passage = analyze_source(f"{context.text}\n{evidence}" if context is not None else evidence)
    _, _, missing = lexical_coverage(claim, passage)
    stated = _predicate_stated(claim, evidence)
    if missing_bodies(missing, claim.lang) and (not stated or claim.lang != passage.lang):
        return False  # (a Korean claim on its own verb has had its bodies checked as who acts)
    return stated or polarity_conflict(
        claim, cited, analyze_source(cited).has_negation, detect_lang(cited)) is None


def _main_subject(text: str) -> str | None:
    """The noun marked 이/가 in a Korean claim's main clause, not a condition's ('경찰관이 … 순직하면')."""
    main = _CONDITION_END_KO.split(text)[-1]
    subject = _bare_subject(main, len(main))
    if subject and re.search(re.escape(subject) + r"(?:이|가)\s*(?:될|되|된|아니)", main):
        return None  # '구성원이 될 수 없고': what one becomes, not who acts
    return subject


def _subject_unstated(claim: TextFeatures, window: str) -> bool:
    """Is the subject of a Korean claim's main verb a word the passage lacks ('… 간사가 그 직무를 대행한다'
    against '부위원장이 그 직무를 대행한다')? Then it names another actor, which no embedding may overlook."""
    if claim.lang != "ko":
        return False
    subject = _main_subject(claim.text)
    if not subject or len(subject) < 2 or not _OFFICE_END.search(subject):
        return False  # an office or body ('간사', '부위원장'), not a person described ('나이가 많은 사람')
    # ('미래치안정책국장' is the 국장 of the 미래치안정책국 the heading names; '과기정통부장관' a 장관): the office's
    # own last word is enough
    forms = (subject, subject[-2:], *SYNONYMS_KO.get(subject, ()))
    if subject.endswith("장") and len(subject) >= 3:
        forms += (f"{subject[:-1]}의 장",)  # '학교장' is '국제고등학교의 장'
    return not any(form in window for form in forms)


_ITEMS_EN_COVERAGE = 0.8
"""How much of an English claim a list's lead with the items it names must state (a Korean claim: the usual bar)."""


def _items_window(claim: TextFeatures, source_text: str) -> str | None:
    """A list's lead with just the items the claim states: '외교관여권을 가진 사람과 12세 미만 어린이는 … 빠진다'
    names items 1 and 2 of a list of eight. Items are taken one at a time, each for words of the claim that neither
    the lead nor an item already taken has (a number alone takes none: '경사를 경위로 … 5년' does not borrow the 5년
    of the item about 경장). None unless two items or more are taken."""
    lines = [ln.strip() for ln in source_text.splitlines() if ln.strip()]
    items = [ln for ln in lines if ITEM_LINE.match(ln)]
    if len(items) < 2 or len(items) > 40:
        return None
    lead = " ".join(ln for ln in lines if not ITEM_LINE.match(ln) and ln in lines[: lines.index(items[0])])
    if not lead or any(ITEM_LINE.match(ln) is None for ln in lines[lines.index(items[0]):]):
        return None  # one list at the end of one 항: a later 항 is a rule of its own

    def missing(passage: str) -> set[str]:
        return set(lexical_coverage(claim, analyze_source(passage))[2])

    unstated = missing(lead)
    gains = [unstated - missing(f"{lead} {item}") for item in items]
    # (a body only a second item names is not the claim's to borrow: '… must consult the Financial Supervisory
    # Service' where item 2 names it and the proviso names 금융위원회)
    bodies = [(find_entities(item) & claim.entities) - find_entities(lead) for item in items]
    numbers = [claim.numbers & find_numbers(_ITEM_MARK.sub(" ", item)) for item in items]
    taken: list[int] = []
    covered: set[str] = set()
    while True:
        _, best = max(((len(gains[i] - covered) + 0.5 * bool(numbers[i]), i)
                       for i in range(len(items)) if i not in taken and gains[i] - covered), default=(0, -1))
        if best < 0:
            break
        if taken and bodies[best] - set().union(*(bodies[i] for i in taken)):
            gains[best] = set()  # (not taken; the loop goes on to the next)
            continue
        taken.append(best)
        covered |= gains[best]
    if len(taken) < 2:
        return None
    return " ".join([lead, *(items[i] for i in sorted(taken))])


def _claims_items(claim: TextFeatures, windows: list[str]) -> list[str]:
    """Leave out a list's items that name fewer of the claim's bodies and ranks than another item does:
    '경사를 경위로 … 5년' is not stated by '2. 경장을 경사로 …: 5년 이상', whose lead names every rank, when
    '3. 경사를 경위로 …: 6년 6개월' is the item about 경사 and 경위."""
    if len(claim.entities) < 2:
        return windows
    named: dict[str, int] = {}
    for window in windows:
        parts = _ITEM_MARK.split(window)
        if len(parts) == 2:  # a lead with one item
            named[window] = len(find_entities(parts[1]) & claim.entities)
    most = max(named.values(), default=0)
    if most < 2:
        return windows
    return [w for w in windows if named.get(w, most) == most]


def _predicate_stated(claim: TextFeatures, window: str, *, missing_ok: bool = False) -> bool:
    """Does a Korean passage state the claim's main predicate (its verb, any glossary equivalent)?
    ``missing_ok``: a claim whose predicate the glossary does not know passes."""
    if not claim.predicates or detect_lang(window) != "ko":
        return missing_ok
    keys = _predicate_keys(claim.predicates[-1], claim)
    if not keys:
        return missing_ok
    pred = claim.predicates[-1]
    done = re.search(rf"{re.escape(pred.lemma)}(?:\s*등)?[을를]\s+(?=[가-힣])", window) \
        if claim.lang == "ko" and re.search(rf"{re.escape(pred.lemma)}(?:\s*등)?[을를]\s*(?:하|할|한|해)", claim.text) else None
    if done is not None:
        # '환경교육 등을 할 수 있고' for '… 환경교육 등을 실시할 수 있다': the light verb 하다 does what the source's
        # verb does, with the source's modality ('… 등을 해야 하고' says more than '실시할 수 있다')
        return korean_modality(_clause_tail_of(window, done.end())) in _compatible(pred)
    if claim.lang == "ko" and claim.predicates[-1].lemma in _OMIT_KO and _MAY_LEAVE_UNDONE.search(window):
        return True  # '공고를 생략할 수 있다' is the statute's '공고하지 아니할 수 있다'
    if missing_ok and claim.lang == "ko" and not _verbal_in(claim.text, claim.predicates[-1].lemma):
        # a noun predicate ('임기는 3년이다'): the sentence need only name it
        return any(lemma_present(k, window) for k in keys)
    if missing_ok and claim.lang == "en" and any(
            lemma_present(k, window) and not _verbal_in(normalize(window), k) for k in keys if len(k) > 1):
        return True  # 'serve two-year terms' for '임기는 2년으로 한다': the sentence rules on the noun
    return bool(predicate_modalities(keys, normalize(window)))


def _verbal_in(text: str, lemma: str) -> bool:
    i = text.find(lemma)
    return i < 0 or bool(re.match(r"[^가-힣]|[하한할함합해했되된될됨됩돼됐히]|시[키킬켜]|[을를]\s*(?:하|할|한|해)",
                                  text[i + len(lemma) : i + len(lemma) + 6]))


def _states_as_main_verb(claim: TextFeatures, window: str) -> bool:
    """Does the passage use the claim's main verb as a sentence's main verb (not only inside a relative
    clause or a definition: '정치활동에 관여하는 행위란 … 말한다' names 관여, it rules nothing on it)?
    True when the verb is unknown or absent (nothing to compare)."""
    if claim.lang != "ko" or not claim.predicates or detect_lang(window) != "ko":
        return True
    keys = _predicate_keys(claim.predicates[-1], claim)
    text = normalize(window)
    found = predicate_modalities(keys, text) if keys else []
    return not found or any(_sentence_final(text, end) for _, end, _ in found)


_VERBAL_WEIGHT = 0.5
"""What a Korean verb, adjective or adverb of the claim weighs in its word coverage (a noun weighs 1)."""

_CONCEDES = lazy_compile(r"\b(?:although|though|but|except|unless|however|yet|provided\s+that|save\s+that)\b|지만|다만|예외",
                         re.IGNORECASE)


def _keeps_rule_then_concedes(claim: TextFeatures, rule: str) -> bool:
    """'… must swear an oath before the head of the agency, although for an unavoidable reason the oath may be taken
    after taking office': a claim whose earlier clause keeps the rule's own modality and whose later one, after
    'although' or '다만', states the exception. Its last verb's modality is the exception's, not a rewrite of the rule."""
    if len(claim.predicates) < 2 or not _CONCEDES.search(claim.text):
        return False
    ruled = _source_final_modality(rule)
    return ruled != "decl" and any(ruled in _compatible(p) for p in claim.predicates[:-1])


_RULE_CONFLICTS = ("negation mismatch", "modality mismatch", "body mismatch")
_EXCEPTION = lazy_compile(r"^(?:[①-⑳]\s*)?다만[,\s]|제\d+항(?:제\d+호)?에도\s*불구하고")


_WHOLE_CITATION_CONFLICT = 0.7
"""A sentence of the citation that says otherwise and states at least this much of the claim keeps the claim
from being read against the whole citation."""

_MISSING_NUMBERS = lazy_compile(r"^number mismatch: (.+) not in the source$")


def _stated_elsewhere(reason: str, cited: str) -> bool:
    """A sentence that lacks a number the claim gives which another sentence of the citation states ('2년의
    범위에서 … 정한다. 다만, … 1년의 범위에서 … 연장할 수 있다' against a claim of both): not a conflict, a claim
    that joins the sentences (list numbers '1.', '2.' are no numbers of the text)."""
    m = _MISSING_NUMBERS.match(reason)
    return bool(m) and set(m.group(1).split(", ")) <= find_numbers(_ITEM_MARK.sub(" ", cited))


_WORDING_ONLY = ("low overlap", "the passage does not state", "too few known terms", "no content words")
"""Verdicts that say only that the wording differs, not that the source says otherwise."""


def _rank(j: Judgement) -> tuple[int, float]:
    return (1 if j.supported else 0, j.coverage or 0.0)

