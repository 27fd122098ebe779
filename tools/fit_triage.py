"""Refit triage's learned decision: `python -m tools.fit_triage [--measure FILE...]`.

Reads the labelled messages of `TRAINING` (three formats: `message`/`urgent`/`emergency`,
`text`/`label`, and the eval sets' `question`/`kind`/`emergency`), embeds each message as the
engine does (the question's `meant` text), reads the rule features and the word n-grams, and fits
two logistic regressions: urgent, and the airway emergency. The operating points come from
5-fold cross-validation over the same messages: the urgent threshold is the highest that keeps
recall at `RECALL` (so false alarms are as few as that recall allows), the airway threshold the
highest that names the emergency number for every airway case the urgent decision catches.
Prints the out-of-fold figures per source file (the only fair figures for an eval set that is
also training), and writes `assistant/answering/triage/data/triage_model.npz` with the training files'
SHA-256. `--measure` prints the rules alone and the model on labelled eval files not trained on.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sparse
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from assistant.answering.question import read
from assistant.answering.triage.classifier import (
    MODEL,
    VOTE_AXES,
    Classifier,
    char_vectorizer,
    clauses,
    combined,
    mixed,
    neighbour_vote,
    ngram_vectorizer,
    projected,
    reading,
    training_hash,
)
from assistant.answering.triage.context import general_question
from assistant.answering.triage.safety import Rules, decide
from assistant.config import PROJECT_ROOT, get_settings
from assistant.index.embedding import Embedder

# Labelled messages, kept out of the runtime package (they include our tuning sets' wording).
# eval/final/triage.jsonl was a held-out set once; it is tuning material now, measured only out of
# fold.
TRAINING = (
    PROJECT_ROOT / "tools" / "data" / "triage_train.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train4.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train5.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train6.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train9.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train12.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train14.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train15.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train17.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train18.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train18m.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train34.jsonl",
    PROJECT_ROOT / "tools" / "data" / "triage_train35.jsonl",
    PROJECT_ROOT / "eval" / "final" / "triage.jsonl",
    # Ordinary traffic: the patient question sets' tuning halves, whose answerable and
    # out-of-scope questions are controls (a medical item may describe a state a nurse should
    # see, so none is read). The two newest sets stay out, to measure on. The model keeps these
    # files' hash: an adjudication of one of them (its evidence, not its questions) needs a refit
    # to match again, which fits the same messages (30 s).
    *(PROJECT_ROOT / "eval" / f"questions{n}" / "tuning.jsonl" for n in range(4, 20)),
    *(PROJECT_ROOT / "eval" / name / "tuning.jsonl" for name in ("outscope", "ood4", "medquad2")),
)
# Regularisation chosen by cross-validation (C in 3, 10, 30 over 3,000 messages: 10 had the
# fewest false alarms at the same recall; over 3,772 and three fold seeds, 10 and 30 tied).
C = 10.0
# The urgent threshold keeps this recall on the folds: a held-out set comes in a little lower,
# and the goal there is 0.98; one more percent costs about 3 false alarms in 1,800 controls.
RECALL = 0.985
# The rule features follow the embedding in a message's dense inputs.
FEATURES = len(reading("").features)
GRID = np.round(np.arange(0.01, 0.96, 0.01), 2)
# The share of the other messages the crisis head may alarm on its own (out of fold).
CRISIS_ALARMS = 0.002


@dataclass(frozen=True, slots=True)
class Labelled:
    message: str
    urgent: bool
    emergency: bool
    source: str
    crisis: bool = False  # thoughts of self-harm or suicide (only the files that mark it)


def labelled(path: Path) -> list[Labelled]:
    """The labelled messages of one file, whichever of the three formats it uses."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row: dict[str, Any] = json.loads(line)
        inside = path.is_relative_to(PROJECT_ROOT)
        source = str(path.relative_to(PROJECT_ROOT)) if inside else str(path)
        if "message" in row:
            urgent, emergency = bool(row["urgent"]), bool(row["emergency"])
            source = row.get("source") or source
            crisis = bool(row.get("crisis", False))
            rows.append(Labelled(row["message"], urgent, emergency, source, crisis))
        elif "label" in row:
            label = row["label"]
            rows.append(Labelled(row["text"], label != "benign", label == "emergency", source))
        elif row["kind"] != "medical":
            urgent = row["kind"] == "urgent"
            rows.append(Labelled(row["question"], urgent, bool(row.get("emergency")), source))
    return rows


def _dense(messages: list[str], embedder: Embedder) -> tuple[np.ndarray, list[str], list[Any]]:
    questions = [read(m, None) for m in messages]
    readings = [reading(q.normal) for q in questions]
    if not questions:
        return np.zeros((0, 0), dtype=np.float32), [], []
    vectors = embedder.embed([q.told for q in questions])
    dense = np.hstack([vectors, np.stack([r.features for r in readings])])
    return dense, [q.normal for q in questions], readings


@dataclass(frozen=True, slots=True)
class _Clauses:
    """The clauses of the long messages, embedded and read as the engine reads them: `owner`
    holds each clause's message index."""

    owner: np.ndarray
    dense: np.ndarray
    texts: list[str]

    @classmethod
    def of(cls, texts: list[str], embedder: Embedder) -> _Clauses:
        parts = [(i, part) for i, text in enumerate(texts) for part in clauses(text)]
        dense, normal, _ = _dense([part for _, part in parts], embedder)
        return cls(np.array([i for i, _ in parts], dtype=np.int64), dense, normal)

    def raised(
        self, p_urgent: np.ndarray, among: np.ndarray, head: Any, inputs: Any, known: _Known
    ) -> None:
        """Raise P(urgent) of the long messages in `among` towards their most urgent clause."""
        rows = np.flatnonzero(np.isin(self.owner, among))
        if not len(rows):
            return
        x = inputs.matrix(self.dense[rows], [self.texts[j] for j in rows])
        p_clauses = mixed(
            head.predict_proba(x)[:, 1], known.vote(self.dense[rows]), self.dense[rows, -FEATURES:]
        )
        most: dict[int, float] = {}
        for i, p in zip(self.owner[rows], p_clauses, strict=True):
            most[int(i)] = max(most.get(int(i), 0.0), float(p))
        for i, p in most.items():
            p_urgent[i] = combined(p_urgent[i], p)


@dataclass(frozen=True, slots=True)
class _Known:
    """The labelled messages a vote is taken among: on the vote's principal axes (scikit-learn's
    PCA over their unit embeddings, fitted on them), with their labels."""

    units: np.ndarray
    urgent: np.ndarray
    mean: np.ndarray
    axes: np.ndarray

    @classmethod
    def of(cls, dense: np.ndarray, urgent: np.ndarray) -> _Known:
        vectors = dense[:, :-FEATURES]
        units = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        pca = PCA(n_components=VOTE_AXES, random_state=0).fit(units)
        mean, axes = pca.mean_.astype(np.float32), pca.components_.astype(np.float32)
        on_axes = projected(vectors, mean, axes)
        on_axes /= np.linalg.norm(on_axes, axis=1, keepdims=True)
        return cls(on_axes.astype(np.float16), urgent.astype(np.float32), mean, axes)

    def vote(self, dense: np.ndarray) -> np.ndarray:
        on_axes = projected(dense[:, :-FEATURES], self.mean, self.axes)
        return neighbour_vote(on_axes, self.units, self.urgent)


@dataclass(frozen=True, slots=True)
class _Inputs:
    """The fitted n-gram vectorizers: dense inputs, word n-grams and character n-grams side by
    side, as `Classifier.probabilities` reads them."""

    words: Any
    chars: Any

    @classmethod
    def fit(cls, texts: list[str]) -> _Inputs:
        return cls(ngram_vectorizer().fit(texts), char_vectorizer().fit(texts))

    def matrix(self, dense: np.ndarray, texts: list[str]) -> Any:
        grams = [self.words.transform(texts), self.chars.transform(texts)]
        return sparse.hstack([sparse.csr_matrix(dense), *grams]).tocsr()


def _heads(
    dense: np.ndarray, texts: list[str], labels: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> tuple[_Inputs, list[LogisticRegression]]:
    """The fitted inputs and the three heads: urgent, airway, crisis."""
    inputs = _Inputs.fit(texts)
    x = inputs.matrix(dense, texts)
    heads = [
        LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y) for y in labels
    ]
    return inputs, heads


def _folds(
    dense: np.ndarray,
    texts: list[str],
    labels: tuple[np.ndarray, np.ndarray, np.ndarray],
    parts: _Clauses,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Out-of-fold P(urgent) (a long message's raised by its clauses', as the engine does),
    P(emergency) and P(crisis) for every training message."""
    urgent, airway, crisis = labels
    p_urgent, p_airway, p_crisis = (np.zeros(len(texts)) for _ in range(3))
    strata = urgent * 2 + airway + 4 * crisis
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(dense, strata):
        inputs, (head_u, head_e, head_c) = _heads(
            dense[train], [texts[i] for i in train], (urgent[train], airway[train], crisis[train])
        )
        known = _Known.of(dense[train], urgent[train])
        x = inputs.matrix(dense[test], [texts[i] for i in test])
        p_urgent[test] = mixed(
            head_u.predict_proba(x)[:, 1], known.vote(dense[test]), dense[test, -FEATURES:]
        )
        p_airway[test] = head_e.predict_proba(x)[:, 1]
        p_crisis[test] = head_c.predict_proba(x)[:, 1]
        parts.raised(p_urgent, test, head_u, inputs, known)
    return p_urgent, p_airway, p_crisis


def alone(readings: list[Any], texts: list[str]) -> np.ndarray:
    """The messages whose asserted sign decides alone, as in `safety.decide`: an airway sign or
    thoughts of self-harm, outside a general question (both replies name the number first)."""
    emergency = np.array([r.emergency for r in readings], dtype=bool)
    crisis = np.array([r.crisis for r in readings], dtype=bool)
    return (emergency | crisis) & ~general(texts)


def general(texts: list[str]) -> np.ndarray:
    """The messages that ask about a thing in general (`context.general_question`)."""
    return np.array([general_question(t) for t in texts], dtype=bool)


def said(
    p: tuple[np.ndarray, np.ndarray, np.ndarray],
    rules: Rules,
    thresholds: tuple[float, float, float],
) -> tuple[np.ndarray, np.ndarray]:
    """(urgent, the emergency number named first) for arrays of messages, as `safety.decide`
    decides them: a crisis reply names the number first, as an emergency does."""
    urgent, emergency, crisis = decide(p, rules, thresholds)
    return urgent, emergency | crisis


def rules_of(readings: list[Any], texts: list[str]) -> Rules:
    """What the rules read in each message, as `safety.triage` passes it to `safety.decide`."""
    return Rules(
        np.array([r.urgent for r in readings], dtype=bool),
        np.array([r.emergency for r in readings], dtype=bool),
        np.array([r.crisis for r in readings], dtype=bool),
        general(texts),
    )


def _figures(name: str, urgent: np.ndarray, airway: np.ndarray, said: tuple[Any, Any]) -> str:
    said_u, said_e = said
    named = f"{said_e[airway].mean():.3f}" if airway.any() else "    -"
    recall = f"{said_u[urgent].mean():.3f}" if urgent.any() else "    -"
    return (
        f"  {name[:52]:52} {len(urgent):5}  recall {recall} ({(~said_u[urgent]).sum():2} missed)"
        f"  airway named {named}  false alarms {said_u[~urgent].mean():.3f}"
        f" ({said_u[~urgent].sum():2})"
    )


def fit(embedder: Embedder) -> Classifier:
    rows = [row for path in TRAINING for row in labelled(path)]
    dense, texts, readings = _dense([r.message for r in rows], embedder)
    urgent = np.array([r.urgent for r in rows])
    airway = np.array([r.emergency for r in rows])
    crisis = np.array([r.crisis for r in rows])
    rules = rules_of(readings, texts)
    rules_e = alone(readings, texts)
    labels = (urgent, airway, crisis)
    p_urgent, p_airway, p_crisis = _folds(dense, texts, labels, _Clauses.of(texts, embedder))
    # The crisis head does not decide a general question, as in `safety.triage`.
    p = (p_urgent, p_airway, np.where(general(texts), 0.0, p_crisis))
    # The crisis head first: the lowest threshold at which it alarms at most CRISIS_ALARMS of
    # the other messages (its few hundred examples do not reach RECALL at any useful point);
    # then the urgent head, for the other urgent messages (the complications): a hard set of
    # thoughts of self-harm would otherwise drag its threshold down for all of them.
    chosen_c = next(t for t in GRID if (p[2] >= t)[~crisis].mean() <= CRISIS_ALARMS)
    print(
        f"crisis head at {chosen_c:.2f}: catches {(p[2] >= chosen_c)[crisis].mean():.3f} of its "
        f"messages alone, {(rules_e | (p[2] >= chosen_c))[crisis].mean():.3f} with the rules"
    )
    chosen_u = GRID[0]
    for t in GRID:
        if said(p, rules, (t, 0.0, chosen_c))[0][urgent & ~crisis].mean() >= RECALL:
            chosen_u = t
    caught = airway & said(p, rules, (chosen_u, 0.0, chosen_c))[0]
    chosen_e = GRID[0]
    for t in GRID:
        if said(p, rules, (chosen_u, t, chosen_c))[1][caught].all():
            chosen_e = t
    chosen = (float(chosen_u), float(chosen_e), float(chosen_c))
    print(
        f"chosen on 5 folds: urgent {chosen[0]:.2f}, airway {chosen[1]:.2f}, crisis {chosen[2]:.2f}"
    )
    print("out of fold, per source:")
    sources = np.array([r.source for r in rows])
    said_u, said_e = said(p, rules, chosen)
    print(_figures("all", urgent, airway, (said_u, said_e)))
    for source in dict.fromkeys(sources):
        mask = sources == source
        print(_figures(source, urgent[mask], airway[mask], (said_u[mask], said_e[mask])))
    inputs, (head_u, head_e, head_c) = _heads(dense, texts, labels)
    known = _Known.of(dense, urgent)
    return Classifier(
        head_u.coef_[0].astype(np.float32),
        float(head_u.intercept_[0]),
        head_e.coef_[0].astype(np.float32),
        float(head_e.intercept_[0]),
        head_c.coef_[0].astype(np.float32),
        float(head_c.intercept_[0]),
        tuple(str(t) for t in inputs.words.get_feature_names_out()),
        np.asarray(inputs.words.idf_, dtype=np.float64),
        tuple(str(t) for t in inputs.chars.get_feature_names_out()),
        np.asarray(inputs.chars.idf_, dtype=np.float64),
        known.units,
        known.urgent,
        known.mean,
        known.axes,
        *chosen,
        training_hash(*TRAINING),
    )


def measure(classifier: Classifier, path: Path, embedder: Embedder) -> None:
    """Rules alone and the model, on a labelled file: recall, airway named, false alarms."""
    rows = labelled(path)
    dense, texts, readings = _dense([r.message for r in rows], embedder)
    size = dense.shape[1] - len(readings[0].features)
    urgent = np.array([r.urgent for r in rows])
    airway = np.array([r.emergency for r in rows])
    rules = rules_of(readings, texts)
    probabilities = np.array(
        [
            classifier.probabilities(row[:size], r.features, text)
            for row, r, text in zip(dense, readings, texts, strict=True)
        ]
    )
    parts = _Clauses.of(texts, embedder)
    for i in set(parts.owner.tolist()):
        p_clauses = [
            classifier.probabilities(parts.dense[j, :size], parts.dense[j, size:], parts.texts[j])
            for j in np.flatnonzero(parts.owner == i)
        ]
        probabilities[i, 0] = combined(probabilities[i, 0], max(p[0] for p in p_clauses))
    thresholds = (
        classifier.urgent_threshold,
        classifier.emergency_threshold,
        classifier.crisis_threshold,
    )
    model = said((probabilities[:, 0], probabilities[:, 1], probabilities[:, 2]), rules, thresholds)
    print(path)
    print(_figures("rules", urgent, airway, (rules.urgent, alone(readings, texts))))
    print(_figures("model", urgent, airway, model))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure", nargs="*", type=Path, default=[])
    args = parser.parse_args(argv)
    settings = get_settings()
    embedder = Embedder(settings.model_dir, encoder=settings.encoder)
    classifier = fit(embedder)
    classifier.save(MODEL)
    print(f"wrote {MODEL} (trained on {classifier.trained_on[:12]})")
    for path in args.measure:
        measure(classifier, path.resolve(), embedder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
