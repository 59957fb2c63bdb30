"""Engines and sessions: make_engine, upgrade (Alembic to head), open_database. Nothing runs
at import time.

On SQLite, every transaction starts with BEGIN IMMEDIATE: the watcher, the CLI and the web
page are separate processes writing one file, and taking the write lock up front makes a
`with session.begin():` block a real unit of work (reads and writes see one state; a second
writer waits up to busy_timeout instead of failing mid-transaction or losing an update).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from pipeline.errors import CeinboxError

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
BUSY_TIMEOUT_MS = 5000


def make_engine(url: str) -> Engine:
    """An engine for url; SQLite files get their folder, WAL, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed)
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, connection_record: Any) -> None:
    # The driver's own implicit BEGIN (only before INSERT/UPDATE/DELETE) is switched off;
    # _begin_immediate emits BEGIN for every transaction instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config() -> Config:
    """An Alembic configuration built in code, pointing at the installed migrations."""
    config = Config()
    # ConfigParser interpolation: a '%' in the install path must be doubled.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest schema; a no-op when it is already there."""
    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys enforced, dropping the old
            # table would fail or cascade. The pragma is ignored inside a transaction.
            _driver_execute(connection, "PRAGMA foreign_keys=OFF")
        try:
            # One transaction (BEGIN IMMEDIATE on SQLite): a second process starting at the
            # same moment waits, then finds the schema at head.
            with connection.begin():
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
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
