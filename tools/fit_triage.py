"""Refit triage's learned signal: `python -m tools.fit_triage [--measure FILE...]`.

Reads `assistant/answering/data/triage_train.jsonl` (our own labelled messages: message,
urgent, emergency), embeds each message as the engine does (the question's `meant` text), and
fits two logistic regressions over the embedding and the rule features. Writes
`assistant/answering/data/triage_model.npz` with the training file's SHA-256. `--measure` prints
the rules, the model and their combination on labelled eval files (kind urgent|control).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.answering.classifier import MODEL, TRAINING, Classifier, reading, training_hash
from assistant.answering.question import read
from assistant.config import get_settings
from assistant.index.embedding import Embedder

# Weak regularisation overfits a few hundred messages; this keeps the weights small.
C = 1.0


def _inputs(messages: list[str], embedder: Embedder) -> tuple[np.ndarray, list[Any]]:
    questions = [read(m, None) for m in messages]
    readings = [reading(q.normal) for q in questions]
    vectors = embedder.embed([q.meant for q in questions])
    x = np.hstack([vectors, np.stack([r.features for r in readings])])
    return x, readings


def fit(embedder: Embedder) -> Classifier:
    rows = [json.loads(line) for line in TRAINING.read_text(encoding="utf-8").splitlines() if line]
    x, _ = _inputs([r["message"] for r in rows], embedder)
    heads = []
    for label in ("urgent", "emergency"):
        y = np.array([bool(r[label]) for r in rows])
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(x, y)
        heads.append((model.coef_[0].astype(np.float32), float(model.intercept_[0])))
    return Classifier(heads[0][0], heads[0][1], heads[1][0], heads[1][1], training_hash())


def measure(classifier: Classifier, path: Path, embedder: Embedder) -> None:
    from assistant.answering.safety import EMERGENCY_P, URGENT_P

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    x, readings = _inputs([i["question"] for i in items], embedder)
    size = x.shape[1] - len(readings[0].features)
    urgent = [i["kind"] == "urgent" for i in items]
    airway = [bool(i.get("emergency")) for i in items]
    ways: dict[str, tuple[list[bool], list[bool]]] = {"rules": ([], []), "model": ([], [])}
    ways["combined"] = ([], [])
    for row, r in zip(x, readings, strict=True):
        p_u, p_e = classifier.probabilities(row[:size], r.features)
        ways["rules"][0].append(r.urgent)
        ways["rules"][1].append(r.emergency)
        ways["model"][0].append(p_u >= URGENT_P)
        ways["model"][1].append(p_u >= URGENT_P and p_e >= EMERGENCY_P)
        ways["combined"][0].append(r.urgent or p_u >= URGENT_P)
        ways["combined"][1].append(
            r.emergency or ((r.urgent or p_u >= URGENT_P) and p_e >= EMERGENCY_P)
        )
    print(path)
    for name, (said_urgent, said_emergency) in ways.items():
        recall = np.mean([s for s, u in zip(said_urgent, urgent, strict=True) if u])
        alarms = np.mean([s for s, u in zip(said_urgent, urgent, strict=True) if not u])
        named = np.mean([s for s, a in zip(said_emergency, airway, strict=True) if a])
        print(
            f"  {name:9} urgent recall {recall:.3f}  emergency named {named:.3f}  "
            f"false alarms {alarms:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure", nargs="*", type=Path, default=[])
    args = parser.parse_args(argv)
    embedder = Embedder(get_settings().model_dir)
    classifier = fit(embedder)
    classifier.save(MODEL)
    print(f"wrote {MODEL} (trained on {classifier.trained_on[:12]})")
    for path in args.measure:
        measure(classifier, path, embedder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
