"""Fast surface checks on Korean *source* text, driven by the claim's lemmas.

Claims go through Kiwi (their morphemes are what is compared); the cited
passage does not need a full analysis: we only ask whether each claim lemma
occurs in it (also in its contracted forms: 하다 → 한다/할/함/해, 두다 → 둔다)
and whether that occurrence is negated (``연임할 수 없다``, ``면직되지
아니한다``, ``공표해서는 안 된다``). That keeps the checker far above 1000
(claim, citation) pairs a second on a CPU, even when every passage is new.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.citations.lexicon import STRONG_WORDS_KO
from drafter.text.lazy_regex import lazy_compile

_BASE, _FINALS = 0xAC00, 28
FINAL_N, FINAL_L, FINAL_M, FINAL_B, FINAL_SS = 4, 8, 16, 17, 20
NEGATION = lazy_compile(r"수\s*없|아니|아닌|않|못\s*(?:하|한|할|함|해|했)|안\s*된|안\s*돼|없(?!이|어지|어져|어졌|애)(?=[가-힣])")
CLAUSE_BREAK = lazy_compile(r"[,.;:]|며\s|(?<=다)\s")
COORDINATED = lazy_compile(r"^(?:하|되)?(?:거나|든지|든가)")
LIGHT = lazy_compile(r"^(?:[권적성화]?[이가은는을를도]|[하해되돼될된할한함됨지게]\S*|\(\S*\)\S*)$")
"""What may follow a predicate, attached, before its negation: a particle, a
light verb or ending ('되지', '해서는', '할'), or a hanja gloss ('(連任)할')."""


def _with_final(syllable: str, final: int) -> str | None:
    code = ord(syllable) - _BASE
    if not 0 <= code < 11172 or code % _FINALS != 0:
        return None
    return chr(ord(syllable) + final)


_VOWEL_CONTRACTION = {20: 6, 18: 4, 13: 14, 8: 9}  # ㅣ→ㅕ (거치→거쳐), ㅡ→ㅓ, ㅜ→ㅝ (두→둬), ㅗ→ㅘ (보→봐)


def _contract(syllable: str) -> str | None:
    """The syllable a stem's last vowel fuses into before -어/-아 (치 → 쳐)."""
    code = ord(syllable) - _BASE
    if not 0 <= code < 11172 or code % _FINALS != 0:
        return None
    initial, medial = divmod(code // _FINALS, 21)
    fused = _VOWEL_CONTRACTION.get(medial)
    return None if fused is None else chr(_BASE + (initial * 21 + fused) * _FINALS)


@lru_cache(maxsize=65536)
def surface_forms(lemma: str) -> tuple[str, ...]:
    """The lemma and the contracted spellings a verb stem takes in running text."""
    forms = [lemma]
    if not lemma:
        return ()
    last = lemma[-1]
    for final in (FINAL_N, FINAL_L, FINAL_M, FINAL_B, FINAL_SS):
        composed = _with_final(last, final)
        if composed:
            forms.append(lemma[:-1] + composed)
    contractions = {"하": ("해", "했"), "되": ("돼", "됐")}
    for c in contractions.get(last, ()):
        forms.append(lemma[:-1] + c)
    contracted = _contract(last)
    if contracted:
        forms += [lemma[:-1] + contracted, lemma[:-1] + chr(ord(contracted) + FINAL_SS)]
    code = ord(last) - _BASE
    if 0 <= code < 11172 and code % _FINALS == 0 and (code // _FINALS) % 21 == 18:
        # ㅡ drops before -아/-어 and takes the vowel of the syllable before: 따르 → 따라, 쓰 → 써
        for medial in (0, 4):
            forms.append(lemma[:-1] + chr(_BASE + ((code // _FINALS) // 21 * 21 + medial) * _FINALS))
    if 0 <= code < 11172 and code % _FINALS == 7:
        # ㄷ-irregular stems before a vowel: 듣 → 들어, 들은, 들을
        open_ = chr(ord(last) + 1)
        forms += [lemma[:-1] + open_ + v for v in ("어", "으", "은", "을")]
    return tuple(dict.fromkeys(forms))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not ("가" <= text[i - 1] <= "힣")


def lemma_present(lemma: str, text: str, squashed: str | None = None) -> bool:
    """Does the lemma (or a contracted form of it) occur in ``text``?

    A one-syllable lemma must start a word (``두`` in ``둔다``, not in
    ``구두``), so short stems do not match inside unrelated words.
    """
    hay = squashed if squashed is not None else squash(text)
    return any(f in hay for f in surface_forms(lemma))


def _occurrences(lemma: str, text: str) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for form in surface_forms(lemma):
        i = text.find(form)
        while i >= 0:
            if len(lemma) > 1 or _word_start(text, i):
                spans.add((i, i + len(form)))
            i = text.find(form, i + 1)
    return sorted(spans)


_ACT_NOUN = lazy_compile(r"^(?:하는|되는|한|된|는|은)?\s*(?:행위|일|것)(?:을|를|은|는|도)?\s+(?=[하해])")
"""'관여하는 행위를 하여서는 아니 된다': the act is what the prohibition negates."""
_EXCEPT_IF_PRESENT = lazy_compile(r"^\s*(?:[이가]\s*)?(?:있는|있을)\s*(?:경우|때)(?:를|에는|에)?\s*(?:제외하고|외에는|말고는)")
"""'특별한 사유가 있는 경우를 제외하고는' = 특별한 사유가 없으면: the noun is negated."""


_JOINED_OBJECT = lazy_compile(r"(?:이나|나|와|과|\s+및|\s+또는)\s*[가-힣]{1,8}(?=[을를]\s*(?:하|할|한|함|해))")
"""A noun joined to the object of a light verb: '보고나 [통보]를 하여서는'."""


_TOPIC_ACT_DENIED = lazy_compile(r"^(?:은|는)\s+(?:[^.을를]{0,60}?\s)?(?:하지\s*(?:못|아니)\s*한다|할\s*수\s*없다)\.?\s*$")
"""'징계의결등의 요구는 … 기간이 지나면 하지 못한다': a bare 하다 at the end of the sentence, with no object of its own,
does the act the topic names, so the rule denies that act (the 요구)."""


_JOINED_VERBAL_NOUN = lazy_compile(r"\s*(?:또는|및|이나|나)\s*[가-힣]{1,8}?(?=하(?:거나|고|며|여서|지|게|기)|해서)")
"""A verbal noun joined to the next one, whose light verb both share: '거부 [또는 유기]하거나'."""


def _negated_at(text: str, end: int) -> bool:
    after = text[end:]
    if re.match(r"\s*(?:[을를이가의]\s*)?없이", after):
        return True  # '지체 없이', '승인 없이'
    if _EXCEPT_IF_PRESENT.match(after):
        return True
    if _TOPIC_ACT_DENIED.match(after.split("\n", 1)[0]):
        return True
    if re.match(r"[가-힣]{0,3}\s*(?:을|를)?\s*면제(?:한다|하며|하고|된다|하여|받)", after):
        return True  # '시보 임용을 면제한다': what is exempted is not done
    verbal = _JOINED_VERBAL_NOUN.match(after)
    if verbal:  # '거부 또는 유기하거나 … 하여서는 아니 된다': 거부 is done (or not) with 유기
        after = after[verbal.end():]
        end = end + verbal.end()
    joined = _JOINED_OBJECT.match(after)
    if joined:  # '보고나 통보를 하여서는 아니 된다': 보고 is done (or not) with 통보
        after = after[joined.end():]
        end = end + joined.end()
    act = _ACT_NOUN.match(after)
    if act:
        after = after[act.end():]
        end = end + act.end()

    brk = CLAUSE_BREAK.search(after)
    clause = after[: brk.start()] if brk else after
    neg = NEGATION.search(clause)
    if not neg:
        return False
    between = clause[: neg.start()]
    if re.fullmatch(r"\s*[이가]\s*", between) and re.match(r"못\s*(?:되|된|돼|됩|될)", clause[neg.start():]):
        return False  # '위원이 못 된다' = '위원이 될 수 없다': it negates 되다, not the noun
    if COORDINATED.match(between.lstrip("()")):
        return True  # '누설하거나 … 공표해서는 안 된다'
    tokens = between.split()
    if not tokens:
        return True  # '않는다' right after the stem
    attached = not between[:1].isspace()
    rest = tokens[1:] if attached else tokens
    if attached and re.fullmatch(r"[가-힣]{1,4}?(?:등)?[을를]", tokens[0]) and rest and rest[0] in ("하지", "하지는"):
        return len(rest) == 1  # '징계의결등을 하지 아니한다': the compound act the noun opens is not done
    if attached and tokens[0] in ("을", "를") and rest in (["하지"], ["하지는"]) \
            and re.match(r"(?:못|아니|않)\s*(?:한다|하며|하고|는다|으며)", clause[neg.start():]):
        return True  # '… 부과하는 결정을 하지 못한다' = '결정하지 못한다': the rule denies the act the noun names
    if attached and not LIGHT.match(tokens[0]):
        return False
    if attached and tokens[0].endswith("게") and rest and re.match(r"(?:하여서|해서|하지|할$)", rest[0]):
        rest = rest[1:]  # '이탈하게 하여서는 아니 된다': a ban on making someone do it
    if attached and tokens[0] in ("을", "를") and rest and re.match(r"(?:실시|시행|수행)?(?:하여서|해서|할$)", rest[0]):
        # '통보를 하여서는 아니 된다', '판매를 할 수 없다', '감사를 실시할 수 없다': a prohibition of the act the noun names
        # ('…를 하지 아니한 자' is left to the claim's own reading: a condition, not a rule)
        rest = rest[1:]
    # any other word before the negation is what it negates: '위원이 될 수 없다'
    # negates 되다, '정당한 사유가 없으면' negates 사유
    # '국적을 가지지 아니한' = 국적이 없는; '허가를 받지 아니하고' = 허가 없이
    # '승인이 필요하지 아니하되' = 승인 없이; '주소를 두지 아니한' = 주소가 없는
    # ('면직을 당하지 아니한다' = 면직되지 아니한다: the passive light verb 당하다 carries the noun's act)
    return all(t in ("수", "아니", "안", "못", "가지지", "갖지", "받지", "받지는", "얻지", "거치지", "거치지는", "두지",
                     "필요하지", "당하지", "당하지는") for t in rest)


def negating_prefix(text: str, start: int) -> bool:
    """'불이익', '비상임': a negating prefix opening the word."""
    return start >= 1 and text[start - 1] in "불비무미" and _word_start(text, start - 1)


def negation_state(lemma: str, text: str) -> tuple[bool, bool] | None:
    """``(negated somewhere, affirmed somewhere)`` for the lemma in ``text``; None if absent."""
    # ('심의' inside '중앙연안관리심의회' names a committee, it neither does nor negates a 심의)
    spans = [(a, b) for a, b in _occurrences(lemma, text) if text[b : b + 1] != "회"]
    if not spans:
        return None
    states = [_negated_at(text, end) or negating_prefix(text, start) for start, end in spans]
    return any(states), not all(states)


_CONDITIONAL_NEG = lazy_compile(r"^[^.,]{0,12}?(?:없|않|아니|못)[가-힣]*\s*(?:때|경우)|^[^.,]{0,12}?(?:없|않|아니|못)[가-힣]*면\b")


def negated_only_in_conditions(lemma: str, text: str) -> bool:
    """Is every negated occurrence of the lemma a condition ('직무를 수행할 수 없을 때에는 …')?
    Then the rule's own predicate is not negated: a claim may say the same with another verb
    ('직무를 볼 수 없으면 … 대신 수행한다')."""
    spans = [(a, b) for a, b in _occurrences(lemma, text) if _negated_at(text, b)]
    return bool(spans) and all(_CONDITIONAL_NEG.search(text[b : b + 30]) for _, b in spans)


_ONLY = lazy_compile(r"(?<=[가-힣])(?<!미)만(?=\s|이\s)|한정(?:하여|하고|하며|한다|된다|되며|되어|되고)|에\s?한(?:하여|한다|하며|하고|해)")
"""'자치경찰공무원만': the particle 만 (only), not 미만 or 만료; '…의 업무로 한정하여', '…에 한하여'."""


_EACH = lazy_compile(r"(?<![가-힣])각\s+(?!호|목|항|조)[가-힣]")
"""'각 시ㆍ도', '각 위원회': each of them, i.e. every one (not '각 호의 어느 하나', one of the items)."""


_WHOLE_TEXT = lazy_compile(r"(?<![가-힣])전문(?:을|를)\s")


def strong_concepts(text: str) -> frozenset[str]:
    found = {concept for word, concept in STRONG_WORDS_KO.items() if word in text}
    if _ONLY.search(text):
        found.add("only")
    if _WHOLE_TEXT.search(text):
        found.add("entirely")  # '전문을 첨부하여 통보한다': the whole text is sent ('sent in full')
    if _EACH.search(text):
        found.add("all")  # '각 시ㆍ도자치경찰위원회 위원장을 구성원으로': the chair of every committee
    return frozenset(found)


# -- the predicate: modality, and who acts ---------------------------------
#
# A claim can use every word of its source and still say the opposite: 'may'
# for 'must', 'need not' for 'must', 'without consent' for 'with consent', the
# Commissioner General where the source has the President act. The judge
# therefore compares the modality of the claim's predicate with the modality
# of the same predicate in the source, and the body that acts on it.

MODALITIES = ("must", "may", "must_not", "need_not", "neg", "decl")
"""must: 하여야 한다 / shall, must; may: 할 수 있다; must_not: 하여서는 아니 된다,
할 수 없다; need_not: 하지 아니할 수 있다, 하지 않아도 된다, 의무가 없다; neg: 하지
아니한다, 없다; decl: a plain statement (한다, 둔다, 이다)."""

COMPATIBLE: dict[str, frozenset[str]] = {
    # claim modality -> source modalities that state it. A legal 'X는 Y를 둔다'
    # is a rule as binding as '두어야 한다', so 'must' and 'decl' agree; a
    # permission ('할 수 있다') is neither a duty nor a plain fact.
    "must": frozenset({"must", "decl"}),
    "decl": frozenset({"must", "decl"}),
    "may": frozenset({"may", "decl"}),
    "must_not": frozenset({"must_not", "neg"}),
    "neg": frozenset({"must_not", "neg"}),
    # 'does not have to notify' is stated by '통보하지 아니하되' (it does not notify at all)
    "need_not": frozenset({"need_not", "neg"}),
}

_KO_MODAL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # searched on the squashed text (no spaces); the leftmost match wins, ties by this order
    ("need_not", lazy_compile(r"(?:아니|않)(?:하여도|해도|아도|어도)(?:된|되|됨)|(?:아니|않)(?:할|을)수(?:도|는)?있"
                              # ('협의를 생략할 수 있다': the 협의 itself need not happen)
                              r"|^(?:을|를)?생략(?:할|하여도|해도)수(?:도|는)?있"
                              r"|의무(?:가|는|를|도)?(?:없|지지않|지지아니|지지는않)|필요(?:가|는|도)?없"
                              # ('복귀시켜야 할 의무는 없다', '구성하여야 할 의무를 지는 것은 아니다': the duty denied)
                              r"|(?:^|[가-힣])야(?:할|하는)(?:의무|필요)(?:가|는|를|도)?(?:없|지지않|지지아니|지지는않"
                              r"|지는(?:것은|건|것이|게)아니)|의무(?:를)?지는(?:것은|건|것이|게)아니"
                              # ('꼭 대줘야 하는 건 아니다': that it must be done is what is denied)
                              r"|(?:^|[가-힣])야(?:만)?하는(?:건|것은|것이|게|거)(?:는)?아니")),
    # ('나눠서는 안 된다': Kiwi's stem 나누 spans the contracted 눠, so the tail may start at 서)
    ("must_not", lazy_compile(r"(?:^|여|어|아|해|[가-힣](?=서(?:는|도)(?:아니|안)))서(?:는|도)?(?:아니|안)(?:된|되|됨)|면(?:아니|안)(?:된|되|됨|돼)|수(?:는|가)?없(?:다|으며|고|음|는|으나|습)"
                              r"|금지(?:한|된|하|되)|못(?:한다|하며|하고|함)|불가(?:능)?(?:하|한|함|임|이|다|해|합|$)"
                              # a noun predicate with its particle: '연임은 안 돼요', '겸직은 절대 안 된다'
                              r"|^(?:은|는|이|가|도)?(?:절대(?:로)?)?안(?:된|되|됨|돼|됩)"
                              r"|(?:아니|않)(?:하)?(?:도록|게)(?:하여야|해야|하여야만)")),
    ("must", lazy_compile(r"(?:^|[가-힣])야(?:한|하|할|함|합|된|되|됨|돼)|의무(?:가|를)?(?:있|진|지며|지고)|반드시"
                          r"|의무(?:다|이다|이며|이고|임|예요|입니다)")),  # ('경비 지원은 국가의 의무다')
    ("may", lazy_compile(r"수(?:도|는)?있(?:다|으며|고|으나|음|습|을것|지만|는데|게(?:된|되|됨|돼|됐))"
                         r"|(?:^|하여|해|여|어|아)도(?:된다|되며|되고|됨|무방|괜찮|상관(?:이)?없|문제(?:가)?없)")),
    # ('도조례로 정해도 된다', '공표해도 문제없다': permission)
    ("neg", lazy_compile(r"(?:아니|않)(?:한다|하며|하고|하되|는다|으며|고|음|함|하는|는|다|지만|으나)|없(?:다|으며|고|음|는다)|아니다|아니며")),
)
_ORDER = {name: i for i, (name, _) in enumerate(_KO_MODAL_PATTERNS)}
_CLAUSE_END = lazy_compile(r"[,.;:]|(?<=[며면고])\s|(?<=고는)\s|(?<=다)\s")


def korean_modality(tail: str) -> str:
    """The modality a predicate's ending carries (``tail``: the text after its stem)."""
    hay = squash(tail)
    best: tuple[int, int, str] | None = None
    for name, pattern in _KO_MODAL_PATTERNS:
        m = pattern.search(hay)
        if m and (best is None or (m.start(), _ORDER[name]) < best[:2]):
            best = (m.start(), _ORDER[name], name)
    return best[2] if best else "decl"


def clause_tail(text: str, end: int) -> str:
    """The rest of the clause after position ``end`` (where a predicate's ending and modality are)."""
    return _clause_tail(text, end)


def _clause_tail(text: str, end: int) -> str:
    after = text[end:]
    brk = _CLAUSE_END.search(after)
    return after[: brk.start()] if brk else after




_VERBAL_AFTER = lazy_compile(r"\(|ㆍ|[하한할함합해했되된될됨됩돼됐히어아고게지며면었았야서]|시[키킬켜킨킴킵]"
                             r"|(?:\s*등)?[을를]\s*(?:하|할|한|함|해|받|거치|거쳐|실시|시행|수행|생략)|[이가]\s*(?:될|되|된|됨)"
                             r"|(?:으로|로)\s*(?:하|한|할|본다|보)|이다|이며|이고|인\s|일\s|임\s"
                             r"|\s+또는\s+[가-힣]{2,4}(?:하|할|한|함|해)"
                             r"|[가-힣]{2}(?:하게|하여|하도록|할|한다)")
"""What follows a Sino-Korean noun used as the predicate: 하다/되다 endings ('설치할'), 시키다 ('승진시킬'),
'을 하다' ('지원을 하여야', '교육 등을 실시할'), '으로 하다' ('상임으로 하고'), the copula, or a topic particle; not
a noun ('지원위원회', '승진시험') nor a genitive or coordination ('설치와 운영', '설치의 절차'); but a noun
coordinated with a verb by 또는 shares its ending ('임명 또는 위촉하여': 임명하여)."""


def predicate_modalities(keys: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """``(start, end, modality)`` of every occurrence of a predicate (any of ``keys``) in ``text``,
    not inside a compound noun ('승진시험', '지원위원회': the word names a thing there)."""
    out: list[tuple[int, int, str]] = []
    for key in keys:
        for start, end in _occurrences(key, text):
            if negating_prefix(text, start):
                out.append((start, end, "neg"))
                continue
            if len(key) > 1 and end < len(text) and text[start:end] == key and key[-1] not in "하되" \
                    and not _VERBAL_AFTER.match(text[end:end + 12]):
                continue  # the noun inside a compound or a noun phrase, not the predicate
            tail = _clause_tail(text, end)
            bare = _BARE_LIGHT_VERB.match(text[end + len(tail):]) if re.fullmatch(r"(?:으)?면", tail) else None
            # ('기간이 지나면 하지 못한다': the sentence's bare 하다 carries the rule of the verb its condition names)
            out.append((start, end, korean_modality(bare.group(1) if bare else tail)))
    return sorted(set(out))


_BARE_LIGHT_VERB = lazy_compile(r"\s+((?:하|할|해)[가-힣\s]{0,12}?다)(?:\.|\s|$)")
"""A sentence that ends on a bare 하다 ('… 지나면 하지 못한다', '… 지나면 할 수 없다')."""


def agent_before(text: str, start: int, agents: re.Pattern[str], lookup: dict[str, str]) -> frozenset[str]:
    """The bodies that act on the predicate at ``start``: the nearest agent marked
    as subject (이/가) before it in its sentence — not one inside an embedded
    clause ('위원회가 의결한 내용') — else the nearest topic (은/는); with the
    bodies coordinated with it ('국가와 지방자치단체는', '도지사 또는 도교육감은')."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    span = text[sentence_start:start]
    subject: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()
    for m in agents.finditer(span):
        key = lookup.get(m.group(1))
        if key is None:
            continue
        keys = frozenset({key, *_coordinated_agents(span, m.start(1), agents, lookup)})
        if m.group(2) in ("이", "가"):
            if EMBEDDED_CLAUSE.search(_HEAD_NOUNS_OWN.sub(" ", span[m.end():])):
                continue  # the subject of a relative or quoted clause, not of this predicate
            subject = keys
        else:
            topic = keys
    return subject or topic


_HEAD_NOUNS_OWN = lazy_compile(r"에\s*(?:해당하는|해당되는|속하는)\s")
"""'시ㆍ도지사가 다음 각 호에 해당하는 사람을 임명한다': what 해당하는 says is of the noun it modifies (사람), so the
subject before it is the main verb's."""
EMBEDDED_CLAUSE = lazy_compile(r"(?:[한된는던할될]|받은|맡은|정한|있는|없는|다고|하면|으면|되면|이면)\s")
_COORD = lazy_compile(r"(?:와|과|\s및|\s또는|\s이나|ㆍ)\s*$")


def _coordinated_agents(span: str, start: int, agents: re.Pattern[str], lookup: dict[str, str]) -> set[str]:
    """Agents joined to the one starting at ``start`` by 와/과, 및, 또는."""
    out: set[str] = set()
    before = span[:start]
    while True:
        m = _COORD.search(before)
        if not m:
            return out
        head = before[: m.start()]
        found = None
        for form in sorted(lookup, key=len, reverse=True):
            if head.endswith(form) and (len(head) == len(form) or not ("가" <= head[-len(form) - 1] <= "힣")):
                found = form
                break
        if found is None:
            return out
        out.add(lookup[found])
        before = head[: -len(found)]
