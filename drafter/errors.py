"""User-facing errors.

Every error a drafter can cause (bad corpus file, unknown address, bad spec)
is a :class:`DrafterError`: it carries *where* (file, line, document,
address) and *what to do*, and the CLI prints it without a traceback.
"""

from __future__ import annotations

from pathlib import Path


class DrafterError(Exception):
    """Base class: a problem the user can fix. ``str()`` is the full message."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        text = where + self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class ConfigError(DrafterError):
    """The configuration file or environment is invalid."""


class CorpusError(DrafterError):
    """The corpus directory or one of its files cannot be used."""


class ParseError(CorpusError):
    """A statute or paper file does not parse; names the file and line."""


class AddressError(DrafterError):
    """An address string is malformed or does not exist in the document."""


class UnknownDocumentError(DrafterError):
    """A document id is not in the corpus."""


class StoreError(DrafterError):
    """The vector store cannot be opened or reached."""


class EmbedderError(DrafterError):
    """The configured embedding model cannot be loaded."""
