"""Parse a policy paper (Markdown or plain text) into paragraphs and sentences."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from drafter.corpus.frontmatter import split_front_matter
from drafter.corpus.models import Paper, PaperParagraph, Sentence, Span
from drafter.errors import ParseError

# A sentence ends at . ! ? 。 (optionally followed by a closing quote or
# bracket) and whitespace. Decimal numbers and dates ("2021.3.30") do not
# split because no space follows their dots.
_SENTENCE_END = re.compile(r"(?<=[.!?。])[\"'”’)\]]*\s+")
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|cf|vs|Mr|Dr|No|Art|al)\.)$")


_ABBREV_WINDOW = 8  # longer than the longest abbreviation above plus the character before it


def split_sentences(text: str, base: int) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` (absolute, using ``base``) of the sentences of ``text``.

    Linear in ``len(text)``: the abbreviation test looks only at the few
    characters before each candidate end (never at the whole sentence so far).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREV.search(text[max(start, m.start() - _ABBREV_WINDOW) : m.start()]):
            continue
        piece_end = m.start()
        if text[start:piece_end].strip():
            spans.append((start, piece_end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        out.append((base + s + lead, base + s + len(seg.rstrip())))
    return out


def parse_paper(path: Path, text: str | None = None, doc_id: str | None = None) -> Paper:
    path = Path(path)
    if text is None:
        from drafter.corpus.loader import read_text

        text = read_text(path)
    meta, body_start = split_front_matter(text, path)
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    paragraphs: list[PaperParagraph] = []
    # paragraphs: runs of non-blank lines; Markdown headings give the title only
    pos = body_start
    line_no = text[:body_start].count("\n") + 1
    block_start = None
    block_line = 0
    lines = text[body_start:].splitlines(keepends=True) + [""]
    for raw in lines:
        stripped = raw.strip()
        if stripped and not stripped.startswith("#"):
            if block_start is None:
                block_start, block_line = pos, line_no
        else:
            if block_start is not None:
                _add_paragraph(paragraphs, text, block_start, pos, block_line, line_no - 1)
                block_start = None
            if stripped.startswith("#") and title is None:
                title = stripped.lstrip("#").strip()
        pos += len(raw)
        line_no += 1
    if not paragraphs:
        raise ParseError("the paper has no text paragraphs", path=path, line=1,
                         hint="a paper is Markdown or plain text, paragraphs separated by blank lines")
    lang = meta.get("language") if isinstance(meta.get("language"), str) else None
    if lang is None:
        hangul = sum(1 for ch in text if "가" <= ch <= "힣")
        lang = "ko" if hangul > len(text) * 0.1 else "en"
    return Paper(
        doc_id=doc_id or path.stem,
        title=title or path.stem,
        path=path,
        meta=meta,
        language=lang,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _add_paragraph(out: list[PaperParagraph], text: str, start: int, end: int, line: int, end_line: int) -> None:
    chunk = text[start:end]
    trimmed_end = start + len(chunk.rstrip())
    lead = len(chunk) - len(chunk.lstrip())
    start += lead
    body = text[start:trimmed_end]
    sentences = []
    # line numbers counted incrementally (counting from the paragraph start for
    # every sentence made a long paragraph quadratic)
    counted_to, s_line = start, line
    for i, (s, e) in enumerate(split_sentences(body, start), start=1):
        s_line += text.count("\n", counted_to, s)
        counted_to = s
        sentence = text[s:e]
        sentences.append(Sentence(index=i, text=sentence,
                                  span=Span(start=s, end=e, line=s_line, end_line=s_line + sentence.count("\n"))))
    out.append(PaperParagraph(index=len(out) + 1, text=body, sentences=sentences,
                              span=Span(start=start, end=trimmed_end, line=line, end_line=end_line)))
