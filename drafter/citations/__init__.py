"""Citations: bind every sentence to the exact text it cites, and check it.

- :mod:`drafter.citations.models` — ``Citation``, ``CitedSentence``, ``CitedSummary``
- :mod:`drafter.citations.resolver` — ``CitationResolver`` (doc, address → text, span, context)
- :mod:`drafter.citations.units` — citable 항/호/sentence units of retrieved hits
- :mod:`drafter.citations.binding` — ``CitationBinder``: valid / unresolvable / not-retrieved / unsupported
- :mod:`drafter.citations.summarizer` — ``Summarizer``: retrieve → generate → bind
- :mod:`drafter.citations.support` — ``judge_support``: the offline support judge
- :mod:`drafter.citations.analysis`, :mod:`drafter.citations.korean_surface`,
  :mod:`drafter.citations.lexicon` — the text features it compares
- :mod:`drafter.citations.keyword_retriever` — an index-free retriever for tests and quick runs
"""
