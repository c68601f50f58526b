"""The ``drafter`` command: a thin layer over the library.

Each command group lives in its own module and registers itself on the
``app`` defined here; :func:`main` turns :class:`DrafterError` into a clean
message on stderr and exit code 2 (1 is kept for "ran, but below threshold").
Usage errors (unknown command, missing argument, bad option value) print the
usage and one ``Error:`` line, exit 2; anything unexpected prints one
``error: internal error: …`` line, exit 2. No traceback unless
``DRAFTER_DEBUG=1``.
"""

from __future__ import annotations

import os
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


ForceOption = typer.Option(
    False, "--force", help="replace the -o file if it exists (its permissions are kept; a symlink is written through)",
)


def settings_from(corpus: Path | None = None, **overrides) -> Settings:
    """Settings with CLI overrides applied (None means: keep the configured value). Kiwi, when this
    process loads it, takes the dictionary words the data directory's index recorded
    (:mod:`drafter.text.kiwi_words`)."""
    from drafter.text import kiwi_words
    from drafter.text.tokenizer import use_indexed_words

    settings = load_settings(corpus_dir=corpus, **overrides)
    use_indexed_words(settings.index_dir / kiwi_words.FILE_NAME)
    return settings


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


_plugins: set[str] = set()


def _register() -> None:
    # imported for their side effect of adding commands to ``app``
    from drafter.cli import (  # noqa: F401
        amend_cmds,
        corpus_cmds,
        impact_cmd,
        llm_cmds,
        read_cmd,
        retrieval_cmds,
        sweep_cmd,
    )

    # plugins (``tui``/``start`` from drafter_tui, ``eval`` from drafter_evals) register
    # themselves through entry points: the core never imports them
    from importlib.metadata import entry_points

    for ep in entry_points(group="drafter.commands"):
        if ep.name not in _plugins:
            _plugins.add(ep.name)
            ep.load()(app)


def _click_exception_types() -> tuple[type[BaseException], ...]:
    """Usage-error classes: typer >= 0.24 raises its vendored click's, older typer plain click's."""
    types: list[type[BaseException]] = []
    try:
        from typer._click.exceptions import ClickException as VendoredClickException

        types.append(VendoredClickException)
    except ImportError:  # pragma: no cover - older typer
        pass
    try:
        import click

        types.append(click.exceptions.ClickException)
    except ImportError:  # pragma: no cover - newer typer without click
        pass
    return tuple(types)


def _debug() -> bool:
    return os.environ.get("DRAFTER_DEBUG", "").strip() not in ("", "0", "false", "no")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 evaluation gate, 2 error, 130 interrupted)."""
    try:
        _register()
        # prog_name: usage lines say "drafter" also under ``python -m drafter``
        result = app(args=argv, prog_name="drafter", standalone_mode=False)
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
    except _click_exception_types() as exc:
        # usage errors: the command's usage, "Try 'drafter X --help'", one Error: line;
        # no arguments at all (no_args_is_help) prints the help, exit 2 as click does
        exc.show()  # type: ignore[attr-defined]
        code = getattr(exc, "exit_code", 2)
        return code if code else 2
    except BrokenPipeError:  # ``drafter … | head``: the reader left; not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep interpreter shutdown quiet
        except OSError:
            pass
        return 0
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, never a traceback
        if _debug():
            raise
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        typer.echo(f"error: internal error: {type(exc).__name__}" + (f": {detail}" if detail else ""), err=True)
        typer.echo("  hint: this is a bug in drafter; please report it with the command you ran "
                   "(DRAFTER_DEBUG=1 shows the traceback)", err=True)
        return 2
    # without standalone mode, click returns the code of a typer.Exit
    return result if isinstance(result, int) else 0


def run() -> None:
    sys.exit(main())
