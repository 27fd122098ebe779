"""The benchmark's real processes (tools/processes.py) in the shapes the tests use."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tools import processes
from tools.processes import environment, free_port, stop, wait_for

__all__ = ["assistant_server", "chroma_server", "environment", "free_port", "stop", "wait_for"]


@contextmanager
def assistant_server(log: Path, *args: str, **settings: str) -> Iterator[str]:
    """`python server.py` (rate limit off unless given); yields its base URL."""
    settings.setdefault("rate_limit", "off")
    with processes.assistant_server(log, *args, **settings) as served:
        yield served.url


@contextmanager
def chroma_server(
    path: Path, log: Path, port: int | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`chroma run`; yields (URL, process) so a test can stop it and start it again."""
    with processes.chroma_server(path, log, port) as served:
        yield served.url, served.process
