"""CLI commands: llm_cmds (being written)."""
