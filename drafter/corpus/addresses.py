"""Addresses of provisions: one canonical syntax, parsed and formatted both ways.

Statutes (no spaces, as drafters write them)::

    제24조                     article
    제35조의2                  branch article
    제17조#2                   second article numbered 제17조 in a file that repeats it
    제24조제1항제2호가목1)     항, 호 (also 제31조제6호의2), 목, sub-item
    제3조제2호                 호 of a single-항 article (no 항 number)
    부칙<제17689호>제3조제2항  an article of the 부칙 of law no. 17689
    부칙<제17689호>            a whole 부칙 block (부칙#2 for a repeated one)

Papers: ``p3`` (third paragraph), ``p3s2`` (its second sentence).

``parse_address(format_address(a)) == a`` for every valid address.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from drafter.errors import AddressError

# 목 letters in order: 가 … 하, then 거 … 허, 고 … 호, 구 … 후 (the corpus has a 거목).
MOK_LETTERS = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"


def number_key(number: str | None) -> tuple[int, int]:
    """``'17'`` → (17, 0); ``'17의2'`` → (17, 2); ``'가'`` → (0, 0); None → (0, 0)."""
    if number is None:
        return (0, 0)
    if number[0] in MOK_LETTERS:
        base, _, br = number.partition("의")
        return (MOK_LETTERS.index(base) + 1, int(br) if br else 0)
    base, _, br = number.partition("의")
    return (int(base), int(br) if br else 0)


class Address(BaseModel):
    """A parsed address. Empty fields are absent levels."""

    model_config = ConfigDict(frozen=True)

    addendum: str | None = Field(default=None, description="'17689' for 부칙<제17689호>; '' for a 부칙 without number")
    addendum_occurrence: int = 1
    article: int | None = None
    branch: int | None = None
    occurrence: int = 1
    hang: int | None = None
    ho: str | None = Field(default=None, description="'2' or '6의2'")
    mok: str | None = Field(default=None, description="'가'")
    sub: int | None = None
    paragraph: int | None = Field(default=None, description="papers: 1-based paragraph")
    sentence: int | None = Field(default=None, description="papers: 1-based sentence in the paragraph")

    @property
    def is_paper(self) -> bool:
        return self.paragraph is not None

    @property
    def article_label(self) -> str | None:
        """``제35조의2`` (no 항 and below), or None."""
        if self.article is None:
            return None
        return f"제{self.article}조" + (f"의{self.branch}" if self.branch else "")

    @property
    def article_key(self) -> str | None:
        label = self.article_label
        if label is None:
            return None
        return label + (f"#{self.occurrence}" if self.occurrence > 1 else "")

    def article_only(self) -> Address:
        return Address(
            addendum=self.addendum,
            addendum_occurrence=self.addendum_occurrence,
            article=self.article,
            branch=self.branch,
            occurrence=self.occurrence,
        )

    def __str__(self) -> str:  # pragma: no cover - convenience
        return format_address(self)


_STATUTE_RE = re.compile(
    rf"""^
    (?:부칙(?:<\s*(?:제\s*(?P<lawno>\d+)\s*호)?[^<>]*>)?(?:\#(?P<aocc>\d+))?)?
    (?:제(?P<art>\d+)조(?:의(?P<branch>\d+))?(?:\#(?P<occ>\d+))?
      (?:제(?P<hang>\d+)항)?
      (?:제(?P<ho>\d+)호(?:의(?P<hobr>\d+))?
        (?:(?P<mok>[가-하{MOK_LETTERS}])목
          (?:(?P<sub>\d+)\))?
        )?
      )?
    )?
    $""",
    re.VERBOSE,
)
_PAPER_RE = re.compile(r"^(?:p|¶)(?P<para>\d+)(?:\.?s(?P<sent>\d+)|\.(?P<sent2>\d+))?$", re.IGNORECASE)


def provision_label(kind: str, number: str) -> str:
    """The address part of one provision number: 항 ``제1항``, 호 ``제6호의2``
    (the source writes ``6의2.``), 목 ``가목``, 세목 ``1)``."""
    if kind == "항":
        return f"제{number}항"
    if kind == "호":
        base, _, branch = number.partition("의")
        return f"제{base}호" + (f"의{branch}" if branch else "")
    if kind == "목":
        return f"{number}목"
    return f"{number})"


def parse_address(text: str) -> Address:
    """Parse an address; spaces are ignored. Raises :class:`AddressError`."""
    raw = text
    compact = re.sub(r"\s+", "", text or "")
    if not compact:
        raise AddressError("empty address", hint="write e.g. 제24조제1항제2호")
    paper = _PAPER_RE.match(compact)
    if paper:
        sentence = paper.group("sent") or paper.group("sent2")
        para = int(paper.group("para"))
        if para < 1 or (sentence is not None and int(sentence) < 1):
            raise AddressError(f"paper address {raw!r}: paragraph and sentence numbers start at 1")
        return Address(paragraph=para, sentence=int(sentence) if sentence else None)
    m = _STATUTE_RE.match(compact)
    if not m or (m.group("art") is None and not compact.startswith("부칙")):
        raise AddressError(
            f"cannot read address {raw!r}",
            hint="use the form 제24조제1항제2호가목, 제35조의2, 부칙<제17689호>제3조, or p2s1 for papers",
        )
    is_addendum = compact.startswith("부칙")
    return Address(
        addendum=(m.group("lawno") or "") if is_addendum else None,
        addendum_occurrence=int(m.group("aocc") or 1),
        article=int(m.group("art")) if m.group("art") else None,
        branch=int(m.group("branch")) if m.group("branch") else None,
        occurrence=int(m.group("occ") or 1),
        hang=int(m.group("hang")) if m.group("hang") else None,
        ho=(m.group("ho") + (f"의{m.group('hobr')}" if m.group("hobr") else "")) if m.group("ho") else None,
        mok=m.group("mok"),
        sub=int(m.group("sub")) if m.group("sub") else None,
    )


def format_address(addr: Address) -> str:
    """The canonical form of ``addr`` (see the module docstring)."""
    if addr.paragraph is not None:
        return f"p{addr.paragraph}" + (f"s{addr.sentence}" if addr.sentence else "")
    out = ""
    if addr.addendum is not None:
        out += f"부칙<제{addr.addendum}호>" if addr.addendum else "부칙"
        if addr.addendum_occurrence > 1:
            out += f"#{addr.addendum_occurrence}"
    if addr.article is not None:
        out += addr.article_key or ""
        if addr.hang is not None:
            out += provision_label("항", str(addr.hang))
        if addr.ho is not None:
            out += provision_label("호", addr.ho)
            if addr.mok is not None:
                out += provision_label("목", addr.mok)
                if addr.sub is not None:
                    out += provision_label("세목", str(addr.sub))
    return out


def normalize_address(text: str) -> str:
    """``'제 24조 제1항'`` → ``'제24조제1항'``."""
    return format_address(parse_address(text))


def article_of(text: str) -> str:
    """The article label of an address: ``제24조제1항제2호`` → ``제24조``."""
    addr = parse_address(text)
    if addr.article is None:
        raise AddressError(f"{text!r} names no article")
    return addr.article_label or ""
