"""Benchmark: render a 50-change bill against police-act as Markdown, DOCX and HWPX.

Goal: under 1 s for the whole bill (apply + 개정문 + table + all three exports).

    python benchmarks/bench_render.py [--corpus ../shared/corpus] [--repeat 5]

Prints one line per stage (best and median of the repeats, in ms) and the total.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from drafter.amend import AmendmentSpec, Insert, Replace, build_bill_for_statute, write_docx, write_hwpx
from drafter.amend.apply import find_path, levels_of, walk_tree
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Statute

ROOT = Path(__file__).resolve().parent.parent


def fifty_changes(statute: Statute) -> AmendmentSpec:
    """45 word replacements spread over the law (at most 3 per article, words that occur once) and 5 inserts."""
    changes: list = []
    for art in statute.articles:
        in_article = 0
        for node in walk_tree(art):
            if in_article == 3:
                break
            levels = levels_of(art, find_path(art, node) or [])
            if node.deleted or len(levels) < 2 or levels[-1][0] not in ("항", "호", "목"):
                continue
            word = next((w for w in node.text.split() if len(w) > 2 and node.text.count(w) == 1
                         and all(w not in other.text for other in walk_tree(art) if other is not node)), None)
            if word is None:
                continue
            changes.append(Replace(at="".join(lab for _, lab in levels), old=word, new=word + "ㆍ개정"))
            in_article += 1
            if len(changes) == 45:
                break
        if len(changes) == 45:
            break
    changes += [
        Insert(at="제35조의2", heading="자치경찰 재정의 이관", text="① 국가는 예산을 이관한다.\n② 세부 사항은 대통령령으로 정한다."),
        Insert(at="제35조의3", heading="인력의 이관", text="국가는 인력을 이관한다."),
        Insert(at="제24조제1항제17호", text="자치경찰 예산의 편성", renumber=True),
        Insert(at="제33조제5항", text="경찰청장은 성과를 공개한다."),
        Insert(at="제10조제1항제9호의2", text="자치경찰 예산에 관한 사항"),
    ]
    return AmendmentSpec(law="police-act", changes=changes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    statute = Corpus.load(args.corpus, only={"police-act"}).statute("police-act")
    spec = fifty_changes(statute)
    assert len(spec.changes) == 50, len(spec.changes)
    timings: dict[str, list[float]] = {"bill (apply, 개정문, table)": [], "markdown": [], "docx": [], "hwpx": [], "total": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            bill = build_bill_for_statute(statute, spec)
            t1 = time.perf_counter()
            _ = bill.bill_markdown
            t2 = time.perf_counter()
            write_docx(bill, Path(tmp) / "bill.docx")
            t3 = time.perf_counter()
            write_hwpx(bill, Path(tmp) / "bill.hwpx")
            t4 = time.perf_counter()
            for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0)):
                timings[key].append(value * 1000)
    print(f"50-change bill on police-act: {len(bill.amendment_sentences)} sentences, {len(bill.comparison)} table rows")
    for key, values in timings.items():
        print(f"{key:28} best {min(values):7.1f} ms   median {statistics.median(values):7.1f} ms")


if __name__ == "__main__":
    main()
