"""Render parsed provisions back to text, in the official plain-text form.

``render_article`` is the inverse of the parser: rendering a parsed article
with ``annotations=True`` reproduces the source text of that article
(whitespace normalised; the Markdown markers ``#####``, ``**①**`` and ``1\\.``
become ``①`` and ``1.``). Without annotations it gives the quotable text.
"""

from __future__ import annotations

from drafter.corpus.models import Article, Hang, Ho, Mok, Node, SubItem, circled

INDENT = {"hang": "", "ho": "  ", "mok": "    ", "subitem": "      "}


def node_marker(node: Node) -> str:
    """``①``, ``1.``, ``6의2.``, ``가.``, ``1)``; "" for an unnumbered 항."""
    if node.number is None:
        return ""
    if isinstance(node, Hang):
        return circled(int(node.number))
    if isinstance(node, (Ho, Mok)):
        return f"{node.number}."
    if isinstance(node, SubItem):
        return f"{node.number})"
    return node.number


def node_body(node: Node, annotations: bool = False) -> str:
    return node.source_text if annotations else node.text


def render_node(node: Node, *, annotations: bool = False, marker: bool = True) -> str:
    """A provision and everything under it, one line per node."""
    lines: list[str] = []
    for i, sub in enumerate(node.walk()):
        body = node_body(sub, annotations)
        level = getattr(sub, "level", "hang")
        indent = INDENT[level] if i > 0 else ""
        if not (marker or i > 0):
            lines.append((indent + body).rstrip())
        elif annotations and sub.marker_raw:
            # as written in the source (e.g. '<16>' rather than '⑯')
            lines.append((indent + sub.marker_raw + body).rstrip())
        else:
            mark = node_marker(sub)
            lines.append((indent + (f"{mark} " if mark else "") + body).rstrip())
    return "\n".join(lines)


def article_header(article: Article, annotations: bool = False) -> str:
    head = article.label
    if article.heading is not None:
        head += f"({article.heading})"
    if article.deleted:
        note = article.annotations[0].raw if (annotations and article.annotations) else "삭제"
        return f"{head} {note}"
    if annotations and article.annotations:
        head += " " + " ".join(a.raw for a in article.annotations)
    return head


def render_article(article: Article, *, annotations: bool = False) -> str:
    """The article as a drafter quotes it: ``제35조(예산) ① …`` then one line per 항/호/목."""
    head = article_header(article, annotations)
    if article.deleted:
        return head
    parts = [render_node(h, annotations=annotations) for h in article.hangs]
    if not parts:
        return head
    first, *rest = parts
    return "\n".join([f"{head} {first}".rstrip(), *rest])
