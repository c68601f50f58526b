"""The 개정문 reader: amendment sentences → the amendment spec.

``read_amendment(text, law, statute)`` takes the sentences that follow
``<법률명> 일부를 다음과 같이 개정한다.`` (the header line may be given or not; straight or
curly quotes), each followed by the new text of its ``다음과 같이 한다``/``신설한다`` clauses,
and returns the :class:`~drafter.amend.spec.AmendmentSpec` whose rendering gives the same
sentences back. A sentence that cannot be read raises :class:`ReadError`, naming the
sentence and the place where reading stopped; nothing is skipped.

The grammar (tokens and address phrases in :mod:`drafter.amend.reader_address`)::

    sentence  := clause {"," clause} "."
    clause    := ADDRESSES "중" PAIR {"," PAIR} VERB             replace (한다); a heading in the list
                                                                 (제4조의 제목 및 같은 조 중 …) is a retitle
               | ADDRESSES "중" QUOTE(을/를) ["각각"] VERB        strike the words (삭제한다)
               | ADDRESSES 을/를 ["각각"] VERB                    delete (삭제한다)
               | ADDRESSES 을/를 ["각각"] "다음과 같이" VERB       rewrite (한다; also 후단을, 제목 외의 부분을)
                                                                 / new article or annex (신설한다)
               | ADDRESS 에 ADDRESSES 을/를 ["각각"] "다음과 같이" VERB   new 항/호/목 (신설한다)
               | ADDRESSES 을/를 ["각각"] ADDRESSES 으로/로 VERB   renumbering (한다): moves, or the push
                                                                 of an insert at the first freed number
               | 제N조 의 "내용" 을 제1항 으로 VERB ; 제N조 "제목 외의 부분" 을 제1항 으로 VERB
               | 제N조 의 "제목" QUOTE(을/를) QUOTE(으로/로) VERB   new heading
               | "제명" ["중"] QUOTE(을/를) QUOTE(으로/로) VERB      the law's title (whole, or words)
               | DIVISION 의 "제목" ["중"] QUOTE QUOTE VERB           a 편/장/절 title (제6장제4절의 제목 …)
               | DIVISION 에 제N조… 을/를 "다음과 같이" VERB          new articles at the end of a 편/장/절
               | 제N장의M "(" articles ")" 을/를 "다음과 같이" VERB  new chapter
    ADDRESS   := 제N조제N항제N호가목1) | 같은 조/항/호/목 … | a bare sibling (제3항 after 제2조제1항)
               | 별표 …/별지 … (the annex words up to 중/을/를/a part/the next item) | 같은 표 …
               [부터 … 까지] [(종전의 …)] [각 호/목 외의 부분] [전단|후단|본문|단서 [및 …]] [의 제목]
    PAIR      := QUOTE(을/를) ["각각"] QUOTE(으로/로)
    VERB      := 한다 | 하고 | 하며 | 삭제한다 | 삭제하고 | 삭제하며 | 신설한다 | 신설하고 | 신설하며

How the sentence facts map back to the spec (the inverse of :mod:`drafter.amend.apply`'s
documented choices):

* one change per provision: ``제3조제2항 및 제5조제3항 중 "A"를 각각 "B"로`` is two replaces;
  ranges (``제2항부터 제4항까지``) are expanded — over the provisions the statute has, when it
  is given (branch numbers included), else over the plain numbers;
* ``각각`` on one provision means every occurrence (``all: true``); on a list of provisions
  it is distributive, and ``all`` is set for a provision only where the statute has the words
  more than once (without a statute: not set);
* ``전단``/``후단``/``본문``/``단서`` become ``part``; ``전단 및 후단`` is ``all: true`` with no part
  (the engine names both halves itself); ``각 호 외의 부분`` needs nothing (the engine derives it)
  unless the provision's 호 (목) hold the words too: then it is ``part: 각 호 외의 부분``;
* ``제18호(종전의 제17호)`` is addressed by the current number, ``제17호``;
* ``제17호를 제18호로 하고, 같은 항에 제17호를 다음과 같이 신설한다`` is one insert (the
  renumbering is the engine's); ``제34조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 …``
  likewise; a renumbering with no such insert is one ``move`` per provision;
* an annex (``별표 3 제1호가목``) is addressed by its words as written (the corpus holds no annex
  text); ``같은 표 제3호`` is ``별표 3 제3호`` after a place of 별표 3.

Not read (a :class:`UnsupportedSentence`, itself a :class:`ReadError`): amending 부칙
provisions (the spec refuses them too), deleting a half (``단서를 삭제한다``), and sub-items
below ``1)`` (``가목2)가)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from drafter.amend.reader_address import (
    Cursor,
    Level,
    ReadFailure,
    Ref,
    Token,
    UnsupportedForm,
    normalise_quotes,
    parse_address_list,
    tokenize,
)
from drafter.amend.reader_corpus import looks_like_sentence
from drafter.amend.spec import AmendmentSpec
from drafter.corpus.models import CIRCLED, Statute
from drafter.errors import DrafterError

VERBS = {"한다", "하고", "하며", "삭제한다", "삭제하고", "삭제하며", "신설한다", "신설하고", "신설하며"}
_HEADER_RE = re.compile(r"(?:일부를|\S중|\S[을를]) 다음과 같이 개정한다\.?\s*$")


class ReadError(DrafterError):
    """A 개정문 sentence the reader cannot read (or that the spec cannot express)."""

    def __init__(self, message: str, *, sentence: str, offset: int | None = None, number: int | None = None,
                 path: str | None = None, line: int | None = None, hint: str | None = None) -> None:
        self.sentence = sentence
        self.offset = offset
        self.number = number
        self.reason = message
        super().__init__(self._compose(), path=path, line=line,
                         hint=hint or "write the sentence as a 개정문 sentence (see examples/README.md), "
                         "or change it with a spec instead")

    def _compose(self) -> str:
        where = f"sentence {self.number}" if self.number is not None else "sentence"
        shown = self.sentence if len(self.sentence) <= 200 else self.sentence[:197] + "…"
        if self.offset is not None:
            rest = self.sentence[self.offset:]
            rest = rest if len(rest) <= 60 else rest[:57] + "…"
            return f"{where}: cannot read at character {self.offset} ({self.reason}): «{rest}»\n  sentence: {shown}"
        return f"{where}: {self.reason}\n  sentence: {shown}"

    def locate(self, *, number: int | None = None, path: str | None = None) -> ReadError:
        """Name the sentence's number or the file, after the fact; returns itself."""
        if number is not None:
            self.number = number
        if path is not None:
            self.path = path
        self.message = self._compose()
        self.args = (self.render(),)
        return self


class UnsupportedSentence(ReadError):
    """A sentence that reads, but in a form the amendment spec cannot express yet (부칙, 별표 …)."""


# -- reading one sentence ------------------------------------------------------------------


@dataclass
class Clause:
    kind: str  # replace strike delete rewrite insert_article insert renumber to_first retitle chapter
    refs: list[Ref]
    start: int
    pairs: list[tuple[str, str, bool]] = field(default_factory=list)  # old, new, 각각
    each: bool = False
    container: Ref | None = None
    targets: list[Ref] = field(default_factory=list)  # renumbering: new numbers
    chapter: str | None = None  # chapter: the new chapter's label; division / title: the 편/장/절 label, 제명
    chapter_articles: list[str] = field(default_factory=list)
    implicit_verb: bool = False
    under: str | None = None  # insert_article: at the end of this 편/장/절


@dataclass
class ReadSentence:
    text: str
    clauses: list[Clause]
    new_text: str = ""
    line: int = 0


def _verb(cur: Cursor, *allowed: str) -> str:
    tok = cur.peek()
    if tok is None or tok.kind != "WORD" or tok.value not in VERBS:
        raise cur.fail("expected a verb (한다, 하고, 하며, 삭제한다, 신설한다)")
    if allowed and not any(tok.value.startswith(a) for a in allowed):
        raise cur.fail(f"{tok.value} does not fit here")
    cur.take()
    return tok.value


def _quote(cur: Cursor, *particles: str) -> Token:
    tok = cur.peek()
    if tok is None or tok.kind != "QUOTE":
        raise cur.fail("expected quoted words")
    if particles and tok.particle not in particles:
        raise ReadFailure(f"the quotation is followed by {tok.particle!r}; expected {'/'.join(particles)}", tok.end - len(tok.particle))
    return cur.take()


def _each(cur: Cursor) -> bool:
    if cur.at_word("각각"):
        cur.take()
        return True
    return False


def _obj(cur: Cursor) -> None:
    if not cur.at_part("을", "를"):
        raise cur.fail("expected 을/를 after the address")
    cur.take()


def _pairs(cur: Cursor, clause: Clause) -> None:
    """``"A"를 [각각] "B"로 {, "C"를 "D"로} 한다`` or ``"A"를 [각각] 삭제한다``."""
    while True:
        old = _quote(cur, "을", "를")
        each = _each(cur)
        if cur.at_word("삭제한다", "삭제하고", "삭제하며"):
            clause.kind = "strike" if not clause.pairs else clause.kind
            clause.pairs.append((old.value, "", each))
            if clause.kind != "strike":
                raise cur.fail("words struck in a clause that also replaces words")
            return
        new = _quote(cur, "으로", "로")
        clause.pairs.append((old.value, new.value, each))
        if cur.at_punct(",") and cur.at_kind("QUOTE", k=1):
            cur.take()
            continue
        return


def _clause(cur: Cursor, prev: Clause | None) -> Clause:
    start = cur.offset()
    tok = cur.peek()
    if tok is None:
        raise cur.fail("expected a clause")
    if tok.kind == "WORD" and tok.value in ("부칙", "법률"):
        raise UnsupportedForm("amending 부칙 provisions (or another law's 부칙) is not supported", start)
    if tok.kind == "WORD" and tok.value == "제명":
        cur.take()
        return _title_clause(cur, Clause("title", [], start, chapter="제명"))
    if tok.kind == "DIV":
        return _division_clause(cur, start)
    if tok.kind == "QUOTE":
        # "…"을 "…"으로 하고 after a clause: the same provisions
        if prev is None or prev.kind not in ("replace", "strike"):
            raise cur.fail("quoted words with no provision named before them")
        clause = Clause("replace", [_copy(r) for r in prev.refs], start, each=False)
        _pairs(cur, clause)
        return clause
    refs = parse_address_list(cur)
    clause = Clause("replace", refs, start)
    if len(refs) == 1 and refs[0].heading and cur.at_kind("QUOTE"):
        # 제35조의 제목 "(예산)"을 "(자치경찰 예산)"으로: the whole heading
        clause.kind = "retitle"
        old = _quote(cur, "을", "를")
        new = _quote(cur, "으로", "로")
        clause.pairs.append((old.value, new.value, False))
        return clause
    if cur.at_word("중"):
        cur.take()
        _pairs(cur, clause)
        return clause
    if cur.at_part("의") and cur.at_word("내용", k=1):
        cur.take()
        cur.take()
        _obj(cur)
        target = _abs_tokens(cur)
        if target != "제1항":
            raise cur.fail("expected 제1항 (the content of a single-paragraph article becomes 제1항)")
        _directional(cur)
        clause.kind = "to_first"
        return clause
    if cur.at_part("에"):
        cur.take()
        if len(refs) != 1:
            raise cur.fail("new provisions go into one provision (…에)")
        container = refs[0]
        cur.last = container.levels
        items = parse_address_list(cur)
        _obj(cur)
        clause.each = _each(cur)
        cur.expect_word("다음과")
        cur.expect_word("같이")
        clause.kind = "insert"
        clause.container = container
        clause.refs = items
        return clause
    _obj(cur)
    clause.each = _each(cur)
    if cur.at_word("다음과"):
        cur.take()
        cur.expect_word("같이")
        clause.kind = "rewrite"  # or insert_article, decided by the verb
        return clause
    if cur.at_word("삭제한다", "삭제하고", "삭제하며"):
        clause.kind = "delete"
        return clause
    if refs[-1].outside == "제목 외의 부분" or cur.at_kind("HANG", "HO", "ART", "MOK") or cur.at_word("같은"):
        first = _abs_tokens(cur)
        if refs[-1].outside == "제목 외의 부분":
            if first != "제1항":
                raise cur.fail("expected 제1항")
            _directional(cur)
            clause.kind = "to_first"
            return clause
        cur.last = refs[0].levels
        cur.pos -= 1  # give back the address token: parse the list properly
        targets = parse_address_list(cur)
        _directional(cur)
        clause.kind = "renumber"
        clause.targets = targets
        return clause
    raise cur.fail("expected 중, 다음과 같이, 삭제한다, or a new number (…으로 한다)")


def _copy(ref: Ref) -> Ref:
    return Ref(levels=ref.levels, until=ref.until, part=ref.part, outside=ref.outside, heading=ref.heading,
               former=ref.former, start=ref.start)


def _abs_tokens(cur: Cursor) -> str:
    tok = cur.peek()
    if tok is None or tok.kind not in ("HANG", "HO", "ART", "MOK"):
        raise cur.fail("expected a provision number")
    cur.take()
    return tok.value


def _directional(cur: Cursor) -> None:
    if not cur.at_part("으로", "로"):
        raise cur.fail("expected 으로/로")
    cur.take()


def _title_clause(cur: Cursor, clause: Clause) -> Clause:
    """After 제명 or 제N장의 제목: ``"A"를 "B"로`` (the whole title) or ``중 "A"를 "B"로`` (words)."""
    if cur.at_word("중"):
        cur.take()
        _pairs(cur, clause)
        if clause.kind == "strike" or len(clause.pairs) != 1:
            raise ReadFailure("a title changes by one pair of words", clause.start)
        clause.kind += "_words"
        return clause
    old = _quote(cur, "을", "를")
    new = _quote(cur, "으로", "로")
    clause.pairs.append((old.value, new.value, False))
    return clause


def _division_label(cur: Cursor) -> str:
    """``제4편제7장제1절`` (adjacent 편/장/절 tokens)."""
    first = cur.take()
    label, end = first.value, first.end
    while cur.at_kind("DIV") and cur.peek().start == end:  # type: ignore[union-attr]
        tok = cur.take()
        label, end = label + tok.value, tok.end
    return label


def _division_clause(cur: Cursor, start: int) -> Clause:
    label = _division_label(cur)
    if cur.at_punct("("):
        cur.take()
        inside: list[str] = []
        while not cur.at_punct(")"):
            t = cur.take()
            if t.kind == "ART" or t.kind == "WORD" and t.value in ("부터", "까지"):
                inside.append(t.value)
            elif not (t.kind == "PUNCT" and t.value == "ㆍ"):
                raise ReadFailure("expected the articles of the new chapter", t.start)
        cur.take()
        _obj(cur)
        cur.expect_word("다음과")
        cur.expect_word("같이")
        if not re.fullmatch(r"제\d+장(?:의\d+)?", label):
            raise UnsupportedForm("a new 편/절/관 is not in the amendment spec yet (only chapters, 제N장의M)", start)
        return Clause("chapter", [], start, chapter=label, chapter_articles=inside)
    if cur.at_part("의") and cur.at_word("제목", k=1):
        cur.take()
        cur.take()
        return _title_clause(cur, Clause("division", [], start, chapter=label))
    if cur.at_part("에"):
        cur.take()
        cur.last = None
        refs = parse_address_list(cur)
        if any(len(r.levels) != 1 or r.levels[0][0] != "조" for r in refs):
            raise ReadFailure("a 편/장/절 takes new articles (제N조)", start)
        _obj(cur)
        each = _each(cur)
        cur.expect_word("다음과")
        cur.expect_word("같이")
        return Clause("insert_article", refs, start, each=each, under=label)
    raise cur.fail("expected 의 제목, 에 (new articles in it) or (…) (a new chapter) after a 편/장/절")


def parse_sentence(sentence: str) -> list[Clause]:
    """The clauses of one sentence (straight or curly quotes). Raises :class:`ReadFailure`.

    Quotations are first closed by the strict rule (a space after the particle), then, when that
    reading fails, by the lenient one; the reading that gets further is reported."""
    text = normalise_quotes(sentence).rstrip()
    if re.match(r"(?:부칙|법률\s*제\d+호)\s", text):
        raise UnsupportedForm("amending 부칙 provisions (or another law's 부칙) is not supported", 0)
    try:
        return _parse_tokens(text, tokenize(text, strict=True), strict=True)
    except UnsupportedForm:
        raise
    except ReadFailure as strict_failure:
        try:
            return _parse_tokens(text, tokenize(text))
        except UnsupportedForm:
            raise
        except ReadFailure as lenient_failure:
            raise max(strict_failure, lenient_failure, key=lambda f: f.offset) from None


def _parse_tokens(text: str, tokens: list[Token], strict: bool = False) -> list[Clause]:
    cur = Cursor(tokens, text_len=len(text), text=text, strict=strict)
    clauses: list[Clause] = []
    prev: Clause | None = None
    while True:
        clause = _clause(cur, prev)
        if clause.kind in ("replace", "strike") and cur.at_punct(",") and (
            cur.at_kind("ART", "HANG", "HO", "MOK", k=1) or cur.at_word("같은", k=1)
        ):
            # old style: …"B"로, 같은 조 제2항 중 … — one verb for several clauses
            clause.implicit_verb = True
            cur.take()
            clauses.append(clause)
            prev = clause
            continue
        verb = _verb(cur)
        if clause.kind == "rewrite" and verb.startswith("신설"):
            clause.kind = "insert_article"
        if clause.kind == "insert_article" and clause.under is not None and not verb.startswith("신설"):
            raise ReadFailure("new articles in a 편/장/절 are 신설한다", tokens[cur.pos - 1].start)
        expected = {"replace": "한", "strike": "삭제", "delete": "삭제", "rewrite": "한", "insert_article": "신설",
                    "insert": "신설", "renumber": "한", "to_first": "한", "retitle": "한", "chapter": "신설",
                    "title": "한", "title_words": "한", "division": "한", "division_words": "한"}[clause.kind]
        if (verb not in ("한다", "하고", "하며")) if expected == "한" else not verb.startswith(expected):
            raise ReadFailure(f"the verb {verb} does not fit this clause", tokens[cur.pos - 1].start)
        clauses.append(clause)
        prev = clause
        if verb.endswith("다"):
            if not cur.at_punct("."):
                raise cur.fail("expected . after the last verb")
            cur.take()
            if cur.peek() is not None:
                raise cur.fail("text after the end of the sentence")
            return clauses
        if not cur.at_punct(","):
            raise cur.fail("expected , after 하고/하며")
        cur.take()


# -- splitting a text into sentences and new text -------------------------------------------


def _header_end(lines: list[str]) -> int:
    """The line after the ``… 일부를 다음과 같이 개정한다.`` header (0 when there is none before
    the first sentence; a header inside new text belongs to that text)."""
    for i, raw in enumerate(lines):
        if _HEADER_RE.search(raw):
            return i + 1
        if looks_like_sentence(raw):
            return 0
    return 0


def _markers(clauses: list[Clause]) -> list[tuple[str, str]]:
    """(kind, label) of each ``다음과 같이`` target of a sentence, in order: its new text blocks."""
    out: list[tuple[str, str]] = []
    for clause in clauses:
        if clause.kind in ("rewrite", "insert_article", "insert"):
            # a renumbered provision's text carries its new number: 제5호(종전의 제4호) → "5."
            out += [r.levels[-1] if r.former else lv[-1] for r in clause.refs for lv in _expand(r, None)]
        elif clause.kind == "chapter":
            out.append(("장", clause.chapter or ""))
    return out


def read_sentences(text: str) -> list[ReadSentence]:
    """Parse every sentence of ``text`` and cut out the new text that follows each (no statute
    needed). The ``… 일부를 다음과 같이 개정한다.`` header, when given, is dropped.

    A line is the next sentence when it looks like one (an address first, ``한다.`` last) and
    the sentence before has all the new text it takes: a line that starts with the number of
    each of its ``다음과 같이`` targets (so a new provision whose text reads like a sentence is
    not mistaken for one). Raises :class:`ReadError`.
    """
    lines = normalise_quotes(text).removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[ReadSentence] = []
    text_lines: list[str] = []
    wanted: list[tuple[str, str]] = []  # markers still to be seen in the new text

    def close() -> None:
        if out:
            out[-1].new_text = "\n".join(text_lines)

    for i in range(_header_end(lines), len(lines)):
        raw = lines[i]
        if not raw.strip():
            continue
        takes_text = bool(out) and bool(_markers(out[-1].clauses))
        needs_text = takes_text and (not text_lines or bool(wanted))
        # a line after a sentence that takes no new text is the next sentence, readable or not
        if not takes_text or (looks_like_sentence(raw) and not raw[:1].isspace() and not needs_text):
            close()
            sent = ReadSentence(text=raw.strip(), clauses=[], line=i + 1)
            number = len(out) + 1
            try:
                sent.clauses = parse_sentence(sent.text)
            except UnsupportedForm as exc:
                raise UnsupportedSentence(exc.message, sentence=sent.text, offset=exc.offset, number=number,
                                          line=sent.line) from None
            except ReadFailure as exc:
                raise ReadError(exc.message, sentence=sent.text, offset=exc.offset, number=number,
                                line=sent.line) from None
            out.append(sent)
            text_lines = []
            wanted = _markers(sent.clauses)[1:]
            continue
        text_lines.append(raw.strip())
        if wanted and len(text_lines) > 1 and _starts_with_marker(raw, *wanted[0]):
            wanted.pop(0)
    close()
    if not out:
        raise ReadError("no amendment sentence found", sentence=text.strip()[:200],
                        hint="give the sentences after '… 일부를 다음과 같이 개정한다.', one per line")
    return out


# -- from clauses to changes ----------------------------------------------------------------


def _label(levels: tuple[Level, ...]) -> str:
    return "".join(lab for _, lab in levels)


def _number(label: str) -> tuple[int, int]:
    """``제35조의2`` → (35, 2); ``제6호`` → (6, 0); ``나목`` → (2, 0); ``1)`` → (1, 0)."""
    digits = re.findall(r"\d+", label)
    if digits:
        return int(digits[0]), int(digits[1]) if len(digits) > 1 and "의" in label else 0
    from drafter.corpus.addresses import MOK_LETTERS

    return MOK_LETTERS.index(label[0]) + 1, 0


def _expand(ref: Ref, statute: Statute | None) -> list[tuple[Level, ...]]:
    if ref.until is None:
        return [ref.former or ref.levels]
    kind = ref.levels[-1][0]
    lo, hi = _number(ref.levels[-1][1]), _number(ref.until[-1][1])
    parent = ref.levels[:-1]
    if statute is not None:
        numbers = _sibling_labels(statute, parent, kind)
        if numbers:
            picked = [lab for lab in numbers if lo <= _number(lab) <= hi]
            if picked:
                return [parent + ((kind, lab),) for lab in picked]
    from drafter.corpus.addresses import MOK_LETTERS, provision_label

    out = []
    for n in range(lo[0], hi[0] + 1):
        if kind == "조":
            lab = f"제{n}조"
        elif kind == "목":
            lab = provision_label("목", MOK_LETTERS[n - 1])
        else:
            lab = provision_label(kind, str(n))
        out.append(parent + ((kind, lab),))
    return out


def _sibling_labels(statute: Statute, parent: tuple[Level, ...], kind: str) -> list[str]:
    from drafter.amend.tree import children, level_label
    from drafter.corpus.addresses import parse_address
    from drafter.corpus.corpus import find_node

    if kind == "조":
        return [a.label for a in statute.articles if a.occurrence == 1]
    try:
        art, node = find_node(statute, parse_address(_label(parent)))
    except DrafterError:
        return []
    holder = node if node is not None else art
    kids = children(holder)
    if kind == "호" and node is None and len(art.hangs) == 1:
        kids = art.hangs[0].hos
    labels = [level_label(k) for k in kids]
    return [lab for k_, lab in labels if k_ == kind] if labels and all(labels) else []


def _count(statute: Statute | None, at: str, words: str, *, items: bool = False, lead: bool = False) -> int:
    """How often ``words`` stand in the provision ``at`` (``items``: in its 호/목 only, 0 without a
    statute; ``lead``: in its own text only, 각 호 외의 부분)."""
    if statute is None:
        return 0 if items else 1
    from drafter.amend.tree import walk_tree
    from drafter.corpus.addresses import parse_address
    from drafter.corpus.corpus import find_node

    try:
        art, node = find_node(statute, parse_address(at))
    except DrafterError:
        return 1
    own = node if node is not None else (art.hangs[0] if len(art.hangs) == 1 else None)
    if lead and own is not None:
        return own.text.count(words)
    nodes = ([node] if node is not None else []) + walk_tree(node if node is not None else art)
    if items:
        nodes = [n for n in nodes if n is not own]
    return sum(n.text.count(words) for n in nodes if not n.deleted)


def _texts(sentence: ReadSentence, markers: list[tuple[str, str]]) -> list[str]:
    """Cut the new text after ``sentence`` into one block per ``다음과 같이`` target, in order.

    ``markers``: (kind, label) of each target: a block starts at the line that starts with the
    target's own marker (``제35조의2``, ``②``, ``17.``, ``가.``, ``제8장의2``)."""
    lines = [ln for ln in sentence.new_text.split("\n") if ln.strip()]
    if not markers:
        if lines:
            raise ReadError("new text follows a sentence that takes none (no 다음과 같이 clause)",
                            sentence=sentence.text, line=sentence.line)
        return []
    if not lines:
        raise ReadError("the new text of its 다음과 같이 clause(s) is missing", sentence=sentence.text,
                        line=sentence.line, hint="put the new provision's text on the lines after the sentence")
    starts = [0]
    for kind, label in markers[1:]:
        found = next((i for i in range(starts[-1] + 1, len(lines)) if _starts_with_marker(lines[i], kind, label)), None)
        if found is None:
            raise ReadError(f"the new text of {label} is missing (no line starts with its number)",
                            sentence=sentence.text, line=sentence.line)
        starts.append(found)
    ends = starts[1:] + [len(lines)]
    return ["\n".join(lines[a:b]) for a, b in zip(starts, ends)]


def _starts_with_marker(line: str, kind: str, label: str) -> bool:
    n, br = _number(label) if kind != "목" else (0, 0)
    s = line.lstrip()
    if kind in ("조", "장"):
        return s.startswith(label)
    if kind == "항":
        mark = CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else f"<{n}>"
        return s.startswith(mark)
    if kind == "호":
        num = f"{n}" + (f"의{br}" if br else "")
        return bool(re.match(re.escape(num) + r"\\?\.", s))
    if kind == "목":
        return bool(re.match(re.escape(label[0]) + r"\\?\.", s))
    if kind == "세목":
        return s.startswith(label)
    return False


def _changes(sentence: ReadSentence, statute: Statute | None) -> list[dict]:
    changes: list[dict] = []
    markers: list[tuple[str, str]] = []
    slots: list[tuple[dict, str]] = []  # change and the key its text goes to
    renumbers: list[tuple[list, list]] = []  # (old levels, new levels) of each renumbering clause

    def unsupported(message: str) -> UnsupportedSentence:
        return UnsupportedSentence(message, sentence=sentence.text, line=sentence.line)

    for clause in sentence.clauses:
        if clause.kind in ("replace", "strike"):
            provisions = [(r, lv) for r in clause.refs for lv in _expand(r, statute)]
            many = len(provisions) > 1
            for ref, levels in provisions:
                at = _label(levels)
                if levels[0][0] == "별표" and ref.outside:  # an annex is named by its words: keep them all
                    at += f" {ref.outside}"
                for old, new, each in clause.pairs:
                    if ref.heading:  # 제8조의 제목 중 "A"를 "B"로 / 별표 3의 제목 중 …
                        if clause.kind == "strike":
                            raise unsupported("words struck from a heading are not in the amendment spec yet")
                        changes.append({"retitle": {"at": at, "old": old, "new": new}})
                        continue
                    body: dict = {"at": at, "old": old, "new": new}
                    part = ref.part
                    if part is not None and " 및 " in part:
                        body["all"] = True
                    elif part is not None:
                        body["part"] = part
                    if (part is None or " 및 " in part) and ref.outside in ("각 호 외의 부분", "각 목 외의 부분") \
                            and _count(statute, at, old, items=True):
                        body["part"] = ref.outside  # its 호/목 hold the words too: the lead text only
                    lead = ref.outside is not None and body.get("part") == ref.outside
                    if each and (not many or _count(statute, at, old, lead=lead) > 1):
                        body["all"] = True  # see the module docstring
                    changes.append({"replace": body})
        elif clause.kind == "delete":
            for ref in clause.refs:
                for levels in _expand(ref, statute):
                    if ref.part or ref.outside or ref.heading:
                        raise unsupported(f"deleting a {ref.part or ref.outside or '제목'} is not in the amendment spec yet")
                    changes.append({"delete": {"at": _label(levels)}})
        elif clause.kind in ("rewrite", "insert_article"):
            for ref in clause.refs:
                if (ref.part and " 및 " in ref.part) or (ref.outside and ref.outside != "제목 외의 부분") or ref.heading:
                    raise unsupported(f"rewriting a {ref.part or ref.outside or '제목'} is not in the amendment spec yet")
                for levels in _expand(ref, statute):
                    kind = "rewrite" if clause.kind == "rewrite" else "insert"
                    body = {"at": _label(levels)}
                    if ref.part and kind == "rewrite":
                        body["part"] = ref.part
                    if clause.under:
                        body["under"] = clause.under
                    changes.append({kind: body})
                    # 제5호(종전의 제4호)를 다음과 같이 한다: the text carries the new number, the
                    # change the current one — the text goes without its number
                    markers.append(ref.levels[-1] if ref.former else levels[-1])
                    slots.append((body, "text-renumbered" if ref.former else "text"))
        elif clause.kind == "insert":
            assert clause.container is not None
            container = clause.container.levels
            for ref in clause.refs:
                for levels in _expand(ref, None):  # new provisions: numbered as the sentence says
                    body = {"at": _label(levels)}
                    if any(olds[0][:-1] == container and olds[0][-1][1] == levels[-1][1] for olds, _ in renumbers):
                        body["renumber"] = True
                    changes.append({"insert": body})
                    markers.append(levels[-1])
                    slots.append((body, "text"))
        elif clause.kind == "renumber":
            olds = [lv for r in clause.refs for lv in _expand(r, statute)]
            news = [lv for r in clause.targets for lv in _expand(r, None)]  # new numbers: not in the law yet
            if len(olds) != len(news):
                raise ReadError(f"{len(olds)} provisions renumbered to {len(news)} numbers",
                                sentence=sentence.text, line=sentence.line)
            renumbers.append((olds, news))
        elif clause.kind == "to_first":
            pass  # the engine numbers the first paragraph when a 제2항 is inserted
        elif clause.kind == "retitle":
            old, new, _ = clause.pairs[0]
            changes.append({"retitle": {"at": _label(clause.refs[0].levels), "heading": new}})
        elif clause.kind in ("title", "division"):
            old, new, _ = clause.pairs[0]
            changes.append({"retitle": {"at": clause.chapter, "heading": new}})
        elif clause.kind in ("title_words", "division_words"):
            old, new, _ = clause.pairs[0]
            changes.append({"retitle": {"at": clause.chapter, "old": old, "new": new}})
        elif clause.kind == "chapter":
            body = {"at": clause.chapter}
            changes.append({"insert_chapter": body})
            markers.append(("장", clause.chapter or ""))
            slots.append((body, "chapter"))
    # renumbering: with an insert of a 항/호 at the first freed number it is that insert's
    # (renumber: true, the engine's form); otherwise one move per provision
    for olds, news in renumbers:
        container, first = olds[0][:-1], olds[0][-1][1]
        absorbed = any("insert" in c and c["insert"].get("renumber") and tuple(_levels_of(c["insert"]["at"])[:-1])
                       == container and _levels_of(c["insert"]["at"])[-1][1] == first for c in changes)
        if not absorbed:
            changes += [{"move": {"at": _label(o), "to": _label(n)}} for o, n in zip(olds, news)]
    texts = _texts(sentence, markers)
    for (body, key), block in zip(slots, texts):
        if key == "chapter":
            _fill_chapter(body, block, sentence)
        elif key == "text-renumbered":
            body["text"] = _OWN_MARKER.sub("", block, count=1) or block
        else:
            body["text"] = block
    return changes


_OWN_MARKER = re.compile(r"^\s*(?:[" + CIRCLED + r"]|<\d+>|\d+(?:의\d+)?\\?\.|[가-하](?:의\d+)?\\?\.|\d+\))\s*")


def _levels_of(at: str) -> list[Level]:
    parts = re.findall(r"제\d+조(?:의\d+)?|제\d+항|제\d+호(?:의\d+)?|[가-하]목|\d+\)", at)
    kinds = []
    for p in parts:
        kind = "조" if p.endswith("조") or "조의" in p else "항" if p.endswith("항") else "호" if "호" in p else "목" if p.endswith("목") else "세목"
        kinds.append((kind, p))
    return kinds


_ARTICLE_LINE = re.compile(r"^(제\d+조(?:의\d+)?)\s*\(")


def _fill_chapter(body: dict, block: str, sentence: ReadSentence) -> None:
    lines = block.split("\n")
    head = lines[0].strip()
    label = body["at"]
    if not head.startswith(label):
        raise ReadError(f"the new text of {label} must start with its label and title", sentence=sentence.text,
                        line=sentence.line)
    body["title"] = head[len(label):].strip()
    articles: list[dict] = []
    for ln in lines[1:]:
        m = _ARTICLE_LINE.match(ln.strip())
        if m:
            articles.append({"at": m.group(1), "text": ln.strip()})
        elif articles:
            articles[-1]["text"] += "\n" + ln.strip()
        else:
            raise ReadError("text before the first article of the new chapter", sentence=sentence.text,
                            line=sentence.line)
    body["articles"] = articles


def change_dicts(sentences: list[ReadSentence], statute: Statute | None = None) -> list[dict]:
    """The changes the sentences say, in the spec's one-key form (``{"replace": {...}}``), in order."""
    changes: list[dict] = []
    for number, sent in enumerate(sentences, start=1):
        try:
            changes += _changes(sent, statute)
        except ReadError as exc:
            raise exc.locate(number=number) from None
    return changes


def spec_from_sentences(sentences: list[ReadSentence], law: str, statute: Statute | None = None,
                        changes: list[dict] | None = None) -> AmendmentSpec:
    """The amendment spec of read sentences (``changes``: their :func:`change_dicts`, if at hand)."""
    if changes is None:
        changes = change_dicts(sentences, statute)
    try:
        return AmendmentSpec.model_validate({"law": law, "changes": changes})
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        idx = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
        which = _sentence_of_change(sentences, statute, idx) if idx is not None else sentences[0]
        raise ReadError(f"the amendment spec cannot hold it: {first['msg'].removeprefix('Value error, ')}",
                        sentence=which.text, line=which.line) from None


def _sentence_of_change(sentences: list[ReadSentence], statute: Statute | None, index: int) -> ReadSentence:
    seen = 0
    for sent in sentences:
        seen += len(_changes(sent, statute))
        if index < seen:
            return sent
    return sentences[-1]


def read_amendment(text: str, law: str, statute: Statute | None = None) -> AmendmentSpec:
    """The amendment spec of a 개정문 ``text`` for the law ``law`` (see the module docstring).

    With ``statute`` (the current law), ranges are expanded over the provisions it has and
    ``all`` is set where a distributive ``각각`` meets words that occur more than once.
    Raises :class:`ReadError` (a :class:`~drafter.errors.DrafterError`) naming the sentence.
    """
    return spec_from_sentences(read_sentences(text), law, statute)


__all__ = [
    "Clause",
    "ReadError",
    "ReadSentence",
    "UnsupportedSentence",
    "parse_sentence",
    "read_amendment",
    "read_sentences",
    "spec_from_sentences",
    ]
