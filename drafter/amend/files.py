"""Output files, written safely.

- **Atomic**: the content goes to a temporary file beside the target, is
  flushed to disk and then renamed over it: a failure leaves no partial
  file, and an existing file untouched.
- **No silent overwrite**: with ``overwrite=False`` (what the CLI passes
  unless ``--force``) an existing target is an :class:`OutputError` naming
  it; the final link is made with ``os.link``, which fails if a file
  appeared meanwhile.
- **Modes**: a replaced file keeps its permission bits; a new file gets
  ``0666`` less the umask (``0644`` usually), not ``mkstemp``'s ``0600``.
- **Symlinks are written through**: ``-o link`` replaces the file the link
  points to and the link stays a link (a dangling link creates its target).
- A directory, FIFO or device as target, a missing or unwritable directory:
  an :class:`OutputError` naming it, never a traceback.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from drafter.errors import DrafterError


class OutputError(DrafterError):
    """The output file cannot be written."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            os.fsync(f.fileno())
    except OSError:  # a filesystem without fsync: the rename is still atomic
        pass


def write_atomic(path: str | Path, write: Callable[[Path], None], *, overwrite: bool = True) -> Path:
    """Call ``write(tmp_path)`` and move the result to ``path`` only if it succeeded.

    ``overwrite=False`` refuses an existing ``path`` (file or symlink). Returns ``path``.
    """
    target = Path(path)
    exists = os.path.lexists(target)
    if exists and not overwrite:
        raise OutputError(
            "already exists: not overwritten", path=target,
            hint="pass --force to replace it, or choose another name with -o",
        )
    final = Path(os.path.realpath(target)) if target.is_symlink() else target  # write through a symlink
    parent = final.parent if str(final.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError("output directory does not exist", path=parent, hint="create it first or pick another -o path")
    mode = 0o666 & ~_umask()
    try:
        info = os.stat(final)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write output: {exc.strerror or exc}", path=target) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("is a directory", path=target, hint="give a file name with -o")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError("is not a regular file (a FIFO, socket or device): not replaced", path=target,
                              hint="choose a file name with -o")
        mode = stat.S_IMODE(info.st_mode)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(
            f"cannot write in {parent}: {exc.strerror or exc}", path=target,
            hint="check the directory's permissions, or choose another -o path",
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, mode)
        _fsync(tmp)
        if overwrite:
            os.replace(tmp, final)
        else:
            _link_new(tmp, final, target)
    except OutputError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write output: {exc.strerror or exc}", path=target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _link_new(tmp: Path, final: Path, shown: Path) -> None:
    """Give ``tmp`` the name ``final`` only if nothing has that name (no race with another writer)."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise OutputError("already exists: not overwritten", path=shown,
                          hint="pass --force to replace it, or choose another name with -o") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # a filesystem without hard links: check, then rename (a narrow race, as any tool has there)
        if os.path.lexists(final):
            raise OutputError("already exists: not overwritten", path=shown,
                              hint="pass --force to replace it, or choose another name with -o") from None
        os.replace(tmp, final)
        return
    tmp.unlink(missing_ok=True)


def write_text_atomic(path: str | Path, text: str, *, overwrite: bool = True) -> Path:
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), overwrite=overwrite)
