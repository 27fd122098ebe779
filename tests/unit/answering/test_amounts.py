"""What a text states: a price needs a currency and a number."""

from __future__ import annotations

import pytest

from assistant.answering.amounts import states_price


@pytest.mark.parametrize(
    ("text", "states"),
    [
        pytest.param("A session costs £220.", True, id="pound-sign"),
        pytest.param("It is 95 euros a session.", True, id="currency-name"),
        pytest.param("Results take 3 months.", False, id="duration"),
        pytest.param("Prices are confirmed at consultation.", False, id="price-word-only"),
    ],
)
def test_amounts_text_states_price(text: str, states: bool) -> None:
    assert states_price(text) is states
