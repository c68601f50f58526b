"""drafter's terminal UI (Textual): guided drafting of dual-model amendments.

``make_app(settings, services=…, store=…)`` in :mod:`drafter_tui.app` builds
the app; the CLI (``drafter tui``) and the tests both call it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DrafterApp", "make_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from drafter_tui import app

        return getattr(app, name)
    raise AttributeError(f"module 'drafter_tui' has no attribute {name!r}")
