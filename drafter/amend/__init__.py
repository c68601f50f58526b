"""The amendment engine: structured changes → 개정문, 신ㆍ구조문대비표 and a bill.

Public API::

    spec = load_spec("examples/budget-transfer.yaml")     # or YAML/JSON text
    bill = build_bill(corpus, spec)                        # Bill
    bill.title, bill.amendment_sentences, bill.comparison, bill.bill_markdown, bill.to_json_dict()
    write_docx(bill, "bill.docx"); write_hwpx(bill, "bill.hwpx")
    amended = apply_spec(statute, spec)                    # AmendedStatute (corpus untouched)
    prepared = prepare_spec(statute, spec)                 # edits derived, replaces widened to their particle
    derive_changes(statute, Edit(at=..., text=...))        # the changes a drafter writes for an edit
    spec = read_amendment(text, "police-act", statute)     # 개정문 sentences → the spec (ReadError if unreadable)
    check_bill(amended, sentences)                         # the self-check every bill runs (SelfCheckError)

Every user-caused problem raises a :class:`~drafter.errors.DrafterError`
subclass: :class:`SpecError` (the spec file) or :class:`AmendmentError`
(a change that cannot be applied; names the change, its kind and address).
"""

from drafter.amend.apply import AmendedStatute, AppliedChange, apply_spec
from drafter.amend.bill import Bill, PreparedSpec, apply_prepared, build_bill, build_bill_for_statute, prepare_spec
from drafter.amend.comparison import CellLine, ComparisonRow, DiffSpan, Segment, build_comparison, word_diff
from drafter.amend.edit import derive_changes
from drafter.amend.errors import AmendmentError, SpecError
from drafter.amend.export_docx import write_docx
from drafter.amend.export_hwpx import write_hwpx
from drafter.amend.export_markdown import bill_to_markdown, comparison_to_markdown
from drafter.amend.particles import directional_particle, final_sound, object_particle
from drafter.amend.sentences import amendment_sentences
from drafter.amend.reader import ReadError, read_amendment
from drafter.amend.selfcheck import SelfCheckError, check_bill
from drafter.amend.spec import (
    DEFAULT_SUPPLEMENTARY,
    AmendmentSpec,
    Change,
    Delete,
    Edit,
    Insert,
    InsertChapter,
    NewArticle,
    ReasonPoint,
    Reasons,
    Replace,
    Retitle,
    Rewrite,
    load_spec,
)

__all__ = [
    "AmendedStatute",
    "AmendmentError",
    "AmendmentSpec",
    "AppliedChange",
    "Bill",
    "CellLine",
    "Change",
    "ComparisonRow",
    "DEFAULT_SUPPLEMENTARY",
    "Delete",
    "Edit",
    "PreparedSpec",
    "ReadError",
    "SelfCheckError",
    "check_bill",
    "read_amendment",
    "apply_prepared",
    "derive_changes",
    "prepare_spec",
    "DiffSpan",
    "Insert",
    "InsertChapter",
    "NewArticle",
    "ReasonPoint",
    "Reasons",
    "Replace",
    "Retitle",
    "Rewrite",
    "Segment",
    "SpecError",
    "amendment_sentences",
    "apply_spec",
    "bill_to_markdown",
    "build_bill",
    "build_bill_for_statute",
    "build_comparison",
    "comparison_to_markdown",
    "directional_particle",
    "final_sound",
    "load_spec",
    "object_particle",
    "word_diff",
    "write_docx",
    "write_hwpx",
]
