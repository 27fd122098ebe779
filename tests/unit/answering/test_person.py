"""A question asked for someone else is read as the patient's own (for the ranking only)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering.person import as_own
from assistant.answering.question import read
from assistant.answering.triage.classifier import clauses
from assistant.answering.triage.safety import triage
from assistant.index.embedding import Embedder


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("must she skip her gym class afterwards", "must i skip my gym class afterwards"),
        ("should he shave his beard beforehand", "should i shave my beard beforehand"),
        ("is he too young for this", "am i too young for this"),
        ("my aunt asks if it would suit her", "my aunt asks if it would suit me"),
        ("she's nervous, can someone sit with her", "i'm nervous, can someone sit with me"),
    ],
)
def test_a_third_persons_pronouns_read_in_the_first_person(text: str, read_as: str) -> None:
    assert as_own(text) == read_as


@pytest.mark.parametrize(
    "text",
    [
        "may i come along with her",  # two people: read as it stands
        "do they numb the area beforehand",  # "they" is as often the clinic
        "is the redness normal at this stage",
    ],
)
def test_a_message_about_the_patient_or_the_clinic_is_unchanged(text: str) -> None:
    assert as_own(text) == text


def test_triage_reads_the_message_as_written_and_the_ranking_as_the_patients_own() -> None:
    question = read("he is wheezing and his tongue looks puffy")
    assert "he" in question.told.split() and "his" in question.told.split()
    assert question.meant.startswith("i ") and "my tongue" in question.meant


def test_triage_scores_a_long_messages_clauses_as_written(embedder: Embedder) -> None:
    # Triage's model was fitted on messages as patients wrote them: a clause read in the first
    # person would be a text it never saw.
    question = read(
        "my partner had his second treatment on tuesday and he felt great at the time, he even "
        "cycled home after. since lunchtime his face has turned hot and puffy and he says he "
        "feels feverish and sick"
    )
    assert len(clauses(question.normal)) > 1 and question.meant != question.told
    embedded: list[str] = []

    def embed(texts: list[str]) -> np.ndarray:
        embedded.extend(texts)
        return embedder.embed(texts)

    triage(question, embedder.embed([question.told])[0], embed=embed)
    assert embedded == [read(part).told for part in clauses(question.normal)]
    # and the ranking's reading would have differed: the assertion above can fail
    assert any(read(part).meant != read(part).told for part in clauses(question.normal))
