"""Which way a power moves: '「어장관리법」 …에 따른 해양수산부장관의 권한은 도지사의 권한으로 한다'.

The special acts (Jeju, Gangwon, Jeonbuk) hand about 140 ministers' and agency heads' powers to the
governor. A claim that turns such a transfer round ('도지사의 권한 일부가 해양수산부장관에게 넘어간다',
'the governor's powers pass to the Minister') names the same two bodies, the same act and the same
verb as its source, so every set-based check passes it. :func:`transfer_conflict` reads who gives and
who receives in the source and in the claim, and rejects a claim that has them the other way round.

Delegation and entrustment read the same way: '법무부장관은 … 권한을 지방출입국ㆍ외국인 관서의 장에게 위임한다' turned
into '지방출입국ㆍ외국인 관서의 장은 … 법무부장관에게 위임한다' names the same two offices and the same verb.
"""

from __future__ import annotations

import re

from drafter.citations.analysis import AGENT_LOOKUP, headed
from drafter.text.lazy_regex import lazy_compile

_KO_FORMS = sorted((f for f in AGENT_LOOKUP if re.search(r"[가-힣]", f)), key=len, reverse=True)
_EN_FORMS = sorted((f for f in AGENT_LOOKUP if not re.search(r"[가-힣]", f)), key=len, reverse=True)
_KO = "(" + "|".join(re.escape(f) for f in _KO_FORMS) + ")"
_EN = r"(?:the\s+)?(" + "|".join(re.escape(f) for f in _EN_FORMS) + r")(?:s|es)?\b"
_POWER_EN = r"(?:powers?|authority|authorities|functions?|competences?)"

_GIVER_KO = (
    # ('…장관의 일부 권한은'; not '도지사의 권한이 된다', which names who receives)
    lazy_compile(_KO + r"의\s*(?:일부\s*)?(?:권한|사무|업무)(?:은|는|을|를|이|가|\s*중|\s*일부)(?!\s*(?:되|된|돼))"),
    lazy_compile(_KO + r"(?:이|가)\s*(?:갖던|가지던|가진|갖고\s*있던|가지고\s*있던|행사하던|맡던)\s*(?:[가-힣]+\s+){0,2}?권한"),
)
_RECEIVER_KO = (
    lazy_compile(_KO + r"의\s*권한으로"), lazy_compile(_KO + r"의\s*권한이\s*(?:되|된|돼)"),
    lazy_compile(_KO + r"에게\s*(?:[가-힣]+\s+){0,1}?(?:넘어가|넘어간|넘기|넘겨|이양|이관|위임|위탁|주어|돌아가)"),
    # ('…장관이 갖던 권한은 도지사가 넘겨받는다': the subject right before the verb, not an earlier one)
    lazy_compile(_KO + r"(?:이|가|은|는)\s*(?:(?![가-힣]*(?:은|는|이|가)\s)[가-힣]+\s+){0,2}?"
                 r"(?:넘겨받|이어받|물려받|가져와|가져가|행사한다|행사하며|행사하고)"),
)
_GIVER_EN = (
    # ('powers that X holds … become powers of the governor': the governor receives them)
    lazy_compile(r"(?<!become )(?<!becomes )(?<!became )" + _POWER_EN
                 + r"\s+(?:that\s+\S+(?:\s+\S+){0,8}?\s+)?(?:(?<!\bhead\s)(?<!\bchief\s)of|held by|"
                 r"belonging to|vested in)\s+" + _EN,
                 re.IGNORECASE),
    lazy_compile(_POWER_EN + r"\s+(?:that|which)\s+" + _EN + r"\s+(?:holds?|has|had|exercises?|wields?)\b", re.IGNORECASE),
    lazy_compile(_EN + r"['’]s?\s+(?:[a-z-]+\s+){0,3}?" + _POWER_EN, re.IGNORECASE),
    lazy_compile(r"\b(?:gives?|grants?|vests?|confers?)\s+(?:on\s+|in\s+|to\s+)?" + _EN, re.IGNORECASE),
    # ('the heads of auxiliary bodies may, under an ordinance, delegate part of their power to …': who delegates)
    lazy_compile(r"(?<!\bto )(?<!\bby )(?<!\bof )(?<!\bfrom )" + _EN + r"(?:\s+(?:may|must|shall|can|will|has\s+to|have\s+to))?"
                 r"(?:,[^,.]{0,50},)?\s+(?:re-?)?(?:delegates?|entrusts?)\b(?!\s+(?:by|from)\b)", re.IGNORECASE),
)
_RECEIVER_EN = (
    lazy_compile(r"\bbec(?:ome|omes|ame)\s+(?:the\s+)?" + _POWER_EN + r"\s+of\s+" + _EN, re.IGNORECASE),
    # ('… may delegate part of their appointment power to the head of the local government')
    lazy_compile(r"\b(?:re-?)?(?:delegate|delegates|delegated|delegating|entrust|entrusts|entrusted|entrusting)\b"
                 r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?:(?:Jeju|Gangwon|Jeonbuk|Sejong|Seoul)(?:'s)?\s+)?" + _EN, re.IGNORECASE),
    lazy_compile(r"\b(?:pass(?:es|ed)?|go(?:es)?|went|gone|(?:are|is|be|been)\s+(?:transferred|handed(?:\s+over)?|"
                 r"delegated|devolved|shifted|moved|assigned|given|granted)|transfer(?:s|red)?|hand(?:s|ed)?\s+over|"
                 r"fall(?:s)?)\s+(?:over\s+)?to\s+" + _EN, re.IGNORECASE),
    # ('the governor of Jeju takes over': the governor, not Jeju)
    lazy_compile(r"(?<!\bof )(?<!\bof the )" + _EN + r"\s+(?:(?:instead|now|also|itself|themselves)\s+)?"
                 r"(?:exercises?|takes?\s+over|assumes?|wields?|"
                 r"inherits?|receives?)\b", re.IGNORECASE),
)
_TRANSFER_KO = lazy_compile(r"권한은\s*(?:각각\s*)?(?:\S+\s*(?:또는|및)\s*)?\S+의\s*권한으로\s*(?:한다|하고|하며)|권한을\s*\S+에게\s*(?:이양|이관)")
"""A source sentence that moves a power (the check runs only where the source does)."""

_HANDED_ON_KO = lazy_compile(r"(?:에게|위원회에)\s*(?:[가-힣]+\s+){0,3}?(?:다시\s*)?(?:재위임|위임|위탁)"
                             r"(?:한다|하여|하고|하며|할|해야|해\s*달라|하는|하도록)")
"""A power or task handed on to someone ('… 관서의 장에게 위임한다', '… 소속 인사위원회에 시험의 실시를 위탁할 수
있다'); not the passive (위임받다, 위임된다), whose subject receives it."""
_HANDED_ON_OR_PASSIVE_KO = lazy_compile(r"(?:에게|위원회에)\s*(?:[가-힣]+\s+){0,3}?(?:다시\s*)?(?:재위임|위임|위탁)")
"""A source that hands something on, actively or in the passive ('… 시ㆍ도경찰청장에게 위임되는 …')."""
_KO_BODY = lazy_compile(_KO)
_HANGUL = lazy_compile(r"[가-힣]")
_LIST_START_KO = lazy_compile(r"(?:을|를|은|(?<!또)는|이|가|하여|하고|\.)\s")  # (not '또는' inside the list)
_SUBJECT_KO = lazy_compile(_KO + r"(?:은|는|이|가)\s")


def _handed_on(text: str) -> tuple[set[str], set[str]]:
    """(who hands on, who is handed) a power or task by a delegation or entrustment in a Korean text: the
    bodies listed right before 에게 (or whose committee is handed it: 'X 소속 인사위원회에'), and the last
    body marked as subject before them in the sentence."""
    givers: set[str] = set()
    receivers: set[str] = set()
    for giver, handed in _handings(text):
        givers |= {giver} if giver else set()
        receivers |= handed
    return givers, receivers


def _handings(text: str) -> list[tuple[str | None, set[str]]]:
    """Each delegation or entrustment of a Korean text: (who hands on, if named; the bodies handed it)."""
    out: list[tuple[str | None, set[str]]] = []
    for m in _HANDED_ON_KO.finditer(text):
        sentence_start = text.rfind(". ", 0, m.start()) + 1
        before = text[sentence_start : m.start()]
        starts = list(_LIST_START_KO.finditer(before))
        listed = before[starts[-1].end():] if starts else before
        handed = {key for b in _KO_BODY.finditer(listed) if (key := AGENT_LOOKUP.get(b.group(1)))}
        lead = before[: len(before) - len(listed)]
        subjects = list(_SUBJECT_KO.finditer(lead))
        out.append((AGENT_LOOKUP.get(subjects[-1].group(1)) if subjects else None, handed))
    return out


def _keys(patterns: tuple[re.Pattern[str], ...], text: str) -> set[str]:
    out: set[str] = set()
    for pattern in patterns:
        for m in pattern.finditer(text):
            key = AGENT_LOOKUP.get(m.group(1).lower()) or AGENT_LOOKUP.get(m.group(1))
            if key and not _HANGUL.match(m.group(1)):
                key = headed(key, text, m.start(1))  # ('the provincial police agency chief': the agency's head)
            if key:
                out.add(key)
    return out


def roles(text: str) -> tuple[set[str], set[str]]:
    """(who gives, who receives) the power a text moves."""
    if re.search(r"[가-힣]", text):
        # ('시장ㆍ군수ㆍ구청장(자치구의 구청장을 말한다. 이하 같다)은': a gloss in parentheses is not the sentence)
        text = _PARENTHESES.sub("", text)
        givers, receivers = _handed_on(text)
        return _keys(_GIVER_KO, text) | givers, _keys(_RECEIVER_KO, text) | receivers
    text = _PLACE_HEAD_EN.sub(r"\2 of \1", text)  # 'the Jeju governor' is the governor, not Jeju
    return _keys(_GIVER_EN, text), _keys(_RECEIVER_EN, text)


_PARENTHESES = lazy_compile(r"\([^()]*\)")
_PLACE_HEAD_EN = lazy_compile(r"\b(Jeju|Gangwon|Jeonbuk|Sejong)(?:'s)?\s+(governor|mayor)\b", re.IGNORECASE)


_JOIN_KO = r"\s*(?:또는|및|과|와|ㆍ|,)\s*"
_RESPECTIVELY_KO = lazy_compile(_KO + _JOIN_KO + _KO + r"의\s*권한은\s*각각\s*" + _KO + _JOIN_KO + _KO + r"의\s*권한으로")
"""'교육부장관 또는 행정안전부장관의 권한은 각각 도교육감 또는 도지사의 권한으로 한다': the first to the first."""


def _respective_pairs(source: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for m in _RESPECTIVELY_KO.finditer(source):
        keys = [AGENT_LOOKUP.get(g) for g in m.groups()]
        if all(keys):
            pairs += [(keys[0], keys[2]), (keys[1], keys[3])]
    return pairs


def transfer_conflict(claim: str, source: str) -> str | None:
    """The claim has a power move the other way than its source moves it."""
    if not _TRANSFER_KO.search(source) and not _HANDED_ON_OR_PASSIVE_KO.search(source):
        return None
    gives, receives = roles(source)
    claim_gives, claim_receives = roles(claim)
    pairs = _respective_pairs(source)
    if pairs and len(claim_gives) == 1 and claim_receives:
        (giver,) = claim_gives
        own = {receiver for g, receiver in pairs if g == giver}
        if own and not claim_receives & own:
            return (f"transfer mismatch: the source hands {giver}'s power to {', '.join(sorted(own))} "
                    f"(각각, respectively), not {', '.join(sorted(claim_receives))}")
    turned = (claim_gives & (receives - gives)) | (claim_receives & (gives - receives))
    if turned:
        if gives and receives:
            return (f"transfer reversed: in the source {', '.join(sorted(gives))} hands the power to "
                    f"{', '.join(sorted(receives))}; the claim has it the other way")
        if receives:
            return (f"transfer reversed: in the source {', '.join(sorted(receives))} is handed the power; "
                    f"the claim has it hand the power on")
        return (f"transfer reversed: in the source {', '.join(sorted(gives))} hands the power on; "
                f"the claim has it handed the power")
    if _HANGUL.search(claim) and (mismatch := _handed_by_another(claim, source)):
        return mismatch
    if receives and claim_receives and not claim_receives & receives \
            and (_TRANSFER_KO.search(source) or _HANGUL.search(claim)):
        # (of a delegation, only a Korean claim's receiver is compared: an English one names offices by many titles)
        # '…장관의 권한은 제주에서는 행정시장이 행사한다' where the source makes it the governor's
        return (f"transfer mismatch: the source hands the power to {', '.join(sorted(receives))}, "
                f"not {', '.join(sorted(claim_receives))}")
    return None


def _handed_by_another(claim: str, source: str) -> str | None:
    """A Korean claim that has one body hand a power on to a body the source has another body hand it to:
    '경찰청장은 … 시ㆍ도지사, 국가수사본부장 …에게 위임할 수 있다. 이 경우 시ㆍ도지사는 … 시ㆍ도자치경찰위원회,
    시ㆍ도경찰청장에게 다시 위임할 수 있다' against '시ㆍ도지사는 … 국가수사본부장에게 다시 위임할 수 있다'."""
    claimed = [(g, r) for g, r in _handings(_unglossed(claim)) if g and r]
    if len(claimed) != 1:
        return None
    giver, handed = claimed[0]
    stated = _handings(_unglossed(source))
    own = set().union(*(r for g, r in stated if g == giver)) if any(g == giver for g, _ in stated) else set()
    others = set().union(*(r for g, r in stated if g and g != giver)) if stated else set()
    if own and not handed & own and handed & others:
        return (f"transfer mismatch: in the source {giver} hands the power on to {', '.join(sorted(own))}, "
                f"not {', '.join(sorted(handed))}")
    return None


def _unglossed(text: str) -> str:
    """The text without glosses in parentheses or the names of laws ('「국가경찰과 자치경찰의 …」 제18조에 따른')."""
    return _LAW_NAME.sub(" ", _PARENTHESES.sub("", text))


_LAW_NAME = lazy_compile(r"「[^」]*」")
