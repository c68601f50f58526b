"""Domain vocabulary the support judge relies on: bodies and offices, police
ranks, strong (quantifying) words, and a small English–Korean glossary.

These are *data*, not tuned weights: a claim that names a body the cited text
does not name (국가경찰위원회 where the text says 시ㆍ도자치경찰위원회) is not
supported by it, whatever the word overlap. Extend the tables when the corpus
grows; every entry is a plain string.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    """A body, office or rank. ``key`` is its Korean canonical form."""

    key: str
    korean: tuple[str, ...]
    english: tuple[str, ...] = ()
    accepts: tuple[str, ...] = field(default=())
    """Other entity keys that, found in the source, also attest this one
    (the generic 자치경찰위원회 is attested by 시ㆍ도자치경찰위원회)."""
    implies: tuple[str, ...] = field(default=())
    """Entity keys a mention of this one also names (시ㆍ도자치경찰위원회 위원장
    names the committee too)."""


ENTITIES: tuple[Entity, ...] = (
    Entity("국가경찰위원회", ("국가경찰위원회",), ("national police committee", "national police commission")),
    Entity("시ㆍ도자치경찰위원회", ("시ㆍ도자치경찰위원회", "시도자치경찰위원회"),
           ("provincial autonomous police committee", "city and provincial autonomous police committee",
            "metropolitan autonomous police committee", "si/do autonomous police committee",
            "municipal and provincial autonomous police committee", "provincial police committee")),
    Entity("자치경찰위원회", ("자치경찰위원회",), ("autonomous police committee",),
           accepts=("시ㆍ도자치경찰위원회",)),
    Entity("시ㆍ도자치경찰위원장", ("시ㆍ도자치경찰위원장", "시ㆍ도자치경찰위원회 위원장", "시ㆍ도자치경찰위원회의 위원장"),
           ("chair of the provincial autonomous police committee",
            "chairperson of the provincial autonomous police committee"), implies=("시ㆍ도자치경찰위원회",)),
    Entity("국가경찰위원장", ("국가경찰위원회 위원장", "국가경찰위원회의 위원장"), ("chair of the national police committee",),
           implies=("국가경찰위원회",)),
    Entity("위원추천위원회", ("시ㆍ도자치경찰위원회 위원추천위원회", "위원추천위원회", "추천위원회"),
           ("recommendation committee",)),
    Entity("경찰청", ("경찰청",), ("national police agency", "korean national police agency", "knpa")),
    Entity("경찰청장", ("경찰청장",), ("commissioner general", "commissioner of the national police agency",
                                  "head of the national police agency")),
    Entity("경찰청 차장", ("경찰청 차장", "경찰청차장"), ("deputy commissioner",)),
    Entity("시ㆍ도경찰청", ("시ㆍ도경찰청",), ("provincial police agency", "metropolitan police agency",
                                      "provincial police agencies")),
    Entity("시ㆍ도경찰청장", ("시ㆍ도경찰청장",), ("head of the provincial police agency",
                                        "provincial police chief", "commissioner of the provincial police agency")),
    Entity("경찰서", ("경찰서",), ("police station",)),
    Entity("경찰서장", ("경찰서장",), ("chief of the police station", "police station chief",
                                  "head of the police station", "head of a police station")),
    Entity("지구대", ("지구대",), ("police district unit",)),
    Entity("파출소", ("파출소",), ("police box",)),
    Entity("국가수사본부", ("국가수사본부",), ("national office of investigation", "national investigation headquarters")),
    Entity("국가수사본부장", ("국가수사본부장",), ("head of the national office of investigation",
                                        "chief of the national office of investigation",
                                        "head of the national investigation headquarters")),
    Entity("자치경찰본부", ("자치경찰본부",), ("autonomous police headquarters",)),
    Entity("자치경찰단", ("자치경찰단",), ("autonomous police corps", "autonomous police unit")),
    Entity("행정안전부", ("행정안전부",), ("ministry of the interior and safety", "ministry of interior and safety",
                                    "ministry of the interior")),
    Entity("행정안전부장관", ("행정안전부장관",), ("minister of the interior and safety", "minister of interior and safety",
                                        "minister of the interior")),
    Entity("국무총리", ("국무총리",), ("prime minister",)),
    Entity("대통령", ("대통령",), ("president",)),
    Entity("대통령령", ("대통령령",), ("presidential decree",)),
    Entity("국회", ("국회",), ("national assembly",)),
    Entity("시ㆍ도지사", ("시ㆍ도지사", "도지사"), ("provincial governor", "mayor or governor", "mayors and governors",
                                    "governor", "head of the province", "mayor/governor")),
    Entity("시ㆍ도의회", ("시ㆍ도의회",), ("provincial council", "metropolitan council", "local council",
                                    "city and provincial council")),
    Entity("지방자치단체", ("지방자치단체",), ("local government", "local governments", "local authority")),
    Entity("제주특별자치도", ("제주특별자치도", "제주자치도"), ("jeju special self-governing province", "jeju")),
    Entity("세종특별자치시", ("세종특별자치시",), ("sejong",)),
    Entity("강원특별자치도", ("강원특별자치도",), ("gangwon",)),
    Entity("전북특별자치도", ("전북특별자치도",), ("jeonbuk",)),
    Entity("해양경찰청", ("해양경찰청",), ("korea coast guard", "coast guard")),
    Entity("인사혁신처", ("인사혁신처",), ("ministry of personnel management",)),
    Entity("감사원", ("감사원",), ("board of audit and inspection",)),
    Entity("조례", ("조례", "도조례", "시조례", "시ㆍ도조례", "시ㆍ도의 조례"), ("ordinance", "ordinances", "municipal ordinance")),
    # ranks (경찰공무원법 제3조)
    Entity("치안총감", ("치안총감",), ("police commissioner general rank",)),
    Entity("치안정감", ("치안정감",), ("senior superintendent general",)),
    Entity("치안감", ("치안감",), ("superintendent general",)),
    Entity("경무관", ("경무관", "자치경무관"), ("senior superintendent",)),
    Entity("총경", ("총경", "자치총경"), ("superintendent",)),
    Entity("경정", ("경정", "자치경정"), ("senior inspector",)),
    Entity("경감", ("경감", "자치경감"), ("inspector",)),
    Entity("경위", ("경위", "자치경위"), ("assistant inspector",)),
    Entity("경사", ("경사", "자치경사"), ("senior sergeant",)),
    Entity("경장", ("경장", "자치경장"), ("sergeant",)),
    Entity("순경", ("순경", "자치순경"), ("police officer rank",)),
)

STRONG_WORDS_KO: dict[str, str] = {
    # word → concept; a claim asserting the concept needs the source to assert it too
    "모두": "all", "모든": "all", "전부": "all", "전원": "all", "전체": "all",
    "전혀": "never", "결코": "never", "항상": "always", "언제나": "always",
    "오직": "only", "유일": "only", "오로지": "only",
    "폐지": "abolish", "완전히": "entirely", "전면": "entirely", "전면적": "entirely",
}
STRONG_WORDS_EN: dict[str, str] = {
    "all": "all", "every": "all", "entire": "entirely", "entirely": "entirely", "completely": "entirely",
    "wholly": "entirely", "totally": "entirely", "fully": "entirely", "full": "entirely", "always": "always", "never": "never", "only": "only",
    "solely": "only", "exclusively": "only", "sole": "only", "abolish": "abolish", "abolishes": "abolish",
    "abolished": "abolish", "abolishing": "abolish", "abolition": "abolish", "eliminate": "abolish",
    "eliminates": "abolish", "eliminated": "abolish",
}

NEGATION_KO: frozenset[str] = frozenset({"않", "없", "못", "아니", "안", "불가", "금지"})
NEGATION_EN: frozenset[str] = frozenset({"not", "no", "never", "cannot", "can't", "nor", "neither", "without", "n't"})

# English word stem → Korean lemmas (kiwi forms) that express it in statutes.
GLOSSARY_EN_KO: dict[str, tuple[str, ...]] = {
    "term": ("임기",), "office": ("임기", "직"), "reappoint": ("연임", "중임"), "renew": ("연임", "중임"), "again": ("중임", "연임"),
    "consecutive": ("연임",), "member": ("위원",), "chair": ("위원장",), "chairperson": ("위원장",),
    "chairman": ("위원장",), "consist": ("구성",), "compos": ("구성",), "appoint": ("임명", "임용", "보하"),
    "consent": ("동의",), "recommend": ("제청", "추천"), "nominat": ("추천", "제청"),
    "budget": ("예산",), "affair": ("사무",), "dut": ("임무", "직무", "사무"), "establish": ("두", "설치"),
    "place": ("두", "소속"), "under": ("소속", "두"), "belong": ("소속",), "affiliat": ("소속",),
    "standing": ("상임",), "full-time": ("상임",), "non-standing": ("비상임",), "part-time": ("비상임",),
    "investigat": ("수사",), "public": ("공공", "공개"), "safety": ("안전",), "security": ("치안",),
    "prevent": ("예방",), "traffic": ("교통",), "protect": ("보호",), "child": ("아동",), "juvenile": ("청소년",),
    "women": ("여성",), "elder": ("노인",), "crime": ("범죄",), "report": ("보고",), "attend": ("출석",),
    "attendance": ("출석",), "submi": ("제출",), "data": ("자료",), "material": ("자료",), "request": ("요구", "요청"),
    "demand": ("요구",), "resolut": ("의결",), "delegat": ("위임",), "retir": ("퇴직",), "hearing": ("청문",),
    "confirmation": ("청문",), "disciplin": ("징계",), "dismiss": ("면직", "해임"), "qualif": ("자격",),
    "disqualif": ("결격",), "majority": ("과반수",), "quorum": ("재적",), "meeting": ("회의",), "convene": ("소집",),
    "organi": ("조직",), "personnel": ("인사",), "evaluat": ("평가",), "audit": ("감사",), "supervis": ("감독",),
    "command": ("지휘",), "direct": ("지휘",), "control": ("지휘", "감독"), "mission": ("임무",),
    "life": ("생명",), "body": ("신체",), "property": ("재산",), "order": ("질서",), "information": ("정보",),
    "cooperat": ("협력",), "fund": ("재정", "예산"), "financ": ("재정",), "support": ("지원",), "year": ("년",),
    "serve": ("임기", "보하"), "autonomous": ("자치",), "police": ("경찰",), "national": ("국가",),
    "provincial": ("시ㆍ도", "시", "도"), "committee": ("위원회",), "commission": ("위원회",),
    "council": ("의회",), "assembly": ("국회", "의회"), "deliberat": ("심의",), "decide": ("의결",),
    "decision": ("의결",), "emergency": ("비상사태",), "abuse": ("남용",),
    "authority": ("권한",), "power": ("권한",), "purpose": ("목적",), "mandate": ("임무",),
    "draw": ("수립",), "drawn": ("수립",), "formulat": ("수립",), "prepar": ("수립", "작성"),
    "set": ("수립", "두"), "head": ("장",), "chief": ("장",), "deputy": ("차장",), "assist": ("보좌",),
    "acting": ("대행",), "hold": ("개최",), "regular": ("정기",),
    "temporary": ("임시",), "extraordinary": ("임시",), "human": ("인권",), "rights": ("인권",),
    "gender": ("성",), "judge": ("법관", "판사"), "lawyer": ("변호사",), "prosecutor": ("검사",),
    "party": ("정당",), "political": ("정치",), "neutral": ("중립",), "neutrality": ("중립",),
    "station": ("경찰서",), "district": ("지구대",), "affairs": ("사무",),
    "guard": ("경비",), "escort": ("경호",), "terror": ("테러",), "espionage": ("간첩",),
    "international": ("국제",), "peace": ("안녕",), "collect": ("수집",), "disaster": ("재난",),
    "disabl": ("장애",), "domestic": ("가정",), "violence": ("폭력",), "school": ("학교",), "sexual": ("성폭력", "성"),
    "missing": ("실종",), "event": ("행사",), "resident": ("주민",), "local": ("지역", "지방"), "region": ("지역",),
    "headquarter": ("본부",), "director": ("장",), "decree": ("대통령령", "시행령", "령"), "amend": ("개정",),
    "vacanc": ("결원",), "vote": ("찬성", "의결"), "secretariat": ("사무기구",), "notif": ("통보",), "notice": ("통보",),
    "result": ("결과",), "opinion": ("의견",), "consult": ("협의",), "inspect": ("감사", "점검"),
    "reconsider": ("재의",), "investigator": ("수사",), "officer": ("경찰공무원", "공무원"), "official": ("공무원",),
    "civil": ("공무원",), "servant": ("공무원",), "employ": ("임용",), "promot": ("승진",), "transfer": ("이관", "이양", "전보"),
    "manpower": ("인력",), "equipment": ("장비",), "facilit": ("시설",), "cost": ("비용", "경비"), "expense": ("경비", "비용"),
    "subsid": ("지원", "보조"), "state": ("국가",), "government": ("정부", "국가"), "plan": ("계획",), "goal": ("목표",),
    "annual": ("매년",), "every": ("매",), "publish": ("공표",), "announce": ("공표",), "secret": ("비밀",),
    "confidential": ("비밀",), "leak": ("누설",), "disclos": ("누설", "공표"), "oath": ("선서",), "uniform": ("제복",),
    "weapon": ("무기",), "arms": ("무기",), "special": ("특별",), "pilot": ("시범",), "jurisdiction": ("관할",),
    "area": ("구역", "관할"), "independent": ("독립",), "collegial": ("합의제",), "administrative": ("행정",),
    "agency": ("기관", "청"), "exchange": ("교류",), "personnel exchange": ("인사교류",), "rank": ("계급", "보하"),
    # grown from error analysis on evals/sets/tuning-citations.jsonl
    "implement": ("실시", "시행"), "provide": ("지원", "제공"), "hold": ("개최", "보하"), "wear": ("착용",),
    "carry": ("휴대",), "probation": ("시보",), "hire": ("채용", "임용"), "recruit": ("채용",), "new": ("신규",),
    "open": ("공개",), "regularly": ("정기",), "determin": ("결정", "정하"), "elect": ("선거", "선출", "호선"),
    "automatic": ("당연",), "end": ("끝나", "만료"), "operat": ("운영",), "join": ("가입",),
    "participat": ("참여",), "part": ("참여",), "process": ("과정",), "maintain": ("유지",), "cover": ("지원", "부담"),
    "draw": ("수립",), "formulate": ("수립",), "polic": ("시책", "정책", "경찰"), "allow": ("허용", "수"),
    "renewed": ("연임", "중임"), "second": ("중임",), "attendance": ("출석",), "independent": ("독립",),
    "independently": ("독립",), "collegial": ("합의제",), "request": ("요구", "요청"),
    "retirement": ("정년", "퇴직"), "age": ("세", "연령", "정년"), "interested": ("이해관계인",),
    "parties": ("정당", "이해관계인"), "hear": ("듣", "청취", "의견"),
}

# English words that carry a Korean provision's predicate ('reappoint' ↔ 연임): the
# judge compares the modality of the claim's clause with that of these words in the source
PREDICATE_STEMS_EN: frozenset[str] = frozenset({
    "reappoint", "renew", "appoint", "dismiss", "retir", "delegat", "attend", "submi", "request", "demand",
    "disciplin", "convene", "consent", "recommend", "establish", "report", "implement", "support", "provide",
    "draw", "formulat", "wear", "carry", "hold", "consist", "compos", "join", "open", "place",
    "transfer", "cover", "subsid", "publish", "disclos", "leak", "employ", "hire", "recruit", "promot",
    "direct", "command", "supervis", "decide", "resolut", "deliberat", "consult", "notif", "organi",
    "operat", "maintain", "participat", "allow",
})

# bodies that act but are not entities of their own (the State, a mayor): used
# only to find who acts on a predicate, not for the 'named in the source' check
AGENTS_KO: dict[str, str] = {
    "국가": "국가", "정부": "국가", "중앙행정기관의 장": "중앙행정기관의 장", "교육감": "교육감",
    "도교육감": "교육감", "시장": "시장", "지방자치단체의 장": "지방자치단체의 장",
}
AGENTS_EN: dict[str, str] = {
    "the state": "국가", "state": "국가", "the government": "국가", "mayor": "시장", "the mayor": "시장",
    "heads of central administrative agencies": "중앙행정기관의 장", "central administrative agencies": "중앙행정기관의 장",
    "superintendent of education": "교육감",
}

# how often: a claim's period must be the source's (매월 ≠ 반기별, annually ≠ monthly)
PERIODS_KO: tuple[tuple[str, str], ...] = (
    (r"매년|해마다|연간|연\s*\d+\s*회|매\s*회계연도", "year"), (r"매월|매달|달마다|월\s*\d+\s*회", "month"),
    (r"분기", "quarter"), (r"반기", "half-year"), (r"매주|주\s*\d+\s*회", "week"), (r"매일|날마다", "day"),
)
PERIODS_EN: tuple[tuple[str, str], ...] = (
    (r"\b(?:annual(?:ly)?|yearly|every year|each year|a year|per year)\b", "year"),
    (r"\b(?:monthly|every month|each month|a month|per month)\b", "month"),
    (r"\bquarter(?:ly)?\b", "quarter"), (r"\b(?:half-yearly|semi-annual(?:ly)?|every six months|twice a year)\b", "half-year"),
    (r"\b(?:weekly|every week|a week)\b", "week"), (r"\b(?:daily|every day)\b", "day"),
)

# English synonyms folded before comparing an English claim with an English source
SYNONYMS_EN: dict[str, str] = {
    "determin": "decid", "decis": "decid", "chairman": "chair", "chairperson": "chair", "chairmen": "chair",
    "elector": "elect", "underway": "continu", "halt": "suspend", "pause": "suspend", "paus": "suspend",
    "region": "region", "area": "region", "pilot": "pilot", "trial": "pilot", "central": "central",
    "centrally": "central", "centralis": "central", "centraliz": "central", "run": "operat",
}

# reporting words of a claim about a paper ('the paper argues that …'): not content
REPORTING_EN: frozenset[str] = frozenset({
    "paper", "papers", "author", "authors", "abstract", "study", "argue", "argues", "argued", "say", "says", "said",
    "note", "notes", "noted", "according", "call", "calls", "called", "describe", "describes", "described",
    "claim", "claims", "state", "states", "stated", "report", "reports", "reported", "treat", "treats",
})

ENGLISH_STOPWORDS: frozenset[str] = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "how", "than", "then", "there", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "shall", "may", "can", "will", "would", "should", "could", "has", "have", "had", "do", "does", "did", "so", "such", "also", "into", "onto", "over", "about", "after", "before", "between", "within", "per", "each", "other", "any", "some", "more", "most", "less", "least", "same", "very", "well", "just", "while", "if", "up", "down", "out", "off", "again", "further", "once", "here", "both", "few", "own", "too", "s", "t"]
)

NEGATABLE_EN: frozenset[str] = frozenset({
    "reappoint", "renew", "again", "consecutive", "appoint", "dismiss", "retir", "delegat", "attend",
    "submi", "request", "demand", "disciplin", "convene", "consent", "recommend", "establish", "report",
})
"""English stems whose negation is compared across languages ('cannot be reappointed' ↔ '연임할 수 없다').
Nouns and light verbs ('serve', 'member') are left out: their negation does not map one to one."""
