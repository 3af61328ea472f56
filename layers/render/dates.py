"""Dates and times as users read them: Europe/Warsaw, never the server's zone or UTC."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

WARSAW = ZoneInfo("Europe/Warsaw")


def warsaw_today(now: datetime | None = None) -> date:
    """Return today's date in Warsaw (a server on UTC is still on yesterday until 1–2 am).

    Parameters
    ----------
    now
        The moment to read (aware); the current one by default.
    """
    return (now or datetime.now(UTC)).astimezone(WARSAW).date()


def warsaw_time(stamp: str) -> str:
    """Return a stored moment (ISO 8601; UTC when it has no zone) as Warsaw's ``YYYY-MM-DD HH:MM``.

    Examples
    --------
    >>> warsaw_time("2026-07-01T22:30:00+00:00")
    '2026-07-02 00:30'
    >>> warsaw_time("2026-01-15T08:05:00")
    '2026-01-15 09:05'
    """
    return _moment(stamp).strftime("%Y-%m-%d %H:%M")


def warsaw_date(stamp: str) -> str:
    """Return the Warsaw date (``YYYY-MM-DD``) of a stored moment or of a plain date.

    Examples
    --------
    >>> warsaw_date("2026-12-31T23:30:00+00:00")
    '2027-01-01'
    >>> warsaw_date("2026-05-04")
    '2026-05-04'
    """
    if len(stamp) == len("YYYY-MM-DD"):
        return stamp
    return _moment(stamp).date().isoformat()


def _moment(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WARSAW)


def pdf_date(day: date) -> str:
    """Return a day as a PDF date string (ISO 32000-1, 7.9.4): ``D:YYYYMMDD``, no time claimed.

    Examples
    --------
    >>> pdf_date(date(2026, 11, 28))
    'D:20261128'
    """
    return f"D:{day:%Y%m%d}"


def source_date_text(kind: str, day: str, templates: Mapping[str, str]) -> str:
    """Return a source's date with what it is (``templates[kind]`` holds ``{date}``); '' if none.

    Examples
    --------
    >>> source_date_text("as_of", "2024-12-31", {"as_of": "stan na {date}"})
    'stan na 2024-12-31'
    >>> source_date_text("", "", {})
    ''
    """
    if not day or kind not in templates:
        return ""
    return templates[kind].format(date=day)


def period_label(start: int | None, end: int) -> str:
    """Return a period as written: ``2015–2024``, or one year when it starts where it ends.

    Parameters
    ----------
    start
        First year of a change (or of a span); None for a single year's value.
    end
        Last year.

    Examples
    --------
    >>> period_label(2015, 2024), period_label(2023, 2023), period_label(None, 2020)
    ('2015–2024', '2023', '2020')
    """
    return str(end) if start is None or start == end else f"{start}–{end}"
