"""Term sweep: replace a term in every corpus statute that uses it (``drafter sweep "OLD" "NEW"``).

What is found: every provision of the body (not the 부칙) whose current text contains ``OLD``,
at the finest level — a 항, 호 or 목 (a sub-item's words are counted at its 목; the text of an
article with a single unnumbered 항 at the article: ``제3조``) — and every article heading that
contains it (``제4조의 제목``). Deleted provisions are skipped.

What is written: a spec of ``replace`` changes (``retitle`` with old/new for a heading), one per
provision, that the amendment engine turns into sentences exactly as for any other spec — the
merge rules (one clause ``… 및 … 중 "A"를 각각 "B"로 한다``, ranges, ``같은 조``) and the widening of
particles where the final sound changes are the engine's (:mod:`drafter.amend.sentences`,
:mod:`drafter.amend.widen`); nothing here writes a sentence.

There is one replace per provision listed, so the sentence names the same provisions: when a 항
and one of its 호 both hold the term, the 항's replace is limited to its lead text (``part: 각 호 외의
부분``; ``각 목 외의 부분`` for a 호 and its 목) and the 호 has its own, which the engine writes as the
real 부칙 do: ``제33조제6항 각 호 외의 부분 및 같은 항 제6호 중 "A"를 각각 "B"로 한다.``

An article whose number the file repeats (``제20조#2``: the Gangwon and Jeonbuk copies) cannot be
named apart by a 개정문 (``제20조제1항`` is the first 제20조): its provisions are listed but not swept
(``SweepLaw.unswept``; ``drafter sweep`` says so on stderr).

The spec (``-o``): the main law is the first ``--doc`` given, else ``police-act`` when it uses the
term, else the first law in 가나다 order; every other law is an ``other_laws`` entry (written in
the 부칙 as ``제N조(다른 법률의 개정)``, see :mod:`drafter.amend.multilaw`).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from drafter.amend.multilaw import sort_key
from drafter.amend.spec import _CONTROL_RE, AmendmentSpec
from drafter.corpus.addresses import Address, format_address
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Article, Hang, Ho, Mok, Node, Statute, SubItem
from drafter.errors import DrafterError

PREFERRED_MAIN = "police-act"


class SweepError(DrafterError):
    """A sweep that cannot be made (empty term, nothing found, a law that cannot be amended)."""


class SweepLaw(BaseModel):
    """One law that uses the term: where, and the sentences that replace it."""

    law: str
    title: str
    provisions: list[str] = Field(description="addresses at the finest level; '제N조의 제목' for a heading")
    amendment_sentences: list[str] = Field(default_factory=list)
    changes: list[dict] = Field(default_factory=list, exclude=True, description="the spec's changes (YAML form)")
    unswept: list[str] = Field(default_factory=list, exclude=True,
                               description="provisions in an article whose number the file repeats (제20조#2): not swept")

    def json_dict(self) -> dict[str, Any]:
        return {"law": self.law, "title": self.title, "provisions": list(self.provisions),
                "amendment_sentences": list(self.amendment_sentences)}


def _address(art: Article, hang: Hang | None, ho: Ho | None, mok: Mok | None) -> str:
    return format_address(Address(
        article=art.number, branch=art.branch, occurrence=art.occurrence,
        hang=int(hang.number) if hang is not None and hang.number else None,
        ho=ho.number if ho is not None else None, mok=mok.number if mok is not None else None,
    ))


def find_in_statute(statute: Statute, old: str, new: str = "") -> tuple[list[str], list[dict]]:
    """The provisions holding ``old`` and the changes that replace it with ``new`` (YAML form)."""
    provisions: list[str] = []
    changes: list[dict] = []
    for art in statute.articles:
        if art.deleted:
            continue
        # an article number the file repeats (제20조#2): listed, not swept — a 개정문 cannot name it apart
        sink: list[dict] = changes if art.occurrence == 1 else []
        if art.heading and old in art.heading:
            provisions.append(f"{art.key}의 제목")
            if art.heading.count(old) == 1:
                sink.append({"retitle": {"at": art.key, "old": old, "new": new}})
            else:  # twice in one heading: the whole new heading (제14조의 제목 "(…)"을 "(…)"으로 한다)
                sink.append({"retitle": {"at": art.key, "heading": art.heading.replace(old, new)}})
        for hang in art.hangs:
            _walk(art, hang, [hang], old, new, provisions, sink)
    return provisions, changes


def division_headings(statute: Statute, old: str) -> list[str]:
    """편/장/절/관 headings holding ``old`` (``제4장 시ㆍ도자치경찰위원회``): not swept, reported apart."""
    return [h.label for h in statute.headings if not h.deleted and old in h.title]


def _walk(art: Article, node: Node, path: list[Node], old: str, new: str, provisions: list[str],
          changes: list[dict]) -> None:
    if node.deleted:
        return
    hang = next((n for n in path if isinstance(n, Hang)), None)
    ho = next((n for n in path if isinstance(n, Ho)), None)
    mok = next((n for n in path if isinstance(n, Mok)), None)
    own = node.text.count(old)
    if isinstance(node, Mok):  # sub-items are counted at their 목
        own += sum(s.text.count(old) for s in node.subitems if not s.deleted)
    if own and not isinstance(node, SubItem):
        provisions.append(_address(art, hang, ho, mok))
        change: dict[str, Any] = {"at": _address(art, hang, ho, mok), "old": old, "new": new}
        inside = not isinstance(node, Mok) and any(
            old in n.text for child in node.children() for n in child.walk() if not n.deleted)
        if inside:  # its items hold the term too: they get their own replaces (각 호 외의 부분 및 같은 항 제3호)
            change["part"] = "각 호 외의 부분" if isinstance(node, Hang) else "각 목 외의 부분"
        if own > 1:
            change["all"] = True
        changes.append({"replace": change})
    if isinstance(node, Mok):
        return
    for child in node.children():
        _walk(art, child, path + [child], old, new, provisions, changes)


def sweep(corpus: Corpus, old: str, new: str, docs: list[str] | None = None, *, sentences: bool = True
          ) -> tuple[list[SweepLaw], AmendmentSpec | None]:
    """Every law of ``corpus`` (or of ``docs``) using ``old``; the laws in the order the bill writes them
    (the main law, then the others in 가나다 order) and the spec (None when no law uses the term)."""
    if not old:
        raise SweepError("the term to replace is empty", hint='drafter sweep "자치경찰사무" "지역경찰사무"')
    if old == new:
        raise SweepError(f"old and new are the same text ({old!r})")
    control = _CONTROL_RE.search(old + new)
    if control:  # a bill cannot hold one (the spec would refuse it: say so here, naming the term)
        raise SweepError(f"the terms contain a control character ({control.group(0)!r})",
                         hint="type the words as the law writes them")
    statutes = [corpus.statute(d) for d in docs] if docs else sorted(corpus.statutes(), key=lambda s: sort_key(s.title))
    found: list[SweepLaw] = []
    for st in statutes:
        provisions, changes = find_in_statute(st, old, new)
        if provisions:
            found.append(SweepLaw(law=st.doc_id, title=st.title, provisions=provisions, changes=changes,
                                  unswept=[p for p in provisions if "#" in p]))
    if not found:
        return [], None
    if docs:
        main = next((f for f in found if f.law == docs[0]), found[0])
    else:
        main = next((f for f in found if f.law == PREFERRED_MAIN), found[0])
    others = sorted((f for f in found if f is not main), key=lambda f: sort_key(f.title))
    laws = [main, *others]
    drafted = [f for f in laws if f.changes]  # a law whose provisions all lie in repeated articles has none
    if not drafted:
        return laws, None
    spec = _spec(drafted)
    if sentences:
        for f in drafted:
            statute = corpus.statute(f.law)
            for _ in range(len(f.changes) + 1):
                try:
                    f.amendment_sentences = law_sentences(statute, f.changes)
                    break
                except DrafterError as exc:  # one provision at a time; a provision split already re-raises
                    f.changes = _split_occurrences(statute, f.changes, old, new, exc)
        spec = _spec(drafted)
    return laws, spec


def _spec(laws: list[SweepLaw]) -> AmendmentSpec:
    main, others = laws[0], laws[1:]
    return AmendmentSpec.model_validate({
        "law": main.law, "changes": main.changes,
        "other_laws": [{"law": f.law, "changes": f.changes} for f in others],
    })


def law_sentences(statute: Statute, changes: list[dict]) -> list[str]:
    """The 개정문 sentences of ``changes`` on ``statute``: the same steps as ``drafter render``
    (edits expanded, particles widened, applied, worded)."""
    from drafter.amend.bill import apply_prepared, prepare_spec
    from drafter.amend.sentences import STRAIGHT, amendment_sentences

    spec = AmendmentSpec.model_validate({"law": statute.doc_id, "changes": changes})
    amended = apply_prepared(statute, prepare_spec(statute, spec))
    return amendment_sentences(amended.changes, STRAIGHT)


_QUOTE_CLOSERS = "\"”」』〉》]"


def _split_occurrences(statute: Statute, changes: list[dict], old: str, new: str, error: DrafterError) -> list[dict]:
    """When the widening cannot handle a provision whose occurrences differ (one before a particle,
    one before a space: ``(이하 "시ㆍ도지사"라 한다) … 시ㆍ도지사 소속``), quote each occurrence with what
    tells it apart — a closing quote mark, which the widening then extends to the particle, or the next
    word — so that every replace names one place. Other provisions are left as they are; a second
    failure is the engine's error."""
    from drafter.amend.errors import AmendmentError
    from drafter.amend.particles import ALTERNATING_PARTICLES, fitting_particle
    from drafter.corpus.addresses import parse_address
    from drafter.corpus.corpus import find_node

    index = getattr(error, "index", None)
    if not isinstance(error, AmendmentError) or index is None or not 1 <= index <= len(changes):
        raise error
    (kind, body), = changes[index - 1].items()
    if kind != "replace" or body["old"] != old:  # not a sweep replace, or split already
        raise error
    art, node = find_node(statute, parse_address(body["at"]))
    if body.get("part") in ("각 호 외의 부분", "각 목 외의 부분"):  # the lead text only
        nodes = [node if node is not None else art.hangs[0]]
    else:
        nodes = [n for n in (node.walk() if node is not None else (m for h in art.hangs for m in h.walk()))
                 if not n.deleted]
    texts = [n.text for n in nodes]
    contexts: list[str] = []
    for text in texts:
        start = text.find(old)
        while start >= 0:
            end = start + len(old)
            closers = ""
            while end + len(closers) < len(text) and text[end + len(closers)] in _QUOTE_CLOSERS:
                closers += text[end + len(closers)]
            aside = ""
            if not closers and text.startswith("(", end):  # 경찰청장(… 포함한다)은: the particle after the aside
                close = text.find(")", end)
                aside = text[end:close + 1] if close > 0 and "\n" not in text[end:close] else ""
            if closers:
                contexts.append((closers, closers))
            elif end + len(aside) < len(text) and not text[end + len(aside)].isspace():  # a particle or suffix
                run = re.match(r"[^\s,.)(」\"]*", text[end + len(aside):]).group(0)
                particle = next((form for pair in ALTERNATING_PARTICLES for form in sorted(pair, key=len, reverse=True)
                                 if run.startswith(form)), None)
                if particle is not None:
                    contexts.append((aside + particle, aside + fitting_particle(particle, new)))
                else:  # a suffix (경찰청장실), or punctuation (시ㆍ도경찰청장, …): quoted as it stands
                    run = run or re.match(r"\S*", text[end + len(aside):]).group(0)
                    contexts.append((aside + run, aside + run))
            else:  # the words up to the end of the next word
                m = re.match(r"\s*\S*", text[end:])
                ctx = m.group(0) if m else ""
                contexts.append((ctx, ctx))
            start = text.find(old, end)
    if any(not ctx for ctx, _ in contexts):
        raise error  # an occurrence with nothing after it to tell it apart
    replaced: list[dict] = []
    for ctx, new_ctx in dict.fromkeys(contexts):
        quoted = old + ctx
        count = sum(t.count(quoted) for t in texts)
        item: dict[str, Any] = {"at": body["at"], "old": quoted, "new": new + new_ctx}
        if body.get("part"):
            item["part"] = body["part"]
        if count > 1:
            item["all"] = True
        replaced.append({"replace": item})
    # longer quotes first: a shorter one must not match inside words a longer one wrote
    replaced.sort(key=lambda c: -len(c["replace"]["old"]))
    return changes[: index - 1] + replaced + changes[index:]
