"""Reading evaluation sets: JSONL, one object a line, each validated into a model.

Every problem names the file and the line: unreadable file, invalid JSON, a
row that does not fit the model, an id used twice, a file with no rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from drafter.errors import DrafterError

Row = TypeVar("Row", bound=BaseModel)


class EvalSetError(DrafterError):
    """An evaluation file cannot be read; names the file and line."""


def read_rows(path: Path, model: type[Row], *, hint: str) -> list[tuple[int, Row]]:
    """``(line number, row)`` for each non-blank line; rows must have unique ``id``s.

    ``hint`` shows the expected shape of a row in errors.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvalSetError("evaluation file not found", path=path, hint=f"pass a .jsonl file of rows like {hint}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalSetError(f"cannot read the evaluation file: {exc}", path=path) from None
    rows: list[tuple[int, Row]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = model.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EvalSetError(f"not valid JSON: {exc.msg} (column {exc.colno})", path=path, line=lineno,
                               hint="one JSON object per line") from None
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise EvalSetError(f"bad row: {problems}", path=path, line=lineno, hint=f"expected {hint}") from None
        row_id = getattr(row, "id", None)
        if row_id is not None:
            if row_id in seen:
                raise EvalSetError(f"id {row_id!r} is used twice", path=path, line=lineno)
            seen.add(row_id)
        rows.append((lineno, row))
    if not rows:
        raise EvalSetError("evaluation file has no rows", path=path, hint=f"expected rows like {hint}")
    return rows
