"""The real 개정문 of the reference corpus: every ``<법률명> 일부를 다음과 같이 개정한다.`` block.

The 부칙 of the reference statutes amend other laws (``제7조(다른 법률의 개정) ① 경비업법
일부를 다음과 같이 개정한다.`` followed by the amendment sentences). They are the ground truth
the reader (:mod:`drafter.amend.reader`) and the sentence writer are measured against; the test
suite and ``benchmarks/bench_reader.py`` both take their sentences from here, straight from the
corpus files (never from copied rows).

How a block is cut out of a statute file (line by line, blank lines ignored):

* it starts at a line holding ``일부를 다음과 같이 개정한다.``;
* each following line that *looks like an amendment sentence* (it starts with an address —
  ``제N조``, ``제N장``, ``별표``, ``부칙``, ``제명`` — not followed by a heading ``(`` and it ends
  with ``한다.``) is a sentence;
* after a sentence with ``다음과 같이`` the following lines are its new text, up to the next
  sentence line that is not indented deeper than the sentence (new text is often indented, and
  may itself hold a nested block, which then is part of the text);
* anything else ends the block: the next ``② … 일부를 다음과 같이 개정한다.``, ``<16>부터
  <20>까지 생략``, ``제5조 생략``, the next 부칙 article ``제3조(…)`` or a ``부칙`` header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

OPENING = "일부를 다음과 같이 개정한다."
_OPENING_RE = re.compile(r"(?:일부를|\S중|\S[을를]) 다음과 같이 개정한다\.?\s*$")

_SENTENCE_START = re.compile(
    r"^(?:제\d+조(?:의\d+)?(?!\d|의\d|\s*\()|제\d+(?:장|편|절|관)(?:의\d+)?(?!\d|의\d)|별표|별지|부칙\s|제명|같은\s|법률\s제\d+호\s)"
)
_NEW_TEXT_VERB = re.compile(r"다음과 같이 (?:신설)?(?:한다|하고|하며)")


@dataclass
class CorpusSentence:
    """One real amendment sentence and the new text that follows it (one string, lines joined)."""

    text: str
    new_text: str = ""
    path: str = ""
    line: int = 0
    law: str = ""

    @property
    def full(self) -> str:
        """The sentence as the reader takes it: the sentence, then its new text on the next lines."""
        return self.text + ("\n" + self.new_text if self.new_text else "")


@dataclass
class CorpusBlock:
    path: str
    line: int
    law: str
    sentences: list[CorpusSentence] = field(default_factory=list)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t\u3000"))


def looks_like_sentence(line: str) -> bool:
    stripped = line.strip()
    return bool(_SENTENCE_START.match(stripped)) and stripped.endswith("한다.")


def _law_name(line: str) -> str:
    head = re.sub(r"\s*(?:일부를|중|을|를) 다음과 같이 개정한다\.?\s*$", "", line.strip())
    head = re.sub(r"^(?:제\d+조(?:의\d+)?\([^)]*\)\s*)?(?:[①-⑳]|<\d+>)?\s*", "", head)
    return head.strip()


def blocks_in_text(text: str, path: str = "") -> list[CorpusBlock]:
    lines = text.splitlines()
    blocks: list[CorpusBlock] = []
    i = 0
    while i < len(lines):
        if not _OPENING_RE.search(lines[i]):
            i += 1
            continue
        block = CorpusBlock(path=path, line=i + 1, law=_law_name(lines[i]))
        i += 1
        pending: CorpusSentence | None = None  # a sentence whose new text is being collected
        text_lines: list[str] = []
        sentence_indent = 0
        while i < len(lines):
            raw = lines[i]
            if not raw.strip():
                i += 1
                continue
            ind = _indent(raw)
            if pending is not None and text_lines and ind > sentence_indent:
                text_lines.append(raw.strip())
                i += 1
                continue
            if looks_like_sentence(raw) and not (pending is not None and not text_lines
                                                                        and ind > sentence_indent):
                if pending is not None:
                    pending.new_text = "\n".join(text_lines)
                sent = CorpusSentence(text=raw.strip(), path=path, line=i + 1, law=block.law)
                block.sentences.append(sent)
                pending = sent if _NEW_TEXT_VERB.search(raw) else None
                text_lines = []
                sentence_indent = ind
                i += 1
                continue
            if pending is not None and (not text_lines or not _ends_block(raw)):
                text_lines.append(raw.strip())
                i += 1
                continue
            break
        if pending is not None:
            pending.new_text = "\n".join(text_lines)
        if block.sentences:
            blocks.append(block)
    return blocks


_END_RE = re.compile(r"(?:생략\s*$|^\s*부칙|" + _OPENING_RE.pattern + r"|^\s*제\d+조(?:의\d+)?\((?:다른|시행|경과|적용|유효)"
                     r"|^\s*(?:[①-⑳]|<\d+>)\s*\S+.*개정한다)")


def _ends_block(raw: str) -> bool:
    return bool(_END_RE.search(raw))


def corpus_blocks(statutes_dir: Path) -> list[CorpusBlock]:
    """Every amendment block of every statute file under ``statutes_dir`` (sorted by file)."""
    out: list[CorpusBlock] = []
    for path in sorted(Path(statutes_dir).glob("*.md")):
        out.extend(blocks_in_text(path.read_text(encoding="utf-8"), path.name))
    return out


def corpus_sentences(statutes_dir: Path) -> list[CorpusSentence]:
    """The distinct real sentences (with their new text), first occurrence kept, in file order."""
    seen: set[str] = set()
    out: list[CorpusSentence] = []
    for block in corpus_blocks(statutes_dir):
        for sent in block.sentences:
            key = sent.full
            if key in seen:
                continue
            seen.add(key)
            out.append(sent)
    return out
