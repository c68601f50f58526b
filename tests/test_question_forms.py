"""Question forms: what a question asks by the way it is put, searched as the statute's own term."""

from __future__ import annotations

import pytest

from drafter.retrieval.fusion import names_paper, plan_query, query_language
from drafter.text.glossary import korean_query_terms
from drafter.text.question_forms import korean_question_terms


@pytest.mark.parametrize(("question", "term"), [
    ("제주 자치경찰관은 몇 살에 퇴직하나?", "정년"),
    ("자치경찰공무원은 몇 살이 되면 일을 그만둬야 하나?", "정년"),
    ("경찰청에 임시로 늘려 둔 인력은 언제까지 유지되나?", "한시정원"),
    ("특별회계에 돈이 잠깐 모자라면 빌려 쓸 수 있나?", "차입"),
    ("지방공무원이 징계를 받으면 곧바로 법원에 소송을 낼 수 있나?", "행정소송"),
    ("기소된 공무원에게서 보직을 뺄 수 있나?", "직위해제"),
    ("그해 못 쓴 돈은 다음 해로 넘길 수 있나?", "이월"),
    ("근무성적이 나빠 보직을 잃은 공무원은 얼마 동안 대기하나?", "직위해제"),
    ("시ㆍ군이 합쳐지면서 공무원이 정원보다 많아지면 어떻게 되나요?", "초과"),
    ("시ㆍ군이 합쳐지면서 공무원이 정원보다 많아지면 어떻게 되나요?", "통합"),
    ("전북 환경영향평가 특례는 몇 년 뒤 효력이 끝나나?", "존속기한"),
])
def test_a_korean_question_is_searched_for_what_its_form_asks(question, term):
    assert term in korean_question_terms(question)
    # the term joins the question's own words on the lexical side, which keeps every word it had
    korean = plan_query(question).korean
    assert korean.startswith(question) and term in korean.split()


@pytest.mark.parametrize(("question", "term"), [
    ("돈을 빌려줄 수 있나?", "차입"),  # lending, not borrowing
    ("몇 살부터 시험을 볼 수 있나?", "정년"),  # an age to sit the exam (연령), not the retirement age
    ("위원은 어디에 살아야 하나?", "연령"),  # 살다 (to live), not an age
    ("바로 다음 회의에서 의결하나?", "행정소송"),
])
def test_korean_forms_do_not_fire_on_other_senses(question, term):
    assert term not in korean_question_terms(question)


def test_a_korean_question_without_a_form_is_searched_as_written():
    question = "시ㆍ도자치경찰위원회 위원의 결격사유"
    assert korean_question_terms(question) == []
    assert plan_query(question).korean == question


@pytest.mark.parametrize(("question", "term"), [
    ("When do Gangwon's special farmland rules run out?", "존속기한"),
    ("Does the exemption expire at some point?", "존속기한"),
    ("Can an employee go straight to court, or is there an appeal step first?", "행정소송"),
    ("Is the factory permit treated as granted if nobody answers in time?", "의제"),
    ("How long will the temporary extra staff remain at the agency?", "한시정원"),
    ("Who collects the fines now that the governor has the power?", "징수"),
    ("What if someone does not pay the fine?", "납부"),
    ("May the commissioner weigh in on a single criminal case?", "지휘"),
    ("May the commissioner weigh in on a single criminal case?", "개별"),
    ("When does he have to back off?", "중단"),
    ("governor disagrees with a local police board decision - can he send it back", "재의"),
    ("can a province set up a group to agree beforehand on who sits on its local police board", "구성"),
    ("when policing jobs are handed to provinces", "이관"),
    ("when policing jobs are handed to provinces", "사무"),
    ("can the post be filled by someone on a fixed-term contract", "임기제"),
    ("My local government sent me to work at a central ministry for a while.", "파견"),
    ("When do they have to bring me back to my old office?", "복귀"),
    ("I want to leave before retirement age. Is there a payout?", "명예퇴직"),
    ("If the committee boss is ill, who runs the meetings in the meantime?", "사고"),
    ("If the committee boss is ill, who runs the meetings in the meantime?", "대행"),
    ("Can the ministry make Jeju hold a vote on scrapping its tiers of local government?", "주민투표"),
    ("Where do I take a complaint about how I was treated in personnel matters?", "고충"),
])
def test_english_forms_get_the_term_they_ask_about(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("Who collects the data on traffic accidents?", "징수"),  # gathering data (수집), not levying
    ("Are injured officers entitled to medical treatment?", "의제"),
    ("How is a temporary posting to another agency arranged?", "한시정원"),
    ("Do committee members get paid?", "납부"),  # an allowance (수당), not paying a levy
    ("Is there one committee or two?", "개별"),  # a count of bodies, not a single case
    ("Can the office send the report back to the applicant?", "재의"),  # a report returned, not a resolution
    ("How many police jobs were created?", "이관"),
    ("temporary extra police headcount for local policing work", "사무"),  # the work of a post, not 사무 as affairs
    ("Are officers who were ill-treated in custody compensated?", "사고"),  # ill-treatment, not being ill
    ("Who sends the report to the minister?", "파견"),
])
def test_english_forms_do_not_fire_on_other_senses(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("can a province set up a group to agree on who sits on its local police board", "자치경찰위원회"),
    ("who picks the provincial police boss", "시ㆍ도경찰청장"),
    ("can jeonbuk take over work done by central government branch offices", "특별지방행정기관"),
    ("can a bureau head job be filled from outside", "국장"),
    ("If the local police committee boss is away, who stands in?", "위원장"),
    ("extra session of the local police board: how many members can force one", "임시회의"),
    ("I want to retire early. Is there a payout?", "수당"),
    ("jeju island cops rotating into national police", "경찰공무원"),
    ("how many korean kids can a foreign school take", "학생"),
])
def test_plain_words_of_a_search_box_get_the_statute_term(question, term):
    assert term in korean_query_terms(question)


# the English forms of the twentieth session (korean_query_terms reads them through the glossary)
@pytest.mark.parametrize(("question", "term"), [
    ("How long do Gangwon's special rules on farmland and rural zones last?", "존속기한"),
    ("How long do the exemptions stay in force?", "존속기한"),
    ("Can a local government employee go straight to court over a dismissal?", "소송"),
    ("Can I take the committee's decision to court?", "소송"),
    ("Who takes over when the Seoul Metropolitan Police chief is unable to work?", "대행"),
    ("Can the chair step down before the term ends?", "사임"),
    ("Can a member be kicked off the committee?", "해촉"),
    ("Do committee members get paid for attending?", "수당"),
    ("Can they be forced to put it back and who pays?", "원상회복"),
    ("Who nominates members of a local police oversight board?", "자치경찰위원회"),
    ("Can two members force an unscheduled session of the board?", "임시회의"),
])
def test_question_forms_whose_words_stand_apart_get_the_term_they_ask_about(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("How long does the chair remain in office?", "존속기한"),  # a term of office (임기), not a rule's life
    ("Who takes over the land the province buys?", "대행"),  # land acquired, not duties done in one's stead
    ("Which court hears the case?", "소송"),
])
def test_question_forms_do_not_fire_on_other_senses(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize(("question", "lang"), [
    ("I'm a police superintendent (경정). Where do I take a complaint about how I was treated?", "en"),
    ("What does the term 자치경찰사무 cover under the Police Act?", "en"),
    ("NPA의 조직은 어떻게 되어 있나?", "ko"),
    ("시ㆍ도자치경찰위원회 위원의 결격사유", "ko"),
])
def test_a_question_is_in_the_language_most_of_its_words_are_in(question, lang):
    assert query_language(question) == lang


def test_an_english_question_quoting_a_korean_term_searches_the_term_too():
    plan = plan_query("I'm a police superintendent (경정). Where do I take a complaint about how I was treated?")
    assert plan.lang == "en" and "경정" in plan.korean.split() and "고충" in plan.korean.split()


# the forms of the twenty-second session: English (read through the glossary) and everyday Korean
@pytest.mark.parametrize(("question", "term"), [
    ("How many years can a member of the provincial committee stay?", "임기"),
    ("How long does a member of the National Police Commission stay on?", "임기"),
    ("Local government worker charged in criminal court - can he be taken off his post?", "직위해제"),
    ("Money not spent this year - can they use it next year?", "이월"),
    ("Deadline to contest discipline as a local government employee?", "심사"),
    ("Governor sends back police committee decision: what vote overrides him?", "재의"),
    ("Which body brings the NPA commissioner together with the committee chairs?", "협의체"),
    ("What share of the students at a foreign-run school in Jeju is allowed to be Korean?", "내국인"),
])
def test_english_forms_of_terms_reasons_and_shares(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("How long can a local civil servant stay on leave to raise a child?", "임기"),  # leave, not a term of office
    ("If a police officer wants to challenge a disciplinary punishment in court, who do they sue?", "심사"),  # a lawsuit
    ("Who gets to the meeting first?", "협의체"),
])
def test_english_forms_of_the_twenty_second_session_do_not_fire_on_other_senses(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("보이스피싱 대응하는 경찰청 조직은 언제까지만 있는 거예요?", "존속기한"),
    ("지방시대위원회는 몇 년 동안 운영돼요?", "존속기한"),
    ("자치경찰이 순찰하다가 도둑을 그 자리에서 잡으면 어떻게 처리해요?", "현행범"),
    ("땅을 파헤친 사람한테 원래대로 돌려놓으라고 할 수 있나요?", "원상회복"),
    ("진흥지구 지정을 없앨 때 당사자 얘기 들어보는 절차 있어요?", "청문"),
    ("순경이 시험 없이 연차만 채워서 한 계급 올라가려면 몇 년이 걸려요?", "근속승진"),
    ("위원을 누가 추천할지 시ㆍ도가 미리 조율하는 모임을 만들 수 있나요?", "협의체"),
])
def test_everyday_korean_forms_of_a_bodys_life_an_arrest_a_hearing_and_a_promotion(question, term):
    assert term in korean_question_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("그 판단은 언제까지 해야 하나요?", "존속기한"),  # a deadline, not the life of a body
    ("현장에서 일하는 공무원의 수당은?", "현행범"),
])
def test_everyday_korean_forms_do_not_fire_on_other_senses(question, term):
    assert term not in korean_question_terms(question)


@pytest.mark.parametrize(("question", "terms"), [
    ("How many years a member of sido jachi gyeongchal committee can stay?", ("시ㆍ도", "자치경찰")),
    ("Can a gyeongjeong be promoted without an exam?", ("경정",)),
    ("Is pamyeon different from haeim?", ("파면", "해임")),
    ("Who nominates the members of the provincial police watchdog?", ("자치경찰위원회",)),
    ("Can two members force an extra sitting?", ("임시회의",)),
    ("If Seoul's police chief is out of action, who steps in?", ("서울특별시경찰청",)),
])
def test_romanized_korean_and_a_journalists_names_are_searched_as_the_statutes_terms(question, terms):
    found = korean_query_terms(question)
    assert all(term in found for term in terms), found


def test_a_question_about_the_yoon_government_asks_for_the_paper():
    assert names_paper("Which four regions did the Yoon government say would pilot the two-tier model?")
    assert not names_paper("Which four regions pilot the special police model?")


# the second round of the twenty-second session
@pytest.mark.parametrize(("question", "term"), [
    ("how many years do you have to stay a constable before you get bumped up", "승진"),
    ("if a jeju cop catches someone red handed, who takes the case", "현행범"),
    ("how long after misconduct can a local official still be disciplined", "시효"),
    ("who pays for the staff and gear when local governments take over police work", "이관"),
    ("Does Jeju's vice-governor sit on the working-level committee?", "부지사"),
    ("Can Sejong keep its tobacco tax share?", "담배소비세"),
    ("which seoul police unit goes after big drug rings", "마약"),
    ("do cities with over a million people get special powers", "대도시"),
    ("How many commissioners must be qualified to sit as judges?", "법관"),
    ("who sets yearly targets for the municipal police", "목표"),
])
def test_english_forms_and_words_of_promotions_arrests_limits_and_offices(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("how many years do you have to stay a constable before promotion", "임기"),  # years in rank, not a term
    ("who takes over police work when the province sets up its own force", "대행"),  # work handed over, not stood in for
])
def test_second_round_forms_do_not_fire_on_other_senses(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize(("question", "terms"), [
    ("경찰청장은 몇 년 동안 재직하고 다시 맡을 수 있나?", ("임기", "연임")),
    ("시도자치경찰위원회 정기회의 말고 따로 모이려면 위원 몇 명이 요청해야 하나?", ("임시회의",)),
    ("서울경찰청장이 자리를 비우면 차장 중 누가 먼저 대신하나?", ("사고", "대리")),
])
def test_everyday_korean_forms_of_a_term_serving_again_an_extra_meeting_and_an_absent_head(question, terms):
    found = korean_question_terms(question)
    assert all(term in found for term in terms), found


def test_a_question_about_electing_the_committee_chairs_asks_for_the_paper():
    assert names_paper("has anyone proposed letting people vote for the head of the local police committee")
    assert not names_paper("who appoints the head of the local police committee")


# the twenty-third session
@pytest.mark.parametrize(("question", "terms"), [
    ("is the government actually required to run local police at all", ("실시", "자치경찰제")),
    ("Which law obliges the state to introduce an autonomous police system?", ("실시", "자치경찰제")),
    ("A visa-free visitor's flight out of Jeju is cancelled by a storm: can they leave from Busan?", ("결항", "기상")),
    ("do cities with over a million people get special powers", ("대도시", "특례")),
    ("How many members must be present for the National Police Commission to pass a decision?", ("의결", "출석")),
    ("Why was Sejong Special Self-Governing City created, according to its founding law?", ("목적",)),
    ("According to Korean law, what is the guiding idea behind handing power to local governments?", ("기본이념",)),
    ("Under which ministry is the National Police Agency placed?", ("장관",)),
    ("How much is the tourism charge paid when leaving Jeju by plane or ship, and are young children exempt?",
     ("납부금", "어린이")),
    ("What happens if someone has another person sit the local civil service exam for them?", ("부정행위",)),
    ("Who heads the support office that serves the Jeju support committee?", ("지원단",)),
    ("trial period for newly hired police officers and who is exempt", ("시보",)),
    ("Which office does the staff work for the Jeju support committee, and who heads it?", ("지원단",)),
    ("Does the staff office supporting a provincial police oversight board include sworn police officers?", ("사무기구",)),
])
def test_english_forms_of_the_states_duty_a_cancelled_flight_and_a_citys_special_powers(question, terms):
    found = korean_query_terms(question)
    assert all(term in found for term in terms), found


@pytest.mark.parametrize(("question", "term"), [
    ("Is the state required to fund the local police?", "실시"),  # funding, not running the system
    ("Can the governor cancel the committee's decision?", "결항"),
    ("Does the pass rate of the exam matter?", "의결"),
    ("Why is the chair absent?", "목적"),
    ("Can firefighters be posted to the Jeonbuk audit committee's support office?", "지원단"),
])
def test_english_forms_of_the_twenty_third_session_do_not_fire_on_other_senses(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize(("question", "terms"), [
    ("국가가 자치경찰을 반드시 시행해야 한다고 정해 둔 조항은?", ("자치경찰제", "실시")),
    ("지방공무원한테 내릴 수 있는 징계는 어떤 것들이 있나요", ("종류",)),
    ("소청심사위원회가 내린 결정을 징계한 기관이 무시할 수 있나", ("기속", "효력")),
    ("제주 자치경찰 총기 들고다니려면 누가 허가해줘요? 쏘면 어디 보고", ("휴대", "무기", "사용")),
])
def test_everyday_korean_forms_of_the_states_duty_the_kinds_of_a_thing_and_a_binding_decision(question, terms):
    found = korean_question_terms(question)
    assert all(term in found for term in terms), found


def test_residents_electing_the_committee_chairs_in_either_order_asks_for_the_paper():
    assert names_paper("proposals to let residents vote for local police committee chairs in korea")
    assert names_paper("Has anyone proposed letting residents elect the chairs of the regional police committees?")
    assert names_paper("자치경찰을 급진적으로 도입하는 방안에서는 자치경찰위원장을 어떻게 뽑자고 했나?")
    assert not names_paper("Do residents elect the governor who appoints the committee chair?")
    assert not names_paper("시ㆍ도자치경찰위원회 위원장은 누가 임명하나?")


def test_the_two_level_police_the_paper_assesses_asks_for_the_paper():
    assert names_paper("prime minister committee 2022 plan to pilot two-track police in four regions, why stalled")
    assert names_paper("What is the dual-model?")
    assert names_paper("Why did the dual autonomous police pilot stall?")
    assert not names_paper("Does Jeju have a two-tier local government structure?")
    assert not names_paper("Can a police officer hold dual nationality?")


def test_a_question_asking_which_law_says_it_is_not_answered_by_the_paper():
    assert plan_query("Which law obliges the state to run an autonomous police system?").statute
    assert plan_query("자치경찰제 실시 근거 조문은?").statute
    assert not plan_query("What did the paper propose about the committee chairs?").statute


# the English and Korean forms of the twenty-fourth session
@pytest.mark.parametrize("question, term", [
    ("Must the support office of a provincial autonomous police committee include sworn police officers?", "사무기구"),
    ("Jeonbuk officials whose job status changes under the special province law: protection from unfair treatment",
     "불이익"),
    ("Jeonbuk officials whose job status changes under the special province law", "변동"),
    ("Which statute commits the state to running an autonomous police system?", "실시"),
    ("Which statute leaves the details to a separate act?", "법률"),
    ("Can a member be forced out against their will?", "의사"),
    ("Can a member be forced out against their will?", "면직"),
    ("When does a member lose the seat automatically?", "퇴직"),
    ("Which bureau plans how neighbourhood patrol units work?", "지구대"),
])
def test_english_forms_of_the_twenty_fourth_session(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("Which statute leaves the details to a separate act?", "휴직"),  # not a leave of absence
    ("How long can an officer stay on leave?", "불이익"),
    ("Does the state run the police university?", "실시"),
])
def test_english_forms_of_the_twenty_fourth_session_do_not_fire_on_other_senses(question, term):
    assert term not in korean_query_terms(question)


def test_trading_staff_with_another_agency_asks_for_exchanges_and_secondments():
    found = korean_question_terms("전북 공무원을 중앙부처나 다른 기관과 맞바꿔 보낼 수 있는 인원 한도는?")
    assert "인사교류" in found and "파견" in found
    assert "인사교류" not in korean_question_terms("전북 공무원을 중앙부처로 보낼 수 있나?")


@pytest.mark.parametrize("question, term", [
    ("which npa bureau runs 112 calls", "112"),
    ("jeju autonomous police corps head open recruitment", "자치경찰단장"),
    ("jeju support committee secretariat head", "지원단"),
    ("Can a province set up a consultative body to sort out the make-up of its police committee?", "구성"),
])
def test_english_words_of_tuning_retrieval_64_and_65(question, term):
    assert term in korean_query_terms(question)


def test_a_second_job_in_everyday_korean_asks_for_concurrent_posts():
    assert "겸직" in korean_question_terms("지방공무원 투잡 허가")
    assert "겸직" in korean_question_terms("경찰관이 부업해도 되나요?")
    assert "겸직" not in korean_question_terms("지방공무원 휴직 허가")


@pytest.mark.parametrize("question, term", [
    ("Interpol affairs in National Police Agency", "국제형사경찰기구"),
    ("police R&D funding for universities", "연구개발"),
    ("demotion when a local post is abolished", "강임"),
    ("Which account funds police moved to Jeju?", "계정"),
    ("Can provincial police chiefs set up direct-report units?", "직할대"),
    ("If another law mentions a provincial governor, does that cover Sejong's mayor too?", "인용"),
])
def test_english_words_of_tuning_retrieval_66_and_67(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("local govt worker got demoted, can i go straight to court", "강임"),  # a demoted worker: the penalty (강등)
    ("Can a foreign national work as a civil servant for a Korean province?", "시ㆍ도"),
    ("Who is accountable for the police budget?", "계정"),  # accountable is 책임, not an account
])
def test_english_words_of_tuning_retrieval_66_and_67_stay_narrow(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("시도경찰청장이 갑자기 쓰러져 입원하면 그동안 업무는 누가 대신 보나요?", "대행"),
    ("위원 후보 고르는 사람들은 누가 정해?", "추천위원회"),
    ("추천위원회 나온 사람들 돈 받아?", "수당"),
    ("징계 불복 심사에서 당사자 말 한마디 안 듣고 결론 내리면 그거 유효해?", "진술"),
    ("중앙정부가 일을 지방으로 넘기면 돈도 줘야 하나?", "이양"),
    ("불나면 위험한 사람들 지원 기준", "화재"),
    ("옛 군청 직원들, 인사에서 손해 안 보게 돼 있나?", "불이익"),
    ("과장 지시가 부당해 보여도 일단 따라야 하나요?", "복종"),
    ("제주경찰청에서 청장 바로 밑 2인자는 어떤 계급이 맡아?", "차장"),
    ("정부 부처랑 시도 사이에 다툼이 생기면 어떻게 풀어?", "분쟁"),
    ("경찰 최고위 두 계급도 본인 뜻에 반해 못 자르게 보호받아?", "치안총감"),
    ("특별회계 돈이 남으면 어떻게 처리해?", "잉여금"),
    ("제주 자치경찰 뽑고 자르는 건 누가 해?", "임용권"),
    ("일하다 쓴 돈 돌려받을 수 있나?", "실비"),
    ("한 도에 지방경찰청이 두 곳이면?", "시ㆍ도경찰청"),
])
def test_spoken_korean_of_tuning_retrieval_82_and_83(question, term):
    assert term in korean_question_terms(question)


@pytest.mark.parametrize("question, term", [
    ("그 돈은 어디서 나와?", "잉여금"),  # money coming from somewhere, not money left over
    ("위원 후보는 몇 명이야?", "추천위원회"),
    ("지방경찰청장과 협의해야 하나?", "복종"),
])
def test_spoken_korean_of_tuning_retrieval_82_and_83_stays_narrow(question, term):
    assert term not in korean_question_terms(question)


@pytest.mark.parametrize("question, term", [
    ("Can a former Sejong audit committee member talk publicly about what they learned?", "누설"),
    ("How many votes does the committee need to pass something?", "의결"),
    ("If the appeals board sides with the employee, does the city have to comply?", "기속"),
    ("Do people who help pick police board candidates get paid for showing up?", "수당"),
    ("Who draws up the money plan for autonomous policing?", "예산"),
    ("Are Gangwon officials protected from losing out when their jobs change?", "불이익"),
    ("Can a ministry open a new regional branch doing what the province already does?", "특별지방행정기관"),
    ("Two cities merge and now there are too many staff — what happens to them?", "초과"),
    ("Can reporters sit in when candidates for the provincial police board are screened?", "공개"),
    ("Can local governments second their own staff to central government agencies?", "파견"),
    ("Can a provincial council summon the autonomous police commission chair?", "출석"),
    ("Which ministers keep watch over provinces' hiring?", "감독"),
    ("Can Jeonbuk's governor add buildings that must pass on civil emergency sirens?", "민방위"),
])
def test_english_situations_of_tuning_retrieval_82_to_84(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("so that surrounding towns benefit instead of losing out", "불이익"),
    ("Can the police chief serve a second term?", "파견"),
    ("How many members sit on the committee?", "의결"),
])
def test_english_situations_of_tuning_retrieval_82_to_84_stay_narrow(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("Can a commander pull officers off their posts during a crisis?", "이탈"),
    ("Can subsidies given to a foreign school be spent on other things?", "용도"),
    ("Must the performance-goal agreement also cover autonomous policing matters?", "성과목표"),
    ("How many grades for local general-service officials?", "일반직"),
    ("What rank heads Seoul's Security Group and its mobile police unit?", "기동대"),
])
def test_english_words_of_tuning_retrieval_85_and_86(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("city hall worker pulled from post standby period while charged", "이탈"),  # taken off the post: 직위해제
    ("What prison sentence can an officer face for abandoning his post during wartime?", "이탈"),
    ("Who grades police station chiefs on their work?", "계급"),
])
def test_english_words_of_tuning_retrieval_85_and_86_stay_narrow(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("What is the overarching goal of the special act on decentralization?", "목적"),
    ("What is Gangwon's special act ultimately trying to build?", "목적"),
    ("Why was Jeju turned into a special self-governing province?", "목적"),
    ("What share of city tax revenue goes to the education special account?", "교육비특별회계"),
    ("Can a municipality backfill a seconded employee's post?", "결원"),
    ("Must the governor provide armories and radio networks?", "무기고"),
    ("A private-citizen member of the audit panel takes a bribe — punished as an official?", "의제"),
    ("Where are new constables trained before starting?", "임용될 사람"),
    ("Does the governor have to report enforcement figures and equipment holdings?", "보유현황"),
    ("May a county employee put up posters in a public building?", "게시"),
])
def test_english_words_of_tuning_retrieval_87_to_91(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("What is the goal of the five-year balanced growth plan?", "목적"),  # a plan's goal (목표), not the law's purpose
    ("Which city taxes fund the account?", "교육비특별회계"),
    ("Does the chief of the Seoul police agency hold a higher rank?", "보유"),  # holding a rank is not holdings
])
def test_english_words_of_tuning_retrieval_87_to_91_stay_narrow(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize("question, term", [
    ("경찰청 직제 대통령령은 뭘 정하려고 만든 거야?", "목적"),
    ("전북특별법에서 '생명경제'는 어떤 개념이야?", "정의"),
    ("국제자유도시라고 하면 법적으로 어떤 곳을 말하는 거야?", "정의"),
    ("조직 개편으로 자리가 없어졌는데 직급 낮춰서 발령 내도 돼?", "강임"),
    ("국가 지방청이 하던 업무를 전북이 가져오고 싶으면?", "특별지방행정기관"),
])
def test_korean_forms_of_tuning_retrieval_87_and_91(question, term):
    assert term in korean_question_terms(question)


@pytest.mark.parametrize("question, term", [
    ("위원회 회의는 언제 열려?", "목적"),
    ("시ㆍ도경찰청장 밑에 차장을 몇 명 둬?", "강임"),
    ("지방자치단체의 장이 공무원을 임명하나?", "특별지방행정기관"),
])
def test_korean_forms_of_tuning_retrieval_87_and_91_stay_narrow(question, term):
    assert term not in korean_question_terms(question)


def test_the_island_is_jeju():
    from drafter.text.places import places

    assert places("Does the island government have to report its equipment holdings?") == {"제주"}
    assert places("the island's police corps") == {"제주"}
    assert places("islands of the southern coast") == frozenset()


def test_who_appoints_officers_asks_for_the_appointing_authority():
    assert "임용권자" in korean_query_terms("Who appoints a police superintendent, and who appoints officers below that rank?")
    assert "임용권자" not in korean_query_terms("Who appoints the members of the provincial police committee?")
    assert "임용권자" not in korean_query_terms("Who hires the staff of Jeonbuk's audit committee office?")
    assert "강임" not in korean_question_terms("지방공무원 징계처분에는 어떤 것들이 있고, 강등도 들어가나요?")


@pytest.mark.parametrize(("question", "term"), [
    ("Do officers who die on duty get bumped up a rank or two?", "순직"),
    ("If Jeju's local police catch someone mid-crime, who do they hand him to?", "인도"),
    ("If a candidate has someone sit a police recruitment exam in their place, how long are they barred?", "부정행위"),
    ("Do local civil servants need an exam to change job series?", "전직"),
    ("Is the government moving public agencies out of the Seoul area?", "이전"),
])
def test_english_forms_of_tuning_retrieval_92_to_95(question, term):
    assert term in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("Can officers carry guns on duty?", "순직"),
    ("Can a police officer who dies in the line of duty be promoted two ranks?", "순직"),  # (already 공무상)
    ("Who must hand in the report to the committee?", "인도"),
    ("Can someone take the exam twice?", "부정행위"),
    ("Which job series do local officials belong to?", "전직"),
    ("Who may opt out of the scheme?", "이전"),
])
def test_english_forms_of_tuning_retrieval_92_to_95_stay_narrow(question, term):
    assert term not in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("나라가 자치경찰 꼭 해야 한다고 못 박아 둔 데가 있어?", "자치경찰제"),
    ("나라가 자치경찰 꼭 해야 한다고 못 박아 둔 데가 있어?", "실시"),
    ("제주 자치경찰 옷이 일반 경찰이랑 똑같아도 돼?", "제복"),
    ("세종시는 잘사는 동네랑 못사는 동네 격차 줄이는 데 돈을 따로 써야 돼?", "균형발전"),
    ("나랏세금 일부를 지방 돈으로 돌리자는 얘기는 어디 나와?", "지방세"),
    ("나랏세금 일부를 지방 돈으로 돌리자는 얘기는 어디 나와?", "전환"),
])
def test_korean_forms_of_tuning_retrieval_93(question, term):
    assert term in korean_question_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("나라가 자치경찰 예산을 꼭 줘야 해?", "자치경찰제"),
    ("총경 달고 더 못 올라가면 몇 년 뒤에 옷을 벗어야 하나", "제복"),  # (leaving the service)
    ("동네 파출소는 누가 정해서 만드나?", "균형발전"),
    ("세금은 누가 거둬?", "지방세"),
])
def test_korean_forms_of_tuning_retrieval_93_stay_narrow(question, term):
    assert term not in korean_question_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("My neighbour blasts music every night. Is that something the local autonomous police are supposed to handle?",
     "자치경찰사무"),
    ("If a driver is caught drunk on a city street, is investigating that the autonomous police's job?", "자치경찰사무"),
    ("When Jeju municipal officers stop or detain someone, which procedural rules govern them?", "직무집행"),
    ("Is there anything like a police board in Korea overseeing the national force?", "국가경찰위원회"),
    ("Who oversees local cops in Korea?", "시ㆍ도자치경찰위원회"),
    ("Does any Korean province run two separate municipal police committees rather than one?", "복수"),
    ("For matters the Jeju act doesn't cover, which general laws govern its officers?", "다른 법률과의 관계"),
    ("Can Korean police officers be sent to foreign academies for training?", "위탁"),
])
def test_english_forms_of_tuning_retrieval_96_to_98(question, term):
    # (session 33) a visiting official's and a layman's questions
    assert term in korean_query_terms(question)


@pytest.mark.parametrize(("question", "term"), [
    ("Can local police officers join a union?", "자치경찰사무"),
    ("When does the bus stop and wait for passengers?", "직무집행"),
    ("Who chairs the provincial police board?", "국가경찰위원회"),
    ("Who oversees the national police?", "시ㆍ도자치경찰위원회"),
    ("Can two members call a meeting?", "복수"),
    ("Does the act cover travel expenses?", "다른 법률과의 관계"),
    ("Who sends the results to the minister?", "위탁"),
])
def test_english_forms_of_tuning_retrieval_96_to_98_stay_narrow(question, term):
    assert term not in korean_query_terms(question)


def test_korean_form_of_tuning_retrieval_98():
    # (session 33) a disciplinary action quashed on appeal and asked for again (재징계의결)
    assert "재징계의결" in korean_question_terms("징계처분이 소청심사에서 취소되면 다시 징계 요구해야 해? 기한은?")
    assert "재징계의결" not in korean_question_terms("징계를 받으면 다시 승진할 수 있어?")


@pytest.mark.parametrize("question", [
    "Who writes the recruitment exam for entry-level constables?",
    "Which unit announces and sets the entry exams for recruits at sergeant rank and below?",
    "Can the appointing authority have someone else draft the exam questions?",
])
def test_who_writes_or_sets_an_exam_asks_who_sets_its_questions(question):
    # (session 34, round 2) setting an exam's questions is 출제
    assert "출제" in korean_query_terms(question)


@pytest.mark.parametrize("question", [
    "Who sets the exam dates for local officials?",
    "Who passed the written exam?",
    "Can the committee set up a test period for the new rules?",
])
def test_who_writes_or_sets_an_exam_stays_narrow(question):
    assert "출제" not in korean_query_terms(question)
