"""Exports: Markdown, JSON, DOCX and HWPX, each re-opened and checked."""

from __future__ import annotations

import json
import warnings

import pytest

from drafter.amend import build_bill, load_spec, write_docx, write_hwpx
from drafter.amend.files import OutputError, write_atomic
from drafter.corpus.corpus import Corpus

TITLE = "국가경찰과 자치경찰의 조직 및 운영에 관한 법률 일부개정법률안"
SENTENCE = "제35조제1항 중 “시ㆍ도지사가”를 “시ㆍ도자치경찰위원회가”로 한다."


@pytest.fixture(scope="module")
def bill(reference_corpus):
    corpus = Corpus.load(reference_corpus, only={"police-act"})
    spec = load_spec(
        "law: police-act\nchanges:\n"
        '  - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}\n'
        '  - insert: {at: 제35조의2, heading: 재정 이관, text: "국가는 예산을 이관한다."}\n'
        "reasons: 자치경찰 예산을 시ㆍ도자치경찰위원회가 수립하도록 하려는 것임.\n"
    )
    return build_bill(corpus, spec)


def test_bill_parts_in_order(bill) -> None:
    md = bill.bill_markdown
    order = [TITLE, "제안이유 및 주요내용", "자치경찰 예산을 시ㆍ도자치경찰위원회가 수립하도록",
             "국가경찰과 자치경찰의 조직 및 운영에 관한 법률 일부를 다음과 같이 개정한다.",
             '제35조제1항 중 "시ㆍ도지사가"를 "시ㆍ도자치경찰위원회가"로 한다.', "제35조의2를 다음과 같이 신설한다.",
             "부칙", "이 법은 공포 후 6개월이 경과한 날부터 시행한다.", "신ㆍ구조문대비표", "| 현      행 | 개   정   안 |"]
    positions = [md.index(part) for part in order]
    assert positions == sorted(positions)
    assert bill.title == TITLE


def test_json_dict_has_the_promised_keys(bill) -> None:
    data = json.loads(json.dumps(bill.to_json_dict(), ensure_ascii=False))
    assert data["title"] == TITLE
    assert data["amendment_sentences"][1] == "제35조의2를 다음과 같이 신설한다.\n제35조의2(재정 이관) 국가는 예산을 이관한다."
    assert {"article", "old", "new", "changes"} <= set(data["comparison"][0])
    assert data["bill_markdown"] == bill.bill_markdown


def test_docx_reopens_with_title_sentence_table_and_underlines(bill, tmp_path) -> None:
    from docx import Document

    path = write_docx(bill, tmp_path / "bill.docx")
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert TITLE in texts and SENTENCE in texts
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["현      행", "개   정   안"]
    old_cell, new_cell = table.rows[1].cells
    assert "시ㆍ도지사가" in old_cell.text and "시ㆍ도자치경찰위원회가" in new_cell.text
    underlined_old = [r.text for p in old_cell.paragraphs for r in p.runs if r.underline]
    underlined_new = [r.text for p in new_cell.paragraphs for r in p.runs if r.underline]
    assert "시ㆍ도지사가" in underlined_old and "시ㆍ도자치경찰위원회가" in underlined_new
    plain_new = [r.text for p in new_cell.paragraphs for r in p.runs if not r.underline]
    assert any(t.strip().startswith("---") for t in plain_new)
    assert table.rows[2].cells[0].text == "<신  설>"


def test_hwpx_reopens_with_title_sentence_table_and_underlines(bill, tmp_path) -> None:
    path = write_hwpx(bill, tmp_path / "bill.hwpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        doc = HwpxDocument.open(str(path))
    assert doc.validate().issues == ()  # well-formed OWPML by python-hwpx's own schema checks
    texts = [p.text for p in doc.paragraphs]
    assert TITLE in texts and SENTENCE in texts
    table = doc.tables[0]
    assert (table.row_count, table.column_count) == (3, 2)
    assert table.cell(0, 0).text == "현      행" and table.cell(0, 1).text == "개   정   안"
    assert "시ㆍ도지사가" in table.cell(1, 0).text
    assert "시ㆍ도자치경찰위원회가" in table.cell(1, 1).text

    def underlined(cell) -> list[str]:
        return [r.text for p in cell.paragraphs for r in p.runs
                if r.style is not None and r.style.underline_type() not in (None, "NONE")]

    assert "시ㆍ도지사가" in underlined(table.cell(1, 0))
    assert "시ㆍ도자치경찰위원회가" in underlined(table.cell(1, 1))
    assert not any("---" in t for t in underlined(table.cell(1, 1)))


def test_atomic_write_leaves_nothing_on_error(tmp_path) -> None:
    target = tmp_path / "out.docx"

    def broken(tmp) -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_atomic(target, broken)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "missing" / "x.md", lambda tmp: tmp.write_text("x"))


def test_structured_reasons_render_lettered_points(reference_corpus) -> None:
    corpus = Corpus.load(reference_corpus, only={"police-act"})
    spec = load_spec(
        "law: police-act\nchanges:\n  - delete: {at: 제35조제3항}\n"
        "reasons:\n  summary: 예산 절차를 정비하려는 것임.\n  points:\n"
        "    - {text: 시ㆍ도의회의 자료 요구 조항을 삭제함, articles: [제35조]}\n"
        "    - {text: 재정 이관의 근거를 둠, articles: [제35조, 제35조의2]}\n"
    )
    bill = build_bill(corpus, spec)
    assert bill.reasons == ("예산 절차를 정비하려는 것임.\n가. 시ㆍ도의회의 자료 요구 조항을 삭제함(안 제35조)\n"
                            "나. 재정 이관의 근거를 둠(안 제35조 및 제35조의2)")
    assert load_spec(spec.to_yaml()) == spec


# -- ready to submit: paper, fonts, headings, metadata, sections, package structure ---------------


def _compact(text: str) -> str:
    return "".join(text.split())


def test_docx_is_a4_korean_black_headed_and_names_the_bill(bill, tmp_path) -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = Document(str(write_docx(bill, tmp_path / "bill.docx", author="홍길동")))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    for name in ("Normal", "Title", "Heading 2"):
        style = doc.styles[name]
        fonts = style.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "바탕" and fonts.get(qn("w:ascii")) == "바탕", name
        assert fonts.get(qn("w:asciiTheme")) is None and fonts.get(qn("w:eastAsiaTheme")) is None, name
    for name in ("Title", "Heading 2"):
        color = doc.styles[name].font.color
        assert str(color.rgb) == "000000" and color.theme_color is None, name
    headings = [p for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert headings and all(not r.font.color.rgb or str(r.font.color.rgb) == "000000" for p in headings for r in p.runs)
    font_table = next(r.target_part.blob for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    assert "Batang" in font_table.decode("utf-8") and "함초롬바탕" in font_table.decode("utf-8")
    props = doc.core_properties
    assert props.title == TITLE
    assert props.subject == "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"
    assert props.author == "홍길동" and props.last_modified_by == "홍길동"
    assert "python-docx" not in " ".join(str(v) for v in (props.author, props.comments, props.last_modified_by))
    assert Document(str(write_docx(bill, tmp_path / "anon.docx"))).core_properties.author == ""


def test_hwpx_package_structure_fonts_and_metadata(bill, tmp_path) -> None:
    import zipfile

    path = write_hwpx(bill, tmp_path / "bill.hwpx")
    with zipfile.ZipFile(path) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        names = set(z.namelist())
        assert {"META-INF/container.xml", "Contents/header.xml", "Contents/content.hpf",
                "Contents/section0.xml"} <= names
        hpf = z.read("Contents/content.hpf").decode("utf-8")
        header = z.read("Contents/header.xml").decode("utf-8")
        section = z.read("Contents/section0.xml").decode("utf-8")
    assert "synthetic-fixture-author" not in hpf and "python" not in hpf.lower()
    assert 'width="59528" height="84186"' in section  # A4 in HWPUNIT (1/7200 inch)
    assert 'face="함초롬바탕"' in header
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        doc = HwpxDocument.open(str(path))
    meta = doc.parts.metadata
    assert meta.title == TITLE and meta.subject == "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"
    assert not meta.creator and not meta.lastsaveby
    assert doc.validate().issues == ()


def test_markdown_docx_and_hwpx_have_the_same_sections(bill, tmp_path) -> None:
    from docx import Document

    from drafter.amend.export_markdown import SECTIONS

    md = [line[3:] for line in bill.bill_markdown.splitlines() if line.startswith("## ")]
    doc = Document(str(write_docx(bill, tmp_path / "bill.docx")))
    docx = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument

        hwpx_doc = HwpxDocument.open(str(write_hwpx(bill, tmp_path / "bill.hwpx")))
    wanted = {_compact(s) for s in SECTIONS}
    hwpx = [p.text for p in hwpx_doc.paragraphs if _compact(p.text) in wanted]
    assert [_compact(s) for s in md] == [_compact(s) for s in docx] == [_compact(s) for s in hwpx] \
        == [_compact(s) for s in SECTIONS] == ["제안이유및주요내용", "개정문", "부칙", "신ㆍ구조문대비표"]


def test_exports_get_ordinary_file_permissions(bill, tmp_path) -> None:
    import os
    import stat

    from drafter.amend.files import write_text_atomic

    umask = os.umask(0o022)
    try:
        paths = [write_docx(bill, tmp_path / "b.docx"), write_hwpx(bill, tmp_path / "b.hwpx"),
                 write_text_atomic(tmp_path / "b.md", bill.bill_markdown)]
    finally:
        os.umask(umask)
    assert [oct(stat.S_IMODE(p.stat().st_mode)) for p in paths] == [oct(0o644)] * 3
