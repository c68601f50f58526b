"""The one sentence splitter for provision and answer text.

Korean provisions end a sentence with ``다.``; English text with ``.``, ``!``
or ``?`` before a capital or an opening quote. Lines are joined first (a
provision wraps), so the pieces are whole sentences with single spaces.
(Paper files have their own span-keeping parser: ``drafter.corpus.paper_parser``.)
"""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"(?<=다\.)\s+|(?<=[.!?])\s+(?=[A-Z\"“])")


def split_sentences(text: str) -> list[str]:
    """``"① A를 둔다. B는 …한다."`` → ``["① A를 둔다.", "B는 …한다."]`` (whitespace collapsed)."""
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return [s.strip() for s in SENTENCE_BREAK.split(flat) if s.strip()]
