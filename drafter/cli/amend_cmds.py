"""CLI commands: amend_cmds (being written)."""
