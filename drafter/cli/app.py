"""The ``drafter`` command: a thin layer over the library.

Each command group lives in its own module and registers itself on the
``app`` defined here; :func:`main` turns :class:`DrafterError` into a clean
message on stderr and exit code 2 (1 is kept for "ran, but below threshold").
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from drafter.config import Settings, load_settings
from drafter.errors import DrafterError

app = typer.Typer(
    name="drafter",
    help="Draft Korean bill amendments for the autonomous police system, with every claim cited.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

CorpusOption = typer.Option(
    None, "--corpus", help="corpus directory (statutes/, papers/); default from config: ../shared/corpus",
    show_default=False,
)


def settings_from(corpus: Path | None = None, **overrides) -> Settings:
    """Settings with CLI overrides applied (None means: keep the configured value)."""
    return load_settings(corpus_dir=corpus, **overrides)


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _register() -> None:
    # imported for their side effect of adding commands to ``app``
    from drafter.cli import (  # noqa: F401
        amend_cmds,
        corpus_cmds,
        eval_group,
        llm_cmds,
        retrieval_cmds,
        start_cmd,
        tui_cmds,
    )


def main(argv: list[str] | None = None) -> int:
    _register()
    try:
        result = app(args=argv, standalone_mode=False)
    except DrafterError as exc:
        typer.echo(f"error: {exc}", err=True)
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        typer.echo("aborted", err=True)
        return 130
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        return 130
    except Exception as exc:  # click usage errors
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            return exc.exit_code
        raise
    # without standalone mode, click returns the code of a typer.Exit
    return result if isinstance(result, int) else 0


def run() -> None:
    sys.exit(main())
