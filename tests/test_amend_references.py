"""Warnings about citations that renumbering or deleting provisions leaves stale."""

from __future__ import annotations

import pytest

from drafter.amend import build_bill, load_spec
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus


@pytest.fixture(scope="module")
def police(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus, only={"police-act"})


def warnings_for(corpus: Corpus, changes_yaml: str) -> list[str]:
    return build_bill(corpus, load_spec("law: police-act\nchanges:\n" + changes_yaml)).warnings


def test_renumbered_ho_cited_in_the_same_article(police) -> None:
    warnings = warnings_for(police, '  - insert: {at: 제16조제6항제3호, text: "새 자격"}\n')
    assert len(warnings) == 1
    assert warnings[0].startswith("제16조제6항제3호 becomes 제16조제6항제4호")
    assert "제16조제7항제5호" in warnings[0]


def test_deleted_article_cited_elsewhere(police) -> None:
    (warning,) = warnings_for(police, "  - delete: {at: 제13조}\n")
    assert warning.startswith("제13조 is deleted") and "제18조제1항" in warning and "제13조 후단" in warning


def test_no_warning_when_nothing_cites_the_provision(police) -> None:
    assert warnings_for(police, '  - insert: {at: 제24조제1항제17호, text: "예산"}\n  - delete: {at: 제35조제3항}\n') == []


def test_other_laws_articles_are_not_confused_with_ours(police) -> None:
    # 제8조제5항제4호 cites 「국가공무원법」 제33조 and "같은 법 제69조": not our articles
    assert warnings_for(police, "  - delete: {at: 제33조}\n") == []


def test_cli_prints_warnings_on_stderr_and_json_lists_them(tmp_path, small_corpus, capsys) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제13조}\n", encoding="utf-8")
    assert main(["render", str(spec), "-f", "json", "--corpus", str(small_corpus)]) == 0
    captured = capsys.readouterr()
    assert "warning: 제13조 is deleted" in captured.err
    assert '"warnings": [' in captured.out and "제13조 is deleted" in captured.out
