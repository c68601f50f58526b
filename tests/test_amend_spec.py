"""The spec: the documented YAML/JSON form, built in code, and errors that name file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.amend import DEFAULT_SUPPLEMENTARY, AmendmentSpec, Insert, Replace, SpecError, load_spec

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "budget-transfer.yaml"

BRIEF_FORM = """\
law: police-act
changes:
  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}
  - rewrite: {at: 제34조, text: "..."}
  - insert:  {at: 제35조의2, heading: "자치경찰 재정", text: "..."}
  - delete:  {at: 제35조제3항}
  - retitle: {at: 제35조, heading: "자치경찰 예산"}
reasons: "이유"
"""


def test_the_documented_form_is_accepted() -> None:
    spec = load_spec(BRIEF_FORM)
    assert spec.law == "police-act"
    assert [c.kind for c in spec.changes] == ["replace", "rewrite", "insert", "delete", "retitle"]
    assert spec.supplementary == DEFAULT_SUPPLEMENTARY == "이 법은 공포 후 6개월이 경과한 날부터 시행한다."
    first = spec.changes[0]
    assert isinstance(first, Replace) and first.all_ is False and first.part is None


def test_options_and_address_normalisation() -> None:
    spec = load_spec('law: police-act\nchanges:\n  - replace: {at: "제 24조 제1항", old: a, new: b, all: true, part: 후단}\n')
    change = spec.changes[0]
    assert change.at == "제24조제1항" and change.all_ and change.part == "후단"


def test_json_text_and_file_paths(tmp_path) -> None:
    data = {"law": "police-act", "changes": [{"delete": {"at": "제35조제3항"}}]}
    assert load_spec(json.dumps(data, ensure_ascii=False)).changes[0].at == "제35조제3항"
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_spec(path).law == "police-act"
    assert load_spec(str(path)).law == "police-act"
    assert load_spec(EXAMPLE).law == "police-act"


def test_built_in_code_and_yaml_round_trip() -> None:
    spec = AmendmentSpec(law="police-act", changes=[
        Replace(at="제35조제1항", old="시ㆍ도지사가", new="시ㆍ도자치경찰위원회가", all=True),
        Insert(at="제24조제1항제17호", text="예산", renumber=True),
    ])
    again = load_spec(spec.to_yaml())
    assert again == spec
    assert spec.yaml_form()["changes"][0] == {"replace": {"at": "제35조제1항", "old": "시ㆍ도지사가",
                                                          "new": "시ㆍ도자치경찰위원회가", "all": True}}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("law: police-act\nchanges:\n  - replace: {at: 제35조제1항, old: a}\n", 3, "change 1 (replace) new"),
        ("law: police-act\nchanges:\n  - delete: {at: 제35조}\n  - shift: {at: 제35조}\n", 2, "unknown change kind 'shift'"),
        ("law: police-act\nchanges:\n  - delete: {at: 제35조}\n  - delete: {at: 35조}\n", 4, "cannot read address"),
        ("law: police-act\nchanges:\n  - replace: {at: 제1조, old: a, new: a}\n", 3, "same text"),
        ("law: police-act\nchanges:\n  - replace: {at: 제1조, old: a, new: b, part: 중단}\n", 3, "part"),
        ("law: police-act\nchanges: []\n", 2, "changes"),
        ("law: police-act\nchanges:\n  - delete: {at: p3}\n", 3, "paper address"),
        ("law: police-act\nchanges:\n  - delete: {at: 제35조\n", None, "invalid YAML"),
        ("- just a list\n", 1, "mapping"),
        ("law: police-act\nchanges:\n  - delete: {at: 제35조, extra: 1}\n", 3, "extra"),
    ],
)
def test_errors_name_the_line_and_field(tmp_path, text, line, fragment) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_spec(path)
    err = info.value
    assert err.path == str(path)
    if line is not None:
        assert err.line == line
    assert fragment in str(err)


def test_missing_file_is_a_spec_error(tmp_path) -> None:
    with pytest.raises(SpecError, match="not found"):
        load_spec(tmp_path / "nope.yaml")


def test_control_characters_are_refused() -> None:
    with pytest.raises(SpecError, match="control character") as info:
        load_spec('law: police-act\nchanges:\n  - delete: {at: 제1조}\n  - replace: {at: 제1조, old: "a\\x01", new: b}\n')
    assert info.value.line == 4
