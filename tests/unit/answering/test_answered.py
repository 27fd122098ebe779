"""The clinic's answered questions as a map from question vectors towards answer vectors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import numpy as np
import pytest

from assistant.answering.answered import (
    NEIGHBOUR_FLOOR,
    NEIGHBOURS,
    Neighbours,
    fitted_map,
    quoted_rows,
)
from assistant.answering.coverage_signals import FEATURES, Profile, measure
from assistant.answering.engine import Engine
from assistant.answering.keys import ANSWERED_FLOOR, NONE_ANSWERED, Keys
from assistant.answering.question import read
from assistant.answering.retrieval import Retriever
from assistant.clinic.variants import decline
from assistant.index.chroma import Version
from assistant.index.embedding import Embedder
from assistant.index.records import Meta, Record
from assistant.ingest.corpus import ALSO_ASKED, DECLINED
from assistant.ingest.indexing import ingest
from tests.helpers import make_settings

DIMENSION = 4


class _Version:
    """A stand-in index version holding only keys."""

    def __init__(self, keys: list[Record]) -> None:
        self.keys = keys

    def all(self, kind: str, *, embeddings: bool = False) -> list[Record]:
        assert kind == "keys" and embeddings
        return self.keys


AXES = np.eye(DIMENSION, dtype=np.float32)


def _sentence(passage: str, start: int, end: int, axis: int) -> Record:
    meta: Meta = {"source": "corpus/a.md", "passage_id": passage, "start": start, "end": end}
    return Record(f"s-{passage}-{start}", "text", AXES[axis], meta)


def _variant(
    passage: str, start: int, end: int, vector: np.ndarray, text: str = "a question"
) -> Record:
    meta: Meta = {
        "source": "corpus/a.md",
        "passage_id": passage,
        "start": start,
        "end": end,
        "role": "also-asked",
    }
    return Record(f"k-{passage}-{start}", text, vector, meta)


SENTENCES = [
    _sentence("p1", 0, 40, 1),  # the answer to the variant below
    _sentence("p1", 41, 90, 2),
    _sentence("p2", 0, 50, 3),
]
VECTORS = np.stack([s.embedding for s in SENTENCES])


def _nearest(vector: np.ndarray) -> int:
    return int(np.argmax(VECTORS @ vector))


def _fitted(variants: list[Record]) -> np.ndarray | None:
    return fitted_map(variants, quoted_rows(variants, SENTENCES), VECTORS)


def test_answered_map_brings_a_question_near_the_sentence_its_answer_quotes() -> None:
    # Asked as "question 0" (near sentence 2, axis 3, but answered from sentence 0, axis 1).
    question = np.array([1.0, 0.0, 0.0, 0.2], dtype=np.float32)
    assert _nearest(question) == 2
    learned = _fitted([_variant("p1", 5, 30, question)])
    assert learned is not None
    assert _nearest(question @ learned) == 0
    # A question unlike any answered one is read as it was (the map keeps the identity there).
    other = np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)
    assert np.allclose(other @ learned, other, atol=1e-6)


def test_answered_map_targets_every_sentence_the_quote_overlaps() -> None:
    question = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    learned = _fitted([_variant("p1", 30, 60, question)])
    assert learned is not None
    mapped = question @ learned
    assert mapped[1] > 0.4 and mapped[2] > 0.4 and mapped[3] == 0.0


def test_answered_map_none_without_a_variant_it_can_place() -> None:
    question = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    assert _fitted([]) is None
    # A quote in a passage the version does not hold (a stale line) teaches nothing.
    assert _fitted([_variant("gone", 0, 10, question)]) is None


# Two answered questions' vectors and a question near the first, for the neighbours' vote.
NEAR = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
FAR = np.array([0.0, 0.0, 0.0, 1.0], dtype=np.float32)
ASKED = np.array([0.9, 0.0, 0.0, 0.1], dtype=np.float32)


def _neighbours(variants: list[Record]) -> Neighbours:
    return Neighbours(variants, quoted_rows(variants, SENTENCES), len(SENTENCES))


def test_neighbours_lift_the_sentences_their_quotes_cover_by_nearness() -> None:
    # Two lines of one answered question (two quotes), and one of another.
    near, far, question = NEAR, FAR, ASKED
    variants = [
        _variant("p1", 0, 10, near, "near"),
        _variant("p2", 0, 10, near, "near"),
        _variant("p1", 50, 60, far, "far"),
    ]
    neighbours = _neighbours(variants)
    # Cosines after removing the answered questions' mean.
    mean = (near + far) / 2
    asked = question / np.linalg.norm(question) - mean
    cosine = float(asked @ (near - mean) / np.linalg.norm(asked) / np.linalg.norm(near - mean))
    votes = neighbours.votes(question)
    # Sentence 0 (p1) and sentence 2 (p2) are the near question's; the far one says nothing.
    assert votes == pytest.approx([cosine - NEIGHBOUR_FLOOR, 0.0, cosine - NEIGHBOUR_FLOOR])
    # A question unlike every answered one: no vote at all.
    assert not neighbours.votes(np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)).any()


def test_neighbours_set_at_the_other_time_do_not_vote() -> None:
    # The same question asked of before and of after, each quoting its own sentence: a question
    # set after the treatment hears only the one asked of after (and, unset, both).
    variants = [
        _variant("p1", 0, 10, NEAR, "what to avoid before it"),
        _variant("p2", 0, 10, NEAR, "what to avoid after it"),
        _variant("p1", 50, 60, FAR, "something else"),
    ]
    neighbours = _neighbours(variants)
    question = ASKED
    assert (neighbours.votes(question)[[0, 2]] > 0).all()
    after = neighbours.votes(question, when=1)
    assert after[0] == 0.0 and after[2] > 0
    before = neighbours.votes(question, when=-1)
    assert before[0] > 0 and before[2] == 0.0


def test_neighbours_asking_a_gap_do_not_vote_for_how_long_one_thing_takes() -> None:
    # "how long a wait from one session to the next" is near "how long is a single session?" by
    # the model, and its quote (the spacing of a course) does not say how long one session takes.
    variants = [
        _variant("p1", 0, 10, NEAR, "how long a wait from one session to the next"),
        _variant("p2", 0, 10, NEAR, "how long does one visit take"),
        _variant("p1", 50, 60, FAR, "something else"),
    ]
    neighbours = _neighbours(variants)
    assert (neighbours.votes(ASKED)[[0, 2]] > 0).all()
    one = neighbours.votes(ASKED, duration=True)
    assert one[0] == 0.0 and one[2] > 0


def test_neighbours_ignore_what_every_answered_question_shares() -> None:
    # Every answered question names the treatment (the shared first axis); a question that
    # shares only that, not what one of them asks, is near none of them.
    shared = np.array([0.9, 0.0, 0.0, 0.0], dtype=np.float32)
    first = shared + np.array([0.0, 0.4, 0.0, 0.0], dtype=np.float32)
    second = shared + np.array([0.0, 0.0, 0.4, 0.0], dtype=np.float32)
    variants = [_variant("p1", 0, 10, first, "first"), _variant("p2", 0, 10, second, "second")]
    neighbours = Neighbours(variants, quoted_rows(variants, SENTENCES), len(SENTENCES))
    other = shared + np.array([0.0, 0.0, 0.0, 0.4], dtype=np.float32)
    plain = float(other @ first / np.linalg.norm(other) / np.linalg.norm(first))
    assert plain > NEIGHBOUR_FLOOR  # by plain cosine it would vote
    assert not neighbours.votes(other).any()
    # One that asks what the first asks still has its vote.
    assert neighbours.votes(first + np.array([0.0, 0.05, 0.0, 0.0], dtype=np.float32))[0] > 0


def test_only_the_nearest_answered_questions_vote() -> None:
    # NEIGHBOURS + 1 answered questions near the question, each quoting its own sentence, all
    # above the floor; as many others on the far side, so their mean is not the question's.
    count = NEIGHBOURS + 1
    sentences = [_sentence("p1", 10 * i, 10 * i + 9, 0) for i in range(2 * count)]
    angles = 0.1 * np.arange(1, count + 1)
    near = [np.cos(a) * AXES[0] + np.sin(a) * AXES[1] for a in angles]
    far = [-AXES[0] + 0.1 * (i + 1) * AXES[2] for i in range(count)]
    variants = [
        _variant("p1", 10 * i, 10 * i + 9, v.astype(np.float32), f"q{i}")
        for i, v in enumerate([*near, *far])
    ]
    neighbours = Neighbours(variants, quoted_rows(variants, sentences), 2 * count)
    votes = neighbours.votes(AXES[0])
    assert (votes[:count] > 0).sum() == NEIGHBOURS and votes[count - 1] == 0.0  # the farthest
    assert not votes[count:].any()


GARDEN = """# Garden care

## Seasonal jobs

Water the beds deeply once a week, early in the morning. Plant tulip bulbs in autumn, about fifteen centimetres deep. Prune the roses in late winter, before new growth starts. Feed the lawn with a slow-release fertiliser in spring.

## Tools

Clean and oil the shears after each use. Keep the mower blade sharp.
"""


def _garden(
    root: Path,
    embedder: Embedder,
    variants: list[dict[str, str]],
    declined: str = "",
    *,
    exist_ok: bool = False,
) -> Retriever:
    """The real ranking over the leaflet, with these also-asked variants and this declined
    questions file in the corpus folder."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=exist_ok)
    (corpus / "garden.md").write_text(GARDEN, encoding="utf-8")
    lines = "".join(json.dumps(v) + "\n" for v in variants)
    (corpus / ALSO_ASKED).write_text(lines, encoding="utf-8")
    if declined:
        (corpus / DECLINED).write_text(declined, encoding="utf-8")
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    return Engine(settings, embedder=embedder).retriever()


def _garden_ranking(
    root: Path, embedder: Embedder, variants: list[dict[str, str]]
) -> list[tuple[str, float]]:
    """The first sentence (and its score) the real ranking gives two questions."""
    retriever = _garden(root, embedder, variants)
    asked = ["what should i do in the garden in december", "how often should the beds be watered?"]
    firsts = [retriever.rank(read(q, retriever.vocabulary))[0] for q in asked]
    return [(first.record.text, first.score) for first in firsts]


WINTER = {
    "question": "what should I be doing in the garden over winter?",
    "source": "corpus/garden.md",
    "quote": "Prune the roses in late winter",
}


def test_answered_questions_move_the_ranking_of_a_like_question(
    tmp_path: Path, embedder: Embedder
) -> None:
    # All four jobs are one passage: a key lifts them alike, so only the map can reorder them.
    variant = WINTER
    before = _garden_ranking(tmp_path / "before", embedder, [])
    after = _garden_ranking(tmp_path / "after", embedder, [variant])
    assert not before[0][0].startswith("Prune the roses")
    assert after[0][0].startswith("Prune the roses")
    # A question unlike the answered one is read as asked: the same sentence, the same score.
    assert after[1][0].startswith("Water the beds") and before[1][0] == after[1][0]
    assert after[1][1] == pytest.approx(before[1][1], abs=1e-6)


def test_retriever_learns_from_the_answered_questions_it_is_given(
    tmp_path: Path, embedder: Embedder
) -> None:
    # tools/neighbours.py measures a set left out this way; learning from the clinic's own
    # again restores the ranking exactly.
    retriever = _garden(tmp_path, embedder, [WINTER])
    question = read("what should i do in the garden in december", retriever.vocabulary)

    def first() -> tuple[str, float]:
        best = retriever.rank(question)[0]
        return best.record.text, best.score

    learnt = first()
    retriever.learn_from([])
    unlearnt = first()
    retriever.learn_from(retriever.keys.variants)
    assert learnt[0].startswith("Prune the roses") and not unlearnt[0].startswith("Prune")
    assert first() == learnt


def _nearness(retriever: Retriever, text: str) -> tuple[str, float, float]:
    """The question's best sentence, and its nearness to the answered and declined questions
    (the sentence on what the question asks: the one leaflet is all there is)."""
    question = read(text, retriever.vocabulary)
    best = retriever.rank(question)[0].record
    return best.text, *retriever.nearest_asked(
        retriever.query_vector(question), best, on_the_matter=True
    )


def test_nearness_to_answered_questions_speaks_only_where_they_quote(
    tmp_path: Path, embedder: Embedder
) -> None:
    # The not-covered decision's `answered` signal: how near the question is to one the clinic
    # answered, when its best sentence is one an answered question quotes.
    answered = _garden(tmp_path / "answered", embedder, [WINTER])
    text, near, declined = _nearness(answered, "what should i do in the garden in december")
    assert text.startswith("Prune the roses") and near > ANSWERED_FLOOR
    assert declined == NONE_ANSWERED  # the clinic has declined no question
    # Its best sentence is one no answered question quotes: no word from the clinic's answers.
    text, near, _ = _nearness(answered, "how often should the beds be watered?")
    assert text.startswith("Water the beds") and near == NONE_ANSWERED
    # A clinic that has answered none.
    none = _garden(tmp_path / "none", embedder, [])
    assert _nearness(none, "what should i do in the garden in december")[1] == NONE_ANSWERED


GREENHOUSE = "which plants in the greenhouse should I prune in winter?"


def test_nearness_to_declined_questions_on_the_same_condition(
    tmp_path: Path, embedder: Embedder
) -> None:
    # The `declined` signal: how near the question is to one the staff marked out of scope, read
    # where the answered questions speak (a broken line of the file is skipped, not fatal).
    declined = json.dumps({"question": GREENHOUSE}) + "\nnot json\n" + '{"question": ""}\n'
    retriever = _garden(tmp_path / "declined", embedder, [WINTER], declined)
    text, answered, near = _nearness(retriever, "what should i do in the garden in december")
    assert text.startswith("Prune the roses") and near < answered
    text, answered, near = _nearness(retriever, "which greenhouse plants should i prune in winter?")
    assert text.startswith("Prune the roses") and near > 0.9 and near > answered
    # Where no answered question quotes the best sentence, neither signal speaks.
    text, answered, near = _nearness(retriever, "how often should the beds be watered?")
    assert text.startswith("Water the beds") and answered == near == NONE_ANSWERED


def test_a_declined_question_retires_when_a_document_added_since_answers_it(
    tmp_path: Path, embedder: Embedder
) -> None:
    # Declined while the leaflet's nearest sentence to it is one the answered questions quote;
    # once a price list holds a nearer sentence, it would be answered, so it no longer counts.
    declined = json.dumps({"question": "how much do you charge to prune roses in winter?"}) + "\n"
    before = _garden(tmp_path / "before", embedder, [WINTER], declined)
    assert len(before.keys.declined_vectors) == 1
    priced = tmp_path / "priced"
    (priced / "corpus").mkdir(parents=True)
    (priced / "corpus" / "prices.md").write_text(
        "# Prices\n\nWe charge £40 to prune your roses in winter, and £25 for a lawn feed.\n",
        encoding="utf-8",
    )
    after = _garden(priced, embedder, [WINTER], declined, exist_ok=True)
    assert len(after.keys.declined_vectors) == 0


POND = """# Pond care

Top up the pond with rainwater in dry weather. Net the pond in autumn to keep fallen leaves out. Feed the fish less while the water is cold. Rinse the pump filter in pond water every month.
"""
SHED = """# Garden shed

Keep the garden shed dry and aired. Hang the garden tools on hooks, off the floor. Lock the shed when you leave the garden.
"""


def test_a_leaflet_on_another_thing_leaves_the_clinics_questions_speaking(
    tmp_path: Path, embedder: Embedder
) -> None:
    # New material no answered question quotes mutes the `answered` and `declined` signals only
    # where it is on what the question asks: a document speaking of the documents' subject
    # ("garden", two titles of three), or a passage using the question's most specific word. A
    # pond leaflet added beside the garden ones does not answer what the clinic declined.
    root = tmp_path / "pond"
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / "pond.md").write_text(POND, encoding="utf-8")
    (root / "corpus" / "shed.md").write_text(SHED, encoding="utf-8")
    declined = json.dumps({"question": "garden furniture for sale?"}) + "\n"
    retriever = _garden(root, embedder, [WINTER], declined, exist_ok=True)
    profile = Profile(retriever)
    assert profile.subject.name == "garden"
    assert profile.speaks_of_subject("Garden shed") and not profile.speaks_of_subject("Pond care")
    answered, declined_at = FEATURES.index("answered"), FEATURES.index("declined")

    def signals(text: str, title: str = "Pond care") -> tuple[float, float]:
        """The two signals with a sentence of the document titled `title` leading the
        question's ranking."""
        question = read(text, retriever.vocabulary)
        ranked = retriever.rank(question)
        led = [s for s in ranked if s.record.title == title]
        assert led, text
        lead = [led[0], *(s for s in ranked if s is not led[0])]
        row = measure(question, retriever, profile, lead)
        return float(row[answered]), float(row[declined_at])

    near_answered, near_declined = signals("can i buy garden chairs from you?")
    assert near_declined > 0.5 and near_answered != NONE_ANSWERED
    # Asked of what the pond leaflet speaks of: its own material, unlike any question asked.
    assert signals("how often does the pump filter need rinsing?") == (NONE_ANSWERED,) * 2
    # New material of a document speaking of the subject (the shed's) speaks for itself.
    assert signals("can i buy garden chairs from you?", "Garden shed") == (NONE_ANSWERED,) * 2


def test_neighbours_vote_the_same_from_the_keys_cosines() -> None:
    # In the retriever the vote reads the plain cosines the keys took (one product a question):
    # the keys hold the questions in their own order (here the reverse), and a question asked
    # of two passages once.
    variants = [
        _variant("p1", 0, 10, NEAR, "near"),
        _variant("p2", 0, 10, FAR, "far"),
        _variant("p1", 50, 60, (NEAR + FAR) / 2, "between"),
        _variant("p2", 10, 20, (NEAR + FAR) / 2, "between"),
    ]
    keys = Keys(cast(Version, _Version(variants[::-1])), {"p1": 0, "p2": 1}, dimension=DIMENSION)
    quoted = quoted_rows(variants, SENTENCES)
    alone = Neighbours(variants, quoted, len(SENTENCES))
    read = Neighbours(variants, quoted, len(SENTENCES), keys)
    for question in (ASKED, NEAR, FAR, np.array([0.1, 0.2, 0.3, 0.9], dtype=np.float32)):
        assert read.votes(question) == pytest.approx(alone.votes(question), abs=1e-6)
    assert read.votes(ASKED).any() and read.votes(FAR).any()


def test_a_question_the_staff_declined_is_refused_as_asked_until_the_documents_change(
    tmp_path: Path, embedder: Embedder
) -> None:
    # The staff page declines a question the leaflet seems to answer (a low-score answer): it is
    # stamped with the documents as they are, and from the next ingest refused as asked, nearly
    # word for word too; another question is not. Once a document changes, the stamp no longer
    # holds and the question is read as before.
    root = tmp_path / "clinic"
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "garden.md").write_text(GARDEN, encoding="utf-8")
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    asked = "how often should the beds be watered?"
    assert Engine(settings, embedder=embedder).reply(asked).kind == "answer"

    decline(corpus, asked, max_bytes=settings.max_file_bytes)
    ingest(settings, embed=embedder.embed)
    engine = Engine(settings, embedder=embedder)
    assert engine.reply(asked).kind == "not_found"
    assert engine.reply("How often should the beds be watered").kind == "not_found"
    assert engine.reply("when should i prune the roses?").kind == "answer"

    (corpus / "garden.md").write_text(GARDEN + "\nWater the beds twice a week.\n", "utf-8")
    ingest(settings, embed=embedder.embed)
    # The stamp no longer holds: the question goes to the not-covered model again (which, on a
    # leaflet of eight sentences, may refuse it on its own signals).
    retriever = Engine(settings, embedder=embedder).retriever()
    assert not retriever.declined_as_asked(read(asked, retriever.vocabulary))


def test_a_declined_line_without_a_stamp_is_not_refused_as_asked(
    tmp_path: Path, embedder: Embedder
) -> None:
    # Written by hand or seeded ({"question"} alone): only read as near by the decision.
    declined = json.dumps({"question": "how often should the beds be watered?"}) + "\n"
    retriever = _garden(tmp_path / "plain", embedder, [WINTER], declined)
    assert not retriever.declined_as_asked(read("how often should the beds be watered?"))


def test_a_personal_question_the_clinic_attached_is_answered_though_no_word_is_the_documents(
    tmp_path: Path, embedder: Embedder
) -> None:
    # A personal situation none of whose words the leaflet uses is refused: what ranks best
    # matches the rest of the sentence, not the case. Once the staff attach it to a passage
    # ("also asked as"), that passage answers it, with the firmer referral.
    asked = "i take warfarin daily, could that interfere?"
    attached = {"question": asked, "source": "corpus/garden.md", "quote": "Keep the mower blade"}
    engines = []
    for name, variants in (("before", []), ("after", [attached])):
        retriever = _garden(tmp_path / name, embedder, variants)
        assert read(asked, retriever.vocabulary).covered == 0.0
        engines.append(Engine(make_settings(tmp_path / name), embedder=embedder))
    before, after = (engine.reply(asked) for engine in engines)
    assert before.kind == "not_found"
    assert after.kind == "answer"
    assert "Keep the mower blade sharp." in after.answer
    assert after.referral != engines[1].reply("when should i prune the roses?").referral
