"""A tree of each law: 장 (heading path) → 조 → 항, filled lazily on expand."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

if TYPE_CHECKING:
    from drafter.corpus.corpus import Corpus
    from drafter.corpus.models import Statute


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
        super().__init__("법령 (laws)", **kwargs)  # type: ignore[arg-type]
        self.corpus: "Corpus | None" = None
        self.show_root = False

    def load(self, corpus: "Corpus", first: str | None = None) -> None:
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
        st = self.corpus.statute(node.data.doc)
        if node.data.kind == "law":
            self._fill_law(node, st)
        elif node.data.kind == "part":
            self._fill_part(node, st)

    def _fill_law(self, node: TreeNode[NodeRef], st: "Statute") -> None:
        parts: list[str] = []
        for art in st.articles:
            label = " › ".join(art.heading_path) or "본문"
            if label not in parts:
                parts.append(label)
        if len(parts) == 1:
            node.data = NodeRef(st.doc_id, parts[0], "part")  # type: ignore[union-attr]
            self._fill_part(node, st)
            return
        for label in parts:
            child = node.add(label, NodeRef(st.doc_id, label, "part"))
            child.allow_expand = True

    def _fill_part(self, node: TreeNode[NodeRef], st: "Statute") -> None:
        part = node.data.address if node.data else ""
        for art in st.articles:
            label = " › ".join(art.heading_path) or "본문"
            if label != part:
                continue
            title = f"{art.key}" + (f"({art.heading})" if art.heading else "") + (" 삭제" if art.deleted else "")
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
