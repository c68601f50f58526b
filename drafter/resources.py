"""Package data: the prompt templates, the dual-model playbooks and the
reference-corpus manifest, found with :mod:`importlib.resources`.

They are edited where a reader expects them — ``prompts/``,
``corpus/playbooks/`` and ``corpus/manifest.toml`` at the top of the
repository — and reach the package through the symlinks in ``drafter/data/``
(``prompts``, ``playbooks``, ``manifest.toml``). A wheel build copies the files
the links point to (``[tool.setuptools.package-data]``), so ``pip install .``
ships them: tests/test_packaging.py builds the wheel and runs it in a fresh
virtualenv.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_path(*parts: str) -> Path:
    """``data_path("prompts")`` → the installed ``drafter/data/prompts`` folder."""
    return Path(str(files("drafter").joinpath("data", *parts)))


PROMPTS_DIR = data_path("prompts")
PLAYBOOKS_DIR = data_path("playbooks")
MANIFEST_PATH = data_path("manifest.toml")
