"""Money: whether a question asks about money the patient pays (a price, a fee, a deposit, a
discount, paying, affording), and which of its words do the asking.

The decision is learned, so that the ways English has of asking a price ("what's the damage",
"ballpark?", "is klarna accepted", "is the consult taken off") need no list, and the amounts that
are not money ("how much downtime", "how much will it sting") no exception. A logistic regression
over the question's embedding (the one retrieval uses) and its word n-grams (TF-IDF), fitted on
900 messages written for it by a session that saw only the leaflets (`tools/data/
MONEY_TRAINING.md`): 420 that ask about money for any treatment of any clinic, in every wording,
and 480 look-alikes ("free", "charge", "deposit", "run", "back" in other senses, money mentioned
and not asked about, amounts of time or redness, front-desk and medical questions). Out of fold
it takes 0.924 of the money questions and 0.046 of the look-alikes; the listed patterns it
replaced took 0.733 and 0.129 of the same messages. `python -m tools.fit_money` refits it.

The same model reads a single word: the words of asking ("fee", "cheaper", "afford") are those
it reads as money on their own, so what is left of a money question names what is priced ("the
neck", "a course of three", "botox").

A second model of the same shape reads a money question's kind: an amount ("what does the full
course come to?", "is the consultation charged?") or the terms of paying ("is a bank transfer
fine?", "do students get money off?", "is the deposit refunded?"). A price list states amounts;
whether the documents speak of a payment method, an offer or a refund is for the not-covered
decision to judge, as for any other question. Fitted by the same tool on 660 money messages
labelled by a session that saw no code (`tools/data/TERMS_TRAINING.md`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.answering.triage.classifier import sigmoid, tfidf, word_grams

MODEL = Path(__file__).parent / "data" / "money_model.npz"
# P(a money question asks about the terms of paying rather than an amount).
TERMS_MODEL = Path(__file__).parent / "data" / "terms_model.npz"
# A word alone read as money at least this surely asks rather than names what is priced: "cost",
# "fee", "cheaper", "deposit", "pounds" score 0.90-1.00 alone, "fortune" 0.74; "neck" 0.55,
# "course" 0.45, "botox" 0.11. Measured 0.7 / 0.8 / 0.9 on the price sets' tuning halves (both
# ways a clinic adds prices): 0.7 was as good or better on each.
WORD_THRESHOLD = 0.7
# With no document stating a price, a money question is refused on this model's word alone
# (`Coverage.unpriced`), with no say for the not-covered decision: that needs the model to be
# sure. Out of fold on its training messages, 0.8 takes 0.838 of the money questions and 0.023 of
# the look-alikes (0.924 and 0.046 at the fitted 0.55). Of the tuning halves' questions, 5 of 724
# answerable or medical ones scored between ("is four weeks between visits fine?", "i'm on a
# blood thinner for my heart ...") and were refused, and 11 of 469 out-of-scope ones, now the
# decision's.
SURE = 0.8


@dataclass(frozen=True, slots=True)
class MoneyModel:
    """One logistic regression: P(the question asks about money the patient pays)."""

    weights: np.ndarray  # the embedding's, then the word n-grams'
    bias: float
    terms: tuple[str, ...]
    idf: np.ndarray
    threshold: float
    trained_on: str  # SHA-256 of the training file

    def probability(self, vector: np.ndarray, text: str) -> float:
        """P(money) for one embedded text (as the ranking embeds it) and the same text."""
        dense = vector.astype(np.float32)
        columns, values = tfidf(word_grams(text), self.terms, self.idf)
        size = len(dense)
        logit = float(dense @ self.weights[:size] + values @ self.weights[size + columns])
        return sigmoid(logit + self.bias)

    def asks(self, vector: np.ndarray, text: str) -> bool:
        return self.says(self.probability(vector, text))

    def says(self, probability: float, *, sure: bool = False) -> bool:
        """Whether a probability reads as money: at the fitted operating point, or (`sure`) at
        SURE where that is higher."""
        return probability >= (max(self.threshold, SURE) if sure else self.threshold)

    def asking(self, word: str, vector: np.ndarray) -> bool:
        """Whether a word of a money question does the asking ("fee") rather than name what
        is priced ("neck")."""
        return self.probability(vector, word) >= WORD_THRESHOLD

    def save(self, path: Path = MODEL) -> None:
        np.savez(
            path,
            weights=self.weights,
            bias=self.bias,
            terms=np.asarray(self.terms),
            idf=self.idf,
            threshold=self.threshold,
            trained_on=self.trained_on,
        )


@cache
def fitted(path: Path = MODEL) -> MoneyModel:
    """The shipped model, loaded once."""
    with np.load(path) as data:
        return MoneyModel(
            weights=data["weights"].astype(np.float32),
            bias=float(data["bias"]),
            terms=tuple(str(t) for t in data["terms"]),
            idf=data["idf"].astype(np.float64),
            threshold=float(data["threshold"]),
            trained_on=str(data["trained_on"]),
        )
