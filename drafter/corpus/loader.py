"""Reading corpus files safely: regular files only, bounded, UTF-8 only, no binaries, clear errors.

A FIFO, socket or device in ``statutes/`` or ``papers/`` would block a plain
``open()`` forever (a FIFO with no writer) or never end (``/dev/zero``):
files are opened non-blocking and checked with ``fstat`` on the open
descriptor (no window between check and read) and refused unless regular.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from drafter.errors import CorpusError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest corpus file read (the longest reference statute is 0.7 MB)."""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def is_regular_file(path: Path) -> bool:
    """True for a regular file (or a symlink to one); never opens it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is a :class:`CorpusError`."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise CorpusError("file not found", path=path) from None
    except IsADirectoryError:
        raise CorpusError("is a directory, expected a text file", path=path) from None
    except PermissionError:
        raise CorpusError("cannot read the file (permission denied)", path=path,
                          hint="check the file's permissions") from None
    except OSError as exc:
        raise CorpusError(f"cannot read the file: {exc.strerror or exc}", path=path) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise CorpusError("is a directory, expected a text file", path=path)
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"is {_kind(info.st_mode)}, not a regular file: not read", path=path,
                              hint="remove it from the corpus directory")
        if info.st_size > limit:
            raise CorpusError(f"file is {info.st_size:,} bytes (at most {limit:,} are read)", path=path,
                              hint="split the document or remove it from the corpus directory")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            piece = os.read(fd, 1 << 20)
            if not piece:
                break
            total += len(piece)
            if total > limit:  # grew while being read
                raise CorpusError(f"file is more than {limit:,} bytes", path=path)
            chunks.append(piece)
        return b"".join(chunks)
    except IsADirectoryError:
        raise CorpusError("is a directory, expected a text file", path=path) from None
    except OSError as exc:
        raise CorpusError(f"cannot read the file: {exc.strerror or exc}", path=path) from None
    finally:
        os.close(fd)


def read_text(path: Path) -> str:
    """Read a UTF-8 text file exactly (``newline=""`` keeps offsets true)."""
    path = Path(path)
    data = read_bytes(path)
    if b"\x00" in data[:8192]:
        raise CorpusError("looks like a binary file, not UTF-8 text", path=path,
                          hint="remove it from the corpus directory or convert it to Markdown")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=path, line=line,
            hint="re-save the file as UTF-8 (e.g. iconv -f cp949 -t utf-8)",
        ) from None
