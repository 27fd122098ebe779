from __future__ import annotations

import pytest

from assistant.answering.places import without_place
from assistant.answering.question import read
from assistant.answering.vocabulary import Vocabulary

# Words the documents use: their subject, and "time", which is basic English.
DOCUMENT_WORDS = {"mascara", "peel", "skin", "tight", "beef", "offered", "redness", "time"}
TEXTS = [
    "Redness usually fades within a day of the visit.",
    "Makeup can be worn again after a day.",
    "Our clinic in Barrie opens at nine.",
    *(f"Our garden number {n} grows {plant}." for n, plant in enumerate(["roses", "mint", "kale"])),
]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(TEXTS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "can i wear mascara after a peel in toronto?",
            "can i wear mascara after a peel",
            id="city",
        ),
        pytest.param("why is my skin tight near halifax", "why is my skin tight", id="near"),
        pytest.param(
            "can i eat beef after it in new zealand?", "can i eat beef after it", id="country"
        ),
        pytest.param("is a peel offered in baton rouge", "is a peel offered", id="two-word-city"),
        # Towns named like words are read as the words.
        pytest.param("can i have a peel in spring?", "can i have a peel in spring?", id="season"),
        pytest.param("is redness normal in march", "is redness normal in march", id="month"),
        # Not a place, or a place in the middle of the question.
        pytest.param("how long in salt water?", "how long in salt water?", id="no-place"),
        pytest.param("in halifax is it cheap", "in halifax is it cheap", id="not-at-the-end"),
        # The rest names nothing the documents speak of: the place is what is asked about.
        pytest.param("what time is it in tokyo", "what time is it in tokyo", id="about-the-place"),
        pytest.param("in halifax?", "in halifax?", id="only-a-place"),
    ],
)
def test_without_place_sets_aside_a_town_named_at_the_end(text: str, kept: str) -> None:
    assert without_place(text, DOCUMENT_WORDS.__contains__) == kept


def test_a_town_the_documents_name_stays_in_the_question(vocabulary: Vocabulary) -> None:
    assert read("can i wear makeup after it in barrie?", vocabulary).spelled.endswith("barrie")
    assert read("can i wear makeup after it in halifax?", vocabulary).spelled == (
        read("can i wear makeup after it?", vocabulary).spelled
    )
