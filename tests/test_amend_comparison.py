"""신ㆍ구조문대비표: rows, marks, dashes, placeholders and the word diff as data."""

from __future__ import annotations

import pytest

from drafter.amend import build_bill, load_spec, word_diff
from drafter.amend.comparison import DELETED_NOTE, NEW_NOTE, SAME_NOTE
from drafter.amend.export_markdown import comparison_to_markdown
from drafter.corpus.corpus import Corpus


@pytest.fixture(scope="module")
def police(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus, only={"police-act"})


@pytest.fixture(scope="module")
def bill(police):
    spec = load_spec(
        "law: police-act\nchanges:\n"
        '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n'
        "  - retitle: {at: 제35조, heading: 자치경찰 예산}\n"
        "  - delete: {at: 제35조제3항}\n"
        '  - insert: {at: 제35조의2, heading: 재정 이관, text: "국가는 예산을 이관한다."}\n'
        '  - insert: {at: 제24조제1항제17호, text: "예산 편성", renumber: true}\n'
        "  - delete: {at: 제33조}\n"
    )
    return build_bill(police, spec)


def changed(line) -> list[str]:
    return [s.text.strip() for s in line.segments if s.changed]


def test_one_row_per_touched_article_in_order(bill) -> None:
    assert [r.article for r in bill.comparison] == ["제24조", "제33조", "제35조", "제35조의2"]
    assert [r.status for r in bill.comparison] == ["changed", "deleted", "changed", "new"]


def test_changed_words_marked_in_both_columns_with_dashes(bill) -> None:
    row = bill.comparison[2]
    first_old, first_new = row.old_lines[0], row.new_lines[0]
    assert changed(first_old) == ["(예산)", "시ㆍ도지사가"]
    assert changed(first_new) == ["(자치경찰 예산)", "시ㆍ도자치경찰위원회가"]
    assert first_new.text.startswith("제35조(자치경찰 예산) ① ---")
    assert "시ㆍ도자치경찰위원회가 ---" in first_new.text
    assert "심의ㆍ의결" not in first_new.text  # unchanged stretch shown as dashes
    assert row.new_lines[1].text == f"② {SAME_NOTE}"
    assert row.new_lines[2].text == f"③ {DELETED_NOTE}"
    assert changed(row.old_lines[2])  # the deleted 항 is marked in 현행


def test_new_article_and_deleted_article(bill) -> None:
    new_row = bill.comparison[3]
    assert new_row.old_text == NEW_NOTE
    assert new_row.new_text == "제35조의2(재정 이관) 국가는 예산을 이관한다."
    assert all(s.changed for s in new_row.new_lines[0].segments if s.text.strip())
    deleted = bill.comparison[1]
    assert deleted.new_text == f"제33조 {DELETED_NOTE}"
    assert deleted.old_text.startswith("제33조(치안에 필요한 연구개발의 지원 등) ① 경찰청장은")


def test_inserted_ho_in_the_middle(bill) -> None:
    row = bill.comparison[0]
    assert NEW_NOTE in row.old_text
    assert "1. ∼ 16. (현행과 같음)" in row.new_text
    assert "17. 예산 편성" in row.new_text
    assert "18. (현행 제17호와 같음)" in row.new_text


def test_spans_give_old_and_new_words_with_offsets(bill) -> None:
    row = bill.comparison[2]
    pairs = [(s.old, s.new) for s in row.spans]
    assert ("시ㆍ도지사가", "시ㆍ도자치경찰위원회가") in pairs
    span = next(s for s in row.spans if s.old == "시ㆍ도지사가")
    assert row.old_text[span.old_start:span.old_end] == "시ㆍ도지사가"
    assert row.new_text[span.new_start:span.new_end] == "시ㆍ도자치경찰위원회가"


def test_json_rows_hold_texts_and_changes(bill) -> None:
    data = bill.to_json_dict()["comparison"][2]
    assert data["article"] == "제35조"
    assert "시ㆍ도지사가" in data["old"] and "시ㆍ도자치경찰위원회가" in data["new"]
    assert {"old": "시ㆍ도지사가", "new": "시ㆍ도자치경찰위원회가"}.items() <= next(
        c for c in data["changes"] if c["old"] == "시ㆍ도지사가").items()


def test_markdown_table_marks_changes(bill) -> None:
    md = comparison_to_markdown(bill.comparison)
    assert md.splitlines()[0] == "| 현      행 | 개   정   안 |"
    assert "<u>시ㆍ도지사가</u>" in md and "<u>시ㆍ도자치경찰위원회가</u>" in md
    assert md.count("\n| ") == len(bill.comparison) + 1


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("가 나 다", "가 라 다", [("equal", "가 ", "가 "), ("replace", "나", "라"), ("equal", " 다", " 다")]),
        ("가 나", "가 나 다", [("equal", "가 나", "가 나"), ("insert", "", " 다")]),
        ("가 나 다 라", "가 마 바 라", [("equal", "가 ", "가 "), ("replace", "나 다", "마 바"), ("equal", " 라", " 라")]),
    ],
)
def test_word_diff(old, new, expected) -> None:
    assert word_diff(old, new) == expected
