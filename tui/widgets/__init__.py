"""Widgets of the drafter TUI, one per module."""
