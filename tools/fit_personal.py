"""Refit the personal-situation decision: `python -m tools.fit_personal [--measure FILE...]`.

Reads the labelled messages of `TRAINING` (`text`, `label` personal/general, `group`) and of
the patient question sets' tuning halves (`ORDINARY_TRAFFIC`: medical items personal, the rest
general), embeds each as the engine does (the question's `meant` text), and fits one logistic
regression over the embedding, the own-voice flag and the word n-grams. The threshold comes from
5-fold cross-validation over the same messages: the one with the best F1 out of fold (a general
question taken for a personal one gets the firmer referral and may lose its answer to the
documents' words on medical history; a personal one missed loses the firmer referral: both
count). Prints the out-of-fold figures per group and writes
`assistant/answering/triage/data/personal_model.npz` with the training files' SHA-256.
`--measure` prints, for evaluation sets, the share of each kind the model calls personal (medical
items should be; answerable and out-of-scope ones should not).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from assistant.answering.question import read
from assistant.answering.triage.classifier import ngram_vectorizer, training_hash
from assistant.answering.triage.personal import MODEL, PersonalModel, own_voice
from assistant.config import PROJECT_ROOT, get_settings
from assistant.index.embedding import Embedder
from tools.eval import read_set

# Written for this model by a session that saw only the leaflets (tools/data/PERSONAL_TRAINING.md),
# the tuning half of a set written apart to measure it on both sides (eval/personal2: its
# look-alikes are first-person questions, general risks and logistics, where the first file's
# fit took a fifth of them for personal), and 300 more of those look-alikes and of subtle
# situations (tools/data/PERSONAL_TRAINING3.md).
TRAINING = (
    PROJECT_ROOT / "tools" / "data" / "personal_train.jsonl",
    PROJECT_ROOT / "eval" / "personal2" / "tuning.jsonl",
    PROJECT_ROOT / "tools" / "data" / "personal_train3.jsonl",
)
# Ordinary traffic, as triage reads it too: the patient question sets' tuning halves, whose
# medical items are personal situations and whose answerable and out-of-scope ones are not. Alone,
# the files above gave one answerable question in thirteen the firmer referral on the sealed
# halves ("what should i do after the treatment" read as a treatment of the patient's own).
# Forty-third round, sealed halves: ordinary questions with the firmer referral 139 -> 69 of
# 1,825, medical ones 257 -> 258 of 287; personal2's sealed half caught 0.961 -> 0.902 and
# look-alikes taken 0.156 -> 0.125 (docs/evaluation.md). The two newest sets stay out, to measure
# on.
ORDINARY_TRAFFIC = tuple(
    PROJECT_ROOT / "eval" / f"questions{n}" / "tuning.jsonl" for n in range(4, 31)
)
# Every file the model is fitted on: the shipped model keeps their hash.
TRAINING_FILES = (*TRAINING, *ORDINARY_TRAFFIC)
# Regularisation chosen by cross-validation (C in 1, 3, 10 with and without word n-grams: 10 with
# them had the best recall at the fewest look-alikes taken for personal).
C = 10.0
GRID = np.round(np.arange(0.05, 0.96, 0.01), 2)
# The share of the "sure" calls that must be personal out of fold (a general question taken for a
# personal one there is answered with the documents' words on medical history).
PRECISION = 0.97


def _ordinary_traffic() -> list[dict[str, str]]:
    """The question sets' items as training rows: medical ones personal, answerable and
    out-of-scope ones general (urgent items and controls are triage's; a follow-up is read with
    its turn before, which these rows cannot carry)."""
    return [
        {
            "text": item["question"],
            "label": "personal" if item["kind"] == "medical" else "general",
            "group": f"sets_{item['kind']}",
        }
        for path in ORDINARY_TRAFFIC
        for item in read_set(path)
        if item.get("kind") in ("answerable", "medical", "out_of_scope") and not item.get("after")
    ]


def _inputs(messages: list[str], embedder: Embedder) -> tuple[np.ndarray, list[str]]:
    questions = [read(m, None) for m in messages]
    texts = [q.normal for q in questions]
    vectors = embedder.embed([q.told for q in questions])
    own = np.array([[own_voice(t)] for t in texts], dtype=np.float32)
    return np.hstack([vectors, own]), texts


def _fit(dense: np.ndarray, texts: list[str], labels: np.ndarray) -> tuple[object, object]:
    words = ngram_vectorizer().fit(texts)
    x = sparse.hstack([sparse.csr_matrix(dense), words.transform(texts)]).tocsr()
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, labels)
    return words, model


def _probabilities(words: object, model: object, dense: np.ndarray, texts: list[str]) -> np.ndarray:
    x = sparse.hstack([sparse.csr_matrix(dense), words.transform(texts)]).tocsr()  # type: ignore[attr-defined]
    return np.asarray(model.predict_proba(x)[:, 1])  # type: ignore[attr-defined]


def fit(embedder: Embedder) -> PersonalModel:
    rows = [row for path in TRAINING for row in read_set(path)] + _ordinary_traffic()
    dense, texts = _inputs([r["text"] for r in rows], embedder)
    labels = np.array([r["label"] == "personal" for r in rows])
    groups = np.array([r["group"] for r in rows])
    out_of_fold = np.zeros(len(rows))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(dense, labels):
        words, model = _fit(dense[train], [texts[i] for i in train], labels[train])
        out_of_fold[test] = _probabilities(words, model, dense[test], [texts[i] for i in test])

    def f1(threshold: float) -> float:
        said = out_of_fold >= threshold
        caught = (said & labels).sum()
        return 2 * caught / max(said.sum() + labels.sum(), 1)

    threshold = float(max(GRID, key=f1))

    def precision(at: float) -> float:
        said = out_of_fold >= at
        return float((said & labels).sum() / max(said.sum(), 1))

    # Sure enough to answer a question the documents otherwise do not cover with their words on
    # medical history: the lowest threshold whose calls are personal at least PRECISION of times.
    sure = float(min((t for t in GRID if precision(t) >= PRECISION), default=GRID[-1]))
    print(
        f"sure on 5 folds: threshold {sure:.2f}, precision {precision(sure):.3f}, "
        f"recall {(out_of_fold[labels] >= sure).mean():.3f}"
    )
    said = out_of_fold >= threshold
    print(
        f"chosen on 5 folds: threshold {threshold:.2f}, recall {said[labels].mean():.3f}, "
        f"look-alikes taken {said[~labels].mean():.3f}"
    )
    for group in sorted(set(groups)):
        mask = groups == group
        print(f"  {group:20} {mask.sum():4}  called personal {said[mask].mean():.2f}")
    words, model = _fit(dense, texts, labels)
    return PersonalModel(
        weights=np.asarray(model.coef_[0], dtype=np.float32),  # type: ignore[attr-defined]
        bias=float(model.intercept_[0]),  # type: ignore[attr-defined]
        terms=tuple(str(t) for t in words.get_feature_names_out()),  # type: ignore[attr-defined]
        idf=np.asarray(words.idf_, dtype=np.float64),  # type: ignore[attr-defined]
        threshold=threshold,
        sure_threshold=sure,
        trained_on=training_hash(*TRAINING_FILES),
    )


def measure(personal: PersonalModel, path: Path, embedder: Embedder) -> None:
    """The share of each kind of an evaluation set the model calls personal: a patient set's
    `kind`s (items with `question`), or a personal set's `label`s (items with `text`)."""
    rows = read_set(path)
    dense, texts = _inputs([r.get("question", r.get("text", "")) for r in rows], embedder)
    said = np.array(
        [personal.personal(row[:-1], text) for row, text in zip(dense, texts, strict=True)]
    )
    kinds = np.array([r.get("kind", r.get("label", "out_of_scope")) for r in rows])
    shares = ", ".join(
        f"{kind} {said[kinds == kind].mean():.2f} ({(kinds == kind).sum()})"
        for kind in dict.fromkeys(kinds)
    )
    print(f"{path}: called personal: {shares}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure", nargs="*", type=Path, default=[])
    args = parser.parse_args(argv)
    settings = get_settings()
    embedder = Embedder(settings.model_dir, encoder=settings.encoder)
    personal = fit(embedder)
    personal.save(MODEL)
    print(f"wrote {MODEL} (trained on {personal.trained_on[:12]})")
    for path in args.measure:
        measure(personal, path.resolve(), embedder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
