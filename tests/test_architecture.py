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
