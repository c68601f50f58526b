"""``python -m drafter_tui``: the same as ``drafter tui``."""

from drafter.cli.app import main

if __name__ == "__main__":
    raise SystemExit(main(["tui"]))
