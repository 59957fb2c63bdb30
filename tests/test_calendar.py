"""Deadlines in the calendar: `ceinbox export --format ics` and the page's link, read back
with an iCalendar parser."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from bulk_certificates import make_certificate
from click.testing import CliRunner
from icalendar import Calendar

from pipeline.cli import main


def ceinbox(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    assert result.exit_code == 0, (result.output, result.stderr)
    return result.stdout


def events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_calendar_has_each_open_deadline_and_expiry_with_stable_uids(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "owner_name: null\ncertifications:\n"
        "  - {name: CCNP Enterprise, level: professional, expires: 2027-03-31}\n"
    )
    for n in range(3):
        ceinbox(config, "import", str(make_certificate(tmp_path / "src", n)))
    ceinbox(config, "approve", "2", "3")
    ceinbox(config, "submitted", "3")  # entered on the portal: no deadline left
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    ceinbox(config, "export", "--format", "ics", "--output", str(first))
    ceinbox(config, "export", "--format", "ics", "--output", str(second))
    found = events(first)
    assert set(found) == {
        "item-1-submit@ceinbox",
        "item-2-submit@ceinbox",
        "certification-ccnp-enterprise-expires@ceinbox",
    }
    assert set(events(second)) == set(found)  # a subscribed calendar updates in place
    items = {i["id"]: i for i in json.loads(ceinbox(config, "list", "--json"))}
    item_event = found["item-1-submit@ceinbox"]
    assert item_event["DTSTART"].dt == date.fromisoformat(items[1]["submit_by"])
    assert "Routing Lab A00000" in str(item_event["SUMMARY"])
    alarm = next(iter(item_event.walk("VALARM")))
    assert alarm["TRIGGER"].dt == -timedelta(days=7)
    expiry = found["certification-ccnp-enterprise-expires@ceinbox"]
    assert expiry["DTSTART"].dt == date(2027, 3, 31)
    assert str(expiry["SUMMARY"]) == "CCNP Enterprise expires"
