"""``drafter eval …``: evaluation commands (retrieval, citations, summaries)."""

import typer

from drafter.cli.app import app

eval_app = typer.Typer(help="Evaluate retrieval quality and citations against the sources.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
