"""The Chroma server fails while the assistant serves: paused (SIGSTOP: connections hang) and
stopped (connections refused). /ready, /chat and /search answer 503 within the request deadline,
with Retry-After and no traceback, and recover by themselves once Chroma is back.

Extends tests/test_server_process.py (which covers /ready after a stop) with /chat and /search,
a hung server and the timings.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import httpx
import pytest

from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.ingest.indexing import ingest
from tests.helpers import make_settings

from .running import server_process
from .servers import chroma_server, free_port, wait_for

pytestmark = pytest.mark.slow

DEADLINE_S = 3.0  # ASSISTANT_REQUEST_TIMEOUT_S for this server
SLACK_S = 2.0  # HTTP and scheduling on a busy 2-core machine


def _outage_requests(base: str, round_: int) -> list[tuple[httpx.Response, float]]:
    """/ready, /chat and /search once each, with how long each took."""
    timed = []
    for method, path, kwargs in (
        ("GET", "/ready", {}),
        ("POST", "/chat", {"json": {"message": f"how long does redness last {round_}"}}),
        ("GET", "/search", {"params": {"q": f"sunscreen after treatment {round_}"}}),
    ):
        started = time.monotonic()
        response = httpx.request(method, f"{base}{path}", timeout=30, **kwargs)  # type: ignore[arg-type]
        timed.append((response, time.monotonic() - started))
    return timed


def _assert_fast_503(timed: list[tuple[httpx.Response, float]], what: str) -> None:
    for response, seconds in timed:
        path = response.request.url.path
        assert response.status_code == 503, (what, path, response.text)
        assert seconds <= DEADLINE_S + SLACK_S, (what, path, seconds)
        assert response.json()["detail"] and "Traceback" not in response.text
        assert int(response.headers["Retry-After"]) >= 1


def _assert_answers(base: str) -> None:
    reply = httpx.post(f"{base}/chat", json={"message": "how many sessions"}, timeout=30).json()
    assert reply["kind"] == "answer" and "three to five" in reply["answer"]


def test_chroma_paused_or_stopped_answers_503_within_deadline_and_recovers(
    documents_only: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    port = free_port()
    data = tmp_path / "chroma-data"
    chroma_log = tmp_path / "chroma.log"
    timings: dict[str, float] = {}
    with chroma_server(data, chroma_log, port) as (url, chroma):
        settings = make_settings(tmp_path, corpus_dir=documents_only.corpus_path, chroma_url=url)
        ingest(settings, embed=embedder.embed)
        with server_process(
            tmp_path / "server.log",
            corpus_dir=str(documents_only.corpus_path),
            index_dir=str(tmp_path / "index"),
            chroma_url=url,
            request_timeout_s=str(DEADLINE_S),
        ) as server:
            _assert_answers(server.base)

            # Paused: every connection to Chroma hangs; the deadline answers instead.
            chroma.send_signal(signal.SIGSTOP)
            try:
                timed = _outage_requests(server.base, 1)
                _assert_fast_503(timed, "paused")
                timings["paused"] = max(seconds for _, seconds in timed)
            finally:
                chroma.send_signal(signal.SIGCONT)
            wait_for(f"{server.base}/ready", timeout=60)
            _assert_answers(server.base)

            # Stopped: connections refused; 503 at once, then back on the same port and data.
            chroma.terminate()
            chroma.wait(timeout=30)
            time.sleep(2.2)  # past the engine's pointer check: Chroma is asked again
            timed = _outage_requests(server.base, 2)
            _assert_fast_503(timed, "stopped")
            timings["stopped"] = max(seconds for _, seconds in timed)
            with chroma_server(data, chroma_log, port):
                started = time.monotonic()
                wait_for(f"{server.base}/ready", timeout=60)
                timings["recovered"] = time.monotonic() - started
                _assert_answers(server.base)
    log = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "status=500" not in log
    assert log.count("status=503") >= 6
    print(
        "chroma outage: slowest 503 while paused {paused:.2f} s, while stopped {stopped:.2f} s "
        "(deadline {deadline} s); ready again {recovered:.2f} s after restart".format(
            deadline=DEADLINE_S, **timings
        )
    )
