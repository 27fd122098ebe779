"""Urgent messages for staff: every message that got the urgent reply, redacted, listed on the
staff page until a staff user marks it seen.

The patient is told to call the clinic or the emergency number; this lets the front desk know
that the reply was given, and to what, so a person can expect the call and follow it up. Only
the redacted text and the times are kept: never the session id or the address, so staff cannot
reach the patient from here (the reply asks the patient to reach them).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

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
        # One writer thread: the request only hands the message over (FastAPI's BackgroundTasks
        # on /chat cost every request, urgent or not, a sixth of the benchmark's throughput).
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="urgent-messages")

    def offer(self, message: str) -> None:
        """Keep the message on the writer thread; never blocks the reply."""
        self._writer.submit(self.keep, message)

    def flush(self) -> None:
        """Wait until every offered message is stored (tests, shutdown)."""
        self._writer.submit(lambda: None).result(timeout=10)

    def close(self) -> None:
        self._writer.shutdown(wait=True)

    def keep(self, message: str) -> None:
        """Redact and store one message now; delete what is past the retention. A failed write
        is logged (its kind, never the text) and the patient's reply stands."""
        try:
            text = self.redactor.redact(message.strip())[:1000]
            with self.database.session() as session:
                session.add(UrgentMessage(text=text, seen_by=""))
                session.execute(
                    delete(UrgentMessage).where(UrgentMessage.created_at < now() - self.retention)
                )
        except Exception as error:  # the reply was given; the list must not break the server
            log.error("urgent message not kept: %s", type(error).__name__)

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
