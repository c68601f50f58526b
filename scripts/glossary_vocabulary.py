"""The corpus vocabulary the English→Korean glossary has to cover.

Reads every statute of a corpus directory (``/work/shared/corpus`` by default)
and prints

(a) the heading vocabulary: every distinct BM25 token (Hangul, length ≥ 2) of
    the article headings ``제N조(…)``, with its count and an example heading;
(b) the body nouns: Kiwi noun lemmas (and joined noun compounds, as the BM25
    tokenizer indexes them) of the article bodies with frequency ≥ ``--min-body``;
(c) with ``--check``: every Korean value of the glossary (all tables) that is
    not a token of the corpus — such a value can never match in BM25 — and the
    heading lemmas no English key maps to, with the coverage in percent.

Tokens come from :func:`drafter.text.tokenizer.tokenize` (the BM25 tokenizer),
so a glossary value that passes ``--check`` is a term BM25 can score.

Usage::

    .venv/bin/python scripts/glossary_vocabulary.py [--corpus DIR] [--doc police-act] [--check] [--min-body 8]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from drafter.corpus.statute_parser import parse_statute  # noqa: E402
from drafter.text import glossary  # noqa: E402
from drafter.text.tokenizer import KEEP_TAGS, NOUN_TAGS, get_kiwi, tokenize_many, tokens_from  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus")
HANGUL = re.compile(r"^[\uac00-\ud7a3ㆍ]+$")


@dataclass
class Vocabulary:
    """Token statistics of a set of statutes."""

    heading_counts: Counter = field(default_factory=Counter)
    """Kiwi lemmas (one morpheme each) of the headings → in how many headings."""
    heading_example: dict[str, str] = field(default_factory=dict)
    heading_compounds: Counter = field(default_factory=Counter)
    """Joined nouns of the headings (자치경찰 from 자치+경찰), as the BM25 tokenizer adds them."""
    body_nouns: Counter = field(default_factory=Counter)
    body_compounds: Counter = field(default_factory=Counter)
    """Joined nouns of the bodies (BM25 compounds) → occurrences."""
    compound_articles: Counter = field(default_factory=Counter)
    """Joined nouns → in how many articles (heading or body) they occur."""
    tokens: set[str] = field(default_factory=set)
    """Every BM25 token of headings and bodies (what a glossary value must be)."""
    articles: int = 0


def _is_term(token: str) -> bool:
    return len(token) >= 2 and bool(HANGUL.match(token))


def build_vocabulary(paths: Iterable[Path]) -> Vocabulary:
    """Headings and body nouns of the (non-deleted) articles of these statute files."""
    vocab = Vocabulary()
    headings: list[tuple[int, str]] = []  # (article index, label)
    bodies: list[str] = []
    for path in sorted(paths):
        statute = parse_statute(path)
        for art in statute.articles:
            if art.deleted:
                continue
            if art.heading:
                headings.append((vocab.articles, f"{statute.doc_id} {art.label}({art.heading})"))
            bodies.append("\n".join(node.text for node in art.walk()))
            vocab.articles += 1
    kiwi = get_kiwi()
    compounds_of: list[set[str]] = [set() for _ in bodies]
    heading_texts = [label.split("(", 1)[1].rstrip(")") for _, label in headings]
    for (index, label), analysis in zip(headings, kiwi.tokenize(heading_texts), strict=True):
        analysis = list(analysis)
        toks = tokens_from(analysis)
        vocab.tokens.update(toks)
        lemmas = {m.form for m in analysis if str(m.tag) in KEEP_TAGS}
        for tok in dict.fromkeys(toks):
            if _is_term(tok):
                (vocab.heading_counts if tok in lemmas else vocab.heading_compounds)[tok] += 1
                vocab.heading_example.setdefault(tok, label)
                if tok not in lemmas:
                    compounds_of[index].add(tok)
    for index, analysis in enumerate(kiwi.tokenize(bodies)):
        analysis = list(analysis)
        toks = tokens_from(analysis)
        vocab.tokens.update(toks)
        vocab.body_nouns.update(m.form for m in analysis if str(m.tag) in NOUN_TAGS and _is_term(m.form))
        forms = {m.form for m in analysis}
        joined = [t for t in toks if t not in forms and _is_term(t)]
        vocab.body_compounds.update(joined)
        compounds_of[index].update(joined)
    for found in compounds_of:
        vocab.compound_articles.update(found)
    return vocab


def compound_terms(vocab: Vocabulary, min_body: int = 3, max_share: float = 0.02) -> list[str]:
    """The joined nouns an English pair of words may stand for
    (``drafter.text.glossary_headings.COMPOUNDS``): every heading compound and the body
    compounds seen ``min_body`` times, except those in more than ``max_share`` of the articles —
    a compound that common (자치경찰, 지방자치) names the topic of a whole statute, not a provision,
    and searching it pulls every article about that topic (swept on the tuning sets: 2%)."""
    body = {t for t, n in vocab.body_compounds.items() if n >= min_body}
    limit = max_share * vocab.articles
    return sorted(t for t in set(vocab.heading_compounds) | body if vocab.compound_articles[t] <= limit)


def glossary_values() -> dict[str, set[str]]:
    """Every Korean value of the glossary tables an English question is expanded into → the
    tables it appears in. (``KO_EN``'s Korean side is matched inside Korean questions, not
    searched as a token, so it is not listed.)"""
    tables: dict[str, Iterable[str]] = {
        "GLOSSARY_EN_KO": (v for vs in glossary.GLOSSARY_EN_KO.values() for v in vs),
        "PHRASES_EN_KO": glossary.PHRASES_EN_KO.values(),
        "PLACES_EN_KO": glossary.PLACES_EN_KO.values(),
    }
    out: dict[str, set[str]] = {}
    for name, values in tables.items():
        for value in values:
            out.setdefault(value, set()).add(name)
    return out


def mapped_korean() -> set[str]:
    """Korean terms some English key or phrase maps to."""
    terms = {v for vs in glossary.GLOSSARY_EN_KO.values() for v in vs}
    return terms | set(glossary.PHRASES_EN_KO.values()) | set(glossary.PLACES_EN_KO.values())


def non_tokens(vocab: Vocabulary, values: Iterable[str]) -> list[str]:
    """The glossary values that are not a BM25 token of this corpus.

    Values of one character are skipped: ``korean_query_terms`` drops them."""
    return sorted(v for v in set(values) if len(v) > 1 and v not in vocab.tokens)


def searched_as(values: Iterable[str]) -> dict[str, list[str]]:
    """The BM25 tokens each value is searched as (a query is tokenized like the corpus)."""
    values = sorted(set(values))
    return dict(zip(values, tokenize_many(values), strict=True))


def tokenized_where_written(paths: Iterable[Path], values: Iterable[str], lines_per_value: int = 10) -> dict[str, bool]:
    """Is each value a BM25 token of the lines of these files that contain it? (A quick check
    for a few values without tokenizing the whole corpus: at most ``lines_per_value`` lines each.)"""
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    wanted = {v: [line for line in lines if v in line][:lines_per_value] for v in set(values)}
    flat = [(v, line) for v, found in wanted.items() for line in found]
    tokens = tokenize_many([line for _, line in flat])
    ok = dict.fromkeys(wanted, False)
    for (v, _), toks in zip(flat, tokens, strict=True):
        ok[v] = ok[v] or v in toks
    return ok


def unmapped_headings(vocab: Vocabulary) -> list[str]:
    mapped = mapped_korean()
    return [t for t, _ in vocab.heading_counts.most_common() if t not in mapped]


@dataclass
class Check:
    """What ``--check`` reports."""

    non_tokens: list[str]
    """Glossary values that are not BM25 tokens of the corpus."""
    unmapped_headings: list[str]
    heading_total: int
    unmapped_body: list[str]
    body_total: int

    @property
    def heading_coverage(self) -> float:
        return 1 - len(self.unmapped_headings) / self.heading_total if self.heading_total else 1.0

    @property
    def body_coverage(self) -> float:
        return 1 - len(self.unmapped_body) / self.body_total if self.body_total else 1.0


def check(vocab: Vocabulary, min_body: int = 8) -> Check:
    mapped = mapped_korean()
    body = [t for t, n in vocab.body_nouns.most_common() if n >= min_body]
    return Check(
        non_tokens=non_tokens(vocab, glossary_values()),
        unmapped_headings=unmapped_headings(vocab),
        heading_total=len(vocab.heading_counts),
        unmapped_body=[t for t in body if t not in mapped],
        body_total=len(body),
    )


def statute_paths(corpus: Path, docs: list[str] | None = None) -> list[Path]:
    paths = sorted((corpus / "statutes").glob("*.md"))
    if docs:
        paths = [p for p in paths if p.stem in docs]
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--doc", action="append", help="only this statute (file stem); repeatable")
    ap.add_argument("--min-body", type=int, default=8, help="body nouns with at least this frequency")
    ap.add_argument("--check", action="store_true", help="check the glossary against the corpus tokens")
    ap.add_argument("--quiet", action="store_true", help="with --check: print only the check")
    ap.add_argument("--emit-compounds", action="store_true",
                    help="print only the compound list of drafter/text/glossary_headings.py (_COMPOUNDS)")
    args = ap.parse_args(argv)

    paths = statute_paths(args.corpus, args.doc)
    if not paths:
        print(f"no statutes under {args.corpus / 'statutes'}", file=sys.stderr)
        return 2
    vocab = build_vocabulary(paths)
    if args.emit_compounds:
        terms = compound_terms(vocab)
        print("\n".join(" ".join(terms[i : i + 12]) for i in range(0, len(terms), 12)))
        return 0
    if not args.quiet:
        print(f"# (a) heading vocabulary: {len(vocab.heading_counts)} lemmas, {vocab.articles} articles")
        for tok, n in vocab.heading_counts.most_common():
            print(f"{tok}\t{n}\t{vocab.heading_example[tok]}")
        print(f"\n# (a2) joined nouns of the headings (BM25 compounds): {len(vocab.heading_compounds)}")
        for tok, n in vocab.heading_compounds.most_common():
            print(f"{tok}\t{n}\t{vocab.heading_example[tok]}")
        body = [(t, n) for t, n in vocab.body_nouns.most_common() if n >= args.min_body]
        print(f"\n# (b) body nouns with frequency >= {args.min_body}: {len(body)}")
        for tok, n in body:
            print(f"{tok}\t{n}")
    if args.check:
        result = check(vocab, args.min_body)
        values = glossary_values()
        print(f"\n# (c) glossary values that are not corpus tokens: {len(result.non_tokens)} of {len(values)}"
              " (value, tables, the tokens BM25 searches it as, '!' = none of them in the corpus)")
        for v, toks in searched_as(result.non_tokens).items():
            mark = "" if any(t in vocab.tokens for t in toks) else "\t!"
            print(f"{v}\t{','.join(sorted(values[v]))}\t{' '.join(toks)}{mark}")
        print(f"\n# heading lemmas no English key maps to: {len(result.unmapped_headings)} of "
              f"{result.heading_total} (coverage {100 * result.heading_coverage:.1f}%)")
        for tok in result.unmapped_headings:
            print(f"{tok}\t{vocab.heading_counts[tok]}\t{vocab.heading_example[tok]}")
        print(f"\n# body nouns (>= {args.min_body}) no English key maps to: {len(result.unmapped_body)} of "
              f"{result.body_total} (coverage {100 * result.body_coverage:.1f}%)")
        for tok in result.unmapped_body:
            print(f"{tok}\t{vocab.body_nouns[tok]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
