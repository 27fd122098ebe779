"""The staff's glossary edits on a real file, read back by the ingest's own reader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.answering.question import asked_words
from assistant.answering.vocabulary import Vocabulary
from assistant.clinic.glossary import GlossaryError, glossary_lines, put_word, remove_word
from assistant.ingest.glossary import GLOSSARY, read_glossary

Uses = Callable[[str], bool]
DOCUMENTS = ["A session costs a fixed fee.", "It is not recommended during pregnancy."]


@pytest.fixture
def uses() -> Callable[[str], bool]:
    return Vocabulary(DOCUMENTS).uses


def test_a_saved_line_is_read_by_the_ingest(tmp_path: Path, uses: Uses) -> None:
    saved = put_word(tmp_path, "  Contra-Indications ", "not  Recommended", uses=uses)
    assert saved == {"patient": "contra-indications", "documents": "not recommended"}
    assert read_glossary(tmp_path) == {"contra-indications": "not recommended"}
    assert glossary_lines(tmp_path) == [saved]
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed into place


def test_saving_a_word_again_replaces_its_line_and_keeps_every_other(
    tmp_path: Path, uses: Uses
) -> None:
    path = tmp_path / GLOSSARY
    path.write_text(
        '{"patient": "pricey", "documents": "fee"}\nnot json, a teammate\'s slip\n'
        '{"patient": "expensive", "documents": "costs"}\n',
        encoding="utf-8",
    )
    put_word(tmp_path, "PRICEY", "costs fee", uses=uses)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == [
        "not json, a teammate's slip",
        '{"patient": "expensive", "documents": "costs"}',
    ]
    assert json.loads(lines[2]) == {"patient": "pricey", "documents": "costs fee"}
    assert read_glossary(tmp_path) == {"expensive": "costs", "pricey": "costs fee"}


@pytest.mark.parametrize(
    ("patient", "documents", "reason"),
    [
        ("pricey", "tariff", "never use 'tariff'"),  # a word no document uses finds nothing
        ("pricey", "fee tariff rate", "never use 'tariff', 'rate'"),
        ("", "fee", "are both needed"),
        ("pricey", "   ", "are both needed"),
        ("one two three four five", "fee", "are both needed"),  # a sentence: an also-asked line
        ("?!", "fee", "are both needed"),
    ],
)
def test_a_line_that_could_not_work_is_refused_and_nothing_written(
    tmp_path: Path, uses: Uses, patient: str, documents: str, reason: str
) -> None:
    with pytest.raises(GlossaryError, match=reason):
        put_word(tmp_path, patient, documents, uses=uses)
    assert not (tmp_path / GLOSSARY).exists()


def test_removing_a_word_takes_its_line_out(tmp_path: Path, uses: Uses) -> None:
    put_word(tmp_path, "pricey", "fee", uses=uses)
    put_word(tmp_path, "expecting", "pregnancy", uses=uses)
    assert remove_word(tmp_path, " Pricey ") is True
    assert read_glossary(tmp_path) == {"expecting": "pregnancy"}
    assert remove_word(tmp_path, "pricey") is False
    assert remove_word(tmp_path / "nowhere", "pricey") is False


def test_the_vocabulary_names_the_words_a_line_could_teach() -> None:
    vocabulary = Vocabulary(DOCUMENTS, glossary={"expecting": "pregnancy"})
    asked = "Is the fee Pricey if i'm expecting? pricey??"
    assert vocabulary.unfamiliar(asked_words(asked, vocabulary)) == ["pricey"]
    assert vocabulary.uses("Costs") and not vocabulary.uses("expecting")
    # Rarest first: the word a line is likeliest needed for heads the list.
    squeamish = asked_words("would someone squeamish be able to watch", vocabulary)
    assert vocabulary.unfamiliar(squeamish) == [
        "squeamish",
        "watch",
        "able",
    ]


def test_the_words_of_a_reported_frame_are_not_named() -> None:
    # The not-covered decision never weighs who reports a question or their wish to know it:
    # a glossary line for them would teach nothing.
    vocabulary = Vocabulary(DOCUMENTS)
    reported = "My nephew is dying to know whether squeamish people can watch"
    assert vocabulary.unfamiliar(asked_words(reported, vocabulary)) == [
        "squeamish",
        "watch",
        "people",
    ]
