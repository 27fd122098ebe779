"""Messages asking several things at once: split into questions of their own, each answered."""

from __future__ import annotations

import pytest

from assistant.answering.compound import questions_in, refers_back
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
        (
            "will the needles sting? and do you do ear piercing too",
            ["will the needles sting?", "and do you do ear piercing too"],
        ),
        # An opening that asks nothing is no part.
        (
            "ok and how long am i red for? also do you do ear piercing",
            ["how long am i red for?", "also do you do ear piercing"],
        ),
        # A letter's frame is no part either.
        (
            "my name is Priya, will the needles sting? also do you do ear piercing",
            ["will the needles sting?", "also do you do ear piercing"],
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
        "will it hurt? and how much?",  # a fragment continuing the first
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
    assert both.not_covered == ""  # every part answered: nothing to send to the clinic


@pytest.mark.parametrize(
    ("message", "covered"),
    [
        # The whole is covered (the documents answer its first question) ...
        ("does it sting at all? and is there a loyalty scheme", "does it sting at all?"),
        # ... or not (the first question, of another subject, decides how the whole reads).
        (
            "is there a loyalty scheme, and how many sessions are usual?",
            "how many sessions are usual?",
        ),
    ],
)
def test_a_part_the_documents_do_not_cover_is_said(
    engine: Engine, message: str, covered: str
) -> None:
    alone = engine.reply(covered)
    reply = engine.reply(message)
    assert engine.reply("is there a loyalty scheme").kind == "not_found"
    assert reply.kind == "answer"
    assert alone.citations[0].quote in {c.quote for c in reply.citations}
    assert reply.not_covered and "contact" in reply.not_covered
    assert reply.text == f"{reply.answer} {reply.not_covered} {reply.referral}"


def test_a_part_after_one_not_answered_is_not_answered_alone(engine: Engine) -> None:
    # "it" in the second part is the condition the first names, which the documents never do:
    # what they say of "how do you treat it?" alone (the treatment) answers nothing asked.
    alone = {c.quote for c in engine.reply("how do you treat it?").citations}
    both = engine.reply("what is rosacea and how do you treat it?")
    assert alone and alone.isdisjoint(c.quote for c in both.citations)


def test_a_part_not_covered_is_said_in_a_chat_too(engine: Engine) -> None:
    engine.reply("how many sessions are usual?", session_id="compound-chat")
    reply = engine.reply("does it sting at all? and is there a loyalty scheme", "compound-chat")
    assert reply.kind == "answer" and reply.not_covered


def test_it_after_a_part_not_answered_is_what_that_part_named(engine: Engine) -> None:
    # "it" in the second part is the gift box, which the documents never speak of: what they
    # say of the treatment is no answer, and the whole is refused.
    assert engine.reply("will it help my skin").kind == "answer"
    assert engine.reply("is the gift box worth it or is it hype? will it help my skin").kind == (
        "not_found"
    )


@pytest.mark.parametrize(
    ("part", "refers"),
    [
        ("what difference will it make", True),
        ("does that hurt", True),
        ("can i have it done twice", True),
        ("how many sessions are usual?", False),
        ("is there a loyalty scheme", False),
    ],
)
def test_a_part_saying_it_or_pointing_back_is_told(part: str, refers: bool) -> None:
    # After a part not answered, such a part may ask about what that part named.
    assert refers_back(part) is refers
