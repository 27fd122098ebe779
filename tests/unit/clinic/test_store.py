"""The clinic's database on a real SQLite file: users, keys, the queue, feedback, variants."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import sqlalchemy as sa

from assistant.clinic import feedback
from assistant.clinic.database import Database, open_database
from assistant.clinic.keys import ApiKeyError, create_key, key_is_valid, list_keys, revoke_key
from assistant.clinic.queue import GapQueue
from assistant.clinic.redaction import Redactor
from assistant.clinic.staff import StaffError, add_user, authenticate
from assistant.clinic.urgent import SEEN_SHOWN, UrgentMessages
from assistant.clinic.variants import (
    Variant,
    VariantError,
    answering_quote,
    attach,
    decline,
    read_variants,
)
from assistant.index.embedding import Embedder
from assistant.ingest.keys import read_declined


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")


def test_database_migrates_a_new_file_twice(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'c.sqlite3'}"
    open_database(url).migrate()  # a second start finds the schema current
    names = set(sa.inspect(sa.create_engine(url)).get_table_names())
    assert {
        "staff_users",
        "api_keys",
        "gap_questions",
        "feedback",
        "urgent_messages",
        "alembic_version",
    } <= names


def _start_worker(url: str, barrier: Any) -> None:
    barrier.wait()
    open_database(url)


def test_database_workers_starting_together_migrate_once(tmp_path: Path) -> None:
    """Several server workers start on a fresh file at once (uvicorn --workers): each migrates,
    and none may fail because another created the schema between its check and its CREATE."""
    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        url = f"sqlite:///{tmp_path / f'clinic{attempt}.sqlite3'}"
        barrier = context.Barrier(4)
        workers = [context.Process(target=_start_worker, args=(url, barrier)) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=120)
        assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]


def test_database_in_memory_takes_no_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The migration lock sits beside a SQLite file; an in-memory database has none to share.
    monkeypatch.chdir(tmp_path)
    open_database("sqlite:///:memory:")
    assert list(tmp_path.iterdir()) == []


def test_staff_password_is_hashed_and_checked(database: Database) -> None:
    add_user(database, "reception", "long enough secret")
    with database.engine.connect() as connection:
        stored = connection.execute(sa.text("select password_hash from staff_users")).scalar()
    assert stored.startswith("$argon2") and "long enough" not in stored
    assert authenticate(database, "reception", "long enough secret")
    assert not authenticate(database, "reception", "wrong password!")
    assert not authenticate(database, "nobody", "long enough secret")
    with pytest.raises(StaffError):
        add_user(database, "short", "tiny")


def test_api_key_created_listed_revoked(database: Database) -> None:
    key = create_key(database, "eval-script")
    assert key_is_valid(database, key) and not key_is_valid(database, key + "x")
    with pytest.raises(ApiKeyError):
        create_key(database, "eval-script")
    revoke_key(database, "eval-script")
    assert not key_is_valid(database, key)
    (info,) = list_keys(database)
    assert info.revoked_at is not None and key not in repr(info)


def test_queue_redacts_groups_and_never_keeps_identity(
    database: Database, embedder: Embedder
) -> None:
    queue = GapQueue(
        database, embed=embedder.embed, redactor=Redactor(), retention_days=90, similarity=0.75
    )
    queue.offer("how much does a session cost? I'm Imogen, 07700 900555", "not_found")
    queue.offer("what is the price of one session", "not_found")
    queue.offer("how much for a single session", "not_found")
    queue.offer("do you have parking near the clinic", "not_found")
    queue.flush()
    groups = queue.groups()
    queue.close()
    assert [g.count for g in groups] == [3, 1]
    assert "Imogen" not in groups[0].text and "07700" not in groups[0].text
    with database.engine.connect() as connection:
        columns = {c["name"] for c in sa.inspect(connection).get_columns("gap_questions")}
    assert not {"session_id", "ip", "address", "client"} & columns


def test_queue_deletes_past_retention(database: Database) -> None:
    queue = GapQueue(database, embed=None, redactor=Redactor(), retention_days=1, similarity=0.9)
    queue.store("an old question", "not_found")
    with database.engine.begin() as connection:
        connection.execute(sa.text("update gap_questions set created_at = '2000-01-01 00:00:00'"))
    queue.store("a new question", "low_score")
    queue.close()
    assert [g.text for g in queue.groups()] == ["a new question"]


def test_queue_offer_is_cheap(database: Database) -> None:
    import time

    slow = GapQueue(
        database,
        embed=lambda texts: (time.sleep(0.2), np.ones((1, 4), np.float32))[1],
        redactor=Redactor(),
        retention_days=90,
        similarity=0.9,
    )
    started = time.perf_counter()
    slow.offer("a question", "not_found")
    assert time.perf_counter() - started < 0.01  # the request never waits for the write
    slow.flush()
    slow.close()


def test_urgent_messages_redacted_listed_unseen_first_and_marked_seen(database: Database) -> None:
    urgent = UrgentMessages(database, redactor=Redactor(), retention_days=90)
    urgent.offer("my tongue has swollen and I can't breathe, I'm Imogen, 07700 900555")
    urgent.offer("  the area is hot and pus is coming out  ")
    urgent.flush()  # offered in order, written on the list's own thread
    urgent.close()
    first, second = urgent.listed()
    assert second.text.startswith("my tongue has swollen") and first.text == (
        "the area is hot and pus is coming out"
    )
    assert "Imogen" not in second.text and "07700" not in second.text
    assert urgent.mark_seen(second.id, "reception")
    assert not urgent.mark_seen(second.id, "someone else")  # seen once, by the first
    assert not urgent.mark_seen(999, "reception")
    unseen, seen = urgent.listed()
    assert (unseen.id, unseen.seen_at) == (first.id, None)
    assert seen.seen_by == "reception" and seen.seen_at is not None
    with database.engine.connect() as connection:
        columns = {c["name"] for c in sa.inspect(connection).get_columns("urgent_messages")}
    assert not {"session_id", "ip", "address", "client"} & columns


def test_urgent_messages_seen_ones_are_capped_and_old_ones_deleted(database: Database) -> None:
    urgent = UrgentMessages(database, redactor=Redactor(), retention_days=1)
    for number in range(SEEN_SHOWN + 2):
        urgent.keep(f"message {number}")
    for message in urgent.listed():
        urgent.mark_seen(message.id, "reception")
    assert len(urgent.listed()) == SEEN_SHOWN
    with database.engine.begin() as connection:
        connection.execute(sa.text("update urgent_messages set created_at = '2000-01-01 00:00:00'"))
    urgent.keep("a new message")
    assert [m.text for m in urgent.listed()] == ["a new message"]


def test_urgent_message_write_failure_is_logged_without_the_text(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    urgent = UrgentMessages(database, redactor=Redactor(), retention_days=90)
    database.dispose()
    with database.engine.begin() as connection:
        connection.execute(sa.text("drop table urgent_messages"))
    urgent.keep(
        "my whole face has puffed up badly"
    )  # the reply is already sent: this must not raise
    assert "not kept" in caplog.text and "puffed" not in caplog.text


def test_feedback_counts_per_passage(database: Database) -> None:
    span = feedback.Span("corpus/a.md", 10, 50)
    for vote in ("up", "down", "down"):
        feedback.record(database, vote=vote, reason="", index_version="v1", spans=[span])
    (count,) = feedback.counts(database)
    assert (count.source, count.start, count.end, count.up, count.down) == (
        "corpus/a.md",
        10,
        50,
        1,
        2,
    )


def test_variants_append_atomically_and_check_quote(tmp_path: Path) -> None:
    text = "# T\n\nA session costs a fixed fee. Courses cost less.\n"
    attach(
        tmp_path, Variant("is it pricey", "corpus/t.md", "Courses cost less."), document_text=text
    )
    attach(
        tmp_path, Variant("is it pricey", "corpus/t.md", "Courses cost less."), document_text=text
    )
    lines = (tmp_path / "also-asked.jsonl").read_text().splitlines()
    assert [json.loads(x)["question"] for x in lines] == ["is it pricey"]
    assert read_variants(tmp_path)[0].quote == "Courses cost less."
    with pytest.raises(VariantError):
        attach(tmp_path, Variant("q", "corpus/t.md", "Not in it."), document_text=text)


def test_a_variant_is_anchored_to_the_passage_sentence_nearest_it(embedder: Embedder) -> None:
    # A passage a clinic's typed paragraph shares with the text before it: its first sentence
    # is on sessions, its last gives the address the question asks for.
    passage = [
        "Course of treatment: Ideal results are achieved after multiple sessions.",
        "Our opening hours are Monday to Friday, 9am to 6pm.",
        "You can find us at 14 Market Street, Harrogate, two minutes from the station.",
    ]
    assert (
        answering_quote("whereabouts can I find the clinic", passage, embedder.embed) == passage[2]
    )
    assert answering_quote("at which hours could I visit", passage, embedder.embed) == passage[1]


def test_declined_questions_append_once_and_read_back(tmp_path: Path) -> None:
    decline(tmp_path, "do you sell a  voucher for a friend?")
    decline(tmp_path, "do you sell a voucher for a friend?\n")
    decline(tmp_path, "is there parking")
    assert read_declined(tmp_path)[0] == ["do you sell a voucher for a friend?", "is there parking"]
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed into place
    with pytest.raises(VariantError):
        decline(tmp_path, "   ")


def test_queue_stores_questions_offered_together_in_one_model_call(database: Database) -> None:
    calls: list[int] = []

    def embed(texts: Sequence[str]) -> np.ndarray:
        calls.append(len(texts))
        return np.eye(len(texts), 4, dtype=np.float32)

    queue = GapQueue(database, embed=embed, redactor=Redactor(), retention_days=90, similarity=0.9)
    for text in ("is there a car park", "do you sell gift cards", "are you open on sundays"):
        queue.offer(text, "not_found")
    queue.flush()
    queue.close()
    assert calls == [3]
    assert sorted(g.text for g in queue.groups()) == [
        "are you open on sundays",
        "do you sell gift cards",
        "is there a car park",
    ]


def test_queue_redacts_and_embeds_a_repeated_question_once(database: Database) -> None:
    calls: list[list[str]] = []

    def embed(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.ones((len(texts), 4), dtype=np.float32)

    queue = GapQueue(database, embed=embed, redactor=Redactor(), retention_days=90, similarity=0.9)
    for text in ("is a wheelchair lift fitted upstairs", "ring me back on 07700 900456") * 2:
        queue.offer(text, "not_found")
    queue.flush()
    queue.offer("is a wheelchair lift fitted upstairs", "low_score")
    queue.flush()
    queue.close()
    assert calls == [["is a wheelchair lift fitted upstairs", "ring me back on"]]  # then none
    (group,) = queue.groups()
    assert group.count == 5 and set(group.reasons) == {"not_found", "low_score"}
    assert sorted(set(group.texts)) == [
        "is a wheelchair lift fitted upstairs",
        "ring me back on [PHONE]",
    ]
