"""Edit the text: the changes derived from the provision as it should read, on the police act."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.amend import AmendmentError, apply_spec, load_spec
from drafter.amend.bill import apply_prepared, build_bill_for_statute, prepare_spec
from drafter.amend.edit import MAX_REPLACEMENTS, derive_changes, word_spans
from drafter.amend.spec import AmendmentSpec, Edit, Replace, Rewrite
from drafter.amend.widen import provision_address
from drafter.cli.app import main
from drafter.corpus.addresses import parse_address
from drafter.corpus.corpus import Corpus, find_node
from drafter.corpus.models import Statute
from drafter.corpus.statute_render import render_article, render_node


class Law(Statute):
    """The police act with a short repr (hypothesis prints the test's arguments)."""

    def __repr__(self) -> str:
        return f"<{self.doc_id}>"


@pytest.fixture(scope="module")
def police(reference_corpus) -> Statute:
    statute = Corpus.load(reference_corpus, only={"police-act"}).statute("police-act")
    return Law.model_validate(statute.model_dump())


def node_text(statute: Statute, at: str) -> str:
    art, node = find_node(statute, parse_address(at))
    return render_article(art) if node is None else render_node(node)


def edited(statute: Statute, at: str, *pairs: tuple[str, str]) -> str:
    text = node_text(statute, at)
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def bill_for(statute: Statute, at: str, text: str):
    return build_bill_for_statute(statute, AmendmentSpec(law=statute.doc_id, changes=[Edit(at=at, text=text)]))


def first_lines(bill) -> str:
    return " ".join(s.split("\n")[0] for s in bill.amendment_sentences)


# -- golden cases ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "pairs", "expected"),
    [
        # a number: the shared particle 의 stays out of the quote
        ("제19조제1항", [("7명의", "9명의")], '제19조제1항 중 "7명"을 "9명"으로 한다.'),
        # two changes in one 항: one clause, in text order
        ("제19조제1항", [("7명의", "9명의"), ("5명의", "7명의")],
         '제19조제1항 중 "7명"을 "9명"으로, "5명"을 "7명"으로 한다.'),
        # a word that occurs twice ("1명"): quoted with context until unique
        ("제19조제1항", [("1명의 위원은", "2명의 위원은")], '제19조제1항 중 "1명의"를 "2명의"로 한다.'),
        # words only removed: quoted with the word before them (drafters never strike words with 삭제)
        ("제8조제1항", [("제청으로 국무총리를 거쳐 ", "제청으로 ")],
         '제8조제1항 중 "제청으로 국무총리를 거쳐"를 "제청으로"로 한다.'),
        # words only added
        ("제8조제4항", [("노력하여야", "적극 노력하여야")], '제8조제4항 중 "노력하여야"를 "적극 노력하여야"로 한다.'),
        # a particle that changes with the word is quoted, in its new form
        ("제14조제3항", [("경찰청장은", "자치경찰위원회는")], '제14조제3항 중 "경찰청장은"을 "자치경찰위원회는"으로 한다.'),
        # a bracket only one side of the quote would hold stays out; a whole parenthetical stays in
        ("제8조제5항제3호", [("(광역공소청,", "(고등공소청,")], '제8조제5항제3호 중 "광역공소청"을 "고등공소청"으로 한다.'),
        ("제7조제2항", [("비상임(非常任)으로", "상근(常勤)으로")], '제7조제2항 중 "비상임(非常任)"을 "상근(常勤)"으로 한다.'),
        # the lead text of a 항 with items: 각 호 외의 부분
        ("제24조제1항", [("소관 사무는", "소관 업무는")], '제24조제1항 각 호 외의 부분 중 "사무는"을 "업무는"으로 한다.'),
    ],
)
def test_word_edits_give_the_drafters_replacements(police, at, pairs, expected) -> None:
    bill = bill_for(police, at, edited(police, at, *pairs))
    assert first_lines(bill) == expected
    assert all("replace" in ch for ch in bill.changes)


def test_amendment_marks_in_the_text_are_ignored(police) -> None:
    art, node = find_node(police, parse_address("제20조제7항"))
    first, *rest = render_node(node).split("\n")
    marked = "\n".join([f"{first} <개정 2026.9.29>", *rest[:-1], f"{rest[-1]} <신설>"])  # as published / applied
    text = marked.replace("당연퇴직한다.", "당연히 퇴직한다.", 1)
    changes = bill_for(police, "제20조제7항", text).changes
    assert changes == [{"replace": {"at": "제20조제7항", "old": "당연퇴직한다", "new": "당연히 퇴직한다"}}]


def test_the_same_change_everywhere_is_one_replacement_with_each(police) -> None:
    text = node_text(police, "제19조제1항").replace("1명", "2명")
    assert first_lines(bill_for(police, "제19조제1항", text)) == '제19조제1항 중 "1명"을 각각 "2명"으로 한다.'


def test_an_edit_is_exact_and_a_particle_that_does_not_fit_is_noted(police) -> None:
    # the law reads exactly the edited text; the note says what to write instead
    bill = bill_for(police, "제14조제3항", edited(police, "제14조제3항", ("경찰청장은", "자치경찰위원회은")))
    assert bill.amended.statute.article("제14조").hangs[2].text.startswith("자치경찰위원회은 ")
    assert len(bill.notes) == 1 and "자치경찰위원회는" in bill.notes[0]
    bill = bill_for(police, "제14조제1항", edited(police, "제14조제1항", ("치안총감(", "자치경찰(")))
    assert "자치경찰(治安總監)으로 보한다" in bill.amended.statute.article("제14조").hangs[0].text
    assert len(bill.notes) == 1 and "자치경찰(治安總監)로" in bill.notes[0]


def test_new_and_deleted_items(police) -> None:
    art, hang = find_node(police, parse_address("제24조제1항"))
    last = hang.hos[-1]
    added = render_node(hang) + f"\n{int(last.number) + 1}. 자치경찰 재정의 이관에 관한 사항"
    assert first_lines(bill_for(police, "제24조제1항", added)) == (
        f"제24조제1항에 제{int(last.number) + 1}호를 다음과 같이 신설한다.")
    struck = render_node(hang).replace(f"3. {hang.hos[2].text}", "3. 삭제")
    assert first_lines(bill_for(police, "제24조제1항", struck)) == "제24조제1항제3호를 삭제한다."


def _renumbered(lines: list[str], at: int, new_line: str) -> str:
    """``lines`` of 호 with ``new_line`` put at position ``at`` and the following 호 moved down."""
    out = lines[:at] + [new_line]
    for line in lines[at:]:
        number, _, rest = line.strip().partition(". ")
        out.append(f"  {int(number) + 1}. {rest}")
    return "\n".join(out)


def test_a_new_item_between_others_is_one_insert_that_renumbers(police) -> None:
    art, hang = find_node(police, parse_address("제24조제1항"))
    lines = render_node(hang).split("\n")
    text = _renumbered(lines, 3, "  3. 자치경찰 재정에 관한 사항")
    bill = bill_for(police, "제24조제1항", text)
    last = len(hang.hos)
    assert bill.changes == [{"insert": {"at": "제24조제1항제3호", "text": "3. 자치경찰 재정에 관한 사항", "renumber": True}}]
    assert first_lines(bill) == (f"제24조제1항제3호부터 제{last}호까지를 각각 제4호부터 제{last + 1}호까지로 하고, "
                                 "같은 항에 제3호를 다음과 같이 신설한다.")


def test_a_single_paragraph_article_that_gets_a_second_one(police) -> None:
    text = render_article(police.article("제2조")) + "\n② 국가는 자치경찰사무에 필요한 예산을 지원하여야 한다."
    bill = bill_for(police, "제2조", text)
    assert bill.changes == [{"insert": {"at": "제2조제2항", "text": "② 국가는 자치경찰사무에 필요한 예산을 지원하여야 한다."}}]
    assert bill.amended.statute.article("제2조").hangs[0].number == "1"


def test_new_heading_is_a_retitle(police) -> None:
    art = police.article("제35조")
    text = render_article(art).replace(f"({art.heading})", "(자치경찰 예산)", 1)
    assert first_lines(bill_for(police, "제35조", text)) == f'제35조의 제목 "({art.heading})"을 "(자치경찰 예산)"으로 한다.'


def test_article_edit_words_in_several_paragraphs_and_a_new_one(police) -> None:
    text = edited(police, "제8조", ("위원 중 2명은", "위원 중 3명은"), ("제60조 및 제65조를", "제60조, 제65조 및 제66조를"))
    # the second change writes 제65조, which the naive third quote would search for: one quote, as drafters write
    assert first_lines(bill_for(police, "제8조", text)) == (
        '제8조제3항 중 "2명"을 "3명"으로 하고, 같은 조 제6항 중 "제60조 및 제65조"를 "제60조, 제65조 및 제66조"로 한다.')
    text = edited(police, "제35조", ("시ㆍ도지사가 수립한다", "시ㆍ도지사가 편성한다")) + "\n④ 국가는 예산을 지원하여야 한다."
    bill = bill_for(police, "제35조", text)
    assert first_lines(bill) == '제35조제1항 중 "수립한다"를 "편성한다"로 하고, 같은 조에 제4항을 다음과 같이 신설한다.'
    assert [next(iter(c)) for c in bill.changes] == ["replace", "insert"]


def test_extensive_changes_rewrite_the_provision(police) -> None:
    text = "① 시ㆍ도자치경찰위원회는 위원장을 포함한 9명의 위원으로 구성하고, 위원장은 상임으로 한다."
    bill = bill_for(police, "제19조제1항", text)
    assert bill.amendment_sentences == [f"제19조제1항을 다음과 같이 한다.\n{text}"]
    assert bill.changes == [{"rewrite": {"at": "제19조제1항", "text": text}}]


def test_more_than_three_replacements_rewrite(police) -> None:
    pairs = [("7명의", "9명의"), ("5명의", "6명의"), ("위원장과", "위원장 및"), ("상임으로", "상근으로")]
    changes = derive_changes(police, Edit(at="제19조제1항", text=edited(police, "제19조제1항", *pairs[:3])))
    assert len(changes) == 3 and all(isinstance(c, Replace) for c in changes)
    changes = derive_changes(police, Edit(at="제19조제1항", text=edited(police, "제19조제1항", *pairs)))
    assert len(pairs) > MAX_REPLACEMENTS and [type(c) for c in changes] == [Rewrite]


def test_edit_errors_are_named(police) -> None:
    with pytest.raises(AmendmentError) as err:
        bill_for(police, "제19조제1항", node_text(police, "제19조제1항"))
    assert err.value.reason == "invalid" and "change 1 (edit at 제19조제1항)" in str(err.value)
    with pytest.raises(AmendmentError) as err:
        bill_for(police, "제19조제9항", "⑨ 없는 항")
    assert err.value.reason == "unknown-address"


def test_render_json_lists_the_derived_changes(police, small_corpus, tmp_path, capsys) -> None:
    spec = tmp_path / "edit.yaml"
    text = edited(police, "제19조제1항", ("7명의", "9명의"))
    spec.write_text(f"law: police-act\nchanges:\n  - edit:\n      at: 제19조제1항\n      text: \"{text}\"\n", encoding="utf-8")
    assert main(["render", str(spec), "--format", "json", "--corpus", str(small_corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changes"] == [{"replace": {"at": "제19조제1항", "old": "7명", "new": "9명"}}]
    assert data["amendment_sentences"] == ['제19조제1항 중 "7명"을 "9명"으로 한다.']
    # drafter apply takes the same route
    assert main(["apply", str(spec), "--changed-only", "--corpus", str(small_corpus)]) == 0
    assert "9명의 위원으로" in capsys.readouterr().out


def test_apply_spec_expands_edits_too(police) -> None:
    spec = load_spec(f"law: police-act\nchanges:\n  - edit: {{at: 제19조제1항, text: \"{edited(police, '제19조제1항', ('7명의', '9명의'))}\"}}\n")
    amended = apply_spec(police, spec)
    assert "9명의 위원으로" in amended.statute.article("제19조").hangs[0].text


# -- properties on real provisions -------------------------------------------------------------

VOCAB = ["자치경찰", "예산", "9명", "시ㆍ도지사", "위원회", "국가경찰", "및", "지체 없이"]


def _provisions(statute: Statute) -> list[str]:
    """Addresses of the 항/호 of the first articles of the police act (own text of several words)."""
    out = []
    for art in statute.articles[:40]:
        if art.deleted:
            continue
        for node in art.walk():
            if node.deleted or len(word_spans(node.text)) < 4 or "\n" in node.text:
                continue
            if node.number is None or node.level == "subitem":
                continue
            out.append(provision_address(art, node))
    return out


_ADDRESSES: dict[str, list[str]] = {}


def provisions(statute: Statute) -> list[str]:
    if "all" not in _ADDRESSES:
        _ADDRESSES["all"] = _provisions(statute)
        assert len(_ADDRESSES["all"]) > 50
    return _ADDRESSES["all"]


@st.composite
def word_edits(draw, statute: Statute):
    at = draw(st.sampled_from(provisions(statute)))
    _, node = find_node(statute, parse_address(at))
    words = [node.text[s:e] for s, e in word_spans(node.text)]
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["replace", "insert", "delete"]))
        i = draw(st.integers(0, len(words) - 1))
        if op == "replace":
            words[i] = draw(st.sampled_from(VOCAB))
        elif op == "insert":
            words.insert(i, draw(st.sampled_from(VOCAB)))
        elif len(words) > 2:
            del words[i]
    own = " ".join(words).replace(" (", "(")
    kids = render_node(node).split("\n")[1:]
    return at, "\n".join([own, *kids]), node.text


def _own_text(statute: Statute, at: str) -> str:
    return find_node(statute, parse_address(at))[1].text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(data=st.data())
def test_derived_changes_give_exactly_the_edited_text(police, data) -> None:
    at, text, _ = data.draw(word_edits(police))
    spec = AmendmentSpec(law="police-act", changes=[Edit(at=at, text=text)])
    try:
        prepared = prepare_spec(police, spec)
    except AmendmentError as exc:
        assert exc.reason == "invalid" and "same as the current law" in exc.detail  # the edit undid itself
        return
    # the bill: its 개정문 is read back and replayed on the law by the self-check before it exists
    bill = build_bill_for_statute(police, spec)
    expected = text.split("\n")[0]
    assert _own_text(bill.amended.statute, at) == expected
    assert _own_text(apply_prepared(police, prepared).statute, at) == expected
    # the sentences quote whole words: every quote starts and ends at a word edge of the law
    for ch in prepared.spec.changes:
        if isinstance(ch, Replace):
            own = _own_text(police, ch.at) if parse_address(ch.at).hang or parse_address(ch.at).ho else None
            if own is not None and ch.old in own:
                i = own.index(ch.old)
                assert i == 0 or own[i - 1] in " (「『[", (ch.old, own)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(data=st.data())
def test_edit_then_its_inverse_is_the_identity(police, data) -> None:
    at, text, _ = data.draw(word_edits(police))
    original = node_text(police, at)
    try:
        once = apply_prepared(police, prepare_spec(police, AmendmentSpec(law="police-act", changes=[Edit(at=at, text=text)])))
    except AmendmentError:
        return  # nothing changed
    back = once.statute
    spec = AmendmentSpec(law="police-act", changes=[Edit(at=at, text=original)])
    twice = apply_prepared(back, prepare_spec(back, spec))
    assert node_text(twice.statute, at) == original
