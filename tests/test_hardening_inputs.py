"""Hostile inputs end fast with a named error: YAML alias bombs, deep nesting,
oversized files, FIFOs in the corpus, and a quadratic paper parser.

Nothing here gates on absolute wall time except generous upper bounds that a
hang or a memory blow-up would exceed by orders of magnitude; the parser's
linearity is checked as a ratio of two sizes measured in the same run.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.amend.errors import SpecError
from drafter.amend.spec import load_spec
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus
from drafter.corpus.frontmatter import split_front_matter
from drafter.corpus.paper_parser import parse_paper
from drafter.errors import CorpusError, DrafterError, ParseError

ROOT = Path(__file__).resolve().parent.parent

# 9 levels of 9 aliases: 9**9 = 387 million leaves when expanded (474 bytes)
BOMB_LINES = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for _level in "bcdefghi":
    _prev = chr(ord(_level) - 1)
    BOMB_LINES.append(f"{_level}: &{_level} [*{_prev},*{_prev},*{_prev},*{_prev},*{_prev},*{_prev},*{_prev},*{_prev},*{_prev}]")
BOMB = "\n".join(BOMB_LINES) + "\n"


def _timed(fn):
    started = time.monotonic()
    try:
        fn()
    finally:
        elapsed = time.monotonic() - started
    return elapsed


# -- specs -----------------------------------------------------------------------------------


def test_alias_bomb_in_a_spec_fails_fast_naming_aliases(tmp_path):
    spec = tmp_path / "bomb.yaml"
    # the validation error on `changes` is what made _line_index expand the aliases
    spec.write_text("law: police-act\n" + BOMB + "changes: *i\n", encoding="utf-8")
    assert spec.stat().st_size < 1000
    started = time.monotonic()
    with pytest.raises(SpecError) as info:
        load_spec(spec)
    assert time.monotonic() - started < 5
    assert "alias" in str(info.value) and str(spec) in str(info.value)
    assert info.value.line is not None


def test_alias_bomb_in_a_spec_whose_fields_validate(tmp_path):
    spec = tmp_path / "bomb2.yaml"
    spec.write_text(BOMB + "law: police-act\nchanges:\n  - delete: {at: 제35조제3항}\nreasons: *i\n", encoding="utf-8")
    with pytest.raises(SpecError, match="alias"):
        load_spec(spec)


def test_alias_bomb_spec_on_the_command_line_is_exit_2(tmp_path, small_corpus, capsys):
    spec = tmp_path / "bomb.yaml"
    spec.write_text("law: police-act\n" + BOMB + "changes: *i\n", encoding="utf-8")
    assert main(["render", str(spec), "--corpus", str(small_corpus)]) == 2
    err = capsys.readouterr().err
    assert "alias" in err and "bomb.yaml" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "nested more than"),
        ("law: x\nchanges:\n" + "".join(f"{'  ' * i}- \n" for i in range(1, 300)), "nested more than"),
    ],
    ids=["json-100k", "yaml-flow-100k", "yaml-block-300"],
)
def test_deeply_nested_specs_are_a_named_error(tmp_path, text, needle):
    spec = tmp_path / ("deep.json" if text.startswith("{") else "deep.yaml")
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError, match=needle):
        load_spec(spec)


def test_deep_json_spec_on_the_command_line(tmp_path, small_corpus):
    spec = tmp_path / "deep.json"
    spec.write_text('{"a":' * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "drafter", "render", str(spec), "--corpus", str(small_corpus)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2
    assert "nested too deeply" in proc.stderr and "deep.json" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_oversized_spec_is_refused_before_it_is_read(tmp_path):
    spec = tmp_path / "huge.yaml"
    with spec.open("wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(SpecError, match="at most"):
        load_spec(spec)


def test_a_fifo_as_spec_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)
    assert _timed(lambda: pytest.raises(SpecError, load_spec, fifo)) < 5


def test_plain_anchors_without_aliases_still_load():
    spec = load_spec("law: &l police-act\nchanges:\n  - delete: {at: 제35조제3항}\n")
    assert spec.law == "police-act"


# -- front matter -------------------------------------------------------------------------


def _statute(front: str) -> str:
    return f"---\n{front}---\n\n# 시험법\n\n##### 제1조 (목적)\n\n이 법은 시험을 목적으로 한다.\n"


def test_alias_bomb_in_front_matter_fails_fast(tmp_path):
    path = tmp_path / "bomb-act.md"
    path.write_text(_statute("제목: 시험법\n" + BOMB + "j: *i\n"), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ParseError) as info:
        split_front_matter(path.read_text(encoding="utf-8"), path)
    assert time.monotonic() - started < 5
    assert "alias" in str(info.value) and info.value.line is not None and info.value.line > 1


def test_alias_bomb_statute_in_a_corpus_is_named_by_corpus_check(small_corpus, capsys):
    (small_corpus / "statutes" / "bomb-act.md").write_text(_statute("제목: 시험법\n" + BOMB), encoding="utf-8")
    assert main(["corpus", "check", str(small_corpus)]) == 2
    err = capsys.readouterr().err
    assert "bomb-act.md" in err and "alias" in err


def test_oversized_front_matter_is_refused(tmp_path):
    path = tmp_path / "big-act.md"
    text = _statute("제목: 시험법\n" + "".join(f"k{i}: {'x' * 60}\n" for i in range(2000)))
    with pytest.raises(ParseError, match="front matter is"):
        split_front_matter(text, path)


# -- FIFOs and other non-regular files in the corpus ----------------------------------------


@pytest.fixture()
def fifo_corpus(small_corpus):
    fifo = small_corpus / "statutes" / "pipe-act.md"
    os.mkfifo(fifo)
    return small_corpus


def test_loading_a_corpus_with_a_fifo_names_it_and_does_not_block(fifo_corpus):
    started = time.monotonic()
    with pytest.raises(CorpusError) as info:
        Corpus.load(fifo_corpus)
    assert time.monotonic() - started < 10
    assert "pipe-act.md" in str(info.value) and "FIFO" in str(info.value)


def test_a_fifo_in_papers_too(small_corpus):
    os.mkfifo(small_corpus / "papers" / "memo.md")
    with pytest.raises(CorpusError, match="memo.md.*FIFO"):
        Corpus.load(small_corpus)


@pytest.mark.parametrize("command", [["corpus", "check"], ["ingest"], ["search", "자치경찰"]],
                         ids=["corpus-check", "ingest", "search"])
def test_commands_on_a_corpus_with_a_fifo_end_with_exit_2(fifo_corpus, command):
    argv = [*command, str(fifo_corpus)] if command[0] == "corpus" else [*command, "--corpus", str(fifo_corpus)]
    proc = subprocess.run([sys.executable, "-m", "drafter", *argv], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2, proc.stderr
    assert "pipe-act.md" in proc.stderr and "FIFO" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_manifest_check_reports_a_fifo_without_opening_it(small_corpus):
    from drafter.corpus.manifest import build_manifest, check_manifest

    manifest = build_manifest(small_corpus)
    os.mkfifo(small_corpus / "statutes" / "pipe-act.md")
    problems = check_manifest(small_corpus, manifest)
    assert [(p.status, p.path) for p in problems] == [("unknown", "statutes/pipe-act.md")]
    assert "not a regular file" in problems[0].detail


def test_a_device_is_never_read(tmp_path):
    from drafter.corpus.loader import read_text

    with pytest.raises(CorpusError, match="device"):
        read_text(Path("/dev/zero"))


# -- the paper parser is linear ------------------------------------------------------------


def _paragraph(sentences: int) -> str:
    # one long paragraph (no blank line), sentences and abbreviations as in real papers
    unit = "The committee, e.g. the 시ㆍ도자치경찰위원회, decides the budget. It reports to the governor!\n"
    return "# A paper\n\n" + unit * sentences


def test_paper_parser_is_linear_in_paragraph_length(tmp_path):
    small, big = _paragraph(8_000), _paragraph(64_000)  # about 0.7 MB and 5.8 MB
    path = tmp_path / "paper.md"

    def timed(text: str) -> float:
        # the cyclic garbage collector's passes grow with the objects alive (not the parser's doing) and
        # another process on the 2 cores can stall one run: best of two, with the collector paused
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            paper = parse_paper(path, text)
            elapsed = time.perf_counter() - started
        finally:
            gc.enable()
        assert len(paper.paragraphs) == 1
        return elapsed

    timed(_paragraph(100))  # warm up
    t_small = min(timed(small) for _ in range(2))
    t_big = min(timed(big) for _ in range(2))
    # 8x the input: a linear parser takes ~8x; the quadratic one took ~64x
    assert t_big < 20 * t_small, (t_small, t_big)


def test_paper_sentences_keep_their_lines_and_spans(tmp_path):
    text = "# T\n\nFirst one. Second, e.g. this\nline. Third!\n\nNext para.\n"
    paper = parse_paper(tmp_path / "p.md", text)
    sents = paper.paragraphs[0].sentences
    assert [s.text for s in sents] == ["First one.", "Second, e.g. this\nline.", "Third!"]
    assert [(s.span.line, s.span.end_line) for s in sents] == [(3, 3), (3, 4), (4, 4)]
    assert all(text[s.span.start : s.span.end] == s.text for s in sents)
    assert paper.paragraphs[1].sentences[0].span.line == 6


# -- fuzzing: the spec loader and the front-matter reader only ever raise named errors ----------

TOKENS = list("abz: -[]{}&*!|>'\"#\n\t,?%@`0123456789") + [
    "law", "changes", "제35조", "replace", "delete", "at", "old", "new", "&a ", "*a", "<<", "\n  - ", "!!str", "!!python/object",
]
yaml_ish = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(yaml_ish, st.text(max_size=200)))
def test_fuzz_spec_loader_raises_only_spec_errors(text):
    try:
        load_spec(text)
    except SpecError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=st.one_of(yaml_ish, st.text(max_size=200)), closed=st.booleans())
def test_fuzz_front_matter_reader_raises_only_parse_errors(front, closed):
    text = "---\n" + front + ("\n---\n본문\n" if closed else "")
    try:
        meta, body = split_front_matter(text, Path("x.md"))
    except ParseError:
        return
    assert isinstance(meta, dict)
    assert 0 <= body <= len(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=yaml_ish)
def test_fuzz_front_matter_through_the_statute_loader(tmp_path_factory, front):
    folder = tmp_path_factory.mktemp("fm")
    path = folder / "x-act.md"
    path.write_text(_statute(front + "\n"), encoding="utf-8")
    try:
        from drafter.corpus.statute_parser import parse_statute

        parse_statute(path)
    except DrafterError:
        pass
