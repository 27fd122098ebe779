"""Personal situations: the learned decision on both sides (a situation no list names is found;
a look-alike in the first person is not), the shipped model against its training file, and how a
personal question is read once its situation is set aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.answering.triage.classifier import training_hash
from assistant.answering.triage.personal import (
    asks_for_oneself,
    fitted,
    only_points_back,
    set_aside,
)
from assistant.answering.triage.safety import Triage, triage
from assistant.index.embedding import Embedder
from tools.fit_personal import TRAINING_FILES, measure


def _personal(message: str, embedder: Embedder) -> bool:
    question = read(message)
    return fitted().personal(embedder.embed([question.told])[0], question.normal)


# Situations the lexicon does not name, in the writer's own voice (or for someone they care for).
PERSONAL = [
    "i take lamotrigine for my seizures, is that an issue for the needles",
    "my son is on methotrexate for his joints, can he still book in",
    "had shingles on my forehead last month, ok to go ahead next week?",
    "I had a nose job in march, should I wait longer before doing my face",
    "my blood sugar runs high, will i heal slower after it",
]
# Look-alikes: their own cosmetic concern, everyday life, someone else's story, health elsewhere.
GENERAL = [
    "my pores are massive on my nose, would it shrink them",
    "i only get a half hour lunch, is the appointment quick",
    "my friend had it done last year and loved it, how many sessions did she need",
    "what are the early signs of gout",
    "how long until i can put makeup back on",
    # "the treatment" is the clinic's, not one of the patient's own (fitted without the question
    # sets' ordinary traffic, the model read it as one: 0.68).
    "what do i need to do after the treatment",
]


def test_personal_situations_no_list_names(embedder: Embedder) -> None:
    """A learned decision: one of the five may be missed (out of fold it finds 0.94)."""
    found = [m for m in PERSONAL if _personal(m, embedder)]
    assert len(found) >= len(PERSONAL) - 1
    for message in found:
        question = read(message)
        assert question.situations == ()  # found by the model, not the lexicon
        assert triage(question, embedder.embed([question.told])[0]) is Triage.PERSONAL


@pytest.mark.parametrize("message", GENERAL)
def test_personal_look_alikes_are_not(message: str, embedder: Embedder) -> None:
    assert not _personal(message, embedder)


def test_personal_measure_reads_both_kinds_of_set(
    tmp_path: Path, embedder: Embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fit_personal --measure` scores a patient set (`question`, `kind`) and a personal set
    (`text`, `label`) alike."""
    patients = tmp_path / "patients.jsonl"
    patients.write_text(
        "\n".join(json.dumps({"question": m, "kind": "medical"}) for m in PERSONAL) + "\n"
    )
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "\n".join(json.dumps({"text": m, "label": "general"}) for m in GENERAL) + "\n"
    )
    measure(fitted(), patients, embedder)
    measure(fitted(), labelled, embedder)
    said = capsys.readouterr().out
    # Each set's share is the model's own calls on its messages, under its own kind or label.
    personal = sum(_personal(m, embedder) for m in PERSONAL) / len(PERSONAL)
    general = sum(_personal(m, embedder) for m in GENERAL) / len(GENERAL)
    assert f"medical {personal:.2f} ({len(PERSONAL)})" in said
    assert f"general {general:.2f} ({len(GENERAL)})" in said


def test_personal_shipped_model_matches_its_training_data() -> None:
    assert fitted().trained_on == training_hash(*TRAINING_FILES)
    assert 0.0 < fitted().threshold < 1.0


@pytest.mark.parametrize(
    ("message", "rest", "points_back"),
    [
        pytest.param(
            "could it do much for my psoriasis",
            "could it do much for my",
            True,
            id="only-it",
        ),
        pytest.param(
            "is it ok while pregnant, and how long is the redness", None, False, id="rest-asks"
        ),
        pytest.param("how long does the redness last", None, None, id="no-situation"),
    ],
)
def test_personal_set_aside_reads_what_is_left(
    engine: Engine, message: str, rest: str | None, points_back: bool | None
) -> None:
    vocabulary = engine.retriever().vocabulary
    asked = set_aside(read(message, vocabulary), vocabulary)
    if points_back is None:
        assert asked is None
        return
    assert asked is not None
    if rest is not None:
        assert asked.normal == rest
    assert only_points_back(asked) is points_back


def test_personal_set_aside_of_a_follow_up_is_the_message_itself(engine: Engine) -> None:
    # The situation was told the turn before: nothing of it is in this message, which asks.
    vocabulary = engine.retriever().vocabulary
    question = read("could i have it then", vocabulary, previous="i am on warfarin", continued=True)
    assert question.situations == ("warfarin",)
    asked = set_aside(question, vocabulary)
    assert asked is not None and asked.normal == "could i have it then"
    assert only_points_back(asked)


@pytest.mark.parametrize(
    ("message", "own"),
    [
        pytest.param("my daughter takes antibiotics, can she still come tomorrow", True, id="own"),
        pytest.param("i have eczema, does that change anything", True, id="own-basic"),
        pytest.param("what are the symptoms of eczema", False, id="not-own"),
        pytest.param("i have eczema, which ointment contains hydrocortisone", False, id="subject"),
    ],
)
def test_personal_asks_for_oneself_both_sides(engine: Engine, message: str, own: bool) -> None:
    vocabulary = engine.retriever().vocabulary
    asked = set_aside(read(message, vocabulary), vocabulary)
    assert asked is not None
    assert asks_for_oneself(asked, vocabulary) is own
