"""A non-editable install works: prompts, playbooks and the manifest are
package data, every subpackage is in the wheel, and the installed ``drafter``
renders a bill and writes a cited summary from a fresh virtualenv."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = {"drafter": "drafter", "drafter_tui": "tui", "drafter_evals": "evals"}


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"] == FOLDERS
    listed = set(config["packages"])
    found = set()
    for name, folder in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            if "__pycache__" in init.parts:
                continue
            rel = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((name, *rel)))
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == set()


def test_package_data_are_the_top_level_folders():
    """drafter/data/* point at prompts/ and corpus/, where people edit them."""
    from drafter.config import load_settings
    from drafter.drafts.playbooks import PLAYBOOK_DIR, load_playbooks
    from drafter.resources import MANIFEST_PATH, PROMPTS_DIR

    assert (PROMPTS_DIR / "summarize.md").samefile(ROOT / "prompts" / "summarize.md")
    assert (PLAYBOOK_DIR / "budget.toml").samefile(ROOT / "corpus" / "playbooks" / "budget.toml")
    assert MANIFEST_PATH.samefile(ROOT / "corpus" / "manifest.toml")
    settings = load_settings()
    assert settings.prompts_dir == PROMPTS_DIR and settings.manifest == MANIFEST_PATH
    assert set(load_playbooks()) == {"organization", "manpower", "budget"}


def _tiny_corpus(root: Path) -> Path:
    """제1장 (제1조–제6조) of the police act: enough to index and cite in seconds."""
    (root / "statutes").mkdir(parents=True)
    lines = (SHARED_CORPUS / "statutes" / "police-act.md").read_text(encoding="utf-8").splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if line.startswith("## 제2장"))
    (root / "statutes" / "police-act.md").write_text("".join(lines[:end]), encoding="utf-8")
    return root


@pytest.mark.integration
def test_wheel_installs_and_runs_in_a_fresh_virtualenv(tmp_path):
    # build from a copy of the sources, so the build leaves nothing in the repository
    src = tmp_path / "src"
    src.mkdir()
    for folder in ("drafter", "tui", "evals", "prompts", "corpus"):
        shutil.copytree(ROOT / folder, src / folder, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", str(dist), str(src)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    wheel = next(dist.glob("drafter_kr-*.whl"))

    # a fresh virtualenv; its dependencies come from the test environment's site-packages
    # (a .pth line adds the folder without running that folder's .pth files, so the
    # editable install of this checkout stays out), and the wheel is installed without deps
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
                   check=True, timeout=120)
    py = venv / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    deps = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "_drafter_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index",
                              "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]

    work = tmp_path / "elsewhere"  # not the checkout: nothing may be found relative to the sources
    work.mkdir()
    env = {**os.environ, "DRAFTER_DATA_DIR": str(tmp_path / "data"), "DRAFTER_CONFIG": str(tmp_path / "none.toml"),
           "PYTHONPATH": ""}
    where = subprocess.run([str(py), "-c", "import drafter, drafter_tui, drafter_evals; "
                            "from drafter.resources import PROMPTS_DIR; "
                            "print(drafter.__file__, drafter_tui.__file__, drafter_evals.__file__, PROMPTS_DIR)"],
                           capture_output=True, text=True, timeout=120, cwd=work, env=env)
    assert where.returncode == 0, where.stderr
    assert all(str(site) in part for part in where.stdout.split()), where.stdout

    drafter = str(venv / "bin" / "drafter")
    render = subprocess.run([drafter, "render", str(ROOT / "examples" / "budget-transfer.yaml"),
                             "--corpus", str(SHARED_CORPUS), "--format", "json"],
                            capture_output=True, text=True, timeout=300, cwd=work, env=env)
    assert render.returncode == 0, render.stderr[-3000:]
    bill = json.loads(render.stdout)
    assert bill["title"].endswith("일부개정법률안") and bill["amendment_sentences"]

    check = subprocess.run([drafter, "corpus", "check", str(SHARED_CORPUS)], capture_output=True, text=True,
                           timeout=300, cwd=work, env=env)
    assert check.returncode == 0, check.stdout + check.stderr  # the packaged manifest matches the corpus

    corpus = _tiny_corpus(tmp_path / "tiny")
    summary = subprocess.run([drafter, "summarize", "경찰의 임무는 무엇인가", "--corpus", str(corpus), "--json"],
                             capture_output=True, text=True, timeout=300, cwd=work, env=env)
    assert summary.returncode == 0, summary.stderr[-3000:]
    answer = json.loads(summary.stdout)
    assert answer["sentences"], answer
    assert {c["doc"] for s in answer["sentences"] for c in s["citations"]} == {"police-act"}

    plugins = subprocess.run([drafter, "eval", "--help"], capture_output=True, text=True, timeout=120, cwd=work,
                             env=env)
    assert plugins.returncode == 0 and "citations" in plugins.stdout, plugins.stdout + plugins.stderr
