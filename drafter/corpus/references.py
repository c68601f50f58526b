"""The citation finder: every reference to a provision in the body of every corpus statute.

A statute cites provisions in a few ways, all found here (the 부칙 are not scanned):

=================  =========================================================================
kind               written as
=================  =========================================================================
``named``          ``「국가공무원법」 제33조제2호`` (a law not in the corpus is kept by name)
``same-law``       ``같은 법 제69조제1호`` / ``같은 법 시행령 제43조`` / ``같은 영 제3조``: the law
                   last named with 「」 in the same article
``abbreviation``   ``법 제18조제1항`` in a decree whose text defines it: ``「…법률」(이하 "법"이라 한다)``
``this-law``       ``이 법 제27조제2항`` (``이 영``, ``이 규칙``)
``internal``       a bare ``제24조제1항``, or a bare ``제2항`` / ``제3호`` / ``가목`` (inside the
                   citing article / 항 / 호)
``same-provision`` ``같은 조 제2항``, ``같은 항 제3호``, ``같은 호 마목``: relative to the citation before
=================  =========================================================================

Lists keep their law and their article: in ``「A법」 제3조제1항, 제2항, 제5조 및 같은 조 제3항``
every item cites 「A법」, and ``제2항`` is 제3조제2항. A list goes on across ``,``, ``ㆍ``, ``및``,
``또는``, ``와/과``, ``전단/후단/본문/단서``, ``각 호 외의 부분`` and a parenthesis right after a
citation; any other word ends it, and the next bare ``제N조`` cites the law itself. Inside a
parenthesis that follows a citation, bare numbers refer to that citation (``제23조제1항(제4호의
사항만 해당한다)`` cites 제23조제1항제4호). Ranges ``제18조부터 제20조까지`` (also ``내지``) cite
every provision in between: the articles of the cited law when it is in the corpus (branch
articles ``제18조의2`` included), else the numbers.

Deliberately not citations (:attr:`Scan.excluded`, each with its reason): a bare number inside
quotation marks (the words of another law being read as something else:
``같은 법 제8조 중 "제7조제1항 내지 제3항"은 …``; a quoted ``「법률명」 제N조`` is still a citation),
and ``부칙 제N조``.

Addresses of the citing provision are at the finest level: 항, 호 or 목 (a sub-item ``1)`` is
reported at its 목; a single-항 article's own text at the article).
In an article whose number the file repeats (``제41조#2``) both the citing address and what its own
words cite carry the ``#2``: a bare ``제1항`` there, or ``제41조제1항`` written in full, is 제41조#2제1항.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from drafter.corpus.addresses import MOK_LETTERS, Address, format_address
from drafter.corpus.models import Article, Hang, Ho, Mok, Node, Statute

KINDS = ("named", "same-law", "abbreviation", "this-law", "internal", "same-provision")


class Citation(BaseModel):
    """One provision cited by one provision."""

    doc: str = Field(description="the citing statute (doc id)")
    address: str = Field(description="the citing provision, finest level: 제8조제1항제2호")
    law: str = Field(description="the cited law: its doc id when it is in the corpus, else its name")
    in_corpus: bool = Field(description="the cited law is a corpus statute")
    cited: str = Field(description="the cited provision: 제18조제1항")
    kind: str = Field(description="how the law is named: " + ", ".join(KINDS))
    in_range: bool = Field(default=False, description="inside or at the end of '…부터 …까지'")
    quoted: bool = Field(default=False, description="inside quotation marks")
    start: int = Field(description="offset of the citing words in the provision's text")
    end: int

    @property
    def cites(self) -> str:
        """``police-act 제18조`` (``국가공무원법 제33조`` for a law outside the corpus)."""
        return f"{self.law} {self.cited}"

    @property
    def cited_address(self) -> Address:
        return _parse_cited(self.cited)


@dataclass
class Scan:
    """Citations found in a statute's body and the ``제N조`` deliberately left out."""

    citations: list[Citation] = field(default_factory=list)
    excluded: list[tuple[str, int, str]] = field(default_factory=list)  # (address, offset, reason)


def normalize_name(name: str) -> str:
    """Law names compared without spaces, with one middle dot: ``「초ㆍ중등교육법」`` = ``초·중등 교육법``."""
    return re.sub(r"\s+", "", name).replace("·", "ㆍ").replace("・", "ㆍ")


def title_index(statutes: list[Statute]) -> dict[str, str]:
    """Normalised 제목 → doc id."""
    return {normalize_name(st.title): st.doc_id for st in statutes}


# -- addresses of cited provisions --------------------------------------------------------

@dataclass(frozen=True)
class _Ref:
    art: int | None = None
    abr: int | None = None
    hang: int | None = None
    ho: str | None = None
    mok: str | None = None
    occ: int = 1  # 제41조#2: an article number the file repeats

    def label(self) -> str:
        return format_address(Address(article=self.art, branch=self.abr, occurrence=self.occ, hang=self.hang,
                                      ho=self.ho, mok=self.mok))

    def depth(self) -> int:
        return 4 if self.mok else 3 if self.ho else 2 if self.hang else 1


def _parse_cited(text: str) -> Address:
    from drafter.corpus.addresses import parse_address

    return parse_address(text)


def _has_level(ref: _Ref, level: int) -> bool:
    return (ref.hang, ref.ho, ref.mok)[level - 2] is not None


def _ho(num: str, br: str | None) -> str:
    return num + (f"의{br}" if br else "")


# tokens, tried at each position in this order
_TOKEN_SOURCE = r"""
    (?P<law>「(?P<name>[^」]{1,120})」(?P<suffix>\s?시행령(?![가-힣])|\s?시행규칙(?![가-힣]))?)
  | (?P<same>같은\s?(?P<samewhat>법\s?시행령|법\s?시행규칙|법|영|규칙)(?![가-힣]))
  | (?P<this>이\s?(?:법|영|규칙)(?![가-힣]))
  | (?P<sameprov>같은\s?(?P<samelevel>조|항|호|목)(?![가-힣]))
  | (?P<addendum>부칙\s?제\d+조(?:의\d+)?)
  | (?P<ref>제(?P<art>\d+)조(?:의(?P<abr>\d+))?
        (?:\s?제(?P<hang>\d+)항)?
        (?:\s?제(?P<ho>\d+)호(?:의(?P<hobr>\d+))?)?
        (?:\s?(?P<mok>[가-하])목)?)
  | (?P<local>제(?P<lhang>\d+)항(?:\s?제(?P<lho>\d+)호(?:의(?P<lhobr>\d+))?)?(?:\s?(?P<lmok>[가-하])목)?
        | 제(?P<lho2>\d+)호(?:의(?P<lhobr2>\d+))?(?:\s?(?P<lmok2>[가-하])목)?
        | (?<![가-힣])(?P<lmok3>[가-하])목)
  | (?P<open>[(\[])
  | (?P<close>[)\]])
  | (?P<quote>["“”])
  | (?P<range>부터|내지)
    """
_ABBR_DEF = re.compile(r"「(?P<name>[^」]+)」(?P<suffix>\s?시행령|\s?시행규칙)?\s?\(이하\s?\"(?P<abbr>[^\"]{1,4})\"(?:이)?라\s?한다")
_CONNECTOR = re.compile(
    r"^(?:[\s,ㆍ·]|및|또는|와|과|까지|부터|내지|전단|후단|본문|단서|각\s?호\s?외의\s?부분|각\s?목\s?외의\s?부분)*$"
)
_LAW_NUMBER_BEFORE = re.compile(r"(?:법률|대통령령|총리령|부령|조례|규칙|고시)\s?$")


@dataclass
class _State:
    law: str | None = None  # cited law of the running list (None: the statute itself)
    kind: str = "internal"
    prev: _Ref | None = None
    alive: bool = False
    end: int = 0  # where the last token of the list ended
    range_from: _Ref | None = None
    once_kind: str | None = None  # the kind of the next citation only (같은 조 제2항)
    descend: bool = False  # the next bare number names a part of ``prev`` (같은 조 제2항)


def _defined_abbreviations(statute: Statute) -> dict[str, str]:
    """``{"법": "국가경찰과 자치경찰의 조직 및 운영에 관한 법률"}`` from ``「…」(이하 "법"이라 한다)``."""
    out: dict[str, str] = {}
    for art in statute.articles:
        for node in art.walk():
            for m in _ABBR_DEF.finditer(node.text):
                abbr = m.group("abbr")
                if abbr in ("법", "영", "시행령", "규칙"):
                    out.setdefault(abbr, m.group("name") + (" " + m.group("suffix").strip() if m.group("suffix") else ""))
    return out


class _Finder:
    def __init__(self, statute: Statute, titles: dict[str, str], laws: dict[str, Statute]) -> None:
        self.st = statute
        self.titles = titles
        self.laws = laws
        self.abbr = _defined_abbreviations(statute)
        abbr_alt = "|".join(sorted((re.escape(a) for a in self.abbr), key=len, reverse=True))
        self.token_re = re.compile(
            (rf"(?P<abbr>(?<![가-힣「ㆍ])(?:{abbr_alt})\s?(?=제\d+조))|" if abbr_alt else "") + _TOKEN_SOURCE,
            re.VERBOSE,
        )
        self.scan = Scan()

    # -- law names ------------------------------------------------------------
    def law_id(self, name: str) -> tuple[str, bool]:
        doc = self.titles.get(normalize_name(name))
        return (doc, True) if doc else (re.sub(r"\s+", " ", name).strip(), False)

    # -- walk -----------------------------------------------------------------
    def run(self) -> Scan:
        for art in self.st.articles:
            if art.deleted:
                continue
            self.last_named: str | None = None  # name of the last 「」 law in this article
            self.last_named_decree: str | None = None
            self.last_ref: tuple[str | None, str, _Ref] | None = None  # (law, kind, ref)
            for hang in art.hangs:
                self.node(art, hang, [hang])
        return self.scan

    def node(self, art: Article, node: Node, path: list[Node]) -> None:
        self.text_of(art, node, path)
        for child in node.children():
            self.node(art, child, path + [child])

    def citing_address(self, art: Article, path: list[Node]) -> str:
        hang = next((n for n in path if isinstance(n, Hang)), None)
        ho = next((n for n in path if isinstance(n, Ho)), None)
        mok = next((n for n in path if isinstance(n, Mok)), None)
        return format_address(Address(
            article=art.number, branch=art.branch, occurrence=art.occurrence,
            hang=int(hang.number) if hang is not None and hang.number else None,
            ho=ho.number if ho is not None else None,
            mok=mok.number if mok is not None else None,
        ))

    def own_ref(self, art: Article, path: list[Node]) -> _Ref:
        hang = next((n for n in path if isinstance(n, Hang)), None)
        ho = next((n for n in path if isinstance(n, Ho)), None)
        return _Ref(art=art.number, abr=art.branch, occ=art.occurrence,
                    hang=int(hang.number) if hang is not None and hang.number else None,
                    ho=ho.number if ho is not None else None)

    def text_of(self, art: Article, node: Node, path: list[Node]) -> None:
        text = node.text
        where = self.citing_address(art, path)
        own = self.own_ref(art, path)
        st = _State()
        stack: list[tuple[_State, bool, str]] = []  # (outer state, attached to a citation, "(" or '"')
        in_quote = False
        for m in self.token_re.finditer(text):
            gap = text[st.end:m.start()]
            connected = st.alive and bool(_CONNECTOR.match(gap))
            kind = m.lastgroup
            if kind == "abbr":
                st = _State(law=self.law_id(self.abbr[m.group("abbr").strip()])[0], kind="abbreviation",
                            alive=True, end=m.end())
            elif kind == "law":
                for inner in re.finditer(r"제\d+조", m.group("name")):
                    self.scan.excluded.append((where, m.start("name") + inner.start(), "part of a law's name"))
                name = m.group("name") + (" " + m.group("suffix").strip() if m.group("suffix") else "")
                if in_quote:
                    pass  # a name inside quoted words does not set what 같은 법 means outside them
                elif name.rstrip().endswith(("령", "규칙")):
                    self.last_named_decree = name
                else:
                    self.last_named = name
                st = _State(law=self.law_id(name)[0], kind="named", alive=True, end=m.end())
            elif kind == "same":
                what = re.sub(r"\s+", "", m.group("samewhat"))
                if what == "법":
                    name = self.last_named
                elif what in ("법시행령", "법시행규칙"):
                    name = f"{self.last_named} {what[1:]}" if self.last_named else None
                else:  # 같은 영 / 같은 규칙
                    name = self.last_named_decree
                st = _State(law=self.law_id(name)[0] if name else "?", kind="same-law", alive=True, end=m.end())
            elif kind == "this":
                st = _State(law=None, kind="this-law", alive=True, end=m.end())
            elif kind == "sameprov":
                if connected and st.prev is not None:
                    base_law, base_kind, base = st.law, st.kind, st.prev
                elif self.last_ref is not None:
                    base_law, base_kind, base = self.last_ref
                else:
                    base_law, base_kind, base = None, "internal", own
                level = m.group("samelevel")
                cut = {"조": _Ref(art=base.art, abr=base.abr, occ=base.occ),
                       "항": _Ref(art=base.art, abr=base.abr, hang=base.hang, occ=base.occ),
                       "호": _Ref(art=base.art, abr=base.abr, hang=base.hang, ho=base.ho, occ=base.occ),
                       "목": base}[level]
                st = _State(law=base_law, kind=base_kind, prev=cut, alive=True, end=m.end(),
                            once_kind="same-provision", descend=True)
                rest = text[m.end():].lstrip()
                if not (rest.startswith("제") or re.match(r"[가-하]목", rest) or in_quote):
                    self.emit(where, st, cut, m.start(), m.end(), in_quote)  # 같은 조에 따른 …: the provision itself
            elif kind == "addendum":
                self.scan.excluded.append((where, m.start() + m.group(0).index("제"), "cites a 부칙 article"))
                st = _State(end=m.end())
            elif kind in ("ref", "local"):
                ref, absolute = self.read_ref(m, st if connected else None, own)
                if in_quote and not (connected and st.kind in ("named", "same-law")):
                    if absolute:
                        self.scan.excluded.append((where, m.start(), "quoted words read as another provision"))
                    st = _State(end=m.end())
                elif ref is None or (not absolute and not connected and _LAW_NUMBER_BEFORE.search(text[:m.start()])):
                    st = _State(end=m.end())
                else:
                    if not connected:
                        st = _State(law=None, kind="internal", alive=True)
                    if st.range_from is not None:
                        # the start was cited already; the members after it and the end
                        for member in self.expand(st.law, st.range_from, ref)[1:] or [ref]:
                            self.emit(where, st, member, m.start(), m.end(), in_quote, in_range=True)
                        st.range_from = None
                    else:
                        self.emit(where, st, ref, m.start(), m.end(), in_quote)
                    st.prev, st.alive, st.end, st.once_kind, st.descend = ref, True, m.end(), None, False
            elif kind == "range":
                if connected and st.prev is not None:
                    st.range_from = st.prev
                    st.end = m.end()
            elif kind == "open":
                stack.append((st, connected, "("))
                if connected and st.prev is not None:  # 제23조제1항(제4호의 사항만 해당한다)
                    st = _State(law=st.law, kind=st.kind, prev=st.prev, alive=True, end=m.end(), descend=True)
                else:
                    st = _State(end=m.end())
            elif kind == "close":
                while stack and stack[-1][2] != "(":
                    stack.pop()
                if stack:
                    outer, attached, _ = stack.pop()
                    st = outer
                    if attached:
                        st.end = m.end()  # 「…법률」(이하 "법"이라 한다) 제4조: the list goes on
                else:
                    st = _State(end=m.end())
            elif kind == "quote":
                before = text[m.start() - 1] if m.start() else " "
                opening = m.group(0) == "“" or (m.group(0) == '"' and (before.isspace() or before in '(["“,ㆍ'))
                if opening:
                    stack.append((st, False, '"'))
                    in_quote = True
                    st = _State(end=m.end())
                else:
                    while stack and stack[-1][2] != '"':
                        stack.pop()
                    if stack:
                        stack.pop()
                    in_quote = any(tag == '"' for _, _, tag in stack)
                    st = _State(end=m.end())

    def read_ref(self, m: re.Match, chain: _State | None, own: _Ref) -> tuple[_Ref | None, bool]:
        """The provision a number names, and whether it names an article (제N조…)."""
        if m.group("art"):
            ref = _Ref(art=int(m.group("art")), abr=int(m.group("abr")) if m.group("abr") else None,
                       hang=int(m.group("hang")) if m.group("hang") else None,
                       ho=_ho(m.group("ho"), m.group("hobr")) if m.group("ho") else None,
                       mok=m.group("mok"))
            if (chain is None or chain.law is None) and (ref.art, ref.abr) == (own.art, own.abr) and own.occ > 1:
                # the law itself: its own number is its own article (제41조#2)
                ref = _Ref(art=ref.art, abr=ref.abr, hang=ref.hang, ho=ref.ho, mok=ref.mok, occ=own.occ)
            return ref, True
        level = 2 if m.group("lhang") else 3 if m.group("lho2") else 4
        base: _Ref | None = None
        if chain is not None and chain.range_from is not None:
            base = chain.range_from  # 제1호부터 제3호까지: the end is a sibling of the start
        elif chain is not None and chain.prev is not None:
            prev = chain.prev
            if chain.descend and level > prev.depth():
                base = prev  # 같은 조 제2항, 제23조제1항(제4호의 사항만 해당한다)
            elif _has_level(prev, level):
                base = prev  # 제3조제1항, 제2항: a sibling
        b = base or own
        if level == 2:
            ho = _ho(m.group("lho"), m.group("lhobr")) if m.group("lho") else None
            return _Ref(art=b.art, abr=b.abr, hang=int(m.group("lhang")), ho=ho, mok=m.group("lmok"), occ=b.occ), False
        if level == 3:
            return _Ref(art=b.art, abr=b.abr, hang=b.hang, ho=_ho(m.group("lho2"), m.group("lhobr2")),
                        mok=m.group("lmok2"), occ=b.occ), False
        if b.ho is None:
            return None, False  # a 목 outside any 호: not a citation
        return _Ref(art=b.art, abr=b.abr, hang=b.hang, ho=b.ho, mok=m.group("lmok3"), occ=b.occ), False

    def expand(self, law: str | None, start: _Ref, end: _Ref) -> list[_Ref]:
        """Every provision from ``start`` to ``end`` (``end`` may repeat or drop levels of ``start``)."""
        statute = self.laws.get(law) if law else self.st
        if end.depth() == 1 or (end.art != start.art or end.abr != start.abr):
            return self._article_range(statute, start, end)
        if end.mok and start.mok and (end.ho == start.ho):
            a, b = MOK_LETTERS.find(start.mok), MOK_LETTERS.find(end.mok)
            if 0 <= a <= b:
                return [_Ref(start.art, start.abr, start.hang, start.ho, MOK_LETTERS[i], start.occ)
                        for i in range(a, b + 1)]
        if end.ho and start.ho and end.hang == start.hang and not end.mok:
            return [_Ref(start.art, start.abr, start.hang, h, occ=start.occ) for h in self._numbers(
                statute, start, start.ho, end.ho, "ho")]
        if end.hang and start.hang and not end.ho:
            return [_Ref(start.art, start.abr, h, occ=start.occ) for h in range(start.hang, end.hang + 1)] or [start, end]
        return [start, end]

    def _numbers(self, statute: Statute | None, start: _Ref, first: str, last: str, level: str) -> list[str]:
        from drafter.corpus.addresses import number_key

        lo, hi = number_key(first), number_key(last)
        have: list[str] = []
        if statute is not None:
            art = next((a for a in statute.articles if a.number == start.art and a.branch == start.abr
                        and a.occurrence == start.occ), None)
            if art is not None:
                hang = next((h for h in art.hangs if (start.hang is None and h.number is None)
                             or (h.number == str(start.hang))), None)
                if hang is not None:
                    have = [ho.number for ho in hang.hos if ho.number and lo <= number_key(ho.number) <= hi]
        if not have:
            have = [str(n) for n in range(lo[0], hi[0] + 1)]
            have[0], have[-1] = first, last
        return have

    def _article_range(self, statute: Statute | None, start: _Ref, end: _Ref) -> list[_Ref]:
        lo, hi = (start.art or 0, start.abr or 0), (end.art or 0, end.abr or 0)
        members: list[_Ref] = []
        if statute is not None:
            seen = set()
            for art in statute.articles:
                key = (art.number, art.branch or 0)
                if lo <= key <= hi and key not in seen:
                    seen.add(key)
                    members.append(_Ref(art=art.number, abr=art.branch))
        if not members:
            members = [_Ref(art=n) for n in range(lo[0], hi[0] + 1)] if hi[0] - lo[0] < 400 else []
        # the ends as written (제18조제2항부터 제20조까지 names 제18조제2항)
        if members and start.depth() > 1:
            members[0] = start
        if members and end.depth() > 1:
            members[-1] = end
        return members or [start, end]

    def emit(self, where: str, st: _State, ref: _Ref, start: int, end: int, quoted: bool,
             in_range: bool = False) -> None:
        law = st.law if st.law is not None else self.st.doc_id
        in_corpus = law in self.laws
        if law == "?":
            return
        self.scan.citations.append(Citation(
            doc=self.st.doc_id, address=where, law=law, in_corpus=in_corpus, cited=ref.label(),
            kind=st.once_kind or st.kind, in_range=in_range, quoted=quoted, start=start, end=end,
        ))
        self.last_ref = (st.law, st.kind, ref)


def scan_statute(statute: Statute, laws: dict[str, Statute]) -> Scan:
    """Every citation in the body of ``statute``; ``laws`` maps doc ids to the corpus statutes."""
    return _Finder(statute, title_index(list(laws.values())), laws).run()


class CitationIndex:
    """All citations of a set of statutes, searchable by the cited provision."""

    def __init__(self, statutes: list[Statute]) -> None:
        laws = {st.doc_id: st for st in statutes}
        titles = title_index(statutes)
        self.laws = laws
        self.texts: dict[tuple[str, str], str] = {}  # (doc, address) → text, when read from the disk cache
        self.scans: dict[str, Scan] = {st.doc_id: _Finder(st, titles, laws).run() for st in statutes}
        self._index([c for s in self.scans.values() for c in s.citations])

    @classmethod
    def from_rows(cls, docs: list[str], citations: list[Citation], texts: dict[tuple[str, str], str]) -> CitationIndex:
        """An index of citations read back from the disk cache (no statute parsed)."""
        index = cls.__new__(cls)
        index.laws, index.texts = {}, texts
        index.scans = {doc: Scan() for doc in docs}
        for c in citations:
            index.scans[c.doc].citations.append(c)
        index._index([c for s in index.scans.values() for c in s.citations])
        return index

    def text_of(self, doc: str, address: str) -> str:
        """The text of a citing provision (a 목 with its sub-items; a single-항 article's own text)."""
        text = self.texts.get((doc, address))
        return text if text is not None else citing_text(self.laws[doc], address)

    def _index(self, citations: list[Citation]) -> None:
        self.citations: list[Citation] = citations
        self._by_article: dict[tuple[str, int, int | None], list[Citation]] = {}
        for c in self.citations:
            addr = c.cited_address
            self._by_article.setdefault((c.law, addr.article or 0, addr.branch), []).append(c)

    def citing(self, law: str, address: str | Address) -> list[Citation]:
        """Citations of ``address`` in ``law`` or of anything inside it (제18조 finds 제18조제1항제2호 too)."""
        from drafter.corpus.addresses import parse_address

        target = parse_address(address) if isinstance(address, str) else address
        out = []
        for c in self._by_article.get((law, target.article or 0, target.branch), []):
            cited = c.cited_address
            if cited.occurrence == target.occurrence and all(
                    getattr(target, f) is None or getattr(target, f) == getattr(cited, f) for f in ("hang", "ho", "mok")):
                out.append(c)
        return out


def citing_text(statute: Statute, address: str) -> str:
    """The text a citation at ``address`` stands in: the provision's own text (a 목 with its sub-items)."""
    from drafter.corpus.addresses import parse_address
    from drafter.corpus.corpus import find_node, resolve

    art, node = find_node(statute, parse_address(address))
    if node is None:
        return art.hangs[0].text if art.hangs else ""
    if isinstance(node, Mok) and node.subitems:
        return resolve(statute, address).text  # the citation may be in its sub-items
    return node.text


_INDEX_CACHE: dict[tuple, CitationIndex] = {}


def citation_index(statutes: list[Statute]) -> CitationIndex:
    """A :class:`CitationIndex`, reused while the statutes' contents (sha256) are the same."""
    key = tuple(sorted((st.doc_id, st.sha256) for st in statutes))
    index = _INDEX_CACHE.get(key)
    if index is None:
        _INDEX_CACHE.clear()
        index = _INDEX_CACHE[key] = CitationIndex(statutes)
    return index


# -- the index on disk ---------------------------------------------------------------------

CACHE_DIR = "citations"
_CACHE_FORMAT = 1
_BUILT: dict[str, CitationIndex] = {}
_ROW_FIELDS = ("doc", "address", "law", "in_corpus", "cited", "kind", "in_range", "quoted", "start", "end")


def _cache_key(files: list[tuple[str, Path]]) -> str:
    """sha256 over the code that finds citations and every statute file (id and contents)."""
    here = Path(__file__).parent
    digest = hashlib.sha256(f"format {_CACHE_FORMAT}\n".encode())
    for module in ("references.py", "statute_parser.py", "addresses.py", "models.py"):
        digest.update(hashlib.sha256((here / module).read_bytes()).digest())
    for doc, path in sorted(files):
        digest.update(doc.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:40]


def cached_citation_index(root: Path, data_dir: Path | None, laws: set[str] | None = None) -> CitationIndex:
    """The citation index of every statute under ``root``, kept on disk in ``data_dir/citations/``.

    The cache file is named by :func:`_cache_key`: a changed, added or removed statute file (or a new
    version of the finder) makes a new key, and the index is rebuilt from the parsed corpus and
    written again (older files are removed). Read from the cache, no statute is parsed; with ``laws``
    only the citations of those laws (doc ids) are kept. An unreadable or unwritable cache is not an
    error: the index is built in memory."""
    from drafter.corpus.corpus import Corpus

    files = [(doc, path) for doc, path, kind in Corpus.discover(Path(root)) if kind == "statute"]
    key = _cache_key(files)
    folder = Path(data_dir) / CACHE_DIR if data_dir is not None else None
    target = folder / f"{key}.json" if folder is not None else None
    if target is not None:
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
            if data.get("format") == _CACHE_FORMAT:
                rows = [dict(zip(_ROW_FIELDS, row)) for row in data["citations"]
                        if laws is None or row[2] in laws]
                citations = [Citation.model_validate(row) for row in rows]
                wanted = {(c.doc, c.address) for c in citations}
                texts = {(doc, address): text for doc, by_address in data["texts"].items()
                         for address, text in by_address.items() if (doc, address) in wanted}
                return CitationIndex.from_rows(list(data["docs"]), citations, texts)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            pass  # no cache file yet, or a damaged one: built again below
    index = _BUILT.get(key)  # built earlier in this process (another data dir, or the file since removed)
    if index is None:
        corpus = Corpus.load(Path(root), only={doc for doc, _ in files})
        index = citation_index(corpus.statutes())
        _BUILT.clear()
        _BUILT[key] = index
    if folder is not None:
        texts: dict[str, dict[str, str]] = {}
        for c in index.citations:
            by_address = texts.setdefault(c.doc, {})
            if c.address not in by_address:
                by_address[c.address] = index.text_of(c.doc, c.address)
        data = {"format": _CACHE_FORMAT, "docs": list(index.scans),
                "citations": [[getattr(c, f) for f in _ROW_FIELDS] for c in index.citations], "texts": texts}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{key}.{os.getpid()}.tmp"
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, target)
            for old in folder.glob("*.json"):
                if old != target:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # no cache this time
    return index
