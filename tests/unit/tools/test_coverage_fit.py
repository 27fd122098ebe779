"""The not-covered decision's operating point (`tools/coverage.py`)."""

from __future__ import annotations

import numpy as np

from tools.coverage import OTHER_CLINICS, Item, items, operating_point


def _items(origin: str, count: int) -> list[Item]:
    return [
        Item(f"{origin} {i}", origin == "in_domain", f"{origin}-{i}", origin) for i in range(count)
    ]


def test_operating_point_bounds_medquad_and_the_other_negatives() -> None:
    # 100 MedQuAD questions at 0.00-0.99 and 100 other negatives at 0.30-0.795: MedQuAD alone
    # allows 2 answered (threshold just above 0.97); the others allow 10 (just above 0.75).
    medquad = np.arange(100) / 100
    others = 0.3 + np.arange(100) * 0.0045
    inside = np.full(50, 0.99)
    kept = _items("medquad", 100) + _items("front_desk", 100) + _items("in_domain", 50)
    probability = np.concatenate([medquad, others, inside])
    chosen = operating_point(probability, kept)
    assert np.mean(medquad >= chosen) <= 0.02 and np.mean(others >= chosen) <= 0.10
    assert chosen == np.nextafter(0.97, 1.0)
    # MedQuAD low (0.000-0.495) and the others higher: their bound sets the point.
    medquad, others = medquad / 2, 0.5 + np.arange(100) * 0.004
    chosen = operating_point(np.concatenate([medquad, others, inside]), kept)
    assert chosen == np.nextafter(others[-11], 1.0)
    assert np.mean(others >= chosen) == 0.10


def test_operating_point_leaves_the_on_topic_negatives_out_of_the_bound() -> None:
    # The hard negatives written for the fit are shown in the curve but bound nothing: 100 of
    # them near 1 leave the point where MedQuAD and the other negatives put it.
    medquad = np.arange(100) / 100
    others = 0.3 + np.arange(100) * 0.0045
    kept = _items("medquad", 100) + _items("front_desk", 100) + _items("in_domain", 50)
    probability = np.concatenate([medquad, others, np.full(50, 0.99)])
    alone = operating_point(probability, kept)
    with_on_topic = operating_point(
        np.concatenate([probability, np.full(100, 0.98)]), kept + _items("on_topic", 100)
    )
    assert with_on_topic == alone == np.nextafter(0.97, 1.0)


def test_operating_point_holds_medquad_against_the_serving_documents_alone() -> None:
    # 100 MedQuAD questions against the serving documents at 0.00-0.99 allow 2 answered (just
    # above 0.97). 400 more against another clinic's documents, all at 0.0, would pool to 500
    # and allow 10 (just above 0.89): the serving documents' own 2% still holds.
    serving = np.arange(100) / 100
    elsewhere = [
        Item(f"medquad {i}", False, f"medquad-{i}", "medquad", clinic="other") for i in range(400)
    ]
    kept = _items("medquad", 100) + elsewhere + _items("in_domain", 2)
    probability = np.concatenate([serving, np.zeros(400), np.full(2, 0.99)])
    assert operating_point(probability, kept) == np.nextafter(0.97, 1.0)


def test_fit_reads_follow_ups_with_their_first_turn_and_other_clinics_apart() -> None:
    found = items()
    follow_ups = [i for i in found if i.after]
    assert follow_ups and all(i.labelled.startswith("followups") for i in follow_ups)
    # Every other clinic's questions are measured against its own documents, and MedQuAD's
    # groups span the clinics (a subject never on both sides of a fold).
    assert {i.clinic for i in found} == {"", *(c.name for c in OTHER_CLINICS)}
    elsewhere = {i.group for i in found if i.origin == "medquad" and i.clinic}
    serving = {i.group for i in found if i.origin == "medquad" and not i.clinic}
    assert elsewhere and elsewhere <= serving
