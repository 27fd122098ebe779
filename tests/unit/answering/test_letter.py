from __future__ import annotations

import pytest

from assistant.answering.letter import courtesy_only, without_letter_frame


def _known(word: str) -> bool:
    """Stands in for the documents' vocabulary: a few of their words."""
    return word in {"results", "redness", "skin", "good", "young"}


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "good afternoon, is the redness going to linger? many thanks, priya",
            "is the redness going to linger?",
        ),
        ("dear sir/madam, does redness fade? yours sincerely, mr o. brien", "does redness fade?"),
        ("hi there! how soon do results show? cheers x", "how soon do results show?"),
        # An introduction and contact details ask nothing either.
        ("hi, i'm olivia bennett, does redness fade?", "does redness fade?"),
        ("my name is tomasz. how soon do results show?", "how soon do results show?"),
        ("priya here - does redness fade? 07700 900461", "does redness fade?"),
        ("does redness fade? b.kaur@example.org", "does redness fade?"),
    ],
)
def test_letter_frame_is_not_asked(message: str, asked: str) -> None:
    assert without_letter_frame(message, _known) == asked


@pytest.mark.parametrize(
    "message",
    [
        # The words after "love" are the documents': a sentence, not a signature.
        "is it worth it? love the results so far",
        # Nothing but the frame: kept, so the message is still read.
        "thanks!",
        # No stop after the greeting's words: the greeting runs into the question.
        "hi my skin is dry, can i book?",
        # A situation, not a name: the referral must still read it.
        "i'm pregnant, does redness fade?",
        # A first name the documents use as a word of theirs is theirs, not an introduction.
        "i'm young, do results last?",
        # Numbers that are not a phone: a range, a year.
        "is 24-48 hours of redness normal after my 2023 treatment?",
    ],
)
def test_letter_frame_keeps_what_is_not_a_frame(message: str) -> None:
    assert without_letter_frame(message, _known) == message


@pytest.mark.parametrize(
    "text",
    ["thanks a lot!", "brilliant, thanks so much", "lovely, many thanks for the help", "hiya"],
)
def test_a_message_of_courtesy_alone_asks_nothing(text: str) -> None:
    assert courtesy_only(text)


@pytest.mark.parametrize(
    "text", ["no thanks", "thanks, does it hurt", "hello, swelling", "thanks for the cream advice"]
)
def test_courtesy_with_anything_more_is_read_as_asked(text: str) -> None:
    assert not courtesy_only(text)
