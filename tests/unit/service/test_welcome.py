"""The chat panel's greeting and example questions: the clinic's name, its documents' own
question headings (`assistant/service/welcome.py`)."""

from __future__ import annotations

import numpy as np
from fastapi.testclient import TestClient

from assistant.index.records import Meta, Record
from assistant.service.welcome import _examples_of, example_questions


def _passage(source: str, start: int, heading: str, role: str = "heading") -> Record:
    """A key as the index stores it: its text, where it stands and what made it."""
    meta = Meta(source=source, start=start, end=start + len(heading), role=role)
    return Record(f"{source}-{start}", heading, np.zeros(3, dtype=np.float32), meta)


def test_examples_take_each_document_in_turn_and_vary_their_opening() -> None:
    passages = [
        _passage("corpus/b.md", 0, "What is a peel?"),
        _passage("corpus/b.md", 50, "Does a peel   sting?"),
        _passage("corpus/a.md", 90, "Our team"),  # not a question
        _passage("corpus/a.md", 10, "What is a peel?"),
        _passage("corpus/a.md", 20, "What is a course priced at?"),
        _passage("corpus/a.md", 30, "Why peel in winter?"),
        _passage("corpus/a.md", 40, "what is a PEEL?"),
        _passage("corpus/a.md", 5, "Can I drive after a peel?", role="also-asked"),  # the clinic's
    ]
    # a.md first (corpus order), then b.md; "What is" once while another opening is left; the
    # same question (case and spaces folded) once.
    assert example_questions(passages) == [
        "What is a peel?",
        "Does a peel sting?",
        "Why peel in winter?",
    ]
    assert example_questions(passages, limit=4)[-1] == "What is a course priced at?"
    assert example_questions([_passage("corpus/a.md", 0, "Our team")]) == []


def test_welcome_names_the_clinic_and_its_examples_are_answered(client: TestClient) -> None:
    body = client.get("/welcome").json()
    settings = client.app.state.settings  # type: ignore[attr-defined]
    assert settings.clinic_name in body["greeting"]
    assert 1 <= len(body["suggestions"]) <= 3
    for question in body["suggestions"]:
        assert question.endswith("?")
        assert client.post("/chat", json={"message": question}).json()["kind"] == "answer"


class _Version:
    """A published version's retriever as the route reads it: its keys' records."""

    def __init__(self, *headings: str) -> None:
        records = [_passage("corpus/a.md", 10 * i, h) for i, h in enumerate(headings)]
        self.keys = type("Keys", (), {"records": records})()


def test_examples_are_chosen_again_for_a_new_version() -> None:
    # Chosen once per published version: a clinic's re-ingest (a new retriever) brings its own.
    before, after = _Version("Why?"), _Version("How?")
    assert _examples_of(before) == ("Why?",)  # type: ignore[arg-type]
    hits = _examples_of.cache_info().hits
    assert _examples_of(before) == ("Why?",)  # type: ignore[arg-type]
    assert _examples_of.cache_info().hits == hits + 1  # the same version: not chosen again
    assert _examples_of(after) == ("How?",)  # type: ignore[arg-type]
