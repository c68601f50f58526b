"""A claim that says its rule with another verb: what must still agree with the source.

The support judge checks negation and modality on the claim's main verb where
the source uses that verb. A paraphrase often changes the verb too ('빈자리를
채울 때는 … 먼저 써야 한다' for '결원을 보충할 때에는 … 우선하여 임용하여야
한다'; 'receive no allowances' for '수당을 지급할 수 있다'); then the sentence
as a whole must carry those checks:

- :func:`polarity_conflict`: before the multilingual embedding may accept a
  claim whose words and verb differ from the passage, the claim's modality must
  be the one every clause of the citation ends with (no mixed grant-and-deny);
- :func:`negation_unstated`: a claim accepted on its words, not its verb, that
  says in so many words that something is not done needs a passage that says no;
- :func:`missing_bodies`: an office or body the claim names that the passage
  lacks is who acts, never a wording the embedding may excuse.

Each test here rejects; none accepts on its own.
"""

from __future__ import annotations

import re

from drafter.citations.analysis import TextFeatures, english_modality, stem_en
from drafter.citations.bounds import permitted_until_bar
from drafter.citations.korean_surface import korean_modality
from drafter.text.lazy_regex import lazy_compile

NEGATIVE = frozenset({"neg", "must_not", "need_not"})
"""Modalities that say something is not done, may not or need not be done."""

SAME_FORCE: dict[str, frozenset[str]] = {
    "must": frozenset({"must", "decl"}), "decl": frozenset({"must", "decl"}), "may": frozenset({"may"}),
    "must_not": frozenset({"must_not"}), "neg": frozenset({"neg"}), "need_not": frozenset({"need_not"}),
}
"""Claim modality → the passage modalities that state it when the verb differs. Stricter than the checks on
a stated verb: without it, '하지 않는다' may deny the rule itself ('금지하는 규정은 없음'), not restate a ban."""

_LIFTED_KO = lazy_compile(r"(?:제한|금지|규제|구속|제약|막)[가-힣]{0,4}\s*(?:받지|되지|하지|당하지)?\s*(?:않|아니|없)")
_LIFTED_EN = lazy_compile(
    r"\b(?:not|no|never|without)\s+(?:\w+\s+){0,2}(?:restrict\w*|prohibit\w*|ban\w*|barr\w*|forbid\w*|limit\w*"
    r"|constrain\w*)|\bfree\s+to\b|\bno\s+(?:restriction|limit|ban|bar)\w*", re.IGNORECASE)
"""'제한을 받지 않는다', 'is not restricted', 'free to': a restriction denied is a permission, not a negation."""

_CLAUSE_SPLIT = lazy_compile(r"[,;]\s*|(?<=다\.)\s+|(?<=며)\s+|(?<=[.!?])\s+(?=[A-Z])")
_CLAUSE_END_KO = lazy_compile(r"(?:다\.?|며|함|음|됨|것\.?)$")

_BODY_EN = frozenset({
    "committee", "council", "commission", "board", "minister", "ministry", "mayor", "governor", "director",
    "chief", "head", "chair", "chairman", "chairperson", "commissioner", "officer", "official", "agency",
    "bureau", "office", "president", "superintendent", "secretary", "deputy", "vice", "assembly",
})
_BODY_EN_STEMS = frozenset(stem_en(word) for word in _BODY_EN) | _BODY_EN
_BODY_KO = lazy_compile(r"(?:장|관|위원|군수|의회|회의|센터|공사|공단)$|[가-힣]{2,}(?:위원회|청|처|부|국|과|실|단|원)$")
"""An office, body or rank a claim names: another one in the source is who acts, not a wording."""


_DISCRETION_KO = lazy_compile(r"(?:(?:할|될|줄|둘|갈|볼|낼|쓸|열|올|칠|을)지|할\s*것인지|할지\s*여부)(?:는|를|의)?\s*[^.]{0,24}?"
                              r"(?:재량|선택\s*사항|자유(?:다|이다|예요|입니다)|임의적|임의\s*사항|선택적)"
                              r"|재량(?:에\s*(?:맡|달려)|으로\s*정)")
"""'취소할지는 도지사 재량에 맡겨져 있다', '제복을 입을지는 본인이 판단할 선택 사항이에요', '보낼지 여부는 임의적이다':
whether to act is left to someone, a permission."""


_WHETHER_LEFT_OPEN_EN = lazy_compile(
    r"^\s*whether\b[^.;]{0,200}?\b(?:is|are)\s+(?:entirely\s+|wholly\s+)?(?:left\s+(?:up\s+)?to|up\s+to|a\s+matter\s+for)\b"
    r"|\bleft\s+(?:entirely\s+)?(?:up\s+)?to\s+[\w' -]{1,60}?\s+to\s+(?:decide|determine|choose)\b"
    r"|\bit\s+is\s+(?:entirely\s+)?up\s+to\s+[\w' -]{1,40}?\s+whether\b"
    r"|\b(?:left|is|are)\s+(?:entirely\s+)?free\s+to\s+(?:decide|choose|determine)\s+whether\b"
    r"|\b(?:is|are|be)\s+(?:entirely\s+|purely\s+|merely\s+)?(?:optional|discretionary)\b|\boptional\s+for\b", re.IGNORECASE)
"""'Whether to set up … is left to each governor to decide', 'it is up to the committee whether …', 'is left free to
decide whether to …', 'it is optional for the Commissioner General to announce it': whether to act at all, left to
someone."""


def leaves_whether_open(claim: TextFeatures) -> bool:
    """Does the claim leave whether the act is done to someone's choice ('공표할지는 위원회 선택 사항', 'whether to set
    it up is left to the governor')?"""
    return bool((_DISCRETION_KO if claim.lang == "ko" else _WHETHER_LEFT_OPEN_EN).search(claim.text))


def claim_modality(claim: TextFeatures) -> str:
    """The claim's main modality; a restriction it denies ('제한을 받지 않는다') or an act left to an office's
    discretion ('할지는 … 재량에 맡겨져 있다') reads as a permission."""
    text = claim.text
    if (_LIFTED_KO if claim.lang == "ko" else _LIFTED_EN).search(text):
        return "may"
    if claim.lang == "ko" and _DISCRETION_KO.search(text):
        return "may"
    if claim.predicates:
        return claim.predicates[-1].modality
    return english_modality(text) if claim.lang == "en" else korean_modality(text.strip()[-14:])


def clause_modalities(passage: str, lang: str) -> set[str]:
    """The modality of each clause that ends a sentence or a -며 conjunct of ``passage``."""
    found: set[str] = set()
    for part in _CLAUSE_SPLIT.split(passage.strip()):
        part = part.strip()
        if not part:
            continue
        if lang == "en":
            found.add(english_modality(part))
        elif _CLAUSE_END_KO.search(part):
            found.add(korean_modality(part[-14:]))
    return found


def polarity_conflict(claim: TextFeatures, passage: str, passage_negated: bool, lang: str) -> str | None:
    """Why a claim whose verb the passage does not use cannot be said to state it, or None."""
    modalities = clause_modalities(passage, lang)
    if not modalities:
        return "the passage ends no clause the claim's modality can be read against"
    if modalities & NEGATIVE and modalities - NEGATIVE:
        return "the passage both grants or requires and denies: which clause the claim restates is not clear"
    mine = claim_modality(claim)
    if not all(m in SAME_FORCE.get(mine, frozenset()) for m in modalities):
        return f"the claim's modality ({mine}) is not the passage's ({', '.join(sorted(modalities))})"
    if claim.has_negation and mine not in NEGATIVE and mine != "may" and not passage_negated:
        return "the claim negates something; the passage negates nothing"
    return None


def missing_bodies(missing: list[str], lang: str) -> list[str]:
    """The offices and bodies among the claim's words the passage lacks."""
    if lang == "en":
        return [w for w in missing if w.lower() in _BODY_EN_STEMS or stem_en(w.lower()) in _BODY_EN_STEMS]
    return [w for w in missing if len(w) > 1 and _BODY_KO.search(w)]


_SAYS_NO_KO = lazy_compile(r"아니|않|없|못|안\s*(?:된|되|돼)|금지|제외|면제|배제|정지|결격|상한|이내|이하|미만|초과|한정|말아야|말\s*것")
_SAYS_NO_EN = lazy_compile(r"\b(?:not|no|never|without|except|nor|neither|none|nobody|only|exempt\w*|prohibit\w*|forbid\w*"
                           r"|ban\w*|bar\w*|limit\w*|exceed\w*|at most|up to|suspend\w*|exclud\w*)\b|n't\b", re.IGNORECASE)
"""What says no in a passage: a negation, a ban, an exemption, a ceiling or an exclusion."""


def _says_no(text: str) -> bool:
    return bool(_SAYS_NO_KO.search(text) or _SAYS_NO_EN.search(text))


_DENIED_ACT_KO = lazy_compile(r"([가-힣]{2,})(?:하|되)지\s*(?:않|아니)")


def _prefix_negated(written: str, passage: str) -> bool:
    """'회의는 비공개로 진행된다' for '회의는 공개하지 않는다': the claim says no with a prefix (비-, 불-, 미-) on the very
    act the passage denies."""
    return any(re.search(rf"(?<![가-힣])[비불미]{re.escape(m.group(1))}", written)
               for m in _DENIED_ACT_KO.finditer(passage))


def negation_unstated(claim: TextFeatures, written: str, passage: str) -> str | None:
    """A claim that says in so many words (``written``: the claim as written, before any folding) that
    something is not done ('receive no allowances', '두지 않는다') against a passage that says no nowhere; a
    restriction the claim denies ('제한을 받지 않는다', 'is not banned') against a ban; or an English claim that
    denies a protection ('get no protection from disadvantages') or insists the act still happens ('… still
    takes part') against a sentence that denies or excludes it."""
    if claim_modality(claim) in NEGATIVE and _says_no(written) and not _says_no(passage):
        return "the claim says it is not done; the source's sentence says no such thing"
    lang = "ko" if re.search(r"[가-힣]", passage) else "en"
    lifted = (_LIFTED_KO if claim.lang == "ko" else _LIFTED_EN).search(claim.text)
    if lifted and "must_not" in clause_modalities(passage, lang):
        return "the claim lifts a restriction the source imposes"
    unprotected = (_UNPROTECTED_EN if claim.lang == "en" else _UNPROTECTED_KO).search(written)
    if unprotected and clause_modalities(passage, lang) & NEGATIVE:
        return "the claim denies the protection the source gives (what the source rules out may happen)"
    ends = clause_modalities(passage, lang)
    if lang == "ko" and ends and ends <= {"neg", "must_not"} and claim_modality(claim) in ("decl", "must") \
            and not claim.has_negation and not _prefix_negated(written, passage) \
            and not _REFRAIN.search(written):
        # 'International schools … are, as a rule, run under the Early Childhood Education Act …' against '…
        # 「유아교육법」 … 을 적용하지 아니한다': every clause of the source says no; the claim says yes
        return "the source's sentence says it is not done; the claim says it is"
    if claim.lang == "en" and _CONCESSIVE_EN.search(written) and claim_modality(claim) not in NEGATIVE \
            and ((ends and ends <= NEGATIVE) or _EXCLUDES_KO.search(passage)) \
            and not permitted_until_bar(written, claim.lang, passage):  # ('can still be requested up to ten years after')
        return "the claim says it still happens; the source's sentence denies or excludes it"
    return None


_REFRAIN = lazy_compile(r"\b(?:refrain\w*|abstain\w*|avoid\w*|prohibit\w*|forbid\w*|ban\w*|barr\w*|off[- ]limits|"
                     r"keep\w*\s+(?:\w+\s+)?(?:from|out|secret|confidential)|stay\w*\s+out|exempt\w*|exclud\w*|immun\w*|"
                     r"protect\w*|shield\w*|lapse\w*|expire\w*|los[et]\w*|forfeit\w*|ineligib\w*|disqualif\w*)\b"
                     r"|삼가|금지|금한|제외|면제|배제|보호|상실|잃|결격|자제|피해야|피하", re.IGNORECASE)
"""A claim that says no with a positive verb ('must refrain from', 'is barred', '비밀을 지켜야', '삼가야'): not a yes."""
_UNPROTECTED_EN = lazy_compile(r"\b(?:no|not|never|without|lacks?|lacking)\s+(?:\w+\s+){0,2}?(?:protect\w*|safeguard\w*|"
                               r"shield\w*|immun\w*)|\bunprotected\b", re.IGNORECASE)
"""'get no protection from disadvantages', 'are not protected from being disadvantaged': a double negative
against '불이익을 받지 아니한다' (what the source rules out, the claim lets happen)."""
_UNPROTECTED_KO = lazy_compile(r"보호(?:를)?\s*(?:받지|받을\s*수\s*없|되지)|보호받지|보장(?:을)?\s*(?:받지|되지)\s*(?:않|못)")
"""'불이익에 대해 따로 보호받지 못한다' against '불이익을 받아서는 아니 된다': the same double negative in Korean."""
_CONCESSIVE_EN = lazy_compile(r"\b(?:still|even\s+(?:if|though|when|where|so)|regardless|nonetheless|nevertheless|anyway)\b",
                              re.IGNORECASE)
"""'… still takes part', 'even so, … is paid': a claim that insists the act happens in a case."""
_EXCLUDES_KO = lazy_compile(r"(?:제척|제외|배제|면제|정지)(?:\([^)]*\))?(?:된다|한다|하며|되며|받는다)")
"""A source sentence that takes the case out: '심의ㆍ의결에서 제척(除斥)된다', '… 적용을 배제한다'."""


_STEPS = {"consent": "동의", "approval": "승인", "deliberation": "심의", "resolution": "의결", "consultation": "협의",
          "permission": "허가", "permit": "허가", "authorization": "인가", "authorisation": "인가", "hearing": "청문",
          "recommendation": "추천", "agreement": "동의"}
_WITHOUT_STEP_EN = lazy_compile(
    r"\b(?:without|skip\w*|bypass\w*|dispens\w*\s+with|waiv\w*)\s+"
    r"(?:(?:first|prior|any|the|a|an|its|their|his|her|having|to|even)\s+)*"
    r"(?:(?:secur|obtain|get|seek|receiv|gain|hav)\w*\s+)?(?:[\w'-]+\s+){0,5}?(" + "|".join(_STEPS) + r")\b",
    re.IGNORECASE)


_SKIP_STEP_KO = lazy_compile(r"(동의|승인|심의|의결|협의|허가|인가|청문|추천)(?:\s*절차)?(?:를|을)?\s*(?:생략|건너뛰|건너뜀)")
"""'도의회 동의 절차를 생략하고': the step skipped (a bare '동의 없이' is read as a negation already)."""


def skipped_step(claim: TextFeatures, written: str, passage: str) -> str | None:
    """'… can designate them without first securing the provincial council's consent', '동의 절차를 생략하고'
    against '도의회의 동의를 받아 … 지정할 수 있다': the claim does without a step the source requires."""
    found = [(m.group(1).lower(), _STEPS[m.group(1).lower()]) for m in _WITHOUT_STEP_EN.finditer(written)] \
        if claim.lang == "en" else [(m.group(1), m.group(1)) for m in _SKIP_STEP_KO.finditer(written)]
    for said, step in found:
        required = re.search(rf"{step}(?:ㆍ[가-힣]+)?(?:를|을)?\s*(?:받아|받고|받은\s*후|거쳐|거치고|거친\s*후|얻어|얻고)",
                             passage)
        waived = re.search(rf"{step}[^.]{{0,8}}?(?:없이|받지\s*(?:아니|않)|거치지\s*(?:아니|않)|생략)", passage)
        if required and not waived:
            what = step if said == step else f"{said} ({step})"
            return f"negation mismatch: the claim does without the {what} the source requires"
    return None
