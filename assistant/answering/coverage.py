"""The not-covered decision: signals measured between a question and the corpus, and a fitted
model over them (boosted regression trees).

Nothing here knows what the documents are about. Every signal is computed from the question and
from statistics of the index version it is asked of (its sentence and passage vectors, its word
stems), and the words' rarity in general English comes from `wordfreq` (offline). So a clinic
that adds a price list makes "how much is it?" covered, and a question on a drug no document
names stays out, with no code change.

The model is fitted by `python -m tools.coverage` on questions the documents answer against
out-of-domain ones (MedQuAD, chit-chat, other treatments, front-desk topics), and
re-checked at every ingest against the out-of-domain probes (`calibration.py`).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from wordfreq import zipf_frequency

from assistant.answering.lexicon import ASKS_PRICE
from assistant.answering.question import Question
from assistant.answering.retrieval import Retriever, Scored, states_price
from assistant.answering.subject import Subject
from assistant.answering.vocabulary import WORD, Vocabulary

# The fitted model shipped with the package (written by `python -m tools.coverage fit`).
FITTED = Path(__file__).with_name("coverage.json")
# Zipf frequency (log10 per billion words) of the most common English words ("the" is 7.7).
# A word's specificity is how far below this it lies, as a share: "amebiasis" ~0.85, "cost" ~0.2.
COMMON_ZIPF = 6.5
# Pronouns that point at the subject of the documents ("does it help with psoriasis?").
_POINTS_BACK = re.compile(r"\b(it|this|that|these|they|them|you|your)\b")
# Sentences that share the best one's meaning: the rest, for the margin.
MARGIN_RANK = 10

FEATURES = (
    "sentence",  # best centred similarity to a sentence
    "passage",  # best centred similarity to a passage
    "margin",  # best sentence similarity over the 10th best
    "raw",  # best plain cosine to a sentence (the corpus's subject included)
    "centroid",  # cosine to the corpus's mean sentence vector
    "lexical",  # log(1 + best BM25 score) of the ranked sentences (the only ranking output:
    # fused scores move whenever the ranking is tuned, and the fit would have to follow)
    "known_specific",  # share of the question's words the corpus uses, weighted by specificity
    "unknown_specific",  # specificity of the most specific word the corpus never uses
    "subject_known",  # the question's most specific word is in the corpus
    "known_max",  # specificity of the most specific word the corpus uses
    "points_back",  # a pronoun stands for the subject ("is it safe...")
    "topic_known",  # share of the topic words the corpus uses (`Question.covered`)
    "absent_surprise",  # log10 of how often a corpus this long would use its commonest absent word
    "local",  # share of the question's words the best-ranked passage uses, weighted by
    # specificity: "opening hours" meets "48 hours' notice" only half way
    "kin",  # how near a word the documents do not speak of comes to their title words, when
    # the question does not name them (`subject.py`): another thing of the same kind
)
# The floor of absent_surprise: no absent word, or only words a corpus would never use.
SURPRISE_FLOOR = -3.0


def points_back(text: str) -> bool:
    """Whether a pronoun in the text stands for the subject ("is it safe ...")."""
    return bool(_POINTS_BACK.search(text))


def specificity(word: str) -> float:
    """0 for the commonest English words, 1 for words English text (almost) never uses."""
    return min(1.0, max(0.0, (COMMON_ZIPF - zipf_frequency(word, "en")) / COMMON_ZIPF))


class Profile:
    """The corpus side of the signals, computed once when an index version is loaded."""

    def __init__(self, retriever: Retriever) -> None:
        vectors = np.stack([r.embedding for r in retriever.sentences])
        norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        self.vectors = vectors / norms
        centroid = vectors.mean(axis=0)
        self.centroid = centroid / max(float(np.linalg.norm(centroid)), 1e-9)
        self.vocabulary: Vocabulary = retriever.vocabulary
        # log10 of the corpus's length in words per billion: with a word's Zipf frequency, the
        # log10 of how often general text this long uses the word.
        tokens = sum(len(r.text.split()) for r in retriever.sentences)
        self.log_length = math.log10(max(tokens, 1)) - 9.0
        self._specificity: dict[str, float] = {}
        stem = self.vocabulary.stem
        self._passage_stems = {
            p.id: frozenset(stem(w) for w in WORD.findall(p.text.lower()))
            for p in retriever.passages
        }
        self.subject = Subject(self.vocabulary, retriever.passages, retriever.sentences)

    def known(self, word: str) -> bool:
        """Whether the documents use the word (by stem), or the clinic's glossary gives theirs."""
        return self.vocabulary.knows(word)

    def in_passage(self, word: str, passage_id: str) -> bool:
        """Whether the passage uses the word (by stem) or one of the corpus's words for it."""
        stems = self._passage_stems.get(passage_id, frozenset())
        stem = self.vocabulary.stem
        return stem(word) in stems or any(stem(n) in stems for n in self.vocabulary.near(word))

    def specificity(self, word: str) -> float:
        value = self._specificity.get(word)
        if value is None:
            value = self._specificity[word] = specificity(word)
        return value


def measure(
    question: Question, retriever: Retriever, profile: Profile, ranked: Sequence[Scored]
) -> np.ndarray:
    """The signals of `FEATURES` for a question and the ranking's output for it."""
    raw, sentences, passages = retriever.closeness(question)
    unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
    top = np.partition(sentences, -min(MARGIN_RANK, len(sentences)))
    best = float(sentences.max())
    tenth = float(top[-min(MARGIN_RANK, len(sentences))])
    words = [*question.words, *(question.previous.words if question.previous else ())]
    weights = [profile.specificity(w) for w in words]
    known = [profile.known(w) for w in words]
    total = sum(weights)
    known_weight = sum(w for w, k in zip(weights, known, strict=True) if k)
    subject = max(range(len(words)), key=lambda i: weights[i]) if words else None
    first = ranked[0].record.passage_id if ranked else None
    local = [first is not None and profile.in_passage(w, first) for w in words]
    return np.array(
        [
            best,
            float(passages.max()),
            best - tenth,
            float((profile.vectors @ unit).max()),
            float(profile.centroid @ unit),
            math.log1p(max((s.lexical for s in ranked), default=0.0)),
            known_weight / total if total > 0 else 1.0,
            max((w for w, k in zip(weights, known, strict=True) if not k), default=0.0),
            1.0 if subject is None or known[subject] else 0.0,
            max((w for w, k in zip(weights, known, strict=True) if k), default=0.0),
            1.0 if points_back(question.normal) else 0.0,
            question.covered,
            max(
                [SURPRISE_FLOOR]
                + [
                    COMMON_ZIPF * (1.0 - w) + profile.log_length
                    for w, k in zip(weights, known, strict=True)
                    if not k
                ]
            ),
            sum(w for w, k in zip(weights, local, strict=True) if k) / total if total > 0 else 1.0,
            profile.subject.kin(words),
        ],
        dtype=np.float64,
    )


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree of the boosted ensemble, as arrays over its nodes: node i sends a
    question left when signal `feature[i]` is at most `threshold[i]`, or is a leaf (`left[i]`
    is -1); `value[i]` is the node's output (scaled by the learning rate), a leaf's is added."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def path(self, signals: np.ndarray) -> list[int]:
        """The nodes from the root to the question's leaf."""
        node, nodes = 0, [0]
        while self.left[node] != -1:
            goes_left = signals[self.feature[node]] <= self.threshold[node]
            node = self.left[node] if goes_left else self.right[node]
            nodes.append(node)
        return nodes


@dataclass(frozen=True, slots=True)
class Decision:
    """Boosted regression trees over the signals (scikit-learn's gradient boosting, exported as
    arrays) and their operating point: covered when p >= threshold."""

    features: tuple[str, ...]
    baseline: float  # the log-odds before any tree
    trees: tuple[Tree, ...]
    threshold: float

    def probability(self, signals: np.ndarray) -> float:
        """The fitted probability that the documents cover the question."""
        logit = self.baseline + sum(tree.value[tree.path(signals)[-1]] for tree in self.trees)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))

    def covers(self, signals: np.ndarray) -> bool:
        """A question none of whose topic words the documents use is not covered, whatever its
        closeness ("how much does it cost?" to a corpus that never speaks of cost); the others
        are covered when the fitted probability reaches the threshold."""
        return self.passes_gate(signals) and self.probability(signals) >= self.threshold

    @staticmethod
    def passes_gate(signals: np.ndarray) -> bool:
        """Whether the documents use at least one of the question's topic words."""
        return bool(signals[FEATURES.index("topic_known")] > 0.0)

    def with_threshold(self, threshold: float) -> Decision:
        return Decision(self.features, self.baseline, self.trees, float(threshold))

    def explain(self, signals: np.ndarray) -> dict[str, float]:
        """Each signal's share of the logit, for reading a decision: along each tree's path, a
        split's change of the node value is its signal's (Saabas's attribution)."""
        shares = dict.fromkeys(self.features, 0.0)
        for tree in self.trees:
            nodes = tree.path(signals)
            for parent, child in itertools.pairwise(nodes):
                name = self.features[tree.feature[parent]]
                shares[name] += tree.value[child] - tree.value[parent]
        return {name: round(share, 3) for name, share in shares.items()}

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Decision:
        features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        if features != FEATURES:
            raise ValueError(f"the fitted model's signals {features} are not {FEATURES}")
        trees = tuple(
            Tree(
                tuple(int(v) for v in tree["feature"]),
                tuple(float(v) for v in tree["threshold"]),
                tuple(int(v) for v in tree["left"]),
                tuple(int(v) for v in tree["right"]),
                tuple(float(v) for v in tree["value"]),
            )
            for tree in data["trees"]  # type: ignore[attr-defined]
        )
        return cls(features, float(data["baseline"]), trees, float(data["threshold"]))  # type: ignore[arg-type]


def fitted() -> Decision:
    """The model shipped with the package, at its fitted operating point."""
    data = json.loads(FITTED.read_text(encoding="utf-8"))
    return Decision.from_dict(data["decision"])


def decision_of(manifest: dict[str, object] | None) -> Decision:
    """The decision an index version was calibrated with at ingest, else the shipped fit."""
    stored = (manifest or {}).get("coverage")
    if isinstance(stored, dict) and "decision" in stored:
        try:
            return Decision.from_dict(stored["decision"])
        except (KeyError, TypeError, ValueError):
            pass  # calibrated with other signals: the shipped fit still reads these
    return fitted()


class Coverage:
    """Whether one index version's documents cover a question: its profile and decision."""

    def __init__(self, retriever: Retriever, decision: Decision) -> None:
        self.retriever = retriever
        self.profile = Profile(retriever)
        self.decision = decision

    def signals(self, question: Question, ranked: Sequence[Scored]) -> np.ndarray:
        return measure(question, self.retriever, self.profile, ranked)

    def probability(self, question: Question, ranked: Sequence[Scored]) -> float:
        return self.decision.probability(self.signals(question, ranked))

    def covers(self, question: Question, ranked: Sequence[Scored]) -> bool:
        """Covered when it asks the price of what a passage stating prices is about; not when
        it names money and no passage it would be answered from speaks of what it names
        (`unpriced`); else when the ranking found something and the model puts it over the
        threshold."""
        if self.priced(question, ranked):
            return True
        if self.unpriced(question, ranked):
            return False
        return bool(ranked) and self.decision.covers(self.signals(question, ranked))

    def answer_score(self, question: Question, ranked: Sequence[Scored]) -> float:
        """The probability the decision compares with its threshold (0 when the gate refuses
        the question or nothing was found; 1 for a price the documents state): what the
        re-check at ingest ranks probes by."""
        if not ranked:
            return 0.0
        if self.priced(question, ranked):
            return 1.0
        if self.unpriced(question, ranked):
            return 0.0
        signals = self.signals(question, ranked)
        return self.decision.probability(signals) if self.decision.passes_gate(signals) else 0.0

    def priced(self, question: Question, ranked: Sequence[Scored]) -> bool:
        """The question asks a price, and the best-ranked passage that states prices speaks of
        everything else it names: "what do you charge?" and "how much is a top-up?" against a
        price list; not "how much is botox?", which that list does not name. The model cannot
        tell these apart: the words of asking a price ("charge", "fee") are not the documents'
        words, and it weighs the documents' words."""
        if not (question.asks_price and self.retriever.states_prices):
            return False
        passage = next((s.record.passage_id for s in ranked if states_price(s.record.text)), None)
        if passage is None:
            return False
        rest = self._rest(question)
        return all(self.profile.in_passage(w, passage) for w in rest)

    def unpriced(self, question: Question, ranked: Sequence[Scored]) -> bool:
        """The question names money ("what do you charge for a peel?"), the documents state
        prices, and the best-ranked passage stating them speaks of none of the other things
        it names: the documents' word on money does not name the thing. "How much" alone
        names no money ("how much does it hurt?")."""
        if not (question.asks_price and self.retriever.states_prices):
            return False
        if all(m.group().strip() == "how much" for m in ASKS_PRICE.finditer(question.normal)):
            return False
        # All its words, the documents' subject too: "what will microneedling set me back?" is
        # asked of what a price list of microneedling prices.
        rest = self._rest(question, question.words)
        passage = next((s.record.passage_id for s in ranked if states_price(s.record.text)), None)
        if passage is None or not rest:
            return False
        # Nor does the passage that ranks best ("can I pay by cheque?": a payment paragraph).
        passages = {passage, ranked[0].record.passage_id}
        return not any(self.profile.in_passage(w, p) for w in rest for p in passages)

    def _rest(self, question: Question, words: Sequence[str] | None = None) -> list[str]:
        """The question's topic words (or these words) other than its words of asking a price."""
        # The words of asking ("fee"; "run" of "what does it run?") are no topic.
        asking = {
            word
            for m in ASKS_PRICE.finditer(question.normal)
            for word in (m.group("run") or m.group("back") or m.group()).split()
        }
        chosen = question.topic if words is None else words
        return [w for w in chosen if not ASKS_PRICE.search(w) and w not in asking]
