"""``drafter render`` and ``drafter apply`` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.cli.app import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "budget-transfer.yaml"


@pytest.fixture()
def spec_file(tmp_path) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(
        "law: police-act\nchanges:\n"
        '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n'
        "  - retitle: {at: 제35조, heading: 자치경찰 예산}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def bad_spec(tmp_path) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "law: police-act\nchanges:\n"
        '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "x"}\n'
        '  - replace: {at: 제35조제2항, old: "없는 말", new: "y"}\n',
        encoding="utf-8",
    )
    return path


def test_render_markdown_to_stdout(spec_file, small_corpus, capsys) -> None:
    assert main(["render", str(spec_file), "--corpus", str(small_corpus)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 국가경찰과 자치경찰의 조직 및 운영에 관한 법률 일부개정법률안")
    assert ('제35조의 제목 "(예산)"을 "(자치경찰 예산)"으로 하고, 같은 조 제1항 중 "시ㆍ도지사가"를 '
            '"시ㆍ도자치경찰위원회가"로 한다.') in out


def test_render_json(spec_file, small_corpus, capsys) -> None:
    assert main(["render", str(spec_file), "--format", "json", "--corpus", str(small_corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"].endswith("일부개정법률안")
    assert len(data["amendment_sentences"]) == 1
    assert data["comparison"][0]["article"] == "제35조"
    assert data["bill_markdown"].startswith("# ")


def test_binary_formats_need_an_output_file(spec_file, small_corpus, capsys) -> None:
    assert main(["render", str(spec_file), "--format", "hwpx", "--corpus", str(small_corpus)]) == 2
    assert "-o" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["docx", "hwpx", "md", "json"])
def test_render_writes_files(spec_file, small_corpus, tmp_path, fmt) -> None:
    out = tmp_path / f"bill.{fmt}"
    assert main(["render", str(spec_file), "-f", fmt, "-o", str(out), "--corpus", str(small_corpus)]) == 0
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("fmt", ["docx", "hwpx", "md"])
def test_an_error_writes_nothing_and_names_the_change(bad_spec, small_corpus, tmp_path, capsys, fmt) -> None:
    out = tmp_path / f"bill.{fmt}"
    assert main(["render", str(bad_spec), "-f", fmt, "-o", str(out), "--corpus", str(small_corpus)]) == 2
    err = capsys.readouterr().err
    assert "change 2 (replace at 제35조제2항)" in err and "not found" in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "corpus"]


def test_unknown_law_and_bad_spec_are_clean_errors(tmp_path, small_corpus, capsys) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("law: no-such-law\nchanges:\n  - delete: {at: 제1조}\n", encoding="utf-8")
    assert main(["render", str(spec), "--corpus", str(small_corpus)]) == 2
    assert "unknown law 'no-such-law'" in capsys.readouterr().err
    spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제1조\n", encoding="utf-8")
    assert main(["render", str(spec), "--corpus", str(small_corpus)]) == 2
    assert f"{spec}:" in capsys.readouterr().err


def test_apply_prints_and_writes_the_amended_law(spec_file, small_corpus, tmp_path, capsys) -> None:
    assert main(["apply", str(spec_file), "--changed-only", "--corpus", str(small_corpus)]) == 0
    out = capsys.readouterr().out
    assert "▶ 제35조(자치경찰 예산)" in out and "시ㆍ도자치경찰위원회가 수립한다." in out
    assert "제34조" not in out
    target = tmp_path / "law.txt"
    assert main(["apply", str(spec_file), "-o", str(target), "--corpus", str(small_corpus)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "제1조(목적)" in text and "▶ 제35조(자치경찰 예산)" in text


def test_the_example_spec_renders(small_corpus, capsys) -> None:
    assert main(["render", str(EXAMPLE), "--corpus", str(small_corpus)]) == 0
    assert "제35조의2를 다음과 같이 신설한다." in capsys.readouterr().out


@pytest.mark.parametrize("example", sorted((EXAMPLE.parent).glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_renders_to_json(example, small_corpus, reference_corpus, capsys) -> None:
    # a spec with other_laws (examples/multi-law.yaml) needs those laws: the whole corpus
    corpus = reference_corpus if "other_laws:" in example.read_text(encoding="utf-8") else small_corpus
    assert main(["render", str(example), "-f", "json", "--corpus", str(corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["amendment_sentences"] and data["comparison"]
