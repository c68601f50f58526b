"""Support-judge threshold sweep (run by hand, not a test): every combination of
the given :class:`~drafter.citations.support.SupportThresholds` fields, scored
on tuning citation sets in one process.

Usage::

    python benchmarks/sweep_support.py '{"cross_lingual": [0.6, 0.7], "rescue_coverage": [0.5, 0.6]}' \\
        evals/sets/tuning-citations.jsonl evals/sets/tuning-citations-3.jsonl

Prints accuracy, supported recall, and the one-change flips (rows of kind
negation, modality, number or body labelled unsupported) judged supported, per
set. Held-out sets (``heldout-*``) are refused (``evals/sets/README.md``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLIP_KINDS = ("negation", "modality", "number", "body")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("grid", help='JSON: {"field": [values]} of SupportThresholds')
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    held_out = [str(s) for s in args.sets if s.name.startswith("heldout-")]
    if held_out:
        print(f"error: refusing held-out set(s) {', '.join(held_out)}: sweep on tuning sets only", file=sys.stderr)
        return 2

    from drafter.citations.checker import CitationChecker
    from drafter.citations.similarity import E5Similarity
    from drafter.citations.support import SupportThresholds
    from drafter.corpus.corpus import Corpus

    grid: dict[str, list[Any]] = json.loads(args.grid)
    unknown = [k for k in grid if k not in SupportThresholds.model_fields]
    if unknown:
        print(f"error: unknown threshold(s) {', '.join(unknown)}: {', '.join(SupportThresholds.model_fields)}",
              file=sys.stderr)
        return 2
    corpus = Corpus.load(args.corpus)
    similarity = E5Similarity()
    rows = {path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in args.sets}
    for combo in itertools.product(*grid.values()):
        values = dict(zip(grid, combo))
        checker = CitationChecker(corpus, similarity=similarity, thresholds=SupportThresholds(**values))
        print(values)
        for path, cases in rows.items():
            got = [checker.check(c["claim"], c["citation"]["doc"], c["citation"].get("address"), id=c["id"])
                   for c in cases]
            right = sum(g.verdict == c["label"] for g, c in zip(got, cases))
            supported = [(g, c) for g, c in zip(got, cases) if c["label"] == "supported"]
            recall = sum(g.verdict == "supported" for g, _ in supported) / len(supported) if supported else 0.0
            flips = [c for g, c in zip(got, cases) if c.get("kind") in FLIP_KINDS and c["label"] == "unsupported"]
            passed = sum(1 for g, c in zip(got, cases) if c in flips and g.verdict == "supported")
            print(f"  {path.name}: accuracy {right / len(cases):.3f}  supported recall {recall:.3f}  "
                  f"flips judged supported {passed}/{len(flips)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
