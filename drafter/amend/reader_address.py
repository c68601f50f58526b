"""Tokens and address phrases of a 개정문 (used by :mod:`drafter.amend.reader`).

The tokenizer turns a sentence into tokens with their character offsets:

* ``QUOTE``: quoted words and the particle after them (``"예산"을`` → ('예산', '을')). The
  closing quote is the first ``"`` followed by a particle (을/를/으로/로) *and* by what may
  follow a quote in a 개정문 (another quote, ``각각``, ``삭제``, a comma, ``한다``/``하고``/
  ``하며`` or the end), so quotes inside quotes (``"경찰법(이하 "법"이라 한다)"을``) stay inside;
* ``ART`` ``제35조의2``, ``HANG`` ``제1항``, ``HO`` ``제6호의2``, ``MOK`` ``가목``, ``SUB``
  ``1)``, ``DIV`` ``제8장의2`` (편/장/절/관): numbers as written;
* ``WORD``: the fixed words of the 개정문 grammar (중, 및, 부터, 까지, 같은, 각각, 다음과, …);
* ``PART``: a particle glued to the token before it (을, 를, 에, 의, 으로, 로);
* ``PUNCT``: ``,`` ``ㆍ`` ``.`` ``(`` ``)``.

An address phrase (:func:`parse_address_list`) is a list of items separated by ``,``, ``및``
or ``ㆍ``; an item is an absolute address (``제24조제1항제2호가목``), a relative one
(``같은 조 제3항``, ``같은 항``, or a bare ``제3항`` after ``제2조제1항``: a sibling), optionally a
range (``제2항부터 제4항까지``), followed by qualifiers: ``(종전의 제17호)``, ``각 호 외의 부분``,
``각 목 외의 부분``, ``제목 외의 부분``, ``전단``/``후단``/``본문``/``단서`` (and ``전단 및 후단``,
``본문ㆍ단서``), or ``의 제목``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.addresses import MOK_LETTERS

Level = tuple[str, str]  # ("조", "제35조의2"), ("항", "제1항"), ("호", "제6호의2"), ("목", "가목"), ("세목", "1)")
ORDER = {"조": 0, "항": 1, "호": 2, "목": 3, "세목": 4, "별표": 0}
PARTS = ("전단", "후단", "본문", "단서")


class ReadFailure(Exception):
    """Internal: reading stopped at ``offset`` (turned into a ReadError by the reader)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


class UnsupportedForm(ReadFailure):
    """Internal: the sentence reads, but the amendment spec cannot express its form yet."""


@dataclass
class Token:
    kind: str  # QUOTE ART HANG HO MOK SUB DIV WORD PART PUNCT
    value: str
    start: int
    end: int
    particle: str = ""  # QUOTE only

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"{self.kind}:{self.value}{('+' + self.particle) if self.particle else ''}"


WORDS = {
    "중", "및", "부터", "까지", "같은", "조", "항", "호", "목", "각", "외의", "부분", "각각", "다음과", "같이",
    "한다", "하고", "하며", "삭제한다", "삭제하고", "삭제하며", "신설한다", "신설하고", "신설하며", "제목", "내용",
    "종전의", "제명", "별표", "별지", "표", "서식", "편", "장", "절", "관", *PARTS,
}
_PARTICLES = ("으로", "을", "를", "에", "의", "로")
# the closing quote: a quote mark followed by a particle and by what may follow a quotation. The
# strict rule wants a space before the next quotation or verb, so that words which hold a quote
# mark and a particle themselves (``"시ㆍ도지사"로"를 "시ㆍ도지사등"으로"로``) stay whole; the
# lenient one (tried when the strict reading fails) also takes ``"A"를"B"로`` with the space missing.
_QUOTE_FOLLOW_STRICT = re.compile(r'(?:을|를|으로|로)(?=\s+(?:각각\s*)?"|\s*(?:각각\s*)?삭제|\s*,|\s+(?:각각\s+)?(?:한다|하고|하며)'
                                  r'|\s*$|\s+다음과)')
_QUOTE_FOLLOW = re.compile(r'(?:을|를|으로|로)(?=\s*(?:각각\s*)?"|\s*(?:각각\s*)?삭제|\s*,|\s*(?:각각\s+)?(?:한다|하고|하며)'
                           r'|\s*$|\s+다음과)')
_TOKEN_RE = re.compile(
    r"""(?P<space>\s+)
    |(?P<art>제\d+조(?:의\d+)?)
    |(?P<hang>제\d+항)
    |(?P<ho>제\d+호(?:의\d+)?)
    |(?P<div>제\d+(?:편|장|절|관)(?:의\d+)?)
    |(?P<mok>[""" + MOK_LETTERS + r"""]목(?:의\d+)?)
    |(?P<sub>\d+\))
    |(?P<num>\d+)
    |(?P<punct>[,ㆍ.()])
    |(?P<word>[가-힣]+)
    """,
    re.VERBOSE,
)


def tokenize(text: str, strict: bool = False) -> list[Token]:
    """Tokens of one sentence (straight quotes; see :func:`normalise_quotes`); ``strict``: the
    strict rule for the end of a quotation (see ``_QUOTE_FOLLOW_STRICT``)."""
    follow = _QUOTE_FOLLOW_STRICT if strict else _QUOTE_FOLLOW
    out: list[Token] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            close = -1
            while True:
                j = text.find('"', j)
                if j == -1:
                    break
                m = follow.match(text, j + 1)
                if m:
                    close = j
                    break
                j += 1
            if close == -1:
                raise ReadFailure("a quotation is not closed by a quote and a particle (을/를/으로/로)", i)
            m = follow.match(text, close + 1)
            assert m is not None
            out.append(Token("QUOTE", text[i + 1 : close], i, m.end(), particle=m.group(0)))
            i = m.end()
            continue
        m = _TOKEN_RE.match(text, i)
        if not m:  # a character of no token: the parser stops there (inside an annex name it is fine)
            out.append(Token("CHAR", ch, i, i + 1))
            i += 1
            continue
        kind = m.lastgroup
        value = m.group(0)
        if kind == "space":
            i = m.end()
            continue
        if kind == "word":
            _split_word(value, i, out)
        elif kind in ("art", "hang", "ho", "div", "mok", "sub"):
            out.append(Token(kind.upper(), value, i, m.end()))
            # a particle glued to an address: 제2항을, 제17호를, 제1항으로, 같은 조에
            rest = re.match(r"(?:으로|을|를|에|의|로|와|과)(?![가-힣])", text[m.end():])
            if rest and not (rest.group(0) == "의" and text[m.end() + 1 : m.end() + 2].isdigit()):
                out.append(Token("PART", rest.group(0), m.end(), m.end() + len(rest.group(0))))
                i = m.end() + len(rest.group(0))
                continue
        elif kind == "num":
            out.append(Token("NUM", value, i, m.end()))
        else:
            out.append(Token("PUNCT", value, i, m.end()))
            rest = re.match(r"(?:으로|을|를|에|의|로)(?![가-힣])", text[m.end():]) if value == ")" else None
            if rest:  # 제8장의2(제36조의2ㆍ제36조의3)를: the particle follows the parenthesis
                out.append(Token("PART", rest.group(0), m.end(), m.end() + len(rest.group(0))))
                i = m.end() + len(rest.group(0))
                continue
        i = m.end()
    return out


def _split_word(word: str, start: int, out: list[Token]) -> None:
    if word in _PARTICLES:  # a particle after an annex name or a parenthesis: 별표 1을, 법률란을
        out.append(Token("PART", word, start, start + len(word)))
        return
    if word in WORDS:
        out.append(Token("WORD", word, start, start + len(word)))
        return
    for p in _PARTICLES:
        if word.endswith(p) and word[: -len(p)] in WORDS:
            base = word[: -len(p)]
            out.append(Token("WORD", base, start, start + len(base)))
            out.append(Token("PART", p, start + len(base), start + len(word)))
            return
    # glued forms: 각각삭제한다 (no space), 중"…" handled by the quote scanner
    out.append(Token("WORD", word, start, start + len(word)))


def normalise_quotes(text: str) -> str:
    """Curly quotes (the typeset form) to straight ones; offsets are unchanged."""
    return text.replace("\u201c", '"').replace("\u201d", '"')


# -- addresses ------------------------------------------------------------------------------


@dataclass
class Ref:
    """One addressed provision (or range of provisions) as the sentence names it."""

    levels: tuple[Level, ...]
    until: tuple[Level, ...] | None = None  # 부터 … 까지: the last provision of the range
    part: str | None = None  # 전단 | 후단 | 본문 | 단서 | "전단 및 후단" | "본문 및 단서"
    outside: str | None = None  # 각 호 외의 부분 | 각 목 외의 부분 | 제목 외의 부분
    heading: bool = False  # 제N조의 제목
    former: tuple[Level, ...] | None = None  # (종전의 제17호): the current number
    start: int = 0

    @property
    def label(self) -> str:
        return "".join(lab for _, lab in self.levels)


@dataclass
class Cursor:
    tokens: list[Token]
    pos: int = 0
    text_len: int = 0
    text: str = ""
    strict: bool = False  # the quotation rule the tokens were made with
    last: tuple[Level, ...] | None = None  # the provision named last (for 같은 조/항, siblings)
    last_stack: list[tuple[Level, ...]] = field(default_factory=list)

    def peek(self, k: int = 0) -> Token | None:
        i = self.pos + k
        return self.tokens[i] if i < len(self.tokens) else None

    def offset(self) -> int:
        tok = self.peek()
        return tok.start if tok is not None else self.text_len

    def at_word(self, *words: str, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.kind == "WORD" and tok.value in words

    def at_kind(self, *kinds: str, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.kind in kinds

    def at_punct(self, *values: str, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.kind == "PUNCT" and tok.value in values

    def at_part(self, *values: str, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.kind == "PART" and (not values or tok.value in values)

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ReadFailure("the sentence ends too early", self.text_len)
        self.pos += 1
        return tok

    def expect_word(self, *words: str) -> Token:
        if not self.at_word(*words):
            raise ReadFailure(f"expected {' or '.join(words)}", self.offset())
        return self.take()

    def fail(self, message: str) -> ReadFailure:
        return ReadFailure(message, self.offset())


_KIND_OF = {"ART": "조", "HANG": "항", "HO": "호", "MOK": "목", "SUB": "세목"}


def _abs_levels(cur: Cursor) -> tuple[Level, ...]:
    """A run of address tokens (제24조제1항제2호가목1)) as levels, in order."""
    out: list[Level] = []
    while cur.at_kind("ART", "HANG", "HO", "MOK", "SUB"):
        tok = cur.peek()
        assert tok is not None
        kind = _KIND_OF[tok.kind]
        if out and ORDER[kind] <= ORDER[out[-1][0]]:
            break
        cur.take()
        out.append((kind, tok.value))
    return tuple(out)


def _join(base: tuple[Level, ...] | None, rel: tuple[Level, ...], cur: Cursor, start: int) -> tuple[Level, ...]:
    """``rel`` (starting below 조) placed inside ``base``: keep base's levels above rel's first."""
    if rel and rel[0][0] == "조":
        return rel
    if base and base[0][0] == "별표":  # 별표 3 제18호, 제80호 …: a sibling inside the same annex
        phrase = base[0][1]
        cut = {"호": r"\s*제\d+호.*$", "목": r"(?<=호)[가-하]목.*$|\s*[가-하]목.*$"}.get(rel[0][0]) if rel else None
        if cut is None:
            raise ReadFailure("a provision after an annex must name its article (제N조)", start)
        return (("별표", re.sub(cut, "", phrase) + (" " if rel[0][0] == "호" else "") + _label_of(rel)),)
    if not base:
        raise ReadFailure("a provision without its article (제N조) and nothing before to refer to", start)
    first = ORDER[rel[0][0]] if rel else 99
    kept = tuple(lv for lv in base if ORDER[lv[0]] < first)
    return kept + rel


def _label_of(levels: tuple[Level, ...]) -> str:
    return "".join(lab for _, lab in levels)


def _same(cur: Cursor) -> tuple[Level, ...]:
    """``같은 조``, ``같은 항``, ``같은 호``, ``같은 목`` (+ a relative address): the levels meant."""
    start = cur.offset()
    cur.expect_word("같은")
    tok = cur.take()
    if tok.kind != "WORD" or tok.value not in ("조", "항", "호", "목"):
        raise ReadFailure("expected 조, 항, 호 or 목 after 같은", tok.start)
    if cur.last is None:
        raise ReadFailure(f"같은 {tok.value} with nothing before it to refer to", start)
    kind = tok.value
    keep = tuple(lv for lv in cur.last if ORDER[lv[0]] <= ORDER[kind])
    if not keep or keep[-1][0] != kind:
        raise ReadFailure(f"같은 {kind}: the provision before names no {kind}", start)
    rel = _abs_levels(cur)
    if rel and ORDER[rel[0][0]] <= ORDER[kind]:
        raise ReadFailure(f"같은 {kind} is followed by a provision of the same or a higher level", start)
    return keep + rel


def _qualifiers(cur: Cursor, ref: Ref) -> None:
    while True:
        if cur.at_punct("(") and cur.at_word("종전의", k=1):
            cur.take()
            cur.take()
            rel = _abs_levels(cur)
            if not rel:
                raise cur.fail("expected the former number after 종전의")
            if not cur.at_punct(")"):
                raise cur.fail("expected ) after the former number")
            cur.take()
            ref.former = _join(ref.levels, rel, cur, cur.offset())
        elif cur.at_word("각") and cur.at_word("호", "목", k=1) and cur.at_word("외의", k=2) and cur.at_word("부분", k=3):
            what = cur.peek(1).value  # type: ignore[union-attr]
            for _ in range(4):
                cur.take()
            ref.outside = f"각 {what} 외의 부분"
        elif cur.at_word("제목") and cur.at_word("외의", k=1) and cur.at_word("부분", k=2):
            for _ in range(3):
                cur.take()
            ref.outside = "제목 외의 부분"
        elif cur.at_word(*PARTS):
            part = cur.take().value
            # 전단 및 후단 / 본문ㆍ단서: both halves of one provision
            if (cur.at_word("및") or cur.at_punct("ㆍ")) and cur.at_word(*PARTS, k=1):
                cur.take()
                part = f"{part} 및 {cur.take().value}"
            ref.part = part
        elif cur.at_part("의") and cur.at_word("제목", k=1) and not cur.at_word("외의", k=2):
            cur.take()
            cur.take()
            ref.heading = True
        elif cur.at_word("제목") and not cur.at_word("외의", k=1):
            cur.take()  # 제60조 제목, … (without 의)
            ref.heading = True
        else:
            return


# an annex (별표 3 제1호가목, 별표 6 경찰청의 수임기관란, 별지 제2호서식) runs to the first of: a part
# word and what follows a provision, 중, 의 제목, 을/를 before 다음과/각각/삭제, or the next list item
_ANNEX_END = re.compile(
    r"(?=(?:\s+각\s+[호목]\s+외의\s+부분)?(?:\s+(?:전단|후단|본문|단서)(?:\s*(?:및|ㆍ)\s*(?:전단|후단|본문|단서))?)?"
    r"(?:\s*중\s*[\"“]|의 제목|[을를]\s+(?:다음과|각각|삭제)|\s*(?:,|ㆍ|\s및)\s*(?:제\d|별표|별지|같은|[가-하]목)"
    r"|\s+(?:전단|후단|본문|단서)\s*(?:중|,|및)))"
)


_ANNEX_BASE = re.compile(r"^((?:별표|별지)(?:\s*\d+(?:의\d+)?(?!\s*호))?)\s*(.*)$")


def _annex(cur: Cursor, same: bool = False) -> Ref:
    """An annex item: its words as written become the address (the corpus holds no annex text).
    ``same``: ``같은 표 제3호`` — a place in the annex named just before (별표 3 … → 별표 3 제3호)."""
    tok = cur.peek()
    assert tok is not None
    begin = tok.start
    if same:
        base = _ANNEX_BASE.match(cur.last[0][1]) if cur.last and cur.last[0][0] == "별표" else None
        if base is None or not base.group(1).strip() or base.group(1).startswith("별지"):
            raise ReadFailure("같은 표 with no annex (별표 N) named before it", tok.start)
        cur.take()  # 같은
        tok = cur.peek()  # 표
        assert tok is not None
    m = _ANNEX_END.search(cur.text, tok.end)
    if m is None:
        raise ReadFailure("cannot tell where the annex (별표/별지) named here ends", tok.start)
    phrase = re.sub(r"\s+", " ", cur.text[tok.start:m.start()].strip())
    if same:
        rest = re.sub(r"\s+", " ", cur.text[tok.end:m.start()].strip())
        if not rest:
            raise ReadFailure("같은 표 names no place in the annex", begin)
        phrase = f"{base.group(1)} {rest}"  # type: ignore[union-attr]
    tok = Token(tok.kind, tok.value, begin, tok.end)
    # re-tokenize what follows the annex phrase (its words are not tokens of the grammar)
    rest = tokenize(cur.text[m.start():], strict=cur.strict)
    for t in rest:
        t.start += m.start()
        t.end += m.start()
    cur.tokens[cur.pos:] = rest
    return Ref(levels=(("별표", phrase),), start=tok.start)


def parse_item(cur: Cursor) -> Ref:
    """One address item, with its range and qualifiers."""
    start = cur.offset()
    if cur.at_word("별표", "별지"):
        ref = _annex(cur)
        _qualifiers(cur, ref)
        cur.last = ref.levels
        return ref
    if cur.at_word("같은") and cur.at_word("표", k=1):
        ref = _annex(cur, same=True)
        _qualifiers(cur, ref)
        cur.last = ref.levels
        return ref
    if cur.at_word("같은"):
        levels = _same(cur)
    else:
        rel = _abs_levels(cur)
        if not rel:
            raise cur.fail("expected an address (제N조, 제N항, 제N호, 가목, 같은 조 …)")
        levels = _join(cur.last, rel, cur, start)
    ref = Ref(levels=levels, start=start)
    if cur.at_word("부터") and cur.at_kind("ART", "HANG", "HO", "MOK", "SUB", k=1):
        cur.take()
        rel = _abs_levels(cur)
        if not rel:
            raise cur.fail("expected the end of the range after 부터")
        cur.expect_word("까지")
        until = _join(levels, rel, cur, start)
        if len(until) != len(levels) or until[:-1] != levels[:-1]:
            raise ReadFailure("a range must run between provisions of one level in one place", start)
        ref.until = until
    _qualifiers(cur, ref)
    cur.last = ref.until or ref.levels
    return ref


def parse_address_list(cur: Cursor) -> list[Ref]:
    """``제3조제2항 및 제5조제3항``, ``제451조제1항ㆍ제2항 및 제452조``, ``…, 같은 조 제2항 단서``."""
    refs = [parse_item(cur)]
    while cur.at_punct(",", "ㆍ") or cur.at_word("및"):
        if not (cur.at_kind("ART", "HANG", "HO", "MOK", "SUB", k=1) or cur.at_word("같은", "별표", "별지", k=1)):
            break
        cur.take()
        refs.append(parse_item(cur))
    return refs
