"""Staff users: created with the CLI, passwords hashed with Argon2 (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from assistant.clinic.database import Database
from assistant.clinic.models import StaffUser
from assistant.errors import AssistantError

_hasher = PasswordHasher()
# Verified when the name is unknown too, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password anyone has")
MIN_PASSWORD = 10


class StaffError(AssistantError):
    """A staff user cannot be created as asked."""


def add_user(database: Database, name: str, password: str) -> None:
    """Create a staff user, or set a new password for an existing one."""
    name = name.strip()
    if not name or len(name) > 64:
        raise StaffError("a user name is 1 to 64 characters")
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"a password has at least {MIN_PASSWORD} characters")
    with database.session() as session:
        user = session.scalar(select(StaffUser).where(StaffUser.name == name))
        if user is None:
            session.add(StaffUser(name=name, password_hash=_hasher.hash(password)))
        else:
            user.password_hash = _hasher.hash(password)


def authenticate(database: Database, name: str, password: str) -> bool:
    """True when name and password match a staff user."""
    with database.session() as session:
        user = session.scalar(select(StaffUser).where(StaffUser.name == name.strip()))
        stored = user.password_hash if user is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None


def user_names(database: Database) -> list[str]:
    """Every staff user's name."""
    with database.session() as session:
        return list(session.scalars(select(StaffUser.name).order_by(StaffUser.name)))
