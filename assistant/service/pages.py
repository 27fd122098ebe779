"""The static pages (widget, chat panel, staff page, demo), each with a strict CSP."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable
from importlib import resources

from fastapi import FastAPI
from fastapi.responses import RedirectResponse, Response

_PAGES = {
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8", "*"),
    "/chat-ui": ("chat.html", "text/html; charset=utf-8", "*"),
    "/source": ("source.html", "text/html; charset=utf-8", "'none'"),
    "/demo": ("demo.html", "text/html; charset=utf-8", "'none'"),
    # Browsers ask for /favicon.ico on every page: an icon instead of a 404 in every log.
    "/favicon.ico": ("favicon.svg", "image/svg+xml", "'none'"),
    "/favicon.svg": ("favicon.svg", "image/svg+xml", "'none'"),
}


def add_pages(app: FastAPI) -> None:
    """Serve each page at its path, outside the OpenAPI schema; the bare address (the one the
    server prints when it starts) leads to the demo page, not to a 404."""
    for path, (name, media_type, ancestors) in _PAGES.items():
        app.add_api_route(
            path, _static(name, media_type, ancestors), methods=["GET"], include_in_schema=False
        )
    app.add_api_route("/", _to_demo, methods=["GET"], include_in_schema=False)


async def _to_demo() -> RedirectResponse:
    return RedirectResponse("/demo", status_code=307)


def static_page(name: str, media_type: str, ancestors: str) -> Callable[[], Awaitable[Response]]:
    """A route function serving one static file with its headers (and CSP for a page)."""
    return _static(name, media_type, ancestors)


def _static(name: str, media_type: str, ancestors: str) -> Callable[[], Awaitable[Response]]:
    body = resources.files("assistant.service").joinpath("static", name).read_bytes()
    headers = {"Cache-Control": "public, max-age=300", "Referrer-Policy": "no-referrer"}
    if name.endswith((".js", ".svg")):
        # Loaded by clinic pages on any origin, including cross-origin-isolated ones.
        headers |= {
            "Access-Control-Allow-Origin": "*",
            "Cross-Origin-Resource-Policy": "cross-origin",
        }
    else:
        headers["Content-Security-Policy"] = _page_policy(body.decode("utf-8"), ancestors)

    async def page() -> Response:
        return Response(body, media_type=media_type, headers=headers)

    return page


def _page_policy(html: str, ancestors: str) -> str:
    """A strict policy: only this page's own inline script and style run (by their hashes)."""

    def hashes(tag: str) -> str:
        bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.DOTALL)
        return " ".join(
            f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'"
            for b in bodies
        )

    return (
        f"default-src 'none'; script-src 'self' {hashes('script')}; style-src {hashes('style')}; "
        "connect-src 'self'; img-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; "
        f"frame-ancestors {ancestors}"
    )
