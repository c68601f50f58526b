"""Optional LLM judge: ask the configured chat model whether a passage
states a claim. Used only when asked for (``--judge``); it can withdraw a
``supported`` verdict of the offline checker, never grant one."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models import BaseChatModel

from drafter.llm.prompts import load_prompt


def judge_claim(model: BaseChatModel, claim: str, source: str, prompts_dir: Path | None = None) -> tuple[bool, str]:
    """``(agrees, reason)``: agrees only on an answer that starts with YES (or 예/네)."""
    messages = load_prompt("judge", prompts_dir).render(claim=claim, source=source)
    reply = str(model.invoke(messages).content).strip()
    first = reply.split(maxsplit=1)[0].strip(".,:;!").upper() if reply else ""
    agrees = first in ("YES", "예", "네")
    return agrees, reply[:200] or "empty answer"
