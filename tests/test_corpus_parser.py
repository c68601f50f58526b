"""The statute parser over the whole reference corpus: nothing lost, round trip exact."""

from __future__ import annotations

import re

import pytest

from drafter.corpus.models import Hang, Ho, Mok, Statute, SubItem
from drafter.corpus.statute_parser import parse_statute
from drafter.corpus.statute_render import render_article


def normalise(text: str) -> str:
    """Markdown form of the corpus → plain statute form, whitespace collapsed."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"^#####\s+", "", line)
        line = re.sub(r"^(제\d+조(?:의\d+)?)\s+\(", r"\1(", line)
        line = re.sub(r"\*\*([①-⑳]|<\d+>)\*\*", r"\1", line)
        line = line.replace("\\.", ".")
        out.append(line)
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def all_statutes(corpus) -> list[Statute]:
    return corpus.statutes()


def test_every_article_header_in_the_corpus_becomes_an_article(loaded_reference_corpus):
    for statute in all_statutes(loaded_reference_corpus):
        source = loaded_reference_corpus.sources[statute.doc_id]
        body = source.split("\n## 부칙")[0]
        headers = re.findall(r"^##### 제\d+조", body, flags=re.M)
        assert len(statute.articles) == len(headers), statute.doc_id


def test_round_trip_reproduces_every_article_text(loaded_reference_corpus):
    checked = 0
    for statute in all_statutes(loaded_reference_corpus):
        source = loaded_reference_corpus.sources[statute.doc_id]
        articles = list(statute.articles) + [a for block in statute.addenda for a in block.articles]
        for art in articles:
            original = normalise(source[art.span.start : art.span.end])
            rendered = normalise(render_article(art, annotations=True))
            assert rendered == original, f"{statute.doc_id} {art.key} (line {art.span.line})"
            checked += 1
    assert checked > 1500


def test_node_spans_point_at_their_text(loaded_reference_corpus):
    for statute in all_statutes(loaded_reference_corpus):
        source = loaded_reference_corpus.sources[statute.doc_id]
        for art in statute.articles:
            for node in art.walk():
                if "\n" not in node.source_text and node.source_text:
                    assert source[node.span.start : node.span.end] == node.source_text
                assert node.span.line == source[: node.span.start].count("\n") + 1


def test_amendment_marks_are_metadata_not_text(loaded_reference_corpus):
    marks = 0
    for statute in all_statutes(loaded_reference_corpus):
        for art in statute.articles:
            for node in art.walk():
                assert not re.search(r"<(개정|신설) \d", node.text), (statute.doc_id, art.key, node.text)
                marks += len(node.annotations)
    assert marks > 500


def test_police_act_structure(loaded_reference_corpus):
    act = loaded_reference_corpus.statute("police-act")
    assert act.title == "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"
    art7 = act.article("제7조")
    assert art7.heading == "국가경찰위원회의 설치"
    assert art7.heading_path == ["제2장 국가경찰위원회"]
    assert [h.number for h in art7.hangs] == ["1", "2", "3"]
    art3 = act.article("제3조")  # single-항 article with 8 호
    assert len(art3.hangs) == 1 and art3.hangs[0].number is None
    assert [h.number for h in art3.hangs[0].hos] == [str(i) for i in range(1, 9)]
    art4 = act.article("제4조")
    ho2 = art4.hangs[0].hos[1]
    assert [m.number for m in ho2.moks] == ["가", "나", "다", "라"]
    assert isinstance(ho2.moks[0].subitems[0], SubItem)
    assert ho2.moks[0].subitems[0].text == "생활안전을 위한 순찰 및 시설의 운영"
    art36 = act.article("제36조")
    assert art36.deleted and art36.annotations[0].dates == ["2022-11-15"]
    hang5 = act.article("제8조").hangs[4]
    assert hang5.text.endswith("당연퇴직한다.")
    assert hang5.annotations[0].kind == "개정" and hang5.annotations[0].dates == ["2026-09-29"]


def test_branch_articles_and_branch_items(loaded_reference_corpus):
    decree = loaded_reference_corpus.statute("autonomous-police-committee-decree")
    art = decree.article("제4조의2")
    assert art is not None and art.number == 4 and art.branch == 2
    officials = loaded_reference_corpus.statute("local-public-officials-act")
    branch_items = [ho.number for a in officials.articles for h in a.hangs for ho in h.hos if "의" in ho.number]
    assert "6의2" in branch_items


def test_addenda_blocks_carry_law_number_and_date(loaded_reference_corpus):
    act = loaded_reference_corpus.statute("police-act")
    first = act.addenda[0]
    assert (first.law_number, first.date) == ("17689", "2020-12-22")
    assert first.articles[0].label == "제1조" and first.articles[0].heading == "시행일"
    art3 = first.articles[2]
    assert [h.number for h in art3.hangs] == ["1", "2", "3"]
    # an article quoted inside an amendment of another law is text, not a new 부칙 article
    numbers = [a.number for a in first.articles]
    assert numbers == sorted(numbers) and numbers[0] == 1


def test_repeated_article_numbers_are_kept_and_addressable(loaded_reference_corpus):
    gangwon = loaded_reference_corpus.statute("gangwon-special-act")
    seventeens = [a for a in gangwon.articles if a.label == "제17조"]
    assert [a.key for a in seventeens] == ["제17조", "제17조#2"]
    assert seventeens[1].heading == "도의회의 정책지원 전문인력에 관한 특례"
    assert any("제17조#2" in w for w in gangwon.warnings)


def test_deleted_paragraphs_and_chapters(loaded_reference_corpus):
    jeju = loaded_reference_corpus.statute("jeju-special-act")
    deleted_hangs = [h for a in jeju.articles for h in a.hangs if h.deleted]
    assert deleted_hangs and all(h.text == "삭제" for h in deleted_hangs)
    assert any(h.deleted and h.level == "절" for h in jeju.headings)


@pytest.mark.parametrize(
    "node_type", [Hang, Ho, Mok, SubItem],
)
def test_node_types_are_distinct(node_type):
    assert node_type.model_fields["level"].default in {"hang", "ho", "mok", "subitem"}


def test_parse_is_deterministic_and_hashes_the_file(reference_corpus):
    path = reference_corpus / "statutes" / "police-act.md"
    a, b = parse_statute(path), parse_statute(path)
    assert a.sha256 == b.sha256 and len(a.sha256) == 64
    assert a.model_dump() == b.model_dump()
