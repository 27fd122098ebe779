from __future__ import annotations

import pytest

from assistant.answering.letter import without_letter_frame


def _known(word: str) -> bool:
    """Stands in for the documents' vocabulary: a few of their words."""
    return word in {"results", "redness", "skin", "good"}


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "good afternoon, is the redness going to linger? many thanks, priya",
            "is the redness going to linger?",
        ),
        ("dear sir/madam, does redness fade? yours sincerely, mr o. brien", "does redness fade?"),
        ("hi there! how soon do results show? cheers x", "how soon do results show?"),
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
    ],
)
def test_letter_frame_keeps_what_is_not_a_frame(message: str) -> None:
    assert without_letter_frame(message, _known) == message
