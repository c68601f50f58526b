"""Bills that amend other laws in their 부칙: other_laws (drafter.amend.multilaw)."""

from __future__ import annotations

import json
import re

import pytest

from drafter.amend.bill import build_bill
from drafter.amend.errors import AmendmentError
from drafter.amend.multilaw import sort_key
from drafter.amend.spec import load_spec
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus

LAWS = {"police-act", "police-officials-act", "local-public-officials-act"}

SPEC = """
law: police-act
changes:
  - replace: {at: 제35조제1항, old: "시ㆍ도지사가 수립한다", new: "시ㆍ도자치경찰위원회가 수립한다"}
other_laws:
  - law: police-officials-act          # 경찰공무원법
    changes:
      - replace: {at: 제7조제3항, old: "시ㆍ도경찰청장에게 다시", new: "시ㆍ도경찰청장 또는 자치경찰단장에게 다시"}
  - law: local-public-officials-act    # 지방공무원법
    changes:
      - replace: {at: 제2조제2항제2호, old: "자치경찰공무원과", new: "자치경찰공무원 및 자치경찰위원회 소속 공무원과"}
"""


@pytest.fixture(scope="module")
def corpus(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus, only=LAWS)


def _supplementary_lines(bill) -> list[str]:
    return [line for line in bill.supplementary.split("\n") if line.strip()]


def test_other_laws_are_written_in_the_addendum_as_the_corpus_does(corpus):
    bill = build_bill(corpus, load_spec(SPEC))
    assert _supplementary_lines(bill) == [
        "제1조(시행일) 이 법은 공포 후 6개월이 경과한 날부터 시행한다.",
        "제2조(다른 법률의 개정) ① 경찰공무원법 일부를 다음과 같이 개정한다.",
        '제7조제3항 중 "시ㆍ도경찰청장에게 다시"를 "시ㆍ도경찰청장 또는 자치경찰단장에게 다시"로 한다.',
        "② 지방공무원법 일부를 다음과 같이 개정한다.",
        '제2조제2항제2호 중 "자치경찰공무원과"를 "자치경찰공무원 및 자치경찰위원회 소속 공무원과"로 한다.',
    ]
    # the main law's 개정문 is untouched by the other laws
    assert bill.amendment_sentences == ['제35조제1항 중 "시ㆍ도지사가 수립한다"를 "시ㆍ도자치경찰위원회가 수립한다"로 한다.']


def test_laws_come_in_ganada_order_whatever_the_spec_order(corpus):
    spec = load_spec(SPEC)
    spec.other_laws.reverse()  # 지방공무원법 first in the spec
    bill = build_bill(corpus, spec)
    assert [o.title for o in bill.other_laws] == ["경찰공무원법", "지방공무원법"]
    assert _supplementary_lines(bill)[3] == "② 지방공무원법 일부를 다음과 같이 개정한다."


def test_a_single_other_law_has_no_paragraph_number(corpus):
    spec = load_spec(SPEC)
    spec.other_laws = spec.other_laws[1:]
    lines = _supplementary_lines(build_bill(corpus, spec))
    assert lines[1] == "제2조(다른 법률의 개정) 지방공무원법 일부를 다음과 같이 개정한다."


def test_an_addendum_with_articles_gets_the_next_article(corpus):
    spec = load_spec(SPEC + 'supplementary: "제1조(시행일) 이 법은 공포한 날부터 시행한다.\\n'
                     '제2조(경과조치) 이 법 시행 당시 종전의 규정에 따른 행위는 이 법에 따른 행위로 본다."\n')
    lines = _supplementary_lines(build_bill(corpus, spec))
    assert lines[0] == "제1조(시행일) 이 법은 공포한 날부터 시행한다."
    assert lines[2].startswith("제3조(다른 법률의 개정) ① 경찰공무원법 일부를")


def test_other_law_changes_are_checked_against_that_law(corpus):
    bad = SPEC.replace('old: "자치경찰공무원과"', 'old: "없는 말"')
    with pytest.raises(AmendmentError) as err:
        build_bill(corpus, load_spec(bad))
    message = str(err.value)
    assert "other_laws" in message and "local-public-officials-act" in message and "없는 말" in message


def test_unknown_other_law_and_the_main_law_twice_are_errors(corpus):
    with pytest.raises(AmendmentError, match="unknown law 'no-such-law'"):
        build_bill(corpus, load_spec(SPEC.replace("law: local-public-officials-act", "law: no-such-law")))
    from drafter.amend.errors import SpecError

    with pytest.raises(SpecError, match="amended twice"):
        load_spec(SPEC.replace("law: local-public-officials-act", "law: police-act"))


def test_json_and_markdown(corpus):
    bill = build_bill(corpus, load_spec(SPEC))
    data = bill.to_json_dict()
    assert data["other_laws"] == [
        {"law": "police-officials-act", "title": "경찰공무원법",
         "amendment_sentences": ['제7조제3항 중 "시ㆍ도경찰청장에게 다시"를 "시ㆍ도경찰청장 또는 자치경찰단장에게 다시"로 한다.']},
        {"law": "local-public-officials-act", "title": "지방공무원법",
         "amendment_sentences": ['제2조제2항제2호 중 "자치경찰공무원과"를 "자치경찰공무원 및 자치경찰위원회 소속 공무원과"로 한다.']},
    ]
    md = bill.bill_markdown
    table = md.split("## 신ㆍ구조문대비표", 1)[1]
    headers = re.findall(r"^### (.+)$", table, re.MULTILINE)
    assert headers == ["국가경찰과 자치경찰의 조직 및 운영에 관한 법률", "경찰공무원법", "지방공무원법"]
    assert "<u>자치경찰공무원 및 자치경찰위원회 소속 공무원과</u>" in table


def test_the_addendum_order_rule_matches_the_corpus(corpus, reference_corpus):
    """가나다 order of the law names in the corpus 부칙 (제N조(다른 법률의 개정) ①, ②, …)."""
    full = Corpus.load(reference_corpus)
    pairs = ordered = 0
    for st in full.statutes():
        for block in st.addenda:
            for art in block.articles:
                if art.heading != "다른 법률의 개정":
                    continue
                names = [m.group(1) for h in art.hangs
                         if (m := re.match(r"^(?:법률 제\d+호 )?(.+?) 일부를 다음과 같이 개정한다\.", h.text.strip()))]
                for a, b in zip(names, names[1:]):
                    pairs += 1
                    ordered += sort_key(a) <= sort_key(b)
    assert pairs >= 100
    assert ordered / pairs >= 0.95


def test_cli_render_json_and_apply_per_law(reference_corpus, tmp_path, capsys):
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert main(["render", str(spec), "--format", "json", "--corpus", str(reference_corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [o["law"] for o in data["other_laws"]] == ["police-officials-act", "local-public-officials-act"]
    assert "제2조(다른 법률의 개정) ① 경찰공무원법" in data["supplementary"]

    assert main(["apply", str(spec), "--changed-only", "--corpus", str(reference_corpus)]) == 0
    out = capsys.readouterr().out
    assert re.findall(r"^===== (.+) =====$", out, re.MULTILINE) == [
        "국가경찰과 자치경찰의 조직 및 운영에 관한 법률 (police-act)", "경찰공무원법 (police-officials-act)",
        "지방공무원법 (local-public-officials-act)"]
    assert "자치경찰단장에게 다시" in out

    assert main(["apply", str(spec), "--law", "local-public-officials-act", "--changed-only",
                 "--corpus", str(reference_corpus)]) == 0
    out = capsys.readouterr().out
    assert "자치경찰위원회 소속 공무원과" in out and "자치경찰단장" not in out and "=====" not in out
    assert main(["apply", str(spec), "--law", "sejong-special-act", "--corpus", str(reference_corpus)]) == 2


def test_render_warns_of_citations_elsewhere_in_the_corpus(reference_corpus, tmp_path, capsys):
    spec = tmp_path / "spec.yaml"
    spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제18조제1항}\n", encoding="utf-8")
    assert main(["render", str(spec), "--format", "json", "--corpus", str(reference_corpus)]) == 0
    captured = capsys.readouterr()
    warnings = json.loads(captured.out)["warnings"]
    assert any("autonomous-police-committee-decree 제4조의2제1항 cites police-act 제18조제1항" in w for w in warnings)
    assert "autonomous-police-committee-decree 제4조의2제1항" in captured.err


def test_docx_and_hwpx_have_a_table_per_law(corpus, tmp_path):
    import zipfile

    import docx

    from drafter.amend.export_docx import write_docx
    from drafter.amend.export_hwpx import write_hwpx

    bill = build_bill(corpus, load_spec(SPEC))
    write_docx(bill, tmp_path / "b.docx")
    document = docx.Document(str(tmp_path / "b.docx"))
    assert len(document.tables) == 3
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 3"] == [
        "국가경찰과 자치경찰의 조직 및 운영에 관한 법률", "경찰공무원법", "지방공무원법"]
    write_hwpx(bill, tmp_path / "b.hwpx")
    with zipfile.ZipFile(tmp_path / "b.hwpx") as z:
        section = z.read("Contents/section0.xml").decode("utf-8")
    assert section.count("<hp:tbl") == 3 and "지방공무원법" in section
