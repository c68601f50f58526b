"""The one Korean tokenizer: a single Kiwi (kiwipiepy) instance per process,
created on first use, and the morpheme tokens BM25 indexes.

Every module that reads Korean morphemes — BM25 (:mod:`drafter.retrieval.lexical`),
the support checker (:mod:`drafter.citations.analysis`), particle widening
(:mod:`drafter.amend.widen`) — takes Kiwi from :func:`get_kiwi`.

Loaded without the typo and multi-word dictionaries: over the 2,367 chunks of
the reference corpus the BM25 tokens are identical to a default ``Kiwi()``
and it loads in 2.0 s instead of 3.6 s.

BM25 tokens (:func:`tokenize`): nouns (general, proper, numerals), verb and
adjective stems, roots, numbers, Hanja, and foreign (Latin-script) words
lowercased; plus the joined form of adjacent nouns written together
(``자치경찰`` from 자치+경찰), so compound terms score above their parts.
Particles and endings are dropped.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

KEEP_TAGS = {"NNG", "NNP", "NR", "SN", "SL", "SH", "XR", "VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I"}
NOUN_TAGS = {"NNG", "NNP"}

_kiwi: Any = None
_kiwi_lock = threading.Lock()


def get_kiwi() -> Any:
    """The process's Kiwi instance (created on first call; batches use every core)."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False)
    return _kiwi


def load_kiwi_in_background() -> None:
    """Start creating the process's Kiwi in a daemon thread, so a cold ``drafter summarize``'s imports
    and index opening overlap its loading; :func:`get_kiwi` then waits for it (one instance, under
    the lock)."""
    if _kiwi is None:
        threading.Thread(target=get_kiwi, name="drafter-load-kiwi", daemon=True).start()


def tokens_from(analysis: Iterable[Any]) -> list[str]:
    """BM25 tokens of one Kiwi analysis."""
    out: list[str] = []
    prev = None
    for tok in analysis:
        tag = str(tok.tag)
        if tag not in KEEP_TAGS:
            prev = None
            continue
        form = tok.form.lower() if tag == "SL" else tok.form
        out.append(form)
        if tag in NOUN_TAGS and prev is not None and prev.tag in NOUN_TAGS and prev.start + prev.len == tok.start:
            out.append(prev.form + tok.form)
        prev = tok if tag in NOUN_TAGS else None
    return out


def tokenize(text: str) -> list[str]:
    """BM25 tokens of one text."""
    return tokenize_many([text])[0]


def tokenize_many(texts: Sequence[str]) -> list[list[str]]:
    """BM25 tokens of many texts (one Kiwi batch)."""
    if not texts:
        return []
    return [tokens_from(analysis) for analysis in get_kiwi().tokenize(list(texts))]


_WORD = re.compile(r"\w+")


def char_bigrams(text: str) -> list[str]:
    """Character bigrams of each word, lowercased: a tokenizer that needs no
    model (instant), for a search that must answer before Kiwi has loaded."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        out += [word] if len(word) < 2 else [word[i : i + 2] for i in range(len(word) - 1)]
    return out


def bigrams_many(texts: Sequence[str]) -> list[list[str]]:
    return [char_bigrams(t) for t in texts]


TokenizeMany = Callable[[Sequence[str]], list[list[str]]]
"""``tokenize_many`` or ``bigrams_many``: what a BM25 index tokenizes with."""
