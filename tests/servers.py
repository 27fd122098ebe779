"""Real processes for tests: the assistant's server.py and a `chroma run` server, on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.config import PROJECT_ROOT
from assistant.processes import environment, free_port, stop, wait_for

__all__ = ["assistant_server", "chroma_server", "environment", "free_port", "stop", "wait_for"]


@contextmanager
def assistant_server(log: Path, *args: str, **settings: str) -> Iterator[str]:
    """`python server.py` as a process; yields its base URL, then stops it with SIGTERM."""
    port = free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "server.py"), "--port", str(port), *args],
            env=environment(rate_limit="off", **settings),
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{base}/health")
            yield base
        finally:
            stop(process)


@contextmanager
def chroma_server(
    path: Path, log: Path, port: int | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`chroma run` from the chromadb package; yields (URL, process)."""
    port = port or free_port()
    chroma = Path(sys.executable).with_name("chroma")
    with log.open("a") as output:
        process = subprocess.Popen(
            [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{url}/api/v2/heartbeat", timeout=60)
            yield url, process
        finally:
            stop(process)
