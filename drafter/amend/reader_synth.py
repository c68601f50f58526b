"""A synthetic statute for sentences whose law is not in the corpus (text-level round trip).

Most laws amended in the corpus 부칙 are not in the corpus, but the renderer needs a statute:
it words a sentence from what the engine finds in the law (``각 호 외의 부분`` when the words
stand only in the lead text, ``전단 및 후단`` when they stand in both halves, ``각각`` for
several occurrences, ``(종전의 제17호)`` after a renumbering). Rather than a second,
statute-free rendering path (which would be a second renderer to keep in step with the
first), we build the smallest statute on which the sentence is true, from what the reader
read: every provision the sentence names exists, holds the quoted words where the sentence
says they are (in its lead text, in the named half, twice for ``각각`` on one provision),
has the items ``각 호 외의 부분`` implies, the numbers before an inserted one, a deleted
article where a plain-numbered article is inserted (re-filled), and the heading a
``제목`` change quotes. The real renderer then runs on it unchanged, so
``render(read(sentence)) == sentence`` tests the very code that writes bills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.amend.reader import ReadSentence, _expand, _number
from drafter.amend.reader_address import Level, Ref
from drafter.amend.textparse import EMPTY_SPAN
from drafter.corpus.addresses import MOK_LETTERS
from drafter.corpus.models import Article, Hang, Heading, Ho, Mok, Statute, SubItem

FILLER = "기존 내용이다."


@dataclass
class _Node:
    kind: str  # 항 호 목 세목
    number: str | None
    words: list[str] = field(default_factory=list)
    halves: dict[str, list[str]] = field(default_factory=dict)  # part name -> words
    needs_items: bool = False
    children: dict[str, _Node] = field(default_factory=dict)

    def text(self) -> str:
        if self.halves:
            names = list(self.halves)
            pair = ("본문", "단서") if any(n in ("본문", "단서") for n in names) else ("전단", "후단")
            first = " ".join(self.words + self.halves.get(pair[0], [])) or "앞의 내용"
            second = " ".join(self.halves.get(pair[1], [])) or "뒤의 내용"
            joiner = "다만, " if pair[0] == "본문" else "이 경우 "
            return f"{first} 한다. {joiner}{second} 한다."
        return (" ".join(self.words) + " 한다.") if self.words else FILLER


@dataclass
class _Art:
    number: int
    branch: int
    heading: str | None = "제목"
    deleted: bool = False
    hangs: dict[str | None, _Node] = field(default_factory=dict)
    path: list[str] = field(default_factory=list)  # 편/장/절 headings above it ("제6장 제목")


class _Builder:
    def __init__(self) -> None:
        self.arts: dict[tuple[int, int], _Art] = {}
        self.chapters: set[str] = set()
        self.title = "합성 법률"
        self.headings: list[tuple[str, str, str]] = []  # (level, number, title)

    def art(self, label: str) -> _Art:
        n, br = _number(label)
        art = self.arts.get((n, br))
        if art is None:
            art = self.arts[(n, br)] = _Art(n, br)
        return art

    def node(self, levels: tuple[Level, ...]) -> _Node:
        """The node a path names (the article's own text is its unnumbered 항)."""
        art = self.art(levels[0][1])
        art.deleted = False
        rest = list(levels[1:])
        if not rest or rest[0][0] != "항":
            numbered = [k for k in art.hangs if k is not None]
            # words of an article with numbered 항 go in its first 항; else its one unnumbered 항
            holder = art.hangs[numbered[0]] if numbered and not rest else art.hangs.setdefault(None, _Node("항", None))
        else:
            kind, label = rest.pop(0)
            num = str(_number(label)[0])
            if None in art.hangs and not art.hangs[None].words and not art.hangs[None].children:
                del art.hangs[None]
            self._fill(art.hangs, "항", num)
            holder = art.hangs.setdefault(num, _Node("항", num))
        for kind, label in rest:
            num = self._num(kind, label)
            self._fill(holder.children, kind, num)
            holder = holder.children.setdefault(num, _Node(kind, num))
        return holder

    @staticmethod
    def _num(kind: str, label: str) -> str:
        if kind == "목":
            return label[0] + (label[2:] if "의" in label else "")
        if kind == "세목":
            return label.rstrip(")")
        n, br = _number(label)
        return f"{n}" + (f"의{br}" if br else "")

    @staticmethod
    def _fill(siblings: dict, kind: str, num: str) -> None:
        """The plain numbers before ``num`` exist (a branch needs its base)."""
        if kind == "목":
            idx = MOK_LETTERS.index(num[0])
            for letter in MOK_LETTERS[:idx + (1 if "의" in num else 0)]:
                siblings.setdefault(letter, _Node(kind, letter))
            return
        base = int(re.match(r"\d+", num).group(0))  # type: ignore[union-attr]
        top = base + (1 if "의" in num else 0)
        for k in range(1, top):
            siblings.setdefault(str(k), _Node(kind, str(k)))

    # -- what each clause needs ------------------------------------------------------
    def add(self, sentence: ReadSentence) -> None:
        renumbered: dict[tuple[Level, ...], list[tuple[Level, ...]]] = {}
        for clause in sentence.clauses:
            if clause.kind in ("replace", "strike"):
                provisions = [(r, lv) for r in clause.refs for lv in _expand(r, None)]
                many = len(provisions) > 1
                for ref, levels in provisions:
                    if levels[0][0] == "별표":
                        continue  # the corpus holds no annex text: nothing to build
                    if ref.heading:
                        self.art(levels[0][1]).heading = " ".join(old for old, _, _ in clause.pairs) + " 사항"
                        continue
                    node = self.node(levels)
                    self._qualify(node, ref)
                    for old, _new, each in clause.pairs:
                        times = 2 if each and not many and not (ref.part and " 및 " in ref.part) else 1
                        self._place(node, ref, old, times)
            elif clause.kind in ("delete", "rewrite"):
                for ref in clause.refs:
                    for levels in _expand(ref, None):
                        if levels[0][0] == "별표":
                            continue
                        node = self.node(levels)
                        if ref.part:
                            self._place(node, ref, "기존 문구", 1)
            elif clause.kind == "insert_article":
                for ref in clause.refs:
                    for levels in _expand(ref, None):
                        if levels[0][0] == "별표":
                            continue
                        n, br = _number(levels[0][1])
                        if clause.under:
                            base = self.art(f"제{n}조" if br else f"제{n - 1}조")
                            base.path = self._division(clause.under, "기존 제목")
                            continue
                        if br:
                            for b in range(0, br):
                                self.art(f"제{n}조" + (f"의{b}" if b > 1 else ""))
                        elif (n, 0) not in self.arts:
                            art = self.art(levels[0][1])
                            art.deleted = True
                            art.heading = None
            elif clause.kind == "insert":
                assert clause.container is not None
                container = clause.container.levels
                new_levels = [lv for r in clause.refs for lv in _expand(r, None)]
                taking = {self._num(lv[-1][0], lv[-1][1]) for lv in new_levels}
                for levels in new_levels:
                    kind, label = levels[-1]
                    num = self._num(kind, label)
                    art = self.art(container[0][1])
                    if len(container) == 1 and kind == "항":
                        siblings = art.hangs
                        if num == "2" and not any(k is not None for k in art.hangs):
                            art.hangs.setdefault(None, _Node("항", None))
                            continue
                    elif len(container) == 1:
                        siblings = art.hangs.setdefault(None, _Node("항", None)).children
                    else:
                        siblings = self.node(container).children
                    moved = renumbered.get(container)
                    if moved:
                        for old in moved:
                            self.node(old)
                        continue
                    before: dict = {}
                    self._fill(before, kind, num)
                    for key in before:
                        if key not in taking:
                            siblings.setdefault(key, _Node(kind, key))
            elif clause.kind == "renumber":
                olds = [lv for r in clause.refs for lv in _expand(r, None)]
                if olds:
                    renumbered[olds[0][:-1]] = olds
                    for old in olds:
                        self.node(old) if len(old) > 1 else self.art(old[0][1])
            elif clause.kind in ("title", "title_words"):
                old = clause.pairs[0][0]
                self.title = old if clause.kind == "title" else f"{old}에 관한 법률"
            elif clause.kind in ("division", "division_words"):
                old = clause.pairs[0][0]
                art = self.art(f"제{len(self.arts) + 1}조")
                art.path = self._division(clause.chapter or "", old if clause.kind == "division" else f"{old} 사항")
            elif clause.kind == "to_first":
                art = self.art(clause.refs[0].levels[0][1])
                art.hangs.setdefault(None, _Node("항", None))
            elif clause.kind == "retitle":
                art = self.art(clause.refs[0].levels[0][1])
                old = clause.pairs[0][0].strip()
                art.heading = old[1:-1] if old.startswith("(") and old.endswith(")") else old
                if not art.hangs:
                    art.hangs[None] = _Node("항", None)
            elif clause.kind == "chapter":
                label = clause.chapter or ""
                m = re.match(r"제(\d+)장(?:의(\d+))?", label)
                if m and m.group(2):
                    self.chapters.add(m.group(1))
                for lab in clause.chapter_articles:
                    if lab in ("부터", "까지"):
                        continue
                    n, br = _number(lab)
                    if br:
                        self.art(f"제{n}조")

    def _division(self, label: str, title: str) -> list[str]:
        """The heading path of an article inside ``label`` (제4편제7장제1절), the last level titled ``title``."""
        path: list[str] = []
        levels = re.findall(r"제(\d+(?:의\d+)?)(편|장|절|관)", label.replace("장의", "장의"))
        for i, (number, level) in enumerate(levels):
            name = title if i == len(levels) - 1 else "상위 제목"
            base, _, br = number.partition("의")
            path.append(f"제{base}{level}" + (f"의{br}" if br else "") + f" {name}")
            self.headings.append((level, number, name))
        return path

    def _container(self, levels: tuple[Level, ...]) -> _Art | _Node:
        if len(levels) == 1:
            art = self.art(levels[0][1])
            return art
        return self.node(levels)

    @staticmethod
    def _qualify(node: _Node, ref: Ref) -> None:
        if ref.outside in ("각 호 외의 부분", "각 목 외의 부분") and not node.children:
            kind = "호" if ref.outside == "각 호 외의 부분" else "목"
            first = "1" if kind == "호" else "가"
            node.children[first] = _Node(kind, first)

    @staticmethod
    def _place(node: _Node, ref: Ref, words: str, times: int) -> None:
        part = ref.part
        if part and " 및 " in part:
            a, b = part.split(" 및 ")
            node.halves.setdefault(a, []).append(words)
            node.halves.setdefault(b, []).append(words)
        elif part:
            pair = ("본문", "단서") if part in ("본문", "단서") else ("전단", "후단")
            for name in pair:
                node.halves.setdefault(name, [])
            node.halves[part].append(words)
        else:
            node.words.extend([words] * times)

    # -- the statute ---------------------------------------------------------------------
    def statute(self, doc_id: str = "synthetic") -> Statute:
        articles: list[Article] = []
        for (n, br), art in sorted(self.arts.items()):
            if art.deleted:
                articles.append(Article(number=n, branch=br or None, heading=None, deleted=True, hangs=[],
                                        span=EMPTY_SPAN, header_span=EMPTY_SPAN))
                continue
            hangs = [self._hang(k, node) for k, node in sorted(art.hangs.items(), key=lambda kv: _sort(kv[0]))]
            if not hangs:
                hangs = [Hang(number=None, text=FILLER, source_text=FILLER, span=EMPTY_SPAN)]
            articles.append(Article(number=n, branch=br or None, heading=art.heading, hangs=hangs,
                                    heading_path=art.path, span=EMPTY_SPAN, header_span=EMPTY_SPAN))
        headings = [Heading(level="장", number=c, title="기존 장", span=EMPTY_SPAN) for c in sorted(self.chapters)]
        headings += [Heading(level=lv, number=num, title=t, span=EMPTY_SPAN) for lv, num, t in self.headings]  # type: ignore[arg-type]
        return Statute(doc_id=doc_id, title=self.title, path=Path(f"{doc_id}.md"), articles=articles, sha256="",
                       headings=headings)

    def _hang(self, key: str | None, node: _Node) -> Hang:
        text = node.text()
        hos = [self._child(c) for _, c in sorted(node.children.items(), key=lambda kv: _sort(kv[0]))]
        return Hang(number=key, text=text, source_text=text, span=EMPTY_SPAN, hos=hos)  # type: ignore[arg-type]

    def _child(self, node: _Node):  # noqa: ANN202 - Ho | Mok | SubItem
        text = node.text()
        kids = [self._child(c) for _, c in sorted(node.children.items(), key=lambda kv: _sort(kv[0]))]
        if node.kind == "호":
            return Ho(number=node.number, text=text, source_text=text, span=EMPTY_SPAN, moks=kids)
        if node.kind == "목":
            return Mok(number=node.number, text=text, source_text=text, span=EMPTY_SPAN, subitems=kids)
        return SubItem(number=node.number, text=text, source_text=text, span=EMPTY_SPAN)


def _sort(key: str | None) -> tuple[int, int]:
    if key is None:
        return (0, 0)
    if key[0] in MOK_LETTERS:
        base, _, br = key.partition("의")
        return (MOK_LETTERS.index(base) + 1, int(br) if br else 0)
    base, _, br = key.partition("의")
    return (int(base), int(br) if br else 0)


def synthetic_statute(sentences: list[ReadSentence], doc_id: str = "synthetic") -> Statute:
    """The smallest statute on which every read sentence is true (see the module docstring)."""
    builder = _Builder()
    for sent in sentences:
        builder.add(sent)
    return builder.statute(doc_id)


# -- the text-level round trip ------------------------------------------------------------


@dataclass
class RoundTrip:
    """``render(read(sentence))`` on a synthetic statute, compared with the sentence."""

    sentence: str
    form: str = ""
    parsed: bool = False
    supported: bool = True  # False: reads, but the spec cannot express the form yet
    exact: bool = False  # the sentence (first line) comes back exactly
    text_exact: bool = True  # the new text after it comes back line for line (leading spaces aside)
    rendered: str = ""
    error: str | None = None


def sentence_form(sentence: ReadSentence) -> str:
    """A short name for the form of a sentence (what the round-trip figures are grouped by)."""
    kinds: list[str] = []
    for clause in sentence.clauses:
        name = clause.kind
        if clause.kind in ("replace", "strike"):
            provisions = [lv for r in clause.refs for lv in _expand(r, None)]
            articles = {lv[0] for lv in provisions}
            if len(articles) > 1:
                name += "-across-articles"
            elif len(provisions) > 1:
                name += "-list"
            if any(r.until for r in clause.refs):
                name += "-range"
            if any(r.part for r in clause.refs):
                name += "-part"
            if any(r.outside for r in clause.refs):
                name += "-outside-items"
            if len(clause.pairs) > 1:
                name += "-pairs"
            if any(r.levels[0][0] == "별표" for r in clause.refs):
                name += "-annex"
            if any(r.heading for r in clause.refs):
                name += "-heading"
            if any(each for _, _, each in clause.pairs):
                name += "-each"
        elif clause.kind in ("delete", "rewrite", "insert", "insert_article"):
            provisions = [lv for r in clause.refs for lv in _expand(r, None)]
            name += f"-{provisions[0][-1][0]}" if provisions else ""
            if len(provisions) > 1:
                name += "-list"
        if not kinds or kinds[-1] != name:
            kinds.append(name)
    return " + ".join(kinds) if len(kinds) <= 2 else "multi-clause"


def round_trip(text: str) -> RoundTrip:
    """Read one sentence (and its new text), render the spec on a synthetic statute, compare."""
    from drafter.amend.apply import apply_spec
    from drafter.amend.errors import AmendmentError
    from drafter.amend.reader import ReadError, UnsupportedSentence, read_sentences, spec_from_sentences
    from drafter.amend.reader_address import normalise_quotes
    from drafter.amend.sentences import amendment_sentences

    first = normalise_quotes(text.split("\n", 1)[0]).strip()
    out = RoundTrip(sentence=first)
    try:
        sentences = read_sentences(text)
        out.form = " / ".join(sentence_form(s) for s in sentences)
        statute = synthetic_statute(sentences)
        spec = spec_from_sentences(sentences, statute.doc_id, statute)
    except UnsupportedSentence as exc:
        out.parsed, out.supported, out.error = True, False, exc.reason
        out.form = "unsupported: " + exc.reason
        return out
    except ReadError as exc:
        out.error = exc.reason
        return out
    out.parsed = True
    try:
        amended = apply_spec(statute, spec)
    except AmendmentError as exc:
        out.error = f"apply: {exc.message}"
        return out
    except Exception as exc:  # noqa: BLE001 - an engine crash is a finding of the round trip, not its end
        out.error = f"apply crashed: {type(exc).__name__}: {exc}"
        return out
    rendered = amendment_sentences(amended.changes)
    out.rendered = " ".join(s.split("\n", 1)[0] for s in rendered)
    out.exact = out.rendered == first
    given = _text_lines(text.split("\n", 1)[1] if "\n" in text else "")
    got = _text_lines("\n".join(s.split("\n", 1)[1] for s in rendered if "\n" in s))
    out.text_exact = given == got
    return out


def _text_lines(text: str) -> list[str]:
    """New text compared line by line: leading spaces and Markdown escapes (``1\\.``) aside."""
    return [re.sub(r"^(\d+(?:의\d+)?|[가-하])\\\.", r"\1.", ln.strip()) for ln in text.split("\n") if ln.strip()]
