"""Whose views a rule asks for ('이 경우 도지사는 국립수산과학원장의 의견을 들어야 한다'), and whom an
office assists ('기획조정관은 … 경찰청 차장을 보좌한다').

A claim that has the governor hear the Minister instead names two bodies the provision also names (the
Minister is the one whose power moves), so the entity and agent checks pass it. :func:`consulted_conflict`
reads who is heard or consulted in the source and in the claim, and rejects a claim that consults another
body than the source does; :func:`assisted_conflict` does the same for the body an office assists.
"""

from __future__ import annotations

import re

from drafter.citations.analysis import AGENT_LOOKUP, find_entities
from drafter.text.glossary import korean_terms
from drafter.text.lazy_regex import lazy_compile

_FORMS_OF: dict[str, set[str]] = {}
for _form, _key in AGENT_LOOKUP.items():
    if re.search(r"[가-힣]", _form):
        _FORMS_OF.setdefault(_key, set()).add(_form)
"""Each body's Korean forms: a claim's body is heard in the source when one of them is in the words heard."""

_HEARD_KO = lazy_compile(r"(?<![가-힣ㆍ·])((?:[가-힣ㆍ·]+의\s)?[가-힣ㆍ·]+?)(?:의|에게)\s*(?:의견|자문)을\s*(?:들|청취|구하|요청|수렴)"
                         r"|(?<![가-힣ㆍ·])((?:[가-힣ㆍ·]+의\s)?[가-힣ㆍ·]+?)(?:와|과)\s*(?:미리\s*)?협의")
"""Who is heard ('국립수산과학원장의 의견을 들어야') or consulted ('관계 중앙행정기관의 장과 협의하여'): the words before."""
_HEARD_EN = lazy_compile(
    r"\b(?:hear|hears|heard|hearing|seek|seeks|sought|ask(?:s|ed)?\s+for|get|gets|obtain(?:s|ed)?|listen(?:s|ed)?\s+to)\s+"
    r"(?:the\s+)?(?:views?|opinions?|input|advice)\s+of\s+([^,.;]{3,80})"
    r"|\bconsult(?:s|ed|ing)?\s+(?:with\s+)?([^,.;]{3,80})"
    r"|\bin consultation with\s+([^,.;]{3,80})"
    r"|\bhear(?:s|d|ing)?\s+(?:from\s+)?([^,.;]{3,80})", re.IGNORECASE)


_SPAN_START = lazy_compile(r".*(?:[은는]\s|\.\s?|경우\s|때에는\s|하여\s|하고\s)", re.DOTALL)


def heard_in_source(text: str) -> list[str]:
    """The words naming whom a Korean provision hears or consults: the name before 의 의견을 / 와 협의, with the
    names joined to it ('관계 중앙행정기관의 장 및 … 시장ㆍ군수ㆍ구청장과 협의하여'), not the subject before them."""
    spans: list[str] = []
    for m in _HEARD_KO.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        cut = _SPAN_START.match(before)
        spans.append((before[cut.end() :] if cut else before) + (m.group(1) or m.group(2)))
    return spans


def heard_in_claim(text: str) -> set[str]:
    """The bodies (entity keys) a claim has heard or consulted."""
    out: set[str] = set()
    if re.search(r"[가-힣]", text) and not _HEARD_EN.search(text):
        for m in _HEARD_KO.finditer(text):
            out |= set(find_entities(m.group(1) or m.group(2)))
        return out
    for m in _HEARD_EN.finditer(text):
        span = next(g for g in m.groups() if g)
        out |= set(find_entities(re.split(r"\b(?:before|when|if|after|and then|who|which|to)\b", span)[0]))
    return out


def consulted_conflict(claim: str, source: str) -> str | None:
    """The claim has the rule consult another body than its source consults."""
    theirs = heard_in_source(source)
    if not theirs:
        return None
    mine = heard_in_claim(claim)
    if mine and not any(form in span for key in mine for form in _FORMS_OF.get(key, {key}) for span in theirs):
        return (f"body mismatch: the source asks for the views of {', '.join(theirs)}, "
                f"not {', '.join(sorted(mine))}")
    return None


_ASSISTED_KO = lazy_compile(r"(?<![가-힣ㆍ·])((?:[가-힣ㆍ·]+\s)?[가-힣ㆍ·]+?)(?:을|를)\s*(?:보좌|보조)")
"""Whom an office assists: '경찰청 차장을 보좌한다' (the one or two words before 을/를 보좌)."""
_ASSISTED_EN = lazy_compile(r"\b(?:assist(?:s|ed|ing)?|aid(?:s|ed)?|support(?:s|ed)?)\s+(?:the\s+)?([^,.;]{3,80}?)"
                            r"(?=\s+(?:on|in|with|by|regarding|concerning|for|across|as)\b|[,.;]|$)", re.IGNORECASE)


def assisted_conflict(claim: str, source: str) -> str | None:
    """The claim has an office assist another body than the one its source names ('assists the National Police
    Committee' where the office assists the deputy commissioner)."""
    theirs = [m.group(1) for m in _ASSISTED_KO.finditer(source)]
    if not theirs or not find_entities(" ".join(theirs)):
        return None
    pattern = _ASSISTED_KO if re.search(r"[가-힣]", claim) and not _ASSISTED_EN.search(claim) else _ASSISTED_EN
    mine = {key for m in pattern.finditer(claim) for key in find_entities(m.group(1))}
    if mine and not any(form in span for key in mine for form in _FORMS_OF.get(key, {key}) for span in theirs):
        return f"body mismatch: in the source the office assists {', '.join(theirs)}, not {', '.join(sorted(mine))}"
    return None


_CONSENT_KO = lazy_compile(r"(?<![가-힣ㆍ·])((?:[가-힣ㆍ·]+의\s)?[가-힣ㆍ·]+?)의\s*(?:동의|승인|인가|의결|추천|제청)(?:을|를)?\s*"
                           r"(?:받|얻|거치|거쳐)")
"""Whose consent or approval a rule needs: '도의회의 동의를 받아', '도지사의 승인을 받아야'."""
_CONSENT_EN = lazy_compile(
    r"\b(?:consent|approval|sign-off|endorsement|go-ahead|authori[sz]ation|recommendation|nomination)\s+(?:of|from|by)\s+"
    r"(?:the\s+)?([^,.;]{3,80}?)(?=\s+(?:before|when|if|after|and|or|to|for|is|are|must|may|can)\b|[,.;]|$)"
    # 'with the governor's consent': the words before the possessive, not across a preposition
    r"|\b((?:(?!(?:with|by|of|from|and|or|to|for|under|on|after|before)\b)[\w-]+\s+){0,3}[\w-]+)['’]s?\s+"
    r"(?:prior\s+)?(?:consent|approval|sign-off|endorsement|go-ahead|recommendation|nomination)\b", re.IGNORECASE)


def consent_givers(claim: str) -> set[str]:
    """The bodies (entity keys) whose consent or approval a claim names ('with the governor's consent',
    '도의회 동의를 받아')."""
    if re.search(r"[가-힣]", claim) and not _CONSENT_EN.search(claim):
        mine = {key for m in _CONSENT_KO.finditer(claim) for key in find_entities(m.group(1))}
    else:
        mine = {key for m in _CONSENT_EN.finditer(claim) for key in find_entities(next(g for g in m.groups() if g))}
    return {key for key in mine if "|" not in key}  # 'superintendent' is a police rank and an education office


def consenter_conflict(claim: str, source: str) -> str | None:
    """The claim needs the consent of another body than its source does: 'appointed by the provincial council
    with the governor's consent' where '도의회의 동의를 받아 도지사가 임명한다'."""
    theirs = [m.group(1) for m in _CONSENT_KO.finditer(source)]
    if not theirs or not find_entities(" ".join(theirs)):
        return None
    mine = consent_givers(claim)
    if mine and not any(form in span for key in mine for form in _FORMS_OF.get(key, {key}) for span in theirs):
        return (f"body mismatch: the source needs the consent or approval of {', '.join(theirs)}, "
                f"not {', '.join(sorted(mine))}")
    if not mine and not re.search(r"[가-힣]", claim):
        # a body the tables do not know ('the consent of the Support Committee' where 도의회의 동의): none of its
        # words' Korean terms is anywhere in the source ('on the Interior Minister's recommendation' names the
        # 행정안전부장관 of its 제청, not the body whose 동의 it needs)
        for m in _CONSENT_EN.finditer(claim):
            giver = next(g for g in m.groups() if g)
            words = re.findall(r"[A-Za-z]+", giver)
            terms = [korean_terms(w) for w in words if w.lower() not in _GENERIC_EN]
            if _BODY_HEAD_EN.intersection(w.lower() for w in words) and any(terms) \
                    and not any(t in source for ts in terms for t in ts):
                shown = re.sub(r"^.*?\bthe\s+", "", giver)  # ('get the Support Committee'’s consent)
                return f"body mismatch: the source needs the consent or approval of {', '.join(theirs)}, not {shown}"
    return None


_GENERIC_EN = frozenset({"the", "a", "an", "its", "their", "his", "her", "relevant", "competent", "prior"})
_BODY_HEAD_EN = frozenset({"committee", "commission", "council", "board", "minister", "ministry", "agency", "office",
                           "governor", "mayor", "president", "chair", "chairperson", "commissioner", "superintendent",
                           "assembly", "legislature"})
"""The head noun of a body's name: a phrase without one ('local lawmakers') is not judged by its words."""
