"""YAML for untrusted files (amendment specs, corpus front matter), bounded.

PyYAML's safe loader still accepts aliases: a few hundred bytes of nested
``*alias`` references ("billion laughs") build a graph that any later walk
(validation, HTML unescaping, line indexing) expands into billions of nodes.
The loader here refuses aliases outright (a spec or a statute's front matter
never needs them), bounds nesting depth (the composer is recursive) and the
number of nodes, and the callers bound the input size. Every refusal is a
:class:`yaml.MarkedYAMLError` carrying the line, so callers' existing
"invalid YAML … line N" handling names the place.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.error import MarkedYAMLError

MAX_DEPTH = 64
"""Deepest nesting of mappings/sequences accepted (a spec needs about 6)."""
MAX_NODES = 200_000
"""Most scalars + collections in one document (a large spec has a few thousand)."""


class YAMLLimitError(MarkedYAMLError):
    """The document uses an alias, or is nested too deeply, or has too many nodes."""


def _bounded(base: type) -> type:
    class Loader(base):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._depth = 0
            self._nodes = 0

        def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D401 - PyYAML hook
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise YAMLLimitError(
                    problem=f"YAML aliases (*{event.anchor}) are not allowed here: write the value out",
                    problem_mark=event.start_mark,
                )
            self._nodes += 1
            if self._nodes > MAX_NODES:
                event = self.peek_event()
                raise YAMLLimitError(problem=f"more than {MAX_NODES} YAML nodes", problem_mark=event.start_mark)
            self._depth += 1
            try:
                if self._depth > MAX_DEPTH:
                    event = self.peek_event()
                    raise YAMLLimitError(problem=f"nested more than {MAX_DEPTH} levels deep",
                                         problem_mark=event.start_mark)
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    Loader.__name__ = f"Bounded{base.__name__}"
    return Loader


BoundedSafeLoader = _bounded(yaml.SafeLoader)
"""Like ``yaml.SafeLoader`` (ints, bools, dates …), without aliases, bounded."""
BoundedBaseLoader = _bounded(yaml.BaseLoader)
"""Like ``yaml.BaseLoader`` (every scalar a string), without aliases, bounded."""


def load(text: str, *, strings_only: bool = False) -> Any:
    """Parse one YAML document; raises :class:`yaml.YAMLError` (with a mark) on any problem."""
    loader = (BoundedBaseLoader if strings_only else BoundedSafeLoader)(text)
    try:
        return loader.get_single_data()
    except RecursionError:
        raise YAMLLimitError(problem=f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()


def compose(text: str) -> yaml.Node | None:
    """The node tree of one document (for line numbers), with the same limits."""
    loader = BoundedSafeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()
