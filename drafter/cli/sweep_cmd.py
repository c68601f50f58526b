"""``drafter sweep``: replace a term in every corpus statute that uses it."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, ForceOption, app, settings_from


@app.command("sweep")
def sweep_cmd(
    old: str = typer.Argument(..., help="the term as the laws write it", show_default=False),
    new: str = typer.Argument(..., help="its replacement", show_default=False),
    docs: list[str] = typer.Option(None, "--doc", help="only this statute (repeat for several); the first is the main law"),
    as_json: bool = typer.Option(False, "--json", help='print {"laws": [{law, title, provisions, amendment_sentences}]}'),
    output: Path | None = typer.Option(None, "-o", "--output", help="write the spec (main law + other_laws) here"),
    corpus: Path | None = CorpusOption,
    force: bool = ForceOption,
) -> None:
    """Find every provision (body of every corpus statute, not the 부칙) whose text contains OLD and
    draft the sentences that replace it with NEW, one sentence per law.

    Examples:

      drafter sweep "자치경찰사무" "지역경찰사무"

      drafter sweep "시ㆍ도자치경찰위원회" "시ㆍ도경찰위원회" --json

      drafter sweep "자치경찰사무" "지역경찰사무" -o sweep.yaml && drafter render sweep.yaml
    """
    from drafter.amend.files import write_text_atomic
    from drafter.amend.sweep import SweepError, sweep
    from drafter.corpus.corpus import Corpus

    root = settings_from(corpus).corpus_dir
    if docs:
        loaded = Corpus.load(root, only=set(docs))
    else:
        statutes = {doc for doc, _, kind in Corpus.discover(root) if kind == "statute"}
        loaded = Corpus.load(root, only=statutes)
    laws, spec = sweep(loaded, old, new, list(docs) if docs else None)
    from drafter.amend.sweep import division_headings

    for st in loaded.statutes():
        headings = division_headings(st, old)
        if headings:
            typer.echo(f"note: {st.doc_id}: 편/장/절 headings hold {old!r} too (not swept): {', '.join(headings)}",
                       err=True)
    for law in laws:
        if law.unswept:
            typer.echo(f"note: {law.law}: the file repeats the numbers of the articles holding {', '.join(law.unswept)}; "
                       "a 개정문 cannot name them apart, so they are listed but not swept (amend them by hand)", err=True)
    if output is not None:
        if spec is None and laws:
            raise SweepError(f"{old!r} stands only in articles whose numbers the file repeats: nothing written to "
                             f"{output}", hint="amend those articles by hand (see the note above)")
        if spec is None:
            raise SweepError(f"no provision of {', '.join(docs) if docs else 'the corpus statutes'} contains {old!r}: "
                             f"nothing written to {output}", hint="check the spelling and the middle dot (ㆍ)")
        write_text_atomic(output, spec.to_yaml(), overwrite=force)
        typer.echo(f"wrote {output} ({len(laws)} law(s), {sum(len(law.provisions) for law in laws)} provision(s))",
                   err=True)
    if as_json:
        typer.echo(json.dumps({"laws": [law.json_dict() for law in laws]}, ensure_ascii=False, indent=2))
        return
    if output is not None:
        return
    if not laws:
        typer.echo(f"no provision contains {old!r}")
        return
    for law in laws:
        typer.echo(f"{law.title} ({law.law}): {len(law.provisions)} provision(s)")
        typer.echo("  " + ", ".join(law.provisions))
        for sentence in law.amendment_sentences:
            typer.echo("  " + sentence.replace("\n", "\n  "))
