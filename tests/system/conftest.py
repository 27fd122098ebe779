"""Browser fixtures: one assistant server per module, one Chromium per session (headless)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.config import Settings

from .browsers import BROWSER_ARGS, CHROMIUM
from .servers import assistant_server, wait_for


@pytest.fixture(scope="module")
def assistant_url(built: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("browser") / "server.log"
    with assistant_server(
        log, corpus_dir=str(built.corpus_path), index_dir=str(built.index_path)
    ) as base:
        wait_for(f"{base}/ready")
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "chromium is required in CI"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def sign_in_staff(built: Settings) -> Any:
    """A function that signs a page in at base/staff as a staff user made in the test database."""
    from assistant.clinic.database import open_database
    from assistant.clinic.staff import add_user

    add_user(open_database(built.database), "front-desk", "front desk password")

    def sign_in(page: Any, base: str) -> None:
        page.goto(f"{base}/staff")
        page.locator("[data-testid=login-name]").fill("front-desk")
        page.locator("[data-testid=login-password]").fill("front desk password")
        page.locator("[data-testid=login-submit]").click()
        page.locator("[data-testid=staff-query]").wait_for(timeout=30_000)

    return sign_in
