"""The LLM layer: every model backend is a LangChain ``BaseChatModel``.

It sits below :mod:`drafter.citations` and never imports it. The default
``extractive`` backend is no model at all: it is a strategy of the summarizer
(:mod:`drafter.citations.extractive`).

- :func:`drafter.llm.factory.make_chat_model` — the model for ``settings.llm``
- ``llamacpp`` (:mod:`drafter.llm.llamacpp`) — a local GGUF via llama-cpp-python (extra ``llamacpp``)
- ``ollama`` / ``openai`` (:mod:`drafter.llm.servers`) — langchain-ollama / langchain-openai,
  streamed, ``llm.timeout_s`` the deadline for a whole answer
- :mod:`drafter.llm.prompts` — prompt files in ``prompts/``, validated when loaded
- :mod:`drafter.llm.fake` — ``ScriptedChatModel`` for tests (``enqueue``, ``history``)
"""
