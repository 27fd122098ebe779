"""Personal situations: whether a message brings the patient's own health situation into the
question, and how such a question is read once its situation is set aside.

The decision is learned, so that a drug, a condition or a state of the skin no list names ("I
take sertraline", "I have von Willebrand", "recovering from a stomach bug") still gets the firmer
referral (the lexicon's SITUATIONS, which the answer uses to find the documents' own words on a
situation, names only a few). A logistic regression over the question's embedding (the one
retrieval uses), whether it speaks in the first person or for someone the writer cares for, and
its word n-grams (TF-IDF). It was fitted on 900 chat messages written for it by a session that
saw only the leaflets: 400 that bring a situation of the writer's own (conditions, medications,
pregnancy, skin states, other procedures, illnesses, injuries, allergies, age, fear of needles)
and 500 look-alikes (their own cosmetic concern the treatment addresses, ordinary and
general-risk questions, other people's stories, everyday life, health questions about something
else), on the tuning half of `eval/personal2` (120 more, written apart to measure the decision
on both sides) and on 300 more look-alikes and subtle situations (`personal_train3.jsonl`). The coefficients ship fitted in `data/personal_model.npz` with the SHA-256 of the
training files; `python -m tools.fit_personal` refits them and chooses the threshold by
cross-validation.

The decision gives the firmer referral. It changes the answer in one case only: at its sure
operating point (`sure_threshold`, precision 0.97 out of fold), a question the documents do not
cover as asked, which without the words they never use names their subject or only points at it
("i take sertraline, will microneedling be ok?"), is answered with their words on medical
history (the engine's `_about_documents`). Using it so for every personal question lost more
answers than it gained (a first-person question's unknown words are as often "germaphobe" or
"lunch" as a drug).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from wordfreq import zipf_frequency

from assistant.answering.coverage_signals import points_back
from assistant.answering.question import Question, read
from assistant.answering.spelling import COMMON_ZIPF
from assistant.answering.triage.classifier import DATA, sigmoid, tfidf, word_grams
from assistant.answering.vocabulary import Vocabulary, basic_english

MODEL = DATA / "personal_model.npz"

# The writer speaks of themselves or of someone they write for.
_OWN = re.compile(
    r"\b(i|i'm|im|i've|ive|i'd|my|me|we|we're|our|us|mum|mom|dad|daughter|son|wife|husband|"
    r"partner|client)\b"
)


def own_voice(text: str) -> float:
    """1 when the normal text speaks in the first person or for someone cared for, else 0."""
    return 1.0 if _OWN.search(text) else 0.0


@dataclass(frozen=True, slots=True)
class PersonalModel:
    """One logistic regression: P(the message brings the writer's own health situation)."""

    weights: np.ndarray  # the embedding's, own voice's, then the word n-grams'
    bias: float
    terms: tuple[str, ...]
    idf: np.ndarray
    threshold: float
    sure_threshold: float  # a call sure enough to answer from the medical-history words
    trained_on: str  # SHA-256 of the training file

    def probability(self, vector: np.ndarray, text: str) -> float:
        """P(personal) for one embedded question and its normal text."""
        dense = np.append(vector.astype(np.float32), own_voice(text))
        columns, values = tfidf(word_grams(text), self.terms, self.idf)
        size = len(dense)
        logit = float(dense @ self.weights[:size] + values @ self.weights[size + columns])
        return sigmoid(logit + self.bias)

    def personal(self, vector: np.ndarray, text: str) -> bool:
        return self.probability(vector, text) >= self.threshold

    def sure(self, vector: np.ndarray, text: str) -> bool:
        return self.probability(vector, text) >= self.sure_threshold

    def save(self, path: Path = MODEL) -> None:
        np.savez(
            path,
            weights=self.weights,
            bias=self.bias,
            terms=np.asarray(self.terms),
            idf=self.idf,
            threshold=self.threshold,
            sure_threshold=self.sure_threshold,
            trained_on=self.trained_on,
        )


@cache
def fitted(path: Path = MODEL) -> PersonalModel:
    """The shipped model, loaded once."""
    with np.load(path) as data:
        return PersonalModel(
            weights=data["weights"].astype(np.float32),
            bias=float(data["bias"]),
            terms=tuple(str(t) for t in data["terms"]),
            idf=data["idf"].astype(np.float64),
            threshold=float(data["threshold"]),
            sure_threshold=float(data["sure_threshold"]),
            trained_on=str(data["trained_on"]),
        )


def set_aside(question: Question, vocabulary: Vocabulary) -> Question | None:
    """A personal question with its situation set aside ("would it be fine during chemotherapy?"
    -> "would it be fine during"), read again; None when no situation was named in its words."""
    rest = question.normal
    for situation in question.situations:
        rest = rest.replace(situation, " ")
    if rest == question.normal:
        # Told in the turn before ("I have rosacea", then "can I still have it?"): the message
        # itself is what is asked.
        return read(rest, vocabulary) if question.previous and question.situations else None
    return read(rest, vocabulary)


def without_unnamed(question: Question, vocabulary: Vocabulary) -> Question | None:
    """A personal question no list reads a situation in, without the words the documents never
    use ("i take sertraline, will it be ok?" -> "i take, will it be ok"), read
    again; None when none of those words could name a situation.

    A drug or a condition no list names is a word outside common English (wordfreq, the
    spelling's bar); an everyday word the documents lack ("flying", "daughter", "period") is
    the patient's life or another question, not their medical situation."""
    unnamed = {w for w in question.topic if not vocabulary.knows(w)}
    if all(zipf_frequency(w, "en") >= COMMON_ZIPF for w in unnamed):
        return None
    return read(" ".join(w for w in question.spelled.split() if w not in unnamed), vocabulary)


def only_points_back(asked: Question) -> bool:
    """Nothing left but words pointing at the treatment ("could it do much for my ..."):
    the question asks about the documents' subject."""
    return not asked.topic and points_back(asked.normal)


def asks_for_oneself(asked: Question, vocabulary: Vocabulary) -> bool:
    """The patient asks about their own case and nothing is left, once the situation is set
    aside, but words the documents use or basic English ("i take heart pills, does that
    matter?", "am i still able to come tomorrow?"): on the clinic's chat that asks whether they can
    have the treatment. "What causes diabetes?" names no case of the patient's own."""
    if not own_voice(asked.normal):
        return False
    # Whom the writer asks for ("my dad takes warfarin, could he have it?") is no topic of theirs.
    return all(vocabulary.knows(w) or basic_english(w) or own_voice(w) for w in asked.topic)
