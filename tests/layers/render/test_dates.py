"""Dates as users read them: Warsaw time, the PDF's date, a source's date with its kind."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from layers.render.dates import (
    pdf_date,
    period_label,
    source_date_text,
    warsaw_date,
    warsaw_time,
    warsaw_today,
)

TEMPLATES = {"published": "opublikowano {date}", "as_of": "stan na {date}"}


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2026-01-15T08:05:00+00:00", "2026-01-15 09:05"),  # winter: UTC+1
        ("2026-07-01T22:30:00+00:00", "2026-07-02 00:30"),  # summer: UTC+2, the next day
        ("2026-03-29T00:59:00+00:00", "2026-03-29 01:59"),  # an hour before the change
        ("2026-03-29T01:00:00+00:00", "2026-03-29 03:00"),  # the clocks go forward
        ("2026-01-15T08:05:00", "2026-01-15 09:05"),  # no zone: stored as UTC
    ],
)
def test_stored_times_show_in_warsaw(stored: str, shown: str) -> None:
    assert warsaw_time(stored) == shown


def test_a_date_is_warsaws_date() -> None:
    assert warsaw_date("2026-12-31T23:30:00+00:00") == "2027-01-01"
    assert warsaw_date("2026-05-04") == "2026-05-04"


def test_today_is_warsaws_today() -> None:
    assert warsaw_today(datetime(2026, 6, 30, 22, 30, tzinfo=UTC)) == date(2026, 7, 1)
    assert warsaw_today(datetime(2026, 6, 30, 21, 59, tzinfo=UTC)) == date(2026, 6, 30)


def test_pdf_date_claims_the_day_only() -> None:
    assert pdf_date(date(2026, 11, 28)) == "D:20261128"


def test_a_source_date_says_what_it_is() -> None:
    assert source_date_text("as_of", "2024-12-31", TEMPLATES) == "stan na 2024-12-31"
    assert source_date_text("published", "2024-06-18", TEMPLATES) == "opublikowano 2024-06-18"
    assert source_date_text("retrieved", "2026-01-01", TEMPLATES) == ""  # no template
    assert source_date_text("as_of", "", TEMPLATES) == ""


def test_a_period_of_one_year_is_that_year() -> None:
    assert period_label(2015, 2024) == "2015–2024"
    assert period_label(2023, 2023) == "2023"
    assert period_label(None, 2020) == "2020"
