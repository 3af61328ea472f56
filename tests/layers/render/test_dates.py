"""Dates as users read them: Warsaw time in each language's words, the PDF's date, a source's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from layers.render.dates import (
    pdf_date,
    period_label,
    shown_date,
    shown_time,
    source_date_text,
    warsaw_today,
    written_date,
)

TEMPLATES = {"published": "opublikowano {date}", "as_of": "stan na {date}"}


@pytest.mark.parametrize(
    ("stored", "polish", "english"),
    [
        ("2026-01-15T08:05:00+00:00", "15 sty 2026, 09:05", "15 Jan 2026, 09:05"),  # UTC+1
        ("2026-07-01T22:30:00+00:00", "2 lip 2026, 00:30", "2 Jul 2026, 00:30"),  # the next day
        ("2026-12-31T23:30:00+00:00", "1 sty 2027, 00:30", "1 Jan 2027, 00:30"),  # the next year
        ("2026-03-29T00:59:00+00:00", "29 mar 2026, 01:59", "29 Mar 2026, 01:59"),  # before DST
        ("2026-03-29T01:00:00+00:00", "29 mar 2026, 03:00", "29 Mar 2026, 03:00"),  # clocks forward
        ("2026-10-25T00:30:00+00:00", "25 paź 2026, 02:30", "25 Oct 2026, 02:30"),  # summer time
        ("2026-10-25T01:30:00+00:00", "25 paź 2026, 02:30", "25 Oct 2026, 02:30"),  # back an hour
        ("2026-01-15T08:05:00", "15 sty 2026, 09:05", "15 Jan 2026, 09:05"),  # no zone: UTC
    ],
)
def test_stored_times_show_in_warsaw_as_each_language_writes_them(
    stored: str, polish: str, english: str
) -> None:
    assert shown_time(stored, "pl") == polish
    assert shown_time(stored, "en") == english


@pytest.mark.parametrize(
    ("stored", "polish", "english"),
    [
        ("2026-12-05T23:30:00+00:00", "6 gru 2026", "6 Dec 2026"),  # past midnight in Warsaw
        ("2026-06-30T21:59:59+00:00", "30 cze 2026", "30 Jun 2026"),  # still June in Warsaw
        ("2026-06-30T22:00:00+00:00", "1 lip 2026", "1 Jul 2026"),  # UTC+2: July already
        ("2026-05-04", "4 maj 2026", "4 May 2026"),  # a plain date is not moved
        (date(2026, 12, 5), "5 gru 2026", "5 Dec 2026"),
    ],
)
def test_a_date_is_warsaws_date_in_each_language(
    stored: str | date, polish: str, english: str
) -> None:
    assert shown_date(stored, "pl") == polish
    assert shown_date(stored, "en") == english


def test_documents_write_the_month_in_full_in_its_grammatical_case() -> None:
    assert written_date(date(2027, 1, 1), "pl") == "1 stycznia 2027"  # genitive, not "styczeń"
    assert written_date(date(2026, 12, 5), "en") == "5 December 2026"


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
