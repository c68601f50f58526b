"""A drafter who kills the terminal loses at most the keystroke in flight:
drive the real app in a subprocess, SIGKILL it mid-typing, reopen the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from drafter.drafts.store import DraftStore

DRIVER = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from drafter.config import load_settings
    from drafter_tui.app import make_app
    from drafter.assist.search import CorpusSearch
    from drafter.assist.services import default_services

    corpus, data = Path(sys.argv[1]), Path(sys.argv[2])
    settings = load_settings(corpus_dir=corpus, data_dir=data)
    services = default_services(settings, checker_embeddings=False)
    services.open_search = lambda c, p: CorpusSearch(c)
    app = make_app(settings, services=services, cursor_blink=False)
    WORDS = "경찰청장의 의견을 들어야 한다" * 20

    async def main():
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("ctrl+n", "y")
            await pilot.pause()
            await pilot.press("f4")
            await pilot.pause()
            await pilot.press("ctrl+n")
            await pilot.press(*"제35조제1항")
            await pilot.click("#old")
            print("draft", app.draft.id, flush=True)
            for n, ch in enumerate(WORDS, 1):
                await pilot.press("space" if ch == " " else ch)
                await pilot.pause()
                print("typed", n, flush=True)

    asyncio.run(main())
    """
)


@pytest.mark.integration
def test_sigkill_of_the_app_mid_typing_keeps_every_handled_keystroke(small_corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(small_corpus), str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    draft_id, typed = None, 0
    deadline = time.monotonic() + 90
    while typed < 12 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        kind, value = line.split()
        if kind == "draft":
            draft_id = value
        else:
            typed = int(value)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert draft_id is not None and typed >= 12, proc.stderr.read() if proc.stderr else ""

    draft = DraftStore.for_data_dir(data).get(draft_id)
    change = draft.changes[0]
    assert change.at == "제35조제1항"
    words = "경찰청장의 의견을 들어야 한다" * 20
    assert change.old is not None and words.startswith(change.old)
    assert len(change.old) >= typed, f"{typed} keystrokes handled, only {len(change.old)} saved"
