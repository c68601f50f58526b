"""Shows one article (or a paper sentence) as the official text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus


class ArticleView(VerticalScroll):
    """The text of the provision in focus, the addressed 항 highlighted."""

    DEFAULT_CSS = """
    ArticleView { height: 1fr; border: round $primary-darken-2; padding: 0 1; }
    ArticleView > Static { width: 1fr; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("조문을 고르면 여기에 보입니다", id="article-text")

    def show(self, corpus: Corpus, doc_id: str, address: str) -> str:
        """Show the article of ``address`` (the whole article, the named part bold); returns the text."""
        from drafter.corpus.addresses import parse_address
        from drafter.corpus.corpus import find_article
        from drafter.corpus.models import Statute
        from drafter.corpus.statute_render import render_article

        doc = corpus.get(doc_id)
        resolved = corpus.resolve(doc_id, address or None)
        body = Text()
        if isinstance(doc, Statute) and address:
            article = find_article(doc, parse_address(address))
            full = render_article(article)
            body.append(f"{doc.title}\n", style="bold")
            start = full.find(resolved.text.split("\n")[0]) if resolved.text else -1
            if start >= 0 and resolved.text != full:
                end = start + len(resolved.text)
                body.append(full[:start])
                body.append(full[start:end], style="bold underline")
                body.append(full[end:])
            else:
                body.append(full)
        else:
            body.append(f"{getattr(doc, 'title', doc_id)} {address}\n", style="bold")
            body.append(resolved.text)
        self.query_one("#article-text", Static).update(body)
        self.border_title = f"{doc_id} {address}".strip()
        self.scroll_home(animate=False)
        return resolved.text
