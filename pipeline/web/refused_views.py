"""Refused files on the review page: why each was refused, and a button to try it again."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from pipeline.errors import CeinboxError
from pipeline.ingest import Outcome
from pipeline.refused import find_refused, requeue
from pipeline.web.context import ingestor

blueprint = Blueprint("refused", __name__)


@blueprint.post("/refused/retry")
def retry() -> BaseResponse:
    """Put one refused file (named by its bare file name) back through the inbox path."""
    found = ingestor()
    name = request.form.get("name") or ""
    try:
        refused = find_refused(found.settings, name)
    except CeinboxError:
        flash("That file is no longer among the refused files.", "error")
        return redirect(url_for("review.inbox"))
    result = found.ingest(requeue(found.settings, refused), move_source=True, complete=True)
    kept = result.outcome in (Outcome.RECORDED, Outcome.NEEDS_REVIEW, Outcome.DUPLICATE)
    flash(result.log_line(), "ok" if kept or result.outcome == Outcome.TAKEN else "error")
    if result.outcome in (Outcome.RECORDED, Outcome.NEEDS_REVIEW) and result.item_id:
        return redirect(url_for("review.item_page", item_id=result.item_id))
    return redirect(url_for("review.inbox"))
