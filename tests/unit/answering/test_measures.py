"""Measures: a question asking an amount in a unit of a kind no document states an amount of is
not covered, and is answered from the sentence stating one once the clinic adds it."""

from __future__ import annotations

import pytest

from assistant.answering import measures
from assistant.answering.engine import Engine
from assistant.index.embedding import Embedder
from assistant.ingest.indexing import ingest
from tests.helpers import copy_corpus, make_settings

LENGTH = (("[length]", 1),)
TIME = (("[time]", 1),)
# A leaflet of our own, in no corpus: the lengths it states make length questions answerable.
NEEDLE_LEAFLET = """# Our pens

## Needle depth

We set needle depths between 0.5 mm and 1.5 mm, depending on the area treated.
"""


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("mm", LENGTH),
        ("millimetres", LENGTH),
        ("minutes", TIME),
        ("ml", (("[length]", 3),)),
        ("mg", (("[mass]", 1),)),
        # An ordinal, a time of day, a prefix no one writes, no unit at all, a percentage.
        ("th", None),
        ("am", None),
        ("fat", None),
        ("sessions", None),
        ("percent", None),
    ],
)
def test_measures_kind_of_unit(word: str, kind: tuple[tuple[str, int], ...] | None) -> None:
    assert measures.kind(word) == kind


def test_measures_stated_and_asked() -> None:
    assert measures.stated(["It lasts 30 to 60 minutes.", "90% of participants improved."]) == {
        TIME
    }
    assert measures.stated(["Depths of 0.5-2.5mm are used."]) == {LENGTH}
    assert measures.asked("how many mm deep do the needles go?") == {LENGTH}
    assert measures.asked("how deep do they go, in millimetres?") == {LENGTH}
    # A number with its unit is as often the patient's own: told, not asked.
    assert measures.asked("i'm 60kg and use a 0.25mm roller, is it ok for me?") == set()
    assert measures.asked("my wedding is on the 14th at 10am, when should i book?") == set()
    assert measures.asked("how many visits are needed in all?") == set()


def test_measures_times_in_days() -> None:
    assert measures.longest("The redness typically subsides within a few hours to a day.") == 1.0
    assert measures.longest("It lasts about 24-48 hours.") == 2.0
    assert measures.longest("They can last up to 12 days.") == 12.0
    assert measures.longest("Sessions are spaced 4-6 weeks apart.") == 42.0
    assert measures.longest("Fair skin may stay red for longer.") is None
    # A counting word is a whole word: "about" is no "a" before a unit "bout".
    assert measures.longest("It takes about an hour.") == pytest.approx(1 / 24)
    # How long the patient says something has lasted: only when it is still there.
    assert measures.still_after("it's day 4 and i'm still a bit pink") == 4.0
    assert measures.still_after("still red three days after, normal?") == 3.0
    assert measures.still_after("my wedding is a week after, will the redness be gone?") is None
    assert measures.still_after("a week after and red still?") == 7.0


def test_measures_count_asked_and_stated() -> None:
    # "How many" asks a count of things, unless a unit follows it.
    assert measures.asks_count("how many peels make a course?")
    assert measures.asks_count("and how many altogether?")
    assert measures.asks_count("how many?")
    assert not measures.asks_count("how many weeks apart are they?")
    assert not measures.asks_count("how many mm deep do the needles go?")
    assert not measures.asks_count("how long does a peel take?")
    # A number and what it counts; not a time, a percentage or an article.
    assert measures.states_count("A course of four to six peels is usual.")
    assert measures.states_count("You will need at least three treatments.")
    assert not measures.states_count("Peels are spaced 2-4 weeks apart.")
    assert not measures.states_count("90% of participants saw a change.")
    assert not measures.states_count("A series of treatments gives the best results.")
    assert not measures.states_count("One of the main benefits is smoother skin.")


@pytest.fixture(scope="module")
def needle_engine(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Engine:
    """The corpus with a leaflet that states needle depths in millimetres."""
    root = tmp_path_factory.mktemp("needles")
    # With the clinic's answered questions, which pull a depth question to the documents' sentence
    # on depth: the sentence stating a length must still lead.
    corpus = copy_corpus(root, answered=True)
    (corpus / "our-pens.md").write_text(NEEDLE_LEAFLET, encoding="utf-8")
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    return Engine(settings, embedder=embedder)


def test_measures_length_unstated_is_not_covered_until_a_document_states_one(
    engine: Engine, needle_engine: Engine
) -> None:
    asked = ("how many mm deep do the needles go?", "how deep do the needles go in millimetres?")
    for question in asked:
        # The corpus speaks of needle depth ("adjusted based on specific skin concerns") and
        # gives no length: the not-covered reply, not its sentence on depth.
        assert engine.reply(question).kind == "not_found", question
        # Answered from the sentence stating a length, which the question's unit lifts over the
        # documents' sentence on depth.
        reply = needle_engine.reply(question)
        assert reply.kind == "answer", question
        assert reply.citations[0].source == "corpus/our-pens.md", question
        assert "0.5 mm and 1.5 mm" in reply.answer, question
    # A time the documents state is no reason to refuse.
    assert engine.reply("how long is a session in minutes?").kind == "answer"
