"""Bad input: clear errors naming file and line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.cli.app import main
from drafter.corpus.corpus import Corpus
from drafter.corpus.statute_parser import parse_statute
from drafter.errors import CorpusError, ParseError

GOOD = """---
제목: 시험법
---

# 시험법

## 제1장 총칙

##### 제1조 (목적)

이 법은 시험을 목적으로 한다.

##### 제2조 (정의)

**①** 이 법에서 사용하는 용어의 뜻은 다음과 같다. <개정 2021.3.30>

  1\\. "시험"이란 시험을 말한다.
    가\\. 첫째
 1) 하나

**②** 삭제 <2022.1.1>
"""


def test_a_small_statute_parses(tmp_path):
    path = tmp_path / "test-act.md"
    path.write_text(GOOD, encoding="utf-8")
    statute = parse_statute(path)
    assert statute.doc_id == "test-act" and statute.title == "시험법"
    assert statute.articles[1].hangs[0].hos[0].moks[0].subitems[0].text == "하나"
    assert statute.articles[1].hangs[1].deleted


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        (GOOD.replace("##### 제2조 (정의)", "##### 제이조 (정의)"), 13, "article header"),
        (GOOD.replace("##### 제2조 (정의)", "##### 제2조 (정의"), 13, "never closes"),
        (GOOD.replace("## 제1장 총칙", "## 총칙"), 7, "neither the title"),
        ("---\n제목: [unclosed\n---\n", 2, "YAML"),
        ("---\n제목: x\n", 1, "never closed"),
        (GOOD.replace("##### 제1조 (목적)\n", "**①** 떠도는 항\n\n##### 제1조 (목적)\n"), 9, "outside any article"),
        ("# 제목만\n", 1, "no articles"),
        (GOOD.replace("**②** 삭제 <2022.1.1>", "## 부칙\n\n고아 문장"), 23, "부칙"),
    ],
)
def test_malformed_statutes_name_file_and_line(tmp_path, text, line, needle):
    path = tmp_path / "bad-act.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as info:
        parse_statute(path)
    message = str(info.value)
    assert f"bad-act.md:{line}:" in message, message
    assert needle in message


LINE_PIECES = st.sampled_from([
    "# 제목", "## 제1장 총칙", "### 제2절 삭제 <2020.1.1>", "##### 제1조 (목적)", "##### 제1조의2",
    "##### 제3조 (x", "##### 제", "**①** 본문", "**<16>** 본문", "  1\\. 호", "  6의2\\. 호", "    가\\. 목",
    " 1) 세목", "삭제 <2021.3.30>", "본문 <개정 2021.3.30, 2022.1.1>", "## 부칙", "부칙 <제1호,2020.1.1>",
    "제1조(시행일) 이 법은 공포한 날부터 시행한다.", "① 항", "1. 호", "---", "제목: x", "", "<img id=\"1\"></img>",
    "\t\t표", "+----+",
])


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.lists(st.one_of(LINE_PIECES, st.text(max_size=30)), max_size=40))
def test_fuzzed_statutes_parse_or_fail_with_a_located_error(tmp_path, lines):
    path = tmp_path / "fuzz.md"
    text = "\n".join(lines)
    try:
        statute = parse_statute(path, text=text)
    except ParseError as exc:
        assert exc.path == str(path) and exc.line is not None and exc.line >= 1
        assert f"fuzz.md:{exc.line}:" in str(exc)
    else:
        assert statute.articles


@pytest.fixture()
def corpus_with(tmp_path):
    def make(name: str, data: bytes) -> Path:
        root = tmp_path / "c"
        (root / "statutes").mkdir(parents=True, exist_ok=True)
        (root / "statutes" / name).write_bytes(data)
        return root

    return make


def test_missing_and_empty_corpus_directories(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        Corpus.load(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no documents"):
        Corpus.load(tmp_path / "empty")


def test_binary_and_non_utf8_files_are_named(corpus_with):
    root = corpus_with("bin.md", b"\x00\x01\x02PNG")
    with pytest.raises(CorpusError) as info:
        Corpus.load(root)
    assert "bin.md" in str(info.value) and "binary" in str(info.value)
    root = corpus_with("euckr.md", GOOD.encode("cp949"))
    with pytest.raises(CorpusError) as info:
        Corpus.load(root)
    assert "euckr.md:" in str(info.value) and "UTF-8" in str(info.value)


def test_all_bad_files_are_reported_together(corpus_with, tmp_path):
    corpus_with("one.md", b"\xff\xfe")
    root = corpus_with("two.md", GOOD.replace("##### 제2조 (정의)", "##### 제이조").encode())
    with pytest.raises(CorpusError) as info:
        Corpus.load(root)
    message = str(info.value)
    assert "2 file(s)" in message and "one.md" in message and "two.md:13" in message


def test_unreadable_file_is_named(corpus_with, monkeypatch):
    root = corpus_with("locked.md", GOOD.encode())
    target = root / "statutes" / "locked.md"
    import os

    real = os.open

    def guarded(path, flags, *args, **kwargs):
        if Path(path) == target:
            raise PermissionError(13, "Permission denied")
        return real(path, flags, *args, **kwargs)

    # CI runs as root, for whom chmod 000 does not block reading
    monkeypatch.setattr(os, "open", guarded)
    with pytest.raises(CorpusError) as info:
        Corpus.load(root)
    assert "locked.md" in str(info.value) and "permission denied" in str(info.value)


def test_cli_reports_errors_without_traceback(tmp_path, capsys):
    code = main(["show", "police-act", "제1조", "--corpus", str(tmp_path / "missing")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ") and "does not exist" in err and "Traceback" not in err


def test_cli_unknown_document_and_address(reference_corpus, capsys):
    assert main(["show", "no-such-law", "제1조", "--corpus", str(reference_corpus)]) == 2
    assert "unknown document 'no-such-law'" in capsys.readouterr().err
    assert main(["show", "police-act", "제99조", "--corpus", str(reference_corpus)]) == 2
    assert "police-act has no 제99조" in capsys.readouterr().err
