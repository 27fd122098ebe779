"""Real processes on 127.0.0.1 for the benchmark: `server.py` and `chroma run`, and their memory.

Standard library only (urllib, not httpx), so the package needs nothing more to run them.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import PROJECT_ROOT


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, *, status: int = 200, timeout: float = 120.0) -> None:
    """Poll url until it answers status, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == status:
                    return
        except urllib.error.HTTPError as error:
            if error.code == status:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer {status} within {timeout} s")


def environment(**values: str) -> dict[str, str]:
    """This process's environment without ASSISTANT_ settings, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update({f"ASSISTANT_{k.upper()}": v for k, v in values.items()})
    env["PYTHONUNBUFFERED"] = "1"
    return env


@dataclass
class Served:
    """A running server.py: its base URL and process."""

    url: str
    process: subprocess.Popen[bytes]


@contextmanager
def assistant_server(log: Path, *args: str, **settings: str) -> Iterator[Served]:
    """`python server.py` on a free port; stopped with SIGTERM on exit."""
    port = free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "server.py"), "--port", str(port), *args],
            env=environment(**settings),
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT,
        )
        served = Served(f"http://127.0.0.1:{port}", process)
        try:
            wait_for(f"{served.url}/health")
            yield served
        finally:
            stop(process)


@contextmanager
def chroma_server(path: Path, log: Path, port: int | None = None) -> Iterator[Served]:
    """`chroma run` from the chromadb package (on a free port unless given); stopped on exit."""
    port = port or free_port()
    chroma = Path(sys.executable).with_name("chroma")
    with log.open("a") as output:
        process = subprocess.Popen(
            [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        served = Served(f"http://127.0.0.1:{port}", process)
        try:
            wait_for(f"{served.url}/api/v2/heartbeat", timeout=60)
            yield served
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 30 s."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class PeakMemory:
    """Highest resident memory seen per process of a tree (the server and its workers)."""

    pid: int
    interval: float = 0.1
    peaks: dict[int, int] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> PeakMemory:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sample_once()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample_once()

    def sample_once(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            return
        for process in processes:
            try:
                rss = max(process.memory_info().rss, _high_water_mark(process.pid))
            except psutil.Error:
                continue
            self.peaks[process.pid] = max(self.peaks.get(process.pid, 0), rss)

    def worker_peak(self) -> int:
        """The largest peak of any one process: with one worker, the server process itself."""
        return max(self.peaks.values(), default=0)


def _high_water_mark(pid: int) -> int:
    """VmHWM (the kernel's own peak RSS) on Linux; 0 elsewhere."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0
