"""The signals of the not-covered decision: a word's specificity follows its rarity in English."""

from __future__ import annotations

import pytest

from assistant.answering.coverage_signals import specificity


@pytest.mark.parametrize(
    ("word", "rarer_than"),
    [
        pytest.param("amebiasis", "price", id="disease"),
        pytest.param("sotalol", "session", id="drug"),
    ],
)
def test_coverage_signals_specificity_orders_words(word: str, rarer_than: str) -> None:
    assert specificity(word) > specificity(rarer_than)
