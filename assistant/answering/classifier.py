"""The learned second signal of triage: a logistic regression over the question's sentence
embedding and the red-flag features, for what the concept table cannot list ("skin like an
oven", "can't eat on that side").

The coefficients ship fitted (`data/triage_model.npz`, with the SHA-256 of the training file
they were fitted on); `python -m tools.fit_triage` refits them from
`data/triage_train.jsonl`, our own labelled messages. Applying them is one dot product: the
embedding is the one retrieval uses for the same question, computed once by the engine.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.answering.context import RULES, Modifier, modifiers
from assistant.answering.red_flags import CONCEPTS, signs

DATA = Path(__file__).parent / "data"
TRAINING = DATA / "triage_train.jsonl"
MODEL = DATA / "triage_model.npz"
_CUES = tuple((rule.modifier, re.compile(rule.pattern)) for rule in RULES)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules and the context make of a message: the model's features, and the verdict."""

    urgent: bool  # an asserted red flag
    emergency: bool  # an asserted airway or breathing red flag
    features: np.ndarray  # per concept: found, asserted; per modifier: a cue anywhere


def reading(text: str) -> Reading:
    """The rule side of triage over a normal text."""
    found = np.zeros(2 * len(CONCEPTS) + len(Modifier), dtype=np.float32)
    urgent = emergency = False
    index = {concept.name: i for i, concept in enumerate(CONCEPTS)}
    for sign in signs(text):
        i = index[sign.concept.name]
        found[2 * i] = 1.0
        if not modifiers(text, sign):
            found[2 * i + 1] = 1.0
            urgent = True
            emergency = emergency or sign.concept.emergency
    for j, modifier in enumerate(Modifier):
        if any(m is modifier and p.search(text) for m, p in _CUES):
            found[2 * len(CONCEPTS) + j] = 1.0
    return Reading(urgent, emergency, found)


def training_hash(path: Path = TRAINING) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True, slots=True)
class Classifier:
    """Two logistic regressions sharing their inputs: urgent, and the airway emergency."""

    urgent_weights: np.ndarray
    urgent_bias: float
    emergency_weights: np.ndarray
    emergency_bias: float
    trained_on: str  # SHA-256 of the training file

    def probabilities(self, vector: np.ndarray, features: np.ndarray) -> tuple[float, float]:
        """P(urgent), P(emergency) for one embedded question and its rule features."""
        x = np.concatenate([vector.astype(np.float32), features])
        urgent = float(x @ self.urgent_weights + self.urgent_bias)
        emergency = float(x @ self.emergency_weights + self.emergency_bias)
        return _sigmoid(urgent), _sigmoid(emergency)

    def save(self, path: Path = MODEL) -> None:
        np.savez(
            path,
            urgent_weights=self.urgent_weights,
            urgent_bias=self.urgent_bias,
            emergency_weights=self.emergency_weights,
            emergency_bias=self.emergency_bias,
            trained_on=self.trained_on,
        )


@cache
def fitted(path: Path = MODEL) -> Classifier:
    """The shipped coefficients, loaded once."""
    with np.load(path) as data:
        return Classifier(
            urgent_weights=data["urgent_weights"].astype(np.float32),
            urgent_bias=float(data["urgent_bias"]),
            emergency_weights=data["emergency_weights"].astype(np.float32),
            emergency_bias=float(data["emergency_bias"]),
            trained_on=str(data["trained_on"]),
        )


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))
