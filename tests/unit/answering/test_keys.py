"""Keys at question time: a near paraphrase of a question leading to a passage lifts it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import numpy as np
import pytest

from assistant.answering.keys import Keys
from assistant.errors import IndexNotReady
from assistant.index.chroma import Version
from assistant.index.records import Meta, Record

PASSAGES = {"first": 0, "second": 1}
AXES = np.eye(3, dtype=np.float32)


class _Version:
    """A stand-in index version holding only keys (or none, like a version built before them)."""

    def __init__(self, keys: list[Record] | None) -> None:
        self.keys = keys

    def all(self, kind: str, *, embeddings: bool = False) -> list[Record]:
        assert kind == "keys" and embeddings
        if self.keys is None:
            raise IndexNotReady("no keys in this version")
        return self.keys


def _key(text: str, passage: str, axis: int, role: str = "heading") -> Record:
    meta: Meta = {"source": "corpus/a.md", "passage_id": passage, "role": role}
    return Record(f"key-{passage}-{axis}", text, AXES[axis], meta)


def _keys(*records: Record) -> Keys:
    return Keys(cast(Version, _Version(list(records))), PASSAGES, dimension=3)


@pytest.mark.parametrize(
    ("query", "lift"),
    [
        pytest.param(AXES[0], [1.0, 0.0], id="same-question"),
        pytest.param(2.0 * AXES[0], [1.0, 0.0], id="any-length"),
        pytest.param(AXES[1], [0.0, 0.0], id="unrelated"),
        pytest.param(np.array([0.9, 0.1, 0.0], dtype=np.float32), [0.97, 0.0], id="near"),
    ],
)
def test_keys_scores_lift_the_passage_a_near_question_leads_to(
    query: np.ndarray, lift: list[float]
) -> None:
    keys = _keys(_key("how long before the effects wear off?", "first", 0))
    assert keys.read(query)[0] == pytest.approx(lift, abs=0.01)


def test_keys_scores_statement_headings_and_unknown_passages_lead_nowhere() -> None:
    keys = _keys(_key("Conclusion", "first", 0), _key("is it safe?", "gone", 1))
    assert len(keys.records) == 2
    assert not keys.read(AXES[0])[0].any() and not keys.read(AXES[1])[0].any()


def test_keys_version_without_keys_has_none() -> None:
    keys = Keys(cast(Version, _Version(None)), PASSAGES, dimension=3)
    assert keys.records == [] and not keys.from_clinic
    assert not keys.read(AXES[0])[0].any()


def test_keys_answers_as_asked_for_the_clinics_and_the_documents_questions() -> None:
    # A question the clinic attached, or one a document asks and answers below, is covered when
    # asked nearly word for word; a heading that asks nothing ("Aftercare") is no such question.
    keys = _keys(
        _key("is it safe?", "first", 0),
        _key("can i swim?", "second", 1, "also-asked"),
        _key("Aftercare", "first", 2),
    )
    assert keys.answers_as_asked([AXES[1]]) and keys.answers_as_asked([AXES[0]])
    assert not keys.answers_as_asked([AXES[2]])


def test_keys_a_key_read_without_the_subject_leads_but_is_no_question_asked() -> None:
    # A key without the documents' subject (`ingest/keys.implied`) lifts its passage as any key
    # does, but no one asked it: it is not the clinic's, nor answered as asked.
    keys = _keys(
        _key("what happens during a session?", "first", 0, "implied"),
        _key("can i swim?", "second", 1, "also-asked"),
    )
    assert keys.implied.tolist() == [True, False]
    assert keys.read(AXES[0], plain=True)[0] == pytest.approx([1.0, 0.0], abs=0.01)
    assert not keys.answers_as_asked([AXES[0]]) and keys.answers_as_asked([AXES[1]])
    assert keys.nearest_answered(AXES[0]) == pytest.approx(0.0, abs=1e-6)


def test_keys_answers_as_asked_reads_no_vector_without_a_question_key() -> None:
    keys = _keys(_key("Aftercare", "first", 0))

    def vectors() -> Iterator[np.ndarray]:
        raise AssertionError("no vector is needed")
        yield AXES[0]  # a generator: it raises only when read

    assert not keys.answers_as_asked(vectors())


def test_keys_answered_likeness_rises_from_the_floor_to_full() -> None:
    keys = _keys(
        _key("how long before the effects wear off?", "first", 0),
        _key("can i swim?", "second", 1, "also-asked"),
    )
    assert keys.read(AXES[1])[1] == 1.0
    assert keys.read(AXES[0])[1] == 0.0  # like a heading only: no answered question
    halfway = np.array([0.0, 0.7, 0.0], dtype=np.float32)
    halfway[2] = np.sqrt(1.0 - 0.7**2)
    assert keys.read(halfway)[1] == pytest.approx(0.5)
    assert _keys(_key("is it safe?", "first", 0)).read(AXES[0])[1] == 0.0


def test_keys_clinic_variant_is_a_key_however_typed() -> None:
    # A patient's question often has no question mark; a heading without one says nothing.
    keys = _keys(
        _key("Conclusion", "first", 0), _key("can i swim after", "second", 1, "also-asked")
    )
    assert keys.from_clinic and keys.answers_as_asked([AXES[1]])
    assert keys.read(AXES[1])[0] == pytest.approx([0.0, 1.0])
    assert keys.read(AXES[0])[0].tolist() == [0.0, 0.0]


def test_keys_clinic_keys_lift_by_cosine_after_removing_their_mean() -> None:
    # Two answered questions share most of their vector (the treatment's name): a question that
    # shares only that is near both by plain cosine (0.9) and like neither once it is removed.
    swim, run, named = (
        np.array(v, dtype=np.float32)
        for v in ([0.9, 0.436, 0.0], [0.9, 0.0, 0.436], [1.0, 0.0, 0.0])
    )
    keys = Keys(
        cast(
            Version,
            _Version(
                [
                    Record(
                        "a",
                        "can i swim after",
                        swim,
                        {"source": "corpus/a.md", "passage_id": "first", "role": "also-asked"},
                    ),
                    Record(
                        "b",
                        "can i run after",
                        run,
                        {"source": "corpus/a.md", "passage_id": "second", "role": "also-asked"},
                    ),
                ]
            ),
        ),
        PASSAGES,
        dimension=3,
    )
    assert keys.read(named)[0] == pytest.approx([0.0, 0.0], abs=1e-5)
    # Read by plain cosines (a price asked of a price list), both lead.
    assert (keys.read(named, plain=True)[0] > 0.4).all()
    assert keys.read(swim)[0] == pytest.approx([1.0, 0.0], abs=1e-5)
    # A key left out (a set measured as unseen) leads nowhere; an empty mask restores it.
    keys.leave_out(np.array([True, False]))
    assert keys.read(swim)[0][0] == 0.0
    keys.leave_out(np.array([False, False]))
    assert keys.read(swim)[0] == pytest.approx([1.0, 0.0], abs=1e-5)


def test_keys_nearest_answered_is_the_same_after_read_and_for_another_question() -> None:
    keys = _keys(
        _key("how long before the effects wear off?", "first", 0, role="also-asked"),
        _key("is it fine for under-18s?", "second", 1, role="also-asked"),
    )
    asked = np.array([0.8, 0.6, 0.0], dtype=np.float32)
    other = np.array([0.0, 0.6, 0.8], dtype=np.float32)
    fresh = keys.nearest_answered(asked)
    keys.read(asked)
    # Read first, the cosine is the one `read` found; another question's is its own.
    assert keys.nearest_answered(asked) == pytest.approx(fresh) == pytest.approx(0.8)
    assert keys.nearest_answered(other) == pytest.approx(0.6)


def test_keys_clinic_questions_are_read_by_their_words_as_far_as_it_is_like_them() -> None:
    def tokens(text: str) -> list[str]:
        return [w.strip("?") for w in text.lower().split()]

    records = (
        _key("which marks can it fade", "first", 0, "also-asked"),
        _key("may i go swimming later", "second", 1, "also-asked"),
        _key("does it fade scars?", "second", 2),
    )
    keys = Keys(cast(Version, _Version(list(records))), PASSAGES, dimension=3, tokens=tokens)
    like_the_clinic = AXES[1]  # the model's reading: the swimming question
    by_vector, likeness = keys.read(like_the_clinic)
    by_words, _ = keys.read(like_the_clinic, tokens=["marks", "fade"])
    assert likeness == 1.0
    # The words lead to the clinic's question on marks: its passage is lifted, the other not.
    assert by_words[0] > by_vector[0] and by_words[1] == by_vector[1]
    # A heading's words lead nowhere by words ("scars" is only a heading's).
    assert (keys.read(like_the_clinic, tokens=["scars"])[0] == by_vector).all()
    # Unlike every clinic question (likeness 0), or a price asked of a price list: not read so.
    unlike = AXES[2]
    assert (keys.read(unlike, tokens=["marks"])[0] == keys.read(unlike)[0]).all()
    assert (
        keys.read(like_the_clinic, plain=True, tokens=["marks"])[0]
        == keys.read(like_the_clinic, plain=True)[0]
    ).all()


def test_keys_question_attached_to_two_passages_is_one_product_lifting_both() -> None:
    keys = _keys(
        _key("would a deep brown complexion suit it?", "first", 0, role="also-asked"),
        _key("would a deep brown complexion suit it?", "second", 0, role="also-asked"),
        _key("what does one visit involve?", "second", 1, role="also-asked"),
    )
    asked = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    # One cosine per distinct question, in the order `positions` gives.
    assert keys.cosines(asked) == pytest.approx([1.0, 0.0])
    # Remembered for the next reader of the same vector, so no reader may change it.
    assert not keys.cosines(asked).flags.writeable
    assert keys.positions(
        ["what does one visit involve?", "would a deep brown complexion suit it?"]
    ).tolist() == [
        1,
        0,
    ]
    # Both passages the question leads to are lifted, as two rows of their own would be.
    assert keys.read(asked, plain=True)[0] == pytest.approx([1.0, 1.0])


def test_keys_set_at_the_other_time_or_asking_a_gap_lead_nowhere() -> None:
    # One vector, three readings: a question asked of after the treatment is not led by a key
    # asked of before it, and one asking how long one thing takes is not led by a key asking
    # the time between things ("how long is one appointment?" beside "how long do i wait
    # between appointments": the model places them together).
    keys = _keys(
        _key("what should i avoid before it?", "first", 0),
        _key("how long should i leave between sessions?", "second", 0),
    )
    assert keys.read(AXES[0])[0] == pytest.approx([1.0, 1.0])
    assert keys.read(AXES[0], when=1)[0] == pytest.approx([0.0, 1.0])
    assert keys.read(AXES[0], duration=True)[0] == pytest.approx([1.0, 0.0])
