"""The clinic's database: an engine from the URL setting, migrated to the latest schema.

SQLite by default (one file beside the index); any SQLAlchemy URL works, e.g.
`postgresql+psycopg://user:pass@host/db` for several workers. Migrations are Alembic's, run
programmatically at start-up, with portable SQL only.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine as SqlEngine
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_migrate_lock = threading.Lock()
# Any number: the Postgres advisory lock that serialises migrations across workers.
_MIGRATION_LOCK_ID = 7_244_012


class Database:
    """An engine and a session factory over one database URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            # The queue writer is its own thread: let connections cross threads; wait on locks.
            self.engine: SqlEngine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 15}
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring the schema to the latest migration (creates the database on first start)."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        # Workers (uvicorn --workers) start together: without a lock across processes, two read
        # "no schema yet" and the second CREATE fails ("table alembic_version already exists").
        with _migrate_lock, self._across_processes(), self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_ID})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def _across_processes(self) -> AbstractContextManager[object]:
        """An exclusive lock on a file beside a SQLite database, held while it migrates (other
        databases lock inside the migration's transaction)."""
        path = self.url.removeprefix("sqlite:///")
        if path == self.url or path in ("", ":memory:"):  # not a SQLite file: nothing to share
            return nullcontext()
        return _file_lock(Path(path + ".migrate.lock"))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sqlite_pragmas(connection: object, _record: object) -> None:
    # Foreign keys (feedback citations go with their feedback) and concurrent readers.
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_database(url: str) -> Database:
    """The database at url, migrated."""
    database = Database(url)
    database.migrate()
    return database
