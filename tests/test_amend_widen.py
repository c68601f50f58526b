"""Particles in the law text: a replace whose new words change the particle after them is widened."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.amend import AmendmentError, load_spec
from drafter.amend.bill import apply_prepared, build_bill_for_statute, prepare_spec
from drafter.amend.particles import ALTERNATING_PARTICLES, fitting_particle, particle_fits
from drafter.amend.widen import particle_units, provision_address
from drafter.corpus.corpus import Corpus, find_node
from drafter.corpus.addresses import parse_address
from drafter.corpus.models import Statute
from drafter.corpus.statute_parser import parse_statute


@pytest.fixture(scope="module")
def police(reference_corpus) -> Statute:
    return Corpus.load(reference_corpus, only={"police-act"}).statute("police-act")


SYNTHETIC = """---
제목: 시험법
---

# 시험법

##### 제1조 (목적)

이 법은 시험에 관하여 필요한 사항을 규정함을 목적으로 한다.

##### 제2조 (기관)

**①** 감독관청은 경찰청장이며, 경찰청장이고 위원장이 될 수 없다.

**②** 이 법의 집행기관은 경찰청장이다.

**③** 경찰청과장은 회의를 소집한다.

**④** 경찰청장 소속으로 위원회를 두고, 경찰청장은 위원회를 감독한다.

**⑤** 위원회나 경찰청장은 자료를 요구할 수 있다.

##### 제3조 (사무국)

**①** 경찰청장 소속으로 사무국을 둔다.

**②** 경찰청장은 사무국을 감독한다.

##### 제4조 (정의)

**①** 경찰청장(이하 "청장"이라 한다)은 사무를 총괄한다.

**②** 「경찰법」은 이 법에 우선한다.

**③** 위원장(이하 "의장"이라 한다)은 회의를 주재한다.
"""


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Statute:
    path = tmp_path_factory.mktemp("law") / "test-act.md"
    path.write_text(SYNTHETIC, encoding="utf-8")
    return parse_statute(path)


def sentence(statute: Statute, changes: str) -> tuple[str, list[str]]:
    spec = load_spec(f"law: {statute.doc_id}\nchanges:\n{changes}")
    bill = build_bill_for_statute(statute, spec)
    return " ".join(s.split("\n")[0] for s in bill.amendment_sentences), bill.notes


# one case per alternating particle, on real provisions of the police act
@pytest.mark.parametrize(
    ("at", "old", "new", "expected"),
    [
        ("제14조제3항", "경찰청장", "자치경찰위원회", '제14조제3항 중 "경찰청장은"을 "자치경찰위원회는"으로 한다.'),
        ("제14조제5항", "경찰청장", "시ㆍ도지사", '제14조제5항 중 "경찰청장이"를 "시ㆍ도지사가"로 한다.'),
        ("제16조제6항", "국가수사본부장", "국가수사본부장 후보자",
         '제16조제6항 각 호 외의 부분 중 "국가수사본부장을"을 "국가수사본부장 후보자를"로 한다.'),
        ("제16조제2항", "시ㆍ도경찰청장", "시ㆍ도자치경찰위원회",
         '제16조제2항 중 "시ㆍ도경찰청장과"를 "시ㆍ도자치경찰위원회와"로 한다.'),
        ("제6조제3항", "법률", "대통령령", '제6조제3항 중 "법률로"를 "대통령령으로"로 한다.'),
        ("제18조제2항", "행정기관", "행정위원회", '제18조제2항 중 "행정기관으로서"를 "행정위원회로서"로 한다.'),
        ("제16조제6항제4호", "대학", "대학교", '제16조제6항제4호 중 "대학이나"를 "대학교나"로 한다.'),
    ],
)
def test_replace_quotes_the_particle_when_its_form_changes(police, at, old, new, expected) -> None:
    text, notes = sentence(police, f"  - replace: {{at: {at}, old: \"{old}\", new: \"{new}\"}}\n")
    assert text == expected
    assert len(notes) == 1 and "particle fits" in notes[0]


@pytest.mark.parametrize(
    ("at", "old", "new", "expected"),
    [
        ("제2조제1항", "경찰청장", "위원회", '제2조제1항 중 "경찰청장이며"를 "위원회며"로 한다.'),
        ("제2조제5항", "위원회", "경찰청장", '제2조제5항 중 "위원회나"를 "경찰청장이나"로 한다.'),
    ],
)
def test_copula_and_conjunction_forms(synthetic, at, old, new, expected) -> None:
    # 제2조제1항 has 경찰청장이며 and 경찰청장이고: not unique, so widen 이며 via the only-once case
    if at == "제2조제1항":
        text, _ = sentence(synthetic, f"  - replace: {{at: {at}, old: \"경찰청장이며\", new: \"위원회며\"}}\n")
        assert text == expected
        text, notes = sentence(synthetic, f"  - replace: {{at: {at}, old: \"{old}\", new: \"{new}\", all: true}}\n")
        assert text == '제2조제1항 중 "경찰청장이며"를 "위원회며"로, "경찰청장이고"를 "위원회고"로 한다.'
        assert "split" in notes[0]
        return
    text, _ = sentence(synthetic, f"  - replace: {{at: {at}, old: \"{old}\", new: \"{new}\"}}\n")
    assert text == expected


@pytest.mark.parametrize(
    ("at", "old", "new"),
    [
        ("제2조제2항", "경찰청장", "위원회"),  # 경찰청장이다: the copula 이다 fits both
        ("제2조제3항", "경찰청", "위원회"),  # 경찰청과장: 과 starts a word, it is no particle
        ("제14조제3항", "경찰청장", "시ㆍ도경찰청장"),  # same final sound: nothing to widen
    ],
)
def test_no_widening_when_no_particle_changes(police, synthetic, at, old, new) -> None:
    statute = synthetic if at.startswith("제2조") else police
    text, notes = sentence(statute, f"  - replace: {{at: {at}, old: \"{old}\", new: \"{new}\"}}\n")
    assert f'"{old}"' in text and notes == []


def test_occurrences_needing_different_quotes_are_split_per_particle(police) -> None:
    spec = load_spec('law: police-act\nchanges:\n  - replace: {at: 제14조, old: "경찰청장", new: "위원회", all: true}\n')
    prepared = prepare_spec(police, spec)
    assert [(ch.old, ch.new, ch.all_) for ch in prepared.spec.changes] == [
        ("경찰청장을", "위원회를", False), ("경찰청장은", "위원회는", True),
        ("경찰청장의", "위원회의", False), ("경찰청장이", "위원회가", False)]
    assert prepared.origins == [1, 1, 1, 1]
    amended = apply_prepared(police, prepared)
    assert_particles_fit(police, amended.statute, "제14조", "경찰청장", "위원회")


def test_occurrences_with_and_without_particle_in_one_provision_are_an_error(synthetic) -> None:
    with pytest.raises(AmendmentError) as err:
        sentence(synthetic, '  - replace: {at: 제2조제4항, old: "경찰청장", new: "위원회", all: true}\n')
    assert err.value.reason == "particle" and "제2조제4항" in str(err.value)


def test_per_provision_split_when_each_provision_agrees(synthetic) -> None:
    # 제2조제2항 (경찰청장이다: no widening) and 제2조제5항 (경찰청장은: widened)
    spec = load_spec('law: test-act\nchanges:\n'
                     '  - replace: {at: 제2조제2항, old: "경찰청장", new: "위원회"}\n'
                     '  - replace: {at: 제2조제5항, old: "경찰청장", new: "위원회"}\n')
    prepared = prepare_spec(synthetic, spec)
    assert [(c.at, c.old, c.new) for c in prepared.spec.changes] == [
        ("제2조제2항", "경찰청장", "위원회"), ("제2조제5항", "경찰청장은", "위원회는")]
    assert prepared.origins == [1, 2]


def test_split_by_provision_when_some_occurrences_have_no_particle(synthetic) -> None:
    text, notes = sentence(synthetic, '  - replace: {at: 제3조, old: "경찰청장", new: "위원회", all: true}\n')
    assert text == '제3조제1항 중 "경찰청장"을 "위원회"로 하고, 같은 조 제2항 중 "경찰청장은"을 "위원회는"으로 한다.'
    assert "split by provision" in notes[0]


@pytest.mark.parametrize(
    ("at", "old", "new", "expected"),
    [
        ("제4조제1항", "경찰청장", "위원회",
         '제4조제1항 중 "경찰청장(이하 "청장"이라 한다)은"을 "위원회(이하 "청장"이라 한다)는"으로 한다.'),
        ("제4조제2항", "경찰법", "자치경찰조례", '제4조제2항 중 "「경찰법」은"을 "「자치경찰조례」는"으로 한다.'),
        ("제4조제3항", "의장", "위원회", '제4조제3항 중 "이하 "의장"이라"를 "이하 "위원회"라"로 한다.'),
    ],
)
def test_the_particle_after_a_parenthetical_or_bracket(synthetic, at, old, new, expected) -> None:
    text, _ = sentence(synthetic, f"  - replace: {{at: {at}, old: '{old}', new: '{new}'}}\n")
    assert text == expected


def test_hand_written_wrong_particle_is_an_error(police) -> None:
    with pytest.raises(AmendmentError) as err:
        sentence(police, '  - replace: {at: 제14조제3항, old: "경찰청장은", new: "자치경찰위원회은"}\n')
    assert err.value.reason == "particle" and "자치경찰위원회는" in str(err.value)
    # a new word that merely ends in the same syllable is no particle (국가 is not 국 + 가)
    text, _ = sentence(police, '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "국가"}\n')
    assert text == '제35조제1항 중 "시ㆍ도지사가"를 "국가"로 한다.'


def test_widening_reaches_drafter_apply_too(police) -> None:
    spec = load_spec('law: police-act\nchanges:\n  - replace: {at: 제14조제3항, old: "경찰청장", new: "자치경찰위원회"}\n')
    amended = apply_prepared(police, prepare_spec(police, spec))
    assert amended.statute.article("제14조").hangs[2].text.startswith("자치경찰위원회는 국가경찰사무를")


# -- property: after widening the law never holds a particle that does not fit ----------------


def assert_particles_fit(before: Statute, after: Statute, article: str, old: str, new: str) -> None:
    old_art, new_art = before.article(article), after.article(article)
    for o, n in zip(old_art.walk(), new_art.walk()):
        if old not in o.text:
            continue
        i = n.text.find(new)
        while i != -1:
            end = i + len(new)
            for start, stop in particle_units(n.text):
                if start == end:
                    particle = n.text[start:stop]
                    assert particle_fits(particle, new), f"{n.text[i:stop]!r} in {article}"
            i = n.text.find(new, end)


# nouns of the police act followed by an alternating particle, found through Kiwi
def _cases(statute: Statute) -> list[tuple[str, str, str]]:
    forms = {f for pair in ALTERNATING_PARTICLES for f in pair}
    out = []
    for art in statute.articles[:30]:
        for node in art.walk():
            if node.deleted:
                continue
            for start, stop in particle_units(node.text):
                if node.text[start:stop] not in forms:
                    continue
                word = node.text[:start].rsplit(" ", 1)[-1]
                if len(word) >= 2 and word.isalpha() and node.text.count(word) == 1:
                    at = provision_address(art, node if node.number else None)
                    scope = find_node(statute, parse_address(at))[1]
                    texts = [n.text for n in (scope.walk() if scope is not None else art.walk())]
                    if sum(t.count(word) for t in texts) == 1:
                        out.append((at, art.key, word))
    return out


NEW_WORDS = ["위원회", "경찰청장", "시ㆍ도지사", "법률", "대통령령", "자치경찰단", "기관", "7명", "CCTV"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_law_after_widening_never_holds_a_mismatched_particle(police, data) -> None:
    cases = _police_cases(police)
    at, article, word = data.draw(st.sampled_from(cases))
    new = data.draw(st.sampled_from([w for w in NEW_WORDS if w != word]))
    spec = load_spec(f'law: police-act\nchanges:\n  - replace: {{at: {at}, old: "{word}", new: "{new}"}}\n')
    amended = apply_prepared(police, prepare_spec(police, spec))
    assert_particles_fit(police, amended.statute, article, word, new)


_CACHE: dict[str, list] = {}


def _police_cases(police: Statute) -> list[tuple[str, str, str]]:
    if "cases" not in _CACHE:
        _CACHE["cases"] = _cases(police)
        assert len(_CACHE["cases"]) > 20
    return _CACHE["cases"]


def test_fitting_particle_pairs() -> None:
    assert fitting_particle("은", "위원회") == "는" and fitting_particle("는", "청장") == "은"
    assert fitting_particle("가", "법률") == "이" and fitting_particle("로", "청장") == "으로"
    assert fitting_particle("으로", "법률") == "로" and fitting_particle("이며", "위원회") == "며"
    assert fitting_particle("과", "7") == "과" and fitting_particle("와", "CCTV") == "와"
    assert fitting_particle("의", "위원회") == "의"


def test_render_cli_says_what_was_widened(small_corpus, tmp_path, capsys) -> None:
    from drafter.cli.app import main

    spec = tmp_path / "spec.yaml"
    spec.write_text('law: police-act\nchanges:\n  - replace: {at: 제14조제3항, old: "경찰청장", new: "자치경찰위원회"}\n',
                    encoding="utf-8")
    assert main(["render", str(spec), "--format", "json", "--corpus", str(small_corpus)]) == 0
    out = capsys.readouterr()
    import json

    data = json.loads(out.out)
    assert data["amendment_sentences"] == ['제14조제3항 중 "경찰청장은"을 "자치경찰위원회는"으로 한다.']
    assert data["changes"] == [{"replace": {"at": "제14조제3항", "old": "경찰청장은", "new": "자치경찰위원회는"}}]
    assert data["notes"] and "note: change 1 (replace at 제14조제3항)" in out.err
