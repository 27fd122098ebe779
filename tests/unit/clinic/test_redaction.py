"""What the redactor removes and what it leaves (our own wording; figures on the set: README)."""

from __future__ import annotations

import pytest

from assistant.clinic.redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(["will", "may", "mark", "rose"])


@pytest.mark.parametrize(
    ("message", "kept_out", "label"),
    [
        pytest.param(
            "I'm Olivia Bennett, is peeling normal?", "Olivia Bennett", "[NAME]", id="cue-full-name"
        ),
        pytest.param("my name is joanna, can I swim?", "joanna", "[NAME]", id="lower-case-name"),
        pytest.param(
            "Zelphine Quarrington here, my cheek is oozing pus",
            "Zelphine",
            "[NAME]",
            id="rare-full-name",
        ),
        pytest.param("Dr Okafor said it was fine", "Okafor", "[NAME]", id="title"),
        pytest.param("does it sting? thanks, Marcus", "Marcus", "[NAME]", id="sign-off"),
        pytest.param(
            "ring me on +44 7911 123 456 please", "7911 123 456", "[PHONE]", id="phone-intl"
        ),
        pytest.param("call 020-7946-0018 after 5", "7946", "[PHONE]", id="phone-dashes"),
        pytest.param("mail me: b.kaur@example.org", "b.kaur@example.org", "[EMAIL]", id="email"),
        pytest.param("dob 17.09.1979, am I too old?", "17.09.1979", "[DATE]", id="dob-dots"),
        pytest.param("born on 2 February 1990", "February 1990", "[DATE]", id="dob-words"),
        pytest.param(
            "I live at 14 Elm Grove, Leeds LS6 2AB", "Elm Grove", "[ADDRESS]", id="street"
        ),
        pytest.param("postcode SW1A 1AA", "SW1A 1AA", "[ADDRESS]", id="postcode"),
        pytest.param("my patient number is 4471902", "4471902", "[ID]", id="number"),
        pytest.param("ref QX-88123 for Friday", "QX-88123", "[ID]", id="code"),
    ],
)
def test_redactor_removes(redactor: Redactor, message: str, kept_out: str, label: str) -> None:
    out = redactor.redact(message)
    assert kept_out not in out and label in out


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("how long does redness last, 24-48 hours?", id="range"),
        pytest.param("can I wear makeup after 3 days?", id="amount"),
        pytest.param("I will book in May if it helps", id="common-word-names"),
        pytest.param("is 0.5mm deep enough for scars", id="depth"),
        pytest.param("I had it on 14/10 and still have bumps", id="day-month"),
        pytest.param("I'm pregnant, is it safe?", id="cue-not-a-name"),
        pytest.param("treated in 2023, can I go again?", id="year"),
    ],
)
def test_redactor_leaves_clean_text(redactor: Redactor, message: str) -> None:
    assert redactor.redact(message) == message


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("ask for Zebediah at reception", id="name-not-in-dictionary"),
        pytest.param("text me on seven double-oh nine", id="phone-in-words"),
    ],
)
def test_redactor_known_misses(redactor: Redactor, message: str) -> None:
    # Documented misses: a rare name with no cue, and numbers spelled out.
    assert redactor.redact(message) == message
