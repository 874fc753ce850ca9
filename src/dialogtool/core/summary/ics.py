"""The follow-up meeting and the actions' due dates as an iCalendar file (RFC 5545).

Every event has a UID made from the record's and the action's ids, so importing
the file again updates the events instead of doubling them. Only dates, titles
and what was agreed go in: nothing tagged private is read here.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta

from icalendar import Calendar, Event

from dialogtool import __version__
from dialogtool.core.i18n import Lang
from dialogtool.core.labels import KIND
from dialogtool.core.printable import printable
from dialogtool.core.record import ActionStatus, MeetingRecord
from dialogtool.core.summary.words import WORDS

UID_DOMAIN = "dialogtool.invalid"


def render_ics(record: MeetingRecord, lang: Lang = "da") -> bytes:
    record = printable(record)  # RFC 5545 allows no control characters but tab
    title = record.title or KIND[record.kind].get(lang)
    calendar = Calendar()
    calendar.add("prodid", f"-//dialogtool//dialogtool {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    agreed = f"{WORDS['from_meeting'].get(lang)}: {title}"
    if record.follow_up:
        calendar.add_component(
            _day_event(
                record,
                f"{record.id}-follow-up",
                record.follow_up,
                f"{WORDS['follow_up_event'].get(lang)}: {title}",
                " · ".join(x for x in (agreed, record.team) if x),
            )
        )
    for action in record.action_items:
        if not action.text or action.due is None or action.status == ActionStatus.CANCELLED:
            continue
        owner = f" ({action.owner})" if action.owner else ""
        calendar.add_component(
            _day_event(
                record,
                f"{record.id}-action-{action.id}",
                action.due,
                f"{WORDS['due_event'].get(lang)}: {action.text}{owner}",
                agreed,
            )
        )
    data: bytes = calendar.to_ical()
    return data


def _day_event(record: MeetingRecord, key: str, day: date, summary: str, text: str) -> Event:
    event = Event()
    event.add("uid", f"{key}@{UID_DOMAIN}")
    event.add("dtstamp", record.updated_at.astimezone(UTC))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", text)
    event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
    return event
