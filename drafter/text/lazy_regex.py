"""Regular expressions compiled on first use.

The citation checker holds several hundred module-level patterns, most of them
for one language or one kind of claim. Compiling them all at import cost about
half a second of every cold ``drafter summarize``, although a Korean answer
uses fewer than a fifth of them. :func:`lazy_compile` returns a stand-in that
compiles on its first use and then forwards to the compiled pattern's own
bound methods (attribute lookups, no extra call), so a pattern nobody uses is
never compiled.

Use it for module-level constants only; inside a function ``re.compile`` (and
its cache) is the right tool.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What the stand-in copies from the compiled pattern on first use; anything
# else is still forwarded by ``__getattr__``.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
              "pattern", "flags", "groups", "groupindex")


_CREATED: list[LazyPattern] = []  # every stand-in made, for compile_all()


class LazyPattern:
    """A ``re.Pattern`` stand-in that compiles ``pattern`` when first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes not yet set: on first use, and for the
        # rare attribute outside _FORWARDED.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in _FORWARDED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        pattern, flags = self._source
        return f"lazy_compile({pattern!r}, {flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, deferred until the pattern is first used.

    An invalid pattern raises ``re.error`` at first use, not at import:
    ``tests/test_lazy_regex.py`` imports every module and runs
    :func:`compile_all`.
    """
    lazy = LazyPattern(pattern, int(flags))
    _CREATED.append(lazy)
    return cast("re.Pattern[str]", lazy)


def compile_all() -> int:
    """Compile every pattern made so far (a test's check that each is valid); how many."""
    for lazy in _CREATED:
        lazy.search  # noqa: B018 - first use compiles
    return len(_CREATED)
