"""Triage's learned decision: logistic regressions over the question's sentence embedding, the
red-flag concepts and their clinical context (as features), and the message's word n-grams and
character n-grams (TF-IDF), for what the concept table cannot list ("skin like an oven", "can't
chew on the left") and for the wording around a sign that says it is not the patient's own, not
now, or not real ("if I get hives", "no fever"). Character n-grams read the misspellings and
word forms patients type ("swolen", "breating", "puffed"): on 5 folds over 2,972 messages they
halved the false alarms at the same recall (0.027 -> 0.015).

The coefficients, the n-gram vocabulary and the operating points ship fitted
(`data/triage_model.npz`, with the SHA-256 of the training files); `python -m tools.fit_triage`
refits them from the labelled messages in `tools/data/` and `eval/final/triage.jsonl` (training
data stays out of the package) and chooses the thresholds by cross-validation.
Applying them is one sparse transform and two dot products: the embedding is the one retrieval
uses for the same question, computed once by the engine.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from assistant.answering.lexicon import TOKEN
from assistant.answering.triage.context import cues, modifiers
from assistant.answering.triage.context_rules import Modifier
from assistant.answering.triage.red_flags import CONCEPTS, signs
from assistant.answering.vocabulary import written_out

if TYPE_CHECKING:  # scikit-learn fits the models (tools/); serving reads their arrays only
    from sklearn.feature_extraction.text import TfidfVectorizer

DATA = Path(__file__).parent / "data"
MODEL = DATA / "triage_model.npz"


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules and the context make of a message: the model's features, and the verdict."""

    urgent: bool  # an asserted red flag
    emergency: bool  # an asserted airway or breathing red flag
    crisis: bool  # asserted thoughts of self-harm or suicide
    crisis_named: bool  # thoughts of self-harm or suicide named at all (anyone's, or denied)
    # per concept: found, asserted; per modifier: a cue anywhere, and applied to a sign found
    # (a negation somewhere is not a negated sign: measured, the second set took false alarms on
    # the triage4 and triage5 tuning halves from 2 and 6 to 1 and 5)
    features: np.ndarray


def reading(text: str) -> Reading:
    """The rule side of triage over a normal text, read with its chat short forms written out
    as retrieval reads them ("last yr", "2 wks ago": the context rules' times are words)."""
    text = written_out(text)
    found = np.zeros(2 * len(CONCEPTS) + 2 * len(Modifier), dtype=np.float32)
    urgent = emergency = crisis = crisis_named = False
    index = {concept.name: i for i, concept in enumerate(CONCEPTS)}
    kinds = {modifier: j for j, modifier in enumerate(Modifier)}
    for sign in signs(text):
        i = index[sign.concept.name]
        found[2 * i] = 1.0
        crisis_named = crisis_named or sign.concept.crisis
        applied = modifiers(text, sign)
        for modifier in applied:
            found[2 * len(CONCEPTS) + len(Modifier) + kinds[modifier]] = 1.0
        if not applied:
            found[2 * i + 1] = 1.0
            urgent = True
            emergency = emergency or sign.concept.emergency
            crisis = crisis or sign.concept.crisis
    cued = cues(text)
    for j, modifier in enumerate(Modifier):
        if modifier in cued:
            found[2 * len(CONCEPTS) + j] = 1.0
    return Reading(urgent, emergency, crisis, crisis_named, found)


def without_denied(text: str) -> str:
    """The normal text without the signs the patient says they do not have ("nothing oozing,
    no fever, only rosy: is foundation ok?"): what is left is what they ask. Not other
    modifiers: "what if I run a fever later?" asks about the fever."""
    kept = [True] * len(text)
    for sign in signs(text):
        if Modifier.NEGATED in modifiers(text, sign):
            kept[sign.start : sign.end] = [False] * (sign.end - sign.start)
    return " ".join("".join(c for c, keep in zip(text, kept, strict=True) if keep).split())


# A long message is read clause by clause too: a sign told after a paragraph of chat or of
# ordinary questions is a small part of the message's embedding. Out of fold over 4,472 messages
# (67 of them long and of several clauses), the message's P(urgent) raised halfway to its most
# urgent clause's took false alarms at the fitted recall (0.985) from 64 to 54 (at 0.98: 53 ->
# 44; at 0.99: 98 -> 101); with two other fold seeds, 69 -> 55 and 76 -> 67 (0.98: 47 -> 39,
# 56 -> 54; 0.99: 114 -> 94, 145 -> 92), airway cases missed as many or fewer. Measured on
# sentences alone: every clause's own P in place of the message's (the plain maximum) gave 57,
# and reading messages of 15 words or more so gave 81: a clause out of its message loses the
# "no", "if" and "my friend" around it. Twenty-fifth round, on 840 messages never fitted on
# (tools/data/triage_train14 and 15) and every triage set's tuning half (3,001 in all): raised
# two thirds of the way (`CLAUSE_SHARE`) 26 -> 21 urgent messages missed, false alarms 67 -> 67;
# three fifths 23 / 67, three quarters 21 / 69, all the way 21 / 71.
CLAUSE_SHARE = 2 / 3
# And when every clause reads less urgent than the whole, the whole's reading is a blend of its
# context (a breathless moment at a dentist's told with the years since and the patient's good
# health now, and a question: a triage23 tuning message read 0.55 whole, no clause over 0.20):
# it is lowered halfway. Forty-sixth round: out of fold over 10,490 messages, 0 and 0.5 alike (73
# missed, 295 false alarms); on the tuning halves never fitted on (every triage set's with
# triage23's, tellask's, questions20 to 34's, medquad3's), false alarms 68 -> 66, urgent recall
# 1,511 of 1,518 either way (no long urgent message's most urgent clause read under 0.75).
CLAUSE_LOWER_SHARE = 0.5
# A long message the model reads whole as all but surely no report is not raised by a clause: a
# clause read out of its message loses what the message says around it (an old reaction told as
# long over; a price asked for freezing several small growths, whose first sentence
# alone reads as a new complaint: 0.02 whole, 0.64 that sentence). Sixty-third round,
# out of fold over 10,490 messages at the fold rule's threshold (0.42 either way): false alarms
# 275 -> 270 at 0.05 with the same 72 urgent missed (0.1: 73 missed; 0.2: 74 and 265); on the
# tuning halves never fitted on, no urgent message raised by a clause read under 0.26 whole.
# (The vote's `VOTE_FLOOR` is the same bar, measured apart, on the linear reading alone.)
CLAUSE_RAISE_FLOOR = 0.05
LONG = 30  # words; out of fold 30, 35 and 40 measured alike, 25 gave 59 false alarms
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|$)", re.MULTILINE)
_BREAK = re.compile(
    r"\b(?:anyway|anyhow|but|however|although|though|whereas|also|btw|by the way)\b|;"
)


def clauses(text: str) -> list[str]:
    """A long message's sentences, split again at a turn ("anyway", "but"), of three words or
    more; none for a message shorter than `LONG` words or of one clause."""
    if len(text.split()) < LONG:
        return []
    parts = [
        part.strip()
        for sentence in _SENTENCE.finditer(text)
        for part in _BREAK.split(sentence.group())
        if len(part.split()) >= 3
    ]
    return parts if len(parts) > 1 else []


def combined(message: float, clause: float) -> float:
    """P(urgent) of a long message: its own, raised `CLAUSE_SHARE` of the way to its most
    urgent clause's (unless the whole reads under `CLAUSE_RAISE_FLOOR`), or lowered
    `CLAUSE_LOWER_SHARE` of the way when no clause reads as urgent as the whole."""
    if clause <= message:
        return message + CLAUSE_LOWER_SHARE * (clause - message)
    if message < CLAUSE_RAISE_FLOOR:
        return message
    return message + CLAUSE_SHARE * (clause - message)


# The nearest labelled messages give a second, local reading beside the linear one: a kind of
# message the training data holds a few of (a product's smell told in complication words, a
# played-down report) sits among its own kind, on whichever side of the model's one hyperplane.
# Out of fold over 4,472 messages (k 10/25/50, temperature 0.05/0.1, share 0.3/0.5/0.7 measured;
# with `mixed`'s exception) at the fitted recall (0.986, 27 missed either way) false alarms went
# 54 -> 49, and on the triage4-7 tuning halves, never trained on, misses 3 -> 2 and false alarms
# 10 -> 5 of 315. It costs one product with the stored vectors (below).
NEIGHBOURS = 25
TEMPERATURE = 0.05
NEIGHBOUR_SHARE = 0.5
# Below this P(urgent) the linear model, which reads the words around a sign, decides alone: the
# vote's neighbours are told apart by the embedding only, so a question telling a cold from flu,
# or an eye irritation long over, sat among reports. Fiftieth round, out of fold over 10,490
# messages at the same threshold: 0.05 took false alarms from 295 to 275 with the same 73 urgent
# missed (0.1: 258 and 74 missed; 0.2: 258 and 73, but on the tuning halves never fitted on it
# lost a report of marks the pen left, which the vote had caught); on those halves (5,356
# messages), 0.05 mended 3 false alarms and lost no report.
VOTE_FLOOR = 0.05
# The vote reads the embeddings on their first principal axes (fitted on the training messages'
# unit vectors): the product with every stored message read 15 MB a question at 9,890 messages
# (0.6-1.0 ms, a sixth of a reply; the benchmark's /chat p50 went 0.92-0.98x -> 1.06-1.08x the
# tutorial's when 1,000 messages joined); on 192 axes it reads half (0.4 ms; 0.89-0.93x). On the
# triage tuning halves never trained on, refitted: misses 7 and false alarms 41 as with every
# axis (128 axes: 9 and 40).
VOTE_AXES = 192


def projected(vectors: np.ndarray, mean: np.ndarray, axes: np.ndarray) -> np.ndarray:
    """Embeddings as the vote reads them: unit vectors, centred and put on the fitted axes."""
    units = vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)
    return np.asarray((units.astype(np.float32) - mean) @ axes.T, dtype=np.float32)


def neighbour_vote(vectors: np.ndarray, labelled: np.ndarray, urgent: np.ndarray) -> np.ndarray:
    """Per row of `vectors`: the urgent share of its NEIGHBOURS most similar `labelled` messages
    (unit vectors), each weighted by exp(cosine / TEMPERATURE)."""
    units = vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)
    rows = np.atleast_2d(units.astype(np.float32))
    labelled = labelled.astype(np.float32, copy=False)
    # One question at a time (serving): numpy's own loop, not BLAS. OpenBLAS splits a product this
    # size over its threads, and requests answered side by side then wait on each other (8
    # concurrent callers: 1.0 ms a vote against 0.08 ms).
    similar = np.einsum("ij,kj->ik", rows, labelled) if len(rows) == 1 else rows @ labelled.T
    nearest = np.argpartition(-similar, NEIGHBOURS, axis=1)[:, :NEIGHBOURS]
    weights = np.exp(np.take_along_axis(similar, nearest, axis=1) / TEMPERATURE)
    return np.asarray((weights * urgent[nearest]).sum(axis=1) / weights.sum(axis=1))


def mixed(linear: ArrayLike, vote: ArrayLike, features: ArrayLike) -> np.ndarray:
    """P(urgent) from the linear model's reading and the neighbours' vote (per row of rule
    `features`): shared, except where the context sets aside a sign the table found, or where
    the linear model is all but sure it is no report (`VOTE_FLOOR`). The vote reads the
    embedding alone, which hardly tells "no fever, no swelling" from "fever and swelling":
    there the linear model, which reads the context, decides alone (out of fold 52 -> 49 false
    alarms at the same recall; triage4-7 tuning halves 9 -> 5)."""
    linear = np.asarray(linear)
    shared = (1 - NEIGHBOUR_SHARE) * linear + NEIGHBOUR_SHARE * np.asarray(vote)
    return np.where(voted(linear, features), shared, linear)


def voted(linear: ArrayLike, features: ArrayLike) -> np.ndarray:
    """Where `mixed` shares P(urgent) with the vote: no sign set aside by its context, and the
    linear model not all but sure the message is no report."""
    applied = np.asarray(features)[..., -len(Modifier) :].any(axis=-1)
    return ~applied & (np.asarray(linear) >= VOTE_FLOOR)


def training_hash(*paths: Path) -> str:
    """SHA-256 of the training files, in order, kept with the model fitted on them."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


# The word n-grams the model reads: single words and pairs ("no fever", "if i"), tokenised as
# scikit-learn does by default.
NGRAMS = (1, 2)


def ngram_vectorizer(terms: tuple[str, ...] | None = None) -> TfidfVectorizer:
    """scikit-learn's TF-IDF over word unigrams and bigrams (sublinear counts, L2 norm); with
    `terms`, over that fixed vocabulary."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vocabulary = {term: i for i, term in enumerate(terms)} if terms is not None else None
    return TfidfVectorizer(
        ngram_range=NGRAMS, sublinear_tf=True, min_df=1 if terms else 2, vocabulary=vocabulary
    )


# Character n-grams inside word boundaries (scikit-learn's "char_wb"), three to five long.
CHARS = (3, 5)


def char_vectorizer(terms: tuple[str, ...] | None = None) -> TfidfVectorizer:
    """scikit-learn's TF-IDF over character 3- to 5-grams within padded words; with `terms`,
    over that fixed vocabulary."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vocabulary = {term: i for i, term in enumerate(terms)} if terms is not None else None
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=CHARS,
        sublinear_tf=True,
        min_df=1 if terms else 3,
        vocabulary=vocabulary,
    )


def word_grams(text: str) -> list[str]:
    tokens = TOKEN.findall(text.lower())
    return [*tokens, *(f"{a} {b}" for a, b in itertools.pairwise(tokens))]


def _chars(text: str) -> list[str]:
    """scikit-learn's char_wb analyzer: each word padded with a space, its n-grams, a word
    shorter than n counted once."""
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(CHARS[0], CHARS[1] + 1):
            grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
            if len(padded) <= n:
                break
    return grams


def tfidf(
    grams: list[str], terms: tuple[str, ...], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of a sublinear, L2-normed TF-IDF vector over a fixed vocabulary."""
    index = _index(terms)
    # Counted first (in C), looked up once each: a message's few hundred character n-grams repeat.
    counts: dict[int, int] = {}
    for gram, count in Counter(grams).items():
        column = index.get(gram)
        if column is not None:
            counts[column] = count
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
    values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * idf[columns]
    return columns, values / np.linalg.norm(values)


@dataclass(frozen=True, slots=True)
class Classifier:
    """Three logistic regressions sharing their inputs: urgent, the airway emergency, and
    thoughts of self-harm or suicide (the crisis), with the thresholds chosen for them."""

    urgent_weights: np.ndarray
    urgent_bias: float
    emergency_weights: np.ndarray
    emergency_bias: float
    crisis_weights: np.ndarray
    crisis_bias: float
    terms: tuple[str, ...]  # the word n-grams, in weight order after the dense inputs
    idf: np.ndarray
    chars: tuple[str, ...]  # the character n-grams, in weight order after the word n-grams
    char_idf: np.ndarray
    labelled: np.ndarray  # the training messages on the vote's axes (stored float16)
    labelled_urgent: np.ndarray  # their labels (1.0 urgent)
    vote_mean: np.ndarray  # the unit embeddings' mean, and the principal axes the vote reads
    vote_axes: np.ndarray
    urgent_threshold: float
    emergency_threshold: float
    crisis_threshold: float
    trained_on: str  # SHA-256 of the training files

    def grams(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of the text's TF-IDF vector over the fitted word n-grams: what
        scikit-learn's `transform` gives (a test holds them equal), without its per-call cost."""
        return tfidf(word_grams(text), self.terms, self.idf)

    def char_grams(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The same over the fitted character n-grams; columns count from the first of them."""
        return tfidf(_chars(text), self.chars, self.char_idf)

    def probabilities(
        self, vector: np.ndarray, features: np.ndarray, text: str
    ) -> tuple[float, float, float]:
        """P(urgent), P(emergency), P(crisis) for one embedded question, its rule features and
        its text: P(urgent) the linear model's shared with its nearest labelled messages' vote."""
        dense = np.concatenate([vector.astype(np.float32), features])
        words, word_values = self.grams(text)
        chars, char_values = self.char_grams(text)
        size = len(dense)
        columns = np.concatenate([size + words, size + len(self.terms) + chars])
        values = np.concatenate([word_values, char_values])

        def logit(weights: np.ndarray, bias: float) -> float:
            return float(dense @ weights[:size] + values @ weights[columns] + bias)

        linear = sigmoid(logit(self.urgent_weights, self.urgent_bias))
        # The vote is read only where `mixed` uses it: three questions in four of the
        # benchmark's are surely no report, and its product was 0.7 ms of 7.8 a question (profiled).
        vote = linear
        if voted(linear, features):
            on_axes = projected(vector, self.vote_mean, self.vote_axes)
            vote = float(neighbour_vote(on_axes, self.labelled, self.labelled_urgent)[0])
        return (
            float(mixed(linear, vote, features)),
            sigmoid(logit(self.emergency_weights, self.emergency_bias)),
            sigmoid(logit(self.crisis_weights, self.crisis_bias)),
        )

    def save(self, path: Path = MODEL) -> None:
        np.savez(
            path,
            urgent_weights=self.urgent_weights,
            urgent_bias=self.urgent_bias,
            emergency_weights=self.emergency_weights,
            emergency_bias=self.emergency_bias,
            crisis_weights=self.crisis_weights,
            crisis_bias=self.crisis_bias,
            terms=np.asarray(self.terms),
            idf=self.idf,
            chars=np.asarray(self.chars),
            char_idf=self.char_idf,
            labelled=self.labelled,
            labelled_urgent=self.labelled_urgent,
            vote_mean=self.vote_mean,
            vote_axes=self.vote_axes,
            urgent_threshold=self.urgent_threshold,
            emergency_threshold=self.emergency_threshold,
            crisis_threshold=self.crisis_threshold,
            trained_on=self.trained_on,
        )


# Each model's n-gram columns by their text, keyed by the identity of the model's `terms` (held
# here, so the id stays theirs): a cache keyed by the tuple itself hashed its 10,000-14,000
# strings on every call (4 calls a question, 0.03 ms each).
_INDEXES: dict[int, tuple[tuple[str, ...], dict[str, int]]] = {}


def _index(terms: tuple[str, ...]) -> dict[str, int]:
    held = _INDEXES.get(id(terms))
    if held is None or held[0] is not terms:
        held = (terms, {term: i for i, term in enumerate(terms)})
        _INDEXES[id(terms)] = held
    return held[1]


@cache
def fitted(path: Path = MODEL) -> Classifier:
    """The shipped model, loaded once."""
    with np.load(path) as data:
        return Classifier(
            urgent_weights=data["urgent_weights"].astype(np.float32),
            urgent_bias=float(data["urgent_bias"]),
            emergency_weights=data["emergency_weights"].astype(np.float32),
            emergency_bias=float(data["emergency_bias"]),
            crisis_weights=data["crisis_weights"].astype(np.float32),
            crisis_bias=float(data["crisis_bias"]),
            terms=tuple(str(t) for t in data["terms"]),
            idf=data["idf"].astype(np.float64),
            chars=tuple(str(t) for t in data["chars"]),
            char_idf=data["char_idf"].astype(np.float64),
            labelled=data["labelled"].astype(np.float32),
            labelled_urgent=data["labelled_urgent"].astype(np.float32),
            vote_mean=data["vote_mean"].astype(np.float32),
            vote_axes=data["vote_axes"].astype(np.float32),
            urgent_threshold=float(data["urgent_threshold"]),
            emergency_threshold=float(data["emergency_threshold"]),
            crisis_threshold=float(data["crisis_threshold"]),
            trained_on=str(data["trained_on"]),
        )


def sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))
