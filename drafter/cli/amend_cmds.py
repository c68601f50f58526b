"""``drafter render`` and ``drafter apply``: amendment specs → bills and amended statutes."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, ForceOption, app, settings_from
from drafter.errors import DrafterError


class RenderFormat(str, Enum):
    md = "md"
    json = "json"
    docx = "docx"
    hwpx = "hwpx"


class OutputRequired(DrafterError):
    """A binary format was asked for without an output file."""


def _load(spec_path: Path, corpus: Path | None, all_statutes: bool = False):  # noqa: ANN202 - (spec, Corpus)
    from drafter.amend.errors import AmendmentError
    from drafter.amend.spec import load_spec
    from drafter.corpus.corpus import Corpus
    from drafter.errors import UnknownDocumentError

    spec = load_spec(Path(spec_path))
    root = settings_from(corpus).corpus_dir
    wanted = {spec.law, *(other.law for other in spec.other_laws)}
    if all_statutes:  # the impact warnings look for citations in every statute
        wanted |= {doc for doc, _, kind in Corpus.discover(root) if kind == "statute"}
    try:
        loaded = Corpus.load(root, only=wanted)
    except UnknownDocumentError:
        known = {doc for doc, _, _ in Corpus.discover(root)}
        unknown = next((law for law in [spec.law, *(o.law for o in spec.other_laws)] if law not in known), spec.law)
        raise AmendmentError(
            f"unknown law {unknown!r}", reason="unknown-law", path=spec_path,
            hint=f"law is a document id (file stem) of the corpus at {root}, e.g. police-act",
        ) from None
    return spec, loaded


@app.command("render")
def render_cmd(
    spec: Path = typer.Argument(..., help="amendment spec (YAML or JSON)", show_default=False),
    fmt: RenderFormat = typer.Option(RenderFormat.md, "--format", "-f", help="md | json | docx | hwpx"),
    output: Path | None = typer.Option(None, "-o", "--output", help="write here (required for docx/hwpx)"),
    corpus: Path | None = CorpusOption,
    force: bool = ForceOption,
) -> None:
    """Render the bill (개정문, 부칙, 신ㆍ구조문대비표) of an amendment spec.

    Examples:

      drafter render examples/budget-transfer.yaml

      drafter render examples/budget-transfer.yaml --format json

      drafter render examples/budget-transfer.yaml --format docx -o bill.docx
    """
    from drafter.amend.bill import build_bill
    from drafter.amend.export_docx import write_docx
    from drafter.amend.export_hwpx import write_hwpx
    from drafter.amend.files import write_text_atomic

    if fmt in (RenderFormat.docx, RenderFormat.hwpx) and output is None:
        raise OutputRequired(
            f"--format {fmt.value} writes a file: give its path with -o",
            hint=f"drafter render {spec} --format {fmt.value} -o bill.{fmt.value}",
        )
    loaded_spec, loaded = _load(spec, corpus)
    bill = build_bill(loaded, loaded_spec)
    from drafter.amend.impact import amended_laws, impact_warnings
    from drafter.corpus.references import cached_citation_index

    settings = settings_from(corpus)  # citations elsewhere in the corpus, from the index cached in the data dir
    bill.warnings.extend(impact_warnings(loaded, loaded_spec, bill.warnings, index=lambda: cached_citation_index(
        settings.corpus_dir, settings.data_dir, laws=amended_laws(loaded_spec))))
    for warning in bill.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for note in bill.notes:  # quotes widened to their particle, particles an edit leaves unfitting
        typer.echo(f"note: {note}", err=True)
    if fmt is RenderFormat.docx:
        write_docx(bill, output, author=settings.drafter_name, overwrite=force)  # type: ignore[arg-type]
    elif fmt is RenderFormat.hwpx:
        write_hwpx(bill, output, author=settings.drafter_name, overwrite=force)  # type: ignore[arg-type]
    else:
        text = bill.bill_markdown if fmt is RenderFormat.md else json.dumps(
            bill.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
        if output is None:
            typer.echo(text, nl=False)
            return
        write_text_atomic(output, text, overwrite=force)
    typer.echo(f"wrote {output}", err=True)


@app.command("apply")
def apply_cmd(
    spec: Path = typer.Argument(..., help="amendment spec (YAML or JSON)", show_default=False),
    output: Path | None = typer.Option(None, "-o", "--output", help="write here instead of stdout"),
    changed_only: bool = typer.Option(False, "--changed-only", help="print only the touched articles"),
    law: str | None = typer.Option(None, "--law", help="with other_laws: print only this law (default: each, with a header)"),
    corpus: Path | None = CorpusOption,
    force: bool = ForceOption,
) -> None:
    """Print the statute as it would stand after the amendment (touched articles marked ▶, <개정>, <신설>).

    Example: drafter apply examples/budget-transfer.yaml --changed-only
    """
    from drafter.amend.bill import apply_prepared, prepare_spec
    from drafter.amend.files import write_text_atomic
    from drafter.amend.references import reference_warnings

    loaded_spec, loaded = _load(spec, corpus)
    statute = loaded.statute(loaded_spec.law)
    prepared = prepare_spec(statute, loaded_spec)  # the same edits and widening as render
    amended = apply_prepared(statute, prepared)
    for warning in reference_warnings(amended):
        typer.echo(f"warning: {warning}", err=True)
    for note in prepared.notes:
        typer.echo(f"note: {note}", err=True)
    text = amended.render(only_changed=changed_only)
    if loaded_spec.other_laws or law is not None:
        from drafter.amend.multilaw import render_laws

        text = render_laws(loaded, loaded_spec, amended, text, changed_only=changed_only, law=law)
    if output is None:
        typer.echo(text, nl=False)
        return
    write_text_atomic(output, text, overwrite=force)
    typer.echo(f"wrote {output}", err=True)
