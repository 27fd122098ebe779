"""Browser fixtures: one assistant server and one headless Chromium per module."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.config import Settings

from .browsers import BROWSER_ARGS, CHROMIUM, STAFF_NAME, STAFF_PASSWORD
from .servers import assistant_server, wait_for


@pytest.fixture(scope="module")
def assistant_url(built: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A served assistant with a staff user (STAFF_NAME, STAFF_PASSWORD) in its database; the
    sign-in limit is raised so every browser test may sign in on its own."""
    from assistant.clinic.database import open_database
    from assistant.clinic.staff import add_user

    add_user(open_database(built.database), STAFF_NAME, STAFF_PASSWORD)
    log = tmp_path_factory.mktemp("browser") / "server.log"
    with assistant_server(
        log,
        corpus_dir=str(built.corpus_path),
        index_dir=str(built.index_path),
        login_rate_limit="1000/minute",
    ) as base:
        wait_for(f"{base}/ready")
        yield base


# One Chromium per module, not per session: Playwright's sync API keeps an event loop running
# in the main thread while it is open, and later modules call asyncio.run() (the load tests).
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "chromium is required in CI"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield instance
        instance.close()
