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
    from drafter.amend.impact import amended_laws, spec_impact
    from drafter.amend.spec import load_spec
    from drafter.corpus.corpus import Corpus
    from drafter.corpus.references import cached_citation_index

    loaded_spec = load_spec(Path(spec))
    settings = settings_from(corpus)
    laws = amended_laws(loaded_spec)
    known = {doc for doc, _, kind in Corpus.discover(settings.corpus_dir) if kind == "statute"}
    loaded = Corpus.load(settings.corpus_dir, only=laws & known)  # an unknown law: spec_impact names it
    # the citations of every statute: the index cached in the data dir (rebuilt when a statute file changes)
    refs = spec_impact(loaded, loaded_spec, index=lambda: cached_citation_index(
        settings.corpus_dir, settings.data_dir, laws=laws))
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
