"""Fusing the retrievers: reciprocal rank fusion, made aware of the query's language.

A multilingual embedder scores an English question higher against English
text than against the Korean provision that answers it, and BM25 over Korean
morphemes has nothing to say about English words — except to the one English
document, the policy paper, which then wins both votes for every English
question. So the query is planned per language (:func:`plan_query`):

- a question with no Hangul gets its lexical vote on the Korean side from the
  bilingual glossary (:mod:`drafter.text.glossary`: 'reappointed' → 연임,
  중임) and its English words go to a separate lexical list, which in practice
  only reaches English documents;
- a Korean question keeps its morphemes and, through the same glossary read
  backwards (연착륙 → soft landing), also reaches the English paper;
- the dense ranking gets a cross-lingual correction (:func:`cross_lingual`):
  chunks in the other language than the question have their cosine distance
  lowered by :data:`CROSS_LINGUAL_BONUS`;
- an English question is also embedded as its Korean glossary terms
  (:data:`PSEUDO_DENSE_WEIGHT`), followed by its words the glossary has no
  Korean for (:data:`PSEUDO_UNKNOWN_WORDS`);
- a 부칙 article that amends other laws (``제7조(다른 법률의 개정)``) quotes
  their wording at length and matches questions it never answers: its fused
  score is multiplied by :data:`OTHER_LAW_AMENDMENT_FACTOR`;
- each candidate also gets a share of its BM25 score (:func:`add_lexical_scores`):
  ranks alone cannot tell an article far ahead in BM25 from one a hair ahead;
- a question naming a statute ('under the Police Officials Act', '경찰공무원법상',
  :func:`named_laws`) has the other documents demoted (:data:`NAMED_LAW_FACTOR`)
  and is not about the paper; one naming the paper ('according to the paper',
  '…을 제안한 논문', :func:`names_paper`) gets it first;
- a question about police officers has the Local Public Officials Act demoted, one
  about local public officials the Police Officials Act (:func:`officials_of`,
  :data:`OTHER_OFFICIALS_FACTOR`): both acts ban the same things of their own service;
- the reference paper gets a place decided by distance, not by rank
  (:func:`place_paper`): fusion only sees ranks, and the one English document
  is either the answer (a question about the paper's argument, in either
  language) or noise. How close its nearest passage is decides: close enough
  and it is put first, plausible and it is put in the top three, otherwise
  fusion decides alone.

Every constant here was chosen by sweeps on the tuning sets
``evals/sets/tuning-retrieval*.jsonl`` (and the dev set), recorded with their
figures in ``docs/retrieval-tuning.md`` (``benchmarks/sweep_retrieval.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from drafter.text.abbreviations import spell_out_short_names
from drafter.text.glossary import english_words, korean_query_terms, korean_term_groups, query_units
from drafter.text.places import places
from drafter.text.question_forms import korean_question_terms

HANGUL = re.compile(r"[\uac00-\ud7a3]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ENGLISH_CHUNK = re.compile(r"::p\d+(?:s\d+)?(?:::\d+)?$")
"""Chunk ids of paper paragraphs (``doc::p1``, ``doc::p1::3``): the reference papers are in English."""

CROSS_LINGUAL_BONUS = 0.04
"""Cosine distance taken off chunks in the other language than the question."""
ENGLISH_LEXICAL_WEIGHT = 0.5
"""Weight of the English-words lexical list, relative to ``retrieval.lexical_weight``."""
PSEUDO_DENSE_WEIGHT = 1.0
"""Weight of the dense list of an English question's Korean glossary terms, relative
to ``retrieval.dense_weight`` (0: off)."""
ENGLISH_OWN_DENSE_WEIGHT = 0.5
"""Weight of an English question's own dense and heading lists when its Korean terms are embedded too."""
GLOSSARY_LEXICAL_WEIGHT = 1.5
"""Weight of the Korean lexical list of an English question (its glossary terms),
relative to ``retrieval.lexical_weight``."""
OTHER_LAW_AMENDMENT_FACTOR = 0.5
"""Multiplies the fused score of a 부칙 article that amends other laws."""
OTHER_PLACE_FACTOR = 0.5
"""Multiplies the fused score of an article of another province's act than the one the question names."""
NATIONAL_LAW_FACTOR = 0.65
"""Multiplies a national law's score when the question names a place whose own act is a candidate."""
ADDENDUM_FACTOR = 0.9
"""Multiplies a 부칙 article's score when the question does not ask about a transition
(:func:`asks_about_transition`); one amending other laws has :data:`OTHER_LAW_AMENDMENT_FACTOR` too."""
PAPER_FIRST = {"en": 0.125, "ko": 0.075}
"""Paper affinity (:func:`paper_affinity`) at or below which the paper is put first."""
PAPER_PLAUSIBLE = {"en": 0.14, "ko": 0.105}
"""Paper affinity at or below which the paper is put at :data:`PAPER_PLAUSIBLE_RANK` or better."""
PAPER_PLAUSIBLE_RANK = 3
"""The place a plausible paper passage is given at least (1-based)."""
LEXICAL_SCORE_WEIGHT = {"en": 0.02, "ko": 0.02}
"""Added per unit of BM25 score relative to the best BM25 hit (:func:`add_lexical_scores`), by the question's
language: fusion keeps only the lexical rank, so an article far ahead of the next in BM25 got no more than one
just ahead of it (session 7, ``docs/retrieval-tuning.md`` §10)."""
UNKNOWN_MIN_LEN = 2
"""An English word shorter than this many letters plus one is never an unknown word of the question."""
PSEUDO_UNKNOWN_WORDS = True
"""The second dense query of an English question is its Korean terms followed by its words the glossary lacks."""
OTHER_OFFICIALS_FACTOR = 0.7
"""Multiplies the score of the other service's act when a question is about police officers ('Can police officers
join a party?' → 경찰공무원법 before 지방공무원법) or about local public officials (the reverse), and names no law."""
PAPER_NOT_ASKED_FACTOR = 0.5
"""Multiplies the paper's score when the question asks which law or provision says it (:func:`asks_for_statute`)
and does not name the paper: 'Which law obliges the state to run an autonomous police system?' is answered by a
statute, though the paper's English is nearer its words."""
NAMED_LAW_FACTOR = 0.7
"""Multiplies the score of any other document than the statute a question names by its name
('under the Police Officials Act', '경찰공무원법상', :func:`named_laws`)."""

_EN_STOP = frozenset(
    "a an the of in on at to for by with from as and or but is are was were be been it its this that these those "  # noqa: SIM905
    "which who whom what when where how why than there their they does do did has have had can may must shall "
    "should would will not no any some each other such about into under over between".split()
)


@dataclass
class Fused:
    """A fused candidate: its score and its 1-based rank in each input list (None: absent)."""

    id: str
    score: float = 0.0
    ranks: dict[str, int] = field(default_factory=dict)


def reciprocal_rank_fusion(rankings: dict[str, tuple[list[str], float]], rrf_k: int = 60) -> list[Fused]:
    """Fuse ``{name: (ids best first, weight)}``: score = Σ weight / (rrf_k + rank).

    Ties keep the order of first appearance (lists in the given order), so the
    result is deterministic.
    """
    fused: dict[str, Fused] = {}
    for name, (ids, weight) in rankings.items():
        for rank, chunk_id in enumerate(ids, start=1):
            entry = fused.setdefault(chunk_id, Fused(chunk_id))
            if name in entry.ranks:
                continue
            entry.ranks[name] = rank
            entry.score += weight / (rrf_k + rank)
    order = {cid: i for i, cid in enumerate(fused)}
    return sorted(fused.values(), key=lambda f: (-f.score, order[f.id]))


@dataclass(frozen=True)
class QueryPlan:
    """What each retriever is asked for one query."""

    lang: Literal["ko", "en"]
    korean: str
    """Text for the BM25 over Korean morphemes ('' : no Korean lexical vote)."""
    english: str
    """English words for the lexical list that reaches English documents ('' : none)."""
    groups: tuple[tuple[str, ...], ...] = ()
    """English question: the Korean alternatives of each of its names and words (the rerank
    counts a word as covered when any of them is in the text)."""
    places: frozenset[str] = frozenset()
    """The provinces and cities the question names (제주, 강원 …): another province's act is demoted."""
    transition: bool = False
    """The question asks about an amendment, a transition or a start date (:func:`asks_about_transition`)."""
    laws: frozenset[str] = frozenset()
    """The statutes the question names, as words of their Korean titles (:func:`named_laws`)."""
    unknown: tuple[str, ...] = ()
    """English question: its content words the glossary has no Korean for."""
    paper: bool = False
    """The question names the paper ('according to the paper', '…을 제안한 논문'): it is put first."""
    officials: Literal["police", "local", ""] = ""
    """Whose service the question is about (:func:`officials_of`): police officers or local public officials."""
    statute: bool = False
    """The question asks which law or provision says it (:func:`asks_for_statute`): the paper is not its answer."""


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def query_language(query: str) -> Literal["ko", "en"]:
    """The language most of the question's words are in: a Korean question naming an English acronym ('NPA의 조직')
    is Korean, an English one quoting a Korean term ('I'm a superintendent (경정). Where do I complain?') English."""
    hangul = len(_HANGUL_WORD.findall(query))
    return "ko" if hangul and hangul >= len(_LATIN_WORD.findall(query)) else "en"


_SIDO = re.compile(r"(?<![가-힣])시\s?[.,/·・‧]?\s?도(?=\s?(?:경찰청|지사|의회|교육감|조례|의\s?조례))")
"""'시도경찰청장', '시·도지사', '시/도 조례': how people type the statutes' 시ㆍ도 (not '시도하다', an attempt).
'시도자치경찰위원회' is left as typed: spelt 시ㆍ도, it moved two tuning questions down (its 시 and 도 are in
every special act's articles, while 도경찰청장 and 도지사 are words of their own)."""


def statute_spelling(query: str) -> str:
    """A Korean question spelt as the statutes spell: '시ㆍ도' for '시도' or '시·도' before the bodies and
    instruments of a 시ㆍ도. BM25 reads '시도경찰청장' as 시도 + 경찰청장 and '시·도경찰청장' as 시·도 + 경찰청장, the
    statutes' '시ㆍ도경찰청장' as 시 + 도 + 경찰청장 + 도경찰청장. (Other middle dots are left: Kiwi reads
    '순직·공상' as 순직 + 공상, and '순직ㆍ공상' as 순 + 직 + 순직 + 공 + 상 + 공상.)"""
    return _SIDO.sub("시ㆍ도", spell_out_short_names(query))


def plan_query(query: str) -> QueryPlan:
    """Split a query into its Korean and English lexical sides (see the module docstring)."""
    if query_language(query) == "ko":
        query = statute_spelling(query)
        latin = " ".join(w.lower() for w in _EN_WORD.findall(query))
        # what the question asks by its form ('몇 살에 퇴직' → 정년) joins its own words on the lexical side
        asked = " ".join(korean_question_terms(query))
        return QueryPlan("ko", f"{query} {asked}" if asked else query, " ".join([*english_words(query), latin]).strip(),
                         places=places(query),
                         transition=asks_about_transition(query), laws=named_laws(query), paper=names_paper(query),
                         officials=officials_of(query), statute=asks_for_statute(query))
    words = [w for w in _EN_WORD.findall(query) if w.lower() not in _EN_STOP]
    _, left, per_word = query_units(query)  # the words no glossary phrase took, and each one's Korean terms
    bare = [(w.strip("'"), found) for w, found in zip(left, per_word)]
    unknown = tuple(dict.fromkeys(w for w, found in bare
                                  if not found and len(w) > UNKNOWN_MIN_LEN and w not in _EN_STOP and not places(w)))
    # a Korean term the English question quotes is searched as it is, with the glossary's terms
    return QueryPlan("en", " ".join([*korean_query_terms(query), *_HANGUL_WORD.findall(query)]), " ".join(w.lower() for w in words),
                     tuple(korean_term_groups(query)), places(query), asks_about_transition(query), named_laws(query),
                     unknown, names_paper(query), officials_of(query), asks_for_statute(query))


def is_english_chunk(chunk_id: str) -> bool:
    return bool(_ENGLISH_CHUNK.search(chunk_id))


def cross_lingual(dense: list[tuple[str, float]], lang: str, bonus: float = CROSS_LINGUAL_BONUS) -> list[tuple[str, float]]:
    """Re-rank ``(chunk id, cosine distance)`` with chunks in the other language
    than the query brought ``bonus`` closer."""
    if bonus == 0:
        return dense
    query_en = lang == "en"
    adjusted = [(cid, d - bonus if is_english_chunk(cid) != query_en else d) for cid, d in dense]
    return sorted(adjusted, key=lambda item: item[1])


def paper_affinity(lang: str, paper_distance: float, nearest_other: float | None) -> float:
    """How far the question is from the paper, on the scale of :data:`PAPER_FIRST`.

    English question: the cosine distance of the nearest paper passage (same
    language: a question about the paper's argument lands within 0.14, one
    about a Korean provision rarely under 0.15). Korean question: how much
    farther the nearest paper passage is than the nearest Korean provision
    (cross-lingual distances are all large; the difference is what separates).
    Thresholds measured for the default embedder (multilingual-e5-small, q4) on
    the tuning sets, ``docs/retrieval-tuning.md``.
    """
    if lang == "en" or nearest_other is None:
        return paper_distance
    return paper_distance - nearest_other


_NAMES_PAPER = re.compile(r"\b(?:the|this|a|policy|research|academic) paper\b|\bpaper's\b|논문"
                          # the paper's own subjects, which no statute of the reference corpus names (a test checks):
                          # the landing plans, the one- or two-level model, the 2022 committee, the government
                          r"|경착륙|연착륙|이원화|일원화|경찰제도발전위원회|윤석열|\b(?:hard|soft)[ -]landing\b|"
                          r"\bdualization\b|\bpolice system development committee\b|\byoon suk[ -]yeol\b|"
                          r"\byoon(?:'s)?\s+(?:government|administration)\b|"
                          # the two-level police the paper assesses, by the English names it goes by ('a two-track police
                          # pilot', 'the dual-model'): the statutes of the corpus know one level of autonomous police
                          r"\b(?:two|2)[- ](?:track|tier|level)\s+(?:autonomous\s+)?(?:police|policing)\b|\bdual[- ](?:model|track)\b|"
                          r"\bdual\s+(?:autonomous\s+)?(?:police|policing)\b|"
                          # electing the committee chairs, one of the paper's proposals (statutes appoint them)
                          r"\b(?:elect(?:s|ed|ing)?|vot(?:e|es|ing)\s+for|direct(?:ly)?\s+elect\w*)\s+(?:the\s+)?"
                          r"(?:head|heads|chair|chairs|chairman|chairmen|chairperson|chairpersons)\s+of\s+(?:the\s+|a\s+)?"
                          r"(?:local|provincial|municipal|city|autonomous|regional)\b[\w\s]{0,30}?\b(?:committee|committees|commission|board)s?\b|"
                          # residents voting for those chairs, in either order ('let residents vote for local police
                          # committee chairs'), and a Korean question about what a plan proposed ('…을 어떻게 뽑자고 했나')
                          r"\b(?:residents|citizens|voters|locals|the\s+public)\b(?:\s+[\w'-]+){0,3}?\s+(?:elect|vote\s+for|choose|pick)\w*\s+"
                          r"(?:(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:committee|commission|board)s?\s+(?:chairs?|chairm[ae]n|chairpersons?)\b"
                          r"|(?:the\s+)?(?:chairs?|chairm[ae]n|chairpersons?)\s+of\b[\w\s]{0,40}?\b(?:committee|commission|board)s?\b)|"
                          r"주민[^.?]{0,15}?경찰위원(?:회|회의)?\s*(?:위원장|장)[^.?]{0,15}?(?:선출|뽑|선거|직선)|"
                          r"경찰위원(?:회|회의)?\s*(?:위원장|장)[^.?]{0,15}?(?:주민\s*직선|직선제|주민이\s*(?:직접\s*)?(?:선출|뽑))|"
                          r"(?<=[가-힣])자고\s*(?:했|하였|제안|주장)|"
                          # (session 34) electing the heads of the police by other words ('elected police committee
                          # chairs', 'residents elect police chiefs', 'electing the heads of the regional police
                          # committees', 'vote for who runs local policing', 'sheriff-style'): the statutes appoint them
                          r"\belect(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:police|policing)\s+(?:[\w'-]+\s+){0,2}?"
                          r"(?:chiefs?|chairs?|chairm[ae]n|chairpersons?|heads?|bosses)\b|"
                          r"\belect(?:s|ed|ing)?\s+(?:the\s+)?(?:chiefs?|chairs?|chairm[ae]n|chairpersons?|heads?)\s+of\s+"
                          r"(?:[\w'-]+\s+){0,4}?(?:police|policing)\b|"
                          r"\b(?:vote|votes|voting|elect|elects|electing)\s+(?:for\s+)?(?:who|whoever)\s+(?:runs|heads|leads|commands)\s+"
                          r"(?:[\w'-]+\s+){0,2}?(?:police|policing)\b|\bsheriffs?\b|"
                          # the paper's two plans by other names ('a radical version of the reform', 'the gentler
                          # transition', 'the bold reform option versus the cautious one', 'which reform route'), and the
                          # Prime Minister's police reform panel (경찰제도발전위원회)
                          r"\b(?:radical|drastic|sweeping|bold|cautious|gentle|gentler|gradual|abrupt)\s+(?:[\w'-]+\s+){0,2}?"
                          r"(?:reforms?|options?|versions?|transitions?|routes?|paths?|scenarios?)\b|"
                          r"\breform\s+(?:options?|routes?|paths?|scenarios?)\b|"
                          r"\bpolice\s+(?:system\s+)?reform\s+(?:panel|committee|commission|council|body)\b",
                          re.IGNORECASE)
PAPER_ONLY_TERMS_KO = ("경착륙", "연착륙", "이원화", "일원화", "경찰제도발전위원회", "윤석열")
"""The Korean words of :data:`_NAMES_PAPER` that name the paper's subjects: no statute uses them."""


_ASKS_FOR_STATUTE = re.compile(
    r"\b(?:which|what)\s+(?:law|laws|statute|statutes|act|acts|provision|provisions|article|articles|clause|clauses|"
    r"legal\s+provision|legal\s+provisions)\b|\bwhere\s+(?:in|does)\s+the\s+(?:law|statute|act)\b|\blegal\s+basis\b|"
    r"어느\s*법|어떤\s*법(?:률|령|\s*조항)?(?:에|이|은|을|에서)|법\s*조항|조문|근거\s*(?:규정|법|조항)|법적\s*근거", re.IGNORECASE)


def asks_for_statute(query: str) -> bool:
    """Does the question ask which law or provision says something ('Which law obliges …', '근거 조문', '어느 법에')?"""
    return bool(_ASKS_FOR_STATUTE.search(query))


def names_paper(query: str) -> bool:
    """Does the question ask for the paper by name ('according to the paper', '…을 제안한 논문')?"""
    return bool(_NAMES_PAPER.search(query))


def place_paper(fused: list[Fused], key: str, lang: str, affinity: float, named: bool = False) -> list[Fused]:
    """``fused`` with the paper passage ``key`` moved up as its affinity warrants (see the module docstring);
    first whatever its affinity when the question names the paper (``named``)."""
    if named or affinity <= PAPER_FIRST[lang]:
        target = 0
    elif affinity <= PAPER_PLAUSIBLE[lang]:
        target = PAPER_PLAUSIBLE_RANK - 1
    else:
        return fused
    current = next((i for i, f in enumerate(fused) if f.id == key), None)
    if current is not None and current <= target:
        return fused
    out = list(fused)
    entry = out.pop(current) if current is not None else Fused(key)
    target = min(target, len(out))
    above = out[target].score if target < len(out) else entry.score
    out.insert(target, Fused(entry.id, max(entry.score, above + 1e-6), dict(entry.ranks)))
    return out


_OTHER_LAW_AMENDMENT = re.compile(r"^다른\s*법(?:률|령)(?:\s*등)?의\s*개정")


def is_other_law_amendment(heading: str | None) -> bool:
    """A 부칙 article amending other laws: 제7조(다른 법률의 개정), 제4조(다른 법령의 개정)."""
    return bool(heading and _OTHER_LAW_AMENDMENT.match(heading.strip()))


def other_places(plan: QueryPlan, doc_places: dict[str, frozenset[str]]) -> set[str]:
    """The ids whose document belongs to a province or city the question does not name ('Gangwon
    audit committee' → the Jeju and Jeonbuk acts); none when the question names no place. A national
    law (no place in its title) is never one of them."""
    if not plan.places:
        return set()
    return {key for key, where in doc_places.items() if where and not where & plan.places}


def national_laws(plan: QueryPlan, doc_places: dict[str, frozenset[str]]) -> set[str]:
    """The ids of national laws (no place in the title) when the question names a place whose own act is
    among the candidates ('Jeju's self-governing police officers retire at …' → the Jeju act's 정년 before the
    Police Officials Act's); none otherwise ('the Seoul Metropolitan Police Agency': Seoul has no act)."""
    if not plan.places or not any(where & plan.places for where in doc_places.values()):
        return set()
    return {key for key, where in doc_places.items() if not where}


_TRANSITION = re.compile(
    r"부칙|경과|시행일|시행\s*(?:전|당시|후|이전)|적용례|개정|종전|당시|출범\s*전|이전에|바뀌기\s*전|명칭\s*변경|"
    r"\b(?:transition\w*|amend\w*|took effect|takes effect|came into (?:force|effect)|enforcement date|"
    r"commencement|former|previous(?:ly)?|renamed|before the \d{4}|until the \d{4}|at the time)\b", re.IGNORECASE)


def asks_about_transition(query: str) -> bool:
    """Does the question ask about an amendment, a transition or a start date (what 부칙 articles hold)?"""
    return bool(_TRANSITION.search(query))


_NAMED_LAWS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), title) for pattern, title in (
        # (how a question names a national statute in English or Korean, a part of its Korean title);
        # the provinces' special acts are named by their place (OTHER_PLACE_FACTOR, NATIONAL_LAW_FACTOR)
        (r"\bpolice officials act\b|경찰공무원법", "경찰공무원법"),
        (r"\blocal public officials act\b|지방공무원법", "지방공무원법"),
        (r"\bpolice act\b|\bpolice organi[sz]ation (?:act|law)\b|"
         r"\bact on the organi[sz]ation and operation of (?:the )?national and autonomous police\b|"
         r"(?<![가-힣])경찰법|국가경찰과\s*자치경찰의\s*조직", "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"),
        (r"\b(?:act|law) on (?:local )?decentrali[sz]ation\b|\bdecentrali[sz]ation (?:act|law)\b|"
         r"\bbalanced (?:regional )?(?:growth|development) act\b|지방자치분권\s*및\s*균형|지방자치분권법|지방분권균형발전법",
         "지방자치분권 및 균형성장에 관한 특별법"),
        (r"\borgani[sz]ation(?:al)? decree\b|직제", "경찰청과 그 소속기관 직제"),
        # a province's special act named as such ('the Gangwon special act'; its decree shares the title)
        (r"\bgangwon(?:'s)? special act\b|강원\s*특별법", "강원특별자치도 설치 및"),
        (r"\bjeju(?:'s)? special act\b|제주\s*특별법", "제주특별자치도 설치 및"),
        (r"\bjeonbuk(?:'s)? special act\b|전북\s*특별법", "전북특별자치도 설치 및"),
        (r"\bsejong(?:'s)? special act\b|세종\s*특별법", "세종특별자치시 설치 등에"),
        (r"\b(?:autonomous police )?committees?(?:'s)? decree\b|\bautonomous police (?:affairs )?decree\b|"
         r"\bdecree on (?:the )?(?:autonomous police affairs|(?:city and |metropolitan and )?provincial autonomous police "
         r"committees?)\b|자치경찰사무와\s*시ㆍ도자치경찰위원회|자치경찰위원회\s*규정",
         "자치경찰사무와 시ㆍ도자치경찰위원회의 조직 및 운영 등에 관한 규정"),
    ))


def named_laws(query: str) -> frozenset[str]:
    """The statutes a question names ('Under the Police Officials Act, …' → 경찰공무원법), as a part of
    their Korean titles; the provinces' special acts are left to :func:`other_places`."""
    return frozenset(title for pattern, title in _NAMED_LAWS if pattern.search(query))


_POLICE_OFFICERS = re.compile(r"\bpolice\s+(?:officers?|officials?)\b|\bpolicem[ae]n\b|경찰공무원|경찰관", re.IGNORECASE)
_LOCAL_OFFICIALS = re.compile(r"\blocal\s+(?:public\s+|civil\s+|government\s+)?(?:officials?|servants?|employees?|"
                              r"civil\s+servants?)\b|\bmunicipal\s+(?:officials?|employees?)\b|지방공무원", re.IGNORECASE)
_OFFICIALS_ACTS = {"police": "지방공무원법", "local": "경찰공무원법"}
"""The act a question about one service is not about (by a part of its Korean title)."""


def officials_of(query: str) -> Literal["police", "local", ""]:
    """Whose service a question is about: police officers ('경찰공무원', 'police officers') or local public officials
    ('지방공무원', 'local civil servants'); '' for neither or both."""
    police, local = bool(_POLICE_OFFICERS.search(query)), bool(_LOCAL_OFFICIALS.search(query))
    return "police" if police and not local else "local" if local and not police else ""


def other_officials(plan: QueryPlan, doc_titles: dict[str, str]) -> set[str]:
    """The ids of the other service's act ('Can police officers join a party?': 지방공무원법 제57조, which says the
    same of local officials), when the question names no law and its own service's act is among the candidates."""
    if not plan.officials or plan.laws:
        return set()
    other = _OFFICIALS_ACTS[plan.officials]
    own = _OFFICIALS_ACTS["local" if plan.officials == "police" else "police"]
    if not any(own in title for title in doc_titles.values()):
        return set()
    return {key for key, title in doc_titles.items() if other in title}


def other_laws(plan: QueryPlan, doc_titles: dict[str, str]) -> set[str]:
    """The ids of documents other than the statutes the question names, when one of those is among
    the candidates (else none: a name the corpus lacks moves nothing)."""
    if not plan.laws:
        return set()
    named = {key for key, title in doc_titles.items() if any(law in title for law in plan.laws)}
    return set(doc_titles) - named if named else set()


def add_lexical_scores(fused: list[Fused], scores: dict[str, float], weight: float) -> list[Fused]:
    """``fused`` with ``weight`` × (BM25 score / the best BM25 score) added to each id's score, re-sorted
    (stable). ``scores``: the best BM25 score of each id (address key)."""
    best = max(scores.values(), default=0.0)
    if weight <= 0 or best <= 0:
        return fused
    out = [Fused(f.id, f.score + weight * scores[f.id] / best, dict(f.ranks)) if f.id in scores else f
           for f in fused]
    return sorted(out, key=lambda f: -f.score)


def demote(fused: list[Fused], ids: set[str], factor: float) -> list[Fused]:
    """``fused`` with the scores of ``ids`` multiplied by ``factor`` (:data:`OTHER_LAW_AMENDMENT_FACTOR` for
    부칙 articles amending other laws, :data:`OTHER_PLACE_FACTOR` for another province's act,
    :data:`NATIONAL_LAW_FACTOR`, :data:`ADDENDUM_FACTOR`), re-sorted (stable)."""
    if not ids or factor == 1.0:
        return fused
    out = [Fused(f.id, f.score * factor, dict(f.ranks)) if f.id in ids else f for f in fused]
    return sorted(out, key=lambda f: -f.score)
