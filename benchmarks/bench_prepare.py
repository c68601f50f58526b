"""Benchmark: the spec preparation every bill runs (edits derived, replaces widened to their particle).

Two specs on police-act, each timed against applying the prepared spec (the engine's own
work, the baseline of the same run):

* **widen** — 50 word replacements by ``위원회`` (a vowel ending), so that every one whose
  word the law follows with 은/이/을/과/으로 … needs its particle quoted; Kiwi's cache of
  analysed provisions is emptied before each repeat (the cost of a first render);
* **edit** — one ``edit`` per article (28 on police-act; edits of one article would overlap),
  each a provision with its middle word changed, derived into replacements (word diff,
  uniqueness, replay of the derived changes).

    python benchmarks/bench_prepare.py [--corpus ../shared/corpus] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from drafter.amend import AmendmentSpec, Edit, Replace, apply_spec
from drafter.amend.bill import prepare_spec
from drafter.amend.edit import word_spans
from drafter.amend.widen import particle_units, provision_address
from drafter.corpus.corpus import Corpus
from drafter.corpus.models import Statute
from drafter.corpus.statute_render import render_node
from drafter.text.tokenizer import get_kiwi

ROOT = Path(__file__).resolve().parent.parent


def _provisions(statute: Statute):  # noqa: ANN202 - (article, node) pairs
    for art in statute.articles:
        for node in art.walk():
            if not node.deleted and node.number is not None and node.level != "subitem" and "\n" not in node.text:
                yield art, node


def widen_spec_of(statute: Statute) -> AmendmentSpec:
    changes = []
    for art, node in _provisions(statute):
        words = [node.text[a:b] for a, b in word_spans(node.text)]
        stems = [w[:-1] for w in words if len(w) >= 3 and w.isalpha()]
        old = next((x for x in stems if sum(m.text.count(x) for m in node.walk()) == 1), None)
        if old:
            changes.append(Replace(at=provision_address(art, node), old=old, new="위원회"))
        if len(changes) == 50:
            break
    return AmendmentSpec(law=statute.doc_id, changes=changes)


def edit_spec_of(statute: Statute) -> AmendmentSpec:
    changes, seen = [], set()
    for art, node in _provisions(statute):
        if art.key in seen:
            continue
        spans = word_spans(node.text)
        if len(spans) < 4:
            continue
        a, b = spans[len(spans) // 2]
        own = node.text[:a] + "개정된" + node.text[b:]
        kids = render_node(node).split("\n")[1:]
        changes.append(Edit(at=provision_address(art, node), text="\n".join([own, *kids])))
        seen.add(art.key)  # one edit per article: edits of one article would overlap
        if len(changes) == 50:
            break
    return AmendmentSpec(law=statute.doc_id, changes=changes)


def timed(fn, repeat: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    statute = Corpus.load(args.corpus, only={"police-act"}).statute("police-act")
    get_kiwi()  # loaded once per process; not part of the figures
    for name, spec in (("widen", widen_spec_of(statute)), ("edit", edit_spec_of(statute))):
        prepared = prepare_spec(statute, spec)
        kinds = {}
        for ch in prepared.spec.changes:
            kinds[ch.kind] = kinds.get(ch.kind, 0) + 1

        def prepare(spec: AmendmentSpec = spec) -> None:
            particle_units.cache_clear()
            prepare_spec(statute, spec)

        base = timed(lambda p=prepared: apply_spec(statute, p.spec), args.repeat)
        prep = timed(prepare, args.repeat)
        print(f"{name}: {len(spec.changes)} changes -> {kinds}, {len(prepared.notes)} notes")
        print(f"  apply (baseline)  best {min(base):7.1f} ms  median {statistics.median(base):7.1f} ms")
        print(f"  prepare           best {min(prep):7.1f} ms  median {statistics.median(prep):7.1f} ms"
              f"  ({statistics.median(prep) / statistics.median(base):.2f} x apply)")


if __name__ == "__main__":
    main()
