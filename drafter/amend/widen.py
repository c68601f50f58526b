"""Particles in the law text: widen a replacement whose new words change the particle after them.

A ``replace`` swaps words inside a sentence of the law. When the law has a
particle (조사) right after the old words and the new words end in another
sound, the particle left in the law no longer fits: ``"경찰청장"`` →
``"자치경찰위원회"`` where the law reads ``경찰청장은`` would leave
``자치경찰위원회은``. Drafters quote the particle with the words (the corpus
부칙 hold e.g. ``"과학기술정보통신부장관이"를 "방송미디어통신위원회가"로``,
``"건설기술자는"을 "건설기술인은"으로``, ``"원격의료를"을 "비대면협진을"으로``), and so does
:func:`widen_spec`, a pure step on the spec run before it is applied:

* the particles that alternate with the final sound are those of
  :data:`drafter.amend.particles.ALTERNATING_PARTICLES`: 은/는, 이/가, 을/를,
  과/와, 으로/로 (also 으로서, 으로써, 으로부터), 이나/나, 이며/며, 이고/고, 이라/라,
  이란/란, 이라는/라는, 이라고/라고; :func:`~drafter.amend.particles.fitting_particle`
  picks the form that fits the new words;
* a particle counts only when Kiwi reads it as one: a particle (``J…``) or
  the copula with its ending (``이며``, ``이고``, ``이나``; after a vowel ``며``,
  ``고``, ``나``), starting right where the old words end in the law.
  ``경찰청장이다``, ``과장``, ``이나마`` … are not particles of ``경찰청장``;
* closing brackets and quote marks (``」``, ``"``) and a parenthetical directly
  after the words are part of the quote: the particle follows the word before
  them (``"경찰관(… 이하 같다)은"`` → ``"경찰공무원(… 이하 같다)은"``); a quoted
  closing bracket takes its opening one along (``"「경찰법」은"``), a quoted
  closing quote mark the word before its opening one (``"이하 "의장"이라"``);
* when the occurrences of the old words (``all: true``) need different
  widenings, the replace is split: one per particle (each quoting its
  particle) when every occurrence has one, otherwise one per provision when
  each provision's occurrences agree; when neither works, an
  :class:`~drafter.amend.errors.AmendmentError` with reason ``particle`` says
  which occurrences differ and what to write;
* a ``new`` that itself ends in a particle that does not fit it, where the
  law has the particle after the old words (``"경찰청장은"`` →
  ``"자치경찰위원회은"``), is the same defect written by hand: an error with
  reason ``particle`` that names the form to write.

The replacements derived from an ``edit`` are not widened: the edit's text is the law as the
drafter wants it (a particle there that does not fit is reported in a note, with the form to
write). Every widening adds a note (``Widening.notes``) naming the change and the
quote it now carries; the JSON of ``drafter render`` lists them under
``notes``. Kiwi is the project's one instance (:mod:`drafter.text.tokenizer`)
and is only asked when an alternating particle follows the old words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from drafter.amend.errors import AmendmentError
from drafter.amend.particles import alternating_pair, fitting_particle, particle_fits
from drafter.amend.parts import halves, occurrences
from drafter.amend.spec import AmendmentSpec, Change, Replace
from drafter.amend.tree import find_path, levels_of
from drafter.corpus.corpus import find_node
from drafter.corpus.models import Article, Hang, Node, Statute
from drafter.errors import AddressError

__all__ = ["Widening", "widen_spec", "particle_at", "particle_units", "provision_address"]

_CLOSERS = "」』〉》]\"”"  # a closing quote mark too: (이하 "시ㆍ도지사"라 한다)
_OPENERS = {"」": "「", "』": "『", "〉": "〈", "》": "《", "]": "[", '"': '"', "”": "“"}


# -- Kiwi: where the particles of a text are -----------------------------------------------


@lru_cache(maxsize=512)
def particle_units(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the particles of ``text`` as Kiwi reads them: each particle token
    (``J…``), and the copula with the endings that follow it (``이며``, ``이고``, ``이나``,
    or ``며``/``고``/``나`` after a vowel, where Kiwi writes the copula with no width)."""
    from drafter.text.tokenizer import get_kiwi  # the project's one Kiwi instance

    tokens = get_kiwi().tokenize(text)
    units: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        tag = str(tok.tag)
        if tag.startswith("J"):
            units.append((tok.start, tok.start + tok.len))
        elif tag == "VCP":
            end = tok.start + tok.len
            j = i + 1
            while j < len(tokens) and str(tokens[j].tag).startswith("E") and tokens[j].start <= end:
                end = tokens[j].start + tokens[j].len
                j += 1
            if end > tok.start:
                units.append((tok.start, end))
            i = j
            continue
        i += 1
    return tuple(units)


def particle_at(text: str, pos: int) -> str | None:
    """The particle that starts at ``text[pos]`` (Kiwi), or None."""
    for start, end in particle_units(text):
        if start == pos:
            return text[start:end]
    return None


def _skip_closers(text: str, pos: int) -> int:
    """Past closing brackets and one parenthetical right after ``pos`` (the particle follows
    the word before them)."""
    while pos < len(text) and text[pos] in _CLOSERS:
        pos += 1
    if pos < len(text) and text[pos] == "(":
        depth = 0
        for k in range(pos, len(text)):
            if text[k] == "\n":
                return pos
            if text[k] == "(":
                depth += 1
            elif text[k] == ")":
                depth -= 1
                if depth == 0:
                    pos = k + 1
                    break
        else:
            return pos
    while pos < len(text) and text[pos] in _CLOSERS:
        pos += 1
    return pos


def _word_before(text: str, pos: int) -> str:
    """The word (and the spaces after it) that ends right before ``text[pos]``: ``이하 `` in
    ``(이하 "청장"이라 한다)``; "" at the start or after an opening bracket."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    w = j
    while w > 0 and not text[w - 1].isspace() and text[w - 1] not in "(「『":
        w -= 1
    return text[w:pos] if w < j else ""


def _candidate(text: str, pos: int) -> str | None:
    """An alternating particle spelled at ``text[pos]`` (longest first), before asking Kiwi."""
    from drafter.amend.particles import ALTERNATING_PARTICLES

    for pair in ALTERNATING_PARTICLES:
        for form in pair:
            if text.startswith(form, pos):
                return form
    return None


def _following(text: str, end: int, new: str) -> tuple[str, str | None]:
    """(brackets/parenthetical between, particle) after the words that end at ``end``; the
    particle only when its spelled form would not fit ``new`` (Kiwi is asked only then: the
    forms of one sound class start alike, so a fitting spelling cannot hide a misfit)."""
    pos = _skip_closers(text, end)
    skip = text[end:pos]
    spelled = _candidate(text, pos)
    if spelled is None or particle_fits(spelled, new):
        return skip, None
    return skip, particle_at(text, pos)


# -- addresses ------------------------------------------------------------------------------


def provision_address(article: Article, node: Node | None) -> str:
    """The address of ``node`` in ``article`` as a change names it (``제8조``, ``제8조제2항제1호``;
    the unnumbered 항 of a single-항 article is the article)."""
    if node is None:
        return article.key
    path = find_path(article, node) or []
    return article.key + "".join(lab for _, lab in levels_of(article, path)[1:])


def _scope(statute: Statute, ch: Replace) -> tuple[Article, list[tuple[Node, int, int]]] | None:
    """Where the engine looks for ``ch.old`` (see :meth:`drafter.amend.apply._Engine.replace`)."""
    try:
        art, node = find_node(statute, ch.address)
    except (AddressError, ValueError):
        return None
    if art.deleted or (node is not None and node.deleted):
        return None
    if ch.part is not None:
        part_node = node
        if part_node is None and len(art.hangs) == 1 and art.hangs[0].number is None:
            part_node = art.hangs[0]
        if part_node is None:
            return None
        if ch.part in ("각 호 외의 부분", "각 목 외의 부분"):  # the lead text: the node's own words
            return art, [(part_node, 0, len(part_node.text))]
        h = halves(part_node.text)
        rng = h.range_of(ch.part) if h else None
        if rng is None:
            return None
        return art, [(part_node, rng[0], rng[1])]
    nodes = list(node.walk()) if node is not None else list(art.walk())
    return art, [(n, 0, len(n.text)) for n in nodes if not n.deleted]


# -- the step -------------------------------------------------------------------------------


@dataclass
class Widening:
    """The spec after widening, where each change came from, and what was done."""

    spec: AmendmentSpec
    origins: list[int] = field(default_factory=list)  # 1-based index of the input change of each output change
    notes: list[str] = field(default_factory=list)


def _where(ch: Replace, index: int) -> str:
    return f"change {index} (replace at {ch.at})"


def widen_spec(statute: Statute, spec: AmendmentSpec, origins: list[int] | None = None,
               exact: set[int] | None = None) -> Widening:
    """Widen every ``replace`` of ``spec`` whose new words would leave a wrong particle in the law.

    ``origins`` (1-based, one per change) maps the changes back to the spec the user wrote when
    an earlier step (edit expansion) already derived them; errors and notes name those numbers.
    ``exact`` holds the 1-based numbers (in ``origins``) of ``edit`` changes: their text is the
    law as the drafter wants it, so their replacements are not widened; a particle that does not
    fit there is reported in a note instead.
    """
    origins = origins or list(range(1, len(spec.changes) + 1))
    exact = exact or set()
    out: list[Change] = []
    out_origins: list[int] = []
    notes: list[str] = []
    for ch, origin in zip(spec.changes, origins):
        if isinstance(ch, Replace) and ch.new and getattr(ch, "target", "provision") == "provision":
            if origin in exact:
                _report_misfit(statute, ch, origin, notes)
                widened = [ch]
            else:
                widened = _widen_one(statute, ch, origin, notes)
        else:
            widened = [ch]
        out.extend(widened)
        out_origins.extend([origin] * len(widened))
    if out == list(spec.changes):
        return Widening(spec=spec, origins=origins, notes=notes)
    return Widening(spec=spec.model_copy(update={"changes": out}), origins=out_origins, notes=notes)


def _report_misfit(statute: Statute, ch: Replace, index: int, notes: list[str]) -> None:
    """A replacement derived from an edit that leaves a particle that does not fit: a note."""
    try:
        widened = _widen_one(statute, ch, index, [])
    except AmendmentError as exc:
        notes.append(f"change {index} (edit at {ch.at}): {exc.detail}" + (f"; {exc.hint}" if exc.hint else ""))
        return
    for other in widened:
        if isinstance(other, Replace) and other.old != ch.old:
            notes.append(f"change {index} (edit at {ch.at}): the text reads {ch.new + other.old[len(ch.old):]!r}; "
                         f"the particle does not fit — write {other.new!r}")


def _widen_one(statute: Statute, ch: Replace, index: int, notes: list[str]) -> list[Change]:
    found = _scope(statute, ch)
    if found is None:
        return [ch]  # the engine reports the bad address
    art, scope = found
    hits: list[tuple[Node, int]] = []
    for n, a, b in scope:
        hits += [(n, i) for i in occurrences(n.text, ch.old, a, b)]
    if not hits or (len(hits) > 1 and not ch.all_):
        return [ch]  # the engine reports not-found / ambiguous
    _check_hand_written(ch, index, hits)
    # what follows each occurrence in the law
    follows: list[tuple[str, str | None]] = [_following(n.text, i + len(ch.old), ch.new) for n, i in hits]
    keys: list[tuple[str, str] | None] = []  # (skip, particle) that must be quoted, or None
    for skip, particle in follows:
        if particle is not None and alternating_pair(particle) is not None and not particle_fits(particle, ch.new):
            keys.append((skip, particle))
        else:
            keys.append(None)
    if all(k is None for k in keys):
        return [ch]
    if len(set(keys)) == 1:
        skip, particle = keys[0]  # type: ignore[misc]
        fit = fitting_particle(particle, ch.new)
        # a closing bracket or quote mark quoted takes its opening one along: "「경찰법」은", not "경찰법」은"
        opener = "".join(_OPENERS[c] for c in reversed(skip) if c in _OPENERS)
        if not opener or not all(n.text[max(0, i - len(opener)):i] == opener for n, i in hits):
            opener = ""
        elif opener[0] in "\"“":  # a quote does not open a quote: take the word before it (이하 "…"이라)
            fronts = {_word_before(n.text, i - len(opener)) + opener for n, i in hits}
            # …unless that word holds quote marks itself ("위원장"으로, "국회"는): then the quote holds the
            # quoted word whole, as the corpus 부칙 write it (""주민등록지인 시ㆍ군ㆍ구"는"을)
            opener = fronts.pop() if len(fronts) == 1 and not any(
                q in f[:-len(opener)] for f in fronts for q in "\"“”") else opener
        new = ch.model_copy(update={"old": opener + ch.old + skip + particle, "new": opener + ch.new + skip + fit})
        notes.append(f"{_where(ch, index)}: the law reads {new.old!r}; quoted "
                     f"{new.old!r} → {new.new!r} so that the particle fits ({fit}, not {particle})")
        return [new]
    return _split(statute, art, ch, index, hits, follows, keys, notes)


def _split(statute: Statute, art: Article, ch: Replace, index: int, hits: list[tuple[Node, int]],
           follows: list[tuple[str, str | None]], keys: list, notes: list[str]) -> list[Change]:
    """Occurrences that need different quotes: one replace per particle, or per provision."""
    # (a) every occurrence has a particle (any: 의, 에 … too): one replace per particle, each quoting it
    generic: list[tuple[str, str | None]] = []
    for (n, i), (skip, particle) in zip(hits, follows):
        if particle is None:
            pos = i + len(ch.old)
            particle = particle_at(n.text, pos + len(skip)) or particle_at(n.text, pos)
            if particle is not None and not n.text.startswith(skip + particle, pos):
                skip = ""
        generic.append((skip, particle))
    if all(p is not None for _, p in generic):
        follows = generic
        groups: dict[tuple[str, str], list[int]] = {}
        for k, (skip, particle) in enumerate(follows):
            groups.setdefault((skip, particle), []).append(k)  # type: ignore[arg-type]
        olds = [ch.old + s + p for s, p in groups]
        clash = any(a != b and b.startswith(a) for a in olds for b in olds)
        if not clash:
            out: list[Change] = []
            for (skip, particle), members in groups.items():
                fit = fitting_particle(particle, ch.new)
                out.append(ch.model_copy(update={"old": ch.old + skip + particle, "new": ch.new + skip + fit,
                                                 "all_": len(members) > 1}))
            if _replays(statute, art, ch, out, hits, follows):
                notes.append(f"{_where(ch, index)}: the particles after {ch.old!r} differ in the law; split into "
                             + ", ".join(f"{c.old!r} → {c.new!r}" for c in out))  # type: ignore[union-attr]
                return out
    # (b) one replace per provision, when each provision's occurrences agree
    by_node: dict[int, list[int]] = {}
    for k, (n, _) in enumerate(hits):
        by_node.setdefault(id(n), []).append(k)
    if len(by_node) > 1 and all(len({keys[k] for k in members}) == 1 for members in by_node.values()):
        out = []
        for members in by_node.values():
            node = hits[members[0]][0]
            key = keys[members[0]]
            at = provision_address(art, None if (isinstance(node, Hang) and node.number is None) else node)
            update: dict = {"at": at, "all_": len(members) > 1}
            if key is not None:
                skip, particle = key
                update |= {"old": ch.old + skip + particle, "new": ch.new + skip + fitting_particle(particle, ch.new)}
            out.append(Replace.model_validate({**ch.model_dump(by_alias=False), **update}))
        if _replays(statute, art, ch, out, hits, follows):
            notes.append(f"{_where(ch, index)}: the particle after {ch.old!r} must change in some provisions only; "
                         "split by provision: " + ", ".join(f"{c.at} {c.old!r} → {c.new!r}" for c in out))  # type: ignore[union-attr]
            return out
    bad = [f"{provision_address(art, n)}: {n.text[i:i + len(ch.old)] + s + (p or '')!r}"
           for (n, i), (s, p) in zip(hits, follows)]
    raise AmendmentError(
        f"{ch.old!r} is followed by particles that {ch.new!r} needs in different forms, and the "
        f"occurrences cannot be told apart: {'; '.join(bad)}",
        index=index, kind="replace", address=ch.at, reason="particle", path=statute.path,
        hint="write one replace per occurrence with its particle in old and new (e.g. old: "
        f"\"{ch.old}은\", new: \"{ch.new}{fitting_particle('은', ch.new)}\"), narrowing at to the provision",
    )


def _replays(statute: Statute, art: Article, ch: Replace, out: list[Change], hits: list[tuple[Node, int]],
             follows: list[tuple[str, str | None]]) -> bool:
    """Does the split give the law the original replace meant, with fitting particles?"""
    from drafter.amend.apply import apply_spec

    expected: dict[int, str] = {}
    by_node: dict[int, list[int]] = {}
    for k, (n, _) in enumerate(hits):
        by_node.setdefault(id(n), []).append(k)
    for members in by_node.values():
        node = hits[members[0]][0]
        text = node.text
        for k in sorted(members, key=lambda m: hits[m][1], reverse=True):
            i = hits[k][1]
            skip, particle = follows[k]
            tail = i + len(ch.old) + len(skip)
            if particle is not None:
                fit = fitting_particle(particle, ch.new)
                text = text[:i] + ch.new + skip + fit + text[tail + len(particle):]
            else:
                text = text[:i] + ch.new + text[i + len(ch.old):]
        expected[id(node)] = text
    mini = statute.model_copy(update={"articles": [art]})
    try:
        amended = apply_spec(mini, AmendmentSpec(law=statute.doc_id, changes=out))
    except AmendmentError:
        return False
    work = amended.statute.articles[0]
    for orig, new in zip(art.walk(), work.walk()):
        if new.text != expected.get(id(orig), orig.text):
            return False
    return True


def _check_hand_written(ch: Replace, index: int, hits: list[tuple[Node, int]]) -> None:
    """``"경찰청장은"`` → ``"자치경찰위원회은"``: a particle written into new that does not fit it."""
    from drafter.amend.particles import ALTERNATING_PARTICLES

    for pair in ALTERNATING_PARTICLES:
        old_form = next((f for f in sorted(pair, key=len, reverse=True) if ch.old.endswith(f)), None)
        new_form = next((f for f in sorted(pair, key=len, reverse=True) if ch.new.endswith(f)), None)
        if old_form is None or new_form is None:
            continue
        stem = ch.new[: -len(new_form)]
        if len(stem) < 2 or particle_fits(new_form, stem):
            return
        right = stem + fitting_particle(new_form, stem)
        # both must really be particles: in the law after the old words (Kiwi), and after the
        # stem of new (a word that merely ends in the same syllable, 국가, is none)
        n, i = hits[0]
        end = i + len(ch.old)
        in_law = any(e == end and s_ == end - len(old_form) for s_, e in particle_units(n.text))
        in_new = any(e == len(right) and s_ == len(stem) for s_, e in particle_units(right))
        if in_law and in_new:
            raise AmendmentError(
                f"new {ch.new!r} ends in the particle {new_form}, which does not fit {stem!r}",
                index=index, kind="replace", address=ch.at, reason="particle", hint=f"write new: {right!r}",
            )
        return
