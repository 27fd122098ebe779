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


def _sentences(text: str, scored: list[tuple[str, float]], passage: str) -> list[Scored]:
    """Sentences of one passage (`text`), each with its score, ranked best first."""
    units = []
    for sentence, score in scored:
        at = text.index(sentence)
        meta = Meta(
            source="corpus/after.md",
            title="After",
            heading="After",
            start=at,
            end=at + len(sentence),
            role="sentence",
            passage_id=passage,
            passage_start=0,
            passage_end=len(text),
        )
        record = Record(f"{passage}-{at}", sentence, np.zeros(3, dtype=np.float32), meta)
        units.append(Scored(record, score, score, 0.0))
    return sorted(units, key=lambda s: -s.score)


def test_answer_neighbour_joins_only_when_about_the_follow_up_topic() -> None:
    # Three sentences of one passage; after a question on redness, "and the puffiness?" ranks the
    # first turn's "how long" sentence close to the swelling one.
    text = "Sessions take about an hour. Swelling settles within two days. Redness fades in a day."
    ranked = _sentences(
        text,
        [
            ("Sessions take about an hour.", 0.9),
            ("Swelling settles within two days.", 1.0),
            ("Redness fades in a day.", 0.8),
        ],
        "p2",
    )
    assert len(choose(ranked)[0].units) == 3
    about_swelling = choose(ranked, about=lambda s: "Swelling" in s.record.text)
    assert [u.record.text for u in about_swelling[0].units] == ["Swelling settles within two days."]


def test_answer_sentence_after_the_quote_that_points_back_joins_it() -> None:
    # The lead only announces ("will get you ready"); the sentence after it says what that is,
    # opening with "This", however low it scores; one after that which does not point back does
    # not join.
    text = (
        "On arrival the nurse will get you ready. This means washing your face and a numbing gel. "
        "Parking is free."
    )
    ranked = _sentences(
        text,
        [
            ("On arrival the nurse will get you ready.", 0.9),
            ("This means washing your face and a numbing gel.", 0.2),
            ("Parking is free.", 0.1),
        ],
        "p3",
    )
    units = [u.record.text for u in choose(ranked)[0].units]
    assert units == [
        "On arrival the nurse will get you ready.",
        "This means washing your face and a numbing gel.",
    ]


@pytest.mark.parametrize(
    ("lead", "joined"),
    [
        # A demonstrative that names what it points at, a noun the sentence before never used:
        # the lead is read alone.
        ("This gel is safe on tattoos too.", False),
        # The same noun as the sentence before: it points back at that sentence.
        ("These peels sting for a minute.", True),
        # A verb or an adverb after the demonstrative: it points back.
        ("This usually wears off by lunch.", True),
        ("This means no gym for a day.", True),
    ],
)
def test_answer_a_demonstrative_naming_a_new_noun_is_read_alone(lead: str, joined: bool) -> None:
    before = "Light peels and a cooling mask come first."
    ranked = _sentences(f"{before} {lead}", [(lead, 1.0), (before, 0.1)], "p4")
    units = [u.record.text for u in choose(ranked)[0].units]
    assert units == ([before, lead] if joined else [lead])


@pytest.mark.parametrize(
    ("lead", "joined"),
    [
        # A pointer after a word that opens a clause still leans on the sentence before.
        ("If they are taken, the car park on Mill Lane is a short walk away.", True),
        ("After this, a numbing cream is applied.", True),
        # The opening word alone points at nothing.
        ("If you drive, the car park on Mill Lane is a short walk away.", False),
    ],
)
def test_answer_a_pointer_after_an_opening_word_joins_the_sentence_before(
    lead: str, joined: bool
) -> None:
    before = "There are two free parking bays behind the building."
    ranked = _sentences(f"{before} {lead}", [(lead, 1.0), (before, 0.1)], "p5")
    units = [u.record.text for u in choose(ranked)[0].units]
    assert units == ([before, lead] if joined else [lead])


# A passage of three sentences, the middle one leaning on the first ("This is ..."); the lead
# is the last. Together they take more than the best quote's own room (55 words) and less than
# the answer's (80).
REACTION = (
    "Straight after the session the treated skin will look pink and feel warm and a little tight, "
    "much as it would after a long afternoon outside in the summer sun without any protection."
)
NORMAL = (
    "This is the skin's normal reaction to the needles, and the pink colour usually fades by the "
    "evening."
)
SWELLING = (
    "Some people also notice a little puffiness around the eyes or the jaw line, which tends to "
    "settle on its own within a day or so."
)


@pytest.mark.parametrize(
    ("before", "units"),
    [
        # What "this" is joins the quote, though the three exceed the best quote's own room.
        (REACTION, [REACTION, NORMAL, SWELLING]),
        # When what "this" is cannot fit even in the answer's room, the sentence leaning on it
        # does not join: the quote never opens on a "This" that points at nothing.
        (" ".join([REACTION] * 3), [SWELLING]),
    ],
)
def test_answer_a_neighbour_leaning_on_the_sentence_before_joins_only_with_it(
    before: str, units: list[str]
) -> None:
    text = f"{before} {NORMAL} {SWELLING}"
    ranked = _sentences(text, [(SWELLING, 1.0), (NORMAL, 0.8), (before, 0.1)], "p6")
    quote = choose(ranked)[0]
    assert [u.record.text for u in quote.units] == units
    assert quote.words <= MAX_WORDS


# A made-up aftercare list: a line introducing it and three items, each a sentence of its own.
AFTERCARE_INTRO = "Afterwards, a few tips:"
AFTERCARE_ITEMS = [
    "Shade: Keep out of strong sun for two days and wear a wide hat outdoors.",
    "Moisture: Use a plain moisturiser morning and night for two days.",
    "Activity: Skip the gym and swimming for two days to let the skin settle.",
]


def _aftercare(
    lead_score: float = 1.0, intro: str = AFTERCARE_INTRO, role: str = "intro"
) -> list[Scored]:
    """The list as one passage, the last item ranked first and the rest close behind it."""
    text = "\n".join([intro, *(f"- {item}" for item in AFTERCARE_ITEMS)])
    roles = [role, "item", "item", "item"]
    scores = [0.8, 0.8, 0.8, lead_score]
    return _ranked(text, list(zip([intro, *AFTERCARE_ITEMS], roles, scores, strict=True)))


def _ranked(text: str, units: list[tuple[str, str, float]]) -> list[Scored]:
    """One passage of a made-up leaflet (offsets from 0): each (sentence, role, score) of it,
    best first."""
    ranked = []
    for sentence, role, score in units:
        at = text.index(sentence)
        meta = Meta(
            source="corpus/after.md",
            title="After",
            heading="After",
            start=at,
            end=at + len(sentence),
            role=role,
            passage_id="p7",
            passage_start=0,
            passage_end=len(text),
        )
        record = Record(f"p7-{at}", sentence, np.zeros(3, np.float32), meta)
        ranked.append(Scored(record, score, score, 0.0))
    return sorted(ranked, key=lambda s: -s.score)


def _uses(sentence: Scored, word: str) -> bool:
    return word in sentence.record.text.lower()


@pytest.mark.parametrize(
    ("after", "role", "joined"),
    [
        # A paragraph after a list opening with "it" or "its" speaks of the section's thing,
        # not of the list's last item: quoted alone, not with the list it follows.
        pytest.param("It does not hurt at all.", "sentence", False, id="it"),
        pytest.param("Its effect lasts a month.", "sentence", False, id="its"),
        pytest.param("When it wears off, you can drive.", "sentence", False, id="after-opening"),
        # "They" points back at the listed steps: the list joins, up to its introducing line.
        pytest.param("They take about forty minutes in all.", "sentence", True, id="they"),
        # An item's own second sentence is no paragraph after the list: it leans on its item.
        pytest.param("It is cool and soothing.", "item", True, id="in-an-item"),
    ],
)
def test_answer_a_paragraph_after_a_list_opening_with_it_is_quoted_alone(
    after: str, role: str, joined: bool
) -> None:
    intro, steps = "Your visit goes like this:", ["a cleanse", "the treatment", "a cooling mask"]
    lines = [intro, *(f"{n}. {step}" for n, step in enumerate(steps, 1))]
    text = "\n".join(lines) + f" {after}" if role == "item" else "\n".join(lines) + f"\n\n{after}"
    units = [(intro, "intro", 0.1), *((step, "item", 0.1) for step in steps), (after, role, 1.0)]
    quote = choose(_ranked(text, units))[0]
    assert [u.record.text for u in quote.units] == ([intro, *steps, after] if joined else [after])


@pytest.mark.parametrize(
    ("words", "alone"),
    [
        # Only the last item speaks of the gym: it answers by itself.
        (("gym",), True),
        # "two days" is in every item, and basic English besides: the whole list answers.
        (("days",), False),
        # "tips" is the introducing line's: the question asks for the list.
        (("tips", "gym"), False),
        # A word no item uses: the list as before.
        (("peel",), False),
    ],
)
def test_answer_a_list_item_asked_about_by_itself_is_quoted_alone(
    words: tuple[str, ...], alone: bool
) -> None:
    quote = choose(_aftercare(), asked=_uses, asked_words=words)[0]
    texts = [u.record.text for u in quote.units]
    assert texts == ([AFTERCARE_ITEMS[2]] if alone else [AFTERCARE_INTRO, *AFTERCARE_ITEMS])


def test_answer_a_list_introduced_without_a_colon_is_asked_about_as_a_whole() -> None:
    # The sentence before the list uses the word too: a question on the procedure's steps asks
    # for the steps, not the one step that says "after the procedure".
    before = "Most people are back at the gym soon after."
    quote = choose(_aftercare(intro=before, role="sentence"), asked=_uses, asked_words=("gym",))
    assert [u.record.text for u in quote[0].units][-3:] == AFTERCARE_ITEMS


def test_answer_a_short_list_item_keeps_its_list_though_asked_about_alone() -> None:
    # "Sun damage" says nothing without the line that introduces its list.
    quote = choose(RANKED, asked=_uses, asked_words=("booking",))[0]
    assert quote.units[0].record.text == INTRO.record.text


def test_answer_a_list_item_asked_about_alone_keeps_its_own_sentences() -> None:
    # The item the question asks about goes on in a second sentence that points back at it:
    # the same item, quoted with it, though the list's other items stay out.
    items = [
        "Shade: Keep out of strong sun.",
        "Gym: No gym sessions for two days.",
        "This lets the skin settle.",
    ]
    text = "\n".join([AFTERCARE_INTRO, f"- {items[0]}", f"- {items[1]} {items[2]}"])
    roles = ["intro", "item", "item", "item"]
    scores = [0.5, 0.5, 1.0, 0.3]
    ranked = _ranked(text, list(zip([AFTERCARE_INTRO, *items], roles, scores, strict=True)))
    quote = choose(ranked, asked=_uses, asked_words=("gym",))[0]
    assert [u.record.text for u in quote.units] == items[1:]


def test_answer_a_list_item_going_on_with_its_opening_line_keeps_it() -> None:
    # Items that finish the sentence their list opens are fragments alone: asked about by
    # itself, the item is still quoted from the line that opens the list.
    intro = "We will have to rebook you if you:"
    items = ["have a fresh graze on the area", "arrive with a heavy cold and fever"]
    text = "\n".join([intro, *(f"- {item}" for item in items)])
    units = list(zip([intro, *items], ["intro", "item", "item"], [0.5, 0.5, 1.0], strict=True))
    ranked = _ranked(text, units)
    quote = choose(ranked, asked=_uses, asked_words=("fever",))[0]
    assert [u.record.text for u in quote.units] == [intro, *items]


def _view(text: str, passage: str, score: float) -> Scored:
    """A sentence that is a passage of its own (offsets from 0 in its own file)."""
    meta = Meta(
        source=f"corpus/{passage}.md",
        title=passage,
        heading=passage,
        start=0,
        end=len(text),
        role="sentence",
        passage_id=passage,
        passage_start=0,
        passage_end=len(text),
    )
    return Scored(
        Record(f"{passage}-0", text, np.zeros(3, dtype=np.float32), meta), score, score, 0.0
    )


def test_answer_an_amount_shows_one_other_view_at_most() -> None:
    # Documents that disagree are both shown; a third view was the writers' evidence for 6 of
    # the 20 answers that showed one (tuning halves): more noise than answer.
    views = [
        _view("The glow lasts about one day.", "a", 0.9),
        _view("The glow can last three days.", "b", 0.85),
        _view("Some see the glow for seven days.", "c", 0.8),
    ]
    quotes = choose(views, views_of=lambda first: lambda sentence: True)
    assert [q.lead.record.passage_id for q in quotes] == ["a", "b"]
