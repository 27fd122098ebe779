"""The money decision: the shipped model is the one fitted on the shipped training messages, and
it reads currency signs as the words they stand for."""

from __future__ import annotations

from assistant.answering.money import TERMS_MODEL, fitted
from assistant.answering.question import read
from assistant.answering.triage.classifier import training_hash
from tools.fit_money import TERMS_TRAINING, TRAINING


def test_money_model_was_fitted_on_the_training_file() -> None:
    # A refit after the training messages change is not forgotten.
    assert fitted().trained_on == training_hash(TRAINING)
    assert 0.0 < fitted().threshold < 1.0
    assert fitted(TERMS_MODEL).trained_on == training_hash(TERMS_TRAINING)
    assert 0.0 < fitted(TERMS_MODEL).threshold < 1.0


def test_money_currency_signs_are_read_as_words() -> None:
    # A sign is no word for the model or the n-grams: "£50?" would lose all that asks.
    assert read("is it £50?").spelled.split() == ["is", "it", "pounds", "50"]
    assert "euros" in read("€ for three").spelled.split()
