"""The draft store: drafts survive a reopen and a SIGKILL mid-typing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from drafter.drafts.models import Change, CitedSentence, Draft, PinnedEvidence
from drafter.drafts.store import DraftStore, DraftStoreError


def test_a_saved_draft_reads_back_whole(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = Draft(title="예산 이관안", plan="hard", areas=["budget"])
    draft.pin(PinnedEvidence(doc="police-act", address="제35조제1항", heading="예산", text="자치경찰사무의 …"))
    draft.changes.append(Change(kind="replace", at="제35조제1항", old="시ㆍ도지사가", new="시ㆍ도자치경찰위원회가"))
    draft.reasons.append(CitedSentence(text="정책연구는 …", citations=["autonomous-police-dual-model p1s14"]))
    store.save(draft)
    store.close()

    again = DraftStore(tmp_path / "drafts").get(draft.id)
    assert again == draft
    assert again.spec_dict()["changes"] == [
        {"replace": {"at": "제35조제1항", "old": "시ㆍ도지사가", "new": "시ㆍ도자치경찰위원회가"}}
    ]


def test_store_lives_under_data_dir_in_wal_mode(tmp_path: Path) -> None:
    store = DraftStore.for_data_dir(tmp_path)
    store.create(title="x")
    assert store.path == tmp_path / "drafts" / "drafts.sqlite3"
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_resume_list_is_most_recent_first_with_title_plan_and_time(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    old = Draft(title="오래된 초안", plan="soft", updated_at=datetime(2025, 1, 1, tzinfo=UTC))
    store.save(old, touch=False)
    new = store.create(title="새 초안", plan="hard")
    listed = store.list()
    assert [(s.title, s.plan) for s in listed] == [("새 초안", "hard"), ("오래된 초안", "soft")]
    assert listed[0].updated_at - new.updated_at < timedelta(seconds=1)
    assert listed[1].updated_at == datetime(2025, 1, 1, tzinfo=UTC)


def test_unknown_draft_is_a_named_error(tmp_path: Path) -> None:
    with pytest.raises(DraftStoreError, match="no draft 'nope'"):
        DraftStore(tmp_path).get("nope")


def test_an_unreadable_row_does_not_hide_the_others(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    good = store.create(title="살아남은 초안")
    store._db.execute("INSERT INTO drafts VALUES ('bad', 't', 'soft', '2026-01-01', '{not json')")
    assert [s.id for s in store.list()] == [good.id]
    with pytest.raises(DraftStoreError, match="unreadable"):
        store.get("bad")


def test_unwritable_data_dir_is_a_named_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(DraftStoreError, match="cannot open the draft store"):
        DraftStore(blocker / "drafts")


TYPIST = textwrap.dedent(
    """
    import sys
    from drafter.drafts.models import Change
    from drafter.drafts.store import DraftStore

    store = DraftStore(sys.argv[1])
    draft = store.create(title="kill test")
    draft.changes.append(Change(kind="replace", at="제35조제1항", old="시ㆍ도지사가", new=""))
    store.save(draft)
    print(draft.id, flush=True)
    word = "시ㆍ도자치경찰위원회가" * 1000
    for n in range(1, len(word) + 1):
        draft.changes[0].new = word[:n]        # one keystroke
        store.save(draft)                       # saved at once
        print(n, flush=True)                    # reported only after the commit
    """
)


@pytest.mark.integration
def test_sigkill_while_typing_loses_at_most_the_keystroke_in_flight(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(tmp_path)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout is not None
    draft_id = proc.stdout.readline().strip()
    committed = 0
    deadline = time.monotonic() + 30
    while committed < 40 and time.monotonic() < deadline:
        committed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    draft = DraftStore(tmp_path).get(draft_id)
    typed = len(draft.changes[0].new or "")
    assert typed >= committed, "a committed keystroke was lost"
    assert draft.changes[0].new == ("시ㆍ도자치경찰위원회가" * 1000)[:typed]
