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

Cost. The engine is deterministic and treats each article on its own (an article insert also
depends on the articles inserted before it), so where the spec read back from the sentences
holds, for an article, exactly the changes the engine applied (same kinds, addresses, words,
flags and texts, in the same order), replaying them would recompute the very same article:
that article is settled by the comparison of the two specs. Every other article — a change
the sentence words differently, drops or adds, or new text given in another form (an insert's
text with its label, a heading given apart) — is replayed on a reduced copy of the law (those
articles and the few neighbours an insert needs) and compared, article by article, with the
engine's. The check so stays a small fraction of building the bill (``benchmarks/bench_reader.py``).

Sentences of a form the reader does not know yet (:class:`~drafter.amend.reader.UnsupportedSentence`)
cannot be replayed: the check is then skipped for the bill and says so in ``Bill.warnings``
(never silently).
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.amend.apply import AmendedStatute, apply_spec
from drafter.amend.errors import AmendmentError
from drafter.amend.reader import ReadError, UnsupportedSentence, change_dicts, read_sentences, spec_from_sentences
from drafter.amend.textparse import _classify, _hang_number, split_label
from drafter.corpus.addresses import parse_address
from drafter.corpus.models import Article, Statute
from drafter.corpus.statute_render import render_article
from drafter.errors import DrafterError


class SelfCheckError(DrafterError):
    """The 개정문 of a bill, read back and replayed, does not make the law the spec makes."""


@lru_cache(maxsize=4096)
def _article_key(at: str) -> str | None:
    try:
        return parse_address(at).article_key
    except DrafterError:
        return None


def _reduced(statute: Statute, keys: set[str]) -> Statute:
    """The statute restricted to the articles ``keys`` names, plus what inserts need around them:
    the base article of a branch (제35조 for 제35조의2), the branch before it, and the last article
    (a plain-numbered new article must follow it)."""
    wanted = {k for k in keys if _article_key(k)}
    for key in list(wanted):
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
        said = change_dicts(read, statute)
    except UnsupportedSentence as exc:
        return [f"self-check skipped: sentence {exc.number} is of a form the 개정문 reader does not read yet "
                f"({exc.reason})"]
    except ReadError as exc:  # quotes holding quote marks ("시ㆍ도지사"로"를 …) are read too: no skip
        raise SelfCheckError(
            f"self-check: the bill's sentence {exc.number} cannot be read back ({exc.reason}): {exc.sentence}",
            path=statute.path, hint="the sentence writer produced a sentence the reader cannot read: report it "
            "with the spec; no bill was written") from None
    applied = _by_article([ac.change for ac in sorted(amended.changes, key=lambda ac: ac.index)])
    replayed = _by_article_data(said)
    differ = {k for k in set(applied) | set(replayed) if applied.get(k) != replayed.get(k)}
    if not differ:
        return []  # the sentences say exactly the spec the engine applied: same law (see the docstring)
    try:
        spec = spec_from_sentences(read, statute.doc_id, statute, changes=said)
    except ReadError as exc:
        raise SelfCheckError(f"self-check: the bill's sentences cannot be read back ({exc.reason}): {exc.sentence}",
                             path=statute.path, hint="no bill was written; report it with the spec") from None
    inserts = {k for group in (applied, replayed) for k, cs in group.items()
               if any(c["kind"] in ("insert", "insert_chapter") for c in cs)}
    if differ & inserts:
        differ |= inserts  # a new article's number depends on the articles inserted before it
    annexes = sorted(k for k in differ if k.startswith(("별표", "별지")))
    if annexes:  # the corpus holds no annex text: what the sentence says is all there is to compare
        which = _sentence_for(read, annexes[0])
        raise SelfCheckError(
            f"self-check: the 개정문 does not say what the spec does in {annexes[0]}: sentence «{which}» reads as "
            f"{replayed.get(annexes[0])} where the spec has {applied.get(annexes[0])}",
            path=statute.path, hint="no bill was written; report it with the spec")
    subset = [c for c in spec.changes if _key(c) in differ]
    keys = {k for k in differ if _article_key(k)} | {
        a.at for c in subset if c.kind == "insert_chapter" for a in c.articles}  # type: ignore[union-attr]
    reduced = _reduced(statute, keys)
    try:
        replay = apply_spec(reduced, spec.model_copy(update={"changes": subset})) if subset else None
    except AmendmentError as exc:
        which = _sentence_for(read, exc.address)
        raise SelfCheckError(
            f"self-check: the bill's sentence «{which}» cannot be replayed on the current law: {exc.detail}",
            path=statute.path, hint="no bill was written; report it with the spec") from None
    mine = {a.key: a for a in amended.statute.articles}
    theirs = {a.key: a for a in (replay.statute.articles if replay else statute.articles)}
    if replay is not None:
        keys |= set(replay.edits)  # a moved article is compared under its new number too
        if "제명" in differ and replay.statute.title != amended.statute.title:
            raise SelfCheckError(
                f"self-check: the 개정문 gives the law the title {replay.statute.title!r} where the spec gives "
                f"{amended.statute.title!r} (sentence «{_sentence_for(read, '제명')}»)",
                path=statute.path, hint="no bill was written; report it with the spec")
        divisions = sorted(k for k in differ if re.fullmatch(r"(?:제\d+(?:편|장|절|관)(?:의\d+)?)+", k))
        for label in divisions:
            got = [(a.key, a.heading_path) for a in replay.statute.articles if a.key in mine]
            want = [(a.key, mine[a.key].heading_path) for a in replay.statute.articles if a.key in mine]
            if got != want:
                raise SelfCheckError(
                    f"self-check: the 개정문 titles {label} otherwise than the spec (sentence «{_sentence_for(read, label)}»)",
                    path=statute.path, hint="no bill was written; report it with the spec")
    for key in sorted(keys, key=lambda k: _order(k, amended.statute)):
        a, b = mine.get(key), theirs.get(key)
        if a is None and b is None:
            continue
        if a is None or b is None or _quoted(a) != _quoted(b) or a.deleted != b.deleted:
            which = _sentence_for(read, key)
            expected = _quoted(a) if a is not None else "(no such article)"
            got = _quoted(b) if b is not None else "(no such article)"
            raise SelfCheckError(
                f"self-check: the 개정문 does not say what the spec does at {key}: sentence «{which}» makes\n"
                f"    {got[:300]}\n  where the spec makes\n    {expected[:300]}",
                path=statute.path, hint="no bill was written; report it with the spec")
    if any(k.startswith("장:") for k in differ):
        new_heads = {(h.level, h.number, h.title) for h in amended.statute.headings}
        replay_heads = {(h.level, h.number, h.title) for h in (replay.statute.headings if replay else [])}
        if new_heads - {(h.level, h.number, h.title) for h in statute.headings} != replay_heads - {
                (h.level, h.number, h.title) for h in statute.headings}:
            raise SelfCheckError("self-check: the 개정문 and the spec make different chapter headings",
                                 path=statute.path, hint="no bill was written; report it with the spec")
    return []


def _key(change) -> str:  # noqa: ANN001 - a spec change
    if change.kind == "insert_chapter":
        return f"장:{change.at}"
    return _article_key(change.at) or change.at


def _by_article(changes: list) -> dict[str, list[dict]]:
    """The changes of each article as the engine acts on them, in a canonical form (see
    :func:`_canonical`); replaces of distinct provisions commute, so they are sorted."""
    return _grouped([(_key(c), _canonical(c.kind, c.at, c.model_dump(by_alias=True, exclude_defaults=True)))
                     for c in changes])


def _by_article_data(changes: list[dict]) -> dict[str, list[dict]]:
    """The same for changes in the spec's one-key form (what the reader gives), before validation."""
    out = []
    for item in changes:
        ((kind, body),) = item.items()
        data = dict(body)
        if kind == "retitle" and isinstance(data.get("heading"), str):  # as the spec stores it
            heading = data["heading"].strip()
            data["heading"] = heading[1:-1].strip() if heading.startswith("(") and heading.endswith(")") else heading
        key = f"장:{data['at']}" if kind == "insert_chapter" else (_article_key(data["at"]) or data["at"])
        out.append((key, _canonical(kind, data["at"], data)))
    return _grouped(out)


def _grouped(pairs: list[tuple[str, dict]]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for key, data in pairs:
        out.setdefault(key, []).append(data)
    for key, group in out.items():
        ats = [c["at"] for c in group]
        if all(c["kind"] == "replace" for c in group) and not any(
                a != b and b.startswith(a) for a in ats for b in ats):
            out[key] = sorted(group, key=lambda c: c["at"])  # stable: same provision keeps its order
    return out


def _canonical(kind: str, at: str, data: dict) -> dict:
    """A change as plain data, its new text in the form the engine reads it: lines stripped,
    empty lines dropped (:mod:`drafter.amend.textparse` ignores both), the provision's own
    marker (``⑤``, ``17.``, ``가.``) dropped, an article's label dropped and its heading taken
    as ``heading`` (``제35조의2(제목) …`` and ``heading: 제목`` + ``…`` are one article)."""
    data = dict(data) | {"kind": kind}
    text = data.get("text")
    if kind in ("insert", "rewrite") and isinstance(text, str) and _article_key(at):
        lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
        body = "\n".join(lines)
        addr = parse_address(at)
        if addr.hang is None and addr.ho is None:
            label, heading, rest = split_label(body)
            if label == addr.article_label:
                body = rest
                if heading is not None and data.get("heading") in (None, heading):
                    data["heading"] = heading
        else:
            head, marker, rest = _classify(lines[0]) if lines else ("text", None, "")
            own = "mok" if addr.mok is not None else "ho" if addr.ho is not None else "hang"
            number = addr.mok if own == "mok" else addr.ho if own == "ho" else str(addr.hang)
            if head == own and marker is not None and (
                    str(_hang_number(marker)) if own == "hang" else marker) == number:
                body = "\n".join([rest, *lines[1:]])
        data["text"] = body
    return data


def _order(key: str, statute: Statute) -> tuple[int, int, int]:
    try:
        addr = parse_address(key)
    except DrafterError:  # pragma: no cover - keys come from parsed articles
        return (10**9, 0, 0)
    return (addr.article or 0, addr.branch or 0, addr.occurrence)


def _sentence_for(read: list, key: str | None) -> str:
    """The first sentence whose first address names the article of ``key``."""
    art = (_article_key(key) or key or "").split("#")[0] if key else ""
    for sent in read:
        for clause in sent.clauses:
            if clause.chapter and clause.chapter == key:
                return sent.text
            for ref in clause.refs or ([clause.container] if clause.container else []):
                if ref is not None and ref.levels and (ref.levels[0][1] == art or (
                        ref.levels[0][0] == "별표" and key and key.startswith(ref.levels[0][1]))):
                    return sent.text
    return read[0].text if read else ""
