"""Citations: bind every sentence to the exact text it cites, and check it.

- :mod:`drafter.citations.models` — ``Citation``, ``CitedSentence``, ``CitedSummary``
- :mod:`drafter.citations.resolver` — ``CitationResolver`` (doc, address → text, span, context)
- :mod:`drafter.citations.units` — citable 항/호/sentence units of retrieved hits
- :mod:`drafter.citations.binding` — ``CitationBinder``: valid / unresolvable / not-retrieved / unsupported
- :mod:`drafter.citations.summarizer` — ``Summarizer``: retrieve → generate (a chat model) or quote
  (:mod:`drafter.citations.extractive`, the default strategy) → bind
- :mod:`drafter.citations.checker` — ``CitationChecker``: the checker behind "checked against its source"
  (CLI ``eval citations``, the TUI's review step); :mod:`drafter.citations.judge` — the optional LLM judge
- :mod:`drafter.citations.support` — ``judge_support``: the offline support judge
- :mod:`drafter.citations.analysis`, :mod:`drafter.citations.korean_surface`,
  :mod:`drafter.citations.lexicon` — the text features it compares
- :mod:`drafter.citations.keyword_retriever` — an index-free retriever for tests and quick runs
"""
