"""The state report as PDF: cover, a page per key indicator, series and notes; reproducible."""

from __future__ import annotations

import io

from pypdf import PdfReader

from layers.render.report import key_indicators, state_report
from layers.render.report_pdf import PAGES_BESIDES_SECTIONS, report_pdf
from tests.layers.render.conftest import REPORT_DAY, REPORT_TEXTS


def test_pdf_has_cover_a_page_per_indicator_series_and_notes(dataset, smk_report):
    reader = PdfReader(io.BytesIO(report_pdf(smk_report)))
    keys = key_indicators(dataset.catalog)
    assert len(reader.pages) == len(keys) + PAGES_BESIDES_SECTIONS
    assert "Raport o stanie Metropolii" in reader.pages[0].extract_text()
    assert "Kraków" in reader.pages[1].extract_text()  # the first ranking
    assert "Przerwa w serii w 2020" in reader.pages[-1].extract_text()


def test_pdf_page_count_holds_for_a_large_scope(dataset, labels):
    report = state_report(dataset, "kom2003", labels, REPORT_TEXTS, REPORT_DAY)
    reader = PdfReader(io.BytesIO(report_pdf(report)))
    assert len(reader.pages) == len(key_indicators(dataset.catalog)) + PAGES_BESIDES_SECTIONS


def test_pdf_is_reproducible(smk_report):
    assert report_pdf(smk_report) == report_pdf(smk_report)


def test_pdf_is_dated_the_day_of_its_report(smk_report):
    info = PdfReader(io.BytesIO(report_pdf(smk_report))).metadata

    assert info["/CreationDate"] == f"D:{smk_report.created:%Y%m%d}"  # not 2000-01-01
    assert info.creation_date.date() == smk_report.created
