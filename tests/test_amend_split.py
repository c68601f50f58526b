"""One 항 rewritten as several (``① …`` / ``② …``) works in the CLI: it becomes an edit of the article."""

from __future__ import annotations

import pytest

from drafter.amend import build_bill, load_spec
from drafter.amend.spec import Edit, Rewrite
from drafter.amend.split import split_rewrite
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus


@pytest.fixture(scope="module")
def statute(reference_corpus):
    return Corpus.load(reference_corpus, only={"police-act"}).statute("police-act")


def test_a_paragraph_split_in_two_is_an_edit_with_the_later_paragraphs_numbered_on(statute) -> None:
    change = Rewrite(at="제35조제1항", text="① 예산은 위원회가 수립한다.\n② 위원회는 의견을 들어야 한다.")
    edit = split_rewrite(statute, change)
    assert isinstance(edit, Edit) and edit.at == "제35조"
    lines = edit.text.split("\n")
    assert lines[0] == "제35조(예산) ① 예산은 위원회가 수립한다."
    assert lines[1] == "② 위원회는 의견을 들어야 한다."
    assert lines[2].startswith("③ 시ㆍ도지사는 자치경찰사무 담당 공무원에게")  # the old ②
    assert lines[3].startswith("④ 시ㆍ도의회는 관련 예산의")  # the old ③
    # the first line may leave out its own number; one paragraph stays a rewrite
    assert split_rewrite(statute, Rewrite(at="제35조제1항", text="예산은 위원회가 수립한다.\n② 새 항")).text == edit.text.replace(
        "위원회는 의견을 들어야 한다.", "새 항")
    single = Rewrite(at="제35조제1항", text="① 예산은 위원회가 수립한다.")
    assert split_rewrite(statute, single) is single
    # a text of blank lines is no split (the engine reports the empty rewrite; found by test_amend_properties)
    blank = Rewrite(at="제35조제1항", text=" \n ")
    assert split_rewrite(statute, blank) is blank


def test_the_cli_renders_it(reference_corpus, small_corpus, tmp_path, capsys) -> None:
    spec = tmp_path / "split.yaml"
    spec.write_text(
        "law: police-act\nchanges:\n  - rewrite:\n      at: 제35조제2항\n      text: |\n"
        "        ② 시ㆍ도지사는 자치경찰사무 담당 공무원에게 재정적 지원을 할 수 있다.\n"
        "        ③ 제2항에 따른 지원의 범위는 조례로 정한다.\n", encoding="utf-8")
    assert main(["render", str(spec), "--corpus", str(small_corpus)]) == 0
    out = capsys.readouterr().out
    assert "③ 제2항에 따른 지원의 범위는 조례로 정한다." in out
    assert "④ 시ㆍ도의회는 관련 예산의 효율적인 관리를 위하여" in out
    bill = build_bill(Corpus.load(reference_corpus, only={"police-act"}), load_spec(spec))
    assert bill.articles == ["제35조"]
