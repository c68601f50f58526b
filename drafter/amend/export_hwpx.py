"""The bill as a Hancom HWPX document (python-hwpx).

Same layout as the DOCX: title, 제안이유 및 주요내용, 개정문 with “ ” quotes,
부칙, and the 신ㆍ구조문대비표 as a real two-column table whose changed words
are runs with an underlined character shape. The file re-opens with
``hwpx.HwpxDocument.open``.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.amend.comparison import NEW_HEADER, OLD_HEADER, CellLine
from drafter.amend.files import write_atomic

if TYPE_CHECKING:
    from drafter.amend.bill import Bill


def _fill_cell(cell, lines: list[CellLine], underline_id: str, plain_id: str) -> None:  # noqa: ANN001
    paragraphs = cell.paragraphs
    para = paragraphs[0]
    para.text = ""
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph("", char_pr_id_ref=plain_id)
        for seg in line.segments:
            underline = seg.changed and bool(seg.text.strip())
            para.add_run(seg.text.replace("\n", " "), char_pr_id_ref=underline_id if underline else plain_id)


def build_hwpx(bill: Bill):  # noqa: ANN201 - an hwpx.HwpxDocument
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        document = HwpxDocument.new()
        bold_id = document.ensure_run_style(bold=True)
        underline_id = document.ensure_run_style(underline=True)
        plain_id = document.ensure_run_style()
    title = document.add_paragraph("", char_pr_id_ref=bold_id)
    title.text = ""
    title.add_run(bill.title, char_pr_id_ref=bold_id)
    document.add_paragraph("")
    document.add_paragraph("제안이유 및 주요내용", char_pr_id_ref=bold_id)
    for para in bill.reasons.strip().split("\n"):
        if para.strip():
            document.add_paragraph(para.strip(), char_pr_id_ref=plain_id)
    if not bill.reasons_given and bill.articles_phrase:
        document.add_paragraph(f"({bill.articles_phrase})", char_pr_id_ref=plain_id)
    document.add_paragraph("", char_pr_id_ref=plain_id)
    document.add_paragraph(bill.opening, char_pr_id_ref=plain_id)
    for sentence in bill.amendment_sentences_typeset:
        for line in sentence.split("\n"):
            document.add_paragraph(line, char_pr_id_ref=plain_id)
    document.add_paragraph("", char_pr_id_ref=plain_id)
    document.add_paragraph("부      칙", char_pr_id_ref=bold_id)
    document.add_paragraph(bill.supplementary, char_pr_id_ref=plain_id)
    document.add_paragraph("", char_pr_id_ref=plain_id)
    document.add_paragraph("신ㆍ구조문대비표", char_pr_id_ref=bold_id)
    table = document.add_table(1 + len(bill.comparison), 2)
    table.set_cell_text(0, 0, OLD_HEADER)
    table.set_cell_text(0, 1, NEW_HEADER)
    for r, row in enumerate(bill.comparison, start=1):
        _fill_cell(table.cell(r, 0), row.old_lines, underline_id, plain_id)
        _fill_cell(table.cell(r, 1), row.new_lines, underline_id, plain_id)
    return document


def write_hwpx(bill: Bill, path: str | Path) -> Path:
    """Write the bill to ``path`` (.hwpx), atomically."""
    document = build_hwpx(bill)

    def save(tmp: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document.save_to_path(str(tmp))

    return write_atomic(path, save)
