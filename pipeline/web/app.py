"""The Flask application factory: settings, database, reader and security in one place."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask, abort, request
from flask_wtf.csrf import CSRFProtect

from pipeline.extract.guard import GuardedExtractor
from pipeline.ingest import Ingestor
from pipeline.web import refused_views, teach_views, views

UPLOAD_LIMIT_MB = 25


def create_app(
    ingestor: Ingestor, *, previews: GuardedExtractor | None = None, testing: bool = False
) -> Flask:
    """The review page for the items in ingestor's database; uploads go through ingestor.

    Pages are rendered by `previews` (a reader process of their own, started on first use;
    close it when the app is done), so a slow render never waits behind an upload."""
    app = Flask(__name__)
    limit_mb = min(UPLOAD_LIMIT_MB, ingestor.settings.extraction.max_file_mb)
    app.config.update(
        # A fresh key per start: the page is local, and a restart only asks to reload forms.
        SECRET_KEY=secrets.token_hex(32),
        MAX_CONTENT_LENGTH=limit_mb * 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        WTF_CSRF_TIME_LIMIT=None,
        TESTING=testing,
    )
    app.extensions["ceinbox"] = ingestor
    app.extensions["ceinbox-previews"] = previews or GuardedExtractor(
        profiles=[], limits=ingestor.settings.extraction
    )

    @app.before_request
    def refuse_large_bodies() -> None:
        # Before anything reads the form: an oversized upload is never spooled to disk.
        limit = app.config["MAX_CONTENT_LENGTH"]
        if request.content_length is not None and request.content_length > limit:
            abort(413)

    CSRFProtect(app)  # registered after the size check, so it runs after it
    app.register_blueprint(views.blueprint)
    app.register_blueprint(teach_views.blueprint)
    app.register_blueprint(refused_views.blueprint)

    @app.after_request
    def security_headers(response: Any) -> Any:
        response.headers.setdefault(
            "Content-Security-Policy",
            # Inline style attributes place the boxes; no inline script is ever allowed.
            "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            "style-src-attr 'unsafe-inline'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app
