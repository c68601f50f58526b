"""Throughput of the deterministic citation checker (not a test).

    python benchmarks/bench_citations.py [--pairs 3000] [--repeat 3]

Builds realistic (claim, citation) pairs from the reference corpus — every
항 and 호 of police-act, the autonomous-police decree and the police
officials act quoted or altered (a number changed, a body swapped, a
negation flipped, a non-existent address) — and times
``CitationChecker.check`` without embeddings or an LLM judge. The corpus is
loaded and Kiwi warmed up before timing; claims are all distinct, so the
per-claim analysis cache does not help.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.corpus.addresses import provision_label  # noqa: E402

DOCS = ("police-act", "autonomous-police-committee-decree", "police-officials-act")


def _claim_sized(text: str, max_chars: int) -> str | None:
    """The provision's first sentence if it is claim-sized (dev claims average 40 characters)."""
    first = re.split(r"(?<=다\.)\s+", " ".join(text.split()))[0]
    return first if len(first) <= max_chars else None


def build_pairs(corpus, n: int, seed: int = 7, max_chars: int | None = None) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    base: list[tuple[str, str, str]] = []
    for doc in DOCS:
        statute = corpus.statute(doc)
        for art in statute.articles:
            if art.deleted:
                continue
            for hang in art.hangs:
                addr = art.key + (provision_label("항", hang.number) if hang.number else "")
                units = [(hang.text, addr)] + [(ho.text, addr + provision_label("호", ho.number)) for ho in hang.hos]
                for text, unit_addr in units:
                    if not text.strip():
                        continue
                    if max_chars is not None:
                        text = _claim_sized(text, max_chars)
                        if text is None:
                            continue
                    base.append((text, doc, unit_addr))
    pairs: list[tuple[str, str, str]] = []
    i = 0
    while len(pairs) < n:
        text, doc, addr = base[i % len(base)]
        kind = i % 5
        claim = text
        if kind == 1:
            claim = re.sub(r"\d+", lambda m: str(int(m.group()) + 1 + rng.randint(0, 3)), text, count=1)
        elif kind == 2:
            claim = text.replace("국가경찰위원회", "시ㆍ도자치경찰위원회") if "국가경찰위원회" in text else "경찰청장은 " + text
        elif kind == 3:
            claim = text.replace("할 수 있다", "할 수 없다") if "할 수 있다" in text else text.replace("한다", "하지 아니한다")
        elif kind == 4:
            addr = addr + "제99호" if "호" not in addr else addr.replace("호", "호의9")
        pairs.append((claim, doc, addr))
        i += 1
        if i > n * 20:
            break
    return list(dict.fromkeys(pairs))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()

    from drafter.citations.analysis import analyze
    from drafter.corpus.corpus import Corpus

    corpus = Corpus.load(args.corpus, only=set(DOCS))
    analyze("경찰청장은 대통령이 임명한다.")  # load Kiwi
    for label, max_chars in (("claim-sized claims (first sentence, at most 60 characters)", 60),
                             ("whole provisions as claims", None)):
        pairs = build_pairs(corpus, args.pairs, max_chars=max_chars)
        print(f"== {label}")
        _run(corpus, pairs, args.repeat)


def _run(corpus, pairs, repeat: int) -> None:
    from drafter.citations.checker import CitationChecker

    from drafter.citations.analysis import clear_cache

    avg = statistics.mean(len(c) for c, _, _ in pairs)
    print(f"{len(pairs)} distinct pairs over {len({(d, a) for _, d, a in pairs})} cited passages; "
          f"claims average {avg:.0f} characters")
    for mode in ("one by one", "batched"):
        rates: list[float] = []
        cpu_rates: list[float] = []
        verdicts: dict[str, int] = {}
        for run in range(repeat):
            clear_cache()
            checker = CitationChecker(corpus)
            started, cpu_started = time.perf_counter(), time.process_time()
            if mode == "batched":
                results = checker.check_many(pairs)
            else:
                results = [checker.check(claim, doc, addr) for claim, doc, addr in pairs]
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            for r in results:
                verdicts[r.verdict] = verdicts.get(r.verdict, 0) + 1
            rates.append(len(pairs) / elapsed)
            cpu_rates.append(len(pairs) / cpu)
            print(f"{mode}, run {run + 1}: {len(pairs)} pairs in {elapsed:.2f} s = {rates[-1]:.0f} pairs/s "
                  f"(CPU time {cpu:.2f} s = {cpu_rates[-1]:.0f} pairs per CPU-second; cold cache)")
        print(f"{mode}: median {statistics.median(rates):.0f} pairs/s wall, "
              f"{statistics.median(cpu_rates):.0f} pairs per CPU-second; verdicts per run: "
              f"{ {k: v // repeat for k, v in verdicts.items()} }")


if __name__ == "__main__":
    main()
