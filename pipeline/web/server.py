"""Serve the review page with waitress (a production WSGI server, pure Python)."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from types import FrameType

from flask import Flask
from waitress.server import create_server

from pipeline.errors import CeinboxError

logger = logging.getLogger(__name__)


def serve(app: Flask, *, host: str, port: int, ready: Callable[[str], None]) -> None:
    """Serve until SIGINT/SIGTERM; `ready` gets the page's address once it listens."""
    try:
        server = create_server(app, host=host, port=port, threads=4, ident="ceinbox")
    except OSError as exc:
        raise CeinboxError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    listening = getattr(server, "effective_port", port)  # 0 asks the system for a free port
    address = f"http://{_display_host(host)}:{listening}/"

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    ready(address)
    try:
        server.run()
    except KeyboardInterrupt:
        logger.info("stopping the review page")
    finally:
        server.close()
        signal.signal(signal.SIGTERM, previous)


def _display_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
