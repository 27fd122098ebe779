"""API keys for trusted clients (evaluation scripts, the front-desk page).

A key is 32 random bytes shown once at creation. Only its SHA-256 is stored: unlike a password, a
key has 256 bits of entropy, so no guessing attack needs a slow hash to be stopped, and a fast
hash lets every request be checked by one indexed look-up instead of ~50 ms of Argon2 on the
hot path. A leaked database therefore gives no usable key.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from assistant.clinic.database import Database
from assistant.clinic.models import ApiKey, now
from assistant.errors import AssistantError

KEY_PREFIX = "ca_"


class ApiKeyError(AssistantError):
    """An API key cannot be created or revoked as asked."""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What `list-keys` shows: never the key itself."""

    name: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(database: Database, name: str) -> str:
    """A new key for name (shown once; only its hash is kept)."""
    name = name.strip()
    if not name or len(name) > 64:
        raise ApiKeyError("a key name is 1 to 64 characters")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with database.session() as session:
        if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
            raise ApiKeyError(f"a key named {name!r} exists; revoke it or choose another name")
        session.add(ApiKey(name=name, key_hash=_digest(key), prefix=key[:10]))
    return key


def revoke_key(database: Database, name: str) -> None:
    """Revoke the key named name (kept, marked revoked, for the record)."""
    with database.session() as session:
        key = session.scalar(select(ApiKey).where(ApiKey.name == name.strip()))
        if key is None:
            raise ApiKeyError(f"no key named {name!r}")
        key.revoked_at = key.revoked_at or now()


def list_keys(database: Database) -> list[KeyInfo]:
    """Every key, revoked ones too."""
    with database.session() as session:
        rows = session.scalars(select(ApiKey).order_by(ApiKey.name))
        return [KeyInfo(k.name, k.prefix, k.created_at, k.revoked_at) for k in rows]


def key_is_valid(database: Database, key: str) -> bool:
    """True for a key that exists and is not revoked."""
    if not key.startswith(KEY_PREFIX) or len(key) > 128:
        return False
    with database.session() as session:
        found = session.scalar(select(ApiKey).where(ApiKey.key_hash == _digest(key)))
        return found is not None and found.revoked_at is None
