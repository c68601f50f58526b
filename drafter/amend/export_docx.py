"""The bill as a Word document (python-docx), ready to hand in.

* A4 paper (210 × 297 mm) with 25/20 mm margins.
* Korean fonts: every style (Normal, headings, the table) names 바탕 for the
  East Asian and Latin scripts (``w:rFonts w:eastAsia``) — the face Korean
  bill drafts are set in on Word; the font table gives its alternative names
  (Batang, 함초롬바탕) so that a machine without it substitutes a serif
  Hangul face rather than a Latin default.
* Headings are the document's own black, bold styles (Word's template
  headings are blue and use theme fonts: both are overridden).
* Metadata names the bill: title, subject (the law), author (the drafter's
  name when given, else empty) — never the library's defaults.

The sections are those of :data:`drafter.amend.export_markdown.SECTIONS`,
headed as in Markdown and HWPX. Quotes are typeset “ ”; the comparison
table is a real two-column table (``현      행`` / ``개   정   안``) whose
changed words are underlined runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.amend.comparison import NEW_HEADER, OLD_HEADER, CellLine
from drafter.amend.export_markdown import SECTION_COMPARISON, SECTION_SUPPLEMENTARY, SECTIONS, section_paragraphs
from drafter.amend.files import write_atomic

if TYPE_CHECKING:
    from drafter.amend.bill import Bill

FONT = "바탕"
FONT_ALTERNATIVES = "Batang,함초롬바탕,HCR Batang"
"""``w:altName`` of 바탕 in the font table: what Word looks for when 바탕 is missing."""
BODY_PT = 11
HEADING_PT = 13
TITLE_PT = 16
SUPPLEMENTARY_HEADING = "부      칙"


def _set_run_fonts(element, face: str = FONT) -> None:  # noqa: ANN001 - an lxml element with rPr
    """Name ``face`` for every script of a style or run, dropping theme fonts (which win over names)."""
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), face)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ko-KR")


def _font_table_fallbacks(document) -> None:  # noqa: ANN001
    """Declare 바탕 in the font table with its alternative names and the Hangul charset."""
    from docx.oxml.ns import qn

    try:
        part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable"))
    except StopIteration:
        return
    from lxml import etree

    root = etree.fromstring(part.blob)
    for font in root.findall(qn("w:font")):
        if font.get(qn("w:name")) == FONT:
            root.remove(font)
    font = etree.SubElement(root, qn("w:font"), {qn("w:name"): FONT})
    etree.SubElement(font, qn("w:altName"), {qn("w:val"): FONT_ALTERNATIVES})
    etree.SubElement(font, qn("w:panose1"), {qn("w:val"): "02030600000101010101"})
    etree.SubElement(font, qn("w:charset"), {qn("w:val"): "81"})  # HANGUL_CHARSET
    etree.SubElement(font, qn("w:family"), {qn("w:val"): "roman"})
    etree.SubElement(font, qn("w:pitch"), {qn("w:val"): "variable"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles(document) -> None:  # noqa: ANN001
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    black = RGBColor(0, 0, 0)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = black
    _set_run_fonts(normal.element)
    for name in ("Title", "Heading 1", "Heading 2", "Table Grid"):
        if name not in [s.name for s in document.styles]:
            document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    for name, size in (("Title", TITLE_PT), ("Heading 1", HEADING_PT), ("Heading 2", HEADING_PT)):
        style = document.styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = black
        _set_run_fonts(style.element)
        # the template's Title has a blue bottom border and expanded spacing: plain centred text instead
        from docx.oxml.ns import qn

        ppr = style.element.pPr
        if ppr is not None:
            for tag in ("w:pBdr", "w:contextualSpacing"):
                el = ppr.find(qn(tag))
                if el is not None:
                    ppr.remove(el)
        rpr = style.element.rPr
        if rpr is not None:
            for tag in ("w:spacing", "w:kern"):
                el = rpr.find(qn(tag))
                if el is not None:
                    rpr.remove(el)
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
    _set_run_fonts(document.styles["Table Grid"].element)


def _page(document) -> None:  # noqa: ANN001
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(25)
        section.left_margin = section.right_margin = Mm(20)


def _metadata(document, bill: Bill, author: str) -> None:  # noqa: ANN001
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    props.title = bill.title
    props.subject = bill.law_title
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.keywords = "일부개정법률안"
    props.category = "법률안"
    props.created = now
    props.modified = now
    props.revision = 1


def _fill_cell(cell, lines: list[CellLine]) -> None:  # noqa: ANN001
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        for seg in line.segments:
            run = para.add_run(seg.text)
            if seg.changed and seg.text.strip():
                run.underline = True


def build_docx(bill: Bill, *, author: str = ""):  # noqa: ANN201 - a docx.Document
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    _page(document)
    _styles(document)
    _font_table_fallbacks(document)
    _metadata(document, bill, author)
    title = document.add_paragraph(bill.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for section in SECTIONS:
        shown = SUPPLEMENTARY_HEADING if section == SECTION_SUPPLEMENTARY else section
        heading = document.add_paragraph(shown, style="Heading 2")
        if section == SECTION_SUPPLEMENTARY:
            heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if section == SECTION_COMPARISON:
            others = getattr(bill, "other_laws", None) or []  # a table per law (drafter.amend.multilaw)
            if others:
                document.add_paragraph(bill.law_title, style="Heading 3")
            _comparison(document, bill)
            for other in others:
                document.add_paragraph(other.title, style="Heading 3")
                _comparison(document, bill, other.comparison)
            continue
        for para in section_paragraphs(bill, section, typeset=True):
            document.add_paragraph(para)
    return document


def _comparison(document, bill: Bill, rows: list | None = None) -> None:  # noqa: ANN001
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    rows = bill.comparison if rows is None else rows
    table = document.add_table(rows=1 + len(rows), cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (OLD_HEADER, NEW_HEADER)):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].add_run(text).bold = True
    for row, data in zip(table.rows[1:], rows):
        _fill_cell(row.cells[0], data.old_lines)
        _fill_cell(row.cells[1], data.new_lines)


def write_docx(bill: Bill, path: str | Path, *, author: str = "", overwrite: bool = True) -> Path:
    """Write the bill to ``path`` (.docx), atomically (``overwrite=False``: refuse an existing file)."""
    document = build_docx(bill, author=author)
    return write_atomic(path, lambda tmp: document.save(str(tmp)), overwrite=overwrite)
