"""``drafter read``: 개정문 text → the amendment spec (YAML, or JSON with ``--json``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from drafter.cli.app import CorpusOption, app, settings_from
from drafter.errors import DrafterError


class ReadInputError(DrafterError):
    """The 개정문 file cannot be read."""


@app.command("read")
def read_cmd(
    source: str = typer.Argument(..., help="file with the 개정문 sentences, or - for stdin", show_default=False),
    law: str = typer.Option(..., "--law", help="corpus document id of the law amended, e.g. police-act",
                            show_default=False),
    as_json: bool = typer.Option(False, "--json", help="print the spec as JSON instead of YAML"),
    corpus: Path | None = CorpusOption,
) -> None:
    """Read 개정문 sentences into an amendment spec that `drafter render` turns back into them.

    Give the sentences after '<법률명> 일부를 다음과 같이 개정한다.' (the header line may be included), one per line, each followed by the new text of its '다음과 같이 한다/신설한다' clauses; straight or curly quotes. A sentence that cannot be read is an error naming it and the place where reading stopped.

    Examples:

      drafter read amendment.txt --law police-act > spec.yaml

      echo '제24조제1항 중 "예산"을 각각 "예산ㆍ인력"으로 한다.' | drafter read - --law police-act --json
    """
    from drafter.amend.errors import AmendmentError
    from drafter.amend.reader import ReadError, read_amendment
    from drafter.corpus.corpus import Corpus
    from drafter.errors import UnknownDocumentError

    path: Path | None = None
    if source == "-":
        text = sys.stdin.read()
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ReadInputError("file not found", path=path, hint="give the path of a text file, or - for stdin") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ReadInputError(f"cannot read: {exc}", path=path, hint="the file must be UTF-8 text") from None
    root = settings_from(corpus).corpus_dir
    try:
        statute = Corpus.load(root, only={law}).statute(law)
    except UnknownDocumentError:
        raise AmendmentError(f"unknown law {law!r}", reason="unknown-law", path=root,
                             hint=f"--law is a document id (file stem) of the corpus at {root}, e.g. police-act") from None
    try:
        spec = read_amendment(text, law, statute)
    except ReadError as exc:
        if path is not None:
            raise exc.locate(path=str(path)) from None
        raise
    if as_json:
        typer.echo(json.dumps(spec.yaml_form(), ensure_ascii=False, indent=2))
    else:
        typer.echo(spec.to_yaml(), nl=False)
