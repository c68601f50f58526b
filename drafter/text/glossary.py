"""The bilingual legal glossary: English words and the Korean terms that express
them in statutes. One home for both users: the support judge
(:mod:`drafter.citations.support`, English claims against Korean provisions)
and search (:mod:`drafter.retrieval.fusion`, English questions get their
lexical vote from the Korean terms; Korean questions reach the English paper
through :data:`KO_EN`).

Keys are English stems or words (``investigat`` matches investigate,
investigation); values are Kiwi lemmas. The table grew from error analysis on
``evals/sets/tuning-*.jsonl``, never on the held-out sets.
"""

from __future__ import annotations

import re
from itertools import islice

from drafter.text.glossary_headings import COMPOUNDS, HEADING_EN_KO, HEADING_PHRASES_EN_KO
from drafter.text.lazy_regex import lazy_compile
from drafter.text.question_forms import QUESTION_FORMS_EN_KO

# English word stem → Korean lemmas (kiwi forms) that express it in statutes.
GLOSSARY_EN_KO: dict[str, tuple[str, ...]] = {
    "term": ("임기",), "office": ("임기", "직", "재직"), "reappoint": ("연임", "중임"), "renew": ("연임", "중임"), "again": ("중임", "연임"),
    "consecutive": ("연임",), "member": ("위원",), "chair": ("위원장",), "chairperson": ("위원장",), "chairman": ("위원장",),
    "consist": ("구성",), "compos": ("구성",), "appoint": ("임명", "임용", "보하"), "consent": ("동의",),
    "recommend": ("제청", "추천"), "nominat": ("추천", "제청"), "budget": ("예산",), "affair": ("사무",),
    "dut": ("임무", "직무", "사무"), "establish": ("두", "설치"), "place": ("두", "소속", "장소"), "under": ("소속", "두"),
    "belong": ("소속",), "affiliat": ("소속",), "standing": ("상임",), "full-time": ("상임",), "non-standing": ("비상임",),
    "part-time": ("비상임",), "investigat": ("수사",), "public": ("공공", "공개"), "safety": ("안전",), "security": ("치안",),
    "prevent": ("예방",), "traffic": ("교통",), "protect": ("보호",), "child": ("아동",), "juvenile": ("청소년",),
    "women": ("여성",), "elder": ("노인",), "crime": ("범죄",), "report": ("보고",), "attend": ("출석",), "attendance": ("출석",),
    "submi": ("제출",), "data": ("자료",), "material": ("자료",), "request": ("요구", "요청", "신청"), "demand": ("요구",),
    "resolut": ("의결",), "delegat": ("위임",), "retir": ("퇴직",), "hearing": ("청문",), "confirmation": ("청문",),
    "disciplin": ("징계",), "dismiss": ("면직", "해임"), "qualif": ("자격",), "disqualif": ("결격",), "guardian": ("후견인", "피성년후견인", "피한정후견인"), "return": ("복귀", "반환"), "majority": ("과반수",),
    "quorum": ("재적",), "meeting": ("회의",), "convene": ("소집",), "organi": ("조직", "단체", "기구"), "personnel": ("인사", "인력"),
    "evaluat": ("평가",), "audit": ("감사",), "supervis": ("감독",), "command": ("지휘",), "direct": ("지휘",),
    "control": ("지휘", "감독"), "mission": ("임무",), "life": ("생명",), "body": ("신체",), "property": ("재산",),
    "order": ("질서", "지휘", "명령"), "information": ("정보",), "cooperat": ("협력",), "fund": ("재정", "예산"), "financ": ("재정", "금융"),
    "support": ("지원",), "year": ("년",), "serve": ("임기", "보하"), "autonomous": ("자치",), "police": ("경찰",),
    "national": ("국가",), "provincial": ("시ㆍ도", "시", "도"), "committee": ("위원회",), "commission": ("위원회",),
    "council": ("의회", "협의회", "협의체"), "assembly": ("국회", "의회"), "deliberat": ("심의",), "decide": ("의결",), "decision": ("의결",),
    "emergency": ("비상사태",), "abuse": ("남용",), "authority": ("권한",), "power": ("권한",), "purpose": ("목적",),
    "mandate": ("임무",), "draw": ("수립",), "drawn": ("수립",), "formulat": ("수립",), "prepar": ("수립", "작성"),
    "set": ("수립", "두"), "head": ("장",), "chief": ("장",), "deputy": ("차장",), "assist": ("보좌",), "acting": ("대행",),
    "hold": ("개최", "보하"), "regular": ("정기", "정규", "정례"), "temporary": ("임시",), "extraordinary": ("임시",), "human": ("인권",),
    "rights": ("인권",), "gender": ("성",), "judge": ("법관", "판사"), "lawyer": ("변호사",), "prosecutor": ("검사",),
    "party": ("정당",), "political": ("정치",), "neutral": ("중립",), "neutrality": ("중립",), "station": ("경찰서",),
    "district": ("지구대",), "affairs": ("사무",), "guard": ("경비",), "escort": ("경호",), "terror": ("테러",),
    "espionage": ("간첩",), "international": ("국제",), "peace": ("안녕",), "collect": ("수집",), "disaster": ("재난",),
    "disabl": ("장애",), "domestic": ("가정",), "violence": ("폭력",), "school": ("학교",), "sexual": ("성폭력", "성"),
    "missing": ("실종",), "event": ("행사",), "resident": ("주민",), "local": ("지역", "지방"), "region": ("지역",),
    "headquarter": ("본부",), "director": ("장",), "decree": ("대통령령", "시행령", "령"), "amend": ("개정",), "vacanc": ("결원",),
    "vote": ("찬성", "의결"), "secretariat": ("사무기구",), "notif": ("통보", "통지", "알리"), "notice": ("통보",), "result": ("결과",),
    "opinion": ("의견",), "consult": ("협의",), "inspect": ("감사", "점검"), "reconsider": ("재의",), "investigator": ("수사",),
    "officer": ("경찰공무원", "공무원"), "official": ("공무원",), "civil": ("공무원",), "servant": ("공무원",), "employ": ("임용",),
    "promot": ("승진",), "transfer": ("이관", "이양", "전보"), "manpower": ("인력",), "equipment": ("장비",), "facilit": ("시설",),
    "cost": ("비용", "경비"), "expense": ("경비", "비용"), "subsid": ("지원", "보조"), "state": ("국가",),
    "government": ("정부", "국가"), "plan": ("계획",), "goal": ("목표",), "annual": ("매년",), "every": ("매",),
    "publish": ("공표",), "announce": ("공표",), "secret": ("비밀",), "confidential": ("비밀",), "leak": ("누설",),
    "disclos": ("누설", "공표"), "oath": ("선서",), "uniform": ("제복",), "weapon": ("무기",), "arms": ("무기",),
    "special": ("특별",), "pilot": ("시범",), "jurisdiction": ("관할",), "area": ("구역", "관할"), "independent": ("독립",),
    "collegial": ("합의제",), "administrative": ("행정",), "agency": ("기관", "청"), "exchange": ("교류",),
    "personnel exchange": ("인사교류",), "rank": ("계급", "보하"), "implement": ("실시", "시행"), "provide": ("지원", "제공"),
    "wear": ("착용",), "carry": ("휴대",), "probation": ("시보",), "hire": ("채용", "임용"), "recruit": ("채용", "임용"), "new": ("신규", "새로", "신설"),
    "open": ("공개",), "regularly": ("정기",), "determin": ("결정", "정하"), "elect": ("선거", "선출", "호선"),
    "automatic": ("당연",), "end": ("끝나", "만료"), "operat": ("운영",), "join": ("가입",), "participat": ("참여", "관여"), "undergo": ("거치",),
    "part": ("참여",), "process": ("과정",), "maintain": ("유지",), "cover": ("지원", "부담"), "formulate": ("수립",),
    "polic": ("시책", "정책", "경찰"), "allow": ("허용", "수"), "renewed": ("연임", "중임"), "second": ("중임",),
    "independently": ("독립",), "nationality": ("국적",), "retirement": ("정년", "퇴직"), "ministry": ("부",),
    "salary": ("보수",), "pay": ("보수",), "secondment": ("파견",), "bill": ("법률안",), "bills": ("법률안",), "appeal": ("소청",), "review": ("심의", "심사", "검토"), "fitness": ("적격",),
    "appeals": ("소청",), "object": ("이의",), "objection": ("이의",), "superior": ("상관",), "orders": ("지휘", "명령"),
    "research": ("연구",), "development": ("개발", "발전"), "technology": ("기술",), "promotion": ("승진",), "weapons": ("무기",),
    "age": ("세", "연령", "정년"), "interested": ("이해관계인",), "parties": ("정당", "이해관계인"), "hear": ("듣", "청취", "의견"),
    # grown from fresh paraphrases written for error analysis (evals/sets/tuning-citations.jsonl, tp1xx)
    "perform": ("수행", "집행"), "stop": ("중단", "중지"), "cease": ("중단", "해소", "종료"), "inform": ("통보", "통지", "알리"),
    "university": ("대학",), "academy": ("학교", "연수원", "대학"), "institute": ("연구원", "연구소", "개발원"),
    "approv": ("승인", "동의", "인가"), "examination": ("시험",), "exam": ("시험",), "competitive": ("경쟁",),
    "citizen": ("국민",), "comprehensive": ("종합",), "auxiliary": ("보조",), "agenda": ("안건",), "devise": ("마련", "수립"),
    "pursue": ("추진",), "disagree": ("이견", "이의"), "lawful": ("적법",), "legitima": ("정당",), "impeach": ("탄핵",),
    "preferential": ("우대",), "fiscal": ("재정",), "activit": ("활동",), "engag": ("관여", "종사"),
    "neglect": ("게을리", "태만"), "abandon": ("유기",), "central": ("중앙",), "victim": ("피해자",), "arrest": ("체포",),
    "train": ("교육", "훈련"), "education": ("교육",), "welfare": ("복지",),
    "send": ("통보", "송부", "제출", "보내"), "extend": ("연장", "확대"), "location": ("위치", "소재"), "distinguish": ("구별", "구분"), "marking": ("표지", "표시"),
    "accept": ("수리", "접수", "수용"), "overstep": ("남용",), "disadvantage": ("불이익",),
    "disadvantaged": ("불이익",), "posthumous": ("특별승진", "사망"), "posthumously": ("특별승진", "사망"), "live": ("거주", "주소"), "reside": ("거주", "주소", "주민"),
    "split": ("구분", "분할"), "divided": ("구분", "분할"), "merge": ("통합", "합병"), "merging": ("통합", "합병"),
    "merger": ("통합", "합병"), "grant": ("교부", "교부금", "보조금"), "grants": ("교부", "교부금", "보조금"),
    # session 5 (tuning-retrieval-8, -9)
    "constable": ("순경",), "constables": ("순경",), "twice": ("중복",), "merit": ("유공", "보훈"), "unlawful": ("위법",), "background": ("경력", "자격"),
    "outside": ("외부",),
}

# Korean query terms → the English words of the policy paper that say the same
# (a Korean question about 연착륙 should reach the English abstract)
KO_EN: dict[str, tuple[str, ...]] = {
    "연착륙": ("soft", "landing"), "경착륙": ("hard", "landing"), "이원화": ("dual", "dualization", "double-level"),
    "자치경찰": ("autonomous", "police"), "자치경찰제": ("autonomous", "police", "system"), "시범": ("pilot",),
    "선거": ("election",), "직선": ("election",), "직선제": ("election",), "이양": ("transfer",), "이관": ("transfer",),
    "인력": ("manpower",), "예산": ("budget",), "조직": ("organization", "organizations"), "주민": ("residents",),
    "풀뿌리": ("grassroots",), "민주주의": ("democracy",), "효율": ("efficiency",), "중앙": ("centrally", "centralized"),
    "논문": ("paper",), "정책": ("policy",), "평가": ("evaluations", "criticisms"), "비판": ("criticisms",),
    "공약": ("pledge",), "정부": ("government",), "윤석열": ("yoon",), "국가경찰": ("national", "police"),
    "위원장": ("chairman",), "모델": ("model",), "일원화": ("unified",), "제주": ("jeju",), "세종": ("sejong",),
    "강원": ("gangwon",), "전북": ("jeonbuk",), "경찰제도발전위원회": ("police", "system", "development", "committee"),
}


# English names of bodies, offices and places → the Korean term a statute uses
# (matched as phrases before single words: 'National Police Agency' is 경찰청)
PHRASES_EN_KO: dict[str, str] = {
    # session 4, from the misses of tuning-retrieval-5…7 and tuning-citations-5…10
    "in charge of": "담당", "in charge": "담당", "fill in": "대행", "fills in": "대행", "act for": "대행", "acts for": "대행", "acting for": "대리",
    "worse off": "불이익", "metropolitan area": "수도권", "capital region": "수도권", "moved into": "편입",
    "incorporated into": "편입", "years of schooling": "수업연한", "public safety and order": "치안", "law and order": "치안",
    "metropolitan mayor": "시ㆍ도지사", "metropolitan mayors": "시ㆍ도지사", "state land": "국유재산", "state property": "국유재산",
    "public land": "공유재산", "public property": "공유재산", "civil service": "공무원", "transitional rules": "경과조치",
    "transitional rule": "경과조치", "open competitive position": "공모직위", "open competitive positions": "공모직위",
    "open position": "개방형직위", "open positions": "개방형직위", "shared tax": "교부세", "local shared tax": "교부세",
    "financial institution": "금융기관", "financial institutions": "금융기관",
    "national police agency": "경찰청", "national police committee": "국가경찰위원회",
    "commissioner general": "경찰청장", "deputy commissioner": "차장",
    "provincial autonomous police committee": "시ㆍ도자치경찰위원회", "autonomous police committee": "자치경찰위원회",
    "national office of investigation": "국가수사본부", "police station": "경찰서", "police stations": "경찰서",
    "provincial police agency": "시ㆍ도경찰청", "provincial police chief": "시ㆍ도경찰청장",
    "ministry of the interior": "행정안전부", "minister of the interior": "행정안전부장관", "prime minister": "국무총리",
    "local government": "지방자치단체", "local governments": "지방자치단체", "police officer": "경찰공무원",
    "police officers": "경찰공무원", "autonomous police officer": "자치경찰공무원",
    "autonomous police officers": "자치경찰공무원", "recommendation committee": "추천위원회",
    "support committee": "지원위원회", "audit committee": "감사위원회", "personnel committee": "인사위원회",
    "special self-governing province": "특별자치도", "special self-governing city": "특별자치시",
    "chief superintendent general": "치안정감", "senior superintendent general": "치안감",
    "superintendent general": "경무관", "senior superintendent": "총경", "senior inspector": "경감",
    "assistant inspector": "경사", "autonomous police corps": "자치경찰단",
    "central administrative agencies": "중앙행정기관", "national assembly": "국회", "public official": "공무원",
    "public officials": "공무원", "civil servant": "공무원", "civil servants": "공무원",
    "public security": "치안", "every half year": "반기", "half year": "반기", "half-year": "반기", "state council": "국무회의", "direct control": "직할", "direct jurisdiction": "직할", "directly under": "직할", "public safety": "치안", "administrative affairs": "사무",
    "special local administrative agency": "특별지방행정기관", "special local administrative agencies": "특별지방행정기관",
    "central administrative agency": "중앙행정기관", "local era": "지방시대", "in principle": "원칙",
    "open competitive": "공개경쟁", "human resources development": "인재개발", "central police academy": "중앙경찰학교",
    "police university": "경찰대학", "police investigation academy": "경찰수사연수원", "police hospital": "경찰병원",
    # session 5, from the misses of tuning-retrieval-8 and -9
    "self-governing police corps": "자치경찰단", "self-governing police": "자치경찰",
    "rental car": "자동차대여", "rental cars": "자동차대여", "car rental": "자동차대여", "car rentals": "자동차대여",
    "national merit": "국가유공자", "council seats": "의원정수", "early-retirement": "명예퇴직",
    "investment promotion zone": "투자진흥지구", "investment promotion zones": "투자진흥지구",
    "science park": "과학기술단지", "science parks": "과학기술단지",
    "right away": "즉시", "during operations": "작전", "good reason": "정당한 사유", "good cause": "정당한 사유", "central government": "정부", "direct payment": "직접지불", "direct payments": "직접지불",
    "length of service": "근속", "years of service": "근속", "autonomous police commissioner": "자치경찰위원",
    "autonomous police commissioners": "자치경찰위원", "next rank": "상위 계급", "from outside": "외부",
    # session 6, from the misses of tuning-retrieval-13, -14
    "autonomous police system": "자치경찰제", "autonomous policing": "자치경찰제", "innovation city": "혁신도시",
    "innovation cities": "혁신도시", "protection zone": "보호구역", "protection zones": "보호구역",
    "military installation": "군사시설", "military installations": "군사시설", "staff transfers": "인사교류",
    "staff transfer": "인사교류", "personnel exchange": "인사교류", "personnel exchanges": "인사교류",
    "working-level": "실무", "forum": "협의회", "forums": "협의회",
    # (tuning-retrieval-15)
    "as though they were": "의제", "as if they were": "의제", "prosecuted as": "벌칙", "council chair": "의장",
    "council chairs": "의장", "fixed-term": "임기제", "fixed-term contracts": "근무기간", "fixed-term contract": "근무기간",
    "step aside": "회피", "steps aside": "회피",
    "support unit": "지원단", "support units": "지원단",
    # (tuning-retrieval-16)
    "super-regional": "초광역", "mega-regional": "초광역", "departure levy": "납부금", "departure fee": "납부금",
    "departure charge": "납부금", "several deputy": "복수차장", "multiple deputy": "복수차장", "multiple deputies": "복수차장",
}
PLACES_EN_KO: dict[str, str] = {"jeju": "제주", "sejong": "세종", "gangwon": "강원", "jeonbuk": "전북", "gyeonggi": "경기",
                                "seoul": "서울", "busan": "부산", "incheon": "인천"}

# The heading glossary (drafter.text.glossary_headings: the vocabulary of the whole corpus)
# fills in the words the entries above lack; an entry above wins for a key both have.
# (merged at the end of this module, once korean_terms can say what an entry above gives a word)
# session 7 (citations): statute senses the entries above lacked ('demonstrations' at rallies are 시위, not only
# a 시범 project; a 'settlement' of accounts is 결산; funds are 'carried over', 이월; a doctor's 'prescription')
_SENSES_S7: dict[str, tuple[str, ...]] = {
    "demonstrat": ("시위", "시범", "실증"), "rall": ("집회",), "settlement": ("결산", "정착"), "carry": ("이월", "수행"),
    "prescription": ("처방", "처방전", "시효"), "pharmac": ("약사", "약국", "의약품"), "dispens": ("조제",),
    "medicin": ("의약품", "의료"), "advers": ("불리",), "measure": ("처분",), "duties": ("분장", "직무", "임무", "사무"),
    "renew": ("갱신",), "condition": ("조건",), "favourabl": ("유리", "불리", "불이익"),
    "favorabl": ("유리", "불리", "불이익"), "attach": ("부과", "첨부"),
    "performance": ("공연",), "promotional": ("광고", "선전", "홍보"), "licence": ("면허", "자격증"),
    "license": ("면허", "자격증"), "enlarg": ("확대", "확장"), "debat": ("논의", "토론"), "help": ("기여",),
}
for _key, _terms in _SENSES_S7.items():  # (added to the word's entry, or to its heading-glossary terms)
    _had = GLOSSARY_EN_KO.get(_key) or HEADING_EN_KO.get(_key, ())
    GLOSSARY_EN_KO[_key] = tuple(dict.fromkeys((*_had, *_terms)))
# senses grown from the misses of tuning-citations-26 … -35 and tuning-retrieval-19 … -23 (session 8): each is
# a statute's own word for the English one; the word keeps its earlier senses (:func:`_add_senses`)
_SENSES_S8: dict[str, tuple[str, ...]] = {
    "corporation": ("법인",), "opened": ("개설",), "hospital": ("의료기관",), "extra": ("외에", "추가"),
    "registered": ("등기",), "disaster": ("재해",), "families": ("유족", "가족"), "family": ("유족", "가족"),
    "bereaved": ("유족",), "suitable": ("적절", "적합"), "benefits": ("급여",), "benefit": ("급여",),
    "country": ("전국",), "nationwide": ("전국",), "recruit": ("선발", "모집"), "assert": ("대항", "주장"),
    "admission": ("입학", "선발"), "penalty": ("벌칙", "처벌", "벌금"), "penalties": ("벌칙", "처벌", "벌금"),
    "punish": ("처벌", "벌칙"), "juvenile": ("소년",), "younger": ("미만",), "category": ("유형", "분야"),
    "implement": ("이행",), "mediate": ("중재",), "mediated": ("중재",), "mediation": ("중재",),
    "recommend": ("권고",), "attached": ("소속",), "work": ("종사",), "practise": ("의료행위", "종사"),
    "incorporate": ("편입",), "incorporating": ("편입",), "plan": ("방안",), "designate": ("지정",),
    "prospective": ("예정",), "disqualification": ("결격",), "grounds": ("사유",), "defectors": ("북한이탈주민",),
    "defector": ("북한이탈주민",), "assigned": ("분장",), "introduce": ("도입", "실시"),
    "introducing": ("도입", "실시"), "chosen": ("선출", "선임"), "choose": ("선출",), "suggestion": ("제안",),
    "suggestions": ("제안",), "adopted": ("채택",), "raise": ("승급",), "operator": ("시행자",),
    "published": ("고시", "공고"), "gazette": ("공보",), "placed": ("보직", "배치"), "exist": ("존속", "두"),
    "existence": ("존속",), "directors": ("이사",), "auditors": ("감사",), "auditor": ("감사",), "kind": ("종류",),
    "kinds": ("종류",), "type": ("종류", "유형"), "types": ("종류", "유형"), "administer": ("실시", "시행", "관리"),
    "administered": ("실시", "시행", "관리"), "site": ("부지",), "area": ("면적",), "ministerial": ("부령",),
}


def _add_senses(table: dict[str, tuple[str, ...]]) -> None:
    """Add senses to a surface word's own entry and to its stem's ('registered', 'register'), so its
    inflected forms find them too; earlier senses stay first. They are error-analysis entries, like the
    tables above (:data:`BASE_GLOSSARY_EN_KO`)."""
    for word, terms in table.items():
        had = korean_terms(word)
        for key in dict.fromkeys((word, _stem(word))):
            if key == _stem(word) or key in GLOSSARY_EN_KO:
                GLOSSARY_EN_KO[key] = BASE_GLOSSARY_EN_KO[key] = tuple(dict.fromkeys((*had, *terms)))


PHRASES_EN_KO.setdefault("secondary victimization", "2차가해")
# (session 8) phrases a question or claim uses for one statute word; a plural finds its phrase too
_PHRASES_S8: dict[str, str] = {
    "third party": "제3자", "second post": "겸직", "side job": "겸직", "concurrent post": "겸직", "paid work": "영리",
    "direct popular vote": "선거", "direct election": "선거", "disciplinary penalty": "징계",
    "disciplinary penalties": "징계", "large city": "대도시", "large cities": "대도시", "special-case city": "특례시",
    "special-case cities": "특례시", "special arrangement": "특례", "by analogy": "준용", "mutatis mutandis": "준용",
    "support organ": "보조기관", "auxiliary organ": "보조기관", "administrative court": "행정소송",
    "administrative litigation": "행정소송", "field office": "특별지방행정기관", "regional field office": "특별지방행정기관",
    "absolute conservation zone": "절대보전지역", "absolute conservation area": "절대보전지역",
    "absolute preservation zone": "절대보전지역", "management conservation zone": "관리보전지역",
    "foreign school": "외국교육기관", "korean students": "내국인", "local era committee": "지방시대위원회",
    "working committee": "실무위원회", "gyeonggi nambu provincial police agency": "경기도남부경찰청",
    "gyeonggi nambu police agency": "경기도남부경찰청", "gyeonggi bukbu provincial police agency": "경기도북부경찰청",
    "gyeonggi bukbu police agency": "경기도북부경찰청", "gyeonggi nambu": "경기도남부", "gyeonggi bukbu": "경기도북부",
}
for _phrase, _term in _PHRASES_S8.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
for _phrase in ("seoul metropolitan police agency", "seoul metropolitan police", "seoul police agency", "seoul police"):
    PHRASES_EN_KO[_phrase] = "서울특별시경찰청"  # the NPA decree's own articles on the Seoul agency (제45조 복수차장 …)
PHRASES_EN_KO.setdefault("current transaction", "경상거래")
PHRASES_EN_KO.setdefault("current transactions", "경상거래")
PHRASES_EN_KO.setdefault("foreign means of payment", "대외지급수단")
PHRASES_EN_KO.setdefault("ad hoc", "수시")

BASE_GLOSSARY_EN_KO: dict[str, tuple[str, ...]] = dict(GLOSSARY_EN_KO)
BASE_PHRASES_EN_KO: dict[str, str] = dict(PHRASES_EN_KO)


def _stem(word: str) -> str:
    w = word.lower().strip("'-")
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


WHOLE_WORD_ONLY: set[str] = set()
"""Error-analysis keys no shorter word reaches ('closed' meetings are 비공개; 'close' is not closed)."""

_by_stem: dict[str, str] = {}
_by_truncation: dict[str, str] = {}
_phrases_longest_first: list[str] = []
_keys_indexed = 0  # how many GLOSSARY_EN_KO keys (in insertion order) the two word lookups cover
_phrases_sorted = -1  # len(PHRASES_EN_KO) when the phrases were last sorted


_NOUN_SUFFIXES = ("ations", "ation", "ments", "ment", "ies")


def _index_key(key: str) -> None:
    if key.endswith(_NOUN_SUFFIXES):
        _by_stem.setdefault(_stem(key), key)
    if key in BASE_GLOSSARY_EN_KO and key not in WHOLE_WORD_ONLY:  # ('care' is not a form of 'career')
        for cut in (1, 2):
            if len(key) - cut >= 4:
                _by_truncation.setdefault(key[:-cut], key)


def _word_indexes() -> tuple[dict[str, str], dict[str, str]]:
    """The verb stem of each -ation/-ment key (development → develop) and each error-analysis key
    less its last one or two letters, first key first. Entries added since the last call are
    indexed on their own (the tables above grow one entry at a time while this module loads, and
    a full rebuild per entry cost a quarter of a second of every cold start); an entry removed
    (a test's ``monkeypatch`` undone) rebuilds them."""
    global _keys_indexed
    if len(GLOSSARY_EN_KO) < _keys_indexed:
        _reset_indexes()
    if len(GLOSSARY_EN_KO) > _keys_indexed:
        for key in islice(GLOSSARY_EN_KO, _keys_indexed, None):
            _index_key(key)
        _keys_indexed = len(GLOSSARY_EN_KO)
    return _by_stem, _by_truncation


def _phrases() -> list[str]:
    """The phrases of :data:`PHRASES_EN_KO`, longest first (sorted again when one is added)."""
    global _phrases_sorted
    if len(PHRASES_EN_KO) != _phrases_sorted:
        _phrases_longest_first[:] = sorted(PHRASES_EN_KO, key=len, reverse=True)
        _phrases_sorted = len(PHRASES_EN_KO)
    return _phrases_longest_first


def _reset_indexes() -> None:
    global _keys_indexed
    _by_stem.clear()
    _by_truncation.clear()
    _keys_indexed = 0


def _indexes() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """All three lookups, built once from the tables (and kept up to date as entries are added)."""
    return (*_word_indexes(), _phrases())


def korean_terms(word: str) -> tuple[str, ...]:
    """The Korean terms of one English word ('appointed' → 임명, 임용, 보하); () if unknown.

    The word itself, its stem, an -ation/-ment key of that stem ('developed' → development),
    else the longest key the word or its stem starts with ('revitalizing' → revitaliz,
    'investigation' → investigat, not invest), else an error-analysis key at most two letters
    longer than the stem."""
    low = word.lower()
    stem = _stem(low)
    exact = GLOSSARY_EN_KO.get(low) or GLOSSARY_EN_KO.get(stem)
    if exact:
        return exact
    by_stem, by_truncation = _word_indexes()
    if stem in by_stem:
        return GLOSSARY_EN_KO[by_stem[stem]]
    for end in range(len(low) - 1, 3, -1):  # the stem is the word less a suffix (or ending in y)
        targets = GLOSSARY_EN_KO.get(low[:end]) or (GLOSSARY_EN_KO.get(stem[:end]) if end <= len(stem) else None)
        if targets:
            return targets
    if len(stem) >= 4 and stem in by_truncation:
        return GLOSSARY_EN_KO[by_truncation[stem]]
    return ()


_HEAD_OF = lazy_compile(r"\b(?:head|chief|chair|chairperson|chairman|director|commander|commissioner)s?\s+of\s+"
                        r"(?:the\s+)?(?:[a-z']+\s+){0,2}$")
_HEAD_AFTER = lazy_compile(r"\s+(?:head|commander)s?\b")  # (not "chief": "police agency chief" reads fine as the body)
_HEADED_BODY = lazy_compile(r"(?:단|청|본부|처|원|대|서|국|센터)$")


def _head_of(body: str) -> str | None:
    """The office heading a body, as the statutes write it: 감사위원회 → 감사위원장, 자치경찰단 → 자치경찰단장."""
    if body.endswith("위원회"):
        return body[:-1] + "장"
    return body + "장" if _HEADED_BODY.search(body) else None


_R_AND_D = lazy_compile(r"\br\s*&\s*d\b")
"""'R&D', which the word cut below would split into letters."""


_NOT_LOOKED_UP = frozenset({"against"})
"""Question words whose look-up finds a shorter word's terms ('against' → 'again': 중임)."""
_PLURAL_POSSESSIVE = lazy_compile(r"s' ")
_TITLE_PLURAL = lazy_compile(r"\b(superintendent|commissioner|inspector|attorney|director|secretary)s general\b")


def query_units(text: str) -> tuple[list[str], list[str], list[list[str]]]:
    """An English question cut for lookup: the Korean terms of its names and phrases, its other
    words, and each word's Korean terms (names and phrases matched first, longest first; then the
    question forms of :data:`QUESTION_FORMS_EN_KO`)."""
    low = " " + re.sub(r"[^a-z0-9' -]+", " ", _R_AND_D.sub(" research and development ", text.lower())) + " "
    low = _TITLE_PLURAL.sub(r"\1 general", low)  # ('superintendents general': the plural of 'superintendent general')
    low = _PLURAL_POSSESSIVE.sub("s ", low)  # ("regional field offices' functions": the plural's possessive is the plural)
    phrases: list[str] = [term for form, term in QUESTION_FORMS_EN_KO if form.search(low)]
    for phrase in _phrases():
        # (a phrase in the plural or the possessive is the phrase: 'the provincial autonomous police
        # committees'); one search a phrase, the ending read only where it occurs
        form = None
        for stem, ends in ((phrase, ("", "s", "es", "'s")), (phrase[:-1], ("ies",)) if phrase.endswith("y") else ("", ())):
            at = low.find(f" {stem}") if ends else -1  # ('metropolitan police agencies': the plural of an -y phrase)
            while at >= 0 and form is None:
                rest = low[at + len(stem) + 1 : at + len(stem) + 5]
                form = next((stem + end for end in ends if rest.startswith(end + " ")), None)
                at = low.find(f" {stem}", at + 1)
        if form is not None:
            term = PHRASES_EN_KO[phrase]
            phrases.append(term)
            at_form = low.index(f" {form} ")
            # ('the head of the autonomous police corps', 'the autonomous police corps head')
            head = _head_of(term) if _HEAD_OF.search(low[: at_form + 1]) or _HEAD_AFTER.match(low, at_form + len(form) + 1) \
                else None
            if head:
                phrases.append(head)  # 'the head of the autonomous police corps' → 자치경찰단장
            low = low.replace(f" {form} ", " ")
    words = low.split()
    # ("Gangwon's audit committee": a place's possessive adds no term, as the place itself is read by
    # fusion.plan_query; it is not a 'gang')
    per_word = [[PLACES_EN_KO[w]] if w in PLACES_EN_KO else [] if w.endswith("'s") and w[:-2] in PLACES_EN_KO
                or w in _NOT_LOOKED_UP else [t for t in korean_terms(w) if len(t) > 1] for w in words]
    return phrases, words, per_word


TERM_ALTERNATIVES: dict[str, tuple[str, ...]] = {"대행": ("대리",)}
"""Another statute word for a phrase's term: 'stands in for the chief' is 직무를 대행한다 in most acts and
직무를 대리한다 in the NPA decree."""


def korean_query_terms(text: str) -> list[str]:
    """Korean terms for an English question: names and phrases first, then word by word, then
    the compounds two neighbouring words make (:data:`COMPOUNDS`)."""
    terms, words, per_word = query_units(text)
    terms += [alt for term in terms for alt in TERM_ALTERNATIVES.get(term, ())]
    for found in per_word:
        terms += found
    # nouns the corpus writes joined: 'disciplinary committee' → 징계위원회, 'exchange of personnel' → 인사교류
    for i in range(len(words) - 1):
        first, second = (per_word[i], per_word[i + 1]) if words[i + 1] != "of" or i + 2 == len(words) \
            else (per_word[i + 2], per_word[i])
        terms += [a + b for a in first for b in second if a + b in COMPOUNDS]
    return list(dict.fromkeys(terms))


def korean_term_groups(text: str) -> list[tuple[str, ...]]:
    """The Korean alternatives of each name, phrase and word of an English question, one group
    per English unit ('appointed' → (임명, 임용, 보하)); units with no Korean term are left out.
    Search's second stage counts a word as present when any of its alternatives is."""
    phrases, _, per_word = query_units(text)
    groups = [(term, *TERM_ALTERNATIVES.get(term, ())) for term in phrases] + [tuple(found) for found in per_word if found]
    return list(dict.fromkeys(groups))


def english_words(korean: str) -> tuple[str, ...]:
    """English words of the paper for the Korean terms that occur in ``korean``."""
    out: list[str] = []
    for term, words in KO_EN.items():
        if term in korean:
            out += words
    return tuple(dict.fromkeys(out))


def _merge_headings() -> None:
    """Fill in the heading glossary: a heading key the tables above lack is added unless all its
    terms are what they already give the word ('election' → 선거 adds nothing to elect → 선거,
    선출, 호선; 'electric' → 전기 is not elect); a phrase, unless it is there."""
    base = {key: set(korean_terms(key)) for key in HEADING_EN_KO}
    for key, terms in HEADING_EN_KO.items():
        if key not in GLOSSARY_EN_KO and not set(terms) <= base[key]:
            GLOSSARY_EN_KO[key] = terms
    for phrase, term in HEADING_PHRASES_EN_KO.items():
        if not _plural_of_entry(phrase):
            PHRASES_EN_KO.setdefault(phrase, term)


def _plural_of_entry(phrase: str) -> bool:
    """Whether a heading phrase is the plural of a phrase above ('field offices' → 출장소 would take
    the words of 'field office' → 특별지방행정기관 first, as phrases are matched longest first, although
    :func:`query_units` already reads a phrase's plural as the phrase)."""
    return any(phrase.endswith(end) and phrase[: -len(end)] + back in BASE_PHRASES_EN_KO
               for end, back in (("s", ""), ("es", ""), ("ies", "y")))


_merge_headings()
_add_senses(_SENSES_S8)
# (session 9) statute words for everyday English of the ninth session's tuning batches
_SENSES_S9: dict[str, tuple[str, ...]] = {
    "inspect": ("열람",), "public": ("일반인",), "aged": ("세",), "older": ("이상",), "signatures": ("연서", "서명"),
    "signature": ("연서", "서명"), "districts": ("자치구",), "district": ("자치구",),
    "counties": ("군",), "county": ("군",), "surplus": ("과원", "잉여금"), "void": ("무효",),
    "exempt": ("면제",), "exempted": ("면제",), "exemption": ("면제",), "exemptions": ("면제",), "spared": ("면제",), "spare": ("면제",),
    "confirmation": ("확인",), "departure": ("출발",), "arrival": ("도착",), "aircraft": ("선박등",),
    "contribution": ("기여",), "jobs": ("일자리",), "job": ("일자리",), "picking": ("선정",), "weigh": ("고려",),
    "deputize": ("대행",), "deputizes": ("대행",), "deputise": ("대행",), "deputises": ("대행",),
}
_add_senses(_SENSES_S9)
# (session 15) a 'body' that acts or sends staff is a 단체 as well as the 신체 of 생명ㆍ신체ㆍ재산
_add_senses({"body": ("단체",), "bodies": ("단체",)})
# ('dismiss a member' of a committee is 해촉, as 'dismiss an official' is 면직 or 해임)
_add_senses({"dismiss": ("해촉",)})
for _word in ("count", "counts"):  # what counts toward a period (산입), not a country (국가), which 'count' would truncate
    GLOSSARY_EN_KO[_word] = BASE_GLOSSARY_EN_KO[_word] = ("산입", "계산", "포함")
GLOSSARY_EN_KO["counter"] = BASE_GLOSSARY_EN_KO["counter"] = ("대테러", "대응", "반하")  # not a form of 'count'

# (session 17) from the misses of tuning-retrieval-40 (plain-word English questions): the statute's word for a
# journalist's ('a corrupt hiring scheme' is 채용 비위, 'party-list seats' 비례대표, 'a police box' 지구대)
_add_senses({
    "foreign": ("외국인",), "hiring": ("채용",), "corrupt": ("비위",), "seat": ("의원", "정수"), "seats": ("의원", "정수"),
    "unavailable": ("사고",), "fund": ("기금",), "spray": ("분사기",), "caught": ("현행범",), "red-handed": ("현행범",),
})
for _phrase, _term in {
    "party-list": "비례대표", "party list": "비례대표", "proportional representation": "비례대표",
    "police box": "지구대", "police boxes": "지구대", "patrol post": "파출소", "patrol posts": "파출소",
    "foreign national": "외국인", "foreign nationals": "외국인",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)

# (session 17) from the misses of tuning-retrieval-41: a levy is 납부금, a fixed-term contract 임기제, charges 기소
_add_senses({
    "levy": ("납부금", "부담금"), "fixed-term": ("임기제",), "outsider": ("개방형",), "charges": ("기소",),
    "charged": ("기소",), "cheat": ("부정행위",), "impersonat": ("대신", "부정행위"),
})
for _phrase, _term in {
    "task force": "대응단", "voice phishing": "전기통신금융사기", "voice-phishing": "전기통신금융사기",
    "criminal charges": "기소", "taken off their post": "직위해제", "removed from their post": "직위해제",
    "sit the exam": "응시", "sit an exam": "응시", "sit the test": "응시", "extra meeting": "임시회의",
    "extraordinary meeting": "임시회의", "agree in advance": "협의", "can last": "존속", "will last": "존속",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)

# (session 17, last) plain words the tuning batches' remaining English misses lacked: Sejong's 읍ㆍ면ㆍ동 and the
# lower-tier local governments it has none of, detention before trial (구속), staff swaps (인사교류), a special rule's
# life (존속기한)
_add_senses({
    "arrest": ("구속",), "swap": ("교류", "인사교류"), "dong": ("동",), "eup": ("읍",), "myeon": ("면",),
    "lower-tier": ("지방자치단체",), "single-tier": ("지방자치단체",),
})
for _phrase, _term in {
    "stay in force": "존속", "stays in force": "존속", "run out": "존속기한", "runs out": "존속기한",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)

# (session 18) from the misses of tuning-retrieval-42 and the errors of tuning citation batches 79-80 and probes: a
# director-general is a 국장 (hyphenated too), a post opened to outside candidates an 개방형직위; 'via' is 거쳐; gas guns
# and rubber bullets (가스발사총, 고무탄); bankruptcy and reinstatement (파산, 복권); dual nationality; media reports
# (언론보도, 'media' is the press too, not only mediation) and corrections (정정). ('press' itself is left out: its
# stem 'pres' would start 'prescribed'.)
_add_senses({
    "via": ("거쳐", "거치"), "rubber": ("고무",), "dual-use": ("겸용",), "bankrupt": ("파산",), "bankruptcy": ("파산",),
    "reinstated": ("복권",), "reinstatement": ("복권",), "disqualified": ("결격",), "guardianship": ("후견",),
    "check": ("확인",), "media": ("언론",), "corrections": ("정정",), "correction": ("정정",),
})
for _phrase, _term in {
    "director-general": "국장", "directors-general": "국장", "director-general level": "국장급",
    "director-general-level": "국장급", "outside hire": "개방형", "outside hires": "개방형",
    "outside candidate": "개방형", "outside candidates": "개방형", "outside applicants": "개방형",
    "open to outsiders": "개방형", "rubber bullet": "고무탄", "rubber bullets": "고무탄", "gas gun": "가스발사총",
    "gas guns": "가스발사총", "dual nationality": "복수국적", "dual citizenship": "복수국적",
    "dual national": "복수국적자", "dual nationals": "복수국적자", "media reports": "언론보도",
    "media report": "언론보도", "press reports": "언론보도", "news reports": "언론보도",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)

# (session 20) from the errors of tuning citation batch 89: an emergency is also a statute's 긴급한 사정, and what cannot
# be avoided is 부득이한 사유
_add_senses({
    "emergency": ("긴급",), "emergencies": ("긴급",), "unavoidable": ("부득이",), "inevitable": ("부득이",),
})

# (session 20) from the misses of tuning-retrieval-45 and 46: plain English for 자치경찰 ('local police', 'local policing')
# and its committees ('police oversight board'); an unscheduled session is a 임시회의
for _phrase, _term in {
    "local police": "자치경찰", "local policing": "자치경찰", "local police officer": "자치경찰공무원",
    "local police officers": "자치경찰공무원", "police oversight board": "자치경찰위원회",
    "police oversight boards": "자치경찰위원회", "oversight board": "위원회", "oversight boards": "위원회",
    "unscheduled session": "임시회의", "unscheduled meeting": "임시회의", "unscheduled sessions": "임시회의",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)

# (session 21) from the misses of tuning-retrieval-49 and 50 (English as typed into a search box): a local police board
# is a 자치경찰위원회, a provincial police boss a 시ㆍ도경찰청장, central government branch offices are 특별지방행정기관,
# a bureau head a 국장, a committee boss its 위원장, an extra session a 임시회의; cops are police officers, kids
# children or pupils, a payout an allowance (수당)
for _phrase, _term in {
    "local police board": "자치경찰위원회", "local police boards": "자치경찰위원회",
    "provincial police boss": "시ㆍ도경찰청장", "provincial police head": "시ㆍ도경찰청장",
    "central government branch office": "특별지방행정기관", "central government branch offices": "특별지방행정기관",
    "branch offices of the central government": "특별지방행정기관", "branch offices of central government": "특별지방행정기관",
    "bureau head": "국장", "bureau heads": "국장", "bureau chief": "국장", "bureau chiefs": "국장",
    "committee boss": "위원장", "board boss": "위원장", "extra session": "임시회의", "extra sessions": "임시회의",
    "extra meeting": "임시회의", "extra meetings": "임시회의",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
_add_senses({
    "cop": ("경찰공무원", "경찰관"), "cops": ("경찰공무원", "경찰관"), "kids": ("학생", "아동"),
    "payout": ("수당",), "payouts": ("수당",),
})

# (session 22) from the misses of tuning-retrieval-53 … 55: Korean terms in Revised Romanization as a foreign
# researcher or a non-native speaker writes them ('sido jachi gyeongchal committee', 'a gyeongjeong'), each the
# statute's own word; and a journalist's names for the committees ('police watchdog'), an extra sitting, a staff
# exchange, a coordination body, a school run by foreigners
ROMANIZED_KO: dict[str, tuple[str, ...]] = {
    "jachi": ("자치",), "jachigyeongchal": ("자치경찰",), "gyeongchal": ("경찰",), "wiwonhoe": ("위원회",),
    "sido": ("시ㆍ도",), "si-do": ("시ㆍ도",), "gukga": ("국가",), "gyeongchalcheong": ("경찰청",),
    "gyeongchalcheongjang": ("경찰청장",), "gyeongchalseo": ("경찰서",), "gongmuwon": ("공무원",),
    "dojisa": ("도지사",), "uihoe": ("의회",), "jorye": ("조례",), "iwonhwa": ("이원화",), "ilwonhwa": ("일원화",),
    "chianchonggam": ("치안총감",), "chianjeonggam": ("치안정감",), "chiangam": ("치안감",), "gyeongmugwan": ("경무관",),
    "chonggyeong": ("총경",), "gyeongjeong": ("경정",), "gyeonggam": ("경감",), "gyeongwi": ("경위",),
    "gyeongsa": ("경사",), "gyeongjang": ("경장",), "sungyeong": ("순경",),
    "pamyeon": ("파면",), "haeim": ("해임",), "gangdeung": ("강등",), "jeongjik": ("정직",), "gambong": ("감봉",),
    "gyeonchaek": ("견책",), "sochung": ("소청",), "jikwihaeje": ("직위해제",), "jachidan": ("자치경찰단",),
}
"""Korean terms as Revised Romanization writes them: searched, and read in a claim, as the term itself."""
for _word, _terms in ROMANIZED_KO.items():
    GLOSSARY_EN_KO[_word] = BASE_GLOSSARY_EN_KO[_word] = _terms
for _phrase, _term in {
    "jachi gyeongchal": "자치경찰", "jachi gyeongchaldan": "자치경찰단", "gukga gyeongchal": "국가경찰",
    "gyeongchal gongmuwon": "경찰공무원", "jibang gongmuwon": "지방공무원",
    "police watchdog": "자치경찰위원회", "police watchdogs": "자치경찰위원회",
    "national police watchdog": "국가경찰위원회", "extra sitting": "임시회의", "extra sittings": "임시회의",
    "staff exchange": "인사교류", "staff exchanges": "인사교류", "coordination body": "협의체",
    "coordinating body": "협의체", "consultative body": "협의체", "cross-ministry": "범부처",
    "cross-ministerial": "범부처", "pan-ministry": "범부처", "pan-government": "범부처",
    "foreign-run school": "외국교육기관", "foreign-run schools": "외국교육기관", "years of study": "수업연한",
    "length of study": "수업연한", "seoul's police": "서울특별시경찰청", "voice phishing": "전기통신금융사기",
    "phone scams": "전기통신금융사기", "phone scam": "전기통신금융사기",
    "one more time": "연임", "three deputy": "복수차장",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
# (session 22) from the errors of tuning citation batches 96 and 97: manual labour is the statutes' 노무 ('사실상 노무에
# 종사하는'). ('dismissal' as 파면 was tried and dropped: it moved tuning questions on 면직 down.)
_add_senses({"manual": ("노무",), "labor": ("노무",), "labour": ("노무",), "actual": ("사실상",)})
# (session 22, second round) from the misses of tuning-retrieval-56 and 57: a vice-governor is a 부지사, the tobacco tax
# the 담배소비세, drug rings 마약 (not medicines), a city of a million people a 대도시, the police university's president
# its 학장 (경찰대학 is read from 'police university'); judges are 법관, and targets also 목표
for _phrase, _term in {
    "vice-governor": "부지사", "vice governor": "부지사", "vice-governors": "부지사", "tobacco tax": "담배소비세",
    "tobacco consumption tax": "담배소비세", "drug ring": "마약", "drug rings": "마약", "drug crime": "마약",
    "drug crimes": "마약", "drug trafficking": "마약", "million people": "대도시", "million residents": "대도시",
    "million inhabitants": "대도시", "university president": "학장", "president of the korean national police university": "학장",
    "president of the national police university": "학장", "police university president": "학장",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
GLOSSARY_EN_KO["judges"] = BASE_GLOSSARY_EN_KO["judges"] = ("법관",)
_add_senses({"targets": ("목표",), "target": ("목표",)})
# (session 23) from the misses of tuning-retrieval-57 and 58: special powers a law grants a city are its 특례, a law's
# guiding idea its 기본이념, young children 어린이, a body's staff office its 사무기구
for _phrase, _term in {
    "special powers": "특례", "special power": "특례", "special authority": "특례", "special privileges": "특례",
    "guiding idea": "기본이념", "guiding ideas": "기본이념", "guiding principle": "기본이념", "guiding principles": "기본이념",
    "basic idea": "기본이념", "underlying idea": "기본이념", "basic philosophy": "기본이념", "core idea": "기본이념",
    "young children": "어린이", "small children": "어린이", "little children": "어린이",
    # a body's staff office is its 사무기구 and its office work 사무, not a term of office (임기)
    "staff office": "사무기구", "staff offices": "사무기구", "administrative office": "사무기구",
    "administrative offices": "사무기구", "committee's office": "사무기구", "office work": "사무",
    "day-to-day work": "사무", "day-to-day office work": "사무",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
# (session 24) from the misses of tuning-retrieval-61 … 63: a committee's support office is its 사무기구; unfair treatment
# is the statutes' 불이익; a law that leaves the details to a separate act says 따로 법률로 정한다 (not leave of absence,
# 휴직); neighbourhood patrol units are 지구대 and 파출소; a member forced out is 면직 and one who loses the seat 퇴직
for _phrase, _term in {
    "support office": "사무기구", "support offices": "사무기구", "unfair treatment": "불이익", "treated unfairly": "불이익",
    "unfairly treated": "불이익", "unfavourable treatment": "불이익", "unfavorable treatment": "불이익",
    "separate act": "법률", "separate law": "법률", "separate statute": "법률", "another act": "법률", "another law": "법률",
    "leaves the details": "정하", "leave the details": "정하", "left the details": "정하", "leaves details": "정하",
    "leaves the specifics": "정하", "leave the specifics": "정하", "leaves the rest": "정하",
    "patrol unit": "지구대", "patrol units": "지구대", "neighbourhood patrol": "지구대", "neighborhood patrol": "지구대",
    "forced out": "면직", "pushed out": "면직", "lose the seat": "퇴직", "loses the seat": "퇴직", "lose their seat": "퇴직",
    "lose the post": "퇴직", "loses the post": "퇴직", "lose their post": "퇴직",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
# (session 24) from the errors of tuning citation batch 102: an expressway is the statutes' 고속도로
_add_senses({"expressway": ("고속도로",), "expressways": ("고속도로",), "motorway": ("고속도로",), "motorways": ("고속도로",),
             "freeway": ("고속도로",), "freeways": ("고속도로",)})
# (session 24) an official's taking office is the statutes' 취임 (a government's taking office is its launch, read by
# the claim analyzer); an unavoidable reason is 불가피한 사유
for _phrase in ("take office", "takes office", "took office", "taking office", "taken office", "assume office",
                "assumes office", "assuming office", "assumed office"):
    PHRASES_EN_KO.setdefault(_phrase, "취임")
_add_senses({"unavoidable": ("불가피",), "inevitable": ("불가피",)})
# (session 24) from the misses of tuning-retrieval-64 and 65: the emergency number 112 is searched as itself (112신고,
# 112치안종합상황실); a committee's make-up is its 구성
GLOSSARY_EN_KO["112"] = BASE_GLOSSARY_EN_KO["112"] = ("112",)
_add_senses({"make-up": ("구성",)})
# (session 25) from the misses of tuning-retrieval-66 and 67: Interpol is the NPA decree's 국제형사경찰기구 (its bureau
# 국제치안협력국); R&D is 연구개발; a demotion is also 강임, when a post is abolished (강등 is the penalty); a fund's account is
# its 계정; a security clearance is 신원조사; units reporting straight to a chief are 직할대; a law that mentions a body
# 인용하다 it ('province' as 시ㆍ도, 'aides' as 보좌 and 'demoted' as 강임 were tried and dropped: each moved
# questions of earlier batches down)
_add_senses({"interpol": ("국제형사경찰기구", "국제치안협력"), "demotion": ("강임",), "account": ("계정",),
             "accounts": ("계정",), "mention": ("인용",), "mentions": ("인용",), "mentioned": ("인용",)})
for _phrase, _term in {
    "research and development": "연구개발", "security clearance": "신원조사",
    "direct-report unit": "직할대", "direct-report units": "직할대", "directly reporting unit": "직할대",
    "units reporting directly": "직할대", "international cooperation": "국제협력",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
# (session 26) a noun and its plural name the same thing, but the tables above grew one form at a time: 'capability'
# found 기능 and 'capabilities' 기능 and 역량. Each pair below gets the terms of both forms, the singular's first. Left
# out: plurals that mean something else (fires, parts, rights, sales, news), forms with a sense of their own (orders,
# duties), and the pairs whose union moved tuning questions down (exception, project, investor, judge, circumstance,
# corporation, department, pick).
_SAME_SENSE_PLURALS = (
    ("asset", "assets"), ("bonus", "bonuses"), ("category", "categories"), ("check", "checks"),
    ("complaint", "complaints"), ("detective", "detectives"), ("hospital", "hospitals"), ("institution", "institutions"),
    ("job", "jobs"), ("lawmaker", "lawmakers"), ("legislator", "legislators"), ("levy", "levies"),
    ("objective", "objectives"), ("operator", "operators"), ("petition", "petitions"), ("physician", "physicians"),
    ("referendum", "referendums"), ("retiree", "retirees"), ("site", "sites"), ("specialist", "specialists"),
    ("surplus", "surpluses"), ("territory", "territories"), ("capability", "capabilities"), ("effect", "effects"),
    ("profit", "profits"), ("ranking", "rankings"), ("contribution", "contributions"), ("graduate", "graduates"),
    ("borrowing", "borrowings"), ("drug", "drugs"), ("punishment", "punishments"),
)
for _one, _many in _SAME_SENSE_PLURALS:
    _both = tuple(dict.fromkeys((*korean_terms(_one), *korean_terms(_many))))[:4]
    for _word in (_one, _many):
        GLOSSARY_EN_KO[_word] = BASE_GLOSSARY_EN_KO[_word] = _both
# (session 26, from the misses of tuning-retrieval-68, 70 and 71) what English writers call the bodies of a 시ㆍ도: a
# 'metropolitan' committee or agency, a 'regional' agency, provincial police headquarters; the Seoul agency in the
# possessive; the NPA's police headquarters; a closed meeting is 비공개; the towns surrounding a city are its 인접
# 지역; self-government that takes root 정착s; an audit body is the audit committee; a second post held with one's
# own is 겸임 as well as 겸직; an agency's internal units are its 하부조직; a civil service law is a 공무원법 as a
# civil service act is; a sergeant is a 경사 or 경장 and a lieutenant a 경위 or 경감, as the translations go; someone
# incapacitated has his duties done by another (대행); training abroad is 국외 or 국내외. Tried and dropped, each for
# moving questions of earlier batches down: 'obliged' → 책무, 'neighboring' → 인접, 'borrow' → 준용, 'police
# commission' → 경찰위원회, and a 'provincial' or 'regional' police committee or commission → 시ㆍ도자치경찰위원회.
for _phrase, _term in {
    "metropolitan autonomous police committee": "시ㆍ도자치경찰위원회",
    "metropolitan police committee": "시ㆍ도자치경찰위원회",
    "metropolitan police agency": "시ㆍ도경찰청", "regional police agency": "시ㆍ도경찰청",
    "seoul's metropolitan police agency": "서울특별시경찰청", "seoul's police agency": "서울특별시경찰청",
    "police headquarters": "경찰청", "national police headquarters": "경찰청",
    "provincial police headquarters": "시ㆍ도경찰청", "metropolitan police headquarters": "시ㆍ도경찰청",
    "take root": "정착", "takes root": "정착", "taking root": "정착", "took root": "정착",
    "audit body": "감사위원회", "internal audit body": "감사위원회",
    "internal unit": "하부조직", "internal units": "하부조직", "internal division": "하부조직",
    "internal divisions": "하부조직", "internal organization": "하부조직", "subdivisions": "하부조직",
    "sub-units": "하부조직", "subunits": "하부조직",
    "civil service law": "공무원법", "civil service laws": "공무원법", "public officials law": "공무원법",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
GLOSSARY_EN_KO["closed"] = BASE_GLOSSARY_EN_KO["closed"] = ("비공개",)
WHOLE_WORD_ONLY.add("closed")  # not 'close', as in 'close cooperation'
_add_senses({"surrounding": ("인접",), "sergeant": ("경사", "경장"), "sergeants": ("경사", "경장"),
             "lieutenant": ("경위", "경감"), "lieutenants": ("경위", "경감"), "incapacitated": ("대행",),
             "abroad": ("국외", "국내외"), "overseas": ("국외", "국내외")})
TERM_ALTERNATIVES["겸직"] = ("겸임",)
# (session 27, from the misses of tuning-retrieval-73 to 75) the official English names 'Gangwon State' and
# 'Jeonbuk State' name the province, not the State (국가); a secondment is 파견 in every form ('seconding',
# 'seconded'), not a second term; a fund's 'lifespan' is its 존속기한; a central ministry's 'field agency' is a
# 특별지방행정기관 as its 'field office' is; an 'open-competition' post is a 공모직위; 'and above' a rank is 이상;
# the National Police Commission and the Interior Minister in the word order journalists use.
for _phrase, _term in {
    "gangwon state": "강원", "jeonbuk state": "전북",
    "field agency": "특별지방행정기관", "field agencies": "특별지방행정기관",
    "open-competition position": "공모직위", "open-competition positions": "공모직위",
    "open-competition post": "공모직위", "open-competition posts": "공모직위",
    "open and competitive position": "공모직위", "open and competitive positions": "공모직위",
    "open and competitive post": "공모직위", "open and competitive posts": "공모직위",
    "and above": "이상", "or above": "이상", "and higher": "이상", "or higher": "이상",
    "national police commission": "국가경찰위원회", "interior minister": "행정안전부장관",
    "interior and safety minister": "행정안전부장관", "deputy commissioner general": "경찰청 차장",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
for _word in ("seconding", "seconded", "secondments"):  # (their stem is 'second', as in a second term: 중임)
    GLOSSARY_EN_KO[_word] = BASE_GLOSSARY_EN_KO[_word] = ("파견",)
    WHOLE_WORD_ONLY.add(_word)
GLOSSARY_EN_KO["lifespan"] = BASE_GLOSSARY_EN_KO["lifespan"] = ("존속기한", "존속")
# (session 28, from the misses of tuning-retrieval-76 to 78) a vice-minister is a 차관 with the hyphen too; an
# 'entry-level' post is a new hire's (신규), not an entry into the country (입국); a security unit is a 경비단;
# 'devolving' and 'devolved' are forms of 'devolve' (이양), which their stem 'devolv' does not reach
for _phrase, _term in {
    "vice-minister": "차관", "vice-ministers": "차관", "entry-level": "신규", "security unit": "경비단",
    "security units": "경비단",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
# (reading every '-ing' as an '-e' verb was tried: 'leaving' became 'leave', 휴직, and 'defining' 정의)
_add_senses({"devolving": ("이양",), "devolved": ("이양",)})
# (session 29, from the misses of tuning-retrieval-79 to 81) whoever runs or chairs a meeting 주재s it; a penalty found
# too lenient is 가볍다 and sent back for a new vote (재의결); a law that refers to an office 인용s it; childcare leave
# is for 양육; a local government worker is a 지방공무원; an officer who throws his weight around abuses his power
# (권한남용); an adviser 자문s; liaising is 협력. ('include' as 포함 was tried and dropped: it moved
# two (development figure) tuning questions down.)
for _phrase, _term in {
    "runs the meeting": "주재", "runs the meetings": "주재", "run the meeting": "주재", "run the meetings": "주재",
    "runs meetings": "주재", "run meetings": "주재", "running the meetings": "주재", "chairs the meetings": "주재",
    "chair the meetings": "주재", "chairs the meeting": "주재", "preside over": "주재", "presides over": "주재",
    "too lenient": "가볍", "too-lenient": "가볍", "send back": "재의결", "sends back": "재의결",
    "local government worker": "지방공무원", "local government workers": "지방공무원",
    "weight around": "권한남용",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
_add_senses({"childcare": ("양육", "육아"), "refers": ("인용",), "refer": ("인용",), "advises": ("자문",), "advise": ("자문",),
             "liaises": ("협력",), "liaise": ("협력",), "lenient": ("가볍",)})
# (session 30, from the misses of tuning-retrieval-82, -83 and -85) a civil-defence warning or siren is a 민방위 경보;
# keeping watch (an eye, tabs) over a body is 감독; state money for a school is a 보조금; general-service officials
# are 일반직; a security group is a 경비단, a mobile unit a 기동대 ('grades' as 계급 was tried and dropped: it moved
# two (development figure) tuning questions down, 'grade-7 official' and 'who grades police station chiefs')
for _phrase, _term in {
    "civil emergency": "민방위", "civil defense": "민방위", "civil defence": "민방위", "keep watch": "감독",
    "keeps watch": "감독", "keep an eye": "감독", "keeps an eye": "감독", "keep tabs": "감독", "keeps tabs": "감독",
    "state money": "보조금", "general-service": "일반직", "general service": "일반직", "security group": "경비단",
    "security groups": "경비단", "mobile police": "기동대", "mobile unit": "기동대", "mobile units": "기동대",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
_add_senses({"siren": ("경보",), "sirens": ("경보",)})
# (session 31, from the misses of tuning-retrieval-87 to 91) a province's education special account is its
# 교육비특별회계 and its city tax the 시세; backfilling a post fills a vacancy (결원 보충); an armory is a 무기고 and a
# radio network a 무선 통신망
for _phrase, _term in {
    "education special account": "교육비특별회계", "education expenses special account": "교육비특별회계",
    "special account for education": "교육비특별회계", "city tax": "시세", "city taxes": "시세",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
for _phrase, _term in {
    # (the same batches) a deemed public official for penalties (벌칙 적용에서 공무원 의제), a police academy's trainees
    # (임용될 사람), a province's statistics (통계), campaign posters put up (게시)
    "punished as an official": "의제", "punished as a public official": "의제", "punished as officials": "의제",
    "treated as an official": "의제", "treated as a public official": "의제", "treated as officials": "의제",
    "deemed an official": "의제", "deemed a public official": "의제", "deemed officials": "의제",
    "new constables": "임용될 사람", "new recruits": "임용될 사람", "police recruits": "임용될 사람",
    "enforcement figures": "단속현황", "put up": "게시", "puts up": "게시", "putting up": "게시",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
_add_senses({"figures": ("통계", "현황"), "posters": ("게시", "문서"), "poster": ("게시", "문서")})
GLOSSARY_EN_KO["holdings"] = BASE_GLOSSARY_EN_KO["holdings"] = ("보유현황", "보유")
WHOLE_WORD_ONLY.add("holdings")  # (its stem is 'hold', as in holding a rank: 보하)
_add_senses({"backfill": ("결원", "보충"), "backfilled": ("결원", "보충"), "backfilling": ("결원", "보충"),
             "armory": ("무기고",), "armories": ("무기고",), "armoury": ("무기고",), "armouries": ("무기고",),
             "radio": ("무선", "통신망")})

# (session 32, from the misses of tuning-retrieval-92 to 95: English in plain lay words) someone with two passports
# is a 복수국적자; going on strike is the statutes' 집단행위 (노동운동); catching someone mid-crime is a 현행범; the
# Gyeonggi Southern and Northern police agencies are 경기도남부경찰청 and 경기도북부경찰청. ('city hall employee' →
# 지방공무원 was tried and dropped: it moved tr54-20, an appeal against a city hall employee's firing, down 3 (development) → 6 (development rank);
# 'county office worker' → 지방공무원 too: it moved no question.)
for _phrase, _term in {
    "two passports": "복수국적", "second passport": "복수국적", "two nationalities": "복수국적",
    "two citizenships": "복수국적", "go on strike": "집단행위", "goes on strike": "집단행위",
    "went on strike": "집단행위", "going on strike": "집단행위", "on strike": "집단행위",
    "gyeonggi southern provincial police agency": "경기도남부경찰청", "gyeonggi southern police agency": "경기도남부경찰청",
    "gyeonggi northern provincial police agency": "경기도북부경찰청", "gyeonggi northern police agency": "경기도북부경찰청",
    "gyeonggi southern": "경기도남부", "gyeonggi northern": "경기도북부",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
TERM_ALTERNATIVES["집단행위"] = ("노동운동",)  # (the phrases only: 'strike' alone is also striking a balance or a name)
_add_senses({"mid-crime": ("현행범",)})

# (session 32, second round) a say in something is taking part (참여); a law that takes precedence over others is
# applied first (우선); vouching for someone is a (신원)보증; a (trainee) police inspector is a 경위; a taxi surcharge
# is a 할증요금; the Seoul area the 수도권; environmental stewardship is 환경보전. (Tried and dropped:
# 'unused', 'idle' → 미활용, 유휴 with 'army' → 군부대 and 'army land', 'military land' → 군용지 moved tr25-29 (2 (development) → 3 (development rank))
# and tr66-08 (1 (development) → 2 (development rank)) down; 'surcharge' as a word → 할증요금 moved tr89-38, a disciplinary surcharge, 3 (development) → 4 (development rank);
# 'trainee' → 교육훈련 moved no question.)
for _phrase, _term in {
    "a say in": "참여", "a say on": "참여", "any say in": "참여", "a say over": "참여",
    "take precedence": "우선", "takes precedence": "우선", "taking precedence": "우선", "took precedence": "우선",
    "prevail over": "우선", "prevails over": "우선",
    "trainee inspector": "경위", "trainee inspectors": "경위", "police inspector": "경위", "police inspectors": "경위",
    "taxi surcharge": "할증요금", "taxi surcharges": "할증요금", "taxi fare surcharge": "할증요금",
    "seoul area": "수도권", "greater seoul": "수도권", "seoul region": "수도권", "seoul metropolitan area": "수도권",
    "environmental stewardship": "환경보전",
    # (as phrases: a key 'vouch' would also be the start of 'voucher')
    "vouch for": "신원보증", "vouches for": "신원보증", "vouched for": "신원보증", "vouching for": "신원보증",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
TERM_ALTERNATIVES.setdefault("신원보증", ("보증",))

# (session 33, from the misses of tuning-retrieval-96 to 98: a visiting official's and a layman's English) a law that
# overrides others applies first (우선); a police officer's specialty or career branch is his 경과; local cops are the
# 자치경찰; the national civil service is the 국가공무원's and local government service the 지방공무원's; bold initiative
# is the statutes' 적극행정 (proactive administration); an inspector's rank is 경위; an army base or unit is a 군부대; a
# ministry that drags its feet delays (지연). Tried and dropped: 'police board' → 경찰위원회 and 'national force' → 국가경찰
# (three (development figure) tuning questions went down: tr82-28, tr70-46, tr92-54; the question form for a board
# overseeing the national force took their place), 'local civil service' → 지방공무원 (tr91-28, on local civil service
# discipline rules, went down, development set), 'attached to' → 소속 (it held tr97-62 lower, development set), 'put it
# back' → 원상회복 (tr98-28 went down, development set), 'emergency call' → 112신고 (tr17-35 went down, development
# set); 'proactive', 'delay' → 지연, 'floor area' → 연면적 and 'artwork' → 미술작품 moved no tuning question.
_add_senses({"override": ("우선",), "overrides": ("우선",), "overriding": ("우선",), "overridden": ("우선",)})
for _phrase, _term in {
    "specialty branch": "경과", "career branch": "경과", "service branch": "경과", "branch of service": "경과",
    "branches of service": "경과", "local cop": "자치경찰",
    "national civil service": "국가공무원", "national civil servant": "국가공무원", "national public official": "국가공무원",
    "in local government service": "지방공무원",
    "bold initiative": "적극행정", "take initiative": "적극행정", "takes initiative": "적극행정", "taking initiative": "적극행정",
    "show initiative": "적극행정", "proactive administration": "적극행정",
    "inspector rank": "경위", "rank of inspector": "경위", "inspector level": "경위", "inspector-level": "경위",
    "army base": "군부대", "army unit": "군부대", "military base": "군부대", "military unit": "군부대",
    "drag its feet": "지연", "drags its feet": "지연", "dragging its feet": "지연", "dragged its feet": "지연",
    "drag their feet": "지연", "drags their feet": "지연", "dragging their feet": "지연",
    # a citizens' initiative is the statutes' 주민조례발안 (주민조례발안제도)
    "citizen initiative": "주민조례발안", "citizens' initiative": "주민조례발안", "citizens initiative": "주민조례발안",
    "popular initiative": "주민조례발안", "residents' initiative": "주민조례발안",
}.items():
    PHRASES_EN_KO.setdefault(_phrase, _term)
# salaries paid from a budget are its 인건비; a ceiling is also a 상한; a body's or a place's name its 명칭; a hotel a 숙박시설
_add_senses({"salaries": ("인건비",), "ceiling": ("상한",), "name": ("명칭",), "names": ("명칭",),
             "hotel": ("숙박시설",), "hotels": ("숙박시설",)})

# (session 34, from the misses of all tuning-retrieval sets) a Sejong or Jeonbuk eup, myeon or dong is searched as the
# statutes write the three (읍ㆍ면ㆍ동): the words' own terms (읍, 면, 동) are one syllable long, which a question's word
# never adds on its own
for _phrase in ("eup", "myeon", "dong"):
    PHRASES_EN_KO.setdefault(_phrase, "읍ㆍ면ㆍ동")

# (session 34, round 2) a 'Senior Superintendent General' is searched as 경무관 too: English writers give the name to
# 경무관 as often as to 치안감 (the discipline committee of 경무관 이상, the stations led by a 경무관); a rule 'announced' is
# also 공고d (an exam's public notice). ('bureau' → 국장 was dropped: the citation judge, which reads these senses too,
# then took 'the director of the Criminal Investigation Bureau' for any 국장, a body flip of the tuning pairs
# (development) it had caught.)
TERM_ALTERNATIVES["치안감"] = ("경무관",)
_add_senses({"announce": ("공고",)})

# (the lookups were kept up to date entry by entry while the tables grew; built once more from the final
# tables, so a key that became an error-analysis key or a whole-word key after it was first indexed is read
# as the tables now say)
_reset_indexes()
