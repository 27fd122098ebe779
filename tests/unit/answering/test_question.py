from __future__ import annotations

import pytest

from assistant.answering.lexicon import ENGLISH_STOP_WORDS
from assistant.answering.question import normal, read, timing
from assistant.answering.vocabulary import Vocabulary

TEXTS = [
    "Redness usually fades within a day of the visit.",
    "Swelling may last two or three days.",
    "A numbing cream keeps discomfort low during the visit.",
    "Gentle breast-feeding advice is given at the desk.",
    # Other sentences, so that the words above are not in nearly every text.
    *(
        f"Our garden number {n} grows {plant} in spring."
        for n, plant in enumerate(
            ["roses", "tulips", "beans", "mint", "basil", "leeks", "kale", "figs", "oats", "rye"]
        )
    ),
]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(TEXTS)


@pytest.mark.parametrize(
    ("message", "folded"),
    [
        pytest.param("will it hurrrt?? 😬", "will it hurt?? 😬", id="one-letter"),
        pytest.param("sooo sore", "so sore", id="to-one"),
        pytest.param("gooood news", "good news", id="to-two"),
        pytest.param("Sweet   COFFEE", "sweet coffee", id="untouched"),
    ],
)
def test_normal_folds_stretched_spellings(message: str, folded: str) -> None:
    assert normal(message) == folded


@pytest.mark.parametrize(
    ("message", "ended"),
    [
        pytest.param("i am not pregnant", ("pregnant",), id="denied"),
        pytest.param("no eczema or rosacea", ("eczema", "rosacea"), id="denied-and-joined"),
        pytest.param("not pregnant but breastfeeding", ("pregnant",), id="but-ends-the-denial"),
        pytest.param("done with breastfeeding for years", ("breastfeeding",), id="stopped"),
        pytest.param("stopped accutane three weeks ago", (), id="stop-dated-is-asked-about"),
        pytest.param("not sure if my meds matter", (), id="not-sure-denies-nothing"),
        pytest.param("i'm pregnant", (), id="current"),
        pytest.param("lines left from my pregnancy", ("pregnancy",), id="a-cause"),
        pytest.param("suffering from eczema for years", (), id="suffering-from-is-current"),
    ],
)
def test_read_situations_denied_or_over(message: str, ended: tuple[str, ...]) -> None:
    assert read(message).ended == ended


@pytest.mark.parametrize(
    ("message", "asking"),
    [
        pytest.param(
            "I'm saving up. How many treatments? Thanks.",
            "how many treatments?",
            id="told-and-asked",
        ),
        pytest.param("how many treatments? and how often?", "", id="every-sentence-asks"),
        pytest.param("I'm saving up for it.", "", id="none-asks"),
    ],
)
def test_read_keeps_the_sentences_that_ask_when_others_tell(message: str, asking: str) -> None:
    assert read(message).asking == asking


@pytest.mark.parametrize(
    ("previous", "focus"),
    [
        # After a message that told something, "that" is what it told.
        pytest.param("my cheeks feel tight and are flaking", (), id="after-telling"),
        # After a question, the pointing message's own words keep their say.
        pytest.param("for how many hours is the redness visible?", ("common",), id="after-asking"),
    ],
)
def test_read_pointing_follow_up_focus(
    vocabulary: Vocabulary, previous: str, focus: tuple[str, ...]
) -> None:
    question = read("is that common?", vocabulary, previous=previous)
    assert question.previous is not None and question.focus == focus


@pytest.mark.parametrize(
    ("message", "continues"),
    [
        pytest.param("and swelling?", True, id="fragment"),
        pytest.param("how long does that last?", True, id="pointer-without-topic"),
        pytest.param("does it cause discomfort?", False, id="pointer-with-own-topic"),
        pytest.param("is a numbing cream put on during the visit", False, id="question-of-its-own"),
        pytest.param("and for lasers?", True, id="fragment-with-unknown-words"),
        pytest.param("how much is that?", True, id="pointer-with-unknown-words"),
        pytest.param("do you sell a voucher for a friend?", False, id="unknown-words-asked-anew"),
        pytest.param("how often?", True, id="only-frame-words"),
        pytest.param("on my cheeks?", True, id="short-phrase"),
        pytest.param("in how many days do results show", False, id="long-phrase-asks-anew"),
        pytest.param("what else?", True, id="question-of-function-words"),
        pytest.param("what is that based on?", True, id="points-at-the-answer"),
        pytest.param("the older ones too?", True, id="too"),
        # A whole question ending "too" adds a question of its own.
        pytest.param("and do you do ear piercing too?", False, id="whole-question-too"),
        pytest.param("are those safe too?", True, id="whole-question-too-pointing"),
        pytest.param("how many treatments?", False, id="frame-naming-what-it-counts"),
        pytest.param("ok, long day", False, id="frame-word-not-asked"),
        pytest.param("and is a numbing cream put on?", False, id="joined-question-of-its-own"),
        pytest.param("also, how many treatments?", False, id="joined-question-naming-its-count"),
        pytest.param("and how often?", True, id="joined-frame-words"),
        pytest.param("does numbing cream help them?", True, id="them-is-what-was-said"),
        # The treatment is one thing: "they" is what the turn before spoke of, not it.
        pytest.param("do they need numbing cream?", True, id="they-is-what-was-said"),
        pytest.param("and what is that based on?", True, id="joined-points-at-the-answer"),
        # "It" as what one has or gets is the treatment: a whole question of its own.
        pytest.param("also, is anybody unable to have it?", False, id="having-it-is-the-treatment"),
        pytest.param("and who should not get it done?", False, id="getting-it-done"),
        pytest.param("and who is it not for?", True, id="it-of-the-turn-before"),
        # Chat forms of a question word: "how come" asks why, "tho" is "though".
        pytest.param("but how come?", True, id="how-come-is-why"),
        pytest.param("but why tho?", True, id="tho-is-though"),
        # A question ending "then" draws on what the turn before said.
        pytest.param("which cream should i buy then?", True, id="then-draws-on-the-turn-before"),
    ],
)
def test_read_follow_up_only_when_it_continues(
    vocabulary: Vocabulary, message: str, continues: bool
) -> None:
    question = read(message, vocabulary, previous="how long does redness last")
    assert (question.previous is not None) is continues


def test_read_spells_joined_words_as_the_documents_hyphenate_them(vocabulary: Vocabulary) -> None:
    assert "breast-feeding" in read("advice on breastfeeding", vocabulary).spelled.split()


@pytest.mark.parametrize(
    ("message", "covered"),
    [
        # "desk" is a word of the documents ("at the desk"); "reception desk" is not their subject,
        # as "opening hours" is not the "48 hours" of a leaflet.
        pytest.param("where is the reception desk", 0.0, id="unknown-modifier"),
        pytest.param("where is the desk", 1.0, id="known-word-alone"),
        pytest.param("is the desk reception", 0.5, id="known-word-first"),
    ],
)
def test_read_a_known_word_after_an_unknown_one_is_another_subject(
    vocabulary: Vocabulary, message: str, covered: float
) -> None:
    assert read(message, vocabulary).covered == covered


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("why won't the redness fade", id="negated-modal"),
        pytest.param("can't the swelling last days", id="cant"),
        pytest.param("shouldnt redness fade, it's a day", id="without-apostrophe"),
        pytest.param("what’s the swelling", id="curly-apostrophe"),
    ],
)
def test_read_contractions_of_function_words_are_no_topic(
    vocabulary: Vocabulary, message: str
) -> None:
    question = read(message, vocabulary)
    assert not any("'" in word or word.endswith("nt") for word in question.topic)
    assert question.covered == 1.0


def test_contractions_are_derived_and_their_look_alikes_stay_words() -> None:
    # Typed without the apostrophe, a negative is a function word; a word that only ends the
    # same way ("went" is "we" + "nt", and English writes no "wen't") is not.
    assert {"can't", "shouldnt", "dont", "i'm", "what's", "won't"} <= ENGLISH_STOP_WORDS
    assert not {"went", "hint", "want", "event"} & ENGLISH_STOP_WORDS


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("what should i avoid before it?", -1),
        ("in the days leading up to your appointment", -1),
        ("pre-treatment instructions", -1),
        ("aftercare tips", 1),
        ("can i exercise after", 1),
        ("post-treatment care", 1),
        ("before and after photos", 0),  # both
        ("for how many hours is the redness visible", 0),
    ],
)
def test_timing_reads_before_and_after(text: str, when: int) -> None:
    assert timing(text) == when


def test_read_follow_up_keeps_the_previous_turns_timing(vocabulary: Vocabulary) -> None:
    question = read("and makeup?", vocabulary, previous="what should i avoid after it")
    assert question.previous is not None and question.timing == 1


@pytest.mark.parametrize(
    ("message", "words"),
    [
        pytest.param("apart from that redness, does anything last days?", ("days",), id="apart"),
        pytest.param("besides the swelling how long is redness", ("long", "redness"), id="besides"),
        pytest.param("any discomfort other than the visit?", ("discomfort",), id="other-than"),
        pytest.param("other than that, is swelling normal", ("swelling", "normal"), id="that"),
    ],
)
def test_read_leaves_out_what_the_question_sets_aside(
    vocabulary: Vocabulary, message: str, words: tuple[str, ...]
) -> None:
    question = read(message, vocabulary)
    assert question.words == words
    # Triage still reads the whole message: its rules the text, its model the words.
    assert question.normal == normal(message)
    assert set(vocabulary.spelled(normal(message)).split()) <= set(question.told.split())


def test_read_a_message_setting_nothing_aside_is_told_as_it_is_meant(
    vocabulary: Vocabulary,
) -> None:
    question = read("does the redness fade soon lol", vocabulary)
    assert question.told == question.meant == "does the redness fade soon"


@pytest.mark.parametrize(
    ("message", "words"),
    [
        pytest.param("my nan wants to know if redness fades", ("redness", "fades"), id="nan"),
        pytest.param("just wondering whether swelling lasts", ("swelling", "lasts"), id="wonder"),
        pytest.param(
            "my son is curious whether swelling lasts", ("swelling", "lasts"), id="curious"
        ),
        # A situation the documents speak of stays: only the verb of asking goes.
        pytest.param(
            "numbing cream today and wondering if redness fades",
            ("numbing", "cream", "today", "redness", "fades"),
            id="situation",
        ),
    ],
)
def test_read_asks_the_question_a_message_reports(
    vocabulary: Vocabulary, message: str, words: tuple[str, ...]
) -> None:
    question = read(message, vocabulary)
    assert question.words == words
    # Triage still reads who asked (less the fillers, "know" and "tell").
    assert {"nan", "wondering", "son"} & set(normal(message).split()) <= set(question.told.split())


@pytest.mark.parametrize(
    ("message", "carried"),
    [
        pytest.param("could i have it then", True, id="asks-of-the-case"),
        pytest.param("would the swelling fade fast", False, id="a-topic-of-its-own"),
    ],
)
def test_read_follow_up_keeps_the_case_told_before_unless_it_asks_of_a_topic(
    vocabulary: Vocabulary, message: str, carried: bool
) -> None:
    question = read(message, vocabulary, previous="i am on warfarin", continued=True)
    assert question.previous is not None
    assert (question.situations == ("warfarin",)) is carried


def test_a_question_in_a_chat_keeps_the_turn_before_s_words() -> None:
    # Read alone or as a follow-up, the turn before's words say what the chat is about.
    vocabulary = Vocabulary(["Peels leave skin smooth.", "Redness fades."])
    alone = read("is it ok when pregnant, though?", vocabulary, previous="peels for dull skin")
    assert alone.chat == "peels for dull skin"
    assert read("is it ok when pregnant, though?", vocabulary).chat == ""
