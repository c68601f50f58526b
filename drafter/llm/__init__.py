"""The LLM layer: every backend is a LangChain ``BaseChatModel``.

- :func:`drafter.llm.factory.make_chat_model` — the model for ``settings.llm``
- ``extractive`` (:mod:`drafter.llm.extractive`) — no model; quotes sources (default)
- ``llamacpp`` (:mod:`drafter.llm.llamacpp`) — a local GGUF via llama-cpp-python (extra ``llamacpp``)
- ``ollama`` / ``openai`` (:mod:`drafter.llm.http_chat`) — servers over httpx, streamed
- :mod:`drafter.llm.prompts` — prompt files in ``prompts/``, validated when loaded
- :mod:`drafter.llm.fake` — ``ScriptedChatModel`` for tests (``enqueue``, ``history``)
"""
