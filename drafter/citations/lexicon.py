"""Domain vocabulary the support judge relies on: bodies and offices, police
ranks, strong (quantifying) words, and a small English–Korean glossary.

These are *data*, not tuned weights: a claim that names a body the cited text
does not name (국가경찰위원회 where the text says 시ㆍ도자치경찰위원회) is not
supported by it, whatever the word overlap. Extend the tables when the corpus
grows; every entry is a plain string.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.text.glossary import GLOSSARY_EN_KO  # noqa: F401  (re-exported; shared with search's query expansion)


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
            "municipal and provincial autonomous police committee", "provincial police committee",
            "municipal or provincial autonomous police committee", "city or provincial autonomous police committee",
            "metropolitan or provincial autonomous police committee", "municipal/provincial autonomous police committee")),
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
                                  "head of the national police agency",
                                  # (session 22) as English replies shorten it
                                  "npa commissioner", "npa chief", "npa head", "commissioner of the npa", "national police chief")),
    Entity("경찰청 차장", ("경찰청 차장", "경찰청차장"), ("deputy commissioner",)),
    # (session 23) the Seoul agency's three deputies (npa-organization-decree 제45조), each by its own English title
    Entity("공공안전차장", ("공공안전차장",), ("public safety deputy chief", "deputy chief for public safety",
                                      "public safety deputy", "deputy for public safety")),
    Entity("수사차장", ("수사차장",), ("investigation deputy chief", "deputy chief for investigation",
                                "deputy chief for investigations", "investigations deputy chief", "investigation deputy")),
    Entity("생활안전차장", ("생활안전차장",), ("community safety deputy chief", "deputy chief for community safety",
                                      "community safety deputy", "deputy for community safety")),
    Entity("시ㆍ도경찰청", ("시ㆍ도경찰청", "제주자치도경찰청", "제주특별자치도경찰청"), ("provincial police agency", "metropolitan police agency",
                                      "provincial police agencies")),
    Entity("시ㆍ도경찰청장", ("시ㆍ도경찰청장", "제주자치도경찰청장", "제주특별자치도경찰청장"), ("head of the provincial police agency",
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
    Entity("행정안전부령", ("행정안전부령",), ("ordinance of the ministry of the interior and safety",
                                        "ministry of the interior and safety ordinance",
                                        "ordinance of the ministry of interior and safety"), implies=("행정안전부",)),
    Entity("행정안전부", ("행정안전부", "행안부"), ("ministry of the interior and safety", "ministry of interior and safety",
                                    "ministry of the interior")),
    Entity("행정안전부장관", ("행정안전부장관", "행안부 장관", "행안부장관"), ("minister of the interior and safety", "minister of interior and safety",
                                        "minister of the interior")),
    Entity("국무총리", ("국무총리",), ("prime minister",)),
    Entity("총리령", ("총리령",), ("prime minister's ordinance", "ordinance of the prime minister",
                              "prime ministerial ordinance")),
    # the other ministries and their ministers (who acts in special-act provisions)
    Entity("국방부", ("국방부",), ("ministry of national defense", "ministry of defense", "ministry of defence",
                             "ministry of national defence")),
    Entity("국방부장관", ("국방부장관",), ("minister of national defense", "minister of defense", "minister of defence",
                                 "minister of national defence", "defense minister")),
    Entity("해양수산부", ("해양수산부", "해수부"), ("ministry of oceans and fisheries",)),
    Entity("해양수산부장관", ("해양수산부장관", "해수부 장관", "해수부장관"), ("minister of oceans and fisheries",)),
    Entity("국토교통부", ("국토교통부", "국토부"), ("ministry of land, infrastructure and transport", "ministry of land",
                                 "ministry of land and transport")),
    Entity("국토교통부장관", ("국토교통부장관", "국토부 장관", "국토부장관"), ("minister of land, infrastructure and transport", "minister of land",
                                     "minister of land and transport", "land minister", "land and transport minister",
                                    "transport minister", "minister of transport")),
    Entity("교육부", ("교육부",), ("ministry of education",)),
    Entity("교육부장관", ("교육부장관",), ("minister of education",)),
    Entity("기획재정부", ("기획재정부", "재정경제부", "기재부"), ("ministry of economy and finance", "ministry of finance",
                                 "ministry of strategy and finance")),
    Entity("기획재정부장관", ("기획재정부장관", "재정경제부장관", "기재부 장관", "기재부장관"), ("minister of economy and finance", "minister of finance",
                                     "minister of strategy and finance", "finance minister")),
    Entity("보건복지부", ("보건복지부", "복지부"), ("ministry of health and welfare",)),
    Entity("보건복지부장관", ("보건복지부장관", "복지부 장관", "복지부장관"), ("minister of health and welfare",)),
    # the ministries as renamed in 2025 are the same offices (기후에너지환경부, 산업통상부, 재정경제부, 성평등가족부)
    Entity("환경부", ("환경부", "기후에너지환경부"), ("ministry of environment", "ministry of climate, energy and environment",
                                          "ministry of climate, energy, and environment")),
    Entity("환경부장관", ("환경부장관", "기후에너지환경부장관"), ("minister of environment", "environment minister",
                                                "minister of climate, energy and environment",
                                                "minister of climate, energy, and environment")),
    Entity("산업통상자원부", ("산업통상자원부", "산업통상부", "산업부", "산자부"), ("ministry of trade, industry and energy", "ministry of trade and industry")),
    Entity("산업통상자원부장관", ("산업통상자원부장관", "산업통상부장관", "산업부 장관", "산업부장관", "산자부 장관", "산자부장관"), ("minister of trade, industry and energy", "minister of trade and industry")),
    Entity("문화체육관광부", ("문화체육관광부", "문체부"), ("ministry of culture, sports and tourism",)),
    Entity("문화체육관광부장관", ("문화체육관광부장관", "문체부 장관", "문체부장관"), ("minister of culture, sports and tourism",)),
    Entity("농림축산식품부", ("농림축산식품부", "농식품부"), ("ministry of agriculture, food and rural affairs", "ministry of agriculture")),
    Entity("농림축산식품부장관", ("농림축산식품부장관", "농식품부 장관", "농식품부장관"), ("minister of agriculture, food and rural affairs", "minister of agriculture",
                                         "agriculture minister")),
    Entity("법무부", ("법무부",), ("ministry of justice",)),
    Entity("법무부장관", ("법무부장관",), ("minister of justice",)),
    Entity("고용노동부", ("고용노동부", "노동부"), ("ministry of employment and labor", "ministry of employment and labour",
                                 "ministry of labor", "ministry of labour")),
    Entity("고용노동부장관", ("고용노동부장관", "노동부 장관", "노동부장관"), ("minister of employment and labor", "minister of employment and labour",
                                     "minister of labor", "minister of labour")),
    Entity("여성가족부", ("여성가족부", "성평등가족부", "여가부"), ("ministry of gender equality and family",)),
    Entity("여성가족부장관", ("여성가족부장관", "성평등가족부장관", "여가부 장관", "여가부장관"), ("minister of gender equality and family",)),
    Entity("외교부", ("외교부",), ("ministry of foreign affairs",)),
    Entity("외교부장관", ("외교부장관",), ("minister of foreign affairs",)),
    Entity("중소벤처기업부", ("중소벤처기업부", "중기부"), ("ministry of smes and startups",)),
    Entity("중소벤처기업부장관", ("중소벤처기업부장관", "중기부 장관", "중기부장관"), ("minister of smes and startups",)),
    Entity("과학기술정보통신부", ("과학기술정보통신부", "과기정통부", "과기부"), ("ministry of science and ict", "ministry of science")),
    Entity("과학기술정보통신부장관", ("과학기술정보통신부장관", "과기정통부 장관", "과기정통부장관", "과기부 장관"), ("minister of science and ict", "minister of science", "science minister")),
    Entity("통일부장관", ("통일부장관",), ("minister of unification", "unification minister")),
    Entity("국가보훈부장관", ("국가보훈부장관", "국가보훈처장"), ("minister of patriots and veterans affairs",
                                              "minister of patriots' and veterans' affairs", "veterans minister")),
    Entity("기획예산처장관", ("기획예산처장관",), ("minister of planning and budget",)),
    Entity("법제처장", ("법제처장",), ("minister of government legislation", "head of the ministry of government legislation")),
    Entity("국무조정실장", ("국무조정실장",), ("minister for government policy coordination",
                                     "minister of the office for government policy coordination",
                                     "head of the office for government policy coordination")),
    Entity("해양경찰청장", ("해양경찰청장",), ("commissioner general of the korea coast guard", "coast guard commissioner",
                                     "commissioner of the korea coast guard", "head of the korea coast guard"),
           implies=("해양경찰청",)),
    Entity("행정시장", ("행정시장",), ("mayor of the administrative city", "mayor of an administrative city",
                                 "administrative city mayor", "administrative-city mayor", "mayors of the administrative cities",
                                 "administrative city mayors")),
    Entity("산림청장", ("산림청장",), ("minister of the korea forest service", "head of the korea forest service",
                                 "korea forest service commissioner", "commissioner of the korea forest service"),
           implies=("산림청",)),
    Entity("산림청", ("산림청",), ("korea forest service",)),
    Entity("소방청장", ("소방청장",), ("commissioner of the national fire agency", "head of the national fire agency")),
    Entity("관세청장", ("관세청장",), ("commissioner of the korea customs service", "head of the korea customs service",
                                 "customs commissioner", "korea customs service commissioner"), implies=("관세청",)),
    Entity("관세청", ("관세청",), ("korea customs service", "customs service")),
    Entity("행정중심복합도시건설청장", ("행정중심복합도시건설청장",),
           ("administrator of the national agency for administrative city construction",
            "head of the national agency for administrative city construction",
            "head of the administrative city construction agency"), implies=("행정중심복합도시건설청",)),
    Entity("행정중심복합도시건설청", ("행정중심복합도시건설청",),
           ("national agency for administrative city construction", "administrative city construction agency")),
    Entity("새만금청장", ("새만금청장", "새만금개발청장"), ("head of the saemangeum development and investment agency",
                                          "administrator of the saemangeum development and investment agency",
                                          "saemangeum agency head"), implies=("새만금개발청",)),
    Entity("새만금개발청", ("새만금개발청",), ("saemangeum development and investment agency", "saemangeum agency")),
    Entity("공정거래위원회", ("공정거래위원회",), ("fair trade commission",)),
    Entity("대통령", ("대통령",), ("president",)),
    Entity("대통령령", ("대통령령",), ("presidential decree",)),
    Entity("국회", ("국회",), ("national assembly",)),
    Entity("부지사", ("부지사", "행정부지사", "정무부지사"), ("vice governor", "deputy governor", "vice-governor")),
    Entity("감사위원장", ("감사위원장", "감사위원회 위원장", "감사위원회의 위원장"),
           ("chair of the audit committee", "audit committee chair", "chairperson of the audit committee"),
           implies=("감사위원회",)),
    Entity("감사위원회", ("감사위원회",), ("audit committee", "audit commission")),
    Entity("지방시대위원회", ("지방시대위원회",), ("local era committee", "local era commission",
                                          "committee for the local era", "presidential committee on the local era")),
    Entity("교육감", ("교육감", "도교육감", "시교육감", "시ㆍ도 교육감", "시ㆍ도교육감", "제주특별자치도교육감", "강원특별자치도교육감",
                    "전북특별자치도교육감", "세종특별자치시교육감"),
           ("superintendent of education", "education superintendent", "superintendent of the office of education",
            "superintendents of education")),
    Entity("지방법원장", ("지방법원장",), ("chief judge of the district court", "district court chief judge",
                                    "head of the district court", "president of the district court",
                                    "chief of the district court", "chief judge of the local district court")),
    Entity("검사장", ("지방검찰청 검사장", "지방검찰청검사장", "검사장"), ("chief prosecutor", "district chief prosecutor",
                                                       "head of the district prosecutors' office",
                                                       "chief of the district prosecutors' office")),
    Entity("부교육감", ("부교육감",), ("deputy superintendent of education", "deputy superintendent",
                                "deputy education superintendent", "deputy superintendents")),
    Entity("시ㆍ도지사", ("시ㆍ도지사", "도지사", "제주특별자치도지사", "강원특별자치도지사", "전북특별자치도지사",
                      "특별자치도지사", "세종특별자치시장", "특별자치시장"), ("provincial governor", "mayor or governor", "mayors and governors",
                                    "governor", "head of the province", "mayor/governor",
                                    "governor or mayor", "governors and mayors", "governor/mayor",
                                    "mayor of sejong", "sejong mayor", "sejong city mayor", "mayor of sejong city",
                                    "mayor of the sejong special self-governing city")),
    Entity("시ㆍ도의회", ("시ㆍ도의회", "시ㆍ도 의회", "도의회", "시의회", "지방의회", "지방자치단체의 의회",
                       "제주특별자치도의회", "강원특별자치도의회", "전북특별자치도의회", "세종특별자치시의회"),
           ("provincial council", "metropolitan council", "local council", "city and provincial council",
            "municipal or provincial council", "municipal and provincial council", "city council",
            "provincial assembly", "local assembly", "provincial legislature")),
    Entity("지방자치단체", ("지방자치단체",), ("local government", "local governments", "local authority")),
    Entity("제주특별자치도", ("제주특별자치도", "제주자치도"), ("jeju special self-governing province", "jeju")),
    Entity("세종특별자치시", ("세종특별자치시",), ("sejong",)),
    Entity("강원특별자치도", ("강원특별자치도", "강원자치도"), ("gangwon special self-governing province", "gangwon state", "gangwon province",
                                                        "gangwon")),
    Entity("전북특별자치도", ("전북특별자치도", "전북자치도"), ("jeonbuk special self-governing province", "jeonbuk state", "jeonbuk province",
                                                        "jeonbuk")),
    Entity("해양경찰청", ("해양경찰청",), ("korea coast guard", "coast guard")),
    Entity("선거관리위원회", ("선거관리위원회",), ("election commission", "election management commission",
                                        "election management committee", "electoral commission")),
    Entity("인사혁신처", ("인사혁신처",), ("ministry of personnel management",)),
    Entity("인사혁신처장", ("인사혁신처장",), ("minister of personnel management", "minister of the ministry of personnel "
                                      "management", "head of the ministry of personnel management"),
           implies=("인사혁신처",)),
    Entity("감사원", ("감사원",), ("board of audit and inspection",)),
    # an office of the National Police Agency, not the rank of inspector (경위)
    Entity("인권감사관", ("인권감사관",), ("human rights inspector", "human rights inspector general", "human rights auditor",
                                   "human rights and audit officer", "human rights and audit inspector",
                                   "inspector for human rights", "human rights audit officer")),
    # the State Council deliberates ('지방시대위원회의 심의ㆍ의결을 거쳐' is not '국무회의의')
    Entity("국무회의", ("국무회의",), ("state council", "cabinet meeting", "cabinet council")),
    Entity("조례", ("조례", "도조례", "시조례", "시ㆍ도조례", "시ㆍ도의 조례", "주민조례발안"), ("ordinance", "ordinances", "municipal ordinance")),
    # ranks (경찰공무원법 제3조), by the Korean National Police Agency's own English titles
    Entity("치안총감", ("치안총감",), ("police commissioner general rank", "chiancheonggam", "chian-chonggam", "chianchonggam")),
    Entity("치안정감", ("치안정감",), ("chief superintendent general", "chianjeonggam", "chian-jeonggam")),
    Entity("치안감", ("치안감",), ("senior superintendent general", "chiangam", "chian-gam")),
    Entity("경무관", ("경무관", "자치경무관"), ("superintendent general", "gyeongmugwan", "kyongmugwan")),
    Entity("총경", ("총경", "자치총경"), ("senior superintendent", "chonggyeong", "chongkyong", "chong-gyeong")),
    Entity("경정", ("경정", "자치경정"), ("superintendent", "gyeongjeong", "kyongjong")),
    Entity("경감", ("경감", "자치경감"), ("senior inspector", "gyeonggam", "kyonggam")),
    Entity("경위", ("경위", "자치경위"), ("inspector", "gyeongwi", "kyongwi")),
    Entity("경사", ("경사", "자치경사"), ("assistant inspector", "senior sergeant", "gyeongsa", "kyongsa")),
    Entity("경장", ("경장", "자치경장"), ("sergeant", "gyeongjang", "kyongjang")),  # ('senior police officers' is how English says 고위 경찰관)
    Entity("순경", ("순경", "자치순경"), ("police officer rank", "sungyeong", "sunkyong")),
)

STRONG_WORDS_KO: dict[str, str] = {
    # word → concept; a claim asserting the concept needs the source to assert it too
    "모두": "all", "모든": "all", "전부": "all", "전원": "all", "전체": "all",
    "전혀": "never", "결코": "never", "항상": "always", "언제나": "always",
    "오직": "only", "유일": "only", "오로지": "only", "전용": "only",  # '외국인전용약국' is for foreigners only
    "폐지": "abolish", "완전히": "entirely", "전면": "entirely", "전면적": "entirely", "전액": "entirely",
}
STRONG_WORDS_EN: dict[str, str] = {
    "all": "all", "every": "all", "entire": "entirely", "entirely": "entirely", "completely": "entirely",
    "wholly": "entirely", "totally": "entirely", "fully": "entirely", "full": "entirely", "always": "always", "never": "never", "only": "only",
    "solely": "only", "exclusively": "only", "sole": "only", "abolish": "abolish", "abolishes": "abolish",
    "abolished": "abolish", "abolishing": "abolish", "abolition": "abolish", "eliminate": "abolish",
    "eliminates": "abolish", "eliminated": "abolish",
}

STRONG_ATTESTED_BY: dict[str, tuple[str, ...]] = {
    # one strong concept said in other words ('hand all authority over' = 'the full transfer of authority'):
    # a text asserting the key asserts these too (claim and source alike)
    "all": ("entirely",), "entirely": ("all",),
}

NEGATION_KO: frozenset[str] = frozenset({"않", "없", "못", "아니", "안", "불가", "금지"})
NEGATION_EN: frozenset[str] = frozenset({"not", "no", "never", "cannot", "can't", "nor", "neither", "without", "n't"})


# English words that carry a Korean provision's predicate ('reappoint' ↔ 연임): the
# judge compares the modality of the claim's clause with that of these words in the source
PREDICATE_STEMS_EN: frozenset[str] = frozenset({
    "reappoint", "renew", "appoint", "dismiss", "retir", "delegat", "attend", "submi", "request", "demand",
    "disciplin", "convene", "consent", "recommend", "establish", "report", "implement", "support", "provide",
    "draw", "formulat", "wear", "carry", "hold", "consist", "compos", "join", "open", "place",
    "transfer", "cover", "subsid", "publish", "disclos", "leak", "employ", "hire", "recruit", "promot",
    "direct", "command", "supervis", "decide", "resolut", "deliberat", "consult", "notif", "organi", "deputiz", "deputis",
    "operat", "maintain", "participat", "allow", "send", "inform", "approv", "extend", "commissioned", "assign",
    "discriminat", "run", "manag", "handl", "exceed", "ask", "administer",
    # verbs whose Korean is a verbal noun of the statutes (지정하다, 실시하다, 취소하다 …): their modality and
    # who acts on them are compared as for the verbs above
    "designat", "conduct", "select", "cancel", "revok", "grant", "collect", "levy", "impos", "inspect", "audit",
    "investigat", "examin", "review", "evaluat", "prescrib", "determin", "issu", "permit", "authori", "regist",
    "prepar", "install", "set up", "abolish", "suspend", "remov", "pay", "fund", "reimburs", "lend", "borrow",
    "accept", "assess", "clear", "withdraw", "respect",
})

# bodies that act but are not entities of their own (the State, a mayor): used
# only to find who acts on a predicate, not for the 'named in the source' check
AGENTS_KO: dict[str, str] = {
    "국가": "국가", "정부": "국가", "중앙행정기관의 장": "중앙행정기관의 장", "교육감": "교육감",
    "도교육감": "교육감", "시장": "시장", "지방자치단체의 장": "지방자치단체의 장",
    "인사위원회 위원장": "인사위원회 위원장", "인사위원회의 위원장": "인사위원회 위원장", "인사위원장": "인사위원회 위원장",
    "인사위원회": "인사위원회",
    "지방의회의 의장": "지방의회 의장", "지방의회 의장": "지방의회 의장", "지방의회의장": "지방의회 의장",
}
AGENTS_EN: dict[str, str] = {
    "the state": "국가", "state": "국가", "the government": "국가", "mayor": "시장", "the mayor": "시장",
    "metropolitan mayor": "시ㆍ도지사", "metropolitan mayors": "시ㆍ도지사", "metropolitan city mayor": "시ㆍ도지사",
    "metropolitan city mayors": "시ㆍ도지사",
    "heads of central administrative agencies": "중앙행정기관의 장", "central administrative agencies": "중앙행정기관의 장",
    "superintendent of education": "교육감",
    "chair of the personnel committee": "인사위원회 위원장", "chairperson of the personnel committee": "인사위원회 위원장",
    "personnel committee chair": "인사위원회 위원장", "speaker of the local council": "지방의회 의장",
    "personnel committee": "인사위원회", "personnel committees": "인사위원회",
    "chair of the local council": "지방의회 의장", "local council speaker": "지방의회 의장",
    "chairs of local councils": "지방의회 의장", "chairs of the local councils": "지방의회 의장",
    "chair of a local council": "지방의회 의장", "local council chairs": "지방의회 의장",
    "speakers of local councils": "지방의회 의장",
    "head of the local government": "지방자치단체의 장", "heads of local governments": "지방자치단체의 장",
    "head of a local government": "지방자치단체의 장", "local government head": "지방자치단체의 장",
    "heads of the local governments": "지방자치단체의 장", "local government heads": "지방자치단체의 장",
    "heads of the local government": "지방자치단체의 장", "head of each local government": "지방자치단체의 장",
}

# how often: a claim's period must be the source's (매월 ≠ 반기별, annually ≠ monthly)
PERIODS_KO: tuple[tuple[str, str], ...] = (
    (r"매년|해마다|연간|연\s*\d+\s*회|매\s*회계연도|매\s*학년", "year"), (r"매월|매달|달마다|월\s*\d+\s*회", "month"),
    (r"분기", "quarter"), (r"(?<![상하])반기", "half-year"), (r"매주|주\s*\d+\s*회", "week"), (r"매일|날마다", "day"),
)
PERIODS_EN: tuple[tuple[str, str], ...] = (
    # ('up to a year in prison' is a length, not how often; 'total annual expenditure' is the budget, 총세출예산액)
    (r"\b(?:annual(?:ly)?(?!\s+(?:budgets?|expenditures?|spending|revenues?|income|salar(?:y|ies)|accounts?|"
     r"appropriations?|fiscal))|yearly|every year|each year|(?:once|times) a year|per year)\b", "year"),
    (r"\b(?:monthly|every month|each month|(?:once|times) a month|per month)\b", "month"),
    (r"\bquarter(?:ly)?\b", "quarter"), (r"\b(?:half-yearly|semi-annual(?:ly)?|semiannual(?:ly)?|biannual(?:ly)?|every six months|twice a year|"
                                 r"(?:every|each|per|a) half[- ]year)\b", "half-year"),
    (r"\b(?:weekly|every week|(?:once|times) a week|per week)\b", "week"), (r"\b(?:daily(?!\s+(?:li[fv]e|lives|routines?|needs|affairs|newspapers?|papers?|press))|every day)\b", "day"),
)

# English synonyms folded before comparing an English claim with an English source
SYNONYMS_EN: dict[str, str] = {
    "determin": "decid", "decis": "decid", "fix": "decid", "rework": "overhaul", "doubt": "difficult", "chairman": "chair", "chairperson": "chair", "chairmen": "chair",
    "elector": "elect", "underway": "continu", "halt": "suspend", "pause": "suspend", "paus": "suspend",
    "region": "region", "area": "region", "pilot": "pilot", "trial": "pilot", "central": "central",
    "centrally": "central", "centralis": "central", "centraliz": "central", "run": "operat",
    "retain": "maintain", "kept": "maintain", "keep": "maintain", "stop": "suspend", "discontinu": "suspend",
    "establish": "launch", "creat": "launch", "start": "launch", "begun": "launch", "began": "launch",
    "regard": "consid", "view": "consid", "deem": "consid", "treat": "consid", "propos": "propos", "suggest": "propos",
    "fold": "incorpor", "merg": "incorpor", "integr": "incorpor", "amend": "revis", "dualiz": "dual", "dualis": "dual", "cover": "includ", "matter": "aspect",
    "announc": "said", "declar": "said", "say": "said",
    "option": "plan", "oppos": "contrari", "prioriti": "import", "emphas": "import", "emphasi": "import",
    "model": "system", "overhaul": "revis", "opposit": "contrari", "prize": "import",
    # (tuning-citations-17…20) the paper's 'transfer of organization, manpower, and budget …, organizations …
    # should be reorganized' in other words
    "restructur": "reorgan", "reorganis": "reorgan", "move": "transfer", "staff": "manpow", "personnel": "manpow",
    "bodi": "organiz", "body": "organiz", "promis": "pledg",
    # (session 7) the paper's 'premise', 'improved', 'period' in other words
    "idea": "premis", "assumpt": "premis", "rais": "improv", "enhanc": "improv", "boost": "improv",
    "better": "improv", "stage": "period", "phase": "period",
    "debat": "discuss", "help": "contribut", "label": "consid", "arrang": "form", "whatev": "despit",
    # (session 9) the paper's 'keep its pledge', 'improve complementary points', 'implement new models'
    "absorb": "incorpor", "honor": "maintain", "honour": "maintain", "fulfil": "maintain", "shortcom": "complementari", "introduc": "implement",
}

# English idioms folded to the plain word a statute or the paper uses, after the phrasal verbs of
# analysis.fold_en ('hand all authority over to' = transfer all authority to; 'put forward' = suggest)
PHRASAL_EXTRA_EN: tuple[tuple[str, str], ...] = (
    (r"\b(?:hand|hands|handed|handing)\s+(.{1,60}?)\s+over\s+to\b", r"transfer \1 to"),
    (r"\b(?:put|puts|putting)\s+forward\b", "suggested"), (r"\b(?:put|puts|putting)\s+(.{1,40}?)\s+forward\b", r"suggested \1"),
    (r"\b(?:put|puts|putting|place|places|placed|placing)\s+(.{1,60}?)\s+(?:ahead of|above)\s+",
     r"placing importance on \1 rather than "),
    (r"\b(?:prioriti[sz]e|prioriti[sz]es|prioriti[sz]ed|prioriti[sz]ing)\s+(.{1,60}?)\s+over\s+",
     r"placing importance on \1 rather than "),
    (r"\b(?:runs?|running|ran|goes|go|going|went)\s+(?:against|counter to)\b", "contrary to"),
    (r"\b(?:give|gives|giving|gave|given)\s+(?:priority|precedence|more weight)\s+to\s+(.{1,60}?)\s+over\s+",
     r"placing importance on \1 rather than "),
    (r"\bdue process\b", "procedurality"),
    # 'goes through probationary appointment' undergoes it (거치다)
    (r"\bgo\s+through\b", "undergo"), (r"\bgoes\s+through\b", "undergoes"),
    (r"\bwent\s+through\b", "underwent"),  # (not 'without going through': a condition, not the rule's verb)
    # 'a trend that can still be reversed' is reversible; 'cannot be undone' irreversible
    (r"\b(?:cannot|can\s*not|can't|can\s+no\s+longer)\s+(?:\w+\s+)?be\s+(?:reversed|undone|rolled\s+back|turned\s+back)\b", "is irreversible"),
    (r"\b(?:can|could|may|might)\s+(?:still\s+|easily\s+|yet\s+|always\s+)?be\s+(?:reversed|undone|rolled\s+back|turned\s+back)\b",
     "is reversible"),
    # 'take the results into account' = reflect them (반영)
    (r"\b(?:take|takes|taking|took|taken)\s+(.{1,40}?)\s+into\s+(?:account|consideration)\b", r"reflect \1"),
    (r"\b(?:take|takes|taking|took|taken)\s+into\s+(?:account|consideration)\b", "reflect"),
    (r"\b(?:fails?|failed|failing)\s+to\b", "does not"),
    # 'automatically loses the seat': leaves the office (당연퇴직), not a loss of property
    (r"\b(?:loses|forfeits|vacates)\s+(?:his|her|their|the|its|that)\s+(?:seat|post|membership|office|position)\b", "retires"),
    (r"\b(?:lose|forfeit|vacate)\s+(?:his|her|their|the|its|that)\s+(?:seat|post|membership|office|position)\b", "retire"),
    (r"\b(?:lost|forfeited|vacated)\s+(?:his|her|their|the|its|that)\s+(?:seat|post|membership|office|position)\b", "retired"),
    (r"\b(?:hand|hands|handed|handing)\s+over\b", "transfer"),
    (r"\b(?:roll|rolls|rolled|rolling)\s+out\b", "implement"),
    # limits said with 'no'/'not' are no negations: 'no later than' = by, 'no more than' = at most
    (r"\b(?:no|not)\s+later\s+than\b", "by"), (r"\b(?:no|not)\s+(?:more|greater)\s+than\b", "at most"),
    (r"\b(?:no|not)\s+(?:less|fewer)\s+than\b", "at least"),
    # ('remain barred from disclosing … even after they retire': the ban that lasts)
    (r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed)\s+(?:still\s+)?barred\s+from\s+(\w+?)ing\b",
     r"must not \1ing"),
    (r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed)\s+(?:still\s+)?(?:prohibited|forbidden|banned)\s+"
     r"from\s+(\w+?)ing\b", r"must not \1ing"),
    # a term served again: 'eligible for another term', 'a second term', 'back to back' (연임); 'ruled out' bans it;
    # 'denied a second term' is not allowed one
    (r"\b(is|are|was|were|be|been)\s+denied\b", r"\1 not allowed"),
    (r"\b(?:another|a\s+second|a\s+further|a\s+fresh|one\s+more)\s+(?:term|stint)\b", "reappointment"),
    (r"\bback[- ]to[- ]back\b", "consecutive"),
    (r"\b(is|are|was|were|be|been)\s+not\s+ruled\s+out\b", r"\1 allowed"),
    (r"\b(is|are|was|were|be|been)\s+ruled\s+out\b", r"\1 not allowed"),
    # 'enjoy no protection against being dismissed' = may be dismissed; 'are protected against being dismissed' =
    # cannot be
    (r"\b(?:enjoys?|has|have|gets?|get)\s+no\s+(?:protection|safeguard|shield)\s+(?:against|from)\s+being\b", "may be"),
    (r"\b(?:is|are)\s+(?:protected|shielded|safe)\s+(?:against|from)\s+being\b", "cannot be"),
    # 'has the power to require' = may require; 'has no authority to', 'lacks the power to' = cannot
    (r"\b(?:has|have|had)\s+no\s+(?:legal\s+)?(?:power|authority|right|mandate)\s+to\b", "cannot"),
    (r"\b(?:lacks?|lacked)\s+(?:the\s+|any\s+)?(?:legal\s+)?(?:power|authority|right|mandate)\s+to\b", "cannot"),
    (r"\b(?:has|have|had)\s+(?:the\s+|full\s+)?(?:legal\s+)?(?:power|authority|mandate)\s+to\b", "may"),
    # 'requires no hearing' does not require one
    (r"\brequires\s+no\b", "does not require any"), (r"\brequire\s+no\b", "do not require any"),
    (r"\bneeds\s+no\b", "does not need any"),
    # 'left out' is excluded (제외), 'not left out' included
    (r"\b(is|are|was|were|be|been)\s+not\s+left\s+out\b", r"\1 included"),
    (r"\b(is|are|was|were|be|been)\s+left\s+out\b", r"\1 excluded"),
    # 'nothing obliges the State to support …' = it need not; 'nothing allows it to …' = it must not
    (r"\bnothing\s+(?:in\s+(?:the|this|that)\s+(?:[\w-]+\s+){1,4}?)?(?:obliges|requires|forces|compels|binds)\s+"
     r"(.{1,60}?)\s+to\b", r"\1 need not"),
    (r"\bnothing\s+(?:in\s+(?:the|this|that)\s+(?:[\w-]+\s+){1,4}?)?(?:allows|permits|entitles|authori[sz]es|empowers|"
     r"lets)\s+(.{1,60}?)\s+to\b", r"\1 must not"),
    # 'held at regular intervals if the committee so chooses', 'heard only if it wishes': at its discretion (a
    # condition of someone's wish is no condition of the rule)
    (r",?\s*(?:but\s+)?(?:only\s+)?(?:if|when|whenever|as)\s+(?:the\s+(?:[\w-]+\s+){0,3}?[\w-]+|it|they|he|she)\s+"
     r"(?:so\s+)?(?:chooses|choose|wishes|wish|wants|want|likes|like|sees\s+fit|see\s+fit|pleases|please)\b"
     r"(?:\s+to)?(?=\s*(?:[,.;]|$|and\b|but\b))",  # (not 'if the governor wants the school to take over …')
     " at its discretion"),
)

# English words whose opposites a source may use: a claim saying one where its source says the other
# is contradicted ('easy' where the paper says 'not easy', folded to 'difficult')
ANTONYMS_EN: tuple[tuple[str, str], ...] = (
    ("easy", "difficult"), ("possible", "impossible"), ("succeed", "fail"), ("success", "failure"),
    ("continue", "suspend"), ("increase", "decrease"), ("expand", "reduce"), ("strengthen", "weaken"),
    ("accept", "reject"), ("efficient", "inefficient"), ("efficiency", "inefficiency"),
    ("centralized", "decentralized"), ("positive", "negative"), ("maintain", "drop"), ("maintain", "abandon"),
    ("maintain", "scrap"), ("reversible", "irreversible"),
)

# Korean words whose opposites a source may use ('상설 직위' for '2028년까지 존속하는 한시조직')
ANTONYMS_KO: tuple[tuple[str, str], ...] = (
    ("한시", "상설"), ("한시", "상시"), ("임시", "상설"), ("연장", "단축"), ("증액", "감액"), ("인상", "인하"),
    ("가중", "감경"), ("상향", "하향"), ("확대", "축소"), ("증원", "감원"), ("포함", "제외"),
    ("반영", "무관"),
)

# reporting words of a claim about a paper ('the paper argues that …'): not content
REPORTING_EN: frozenset[str] = frozenset({
    "paper", "papers", "author", "authors", "abstract", "study", "argue", "argues", "argued", "say", "says", "said",
    "note", "notes", "noted", "according", "call", "calls", "called", "describe", "describes", "described",
    "claim", "claims", "state", "states", "stated", "report", "reports", "reported", "treat", "treats",
    "observe", "observes", "observed", "contend", "contends", "characterize", "characterizes", "characterized",
    "characterise", "characterises", "characterised",
})

ENGLISH_STOPWORDS: frozenset[str] = frozenset(
    ["under", "via", "through", "among", "upon", "across", "toward", "towards",
     "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "how", "than", "then", "there", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "shall", "may", "can", "will", "would", "should", "could", "has", "have", "had", "do", "does", "did", "so", "such", "also", "into", "onto", "over", "about", "after", "before", "between", "within", "per", "each", "other", "any", "some", "more", "most", "less", "least", "same", "very", "well", "just", "while", "if", "up", "down", "out", "off", "again", "further", "once", "here", "both", "few", "own", "too", "s", "t",
     "since", "because", "although", "though", "whereas", "whether", "thus", "therefore", "however",
     # modal words: what they say is the claim's modality, compared as such
     "allowed", "permitted", "obliged", "obligated", "entitled", "decline", "refrain", "discretion"]
)

NEGATABLE_EN: frozenset[str] = frozenset({
    "reappoint", "renew", "again", "consecutive", "appoint", "dismiss", "retir", "delegat", "attend",
    "submi", "request", "demand", "disciplin", "convene", "consent", "recommend", "establish", "report",
    "approv", "ask", "limit", "restrict", "purchas", "buy", "refund", "designat", "conduct", "select", "cancel",
    "revok", "grant", "collect", "impos", "inspect", "audit", "investigat", "examin", "review", "permit",
    "authori", "regist", "install", "abolish", "suspend", "remov", "pay", "fund", "reimburs", "notif", "inform",
    "consult", "publish", "disclos", "apply", "exempt", "undergo", "keep", "kept", "retain", "recogni", "include", "penalty", "penalties", "punish", "priorit", "count", "exist", "spar",
    "proceed",
})
"""English stems whose negation is compared across languages ('cannot be reappointed' ↔ '연임할 수 없다').
Nouns and light verbs ('serve', 'member') are left out: their negation does not map one to one."""

# Korean function words that also express an English glossary word in a provision, for the
# support judge only (search does not expand queries with them): 'under an ordinance' = 조례에 따라
GLOSSARY_EXTRA_KO: dict[str, tuple[str, ...]] = {
    # an allowance is paid (수당), not allowed (허용)
    "allowance": ("수당",), "allowances": ("수당",),
    # military service is 병역; a conscript is called up (징집, 소집); leave is ordered (명하다)
    "military": ("병역",), "conscripted": ("징집", "소집"), "conscript": ("징집", "소집"), "drafted": ("징집", "소집"),
    "order": ("명하",), "orders": ("명하",), "ordered": ("명하",),
    # a body or office kept as it is (존치: '도는 지방자치단체로서 존치하되')
    "keep": ("존치", "유지"), "kept": ("존치", "유지"), "retain": ("존치", "유지"), "retained": ("존치", "유지"),
    # an examination or an audit is conducted (실시)
    "conduct": ("실시", "시행", "수행", "행위"), "conducted": ("실시", "시행", "수행"),
    # (session 20) money owed: a price paid in (납부), bought (매입), paid later (연기) or in instalments (분할), with
    # interest (이자)
    "payment": ("지급", "납부"), "payments": ("지급", "납부"), "purchase": ("구매", "매입"), "defer": ("유예", "연기"),
    "deferred": ("유예", "연기"), "deferral": ("유예", "연기"), "interest": ("이해", "이익", "이자"),
    "instalment": ("분할",), "instalments": ("분할",), "installment": ("분할",), "installments": ("분할",),
    # a procedure proceeds (진행: '징계 또는 문책 절차를 진행하지 못한다')
    "proceed": ("진행",), "proceeds": ("진행",), "proceeding": ("진행",), "proceeded": ("진행",),
    # an opinion is expressed (진술, 표명: '이에 대한 의견을 진술할 수 있다')
    "express": ("표현", "진술", "표명"), "expressed": ("표현", "진술", "표명"), "expressing": ("표현", "진술", "표명"),
    # (session 20) damage to dignity or credit is 손상 ('품위를 손상하는 행위')
    "damage": ("손상", "훼손"), "damages": ("손상", "훼손"), "damaging": ("손상", "훼손"), "damaged": ("손상", "훼손"),
    # exchange and cooperation are fostered (증진)
    "foster": ("증진", "육성", "진흥"), "fosters": ("증진", "육성", "진흥"),
    # staff are sent (파견) to another body; papers are sent (송부)
    "send": ("파견", "송부", "발송"),
    # a meeting is convened (소집) or held (개최); what the governor decides is often what he sets (정한다)
    "convene": ("소집", "개최"), "decide": ("정하",),
    # more statute senses of an everyday word (from the fresh batches tuning-citations-5…8): 'report' is 보고 to a
    # superior, 신고 to an authority; a complaint is also a 고발; an office is also a 사무소 or 관서. For the judge only:
    # as search terms the extra senses diluted English questions (tuning-retrieval-2…5 MRR down 0.01–0.02)
    "report": ("신고", "통보"), "complaint": ("고발",), "complain": ("고발",), "prosecut": ("공소", "기소"),
    "office": ("사무소", "관서"), "collect": ("징수",), "sell": ("판매",), "regional": ("지방",), "board": ("탑승",),
    "issu": ("발급", "발행", "교부"), "produc": ("생산", "제조"), "file": ("제출", "제기"),
    "step": ("단계",), "sanction": ("제재",),
    # (tuning-citations-12) 'public safety' is 치안; 'local conditions' 지역 특성 / 실정; 'run a system' 실시;
    # 'treated as a public resource' 공공의 자원으로서; 'groundwater found in Jeju' 부존하는 지하수
    "safety": ("치안",), "condition": ("특성", "실정", "사정"), "conditions": ("특성", "실정", "사정"),
    "found": ("부존", "설립"), "deliberately": ("고의",), "intentionally": ("고의",), "wilfully": ("고의",),
    "willfully": ("고의",), "knowingly": ("고의",),
    # (tuning-citations-14) police-officials-act 제25조, jeju-special-act 제98조, 제288조 in an LLM's English
    "post": ("근무지",),
    "transfer": ("인도",), "farm": ("농수산물", "농산물"), "fishery": ("농수산물", "수산물"),
    # (tuning-citations-15) the Jeju act's definition of a free international city, in English
    "regulation": ("규제", "규정"), "regulations": ("규제", "규정"), "goods": ("상품", "물품", "재화"),
    "capital": ("자본", "자금"), "businesses": ("기업", "사업", "업무"), "operate": ("운영", "활동"),
    "support": ("보좌",),  # 'supports the Chief' = 보좌한다
    # police-act 제5조 in an LLM's English: '경찰은 … 봉사자로서 공정ㆍ중립을 지켜야 하며, 부여된 권한을 …'
    "officers": ("경찰", "경찰공무원", "공무원"), "servant": ("봉사자",), "servants": ("봉사자",), "entrusted": ("부여",),

    "apply": ("준용", "적용"), "applying": ("준용", "적용"), "applies": ("준용", "적용"), "pay": ("지급", "부담", "지원", "보조"),
    "lent": ("대부",), "lend": ("대부",), "loan": ("대부",), "building": ("건물",), "buildings": ("건물",),
    "structure": ("시설물",), "structures": ("시설물",),
    "under": ("따라", "따른", "의하"), "pursuant": ("따라", "따른"), "accordance": ("따라", "따른"),
    # everyday words too common in Korean text to expand a search query with
    "against": ("반하", "반해", "반대"), "equal": ("평등", "동등"), "raise": ("제기",), "specific": ("구체적", "특정", "개별"),
    "individual": ("개별",), "measure": ("방안", "조치"), "promptly": ("조속", "지체", "즉시"),
    "immediately": ("즉시", "지체", "바로"), "tax": ("세",), "directly": ("직접",), "smooth": ("원활",),
    "month": ("월", "개월"), "half": ("반기", "과반수", "2분의"), "principle": ("원칙",), "leave": ("퇴직", "휴직", "이탈", "출국"),
    "grounds": ("사유",), "reason": ("사유", "이유"), "circumstance": ("사유", "사정"), "percent": ("분의", "퍼센트"),
    "need": ("필요",), "interest": ("이해", "이익"), "disclos": ("엄수",), "business": ("사무", "업무"),
    "designat": ("지정", "지명"), "learn": ("알게", "알"), "govern": ("정하", "정한", "규율", "따르"),
    "decree": ("영",), "cover": ("정한", "포함", "규정"), "staff": ("정원", "인원", "공무원", "직원"), "internal": ("하부", "내부"),
    "limit": ("정년", "한도", "상한", "범위", "제한"), "conflict": ("사변", "분쟁", "갈등"), "war": ("전시", "전쟁"),
    "political": ("정무",), "activit": ("운동",), "assign": ("배치", "두", "보하"), "lack": ("결여", "없", "부족"),
    "competen": ("능력",), "integrity": ("성실", "청렴"), "status": ("지위", "신분", "현황"), "commissioned": ("위촉", "임명"),
    "qualified": ("적격", "자격"), "particular": ("특히", "특별", "특정"),
    "result": ("성적",), "performance": ("성적", "실적", "성과"), "evaluat": ("평정", "평가"), "proof": ("실증", "증명", "증거"),
    "bear": ("부착", "표시", "달"), "consult": ("의견", "듣", "자문"), "draw": ("획정",), "split": ("분할", "나누"),
    "oversee": ("관장", "감독", "총괄"), "charge": ("관장", "담당", "부담금", "수수료", "요금"), "responsib": ("책임", "담당", "관장"),
    # the everyday English of statutes: commencement, terms, limits (grown from tuning-citations-3)
    "promulgat": ("공포",), "amendment": ("개정", "이 법", "이 영", "이 규칙"), "pass": ("경과", "지나", "지난", "통과", "의결"),
    "elapse": ("경과", "지나", "지난"), "remainder": ("잔여", "남은", "나머지"), "existing": ("종전", "기존", "당시"),
    "previous": ("종전", "기존", "이전"), "old": ("종전", "기존"), "treated": ("본다", "보는", "간주", "으로서"),
    "deemed": ("본다", "보는", "간주"), "except": ("외에는", "제외", "경우 외", "다만"), "mental": ("심신", "정신"),
    "physical": ("심신", "신체"), "vice": ("부위원장", "부지사", "부시장", "부원장", "차장"),
    "remov": ("면직", "해임", "해촉", "제거", "삭제", "파면"),
    "find": ("발굴", "발견", "찾"), "good": ("우수", "모범", "양호"), "statutory": ("법정", "법령", "법률"),
    "money": ("금전", "금품", "돈", "자금"), "value": ("유가", "가액", "가치", "금액"), "rule": ("규정", "규칙", "원칙"),
    "host": ("초청자", "초청", "주최"), "guarantee": ("보증", "보장"), "identity": ("신원", "신분"),
    "connection": ("관련", "연계", "관하여"), "area": ("지역", "구역", "관할", "분야"), "teacher": ("교원", "교사"),
    "study": ("수학", "학업", "공부", "연구", "학습"), "student": ("학생",), "pronounc": ("선고",), "sentenc": ("선고",),
    "separately": ("분리", "별도", "따로"), "concurrent": ("경합", "겸임", "동시"), "fine": ("벌금",),
    "offence": ("죄", "범죄", "위반"), "offense": ("죄", "범죄", "위반"), "crime": ("죄", "범죄"),
    "sunset": ("존속기한", "존속", "유효기간"), "assess": ("평가", "심사"), "necessary": ("필요",),
    "disadvantage": ("불이익", "불리"), "discriminat": ("차별",),
    "religion": ("종교",), "sex": ("성별", "성"), "gender": ("성별", "성"), "social": ("사회적", "사회"),
    "anniversar": ("기념일",), "reward": ("포상", "보상", "표창"), "award": ("포상", "표창", "시상"),
    "practice": ("사례", "관행", "실무"), "growth": ("성장", "발전"), "balanced": ("균형",),
    "disposition": ("처분",), "corresponding": ("해당", "상응", "그에 해당"), "similar": ("등", "유사", "비슷"),
    "agenc": ("기관", "행정기관"), "procedure": ("절차",), "permission": ("허가", "승인"), "stay": ("체류",),
    "related": ("관계", "관련"),
    "opinion": ("의견",), "material": ("자료",),
    "impos": ("부과", "선고", "과하"), "combin": ("경합", "결합", "병합"),
    "perform": ("시행", "이행", "실시"), "run": ("관리", "운영", "실시", "시행"), "handle": ("수행", "관리", "담당"),
    "hand": ("위임", "이관", "이양", "인도"),
    "ask": ("요청", "요구", "청구"), "hold": ("실시",), "hear": ("청문",), "notwithstanding": ("불구하고",), "follow": ("따르", "따라", "따른", "준용", "의하"),
    "starting": ("부터",), "until": ("까지",),
    "date": ("날", "일", "기한"), "day": ("날", "일"), "remain": ("잔여", "남은", "계속", "지키", "유지"), "vacant": ("결원", "궐위"),
    # (tuning-citations-16) a levy paid on leaving Jeju by a seaport; groundwater monitoring networks and
    # reference wells; a challenge to a committee member (기피) the committee rules on (의결)
    "levy": ("징수", "납부금", "부과금", "부담금"), "levies": ("징수", "납부금", "부과금", "부담금"),
    "seaport": ("항만",), "seaports": ("항만",), "depart": ("출국",),
    "monitoring": ("관측", "점검", "감시"), "network": ("망",), "networks": ("망",), "reference": ("기준",),
    "posts": ("근무지", "직위", "정원"), "listed": ("등재", "별표", "같"), "subject": ("과목", "대상"),
    "spend": ("세출", "사용", "지출"), "decided": ("의결", "결정", "재결", "정하"),
    "counts": ("산입", "포함", "계산"), "counted": ("산입", "포함", "계산"), "include": ("포함",), "included": ("포함",),
    "includes": ("포함",),
    "breach": ("위배", "위반"), "breaches": ("위배", "위반"), "clear": ("제거", "정리"),
    "withdraw": ("회피", "철회", "탈퇴"), "respect": ("존중",),
    "challenge": ("기피",), "challenged": ("기피",), "rules": ("의결", "결정", "규정", "규칙"),
    "present": ("출석",), "resign": ("사임", "사직", "퇴직"), "expire": ("만료", "끝나", "종료"),
    "effective": ("효력", "시행"), "continue": ("계속", "지속"), "lapse": ("소멸", "만료", "경과"), "period": ("기간", "동안", "기한"),
    "exceed": ("초과", "상한", "이내", "이하", "넘"), "advisory": ("보좌", "자문"), "assisting": ("보조",), "vote": ("투표",), "tell": ("통보", "통지", "알리"), "work": ("근무", "운영", "업무", "취업"),
    # (session 23, tuning-citations-99) money used for another purpose (다른 용도로 사용: 'diverted to other uses'),
    # land bought (매입) and buildings put up (건축)
    "divert": ("다른 용도", "용도", "전용", "사용"), "diverted": ("다른 용도", "용도", "전용", "사용"),
    "buying": ("매입", "구매"), "bought": ("매입", "구매"), "buy": ("매입", "구매"),
    "construction": ("건축", "건설", "공사"),
    # an officer's post in the organization decree ('데이터분석담당관은 총경으로 보한다': the post is filled at that rank)
    "officer": ("담당관", "관"), "filled": ("보하", "보한다", "충원"),
    # (tuning-citations-101) a decision (결정) made void; a representative (대리인); a party left (탈퇴, 이탈)
    "decision": ("의결", "결정"), "representative": ("대리인",), "representatives": ("대리인",),
    "quit": ("이탈", "탈퇴", "사직", "퇴직"), "quits": ("이탈", "탈퇴", "사직", "퇴직"),
    # twice a period is its 2배; a duty imposed (부과) or set (정하)
    "twice": ("2배", "두 배"), "imposed": ("부과", "부여", "정하", "정한"),
}

# English phrases of degree and limit, for the support judge only ('총경 이상' = superintendent or higher)
PHRASES_EXTRA_KO: dict[str, tuple[str, ...]] = {
    "or higher": ("이상",), "or above": ("이상",), "and above": ("이상",), "at least": ("이상", "최저", "최소"), "or more": ("이상",),
    "not less than": ("이상",), "or below": ("이하",), "or lower": ("이하",), "or less": ("이하",),
    "at most": ("이하", "이내"), "no more than": ("이하", "이내"), "not more than": ("이하", "이내"),
    "up to": ("이하", "이내", "까지"), "within": ("이내", "범위"), "in advance": ("미리", "사전", "전까지", "전에"),
    "on duty": ("직무", "재직", "근무"), "in office": ("재직", "재임", "임기"), "from among": ("중에서",),
    "stand in": ("대행", "대리"), "stands in": ("대행", "대리"), "act for": ("대행", "대리"), "acts for": ("대행", "대리"),
    "on behalf": ("대행", "대리"), "fill in": ("대행",), "step in": ("대행",),
    "all walks of life": ("각계각층", "각계"), "open position": ("개방형직위", "개방형"),
    "open positions": ("개방형직위", "개방형"), "civil service": ("공직", "공무원"), "at every level": ("각급",), "at all levels": ("각급",), "part of": ("일부", "부분"), "full text": ("전문",), "appointing authority": ("임용권자", "임용권", "임명권"), "in charge of": ("관장", "담당", "소관"),
    "responsible for": ("관장", "담당", "책임", "소관"), "current and former": ("이었던", "였던", "퇴직후", "재직중"), "former": ("이었던", "였던", "퇴직", "전직"),
    "local public official": ("지방공무원",), "local public officials": ("지방공무원",),
    "confidential information": ("비밀",), "secret information": ("비밀",), "classified information": ("비밀",),
    # commencement and force: 'this Act takes effect …' = '이 법은 … 시행한다'
    **{f"{verb} {obj}": ("시행", "효력") for verb in ("take", "takes", "took", "taken", "taking") for obj in ("effect",)},
    **{f"{verb} into {obj}": ("시행", "효력") for verb in ("come", "comes", "came", "coming", "enter", "enters", "entered",
                                                        "entering") for obj in ("force", "effect")},
    "in force": ("시행", "효력", "유효"), "in effect": ("시행", "효력", "유효"),
    "no later than": ("까지", "전까지", "이내"), "not later than": ("까지", "전까지", "이내"), "by no later than": ("까지", "전까지"),
    "in step with": ("연계", "맞추", "맞춰"), "in line with": ("따라", "따른", "맞추", "맞춰", "연계"),
    "in connection with": ("관련", "관하여", "관한"), "in relation to": ("관련", "관하여", "관한"),
    "against their will": ("의사에 반하여", "의사에 반해", "의사에 반한"), "against his will": ("의사에 반하여",),
    "against her will": ("의사에 반하여",), "remainder of the term": ("잔여기간", "잔임기간", "남은 기간"),
    "remainder of their terms": ("잔여기간", "잔임기간", "남은 기간"), "remainder of his term": ("잔여기간", "잔임기간"),
    "rest of the term": ("잔여기간", "잔임기간", "남은 기간"), "serve out": ("잔여", "잔임"), "serving out": ("잔여", "잔임"),
    "item of value": ("유가물", "금품"), "items of value": ("유가물", "금품"), "times of the year": ("시기",),
    "time of year": ("시기",), "other times": ("시기", "외의"), "sunset date": ("존속기한", "유효기간"),
    "put at a disadvantage": ("불이익",), "take the necessary steps": ("필요한 조치",), "take necessary steps": ("필요한 조치",),
    "unable to do the job": ("직무를 수행할 수 없", "직무를 수행할 수 없게"),
    "unable to perform": ("수행할 수 없",), "at other times": ("시기", "외의"),
    # (tuning-citations-16) jeju-special-act 제452조: '그 상급관청에 … 보고하지 아니할 수 있다'
    "state their case": ("진술",), "state his case": ("진술",), "state her case": ("진술",), "political party": ("정당",),
    "political parties": ("정당",),
    "higher authority": ("상급관청", "상급기관"), "superior authority": ("상급관청", "상급기관"),
    "higher authorities": ("상급관청", "상급기관"),
    # how long one holds an office: '… holds the post for three years' = '임기는 3년으로 한다'
    **{f"{verb} {obj}": ("임기", "재임") for verb in ("hold", "holds", "held", "stay in", "stays in", "remain in", "remains in")
       for obj in ("the post", "post", "office", "the office", "the job", "the position")},
}

