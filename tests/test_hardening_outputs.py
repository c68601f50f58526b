"""``-o`` output files: no silent overwrite (``--force``), modes kept, symlinks
written through, unwritable places a named error (exit 2), nothing half-written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from drafter.amend.files import OutputError, write_atomic, write_text_atomic
from drafter.cli.app import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "budget-transfer.yaml"


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture()
def spec_file(tmp_path) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "law: police-act\nchanges:\n  - replace: {at: 제35조제1항, old: 시ㆍ도지사가, new: 시ㆍ도자치경찰위원회가}\n",
        encoding="utf-8",
    )
    return spec


def _render(spec_file, small_corpus, out, *extra, fmt="md"):
    return main(["render", str(spec_file), "-f", fmt, "-o", str(out), "--corpus", str(small_corpus), *extra])


@pytest.mark.parametrize("fmt", ["md", "json", "docx", "hwpx"])
def test_an_existing_file_is_not_overwritten_without_force(spec_file, small_corpus, tmp_path, capsys, fmt):
    out = tmp_path / f"bill.{fmt}"
    out.write_bytes(b"precious")
    assert _render(spec_file, small_corpus, out, fmt=fmt) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "already exists" in err and "--force" in err
    assert out.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left

    assert _render(spec_file, small_corpus, out, "--force", fmt=fmt) == 0
    assert out.read_bytes() != b"precious" and out.stat().st_size > 0


def test_force_keeps_the_mode_of_the_replaced_file(spec_file, small_corpus, tmp_path):
    out = tmp_path / "bill.md"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o644)
    assert _render(spec_file, small_corpus, out, "--force") == 0
    assert _mode(out) == 0o644  # was 0600 (mkstemp's mode)
    os.chmod(out, 0o640)
    assert _render(spec_file, small_corpus, out, "--force") == 0
    assert _mode(out) == 0o640


def test_a_new_file_gets_0666_less_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "a.md", "x", overwrite=False)
        os.umask(0o027)
        write_text_atomic(tmp_path / "b.md", "x", overwrite=False)
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a.md") == 0o644
    assert _mode(tmp_path / "b.md") == 0o640


def test_a_symlink_is_written_through_and_stays_a_link(spec_file, small_corpus, tmp_path, capsys):
    real = tmp_path / "real" / "bill.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    os.chmod(real, 0o644)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert _render(spec_file, small_corpus, link) == 2  # exists: refused without --force
    assert "already exists" in capsys.readouterr().err
    assert _render(spec_file, small_corpus, link, "--force") == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "일부개정법률안" in real.read_text(encoding="utf-8")
    assert _mode(real) == 0o644
    assert [p.name for p in real.parent.iterdir()] == ["bill.md"]


def test_an_unwritable_directory_is_a_named_error(spec_file, small_corpus, tmp_path, capsys):
    if os.geteuid() == 0:
        # root writes anywhere; /proc is a place nobody can create files in
        out = Path("/proc/drafter-test-bill.md")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        os.chmod(locked, 0o555)
        out = locked / "bill.md"
    assert _render(spec_file, small_corpus, out) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(out) in err and "Traceback" not in err
    assert "cannot write" in err


def test_a_directory_or_device_as_output_is_refused(spec_file, small_corpus, tmp_path, capsys):
    (tmp_path / "adir").mkdir()
    assert _render(spec_file, small_corpus, tmp_path / "adir", "--force") == 2
    assert "is a directory" in capsys.readouterr().err
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert _render(spec_file, small_corpus, fifo, "--force") == 2
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_missing_directory_is_named(spec_file, small_corpus, tmp_path, capsys):
    assert _render(spec_file, small_corpus, tmp_path / "nope" / "bill.md") == 2
    assert "output directory does not exist" in capsys.readouterr().err


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "bill.docx"
    target.write_bytes(b"old")

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_atomic(target, broken, overwrite=True)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bill.docx"]


def test_a_file_appearing_meanwhile_is_not_clobbered(tmp_path):
    target = tmp_path / "bill.md"

    def racing(tmp: Path) -> None:
        tmp.write_text("mine", encoding="utf-8")
        target.write_text("theirs", encoding="utf-8")  # another writer got there first

    with pytest.raises(OutputError, match="already exists"):
        write_atomic(target, racing, overwrite=False)
    assert target.read_text(encoding="utf-8") == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bill.md"]


@pytest.mark.parametrize(
    "argv",
    [
        ["apply", "{spec}", "-o", "{out}", "--corpus", "{corpus}"],
        ["corpus", "manifest", "{corpus}", "-o", "{out}"],
    ],
    ids=["apply", "corpus-manifest"],
)
def test_every_command_with_o_refuses_then_accepts_force(argv, spec_file, small_corpus, tmp_path, capsys):
    out = tmp_path / "out.txt"
    out.write_text("precious", encoding="utf-8")
    args = [a.format(spec=spec_file, out=out, corpus=small_corpus) for a in argv]
    assert main(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious"
    assert main([*args, "--force"]) == 0
    assert out.read_text(encoding="utf-8") != "precious"


def test_every_command_with_o_has_force():
    import typer

    from drafter.cli.app import _register, app

    _register()
    missing = []

    def walk(cmd, prefix):
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            walk(sub, [*prefix, name])
        opts = {o for p in getattr(cmd, "params", []) for o in getattr(p, "opts", [])}
        if "-o" in opts and "--force" not in opts:
            missing.append(" ".join(prefix))

    walk(typer.main.get_command(app), [])
    assert missing == []
