"""Faults: an ingest killed half-way, a damaged or missing index at start, SIGTERM under load.

Real processes throughout: `python ingest.py` and `python server.py` on 127.0.0.1, the real
model and real embedded Chroma.
"""

from __future__ import annotations

import json
import logging
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.answering.engine import POINTER_CHECK_S, Engine, Reply
from assistant.answering.search import find_passages
from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import IndexNotReady
from assistant.index.embedding import Embedder
from assistant.index.store import Store
from assistant.ingest.indexing import ingest
from assistant.service.app import create_app
from tests.helpers import make_settings

from .running import generated_document, server_process, wait_until
from .servers import environment, wait_for

pytestmark = pytest.mark.slow

QUESTIONS = (
    "how many sessions",
    "how long is redness",
    "can I wear makeup after",
    "what is the capital city of peru?",
    "my cheek is oozing pus since yesterday",
)
GENERATED = 12  # documents added before the killed ingests: ~200 chunks to embed


def _replies(engine: Engine) -> list[Reply]:
    return [engine.reply(question) for question in QUESTIONS]


def _snapshot(store: Store, version: str) -> dict[str, tuple[str, bytes]]:
    """Every record of a version: id -> (text, vector bytes)."""
    opened = store.open(version)
    return {
        r.id: (r.text, r.embedding.tobytes())
        for kind in ("passages", "sentences")
        for r in opened.all(kind, embeddings=True)
    }


def _copy_index(source: Settings, root: Path) -> Settings:
    shutil.copytree(source.corpus_path, root / "corpus")
    shutil.copytree(source.index_path, root / "index")
    return make_settings(root)


def _paused_ingest(
    settings: Settings, phase: str, flag: Path, log: Path
) -> subprocess.Popen[bytes]:
    """The real ingest.py in a process that pauses half-way through phase (tests/ingest_pausing)."""
    with log.open("w") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.system.ingest_pausing", phase, str(flag)],
            env=environment(
                corpus_dir=str(settings.corpus_path), index_dir=str(settings.index_path)
            ),
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT,
        )


# -- (a) an ingest killed half-way ------------------------------------------------------------


def test_ingest_killed_while_embedding_and_while_writing_old_index_serves_next_run_clean(
    documents_only: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    settings = _copy_index(documents_only, tmp_path)
    store = Store(settings.index_path)
    serving = store.current()
    assert serving
    pointer_bytes = (settings.index_path / "CURRENT").read_bytes()
    records = _snapshot(store, serving)
    engine = Engine(settings, embedder=embedder)  # stays up through every kill
    expected = _replies(engine)
    for number in range(GENERATED):
        path = settings.corpus_path / f"generated-{number:03d}.md"
        path.write_text(generated_document(number), encoding="utf-8")

    for phase in ("embedding", "writing"):
        flag = tmp_path / f"paused-{phase}"
        process = _paused_ingest(settings, phase, flag, tmp_path / f"ingest-{phase}.log")
        try:
            # Half the new texts embedded / the passages written, when the flag appears.
            assert wait_until(flag.exists, timeout=300), (
                tmp_path / f"ingest-{phase}.log"
            ).read_text()
            assert process.poll() is None
            new_folders = set(store.versions()) - {serving}
            assert bool(new_folders) is (phase == "writing")
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert process.returncode == -signal.SIGKILL

        # Zero bytes lost: the pointer, every record and vector, every answer, as before.
        assert (settings.index_path / "CURRENT").read_bytes() == pointer_bytes
        assert _snapshot(store, serving) == records
        assert _replies(engine) == expected
        assert _replies(Engine(settings, embedder=embedder)) == expected

    finished = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "ingest.py")],
        env=environment(corpus_dir=str(settings.corpus_path), index_dir=str(settings.index_path)),
        capture_output=True,
        text=True,
        timeout=600,
        cwd=PROJECT_ROOT,
    )
    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stderr and "published" in finished.stdout
    assert f"{GENERATED + 4} documents" in finished.stdout
    pointer = store.pointer()
    assert pointer["previous"] == serving and pointer["current"] != serving
    assert set(store.versions()) == {pointer["current"], serving}, "orphan version folders"
    assert not list(settings.index_path.rglob("*.tmp"))
    # The engine that served through it all follows the new version by itself.
    time.sleep(POINTER_CHECK_S + 0.2)
    assert engine.status()["index_version"] == pointer["current"]
    hit = find_passages(engine.retriever(), "token7x1x2", 3)[0]
    assert hit.source.endswith("generated-007.md") and "token7x1x2" in hit.text
    assert [r.kind for r in _replies(engine)] == [r.kind for r in expected]
    print(
        f"ingest kill: 2 SIGKILLs survived (half-way through embedding, half-way through "
        f"writing); {len(records)} records and vectors, the pointer and {len(QUESTIONS)} answers "
        f"unchanged after each (0 bytes lost); next run: {finished.stdout.strip()}"
    )


# -- (c) a damaged or missing index at start --------------------------------------------------


def _current_folder(index: Path) -> Path:
    current = json.loads((index / "CURRENT").read_text(encoding="utf-8"))["current"]
    return index / "versions" / current


def _garbage_pointer(index: Path) -> None:
    (index / "CURRENT").write_bytes(b"\x00\xff{not json")


def _pointer_not_an_object(index: Path) -> None:
    (index / "CURRENT").write_text('["v1", "v2"]', encoding="utf-8")


def _pointer_to_deleted_version(index: Path) -> None:
    shutil.rmtree(_current_folder(index))


def _sqlite_header_garbage(index: Path) -> None:
    sqlite = _current_folder(index) / "chroma" / "chroma.sqlite3"
    sqlite.write_bytes(b"this is not a database " * 200 + sqlite.read_bytes()[4600:])


def _sqlite_pages_garbage(index: Path) -> None:
    sqlite = _current_folder(index) / "chroma" / "chroma.sqlite3"
    data = bytearray(sqlite.read_bytes())
    # The middle half of the file: whatever the tables' sizes, pages the index's reads need
    # (64 KB at the middle fell in full-text pages no read touches once the keys table grew).
    start, end = len(data) // 4, 3 * len(data) // 4
    data[start:end] = b"\xa5" * (end - start)
    sqlite.write_bytes(bytes(data))


def _index_folder_missing(index: Path) -> None:
    shutil.rmtree(index)


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    "garbage-pointer": _garbage_pointer,
    "pointer-not-an-object": _pointer_not_an_object,
    "pointer-to-deleted-version": _pointer_to_deleted_version,
    "sqlite-header-garbage": _sqlite_header_garbage,
    "index-folder-missing": _index_folder_missing,
}


def _assert_503_to_ingest(responses: list[Any], name: str) -> None:  # httpx or httpx2
    for response in responses:
        assert response.status_code == 503, (name, response.text)
        detail = response.json()["detail"]
        assert "ingest" in detail and "Traceback" not in response.text, (name, detail)


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_damaged_or_missing_index_at_start_answers_503_to_run_the_ingest(
    documents_only: Settings,
    embedder: Embedder,
    tmp_path: Path,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = _copy_index(documents_only, tmp_path)
    CORRUPTIONS[name](settings.index_path)
    engine = Engine(settings, embedder=embedder)
    with caplog.at_level(logging.INFO), TestClient(create_app(settings, engine=engine)) as client:
        _assert_503_to_ingest(
            [
                client.get("/ready"),
                client.post("/chat", json={"message": "how many sessions"}),
                client.get("/search", params={"q": "sunscreen"}),
            ],
            name,
        )
        assert client.get("/health").status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def test_damaged_index_server_process_starts_answers_503_and_an_ingest_repairs_it(
    documents_only: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    roots = {name: tmp_path / name for name in ("garbage-pointer", "sqlite-header-garbage")}
    for name, root in roots.items():
        _copy_index(documents_only, root)
        CORRUPTIONS[name](root / "index")
    with ExitStack() as stack:
        servers = {  # started together: the two cores share the model loading
            name: stack.enter_context(
                server_process(
                    root / "server.log",
                    ready=False,
                    corpus_dir=str(root / "corpus"),
                    index_dir=str(root / "index"),
                )
            )
            for name, root in roots.items()
        }
        for name, server in servers.items():
            _assert_503_to_ingest(
                [
                    httpx.get(f"{server.base}/ready", timeout=30),
                    httpx.post(
                        f"{server.base}/chat", json={"message": "how many sessions"}, timeout=30
                    ),
                    httpx.get(f"{server.base}/search", params={"q": "sunscreen"}, timeout=30),
                ],
                name,
            )
            assert server.process.poll() is None, name
        # The pointer was garbage: the ingest the 503 asks for rebuilds it, and the running
        # server follows the new version by itself. (A damaged version folder with an unchanged
        # corpus is not rebuilt: see the xfail below.)
        garbage = roots["garbage-pointer"]
        assert ingest(make_settings(garbage), embed=embedder.embed).changed
        wait_for(f"{servers['garbage-pointer'].base}/ready", timeout=30)
        reply = httpx.post(
            f"{servers['garbage-pointer'].base}/chat",
            json={"message": "how many sessions"},
            timeout=30,
        ).json()
        assert reply["kind"] == "answer"
    for name, root in roots.items():
        log = (root / "server.log").read_text(encoding="utf-8")
        assert "Application startup complete" in log and "not ready yet" in log, name
        assert "Traceback" not in log and "status=500" not in log, name


def test_ingest_repairs_a_damaged_version_with_unchanged_corpus(
    documents_only: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    settings = _copy_index(documents_only, tmp_path)
    _sqlite_header_garbage(settings.index_path)
    with pytest.raises(IndexNotReady, match="ingest"):
        Engine(settings, embedder=embedder).reply("how many sessions")
    ingest(settings, embed=embedder.embed)
    assert Engine(settings, embedder=embedder).reply("how many sessions").kind == "answer"


def test_damaged_version_pages_tell_to_run_the_ingest(
    documents_only: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    settings = _copy_index(documents_only, tmp_path)
    _sqlite_pages_garbage(settings.index_path)
    with pytest.raises(IndexNotReady, match="ingest"):
        Engine(settings, embedder=embedder).reply("how many sessions")


# -- (d) SIGTERM under load -------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    started: float
    ended: float
    status: int | None  # None: the connection was refused or closed
    error: str = ""


def test_sigterm_under_load_finishes_in_flight_refuses_new_and_exits_0(
    documents_only: Settings, tmp_path: Path
) -> None:
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    signalled = threading.Event()
    messages = ["how long is redness", "can I go running after microneedling", "sunscreen?"]

    def client(number: int, base: str) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            for attempt in range(10_000):  # bounded; ends at the first refusal after the signal
                started = time.monotonic()
                try:
                    # Unique text: no cached query vector, every request does the real work.
                    message = f"{messages[(number + attempt) % len(messages)]} {number}-{attempt}"
                    status: int | None = http.post("/chat", json={"message": message}).status_code
                    error = ""
                except httpx.TransportError as exc:
                    status, error = None, type(exc).__name__
                with lock:
                    outcomes.append(Outcome(started, time.monotonic(), status, error))
                if status is None and signalled.is_set():
                    return
                if status is None:
                    time.sleep(0.05)

    with server_process(
        tmp_path / "server.log",
        corpus_dir=str(documents_only.corpus_path),
        index_dir=str(documents_only.index_path),
        max_concurrency="1",  # requests queue in the server: many are in flight at the signal
    ) as server:
        threads = [
            threading.Thread(target=client, args=(n, server.base), daemon=True) for n in range(12)
        ]
        for thread in threads:
            thread.start()
        time.sleep(2.0)
        signalled_at = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        signalled.set()
        exit_code = server.process.wait(timeout=60)
        exited_at = time.monotonic()
        for thread in threads:
            thread.join(timeout=60)
        with pytest.raises(httpx.ConnectError):
            httpx.post(f"{server.base}/chat", json={"message": "how many sessions"}, timeout=5)

    assert exit_code == 0 and not any(thread.is_alive() for thread in threads)
    assert all(o.status is None or o.status < 500 for o in outcomes), "a 5xx"
    before = [o for o in outcomes if o.ended < signalled_at]
    in_flight = [o for o in outcomes if o.started < signalled_at - 0.05 < signalled_at < o.ended]
    # Sent after the signal: served while uvicorn notices it (a few ms), then refused.
    after = [o for o in outcomes if o.started > signalled_at and o not in in_flight]
    refused = [o for o in after if o.status is None]
    assert before and all(o.status == 200 for o in before)
    assert in_flight and all(o.status == 200 for o in in_flight), in_flight
    # A request racing the close of its keep-alive connection may see it closed instead: at
    # the write (RemoteProtocolError) or, reset under it, at the read (ReadError; seen once in
    # the fresh-clone CI of 2026-12-02).
    assert "ConnectError" in {o.error for o in refused}
    closed = {"ConnectError", "RemoteProtocolError", "ReadError"}
    assert {o.error for o in refused} <= closed, refused
    assert all(o.status in (200, None) for o in after)
    log = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "Finished server process" in log
    print(
        f"sigterm: {len(before)} served before, {len(in_flight)} in flight finished 200, "
        f"{len(after) - len(refused)} served after the signal, {len(refused)} refused, "
        f"exit code {exit_code}, "
        f"shutdown took {exited_at - signalled_at:.2f} s"
    )
