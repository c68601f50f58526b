"""``tui``/``start`` and ``eval`` are plugins: the core CLI finds them through the
``drafter.commands`` entry points, and ``drafter start`` still opens the app."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest

from drafter.cli.app import main


def test_entry_points_name_the_plugin_modules():
    eps = {ep.name: ep.value for ep in entry_points(group="drafter.commands")}
    assert eps == {"tui": "drafter_tui.cli:register", "eval": "drafter_evals.cli:register"}


def test_plugin_commands_are_listed_and_answer_help(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("tui", "start", "eval", "summarize", "search"):
        assert f" {command} " in out, command
    assert main(["eval", "--help"]) == 0
    out = capsys.readouterr().out
    assert all(f" {c} " in out for c in ("retrieval", "citations", "summaries"))
    # registering twice (main() is called once per test) adds nothing twice
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.count(" start ") == 1


@pytest.mark.integration
def test_start_opens_the_app_or_indexes_and_searches(tmp_path, reference_corpus, monkeypatch, capsys):
    root = tmp_path / "corpus"
    (root / "statutes").mkdir(parents=True)
    lines = (reference_corpus / "statutes" / "police-act.md").read_text(encoding="utf-8").splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if line.startswith("## 제2장"))
    (root / "statutes" / "police-act.md").write_text("".join(lines[:end]), encoding="utf-8")

    opened: list[Path] = []

    class FakeApp:
        def __init__(self, settings) -> None:
            self.settings = settings

        def run(self) -> None:
            opened.append(self.settings.corpus_dir)

    import drafter_tui.app

    monkeypatch.setattr(drafter_tui.app, "make_app", lambda settings, **_: FakeApp(settings))
    # with the app: it opens at once (it builds the index in its own worker, tests/test_cold_start.py)
    assert main(["start", "--corpus", str(root), "--query", "경찰의 임무", "--tui"]) == 0
    assert opened == [root]
    # without it: index, then an example search
    assert main(["start", "--corpus", str(root), "--query", "경찰의 임무", "--no-tui"]) == 0
    out = capsys.readouterr().out
    assert "example search: 경찰의 임무" in out and "police-act" in out and "제3조" in out  # searched the new index
    assert opened == [root]
