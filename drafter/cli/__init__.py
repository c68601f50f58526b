"""Command-line interface (``drafter``)."""

from __future__ import annotations

from typing import Any


def main() -> None:
    """The ``drafter`` console script: bytecode for drafter's own modules first (:mod:`drafter.bytecode`),
    then the app, whose imports then load it."""
    from drafter.bytecode import ensure_bytecode

    ensure_bytecode()
    from drafter.cli.app import run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":  # the Typer app, imported only when asked for (``from drafter.cli import app``)
        from drafter.cli.app import app

        return app
    raise AttributeError(f"module 'drafter.cli' has no attribute {name!r}")


__all__ = ["app", "main"]
