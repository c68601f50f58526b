"""Benchmark: the impact warnings of ``drafter render`` (citations of what a spec deletes, rewrites or
moves, in every corpus statute), before and after the on-disk citation index.

    python benchmarks/bench_render_impact.py [--corpus ../shared/corpus] [--repeat 5] [--spec SPEC]

Three ways of rendering the same spec, each from a freshly parsed corpus, in one run:

* *render only* (baseline): the amended laws parsed, the bill built — no impact warnings;
* *all statutes* (before): every statute parsed and the citation index built in memory, as
  ``drafter render`` did when the warnings were added;
* *cached index* (after): the amended laws parsed, the citation index read from the data dir
  (``citations/<key>.json``, keyed by the corpus files' sha256), only the amended laws' citations kept.

Also the one-off cost of building and writing the cache (the first render after the corpus changes).
Prints best and median (ms) and the medians as ratios of the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from drafter.amend.bill import build_bill
from drafter.amend.impact import amended_laws, impact_warnings
from drafter.amend.spec import load_spec
from drafter.corpus import references
from drafter.corpus.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = """law: police-act
changes:
  - delete: {at: 제18조}
  - delete: {at: 제27조}
  - rewrite: {at: 제20조제7항, text: 새 결격사유}
  - move: {at: 제5조, to: 제5조의2}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--spec", type=Path, default=None, help="default: police-act 제18조 and 제27조 deleted, "
                        "제20조제7항 rewritten, 제5조 renumbered (cited across the corpus)")
    args = parser.parse_args()
    spec = load_spec(args.spec) if args.spec else load_spec(DEFAULT_SPEC)
    laws = amended_laws(spec)
    statutes = {doc for doc, _, kind in Corpus.discover(args.corpus) if kind == "statute"}
    data_dir = Path(tempfile.mkdtemp(prefix="bench-impact-"))

    def render_only() -> list[str]:
        corpus = Corpus.load(args.corpus, only=laws)
        return build_bill(corpus, spec).warnings

    def all_statutes() -> list[str]:
        references._INDEX_CACHE.clear()  # a new process: nothing in memory
        corpus = Corpus.load(args.corpus, only=statutes)
        bill = build_bill(corpus, spec)
        return impact_warnings(corpus, spec, bill.warnings)

    def cached() -> list[str]:
        references._INDEX_CACHE.clear()
        corpus = Corpus.load(args.corpus, only=laws)
        bill = build_bill(corpus, spec)
        return impact_warnings(corpus, spec, bill.warnings,
                               index=lambda: references.cached_citation_index(args.corpus, data_dir, laws=laws))

    def cold_cache() -> list[str]:
        for f in (data_dir / references.CACHE_DIR).glob("*.json"):
            f.unlink()
        references._BUILT.clear()  # a new process: nothing built yet
        return cached()

    render_only()  # imports and first-use caches out of the timings
    assert all_statutes() == cold_cache() == cached(), "the cached index must give the same warnings"
    print(f"spec {args.spec.name if args.spec else 'default'}: {len(cached())} impact warnings; {len(statutes)} statutes in the corpus")
    medians: dict[str, float] = {}
    for name, fn in (("render only (baseline)", render_only), ("all statutes (before)", all_statutes),
                     ("cached index (after)", cached), ("cache rebuilt (first render)", cold_cache)):
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
        medians[name] = statistics.median(times)
        print(f"{name:30s} best {min(times):8.1f} ms  median {medians[name]:8.1f} ms")
    base = medians["render only (baseline)"]
    for name, value in medians.items():
        print(f"{name:30s} {value / base:5.2f}x baseline")


if __name__ == "__main__":
    main()
