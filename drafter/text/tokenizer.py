"""The one Korean tokenizer: a single Kiwi (kiwipiepy) instance per process,
created on first use, and the morpheme tokens BM25 indexes.

Every module that reads Korean morphemes — BM25 (:mod:`drafter.retrieval.lexical`),
the support checker (:mod:`drafter.citations.analysis`), particle widening
(:mod:`drafter.amend.widen`) — takes Kiwi from :func:`get_kiwi`.

Loaded without the typo and multi-word dictionaries: over the 2,367 chunks of
the reference corpus the BM25 tokens are identical to a default ``Kiwi()``
and it loads in 2.0 s instead of 3.6 s. Where an index has recorded the words
of Kiwi's default dictionary its texts contain (:mod:`drafter.text.kiwi_words`,
:func:`use_indexed_words`), Kiwi loads those instead of the whole dictionary
(0.5–1 s less on a cold start) and reads every indexed text as the whole
dictionary would; text going into an index is always read with every
dictionary word it contains (:func:`tokenize_indexed`).

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
from pathlib import Path
from typing import Any

KEEP_TAGS = {"NNG", "NNP", "NR", "SN", "SL", "SH", "XR", "VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I"}
NOUN_TAGS = {"NNG", "NNP"}

_kiwi: Any = None
_kiwi_lock = threading.Lock()
_words_file: Path | None = None
_kiwi_words: frozenset[str] | None = None
"""The default dictionary's proper nouns the process's Kiwi holds; None: the whole dictionary."""
_full_kiwi: Any = None


def use_indexed_words(path: Path | None) -> None:
    """Load the process's Kiwi (if it is not loaded yet) with the dictionary words an index recorded
    in ``path`` (:func:`drafter.text.kiwi_words.record`) instead of the whole default dictionary;
    a missing file or one cut from another kiwipiepy_model is ignored. None: the whole dictionary."""
    global _words_file
    _words_file = Path(path) if path is not None else None


def _new_kiwi(words_file: Path | None) -> tuple[Any, frozenset[str] | None]:
    from kiwipiepy import Kiwi

    from drafter.text import kiwi_words

    words = kiwi_words.read(words_file) if words_file is not None else None
    if words is None:
        return Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False), None
    kiwi = Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False, load_default_dict=False)
    try:
        kiwi.load_user_dictionary(str(words_file))
    except (OSError, ValueError, RuntimeError):  # a file edited by hand or cut short: the whole dictionary instead
        return Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False), None
    return kiwi, words


def get_kiwi() -> Any:
    """The process's Kiwi instance (created on first call; batches use every core)."""
    global _kiwi, _kiwi_words
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                _kiwi, _kiwi_words = _new_kiwi(_words_file)
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


def tokenize_indexed(texts: Sequence[str], every: Sequence[str] = (), words_file: Path | None = None) -> list[list[str]]:
    """BM25 tokens of texts going into an index, read with every default-dictionary word they
    contain (the process's Kiwi if it holds them, else one with the whole dictionary); ``words_file``:
    where the index records the dictionary words of its texts (``every``: all of them, when only
    some are read again)."""
    global _kiwi, _kiwi_words, _full_kiwi
    from drafter.text import kiwi_words

    if words_file is not None:
        kiwi_words.record(words_file, every or texts)
    if not texts:
        return []
    with _kiwi_lock:
        if _kiwi is None:  # a process that indexes first loads the whole dictionary
            _kiwi, _kiwi_words = _new_kiwi(None)
    kiwi = _kiwi
    if _kiwi_words is not None and not kiwi_words.forms_in(texts) <= _kiwi_words:
        with _kiwi_lock:
            if _full_kiwi is None:
                _full_kiwi, _ = _new_kiwi(None)
        kiwi = _full_kiwi
    return [tokens_from(analysis) for analysis in kiwi.tokenize(list(texts))]


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
