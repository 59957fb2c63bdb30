"""The Flask application factory: settings, database, reader and security in one place."""

from __future__ import annotations

import ipaddress
import secrets
import socket
from collections.abc import Callable
from typing import Any

from flask import Flask, abort, request
from flask_wtf.csrf import CSRFProtect

from pipeline.doctor import where
from pipeline.extract.guard import GuardedExtractor
from pipeline.history_text import describe as describe_history
from pipeline.ingest import Ingestor
from pipeline.web import refused_views, teach_views, views

UPLOAD_LIMIT_MB = 25


def create_app(
    ingestor: Ingestor,
    *,
    previews: GuardedExtractor | None = None,
    bind_host: str = "127.0.0.1",
    testing: bool = False,
) -> Flask:
    """The review page for the items in ingestor's database; uploads go through ingestor.

    Pages are rendered by `previews` (a reader process of their own, started on first use;
    close it when the app is done), so a slow render never waits behind an upload. Requests
    whose Host header is not this machine's (a DNS-rebinding page) are refused."""
    app = Flask(__name__)
    host_allowed = host_check(bind_host)
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
    def refuse_foreign_hosts() -> None:
        if not host_allowed(request.host):
            abort(400, description="this page answers only to its own address")

    @app.before_request
    def refuse_large_bodies() -> None:
        # Before anything reads the form: an oversized upload is never spooled to disk.
        limit = app.config["MAX_CONTENT_LENGTH"]
        if request.content_length is not None and request.content_length > limit:
            abort(413)

    CSRFProtect(app)  # registered after the size check, so it runs after it
    app.jinja_env.globals["describe_history"] = describe_history
    app.jinja_env.globals["where_line"] = where(ingestor.settings)
    app.register_blueprint(views.blueprint)
    app.register_blueprint(teach_views.blueprint)
    app.register_blueprint(refused_views.blueprint)

    @app.get("/favicon.ico")
    def favicon() -> Any:
        return app.send_static_file("favicon.svg")

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


_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def host_check(bind_host: str) -> Callable[[str], bool]:
    """Whether a request's Host header names this server.

    A page on another site can make a browser send requests to 127.0.0.1 under its own name
    (DNS rebinding); it cannot make the Host header say an address. So: loopback names, the
    address the server is bound to, and when bound to every interface, IP literals and this
    machine's own names."""
    allowed = set(_LOOPBACK_NAMES)
    everywhere = bind_host in ("", "0.0.0.0", "::")
    if everywhere:
        allowed |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    else:
        allowed.add(bind_host.lower().strip("[]"))

    def check(header: str) -> bool:
        name = _without_port(header.strip().lower())
        if name in allowed:
            return True
        if everywhere:
            try:
                ipaddress.ip_address(name)
                return True
            except ValueError:
                return False
        return False

    return check


def _without_port(host: str) -> str:
    if host.startswith("["):  # [::1]:8765
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host
