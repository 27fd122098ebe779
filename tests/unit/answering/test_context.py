from __future__ import annotations

import pytest

from assistant.answering.context import Modifier, asserted, modifiers
from assistant.answering.red_flags import signs


def _modifiers(text: str) -> set[Modifier]:
    [sign, *_] = signs(text)
    return modifiers(text, sign)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("no fever and i feel well", Modifier.NEGATED, id="no"),
        pytest.param("there is nothing oozing at all", Modifier.NEGATED, id="nothing"),
        pytest.param("i don't have hives, only dry skin", Modifier.NEGATED, id="dont-have"),
        pytest.param("if i get hives can i take something", Modifier.HYPOTHETICAL, id="if"),
        pytest.param(
            "what happens if the bleeding won't stop", Modifier.HYPOTHETICAL, id="what-if"
        ),
        pytest.param("can microneedling give you a fever?", Modifier.HYPOTHETICAL, id="general"),
        pytest.param("what are the signs of infected skin", Modifier.HYPOTHETICAL, id="signs-of"),
        pytest.param("i had a fever years ago after a jab", Modifier.HISTORICAL, id="years-ago"),
        pytest.param("my friend had blisters after hers", Modifier.OTHER, id="friend"),
        pytest.param("my colleague said it smells bad", Modifier.OTHER, id="colleague"),
    ],
)
def test_context_modifiers_found(text: str, expected: Modifier) -> None:
    assert expected in _modifiers(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("my cheek has pus in it since this morning", id="own-present"),
        pytest.param("my daughter has a fever after her session", id="carer"),
        pytest.param("no idea why but it smells bad", id="no-before-termination"),
        pytest.param("the pain is not going away and now it's 9/10", id="not-inside-scope-end"),
        pytest.param("is it normal to have pus on day 5?", id="asks-if-normal"),
    ],
)
def test_context_asserted_signs_count(text: str) -> None:
    assert all(asserted(text, sign) for sign in signs(text))
