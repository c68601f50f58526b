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
        if re.search(r"[가나다라마바사아자차카타파하]목\d+\)", head):
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


_LEVEL_RE = re.compile(r"제(\d+)(항)|제(\d+(?:의\d+)?)(호)|([가나다라마바사아자차카타파하])(목)|(?<=목)(\d+)(\))")


def _levels(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _LEVEL_RE.finditer(text):
        if m.group(2):
            out.append(("항", m.group(1)))
        elif m.group(4):
            out.append(("호", m.group(3)))
        elif m.group(6):
            out.append(("목", m.group(5)))
        else:
            out.append(("세목", m.group(7)))
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
        if re.sub(r"제\d+(?:의\d+)?[항호]|[가나다라마바사아자차카타파하]목|(?<=목)\d+\)", "", m.group(2)).strip():
            return None
    elif elem.startswith("같은 조") and prev is not None:
        prov = Prov(prev.article, _levels(elem[len("같은 조"):]))
    elif elem.startswith("같은 항") and prev is not None:
        hang = [lv for lv in prev.levels if lv[0] == "항"]
        prov = Prov(prev.article, hang + _levels(elem[len("같은 항"):]))
    elif prev is not None and _levels(elem) and re.fullmatch(r"(제\d+(?:의\d+)?[항호]|[가나다라마바사아자차카타파하]목)+", elem):
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
        elif kind == "목":
            parts.append(f"{num}목")
        else:
            parts.append(f"{num})")
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
            heading = art.get("heading_text") or (" ".join(art["heading"]) + (" 등" if art["heading"] else "목적"))
            lines += [f"##### {label} ({heading})", ""]
            hangs = {k: v for k, v in art["kids"].items() if k[0] == "항"}
            if hangs:
                top = max(int(n) for _, n in hangs)
                if art["text"] or top > len(CIRCLED):
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
                            subs = {k: v for k, v in mk["kids"].items() if k[0] == "세목"}
                            for n in range(1, max((int(x) for _, x in subs), default=0) + 1):
                                sub = subs.get(("세목", str(n)), {"kids": {}, "text": []})
                                out.append(f" {n}) " + self._text(sub).removesuffix(" 대통령령으로 정한다.").rstrip("."))
            out.append("")
        return out


_VERB = r"(?:한다|하고|하며)"


def split_clauses(sentence: str) -> list[str] | None:
    """The clauses of a sentence (``…하고, …하며, … 한다.``), each ending in its verb; None with odd quotes."""
    if sentence.count('"') % 2:
        return None
    body = sentence.removesuffix(".")
    out, start, inside = [], 0, False
    for i, ch in enumerate(body):
        if ch == '"':
            inside = not inside
        elif not inside and body.startswith(", ", i) and re.search(r"(하고|하며)$", body[:i]):
            out.append(body[start:i])
            start = i + 2
    out.append(body[start:])
    return out


def parse_list_from(text: str, prev: Prov | None) -> list[Prov] | None:
    """:func:`parse_list`, the first item read relative to ``prev`` (같은 조, 같은 항)."""
    if prev is None:
        return parse_list(text)
    marker = Prov(prev.article, list(prev.levels))
    text2 = text.replace(" 전단 및 후단", " 전단ㆍ후단").replace(" 본문 및 단서", " 본문ㆍ단서")
    elems: list[str] = []
    for chunk in re.split(r", | 및 ", text2):
        elems.extend(re.split(r"ㆍ(?!(?:후단|단서))", chunk))
    out: list[Prov] = []
    cur: Prov | None = marker
    for elem in elems:
        got = _one(elem, cur)
        if got is None:
            return None
        out.extend(got)
        cur = got[-1]
    return out


def _special(sentence: str) -> Case | None:
    """제명, 편/장/절 headings and articles placed in them, single annex clauses."""
    tail = "\n## 부칙\n\n부칙 <제19999호,2024.1.2>\n\n이 법은 공포 후 6개월이 경과한 날부터 시행한다.\n"

    def law(title: str, body: str) -> str:
        return (f"---\n제목: {title}\n법령구분: 법률\n공포일자: 2024-01-02\n공포번호: '19999'\n"
                f"시행일자: 2024-07-03\n상태: 시행\n---\n\n# {title}\n\n{body}{tail}")

    article = "##### 제1조 (목적)\n\n그 밖에 필요한 사항은 대통령령으로 정한다.\n\n"
    m = re.match(r'^제명 "([^"]+)"(?:을|를) "([^"]+)"(?:으로|로) 한다\.$', sentence)
    if m:
        return Case(law(m.group(1), article), [{"retitle": {"at": "제명", "heading": m.group(2)}}])
    m = re.match(r'^((?:제\d+편)?(?:제\d+장)?(?:제\d+절)?)의 제목 (중 )?"([^"]+)"(?:을|를) "([^"]+)"(?:으로|로) 한다\.$', sentence)
    if m and m.group(1):
        heads, title = "", m.group(3) if not m.group(2) else f"{m.group(3)}에 관한 사항"
        levels = re.findall(r"제(\d+)(편|장|절)", m.group(1))
        for i, (num, kind) in enumerate(levels):
            heads += "#" * (2 + i) + f" 제{num}{kind} " + (title if i == len(levels) - 1 else "상위") + "\n\n"
        change = ({"retitle": {"at": m.group(1), "old": m.group(3), "new": m.group(4)}} if m.group(2)
                  else {"retitle": {"at": m.group(1), "heading": m.group(4)}})
        return Case(law("시험법", heads + article), [change])
    m = re.match(r"^((?:제\d+편)?(?:제\d+장)?(?:제\d+절)?)에 (제(\d+)조의(\d+))(?:을|를) 다음과 같이 신설한다\.$", sentence)
    if m and m.group(1):
        heads = ""
        levels = re.findall(r"제(\d+)(편|장|절)", m.group(1))
        for i, (num, kind) in enumerate(levels):
            heads += "#" * (2 + i) + f" 제{num}{kind} 제목\n\n"
        base = f"##### 제{m.group(3)}조 (기존)\n\n그 밖에 필요한 사항은 대통령령으로 정한다.\n\n"
        return Case(law("시험법", heads + base), [{"insert": {"at": m.group(2), "under": m.group(1), "heading": "새 조",
                                                            "text": "새로 정한다."}}])
    m = re.match(r'^((?:별표|별지)[^",]*?) 중 ("[^"]+"(?:을|를) "[^"]*"(?:으로|로)) 한다\.$', sentence)
    if m and " 및 " not in m.group(1) and "ㆍ" not in m.group(1):
        (o, each, n), = _PAIR_RE.findall(m.group(2)) or [(None, None, None)]
        if o is None:
            return None
        return Case(law("시험법", article), [{"replace": {"at": m.group(1), "old": o, "new": n, "all": bool(each)}}])
    m = re.match(r"^((?:별표|별지)[^\",]*?)(?:을|를) 다음과 같이 한다\.$", sentence)
    if m and " 및 " not in m.group(1):
        return Case(law("시험법", article), [{"rewrite": {"at": m.group(1), "text": "새 내용"}}])
    return None


def synthesize(sentence: str) -> Case | None:
    """A statute and a spec for a sentence whose clauses all have a supported form, or None."""
    special = _special(sentence)
    if special is not None:
        return special
    clauses = split_clauses(sentence)
    if not clauses or "별표" in sentence or sentence.startswith(("제명", "부칙", "법률", "같은 표")) \
            or re.match(r"^제\d+(편|장)", sentence):
        return None
    law = _Law()
    changes: list[dict] = []
    prev: Prov | None = None
    for clause in clauses:
        got = _clause(clause, prev, law, changes)
        if got is None:
            return None
        prev = got
    return Case(law.render("시험법"), changes)


def _clause(clause: str, prev: Prov | None, law: _Law, changes: list[dict]) -> Prov | None:
    """Record one clause in ``law`` and ``changes``; the provision it ends on (for 같은 조), or None."""
    m = re.match(r'^(.*?) 중 ("[^"].*) ' + _VERB + "$", clause)
    if m:
        provs = parse_list_from(m.group(1), prev)
        pairs = _PAIR_RE.findall(m.group(2))
        back = ", ".join(f'"{o}"{"를" if 0 else ""}' for o, _, _ in pairs)
        if not provs or not pairs or back is None or len(_PAIR_RE.sub("", m.group(2)).replace(", ", "")) > 0:
            return None
        olds = [o for o, _, _ in pairs]
        if any(a != b and a in b for a in olds for b in olds):
            return None  # words inside other words: occurrence counts would differ
        several = len(provs) > 1
        for p in provs:
            law.add_words(p, [(o, 2 if (each and not several) else 1) for o, each, _ in pairs])
        for p in provs:
            for o, each, n in pairs:
                if p.heading:
                    changes.append({"retitle": {"at": p.article, "old": o, "new": n}})
                    continue
                body: dict = {"at": _addr(p, False), "old": o, "new": n}
                if p.part and " 및 " not in p.part:
                    body["part"] = p.part
                if (each and not several) or (p.part and " 및 " in p.part):
                    body["all"] = True
                changes.append({"replace": body})
        return provs[-1]
    m = re.match(r'^(.*?) 중 "([^"]+)"(?:을|를) (각각 )?삭제(?:한다|하고|하며)$', clause)
    if m:
        provs = parse_list_from(m.group(1), prev)
        if not provs or len(provs) > 1:
            return None
        law.add_words(provs[0], [(m.group(2), 2 if m.group(3) else 1)])
        body = {"at": _addr(provs[0], False), "old": m.group(2), "new": ""}
        if provs[0].part:
            body["part"] = provs[0].part
        if m.group(3):
            body["all"] = True
        changes.append({"replace": body})
        return provs[0]
    m = re.match(r"^(.*?)(?:을|를) (각각 )?삭제(?:한다|하고|하며)$", clause)
    if m:
        provs = parse_list_from(m.group(1), prev)
        if not provs or any(p.part or p.heading or p.outside for p in provs):
            return None
        for p in provs:
            law.node(p)
            if p.levels and p.levels[-1][1] != "1":  # a first sibling, so that the law keeps text
                law.node(Prov(p.article, p.levels[:-1] + [(p.levels[-1][0], "1")]))
            changes.append({"delete": {"at": _addr(p, False)}})
        return provs[-1]
    m = re.match(r'^(제\d+조(?:의\d+)?)의 제목 "\(([^"]+)\)"(?:을|를) "\(([^"]+)\)"(?:으로|로) ' + _VERB + "$", clause)
    if m:
        art = law.articles.setdefault(m.group(1), {"heading": [], "kids": {}, "text": []})
        art["heading_text"] = m.group(2)
        changes.append({"retitle": {"at": m.group(1), "heading": m.group(3)}})
        return Prov(m.group(1))
    m = re.match(r"^(.*?)(?: (전단|후단|본문|단서))?( 제목 외의 부분)?(?:을|를) 다음과 같이 " + _VERB + "$", clause)
    if m:
        provs = parse_list_from(m.group(1), prev)
        if not provs or len(provs) != 1:
            return None
        p = provs[0]
        node = law.node(p)
        if m.group(2):
            node.setdefault("halves", {})
            node["halves"] = {"전단": [], "후단": []} if m.group(2) in ("전단", "후단") else {"본문": [], "단서": []}
            text = ("이 경우 새로 정한다." if m.group(2) == "후단" else "다만, 새로 정한다." if m.group(2) == "단서"
                    else "새로 정한다.")
            changes.append({"rewrite": {"at": _addr(p, False), "part": m.group(2), "text": text}})
        elif not p.levels:
            if not m.group(3):
                changes.append({"rewrite": {"at": p.article, "text": f"{p.article}(새 제목) 새로 정한다."}})
            else:
                changes.append({"rewrite": {"at": p.article, "text": "새로 정한다."}})
        else:
            kind, num = p.levels[-1]
            if kind == "항" and int(num) > len(CIRCLED):
                return None
            marker = CIRCLED[int(num) - 1] if kind == "항" else f"{num}." if kind == "호" else f"{num}."
            changes.append({"rewrite": {"at": _addr(p, False), "text": f"{marker} 새로 정한다."}})
            for k in range(1, int(num.partition("의")[0]) if num[0].isdigit() else 0):
                law.node(Prov(p.article, p.levels[:-1] + [(kind, str(k))]))
        return p
    m = re.match(r"^(.*?)에 ((?:제\d+(?:의\d+)?[항호])(?:(?: 및 |, )제\d+(?:의\d+)?[항호])*)(?:을|를) (각각 )?다음과 같이 신설(?:한다|하고|하며)$", clause)
    if m:
        container = parse_list_from(m.group(1), prev)
        if not container or len(container) != 1:
            return None
        c = container[0]
        labels = _levels(m.group(2))
        law.node(c)
        kind = labels[0][0]
        first_new = min(int(n.partition("의")[0]) for _, n in labels)
        for n in range(1, first_new):
            law.node(Prov(c.article, c.levels + [(kind, str(n))]))
        if kind == "항" and max(int(n.partition("의")[0]) for _, n in labels) > len(CIRCLED):
            return None
        for k, num in labels:
            marker = CIRCLED[int(num) - 1] if k == "항" else f"{num}."
            changes.append({"insert": {"at": _addr(Prov(c.article, c.levels + [(k, num)]), False),
                                       "text": f"{marker} 새로 정하는 사항은 대통령령으로 정한다."}})
        return c
    m = re.match(r"^(제\d+조의\d+)(?:을|를) 다음과 같이 신설(?:한다|하고|하며)$", clause)
    if m:
        base = m.group(1).split("의")[0]
        law.node(Prov(base))
        changes.append({"insert": {"at": m.group(1), "heading": "새 조", "text": "새로 정한다."}})
        return Prov(m.group(1))
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
