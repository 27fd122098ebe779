"""Urgent messages for staff: every message that got the urgent reply, redacted, listed on the
staff page until a staff user marks it seen.

The patient is told to call the clinic or the emergency number; this lets the front desk know
that the reply was given, and to what, so a person can expect the call and follow it up. Only
the redacted text and the times are kept: never the session id or the address, so staff cannot
reach the patient from here (the reply asks the patient to reach them).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from assistant.clinic.batches import BatchWriter
from assistant.clinic.database import Database
from assistant.clinic.models import UrgentMessage, now
from assistant.clinic.redaction import Redactor

log = logging.getLogger(__name__)
# Messages already seen stay listed a while, so a colleague sees who handled what.
SEEN_SHOWN = 10


@dataclass(frozen=True, slots=True)
class Urgent:
    """One kept message, as the staff page lists it."""

    id: int
    text: str
    asked: datetime
    seen_at: datetime | None
    seen_by: str


class UrgentMessages:
    """Keeps redacted urgent messages and their seen marks in the clinic's database."""

    def __init__(self, database: Database, *, redactor: Redactor, retention_days: int) -> None:
        self.database = database
        self.redactor = redactor
        self.retention = timedelta(days=retention_days)
        # The request only hands the message over; the writer stores what is offered together
        # (`batches.py`). FastAPI's BackgroundTasks on /chat cost every request, urgent or not,
        # a sixth of the benchmark's throughput; one transaction per message cost a fifth of it
        # (a fifth of the benchmark's questions are urgent).
        self._writer: BatchWriter[str] = BatchWriter(self.keep_many, name="urgent-messages")

    def offer(self, message: str) -> None:
        """Keep the message on the writer thread; never blocks the reply."""
        if not self._writer.offer(message):
            log.error("urgent message not kept: the writer is far behind")

    def flush(self) -> None:
        """Wait until every offered message is stored (tests, shutdown)."""
        self._writer.flush()

    def close(self) -> None:
        self._writer.close()

    def keep(self, message: str) -> None:
        """Redact and store one message now (`keep_many`)."""
        self.keep_many([message])

    def keep_many(self, messages: Sequence[str]) -> None:
        """Redact and store messages in one transaction, in order; delete what is past the
        retention. A failed write is logged (its kind, never the text) and the patients' replies
        stand."""
        try:
            texts = [self.redactor.redact(message.strip())[:1000] for message in messages]
            with self.database.session() as session:
                for text in texts:
                    session.add(UrgentMessage(text=text, seen_by=""))
                session.execute(
                    delete(UrgentMessage).where(UrgentMessage.created_at < now() - self.retention)
                )
        except Exception as error:  # the reply was given; the list must not break the server
            log.error("urgent messages not kept (%d): %s", len(messages), type(error).__name__)

    def listed(self) -> list[Urgent]:
        """Every message not yet seen, then the last few seen; newest first in each."""
        with self.database.session() as session:
            unseen = session.scalars(
                select(UrgentMessage)
                .where(UrgentMessage.seen_at.is_(None))
                .order_by(UrgentMessage.created_at.desc(), UrgentMessage.id.desc())
            ).all()
            seen = session.scalars(
                select(UrgentMessage)
                .where(UrgentMessage.seen_at.is_not(None))
                .order_by(UrgentMessage.seen_at.desc(), UrgentMessage.id.desc())
                .limit(SEEN_SHOWN)
            ).all()
            return [
                Urgent(row.id, row.text, row.created_at, row.seen_at, row.seen_by)
                for row in [*unseen, *seen]
            ]

    def mark_seen(self, message_id: int, user: str) -> bool:
        """Mark one message seen by user; False when no unseen message has that id."""
        with self.database.session() as session:
            result = session.execute(
                update(UrgentMessage)
                .where(UrgentMessage.id == message_id, UrgentMessage.seen_at.is_(None))
                .values(seen_at=now(), seen_by=user[:64])
            )
            return bool(getattr(result, "rowcount", 0))
