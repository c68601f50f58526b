"""The amendment spec: what should change in a statute (YAML or JSON).

A spec names a corpus statute and lists changes, each written as a one-key
mapping (the YAML form) or, in code, as a change model::

    law: police-act
    changes:
      - replace: {at: 제35조제1항, old: "시ㆍ도지사가", new: "시ㆍ도자치경찰위원회가"}
      - rewrite: {at: 제34조, text: "..."}
      - insert:  {at: 제35조의2, heading: "...", text: "..."}
      - delete:  {at: 제35조제3항}
      - retitle: {at: 제35조, heading: "자치경찰 예산"}
      - insert_chapter:                 # a new chapter of new articles
          at: 제8장의2
          title: 자치경찰 재정
          articles:
            - {at: 제36조의2, heading: "...", text: "..."}
    reasons: "..."                      # or {summary: "...", points: [{text: "...", articles: [제35조]}]}
    supplementary: "이 법은 공포 후 6개월이 경과한 날부터 시행한다."

Forms for real 개정문 (each one a sentence found in the corpus 부칙)::

      - rewrite: {at: 제13조, part: 후단, text: "이 경우 …"}     # 제13조 후단을 다음과 같이 한다.
      - rewrite: {at: 제344조, text: "…"}                       # no heading, no label: 제344조 제목 외의 부분을 …
      - retitle: {at: 제8조, old: "A", new: "B"}                 # 제8조의 제목 중 "A"를 "B"로 한다.
      - retitle: {at: 제명, heading: "국가경찰위원회 규정"}      # 제명 "경찰위원회규정"을 "…"으로 한다.
      - retitle: {at: 제6장제4절, heading: "…"}                  # 제6장제4절의 제목 "…"을 "…"으로 한다.
      - retitle: {at: 제5장, old: "A", new: "B"}                 # 제5장의 제목 중 "A"를 "B"로 한다.
      - insert:  {at: 제426조의2, under: 제4편제7장제1절, heading: "…", text: "…"}
                                                                 # 제4편제7장제1절에 제426조의2를 다음과 같이 신설한다.
      - replace: {at: 제33조제3항제7호나목4), old: "A", new: "B"}  # sub-items
      - move:    {at: 제121조제3항, to: 제121조제4항}            # 제121조제2항 및 제3항을 각각 제3항 및 제4항으로 하고, …
      - replace: {at: 별표 2 제3호다목, old: "A", new: "B"}       # 별표 2 제3호다목 중 "A"를 "B"로 한다.
      - rewrite: {at: 별표 1, text: "…"}                         # 별표 1을 다음과 같이 한다.
      - retitle: {at: 별표 3, old: "A", new: "B"}                # 별표 3의 제목 중 "A"를 "B"로 한다.

What ``at`` may name besides a provision of the body is :func:`target_kind`
(``제명``, a 편/장/절, an annex) and each change kind's ``TARGETS``. The corpus
holds no annex text: annex changes are recorded unchecked, with a warning.
Amending a 부칙 provision is refused with :data:`ADDENDUM_HINT` (not yet
supported). How the sentences are worded (merging the same replacement
across provisions and articles, ranges, ``ㆍ``, ``같은 조``) is
:mod:`drafter.amend.sentences`.

Adding a change kind: a model deriving from ``_ChangeBase`` with
``kind: Literal["…"]`` (``yaml_form()`` comes with it), its name in
:data:`CHANGE_KINDS`, and a member of the :data:`Change` union; other laws
(``other_laws:``) reuse the same union.

Addresses: ``at`` of ``replace``/``rewrite``/``delete``/``retitle`` names a
provision of the *current* law (its current number, even when an insert in
the same spec renumbers it); ``at`` of ``insert`` names the number the *new*
provision will carry (after the inserts listed before it).

Multi-line ``text`` (rewrite and insert) is written as the provision is
printed: one line per 항 starting with its circled number ``①②…`` (an
article with a single 항 has no number), 호 lines ``1.`` / ``6의2.``, 목
lines ``가.``, sub-items ``1)``; leading spaces are ignored. A line that
starts with none of these continues the previous one. An article's text may
start with its own label and heading (``제35조의2(자치경찰 재정) ① …``);
see :mod:`drafter.amend.textparse`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from drafter import safe_yaml
from drafter.amend.errors import SpecError
from drafter.corpus.addresses import Address, format_address, parse_address
from drafter.errors import AddressError

DEFAULT_SUPPLEMENTARY = "이 법은 공포 후 6개월이 경과한 날부터 시행한다."
CHANGE_KINDS = ("replace", "rewrite", "insert", "delete", "retitle", "insert_chapter", "move", "edit")
Part = Literal["전단", "후단", "본문", "단서"]
LeadText = Literal["각 호 외의 부분", "각 목 외의 부분"]
"""A replace limited to the lead text of a 항 (호) that has items: ``제5조제1항 각 호 외의 부분 및 같은 항 제3호 중 …``."""
LEAD_TEXT: tuple[str, ...] = ("각 호 외의 부분", "각 목 외의 부분")


ADDENDUM_HINT = (
    "amending 부칙 provisions is not yet supported: write that sentence by hand after the bill's 개정문 "
    "(부칙 제N조제M항 중 \"…\"을 \"…\"으로 한다.), and leave the change out of the spec"
)


def _check_address(value: str) -> str:
    try:
        addr = parse_address(value)
    except AddressError as exc:
        raise ValueError(exc.message) from None
    if addr.is_paper:
        raise ValueError(f"{value!r} is a paper address; a change names a provision such as 제35조제1항")
    if addr.addendum is not None:
        raise ValueError(f"{value!r} is in a 부칙: {ADDENDUM_HINT}")
    if addr.article is None:
        raise ValueError(f"{value!r} names no article")
    return format_address(addr)


# -- targets other than a provision of the body --------------------------------------------
LAW_TITLE = "제명"
_DIVISION_RE = re.compile(r"^(?:제(\d+)편)?(?:제(\d+)장(?:의(\d+))?)?(?:제(\d+)절(?:의(\d+))?)?(?:제(\d+)관)?$")
_ANNEX_RE = re.compile(r"^(별표|별지)(?=$|\s|\d|의|\s*제|\s*중)")


_HEADING_RE = re.compile(r"^(제\d+조(?:의\d+)?)(?:의)?제목$|^(.+?)의제목$")


def target_kind(at: str) -> Literal["provision", "law_title", "division", "annex", "heading"]:
    """What an ``at`` names: a provision of the body (제35조제1항), the law's title (제명), a
    편/장/절 (제3장, 제6장제4절, 제4편제7장제1절), an annex (별표 2, 별표 3 제1호가목, 별지 제2호서식), or
    the heading of an article or 편/장/절 (``제4조의 제목``, ``제5장의 제목``: a ``replace`` there is a
    ``retitle`` by words)."""
    text = at.strip()
    if text == LAW_TITLE:
        return "law_title"
    if _ANNEX_RE.match(text):
        return "annex"
    compact = re.sub(r"\s+", "", text)
    m = _HEADING_RE.match(compact)
    if m and (m.group(1) or target_kind(m.group(2)) in ("division", "law_title")):
        return "heading"
    if compact and _DIVISION_RE.match(compact) and not re.search(r"조", compact):
        return "division"
    return "provision"


def _check_target(value: str, allowed: tuple[str, ...]) -> str:
    kind = target_kind(value)
    if kind == "provision":
        if re.sub(r"\s+", "", value).startswith("부칙"):
            raise ValueError(f"{value!r} is in a 부칙: {ADDENDUM_HINT}")
        return _check_address(value)
    if kind not in allowed:
        what = {"law_title": "the law's title (제명)", "division": "a 편/장/절 heading", "annex": "an annex (별표/별지)",
                "heading": "a heading"}[kind]
        raise ValueError(f"{value!r} names {what}, which this change kind cannot amend")
    if kind == "division":
        return re.sub(r"\s+", "", value)
    if kind == "heading":
        return heading_owner(value) + "의 제목"
    return re.sub(r"\s+", " ", value.strip())


def heading_owner(at: str) -> str:
    """``제4조의 제목`` → ``제4조``; ``제5장의 제목`` → ``제5장``."""
    compact = re.sub(r"\s+", "", at)
    m = _HEADING_RE.match(compact)
    if not m:
        return compact
    return m.group(1) or m.group(2)


def division_levels(label: str) -> list[tuple[str, str]]:
    """``제4편제7장제1절`` → [("편", "4"), ("장", "7"), ("절", "1")] (numbers as the corpus headings write them)."""
    out: list[tuple[str, str]] = []
    for m in re.finditer(r"제(\d+)(편|장|절|관)(?:의(\d+))?", label):
        out.append((m.group(2), m.group(1) + (f"의{m.group(3)}" if m.group(3) else "")))
    return out


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _check_text(model: BaseModel) -> BaseModel:
    """Control characters cannot go into a bill (nor into DOCX/HWPX XML): refuse them up front."""
    for name, value in model.__dict__.items():
        if isinstance(value, str) and _CONTROL_RE.search(value):
            raise ValueError(f"{name} contains a control character ({_CONTROL_RE.search(value).group(0)!r})")
    return model


class _ChangeBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _printable(self) -> _ChangeBase:
        _check_text(self)
        return self

    @model_validator(mode="before")
    @classmethod
    def _address_as_written(cls, data: Any) -> Any:
        """``at`` as a sentence writes it: ``제13조 후단`` → ``at: 제13조, part: 후단`` (replace, rewrite);
        ``제24조제1항 각 호 외의 부분`` (replace: ``part: 각 호 외의 부분``, the lead text only) and
        ``제344조 제목 외의 부분`` (rewrite without a heading) → the provision."""
        if not isinstance(data, dict) or not isinstance(data.get("at"), str) or target_kind(data["at"]) != "provision":
            return data
        field = cls.model_fields.get("kind")
        kind = data.get("kind") or (field.default if field is not None else None)
        at = data["at"].strip()
        if kind in ("replace", "rewrite") and "part" not in data:
            m = re.match(r"^(.*\S)\s+(전단|후단|본문|단서)$", at)
            if m:
                at, data = m.group(1), {**data, "part": m.group(2)}
        if kind == "replace":
            lead = re.match(r"^(.*\S)\s+각\s*(호|목)\s*외의\s*부분$", at)
            if lead:  # the lead text only (words in the 호/목 are left alone); with a half, the half says it
                at = lead.group(1)
                data = data if "part" in data else {**data, "part": f"각 {lead.group(2)} 외의 부분"}
        if kind == "rewrite":
            at = re.sub(r"\s+제목\s*외의\s*부분$", "", at)
        return {**data, "at": at} if at != data["at"] else data

    at: str = Field(description="address of the provision, e.g. 제35조제1항 (normalised on load)")

    # what besides a provision of the body ``at`` may name (see :func:`target_kind`)
    TARGETS: ClassVar[tuple[str, ...]] = ()

    @field_validator("at")
    @classmethod
    def _normalise_at(cls, value: str) -> str:
        return _check_target(value, cls.TARGETS)

    @property
    def target(self) -> str:
        """provision | law_title | division | annex."""
        return target_kind(self.at)

    @property
    def address(self) -> Address:
        """The parsed address of a provision of the body. For the law's title, a 편/장/절 or an annex
        (see :attr:`target`) it is an empty :class:`Address` (no article): check ``target`` first."""
        if self.target != "provision":
            return Address()
        return parse_address(self.at)

    def as_retitle(self) -> Retitle | None:
        """A ``replace`` in the law's title, a 편/장/절 title or a heading (``at: 제4조의 제목``) is a
        ``retitle`` by words; None for any other change."""
        if self.kind == "retitle" and self.target == "heading":  # retitle at 제4조의 제목: the same as at 제4조
            return self.model_copy(update={"at": heading_owner(self.at)})  # type: ignore[return-value]
        if self.kind != "replace" or self.target not in ("law_title", "division", "heading"):  # type: ignore[attr-defined]
            return None
        owner = heading_owner(self.at) if self.target == "heading" else self.at
        return Retitle(at=owner, old=self.old, new=self.new)  # type: ignore[attr-defined]

    def yaml_form(self) -> dict[str, Any]:
        """The one-key mapping form used in spec files."""
        body = self.model_dump(exclude={"kind"}, exclude_defaults=True, by_alias=True)
        body["at"] = self.at
        return {self.kind: body}  # type: ignore[attr-defined]


class Replace(_ChangeBase):
    """Replace words in a provision: ``제35조제1항 중 "A"를 "B"로 한다``; in an annex:
    ``별표 2 중 "A"를 "B"로 한다`` (the corpus holds no annex text: not checked, a warning says so)."""

    # also the law's title, a 편/장/절 or a heading (제4조의 제목): then it is a retitle by words
    TARGETS: ClassVar[tuple[str, ...]] = ("annex", "law_title", "division", "heading")
    kind: Literal["replace"] = "replace"
    old: str = Field(min_length=1, description="text as it stands in the current law")
    new: str = Field(description="replacement text (may be empty to strike the words)")
    all_: bool = Field(default=False, alias="all", description="replace every occurrence (rendered with 각각)")
    part: Part | LeadText | None = Field(
        default=None, description="restrict to one half of a two-sentence provision, or to the lead text of a "
        "항/호 with items (각 호 외의 부분 / 각 목 외의 부분: the words in its 호/목 are left alone)")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _differs(self) -> Replace:
        if self.old == self.new:
            raise ValueError("old and new are the same text")
        return self


class Rewrite(_ChangeBase):
    """New full text of an article, 항, 호, 목 or sub-item: ``제34조를 다음과 같이 한다``; of one half
    (``part``): ``제13조 후단을 다음과 같이 한다``; of an annex: ``별표 1을 다음과 같이 한다``. An article
    rewritten without a heading (none given, no label in the text) keeps its heading:
    ``제344조 제목 외의 부분을 다음과 같이 한다``."""

    TARGETS: ClassVar[tuple[str, ...]] = ("annex",)
    kind: Literal["rewrite"] = "rewrite"
    text: str = Field(min_length=1)
    heading: str | None = Field(default=None, description="new heading (article only); default: keep the current one")
    part: Part | None = Field(default=None, description="rewrite one half of a two-sentence provision (전단/후단, 본문/단서)")


class Insert(_ChangeBase):
    """A new article, 항, 호, 목 or sub-item: ``제35조의2를 다음과 같이 신설한다``; a new article at the
    end of a named 편/장/절 (``under``): ``제4편제7장제1절에 제426조의2를 다음과 같이 신설한다``; a new
    annex: ``별표 4를 다음과 같이 신설한다``."""

    TARGETS: ClassVar[tuple[str, ...]] = ("annex",)
    kind: Literal["insert"] = "insert"
    text: str = Field(min_length=1)
    heading: str | None = Field(default=None, description="heading of a new article")
    under: str | None = Field(
        default=None, description="a new article at the end of this 편/장/절 (e.g. 제4편제7장제1절); the sentence names it. "
        "Without it, an article placed right after the last article of a 편/장/절 names that one",
    )

    @field_validator("under")
    @classmethod
    def _division(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if target_kind(value) != "division":
            raise ValueError(f"under: {value!r} is not a 편/장/절 label; write e.g. 제3장 or 제4편제7장제1절")
        return re.sub(r"\s+", "", value)
    renumber: bool | None = Field(
        default=None,
        description="insert at a number that exists and push it and the following ones down by one "
        "(제17호를 제18호로 하고, 같은 항에 제17호를 다음과 같이 신설한다). Default: yes for a 호 (the "
        "reference's form for a new 호 in the middle), no for a 항 (write renumber: true: every '제N항' "
        "reference would move) — an existing number is then an error. Articles are never renumbered.",
    )


class Delete(_ChangeBase):
    """Delete a provision: ``제35조제3항을 삭제한다``; an annex: ``별표 3을 삭제한다``."""

    TARGETS: ClassVar[tuple[str, ...]] = ("annex",)
    kind: Literal["delete"] = "delete"


class Retitle(_ChangeBase):
    """A new heading or title, whole (``heading``) or by words (``old``/``new``):

    * article: ``제35조의 제목 "(예산)"을 "(자치경찰 예산)"으로 한다`` / ``제8조의 제목 중 "A"를 "B"로 한다``;
    * 편/장/절 (``at: 제6장제4절``): ``제6장제4절의 제목 "A"를 "B"로 한다`` / ``제5장의 제목 중 "A"를 "B"로 한다``;
    * the law's title (``at: 제명``): ``제명 "경찰위원회규정"을 "국가경찰위원회 규정"으로 한다``;
    * an annex (``at: 별표 3``, words only): ``별표 3의 제목 중 "A"를 "B"로 한다``.
    """

    TARGETS: ClassVar[tuple[str, ...]] = ("law_title", "division", "annex", "heading")
    kind: Literal["retitle"] = "retitle"
    heading: str | None = Field(default=None, description="the whole new heading (without parentheses)")
    old: str | None = Field(default=None, description="words of the heading to replace (with new)")
    new: str | None = Field(default=None, description="their replacement")

    @field_validator("heading")
    @classmethod
    def _strip_parens(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if value.startswith("(") and value.endswith(")"):
            value = value[1:-1].strip()
        if not value:
            raise ValueError("heading is empty")
        return value

    @model_validator(mode="after")
    def _one_form(self) -> Retitle:
        words = self.old is not None or self.new is not None
        if words and (self.old is None or self.new is None or not self.old):
            raise ValueError("give both old and new (the words of the heading and their replacement)")
        if words == (self.heading is not None):
            raise ValueError("give either heading (the whole new heading) or old and new (words in it)")
        if words and self.old == self.new:
            raise ValueError("old and new are the same text")
        if self.heading is not None and self.target == "annex":
            raise ValueError("an annex title is changed by words: give old and new")
        return self


class Move(_ChangeBase):
    """Renumber an article or a 항/호: ``제5조를 제6조로 한다``; several in one container are written
    together: ``제121조제2항 및 제3항을 각각 제3항 및 제4항으로 한다``. ``to`` is the new address in
    the same container (an article for an article, a 항 of the same article for a 항). The number must
    be free once every move of the spec is done. Citations of the moved provision elsewhere in the law
    are updated in the same bill (``references: false`` leaves them, with a warning each)."""

    kind: Literal["move"] = "move"
    to: str = Field(description="the new address, e.g. 제6조 or 제5조제3항")
    references: bool = Field(
        default=True,
        description="update the law's own citations of the moved provision in the same bill (replace clauses "
        "such as 제7조 중 \"제5조\"를 \"제6조\"로 한다); a citation that cannot be updated safely is a warning",
    )

    @field_validator("to")
    @classmethod
    def _normalise_to(cls, value: str) -> str:
        return _check_address(value)

    @property
    def to_address(self) -> Address:
        return parse_address(self.to)

    @model_validator(mode="after")
    def _same_level(self) -> Move:
        if self.target != "provision":
            raise ValueError("move renumbers an article, 항 or 호")
        a, b = self.address, parse_address(self.to)
        depth = lambda x: (x.hang is not None) + (x.ho is not None) + (x.mok is not None) + (x.sub is not None)  # noqa: E731
        if depth(a) != depth(b):
            raise ValueError(f"{self.at} and {self.to} are not the same kind of provision")
        if depth(a) > 0 and a.article_key != b.article_key:
            raise ValueError(f"a 항/호 moves inside its article: {self.to} is in another article")
        if depth(a) > 1 and (a.hang, a.ho if depth(a) > 2 else None) != (b.hang, b.ho if depth(a) > 2 else None):
            raise ValueError(f"a 호/목 moves inside its 항/호: {self.to} is elsewhere")
        if a == b:
            raise ValueError("at and to are the same")
        return self


class NewArticle(BaseModel):
    """One article of a new chapter."""

    model_config = ConfigDict(extra="forbid")

    at: str = Field(description="its address, e.g. 제36조의2")
    heading: str | None = None
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _printable(self) -> NewArticle:
        _check_text(self)
        return self

    @field_validator("at")
    @classmethod
    def _article_only(cls, value: str) -> str:
        value = _check_address(value)
        addr = parse_address(value)
        if addr.hang is not None or addr.ho is not None:
            raise ValueError(f"{value!r}: a chapter holds whole articles (제N조 or 제N조의M)")
        return value


_CHAPTER_RE = re.compile(r"^제(\d+)장(?:의(\d+))?$")


class InsertChapter(BaseModel):
    """A new chapter of new articles: ``제8장의2(제36조의2부터 제36조의4까지)를 다음과 같이 신설한다``."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["insert_chapter"] = "insert_chapter"
    at: str = Field(description="the chapter label, e.g. 제8장의2")
    title: str = Field(min_length=1, description="the chapter title, e.g. 자치경찰 재정")
    articles: list[NewArticle] = Field(min_length=1)

    @model_validator(mode="after")
    def _printable(self) -> InsertChapter:
        _check_text(self)
        return self

    @field_validator("at")
    @classmethod
    def _chapter(cls, value: str) -> str:
        compact = re.sub(r"\s+", "", value)
        if not _CHAPTER_RE.match(compact):
            raise ValueError(f"{value!r} is not a chapter label; write e.g. 제8장의2")
        return compact

    @property
    def number(self) -> tuple[int, int]:
        m = _CHAPTER_RE.match(self.at)
        assert m is not None
        return int(m.group(1)), int(m.group(2) or 0)

    def yaml_form(self) -> dict[str, Any]:
        return {"insert_chapter": self.model_dump(exclude={"kind"}, exclude_defaults=True)}


class Edit(_ChangeBase):
    """The provision as it should read: ``edit: {at: 제19조제1항, text: "..."}`` (article, 항, 호 or
    목; the text written as for ``rewrite``, an article's may start with its label and heading).
    The engine diffs it with the current text word by word and derives the changes a drafter
    would write: replacements of the changed words, new or deleted 항/호/목, a new heading, or
    ``다음과 같이 한다`` when the changes are extensive (see :mod:`drafter.amend.edit`)."""

    kind: Literal["edit"] = "edit"
    text: str = Field(min_length=1, description="the full new text of the provision")

    @field_validator("at")
    @classmethod
    def _provision_level(cls, value: str) -> str:
        if parse_address(value).sub is not None:
            raise ValueError(f"{value!r}: edit works on an article, 항, 호 or 목; address the 목")
        return value


# A new change kind: a model with ``kind: Literal[...]`` and ``yaml_form()``, added to CHANGE_KINDS and here.
Change = Annotated[Replace | Rewrite | Insert | Delete | Retitle | InsertChapter | Move | Edit, Field(discriminator="kind")]


POINT_LETTERS = "가나다라마바사아자차카타파하"


class ReasonPoint(BaseModel):
    """One lettered point of 주요내용, ending with the articles it concerns."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    articles: list[str] = Field(default_factory=list, description="e.g. [제35조, 제35조의2] → (안 제35조 및 제35조의2)")

    @field_validator("articles")
    @classmethod
    def _labels(cls, value: list[str]) -> list[str]:
        out = []
        for item in value:
            compact = re.sub(r"\s+", "", item)
            if not (_CHAPTER_RE.match(compact) or re.match(r"^제\d+조(의\d+)?$", compact)):
                raise ValueError(f"{item!r} is not an article (제35조의2) or chapter (제8장의2) label")
            out.append(compact)
        return out


class Reasons(BaseModel):
    """제안이유 및 주요내용 as prose and lettered points (rendered 가. … (안 제35조 및 제35조의2))."""

    model_config = ConfigDict(extra="forbid")

    summary: str = Field(min_length=1)
    points: list[ReasonPoint] = Field(default_factory=list, max_length=len(POINT_LETTERS))

    def render(self) -> str:
        lines = [self.summary.strip()]
        for letter, point in zip(POINT_LETTERS, self.points):
            tail = ""
            if point.articles:
                labels = point.articles
                joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + f" 및 {labels[-1]}"
                tail = f"(안 {joined})"
            lines.append(f"{letter}. {point.text.strip()}{tail}")
        return "\n".join(lines)


class OtherLaw(BaseModel):
    """Another statute the same bill amends, in its 부칙: ``제N조(다른 법률의 개정) ① <법률명> 일부를 다음과
    같이 개정한다.`` then its sentences (see :mod:`drafter.amend.multilaw`)."""

    model_config = ConfigDict(extra="forbid")

    law: str = Field(min_length=1, description="corpus document id, e.g. police-officials-act")
    changes: list[Change] = Field(min_length=1, description="the same change kinds as the main law")

    @field_validator("changes", mode="before")
    @classmethod
    def _one_key_form(cls, value: Any) -> Any:
        return AmendmentSpec._one_key_form(value)

    def yaml_form(self) -> dict[str, Any]:
        return {"law": self.law, "changes": [c.yaml_form() for c in self.changes]}


class AmendmentSpec(BaseModel):
    """What should change in one statute, and the prose of the bill."""

    model_config = ConfigDict(extra="forbid")

    law: str = Field(min_length=1, description="corpus document id, e.g. police-act")
    changes: list[Change] = Field(min_length=1)
    reasons: str | Reasons | None = Field(
        default=None, description="제안이유 및 주요내용: prose, or {summary, points: [{text, articles}]}"
    )
    supplementary: str = Field(default=DEFAULT_SUPPLEMENTARY, description="부칙 text")
    title: str | None = Field(default=None, description="override of the law title (default: the statute's 제목)")
    other_laws: list[OtherLaw] = Field(
        default_factory=list, description="other statutes amended in the 부칙 (제N조(다른 법률의 개정)), one entry per law"
    )

    @model_validator(mode="after")
    def _other_laws_distinct(self) -> AmendmentSpec:
        seen = {self.law}
        for i, other in enumerate(self.other_laws, start=1):
            if other.law in seen:
                raise ValueError(f"other_laws {i}: {other.law!r} is amended twice in this bill (merge its changes)")
            seen.add(other.law)
        return self

    @field_validator("changes", mode="before")
    @classmethod
    def _one_key_form(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        out = []
        for item in value:
            if isinstance(item, dict) and "kind" not in item and len(item) == 1:
                (key, body), = item.items()
                if key in CHANGE_KINDS:
                    item = {"kind": key, **(body if isinstance(body, dict) else {"_": body})}
                else:
                    raise ValueError(f"unknown change kind {key!r}; use one of {', '.join(CHANGE_KINDS)}")
            out.append(item)
        return out

    @model_validator(mode="after")
    def _printable(self) -> AmendmentSpec:
        _check_text(self)
        return self

    @field_validator("supplementary")
    @classmethod
    def _non_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("supplementary (부칙) is empty")
        return value.strip()

    def yaml_form(self) -> dict[str, Any]:
        data: dict[str, Any] = {"law": self.law, "changes": [c.yaml_form() for c in self.changes]}
        if isinstance(self.reasons, Reasons):
            data["reasons"] = self.reasons.model_dump(exclude_defaults=True)
        elif self.reasons is not None:
            data["reasons"] = self.reasons
        data["supplementary"] = self.supplementary
        if self.title is not None:
            data["title"] = self.title
        if self.other_laws:
            data["other_laws"] = [o.yaml_form() for o in self.other_laws]
        return data

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.yaml_form(), allow_unicode=True, sort_keys=False)


# -- loading -----------------------------------------------------------------


def _line_index(text: str) -> dict[tuple, int]:
    """1-based line of every mapping key / sequence item in a YAML document, by path."""
    lines: dict[tuple, int] = {}
    try:
        root = safe_yaml.compose(text)  # no aliases: the walk below never expands a "billion laughs"
    except yaml.YAMLError:
        return lines

    def walk(node: yaml.Node, path: tuple) -> None:
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, val in node.value:
                sub = path + (key.value,)
                lines[sub] = key.start_mark.line + 1
                walk(val, sub)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, path + (i,))

    if root is not None:
        walk(root, ())
    return lines


MAX_SPEC_BYTES = 4 * 1024 * 1024
"""Largest spec read (a spec of every article of the longest statute is under 1 MB)."""


def _looks_like_path(value: str) -> bool:
    if "\n" in value:
        return False
    if value.endswith((".yaml", ".yml", ".json")):
        return True
    try:
        return len(value) < 4096 and Path(value).is_file()
    except (OSError, ValueError):  # a name too long, a NUL byte: text, not a path
        return False


def load_spec(path_or_text: str | Path) -> AmendmentSpec:
    """Read and validate a spec from a file path or from YAML/JSON text.

    Raises :class:`SpecError` naming the file, the line and the field.
    """
    path: Path | None = None
    if isinstance(path_or_text, Path) or _looks_like_path(str(path_or_text)):
        path = Path(path_or_text)
        try:
            exists, regular = path.exists(), path.is_file()  # a FIFO or device is refused, never opened
            size = path.stat().st_size if regular else 0
        except (OSError, ValueError):
            exists, regular, size = False, False, 0
        if not regular:
            what = "is not a regular file" if exists else "spec file not found"
            raise SpecError(what, path=path, hint="pass the path of a YAML or JSON spec")
        if size > MAX_SPEC_BYTES:
            raise SpecError(f"spec is {size:,} bytes (at most {MAX_SPEC_BYTES:,})", path=path,
                            hint="a spec lists changes; split a very large one into several bills")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(f"cannot read spec: {exc}", path=path) from None
    else:
        text = str(path_or_text)
    if len(text) > MAX_SPEC_BYTES:
        raise SpecError(f"spec is {len(text):,} characters (at most {MAX_SPEC_BYTES:,})", path=path)
    try:
        # bounded: no YAML aliases, limited depth and node count (see drafter.safe_yaml)
        data = json.loads(text) if text.lstrip().startswith("{") else safe_yaml.load(text)
    except json.JSONDecodeError as exc:
        raise SpecError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from None
    except RecursionError:
        raise SpecError("invalid JSON: nested too deeply", path=path,
                        hint="a spec nests a few levels (changes → change → fields)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(f"invalid YAML: {problem}", path=path, line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise SpecError("a spec is a mapping with keys law, changes (and optionally reasons, supplementary)",
                        path=path, line=1)
    try:
        return AmendmentSpec.model_validate(data)
    except ValidationError as exc:
        raise _spec_error(exc, data, text, path) from None


def _spec_error(exc: ValidationError, data: dict, text: str, path: Path | None) -> SpecError:
    lines = _line_index(text)
    first = exc.errors()[0]
    loc = list(first["loc"])
    # map the model path (changes, 2, replace, old) back to the YAML path (changes, 2, replace, old)
    yaml_path: list = []
    where = ""
    if len(loc) >= 2 and loc[0] == "changes" and isinstance(loc[1], int):
        idx = loc[1]
        item = data.get("changes", [])[idx] if isinstance(data.get("changes"), list) and idx < len(data["changes"]) else None
        kind = next(iter(item)) if isinstance(item, dict) and len(item) == 1 and "kind" not in item else (
            item.get("kind") if isinstance(item, dict) else None)
        where = f"change {idx + 1}" + (f" ({kind})" if kind else "")
        yaml_path = ["changes", idx]
        if kind and isinstance(item, dict) and kind in item:
            yaml_path.append(kind)
        rest = [p for p in loc[2:] if p not in CHANGE_KINDS and not (isinstance(p, str) and p.startswith("function-"))]
        yaml_path += [("all" if p == "all_" else p) for p in rest if isinstance(p, (str, int))]
    else:
        yaml_path = [p for p in loc if isinstance(p, (str, int))]
        where = ".".join(str(p) for p in loc) or "spec"
    line = None
    probe = tuple(yaml_path)
    while probe and line is None:
        line = lines.get(probe)
        probe = probe[:-1]
    field = ".".join(str(p) for p in loc[2:] if isinstance(p, str) and p not in CHANGE_KINDS) if where.startswith("change") else ""
    msg = first["msg"].removeprefix("Value error, ")
    count = len(exc.errors())
    more = f" (and {count - 1} more problem(s))" if count > 1 else ""
    return SpecError(
        f"{where}{(' ' + field) if field else ''}: {msg}{more}",
        path=path, line=line,
        hint="each change is one of: replace {at, old, new[, all, part]}, rewrite {at, text[, heading, part]}, "
        "insert {at, text[, heading, renumber, under]}, delete {at}, retitle {at, heading | old, new}, "
        "edit {at, text}, insert_chapter {at, title, articles: [{at, heading, text}]}, move {at, to}",
    )
