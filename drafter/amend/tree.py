"""Tree helpers shared by the engine, the 개정문 and the comparison table.

Addresses as levels (``("조", "제35조의2")``, ``("항", "제1항")``, ``("호", "제6호의2")``,
``("목", "가목")``), sort keys of numbers (``17의2`` → (17, 2)), paths from an
article down to a node, and the plain statute-style rendering with amendment
marks used by ``drafter apply``.
"""

from __future__ import annotations

from typing import Union

from drafter.corpus.addresses import number_key, provision_label  # noqa: F401 - number_key re-exported
from drafter.corpus.models import Article, Hang, Ho, Mok, Node, SubItem
from drafter.corpus.statute_render import INDENT, node_marker

Tree = Union[Article, Node]
Level = tuple[str, str]  # ("조", "제35조의2"), ("항", "제1항"), ("호", "제6호의2"), ("목", "가목")

def render_marked_node(node: Node, first_indent: bool = False) -> str:
    """A provision in plain statute style, each line followed by its marks (``<개정>``, ``<개정 2021.3.30>``)."""
    lines: list[str] = []
    for i, sub in enumerate(node.walk()):
        mark = node_marker(sub)
        indent = INDENT[level_of(sub)] if (i > 0 or first_indent) else ""
        body = sub.text
        if sub.annotations:
            body += " " + " ".join(a.raw for a in sub.annotations)
        lines.append((indent + (f"{mark} " if mark else "") + body).rstrip())
    return "\n".join(lines)


def render_marked_article(article: Article) -> str:
    """An article in plain statute style with amendment marks (the consolidated-text look)."""
    head = article.label + (f"({article.heading})" if article.heading is not None else "")
    if article.deleted:
        return f"{head} 삭제" + (" " + article.annotations[0].raw.removeprefix("삭제").strip() if article.annotations else "")
    if article.annotations:
        head += " " + " ".join(a.raw for a in article.annotations)
    parts = [render_marked_node(h) for h in article.hangs]
    if not parts:
        return head
    first, *rest = parts
    return "\n".join([f"{head} {first}".rstrip(), *rest])



def article_sort_key(article: Article) -> tuple[int, int, int]:
    return (article.number, article.branch or 0, article.occurrence)


def children(node: Tree) -> list:
    if isinstance(node, Article):
        return node.hangs
    if isinstance(node, Hang):
        return node.hos
    if isinstance(node, Ho):
        return node.moks
    if isinstance(node, Mok):
        return node.subitems
    return []


def level_of(node: Node) -> str:
    return {Hang: "hang", Ho: "ho", Mok: "mok", SubItem: "subitem"}[type(node)]


def level_label(node: Node) -> Level | None:
    """The address part a node adds: ("항", "제1항"), ("호", "제6호의2"), ("목", "가목"); None for an unnumbered 항."""
    if node.number is None:
        return None
    kind = "항" if isinstance(node, Hang) else "호" if isinstance(node, Ho) else "목" if isinstance(node, Mok) else "세목"
    return (kind, provision_label(kind, node.number))


def levels_of(article: Article, path: list[Node]) -> tuple[Level, ...]:
    out: list[Level] = [("조", article.label)]
    for node in path:
        lab = level_label(node)
        if lab is not None:
            out.append(lab)
    return tuple(out)


def full_levels_text(levels: tuple[Level, ...]) -> str:
    return "".join(lab for _, lab in levels)


def position_of(path: list[Node]) -> tuple:
    return tuple(number_key(n.number) for n in path)


def find_path(root: Tree, target: Node) -> list[Node] | None:
    """Nodes from ``root``'s child down to ``target`` (inclusive), or None."""
    for child in children(root):
        if child is target:
            return [child]
        sub = find_path(child, target)
        if sub is not None:
            return [child, *sub]
    return None


def walk_tree(root: Tree) -> list[Node]:
    out: list[Node] = []
    for child in children(root):
        out.extend(child.walk())
    return out
