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

import re
from collections.abc import Callable, Sequence

from pydantic import BaseModel, Field

from drafter.citations.analysis import (
    TextFeatures,
    analyze,
    analyze_source,
    normalize,
    stem_en,
    words_outside_entities,
)
from drafter.citations.korean_surface import lemma_present, negation_state
from drafter.citations.lexicon import ENTITIES, GLOSSARY_EN_KO, NEGATABLE_EN
from drafter.text.sentences import SENTENCE_BREAK as SENTENCE_SPLIT

Similarity = Callable[[str, Sequence[str]], list[float]]
"""``similarity(claim, passages)`` → one cosine similarity per passage."""

QUOTE = re.compile(r'"([^"]{2,})"|\'([^\']{4,})\'|「([^」]+)」|『([^』]+)』')

HANGUL_WORD = re.compile(r"^[가-힣]+$")
_ACCEPTS = {e.key: set(e.accepts) for e in ENTITIES}


class SupportThresholds(BaseModel):
    """Coverage a claim needs. Set once from the drafting task (a claim may
    rephrase, not add), checked on the dev set and on hand-written pairs;
    not fitted to any one set."""

    korean: float = Field(0.75, description="share of the claim's Korean content morphemes found in the source")
    english: float = Field(0.75, description="share of English content stems found (English source)")
    cross_lingual: float = Field(0.7, description="share of glossary-known English words whose Korean equivalent is found")
    min_glossary_terms: int = Field(3, description="fewer known words than this: the glossary cannot judge")
    similarity: float = Field(0.86, description="embedding similarity needed when only embeddings can judge")


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


def _entity_attested(key: str, source: frozenset[str]) -> bool:
    if key in source:
        return True
    if any(other.startswith(key) for other in source):  # 행정안전부 ↔ 행정안전부장관
        return True
    return bool(_ACCEPTS.get(key, set()) & source)


def _glossary_targets(word: str) -> tuple[str, ...] | None:
    stem = stem_en(word)
    for key, targets in GLOSSARY_EN_KO.items():
        if stem == key or word == key or (len(key) >= 4 and stem.startswith(key)) \
                or (len(stem) >= 4 and key.startswith(stem) and len(key) - len(stem) <= 2):
            return targets
    return None


def lexical_coverage(claim: TextFeatures, source: TextFeatures) -> tuple[float | None, int, list[str]]:
    """``(coverage, known, missing)``: share of the claim's content found in the source."""
    squashed = re.sub(r"\s+", "", source.text)
    if claim.lang == source.lang:
        lemmas = claim.lemmas
        if not lemmas:
            return None, 0, []
        if claim.lang == "ko":
            missing = sorted(lemma for lemma in lemmas if not lemma_present(lemma, source.text, squashed))
        else:
            missing = sorted(lemma for lemma in lemmas if lemma not in source.lemmas)
        return 1 - len(missing) / len(lemmas), len(lemmas), missing
    if claim.lang == "en" and source.lang == "ko":
        known = 0
        missing: list[str] = []
        seen: set[str] = set()
        for word in words_outside_entities(claim.text):
            stem = stem_en(word)
            if stem in seen:
                continue
            targets = _glossary_targets(word)
            if targets is None:
                continue
            seen.add(stem)
            known += 1
            if not any(lemma_present(t, source.text, squashed) for t in targets):
                missing.append(word)
        # the bodies and offices it names count as known terms; the entity
        # check has already found each of them in the source
        known += len(claim.entities)
        if known == 0:
            return None, 0, []
        return 1 - len(missing) / known, known, missing
    return None, 0, []


def _negation_conflict(claim: TextFeatures, source: TextFeatures) -> str | None:
    if claim.lang == "en" and source.lang == "en":
        for lemma in claim.negated:
            if lemma in source.lemmas and lemma not in source.negated:
                return f"the claim negates {lemma!r}; the source does not"
        for lemma in claim.affirmed:
            if lemma in source.negated and lemma not in source.affirmed:
                return f"the source negates {lemma!r}; the claim does not"
        return None
    if source.lang != "ko":
        return None
    if claim.lang == "ko":
        for lemma in sorted(claim.lemmas):
            if not HANGUL_WORD.match(lemma) or len(lemma) < 2:
                continue  # hanja glosses (遺棄), Latin words and one-syllable stems are too ambiguous
            state = negation_state(lemma, source.text)
            if state is None:
                continue
            negated, affirmed = state
            if lemma in claim.negated and not negated:
                return f"the claim negates {lemma!r}; the source does not"
            if lemma in claim.affirmed and lemma not in claim.negated and negated and not affirmed:
                return f"the source negates {lemma!r}; the claim does not"
        return None
    for word in claim.words:  # English claim, Korean source
        stem = stem_en(word)
        targets = _glossary_targets(word)
        if not targets or not any(stem == k or stem.startswith(k) for k in NEGATABLE_EN):
            continue
        states = {t: negation_state(t, source.text) for t in targets if len(t) > 1}
        present = {t: st for t, st in states.items() if st is not None}
        if not present:
            continue
        if stem in claim.negated and not any(st[0] for st in present.values()):
            return f"the claim negates {word!r}; the source does not"
        if stem in claim.affirmed and stem not in claim.negated and all(st[0] and not st[1] for st in present.values()):
            return f"the source negates {'/'.join(present)}; the claim does not"
    return None


def _check_against(
    claim: TextFeatures, source: TextFeatures, limits: SupportThresholds, context: TextFeatures | None = None
) -> Judgement:
    """Steps 2–6 against one passage (``source``: the passage with its context).

    Every verdict carries the overlap, so the caller reports the rejection
    of the passage that matched the claim best.
    """
    coverage, known, missing = lexical_coverage(claim, source)
    extra_numbers = sorted(claim.numbers - source.numbers)
    if extra_numbers:
        return Judgement(supported=False, coverage=coverage, reason=f"number mismatch: {', '.join(extra_numbers)} not in the source")
    absent = sorted(e for e in claim.entities if not _entity_attested(e, source.entities))
    if absent:
        named = ", ".join(sorted(source.entities)) or "none"
        return Judgement(supported=False, coverage=coverage, reason=f"entity mismatch: {', '.join(absent)} not named in the source (it names: {named})")
    if claim.lang == "en" and source.lang == "en":
        source_words = set(re.findall(r"[a-z]+", source.text.lower()))
        names = sorted(n for n in claim.names if n not in source_words)
        if names:
            return Judgement(supported=False, coverage=coverage, reason=f"name mismatch: {', '.join(names)} not in the source")
    strong = sorted(claim.strong - source.strong)
    if strong:
        return Judgement(supported=False, coverage=coverage, reason=f"the claim asserts {', '.join(strong)!r}; the source does not")
    conflict = _negation_conflict(claim, source)
    if conflict:
        return Judgement(supported=False, coverage=coverage, reason=f"negation mismatch: {conflict}")
    if coverage is None:
        return Judgement(supported=False, reason="no content words to compare", coverage=None)
    if claim.lang == source.lang:
        need = limits.korean if claim.lang == "ko" else limits.english
    else:
        if known < limits.min_glossary_terms:
            return Judgement(supported=False, reason=f"too few known terms to judge ({known})", coverage=coverage)
        need = limits.cross_lingual
    if coverage < need:
        return Judgement(
            supported=False, coverage=coverage,
            reason=f"low overlap {coverage:.2f} < {need:.2f}; missing: {', '.join(missing[:6])}",
        )
    if context is not None:
        # what the claim adds beyond the heading must be in the passage itself
        _, _, beyond_heading = lexical_coverage(claim, context)
        if beyond_heading:
            found = 1 - len(set(missing) & set(beyond_heading)) / len(beyond_heading)
            if found < need:
                return Judgement(
                    supported=False, coverage=coverage,
                    reason=f"the passage does not state {', '.join(sorted(set(missing))[:6])} (only the heading matches)",
                )
    return Judgement(supported=True, coverage=coverage, reason=f"stated in the source (overlap {coverage:.2f})")


ITEM_LINE = re.compile(r"^\s*(?:\d+(?:의\d+)?\.|[가-하]\.|\d+\))\s")


def source_windows(text: str, *, whole_document: bool = False, multi_sentence: bool = False) -> list[str]:
    """The passages a claim may be matched against, smallest first.

    One sentence, a list's lead sentence with one of its items, or the lead
    with all items. Adjacent sentences (and a whole provision) only for a
    claim that is itself several sentences, or for a paper: a one-sentence
    claim that borrows a word from one sentence and another word from the
    next is stated by neither.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    lead: list[str] = []
    items: list[str] = []
    for ln in lines:
        (items if ITEM_LINE.match(ln) else lead if not items else items).append(ln.strip())
    sentences = [s.strip() for s in SENTENCE_SPLIT.split(" ".join(lead)) if s.strip()]
    windows = list(sentences)
    if whole_document or multi_sentence:
        # papers run an argument across sentences; statutes state one rule a sentence
        windows += [f"{a} {b}" for a, b in zip(sentences, sentences[1:])]
    if items:
        head = sentences[-1] if sentences else ""
        windows += [f"{head} {item}".strip() for item in items]
        windows.append(" ".join([head, *items]).strip())
    if multi_sentence and not whole_document and len(sentences) > 2:
        windows.append(" ".join(sentences))
    if not windows:
        windows = [text]
    return windows


def judge_support(
    claim: str,
    source_text: str,
    *,
    context: str = "",
    whole_document: bool = False,
    similarity: Similarity | None = None,
    thresholds: SupportThresholds | None = None,
) -> Judgement:
    """Does ``source_text`` state ``claim``?

    ``context``: the article heading and, for a 호 or 목, the lead sentence
    of its 항 (``제9조(국가경찰위원회 위원의 임기 …)``): a cited 항 often
    leaves its subject to the heading, so bodies and words found there count.
    ``whole_document``: the citation names a whole paper: the claim is
    judged against its best-matching sentence (or pair of sentences).
    """
    limits = thresholds or SupportThresholds()
    for passage in quoted_passages(claim):
        if _squash(passage) not in _squash(source_text):
            return Judgement(supported=False, reason=f"quoted passage not in the source: {passage!r}")
    claim_f = analyze(claim)
    context_f = analyze_source(context) if context.strip() else None
    multi = len([p for p in SENTENCE_SPLIT.split(normalize(claim).strip()) if p.strip()]) > 1
    windows = source_windows(source_text, whole_document=whole_document, multi_sentence=multi)
    best: Judgement | None = None
    best_evidence: str | None = None
    for window in windows:
        verdict = _check_against(
            claim_f, analyze_source(f"{context}\n{window}" if context_f else window), limits, context_f
        )
        if best is None or _rank(verdict) > _rank(best):
            best, best_evidence = verdict, window
        if verdict.supported and (verdict.coverage or 0) >= 0.999:
            break
    assert best is not None
    if not best.supported and similarity is not None and best.reason.startswith("too few known terms"):
        scores = similarity(claim, windows)
        top = max(range(len(scores)), key=scores.__getitem__)
        score = scores[top]
        if score >= limits.similarity:
            return Judgement(supported=True, similarity=score, evidence=windows[top],
                             reason=f"embedding similarity {score:.2f} ≥ {limits.similarity:.2f}")
        return Judgement(supported=False, similarity=score, evidence=windows[top],
                         reason=f"embedding similarity {score:.2f} < {limits.similarity:.2f}")
    return best.model_copy(update={"evidence": best_evidence})


def _rank(j: Judgement) -> tuple[int, float]:
    return (1 if j.supported else 0, j.coverage or 0.0)

