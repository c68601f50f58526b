"""A parsed corpus cached on disk, so a cold command does not parse every statute again.

Parsing the eleven reference statutes and the paper takes about a second on
2 cores (some 36,000 validated nodes); unpickling the parsed :class:`Corpus`
takes about a third of that. :func:`load_corpus_cached` keys the pickle by
the corpus directory, each document file's path, size and modification time
(ns), and the same of every parser module (``drafter/corpus/*.py``), so an
edited file or parser is parsed afresh. Each installed tree keeps its own copy
(the file name starts with a digest of its parser folder): two trees sharing a
data directory (an upgrade and the tree before it, or ``benchmarks/`` running
both side by side) no longer evict each other's copy on every run. The cache is only a copy: any
problem reading or writing it falls back to :meth:`Corpus.load`, which also
reports bad files as before (a corpus with errors is never cached).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path

from drafter.corpus.corpus import Corpus

_PARSER_DIR = Path(__file__).resolve().parent


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{path}\t{st.st_size}\t{st.st_mtime_ns}"


def corpus_key(root: Path) -> str:
    """Changes when any document file of ``root`` or any parser module changes."""
    lines = [str(Path(root).resolve())]
    lines += [f"{doc_id}\t{_stamp(path)}" for doc_id, path, _ in Corpus.discover(root)]
    lines += [_stamp(p) for p in sorted(_PARSER_DIR.glob("*.py"))]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def load_corpus_cached(root: Path, cache_dir: Path) -> Corpus:
    """``Corpus.load(root)``, from ``cache_dir`` when nothing changed since it was parsed."""
    key = corpus_key(root)  # a missing corpus is the CorpusError of Corpus.discover
    tree = hashlib.sha256(str(_PARSER_DIR).encode("utf-8")).hexdigest()[:8]
    path = Path(cache_dir) / f"corpus-{tree}-{key[:32]}.pickle"
    with contextlib.suppress(Exception):  # noqa: BLE001 - a bad cache is a cache miss
        with path.open("rb") as fh:
            corpus = pickle.load(fh)  # noqa: S301 - written by this module into the user's data dir
        if isinstance(corpus, Corpus):
            return corpus
    corpus = Corpus.load(root)
    with contextlib.suppress(OSError, pickle.PicklingError):
        path.parent.mkdir(parents=True, exist_ok=True)
        # this tree's stale copy, and copies named before trees had their own (corpus-<key>.pickle)
        for old in [*path.parent.glob(f"corpus-{tree}-*.pickle"), *path.parent.glob("corpus-" + "?" * 32 + ".pickle")]:
            with contextlib.suppress(OSError):
                old.unlink()
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump(corpus, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    return corpus
