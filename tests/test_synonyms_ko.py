"""Everyday Korean paraphrases of real provisions are judged supported; the same paraphrase with its
negation or modality flipped is still rejected.

A drafter (or an LLM) writes '효력이 발생한다' for '시행한다', '자리에 보임된다' for '…으로 보한다',
'나뉜다' for '구분한다', '그만두다' for '퇴직하다': the everyday words of ``SYNONYMS_KO`` let the
coverage gate find them, and the flips show the table does not let a claim's negation or modality
slip past. Sources are real provisions of the reference corpus, quoted here so the tests need no corpus.
"""

from __future__ import annotations

import pytest

from drafter.citations.support import judge_support

# autonomous-police-committee-decree 부칙<제32223호>제1조
EFFECT = ("이 영은 2022년 1월 13일부터 시행한다.", "부칙 제1조(시행일)")
# police-officials-act 제2조제3호
REINSTATE = ('"복직"이란 휴직ㆍ직위해제 또는 정직(강등에 따른 정직을 포함한다) 중에 있는 경찰공무원을 직위에 '
             "복귀시키는 것을 말한다.", "제2조(정의)")
# npa-organization-decree 제69조제2항
POST = ("데이터분석담당관은 총경으로 보한다.", "제69조(데이터분석담당관)")
# local-public-officials-act 제2조제1항
DIVIDE = ('지방자치단체의 공무원(지방자치단체가 경비를 부담하는 지방공무원을 말하며, 이하 "공무원"이라 한다)은 '
          "경력직공무원과 특수경력직공무원으로 구분한다.", "제2조(공무원의 구분)")
# police-act 제29조제2항
DEPUTY = ("차장은 시ㆍ도경찰청장을 보좌하여 소관 사무를 처리하고 시ㆍ도경찰청장이 부득이한 사유로 직무를 수행할 수 "
          "없을 때에는 그 직무를 대행한다.", "제29조(시ㆍ도경찰청 차장)")
# local-public-officials-act 제29조의4제3항
OPEN_POST = ("임용권자는 개방형직위를 지정ㆍ변경하거나 직위별 직무수행 요건을 설정ㆍ변경하려면 미리 해당 인사위원회의 "
             "심의ㆍ의결을 거쳐야 한다.", "제29조의4(개방형직위)")
# sejong-special-act 제27조
SECRET = ("감사위원회의 위원은 재직 중은 물론 퇴직 후에도 직무상 알게 된 비밀을 누설하여서는 아니 된다.",
          "제27조(비밀유지의무)")
# jeju-special-act 제107조
APPOINTER = ("도지사는 소속 자치경찰공무원의 임명ㆍ휴직ㆍ면직과 징계를 할 권한을 가진다.", "제107조(임용권자)")


def _judge(claim: str, source: tuple[str, str]):
    text, context = source
    return judge_support(claim, text, context=context)


@pytest.mark.parametrize(("source", "claim"), [
    (EFFECT, "이 영은 2022년 1월 13일부터 효력이 발생한다."),
    (REINSTATE, "복직이란 휴직, 직위해제 또는 정직 상태의 경찰공무원을 다시 직위로 돌려보내는 것이다."),
    (POST, "데이터분석담당관 자리에는 총경이 보임된다."),
    (DIVIDE, "지방공무원은 경력직공무원과 특수경력직공무원으로 나뉜다."),
    (DEPUTY, "시ㆍ도경찰청장이 일을 할 수 없으면 차장이 대신 맡는다."),
    (OPEN_POST, "임용권자가 개방형직위를 바꾸려면 먼저 인사위원회의 심의ㆍ의결을 거쳐야 한다."),
    (SECRET, "감사위원은 그만둔 뒤에도 직무상 알게 된 비밀을 누설하여서는 아니 된다."),
    (APPOINTER, "도지사는 소속 자치경찰공무원을 내보낼 권한을 가진다."),
])
def test_everyday_paraphrase_is_supported(source, claim):
    judgement = _judge(claim, source)
    assert judgement.supported, judgement.reason


@pytest.mark.parametrize(("source", "claim", "why"), [
    (EFFECT, "이 영은 2022년 1월 13일부터 효력이 발생하지 아니한다.", "mismatch"),
    (POST, "데이터분석담당관 자리에는 총경이 보임되지 아니한다.", "mismatch"),
    (POST, "데이터분석담당관에는 총경을 보임하지 아니할 수 있다.", "mismatch"),
    (DIVIDE, "지방공무원은 경력직공무원과 특수경력직공무원으로 나뉘지 아니한다.", "mismatch"),
    (DEPUTY, "시ㆍ도경찰청장이 일을 할 수 없어도 차장이 대신 맡지 아니한다.", "mismatch"),
    (OPEN_POST, "임용권자가 개방형직위를 바꾸려면 먼저 인사위원회의 심의ㆍ의결을 거칠 수 있다.", "modality mismatch"),
    (OPEN_POST, "임용권자가 개방형직위를 바꾸려면 먼저 인사위원회의 심의ㆍ의결을 거치지 아니할 수 있다.", "mismatch"),
    (SECRET, "감사위원은 그만둔 뒤에는 직무상 알게 된 비밀을 누설할 수 있다.", "negation mismatch"),
    (APPOINTER, "도지사는 소속 자치경찰공무원을 내보낼 권한을 가지지 아니한다.", "negation mismatch"),
])
def test_flipped_paraphrase_is_rejected(source, claim, why):
    judgement = _judge(claim, source)
    assert not judgement.supported
    assert why in judgement.reason



def test_spoken_words_for_dismissal_and_grievances_reach_the_statute_words():
    from drafter.text.synonyms_ko import SYNONYMS_KO
    from drafter.text.tokenizer import tokenize

    assert "잘리" in tokenize("공무원들이 다 잘려?") and "면직" in SYNONYMS_KO["잘리"]
    assert "자르" in tokenize("공무원을 잘라도 돼?") and "면직" in SYNONYMS_KO["자르"]
    assert "고충" in SYNONYMS_KO["하소연"] and "상관" in SYNONYMS_KO["윗선"]


def test_spoken_words_for_arrest_and_malicious_comments_reach_the_statute_words():
    # (session 32) 잡아가다 is 구속 or 체포, 악플 is 명예훼손 or 모욕; the plain 잡다 and 댓글 are left alone
    from drafter.text.synonyms_ko import SYNONYMS_KO
    from drafter.text.tokenizer import tokenize

    assert "잡아가" in tokenize("경찰이 구청 직원을 잡아가려면?") and "구속" in SYNONYMS_KO["잡아가"]
    assert "악플" in tokenize("피해자한테 악플 다는 사람") and "명예훼손" in SYNONYMS_KO["악플"]
    assert "모욕" in SYNONYMS_KO["악성댓글"]
    assert "구속" not in SYNONYMS_KO.get("잡", ()) and "명예훼손" not in SYNONYMS_KO.get("댓글", ())
