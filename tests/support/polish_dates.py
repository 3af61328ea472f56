"""Dates as Poles write them, spelled out here (not through Babel) to check what the UI shows."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

MONTHS = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")
"""Polish abbreviated months (the medium date's ``MMM``)."""


def _warsaw(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(
        ZoneInfo("Europe/Warsaw")
    )


def polish_date(stamp: str) -> str:
    """Return a stored moment's Warsaw date as a Polish table shows it: ``5 gru 2026``."""
    moment = _warsaw(stamp)
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def polish_time(stamp: str) -> str:
    """Return a stored moment in Warsaw as a Polish table shows it: ``5 gru 2026, 18:30``."""
    return f"{polish_date(stamp)}, {_warsaw(stamp):%H:%M}"
