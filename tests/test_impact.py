"""The citation finder over the whole reference corpus, and `drafter impact`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from drafter.amend.impact import spec_impact
from drafter.amend.spec import load_spec
from drafter.cli.app import main
from drafter.corpus.corpus import Corpus
from drafter.corpus.references import CitationIndex

SAMPLE = Path(__file__).parent / "data" / "references-sample.yaml"
POLICE_ACT_TITLE = "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"


@pytest.fixture(scope="module")
def corpus(reference_corpus) -> Corpus:
    return Corpus.load(reference_corpus)


@pytest.fixture(scope="module")
def index(corpus) -> CitationIndex:
    return CitationIndex(corpus.statutes())


def _found(index: CitationIndex, doc: str, address: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in index.scans[doc].citations:
        if c.address == address:
            out.setdefault(c.cites, []).append(c)
    return out


SAMPLE_ROWS = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", SAMPLE_ROWS, ids=[f"{r['doc']} {r['address']}" for r in SAMPLE_ROWS])
def test_hand_checked_references_are_found(index, corpus, row):
    # the sample quotes the provision: make sure it is the provision we think it is
    text = corpus.resolve(row["doc"], row["address"]).text
    first_words = row["text"].split("…")[0].strip().strip('"')[:15]
    assert first_words in " ".join(text.split()) or not first_words, (row["address"], text[:80])
    found = _found(index, row["doc"], row["address"])
    for want in row["cites"]:
        assert want["cites"] in found, f"{row['doc']} {row['address']}: {want['cites']} not found in {sorted(found)}"
        hits = found[want["cites"]]
        if "kind" in want:
            assert want["kind"] in {h.kind for h in hits}, (want, [h.kind for h in hits])
        if want.get("range"):
            assert any(h.in_range for h in hits), want
    for wrong in row.get("not", []):
        assert wrong not in found, f"{row['doc']} {row['address']} wrongly cites {wrong}"


def test_sample_is_a_real_sample():
    rows = SAMPLE_ROWS
    cites = [c for r in rows for c in r["cites"]]
    assert len(cites) >= 30
    kinds = {c.get("kind") for c in cites}
    assert {"named", "same-law", "abbreviation", "this-law", "internal", "same-provision"} <= kinds
    assert sum(1 for c in cites if c.get("range")) >= 8
    assert any(re.search(r"조의\d", c["cites"]) for c in cites)


def test_every_article_number_in_the_corpus_body_is_accounted_for(corpus, index):
    """Regex-independent of the finder: every '제N조' in every provision is either the start of a found
    citation or left out on purpose, with a reason."""
    reasons: dict[str, int] = {}
    total = unaccounted = 0
    missing: list[str] = []
    for st in corpus.statutes():
        scan = index.scans[st.doc_id]
        starts: dict[str, set[int]] = {}
        for c in scan.citations:
            starts.setdefault(c.address, set()).add(c.start)
        excluded: dict[str, set[int]] = {}
        for address, offset, reason in scan.excluded:
            excluded.setdefault(address, set()).add(offset)
            reasons[reason] = reasons.get(reason, 0) + 1
        for art in st.articles:
            for node, address in _nodes(art):
                for m in re.finditer(r"제\d+조", node.text):
                    total += 1
                    if m.start() in starts.get(address, ()) or m.start() in excluded.get(address, ()):
                        continue
                    unaccounted += 1
                    missing.append(f"{st.doc_id} {address}: …{node.text[max(0, m.start() - 30):m.end() + 10]}…")
    assert total > 5000
    assert unaccounted == 0, "\n".join(missing[:20])
    assert set(reasons) <= {"quoted words read as another provision", "cites a 부칙 article", "part of a law's name"}
    assert sum(reasons.values()) < 0.02 * total  # exclusions stay the exception


def _nodes(art):
    from drafter.corpus.models import Hang, Ho, Mok

    def address(path):
        hang = next((n for n in path if isinstance(n, Hang)), None)
        ho = next((n for n in path if isinstance(n, Ho)), None)
        mok = next((n for n in path if isinstance(n, Mok)), None)
        out = art.key
        if hang is not None and hang.number:
            out += f"제{hang.number}항"
        if ho is not None:
            base, _, br = ho.number.partition("의")
            out += f"제{base}호" + (f"의{br}" if br else "")
        if mok is not None:
            out += f"{mok.number}목"
        return out

    def walk(node, path):
        yield node, address(path)
        for child in node.children():
            yield from walk(child, path + [child])

    if art.deleted:
        return
    for hang in art.hangs:
        yield from walk(hang, [hang])


def _independent_police_act_citers(corpus: Corpus, number: int) -> set[tuple[str, str]]:
    return _plain_police_act_citations(corpus).get(number, set())


_PLAIN: dict[int, set[tuple[str, str]]] = {}


def _plain_police_act_citations(corpus: Corpus) -> dict[int, set[tuple[str, str]]]:
    """Provisions citing police-act 제N조, by plain patterns (no list or range reading): the name then
    the number, `법 제N조` in the decree that defines 법 as the police act, a bare `제N조` in the act
    before any quotation mark or 「."""
    if _PLAIN:
        return _PLAIN
    named = re.compile(re.escape(f"「{POLICE_ACT_TITLE}」") + r"\s?제(\d+)조(?!\d|의\d)")
    abbr = re.compile(r"(?<![가-힣「])법 제(\d+)조(?!\d|의\d)")
    bare = re.compile(r"(?<!」 )(?<!법 )(?<!부칙 )제(\d+)조(?!\d|의\d)")
    for st in corpus.statutes():
        for art in st.articles:
            for node, address in _nodes(art):
                text = node.text
                hits = [int(m.group(1)) for m in named.finditer(text)]
                if st.doc_id == "autonomous-police-committee-decree":
                    hits += [int(m.group(1)) for m in abbr.finditer(text)]
                if st.doc_id == "police-act":
                    hits += [int(m.group(1)) for m in bare.finditer(text)
                             if '"' not in text[:m.start()] and "「" not in text[:m.start()]]
                for n in hits:
                    _PLAIN.setdefault(n, set()).add((st.doc_id, address))
    return _PLAIN


def test_every_citation_of_each_police_act_article_is_found(corpus, index):
    """Recall 1.0 against the plain-pattern scan, for every article of the police act."""
    checked = 0
    for art in corpus.statute("police-act").articles:
        if art.deleted or art.branch:
            continue
        expected = _independent_police_act_citers(corpus, art.number)
        cits = index.citing("police-act", art.label)
        assert expected <= {(c.doc, c.address) for c in cits}, (art.label, sorted(expected - {(c.doc, c.address) for c in cits}))
        assert all(re.match(rf"police-act {art.label}(?!\d|의\d)", c.cites) for c in cits)
        checked += bool(expected)
    assert checked >= 15


@pytest.mark.parametrize("label", ["제4조", "제18조", "제20조", "제28조"])
def test_impact_of_deleting_a_police_act_article_lists_every_citing_provision(corpus, label):
    expected = _independent_police_act_citers(corpus, int(label[1:-1]))
    refs = spec_impact(corpus, load_spec(f"law: police-act\nchanges:\n  - delete: {{at: {label}}}\n"))
    assert expected and expected <= {(r.doc, r.address) for r in refs}


def test_impact_reports_ranges_abbreviations_and_other_laws(corpus):
    spec = load_spec("law: police-act\nchanges:\n  - delete: {at: 제27조}\n  - rewrite: {at: 제20조제7항, text: 새 결격사유}\n")
    refs = {(r.doc, r.address, r.cites): r for r in spec_impact(corpus, spec)}
    # 제26조부터 제28조까지 in the decree's 제1조: a range naming the police act
    assert refs[("autonomous-police-committee-decree", "제1조", "police-act 제27조")].kind == "named range"
    # 같은 조 제7항 after 법 제20조제2항
    assert refs[("autonomous-police-committee-decree", "제9조제5항", "police-act 제20조제7항")].kind == "same-provision"
    # the amended law is listed first
    assert next(iter(refs))[0] == "police-act"


def test_impact_of_a_renumbering_insert(corpus):
    # a new 제16조제6항제1호 pushes 제1호… down: 제16조제6항제5호 ("제1호부터 제4호까지") and 제16조제7항제4호 cite them
    spec = load_spec("law: police-act\nchanges:\n  - insert: {at: 제16조제6항제1호, text: 새 경력}\n")
    refs = spec_impact(corpus, spec)
    rows = {(r.doc, r.address, r.cites) for r in refs}
    assert ("police-act", "제16조제6항제5호", "police-act 제16조제6항제3호") in rows
    assert ("police-act", "제16조제7항제4호", "police-act 제16조제6항제1호") in rows
    assert all(r.cites.startswith("police-act 제16조제6항제") for r in refs)
    assert any("renumbers as 제16조제6항제2호" in r.change for r in refs)


def test_impact_of_a_move(corpus):
    refs = spec_impact(corpus, load_spec("law: police-act\nchanges:\n  - move: {at: 제18조, to: 제17조의2}\n"))
    rows = {(r.doc, r.address) for r in refs}
    assert {("police-officials-act", "제7조제3항"), ("jeju-special-act", "제88조제1항"),
            ("autonomous-police-committee-decree", "제4조의2제1항")} <= rows
    assert all("renumbers as 제17조의2" in r.change for r in refs)


def test_replace_and_retitle_are_not_reported(corpus):
    spec = load_spec('law: police-act\nchanges:\n  - replace: {at: 제18조제1항, old: "시ㆍ도지사", new: "시ㆍ도의회", all: true}\n'
                     '  - retitle: {at: 제18조, heading: 새 제목}\n')
    assert spec_impact(corpus, spec) == []


def test_impact_cli_json(reference_corpus, tmp_path, capsys):
    spec = tmp_path / "spec.yaml"
    spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제18조}\n", encoding="utf-8")
    assert main(["impact", str(spec), "--json", "--corpus", str(reference_corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["references"]
    assert data["references"]
    for ref in data["references"]:
        assert set(ref) == {"doc", "address", "cites", "text", "kind"}
    rows = {(r["doc"], r["address"]) for r in data["references"]}
    assert ("police-officials-act", "제7조제3항") in rows
    decree = next(r for r in data["references"] if r["doc"] == "autonomous-police-committee-decree"
                  and r["address"] == "제4조의2제1항")
    assert decree["cites"] == "police-act 제18조제1항" and "법 제18조제1항" in decree["text"]


def test_impact_cli_bad_spec_is_a_clear_error(reference_corpus, tmp_path, capsys):
    spec = tmp_path / "spec.yaml"
    spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제999조}\n", encoding="utf-8")
    assert main(["impact", str(spec), "--corpus", str(reference_corpus)]) == 2
    err = capsys.readouterr().err
    assert "제999조" in err and "Traceback" not in err


def test_citations_inside_a_repeated_article_number_name_that_article(corpus, index):
    # jeonbuk-special-act repeats 제41조 (the second is 제41조#2); its 제2항 reads "제1항에 따른 …": it cites
    # 제41조#2제1항, not the first 제41조's 제1항
    assert corpus.statute("jeonbuk-special-act").article("제41조#2").occurrence == 2
    text = corpus.resolve("jeonbuk-special-act", "제41조#2제2항").text
    assert "제1항" in text and "제41조" not in text
    assert "jeonbuk-special-act 제41조#2제1항" in _found(index, "jeonbuk-special-act", "제41조#2제2항")
    citing_second = {c.address for c in index.citing("jeonbuk-special-act", "제41조#2")}
    assert {"제41조#2제2항", "제41조#2제7항"} <= citing_second
    assert not any(c.address.startswith("제41조#2") for c in index.citing("jeonbuk-special-act", "제41조"))
    # deleting the repeated article reports its own paragraphs that cite it
    spec = load_spec("law: jeonbuk-special-act\nchanges:\n  - delete: {at: \"제41조#2\"}\n")
    rows = {(r.doc, r.address, r.cites) for r in spec_impact(corpus, spec)}
    assert ("jeonbuk-special-act", "제41조#2제2항", "jeonbuk-special-act 제41조#2제1항") in rows


def _slice(reference_corpus: Path, tmp_path: Path, docs: list[str]) -> Path:
    root = tmp_path / "corpus"
    (root / "statutes").mkdir(parents=True)
    for doc in docs:
        src = reference_corpus / "statutes" / f"{doc}.md"
        (root / "statutes" / f"{doc}.md").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def test_render_reads_the_citation_index_from_the_data_dir_and_parses_only_the_amended_law(
        reference_corpus, tmp_path, monkeypatch, capsys):
    import drafter.corpus.corpus as corpus_module
    from drafter.corpus.references import CACHE_DIR

    root = _slice(reference_corpus, tmp_path, ["police-act", "autonomous-police-committee-decree",
                                               "police-officials-act"])
    data = tmp_path / "data"
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(data))
    spec = tmp_path / "spec.yaml"
    spec.write_text("law: police-act\nchanges:\n  - delete: {at: 제18조}\n", encoding="utf-8")
    def expected_warnings() -> set[str]:  # the library, every statute parsed, no cache
        from drafter.amend.bill import build_bill
        from drafter.amend.impact import impact_warnings

        loaded, spec_ = Corpus.load(root), load_spec(spec)
        return set(impact_warnings(loaded, spec_, build_bill(loaded, spec_).warnings))

    expected = expected_warnings()
    assert any(w.startswith("autonomous-police-committee-decree 제4조의2제1항 cites police-act 제18조제1항")
               for w in expected)

    def warnings() -> set[str]:
        assert main(["render", str(spec), "--format", "json", "--corpus", str(root)]) == 0
        return {line.removeprefix("warning: ") for line in capsys.readouterr().err.splitlines()
                if ", which this bill " in line}

    assert warnings() == expected  # the first render builds the cache
    assert len(list((data / CACHE_DIR).glob("*.json"))) == 1
    parsed: list[str] = []
    real_parse = corpus_module.parse_statute
    monkeypatch.setattr(corpus_module, "parse_statute",
                        lambda path, text, doc_id: parsed.append(doc_id) or real_parse(path, text, doc_id))
    assert warnings() == expected  # the second reads it: the other statutes are not parsed
    assert parsed == ["police-act"]
    # a statute file changes: the cache follows it
    decree = root / "statutes" / "autonomous-police-committee-decree.md"
    decree.write_text(decree.read_text(encoding="utf-8").replace("법 제18조제1항에 따른", "법에 따른"),
                      encoding="utf-8")
    after = warnings()
    assert not any(w.startswith("autonomous-police-committee-decree 제4조의2제1항 ") for w in after)
    assert after == expected_warnings()
    assert len(list((data / CACHE_DIR).glob("*.json"))) == 1  # the stale file is gone


def test_a_damaged_citation_cache_is_rebuilt(reference_corpus, tmp_path):
    from drafter.corpus.references import CACHE_DIR, cached_citation_index

    root = _slice(reference_corpus, tmp_path, ["police-act", "police-officials-act"])
    data = tmp_path / "data"
    first = cached_citation_index(root, data)
    (cache,) = (data / CACHE_DIR).glob("*.json")
    cache.write_text("{not json", encoding="utf-8")
    again = cached_citation_index(root, data, laws={"police-act"})
    assert [c.cites for c in again.citing("police-act", "제18조")] == [c.cites for c in first.citing("police-act", "제18조")]
    assert cached_citation_index(root, data, laws={"police-act"}).texts  # rewritten: read from disk again


def test_an_unwritable_data_dir_still_gives_the_index(reference_corpus, tmp_path):
    from drafter.corpus.references import cached_citation_index

    root = _slice(reference_corpus, tmp_path, ["police-act"])
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data dir should be", encoding="utf-8")
    index = cached_citation_index(root, blocker)
    assert index.citing("police-act", "제18조")  # police-act cites its own 제18조 (제10조제1항제6호 …)
