"""The review page: a small Flask application over the same services as the CLI."""

from pipeline.web.app import create_app

__all__ = ["create_app"]
