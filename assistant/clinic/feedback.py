"""Thumbs up / down on answers, tied to the cited spans and index version, not to the patient."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from assistant.clinic.database import Database
from assistant.clinic.models import Feedback, FeedbackCitation

VOTES = ("up", "down")
REASONS = ("", "not_my_question", "unclear", "wrong", "out_of_date", "other")


@dataclass(frozen=True, slots=True)
class Span:
    """A cited span: source file and character offsets."""

    source: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PassageCount:
    """Votes on one cited span."""

    source: str
    start: int
    end: int
    up: int
    down: int


def record(
    database: Database, *, vote: str, reason: str, index_version: str, spans: list[Span]
) -> None:
    """Store one vote with the spans the answer cited."""
    if vote not in VOTES or reason not in REASONS:
        raise ValueError("unknown vote or reason")
    with database.session() as session:
        feedback = Feedback(vote=vote, reason=reason, index_version=index_version[:64])
        session.add(feedback)
        session.flush()
        for span in spans[:10]:
            session.add(
                FeedbackCitation(
                    feedback_id=feedback.id,
                    source=span.source[:255],
                    start=span.start,
                    end=span.end,
                )
            )


def counts(database: Database) -> list[PassageCount]:
    """Votes per cited span, most thumbs-down first."""
    with database.session() as session:
        rows = session.execute(
            select(
                FeedbackCitation.source,
                FeedbackCitation.start,
                FeedbackCitation.end,
                func.count().label("total"),
                func.sum(case((Feedback.vote == "down", 1), else_=0)).label("down"),
            )
            .join(Feedback, Feedback.id == FeedbackCitation.feedback_id)
            .group_by(FeedbackCitation.source, FeedbackCitation.start, FeedbackCitation.end)
        ).all()
    result = [
        PassageCount(r.source, r.start, r.end, int(r.total) - int(r.down or 0), int(r.down or 0))
        for r in rows
    ]
    return sorted(result, key=lambda c: (-c.down, -c.up, c.source, c.start))
