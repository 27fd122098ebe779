"""Staff sign-in: the signed session cookie, CSRF tokens, the login rate limit, API keys.

The cookie is Starlette's SessionMiddleware (itsdangerous-signed, HttpOnly, SameSite=strict,
Max-Age = the session length); the sign-in time inside it is checked too, so a session ends
after the setting's hours even if the cookie is replayed. Every staff write needs the header
X-CSRF-Token equal to the token kept in the session.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from assistant.clinic.database import Database
from assistant.clinic.keys import key_is_valid

CSRF_HEADER = "x-csrf-token"
KEY_CACHE_S = 30.0


def get_database(request: Request) -> Database:
    database: Database | None = getattr(request.app.state, "database", None)
    if database is None:
        raise HTTPException(503, "the clinic database is not open yet")
    return database


DatabaseDep = Annotated[Database, Depends(get_database)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request) -> None:
    """403 unless the request carries the session's CSRF token."""
    expected = request.session.get("csrf")
    given = request.headers.get(CSRF_HEADER, "")
    if not isinstance(expected, str) or not hmac.compare_digest(expected, given):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page")


def signed_in_user(request: Request) -> str | None:
    """The staff user of this session, or None when signed out or expired."""
    user, since = request.session.get("user"), request.session.get("since")
    if not isinstance(user, str) or not isinstance(since, int | float):
        return None
    hours = request.app.state.settings.staff_session_hours
    if time.time() - since > hours * 3600:
        request.session.clear()
        return None
    return user


def require_staff(request: Request) -> str:
    """401 unless a staff user is signed in."""
    user = signed_in_user(request)
    if user is None:
        raise HTTPException(401, "sign in as staff first")
    return user


def staff_write(request: Request) -> str:
    """A signed-in staff user and the CSRF token: every staff write route depends on this."""
    user = require_staff(request)
    check_csrf(request)
    return user


StaffDep = Annotated[str, Depends(require_staff)]
StaffWriteDep = Annotated[str, Depends(staff_write)]


def sign_in(request: Request, user: str) -> str:
    """Start a fresh session for user (a new CSRF token: no fixation); the new token."""
    request.session.clear()
    request.session.update({"user": user, "since": int(time.time())})
    return csrf_token(request)


class KeyCheck:
    """API keys from `Authorization: Bearer` or `X-API-Key`, checked against the database and
    remembered for a few seconds so a burst of requests costs one look-up."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[bool, float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def presented(request: Request) -> str:
        """The API key the request carries, or ""."""
        key = request.headers.get("x-api-key", "")
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if not key and scheme.lower() == "bearer":
            key = token.strip()
        return key

    def remembered(self, request: Request) -> bool | None:
        """Whether the request's key is valid, when that is known without the database: no key
        (False) or one checked in the last few seconds; None when it must be looked up."""
        key = self.presented(request)
        if not key or getattr(request.app.state, "database", None) is None:
            return False
        with self._lock:
            cached = self._known.get(key)
        if cached is not None and time.monotonic() - cached[1] < KEY_CACHE_S:
            return cached[0]
        return None

    def trusted(self, request: Request) -> bool:
        key = self.presented(request)
        database: Database | None = getattr(request.app.state, "database", None)
        if not key or database is None:
            return False
        now = time.monotonic()
        with self._lock:
            cached = self._known.get(key)
        if cached is not None and now - cached[1] < KEY_CACHE_S:
            return cached[0]
        valid = key_is_valid(database, key)
        with self._lock:
            if len(self._known) > 1000:
                self._known.clear()
            self._known[key] = (valid, now)
        return valid
