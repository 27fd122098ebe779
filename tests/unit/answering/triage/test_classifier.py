"""The learned decision's reading of long messages: clause by clause, raised towards the most
urgent clause."""

from __future__ import annotations

import pytest

from assistant.answering.question import normal
from assistant.answering.triage.classifier import LONG, clauses, combined

_CHAT = (
    "hi, we loved the facial in the spring and the team were so kind, my neighbour wants to "
    "book the peel for her birthday"
)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param("my chin is oozing since the treatment", [], id="short"),
        pytest.param(
            f"{_CHAT}, anyway since monday the dots on my chin are crusting yellow",
            [f"{_CHAT},", "since monday the dots on my chin are crusting yellow"],
            id="turn-after-chat",
        ),
        pytest.param(
            f"{_CHAT}. how long should i wait before wearing makeup again after my session?",
            [f"{_CHAT}.", "how long should i wait before wearing makeup again after my session?"],
            id="sentences",
        ),
        pytest.param(
            "hello there, " + "the staff were lovely and " * 6 + "thank you", [], id="one-clause"
        ),
        pytest.param(f"{_CHAT}, but ok x", [], id="clause-of-two-words-dropped"),
    ],
)
def test_classifier_clauses(message: str, expected: list[str]) -> None:
    text = normal(message)
    assert len(text.split()) >= LONG or not expected
    assert clauses(text) == expected


@pytest.mark.parametrize(
    ("message", "clause", "expected"),
    [
        pytest.param(0.1, 0.9, 0.5, id="raised-halfway"),
        pytest.param(0.6, 0.2, 0.6, id="never-lowered"),
        pytest.param(0.3, 0.3, 0.3, id="equal"),
    ],
)
def test_classifier_combined(message: float, clause: float, expected: float) -> None:
    assert combined(message, clause) == pytest.approx(expected)
