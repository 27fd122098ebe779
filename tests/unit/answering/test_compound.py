"""Messages asking several things at once: split into questions of their own, each answered."""

from __future__ import annotations

import pytest

from assistant.answering.compound import questions_in
from assistant.answering.engine import Engine
from assistant.answering.question import read


def _parts(engine: Engine, message: str) -> list[str]:
    vocabulary = engine.retriever().vocabulary
    return [p.normal for p in questions_in(read(message, vocabulary).normal, vocabulary)]


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "does it sting at all, and how many sessions are usual?",
            ["does it sting at all", "how many sessions are usual?"],
        ),
        (
            "any downtime to expect? when are the results visible?",
            ["any downtime to expect?", "when are the results visible?"],
        ),
        (
            "2 quick ones: is it safe for dark skin, also can i wear makeup after",
            ["2 quick ones: is it safe for dark skin", "can i wear makeup after"],
        ),
        (
            "does it sting, how long does recovery take?",
            ["does it sting", "how long does recovery take?"],
        ),
        # "it" in both parts: the treatment both times.
        ("is it safe and does it sting?", ["is it safe", "does it sting?"]),
    ],
)
def test_a_message_asking_two_things_is_split(
    engine: Engine, message: str, parts: list[str]
) -> None:
    assert _parts(engine, message) == parts


@pytest.mark.parametrize(
    "message",
    [
        "is peeling and swelling normal after?",  # one question about two things
        "what does collagen do, and how does microneedling change it?",  # "it": collagen
        "how many sessions? for pitted scars that is",  # a clarification, not a question
        "does it hurt? and how much?",  # a fragment continuing the first
        "how many days does the redness stay?",
        "does it work for people who have dark skin?",  # a question word inside one question
        "what goes in the numbing cream? is it strong?",  # "it": the cream the first part names
    ],
)
def test_a_message_asking_one_thing_is_not_split(engine: Engine, message: str) -> None:
    assert _parts(engine, message) == []


def test_each_question_of_a_message_is_answered(engine: Engine) -> None:
    pain = engine.reply("does it sting at all?")
    sessions = engine.reply("how many sessions are usual?")
    both = engine.reply("does it sting at all, and how many sessions are usual?")
    quotes = [c.quote for c in both.citations]
    assert both.kind == "answer" and both.referral
    assert pain.citations[0].quote in quotes and sessions.citations[0].quote in quotes
    assert [c.n for c in both.citations] == list(range(1, len(quotes) + 1))
    assert len(set(quotes)) == len(quotes)  # a sentence both would quote is quoted once


def test_a_part_after_one_not_answered_is_not_answered_alone(engine: Engine) -> None:
    # "it" in the second part is the condition the first names, which the documents never do:
    # what they say of "how do you treat it?" alone (the treatment) answers nothing asked.
    alone = {c.quote for c in engine.reply("how do you treat it?").citations}
    both = engine.reply("what is rosacea and how do you treat it?")
    assert alone and alone.isdisjoint(c.quote for c in both.citations)
