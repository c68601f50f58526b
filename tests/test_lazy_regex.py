"""Patterns compiled on first use: same answers as re.compile, every one valid."""

import importlib
import pkgutil
import re

import pytest

import drafter.citations
import drafter.text
from drafter.text import lazy_regex
from drafter.text.lazy_regex import lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one():
    eager = re.compile(r"(\d+)명", re.IGNORECASE)
    lazy = lazy_compile(r"(\d+)명", re.IGNORECASE)
    text = "위원 7명, 간사 2명"
    assert lazy.search(text).group(1) == eager.search(text).group(1) == "7"
    assert lazy.findall(text) == eager.findall(text) == ["7", "2"]
    assert lazy.sub("N", text) == eager.sub("N", text)
    assert lazy.pattern == eager.pattern and lazy.flags == eager.flags and lazy.groups == 1
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]


def test_nothing_is_compiled_before_first_use():
    lazy = lazy_regex.LazyPattern(r"(unclosed")  # invalid, but not used yet (and not registered)
    with pytest.raises(re.error):
        lazy.search("x")


def test_every_module_level_pattern_of_the_checker_compiles():
    for package in (drafter.citations, drafter.text):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    assert lazy_regex.compile_all() > 300  # the checker's constants, now each compiled once
