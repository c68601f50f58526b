"""The support judge reads the claim's predicate, not only its words.

Each rule has a pair: a claim the source states (it must pass) and the same
claim with one thing changed — negation, modality, a number or period, the
body that acts — which must be rejected for that reason. Sources are real
provisions of the reference corpus, quoted here so the tests need no corpus.
"""

from __future__ import annotations

import pytest

from drafter.citations.analysis import analyze, canon_en, english_modality, find_numbers
from drafter.citations.korean_surface import korean_modality
from drafter.citations.placement import office_slot_conflict
from drafter.citations.support import judge_support

# police-act 제34조, jeju-special-act 제103조, police-act 제9조제1항 …
ART34 = "국가는 지방자치단체가 이관받은 사무를 원활히 수행할 수 있도록 인력, 장비 등에 소요되는 비용에 대하여 재정적 지원을 하여야 한다."
JEJU103 = "국가는 제주자치도가 자치경찰을 설치ㆍ운영하는 데 필요한 경비를 지원할 수 있다."
TERM = "위원의 임기는 3년으로 하며, 연임(連任)할 수 없다. 이 경우 보궐위원의 임기는 전임자 임기의 남은 기간으로 한다."
BUDGET = ("자치경찰사무의 수행에 필요한 예산은 시ㆍ도자치경찰위원회의 심의ㆍ의결을 거쳐 시ㆍ도지사가 수립한다. "
          "이 경우 시ㆍ도자치경찰위원회는 경찰청장의 의견을 들어야 한다.")
APPOINT = ("경찰청장은 국가경찰위원회의 동의를 받아 행정안전부장관의 제청으로 국무총리를 거쳐 대통령이 임명한다. "
           "이 경우 국회의 인사청문을 거쳐야 한다.")
POLICY = "정책협의체의 회의는 정례회의와 수시회의로 구분하고, 정례회의는 반기별 1회 개최하는 것을 원칙으로 한다."
SEALED = "추천위원회의 회의는 공개하지 않는다."
DUTY = "국가와 지방자치단체는 국민의 생명ㆍ신체 및 재산을 보호하고 공공의 안녕과 질서유지에 필요한 시책을 수립ㆍ시행하여야 한다."
PAPER = ("The Yoon Suk Yeol government, which was launched in May 2022, launched the \u201cPolice System Development "
         "Committee\u201d under the Prime Minister in September of the same year and said that it would pilot the dual "
         "autonomous police system in Jeju, Sejong, Gangwon and Jeonbuk, but discussions were underway until February "
         "2023 and have been suspended. Given that time is needed to overhaul legislation, implement new models, and "
         "improve complementary points, it is not easy to keep its pledge to fully implement the dual autonomous police "
         "system by 2026.")
CENTRAL = ("Korea's autonomous police system does not utilize the purpose of the autonomous police system in that it "
           "is implemented by determining the model and operation method centrally.")
ELECTION = ("As a hard landing plan, the full transfer of national police authority to local governments and the "
            "introduction of an election system for the chairman of the municipal and provincial autonomous police "
            "committees or police officers were proposed.")


def _judge(claim: str, source: str, context: str = "", whole: bool = False):
    return judge_support(claim, source, context=context, whole_document=whole)


@pytest.mark.parametrize(
    ("tail", "modality"),
    [
        ("하여야 한다.", "must"), ("을 하여야 한다", "must"), ("할 의무가 있다", "must"),
        ("할 수 있다.", "may"), ("할 수 있도록 하여야 한다", "must"),
        ("하여서는 아니 된다", "must_not"), ("(連任)할 수 없다.", "must_not"),
        ("하지 아니할 수 있다", "need_not"), ("하지 않아도 된다", "need_not"), ("할 의무를 지지 않는다", "need_not"),
        ("되지 아니한다", "neg"), ("한다", "decl"), ("을 둔다", "decl"),
    ],
)
def test_korean_modality_of_a_predicate_ending(tail, modality):
    assert korean_modality(tail) == modality


@pytest.mark.parametrize(
    ("clause", "modality"),
    [
        ("The State must support", "must"), ("Members may be reappointed", "may"),
        ("and cannot be reappointed", "must_not"), ("Police officers need not wear uniforms", "need_not"),
        ("The State is not required to support", "need_not"), ("Meetings are not open", "neg"),
        ("The committee consists of seven members", "decl"),
    ],
)
def test_english_modality_of_a_clause(clause, modality):
    assert english_modality(clause) == modality


def test_negation_of_the_predicate_is_caught():
    assert _judge("국가는 지방자치단체가 이관받은 사무의 인력ㆍ장비 비용을 재정적으로 지원하여야 한다.", ART34).supported
    for claim in ("국가는 자치경찰 인력 비용을 지원할 의무를 지지 않는다.",
                  "국가는 지방자치단체가 이관받은 사무의 인력ㆍ장비 비용을 지원하지 않아도 된다."):
        verdict = _judge(claim, ART34)
        assert not verdict.supported and ("modality" in verdict.reason or "negat" in verdict.reason), claim
    assert _judge("추천위원회의 회의는 공개하지 않는다.", SEALED).supported
    assert not _judge("추천위원회의 회의는 공개한다.", SEALED).supported


def test_without_negates_the_noun_before_it():
    source = "시ㆍ도경찰청장은 경찰서장의 소관사무를 분장하기 위하여 경찰청장의 승인을 받아 지구대 또는 파출소를 둘 수 있다."
    assert _judge("시ㆍ도경찰청장은 경찰청장의 승인을 받아 지구대를 둘 수 있다.", source).supported
    verdict = _judge("시ㆍ도경찰청장은 경찰청장의 승인 없이 지구대를 둘 수 있다.", source)
    assert not verdict.supported and "승인" in verdict.reason


def test_modality_may_is_not_must_and_must_is_not_may():
    assert _judge("국가는 제주자치도가 자치경찰을 설치ㆍ운영하는 데 드는 경비를 지원할 수 있다.", JEJU103).supported
    for claim in ("국가는 제주자치도의 자치경찰 경비를 지원하여야 한다.",
                  "국가는 제주자치도가 자치경찰을 설치ㆍ운영하는 데 필요한 경비를 지원할 의무가 있다."):
        verdict = _judge(claim, JEJU103)
        assert not verdict.supported and "modality" in verdict.reason, claim
    duty = "국가는 지방행정과 치안행정의 연계성을 확보하고 지역특성에 적합한 치안서비스를 제공하기 위하여 자치경찰제를 실시하여야 한다."
    assert _judge("국가는 자치경찰제를 실시하여야 한다.", duty).supported
    assert "modality" in _judge("국가는 자치경찰제를 실시할 수 있다.", duty).reason


def test_negation_moved_to_another_verb_is_still_a_paraphrase():
    assert _judge("국가경찰위원회 위원의 임기는 3년이며 연임할 수 없다.", TERM,
                  context="제9조(국가경찰위원회 위원의 임기 및 신분보장)").supported
    assert _judge("국가경찰위원회 위원의 임기는 3년이고 연임은 허용되지 않는다.", TERM,
                  context="제9조(국가경찰위원회 위원의 임기 및 신분보장)").supported
    assert not _judge("국가경찰위원회 위원은 연임할 수 있다.", TERM).supported


def test_number_and_period_must_match():
    assert not _judge("국가경찰위원회 위원의 임기는 2년이며 연임할 수 없다.", TERM).supported
    assert _judge("정책협의체 정례회의는 반기별 1회 개최하는 것이 원칙이다.", POLICY).supported
    verdict = _judge("정책협의체 정례회의는 매월 1회 개최한다.", POLICY)
    assert not verdict.supported and "period" in verdict.reason


def test_number_with_another_unit_is_a_mismatch():
    source = "위원회는 위원 3명으로 구성하며, 위원의 임기는 2년으로 한다."
    assert _judge("위원회는 위원 3명으로 구성하고 위원의 임기는 2년이다.", source).supported
    verdict = _judge("위원회 위원의 임기는 3년으로 한다.", source)
    assert not verdict.supported and "3년" in verdict.reason


def test_the_acting_body_is_the_subject_of_the_predicate():
    assert _judge("자치경찰사무 예산은 시ㆍ도자치경찰위원회의 심의ㆍ의결을 거쳐 시ㆍ도지사가 수립한다.", BUDGET).supported
    # 경찰청장 is named in the passage, but as the one whose opinion is heard, not the one who draws up the budget
    verdict = _judge("자치경찰사무 예산은 경찰청장이 수립한다.", BUDGET + " 경찰청장은 예산 의견을 제출한다.")
    assert not verdict.supported
    verdict = _judge("경찰청장은 국무총리가 임명한다.", APPOINT)
    assert not verdict.supported and "body" in verdict.reason
    assert _judge("경찰청장은 국가경찰위원회의 동의를 받아 대통령이 임명한다.", APPOINT).supported
    # coordinated subjects: either one acts
    assert _judge("The State and local governments must formulate and implement policies needed to protect life, "
                  "body and property.", DUTY).supported


def test_the_acting_body_in_an_english_passive():
    assert _judge("The Commissioner General is appointed by the President with the consent of the National Police "
                  "Committee.", APPOINT).supported
    verdict = _judge("The Commissioner General is appointed by the Prime Minister.", APPOINT)
    assert not verdict.supported and "body" in verdict.reason


def test_english_claims_about_korean_provisions_carry_modality():
    assert _judge("The State may support the expenses Jeju needs to establish and operate its autonomous police.",
                  JEJU103, context="제103조(재정지원)").supported
    assert not _judge("The State must cover the expenses of establishing and operating the Jeju autonomous police.",
                      JEJU103, context="제103조(재정지원)").supported
    assert _judge("Members of the committee serve three-year terms and cannot be reappointed.", TERM,
                  context="제9조(국가경찰위원회 위원의 임기 및 신분보장)").supported
    assert not _judge("Members of the committee may be reappointed.", TERM,
                      context="제9조(국가경찰위원회 위원의 임기 및 신분보장)").supported
    assert not _judge("The State is not required to support the personnel costs of the affairs transferred to local "
                      "governments.", ART34).supported
    assert _judge("Meetings of the recommendation committee are not open to the public.", SEALED).supported


def test_english_paraphrase_of_the_english_paper():
    assert canon_en("determining") == canon_en("decided") and canon_en("electing") == canon_en("election")
    assert _judge("Korea's autonomous police model and its operation were decided centrally.", CENTRAL).supported
    assert _judge("The hard landing plan proposed electing the chairs of the provincial autonomous police committees.",
                  ELECTION).supported
    assert _judge("The paper argues that discussions were underway until February 2023 and have been suspended.",
                  PAPER, whole=True).supported


def test_what_the_paper_only_plans_is_not_done():
    verdict = _judge("The government fully implemented the dual autonomous police system in 2023.", PAPER, whole=True)
    assert not verdict.supported
    assert not _judge("The pilot of the dual model was completed in 2023.", PAPER, whole=True).supported
    assert not _judge("The paper says it will be easy to fully implement the dual model by 2026.", PAPER,
                      whole=True).supported


def test_claim_predicates_name_modality_and_agent():
    main = analyze("자치경찰사무 예산은 경찰청장이 수립한다.").predicates[-1]
    assert (main.lemma, main.modality, set(main.agent)) == ("수립", "decl", {"경찰청장"})
    first, last = analyze("위원의 임기는 3년이고 연임할 수 없다.").predicates
    assert last.lemma == "연임" and last.modality == "must_not" and not first.final


# -- session 2: true paraphrases an LLM writes, each with the flip that must stay rejected -------------

OBJECTION = ("경찰공무원은 구체적 사건수사와 관련된 제1항의 지휘ㆍ감독의 적법성 또는 정당성에 대하여 이견이 있을 때에는 "
             "이의를 제기할 수 있다.")
NO_NEW_OFFICES = "제주자치도에 특별지방행정기관을 새로 설치할 수 없다."
SECRETS = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
SEVEN = ("시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, 위원장과 1명의 위원은 상임으로 하고, "
         "5명의 위원은 비상임으로 한다.")
PROBATION = ("경정 이하의 경찰공무원을 신규 채용할 때에는 1년간 시보(試補)로 임용하고, 그 기간이 만료된 다음 날에 "
             "정규 경찰공무원으로 임용한다.")
POLITICS = "경찰공무원은 정당이나 정치단체에 가입하거나 정치활동에 관여하는 행위를 하여서는 아니 된다."
MEETINGS = ("시ㆍ도자치경찰위원회 위원장은 법 제26조제1항에 따라 정기회의와 임시회의를 소집ㆍ개최한다. 이 경우 정기회의는 "
            "특별한 사유가 있는 경우를 제외하고는 월 1회 이상 소집ㆍ개최한다.")
SENIOR = ("총경 이상 경찰공무원은 경찰청장 또는 해양경찰청장의 추천을 받아 행정안전부장관 또는 해양수산부장관의 제청으로 "
          "국무총리를 거쳐 대통령이 임용한다.")
PROVINCIAL_CHIEF = ("「경찰공무원법」 제7조에도 불구하고 시ㆍ도경찰청장은 경찰청장이 시ㆍ도자치경찰위원회와 협의하여 추천한 "
                    "사람 중에서 행정안전부장관의 제청으로 국무총리를 거쳐 대통령이 임용한다.")
MAINTAINED = ("In order to operate the autonomous police system, a blueprint to transfer much of the police power to local "
              "governments should have been presented, but due to the inefficiency of decentralized systems, a centralized "
              "national police system was maintained, and a formal police organization with limited responsibilities and "
              "authority was established in local governments.")


def test_a_relative_or_conditional_clause_does_not_carry_the_main_modality():
    assert english_modality("A police officer who disagrees with the direction may raise an objection") == "may"
    assert english_modality("Except where a disability prevents them, members cannot be dismissed") == "must_not"
    assert english_modality("The deputy acts for the chief who cannot perform the duties") == "decl"
    assert _judge("A police officer who disagrees with the lawfulness or legitimacy of the direction and supervision "
                  "in a specific criminal investigation may raise an objection.", OBJECTION).supported
    verdict = _judge("A police officer who disagrees with the direction and supervision in a specific criminal "
                     "investigation cannot raise an objection.", OBJECTION)
    assert not verdict.supported


def test_no_x_may_is_a_prohibition():
    assert english_modality("No new special local administrative agencies may be established in Jeju") == "must_not"
    assert _judge("No new special local administrative agencies may be established in Jeju.", NO_NEW_OFFICES).supported
    verdict = _judge("New special local administrative agencies may be established in Jeju.", NO_NEW_OFFICES)
    assert not verdict.supported and ("modality" in verdict.reason or "negat" in verdict.reason)


def test_every_half_year_is_a_period_not_all():
    assert _judge("Regular meetings of the policy council are held, in principle, once every half year.", POLICY).supported
    verdict = _judge("Regular meetings of the policy council are held, in principle, once every month.", POLICY)
    assert not verdict.supported and "period" in verdict.reason


def test_keep_confidential_is_do_not_disclose():
    claim = "Members of the audit committee must keep secrets learned on duty confidential, both in office and after they leave."
    assert _judge(claim, SECRETS, context="제27조(비밀유지의무)").supported
    verdict = _judge("Members of the audit committee may disclose secrets learned on duty after they leave.", SECRETS,
                     context="제27조(비밀유지의무)")
    assert not verdict.supported


def test_glossary_phrases_and_hyphenated_words():
    claim = ("Each provincial autonomous police committee has seven members including the chair; the chair and one "
             "member are full-time and the other five are part-time.")
    assert _judge(claim, SEVEN).supported
    assert not _judge(claim.replace("other five", "other six"), SEVEN).supported


def test_everyday_korean_words_for_the_statute_words():
    assert _judge("제주자치도에는 특별지방행정기관을 새로 만들 수 없다.", NO_NEW_OFFICES,
                  context="제27조(특별지방행정기관의 설치 금지)").supported
    verdict = _judge("제주자치도에는 특별지방행정기관을 새로 만들 수 있다.", NO_NEW_OFFICES,
                     context="제27조(특별지방행정기관의 설치 금지)")
    assert not verdict.supported
    # a hanja gloss in the source ('시보(試補)로') does not hide the word
    claim = "경정 이하 경찰공무원을 새로 뽑을 때는 1년 동안 시보로 임용한 뒤 그 기간이 끝난 다음 날 정규 경찰공무원으로 임용한다."
    assert _judge(claim, PROBATION, context="제13조(시보임용)").supported
    assert not _judge(claim.replace("1년", "6개월"), PROBATION, context="제13조(시보임용)").supported


def test_an_act_prohibited_as_a_행위_is_negated():
    assert _judge("경찰공무원은 정당이나 정치단체에 가입해서는 안 되고 정치활동에 관여해서도 안 된다.", POLITICS).supported
    verdict = _judge("경찰공무원은 정치활동에 관여할 수 있다.", POLITICS)
    assert not verdict.supported and ("negat" in verdict.reason or "modality" in verdict.reason)


def test_unless_there_is_a_reason_is_except_where_there_is_one():
    heading = "제13조(시ㆍ도자치경찰위원회의 회의)"
    assert _judge("시ㆍ도자치경찰위원회 정기회의는 특별한 사유가 없으면 매월 한 번 이상 소집ㆍ개최된다.", MEETINGS,
                  context=heading).supported
    assert _judge("정기회의는 특별한 사유가 있는 경우를 제외하고 월 1회 이상 개최한다.", MEETINGS, context=heading).supported
    verdict = _judge("시ㆍ도자치경찰위원회 정기회의는 특별한 사유가 있으면 매월 한 번 이상 소집ㆍ개최된다.", MEETINGS,
                     context=heading)
    assert not verdict.supported and "사유" in verdict.reason


def test_a_word_said_otherwise_beyond_the_heading_is_tolerated_but_not_the_predicate():
    claim = ("Police officers of superintendent rank or higher are appointed by the President on the recommendation of "
             "the Commissioner General and the proposal of the Minister of the Interior and Safety, via the Prime Minister.")
    assert _judge(claim, SENIOR, context="제7조(임용권자)\n경찰공무원법").supported
    # the sentence on 보궐위원 matches the heading's words, but 연임 is stated (negated) by the other sentence
    verdict = _judge("국가경찰위원회 위원은 연임할 수 있다.", TERM, context="제9조(국가경찰위원회 위원의 임기 및 신분보장)")
    assert not verdict.supported


def test_the_by_phrase_goes_with_the_head_verb():
    assert _judge("The provincial police chief is appointed by the President from among persons recommended by the "
                  "Commissioner General in consultation with the provincial autonomous police committee.",
                  PROVINCIAL_CHIEF).supported
    verdict = _judge("The provincial police chief is appointed by the Commissioner General in consultation with the "
                     "provincial autonomous police committee.", PROVINCIAL_CHIEF)
    assert not verdict.supported and "body" in verdict.reason


def test_english_synonyms_of_the_papers_verbs():
    claim = "A centralized national police system was retained, and local governments were given a formal police organization."
    assert _judge(claim, MAINTAINED, whole=True).supported
    assert not _judge("A centralized national police system was abolished.", MAINTAINED, whole=True).supported


GANGWON_AUDIT = ("감사위원장은 도의회의 동의를 받아 도지사가 임명한다.\n감사위원장은 감사위원회를 대표하고 감사위원회의 업무를 총괄한다.\n"
                 "감사위원장의 임기는 3년으로 한다.")
UNIFORM = "경찰공무원은 제복을 착용하여야 한다.\n경찰공무원은 직무 수행을 위하여 필요하면 무기를 휴대할 수 있다."
WORKING_TEAM = "지원위원회의 사무를 처리하고 지원하기 위하여 실무지원단을 설치할 수 있다."
STATISTICS = "도지사는 해당 관할구역에서의 단속현황, 경찰장비 보유현황과 그 밖의 통계자료를 제주자치도경찰청장에게 통보하여야 한다."
GANGWON_SECRETS = "감사위원회의 위원 중 공무원이 아닌 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."


def test_a_claim_joining_two_rules_is_judged_clause_by_clause():
    assert _judge("강원자치도 감사위원장은 도의회 동의를 얻어 도지사가 임명하며, 임기는 3년이다.", GANGWON_AUDIT,
                  context="제22조(감사위원장)").supported
    assert not _judge("강원자치도 감사위원장은 도의회 동의를 얻어 도지사가 임명하며, 임기는 4년이다.", GANGWON_AUDIT,
                      context="제22조(감사위원장)").supported
    assert not _judge("강원자치도 감사위원장은 도의회 동의를 얻어 경찰청장이 임명하며, 임기는 3년이다.", GANGWON_AUDIT,
                      context="제22조(감사위원장)").supported
    assert _judge("Police officers must wear uniforms and may carry weapons when needed to perform their duties.",
                  UNIFORM).supported
    assert not _judge("Police officers must wear uniforms and must carry weapons when performing their duties.",
                      UNIFORM).supported


def test_the_predicate_is_read_in_the_main_clause_not_in_a_when_clause():
    verdict = _judge("Police officers must carry weapons when performing their duties.", UNIFORM.splitlines()[1])
    assert not verdict.supported and "modality" in verdict.reason


def test_a_verb_inside_a_body_name_is_not_the_predicate():
    # 지원 in 지원위원회 / 실무지원단 names a body; the predicate is 설치할 수 있다
    assert _judge("A working support team may be set up to handle and support the affairs of the support committee.",
                  WORKING_TEAM).supported
    verdict = _judge("A working support team must be established to handle and support the affairs of the support "
                     "committee.", WORKING_TEAM)
    assert not verdict.supported and "modality" in verdict.reason


def test_the_head_of_a_body_is_its_office():
    context = "제101조(경찰통계)\n제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법"
    assert _judge("The Governor must send enforcement and equipment statistics for the province to the head of the "
                  "Jeju Provincial Police Agency.", STATISTICS, context=context).supported
    verdict = _judge("The head of the Jeju Provincial Police Agency must send enforcement and equipment statistics for "
                     "the province to the Governor.", STATISTICS, context=context)
    assert not verdict.supported and "body" in verdict.reason


def test_bound_by_confidentiality_is_a_duty_not_to_disclose():
    assert _judge("Audit commissioners who are not public officials remain bound by confidentiality after they leave "
                  "office.", GANGWON_SECRETS).supported
    assert not _judge("Audit commissioners who are not public officials are no longer bound by confidentiality once "
                      "they leave office.", GANGWON_SECRETS).supported


DISSOLVED = "추천위원회는 제5항에 따른 추천과 제7항에 따른 통보를 완료한 때에 해산된 것으로 본다."
SANCTION = ("제1항에 따른 처분을 받은 사람에 대해서는 처분이 있은 날부터 5년의 범위에서 대통령령으로 정하는 기간 동안 "
            "신규채용시험, 승진시험 또는 그 밖의 시험의 응시자격을 정지한다.")
RULES = "이 영에서 정한 사항 외에 시ㆍ도자치경찰위원회의 운영 등에 필요한 사항은 시ㆍ도의 조례로 정한다."
KEEP_SECRET = "공무원은 직무상 알게 된 비밀을 엄수하여야 한다."
ITEM3 = ("시ㆍ도자치경찰위원회는 제1항제3호에 해당하는 경우 의결로 지원ㆍ조정의 범위ㆍ기간 등을 정하여 경찰청장에게 "
         "지원ㆍ조정을 요청할 수 있다.")
DECENTRALISED = ("In order to operate the autonomous police system, a blueprint to transfer much of the police power to "
                 "local governments should have been presented, but due to the inefficiency of decentralized systems, "
                 "confrontation between the two Koreas, and familiarity with the implementation of the national police "
                 "system, a centralized national police system was maintained.")


def test_the_paper_saying_the_opposite_word_contradicts_the_claim():
    assert _judge("According to the paper, the pledge to fully implement the dual autonomous police system by 2026 "
                  "will be hard to keep.", PAPER, whole=True).supported
    verdict = _judge("Keeping the pledge to implement the dual system by 2026 is easy.", PAPER, whole=True)
    assert not verdict.supported


def test_british_spelling_is_the_same_word():
    assert _judge("A centralised national police system was retained because of the inefficiency of decentralised "
                  "systems.", DECENTRALISED, whole=True).supported
    assert not _judge("A decentralised police system was retained because of the efficiency of centralised systems.",
                      DECENTRALISED, whole=True).supported


def test_references_to_other_provisions_are_not_quantities():
    claim = ("In a case under item 3 of paragraph 1, a municipal or provincial autonomous police committee may by "
             "resolution ask the Commissioner General for support and coordination, setting its scope and duration.")
    assert _judge(claim, ITEM3).supported
    verdict = _judge(claim.replace("may by resolution ask", "must by resolution ask"), ITEM3)
    assert not verdict.supported and "modality" in verdict.reason


def test_모두_after_a_coordinated_object_is_both():
    assert _judge("추천위원회는 위원 추천과 그 결과 통보를 모두 마치면 해산된 것으로 간주된다.", DISSOLVED).supported
    assert not _judge("추천위원회는 위원 추천을 마치면 해산된 것으로 간주된다.", DISSOLVED.replace("추천과", "추천 또는")) \
        .reason.startswith("the claim asserts")
    verdict = _judge("모든 추천위원은 추천을 마치면 해산된 것으로 간주된다.", DISSOLVED)
    assert not verdict.supported and "all" in verdict.reason


def test_that_relative_clause_and_a_prohibiting_verb():
    assert _judge("Operational matters of a municipal or provincial autonomous police committee that the decree does "
                  "not cover are governed by the ordinance of that city or province.", RULES).supported
    law = "제11조(부정행위자에 대한 제재)\n경찰공무원법"
    assert _judge("A person sanctioned for cheating is barred from recruitment, promotion and other police "
                  "examinations for a period set by Presidential Decree of up to five years from the sanction.",
                  SANCTION, context=law).supported
    assert not _judge("A person sanctioned for cheating is barred from police examinations for up to seven years.",
                      SANCTION, context=law).supported
    verdict = _judge("A person sanctioned for cheating may take promotion examinations during the period set by "
                     "Presidential Decree.", SANCTION, context=law)
    assert not verdict.supported and "modality" in verdict.reason


def test_keeping_a_secret_is_not_disclosing_it():
    assert _judge("Local public officials are bound to keep secret whatever confidential information they learn in "
                  "the course of their duties.", KEEP_SECRET, context="제52조(비밀 엄수의 의무)\n지방공무원법").supported
    assert not _judge("Local public officials may disclose confidential information they learn in the course of their "
                      "duties.", KEEP_SECRET, context="제52조(비밀 엄수의 의무)\n지방공무원법").supported


JEJU_CORPS_HEAD = "자치경찰단장은 도지사가 임명하며, 자치경찰위원회의 지휘ㆍ감독을 받는다."
NO_POLITICS = ("제28조(정치운동의 금지) 공무원이 아닌 감사위원은 「지방공무원법」 제57조에서 정하는 정치운동을 할 수 없으며 「지방공무원법」 제82조를 "
               "적용할 때에는 공무원으로 본다.")
JEONBUK_COMMITTEE = ("전북자치도의 원활한 출범을 지원하고 전북자치도가 실질적 지방분권 및 지역 경쟁력 제고에 기여할 수 있도록 "
                     "다음 각 호의 사항을 심의하기 위하여 국무총리 소속으로 전북특별자치도 지원위원회를 둔다. 이 경우 "
                     "지원위원회는 필요한 경우에는 법률로 정하는 바에 따라 유사한 성격의 다른 위원회와 통합하여 구성ㆍ운영할 수 "
                     "있다.\n  1. 전북자치도의 중장기적 발전방안에 관한 사항\n  2. 전북자치도의 행정 및 재정자주권 제고에 관한 사항")
BRANCH_OFFICES = ("시ㆍ도경찰청장은 경찰서장의 소관사무를 분장하기 위하여 행정안전부령으로 정하는 바에 따라 경찰청장의 승인을 "
                  "받아 지구대 또는 파출소를 둘 수 있다.")
APPOINTERS = ("시ㆍ도자치경찰위원회 위원은 다음 각 호의 사람을 시ㆍ도지사가 임명한다.\n  1. 시ㆍ도의회가 추천하는 2명\n"
              "  2. 국가경찰위원회가 추천하는 1명\n  3. 해당 시ㆍ도 교육감이 추천하는 1명")


def test_who_directs_in_the_genitive_of_a_passive_source():
    claim = ("The head of the Jeju autonomous police corps is appointed by the governor and is directed and supervised "
             "by the autonomous police committee.")
    law = "제89조(자치경찰단장의 임명)\n제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법"
    assert _judge(claim, JEJU_CORPS_HEAD, context=law).supported
    verdict = _judge("The head of the Jeju autonomous police corps is directed and supervised by the governor.",
                     JEJU_CORPS_HEAD, context=law)
    assert not verdict.supported and "body" in verdict.reason


def test_a_noun_with_하다_carries_the_predicate():
    assert _judge("Audit commissioners who are not public officials may not engage in political activities "
                  "prohibited by the Local Public Officials Act.", NO_POLITICS).supported
    verdict = _judge("Audit commissioners who are not public officials may engage in political activities.", NO_POLITICS)
    assert not verdict.supported and "modality" in verdict.reason


def test_list_items_belong_to_the_sentence_that_announces_them():
    assert _judge("A Jeonbuk support committee is established under the Prime Minister to deliberate on matters such "
                  "as the province's mid- and long-term development plans.", JEONBUK_COMMITTEE,
                  context="제12조(전북특별자치도 지원위원회의 설치 등)").supported


def test_without_approval_negates_the_approval():
    assert _judge("With the approval of the Commissioner General, a provincial police chief may establish police "
                  "district units or police boxes to share the work of police station chiefs.", BRANCH_OFFICES).supported
    verdict = _judge("A provincial police chief may establish police boxes without the approval of the Commissioner "
                     "General.", BRANCH_OFFICES)
    assert not verdict.supported and "negat" in verdict.reason


def test_a_list_items_number_is_not_a_quantity():
    assert _judge("시ㆍ도자치경찰위원회 위원 가운데 2명은 시ㆍ도의회가 추천한다.", APPOINTERS).supported
    verdict = _judge("시ㆍ도자치경찰위원회 위원 가운데 3명은 시ㆍ도의회가 추천한다.", APPOINTERS)
    assert not verdict.supported and "3" in verdict.reason


RANKS = ("자치경찰공무원의 계급은 다음과 같이 구분한다.\n  1. 자치경무관\n  2. 자치총경\n  3. 자치경정\n  4. 자치경감\n"
         "  5. 자치경위\n  6. 자치경사\n  7. 자치경장\n  8. 자치순경")
SENIORITY = ("경찰청장은 해당 계급에서 다음 각 호의 기간 동안 재직한 사람을 경장, 경사, 경위, 경감으로 각각 근속승진임용할 수 "
             "있다.\n  1. 순경을 경장으로 근속승진임용하려는 경우: 해당 계급에서 4년 이상 근속자\n"
             "  2. 경장을 경사로 근속승진임용하려는 경우: 해당 계급에서 5년 이상 근속자")
DEPUTY = "차장은 경찰청장을 보좌하며, 경찰청장이 부득이한 사유로 직무를 수행할 수 없을 때에는 그 직무를 대행한다."
RECOMMENDERS = "추천위원 또는 추천위원이었던 사람은 직무상 알게 된 비밀을 누설하거나 심사와 관련된 개인 의견을 외부에 공표해서는 안 된다."
DOUBLE_LEVEL = ("It is difficult to say that the \u201cdouble-level\u201d model, in which autonomous police organizations are "
                "operated separately from national police, immediately carries out practical autonomous police "
                "administration, but it can take on the shape of an autonomous police rather than a unified model.")


def test_a_list_states_how_many_items_it_has_and_an_item_its_own_number():
    law = "제106조(계급구분)\n제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법"
    assert _judge("Jeju's autonomous police officers are divided into eight ranks, from 자치경무관 down to 자치순경.",
                  RANKS, context=law).supported
    assert not _judge("Jeju's autonomous police officers are divided into nine ranks.", RANKS, context=law).supported
    assert _judge("순경이 경장으로 근속승진하려면 해당 계급에서 4년 이상 근무해야 한다.", SENIORITY).supported
    assert not _judge("순경이 경장으로 근속승진하려면 해당 계급에서 5년 이상 근무해야 한다.", SENIORITY).supported


def test_a_negated_condition_said_with_another_verb():
    heading = "제15조(경찰청 차장)"
    assert _judge("경찰청 차장은 경찰청장을 돕고, 경찰청장이 부득이하게 직무를 볼 수 없으면 그 직무를 대신 수행한다.",
                  DEPUTY, context=heading).supported
    assert not _judge("경찰청 차장은 경찰청장이 직무를 수행할 수 있을 때에도 그 직무를 대행한다.", DEPUTY,
                      context=heading).supported


def test_members_of_a_committee_are_its_위원():
    assert _judge("Current and former members of the recommendation committee must not disclose secrets learned in "
                  "the course of their duties.", RECOMMENDERS).supported
    assert not _judge("Members of the National Police Committee must not disclose secrets learned in the course of "
                      "their duties.", RECOMMENDERS).supported


def test_what_the_paper_doubts_is_not_stated():
    assert _judge("The paper says it is hard to claim that the double-level model immediately delivers practical "
                  "autonomous police administration.", DOUBLE_LEVEL, whole=True).supported
    verdict = _judge("The paper says the double-level model immediately delivers practical autonomous police "
                     "administration.", DOUBLE_LEVEL, whole=True)
    assert not verdict.supported and "doubt" in verdict.reason


SPECIAL_PROMOTION = ("경찰공무원으로서 다음 각 호의 어느 하나에 해당되는 사람에 대하여는 제15조에도 불구하고 1계급 특별승진시킬 "
                     "수 있다. 다만, 경위 이하의 경찰공무원으로서 모든 경찰공무원의 귀감이 되는 공을 세우고 전사하거나 "
                     "순직한 사람에 대하여는 2계급 특별승진 시킬 수 있다.\n  1. 「국가공무원법」 제40조의4제1항제1호부터 "
                     "제4호까지의 규정 중 어느 하나에 해당되는 사람\n  2. 전사하거나 순직한 사람\n"
                     "  3. 직무 수행 중 현저한 공적을 세운 사람")
NPA = "치안에 관한 사무를 관장하게 하기 위하여 행정안전부장관 소속으로 경찰청을 둔다."
BARRED = ("다음 각 호의 어느 하나에 해당하는 사람은 위원으로 위촉될 수 없다.\n  1. 제31조 각 호의 어느 하나에 해당하는 사람\n"
          "  2. 「정당법」에 따른 정당의 당원\n  3. 지방의회의원")
SOFT_LANDING = ("As a soft landing plan, a bill should be enacted or revised to allow the dualization model to operate "
                "more efficiently, which should include organizational and operational aspects. The main contents will require the transfer of organization, manpower, and budget to local governments, "
                "and accordingly, organizations that can perform autonomous police affairs, such as the autonomous police "
                "committee and the autonomous police headquarters, should be reorganized.")


def test_시키다_makes_a_verb_and_a_list_count_is_only_a_count():
    assert _judge("직무 수행 중 뚜렷한 공을 세운 경찰공무원은 1계급 특별승진시킬 수 있다.", SPECIAL_PROMOTION,
                  context="제19조(특별유공자 등의 특별승진)").supported
    verdict = _judge("직무 수행 중 뚜렷한 공을 세운 경찰공무원은 3계급 특별승진시킬 수 있다.", SPECIAL_PROMOTION,
                     context="제19조(특별유공자 등의 특별승진)")
    assert not verdict.supported and "3" in verdict.reason


def test_everyday_korean_for_소속_and_관장():
    assert _judge("치안 사무를 맡기기 위해 행정안전부장관 밑에 경찰청이 설치되어 있다.", NPA).supported
    assert not _judge("치안 사무를 맡기기 위해 국무총리 밑에 경찰청이 설치되어 있다.", NPA).supported


def test_an_items_modality_is_its_lead_sentences():
    context = "제7조(인사위원회의 설치)\n지방공무원법"
    assert _judge("Members of political parties and local council members cannot be commissioned as personnel "
                  "committee members.", BARRED, context=context).supported
    verdict = _judge("Members of political parties can be commissioned as personnel committee members.", BARRED,
                     context=context)
    assert not verdict.supported and "modality" in verdict.reason


def test_a_plan_anywhere_before_the_participle():
    assert _judge("The soft landing plan would require the autonomous police committee and the autonomous police "
                  "headquarters to be reorganized.", SOFT_LANDING, whole=True).supported
    assert not _judge("The autonomous police committee and the autonomous police headquarters were reorganized.",
                      SOFT_LANDING, whole=True).supported


VALUES = ("The autonomous police system is a system that pursues values contrary to the national police system, placing "
          "importance on democracy and procedurality rather than efficiency.")


def test_what_the_source_says_is_contrary_to_x_is_not_said_of_x():
    assert _judge("According to the paper, the autonomous police system places importance on democracy and "
                  "procedurality rather than efficiency.", VALUES, whole=True).supported
    verdict = _judge("According to the paper, it is the national police system that places importance on democracy "
                     "and procedurality rather than efficiency.", VALUES, whole=True)
    assert not verdict.supported and "contrast" in verdict.reason


DUTIES = ("경찰의 임무는 다음 각 호와 같다.\n  1. 국민의 생명ㆍ신체 및 재산의 보호\n  2. 범죄의 예방ㆍ진압 및 수사\n"
          "  3. 범죄피해자 보호")
CORRECTIVE = "행정안전부장관은 자치경찰사무와 관련하여 「지방자치법」 제188조에 따른 시정명령을 하려면 미리 국가경찰위원회의 의견을 들어야 한다."
TWO_MASTERS = ("시ㆍ도경찰청장은 국가경찰사무에 대해서는 경찰청장의 지휘ㆍ감독을, 자치경찰사무에 대해서는 "
               "시ㆍ도자치경찰위원회의 지휘ㆍ감독을 받아 관할구역의 소관 사무를 관장하고 소속 공무원 및 소속 경찰기관의 장을 "
               "지휘ㆍ감독한다.")
GANGWON_STAFF = ("감사위원회의 자치감사 활동을 지원하고 감사위원회에 관한 행정사무를 처리하기 위하여 사무기구를 두며, "
                 "사무기구의 직원은 감사위원장의 추천에 따라 도지사가 임명한다.")
ENTRUST = "전북특별자치도지사 또는 전북특별자치도교육감은 소관 사무와 법령에 따라 위임된 사무의 일부를 다른 지방자치단체나 그 장에게 위탁하여 처리하게 할 수 있다."
SEALED_MEETINGS = "추천위원회의 회의는 공개하지 않는다."


def test_apostrophes_are_not_quotation_marks():
    assert _judge("The police's duties include protecting people's lives, bodies and property, and preventing, "
                  "suppressing and investigating crime.", DUTIES).supported
    verdict = _judge("The police's duties include 'collecting taxes'.", DUTIES)
    assert not verdict.supported and "collecting" in verdict.reason  # the quoted words are read, not skipped


def test_without_consulting_negates_the_consultation():
    assert _judge("Before issuing a corrective order on autonomous police affairs, the Minister of the Interior and "
                  "Safety must first hear the opinion of the National Police Committee.", CORRECTIVE).supported
    verdict = _judge("The Minister of the Interior and Safety may issue a corrective order on autonomous police affairs "
                     "without consulting the National Police Committee.", CORRECTIVE)
    assert not verdict.supported


def test_who_directs_is_read_per_domain():
    assert _judge("For national police affairs the provincial police chief takes direction from the Commissioner "
                  "General, and for autonomous police affairs from the provincial autonomous police committee.",
                  TWO_MASTERS).supported
    verdict = _judge("For autonomous police affairs the provincial police chief takes direction from the Commissioner "
                     "General.", TWO_MASTERS)
    assert not verdict.supported and "body" in verdict.reason


def test_the_chair_of_the_audit_committee_is_an_office():
    assert _judge("Staff of the audit committee's secretariat are appointed by the governor on the recommendation of "
                  "the chair of the audit committee.", GANGWON_STAFF).supported
    verdict = _judge("Staff of the audit committee's secretariat are appointed by the chair of the audit committee on "
                     "the governor's recommendation.", GANGWON_STAFF)
    assert not verdict.supported and "body" in verdict.reason


def test_special_province_heads_and_superintendents_are_named_bodies():
    context = "제10조(전북자치도 사무의 위탁 특례)\n전북특별자치도 설치 및 글로벌생명경제도시 조성을 위한 특별법"
    assert _judge("The Jeonbuk governor or superintendent of education may entrust part of their affairs to other "
                  "local governments or their heads.", ENTRUST, context=context).supported
    assert not _judge("The Jeonbuk governor must entrust part of the province's affairs to other local governments.",
                      ENTRUST, context=context).supported


def test_behind_closed_doors_is_not_open():
    assert _judge("Meetings of the recommendation committee are held behind closed doors.", SEALED_MEETINGS).supported
    assert not _judge("Meetings of the recommendation committee are open to the public.", SEALED_MEETINGS).supported


class _Similar:
    """A stand-in for the multilingual embedding: every passage is a close match (0.95), so
    only the judge's own checks can reject."""

    def __call__(self, claim, passages):
        return [0.95 for _ in passages]


ALLOWANCES = ("시ㆍ도자치경찰위원회에 출석한 관계 공무원 또는 관계 전문가에 대하여는 예산의 범위에서 수당과 여비를 지급할 수 "
              "있다.")
TOBACCO = "시장은 담배소비세의 100분의 45에 해당하는 금액을 교육비특별회계로 전출하지 아니할 수 있다."
COMMISSIONER = ("경찰청장은 국가경찰사무를 총괄하고 경찰청 업무를 관장하며 소속 공무원 및 각급 경찰기관의 장을 "
                "지휘ㆍ감독한다.")


def test_the_embedding_decides_wording_only_when_no_check_objects_and_the_predicate_is_stated():
    close = _Similar()
    claim = "위원회에 나온 관계 공무원이나 전문가에게는 예산 범위 안에서 수당과 여비를 줄 수 있다."
    assert judge_support(claim, ALLOWANCES, similarity=close).supported
    # a flip is stopped by the check that finds it, whatever the embedding says
    for flip in ("위원회에 나온 관계 전문가에게는 수당과 여비를 주어야 한다.",
                 "위원회에 나온 관계 전문가에게는 수당과 여비를 줄 수 없다."):
        assert not judge_support(flip, ALLOWANCES, similarity=close).supported, flip
    # a claim whose predicate the passage does not state is not rescued
    assert not judge_support("위원회에 나온 전문가는 예산 범위 안에서 의견서를 제출한다.", ALLOWANCES,
                             similarity=close).supported


def test_may_decline_is_need_not_and_every_level_is_각급():
    assert english_modality("The mayor may decline to transfer the amount") == "need_not"
    law = "제14조(재정 특례)\n세종특별자치시 설치 등에 관한 특별법"
    assert _judge("The Sejong mayor may decline to transfer the amount equal to 45 percent of the tobacco consumption "
                  "tax to the special account for education.", TOBACCO, context=law).supported
    assert not _judge("The Sejong mayor must transfer the amount equal to 45 percent of the tobacco consumption tax to "
                      "the special account for education.", TOBACCO, context=law).supported
    assert _judge("The Commissioner General oversees national police affairs, runs the agency's business and "
                  "commands the heads of police organizations at every level.", COMMISSIONER).supported


COMMISSIONER_TERM = "④ 경찰청장의 임기는 2년으로 하고, 중임(重任)할 수 없다."
COMPOSITION = ("① 시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, 위원장과 1명의 위원은 상임으로 하고, "
               "5명의 위원은 비상임으로 한다.\n② 위원은 특정 성(性)이 10분의 6을 초과하지 아니하도록 노력하여야 한다.")
COMPLY = "이 경우 도지사는 특별한 사유가 없으면 이에 따라야 한다."
UNLICENSED = "제61조제5항에 따른 허가를 받지 아니하고 보존자원을 매매하거나 강원자치도 밖으로 반출한 자는 3년 이하의 징역에 처한다."
LIST_THEN_RULE = ("① 도지사는 다음 각 호의 요건을 갖춘 지역을 진흥지구로 지정할 수 있다.\n  1. 산림이 있을 것\n"
                  "  2. 그 밖에 도조례로 정하는 요건을 갖출 것\n② 진흥지구의 지정 절차 등에 필요한 사항은 도조례로 정한다.")


def test_a_provision_states_its_own_sentences():
    """Every sentence copied from a provision is stated by it (a sweep over all 4,059 body sentences
    of the corpus found 42 rejected, from 100 at the session's start; these are the kinds fixed)."""
    for sentence, source in (
        ("경찰청장의 임기는 2년으로 하고, 중임(重任)할 수 없다.", COMMISSIONER_TERM),  # Kiwi cuts 중임 in two
        ("시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, 위원장과 1명의 위원은 상임으로 하고, "
         "5명의 위원은 비상임으로 한다.", COMPOSITION),  # 상임으로: a verbal use
        ("이 경우 도지사는 특별한 사유가 없으면 이에 따라야 한다.", COMPLY),  # 따르 → 따라야
        (UNLICENSED, UNLICENSED),  # 허가를 받지 아니하고 = 허가 없이
        ("진흥지구의 지정 절차 등에 필요한 사항은 도조례로 정한다.", LIST_THEN_RULE),  # ② after a list is no item
    ):
        assert judge_support(sentence, source).supported, sentence
    assert not judge_support("경찰청장의 임기는 2년으로 하고, 중임할 수 있다.", COMMISSIONER_TERM).supported
    assert not judge_support("이 경우 도지사는 이에 따르지 아니할 수 있다.", COMPLY).supported
    assert not judge_support("진흥지구의 지정 절차 등에 필요한 사항은 대통령령으로 정한다.", LIST_THEN_RULE).supported


WORKING_TEAM_ARTICLE = ("⑥ 지원위원회의 사무를 처리하고 지원하기 위하여 실무지원단을 설치할 수 있다.\n"
                        "⑦ 이 법에서 규정한 사항 외에 지원위원회 및 실무위원회의 구성과 운영, 실무지원단의 설치와 운영 등에 "
                        "필요한 사항은 대통령령으로 정한다.")


def test_a_clause_is_stated_only_by_a_sentence_that_uses_its_verb():
    # '실무지원단의 설치와 운영' names the setting-up; it does not say it must (or may) be done
    assert _judge("지원위원회의 사무를 처리하고 지원하기 위하여 실무지원단을 설치할 수 있다.", WORKING_TEAM_ARTICLE).supported
    verdict = _judge("지원위원회의 사무를 처리하고 지원하기 위하여 실무지원단을 설치하여야 한다.", WORKING_TEAM_ARTICLE)
    assert not verdict.supported


PEACE_ISLAND = ("⑦ 국가는 제2항에 따른 사업시행에 필요한 행정적ㆍ재정적 지원을 하여야 한다.\n"
                "⑧ 제1항부터 제7항까지의 규정에 따른 세계평화의 섬 지정과 사업의 시행 및 행정적ㆍ재정적 지원 등에 필요한 "
                "사항은 대통령령으로 정한다.")


def test_a_duty_or_permission_is_judged_by_the_sentence_that_uses_its_verb():
    assert _judge("국가는 제2항에 따른 사업시행에 필요한 행정적ㆍ재정적 지원을 하여야 한다.", PEACE_ISLAND).supported
    # ⑧ only names the support; ⑦, which states it, says 하여야
    verdict = _judge("국가는 제2항에 따른 사업시행에 필요한 행정적ㆍ재정적 지원을 할 수 있다.", PEACE_ISLAND)
    assert not verdict.supported


DELEGATED = "「도서관법」 제36조에서 대통령령으로 정하도록 한 사항은 도조례로 정할 수 있다."
ORDER_TO_COMPLY = ("제2항에 따른 통보를 받은 시ㆍ도자치경찰위원회는 정당한 사유가 없으면 즉시 자치경찰사무를 담당하는 "
                   "경찰공무원에게 경찰청장의 지휘ㆍ명령을 받을 것을 명하여야 하며, 제1항에 규정된 사유에 해당하지 "
                   "아니한다고 인정하면 시ㆍ도자치경찰위원회의 의결을 거쳐 경찰청장에게 그 지휘ㆍ명령의 중단을 요청할 수 있다.")


def test_the_main_verb_is_compared_with_the_main_verb():
    # the relative clause's '정하도록 한' is not the rule; the sentence's last verb (정할 수 있다) is
    assert _judge("도서관법 제36조에서 대통령령으로 정하도록 한 사항은 도조례로 정할 수 있다.", DELEGATED).supported
    verdict = _judge("도서관법 제36조에서 대통령령으로 정하도록 한 사항은 도조례로 정하여야 한다.", DELEGATED)
    assert not verdict.supported and "modality" in verdict.reason
    # a one-syllable noun with 하다 is the verb (명하다), not every word starting with it (명령)
    assert _judge("경찰청장의 통보를 받은 시ㆍ도자치경찰위원회는 정당한 사유가 없는 한 즉시 자치경찰사무 담당 "
                  "경찰공무원에게 경찰청장의 지휘ㆍ명령을 받으라고 명해야 한다.", ORDER_TO_COMPLY).supported
    assert not _judge("시ㆍ도자치경찰위원회는 자치경찰사무 담당 경찰공무원에게 경찰청장의 지휘ㆍ명령을 받으라고 명할 수 "
                      "있다.", ORDER_TO_COMPLY).supported


TWO_AGENCIES = ("경찰의 사무를 지역적으로 분담하여 수행하게 하기 위하여 시ㆍ도에 시ㆍ도경찰청을 두고, 시ㆍ도경찰청장 소속으로 "
                "경찰서를 둔다. 이 경우 인구, 행정구역, 면적, 지리적 특성, 교통 및 그 밖의 조건을 고려하여 시ㆍ도에 "
                "2개의 시ㆍ도경찰청을 둘 수 있다.")


def test_a_rule_read_with_its_이_경우_sentence_must_agree_with_both():
    assert _judge("인구, 면적, 교통 등의 조건을 고려하여 시ㆍ도에 2개의 시ㆍ도경찰청을 둘 수 있다.", TWO_AGENCIES).supported
    verdict = _judge("인구, 면적, 교통 등의 조건을 고려하여 시ㆍ도에 2개의 시ㆍ도경찰청을 두어야 한다.", TWO_AGENCIES)
    assert not verdict.supported and "modality" in verdict.reason


COMMITTEE_TERMS = ("① 시ㆍ도자치경찰위원회 위원장과 위원의 임기는 3년으로 하며, 연임할 수 없다.\n"
                   "② 보궐위원의 임기는 전임자 임기의 남은 기간으로 하되, 전임자의 남은 임기가 1년 미만인 경우 그 "
                   "보궐위원은 제1항에도 불구하고 연임할 수 있다.")
NO_POLITICS_ARTICLE = ("① 경찰공무원은 정당이나 정치단체에 가입하거나 정치활동에 관여하는 행위를 하여서는 아니 된다.\n"
                       "② 제1항에서 정치활동에 관여하는 행위란 다음 각 호의 어느 하나에 해당하는 행위를 말한다.\n"
                       "  1. 정당이나 정치단체의 결성 또는 가입을 지원하거나 방해하는 행위")


def test_an_exception_does_not_state_the_rule_it_excepts():
    assert _judge("시ㆍ도자치경찰위원회 위원장과 위원의 임기는 3년으로 하며, 연임할 수 없다.", COMMITTEE_TERMS).supported
    assert _judge("전임자의 남은 임기가 1년 미만이면 보궐위원은 연임할 수 있다.", COMMITTEE_TERMS).supported
    # the second clause alone ('연임할 수 있다') matches ②'s exception; ①, the rule, says otherwise
    verdict = _judge("시ㆍ도자치경찰위원회 위원장과 위원의 임기는 3년으로 하며, 연임할 수 있다.", COMMITTEE_TERMS)
    assert not verdict.supported and "연임" in verdict.reason


def test_a_definition_is_not_the_rule():
    assert _judge("경찰공무원은 정당에 가입하거나 정치활동에 관여해서는 안 된다.", NO_POLITICS_ARTICLE).supported
    verdict = _judge("경찰공무원은 정당이나 정치단체에 가입하거나 정치활동에 관여하는 행위를 할 수 있다.",
                     NO_POLITICS_ARTICLE)
    assert not verdict.supported


RECOMMENDERS_COMPOSED = "시ㆍ도지사는 시ㆍ도자치경찰위원회 위원추천위원회에 각계각층의 관할 지역주민의 의견이 수렴될 수 있도록 위원을 구성하여야 한다."
WORKING_MEMBERS = ("법 제17조제4항에 따른 실무위원회의 위원은 다음 각 호와 같다.\n  1. 행정안전부차관\n"
                   "  2. 법 제44조제2항에 따른 제주특별자치도(이하 \"제주자치도\"라 한다)의 부지사")


def test_idioms_and_offices_of_the_sixth_batch():
    assert _judge("The mayor or governor must compose the recommendation committee so that the views of local "
                  "residents from all walks of life are reflected.", RECOMMENDERS_COMPOSED).supported
    assert not _judge("The Commissioner General must compose the recommendation committee so that residents' views "
                      "are reflected.", RECOMMENDERS_COMPOSED).supported
    assert _judge("The vice governor of Jeju is one of the members of the working committee.", WORKING_MEMBERS).supported
    assert not _judge("The governor of Jeju is one of the members of the working committee.", WORKING_MEMBERS).supported


# police-officials-act 제29조제1항 (shortened), local-public-officials-act 제10조제3항
SICK_LEAVE = ("경찰공무원이 공무상 질병 또는 부상을 입어 휴직하는 경우 그 휴직기간은 같은 조 제1호 단서에도 불구하고 5년 "
              "이내로 하되, 의학적 소견 등을 고려하여 대통령령으로 정하는 바에 따라 3년의 범위에서 연장할 수 있다.")
PETITION = ("「주민투표법」 제9조제2항에도 불구하고 주민투표청구권자 총수의 30분의 1 이상 5분의 1 이하의 범위에서 "
            "도조례로 정하는 수 이상의 서명으로 주민투표의 실시를 청구할 수 있다.")  # jeju-special-act 제14조 (abridged)
QUORUM = ("인사위원회의 회의는 제2항에 따른 구성원 3분의 2 이상의 출석과 출석위원 과반수의 찬성으로 의결한다. 다만, "
          "대통령령으로 정하는 경미한 사항에 대하여는 서면으로 심의ㆍ의결할 수 있다.")


def test_a_number_must_stand_where_the_source_has_it():
    # both of the claim's numbers are in the source, the second one in another place ('3년의 범위에서 연장')
    assert _judge("공무상 질병이나 부상으로 휴직한 경찰공무원의 휴직기간은 5년 이내로 하고, 의학적 소견 등을 고려하여 "
                  "3년의 범위에서 연장할 수 있다.", SICK_LEAVE).supported
    verdict = _judge("경찰공무원이 공무상 질병 또는 부상으로 휴직하는 경우 휴직기간은 5년 이내로 하되, 의학적 소견 등을 "
                     "고려하여 5년의 범위에서 연장할 수 있다.", SICK_LEAVE)
    assert not verdict.supported and "5년" in verdict.reason
    # its words elsewhere in the source but next to no other number: a paraphrase ('휴직은 최대 5년' for
    # '휴직기간은 … 5년 이내')
    assert _judge("공무상 부상으로 휴직한 경찰공무원의 휴직은 최대 5년으로 하되, 의학적 소견 등을 고려하여 3년의 범위에서 "
                  "연장할 수 있다.", SICK_LEAVE).supported
    # 과반수 is the source's vote, not its quorum; reordered clauses keep each number with its word
    assert _judge("인사위원회는 출석위원 과반수의 찬성과 구성원 3분의 2 이상의 출석으로 의결한다.", QUORUM).supported
    verdict = _judge("인사위원회의 회의는 구성원 과반수의 출석과 출석위원 과반수의 찬성으로 의결한다.", QUORUM)
    assert not verdict.supported and "과반수" in verdict.reason
    # the number's noun on the other side of it is the same binding ('3년 임기' = '임기는 3년'), but
    # '이상', '이하' and a verb stay on their side ('30분의 1 이상' is not '이상 30분의 1')
    assert _judge("위원은 3년 임기로 하며, 연임할 수 없다.", TERM).supported
    assert _judge("주민투표청구권자 총수의 30분의 1 이상 5분의 1 이하의 범위에서 도조례로 정하는 수 이상이 서명하면 "
                  "주민투표를 청구할 수 있다.", PETITION).supported
    verdict = _judge("주민투표청구권자 총수의 30분의 1 이상 30분의 1 이하의 범위에서 도조례로 정하는 수 이상의 서명으로 "
                     "주민투표의 실시를 청구할 수 있다.", PETITION)
    assert not verdict.supported and "30분의1" in verdict.reason


# local-public-officials-act 제15조제3항, npa-organization-decree 제29조제4항, jeju-special-act-decree 제57조제2항
MEMBER_DEPUTY = "위원장이 부득이한 사유로 직무를 수행할 수 없을 때에는 위원장이 미리 지정한 위원이 그 직무를 대행한다."
INSTITUTE_HEAD, INSTITUTE_HEADING = "소장은 연구소의 사무를 총괄하고, 소속 공무원을 지휘ㆍ감독한다.", "제29조(치안정책연구소)"
SCHOOL_YEAR = "제1항에도 불구하고 국제학교의 장은 도교육감의 승인을 받아 학년제 외의 제도를 채택할 수 있다."


def test_an_office_the_source_does_not_name_in_its_role_is_a_body_mismatch():
    assert _judge("위원장이 부득이한 사유로 직무를 할 수 없으면 위원장이 미리 지정한 위원이 직무를 대행한다.", MEMBER_DEPUTY).supported
    verdict = _judge("심사위원회 위원장이 부득이한 사유로 직무를 수행할 수 없을 때에는 부위원장이 그 직무를 대행한다.", MEMBER_DEPUTY)
    assert not verdict.supported and "부위원장" in verdict.reason
    # the head named by its organisation: 치안정책연구소장 is the 소장 of the 연구소 the heading names
    assert _judge("치안정책연구소장은 연구소의 사무를 총괄하고 소속 공무원을 지휘ㆍ감독한다.", INSTITUTE_HEAD,
                  INSTITUTE_HEADING).supported
    verdict = _judge("경찰대학장은 치안정책연구소의 사무를 총괄하고, 연구소 소속 공무원을 지휘ㆍ감독한다.", INSTITUTE_HEAD,
                     INSTITUTE_HEADING)
    assert not verdict.supported and "body mismatch" in verdict.reason
    assert _judge("국제학교의 장은 제주도교육감의 승인을 받아 학년제 외의 제도를 채택할 수 있다.", SCHOOL_YEAR).supported
    verdict = _judge("국제학교의 장은 교육부장관의 승인을 받아 학년제 외의 제도를 채택할 수 있다.", SCHOOL_YEAR)
    assert not verdict.supported and "교육부장관" in verdict.reason


# English paraphrases of statutes (tuning-citations-3): references, commencement, limits, idioms.
# autonomous-police-committee-decree 제1조, jeonbuk-special-act (sunset review), police-act 부칙 제1조,
# the decree's 부칙 제1조, local-public-officials-act 제25조의6 and 제44조, jeju-special-act (recall vote),
# police-organization decree (총경 정원), the paper
DECREE_PURPOSE = ("제1조(목적) 이 영은 「국가경찰과 자치경찰의 조직 및 운영에 관한 법률」 제4조, 제18조, 제20조, 제21조 및 "
                  "제26조부터 제28조까지의 규정에서 위임된 사항과 그 시행에 필요한 사항을 규정함을 목적으로 한다.")
SUNSET_REVIEW = ("농림축산식품부장관은 제1항에 따른 존속기한이 끝나는 날의 3개월 전까지 제49조부터 제52조까지의 특례의 "
                 "운영성과 등을 평가하여 존속기한 연장 또는 폐지 등의 의견을 도지사에게 통보하여야 하고, 도지사는 통보받은 "
                 "의견에 따라 필요한 조치를 하여야 한다.")
COMMENCEMENT = "제1조(시행일) 이 법은 공포 후 3개월이 경과한 날부터 시행한다."
DECREE_COMMENCEMENT = "제1조(시행일) 이 영은 2021년 1월 1일부터 시행한다."
NO_DISCRIMINATION = ("제25조의6(차별금지) 임용권자는 소속 공무원을 임용할 때 합리적인 이유 없이 성별, 종교 또는 사회적 신분 "
                     "등을 이유로 차별해서는 아니 된다.")
PAY_RULES = ("이 법이나 그 밖의 법령에서 정한 보수에 관한 규정에 따르지 아니하고는 어떠한 금전이나 유가물(有價物)도 "
             "공무원의 보수로 지급될 수 없다.")
RECALL_VOTE = "도교육감에 대한 주민소환투표사무는 제74조에 따라 도교육감의 선거구선거사무를 수행하는 선거관리위원회가 관리한다."
SUPERINTENDENT_CAP = ("제2항 후단에 따른 총경의 정원 중「행정기관의 조직과 정원에 관한 통칙」 제12조제3항 및 제14조제4항에 따라 "
                      "경찰청에 두는 보조기관 및 보좌기관의 정원은 52명을 그 상한으로 한다.")
LANDING = ("A form of incorporating the national police system centered on the autonomous police system was considered "
           "a hard landing plan, and a form of incorporating the autonomous police system centered on the national "
           "police system was suggested as a soft landing plan.")


def test_english_references_to_provisions_and_laws_are_no_quantities():
    assert _judge("The decree covers the matters that Articles 4, 18, 20, 21 and 26 to 28 of the Act delegate to it "
                  "and what is needed to carry them out.", DECREE_PURPOSE).supported
    claim = ("No later than {n} months before the sunset date, the minister has to evaluate how the special provisions "
             "of Articles 49 to 52 have worked and notify the governor of an opinion on extending or abolishing them.")
    assert _judge(claim.format(n="three"), SUNSET_REVIEW).supported
    verdict = _judge(claim.format(n="six"), SUNSET_REVIEW)
    assert not verdict.supported and "6" in verdict.reason
    # 'no later than' is a deadline, not a negation: the duty stays a duty
    verdict = _judge("The minister may, no later than three months before the sunset date, evaluate how the special "
                     "provisions of Articles 49 to 52 have worked.", SUNSET_REVIEW)
    assert not verdict.supported and "modality" in verdict.reason


def test_commencement_in_everyday_english():
    assert _judge("This amendment takes effect once three months have passed after it is promulgated.",
                  COMMENCEMENT).supported
    assert not _judge("This amendment takes effect once six months have passed after it is promulgated.",
                      COMMENCEMENT).supported
    assert _judge("This decree came into force on 1 January 2021.", DECREE_COMMENCEMENT).supported
    verdict = _judge("This decree came into force on 1 July 2021.", DECREE_COMMENCEMENT)
    assert not verdict.supported and "7" in verdict.reason  # the month is a number too


def test_barred_from_is_a_prohibition_and_the_subject_is_no_predicate():
    # 'appointing' in 'an appointing authority' names the subject; the rule's verb is 'discriminate'
    assert _judge("When appointing its officials, an appointing authority is barred from discriminating against them "
                  "on grounds such as sex, religion or social status.", NO_DISCRIMINATION).supported
    for flip in ("may", "must"):
        verdict = _judge(f"An appointing authority {flip} discriminate against its officials on grounds such as sex "
                         "or religion.", NO_DISCRIMINATION)
        assert not verdict.supported and "modality" in verdict.reason
    assert _judge("No money or item of value may be paid to an official as pay unless it follows the pay rules laid "
                  "down in law.", PAY_RULES).supported
    assert not _judge("Money or items of value may be paid to an official as pay even if it does not follow the pay "
                      "rules laid down in law.", PAY_RULES).supported


def test_an_upper_limit_is_what_cannot_be_exceeded():
    assert _judge("경찰청에 두는 보조기관과 보좌기관의 총경 정원은 52명을 넘을 수 없다.", SUPERINTENDENT_CAP).supported
    assert _judge("The number of superintendents in the assisting and advisory bodies of the National Police Agency "
                  "cannot exceed 52.", SUPERINTENDENT_CAP).supported
    for flip in ("경찰청에 두는 보조기관과 보좌기관의 총경 정원은 52명을 넘을 수 있다.",
                 "The number of superintendents in the assisting and advisory bodies of the National Police Agency "
                 "may exceed 52."):
        verdict = _judge(flip, SUPERINTENDENT_CAP)
        assert not verdict.supported and "modality" in verdict.reason


def test_an_office_named_again_by_its_head_word_and_who_runs_it():
    assert _judge("Recall-vote affairs for the superintendent of education are run by the election commission that "
                  "handles the superintendent's constituency election affairs.", RECALL_VOTE).supported
    verdict = _judge("Recall-vote affairs for the superintendent of education are run by the superintendent.",
                     RECALL_VOTE)
    assert not verdict.supported and "body mismatch" in verdict.reason


def test_paper_idioms_full_means_all_and_british_spelling():
    assert _judge("Under the hard landing plan it was proposed to hand all national police authority over to local "
                  "governments.", ELECTION).supported
    assert not _judge("Under the hard landing plan it was never proposed to hand all national police authority over "
                      "to local governments.", ELECTION).supported
    assert not _judge("Under the hard landing plan it was proposed to hand only some national police authority over "
                      "to local governments.", ELECTION).supported
    assert _judge("Folding autonomous police into a national-police-centred system was put forward as the soft landing "
                  "plan.", LANDING).supported
    assert not _judge("Folding autonomous police into a national-police-centred system was not put forward as the "
                      "soft landing plan.", LANDING).supported


# jeju-special-act (personnel hearings): a purpose opening the claim names no one who acts
PERSONNEL_HEARING = ("도의회는 제1항에 따라 도지사가 인사청문의 실시를 요청한 사람에 대하여 인사청문을 실시하기 위하여 "
                     "인사청문 특별위원회를 둔다.")


def test_who_acts_is_named_in_the_main_clause_not_in_an_opening_purpose():
    assert _judge("To hold hearings on persons the governor has asked to be heard, the provincial council sets up a "
                  "special personnel hearing committee.", PERSONNEL_HEARING).supported
    verdict = _judge("To hold hearings on persons the provincial council has asked to be heard, the governor sets up a "
                     "special personnel hearing committee.", PERSONNEL_HEARING)
    assert not verdict.supported and "body mismatch" in verdict.reason


# autonomous-police-committee-decree 제2조제4호: an item of the requirements a 조례 must meet
REQUIREMENT_ITEM = "자치경찰 사무의 내용은 국민의 생명ㆍ신체 및 재산을 보호하고 공공의 안녕과 질서를 유지하는 데 효율적인 것으로 정할 것"


def test_a_requirement_item_ending_in_hal_geot_is_a_duty():
    assert _judge("The content of autonomous police affairs must be set so that it is effective for protecting "
                  "people's lives, bodies and property and keeping public order.", REQUIREMENT_ITEM).supported
    verdict = _judge("The content of autonomous police affairs need not be set so that it is effective for protecting "
                     "people's lives, bodies and property and keeping public order.", REQUIREMENT_ITEM)
    assert not verdict.supported and "modality" in verdict.reason


# jeonbuk-special-act (sunset review, materials): 'ask' is the verb 요청하다
ASK_MATERIALS = ("농림축산식품부장관은 도지사에게 제2항에 따른 평가에 필요한 자료의 제출을 요청할 수 있다. 이 경우 도지사는 "
                 "특별한 사유가 없으면 이에 따라야 한다.")


def test_ask_keeps_the_modality_of_the_request():
    assert _judge("The Minister of Agriculture, Food and Rural Affairs may ask the governor to submit the materials "
                  "needed for the evaluation under paragraph 2.", ASK_MATERIALS).supported
    verdict = _judge("The Minister of Agriculture, Food and Rural Affairs must ask the governor to submit the materials "
                     "needed for the evaluation under paragraph 2.", ASK_MATERIALS)
    assert not verdict.supported and "modality" in verdict.reason


# local-public-officials-act (temporary members): who appoints, and '임명 또는 위촉하여' as one verb
TEMPORARY_MEMBERS = ("지방자치단체의 장과 지방의회의 의장은 제10조의2에 따른 인사위원회 위원의 제척ㆍ기피ㆍ회피 등으로 심의ㆍ의결에 "
                     "참여할 수 있는 위원 수가 제10조제2항에 따른 인사위원회 회의 구성원 수의 3분의 2에 미달하는 때에는 그 구성원 "
                     "수의 3분의 2가 될 때까지 임시위원을 임명 또는 위촉하여 해당 심의ㆍ의결에 참여하도록 하여야 한다.")


def test_who_appoints_when_a_subordinate_clause_is_passive():
    claim = ("When recusals leave fewer eligible members than two-thirds of the meeting's membership, {who} appoints or "
             "commissions temporary members until two-thirds is reached.")
    assert _judge(claim.format(who="the head of the local government"), TEMPORARY_MEMBERS).supported
    verdict = _judge(claim.format(who="the chair of the personnel committee"), TEMPORARY_MEMBERS)
    assert not verdict.supported and "body mismatch" in verdict.reason
    verdict = _judge("제척 등으로 참여할 수 있는 위원 수가 구성원 수의 3분의 2에 미달하면 인사위원회 위원장은 3분의 2가 될 때까지 "
                     "임시위원을 임명 또는 위촉하여야 한다.", TEMPORARY_MEMBERS)
    assert not verdict.supported and "body mismatch" in verdict.reason


# -- session 4 rules: each from a family of misses on the fresh tuning batches tuning-citations-5/-6 --------------

MOUNTAIN_ZONE = ("도지사는 … 다음 각 호의 요건을 갖춘 지역을 친환경 산악관광진흥지구로 지정할 수 있다.\n"
                 "  1. 3만 제곱미터 이상으로서 그 면적이 지정 목적, 이용계획, 주변 여건에 적합할 것")


def test_korean_number_units_read_as_digits():
    assert _judge("산악관광진흥지구로 지정하려면 면적이 30,000 제곱미터 이상이어야 한다.", MOUNTAIN_ZONE).supported
    verdict = _judge("산악관광진흥지구로 지정하려면 면적이 20,000 제곱미터 이상이어야 한다.", MOUNTAIN_ZONE)
    assert not verdict.supported and "number" in verdict.reason


TRANSFER = '"전보"란 경찰공무원의 동일 직위 및 자격 내에서의 근무기관이나 부서를 달리하는 임용을 말한다.'


def test_an_english_term_in_quotes_is_not_looked_up_verbatim_in_a_korean_source():
    assert _judge('A "transfer" is an appointment that moves a police official to another agency or department '
                  "within the same position and qualification.", TRANSFER).supported
    verdict = _judge('"전직"이란 경찰공무원의 근무기관이나 부서를 달리하는 임용을 말한다.', TRANSFER)
    assert not verdict.supported and "quoted" in verdict.reason  # a Korean quote is still exact


PLANNING_DIRECTOR = "경무인사기획관은 치안감 또는 경무관으로 보한다."


def test_a_korean_gloss_in_brackets_names_the_office_and_rank():
    assert _judge("The Director for Police Administration and Personnel Planning (경무인사기획관) is appointed from "
                  "the rank of Superintendent General (경무관) or the rank above.", PLANNING_DIRECTOR).supported
    verdict = _judge("The Director for Police Administration and Personnel Planning (경무인사기획관) is appointed from "
                     "the rank of Senior Superintendent (총경).", PLANNING_DIRECTOR)
    assert not verdict.supported and "총경" in verdict.reason


DIRECT_UNITS = "제41조에 따라 서울특별시경찰청에 두는 직할대 중 101경비단장 및 기동단장은 경무관으로 보한다."


def test_english_rank_titles_are_read_in_both_series_korean_ranks_exactly():
    # the Police Agency's series: Superintendent General = 경무관; the older series: Senior Superintendent = 경무관
    claim = "At the Seoul police agency, the heads of the 101경비단 and the 기동단 hold the rank of {}."
    for title in ("Superintendent General", "Senior Superintendent"):
        assert _judge(claim.format(title), DIRECT_UNITS).supported, title
    verdict = _judge(claim.format("Inspector"), DIRECT_UNITS)
    assert not verdict.supported and "entity" in verdict.reason
    verdict = _judge("서울특별시경찰청 직할대 중 101경비단장 및 기동단장은 치안감으로 보한다.", DIRECT_UNITS)
    assert not verdict.supported


def test_a_province_or_city_the_source_does_not_name_is_a_mismatch():
    verdict = _judge("부산광역시경찰청에 두는 직할대 중 101경비단장과 기동단장은 경무관으로 보한다.", DIRECT_UNITS)
    assert not verdict.supported and "place mismatch" in verdict.reason
    verdict = _judge("At the Busan police agency, the heads of the 101경비단 and the 기동단 hold the rank of "
                     "Superintendent General.", DIRECT_UNITS)
    assert not verdict.supported and "place mismatch" in verdict.reason


VETS = ("도지사는 「수의사법」 제21조제1항에도 불구하고 동물병원을 운영하지 아니하거나 동물병원에서 근무하지 아니하는 "
        "수의사에게도 같은 항 제2호ㆍ제5호의 업무로 한정하여 위촉할 수 있다.")


def test_limited_to_says_only():
    assert _judge("The governor may commission veterinarians who do not run or work at an animal hospital, but only "
                  "for the duties of items 2 and 5.", VETS).supported
    assert _judge("도지사는 동물병원을 운영하지 않는 수의사에게도 제2호와 제5호의 업무만 위촉할 수 있다.", VETS).supported


STATUS_CHANGE = ("이 법에 따라 신분에 변동이 발생하는 공무원에게는 그 공무원의 경력 또는 담당업무, 종전의 직위 등을 고려하여 "
                 "그에 상응하는 직에 임용하여야 하며, 그 밖의 인사에서 불이익을 당하지 아니하도록 하여야 한다.")


def test_must_see_that_it_does_not_happen_is_must_not():
    assert korean_modality("당하지 아니하도록 하여야 한다") == "must_not"
    assert _judge("Officials whose status changes under this act must not be put at a disadvantage in other "
                  "personnel matters.", STATUS_CHANGE).supported
    verdict = _judge("Officials whose status changes under this act may be put at a disadvantage in other "
                     "personnel matters.", STATUS_CHANGE)
    assert not verdict.supported and "modality" in verdict.reason


FISHING_PORT = ("도지사는 「어촌ㆍ어항법」 제38조제10항에도 불구하고 어항시설의 사용 또는 점용허가의 결과를 해당 지정권자에게 "
                "통보하지 아니하되, 그 결과를 따로 관리하여야 한다.")


def test_need_not_is_stated_by_a_plain_negation():
    assert korean_modality("통보하지 아니하되") == "neg"
    assert _judge("도지사는 어항시설 사용허가의 결과를 지정권자에게 통보하지 않아도 된다.", FISHING_PORT).supported
    verdict = _judge("도지사는 어항시설 사용허가의 결과를 지정권자에게 통보하여야 한다.", FISHING_PORT)
    assert not verdict.supported and "negates" in verdict.reason


DISMISSAL_OPINION = "임용권자는 제1항에 따라 면직시킬 경우에는 미리 인사위원회의 의견을 들어야 한다."


def test_an_irregular_verb_keeps_its_modality():
    assert _judge("임용권자는 제1항에 따라 면직시키려면 미리 인사위원회의 의견을 들어야 한다.", DISMISSAL_OPINION).supported
    verdict = _judge("임용권자는 제1항에 따라 면직시킬 경우에는 미리 인사위원회의 의견을 들을 수 있다.", DISMISSAL_OPINION)
    assert not verdict.supported and "modality" in verdict.reason


FINANCE_EXPERTS = ("도지사는 도조례로 정하는 바에 따라 전북자치도 내의 대학과 연구기관, 그 밖의 금융 관련 기관이나 단체를 "
                   "금융전문인력 양성기관으로 지정하여 교육과 훈련을 실시할 수 있도록 노력하여야 한다.")


def test_a_duty_to_endeavour_is_not_a_duty_to_act():
    assert _judge("도지사는 대학과 연구기관 등을 금융전문인력 양성기관으로 지정하여 교육과 훈련을 실시할 수 있도록 "
                  "노력하여야 한다.", FINANCE_EXPERTS).supported
    verdict = _judge("도지사는 도내 대학과 연구기관을 금융전문인력 양성기관으로 지정하여야 한다.", FINANCE_EXPERTS)
    assert not verdict.supported and "effort" in verdict.reason
    verdict = _judge("The governor must designate universities and research institutes in the province as training "
                     "institutions for financial experts.", FINANCE_EXPERTS)
    assert not verdict.supported and "effort" in verdict.reason


PRECEDENCE = ("이 법은 제주자치도의 조직ㆍ운영, 중앙행정기관의 권한 이양 및 규제완화 등에 관하여 다른 법률에 우선하여 적용한다. "
              "다만, 다른 법률에 제주자치도에 관하여 특별한 규정이 있는 경우에는 그러하지 아니하다.")


def test_a_rule_extended_to_the_case_its_proviso_excepts_is_rejected():
    assert _judge("이 법은 제주자치도의 조직과 운영 등에 관하여 다른 법률보다 우선 적용된다.", PRECEDENCE).supported
    verdict = _judge("이 법은 다른 법률에 우선하여 적용되며, 다른 법률에 제주자치도에 관한 특별한 규정이 있는 경우에도 "
                     "또한 같다.", PRECEDENCE)
    assert not verdict.supported and "excepts" in verdict.reason
    verdict = _judge("The act prevails over other laws on Jeju's organization, even where another law has a special "
                     "provision on Jeju.", PRECEDENCE)
    assert not verdict.supported and "excepts" in verdict.reason


FREE_ENTRY = "외국인이 국제학교에 입학(재입학, 전학 및 편입을 포함한다)할 경우 국적 등을 이유로 불이익을 받아서는 아니 된다."


def test_an_english_negation_of_a_verb_the_source_lacks_needs_the_full_overlap():
    verdict = _judge("Foreign students entering an international school are not protected from disadvantage on "
                     "account of their nationality.", FREE_ENTRY)
    assert not verdict.supported


MERGER_NAME = ("제2항에 따라 공동위원회가 권고안을 제시받은 날부터 30일 이내에 통합 지방자치단체의 명칭 및 청사 소재지를 "
               "의결하지 못할 경우 지방시대위원회는 대통령령으로 정하는 기준에 따라 이를 조정할 수 있다.")


def test_a_condition_negated_with_mot_hal_is_a_negation():
    assert _judge("공동위원회가 30일 이내에 명칭과 청사 소재지를 의결하지 못하면 지방시대위원회가 대통령령으로 정하는 "
                  "기준에 따라 조정할 수 있다.", MERGER_NAME).supported
    verdict = _judge("공동위원회가 30일 이내에 명칭과 청사 소재지를 의결하면 지방시대위원회가 대통령령으로 정하는 기준에 "
                     "따라 조정할 수 있다.", MERGER_NAME)
    assert not verdict.supported and "negates" in verdict.reason


TRANSFER_IN = ("회계의 수입으로써 회계에 속하는 경비의 전부를 마련할 수 없는 경우에는 그 부족액의 전부 또는 일부를 "
               "일반회계나 다른 특별회계로부터의 전입금으로 충당할 수 있다.")


def test_a_condition_stated_negatively_with_another_verb():
    assert _judge("회계 수입만으로 경비 전부를 충당하지 못하면 부족액을 일반회계나 다른 특별회계의 전입금으로 충당할 수 "
                  "있다.", TRANSFER_IN).supported
    verdict = _judge("회계 수입으로 경비 전부를 충당할 수 있으면 부족액을 일반회계의 전입금으로 충당하지 아니한다.", TRANSFER_IN)
    assert not verdict.supported


CLASSES = "지방자치단체의 공무원(지방자치단체가 경비를 부담하는 지방공무원을 말한다)은 경력직공무원과 특수경력직공무원으로 구분한다."


def test_a_number_that_counts_the_claims_own_list():
    assert _judge("지방공무원은 경력직공무원과 특수경력직공무원의 2가지로 구분한다.", CLASSES).supported
    verdict = _judge("지방공무원은 경력직공무원과 특수경력직공무원의 3가지로 구분한다.", CLASSES)
    assert not verdict.supported and "number" in verdict.reason


SPECIAL_CASE = ("행정안전부장관은 제1항에 따른 요청을 받은 경우 관계 중앙행정기관의 장과의 협의를 거쳐 관계 법률에서 정하는 "
                "바에 따라 특례를 부여할 수 있다.")


def test_an_office_prefixed_by_its_province_is_still_that_office():
    assert _judge("시ㆍ군의 특례 요청을 받은 행정안전부장관은 관계 중앙행정기관의 장과 협의하여 특례를 부여할 수 있다.",
                  SPECIAL_CASE).supported
    verdict = _judge("시ㆍ군의 특례 요청을 받은 전북도지사는 관계 중앙행정기관의 장과 협의하여 특례를 부여할 수 있다.",
                     SPECIAL_CASE)
    assert not verdict.supported and "시ㆍ도지사" in verdict.reason


RESEARCH_ZONE = ("과학기술정보통신부장관은 강원자치도에 있는 대학ㆍ연구소 및 기업의 연구개발을 촉진하기 위하여 도지사의 요청이 "
                 "있는 경우 「연구개발특구의 육성에 관한 특별법」 제4조제5항에 따라 강원자치도에 연구개발특구를 지정할 수 있다.")


def test_who_designates_a_minister_other_than_the_interior():
    assert _judge("At the governor's request, the Minister of Science and ICT may designate a research and development "
                  "special zone in Gangwon.", RESEARCH_ZONE).supported
    verdict = _judge("At the request of the Minister of Science and ICT, the governor may designate a research and "
                     "development special zone in Gangwon.", RESEARCH_ZONE)
    assert not verdict.supported and "body mismatch" in verdict.reason
    verdict = _judge("At the governor's request, the Minister of Science and ICT must designate a research and "
                     "development special zone in Gangwon.", RESEARCH_ZONE)
    assert not verdict.supported and "modality" in verdict.reason


MANAGEMENT_DIVISION = "경무부에 부장 1명을 두며, 부장은 경무관으로 보한다."


def test_a_plain_korean_rule_is_not_a_permission():
    assert _judge("경무부에는 부장 1명을 두고, 부장은 경무관으로 보한다.", MANAGEMENT_DIVISION).supported
    verdict = _judge("경무부에 부장 1명을 둘 수 있으며, 부장은 경무관으로 보한다.", MANAGEMENT_DIVISION)
    assert not verdict.supported and "modality" in verdict.reason


BYLAWS = ("제8조(운영 세칙) 이 영에서 규정한 사항 외에 지원위원회와 실무위원회의 운영 등에 필요한 사항은 지원위원회의 의결을 "
          "거쳐 위원장이 정한다.")


def test_a_body_the_source_names_elsewhere_is_not_the_one_in_this_place():
    assert _judge("지원위원회와 실무위원회 운영에 필요한 그 밖의 사항은 지원위원회의 의결을 거쳐 위원장이 정한다.", BYLAWS).supported
    verdict = _judge("지원위원회와 실무위원회 운영에 필요한 그 밖의 사항은 실무위원회의 의결을 거쳐 위원장이 정한다.", BYLAWS)
    assert not verdict.supported and "지원위원회, not 실무위원회" in verdict.reason


COASTAL_PLAN = ("도지사는 「연안관리법」 제9조제4항ㆍ제5항에도 불구하고 해양수산부장관의 승인을 받거나 중앙연안관리심의회의 심의를 "
                "받지 아니하고 같은 법 제9조제1항ㆍ제2항과 제10조에 따른 연안관리지역계획을 수립할 수 있다.")


def test_a_step_the_source_lets_the_governor_skip_is_not_required():
    assert _judge("도지사는 중앙연안관리심의회의 심의를 받지 아니하고 연안관리지역계획을 수립할 수 있다.", COASTAL_PLAN).supported
    verdict = _judge("도지사가 연안관리지역계획을 수립하려면 중앙연안관리심의회의 심의를 거쳐야 한다.", COASTAL_PLAN)
    assert not verdict.supported and "negates '심의'" in verdict.reason


SCOPE = '제3조(적용범위) 이 법은 제7조에 따른 강원특별자치도(이하 "강원자치도"라 한다)의 관할구역에만 적용한다.'


def test_a_rule_carried_past_the_limit_its_source_sets():
    assert _judge("이 법은 강원자치도의 관할구역에서만 적용된다.", SCOPE).supported
    verdict = _judge("이 법은 강원특별자치도의 관할구역 밖에서도 적용된다.", SCOPE)
    assert not verdict.supported and "limits" in verdict.reason
    verdict = _judge("The act also applies outside the jurisdiction of Gangwon Special Self-Governing Province.", SCOPE)
    assert not verdict.supported


APPEALS = ("지방의회의 의장 소속 공무원의 징계, 그 밖에 그 의사에 반하는 불리한 처분이나 부작위에 대한 소청은 제1항에 따른 "
           "지방소청심사위원회에서 심사ㆍ결정한다.")


def test_the_body_that_decides_named_with_eseo():
    assert _judge("지방의회 의장 소속 공무원의 징계에 대한 소청은 지방소청심사위원회에서 심사ㆍ결정한다.", APPEALS).supported
    verdict = _judge("지방의회 의장 소속 공무원의 징계에 대한 소청은 인사위원회에서 심사ㆍ결정한다.", APPEALS)
    assert not verdict.supported and "body mismatch" in verdict.reason


IRRIGATION = ("도지사는 농업용수의 체계적인 개발ㆍ공급과 효율적인 관리를 위하여 다음 각 호의 어느 하나에 해당하는 전문기관으로 "
              "하여금 농업용수를 위탁관리하게 할 수 있으며, 그 위탁관리에 따른 재정지원, 관리비, 결산 등에 관한 사항은 도조례로 "
              "정한다.")


def test_a_verbal_noun_compounded_with_another_keeps_its_modality():
    assert _judge("도지사는 전문기관에 농업용수를 위탁관리하게 할 수 있다.", IRRIGATION).supported
    verdict = _judge("도지사는 농업용수를 반드시 전문기관에 위탁하여야 한다.", IRRIGATION)
    assert not verdict.supported and "modality" in verdict.reason


REPRESENTATION = ("제175조(대표권의 제한) 개발센터의 이익과 이사장의 이익이 어긋나는 사항에 관하여는 이사장이 개발센터를 대표하지 "
                  "못하며, 감사가 개발센터를 대표한다.")


def test_a_contrast_names_who_acts_it_negates_nothing():
    assert _judge("개발센터와 이사장의 이익이 어긋나는 사항에서는 이사장이 아니라 감사가 개발센터를 대표한다.",
                  REPRESENTATION).supported
    verdict = _judge("개발센터와 이사장의 이익이 어긋나는 사항에서도 이사장이 개발센터를 대표한다.", REPRESENTATION)
    assert not verdict.supported


MERGER_SUPPORT = ("중앙행정기관의 장 및 시ㆍ도지사는 대통령령으로 정하는 바에 따라 통합 지방자치단체에 대하여 보조금의 지급, "
                  "재정투ㆍ융자 등 재정상 특별한 지원을 할 수 있다.")
PROMOTION_EXAMS = "승진시험은 일반승진시험과 공개경쟁승진시험으로 구분한다."


def test_english_metropolitan_mayors_and_an_english_count_of_the_claims_own_list():
    assert _judge("Heads of central administrative agencies and metropolitan mayors or provincial governors may give a "
                  "merged local government special financial support such as subsidies.", MERGER_SUPPORT).supported
    assert _judge("Promotion exams come in two kinds: general promotion exams and open competitive promotion exams.",
                  PROMOTION_EXAMS).supported
    verdict = _judge("Promotion exams come in three kinds: general promotion exams and open competitive promotion exams.",
                     PROMOTION_EXAMS)
    assert not verdict.supported and "number" in verdict.reason


PRESERVED = ("제82조(환경분야에 관한 벌칙) 제61조제5항에 따른 허가를 받지 아니하고 보존자원을 매매하거나 강원자치도 밖으로 "
             "반출한 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다.")


def test_without_doing_is_not_the_rule_on_that_verb():
    assert _judge("허가 없이 보존자원을 매매하거나 강원자치도 밖으로 반출한 사람은 3년 이하 징역이나 3천만원 이하 벌금을 "
                  "받는다.", PRESERVED).supported
    verdict = _judge("허가 없이 보존자원을 매매한 사람은 5년 이하 징역이나 3천만원 이하 벌금을 받는다.", PRESERVED)
    assert not verdict.supported and "number" in verdict.reason


LAND_PURCHASE = ("다음 각 호의 어느 하나에 해당하는 지역의 지정으로 인하여 종래의 용도로 사용할 수 없게 된 토지의 소유자는 "
                 "도조례로 정하는 바에 따라 도지사에게 해당 토지의 매수를 청구할 수 있다.")


def test_an_english_negation_negates_its_verb_not_the_words_after_it():
    assert _judge("The governor does not have to notify the designating authority of the results of permits to use "
                  "fishing-port facilities, but must keep a separate record of them.", FISHING_PORT).supported
    assert _judge("Owners of land that can no longer be used as before because of the designation may ask the "
                  "governor to purchase the land.", LAND_PURCHASE).supported
    verdict = _judge("Owners of land that can no longer be used as before because of the designation have no right to "
                     "ask the governor to purchase the land.", LAND_PURCHASE)
    assert not verdict.supported


APPRAISAL = ("법 제461조제3항에 따라 제주자치도가 개발센터와 지방공사에 출연하거나 출자한 행정재산 또는 보존재산을 평가할 때에는 "
             "감정평가법인등 둘 이상이 감정평가한 금액을 산술평균하는 방법에 따른다.")


def test_native_numerals_standing_alone_are_numbers():
    assert _judge("제주자치도가 개발센터에 출자한 행정재산은 감정평가법인등 두 곳 이상이 감정평가한 금액을 산술평균하여 "
                  "평가한다.", APPRAISAL).supported
    assert _judge("Administrative property Jeju invested in the development center is valued at the average of "
                  "appraisals by two or more appraisal firms.", APPRAISAL).supported
    verdict = _judge("제주자치도가 개발센터에 출자한 행정재산은 감정평가법인등 세 곳 이상이 감정평가한 금액을 산술평균하여 "
                     "평가한다.", APPRAISAL)
    assert not verdict.supported and "number" in verdict.reason


RECALL_RESULT = ("관할선거관리위원회는 도교육감에 대한 주민소환투표의 개표가 끝났을 때에는 지체 없이 그 결과를 공표한 후 "
                 "주민소환투표청구인 대표자, 도교육감, 관계 중앙행정기관의 장과 도지사에게 통지하여야 한다.")


def test_without_delay_negates_nothing():
    assert _judge("Once the recall vote on the superintendent of education is counted, the competent election "
                  "commission must publish the result without delay and then notify the governor.", RECALL_RESULT).supported
    verdict = _judge("Once the recall vote on the superintendent of education is counted, the competent election "
                     "commission need not notify the governor.", RECALL_RESULT)
    assert not verdict.supported


PREPARATION_SUBSIDY = ("제1항제1호 및 제2호에 따른 보조금은 토지ㆍ건물의 매입 및 건축을 위한 비용 등 다른 용도로 사용할 수 없다. "
                       "다만, 중앙행정기관의 장의 승인을 받은 경우에는 그러하지 아니하다.")
GARAGE_REPORT = ("도지사는 제3항에 따른 신고를 받은 경우 그 내용을 검토하여 이 법에 따른 차고지의 확보기준 등에 적합하면 "
                 "신고를 수리하여야 한다.")


def test_an_english_clauses_verb_is_the_one_after_its_modal_not_in_its_condition():
    verdict = _judge("These subsidies may be spent on buying land or buildings unless the head of the central "
                     "administrative agency objects.", PREPARATION_SUBSIDY)
    assert not verdict.supported
    assert _judge("When the governor receives the report and the garage meets the standards of this Act, the governor "
                  "must accept the report.", GARAGE_REPORT).supported
    verdict = _judge("When the governor receives the report and the garage meets the standards of this Act, the governor "
                     "may accept the report.", GARAGE_REPORT)
    assert not verdict.supported and "modality" in verdict.reason


NO_CHARGE_WITHOUT_COMPLAINT = "제197조부터 제203조까지의 규정을 위반한 사건은 지방출입국ㆍ외국인 관서의 장의 고발이 없으면 공소를 제기할 수 없다."


def test_an_everyday_english_word_reaches_each_of_its_statute_senses():
    # 'prosecute' is 공소 here, a 'complaint' is a 고발, an 'office' is a 관서 — not 검사, 민원, 임기
    assert _judge("Violations of Articles 197 to 203 cannot be prosecuted unless the head of the regional immigration "
                  "office files a complaint.", NO_CHARGE_WITHOUT_COMPLAINT).supported
    verdict = _judge("Violations of Articles 197 to 203 can be prosecuted even if the head of the regional immigration "
                     "office files no complaint.", NO_CHARGE_WITHOUT_COMPLAINT)
    assert not verdict.supported


EXPERIMENTAL_FISHING = ("「수산업법」 제46조제2항 후단에도 불구하고 도지사는 해양수산부장관의 승인을 받지 아니하고 시험어업(근해어업은 "
                        "제외한다)을 할 수 있다. 이 경우 도지사는 미리 해양수산부장관과 협의하여야 한다.")
# jeju-special-act 제321조, its first sentence
FOOD_ORDINANCE = ("제321조(식품위생에 관한 특례) 「식품위생법」 제36조제1항 각 호 외의 부분(제3호의 식품접객업에 한정한다), 제37조제1항 전단ㆍ후단, 같은 조 제4항 전단ㆍ후단, 제39조제"
                  "3항, 제41조제1항ㆍ제8항, 제43조제2항, 제44조제1항, 제51조제1항 본문, 제56조제2항, 제75조제5항, 제82조제1항 본문ㆍ단서, 같은 조 제2항, 같은 조 제4항 각"
                  " 호 외의 부분 본문, 같은 조 제5항 후단, 같은 조 제6항, 제89조제2항제4호, 같은 조 제3항제8호, 같은 조 제4항, 제90조제2항, 제92조 각 호 외의 부분(도지사의 "
                  "권한에 관한 수수료에 한정한다) 및 제101조제4항(이양된 권한에 따른 과태료의 부과ㆍ징수에 한정한다)에서 대통령령 또는 총리령으로 정하도록 한 사항은 도조례로 정할 수 있다.")


def test_what_a_without_phrase_lacks_however_long_the_name_before_it():
    assert _judge("The governor may conduct experimental fishing without the Minister of Oceans and Fisheries' "
                  "approval, but has to consult the minister in advance.", EXPERIMENTAL_FISHING).supported
    verdict = _judge("The governor may conduct experimental fishing only with the approval of the Minister of Oceans "
                     "and Fisheries.", EXPERIMENTAL_FISHING)
    assert not verdict.supported


def test_a_prime_ministers_ordinance_is_an_instrument_not_the_prime_minister():
    assert _judge("Matters the Food Sanitation Act leaves to Presidential Decree or Prime Minister's ordinance may be "
                  "set by provincial ordinance.", FOOD_ORDINANCE).supported


REFERENDUM = ("제106조(주민투표 특례) 「주민투표법」 제9조제2항에도 불구하고 주민투표청구권자 총수의 30분의 1 이상 5분의 1 이하의 "
              "범위에서 도조례로 정하는 수 이상의 서명으로 주민투표의 실시를 청구할 수 있다.")


def test_english_fractions_are_numbers():
    assert _judge("Residents can call for a referendum with signatures from at least a number set by ordinance between "
                  "one-thirtieth and one-fifth of all eligible voters.", REFERENDUM).supported
    verdict = _judge("Residents can call for a referendum with signatures from at least a number set by ordinance "
                     "between one-twentieth and one-fifth of all eligible voters.", REFERENDUM)
    assert not verdict.supported and "number" in verdict.reason


OPERATOR_CANCEL = ("도지사는 사업시행자가 다음 각 호의 어느 하나에 해당하는 경우에는 사업시행자의 지정을 취소할 수 있다. 다만, "
                   "제1호에 해당하는 경우에는 지정을 취소하여야 한다.\n"
                   "  1. 거짓이나 그 밖의 부정한 방법으로 이 법에 따른 지정 또는 승인을 받은 경우\n"
                   "  2. 제55조제1항에 따른 실시계획의 승인을 받은 후 1년 이내에 공사 또는 사업에 착수하지 아니한 경우")
SCHOOL_DAYS = ("국내의 교육과정을 운영하는 국제학교의 수업일수는 매 학년 220일 이상으로 하되, 천재지변이나 주 5일 수업 등 "
               "교육과정 운영상 필요한 경우 100분의 20의 범위에서 수업일수를 줄일 수 있다.")
NPA_DUTY = "제3조(직무) 경찰청은 치안에 관한 사무를 관장한다."


def test_a_proviso_naming_an_item_is_read_with_its_rule_and_that_item():
    assert _judge("The governor must cancel the designation of a project operator who obtained it by lying or other "
                  "fraud.", OPERATOR_CANCEL).supported
    verdict = _judge("도지사는 실시계획 승인 후 1년 이내에 착수하지 아니한 사업시행자의 지정을 취소하여야 한다.", OPERATOR_CANCEL)
    assert not verdict.supported and "modality" in verdict.reason


def test_a_plain_rule_followed_by_an_allowance_in_the_same_sentence():
    assert _judge("International schools running the Korean curriculum must teach at least 220 days a year, though "
                  "this can be cut by up to 20 percent when needed.", SCHOOL_DAYS).supported
    verdict = _judge("International schools running the Korean curriculum must teach at least 200 days a year.",
                     SCHOOL_DAYS)
    assert not verdict.supported and "number" in verdict.reason


def test_public_safety_and_order_is_chian():
    assert _judge("The National Police Agency is in charge of public safety and order.", NPA_DUTY).supported


DISTRICT_OFFICES = ("통합 지방자치단체는 통합으로 인하여 폐지되는 지방자치단체의 구역에 관계 법령에서 정하는 바에 따라 자치구가 "
                    "아닌 구 또는 출장소 등을 둘 수 있다.")
SEJONG_ACCOUNT = ("제28조(지역균형발전특별회계 계정 설치에 관한 특례) 국가는 세종특별자치시의 발전을 위한 안정적인 재정확보를 위하여 "
                  "각종 국가보조사업의 수행 등에 소요되는 비용에 대하여 「지방자치분권 및 균형성장에 관한 특별법」의 "
                  "지역균형발전특별회계에 별도 계정을 설치하여 지원한다.")
SKIP_EXAM = "제10조제3항제7호에 따라 자치경찰공무원을 경찰공무원으로 채용할 때에는 경력경쟁채용시험등을 거치지 아니할 수 있다."


def test_to_disappear_is_not_a_negation():
    assert _judge("통합 지방자치단체는 통합으로 없어지는 자치단체 구역에 자치구가 아닌 구나 출장소를 둘 수 있다.",
                  DISTRICT_OFFICES).supported


def test_who_acts_is_the_subject_not_a_possessive():
    assert _judge("The state supports Sejong's finances through a separate account in the regional balanced "
                  "development special account.", SEJONG_ACCOUNT).supported
    verdict = _judge("Sejong supports the state's finances through a separate account in the regional balanced "
                     "development special account.", SEJONG_ACCOUNT)
    assert not verdict.supported


def test_may_omit_is_need_not():
    assert _judge("자치경찰공무원을 경찰공무원으로 채용할 때에는 경력경쟁채용시험 등을 생략할 수 있다.", SKIP_EXAM).supported
    assert _judge("When autonomous police officers are hired as police officers, the career competitive recruitment "
                  "examination may be waived.", SKIP_EXAM).supported
    verdict = _judge("자치경찰공무원을 경찰공무원으로 채용할 때에는 경력경쟁채용시험 등을 반드시 거쳐야 한다.", SKIP_EXAM)
    assert not verdict.supported


POLICE_NO_PARTY = "경찰공무원은 정당이나 정치단체에 가입하거나 정치활동에 관여하는 행위를 하여서는 아니 된다."
PLEDGE_NOT_EASY = ("Given that time is needed to overhaul legislation, implement new models, and improve complementary points, "
                   "it is not easy to keep its pledge to fully implement the dual autonomous police system by 2026.")


def test_a_contrastive_clause_keeps_its_own_modality():
    assert korean_modality("할 수 있지만") == "may" and korean_modality("하지 않지만") == "neg"
    assert _judge("경찰공무원은 정당에 가입하거나 정치활동에 관여해서는 안 된다.", POLICE_NO_PARTY).supported
    verdict = _judge("경찰공무원은 정당에 가입할 수 있지만 정치활동에 관여해서는 안 된다.", POLICE_NO_PARTY)
    assert not verdict.supported and "modality" in verdict.reason


# session 5 (tuning-citations-12): each rule with the paraphrase it admits and the flip it still rejects
ABSOLUTE_AREA = ("도지사는 도의회의 동의를 받아 다음 각 호의 어느 하나에 해당하는 지역을 자연환경의 고유한 특성을 보호하기 위한 "
                 "지역(이하 \"절대보전지역\"이라 한다)으로 지정할 수 있다. 이를 변경할 때에도 도의회의 동의를 받아야 한다.")
ERA_QUORUM = "지방시대위원회의 회의는 재적위원 과반수의 출석으로 개의하고, 출석위원 과반수의 찬성으로 의결한다."
ERA_COMMITTEE = ("① 지방자치분권 및 균형성장을 추진하기 위하여 대통령 소속으로 지방시대위원회를 둔다.\n"
                 "② 지방시대위원회는 이 법 시행일부터 5년간 존속한다.")
POLICY_COUNCIL = ("정책협의체의 회의는 정례회의와 수시회의로 구분하고, 정례회의는 반기별 1회 개최하는 것을 원칙으로 하며, "
                  "수시회의는 의장이 필요하다고 인정하는 경우 개최할 수 있다.")
SECONDMENT_END = ("파견권자는 파견 사유가 소멸되거나 파견 목적이 달성될 가망이 없으면 그 공무원을 지체 없이 원래의 소속 기관에 "
                  "복귀시켜야 한다.")
TERM_OF_EXPERTS = ("① 지원위원회의 위원은 다음 각 호와 같다.\n  2. 제주특별자치도지사\n  3. 지방자치 등에 관하여 학식과 경험이 "
                   "풍부한 사람 중에서 성별을 고려하여 국무총리가 임명하거나 위촉하는 사람\n"
                   "② 제1항제3호에 따른 위촉위원의 임기는 2년으로 한다.")
LANDING_PLANS = ("A form of incorporating the national police system centered on the autonomous police system was considered a "
           "hard landing plan, and a form of incorporating the autonomous police system centered on the national police "
           "system was suggested as a soft landing plan.")


def test_a_step_skipped_negates_the_step():
    # '동의를 거치지 않고도' = 동의 없이: the consent the source requires is what the claim says is lacking
    verdict = _judge("도지사는 도의회의 동의를 거치지 않고도 한라산국립공원 같은 지역을 절대보전지역으로 지정할 수 있다.",
                     ABSOLUTE_AREA)
    assert not verdict.supported and "동의" in verdict.reason
    assert _judge("도지사는 도의회의 동의를 받아 한라산국립공원 같은 지역을 절대보전지역으로 지정할 수 있다.",
                  ABSOLUTE_AREA).supported
    # '거치지 아니하고는 … 없다' is a double negation: the step is required, not skipped
    assert "동의" not in analyze("도의회의 동의를 거치지 아니하고는 지정할 수 없다.").negated


def test_only_before_a_condition_is_a_condition_not_exclusivity():
    assert _judge("A Local Era Committee meeting can only open with a majority of all members present, and decisions "
                  "pass with the support of a majority of those attending.", ERA_QUORUM).supported
    assert "only" in analyze("Only the chair may convene a meeting.").strong
    verdict = _judge("A Local Era Committee meeting can only open with a third of all members present, and decisions "
                     "pass with the support of a majority of those attending.", ERA_QUORUM)
    assert not verdict.supported


def test_every_half_year_is_a_period():
    assert _judge("The autonomous police policy council normally holds a regular meeting once every half-year, and ad "
                  "hoc meetings can be called whenever the chair considers them necessary.", POLICY_COUNCIL,
                  context="제21조(자치경찰정책협의체)").supported
    verdict = _judge("The autonomous police policy council must hold a regular meeting every month.", POLICY_COUNCIL,
                     context="제21조(자치경찰정책협의체)")
    assert not verdict.supported


def test_what_is_gone_matches_what_there_is_none_of():
    assert _judge("파견 사유가 사라지거나 파견 목적을 이룰 가망이 없어지면 파견권자는 해당 공무원을 곧바로 원래 소속 기관으로 "
                  "돌려보내야 한다.", SECONDMENT_END).supported
    verdict = _judge("파견 목적을 이룰 가망이 있으면 파견권자는 해당 공무원을 곧바로 원래 소속 기관으로 돌려보내야 한다.",
                     SECONDMENT_END)
    assert not verdict.supported


def test_both_after_a_coordinated_object_is_not_all():
    source = "제1항에 따른 일시차입금의 원리금은 해당 회계연도 내에 상환하여야 한다."
    assert "all" not in analyze("원금과 이자를 그 회계연도가 끝나기 전에 모두 갚아야 한다.").strong
    assert "all" in analyze("위원은 모두 도지사가 임명한다.").strong
    assert not _judge("일시차입금의 원리금은 다음 회계연도에 상환할 수 있다.", source).supported


def test_a_new_subject_after_a_comma_starts_a_clause_each_stated_by_its_own_paragraph():
    assert _judge("The Local Era Committee sits under the President to drive decentralization and balanced growth, "
                  "and it is set to exist for five years from the date the Act took effect.", ERA_COMMITTEE).supported
    assert _judge("Expert members of the support committee are appointed or commissioned by the Prime Minister with "
                  "gender balance in mind, and these commissioned members serve two-year terms.",
                  TERM_OF_EXPERTS).supported
    for flip in ("The Local Era Committee sits under the President to drive decentralization and balanced growth, "
                 "and it is set to exist for three years from the date the Act took effect.",
                 "Expert members of the support committee are appointed or commissioned by the governor with gender "
                 "balance in mind, and these commissioned members serve two-year terms."):
        assert not _judge(flip, ERA_COMMITTEE if "Era" in flip else TERM_OF_EXPERTS).supported


def test_hyphenated_words_of_an_english_paraphrase_are_found_word_by_word():
    assert _judge("In the paper, the hard-landing option folds the national police into a system built around "
                  "autonomous policing, whereas the soft-landing option keeps the national police at the centre and "
                  "incorporates autonomous policing into it.", LANDING_PLANS, whole=True).supported
    verdict = _judge("In the paper, the hard-landing option does not incorporate the national police into the "
                     "autonomous police system.", LANDING_PLANS, whole=True)
    assert not verdict.supported


SEJONG_BUDGET = "시장은 예산편성 과정에 주민이 공모방식 등에 의하여 참여할 수 있도록 하여야 한다."
TRAINING_PLAN = "교육부장관 또는 행정안전부장관은 공무원 훈련에 관한 종합적인 기획ㆍ조정 및 감독을 한다."
AUTONOMOUS_DUTY = ("국가는 지방행정과 치안행정의 연계성을 확보하고 지역특성에 적합한 치안서비스를 제공하기 위하여 자치경찰제를 "
                   "실시하여야 한다.")
NO_ABUSE = ("경찰은 그 직무를 수행할 때 헌법과 법률에 따라 국민의 자유와 권리 및 모든 개인이 가지는 불가침의 기본적 인권을 "
            "보호하고, 국민 전체에 대한 봉사자로서 공정ㆍ중립을 지켜야 하며, 부여된 권한을 남용하여서는 아니 된다.")
VALUES_P1S3 = ("The autonomous police system is a system that pursues values contrary to the national police system, placing "
          "importance on democracy and procedurality rather than efficiency.")


def test_the_sejong_acts_own_mayor_is_the_mayor_of_sejong():
    context = "세종특별자치시 설치 등에 관한 특별법 제30조(주민참여예산)"
    assert _judge("세종특별자치시장은 예산을 편성할 때 주민이 공모 등의 방식으로 참여할 수 있게 해야 한다.", SEJONG_BUDGET,
                  context=context).supported
    verdict = _judge("행정안전부장관은 세종시 예산을 편성할 때 주민이 공모 등의 방식으로 참여할 수 있게 해야 한다.", SEJONG_BUDGET,
                     context=context)
    assert not verdict.supported


def test_a_minister_the_source_does_not_name_is_a_body_mismatch():
    assert _judge("The Minister of the Interior and Safety or the Minister of Education is responsible for the overall "
                  "planning, coordination and supervision of training for public officials.", TRAINING_PLAN).supported
    verdict = _judge("The Minister of Personnel Management is responsible for the overall planning, coordination and "
                     "supervision of training for public officials.", TRAINING_PLAN)
    assert not verdict.supported and "인사혁신처장" in verdict.reason


def test_a_renamed_ministry_is_the_same_office():
    source = "기후에너지환경부장관은 소규모 환경영향평가에 관한 권한을 도지사에게 이양한다."
    assert "환경부장관" in analyze(source).entities
    assert _judge("The environment minister hands the powers over small environmental impact assessments to the "
                  "governor.", source).supported
    assert not _judge("The Minister of Land, Infrastructure and Transport hands the powers over small environmental "
                      "impact assessments to the governor.", source).supported
    assert "해양경찰청장" in analyze("the Coast Guard Commissioner is the defendant").entities
    assert "경찰청장" not in analyze("해양경찰청장을 피고로 한다").entities


def test_a_hyphenated_compound_is_read_as_its_phrase():
    assert _judge("To tie local administration to public-safety administration and offer policing suited to local "
                  "conditions, the state is required to run an autonomous police system.", AUTONOMOUS_DUTY,
                  context="제36조(자치경찰제의 실시)").supported
    verdict = _judge("To tie local administration to public-safety administration, the state may run an autonomous "
                     "police system.", AUTONOMOUS_DUTY, context="제36조(자치경찰제의 실시)")
    assert not verdict.supported and "modality" in verdict.reason


def test_an_llm_rendering_of_the_duty_of_neutrality():
    assert _judge("When carrying out their duties, police officers have to remain fair and neutral as servants of the "
                  "whole nation and are not allowed to abuse the powers entrusted to them.", NO_ABUSE).supported
    verdict = _judge("When carrying out their duties, police officers may abuse the powers entrusted to them.", NO_ABUSE)
    assert not verdict.supported


def test_english_paraphrase_of_the_paper_adverbs_and_priority():
    assert canon_en("easily") == canon_en("easy") and canon_en("fully") == canon_en("full")
    assert _judge("The paper characterizes autonomous policing as pursuing values opposed to those of the national "
                  "police model, giving priority to democracy and due process over efficiency.", VALUES_P1S3).supported
    verdict = _judge("The paper characterizes autonomous policing as giving priority to efficiency over democracy.",
                     VALUES_P1S3)
    assert not verdict.supported


PROBATION_LEAVE = ("휴직 기간, 직위해제 기간 및 징계에 따른 정직 또는 감봉처분을 받은 기간은 제1항의 시보임용 기간에 "
                   "산입(算入)하지 아니한다.")
SECONDMENT_BACK = ("파견권자는 파견 사유가 소멸되거나 파견 목적이 달성될 가망이 없으면 그 공무원을 지체 없이 원래의 소속 기관에 "
                   "복귀시켜야 한다.")
FIXED_TERM_UNIT = ("경찰청 전기통신금융사기 통합대응단장 밑에 2028년 12월 31일까지 존속하는 한시조직으로 데이터분석담당관을 "
                   "둔다.")
JEJU_AUDIT = ("② 감사위원회는 감사위원회의 위원장(이하 \"감사위원장\"이라 한다) 1명을 포함한 7명 이내의 감사위원으로 성별을 "
              "고려하여 구성한다.\n⑤ 감사위원장은 도의회의 동의를 받아 도지사가 임명한다.")


def test_a_bound_turned_the_other_way_is_rejected():
    from drafter.citations.bounds import limits

    assert limits("위원은 3명 이상으로 한다.") == {("3", "min")}
    assert limits("no more than seven auditors") == {("7", "max")} == limits("7명 이내의 감사위원")
    assert _judge("감사위원회는 위원장을 포함해 감사위원 7명 이내로 구성한다.", JEJU_AUDIT).supported
    for flip in ("감사위원회는 위원장을 포함해 감사위원 7명 이상으로 구성한다.",
                 "The audit committee has at least seven auditors, its chair included."):
        verdict = _judge(flip, JEJU_AUDIT)
        assert not verdict.supported and "limit mismatch" in verdict.reason


def test_a_statute_word_for_the_claims_carries_its_polarity():
    assert _judge("휴직이나 직위해제 기간은 시보 기간으로 치지 않는다.", PROBATION_LEAVE).supported
    verdict = _judge("휴직 기간이나 직위해제 기간도 시보임용 기간에 포함하여 계산한다.", PROBATION_LEAVE)
    assert not verdict.supported and "negation" in verdict.reason
    # 곧바로 stands for '지체 없이' as a whole: the 없이 is not a negation the claim drops
    assert _judge("파견 목적을 이룰 가망이 없으면 파견권자는 그 공무원을 곧바로 원래 소속 기관으로 돌려보내야 한다.",
                  SECONDMENT_BACK).supported


def test_a_korean_word_for_the_opposite_is_rejected():
    assert _judge("데이터분석담당관은 2028년 말까지 존속하는 한시조직으로 둔다.", FIXED_TERM_UNIT).supported
    verdict = _judge("데이터분석담당관은 2028년 12월 31일까지 두는 상설 직위이다.", FIXED_TERM_UNIT)
    assert not verdict.supported and "상설" in verdict.reason


def test_and_the_chair_is_appointed_starts_a_clause_of_its_own():
    claim = ("Jeju's audit committee consists of no more than seven auditors, its chair included, and the chair is "
             "appointed by the Governor with the consent of the provincial council.")
    assert _judge(claim, JEJU_AUDIT).supported
    assert not _judge(claim.replace("the Governor", "the Minister of the Interior and Safety"), JEJU_AUDIT).supported
    assert not _judge(claim.replace("seven", "nine"), JEJU_AUDIT).supported


def test_fails_to_is_a_negation():
    source = ("Korea's autonomous police system does not utilize the purpose of the autonomous police system in that "
              "it is implemented by determining the model and operation method centrally.")
    assert _judge("According to the paper, Korea's autonomous police system fails to utilize its purpose because its "
                  "model and operating method were decided centrally.", source).supported
    verdict = _judge("According to the paper, Korea's autonomous police system utilizes its purpose because its model "
                     "and operating method were decided centrally.", source)
    assert not verdict.supported


QUORUM_ENROLLED = "인사위원회는 재적위원 3분의 2 이상의 출석과 출석위원 과반수의 찬성으로 의결한다."
EXPROPRIATION = ("사업시행자는 국공유지를 제외한 토지면적의 3분의 2 이상에 해당하는 토지를 소유하고 토지소유자 총수의 "
                 "2분의 1 이상에 해당하는 자의 동의를 받은 경우 나머지 토지를 수용할 수 있다.")


def test_a_share_or_a_quorum_said_otherwise_is_a_number_mismatch():
    assert _judge("The personnel committee decides with two-thirds of its members present and more than half of "
                  "those present in favour.", QUORUM_ENROLLED).supported
    for flip in ("The personnel committee decides with two-thirds of its members present and at least half of those "
                 "present in favour.",
                 "인사위원회는 재적위원 3분의 1 이상의 출석과 출석위원 과반수의 찬성으로 의결한다."):
        verdict = _judge(flip, QUORUM_ENROLLED)
        assert not verdict.supported and "number mismatch" in verdict.reason
    assert _judge("사업시행자는 토지의 3분의 2 이상을 소유하고 토지소유자 총수의 2분의 1 이상 동의를 받으면 나머지 토지를 "
                  "수용할 수 있다.", EXPROPRIATION).supported
    verdict = _judge("사업시행자는 토지의 3분의 2 이상을 소유하고 토지소유자 총수의 3분의 1 이상 동의를 받으면 나머지 토지를 "
                     "수용할 수 있다.", EXPROPRIATION)
    assert not verdict.supported and "1/3" in verdict.reason


ADOPTION = ("「국내입양에 관한 특별법」 제18조제1항제5호 및 제32조제2항에서 대통령령 또는 보건복지부령으로 정하도록 한 사항은 "
            "도조례로 정할 수 있다.")
CHAIR_DUTY = ("① 지원위원회 위원장은 지원위원회를 대표하고, 지원위원회의 업무를 총괄한다.\n② 위원장이 부득이한 사유로 직무를 "
              "수행할 수 없을 때에는 제2조제1항제1호에 규정된 순서에 따라 해당 위원이 위원장의 직무를 대행한다.")
CANDIDATE_LIST = ("제1항에 따른 채용후보자 명부의 유효기간은 2년의 범위에서 대통령령으로 정한다. 다만, 경찰청장 또는 해양경찰청장은 "
                  "필요에 따라 1년의 범위에서 그 기간을 연장할 수 있다.")


def test_may_said_as_permission_to_do_it():
    assert korean_modality("해도 된다") == "may" and korean_modality("지 않아도 된다") == "need_not"
    assert _judge("국내입양 특별법이 대통령령이나 보건복지부령에 맡긴 사항은 제주에서는 도조례로 정해도 된다.", ADOPTION).supported
    verdict = _judge("국내입양 특별법이 대통령령이나 보건복지부령에 맡긴 사항은 제주에서는 반드시 도조례로 정해야 한다.", ADOPTION)
    assert not verdict.supported and "modality" in verdict.reason


def test_cannot_do_the_job_negates_the_job_not_what_follows():
    assert "정하" not in analyze("위원장이 부득이하게 일을 못 하면 정해진 순서에 따라 위원이 대신 맡는다.").negated
    assert _judge("지원위원회 위원장은 위원회를 대표해 업무를 총괄하고, 위원장이 부득이하게 직무를 못 하면 정해진 순서에 따라 "
                  "위원이 대행한다.", CHAIR_DUTY).supported


def test_a_rule_and_its_proviso_joined_by_neunde_are_two_clauses():
    claim = ("채용후보자 명부는 대통령령으로 2년 안쪽의 유효기간을 정하는데, 경찰청장이나 해양경찰청장이 필요하다고 보면 "
             "1년까지 더 늘릴 수 있다.")
    assert _judge(claim, CANDIDATE_LIST).supported
    assert not _judge(claim.replace("1년까지", "3년까지"), CANDIDATE_LIST).supported
    assert not _judge(claim.replace("늘릴 수 있다", "늘려야 한다"), CANDIDATE_LIST).supported
    english = ("The candidate list is valid for a period of up to two years set by Presidential Decree, although the "
               "Commissioner General may extend it by up to one year.")
    assert _judge(english, CANDIDATE_LIST).supported


def test_daily_life_is_no_period():
    assert "day" not in analyze("a few duties closely tied to residents' daily lives").periods
    assert "day" in analyze("the committee meets daily").periods


COMMAND_ABUSE = ("전시ㆍ사변, 그 밖에 이에 준하는 비상사태이거나 작전수행 중인 경우 또는 많은 인명 손상이나 국가재산 손실의 우려가 "
                 "있는 위급한 사태가 발생한 경우, 경찰공무원을 지휘ㆍ감독하는 사람은 정당한 사유 없이 그 직무 수행을 거부 또는 "
                 "유기하거나 경찰공무원을 지정된 근무지에서 진출ㆍ퇴각 또는 이탈하게 하여서는 아니 된다.")
HAND_OVER = "자치경찰공무원이 현행범인을 발견하여 현장에서 체포한 경우에는 즉시 경찰공무원에게 인도하여야 한다."


def test_an_llm_rendering_of_the_ban_on_abandoning_duty():
    claim = ("In wartime, during operations or in an emergency threatening mass casualties, anyone commanding police "
             "officers is prohibited from refusing or abandoning their duties, or from making officers leave their "
             "assigned post, without good reason.")
    assert _judge(claim, COMMAND_ABUSE).supported
    verdict = _judge(claim.replace("is prohibited from refusing", "may refuse").replace("or from making", "or make"),
                     COMMAND_ABUSE)
    assert not verdict.supported


def test_handed_over_right_away():
    assert _judge("When an autonomous police officer arrests someone caught in the act, the suspect must be handed over "
                  "to a police officer right away.", HAND_OVER).supported
    assert not _judge("When an autonomous police officer arrests someone caught in the act, the suspect may be handed "
                      "over to a police officer right away.", HAND_OVER).supported


ROTC_RULES = "이 영에서 규정한 사항 외에 추천위원회의 운영 등에 필요한 사항은 추천위원회의 의결로 정한다."
DEEMED_PERMITS = "사업시행자가 시행승인을 받은 경우에는 다음 각 호의 허가ㆍ인가 등을 받은 것으로 본다."
DECLINE_AREA = ("기관의 장은 대통령령으로 정하는 기간 내에 이를 처리하여야 하며, 기간 내에 처리하지 아니한 경우에는 그 기간이 "
                "끝난 날의 다음 날에 승인ㆍ허가를 한 것으로 본다.")


def test_what_a_rule_leaves_out_is_the_rest_it_does_not_cover():
    assert _judge("이 영에 정해 두지 않은 사항은 추천위원회가 의결로 정한다.", ROTC_RULES).supported
    assert not _judge("이 영에 정한 사항은 추천위원회가 의결로 정하지 않는다.", ROTC_RULES).supported


def test_a_legal_fiction_said_the_other_way_is_a_negation_mismatch():
    assert _judge("시행승인을 받으면 각 호의 허가ㆍ인가 등도 받은 것으로 본다.", DEEMED_PERMITS).supported
    verdict = _judge("시행승인을 받았더라도 각 호의 허가ㆍ인가 등은 받은 것으로 보지 않는다.", DEEMED_PERMITS)
    assert not verdict.supported and "deemed" in verdict.reason


def test_an_english_verb_with_no_entry_of_its_own_is_still_the_one_negated():
    claim = ("If an agency does not handle the approval application within the period set by presidential decree, the "
             "approval is treated as granted on the day after the period ends.")
    assert _judge(claim, DECLINE_AREA).supported
    verdict = _judge(claim.replace("the approval is treated as granted on the day after the period ends",
                                   "the approval is not treated as granted"), DECLINE_AREA)
    assert not verdict.supported and "not treated as such" in verdict.reason


POLITICAL_CRIME = ("① 제57조를 위반한 자는 3년 이하의 징역과 3년 이하의 자격정지에 처한다.\n② 제1항에 규정된 죄에 대한 공소시효의 "
                   "기간은 「형사소송법」 제249조제1항에도 불구하고 10년으로 한다.")


def test_the_name_of_a_ban_is_no_negation_and_a_number_clause_has_no_verb():
    assert "운동" not in analyze("정치운동 금지 규정을 어기면 처벌된다.").negated
    assert "운동" in analyze("정치운동 금지.").negated  # a ban said on its own still negates
    claim = ("정치운동 금지 규정을 어기면 3년 이하 징역과 3년 이하 자격정지에 처하고, 이 죄의 공소시효는 형사소송법과 달리 "
             "10년이다.")
    assert _judge(claim, POLITICAL_CRIME, context="제82조(정치 운동죄)").supported
    verdict = _judge(claim.replace("10년", "7년"), POLITICAL_CRIME, context="제82조(정치 운동죄)")
    assert not verdict.supported and "number" in verdict.reason


SPECIAL_AGREEMENT = "특별협약은 지방시대위원회의 심의ㆍ의결을 거쳐 국가와 지방자치단체가 공동으로 체결한다."


def test_the_state_council_is_not_the_committee_that_deliberates():
    assert _judge("특별협약은 지방시대위원회의 심의ㆍ의결을 거쳐 국가와 지방자치단체가 함께 체결한다.", SPECIAL_AGREEMENT).supported
    verdict = _judge("특별협약은 국무회의의 심의ㆍ의결을 거쳐 국가와 지방자치단체가 함께 체결한다.", SPECIAL_AGREEMENT)
    assert not verdict.supported and "국무회의" in verdict.reason


FREE_CITY = ("이 법에서 \"국제자유도시\"란 사람ㆍ상품ㆍ자본의 국제적 이동과 기업활동의 편의가 최대한 보장되도록 규제의 완화 "
             "및 국제적 기준이 적용되는 지역적 단위를 말한다.")


def test_an_english_definition_with_everyday_words():
    assert _judge("A free international city is an area where regulations are relaxed and international standards "
                  "apply so that people, goods and capital can move internationally and businesses can operate with "
                  "maximum convenience.", FREE_CITY, context="제2조(정의)").supported
    # 'regulations' is 규제 here, not 'regular' (정기) by its stem; 'goods' is 상품, not 'good' (우수)
    from drafter.citations.support import _glossary_targets
    assert "규제" in _glossary_targets("regulations") and "상품" in _glossary_targets("goods")


INVESTIGATION_PLANNING = ("① 수사기획조정관은 치안감으로 보한다.\n② 수사기획조정관은 다음 사항에 관하여 국가수사본부장을 보좌한다.\n"
                     "  1. 수사경찰행정 및 주요 수사정책에 관한 업무의 총괄ㆍ지원\n  5. 형사사법정보시스템(KICS) 운영 및 관리에 관한 사항")


def test_supporting_a_superior_is_assisting_him():
    claim = ("The Director General for Investigation Planning and Coordination is a Senior Superintendent General post; "
             "the holder supports the Chief of the National Office of Investigation on investigation policy and the "
             "running of the KICS criminal justice information system.")
    assert _judge(claim, INVESTIGATION_PLANNING, context="제17조(수사기획조정관)").supported
    verdict = _judge(claim.replace("supports the Chief of the National Office of Investigation",
                                   "supports the Minister of the Interior and Safety"),
                     INVESTIGATION_PLANNING, context="제17조(수사기획조정관)")
    assert not verdict.supported


# -- session 6: who acts in an English sentence that opens with a phrase; a law's title negates nothing …

JEJU_GRANT = ("제124조(지방교부세에 관한 특례) 「지방교부세법」 제6조제1항에도 불구하고 행정안전부장관은 제주자치도에 같은 법에 따른 "
              "보통교부세 총액의 100분의 3을 보통교부세로 교부한다.")
JEJU_REPORT = ("도지사는 「행정대집행법」 제9조와 그에 따른 관계 법령에도 불구하고 그 상급관청에 행정대집행 현황을 "
               "보고하지 아니할 수 있다.")


def test_the_subject_comes_after_an_opening_phrase_not_inside_it():
    claim = ("Notwithstanding the Local Allocation Tax Act, the Minister of the Interior and Safety hands Jeju Special "
             "Self-Governing Province 3 percent of the total ordinary local allocation tax as its ordinary grant.")
    assert _judge(claim, JEJU_GRANT).supported
    verdict = _judge(claim.replace("the Minister of the Interior and Safety", "the Minister of Economy and Finance"),
                     JEJU_GRANT)
    assert not verdict.supported


def test_the_governor_of_jeju_is_a_governor():
    claim = ("Despite Article 9 of the Administrative Vicarious Execution Act and related laws, the governor of Jeju "
             "does not have to report the status of administrative vicarious executions to a higher authority.")
    assert _judge(claim, JEJU_REPORT, context="제452조(행정대집행 현황 보고에 관한 특례)").supported
    # the same sentence with its modality turned: the governor must report
    verdict = _judge(claim.replace("does not have to report", "must report"), JEJU_REPORT,
                     context="제452조(행정대집행 현황 보고에 관한 특례)")
    assert not verdict.supported and "modality" in verdict.reason


def test_gangwon_state_is_the_province_not_the_state():
    source = ("도지사는 「민방위기본법」 제33조제3항에 따른 민방위 경보 전달 대상 건축물 외에 추가로 경보를 전달하여야 하는 "
              "건축물을 지정할 수 있다.")
    claim = ("On top of the buildings covered by the Framework Act on Civil Defense, the Governor of Jeonbuk State can "
             "designate additional buildings that must relay civil defense alerts.")
    assert analyze(claim).predicates[0].agent == frozenset({"시ㆍ도지사"})
    assert "국가" not in analyze("The Governor of Gangwon State appoints the chair.").predicates[0].agent
    assert not _judge(claim.replace("the Governor of Jeonbuk State", "the Minister of the Interior and Safety"),
                      source).supported


EXEMPT_EMPLOYERS = ("제주자치도에 있는 외국인투자기업에 대하여는 「국가유공자 등 예우 및 지원에 관한 법률」 제33조의2와 "
                    "「고용상 연령차별금지 및 고령자고용촉진에 관한 법률」 제12조를 적용하지 아니한다.")


def test_a_ban_in_a_statutes_title_is_no_negation():
    claim = ("제주자치도 안에 있는 외국인투자기업에는 「국가유공자 등 예우 및 지원에 관한 법률」 제33조의2와 「고용상 연령차별금지 및 "
             "고령자고용촉진에 관한 법률」 제12조가 적용되지 않는다.")
    assert _judge(claim, EXEMPT_EMPLOYERS).supported
    verdict = _judge(claim.replace("적용되지 않는다", "적용된다"), EXEMPT_EMPLOYERS)
    assert not verdict.supported and "negat" in verdict.reason


STATUS_CHANGE_79 = ("이 법에 따라 신분에 변동이 발생하는 공무원에게는 그 공무원의 경력 또는 담당업무, 종전의 직위 등을 고려하여 그에 "
                 "상응하는 직에 임용하여야 하며, 그 밖의 인사에서 불이익을 당하지 아니하도록 하여야 한다.")


def test_a_duty_to_prevent_is_a_must_whatever_verb_states_it():
    assert _judge("Officials whose status changes under this Act must be shielded from disadvantages in other "
                  "personnel matters.", STATUS_CHANGE_79).supported
    verdict = _judge("Officials whose status changes under this Act may be shielded from disadvantages in other "
                     "personnel matters.", STATUS_CHANGE_79)
    assert not verdict.supported and "modality" in verdict.reason


def test_an_english_statute_rule_that_does_not_apply():
    source = "경찰공무원에 대해서는 「국가공무원법」 제73조의4, 제76조제2항부터 제5항까지의 규정을 적용하지 아니한다."
    assert _judge("Article 73-4 of the State Public Officials Act does not apply to police officers.", source).supported
    verdict = _judge("Article 73-4 of the State Public Officials Act also applies to police officers.", source)
    assert not verdict.supported and "적용" in verdict.reason


def test_how_many_times_in_english_words():
    source = "제2항에 따라 위촉되는 위원의 임기는 3년으로 하되, 한 번만 연임할 수 있다."
    assert _judge("Commissioned members serve three-year terms and can be reappointed only once.", source).supported
    verdict = _judge("Commissioned members serve three-year terms and can be reappointed twice.", source)
    assert not verdict.supported and "2" in verdict.reason
    from drafter.citations.analysis import find_numbers
    assert find_numbers("Once a province has finished its preparations, the pilot starts.") == frozenset()
    assert find_numbers("The committee meets once a year.") == {"1"}


def test_an_option_is_a_may():
    source = "제1항에 따라 지방의회와 집행기관의 구성을 달리하려는 경우에는 「주민투표법」에 따른 주민투표를 거쳐야 한다."
    assert english_modality("it has the option of holding a resident referendum first") == "may"
    assert english_modality("the governor and the mayors are all allowed to back schools") == "may"
    verdict = _judge("If Jeju wants to structure its council and executive branch differently, it has the option of "
                     "holding a resident referendum under the Resident Referendum Act first.", source)
    assert not verdict.supported and "modality" in verdict.reason


def test_all_after_a_list_of_bodies_and_only_before_a_time():
    source = ("도지사, 교육감 및 시장ㆍ군수는 농촌유학 활성화를 위하여 학교에 행정적ㆍ재정적 지원을 할 수 있다.")
    claim = ("The governor, the superintendent of education and the mayors and county heads are all allowed to back "
             "schools with administrative and financial support to boost rural study programs.")
    assert not analyze(claim).strong
    assert _judge(claim, source).supported
    assert "only" not in analyze("The system was only introduced after a long debate.").strong
    assert "only" in analyze("Only the governor may appoint the chief.").strong


REGIONAL_INDUSTRY = ("시ㆍ도지사는 관계 중앙행정기관의 장 및 관할 구역의 시ㆍ군ㆍ구의 시장ㆍ군수(광역시의 군수를 포함한다. 이하 같다)ㆍ"
                     "구청장(자치구의 구청장을 말한다. 이하 같다)과 협의하여 해당 시ㆍ도의 지역특화산업을 선정할 수 있다.")


def test_a_sentence_in_parentheses_does_not_end_the_provisions_sentence():
    from drafter.text.sentences import split_sentences

    assert len(split_sentences(REGIONAL_INDUSTRY)) == 1
    claim = "시·도지사는 관계 중앙행정기관의 장, 관할 시장·군수·구청장과 협의해 지역특화산업을 선정할 수 있다."
    assert _judge(claim, REGIONAL_INDUSTRY).supported
    verdict = _judge(claim.replace("선정할 수 있다", "선정하여야 한다"), REGIONAL_INDUSTRY)
    assert not verdict.supported and "modality" in verdict.reason


FALSE_REPORT = "경찰공무원은 직무에 관하여 거짓으로 보고나 통보를 하여서는 아니 된다."


def test_a_ban_on_two_acts_joined_as_objects_of_one_light_verb():
    assert _judge("경찰공무원은 업무에 관하여 거짓으로 보고하거나 통보해서는 안 된다.", FALSE_REPORT).supported
    verdict = _judge("경찰공무원은 업무에 관하여 거짓으로 보고할 수 있다.", FALSE_REPORT)
    assert not verdict.supported


def test_what_a_decree_does_not_settle_is_what_it_leaves_out():
    source = "이 영에서 정한 사항 외에 시ㆍ도자치경찰위원회의 운영 등에 필요한 사항은 시ㆍ도의 조례로 정한다."
    assert _judge("이 시행령에 정해져 있지 않은 시·도자치경찰위원회 운영 사항은 각 시·도 조례로 정한다.", source).supported
    assert not _judge("이 시행령에 정해져 있지 않은 시·도자치경찰위원회 운영 사항은 대통령령으로 정한다.", source).supported


def test_an_exemption_is_what_need_not_happen():
    source = ("제1항에 따라 수습으로 근무하고 있는 사람을 7급 이하의 공무원으로 임용할 때에는 「지방공무원법」 제28조제1항에도 "
              "불구하고 시보 임용을 면제한다.")
    claim = "수습으로 근무한 사람을 7급 이하 공무원으로 임용할 때는 지방공무원법과 달리 시보 기간을 거치지 않는다."
    assert _judge(claim, source).supported
    verdict = _judge(claim.replace("거치지 않는다", "거쳐야 한다"), source)
    assert not verdict.supported and "modality" in verdict.reason


def test_included_where_the_parenthesis_excludes():
    source = ("경찰청의 소속기관(경찰병원은 제외한다. 이하 이 조에서 같다)에 두는 공무원의 정원은 별표 5와 같다. 다만, 필요한 "
              "경우에는 별표 5에 따른 총정원의 10퍼센트를 넘지 않는 범위에서 행정안전부령으로 정원을 따로 정할 수 있다.")
    assert _judge("경찰청 소속기관 공무원 정원은 별표 5와 같다.", source).supported
    verdict = _judge("경찰청 소속기관 공무원 정원은 별표 5를 따르는데, 경찰병원도 여기에 포함된다.", source)
    assert not verdict.supported and "제외" in verdict.reason


def test_only_until_a_date_is_a_sunset_not_an_exclusive_claim():
    assert "only" not in analyze("The post only lasts until 31 December 2028.").strong
    assert "only" not in analyze("They only serve out the remaining terms of their predecessors.").strong
    assert "only" in analyze("Only the governor lasts in office.").strong


def test_holding_the_post_for_years_is_the_term_of_office():
    source = ("제22조(감사위원장) ① 감사위원장은 도의회의 동의를 받아 도지사가 임명한다.\n"
              "③ 감사위원장의 임기는 3년으로 한다.")
    claim = ("The chief of Gangwon's audit committee is appointed by the governor after the provincial council "
             "consents, and holds the post for three years.")
    assert _judge(claim, source).supported
    verdict = _judge(claim.replace("three years", "four years"), source)
    assert not verdict.supported and "4" in verdict.reason


def test_an_absolute_phrase_and_an_adverb_before_a_new_subject_start_clauses():
    from drafter.citations.analysis import claim_clauses

    assert len(claim_clauses("The posts are listed in Annex 6, with the specifics set by Ordinance of the Ministry "
                             "of the Interior and Safety.")) == 2
    assert len(claim_clauses("The council is co-chaired by the Commissioner General and a committee chair, and in "
                             "principle it holds a regular meeting once every half year.")) == 2


FISHING_GROUNDS = ("「어장관리법」 제3조, 제6조제1항ㆍ제2항 및 제14조제1항에 따른 해양수산부장관의 권한은 도지사의 권한으로 한다. "
                   "이 경우 도지사는 같은 법 제6조에 따른 어장환경조사의 결과를 지체 없이 해양수산부장관에게 통보하여야 한다.")


def test_a_power_handed_over_the_other_way_round_is_rejected():
    assert _judge("제주에서는 어장관리법상 해양수산부장관의 권한 일부가 도지사에게 넘어간다.", FISHING_GROUNDS).supported
    verdict = _judge("제주에서는 어장관리법상 도지사의 권한 일부가 해양수산부장관에게 넘어간다.", FISHING_GROUNDS)
    assert not verdict.supported and "transfer reversed" in verdict.reason
    english = ("In Jeju, the governor exercises the powers that the Fishing Ground Management Act gives the Minister of "
               "Oceans and Fisheries.")
    assert _judge(english, FISHING_GROUNDS).supported
    verdict = _judge("In Jeju, the governor's powers under the Fishing Ground Management Act pass to the Minister of "
                     "Oceans and Fisheries.", FISHING_GROUNDS)
    assert not verdict.supported and "transfer reversed" in verdict.reason


def test_the_second_half_of_a_condition_and_a_relative_clause_after_a_preposition():
    once = ("Once the reason for a secondment has gone away, or its purpose can no longer be achieved, the official "
            "must be sent back without delay.")
    assert english_modality(once) == "must"
    assert english_modality("The committee is responsible for creating conditions in which citizens can take "
                            "part.") == "decl"
    assert english_modality("The period during which the member may not serve is two years.") == "decl"


def test_a_bound_negated_is_a_bound_the_other_way():
    from drafter.citations.bounds import limits

    assert limits("원래 계획면적의 100분의 10을 초과하지 아니하는 범위") == {("10", "max")}
    assert limits("총정원의 10퍼센트를 넘지 않는 범위") == {("10", "max")}
    assert limits("5년을 초과하는 경우") == {("5", "min")}
    source = "각 개발사업의 원래 계획면적의 100분의 10을 초과하지 아니하는 범위에서 해당 개발사업의 면적 변경"
    assert _judge("a change of a development project's area by no more than 10 percent of the originally planned "
                  "area", source, context="제29조(경미한 사항의 변경)").supported
    verdict = _judge("a change of a development project's area by at least 10 percent of the originally planned area",
                     source, context="제29조(경미한 사항의 변경)")
    assert not verdict.supported and "limit" in verdict.reason


def test_free_to_disregard_an_order_is_free_not_to_follow_it():
    from drafter.citations.analysis import fold_en

    assert english_modality(fold_en("they are free to disregard a superior's order")) == "need_not"
    assert english_modality(fold_en("they may ignore the order")) == "need_not"


def test_a_passive_inside_the_object_does_not_make_the_main_verb_passive():
    claim = ("Three months before the special provisions expire, the Gangwon governor must assess how they have worked "
             "and tell the Minister of Agriculture, Food and Rural Affairs whether they should be extended or scrapped.")
    pred = analyze(claim).predicates[0]
    assert not pred.passive and pred.agent == frozenset({"시ㆍ도지사"})
    assert analyze("The chief must be appointed by the governor.").predicates[0].agent == frozenset({"시ㆍ도지사"})
    source = ("농림축산식품부장관은 제1항에 따른 존속기한이 끝나는 날의 3개월 전까지 제49조부터 제52조까지의 특례의 운영성과 등을 "
              "평가하여 존속기한 연장 또는 폐지 등의 의견을 도지사에게 통보하여야 하고, 도지사는 통보받은 의견에 따라 필요한 조치를 "
              "하여야 한다.")
    verdict = _judge(claim, source)
    assert not verdict.supported and "body" in verdict.reason


def test_the_head_of_two_bodies_joined_by_or_of():
    pred = analyze("The Commissioner General of the KNPA or of the Korea Coast Guard has to plan police training.")
    assert pred.predicates[0].agent == frozenset({"해양경찰청장"})


def test_a_contracted_ban_a_count_of_listed_ranks_and_disobeying_an_order():
    assert korean_modality("서는 안 된다.") == "must_not"  # '나눠서는 안 된다': Kiwi's stem 나누 spans 눠
    source = ("제1항에 따라 정부가 포괄보조금으로 편성한 사업에 대하여 관계 중앙행정기관의 장이 예산을 교부할 때에는 해당 사업 내에 "
              "여러 개의 세부 내역을 구분하여서는 아니 된다.")
    assert _judge("중앙행정기관의 장이 포괄보조금 사업의 예산을 교부할 때 여러 세부 내역으로 나눠서는 안 된다.", source).supported
    assert not _judge("중앙행정기관의 장이 포괄보조금 사업의 예산을 교부할 때 여러 세부 내역으로 나눌 수 있다.", source).supported
    ranks = ("제106조(계급구분) 자치경찰공무원의 계급은 다음과 같이 구분한다.\n  1. 자치경무관\n  2. 자치총경\n  3. 자치경정\n"
             "  4. 자치경감\n  5. 자치경위\n  6. 자치경사\n  7. 자치경장\n  8. 자치순경")
    jeju = "제106조(계급구분)\n제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법"
    assert _judge("제주 자치경찰공무원의 계급은 자치경무관에서 자치순경까지 8단계로 구분된다.", ranks, context=jeju).supported
    assert not _judge("제주 자치경찰공무원의 계급은 자치경무관에서 자치순경까지 9단계로 구분된다.", ranks, context=jeju).supported
    assert not analyze("자치경찰공무원의 계급은 모두 8단계로 되어 있다.").strong  # a total, not 'all'
    assert analyze("자치경찰공무원은 모두 무기를 휴대한다.").strong
    from drafter.citations.analysis import fold_en

    assert english_modality(fold_en("A civil servant is allowed to disobey such an order.")) == "need_not"


SCHOLARSHIP = ("지방자치단체의 장은 우수한 공무원을 확보하기 위하여 필요하면 각급학교의 재학생으로서 공무원으로 임용되기를 원하는 "
               "사람에게 장학금을 지급하고 졸업 후 일정한 의무복무 기간을 부과하여 공무원으로 근무하게 할 수 있다.")


def test_a_verb_joined_by_go_takes_the_sentences_modality():
    assert _judge("지방자치단체의 장은 공무원이 되려는 재학생에게 장학금을 지급할 수 있다.", SCHOLARSHIP).supported
    verdict = _judge("지방자치단체의 장은 공무원으로 임용되기를 원하는 재학생에게 장학금을 지급하여야 한다.", SCHOLARSHIP)
    assert not verdict.supported and "modality" in verdict.reason


def test_a_time_clause_opening_the_sentence_runs_to_the_main_verb():
    from drafter.citations.analysis import main_clause

    claim = ("Before unused military land is released, transferred or sold, the Minister of National Defense must "
             "clear away structures and soil contamination.")
    assert main_clause(claim).startswith("the minister of national defense must")
    assert english_modality("If the chief cannot act, the deputy must step in.") == "must"


REORGANIZE = ("The main contents will require the transfer of organization, manpower, and budget to local governments, and "
              "accordingly, organizations that can perform autonomous police affairs, such as the autonomous police "
              "committee and the autonomous police headquarters, should be reorganized.")


def test_the_papers_proposal_in_other_words_is_still_a_proposal():
    claim = ("The paper says organization, staff and budget need to be handed over to local governments, and bodies "
             "such as the autonomous police committee and headquarters restructured accordingly.")
    assert _judge(claim, REORGANIZE).supported
    verdict = _judge("The autonomous police committee and the autonomous police headquarters were reorganized "
                     "after organization and budget were transferred to local governments.", REORGANIZE)
    assert not verdict.supported


SPORTS_FACILITIES = "「체육시설의 설치ㆍ이용에 관한 법률」 제11조제2항에 따른 문화체육관광부장관의 권한은 도지사의 권한으로 한다."


def test_a_power_handed_to_another_body_than_the_source_names():
    assert _judge("체육시설법 제11조제2항에 따른 문화체육관광부장관의 권한은 제주에서는 도지사가 행사한다.",
                  SPORTS_FACILITIES).supported
    verdict = _judge("체육시설법 제11조제2항에 따른 문화체육관광부장관의 권한은 제주에서는 행정시장이 행사한다.", SPORTS_FACILITIES)
    assert not verdict.supported and "행정시장" in verdict.reason
    from drafter.citations.transfer import roles

    assert roles("In Jeju, the mayor of the administrative city exercises the Minister's powers.")[1] == {"행정시장"}
    assert roles("The governor of Jeju takes over the minister's powers.")[1] == set()  # not 'Jeju takes over'


def test_everyday_abbreviations_are_the_statutes_words():
    source = ("세종특별자치시의 설치에 따라 세종특별자치시에 편입되는 지역의 지방자치단체와 주민이 종전에 누리던 행정상ㆍ재정상 이익이 "
              "상실되거나 새로운 부담이 추가되지 아니하도록 하여야 한다.")
    assert _judge("세종시가 생기면서 편입된 지자체와 주민이 누리던 행정·재정상 이익을 잃거나 새 부담이 추가되어서는 안 된다.",
                  source).supported


OBEY = ("① 공무원은 직무를 수행할 때 소속 상사의 직무상 명령에 복종하여야 한다.\n"
        "② 공무원은 제1항의 명령에 대하여 의견을 진술할 수 있다.")


def test_a_claim_joining_two_sentences_of_its_citation_is_read_against_both():
    assert _judge("공무원은 상사의 직무상 명령에 따라야 하지만, 그 명령에 대해 의견을 진술할 수는 있다.", OBEY).supported
    # a sentence of the citation that states most of the claim and says otherwise still decides
    assert not _judge("공무원은 상사의 직무상 명령에 복종할 수 있고, 그 명령에 대해 의견을 진술할 수는 있다.", OBEY).supported
    assert korean_modality("진술할 수는 있다.") == "may"


def test_the_reason_for_a_disadvantage_is_not_what_is_banned():
    source = "자율학교에 근무하거나 재학하였다는 이유로 교원 및 학생에게 불이익을 주어서는 아니 된다."
    assert _judge("자율학교에서 근무하거나 재학했다는 이유로 교원이나 학생에게 불이익을 주어서는 안 된다.", source).supported
    assert not _judge("자율학교에서 근무하거나 재학했다는 이유로 교원이나 학생에게 불이익을 줄 수 있다.", source).supported
    neglect = "경찰공무원은 직무를 게을리하거나 유기(遺棄)해서는 아니 된다."
    assert _judge("경찰공무원은 직무를 태만히 하거나 내버려 두어서는 안 된다.", neglect).supported


def test_english_flips_of_discretion_confidentiality_and_withdrawal():
    secrecy = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
    assert not _judge("Members of Sejong's audit committee stop being bound by confidentiality once they leave office.",
                      secrecy).supported
    respect = ("지방자치단체의 장은 지방시대위원회 회의에 참석하여 의견을 개진하거나 서면으로 의견을 제출할 수 있다. 이 경우 "
               "지방시대위원회는 제시된 의견을 존중하여야 한다.")
    assert _judge("The Local Era Committee has to respect the views that heads of local governments present.",
                  respect).supported
    verdict = _judge("The Local Era Committee may choose whether or not to respect the views that heads of local "
                     "governments present.", respect)
    assert not verdict.supported and "modality" in verdict.reason
    recusal = ("인사위원회의 위원은 제척사유 또는 기피사유에 해당하는 것을 알게 되었을 때에는 스스로 심의ㆍ의결에서 회피할 수 있다. "
               "이 경우 회피하려는 위원은 위원장에게 그 사유를 소명하여야 한다.")
    assert _judge("A personnel committee member who learns of a ground for exclusion may withdraw from the "
                  "deliberation of their own accord.", recusal).supported
    verdict = _judge("A personnel committee member who learns of a ground for exclusion is obliged to withdraw from the "
                     "deliberation.", recusal)
    assert not verdict.supported and "modality" in verdict.reason


def test_a_korean_paraphrase_may_swap_its_verbs_but_not_its_nouns_or_rank():
    source = "중앙경찰학교 교수부에 부장 1명을 두며, 부장은 경무관으로 보한다."
    # '맡는다' for '보한다', '자리' added: the nouns carry what is stated
    assert _judge("중앙경찰학교 교수부의 부장 자리는 경무관이 맡는다.", source).supported
    verdict = _judge("중앙경찰학교 교수부의 부장 자리는 총경이 맡는다.", source)
    assert not verdict.supported and "총경" in verdict.reason
    # a noun the source does not have still costs the claim its full share
    assert not _judge("중앙경찰학교 교수부의 부장과 교무과장 자리는 경무관이 맡는다.", source).supported
    from drafter.citations.analysis import analyze

    assert analyze("부장 자리는 경무관이 맡는다.").verbal == frozenset({"맡"})


PENALTY = ("제83조(벌칙) 제42조ㆍ제43조 또는 제58조를 위반한 자는 다른 법률에 특별히 규정된 경우 외에는 1년 이하의 징역 또는 "
           "1천만원 이하의 벌금에 처한다.")
BALANCE = ("시장은 세종특별자치시 관할구역 안의 지역 간 균형발전을 위하여 총세출예산액의 일정비율 이상을 지역격차 해소를 위한 "
           "사업(이하 이 조에서 \"지역균형발전사업\"이라 한다)에 투자하여야 한다.")


def test_a_length_of_time_or_an_annual_budget_is_not_how_often_something_happens():
    assert _judge("Breaching Article 42, 43 or 58 of the Local Public Officials Act can lead to up to a year in prison "
                  "or a fine of no more than 10 million won, unless another law provides otherwise.", PENALTY).supported
    assert not _judge("Breaching Article 42, 43 or 58 of the Local Public Officials Act can lead to up to three years in "
                      "prison or a fine of no more than 10 million won.", PENALTY).supported
    assert _judge("To even out development inside the city, the mayor of Sejong has to spend no less than a set share "
                  "of total annual expenditure on projects that narrow gaps between its areas.", BALANCE).supported


WIND = ("제17조의2(풍력 발전사업 관련 법인에 대한 지방공기업의 총 출자한도) 법 제129조제2항에 따른 지방공기업의 총 출자한도는 "
        "직전 사업연도 말 해당 지방공기업 자본금의 100분의 25로 한다.")


def test_a_share_is_compared_by_its_value_not_by_how_it_is_written():
    assert _judge("지방공기업이 풍력 발전사업 관련 법인에 출자할 수 있는 총한도는 직전 사업연도 말 자본금의 4분의 1이다.", WIND).supported
    assert _judge("지방공기업의 풍력 발전사업 관련 법인 총 출자한도는 직전 사업연도 말 자본금의 25%이다.", WIND).supported
    verdict = _judge("지방공기업이 풍력 발전사업 관련 법인에 출자할 수 있는 총한도는 직전 사업연도 말 자본금의 3분의 1이다.", WIND)
    assert not verdict.supported and "number" in verdict.reason


AUDIT_REPORT = ("감사위원회는 특별한 사정이 없으면 자치감사가 종료된 후 60일 이내에 도지사에게 자치감사의 결과를 보고하여야 한다. "
                "다만, 교육ㆍ학예에 관한 자치감사의 결과는 도교육감에게 통보하여야 한다.")
TRANSFER_EXAM = ("제1항에 따라 공무원을 국가공무원으로 임용하려면 「국가공무원법」에 따른 경력경쟁채용시험을 거쳐야 한다. 다만, "
                 "제32조제3항에 따라 신규임용 및 승진시험을 거친 5급 이상 공무원에 대하여는 이를 면제한다.")


def test_a_rule_and_its_proviso_joined_by_doe_or_but_are_read_clause_by_clause():
    assert _judge("강원 감사위원회는 특별한 사정이 없으면 자치감사를 마친 뒤 60일 안에 결과를 도지사에게 보고하되, "
                  "교육ㆍ학예 분야 결과는 도교육감에게 알린다.", AUDIT_REPORT).supported
    assert not _judge("강원 감사위원회는 특별한 사정이 없으면 자치감사를 마친 뒤 90일 안에 결과를 도지사에게 보고하되, "
                      "교육ㆍ학예 분야 결과는 도교육감에게 알린다.", AUDIT_REPORT).supported
    assert _judge("A local official who moves into the national civil service normally has to pass a career competitive "
                  "recruitment exam, but officials of grade 5 or above who passed exams under Article 32(3) are exempt.",
                  TRANSFER_EXAM).supported
    assert not _judge("A local official who moves into the national civil service normally has to pass a career "
                      "competitive recruitment exam, but officials of grade 4 or above who passed exams under Article "
                      "32(3) are exempt.", TRANSFER_EXAM).supported


def test_a_university_president_is_not_the_president():
    from drafter.citations.analysis import find_entities

    assert "대통령" not in find_entities("The head librarian is appointed by the university president.")
    assert "대통령" not in find_entities("the president of the Korean National Police University appoints the librarian")
    assert "대통령" in find_entities("The Commissioner General is appointed by the President.")


NO_DISCRIMINATION_25_6 = ("제25조의6(차별금지) 임용권자는 소속 공무원을 임용할 때 합리적인 이유 없이 성별, 종교 또는 사회적 신분 "
                     "등을 이유로 차별해서는 아니 된다.")


def test_the_subject_before_a_modal_is_not_its_predicate():
    assert _judge("When appointing staff, appointing authorities may not treat anyone differently because of sex, "
                  "religion, social status or similar grounds unless there is a reasonable justification.",
                  NO_DISCRIMINATION_25_6).supported
    assert not _judge("When appointing staff, appointing authorities may treat people differently because of sex, "
                      "religion or social status.", NO_DISCRIMINATION_25_6).supported


FACILITIES_PLAN = ("도지사는 광역시설계획을 수립할 때에는 제144조에 따른 제주국제자유도시 종합계획 심의회의 심의를 마친 후 "
                   "도의회의 동의를 받아 확정하고, 도조례로 정하는 바에 따라 고시하여야 한다.")


def test_what_a_long_without_phrase_says_is_lacking():
    assert _judge("After the comprehensive plan council has deliberated on it, the governor finalises the wide-area "
                  "facilities plan with the consent of the provincial council.", FACILITIES_PLAN).supported
    verdict = _judge("Once the comprehensive plan council has deliberated on it, a wide-area facilities plan is "
                     "finalised without any need for the provincial council's consent.", FACILITIES_PLAN)
    assert not verdict.supported and "negat" in verdict.reason


RANKS_JEJU = ("제106조(계급구분) 자치경찰공무원의 계급은 다음과 같이 구분한다.\n  1. 자치경무관\n  2. 자치총경\n  3. 자치경정\n"
              "  4. 자치경감\n  5. 자치경위\n  6. 자치경사\n  7. 자치경장\n  8. 자치순경")
ACCOUNTS = "제76조(계정의 구분) 회계는 지역자율계정, 지역지원계정, 제주특별자치도계정, 세종특별자치시계정 및 초광역특별계정으로 구분한다."


def test_a_count_of_a_lists_items_must_be_the_number_it_lists():
    assert _judge("자치경찰공무원의 계급은 자치경무관부터 자치순경까지 8단계로 구분된다.", RANKS_JEJU).supported
    verdict = _judge("자치경찰공무원의 계급은 자치경무관부터 자치순경까지 일곱 단계로 구분된다.", RANKS_JEJU)
    assert not verdict.supported and "counts 7" in verdict.reason
    assert _judge("The balanced growth special account is split into five sub-accounts: regional autonomy, regional "
                  "support, Jeju Special Self-Governing Province, Sejong Special Self-Governing City and a "
                  "super-regional special account.", ACCOUNTS).supported


DUAL_NATIONALS = ("다음 각 호의 어느 하나에 해당하는 사람은 경찰공무원으로 임용될 수 없다.\n"
                  "  1. 대한민국 국적을 가지지 아니한 사람\n  2. 「국적법」 제11조의2제1항에 따른 복수국적자")


def test_no_limit_on_doing_it_says_it_may_be_done():
    verdict = _judge("「국적법」상 복수국적자라도 경찰공무원으로 임용되는 데에는 제한이 없다.", DUAL_NATIONALS)
    assert not verdict.supported and ("modality" in verdict.reason or "negat" in verdict.reason)
    assert _judge("「국적법」상 복수국적자는 경찰공무원으로 임용될 수 없다.", DUAL_NATIONALS).supported


def test_everyday_words_for_secrets_and_accounts():
    secrecy = "제27조(비밀유지의무) 감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
    assert _judge("세종시 감사위원회 위원은 그만둔 뒤에도 재직 중 업무로 알게 된 비밀을 외부에 발설해서는 안 된다.", secrecy).supported
    assert not _judge("세종시 감사위원회 위원은 그만둔 뒤에는 재직 중 업무로 알게 된 비밀을 발설할 수 있다.", secrecy).supported
    transfer = ("제82조(일반회계 또는 다른 특별회계로부터의 전입) 회계의 수입으로써 회계에 속하는 경비의 전부를 마련할 수 없는 "
                "경우에는 그 부족액의 전부 또는 일부를 일반회계나 다른 특별회계로부터의 전입금으로 충당할 수 있다.")
    assert _judge("회계 수입만으로 소요 경비를 다 댈 수 없으면 모자라는 금액의 전부나 일부를 일반회계나 다른 특별회계에서 "
                  "옮겨 와 메울 수 있다.", transfer).supported


SERVICE_PROMOTION = ("경찰청장 또는 해양경찰청장은 제15조제2항에도 불구하고 해당 계급에서 다음 각 호의 기간 동안 재직한 사람을 "
                     "경장, 경사, 경위, 경감으로 각각 근속승진임용할 수 있다.\n"
                     "  1. 순경을 경장으로 근속승진임용하려는 경우: 해당 계급에서 4년 이상 근속자\n"
                     "  2. 경장을 경사로 근속승진임용하려는 경우: 해당 계급에서 5년 이상 근속자\n"
                     "  3. 경사를 경위로 근속승진임용하려는 경우: 해당 계급에서 6년 6개월 이상 근속자\n"
                     "  4. 경위를 경감으로 근속승진임용하려는 경우: 해당 계급에서 8년 이상 근속자")


def test_a_number_is_read_from_the_item_about_the_claims_ranks():
    assert _judge("The Commissioner General can promote a gyeongsa (경사) to gyeongwi (경위) on length of service once "
                  "the officer has served six years and six months in that rank.", SERVICE_PROMOTION).supported
    verdict = _judge("The Commissioner General can promote a gyeongsa (경사) to gyeongwi (경위) on length of service "
                     "alone once the officer has served five years in that rank.", SERVICE_PROMOTION)
    assert not verdict.supported and "5" in verdict.reason


AUDIT_NOTICE = ("감사위원회는 제1항에 따른 자치감사계획의 주요내용을 감사예정일 30일 이전에 자치감사대상 기관의 장에게 "
                "통보하여야 한다.")


def test_the_body_a_cleft_sentence_names_is_the_one_that_acts():
    assert _judge("It is the audit committee that has to notify the heads of audited agencies of the main points of the "
                  "audit plan at least 30 days before the audit date.", AUDIT_NOTICE).supported
    verdict = _judge("In Sejong, it is the mayor who has to notify the heads of audited agencies of the main points of "
                     "the audit plan at least 30 days before the audit date.", AUDIT_NOTICE)
    assert not verdict.supported and "body" in verdict.reason


RESPECTIVELY = ("「지방공무원법」 제30조제2항 및 제74조제2항에 따른 교육부장관 또는 행정안전부장관의 권한은 각각 도교육감 또는 "
                "도지사의 권한으로 한다.")


def test_powers_handed_over_respectively_go_first_to_first():
    assert _judge("The powers of the Minister of Education under Articles 30(2) and 74(2) of the Local Public Officials "
                  "Act pass to the provincial superintendent of education.", RESPECTIVELY).supported
    verdict = _judge("The powers of the Minister of Education under Articles 30(2) and 74(2) of the Local Public "
                     "Officials Act pass to the Jeju governor.", RESPECTIVELY)
    assert not verdict.supported and "respectively" in verdict.reason


def test_a_korean_claim_about_the_english_paper_is_read_through_the_glossary():
    assert _judge("경착륙 방안으로 국가경찰 권한의 지자체 전면 이양과 시·도자치경찰위원장 또는 경찰관 선출제 도입이 제시됐다.",
                  ELECTION).supported
    verdict = _judge("경착륙 방안으로 국가경찰 권한의 지자체 전면 이양은 제시되지 않았다.", ELECTION)
    assert not verdict.supported and "negat" in verdict.reason
    verdict = _judge("연착륙 방안으로 국가경찰 권한의 지자체 전면 이양과 시·도자치경찰위원장 선출제 도입이 제시됐다.", ELECTION)
    assert not verdict.supported and "경착륙" in verdict.reason
    trend = ("Despite various problems, the autonomous police system has become an irreversible trend of the times, "
             "and although it is insufficient, discussions continue as it contributes to improving the quality of life "
             "of residents by improving the problems.")
    assert _judge("논문은 여러 문제가 있는데도 자치경찰제가 되돌릴 수 없는 시대 흐름이 됐다고 본다.", trend).supported


def test_amounts_in_man_units_and_other_than_contrasts():
    cap = ("제42조(대외지급수단으로 지급할 수 있는 경상거래의 규모) 법 제207조에서 \"대통령령으로 정하는 규모\"란 건당 "
           "미합중국화폐 1만달러를 말한다.")
    assert _judge("Current transactions that may be paid with foreign means of payment are capped at USD 10,000 per "
                  "transaction.", cap).supported
    assert not _judge("Current transactions that may be paid with foreign means of payment are capped at USD 50,000 per "
                      "transaction.", cap).supported
    school = "제1항에도 불구하고 국제학교의 장은 도교육감의 승인을 받아 학년제 외의 제도를 채택할 수 있다."
    assert _judge("국제학교의 장은 도교육감 승인을 받으면 학년제가 아닌 다른 제도를 채택할 수 있다.", school).supported
    assert not _judge("국제학교의 장은 도교육감 승인 없이도 학년제가 아닌 다른 제도를 채택할 수 있다.", school).supported


def test_falling_short_of_a_purpose_is_not_meeting_it():
    purpose = ("Korea's autonomous police system does not utilize the purpose of the autonomous police system in that "
               "it is implemented by determining the model and operation method centrally.")
    assert _judge("The abstract argues that Korea's autonomous police system falls short of its purpose because its "
                  "model and operating method were decided centrally.", purpose).supported


AUDITOR_DISMISSAL = ("감사위원이 제2항제1호에 해당하는 경우에는 감사위원회의 재적위원 3분의 2 이상의 의결을 거쳐 도지사가 "
                     "면직하거나 해촉한다. 다만, 감사위원장의 경우에는 도의회의 동의를 받아야 한다.")


def test_a_gerund_after_and_opens_a_clause_of_its_own():
    assert _judge("An audit commissioner is dismissed by the governor after a two-thirds vote of the full audit "
                  "committee, and removing the chair also needs the provincial council's consent.",
                  AUDITOR_DISMISSAL).supported
    assert not _judge("An audit commissioner is dismissed by the governor after a three-quarters vote of the full audit "
                      "committee, and removing the chair also needs the provincial council's consent.",
                      AUDITOR_DISMISSAL).supported


def test_within_a_year_is_one_year():
    plan = ("개발센터는 종합계획이 수립된 날부터 6개월 이내에 개발센터시행계획을 수립하여 국토교통부장관에게 제출하여야 한다.")
    assert _judge("The development centre has to draw up its implementation plan and submit it to the Minister of Land, "
                  "Infrastructure and Transport within six months of the comprehensive plan being adopted.", plan).supported
    verdict = _judge("The development centre has to draw up its implementation plan and submit it to the Minister of "
                     "Land, Infrastructure and Transport within a year of the comprehensive plan being adopted.", plan)
    assert not verdict.supported and "number" in verdict.reason


def test_a_rule_limited_to_a_place_is_not_one_that_reaches_beyond_it():
    scope = "제3조(적용범위) 이 법은 제7조에 따른 제주특별자치도(이하 \"제주자치도\"라 한다)의 관할구역에만 적용한다."
    assert _judge("제주특별법은 제주자치도 관할구역에만 적용된다.", scope).supported
    verdict = _judge("제주특별법은 제주자치도 관할구역에 한정되지 않고 다른 지역에도 적용된다.", scope)
    assert not verdict.supported and "scope" in verdict.reason


def test_a_transfer_sentence_that_goes_on_after_hago():
    devices = ("「의료기기산업 육성 및 혁신의료기기 지원법」 제18조에 따른 보건복지부장관의 권한은 도지사의 권한으로 하고, "
               "대통령령으로 정하도록 한 사항은 도조례로 달리 정할 수 있다.")
    verdict = _judge("The Minister of Health and Welfare's powers under Article 18 of the medical device industry act are "
                     "handed over to the mayors and county heads in Jeonbuk.", devices)
    assert not verdict.supported and "transfer" in verdict.reason


PARTS_BODY = ("도지사는 제39조제1항에 따른 대체부품인증기관이 다음 각 호의 어느 하나에 해당하는 경우에는 그 지정을 취소하거나 "
              "6개월 이내의 기간을 정하여 업무의 정지를 명할 수 있다. 다만, 제1호 및 제2호에 해당하는 경우에는 그 지정을 "
              "취소하여야 한다.\n  1. 거짓이나 그 밖의 부정한 방법으로 지정을 받은 경우\n"
              "  2. 거짓이나 그 밖의 부정한 방법으로 대체부품의 성능 및 품질을 인증한 경우\n  3. 업무정지 명령을 위반한 경우")


def test_deciding_at_discretion_whether_to_do_it_is_need_not():
    assert _judge("대체부품인증기관이 거짓으로 지정을 받은 경우에는 도지사가 지정을 취소하여야 한다.", PARTS_BODY).supported
    for flip in ("대체부품인증기관이 거짓으로 지정을 받은 경우에도 도지사는 지정을 취소할지 말지 재량으로 정할 수 있다.",
                 "대체부품인증기관이 거짓으로 지정을 받은 경우에도 지정을 취소할지는 도지사가 재량으로 정한다."):
        assert not _judge(flip, PARTS_BODY).supported, flip


def test_taking_care_that_it_happens_is_an_effort_not_a_duty():
    source = "추천위원회는 제5항에 따라 위원을 추천할 때에는 특정 성(性)에 치우치지 않게 추천할 수 있도록 노력해야 한다."
    assert _judge("추천위원회는 위원을 추천할 때 어느 한 성별에 쏠리지 않도록 신경 써야 한다.", source).supported
    verdict = _judge("추천위원회는 위원을 추천할 때 특정 성에 치우치지 않게 추천하여야 한다.", source)
    assert not verdict.supported and "effort" in verdict.reason


AQUACULTURE = ("「양식산업발전법」 제53조제2항 후단에 따른 해양수산부장관의 승인 권한은 도지사의 권한으로 한다. 이 경우 도지사는 "
               "국립수산과학원장의 의견을 들어야 한다.")
PROMOTION_PLAN = ("도지사는 과학기술정보통신부장관, 산업통상부장관, 보건복지부장관, 중소벤처기업부장관, 기획예산처장관, "
                  "식품의약품안전처장의 의견을 들어 5년마다 복합단지 진흥계획을 수립하여야 한다.")


def test_the_body_whose_views_are_heard_is_the_one_the_source_names():
    verdict = _judge("When the governor uses the approval power over experimental aquaculture, the governor has to hear "
                     "the views of the Minister of Oceans and Fisheries.", AQUACULTURE)
    assert not verdict.supported and "국립수산과학원장" in verdict.reason
    verdict = _judge("The power to approve trial aquaculture passes to the governor, who has to hear the Minister of "
                     "Oceans and Fisheries first.", AQUACULTURE)
    assert not verdict.supported
    # one of several bodies heard, named in a list
    assert _judge("Every five years the governor must draw up a promotion plan for the complex after hearing the views "
                  "of ministers including the Minister of Health and Welfare.", PROMOTION_PLAN).supported


def test_ministries_by_their_everyday_abbreviations():
    from drafter.citations.analysis import find_entities

    assert find_entities("행안부 장관과 산업부 장관은 국토부장관과 협의한다") >= {"행정안전부장관", "산업통상자원부장관",
                                                                  "국토교통부장관"}
    source = ("시ㆍ도지사는 관계 중앙행정기관의 장 및 관할 구역의 시장ㆍ군수ㆍ구청장과 협의하여 해당 시ㆍ도의 지역특화산업을 "
              "선정할 수 있다.")
    verdict = _judge("산업부 장관은 시·도지사 및 시장·군수·구청장과 협의해 시·도별 지역특화산업을 선정할 수 있다.", source)
    assert not verdict.supported and "산업통상자원부장관" in verdict.reason


def test_nobody_allowed_is_a_ban_and_remaining_bound_is_applying():
    assert english_modality("Nobody is allowed to deliberately obstruct a civil service exam.") == "must_not"
    assert english_modality("No one may obstruct the exam.") == "must_not"
    exemption = ("제주자치도 안의 외국인투자기업에 대해서는 「국가유공자 등 예우 및 지원에 관한 법률」 제33조의2 및 「고용상 "
                 "연령차별금지 및 고령자고용촉진에 관한 법률」 제12조를 적용하지 아니한다.")
    assert not _judge("Foreign-invested companies in Jeju remain bound by Article 33-2 of the veterans' treatment act and "
                      "Article 12 of the age discrimination act.", exemption).supported
    assert _judge("Article 33-2 of the veterans' act and Article 12 of the age discrimination act do not apply to "
                  "foreign-invested companies in Jeju.", exemption).supported


FALLEN_CANDIDATE = ("제15조의2(전사ㆍ순직한 승진후보자의 승진) 제18조제1항에 따른 승진후보자 명부에 등재된 사람이 승진임용 전에 "
                    "전사하거나 순직한 경우에는 그 사망일 전날을 승진일로 하여 승진 예정 계급으로 승진한 것으로 본다.")


def test_the_day_before_is_another_date():
    assert _judge("승진후보자 명부에 오른 경찰관이 승진 전에 순직하면 사망일 전날을 승진일로 하여 승진한 것으로 본다.",
                  FALLEN_CANDIDATE).supported
    verdict = _judge("승진후보자 명부에 오른 경찰관이 승진 전에 순직하면 사망한 날을 승진일로 하여 승진한 것으로 본다.",
                     FALLEN_CANDIDATE)
    assert not verdict.supported and "전날" in verdict.reason
    verdict = _judge("If an officer on the promotion candidate list dies in the line of duty before promotion, the "
                     "officer is deemed promoted as of the date of death.", FALLEN_CANDIDATE)
    assert not verdict.supported


def test_the_papers_sentences_in_everyday_english():
    trend = ("Despite various problems, the autonomous police system has become an irreversible trend of the times, "
             "and although it is insufficient, discussions continue as it contributes to improving the quality of life "
             "of residents by improving the problems.")
    assert _judge("The paper argues that, whatever its problems, autonomous policing has become an irreversible trend, "
                  "and debate goes on because it helps improve residents' quality of life.", trend).supported
    assert not _judge("The paper argues that autonomous policing has become an irreversible trend, and debate has stopped "
                      "because it does not improve residents' quality of life.", trend).supported


def test_a_new_subject_with_then_after_and_opens_a_clause():
    from drafter.citations.analysis import claim_clauses

    parts = claim_clauses("To make filling vacancies easier, an open recruitment exam can be held for a workplace fixed "
                          "in advance, and recruits then have to serve there for a period set by Presidential Decree.")
    assert len(parts) == 2 and parts[1].startswith("recruits then have to serve")
    # a list's last item is not a clause of its own
    assert len(claim_clauses("Governors, mayors, and superintendents then may attend the meeting.")) == 1
    assert len(claim_clauses("The governor, the mayor, and the superintendent may attend the meeting.")) == 1


def test_not_barred_from_is_a_permission_and_only_while_serving_is_a_limit():
    side_jobs = "공무원은 공무 외에 영리를 목적으로 하는 업무에 종사하지 못하며, 소속 기관의 장의 허가 없이 다른 직무를 겸할 수 없다."
    verdict = _judge("Local public officials are not barred from engaging in profit-making business on the side of their "
                     "official duties.", side_jobs)
    assert not verdict.supported and "modality" in verdict.reason
    assert _judge("Local public officials are barred from engaging in profit-making business on the side of their "
                  "official duties.", side_jobs).supported
    secrecy = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
    verdict = _judge("감사위원회 위원의 비밀유지의무는 재직 중에만 적용되고 퇴직한 뒤에는 적용되지 않는다.", secrecy)
    assert not verdict.supported and "scope" in verdict.reason


def test_voicing_an_opinion_is_stating_it():
    assert _judge("공무원은 직무를 수행할 때 상사의 직무상 명령을 따라야 하지만, 그에 대해 의견을 낼 수는 있다.", OBEY).supported
    assert not _judge("공무원은 직무를 수행할 때 상사의 직무상 명령을 따라야 하지만, 그에 대해 의견을 낼 수는 없다.",
                      OBEY).supported


# -- session 8: rules grown from tuning-citations-26..28 (each a paraphrase that passes, a flip that fails) --

RESIDENCE = "도조례로 정하는 공개경쟁 신규임용에서는 제주자치도에 주소가 없는 사람도 그 임용시험에 응시할 수 있다."
EUP_MYEON = ("다만, 행정시에 두는 읍ㆍ면ㆍ동을 폐지하거나 설치하거나 나누거나 합칠 때에는 「지방자치법」 제7조제1항에도 "
             "불구하고 행정안전부장관의 승인이 필요하지 아니하되, 도지사는 그 결과를 행정안전부장관에게 보고하여야 한다.")
STAY_AREA = ("국가 또는 지방자치단체의 공무원은 그 직무를 수행할 때 제198조제1항에 따른 체류지역 확대 허가를 받지 아니하고 "
             "대한민국의 다른 지역으로 이동하였거나 이동하는 외국인을 발견한 경우에는 지체 없이 지방출입국ㆍ외국인 관서의 "
             "장에게 통보하여야 한다.")
APPEAL_FIRST = ("제67조에 따른 처분, 그 밖에 본인의 의사에 반한 불리한 처분이나 부작위에 관한 행정소송은 심사위원회의 "
                "심사ㆍ결정을 거치지 아니하면 제기할 수 없다.")


def test_what_the_claim_lacks_with_another_verb_is_what_the_source_lacks():
    # '주소를 두지 않은' = '주소가 없는'; '승인이 필요하지 아니하되' = no approval needed
    assert _judge("도조례로 정한 공개경쟁 신규임용시험에는 제주자치도에 주소를 두지 않은 사람도 응시할 수 있다.",
                  RESIDENCE).supported
    assert not _judge("도조례로 정한 공개경쟁 신규임용시험에는 제주자치도에 주소를 두지 않은 사람은 응시할 수 없다.",
                      RESIDENCE).supported
    assert _judge("When an administrative city in Jeju abolishes or merges an eup, myeon or dong, no approval from the "
                  "Minister of the Interior and Safety is needed, but the governor has to report the result to the "
                  "Minister.", EUP_MYEON).supported
    assert not _judge("When an administrative city in Jeju abolishes or merges an eup, myeon or dong, it needs the "
                      "approval of the Minister of the Interior and Safety.", EUP_MYEON).supported


def test_a_without_phrase_lacks_one_thing_named_by_several_words():
    assert _judge("A public official who, while on duty, comes across a foreigner moving to other parts of Korea without "
                  "a permit extending the area of stay must promptly notify the local immigration office.",
                  STAY_AREA).supported
    assert not _judge("A public official who, while on duty, comes across a foreigner moving to other parts of Korea "
                      "without a permit extending the area of stay may choose not to notify the local immigration "
                      "office.", STAY_AREA).supported


def test_unless_done_it_cannot_be_is_a_requirement():
    assert _judge("불리한 처분에 관한 행정소송을 제기하려면 심사위원회의 심사ㆍ결정을 거쳐야 한다.", APPEAL_FIRST).supported
    verdict = _judge("지방공무원은 소청심사위원회의 심사ㆍ결정을 거치지 않고도 불리한 처분에 대해 행정소송을 제기할 수 있다.",
                     APPEAL_FIRST)
    assert not verdict.supported


def test_a_negated_participle_after_a_noun_is_no_predicate():
    assert english_modality("For small-scale projects not listed in Article 64(1), consultation has to be requested "
                            "from the governor.") == "must"
    assert english_modality("The fee is not listed in the act.") == "neg"
    source = ("「환경영향평가법」 제43조에 따른 소규모 환경영향평가 대상사업으로서 제64조제1항 각 호의 어느 하나에 해당하지 "
              "아니하는 사업에 대하여는 같은 법 제44조에도 불구하고 도지사에게 협의를 요청하여야 한다.")
    assert _judge("For small-scale environmental impact assessment projects not listed in Article 64(1), consultation "
                  "has to be requested from the Gangwon governor.", source).supported
    assert not _judge("For small-scale environmental impact assessment projects not listed in Article 64(1), "
                      "consultation may be requested from the Gangwon governor.", source).supported


def test_only_if_needed_it_suffices_is_a_permission():
    source = "도지사는 야간관광산업의 육성을 위하여 필요한 시책을 마련하여 추진하여야 한다."
    verdict = _judge("전북도지사는 야간관광산업 육성 시책을 필요하다고 판단할 때에만 마련하면 된다.", source)
    assert not verdict.supported and "modality" in verdict.reason
    assert _judge("전북도지사는 야간관광산업을 키우는 데 필요한 시책을 마련해 추진해야 한다.", source).supported


def test_a_sentence_after_it_does_not_lend_the_rule_its_modality():
    source = ("지방자치단체의 장과 지방의회의 의장은 소속 공무원의 근무 능률을 높이기 위하여 보건ㆍ휴양ㆍ안전ㆍ후생, 그 밖에 "
              "필요한 사항에 대한 기준을 설정하고, 이를 실시하여야 한다. 이 경우 지방자치단체의 장과 지방의회의 의장은 "
              "상호 간에 협의하여 통합하여 운영할 수 있다.")
    verdict = _judge("Heads of local governments and council chairs may, if they see fit, set standards on health, rest, "
                     "safety and welfare to raise their staff's efficiency.", source)
    assert not verdict.supported and "modality" in verdict.reason
    assert _judge("Heads of local governments and council chairs must set standards on health, rest, safety and "
                  "welfare to raise their staff's efficiency.", source).supported


def test_a_proviso_about_it_is_read_with_its_rule():
    source = "공무원은 직무를 수행할 때 소속 상사의 직무상 명령에 복종하여야 한다. 다만, 이에 대한 의견을 진술할 수 있다."
    assert _judge("지방공무원은 직무상 소속 상사의 명령을 따라야 하지만, 그 명령에 대해 자기 의견을 밝힐 수는 있다.",
                  source).supported
    verdict = _judge("지방공무원은 직무상 소속 상사의 명령을 따를 수도 있고 따르지 않을 수도 있다.", source)
    assert not verdict.supported


RECALL_COUNT = ("관할선거관리위원회는 도교육감에 대한 주민소환투표의 개표가 끝났을 때에는 지체 없이 그 결과를 공표한 후 "
                "주민소환투표청구인 대표자, 도교육감, 관계 중앙행정기관의 장과 도지사에게 통지하여야 한다.")
RESEARCH_EXAMS = ("법 제47조제9항제1호에 따라 「지방 연구직 및 지도직공무원의 임용 등에 관한 규정」 제21조제1항 본문에도 "
                  "불구하고 행정안전부장관이 실시하는 연구관ㆍ지도관의 임용시험은 제주자치도 인사위원회가 실시한다.")


def test_a_body_the_tables_do_not_know_acts_where_it_is_the_subject():
    verdict = _judge("도교육감 주민소환투표의 개표가 끝나면 도지사가 지체 없이 결과를 공표하고 청구인 대표자 등에게 통지한다.",
                     RECALL_COUNT)
    assert not verdict.supported and "body" in verdict.reason
    assert _judge("도교육감 주민소환투표의 개표가 끝나면 관할선거관리위원회가 지체 없이 결과를 공표하고 도지사 등에게 "
                  "통지해야 한다.", RECALL_COUNT).supported
    # a body inside a modifier ('행정안전부장관이 실시하는 임용시험') does not act on the rule
    verdict = _judge("In Jeju, appointment examinations for research and extension officers are administered by the "
                     "Minister of the Interior and Safety.", RESEARCH_EXAMS)
    assert not verdict.supported and "body" in verdict.reason


def test_a_negation_inside_a_modifier_negates_its_own_verb_only():
    source = ("다음 각 호의 어느 하나에 해당하는 자는 1년 이하의 징역 또는 500만원 이하의 벌금에 처한다.\n"
              "  1. 감사위원회의 감사를 받는 자로서 정당한 사유 없이 감사를 거부하거나 자료의 제출요구에 불응한 자")
    assert _judge("감사위원회 감사를 정당한 이유 없이 거부하거나 자료 제출 요구에 응하지 않은 자는 1년 이하의 징역 또는 "
                  "500만원 이하의 벌금에 처한다.", source).supported
    assert not _judge("감사위원회 감사를 정당한 이유 없이 거부하거나 자료 제출 요구에 응하지 않은 자는 3년 이하의 징역에 "
                      "처한다.", source).supported
    assert not {"바꾸", "없애"} & analyze("바꾸거나 없앨 때에는 주민이 손실을 입지 않도록 해야 한다.").negated


def test_an_actor_the_passage_lacks_is_not_rescued_by_similarity():
    source = "위원장이 부득이한 사유로 직무를 수행할 수 없을 때에는 부위원장이 그 직무를 대행한다."
    assert not _judge("지방시대위원회 위원장이 부득이한 사유로 직무를 수행할 수 없으면 간사가 그 직무를 대행한다.",
                      source).supported
    assert _judge("위원장이 부득이한 사유로 직무를 볼 수 없으면 부위원장이 그 직무를 대신한다.", source).supported
    assert not _judge("위원장이 부득이한 사유로 직무를 수행할 수 없으면 간사가 그 직무를 대행한다.", source).supported


def test_a_count_followed_by_its_list_and_provincial_agencies_by_name():
    source = ("서울특별시경찰청에 공공안전차장, 수사차장 및 생활안전차장을 두며, 청장이 부득이한 사유로 그 직무를 수행할 수 "
              "없을 때에는 공공안전차장, 수사차장, 생활안전차장 순으로 그 직무를 대리한다.")
    assert _judge("The Seoul Metropolitan Police Agency has three deputy commissioners, for public safety, investigations "
                  "and community safety, who stand in for the commissioner in that order.", source).supported
    verdict = _judge("The Seoul Metropolitan Police Agency has four deputy commissioners, for public safety, "
                     "investigations and community safety, who stand in for the commissioner in that order.", source)
    assert not verdict.supported and "number" in verdict.reason


def test_the_rule_and_its_exception_said_as_a_principle():
    source = "자치경찰단장은 자치경무관으로 임명한다. 다만, 도지사는 필요하다고 인정하면 개방형직위로 지정하여 운영할 수 있다."
    assert _judge("자치경찰단장은 자치경무관으로 임명하는 것이 원칙이지만, 도지사가 필요하다고 보면 개방형직위로 지정해 "
                  "운영할 수 있다.", source).supported
    assert not _judge("자치경찰단장은 자치경무관으로 임명하는 것이 원칙이지만, 도지사가 필요하다고 보면 개방형직위로 "
                      "지정해 운영해야 한다.", source).supported


def test_a_bare_item_is_ruled_by_the_lead_of_its_article():
    context = "제76조(도교육감의 퇴직)\n도교육감이 다음 각 호의 어느 하나에 해당하면 그 직에서 퇴직한다."
    assert not _judge("제주 교육감은 정당의 당원이 되더라도 그 직을 잃지 않는다.", "정당의 당원이 된 경우",
                      context).supported
    assert _judge("제주 교육감은 정당의 당원이 되면 그 직에서 퇴직한다.", "정당의 당원이 된 경우", context).supported


def test_no_penalty_exempt_from_a_duty_and_excluded_from_a_measure():
    penalties = ("다음 각 호의 어느 하나에 해당하는 자는 1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다.\n"
                 "  2. 정당한 사유 없이 감사기구의 감사활동을 방해한 자")
    context = "제83조(감사위원회에 관한 벌칙)"
    assert not _judge("Obstructing the Gangwon audit committee's audit activities without justification carries no "
                      "criminal penalty under the Act.", penalties, context).supported
    assert _judge("Obstructing the audit activities of the audit body without justification is punishable by up to one "
                  "year in prison or a fine of up to 10 million won.", penalties, context).supported
    uniform = "자치경찰공무원은 도조례로 정하는 바에 따라 제복을 착용하되, 경찰공무원의 제복과 구별될 수 있도록 하여야 한다."
    assert not _judge("자치경찰공무원은 제복 착용 의무에서 면제된다.", uniform).supported
    assert _judge("자치경찰공무원은 도조례에 따라 제복을 착용해야 한다.", uniform).supported
    lifting = "도지사는 농생명지구가 제1항 각 호에 따른 요건을 갖추지 못한 경우 그 지정을 해제할 수 있다."
    assert not _judge("농생명산업지구가 지정 요건을 갖추지 못하게 되더라도 그 지구는 지정 해제 대상에서 제외된다.",
                      lifting).supported
    assert _judge("농생명지구가 지정 요건을 갖추지 못하면 도지사는 그 지정을 해제할 수 있다.", lifting).supported


def test_whom_an_office_assists():
    source = ("기획조정관은 다음 사항에 관하여 경찰청 차장을 보좌한다.\n  8. 국가경찰위원회의 간사업무에 관한 사항\n"
              "  9. 예산의 편성과 조정 및 결산에 관한 사항\n  12. 소관 법령안의 심사")
    verdict = _judge("The Planning and Coordination Officer assists the National Police Committee on matters such as "
                     "budget formulation and review of draft legislation.", source)
    assert not verdict.supported and "assists" in verdict.reason
    assert _judge("The Planning and Coordination Officer assists the Deputy Commissioner General on matters such as "
                  "budget formulation and review of draft legislation.", source).supported


def test_optional_where_the_paper_says_should_and_outside_the_remit():
    landing = ("As a soft landing plan, a bill should be enacted or revised to allow the dualization model to operate "
               "more efficiently, which should include organizational and operational aspects.")
    verdict = _judge("Under the soft landing plan, the paper treats enacting or revising a bill to make the dualization "
                     "model run more efficiently as optional.", landing)
    assert not verdict.supported and "optional" in verdict.reason
    assert _judge("Under the soft landing plan, the paper calls for enacting or revising a bill to make the "
                  "dualization model run more efficiently.", landing).supported
    duties = "국장은 다음 사항을 분장한다.\n  3. 북한이탈주민 신변보호"
    assert not _judge("Protecting North Korean defectors falls outside the remit of the National Security "
                      "Investigation Bureau director.", duties).supported


def test_prevented_excepted_and_not_a_period():
    plan = "도지사는 종합계획을 변경하거나 폐지하는 경우 관련 주민의 재산상 손실을 방지하기 위한 예방대책을 마련하여야 한다."
    assert _judge("전북특별자치도지사가 종합계획을 바꾸거나 없앨 때에는 관련 주민이 재산상 손실을 입지 않도록 예방대책을 "
                  "마련해 두어야 한다.", plan).supported
    entrust = ("사무위탁에 관하여 이 법에서 규정한 사항을 제외하고는 「지방자치법」 제168조의 사무의 위탁에 관한 규정을 "
               "준용한다.")
    assert _judge("세종시의 사무위탁에 관해 이 법에 정하지 않은 사항은 「지방자치법」의 사무 위탁 규정을 준용한다.",
                  entrust).supported
    assert not analyze("The governor publishes the main points in a daily newspaper.").periods
    assert analyze("The committee meets daily.").periods


def test_everyday_ways_of_saying_not_needed_optional_or_skipped():
    side_jobs = "공무원은 공무 외에 영리를 목적으로 하는 업무에 종사하지 못하며, 소속 기관의 장의 허가 없이 다른 직무를 겸할 수 없다."
    verdict = _judge("Holding another job does not require a local official to get permission from the head of their "
                     "agency.", side_jobs)
    assert not verdict.supported and "허가" in verdict.reason
    assert _judge("A public official may not take on another duty without permission from the head of their agency.",
                  side_jobs).supported
    taxes = ("국가는 지방세의 비율이 확대되도록 국세를 지방세로 전환하기 위한 새로운 세목(稅目)을 확보하여야 하며, 낙후지역에 "
             "대한 재정조정책임을 강화하여야 한다.")
    assert not _judge("It is up to the state whether to secure new tax items for turning national taxes into local "
                      "taxes.", taxes).supported
    assert _judge("The state has to secure new tax items for turning national taxes into local taxes.", taxes).supported
    coast = "도지사는 제1항에 따라 연안정비기본계획을 수립할 때에는 미리 「연안관리법」 제31조에 따른 지역연안관리심의회의 심의를 마쳐야 한다."
    assert not _judge("The governor's basic coastal maintenance plan skips prior review by the regional coastal "
                      "management council.", coast).supported
    sealed = "추천위원회의 회의는 공개하지 않는다."
    assert not _judge("Meetings of the recommendation committee are held in public.", sealed).supported
    assert _judge("Meetings of the recommendation committee are held behind closed doors.", sealed).supported


def test_only_may_a_subordinate_verb_and_an_exception_the_claim_names():
    standards = ("지방자치단체의 장과 지방의회의 의장은 소속 공무원의 근무 능률을 높이기 위하여 보건ㆍ휴양ㆍ안전ㆍ후생, 그 밖에 "
                 "필요한 사항에 대한 기준을 설정하고, 이를 실시하여야 한다.")
    assert not _judge("지자체장과 지방의회 의장은 원한다면 보건·휴양·안전·후생 기준을 정해 시행할 수 있을 뿐이다.",
                      standards).supported
    dismissal = ("국무총리는 지원위원회의 위촉위원이 다음 각 호의 어느 하나에 해당하는 경우에는 해당 위원을 해촉(解囑)할 수 "
                 "있다.\n  4. 위원 스스로 직무를 수행하는 것이 곤란하다고 의사를 밝히는 경우")
    verdict = _judge("The Prime Minister must dismiss a commissioned member of the support committee as soon as the "
                     "member says they find it hard to carry on.", dismissal)
    assert not verdict.supported and "modality" in verdict.reason
    assert _judge("The Prime Minister may dismiss a commissioned member of the support committee when the member says "
                  "they find it hard to carry on.", dismissal).supported
    universities = ("「고등교육법」 제4조제2항에 따른 교육부장관의 권한은 도지사의 권한으로 한다. 다만, 「고등교육법」 제3조에 따른 "
                    "국립학교에 대해서는 교육부장관의 권한을 도지사에게 이양하지 아니한다.")
    assert not _judge("고등교육법상 국립학교에 대한 교육부장관 권한도 제주에서는 도지사에게 넘어간다.", universities).supported
    training = "훈련성적은 인사관리에 반영하여야 한다."
    assert not _judge("공무원이 받은 훈련 성적은 인사관리와는 무관하게 따로 관리된다.", training).supported
    assert _judge("공무원의 훈련 성적은 인사관리에 반영해야 한다.", training).supported


def test_a_paper_that_says_maintained_does_not_say_dropped():
    kept = ("due to the inefficiency of decentralized systems, confrontation between the two Koreas, and familiarity "
            "with the implementation of the national police system, a centralized national police system was maintained")
    assert not _judge("The paper says Korea dropped its centralised national police system when it brought in "
                      "autonomous policing.", kept).supported
    assert _judge("The paper says a centralized national police system was maintained.", kept).supported


def test_order_quantities_not_reached_and_what_only_the_exception_names():
    deputies = ("서울특별시경찰청에 공공안전차장, 수사차장 및 생활안전차장을 두며, 청장이 부득이한 사유로 그 직무를 수행할 수 "
                "없을 때에는 공공안전차장, 수사차장, 생활안전차장 순으로 그 직무를 대리한다.")
    verdict = _judge("If the Seoul Metropolitan Police Agency chief cannot act, the investigation deputy chief is the "
                     "first to stand in, ahead of the other deputy chiefs.", deputies)
    assert not verdict.supported and "order" in verdict.reason
    assert _judge("If the Seoul Metropolitan Police Agency chief cannot act, the public safety deputy chief is the first "
                  "to stand in.", deputies).supported
    assert _judge("서울경찰청장이 부득이하게 일을 못 하면 공공안전차장, 수사차장, 생활안전차장 순서로 그 자리를 대신 맡는다.",
                  deputies).supported
    retirement = ("임용권자는 20년 미만 근속한 사람이 정년 전에 스스로 퇴직하는 경우에는 예산의 범위에서 수당을 지급할 수 "
                  "있다.")
    assert _judge("근속 20년이 안 된 공무원이 정년 전에 스스로 퇴직하면 예산 범위에서 수당을 지급할 수 있다.",
                  retirement).supported
    universities = ("「고등교육법」 제4조제2항에 따른 교육부장관의 권한은 도지사의 권한으로 한다. 다만, 「고등교육법」 제3조에 따른 "
                    "국립학교에 대해서는 교육부장관의 권한을 도지사에게 이양하지 아니한다.")
    assert _judge("「고등교육법」상 교육부장관의 일부 권한이 제주도지사에게 넘어가지만, 국립학교에 관한 권한은 이양 대상에서 "
                  "빠진다.", universities).supported
    verdict = _judge("고등교육법상 국립학교에 대한 교육부장관 권한도 제주에서는 도지사에게 넘어간다.", universities)
    assert not verdict.supported and "negation" in verdict.reason


def test_a_negation_ends_at_a_comma_and_at_a_verb_kiwi_tags_apart():
    assert "limit" not in analyze("The chief may set up units under the deputy, or under the chief where there is no "
                                  "deputy, within limits set by an ordinance.").negated
    assert "공무원" not in analyze("징계로 파면되거나 해임된 적이 있는 사람은 경찰공무원으로 뽑을 수 없다.").negated
    assert "파면" not in analyze("징계로 파면되거나 해임된 적이 있는 사람은 경찰공무원으로 뽑을 수 없다.").negated


def test_a_power_that_becomes_the_governors_is_received_by_the_governor():
    veterans = "「특수임무유공자 예우 및 단체설립에 관한 법률」 제6조제1항에 따른 국가보훈부장관의 권한은 도지사의 권한으로 한다."
    assert _judge("특수임무유공자법상 국가보훈부장관의 일부 권한은 제주에서는 도지사의 권한이 된다.", veterans).supported
    verdict = _judge("특수임무유공자법상 도지사의 일부 권한은 제주에서는 국가보훈부장관의 권한이 된다.", veterans)
    assert not verdict.supported and "transfer" in verdict.reason


def test_a_lifted_ban_a_causative_or_and_a_month_of_the_same_year():
    school = "외국인이 국제학교에 입학(재입학, 전학 및 편입을 포함한다)할 경우 국적 등을 이유로 불이익을 받아서는 아니 된다."
    assert not _judge("외국인이 국제학교에 재입학하거나 전학ㆍ편입하는 경우에는 국적을 이유로 한 불이익 금지 규정이 적용되지 "
                      "않는다.", school).supported
    assert _judge("외국인이 국제학교에 재입학하거나 편입할 때에도 국적을 이유로 불이익을 받아서는 안 된다.", school).supported
    inspect = ("도지사는 다음 각 호의 어느 하나에 해당하는 경우에는 소속 공무원으로 하여금 사업자의 물품ㆍ시설을 검사하게 하거나 "
               "그 사업자에게 관계 물품ㆍ서류 등의 제출을 명할 수 있다.")
    verdict = _judge("제주도지사는 소속 공무원에게 사업자의 물품과 시설을 검사하게 하여야 한다.", inspect)
    assert not verdict.supported and "modality" in verdict.reason
    assert _judge("제주도지사는 소속 공무원에게 사업자의 물품과 시설을 검사하게 할 수 있다.", inspect).supported
    verdict = _judge("According to the paper, the Yoon Suk Yeol government set up the Police System Development Committee "
                     "under the Prime Minister in September 2023.", PAPER)
    assert not verdict.supported and "2022" in verdict.reason
    assert _judge("According to the paper, the Yoon Suk Yeol government set up the Police System Development Committee "
                  "under the Prime Minister in September 2022.", PAPER).supported


def test_nothing_stops_no_duty_exempted_and_for_all_its_problems():
    school = "자율학교의 교원과 학생은 자율학교 근무 또는 수학(受學)으로 인하여 불이익을 받아서는 아니 된다."
    assert not _judge("Nothing in the Act stops teachers or students at an autonomous school from being disadvantaged "
                      "because they work or study there.", school).supported
    assert _judge("Teachers and students at an autonomous school must not be disadvantaged because they work or study "
                  "there.", school).supported
    posts = ("이 법에 따라 신분에 변동이 발생하는 공무원에게는 그 공무원의 경력 또는 담당업무, 종전의 직위 등을 고려하여 그에 "
             "상응하는 직에 임용하여야 한다.")
    assert not _judge("이 법 때문에 신분이 바뀌는 공무원이라도 종전 직위에 상응하는 직에 임용해야 할 의무는 없다.", posts).supported
    probation = ("제1항에 따라 수습으로 근무하고 있는 사람을 7급 이하의 공무원으로 임용할 때에는 「지방공무원법」 제28조제1항에도 "
                 "불구하고 시보 임용을 면제한다.")
    assert _judge("A trainee who is then appointed at grade 7 or below skips the probationary appointment that the Local "
                  "Public Officials Act would otherwise require.", probation).supported
    fees = "제1항에 따라 다른 법률에 따른 인ㆍ허가등을 받은 것으로 보는 경우에는 관계 법률에 따라 부과되는 면허세 또는 수수료를 면제한다."
    assert _judge("다른 법률의 인허가를 받은 것으로 보는 경우에는 관계 법률에 따른 면허세나 수수료가 면제된다.", fees).supported
    assert not _judge("다른 법률의 인허가를 받은 것으로 보는 경우에도 관계 법률에 따른 수수료는 내야 한다.", fees).supported
    trend = "Despite many problems, the autonomous police system has become an irreversible trend of the times."
    assert _judge("For all its problems, the autonomous police system has become an irreversible trend.", trend).supported


def test_views_gathered_and_models_put_in_place():
    plan = ("지방시대위원회는 관계 중앙행정기관의 장과 협의하고 지방자치단체의 의견을 수렴한 후 5년을 단위로 하는 지방시대 "
            "종합계획을 수립한다.")
    assert _judge("After consulting the relevant ministers and gathering local governments' views, the Local Era Committee "
                  "draws up a comprehensive Local Era plan on a five-year cycle.", plan).supported
    verdict = _judge("After consulting the relevant ministers and gathering the National Assembly's views, the Local Era "
                     "Committee draws up a comprehensive Local Era plan on a five-year cycle.", plan)
    assert not verdict.supported
    assert _judge("The author doubts that the pledge to fully roll out the dual autonomous police system by 2026 can be "
                  "kept, given how long it takes to rework legislation and put new models in place.", PAPER).supported


def test_a_penalty_is_at_most_what_it_names_and_regardless_of_is_not_by():
    penalty = ("다음 각 호의 어느 하나에 해당하는 자는 1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다.\n"
               "  1. 감사위원회의 감사를 받는 자로서 정당한 사유 없이 감사를 거부하거나 자료의 제출요구에 불응한 자")
    assert _judge("감사위원회의 감사 대상자가 정당한 사유 없이 감사를 거부하면 1년 이하의 징역이나 1천만원 이하의 벌금형을 받을 수 "
                  "있다.", penalty).supported
    assert not _judge("감사위원회의 감사 대상자가 정당한 사유 없이 감사를 거부하면 3년 이하의 징역에 처한다.", penalty).supported
    ranks = "경무관 이하 계급으로의 승진은 제1항에 따른 승진후보자 명부의 등재 순위에 따른다."
    assert not _judge("경무관 이하 계급으로의 승진은 승진후보자 명부의 등재 순위와 관계없이 이루어진다.", ranks).supported
    assert _judge("경무관 이하 계급으로 승진할 때에는 승진후보자 명부의 등재 순위를 따른다.", ranks).supported


def test_its_president_no_role_in_and_a_province_acting_through_its_governor():
    library = "도서관장은 경찰대학장이 교수ㆍ부교수ㆍ조교수 또는 5급 공무원 중에서 보한다."
    assert _judge("The library director of the Police University may be appointed by its president from among professors, "
                  "associate or assistant professors, or grade-5 staff.", library).supported
    assert not _judge("The library director of the Police University is appointed by the President of Korea.",
                      library).supported
    research = "경찰대학은 경찰학 이론, 경찰정책 및 과학기술에 관한 연구를 수행한다."
    assert not _judge("The Korean National Police University has no role in research on policing theory, policy or "
                      "science and technology.", research).supported
    farmland = "도지사는 「농지법」에도 불구하고 도지사 소속으로 농지관리위원회를 설치하여야 한다."
    assert _judge("Gangwon must establish its own farmland management committee, notwithstanding the Farmland Act.",
                  farmland).supported
    assert not _judge("The Minister of Agriculture must establish a farmland management committee in Gangwon, "
                      "notwithstanding the Farmland Act.", farmland).supported


# -- session 9: memo endings, duties said another way, bodies, legal fictions in English -----------------

PARTICIPATION = "지방시대위원회는 자치분권 정책에 관하여 일반국민이 참여할 수 있는 환경을 조성하여야 한다."


def test_a_memo_style_ending_is_read_as_the_sentence_it_abbreviates():
    assert _judge("지방시대위원회는 일반국민이 자치분권 정책에 참여할 수 있는 환경을 조성하여야 함", PARTICIPATION).supported
    verdict = _judge("지방시대위원회는 일반국민이 자치분권 정책에 참여할 수 있는 환경을 조성하여야 할 의무가 없음", PARTICIPATION)
    assert not verdict.supported and "need not" in verdict.reason
    # '…해서는 안 됨' is a ban like '…해서는 안 된다'
    ban = "누구든지 허가를 받지 아니한 외국인을 다른 지역으로 이동시킬 목적으로 여권을 제공하여서는 아니 된다."
    assert _judge("허가를 받지 않은 외국인을 다른 지역으로 이동시킬 목적으로 여권을 제공해서는 안 됨", ban).supported
    assert not _judge("허가를 받지 않은 외국인을 다른 지역으로 이동시킬 목적으로 여권을 제공할 수 있음", ban).supported


def test_a_duty_with_the_stem_before_its_ending_is_still_no_duty():
    verdict = _judge("지방시대위원회는 일반국민이 자치분권 정책에 참여할 수 있는 환경을 만들어야 할 의무가 없다.", PARTICIPATION)
    assert not verdict.supported
    assert _judge("지방시대위원회는 일반국민이 자치분권 정책에 참여할 수 있는 환경을 만들어야 한다.", PARTICIPATION).supported


def test_what_is_or_is_not_among_the_banned_acts():
    ban = "누구든지 허가를 받지 아니한 외국인을 다른 지역으로 이동시킬 목적으로 여권을 제공하여서는 아니 된다."
    assert _judge("허가가 없는 외국인을 다른 지역으로 이동시킬 목적으로 여권을 제공하는 행위는 금지 대상이다.", ban).supported
    assert not _judge("허가가 없는 외국인을 다른 지역으로 이동시킬 목적으로 여권을 제공하는 행위는 금지 대상에 포함되지 않는다.",
                      ban).supported
    duties = "국장은 다음 사항을 분장한다.\n  1. 안보수사경찰업무에 관한 기획 및 교육\n  2. 북한이탈주민 신변보호"
    assert _judge("북한이탈주민 신변보호는 국장의 분장사무에 포함된다.", duties).supported
    assert not _judge("북한이탈주민 신변보호는 국장의 분장사무에서 빠져 있다.", duties).supported


def test_a_proviso_said_as_otherwise_and_a_rule_said_as_how_it_is_laid_down():
    precedence = ("이 법에 규정된 세종특별자치시의 조직 운영, 특례 등은 다른 법률의 규정에 우선하여 적용한다. 다만, 다른 법률에 "
                  "세종특별자치시에 관하여 특별한 규정이 있는 경우에는 그러하지 아니하다.")
    assert _judge("세종시의 조직 운영과 특례에 관한 이 법 규정은 다른 법률보다 먼저 적용되지만, 다른 법률에 세종시에 관한 특별규정이 "
                  "있으면 그렇지 않다.", precedence).supported
    notice = "도지사후보자는 「지방공무원법」 제31조 각 호의 어느 하나에 해당하는 사람을 행정시장으로 예고할 수 없다."
    assert _judge("도지사 후보자는 「지방공무원법」 제31조 각 호의 결격사유에 해당하는 사람을 행정시장으로 예고할 수 없도록 되어 있다.",
                  notice).supported
    assert not _judge("도지사 후보자는 「지방공무원법」 제31조 각 호의 결격사유에 해당하는 사람을 행정시장으로 예고할 수 있도록 되어 "
                      "있다.", notice).supported


CANCEL = ("도지사는 사업시행자가 다음 각 호의 어느 하나에 해당하는 경우에는 사업시행자의 지정을 취소할 수 있다. 다만, 제1호에 "
          "해당하는 경우에는 지정을 취소하여야 한다.\n  1. 거짓이나 그 밖의 부정한 방법으로 이 법에 따른 지정을 받은 경우")


def test_discretion_over_whether_to_act_is_no_duty_to_act():
    assert not _judge("거짓이나 부정한 방법으로 지정을 받은 경우에도 도지사가 지정을 취소할지는 도지사의 재량에 맡겨져 있다.",
                      CANCEL).supported
    assert not _judge("Where an operator obtained its designation by fraudulent means, the Governor merely has discretion as "
                      "to whether that designation is to be cancelled.", CANCEL).supported
    assert _judge("Where an operator obtained its designation by fraudulent means, the Governor has to cancel that "
                  "designation.", CANCEL).supported


def test_a_purpose_clause_lends_the_rule_no_may():
    delegation = ("시ㆍ도자치경찰위원회는 자치경찰사무에 대한 지휘ㆍ감독이 실시간으로 이루어질 수 있도록 미리 경찰청장과 협의하여 "
                  "시ㆍ도경찰청장에게 위임되는 지휘ㆍ감독권의 범위 및 위임 절차 등을 시ㆍ도자치경찰위원회의 의결을 거쳐 정해야 한다.")
    claim = ("So that command over autonomous police affairs can happen in real time, the provincial autonomous police "
             "committee {} settle in advance, after consulting the Commissioner General of the Korean National Police "
             "Agency and by its own resolution, the scope and procedure of delegating command to the provincial police "
             "agency chief.")
    assert _judge(claim.format("has to"), delegation).supported
    assert not _judge(claim.format("may choose to"), delegation).supported


def test_a_permission_with_a_phrase_inside_it_is_still_a_permission():
    measures = ("도지사는 사업자가 제1항의 명령에 따르지 아니하면 도조례로 정하는 바에 따라 직접 해당 물품의 수거ㆍ파기 등 필요한 "
                "조치를 할 수 있다.")
    claim = ("Where a business operator fails to comply with the order, the Governor {}, in accordance with provincial "
             "ordinance, to take the necessary measures directly, such as collecting and destroying the goods.")
    assert _judge(claim.format("is allowed"), measures).supported
    assert not _judge(claim.format("is required"), measures).supported


def test_a_superintendent_of_schools_is_no_police_rank_and_an_unknown_commission_is_another_body():
    committee = ("학교운영위원회는 20명 이내의 교원대표, 학부모대표, 지역사회 인사 등으로 구성하고, 학교운영위원회에 관한 사항은 "
                 "도교육감의 승인을 받아 국제학교의 장이 정한다.")
    assert _judge("An international school's steering committee has at most 20 members, and the head of the school sets "
                  "its details with the superintendent's approval.", committee).supported
    recall = ("「소비자기본법」에도 불구하고 도지사는 물품의 결함으로 인하여 소비자의 생명ㆍ신체 및 재산의 안전에 위해를 끼치는 경우에는 "
              "해당 물품의 수거ㆍ파기를 명할 수 있다.")
    assert _judge("The Governor may order defective goods to be recalled or destroyed when they endanger consumers' "
                  "lives, bodies or property.", recall).supported
    verdict = _judge("It is the Fair Trade Commission that may order defective goods to be recalled or destroyed when they "
                     "endanger consumers' lives, bodies or property.", recall)
    assert not verdict.supported and "공정거래위원회" in verdict.reason


def test_a_centre_that_acts_is_a_body_the_source_must_name():
    account = "개발사업특별회계는 도지사가 관리ㆍ운영한다."
    assert _judge("개발사업특별회계의 관리ㆍ운영은 도지사가 맡는다.", account).supported
    assert not _judge("개발사업특별회계의 관리ㆍ운영은 제주국제자유도시개발센터가 맡는다.", account).supported


def test_a_legal_fiction_in_english_against_a_korean_source():
    hospitals = ("외국의료기관은 「국민건강보험법」 제42조제1항에 따른 요양기관과 「의료급여법」 제9조제1항에 따른 의료급여기관으로 "
                 "보지 아니한다.")
    assert _judge("Foreign medical institutions are not treated as care institutions under the National Health Insurance "
                  "Act.", hospitals).supported
    verdict = _judge("Foreign medical institutions are treated as care institutions under the National Health Insurance "
                     "Act.", hospitals)
    assert not verdict.supported and "으로 보지 아니한다" in verdict.reason


def test_each_committee_is_every_committee():
    council = ("시ㆍ도자치경찰위원회 상호 간의 교류와 협력을 증진하고, 공동의 문제를 협의하기 위하여 각 시ㆍ도자치경찰위원회 위원장을 "
               "구성원으로 하여 시ㆍ도자치경찰위원장 협의회를 둔다.")
    assert _judge("A council made up of the chairs of every provincial autonomous police committee is set up to deepen "
                  "exchange and cooperation among the committees.", council).supported
    # ('각 호의 어느 하나', one of the items, says nothing of all of them)
    one_of = "도지사는 다음 각 호의 어느 하나에 해당하는 경우에는 지정을 취소할 수 있다.\n  1. 거짓으로 지정을 받은 경우"
    assert not _judge("도지사는 모든 경우에 지정을 취소할 수 있다.", one_of).supported


def test_a_ban_on_several_acts_joined_by_one_light_verb_bans_each():
    abuse = ("경찰공무원을 지휘ㆍ감독하는 사람은 정당한 사유 없이 그 직무 수행을 거부 또는 유기하거나 경찰공무원을 지정된 근무지에서 "
             "진출ㆍ퇴각 또는 이탈하게 하여서는 아니 된다.")
    assert _judge("경찰공무원을 지휘ㆍ감독하는 사람은 정당한 사유 없이 직무 수행을 거부하거나 부하를 지정 근무지에서 이탈하게 해서는 "
                  "안 된다.", abuse).supported
    assert not _judge("경찰공무원을 지휘ㆍ감독하는 사람은 정당한 사유가 있으면 직무 수행을 거부할 수 있다.", abuse).supported


def test_what_counts_toward_a_period_and_a_duty_that_outlives_the_office():
    probation = ("휴직기간, 직위해제기간 및 징계에 의한 정직처분 또는 감봉처분을 받은 기간은 제1항에 따른 시보임용기간에 산입하지 "
                 "아니한다.")
    assert _judge("Periods of leave of absence or suspension are not counted toward the probationary period.",
                  probation).supported
    assert not _judge("Periods of leave of absence or suspension do count toward the probationary period.",
                      probation).supported
    secrecy = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
    assert _judge("Audit committee members must keep official secrets both while serving and after they leave.",
                  secrecy).supported
    verdict = _judge("Audit committee members must keep official secrets while in office, but that duty lapses once they "
                     "leave the committee.", secrecy)
    assert not verdict.supported and "퇴직 후에도" in verdict.reason


def test_a_cross_reference_is_read_as_what_it_names_and_quoted_as_written():
    sejong = "세종특별자치시의 관할구역에는 「지방자치법」 제2조제1항제2호의 지방자치단체를 두지 아니한다."
    verdict = _judge("No basic-level local governments (cities, counties or autonomous districts) exist within Sejong's "
                     "jurisdiction.", sejong)
    assert verdict.supported and verdict.evidence == sejong
    assert not _judge("Basic-level local governments (cities, counties or autonomous districts) exist within Sejong's "
                      "jurisdiction.", sejong).supported


def test_everyday_korean_for_the_statutes_own_words():
    assert _judge("회계 결산에서 생긴 잉여금은 이듬해 세입으로 넘겨진다.",
                  "회계의 결산상 잉여금은 다음 연도의 세입에 이입(移入)한다.").supported
    assert _judge("소청심사위원회의 결정에 처분을 한 행정청은 구속된다.",
                  "제19조에 따른 심사위원회의 결정은 처분행정청을 기속(羈束)한다.").supported
    assert not _judge("소청심사위원회의 결정에 처분을 한 행정청은 구속되지 않는다.",
                      "제19조에 따른 심사위원회의 결정은 처분행정청을 기속(羈束)한다.").supported


def test_two_numbers_the_source_pairs_crosswise():
    probation = ("5급 공무원(5급에 상당하는 공무원을 포함한다. 이하 같다)을 신규임용하는 경우에는 1년, 6급 이하 공무원(6급 이하에 "
                 "상당하는 공무원을 포함한다. 이하 같다)을 신규임용하는 경우에는 6개월간 시보로 임용한다.")
    assert _judge("6급 이하 공무원을 신규임용하면 6개월 동안 시보로 임용한다.", probation).supported
    verdict = _judge("6급 이하 공무원을 신규임용하면 1년 동안 시보로 임용한다.", probation)
    assert not verdict.supported and "pairs" in verdict.reason


COMMAND = ("시ㆍ도경찰청장은 국가경찰사무에 대해서는 경찰청장의 지휘ㆍ감독을, 자치경찰사무에 대해서는 시ㆍ도자치경찰위원회의 "
           "지휘ㆍ감독을 받아 소관사무를 총괄한다. 다만, 수사에 관한 사무에 대해서는 국가수사본부장의 지휘ㆍ감독을 받는다.")


def test_a_body_the_source_puts_with_another_topic():
    assert _judge("시ㆍ도경찰청장은 자치경찰사무에 관하여 시ㆍ도자치경찰위원회의 지휘ㆍ감독을 받는다.", COMMAND).supported
    verdict = _judge("시ㆍ도경찰청장은 자치경찰사무에 관하여 경찰청장의 지휘ㆍ감독을 받는다.", COMMAND)
    assert not verdict.supported and "국가경찰사무" in verdict.reason


def test_the_office_consulted_is_not_the_one_who_acts():
    request = ("전북자치도의 시장ㆍ군수는 도지사와 협의를 거쳐 해당 시ㆍ군에 대한 특례 부여를 행정안전부장관에게 요청할 수 있다.")
    assert _judge("전북자치도의 시장ㆍ군수는 도지사와 협의한 뒤 해당 시ㆍ군에 대한 특례 부여를 행정안전부장관에게 요청할 수 있다.",
                  request).supported
    verdict = _judge("전북자치도지사는 관할 시ㆍ군에 대한 특례 부여를 행정안전부장관에게 직접 요청할 수 있다.", request)
    assert not verdict.supported and "시장ㆍ군수" in verdict.reason


def test_an_exemption_refused_or_withheld_in_english():
    duty_free = "여행객이 지정면세점에서 물품을 구입하여 다른 지역으로 반출하는 경우에는 관세 및 부가가치세를 면제하거나 환급할 수 있다."
    assert _judge("Travellers who buy goods at a designated duty-free shop and carry them elsewhere may get an exemption "
                  "from, or refund of, customs duties or VAT.", duty_free).supported
    assert not _judge("Travellers who buy goods at a designated duty-free shop and carry them elsewhere get no exemption "
                      "from, or refund of, customs duties or VAT.", duty_free).supported
    probation = "수습으로 근무하고 있는 사람을 7급 이하의 공무원으로 임용할 때에는 시보 임용을 면제한다."
    assert not _judge("Trainees appointed as grade 7 or lower officials are not spared the probationary appointment.",
                      probation).supported


def test_english_idioms_for_not_doing_and_for_discretion():
    notify = "도지사와 제주자치도경찰청장은 경찰인력 및 장비 등의 운영상황과 계획을 서로 통보하여야 한다."
    jeju = "제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법"
    assert _judge("The Jeju governor and the commissioner of the Jeju Provincial Police Agency have to notify each other "
                  "of their plans for police personnel and equipment.", notify, jeju).supported
    assert not _judge("The Jeju governor and the commissioner of the Jeju Provincial Police Agency keep their plans for "
                      "police personnel and equipment to themselves rather than notifying each other.", notify,
                      jeju).supported
    closed = "추천위원회의 회의는 공개하지 않는다."
    assert _judge("Meetings of the recommendation committee are held behind closed doors.", closed).supported
    assert not _judge("Meetings of the recommendation committee are not held behind closed doors.", closed).supported
    care = "의료인과 의료기관은 외국인 응급환자에 대하여 내국인과 같이 최선의 조치를 하여야 한다."
    assert not _judge("Doctors and medical institutions may decide for themselves whether to give foreign emergency "
                      "patients the same best possible care as Korean patients.", care).supported


def test_all_of_the_items_just_listed_is_no_universal_claim():
    pledge = ("Given that time is needed to overhaul legislation, implement new models, and improve complementary points, it "
              "is not easy to keep its pledge to fully implement the dual autonomous police system by 2026.")
    assert _judge("The author doubts that the pledge to fully implement the dual autonomous police model by 2026 can easily "
                  "be honoured, since overhauling legislation, introducing new models and fixing shortcomings all take "
                  "time.", pledge).supported
    assert not _judge("All pledges are easy to keep by 2026.", pledge).supported


def test_a_disqualification_and_a_former_member():
    barred = "다음 각 호의 어느 하나에 해당하는 사람은 경찰공무원으로 임용될 수 없다.\n  2. 「국적법」 제11조의2제1항에 따른 복수국적자"
    assert _judge("「국적법」 제11조의2제1항에 따른 복수국적자는 경찰공무원 임용 결격에 해당함.", barred).supported
    assert not _judge("「국적법」 제11조의2제1항에 따른 복수국적자는 경찰공무원으로 임용될 수 있다.", barred).supported
    secrecy = "추천위원 또는 추천위원이었던 사람은 직무상 알게 된 비밀을 누설해서는 안 된다."
    assert _judge("Current and former recommendation committee members must not divulge secrets learned in office.",
                  secrecy).supported
    assert not _judge("The ban on divulging secrets learned in office binds sitting recommendation committee members but "
                      "does not extend to former members.", secrecy).supported


def test_a_ban_named_as_a_measure_a_deeming_said_as_간주_and_an_office_of_an_organ():
    quarantine = ("도지사는 청정지역 유지를 위하여 필요하면 제주자치도 내외로 반출ㆍ반입되는 수산물 등에 대하여 검사, 격리, 억류, "
                  "반출ㆍ반입 금지 등 필요한 조치를 할 수 있다.")
    assert _judge("도지사는 청정지역을 지키기 위해 필요하면 도 안팎으로 오가는 수산물에 검사·격리나 반출입 금지 같은 조치를 할 수 "
                  "있다.", quarantine).supported
    assert not _judge("도지사는 청정지역을 지키기 위해 필요하더라도 도 안팎으로 오가는 수산물에 반출입 금지 같은 조치를 할 수 없다.",
                      quarantine).supported
    deemed = "개발사업의 시행승인을 받은 경우에는 「골재채취법」 제22조에 따른 골재채취의 허가를 받은 것으로 본다."
    assert _judge("개발사업 시행승인을 받은 사업시행자는 골재채취 허가도 따로 받지 않고 받은 것으로 간주된다.", deemed).supported
    assert not _judge("개발사업 시행승인을 받은 사업시행자라도 골재채취 허가를 받은 것으로 간주되지 않는다.", deemed).supported
    levies = ("이 법에 따라 중앙행정기관의 장의 과태료 등의 부과ㆍ징수 권한이 도지사의 권한으로 된 경우에 그 과태료 등이 체납된 "
              "때에는 「지방행정제재ㆍ부과금의 징수 등에 관한 법률」에 따라 징수한다.")
    assert _judge("중앙행정기관장의 과태료 부과ㆍ징수 권한이 도지사의 권한으로 된 뒤 체납되면 「지방행정제재ㆍ부과금의 징수 등에 관한 "
                  "법률」에 따라 징수한다.", levies).supported


def test_what_a_decree_leaves_out_said_with_a_long_modifier():
    rest = "이 영에서 규정한 사항 외에 시ㆍ도자치경찰위원회의 운영 등에 필요한 사항은 시ㆍ도 조례로 정한다."
    assert _judge("이 영에 규정되지 않은 시·도자치경찰위원회의 운영 등에 관한 사항은 시·도 조례로 정한다.", rest).supported
    assert not _judge("이 영에서 규정한 시·도자치경찰위원회의 운영에 관한 사항은 시·도 조례로 정하지 않는다.", rest).supported


def test_a_rule_read_with_the_sentences_that_point_back_to_it():
    industries = ("시ㆍ도지사는 관계 중앙행정기관의 장과 협의하여 해당 시ㆍ도의 지역특화산업을 선정할 수 있다. 이 경우 다음 각 호의 사항을 "
                  "종합적으로 고려하여야 한다.\n  1. 국가의 성장잠재력과 경제성장에 대한 기여도\n  2. 지역일자리 창출 및 경쟁력 강화에 미치는 "
                  "영향\n  3. 지역의 성장역량을 강화시킬 수 있는 가능성")
    assert _judge("When picking a province's regional specialized industries, the mayor or governor has to weigh their "
                  "contribution to national growth, their effect on local jobs and competitiveness, and the region's "
                  "growth potential.", industries).supported
    assert not _judge("When picking a province's regional specialized industries, the Minister of the Interior and Safety "
                      "has to weigh their contribution to national growth, their effect on local jobs and "
                      "competitiveness, and the region's growth potential.", industries).supported
    plan = ("사업시행자는 산악관광사업 실시계획을 작성하여 도조례로 정하는 바에 따라 도지사의 승인을 받아야 한다. 승인받은 실시계획을 "
            "변경(도조례로 정하는 경미한 사항의 변경은 제외한다)하려는 경우에도 또한 같다.")
    assert _judge("산악관광사업 실시계획은 사업시행자가 작성해 도지사의 승인을 받아야 하며, 경미하지 않은 사항을 바꿀 때에도 같다.",
                  plan).supported
    assert not _judge("산악관광사업 실시계획은 사업시행자가 작성해 도지사의 승인 없이 시행할 수 있다.", plan).supported


def test_more_ways_to_say_no_duty_and_discretion_in_korean():
    secrecy = "공무원은 직무상 알게 된 비밀을 엄수하여야 한다."
    assert not _judge("공무원에게는 직무상 알게 된 비밀을 지켜야 할 의무가 없다.", secrecy).supported
    account = "국가는 지역균형발전특별회계에 별도 계정을 설치하여 세종특별자치시를 지원한다."
    assert not _judge("국가는 지역균형발전특별회계에 세종시 지원을 위한 별도 계정을 둘지 재량으로 정할 수 있다.", account).supported
    interference = "누구든지 시험 또는 임용에 관하여 고의로 방해하거나 부당한 영향을 미치는 행위를 하여서는 아니 된다."
    assert _judge("누구든 시험이나 임용을 고의로 방해하거나 부당하게 영향을 미쳐서는 안 된다.", interference).supported
    assert not _judge("누구든 시험이나 임용에 부당하게 영향을 미칠 수 있다.", interference).supported


def test_an_office_named_first_as_the_topic_is_no_swap():
    chair = ("위원은 시조례로 정하는 자격을 갖춘 사람 중에서 시장이 임명 또는 위촉한다. 다만, 감사위원장은 시의회의 동의를 받아 시장이 "
             "임명한다.")
    assert _judge("감사위원장은 시장이 시의회의 동의를 얻어 임명한다.", chair).supported
    assert not _judge("감사위원장은 시의회 의장이 시장의 동의를 얻어 임명한다.", chair).supported


def test_an_english_rule_with_its_own_time_clause_after_and():
    support = ("① 개발센터는 개발센터시행계획에 포함된 개발사업에 대한 투자를 촉진하기 위하여 필요하면 투자자에 대한 재정적 지원 등을 할 수 "
               "있다.\n② 개발센터는 제1항에 따른 지원규모ㆍ지원방법 등을 정할 때에는 국민경제와 지역경제에 대한 기여도 등을 고려하여야 한다.")
    claim = ("To encourage investment in the projects of its implementation plan, the Development Center is allowed to give "
             "investors financial support, and when it decides how much support to give it {} weigh the contribution to "
             "the national and regional economy.")
    assert _judge(claim.format("has to"), support).supported
    assert not _judge(claim.format("does not have to"), support).supported


def test_an_act_not_done_named_by_a_compound_noun():
    proactive = ("공무원이 적극행정을 추진한 결과에 대하여 해당 공무원의 행위에 고의 또는 중대한 과실이 없다고 인정되는 경우에는 "
                 "대통령령으로 정하는 바에 따라 징계의결등을 하지 아니한다.")
    claim = ("Where an official pursued proactive administration and is found to have acted without intent or gross "
             "negligence, {} disciplinary resolution is to be taken against them for the outcome.")
    assert _judge(claim.format("no"), proactive).supported
    assert not _judge(claim.format("a"), proactive).supported
    assert _judge("적극행정을 추진한 공무원에게 고의나 중대한 과실이 없다고 인정되면 징계의결을 하지 않는다.", proactive).supported
    assert not _judge("적극행정을 추진한 공무원에게 고의나 중대한 과실이 없다고 인정되더라도 징계의결을 하여야 한다.",
                      proactive).supported


def test_the_laws_own_name_a_description_of_whom_and_a_korean_lifted_ban():
    transfer = "\"전보(轉補)\"란 같은 직급 내에서의 보직변경을 말한다."
    title = "제5조(정의)\n지방공무원법"
    assert _judge("「지방공무원법」에서 \"전보\"는 같은 직급 안에서 보직을 바꾸는 것을 뜻한다.", transfer, title).supported
    assert not _judge("「국가공무원법」에서 \"전보\"는 같은 직급 안에서 보직을 바꾸는 것을 뜻한다.", transfer, title).supported
    tenure = ("인사위원회의 위원장, 부위원장 및 위원은 장기의 심신쇠약으로 직무를 수행할 수 없게 된 경우 외에는 본인의 의사에 반하여 "
              "그 직에서 면직되지 아니한다.")
    assert _judge("공무원이 아닌 인사위원회 위원은 오랜 심신쇠약으로 일할 수 없게 된 경우가 아니면 본인 뜻에 반해 면직되지 않는다.",
                  tenure, "제9조의2(인사위원회 위원의 신분보장)\n지방공무원법").supported
    chair = "자치경찰인사위원회 위원장은 제3항에 따른 위촉위원 중에서 호선한다."
    assert not _judge("자치경찰인사위원회 위원장은 위촉위원이 아닌 위원 가운데서 호선한다.", chair).supported
    shielded = "자율학교의 교원과 학생은 자율학교 근무 또는 수학(受學)으로 인하여 불이익을 받아서는 아니 된다."
    assert _judge("자율학교 교원과 학생은 그 학교에서 일하거나 공부한다는 이유로 불이익을 받아서는 안 된다.", shielded).supported
    assert not _judge("자율학교 교원이나 학생이 그 때문에 불이익을 받더라도 이 법은 이를 막지 않는다.", shielded).supported


def _close(_claim: str, passages: list[str]) -> list[float]:
    """A stand-in for the multilingual embedding: every passage reads as close (0.93)."""
    return [0.93] * len(passages)


# local-public-officials-act 제30조제1항, npa-organization-decree 제60조제1항, police-officials-act 제24조제2항
VACANCY = "결원을 보충할 때에는 공개경쟁임용시험 합격자와 공개경쟁승진시험 합격자를 우선하여 임용하여야 한다."
INVESTIGATION = "수사부에 부장 1명을 두며, 부장은 경무관으로 보한다."
NEGLECT = "경찰공무원은 직무를 게을리하거나 유기(遺棄)해서는 아니 된다."


def test_a_rule_said_with_other_verbs_passes_when_its_force_is_the_sources():
    for claim, source in [
        ("빈자리를 채울 때는 공개경쟁임용시험이나 공개경쟁승진시험에 붙은 사람을 먼저 써야 한다.", VACANCY),
        ("수사부에는 부장 한 명을 두는데, 이 자리는 경무관 계급이 맡는다.", INVESTIGATION),
    ]:
        verdict = judge_support(claim, source, similarity=_close)
        assert verdict.supported, (claim, verdict.reason)


@pytest.mark.parametrize("claim, source", [
    # a duty said as no duty, and as a permission, with the verb still another one
    ("빈자리를 채울 때 공개경쟁임용시험이나 공개경쟁승진시험에 붙은 사람을 먼저 쓰지 않아도 된다.", VACANCY),
    ("빈자리를 채울 때는 공개경쟁임용시험이나 공개경쟁승진시험에 붙은 사람을 먼저 쓸 수 있다.", VACANCY),
    # another office heads it
    ("수사부에는 차장 한 명을 두는데, 이 자리는 경무관 계급이 맡는다.", INVESTIGATION),
    # the ban itself denied
    ("경찰공무원이 직무를 게을리하거나 유기하는 행위를 금지하는 명문 규정은 없음.", NEGLECT),
    ("경찰공무원은 직무를 게을리하더라도 아무런 제한을 받지 않는다.", NEGLECT),
])
def test_a_rule_said_with_other_verbs_is_rejected_when_its_force_or_body_differs(claim, source):
    assert not judge_support(claim, source, similarity=_close).supported, claim


# autonomous-police-committee-decree 제16조제1항; jeju-special-act 제199조제2항; decentralization-act 제68조제1항
NON_OFFICIAL = ("시ㆍ도자치경찰위원회에 출석한 공무원이 아닌 위원에게는 법 제26조제3항에 따라 예산의 범위에서 상임위원에 준하여 "
                "수당과 여비, 그 밖에 필요한 경비를 지급할 수 있다.")
SMUGGLE = ("누구든지 제198조제1항에 따른 체류지역 확대 허가를 받지 아니한 외국인을 대한민국의 다른 지역으로 이동시킬 목적으로 "
           "선박ㆍ항공기 또는 그 밖의 교통수단(이하 \"선박등\"이라 한다)이나 여권을 제공하여서는 아니 된다.")
PLANNING = "지방시대위원회의 사무를 효율적으로 처리하기 위하여 지방시대위원회 소속으로 지방시대기획단을 둔다."


@pytest.mark.parametrize("claim, source", [
    ("Members of a provincial autonomous police committee who are not public officials receive no allowances or "
     "travel expenses for attending meetings.", NON_OFFICIAL),
    ("Jeju Act: supplying a boat or a passport to move a foreigner without a stay-area extension permit to the rest "
     "of Korea is not banned.", SMUGGLE),
    ("Under the Act, no dedicated planning office is established under the Local Era Committee for the efficient "
     "handling of its affairs.", PLANNING),
])
def test_a_claim_whose_verb_the_source_lacks_must_agree_with_its_force(claim, source):
    verdict = judge_support(claim, source)
    assert not verdict.supported, verdict.reason


def test_the_same_claims_in_their_sources_force_still_pass():
    for claim, source in [
        ("Members of a provincial autonomous police committee who are not public officials may be paid allowances "
         "and travel expenses for attending, within the budget.", NON_OFFICIAL),
        ("A Local Era Planning Office is set up under the Local Era Committee to handle its affairs efficiently.",
         PLANNING),
    ]:
        verdict = judge_support(claim, source)
        assert verdict.supported, (claim, verdict.reason)


# police-act 제22조제2항; jeju-special-act 제397조제1항
STAND_IN = ("시ㆍ도자치경찰위원회 위원장이 부득이한 사유로 직무를 수행할 수 없을 때에는 상임위원, 시ㆍ도자치경찰위원회 위원 중 "
            "연장자순으로 그 직무를 대행한다.")
LABOR_ATTORNEY = "「공인노무사법」 제20조제5항에도 불구하고 고용노동부장관 외에 도지사도 징계의결 요구를 할 수 있다."


def _fairly_close(_claim: str, passages: list[str]) -> list[float]:
    """What the multilingual embedding gives an English sentence against its Korean source (about 0.82)."""
    return [0.82] * len(passages)


def test_an_english_claim_on_a_korean_passage_needs_less_embedding_similarity():
    claim = ("When the chair of a metropolitan or provincial autonomous police committee is unavoidably unable to act, "
             "the standing commissioner fills in first, and after that the other members in order of seniority by age.")
    heading = "제22조(시ㆍ도자치경찰위원회 위원장의 직무)"
    assert judge_support(claim, STAND_IN, context=heading, similarity=_fairly_close).supported
    korean = "시ㆍ도자치경찰위원장이 일을 못 하게 되면 상임위원이 먼저 맡고, 그다음은 나이 많은 위원 순서로 맡는다."
    # the same language needs 0.86
    assert not judge_support(korean, STAND_IN, context=heading, similarity=_fairly_close).supported


def test_the_embedding_never_decides_for_an_office_the_passage_does_not_name():
    claim = ("Besides the Minister of Employment and Labor, the mayor of a Jeju administrative city may also ask for "
             "disciplinary action against a certified labor attorney.")
    heading = "제397조(공인노무사에 관한 특례)"
    verdict = judge_support(claim, LABOR_ATTORNEY, context=heading, similarity=_close)
    assert not verdict.supported, verdict.reason
    governor = ("Besides the Minister of Employment and Labor, the Jeju governor may also ask for disciplinary action "
                "against a certified labor attorney.")
    assert judge_support(governor, LABOR_ATTORNEY, context=heading, similarity=_close).supported


# autonomous-police-committee-decree 제14조제2항; jeonbuk-special-act 제54조제1항 (lead, 다만 and two of its 호);
# local-public-officials-act 제29조의4제3항
ALLOWANCE = ("시ㆍ도자치경찰위원회에 출석한 관계 공무원 또는 관계 전문가에 대하여는 예산의 범위에서 수당과 여비를 지급할 수 있다. "
             "다만, 공무원이 소관 업무와 직접적으로 관련되어 출석하는 경우에는 지급하지 않는다.")
REVOKE = ("도지사는 사업시행자가 다음 각 호의 어느 하나에 해당하는 경우에는 사업시행자의 지정을 취소할 수 있다. "
          "다만, 제1호에 해당하는 경우에는 지정을 취소하여야 한다.\n"
          "  1. 거짓이나 그 밖의 부정한 방법으로 이 법에 따른 지정 또는 승인을 받은 경우\n"
          "  2. 제55조제1항에 따른 실시계획의 승인을 받은 후 1년 이내에 공사 또는 사업에 착수하지 아니한 경우")
OPEN_POSTS = ("임용권자는 개방형직위를 지정ㆍ변경하거나 직위별 직무수행 요건을 설정ㆍ변경하려면 미리 해당 인사위원회의 "
              "심의ㆍ의결을 거쳐야 한다.")


@pytest.mark.parametrize("claim, source", [
    # what only the 다만 sentence names, said with the rule's force
    ("Even officials who attend a provincial autonomous police committee meeting on matters directly tied to their "
     "own work still get paid the allowance and travel expenses.", ALLOWANCE),
    ("공무원이 소관 업무와 직접 관련되어 출석한 경우에도 예산의 범위에서 수당과 여비를 지급할 수 있다.", ALLOWANCE),
    ("사업시행자가 거짓이나 부정한 방법으로 지정받았더라도 지정을 취소할지는 도지사 재량에 맡겨져 있다.", REVOKE),
    # 'no … is needed': need not
    ("When designating or changing open positions, no prior deliberation or resolution by the personnel committee "
     "is needed.", OPEN_POSTS),
])
def test_the_exception_and_a_needless_step_rule_out_the_claim(claim, source):
    verdict = judge_support(claim, source)
    assert not verdict.supported, verdict.reason


def test_the_rule_itself_and_the_cases_the_exception_does_not_name_still_pass():
    for claim, source in [
        ("Officials and experts who attend a provincial autonomous police committee meeting may be paid allowances "
         "and travel expenses within the budget.", ALLOWANCE),
        ("사업시행자가 실시계획 승인을 받은 후 1년 안에 공사에 착수하지 않으면 도지사는 지정을 취소할 수 있다.", REVOKE),
        ("Before designating or changing open positions, the appointing authority must first have the personnel "
         "committee deliberate and resolve on them.", OPEN_POSTS),
    ]:
        verdict = judge_support(claim, source)
        assert verdict.supported, (claim, verdict.reason)


# local-public-officials-act 제10조의2제1항 (its lead and first 호)
RECUSAL = ("인사위원회의 위원은 다음 각 호의 어느 하나에 해당하는 경우에는 제8조제1항제3호ㆍ제4호 및 제62조의 "
           "심의ㆍ의결에서 제척(除斥)된다.\n  1. 위원 본인 또는 그 배우자나 배우자였던 사람이 해당 심의ㆍ의결의 대상자인 경우")


def test_an_english_claim_that_the_act_still_happens_where_the_source_excludes_it():
    still = ("A personnel committee member whose spouse is the subject of a promotion review still takes part in "
             "deliberating on it.")
    verdict = judge_support(still, RECUSAL)
    assert not verdict.supported and "still happens" in verdict.reason, verdict.reason
    excluded = ("A personnel committee member whose spouse is the subject of a deliberation is excluded from "
                "deliberating on it.")
    assert judge_support(excluded, RECUSAL).supported


# gangwon-special-act 제45조제3항
AUTONOMOUS_SCHOOL = "자율학교의 교원과 학생은 자율학교 근무 또는 수학(受學)으로 인하여 불이익을 받아서는 아니 된다."


def test_a_protection_denied_is_no_restatement_of_the_ban_it_gives():
    denied = ("Teachers and students at autonomous schools get no protection from disadvantages they may face "
              "because they work or study there.")
    verdict = judge_support(denied, AUTONOMOUS_SCHOOL)
    assert not verdict.supported and "protection" in verdict.reason, verdict.reason
    for kept in ("Teachers and students at autonomous schools are protected from any disadvantage because they "
                 "work or study there.",
                 "Teachers and students at autonomous schools must not be disadvantaged because they work or "
                 "study there."):
        assert judge_support(kept, AUTONOMOUS_SCHOOL).supported, kept


# jeonbuk-special-act 제6조제1항
JEONBUK_PRECEDENCE = ("이 법은 전북자치도의 조직ㆍ운영, 중앙행정기관의 권한 이양 및 규제완화 등에 관하여 다른 법률에 우선하여 "
              "적용한다. 다만, 다른 법률에 전북자치도에 관하여 특별한 규정이 있는 경우에는 그 법률에서 정하는 바에 따른다.")


@pytest.mark.parametrize("claim, supported", [
    ("전북자치도의 조직·운영이나 중앙행정기관 권한 이양에 관해서는 다른 법률이 이 법보다 먼저 적용된다.", False),
    ("On Jeonbuk's organisation and transferred powers, other laws take precedence over the special act.", False),
    ("전북자치도의 조직ㆍ운영과 권한 이양에 관해서는 이 법이 다른 법률보다 우선 적용된다.", True),
    ("The special act prevails over other laws on Jeonbuk's organisation and operation, unless another law has a "
     "special provision on Jeonbuk.", True),
])
def test_which_law_prevails_is_read_both_ways(claim, supported):
    assert judge_support(claim, JEONBUK_PRECEDENCE).supported is supported, claim


# npa-organization-decree 제33조의2제2항 (its lead and the 호 at issue)
ACADEMY_DUTIES = ("부장은 다음 사항을 분장한다.\n  5. 교육생의 생활지도ㆍ상훈 및 징계에 관한 사항\n"
                  "  6. 경사 이하 경찰공무원 신규채용시험의 공고, 시험출제 및 실기시험에 관한 사항")


def test_an_item_said_to_be_left_out_of_a_list_that_has_it():
    verdict = judge_support("교수부장의 분장사무에 경사 이하 신규채용시험의 공고나 출제는 빠져 있다.", ACADEMY_DUTIES)
    assert not verdict.supported, verdict.reason
    assert judge_support("교수부장은 경사 이하 신규채용시험의 공고와 시험출제를 분장한다.", ACADEMY_DUTIES).supported


# jeju-special-act 제355조제1항 (its lead)
CONSERVATION = ("도지사는 도의회의 동의를 받아 다음 각 호의 어느 하나에 해당하는 지역을 자연환경의 고유한 특성을 보호하기 위한 "
                "지역(이하 \"절대보전지역\"이라 한다)으로 지정할 수 있다. 이를 변경할 때에도 도의회의 동의를 받아야 한다.")


def test_a_claim_that_skips_the_step_the_source_requires():
    skipped = ("The Governor of Jeju can designate absolute conservation areas without first securing the provincial "
               "council's consent.")
    verdict = judge_support(skipped, CONSERVATION)
    assert not verdict.supported and "consent" in verdict.reason, verdict.reason
    kept = "The Governor of Jeju can designate absolute conservation areas with the provincial council's consent."
    assert judge_support(kept, CONSERVATION).supported


def test_a_step_skipped_in_other_words():
    for skipped in ("도지사는 도의회 동의 절차를 생략하고 절대보전지역을 지정할 수 있다.",
                    "The governor may bypass the provincial council's consent when designating absolute conservation "
                    "areas."):
        assert not judge_support(skipped, CONSERVATION).supported, skipped
    assert judge_support("도지사는 도의회 동의를 거쳐 절대보전지역을 지정할 수 있다.", CONSERVATION).supported


def test_all_after_a_list_of_bodies_gathers_them():
    listed = analyze("The Korean National Police University, the Police Human Resources Development Institute, the "
                     "Central Police Academy and the Police Investigation Academy all sit under the Commissioner "
                     "General.")
    assert "all" not in listed.strong
    assert "all" in analyze("The committee hears all appeals and decides them.").strong
    long_list = analyze("Police university graduates made inspectors after their training, former officers re-hired at the "
                        "rank they left, and Jeju autonomous officers moving across at an equivalent rank all skip the "
                        "probationary period.")
    assert "all" not in long_list.strong
    assert "all" in analyze("Officers moving across at an equivalent rank skip all probationary periods.").strong


def test_once_as_a_conjunction_counts_nothing():
    assert 1 not in analyze("A suit may be brought only once the appeals commission has decided.").numbers
    assert "1" not in analyze("A suit may be brought only once the appeals commission has decided.").numbers
    assert analyze("A member may be reappointed only once.").numbers


# jeonbuk-special-act 제100조 (its first sentence); sejong-special-act 제20조제1항 (its opening)
JEONBUK_PROMOTION = ("「지방공무원법」 제39조의3제2항에도 불구하고 우수 공무원의 특별승진(3급에서 2급으로의 승진은 제외한다) 요건 등에 "
                     "관한 사항은 행정안전부장관과 협의하여 도조례로 정할 수 있다.")
SEJONG_RESIDENTS = ("18세 이상의 주민(「공직선거법」 제18조에 따라 선거권이 없는 자는 제외한다)으로서 18세 이상 주민 총수의 "
             "100분의 1 이상 20분의 1 이하의 범위에서 시조례로 정하는 주민 수 이상의 연서로 시의회에 조례의 제정ㆍ개정ㆍ폐지를 "
             "청구할 수 있다.")


@pytest.mark.parametrize("claim, supported", [
    ("The special-promotion requirements set by provincial ordinance also cover promotion from grade 3 to grade 2.",
     False),
    ("전북에서는 3급에서 2급으로 올라가는 특별승진 요건도 도조례로 따로 정할 수 있다.", False),
    ("Requirements for special promotion of outstanding officials, except promotion from grade 3 to grade 2, may be "
     "set by provincial ordinance after consulting the Minister of the Interior and Safety.", True),
    ("우수 공무원의 특별승진 요건은 행정안전부장관과 협의하여 도조례로 정할 수 있다.", True),
])
def test_what_a_parenthesis_excludes_is_not_included(claim, supported):
    assert judge_support(claim, JEONBUK_PROMOTION).supported is supported, claim


def test_a_claim_naming_the_complement_of_an_excluded_group_keeps_the_rule():
    claim = ("선거권 있는 18세 이상 주민은 18세 이상 주민 총수의 100분의 1 이상 20분의 1 이하 범위에서 시조례가 정한 인원 이상 "
             "연서하면 시의회에 조례의 제정ㆍ개정ㆍ폐지를 청구할 수 있다.")
    assert judge_support(claim, SEJONG_RESIDENTS).supported


# jeonbuk-special-act 제16조제2항; 제63조제2항; jeju-special-act 제99조
PLAN_CHANGE = ("도지사는 종합계획을 변경하거나 폐지하는 경우에는 도의회의 동의를 받아야 한다. 다만, 대통령령으로 정하는 경미한 "
               "사항은 제17조제1항에 따른 종합계획심의회의 심의를 거쳐 변경할 수 있다.")
ZONE_SUNSET = "제1항의 특례는 같은 항 각 호의 어느 하나에 해당하는 지구ㆍ단지ㆍ특구가 지정된 날부터 3년이 되는 날까지 효력을 지닌다."
UNIFORMS = "제99조(복제) 자치경찰공무원은 도조례로 정하는 바에 따라 제복을 착용하되, 경찰공무원의 제복과 구별될 수 있도록 하여야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("Any change to Jeonbuk's comprehensive plan, however minor, needs the provincial council's consent.",
     PLAN_CHANGE, False),
    ("종합계획은 예외 없이 도의회 동의를 받아야 바꿀 수 있다.", PLAN_CHANGE, False),
    ("Changes to Jeonbuk's comprehensive plan need the provincial council's consent, except minor ones.",
     PLAN_CHANGE, True),
    ("도지사가 종합계획을 바꾸려면 도의회 동의를 받아야 한다.", PLAN_CHANGE, True),
    ("The immigration special rules for these zones carry no sunset date and apply indefinitely once a zone is "
     "designated.", ZONE_SUNSET, False),
    ("The special rules stay in force for three years from the day the zone is designated.", ZONE_SUNSET, True),
    ("Jeju's autonomous police officers wear the same uniforms as national police officers, with nothing to tell "
     "them apart.", UNIFORMS, False),
    ("자치경찰공무원 제복은 경찰공무원 제복과 똑같이 만든다.", UNIFORMS, False),
    ("Jeju autonomous police wear uniforms set by provincial ordinance that must be distinguishable from national "
     "police uniforms.", UNIFORMS, True),
])
def test_a_claim_that_drops_the_exception_the_end_or_the_distinction(claim, source, supported):
    assert judge_support(claim, source).supported is supported, judge_support(claim, source).reason


# jeonbuk-special-act 제27조제1항; jeju-special-act 제252조제1항
ANIMAL_DRUGS = "도지사는 동물용의약품 산업의 진흥에 필요한 시책을 마련하여 추진하여야 한다."
WATER_LEISURE = "도지사는 수상레저산업과 수상레저활동의 진흥을 위하여 필요한 시책을 마련하여 시행하여야 한다."


@pytest.mark.parametrize("claim, source", [
    ("동물용의약품 산업 진흥 시책을 마련할지는 도지사 재량에 달려 있다.", ANIMAL_DRUGS),
    ("수상레저산업 진흥 시책은 도지사가 필요하다고 판단할 때 마련하면 되는 사항이다.", WATER_LEISURE),
])
def test_a_duty_said_to_be_left_to_the_office(claim, source):
    verdict = judge_support(claim, source)
    assert not verdict.supported and "modality" in verdict.reason, verdict.reason


def test_a_duty_restated_keeps_its_force():
    assert judge_support("도지사는 동물용의약품 산업 진흥 시책을 마련해 추진해야 한다.", ANIMAL_DRUGS).supported
    assert judge_support("수상레저산업 진흥 시책은 도지사가 반드시 마련해 시행해야 한다.", WATER_LEISURE).supported


# autonomous-police-committee-decree 제21조제3항
POLICY_COUNCIL_MEETINGS = ("정책협의체의 회의는 정례회의와 수시회의로 구분하고, 정례회의는 반기별 1회 개최하는 것을 원칙으로 하며, "
                           "수시회의는 의장이 필요하다고 인정하는 경우 개최할 수 있다.")


# autonomous-police-committee-decree 제9조제5항
RECOMMENDATION = ("추천위원회는 심사를 거쳐 법 제20조제2항에 따른 자격을 갖추고 같은 조 제7항 각 호에 따른 결격사유가 없는 "
                  "심사대상자 중 가장 적합하다고 인정하는 사람을 시ㆍ도지사에게 서면으로 추천해야 한다.")


def test_holding_no_meetings_is_a_negation():
    assert english_modality("The council holds no regular meetings.") == "neg"
    assert not judge_support("The council holds no regular meetings.", POLICY_COUNCIL_MEETINGS).supported
    # 'who … have no disqualifying grounds' describes the candidates; the rule itself is a duty
    claim = ("Once vetting is done, the recommendation committee has to put forward in writing to the mayor or governor "
             "the candidate it judges best suited among those who meet the qualifications and have no disqualifying "
             "grounds.")
    assert judge_support(claim, RECOMMENDATION).supported, judge_support(claim, RECOMMENDATION).reason


# gangwon-special-act 제22조제1항; jeju-special-act 제220조제2항
AUDIT_CHAIR = "감사위원장은 도의회의 동의를 받아 도지사가 임명한다."


@pytest.mark.parametrize("claim, supported", [
    ("The chair of Gangwon's audit committee is appointed by the provincial council with the governor's consent.",
     False),
    ("The governor appoints the audit committee chair with the consent of the provincial council.", True),
    ("The audit committee chair is appointed by the governor, subject to the provincial council's approval.", True),
])
def test_whose_consent_the_rule_needs(claim, supported):
    assert judge_support(claim, AUDIT_CHAIR).supported is supported, judge_support(claim, AUDIT_CHAIR).reason


def test_from_all_over_the_country_is_nationwide_not_all():
    assert "all" not in analyze("Jeju's international schools take applicants from all over the country.").strong


# jeju-special-act 제88조제1항
JEJU_CORPS = ("제90조에 따른 자치경찰사무를 처리하기 위하여 「국가경찰과 자치경찰의 조직 및 운영에 관한 법률」 제18조에 따라 "
              "설치되는 제주특별자치도자치경찰위원회(이하 \"자치경찰위원회\"라 한다) 소속으로 자치경찰단을 둔다.")


def test_a_provincial_committee_named_by_its_province():
    claim = ("Jeju's autonomous police corps handles autonomous police affairs and sits under the Jeju provincial "
             "autonomous police committee.")
    assert judge_support(claim, JEJU_CORPS).supported, judge_support(claim, JEJU_CORPS).reason


# autonomous-police-committee-decree 제14조제2항; jeonbuk-special-act 제16조제2항 (PLAN_CHANGE above)
ATTENDANCE_PAY = ("시ㆍ도자치경찰위원회에 출석한 관계 공무원 또는 관계 전문가에 대하여는 예산의 범위에서 수당과 여비를 지급할 수 "
                  "있다. 다만, 공무원이 소관 업무와 직접적으로 관련되어 출석하는 경우에는 지급하지 않는다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("Officials or outside experts who appear before a provincial autonomous police committee can be paid allowances "
     "and travel costs within the budget, although an official attending on a matter directly tied to his or her own "
     "duties gets nothing.", ATTENDANCE_PAY, True),
    ("Officials attending on a matter directly tied to their own duties can be paid allowances and travel costs.",
     ATTENDANCE_PAY, False),
    ("도지사가 종합계획을 바꾸거나 없애려면 도의회 동의가 필요하지만, 대통령령으로 정하는 경미한 사항은 종합계획심의회 심의만 거쳐 "
     "바꿀 수 있다.", PLAN_CHANGE, True),
    ("도의회가 종합계획을 바꾸려면 도지사 동의가 필요하다.", PLAN_CHANGE, False),
])
def test_a_rule_restated_with_its_proviso(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_irregular_past_forms_find_their_verb():
    from drafter.citations.analysis import stem_en
    assert [stem_en(w) for w in ("paid", "held", "chosen", "withdrawn")] == ["pay", "hold", "choose", "withdraw"]
    assert english_modality("An official attending on his own duties gets nothing.") == "neg"


# local-public-officials-act 제56조제1항; police-officials-act 제15조의2 (the article); 제16조제1항제3호 with its lead
SIDE_JOBS = "공무원은 공무 외에 영리를 목적으로 하는 업무에 종사하지 못하며, 소속 기관의 장의 허가 없이 다른 직무를 겸할 수 없다."
FALLEN_CANDIDATE_RULE = ("제18조제1항에 따른 승진후보자 명부에 등재된 사람이 승진임용 전에 전사하거나 순직한 경우에는 그 사망일 전날을 "
                         "승진일로 하여 승진 예정 계급으로 승진한 것으로 본다.")
SERGEANT_SERVICE = "경사를 경위로 근속승진임용하려는 경우: 해당 계급에서 6년 6개월 이상 근속자"


@pytest.mark.parametrize("claim, source, supported", [
    ("소속 기관장의 허가를 받지 않았더라도 지방공무원이 다른 직무를 겸하는 것은 막혀 있지 않다.", SIDE_JOBS, False),
    ("공무원은 소속 기관장의 허가 없이 다른 직무를 겸할 수 없다.", SIDE_JOBS, True),
    ("승진후보자 명부에 올라 있던 사람이 승진임용 전에 순직하면, 승진 예정 계급으로 승진한 것으로 인정받지 못한다.",
     FALLEN_CANDIDATE_RULE, False),
    ("승진후보자 명부에 오른 사람이 승진임용 전에 순직하면 승진 예정 계급으로 승진한 것으로 본다.", FALLEN_CANDIDATE_RULE, True),
    ("경사를 경위로 근속승진시키려면 해당 계급에서 6년 이상 근속했으면 된다.", SERGEANT_SERVICE, False),
    ("A sergeant needs six years of service in rank to be promoted to inspector by length of service.",
     SERGEANT_SERVICE, False),
    ("경사를 경위로 근속승진시키려면 해당 계급에서 6년 6개월 이상 근속해야 한다.", SERGEANT_SERVICE, True),
])
def test_a_ban_lifted_a_fiction_denied_and_months_dropped(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제5조 (its first 항 and the lead of its second); local-public-officials-act 제46조의2 (lead)
SPOKESPERSON = "① 대변인은 치안감 또는 경무관으로 보한다. ② 대변인은 다음 사항에 관하여 경찰청장을 보좌한다."
SPECIAL_SERVICE_RETIREMENT = ("별정직공무원(비서관ㆍ비서는 제외한다)이 다음 각 호의 어느 하나에 해당하는 경우로서 직위가 없어지거나 과원이 "
                              "되어 스스로 퇴직하는 경우에는 대통령령으로 정하는 바에 따라 예산의 범위에서 수당을 지급할 수 있다.")
# local-public-officials-act 제35조제1항 (shortened); sejong-special-act 제27조; jeonbuk-special-act 제16조제1항
EXAM_NOTICE = ("공개경쟁신규임용시험을 실시할 때에는 응시자격, 선발예정 인원, 시험의 방법ㆍ시기ㆍ장소 등에 관하여 필요한 사항을 "
               "공고하여야 한다. 다만, 다수인을 대상으로 하지 아니한 시험의 경우에는 공고하지 아니할 수 있다.")
SEJONG_SECRECY = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
JEONBUK_PLAN = "도지사는 종합계획을 수립할 때에는 도의회의 동의를 받아야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("대변인은 치안감이나 경무관이 맡으며 경찰청장을 보좌한다.", SPOKESPERSON, True),
    ("대변인은 총경이 맡으며 경찰청장을 보좌한다.", SPOKESPERSON, False),
    ("비서관·비서가 아닌 별정직공무원이 직위가 없어져 스스로 그만두면 예산 범위에서 수당을 받을 수 있다.",
     SPECIAL_SERVICE_RETIREMENT, True),
    ("공개경쟁신규임용시험을 치를 때에는 응시자격, 선발인원, 시험 방법과 일정 등을 공고해야 하나, 다수인을 대상으로 하지 않는 시험은 "
     "공고를 생략할 수 있다.", EXAM_NOTICE, True),
    ("공개경쟁신규임용시험은 공고를 생략할 수 있다.", EXAM_NOTICE, False),
    ("Audit committee members are bound to keep official secrets, not only while serving but also after they leave.",
     SEJONG_SECRECY, True),
    ("Audit committee members must keep official secrets only while serving.", SEJONG_SECRECY, False),
    ("The Jeonbuk governor needs the provincial council's consent to adopt the comprehensive plan.", JEONBUK_PLAN,
     True),
    ("The provincial council needs the governor's consent to adopt the comprehensive plan.", JEONBUK_PLAN, False),
])
def test_the_whole_citation_its_exclusions_and_its_provisos(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제26조제2항; 제224조
TRANSFER_REVIEW = ("지원위원회는 제1항에 따라 요청받은 특별지방행정기관의 사무의 이관에 대하여 관계 중앙행정기관의 의견을 듣고 "
                   "지원위원회의 심의를 마친 후 그 내용을 공고하여야 한다.")
SCHOOL_LAWS = ("제224조(다른 법률과의 관계) 이 법에 따라 설립되는 국제학교에 대해서는 이 법에서 따로 정한 경우를 제외하고는 "
               "「유아교육법」, 「초ㆍ중등교육법」 및 「사립학교법」을 적용하지 아니한다.")


def test_a_provincial_council_named_with_its_province_is_a_council():
    from drafter.citations.analysis import find_entities
    assert find_entities("제주특별자치도의회가") == frozenset({"시ㆍ도의회"})
    claim = ("이관 요청을 받은 특별지방행정기관 사무에 대해서는 제주특별자치도의회가 관계 중앙행정기관의 의견을 듣고 심의를 마친 뒤 "
             "그 내용을 공고하여야 한다.")
    assert not judge_support(claim, TRANSFER_REVIEW).supported


@pytest.mark.parametrize("claim, supported", [
    ("International schools set up under the Jeju act are, as a rule, run under the Early Childhood Education Act, "
     "the Elementary and Secondary Education Act and the Private School Act.", False),
    ("Unless the Jeju act itself provides otherwise, the Early Childhood Education Act, the Elementary and Secondary "
     "Education Act and the Private School Act do not apply to international schools set up under it.", True),
])
def test_a_yes_against_a_source_that_only_says_no(claim, supported):
    verdict = judge_support(claim, SCHOOL_LAWS)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제89조제1항 (its end); local-public-officials-act 제80조제2항; jeju-special-act 제156조 (shortened)
CARRY_OVER = ("회계는 세출예산 중 부득이한 사유로 해당 회계연도 내에 지출하지 아니한 것은 다음 연도에 이월(移越)하여 사용할 수 "
              "있다. 다만, 그 회계연도부터 2회계연도를 초과하여 이월할 수 없다.")
NATIONAL_POST = ("제1항에 따라 공무원을 국가공무원으로 임용하려면 「국가공무원법」에 따른 경력경쟁채용시험을 거쳐야 한다. 다만, "
                 "제32조제3항에 따라 신규임용 및 승진시험을 거친 5급 이상 공무원에 대하여는 이를 면제한다.")
CHARGE_RELIEF = ("개발사업의 원활한 시행을 위하여 필요하면 「농지법」 및 「하천법」에서 정하는 바에 따라 농지보전부담금 및 하천점용료 "
                 "등을 감면할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("Appropriations of the special account left unspent for unavoidable reasons can be carried over into later years "
     "with no cap on how many fiscal years they may be rolled forward.", CARRY_OVER, False),
    ("Unspent appropriations may be carried over to the next year, but not beyond two fiscal years.", CARRY_OVER, True),
    ("A local official being appointed to an equivalent national civil service post must pass the career competitive "
     "recruitment examination, whatever their grade.", NATIONAL_POST, False),
    ("For development projects in Jeju, charges such as the farmland conservation charge or river occupancy fees are "
     "off the table for any reduction.", CHARGE_RELIEF, False),
])
def test_no_ceiling_no_exception_and_off_the_table(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제22조제3항 (its end); npa-organization-decree 제62조 (shortened); police-officials-act 제34조
PERMIT_DEADLINE = ("승인ㆍ허가 신청을 받은 기관의 장은 대통령령으로 정하는 기간 내에 이를 처리하여야 하며, 기간 내에 처리하지 아니한 "
                   "경우에는 그 기간이 끝난 날의 다음 날에 승인ㆍ허가를 한 것으로 본다.")
SUBORDINATE_UNITS = ("그 밖의 시ㆍ도경찰청에 두는 보조기관 또는 보좌기관은 경찰청의 소속기관(경찰병원은 제외한다)에 두는 정원의 범위에서 "
                     "행정안전부령으로 정한다.")
DEFENDANT = ("징계처분, 휴직처분, 면직처분, 그 밖에 의사에 반하는 불리한 처분에 대한 행정소송은 경찰청장 또는 해양경찰청장을 피고로 "
             "한다. 다만, 제7조제3항 및 제4항에 따라 임용권을 위임한 경우에는 그 위임을 받은 자를 피고로 한다.")
# jeju-special-act-decree 제80조제1항 (shortened); jeonbuk-special-act 제112조제3항
NATIONAL_ENTERPRISES = "국가공기업의 범위는 제주자치도에 사무소를 둔 「공공기관의 운영에 관한 법률」에 따른 공공기관으로 한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("인허가 신청을 정해진 기간 안에 처리하지 않으면 허가를 하지 않은 것으로 본다.", PERMIT_DEADLINE, False),
    ("인허가 신청을 정해진 기간 안에 처리하지 않으면 기간이 끝난 다음 날 허가를 한 것으로 본다.", PERMIT_DEADLINE, True),
    ("그 밖의 시·도경찰청에 두는 보조기관과 보좌기관은 경찰청 소속기관 정원 범위와 상관없이 행정안전부령으로 정한다.",
     SUBORDINATE_UNITS, False),
    ("그 밖의 시·도경찰청에 두는 보조기관과 보좌기관은 경찰청 소속기관 정원 범위에서 행정안전부령으로 정한다.",
     SUBORDINATE_UNITS, True),
    ("임용권을 위임한 경우에도 불리한 처분에 대한 행정소송의 피고는 위임받은 자가 아니라 경찰청장이다.", DEFENDANT, False),
    ("불리한 처분에 대한 행정소송은 경찰청장 또는 해양경찰청장을 피고로 한다.", DEFENDANT, True),
    ("제주자치도에 사무소를 둔 공공기관은 국가공기업의 범위에서 빠진다.", NATIONAL_ENTERPRISES, False),
    ("12세 미만 어린이는 납부금을 내야 하는 사람에서 빠진다.",
     "납부금을 내야 하는 사람이란 12세 미만인 어린이를 제외한 사람을 말한다.", True),
    ("전북 자율학교의 교원과 학생은 자율학교 근무나 수학을 이유로 한 불이익에 대해 따로 보호받지 못한다.", AUTONOMOUS_SCHOOL, False),
    ("전북 자율학교의 교원과 학생은 자율학교 근무나 수학을 이유로 불이익을 받지 않는다.", AUTONOMOUS_SCHOOL, True),
])
def test_what_is_deemed_kept_within_excepted_left_out_or_protected(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제12조제3항 (CANDIDATE_LIST, above)


@pytest.mark.parametrize("claim, supported", [
    ("채용후보자 명부는 2년 안에서 대통령령으로 정한 기간 동안 효력이 있고, 경찰청장이나 해양경찰청장은 필요하면 이를 1년 범위에서 "
     "늘릴 수 있다.", True),
    ("채용후보자 명부는 2년 안에서 대통령령으로 정한 기간 동안 효력이 있고, 경찰청장이나 해양경찰청장은 필요하면 이를 3년 범위에서 "
     "늘릴 수 있다.", False),
])
def test_a_claim_joining_two_sentences_each_with_its_own_number(claim, supported):
    verdict = judge_support(claim, CANDIDATE_LIST, context="제12조(채용후보자 명부 등)\n경찰공무원법")
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제25조의3 (shortened), police-officials-act 제31조제1항 (shortened)
SHORT_HOURS = ("지방자치단체의 장과 지방의회의 의장은 업무의 특성 또는 기관의 사정 등을 고려하여 소속 공무원을 통상적인 근무시간보다 "
               "짧게 근무하는 공무원으로 임용할 수 있다.")
MUST_NOTIFY = "수사기관이 공무원을 구속하려면 소속 기관의 장에게 미리 통보하여야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    # a staff question turned into a statement keeps its rule in the stem, not in the polite ending
    ("지방자치단체장이나 지방의회 의장은 업무 특성이나 기관 사정을 감안해 소속 공무원을 통상 근무시간보다 짧게 근무하는 공무원으로 "
     "임용할 수 있어요.", SHORT_HOURS, True),
    ("지방자치단체장이나 지방의회 의장은 업무 특성이나 기관 사정을 감안해 소속 공무원을 통상 근무시간보다 짧게 근무하는 공무원으로 "
     "임용해야 해요.", SHORT_HOURS, False),
    ("수사기관이 공무원을 구속하려면 소속 기관의 장에게 미리 통보해야 합니다.", MUST_NOTIFY, True),
    ("수사기관이 공무원을 구속하려면 소속 기관의 장에게 미리 통보하지 않아요.", MUST_NOTIFY, False),
    ("수사기관이 공무원을 구속할 때 소속 기관의 장에게 미리 통보할 의무는 없습니다.", MUST_NOTIFY, False),
])
def test_polite_endings_are_read_as_their_plain_rule(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# gangwon-special-act 제25조제1항, police-officials-act 제31조제1항 (shortened), jeju-special-act 제279조
GRIEVANCE = ("경찰공무원의 인사상담 및 고충을 심사하기 위하여 경찰청, 해양경찰청, 시ㆍ도자치경찰위원회, 시ㆍ도경찰청에 "
             "경찰공무원 고충심사위원회를 둔다.")
FARMLAND = ("「농지법」 제22조제2항에도 불구하고 도조례로 정하는 바에 따라 농지를 분할할 수 있다. 다만, 「농지법」 제28조에 따라 "
            "농업진흥지역으로 지정된 경우에는 그러하지 아니하다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("Barring special circumstances, the audit committee reports the results of an autonomous audit to the governor "
     "within 60 days after it ends, except that results on education and the arts are sent to the provincial "
     "superintendent of education.", AUDIT_REPORT, True),
    ("Barring special circumstances, the audit committee reports the results of an autonomous audit to the governor "
     "within 90 days after it ends, except that results on education and the arts are sent to the provincial "
     "superintendent of education.", AUDIT_REPORT, False),
    ("Grievance review committees are set up at the National Police Agency, the Korea Coast Guard and the provincial "
     "police agencies, and the provincial autonomous police committees have one too.", GRIEVANCE, True),
    ("Grievance review committees are set up at the National Police Agency, the Korea Coast Guard and the provincial "
     "police agencies, but the provincial autonomous police committees have none.", GRIEVANCE, False),
    ("Jeju may let farmland be subdivided under provincial ordinance notwithstanding the Farmland Act, though this "
     "does not apply to land in agricultural promotion zones.", FARMLAND, True),
    # (without the proviso, nothing in the source exempts the zones)
    ("Jeju may let farmland be subdivided under provincial ordinance notwithstanding the Farmland Act, though this "
     "does not apply to land in agricultural promotion zones.", FARMLAND.split(" 다만")[0], False),
])
def test_a_proviso_clause_and_what_a_body_has_none_of(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제352조제1항 (shortened), gangwon-special-act 제63조제1항 (shortened)
EDUCATION_PLAN = "도지사는 주민 스스로 환경보전에 참여할 수 있도록 환경교육계획을 도조례로 정하는 바에 따라 수립ㆍ시행하여야 한다."
PILOT_CITY = ("도지사는 주민자치적인 환경보전 참여를 향상시키기 위하여 도조례로 정하는 바에 따라 환경교육 시범도시를 지정하여 "
              "환경교육계획 수립 및 체험 환경교육 등을 실시할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("도지사는 환경교육계획을 도조례에 따라 수립ㆍ시행할 수 있도록 권한을 부여받고 있다.", EDUCATION_PLAN, False),
    ("도지사는 환경교육계획을 도조례에 따라 수립ㆍ시행할 의무를 진다.", EDUCATION_PLAN, True),
    ("도지사는 도조례에 따라 환경교육 시범도시를 지정해 체험 환경교육 등을 할 수 있도록 권한을 부여받고 있다.", PILOT_CITY, True),
    ("도지사는 도조례에 따라 환경교육 시범도시를 지정해 체험 환경교육 등을 할 수 있고, 환경교육계획도 세울 수 있다.", PILOT_CITY, True),
    ("도지사는 도조례에 따라 환경교육 시범도시를 지정해 체험 환경교육 등을 해야 하고, 환경교육계획도 세울 수 있다.", PILOT_CITY, False),
])
def test_empowered_to_is_may_and_a_light_verb_does_what_the_source_names(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제139조제1항
CENTRAL_AUDIT = ("중앙행정기관의 장은 감사위원회의 자치감사 대상기관에 대해서는 그 행정 전반 또는 특정한 정책ㆍ사업ㆍ업무 및 예산 등에 대한 "
                 "감사를 실시할 수 없다. 다만, 국회의 국정감사, 감사원 감사의 경우에는 그러하지 아니하다.")


@pytest.mark.parametrize("claim, supported", [
    ("Central agencies remain free to audit the general administration of bodies under the audit committee's "
     "self-audit, not just in the case of National Assembly or Board of Audit and Inspection audits.", False),
    ("중앙행정기관의 장은 자치감사 대상기관의 행정 전반에 대해 감사를 실시할 수 없다.", True),
])
def test_not_just_is_no_negation_and_remaining_free_is_may(claim, supported):
    verdict = judge_support(claim, CENTRAL_AUDIT)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, modality", [
    ("Central agencies remain free to audit them, not just in the case of National Assembly audits.", "may"),
    ("The committee stays free to meet, not only when the chair calls it.", "may"),
    ("Central agencies do not audit them.", "neg"),
])
def test_the_modality_of_not_just_and_remaining_free(claim, modality):
    assert english_modality(claim) == modality


# gangwon-special-act 제21조제2항, sejong-special-act 제14조제5항 (shortened), decentralization-act 제36조제1항 (shortened)
INDEPENDENT = "감사위원회는 그 직무에 있어서는 독립된 지위를 가진다."
TRANSFER_SHARE = "시장이 교육비특별회계로 전출하여야 하는 전출금은 세종특별자치시세 총액의 1천분의 36으로 한다."
MUST_RUN = "국가는 지역특성에 적합한 치안서비스를 제공하기 위하여 자치경찰제를 실시하여야 한다."
PAPER_TREND = ("Despite various problems, the autonomous police system has become an irreversible trend of the times, "
               "and although it is insufficient, discussions continue as it contributes to improving the quality of "
               "life of residents by improving the problems.")


def test_half_the_words_and_a_close_embedding_state_a_claim_no_check_objects_to():
    # four of seven English words reach the Korean passage ('performing', 'holds', 'position' do not)
    claim = "In performing its duties, the audit committee holds an independent position."
    assert judge_support(claim, INDEPENDENT, similarity=_close).supported
    assert not judge_support(claim, INDEPENDENT).supported  # (without an embedding, the words alone decide)
    assert not judge_support("In performing its duties, the audit committee holds no independent position.",
                             INDEPENDENT, similarity=_close).supported


@pytest.mark.parametrize("claim, source, supported", [
    # a share per thousand ('1천분의 36' is 3.6 percent, not 36)
    ("The transfer Sejong's mayor must make to the education special account is set at 36 percent of the city's "
     "tax revenue.", TRANSFER_SHARE, False),
    ("세종시장이 교육비특별회계로 전출해야 하는 금액은 시세 총액의 1천분의 36이다.", TRANSFER_SHARE, True),
    # the modality a claim reports the law as stating
    ("국가는 여건이 허락하면 자치경찰제를 실시할 수 있다는 정도로만 규정되어 있다.", MUST_RUN, False),
    ("국가는 자치경찰제를 실시하여야 한다고 규정하고 있다.", MUST_RUN, True),
    # what the paper calls irreversible, said to be a passing thing
    ("The paper argues that, given its many problems, the autonomous police system is a passing experiment rather "
     "than an irreversible trend.", PAPER_TREND, False),
    ("논문에 따르면 자치경찰제는 여러 문제 때문에 얼마든지 되돌릴 수 있는 일시적 흐름에 그친다.", PAPER_TREND, False),
    ("The paper says that despite its problems the autonomous police system has become an irreversible trend.",
     PAPER_TREND, True),
])
def test_shares_per_thousand_reported_rules_and_what_is_denied_rather_than_stated(claim, source, supported):
    verdict = judge_support(claim, source, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# autonomous-police-dual-model p1s14 and p1s9
PAPER_CORE = ("The main contents will require the transfer of organization, manpower, and budget to local governments, and "
              "accordingly, organizations that can perform autonomous police affairs, such as the autonomous police "
              "committee and the autonomous police headquarters, should be reorganized.")
PAPER_VIEWS = ("There are both negative criticisms of the autonomous police system, which has been implemented from 2021 "
               "to 2024, as well as positive evaluations of the process of developing the autonomous police system as a "
               "transitional period.")


@pytest.mark.parametrize("claim, source, supported", [
    # a plan stays a plan across a list's commas, after an obligation, and when the claim tells how the paper puts it
    ("The paper says the main contents would need organization, manpower and budget to be transferred to local "
     "governments, with the autonomous police committee and headquarters reorganized.", PAPER_CORE, True),
    ("The author argues that organization, staff and budget have to move to local governments, with bodies such as "
     "the autonomous police committee and headquarters reorganized accordingly.", PAPER_CORE, True),
    ("Moving organisation, staff and budget to local governments is flagged as the core requirement, with bodies such "
     "as autonomous police committees and headquarters to be reorganised.", PAPER_CORE, True),
    ("The autonomous police system run from 2021 to 2024 has attracted negative criticism but also positive "
     "evaluations that see it as a transitional stage.", PAPER_VIEWS, True),
    # what was only planned, said as done
    ("Organization, manpower and budget were transferred to local governments, and the autonomous police committees "
     "were reorganized.", PAPER_CORE, False),
])
def test_a_plan_said_as_a_plan_and_as_done(claim, source, supported):
    verdict = judge_support(claim, source, whole_document=True, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# sejong-special-act 제6조제2항, decentralization-act 제26조제1항 (shortened)
NO_LOWER_TIER = "세종특별자치시의 관할구역에는 「지방자치법」 제2조제1항제2호의 지방자치단체를 두지 아니한다."
INNOVATION_CITY = "국토교통부장관은 수도권이 아닌 지역의 광역시ㆍ도ㆍ특별자치도를 단위로 혁신도시를 지정할 수 있다."


@pytest.mark.parametrize("claim, source, context, supported", [
    # the heading '(설치 등)' and the title '… 설치 등에 관한 특별법' name the topic; the rule says 두지 아니한다
    ("세종시 관할구역 안에는 시ㆍ군ㆍ구 같은 기초 지방자치단체가 따로 설치되지 않는다.", NO_LOWER_TIER,
     "제6조(설치 등)\n세종특별자치시 설치 등에 관한 특별법", True),
    ("세종시 관할구역 안에는 시ㆍ군ㆍ구 같은 기초 지방자치단체가 설치된다.", NO_LOWER_TIER,
     "제6조(설치 등)\n세종특별자치시 설치 등에 관한 특별법", False),
    # '수도권 밖' is the statute's '수도권이 아닌 지역'
    ("국토교통부장관은 수도권 밖 광역시ㆍ도ㆍ특별자치도 단위로 혁신도시를 지정할 수 있다.", INNOVATION_CITY, "", True),
    ("국토교통부장관은 수도권 안 광역시ㆍ도ㆍ특별자치도 단위로 혁신도시를 지정할 수 있다.", INNOVATION_CITY, "", False),
])
def test_a_heading_names_the_topic_and_outside_is_not_a_negation_missed(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


# sejong-special-act 제19조제2항, jeju-special-act 제40조제2항
SEJONG_SEATS = ("지역선거구시의원(이하 이 조에서 \"지역구시의원\"이라 한다)의 정수는 「공직선거법」 제22조제1항 및 제3항에도 "
                "불구하고 18명으로 한다.")
SEJONG_HEADING = "제19조(공직선거 특례)\n세종특별자치시 설치 등에 관한 특별법"
PAY_COMMITTEE = "제1항에 따른 비용의 종류와 지급기준을 심의ㆍ의결하기 위하여 도지사 소속으로 의정비심의위원회를 둔다."


@pytest.mark.parametrize("claim, source, context, supported", [
    # the council named through its members
    ("세종시의회 지역구 의원 정수는 공직선거법에도 불구하고 18명으로 한다.", SEJONG_SEATS, SEJONG_HEADING, True),
    ("세종시의회 지역구 의원 정수는 공직선거법에도 불구하고 20명으로 한다.", SEJONG_SEATS, SEJONG_HEADING, False),
    # a council member in the heading is its topic: the committee still sits under the governor
    ("도의원에게 지급하는 비용의 종류와 지급기준을 심의ㆍ의결하기 위해 도의회 의장 소속으로 의정비심의위원회를 둔다.", PAY_COMMITTEE,
     "제40조(도의원의 의정활동비 등)\n제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법", False),
])
def test_a_council_named_by_its_members(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제61조제1항
ADMISSION = "국제학교에 입학할 수 있는 사람은 내국인 또는 외국인으로 한다."


@pytest.mark.parametrize("claim, supported", [
    ("국제학교 입학은 내국인과 외국인 모두에게 열려 있다.", True),  # 모두 right after the two it sums up: both
    ("국제학교 입학은 모든 사람에게 열려 있다.", False),  # everyone: more than the source's two kinds
])
def test_both_right_after_the_coordinated_nouns_is_no_quantifier(claim, supported):
    verdict = judge_support(claim, ADMISSION, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제74조 (shortened), police-officials-act 제24조제2항, gangwon-special-act 제56조 (shortened)
SPECIAL_ACCOUNT = "지방시대 종합계획 관련 사업을 효율적으로 추진하기 위하여 지역균형발전특별회계를 설치한다."
MOUNTAIN_COMMITTEE = ("「산지관리법」에도 불구하고 도지사에게 이양된 사무의 처리를 위하여 보전산지의 지정해제에 대하여 "
                      "지방산지관리위원회에서 심의할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("The Act stops short of establishing a special account for balanced regional development.", SPECIAL_ACCOUNT, False),
    ("The Act establishes a special account for balanced regional development.", SPECIAL_ACCOUNT, True),
    ("Neglecting or abandoning one's duties is not something a police officer is forbidden to do.", NEGLECT, False),
    ("Police officers are not allowed to neglect or abandon their duties.", NEGLECT, True),
    ("For devolved affairs such as lifting a forest conservation designation, deliberation by the local mountainous "
     "district management committee is mandatory.", MOUNTAIN_COMMITTEE, False),
    ("For devolved affairs such as lifting a forest conservation designation, the local mountainous district "
     "management committee may deliberate.", MOUNTAIN_COMMITTEE, True),
])
def test_stopping_short_not_being_forbidden_and_being_mandatory(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제10조제1항 (shortened), gangwon-special-act 제22조제1항
RESEARCHER_EXAMS = "행정안전부장관이 실시하는 연구관ㆍ지도관의 임용시험은 제주자치도 인사위원회가 실시한다."


@pytest.mark.parametrize("claim, source, supported", [
    # who conducts it: the body of the main clause, not the one inside a modifier
    ("제주의 연구관ㆍ지도관 임용시험은 제주자치도 인사위원회가 실시한다.", RESEARCHER_EXAMS, True),
    ("제주의 연구관ㆍ지도관 임용시험은 행정안전부장관이 실시한다.", RESEARCHER_EXAMS, False),
    ("Appointment examinations for senior researchers in Jeju are conducted by the Jeju personnel committee.",
     RESEARCHER_EXAMS, True),
    ("Appointment examinations for senior researchers in Jeju are conducted by the Minister of the Interior and "
     "Safety.", RESEARCHER_EXAMS, False),
    # '…의 동의를 받아 도지사가 임명한다': the governor gets the consent
    ("도지사가 감사위원장을 임명하려면 먼저 도의회의 동의를 받아야 한다.", AUDIT_CHAIR, True),
    ("감사위원장은 도지사의 동의를 받아 도의회가 임명한다.", AUDIT_CHAIR, False),
])
def test_who_acts_in_a_modified_noun_and_a_serial_verb(claim, source, supported):
    verdict = judge_support(claim, source, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제222조제2항 (shortened), local-public-officials-act 제30조의2제1항 (shortened), gangwon-special-act 제5조제3항
SALE_CONSULT = "사업시행자가 무상으로 양여받은 공유재산을 매각하려는 경우에는 도지사와 협의하여야 한다."
EXCHANGE_ADVICE = "지방자치단체의 장은 행정안전부장관의 인사교류 권고가 있으면 인사교류를 하여야 한다."
PERFORMANCE_PACT = "강원자치도는 성과목표와 평가에 관하여 국무총리와 협약(자치경찰과 교육자치에 관한 사항을 포함한다)을 체결하여야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    # whether to do it, left to someone's choice or discretion: it need not be done
    ("사업시행자가 무상으로 받은 공유재산을 팔 때 도지사와 협의할지는 사업시행자의 선택에 달려 있다.", SALE_CONSULT, False),
    ("사업시행자가 무상으로 받은 공유재산을 팔 때는 도지사와 협의해야 한다.", SALE_CONSULT, True),
    ("행정안전부장관이 인사교류를 권고하더라도 지방자치단체의 장은 인사교류를 할지 재량으로 정할 수 있다.", EXCHANGE_ADVICE, False),
    ("행정안전부장관이 인사교류를 권고하면 지방자치단체의 장은 인사교류를 해야 한다.", EXCHANGE_ADVICE, True),
    # '…이 빠진다': it is excluded, which the source must say
    ("강원자치도가 국무총리와 맺는 성과목표 및 평가 협약에는 자치경찰에 관한 사항이 빠진다.", PERFORMANCE_PACT, False),
    ("강원자치도가 국무총리와 맺는 성과목표 및 평가 협약에는 자치경찰에 관한 사항이 포함된다.", PERFORMANCE_PACT, True),
])
def test_whether_left_to_a_choice_and_what_is_said_to_drop_out(claim, source, supported):
    verdict = judge_support(claim, source, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# jeonbuk-special-act 제61조제3항 (shortened)
FOREST_COMMITTEE = "도지사에게 이양된 사무의 처리를 위하여 도지사 소속으로 산림복지심의위원회를 둔다."


@pytest.mark.parametrize("claim, supported", [
    ("이양된 산림복지 사무를 처리하기 위해 도지사 소속으로 산림복지심의위원회를 둔다.", True),
    # '둔다' binds as '두며' does: a committee the statute sets up is no permission
    ("이양된 산림복지 사무를 처리하기 위해 도지사 소속으로 산림복지심의위원회를 둘 수 있다.", False),
])
def test_a_plain_dunda_is_binding(claim, supported):
    verdict = judge_support(claim, FOREST_COMMITTEE)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제76조제1항 (shortened), police-officials-act 제12조제3항
OPINION_DEADLINE = ("환경영향평가전문기관은 도지사가 환경영향평가서에 관한 의견을 요청하면 요청받은 날부터 25일 이내에 그에 관한 "
                    "의견을 도지사에게 통보하여야 한다. 다만, 부득이한 사유가 있는 경우에는 그 기간을 5일의 범위에서 연장할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a rule restated with its proviso in one sentence, a number of each
    ("The specialist assessment agency has to reply to the governor within 25 days, extendable by up to 5 days "
     "for unavoidable reasons.", OPINION_DEADLINE, True),
    ("The specialist assessment agency has to reply to the governor within 25 days, extendable by up to 15 days "
     "for unavoidable reasons.", OPINION_DEADLINE, False),
    ("The specialist assessment agency may reply to the governor within 25 days, extendable by up to 5 days "
     "for unavoidable reasons.", OPINION_DEADLINE, False),
    # the proviso's own number is not the rule's: 'extend by up to two years' borrows the rule's 2년
    ("The Commissioner General may extend the validity of the recruitment candidate list by up to one year "
     "when needed.", CANDIDATE_LIST, True),
    ("The Commissioner General may extend the validity of the recruitment candidate list by up to two years "
     "when needed.", CANDIDATE_LIST, False),
])
def test_a_rule_and_the_proviso_that_names_its_period(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제254조제2항 (shortened), decentralization-act 제39조제1항, decentralization-act 제15조 (shortened)
CONFERENCES = "도지사는 국제회의 유치ㆍ개최 지원 사업에 대한 행정상ㆍ재정상의 지원조치를 마련하여야 한다."
DIRECT_PARTICIPATION = ("국가 및 지방자치단체는 주민참여를 활성화하기 위하여 주민투표제도ㆍ주민소환제도ㆍ주민소송제도ㆍ"
                        "주민조례발안제도를 보완하는 등 주민직접참여제도를 강화하여야 한다.")
REGIONAL_TALENT = ("국가와 지방자치단체는 지방대학과 산업체 간 산학협동을 통한 고용촉진에 관한 시책을 추진하여야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # whether to do it, left to someone's judgement: it need not be done
    ("국제회의 유치ㆍ개최 지원 사업에 행정상ㆍ재정상 지원조치를 마련할지는 도지사가 재량으로 판단하면 된다.", CONFERENCES, False),
    ("국제회의 유치ㆍ개최 지원 사업에 도지사는 행정상ㆍ재정상 지원조치를 마련해야 한다.", CONFERENCES, True),
    ("주민직접참여제도를 보완ㆍ강화할지는 국가와 지방자치단체의 판단에 맡겨져 있다.", DIRECT_PARTICIPATION, False),
    # a double negative is a duty ('추진하지 않을 수 없다' = 추진하여야 한다)
    ("국가와 지방자치단체는 산학협동을 통해 고용을 촉진하는 시책을 추진하지 않을 수 없다.", REGIONAL_TALENT, True),
    ("국가와 지방자치단체는 산학협동을 통해 고용을 촉진하는 시책을 추진할 수밖에 없다.", REGIONAL_TALENT, True),
    ("국가와 지방자치단체는 산학협동을 통해 고용을 촉진하는 시책을 추진하지 않을 수 있다.", REGIONAL_TALENT, False),
])
def test_left_to_judgement_and_double_negatives(claim, source, supported):
    verdict = judge_support(claim, source, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제6조제2항 (shortened)
RIGHTS_INSPECTOR = "인권감사관은 경찰기관 공무원에 대한 진정 및 비위사항의 조사ㆍ처리에 관하여 경찰청장을 보좌한다."


@pytest.mark.parametrize("claim, supported", [
    # the human rights inspector is an office of the agency, not the rank of inspector (경위)
    ("The human rights inspector assists the Commissioner General with complaints and misconduct of police "
     "officials.", True),
    ("The human rights inspector assists the Minister of the Interior and Safety with complaints and misconduct of "
     "police officials.", False),
])
def test_the_human_rights_inspector_is_an_office(claim, supported):
    verdict = judge_support(claim, RIGHTS_INSPECTOR, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제4조제2항
UNDER_WHOM = "경찰청장 밑에 대변인 및 인권감사관 각 1명을 두고, 경찰청 차장 밑에 기획조정관 및 경무인사기획관 각 1명을 둔다."


@pytest.mark.parametrize("claim, supported", [
    ("The human rights inspector is placed under the Commissioner General.", True),
    ("The human rights inspector is placed under the Deputy Commissioner General.", False),
    ("경찰청장 밑에 인권감사관 1명을 둔다.", True),
    ("경찰청 차장 밑에 인권감사관을 둔다.", False),
])
def test_under_whom_an_office_is_placed(claim, supported):
    verdict = judge_support(claim, UNDER_WHOM)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제18조, autonomous-police-committee-decree 제21조제3항 (shortened),
# jeju-special-act-decree 제26조제1항 (shortened)
COMPREHENSIVE_PLAN = ("제18조(종합계획의 수립) ① 법 제140조제1항에 따른 종합계획(이하 \"종합계획\"이라 한다)은 10년마다 수립한다.\n"
                      "② 도지사가 종합계획을 수립하려는 경우에는 종합계획안을 작성하여 그 주요 내용을 일간신문, 공보 또는 인터넷 "
                      "홈페이지 등에 고시하고, 일반인이 14일 이상 열람할 수 있게 해야 한다.\n"
                      "③ 제2항에 따라 고시된 종합계획안에 의견이 있는 자는 그 열람기간에 도지사 또는 법 제11조에 따른 "
                      "행정시장(이하 \"행정시장\"이라 한다)에게 의견서를 제출할 수 있다.\n"
                      "④ 행정시장은 제3항에 따라 의견서를 받으면 지체 없이 도지사에게 보내야 한다.\n"
                      "⑤ 도지사는 제3항 또는 제4항에 따라 의견서를 받은 때에는 그 의견에 대한 검토의견서를 작성하여야 한다. 이 경우 "
                      "필요하다고 인정하는 경우에는 행정시장에게 그 검토의견서를 작성하게 할 수 있다.")
POLICY_MEETINGS = "정책협의체의 회의는 정례회의와 수시회의로 구분하고, 정례회의는 반기별 1회 개최하는 것을 원칙으로 한다."
REGISTRATION = "개발센터의 설립등기는 국토교통부장관으로부터 정관의 인가를 받은 날부터 2주 이내에 주된 사무소의 소재지에서 한다."


@pytest.mark.parametrize("claim, source, supported", [
    # one sentence over two 항, a number of each
    ("Jeju's comprehensive plan is drawn up once every ten years, and before adopting it the governor has to "
     "publicise the draft's main points and keep it open for public inspection for no less than 14 days.",
     COMPREHENSIVE_PLAN, True),
    ("Jeju's comprehensive plan is drawn up once every ten years, and before adopting it the governor has to "
     "publicise the draft's main points and keep it open for public inspection for no less than 20 days.",
     COMPREHENSIVE_PLAN, False),
    # 반기 is six months, '한 달' is one month
    ("The policy council's regular meeting is, as a rule, held once every six months.", POLICY_MEETINGS, True),
    ("The policy council's regular meeting is, as a rule, held once every three months.", POLICY_MEETINGS, False),
    ("개발센터의 설립등기는 정관 인가를 받은 날부터 한 달 이내에 주된 사무소 소재지에서 해야 한다.", REGISTRATION, False),
])
def test_numbers_over_two_paragraphs_half_years_and_native_months(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제125조제1항, local-public-officials-act 제50조제1항
FUNDING_LEVEL = "국가는 제주자치도에 대한 재정지원이 제주자치도 설치 이전에 지원한 수준 이상이 되도록 보장한다."
LEAVING_WORK = "공무원은 소속 상사의 허가 없이 또는 정당한 이유 없이 직장을 이탈하지 못한다."


@pytest.mark.parametrize("claim, source, supported", [
    # 'will not fall below' is a bound (이상), not a negation
    ("It is guaranteed by the State that funding for Jeju will not fall below what it received before it became a "
     "special self-governing province.", FUNDING_LEVEL, True),
    ("The State does not guarantee that funding for Jeju stays at the level it received before it became a special "
     "self-governing province.", FUNDING_LEVEL, False),
    # 'at liberty to' is may
    ("Officials may not leave their workplace without their superior's permission.", LEAVING_WORK, True),
    ("Local officials are at liberty to leave their workplace without a superior's permission.", LEAVING_WORK, False),
])
def test_a_bound_said_as_not_falling_below_and_being_at_liberty(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# autonomous-police-committee-decree 제6조제3항, decentralization-act 제36조제1항, sejong-special-act 제6조제2항,
# jeju-special-act 제380조제1항 (shortened to its lead and 제3호)
RECUSE = "추천위원은 제1항의 사유가 있는 경우 추천위원회 위원장의 허가를 받아 추천위원회 심사 참여를 회피할 수 있다."
AUTONOMOUS_POLICE_DUTY = ("국가는 지방행정과 치안행정의 연계성을 확보하고 지역특성에 적합한 치안서비스를 제공하기 위하여 자치경찰제를 "
                          "실시하여야 한다.")
GROUNDWATER = ("도지사는 지하수의 적정한 보전ㆍ관리를 위하여 다음 각 호의 어느 하나에 해당하는 경우에는 제379조제1항에 따른 "
               "허가를 하여서는 아니 된다.\n  3. 지하수를 100분의 98 이상 이용하여 음료류 또는 주류 등을 제조ㆍ판매하려는 경우")


@pytest.mark.parametrize("claim, source, supported", [
    # the rule a memo reports, in the modality it reports
    ("추천위원은 제척 사유가 있으면 추천위원회 위원장의 허가를 받아 심사 참여를 회피할 수 있는 것으로 정하고 있다.", RECUSE, True),
    ("추천위원은 제척 사유가 있으면 추천위원회 위원장의 허가를 받아 반드시 심사 참여를 회피하여야 하는 것으로 정하고 있다.",
     RECUSE, False),
    ("국가는 지방행정과 치안행정의 연계성을 확보하고 지역 특성에 맞는 치안서비스를 제공하기 위해 자치경찰제를 실시해야 함.",
     AUTONOMOUS_POLICE_DUTY, True),
    ("국가는 지방행정과 치안행정의 연계성을 확보하고 지역 특성에 맞는 치안서비스를 제공하기 위해 자치경찰제를 실시할 수 있도록 "
     "하고 있음.", AUTONOMOUS_POLICE_DUTY, False),
    ("세종특별자치시 관할구역에는 「지방자치법」상 기초 지방자치단체를 따로 두지 않도록 되어 있다.", NO_LOWER_TIER, True),
    # no obstacle to doing it: it may be done
    ("지하수를 100분의 98 이상 이용해 음료류나 주류를 제조ㆍ판매하려는 경우라도 도지사가 허가를 내주는 데 걸림돌은 없다.",
     GROUNDWATER, False),
    ("지하수를 100분의 98 이상 이용해 음료류나 주류를 제조ㆍ판매하려는 경우에는 도지사가 허가를 해서는 안 된다.", GROUNDWATER,
     True),
])
def test_reported_rules_and_no_obstacle(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeonbuk-special-act 제62조제2항, gangwon-special-act 제83조 (its lead and 제1호, 제2호), npa-organization-decree 제16조제2항
COMPLETION_CHECK = ("도지사는 제1항에 따른 사업완료보고서를 받으면 지체 없이 준공검사를 하여야 한다. 이 경우 도지사는 효율적인 "
                    "준공검사를 위하여 필요하면 관계 행정기관ㆍ공공기관ㆍ연구기관, 그 밖의 전문기관 등에 의뢰하여 준공검사를 할 수 있다.")
AUDIT_PENALTY = ("다음 각 호의 어느 하나에 해당하는 자는 1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다.\n"
                 "  1. 감사위원회의 감사를 받는 자로서 정당한 사유 없이 감사를 거부하거나 자료의 제출요구에 불응한 자\n"
                 "  2. 정당한 사유 없이 감사기구의 감사활동을 방해한 자")
INVESTIGATION_HQ = "국가수사본부에 수사국, 형사국 및 안보수사국을 둔다."


@pytest.mark.parametrize("claim, source, supported", [
    # the claim's first clause restates the rule, not its '이 경우' sentence
    ("사업완료보고서를 받은 도지사는 지체 없이 준공검사를 해야 하고, 필요하면 관계 전문기관 등에 의뢰할 수도 있다.",
     COMPLETION_CHECK, True),
    ("사업완료보고서를 받은 도지사는 필요하다고 판단할 때 준공검사를 할 수 있고, 관계 전문기관 등에 의뢰할 수도 있다.",
     COMPLETION_CHECK, False),
    # excluded from what the source covers
    ("감사위원회의 감사를 거부하거나 자료제출 요구에 불응한 자는 이 벌칙의 적용 대상에서 제외되어 있다.", AUDIT_PENALTY, False),
    ("감사위원회의 감사를 정당한 사유 없이 거부한 자는 1년 이하의 징역 또는 1천만원 이하의 벌금에 처해진다.", AUDIT_PENALTY, True),
    ("국가수사본부 아래에는 수사국과 형사국을 두되, 안보수사국은 국가수사본부 조직에서 빠져 별도로 운영된다.", INVESTIGATION_HQ,
     False),
])
def test_a_rule_before_its_case_sentence_and_what_is_excluded(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제62조
ERA_COMMITTEE_WITH_HEADING = ("제62조(지방시대위원회의 설치 및 존속기한) ① 지방자치분권 및 균형성장을 추진하기 위하여 대통령 소속으로 "
                              "지방시대위원회를 둔다.\n② 지방시대위원회는 이 법 시행일부터 5년간 존속한다.")


@pytest.mark.parametrize("claim, supported", [
    # one sentence over two 항: a body of the first and a number of the second
    ("지방시대위원회는 대통령 소속 위원회로서 이 법 시행일부터 5년 동안 존속하도록 되어 있음.", True),
    ("지방시대위원회는 대통령 소속 위원회로서 이 법 시행일부터 3년 동안 존속하도록 되어 있음.", False),
    ("지방시대위원회는 국무총리 소속 위원회로서 이 법 시행일부터 5년 동안 존속하도록 되어 있음.", False),
])
def test_a_body_of_one_paragraph_and_a_number_of_the_next(claim, supported):
    verdict = judge_support(claim, ERA_COMMITTEE_WITH_HEADING)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제382조제2항, police-officials-act 제9조 (shortened), gangwon-special-act 제64조제1항 (shortened)
GROUNDWATER_PLAN = ("도지사는 제1항에 따라 지하수자원 특별관리구역을 지정ㆍ고시 하였을 때에는 해당 구역의 지하수자원에 대한 "
                    "관리계획을 수립하여야 한다.")
SEPARATE_SENTENCE = ("「형법」 제38조에도 불구하고 제8조제2항제7호 또는 같은 항 제8호 각 목에 규정된 죄와 다른 죄의 경합범에 대하여 "
                     "벌금형을 선고하는 경우에는 이를 분리선고하여야 한다.")
CONSULT_GOVERNOR = ("「환경영향평가법」 제22조에 따른 환경영향평가 대상사업으로서 다음 각 호의 어느 하나에 해당하지 아니하는 사업에 "
                    "대하여는 같은 법 제27조에도 불구하고 도지사에게 협의를 요청하여야 한다.")
# sejong-special-act 제17조
NO_DISADVANTAGE = ("세종특별자치시 설치로 인하여 세종특별자치시의 구역으로 편입된 종전의 지방자치단체 또는 특정 지역이 누리던 "
                   "행정상ㆍ재정상의 이익이 상실되거나 그 지역주민에게 새로운 부담이 추가되어서는 아니 된다.")


@pytest.mark.parametrize("claim, source, supported", [
    # whether to do it left to someone, for a verb with no 하다 and for a noun's '여부'
    ("지하수자원 특별관리구역을 지정ㆍ고시했다면 도지사는 그 구역의 지하수자원 관리계획을 세워야 한다.", GROUNDWATER_PLAN, True),
    ("도지사가 지하수자원 특별관리구역을 지정ㆍ고시했더라도 그 구역의 지하수자원 관리계획을 세울지는 도지사의 선택에 맡겨져 있다.",
     GROUNDWATER_PLAN, False),
    ("결격사유 관련 죄와 다른 죄의 경합범에 벌금형을 선고할 때 분리선고 여부는 법원의 재량임.", SEPARATE_SENTENCE, False),
    # what a memo reports as possible, and what it says does no harm
    ("목록에 해당하지 않는 환경영향평가 대상사업은 원하면 도지사에게 협의를 요청할 수도 있다는 정도임.", CONSULT_GOVERNOR, False),
    ("세종시로 편입된 종전 지역이 누리던 행정상ㆍ재정상 이익은 세종시 설치로 상실되더라도 문제 되지 않습니다.", NO_DISADVANTAGE,
     False),
    ("세종시로 편입된 종전 지역이 누리던 행정상ㆍ재정상 이익이 세종시 설치로 상실되어서는 안 됩니다.", NO_DISADVANTAGE, True),
])
def test_choices_left_to_someone_and_what_does_no_harm(claim, source, supported):
    verdict = judge_support(claim, source, similarity=_close)
    assert verdict.supported is supported, verdict.reason


# sejong-special-act 제18조, gangwon-special-act 제76조제1항, jeonbuk-special-act 제93조제1항 (shortened)
AGRI_BIO = ("도지사가 지정한 농생명산업지구에서 그 지정 목적에 따라 시행되는 사업에 대하여는 「환경영향평가법」 제27조에도 "
            "불구하고 도지사에게 협의를 요청하여야 한다.")
EQUAL_TREATMENT = "시장은 종전의 지방자치단체 소속 공무원에 대하여 인사상 동등하게 처우하여야 한다."
COOPERATION = ("도지사는 「공공기관의 운영에 관한 법률」에 따른 공공기관 등(강원자치도에 소재한 기관에 한정하며, 이하 "
               "\"국가공기업\"이라 한다)에 업무협조를 요청할 수 있다. 이 경우 국가공기업은 특별한 사유가 없으면 협조하여야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a relative clause does not take the main verb's 'are not' with it
    ("The mayor has to treat officials who came from the former local governments equally in personnel matters.",
     EQUAL_TREATMENT, True),
    ("Officials who came from the former local governments are not treated on an equal footing with others in "
     "personnel matters by the mayor.", EQUAL_TREATMENT, False),
    # 'free to turn down' is need not
    ("Public enterprises based in Gangwon are free to turn down the governor's requests for cooperation even when "
     "they have no particular reason.", COOPERATION, False),
    # 'exempt from' is need not
    ("For projects in the agri-bio industry districts designated by the governor, consultation has to be requested "
     "from the governor.", AGRI_BIO, True),
    ("Projects carried out in the agri-bio industry districts designated by the governor are exempt from "
     "consultation with the governor.", AGRI_BIO, False),
])
def test_a_relative_clause_keeps_the_main_negation_and_turning_down_is_need_not(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("text, bound", [
    # a negated comparative bounds the number the other way
    ("The Sejong audit committee can't have more than seven members, counting its chair.", ("7", "max")),
    ("Members may not serve for more than 3 years.", ("3", "max")),
    ("The council cannot have fewer than five members.", ("5", "min")),
    ("The committee has more than seven members.", ("7", "min")),
])
def test_a_negated_comparative_bounds_the_other_way(text, bound):
    from drafter.citations.bounds import limits

    assert limits(text) == frozenset({bound})


# npa-organization-decree 제31조제2항, 제25조제1항, 제40조제1항; jeju-special-act 제112조제5항, 제102조;
# gangwon-special-act 제28조 (cited whole, with its heading); decentralization-act 제45조제6항; police-officials-act 제12조제5항;
# sejong-special-act 제21조제4항; autonomous-police-committee-decree 제5조제2항 (lead sentence);
# local-public-officials-act 제56조제1항
POLICE_SCHOOL = ("중앙경찰학교는 경찰공무원(의무경찰을 포함한다)으로 임용될 사람(경위공개경쟁채용시험합격자를 제외한다)에 대한 "
                 "교육훈련을 관장한다.")
KNPU_HEAD = "대학에 학장 1명을 두며, 학장은 치안정감으로 보한다."
DEPUTY_CHIEFS = "시ㆍ도경찰청장을 보조하기 위하여 서울특별시경찰청에 차장 3명을, 제주특별자치도경찰청에 차장 1명을 둔다."
SERVICE_YEARS = ("자치경찰공무원의 승진에 필요한 계급별 최저근무연수는 대통령령으로 정한다. 다만, 계급별 최저근무연수의 기간을 "
                 "계산할 때에는 휴직기간ㆍ직위해제기간 및 징계처분기간을 포함하지 아니한다.")
ORDINANCE_NOTICE = ("도지사는 자치경찰의 사무와 운영에 관련된 조례나 규칙을 제정ㆍ개정 또는 폐지할 때에는 조례안은 지방의회에서 "
                    "이송된 날부터 10일 이내에, 규칙안은 공포 예정 15일 전에 제주자치도경찰청장에게 전문을 첨부하여 "
                    "통보하여야 한다.")
GANGWON_NO_POLITICS = ("공무원이 아닌 감사위원은 「지방공무원법」 제57조에서 정하는 정치운동을 할 수 없으며 「지방공무원법」 제82조를 "
               "적용할 때에는 공무원으로 본다.")
MERGER_VOTE = ("지방자치단체의 장은 이 법에 따른 시ㆍ군ㆍ구 통합과 관련하여 주민투표 실시의 요구를 받았을 때에는 「주민투표법」 "
               "제8조제2항ㆍ제3항 및 제13조제1항제1호에도 불구하고 지체 없이 이를 공표하고 주민투표를 실시하여야 한다.")
ROSTER_NOTICE = "경찰청장 또는 해양경찰청장은 채용후보자 명부의 유효기간을 연장하기로 결정한 경우에는 그 사실을 공고하여야 한다."
SEJONG_AUDITORS = ("위원은 시조례로 정하는 자격을 갖춘 사람 중에서 시장이 임명 또는 위촉하되, 위원 중 2명은 시의회에서, 2명은 "
                   "시교육감이 각각 추천하는 사람을 위촉한다. 다만, 감사위원장은 시의회의 동의를 받아 시장이 임명한다.")
RECOMMENDER_APPOINTMENTS = ("추천위원회 위원(이하 \"추천위원\"이라 한다)은 시ㆍ도지사가 다음 각 호에 해당하는 사람을 임명하거나 위촉하며, "
                "추천위원회 위원장은 추천위원 중에서 호선(互選)한다.\n"
                "  3. 재직 중인 경찰공무원이 아닌 사람 중에서 경찰청장이 추천하는 1명")
HEADINGS = {SIDE_JOBS: "제56조(영리 업무 및 겸직 금지)\n지방공무원법", KNPU_HEAD: "제25조(학장)\n경찰청과 그 소속기관 직제",
            ORDINANCE_NOTICE: "제102조(조례 및 규칙 등의 통보)\n제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법"}
"""The context the resolver gives each (the article heading and the law's title)."""


@pytest.mark.parametrize("claim, source, supported", [
    # a prefix says no: '비공개로 진행된다' is '공개하지 않는다'
    ("추천위원회 회의는 비공개로 진행된다.", SEALED, True),
    ("추천위원회 회의는 공개로 진행된다.", SEALED, False),
    # '그 대상에서 빠진다' is excluded, not the determiner '그' made a verb
    ("중앙경찰학교는 경찰공무원(의무경찰 포함)으로 임용될 사람의 교육훈련을 담당하되, 경위공개경쟁채용시험합격자는 그 "
     "대상에서 빠진다.", POLICE_SCHOOL, True),
    # '…은 빼고 계산한다' is '포함하지 아니한다'
    ("그 기간을 셀 때 휴직ㆍ직위해제ㆍ징계처분 기간은 빼고 계산한다.", SERVICE_YEARS, True),
    ("그 기간을 셀 때 휴직ㆍ직위해제ㆍ징계처분 기간도 포함하여 계산한다.", SERVICE_YEARS, False),
    # nothing stops it (제약을 받지 않는다) is a may
    ("공무원이 아닌 감사위원은 「지방공무원법」 제57조가 정하는 정치운동을 할 수 없으며, 같은 법 제82조를 적용할 때에는 "
     "공무원으로 본다.", GANGWON_NO_POLITICS, True),
    ("공무원이 아닌 감사위원은 「지방공무원법」 제57조가 정하는 정치운동을 하는 데 제약을 받지 않으며, 같은 법 제82조를 "
     "적용할 때에는 공무원으로 본다.", GANGWON_NO_POLITICS, False),
    # whether to do it, decided by oneself or left bare to someone's discretion, need not be done
    ("통합 관련 주민투표 실시를 요구받은 지방자치단체의 장은 지체 없이 이를 공표하고 주민투표를 실시해야 한다.", MERGER_VOTE, True),
    ("통합 관련 주민투표 실시를 요구받은 지방자치단체의 장은 지체 없이 이를 공표하되, 실제로 주민투표를 실시할지 여부는 "
     "스스로 판단하여 정한다.", MERGER_VOTE, False),
    ("명부 유효기간을 연장하기로 했다면 경찰청장은 그 사실을 공고해야 한다.", ROSTER_NOTICE, True),
    ("채용후보자 명부 유효기간을 연장하기로 한 경우, 그 사실의 공고 여부는 경찰청장 재량.", ROSTER_NOTICE, False),
    ("채용후보자 명부 유효기간을 연장하면 그 사실을 공고할지는 경찰청장 재량이다.", ROSTER_NOTICE, False),
    # 'may neither … nor …' forbids both
    ("Local officials may neither engage in profit-making work outside their official duties nor hold another post "
     "at the same time without permission from the head of their agency.", SIDE_JOBS, True),
    ("Local officials may engage in profit-making work outside their official duties and may hold another post "
     "at the same time without permission from the head of their agency.", SIDE_JOBS, False),
])
def test_prefixed_negations_discretion_said_bare_and_may_neither(claim, source, supported):
    verdict = judge_support(claim, source, context=HEADINGS.get(source, ""))
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, source, supported", [
    # a university's lower-case president is its head (학장), not the President
    ("The Korean National Police University has one president, a post filled at the rank of Chief Superintendent "
     "General (치안정감).", KNPU_HEAD, True),
    ("The Korean National Police University has one president, a post filled at the rank of Senior Superintendent "
     "General (치안감).", KNPU_HEAD, False),
    # a province named in its police agency's name
    ("To assist their chiefs, the Seoul Metropolitan Police Agency is given three deputy chiefs and the Jeju Special "
     "Self-Governing Provincial Police Agency one.", DEPUTY_CHIEFS, True),
    ("To assist their chiefs, the Seoul Metropolitan Police Agency is given three deputy chiefs and the Gangwon "
     "Provincial Police Agency one.", DEPUTY_CHIEFS, False),
    # 'sent in full' is '전문을 첨부하여'
    ("Any ordinance touching on autonomous police affairs must be sent in full to the Jeju provincial police chief "
     "within 10 days of its transfer from the provincial council.", ORDINANCE_NOTICE, True),
    ("Any ordinance touching on autonomous police affairs must be sent in full to the Jeju provincial police chief "
     "within 20 days of its transfer from the provincial council.", ORDINANCE_NOTICE, False),
])
def test_heads_of_institutions_provinces_in_agency_names_and_full_texts(claim, source, supported):
    verdict = judge_support(claim, source, context=HEADINGS.get(source, ""))
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, source, supported", [
    # each clause keeps its own body: the chair's appointer is the rule of the '다만' sentence
    ("감사위원은 시조례로 정한 자격을 갖춘 사람 중에서 시장이 임명하거나 위촉하지만, 감사위원장만큼은 시의회의 동의를 받아 "
     "시장이 임명한다.", SEJONG_AUDITORS, True),
    ("감사위원은 시조례로 정한 자격을 갖춘 사람 중에서 시장이 임명하거나 위촉하지만, 감사위원장만큼은 시의회의 동의를 받아 "
     "시교육감이 임명한다.", SEJONG_AUDITORS, False),
    # 'audit' before 'committee' names the body; the by-phrase names who appoints
    ("The chair of Sejong's audit committee is appointed by the mayor with the city council's consent.",
     SEJONG_AUDITORS, True),
    ("The chair of Sejong's audit committee is appointed by the city council with the mayor's consent.",
     SEJONG_AUDITORS, False),
    # the subject before '다음 각 호에 해당하는 사람을' is the main verb's
    ("Members of the recommendation committee are appointed or commissioned by the provincial governor.",
     RECOMMENDER_APPOINTMENTS, True),
    ("Members of the recommendation committee are appointed or commissioned by the Commissioner General of the Korean "
     "National Police Agency.", RECOMMENDER_APPOINTMENTS, False),
    ("추천위원은 경찰청장이 임명하거나 위촉한다.", RECOMMENDER_APPOINTMENTS, False),
])
def test_who_acts_in_each_clause_and_after_a_relative_clause(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_the_first_half_of_the_year_is_no_period():
    from drafter.citations.analysis import find_periods

    assert "half-year" not in find_periods("정년에 이른 날이 상반기(1월~6월)에 있으면 6월 30일에 퇴직한다.", "ko")
    assert "half-year" in find_periods("정례회의는 반기별 1회 개최한다.", "ko")


# jeju-special-act 제131조제3항, npa-organization-decree 제25조, 제60조제1항 and 제36조, the committee decree
# 제4조의2제2항, jeju-special-act-decree 제14조제3항
JEJU_AUDITORS = ("감사위원은 도조례로 정하는 자격을 갖춘 사람 중에서 도지사가 임명하거나 위촉하되, 감사위원 중 3명은 도의회가 "
                 "추천한 사람을, 1명은 도교육감이 추천한 사람을 임명ㆍ위촉한다.")
KNPU_ARTICLE = "제25조(학장) ① 대학에 학장 1명을 두며, 학장은 치안정감으로 보한다.\n② 학장은 경찰청장의 명을 받아 대학의 사무를 총괄하고, 소속 공무원을 지휘ㆍ감독한다."
INVESTIGATION_DEPT = "수사부에 부장 1명을 두며, 부장은 경무관으로 보한다."
CIVILIAN_PATIENTS = "제36조(일반환자의 진료) 경찰병원은 그 업무에 지장이 없는 범위에서 일반민간환자에 대한 진료를 할 수 있다."
NOMINATION_REQUEST = ("시ㆍ도지사는 시ㆍ도자치경찰위원회 위원의 임기가 만료되는 경우에는 그 임기 만료 30일 전까지 추천권자에게 위원으로 "
                      "임명할 사람의 추천을 요청해야 한다.")
WEAPON_REPORT = ("제1항제2호 또는 제3호의 자치경찰장비를 사용하는 경우 그 현장책임자 또는 사용자는 별지 제1호서식의 사용 보고서를 "
                 "작성하여 자치경찰단장에게 보고하여야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a count the claim gives to one body where the source gives it to another
    ("감사위원 중 3명은 도의회가 추천한 사람을, 1명은 도교육감이 추천한 사람을 임명ㆍ위촉한다.", JEJU_AUDITORS, True),
    ("감사위원은 도조례가 정한 자격을 갖춘 사람 중에서 도지사가 임명ㆍ위촉하되, 그중 3명은 도교육감이 추천한 사람을, 1명은 "
     "도의회가 추천한 사람을 임명ㆍ위촉한다.", JEJU_AUDITORS, False),
    # '경찰대학장' is the 학장 of the 대학 the article names
    ("경찰대학장은 치안정감이 맡으며, 경찰청장의 명을 받아 대학 사무를 총괄하고 소속 공무원을 지휘ㆍ감독한다.", KNPU_ARTICLE, True),
    ("경찰대학장은 치안정감이 맡으며, 행정안전부장관의 명을 받아 대학 사무를 총괄한다.", KNPU_ARTICLE, False),
    # a rank in Latin letters is one rank
    ("The investigation department is led by a single director of gyeongmugwan (superintendent general) rank.",
     INVESTIGATION_DEPT, True),
    ("The investigation department is led by a single director of chonggyeong (senior superintendent) rank.",
     INVESTIGATION_DEPT, False),
    # a condition opening with 'so long as' keeps its 'not'
    ("So long as its own work is not disrupted, the National Police Hospital may treat general civilian patients.",
     CIVILIAN_PATIENTS, True),
    ("So long as its own work is not disrupted, the National Police Hospital must treat general civilian patients.",
     CIVILIAN_PATIENTS, False),
    # 'sixty', 'twenty-five': numbers in words
    ("The governor or mayor has to ask those entitled to recommend for nominees no later than thirty days before "
     "the committee members' terms end.", NOMINATION_REQUEST, True),
    ("The governor or mayor has to ask those entitled to recommend for nominees no later than sixty days before "
     "the committee members' terms end.", NOMINATION_REQUEST, False),
    # '…할 수 있는 재량 사항입니다' is a may
    ("그 자치경찰장비를 사용하면 현장책임자나 사용자는 사용 보고서를 작성하여 자치경찰단장에게 보고하여야 한다.", WEAPON_REPORT, True),
    ("그 자치경찰장비를 사용하면 현장책임자나 사용자가 사용 보고서를 작성하여 자치경찰단장에게 보고할 수 있는 재량 "
     "사항입니다.", WEAPON_REPORT, False),
])
def test_counts_by_body_offices_by_institution_romanized_ranks_and_conditions(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_numbers_and_every_in_words():
    from drafter.citations.analysis import analyze, find_numbers

    assert find_numbers("between twenty-five and thirty members") == frozenset({"25", "30"})
    assert find_numbers("no later than sixty days before") == frozenset({"60"})
    assert "all" not in analyze("Every time members have to be recommended, a committee is put together.").strong
    assert "all" not in analyze("The chair and every member who attended sign the minutes.").strong
    assert "all" in analyze("Every member signs the minutes.").strong


def test_a_provincial_agency_named_by_its_place():
    from drafter.citations.analysis import find_entities

    assert find_entities("서울경찰청 차장은 치안감으로 보한다.") == frozenset({"치안감"})
    assert "시ㆍ도경찰청장" in find_entities("제주경찰청장은 자치경찰사무를 지휘한다.")
    assert "경찰청장" in find_entities("경찰청장은 국가경찰사무를 총괄한다.")


# the committee decree 제13조제2항, jeju-special-act 제97조제3항, sejong-special-act 제30조제1항,
# jeonbuk-special-act 제10조제1항
MEETING_NOTICE = ("시ㆍ도자치경찰위원회 위원장은 회의를 소집하려면 회의 개최 3일 전까지 회의의 일시ㆍ장소 및 안건 등을 위원에게 "
                  "알려야 한다. 다만, 긴급한 사정이나 그 밖의 부득이한 사유가 있는 경우에는 그렇지 않다.")
EQUIPMENT_MARKS = "자치경찰공무원이 사용하는 경찰장비에는 표지를 부착하되, 국가경찰의 장비와 구별될 수 있도록 하여야 한다."
BUDGET_PARTICIPATION = "시장은 예산편성 과정에 주민이 공모방식 등에 의하여 참여할 수 있도록 하여야 한다."
JEONBUK_ENTRUSTING = ("전북특별자치도지사 또는 전북특별자치도교육감은 소관 사무와 법령에 따라 위임된 사무의 일부를 다른 "
                      "지방자치단체나 그 장에게 위탁하여 처리하게 할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    # 'under no general obligation' is need not; 'carries no …' says it is not done
    ("Except in an emergency, the chair of a provincial autonomous police committee has to tell members the date, "
     "place and agenda at least three days before a meeting.", MEETING_NOTICE, True),
    ("The chair of a provincial autonomous police committee is under no general obligation to tell members the date, "
     "place and agenda before convening a meeting.", MEETING_NOTICE, False),
    ("Equipment used by Jeju autonomous police officers carries no markings distinguishing it from national police "
     "equipment.", EQUIPMENT_MARKS, False),
    # '지장을 주지 않는 선에서' is '지장이 없는 범위에서'
    ("경찰병원은 업무에 지장을 주지 않는 선에서 일반 민간인 환자도 진료할 수 있음.", CIVILIAN_PATIENTS, True),
    # whether to have it done (참여하도록 할지) left to someone's '재량 사항' need not be done
    ("시장은 예산편성 과정에 주민이 공모방식 등으로 참여할 수 있도록 해야 한다.", BUDGET_PARTICIPATION, True),
    ("예산편성 과정에 주민이 공모방식 등으로 참여하도록 할지는 세종시장의 재량 사항이다.", BUDGET_PARTICIPATION, False),
    # a special province by its short name
    ("전북도지사나 전북교육감은 소관 사무와 위임받은 사무의 일부를 다른 지자체나 그 장에게 맡겨 처리하게 할 수 있음.",
     JEONBUK_ENTRUSTING, True),
    ("전북도지사나 전북교육감은 소관 사무의 일부를 다른 지자체에 맡겨야 함.", JEONBUK_ENTRUSTING, False),
])
def test_no_general_obligation_no_markings_short_province_names(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_only_before_a_number_is_no_claim_of_only():
    assert "only" not in analyze("An inspector needs only one year in rank to be promoted.").strong
    assert "only" in analyze("Only the governor may appoint the members.").strong


# the committee decree 제9조제7항, police-officials-act 제26조제1항, sejong-special-act 제12조제1항,
# jeju-special-act-decree 제49조제6항
RESULT_NOTICE = "추천위원회는 제5항에 따라 위원을 추천하였을 때에는 그 결과를 즉시 시ㆍ도자치경찰위원회에 통보해야 한다."
UNIFORM_DUTY = "경찰공무원은 제복을 착용하여야 한다."
BALANCED_BUDGET = ("시장은 세종특별자치시 관할구역 안의 지역 간 균형발전을 위하여 총세출예산액의 일정비율 이상을 지역격차 해소를 위한 "
                   "사업(이하 이 조에서 \"지역균형발전사업\"이라 한다)에 투자하여야 한다.")
SCHOOL_ADMISSION = ("법 제217조제3항 및 제5항에 따라 외국인의 입학 자격과 방법 등에 관하여 필요한 사항은 국제고등학교의 장이 정한다. 이 "
                    "경우 외국인의 국적 등을 이유로 입학(재입학ㆍ전학ㆍ편입학을 포함한다)을 차별해서는 아니 된다.")


@pytest.mark.parametrize("claim, source, supported", [
    # '…하는 것은 선택 사항이 됐다', '…은 선택 사항이다': it need not be done
    ("추천위원회는 위원을 추천하면 그 결과를 바로 시ㆍ도자치경찰위원회에 알려야 한다.", RESULT_NOTICE, True),
    ("추천위원회가 위원을 추천한 뒤 그 결과를 시ㆍ도자치경찰위원회에 통보하는 것은 선택 사항이 됐다.", RESULT_NOTICE, False),
    ("경찰공무원의 제복 착용은 이제 선택 사항이 됐다.", UNIFORM_DUTY, False),
    # a memo's hedge ('…할 필요가 없는 것으로 보임') keeps the modality it reports
    ("시장은 지역균형발전사업에 총세출예산액의 일정비율 이상을 투자해야 함.", BALANCED_BUDGET, True),
    ("시장은 지역균형발전사업에 총세출예산액의 일정비율 이상을 투자할 필요가 없는 것으로 보임.", BALANCED_BUDGET, False),
    # '학교장' is '국제고등학교의 장'
    ("국제고등학교의 외국인 입학 자격과 방법은 학교장이 정하되, 국적 등을 이유로 입학ㆍ재입학ㆍ전학ㆍ편입학에서 차별하는 것은 "
     "허용되지 않음.", SCHOOL_ADMISSION, True),
    ("국제고등학교의 외국인 입학 자격과 방법은 도지사가 정하되, 국적 등을 이유로 차별하는 것은 허용되지 않음.",
     SCHOOL_ADMISSION, False),
])
def test_optional_matters_hedged_memos_and_heads_named_by_their_body(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제93조제1항, local-public-officials-act 제58조제3항, npa-organization-decree 제31조제2항,
# local-public-officials-act 제7조제7항, 제53조제2항
STAFFING_PLAN = "도지사는 자치경찰의 조직 및 규모의 적정화와 운영의 합리화를 위하여 인력 및 장비 등의 운용계획을 수립하여야 한다."
UNION_FULL_TIME = ("제1항 단서에 규정된 사실상 노무에 종사하는 공무원으로서 노동조합에 가입한 사람이 조합업무를 전임(專任)으로 하려면 "
                   "소속 지방자치단체의 장 또는 소속 지방의회의 의장의 허가를 받아야 한다.")
CENTRAL_SCHOOL = ("중앙경찰학교는 경찰공무원(의무경찰을 포함한다)으로 임용될 사람(경위공개경쟁채용시험합격자를 제외한다)에 대한 "
                  "교육훈련을 관장한다.")
SECOND_TERM_ONCE = "제5항에 따라 위촉되는 위원의 임기는 3년으로 하되, 한 번만 연임할 수 있다."
NO_GIFTS = "공무원은 직무상 관계가 있든 없든 그 소속 상사에게 증여하거나 소속 공무원으로부터 증여를 받아서는 아니 된다."


@pytest.mark.parametrize("claim, source, supported", [
    # '필요할 때만 … 세우면 된다': only when a need arises, i.e. a may, against a duty
    ("도지사는 자치경찰 인력ㆍ장비 운용계획을 세워야 한다.", STAFFING_PLAN, True),
    ("제주도지사는 필요하다고 판단할 때에만 자치경찰 인력ㆍ장비 운용계획을 세우면 된다.", STAFFING_PLAN, False),
    ("도지사는 필요할 때만 자치경찰 인력ㆍ장비 운용계획을 세우면 된다.", STAFFING_PLAN, False),
    # '합격자는 대상에서 빠진다' leaves out whom, it does not deny the act
    ("중앙경찰학교는 경찰공무원으로 임용될 사람의 교육훈련을 담당하되, 경위공채 합격자는 대상에서 빠진다.", CENTRAL_SCHOOL, True),
    ("중앙경찰학교는 경찰공무원으로 임용될 사람의 교육훈련을 담당하되, 경위공채 합격자도 대상에 포함된다.", CENTRAL_SCHOOL, False),
    # '연임은 한 번만 된다' is that it is allowed once
    ("위촉위원은 임기가 3년이고 연임은 한 번만 된다.", SECOND_TERM_ONCE, True),
    ("위촉위원은 임기가 3년이고 연임은 두 번만 된다.", SECOND_TERM_ONCE, False),
    ("위촉위원은 임기가 3년이고 연임은 안 된다.", SECOND_TERM_ONCE, False),
    # 'gifts' are the statute's 증여 as well as 선물
    ("A local official may neither give gifts to a superior nor accept gifts from subordinates.", NO_GIFTS, True),
    ("A local official may give gifts to a superior.", NO_GIFTS, False),
])
def test_only_when_needed_bare_offices_who_is_left_out_and_times_allowed(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_an_office_before_the_act_it_grants_needs_no_particle():
    # '인사위원회 허가를 받아야' names who grants it as '인사위원회의 허가' does
    claim = "노조에 가입한 노무 종사 공무원이 조합 전임을 하려면 {} 허가를 받아야 해."
    assert office_slot_conflict(claim.format("인사위원회"), UNION_FULL_TIME) is not None
    assert office_slot_conflict(claim.format("소속 지방자치단체의 장"), UNION_FULL_TIME) is None
    # a ministry by its short name is that ministry in that role ('해수부장관 승인' for 해양수산부장관의 승인)
    fishing = "도지사는 해양수산부장관의 승인을 받아 시험어업을 할 수 있다."
    assert office_slot_conflict("도지사는 해수부장관 승인을 받아 시험어업을 할 수 있다.", fishing) is None
    assert office_slot_conflict("도지사는 농식품부장관 승인을 받아 시험어업을 할 수 있다.", fishing) is not None


# autonomous-police-committee-decree 제13조제1항, gangwon-special-act 제11조제3항, police-officials-act 제36조제1항,
# 제23조제1항, the paper's p1s8
REGULAR_MEETING = ("시ㆍ도자치경찰위원회 위원장은 법 제26조제1항에 따라 정기회의와 임시회의를 소집ㆍ개최한다. 이 경우 정기회의는 특별한 "
                   "사유가 있는 경우를 제외하고는 월 1회 이상 소집ㆍ개최한다.")
GANGWON_SUPPORT_COMMITTEE = ("지원위원회 위원장은 국무총리가 되고, 위원은 관계 중앙행정기관의 장, 관계 지방자치단체의 장 및 도시개발과 "
                             "지방자치에 관한 학식과 경험이 풍부한 사람 중에서 국무총리가 임명하거나 위촉한다.")
NOT_APPLIED = ("경찰공무원에 대해서는 「국가공무원법」 제73조의4, 제76조제2항부터 제5항까지의 규정을 적용하지 아니하며, 치안총감과 "
               "치안정감에 대해서는 「국가공무원법」 제68조 본문을 적용하지 아니한다.")
NO_PARTY = "경찰공무원은 정당이나 정치단체에 가입하거나 정치활동에 관여하는 행위를 하여서는 아니 된다."
PAPER_PLEDGE_2026 = ("Given that time is needed to overhaul legislation, implement new models, and improve complementary points, "
                   "it is not easy to keep its pledge to fully implement the dual autonomous police system by 2026.")


@pytest.mark.parametrize("claim, source, supported", [
    # everyday words: '특별한 사정', '적어도 한 달에 한 번', '정당에 들어가거나 … 끼어드는', '경찰관'
    ("시ㆍ도자치경찰위원회 정기회의는 특별한 사정이 없으면 적어도 한 달에 한 번은 열린다.", REGULAR_MEETING, True),
    ("경찰관은 정당이나 정치단체에 들어가거나 정치활동에 끼어드는 게 금지돼 있어요.", NO_PARTY, True),
    ("경찰관은 정당에 들어갈 수 있어요.", NO_PARTY, False),
    # '두 달에 한 번' is every 2 months, not 월 1회
    ("정기회의는 특별한 사유가 없으면 두 달에 한 번 이상 개최된다.", REGULAR_MEETING, False),
    ("정기회의는 특별한 사정이 없으면 적어도 두 달에 한 번은 열린다.", REGULAR_MEETING, False),
    # a topic followed by its own subject is not who acts
    ("강원 지원위원회는 국무총리가 위원장을 맡고, 위원도 국무총리가 임명하거나 위촉한다.", GANGWON_SUPPORT_COMMITTEE, True),
    ("강원 지원위원회는 도지사가 위원장을 맡고, 위원도 국무총리가 임명하거나 위촉한다.", GANGWON_SUPPORT_COMMITTEE, False),
    # 'disapplied' is not applied; 'the two top ranks, A and B' counts its own list
    ("Article 68 (main text) of the State Public Officials Act is disapplied for the two top ranks, 치안총감 and 치안정감.",
     NOT_APPLIED, True),
    ("Article 68 (main text) of the State Public Officials Act applies to the two top ranks, 치안총감 and 치안정감.",
     NOT_APPLIED, False),
    ("Article 68 (main text) of the State Public Officials Act is disapplied for the three top ranks, 치안총감 and 치안정감.",
     NOT_APPLIED, False),
    # where a claim was written is a label, not a claim ('LLM summary:', '[보도자료]')
    ("LLM summary: the authors doubt the pledge to fully implement the dual autonomous police system by 2026 can be "
     "met easily.", PAPER_PLEDGE_2026, True),
    ("LLM summary: the authors doubt the pledge to fully implement the dual autonomous police system by 2028 can be "
     "met easily.", PAPER_PLEDGE_2026, False),
    ("[보도자료] 경찰공무원은 정당에 가입할 수 있다.", NO_PARTY, False),
])
def test_everyday_words_months_counted_natively_topics_and_register_labels(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act 제93조제1항 (STAFFING_PLAN, a duty), local-public-officials-act 제30조의4제1항 (a may),
# sejong-special-act 제27조, gangwon-special-act 제5조제3항, npa-organization-decree 제39조제2항
SECONDMENT = ("임용권자는 그 업무수행과 관련된 행정 지원이나 연수, 그 밖에 능력개발 등을 위하여 필요하면 소속 공무원을 지방자치단체의 "
              "다른 기관, 다른 지방자치단체, 국가기관, 공공단체에 파견근무하게 할 수 있으며, 지방자치단체 외의 기관ㆍ단체의 임직원을 "
              "파견받아 근무하게 할 수 있다.")
AUDITOR_SECRETS = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
GANGWON_AGREEMENT = ("강원자치도는 강원자치도의 성과목표와 평가에 관하여 국무총리와 협약(자치경찰과 교육자치에 관한 사항을 포함한다)을 "
                     "체결하여야 한다.")
PROVINCIAL_CHIEF_DIRECTED = ("시ㆍ도경찰청장은 국가경찰사무에 대해서는 경찰청장의 지휘ㆍ감독을, 자치경찰사무에 대해서는 시ㆍ도자치경찰위원회의 "
                    "지휘ㆍ감독을 받아 소관사무를 총괄하고, 소속 공무원을 지휘ㆍ감독한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # '…은 X의 재량이다' is a may, '…은 X의 의무이다' a must; '…하는 건 재량 사항이고 의무는 아님'
    ("자치경찰 인력ㆍ장비 운용계획 수립은 도지사의 재량이다.", STAFFING_PLAN, False),
    ("자치경찰 인력ㆍ장비 운용계획 수립은 도지사의 의무이다.", STAFFING_PLAN, True),
    ("소속 공무원의 파견근무는 임용권자의 재량이다.", SECONDMENT, True),
    ("소속 공무원의 파견근무는 임용권자의 의무이다.", SECONDMENT, False),
    ("소속 공무원을 다른 기관에 파견하는 건 임용권자 재량이고 의무는 아님.", SECONDMENT, True),
    ("도지사가 자치경찰 인력ㆍ장비 운용계획을 수립하는 건 재량 사항이고 의무는 아님.", STAFFING_PLAN, False),
    # '누설해선 안 됨' is '누설해서는 안 됨'
    ("세종시 감사위원은 재직 중에는 물론 그만둔 뒤에도 직무상 알게 된 비밀을 누설해선 안 됨.", AUDITOR_SECRETS, True),
    ("세종시 감사위원은 퇴직 후에는 비밀을 누설해도 됨.", AUDITOR_SECRETS, False),
    # 'nothing obliges it to' is need not; 'takes no direction from' is not directed by
    ("Gangwon must sign a performance-goal agreement with the Prime Minister.", GANGWON_AGREEMENT, True),
    ("Gangwon is free to decide whether to sign a performance-goal agreement with the Prime Minister; nothing obliges "
     "it to.", GANGWON_AGREEMENT, False),
    ("On autonomous police affairs, provincial police commissioners take no direction or supervision from the "
     "provincial autonomous police committee.", PROVINCIAL_CHIEF_DIRECTED, False),
])
def test_discretion_and_duty_said_as_nouns_contracted_bans_and_nothing_obliges(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제8조제2항 (its lead sentence with items 1, 4 and 7)
# (the checker reads a 호 with its 항's lead sentence as context)
UNAPPOINTABLE = "다음 각 호의 어느 하나에 해당하는 사람은 경찰공무원으로 임용될 수 없다."
DISQUALIFIED_ALIEN = "1. 대한민국 국적을 가지지 아니한 사람"
DISQUALIFIED_BANKRUPT = "4. 파산선고를 받고 복권되지 아니한 사람"
DISQUALIFIED_FINED = ("7. 공무원으로 재직기간 중 직무와 관련하여 「형법」 제355조 및 제356조에 규정된 죄를 범한 자로서 "
                                       "300만원 이상의 벌금형을 선고받고 그 형이 확정된 후 2년이 지나지 아니한 사람")
# autonomous-police-committee-decree 제17조: '이 영에서 정한 사항 외에' is what the decree leaves
LEFT_TO_ORDINANCE = "이 영에서 정한 사항 외에 시ㆍ도자치경찰위원회의 운영 등에 필요한 사항은 시ㆍ도의 조례로 정한다."


@pytest.mark.parametrize("claim, source, supported", [
    # the list says whom by a negated modifier; the sentence that uses it is negative too
    ("대한민국 국적이 없는 사람은 경찰공무원으로 임용될 수 없다.", DISQUALIFIED_ALIEN, True),
    ("대한민국 국적을 가진 사람은 경찰공무원으로 임용될 수 없다.", DISQUALIFIED_ALIEN, False),
    ("A person without Korean nationality cannot be appointed as a police official.", DISQUALIFIED_ALIEN, True),
    ("A person who does not hold Korean nationality cannot be appointed as a police official.", DISQUALIFIED_ALIEN, True),
    ("A person who holds Korean nationality cannot be appointed as a police official.", DISQUALIFIED_ALIEN, False),
    ("A person with Korean nationality cannot be appointed as a police official.", DISQUALIFIED_ALIEN, False),
    ("파산선고를 받고 복권되지 않은 사람은 경찰공무원이 될 수 없다.", DISQUALIFIED_BANKRUPT, True),
    ("파산선고를 받고 복권된 사람은 경찰공무원으로 임용될 수 없다.", DISQUALIFIED_BANKRUPT, False),
    ("횡령으로 300만원 이상 벌금형이 확정된 후 2년이 지나지 않은 사람은 경찰공무원이 될 수 없다.", DISQUALIFIED_FINED, True),
    ("횡령으로 300만원 이상 벌금형이 확정된 후 2년이 지난 사람은 경찰공무원이 될 수 없다.", DISQUALIFIED_FINED, False),
    # 'other than what the decree sets' is what it does not set: no flip
    ("이 영에 규정되지 않은 시ㆍ도자치경찰위원회 운영 사항은 시ㆍ도 조례로 정한다.", LEFT_TO_ORDINANCE, True),
])
def test_whom_a_list_is_about_keeps_its_negation(claim, source, supported):
    verdict = judge_support(claim, source, context="" if source is LEFT_TO_ORDINANCE else UNAPPOINTABLE)
    assert verdict.supported is supported, verdict.reason


# gangwon-special-act 제44조제8항, decentralization-act 제64조제6항, jeonbuk-special-act 제18조제1항,
# jeju-special-act 제98조제2항
LAND_BEFORE_INSPECTION = "제1항에 따른 준공검사 전에는 조성된 토지나 설치된 시설을 사용할 수 없다."
RENEWABLE_TERM = ("위촉위원의 임기는 2년으로 하며, 연임할 수 있다. 다만, 위원의 사임 등으로 인하여 새로 위촉된 위원의 임기는 "
                  "전임위원 임기의 남은 기간으로 한다.")
FARM_PLAN = ("도지사는 농생명산업을 전북자치도의 특화산업으로 육성하고 국가적으로 거점화하기 위하여 5년마다 농생명산업 "
             "기본계획을 수립하여야 한다.")
FLAGRANT_HANDOVER = ("자치경찰공무원이 현행범인을 발견하여 현장에서 체포한 경우에는 즉시 경찰공무원에게 인도하여야 한다. 다만, "
                     "제90조제4호의 직무를 수행하는 중에 현장에서 체포한 현행범인의 경우에는 그러하지 아니하다.")


@pytest.mark.parametrize("claim, source, supported", [
    # the short negation before the verb: '못 쓴다' is 사용할 수 없다
    ("준공검사 전에는 조성된 토지나 설치된 시설을 못 쓴다.", LAND_BEFORE_INSPECTION, True),
    ("준공검사 전에는 조성된 토지나 설치된 시설을 쓴다.", LAND_BEFORE_INSPECTION, False),
    # 반말 between colleagues: '못 써', '써도 돼', '연임도 돼', '연임해야 돼'
    ("준공검사 받기 전에는 조성된 땅이나 설치된 시설 못 써.", LAND_BEFORE_INSPECTION, True),
    ("준공검사 받기 전에는 조성된 땅이나 설치된 시설 써도 돼.", LAND_BEFORE_INSPECTION, False),
    ("위촉위원 임기는 2년이고 연임도 돼.", RENEWABLE_TERM, True),
    ("위촉위원 임기는 2년이고 연임은 안 돼.", RENEWABLE_TERM, False),
    ("위촉위원 임기는 2년이고 연임해야 돼.", RENEWABLE_TERM, False),
    # '5년에 한 번씩' is 5년마다; 'at once' is 즉시, no count
    ("도지사는 농생명산업 기본계획을 5년에 한 번씩 세워야 한다.", FARM_PLAN, True),
    ("도지사는 농생명산업 기본계획을 3년에 한 번씩 세워야 한다.", FARM_PLAN, False),
    ("As a rule, a Jeju autonomous police officer who arrests a flagrant offender on the spot must hand that person "
     "over to a police officer at once.", FLAGRANT_HANDOVER, True),
    ("As a rule, a Jeju autonomous police officer who arrests a flagrant offender on the spot may hand that person "
     "over to a police officer at once.", FLAGRANT_HANDOVER, False),
])
def test_short_negation_spoken_endings_and_intervals(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제30조제1항제1호 (with its lead), police-officials-act 제8조제2항제1호,
# autonomous-police-committee-decree 제19조, 제6조제1항, 제9조제8항 and 제5조제2항
AGE_LIMIT = "1. 연령정년: 60세"  # lead: '경찰공무원의 정년은 다음과 같다.'
AGE_LIMIT_LEAD = "경찰공무원의 정년은 다음과 같다."
COMMAND_SCOPE = ("법 제28조제4항 단서에 따라 시ㆍ도자치경찰위원회는 자치경찰사무에 대한 지휘ㆍ감독이 실시간으로 이루어질 수 "
                 "있도록 미리 경찰청장과 협의하여 시ㆍ도경찰청장에게 위임되는 자치경찰사무 지휘ㆍ감독권의 범위 및 위임 절차 "
                 "등을 시ㆍ도자치경찰위원회의 의결을 거쳐 정해야 한다.")
RECOMMENDER_RECUSAL = ("추천위원은 자기 또는 자기의 친족이 심사대상자가 되거나 그 밖에 해당 안건의 심사ㆍ의결에 공정을 기할 수 없는 "
                       "현저한 사유가 있는 경우에는 그 심사ㆍ의결에 관여할 수 없다.")
DISSOLVED_ON_NOTICE = "추천위원회는 제5항에 따른 추천과 제7항에 따른 통보를 완료한 때에 해산된 것으로 본다."
CHAIR_ELECTED = ("추천위원회 위원(이하 \"추천위원\"이라 한다)은 시ㆍ도지사가 다음 각 호에 해당하는 사람을 임명하거나 위촉하며, "
                 "추천위원회 위원장은 추천위원 중에서 호선(互選)한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a memo's label and sign-off, a reply's thanks and the statute named up front are not the claim
    ("메모) 경찰공무원 연령정년 = 60세. 확인 끝.", AGE_LIMIT, True),
    ("메모) 경찰공무원 연령정년 = 61세. 확인 끝.", AGE_LIMIT, False),
    ("Thank you for your enquiry. Under the Police Officials Act, a person who does not hold Korean nationality "
     "cannot be appointed as a police official.", DISQUALIFIED_ALIEN, True),
    ("Thank you for your enquiry. Under the Police Officials Act, a person who does not hold Korean nationality "
     "can be appointed as a police official.", DISQUALIFIED_ALIEN, False),
    # a cleft with an aside still names who acts
    ("It is the provincial autonomous police committee, after consulting the Commissioner General, that fixes the "
     "scope of autonomous-police command authority delegated to provincial police chiefs.", COMMAND_SCOPE, True),
    ("It is the Commissioner General, by his own decision, who fixes the scope of autonomous-police command authority "
     "delegated to provincial police chiefs.", COMMAND_SCOPE, False),
    # 'must stay out of' the vote is must not take part; 'stays in existence' is not dissolved
    ("A recommendation committee member must stay out of the review and vote when he or a relative is a candidate "
     "under review.", RECOMMENDER_RECUSAL, True),
    ("A recommendation committee member may take part in the review and vote when he or a relative is a candidate "
     "under review.", RECOMMENDER_RECUSAL, False),
    ("The recommendation committee is deemed dissolved once it has made its recommendation and sent notice of the "
     "result.", DISSOLVED_ON_NOTICE, True),
    ("The recommendation committee stays in existence after it has made its recommendation and sent notice of the "
     "result.", DISSOLVED_ON_NOTICE, False),
    # a chair the members elect from among themselves (호선) is chosen by nobody else
    ("추천위원회 위원장은 추천위원들이 서로 뽑는다.", CHAIR_ELECTED, True),
    ("추천위원회 위원장은 시ㆍ도지사가 지명함.", CHAIR_ELECTED, False),
    ("The recommendation committee's chair is elected by the members from among themselves.", CHAIR_ELECTED, True),
    ("The chair of the recommendation committee is appointed by the governor.", CHAIR_ELECTED, False),
])
def test_labels_frames_clefts_recusal_and_elected_chairs(claim, source, supported):
    lead = {id(DISQUALIFIED_ALIEN): UNAPPOINTABLE, id(AGE_LIMIT): AGE_LIMIT_LEAD}.get(id(source), "")
    verdict = judge_support(claim, source, context=lead)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제58조제1항: a ban and its 다만 exception
COLLECTIVE_ACTION = ("공무원은 노동운동이나 그 밖에 공무 외의 일을 위한 집단행위를 하여서는 아니 된다. 다만, 사실상 노무에 종사하는 "
                     "공무원은 예외로 한다.")
COLLECTIVE_ACTION_CONTEXT = "지방공무원법\n제58조(집단 행위의 금지)"  # the law's title and the article's heading


@pytest.mark.parametrize("claim, supported", [
    # a claim that gives the rule and its exception: each is read against its own sentence
    ("공무원은 노동운동 등 공무 외의 일을 위한 집단행위를 해서는 안 된다. 다만 사실상 노무에 종사하는 공무원은 예외다.", True),
    ("공무원은 노동운동 등 공무 외의 일을 위한 집단행위를 할 수 있다. 다만 사실상 노무에 종사하는 공무원은 예외다.", False),
    ("Local officials are prohibited from collective action for labour movements or other non-official purposes, "
     "except those actually engaged in manual labour.", True),
    ("Local officials may take collective action for labour movements or other non-official purposes, except those "
     "actually engaged in manual labour.", False),
    ("Local officials are prohibited from collective action for labour movements or other non-official purposes, "
     "except those doing clerical work.", False),
])
def test_a_rule_given_with_its_exception(claim, supported):
    verdict = judge_support(claim, COLLECTIVE_ACTION, context=COLLECTIVE_ACTION_CONTEXT)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제44조제3항, autonomous-police-committee-decree 제10조제1항, police-officials-act 제13조제4항
# (its lead with item 4), decentralization-act 제66조제1항, jeju-special-act 제16조제2항
NO_COUNTY_OFFICES = ("통합 지방자치단체에는 도시의 형태를 갖춘 지역에는 동을 두고, 그 밖의 지역에는 읍ㆍ면을 두되, 「지방자치법」 "
                     "제3조제3항에도 불구하고 자치구가 아닌 구에 읍ㆍ면ㆍ동을 둘 수 있다.")
PERSONAL_VIEWS = ("추천위원 또는 추천위원이었던 사람은 직무상 알게 된 비밀을 누설하거나 심사와 관련된 개인 의견을 외부에 "
                  "공표해서는 안 된다.")
NO_PROBATION_LEAD = "다음 각 호의 어느 하나에 해당하는 경우에는 시보임용을 거치지 아니한다."
NO_PROBATION_ITEM = "4. 자치경찰공무원을 그 계급에 상응하는 경찰공무원으로 임용하는 경우"
COMMITTEE_MEETINGS = "위원장은 지방시대위원회의 회의를 소집하고, 그 의장이 된다."
EUP_MYEON_REPORT = ("「지방자치법」의 규정 중 읍ㆍ면ㆍ동에 관한 사항은 행정시에 두는 읍ㆍ면ㆍ동에 적용한다. 다만, 행정시에 두는 "
                    "읍ㆍ면ㆍ동을 폐지하거나 설치하거나 나누거나 합칠 때에는 「지방자치법」 제7조제1항에도 불구하고 "
                    "행정안전부장관의 승인이 필요하지 아니하되, 도지사는 그 결과를 행정안전부장관에게 보고하여야 한다.")


@pytest.mark.parametrize("claim, source, context, supported", [
    # '설치 불가' is a ban, '…해도 문제없다' a permission
    ("통합 지자체의 자치구 아닌 구에도 읍ㆍ면ㆍ동을 둘 수 있음.", NO_COUNTY_OFFICES, "", True),
    ("통합 지자체의 자치구 아닌 구에는 읍ㆍ면ㆍ동 설치 불가임.", NO_COUNTY_OFFICES, "", False),
    ("추천위원을 지낸 사람도 심사에 관한 개인 의견을 외부에 공표하면 안 됨.", PERSONAL_VIEWS, "", True),
    ("추천위원을 지낸 사람이라면 심사에 관한 개인 의견을 외부에 공표해도 문제없음.", PERSONAL_VIEWS, "", False),
    # 'has to' is a must, read against the lead of the cited item
    ("A Jeju autonomous police official appointed as a national police officer of the corresponding rank does not "
     "have to go through probationary appointment.", NO_PROBATION_ITEM, NO_PROBATION_LEAD, True),
    ("A Jeju autonomous police official appointed as a national police officer of the corresponding rank still has "
     "to go through probationary appointment.", NO_PROBATION_ITEM, NO_PROBATION_LEAD, False),
    # the deputy is not the chair
    ("위원장은 지방시대위원회의 회의를 소집한다.", COMMITTEE_MEETINGS, "", True),
    ("부위원장은 지방시대위원회의 회의를 소집한다.", COMMITTEE_MEETINGS, "", False),
    # 'no procedure for reporting' is not reporting
    ("행정시의 읍ㆍ면ㆍ동을 없애거나 새로 둘 때에는 행정안전부장관의 승인이 필요하지 않고, 도지사가 그 결과를 "
     "행정안전부장관에게 보고해야 함.", EUP_MYEON_REPORT, "", True),
    ("행정시의 읍ㆍ면ㆍ동을 없애거나 새로 둘 때에는 행정안전부장관의 승인이 필요하지 않고, 도지사가 그 결과를 "
     "행정안전부장관에게 보고하는 절차도 두고 있지 않음.", EUP_MYEON_REPORT, "", False),
])
def test_bans_permissions_semi_modals_deputies_and_missing_procedures(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


def test_a_rule_read_with_its_exception_quotes_the_source_verbatim():
    claim = ("Local officials are prohibited from collective action for labour movements or other non-official purposes, "
             "except those actually engaged in manual labour.")
    verdict = judge_support(claim, COLLECTIVE_ACTION, context=COLLECTIVE_ACTION_CONTEXT)
    assert verdict.supported and verdict.evidence == COLLECTIVE_ACTION


# sejong-special-act 제14조제4항, local-public-officials-act 제60조
TOBACCO_TAX = ("「지방교육재정교부금법」 제11조제2항제2호에도 불구하고 시장은 담배소비세의 100분의 45에 해당하는 금액을 "
               "교육비특별회계로 전출하지 아니할 수 있다.")
TENURE_GUARANTEE = ("공무원은 형의 선고ㆍ징계 또는 이 법에서 정하는 사유가 아니면 본인의 의사에 반하여 휴직ㆍ강임 또는 면직을 "
                    "당하지 아니한다. 다만, 1급 공무원은 그러하지 아니하다.")


@pytest.mark.parametrize("claim, source, context, supported", [
    # a duty of secrecy said positively: '비밀을 지켜야 한다' is '누설하여서는 아니 된다'
    ("세종시 감사위원회 위원은 재직 중에도, 그만둔 뒤에도 직무상 알게 된 비밀을 지켜야 해요.", AUDITOR_SECRETS, "", True),
    ("세종시 감사위원회 위원은 퇴직 후에는 비밀을 누설해도 된다.", AUDITOR_SECRETS, "", False),
    # 'has no choice but to' is a must
    ("Sejong's mayor need not transfer an amount equal to 45 percent of the tobacco consumption tax to the special "
     "account for education expenses.", TOBACCO_TAX, "", True),
    ("Sejong's mayor has no choice but to transfer an amount equal to 45 percent of the tobacco consumption tax to the "
     "special account for education expenses.", TOBACCO_TAX, "", False),
    # 'even after two years have passed' against '2년이 지나지 아니한 사람'
    ("Anyone fined 3 million won or more for embezzlement committed in office is barred from police appointment "
     "until two years have passed since the sentence became final.", DISQUALIFIED_FINED, UNAPPOINTABLE, True),
    ("Anyone fined 3 million won or more for embezzlement committed in office is barred from police appointment even "
     "after two years have already passed since the sentence became final.", DISQUALIFIED_FINED, UNAPPOINTABLE, False),
    # '면직을 당하지 아니한다' is 면직되지 아니한다
    ("공무원은 형 선고나 징계, 법에서 정한 사유가 아니면 자기 뜻에 반해 면직되지 않아. 1급은 예외임.", TENURE_GUARANTEE, "", True),
    ("공무원은 형 선고나 징계, 법에서 정한 사유가 아니면 자기 뜻에 반해 면직될 수 있다.", TENURE_GUARANTEE, "", False),
])
def test_secrecy_kept_no_choice_time_passed_and_what_one_suffers(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


# sejong-special-act 제24조제2항, local-public-officials-act 제50조제2항, jeju-special-act-decree 제4조제2항,
# autonomous-police-committee-decree 제8조제3항 (a proviso of the 2020s: '그렇지 않다')
AUDIT_PLAN_NOTICE = ("감사위원회는 제1항에 따른 자치감사계획의 주요내용을 감사예정일 30일 이전에 자치감사대상 기관의 장에게 통보하여야 "
                     "한다. 다만, 신속히 자치감사를 실시하여야 할 급박한 사정이 있거나 자치감사의 실효성을 거두기 위하여 부득이한 "
                     "때에는 그러하지 아니하다.")
ARREST_NOTICE = "수사기관이 공무원을 구속하려면 소속 기관의 장에게 미리 통보하여야 한다. 다만, 현행범은 그러하지 아니하다."
SUPPORT_MEETING_NOTICE = ("위원장은 지원위원회의 회의를 소집하려는 경우에는 회의 개최 3일 전까지 회의의 일시, 장소 및 심의 안건을 각 "
                          "위원에게 알려야 한다. 다만, 긴급한 경우에는 그러하지 아니하다.")
RECOMMENDER_MEETING_NOTICE = ("추천위원회 위원장은 회의를 소집하려면 회의 개최 3일 전까지 회의의 일시ㆍ장소 및 안건 등을 각 추천위원에게 "
                              "알려야 한다. 다만, 긴급한 사정이나 그 밖의 부득이한 사유가 있는 경우에는 그렇지 않다.")


@pytest.mark.parametrize("claim, source, supported", [
    # the rule kept in the very case its proviso takes out
    ("감사위원회는 감사예정일 30일 전까지 자치감사계획의 주요내용을 감사대상 기관장에게 통보해야 한다.", AUDIT_PLAN_NOTICE, True),
    ("감사위원회는 급박한 사정이 있더라도 감사예정일 30일 전까지 자치감사계획의 주요내용을 감사대상 기관장에게 꼭 통보해야 한다.",
     AUDIT_PLAN_NOTICE, False),
    ("수사기관이 지방공무원을 구속하려면 소속 기관장에게 미리 통보해야 한다.", ARREST_NOTICE, True),
    ("수사기관이 지방공무원을 구속하려면, 현행범인 경우에도 소속 기관장에게 미리 통보해야 한다.", ARREST_NOTICE, False),
    ("The chair must notify members three days before a support committee meeting, except in urgent cases.",
     SUPPORT_MEETING_NOTICE, True),
    ("The chair must notify members three days before a support committee meeting, and the rule holds even in urgent "
     "cases.", SUPPORT_MEETING_NOTICE, False),
    # '예외 없이' against a proviso written '그렇지 않다'
    ("추천위원회 위원장은 회의 개최 3일 전까지 일시ㆍ장소ㆍ안건을 각 추천위원에게 알려야 한다.", RECOMMENDER_MEETING_NOTICE, True),
    ("추천위원회 위원장은 긴급한 사정이 있더라도 예외 없이 회의 개최 3일 전까지 일시ㆍ장소ㆍ안건을 각 추천위원에게 알려야 함.",
     RECOMMENDER_MEETING_NOTICE, False),
])
def test_the_rule_kept_where_its_proviso_takes_the_case_out(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_a_duty_of_secrecy_said_positively_keeps_its_clauses():
    claim = "세종시 감사위원은 직무상 알게 된 비밀을 지켜야 하며, 그 의무는 퇴직 후에도 같다."
    assert judge_support(claim, AUDITOR_SECRETS).supported
    assert not judge_support("세종시 감사위원은 퇴직하면 비밀을 지키지 않아도 된다.", AUDITOR_SECRETS).supported


PARTY_BAN = "경찰공무원은 정당이나 정치단체에 가입하거나 정치활동에 관여하는 행위를 하여서는 아니 된다."
RESIDENTS_IN_BUDGET = "도지사는 예산편성 과정에 주민이 공모방식 등에 의하여 참여할 수 있도록 하여야 한다."
MINUTES_PUBLIC = "위원회의 위원 명단과 회의록은 공개하여야 한다."
SECRETS_KEPT = "위원은 그 직무에 관하여 알게 된 비밀을 누설하여서는 아니 된다."
WEAPONS_APPROVED = ("제96조에 따라 준용되는 「경찰관 직무집행법」 제10조의4에도 불구하고 도지사의 신청으로 제주자치도경찰청장의 승인을 받은 "
                    "자치경찰공무원만 무기를 휴대ㆍ사용할 수 있다.")
ROSTER_OPEN = "신규임용후보자 명부는 누구든지 열람할 수 있다."  # local-public-officials-act 제36조제3항 (열람)
HONORARY_ALLOWANCE = ("공무원으로 20년 이상 근속(勤續)한 사람이 정년 전에 스스로 퇴직하는 경우에는 예산의 범위에서 명예퇴직수당을 "
                      "지급할 수 있다.")
RESULTS_REFLECTED = ("시ㆍ도자치경찰위원회는 정기적으로 경찰서장의 자치경찰사무 수행에 관한 평가결과를 경찰청장에게 통보하여야 하며 "
                     "경찰청장은 이를 반영하여야 한다.")
CARRY_OVER_BY_DECREE = ("회계는 세출예산 중 부득이한 사유로 해당 회계연도 내에 지출하지 아니한 것은 대통령령으로 정하는 바에 따라 다음 연도에 "
              "이월(移越)하여 사용할 수 있다. 다만, 그 회계연도부터 2회계연도를 초과하여 이월할 수 없다.")
DECREE_APPLIED = ("법 제96조에 따른 자치경찰공무원의 자치경찰사무 수행에 관하여는 「경찰관 직무집행법 시행령」 제2조, 제3조, 제5조 및 "
                  "제7조(제7호는 제외한다)를 준용한다.")
RESULTS_PUBLISHED = "자치경찰위원회는 제1항에 따른 목표를 기준으로 매년 자치경찰 활동을 평가하고 도지사의 의견을 들어 그 결과를 공표하여야 한다."
EXTENSION_NOTICE = "경찰청장 또는 해양경찰청장은 채용후보자 명부의 유효기간을 연장하기로 결정한 경우에는 그 사실을 공고하여야 한다."
SUBSTATIONS = ("경찰서장 소속으로 지구대 또는 파출소를 두고, 그 설치기준은 치안수요ㆍ교통ㆍ지리 등 관할구역의 특성을 고려하여 "
               "행정안전부령으로 정한다. 다만, 필요한 경우에는 출장소를 둘 수 있다.")
AUDIT_PLAN = ("감사위원회는 자치감사를 체계적ㆍ효과적으로 수행하기 위하여 그 감사를 수행하기 전에 자치감사계획을 수립하여야 한다. 다만, "
              "자치감사계획의 변경이 필요한 경우에는 자치감사 실시 중에도 자치감사계획을 변경할 수 있다.")
DISMISSAL_HEARD = "임용권자는 제1항에 따라 면직시킬 경우에는 미리 인사위원회의 의견을 들어야 한다."
NOT_RETURNED = "휴직기간이 끝나거나 휴직사유가 소멸된 후에도 직무에 복귀하지 아니하거나 직무를 감당할 수 없을 때"
NOT_RETURNED_LEAD = "임용권자는 공무원이 다음 각 호의 어느 하나에 해당할 때에는 직권으로 면직시킬 수 있다."
COMMITTEE_BARS_LEAD = ("다음 각 호의 어느 하나에 해당하는 사람은 위원이 될 수 없다. 위원이 각 호의 어느 하나에 해당한 경우에는 "
                       "당연퇴직한다.")
PARTY_ITEM = "정당의 당원이거나 당적을 이탈한 날부터 3년이 지나지 아니한 사람"
OFFICIALS_ITEM = ("국가 및 지방자치단체의 공무원이거나 공무원이었던 사람으로서 퇴직한 날부터 3년이 지나지 아니한 사람. 다만, 제20조제3항 "
                  "후단에 따라 위원장과 상임위원이 지방자치단체의 공무원이 된 경우에는 당연퇴직하지 아니한다.")


@pytest.mark.parametrize("claim, source, context, supported", [
    # a ban said of the act as a noun ('가입 자체는 막혀 있지 않음'), or a permission said as 'blocked' ('둘 수 없게 막혀 있다')
    ("경찰관은 정당 가입은 막혀 있음.", PARTY_BAN, "", True),
    ("경찰관은 정치활동 관여는 금지지만 정당 가입 자체는 막혀 있지 않음.", PARTY_BAN, "", False),
    ("경찰서장 소속으로 지구대나 파출소를 두되, 필요하면 출장소도 둘 수 있다.", SUBSTATIONS, "", True),
    ("경찰서장 소속으로 지구대나 파출소를 두되, 필요하더라도 출장소는 둘 수 없게 막혀 있다.", SUBSTATIONS, "", False),
    # discretion of any verb ('참여시키는 건 재량이에요'), by noun phrase ('임의적 절차에 불과하다'), left to whom ('…가 정한다')
    ("도지사가 예산편성 과정에 주민을 참여시키는 건 의무예요.", RESIDENTS_IN_BUDGET, "", True),
    ("강원도지사가 예산편성 과정에 주민을 공모방식 등으로 참여시키는 건 재량이에요.", RESIDENTS_IN_BUDGET, "", False),
    ("임용권자가 직권면직을 하기 전에 인사위원회의 의견을 듣는 것은 임의적 절차에 불과하다.", DISMISSAL_HEARD, "", False),
    ("채용후보자 명부 유효기간을 연장하기로 했을 때 경찰청장은 그 사실을 공고해야 한다.", EXTENSION_NOTICE, "", True),
    ("채용후보자 명부 유효기간을 연장하기로 했을 때 그 사실을 공고할지 말지는 경찰청장이 정한다.", EXTENSION_NOTICE, "", False),
    ("자치경찰위원회가 매년 자치경찰 활동을 평가한 결과를 공표할지는 위원회의 재량에 속한다.", RESULTS_PUBLISHED, "", False),
    # what is kept confidential is not disclosed
    ("The committee's member list and minutes must be made public.", MINUTES_PUBLIC, "", True),
    ("The names of committee members and the meeting minutes are kept confidential.", MINUTES_PUBLIC, "", False),
    ("Secrets that members learn in their duties must remain confidential.", SECRETS_KEPT, "", True),
    ("Members' secrets learned on duty are not kept confidential.", SECRETS_KEPT, "", False),
    # whom, said by a one-syllable verb with its object ('승인을 받은') or by a condition ('복귀하지 아니하거나')
    ("제주에선 제주자치도경찰청장 승인을 받은 자치경찰공무원만 무기를 휴대·사용할 수 있어요.", WEAPONS_APPROVED, "", True),
    ("제주에선 제주자치도경찰청장 승인을 받지 않은 자치경찰공무원도 무기를 휴대·사용할 수 있어요.", WEAPONS_APPROVED, "", False),
    ("An official who does not return to duty after a leave of absence has ended can be dismissed ex officio.",
     NOT_RETURNED, NOT_RETURNED_LEAD, True),
    ("An official who does return to duty after a leave of absence has ended can be dismissed ex officio.",
     NOT_RETURNED, NOT_RETURNED_LEAD, False),
    # 'entitled to an allowance' is a right to it; 'up to the mayor', 'permits' and 'can never' are modalities
    ("A local official who has served 20 years and retires early may be paid an honorary retirement allowance.",
     HONORARY_ALLOWANCE, "", True),
    ("A local official who has served 20 years and retires early is entitled to an honorary retirement allowance.",
     HONORARY_ALLOWANCE, "", False),
    # 'entitled to access' (a verb in -ss) is a permission, not a right to receive something
    ("Anyone is entitled to access the roster of candidates for new appointment.", ROSTER_OPEN, "", True),
    ("Nobody is entitled to access the roster of candidates for new appointment.", ROSTER_OPEN, "", False),
    ("The audit committee may change the audit plan while the audit is under way if a change is needed.", AUDIT_PLAN, "",
     True),
    ("The audit committee must draw up an audit plan before auditing, and it can never change that plan once the audit "
     "is under way.", AUDIT_PLAN, "", False),
    # two sentences: each states its own predicate
    ("The committee has to notify the Commissioner General of the results regularly. The Commissioner General must then "
     "reflect them.", RESULTS_REFLECTED, "", True),
    ("The committee has to notify the Commissioner General of the results regularly. The Commissioner General, however, "
     "has discretion whether to take those results into account.", RESULTS_REFLECTED, "", False),
    # a clause with a subject and a modal of its own
    ("Committees must regularly send the Commissioner General their evaluations of police station chiefs, and the "
     "Commissioner General must take those results into account.", RESULTS_REFLECTED, "", True),
    ("Committees must regularly send the Commissioner General their evaluations of police station chiefs, and the "
     "Commissioner General may, at his or her discretion, take those results into account.", RESULTS_REFLECTED, "", False),
    # a proviso rules what only it names; an item an applied article leaves out
    ("부득이하게 지출하지 못한 세출예산은 다음 연도로 이월해 쓸 수 있다.", CARRY_OVER_BY_DECREE, "", True),
    ("세출예산은 2회계연도를 넘겨 이월할 수 있다.", CARRY_OVER_BY_DECREE, "", False),
    ("자치경찰공무원의 자치경찰사무 수행에는 「경찰관 직무집행법 시행령」 제7조가 준용되지만 제7호는 빠진다.", DECREE_APPLIED, "", True),
    ("자치경찰공무원의 자치경찰사무 수행에는 「경찰관 직무집행법 시행령」 제7조 제7호도 준용된다.", DECREE_APPLIED, "", False),
    # the rule kept for the case its proviso takes out, said plainly
    ("An investigative agency must notify the head of the official's agency before detaining an official, except one "
     "caught in the act.", ARREST_NOTICE, "", True),
    ("An investigative agency must notify the head of the official's agency before detaining an official, even one "
     "caught in the act.", ARREST_NOTICE, "", False),
    ("수사기관은 현행범인 공무원을 구속할 때도 소속 기관장에게 미리 알려야 한다.", ARREST_NOTICE, "", False),
    # a 호 read with the lead sentence that rules it, and with its own proviso
    ("Persons who left a political party less than three years ago cannot become committee members.", PARTY_ITEM,
     COMMITTEE_BARS_LEAD, True),
    ("Persons who have not yet been out of a political party for three years are not barred from serving as committee "
     "members.", PARTY_ITEM, COMMITTEE_BARS_LEAD, False),
    ("A chair or standing member who became a local government official under Article 20(3) does not lose the seat.",
     OFFICIALS_ITEM, COMMITTEE_BARS_LEAD, True),
    ("A chair or standing member who has become a local government official under Article 20(3) automatically loses the "
     "seat.", OFFICIALS_ITEM, COMMITTEE_BARS_LEAD, False),
])
def test_bans_said_as_blocked_discretion_confidentiality_provisos_and_list_leads(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


# police-act 제23조제1항, jeju-special-act-decree 제14조제1항제3호, police-act 제19조제1항,
# jeonbuk-special-act 제16조제1항, the paper's p1s5, npa-organization-decree 제45조제1항
TERM_NO_RENEWAL = "시ㆍ도자치경찰위원회 위원장과 위원의 임기는 3년으로 하며, 연임할 수 없다."
SPRAYS_ITEM = "분사기: 가스분사기와 가스발사총(고무탄 발사겸용은 제외한다)"
STANDING_MEMBERS = ("시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, 위원장과 1명의 위원은 상임으로 하고, "
                    "5명의 위원은 비상임으로 한다.")
PLAN_CONSENT = "도지사는 종합계획을 수립할 때에는 도의회의 동의를 받아야 한다."
CENTRALIZED_KEPT = (
    "In order to operate the autonomous police system, a blueprint to transfer much of the police power to local "
    "governments should have been presented, but due to the inefficiency of decentralized systems, confrontation between "
    "the two Koreas, and familiarity with the implementation of the national police system, a centralized national police "
    "system was maintained, and a formal police organization with limited responsibilities and authority was established "
    "in local governments and only some police duties closely related to residents' lives was carried out as an office "
    "manager.")
EXAM_NOTICE_ALL = ("공개경쟁신규임용시험, 공개경쟁승진시험 또는 경력경쟁임용시험을 실시할 때에는 임용예정 직급ㆍ직위, 응시자격, "
               "선발예정 인원, 시험의 방법ㆍ시기ㆍ장소 등에 관하여 필요한 사항을 대통령령으로 정하는 바에 따라 공고하여야 한다. "
               "다만, 제27조제2항 단서에 따라 다수인을 대상으로 하지 아니한 시험의 경우에는 공고하지 아니할 수 있다.")
# (local-public-officials-act 제35조제1항)
AUDIT_TENURE = ("감사위원은 다음 각 호의 어느 하나에 해당하는 경우를 제외하고는 임기 안에 본인의 의사에 반하여 면직되거나 "
                "해촉되지 아니한다.")  # gangwon-special-act 제27조제2항
MEETINGS_REGULAR = ("시ㆍ도자치경찰위원회의 회의는 정기적으로 개최하여야 한다. 다만 위원장이 필요하다고 인정하는 경우, 위원 2명 "
                    "이상이 요구하는 경우 및 시ㆍ도지사가 필요하다고 인정하는 경우에는 임시회의를 개최할 수 있다.")  # police-act 제26조제1항
SEOUL_DEPUTIES = ("서울특별시경찰청에 공공안전차장, 수사차장 및 생활안전차장을 두며, 청장이 부득이한 사유로 그 직무를 수행할 수 "
                  "없을 때에는 공공안전차장, 수사차장, 생활안전차장 순으로 그 직무를 대리한다.")


@pytest.mark.parametrize("claim, source, context, supported", [
    # '연임은 안 돼요': a noun predicate banned in speech
    ("시ㆍ도자치경찰위원회 위원장이랑 위원 임기는 3년이고, 연임은 안 돼요.", TERM_NO_RENEWAL, "", True),
    ("시ㆍ도자치경찰위원회 위원장이랑 위원 임기는 3년이고, 연임도 돼요.", TERM_NO_RENEWAL, "", False),
    # a claim naming both sides: '포함되지만 … 빠짐' where the source says '(… 제외한다)'
    ("가스분사기와 가스발사총은 포함되지만, 고무탄 발사 겸용 제품은 빠짐.", SPRAYS_ITEM, "", True),
    ("가스분사기와 가스발사총은 포함되고, 고무탄 발사 겸용 제품도 포함됨.", SPRAYS_ITEM, "", False),
    # 상임 and 비상임 are two terms: the clause with the claim's words says which
    ("위원장과 위원 1명만 상임이고, 나머지 5명은 비상임이다.", STANDING_MEMBERS, "", True),
    ("그중 위원장과 위원 1명은 상임이다.", STANDING_MEMBERS, "", True),
    ("5명의 위원은 상임으로 한다.", STANDING_MEMBERS, "", False),
    # whose consent, where the claim names a body the tables do not know
    ("When drawing up the comprehensive plan, the governor must obtain the consent of the provincial council.",
     PLAN_CONSENT, "", True),
    ("When drawing up the comprehensive plan, the governor must obtain the consent of the Support Committee.",
     PLAN_CONSENT, "", False),
    # a name's derived form ('inter-Korean' for 'the two Koreas'), not another name
    ("Inefficiency, inter-Korean confrontation and familiarity with national policing kept a centralized national "
     "police system in place.", CENTRALIZED_KEPT, "", True),
    ("Inefficiency, inter-Korean confrontation and familiarity with national policing kept a centralized Japanese "
     "police system in place.", CENTRALIZED_KEPT, "", False),
    # a non-restrictive relative clause states a predicate of its own; its condition's modal is not the rule's
    ("The Seoul Metropolitan Police Agency has three deputy heads, for public safety, investigation and community "
     "safety, who stand in for the head in that order when the head cannot act.", SEOUL_DEPUTIES, "", True),
    ("The Seoul Metropolitan Police Agency has deputy heads for public safety, investigation and community safety, "
     "who do not stand in for the head when the head cannot act.", SEOUL_DEPUTIES, "", False),
    ("The Seoul Metropolitan Police Agency has deputy heads for public safety, investigation and community safety, "
     "who never stand in for the head.", SEOUL_DEPUTIES, "", False),
    # a duty said as a noun ('…은 국가의 의무다'); 'nothing allows' is a ban; 'if it so chooses' is a discretion
    ("인력·장비 비용 지원은 국가의 의무다.", ART34, "", True),
    ("제주 자치경찰 운영 경비 지원은 국가의 의무다.", JEJU103, "", False),
    ("The State is allowed to support Jeju's autonomous police financially.", JEJU103, "", True),
    ("Nothing allows the State to support Jeju's autonomous police financially.", JEJU103, "", False),
    ("The committee's meetings are held regularly, and extraordinary meetings may be convened when the chair considers "
     "it necessary.", MEETINGS_REGULAR, "", True),
    ("The committee's meetings may be held regularly if the committee so chooses, and extraordinary meetings may be "
     "convened when the chair considers it necessary.", MEETINGS_REGULAR, "", False),
    ("The governor drafts the budget after the committee's review and vote, with the Commissioner General's views "
     "heard first.", BUDGET, "", True),
    ("The governor drafts the budget after the committee's review and vote, with the Commissioner General's views "
     "heard only if the committee wishes.", BUDGET, "", False),
    # '꼭 …해야 하는 건 아니다' denies the duty; '알아서 판단할 일' is a discretion; '생략된다' leaves a step out
    ("인력·장비에 드는 비용은 국가가 재정적으로 지원해 줘야 한다.", ART34, "", True),
    ("국가가 인력·장비 비용을 꼭 대줘야 하는 건 아니다.", ART34, "", False),
    ("제주 자치경찰 경비 지원은 국가가 알아서 판단할 일이다.", JEJU103, "", True),
    ("인력·장비 비용 지원은 국가가 알아서 판단할 일이다.", ART34, "", False),
    ("경찰청장을 임명할 때는 국회 인사청문을 거친다.", APPOINT, "", True),
    ("경찰청장 임명 때 국회 인사청문은 생략된다.", APPOINT, "", False),
    # '반기별 1회' is twice a year; 'closed to the public', 'in private' are not public, 'not closed' is
    ("Regular meetings of the policy council are, as a rule, held twice a year.", POLICY, "", True),
    ("Regular meetings of the policy council are, as a rule, held three times a year.", POLICY, "", False),
    ("The recommendation committee meets in private.", SEALED, "", True),
    ("The recommendation committee's meetings are not closed to the public.", SEALED, "", False),
    # 'the law lets X pay' and 'leaves it to X whether' are permissions; ', whose …' is a clause of its own;
    # 'requires no hearing' denies the duty
    ("The law makes the State pay for the staff and equipment of the transferred work.", ART34, "", True),
    ("The law lets the State pay for the staff and equipment of the transferred work.", ART34, "", False),
    ("The law leaves it to the State whether to pay for the staff and equipment of the transferred work.", ART34, "",
     False),
    ("The President appoints the Commissioner General, whose appointment requires a National Assembly hearing.",
     APPOINT, "", True),
    ("The President appoints the Commissioner General, whose appointment requires no National Assembly hearing.",
     APPOINT, "", False),
    # '실시하는 건 선택이다': doing it is a choice
    ("국가는 인력·장비 비용을 꼭 지원해야 한다.", ART34, "", True),
    ("국가가 인력·장비 비용을 지원하는 건 선택이다.", ART34, "", False),
    # a first clause that makes a duty optional, joined to a second rule by ';'
    ("Publicly announcing an open competitive recruitment exam is required, with the eligibility and the number to be "
     "hired.", EXAM_NOTICE_ALL, "", True),
    ("Publicly announcing an open competitive recruitment exam is optional; the authority decides whether to publish "
     "the eligibility and the number to be hired.", EXAM_NOTICE_ALL, "", False),
    # 'enjoy no protection against being dismissed' = may be dismissed
    ("Gangwon audit commissioners are protected against being dismissed against their will during their term.",
     AUDIT_TENURE, "", True),
    ("Gangwon audit commissioners enjoy no protection against being dismissed against their will during their term.",
     AUDIT_TENURE, "", False),
    # 'has leeway', 'is supposed to', 'has ceased', 'is prevented from', 'refuses to', 'is waived', 'none of',
    # 'denied a second term', 'a fresh term'
    ("The State has the option of funding Jeju's autonomous police.", JEJU103, "", True),
    ("The State has leeway over whether to fund the staff and equipment of the transferred work.", ART34, "", False),
    ("The State is supposed to fund Jeju's autonomous police.", JEJU103, "", False),
    ("The State has ceased funding Jeju's autonomous police.", JEJU103, "", False),
    ("The State is prevented from funding Jeju's autonomous police.", JEJU103, "", False),
    ("The State refuses to fund Jeju's autonomous police.", JEJU103, "", False),
    ("The National Assembly's hearing is waived for the Commissioner General.", APPOINT, "", False),
    ("None of the recommendation committee's meetings are public.", SEALED, "", True),
    ("Members are denied a second term.", TERM_NO_RENEWAL, "", True),
    ("Members get a fresh term after three years.", TERM_NO_RENEWAL, "", False),
    # '들을지 말지 스스로 정한다' (no particle after 말지): whether is left to the committee
    ("위원회는 예산을 심의할 때 경찰청장 의견을 꼭 들어야 한다.", BUDGET, "", True),
    ("위원회는 경찰청장 의견을 들을지 말지 스스로 정한다.", BUDGET, "", False),
    # 'is up to the State' is its discretion (not 'up to the end of the year')
    ("The State is obliged to help pay for the staff and equipment of the transferred work.", ART34, "", True),
    ("Helping to pay for staff and equipment is up to the State.", ART34, "", False),
    # another term is a reappointment (연임); 'ruled out' bans it; 'left out' is excluded; 'via' is 거쳐
    ("Committee members serve three years and are not eligible for another term.", TERM_NO_RENEWAL, "", True),
    ("Committee members serve three years and are eligible for another term.", TERM_NO_RENEWAL, "", False),
    ("Committee members serve three years, and a second term is ruled out.", TERM_NO_RENEWAL, "", True),
    ("Committee members serve three years, and a second term is not ruled out.", TERM_NO_RENEWAL, "", False),
    ("Gas sprayers that can also fire rubber bullets are left out.", SPRAYS_ITEM, "", True),
    ("Gas sprayers that can also fire rubber bullets are not left out.", SPRAYS_ITEM, "", False),
])
def test_spoken_bans_both_sides_named_standing_members_unknown_consenters_and_relative_clauses(
        claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


def test_once_more_counts_nothing():
    # '한 번 더 맡는 것' is serving again (중임), not the number 1; '두 번' still counts
    assert "1" not in find_numbers("국가수사본부장은 2년 임기로 일하고, 한 번 더 맡는 것은 허용되지 않는다.")
    assert "2" in find_numbers("연임은 두 번까지 할 수 있다.")


# police-officials-act 제8조제2항 (items 1, 2, 4 and 8 with two of its 목), police-act 제20조제7항 (items 1 and 2)
OFFICER_BARS = ("다음 각 호의 어느 하나에 해당하는 사람은 경찰공무원으로 임용될 수 없다.\n"
                "  1. 대한민국 국적을 가지지 아니한 사람\n"
                "  2. 「국적법」 제11조의2제1항에 따른 복수국적자\n"
                "  4. 파산선고를 받고 복권되지 아니한 사람\n"
                "  8. 다음 각 목의 어느 하나에 해당하는 죄를 범한 사람으로서 100만원 이상의 벌금형을 선고받고 그 형이 확정된 후 "
                "3년이 지나지 아니한 사람\n"
                "    가. 「성폭력범죄의 처벌 등에 관한 특례법」 제2조에 따른 성폭력범죄\n"
                "    나. 「스토킹범죄의 처벌 등에 관한 법률」 제2조제2호에 따른 스토킹범죄\n")
MEMBER_BARS = ("다음 각 호의 어느 하나에 해당하는 사람은 위원이 될 수 없다. 위원이 각 호의 어느 하나에 해당한 경우에는 "
               "당연퇴직한다.\n"
               "  1. 정당의 당원이거나 당적을 이탈한 날부터 3년이 지나지 아니한 사람\n"
               "  2. 선거에 의하여 취임하는 공직에 있거나 그 공직에서 퇴직한 날부터 3년이 지나지 아니한 사람\n")


@pytest.mark.parametrize("claim, source, supported", [
    # a 목 is an item too: the lead sentence alone states the rule, not the lead with a 목 that shares no word
    ("Someone with dual nationality cannot be appointed as a police officer.", OFFICER_BARS, True),
    ("Someone with dual nationality is not disqualified from becoming a police officer.", OFFICER_BARS, False),
    # 'and not yet reinstated' describes the person; 'bars' is a ban
    ("A person declared bankrupt and not yet reinstated cannot be appointed as a police officer.", OFFICER_BARS, True),
    ("A person declared bankrupt and not yet reinstated may still be appointed as a police officer.", OFFICER_BARS,
     False),
    ("Dual nationality bars appointment as a police officer.", OFFICER_BARS, True),
    # '위원이 못 된다' negates 되다, as '위원이 될 수 없다' does, not the noun
    ("당적을 떠난 지 3년이 안 된 사람은 위원이 못 된다.", MEMBER_BARS, True),
    ("당적을 떠난 지 3년이 안 된 사람도 위원이 될 수 있다.", MEMBER_BARS, False),
    # each sentence that names the items states its own rule about them
    ("Anyone who left a political party less than three years ago cannot become a committee member.", MEMBER_BARS,
     True),
    ("A member who joins a political party automatically loses the seat.", MEMBER_BARS, True),
])
def test_lists_with_sub_items_descriptions_bans_and_two_lead_sentences(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


CHAIR_APPOINTED = ("시ㆍ도자치경찰위원회 위원장은 위원 중에서 시ㆍ도지사가 임명하고, 상임위원은 시ㆍ도자치경찰위원회의 의결을 거쳐 "
                   "위원 중에서 위원장의 제청으로 시ㆍ도지사가 임명한다. 이 경우 위원장과 상임위원은 지방자치단체의 공무원으로 한다.")
NON_OFFICIAL_PAY = "시ㆍ도자치경찰위원회의 위원 중 공무원이 아닌 위원에게는 예산의 범위에서 직무활동에 필요한 비용 등을 지급할 수 있다."
NOT_SERVING = "재직 중인 경찰공무원이 아닌 사람 중에서 경찰청장이 추천하는 1명"
COUNCIL_SUMMONS = ("시ㆍ도의회는 관련 예산의 효율적인 관리를 위하여 의결로써 자치경찰사무에 대해 시ㆍ도자치경찰위원장의 출석 및 자료 "
                   "제출을 요구할 수 있다.")
OFFICER_SUPPORT = "시ㆍ도지사는 자치경찰사무 담당 공무원에게 조례에서 정하는 예산의 범위에서 재정적 지원 등을 할 수 있다."
INNOVATION = ("국가와 지방자치단체는 지역의 여건과 특성에 적합한 지역혁신체계를 구축하기 위하여 산업계ㆍ학계ㆍ연구계 간의 협력 활성화, "
              "지역혁신을 위한 전문인력의 양성, 기술 및 기업경영에 대한 지원기관의 확충, 지역혁신 관련 사업의 조정 및 연계운용 등에 "
              "관한 시책을 추진하여야 한다.")
SEJONG_NOTICE = ("지원위원회는 제9조제1항 각 호의 사항에 대한 심의 결과를 관계 중앙행정기관의 장에게 통보하고, 통보를 받은 관계 "
                 "중앙행정기관의 장은 필요한 조치를 하여야 한다.")
DELEGATION = ("시ㆍ도자치경찰위원회는 자치경찰사무에 대한 지휘ㆍ감독이 실시간으로 이루어질 수 있도록 미리 경찰청장과 협의하여 "
              "시ㆍ도경찰청장에게 위임되는 자치경찰사무 지휘ㆍ감독권의 범위 및 위임 절차 등을 시ㆍ도자치경찰위원회의 의결을 거쳐 정해야 한다.")
NO_CASE_DIRECTION = ("경찰청장은 경찰의 수사에 관한 사무의 경우에는 개별 사건의 수사에 대하여 구체적으로 지휘ㆍ감독할 수 없다. 다만, "
                     "국민의 생명ㆍ신체ㆍ재산 또는 공공의 안전 등에 중대한 위험을 초래하는 긴급하고 중요한 사건의 수사에 있어서 경찰의 "
                     "자원을 대규모로 동원하는 등 통합적으로 현장 대응할 필요가 있다고 판단할 만한 상당한 이유가 있는 때에는 제16조에 따른 "
                     "국가수사본부장을 통하여 개별 사건의 수사에 대하여 구체적으로 지휘ㆍ감독할 수 있다.")
REVIEW_OPINION = ("도지사는 제3항 또는 제4항에 따라 의견서를 받은 때에는 그 의견에 대한 검토의견서를 작성하여야 한다. 이 경우 필요하다고 "
                  "인정하는 경우에는 행정시장에게 그 검토의견서를 작성하게 할 수 있다.")
EVALUATION = ("시ㆍ도자치경찰위원회는 정기적으로 경찰서장의 자치경찰사무 수행에 관한 평가결과를 경찰청장에게 통보하여야 하며 "
              "경찰청장은 이를 반영하여야 한다.")
NPA_BUREAU = ("범죄예방대응국에 국장 1명을 두고, 국장 밑에 「행정기관의 조직과 정원에 관한 통칙」 제12조에 따른 보좌기관 중 "
              "실장ㆍ국장을 보좌하는 보좌기관(이하 \"정책관등\"이라 한다) 1명을 둔다.")
PHARMACY = ("외국인전용약국에 종사하는 약사는 내국인을 대상으로 의약품의 조제 또는 판매를 할 수 없다. 다만, 외국의료기관에서 "
            "처방전을 발급받은 내국인에게 그 처방전에 따른 의약품을 조제하거나 판매할 수 있다.")
PLEDGE = ("Given that time is needed to overhaul legislation, implement new models, and improve complementary points, it is "
          "not easy to keep its pledge to fully implement the dual autonomous police system by 2026.")


@pytest.mark.parametrize("claim, source, supported", [
    # the members elect the chair where the governor appoints one; national officials where the source has local ones
    ("위원장은 위원 중에서 시ㆍ도지사가 임명한다.", CHAIR_APPOINTED, True),
    ("위원장은 위원들이 서로 뽑게 돼 있어요.", CHAIR_APPOINTED, False),
    ("The members elect their chair.", CHAIR_APPOINTED, False),
    ("The chair and the standing member hold local government official status.", CHAIR_APPOINTED, True),
    ("The chair and the standing member are national public officials.", CHAIR_APPOINTED, False),
    ("위원장과 상임위원은 국가공무원 신분이다.", CHAIR_APPOINTED, False),
    # whom, said by what they are not ('공무원이 아닌 위원', '재직 중인 경찰공무원이 아닌 사람')
    ("Members who are not public officials may be paid expenses needed for their duties within the budget.",
     NON_OFFICIAL_PAY, True),
    ("Civilian members may be paid expenses for their duties within the budget.", NON_OFFICIAL_PAY, True),
    ("Members who are civil servants may be paid expenses for their duties within the budget.", NON_OFFICIAL_PAY, False),
    ("One recommender is recommended by the Commissioner General from among people who are not serving police officers.",
     NOT_SERVING, True),
    ("One recommender is recommended by the Commissioner General from among serving police officers.", NOT_SERVING,
     False),
    # a power said as a noun; discretion said as where the act lies
    ("The provincial council has the power to require the committee chair to attend.", COUNCIL_SUMMONS, True),
    ("The provincial council has no power to require the committee chair to attend or submit materials.",
     COUNCIL_SUMMONS, False),
    ("The provincial council lacks the authority to require the chair to attend.", COUNCIL_SUMMONS, False),
    ("Financial support to officials handling autonomous police work is at the governor's discretion.", OFFICER_SUPPORT,
     True),
    ("Financial support to officials handling autonomous police work lies within the governor's discretion.",
     OFFICER_SUPPORT, True),
    ("지역혁신체계를 위한 시책 추진은 국가와 지방자치단체의 의무이다.", INNOVATION, True),
    ("지역혁신체계를 위한 시책 추진은 국가와 지방자치단체의 재량이다.", INNOVATION, False),
    # the Mayor of Sejong is a 시ㆍ도지사 the provision does not name
    ("The support committee notifies the results of its deliberations to the Mayor of Sejong.", SEJONG_NOTICE, False),
    # a rule reported ('…다고 규정한다', '…다는 게 법의 입장'), 'without needing to consult'
    ("시ㆍ도에는 2개의 시ㆍ도경찰청을 둘 수 있다고 규정한다.", TWO_AGENCIES, True),
    ("인구 등을 고려하여 시ㆍ도에는 2개의 시ㆍ도경찰청을 두어야 한다고 규정한다.", TWO_AGENCIES, False),
    ("위임 범위를 정할 때에는 미리 경찰청장과 협의하고 위원회 의결을 거쳐야 한다.", DELEGATION, True),
    ("위임 범위를 정할 때에는 경찰청장과 미리 협의할 필요 없이 위원회 의결만 거치면 된다고 규정한다.", DELEGATION, False),
    # 'as a rule' is the rule, not its 다만 exception
    ("As a rule, the Commissioner General cannot give specific direction over individual investigations.",
     NO_CASE_DIRECTION, True),
    ("The Commissioner General is as a rule entitled to give specific direction over individual investigations.",
     NO_CASE_DIRECTION, False),
    ("원칙적으로 경찰청장은 개별 사건 수사를 구체적으로 지휘ㆍ감독할 수 있다.", NO_CASE_DIRECTION, False),
    ("외국인전용약국 약사는 원칙적으로 내국인에게 약을 조제하거나 팔 수 없지만, 외국의료기관에서 처방전을 받은 내국인에게는 "
     "그 처방전대로 조제ㆍ판매할 수 있다.", PHARMACY, True),
    # '…하게 할 수 있다' has another do it: the governor's own act is the sentence before
    ("The governor must prepare a review opinion on written comments received.", REVIEW_OPINION, True),
    ("The governor may have the administrative city mayor prepare the review opinion.", REVIEW_OPINION, True),
    ("The governor may prepare a review opinion on written comments received.", REVIEW_OPINION, False),
    # a relative clause that takes the results into account at discretion
    ("The committee must regularly notify the Commissioner General of its evaluations of police station chiefs, and the "
     "Commissioner General must take them into account.", EVALUATION, True),
    ("The committee must periodically send its evaluations of police station chiefs to the Commissioner General, who "
     "then has discretion whether to take those results into account.", EVALUATION, False),
    # '둘 수 있을 뿐이에요' is a permission; '어렵지 않다' is easy
    ("범죄예방대응국에는 국장 1명을 두고, 국장을 보좌하는 정책관등 1명을 둔다.", NPA_BUREAU, True),
    ("범죄예방대응국에는 국장 1명을 두고, 필요하다면 정책관등 1명을 둘 수 있을 뿐이에요.", NPA_BUREAU, False),
    ("2026년까지 이원화 자치경찰제를 전면 시행하겠다는 공약은 지키기 쉽지 않다.", PLEDGE, True),
    ("2026년까지 이원화 자치경찰제 전면 시행 공약은 지키기 어렵지 않다.", PLEDGE, False),
])
def test_whom_by_what_they_are_not_powers_reported_rules_and_acts_had_done_by_another(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


SCIENCE_POLICY = ("경찰청장은 치안에 필요한 연구ㆍ실험ㆍ조사ㆍ기술개발(이하 \"연구개발사업\"이라 한다) 및 전문인력 양성 등 치안분야의 "
                  "과학기술진흥을 위한 시책을 마련하여 추진하여야 한다.")
OATH = ("공무원은 취임할 때에 소속 기관장 앞에서 조례로 정하는 바에 따라 선서를 하여야 한다. 다만, 불가피한 사유가 있을 때에는 "
        "취임 후에 선서하게 할 수 있다.")
NOT_DISMISSED = "위원은 중대한 신체상 또는 정신상의 장애로 직무를 수행할 수 없게 된 경우를 제외하고는 그 의사에 반하여 면직되지 아니한다."
TREND = ("Despite various problems, the autonomous police system has become an irreversible trend of the times, and "
         "although it is insufficient, discussions continue as it contributes to improving the quality of life of "
         "residents by improving the problems.")
NO_PROBATION = "다음 각 호의 어느 하나에 해당하는 경우에는 시보임용을 거치지 아니한다."  # the lead of the 호 cited below
NO_PROBATION_ITEM_ALONE = "자치경찰공무원을 그 계급에 상응하는 경찰공무원으로 임용하는 경우"
SEJONG_ACT = "세종특별자치시 설치 등에 관한 특별법"
COURT_SEAT = "시ㆍ도경찰청의 소재지를 관할하는 지방법원장이 추천하는 1명"
TOBACCO_NOTWITHSTANDING = ("「지방교육재정교부금법」 제11조제2항제2호에도 불구하고 시장은 담배소비세의 100분의 45에 해당하는 금액을 "
           "교육비특별회계로 전출하지 아니할 수 있다.")
LIBRARY = ("도서관에 도서관장 1명을 두며, 도서관장은 교수ㆍ부교수ㆍ조교수 또는 5급 중에서 학장이 임명하되, "
           "교수ㆍ부교수ㆍ조교수는 겸임하여 보할 수 있다.")
NO_DETRIMENT = ("지방자치단체의 통합으로 인하여 종전의 지방자치단체 또는 특정 지역의 행정상ㆍ재정상 이익이 상실되거나 그 지역 주민에게 "
                "새로운 부담이 추가되어서는 아니 된다.")
TRAINING = ("경찰청장 또는 해양경찰청장은 모든 경찰공무원에게 균등한 교육훈련의 기회가 주어지도록 교육훈련에 관한 종합적인 기획 및 "
            "조정을 하여야 한다.\n경찰청장 또는 해양경찰청장은 교육훈련을 위하여 필요하면 대통령령으로 정하는 바에 따라 경찰공무원을 "
            "국내외의 교육기관에 위탁하여 일정 기간 교육훈련을 받게 할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a duty said to be someone's mere option; an oath one may skip
    ("치안분야 과학기술진흥 시책을 마련해 추진하는 것은 경찰청장의 의무다.", SCIENCE_POLICY, True),
    ("치안분야 과학기술진흥 시책을 마련해 추진하는 것은 경찰청장에게 선택 사항일 뿐이다.", SCIENCE_POLICY, False),
    ("공무원은 취임할 때 소속 기관장 앞에서 선서해야 해요.", OATH, True),
    ("공무원이 취임할 때 소속 기관장 앞에서 선서하는 건 안 해도 되는 선택 사항이에요.", OATH, False),
    # '면직될 수 없는 것은 아니다' is '면직될 수 있다', reported as what the law lays down
    ("위원은 중대한 장애로 직무를 못 하게 된 경우가 아니면 본인 뜻에 반해 면직되지 않는다.", NOT_DISMISSED, True),
    ("위원은 중대한 장애로 직무를 못 하게 된 경우가 아니더라도 본인의 의사에 반하여 면직될 수 없는 것은 아니라고 법은 정하고 있다.",
     NOT_DISMISSED, False),
    # 'can still be reversed' where the paper says irreversible
    ("The autonomous police system is a trend that can no longer be reversed.", TREND, True),
    ("The author regards the autonomous police system as a trend of the times that can still be reversed.", TREND, False),
    # 'goes through' probation is 거치다, which the list's lead negates
    # (a 호 is read with its lead as context, as the checker cites it)
    ("Jeju autonomous police officials appointed to the matching national rank skip probationary appointment.",
     NO_PROBATION_ITEM_ALONE, True),
    ("A Jeju autonomous police official appointed as a police official of the corresponding rank still goes through "
     "probationary appointment.", NO_PROBATION_ITEM_ALONE, False),
    # the chief judge of the district court, not its chief prosecutor
    ("One recommender is recommended by the chief judge of the district court with jurisdiction over the seat of the "
     "provincial police agency.", COURT_SEAT, True),
    ("추천위원 1명은 시ㆍ도경찰청 소재지를 관할하는 지방검찰청 검사장이 추천한다.", COURT_SEAT, False),
    # 'remains obliged'; a proviso and a 'while' clause with modals of their own
    ("Notwithstanding the Local Education Finance Grants Act, the Sejong mayor need not transfer 45/100 of the tobacco "
     "consumption tax to the education special account.", TOBACCO_NOTWITHSTANDING, True),
    ("Notwithstanding the Local Education Finance Grants Act, the Sejong mayor remains obliged to transfer 45/100 of "
     "the tobacco consumption tax to the education special account.", TOBACCO_NOTWITHSTANDING, False),
    ("The library director is appointed by the dean from among professors or grade-5 staff, and professors may hold "
     "the post concurrently.", LIBRARY, True),
    ("The library director is appointed by the dean from among professors or grade-5 staff, provided that professors "
     "appointed to the post must hold it concurrently.", LIBRARY, False),
    ("A merger of local governments must not cost the former local governments their administrative or financial "
     "benefits, nor add new burdens on the residents.", NO_DETRIMENT, True),
    ("A merger of local governments must not cost the former local governments their administrative or financial "
     "benefits, while new burdens on the residents of that area are not ruled out.", NO_DETRIMENT, False),
    # a Korean clause that names its own duty, word for word, where the provision only permits
    ("경찰청장은 교육훈련 기회가 균등하게 주어지도록 기획ㆍ조정해야 하고, 필요하면 경찰공무원을 국내외 교육기관에 위탁해 일정 기간 "
     "교육받게 할 수 있다.", TRAINING, True),
    ("경찰청장은 모든 경찰공무원에게 교육훈련 기회가 균등하게 주어지도록 기획ㆍ조정해야 하고, 필요한 경우 대통령령에 따라 "
     "경찰공무원을 국내외 교육기관에 위탁해 일정 기간 교육받게 할 의무가 있다.", TRAINING, False),
])
def test_options_double_negations_reversals_provisos_and_clauses_naming_their_own_duty(claim, source, supported):
    context = {NO_PROBATION_ITEM_ALONE: NO_PROBATION, TOBACCO_NOTWITHSTANDING: SEJONG_ACT}.get(source, "")
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


SOFT_LANDING_BILL = ("As a soft landing plan, a bill should be enacted or revised to allow the dualization model to operate "
                     "more efficiently, which should include organizational and operational aspects.")


@pytest.mark.parametrize("claim, source, supported", [
    # whether to act left to someone ('입을지는 … 선택 사항'), a duty called 'merely an option': read even where the
    # words match too little and the embedding alone finds the passage close
    ("경찰공무원은 제복을 입어야 해요.", UNIFORM_DUTY, True),
    ("민원 답변: 경찰공무원이 제복을 입을지는 본인이 판단할 선택 사항이에요.", UNIFORM_DUTY, False),
    ("For the soft-landing plan, the paper treats enacting or revising a bill as merely an option that could be "
     "taken to help the dual model run more efficiently.", SOFT_LANDING_BILL, False),
])
def test_whether_to_act_left_to_someone_or_merely_an_option_is_no_duty(claim, source, supported):
    verdict = judge_support(claim, source, similarity=_close)
    assert verdict.supported is supported, verdict.reason


NO_MEDDLING = "시ㆍ도자치경찰위원회의 업무와 관련하여 시ㆍ도지사는 정치적 목적이나 개인적 이익을 위해 관여하여서는 아니 된다."
ASSESSMENT = ("국가는 국정의 통일성과 지방행정의 책임성을 확보하기 위하여 지방자치단체의 행정 및 재정의 운영에 관한 합리적 "
              "평가기준을 마련하고 이에 따라 진단ㆍ평가를 실시할 수 있다.")
PROVINCES_KEPT = ("도는 지방자치단체로서 존치하되, 지방시대위원회는 이 법에 따른 시ㆍ군의 통합 등과 관련하여 도의 지위 및 기능 재정립 "
                  "등을 포함한 도의 개편방안을 마련하여야 한다.")
JEONBUK_SECRETS = ("감사위원회의 공무원이 아닌 감사위원 및 제120조제6항에 따라 감사에 참여한 사람 중 공무원이 아닌 사람은 재직 중은 "
                   "물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a ban said not to exist ('법으로 막혀 있지는 않다', '금지하고 있지 않다'); a permission called a must-do
    ("시ㆍ도지사는 정치적 목적이나 개인적 이익을 위해 위원회 업무에 관여해서는 안 된다.", NO_MEDDLING, True),
    ("위원회 업무와 관련하여 시ㆍ도지사가 정치적 목적이나 개인적 이익을 위해 관여하는 것이 법으로 막혀 있지는 않다.", NO_MEDDLING,
     False),
    ("법은 시ㆍ도지사가 정치적 목적으로 위원회 업무에 관여하는 것을 금지하고 있지 않다.", NO_MEDDLING, False),
    ("국가는 합리적 평가기준을 마련해 지방자치단체의 행정ㆍ재정 운영을 진단ㆍ평가할 수 있다.", ASSESSMENT, True),
    ("국가가 합리적 평가기준을 마련하고 그에 따라 진단ㆍ평가를 실시하는 것은 반드시 해야 하는 일이다.", ASSESSMENT, False),
    # a body kept (존치), said not kept
    ("Provinces remain local governments, while the regional-era committee must draw up a plan to reorganise them.",
     PROVINCES_KEPT, True),
    ("The Act provides that provinces will not be kept as local governments, and the committee is to prepare a plan "
     "to reorganise them.", PROVINCES_KEPT, False),
    # a duty of secrecy said to lapse once members leave; a concession before the main clause
    ("Non-official audit committee members must keep official secrets both while serving and after they leave.",
     JEONBUK_SECRETS, True),
    ("Non-official audit committee members must keep official secrets while they serve, whereas once they have left "
     "office the confidentiality obligation no longer applies to them.", JEONBUK_SECRETS, False),
    ("The press release states that, although residents must not be saddled with new burdens because of a merger, a "
     "former municipality may well lose the administrative and fiscal advantages it used to enjoy.", NO_DETRIMENT,
     False),
    # a first clause after its 'when' condition, left to discretion
    ("When written opinions reach the governor, drawing up a review opinion in response is left to the governor's "
     "discretion, and the governor may also have an administrative city mayor prepare it.", REVIEW_OPINION, False),
    ("Because overhauling legislation and fixing weak points take time, the pledge to implement the dual system fully "
     "by 2026 will not be easy to keep.", PLEDGE, True),
])
def test_bans_denied_bodies_kept_duties_lapsing_and_clauses_after_a_condition(claim, source, supported):
    context = "제18조(종합계획의 수립)" if source is REVIEW_OPINION else ""  # (the 항's article heading, as the checker reads it)
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


FLAGRANT = ("자치경찰공무원이 현행범인을 발견하여 현장에서 체포한 경우에는 즉시 경찰공무원에게 인도하여야 한다. 다만, 제90조제4호의 "
            "직무를 수행하는 중에 현장에서 체포한 현행범인의 경우에는 그러하지 아니하다.")


def test_a_rule_said_to_apply_equally_to_the_case_its_proviso_takes_out_is_rejected():
    rule = ("Jeju autonomous police officers who arrest a flagrant offender at the scene must hand the person over to "
            "national police officers at once")
    assert judge_support(f"{rule}.", FLAGRANT).supported
    assert judge_support(f"{rule}, except offenders arrested while performing the duties under item 4 of Article 90.",
                         FLAGRANT).supported
    verdict = judge_support(f"{rule}, and this applies equally to offenders arrested while the officers were performing "
                            "the special judicial police duties covered by item 4 of Article 90.", FLAGRANT)
    assert not verdict.supported and "excepts this case" in verdict.reason, verdict.reason


REGULAR_MEETINGS = ("시ㆍ도자치경찰위원회의 회의는 정기적으로 개최하여야 한다. 다만 위원장이 필요하다고 인정하는 경우, 위원 2명 이상이 "
                    "요구하는 경우 및 시ㆍ도지사가 필요하다고 인정하는 경우에는 임시회의를 개최할 수 있다.")
HALT_REQUEST = ("제2항에 따른 통보를 받은 시ㆍ도자치경찰위원회는 정당한 사유가 없으면 즉시 자치경찰사무를 담당하는 경찰공무원에게 "
                "경찰청장의 지휘ㆍ명령을 받을 것을 명하여야 하며, 제1항에 규정된 사유에 해당하지 아니한다고 인정하면 "
                "시ㆍ도자치경찰위원회의 의결을 거쳐 경찰청장에게 그 지휘ㆍ명령의 중단을 요청할 수 있다.")
BUREAU_HEAD = "생활안전교통국에 국장 1명을 둔다."
RND_FUNDING = ("경찰청장은 제2항 각 호의 기관 또는 단체 등에 대하여 연구개발사업을 실시하는 데 필요한 경비의 전부 또는 일부를 "
               "출연하거나 보조할 수 있다.")
JEJU_FUNDING = "국가는 제주자치도가 자치경찰을 설치ㆍ운영하는 데 필요한 경비를 지원할 수 있다."
MINUTES = "시ㆍ도자치경찰위원회는 회의록을 작성하고, 회의의 내용 및 결과와 출석한 위원의 성명을 적어야 한다."
DISTRICTS = ("제5항에 따라 시의회의원 지역선거구를 획정하는 경우 하나의 읍ㆍ면ㆍ동의 일부를 분할하여 다른 시의회의원 "
             "지역선거구에 속하게 할 수 없다.")


@pytest.mark.parametrize("claim, source, supported", [
    # a Korean clause that ends on its own modal; the modality at the English claim's own verb
    ("위원회 회의는 정기적으로 열어야 하고, 위원 2명 이상이 요구하면 임시회의를 열 수 있다.", REGULAR_MEETINGS, True),
    ("위원회 회의는 정기적으로 열 수 있고, 위원 2명 이상이 요구하면 임시회의를 열 수 있다.", REGULAR_MEETINGS, False),
    ("Once notified, the committee must order its officers to follow the Commissioner General's command unless it "
     "has good reason, and it may ask him to stop if it finds the grounds are not met.", HALT_REQUEST, True),
    ("Once notified, the committee may order its officers to follow the Commissioner General's command, and it may "
     "ask him to stop if it finds the grounds are not met.", HALT_REQUEST, False),
    ("The Community Safety and Traffic Bureau has one director-general.", BUREAU_HEAD, True),
    ("The Community Safety and Traffic Bureau may have a director-general if needed.", BUREAU_HEAD, False),
    # a permission reported as a duty ('required by law', '…할 의무가 있다고 밝혔다')
    ("The Commissioner General may fund all or part of the costs partner institutions incur in police R&D projects.",
     RND_FUNDING, True),
    ("Dear resident, the Commissioner General is required by law to fund all or part of the costs that partner "
     "institutions incur in police R&D projects.", RND_FUNDING, False),
    ("정부는 제주자치도의 자치경찰 설치ㆍ운영 경비를 지원할 수 있다고 밝혔다.", JEJU_FUNDING, True),
    ("정부는 제주자치도의 자치경찰 설치ㆍ운영에 드는 경비를 지원할 의무가 있다고 밝혔다.", JEJU_FUNDING, False),
    # a duty reported as a choice ('…할지는 시장이 정할 일', '의무가 아니라 … 재량')
    ("시장은 예산편성 과정에 주민이 공모방식 등으로 참여할 수 있도록 해야 한다.", SEJONG_BUDGET, True),
    ("예산편성 과정에 주민이 공모방식 등으로 참여할 수 있도록 할지는 시장이 정할 일입니다.", SEJONG_BUDGET, False),
    ("시ㆍ도자치경찰위원회는 회의록을 작성해야 한다.", MINUTES, True),
    ("시ㆍ도자치경찰위원회의 회의록 작성은 의무가 아니라 위원회가 필요할 때 하는 재량이에요.", MINUTES, False),
    # a ban denied by a double negation ('불가능한 것은 아니다')
    ("지역선거구를 정할 때 하나의 읍ㆍ면ㆍ동을 쪼개 다른 선거구에 넣을 수 없다.", DISTRICTS, True),
    ("지역선거구를 정할 때 하나의 읍ㆍ면ㆍ동을 쪼개 다른 선거구에 넣는 것이 불가능한 것은 아니다.", DISTRICTS, False),
    # 'even where' the case a '…경우를 제외하고는' leaves out
    ("A member cannot be dismissed against their will unless a serious physical or mental disability makes them unable "
     "to do the job.", NOT_DISMISSED, True),
    ("A committee member cannot be dismissed against their will even where a serious physical or mental disability "
     "has made them unable to perform their duties.", NOT_DISMISSED, False),
])
def test_clauses_with_their_own_modal_verbs_with_their_own_modality_and_reported_duties(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제50조제2항, sejong-special-act 제24조제2항, autonomous-police-committee-decree 제13조제2항,
# gangwon-special-act 제49조제4항, local-public-officials-act 제49조·제28조제2항, autonomous-police-committee-decree
# 제10조제1항, police-officials-act 제24조제1항, police-act 제20조제4항, jeonbuk-special-act 제15조제2항,
# decentralization-act 제18조제2항, npa-organization-decree 제64조제6항, sejong-special-act 제12조제1항,
# jeju-special-act 제176조, local-public-officials-act 제55조
ARREST_NOTICE_RULE = "수사기관이 공무원을 구속하려면 소속 기관의 장에게 미리 통보하여야 한다. 다만, 현행범은 그러하지 아니하다."
AUDIT_NOTICE_RULE = ("감사위원회는 제1항에 따른 자치감사계획의 주요내용을 감사예정일 30일 이전에 자치감사대상 기관의 장에게 통보하여야 한다. "
                "다만, 신속히 자치감사를 실시하여야 할 급박한 사정이 있거나 자치감사의 실효성을 거두기 위하여 부득이한 때에는 "
                "그러하지 아니하다.")
MEETING_NOTICE_RULE = ("시ㆍ도자치경찰위원회 위원장은 회의를 소집하려면 회의 개최 3일 전까지 회의의 일시ㆍ장소 및 안건 등을 위원에게 "
                  "알려야 한다. 다만, 긴급한 사정이나 그 밖의 부득이한 사유가 있는 경우에는 그렇지 않다.")
ZONE_CHANGE = ("촉진지구의 위치ㆍ경계 또는 면적 등이 변경되는 경우에도 제2항 및 제3항을 적용한다. 다만, 도조례로 정하는 경미한 "
               "사항을 변경하려는 경우에는 그러하지 아니한다.")
OBEY_RULE = "공무원은 직무를 수행할 때 소속 상사의 직무상 명령에 복종하여야 한다. 다만, 이에 대한 의견을 진술할 수 있다."
PROBATION_LEAVE_RULE = ("휴직 기간, 직위해제 기간 및 징계에 따른 정직 또는 감봉처분을 받은 기간은 제1항의 시보임용 기간에 "
             "산입(算入)하지 아니한다.")
SCREENING_SECRET = ("추천위원 또는 추천위원이었던 사람은 직무상 알게 된 비밀을 누설하거나 심사와 관련된 개인 의견을 외부에 "
                    "공표해서는 안 된다.")
FALSE_REPORTS = "경찰공무원은 직무에 관하여 거짓으로 보고나 통보를 하여서는 아니 된다."
NEUTRALITY = "위원은 정치적 중립을 지켜야 하며, 권한을 남용하여서는 아니 된다."
NEUTRALITY_CONTEXT = "제20조(시ㆍ도자치경찰위원회 위원의 임명 및 결격사유)\n국가경찰과 자치경찰의 조직 및 운영에 관한 법률"
HEARING = "도지사는 종합계획을 수립하려는 때에는 공청회를 개최하여야 하고, 제17조제1항에 따른 종합계획심의회의 심의를 거쳐야 한다."
ECO_POLICY = "국가 및 지방자치단체는 지역의 환경을 보전하기 위하여 지역 생태계의 복원과 자연환경의 보전에 관한 시책을 추진하여야 한다."
FIXED_TERM = "경찰대학에 두는 고위공무원단에 속하는 일반직공무원 1명은 임기제공무원으로 임용할 수 있다."
BALANCED_SHARE = ("시장은 관할구역 안의 지역 간 균형발전을 위하여 지역격차 해소를 목적으로 하는 사업에 총세출예산액의 일정비율 "
                  "이상을 투자하여야 한다.")
BOARD_BAR = "다음 각 호의 어느 하나에 해당하는 사람은 개발센터의 임원이 될 수 없다.\n  1. 미성년자ㆍ피성년후견인 또는 피한정후견인"
DIGNITY = "제55조(품위 유지의 의무) 공무원은 품위를 손상하는 행위를 하여서는 아니 된다."
DIGNITY_CONTEXT = "제55조(품위 유지의 의무)\n지방공무원법"
CONTEXTS = {NEUTRALITY: NEUTRALITY_CONTEXT, DIGNITY: DIGNITY_CONTEXT}
"""The heading and the act's title the resolver gives as context (who the 위원 are, which 공무원)."""


@pytest.mark.parametrize("claim, source, supported", [
    # an exception told in the claim's own words ('이 절차가 적용되지 않는다', '그렇게 하지 않아도 된다', 'this does
    # not apply to …'): the rule read with its proviso
    ("수사기관은 공무원을 구속하기 전에 그 소속 기관장에게 알려야 하지만, 현행범이라면 이 절차가 적용되지 않는다.", ARREST_NOTICE_RULE, True),
    ("수사기관은 공무원을 구속하기 전에 그 소속 기관장에게 알려야 하지만, 현행범이 아니라면 이 절차가 적용되지 않는다.",
     ARREST_NOTICE_RULE, False),
    ("An investigative agency that intends to detain a public official must first notify the head of the official's "
     "agency, although this does not apply to someone caught in the act.", ARREST_NOTICE_RULE, True),
    ("감사위원회는 자치감사계획의 주요내용을 감사예정일 30일 전까지 감사대상 기관의 장에게 알려야 하지만, 급박한 사정이 "
     "있으면 그렇게 하지 않아도 됩니다.", AUDIT_NOTICE_RULE, True),
    ("감사위원회는 자치감사계획의 주요내용을 감사예정일 30일 전까지 감사대상 기관의 장에게 알리지 않아도 되지만, 급박한 "
     "사정이 있으면 그렇게 해야 합니다.", AUDIT_NOTICE_RULE, False),
    # a rule said to hold 'even in' the case its proviso takes out ('그렇지 않다', '그러하지 아니한다' as well)
    ("The committee chair must notify members of the meeting's date, place and agenda three days ahead, except in an "
     "emergency or other unavoidable circumstances.", MEETING_NOTICE_RULE, True),
    ("Even in an emergency or other unavoidable circumstances, the committee chair must notify members in advance of "
     "the meeting's date, place and agenda.", MEETING_NOTICE_RULE, False),
    ("촉진지구의 위치나 면적이 바뀌는 경우에도 제2항과 제3항을 적용하지만, 도조례로 정하는 경미한 사항을 바꾸는 경우는 예외다.",
     ZONE_CHANGE, True),
    ("촉진지구의 위치나 면적이 바뀌는 경우에도 제2항과 제3항을 적용하며, 도조례로 정하는 경미한 사항을 바꾸는 경우에도 "
     "마찬가지로 적용함.", ZONE_CHANGE, False),
    # an English clause that denies what only the proviso allows ('not allowed to express an opinion')
    ("Officials must obey their superior's official orders, though they may state their opinion on them.", OBEY_RULE, True),
    ("Officials are not allowed to express an opinion on a superior's order; they must simply obey it.", OBEY_RULE, False),
    # a second clause after ', while' or ', and' with a verb of its own ('does count', 'are not covered by the ban',
    # 'is allowed')
    ("Time on leave of absence does not count toward probation, and periods of suspension or pay cuts are not "
     "counted either.", PROBATION_LEAVE_RULE, True),
    ("Time spent on leave of absence is not counted toward probation, while time under a pay-cut disciplinary "
     "sanction does count toward it.", PROBATION_LEAVE_RULE, False),
    ("Recommendation committee members must not leak secrets learned on the job or publicly share their personal "
     "opinions about the screening.", SCREENING_SECRET, True),
    ("Recommendation committee members must not leak secrets learned on the job, while publicly sharing their "
     "personal opinions about the screening is allowed.", SCREENING_SECRET, False),
    ("Police officers may not file false reports about their duties, and false notifications are banned too.",
     FALSE_REPORTS, True),
    ("Police officers may not file false reports about their duties, and false notifications are not covered by the "
     "ban.", FALSE_REPORTS, False),
    # a rule said not to exist ('금지하는 규정은 두고 있지 않다'); a choice, a discretion or a necessity said as a noun
    ("시ㆍ도자치경찰위원회 위원은 정치적 중립을 지켜야 하고, 권한을 남용해서는 안 된다.", NEUTRALITY, True),
    ("시ㆍ도자치경찰위원회 위원은 정치적 중립을 지켜야 하지만, 권한 남용을 금지하는 규정은 두고 있지 않다.", NEUTRALITY, False),
    ("종합계획 수립 시 공청회 개최는 필수이며, 종합계획심의회 심의도 거쳐야 함.", HEARING, True),
    ("[개조식] 종합계획 수립 시 공청회 개최는 선택 사항이며, 종합계획심의회 심의는 거쳐야 함.", HEARING, False),
    ("국가 및 지방자치단체가 지역 생태복원과 자연환경 보전 시책을 추진할지는 선택 사항이며, 이 시책은 지역 환경 보전을 위한 것이다.",
     ECO_POLICY, False),
    ("경찰대학 고위공무원단 일반직공무원 1명 등 해당 정원은 임기제공무원으로 임용하는 것이 필수다.", FIXED_TERM, False),
    ("시장은 관할구역 안의 지역 간 균형발전을 위한 사업에 총세출예산액의 일정비율 이상을 투자해야 하며, 그 사업은 지역격차 "
     "해소를 목적으로 한다.", BALANCED_SHARE, True),
    ("시장은 관할구역 안의 지역 간 균형발전을 위한 사업에 총세출예산액의 일정비율 이상을 투자할지 재량으로 정하며, 그 사업은 "
     "지역격차 해소를 목적으로 한다.", BALANCED_SHARE, False),
    # '…될 자격이 없다' is '…될 수 없다'; 'conduct that damages the dignity' is '품위를 손상하는 행위'
    ("각 호의 어느 하나에 해당하는 사람은 개발센터의 임원으로 선임될 자격이 없다.", BOARD_BAR, True),
    ("각 호의 어느 하나에 해당하는 사람도 개발센터의 임원으로 선임될 자격이 있다.", BOARD_BAR, False),
    ("Local public officials are prohibited from any conduct that damages the dignity of their office.", DIGNITY, True),
    ("Local public officials may engage in conduct that damages the dignity of their office.", DIGNITY, False),
])
def test_exceptions_in_the_claims_own_words_clauses_after_while_and_choices_said_as_nouns(claim, source, supported):
    verdict = judge_support(claim, source, context=CONTEXTS.get(source, ""))
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제89조제1항·제83조제2항, autonomous-police-committee-decree 제14조제2항, jeju-special-act 제377조제1항,
# police-act 제20조제3항
CARRY_OVER_CAPPED = ("회계는 세출예산 중 부득이한 사유로 해당 회계연도 내에 지출하지 아니한 것은 「국가재정법」 제48조제1항에도 불구하고 "
                     "대통령령으로 정하는 바에 따라 회계의 소관 부처별 또는 지방자치단체별 세출예산의 총액 범위에서 다음 연도에 "
                     "이월(移越)하여 사용할 수 있다. 다만, 그 회계연도부터 2회계연도를 초과하여 이월할 수 없다.")
SHORT_LOANS = "제1항에 따른 일시차입금의 원리금은 해당 회계연도 내에 상환하여야 한다."
PUBLIC_GROUNDWATER = "제주자치도에 부존하는 지하수는 공공의 자원으로서 도지사가 관리하여야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    # '2회계연도를 초과하여 이월할 수 없다' bounds the carry-over from above, whatever verb follows 초과하여
    ("Unspent appropriations of the account may be carried over to the next year, but for no more than two fiscal "
     "years.", CARRY_OVER_CAPPED, True),
    ("Expenditure appropriations of the account may be carried over for more than two fiscal years beyond the "
     "original year.", CARRY_OVER_CAPPED, False),
    # '원금과 이자' is the statute's 원리금; '원금과 이자는 … 모두' is both of them, not 'all'
    ("일시차입금의 원금과 이자는 그 회계연도 안에 모두 갚아야 한다.", SHORT_LOANS, True),
    ("일시차입금의 원금과 이자는 그 회계연도를 넘겨 갚아도 된다.", SHORT_LOANS, False),
    # a claim that names the exception itself ('except officials attending on their own work') states it
    ("Officials or experts who attend a committee meeting can be paid allowances and travel costs within the budget, "
     "except officials attending on matters directly tied to their own work.", ATTENDANCE_PAY, True),
    ("Officials or experts who attend a committee meeting can be paid allowances and travel costs within the budget, "
     "including officials attending on matters directly tied to their own work.", ATTENDANCE_PAY, False),
    # '모두의 자원' is everyone's resource, no claim about all of it
    ("제주에 있는 지하수는 모두의 자원이라서 도지사가 관리를 맡아야 해.", PUBLIC_GROUNDWATER, True),
    ("제주에 있는 지하수는 모두의 자원이라서 도지사가 관리를 맡지 않아도 돼.", PUBLIC_GROUNDWATER, False),
    # 'The mayor or governor' is the 시ㆍ도지사, not a 시장 read from 'The mayor'
    ("The mayor or governor appoints the committee chair from among the members, and appoints standing members on the "
     "chair's recommendation after a committee resolution.", CHAIR_APPOINTED, True),
    ("The Commissioner General appoints the committee chair from among the members, and appoints standing members on "
     "the chair's recommendation after a committee resolution.", CHAIR_APPOINTED, False),
])
def test_bounds_past_a_number_loans_exceptions_the_claim_names_and_longer_names_first(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제16조제1항제3호, sejong-special-act 제27조·제26조제2항
LONG_SERVICE_ITEM = "경사를 경위로 근속승진임용하려는 경우: 해당 계급에서 6년 6개월 이상 근속자"
CONTEXTS[LONG_SERVICE_ITEM] = ("제16조(근속승진)\n경찰청장 또는 해양경찰청장은 제15조제2항에도 불구하고 해당 계급에서 다음 각 호의 "
                               "기간 동안 재직한 사람을 경장, 경사, 경위, 경감으로 각각 근속승진임용할 수 있다.\n경찰공무원법")
AUDIT_SECRECY = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
DISCIPLINE_PAUSED = ("시장은 감사위원회가 조사 중인 특정사건에 대하여는 제1항에 따른 조사개시의 통보를 받은 날부터 징계 또는 문책 절차를 "
                     "진행하지 못한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # '6년 반' is 6년 6개월
    ("경사를 경위로 근속승진시키는 경우 그 대상은 경사 계급에서 6년 반 이상 근속한 사람임.", LONG_SERVICE_ITEM, True),
    ("경사를 경위로 근속승진시키는 경우 그 대상은 경사 계급에서 5년 반 이상 근속한 사람임.", LONG_SERVICE_ITEM, False),
    # 'have to keep … confidential' is the duty not to disclose (누설하여서는 아니 된다)
    ("Audit committee members have to keep what they learn on the job confidential, not only while in office but also "
     "after they leave.", AUDIT_SECRECY, True),
    ("Audit committee members have to keep what they learn on the job confidential while in office, but may disclose it "
     "after they leave.", AUDIT_SECRECY, False),
    # 'may not proceed with disciplinary … procedures' negates proceeding, not 'disciplinary'
    ("From the day the mayor is notified that the audit committee has opened an investigation into a specific case, the "
     "mayor may not proceed with disciplinary or accountability procedures in that case.", DISCIPLINE_PAUSED, True),
    ("From the day the mayor is notified that the audit committee has opened an investigation into a specific case, the "
     "mayor may still proceed with disciplinary or accountability procedures in that case.", DISCIPLINE_PAUSED, False),
    # 'does not actually bar' is an allowance; '2회계연도를 넘겨서까지 이월할 수는 없다' a ceiling
    ("Title notwithstanding, the dignity article does not actually bar local officials from conduct that damages their "
     "dignity.", DIGNITY, False),
    ("부득이하게 그 회계연도에 쓰지 못한 세출예산은 다음 연도로 넘겨 쓸 수 있으나, 2회계연도를 넘겨서까지 이월할 수는 없다.",
     CARRY_OVER_CAPPED, True),
    ("부득이하게 그 회계연도에 쓰지 못한 세출예산은 다음 연도로 넘겨 쓸 수 있고, 2회계연도를 넘겨서 이월할 수도 있다.",
     CARRY_OVER_CAPPED, False),
])
def test_half_years_secrecy_kept_procedures_paused_and_ceilings_past_a_number(claim, source, supported):
    verdict = judge_support(claim, source, context=CONTEXTS.get(source, ""))
    assert verdict.supported is supported, verdict.reason


# autonomous-police-committee-decree 제13조제1항, gangwon-special-act 제74조제1항, local-public-officials-act 제58조제1항,
# police-act 제23조제1항
SOCIAL_PACTS = ("도지사는 자율과 합의로 정책의 기본 방향을 결정하고 사회문제를 해결하기 위하여 분야별로 사회협약이 체결될 수 "
                "있도록 지원하여야 한다.")
COMMITTEE_TERM = "위원장과 위원의 임기는 3년으로 하며, 연임할 수 없다."


@pytest.mark.parametrize("claim, source, supported", [
    # the claim's everyday verb for the statute's (열다 for 개최하다) carries its modality: a plain '개최한다' binds
    ("시·도자치경찰위원회 위원장은 정기회의를 월 1회 이상 열 수 있다.", REGULAR_MEETING, False),
    ("시·도자치경찰위원회 정기회의를 월 1회 이상 열지는 위원장 재량임.", REGULAR_MEETING, False),
    ("시·도자치경찰위원회 위원장은 정기회의를 월 1회 이상 연다.", REGULAR_MEETING, True),
    # 'is up to Gangwon's governor': a choice, against a duty (지원하여야 한다)
    ("Supporting the conclusion of sectoral social pacts is up to Gangwon's governor.", SOCIAL_PACTS, False),
    ("Gangwon's governor must support the conclusion of sectoral social pacts.", SOCIAL_PACTS, True),
    # the ban said of the very officials its '다만 … 예외로 한다' takes out
    ("Officials who actually do manual labour are also barred from collective action.", COLLECTIVE_ACTION, False),
    ("Officials may not engage in collective action for work other than official duties, but officials who actually do "
     "manual labour are exempt.", COLLECTIVE_ACTION, True),
    # a count of one that the source does not give is still one
    ("위원장과 위원은 3년 임기를 마친 뒤 한 번 연임할 수 있다.", COMMITTEE_TERM, False),
])
def test_everyday_verbs_keep_their_modality_choices_up_to_someone_excepted_officials_and_once_served(
        claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, numbers", [
    # '임기를 한 번 채우면', '한 번 마친 뒤': once a term is served, a condition and not a count of one
    ("위원장과 위원은 3년 임기를 한 번 채우면 다시 그 자리를 맡을 수 없다.", {"3"}),
    ("임기를 한 번 마친 뒤에는 연임할 수 없다.", set()),
    ("연임은 한 번만 할 수 있다.", {"1"}),
    ("한 번 연임할 수 있다.", {"1"}),
])
def test_once_a_term_is_served_counts_nothing(claim, numbers):
    from drafter.citations.analysis import find_numbers

    assert set(find_numbers(claim)) == numbers


FOREIGNERS_ONLY_PHARMACY = "외국인전용약국 개설자는 시설의 내부ㆍ외부에 외국인전용약국임을 내국인이 알 수 있도록 명확하게 표시하여야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    # '외국인전용' is for foreigners only; 'only what is left of the term' is the remaining term (남은 기간)
    ("Whoever opens a foreigners-only pharmacy has to mark it clearly, inside and outside, so that Korean nationals can "
     "tell it is for foreigners only.", FOREIGNERS_ONLY_PHARMACY, True),
    ("Whoever opens a foreigners-only pharmacy may mark it, inside and outside, so that Korean nationals can tell it is "
     "for foreigners only.", FOREIGNERS_ONLY_PHARMACY, False),
    ("Commissioned members serve two-year terms and can be reappointed; someone appointed to fill a vacancy serves only "
     "what is left of the predecessor's term.", RENEWABLE_TERM, True),
    ("Someone appointed to fill a vacancy serves a fresh two-year term of their own, not what is left of the "
     "predecessor's term.", RENEWABLE_TERM, False),
])
def test_exclusive_use_is_only_and_what_is_left_of_a_term_is_its_remainder(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# sejong-special-act 제12조제1항, gangwon-special-act 제53조제3항·제45조제3항, police-act 제14조제8항,
# police-officials-act 제23조제1항·제24조제2항
DIRECTION_ENDED = "경찰청장은 제6항 단서의 사유가 해소된 경우에는 개별 사건의 수사에 대한 구체적 지휘ㆍ감독을 중단하여야 한다."


@pytest.mark.parametrize("claim, source, supported", [
    # 'is encouraged to' urges, it does not require
    ("To balance development across its area, the mayor of Sejong is encouraged to invest at least a certain share of "
     "total expenditure in projects that close regional gaps.", BALANCE, False),
    ("To balance development across its area, the mayor of Sejong must invest at least a certain share of total "
     "expenditure in projects that close regional gaps.", BALANCE, True),
    # 'has the option of refusing' against a duty to comply
    ("The agriculture minister may ask the governor for the data needed for the evaluation, and the governor has the "
     "option of refusing even where there is no special reason.", ASK_MATERIALS, False),
    # 'does not rule out' leaves it open, against a ban
    ("The Act does not rule out teachers and students of an autonomous school being disadvantaged on account of their "
     "service or studies there.", AUTONOMOUS_SCHOOL, False),
    # 'leaving it to his judgment whether to do so' against '중단하여야 한다'
    ("When the grounds have been resolved, the Commissioner General stops the case-specific direction of the "
     "investigation, the Act leaving it to his judgment whether to do so.", DIRECTION_ENDED, False),
    # 'are expected to stay out of' is the duty to keep out; 'nonetheless not prohibited from' a permission
    ("Police officials are expected to stay out of political activity.", NO_PARTY, True),
    ("Police officials are nonetheless prohibited from joining a political party.", NO_PARTY, True),
    ("Police officials, who are expected to stay out of political activity, are nonetheless not prohibited from joining "
     "a political party or a political organisation.", NO_PARTY, False),
    # '게을리하는 것 자체는 법에서 금지하고 있지 않아요': no ban, against a ban
    ("경찰공무원이 직무를 게을리하는 것 자체는 법에서 금지하고 있지 않아요.", NEGLECT, False),
    ("경찰공무원은 직무를 게을리해서는 안 돼요.", NEGLECT, True),
])
def test_duties_urged_refusals_left_open_and_bans_said_to_be_absent(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason




@pytest.mark.parametrize("claim, source, supported", [
    # '… so that Koreans can tell it is foreigners-only is optional': the sentence's own status ends the purpose clause
    ("For the operator of a pharmacy exclusively for foreigners, marking the premises so that Koreans can tell it is "
     "foreigners-only is optional.", FOREIGNERS_ONLY_PHARMACY, False),
    # a permission with its condition: 'provided the Minister is consulted beforehand'
    ("The Jeonbuk governor can run test fishing (other than offshore fishing) without approval from the Minister of "
     "Oceans and Fisheries, provided the Minister is consulted beforehand.", EXPERIMENTAL_FISHING, True),
])
def test_a_status_after_a_purpose_clause_and_a_permission_with_its_condition(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제49조제1항, local-public-officials-act 제64조제7호·제31조제8호, police-act 제16조제3항,
# autonomous-police-committee-decree 제8조제1항
MERGER_SURPLUS = ("지방자치단체의 통합으로 초과되는 공무원 정원에 대해서는 정원 외로 인정하되, 지방자치단체는 이의 조속한 해소를 "
                  "위하여 적극 노력하여야 한다.")
LEAVE_LIMIT = "제63조제2항제3호에 따른 휴직기간은 2년 이내로 한다."
DISMISSED_WITHIN = "징계로 해임처분을 받은 날부터 3년이 지나지 아니한 사람"
NOI_TERM = "국가수사본부장의 임기는 2년으로 하며, 중임할 수 없다."
RECOMMENDERS_CALL = ("추천위원회 위원장은 시ㆍ도지사 또는 추천위원 3분의 1 이상이 요청하거나 추천위원회 위원장이 필요하다고 "
                     "인정하는 경우 추천위원회의 회의를 소집하고 그 의장이 된다.")


@pytest.mark.parametrize("claim, source, supported", [
    # numbers a speaker writes out: '닷새 전까지' is 5일 전까지, '삼 년' 3년
    ("추천위원회 위원장은 회의 사흘 전까지 일시ㆍ장소ㆍ안건을 알려야 돼요.", RECOMMENDER_MEETING_NOTICE, True),
    ("추천위원회 위원장은 회의 닷새 전까지 일시ㆍ장소ㆍ안건을 알려야 돼요.", RECOMMENDER_MEETING_NOTICE, False),
    ("국가수사본부장 임기는 이 년이고, 중임은 안 돼요.", NOI_TERM, True),
    ("국가수사본부장 임기는 삼 년이고, 중임은 안 돼요.", NOI_TERM, False),
    # a majority where the source asks for another share
    ("감사위원회 재적위원 3분의 2 이상의 의결을 거쳐 도지사가 감사위원을 면직하거나 해촉해요.", AUDITOR_DISMISSAL, True),
    ("그 사유면 감사위원회 재적위원 과반수 의결을 거쳐 도지사가 감사위원을 면직하거나 해촉해요.", AUDITOR_DISMISSAL, False),
    ("추천위원 과반수가 요청하면 위원장이 회의를 소집함", RECOMMENDERS_CALL, False),
    # '3년이 안 지난 사람' is '3년이 지나지 아니한 사람'
    ("징계 해임처분을 받은 날부터 3년이 안 지난 사람: 결격", DISMISSED_WITHIN, True),
    ("징계 해임처분을 받은 날부터 3년이 지난 사람: 결격", DISMISSED_WITHIN, False),
    # '할 수 있게 된다' (a press release's may)
    ("시ㆍ도의회는 예산 관리를 위해 의결로 시ㆍ도자치경찰위원장의 출석과 자료 제출을 요구할 수 있게 된다.", COUNCIL_SUMMONS, True),
    ("시ㆍ도의회는 예산 관리를 위해 의결로 시ㆍ도자치경찰위원장의 출석과 자료 제출을 요구하여야 하게 된다.", COUNCIL_SUMMONS,
     False),
    # '공무원 신분이 아닌 위원' is '공무원이 아닌 위원'
    ("공무원 신분이 아닌 시ㆍ도자치경찰위원에게는 예산이 허락하는 범위에서 직무활동 경비 등이 지급될 수 있다.", NON_OFFICIAL_PAY,
     True),
    ("공무원 신분인 시ㆍ도자치경찰위원에게는 예산이 허락하는 범위에서 직무활동 경비 등이 지급될 수 있다.", NON_OFFICIAL_PAY,
     False),
])
def test_spoken_numbers_majorities_short_negations_and_press_release_permissions(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, source, supported", [
    # 'get to carry' is may
    ("In Jeju, only autonomous police officers approved by the provincial police chief at the governor's request get to "
     "carry and use weapons.", WEAPONS_APPROVED, True),
    ("In Jeju, only autonomous police officers approved by the provincial police chief at the governor's request have "
     "to carry and use weapons.", WEAPONS_APPROVED, False),
    # 'no longer bound to keep secrets' lifts a ban that lasts after leaving
    ("Audit committee members who aren't civil servants must keep official secrets even after they leave the committee.",
     JEONBUK_SECRETS, True),
    ("Audit committee members who aren't civil servants are no longer bound to keep official secrets once they leave "
     "the committee.", JEONBUK_SECRETS, False),
    # 'because of a merger' is a phrase, not a clause: the main verb after it is read
    ("Staff positions that exceed the quota because of a merger are recognized as outside the quota.", MERGER_SURPLUS,
     True),
    ("Staff positions that exceed the quota because of a merger are not recognized as outside the quota.",
     MERGER_SURPLUS, False),
    # 'may not last longer than two years' states the bound '2년 이내로 한다'
    ("Leave taken under Article 63(2)3 may not last longer than two years.", LEAVE_LIMIT, True),
    ("Leave taken under Article 63(2)3 may not last longer than three years.", LEAVE_LIMIT, False),
    # 'the NPA commissioner' is the 경찰청장, not the governor who appoints the chair
    ("The governor picks the provincial autonomous police committee chair from among the members.", CHAIR_APPOINTED,
     True),
    ("The NPA commissioner picks the provincial autonomous police committee chair from among the members.",
     CHAIR_APPOINTED, False),
])
def test_get_to_no_longer_bound_because_of_bounds_and_the_npa_commissioner(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeonbuk-special-act 제21조제1항, decentralization-act 제46조제3항
VILLAGE_ZONE = ("도지사는 「농어촌정비법」 제101조제4항 단서에도 불구하고 전북자치도의 농생명지구 내 20만 제곱미터 이상의 "
                "마을정비구역을 지정하는 경우에도 농림축산식품부장관과의 협의를 생략할 수 있다.")
MERGER_COMMITTEE = "위원은 관계 지방자치단체의 장이 공동으로 위촉하고, 위원장은 위원 중에서 호선(互選)한다."
_VILLAGE = "농생명지구 안에서 20만 제곱미터 이상의 마을정비구역을 지정할 때에도 도지사는 "


@pytest.mark.parametrize("claim, source, supported", [
    # '협의를 생략할 수 있다' is '협의하지 아니할 수 있다': need not, not may
    (_VILLAGE + "농림축산식품부장관과 협의하지 않아도 된다.", VILLAGE_ZONE, True),
    (_VILLAGE + "농림축산식품부장관과의 협의를 생략할 수 있다.", VILLAGE_ZONE, True),
    (_VILLAGE + "농림축산식품부장관과 협의하여야 한다.", VILLAGE_ZONE, False),
    (_VILLAGE + "농림축산식품부장관과 협의할 수 있다.", VILLAGE_ZONE, False),
    # a chair the members elect, said to be named by the heads of the local governments
    ("위원은 관계 지방자치단체의 장이 공동으로 위촉한다.", MERGER_COMMITTEE, True),
    ("위원장은 관계 지방자치단체의 장이 공동으로 지명한다.", MERGER_COMMITTEE, False),
    # 'unless' gives the proviso: the rule before it is read against the rule
    ("Public officials may take part in union activity or other collective action for purposes outside their duties, "
     "unless they do actual manual labor.", COLLECTIVE_ACTION, False),
])
def test_an_omission_allowed_a_chair_the_members_elect_and_a_rule_before_unless(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# (session 23) police-officials-act 제14조제2항, npa-organization-decree 제64조제1항, jeju-special-act 제98조제1항,
# autonomous-police-committee-decree 제4조의2제2항, jeju-special-act 제481조제1항, jeju-special-act 제110조제4항
EXAM_WAIVED = "제10조제3항제7호에 따라 자치경찰공무원을 경찰공무원으로 채용할 때에는 경력경쟁채용시험등을 거치지 아니할 수 있다."
_HIRED = "When an autonomous police official is hired as a police official under Article 10(3)7, "
AFFILIATED_STAFF = ("경찰청의 소속기관(경찰병원은 제외한다. 이하 이 조에서 같다)에 두는 공무원의 정원은 별표 5와 같다. 다만, 필요한 "
                    "경우에는 별표 5에 따른 총정원의 10퍼센트를 넘지 않는 범위에서 행정안전부령으로 정원을 따로 정할 수 있다.")
CRIME_REPORTED = ("자치경찰공무원이 직무수행 중에 범죄를 발견한 경우에는 범죄의 내용 또는 증거물 등을 소속 자치경찰단장을 거쳐 즉시 "
                  "제주자치도경찰청장 또는 경찰서장(해양경찰서장을 포함한다)에게 통보하고 그 사무를 인계하여야 한다. 다만, "
                  "제90조제4호의 직무에 속하는 범죄와 「경범죄 처벌법」 제7조 및 「도로교통법」 제163조에 따른 통고처분의 대상이 되는 "
                  "범칙행위의 경우에는 그러하지 아니하다.")
_REPORTED = "reported and handed over to the Jeju Provincial Police Agency commissioner or a police station chief"
RECOMMENDATION_ASKED = ("시ㆍ도지사는 시ㆍ도자치경찰위원회 위원의 임기가 만료되는 경우에는 그 임기 만료 30일 전까지 추천권자에게 위원으로 "
                        "임명할 사람의 추천을 요청해야 한다.")
_RECOMMENDATION = "위원 임기가 끝나기 30일 전까지 추천권자에게 추천을 요청"
COMPLAINT_NEEDED = "제197조부터 제203조까지의 규정을 위반한 사건은 지방출입국ㆍ외국인 관서의 장의 고발이 없으면 공소를 제기할 수 없다."
_VIOLATION = "제197조부터 제203조까지를 위반한 사건은 지방출입국ㆍ외국인 관서장이 "
SPECIAL_EXAM = "제2항제1호에 따라 경찰공무원을 자치경찰공무원으로 임용하는 경우에는 특별임용시험을 거치지 아니할 수 있다."
_SPECIAL = "경찰공무원을 제2항제1호에 따라 자치경찰공무원으로 임용할 때에는 특별임용시험이 "


@pytest.mark.parametrize("claim, source, supported", [
    # '… is required.' at the clause's end is a duty, against a step the source lets be skipped
    (_HIRED + "the career competitive recruitment examination or similar examination is required.", EXAM_WAIVED, False),
    (_HIRED + "the career competitive recruitment examination or similar examination is not required.", EXAM_WAIVED,
     True),
    # what a parenthesis takes out, though a '이하 이 조에서 같다' follows it
    ("The staffing of the agencies affiliated with the Korean National Police Agency that is set out in Annex 5 "
     "includes the National Police Hospital.", AFFILIATED_STAFF, False),
    ("경찰청 소속기관의 정원은 별표 5에 따르는데, 경찰병원은 여기서 빠진다.", AFFILIATED_STAFF, True),
    # a case the proviso takes out of the rule ('그러하지 아니하다'), named by the provisions it refers to
    ("Crimes within the duties under Article 90 subparagraph 4 that an autonomous police official discovers must "
     "also be " + _REPORTED + ".", CRIME_REPORTED, False),
    ("Crimes an autonomous police official discovers must be " + _REPORTED + ", except crimes within the duties under "
     "Article 90 subparagraph 4.", CRIME_REPORTED, True),
    ("제90조제4호의 직무에 속하는 범죄도 자치경찰공무원이 발견하면 제주자치도경찰청장에게 통보하고 인계해야 한다.", CRIME_REPORTED,
     False),
    ("An autonomous police official who discovers a crime must report it at once, through the head of the autonomous "
     "police unit, to the Jeju Provincial Police Agency commissioner or a police station chief.", CRIME_REPORTED, True),
    # '요청할지는 … 판단해서 하면 된다': whether to ask is left to him, against a duty to ask
    (_RECOMMENDATION + "할지는 시ㆍ도지사가 판단해서 하면 된다.", RECOMMENDATION_ASKED, False),
    ("시ㆍ도지사는 " + _RECOMMENDATION + "해야 한다.", RECOMMENDATION_ASKED, True),
    # '고발해야만 기소할 수 있다' is the statute's '고발이 없으면 공소를 제기할 수 없다'
    (_VIOLATION + "고발해야만 기소할 수 있어요.", COMPLAINT_NEEDED, True),
    (_VIOLATION + "고발하지 않아도 기소할 수 있어요.", COMPLAINT_NEEDED, False),
    ("같은 법 제26조의 죄는 주무부장관이나 도지사가 고발해야만 공소를 제기할 수 있다.",
     "같은 법 제26조의 죄는 주무부장관 또는 도지사의 고발이 있어야 공소를 제기할 수 있다.", True),
    # a claim that takes some of what a parenthesis excludes out, and says the rest is in
    ("도지사가 대도시에 직접 교부하는 도세에서 원자력발전 지역자원시설세는 빠지지만 지방교육세는 포함됨.",
     "도지사는 대도시의 경우에는 해당 시에서 징수하는 도세(원자력발전에 대한 지역자원시설세, 소방분 지역자원시설세 및 "
     "지방교육세는 제외한다) 중 100분의 10 이하의 범위에서 일정 비율을 추가로 확보하여 해당 시에 직접 교부할 수 있다.", False),
    # '시험이 생략될 수 있다': the examination need not be taken, said in the passive
    (_SPECIAL + "생략될 수 있다.", SPECIAL_EXAM, True),
    (_SPECIAL + "생략되어야 한다.", SPECIAL_EXAM, False),
])
def test_a_required_step_a_parenthesis_a_case_the_proviso_takes_out_and_only_through(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제51조제2항, decentralization-act 제46조제1항, npa-organization-decree 제69조제2항, the paper
SUBSIDY_USE = ("제1항제1호 및 제2호에 따른 보조금은 토지ㆍ건물의 매입 및 건축을 위한 비용 등 다른 용도로 사용할 수 없다. 다만, "
               "중앙행정기관의 장의 승인을 받은 경우에는 그러하지 아니하다.")
MERGER_JOINT = ("제45조에 따른 지방의회 의견청취 또는 주민투표 등을 통하여 지방자치단체의 통합의사가 확인되면 관계 지방자치단체의 장은 "
                "명칭, 청사 소재지, 지방자치단체의 사무 등 통합에 관한 세부 사항을 심의하기 위하여 공동으로 "
                "통합추진공동위원회(이하 \"공동위원회\"라 한다)를 설치하여야 한다.")
_MERGER = ("Once the will to merge has been confirmed, the {} concerned have to jointly set up a joint merger promotion "
           "committee to deliberate on details such as the name and the seat of government.")
PAPER_CONTENTS = ("The main contents will require the transfer of organization, manpower, and budget to local governments, "
                  "and accordingly, organizations that can perform autonomous police affairs, such as the autonomous "
                  "police committee and the autonomous police headquarters, should be reorganized.")


@pytest.mark.parametrize("claim, source, supported", [
    ("Subsidies under paragraph 1, items 1 and 2, may not be diverted to other uses such as buying land or buildings "
     "or construction, unless the head of a central administrative agency approves.", SUBSIDY_USE, True),
    ("Subsidies under paragraph 1, items 1 and 2, may be diverted to other uses such as buying land or buildings "
     "or construction.", SUBSIDY_USE, False),
    (_MERGER.format("heads of the local governments"), MERGER_JOINT, True),
    (_MERGER.format("local councils"), MERGER_JOINT, False),
    ("The data analysis officer is a post filled at the rank of Senior Superintendent.", "데이터분석담당관은 총경으로 보한다.",
     True),
    ("Policy brief: the reform will need organization, manpower and budget moved to local governments, with bodies "
     "such as the autonomous police committee and headquarters reorganized accordingly.", PAPER_CONTENTS, True),
])
def test_money_diverted_the_heads_of_local_governments_a_post_filled_and_a_policy_brief(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# (session 23, second round) sejong-special-act 제14조제4항 and 제27조, local-public-officials-act 제58조제1항,
# autonomous-police-committee-decree 제8조제3항, npa-organization-decree 제45조제3항, sejong-special-act 제25조제1항
TOBACCO_SHARE = ("세종특별자치시장은 「지방교육재정교부금법」 제11조제2항제2호에도 불구하고 담배소비세의 100분의 45에 해당하는 "
                 "금액을 교육비특별회계로 전출하지 아니할 수 있다.")
_TOBACCO = ("Notwithstanding the Local Education Finance Grants Act, the Mayor of Sejong {} transfer the amount equal to "
            "45 percent of the tobacco consumption tax to the education special account.")
AUDIT_SECRECY = "감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."
COLLECTIVE_BAN = ("공무원은 노동운동이나 그 밖에 공무 외의 일을 위한 집단행위를 하여서는 아니 된다. 다만, 사실상 노무에 종사하는 "
                  "공무원은 예외로 한다.")
NOTICE_FIRST = ("추천위원회 위원장은 회의를 소집하려면 회의 개최 3일 전까지 회의의 일시ㆍ장소 및 안건 등을 각 추천위원에게 알려야 "
                "한다. 다만, 긴급한 사정이나 그 밖의 부득이한 사유가 있는 경우에는 그렇지 않다.")
SEOUL_DEPUTY = "수사차장은 수사부ㆍ광역수사단 및 안보수사부의 소관업무에 관하여 청장을 보조한다."
_SEOUL = ("In Seoul, the {} deputy chief assists the agency chief on matters of the investigation department, the "
          "metropolitan investigation unit and the security investigation department.")
SEJONG_AUDIT = ("감사위원회는 특별한 사정이 없으면 자치감사가 종료된 후 60일 이내에 시장에게 자치감사의 결과를 보고하여야 한다. "
                "다만, 교육ㆍ학예에 관한 자치감사의 결과는 시교육감에게 통보하여야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    # "doesn't have to" is need not, as 'does not have to' is
    (_TOBACCO.format("doesn't have to"), TOBACCO_SHARE, True),
    (_TOBACCO.format("has to"), TOBACCO_SHARE, False),
    # '뿐 아니라' ('not only … but also') denies nothing
    ("세종시 감사위원회 위원은 재직 중뿐 아니라 퇴직한 뒤에도 직무상 알게 된 비밀을 누설해서는 안 된다.", AUDIT_SECRECY, True),
    ("세종시 감사위원회 위원은 퇴직한 뒤에는 직무상 알게 된 비밀을 누설해도 된다.", AUDIT_SECRECY, False),
    # 'are banned from' is a ban; the case the proviso takes out ('예외로 한다') is not banned
    ("Public officials are banned from collective action for labour movements, except those who actually do "
     "manual labour.", COLLECTIVE_BAN, True),
    ("Public officials who actually do manual labour are banned from collective action for labour movements "
     "like everyone else.", COLLECTIVE_BAN, False),
    # '긴급한 사정이 있더라도': the rule said to hold even in the case the proviso takes out
    ("긴급한 사정이 있더라도 위원장은 회의 3일 전까지 추천위원에게 일시와 장소를 알려야 한다.", NOTICE_FIRST, False),
    ("위원장은 회의 3일 전까지 추천위원에게 일시와 장소를 알려야 하지만, 긴급한 사정이 있으면 그렇지 않다.", NOTICE_FIRST, True),
    # the Seoul agency's deputies by their English titles; 시교육감 is a superintendent of education
    (_SEOUL.format("investigation"), SEOUL_DEPUTY, True),
    (_SEOUL.format("public safety"), SEOUL_DEPUTY, False),
    ("Barring special circumstances, Sejong's audit committee shall report its audit results to the Mayor within 60 "
     "days after the audit ends, provided that results concerning education and arts are sent to the superintendent "
     "of education.", SEJONG_AUDIT, True),
    # a representative (대리인), stating one's case (진술), quitting a political party (당적을 이탈)
    ("An appeal decision made without giving the appellant a chance to state their case is void.",
     "제1항의 진술 기회를 주지 아니한 결정은 무효로 한다.", True),
])
def test_doesnt_have_to_not_only_banned_even_if_deputies_and_a_case_stated(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("years, supported", [("three", True), ("five", False)])
def test_quitting_a_political_party_is_leaving_it(years, supported):
    lead = ("국가수사본부장을 경찰청 외부를 대상으로 모집하여 임용하는 경우 다음 각 호의 어느 하나에 해당하는 사람은 "
            "국가수사본부장이 될 수 없다.")
    claim = ("Where the head of the National Office of Investigation is recruited from outside the agency, a person who "
             f"quit a political party less than {years} years ago is barred from the post.")
    verdict = _judge(claim, "정당의 당원이거나 당적을 이탈한 날부터 3년이 지나지 아니한 사람", context=lead)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제41조의4제3항: a bound said as 'can't be longer than twice' (2배 이내에서 정하여야 한다)
SCHOLARSHIP_SERVICE = ("장학금으로 지급될 학비의 범위, 지급 대상, 채용방법, 의무복무 기간, 의무 불이행 시 환수할 금액, 그 밖에 필요한 "
                       "사항은 대통령령으로 정한다. 이 경우 의무복무 기간은 장학금을 받은 기간의 2배 이내에서 정하여야 한다.")


@pytest.mark.parametrize("bound, supported", [
    ("can't be longer than twice", True),
    ("must be longer than twice", False),  # the other way round
    ("can't be longer than three times", False),
])
def test_a_bound_said_as_not_longer_than_twice(bound, supported):
    claim = (f"The mandatory service period imposed on scholarship recipients {bound} the period during which they "
             "received the scholarship.")
    verdict = judge_support(claim, SCHOLARSHIP_SERVICE)
    assert verdict.supported is supported, verdict.reason


def test_a_decision_the_source_makes_void_is_not_valid():
    source = "제1항의 진술 기회를 주지 아니한 결정은 무효로 한다."
    assert not judge_support("A decision reached without giving the appellant an opportunity to make a statement still "
                             "remains valid.", source).supported
    assert judge_support("A decision reached without giving the appellant an opportunity to make a statement is void.",
                         source).supported


# decentralization-act 제47조제1항, npa-organization-decree 제39조제2항: 'may, if it chooses' against a duty or a plain rule
JOINT_COMMITTEE = ("공동위원회는 구성된 날부터 60일 이내에 통합 지방자치단체의 명칭 및 청사 소재지를 심의ㆍ의결하고 이를 "
                   "행정안전부장관에게 제출하여야 한다.")


@pytest.mark.parametrize("claim, supported", [
    ("Within 60 days of being formed, the joint committee may, if it chooses, deliberate on the merged government's "
     "name and seat and submit them to the Minister of the Interior and Safety.", False),
    ("Within 60 days of being formed, the joint committee must deliberate on the merged government's name and seat "
     "and submit them to the Minister of the Interior and Safety.", True),
])
def test_a_duty_is_not_left_to_the_bodys_wish(claim, supported):
    verdict = judge_support(claim, JOINT_COMMITTEE)
    assert verdict.supported is supported, verdict.reason


def test_what_a_provision_allows_may_be_left_to_the_bodys_wish():
    from drafter.citations.support import _at_will_conflict

    allowed = "법무부장관은 다음 각 호의 어느 하나에 해당하는 사람에게 체류지역 확대 허가를 할 수 있다."
    assert _at_will_conflict("The Minister of Justice may, at his discretion, grant the extension.", allowed) is None
    # 'if it wants to sell' is the condition of another act, not the duty left to a wish
    duty = "사업시행자가 그 재산을 매각하려는 경우에는 미리 도지사와 협의하여야 한다."
    assert _at_will_conflict("The developer has to consult the governor beforehand if it wants to sell the property.",
                             duty) is None


# autonomous-police-committee-decree 제3조제3호: what a proviso takes out ('다만, …는 제외한다')
TRAFFIC_CRIMES = ("교통사고 및 교통 관련 범죄: 다음 각 목의 범죄. 다만, 「도로교통법」 제2조제3호의 고속도로에서 발생한 교통사고 및 "
                  "교통 관련 범죄는 제외한다.")


@pytest.mark.parametrize("claim, supported", [
    ("Traffic accidents and traffic-related crimes occurring on expressways are included among the crimes of this item.",
     False),
    ("Traffic accidents and traffic-related crimes on expressways are also covered by this item.", False),
    ("Traffic accidents and traffic-related crimes occurring on expressways are excluded from the crimes of this item.",
     True),
    ("고속도로에서 발생한 교통사고 및 교통 관련 범죄는 이 호에서 제외된다.", True),
])
def test_what_a_proviso_excludes_is_not_included(claim, supported):
    verdict = judge_support(claim, TRAFFIC_CRIMES)
    assert verdict.supported is supported, verdict.reason
    if not supported:
        assert "excludes" in verdict.reason


# gangwon-special-act 제27조제1항: a ban said to end after retirement is a permission
AUDIT_SECRETS = ("감사위원회의 공무원이 아닌 감사위원 및 제24조제6항에 따라 감사에 참여한 사람 중 공무원이 아닌 사람은 재직 중은 "
                 "물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다.")


@pytest.mark.parametrize("claim, supported", [
    ("Audit commissioners of the Gangwon audit committee who are not public officials are no longer barred from "
     "disclosing secrets learned on the job once they retire.", False),
    ("Audit commissioners of the Gangwon audit committee who are not public officials remain barred from disclosing "
     "secrets learned on the job even after they retire.", True),
])
def test_a_ban_said_to_end_is_not_the_ban(claim, supported):
    verdict = judge_support(claim, AUDIT_SECRETS)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제47조: a rule and its exception restated in one sentence


@pytest.mark.parametrize("claim, supported", [
    ("On taking office, a public official must swear an oath before the head of the agency, as ordinance prescribes, "
     "although for an unavoidable reason the oath may be taken after taking office.", True),
    ("On taking office, an official may take an oath before the head of the agency as ordinance prescribes, though if "
     "unavoidable the oath may be taken after taking office.", False),
    ("On taking office, an official may take an oath before the head of the agency as ordinance prescribes.", False),
])
def test_a_rule_kept_and_its_exception_conceded_is_the_provision(claim, supported):
    verdict = judge_support(claim, OATH)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제43조제3항: the head of a body named by two words joined ('metropolitan or provincial')
POLICE_BOXES = "지구대ㆍ파출소 및 출장소의 명칭ㆍ위치 및 관할구역과 그 밖에 필요한 사항은 시ㆍ도경찰청장이 정한다."


@pytest.mark.parametrize("claim, supported", [
    ("It is the head of the metropolitan or provincial police agency who decides the names, locations and "
     "jurisdictions of police precinct units, police boxes and substations.", True),
    ("The metropolitan or provincial police agency decides the names, locations and jurisdictions of police precinct "
     "units, police boxes and substations.", False),
])
def test_the_head_of_a_body_named_by_two_joined_words(claim, supported):
    verdict = judge_support(claim, POLICE_BOXES)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제12조제3항: '범위에서' says only 'within'; the verb says which period a number is


@pytest.mark.parametrize("claim, supported", [
    ("채용후보자 명부의 유효기간은 2년 범위에서 정하되, 경찰청장은 필요하면 1년 범위에서 이를 연장할 수 있다.", True),
    ("채용후보자 명부의 유효기간은 2년 범위에서 정하되, 경찰청장은 필요하면 2년 범위에서 이를 연장할 수 있다.", False),
])
def test_a_period_is_read_by_its_verb_not_by_within(claim, supported):
    verdict = judge_support(claim, CANDIDATE_LIST)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제20조제1항: ', who may …' after a clause with its own verb is a second rule
EXAMS = ("경찰공무원의 신규채용시험 및 승진시험은 경찰청장 또는 해양경찰청장이 실시한다. 다만, 경찰청장 또는 해양경찰청장이 필요하다고 "
         "인정할 때에는 대통령령으로 정하는 바에 따라 그 권한의 일부를 소속 기관의 장, 시ㆍ도경찰청장, 지방해양경찰관서의 장에게 "
         "위임할 수 있다.")


@pytest.mark.parametrize("claim, supported", [
    ("Recruitment and promotion exams are run by the Commissioner General or the Coast Guard Commissioner, who may, "
     "when they see fit, delegate part of that power to heads of affiliated agencies, provincial police chiefs or "
     "regional coast guard chiefs as presidential decree provides.", True),
    ("Recruitment and promotion exams are run by the Commissioner General or the Coast Guard Commissioner, who must, "
     "when they see fit, delegate part of that power to heads of affiliated agencies, provincial police chiefs or "
     "regional coast guard chiefs as presidential decree provides.", False),
])
def test_a_relative_clause_with_a_modal_after_the_verb_is_a_rule_of_its_own(claim, supported):
    verdict = judge_support(claim, EXAMS)
    assert verdict.supported is supported, verdict.reason


def test_a_relative_clause_before_the_verb_still_describes_the_subject():
    predicates = analyze("The member, who must be a lawyer, serves three years.").predicates
    assert [p.modality for p in predicates] == ["decl"]


# the paper's p1s4 in other words: 'make use of' is its 'utilize', 'way of operating' its 'operation method'
PAPER_P1S4 = ("The autonomous police system is an essential element in the decision-making process of residents aiming for "
              "grassroots democracy, and Korea's autonomous police system does not utilize the purpose of the autonomous "
              "police system in that it is implemented by determining the model and operation method centrally.")


@pytest.mark.parametrize("claim, supported", [
    ("The author argues that Korea's autonomous policing fails to make use of its own purpose because its model and "
     "way of operating were fixed centrally.", True),
    ("The author argues that Korea's autonomous policing makes full use of its own purpose because its model and way "
     "of operating were fixed centrally.", False),
])
def test_the_papers_purpose_sentence_in_other_words(claim, supported):
    verdict = judge_support(claim, PAPER_P1S4)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제41조제1항: a verb inside a parenthesis is not the rule's ('차장을 두지 않는 경우에는')
UNITS_UNDER_DEPUTY = ("시ㆍ도경찰청장은 행정안전부령으로 정하는 범위에서 차장(차장을 두지 않는 경우에는 시ㆍ도경찰청장) 밑에 직할대를 둘 수 "
                "있다.")


@pytest.mark.parametrize("claim, supported", [
    ("The chief of a city or provincial police agency may set up directly controlled units under the deputy chief.",
     True),
    ("The chief of a city or provincial police agency may not set up directly controlled units under the deputy "
     "chief.", False),
])
def test_a_verb_in_a_parenthesis_is_not_the_rules(claim, supported):
    verdict = judge_support(claim, UNITS_UNDER_DEPUTY)
    assert verdict.supported is supported, verdict.reason


def test_a_deputy_chief_of_a_body_is_not_its_head():
    from drafter.citations.analysis import find_entities

    assert "시ㆍ도경찰청장" in find_entities("the head of the metropolitan or provincial police agency")
    assert "시ㆍ도경찰청장" not in find_entities("the deputy chief of the city or provincial police agency")


def test_a_government_taking_office_is_still_its_launch():
    source = ("The Yoon Suk Yeol government, which was launched in May 2022, launched the “Police System Development "
              "Committee” under the Prime Minister in September of the same year.")
    verdict = judge_support("After the Yoon Suk Yeol government took office in May 2022, it launched the Police System "
                            "Development Committee under the Prime Minister in September of the same year.", source)
    assert verdict.supported, verdict.reason


# sejong-special-act 제14조제4항 and jeju-special-act 제98조제2항: '안 넘겨도 됨', '안 해도 되는' say the act need not be
# done (the short negation '안' before a verb that may be left undone)
TOBACCO_TAX_SEJONG = ("「지방교육재정교부금법」 제11조제2항제2호에도 불구하고 시장은 담배소비세의 100분의 45에 해당하는 금액을 "
                      "교육비특별회계로 전출하지 아니할 수 있다.")
ARREST_HANDOVER = ("자치경찰공무원이 현행범인을 발견하여 현장에서 체포한 경우에는 즉시 경찰공무원에게 인도하여야 한다. 다만, "
                   "제90조제4호의 직무를 수행하는 중에 현장에서 체포한 현행범인의 경우에는 그러하지 아니하다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("세종시장은 담배소비세 45% 해당액을 교육비특별회계로 안 넘겨도 돼요.", TOBACCO_TAX_SEJONG, True),
    ("세종시장은 담배소비세 45% 해당액을 교육비특별회계로 꼭 넘겨야 해요.", TOBACCO_TAX_SEJONG, False),
    ("자치경찰공무원이 현장에서 잡은 현행범인은 경찰공무원에게 안 넘겨도 되는 게 원칙이다.", ARREST_HANDOVER, False),
    ("자치경찰공무원이 현장에서 잡은 현행범인은 경찰공무원에게 인도 안 해도 된다.", ARREST_HANDOVER, False),
])
def test_the_short_negation_of_a_verb_that_may_be_left_undone(claim, source, supported):
    verdict = judge_support(claim, source, context="세종특별자치시 설치 등에 관한 특별법" if source is TOBACCO_TAX_SEJONG else "")
    assert verdict.supported is supported, verdict.reason


def test_the_stem_of_a_verbs_infinitive():
    from drafter.citations.support import _stem_of_infinitive

    assert [_stem_of_infinitive(f) for f in ("넘겨", "알려", "줘", "봐", "해", "받아", "내", "하여")] == [
        "넘기", "알리", "주", "보", "하", "받", "내", "하"]


# the paper's p1s5 said in Korean: '유지되지 못했다' denies what the sentence states ('was maintained')
PAPER_P1S5 = ("In order to operate the autonomous police system, a blueprint to transfer much of the police power to local "
              "governments should have been presented, but due to the inefficiency of decentralized systems, confrontation "
              "between the two Koreas, and familiarity with the implementation of the national police system, a "
              "centralized national police system was maintained, and a formal police organization with limited "
              "responsibilities and authority was established in local governments and only some police duties closely "
              "related to residents' lives was carried out as an office manager.")


@pytest.mark.parametrize("claim, supported", [
    ("남북 대치와 분권형 체제의 비효율 등으로 중앙집권적 국가경찰체제가 그대로 유지되었다.", True),
    ("남북 대치와 분권형 체제의 비효율 등이 있었지만 중앙집권적 국가경찰체제는 유지되지 못했다.", False),
    ("남북 대치와 분권형 체제의 비효율 등이 있었지만 중앙집권적 국가경찰체제는 유지되지 않았다.", False),
])
def test_a_korean_claim_that_denies_what_the_english_sentence_states(claim, supported):
    verdict = judge_support(claim, PAPER_P1S5)
    assert verdict.supported is supported, verdict.reason


def test_the_long_negation_with_mot_negates_the_verb_before_it():
    assert "유지" in analyze("중앙집권적 국가경찰 체제는 유지되지 못했다.").negated


# police-act 제16조제6항제5호 and npa-organization-decree 제63조제4항: '모두 합쳐' is a sum, 'all at rank …' says it of
# the posts counted, neither a universal claim
CAREER_SUM = "제1호부터 제4호까지의 경력 기간의 합산이 15년 이상인 사람"
SECONDED_POSTS = ("경찰청에 두는 공무원의 정원 중 2명(4급 또는 5급 1명, 5급 1명)은 과학기술정보통신부, 1명(5급 1명)은 고용노동부, "
                  "1명(5급 1명)은 방송미디어통신위원회, 1명(5급 1명)은 금융위원회, 4명(소방령 4명)은 소방청 소속 공무원으로 각각 "
                  "충원해야 한다. 이 경우 경찰청장은 충원 방법 및 절차 등에 관하여 해당 기관의 장과 미리 협의해야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("제1호부터 제4호까지의 경력을 모두 합쳐 15년 이상이면 된다.", CAREER_SUM, True),
    ("제1호부터 제4호까지의 경력을 모두 합쳐 10년 이상이면 된다.", CAREER_SUM, False),
    ("The National Fire Agency has to fill four of the NPA's posts, all at the rank of 소방령.", SECONDED_POSTS, True),
    ("The National Fire Agency has to fill six of the NPA's posts, all at the rank of 소방령.", SECONDED_POSTS, False),
])
def test_a_sum_or_a_count_with_all_is_no_universal_claim(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# autonomous-police-committee-decree 제21조제2항제2호: '공동의장 중 한 명' is one of them, not a count
CO_CHAIR_LEAD = "정책협의체는 경찰청장과 각 시ㆍ도자치경찰위원회 위원장으로 구성하고, 다음 각 호의 사람이 공동으로 의장이 된다."


@pytest.mark.parametrize("claim, supported", [
    ("정책협의체 공동의장 중 한 명은 위원장협의회가 정한 시ㆍ도자치경찰위원회 위원장이다.", True),
    ("정책협의체 공동의장 중 한 명은 시ㆍ도지사가 정한 시ㆍ도자치경찰위원회 위원장이다.", False),
])
def test_one_of_the_co_chairs_is_not_a_count(claim, supported):
    verdict = judge_support(claim, "위원장협의회에서 정한 시ㆍ도자치경찰위원회 위원장", context=CO_CHAIR_LEAD)
    assert verdict.supported is supported, verdict.reason


def test_one_of_is_no_number_but_a_count_still_is():
    from drafter.citations.analysis import find_numbers

    assert find_numbers("공동의장 중 한 명은 위원장이 맡는다") == frozenset()
    assert find_numbers("위원 중 3명은 도의회가 추천한다") == frozenset({"3"})


# a condition with its topic particle ('…한 경우에는', '… 경우 외에는') is not who acts: the sentence's subject is
NOTICE_GANGWON = "도지사는 제1항에 따른 조치를 명한 경우에는 도조례로 정하는 바에 따라 공고하여야 한다."
APPEAL_DEADLINE = ("심사위원회는 제5항에 따른 임시결정을 한 경우 외에는 소청심사청구를 접수한 날부터 60일 이내에 이에 대한 결정을 "
                   "하여야 한다. 다만, 불가피하다고 인정되면 심사위원회의 의결로 30일을 연장할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("조치를 명한 때에는 관할 시장ㆍ군수가 도조례에 따라 이를 공고하여야 한다.", NOTICE_GANGWON, False),
    ("조치를 명한 때에는 도지사가 도조례에 따라 이를 공고하여야 한다.", NOTICE_GANGWON, True),
    ("임시결정을 하지 않았다면 소청심사위원회는 청구 접수일부터 60일 안에 결정해야 하고, 불가피하면 의결로 30일 연장할 수 있다.",
     APPEAL_DEADLINE, True),
    ("임시결정을 하지 않았다면 소청심사위원회는 청구 접수일부터 90일 안에 결정해야 하고, 불가피하면 의결로 30일 연장할 수 있다.",
     APPEAL_DEADLINE, False),
])
def test_a_condition_holding_the_subjects_place_is_not_who_acts(claim, source, supported):
    verdict = judge_support(claim, source, context="제67조(처분사유 설명서의 교부 및 심사의 청구)")
    assert verdict.supported is supported, verdict.reason


# police-act 제29조제2항: '차장은 시ㆍ도경찰청장을 보좌하여': the provincial agency's deputy, named bare
PROVINCIAL_DEPUTY = ("차장은 시ㆍ도경찰청장을 보좌하여 소관 사무를 처리하고 시ㆍ도경찰청장이 부득이한 사유로 직무를 수행할 수 없을 "
                     "때에는 그 직무를 대행한다.")


@pytest.mark.parametrize("claim, supported", [
    ("The deputy commissioner of a provincial police agency assists its commissioner and acts for the commissioner "
     "when the commissioner cannot work for an unavoidable reason.", True),
    ("The deputy commissioner of a provincial police agency assists its commissioner but never acts for the "
     "commissioner.", False),
])
def test_a_provincial_agencys_deputy_named_bare(claim, supported):
    verdict = judge_support(claim, PROVINCIAL_DEPUTY, context="제29조(시ㆍ도경찰청 차장)")
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제60조, 제50조제2항 (a 다만 sentence that sets the rule aside), police-officials-act 제11조제3항
# and jeonbuk-special-act 제100조 (an exception in parentheses): a Korean claim that joins the rule and its exception
TENURE = ("공무원은 형의 선고ㆍ징계 또는 이 법에서 정하는 사유가 아니면 본인의 의사에 반하여 휴직ㆍ강임 또는 면직을 당하지 "
          "아니한다. 다만, 1급 공무원은 그러하지 아니하다.")
ARREST_NOTICE = ("수사기관에서 공무원을 구속하려면 그 소속 기관의 장에게 미리 통보하여야 한다. 다만, 현행범은 그러하지 아니하다.")
NOTICE_BEFORE_SANCTION = ("경찰청장 또는 해양경찰청장은 제1항에 따른 처분(시험의 정지는 제외한다)을 할 때에는 미리 그 처분 내용과 "
                          "사유를 당사자에게 통지하여 소명할 기회를 주어야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("공무원은 형의 선고, 징계 또는 이 법이 정한 사유가 아니면 본인 의사에 반하여 휴직ㆍ강임ㆍ면직되지 않지만, 1급 공무원은 "
     "이러한 보장을 받지 못한다.", TENURE, True),
    # the rule turned round, the exception given to another grade, the exception taken back
    ("공무원은 본인 의사에 반하여 휴직ㆍ강임 또는 면직될 수 있지만, 1급 공무원은 이러한 보장을 받지 못한다.", TENURE, False),
    ("공무원은 형의 선고, 징계 또는 이 법이 정한 사유가 아니면 본인 의사에 반하여 휴직ㆍ강임ㆍ면직되지 않지만, 3급 공무원은 "
     "이러한 보장을 받지 못한다.", TENURE, False),
    ("수사기관은 공무원을 구속하기 전에 소속 기관의 장에게 먼저 알려야 하지만, 현행범이라면 이 통보가 필요 없다.", ARREST_NOTICE, True),
    ("수사기관은 공무원을 구속하기 전에 소속 기관의 장에게 알릴 수 있지만, 현행범이라면 이 통보가 필요 없다.", ARREST_NOTICE, False),
    ("수사기관은 공무원을 구속하기 전에 소속 기관의 장에게 먼저 알려야 하는데, 현행범이라도 통보에서 빠지지 않는다.",
     ARREST_NOTICE, False),
    ("경찰청장이나 해양경찰청장은 처분을 하려면 미리 처분 내용과 사유를 당사자에게 알리고 소명 기회를 주어야 하지만, 시험 정지 "
     "처분에는 이 절차가 요구되지 않는다.", NOTICE_BEFORE_SANCTION, True),
    ("경찰청장이나 해양경찰청장은 처분을 하려면 미리 처분 내용과 사유를 당사자에게 알리고 소명 기회를 줄 수 있지만, 시험 정지 "
     "처분에는 이 절차가 요구되지 않는다.", NOTICE_BEFORE_SANCTION, False),
])
def test_a_korean_rule_joined_to_its_exception(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제12조제3항 (may), autonomous-police-committee-decree 제13조제1항 (does): 'whether to do it is
# one's to decide' states a power to do it, not a duty
LIST_EXTENSION = ("제1항에 따른 채용후보자 명부의 유효기간은 2년의 범위에서 대통령령으로 정한다. 다만, 경찰청장 또는 해양경찰청장은 "
                  "필요에 따라 1년의 범위에서 그 기간을 연장할 수 있다.")
MONTHLY_MEETING = ("시ㆍ도자치경찰위원회 위원장은 법 제26조제1항에 따라 정기회의와 임시회의를 소집ㆍ개최한다. 이 경우 정기회의는 "
                   "특별한 사유가 있는 경우를 제외하고는 월 1회 이상 소집ㆍ개최한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("채용후보자 명부의 유효기간은 2년 범위에서 대통령령으로 정하되, 경찰청장이나 해양경찰청장은 필요하면 1년 범위에서 이를 "
     "연장할지 여부를 정할 수 있다.", LIST_EXTENSION, True),
    ("시ㆍ도자치경찰위원회 위원장은 정기회의와 임시회의를 소집하며, 정기회의를 월 1회 이상 열지 여부는 위원장이 재량으로 정할 "
     "수 있다.", MONTHLY_MEETING, False),
])
def test_deciding_whether_to_do_it_is_a_power_not_a_duty(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_no_one_of_a_listed_few_may_is_a_ban():
    assert english_modality("no eup, myeon or dong may be split between districts") == "must_not"


# jeonbuk-special-act 제122조제3항 and its 제2항: a body named only in the part the source names by number
LAPSE = ("제2항에 따라 징계 또는 문책 절차를 진행하지 못하여 징계 또는 문책 사유의 시효기간이 만료되거나 그 잔여기간이 1개월에 "
         "미달하게 되는 때에는 그 시효기간은 제1항에 따른 조사종료의 통보를 받은 날부터 1개월이 지난 날에 만료되는 것으로 본다.")
LAPSE_REFERENCE = ("제2항", "도지사는 감사위원회가 조사 중인 특정사건에 대하여는 제1항에 따른 조사개시의 통보를 받은 날부터 징계 또는 "
                             "문책 절차를 진행하지 못한다.")


@pytest.mark.parametrize("claim, supported", [
    ("감사위원회 조사로 징계 절차를 진행하지 못해 징계 시효가 끝났거나 남은 기간이 1개월 미만이 되면, 시효는 조사종료 통보를 받은 "
     "날부터 1개월이 지난 날에 끝나는 것으로 본다.", True),
    ("경찰청장 조사로 징계 절차를 진행하지 못해 징계 시효가 끝났거나 남은 기간이 1개월 미만이 되면, 시효는 조사종료 통보를 받은 "
     "날부터 1개월이 지난 날에 끝나는 것으로 본다.", False),
])
def test_a_body_named_in_the_part_the_source_refers_to(claim, supported):
    verdict = judge_support(claim, LAPSE, references=[LAPSE_REFERENCE])
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제31조제2항, jeju-special-act-decree 제39조 (lead), autonomous-police-committee-decree
# 제19조: an exception in parentheses said as 'not its object'; who hands a power on, and who is handed it
TRAINING_SCHOOL = ("중앙경찰학교는 경찰공무원(의무경찰을 포함한다)으로 임용될 사람(경위공개경쟁채용시험합격자를 제외한다)에 대한 "
                   "교육훈련을 관장한다.")
STAY_DELEGATION = ("법무부장관은 법 제203조제3항에 따라 다음 각 호의 권한을 지방출입국ㆍ외국인 관서의 장에게 위임한다.\n"
                   "1. 법 제198조제1항에 따른 체류지역 확대 허가\n2. 법 제198조제3항에 따른 신원보증과 관련된 권한\n"
                   "3. 법 제198조제4항에 따른 체류지역 확대 허가의 취소")
COMMAND_DELEGATION = ("법 제28조제4항 단서에 따라 시ㆍ도자치경찰위원회는 자치경찰사무에 대한 지휘ㆍ감독이 실시간으로 이루어질 수 "
                      "있도록 미리 경찰청장과 협의하여 시ㆍ도경찰청장에게 위임되는 자치경찰사무 지휘ㆍ감독권의 범위 및 위임 절차 "
                      "등을 시ㆍ도자치경찰위원회의 의결을 거쳐 정해야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("중앙경찰학교가 경찰공무원으로 임용될 사람의 교육훈련을 맡지만, 경위공개경쟁채용시험에 합격한 사람은 그 대상이 아니다.",
     TRAINING_SCHOOL, True),
    ("중앙경찰학교가 경찰공무원으로 임용될 사람의 교육훈련을 맡을 수 있지만, 경위공개경쟁채용시험에 합격한 사람은 그 대상이 "
     "아니다.", TRAINING_SCHOOL, False),
    ("법무부장관은 체류지역 확대 허가 등의 권한을 지방출입국ㆍ외국인 관서의 장에게 위임한다.", STAY_DELEGATION, True),
    ("지방출입국ㆍ외국인 관서의 장은 체류지역 확대 허가 등의 권한을 법무부장관에게 위임한다.", STAY_DELEGATION, False),
    ("시ㆍ도자치경찰위원회는 경찰청장과 미리 협의해 시ㆍ도경찰청장에게 위임할 지휘ㆍ감독권의 범위와 위임 절차를 의결로 "
     "정해야 한다.", COMMAND_DELEGATION, True),
    ("시ㆍ도자치경찰위원회는 경찰청장과 미리 협의해, 시ㆍ도경찰청장이 위원회에 위임하는 지휘ㆍ감독권의 범위와 위임 절차를 "
     "의결로 정해야 한다.", COMMAND_DELEGATION, False),
    # (the power 'delegated to the head of the provincial police agency' is handed to that head, not by it)
    ("After consulting the Commissioner General, each provincial autonomous police committee has to set by resolution "
     "the scope of the supervisory authority that is delegated to the head of the provincial police agency.",
     COMMAND_DELEGATION, True),
])
def test_an_exception_as_not_its_object_and_the_direction_of_a_delegation(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# decentralization-act 제57조제2항, gangwon-special-act 제16조제2항: what the source abolishes or waives, kept
SURCHARGE = ("제1항에도 불구하고 통합 지방자치단체의 택시운송사업에 대하여 통합 전의 지방자치단체 간에 적용되던 시계(市界) 외 "
             "할증요금은 통합 지방자치단체가 설치된 날부터 폐지한다.")
TRAINEE = ("제1항에 따라 수습으로 근무하고 있는 사람을 7급 이하의 공무원으로 임용할 때에는 「지방공무원법」 제28조제1항에도 "
           "불구하고 시보 임용을 면제한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("통합 지방자치단체가 설치된 날부터 통합 전 지방자치단체 사이의 택시 시계 외 할증요금은 폐지된다.", SURCHARGE, True),
    ("통합 지방자치단체가 설치된 뒤에도 통합 전 지방자치단체 사이의 택시 시계 외 할증요금은 그대로 유지된다.", SURCHARGE, False),
    ("A trainee appointed to grade 7 or below is exempt from probationary appointment.", TRAINEE, True),
    ("A trainee appointed to grade 7 or below still has to serve a probationary appointment.", TRAINEE, False),
])
def test_what_the_source_abolishes_or_waives_is_not_kept(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# police-act 제8조제5항 (lead) and its 제1호: the lead bars the people its items list
COMMITTEE_BAR = "제8조(국가경찰위원회의 구성)\n다음 각 호의 어느 하나에 해당하는 사람은 위원이 될 수 없으며, 위원이 다음 각 호의 어느 하나에 해당하는 경우에는 당연퇴직한다."
PARTY_ITEM = "정당의 당원이거나 당적을 이탈한 날부터 3년이 지나지 아니한 사람"


@pytest.mark.parametrize("claim, supported", [
    ("Someone who left a political party less than three years ago is not eligible to sit on the National Police "
     "Committee.", True),
    ("Someone who left a political party less than three years ago cannot be appointed to the National Police "
     "Committee.", True),
    ("Someone who left a political party less than three years ago may be appointed to the National Police "
     "Committee.", False),
])
def test_a_bar_stated_in_the_lead_of_a_cited_item(claim, supported):
    verdict = judge_support(claim, PARTY_ITEM, context=COMMITTEE_BAR)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제66조제1항, police-officials-act 제11조제3항: an exception said as 'unless' or 'if not'
RETIREMENT_AGE = "공무원의 정년은 다른 법률에 특별한 규정이 있는 경우를 제외하고는 60세로 한다."
NOTICE_FIRST = ("경찰청장 또는 해양경찰청장은 제1항에 따른 처분(시험의 정지는 제외한다)을 할 때에는 미리 그 처분 내용과 사유를 "
                "당사자에게 통지하여 소명할 기회를 주어야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("다른 법률에 특별한 규정이 있는 경우가 아니면 공무원의 정년은 60세이다.", RETIREMENT_AGE, True),
    ("다른 법률에 특별한 규정이 있는 경우가 아니면 공무원의 정년은 65세이다.", RETIREMENT_AGE, False),
    ("시험 정지 처분이 아니라면, 경찰청장은 처분 전에 당사자에게 그 내용과 사유를 알리고 소명할 기회를 주어야 한다.",
     NOTICE_FIRST, True),
    ("시험 정지 처분이 아니라면, 경찰청장은 처분 전에 당사자에게 그 내용과 사유를 알리고 소명할 기회를 줄 수 있다.",
     NOTICE_FIRST, False),
])
def test_an_exception_said_as_unless(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제31조 (lead) and its 제1호; gangwon-special-act 제27조제2항 (lead) and its 제3호
PUBLIC_OFFICIAL_BAR = "제31조(결격사유)\n다음 각 호의 어느 하나에 해당하는 사람은 공무원이 될 수 없다.\n지방공무원법"
GUARDIANSHIP_ITEM = "피성년후견인"
AUDITOR_TENURE = ("제27조(감사위원의 신분보장)\n감사위원은 다음 각 호의 어느 하나에 해당하는 경우를 제외하고는 임기 안에 본인의 "
                  "의사에 반하여 면직되거나 해촉되지 아니한다.")
ELECTED_ITEM = "국회의원 또는 지방자치단체의 장이나 지방의회의원으로 선출된 경우"


@pytest.mark.parametrize("claim, source, context, supported", [
    # a claim that puts the cited item on its lead's list states the lead's rule, whatever its own verb
    ("피성년후견인은 지방공무원이 될 수 없는 결격사유에 해당한다.", GUARDIANSHIP_ITEM, PUBLIC_OFFICIAL_BAR, True),
    ("피성년후견인은 지방공무원 결격사유 가운데 하나다.", GUARDIANSHIP_ITEM, PUBLIC_OFFICIAL_BAR, True),
    ("피성년후견인은 지방공무원 결격사유에 해당하지 아니한다.", GUARDIANSHIP_ITEM, PUBLIC_OFFICIAL_BAR, False),
    ("피성년후견인도 지방공무원이 될 수 있다.", GUARDIANSHIP_ITEM, PUBLIC_OFFICIAL_BAR, False),
    ("An adult ward (피성년후견인) is not barred from becoming a local public official.", GUARDIANSHIP_ITEM,
     PUBLIC_OFFICIAL_BAR, False),
    ("An adult ward (피성년후견인) cannot become a local public official.", GUARDIANSHIP_ITEM,
     PUBLIC_OFFICIAL_BAR, True),
    # a lead that lists the exceptions to its rule: in a listed case the rule is lifted
    ("감사위원이 국회의원이나 지방의회의원으로 선출되면 임기 중이라도 본인 의사와 관계없이 면직되거나 해촉될 수 있다.",
     ELECTED_ITEM, AUDITOR_TENURE, True),
    ("감사위원이 국회의원이나 지방의회의원으로 선출되더라도 임기 중에는 본인 의사에 반하여 면직되거나 해촉되지 아니한다.",
     ELECTED_ITEM, AUDITOR_TENURE, False),
    ("감사위원이 국회의원이나 지방의회의원으로 선출되었다는 것은 임기 중 면직ㆍ해촉될 수 있는 사유가 아니다.", ELECTED_ITEM, AUDITOR_TENURE,
     False),
])
def test_an_item_placed_on_or_off_its_leads_list(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


# police-officials-act 제28조제2항, police-act 제30조제4항: a requirement said with 'only', a duty said as a noun
DISMISSAL_CONSENT = ("제1항제2호ㆍ제3호 또는 「국가공무원법」 제70조제1항제5호의 사유로 면직시키는 경우에는 제32조에 따른 "
                     "징계위원회의 동의를 받아야 한다.")
EVALUATION_SENT = ("시ㆍ도자치경찰위원회는 정기적으로 경찰서장의 자치경찰사무 수행에 관한 평가결과를 경찰청장에게 통보하여야 하며 "
                   "경찰청장은 이를 반영하여야 한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("Dismissing an officer on those grounds can only be done with the consent of the disciplinary committee under "
     "Article 32.", DISMISSAL_CONSENT, True),
    ("Dismissing an officer on those grounds may be done after consulting the disciplinary committee under Article 32.",
     DISMISSAL_CONSENT, False),
    ("Responsibility for periodically sending the Commissioner General the results of evaluating police station "
     "chiefs' autonomous police work lies with the provincial autonomous police committees, and the Commissioner "
     "General has to reflect those results.", EVALUATION_SENT, True),
    ("Responsibility for periodically sending the Commissioner General the results of evaluating police station "
     "chiefs' autonomous police work lies with the Minister of the Interior and Safety.", EVALUATION_SENT, False),
])
def test_only_with_consent_and_responsibility_that_lies_with_a_body(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_short_names_of_police_bodies_are_read_spelt_out():
    from drafter.text.abbreviations import spell_out_short_names

    assert spell_out_short_names("국수본부장을 외부에서 뽑으면") == "국가수사본부장을 외부에서 뽑으면"
    assert spell_out_short_names("국수본 밑에 무슨 국") == "국가수사본부 밑에 무슨 국"
    assert spell_out_short_names("자경위 상임위원") == "자치경찰위원회 상임위원"
    assert spell_out_short_names("국수 한 그릇") == "국수 한 그릇"  # (a word that only starts like one is left)
    source = "국가수사본부장의 임기는 2년으로 하며, 중임할 수 없다."
    assert judge_support("국수본부장 임기는 2년이고 중임은 안 된다.", source).supported
    assert not judge_support("국수본부장 임기는 3년이고 중임은 안 된다.", source).supported


# jeju-special-act-decree 제69조제1항 (shortened): a claim naming two items of one list
EXEMPT_TRAVELLERS = ('법 제246조제3항에서 "대통령령으로 정하는 사람"이란 다음 각 호의 어느 하나에 해당하는 사람을 제외한 사람을 '
                     "말한다.\n  1. 외교관여권이 있는 사람\n  2. 12세 미만인 어린이\n  3. 국외로 입양되는 어린이와 그 호송인\n"
                     "  4. 대한민국에 주둔하는 외국의 군인과 군무원")


@pytest.mark.parametrize("claim, supported", [
    ("외교관여권을 가진 사람과 12세 미만 어린이는 대통령령으로 정하는 사람에서 빠진다.", True),
    ("외교관여권을 가진 사람과 14세 미만 어린이는 대통령령으로 정하는 사람에서 빠진다.", False),  # no item says 14세
])
def test_a_claim_that_names_two_items_of_one_list(claim, supported):
    verdict = judge_support(claim, EXEMPT_TRAVELLERS)
    assert verdict.supported is supported, verdict.reason


# police-act 제7조제2항, sejong-special-act 제21조제4항, decentralization-act 제64조제4항 (shortened)
NPC_MEMBERS = "국가경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, 위원장 및 5명의 위원은 비상임으로 하고, 1명의 위원은 상임으로 한다."
SEJONG_AUDITOR_NOMINEES = "위원은 시장이 임명 또는 위촉하되, 위원 중 2명은 시의회에서, 2명은 시교육감이 각각 추천하는 사람을 위촉한다."
ERA_MEMBERS = "위촉위원은 국회의장이 추천하는 4명과 대통령이 위촉하는 17명 이내의 위원으로 한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("국가경찰위원회 위원 7명 중 1명의 위원은 상임으로 하고, 위원장을 포함한 나머지 6명의 위원은 비상임으로 한다.", NPC_MEMBERS,
     True),
    ("국가경찰위원회 위원 7명 중 1명의 위원은 상임으로 하고, 위원장을 포함한 나머지 4명의 위원은 비상임으로 한다.", NPC_MEMBERS,
     False),
    ("세종시 감사위원 중 4명은 시의회와 시교육감이 2명씩 추천한 사람으로 위촉된다.", SEJONG_AUDITOR_NOMINEES, True),
    ("세종시 감사위원 중 5명은 시의회와 시교육감이 2명씩 추천한 사람으로 위촉된다.", SEJONG_AUDITOR_NOMINEES, False),
    ("위촉위원은 국회의장이 추천하는 4명과 대통령이 위촉하는 17명 이내로 구성되므로 많아야 21명이다.", ERA_MEMBERS, True),
    ("위촉위원은 국회의장이 추천하는 4명과 대통령이 위촉하는 17명 이내로 구성되므로 많아야 22명이다.", ERA_MEMBERS, False),
    # a total of parts the source does not confirm is no total
    ("위촉위원은 국회의장이 추천하는 5명과 대통령이 위촉하는 16명 이내로 구성되므로 많아야 21명이다.", ERA_MEMBERS, False),
])
def test_a_total_or_a_remainder_the_claim_works_out_from_the_sources_parts(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_once_in_a_condition_and_han_before_a_verb_count_nothing():  # ('한 번 맡으면': once appointed)
    from drafter.citations.analysis import find_numbers

    assert "1" not in find_numbers("감사위원장은 한 번 맡으면 3년 동안 일한다.")
    assert "1" not in find_numbers("특별한 사정이 없는 한 명하여야 한다.")  # 없는 한 + 명하다, not 한 명
    assert "1" in find_numbers("상임위원은 한 명이다.")
    assert "1" in find_numbers("연임은 한 번만 할 수 있다.")


# police-act 제14조제2항, 제14조제6항
NPA_HEAD = ("경찰청장은 국가경찰위원회의 동의를 받아 행정안전부장관의 제청으로 국무총리를 거쳐 대통령이 임명한다. "
            "이 경우 국회의 인사청문을 거쳐야 한다.")
NO_CASE_DIRECTIONS = ("경찰청장은 경찰의 수사에 관한 사무의 경우에는 개별 사건의 수사에 대하여 구체적으로 지휘ㆍ감독할 수 없다. "
                      "다만, 국민의 생명ㆍ신체ㆍ재산 또는 공공의 안전 등에 중대한 위험을 초래하는 긴급하고 중요한 사건의 수사에 "
                      "있어서 경찰의 자원을 대규모로 동원하는 등 통합적으로 현장 대응할 필요가 있다고 판단할 만한 상당한 이유가 "
                      "있는 때에는 제16조에 따른 국가수사본부장을 통하여 개별 사건의 수사에 대하여 구체적으로 지휘ㆍ감독할 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("The Commissioner General of the National Police Agency is put forward by the Minister of the Interior and "
     "Safety with the National Police Committee's consent and appointed by the President via the Prime Minister.",
     NPA_HEAD, True),
    ("The Commissioner General of the National Police Agency is put forward by the Minister of the Interior and "
     "Safety with the National Police Committee's consent and appointed by the Prime Minister.", NPA_HEAD, False),
    ("Save for urgent, serious cases that call for a large-scale, integrated police response, the Commissioner "
     "General may not give concrete directions on individual criminal investigations.", NO_CASE_DIRECTIONS, True),
    ("Save for urgent, serious cases that call for a large-scale, integrated police response, the Commissioner "
     "General may give concrete directions on individual criminal investigations.", NO_CASE_DIRECTIONS, False),
    ("The Commissioner General is barred from giving concrete instructions on individual criminal investigations, "
     "except where an urgent and serious case endangering life, property or public safety calls for a large-scale, "
     "integrated field response; in that event he may direct the investigation through the Head of the National "
     "Office of Investigation.", NO_CASE_DIRECTIONS, True),
    ("The Commissioner General is barred from giving concrete instructions on individual criminal investigations, "
     "except where an urgent and serious case endangering life, property or public safety calls for a large-scale, "
     "integrated field response; in that event he must direct the investigation through the Head of the National "
     "Office of Investigation.", NO_CASE_DIRECTIONS, False),
])
def test_two_passive_verbs_each_with_its_agent_and_an_english_rule_with_its_exception(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제43조제1항, police-act 제20조제3항 (shortened): a rule said as the requirement it sets
SUBSTATIONS_APPROVED = "시ㆍ도경찰청장은 행정안전부령으로 정하는 바에 따라 경찰청장의 승인을 받아 지구대 또는 파출소를 둘 수 있다."
STANDING_MEMBER = "상임위원은 시ㆍ도자치경찰위원회 위원장의 제청으로 시ㆍ도지사가 위원 중에서 임명한다."
STAY_CANCELLED = ("법무부장관은 외국인이 법 제198조제4항 각 호의 어느 하나에 해당하여 체류지역 확대 허가를 취소하려는 경우에는 "
                  "신원보증인이나 관계인의 의견을 들을 수 있다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("지구대나 파출소를 두려는 시ㆍ도경찰청장은 경찰청장의 승인을 받아야 한다.", SUBSTATIONS_APPROVED, True),
    ("지구대나 파출소를 두려는 시ㆍ도경찰청장은 경찰청장의 승인을 받지 않아도 된다.", SUBSTATIONS_APPROVED, False),
    ("지구대나 파출소를 두려는 시ㆍ도경찰청장은 행정안전부장관의 승인을 받아야 한다.", SUBSTATIONS_APPROVED, False),
    ("시ㆍ도경찰청장은 경찰청장의 승인을 받아야 지구대나 파출소를 둘 수 있다.", SUBSTATIONS_APPROVED, True),
    ("시ㆍ도경찰청장은 경찰청장의 승인 없이도 지구대나 파출소를 둘 수 있다.", SUBSTATIONS_APPROVED, False),
    ("상임위원은 위원장의 제청을 거쳐야 시ㆍ도지사가 위원 중에서 임명할 수 있다.", STANDING_MEMBER, True),
    ("상임위원은 위원장의 제청을 거쳐야 경찰청장이 위원 중에서 임명할 수 있다.", STANDING_MEMBER, False),
    ("상임위원은 위원장의 제청 없이도 시ㆍ도지사가 위원 중에서 임명할 수 있다.", STANDING_MEMBER, False),
    ("법무부장관은 체류지역 확대 허가를 취소하려는 경우에는 신원보증인이나 관계인의 의견을 들어야 한다.", STAY_CANCELLED, False),
    ("법무부장관은 체류지역 확대 허가를 취소하려는 경우에는 신원보증인이나 관계인의 의견을 들을 수 있다.", STAY_CANCELLED, True),
])
def test_a_rule_said_as_the_requirement_it_sets(claim, source, supported):
    # (jeju-special-act-decree 제37조제1항 speaks of what the minister means to do: its 'may' stays a 'may')
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


def test_all_of_a_list_the_claim_names_or_counts_and_the_whole_as_a_base_are_no_absolutes():
    from drafter.citations.analysis import analyze

    assert "all" not in analyze("경찰대학, 경찰인재개발원, 중앙경찰학교, 경찰수사연수원은 모두 경찰청장 소속 기관이다.").strong
    assert "all" not in analyze("연구관 두 자리는 모두 고위공무원단 소속이다.").strong
    assert "all" not in analyze("소속기관별 정원은 소속기관 전체 정원 범위 안에서 경찰청장이 정한다.").strong
    assert "all" not in analyze("휴직은 재직기간 전체를 합쳐 3년을 넘길 수 없다.").strong
    assert "all" in analyze("경찰공무원은 모두 무기를 휴대할 수 있다.").strong
    assert "all" in analyze("경찰대학은 소속 공무원 전체를 직접 임용한다.").strong


# police-officials-act 제26조제1항: a memo's '… 수 있도록 함' grants, it does not require
UNIFORM_WORN = "경찰공무원은 제복을 착용하여야 한다."


@pytest.mark.parametrize("claim, supported", [
    ("경찰공무원은 제복을 착용하도록 함.", True),
    ("경찰공무원은 제복을 착용할 수 있도록 함.", False),
])
def test_a_memo_that_lets_someone_do_what_the_source_requires(claim, supported):
    verdict = judge_support(claim, UNIFORM_WORN)
    assert verdict.supported is supported, verdict.reason


# local-public-officials-act 제29조의3 and police-officials-act 제28조제2항 (shortened), sejong-special-act 제21조제4항:
# a step the source requires ('… 동의를 받아야 한다'), said as what makes the act possible
TRANSFER_CONSENT = ("지방자치단체의 장은 공무원을 전입시키려고 할 때에는 해당 공무원이 소속된 지방자치단체의 장의 동의를 "
                    "받아야 한다.")
SEJONG_AUDIT_CHAIR = "다만, 감사위원장은 시의회의 동의를 받아 시장이 임명한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("다른 지방자치단체 공무원의 전입은 그 공무원이 소속된 지방자치단체의 장의 동의를 받아야 가능하다.", TRANSFER_CONSENT, True),
    ("다른 지방자치단체 공무원의 전입은 그 공무원이 소속된 지방자치단체의 장의 동의 없이도 가능하다.", TRANSFER_CONSENT, False),
    ("다른 지방자치단체 공무원의 전입은 행정안전부장관의 동의를 받아야 가능하다.", TRANSFER_CONSENT, False),
    ("감사위원장은 시의회의 동의를 받은 뒤에야 시장이 임명할 수 있다.", SEJONG_AUDIT_CHAIR, True),
    ("감사위원장은 시의회의 동의를 받은 뒤에야 교육감이 임명할 수 있다.", SEJONG_AUDIT_CHAIR, False),
])
def test_a_required_step_said_as_what_makes_the_act_possible(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제4조제3항, sejong-special-act 제14조제5항 (shortened): a share in other words
SUPPORT_QUORUM = "지원위원회의 회의는 재적위원 과반수의 출석으로 개의(開議)하고, 출석위원 과반수의 찬성으로 의결한다."
EDUCATION_TRANSFER = "시장이 교육비특별회계로 전출하여야 하는 전출금은 세종특별자치시세 총액의 1천분의 36으로 한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("지원위원회 회의는 재적위원의 절반을 넘는 인원이 출석해야 열리고, 출석위원 과반수가 찬성해야 의결된다.", SUPPORT_QUORUM, True),
    ("지원위원회 회의는 재적위원의 절반 이상이 출석해야 열리고, 출석위원 과반수가 찬성해야 의결된다.", SUPPORT_QUORUM, False),
    ("시장이 교육비특별회계로 보내야 하는 전출금은 세종특별자치시세 총액의 3.6퍼센트이다.", EDUCATION_TRANSFER, True),
    ("시장이 교육비특별회계로 보내야 하는 전출금은 세종특별자치시세 총액의 4.6퍼센트이다.", EDUCATION_TRANSFER, False),
])
def test_more_than_half_is_a_majority_and_a_decimal_percent_is_a_share(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# jeju-special-act-decree 제4조제2항, local-public-officials-act 제58조제1항 (COLLECTIVE_ACTION above): a rule and its
# proviso in one sentence
MEETING_NOTICE = ("위원장은 지원위원회의 회의를 소집하려는 경우에는 회의 개최 3일 전까지 회의의 일시, 장소 및 심의 안건을 각 "
                  "위원에게 알려야 한다. 다만, 긴급한 경우에는 그러하지 아니하다.")


@pytest.mark.parametrize("claim, source, context, supported", [
    ("위원장은 회의 3일 전까지 일시ㆍ장소ㆍ안건을 위원들에게 알려야 하지만, 긴급한 때에는 이 사전 통지를 생략할 수 있다.",
     MEETING_NOTICE, "", True),
    ("위원장은 회의 3일 전까지 일시ㆍ장소ㆍ안건을 위원들에게 알릴 수 있지만, 긴급한 때에는 이 사전 통지를 생략할 수 있다.",
     MEETING_NOTICE, "", False),
    ("Local public officials are barred from collective action for labour movements or other non-official purposes, "
     "with an exception for officials who in fact perform manual labour.", COLLECTIVE_ACTION, COLLECTIVE_ACTION_CONTEXT, True),
    ("Local public officials may take collective action for labour movements or other non-official purposes, "
     "with an exception for officials who in fact perform manual labour.", COLLECTIVE_ACTION, COLLECTIVE_ACTION_CONTEXT, False),
])
def test_a_proviso_said_as_an_omission_or_an_exception_for(claim, source, context, supported):
    verdict = judge_support(claim, source, context=context)
    assert verdict.supported is supported, verdict.reason


# police-act 제35조제3항 and 제28조제4항, police-officials-act 제11조제2항, sejong-special-act 제26조제2항,
# local-public-officials-act 제19조제8항 (shortened)
CHAIR_SUMMONED = ("시ㆍ도의회는 관련 예산의 효율적인 관리를 위하여 의결로써 자치경찰사무에 대해 시ㆍ도자치경찰위원장의 출석 "
                  "및 자료 제출을 요구할 수 있다.")
NO_TIME_TO_DECIDE = ("다만, 시ㆍ도자치경찰위원회가 심의ㆍ의결할 시간적 여유가 없거나 심의ㆍ의결이 곤란한 경우 대통령령으로 "
                     "정하는 바에 따라 시ㆍ도자치경찰위원회의 지휘ㆍ감독권을 시ㆍ도경찰청장에게 위임한 것으로 본다.")
EXAM_SUSPENDED = ("제1항에 따른 처분을 받은 사람에 대해서는 처분이 있은 날부터 5년의 범위에서 대통령령으로 정하는 기간 동안 "
                  "신규채용시험, 승진시험 또는 그 밖의 시험의 응시자격을 정지한다.")
AUDIT_FREEZE = ("시장은 감사위원회가 조사 중인 특정사건에 대하여는 제1항에 따른 조사개시의 통보를 받은 날부터 징계 또는 문책 "
                "절차를 진행하지 못한다.")
NO_HEAVIER_PENALTY = ("심사위원회가 징계처분등을 받은 자의 청구에 따라 소청을 심사할 경우에는 원징계처분보다 무거운 징계 또는 "
                      "원징계부가금 부과처분보다 무거운 징계부가금을 부과하는 결정을 하지 못한다.")


@pytest.mark.parametrize("claim, source, supported", [
    ("시ㆍ도자치경찰위원장은 관련 예산의 효율적 관리를 위해 시ㆍ도의회의 의결로 자치경찰사무에 관한 출석과 자료 제출을 "
     "요구받을 수 있다.", CHAIR_SUMMONED, True),
    ("시ㆍ도자치경찰위원장은 관련 예산의 효율적 관리를 위해 시ㆍ도의회의 의결로 자치경찰사무에 관한 출석과 자료 제출을 "
     "요구할 수 있다.", CHAIR_SUMMONED, False),
    ("시ㆍ도자치경찰위원회가 의결할 시간이 없거나 의결하기 곤란한 때에는 그 지휘ㆍ감독권이 시ㆍ도경찰청장에게 위임된 것으로 "
     "본다.", NO_TIME_TO_DECIDE, True),
    ("시ㆍ도자치경찰위원회가 의결할 시간이 없더라도 그 지휘ㆍ감독권이 시ㆍ도경찰청장에게 위임된 것으로 보지 않는다.",
     NO_TIME_TO_DECIDE, False),
    ("처분을 받은 사람은 처분일부터 5년 범위에서 대통령령으로 정한 기간 동안 신규채용시험이나 승진시험에 응시할 수 없다.",
     EXAM_SUSPENDED, True),
    ("처분을 받은 사람은 처분일부터 5년 범위에서 대통령령으로 정한 기간 동안에도 신규채용시험이나 승진시험에 응시할 수 있다.",
     EXAM_SUSPENDED, False),
    ("From the day the mayor is notified that the audit committee has started investigating a particular case, the "
     "mayor is barred from pursuing disciplinary or reprimand proceedings on it.", AUDIT_FREEZE, True),
    ("From the day the mayor is notified that the audit committee has started investigating a particular case, the "
     "mayor must pursue disciplinary or reprimand proceedings on it.", AUDIT_FREEZE, False),
    ("When reviewing an appeal lodged by a disciplined official, the appeals review commission is barred from imposing "
     "a heavier sanction or surcharge than the original one.", NO_HEAVIER_PENALTY, True),
    ("When reviewing an appeal lodged by a disciplined official, the appeals review commission may impose a heavier "
     "sanction or surcharge than the original one.", NO_HEAVIER_PENALTY, False),
])
def test_who_is_told_what_is_lacking_and_what_is_barred(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# npa-organization-decree 제40조제1항: the deputies of the Seoul and Jeju agencies
PROVINCIAL_DEPUTIES = "시ㆍ도경찰청장을 보조하기 위하여 서울특별시경찰청에 차장 3명을, 제주특별자치도경찰청에 차장 1명을 둔다."


@pytest.mark.parametrize("claim, supported", [
    ("The Seoul Metropolitan Police Agency has three deputy commissioners, whereas the Jeju provincial agency has one.", True),
    ("The Seoul Metropolitan Police Agency has two deputy commissioners, whereas the Jeju provincial agency has one.", False),
])
def test_the_deputy_commissioners_of_a_provincial_agency(claim, supported):
    verdict = judge_support(claim, PROVINCIAL_DEPUTIES)
    assert verdict.supported is supported, verdict.reason


# police-act 제8조제1항 and 제28조제2항 (PROVINCIAL_CHIEF above): who proposes, who passes it on, who consults whom
NPC_MEMBER_APPOINTED = "위원은 행정안전부장관의 제청으로 국무총리를 거쳐 대통령이 임명한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("위원은 행정안전부장관의 제청에 따라 국무총리를 거쳐 대통령에 의해 임명된다.", NPC_MEMBER_APPOINTED, True),
    ("위원은 국무총리의 제청에 따라 행정안전부장관을 거쳐 대통령에 의해 임명된다.", NPC_MEMBER_APPOINTED, False),
    ("시ㆍ도경찰청장은 경찰청장이 시ㆍ도자치경찰위원회와 협의하여 추천한 사람 중에서 행정안전부장관의 제청으로 국무총리를 "
     "거쳐 대통령이 임용한다.", PROVINCIAL_CHIEF, True),
    ("시ㆍ도경찰청장은 시ㆍ도자치경찰위원회가 경찰청장과 협의하여 추천한 사람 중에서 행정안전부장관의 제청으로 국무총리를 "
     "거쳐 대통령이 임용한다.", PROVINCIAL_CHIEF, False),
])
def test_two_bodies_each_in_the_others_role(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# session 32: periods in other units, weeks, native counts, gaps between two stated numbers
SENIORITY_PROMOTION = "경사를 경위로 근속승진임용하려면 해당 계급에서 6년 6개월 이상 근속하여야 한다."  # after police-officials-act 제16조제1항제3호
PANEL_NOTICE = ("추천위원회 위원장은 회의를 소집하려면 회의 개최 3일 전까지 회의의 일시ㆍ장소 및 안건 등을 각 추천위원에게 "
                "알려야 한다.")  # autonomous-police-committee-decree 제8조제3항
WEEKS_NOTICE = "시ㆍ도지사는 그 결과를 받은 날부터 2주일 이내에 통보하여야 한다."
COUNCIL_SIZE = "발전협의회는 의장 1명을 포함하여 20명 이내의 위원으로 각각 구성한다."  # jeju-special-act-decree 제81조제1항
FINE_CEILING = "제78조제1항에 따른 명령을 위반한 자에게는 1천만원 이하의 과태료를 부과한다."
RANK_LIMITS = "계급정년: 치안감 4년, 경무관 6년, 총경 11년, 경정 14년"  # police-officials-act 제30조제1항제2호, shortened
MERGER_DEADLINE = ("통합추진공동위원회는 구성된 날부터 60일 이내에 통합 지방자치단체의 명칭과 청사 소재지를 의결하여 "
                   "행정안전부장관에게 제출하여야 한다.")  # decentralization-act 제47조제1항, shortened
PROBATION = "경정 이하의 경찰공무원을 신규채용할 때에는 1년간 시보로 임용하고, 그 기간이 만료된 다음 날에 정규 경찰공무원으로 임용한다."


@pytest.mark.parametrize("claim, source, supported", [
    ("경사가 경위로 근속승진하려면 그 계급에서 78개월 이상 근속해야 한다.", SENIORITY_PROMOTION, True),
    ("경사가 경위로 근속승진하려면 그 계급에서 72개월 이상 근속해야 한다.", SENIORITY_PROMOTION, False),
    ("A sergeant needs 78 months in rank for a seniority promotion.", SENIORITY_PROMOTION, True),
    ("추천위원회 위원장은 회의 개최 일주일 전까지 일시ㆍ장소와 안건을 추천위원에게 알려야 한다.", PANEL_NOTICE, False),
    ("The chair must tell each nominating member the date, place and agenda a week before the meeting.", PANEL_NOTICE, False),
    ("시ㆍ도지사는 결과를 받은 날부터 14일 이내에 통보해야 한다.", WEEKS_NOTICE, True),
    ("The governor must give notice within a fortnight of receiving the result.", WEEKS_NOTICE, True),
    ("The governor must give notice within three weeks of receiving the result.", WEEKS_NOTICE, False),
    ("발전협의회는 의장을 포함해 스무 명 이내로 꾸린다.", COUNCIL_SIZE, True),
    ("발전협의회는 의장을 포함해 서른 명 이내로 꾸린다.", COUNCIL_SIZE, False),
    ("Violating an order under Article 78(1) can cost an administrative fine of up to ten million won.", FINE_CEILING, True),
    ("Violating an order under Article 78(1) can cost an administrative fine of up to twenty million won.", FINE_CEILING, False),
    ("치안감의 계급정년은 4년으로, 경무관의 6년보다 2년 짧다.", RANK_LIMITS, True),
    ("치안감의 계급정년은 4년으로, 경무관의 6년보다 3년 짧다.", RANK_LIMITS, False),
    ("A superintendent (경정) has a rank limit of 14 years, three years longer than the 11 years of a senior superintendent.",
     RANK_LIMITS, True),
    ("공동위원회는 구성된 날부터 60일, 즉 약 두 달 안에 명칭과 청사 소재지를 의결해 제출해야 한다.", MERGER_DEADLINE, True),
    ("공동위원회는 구성된 날부터 석 달 안에 명칭과 청사 소재지를 의결해 제출해야 한다.", MERGER_DEADLINE, False),
    ("Newly hired officers at the rank of 경정 or below serve a year on probation before their regular appointment.",
     PROBATION, True),
    ("Newly hired officers at the rank of 경정 or below serve half a year on probation before their regular appointment.",
     PROBATION, False),
])
def test_periods_and_counts_said_in_other_units_or_worked_out(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# a step the act cannot go without, said as such; whether to act left open against a duty to act
DISMISSAL_CONSENT = ("제1항제2호ㆍ제3호 또는 「국가공무원법」 제70조제1항제5호의 사유로 면직시키는 경우에는 제32조에 따른 "
                     "징계위원회의 동의를 받아야 한다.")  # police-officials-act 제28조제2항
BOX_APPROVAL = ("시ㆍ도경찰청장은 경찰서장의 소관사무를 분장하기 위하여 행정안전부령으로 정하는 바에 따라 경찰청장의 승인을 받아 "
                "지구대 또는 파출소를 둘 수 있다.")  # npa-organization-decree 제43조제1항
DELEGATION_CONSULTED = ("시ㆍ도자치경찰위원회는 미리 경찰청장과 협의하여 시ㆍ도경찰청장에게 위임되는 자치경찰사무 지휘ㆍ감독권의 범위 및 "
                        "위임 절차 등을 시ㆍ도자치경찰위원회의 의결을 거쳐 정해야 한다.")  # autonomous-police-committee-decree 제19조
RECOMMENDATION_PANEL = "시ㆍ도자치경찰위원회 위원 추천을 위하여 시ㆍ도지사 소속으로 시ㆍ도자치경찰위원회 위원추천위원회를 둔다."
YEARLY_GOALS = "자치경찰위원회는 매년 도지사의 의견을 들어 자치경찰 활동의 목표를 수립하고 공표하여야 한다."
AUDIT_MEASURES = ("제1항에 따라 보고 또는 통보되는 자치감사의 결과에는 변상명령, 징계 또는 문책, 시정, 주의, 개선, 권고, 고발 등의 "
                  "조치사항이 포함되어야 한다.")  # jeonbuk-special-act 제121조제2항
TOBACCO_TAX = "시장은 담배소비세의 100분의 45에 해당하는 금액을 교육비특별회계로 전출하지 아니할 수 있다."  # sejong 제14조제4항, shortened


@pytest.mark.parametrize("claim, source, supported", [
    ("A police officer cannot be dismissed on those grounds unless the disciplinary committee has consented.",
     DISMISSAL_CONSENT, True),
    ("A police officer can be dismissed on those grounds without the disciplinary committee's consent.", DISMISSAL_CONSENT, False),
    ("시ㆍ도경찰청장은 경찰청장의 승인 없이는 지구대나 파출소를 둘 수 없다.", BOX_APPROVAL, True),
    ("시ㆍ도경찰청장은 경찰청장의 승인 없이도 지구대나 파출소를 둘 수 있다.", BOX_APPROVAL, False),
    ("시ㆍ도자치경찰위원회는 경찰청장과 미리 협의하지 않고는 위임 범위와 절차를 정할 수 없고, 위원회 의결도 거쳐야 한다.",
     DELEGATION_CONSULTED, True),
    ("Whether to set up a panel that recommends committee members is left to each governor to decide.",
     RECOMMENDATION_PANEL, False),
    ("Each governor has a panel that recommends members of the provincial autonomous police committee.",
     RECOMMENDATION_PANEL, True),
    ("자치경찰 활동 목표를 해마다 세워 공표할지는 자치경찰위원회 재량이다.", YEARLY_GOALS, False),
    ("자치경찰위원회는 해마다 도지사 의견을 듣고 자치경찰 활동 목표를 세워 공표해야 한다.", YEARLY_GOALS, True),
    ("보고되는 자치감사 결과에는 변상명령, 징계, 시정, 고발 같은 조치사항이 빠져서는 안 된다.", AUDIT_MEASURES, True),
    ("보고되는 자치감사 결과에 변상명령, 징계, 시정, 고발 같은 조치사항을 넣을 필요는 없다.", AUDIT_MEASURES, False),
    ("The mayor may hold back the 45 percent of the tobacco consumption tax otherwise owed to the education account.",
     TOBACCO_TAX, True),
    ("The mayor must hold back the 45 percent of the tobacco consumption tax otherwise owed to the education account.",
     TOBACCO_TAX, False),
])
def test_a_step_the_act_cannot_go_without_and_a_duty_left_to_choice(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


# what a prohibition leaves: an act allowed only once a step is taken, or until a time bar
SUIT_AFTER_REVIEW = ("제67조에 따른 처분, 그 밖에 본인의 의사에 반한 불리한 처분이나 부작위에 관한 행정소송은 심사위원회의 "
                     "심사ㆍ결정을 거치지 아니하면 제기할 수 없다.")  # local-public-officials-act 제20조의2
TEN_YEAR_BAR = "징계 등 사유가 다음 각 목의 어느 하나에 해당하는 경우: 10년\n    가. 「양성평등기본법」 제3조제2호에 따른 성희롱"
TIME_BAR_LEAD = ("제73조의2(징계 및 징계부가금 부과 사유의 시효)\n징계의결등의 요구는 징계 등 사유가 발생한 날부터 다음 각 호의 "
                 "구분에 따른 기간이 지나면 하지 못한다.")  # local-public-officials-act 제73조의2제1항제1호 (shortened) and its lead


@pytest.mark.parametrize("claim, source, supported", [
    ("불리한 처분에 관한 행정소송은 심사위원회의 심사ㆍ결정을 먼저 거쳐야 제기할 수 있다.", SUIT_AFTER_REVIEW, True),
    ("불리한 처분에 관한 행정소송은 심사위원회의 심사ㆍ결정을 먼저 거쳐야만 낼 수 있음.", SUIT_AFTER_REVIEW, True),
    ("불리한 처분에 관한 행정소송은 심사위원회의 심사ㆍ결정을 거치지 않아도 낼 수 있다.", SUIT_AFTER_REVIEW, False),
    ("불리한 처분에 관한 행정소송은 심사위원회의 심사ㆍ결정 없이 바로 낼 수 있다.", SUIT_AFTER_REVIEW, False),
    ("An administrative suit over an adverse measure may be brought only once the appeals commission has reviewed and "
     "decided the case.", SUIT_AFTER_REVIEW, True),
    ("An administrative suit over an adverse measure may be brought before the appeals commission has reviewed the case.",
     SUIT_AFTER_REVIEW, False),
    ("성희롱이 징계 사유라면 사유가 발생한 날부터 10년이 지나기 전까지 징계의결을 요구할 수 있다.", TEN_YEAR_BAR, True),
    ("성희롱이 징계 사유라면 사유가 발생한 날부터 10년이 지나도 징계의결을 요구할 수 있다.", TEN_YEAR_BAR, False),
    ("Disciplinary action for sexual harassment can be requested within ten years of the grounds arising.",
     TEN_YEAR_BAR, True),
    ("Disciplinary action for sexual harassment can be requested even after ten years have passed.",
     TEN_YEAR_BAR, False),
])
def test_what_a_prohibition_leaves_said_as_a_permission(claim, source, supported):
    verdict = judge_support(claim, source, context=TIME_BAR_LEAD if source is TEN_YEAR_BAR else "")
    assert verdict.supported is supported, verdict.reason


# a duty denied, or left open, in the forms a memo uses; what is not included, said of an exclusion
RECALL_SECONDED = ("파견권자는 파견 사유가 소멸되거나 파견 목적이 달성될 가망이 없으면 그 공무원을 지체 없이 원래의 소속 기관에 "
                   "복귀시켜야 한다.")  # local-public-officials-act 제30조의4제2항
RESIDENCE_OPINION = ("지방출입국ㆍ외국인 관서의 장은 제2항에 따라 체류지역 확대 허가 신청서를 받았을 때에는 의견을 붙여 지체 없이 "
                     "법무부장관에게 보내야 한다.")  # jeju-special-act-decree 제35조제3항
LIST_EXTENDED = ("경찰청장 또는 해양경찰청장은 채용후보자 명부의 유효기간을 연장하기로 결정한 경우에는 그 사실을 "
                 "공고하여야 한다.")  # police-officials-act 제12조제5항
EXPRESSWAY_EXCLUDED = ("교통사고 및 교통 관련 범죄: 다음 각 목의 범죄. 다만, 「도로교통법」 제2조제3호의 고속도로에서 발생한 "
                       "교통사고 및 교통 관련 범죄는 제외한다.")  # autonomous-police-committee-decree 제3조제3호, shortened


@pytest.mark.parametrize("claim, source, supported", [
    ("파견 사유가 없어지면 파견권자는 그 공무원을 원래 소속 기관으로 복귀시킬 수 있을 뿐 지체 없이 복귀시켜야 할 의무는 없다.",
     RECALL_SECONDED, False),
    ("파견 사유가 없어지면 파견권자는 그 공무원을 지체 없이 원래 소속 기관으로 복귀시켜야 할 의무가 있다.", RECALL_SECONDED, True),
    ("파견 사유가 없어지면 파견권자가 그 공무원을 원래 소속 기관으로 복귀시켜야 하는 건 맞지만, 지체 없이 할 의무를 지는 것은 "
     "아니다.", RECALL_SECONDED, False),
    ("체류지역 확대 허가 신청서를 받은 관서의 장이 의견을 붙여 법무부장관에게 보낼지 여부는 임의적이다.", RESIDENCE_OPINION, False),
    ("체류지역 확대 허가 신청서를 받은 관서의 장은 의견을 붙여 바로 법무부장관에게 보내야 한다.", RESIDENCE_OPINION, True),
    ("When the Commissioner General decides to extend the validity period of the recruitment candidate list, it is "
     "optional for him to publicly announce that fact.", LIST_EXTENDED, False),
    ("If the Commissioner General decides to extend the validity period of the recruitment candidate list, he must "
     "publicly announce that fact.", LIST_EXTENDED, True),
    ("교통사고 및 교통 관련 범죄에는 고속도로에서 발생한 교통사고와 교통 관련 범죄가 포함되지 않는다.", EXPRESSWAY_EXCLUDED, True),
    ("교통사고 및 교통 관련 범죄에는 고속도로에서 발생한 교통사고와 교통 관련 범죄도 포함된다.", EXPRESSWAY_EXCLUDED, False),
])
def test_a_duty_denied_or_left_open_and_what_is_not_included(claim, source, supported):
    verdict = judge_support(claim, source)
    assert verdict.supported is supported, verdict.reason


HEAVIER_PENALTY = ("심사위원회가 징계처분등을 받은 자의 청구에 따라 소청을 심사할 경우에는 원징계처분보다 무거운 징계 또는 "
                   "원징계부가금 부과처분보다 무거운 징계부가금을 부과하는 결정을 하지 못한다.")  # local-public-officials-act 제19조제8항


def test_a_verbal_noun_denied_with_its_own_light_verb():
    # '결정을 하지 못한다' is '결정하지 못한다': the rule denies the 결정 itself
    assert judge_support("소청을 심사할 때 심사위원회는 원래 처분보다 무거운 징계를 결정할 수 없다.", HEAVIER_PENALTY).supported
    assert not judge_support("소청을 심사할 때 심사위원회는 원래 처분보다 무거운 징계를 결정할 수 있다.", HEAVIER_PENALTY).supported


TIME_BAR_LEAD = "징계의결등의 요구는 징계 등 사유가 발생한 날부터 다음 각 호의 구분에 따른 기간이 지나면 하지 못한다."
TIME_BAR_ITEM = "3. 그 밖의 징계 등 사유에 해당하는 경우: 3년"  # local-public-officials-act 제73조의2제1항
AUDITOR_KEPT = ("감사위원은 다음 각 호의 어느 하나에 해당하는 경우를 제외하고는 임기 안에 본인의 의사에 반하여 면직되거나 해촉되지 "
                "아니한다.\n1. 신체상 또는 정신상의 장애로 직무를 수행할 수 없게 된 경우\n2. 「지방공무원법」 제31조 각 호의 "
                "어느 하나에 해당하는 경우\n3. 국회의원이나 지방자치단체의 장 또는 지방의회의원으로 선출된 경우")  # jeonbuk 제123조제2항
NO_CENTRAL_AUDIT = ("중앙행정기관의 장은 제131조제1항에 따른 감사위원회의 자치감사 대상기관에 대해서는 그 행정 전반 또는 특정한 "
                    "정책ㆍ사업ㆍ업무 및 예산 등에 대한 감사를 실시할 수 없다. 다만, 국회의 국정감사, 감사원 감사 및 「지방자치법」 "
                    "제21조에 따른 주민감사청구 사항의 경우에는 그러하지 아니하다.")  # jeju-special-act 제139조제1항


@pytest.mark.parametrize("claim, supported", [
    ("그 밖의 징계 사유로 인한 징계의결등의 요구는 사유가 발생한 날부터 3년이 지나면 할 수 없다.", True),
    ("그 밖의 징계 사유로 인한 징계의결등의 요구는 사유가 발생한 날부터 3년이 지나면 할 수 있다.", False),
    ("그 밖의 징계 사유로 인한 징계의결등의 요구는 사유가 발생한 날부터 3년이 지나도 할 수 있다.", False),
])
def test_a_time_bar_said_with_a_bare_light_verb_denies_the_act_its_topic_names(claim, supported):
    # '요구는 … 기간이 지나면 하지 못한다': the sentence's bare 하다 does the 요구, so the 요구 is what is barred
    verdict = judge_support(claim, TIME_BAR_ITEM, context=TIME_BAR_LEAD)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, supported", [
    ("국회의원이나 지방의회의원으로 선출된 감사위원은 임기 중이라도 본인 의사와 관계없이 면직되거나 해촉될 수 있다.", True),
    ("신체상 장애로 직무를 수행할 수 없게 된 감사위원은 임기 중이라도 본인 의사에 반해 면직될 수 있다.", True),
    ("감사위원은 임기 안에 본인 의사에 반하여 면직되거나 해촉될 수 있다.", False),
    ("지방의회의원으로 선출된 감사위원도 임기 중에는 본인 의사에 반하여 면직되지 아니한다.", False),
    # (a claim that states the rule with its listed exceptions is read as the rule)
    ("감사위원은 국회의원 당선 등 법에 열거된 경우가 아니면 임기 중 본인 의사에 반해 면직되거나 해촉되지 않는다.", True),
    ("감사위원은 신체상 장애나 지방의회의원 당선 같은 법정 사유가 없더라도 임기 중 본인 의사에 반하여 면직될 수 있다.", False),
])
def test_a_case_the_cited_paragraphs_own_list_excepts(claim, supported):
    # a cited 항 whose lead excepts the cases its 호 list: a claim about one of those cases states the exception
    verdict = judge_support(claim, AUDITOR_KEPT)
    assert verdict.supported is supported, verdict.reason


@pytest.mark.parametrize("claim, supported", [
    ("Central administrative agencies cannot audit the bodies subject to the Jeju audit committee's self-audit, "
     "except for National Assembly inspections, Board of Audit and Inspection audits and residents' audit requests.", True),
    ("Central administrative agencies may audit the bodies subject to the Jeju audit committee's self-audit.", False),
])
def test_an_audit_barred_with_the_verb_that_carries_it(claim, supported):
    # '감사를 실시할 수 없다' bars the 감사 itself, as '감사할 수 없다' does
    verdict = judge_support(claim, NO_CENTRAL_AUDIT)
    assert verdict.supported is supported, verdict.reason
