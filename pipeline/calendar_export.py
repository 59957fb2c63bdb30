"""Deadlines as a calendar (RFC 5545, written with the icalendar library): one all-day event
per open item's submit-by date and per certification's expiry, each with a reminder.

Each event's UID is made from what it is about (`item-12-submit@ceinbox`), so a calendar
subscribed to the exported file updates its events in place on the next export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from pipeline.config import Certification
from pipeline.credits import submit_by
from pipeline.models import Item, ItemStatus

# Items still to be entered on the portal: their submit-by date is a deadline.
_OPEN = (ItemStatus.pending, ItemStatus.ready)
ITEM_REMINDER_DAYS = 7
EXPIRY_REMINDER_DAYS = 60


def deadlines_calendar(
    items: Iterable[Item], certifications: Sequence[Certification], *, stamp: datetime
) -> bytes:
    """The calendar file's bytes. `stamp` is each event's DTSTAMP (pass a fixed time to get
    byte-identical exports of unchanged data)."""
    calendar = Calendar()
    calendar.add("prodid", "-//ceinbox//CE deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "CE deadlines (ceinbox)")
    for item in items:
        if item.status in _OPEN and item.end_date is not None:
            calendar.add_component(_item_event(item, stamp))
    for certification in certifications:
        calendar.add_component(_expiry_event(certification, stamp))
    return bytes(calendar.to_ical())


def _item_event(item: Item, stamp: datetime) -> Event:
    assert item.end_date is not None
    due = submit_by(item.end_date)
    course = item.course_name or "a CE item without a course name"
    return _all_day(
        uid=f"item-{item.id}-submit@ceinbox",
        day=due,
        summary=f"Submit CE item #{item.id}: {course}",
        description=(
            f"Last day to submit '{course}' (ended {item.end_date.isoformat()}, "
            f"code {item.validation_code or '—'}) on the Cisco CE portal."
        ),
        remind_days=ITEM_REMINDER_DAYS,
        stamp=stamp,
    )


def _expiry_event(certification: Certification, stamp: datetime) -> Event:
    slug = re.sub(r"[^a-z0-9]+", "-", certification.name.lower()).strip("-")
    return _all_day(
        uid=f"certification-{slug}-expires@ceinbox",
        day=certification.expires,
        summary=f"{certification.name} expires",
        description=f"{certification.name} expires; renew it before this day.",
        remind_days=EXPIRY_REMINDER_DAYS,
        stamp=stamp,
    )


def _all_day(
    *, uid: str, day: date, summary: str, description: str, remind_days: int, stamp: datetime
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(days=-remind_days))
    event.add_component(alarm)
    return event
