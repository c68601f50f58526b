"""Kiwi with only the dictionary words an index's texts contain reads those texts exactly as with the
whole default dictionary (drafter.text.kiwi_words), and text going into an index is never read
without a word it has."""

from __future__ import annotations

import pytest

from drafter.text import kiwi_words, tokenizer

UNRECORDED = "인천광역시장은 광역자치단체장이다."
"""Proper nouns of Kiwi's dictionary that no police-act text has."""


def _analyses(kiwi, texts):
    return [[(t.form, str(t.tag), t.start, t.len) for t in tokens] for tokens in kiwi.tokenize(list(texts))]


@pytest.fixture(scope="module")
def police_act_texts(reference_corpus):
    text = (reference_corpus / "statutes" / "police-act.md").read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def kiwis(police_act_texts, tmp_path_factory):
    """A Kiwi with the words the police act's texts contain, and one with the whole dictionary."""
    path = tmp_path_factory.mktemp("index") / kiwi_words.FILE_NAME
    kiwi_words.record(path, police_act_texts)
    light, words = tokenizer._new_kiwi(path)
    full, none = tokenizer._new_kiwi(None)
    assert none is None
    return light, words, full


def test_the_words_of_a_statute_read_it_as_the_whole_dictionary_does(police_act_texts, kiwis):
    light, words, full = kiwis
    assert words is not None and {"치안총감", "도로교통법", "세종특별자치시"} <= words
    assert len(words) < 1000, "a few hundred of the dictionary's 113,000 proper nouns"
    assert _analyses(light, police_act_texts) == _analyses(full, police_act_texts)
    # (a text with a proper noun the statute does not have is read in parts)
    assert _analyses(light, [UNRECORDED]) != _analyses(full, [UNRECORDED])


def test_a_dictionary_word_is_found_inside_a_word_but_not_across_a_space():
    assert {"도로교통법"} <= kiwi_words.forms_in(["「도로교통법」에 따른"])
    assert "도로교통법" not in kiwi_words.forms_in(["도로 교통법"])


def test_the_recorded_words_only_grow(tmp_path):
    path = tmp_path / kiwi_words.FILE_NAME
    kiwi_words.record(path, ["「도로교통법」"])
    kiwi_words.record(path, ["「정부조직법」"])
    assert {"도로교통법", "정부조직법"} <= kiwi_words.read(path)
    assert path.read_text(encoding="utf-8").splitlines()[0] == kiwi_words.stamp()


def test_words_cut_from_another_dictionary_are_not_used(tmp_path, monkeypatch):
    path = tmp_path / kiwi_words.FILE_NAME
    kiwi_words.record(path, ["「도로교통법」"])
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0].replace("default.dict (", "default.dict (1"), *lines[1:]]) + "\n",
                    encoding="utf-8")
    assert kiwi_words.read(path) is None

    import kiwipiepy

    options: list[dict] = []

    class Recording:
        def __init__(self, **kwargs):
            options.append(kwargs)

    monkeypatch.setattr(kiwipiepy, "Kiwi", Recording)
    monkeypatch.setattr(tokenizer, "_kiwi", None)
    monkeypatch.setattr(tokenizer, "_kiwi_words", None)
    tokenizer.use_indexed_words(path)
    tokenizer.get_kiwi()
    assert options and options[0].get("load_default_dict") is not False, "the whole dictionary"
    assert tokenizer._kiwi_words is None


def test_text_going_into_an_index_is_read_with_every_word_it_has(kiwis, monkeypatch):
    light, words, full = kiwis
    monkeypatch.setattr(tokenizer, "_kiwi", light)
    monkeypatch.setattr(tokenizer, "_kiwi_words", words)
    monkeypatch.setattr(tokenizer, "_full_kiwi", full)
    assert tokenizer.tokenize_indexed([UNRECORDED]) == [tokenizer.tokens_from(a) for a in full.tokenize([UNRECORDED])]
    assert tokenizer.tokenize_many([UNRECORDED]) != tokenizer.tokenize_indexed([UNRECORDED])


def test_an_index_records_its_words_and_a_later_search_reads_with_them(small_corpus, monkeypatch):
    from drafter.config import load_settings
    from drafter.retrieval.embedders import HashEmbedder
    from drafter.retrieval.service import open_retrieval

    settings = load_settings()
    service = open_retrieval(settings, embedder=HashEmbedder())
    service.ingest(small_corpus)
    words = kiwi_words.read(service.words_file)
    assert words is not None and "치안총감" in words and "인천광역시장" not in words
    assert tokenizer._kiwi_words is None, "the process that indexed reads with the whole dictionary"
    questions = ["치안총감은 누가 임명하나", "국가경찰위원회 위원의 임기", "Who appoints the Commissioner General?"]
    before = [[(h.doc, h.address, h.score) for h in service.search(q, k=5)] for q in questions]

    # a later process: Kiwi loads the recorded words only, and finds the same
    monkeypatch.setattr(tokenizer, "_kiwi", None)
    later = open_retrieval(settings, embedder=HashEmbedder())
    assert [[(h.doc, h.address, h.score) for h in later.search(q, k=5)] for q in questions] == before
    assert tokenizer._kiwi_words == words


def test_a_words_file_kiwi_cannot_read_falls_back_to_the_whole_dictionary(tmp_path):
    path = tmp_path / kiwi_words.FILE_NAME
    kiwi_words.record(path, ["「도로교통법」"])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("가나다\n")  # (a line edited by hand: no tag)
    kiwi, words = tokenizer._new_kiwi(path)
    assert words is None
    assert [t.form for t in kiwi.tokenize("「도로교통법」")] == [t.form for t in tokenizer._new_kiwi(None)[0].tokenize("「도로교통법」")]


def test_a_data_directory_the_words_cannot_be_written_to_keeps_the_whole_dictionary(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the index folder would be", encoding="utf-8")
    path = blocked / kiwi_words.FILE_NAME
    assert kiwi_words.record(path, ["「도로교통법」"]) == frozenset()
    assert kiwi_words.read(path) is None
