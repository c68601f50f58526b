"""CLI commands: retrieval_cmds (being written)."""
