"""The bill as Markdown (and the comparison table alone).

Changed words are marked ``<u>…</u>`` (HTML underline, which Markdown
renderers show as an underline and which stays readable as plain text);
table cells put one provision line per ``<br>``; straight quotes are used
throughout, as the reference allows for plain text.
"""

from __future__ import annotations

from typing import Protocol

from drafter.amend.comparison import NEW_HEADER, OLD_HEADER, CellLine, ComparisonRow


class Bill(Protocol):
    """What the exporters read of a bill (:class:`drafter.amend.bill.Bill` fits; this
    module does not import it: ``bill`` uses the exporters, never the reverse)."""

    title: str
    reasons: str
    opening: str
    amendment_sentences: list[str]
    amendment_sentences_typeset: list[str]
    supplementary: str
    comparison: list[ComparisonRow]

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


SECTION_REASONS = "제안이유 및 주요내용"
SECTION_AMENDMENT = "개정문"
SECTION_SUPPLEMENTARY = "부칙"
SECTION_COMPARISON = "신ㆍ구조문대비표"
SECTIONS = (SECTION_REASONS, SECTION_AMENDMENT, SECTION_SUPPLEMENTARY, SECTION_COMPARISON)
"""The headed parts of a bill, in order; Markdown, DOCX and HWPX all write exactly these."""


def section_paragraphs(bill: Bill, section: str, *, typeset: bool = False) -> list[str]:
    """The paragraphs of one text section (the comparison table is written by each exporter)."""
    if section == SECTION_REASONS:
        return [line.strip() for line in bill.reasons.strip().split("\n") if line.strip()]
    if section == SECTION_AMENDMENT:
        sentences = bill.amendment_sentences_typeset if typeset else bill.amendment_sentences
        return [bill.opening] + [line for s in sentences for line in s.split("\n")]
    if section == SECTION_SUPPLEMENTARY:
        return [line.strip() for line in bill.supplementary.strip().split("\n") if line.strip()]
    raise ValueError(f"{section} is not a text section")


def bill_to_markdown(bill: Bill) -> str:
    parts: list[str] = [f"# {bill.title}", ""]
    for section in SECTIONS:
        parts += [f"## {section}", ""]
        if section == SECTION_COMPARISON:
            others = getattr(bill, "other_laws", None) or []  # one table per law (drafter.amend.multilaw)
            if others:
                parts += [f"### {bill.law_title}", ""]
            parts += [comparison_to_markdown(bill.comparison), ""]
            for other in others:
                parts += [f"### {other.title}", "", comparison_to_markdown(other.comparison), ""]
            continue
        for para in section_paragraphs(bill, section):
            parts += [para, ""]
    return "\n".join(parts)
