"""Retrieval benchmark (run by hand, not a test). One run measures:

a. this pipeline vs a naive LangChain RAG (RecursiveCharacterTextSplitter
   1000/200 over the raw files + langchain-chroma + the same embedder):
   recall@5, MRR and query time on an evaluation set;
b. full-corpus ingest time vs the raw embedding time of the same chunks;
c. no-op re-ingest time (in process, and the ``drafter ingest`` command);
d. warm query latency p50/p95;
e. peak memory (RSS);
plus recall/MRR of the dense-only, BM25-only and hybrid modes.

Usage::

    python benchmarks/bench_retrieval.py --corpus ../shared/corpus \\
        --evalset ../shared/evalsets/retrieval-dev.jsonl --out bench-retrieval.json

Raw embedding time is, by default, the time spent inside the embedder during
the fresh ingest (same chunks, same batches); ``--separate-raw`` embeds the
chunks once more outside the pipeline instead (doubles the run time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux: ru_maxrss is KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[idx]


def bench_pipeline(args: argparse.Namespace, data_dir: Path, results: dict[str, Any]) -> None:
    from drafter.config import load_settings
    from drafter.corpus.corpus import Corpus
    from drafter.retrieval.chunks import chunk_corpus
    from drafter.retrieval.embedders import make_embedder
    from drafter.retrieval.service import open_retrieval

    settings = load_settings(corpus_dir=args.corpus, data_dir=data_dir)
    t0 = time.perf_counter()
    embedder = make_embedder(settings.embedder)
    embedder.embed_query("warm up")
    results["embedder"] = {"name": embedder.name, "dimension": embedder.dimension,
                           "load_seconds": time.perf_counter() - t0}

    corpus = Corpus.load(settings.corpus_dir)
    service = open_retrieval(settings, embedder=embedder)
    if args.skip_ingest_figures:
        report = service.ingest(settings.corpus_dir)  # completes a partial index; a no-op on a complete one
        results["ingest"] = {"skipped": True, "chunks": report.chunks, "embedded": report.chunks_embedded}
        results["noop_reingest"] = {"skipped": True}
        _quality_and_latency(args, service, embedder, corpus, results)
        return
    t0 = time.perf_counter()
    report = service.ingest(settings.corpus_dir)
    ingest_s = time.perf_counter() - t0
    raw_s = report.embed_seconds
    raw_method = "time inside embed_documents during the ingest (same chunks, same batches)"
    if args.separate_raw:
        chunks = [c for cs in chunk_corpus(corpus).values() for c in cs]
        texts = [c.embed_text for c in chunks]
        t0 = time.perf_counter()
        bs = settings.embedder.batch_size
        for i in range(0, len(texts), bs):
            embedder.embed_documents(texts[i : i + bs])
        raw_s = time.perf_counter() - t0
        raw_method = "a separate embed_documents pass over the same chunk texts"
    results["ingest"] = {
        "documents": len(report.added), "chunks": report.chunks, "seconds": ingest_s,
        "raw_embedding_seconds": raw_s, "raw_embedding_method": raw_method,
        "ratio": ingest_s / raw_s if raw_s else None, "goal_ratio": 1.2,
    }
    results["rss_after_ingest_mb"] = rss_mb()

    # c. no-op re-ingest: a fresh service (new Chroma client), and the CLI in a fresh process
    t0 = time.perf_counter()
    again = open_retrieval(settings, embedder=embedder).ingest(settings.corpus_dir)
    noop_s = time.perf_counter() - t0
    env = {**os.environ, "DRAFTER_DATA_DIR": str(data_dir), "ANONYMIZED_TELEMETRY": "False"}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "drafter", "ingest", "--corpus", str(settings.corpus_dir)],
                          env=env, capture_output=True, text=True, cwd=ROOT, check=False)
    cli_s = time.perf_counter() - t0
    results["noop_reingest"] = {
        "seconds_in_process": noop_s, "skipped": len(again.skipped), "embedded": again.chunks_embedded,
        "seconds_cli_process": cli_s, "cli_exit": proc.returncode, "cli_output": proc.stdout.strip()[-300:],
        "goal_seconds": 3.0,
    }

    _quality_and_latency(args, service, embedder, corpus, results)


def _quality_and_latency(args: argparse.Namespace, service: Any, embedder: Any, corpus: Any,
                         results: dict[str, Any]) -> None:
    from drafter_evals.retrieval_eval import evaluate, load_questions

    settings = service.settings
    # quality per mode
    questions = load_questions(args.evalset)
    modes: dict[str, Any] = {}
    original = (settings.retrieval.dense_weight, settings.retrieval.lexical_weight)
    all_modes = {"dense": (1.0, 0.0), "bm25": (0.0, 1.0), "hybrid": original}
    for mode, (dw, lw) in ({"hybrid": original} if args.hybrid_only else all_modes).items():
        service.settings.retrieval.dense_weight, service.settings.retrieval.lexical_weight = dw, lw
        rep = evaluate(questions, lambda q, n: service.search(q, k=n), depth=10, file=str(args.evalset))
        if mode == "hybrid":
            results["by_language"] = _by_language({r.id: r.rank for r in rep.results}, questions, "pipeline")
        modes[mode] = {"recall_at_1": rep.recall_at_1, "recall_at_5": rep.recall_at_5, "mrr": rep.mrr,
                       "ranks": {r.id: r.rank for r in rep.results}}
    service.settings.retrieval.dense_weight, service.settings.retrieval.lexical_weight = original
    results["modes"] = modes

    # d. warm query latency (hybrid, k=5)
    for q in questions[:3]:
        service.search(q.query, k=5)
    times: list[float] = []
    for _ in range(args.reps):
        for q in questions:
            t0 = time.perf_counter()
            service.search(q.query, k=5)
            times.append(1000 * (time.perf_counter() - t0))
    results["query_ms"] = {"n": len(times), "p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
                           "mean": statistics.fmean(times), "goal_p95": 100.0}
    results["rss_after_queries_mb"] = rss_mb()
    results["pipeline"] = {"recall_at_5": modes["hybrid"]["recall_at_5"], "mrr": modes["hybrid"]["mrr"],
                           "query_ms_p50": results["query_ms"]["p50"]}
    results["_embedder_obj"] = embedder
    results["_corpus_obj"] = corpus
    results["_questions"] = questions


def bench_naive(args: argparse.Namespace, work: Path, results: dict[str, Any]) -> None:
    """RecursiveCharacterTextSplitter(1000, 200) over the raw files + langchain-chroma."""
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from drafter.corpus.models import Statute
    from drafter.retrieval.langchain_retriever import LangChainEmbeddings

    embedder = results["_embedder_obj"]
    corpus = results["_corpus_obj"]
    questions = results["_questions"]
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    docs = []
    for doc_id, text in corpus.sources.items():
        docs += splitter.create_documents([text], metadatas=[{"doc": doc_id}])
    t0 = time.perf_counter()
    # --naive-dir keeps the naive store between runs (it is rebuilt when its chunk count differs)
    directory = args.naive_dir or work / "naive-chroma"
    store = Chroma(collection_name="naive", embedding_function=LangChainEmbeddings(embedder),
                   persist_directory=str(directory), collection_metadata={"hnsw:space": "cosine"})
    reused = store._collection.count() == len(docs)
    if not reused:
        if store._collection.count():
            store.delete_collection()
            store = Chroma(collection_name="naive", embedding_function=LangChainEmbeddings(embedder),
                           persist_directory=str(directory), collection_metadata={"hnsw:space": "cosine"})
        for i in range(0, len(docs), 64):
            store.add_documents(docs[i : i + 64])
    ingest_s = time.perf_counter() - t0

    def articles_of(doc_id: str, start: int, end: int) -> set[str]:
        doc = corpus.documents[doc_id]
        if not isinstance(doc, Statute):
            return set()
        return {a.label for a in doc.articles if a.span.start < end and start < a.span.end}

    ranks: dict[str, int | None] = {}
    times: list[float] = []
    for q in questions:
        t0 = time.perf_counter()
        found = store.similarity_search(q.query, k=5)
        times.append(1000 * (time.perf_counter() - t0))
        gold = {(g.doc, g.article) for g in q.gold}
        rank = None
        for i, d in enumerate(found, start=1):
            start = int(d.metadata["start_index"])
            labels = articles_of(d.metadata["doc"], start, start + len(d.page_content))
            if any((d.metadata["doc"], label) in gold for label in labels):
                rank = i
                break
        ranks[q.id] = rank
    n = len(questions)
    results["naive"] = {
        "chunks": len(docs), "ingest_seconds": ingest_s,
        "recall_at_5": sum(r is not None for r in ranks.values()) / n,
        "mrr": sum(1 / r for r in ranks.values() if r) / n,
        "query_ms_p50": percentile(times, 0.5), "query_ms_p95": percentile(times, 0.95),
        "ranks": ranks,
        "note": "a naive chunk counts for every article it overlaps (generous to the baseline)",
        "store_reused": reused,
    }
    results.setdefault("by_language", {}).update(_by_language(ranks, questions, "naive"))
    results["rss_peak_mb"] = rss_mb()


def _by_language(ranks: dict[str, int | None], questions: list[Any], system: str) -> dict[str, Any]:
    """recall@5 and MRR of Korean and English questions separately."""
    out: dict[str, Any] = {}
    for lang in sorted({q.lang or "?" for q in questions}):
        ids = [q.id for q in questions if (q.lang or "?") == lang]
        got = [ranks.get(i) for i in ids]
        out[f"{system} {lang} ({len(ids)})"] = {
            "recall_at_5": sum(r is not None and r <= 5 for r in got) / len(ids),
            "mrr": sum(1 / r for r in got if r) / len(ids),
        }
    return out


def print_table(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    ing, noop, qms = results["ingest"], results["noop_reingest"], results["query_ms"]
    lang = results.get("by_language", {})
    table = Table(title=f"retrieval benchmark ({results['embedder']['name']}, {results['cpus']} CPUs)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("goal")
    table.add_row("pipeline recall@5 / MRR (hybrid)",
                  f"{results['pipeline']['recall_at_5']:.3f} / {results['pipeline']['mrr']:.3f}", "≥0.9 / ≥0.8")
    for mode, m in results["modes"].items():
        table.add_row(f"  {mode} recall@1 / @5 / MRR", f"{m['recall_at_1']:.3f} / {m['recall_at_5']:.3f} / {m['mrr']:.3f}", "")
    if "naive" in results:
        nv = results["naive"]
        table.add_row("naive LangChain recall@5 / MRR", f"{nv['recall_at_5']:.3f} / {nv['mrr']:.3f}", "")
        table.add_row("naive query p50 (ms)", f"{nv['query_ms_p50']:.1f}", "")
        table.add_row("naive ingest (s), chunks", f"{nv['ingest_seconds']:.1f}, {nv['chunks']}", "")
    for key, m in lang.items():
        table.add_row(f"  {key} recall@5 / MRR", f"{m['recall_at_5']:.3f} / {m['mrr']:.3f}", "")
    if not ing.get("skipped"):
        table.add_row("ingest (s), chunks", f"{ing['seconds']:.1f}, {ing['chunks']}", "")
        table.add_row("raw embedding of the same chunks (s)", f"{ing['raw_embedding_seconds']:.1f}", "")
        table.add_row("ingest / raw embedding", f"{ing['ratio']:.3f}", "≤1.2")
        table.add_row("no-op re-ingest in process (s)", f"{noop['seconds_in_process']:.2f}", "<3")
        table.add_row("no-op `drafter ingest` process (s)", f"{noop['seconds_cli_process']:.2f}", "<3")
    table.add_row("warm query p50 / p95 (ms)", f"{qms['p50']:.1f} / {qms['p95']:.1f}", "p95<100")
    table.add_row("peak RSS (MiB)", f"{results.get('rss_peak_mb', results['rss_after_queries_mb']):.0f}", "")
    Console().print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--evalset", type=Path, default=ROOT.parent / "shared" / "evalsets" / "retrieval-dev.jsonl")
    parser.add_argument("--out", type=Path, default=Path("bench-retrieval.json"))
    parser.add_argument("--data-dir", type=Path, default=None, help="keep the index here (default: a temp dir)")
    parser.add_argument("--reps", type=int, default=5, help="repetitions of the query set for latency")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--naive-dir", type=Path, default=None,
                        help="keep the naive LangChain store here and reuse it on the next run")
    parser.add_argument("--hybrid-only", action="store_true", help="skip the dense-only and BM25-only modes")
    parser.add_argument("--skip-ingest-figures", action="store_true",
                        help="with --data-dir on a complete index: only quality and latency (no ingest timing)")
    parser.add_argument("--separate-raw", action="store_true", help="embed the chunks again outside the pipeline")
    args = parser.parse_args(argv)
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    work = Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    data_dir = args.data_dir or work / "data"
    results: dict[str, Any] = {"command": " ".join([Path(sys.executable).name, *sys.argv]),
                               "cpus": os.cpu_count(), "corpus": str(args.corpus), "evalset": str(args.evalset)}
    started = time.perf_counter()
    bench_pipeline(args, data_dir, results)
    args.out.write_text(json.dumps({k: v for k, v in results.items() if not k.startswith("_")},
                                   ensure_ascii=False, indent=2), encoding="utf-8")  # partial, in case of a kill
    if not args.skip_naive:
        bench_naive(args, work, results)
    results["total_seconds"] = time.perf_counter() - started
    for key in [k for k in results if k.startswith("_")]:
        del results[key]
    print_table(results)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
