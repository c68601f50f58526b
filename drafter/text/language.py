"""Which script a piece of text is written in: the one Hangul-ratio test.

A sentence is Korean when Hangul syllables (and jamo) make up at least
:data:`KOREAN_MIN_RATIO` of its letters (Hangul + Latin; digits, punctuation
and citation labels aside). ``police-act 제35조제1항`` inside brackets is
left out by the callers that cite (they test the text without its labels).
"""

from __future__ import annotations

from drafter.text.lazy_regex import lazy_compile

HANGUL = lazy_compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
LATIN = lazy_compile(r"[A-Za-z]")

KOREAN_MIN_RATIO = 0.6
"""At least this share of the letters must be Hangul: a Korean sentence naming an English
term (``NPA``, ``BM25``) passes; a sentence that is mostly Latin script does not."""


def hangul_ratio(text: str) -> float:
    """Hangul letters / (Hangul + Latin letters) of ``text``; 0.0 when it has no letters."""
    hangul = len(HANGUL.findall(text))
    letters = hangul + len(LATIN.findall(text))
    return hangul / letters if letters else 0.0


def is_korean(text: str, min_ratio: float = KOREAN_MIN_RATIO) -> bool:
    """Whether ``text`` is Korean prose (see :data:`KOREAN_MIN_RATIO`)."""
    return hangul_ratio(text) >= min_ratio
