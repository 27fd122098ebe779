"""The documents' subject (their title words) and how near a question's strange words come to it:
a signal of the not-covered decision."""

from __future__ import annotations

import numpy as np
import pytest
from wordfreq import zipf_frequency

from assistant.answering.coverage_signals import FEATURES
from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.answering.subject import PASSING_SENTENCES, opening_phrase
from assistant.answering.vocabulary import BASIC_ZIPF, WORD


def test_subject_words_are_the_titles_naming_words(engine: Engine) -> None:
    retriever = engine.retriever()
    subject = engine.coverage().profile.subject
    titles = {w for p in retriever.passages for w in WORD.findall(p.title.lower())}
    assert "microneedling" in subject.words
    assert set(subject.words) <= titles
    # Basic English in a title ("and", "questions") names nothing.
    assert all(zipf_frequency(w, "en") < BASIC_ZIPF for w in subject.words)
    assert subject.vectors is not None and subject.vectors.shape[0] == len(subject.words)


@pytest.mark.parametrize(
    ("word", "strange"),
    [
        pytest.param("zygomycosis", True, id="unknown"),
        pytest.param("laser", True, id="in-passing"),
        pytest.param("microneedling", False, id="the-subject"),
        pytest.param("redness", False, id="spoken-of"),
        pytest.param("people", False, id="basic-english"),
    ],
)
def test_subject_strange_words(engine: Engine, word: str, strange: bool) -> None:
    assert engine.coverage().profile.subject.strange(word) is strange


def test_subject_in_passing_means_few_sentences(engine: Engine) -> None:
    retriever = engine.retriever()
    stem = retriever.vocabulary.stem
    using = [
        s for s in retriever.sentences if stem("laser") in {stem(w) for w in WORD.findall(s.text)}
    ]
    assert 0 < len(using) <= PASSING_SENTENCES


def test_subject_kin_is_the_best_cosine_of_a_strange_word(engine: Engine) -> None:
    subject = engine.coverage().profile.subject
    bridge = engine.retriever().vocabulary.bridge
    assert bridge is not None and subject.vectors is not None
    expected = float((subject.vectors @ bridge.vector("hydrotherapy")).max())
    assert subject.kin(["hydrotherapy", "results"]) == pytest.approx(expected)
    assert 0.0 < expected < 1.0


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(["hydrotherapy", "microneedling"], id="names-the-subject-too"),
        pytest.param(["redness", "results"], id="no-strange-word"),
        pytest.param([], id="no-word"),
    ],
)
def test_subject_kin_zero(engine: Engine, words: list[str]) -> None:
    assert engine.coverage().profile.subject.kin(words) == 0.0


def test_subject_kin_is_a_signal_of_the_decision(engine: Engine) -> None:
    retriever, coverage = engine.retriever(), engine.coverage()
    kin = FEATURES.index("kin")
    question = read("how long does hydrotherapy last", retriever.vocabulary)
    signals = coverage.signals(question, retriever.rank(question))
    assert signals[kin] == pytest.approx(coverage.profile.subject.kin(list(question.words)))
    assert signals[kin] > 0.0
    # The fitted model splits on it, and the question (another treatment of the same kind) is
    # not covered. Which way kinship moves one question depends on the rest of its signals:
    # since the on-topic negatives joined the fit, a question naming the treatment (kin 0) is
    # no longer covered by that alone.
    decision = coverage.decision
    assert any(
        tree.feature[node] == kin and tree.left[node] != -1
        for tree in decision.trees
        for node in range(len(tree.feature))
    )
    assert not coverage.covers(question, retriever.rank(question))


def test_subject_bridge_vector_of_known_and_unknown_words(engine: Engine) -> None:
    bridge = engine.retriever().vocabulary.bridge
    assert bridge is not None
    known, met = bridge.vector("redness"), bridge.vector("hydrotherapy")
    embedded = np.asarray(engine.embedder.embed(["hydrotherapy"]))[0]
    assert float(np.linalg.norm(known)) == pytest.approx(1.0, abs=1e-5)
    assert float(met @ (embedded / np.linalg.norm(embedded))) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    ("spelled", "named"),
    [
        pytest.param("would this therapy suit me", True, id="a-title-word-pointed-at"),
        pytest.param("is collagen induction therapy painful", True, id="as-the-titles-write-it"),
        pytest.param("can hormone flare microneedling", True, id="the-subjects-own-name"),
        pytest.param("could red light therapy settle it", False, id="a-pair-never-written"),
        pytest.param("could it settle my skin", False, id="no-title-word"),
    ],
)
def test_subject_named_in(engine: Engine, spelled: str, named: bool) -> None:
    # "therapy" is a title word ("Collagen Induction Therapy"); "red light therapy" is another.
    assert engine.coverage().profile.subject.named_in(spelled) is named


def test_reply_personal_question_on_another_therapy_is_not_covered(engine: Engine) -> None:
    # A situation set aside, what is left names a therapy the documents never write of: the
    # personal route does not take it as a question about theirs.
    assert engine.reply("could red light therapy settle my eczema?").kind == "not_found"
    assert engine.reply("could this therapy settle my eczema?").kind == "answer"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        pytest.param("Our opening hours are 9 to 6.", ["opening", "hours"], id="after-stop-words"),
        pytest.param("In the quest for radiant skin, many", ["quest"], id="to-the-next-stop"),
        pytest.param("Research shows that it works", ["research", "shows"], id="verb-included"),
        pytest.param("Bleeding: rare", ["bleeding"], id="to-a-mark"),
        pytest.param("48 hours' notice", [], id="opens-with-a-number"),
    ],
)
def test_opening_phrase(sentence: str, phrase: list[str]) -> None:
    assert opening_phrase(sentence) == phrase
