"""Reports of the citation and summary evaluations: JSON, Markdown and a
terminal table, and threshold gates that set the exit code.

A gate is ``(metric, minimum)``: ``--min-accuracy 0.9`` becomes
``Gate("accuracy", 0.9)``. :func:`failed_gates` lists the gates a report
misses; the CLI exits 1 when there is any (2 stays for usage errors).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel

ReportFormat = Literal["table", "json", "markdown"]


class Gate(BaseModel):
    metric: str
    minimum: float


class GateResult(BaseModel):
    metric: str
    minimum: float
    value: float | None
    passed: bool


def check_gates(metrics: dict[str, float | None], gates: Sequence[Gate]) -> list[GateResult]:
    """A metric that could not be measured (None) fails its gate."""
    out: list[GateResult] = []
    for gate in gates:
        value = metrics.get(gate.metric)
        out.append(GateResult(metric=gate.metric, minimum=gate.minimum, value=value,
                              passed=value is not None and value + 1e-12 >= gate.minimum))
    return out


def failed_gates(results: Sequence[GateResult]) -> list[GateResult]:
    return [r for r in results if not r.passed]


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def to_json(report: BaseModel, gates: Sequence[GateResult] = ()) -> str:
    data = report.model_dump(mode="json")
    if gates:
        data["gates"] = [g.model_dump() for g in gates]
    return json.dumps(data, ensure_ascii=False, indent=2)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(v: Any) -> str:
        return _fmt(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def to_markdown(
    title: str,
    metrics: dict[str, Any],
    tables: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]] = (),
    gates: Sequence[GateResult] = (),
) -> str:
    parts = [f"# {title}", "", markdown_table(["metric", "value"], [(k, v) for k, v in metrics.items()])]
    if gates:
        parts += ["", "## Gates", "", markdown_table(
            ["metric", "minimum", "value", "result"],
            [(g.metric, g.minimum, g.value, "pass" if g.passed else "FAIL") for g in gates],
        )]
    for heading, headers, rows in tables:
        parts += ["", f"## {heading}", "", markdown_table(headers, rows)]
    return "\n".join(parts) + "\n"


def print_tables(
    title: str,
    metrics: dict[str, Any],
    tables: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]] = (),
    gates: Sequence[GateResult] = (),
) -> None:
    """Rich tables on stdout."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    summary = Table(title=title)
    summary.add_column("metric")
    summary.add_column("value", justify="right")
    for k, v in metrics.items():
        summary.add_row(k, _fmt(v))
    console.print(summary)
    if gates:
        gate_table = Table(title="gates")
        for col in ("metric", "minimum", "value", "result"):
            gate_table.add_column(col)
        for g in gates:
            gate_table.add_row(g.metric, _fmt(g.minimum), _fmt(g.value),
                               "[green]pass[/green]" if g.passed else "[red]FAIL[/red]")
        console.print(gate_table)
    for heading, headers, rows in tables:
        table = Table(title=heading)
        for h in headers:
            table.add_column(h, overflow="fold")
        for row in rows:
            table.add_row(*(_fmt(v) for v in row))
        console.print(table)
