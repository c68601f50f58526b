"""Playbooks: data files whose every address resolves in the reference corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.drafts.playbooks import (
    PLAYBOOK_DIR,
    PlaybookError,
    check_playbooks,
    load_playbook,
    load_playbooks,
)


def test_each_area_has_a_playbook_with_rationale_provisions_and_changes() -> None:
    books = load_playbooks()
    assert sorted(books) == ["budget", "manpower", "organization"]
    for book in books.values():
        assert book.rationale and book.provisions and book.changes
        assert all(r.cite.startswith("autonomous-police-dual-model p1s") for r in book.rationale)
        assert book.changes_for("soft") and book.changes_for("hard")


def test_every_playbook_address_resolves_in_the_reference_corpus(loaded_reference_corpus) -> None:
    assert check_playbooks(load_playbooks(), loaded_reference_corpus) == []


def test_playbooks_cover_the_police_act_and_the_pilot_regions() -> None:
    books = load_playbooks()
    laws = {p.law for b in books.values() for p in b.provisions}
    assert {"police-act", "police-officials-act", "jeju-special-act", "sejong-special-act",
            "gangwon-special-act", "jeonbuk-special-act"} <= laws
    org = [p for p in books["organization"].provisions if p.law == "police-act"]
    assert ("제18조", "제27조") in [(p.start, p.end) for p in org]
    budget = [p for p in books["budget"].provisions if p.law == "police-act"]
    assert ("제34조", "제35조") in [(p.start, p.end) for p in budget]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "playbooks"
    shutil.copytree(PLAYBOOK_DIR, folder)
    return folder


def test_a_wrong_address_in_an_edited_playbook_is_reported(tmp_path: Path, loaded_reference_corpus) -> None:
    folder = _copy(tmp_path)
    path = folder / "budget.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('from = "제34조"', 'from = "제340조"')
    text = text.replace('cite = "autonomous-police-dual-model p1s14"', 'cite = "autonomous-police-dual-model p9s1"', 1)
    text = text.replace('old = "인력, 장비 등에"', 'old = "없는 문구"')
    path.write_text(text, encoding="utf-8")
    problems = check_playbooks(load_playbooks(folder), loaded_reference_corpus)
    joined = "\n".join(problems)
    assert "police-act has no 제340조" in joined
    assert "p9s1" in joined
    assert "'없는 문구' is not in the current text of 제34조" in joined
    assert len(problems) == 3


def test_an_insert_of_an_existing_article_is_reported(tmp_path: Path, loaded_reference_corpus) -> None:
    folder = _copy(tmp_path)
    path = folder / "organization.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('at = "제27조의2"', 'at = "제27조"'), encoding="utf-8")
    problems = check_playbooks(load_playbooks(folder), loaded_reference_corpus)
    assert problems == ["organization.toml changes 2 (insert 제27조): police-act already has 제27조; insert needs a new number"]


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "budget.toml"
    path.write_text('area = "budget"\ntitle = "예산\n', encoding="utf-8")
    with pytest.raises(PlaybookError) as err:
        load_playbook(path)
    assert err.value.path == str(path) and err.value.line == 2


def test_a_change_needs_exactly_one_kind(tmp_path: Path) -> None:
    path = tmp_path / "budget.toml"
    path.write_text('area = "budget"\ntitle = "예산"\n[[changes]]\nsummary = "둘"\n'
                    'delete = { at = "제34조" }\nretitle = { at = "제35조", heading = "x" }\n', encoding="utf-8")
    with pytest.raises(PlaybookError, match="exactly one of"):
        load_playbook(path)


def test_the_file_name_must_be_the_area(tmp_path: Path) -> None:
    path = tmp_path / "money.toml"
    path.write_text('area = "budget"\ntitle = "예산"\n', encoding="utf-8")
    with pytest.raises(PlaybookError, match="name the file budget.toml"):
        load_playbook(path)


def test_suggested_changes_become_spec_fragments() -> None:
    change = next(c for c in load_playbooks()["budget"].changes if c.at == "제34조").to_change()
    assert change.origin == "playbook"
    assert change.to_spec() == {"replace": {"at": "제34조", "old": "인력, 장비 등에", "new": "조직, 인력, 장비 등에"}}
