"""The not-covered decision's operating point (`tools/coverage.py`)."""

from __future__ import annotations

import numpy as np

from tools.coverage import Item, operating_point


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
