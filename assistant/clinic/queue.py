"""The content-gap queue: questions the assistant could not answer well, kept for staff.

`offer()` hands the question to a writer thread (`batches.py`), which redacts, embeds and stores
what is offered together (one model call, one transaction) and deletes rows past the retention.
Only the redacted text and its vector are stored: never the session id or the address.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import delete, select

from assistant.clinic.batches import BatchWriter
from assistant.clinic.database import Database
from assistant.clinic.models import GapQuestion, now
from assistant.clinic.redaction import LABELS, Redactor

log = logging.getLogger(__name__)
REASONS = ("not_found", "low_score", "thumbs_down")
# "answered": the documents answer it now (a document added or changed since it was asked).
STATUSES = ("open", "attached", "out_of_scope", "missing_doc", "answered")
PREPARED = 1024  # questions whose redacted text and vector are kept for a repeat
_LABEL = re.compile("|".join(re.escape(label) for label in LABELS.values()))

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True, slots=True)
class Group:
    """Near-duplicate open questions: the first one asked stands for the group."""

    id: int  # the representative question's id
    text: str
    count: int
    reasons: tuple[str, ...]
    member_ids: tuple[int, ...]
    last_asked: datetime
    texts: tuple[str, ...] = ()

    @property
    def variant_text(self) -> str:
        """The wording to attach as a variant: a member with nothing redacted, else the first
        with its labels taken out (a "[NAME]" in a key would only add noise to matching)."""
        clean = [t for t in self.texts if not _LABEL.search(t)]
        if clean:
            return clean[0]
        return " ".join(_LABEL.sub(" ", self.text).split()).strip(" ,;") or self.text


class GapQueue:
    """Keeps redacted questions; the write happens on its own thread."""

    def __init__(
        self,
        database: Database,
        *,
        embed: Embed | None,
        redactor: Redactor,
        retention_days: int,
        similarity: float,
        max_pending: int = 1000,
    ) -> None:
        self.database = database
        self.embed = embed
        self.redactor = redactor
        self.retention = timedelta(days=retention_days)
        self.similarity = similarity
        # a question's digest -> (redacted text, vector), the most recently asked last
        self._prepared: OrderedDict[bytes, tuple[str, bytes | None]] = OrderedDict()
        self._prepared_lock = threading.Lock()
        self._writer: BatchWriter[tuple[str, str]] = BatchWriter(
            self.store_many, name="gap-queue", max_pending=max_pending
        )

    def offer(self, question: str, reason: str) -> None:
        """Keep question later (never blocks; dropped when the writer is far behind)."""
        if not self._writer.offer((question, reason)):
            log.warning("gap queue full: a question was not kept")

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every offered question is stored (tests, shutdown)."""
        self._writer.flush(timeout)

    def close(self) -> None:
        self._writer.close()

    def store(self, question: str, reason: str) -> None:
        """Redact, embed and store one question now; delete what is past the retention."""
        self.store_many([(question, reason)])

    def store_many(self, questions: Sequence[tuple[str, str]]) -> None:
        """Redact, embed (one model call) and store questions in one transaction, in order;
        delete what is past the retention."""
        prepared = self._prepared_of([question for question, _ in questions])
        with self.database.session() as session:
            for (text, vector), (_, reason) in zip(prepared, questions, strict=True):
                session.add(GapQuestion(text=text, reason=reason, vector=vector, note=""))
            session.execute(
                delete(GapQuestion).where(GapQuestion.created_at < now() - self.retention)
            )

    def _prepared_of(self, questions: list[str]) -> list[tuple[str, bytes | None]]:
        """Each question's redacted text and vector. A question asked again lately is redacted
        and embedded once: FAQ traffic repeats, and with every repeat embedded again the writer
        took CPU from the requests that followed (benchmark, fifty-ninth round)."""
        # Known by a digest: the memo keeps no patient's words unredacted.
        digests = [hashlib.blake2b(q.encode("utf-8"), digest_size=16).digest() for q in questions]
        with self._prepared_lock:
            first = dict(zip(digests, questions, strict=True))
            new = [d for d in dict.fromkeys(digests) if d not in self._prepared]
            texts = [self.redactor.redact(first[d].strip())[:1000] for d in new]
            vectors: list[bytes | None] = [None] * len(texts)
            if self.embed is not None and new:
                # Grouped by what is asked: the labels ("[NAME]", "[PHONE]") carry no meaning.
                meanings = [" ".join(_LABEL.sub(" ", text).split()) or text for text in texts]
                embedded = np.asarray(self.embed(meanings), dtype=np.float32)
                vectors = [row.tobytes() for row in embedded]
            self._prepared.update(zip(new, zip(texts, vectors, strict=True), strict=True))
            found = []
            for digest in digests:
                self._prepared.move_to_end(digest)
                found.append(self._prepared[digest])
            while len(self._prepared) > PREPARED:
                self._prepared.popitem(last=False)
            return found

    def groups(self, status: str = "open") -> list[Group]:
        """Questions of one status grouped by embedding similarity, most asked first."""
        with self.database.session() as session:
            rows = list(
                session.scalars(
                    select(GapQuestion)
                    .where(GapQuestion.status == status)
                    .order_by(GapQuestion.created_at, GapQuestion.id)
                )
            )
        # Single-link: a question joins the first group holding a question close enough to it.
        leaders: list[tuple[GapQuestion, list[np.ndarray], list[GapQuestion]]] = []
        for row in rows:
            vector = np.frombuffer(row.vector, dtype=np.float32) if row.vector else None
            for _leader, vectors, members in leaders:
                same = any(row.text.lower() == m.text.lower() for m in members)
                if same or (
                    vector is not None
                    and any(float(vector @ other) >= self.similarity for other in vectors)
                ):
                    members.append(row)
                    if vector is not None:
                        vectors.append(vector)
                    break
            else:
                leaders.append((row, [] if vector is None else [vector], [row]))
        groups = [
            Group(
                id=leader.id,
                text=leader.text,
                count=len(members),
                reasons=tuple(sorted({m.reason for m in members})),
                member_ids=tuple(m.id for m in members),
                last_asked=max(m.created_at for m in members),
                texts=tuple(m.text for m in members),
            )
            for leader, _, members in leaders
        ]
        return sorted(groups, key=lambda g: (-g.count, -g.last_asked.timestamp()))

    def group_of(self, question_id: int) -> Group | None:
        """The open group a question belongs to."""
        return next((g for g in self.groups() if question_id in g.member_ids), None)

    def set_status(self, question_id: int, status: str, note: str = "") -> int:
        """Set the status of the question's whole group; the number of questions changed."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}")
        group = self.group_of(question_id)
        if group is None:
            return 0
        with self.database.session() as session:
            for row in session.scalars(
                select(GapQuestion).where(GapQuestion.id.in_(group.member_ids))
            ):
                row.status, row.note = status, note[:500]
        return group.count
