"""Property: for random edits of real provisions, render → read → replay equals the amended law.

Edits are drawn from police-act as it stands: a replacement of words that occur in a
provision (every occurrence when they occur more than once), the deletion of a 호, the
insertion of a 호 (at the end, or at an existing number, pushing the others down), the
rewrite of a 호, words of an article heading, a new branch article. The
sentences the engine writes are read back with the reader, against the same statute, and
the spec so read is applied: the law must come out the same, article for article.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from drafter.amend.apply import apply_spec, find_path, levels_of, walk_tree
from drafter.amend.errors import AmendmentError
from drafter.amend.reader import read_amendment
from drafter.amend.sentences import amendment_sentences
from drafter.amend.spec import AmendmentSpec, Delete, Insert, Replace, Retitle, Rewrite
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Hang, Ho, Statute
from drafter.corpus.statute_render import render_article

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
NEW_WORDS = st.text(alphabet=st.one_of(HANGUL, st.sampled_from(" 0123456789ㆍ")), min_size=1, max_size=10).map(
    lambda s: s.strip() or "신설")


@pytest.fixture(scope="module")
def statute(reference_corpus) -> Statute:
    return Corpus.load(reference_corpus, only={"police-act"}).statute("police-act")


@pytest.fixture(scope="module")
def nodes(statute):
    """(address, node) of every live 항, 호 and 목."""
    out = []
    for art in statute.articles:
        if art.deleted:
            continue
        for node in walk_tree(art):
            levels = levels_of(art, find_path(art, node) or [])
            if not node.deleted and len(levels) > 1 and levels[-1][0] in ("항", "호", "목"):
                out.append(("".join(lab for _, lab in levels), node))
    return out


def _replace(data, nodes) -> Replace:
    address, node = data.draw(st.sampled_from([(a, n) for a, n in nodes if n.text.strip()]))
    words = [m.span() for m in re.finditer(r"\S+", node.text)]
    start = data.draw(st.integers(0, len(words) - 1))
    length = data.draw(st.integers(1, min(3, len(words) - start)))
    old = node.text[words[start][0]:words[start + length - 1][1]]
    new = data.draw(NEW_WORDS)
    if new == old:
        reject()
    count = sum(n.text.count(old) for n in node.walk())
    return Replace(at=address, old=old, new=new, all=count > 1)


def _delete(data, nodes) -> Delete:
    address, _ = data.draw(st.sampled_from([(a, n) for a, n in nodes if isinstance(n, Ho)]))
    return Delete(at=address)


def _insert(data, nodes) -> Insert:
    address, hang = data.draw(st.sampled_from([(a, n) for a, n in nodes if isinstance(n, Hang) and n.hos]))
    plain = [int(h.number) for h in hang.hos if h.number and h.number.isdigit()]
    number = data.draw(st.sampled_from(sorted(set(plain[-2:] + [max(plain) + 1]))))
    text = data.draw(NEW_WORDS)
    return Insert(at=f"{address}제{number}호", text=text)


def _rewrite(data, nodes) -> Rewrite:
    address, _ = data.draw(st.sampled_from([(a, n) for a, n in nodes if isinstance(n, Ho)]))
    return Rewrite(at=address, text=data.draw(NEW_WORDS))


def _retitle(data, nodes, statute) -> Retitle:
    art = data.draw(st.sampled_from([a for a in statute.articles if a.heading and not a.deleted]))
    words = art.heading.split()
    old = data.draw(st.sampled_from(words))
    new = data.draw(NEW_WORDS)
    if new == old or art.heading.count(old) != 1:
        reject()
    return Retitle(at=art.label, old=old, new=new)


def _new_article(data, nodes, statute) -> Insert:
    art = data.draw(st.sampled_from([a for a in statute.articles if not a.deleted and not a.branch]))
    if any(a.number == art.number and a.branch == 2 for a in statute.articles):
        reject()
    return Insert(at=f"{art.label}의2", heading=data.draw(NEW_WORDS), text=data.draw(NEW_WORDS))


def _same_law(a: Statute, b: Statute) -> list[str]:
    mine = [(x.key, x.deleted, render_article(x)) for x in a.articles]
    theirs = [(x.key, x.deleted, render_article(x)) for x in b.articles]
    return [f"{m[0]}: {m[2][:120]!r} != {t[2][:120]!r}" for m, t in zip(mine, theirs) if m != t] + (
        [f"{len(mine)} articles != {len(theirs)}"] if len(mine) != len(theirs) else [])


@SETTINGS
@given(data=st.data())
def test_render_read_replay_is_the_amended_law(statute, nodes, data) -> None:
    kinds = data.draw(st.lists(st.sampled_from(["replace", "replace", "delete", "insert", "rewrite", "retitle",
                                                 "new_article"]), min_size=1, max_size=4))
    makers = {"replace": _replace, "delete": _delete, "insert": _insert, "rewrite": _rewrite,
              "retitle": lambda d, n: _retitle(d, n, statute), "new_article": lambda d, n: _new_article(d, n, statute)}
    changes = [makers[k](data, nodes) for k in kinds]
    spec = AmendmentSpec(law="police-act", changes=changes)
    try:
        amended = apply_spec(statute, spec)
    except AmendmentError:
        reject()  # overlapping or ambiguous random edits: not a bill
    sentences = amendment_sentences(amended.changes)
    read = read_amendment("\n".join(sentences), "police-act", statute)
    replay = apply_spec(statute, read)
    assert _same_law(amended.statute, replay.statute) == [], "\n".join(sentences) + "\n" + repr(spec.changes) + "\n" + repr(read.changes)
    assert [(a.key, a.heading) for a in replay.statute.articles] == [(a.key, a.heading) for a in amended.statute.articles]


@pytest.fixture(scope="module")
def real_sentences(reference_corpus) -> list[str]:
    from drafter.amend.reader_corpus import corpus_sentences

    return [s.full for s in corpus_sentences(reference_corpus / "statutes")]


@SETTINGS
@given(data=st.data())
def test_a_damaged_sentence_is_read_or_refused_by_name(statute, real_sentences, data) -> None:
    """Cut, insert or swap characters in a real sentence: the reader gives a spec or a ReadError
    (a DrafterError: one message, exit 2), never another exception."""
    from drafter.amend.reader import ReadError

    text = data.draw(st.sampled_from(real_sentences))
    for _ in range(data.draw(st.integers(1, 3))):
        k = data.draw(st.integers(0, len(text)))
        op = data.draw(st.sampled_from(["cut", "insert"]))
        if op == "cut":
            text = text[:k] + text[k + data.draw(st.integers(1, 5)):]
        else:
            text = text[:k] + data.draw(st.sampled_from(list('"“”,ㆍ.()제조항호목의을를중및부터까지각각같은 0123가\n「별표'))) + text[k:]
    try:
        read_amendment(text, "police-act", data.draw(st.sampled_from([None, statute])))
    except ReadError as exc:
        assert exc.sentence and str(exc)


def test_rewrite_listed_before_an_insert_that_pushes_it(statute) -> None:
    """Found by the property above: the new text of 제5호(종전의 제4호) once kept the number 4."""
    spec = AmendmentSpec(law="police-act", changes=[Rewrite(at="제16조제6항제4호", text="고친 호"),
                                                    Insert(at="제16조제6항제4호", text="새 호")])
    sentences = amendment_sentences(apply_spec(statute, spec).changes)
    replay = apply_spec(statute, read_amendment("\n".join(sentences), "police-act", statute))
    assert _same_law(apply_spec(statute, spec).statute, replay.statute) == []
