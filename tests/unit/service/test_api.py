"""Contract tests (CONTRACT.md) for every route and every error, in process with TestClient."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.answering.engine import Engine
from assistant.config import PROJECT_ROOT
from assistant.index.embedding import Embedder
from assistant.service.app import create_app
from tests.helpers import make_settings


def test_chat_answer_follows_contract(client: TestClient) -> None:
    response = client.post("/chat", json={"message": "  how many sessions  "})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"kind", "answer", "citations", "referral", "text", "not_covered"}
    assert body["kind"] == "answer" and "\n" not in body["answer"] and body["referral"]
    assert body["not_covered"] == ""
    for citation in body["citations"]:
        assert set(citation) == {
            "n",
            "source",
            "title",
            "start",
            "end",
            "quote",
            "score",
            "reviewed",
        }
        text = (PROJECT_ROOT / citation["source"]).read_bytes().decode("utf-8")
        assert text[citation["start"] : citation["end"]] == citation["quote"]
        assert f"[{citation['n']}]" in body["answer"]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        pytest.param("what is the capital city of peru?", "not_found", id="out-of-scope"),
        pytest.param("my cheek is oozing pus since yesterday", "urgent", id="urgent"),
    ],
)
def test_chat_other_kinds(client: TestClient, message: str, kind: str) -> None:
    body = client.post("/chat", json={"message": message}).json()
    assert (
        body["kind"] == kind
        and body["citations"] == []
        and body["answer"] == ""
        and body["referral"]
    )


@pytest.mark.parametrize(
    ("payload", "field", "rule"),
    [
        pytest.param({}, "message", "is required", id="missing"),
        pytest.param({"message": "   "}, "message", "must not be empty", id="blank"),
        pytest.param({"message": "x" * 1001}, "message", "at most 1000", id="too-long"),
        pytest.param({"message": 42}, "message", "must be a string", id="not-a-string"),
        pytest.param(
            {"message": "hi", "session_id": "no spaces!"},
            "session_id",
            "A-Z a-z 0-9",
            id="bad-session",
        ),
        pytest.param(
            {"message": "hi", "session_id": "a" * 65},
            "session_id",
            "A-Z a-z 0-9",
            id="long-session",
        ),
        pytest.param(["a list"], "body", "JSON object", id="not-an-object"),
    ],
)
def test_chat_invalid_request_names_field_and_rule_without_echo(
    client: TestClient, payload: object, field: str, rule: str
) -> None:
    response = client.post("/chat", json=payload)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.startswith(field) and rule in detail
    assert "no spaces!" not in response.text and "xxxxxxxx" not in response.text


def test_chat_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/chat", content=b'{"message": "my secret', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422 and "my secret" not in response.text


def test_chat_body_over_16_kib_is_413_before_parsing(client: TestClient) -> None:
    big = b'{"message": "' + b"a" * 17000 + b'"}'
    response = client.post("/chat", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["detail"]

    def chunks():  # no Content-Length: counted as it streams
        yield b'{"message": "'
        for _ in range(20):
            yield b"a" * 1024
        yield b'"}'

    streamed = client.post("/chat", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_search_ranks_passages(client: TestClient) -> None:
    body = client.get("/search", params={"q": "retinol after treatment", "k": 3}).json()
    assert 1 <= len(body["results"]) <= 3
    scores = [r["score"] for r in body["results"]]
    assert scores == sorted(scores, reverse=True)
    first = body["results"][0]
    text = (PROJECT_ROOT / first["source"]).read_bytes().decode("utf-8")
    assert (
        text[first["start"] : first["end"]] == first["text"] and "retino" in first["text"].lower()
    )


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "  "},
        {"q": "sun", "k": 0},
        {"q": "sun", "k": 21},
        {"q": "sun", "k": "many"},
        {},
    ],
)
def test_search_invalid_is_422(client: TestClient, params: dict[str, object]) -> None:
    response = client.get("/search", params=params)
    assert response.status_code == 422 and isinstance(response.json()["detail"], str)


def test_health_and_ready(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready").json()
    assert ready["status"] == "ready" and ready["documents"] == 4 and ready["chunks"] > 200
    assert ready["model"] == "all-MiniLM-L6-v2" and ready["index_version"].startswith("v")


def test_pages_and_openapi(client: TestClient) -> None:
    widget = client.get("/widget.js")
    assert widget.status_code == 200 and "javascript" in widget.headers["content-type"]
    for page in ("/chat-ui", "/demo", "/source"):
        response = client.get(page)
        assert response.status_code == 200 and "text/html" in response.headers["content-type"], page
        assert "frame-ancestors" in response.headers["content-security-policy"]
    assert "/chat" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200
    # The address the server prints on start leads to the demo page.
    bare = client.get("/", follow_redirects=False)
    assert bare.status_code == 307 and bare.headers["location"] == "/demo"


def test_no_index_answers_503_telling_to_ingest(tmp_path: Path, embedder: Embedder) -> None:
    settings = make_settings(tmp_path)
    with TestClient(create_app(settings, engine=Engine(settings, embedder=embedder))) as client:
        for response in (
            client.post("/chat", json={"message": "how many sessions"}),
            client.get("/search", params={"q": "sun"}),
            client.get("/ready"),
        ):
            assert response.status_code == 503
            assert "ingest" in response.json()["detail"] and "Traceback" not in response.text
        assert client.get("/health").status_code == 200


def test_rate_limit_answers_429_with_retry_after(built, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    limited = built.model_copy(update={"rate_limit": "3/minute"})
    with TestClient(create_app(limited, engine=engine)) as client:
        statuses = [client.get("/search", params={"q": "sun"}).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        response = client.post("/chat", json={"message": "sun"})
        assert response.status_code == 429 and int(response.headers["Retry-After"]) >= 1


def test_cors_allows_only_listed_origins(built, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    allowed = built.model_copy(update={"cors_origins": "https://clinic.example"})
    with TestClient(create_app(allowed, engine=engine)) as client:
        ok = client.options(
            "/chat",
            headers={"Origin": "https://clinic.example", "Access-Control-Request-Method": "POST"},
        )
        assert ok.headers.get("access-control-allow-origin") == "https://clinic.example"
        other = client.options(
            "/chat",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in other.headers
    with TestClient(create_app(built, engine=engine)) as client:  # default: no origin allowed
        response = client.post(
            "/chat", json={"message": "sun"}, headers={"Origin": "https://clinic.example"}
        )
        assert "access-control-allow-origin" not in response.headers


def test_logs_hold_no_message_text(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    secret = "Jane Placeholder 07700 900123 jane@example.org"
    with caplog.at_level(logging.DEBUG):
        client.post("/chat", json={"message": f"{secret} how many sessions"})
        client.post("/chat", json={"message": f"{secret} " * 100})
        client.get("/search", params={"q": secret})
    # The test client logs its own request URLs; only the server's records are ours to check.
    lines = [r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert any("route=/chat status=200" in line and "length=" in line for line in lines)
    assert all(part not in line for line in lines for part in ("Jane", "07700", "jane@example"))
