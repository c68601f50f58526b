"""The corpus: every document of a corpus directory, parsed and validated.

Layout of a corpus directory::

    statutes/*.md   statutes (Markdown + YAML front matter); id = file stem
    papers/*.md|txt policy papers; id = file stem

Other files at the top (README, MANIFEST.tsv) are ignored. Loading checks
*every* file first and reports all problems together, so that nothing is
indexed from a corpus that is half bad.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.corpus.addresses import Address, format_address, parse_address
from drafter.corpus.loader import read_text
from drafter.corpus.models import Article, Document, Hang, Node, Paper, Span, Statute
from drafter.corpus.paper_parser import parse_paper
from drafter.corpus.statute_parser import parse_statute
from drafter.corpus.statute_render import render_article, render_node
from drafter.errors import AddressError, CorpusError, DrafterError, UnknownDocumentError

STATUTE_DIR = "statutes"
PAPER_DIR = "papers"
PAPER_SUFFIXES = (".md", ".txt", ".markdown")


@dataclass
class Resolved:
    """The exact text an address names, and where it stands in the source file."""

    doc: str
    address: str
    text: str
    span: Span
    source_text: str
    article: str | None = None
    heading: str | None = None
    path: Path | None = None


@dataclass
class Corpus:
    root: Path
    documents: dict[str, Document] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    # -- loading ---------------------------------------------------------
    @classmethod
    def discover(cls, root: Path) -> list[tuple[str, Path, str]]:
        """``(doc_id, path, kind)`` for every document file, without reading them."""
        root = Path(root)
        if not root.exists():
            raise CorpusError(
                "corpus directory does not exist", path=root,
                hint="pass --corpus DIR or set corpus_dir (e.g. ../shared/corpus)",
            )
        if not root.is_dir():
            raise CorpusError("corpus path is not a directory", path=root)
        found: list[tuple[str, Path, str]] = []
        for sub, kind, suffixes in ((STATUTE_DIR, "statute", (".md",)), (PAPER_DIR, "paper", PAPER_SUFFIXES)):
            folder = root / sub
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.name.startswith(".") or path.is_dir():
                    continue
                if path.suffix.lower() not in suffixes:
                    raise CorpusError(
                        f"unexpected file in {sub}/ (expected {', '.join(suffixes)})", path=path,
                        hint="move it out of the corpus directory or convert it to Markdown",
                    )
                found.append((path.stem, path, kind))
        if not found:
            raise CorpusError(
                "corpus directory has no documents (expected statutes/*.md or papers/*.md)",
                path=root, hint="point --corpus at a directory like ../shared/corpus",
            )
        ids: dict[str, Path] = {}
        for doc_id, path, _ in found:
            if doc_id in ids:
                raise CorpusError(f"document id {doc_id!r} is used twice (also {ids[doc_id]})", path=path,
                                  hint="file stems are document ids: rename one")
            ids[doc_id] = path
        return found

    @classmethod
    def load(cls, root: Path, only: set[str] | None = None) -> Corpus:
        """Parse every document (or those in ``only``); all errors reported together."""
        corpus = cls(root=Path(root))
        errors: list[str] = []
        for doc_id, path, kind in cls.discover(root):
            if only is not None and doc_id not in only:
                continue
            try:
                text = read_text(path)
                doc: Document = (
                    parse_statute(path, text, doc_id) if kind == "statute" else parse_paper(path, text, doc_id)
                )
            except DrafterError as exc:
                errors.append(str(exc))
                continue
            corpus.documents[doc_id] = doc
            corpus.sources[doc_id] = text
        if errors:
            raise CorpusError(
                f"{len(errors)} file(s) in the corpus cannot be used:\n  " + "\n  ".join(errors),
                path=root, hint="fix or remove these files; nothing was indexed",
            )
        if only is not None:
            missing = sorted(only - set(corpus.documents))
            if missing:
                raise UnknownDocumentError(
                    f"unknown document id(s): {', '.join(missing)}", path=root,
                    hint="document ids are file stems, e.g. police-act",
                )
        return corpus

    # -- access ------------------------------------------------------------
    def get(self, doc_id: str) -> Document:
        try:
            return self.documents[doc_id]
        except KeyError:
            known = ", ".join(sorted(self.documents)) or "(none)"
            raise UnknownDocumentError(
                f"unknown document {doc_id!r}", path=self.root, hint=f"known documents: {known}"
            ) from None

    def statute(self, doc_id: str) -> Statute:
        doc = self.get(doc_id)
        if not isinstance(doc, Statute):
            raise UnknownDocumentError(f"{doc_id!r} is a paper, not a statute", path=self.root)
        return doc

    def statutes(self) -> list[Statute]:
        return [d for d in self.documents.values() if isinstance(d, Statute)]

    def papers(self) -> list[Paper]:
        return [d for d in self.documents.values() if isinstance(d, Paper)]

    def resolve(self, doc_id: str, address: str | Address | None) -> Resolved:
        return resolve(self.get(doc_id), address, self.sources.get(doc_id))


def find_article(statute: Statute, addr: Address) -> Article:
    """The article an address names (in the body or a 부칙 block)."""
    if addr.article is None:
        raise AddressError(f"{format_address(addr)!r} names no article")
    pool: list[Article]
    where = statute.doc_id
    if addr.addendum is not None:
        blocks = [
            b for b in statute.addenda
            if (b.law_number or "") == addr.addendum and b.occurrence == addr.addendum_occurrence
        ]
        if not blocks:
            raise AddressError(
                f"{statute.doc_id} has no 부칙 {format_address(addr.article_only().model_copy(update={'article': None}))}",
                path=statute.path,
                hint="부칙 blocks: " + ", ".join(b.key for b in statute.addenda[:12]),
            )
        pool = blocks[0].articles
        where = f"{statute.doc_id} {blocks[0].key}"
    else:
        pool = statute.articles
    key = addr.article_key
    for art in pool:
        if art.key == key:
            return art
    raise AddressError(f"{where} has no {key}", path=statute.path,
                       hint="check the article number; branch articles are written 제35조의2")


def find_node(statute: Statute, addr: Address) -> tuple[Article, Node | None]:
    """The article and the 항/호/목/sub-item an address names (None: the article itself)."""
    art = find_article(statute, addr)
    label = format_address(addr)
    if addr.hang is None and addr.ho is None:
        return art, None
    if art.deleted:
        raise AddressError(f"{statute.doc_id} {art.key} is deleted (삭제); it has no {label}", path=statute.path)
    hang: Hang | None
    if addr.hang is not None:
        hang = next((h for h in art.hangs if h.number == str(addr.hang)), None)
        if hang is None:
            have = ", ".join(f"제{h.number}항" for h in art.hangs if h.number) or "no numbered 항"
            raise AddressError(f"{statute.doc_id} {art.key} has no 제{addr.hang}항 ({have})", path=statute.path)
    else:
        numbered = [h for h in art.hangs if h.number is not None]
        if numbered:
            raise AddressError(
                f"{statute.doc_id} {art.key} has numbered 항: write {art.key}제1항제{addr.ho}호",
                path=statute.path,
            )
        hang = art.hangs[0] if art.hangs else None
        if hang is None:
            raise AddressError(f"{statute.doc_id} {art.key} has no text", path=statute.path)
    if addr.ho is None:
        return art, hang
    ho = next((h for h in hang.hos if h.number == addr.ho), None)
    if ho is None:
        raise AddressError(f"{statute.doc_id} has no {label} (no 제{addr.ho}호 there)", path=statute.path)
    if addr.mok is None:
        return art, ho
    mok = next((m for m in ho.moks if m.number == addr.mok), None)
    if mok is None:
        raise AddressError(f"{statute.doc_id} has no {label} (no {addr.mok}목 there)", path=statute.path)
    if addr.sub is None:
        return art, mok
    sub = next((s for s in mok.subitems if s.number == str(addr.sub)), None)
    if sub is None:
        raise AddressError(f"{statute.doc_id} has no {label}", path=statute.path)
    return art, sub


def resolve(doc: Document, address: str | Address | None, source: str | None = None) -> Resolved:
    """The exact text of ``address`` in ``doc`` and its span in the source file.

    ``text`` is the quotable text (amendment marks removed; a 항 includes its
    호 and 목); ``source_text`` is ``source[span.start:span.end]`` as written.
    ``address`` None (or "") names the whole document.
    """
    if source is None:
        source = read_text(doc.path)
    addr = parse_address(address) if isinstance(address, str) and address.strip() else (
        address if isinstance(address, Address) else None
    )
    if isinstance(doc, Paper):
        return _resolve_paper(doc, addr, source)
    if addr is None:
        first, last = doc.articles[0].span, (doc.articles[-1].span)
        span = first.cover(last)
        return Resolved(doc=doc.doc_id, address="", text="\n".join(render_article(a) for a in doc.articles),
                        span=span, source_text=source[span.start:span.end], path=doc.path)
    if addr.is_paper:
        raise AddressError(f"{format_address(addr)!r} is a paper address but {doc.doc_id} is a statute")
    if addr.article is None:
        block = next((b for b in doc.addenda if (b.law_number or "") == addr.addendum
                      and b.occurrence == addr.addendum_occurrence), None)
        if block is None:
            raise AddressError(f"{doc.doc_id} has no {format_address(addr)}", path=doc.path)
        return Resolved(doc=doc.doc_id, address=format_address(addr), text=source[block.span.start:block.span.end],
                        span=block.span, source_text=source[block.span.start:block.span.end], path=doc.path)
    art, node = find_node(doc, addr)
    if node is None:
        text, span = render_article(art), art.span
    else:
        text, span = render_node(node, marker=False), node.full_span()
    return Resolved(
        doc=doc.doc_id, address=format_address(addr), text=text, span=span,
        source_text=source[span.start:span.end], article=art.label, heading=art.heading, path=doc.path,
    )


def _resolve_paper(doc: Paper, addr: Address | None, source: str) -> Resolved:
    if addr is None:
        span = doc.paragraphs[0].span.cover(doc.paragraphs[-1].span)
        return Resolved(doc=doc.doc_id, address="", text="\n\n".join(p.text for p in doc.paragraphs),
                        span=span, source_text=source[span.start:span.end], path=doc.path)
    if not addr.is_paper:
        raise AddressError(f"{doc.doc_id} is a paper: address it as p<paragraph>s<sentence>, e.g. p1s2",
                           path=doc.path)
    if not 1 <= addr.paragraph <= len(doc.paragraphs):
        raise AddressError(f"{doc.doc_id} has {len(doc.paragraphs)} paragraph(s); no p{addr.paragraph}", path=doc.path)
    para = doc.paragraphs[addr.paragraph - 1]
    if addr.sentence is None:
        return Resolved(doc=doc.doc_id, address=format_address(addr), text=para.text, span=para.span,
                        source_text=source[para.span.start:para.span.end], path=doc.path)
    if not 1 <= addr.sentence <= len(para.sentences):
        raise AddressError(
            f"{doc.doc_id} p{addr.paragraph} has {len(para.sentences)} sentence(s); no s{addr.sentence}",
            path=doc.path,
        )
    sent = para.sentences[addr.sentence - 1]
    return Resolved(doc=doc.doc_id, address=format_address(addr), text=sent.text, span=sent.span,
                    source_text=source[sent.span.start:sent.span.end], path=doc.path)
