"""Reading corpus files safely: UTF-8 only, no binaries, clear errors."""

from __future__ import annotations

from pathlib import Path

from drafter.errors import CorpusError


def read_text(path: Path) -> str:
    """Read a UTF-8 text file exactly (``newline=""`` keeps offsets true)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError("file not found", path=path) from None
    except IsADirectoryError:
        raise CorpusError("is a directory, expected a text file", path=path) from None
    except PermissionError:
        raise CorpusError("cannot read the file (permission denied)", path=path,
                          hint="check the file's permissions") from None
    except OSError as exc:
        raise CorpusError(f"cannot read the file: {exc.strerror or exc}", path=path) from None
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
