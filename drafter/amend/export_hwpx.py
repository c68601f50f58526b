"""The bill as a Hancom HWPX document (python-hwpx), ready to hand in.

Same sections as Markdown and DOCX (:data:`drafter.amend.export_markdown.SECTIONS`):
title, 제안이유 및 주요내용, 개정문 with “ ” quotes, 부칙, and the
신ㆍ구조문대비표 as a real two-column table whose changed words are runs
with an underlined character shape. A4 (the template's 59528 × 84186
HWPUNIT page), every run in 함초롬바탕 (Hangul Office's serif face; the
template declares 함초롬돋움 beside it), black text. The package metadata
names the bill (title, subject) and the drafter (empty when not given):
the template's own author and dates are cleared. The file re-opens with
``hwpx.HwpxDocument.open``.
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.amend.comparison import NEW_HEADER, OLD_HEADER, CellLine
from drafter.amend.export_markdown import SECTION_COMPARISON, SECTION_SUPPLEMENTARY, SECTIONS, section_paragraphs
from drafter.amend.files import write_atomic

if TYPE_CHECKING:
    from drafter.amend.bill import Bill

FONT = "함초롬바탕"
SUPPLEMENTARY_HEADING = "부      칙"


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


def build_hwpx(bill: Bill, *, author: str = ""):  # noqa: ANN201 - an hwpx.HwpxDocument
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        document = HwpxDocument.new()
        title_id = document.ensure_run_style(bold=True, font=FONT, size=16, color="#000000")
        bold_id = document.ensure_run_style(bold=True, font=FONT, color="#000000")
        underline_id = document.ensure_run_style(underline=True, font=FONT, color="#000000")
        plain_id = document.ensure_run_style(font=FONT, color="#000000")
        document.parts.clear_document_metadata(keep=("language",), timestamp=_stamp())
        document.parts.set_document_metadata(title=bill.title, creator=author, subject=bill.law_title,
                                             keyword="일부개정법률안", created_date=_stamp(), modified_date=_stamp())
    title = document.add_paragraph("", char_pr_id_ref=title_id)
    title.text = ""
    title.add_run(bill.title, char_pr_id_ref=title_id)
    for section in SECTIONS:
        document.add_paragraph("", char_pr_id_ref=plain_id)
        shown = SUPPLEMENTARY_HEADING if section == SECTION_SUPPLEMENTARY else section
        document.add_paragraph(shown, char_pr_id_ref=bold_id)
        if section == SECTION_COMPARISON:
            others = getattr(bill, "other_laws", None) or []  # a table per law (drafter.amend.multilaw)
            if others:
                document.add_paragraph(bill.law_title, char_pr_id_ref=bold_id)
            _comparison(document, bill, bold_id, underline_id, plain_id)
            for other in others:
                document.add_paragraph(other.title, char_pr_id_ref=bold_id)
                _comparison(document, bill, bold_id, underline_id, plain_id, other.comparison)
            continue
        for para in section_paragraphs(bill, section, typeset=True):
            document.add_paragraph(para, char_pr_id_ref=plain_id)
    return document


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _comparison(document, bill: Bill, bold_id: str, underline_id: str, plain_id: str,  # noqa: ANN001
                rows: list | None = None) -> None:
    rows = bill.comparison if rows is None else rows
    table = document.add_table(1 + len(rows), 2)
    for c, header in enumerate((OLD_HEADER, NEW_HEADER)):
        cell = table.cell(0, c)
        cell.paragraphs[0].text = ""
        cell.paragraphs[0].add_run(header, char_pr_id_ref=bold_id)
    for r, row in enumerate(rows, start=1):
        _fill_cell(table.cell(r, 0), row.old_lines, underline_id, plain_id)
        _fill_cell(table.cell(r, 1), row.new_lines, underline_id, plain_id)


def write_hwpx(bill: Bill, path: str | Path, *, author: str = "", overwrite: bool = True) -> Path:
    """Write the bill to ``path`` (.hwpx), atomically (``overwrite=False``: refuse an existing file)."""
    document = build_hwpx(bill, author=author)

    def save(tmp: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document.save_to_path(str(tmp))

    return write_atomic(path, save, overwrite=overwrite)
