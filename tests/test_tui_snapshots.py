"""SVG snapshots of every screen at 80×24, and of the amendment step at 120×35 (cursor blink off).

Regenerate after an intended change with
``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at the SVGs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from drafter_tui.app import DrafterApp, make_app
from textual.worker import WorkerFailed

from drafter.assist.search import CorpusSearch
from drafter.assist.services import default_services
from drafter.config import load_settings
from drafter.drafts.models import Change, CitedSentence, Draft, PinnedEvidence
from drafter.drafts.store import DraftStore

SIZE = (80, 24)
FIXED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def status_messages_stay(monkeypatch):
    """A status message clears itself after a few seconds of wall time; on a loaded machine the
    snapshot was taken after that and the line was empty. Here a message stays until the next one,
    so what a snapshot shows does not depend on how fast the machine is."""
    from drafter_tui.widgets.status_line import StatusLine

    show = StatusLine.show
    monkeypatch.setattr(StatusLine, "show", lambda self, message, severity="information", timeout=4:
                        show(self, message, severity, 3600))


def sample_draft() -> Draft:
    return Draft(
        id="sample", title="자치경찰 예산 이관안", plan="soft", areas=["budget", "organization"],
        pinned=[PinnedEvidence(doc="police-act", address="제35조제1항", heading="예산",
                               text="자치경찰사무의 수행에 필요한 예산은 …")],
        changes=[Change(kind="replace", at="제35조제1항", old="경찰청장의 의견을 들어야 한다",
                        new="경찰청장의 의견을 들을 수 있다")],
        reasons=[
            CitedSentence(text='정책연구는 "The main contents will require the transfer of organization, manpower, '
                               'and budget to local governments, and accordingly, organizations that can perform '
                               'autonomous police affairs, such as the autonomous police committee and the autonomous '
                               'police headquarters, should be reorganized."라고 제시한다.',
                          citations=["autonomous-police-dual-model p1s14"]),
            CitedSentence(text="현행 제35조제1항은 자치경찰사무의 수행에 필요한 예산은 시ㆍ도지사가 수립한다.",
                          citations=["police-act 제35조제1항"]),
            CitedSentence(text="현행 제99조는 없다.", citations=["police-act 제99조"]),
        ],
        updated_at=FIXED, created_at=FIXED,
    )


def snapshot_app(small_corpus: Path, data: Path, *, with_draft: bool) -> DrafterApp:
    settings = load_settings(corpus_dir=small_corpus, data_dir=data)
    store = DraftStore.for_data_dir(data)
    store.save(Draft(id="older", title="조직 개편안 (경착륙)", plan="hard", areas=["organization"],
                     updated_at=datetime(2026, 2, 1, 18, 0, tzinfo=UTC)), touch=False)
    store.save(sample_draft(), touch=False)
    services = default_services(settings, checker_embeddings=False)
    services.open_search = lambda corpus, progress: CorpusSearch(corpus)
    return make_app(settings, services=services, store=store, draft_id="sample" if with_draft else None,
                    export_dir=Path("drafter-export"), cursor_blink=False)


def waiting_for(*keys: str):
    """A ``run_before`` that waits for the loads, presses keys, and waits for the workers again."""

    async def run_before(pilot) -> None:
        app = pilot.app
        for batch in ((), keys):
            if batch:
                await pilot.press(*batch)
            for _ in range(3):
                try:
                    await app.workers.wait_for_complete()
                except WorkerFailed:
                    pass
                await pilot.pause()
        await pilot.pause(0.4)  # debounced preview and repaint
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass
        await pilot.pause()

    return run_before


def test_start_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for())


def test_evidence_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    keys = ("f3", *"예산", "enter")
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for(*keys))


def test_amend_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for("f4"))


def test_amend_screen_wide(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    """120×35: the 대비표 side by side, every character of both columns drawn."""
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    assert snap_compare(app, terminal_size=(120, 35), run_before=waiting_for("f4"))


def test_assist_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for("f5"))


def test_reasons_editor(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    """제안이유 and 부칙 written in the TUI (assist step, e)."""
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for("f5", "e"))


def test_review_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for("f6"))


def test_export_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for("f7"))


def test_help_screen(snap_compare, small_corpus: Path, tmp_path: Path) -> None:
    app = snapshot_app(small_corpus, tmp_path / "data", with_draft=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=waiting_for("f1"))
