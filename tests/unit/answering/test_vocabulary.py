from __future__ import annotations

import re

from assistant.answering.vocabulary import WORD, Vocabulary
from assistant.index.embedding import Embedder

TEXTS = [
    "Crusting may appear on the second day.",
    "Most patients need three sessions, and recovery takes little time.",
    *(f"Our garden number {n} grows {plant}." for n, plant in enumerate(["roses", "mint", "kale"])),
]
GLOSSARY = {"scabs": "crusting", "times": "sessions", "time off": "recovery"}


def test_the_glossary_speaks_for_other_forms_of_its_words() -> None:
    vocabulary = Vocabulary(TEXTS, glossary=GLOSSARY)
    assert vocabulary.glossed("scabs") == "crusting"
    assert vocabulary.glossed("scabbing") == "crusting"
    assert vocabulary.knows("scabbing")
    assert vocabulary.near("scabbing") == ("crusting",)


def test_a_form_the_documents_use_keeps_its_own_meaning() -> None:
    # "time" is the documents' word: the glossary's "times" (as in "how many times") does not
    # make it "sessions".
    vocabulary = Vocabulary(TEXTS, glossary=GLOSSARY)
    assert vocabulary.glossed("time") is None
    assert vocabulary.near("time") == ()


def test_without_a_glossary_an_unknown_word_is_unknown() -> None:
    vocabulary = Vocabulary(TEXTS)
    assert vocabulary.glossed("scabbing") is None
    assert not vocabulary.knows("scabbing")


def test_a_form_the_glossary_speaks_for_is_not_respelled_as_another_word() -> None:
    # "sweatting" (a slip no English text uses) is one letter from the documents' "swatting";
    # the glossary's "sweat" speaks for it, so it is the patient's word, not a misspelling.
    texts = [*TEXTS, "Swatting at the treated area spreads bacteria."]
    glossed = Vocabulary(texts, glossary={"sweat": "exercise"})
    assert glossed.spelled("sweatting") == "sweatting"
    assert glossed.near("sweatting") == ("exercise",)
    assert Vocabulary(texts).spelled("sweatting") == "swatting"


def test_two_of_the_documents_words_typed_as_one_are_read_apart() -> None:
    vocabulary = Vocabulary([*TEXTS, "Park the car by the pet shop."])
    assert vocabulary.spelled("any gardenroses") == "any garden roses"
    # A common English word is a word of its own, not two: "carpet" is not "car pet".
    assert vocabulary.spelled("carpet") == "carpet"


def test_a_clipped_word_is_the_documents_word_it_starts(embedder: Embedder) -> None:
    # Patients clip a long word ("microderm" for "microdermabrasion"); a start two of the
    # documents' words share is left as typed, and so is a start the model does not place
    # beside the documents' word ("physio" of "physiological": a physiotherapist).
    texts = [
        *TEXTS,
        "Zentrovaxilate calms the skin.",
        "Zentrovumide soothes it.",
        "The physiological response is mild.",
    ]
    vocabulary = Vocabulary(texts, embed_texts=embedder.embed)
    assert vocabulary.spelled("zentrovax tomorrow") == "zentrovaxilate tomorrow"
    assert vocabulary.spelled("zentrov tomorrow") == "zentrov tomorrow"
    assert vocabulary.spelled("my physio said so") == "my physio said so"


def test_a_misspelled_hyphenated_word_is_spelled_as_the_documents_write_it() -> None:
    # "makup" is one letter from "makeup" and two from the documents' "make-up": matched as
    # patients type the word joined, and spelled with its hyphen.
    texts = [*TEXTS, "Leave your make-up off until tomorrow.", "Book a follow-up."]
    vocabulary = Vocabulary(texts)
    assert vocabulary.spelled("makup tonight") == "make-up tonight"
    assert vocabulary.spelled("folowup") == "follow-up"


def test_forms_of_one_word_the_stemmer_keeps_apart_are_kin(embedder: Embedder) -> None:
    # The stemmer makes "pregnant" and "pregnancy" two stems ("pregnant", "pregnanc"); the
    # documents use both, and a patient's "pregnant" is asked of either.
    texts = [
        "We do not offer treatment during pregnancy.",
        "Please tell us if you are pregnant.",
        "A dermatologist can advise on dermatitis.",
        "Each product we produce is tested.",
    ]
    vocabulary = Vocabulary(texts, embed_texts=embedder.embed)
    assert vocabulary.mentions("We do not offer treatment during pregnancy.", ["pregnant"])
    assert vocabulary.mentions("Please tell us if you are pregnant.", ["pregnancy"])
    # Stems that share a start but go on further ("dermat", "dermatolog") are other words, and
    # so are two the model sets apart ("produce", "product").
    assert not vocabulary.mentions("A dermatologist can advise.", ["dermatitis"])
    assert not vocabulary.mentions("Each product is tested.", ["produce"])
    # Without the model's vectors there is no kin: the stem alone.
    assert not Vocabulary(texts).mentions("During pregnancy.", ["pregnant"])


def test_two_words_are_written_side_by_side_as_a_search_would_meet_them() -> None:
    vocabulary = Vocabulary(
        [
            "Give us 48 hours' notice.",
            "Keep (the skin) clean.",
            "Rinse with cool water, then pat dry",
            "Bathe gently.",
        ]
    )
    assert vocabulary.writes("the", "skin")  # after an opening bracket
    assert vocabulary.writes("hours'", "notice")  # before a full stop
    assert vocabulary.writes("48", "hours'")
    assert vocabulary.writes("dry", "bathe")  # across two sentences, as the joined text reads
    assert not vocabulary.writes("hours", "notice")  # the apostrophe lies between
    assert not vocabulary.writes("water", "then")  # so does the comma
    assert not vocabulary.writes("the", "gently")  # the end of "bathe" is no word of its own
    assert not vocabulary.writes("cool", "wat")  # nor its start
    assert not vocabulary.writes("notice", "keep")  # a sentence's full stop lies between
    assert not vocabulary.writes("skin", "clean")  # so does a closing bracket


def test_the_written_pairs_agree_with_a_search_for_the_two_whole_words() -> None:
    texts = [
        "Avoid make-up for 24 hours after treatment; after that, use a gentle cleanser.",
        "Plan on a handful of visits, spaced a month or so apart.",
        "Redness usually settles within two or three days (sometimes sooner).",
    ]
    vocabulary = Vocabulary(texts)
    words = sorted({w for t in texts for w in WORD.findall(t.lower())})
    for first in words:
        for second in words:
            whole = rf"(?<![a-z0-9'-]){re.escape(first)} {re.escape(second)}(?![a-z0-9'-])"
            found = re.search(whole, vocabulary.text) is not None
            assert vocabulary.writes(first, second) == found, (first, second)
