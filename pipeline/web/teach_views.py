"""The page that teaches ceinbox a layout from one reviewed item: the YAML first, then save."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from pipeline.errors import CeinboxError, ItemNotFound
from pipeline.learn import Suggestion, save_profile, suggest_profile
from pipeline.web.context import ingestor

blueprint = Blueprint("teach", __name__)


def _suggest(item_id: int) -> Suggestion:
    found = ingestor()
    return suggest_profile(found.settings, found.sessions, found.reader, item_id)


@blueprint.get("/items/<int:item_id>/profile")
def preview(item_id: int) -> str | BaseResponse:
    """The layout profile this item teaches, shown before anything is saved."""
    try:
        suggestion = _suggest(item_id)
    except ItemNotFound:
        return redirect(url_for("review.inbox"))
    except CeinboxError as exc:
        flash(f"No layout can be learned from this certificate: {exc}", "error")
        return redirect(url_for("review.item_page", item_id=item_id))
    return render_template("teach.html", suggestion=suggestion)


@blueprint.post("/items/<int:item_id>/profile")
def save(item_id: int) -> BaseResponse:
    """Save the profile (derived again from the item as it is now)."""
    try:
        path = save_profile(_suggest(item_id), force=request.form.get("force") == "1")
        flash(f"Saved {path}: certificates like this one are read this way from now on.", "ok")
    except CeinboxError as exc:
        flash(str(exc), "error")
        return redirect(url_for("teach.preview", item_id=item_id))
    return redirect(url_for("review.item_page", item_id=item_id))
