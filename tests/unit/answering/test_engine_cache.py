"""The engine's answer cache: same replies, follow-ups untouched, a new index version not stale,
a repeat looked up as typed."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.answering import engine as engine_module
from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.ingest.indexing import ingest
from tests.helpers import make_settings


def test_answer_cache_folds_case_and_spacing_to_the_same_reply(
    built: Settings, embedder: Embedder
) -> None:
    engine = Engine(built, embedder=embedder)
    first = engine.reply("How many sessions?")
    again = engine.reply("  how MANY   sessions? ")
    assert again is first  # from the cache, not computed again
    assert first == Engine(built, embedder=embedder).reply("  how MANY   sessions? ")


def test_answer_cache_keeps_the_triage_level_apart(built: Settings, embedder: Embedder) -> None:
    engine = Engine(built, embedder=embedder)
    general = engine.reply("can it cause bleeding?")
    personal = engine.reply("got bleeding on my cheek since the session that won't stop")
    assert general.kind == "answer" and personal.kind == "urgent"


def test_answer_cache_hit_still_remembers_the_turn_for_a_follow_up(
    built: Settings, embedder: Embedder
) -> None:
    cached = Engine(built, embedder=embedder)
    cached.reply("how long is redness")  # cached without a session
    cached.reply("how long is redness", "patient-a")  # a cache hit for a new session
    fresh = Engine(built, embedder=embedder)
    fresh.reply("how long is redness", "patient-b")
    follow_up = cached.reply("and swelling?", "patient-a")
    assert follow_up == fresh.reply("and swelling?", "patient-b")
    assert "swelling" in follow_up.answer.lower()


def test_answer_cache_serves_a_new_index_version_fresh(workspace: Path, embedder: Embedder) -> None:
    settings = make_settings(workspace)
    ingest(settings, embed=embedder.embed)
    engine = Engine(settings, embedder=embedder)
    before = engine.reply("how many sessions")
    assert "three to five sessions" in before.answer
    faq = workspace / "corpus" / "microneedling-faq.md"
    faq.write_text(
        faq.read_text().replace("three to five sessions", "four to six sessions"),
        encoding="utf-8",
    )
    ingest(settings, embed=embedder.embed)
    engine._checked_at = 0.0  # instead of waiting for the pointer check (2 s)
    after = engine.reply("how many sessions")
    assert "four to six sessions" in after.answer and after != before


def test_common_word_table_gives_the_replies_of_embedding_every_word(
    built: Settings, embedder: Embedder
) -> None:
    with_table = Engine(built, embedder=embedder)
    without = Engine(built, embedder=embedder)
    without.vectors.words = None  # every word embedded, as before the table
    for message in ("my tummy feels weird after, normal?", "is there parking close by", "gunk?"):
        assert with_table.reply(message) == without.reply(message)
    texts = ["parking", "a whole question about parking", "zzqx"]
    assert np.array_equal(with_table.vectors.embed_texts(texts), embedder.embed(texts))


def test_a_message_repeated_word_for_word_is_not_read_again(
    built: Settings, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine(built, embedder=embedder)
    answered = engine.reply("How many sessions?")
    urgent = engine.reply("bled through two plasters since yesterday evening, still dripping")
    reads: list[str] = []

    def counted(message: str, *args: Any, **kwargs: Any) -> Any:
        reads.append(message)
        return read(message, *args, **kwargs)

    monkeypatch.setattr(engine_module, "read", counted)
    assert engine.reply("How many sessions?") is answered
    assert (
        engine.reply("bled through two plasters since yesterday evening, still dripping") is urgent
    )
    assert urgent.kind == "urgent" and reads == []  # neither read nor triaged again
    engine.reply("how many sessions")  # another spelling is read, then found by its reading
    assert reads == ["how many sessions"]


def test_a_reply_counts_as_answered_while_it_runs(
    built: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model call the gap queue makes while a reply runs is crowded; the reply's own,
    with nothing beside it, is not."""
    # Its own embedder: the session's remembers vectors, and these texts must reach the model.
    engine = Engine(built, embedder=Embedder())
    engine.reply("warm the index up")
    onnx = engine.embedder._onnx
    assert onnx is not None
    replying = threading.current_thread()
    seen: dict[str, list[bool]] = {"reply": [], "beside": []}
    real = onnx.embed

    def recorded(texts: list[str], **options: Any) -> np.ndarray:
        mine = threading.current_thread() is replying
        seen["reply" if mine else "beside"].append(options["crowded"])
        if mine and not seen["beside"]:
            # A writer thread embedding a stored question while this reply runs.
            writer = threading.Thread(target=engine.embedder.embed, args=(["a stored one"],))
            writer.start()
            writer.join()
        return real(texts, **options)

    monkeypatch.setattr(onnx, "embed", recorded)
    engine.reply("could my teenage nephew come along for a consultation")
    assert seen["beside"] == [True]
    assert seen["reply"] and not any(seen["reply"])


def test_an_index_version_left_behind_is_closed_after_the_grace(
    workspace: Path, embedder: Embedder
) -> None:
    from chromadb.api.shared_system_client import SharedSystemClient

    settings = make_settings(workspace, request_timeout_s=0.05)  # a grace of 0.1 s
    first = ingest(settings, embed=embedder.embed).version
    engine = Engine(settings, embedder=embedder)
    engine.reply("how many sessions")
    faq = workspace / "corpus" / "microneedling-faq.md"
    faq.write_text(faq.read_text() + "\nOne more line for a new version.\n", encoding="utf-8")
    # The ingest closed what it opened: the old version is held by the engine alone.
    second = ingest(settings, embed=embedder.embed).version
    held = SharedSystemClient._identifier_to_system
    old = str(settings.index_path / "versions" / first / "chroma")
    new = str(settings.index_path / "versions" / second / "chroma")
    assert old in held and new not in held
    engine._checked_at = 0.0  # instead of waiting for the pointer check (2 s)
    assert engine.reply("how many sessions").kind == "answer"
    assert engine.version == second and old in held  # a request may still read the old one
    time.sleep(0.2)
    engine._checked_at = 0.0
    assert engine.reply("how much pinkness should i expect afterwards").kind == "answer"
    assert old not in held and new in held
