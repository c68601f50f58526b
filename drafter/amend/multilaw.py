"""Bills that amend other laws too: ``other_laws`` in the 부칙 (``제N조(다른 법률의 개정)``).

Each entry of ``other_laws`` is applied to its own statute by the same engine as the main law
(:func:`drafter.amend.bill.build_bill_for_statute`: every change checked against that law's text,
the 개정문 read back and replayed), and written in the 부칙 as the corpus 부칙 write it::

    제1조(시행일) 이 법은 공포 후 6개월이 경과한 날부터 시행한다.
    제2조(다른 법률의 개정) ① 경찰공무원법 일부를 다음과 같이 개정한다.
    제7조제3항 중 "시ㆍ도지사"를 각각 "시ㆍ도자치경찰위원회"로 한다.
    ② 지방공무원법 일부를 다음과 같이 개정한다.
    …

Rules (from the 부칙 of the reference statutes, e.g. police-act 부칙 <제17689호> 제7조,
jeju-special-act 부칙 <제13426호> 제38조, gangwon-special-act 부칙 <제18875호> 제8조):

* **one 항 per law**, numbered ①②… (``<21>`` above ⑳) — except a single other law, which
  has no number: ``제2조(다른 법률의 개정) 강원특별자치도 … 특별법 일부를 다음과 같이 개정한다.``;
* **laws in 가나다 order of their names** (spaces ignored; a name starting with a digit comes
  first, as ``2018 평창 …`` before ``낙동강 …`` in gangwon-special-act 부칙 제8조), whatever the
  order of the spec;
* the 부칙 then has several articles, so the 시행일 sentence becomes ``제1조(시행일) …``; a 부칙
  the spec already writes with articles (``제1조(시행일) … 제2조(경과조치) …``) keeps them, and
  ``다른 법률의 개정`` is the next article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from drafter.corpus.models import circled

if TYPE_CHECKING:  # pragma: no cover
    from drafter.amend.spec import AmendmentSpec
    from drafter.corpus.corpus import Corpus

HEADING = "다른 법률의 개정"


class OtherLawBill(BaseModel):
    """The amendment of one other law, as the 부칙 writes it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    law: str = Field(description="corpus document id")
    title: str = Field(description="법률명")
    amendment_sentences: list[str]
    amendment_sentences_typeset: list[str] = Field(default_factory=list)
    comparison: list[Any] = Field(default_factory=list, description="ComparisonRow per touched article")
    warnings: list[str] = Field(default_factory=list)
    amended: Any = Field(default=None, exclude=True, repr=False, description="the AmendedStatute")

    def json_dict(self) -> dict:
        return {"law": self.law, "title": self.title, "amendment_sentences": list(self.amendment_sentences)}


def sort_key(title: str) -> str:
    """가나다 order of law names: Unicode order of the Hangul syllables, spaces ignored (digits first)."""
    return re.sub(r"\s+", "", title)


def build_other_laws(corpus: Corpus, spec: AmendmentSpec) -> list[OtherLawBill]:
    """Apply every ``other_laws`` entry to its statute; the result in 가나다 order of the law names."""
    from drafter.amend.bill import build_bill_for_statute
    from drafter.amend.errors import AmendmentError
    from drafter.amend.spec import AmendmentSpec
    from drafter.errors import DrafterError, UnknownDocumentError

    out: list[OtherLawBill] = []
    for position, other in enumerate(spec.other_laws, start=1):
        try:
            statute = corpus.statute(other.law)
        except UnknownDocumentError as exc:
            raise AmendmentError(
                f"other_laws {position}: unknown law {other.law!r}", reason="unknown-law", path=corpus.root,
                hint=exc.hint or "law is a corpus document id (a file stem), e.g. police-officials-act",
            ) from None
        sub = AmendmentSpec(law=other.law, changes=other.changes)
        try:
            bill = build_bill_for_statute(statute, sub)
        except DrafterError as exc:
            exc.message = f"other_laws {position} ({other.law}): {exc.message}"
            exc.args = (exc.render(),)
            raise
        out.append(OtherLawBill(
            law=other.law, title=bill.law_title, amendment_sentences=list(bill.amendment_sentences),
            amendment_sentences_typeset=list(bill.amendment_sentences_typeset), comparison=list(bill.comparison),
            warnings=[f"{other.law}: {w}" for w in bill.warnings], amended=bill.amended,
        ))
    out.sort(key=lambda b: sort_key(b.title))
    return out


_ARTICLE_LINE = re.compile(r"^제(\d+)조(?:의\d+)?\(", re.MULTILINE)


def supplementary_with_other_laws(supplementary: str, others: list[OtherLawBill], typeset: bool = False) -> str:
    """The 부칙 text: the spec's 부칙 as ``제1조(시행일) …`` (or as written, when it has articles) and then
    ``제N조(다른 법률의 개정)`` with one 항 per law."""
    text = supplementary.strip()
    if not others:
        return text
    numbers = [int(n) for n in _ARTICLE_LINE.findall(text)]
    if numbers:
        head, next_no = text, max(numbers) + 1
    else:
        head, next_no = f"제1조(시행일) {text}", 2
    lines = [head]
    single = len(others) == 1
    for i, other in enumerate(others, start=1):
        mark = "" if single else circled(i) + " "
        opening = f"{mark}{other.title} 일부를 다음과 같이 개정한다."
        lines.append(f"제{next_no}조({HEADING}) {opening}" if i == 1 else opening)
        sentences = other.amendment_sentences_typeset if typeset and other.amendment_sentences_typeset \
            else other.amendment_sentences
        lines.extend(sentences)
    return "\n".join(lines)


def attach_other_laws(bill: Any, corpus: Corpus, spec: AmendmentSpec) -> None:
    """Add the other laws of ``spec`` to ``bill``: ``other_laws``, the 부칙 with ``제N조(다른 법률의 개정)``,
    their warnings."""
    others = build_other_laws(corpus, spec)
    bill.other_laws = others
    bill.supplementary = supplementary_with_other_laws(spec.supplementary, others)
    for other in others:
        bill.warnings.extend(other.warnings)


def render_laws(corpus: Corpus, spec: AmendmentSpec, amended: Any, main_text: str, *, changed_only: bool = False,
                law: str | None = None) -> str:
    """``drafter apply`` of a multi-law spec: each amended law after a header (``law`` alone: that law only)."""
    from drafter.amend.errors import AmendmentError

    others = build_other_laws(corpus, spec) if spec.other_laws else []
    laws = [(spec.law, amended.original.title, main_text)] + [
        (o.law, o.title, o.amended.render(only_changed=changed_only)) for o in others
    ]
    if law is not None:
        for doc, _, text in laws:
            if doc == law:
                return text
        raise AmendmentError(
            f"--law {law!r} is not amended by this spec", reason="unknown-law",
            hint="the spec amends: " + ", ".join(doc for doc, _, _ in laws),
        )
    return "\n".join(f"===== {title} ({doc}) =====\n{text.rstrip()}\n" for doc, title, text in laws)
