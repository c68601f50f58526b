"""Drafts: the models of a bill in progress, the SQLite draft store, and the
playbooks (per-area data of provisions, rationale and suggested changes).

No Textual here: the TUI and tests both use this core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafter.drafts.models import (
        Change,
        CitedSentence,
        Draft,
        DraftSummary,
        PinnedEvidence,
    )
    from drafter.drafts.playbooks import (
        Playbook,
        PlaybookError,
        check_playbooks,
        load_playbooks,
    )
    from drafter.drafts.store import DraftStore, DraftStoreError

_EXPORTS = {
    "Change": "drafter.drafts.models",
    "CitedSentence": "drafter.drafts.models",
    "Draft": "drafter.drafts.models",
    "DraftSummary": "drafter.drafts.models",
    "PinnedEvidence": "drafter.drafts.models",
    "Playbook": "drafter.drafts.playbooks",
    "PlaybookError": "drafter.drafts.playbooks",
    "check_playbooks": "drafter.drafts.playbooks",
    "load_playbooks": "drafter.drafts.playbooks",
    "DraftStore": "drafter.drafts.store",
    "DraftStoreError": "drafter.drafts.store",
}

__all__ = [
    "Change", "CitedSentence", "Draft", "DraftStore", "DraftStoreError", "DraftSummary",
    "PinnedEvidence", "Playbook", "PlaybookError", "check_playbooks", "load_playbooks",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'drafter.drafts' has no attribute {name!r}")
