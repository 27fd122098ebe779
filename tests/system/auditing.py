"""axe-core in the browser tests: installed from tests/system/axe/ (npm, pinned), run in every frame.

The pages send a strict Content-Security-Policy (scripts by hash only), so a `<script>` tag with
axe in it would be refused. Like @axe-core/playwright, axe's source is evaluated in each frame
through the DevTools protocol (Playwright's `evaluate`), which page CSP does not govern; the page
keeps its real policy (no `bypass_csp`), so what is audited is what a patient gets. Each frame
runs `axe.runPartial`, and `axe.finishRun` joins the parts in a blank page, so rules that span
frames (the widget's iframe inside the clinic page) see the whole.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import in_ci

AXE_DIR = Path(__file__).parent / "axe"
AXE_SCRIPT = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA; best practices and AAA are not failures here.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Passing and inapplicable rules keep one node each: the parts handed between frames stay small.
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
_finishers: dict[int, Any] = {}


def pinned_version() -> str:
    """The axe-core version that tests/system/axe/package.json pins."""
    manifest = json.loads((AXE_DIR / "package.json").read_text(encoding="utf-8"))
    return str(manifest["dependencies"]["axe-core"])


@cache
def axe_source() -> str:
    """axe.min.js, installed with `npm ci` (the committed lock file) when it is missing."""
    if not AXE_SCRIPT.exists():
        npm = shutil.which("npm")
        if npm is None:
            if in_ci():
                raise RuntimeError("npm is needed to install axe-core for the accessibility tests")
            pytest.skip("npm is not installed: axe-core cannot be installed")
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--prefer-offline"],
            cwd=AXE_DIR,
            check=True,
            capture_output=True,
            timeout=300,
        )
    return AXE_SCRIPT.read_text(encoding="utf-8")


def violations(page: Any) -> list[dict[str, Any]]:
    """axe's WCAG A/AA violations for the page and every frame in it."""
    partials = _run_partial(page.main_frame, None)
    result = _finisher(page.context.browser).evaluate(
        "([partials, options]) => axe.finishRun(partials, options)", [partials, OPTIONS]
    )
    return list(result["violations"])


def describe(found: list[dict[str, Any]]) -> str:
    """One line per failing node: rule, impact, target, axe's summary."""
    lines = []
    for violation in found:
        for node in violation["nodes"]:
            lines.append(
                f"{violation['id']} ({violation['impact']}) at {node['target']}: "
                f"{node.get('failureSummary', '').splitlines()[-1].strip()}"
            )
    return "\n".join(lines)


def _finisher(browser: Any) -> Any:
    """A blank page (no page's scripts or policy) where axe joins the parts; one per browser."""
    page = _finishers.get(id(browser))
    if page is None or page.is_closed():
        page = _finishers[id(browser)] = browser.new_page()
        _inject(page.main_frame)
    return page


def _inject(frame: Any) -> None:
    if frame.evaluate("() => typeof window.axe === 'object'"):
        return
    # A function body, so Playwright calls it rather than guessing whether the text is a function.
    frame.evaluate("() => {\n" + axe_source() + "\n}")
    version = frame.evaluate("() => window.axe.version")
    assert version == pinned_version(), f"axe-core {version} loaded, {pinned_version()} pinned"
    frame.evaluate("() => axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })")


def _run_partial(frame: Any, context: Any) -> list[Any]:
    """runPartial in this frame, then in each child frame axe names, in axe's order."""
    _inject(frame)
    frame_contexts = frame.evaluate(
        "(context) => axe.utils.getFrameContexts(context || document)", context
    )
    results: list[Any] = [
        frame.evaluate(
            "([context, options]) => axe.runPartial(context || document, options)",
            [context, OPTIONS],
        )
    ]
    for entry in frame_contexts:
        handle = frame.evaluate_handle(
            "(selector) => axe.utils.shadowSelect(selector)", entry["frameSelector"]
        ).as_element()
        child = handle.content_frame() if handle else None
        if child is None:
            results.append(None)  # axe reports the frame it could not reach
            continue
        results.extend(_run_partial(child, entry["frameContext"]))
    return results
