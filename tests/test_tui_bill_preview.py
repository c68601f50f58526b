"""The 신ㆍ구조문대비표 in the TUI shows every character of both columns, at any width:
side by side at 120 columns, stacked (현행 above 개정안) at 80."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafter_tui.app import DrafterApp, make_app
from drafter_tui.widgets.bill_preview import NEW_HEADER, OLD_HEADER, BillPreview, wrap_line
from rich.cells import cell_len
from textual.worker import WorkerFailed

from drafter.assist.search import CorpusSearch
from drafter.assist.services import default_services
from drafter.config import load_settings
from drafter.drafts.models import Change, Draft
from drafter.drafts.store import DraftStore

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _squeeze(text: str) -> str:
    return "".join(text.split())


def test_wrap_line_keeps_every_character_and_fits_the_width() -> None:
    text = "제19조(시ㆍ도자치경찰위원회의 구성) ① 시ㆍ도자치경찰위원회는 위원장 1명을 포함한 7명의 위원으로 구성하되, " \
           "자치경찰사무에관한아주긴낱말이한줄보다길어도끊어서보여준다 (性) ②"
    for width in range(2, 61):
        lines = wrap_line([(text, None)], width)
        shown = ["".join(t for t, _ in line) for line in lines]
        assert _squeeze("".join(shown)) == _squeeze(text), width
        assert all(cell_len(s.rstrip()) <= width for s in shown), (width, shown)


CHANGES = [
    Change(kind="replace", at="제19조제1항", old="7명의", new="9명의"),
    Change(kind="insert", at="제24조제1항제17호", text="자치경찰사무에 필요한 예산의 편성 및 집행에 관한 사항"),
]


def preview_app(small_corpus: Path, data: Path) -> DrafterApp:
    settings = load_settings(corpus_dir=small_corpus, data_dir=data)
    store = DraftStore.for_data_dir(data)
    store.save(Draft(id="cmp", title="대비표 확인", changes=CHANGES))
    services = default_services(settings, checker_embeddings=False)
    services.open_search = lambda corpus, progress: CorpusSearch(corpus)
    return make_app(settings, services=services, store=store, draft_id="cmp", cursor_blink=False)


async def settle(pilot, app: DrafterApp) -> None:
    for _ in range(3):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass
        await pilot.pause()


async def table_lines(pilot, app: DrafterApp) -> list[str]:
    """Every line of the comparison table as it appears on screen, scrolling the preview through."""
    preview = app.screen.query_one(BillPreview)
    table = preview.query_one("#bill-table")
    seen: dict[int, str] = {}
    y = 0
    while True:
        preview.scroll_to(y=y, animate=False)
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        visible = table.region.intersection(preview.scrollable_content_region)
        for sy in range(visible.y, visible.bottom):
            seen[sy - table.region.y] = strips[sy].crop(visible.x, visible.right).text
        if preview.scroll_y >= preview.max_scroll_y:
            break
        y = preview.scroll_y + max(visible.height, 1)
    return [seen[i] for i in sorted(seen)]


def columns(lines: list[str]) -> tuple[list[str], list[str], bool]:
    """The text of the old and new columns per article, and whether the layout was side by side."""
    olds: list[str] = []
    news: list[str] = []
    if any(line.lstrip().startswith("┌") for line in lines):
        for line in lines:
            if line.lstrip().startswith("├"):
                olds.append("")
                news.append("")
            elif line.lstrip().startswith("│") and olds:
                _, left, right, _ = line.split("│")
                olds[-1] += left
                news[-1] += right
        return olds, news, True
    target: list[str] | None = None
    for line in lines:
        head = line.strip()
        if head.startswith("── 제"):
            olds.append("")
            news.append("")
            target = None
        elif head == OLD_HEADER:
            target = olds
        elif head == NEW_HEADER:
            target = news
        elif target is not None:
            target[-1] += line
    return olds, news, False


@pytest.mark.parametrize(("size", "side_by_side"), [((120, 35), True), ((80, 24), False)])
async def test_every_character_of_both_columns_is_on_screen(small_corpus, tmp_path, size, side_by_side) -> None:
    app = preview_app(small_corpus, tmp_path / "data")
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        await pilot.pause(0.4)
        await settle(pilot, app)
        bill = app.screen.last_bill
        assert bill is not None and [r.article for r in bill.comparison] == ["제19조", "제24조"]
        olds, news, was_side_by_side = columns(await table_lines(pilot, app))
    assert was_side_by_side is side_by_side
    assert len(olds) == len(news) == 2
    for row, old, new in zip(bill.comparison, olds, news):
        want_old = _squeeze("".join(s.text for line in row.old_lines for s in line.segments))
        want_new = _squeeze("".join(s.text for line in row.new_lines for s in line.segments))
        assert _squeeze(old) == want_old
        assert _squeeze(new) == want_new
    assert "①" in olds[0] and "구성)①" in _squeeze(olds[0])
    assert "자치경찰사무에" in _squeeze(news[1])
