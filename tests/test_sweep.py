"""drafter sweep: a term in every corpus statute, the provisions that hold it and the sentences."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from drafter.amend.sweep import SweepError, sweep
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus

TERM, NEW = "자치경찰사무", "지역경찰사무"


@pytest.fixture(scope="module")
def corpus(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus)


@pytest.fixture(scope="module")
def swept(corpus):
    return sweep(corpus, TERM, NEW)


def _body_lines_with(path, term: str) -> int:
    """Independent of the parser: lines of the statute file before its 부칙 that hold the term, not
    counting deleted lines. One provision (항, 호, 목, an article's own text) or heading is one line in
    these files (a sub-item line counts with its 목: it is counted on its own, so sub-items are rare
    enough to stay inside the tolerance)."""
    count = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip() == "## 부칙" or line.startswith("부칙 <"):
            break
        if line.startswith(("---", "제목:", "출처:")) or line.startswith("# "):
            continue
        if term in line:
            count += 1
    return count


def test_sweep_finds_the_provisions_an_independent_scan_counts(corpus, swept):
    laws, _ = swept
    by_law = {law.law: law for law in laws}
    for st in corpus.statutes():
        expected = _body_lines_with(st.path, TERM)
        found = len(by_law[st.doc_id].provisions) if st.doc_id in by_law else 0
        # a heading line '##### 제34조 (자치경찰사무 …)' holds the label and the heading: one provision each
        assert abs(found - expected) <= max(1, 0.02 * expected), (st.doc_id, found, expected)
    assert sum(len(law.provisions) for law in laws) >= 40


def test_every_listed_provision_holds_the_term_and_resolves(corpus, swept):
    laws, _ = swept
    for law in laws:
        assert len(set(law.provisions)) == len(law.provisions), law.law
        for address in law.provisions:
            if address.endswith("의 제목"):
                art = corpus.statute(law.law).article(address.removesuffix("의 제목"))
                assert TERM in art.heading
            else:
                assert TERM in corpus.resolve(law.law, address).text, (law.law, address)


def test_one_sentence_per_law_with_each_where_several(swept):
    laws, spec = swept
    assert laws[0].law == "police-act" and spec.law == "police-act"
    assert [o.law for o in spec.other_laws] == [law.law for law in laws[1:]]
    titles = [law.title.replace(" ", "") for law in laws[1:]]
    assert titles == sorted(titles)  # the other laws in 가나다 order
    for law in laws:
        # 자치경찰사무 → 지역경찰사무 keeps the final sound: no widening, one sentence per law
        assert len(law.amendment_sentences) == 1, law.amendment_sentences
        sentence = law.amendment_sentences[0]
        each = "각각 " if len(law.provisions) > 1 else ""
        assert sentence.endswith(f'"{TERM}"를 {each}"{NEW}"로 한다.'), sentence
        assert ("각각" in sentence) == (len(law.provisions) > 1)


def test_the_written_spec_renders(reference_corpus, swept, tmp_path, capsys):
    out = tmp_path / "sweep.yaml"
    assert main(["sweep", TERM, NEW, "-o", str(out), "--corpus", str(reference_corpus)]) == 0
    capsys.readouterr()
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["law"] == "police-act" and len(data["other_laws"]) == len(swept[0]) - 1
    assert main(["render", str(out), "--format", "json", "--corpus", str(reference_corpus)]) == 0
    bill = json.loads(capsys.readouterr().out)
    laws, _ = swept
    assert bill["amendment_sentences"] == laws[0].amendment_sentences
    assert [o["amendment_sentences"] for o in bill["other_laws"]] == [law.amendment_sentences for law in laws[1:]]
    assert "제2조(다른 법률의 개정) ①" in bill["supplementary"]


def test_json_shape_and_doc_filter(reference_corpus, capsys):
    assert main(["sweep", TERM, NEW, "--doc", "jeju-special-act", "--doc", "police-officials-act", "--json",
                 "--corpus", str(reference_corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["laws"]
    assert [law["law"] for law in data["laws"]] == ["jeju-special-act", "police-officials-act"]
    for law in data["laws"]:
        assert set(law) == {"law", "title", "provisions", "amendment_sentences"}
    jeju = data["laws"][0]
    # a heading, an article with a single 항, a 항
    assert {"제105조의 제목", "제90조", "제88조제1항"} <= set(jeju["provisions"])


def test_particles_are_widened_where_the_final_sound_changes(corpus):
    laws, spec = sweep(corpus, "경찰청장", "자치경찰위원회", ["police-act"])
    text = " ".join(laws[0].amendment_sentences)
    assert '"경찰청장은"을' in text and '"자치경찰위원회는"으로' in text
    from drafter.amend.bill import build_bill

    amended = build_bill(corpus, spec).amended.render()
    assert not re.search(r"자치경찰위원회(은|이|을|과|으로)(?![가-힣])", amended)


def test_nothing_found_and_bad_terms(corpus, reference_corpus, tmp_path, capsys):
    assert sweep(corpus, "없는낱말", "다른낱말") == ([], None)
    with pytest.raises(SweepError):
        sweep(corpus, "", "x")
    assert main(["sweep", "없는낱말", "다른낱말", "-o", str(tmp_path / "s.yaml"), "--corpus", str(reference_corpus)]) == 2
    assert "nothing written" in capsys.readouterr().err
    assert not (tmp_path / "s.yaml").exists()


def test_occurrences_the_widening_cannot_tell_apart_are_quoted_with_what_follows(corpus, reference_corpus, tmp_path,
                                                                                    capsys):
    # police-act 제18조제1항: (이하 "시ㆍ도지사"라 한다) … 시ㆍ도지사 소속으로 — one before a quote mark and
    # a particle, one before a space: each gets its own quote
    laws, spec = sweep(corpus, "시ㆍ도지사", "시ㆍ도지사등", ["police-act"])
    first = laws[0].amendment_sentences[0]
    assert first == '제18조제1항 중 "시ㆍ도지사"라"를 "시ㆍ도지사등"이라"로, "시ㆍ도지사 소속으로"를 "시ㆍ도지사등 소속으로"로 한다.'
    assert "제18조제1항" in laws[0].provisions
    out = tmp_path / "s.yaml"
    out.write_text(spec.to_yaml(), encoding="utf-8")
    assert main(["render", str(out), "--format", "json", "--corpus", str(reference_corpus)]) == 0
    assert json.loads(capsys.readouterr().out)["amendment_sentences"] == laws[0].amendment_sentences


def test_division_headings_are_reported_apart(corpus, reference_corpus, capsys):
    from drafter.amend.sweep import division_headings

    assert division_headings(corpus.statute("police-act"), "시ㆍ도자치경찰위원회") == ["제4장 시ㆍ도자치경찰위원회"]
    assert main(["sweep", "시ㆍ도자치경찰위원회", "시ㆍ도경찰위원회", "--doc", "police-act", "--json",
                 "--corpus", str(reference_corpus)]) == 0
    captured = capsys.readouterr()
    assert "제4장 시ㆍ도자치경찰위원회" in captured.err
    assert all("장" not in p for p in json.loads(captured.out)["laws"][0]["provisions"] if not p.endswith("의 제목"))


def test_a_term_in_a_paragraphs_lead_text_and_in_its_item_names_both(corpus, reference_corpus, tmp_path, capsys):
    # police-act 제10조제1항 (다음 각 호의 사항은 국가경찰위원회의 심의ㆍ의결을 …) and its 제9호 both hold the
    # term: drafters write "제10조제1항 각 호 외의 부분 및 같은 항 제9호 중" (as jeju-special-act 부칙 writes
    # "제33조제6항 각 호 외의 부분 및 같은 항 제6호 중"), one replace per provision listed
    laws, spec = sweep(corpus, "국가경찰위원회", "국가자치경찰위원회", ["police-act"])
    law = laws[0]
    assert {"제10조제1항", "제10조제1항제9호"} <= set(law.provisions)
    at = {c["replace"]["at"]: c["replace"] for c in law.changes if "replace" in c}
    assert at["제10조제1항"].get("part") == "각 호 외의 부분" and "part" not in at["제10조제1항제9호"]
    assert len(at) == len([p for p in law.provisions if not p.endswith("의 제목")])
    text = law.amendment_sentences[0]
    assert "같은 조 제1항 각 호 외의 부분, 같은 항 제9호," in text, text
    # drafter read gives the spec back, and it renders the same sentence
    sentences = tmp_path / "s.txt"
    sentences.write_text(f"{law.title} 일부를 다음과 같이 개정한다.\n" + "\n".join(law.amendment_sentences) + "\n",
                         encoding="utf-8")
    assert main(["read", str(sentences), "--law", "police-act", "--corpus", str(reference_corpus)]) == 0
    read_back = tmp_path / "read.yaml"
    read_back.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["render", str(read_back), "--format", "json", "--corpus", str(reference_corpus)]) == 0
    assert json.loads(capsys.readouterr().out)["amendment_sentences"] == law.amendment_sentences


def test_lead_text_only_is_refused_where_there_are_no_items(corpus):
    from drafter.amend.bill import build_bill
    from drafter.amend.errors import AmendmentError
    from drafter.amend.spec import AmendmentSpec

    spec = AmendmentSpec.model_validate({"law": "police-act", "changes": [
        {"replace": {"at": "제7조제2항", "part": "각 호 외의 부분", "old": "국가경찰위원회", "new": "국가자치경찰위원회"}}]})
    with pytest.raises(AmendmentError, match="has no 각 호 외의 부분"):
        build_bill(corpus, spec)


def test_lead_text_in_both_halves_and_an_item_reads_back(reference_corpus):
    # jeju-special-act 제89조제3항: the lead text holds 자치경찰 in both sentences, and so does its 제1호
    from drafter.amend.bill import build_bill

    jeju = Corpus.load(reference_corpus, only={"jeju-special-act"})
    laws, spec = sweep(jeju, "자치경찰", "지역경찰", ["jeju-special-act"])
    sentence = laws[0].amendment_sentences[0]
    assert "같은 조 제3항 각 호 외의 부분 전단ㆍ후단, 같은 항 제1호," in sentence
    bill = build_bill(jeju, spec)  # the self-check reads the sentence back and replays it
    assert bill.amendment_sentences == laws[0].amendment_sentences
    assert not any("self-check skipped" in w for w in bill.warnings)


def test_an_address_written_with_its_lead_text_replaces_there_only(corpus):
    from drafter.amend.bill import build_bill
    from drafter.amend.spec import AmendmentSpec

    spec = AmendmentSpec.model_validate({"law": "police-act", "changes": [{"replace": {
        "at": "제10조제1항 각 호 외의 부분", "old": "국가경찰위원회", "new": "국가자치경찰위원회"}}]})
    assert spec.changes[0].part == "각 호 외의 부분"
    bill = build_bill(corpus, spec)
    assert bill.amendment_sentences == ['제10조제1항 각 호 외의 부분 중 "국가경찰위원회"를 "국가자치경찰위원회"로 한다.']
    item = bill.amended.statute.article("제10조").hangs[0].hos
    assert any("국가경찰위원회의 회의에 부친" in ho.text for ho in item)  # its 제9호 is left as it was


def test_words_holding_quote_marks_are_self_checked_not_skipped(reference_corpus):
    # jeju-special-act 제35조제4호 reads ""시ㆍ도지사"로"는 …: the quote holds quote marks, delimited by the
    # particle after its closing quote as in the corpus 부칙 (중 ""주민등록지인 시ㆍ군ㆍ구"는"을 …)
    from drafter.amend.bill import build_bill

    jeju = Corpus.load(reference_corpus, only={"jeju-special-act"})
    laws, spec = sweep(jeju, "시ㆍ도지사", "시ㆍ도지사등", ["jeju-special-act"])
    assert '제35조제4호 중 ""시ㆍ도지사"로"를 ""시ㆍ도지사등"으로"로 한다.' in laws[0].amendment_sentences
    bill = build_bill(jeju, spec)
    assert not [w for w in bill.warnings if "self-check" in w]
    assert '""시ㆍ도지사등"으로"는' in bill.amended.render()


def test_articles_whose_number_the_file_repeats_are_listed_not_swept(reference_corpus, tmp_path, capsys):
    # jeonbuk-special-act repeats 제41조 (제41조#2, another text); a 개정문 sentence "제41조…" names the first,
    # so a replace there would be read back at the wrong article: listed and reported, not swept
    jeonbuk = Corpus.load(reference_corpus, only={"jeonbuk-special-act"})
    repeated = [a.key for a in jeonbuk.statute("jeonbuk-special-act").articles if a.occurrence > 1]
    term = "행정안전부장관"
    laws, spec = sweep(jeonbuk, term, "내무부장관", ["jeonbuk-special-act"])
    law = laws[0]
    assert law.unswept
    assert all(any(p.startswith(key) for key in repeated) for p in law.unswept)
    assert set(law.unswept) <= set(law.provisions)
    swept_at = {body["at"] for change in law.changes for body in change.values()}
    assert not any("#" in at for at in swept_at) and swept_at
    from drafter.amend.bill import build_bill

    assert build_bill(jeonbuk, spec).amendment_sentences == law.amendment_sentences  # self-checked
    assert main(["sweep", term, "내무부장관", "--doc", "jeonbuk-special-act", "--json",
                 "--corpus", str(reference_corpus)]) == 0
    err = capsys.readouterr().err
    assert "repeats the numbers" in err and law.unswept[0] in err


def test_a_quoted_word_after_another_quoted_word_is_quoted_whole(reference_corpus):
    # jeju-special-act 제43조제6항: … "위원장"은 "…위원장"으로, "국회"는 "도의회"로 … — 국회 → 국회등 needs 은: the
    # quote holds "국회"는 whole, as the corpus 부칙 write it (중 ""주민등록지인 시ㆍ군ㆍ구"는"을 …), not the
    # words before it
    from drafter.amend.bill import build_bill

    jeju = Corpus.load(reference_corpus, only={"jeju-special-act"})
    laws, spec = sweep(jeju, "국회", "국회등", ["jeju-special-act"])
    assert '제43조제6항 중 ""국회"는"을 ""국회등"은"으로 한다.' in laws[0].amendment_sentences
    bill = build_bill(jeju, spec)
    assert not [w for w in bill.warnings if "self-check" in w]
    assert '"국회등"은 "도의회"로' in bill.amended.statute.article("제43조").hangs[5].text


def test_an_unreadable_sentence_quoting_quote_marks_stops_the_bill(corpus):
    # the self-check no longer skips sentences whose quotes hold quote marks: the reader reads them, so
    # one it cannot read is an error, and no bill is written
    from drafter.amend.apply import apply_spec
    from drafter.amend.selfcheck import SelfCheckError, check_bill
    from drafter.amend.spec import AmendmentSpec

    police = corpus.statute("police-act")
    amended = apply_spec(police, AmendmentSpec.model_validate({"law": "police-act", "changes": [{"replace": {
        "at": "제18조제1항", "old": '"시ㆍ도지사"라', "new": '"시ㆍ도지사등"이라'}}]}))
    garbled = '제18조제1항 중 ""시ㆍ도지사"라"로 ""시ㆍ도지사등"이라"로 한다.'  # 로 where 를 belongs
    with pytest.raises(SelfCheckError, match="cannot be read back"):
        check_bill(amended, [garbled])
