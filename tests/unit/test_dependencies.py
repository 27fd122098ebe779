"""Every import declared in pyproject.toml, nothing declared unused (deptry), as in `make lint`."""

from __future__ import annotations

import subprocess
import sys

from assistant.config import PROJECT_ROOT


def test_dependencies_declared_exactly() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "deptry", "."],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
