"""The one sentence splitter for provision and answer text.

Korean provisions end a sentence with ``다.``; English text with ``.``, ``!``
or ``?`` before a capital or an opening quote. Lines are joined first (a
provision wraps), so the pieces are whole sentences with single spaces.
(Paper files have their own span-keeping parser: ``drafter.corpus.paper_parser``.)
"""

from __future__ import annotations

from drafter.text.lazy_regex import lazy_compile

SENTENCE_BREAK = lazy_compile(r"(?<=다\.)\s+|(?<=[.!?])\s+(?=[A-Z\"“])")


def split_sentences(text: str) -> list[str]:
    """``"① A를 둔다. B는 …한다."`` → ``["① A를 둔다.", "B는 …한다."]`` (whitespace collapsed).

    A sentence inside parentheses does not end the provision's: '시장ㆍ군수(광역시의 군수를
    포함한다. 이하 같다)ㆍ구청장과 협의하여 …' is one sentence."""
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip())
    out: list[str] = []
    start = depth = scanned = 0
    for m in SENTENCE_BREAK.finditer(flat):
        for ch in flat[scanned : m.start()]:
            depth += 1 if ch in "(（" else -1 if ch in ")）" and depth > 0 else 0
        scanned = m.start()
        if depth == 0:
            out.append(flat[start : m.start()])
            start = m.end()
    out.append(flat[start:])
    return [s.strip() for s in out if s.strip()]
