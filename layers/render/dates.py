"""Dates and times as users read them: Europe/Warsaw, never the server's zone or UTC."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_datetime_format

WARSAW = ZoneInfo("Europe/Warsaw")


def warsaw_today(now: datetime | None = None) -> date:
    """Return today's date in Warsaw (a server on UTC is still on yesterday until 1–2 am).

    Parameters
    ----------
    now
        The moment to read (aware); the current one by default.
    """
    return (now or datetime.now(UTC)).astimezone(WARSAW).date()


DATE_LOCALES = {"pl": "pl", "en": "en_GB"}
"""Babel locale of each UI language's dates: English as written in Europe (day, month, year)."""


def shown_date(stamp: str | date, lang: str) -> str:
    """Return a date as a table shows it: Babel's medium date ("5 gru 2026", "5 Dec 2026").

    A stored moment (ISO 8601; UTC when it has no zone) shows its date in Warsaw; a plain
    date shows as it is.

    Parameters
    ----------
    stamp
        A date, or an ISO 8601 date or moment.
    lang
        UI language, ``pl`` or ``en``.

    References
    ----------
    Unicode CLDR, Date/Time Patterns (UTS #35, part 4), through Babel's locale data.

    Examples
    --------
    >>> shown_date("2026-12-31T23:30:00+00:00", "pl")
    '1 sty 2027'
    >>> shown_date(date(2026, 12, 5), "en")
    '5 Dec 2026'
    """
    return format_date(_day(stamp), "medium", locale=DATE_LOCALES[lang])


def written_date(day: date, lang: str) -> str:
    """Return a date in full, as a document writes it (Babel's long date).

    Examples
    --------
    >>> written_date(date(2026, 12, 5), "pl"), written_date(date(2026, 12, 5), "en")
    ('5 grudnia 2026', '5 December 2026')
    """
    return format_date(day, "long", locale=DATE_LOCALES[lang])


def shown_time(stamp: str, lang: str) -> str:
    """Return a stored moment as Warsaw's medium date and short (24-hour) time.

    Examples
    --------
    >>> shown_time("2026-07-01T22:30:00+00:00", "pl")
    '2 lip 2026, 00:30'
    >>> shown_time("2026-01-15T08:05:00", "en")
    '15 Jan 2026, 09:05'
    """
    moment, locale = _moment(stamp), DATE_LOCALES[lang]
    return str(get_datetime_format("medium", locale=locale)).format(
        format_time(moment, "short", locale=locale), format_date(moment, "medium", locale=locale)
    )


def _day(stamp: str | date) -> date:
    if isinstance(stamp, date):
        return stamp
    if len(stamp) == len("YYYY-MM-DD"):
        return date.fromisoformat(stamp)
    return _moment(stamp).date()


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
