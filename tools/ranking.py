"""Measuring a learned sentence ranking against the hand-weighted one: `python -m tools.ranking`.

Every answerable or medical item with evidence of the training sets is ranked by the serving
index; each candidate sentence is labelled right when it holds one of the item's evidence phrases
(or lies inside one). Per candidate, signals that name no word of any domain (`FEATURES`: the
model's similarity to the sentence, its passage, its heading and the documents' own questions
leading to it; bridged BM25; ranks and gaps among the candidates; the share of the question's
words the sentence uses, weighted by rarity in English; neighbours, lists, length) feed a
logistic model, cross-validated with folds grouped by question and, apart, fitted without one
set and scored on it (leave one set out). The figure is top-1: the best sentence that may lead
an answer (not a list's introduction, not a question of the text's own) is right. The dev set
is never fitted on: it is scored by the model fitted on all the others.

Measured on 2026-11-30 (docs/evaluation.md): the learned model does not beat the hand-weighted
fusion on held-out folds, so the engine keeps the fusion; this tool is how to measure again when
the signals, the model or the labelled sets change.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from assistant.answering.amounts import states_amount
from assistant.answering.coverage_signals import specificity
from assistant.answering.question import Question, read
from assistant.answering.retrieval import Candidates, Retriever
from assistant.answering.vocabulary import WORD
from assistant.config import PROJECT_ROOT, get_settings
from tools.eval import normal, read_set

EVAL = PROJECT_ROOT / "eval"
TRAINING_SETS = (
    "final/questions.jsonl",
    "patients3/tuning.jsonl",
    "faq/tuning.jsonl",
    "patients.jsonl",
    "holdout.jsonl",
)
CHECK_SET = "dev.jsonl"
FOLDS = 5
C = 0.3
SHORT_WORDS = 6

FEATURES = (
    "fused",  # the hand-weighted score
    "sentence",  # centred similarity to the sentence
    "passage",  # centred similarity to its passage
    "raw",  # plain cosine to the sentence
    "key",  # plain cosine to the nearest key (a heading or also-asked variant) of its passage
    "heading",  # plain cosine to its heading
    "lexical",  # bridged BM25 over the best candidate's
    "sentence_rank",  # 1 / (1 + rank) by sentence similarity
    "passage_rank",  # 1 / (1 + rank) by passage similarity
    "lexical_rank",  # 1 / (1 + rank) by BM25
    "sentence_gap",  # sentence similarity minus the best candidate's
    "passage_gap",  # passage similarity minus the best candidate's
    "overlap",  # rarity-weighted share of the question's words the sentence or heading uses
    "neighbour",  # best sentence similarity of the sentence before or after it
    "first",  # the first sentence of its passage
    "short",  # fewer than six words
    "amount",  # states an amount, and the question asks for one
    "length",  # log of its words
    "item",  # a list item
)


@dataclass(frozen=True, slots=True)
class Group:
    """One question's candidates: signals, labels, which may lead an answer, the fused scores."""

    origin: str
    id: str
    signals: np.ndarray
    right: np.ndarray
    eligible: np.ndarray
    fused: np.ndarray


class Signals:
    """The corpus side of `FEATURES`, computed once per index version."""

    def __init__(self, retriever: Retriever, embed: Callable[[list[str]], np.ndarray]) -> None:
        self.retriever = retriever
        sentences = retriever.sentences
        stem = retriever.vocabulary.stem
        self.stems = [
            frozenset(stem(w) for w in WORD.findall(f"{r.heading} {r.text}".lower()))
            for r in sentences
        ]
        self.plain = _unit(np.stack([r.embedding for r in sentences]))
        passage_of = [r.passage_id for r in sentences]
        self.before = np.array(
            [i - 1 if i and passage_of[i - 1] == p else -1 for i, p in enumerate(passage_of)]
        )
        self.after = np.array(
            [
                i + 1 if i + 1 < len(passage_of) and passage_of[i + 1] == p else -1
                for i, p in enumerate(passage_of)
            ]
        )
        self.words = np.array([len(r.text.split()) for r in sentences])
        self.item = np.array([r.role == "item" for r in sentences], dtype=float)
        self.amount = np.array([states_amount(r.text) for r in sentences], dtype=float)
        keys = [k for k in retriever.keys.records if k.passage_id in set(passage_of)]
        self.key_passage = [k.passage_id for k in keys]
        self.key_vectors = _unit(np.stack([k.embedding for k in keys])) if keys else None
        headings = sorted({r.heading for r in sentences if r.heading})
        self.heading_row = np.array(
            [headings.index(r.heading) if r.heading else -1 for r in sentences]
        )
        self.heading_vectors = _unit(np.asarray(embed(headings))) if headings else None

    def of(self, question: Question, found: Candidates) -> np.ndarray:
        """`FEATURES` of each candidate row."""
        retriever, rows = self.retriever, found.rows
        unit = _unit(retriever.query_vector(question)[None, :])[0]
        passage_ids = [retriever.sentences[r].passage_id for r in rows]
        key = np.zeros(len(rows))
        if self.key_vectors is not None:
            best: dict[str, float] = {}
            for passage, similarity in zip(self.key_passage, self.key_vectors @ unit, strict=True):
                best[passage] = max(best.get(passage, -1.0), float(similarity))
            key = np.array([best.get(p, 0.0) for p in passage_ids])
        heading = np.zeros(len(rows))
        if self.heading_vectors is not None:
            at = self.heading_row[rows]
            heading = np.where(at >= 0, (self.heading_vectors @ unit)[at], 0.0)
        by_row = dict(zip(rows.tolist(), found.dense_sentence.tolist(), strict=True))
        neighbour = np.array(
            [
                max(by_row.get(int(self.before[r]), 0.0), by_row.get(int(self.after[r]), 0.0))
                for r in rows
            ]
        )
        words = [*question.words, *(question.previous.words if question.previous else ())]
        weights = [specificity(w) for w in words]
        stems = [retriever.vocabulary.stem(w) for w in words]
        total = sum(weights)
        overlap = np.array(
            [
                sum(w for w, s in zip(weights, stems, strict=True) if s in self.stems[r]) / total
                if total
                else 0.0
                for r in rows
            ]
        )
        lexical = found.lexical / found.lexical.max() if found.lexical.max() > 0 else found.lexical
        columns = {
            "fused": found.fused,
            "sentence": found.dense_sentence,
            "passage": found.dense_passage,
            "raw": self.plain[rows] @ unit,
            "key": key,
            "heading": heading,
            "lexical": lexical,
            "sentence_rank": _rank_share(found.dense_sentence),
            "passage_rank": _rank_share(found.dense_passage),
            "lexical_rank": _rank_share(found.lexical),
            "sentence_gap": found.dense_sentence - found.dense_sentence.max(),
            "passage_gap": found.dense_passage - found.dense_passage.max(),
            "overlap": overlap,
            "neighbour": neighbour,
            "first": (self.before[rows] < 0).astype(float),
            "short": (self.words[rows] < SHORT_WORDS).astype(float),
            "amount": self.amount[rows] * float(question.asks_amount),
            "length": np.log1p(self.words[rows]),
            "item": self.item[rows],
        }
        return np.stack([np.asarray(columns[n], dtype=np.float64) for n in FEATURES], axis=1)


def groups(signals: Signals, sets: tuple[str, ...], root: Path = EVAL) -> list[Group]:
    """The labelled candidates of every item whose right sentence is among them."""
    retriever = signals.retriever
    found: list[Group] = []
    for name in sets:
        for row in read_set(root / name):
            if row.get("kind") not in ("answerable", "medical") or not row.get("evidence"):
                continue
            evidence = [normal(e) for e in row["evidence"]]
            question = read(row["question"], retriever.vocabulary)
            candidates = retriever.candidates(question)
            if candidates is None:
                continue
            records = [retriever.sentences[r] for r in candidates.rows]
            texts = [normal(r.text) for r in records]
            right = np.array(
                [any(e in t or (len(t) > 20 and t in e) for e in evidence) for t in texts]
            )
            if not right.any():
                continue
            eligible = np.array([r.role != "intro" and not r.text.endswith("?") for r in records])
            found.append(
                Group(
                    name,
                    row["id"],
                    signals.of(question, candidates),
                    right,
                    eligible,
                    candidates.fused,
                )
            )
    return found


def fit(train: list[Group], c: float = C) -> Callable[[np.ndarray], np.ndarray]:
    """A standardised logistic model; returns its logit function."""
    x = np.concatenate([g.signals for g in train])
    y = np.concatenate([g.right for g in train])
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(scaler.transform(x), y)
    return lambda signals: np.asarray(model.decision_function(scaler.transform(signals)))


def top_right(group: Group, scores: np.ndarray) -> bool:
    """Whether the best-scored sentence that may lead an answer is right."""
    return bool(group.right[int(np.argmax(np.where(group.eligible, scores, -np.inf)))])


def measure(found: list[Group], check: list[Group], c: float = C) -> list[str]:
    """Lines: per set, top-1 of the fusion, cross-validated and left-out model."""
    cross: dict[str, list[bool]] = {}
    for train, test in GroupKFold(n_splits=FOLDS).split(found, groups=[g.id for g in found]):
        model = fit([found[i] for i in train], c)
        for i in test:
            cross.setdefault(found[i].origin, []).append(
                top_right(found[i], model(found[i].signals))
            )
    lines = [f"{'set':26} {'n':>4} {'fused':>6} {'cv':>6} {'left out':>8}"]
    for name in dict.fromkeys(g.origin for g in found):
        held = [g for g in found if g.origin == name]
        model = fit([g for g in found if g.origin != name], c)
        fused = np.mean([top_right(g, g.fused) for g in held])
        left = np.mean([top_right(g, model(g.signals)) for g in held])
        lines.append(
            f"{name:26} {len(held):4} {fused:6.3f} {np.mean(cross[name]):6.3f} {left:8.3f}"
        )
    every = [x for v in cross.values() for x in v]
    fused_all = np.mean([top_right(g, g.fused) for g in found])
    lines.append(f"{'all':26} {len(found):4} {fused_all:6.3f} {np.mean(every):6.3f}")
    if check:
        model = fit(found, c)
        fused = np.mean([top_right(g, g.fused) for g in check])
        fitted = np.mean([top_right(g, model(g.signals)) for g in check])
        lines.append(f"{check[0].origin:26} {len(check):4} {fused:6.3f} {'':>6} {fitted:8.3f}")
    return lines


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-9)


def _rank_share(values: np.ndarray) -> np.ndarray:
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    return 1.0 / (1.0 + ranks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation")
    parser.add_argument("--also", type=Path, help="another labelled set, scored by the full fit")
    args = parser.parse_args(argv)
    from assistant.answering.engine import Engine

    engine = Engine(get_settings())
    signals = Signals(engine.retriever(), engine.embedder.embed)
    found = groups(signals, TRAINING_SETS)
    lines = [f"{len(found)} questions with a right sentence among the candidates"]
    lines += measure(found, groups(signals, (CHECK_SET,)), args.c)
    if args.also:
        extra = groups(signals, (args.also.name,), args.also.parent)
        model = fit(found, args.c)
        fused = np.mean([top_right(g, g.fused) for g in extra])
        fitted = np.mean([top_right(g, model(g.signals)) for g in extra])
        lines.append(f"{str(args.also)[-26:]:26} {len(extra):4} {fused:6.3f} {'':>6} {fitted:8.3f}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
