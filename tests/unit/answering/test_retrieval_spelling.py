"""The spelling fix: the same corrections as difflib over the whole vocabulary, only faster, and
a swap of two neighbouring letters where difflib finds nothing."""

from __future__ import annotations

import difflib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_dict, top_n_list, zipf_frequency

from assistant.answering.engine import Engine
from assistant.answering.spelling import (
    _STEMMER,
    COMMON_ZIPF,
    ENGLISH_WORDS,
    _english,
    _zipf,
    slipped,
    swaps,
)


def _expected(word: str, vocabulary: list[str]) -> str:
    """difflib's choice, else the first swap of neighbouring letters that is a word, else (for
    no form of a listed word) the commonest word one neighbouring key off, else the word."""
    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.84)
    if close:
        return close[0]
    swapped = next((w for w in swaps(word) if w in vocabulary), None)
    if swapped is not None:
        return swapped
    if _STEMMER.stemWord(word) in set(_STEMMER.stemWords(vocabulary)):
        return word
    slips = [w for w in slipped(word) if w in vocabulary]
    return max(slips, key=lambda w: (zipf_frequency(w, "en"), w), default=word)


def _typos(vocabulary: list[str], count: int) -> list[str]:
    rng = random.Random(5)
    words = []
    for word in rng.sample([w for w in vocabulary if len(w) >= 5], count):
        i = rng.randrange(len(word))
        words += [word[:i] + word[i + 1 :], word[:i] + "x" + word[i + 1 :], word + "e"]
    return words


def test_spelled_words_match_difflib_over_the_whole_vocabulary(engine: Engine) -> None:
    retriever = engine.retriever()
    words = [
        w for w in _typos(retriever.vocabulary.words, 150) if w not in retriever.vocabulary._known
    ]
    for word in [*words, "sesions", "redneess", "moisturiser", "zzzzzzzz", "0-1-2-3"]:
        expected = _expected(word, retriever.vocabulary.words)
        assert retriever.vocabulary.respelled(word) == expected, word
        assert retriever.vocabulary.respelled(word) == expected, word  # cached


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789'-", min_size=5, max_size=14))
def test_spelled_word_is_difflibs_choice_for_any_word(engine: Engine, word: str) -> None:
    retriever = engine.retriever()
    assert retriever.vocabulary.respelled(word) == _expected(word, retriever.vocabulary.words)


def test_two_neighbouring_letters_swapped_are_one_slip(engine: Engine) -> None:
    vocabulary = engine.retriever().vocabulary
    word = next(w for w in vocabulary.words if len(w) == 6 and w.isalpha() and len(set(w)) == 6)
    swapped = word[:-3] + word[-2] + word[-3] + word[-1]
    assert difflib.get_close_matches(swapped, vocabulary.words, n=1, cutoff=0.84) == []
    assert vocabulary.respelled(swapped) == word


def test_a_key_next_to_the_right_one_is_one_slip() -> None:
    # The keys around a letter, on its row and the rows above and below it.
    assert {w[0] for w in slipped("ax") if w[1] == "x"} == set("qwsz")
    assert {w[1] for w in slipped("xk") if w[0] == "x"} == set("jlimo")
    assert "long" in slipped("lomg")


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        pytest.param("what diffrence will i notice", "what difference will i notice", id="typo"),
        # A misspelling English text uses (wordfreq knows it), placed by the model beside the
        # word it misspells; "definitely" is no word of the documents.
        pytest.param("definately sore", "definitely sore", id="known-misspelling"),
        pytest.param("atopic skin", "atopic skin", id="rare-word-near-a-common-one"),
        # Not "sunscreen", two letters longer: two words of the documents typed as one.
        pytest.param("which suncream", "which sun cream", id="two-letters-longer"),
        pytest.param("chemical peels", "chemical peels", id="same-word-inflected"),
        pytest.param("how many mnoths", "how many months", id="neighbouring-letters-swapped"),
        # English words of their own a letter or two from a word of the documents', as common
        # as it or nearly, and placed apart from it by the model: not misspellings of it.
        pytest.param("what causes hypopigmentation", "what causes hypopigmentation", id="hypo"),
        pytest.param("so much tiredness", "so much tiredness", id="tiredness-not-redness"),
        pytest.param("gagging after", "gagging after", id="gagging-not-sagging"),
        # Diseases' names the model barely knows, as common as the word they are one letter from.
        pytest.param("celiac disease", "celiac disease", id="celiac-not-celia"),
        pytest.param("strep throat", "strep throat", id="strep-not-streep"),
        # A misspelling English text uses, a hundred times rarer than the documents' word.
        pytest.param("my apointment", "my appointment", id="rare-misspelling"),
        # A four-letter string no English text uses, a letter from a word of the documents; one
        # near none of theirs stays as typed.
        pytest.param("oily skin typs", "oily skin types", id="four-letter-typo"),
        pytest.param("hifu or this", "hifu or this", id="four-letter-name"),
        # A four-letter string English text all but never uses, a key off a word of theirs;
        # a form of their own word ("numbing") one key off another ("number") stays as typed.
        pytest.param(
            "is the pinkness lomg lasting", "is the pinkness long lasting", id="neighbouring-key"
        ),
        pytest.param("will i be numbed first", "will i be numbed first", id="form-of-theirs"),
    ],
)
def test_spelled_english_words_the_documents_lack(engine: Engine, typed: str, spelled: str) -> None:
    vocabulary = engine.retriever().vocabulary
    assert vocabulary.spelled(typed) == spelled


def test_english_word_list_is_wordfreqs_common_words() -> None:
    # Read from the frequency table, as `zipf_frequency` rounds it, not word by word.
    words = top_n_list("en", ENGLISH_WORDS)
    sample = random.Random(7).sample(words, 400)
    frequencies = get_frequency_dict("en")
    assert all(_zipf(frequencies.get(w, 0.0)) == zipf_frequency(w, "en") for w in sample)
    kept = set(_english().words)
    assert {"sunscreen", "makeup", "recommend"} <= kept
    assert all(
        zipf_frequency(w, "en") >= COMMON_ZIPF for w in random.Random(8).sample(sorted(kept), 200)
    )
    assert not any(
        w in kept
        for w in sample
        if w.isalpha() and w.isascii() and zipf_frequency(w, "en") < COMMON_ZIPF
    )
