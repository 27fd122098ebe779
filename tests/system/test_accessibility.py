"""WCAG 2.2 AA in a real browser: axe-core over every page, state and size, and keyboard-only walks.

Pages: the widget on the demo clinic page (its chat in the iframe), /chat-ui opened directly, and
/staff. States: initial, answered, a source opened, an urgent reply (on /staff: searched, asked,
urgent). Sizes: desktop 1280x800, phone 390x844, and 200% zoom of a 1280x720 laptop (640x360 CSS
px at device scale 2). Screenshots of each state go to test-artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from .auditing import describe, violations
from .browsers import ARTIFACTS, require_chromium, sign_in

pytestmark = pytest.mark.slow
require_chromium()

Page = Any
FRAME = 'iframe[title="Clinic assistant"]'
LABEL_OPEN = "Open the clinic assistant"
LABEL_CLOSE = "Close the clinic assistant"
ANSWERED = "how long is redness"
URGENT = "my cheek is oozing pus and i have a fever"
PARTLY = "does it sting at all? and is there a loyalty scheme"  # one part not covered
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
ZOOM_720 = {"viewport": {"width": 640, "height": 360}, "device_scale_factor": 2}
ZOOM_800 = {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}
NARROW = {"viewport": {"width": 320, "height": 640}}
SIZES = [
    pytest.param(DESKTOP, id="desktop"),
    pytest.param(PHONE, id="phone"),
    pytest.param(ZOOM_720, id="zoom200"),
]
# The deepest focused element, through the widget's shadow root and into the chat's iframe.
FOCUSED = """() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return "none";
  const cls = el.getAttribute("class");
  return el.tagName.toLowerCase() + (cls ? "." + cls.split(" ")[0] : "");
}"""


@pytest.fixture
def new_page(browser: Any) -> Iterator[Callable[[dict[str, Any]], Page]]:
    """Pages in fresh contexts of a given size, closed after the test."""
    contexts: list[Any] = []

    def make(size: dict[str, Any]) -> Page:
        context = browser.new_context(**size)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"a11y-{name}.png"))


def size_id(request: pytest.FixtureRequest) -> str:
    return str(request.node.callspec.id)


def chat_frame(page: Page) -> Any:
    return page.frame(url=re.compile(r"/chat-ui$"))


def focus_path(page: Page) -> str:
    """'button.launcher', 'button.close', 'iframe>textarea', ...; waits out a focus guard's hand-on."""
    path = "none"
    for _ in range(40):
        path = page.evaluate(FOCUSED)
        if path == "iframe":
            frame = chat_frame(page)
            path = "iframe>" + (frame.evaluate(FOCUSED) if frame else "none")
        if path not in ("span.guard", "iframe>body", "iframe>none"):
            return path
        page.wait_for_timeout(25)
    return path


def wait_for_focus(page: Page, expected: str) -> None:
    for _ in range(100):
        if focus_path(page) == expected:
            return
        page.wait_for_timeout(50)
    assert focus_path(page) == expected


def ask(chat: Any, question: str) -> Any:
    """Send a question in the chat (a page or a frame locator); return the new reply."""
    replies = chat.locator("[data-testid=msg-bot]:not(.greeting)")
    before = replies.count()
    chat.locator("[data-testid=chat-input]").fill(question)
    chat.locator("[data-testid=chat-send]").click()
    reply = replies.nth(before)
    reply.wait_for(timeout=30_000)
    return reply


def open_first_source(reply: Any) -> None:
    reply.locator("button.cite").first.click()
    expect(reply.locator("details[open]").first).to_be_visible()


# Every running animation of the page and of its shadow roots (the widget's panel is in one:
# `document.getAnimations()` does not see it), finished.
SETTLED = """() => {
  const roots = [document, ...[...document.querySelectorAll("*")].filter((e) => e.shadowRoot)
    .map((e) => e.shadowRoot)];
  return Promise.all(roots.flatMap((root) => root.getAnimations()).map((a) => a.finished));
}"""


def audit(page: Page, found: dict[str, str], name: str, state: str) -> None:
    # The settled page: the panel fades in over 160 ms, and a busy machine can catch its bar
    # half-faded (a contrast of 4.45 in CI), which no patient reads.
    page.evaluate(SETTLED)
    screenshot(page, f"{name}-{state}")
    found[state] = describe(violations(page))


@pytest.mark.parametrize("size", SIZES)
def test_widget_every_state_passes_axe(
    new_page: Callable[[dict[str, Any]], Page],
    assistant_url: str,
    size: dict[str, Any],
    request: pytest.FixtureRequest,
) -> None:
    page = new_page(size)
    page.goto(f"{assistant_url}/demo")
    name = f"widget-{size_id(request)}"
    found: dict[str, str] = {}
    audit(page, found, name, "closed")
    page.get_by_role("button", name=LABEL_OPEN).click()
    chat = page.frame_locator(FRAME)
    chat.locator("[data-testid=greeting]").wait_for()
    audit(page, found, name, "initial")
    reply = ask(chat, ANSWERED)
    audit(page, found, name, "answered")
    open_first_source(reply)
    audit(page, found, name, "source-open")
    ask(chat, URGENT).locator("[data-testid=urgent]").wait_for()
    audit(page, found, name, "urgent")
    assert found == dict.fromkeys(found, "")


@pytest.mark.parametrize("size", SIZES)
def test_chat_page_every_state_passes_axe(
    new_page: Callable[[dict[str, Any]], Page],
    assistant_url: str,
    size: dict[str, Any],
    request: pytest.FixtureRequest,
) -> None:
    page = new_page(size)
    page.goto(f"{assistant_url}/chat-ui")
    name = f"chat-{size_id(request)}"
    found: dict[str, str] = {}
    audit(page, found, name, "initial")
    reply = ask(page, ANSWERED)
    audit(page, found, name, "answered")
    open_first_source(reply)
    audit(page, found, name, "source-open")
    ask(page, PARTLY).locator("[data-testid=not-covered]").wait_for()
    audit(page, found, name, "partly-covered")
    ask(page, URGENT).locator("[data-testid=urgent]").wait_for()
    audit(page, found, name, "urgent")
    assert found == dict.fromkeys(found, "")


@pytest.mark.parametrize("size", SIZES)
def test_staff_page_every_state_passes_axe(
    new_page: Callable[[dict[str, Any]], Page],
    assistant_url: str,
    size: dict[str, Any],
    request: pytest.FixtureRequest,
) -> None:
    page = new_page(size)
    # A patient's urgent message, listed at the top of the staff page.
    httpx.post(f"{assistant_url}/chat", json={"message": URGENT}, timeout=30).raise_for_status()
    page.goto(f"{assistant_url}/staff")
    name = f"staff-{size_id(request)}"
    found: dict[str, str] = {}
    audit(page, found, name, "sign-in")
    sign_in(page)
    expect(page.locator("#ready")).to_contain_text("Index ready")
    page.locator("[data-testid=urgent-message]").first.wait_for(timeout=30_000)
    audit(page, found, name, "initial")
    page.locator("[data-testid=staff-query]").fill(ANSWERED)
    page.locator("[data-testid=staff-search]").click()
    page.locator("[data-testid=staff-result]").first.wait_for(timeout=30_000)
    audit(page, found, name, "searched")
    page.locator("[data-testid=staff-ask]").click()
    expect(page.locator("[data-testid=staff-answer]")).to_have_attribute("data-kind", "answer")
    audit(page, found, name, "answered")
    page.locator("[data-testid=staff-query]").fill(URGENT)
    page.locator("[data-testid=staff-ask]").click()
    expect(page.locator("[data-testid=staff-answer]")).to_have_attribute("data-kind", "urgent")
    audit(page, found, name, "urgent")
    assert found == dict.fromkeys(found, "")


@pytest.mark.parametrize(
    "size", [pytest.param(ZOOM_720, id="1280x720"), pytest.param(ZOOM_800, id="1280x800")]
)
def test_widget_at_200_percent_zoom_shows_three_lines_of_a_reply(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str, size: dict[str, Any]
) -> None:
    page = new_page(size)
    page.goto(f"{assistant_url}/demo")
    page.get_by_role("button", name=LABEL_OPEN).click()
    ask(page.frame_locator(FRAME), ANSWERED)
    panel = page.locator("clinic-assistant .panel").bounding_box()
    # The whole window, as on a phone; within a pixel: the panel's opening transition may
    # still be settling by a fraction of one (seen once in CI: y 0.08, height 399.99998).
    assert panel == pytest.approx({"x": 0, "y": 0, **size["viewport"]}, abs=1)
    shown = chat_frame(page).evaluate(
        """() => {
          const log = document.getElementById("log").getBoundingClientRect();
          const answer = [...document.querySelectorAll("[data-testid=answer]")].pop();
          const box = answer.getBoundingClientRect();
          const visible = Math.min(log.bottom, box.bottom) - Math.max(log.top, box.top);
          return visible / parseFloat(getComputedStyle(answer).lineHeight);
        }"""
    )
    assert shown >= 3


@pytest.mark.parametrize(
    "size", [pytest.param(DESKTOP, id="desktop"), pytest.param(ZOOM_720, id="zoom200")]
)
def test_widget_keyboard_walk_opens_asks_opens_a_source_and_returns_to_launcher(
    new_page: Callable[[dict[str, Any]], Page],
    assistant_url: str,
    size: dict[str, Any],
    request: pytest.FixtureRequest,
) -> None:
    page = new_page(size)
    page.goto(f"{assistant_url}/demo")
    launcher = page.locator("clinic-assistant button.launcher")
    for _ in range(20):
        page.keyboard.press("Tab")
        if focus_path(page) == "button.launcher":
            break
    assert focus_path(page) == "button.launcher"
    screenshot(page, f"keyboard-{size_id(request)}-launcher")
    page.keyboard.press("Enter")
    wait_for_focus(page, "iframe>textarea")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    expect(launcher).to_have_attribute("aria-label", LABEL_CLOSE)
    expect(page.locator("clinic-assistant .panel")).to_have_attribute("aria-modal", "true")

    page.keyboard.type(ANSWERED)
    page.keyboard.press("Enter")
    chat = page.frame_locator(FRAME)
    reply = chat.locator("[data-testid=msg-bot]:not(.greeting)").first
    reply.locator("[data-testid=answer]").wait_for(timeout=30_000)
    for _ in range(20):
        page.keyboard.press("Shift+Tab")
        if focus_path(page) == "iframe>button.cite":
            break
    assert focus_path(page) == "iframe>button.cite"
    page.keyboard.press("Enter")
    wait_for_focus(page, "iframe>summary")
    assert chat_frame(page).evaluate("() => document.activeElement.parentElement.open") is True
    screenshot(page, f"keyboard-{size_id(request)}-source")

    page.keyboard.press("Escape")
    wait_for_focus(page, "button.launcher")
    expect(page.locator("clinic-assistant .panel")).to_be_hidden()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    expect(launcher).to_have_attribute("aria-label", LABEL_OPEN)


@pytest.mark.parametrize(
    "size", [pytest.param(DESKTOP, id="desktop"), pytest.param(PHONE, id="phone")]
)
def test_widget_tab_and_shift_tab_stay_in_the_open_panel(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str, size: dict[str, Any]
) -> None:
    page = new_page(size)
    page.goto(f"{assistant_url}/demo")
    page.get_by_role("button", name=LABEL_OPEN).click()
    wait_for_focus(page, "iframe>textarea")
    forward = []
    for _ in range(10):
        page.keyboard.press("Tab")
        forward.append(focus_path(page))
    backward = []
    for _ in range(10):
        page.keyboard.press("Shift+Tab")
        backward.append(focus_path(page))
    inside = [p for p in forward + backward if p == "button.close" or p.startswith("iframe>")]
    assert inside == forward + backward
    # Round the end both ways: Tab from Send reaches the close button, Shift+Tab from it Send.
    assert "button.close" in forward and "iframe>button" in backward


def test_chat_page_announces_each_reply_in_a_few_words(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str
) -> None:
    page = new_page(DESKTOP)
    page.goto(f"{assistant_url}/chat-ui")
    log = page.locator("#log")
    reply = ask(page, ANSWERED)
    n = reply.locator("[data-testid=citation]").count()
    assert n >= 1
    expect(page.locator("[data-testid=announce]")).to_have_text(
        f"Answer with {n} source{'s' if n > 1 else ''}"
    )
    assert log.get_attribute("aria-live") is None and log.get_attribute("role") is None
    summaries = reply.locator("summary")
    for i in range(n):
        expect(summaries.nth(i)).to_have_accessible_name(re.compile(rf"^Source {i + 1}: [^▸▾]+$"))

    ask(page, URGENT).locator("[data-testid=urgent]").wait_for()
    expect(page.locator("[data-testid=announce-urgent]")).to_have_text(
        re.compile(r"^Please contact the clinic now\. .*contact the clinic now")
    )
    expect(page.locator("[data-testid=announce]")).to_have_text("")
    assert log.locator("[role=alert], [aria-live]").count() == 0


def test_staff_page_focus_stays_on_search_and_ask_while_they_work(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str
) -> None:
    page = new_page(DESKTOP)
    page.goto(f"{assistant_url}/staff")
    sign_in(page)
    page.locator("[data-testid=staff-query]").focus()
    page.evaluate(
        """() => { window.focusLost = 0;
          document.addEventListener("focusout", (e) => { if (!e.relatedTarget) window.focusLost++; });
        }"""
    )
    page.keyboard.type(ANSWERED)  # the query box has focus on load
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "search"
    page.keyboard.press("Enter")
    page.locator("[data-testid=staff-result]").first.wait_for(timeout=30_000)
    expect(page.locator("[data-testid=staff-status]")).to_contain_text("passages for")
    assert page.evaluate("() => document.activeElement.id") == "search"
    rank = page.locator("[data-testid=staff-result] .rank").first
    assert rank.text_content() == "Rank 1" and rank.get_attribute("aria-label") is None

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    answer = page.locator("[data-testid=staff-answer]")
    answer.wait_for(timeout=30_000)
    n = answer.locator(".answer-sources li").count()
    expect(page.locator("[data-testid=staff-status]")).to_have_text(
        f"Reply ready: answer with {n} source{'s' if n > 1 else ''}."
    )
    assert page.evaluate("() => document.activeElement.id") == "ask"
    assert page.evaluate("() => window.focusLost") == 0


def test_chat_page_placeholder_fits_at_320px(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str
) -> None:
    page = new_page(NARROW)
    page.goto(f"{assistant_url}/chat-ui")
    room = page.evaluate(
        """() => {
          const box = document.getElementById("input");
          const style = getComputedStyle(box);
          const context = document.createElement("canvas").getContext("2d");
          context.font = style.font;
          const inner = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return inner - context.measureText(box.placeholder).width;
        }"""
    )
    assert room >= 0
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    screenshot(page, "chat-320")


def test_staff_page_copy_button_fits_at_320px(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str
) -> None:
    page = new_page(NARROW)
    page.goto(f"{assistant_url}/staff")
    sign_in(page)
    page.locator("[data-testid=staff-query]").fill(URGENT)
    page.locator("[data-testid=staff-ask]").click()
    copy = page.locator("[data-testid=staff-copy]")
    copy.wait_for(timeout=30_000)
    clipped = copy.evaluate(
        "(b) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight"
    )
    assert clipped is False
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    screenshot(page, "staff-320")


@pytest.mark.parametrize("path", ["/chat-ui", "/staff"])
def test_page_focus_ring_and_text_box_border_reach_3_to_1(
    new_page: Callable[[dict[str, Any]], Page], assistant_url: str, path: str
) -> None:
    page = new_page(DESKTOP)
    page.goto(f"{assistant_url}{path}")
    if path == "/staff":
        sign_in(page)
        page.locator("[data-testid=staff-query]").focus()
    page.keyboard.press("Tab")  # from the text box to the next control, by keyboard
    colours = page.evaluate(
        """() => {
          const box = document.querySelector("textarea, input[type=search]");
          const background = (el) => {
            for (; el; el = el.parentElement) {
              const c = getComputedStyle(el).backgroundColor;
              if (c !== "rgba(0, 0, 0, 0)") return c;
            }
            return "rgb(255, 255, 255)";
          };
          const focused = document.activeElement;
          return {
            ring: getComputedStyle(focused).outlineColor,
            behind_ring: background(focused.parentElement),
            border: getComputedStyle(box).borderTopColor,
            behind_border: background(box.parentElement),
          };
        }"""
    )
    assert contrast(colours["ring"], colours["behind_ring"]) >= 3, colours
    assert contrast(colours["border"], colours["behind_border"]) >= 3, colours


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two computed `rgb(...)` colours."""

    def luminance(colour: str) -> float:
        channels = [int(v) / 255 for v in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
