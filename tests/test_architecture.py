"""Layering rules: the core never imports Textual, and importing it stays light."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import drafter


def core_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(drafter.__path__, prefix="drafter.") if not m.name.endswith("__main__")
    )


def test_no_core_module_imports_textual():
    modules = core_modules()
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"textual imported by the core: {out.stdout}"


def test_cli_help_does_not_load_heavy_libraries():
    code = (
        "import sys\n"
        "from drafter.cli.app import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('torch', 'chromadb', 'sentence_transformers', 'kiwipiepy', 'textual') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Usage" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "HEAVY=", out.stdout


def test_import_contracts_hold():
    """The layering of pyproject's [tool.importlinter] contracts:
    text <- corpus <- retrieval | amend | llm <- citations | drafts <- assist <- cli,
    the core never imports drafter_tui, drafter_evals or textual, and the TUI and the
    evaluation suite do not import each other."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    script = Path(sys.executable).parent / "lint-imports"
    assert script.exists(), "import-linter is a test dependency: pip install -e '.[test]'"
    out = subprocess.run([str(script), "--no-cache", str(root / "pyproject.toml")], capture_output=True, text=True,
                         timeout=300, cwd=root)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "Contracts: 3 kept, 0 broken." in out.stdout


def test_contracts_catch_a_violation(tmp_path):
    """The contracts are not vacuous: a core module importing the TUI breaks them."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    config = (root / "pyproject.toml").read_text(encoding="utf-8")
    pkg = tmp_path / "drafter"
    import shutil

    shutil.copytree(root / "drafter", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "corpus" / "bad_import.py").write_text("import drafter.citations.checker\nimport drafter_tui\n", encoding="utf-8")
    for name, folder in (("drafter_tui", "tui"), ("drafter_evals", "evals")):
        shutil.copytree(root / folder, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    script = Path(sys.executable).parent / "lint-imports"
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([str(script), "--no-cache", "pyproject.toml"], capture_output=True, text=True,
                         timeout=300, cwd=tmp_path, env=env)
    assert out.returncode == 1, out.stdout[-2000:] + out.stderr[-2000:]
    assert "drafter.corpus.bad_import -> drafter.citations.checker" in out.stdout
    assert "drafter.corpus.bad_import -> drafter_tui" in out.stdout
