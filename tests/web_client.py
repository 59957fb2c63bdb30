"""Helpers for driving the review page with Flask's test client."""

from __future__ import annotations

import re

from flask.testing import FlaskClient


def token(client: FlaskClient) -> str:
    """The CSRF token the page hands out (in its <meta name="csrf-token">)."""
    found = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/").text)
    assert found
    return found.group(1)
