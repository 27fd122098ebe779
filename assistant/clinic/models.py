"""The database tables (SQLAlchemy 2 declarative models); the migrations create them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def now() -> datetime:
    """The current time in UTC (stored without a zone, read back as UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of every table."""


class StaffUser(Base):
    """A person who may sign in to /staff; only the Argon2 hash of the password is kept."""

    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class ApiKey(Base):
    """A trusted client's key (lifts the per-address rate limit); only its SHA-256 is kept."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class GapQuestion(Base):
    """A question the assistant could not answer well, redacted; never a session id or address."""

    __tablename__ = "gap_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(16))  # not_found, low_score, thumbs_down
    # float32 unit vector of the redacted text (the engine's embedder), for grouping.
    vector: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)


class Feedback(Base):
    """A thumbs up or down on one answer, tied to its citations, never to the patient."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vote: Mapped[str] = mapped_column(String(8))  # up, down
    reason: Mapped[str] = mapped_column(String(32), default="")
    index_version: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class FeedbackCitation(Base):
    """One cited span of an answer that received feedback."""

    __tablename__ = "feedback_citations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(255), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class UrgentMessage(Base):
    """A message that got the urgent reply, redacted, for staff to see at once; never a session
    id or address. Seen once a staff user marks it so."""

    __tablename__ = "urgent_messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    seen_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    seen_by: Mapped[str] = mapped_column(String(64), default="")
