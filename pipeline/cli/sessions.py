"""The store's sessions for a command: one transaction, or a read-only snapshot; a library
error ends the command with its one-line message and exit code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from pipeline.cli.base import State, fail
from pipeline.db import open_database, reading
from pipeline.errors import CeinboxError


@contextmanager
def transaction(state: State) -> Iterator[Session]:
    """A session in a transaction, committed on success; library errors become exit codes."""
    try:
        sessions = open_database(state.settings.database)
        with sessions() as session, session.begin():
            yield session
    except CeinboxError as exc:
        fail(exc)


@contextmanager
def snapshot(state: State) -> Iterator[Session]:
    """A read-only session: it takes no lock, so a running watcher never waits for it."""
    try:
        sessions = open_database(state.settings.database)
        with reading(sessions) as session, session.begin():
            yield session
    except CeinboxError as exc:
        fail(exc)
