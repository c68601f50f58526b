"""Text primitives shared by every layer: one sentence splitter
(:mod:`drafter.text.sentences`) and one Korean tokenizer owning the Kiwi
instance (:mod:`drafter.text.tokenizer`)."""
