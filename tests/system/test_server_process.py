"""The real server.py as a process, over HTTP: embedded Chroma, and a `chroma run` server."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.config import PROJECT_ROOT, Settings

from .servers import assistant_server, chroma_server, environment, free_port, wait_for

pytestmark = pytest.mark.slow


def test_server_process_answers_over_http(built: Settings, tmp_path: Path) -> None:
    with assistant_server(
        tmp_path / "server.log", corpus_dir=str(built.corpus_path), index_dir=str(built.index_path)
    ) as base:
        wait_for(f"{base}/ready")
        reply = httpx.post(
            f"{base}/chat", json={"message": "how long is redness"}, timeout=30
        ).json()
        assert reply["kind"] == "answer" and reply["citations"] and reply["referral"]
        assert httpx.post(f"{base}/chat", json={"message": ""}, timeout=10).status_code == 422
        assert httpx.get(f"{base}/widget.js", timeout=10).status_code == 200
    log = (tmp_path / "server.log").read_text()
    assert "route=/chat status=200" in log and "how long is redness" not in log
    access = [line for line in log.splitlines() if "route=" in line]
    assert access and all(re.match(r"\S+ \S+ INFO assistant\.access: rid=", a) for a in access)


def test_server_refuses_workers_without_chroma_server(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "server.py"), "--workers", "2"],
        env=environment(index_dir=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        result.returncode == 2
        and "ASSISTANT_CHROMA_URL" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_chroma_server_ingest_two_workers_outage_and_recovery(
    documents_only: Settings, tmp_path: Path
) -> None:
    port = free_port()
    data = tmp_path / "chroma-data"
    chroma_log = tmp_path / "chroma.log"
    with chroma_server(data, chroma_log, port) as (url, _):
        ingest = subprocess.run(
            [sys.executable, str(PROJECT_ROOT / "ingest.py")],
            capture_output=True,
            text=True,
            timeout=300,
            env=environment(
                corpus_dir=str(documents_only.corpus_path),
                index_dir=str(tmp_path / "index"),
                chroma_url=url,
            ),
        )
        assert ingest.returncode == 0, ingest.stderr
        assert "4 documents" in ingest.stdout

        with assistant_server(
            tmp_path / "server.log",
            "--workers",
            "2",
            corpus_dir=str(documents_only.corpus_path),
            index_dir=str(tmp_path / "index"),
            chroma_url=url,
            request_timeout_s="5",
        ) as base:
            wait_for(f"{base}/ready")
            replies = [
                httpx.post(f"{base}/chat", json={"message": "how many sessions"}, timeout=30).json()
                for _ in range(6)
            ]  # spread over both workers
            assert all(r["kind"] == "answer" and "three to five" in r["answer"] for r in replies)

            # The Chroma server goes away: /ready fails fast with 503, nothing hangs.
            _.terminate()
            _.wait(timeout=30)
            started = time.monotonic()
            statuses = {httpx.get(f"{base}/ready", timeout=15).status_code for _ in range(4)}
            assert statuses == {503} and time.monotonic() - started < 30

            # It comes back on the same port and data: the service recovers by itself.
            with chroma_server(data, chroma_log, port):
                wait_for(f"{base}/ready", timeout=60)
                again = httpx.post(
                    f"{base}/chat", json={"message": "how many sessions"}, timeout=30
                ).json()
                assert again["kind"] == "answer"
