"""Routes of the review page. Each one opens a session (read-only unless it changes
something), calls a service, renders; nothing slow runs while a session is open."""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask import session as user_session
from werkzeug.wrappers import Response as BaseResponse

from pipeline import browse, credits, item_edits, removal, review_flow
from pipeline import items as services
from pipeline.browse import STATUS_ORDER
from pipeline.calendar_export import deadlines_calendar
from pipeline.catalog_store import load_catalog
from pipeline.errors import ConfigError, ItemError
from pipeline.export import EXPORT_FORMATS, export_items
from pipeline.extract.model import REQUIRED_FIELDS
from pipeline.ingest import Outcome
from pipeline.models import Item, ItemStatus
from pipeline.previews import PagePreview
from pipeline.progress import progress
from pipeline.progress_store import renewal_facts
from pipeline.refused import list_refused
from pipeline.renewal_rules import rules_of
from pipeline.text import names_match
from pipeline.web.context import (
    get_item,
    ingestor,
    page_of,
    snapshot,
    transaction,
    try_page_of,
)

blueprint = Blueprint("review", __name__)
ACTOR = "web"
PORTAL_FIELDS = (
    ("course_name", "Course name"),
    ("start_date", "Start date"),
    ("end_date", "End date"),
    ("validation_code", "Validation code"),
)
OTHER_FIELDS = (("learner_name", "Learner"), ("issuer", "Issuer"))


@blueprint.get("/")
def inbox() -> str:
    """Items grouped by status, those needing review first; filter, search, page."""
    status = request.args.get("status") or None
    query = (request.args.get("q") or "").strip()
    number = request.args.get("page", type=int) or 1
    chosen = ItemStatus(status) if status in {s.value for s in STATUS_ORDER} else None
    with snapshot() as session:
        counts = browse.status_counts(session)
        page = browse.page_of_items(session, status=chosen, query=query, number=number)
        groups = [(s, [i for i in page.items if i.status == s]) for s in STATUS_ORDER]
        catalog = load_catalog(session)
        objects = {i.id: services.item_to_json(i, catalog=catalog) for i in page.items}
        blocked = {
            i.id: "misses " + ", ".join(f.replace("_", " ") for f in missing)
            for i in page.items
            if i.status == ItemStatus.pending
            and (missing := [f for f in REQUIRED_FIELDS if getattr(i, f) is None])
        }
        return render_template(
            "inbox.html",
            objects=objects,
            groups=[(s, members) for s, members in groups if members],
            counts=counts,
            review_count=browse.review_count(session),
            total=sum(counts.values()),
            status=status,
            query=query,
            statuses=STATUS_ORDER,
            page=page,
            blocked=blocked,
            refused=list_refused(ingestor().settings),
        )


@blueprint.post("/approve")
def approve_selected() -> BaseResponse:
    """Approve every selected item that can be approved; list the others with why."""
    ids = [int(v) for v in request.form.getlist("ids") if v.isdigit()]
    if not ids:
        flash("Select the items to approve first.", "error")
        return redirect(url_for("review.inbox"))
    approved, refused = [], []
    for item_id in ids:  # one transaction each: one item that cannot be approved blocks none
        try:
            with transaction() as session:
                services.approve(session, item_id, actor=ACTOR)
            approved.append(item_id)
        except ItemError as exc:
            refused.append(str(exc))
    if approved:
        flash(f"Approved {len(approved)} item(s): ready to submit.", "ok")
    for reason in refused:
        flash(f"Not approved: {reason}", "error")
    return redirect(url_for("review.inbox"))


@blueprint.post("/upload")
def upload() -> BaseResponse | tuple[Response, int]:
    """Dropped or chosen PDFs go through exactly the inbox's ingest path."""
    files = [f for f in request.files.getlist("file") if f.filename]
    if not files:
        flash("Choose a PDF to add.", "error")
        return redirect(url_for("review.inbox"))
    lines: list[tuple[str, str]] = []
    first_item: int | None = None
    staging = Path(tempfile.mkdtemp(prefix="ceinbox-upload-"))
    try:
        for upload_file in files:
            path = staging / _safe_name(upload_file.filename or "upload.pdf")
            upload_file.save(path)
            result = ingestor().ingest(path, move_source=True, complete=True)
            lines.append((result.log_line(), _FLASH_KIND.get(result.outcome, "error")))
            if result.outcome in (Outcome.RECORDED, Outcome.NEEDS_REVIEW) and first_item is None:
                first_item = result.item_id
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    # Shown on the next page in both cases: the drop zone's script follows with a reload.
    for line, kind in lines:
        flash(line, kind)
    if request.accept_mimetypes.best == "application/json":
        return jsonify({"results": [line for line, _ in lines], "item": first_item}), 200
    if len(files) == 1 and first_item is not None:
        return redirect(url_for("review.item_page", item_id=first_item))
    return redirect(url_for("review.inbox"))


# How an upload's outcome is shown: a duplicate added nothing, so it is not a success.
_FLASH_KIND = {
    Outcome.RECORDED: "ok",
    Outcome.NEEDS_REVIEW: "ok",
    Outcome.DUPLICATE: "warning",
}


def _safe_name(name: str) -> str:
    """A file name without folders or characters a file system refuses."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f<>:\"/\\|?*]", "_", base).strip(" .") or "upload.pdf"
    return base[:180]


@blueprint.get("/export.<fmt>")
def export(fmt: str) -> Response:
    """CSV or JSON of the items, or the deadlines calendar, as `ceinbox export` writes it."""
    if fmt not in EXPORT_FORMATS:
        abort(404)
    status = request.args.get("status") or None
    chosen = ItemStatus(status) if status in {s.value for s in STATUS_ORDER} else None
    with snapshot() as session:
        found = services.list_items(session, status=chosen)
        if fmt == "ics":
            data = deadlines_calendar(
                found, ingestor().settings.certifications, stamp=datetime.now(UTC)
            )
        else:
            catalog = load_catalog(session)
            objects = [services.item_to_json(i, catalog=catalog) for i in found]
            data = export_items(objects, fmt).encode("utf-8")
    mime = {"csv": "text/csv", "json": "application/json", "ics": "text/calendar"}[fmt]
    name = "ceinbox-deadlines.ics" if fmt == "ics" else f"ceinbox-items.{fmt}"
    return Response(
        data,
        mimetype=mime,
        headers={"Content-Disposition": f"attachment; filename={name}"},
    )


@blueprint.get("/items/<int:item_id>")
def item_page(item_id: int) -> str:
    """The certificate beside its fields, with actions and history."""
    with snapshot() as session:
        item = get_item(session, item_id)
        page = request.args.get("page", type=int) or _main_page(item)
        if not 1 <= page <= max(item.document.pages or 1, 1):
            abort(404)
        document = (Path(item.document.archive_path), item.document.sha256)
    shown = try_page_of(*document, page)  # outside any transaction: rendering can be slow
    preview = shown if isinstance(shown, PagePreview) else None
    with snapshot() as session:
        item = get_item(session, item_id)
        boxes = _boxes(item, page, preview) if preview else []
        obj = services.item_to_json(item, catalog=load_catalog(session))
        return render_template(
            "item.html",
            item=item,
            obj=obj,
            page=page,
            preview=preview,
            preview_problem=None if preview else shown,
            boxes=boxes,
            portal_fields=PORTAL_FIELDS,
            other_fields=OTHER_FIELDS,
            values={**_values(obj), **user_session.pop(_TYPED.format(item_id), {})},
            fields=item.fields or {},
            history=services.history_of(item),
            similar=browse.similar_items(session, item),
            owner_warning=_owner_warning(item),
            printed_credits=credits.describe_printed(obj["printed_credits"]),
            credits_disagree=credits.printed_disagrees(
                obj["printed_credits"], obj["expected_credits"]
            ),
            neighbours=browse.neighbours(session, item),
        )


def _values(data: dict[str, Any]) -> dict[str, str]:
    return {name: "" if data.get(name) is None else str(data[name]) for name in data}


def _main_page(item: Item) -> int:
    pages = [int(f["page"]) for f in (item.fields or {}).values() if f.get("page")]
    return max(set(pages), key=pages.count) if pages else 1


def _boxes(item: Item, page: int, preview: PagePreview) -> list[dict[str, Any]]:
    """Each value's box in percent of the (upright) picture, coloured by confidence."""
    width, height = preview.width, preview.height
    boxes = []
    for name, label in (*PORTAL_FIELDS, *OTHER_FIELDS):
        meta = (item.fields or {}).get(name) or {}
        bbox = meta.get("bbox")
        if not bbox or meta.get("page") != page or not width or not height:
            continue
        x0, top, x1, bottom = preview.place(*(float(v) for v in bbox))
        confidence = float(meta.get("confidence") or 0)
        boxes.append(
            {
                "field": name,
                "label": label,
                "left": 100 * x0 / width,
                "top": 100 * top / height,
                "width": 100 * max(x1 - x0, 2) / width,
                "height": 100 * max(bottom - top, 2) / height,
                "level": "high" if confidence >= 0.8 else "medium" if confidence >= 0.5 else "low",
                "confidence": confidence,
            }
        )
    return boxes


def _owner_warning(item: Item) -> str | None:
    """Said when the certificate is issued to someone other than `owner_name`."""
    owner = ingestor().settings.owner_name
    if not owner or not item.learner_name or names_match(owner, item.learner_name):
        return None
    return f"This certificate is issued to '{item.learner_name}', not to the owner '{owner}'."


@blueprint.get("/progress")
def progress_page() -> str:
    """Credits per certification with progress bars, renewal paths and the deadline list."""
    settings = ingestor().settings
    try:
        rules = rules_of(settings)
    except ConfigError as exc:
        return render_template("progress.html", standing=[], bar=_bar, rules_problem=str(exc))
    with snapshot() as session:
        standing = progress(renewal_facts(session), settings.certifications, date.today(), rules)
        return render_template("progress.html", standing=standing, bar=_bar)


def _bar(amount: float, required: int) -> float:
    """A share of the requirement, in percent of a progress bar (at most 100)."""
    return min(100.0, 100.0 * amount / required) if required else 0.0


@blueprint.get("/items/<int:item_id>/pages/<int:page>.png")
def page_image(item_id: int, page: int) -> Response:
    """The rendered certificate page (by item id only, never by a path from the request)."""
    with snapshot() as session:
        item = get_item(session, item_id)
        document = (Path(item.document.archive_path), item.document.sha256)
    preview = page_of(*document, page)
    response = send_file(preview.image, mimetype="image/png", max_age=3600)
    return response


@blueprint.get("/items/<int:item_id>/pdf")
def original_pdf(item_id: int) -> Response:
    """Download the certificate PDF under its original name."""
    with snapshot() as session:
        item = get_item(session, item_id)
        path = Path(item.document.archive_path)
        name = item.document.original_name
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=name)


@blueprint.post("/items/<int:item_id>/edit")
def edit(item_id: int) -> BaseResponse:
    """Save the corrected fields; only changed ones land in the history."""
    editable = [name for name, _ in (*PORTAL_FIELDS, *OTHER_FIELDS)] + ["credits"]
    changes: dict[str, str | None] = {}
    try:
        with transaction() as session:
            item = get_item(session, item_id)
            current = _values(services.item_to_json(item))
            for name in editable:
                if name in request.form and request.form[name].strip() != current.get(name, ""):
                    changes[name] = request.form[name].strip()
            if changes:
                item_edits.edit_item(session, item_id, changes, actor=ACTOR)
        flash("Saved." if changes else "Nothing changed.", "ok")
    except ItemError as exc:
        flash(str(exc), "error")
        # Shown again in the form: what the person typed is theirs to correct, not to retype.
        user_session[_TYPED.format(item_id)] = {
            name: request.form[name] for name in editable if name in request.form
        }
    return redirect(url_for("review.item_page", item_id=item_id))


_TYPED = "typed-{}"


@blueprint.post("/items/<int:item_id>/delete")
def delete_item(item_id: int) -> BaseResponse:
    """Delete the item; its certificate's file stays in the archive."""
    if request.form.get("sure") != "yes":
        flash("Tick \u201crecorded by mistake\u201d to delete the item.", "error")
        return redirect(url_for("review.item_page", item_id=item_id))
    try:
        with transaction() as session:
            gone = removal.delete_item(session, item_id, actor=ACTOR)
    except ItemError as exc:
        flash(str(exc), "error")
        return redirect(url_for("review.item_page", item_id=item_id))
    flash(f"Deleted item #{gone.item_id}; its certificate is kept at {gone.archive_path}.", "ok")
    return redirect(url_for("review.inbox"))


@blueprint.post("/items/<int:item_id>/<action>")
def change_status(item_id: int, action: str) -> BaseResponse:
    """Approve, mark submitted or earned, reject with a reason, reopen, or undo."""
    try:
        with transaction() as session:
            if action == "approve":
                services.approve(session, item_id, actor=ACTOR)
                message = "Approved: ready to submit on the CE portal."
            elif action == "submitted":
                services.mark_submitted(session, item_id, actor=ACTOR)
                message = "Marked submitted: the portal shows it Pending."
            elif action == "earned":
                raw = (request.form.get("credits") or "").strip()
                credits = float(raw) if raw else None
                services.mark_earned(session, item_id, credits=credits, actor=ACTOR)
                message = "Marked earned."
            elif action == "reject":
                reason = (request.form.get("reason") or "").strip()
                services.reject(session, item_id, reason=reason, actor=ACTOR)
                message = "Rejected."
            elif action == "reopen":
                review_flow.reopen(session, item_id, actor=ACTOR)
                message = "Reopened: pending review again."
            elif action == "undo":
                item = review_flow.undo(session, item_id, actor=ACTOR)
                message = f"Undone: back to {item.status.value}."
            else:
                abort(404)
        flash(message, "ok")
    except ValueError:
        flash("Credits must be a number.", "error")
    except ItemError as exc:
        flash(str(exc), "error")
    return redirect(url_for("review.item_page", item_id=item_id))
