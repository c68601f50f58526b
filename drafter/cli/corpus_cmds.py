"""``drafter corpus …`` and ``drafter show``: the corpus, its manifest, and addresses."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, ForceOption, app, settings_from

corpus_app = typer.Typer(help="Inspect and check the corpus directory.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("check")
def corpus_check(
    directory: Path | None = typer.Argument(None, help="corpus directory (default: configured corpus_dir)"),
    manifest: Path | None = typer.Option(None, "--manifest", help="manifest file (default: corpus/manifest.toml)"),
    parse: bool = typer.Option(True, "--parse/--no-parse", help="also parse every document"),
    as_json: bool = typer.Option(False, "--json", help="print the problems as JSON"),
) -> None:
    """Report missing, changed or unknown files against the manifest.

    Exit 0 when the directory matches, 1 when it does not.

    Example: drafter corpus check ../shared/corpus
    """
    from drafter.corpus.corpus import Corpus
    from drafter.corpus.manifest import check_manifest, load_manifest

    settings = settings_from(directory)
    root = settings.corpus_dir
    problems = check_manifest(root, load_manifest(manifest or settings.manifest))
    warnings: list[str] = []
    if parse:
        corpus = Corpus.load(root)
        for doc in corpus.statutes():
            warnings.extend(doc.warnings)
    if as_json:
        typer.echo(json.dumps({
            "corpus": str(root),
            "ok": not problems,
            "problems": [p.model_dump() for p in problems],
            "warnings": warnings,
        }, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            typer.echo(f"{p.status:8} {p.path}  {p.detail}")
        if warnings:
            typer.echo(f"{len(warnings)} parser warning(s) (repeated article numbers kept as 제N조#2):")
            for w in warnings[:10]:
                typer.echo(f"  {w}")
            if len(warnings) > 10:
                typer.echo(f"  … and {len(warnings) - 10} more (--json lists all)")
        typer.echo("corpus matches the manifest" if not problems else f"{len(problems)} problem(s) in {root}")
    if problems:
        raise typer.Exit(1)


@corpus_app.command("manifest")
def corpus_manifest(
    directory: Path | None = typer.Argument(None, help="corpus directory"),
    output: Path | None = typer.Option(None, "-o", "--output", help="write here instead of stdout"),
    force: bool = ForceOption,
) -> None:
    """Build the manifest (id, title, kind, source URL, sha256) of a corpus directory."""
    from drafter.amend.files import write_text_atomic
    from drafter.corpus.manifest import build_manifest, dump_manifest

    settings = settings_from(directory)
    text = dump_manifest(build_manifest(settings.corpus_dir))
    if output is None:
        typer.echo(text)
    else:
        write_text_atomic(output, text, overwrite=force)
        typer.echo(f"wrote {output}")


@corpus_app.command("list")
def corpus_list(corpus: Path | None = CorpusOption) -> None:
    """List the documents: id, kind, articles, title."""
    from drafter.corpus.corpus import Corpus
    from drafter.corpus.models import Statute

    loaded = Corpus.load(settings_from(corpus).corpus_dir)
    for doc_id, doc in sorted(loaded.documents.items()):
        size = f"{len(doc.articles)} 조" if isinstance(doc, Statute) else f"{len(doc.paragraphs)} ¶"
        typer.echo(f"{doc_id:36} {doc.kind:8} {size:>8}  {doc.title}")


@app.command("show")
def show(
    doc: str = typer.Argument(..., help="document id, e.g. police-act"),
    address: str = typer.Argument("", help="e.g. 제35조제1항, 제4조제1항제2호가목, 부칙<제17689호>제3조, p1s2"),
    corpus: Path | None = CorpusOption,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Print the exact text of a provision and where it stands in the source file.

    Example: drafter show police-act 제35조제1항
    """
    from drafter.corpus.corpus import Corpus

    loaded = Corpus.load(settings_from(corpus).corpus_dir)
    res = loaded.resolve(doc, address)
    if as_json:
        typer.echo(json.dumps({
            "doc": res.doc, "address": res.address, "article": res.article, "heading": res.heading,
            "text": res.text, "span": {"start": res.span.start, "end": res.span.end,
                                       "line": res.span.line, "end_line": res.span.end_line},
            "path": str(res.path),
        }, ensure_ascii=False, indent=2))
        return
    where = f"{res.path}:{res.span.line}"
    typer.echo(f"[{res.doc} {res.address}]  {where}  chars {res.span.start}–{res.span.end}")
    typer.echo(res.text)
