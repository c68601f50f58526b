"""Benchmark: hostile inputs end in bounded time — the paper parser's scaling and the
fail-fast paths for a YAML alias bomb and a 100k-deep JSON spec.

    python benchmarks/bench_hardening.py [--sentences 8000] [--factor 8]

Paper parser: one paragraph of N sentences and one of factor × N, parsed in the
same run; prints both times and their ratio (linear: about ``factor``; the
quadratic parser this replaced: about ``factor²``). The baseline is the small
input of the same run, so the figure does not depend on the machine.
Alias bomb / deep JSON: seconds until the named error (the old code grew
memory without bound on the bomb and raised RecursionError on the JSON).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from drafter.amend.errors import SpecError
from drafter.amend.spec import load_spec
from drafter.corpus.paper_parser import parse_paper

UNIT = "The committee, e.g. the 시ㆍ도자치경찰위원회, decides the budget. It reports to the governor!\n"


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=8000, help="sentences (×2) of the small paragraph")
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    path = Path("paper.md")
    small = "# P\n\n" + UNIT * args.sentences
    big = "# P\n\n" + UNIT * (args.sentences * args.factor)
    t_small = best_of(args.repeat, lambda: parse_paper(path, small))
    t_big = best_of(max(1, args.repeat - 1), lambda: parse_paper(path, big))
    print(f"paper parser: {len(small) / 1e6:.2f} MB paragraph {t_small:.3f} s; "
          f"{len(big) / 1e6:.2f} MB ({args.factor}x) {t_big:.3f} s; ratio {t_big / t_small:.1f} "
          f"(linear ≈ {args.factor}, quadratic ≈ {args.factor ** 2})")

    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        prev = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ",".join([f"*{prev}"] * 9) + "]")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (
            ("alias bomb (9^9 leaves)", "law: police-act\n" + "\n".join(bomb) + "\nchanges: *i\n"),
            ("JSON spec 100k deep", '{"a":' * 100_000 + "1" + "}" * 100_000),
        ):
            spec = Path(tmp) / ("s.json" if text.startswith("{") else "s.yaml")
            spec.write_text(text, encoding="utf-8")
            started = time.perf_counter()
            try:
                load_spec(spec)
                outcome = "loaded (unexpected)"
            except SpecError as exc:
                outcome = f"SpecError: {exc.message}"
            print(f"{name} ({len(text.encode()):,} bytes): {time.perf_counter() - started:.3f} s → {outcome}")


if __name__ == "__main__":
    main()
