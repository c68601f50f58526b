"""Drafting assistance, independent of any user interface.

- :mod:`drafter.assist.models` — ``EvidenceHit``, ``Proposal``, ``Verdict``
- :mod:`drafter.assist.search` — evidence search: ``CorpusSearch`` (lexical, instant), ``RetrievalSearch`` (hybrid)
- :mod:`drafter.assist.engine` — ``AmendEngine``: validate a spec, build and export the bill
- :mod:`drafter.assist.checking` — ``SentenceChecker`` over :mod:`drafter.citations.checker`, ``check_sentence``
- :mod:`drafter.assist.playbook` — ``PlaybookAssistant``: the extractive assistant (playbooks, quoted sources)
- :mod:`drafter.assist.llm` — ``LLMAssistant``: proposals and 제안이유 from a chat model, citations bound
- :mod:`drafter.assist.services` — ``Services``, ``default_services``: the bundle a front end is given

The Textual app (``drafter_tui``) imports these; nothing here imports Textual.
"""
