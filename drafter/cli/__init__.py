"""Command-line interface (``drafter``)."""

from drafter.cli.app import app, run as main

__all__ = ["app", "main"]
