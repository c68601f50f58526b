"""Retrieval tuning sweep (run by hand, not a test): every combination of the
given module constants, scored on tuning sets, in one process over one index.

Usage::

    DRAFTER_DATA_DIR=/work/index-full python benchmarks/sweep_retrieval.py \\
        '{"fusion.PSEUDO_DENSE_WEIGHT": [0, 0.5, 1], "rerank.RERANK_DEPTH": [30, 50]}' \\
        evals/sets/tuning-retrieval.jsonl evals/sets/tuning-retrieval-2.jsonl [--misses]

A key is ``<module>.<CONSTANT>`` with the module one of ``fusion``, ``rerank``
(``drafter.retrieval.*``); the constant is set on that module and on
``drafter.retrieval.service``, which imports it. ``settings.<field>`` sets a
retrieval setting (``heading_weight``, ``rrf_k`` …) on the running service. Prints recall@5 and MRR per
set and per language. Held-out sets (``heldout-*``) are refused: a constant
chosen by looking at them would make their figures tuning figures
(``evals/sets/README.md``). The index must exist (``drafter ingest``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def by_language(questions: list[Any], ranks: list[int | None]) -> dict[str, tuple[float, float, int]]:
    """``{lang: (recall@5, MRR, n)}``."""
    out: dict[str, list[int | None]] = {}
    for q, rank in zip(questions, ranks):
        out.setdefault(q.lang, []).append(rank)
    return {lang: (sum(1 for r in rs if r and r <= 5) / len(rs), sum(1 / r for r in rs if r) / len(rs), len(rs))
            for lang, rs in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("grid", help='JSON: {"fusion.NAME": [values], "rerank.NAME": [values]}')
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--misses", action="store_true", help="list questions whose gold is not first")
    args = parser.parse_args(argv)
    held_out = [str(s) for s in args.sets if s.name.startswith("heldout-")]
    if held_out:
        print(f"error: refusing held-out set(s) {', '.join(held_out)}: sweep on tuning sets only", file=sys.stderr)
        return 2

    from drafter_evals.retrieval_eval import evaluate, load_questions

    import drafter.retrieval.fusion as fusion
    import drafter.retrieval.rerank as rerank
    import drafter.retrieval.service as service_module
    from drafter.config import load_settings
    from drafter.retrieval.service import open_retrieval

    modules = {"fusion": fusion, "rerank": rerank}
    grid: dict[str, list[Any]] = json.loads(args.grid)
    service = open_retrieval(load_settings(corpus_dir=args.corpus))
    for key in grid:
        mod, _, name = key.partition(".")
        known = hasattr(service.settings.retrieval, name) if mod == "settings" else \
            mod in modules and hasattr(modules[mod], name)
        if not known:
            print(f"error: unknown constant {key} (use fusion.NAME, rerank.NAME or settings.FIELD)", file=sys.stderr)
            return 2
    sets = {path: load_questions(path) for path in args.sets}
    for combo in itertools.product(*grid.values()):
        for key, value in zip(grid, combo):
            mod, _, name = key.partition(".")
            if mod == "settings":  # a retrieval setting of the running service (config.RetrievalSettings)
                setattr(service.settings.retrieval, name, value)
                continue
            setattr(modules[mod], name, value)
            if hasattr(service_module, name):
                setattr(service_module, name, value)
        print(dict(zip(grid, combo)))
        for path, questions in sets.items():
            report = evaluate(questions, lambda q, n: service.search(q, k=n), depth=10, file=str(path))
            ranks = [r.rank for r in report.results]
            langs = {lang: f"{r5:.3f}/{mrr:.3f} (n={n})" for lang, (r5, mrr, n) in by_language(questions, ranks).items()}
            print(f"  {path.name}: R@5 {report.recall_at_5:.3f} MRR {report.mrr:.3f} {langs}")
            if args.misses:
                for q, rank in zip(questions, ranks):
                    if rank != 1:
                        print(f"    {q.id} {q.lang} rank {rank}: {q.query}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
