"""``corpus/manifest.toml``: the reference documents and their hashes.

The manifest pins which files the project was built and evaluated against.
``check_manifest`` compares a corpus directory with it and reports files that
are missing, changed (sha256 differs) or unknown (not in the manifest).
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from drafter.corpus.corpus import Corpus
from drafter.corpus.frontmatter import split_front_matter
from drafter.corpus.loader import is_regular_file, read_bytes, read_text
from drafter.errors import CorpusError


class ManifestEntry(BaseModel):
    id: str
    title: str
    kind: Literal["statute", "paper"]
    path: str = Field(description="relative to the corpus directory, e.g. statutes/police-act.md")
    source_url: str | None = None
    sha256: str


class Manifest(BaseModel):
    documents: list[ManifestEntry]


class ManifestProblem(BaseModel):
    status: Literal["missing", "changed", "unknown"]
    id: str
    path: str
    detail: str


def sha256_file(path: Path) -> str:
    """sha256 of a regular file (a FIFO or device is a :class:`CorpusError`, never opened blocking)."""
    return hashlib.sha256(read_bytes(path)).hexdigest()


def load_manifest(path: Path) -> Manifest:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError("manifest not found", path=path, hint="create it with 'drafter corpus manifest -o PATH'") from None
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"manifest is not valid TOML: {exc}", path=path) from None
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise CorpusError(f"manifest entry {loc}: {first['msg']}", path=path) from None


def build_manifest(root: Path) -> Manifest:
    """Describe every document of a corpus directory (front matter title and source)."""
    entries = []
    for doc_id, path, kind in Corpus.discover(root):
        meta, _ = split_front_matter(read_text(path), path)
        title = meta.get("제목") or meta.get("title") or doc_id
        source = meta.get("출처") or meta.get("source_url") or meta.get("url")
        entries.append(
            ManifestEntry(
                id=doc_id,
                title=str(title),
                kind=kind,  # type: ignore[arg-type]
                path=path.relative_to(root).as_posix(),
                source_url=str(source) if source else None,
                sha256=sha256_file(path),
            )
        )
    return Manifest(documents=entries)


def dump_manifest(manifest: Manifest) -> str:
    lines = [
        "# Reference corpus of drafter: the documents the project is built and",
        "# evaluated against. The files live outside the repository (../shared/corpus);",
        "# `drafter corpus check DIR` compares a directory with this list.",
        "# Regenerate with `drafter corpus manifest DIR -o corpus/manifest.toml --force`.",
        "",
    ]
    for e in manifest.documents:
        lines.append("[[documents]]")
        lines.append(f"id = {_toml_str(e.id)}")
        lines.append(f"title = {_toml_str(e.title)}")
        lines.append(f"kind = {_toml_str(e.kind)}")
        lines.append(f"path = {_toml_str(e.path)}")
        if e.source_url:
            lines.append(f"source_url = {_toml_str(e.source_url)}")
        lines.append(f"sha256 = {_toml_str(e.sha256)}")
        lines.append("")
    return "\n".join(lines)


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def check_manifest(root: Path, manifest: Manifest) -> list[ManifestProblem]:
    """Problems of ``root`` against ``manifest``; empty when they agree."""
    root = Path(root)
    if not root.is_dir():
        raise CorpusError("corpus directory does not exist", path=root,
                          hint="pass the directory, e.g. drafter corpus check ../shared/corpus")
    problems: list[ManifestProblem] = []
    known = {e.path for e in manifest.documents}
    for e in manifest.documents:
        path = root / e.path
        if not is_regular_file(path):
            detail = "not a regular file (not read)" if path.exists() else "file not found"
            problems.append(ManifestProblem(status="missing", id=e.id, path=e.path, detail=detail))
            continue
        actual = sha256_file(path)
        if actual != e.sha256:
            problems.append(ManifestProblem(
                status="changed", id=e.id, path=e.path,
                detail=f"sha256 {actual[:12]}… differs from the manifest's {e.sha256[:12]}…",
            ))
    for sub in ("statutes", "papers"):
        folder = root / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            rel = path.relative_to(root).as_posix()
            if path.name.startswith(".") or rel in known or path.is_dir():
                continue
            if is_regular_file(path):
                problems.append(ManifestProblem(status="unknown", id=path.stem, path=rel,
                                                detail="not listed in the manifest"))
            else:  # a FIFO, socket or device: reported, never opened
                problems.append(ManifestProblem(status="unknown", id=path.stem, path=rel,
                                                detail="not a regular file (a FIFO, socket or device): remove it"))
    return problems
