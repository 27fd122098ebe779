"""The not-covered decision: a fitted model (boosted regression trees) over the signals measured
between a question and the corpus (`coverage_signals.py`), and the price questions it leaves to
a rule.

The model is fitted by `python -m tools.coverage` on questions the documents answer against
out-of-domain ones (MedQuAD, chit-chat, other treatments, front-desk topics), and
re-checked at every ingest against the out-of-domain probes (`calibration.py`).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from assistant.answering.coverage_signals import FEATURES, Profile, measure
from assistant.answering.keys import NONE_ANSWERED
from assistant.answering.money import fitted as fitted_money
from assistant.answering.question import Question
from assistant.answering.retrieval import Retriever, Scored
from assistant.answering.vocabulary import basic_english

# The column of the `answered` signal (a decision reads exactly `FEATURES`, see `from_dict`).
_ANSWERED = FEATURES.index("answered")
# The rules refuse what the model cannot see (a price no passage speaks of, a unit the documents
# state no amount of, half of a pair they never write); they yield to it when it is this sure.
# Forty-ninth round, over every tuning half, the price sets' tuning halves both ways, the other
# clinics' corpora and the out-of-domain sets: of the questions a rule refused, the 10 the model
# scored 0.9 or more were all answerable (from 0.8, 3 answerable and 4 out of scope).
SURE_COVERED = 0.9
# The fitted model shipped with the package (written by `python -m tools.coverage fit`).
FITTED = Path(__file__).with_name("coverage.json")


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
    arrays) and their operating point: covered when p >= threshold, or p >= threshold -
    leniency for a question the clinic's answered questions do not speak for (the `answered`
    signal absent: a clinic with none, a document added since), which is held to the bar
    MedQuAD alone sets (the signal is what lets the other bound be met at little cost)."""

    features: tuple[str, ...]
    baseline: float  # the log-odds before any tree
    trees: tuple[Tree, ...]
    threshold: float
    leniency: float = 0.0
    # The trees side by side, one row each (feature, threshold, left, right, value): every tree
    # takes its next step at once (a question's trees walked one by one took 0.15 ms).
    _forest: tuple[np.ndarray, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        width = max((len(t.feature) for t in self.trees), default=1)

        def rows(name: str, fill: float, kind: type) -> np.ndarray:
            table: np.ndarray = np.full((len(self.trees), width), fill, dtype=kind)
            for i, tree in enumerate(self.trees):
                column = getattr(tree, name)
                table[i, : len(column)] = column
            return table

        forest = (
            rows("feature", 0, np.intp),
            rows("threshold", 0.0, np.float64),
            rows("left", -1, np.intp),
            rows("right", -1, np.intp),
            rows("value", 0.0, np.float64),
        )
        object.__setattr__(self, "_forest", forest)

    def probability(self, signals: np.ndarray) -> float:
        """The fitted probability that the documents cover the question."""
        feature, threshold, left, right, value = self._forest
        trees = np.arange(len(feature))
        node = np.zeros(len(feature), dtype=np.intp)
        while True:
            inner = left[trees, node] != -1
            if not inner.any():
                break
            goes_left = signals[feature[trees, node]] <= threshold[trees, node]
            step = np.where(goes_left, left[trees, node], right[trees, node])
            node = np.where(inner, step, node)
        logit = self.baseline + float(value[trees, node].sum())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))

    def score(self, signals: np.ndarray) -> float:
        """The fitted probability, on the threshold's scale: raised by the leniency when the
        `answered` signal is absent."""
        absent = signals[_ANSWERED] == NONE_ANSWERED
        return self.probability(signals) + (self.leniency if absent else 0.0)

    def covers(self, signals: np.ndarray) -> bool:
        """Covered when the score reaches the threshold."""
        return self.score(signals) >= self.threshold

    def with_threshold(self, threshold: float) -> Decision:
        return Decision(self.features, self.baseline, self.trees, float(threshold), self.leniency)

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
        return {
            "features": list(self.features),
            "baseline": self.baseline,
            "trees": [asdict(tree) for tree in self.trees],
            "threshold": self.threshold,
            "leniency": self.leniency,
        }

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
        return cls(
            features,
            float(data["baseline"]),  # type: ignore[arg-type]
            trees,
            float(data["threshold"]),  # type: ignore[arg-type]
            float(data.get("leniency", 0.0)),  # type: ignore[arg-type]
        )


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


class Judged(NamedTuple):
    """What the not-covered decision makes of one question (`Coverage.judged`)."""

    priced: bool  # it asks a price the documents state: answered by a sentence stating one
    score: float  # compared with the threshold: 0 when a rule refuses, 1 when priced
    # It asks of a thing (by its words or the chat's), and what answers it best, or the only
    # price, is said of another (`elsewhere`).
    elsewhere: bool = False


class Coverage:
    """Whether one index version's documents cover a question: its profile and decision."""

    def __init__(self, retriever: Retriever, decision: Decision) -> None:
        self.retriever = retriever
        self.profile = Profile(retriever)
        self.decision = decision

    def signals(self, question: Question, ranked: Sequence[Scored]) -> np.ndarray:
        return measure(question, self.retriever, self.profile, ranked)

    def score(self, question: Question, ranked: Sequence[Scored]) -> float:
        return self.decision.score(self.signals(question, ranked))

    def covers(self, question: Question, ranked: Sequence[Scored]) -> bool:
        """Covered when it asks the price of what a passage stating prices is about; not when
        it names money and no passage it would be answered from speaks of what it names
        (`unpriced`), nor when it asks an amount in a unit of a kind they state none of
        (`unmeasured`), unless the model is sure (`SURE_COVERED`); else when the ranking found
        something and the model puts it over the threshold."""
        return self.judged(question, ranked).score >= self.decision.threshold

    def answer_score(self, question: Question, ranked: Sequence[Scored]) -> float:
        """The score the decision compares with its threshold (0 when a rule refuses the
        question or nothing was found; 1 for a price the documents state): what the re-check
        at ingest ranks probes by."""
        return self.judged(question, ranked).score

    def judged(self, question: Question, ranked: Sequence[Scored]) -> Judged:
        """Whether the question asks a price the documents state (`priced`), and the score the
        decision compares with its threshold: the rules and the model read once, the model's
        signals measured at most once."""
        if not ranked:
            return Judged(priced=False, score=0.0)
        measured: list[float] = []

        def score() -> float:
            if not measured:
                measured.append(self.score(question, ranked))
            return measured[0]

        if self.elsewhere(question, ranked):
            return Judged(priced=False, score=0.0, elsewhere=True)
        if self._priced(question, ranked, score):
            return Judged(priced=True, score=1.0)
        if self.untreated(question):
            return Judged(priced=False, score=0.0)
        if score() >= SURE_COVERED:
            return Judged(priced=False, score=score())
        if self.unpriced(question, ranked) or self.unsaid(question) or self.unmeasured(question):
            return Judged(priced=False, score=0.0)
        return Judged(priced=False, score=score())

    def elsewhere(self, question: Question, ranked: Sequence[Scored]) -> bool:
        """The question names a thing a document's title names, and what answers it best is
        said of another (`Scopes.elsewhere`): with a leaflet on another treatment added, its
        number of sessions is not answered by microneedling's. A price it asks is said elsewhere
        when every document stating prices is: a price asked of microneedling, where only the
        other treatment is priced, is not answered by the sentence defining microneedling."""
        retriever = self.retriever
        named = retriever.naming(question)
        if not named:
            return False
        elsewhere = retriever.scopes.elsewhere
        if elsewhere(named, ranked[0].record.title):
            return True
        return (
            retriever.states_prices
            and retriever.asks_price(question)
            and all(elsewhere(named, title) for title in retriever.priced_titles)
        )

    def _priced(
        self, question: Question, ranked: Sequence[Scored], score: Callable[[], float]
    ) -> bool:
        """The question asks a price, and the best-ranked passage that states prices speaks of
        everything else it names: "what is it priced at?" and "what is a single top-up priced at?"
        against a price list; not "how much is botox?", which that list does not name. The model
        cannot tell these apart: the words of asking a price ("charge", "fee") are not the
        documents' words, and it weighs the documents' words. Nor a question about the terms of
        paying (paying with a card, "any discount for students?"), unless the price passage names
        every word of it beyond basic English (a deposit it states): a price list states amounts,
        and whether the documents speak of other terms is the model's to judge. A passage is read
        with its document's title and heading: a Dental FAQ's finance paragraph is asked of by
        "dental finance options?" though it does not say "dental" again. `score` gives the model's
        score, asked for only when a word is left to judge (`judged` reads it once)."""
        if not (self.retriever.states_prices and self.retriever.asks_price(question)):
            return False
        passage = self.retriever.price_passage(ranked)
        if passage is None:
            return False
        if self.retriever.asks_terms(question):
            # Terms of paying it names in words beyond basic English, all of them the price
            # passage's own ("must I put down a deposit?" of "... a deposit of £30 secures your
            # booking"): the model reads a passage whose sentence on them is one clause of many.
            # Not across the bridge, whose nearest term for a word the documents lack can be
            # any of theirs ("refundable" -> "resurfacing").
            named = [w for w in question.topic if not basic_english(w)]
            return bool(named) and all(
                self.profile.in_passage(w, passage, framed=True, bridged=False) for w in named
            )
        unnamed = [
            w for w in self._rest(question) if not self.profile.in_passage(w, passage, framed=True)
        ]
        if not unnamed:
            return True
        # A word the passage does not name, but the documents use ("cost for doing it one time
        # only"), asks of what they speak of: priced when it is basic English, else when the
        # model finds it covered.
        # A word they do not use ("botox") names another thing; one the best passage names
        # ("is the patch test free?") asks of that passage.
        if self._names_other(unnamed) or self._names_any(unnamed, {ranked[0].record.passage_id}):
            return False
        if not fitted_money().says(self.retriever.price_probability(question), sure=True):
            return False
        if all(basic_english(w) for w in unnamed):
            # Basic English names nothing a price list would price ("price list please",
            # "price information?"): the model reads such a word as a topic the documents
            # barely use, and scored these at the threshold.
            return True
        return score() >= self.decision.threshold

    def untreated(self, question: Question) -> bool:
        """The question only asks for information on a topic ("any information on surgery?",
        "what is eczema?") and the documents do not speak of it: no title, heading or item
        label names it, no sentence opens with it as its theme ("Our opening hours are ...":
        `Subject.themes`), and they use it in passing at most (`subject.PASSING_SENTENCES`). A
        sentence that mentions a topic is no information about it, however near the model finds
        it. The topic's uncommon words decide ("pregnancy", not "care"), all of them: one the
        documents speak of ("treatments for scars") leaves the question to the model. Before the
        model's sure level: its nearness is what a mention misleads."""
        if not question.about or self.retriever.answers_as_asked(question):
            return False
        uncommon = [w for w in question.about if not basic_english(w)]
        subject = self.profile.subject
        if subject.themes(question.about):
            return False
        return not any(subject.speaks_of(w) for w in uncommon or question.about)

    @staticmethod
    def unsaid(question: Question) -> bool:
        """No topic word of the question is the documents', and one seemed to be only as half
        of a pair they never write ("what are the opening hours on saturdays?" against their
        "48 hours' notice"). Any other question with no topic word of theirs goes to the
        model: an adverb they never use ("how soon…") is often all it has. The first word of a
        pair must be less common than basic English, so "office hours" is not read as one."""
        return question.covered == 0.0 and question.paired

    def unmeasured(self, question: Question) -> bool:
        """The question asks an amount in a unit of a kind the documents state no amount of:
        "what length in millimetres are the needles?" of documents that give no length. The model
        cannot tell: their sentence on needle depth is as near as an answer would be. Not a
        question about money ("how many pounds is it?" asks a price, not a mass)."""
        if not question.units or question.units <= self.retriever.stated_measures:
            return False
        return not fitted_money().says(self.retriever.price_probability(question))

    def unpriced(self, question: Question, ranked: Sequence[Scored]) -> bool:
        """The question names money ("what would a peel cost?"), the documents state
        prices, and the best-ranked passage stating them speaks of none of the other things
        it names: the documents' word on money does not name the thing. Nor is one covered
        when no document states a price ("what does a session cost?" is not answered with the
        number of sessions), nor one on the terms of paying none of whose topic words the
        documents use ("do you take cash?": the terms are named by their own words). Terms need
        no price list: without one, the best-ranked passage must name what they ask of (a
        gift-voucher entry answers "could I purchase a voucher as a present?")."""
        money = fitted_money()
        probability = self.retriever.price_probability(question)  # read once, at two points
        if not money.says(probability):
            return False
        # A question the clinic attached to a passage ("will this cost me a fortune?"), or one a
        # document asks and answers, is theirs.
        if self.retriever.answers_as_asked(question):
            return False
        terms = self.retriever.asks_terms(question)
        if terms and question.covered == 0.0:
            return True
        if not self.retriever.states_prices:
            if terms:
                best = {ranked[0].record.passage_id} if ranked else set()
                # When every word of it is a word of paying ("vouchers or gift cards?": the
                # money model reads each alone as money), those words name what it asks of.
                return not self._names_any(self._rest(question) or question.topic, best)
            # An amount, where no document states one: refused on the money model's word
            # alone, with no say for the not-covered decision, when it is sure ("is four weeks
            # between visits fine?" is not). With a price list, what the question names
            # is checked against it below.
            return money.says(probability, sure=True)
        # All its words, the documents' subject too: "what will the needling cost me?" is
        # asked of what a price list of microneedling prices.
        rest = self._rest(question, question.words)
        passage = self.retriever.price_passage(ranked)
        if passage is None or not rest:
            return False
        # Nor does the passage that ranks best ("are cheques accepted?": a payment paragraph).
        if self._names_any(rest, {passage, ranked[0].record.passage_id}):
            return False
        # An amount is refused so only when a word of it is one the documents do not use
        # ("botox"): their own words ("what is one visit on my cheeks priced at") leave it
        # to the model, as `_priced` does. Terms are named by their own words ("monthly payment
        # plans"), which the passage must speak of.
        return terms or self._names_other(rest)

    def _names_other(self, words: Sequence[str]) -> bool:
        """Whether one of a money question's words is one the documents do not use ("botox"):
        it names another thing than theirs to price (`_priced`, `unpriced`)."""
        return any(self.profile.subject.strange(w) for w in words)

    def _names_any(self, words: Sequence[str], passages: set[str]) -> bool:
        """Whether one of the passages (read with its title and heading) names one of the words."""
        return any(self.profile.in_passage(w, p, framed=True) for w in words for p in passages)

    def _rest(self, question: Question, words: Sequence[str] | None = None) -> list[str]:
        """The question's topic words (or these words) other than its words of asking a price
        ("fee"; "afford"): what is left names what is priced."""
        chosen = question.topic if words is None else words
        asking = self.retriever.asking_words(chosen)
        return [w for w in chosen if w not in asking]
