"""A question naming one document by its title is read within that document (`scope.py`), over
a small clinic of three leaflets written for these tests, ingested with the real model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.answering.retrieval import Retriever
from assistant.answering.scope import Scope, Scopes
from assistant.index.embedding import Embedder
from assistant.index.records import Record
from assistant.ingest.indexing import ingest
from tests.helpers import make_settings

LEAFLETS = {
    "thread-lift.md": """# Thread Lift

A thread lift raises sagging cheeks and jowls with dissolving threads. Thread lifts suit mild
to moderate sagging. A thread lift takes about an hour.

## Who should not have a thread lift

- anyone whose last thread lift was under a year ago
- anyone with an infection where the threads would go

## After your thread lift

- Sleep on your back for seven nights.
- Avoid exercise, saunas and swimming for ten days.
- Bruising fades within two weeks.

## Prices

| Treatment | Price |
| --- | --- |
| Thread lift, jawline | £900 |
| Thread lift, cheeks | £1,100 |
""",
    "lip-blush.md": """# Lip Blush

Lip blush tints the lips with a semi-permanent pigment. Lip blush lasts two to three years.

## After your lip blush

- Put the balm we give you on three times a day.
- Avoid exercise for two days.
- Your lips will look darker for a week.
""",
    "visiting.md": """# Visiting Larchmere Clinic

## Parking

Our car park is behind the bakery on Mill Lane.
""",
}


def _engine_of(root: Path, leaflets: dict[str, str], embedder: Embedder) -> Engine:
    """An engine over these leaflets (file name to text), ingested under `root`."""
    (root / "corpus").mkdir()
    for name, text in leaflets.items():
        (root / "corpus" / name).write_text(text, encoding="utf-8")
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    return Engine(settings, embedder=embedder)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Engine:
    return _engine_of(tmp_path_factory.mktemp("leaflets"), LEAFLETS, embedder)


@pytest.fixture(scope="module")
def retriever(engine: Engine) -> Retriever:
    return engine.retriever()


def _first(retriever: Retriever, text: str) -> str:
    return retriever.rank(read(text, retriever.vocabulary))[0].record.text


def test_a_question_naming_a_leaflet_is_answered_from_within_it(retriever: Retriever) -> None:
    # The name is most of the question to the model and to BM25: read plainly, a line of the
    # leaflet's opening, which restates it, came first.
    assert _first(retriever, "thread lift then exercise?") == (
        "Avoid exercise, saunas and swimming for ten days."
    )


def test_the_naming_words_are_a_title_s_own(retriever: Retriever) -> None:
    scopes = retriever.scopes

    def named(text: str) -> list[str]:
        scope = scopes.named(retriever.tokens(text))
        if scope is None:
            return []
        return sorted(
            {
                r.source.rsplit("/", 1)[-1]
                for r, i in zip(retriever.sentences, scope.inside, strict=True)
                if i
            }
        )

    assert named("thread lift aftercare") == ["thread-lift.md"]
    assert named("lip blush or a thread lift first?") == ["lip-blush.md", "thread-lift.md"]
    # "Larchmere" names the visiting leaflet alone; no word here names any title.
    assert named("where is larchmere") == ["visiting.md"]
    assert named("when would the swelling settle") == []


def test_a_single_document_names_none(tmp_path: Path, embedder: Embedder) -> None:
    leaflet = {"thread-lift.md": LEAFLETS["thread-lift.md"]}
    alone = _engine_of(tmp_path, leaflet, embedder).retriever()
    assert alone.scopes.named(alone.tokens("thread lift aftercare")) is None


def test_the_naming_words_count_for_every_sentence_of_the_named_document() -> None:
    # BM25 of the whole question, of its naming words alone; the first two sentences are the
    # named document's, the first using the name, the second not.
    scope = Scope(
        inside=np.array([True, True, False]),
        stems=frozenset({"lift"}),
        basis=np.zeros((1, 2)),
        whole_names=frozenset(),
        documents=1,
    )
    scores, naming = np.array([3.0, 1.0, 2.5]), np.array([2.0, 0.0, 2.0])
    assert scope.lexical(scores, naming).tolist() == [3.0, 3.0, 2.5]


def test_the_not_covered_signals_are_read_as_before(
    retriever: Retriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the fused order reads within the document; the dense and lexical signals each
    # ranked sentence carries (the not-covered decision's) are the plain ones.
    question = read("thread lift then exercise?", retriever.vocabulary)
    scoped = {s.record.id: (s.dense, s.lexical) for s in retriever.rank(question)}
    monkeypatch.setattr(retriever.scopes, "named", lambda stems: None)
    plain = {s.record.id: (s.dense, s.lexical) for s in retriever.rank(question)}
    assert scoped == plain


def test_a_word_two_titles_share_names_neither(embedder: Embedder) -> None:
    # A clinic's name in every leaflet's title says nothing of which leaflet is asked about.
    titles = ("Thread Lift at Larchmere", "Lip Blush at Larchmere")
    records = [
        Record(f"r{i}", title, np.zeros(embedder.dimension, np.float32), {"title": title})
        for i, title in enumerate(titles)
    ]
    scopes = Scopes(
        records,
        records,
        stem=lambda word: word,
        embed_query=lambda text: embedder.embed([text])[0],
        mean=np.zeros(embedder.dimension, np.float32),
    )
    assert scopes.named(["larchmere"]) is None
    scope = scopes.named(["larchmere", "thread"])
    assert scope is not None and scope.inside.tolist() == [True, False]
    assert scope.stems == frozenset({"thread"})


def test_a_thing_one_title_names_is_not_answered_from_another_s_leaflet(
    retriever: Retriever,
) -> None:
    def elsewhere(text: str, title: str) -> bool:
        scopes = retriever.scopes
        return scopes.elsewhere(scopes.names(retriever.tokens(text)), title)

    assert elsewhere("lip blush aftercare", "Thread Lift")
    assert not elsewhere("lip blush aftercare", "Lip Blush")
    assert not elsewhere("thread lift or lip blush first?", "Thread Lift")
    # A question naming no title's thing; "Larchmere" is in a title, but its leaflet does not
    # speak of it beyond the title: a name, not a thing.
    assert not elsewhere("when would the swelling settle", "Thread Lift")
    assert not elsewhere("where is larchmere", "Thread Lift")


def test_a_price_of_another_thing_is_no_answer(engine: Engine) -> None:
    # Only the thread lift is priced: its price list ranked first for the other treatment.
    assert engine.reply("lip blush: its cost?").kind == "not_found"
    reply = engine.reply("thread lift charges?")
    assert reply.kind == "answer" and "£900" in reply.answer


def test_a_situation_is_not_answered_from_another_thing_s_leaflet(engine: Engine) -> None:
    # The personal route reads the situation's words alone when the question is not covered
    # as asked: the thread lift's line on infections came first.
    reply = engine.reply("on antibiotics this week for an infection, lip blush still ok?")
    assert all("thread" not in c.quote for c in reply.citations)


def _scopes_of(
    texts: dict[str, list[str]], embedder: Embedder, stem: Callable[[str], str]
) -> Scopes:
    """The scopes of documents given as a title and its sentences (each its own passage)."""
    records = [
        Record(f"{title}-{i}", text, np.zeros(embedder.dimension, np.float32), {"title": title})
        for title, lines in texts.items()
        for i, text in enumerate(lines)
    ]
    return Scopes(
        records,
        records,
        stem=stem,
        embed_query=lambda text: embedder.embed([text])[0],
        mean=np.zeros(embedder.dimension, np.float32),
    )


def test_a_thing_goes_by_all_its_title_s_own_names(embedder: Embedder) -> None:
    # A price list names the treatment by one of its title's names, the patient by another.
    texts = {
        "Leg Vein Sclerotherapy": [
            "Sclerotherapy closes leg veins.",
            "Sclerotherapy suits small veins.",
            "Leg veins fade after sclerotherapy.",
        ],
        "Clinic Information": [
            "A sclerotherapy consultation is free.",
            "A sclerotherapy session costs £300.",
            "Sclerotherapy courses are paid in advance.",
        ],
        "Lip Blush": [
            "Lip blush tints the lips.",
            "Lip blush lasts two years.",
            "Lips look darker for seven days after lip blush.",
        ],
    }
    scopes = _scopes_of(texts, embedder, stem=lambda word: word.rstrip("s"))
    named = scopes.names(["consultation", "vein", "free"])
    assert not scopes.elsewhere(named, "Clinic Information")
    assert scopes.elsewhere(named, "Lip Blush")


def test_a_thing_named_by_its_own_word_is_not_named_by_a_shared_one(embedder: Embedder) -> None:
    # "Therapy" is in two titles of three, and the collagen leaflet speaks of it: a question on
    # "LED glow therapy" names the LED leaflet's thing, which the collagen leaflet does not
    # speak of.
    texts = {
        "LED Glow Therapy": [
            "LED therapy uses red and blue light.",
            "An LED therapy session takes twenty minutes.",
            "LED therapy needs no downtime.",
        ],
        "Collagen Boost Therapy": [
            "Collagen boost therapy makes tiny wounds.",
            "The therapy is not recommended when pregnant.",
            "Collagen boost therapy takes an hour.",
        ],
        "Dermaplaning": [
            "Dermaplaning removes fine hair.",
            "Dermaplaning takes thirty minutes.",
            "Dermaplaning needs no downtime.",
        ],
    }
    scopes = _scopes_of(texts, embedder, stem=lambda word: word)
    asked = scopes.names(["led", "glow", "therapy", "pregnant"])
    assert scopes.elsewhere(asked, "Collagen Boost Therapy")
    assert not scopes.elsewhere(asked, "LED Glow Therapy")
    # Named by the shared word alone, the thing may be either.
    assert not scopes.elsewhere(scopes.names(["therapy", "pregnant"]), "Collagen Boost Therapy")


@pytest.mark.parametrize(
    ("question", "read"),
    [
        # Two words of a title in a row name it: the question is read with "it" for them, its
        # punctuation kept; a determiner before the name goes with it.
        pytest.param("The fat freezing, does it hurt?", "it, does it hurt?", id="run"),
        pytest.param("does fat-freezing hurt?", "does it hurt?", id="hyphened"),
        pytest.param("what are fat freezing's side effects", "what are its side effects", id="its"),
        # A one-word title and an acronym a title writes are whole names too.
        pytest.param("does dermaplaning hurt?", "does it hurt?", id="one-word-title"),
        pytest.param("is it painful, HIFU?", "is it painful, it?", id="acronym"),
        # One word of a longer title is a topic, not the name ("freezing" of "Fat Freezing").
        pytest.param("does freezing hurt?", None, id="one-word-of-several"),
        # Nothing asked beyond the name: nothing to read.
        pytest.param("fat freezing?", None, id="only-the-name"),
        # Two documents named: "it" would be either.
        pytest.param("HIFU or dermaplaning, which hurts less?", None, id="two-documents"),
    ],
)
def test_a_question_naming_a_document_by_its_name_is_read_with_it(
    embedder: Embedder, retriever: Retriever, question: str, read: str | None
) -> None:
    texts = {
        "Fat Freezing": ["Fat freezing cools fat cells.", "Fat freezing takes an hour."],
        "Dermaplaning": ["Dermaplaning removes fine hair.", "Dermaplaning takes thirty minutes."],
        "HIFU face lifting": ["HIFU lifts the brow.", "HIFU heats deep layers."],
    }
    tokens = retriever.tokens  # BM25's tokens: stop words out, stemmed
    scopes = _scopes_of(texts, embedder, stem=retriever.vocabulary.stem)
    scope = scopes.named(tokens(question))
    assert scope is not None
    assert scope.read_as_it(question, tokens) == read


FAT_FREEZING = """# Fat Freezing

Fat freezing is a non-surgical way to reduce stubborn pockets of fat that diet and exercise have
not shifted. Fat freezing works on fat you can pinch between your fingers.

## How it feels

For the first ten minutes you will feel a strong pulling and intense cold, sometimes with aching.
This settles as the area goes numb.
"""


def test_a_question_naming_a_leaflet_by_its_name_finds_its_line_not_its_opening(
    tmp_path: Path, embedder: Embedder
) -> None:
    # Read with the name, the model finds the leaflet's opening lines nearest, which restate it;
    # read as "is it painful?", the line on what it feels like.
    leaflets = {"fat-freezing.md": FAT_FREEZING, "lip-blush.md": LEAFLETS["lip-blush.md"]}
    retriever = _engine_of(tmp_path, leaflets, embedder).retriever()
    assert _first(retriever, "is fat freezing painful?").startswith(
        "For the first ten minutes you will feel a strong pulling"
    )


def test_a_title_s_one_own_word_beside_the_subject_is_no_name(
    embedder: Embedder, retriever: Retriever
) -> None:
    # "Benefits" is the only word of its title no other title has, but the title is about the
    # peels every title names: "do peels have benefits?" is not "do peels have it?".
    texts = {
        "Chemical Peels": ["Peels lift dead skin.", "Peels sting for a minute."],
        "Peels and their Benefits": ["Peels brighten dull skin.", "Peels soften fine lines."],
    }
    scopes = _scopes_of(texts, embedder, stem=retriever.vocabulary.stem)
    question = "do peels have benefits?"
    scope = scopes.named(retriever.tokens(question))
    assert scope is not None and scope.stems == {"benefit"}
    assert scope.read_as_it(question, retriever.tokens) is None
