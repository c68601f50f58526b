"""The review step's list of provisions that cite what the draft deletes, rewrites, moves or
renumbers — in every corpus statute, the amended law included — and the one key (``a``) that
adds the follow-up change for the highlighted one.

The list is computed by :func:`drafter.assist.engine.spec_impact` (it reads the citations of
every statute) in a worker, and kept per draft revision (the spec of its finished changes). Each
row is laid out by cells like the 대비표 (:func:`drafter_tui.widgets.bill_preview.wrap_line`:
a Hangul syllable is two cells, every character is drawn).

A follow-up change is a ``replace`` at the citing provision whose old words are the citation:

* a renumbered provision: the new words are the citation with the new number — done;
* a deleted or rewritten provision: the amendment step opens with the change in its form, the
  cursor in the new words, for the drafter to type what the provision should now cite.

A citation in the amended law becomes a change of the same bill; one in another law a change
with ``law`` set, which the spec carries in ``other_laws`` (다른 법률의 개정 in the 부칙).
Ctrl+Z removes it again.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from drafter_tui.widgets.bill_preview import wrap_line
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, ListItem, ListView, Static

from drafter.drafts.models import LAW_SHORT_NAMES, Change
from drafter.errors import DrafterError

if TYPE_CHECKING:
    from drafter_tui.app import DrafterApp

    from drafter.assist.engine import ImpactItem

KIND_LABELS = {
    "named": "법률명 인용", "same-law": "같은 법", "abbreviation": "법/영 약칭", "this-law": "이 법",
    "internal": "법률 안", "same-provision": "같은 조",
}
HEAD = Style(bold=True)
WHERE = Style(color="cyan", bold=True)
WARN = Style(color="yellow")
DIM = Style(dim=True)
DONE = Style(color="green", bold=True)
CACHE_SIZE = 16
_CACHE: OrderedDict[str, list[ImpactItem]] = OrderedDict()
"""Spec (JSON) -> its impact: one entry per draft revision looked at."""


def law_name(doc: str) -> str:
    return LAW_SHORT_NAMES.get(doc, doc)


def kind_label(kind: str) -> str:
    base, _, rng = kind.partition(" ")
    label = KIND_LABELS.get(base, base)
    return label + (", 범위" if rng else "")


def change_label(item: ImpactItem) -> str:
    from drafter.amend.particles import directional_particle  # drafter.amend: loaded by the worker by now

    if item.change == "renumber" and item.renumbered_as:
        return f"{item.renumbered_as}{directional_particle(item.renumbered_as)} 번호 바뀜"
    return "삭제됨" if item.change == "delete" else "전문 개정됨"


def cites_label(item: ImpactItem) -> str:
    law, _, cited = item.cites.partition(" ")
    return f"{law_name(law)} {cited}"


class ImpactRowView:
    """One citing provision, wrapped by cells to the width it gets: where (statute title and
    address), what it cites and what happens to it, then its whole text, indented."""

    def __init__(self, item: ImpactItem, done: bool = False) -> None:
        self.item = item
        self.done = done
        """The draft has the follow-up change already."""

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(10, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width, 10)
        item = self.item
        head = [(f"{item.title} ", HEAD), (item.address, WHERE),
                (f" → {cites_label(item)} {change_label(item)} ", WARN), (f"({kind_label(item.kind)})", DIM)]
        if self.done:
            head.append((" ✓ 후속 개정 있음", DONE))
        lines = wrap_line(head, width)
        indent = 2
        lines += [[("  ", None), *line] for line in wrap_line([(" ".join(item.text.split()), None)], width - indent)]
        for line in lines:
            used = 0
            for text, style in line:
                yield Segment(text, style)
                used += cell_len(text)
            if used < width:
                yield Segment(" " * (width - used))
            yield Segment.line()


class ImpactList(Vertical):
    """The citing provisions of the draft's changes; ``a`` on a row adds the follow-up change."""

    DEFAULT_CSS = """
    ImpactList { height: 2fr; border-top: solid $primary-darken-2; }
    ImpactList > #impact-title { height: 1; padding: 0 1; }
    ImpactList > ListView { height: 1fr; }
    ImpactList ListItem { padding: 0 1; }
    ImpactList.empty { height: auto; }
    ImpactList.empty > ListView { display: none; }
    """

    class Computed(Message):
        def __init__(self, key: str, items: list[ImpactItem] | None, error: str | None) -> None:
            self.key, self.items, self.error = key, items, error
            super().__init__()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_class("empty")  # one line until there are rows
        self.items: list[ImpactItem] = []
        self.key: str | None = None

    @property
    def drafter(self) -> DrafterApp:
        return self.app  # type: ignore[return-value]

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("인용 영향: 코퍼스 읽는 중…", id="impact-title")
        yield ListView(id="impact-rows")

    # -- computing ------------------------------------------------------------
    def recompute(self) -> None:
        """The impact of the draft's finished changes: from the cache, or in a worker."""
        from drafter_tui.screens.amend import complete, engine_spec

        draft, corpus = self.drafter.draft, self.drafter.corpus
        if draft is None or corpus is None:
            return
        ready = [c for c in draft.changes if complete(c) and (not c.law or c.law == draft.law)]
        if not ready:
            self.key = None
            self._show([], None)
            return
        spec = engine_spec(draft, ready)  # the main law's changes: another law's follow-ups cite nothing new
        spec.pop("other_laws", None)
        key = json.dumps(spec, ensure_ascii=False, sort_keys=True)
        self.key = key
        if key in _CACHE:
            _CACHE.move_to_end(key)
            self._show(_CACHE[key], None)
            return
        self.query_one("#impact-title", Static).update("인용 영향: 모든 법률의 인용 조문을 찾는 중…")
        self.remove_class("empty")
        self.query_one(ListView).loading = True
        self.compute(key, spec)

    @work(thread=True, exclusive=True, group="impact", exit_on_error=False)
    def compute(self, key: str, spec: dict[str, Any]) -> None:
        corpus = self.drafter.corpus
        try:
            items, error = self.drafter.services.engine.impact(corpus, spec), None  # type: ignore[attr-defined]
        except DrafterError as exc:
            items, error = None, str(exc)
        self.post_message(self.Computed(key, items, error))

    def on_impact_list_computed(self, message: Computed) -> None:
        message.stop()
        if message.items is not None:
            _CACHE[message.key] = message.items
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
        if message.key == self.key:
            self._show(message.items or [], message.error)

    def _show(self, items: list[ImpactItem], error: str | None) -> None:
        self.items = items
        rows = self.query_one(ListView)
        rows.loading = False
        rows.clear()
        self.set_class(not items, "empty")
        title = self.query_one("#impact-title", Static)
        if error is not None:
            self.drafter.last_error_detail = error
            title.update("인용 영향: 개정안에 오류가 있어 찾지 못함 (위의 오류를 먼저 고치세요)")
            return
        if not items:
            title.update("인용 영향: 삭제ㆍ전문 개정ㆍ번호 변경되는 조문을 인용하는 조문이 없습니다")
            return
        laws = len({i.doc for i in items})
        title.update(f"인용 영향: {laws}개 법률의 {len(items)}개 조문 — a: 고른 조문의 후속 개정 추가")
        draft = self.drafter.draft
        for item in items:
            follow_up = follow_up_change(draft.law, item) if draft is not None else None
            done = follow_up is not None and any(_same_place(c, follow_up) for c in draft.changes)  # type: ignore[union-attr]
            rows.append(ListItem(Label(ImpactRowView(item, done))))
        rows.index = 0

    def selected(self) -> ImpactItem | None:
        index = self.query_one(ListView).index
        return self.items[index] if index is not None and 0 <= index < len(self.items) else None

    # -- the follow-up change ---------------------------------------------------
    def add_follow_up(self) -> None:
        item = self.selected()
        if item is None:
            self.drafter.notify("후속 개정을 추가할 인용 조문을 먼저 고르세요.", severity="warning")
            return
        add_follow_up(self.drafter, item)


FOLLOW_UP_NOTE = "(인용 영향)"  # ends the note of a follow-up change added from this list


def follow_up_change(draft_law: str, item: ImpactItem) -> Change | None:
    """The change that updates ``item``'s citation (None: a bare citation that moves along)."""
    law = None if item.doc == draft_law else item.doc
    note = f"{cites_label(item)} {change_label(item)} {FOLLOW_UP_NOTE}"
    if item.change == "renumber":
        if not item.new or item.new == item.old:
            return None
        return Change(kind="replace", at=item.address, old=item.old, new=item.new, law=law, note=note)
    return Change(kind="replace", at=item.address, old=item.old, law=law, note=note)


def add_follow_up(app: DrafterApp, item: ImpactItem) -> None:
    """Add the follow-up change of ``item`` to the draft (undoable), and say so in the status line."""
    draft = app.draft
    if draft is None:
        return
    change = follow_up_change(draft.law, item)
    where = f"{law_name(item.doc)} {item.address}"
    if change is None:
        from drafter.amend.particles import FinalSound, final_sound

        topic = "는" if final_sound(item.old) == FinalSound.vowel else "은"
        app.notify(f"{where}의 \"{item.old}\"{topic} 조문과 함께 옮겨지므로 고칠 필요가 없습니다.")
        return
    same = next((i for i, c in enumerate(draft.changes)
                 if (c.law or None) == change.law and c.address == change.address and c.old == change.old), None)
    if same is not None:
        app.notify(f"{where}의 후속 개정은 이미 {same + 1}번 개정 사항에 있습니다.", severity="warning")
        return
    draft.changes.append(change)
    index = len(draft.changes) - 1
    app.save_draft()
    target = "부칙(다른 법률의 개정)" if change.law else "이 개정안"

    def undo() -> None:
        if app.draft is not draft:
            return
        at = index if index < len(draft.changes) and _same_place(draft.changes[index], change) else next(
            (i for i, c in enumerate(draft.changes) if _same_place(c, change)), None)
        if at is None:
            return
        draft.changes.pop(at)
        app.save_draft()
        screen = app.screen
        if hasattr(screen, "draft_changed"):
            if getattr(screen, "selected", None) is not None:
                screen.selected = None  # type: ignore[attr-defined]
            screen.draft_changed()

    app.remember_undo(f"후속 개정 추가 ({change.summary()})", undo)
    if change.new:
        app.notify(f"{target}에 추가함: {change.summary()} (Ctrl+Z: 되돌리기)")
        screen = app.screen
        if hasattr(screen, "draft_changed"):
            screen.draft_changed()
        return
    if not app.is_screen_installed("amend"):
        app.install_screen(app.make_step("amend"), name="amend")
    amend = app.get_screen("amend")
    amend.selected = index  # type: ignore[attr-defined]
    app.action_goto("amend")

    def focus_new() -> None:
        try:
            amend.query_one("#new").focus()
        except Exception:  # noqa: BLE001 - the screen is not composed yet: the drafter clicks
            pass

    app.call_after_refresh(focus_new)
    # the status line of the amendment step: the message again, now that it is shown
    app.call_after_refresh(lambda: app.notify(
        f"{target}에 추가함: {where} \"{item.old}\" — 새 문구를 입력하세요 (Ctrl+Z: 되돌리기)"))


def _same_place(a: Change, b: Change) -> bool:
    return (a.law or None) == (b.law or None) and a.address == b.address and a.old == b.old
