"""Turn ``(doc, address)`` into the exact cited text, its span, and the
context a reader sees around it (article heading, the lead sentence of a
list), and parse citation brackets out of generated text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.citations.models import Citation, SourceSpan
from drafter.corpus.addresses import format_address, parse_address
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Paper, Span
from drafter.errors import DrafterError
from drafter.text.lazy_regex import lazy_compile

BRACKET = lazy_compile(r"\[([^\[\]\n]{2,120})\]")
"""``[police-act 제35조제1항]``; also several in one: ``[a 제1조; b 제2조]``."""


def to_source_span(span: Span) -> SourceSpan:
    return SourceSpan(start=span.start, end=span.end, line=span.line, end_line=span.end_line)


@dataclass(frozen=True)
class ResolvedCitation:
    """A citation that resolves: what it names, exactly."""

    doc: str
    address: str
    text: str
    span: Span
    context: str
    """Article heading and, for a 호/목, the lead sentence of its 항."""
    whole_document: bool
    is_paper: bool
    references: tuple[tuple[str, str], ...] = ()
    """``(label, text)`` of each 항 and 호 of the same article the cited text names by number ('제2항제1호에
    해당하는 경우' → ('제2항제1호', its text)): a claim may spell out what they say. The support judge reads
    them for the claim's words only, in a sentence that names them."""


class CitationResolver:
    """Resolves citations against a loaded corpus (results cached)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._cache: dict[tuple[str, str], ResolvedCitation | DrafterError] = {}

    def resolve(self, doc: str, address: str | None) -> ResolvedCitation:
        """The cited text; raises a :class:`DrafterError` when it does not resolve."""
        key = (doc, (address or "").strip())
        hit = self._cache.get(key)
        if hit is None:
            try:
                hit = self._resolve(*key)
            except DrafterError as exc:
                hit = exc
            self._cache[key] = hit
        if isinstance(hit, DrafterError):
            raise hit
        return hit

    def _resolve(self, doc: str, address: str) -> ResolvedCitation:
        resolved = self.corpus.resolve(doc, address or None)
        document = self.corpus.get(doc)
        is_paper = isinstance(document, Paper)
        context_parts: list[str] = []
        if not is_paper and address:
            addr = parse_address(address)
            if addr.addendum is not None:
                context_parts.append(_addendum_line(document, addr.addendum, addr.addendum_occurrence))
            if resolved.article:
                context_parts.append(f"{resolved.article}({resolved.heading or ''})")
            if addr.ho is not None:
                parent = addr.model_copy(update={"ho": None, "mok": None, "sub": None})
                if parent.hang is not None or not _has_numbered_hangs(self.corpus, doc, parent):
                    try:
                        lead = self.corpus.resolve(doc, parent if parent.hang is not None else parent.article_only())
                        context_parts.append(_lead_line(lead.text))
                        context_parts.extend(self._defined_in(doc, parent, _lead_line(lead.text)))
                    except DrafterError:
                        pass
            if addr.mok is not None:
                parent = addr.model_copy(update={"mok": None, "sub": None})
                try:
                    context_parts.append(_lead_line(self.corpus.resolve(doc, parent).text))
                except DrafterError:
                    pass
        elif is_paper:
            context_parts.append(getattr(document, "title", "") or "")
        if not is_paper and getattr(document, "title", None):
            # the law's own name: '도지사' in the Jeju act is Jeju's governor
            context_parts.append(document.title)
        return ResolvedCitation(
            doc=doc,
            address=resolved.address,
            text=resolved.text,
            span=resolved.span,
            context="\n".join(p for p in context_parts if p),
            whole_document=not address,
            is_paper=is_paper,
            references=self._references(doc, address, resolved.text) if not is_paper and address else (),
        )

    def _defined_in(self, doc: str, parent, lead: str) -> list[str]:
        """The rule of the 항 a definitional lead serves: '② 제1항에서 정치활동에 관여하는 행위란 다음 각 호의 어느 하나에
        해당하는 행위를 말한다' defines the acts '① … 정치활동에 관여하는 행위를 하여서는 아니 된다' bans, so a claim that
        a listed act is banned ('must stay out of') states the rule its 호 is listed for."""
        m = _DEFINING_LEAD.match(lead)
        if not m or parent.hang is None or int(m.group(1)) == parent.hang:
            return []
        try:
            return [_lead_line(self.corpus.resolve(doc, parent.model_copy(update={"hang": int(m.group(1))})).text)]
        except DrafterError:
            return []

    def _references(self, doc: str, address: str, text: str) -> tuple[tuple[str, str], ...]:
        """Each 항 or 호 of the cited article that ``text`` names by number (not those of another article or
        law: '제30조제1항', '같은 법 제6조제1항'), with its text; each once, the cited provision itself left out."""
        addr = parse_address(address)
        if addr.article is None or addr.addendum is not None:
            return ()
        out: dict[str, str] = {}
        for m in _SAME_ARTICLE_REF.finditer(text):
            hang = int(m.group("hang")) if m.group("hang") else addr.hang
            ho = m.group("ho") or m.group("ho2")
            if hang is None and ho is None:
                continue
            target = addr.article_only().model_copy(update={"hang": hang, "ho": ho})
            if target == addr.model_copy(update={"mok": None, "sub": None}):
                continue
            try:
                referenced = self.corpus.resolve(doc, target).text
            except DrafterError:
                continue
            if m.group(0) not in out and referenced not in text:
                out[m.group(0)] = referenced[:_MAX_REFERENCE]
        return tuple(out.items())

    def citation(self, doc: str, address: str | None) -> Citation:
        """A :class:`Citation`, valid with its span, or flagged ``unresolvable``."""
        try:
            r = self.resolve(doc, address)
        except DrafterError as exc:
            return Citation(doc=doc, address=(address or "").strip(), status="unresolvable", note=exc.message)
        return Citation(doc=doc, address=r.address, span=to_source_span(r.span), text=r.text)


_SAME_ARTICLE_REF = lazy_compile(
    r"(?<![조항」\d])(?<!법\s)(?<!령\s)(?<!규칙\s)(?:제(?P<hang>\d+)항(?:제(?P<ho>\d+(?:의\d+)?)호)?|"
    r"(?<![항조」\d])(?<!법\s)(?<!령\s)제(?P<ho2>\d+(?:의\d+)?)호)")
"""'제2항제1호', '제1항', '제3호' as a provision names another part of its own article."""
_MAX_REFERENCE = 2000
_DEFINING_LEAD = lazy_compile(r"^\s*제(\d+)항에서\s+[^.]*?(?:이)?란\s[^.]*말한다\.?\s*$")
"""A 항's lead that defines a term of another 항 of its article ('제1항에서 …란 다음 각 호의 …를 말한다')."""


def _has_numbered_hangs(corpus: Corpus, doc: str, addr) -> bool:
    try:
        statute = corpus.statute(doc)
    except DrafterError:
        return False
    from drafter.corpus.corpus import find_article

    try:
        art = find_article(statute, addr)
    except DrafterError:
        return False
    return any(h.number is not None for h in art.hangs)



def _addendum_line(document: object, number: str, occurrence: int) -> str:
    """'부칙 <제21390호, 2026년 2월 27일 공포>': a 부칙 article's block, so a claim may say which amendment
    ('the 2026 amendment', '2026년 2월 개정된 경찰공무원법') and when it was promulgated."""
    blocks = [a for a in getattr(document, "addenda", []) if (a.law_number or "") == number]
    block = blocks[occurrence - 1] if len(blocks) >= occurrence else None
    if block is None:
        return ""
    when = ""
    if block.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", block.date):
        year, month, day = (int(x) for x in block.date.split("-"))
        when = f", {year}년 {month}월 {day}일 공포"
    return f"부칙 <제{number}호{when}>" if number else ""


def _lead_line(text: str) -> str:
    first = text.splitlines()[0] if text else ""
    # an article render starts with 제N조(제목); keep only the provision text
    return re.sub(r"^제\d+조(?:의\d+)?(?:\([^)]*\))?\s*", "", first)


def parse_citation_label(label: str, known_docs: set[str] | None = None) -> tuple[str, str] | None:
    """``police-act 제35조제1항`` → ``("police-act", "제35조제1항")``; None if it is no citation.

    A label may omit the space (``police-act제35조``); a bare document id
    names the whole document.
    """
    label = label.strip()
    m = re.match(r"^([A-Za-z0-9][A-Za-z0-9_.\-]*)\s*(.*)$", label)
    if not m:
        return None
    doc, rest = m.group(1), m.group(2).strip().strip(",;")
    if known_docs is not None and doc not in known_docs and not (rest and re.match(r"^(제\d|부칙|p\d)", rest)):
        return None  # an unknown id is still a citation attempt when the rest looks like an address
    if rest:
        try:
            rest = format_address(parse_address(rest))
        except DrafterError:
            pass  # kept as written; resolution will flag it
    return doc, rest


def split_citation(label: str) -> tuple[str, str]:
    """``"police-act 제35조제1항"`` → ``("police-act", "제35조제1항")`` (address canonical, may be "")."""
    parsed = parse_citation_label(label)
    return parsed if parsed is not None else (label.strip(), "")


def split_citations(text: str, known_docs: set[str] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Remove citation brackets from a sentence; return it and the ``(doc, address)`` pairs."""
    found: list[tuple[str, str]] = []

    def take(m: re.Match[str]) -> str:
        parts = re.split(r"\s*[;,]\s*(?=[A-Za-z])", m.group(1))
        pairs = [parse_citation_label(p, known_docs) for p in parts]
        if not pairs or any(p is None for p in pairs):
            return m.group(0)
        found.extend(p for p in pairs if p is not None)
        return ""

    stripped = BRACKET.sub(take, text)
    return re.sub(r"\s+([.。])", r"\1", re.sub(r"[ \t]{2,}", " ", stripped)).strip(), found
