"""Renewal progress as the JSON `ceinbox progress --json` prints."""

from __future__ import annotations

from typing import Any

from pipeline.progress import CertificationProgress


def progress_to_json(p: CertificationProgress) -> dict[str, Any]:
    """One certification's progress as the JSON `ceinbox progress --json` prints."""
    next_period = p.next_period
    return {
        "name": p.name,
        "level": p.level.value,
        "expires": p.expires.isoformat(),
        "period_start": p.period_start.isoformat(),
        "days_left": p.days_left,
        "required": p.required,
        "earned": p.earned,
        "submitted": p.submitted,
        "ready": p.ready,
        "pending": p.pending,
        "on_the_way": p.on_the_way,
        "need": p.need,
        "met": p.met,
        "covered": p.covered,
        "closest": p.closest.path.description,
        "paths": [path.to_json() for path in p.paths],
        "renewal": p.renewal.to_json() if p.renewal else None,
        "renews_with": p.follows.name if p.follows else None,
        "next_period": {
            "start": next_period[0].isoformat(),
            "expires": next_period[1].isoformat(),
            "credits": p.toward_next,
        }
        if next_period
        else None,
        "summary": p.summary,
        "due": [d.to_json() for d in p.due],
        "not_in_catalog": [i.to_json() for i in p.not_in_catalog],
        "exams": [e.to_json() for e in p.exams],
        "items": [i.to_json() for i in p.items],
        "undated_items": list(p.undated),
        "alerts": list(p.alerts),
    }
