"""The amendment engine (:mod:`drafter.amend`) behind a small Protocol."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from drafter.assist.models import ExportFormat
from drafter.errors import DrafterError

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus


class BillEngine(Protocol):
    def build(self, corpus: Corpus, spec: dict[str, Any]) -> Any:
        """A bill (``.title``, ``.amendment_sentences``, ``.comparison``, ``.bill_markdown``)."""
        ...

    def export(self, bill: Any, fmt: ExportFormat, path: Path) -> Path: ...


class AmendEngine:
    """``drafter.amend``: validates the spec and builds the bill."""

    def _amend(self) -> Any:
        from drafter import amend  # on first use, in a worker: the exporters are heavy

        return amend

    def build(self, corpus: Corpus, spec: dict[str, Any]) -> Any:
        amend = self._amend()
        from pydantic import ValidationError

        try:
            parsed = amend.AmendmentSpec.model_validate(spec)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise DrafterError(f"invalid change ({where}): {err['msg']}") from None
        return amend.build_bill(corpus, parsed)

    def export(self, bill: Any, fmt: ExportFormat, path: Path) -> Path:
        amend = self._amend()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "md":
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_text(bill.bill_markdown, encoding="utf-8")
            tmp.replace(path)
        elif fmt == "docx":
            amend.write_docx(bill, path)
        else:
            amend.write_hwpx(bill, path)
        return path


def comparison_rows(bill: Any) -> list[tuple[str, str]]:
    """``(현행, 개정안)`` text pairs of a bill's comparison table, whatever its row type."""
    rows = getattr(bill, "comparison", None) or []
    out: list[tuple[str, str]] = []
    for row in rows:
        data = row if isinstance(row, dict) else (row.model_dump() if hasattr(row, "model_dump") else vars(row))
        old = next((data[k] for k in ("old", "old_text", "current", "현행") if k in data), "")
        new = next((data[k] for k in ("new", "new_text", "proposed", "개정안") if k in data), "")
        out.append((str(old or ""), str(new or "")))
    return out
