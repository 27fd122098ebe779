"""Staff routes in process (TestClient, a real SQLite file): sign-in, CSRF, refusals, API keys,
the queue, attach, feedback counts, reviews and the source view."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.answering.engine import Engine
from assistant.clinic.database import open_database
from assistant.clinic.keys import create_key
from assistant.clinic.staff import add_user
from assistant.clinic.variants import answering_quote
from assistant.config import Settings
from assistant.ingest.chunking import units_of
from assistant.ingest.corpus import documents_digest, load_corpus
from assistant.service.app import create_app
from assistant.service.sources import document_text
from tests.helpers import make_settings

PASSWORD = "a long staff password"


@pytest.fixture
def staff_client(built: Settings, engine: Engine, tmp_path: Path) -> Iterator[TestClient]:
    # The built index, but the corpus copy, database and secret of this test alone.
    settings = make_settings(
        built.corpus_path.parent,
        database_url=f"sqlite:///{tmp_path / 'clinic.sqlite3'}",
        secret_key="test-secret",
        rate_limit="3/minute",
        login_rate_limit="4/minute",
    )
    database = open_database(settings.database)
    add_user(database, "reception", PASSWORD)
    app = create_app(settings, engine=engine)
    app.state.test_key = create_key(database, "evals")
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def sign_in(client: TestClient, password: str = PASSWORD) -> str:
    csrf = client.get("/staff/session").json()["csrf"]
    response = client.post(
        "/staff/login",
        json={"name": "reception", "password": password},
        headers={"X-CSRF-Token": csrf},
    )
    return response.json()["csrf"] if response.status_code == 200 else ""


WRITES = [
    ("/staff/logout", {}),
    ("/staff/queue/1/attach", {"source": "corpus/x.md", "start": 0, "end": 5}),
    ("/staff/queue/1/status", {"status": "out_of_scope"}),
    ("/staff/urgent/1/seen", {}),
    ("/staff/ingest", {}),
]


@pytest.mark.parametrize(("path", "body"), WRITES, ids=[p for p, _ in WRITES])
def test_staff_writes_refused_signed_out(staff_client: TestClient, path: str, body: dict) -> None:
    assert staff_client.post(path, json=body).status_code in (401, 403)


@pytest.mark.parametrize(
    "path", ["/staff", "/staff/queue", "/staff/urgent", "/staff/feedback", "/staff/reviews"]
)
def test_staff_reads_refused_signed_out(staff_client: TestClient, path: str) -> None:
    response = staff_client.get(path)
    assert response.status_code == 401
    if path == "/staff":  # the sign-in page, not the staff page, and kept by no cache
        assert 'data-testid="login-name"' in response.text
        assert response.headers["cache-control"] == "no-store"


def test_staff_login_cookie_and_csrf(staff_client: TestClient) -> None:
    assert sign_in(staff_client, "wrong password") == ""
    csrf = sign_in(staff_client)
    cookie = staff_client.cookies.jar
    assert csrf and any(c.name == "clinic_staff" for c in cookie)
    page = staff_client.get("/staff")
    assert page.status_code == 200 and 'data-testid="staff-queue"' in page.text
    # One address for both pages: no cache may keep either.
    assert page.headers["cache-control"] == "no-store"
    no_token = staff_client.post("/staff/queue/1/status", json={"status": "out_of_scope"})
    assert no_token.status_code == 403
    with_token = staff_client.post(
        "/staff/queue/999/status", json={"status": "out_of_scope"}, headers={"X-CSRF-Token": csrf}
    )
    assert with_token.status_code == 404  # signed in and the token accepted: no such question


def test_staff_set_cookie_is_http_only_same_site(staff_client: TestClient) -> None:
    csrf = staff_client.get("/staff/session").json()["csrf"]
    response = staff_client.post(
        "/staff/login",
        json={"name": "reception", "password": PASSWORD},
        headers={"X-CSRF-Token": csrf},
    )
    header = response.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=strict" in header and "max-age=28800" in header


def test_staff_login_rate_limited(staff_client: TestClient) -> None:
    codes = [
        staff_client.post(
            "/staff/login",
            json={"name": "reception", "password": "guess"},
            headers={"X-CSRF-Token": staff_client.get("/staff/session").json()["csrf"]},
        ).status_code
        for _ in range(6)
    ]
    assert codes[:4] == [401] * 4 and codes[-1] == 429


def test_api_key_lifts_rate_limit(staff_client: TestClient) -> None:
    key = staff_client.app.state.test_key  # type: ignore[attr-defined]
    plain = [staff_client.get("/search", params={"q": "sun"}).status_code for _ in range(4)]
    keyed = [
        staff_client.get(
            "/search", params={"q": "sun"}, headers={"Authorization": f"Bearer {key}"}
        ).status_code
        for _ in range(6)
    ] + [staff_client.get("/search", params={"q": "sun"}, headers={"X-API-Key": key}).status_code]
    assert plain[-1] == 429 and set(keyed) == {200}


def test_urgent_message_listed_for_staff_and_marked_seen(staff_client: TestClient) -> None:
    reply = staff_client.post("/chat", json={"message": "my cheek is oozing pus, I'm Imogen"})
    assert reply.json()["kind"] == "urgent"
    staff_client.post("/chat", json={"message": "how many sessions"})  # not urgent: not listed
    staff_client.app.state.urgent.flush()  # type: ignore[attr-defined]
    csrf = sign_in(staff_client)
    # Staff asking on their own page are the person the list would tell: not kept.
    assert staff_client.post(
        "/chat", json={"message": "my whole face has swollen up and is hot"}
    ).json()["kind"] == ("urgent")
    staff_client.app.state.urgent.flush()  # type: ignore[attr-defined]
    (message,) = staff_client.get("/staff/urgent").json()["messages"]
    assert message["text"].startswith("my cheek is oozing pus") and message["seen_at"] is None
    assert "Imogen" not in message["text"] and "[NAME]" in message["text"]
    assert message["asked"].endswith("+00:00")
    path = f"/staff/urgent/{message['id']}/seen"
    assert staff_client.post(path).status_code == 403  # no CSRF token
    assert staff_client.post(path, headers={"X-CSRF-Token": csrf}).json() == {"seen": 1}
    assert staff_client.post(path, headers={"X-CSRF-Token": csrf}).status_code == 404
    (seen,) = staff_client.get("/staff/urgent").json()["messages"]
    assert seen["seen_by"] == "reception" and seen["seen_at"] is not None


def test_queue_attach_and_feedback_counts(staff_client: TestClient) -> None:
    body = staff_client.post("/chat", json={"message": "do you take debit cards?"}).json()
    assert body["kind"] == "not_found"
    answer = staff_client.post("/chat", json={"message": "how many sessions"})
    citation = answer.json()["citations"][0]
    assert answer.headers["x-index-version"].startswith("v") and "reviewed" in citation
    vote = {
        "vote": "down",
        "reason": "unclear",
        "index_version": answer.headers["x-index-version"],
        "citations": [{k: citation[k] for k in ("source", "start", "end")}],
    }
    assert staff_client.post("/feedback", json=vote).status_code == 204
    staff_client.app.state.gap_queue.flush()  # type: ignore[attr-defined]
    csrf = sign_in(staff_client)
    (group,) = staff_client.get("/staff/queue").json()["groups"]
    assert group["text"] == "do you take debit cards?" and group["count"] == 1
    key = {"X-API-Key": staff_client.app.state.test_key}  # type: ignore[attr-defined]
    search = staff_client.get("/search", params={"q": "payment", "k": 1}, headers=key)
    passage = search.json()["results"][0]
    attached = staff_client.post(
        f"/staff/queue/{group['id']}/attach",
        json={k: passage[k] for k in ("source", "start", "end")},
        headers={"X-CSRF-Token": csrf},
    )
    assert attached.status_code == 200, attached.text
    variants = Path(staff_client.app.state.settings.corpus_path, "also-asked.jsonl")  # type: ignore[attr-defined]
    line = json.loads(variants.read_text().splitlines()[-1])
    assert line["question"] == group["text"] and line["quote"] in passage["text"]
    # Anchored to the passage's sentence the model places nearest the question.
    engine = staff_client.app.state.engine  # type: ignore[attr-defined]
    text = document_text(staff_client.app.state.settings, passage["source"])  # type: ignore[attr-defined]
    assert text is not None
    sentences = [
        text[u.start : u.end]
        for u in units_of(text)
        if passage["start"] <= u.start and u.end <= passage["end"] and u.role != "heading"
    ]
    assert line["quote"] == answering_quote(group["text"], sentences, engine.embedder.embed)
    assert staff_client.get("/staff/queue").json()["groups"] == []
    (row,) = staff_client.get("/staff/feedback").json()["passages"]
    assert row["down"] == 1 and row["quote"] == citation["quote"]
    variants.unlink()


def test_a_greeting_or_a_thanks_is_not_queued(staff_client: TestClient) -> None:
    # They ask nothing: prompted for a question, and no gap in the documents for staff to fill.
    for message in ("hello!", "ok thanks"):  # three messages a minute in this app
        body = staff_client.post("/chat", json={"message": message}).json()
        assert body["kind"] == "not_found" and not body["citations"]
    staff_client.post("/chat", json={"message": "could I split the bill with a friend?"})
    staff_client.app.state.gap_queue.flush()  # type: ignore[attr-defined]
    sign_in(staff_client)
    groups = staff_client.get("/staff/queue").json()["groups"]
    assert [group["text"] for group in groups] == ["could I split the bill with a friend?"]


def test_a_message_partly_not_covered_is_queued_as_not_covered(staff_client: TestClient) -> None:
    message = "does it sting at all? and is there a loyalty scheme"
    body = staff_client.post("/chat", json={"message": message}).json()
    assert body["kind"] == "answer" and body["not_covered"]
    staff_client.app.state.gap_queue.flush()  # type: ignore[attr-defined]
    sign_in(staff_client)
    (group,) = staff_client.get("/staff/queue").json()["groups"]
    assert group["text"] == message and group["reasons"] == ["not_found"]


def test_queue_out_of_scope_joins_the_declined_questions(staff_client: TestClient) -> None:
    assert (
        staff_client.post("/chat", json={"message": "do you take debit cards?"}).json()["kind"]
        == "not_found"
    )
    staff_client.app.state.gap_queue.flush()  # type: ignore[attr-defined]
    csrf = sign_in(staff_client)
    (group,) = staff_client.get("/staff/queue").json()["groups"]
    declined = Path(staff_client.app.state.settings.corpus_path, "declined.jsonl")  # type: ignore[attr-defined]
    before = declined.read_text() if declined.exists() else None
    try:
        changed = staff_client.post(
            f"/staff/queue/{group['id']}/status",
            json={"status": "out_of_scope"},
            headers={"X-CSRF-Token": csrf},
        )
        assert changed.status_code == 200, changed.text
        # Stamped with the documents it was declined against (refused as asked until they change).
        settings = staff_client.app.state.settings  # type: ignore[attr-defined]
        documents = load_corpus(settings.corpus_path, max_bytes=settings.max_file_bytes)
        assert json.loads(declined.read_text().splitlines()[-1]) == {
            "question": group["text"],
            "documents": documents_digest(documents),
        }
        assert staff_client.get("/staff/queue").json()["groups"] == []
    finally:  # the corpus copy is the session's
        if before is None:
            declined.unlink(missing_ok=True)
        else:
            declined.write_text(before)


def test_glossary_refused_signed_out_and_without_the_csrf_token(staff_client: TestClient) -> None:
    line = {"patient": "pricey", "documents": "costs"}
    assert staff_client.get("/staff/glossary").status_code == 401
    assert staff_client.put("/staff/glossary", json=line).status_code in (401, 403)
    assert staff_client.delete("/staff/glossary", params={"patient": "x"}).status_code in (401, 403)
    sign_in(staff_client)
    assert staff_client.put("/staff/glossary", json=line).status_code == 403
    assert staff_client.delete("/staff/glossary", params={"patient": "x"}).status_code == 403


def test_queue_names_unfamiliar_words_and_the_glossary_saves_and_removes(
    staff_client: TestClient,
) -> None:
    asked = "are there contraindications?"
    assert staff_client.post("/chat", json={"message": asked}).json()["kind"] == "not_found"
    staff_client.app.state.gap_queue.flush()  # type: ignore[attr-defined]
    csrf = {"X-CSRF-Token": sign_in(staff_client)}
    (group,) = staff_client.get("/staff/queue").json()["groups"]
    assert [w["word"] for w in group["unfamiliar"]] == ["contraindications"]
    glossary = Path(staff_client.app.state.settings.corpus_path, "glossary.jsonl")  # type: ignore[attr-defined]
    before = glossary.read_text(encoding="utf-8")
    try:
        line = {"patient": "Contraindications", "documents": "not recommended"}
        saved = staff_client.put("/staff/glossary", json=line, headers=csrf)
        assert saved.json() == {"patient": "contraindications", "documents": "not recommended"}
        assert {**saved.json(), "unused": []} in staff_client.get("/staff/glossary").json()["lines"]
        # A line typed by hand is listed with the words of it no document uses.
        glossary.write_text(
            glossary.read_text(encoding="utf-8")
            + '{"patient": "warp", "documents": "hyperspace"}\n',
            encoding="utf-8",
        )
        listed = staff_client.get("/staff/glossary").json()["lines"]
        assert {"patient": "warp", "documents": "hyperspace", "unused": ["hyperspace"]} in listed
        assert all(
            line["unused"] == [] for line in listed if line["patient"] == "contraindications"
        )
        unused = {"patient": "warp", "documents": "hyperspace drive"}
        refused = staff_client.put("/staff/glossary", json=unused, headers=csrf)
        assert refused.status_code == 422 and "never use 'hyperspace'" in refused.json()["detail"]
        for gone in ({"patient": "contraindications"}, {"patient": "warp"}):
            removed = staff_client.delete("/staff/glossary", params=gone, headers=csrf)
            assert removed.status_code == 200
            again = staff_client.delete("/staff/glossary", params=gone, headers=csrf)
            assert again.status_code == 404
        assert glossary.read_text(encoding="utf-8") == before
    finally:  # the corpus copy is the session's
        glossary.write_text(before, encoding="utf-8")


def test_reviews_and_source_view(staff_client: TestClient) -> None:
    sign_in(staff_client)
    documents = staff_client.get("/staff/reviews").json()["documents"]
    assert documents and all(d["overdue"] for d in documents if d["reviewed"] is None)
    source = documents[0]["source"]
    text = staff_client.get("/source/text", params={"path": source}).json()["text"]
    assert text.startswith(("#", "---"))
    for bad in ("../pyproject.toml", "corpus/../pyproject.toml", "/etc/passwd"):
        assert staff_client.get("/source/text", params={"path": bad}).status_code == 404
    page = staff_client.get("/source")
    assert (
        page.status_code == 200
        and "frame-ancestors 'none'" in page.headers["content-security-policy"]
    )


def test_queue_says_which_questions_the_documents_answer_now(staff_client: TestClient) -> None:
    # Queued as not covered before a document was added or changed (offered here as the chat
    # route offers it): the served documents answer one of them now, not the other.
    queue = staff_client.app.state.gap_queue  # type: ignore[attr-defined]
    queue.offer("roughly when does the pinkness settle down", "not_found")
    queue.offer("could I split the bill with a friend?", "not_found")
    queue.flush()
    csrf = sign_in(staff_client)
    groups = {g["text"]: g for g in staff_client.get("/staff/queue").json()["groups"]}
    assert groups["roughly when does the pinkness settle down"]["answered_now"] is True
    assert groups["could I split the bill with a friend?"]["answered_now"] is False
    # Closed as answered: off the open list, and no declined line written.
    declined = Path(staff_client.app.state.settings.corpus_path, "declined.jsonl")  # type: ignore[attr-defined]
    before = declined.read_text(encoding="utf-8") if declined.exists() else ""
    done = groups["roughly when does the pinkness settle down"]["id"]
    changed = staff_client.post(
        f"/staff/queue/{done}/status", json={"status": "answered"}, headers={"X-CSRF-Token": csrf}
    )
    assert changed.status_code == 200, changed.text
    texts = [g["text"] for g in staff_client.get("/staff/queue").json()["groups"]]
    assert texts == ["could I split the bill with a friend?"]
    assert (declined.read_text(encoding="utf-8") if declined.exists() else "") == before
