"""Command-line interface (``drafter``)."""

from drafter.cli.app import app
from drafter.cli.app import run as main

__all__ = ["app", "main"]
