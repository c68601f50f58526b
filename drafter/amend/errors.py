"""Errors of the amendment engine.

Every problem with a spec is a :class:`~drafter.errors.DrafterError`, so the
CLI prints it without a traceback. An :class:`AmendmentError` names the change
(1-based index and kind) and the address, and carries a machine-readable
``reason`` (``unknown-address``, ``not-found``, ``ambiguous``, ``exists``,
``deleted``, ``overlap``, ``invalid``) that tests and the TUI can branch on.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import DrafterError


class SpecError(DrafterError):
    """The amendment spec file is not valid YAML/JSON or does not fit the schema."""


class AmendmentError(DrafterError):
    """A change of a valid spec cannot be applied to the current text of the law."""

    def __init__(
        self,
        message: str,
        *,
        index: int | None = None,
        kind: str | None = None,
        address: str | None = None,
        reason: str = "invalid",
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.index = index
        self.kind = kind
        self.address = address
        self.reason = reason
        self.detail = message
        prefix = ""
        if index is not None:
            prefix = f"change {index} ({kind or 'change'}"
            prefix += f" at {address})" if address else ")"
            prefix += ": "
        super().__init__(prefix + message, path=path, line=line, hint=hint)
