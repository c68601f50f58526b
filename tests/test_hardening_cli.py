"""CLI usage errors and unexpected failures: one clear message, exit 2, never a traceback.

typer >= 0.24 raises its vendored click's exceptions (``typer._click``), which
the CLI used to miss: every usage error printed a traceback and exited 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from drafter.cli.app import _register, app, main

ROOT = Path(__file__).resolve().parent.parent


def run_drafter(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "drafter", *args], capture_output=True, text=True,
                          timeout=timeout, env=full_env, cwd=ROOT, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ((), "Usage: drafter"),
        (("nosuch",), "No such command 'nosuch'"),
        (("show",), "Missing argument"),
        (("search", "x", "-k", "abc"), "Invalid value for '-k'"),
        (("render", "examples/budget-transfer.yaml", "--format", "pdf"), "'pdf' is not one of"),
        (("eval",), "Usage: drafter eval"),
    ],
)
def test_usage_errors_from_the_issue_exit_2_without_a_traceback(args, says):
    proc = run_drafter(*args)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    # usage errors go to stderr; a bare group prints its help (rich may put it on stdout)
    assert says in proc.stderr + proc.stdout
    assert "Usage:" in proc.stderr + proc.stdout


def _commands() -> list[tuple[list[str], typer.core.TyperCommand]]:
    """Every leaf command as (argv prefix, command), walking groups."""
    _register()
    root = typer.main.get_command(app)
    out = []

    def walk(cmd, prefix):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, [*prefix, name])
        else:
            out.append((prefix, cmd))

    walk(root, [])
    return out


def test_the_command_tree_is_found():
    names = {" ".join(p) for p, _ in _commands()}
    assert {"search", "show", "render", "summarize", "ingest", "corpus check"} <= names


@pytest.mark.parametrize("prefix", [p for p, _ in _commands()], ids=lambda p: " ".join(p))
def test_every_command_rejects_an_unknown_option_cleanly(prefix, capsys):
    code = main([*prefix, "--no-such-option"])
    err = capsys.readouterr().err
    assert code == 2
    assert "No such option" in err and "--no-such-option" in err
    assert f"drafter {' '.join(prefix)} --help" in err  # names the command to ask for help
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "prefix", [p for p, c in _commands() if any(getattr(a, "required", False) for a in c.params)],
    ids=lambda p: " ".join(p),
)
def test_every_missing_required_argument_is_a_usage_error(prefix, capsys):
    code = main(list(prefix))
    err = capsys.readouterr().err
    assert code == 2
    assert "Missing" in err and "Usage:" in err
    assert "Traceback" not in err


def test_groups_without_a_subcommand_print_their_help_and_exit_2(capsys):
    assert main(["corpus"]) == 2
    captured = capsys.readouterr()
    assert "check" in captured.out + captured.err and "Usage:" in captured.out + captured.err


def test_help_still_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "search" in capsys.readouterr().out


def test_an_unexpected_exception_is_one_line_exit_2(monkeypatch, capsys, small_corpus):
    from drafter.corpus.corpus import Corpus

    def boom(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(Corpus, "load", classmethod(boom))
    monkeypatch.delenv("DRAFTER_DEBUG", raising=False)
    assert main(["corpus", "list", "--corpus", str(small_corpus)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: internal error: RuntimeError: boom\n")
    assert "second line" not in err and "Traceback" not in err
    assert "report" in err and "DRAFTER_DEBUG=1" in err


def test_drafter_debug_shows_the_traceback(monkeypatch, small_corpus):
    from drafter.corpus.corpus import Corpus

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Corpus, "load", classmethod(boom))
    monkeypatch.setenv("DRAFTER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["corpus", "list", "--corpus", str(small_corpus)])


def test_an_unexpected_exception_in_a_subprocess_has_no_traceback(tmp_path):
    # a corpus path that is a file of NUL bytes named like a directory entry is
    # a DrafterError; to force a truly unexpected error we break an import
    (tmp_path / "sitecustomize.py").write_text(
        "import drafter.corpus.corpus as c\n"
        "def _boom(*a, **k):\n    raise ZeroDivisionError('injected')\n"
        "c.Corpus.load = classmethod(_boom)\n",
        encoding="utf-8",
    )
    env = {"PYTHONPATH": str(tmp_path) + os.pathsep + os.environ.get("PYTHONPATH", ""), "DRAFTER_DEBUG": ""}
    proc = run_drafter("corpus", "list", env=env)
    assert proc.returncode == 2
    assert "error: internal error: ZeroDivisionError: injected" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- fuzzing the argument layer: whatever the arguments, an exit code and a message, never a traceback --

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_COMMANDS = [[], ["nosuch"], ["show"], ["render"], ["apply"], ["corpus"], ["corpus", "list"], ["corpus", "check"],
             ["corpus", "manifest"], ["search"], ["ingest"], ["summarize"], ["eval"], ["eval", "retrieval"],
             ["eval", "citations"], ["sweep"]]
_HEAVY = {"search", "ingest", "summarize", "eval"}  # would index a real corpus: pointed at a missing one
_TOKENS = ["-k", "--k", "-o", "--output", "--force", "--format", "-f", "--json", "--doc", "--llm", "--corpus",
           "--retriever", "--changed-only", "--law", "--manifest", "--no-parse", "--min-accuracy", "--", "-",
           "md", "json", "pdf", "docx", "hwpx", "openai", "keyword", "abc", "-1", "0", "3", "1e999", "nan",
           "police-act", "제35조제1항", "부칙<제1호>제1조", "p1s1", "x" * 300, "{SPEC}", "{CORPUS}", "{OUT}",
           "missing.yaml", "out/", ".", "..", "자치경찰", "\t", " ", "--no-such-flag", "-zz", "=", "--k=abc"]


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command=st.sampled_from(_COMMANDS), tokens=st.lists(st.sampled_from(_TOKENS), max_size=6),
       text=st.text(max_size=12))
def test_fuzz_the_argument_layer(command, tokens, text, small_corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTER_DEBUG", raising=False)
    spec = tmp_path / "spec.yaml"
    if not spec.exists():
        spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제35조제3항}\n", encoding="utf-8")
    fill = {"{SPEC}": str(spec), "{CORPUS}": str(small_corpus), "{OUT}": str(tmp_path / "out.md")}
    argv = [*command, *(fill.get(t, t) for t in tokens), text]
    if command and command[0] in _HEAVY:
        argv += ["--corpus", str(tmp_path / "no-corpus")]
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code)
    assert "Traceback" not in captured.err + captured.out, argv
    assert "internal error" not in captured.err, (argv, captured.err)
