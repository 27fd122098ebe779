"""The widget in a real headless browser: Debian's Chromium driven by Playwright.

A clinic page on another origin (its own port) includes the one script tag; the test asks a
question and reads the cited answer and the referral, then checks that a hostile message is shown
as text with no dialog. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import http.server
import json
import threading
import urllib.request
from collections.abc import Iterator
from functools import partial

import pytest

from .browsers import ARTIFACTS, require_chromium, sign_in
from .servers import free_port

pytestmark = pytest.mark.slow
require_chromium()


@pytest.fixture(scope="module")
def clinic_page(assistant_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A clinic's own page on another origin, with the one script tag."""
    folder = tmp_path_factory.mktemp("clinic")
    (folder / "index.html").write_text(
        '<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Lumen Skin Clinic</title></head><body>"
        "<h1>Lumen Skin Clinic</h1><p>Microneedling treatments.</p>"
        f'<script src="{assistant_url}/widget.js" defer></script></body></html>',
        encoding="utf-8",
    )
    port = free_port()
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/index.html"
    server.shutdown()


def test_widget_on_another_origin_shows_cited_answer_and_referral(
    browser, clinic_page: str
) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(clinic_page)
    launcher = page.get_by_role("button", name="Open the clinic assistant")
    launcher.click()
    chat = page.frame_locator('iframe[title="Clinic assistant"]')
    chat.locator("[data-testid=chat-input]").fill("how long is redness")
    chat.locator("[data-testid=chat-send]").click()
    answer = chat.locator("[data-testid=msg-bot] [data-testid=answer]").last
    answer.wait_for(timeout=30_000)
    assert "redness" in answer.inner_text().lower()
    citations = chat.locator("[data-testid=msg-bot]").last.locator("[data-testid=citation]")
    assert citations.count() >= 1
    assert "Microneedling" in citations.first.inner_text()
    assert "licensed" in chat.locator("[data-testid=referral]").last.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-answer.png"))

    hostile = "<img src=x onerror=alert(1)>"
    chat.locator("[data-testid=chat-input]").fill(hostile)
    chat.locator("[data-testid=chat-send]").click()
    chat.locator("[data-testid=msg-bot]").nth(1).wait_for(timeout=30_000)
    assert chat.locator("[data-testid=msg-user]").last.inner_text() == hostile
    assert chat.locator("img").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "widget-hostile.png"))
    page.close()


def test_widget_greets_with_the_documents_own_questions(
    browser, clinic_page: str, assistant_url: str
) -> None:  # type: ignore[no-untyped-def]
    # The example questions are the served documents' question headings (/welcome), not
    # words of the widget's code: a clinic with other documents gets its own.
    with urllib.request.urlopen(f"{assistant_url}/welcome", timeout=30) as response:
        welcome = json.load(response)
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    page.goto(clinic_page)
    page.get_by_role("button", name="Open the clinic assistant").click()
    chat = page.frame_locator('iframe[title="Clinic assistant"]')
    chips = chat.locator("[data-testid=greeting] [data-testid=suggestion]")
    chips.first.wait_for(timeout=30_000)
    assert chips.all_inner_texts() == welcome["suggestions"]
    assert welcome["greeting"] == chat.locator("[data-testid=greeting] p").inner_text()
    chips.first.click()
    answer = chat.locator("[data-testid=msg-bot] [data-testid=answer]").last
    answer.wait_for(timeout=30_000)
    citations = chat.locator("[data-testid=msg-bot]").last.locator("[data-testid=citation]")
    assert citations.count() >= 1
    page.close()


def test_widget_says_when_part_of_a_message_is_not_covered(browser, clinic_page: str) -> None:  # type: ignore[no-untyped-def]
    # Two questions, one the documents do not cover: the answer, then a line saying so.
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    page.goto(clinic_page)
    page.get_by_role("button", name="Open the clinic assistant").click()
    chat = page.frame_locator('iframe[title="Clinic assistant"]')
    chat.locator("[data-testid=chat-input]").fill(
        "does it sting at all? and is there a loyalty scheme"
    )
    chat.locator("[data-testid=chat-send]").click()
    reply = chat.locator("[data-testid=msg-bot]").last
    reply.locator("[data-testid=not-covered]").wait_for(timeout=30_000)
    assert reply.locator("[data-testid=answer]").count() == 1
    assert "contact" in reply.locator("[data-testid=not-covered]").inner_text()
    assert "licensed" in reply.locator("[data-testid=referral]").inner_text()
    page.close()


def test_widget_urgent_reply_is_prominent_on_a_phone(browser, clinic_page: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(clinic_page)
    page.get_by_role("button", name="Open the clinic assistant").click()
    chat = page.frame_locator('iframe[title="Clinic assistant"]')
    chat.locator("[data-testid=chat-input]").fill("my cheek is oozing pus and i have a fever")
    chat.locator("[data-testid=chat-send]").click()
    urgent = chat.locator("[data-testid=urgent]").last
    urgent.wait_for(timeout=30_000)
    assert "contact the clinic now" in urgent.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-urgent-phone.png"))
    page.keyboard.press("Escape")
    page.close()


def test_demo_page_runs_the_widget_under_its_strict_policy(browser, assistant_url: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []
    page.on(
        "console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None
    )
    page.goto(f"{assistant_url}/demo")
    page.get_by_role("button", name="Open the clinic assistant").click()
    chat = page.frame_locator('iframe[title="Clinic assistant"]')
    chat.locator("[data-testid=chat-input]").fill("can i wear makeup after")
    chat.locator("[data-testid=chat-send]").click()
    chat.locator("[data-testid=msg-bot] [data-testid=answer]").last.wait_for(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "demo.png"))
    assert blocked == []
    page.close()


def test_staff_page_finds_the_passage(browser, assistant_url: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []
    page.on(
        "console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None
    )
    page.goto(f"{assistant_url}/staff")
    sign_in(page)
    page.locator("[data-testid=staff-query]").fill("how long is redness")
    page.locator("[data-testid=staff-search]").click()
    results = page.locator("[data-testid=staff-result]")
    results.first.wait_for(timeout=30_000)
    assert results.count() >= 3
    assert "24-48 hours" in " ".join(results.all_inner_texts())
    page.locator("[data-testid=staff-ask]").click()
    page.locator("[data-testid=staff-answer]").wait_for(timeout=30_000)
    assert "[1]" in page.locator("[data-testid=staff-answer]").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "staff.png"), full_page=True)
    assert blocked == []
    page.close()
