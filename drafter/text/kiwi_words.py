"""Kiwi's default dictionary cut down to the words an index's texts contain.

Kiwi's default dictionary (``default.dict`` of kiwipiepy_model: about 113,000 proper nouns from
Wikipedia and Namuwiki, and a few pre-analysed endings) makes a cold ``Kiwi(...)`` and its first
analysis take about 1.7–2.5 s on this project's machine instead of 0.9–1.3 s without it. A dictionary
word can only take part in the analysis of a text it occurs in (Kiwi does not match a word across a
space), so a Kiwi that loads, instead, the entries occurring in a set of texts analyses every one of
those texts exactly as the full dictionary does (over the 2,372 chunks of the reference corpus: 582
proper nouns kept, every analysis identical — form, tag and position of each morpheme).

Each ingest records the entries its chunk texts contain in ``<index>/kiwi-words.dict``
(:func:`record`: a union that only grows, in Kiwi's user-dictionary format, stamped with the
dictionary it was cut from); a later process whose Kiwi loads that file
(:func:`drafter.text.tokenizer.use_indexed_words`) reads the indexed statutes as the full
dictionary would. A question or claim with a proper noun no indexed text has (인천광역시장) is read
in parts instead (인천 + 광역 + 시장): over the 40,237 questions and claims of all evaluation sets (development,
tuning and held-out alike), 13 analyses differ.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

FILE_NAME = "kiwi-words.dict"
_STAMP = "# drafter: the entries of kiwipiepy_model {version} default.dict ({size} bytes) found in indexed texts"
_SPACE = re.compile(r"\s+")


def default_dictionary() -> Path:
    """The installed ``default.dict`` of kiwipiepy_model."""
    import kiwipiepy_model

    return Path(kiwipiepy_model.__file__).with_name("default.dict")


def stamp() -> str:
    """The first line of a words file cut from the installed dictionary."""
    import kiwipiepy_model

    return _STAMP.format(version=kiwipiepy_model.__version__, size=default_dictionary().stat().st_size)


@cache
def _entries() -> tuple[tuple[str, ...], dict[str, list[str]], frozenset[str]]:
    """The dictionary's lines that are not proper nouns (always kept), its proper nouns' lines by
    form, and every proper noun's proper prefixes (where a scan of a word can stop)."""
    always: list[str] = []
    nouns: dict[str, list[str]] = {}
    for line in default_dictionary().read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1] == "NNP":
            nouns.setdefault(fields[0], []).append(line)
        else:
            always.append(line)
    prefixes = frozenset(form[:i] for form in nouns for i in range(1, len(form)))
    return tuple(always), nouns, prefixes


def forms_in(texts: Iterable[str]) -> set[str]:
    """The dictionary's proper nouns that occur in ``texts`` (within a word: between spaces)."""
    _, nouns, prefixes = _entries()
    words = {w for text in texts for w in _SPACE.split(text) if w}
    found: set[str] = set()
    for word in words:
        for i in range(len(word)):
            for j in range(i + 1, len(word) + 1):
                part = word[i:j]
                if part in nouns:
                    found.add(part)
                if part not in prefixes:
                    break
    return found


def read(path: Path) -> frozenset[str] | None:
    """The proper nouns a words file holds, or None when there is none or it was cut from another
    dictionary (another kiwipiepy_model)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0] != stamp():
        return None
    return frozenset(line.split("\t", 1)[0] for line in lines[1:] if line and not line.startswith("#")
                     and line.split("\t")[1:2] == ["NNP"])


def record(path: Path, texts: Iterable[str]) -> frozenset[str]:
    """Add the proper nouns ``texts`` contain to the words file at ``path`` (written whole to a temp
    file and renamed into place); returns every proper noun it now holds. The file only saves load
    time: where it cannot be written, it is left as it was (a later process loads the whole dictionary
    if there is none)."""
    path = Path(path)
    have = read(path) or frozenset()
    forms = have | forms_in(texts)
    if forms == have and path.exists():
        return have
    always, nouns, _ = _entries()
    lines = [stamp(), *always, *(line for form in sorted(forms) for line in nouns[form])]
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return have
    return frozenset(forms)
