"""Real 개정문 sentences from the corpus 부칙, and a check that the renderer writes them.

The reference statutes' 부칙 hold blocks ``<법률명> 일부를 다음과 같이 개정한다.`` followed by
real amendment sentences written by legislative drafters. This script

1. extracts every such sentence with its file and line (``extract``);
2. names its form (``classify``: replace/strike/delete/rewrite/insert/title/…, lists, ranges, …);
3. for the forms it can rebuild, synthesises a tiny statute holding the provisions and the
   quoted words the sentence names, plus the spec that makes the same change
   (one ``replace`` per provision and pair, as a drafter would write the spec), renders it
   and compares the first line of each rendered sentence with the real one.

    .venv/bin/python scripts/real_sentences.py                 # figures per form
    .venv/bin/python scripts/real_sentences.py --failures 20   # and the first 20 misses
    .venv/bin/python scripts/real_sentences.py --list          # every sentence with its form

Sentences it cannot rebuild (nested quotes, annex tables, 부칙 of other laws, …) are counted as
"skipped" per form, never as passes. Used by tests/test_amend_forms.py on a sample.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

OPENING = "일부를 다음과 같이 개정한다"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MOKS = "가나다라마바사아자차카타파하"


@dataclass
class RealSentence:
    file: str
    line: int
    text: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def extract(corpus: Path) -> list[RealSentence]:
    """Every sentence that follows an ``… 일부를 다음과 같이 개정한다.`` line, up to the next 항/조/heading."""
    out: list[RealSentence] = []
    for path in sorted((corpus / "statutes").glob("*.md")):
        inside = False
        for no, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            line = raw.strip()
            if OPENING in line:
                inside = True
                continue
            if not inside or not line:
                continue
            if line[0] in CIRCLED or re.match(r"^제\d+조(의\d+)?\(", line) or line.startswith(("#", "**")):
                inside = False
                continue
            if re.match(r"^(제\d+|별표|별지|제명|부칙|같은 표|법률 제)", line) and line.endswith("한다."):
                out.append(RealSentence(path.name, no, line))
    return out


def classify(text: str) -> str:
    """A coarse name of the sentence's form."""
    if text.startswith(("부칙", "법률 제")):
        return "부칙 of another law (unsupported)"
    if text.startswith(("별표", "별지", "같은 표")) or "별표" in text.split(" 중 ")[0]:
        return "annex (별표/별지)"
    if text.startswith("제명"):
        return "law title (제명)"
    if re.match(r"^제\d+(편|장)", text):
        return "편/장/절 heading or insert"
    clauses = len(re.findall(r"(하고|하며|삭제하고|삭제하며|신설하고|신설하며), ", text)) + 1
    head = text.split(' 중 "')[0] if ' 중 "' in text else text
    if clauses > 1:
        return "compound (하고/하며)"
    if "제목 외의 부분" in text:
        return "제목 외의 부분"
    if "의 제목" in head:
        return "heading (제목)"
    if text.endswith("삭제한다.") and ' 중 "' not in text:
        return "delete (삭제)" + (", several" if "각각" in text else "")
    if text.endswith("신설한다."):
        return "insert (신설)" + (", several" if "각각" in text else "")
    if text.endswith("다음과 같이 한다."):
        return "rewrite (다음과 같이 한다)" + (" of a half" if re.search(r"(전단|후단|본문|단서)(을|를) 다음", text) else "")
    if re.search(r"(을|를) (각각 )?제\d+(조|항|호)", head):
        return "renumber"
    if ' 중 "' in text:
        several = any(x in head for x in (" 및 ", "ㆍ", "까지", ", "))
        if several:
            if "까지" in head:
                return "same replace, several provisions: range"
            if "ㆍ" in head:
                return "same replace, several provisions: ㆍ"
            return "same replace, several provisions (각각)"
        if re.search(r'"(을|를) (각각 )?"[^"]*"(으로|로), "', text):
            return "several replaces in one provision"
        if "각각" in text:
            return "each occurrence (각각)"
        if re.search(r"[가-하]목\d+\)", head):
            return "single replace: sub-item"
        return "single replace"
    return "other"


# -- parsing the address list of a sentence ---------------------------------------------------

_PARTS = ("전단", "후단", "본문", "단서")


@dataclass
class Prov:
    article: str  # 제35조의2
    levels: list[tuple[str, str]] = field(default_factory=list)  # [("항", "2"), ("호", "3"), ("목", "가")]
    part: str | None = None  # 전단, 후단, 본문, 단서, "전단 및 후단"
    outside: bool = False  # 각 호/목 외의 부분
    heading: bool = False


_LEVEL_RE = re.compile(r"제(\d+)(항)|제(\d+(?:의\d+)?)(호)|([가-하])(목)")


def _levels(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _LEVEL_RE.finditer(text):
        if m.group(2):
            out.append(("항", m.group(1)))
        elif m.group(4):
            out.append(("호", m.group(3)))
        else:
            out.append(("목", m.group(5)))
    return out


def _one(elem: str, prev: Prov | None) -> list[Prov] | None:
    """One element of a list (``제3조제2항 단서``, ``같은 조 제3항``, ``제4항``, ``제2항부터 제4항까지``)."""
    elem = elem.strip()
    part = None
    outside = False
    for both in ("전단 및 후단", "본문 및 단서", "전단ㆍ후단", "본문ㆍ단서"):
        if elem.endswith(" " + both):
            part, elem = both.replace("ㆍ", " 및 "), elem[: -len(both) - 1]
    for p in _PARTS:
        if elem.endswith(" " + p):
            part, elem = p, elem[: -len(p) - 1]
    if elem.endswith((" 각 호 외의 부분", " 각 목 외의 부분")):
        outside, elem = True, elem[: -len(" 각 호 외의 부분")]
    heading = False
    if elem.endswith("의 제목") or elem == "같은 조 제목":
        heading, elem = True, elem.removesuffix("의 제목").removesuffix(" 제목")
    rng = re.match(r"^(.*)부터 (.*)까지$", elem)
    if rng:
        first = _one(rng.group(1), prev)
        if not first or len(first) != 1:
            return None
        last = _one(rng.group(2), first[0])
        if not last or len(last) != 1:
            return None
        a, b = first[0], last[0]
        if a.levels and b.levels and a.levels[-1][0] == b.levels[-1][0] and a.levels[-1][1].isdigit():
            return [Prov(a.article, a.levels[:-1] + [(a.levels[-1][0], str(n))])
                    for n in range(int(a.levels[-1][1]), int(b.levels[-1][1]) + 1)]
        if not a.levels and not b.levels:
            na, nb = re.match(r"제(\d+)조$", a.article), re.match(r"제(\d+)조$", b.article)
            if na and nb:
                return [Prov(f"제{n}조") for n in range(int(na.group(1)), int(nb.group(1)) + 1)]
        return None
    m = re.match(r"^(제\d+조(?:의\d+)?)(.*)$", elem)
    if m:
        prov = Prov(m.group(1), _levels(m.group(2)))
        if re.sub(r"제\d+(?:의\d+)?[항호]|[가-하]목", "", m.group(2)).strip():
            return None
    elif elem.startswith("같은 조") and prev is not None:
        prov = Prov(prev.article, _levels(elem[len("같은 조"):]))
    elif elem.startswith("같은 항") and prev is not None:
        hang = [lv for lv in prev.levels if lv[0] == "항"]
        prov = Prov(prev.article, hang + _levels(elem[len("같은 항"):]))
    elif prev is not None and _levels(elem) and re.fullmatch(r"(제\d+(?:의\d+)?[항호]|[가-하]목)+", elem):
        own = _levels(elem)
        kinds = [k for k, _ in prev.levels]
        if own[0][0] not in kinds:
            return None
        cut = kinds.index(own[0][0])
        prov = Prov(prev.article, prev.levels[:cut] + own)
    else:
        return None
    prov.part, prov.outside, prov.heading = part, outside, heading
    return [prov]


def parse_list(text: str) -> list[Prov] | None:
    """The provisions a list names, in order (None when the list has a form this parser skips)."""
    text = text.replace(" 전단 및 후단", " 전단ㆍ후단").replace(" 본문 및 단서", " 본문ㆍ단서")
    elems: list[str] = []
    for chunk in re.split(r", | 및 ", text):
        # ㆍ joins siblings (제1항ㆍ제2항), not the halves (전단ㆍ후단)
        pieces = re.split(r"ㆍ(?!(?:후단|단서))", chunk)
        elems.extend(pieces)
    out: list[Prov] = []
    prev: Prov | None = None
    for elem in elems:
        got = _one(elem, prev)
        if got is None:
            return None
        out.extend(got)
        prev = got[-1]
    return out


# -- synthesis -----------------------------------------------------------------------------

_PAIR_RE = re.compile(r'"([^"]+)"(?:을|를) (각각 )?"([^"]*)"(?:으로|로)')


@dataclass
class Case:
    statute: str
    changes: list[dict]


def _addr(p: Prov, single_hang: bool) -> str:
    parts = [p.article]
    for kind, num in p.levels:
        if kind == "항":
            parts.append(f"제{num}항")
        elif kind == "호":
            base, _, br = num.partition("의")
            parts.append(f"제{base}호" + (f"의{br}" if br else ""))
        else:
            parts.append(f"{num}목")
    return "".join(parts)


class _Law:
    """The provisions a synthetic statute needs, and the words each must hold."""

    def __init__(self) -> None:
        self.articles: dict[str, dict] = {}

    def node(self, p: Prov) -> dict:
        art = self.articles.setdefault(p.article, {"heading": [], "kids": {}, "text": []})
        node = art
        for kind, num in p.levels:
            node = node["kids"].setdefault((kind, num), {"kids": {}, "text": []})
        return node

    def add_words(self, p: Prov, olds: list[tuple[str, int]]) -> None:
        """``olds``: (words, how often)."""
        if p.heading:
            art = self.articles.setdefault(p.article, {"heading": [], "kids": {}, "text": []})
            art["heading"] += [w for w, n in olds for _ in range(n)]
            return
        node = self.node(p)
        words = [w for w, n in olds for _ in range(n)]
        node.setdefault("halves", {})
        if p.part:
            for half in p.part.split(" 및 "):
                node["halves"].setdefault(half, []).extend(words if " 및 " not in p.part else words[: max(1, len(words) // 2)] if half in ("전단", "본문") else words[max(1, len(words) // 2):] or words)
        else:
            node["text"].extend(words)
        if p.outside:
            node["needs_kids"] = True

    def render(self, title: str) -> str:
        lines = ["---", f"제목: {title}", "법령구분: 법률", "공포일자: 2024-01-02", "공포번호: '19999'",
                 "시행일자: 2024-07-03", "상태: 시행", "---", "", f"# {title}", ""]

        def sort_art(label: str) -> tuple[int, int]:
            m = re.match(r"제(\d+)조(?:의(\d+))?", label)
            assert m
            return int(m.group(1)), int(m.group(2) or 0)

        for label in sorted(self.articles, key=sort_art):
            art = self.articles[label]
            heading = " ".join(art["heading"]) + (" 등" if art["heading"] else "목적")
            lines += [f"##### {label} ({heading})", ""]
            hangs = {k: v for k, v in art["kids"].items() if k[0] == "항"}
            if hangs:
                top = max(int(n) for _, n in hangs)
                if art["text"]:
                    return ""  # words at article level of an article with 항: not rebuilt
                for n in range(1, top + 1):
                    node = hangs.get(("항", str(n)), {"kids": {}, "text": []})
                    lines += [f"**{CIRCLED[n - 1]}** " + self._text(node), ""]
                    lines += self._items(node)
            else:
                lines += [self._text(art), ""]
                lines += self._items(art)
        lines += ["## 부칙", "", "부칙 <제19999호,2024.1.2>", "", "이 법은 공포 후 6개월이 경과한 날부터 시행한다.", ""]
        return "\n".join(lines)

    @staticmethod
    def _sentence(words: list[str]) -> str:
        return (" ".join(f"{w}에 관한 사항과" for w in words) + " 그 밖의 사항은 대통령령으로 정한다.") if words else \
            "그 밖에 필요한 사항은 대통령령으로 정한다."

    def _text(self, node: dict) -> str:
        halves = node.get("halves") or {}
        if halves:
            if set(halves) & {"본문", "단서"}:
                first, second = halves.get("본문", []), halves.get("단서", [])
                return self._sentence(first + node["text"]) + " 다만, " + self._sentence(second)
            first, second = halves.get("전단", []), halves.get("후단", [])
            return self._sentence(first + node["text"]) + " 이 경우 " + self._sentence(second)
        lead = self._sentence(node["text"])
        if node["kids"] or node.get("needs_kids"):
            lead = lead.removesuffix(" 대통령령으로 정한다.").removesuffix("은") + "은 다음 각 호와 같다." \
                if node["text"] else "다음 각 호의 사항은 대통령령으로 정한다."
        return lead

    def _items(self, node: dict) -> list[str]:
        out: list[str] = []
        hos = {k: v for k, v in node["kids"].items() if k[0] == "호"}
        if node.get("needs_kids") and not hos:
            hos = {("호", "1"): {"kids": {}, "text": []}}
        if hos:
            nums = sorted({int(n.partition("의")[0]) for _, n in hos})
            for n in range(1, max(nums) + 1):
                for key in sorted((k for k in hos if k[1].partition("의")[0] == str(n)), key=lambda k: len(k[1])) or [("호", str(n))]:
                    sub = hos.get(key, {"kids": {}, "text": []})
                    label = key[1]
                    out.append(f"  {label}\\. " + self._text(sub).removesuffix(" 대통령령으로 정한다.").rstrip(".") + ("" if sub["kids"] else ""))
                    moks = {k: v for k, v in sub["kids"].items() if k[0] == "목"}
                    if moks or sub.get("needs_kids"):
                        top = max((MOKS.index(m) for _, m in moks), default=0)
                        for i in range(top + 1):
                            mk = moks.get(("목", MOKS[i]), {"kids": {}, "text": []})
                            out.append(f"    {MOKS[i]}\\. " + self._text(mk).removesuffix(" 대통령령으로 정한다.").rstrip("."))
            out.append("")
        return out


def synthesize(sentence: str) -> Case | None:
    """A statute and a spec for a one-clause sentence of a supported form, or None."""
    if sentence.count('"') % 2 or re.search(r"(하고|하며), ", sentence):
        return None
    law = _Law()
    changes: list[dict] = []
    m = re.match(r'^(.*?) 중 ("[^"].*)(?: 한다)\.$', sentence)
    if m and not m.group(1).startswith(("별표", "제명")) and "별표" not in m.group(1):
        provs = parse_list(m.group(1))
        pairs = _PAIR_RE.findall(m.group(2))
        rebuilt = ", ".join(f'"{o}"{"을" if True else ""}' for o, _, _ in pairs)
        if not provs or not pairs or rebuilt is None:
            return None
        olds = [o for o, _, _ in pairs]
        if any(a != b and a in b for a in olds for b in olds):
            return None  # words inside other words: occurrence counts would differ
        several = len(provs) > 1
        for p in provs:
            counts = [(o, 2 if (each and not several) else 1) for o, each, _ in pairs]
            law.add_words(p, counts)
        for p in provs:
            for o, each, n in pairs:
                body: dict = {"at": _addr(p, False), "old": o, "new": n}
                if p.heading:
                    changes.append({"retitle": {"at": p.article, "old": o, "new": n}})
                    continue
                if p.part and " 및 " not in p.part:
                    body["part"] = p.part
                if (each and not several) or (p.part and " 및 " in p.part):
                    body["all"] = True
                changes.append({"replace": body})
        return Case(law.render("시험법"), changes)
    m = re.match(r"^(.*?)(?:을|를) (각각 )?삭제한다\.$", sentence)
    if m and ' 중 "' not in sentence and "별표" not in m.group(1):
        provs = parse_list(m.group(1))
        if not provs or any(p.part or p.heading or p.outside for p in provs):
            return None
        for p in provs:
            law.node(p)
            if p.levels:  # a sibling after it, so that the law keeps text
                law.node(Prov(p.article, p.levels[:-1] + [(p.levels[-1][0], "1")])) if p.levels[-1][1] != "1" else None
            changes.append({"delete": {"at": _addr(p, False)}})
        return Case(law.render("시험법"), changes)
    m = re.match(r"^(제\d+조(?:의\d+)?(?:제\d+항)?)에 ((?:제\d+(?:의\d+)?[항호])(?:(?: 및 |, )제\d+(?:의\d+)?[항호])*)(?:을|를) (각각 )?다음과 같이 신설한다\.$", sentence)
    if m:
        container = _one(m.group(1), None)
        if not container:
            return None
        c = container[0]
        labels = _levels(m.group(2))
        law.node(c)
        kind = labels[0][0]
        first_new = min(int(n.partition("의")[0]) for _, n in labels)
        for n in range(1, first_new):
            law.node(Prov(c.article, c.levels + [(kind, str(n))]))
        for k, num in labels:
            marker = CIRCLED[int(num) - 1] if k == "항" else f"{num}."
            changes.append({"insert": {"at": _addr(Prov(c.article, c.levels + [(k, num)]), False),
                                       "text": f"{marker} 새로 정하는 사항은 대통령령으로 정한다."}})
        return Case(law.render("시험법"), changes)
    return None


def check(sentences: list[RealSentence]) -> list[tuple[RealSentence, str, str | None, str | None]]:
    """(sentence, form, rendered first line(s) or None when skipped, error)."""
    from drafter.amend.apply import apply_spec
    from drafter.amend.sentences import amendment_sentences
    from drafter.amend.spec import AmendmentSpec
    from drafter.corpus.corpus import Corpus

    results: list[tuple[RealSentence, str, str | None, str | None]] = []
    cases: dict[int, Case] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "statutes").mkdir()
        (root / "papers").mkdir()
        for i, s in enumerate(sentences):
            case = synthesize(s.text)
            if case is not None and case.statute:
                cases[i] = case
                (root / "statutes" / f"rs-{i:04d}.md").write_text(case.statute, encoding="utf-8")
        corpus = Corpus.load(root)
        for i, s in enumerate(sentences):
            form = classify(s.text)
            case = cases.get(i)
            if case is None:
                results.append((s, form, None, None))
                continue
            try:
                spec = AmendmentSpec.model_validate({"law": f"rs-{i:04d}", "changes": case.changes})
                amended = apply_spec(corpus.statute(spec.law), spec)
                got = " ".join(x.split("\n")[0] for x in amendment_sentences(amended.changes))
                results.append((s, form, got, None))
            except Exception as exc:  # noqa: BLE001 - reported per sentence
                results.append((s, form, "", f"{type(exc).__name__}: {str(exc).splitlines()[0]}"))
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    ap.add_argument("--failures", type=int, default=0, help="print the first N misses")
    ap.add_argument("--list", action="store_true", help="print every sentence with its form")
    args = ap.parse_args(argv)
    sentences = extract(args.corpus)
    distinct = {s.text for s in sentences}
    if args.list:
        for s in sentences:
            print(f"{s.where}\t{classify(s.text)}\t{s.text}")
        return 0
    results = check(sentences)
    per: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for s, form, got, err in results:
        c = per[form]
        c["found"] += 1
        if got is None:
            c["skipped"] += 1
        elif got == s.text:
            c["exact"] += 1
        else:
            c["missed"] += 1
            misses.append((s, form, got, err))
    print(f"{len(sentences)} real sentences ({len(distinct)} distinct) in {args.corpus / 'statutes'}")
    print(f"{'form':48} {'found':>5} {'built':>5} {'exact':>5}")
    tot = Counter()
    for form in sorted(per):
        c = per[form]
        built = c["found"] - c["skipped"]
        tot.update({"found": c["found"], "built": built, "exact": c["exact"]})
        print(f"{form:48} {c['found']:5} {built:5} {c['exact']:5}")
    print(f"{'all':48} {tot['found']:5} {tot['built']:5} {tot['exact']:5}")
    for s, form, got, err in misses[: args.failures]:
        print(f"\n{s.where} [{form}]\n  real: {s.text}\n  ours: {got}" + (f"\n  error: {err}" if err else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
