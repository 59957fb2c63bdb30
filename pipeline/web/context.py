"""What every route of the review page shares: the app's ingestor and preview reader, read
and write sessions, and the item or page a route is about (404 when there is none)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import abort, current_app
from sqlalchemy.orm import Session

from pipeline import items as services
from pipeline.db import reading
from pipeline.errors import CeinboxError, ItemError
from pipeline.extract.guard import GuardedExtractor
from pipeline.ingest import Ingestor
from pipeline.models import Item
from pipeline.previews import PagePreview, page_preview


def ingestor() -> Ingestor:
    """The ingestor (settings, database, reader) this app was created with."""
    found = current_app.extensions["ceinbox"]
    assert isinstance(found, Ingestor)
    return found


def preview_reader() -> GuardedExtractor:
    """The reader process that renders certificate pages (never this server process)."""
    found = current_app.extensions["ceinbox-previews"]
    assert isinstance(found, GuardedExtractor)
    return found


@contextmanager
def transaction() -> Iterator[Session]:
    """A session in a write transaction for one request."""
    with ingestor().sessions() as session, session.begin():
        yield session


@contextmanager
def snapshot() -> Iterator[Session]:
    """A read-only session: it takes no lock, so the watcher's commits never wait for a page."""
    with reading(ingestor().sessions) as session, session.begin():
        yield session


def get_item(session: Session, item_id: int) -> Item:
    """The item, or a 404 page."""
    try:
        return services.get_item(session, item_id)
    except ItemError as exc:
        abort(404, description=str(exc))


def page_of(pdf: Path, sha256: str, page: int) -> PagePreview:
    """Page `page` of the certificate as an image, rendered by the preview reader; else 404."""
    shown = try_page_of(pdf, sha256, page)
    if isinstance(shown, str):
        abort(404)
    return shown


def try_page_of(pdf: Path, sha256: str, page: int) -> PagePreview | str:
    """Page `page` as an image, or why it cannot be shown (a page too slow or too big to
    render within the reader's limits, a file gone from the archive)."""
    cache = ingestor().settings.archive / ".previews"
    try:
        return page_preview(pdf, sha256, page, cache, preview_reader().render)
    except CeinboxError as exc:
        return str(exc)
