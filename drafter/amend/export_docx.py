"""The bill as a Word document (python-docx).

Quotes are typeset “ ”; the comparison table is a real two-column table
(``현      행`` / ``개   정   안``) whose changed words are underlined runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from drafter.amend.comparison import NEW_HEADER, OLD_HEADER, CellLine
from drafter.amend.files import write_atomic

if TYPE_CHECKING:
    from drafter.amend.bill import Bill

FONT = "바탕"


def _set_font(document) -> None:  # noqa: ANN001 - python-docx objects
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), FONT)


def _fill_cell(cell, lines: list[CellLine]) -> None:  # noqa: ANN001
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        for seg in line.segments:
            run = para.add_run(seg.text)
            if seg.changed and seg.text.strip():
                run.underline = True


def build_docx(bill: Bill):  # noqa: ANN201 - a docx.Document
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    _set_font(document)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(bill.title)
    run.bold = True
    document.add_heading("제안이유 및 주요내용", level=2)
    for para in bill.reasons.strip().split("\n"):
        if para.strip():
            document.add_paragraph(para.strip())
    if not bill.reasons_given and bill.articles_phrase:
        document.add_paragraph(f"({bill.articles_phrase})")
    document.add_heading("개정문", level=2)
    document.add_paragraph(bill.opening)
    for sentence in bill.amendment_sentences_typeset:
        for line in sentence.split("\n"):
            document.add_paragraph(line)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run("부      칙").bold = True
    document.add_paragraph(bill.supplementary)
    document.add_heading("신ㆍ구조문대비표", level=2)
    table = document.add_table(rows=1 + len(bill.comparison), cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (OLD_HEADER, NEW_HEADER)):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].add_run(text).bold = True
    for row, data in zip(table.rows[1:], bill.comparison):
        _fill_cell(row.cells[0], data.old_lines)
        _fill_cell(row.cells[1], data.new_lines)
    return document


def write_docx(bill: Bill, path: str | Path) -> Path:
    """Write the bill to ``path`` (.docx), atomically."""
    document = build_docx(bill)
    return write_atomic(path, lambda tmp: document.save(str(tmp)))
