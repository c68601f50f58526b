"""What a front end needs from drafter, as one bundle: :class:`Services`.

The TUI's app factory takes a :class:`Services`; the CLI passes
:func:`default_services` (real corpus, retrieval, amendment engine, citation
checker), tests pass fakes or the same real pieces over a small corpus.
Nothing here imports a heavy library at import time: each piece imports its
module when first used, inside a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from drafter.assist.checking import SentenceCheck, load_checker
from drafter.assist.engine import AmendEngine, BillEngine
from drafter.assist.models import Progress
from drafter.assist.playbook import Assistant, PlaybookAssistant
from drafter.assist.search import EvidenceSearch, open_hybrid_search
from drafter.drafts.playbooks import Playbook

if TYPE_CHECKING:
    from drafter.config import Settings
    from drafter.corpus.corpus import Corpus


@dataclass
class Services:
    """Everything the App needs, injected by the CLI or a test."""

    load_corpus: Callable[[], Corpus]
    open_search: Callable[[Corpus, Progress], EvidenceSearch]
    engine: BillEngine
    make_assistant: Callable[[Corpus], Assistant]
    make_checker: Callable[[Corpus], SentenceCheck]
    playbooks: dict[str, Playbook]


def default_services(settings: Settings, *, embedder: Any | None = None,
                     checker_embeddings: bool = True) -> Services:
    """The real services for ``settings`` (what ``drafter tui`` runs);
    ``embedder`` overrides the configured one (tests pass ``HashEmbedder``)."""
    from drafter.drafts.playbooks import load_playbooks

    def load_corpus() -> Corpus:
        from drafter.corpus.corpus import Corpus

        return Corpus.load(settings.corpus_dir)

    def open_search(corpus: Corpus, progress: Progress) -> EvidenceSearch:
        return open_hybrid_search(settings, corpus, progress, embedder)

    playbooks = load_playbooks()

    def make_assistant(corpus: Corpus) -> Assistant:
        if settings.llm.backend == "extractive":
            return PlaybookAssistant(playbooks, corpus)
        from drafter.assist.llm import LLMAssistant
        from drafter.llm.factory import make_chat_model

        return LLMAssistant(playbooks, corpus, make_chat_model(settings.llm), settings.llm.backend,
                            prompts_dir=settings.prompts_dir)

    return Services(
        load_corpus=load_corpus,
        open_search=open_search,
        engine=AmendEngine(author=settings.drafter_name),
        make_assistant=make_assistant,
        make_checker=lambda corpus: load_checker(corpus, embeddings=checker_embeddings),
        playbooks=playbooks,
    )
