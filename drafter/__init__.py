"""drafter: statute-aware retrieval, amendments and cited drafting for Korean bills.

The package never imports Textual; heavy libraries (chromadb, torch,
sentence-transformers, kiwipiepy) load on first use.
"""

__version__ = "0.1.0"
