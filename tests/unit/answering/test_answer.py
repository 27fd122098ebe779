"""Ranked sentences to the cited answer: runs of neighbours, the word budget, exact quotes."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering.answer import MAX_WORDS, choose, cite
from assistant.answering.retrieval import Scored
from assistant.index.records import Meta, Record

# One passage of a made-up leaflet: an introducing sentence, a list of three items, a closing
# sentence. Offsets index PASSAGE, which starts at 100 in its file.
PASSAGE = (
    "Bring these to your visit:\n"
    "- Your booking letter.\n"
    "- A list of the creams you use.\n"
    "- Glasses if you need them to read.\n"
    "Parking is free behind the building."
)
START = 100


def _unit(text: str, role: str, score: float) -> Scored:
    at = PASSAGE.index(text)
    meta = Meta(
        source="corpus/visit.md",
        title="Your visit",
        heading="Your visit",
        start=START + at,
        end=START + at + len(text),
        role=role,
        passage_id="p1",
        passage_start=START,
        passage_end=START + len(PASSAGE),
    )
    record = Record(f"s{at}", text, np.zeros(3, dtype=np.float32), meta)
    return Scored(record, score, score, 0.0)


INTRO = _unit("Bring these to your visit:", "intro", 0.9)
ITEMS = [
    _unit("Your booking letter.", "item", 0.8),
    _unit("A list of the creams you use.", "item", 0.75),
    _unit("Glasses if you need them to read.", "item", 0.7),
]
PARKING = _unit("Parking is free behind the building.", "sentence", 0.2)
RANKED = sorted([INTRO, *ITEMS, PARKING], key=lambda s: -s.score)


def test_answer_intro_never_answers_alone_but_leads_its_list() -> None:
    quotes = choose(RANKED)
    assert len(quotes) == 1
    assert quotes[0].lead is ITEMS[0]
    assert [u.record.text for u in quotes[0].units] == [INTRO.record.text] + [
        i.record.text for i in ITEMS
    ]


def test_answer_list_item_reaches_back_to_its_introduction() -> None:
    # The last item ranks alone, far above its list: read with the sentence that introduces it.
    low = [_unit(t.record.text, t.record.role, 0.1) for t in (INTRO, *ITEMS[:2])]
    glasses = _unit("Glasses if you need them to read.", "item", 0.9)
    units = choose([glasses, *low, PARKING])[0].units
    assert [u.record.text for u in units] == [INTRO.record.text] + [i.record.text for i in ITEMS]


def test_answer_run_stops_at_a_sentence_far_below_the_lead() -> None:
    units = choose(RANKED)[0].units
    assert PARKING not in units


def test_answer_citation_quote_is_the_passage_text_at_its_offsets() -> None:
    cited = cite(choose(RANKED), lambda passage_id: PASSAGE)
    (citation,) = cited.citations
    file_text = " " * START + PASSAGE
    assert citation.quote == file_text[citation.start : citation.end]
    assert citation.quote.startswith("Bring these") and citation.quote.endswith("to read.")


def test_answer_every_sentence_ends_in_its_marker_and_fits_the_budget() -> None:
    cited = cite(choose(RANKED), lambda passage_id: PASSAGE)
    assert cited.answer.count("[1]") == 4
    assert len(cited.answer.split()) <= MAX_WORDS


@pytest.mark.parametrize(
    "ranked",
    [
        pytest.param([], id="nothing-ranked"),
        pytest.param([INTRO], id="only-an-intro"),
    ],
)
def test_answer_no_quote_without_an_answering_sentence(ranked: list[Scored]) -> None:
    assert choose(ranked) == []
