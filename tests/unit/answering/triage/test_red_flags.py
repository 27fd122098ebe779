"""Tests generated from the red-flag table: every concept finds its examples and none of its
look-alikes, and a concept without examples on both sides fails."""

from __future__ import annotations

import pytest

from assistant.answering.question import normal
from assistant.answering.triage.concept import Concept
from assistant.answering.triage.red_flags import CONCEPTS, signs

MATCHES = [pytest.param(c, text, id=f"{c.name}: {text}") for c in CONCEPTS for text in c.matches]
LOOK_ALIKES = [
    pytest.param(c, text, id=f"{c.name}: {text}") for c in CONCEPTS for text in c.look_alikes
]


@pytest.mark.parametrize("concept", [pytest.param(c, id=c.name) for c in CONCEPTS])
def test_red_flags_every_concept_has_examples_on_both_sides(concept: Concept) -> None:
    assert len(concept.matches) >= 2 and len(concept.look_alikes) >= 2


@pytest.mark.parametrize(("concept", "text"), MATCHES)
def test_red_flags_concept_finds_its_examples(concept: Concept, text: str) -> None:
    assert concept.regex.search(normal(text))


@pytest.mark.parametrize(("concept", "text"), LOOK_ALIKES)
def test_red_flags_concept_ignores_its_look_alikes(concept: Concept, text: str) -> None:
    assert not concept.regex.search(normal(text))


def test_red_flags_airway_and_breathing_are_the_emergencies() -> None:
    emergencies = {c.name for c in CONCEPTS if c.emergency}
    assert emergencies == {"airway swelling", "breathing", "wheeze", "swallowing and throat"}


def test_red_flags_signs_report_where_they_matched() -> None:
    text = "day 3 and there is pus on my chin"
    [sign] = signs(text)
    assert sign.concept.name == "pus and discharge" and text[sign.start : sign.end] == "pus"
