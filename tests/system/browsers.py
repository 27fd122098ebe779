"""Debian's Chromium for the browser tests: where it is, how it is started, where screenshots go."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from assistant.config import PROJECT_ROOT
from tests.helpers import in_ci

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


STAFF_NAME = "front-desk"
STAFF_PASSWORD = "front desk password"


def sign_in(page: Any) -> None:
    """Sign in on the staff page's form (the page must show it), as the front desk would."""
    page.locator("[data-testid=login-name]").fill(STAFF_NAME)
    page.locator("[data-testid=login-password]").fill(STAFF_PASSWORD)
    page.locator("[data-testid=login-submit]").click()
    page.locator("[data-testid=staff-query]").wait_for(timeout=15_000)


def require_chromium() -> None:
    """Skip the calling module when Chromium is missing, except in CI, where it must be there."""
    if CHROMIUM is None and not in_ci():
        pytest.skip(
            "Debian's chromium is not installed (`apt-get install chromium`); CI installs it",
            allow_module_level=True,
        )
