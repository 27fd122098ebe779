"""A question asked for someone else is read as the patient's own (for the ranking only)."""

from __future__ import annotations

import pytest

from assistant.answering.person import as_own
from assistant.answering.question import read


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("will she have to skip her gym class after", "will i have to skip my gym class after"),
        ("does he need to shave his beard first", "do i need to shave my beard first"),
        ("is he too old for it", "am i too old for it"),
        ("my aunt asks if it would suit her", "my aunt asks if it would suit me"),
        ("she's nervous, can someone sit with her", "i'm nervous, can someone sit with me"),
    ],
)
def test_a_third_persons_pronouns_read_in_the_first_person(text: str, read_as: str) -> None:
    assert as_own(text) == read_as


@pytest.mark.parametrize(
    "text",
    [
        "can i bring her along with me",  # two people: read as it stands
        "do they put numbing cream on first",  # "they" is as often the clinic
        "how long does the redness last",
    ],
)
def test_a_message_about_the_patient_or_the_clinic_is_unchanged(text: str) -> None:
    assert as_own(text) == text


def test_triage_reads_the_message_as_written_and_the_ranking_as_the_patients_own() -> None:
    question = read("he can't breathe and his lips are swelling")
    assert "he" in question.told.split() and "his" in question.told.split()
    assert question.meant.startswith("i ") and "my lips" in question.meant
