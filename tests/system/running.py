"""Helpers for the reliability tests: a server.py process whose handle the test keeps (signals,
memory), and generated documents for corpora big enough to take time to embed."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.config import PROJECT_ROOT

from .servers import environment, free_port, stop, wait_for


@dataclass
class Server:
    base: str
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def server_process(log: Path, *, ready: bool = True, **settings: str) -> Iterator[Server]:
    """`python server.py` on 127.0.0.1 with its output in log; stopped with SIGTERM at the end."""
    port = free_port()
    values = {"rate_limit": "off", **settings}
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "server.py"), "--port", str(port)],
            env=environment(**values),
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT,
        )
        server = Server(f"http://127.0.0.1:{port}", process, log)
        try:
            wait_for(f"{server.base}/health")
            if ready:
                wait_for(f"{server.base}/ready")
            yield server
        finally:
            stop(process)


def wait_until(condition: Callable[[], bool], *, timeout: float, step: float = 0.01) -> bool:
    """Poll condition until true (True) or until timeout (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


WORDS = [
    "skin",
    "serum",
    "needle",
    "session",
    "redness",
    "calm",
    "heal",
    "gentle",
    "daily",
    "routine",
    "sunscreen",
    "collagen",
    "glow",
    "texture",
    "pore",
    "scar",
    "tone",
    "fresh",
    "clinic",
    "visit",
    "water",
    "rest",
    "mild",
    "care",
    "layer",
    "barrier",
]


def generated_document(number: int) -> str:
    """A document of three sections of four sentences, each with a token unique to it."""
    rng = random.Random(number)
    parts = [f"# Generated note {number}", ""]
    for section in range(3):
        parts += [f"## Section {section} of note {number}", ""]
        sentences = []
        for index in range(4):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
            sentences.append(f"{words.capitalize()} token{number}x{section}x{index}.")
        parts += [" ".join(sentences), ""]
    return "\n".join(parts)
