"""A question asked for someone else is read as the patient's own (for the ranking only)."""

from __future__ import annotations

import pytest

from assistant.answering.person import as_own
from assistant.answering.question import read


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
