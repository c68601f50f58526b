"""Properties over random specs against police-act (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.amend import (
    AmendmentSpec,
    Delete,
    Insert,
    Replace,
    Retitle,
    Rewrite,
    apply_spec,
    build_bill_for_statute,
)
from drafter.amend.apply import find_path, levels_of, walk_tree
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Statute
from drafter.corpus.statute_render import render_article
from drafter.errors import DrafterError

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
WORDS = st.text(alphabet=st.one_of(HANGUL, st.sampled_from(" 0123456789ㆍ()「」")), min_size=1, max_size=12)


@pytest.fixture(scope="module")
def statute(reference_corpus) -> Statute:
    return Corpus.load(reference_corpus, only={"police-act"}).statute("police-act")


def provisions(statute: Statute) -> list[tuple[str, str]]:
    """(address, own text) of every live 항, 호 and 목 of the body."""
    out: list[tuple[str, str]] = []
    for art in statute.articles:
        for node in walk_tree(art):
            levels = levels_of(art, find_path(art, node) or [])
            if not node.deleted and len(levels) > 1 and levels[-1][0] in ("항", "호", "목"):
                out.append(("".join(label for _, label in levels), node.text))
    return out


@SETTINGS
@given(data=st.data())
def test_replace_then_inverse_restores_the_original(statute, data) -> None:
    candidates = [(a, t) for a, t in provisions(statute) if t.strip()]
    address, text = data.draw(st.sampled_from(candidates))
    words = [m.span() for m in re.finditer(r"\S+", text)]
    start = data.draw(st.integers(0, len(words) - 1))
    length = data.draw(st.integers(1, min(3, len(words) - start)))
    old = text[words[start][0]:words[start + length - 1][1]]
    new = "★" + data.draw(WORDS) + "★"
    forward = AmendmentSpec(law="police-act", changes=[Replace(at=address, old=old, new=new, all=True)])
    amended = apply_spec(statute, forward)
    assert any(new in render_article(a) for a in amended.statute.articles)
    backward = AmendmentSpec(law="police-act", changes=[Replace(at=address, old=new, new=old, all=True)])
    restored = apply_spec(amended.statute, backward)
    assert [render_article(a) for a in restored.statute.articles] == [render_article(a) for a in statute.articles]


@SETTINGS
@given(data=st.data())
def test_every_new_text_appears_in_the_amended_statute(statute, data) -> None:
    changes = []
    news: list[str] = []
    arts = [a for a in statute.articles if not a.deleted and a.hangs and a.hangs[0].number is not None]
    for art in data.draw(st.lists(st.sampled_from(arts), min_size=1, max_size=4, unique_by=lambda a: a.key)):
        kind = data.draw(st.sampled_from(["insert-hang", "rewrite-hang", "insert-article"]))
        text = "☆" + data.draw(WORDS).strip() + "☆"
        if kind == "insert-hang":
            changes.append(Insert(at=f"{art.label}제{len(art.hangs) + 1}항", text=text))
        elif kind == "rewrite-hang":
            changes.append(Rewrite(at=f"{art.label}제1항", text=text))
        elif statute.article(f"{art.label}의2") is None:
            changes.append(Insert(at=f"{art.label}의2", heading="새 조문", text=text))
        else:
            continue
        news.append(text)
    amended = apply_spec(statute, AmendmentSpec(law="police-act", changes=changes))
    law = "\n".join(render_article(a) for a in amended.statute.articles)
    for text in news:
        assert text in law
    bill = build_bill_for_statute(statute, AmendmentSpec(law="police-act", changes=changes))
    assert len(bill.amendment_sentences) == len({c.address.article_key for c in changes})


ADDRESSES = st.sampled_from([
    "제1조", "제3조", "제3조제9호", "제4조제1항제2호가목", "제7조제2항", "제24조제1항제17호", "제24조제1항제18호",
    "제34조", "제34조제2항", "제35조", "제35조제1항", "제35조제4항", "제35조의2", "제35조의3", "제36조",
    "제37조", "제99조", "제35조제9항", "제24조제1항제16호의2", "제24조제3항", "제10조제1항제9호",
])


KNOWN_WORDS = st.sampled_from([
    ("제35조제1항", "시ㆍ도지사가"), ("제35조제1항", "경찰청장의"), ("제24조제1항", "예산"), ("제7조제2항", "7명"),
    ("제3조", "경찰의 임무는"), ("제34조", "인력"), ("제4조제1항제2호가목", "지역 내"), ("제24조제1항제17호", "그 밖에"),
    ("제35조제3항", "시ㆍ도의회는"), ("제19조제2항", "10분의 6"), ("제18조제1항", "2개의"), ("제24조", "정치적"),
])


@st.composite
def known_change(draw):
    at, old = draw(KNOWN_WORDS)
    kind = draw(st.sampled_from(["replace", "replace", "rewrite", "delete", "retitle", "insert"]))
    if kind == "replace":
        return Replace(at=at, old=old, new=draw(WORDS) + "새", all=draw(st.booleans()))
    if kind == "rewrite":
        return Rewrite(at=at, text=draw(st.sampled_from(["새 글", "① 가\n② 나", "가\n1. 나\n2. 다"])))
    if kind == "delete":
        return Delete(at=at)
    if kind == "retitle":
        return Retitle(at=at.split("제", 2)[0] + "제" + at.split("제")[1], heading="새 제목")
    return Insert(at=draw(st.sampled_from(["제35조제4항", "제24조제1항제18호", "제24조제1항제16호의2", "제35조의2",
                                           "제34조제2항", "제24조제1항제10호", "제36조"])),
                  text=draw(WORDS), heading="제목" if draw(st.booleans()) else None, renumber=draw(st.sampled_from([None, True, False])))


@st.composite
def random_change(draw):
    if draw(st.booleans()):
        return draw(known_change())
    at = draw(ADDRESSES)
    kind = draw(st.sampled_from(["replace", "rewrite", "insert", "delete", "retitle"]))
    text = draw(st.one_of(WORDS, st.sampled_from(["① 가\n② 나", "1. 가\n2. 나", "① 가\n1. 나\n가. 다", "② 잘못", "가. 목"])))
    if kind == "replace":
        old = draw(st.one_of(WORDS, st.sampled_from(["시ㆍ도지사가", "예산", "경찰청장", "자치경찰사무", "위원"])))
        new = draw(WORDS)
        if old == new:
            new = new + "새"
        return Replace(at=at, old=old, new=new, all=draw(st.booleans()),
                       part=draw(st.sampled_from([None, "전단", "후단", "본문", "단서"])))
    if kind == "rewrite":
        return Rewrite(at=at, text=text)
    if kind == "insert":
        return Insert(at=at, text=text, heading=draw(st.sampled_from([None, "제목"])), renumber=draw(st.sampled_from([None, True, False])))
    if kind == "delete":
        return Delete(at=at)
    return Retitle(at=at, heading=draw(st.sampled_from(["새 제목", "예산"])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(random_change(), min_size=1, max_size=6))
def test_no_spec_crashes_the_engine(statute, changes) -> None:
    spec = AmendmentSpec(law="police-act", changes=changes)
    before = statute.model_dump_json()
    try:
        bill = build_bill_for_statute(statute, spec)
    except DrafterError as exc:
        assert str(exc)
    else:
        assert bill.bill_markdown.startswith("# ")
        # one sentence per touched article, or fewer where the same change to several articles is one
        # sentence (제3조 및 제34조를 각각 삭제한다.); the bill's self-check has replayed them all
        assert 1 <= len(bill.amendment_sentences) <= len(bill.comparison)
    assert statute.model_dump_json() == before
