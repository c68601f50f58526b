"""The self-check on every bill: the 개정문 read back and replayed must make the same law."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.amend.apply import apply_spec
from drafter.amend.bill import build_bill, build_bill_for_statute
from drafter.amend.selfcheck import SelfCheckError, check_bill
from drafter.amend.sentences import amendment_sentences
from drafter.amend.spec import load_spec
from drafter.cli.app import main

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))
SPEC = (
    "law: police-act\nchanges:\n"
    '  - replace: {at: 제19조제1항, old: "7명의", new: "9명의"}\n'
    '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n'
    "  - delete: {at: 제35조제3항}\n"
)


@pytest.fixture(scope="module")
def police(reference_corpus):
    from drafter.corpus.corpus import Corpus

    return Corpus.load(reference_corpus, only={"police-act"})


@pytest.fixture()
def amended(police):
    statute = police.statute("police-act")
    return apply_spec(statute, load_spec(SPEC))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_bills_pass_the_check(loaded_reference_corpus, example) -> None:
    bill = build_bill(loaded_reference_corpus, load_spec(example))
    assert not [w for w in bill.warnings if "self-check" in w]


def test_a_sentence_that_says_other_words_is_caught(amended) -> None:
    sentences = amendment_sentences(amended.changes)
    assert check_bill(amended, sentences) == []
    wrong = [s.replace('"9명의"', '"8명의"') for s in sentences]
    with pytest.raises(SelfCheckError) as info:
        check_bill(amended, wrong)
    message = str(info.value)
    assert "제19조" in message and '"8명의"' in message  # names the article and quotes the sentence


def test_a_sentence_at_the_wrong_place_is_caught(amended) -> None:
    sentences = amendment_sentences(amended.changes)
    wrong = [s.replace("같은 조 제3항을 삭제", "같은 조 제2항을 삭제") for s in sentences]
    assert wrong != sentences
    with pytest.raises(SelfCheckError, match="제35조"):
        check_bill(amended, wrong)


def test_a_sentence_the_reader_cannot_read_is_caught(amended) -> None:
    sentences = amendment_sentences(amended.changes)
    wrong = [sentences[0].replace("한다.", "한다고 한다.")] + sentences[1:]
    with pytest.raises(SelfCheckError, match="cannot be read back"):
        check_bill(amended, wrong)


def test_a_form_the_reader_does_not_know_is_reported_not_skipped_silently(amended) -> None:
    warnings = check_bill(amended, ['부칙 제3조를 삭제한다.'])
    assert len(warnings) == 1 and "self-check skipped" in warnings[0] and "부칙" in warnings[0]


def _writer_drops_each(monkeypatch) -> None:
    """A sentence-writer bug: 각각 lost (the sentence then means one occurrence)."""
    import drafter.amend.bill as bill_module

    real = bill_module.amendment_sentences

    def buggy(changes, quotes=("\"", "\"")):
        return [s.replace("각각 ", "") for s in real(changes, quotes)]

    monkeypatch.setattr(bill_module, "amendment_sentences", buggy)


def test_no_bill_from_a_wrong_sentence(police, monkeypatch) -> None:
    spec = load_spec("law: police-act\nchanges:\n"
                     '  - replace: {at: 제19조제1항, old: "위원", new: "위원ㆍ위원장", all: true}\n')
    statute = police.statute("police-act")
    assert "각각" in build_bill_for_statute(statute, spec).amendment_sentences[0]
    _writer_drops_each(monkeypatch)
    with pytest.raises(SelfCheckError, match="제19조제1항"):
        build_bill_for_statute(statute, spec)


def test_render_writes_nothing_when_the_check_fails(tmp_path, small_corpus, monkeypatch, capsys) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("law: police-act\nchanges:\n"
                    '  - replace: {at: 제19조제1항, old: "위원", new: "위원ㆍ위원장", all: true}\n', encoding="utf-8")
    out = tmp_path / "bill.docx"
    _writer_drops_each(monkeypatch)
    code = main(["render", str(spec), "--format", "docx", "-o", str(out), "--corpus", str(small_corpus)])
    assert code == 2
    assert not out.exists()
    assert "self-check" in capsys.readouterr().err


NEW_FORMS = [
    '  - retitle: {at: 제명, old: "자치경찰", new: "자치경찰ㆍ지역경찰"}\n',
    '  - retitle: {at: 제2장, old: "국가경찰위원회", new: "국가경찰위원회ㆍ지역경찰"}\n',
    '  - retitle: {at: 제7조, old: "국가경찰위원회", new: "국가경찰위원회ㆍ지역경찰"}\n',
    '  - replace: {at: 별표 3 제2호, old: "지방경찰청", new: "시ㆍ도경찰청"}\n',
    '  - rewrite: {at: 제13조, part: 후단, text: "이 경우 시ㆍ도에 2개의 시ㆍ도경찰청을 둘 수 있다."}\n',
    '  - move: {at: 제6조제3항, to: 제6조제4항}\n',
]


@pytest.mark.parametrize("change", NEW_FORMS, ids=["제명", "장 제목", "조 제목 중", "별표", "후단", "move"])
def test_new_forms_pass_and_a_wrong_word_in_them_is_caught(police, change) -> None:
    statute = police.statute("police-act")
    spec = load_spec("law: police-act\nchanges:\n" + change)
    bill = build_bill_for_statute(statute, spec)
    assert not [w for w in bill.warnings if "self-check" in w]
    amended = bill.amended
    sentences = list(bill.amendment_sentences)
    # the same sentence with another new word (or number) must not pass
    wrong = [s.replace("지역경찰", "광역경찰").replace("시ㆍ도경찰청\"", "도경찰청\"").replace(
        "2개의", "3개의").replace("제4항으로", "제5항으로") for s in sentences]
    assert wrong != sentences
    with pytest.raises(SelfCheckError):
        check_bill(amended, wrong)
