"""The self-check on every bill: the 개정문 read back must make the same law.

Before a bill is handed to anything that writes it (``drafter render``, the TUI export, the
DOCX/HWPX exporters all go through :func:`drafter.amend.bill.bill_from_amended`), its
amendment sentences are read back with :mod:`drafter.amend.reader`, the spec so read is
replayed on the current law, and the result must equal the amended law the engine computed
from the drafter's own spec. A sentence that says something else than the spec — a wrong
address, a lost ``각각``, a particle that changes what is quoted — is caught here, and the
bill is not written: :class:`SelfCheckError` names the sentence and the first article where
the two laws differ.

What is compared: every article of the amended law as a drafter quotes it (label, heading,
each 항/호/목/sub-item with its number and text, deleted provisions), in order, plus the new
chapter headings; amendment marks (``<개정>``) are not compared (they follow from the kind
of change, not from what the law says).

Cost: reading is linear in the sentences; the replay touches only the articles the
sentences name (a reduced copy of the law holding those articles and the few neighbours an
insert needs), so the check stays a small fraction of building the bill (see
``benchmarks/bench_reader.py``).

Sentences of a form the reader does not know yet (:class:`~drafter.amend.reader.UnsupportedSentence`)
cannot be replayed: the check is then skipped for the bill and says so in ``Bill.warnings``
(never silently).
"""

from __future__ import annotations

from drafter.amend.apply import AmendedStatute, apply_spec
from drafter.amend.errors import AmendmentError
from drafter.amend.reader import ReadError, UnsupportedSentence, read_sentences, spec_from_sentences
from drafter.corpus.addresses import parse_address
from drafter.corpus.models import Article, Statute
from drafter.corpus.statute_render import render_article
from drafter.errors import DrafterError


class SelfCheckError(DrafterError):
    """The 개정문 of a bill, read back and replayed, does not make the law the spec makes."""


def _article_key(at: str) -> str | None:
    try:
        return parse_address(at).article_key
    except DrafterError:
        return None


def _reduced(statute: Statute, keys: set[str]) -> Statute:
    """The statute restricted to the articles ``keys`` names, plus what inserts need around them:
    the base article of a branch (제35조 for 제35조의2), the branch before it, and the last article
    (a plain-numbered new article must follow it)."""
    wanted = set(keys)
    for key in keys:
        addr = parse_address(key)
        if addr.branch:
            wanted.add(f"제{addr.article}조")
            if addr.branch > 2:
                wanted.add(f"제{addr.article}조의{addr.branch - 1}")
    if statute.articles:
        wanted.add(statute.articles[-1].key)
    articles = [a for a in statute.articles if a.key in wanted]
    return statute.model_copy(update={"articles": articles})


def _quoted(article: Article) -> str:
    return render_article(article)


def check_bill(amended: AmendedStatute, sentences: list[str]) -> list[str]:
    """Read ``sentences`` back, replay them on ``amended.original`` and compare with ``amended``.

    Returns warnings (the check could not run for a form the reader does not know yet);
    raises :class:`SelfCheckError` when the replayed law differs.
    """
    statute = amended.original
    text = "\n".join(sentences)
    try:
        read = read_sentences(text)
        spec = spec_from_sentences(read, statute.doc_id, statute)
    except UnsupportedSentence as exc:
        return [f"self-check skipped: sentence {exc.number} is of a form the 개정문 reader does not read yet "
                f"({exc.reason})"]
    except ReadError as exc:
        raise SelfCheckError(
            f"self-check: the bill's sentence {exc.number} cannot be read back ({exc.reason}): {exc.sentence}",
            path=statute.path, hint="the sentence writer produced a sentence the reader cannot read: report it "
            "with the spec; no bill was written") from None
    keys = {k for c in spec.changes for k in [_article_key(c.at)] if k} | set(amended.edits)
    reduced = _reduced(statute, keys) if len(keys) < len(statute.articles) // 2 else statute
    try:
        replay = apply_spec(reduced, spec)
    except AmendmentError as exc:
        which = _sentence_for(read, exc.address)
        raise SelfCheckError(
            f"self-check: the bill's sentence «{which}» cannot be replayed on the current law: {exc.detail}",
            path=statute.path, hint="no bill was written; report it with the spec") from None
    mine = {a.key: a for a in amended.statute.articles}
    theirs = {a.key: a for a in replay.statute.articles}
    for key in sorted(set(amended.edits) | set(replay.edits), key=lambda k: _order(k, amended.statute)):
        a, b = mine.get(key), theirs.get(key)
        if a is None or b is None or _quoted(a) != _quoted(b) or a.deleted != b.deleted:
            which = _sentence_for(read, key)
            expected = _quoted(a) if a is not None else "(no such article)"
            got = _quoted(b) if b is not None else "(no such article)"
            raise SelfCheckError(
                f"self-check: the 개정문 does not say what the spec does at {key}: sentence «{which}» makes\n"
                f"    {got[:300]}\n  where the spec makes\n    {expected[:300]}",
                path=statute.path, hint="no bill was written; report it with the spec")
    new_heads = {(h.level, h.number, h.title) for h in amended.statute.headings}
    replay_heads = {(h.level, h.number, h.title) for h in replay.statute.headings}
    if new_heads - {(h.level, h.number, h.title) for h in statute.headings} != replay_heads - {
            (h.level, h.number, h.title) for h in statute.headings}:
        raise SelfCheckError("self-check: the 개정문 and the spec make different chapter headings",
                             path=statute.path, hint="no bill was written; report it with the spec")
    return []


def _order(key: str, statute: Statute) -> tuple[int, int, int]:
    try:
        addr = parse_address(key)
    except DrafterError:  # pragma: no cover - keys come from parsed articles
        return (10**9, 0, 0)
    return (addr.article or 0, addr.branch or 0, addr.occurrence)


def _sentence_for(read: list, key: str | None) -> str:
    """The first sentence whose first address names the article of ``key``."""
    art = _article_key(key) if key else None
    for sent in read:
        for clause in sent.clauses:
            for ref in clause.refs or ([clause.container] if clause.container else []):
                if ref is not None and ref.levels and ref.levels[0][1] == (art or "").split("#")[0]:
                    return sent.text
    return read[0].text if read else ""
