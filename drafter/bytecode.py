"""Bytecode for drafter's own modules when the interpreter writes none.

An editable install leaves drafter's modules as source. Where ``PYTHONDONTWRITEBYTECODE`` is set (container
images and CI runners often set it), every ``drafter`` process compiles them again: about 0.6 s of a cold
``drafter search`` or ``drafter summarize`` on the reference machine, while the libraries it imports load
the bytecode pip wrote when it installed them. The console script calls :func:`ensure_bytecode` before
anything else: the first process compiles the stale modules of drafter's packages into their
``__pycache__`` (what pip does for an installed package), later ones load them. Where the interpreter
writes bytecode itself it does nothing; ``DRAFTER_NO_BYTECODE=1`` turns it off; a read-only install is left
as it is.
"""

from __future__ import annotations

import os
import sys
from importlib.util import cache_from_source, find_spec
from pathlib import Path

PACKAGES = ("drafter", "drafter_tui", "drafter_evals")
"""The import names of the project's three packages (``tui/`` is drafter_tui, ``evals/`` drafter_evals)."""


def package_dirs() -> list[Path]:
    """The source folders of the project's packages that are installed (found without importing them)."""
    dirs = []
    for name in PACKAGES:
        spec = find_spec(name) if name not in sys.modules else sys.modules[name].__spec__
        if spec is not None and spec.origin:
            dirs.append(Path(spec.origin).parent)
    return dirs


def stale_modules(folder: Path) -> list[Path]:
    """The modules under ``folder`` whose cached bytecode is missing or older than their source."""
    stale = []
    for source in folder.rglob("*.py"):
        try:
            cached = Path(cache_from_source(str(source)))
            if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
                stale.append(source)
        except (OSError, ValueError):
            continue
    return stale


def ensure_bytecode() -> int:
    """Compile the stale modules of drafter's packages when the interpreter is told not to write bytecode;
    how many were compiled (0 when nothing was to do, when turned off, or when the folder is read-only)."""
    if not sys.dont_write_bytecode or os.environ.get("DRAFTER_NO_BYTECODE"):
        return 0
    import py_compile

    done = 0
    for folder in package_dirs():
        for source in stale_modules(folder):
            try:
                py_compile.compile(str(source), doraise=True, quiet=1)
                done += 1
            except (OSError, py_compile.PyCompileError):
                continue  # a read-only install or a file that does not compile: the import reports it as before
    return done
