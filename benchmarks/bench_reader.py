"""Benchmark: the 개정문 reader on every real corpus sentence, and the self-check overhead.

Not a test: run it by hand.

    python benchmarks/bench_reader.py [--corpus ../shared/corpus] [--repeat 5]

a. Reading: every distinct amendment sentence of the corpus 부칙 (with its new text) read into
   a spec (no statute), against the baseline of only cutting the sentences out of the statute
   files (same run).
b. Re-rendering: the text-level round trip of every sentence (read, synthetic statute, apply,
   sentence writer), with the counts read / in supported forms / exact.
c. Self-check overhead: building the 50-change bill of ``bench_render.py`` on police-act with
   the self-check against the same build with the check switched off (same run, interleaved);
   goal: at most 20 % more.

Prints best and median of the repeats (ms) and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_render import fifty_changes  # noqa: E402

import drafter.amend.bill as bill_module  # noqa: E402
from drafter.amend.bill import build_bill_for_statute  # noqa: E402
from drafter.amend.reader import ReadError, read_sentences, spec_from_sentences  # noqa: E402
from drafter.amend.reader_corpus import corpus_blocks, corpus_sentences  # noqa: E402
from drafter.amend.reader_synth import round_trip  # noqa: E402
from drafter.corpus.corpus import Corpus  # noqa: E402


def _timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _line(name: str, values: list[float]) -> str:
    return f"{name:44} best {min(values):8.1f} ms   median {statistics.median(values):8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    statutes = args.corpus / "statutes"

    # a. reading
    sentences = corpus_sentences(statutes)
    texts = [s.full for s in sentences]

    def read_all() -> int:
        ok = 0
        for text in texts:
            try:
                spec_from_sentences(read_sentences(text), "law")
                ok += 1
            except ReadError:
                pass
        return ok

    extract = _timed(lambda: corpus_blocks(statutes), args.repeat)
    reading = _timed(read_all, args.repeat)
    print(f"corpus 부칙: {len(corpus_blocks(statutes))} blocks, {len(sentences)} distinct sentences; "
          f"{read_all()} read into a spec")
    print(_line("cut the sentences out of the files (baseline)", extract))
    print(_line("read every sentence into a spec", reading))
    print(f"{'':44} {statistics.median(reading) / len(texts) * 1000:8.1f} µs per sentence; "
          f"{statistics.median(reading) / statistics.median(extract):.2f}x the baseline")

    # b. re-rendering
    results: list = []
    rendering = _timed(lambda: results.__setitem__(slice(None), [round_trip(t) for t in texts]), args.repeat)
    parsed = sum(r.parsed for r in results)
    supported = sum(r.parsed and r.supported for r in results)
    exact = sum(r.exact for r in results)
    print(_line("read + synthetic statute + render, all", rendering))
    print(f"{'':44} read {parsed}, in supported forms {supported}, rendered back exactly {exact} "
          f"({exact / max(supported, 1):.1%} of supported)")

    # c. self-check overhead on the 50-change bill: the check timed inside each build (the most
    # direct figure on a loaded machine), and whole builds with the check on and off, interleaved
    statute = Corpus.load(args.corpus, only={"police-act"}).statute("police-act")
    spec = fifty_changes(statute)
    real_check = bill_module._self_check
    inside: list[float] = []

    def timed_check(amended, sentences):  # noqa: ANN001, ANN202
        t0 = time.perf_counter()
        out = real_check(amended, sentences)
        inside.append((time.perf_counter() - t0) * 1000)
        return out

    with_check: list[float] = []
    without: list[float] = []
    build_bill_for_statute(statute, spec)  # warm-up
    for _ in range(args.repeat):
        bill_module._self_check = timed_check
        with_check += _timed(lambda: build_bill_for_statute(statute, spec), 1)
        bill_module._self_check = lambda amended, sentences: []
        without += _timed(lambda: build_bill_for_statute(statute, spec), 1)
    bill_module._self_check = real_check
    bill = build_bill_for_statute(statute, spec)
    print(f"50-change bill on police-act: {len(bill.amendment_sentences)} sentences")
    print(_line("build bill, self-check off (baseline)", without))
    print(_line("build bill, self-check on", with_check))
    print(_line("the self-check inside those builds", inside))
    rest = [w - c for w, c in zip(with_check, inside)]
    print(f"{'':44} self-check / rest of the build: {min(inside) / min(rest):.1%} best, "
          f"{statistics.median(inside) / statistics.median(rest):.1%} median (goal ≤ 20%); "
          f"whole builds on/off: {min(with_check) / min(without) - 1:+.1%} best, "
          f"{statistics.median(with_check) / statistics.median(without) - 1:+.1%} median")


if __name__ == "__main__":
    main()
