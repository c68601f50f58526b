"""``drafter impact``: the provisions of every corpus statute that cite what a spec changes."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, app, settings_from


@app.command("impact")
def impact_cmd(
    spec: Path = typer.Argument(..., help="amendment spec (YAML or JSON)", show_default=False),
    as_json: bool = typer.Option(False, "--json", help='print {"references": [{doc, address, cites, text, kind}]}'),
    corpus: Path | None = CorpusOption,
) -> None:
    """List every provision (body of every corpus statute, the amended law included) that cites a
    provision the spec deletes, rewrites, moves or renumbers.

    Examples:

      drafter impact examples/budget-transfer.yaml

      drafter impact my-spec.yaml --json
    """
    from drafter.amend.impact import spec_impact
    from drafter.amend.spec import load_spec
    from drafter.corpus.corpus import Corpus

    loaded_spec = load_spec(Path(spec))
    loaded = Corpus.load(settings_from(corpus).corpus_dir)
    refs = spec_impact(loaded, loaded_spec)
    if as_json:
        typer.echo(json.dumps({"references": [r.json_dict() for r in refs]}, ensure_ascii=False, indent=2))
        return
    if not refs:
        typer.echo("no provision of the corpus cites what this spec deletes, rewrites, moves or renumbers")
        return
    for r in refs:
        typer.echo(f"{r.doc} {r.address}  →  {r.cites}  ({r.kind}; {r.change})")
        typer.echo(f"    {' '.join(r.text.split())}")
    typer.echo(f"{len(refs)} citing provision(s)", err=True)
