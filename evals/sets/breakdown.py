"""Per-language and per-kind breakdown of ``drafter eval citations --json`` on a set of ours.

Usage::

    python evals/sets/breakdown.py evals/sets/heldout-citations-2026-11-25.jsonl [--misses] [-- extra eval flags]

``--misses`` lists the rows judged wrong: use it on the tuning set only (reading
held-out misses is tuning on them).
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    path, misses = Path(argv[0]), "--misses" in argv
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    rows = {r["id"]: r for r in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)}
    proc = subprocess.run([sys.executable, "-m", "drafter", "eval", "citations", str(path), "--json", *extra],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    report = json.loads(proc.stdout)
    per = report["per_label"]
    print(f"accuracy {report['accuracy']:.3f}  supported P/R {per['supported']['precision']:.3f}/"
          f"{per['supported']['recall']:.3f}  unsupported R {per['unsupported']['recall']:.3f}  "
          f"unresolvable caught {report['unresolvable_caught']}")
    counts: dict[tuple[str, str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for got in report["rows"]:
        row = rows[got["id"]]
        key = (row.get("lang", "?"), row.get("kind", "?"), row["label"])
        counts[key][1] += 1
        counts[key][0] += got["verdict"] == row["label"]
    for key in sorted(counts):
        print("  ", *key, f"{counts[key][0]}/{counts[key][1]}")
    flips = [g["id"] for g in report["rows"] if rows[g["id"]].get("kind") in ("negation", "modality")
             and rows[g["id"]]["label"] == "unsupported" and g["verdict"] == "supported"]
    print(f"negation/modality flips judged supported: {len(flips)}")
    if misses:
        for got in report["rows"]:
            row = rows[got["id"]]
            if got["verdict"] != row["label"]:
                print(f"  MISS {got['id']} {row['label']} -> {got['verdict']}: {row['claim']} | {got['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
