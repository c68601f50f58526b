"""CLI commands: tui_cmds (being written)."""
