"""Benchmark: a term sweep over the whole reference corpus (drafter sweep OLD NEW).

Goal: under 2 s warm (corpus parsed once, as in a running app; the first sweep pays imports and
Kiwi's start-up and is reported apart as "cold").

    python benchmarks/bench_sweep.py [--corpus ../shared/corpus] [--repeat 5]

Per term it prints the median of the repeats, in ms, of
  find      — the provisions holding the term and the spec (no sentences),
  sweep     — find + the 개정문 of every law (spec prepared, widened, applied, worded),
and, as the baseline measured in the same run, the time to parse the whole corpus
(Corpus.load) and to apply+word the main law's part alone; ratios are sweep / parse.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from drafter.amend.sweep import law_sentences, sweep
from drafter.corpus.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent
TERMS = [
    ("자치경찰사무", "지역경찰사무"),
    ("시ㆍ도자치경찰위원회", "시ㆍ도경찰위원회"),
    ("자치경찰", "지역경찰"),
    ("경찰청장", "국가경찰청장"),
    ("국가경찰위원회", "국가경찰행정위원회"),
]


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    t = time.perf_counter()
    corpus = Corpus.load(args.corpus)
    parse_ms = (time.perf_counter() - t) * 1000
    parse_ms = min(parse_ms, _median_ms(lambda: Corpus.load(args.corpus), 3))
    statutes = len(corpus.statutes())

    t = time.perf_counter()
    sweep(corpus, *TERMS[0])
    cold_ms = (time.perf_counter() - t) * 1000
    print(f"corpus: {statutes} statutes; parse (baseline) {parse_ms:.0f} ms; first sweep (cold) {cold_ms:.0f} ms")
    print(f"{'term':<22} {'laws':>4} {'prov.':>5} {'find ms':>8} {'sweep ms':>9} {'main law ms':>11} {'sweep/parse':>11}")
    worst = 0.0
    for old, new in TERMS:
        laws, spec = sweep(corpus, old, new)
        find_ms = _median_ms(lambda o=old, n=new: sweep(corpus, o, n, sentences=False), args.repeat)
        sweep_ms = _median_ms(lambda o=old, n=new: sweep(corpus, o, n), args.repeat)
        main = laws[0]
        main_ms = _median_ms(lambda m=main: law_sentences(corpus.statute(m.law), m.changes), args.repeat)
        worst = max(worst, sweep_ms)
        provisions = sum(len(law.provisions) for law in laws)
        print(f"{old:<20} {len(laws):>4} {provisions:>5} {find_ms:>8.1f} {sweep_ms:>9.1f} {main_ms:>11.1f} "
              f"{sweep_ms / parse_ms:>10.2f}x")
    print(f"slowest warm sweep: {worst:.0f} ms (goal < 2000 ms): {'met' if worst < 2000 else 'NOT met'}")


if __name__ == "__main__":
    main()
