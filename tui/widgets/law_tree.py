"""A tree of each law: 편/장/절 headings → 조 → 항, filled lazily on expand."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus
    from drafter.corpus.models import Article, Statute

SEP = "\x1f"
"""Joins the heading path of a 'part' node (편 › 장 › 절)."""


@dataclass
class NodeRef:
    """What a tree node stands for: a law, a 장, or an addressable provision."""

    doc: str
    address: str = ""
    kind: str = "law"  # law | part | article | hang


class LawTree(Tree[NodeRef]):
    """Laws of the corpus; selecting an article or 항 posts :class:`LawTree.ProvisionChosen`."""

    class ProvisionChosen(Message):
        def __init__(self, doc: str, address: str) -> None:
            self.doc = doc
            self.address = address
            super().__init__()

    def __init__(self, **kwargs: object) -> None:
        super().__init__("법령", **kwargs)  # type: ignore[arg-type]
        self.corpus: Corpus | None = None
        self.show_root = False

    def load(self, corpus: Corpus, first: str | None = None) -> None:
        self.corpus = corpus
        self.clear()
        statutes = sorted(corpus.statutes(), key=lambda s: (s.doc_id != first, s.doc_id))
        for st in statutes:
            node = self.root.add(f"{st.title} ({st.doc_id})", NodeRef(st.doc_id), expand=False)
            node.allow_expand = True
        self.root.expand()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[NodeRef]) -> None:
        node = event.node
        if node.data is None or node.children or self.corpus is None:
            return
        if node.data.kind in ("law", "part"):
            self._fill(node, self.corpus.statute(node.data.doc))

    def _fill(self, node: TreeNode[NodeRef], st: Statute) -> None:
        """Children of a law or heading: the next heading level (편, 장, 절…), then its articles."""
        prefix = tuple(node.data.address.split(SEP)) if node.data and node.data.address else ()
        depth = len(prefix)
        headings: list[str] = []
        for art in st.articles:
            path = tuple(art.heading_path)
            if path[:depth] == prefix and len(path) > depth and path[depth] not in headings:
                headings.append(path[depth])
            if path == prefix:
                self._add_article(node, st, art)
        for heading in headings:
            child = node.add(heading, NodeRef(st.doc_id, SEP.join((*prefix, heading)), "part"))
            child.allow_expand = True

    def _add_article(self, node: TreeNode[NodeRef], st: Statute, art: Article) -> None:
        title = art.key + (f"({art.heading})" if art.heading else "") + (" 삭제" if art.deleted else "")
        numbered = [h for h in art.hangs if h.number]
        if numbered:
            child = node.add(title, NodeRef(st.doc_id, art.key, "article"))
            for h in numbered:
                child.add_leaf(f"제{h.number}항 {h.text[:30]}", NodeRef(st.doc_id, f"{art.key}제{h.number}항", "hang"))
        else:
            node.add_leaf(title, NodeRef(st.doc_id, art.key, "article"))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        data = event.node.data
        if data is not None and data.kind in ("article", "hang"):
            self.post_message(self.ProvisionChosen(data.doc, data.address))
