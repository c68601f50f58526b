"""Parse a statute file (Markdown with YAML front matter) into a :class:`Statute`.

The format is the one of ``shared/corpus/statutes`` (a law.go.kr mirror):
``#`` title and 편, ``##`` 장, ``###`` 절, ``####`` 관, ``##### 제N조 (제목)``;
항 as ``**①**``; 호 as ``  1\\.``; 목 as ``    가\\.``; sub-items ``1)``;
``## 부칙`` followed by blocks ``부칙 <제N호,date>``. Anything the parser
cannot place raises :class:`ParseError` with the file and line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.corpus.frontmatter import split_front_matter
from drafter.corpus.models import (
    CIRCLED,
    Addendum,
    Annotation,
    Article,
    Hang,
    Heading,
    Ho,
    Mok,
    Node,
    Span,
    Statute,
    SubItem,
)
from drafter.errors import ParseError

_DATE = r"\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\.?"
ANNOTATION_RE = re.compile(
    r"\s*<(개정|신설|전문개정|본조신설|제목개정|타법개정|종전)\s+((?:" + _DATE + r")(?:\s*,\s*" + _DATE + r")*)\s*>"
)
DELETED_RE = re.compile(r"^삭제\s*<\s*(" + _DATE + r")\s*>\s*$")
DELETED_INLINE_RE = re.compile(r"^삭제\s*<\s*(" + _DATE + r")\s*>")

STRUCT_RE = re.compile(r"^(#{1,4})\s+(.*?)\s*$")
STRUCT_HEADING_RE = re.compile(r"^제(\d+)(편|장|절|관)(?:의(\d+))?(?:\s+(.*))?$")
ARTICLE_RE = re.compile(r"^#####\s+제(\d+)조(?:의(\d+))?(?=\s|\(|$)\s*(.*?)\s*$")
HANG_RE = re.compile(r"^\*\*([" + CIRCLED + r"]|<\d+>)\*\*\s?(.*)$")
HO_RE = re.compile(r"^\s*(\d+(?:의\d+)?)\\\.\s?(.*)$")
MOK_RE = re.compile(r"^\s*([가-하](?:의\d+)?)\\\.\s?(.*)$")
SUB_RE = re.compile(r"^\s*(\d+)\)\s?(.*)$")

# 부칙 blocks: no Markdown escapes, numbers written plainly.
ADDENDUM_RE = re.compile(r"^부칙\s*(?:\(([^()]*(?:\([^()]*\))?[^()]*)\))?\s*<([^<>]*)>\s*$")
ADDENDUM_LAWNO_RE = re.compile(r"제\s*(\d+)\s*호")
ADD_ARTICLE_RE = re.compile(r"^제(\d+)조(?:의(\d+))?\s*\(((?:[^()]|\([^()]*\))*)\)\s?(.*)$")
ADD_HANG_RE = re.compile(r"^([" + CIRCLED + r"]|<\d+>)\s*(.*)$")
ADD_HO_RE = re.compile(r"^(\d+(?:의\d+)?)\.\s(.*)$")
ADD_MOK_RE = re.compile(r"^([가-하])\.\s(.*)$")


def iso_date(raw: str) -> str:
    y, m, d = [p.strip() for p in raw.strip().rstrip(".").split(".")]
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def parse_annotations(content: str) -> tuple[str, list[Annotation]]:
    """Split amendment marks off ``content``: ``(clean_text, marks)``."""
    notes: list[Annotation] = []

    def take(match: re.Match) -> str:
        dates = [iso_date(d) for d in re.findall(_DATE, match.group(2))]
        notes.append(Annotation(kind=match.group(1), dates=dates, raw=match.group(0).strip()))
        return ""

    clean = ANNOTATION_RE.sub(take, content)
    return clean.strip(), notes


def hang_number(marker: str) -> int:
    if marker in CIRCLED:
        return CIRCLED.index(marker) + 1
    return int(marker.strip("<>"))


@dataclass
class _Line:
    no: int  # 1-based
    start: int  # offset of the first character
    text: str  # without the line break

    def span_of(self, content: str) -> Span:
        """Span of ``content`` (a stripped substring of this line)."""
        idx = self.text.find(content) if content else -1
        if idx < 0:
            idx = len(self.text) - len(self.text.lstrip())
            content = self.text.strip()
        start = self.start + idx
        return Span(start=start, end=start + len(content), line=self.no, end_line=self.no)


def split_lines(text: str, offset: int = 0, first_line: int = 1) -> list[_Line]:
    lines: list[_Line] = []
    pos = offset
    no = first_line
    for raw in text[offset:].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(_Line(no=no, start=pos, text=body))
        pos += len(raw)
        no += 1
    return lines


def make_node(cls: type[Node], number: str | None, content: str, line: _Line, **extra) -> Node:
    """Build a 항/호/목/sub-item from the content after its marker."""
    raw = content.rstrip()
    if "marker_raw" not in extra:
        body = line.text.lstrip()
        cut = body.rfind(content) if content else len(body)
        extra["marker_raw"] = body[:cut] if cut >= 0 else ""
    deleted = DELETED_RE.match(raw.strip())
    if deleted:
        ann = Annotation(kind="삭제", dates=[iso_date(deleted.group(1))], raw=raw.strip())
        return cls(
            number=number,
            text="삭제",
            source_text=raw.strip(),
            annotations=[ann],
            deleted=True,
            span=line.span_of(raw.strip()),
            **extra,
        )
    clean, notes = parse_annotations(raw)
    return cls(
        number=number,
        text=clean,
        source_text=raw.strip(),
        annotations=notes,
        span=line.span_of(raw.strip()) if raw.strip() else Span(
            start=line.start + len(line.text), end=line.start + len(line.text), line=line.no, end_line=line.no
        ),
        **extra,
    )


def append_continuation(node: Node, line: _Line) -> None:
    """A line that starts no new provision continues the last node's text."""
    raw = line.text.strip()
    clean, notes = parse_annotations(raw)
    node.text = (node.text + "\n" + clean) if node.text else clean
    node.source_text = (node.source_text + "\n" + raw) if node.source_text else raw
    node.annotations.extend(notes)
    node.span = node.span.cover(line.span_of(raw))


class _ArticleBuilder:
    """Collects the lines of one article into 항/호/목/sub-items."""

    def __init__(self, path: Path, article: Article, markdown: bool) -> None:
        self.path = path
        self.article = article
        self.markdown = markdown
        self.last: Node | None = None
        self.last_line: _Line | None = None

    def _hang(self) -> Hang:
        if not self.article.hangs:
            raise AssertionError("no hang")
        return self.article.hangs[-1]

    def add_hang(self, number: int | None, content: str, line: _Line) -> None:
        if self.article.deleted:
            raise ParseError(
                f"{self.article.label} is marked 삭제 but has a 항 after it",
                path=self.path, line=line.no,
                hint="a deleted article carries only '삭제 <date>'",
            )
        hang = make_node(Hang, None if number is None else str(number), content, line)
        self.article.hangs.append(hang)
        self.last = hang
        self.touch(line)

    def add_ho(self, number: str, content: str, line: _Line) -> None:
        if not self.article.hangs:
            # an article whose first line is a 호 (no lead sentence)
            self.add_hang(None, "", line)
        ho = make_node(Ho, number, content, line)
        self._hang().hos.append(ho)
        self.last = ho
        self.touch(line)

    def add_mok(self, letter: str, content: str, line: _Line) -> bool:
        hang = self.article.hangs[-1] if self.article.hangs else None
        if hang is None or not hang.hos:
            return False
        mok = make_node(Mok, letter, content, line)
        hang.hos[-1].moks.append(mok)
        self.last = mok
        self.touch(line)
        return True

    def add_sub(self, number: str, content: str, line: _Line) -> bool:
        hang = self.article.hangs[-1] if self.article.hangs else None
        if hang is None or not hang.hos or not hang.hos[-1].moks:
            return False
        sub = make_node(SubItem, number, content, line)
        hang.hos[-1].moks[-1].subitems.append(sub)
        self.last = sub
        self.touch(line)
        return True

    def add_text(self, line: _Line) -> None:
        stripped = line.text.strip()
        if self.article.deleted:
            raise ParseError(
                f"{self.article.label} is marked 삭제 but has text after it",
                path=self.path, line=line.no,
            )
        if self.last is None:
            deleted = DELETED_RE.match(stripped)
            if deleted and not self.article.hangs:
                self.article.deleted = True
                self.article.annotations.append(
                    Annotation(kind="삭제", dates=[iso_date(deleted.group(1))], raw=stripped)
                )
                self.touch(line)
                return
            self.add_hang(None, line.text.strip(), line)
            return
        append_continuation(self.last, line)
        self.touch(line)

    def touch(self, line: _Line) -> None:
        self.last_line = line
        end = line.start + len(line.text.rstrip())
        span = self.article.span
        if end > span.end:
            self.article.span = Span(start=span.start, end=end, line=span.line, end_line=line.no)


def _open_article(
    number: str, branch: str | None, rest: str, line: _Line, heading_path: list[str], path: Path
) -> Article:
    """Header ``제N조의M (제목) <mark>`` → an empty :class:`Article`."""
    heading = None
    notes: list[Annotation] = []
    deleted = False
    rest = rest.strip()
    if rest.startswith("("):
        depth = 0
        close = -1
        for i, ch in enumerate(rest):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    close = i
                    break
        if close < 0:
            raise ParseError(
                f"the heading of 제{number}조 opens '(' and never closes it",
                path=path, line=line.no, hint="write the header as '##### 제N조 (제목)'",
            )
        heading = rest[1:close].strip()
        rest = rest[close + 1 :].strip()
    if rest:
        inline_del = DELETED_INLINE_RE.match(rest)
        clean, notes = parse_annotations(rest)
        if inline_del:
            deleted = True
            notes = [Annotation(kind="삭제", dates=[iso_date(inline_del.group(1))], raw=inline_del.group(0))]
            clean = rest[inline_del.end() :].strip()
        if clean:
            raise ParseError(
                f"unexpected text after the header of 제{number}조: {clean[:40]!r}",
                path=path, line=line.no,
                hint="the header line holds only '제N조 (제목)' and amendment marks",
            )
    span = line.span_of(line.text.strip())
    return Article(
        number=int(number),
        branch=int(branch) if branch else None,
        heading=heading,
        deleted=deleted,
        annotations=notes,
        heading_path=list(heading_path),
        span=span,
        header_span=span,
    )


def parse_statute(path: Path, text: str | None = None, doc_id: str | None = None) -> Statute:
    """Parse one statute file. Raises :class:`ParseError` naming file and line."""
    path = Path(path)
    if text is None:
        from drafter.corpus.loader import read_text

        text = read_text(path)
    meta, body_start = split_front_matter(text, path)
    first_line = text[:body_start].count("\n") + 1
    lines = split_lines(text, body_start, first_line)

    title = (meta.get("제목") or "").strip() if isinstance(meta.get("제목"), str) else ""
    headings: list[Heading] = []
    articles: list[Article] = []
    addenda_lines: list[_Line] = []
    path_by_level: dict[str, str] = {}
    order = ["편", "장", "절", "관"]
    builder: _ArticleBuilder | None = None
    in_addenda = False
    saw_title = False

    for line in lines:
        if in_addenda:
            addenda_lines.append(line)
            continue
        stripped = line.text.strip()
        if not stripped:
            continue
        struct = STRUCT_RE.match(line.text)
        if struct and not line.text.startswith("#####"):
            hashes, content = struct.groups()
            if content == "부칙" and len(hashes) == 2:
                in_addenda = True
                builder = None
                continue
            m = STRUCT_HEADING_RE.match(content)
            if m is None:
                if len(hashes) == 1 and not saw_title:
                    saw_title = True
                    title = title or content
                    builder = None
                    continue
                raise ParseError(
                    f"heading {content!r} is neither the title nor a 편/장/절/관 heading",
                    path=path, line=line.no,
                    hint="structural headings read '제N장 제목' (편, 장, 절 or 관)",
                )
            number = m.group(1) + (f"의{m.group(3)}" if m.group(3) else "")
            level, rest = m.group(2), (m.group(4) or "")
            inline_del = DELETED_INLINE_RE.match(rest.strip())
            clean, notes = parse_annotations(rest)
            deleted = bool(inline_del)
            if inline_del:
                notes = [Annotation(kind="삭제", dates=[iso_date(inline_del.group(1))], raw=inline_del.group(0))]
                clean = ""
            heading = Heading(
                level=level, number=number, title=clean, deleted=deleted,
                annotations=notes, span=line.span_of(stripped),
            )
            headings.append(heading)
            idx = order.index(level)
            for lower in order[idx:]:
                path_by_level.pop(lower, None)
            path_by_level[level] = heading.label
            builder = None
            continue
        art = ARTICLE_RE.match(line.text)
        if art:
            article = _open_article(
                art.group(1), art.group(2), art.group(3), line,
                [path_by_level[lv] for lv in order if lv in path_by_level], path,
            )
            articles.append(article)
            builder = _ArticleBuilder(path, article, markdown=True)
            continue
        if line.text.startswith("#####"):
            raise ParseError(
                f"article header {stripped!r} is not of the form '##### 제N조 (제목)'",
                path=path, line=line.no,
            )
        if builder is None:
            if not saw_title and not articles:
                raise ParseError(
                    f"text {stripped[:40]!r} before the first article",
                    path=path, line=line.no,
                    hint="a statute starts with '# 제목' and '##### 제1조 (…)'",
                )
            raise ParseError(
                f"text {stripped[:40]!r} is outside any article",
                path=path, line=line.no,
                hint="provisions belong under an '##### 제N조' header",
            )
        _feed_markdown_line(builder, line, path)

    if not saw_title and not title:
        raise ParseError("no title: expected '# 법률명' or a 제목 in the front matter", path=path, line=first_line)
    if not articles:
        raise ParseError("no articles found (expected '##### 제1조 (…)')", path=path, line=first_line)

    warnings = _number_occurrences(articles, path, "")
    addenda = _parse_addenda(addenda_lines, path)
    for block in addenda:
        warnings += _number_occurrences(block.articles, path, block.key)
    _number_addenda(addenda)

    return Statute(
        doc_id=doc_id or path.stem,
        title=title,
        path=path,
        meta=meta,
        headings=headings,
        articles=articles,
        addenda=addenda,
        warnings=warnings,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _feed_markdown_line(builder: _ArticleBuilder, line: _Line, path: Path) -> None:
    m = HANG_RE.match(line.text)
    if m:
        builder.add_hang(hang_number(m.group(1)), m.group(2), line)
        return
    m = HO_RE.match(line.text)
    if m:
        builder.add_ho(m.group(1), m.group(2), line)
        return
    m = MOK_RE.match(line.text)
    if m and builder.add_mok(m.group(1), m.group(2), line):
        return
    m = SUB_RE.match(line.text)
    if m and builder.last is not None and builder.add_sub(m.group(1), m.group(2), line):
        return
    builder.add_text(line)


def _number_occurrences(articles: list[Article], path: Path, scope: str) -> list[str]:
    """Give repeated article numbers occurrence 2, 3…, with a warning each."""
    first_of: dict[str, Article] = {}
    count: dict[str, int] = {}
    warnings: list[str] = []
    for art in articles:
        count[art.label] = count.get(art.label, 0) + 1
        first = first_of.setdefault(art.label, art)
        if first is art:
            continue
        art.occurrence = count[art.label]
        where = f"{scope} " if scope else ""
        warnings.append(
            f"{path}:{art.span.line}: {where}{art.label} repeats the number of line "
            f"{first.span.line}; kept as {where}{art.key}"
        )
    return warnings


def _number_addenda(addenda: list[Addendum]) -> None:
    seen: dict[str, int] = {}
    for block in addenda:
        base = block.key
        seen[base] = seen.get(base, 0) + 1
        block.occurrence = seen[base]


def _parse_addenda(lines: list[_Line], path: Path) -> list[Addendum]:
    blocks: list[Addendum] = []
    builder: _ArticleBuilder | None = None
    loose: Node | None = None
    for line in lines:
        stripped = line.text.strip()
        if not stripped:
            continue
        head = ADDENDUM_RE.match(stripped)
        if head:
            law_name, inside = head.group(1), head.group(2)
            lawno = ADDENDUM_LAWNO_RE.search(inside)
            date = re.search(_DATE, inside)
            blocks.append(
                Addendum(
                    law_number=lawno.group(1) if lawno else None,
                    date=iso_date(date.group(0)) if date else None,
                    law_name=law_name,
                    header=stripped,
                    span=line.span_of(stripped),
                )
            )
            builder = None
            loose = None
            continue
        if not blocks:
            raise ParseError(
                f"text {stripped[:40]!r} under '## 부칙' before any '부칙 <제N호,날짜>' line",
                path=path, line=line.no,
                hint="each 부칙 block starts with '부칙 <제N호,YYYY.M.D>'",
            )
        block = blocks[-1]
        block.span = block.span.cover(line.span_of(stripped))
        art = ADD_ARTICLE_RE.match(stripped)
        if art and _next_article_expected(block, int(art.group(1)), art.group(2)):
            article = Article(
                number=int(art.group(1)),
                branch=int(art.group(2)) if art.group(2) else None,
                heading=art.group(3).strip(),
                heading_path=[block.key],
                span=line.span_of(stripped),
                header_span=line.span_of(stripped[: art.start(4)].rstrip()),
            )
            block.articles.append(article)
            builder = _ArticleBuilder(path, article, markdown=False)
            rest = art.group(4).strip()
            if rest:
                # the first 항 (or the text) shares the header line
                tail = _Line(no=line.no, start=line.start + line.text.rfind(rest), text=rest)
                m = ADD_HANG_RE.match(rest)
                if m:
                    builder.add_hang(hang_number(m.group(1)), m.group(2), tail)
                else:
                    builder.add_text(tail)
            continue
        if builder is None:
            # a block without articles: each paragraph is an unnumbered 항
            m = ADD_HANG_RE.match(stripped)
            number = str(hang_number(m.group(1))) if m else None
            content = m.group(2) if m else stripped
            node = make_node(Hang, number, content, line)
            if loose is not None and number is None and ADD_HO_RE.match(stripped):
                append_continuation(loose, line)
                continue
            block.paragraphs.append(node)  # type: ignore[arg-type]
            loose = node
            continue
        m = ADD_HANG_RE.match(stripped)
        if m:
            builder.add_hang(hang_number(m.group(1)), m.group(2), line)
            continue
        m = ADD_HO_RE.match(stripped)
        if m:
            builder.add_ho(m.group(1), m.group(2), line)
            continue
        m = ADD_MOK_RE.match(stripped)
        if m and builder.add_mok(m.group(1), m.group(2), line):
            continue
        builder.add_text(line)
    return blocks


def _next_article_expected(block: Addendum, number: int, branch: str | None) -> bool:
    """부칙 articles run 제1조, 제2조…; a ``제N조(…)`` out of sequence is quoted text
    (e.g. an article of another law being amended), not a new article."""
    if not block.articles:
        return number == 1
    last = block.articles[-1]
    if branch:
        return number == last.number
    return number == last.number + 1
