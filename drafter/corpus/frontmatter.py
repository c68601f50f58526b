"""YAML front matter of corpus files (``---`` … ``---``)."""

from __future__ import annotations

import html
from pathlib import Path

import yaml

from drafter import safe_yaml
from drafter.errors import ParseError

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Front matter is a few lines of metadata (the reference corpus: under 2 KB)."""


def split_front_matter(text: str, path: Path) -> tuple[dict, int]:
    """Return ``(meta, body_offset)``; files without front matter give ``({}, 0)``.

    Values are kept as strings (codes such as ``별표번호: 0008`` are not
    numbers) and HTML entities in titles are decoded.
    """
    if not text.startswith("---"):
        return {}, 0
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return {}, 0
    end = -1
    pos = first_nl + 1
    while pos <= len(text):
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        if line.rstrip("\r") == "---":
            end = pos
            body = len(text) if nl < 0 else nl + 1
            break
        if nl < 0:
            break
        pos = nl + 1
    if end < 0:
        raise ParseError(
            "front matter opened with '---' is never closed",
            path=path,
            line=1,
            hint="add a line '---' after the YAML block",
        )
    raw = text[first_nl + 1 : end]
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise ParseError(
            f"front matter is {len(raw):,} characters long (at most {MAX_FRONT_MATTER_CHARS:,} are read)",
            path=path, line=1, hint="front matter holds a few metadata lines: move the rest into the body",
        )
    try:
        # no aliases, bounded depth and size: a "billion laughs" block fails here, fast
        meta = safe_yaml.load(raw, strings_only=True) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ParseError(
            f"front matter is not valid YAML: {problem}", path=path, line=line
        ) from None
    if not isinstance(meta, dict):
        raise ParseError("front matter must be a YAML mapping", path=path, line=2)
    return _unescape(meta), body


def _unescape(value):
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, list):
        return [_unescape(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescape(v) for k, v in value.items()}
    return value
