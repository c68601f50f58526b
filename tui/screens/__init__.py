"""Screens of the drafter TUI, one per module (the wizard's steps, help)."""
