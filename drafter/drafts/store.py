"""The draft store: one SQLite database in WAL mode under ``data_dir/drafts``.

Every :meth:`DraftStore.save` is its own committed transaction, so a drafter
who kills the terminal loses at most the edit that was being typed: WAL with
``synchronous=FULL`` makes a commit durable before ``save`` returns, and a
process killed mid-write leaves the previous committed version readable.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from pydantic import ValidationError

from drafter.drafts.models import Draft, DraftSummary, now_utc
from drafter.errors import DrafterError

DB_NAME = "drafts.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    plan TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS drafts_updated ON drafts(updated_at);
"""


class DraftStoreError(DrafterError):
    """The draft store cannot be opened, or a draft is unknown or unreadable."""


class DraftStore:
    """Drafts saved as JSON rows; thread-safe (workers save too)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.path = self.root / DB_NAME
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise DraftStoreError(
                f"cannot open the draft store: {exc}", path=self.path,
                hint="check that the data directory is writable (DRAFTER_DATA_DIR)",
            ) from None
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> DraftStore:
        """The store of a settings data directory: ``data_dir / "drafts"``."""
        return cls(Path(data_dir) / "drafts")

    # -- writing -----------------------------------------------------------
    def save(self, draft: Draft, *, touch: bool = True) -> Draft:
        """Write the draft now (one committed transaction); stamps ``updated_at``
        unless ``touch=False`` (imports keep their time)."""
        if touch:
            draft.updated_at = now_utc()
        body = draft.model_dump_json()
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO drafts(id, title, plan, updated_at, body) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET title=excluded.title, plan=excluded.plan, "
                    "updated_at=excluded.updated_at, body=excluded.body",
                    (draft.id, draft.title, draft.plan, draft.updated_at.isoformat(), body),
                )
            except sqlite3.Error as exc:
                raise DraftStoreError(f"cannot save draft {draft.id}: {exc}", path=self.path) from None
        return draft

    def create(self, **fields: object) -> Draft:
        """A new draft, saved at once."""
        return self.save(Draft(**fields))

    def delete(self, draft_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    # -- reading -----------------------------------------------------------
    def get(self, draft_id: str) -> Draft:
        with self._lock:
            row = self._db.execute("SELECT body FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise DraftStoreError(f"no draft {draft_id!r}", path=self.path,
                                  hint="`drafter tui` lists the saved drafts on its start screen")
        try:
            return Draft.model_validate_json(row[0])
        except ValidationError as exc:
            raise DraftStoreError(f"draft {draft_id!r} is unreadable: {exc.errors()[0]['msg']}",
                                  path=self.path) from None

    def list(self) -> list[DraftSummary]:
        """Every draft, most recently changed first."""
        with self._lock:
            rows = self._db.execute("SELECT body FROM drafts ORDER BY updated_at DESC, id").fetchall()
        out: list[DraftSummary] = []
        for (body,) in rows:
            try:
                d = Draft.model_validate_json(body)
            except ValidationError:
                continue  # an unreadable row must not hide the others
            out.append(DraftSummary(id=d.id, title=d.title, plan=d.plan, areas=d.areas,
                                    updated_at=d.updated_at, changes=len(d.changes), step=d.step))
        return out

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
