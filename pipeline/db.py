"""Engines and sessions: make_engine, upgrade (Alembic to head), open_database, reading and
writing. Nothing runs at import time.

SQLite: the watcher, the CLI and the web page are separate processes writing one file. A
write transaction starts with BEGIN IMMEDIATE, so a `with session.begin():` block is a real
unit of work (a second writer waits up to busy_timeout instead of failing mid-transaction).
A session from `reading()` starts with a plain BEGIN: in WAL mode it reads a snapshot and
never waits for, nor blocks, a writer. PostgreSQL: reads run READ ONLY; ingest commits take
an advisory lock so two machines never record one certificate twice.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.errors import CeinboxError, StoreUnavailable
from pipeline.store_values import SCHEMA_HEAD as SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
BUSY_TIMEOUT_MS = 5000
# How long a write keeps retrying a locked or lost database before it gives up.
WRITE_PATIENCE_SECONDS = 120.0
_READ_ONLY = "ceinbox_read_only"
# pg_advisory_lock keys: one for migrations, one for the ingest commit (the duplicate check).
MIGRATION_LOCK = 7_266_001
INGEST_LOCK = 7_266_002
# SQLSTATEs PostgreSQL uses for "try the transaction again".
_RETRY_SQLSTATES = {"40001", "40P01", "55P03", "57P01", "08000", "08003", "08006"}

T = TypeVar("T")


def make_engine(url: str) -> Engine:
    """An engine for url; SQLite files get their folder, WAL, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise CeinboxError(
                f"no driver for {parsed.get_backend_name()}: pip install 'ceinbox[postgres]'"
            ) from exc
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, connection_record: Any) -> None:
    # The driver's own implicit BEGIN (only before INSERT/UPDATE/DELETE) is switched off;
    # _begin_sqlite emits BEGIN for every transaction instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL once (it stays so). Switching needs the file to itself and does
    not wait on the busy timeout: two first starts at one moment retry instead of failing."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _begin_sqlite(connection: Connection) -> None:
    if connection.get_execution_options().get(_READ_ONLY):
        connection.exec_driver_sql("BEGIN")  # deferred: a snapshot read, no lock taken
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def is_postgresql(sessions_or_engine: sessionmaker[Session] | Engine | Connection) -> bool:
    """Whether the store is PostgreSQL (the team setup)."""
    bind = _engine_of(sessions_or_engine)
    return bind.dialect.name == "postgresql"


def _engine_of(source: sessionmaker[Session] | Engine | Connection) -> Engine | Connection:
    if isinstance(source, sessionmaker):
        bind = source.kw["bind"]
        assert isinstance(bind, Engine)
        return bind
    return source


def reading(sessions: sessionmaker[Session]) -> Session:
    """A session for reads only: it never takes the write lock nor waits for a writer."""
    engine = _engine_of(sessions)
    assert isinstance(engine, Engine)
    options: dict[str, Any] = {_READ_ONLY: True}
    if engine.dialect.name == "postgresql":
        options["postgresql_readonly"] = True
    return sessions(bind=engine.execution_options(**options))


def writing(
    sessions: sessionmaker[Session],
    work: Callable[[Session], T],
    *,
    patience: float = WRITE_PATIENCE_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run work(session) in one write transaction, retried with back-off while the database is
    locked, busy or its connection was lost; StoreUnavailable when patience runs out."""
    deadline = time.monotonic() + patience
    delay = 0.05
    attempt = 1
    while True:
        try:
            with sessions() as session, session.begin():
                return work(session)
        except DBAPIError as exc:
            if not is_transient(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise StoreUnavailable(
                    f"the database stayed unavailable for {patience:g} s: {first_line(exc)}"
                ) from exc
            logger.warning(
                "database unavailable (%s); attempt %d, retrying in %.2f s",
                first_line(exc),
                attempt,
                delay,
            )
            sleep(delay)
            delay = min(delay * 2, 5.0)
            attempt += 1


def is_transient(error: DBAPIError) -> bool:
    """A locked or busy SQLite file, a lost connection, or a PostgreSQL retry state."""
    if error.connection_invalidated:
        return True
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in _RETRY_SQLSTATES:
        return True
    if isinstance(error, OperationalError):
        message = str(error.orig).lower()
        return any(word in message for word in ("locked", "busy", "connection", "server closed"))
    return False


def lock_for_ingest(session: Session) -> None:
    """Serialise ingest commits across machines (PostgreSQL); SQLite's write lock already does."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INGEST_LOCK})


def first_line(error: BaseException) -> str:
    """A database error's first line (the driver's message, without SQLAlchemy's notes)."""
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def alembic_config() -> Config:
    """An Alembic configuration built in code, pointing at the installed migrations."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolation: a '%' in the install path must be doubled.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def at_head(engine: Engine) -> bool:
    """Whether the schema is already the newest, found by a read that takes no lock."""
    with engine.execution_options(**{_READ_ONLY: True}).connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
            return False  # a new, empty database
        finally:
            connection.rollback()
    return [row[0] for row in rows] == [SCHEMA_HEAD]


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest schema; a no-op when it is already there (then
    without taking the write lock, so starting a command never waits for a writer)."""
    if at_head(engine):
        return
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys enforced, dropping the old
            # table would fail or cascade. The pragma is ignored inside a transaction.
            _driver_execute(connection, "PRAGMA foreign_keys=OFF")
        try:
            # One transaction (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL): a
            # second process starting at the same moment waits, then finds the schema at head.
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise CeinboxError(f"migration left {len(broken)} broken references")
        finally:
            if sqlite:
                _driver_execute(connection, "PRAGMA foreign_keys=ON")


def _driver_execute(connection: Connection, statement: str) -> None:
    """Run a statement on the driver connection, outside any SQLAlchemy transaction."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def open_database(url: str) -> sessionmaker[Session]:
    """The session factory for url, with the schema migrated to head.

    The engine is `factory.kw["bind"]`; dispose of it when done.
    """
    engine = make_engine(url)
    try:
        upgrade(engine)
    except OperationalError as exc:
        if engine.dialect.name == "sqlite":
            raise
        raise CeinboxError(f"cannot reach the database: {first_line(exc)}") from exc
    return sessionmaker(engine, expire_on_commit=False)
