"""The learned decision's reading of long messages (clause by clause, raised towards the most
urgent clause) and its vote among the nearest labelled messages."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering.question import normal
from assistant.answering.triage.classifier import (
    LONG,
    NEIGHBOUR_SHARE,
    NEIGHBOURS,
    VOTE_AXES,
    VOTE_FLOOR,
    clauses,
    combined,
    fitted,
    mixed,
    neighbour_vote,
    projected,
    reading,
    without_denied,
)
from assistant.answering.triage.context_rules import Modifier
from assistant.index.embedding import Embedder

_CHAT = (
    "hi, we loved the facial in the spring and the team were so kind, my neighbour wants to "
    "book the peel for her birthday"
)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param("my chin is oozing since the treatment", [], id="short"),
        pytest.param(
            f"{_CHAT}, anyway since monday the dots on my chin are crusting yellow",
            [f"{_CHAT},", "since monday the dots on my chin are crusting yellow"],
            id="turn-after-chat",
        ),
        pytest.param(
            f"{_CHAT}. how long should i wait before wearing makeup again after my session?",
            [f"{_CHAT}.", "how long should i wait before wearing makeup again after my session?"],
            id="sentences",
        ),
        pytest.param(
            "hello there, " + "the staff were lovely and " * 6 + "thank you", [], id="one-clause"
        ),
        pytest.param(f"{_CHAT}, but ok x", [], id="clause-of-two-words-dropped"),
    ],
)
def test_classifier_clauses(message: str, expected: list[str]) -> None:
    text = normal(message)
    assert len(text.split()) >= LONG or not expected
    assert clauses(text) == expected


@pytest.mark.parametrize(
    ("message", "clause", "expected"),
    [
        pytest.param(0.1, 0.7, 0.5, id="raised-two-thirds-of-the-way"),
        pytest.param(0.6, 0.2, 0.4, id="lowered-halfway-when-no-clause-reads-as-urgent"),
        pytest.param(0.3, 0.3, 0.3, id="equal"),
        pytest.param(0.04, 0.9, 0.04, id="not-raised-when-the-whole-reads-as-surely-no-report"),
        pytest.param(0.05, 0.65, 0.45, id="raised-from-the-floor"),
    ],
)
def test_classifier_combined(message: float, clause: float, expected: float) -> None:
    assert combined(message, clause) == pytest.approx(expected)


def _units(count: int, dimension: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, dimension))
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_classifier_neighbour_vote_follows_the_nearest_labels() -> None:
    # Two clusters of labelled messages: a question near the urgent one votes urgent, one near
    # the look-alikes votes not, and the vote is a share in [0, 1].
    centre_urgent, centre_calm = _units(2, 16, seed=1)
    spread = _units(2 * NEIGHBOURS, 16, seed=2) * 0.1
    labelled = np.vstack([centre_urgent + spread[:NEIGHBOURS], centre_calm + spread[NEIGHBOURS:]])
    labelled /= np.linalg.norm(labelled, axis=1, keepdims=True)
    urgent = np.array([1.0] * NEIGHBOURS + [0.0] * NEIGHBOURS, dtype=np.float32)
    votes = neighbour_vote(np.vstack([centre_urgent, centre_calm]), labelled, urgent)
    assert votes[0] > 0.95
    assert votes[1] < 0.05


def test_classifier_neighbour_vote_weights_the_nearer_more() -> None:
    # Among NEIGHBOURS equally counted messages, the one that is the question itself outweighs
    # the rest: the weighting is by similarity, not a plain count.
    labelled = _units(NEIGHBOURS + 1, 16, seed=3)
    urgent = np.zeros(NEIGHBOURS + 1, dtype=np.float32)
    urgent[0] = 1.0
    vote = neighbour_vote(labelled[:1] * 3.0, labelled, urgent)[0]
    assert vote > 0.9


_NO_CONTEXT = np.zeros(len(reading("").features), dtype=np.float32)


@pytest.mark.parametrize(("linear", "vote"), [(0.2, 0.8), (0.9, 0.1), (0.5, 0.5)])
def test_classifier_mixed_shares_the_two_readings(linear: float, vote: float) -> None:
    assert float(mixed(linear, vote, _NO_CONTEXT)) == pytest.approx(
        (1 - NEIGHBOUR_SHARE) * linear + NEIGHBOUR_SHARE * vote
    )


def test_classifier_mixed_leaves_a_sure_linear_reading_alone() -> None:
    # Neighbours near in embedding only (flu symptoms asked about among reports of a fever)
    # cannot lift a message the linear model, reading its words, is all but sure is no report;
    # just over that floor the two readings are shared again.
    below, above = VOTE_FLOOR / 2, VOTE_FLOOR * 2
    assert float(mixed(below, 1.0, _NO_CONTEXT)) == pytest.approx(below)
    assert float(mixed(above, 1.0, _NO_CONTEXT)) == pytest.approx(
        (1 - NEIGHBOUR_SHARE) * above + NEIGHBOUR_SHARE
    )


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("no fever and no pus, just a bit pink", id="negated"),
        pytest.param("what should i do if i get hives after it", id="hypothetical"),
        pytest.param("my friend had a fever after hers last year", id="someone-elses"),
    ],
)
def test_classifier_mixed_leaves_a_sign_set_aside_to_the_linear_model(message: str) -> None:
    # The vote reads the embedding, blind to "no" and "if": where the context sets a sign the
    # table found aside, the linear reading decides alone, however urgent the neighbours.
    features = reading(normal(message)).features
    assert features[-len(Modifier) :].any()
    assert float(mixed(0.1, 1.0, features)) == pytest.approx(0.1)
    assert float(mixed(0.1, 1.0, _NO_CONTEXT)) > 0.5


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(
            "nothing oozing, no fever, only rosy. is swimming ok?",
            "nothing , no , only rosy. is swimming ok?",
            id="denied",
        ),
        pytest.param(
            "what if i run a fever later", "what if i run a fever later", id="hypothetical-kept"
        ),
        pytest.param(
            "i have a fever, can i still come",
            "i have a fever, can i still come",
            id="asserted-kept",
        ),
    ],
)
def test_classifier_without_denied(message: str, expected: str) -> None:
    assert without_denied(normal(message)) == expected


def test_classifier_neighbour_vote_one_question_equals_its_row_of_many() -> None:
    # Serving votes one question at a time (numpy's loop), the fit many at once (BLAS): the
    # two ways must agree.
    labelled = _units(300, 16, seed=4)
    urgent = (np.arange(300) % 3 == 0).astype(np.float32)
    questions = _units(5, 16, seed=5)
    together = neighbour_vote(questions, labelled, urgent)
    alone = [neighbour_vote(q, labelled, urgent)[0] for q in questions]
    assert np.allclose(together, alone, atol=1e-5)


def test_classifier_vote_axes_keep_neighbours_apart(embedder: Embedder) -> None:
    """On the vote's principal axes a paraphrase stays nearer than another topic."""
    model = fitted()
    assert model.labelled.shape[1] == model.vote_axes.shape[0] == VOTE_AXES
    vectors = embedder.embed(
        [
            "both lips swelling up fast",
            "my lip is getting really swollen",
            "what does a course cost",
        ]
    )
    on_axes = projected(vectors, model.vote_mean, model.vote_axes)
    on_axes /= np.linalg.norm(on_axes, axis=1, keepdims=True)
    assert on_axes[0] @ on_axes[1] > on_axes[0] @ on_axes[2] + 0.2


def test_classifier_reads_the_vote_only_where_it_counts(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message the linear model is all but sure is no report never reads the vote's matrix
    (most messages: it was a tenth of a reply); one over the floor does."""
    from assistant.answering.triage import classifier

    model = fitted()
    read: list[int] = []

    def counted(vectors: np.ndarray, labelled: np.ndarray, urgent: np.ndarray) -> np.ndarray:
        read.append(1)
        return neighbour_vote(vectors, labelled, urgent)

    monkeypatch.setattr(classifier, "neighbour_vote", counted)
    calm, report = (
        "which card types do you take at the desk",
        "since friday the left jaw burns and leaks yellow",
    )
    for text, voted in ((calm, False), (report, True)):
        read.clear()
        features = reading(normal(text)).features
        p_urgent, _, _ = model.probabilities(embedder.embed([text])[0], features, normal(text))
        assert bool(read) is voted
        assert (p_urgent >= VOTE_FLOOR) is voted
