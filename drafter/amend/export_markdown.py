"""The bill as Markdown (and the comparison table alone).

Changed words are marked ``<u>…</u>`` (HTML underline, which Markdown
renderers show as an underline and which stays readable as plain text);
table cells put one provision line per ``<br>``; straight quotes are used
throughout, as the reference allows for plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.amend.comparison import NEW_HEADER, OLD_HEADER, CellLine, ComparisonRow

if TYPE_CHECKING:
    from drafter.amend.bill import Bill

UNDERLINE_OPEN = "<u>"
UNDERLINE_CLOSE = "</u>"


def _cell_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def line_markdown(line: CellLine) -> str:
    out: list[str] = []
    for seg in line.segments:
        text = _cell_escape(seg.text)
        if seg.changed and seg.text.strip():
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            out.append(f"{lead}{UNDERLINE_OPEN}{text.strip()}{UNDERLINE_CLOSE}{trail}")
        else:
            out.append(text)
    return "".join(out)


def comparison_to_markdown(rows: list[ComparisonRow]) -> str:
    """A two-column Markdown table, one row per article."""
    lines = [f"| {OLD_HEADER} | {NEW_HEADER} |", "| --- | --- |"]
    for row in rows:
        old = "<br>".join(line_markdown(ln) for ln in row.old_lines)
        new = "<br>".join(line_markdown(ln) for ln in row.new_lines)
        lines.append(f"| {old} | {new} |")
    return "\n".join(lines)


def bill_to_markdown(bill: Bill) -> str:
    parts: list[str] = [f"# {bill.title}", "", "## 제안이유 및 주요내용", ""]
    parts += ["\n\n".join(line.strip() for line in bill.reasons.strip().split("\n") if line.strip())]
    if not bill.reasons_given and bill.articles_phrase:
        parts += ["", f"({bill.articles_phrase})"]
    parts += ["", "## 개정문", "", bill.opening, ""]
    for sentence in bill.amendment_sentences:
        for line in sentence.split("\n"):
            parts += [line, ""]
    parts += ["## 부칙", "", bill.supplementary.strip(), ""]
    parts += ["## 신ㆍ구조문대비표", "", comparison_to_markdown(bill.comparison), ""]
    return "\n".join(parts)
