"""Fitting the not-covered decision: `python -m tools.coverage [--write]`.

In-domain questions (answerable and medical items of the evaluation sets' tuning halves, dev,
patients and holdout, and of the two many-voices training sets, eval/voices*/, written so the
model meets writers unlike the sets' own) against out-of-domain ones (eval/out-of-domain.jsonl: 400 MedQuAD
questions, CC BY 4.0, and eval/medquad2/'s tuning half, 313 more on other subjects;
eval/coverage/training.jsonl: chit-chat, other treatments, front-desk
topics; the out_of_scope items of the same sets; eval/ontopic/ and eval/answered2/: questions
about the treatment the leaflets do not answer, with look-alikes they do; real questions from
public pages, eval/questions14/'s tuning half and eval/real3/), each measured against the serving
index; and other clinics' questions (and MedQuAD's) each measured against their own documents in
an index built for the fit (`OTHER_CLINICS`), so the model meets more than one corpus.

Cross-validated with grouped folds (one MedQuAD subject, or one question, never on both sides),
the curve of out-of-fold probabilities gives the operating point: the best in-domain recall with
at most 2% of the MedQuAD questions (pooled, and against the serving documents alone) and at most
10% of the other out-of-domain ones answered;
the curve of the same questions read without the `answered` signal gives the leniency (MedQuAD's
bar alone) for a question the clinic's answered questions do not speak for. `--write` stores the
model fitted on everything, at that point, in assistant/answering/coverage.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from sklearn.utils.class_weight import compute_sample_weight

from assistant.answering.coverage import FITTED, Decision, Tree
from assistant.answering.coverage_signals import FEATURES, Profile, measure
from assistant.answering.keys import NONE_ANSWERED
from assistant.answering.question import read
from assistant.answering.retrieval import Retriever
from assistant.answering.triage.safety import triage
from assistant.config import PROJECT_ROOT, Settings, get_settings
from assistant.index.store import Store
from assistant.ingest.calibration import asks_of_their_topics
from tools.answered import DECLINED_SETS, SETS, declined, held_out, variants
from tools.eval import normal, read_set, temporary_corpus

if TYPE_CHECKING:
    from assistant.index.embedding import Embedder

EVAL = PROJECT_ROOT / "eval"
LABELLED_SETS = (
    "dev.jsonl",
    "patients.jsonl",
    "holdout.jsonl",
    "patients3/tuning.jsonl",
    "faq/tuning.jsonl",
    "final/questions.jsonl",
    "questions4/tuning.jsonl",
    "questions5/tuning.jsonl",
    "questions6/tuning.jsonl",
    "questions7/tuning.jsonl",
    "questions8/tuning.jsonl",
    "questions9/tuning.jsonl",
    "questions10/tuning.jsonl",
    "questions11/tuning.jsonl",
    "questions12/tuning.jsonl",
    "questions13/tuning.jsonl",
    "voices/items.jsonl",
    "voices2/training.jsonl",
    "ontopic/training.jsonl",
    "answered2/training.jsonl",
    "questions14/tuning.jsonl",
    "real3/training.jsonl",
    "ood4/tuning.jsonl",
    "outscope/tuning.jsonl",
    *(f"questions{n}/tuning.jsonl" for n in range(15, 29)),
    # Messages that tell and ask (forty-sixth round): on the patient tuning halves never fitted
    # (questions29 to 34) hit +2 and false abstention -2 of 330; medquad3's tuning half 3 -> 2
    # answered of 242; faqbench `/chat` 0.620 -> 0.623; portability unchanged.
    "tellask/tuning.jsonl",
    # Second turns of a chat, read with the first (`Item.after`), as the engine reads them.
    *(f"followups{n}/tuning.jsonl" for n in ("", "2", "3", "4")),
    # The patient sets written since, adjudicated (fifty-third round); questions38 to 42 and
    # thirdparty stay out, to measure on.
    "questions29/tuning-adjudicated.jsonl",
    "questions30/tuning.jsonl",
    *(f"questions{n}/tuning-adjudicated.jsonl" for n in range(31, 38)),
)
# Questions about the treatment that the leaflets do not answer ("will my insurance pay?",
# "can you microneedle over a tattoo?"), with look-alikes they do, written to teach the model
# that naming the treatment is not being covered. Hard negatives written for the fit, not a
# sample of patients: fitted on, shown apart in the curve ("on_topic"), and left out of the 10%
# bound, which stands for the patient sets' abstention goal.
ON_TOPIC = ("ontopic/training.jsonl", "answered2/training.jsonl")
# MedQuAD's questions: the shared file's 400, and the tuning half of 612 more on other subjects
# (eval/medquad2/, real questions from all twelve of its sources).
# MedQuAD's half asked of other clinics' documents too (`OTHER_CLINICS`).
MEDQUAD_ELSEWHERE = "medquad2/tuning.jsonl"
OUT_OF_DOMAIN = ("out-of-domain.jsonl", MEDQUAD_ELSEWHERE)
WRITTEN = "coverage/training.jsonl"
# The ceiling: MedQuAD questions answered, cross-validated.
MAX_FALSE_ANSWERS = 0.02
# And its abstention goal on patient sets (0.90): the other out-of-domain questions (other
# treatments, front desk, chit-chat, the sets' out-of-scope items), pooled. At 2% of MedQuAD
# alone these were answered at 0.17 out of fold (in-domain recall 0.982); at both, 0.10 (0.962).
# Sixteenth round, 8% measured and not kept: out of fold in-domain recall 0.972 -> 0.967 and
# others answered 0.104 -> 0.081, but on the sealed patient halves (read a second time for it)
# false abstention rose on five (questions7 0.013 -> 0.052, over the goal) for abstention on
# three (outscope 0.825 -> 0.842).
MAX_OTHER_ANSWERS = 0.10
FOLDS = 5
_ANSWERED = FEATURES.index("answered")
_DECLINED = FEATURES.index("declined")
# Boosted trees over the 15 signals. On the same grouped folds (1,413 questions) against the
# logistic model they replace: AUC 0.958 against 0.949, and at 2% of MedQuAD answered in-domain
# recall 0.942 against 0.924 with 0.153 against 0.210 of the other negatives answered (other
# treatments, front desk, chit-chat, out-of-scope items); the logistic model could not let a
# signal matter only when another is low. Depth 2-4, 100-300 trees and a leaf floor of 20 were
# tried; these were best or tied on every operating point from 1% to 5%. Fitted without the
# questions6 tuning half and scored on it: hit 0.787, false abstention 0.100, abstention 0.833
# (the logistic model, fitted the same way: 0.750, 0.113, 0.800).
# Nineteenth round: with the on-topic negatives (above) and questions13's real FAQ questions in
# the fit, depth 3 and 200 trees kept out-of-fold in-domain recall 0.908 at the bounds; depth 4
# and 300 trees 0.932 (depth 5: 0.927; 500 trees: 0.928; leaf floor 10: 0.931; the same cached
# signals), with the same share of questions13's out-of-scope items answered (0.379 out of
# fold, 0.655 without the on-topic negatives). This tool's run with it: 0.930.
# Twentieth round, with answered2 (answered look-alikes), questions14's tuning half and real3
# (real wording) in the fit: 0.901 at threshold 0.479, MedQuAD 0.017, on-topic 0.257, out of
# scope 0.103: real wording is harder on both sides, and MedQuAD's 2% alone would put the
# threshold at 0.45 (0.910).
# Twenty-first round, towns set aside, glossary forms, spelling that needs a misspelling, and
# medquad2's tuning half counted as MedQuAD (713 in all): 0.910 at threshold 0.496, MedQuAD
# 0.013, on-topic 0.270, out of scope 0.103.
# Thirty-sixth round: the shipped fit (coverage.json) is still that one, though the seed has
# grown since (questions15 and 16; the later sets' declined questions, tools/answered.py LATER).
# Refitted against the later sets' answered and declined questions: 0.904 at 0.536, questions27's
# tuning half abstention +4 of 40, but the follow-up halves' false abstention and the other
# clinics' FAQs' refusals rose (faqbench `/chat` 0.600 -> 0.583). Against the seed as committed:
# 0.909 at 0.501, +2 of 40, but the price example's out-of-scope questions were answered (2 of
# 10). Neither kept (docs/evaluation.md).
# Thirty-ninth round: the later sets' tuning halves (questions15 to questions28: patient wording,
# close-to-topic questions the leaflets do not answer) joined the fit. Alone, they cost other
# clinics' documents a little (faqbench `/chat` 0.600 -> 0.587); fitted with other clinics'
# questions against their own documents too (`OTHER_CLINICS`), MedQuAD's 2% held against the
# serving documents as well as pooled, and the follow-up sets' second turns read with their first
# (7,343 questions): 0.913 at 0.553, MedQuAD 0.017, on-topic 0.222, out of scope 0.102. On halves
# never fitted on: 23 fewer out-of-scope questions answered and 2 fewer answerable ones refused
# over this clinic's sealed halves, other clinics' FAQs' `/chat` up; medquad2's sealed half 8 ->
# 11 of 299 answered (docs/evaluation.md).
BOOSTING = {"n_estimators": 300, "learning_rate": 0.05, "max_depth": 4, "min_samples_leaf": 20}


@dataclass(frozen=True, slots=True)
class Item:
    question: str
    covered: bool
    group: str  # items of one group are never split across folds
    origin: str  # which set, for the curve's columns
    labelled: str = ""  # the evaluation set it comes from, if one
    clinic: str = ""  # the documents it is asked of (`OTHER_CLINICS`); "" for the serving ones
    after: str = ""  # the chat's turn before it, for a follow-up


@dataclass(frozen=True, slots=True)
class Clinic:
    """Documents the decision is also fitted against: another clinic's (`corpus`), or the serving
    ones with a document added. Fitted on one clinic's documents alone, the model learnt what
    that corpus's questions measure like, and lost answers on others' (the thirty-ninth round:
    with more of this clinic's sets, faqbench `/chat` 0.600 -> 0.587 and an opening-hours
    question answered beside the price leaflet)."""

    name: str
    corpus: Path | None  # None: the serving corpus
    add: tuple[Path, ...]
    sets: tuple[str, ...]  # its questions (`kind`, or a FAQ query set's `query`: all answered)

    @property
    def own_files(self) -> bool:
        """The serving clinic's answered and declined questions apply: its own documents (with
        a leaflet added), never another clinic's."""
        return self.corpus is None


# Each with a tuning half of questions asked of it and, for another clinic's, MedQuAD's
# medquad2 tuning half against it. Kept out, to measure on: the portability fixture
# (eval/portability), faqhealth, the price example (eval/prices) and every sealed half.
OTHER_CLINICS = (
    Clinic("portability2", EVAL / "portability2" / "corpus", (), ("portability2/tuning.jsonl",)),
    Clinic("faqbench", EVAL / "faqbench" / "corpus", (), ("faqbench/tuning.jsonl",)),
    Clinic("faqreal", EVAL / "faqreal" / "corpus", (), ("faqreal/tuning.jsonl",)),
    Clinic(
        "prices",
        None,
        (EVAL / "prices" / "prices-and-booking.md",),
        ("prices5/tuning.jsonl", "prices6/tuning.jsonl", "prices7/tuning.jsonl"),
    ),
)


def items() -> list[Item]:
    """The labelled questions; urgent items are left out (triage answers them first)."""
    found: list[Item] = []
    for name in LABELLED_SETS:
        for row in read_set(EVAL / name):
            after = row.get("after", "")
            if row["kind"] in ("answerable", "medical"):
                found.append(Item(row["question"], True, row["id"], "in_domain", name, after=after))
            elif row["kind"] == "out_of_scope":
                origin = "on_topic" if name in ON_TOPIC else "out_of_scope"
                found.append(Item(row["question"], False, row["id"], origin, name, after=after))
    for name in OUT_OF_DOMAIN:
        for row in read_set(EVAL / name):
            found.append(Item(row["question"], False, f"medquad:{row['focus']}", "medquad"))
    for row in read_set(EVAL / WRITTEN):
        found.append(Item(row["question"], False, row["id"], row["category"], WRITTEN))
    for clinic in OTHER_CLINICS:
        for name in clinic.sets:
            for row in read_set(EVAL / name):
                kind = row.get("kind", "answerable")
                if kind == "urgent":
                    continue
                covered = kind in ("answerable", "medical")
                origin = "in_domain" if covered else "out_of_scope"
                group = f"{clinic.name}:{row['id']}"
                question = row.get("question") or row["query"]
                found.append(Item(question, covered, group, origin, name, clinic.name))
        if clinic.corpus is not None:
            for row in read_set(EVAL / MEDQUAD_ELSEWHERE):
                group = f"medquad:{row['focus']}"
                found.append(Item(row["question"], False, group, "medquad", clinic=clinic.name))
    return found


def signals(labelled: list[Item]) -> tuple[np.ndarray, list[Item]]:
    """The signals of every item the triage does not answer first and no money rule decides,
    each against its clinic's index: the serving one, or one built for the fit."""
    from assistant.index.embedding import Embedder

    settings = get_settings()
    embedder = Embedder(settings.model_dir, encoder=settings.encoder)
    rows: list[np.ndarray] = []
    kept: list[Item] = []
    by_name = {clinic.name: clinic for clinic in OTHER_CLINICS}
    for name in dict.fromkeys(item.clinic for item in labelled):
        asked_of = [item for item in labelled if item.clinic == name]
        if not name:
            _measure(asked_of, _retriever(settings, embedder), embedder, True, rows, kept)
            continue
        clinic = by_name[name]
        with tempfile.TemporaryDirectory() as root:
            corpus = clinic.corpus or settings.corpus_path
            other = temporary_corpus(Path(root), corpus, list(clinic.add), [])
            retriever = _retriever(other, embedder)
            _measure(asked_of, retriever, embedder, clinic.own_files, rows, kept)
    return np.array(rows), kept


def _retriever(settings: Settings, embedder: Embedder) -> Retriever:
    store = Store(settings.index_path, settings.chroma_url)
    current = store.current()
    if current is None:
        raise SystemExit("no index: run `python ingest.py` first")
    return Retriever(
        store.open(current),
        lambda text: embedder.embed([text])[0],
        embed_texts=embedder.embed,
        glossary=(store.manifest(current) or {}).get("glossary") or {},
    )


def _measure(
    labelled: list[Item],
    retriever: Retriever,
    embedder: Embedder,
    own_files: bool,
    rows: list[np.ndarray],
    kept: list[Item],
) -> None:
    """Appends the signals of the items one index answers: with the serving clinic's answered
    and declined questions when they apply, else as a clinic with none."""
    profile = Profile(retriever)
    asked = Asked(embedder.embed, retriever) if own_files else None
    for item in labelled:
        question = read(item.question, retriever.vocabulary, previous=item.after or None)
        if not triage(question).answered:
            continue
        if item.clinic and item.origin == "medquad" and asks_of_their_topics(question):
            # Another clinic's documents may speak of it (a dental FAQ, "what causes tooth
            # decay?"): no negative there, as the calibration at ingest leaves such probes out.
            continue
        if not retriever.states_prices and retriever.asks_price(question):
            # The money rule refuses it here (`Coverage.unpriced`): learnt as out of domain, a
            # price question would stay so after a clinic adds its price list.
            continue
        row = measure(question, retriever, profile, retriever.rank(question))
        # Measured wherever the best sentence is: whether that is one an answered question
        # quotes is a rule of serving, and here the item's own set's lines quote it. `fit`
        # adds every question again without the signals.
        if asked is None:
            row[[_ANSWERED, _DECLINED]] = NONE_ANSWERED
        else:
            row[[_ANSWERED, _DECLINED]] = asked.nearest(retriever.query_vector(question), item)
        rows.append(row)
        kept.append(item)


class Asked:
    """The questions `tools.answered` seeds the clinic's answered and declined questions with,
    by set: an item's nearest of each is sought among the other sets' (its own set's lines, and
    any copy of its wording, would tell the model the answer), as a writer the files never saw."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray], retriever: Retriever) -> None:
        corpus = get_settings().corpus_path
        leave_out = held_out([*sorted(EVAL.glob("**/sealed.jsonl")), EVAL / "dev.jsonl"])
        answered = [
            (name, question)
            for name in SETS
            for question in dict.fromkeys(
                line["question"] for line in variants([name], corpus, leave_out)
            )
        ]
        self._answered = _Pool(answered, embed)
        # As served: a declined question whose nearest sentence no answered question quotes, and
        # is near enough to answer it, is retired (`Retriever.quoted_nearest`).
        self._declined = _Pool(declined(list(DECLINED_SETS), leave_out), embed)
        self._declined.keep(retriever.quoted_nearest(self._declined.vectors))

    def nearest(self, raw: np.ndarray, item: Item) -> tuple[float, float]:
        """Cosines to the nearest answered and the nearest declined question of other sets."""
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        return self._answered.nearest(unit, item), self._declined.nearest(unit, item)


class _Pool:
    """Questions of several sets, embedded once."""

    def __init__(self, found: list[tuple[str, str]], embed: Callable[[list[str]], np.ndarray]):
        self._sets = np.array([name for name, _ in found])
        self._folded = np.array([normal(question) for _, question in found])
        self.vectors = embed([question for _, question in found]) if found else np.zeros((0, 1))

    def keep(self, live: np.ndarray) -> None:
        self._sets, self._folded, self.vectors = (
            self._sets[live],
            self._folded[live],
            self.vectors[live],
        )

    def nearest(self, unit: np.ndarray, item: Item) -> float:
        elsewhere = (self._sets != item.labelled) & (self._folded != normal(item.question))
        if not elsewhere.any():
            return NONE_ANSWERED
        return float((self.vectors[elsewhere] @ unit).max())


def fit(x: np.ndarray, y: np.ndarray, threshold: float = 0.5) -> Decision:
    """Gradient boosting over the signals, both classes weighed equally, exported as arrays.
    Every question is seen three times: as asked of this clinic; as asked of one that has
    declined no question (`declined` at `NONE_ANSWERED`); and as asked of one whose answered
    questions do not speak of it (both at `NONE_ANSWERED`: a clinic with none, or a document
    added since), so one model serves all three."""
    x, y = np.concatenate([x, undeclined(x), unanswered(x)]), np.concatenate([y, y, y])
    model = GradientBoostingClassifier(random_state=0, **BOOSTING)
    model.fit(x, y, sample_weight=compute_sample_weight("balanced", y))
    rate = model.learning_rate
    trees = tuple(
        Tree(
            tuple(int(f) for f in tree.tree_.feature),
            tuple(float(t) for t in tree.tree_.threshold),
            tuple(int(c) for c in tree.tree_.children_left),
            tuple(int(c) for c in tree.tree_.children_right),
            tuple(float(rate * v) for v in tree.tree_.value[:, 0, 0]),
        )
        for (tree,) in model.estimators_
    )
    # The log-odds before any tree: the model's own, less what its trees add for one question.
    row = x[:1]
    added = sum(rate * float(tree.predict(row)[0]) for (tree,) in model.estimators_)
    baseline = float(model.decision_function(row)[0]) - added
    return Decision(FEATURES, baseline, trees, threshold)


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each item's probability from a model fitted without its group: as measured, and read
    without the clinic's questions (`unanswered`; one fit per fold scores both)."""
    probability = np.zeros(len(y))
    probability_unanswered = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        decision = fit(x[train], y[train])
        probability[test] = [decision.probability(row) for row in x[test]]
        probability_unanswered[test] = [decision.probability(r) for r in unanswered(x[test])]
    return probability, probability_unanswered


def unanswered(x: np.ndarray) -> np.ndarray:
    """The signals as a clinic with no answered question on the matter would measure them."""
    without = x.copy()
    without[:, [_ANSWERED, _DECLINED]] = NONE_ANSWERED
    return without


def undeclined(x: np.ndarray) -> np.ndarray:
    """The signals as a clinic that has declined no question would measure them."""
    without = x.copy()
    without[:, _DECLINED] = NONE_ANSWERED
    return without


def operating_point(probability: np.ndarray, kept: list[Item]) -> float:
    """The lowest threshold (best in-domain recall) answering at most 2% of MedQuAD and at
    most 10% of the other out-of-domain questions (the on-topic negatives apart)."""
    pairs = list(zip(probability, kept, strict=True))
    others = [p for p, i in pairs if i.origin not in ("medquad", "in_domain", "on_topic")]
    return max(_medquad_ceiling(probability, kept), _ceiling(others, MAX_OTHER_ANSWERS))


def _medquad_ceiling(probability: np.ndarray, kept: list[Item]) -> float:
    """The lowest threshold answering at most 2% of MedQuAD, pooled and against the serving
    documents alone: pooled, MedQuAD against other clinics' documents (far from most of them)
    let more of it through against the serving ones (medquad2's sealed half: 8 -> 11 of 299
    answered). Not each clinic's alone: against a dental FAQ, a question on gum disease the
    documents speak of is no false answer."""
    pairs = list(zip(probability, kept, strict=True))
    serving = [p for p, i in pairs if i.origin == "medquad" and not i.clinic]
    pooled = [p for p, i in pairs if i.origin == "medquad"]
    return max(_ceiling(serving, MAX_FALSE_ANSWERS), _ceiling(pooled, MAX_FALSE_ANSWERS))


def _ceiling(probability: list[float], share: float) -> float:
    """The lowest threshold answering at most this share of these negatives: strictly above
    the (allowed+1)-th highest probability."""
    ordered = np.sort(probability)
    allowed = int(np.floor(share * len(ordered)))
    return float(np.nextafter(ordered[-(allowed + 1)], 1.0)) if len(ordered) > allowed else 0.0


def curve(probability: np.ndarray, kept: list[Item], chosen: float) -> list[str]:
    """Lines of the curve: per threshold, in-domain recall and each negative set's answered share."""
    origins = sorted({i.origin for i in kept} - {"in_domain"})
    head = f"{'threshold':>9} {'in_domain':>9} " + " ".join(f"{o:>15}" for o in origins)
    lines = [head]
    # The chosen threshold itself, not its rounded print: a tie just below it is not answered.
    for threshold in sorted({*np.round(np.linspace(0.05, 0.95, 19), 2), chosen}):
        cells = [_share(probability, kept, "in_domain", threshold)]
        cells += [_share(probability, kept, o, threshold) for o in origins]
        mark = "  <- chosen" if threshold == chosen else ""
        lines.append(
            f"{threshold:>9.4f} {cells[0]:>9.3f} "
            + " ".join(f"{c:>15.3f}" for c in cells[1:])
            + mark
        )
    return lines


def _share(probability: np.ndarray, kept: list[Item], origin: str, threshold: float) -> float:
    chosen = [p >= threshold for p, i in zip(probability, kept, strict=True) if i.origin == origin]
    return sum(chosen) / len(chosen) if chosen else float("nan")


def run(*, write: bool) -> list[str]:
    """Measure, cross-validate, print the curves; with write, store the final fit.

    Two curves: the questions as this clinic's answered questions read them, and as a clinic
    with none would (the model is fitted on both). The first sets the threshold (both bounds);
    the second, MedQuAD's alone, how much lower a question they do not speak for may score."""
    x, kept = signals(items())
    y = np.array([i.covered for i in kept], dtype=int)
    groups = [i.group for i in kept]
    probability, probability_unanswered = out_of_fold(x, y, groups)
    chosen = operating_point(probability, kept)
    chosen_unanswered = _medquad_ceiling(probability_unanswered, kept)
    lines = [f"{len(kept)} questions, {FOLDS} grouped folds, out-of-fold probabilities"]
    lines += curve(probability, kept, chosen)
    lines.append("read as a clinic with no answered question on them would:")
    lines += curve(probability_unanswered, kept, chosen_unanswered)
    decision = fit(x, y, chosen)
    decision = Decision(
        FEATURES, decision.baseline, decision.trees, chosen, max(0.0, chosen - chosen_unanswered)
    )
    splits = np.zeros(len(FEATURES), dtype=int)
    for tree in decision.trees:
        for node, left in enumerate(tree.left):
            if left != -1:
                splits[tree.feature[node]] += 1
    lines.append(
        "splits per signal: " + ", ".join(f"{n} {c}" for n, c in zip(FEATURES, splits, strict=True))
    )
    if write:
        figures = {
            "in_domain_recall": _share(probability, kept, "in_domain", chosen),
            "medquad_answered": _share(probability, kept, "medquad", chosen),
            "unanswered_in_domain_recall": _share(
                probability_unanswered, kept, "in_domain", chosen_unanswered
            ),
        }
        FITTED.write_text(
            json.dumps(
                {"decision": decision.to_dict(), "cross_validated": figures}, separators=(",", ":")
            )
            + "\n",
            encoding="utf-8",
        )
        lines.append(f"wrote {FITTED.relative_to(PROJECT_ROOT)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="store the fitted model")
    args = parser.parse_args(argv)
    print("\n".join(run(write=args.write)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
