"""What a drafter reads, in Korean: engine errors, verdicts and change kinds.

The core (:mod:`drafter`) speaks English in its errors, for the CLI and the
logs. The TUI shows a drafter Korean only: :func:`korean_error` turns a
:class:`~drafter.errors.DrafterError` into one Korean sentence that names the
change (its number in the list and its address) and what to do, using the
machine-readable fields the engine gives (``AmendmentError.reason``,
``index``, ``kind``, ``address``). The English original is kept for the F1
help (``DrafterApp.last_error_detail``), never put in front of the drafter.
"""

from __future__ import annotations

import re

from drafter.errors import DrafterError

KIND_LABELS: dict[str, str] = {
    "replace": "문구 변경",
    "rewrite": "전문 개정",
    "insert": "신설",
    "delete": "삭제",
    "retitle": "제목 변경",
    "edit": "고쳐 쓰기",
    "insert_chapter": "장 신설",
    "move": "이동",
}

VERDICT_LABELS: dict[str, str] = {
    "supported": "뒷받침됨",
    "unsupported": "뒷받침 안 됨",
    "unresolvable": "찾을 수 없음",
    "unchecked": "확인 안 함",
    "proposal": "개정 제안",
}

REASONS_KO: dict[str, str] = {
    "unknown-address": "현행 법률에 그 조문이 없습니다. 주소를 확인하세요",
    "not-found": "바꿀 문구가 그 조문에 없습니다. 현행 문구를 그대로 적으세요",
    "ambiguous": "바꿀 문구가 여러 번 나옵니다. '모두 바꿈'을 켜거나 문구를 길게 적으세요",
    "exists": "그 번호의 조문이 이미 있습니다. 다른 번호를 쓰거나 '번호 밀어내기'를 켜세요",
    "deleted": "삭제된 조문입니다. 다시 채우려면 신설로 적으세요",
    "overlap": "다른 개정 사항과 같은 곳을 고칩니다. 한 개정 사항으로 합치세요",
    "invalid": "개정 사항의 내용이 올바르지 않습니다",
    "unknown-law": "코퍼스에 없는 법률입니다",
}

FIELD_LABELS = {"at": "조문 주소", "old": "바꿀 문구", "new": "새 문구", "text": "조문 내용", "heading": "제목",
                "part": "전단/후단", "renumber": "번호 밀어내기", "all": "모두 바꿈"}

_TEXT_FORM = re.compile(r"text: line (\d+): (.*)")


def change_name(index: int | None, address: str | None) -> str:
    """``2번 개정 사항(제35조제1항)``."""
    name = f"{index}번 개정 사항" if index else "개정 사항"
    return f"{name}({address})" if address else name


def korean_error(error: BaseException, *, index_map: dict[int, int] | None = None) -> str:
    """One Korean sentence for an error the drafter must act on.

    ``index_map`` maps the engine's change numbers (1-based, among the changes
    sent to it) to the numbers the drafter sees in the list.
    """
    from drafter.amend.errors import AmendmentError
    from drafter.amend.particles import object_particle

    def number(i: int | None) -> int | None:
        if i is None:
            return None
        return (index_map or {}).get(i, i)

    if isinstance(error, AmendmentError):
        what = change_name(number(error.index), error.address)
        detail = error.detail or ""
        if "same as the current law" in detail:
            return f"{what}: 아직 고친 곳이 없습니다. 조문을 고쳐 쓰면 개정문이 바로 바뀝니다."
        if detail.startswith("text:") or "text: line" in detail or "항 (①" in detail:
            m = _TEXT_FORM.search(detail)
            where = f" {m.group(1)}번째 줄" if m else ""
            return (f"{what}: 조문 내용{where}의 형식을 확인하세요. 항은 ①, ②…, 호는 1., 2.…, "
                    "목은 가., 나.…로 시작합니다")
        return f"{what}: {REASONS_KO.get(error.reason, REASONS_KO['invalid'])}."
    if isinstance(error, DrafterError):
        message = error.message if hasattr(error, "message") else str(error)
        m = re.search(r"changes\.(\d+)\.?(\w+)?\.?(\w+)?", message)
        if m:
            idx = number(int(m.group(1)) + 1)
            field = m.group(3) or ""
            label = FIELD_LABELS.get(field.rstrip("_"), "")
            if "same text" in message:
                return f"{change_name(idx, None)}: 바꿀 문구와 새 문구가 같습니다."
            if "address" in message or field == "at":
                return f"{change_name(idx, None)}: 조문 주소를 '제35조제1항'처럼 적으세요."
            label = label or "내용"
            return f"{change_name(idx, None)}: {label}{object_particle(label)} 확인하세요."
        name = type(error).__name__
        if "server" in message.lower():
            return "검색 서버(Chroma)에 연결할 수 없습니다. 서버를 켜거나 설정을 확인하세요. 낱말 검색은 그대로 됩니다."
        if "Store" in name:
            return "저장소를 열 수 없습니다. 데이터 폴더에 쓸 수 있는지 확인하세요."
        if "Output" in name:
            return "파일을 쓸 수 없습니다. 내보낼 폴더를 확인하세요."
        if "Unavailable" in name or "Backend" in name or "LLM" in name:
            return "도우미(검색·모델)를 쓸 수 없습니다. 설정을 확인하세요(F1 도움말에 자세한 내용)."
        return "작업을 마치지 못했습니다. F1 도움말에서 자세한 내용을 보세요."
    return "예기치 못한 오류가 났습니다. F1 도움말에서 자세한 내용을 보세요."


_REASON_PATTERNS: list[tuple[str, str]] = [
    (r"^number mismatch: (.*) not in the source", "숫자 불일치: 근거에 {0} 없음"),
    (r"^entity mismatch: (.*?) not named in the source", "기관 불일치: 근거에 {0} 없음"),
    (r"^name mismatch: (.*) not in the source", "명칭 불일치: 근거에 {0} 없음"),
    (r"^the claim asserts (.*); the source does not", "근거에 없는 주장: {0}"),
    (r"^negation mismatch", "부정 표현이 근거와 다름"),
    (r"^no content words", "비교할 낱말이 없음"),
    (r"^too few known terms", "판단할 낱말이 너무 적음"),
    (r"^low overlap ([\d.]+) < ([\d.]+); missing: (.*)", "겹치는 낱말이 적음 ({0} < {1}); 근거에 없는 말: {2}"),
    (r"^the passage does not state (.*?) \(only the heading", "조문 제목만 맞고 본문에 {0} 없음"),
    (r"^quoted passage not in the source", "인용한 문구가 근거에 없음"),
    (r"^embedding similarity ([\d.]+) ≥", "의미가 근거와 가까움 ({0})"),
    (r"^embedding similarity ([\d.]+) <", "의미가 근거와 멂 ({0})"),
    (r"^stated in the source \(overlap ([\d.]+)\)", "근거에 있음 (겹침 {0})"),
    (r"^the provision this change amends", "이 개정 사항이 고치는 조문 (찾음)"),
    (r"^LLM judge", "모델 판단: 근거가 뒷받침하지 않음"),
    (r"^not a citation", "인용 형식이 아님"),
]


def korean_reason(reason: str, verdict: str = "") -> str:
    """The citation checker's reason (English, for logs and evals) in Korean."""
    for pattern, template in _REASON_PATTERNS:
        m = re.search(pattern, reason)
        if m:
            return template.format(*m.groups())
    if verdict == "unresolvable":
        return "인용한 문서나 조문을 찾을 수 없음"
    return "판정 근거는 F1 도움말에 (영문)"
