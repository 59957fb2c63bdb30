"""Shared fixtures: a config folder on tmp_path, a CLI runner, and a fresh database on each
backend (SQLite, and PostgreSQL where a server is given)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from pipeline.ingest import Ingestor
from pipeline.web import create_app


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A config.yaml in its own folder, with default relative paths."""
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"owner_name": None}), encoding="utf-8")
    return path


@pytest.fixture
def runner() -> CliRunner:
    """A click runner whose stdout and stderr are read separately."""
    return CliRunner()


# PostgreSQL for the store and ingest suites: an admin URL of a real server (CI sets it in
# .ci/run). Each test gets a database of its own, dropped afterwards.
POSTGRES_ENV = "CEINBOX_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def postgres_admin_url() -> str:
    """The server to create test databases on; skips (fails in CI) when there is none."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    reason = f"no PostgreSQL server: set {POSTGRES_ENV}=postgresql://USER:PASSWORD@HOST/postgres"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
    pytest.skip(reason)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped when done."""
    import psycopg
    from sqlalchemy import make_url

    admin = make_url(postgres_admin_url())
    name = f"ceinbox_test_{uuid.uuid4().hex[:12]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database on each backend: a SQLite file, and a real PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'ceinbox.db'}"
        return
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture
def app(ingestor: Ingestor) -> Flask:
    """The review page on the requesting module's `ingestor` fixture."""
    return create_app(ingestor, testing=True)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client of `app`."""
    return app.test_client()
