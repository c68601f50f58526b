"""Validation pairs for the citation checker, written by hand from the
reference corpus (not from the dev set), to measure how the checker
generalises beyond the 15 dev rows. Same format as ``citations-dev.jsonl``.

Write them out with ``python -m drafter_evals.extra_citation_pairs OUT.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PA = "police-act"
DEC = "autonomous-police-committee-decree"
POA = "police-officials-act"
PAPER = "autonomous-police-dual-model"
JEJU = "jeju-special-act"
NPA = "npa-organization-decree"


def _row(i: int, claim: str, doc: str, address: str | None, label: str) -> dict:
    citation: dict[str, str] = {"doc": doc}
    if address is not None:
        citation["address"] = address
    return {"id": f"x{i:02d}", "claim": claim, "citation": citation, "label": label}


_PAIRS: list[tuple[str, str, str | None, str]] = [
    # --- supported, Korean, paraphrased or shortened
    ("국가경찰위원회 위원의 임기는 3년이며 연임할 수 없다.", PA, "제9조제1항", "supported"),
    ("국가경찰위원회 위원은 행정안전부장관의 제청으로 국무총리를 거쳐 대통령이 임명한다.", PA, "제8조제1항", "supported"),
    ("국가경찰위원회 위원 중 2명은 법관의 자격이 있는 사람이어야 한다.", PA, "제8조제3항", "supported"),
    ("국가경찰위원회의 사무는 경찰청에서 수행한다.", PA, "제11조제1항", "supported"),
    ("국가경찰위원회의 회의는 재적위원 과반수의 출석과 출석위원 과반수의 찬성으로 의결한다.", PA, "제11조제2항", "supported"),
    ("시ㆍ도자치경찰위원회는 위원장 1명을 포함하여 7명의 위원으로 구성한다.", PA, "제19조제1항", "supported"),
    ("시ㆍ도자치경찰위원회의 위원장과 위원 1명은 상임으로 한다.", PA, "제19조제1항", "supported"),
    ("시ㆍ도의회는 시ㆍ도자치경찰위원회 위원 2명을 추천한다.", PA, "제20조제1항제1호", "supported"),
    ("시ㆍ도경찰청장은 치안정감, 치안감 또는 경무관으로 보한다.", PA, "제28조제1항", "supported"),
    ("경찰청 차장은 치안정감으로 보한다.", PA, "제15조제1항", "supported"),
    ("자치경찰사무 수행에 필요한 예산은 시ㆍ도자치경찰위원회의 심의ㆍ의결을 거쳐 시ㆍ도지사가 수립한다.", PA, "제35조제1항", "supported"),
    ("범죄피해자 보호는 경찰의 임무에 속한다.", PA, "제3조", "supported"),
    ("교통의 단속과 위해의 방지는 경찰의 임무이다.", PA, "제3조제6호", "supported"),
    ("시ㆍ도자치경찰위원회 위원추천위원회는 위원장 1명을 포함하여 5명의 위원으로 구성한다.", DEC, "제5조제1항", "supported"),
    ("경정 이하의 경찰공무원은 경찰청장 또는 해양경찰청장이 임용한다.", POA, "제7조제2항", "supported"),
    ("사무기구의 조직과 정원 등에 필요한 사항은 대통령령으로 정하는 기준에 따라 시ㆍ도조례로 정한다.", PA, "제27조제4항", "supported"),
    # --- unsupported, Korean: wrong number, body, negation, article
    ("국가경찰위원회 위원의 임기는 2년이며 연임할 수 없다.", PA, "제9조제1항", "unsupported"),
    ("국가경찰위원회 위원은 연임할 수 있다.", PA, "제9조제1항", "unsupported"),
    ("국가경찰위원회 위원 중 3명은 법관의 자격이 있어야 한다.", PA, "제8조제3항", "unsupported"),
    ("국가경찰위원회의 사무는 행정안전부에서 수행한다.", PA, "제11조제1항", "unsupported"),
    ("시ㆍ도자치경찰위원회는 위원장 1명을 포함하여 9명의 위원으로 구성한다.", PA, "제19조제1항", "unsupported"),
    ("시ㆍ도의회는 시ㆍ도자치경찰위원회 위원 2명을 추천한다.", PA, "제20조제1항제2호", "unsupported"),
    ("시ㆍ도경찰청장은 총경으로 보한다.", PA, "제28조제1항", "unsupported"),
    ("경찰청 차장은 경찰청장의 직무를 대행할 수 없다.", PA, "제15조제2항", "unsupported"),
    ("자치경찰사무 수행에 필요한 예산은 경찰청장이 수립한다.", PA, "제35조제1항", "unsupported"),
    ("국가경찰위원회 위원은 시ㆍ도지사가 임명한다.", PA, "제8조제1항", "unsupported"),
    ("시ㆍ도자치경찰위원회의 위원은 모두 비상임으로 한다.", PA, "제19조제1항", "unsupported"),
    ("시ㆍ도자치경찰위원회 위원추천위원회는 7명의 위원으로 구성한다.", DEC, "제5조제1항", "unsupported"),
    ("경정 이하의 경찰공무원은 대통령이 임용한다.", POA, "제7조제2항", "unsupported"),
    ("국가경찰위원회의 회의는 재적위원 과반수의 찬성으로 의결한다.", PA, "제15조", "unsupported"),
    # --- unresolvable
    ("시ㆍ도자치경찰위원회는 위원 7명으로 구성한다.", PA, "제19조제5항", "unresolvable"),
    ("경찰의 임무에는 범죄 예방이 포함된다.", PA, "제3조제12호", "unresolvable"),
    ("자치경찰사무의 범위는 조례로 정한다.", "autonomous-police-act", "제2조", "unresolvable"),
    ("The committee is placed under the governor.", PA, "제99조의2", "unresolvable"),
    ("The pilot regions were Jeju and Sejong.", PAPER, "p9", "unresolvable"),
    # --- English against Korean statutes
    ("The National Police Committee consists of seven members including the chairperson.", PA, "제7조제2항", "supported"),
    ("Members of the National Police Committee serve a three-year term and cannot be reappointed.", PA, "제9조제1항", "supported"),
    ("The Commissioner General is appointed by the President with the consent of the National Police Committee.", PA, "제14조제2항", "supported"),
    ("The provincial autonomous police committee is established under the provincial governor.", PA, "제18조제1항", "supported"),
    ("Members of the National Police Committee serve a two-year term.", PA, "제9조제1항", "unsupported"),
    ("Members of the National Police Committee may be reappointed.", PA, "제9조제1항", "unsupported"),
    ("The head of the National Office of Investigation is appointed by the provincial governor.", PA, "제16조제3항", "unsupported"),
    ("The budget for autonomous police affairs is drawn up by the Commissioner General.", PA, "제35조제1항", "unsupported"),
    ("The Commissioner General serves a two-year term and cannot serve again.", PA, "제14조제4항", "supported"),
    ("The National Police Committee is established under the Ministry of the Interior and Safety.", PA, "제7조제1항", "supported"),
    ("The provincial autonomous police committee consists of seven members including the chair.", PA, "제19조제1항", "supported"),
    ("The provincial council recommends two members of the provincial autonomous police committee.", PA, "제20조제1항제1호", "supported"),
    ("The chief of a police station is appointed from senior superintendents, superintendents or senior inspectors.",
     PA, "제30조제1항", "supported"),
    ("The head of the National Office of Investigation serves a two-year term.", PA, "제16조제3항", "supported"),
    ("The provincial council may request the chair of the provincial autonomous police committee to attend and submit materials.",
     PA, "제35조제3항", "supported"),
    ("Protecting crime victims is one of the duties of the police.", PA, "제3조", "supported"),
    ("The Commissioner General serves a three-year term.", PA, "제14조제4항", "unsupported"),
    ("The National Police Committee is established under the Prime Minister.", PA, "제7조제1항", "unsupported"),
    ("The provincial autonomous police committee consists of nine members.", PA, "제19조제1항", "unsupported"),
    ("The National Police Committee recommends two members of the provincial autonomous police committee.",
     PA, "제20조제1항제2호", "unsupported"),
    # --- English paper
    ("The Police System Development Committee was launched under the Prime Minister in September 2022.", PAPER, None, "supported"),
    ("The hard landing plan proposed the full transfer of national police authority to local governments.", PAPER, None, "supported"),
    ("The soft landing plan requires transferring organization, manpower and budget to local governments.", PAPER, None, "supported"),
    ("Discussions on the dual model continued until February 2025.", PAPER, None, "unsupported"),
    ("The Moon Jae-in government launched the Police System Development Committee.", PAPER, None, "unsupported"),
    ("The autonomous police system places efficiency above democracy.", PAPER, None, "unsupported"),
]


# Written after the checker's rules were fixed and run once, unchanged: the
# honest estimate of generalisation ("blind" set).
_BLIND: list[tuple[str, str, str | None, str]] = [
    ("제주특별자치도자치경찰위원회 소속으로 자치경찰단을 둔다.", JEJU, "제88조제1항", "supported"),
    ("자치경찰단의 조직과 자치경찰공무원의 정원은 도조례로 정한다.", JEJU, "제88조제2항", "supported"),
    ("자치경찰단장은 도지사가 임명하며 자치경찰위원회의 지휘ㆍ감독을 받는다.", JEJU, "제89조제1항", "supported"),
    ("자치경찰단장은 자치경무관으로 임명한다.", JEJU, "제89조제2항", "supported"),
    ("자치경찰위원회는 매년 자치경찰 활동의 목표를 수립하고 공표하여야 한다.", JEJU, "제92조제1항", "supported"),
    ("국가경찰과 자치경찰은 유ㆍ무선 통신망과 시설물을 함께 이용할 수 있다.", JEJU, "제100조제2항", "supported"),
    ("자치경찰인사위원회는 자치경찰공무원 승진임용의 사전심의를 관장한다.", JEJU, "제109조제4호", "supported"),
    ("경찰청장 소속으로 경찰대학과 중앙경찰학교를 둔다.", NPA, "제2조제1항", "supported"),
    ("추천위원은 직무상 알게 된 비밀을 누설해서는 안 된다.", DEC, "제10조제1항", "supported"),
    ("The autonomous police corps is placed under the Jeju autonomous police committee.", JEJU, "제88조제1항", "supported"),
    ("The hard landing plan proposed electing the chairman of the autonomous police committees.", PAPER, None, "supported"),
    ("자치경찰단의 조직은 대통령령으로 정한다.", JEJU, "제88조제2항", "unsupported"),
    ("자치경찰단장은 경찰청장이 임명한다.", JEJU, "제89조제1항", "unsupported"),
    ("자치경찰단장은 치안감으로 임명한다.", JEJU, "제89조제2항", "unsupported"),
    ("자치경찰위원회는 3년마다 자치경찰 활동의 목표를 수립한다.", JEJU, "제92조제1항", "unsupported"),
    ("국가경찰과 자치경찰은 통신망을 함께 이용할 수 없다.", JEJU, "제100조제2항", "unsupported"),
    ("자치경찰인사위원회는 경찰청장의 징계를 의결한다.", JEJU, "제109조제5호", "unsupported"),
    ("경찰청장 소속으로 경찰병원을 둔다.", NPA, "제2조제1항", "unsupported"),
    ("추천위원은 심사와 관련된 개인 의견을 외부에 공표할 수 있다.", DEC, "제10조제1항", "unsupported"),
    ("The autonomous police corps is placed under the National Police Agency.", JEJU, "제88조제1항", "unsupported"),
    ("The pilot of the dual model was completed in 2023.", PAPER, None, "unsupported"),
    ("자치경찰단장은 도지사가 임명한다.", JEJU, "제89조제5항", "unresolvable"),
    ("경찰청장 소속으로 경찰대학을 둔다.", NPA, "제2조의3", "unresolvable"),
    ("추천위원회는 신상자료를 폐기해야 한다.", DEC, "제10조제2항제1호", "unresolvable"),
]


def extra_pairs(*, blind: bool = False) -> list[dict]:
    """The hand-written validation pairs as dataset rows (``blind``: the second set)."""
    if blind:
        return [{**_row(i + 1, *pair), "id": f"y{i + 1:02d}"} for i, pair in enumerate(_BLIND)]
    return [_row(i + 1, *pair) for i, pair in enumerate(_PAIRS)]


def write_jsonl(path: Path, *, blind: bool = False) -> int:
    rows = extra_pairs(blind=blind)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":  # pragma: no cover
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "citations-extra.jsonl")
    print(f"wrote {write_jsonl(out, blind='--blind' in sys.argv)} rows to {out}")
