"""Prompt templates stored as files in ``prompts/``.

A template file starts with a small header, then a ``## system`` and a
``## user`` section::

    ---
    name: summarize
    variables: [question, sources]
    ---
    ## system
    You write …
    ## user
    Question: {question}
    {sources}

Placeholders are ``{name}`` (``{{`` and ``}}`` for literal braces). Loading
checks that the placeholders used are exactly the declared variables: an
unknown or missing variable is an error at load time, naming the file.
Values are inserted as data: braces inside a retrieved text are never
interpreted, and no value can add a message or change the roles.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

import yaml
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from drafter.llm.errors import PromptError
from drafter.resources import PROMPTS_DIR

DEFAULT_PROMPTS_DIR = PROMPTS_DIR
"""The packaged templates (``prompts/`` in the repository; see :mod:`drafter.resources`)."""


class PromptTemplate(BaseModel):
    """A loaded, validated template."""

    name: str
    path: Path
    variables: list[str] = Field(description="declared variables, all used in the body")
    system: str
    user: str

    def render(self, **values: str) -> list[BaseMessage]:
        """System and user messages with ``values`` inserted (all required, no extra)."""
        given, wanted = set(values), set(self.variables)
        if given != wanted:
            problems = []
            if wanted - given:
                problems.append(f"missing {', '.join(sorted(wanted - given))}")
            if given - wanted:
                problems.append(f"unknown {', '.join(sorted(given - wanted))}")
            raise PromptError(f"prompt {self.name!r}: {'; '.join(problems)}", path=self.path)
        return [SystemMessage(content=_fill(self.system, values)), HumanMessage(content=_fill(self.user, values))]


def _fill(template: str, values: dict[str, str]) -> str:
    out: list[str] = []
    for literal, field, _, _ in string.Formatter().parse(template):
        out.append(literal)
        if field is not None:
            out.append(str(values[field]))
    return "".join(out)


def _placeholders(text: str, path: Path) -> set[str]:
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise PromptError(f"bad placeholder syntax: {exc}", path=path,
                          hint="write {name} for a variable and {{ }} for literal braces") from None
    for f in fields:
        if not f.isidentifier():
            raise PromptError(f"bad placeholder {{{f}}}", path=path, hint="placeholders are plain names: {question}")
    return fields


def parse_prompt(path: Path, text: str) -> PromptTemplate:
    if not text.startswith("---"):
        raise PromptError("prompt file must start with a '---' header", path=path, line=1,
                          hint="declare: name, variables: [..]")
    try:
        _, header, body = text.split("---", 2)
        meta = yaml.safe_load(header) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise PromptError(f"cannot read the prompt header: {exc}", path=path, line=1) from None
    if not isinstance(meta, dict) or not isinstance(meta.get("variables"), list):
        raise PromptError("header must declare 'variables: [..]'", path=path, line=1)
    declared = [str(v) for v in meta["variables"]]
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in body.splitlines():
        stripped = line.strip().lower()
        if stripped in ("## system", "## user"):
            current = stripped[3:]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    if "user" not in sections:
        raise PromptError("prompt has no '## user' section", path=path)
    system = "\n".join(sections.get("system", [])).strip()
    user = "\n".join(sections["user"]).strip()
    used = _placeholders(system, path) | _placeholders(user, path)
    unknown, unused = used - set(declared), set(declared) - used
    if unknown:
        raise PromptError(f"unknown variable(s) {', '.join(sorted(unknown))} (declared: {', '.join(declared)})",
                          path=path, hint="declare them in the header or remove the placeholders")
    if unused:
        raise PromptError(f"declared variable(s) {', '.join(sorted(unused))} not used in the template",
                          path=path, hint="use them as {name} or remove them from 'variables'")
    return PromptTemplate(name=str(meta.get("name") or path.stem), path=path, variables=declared,
                          system=system, user=user)


@lru_cache(maxsize=64)
def _load_cached(path: Path, mtime: float) -> PromptTemplate:
    return parse_prompt(path, path.read_text(encoding="utf-8"))


def load_prompt(name: str, prompts_dir: Path | None = None) -> PromptTemplate:
    """Load ``<prompts_dir>/<name>.md`` and validate it."""
    folder = Path(prompts_dir) if prompts_dir else DEFAULT_PROMPTS_DIR
    path = folder / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"prompt template {name!r} not found", path=path,
                          hint=f"templates live in {folder}; see prompts/README.md")
    return _load_cached(path, path.stat().st_mtime)
