"""The state report as one HTML page: every key indicator, nothing loaded from outside."""

from __future__ import annotations

import re

from layers.render.report import EXTRA_STEPS, key_indicators
from layers.render.report_html import report_html


def test_html_names_every_key_indicator_and_loads_nothing_from_outside(dataset, smk_report):
    page = report_html(smk_report).decode("utf-8")
    for indicator in key_indicators(dataset.catalog):
        assert indicator.name("pl") in page
    assert "http://" not in page and "https://" not in page
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)
    # a map per key indicator, then the series, the clusters and the outlook
    assert len(sources) == len(key_indicators(dataset.catalog)) + EXTRA_STEPS
    assert all(source.startswith("data:image/png;base64,") for source in sources)
    assert "<link" not in page and "<script" not in page
    assert ": 28 listopada 2026</p>" in page  # the report's date written out, not ISO


def test_html_report_has_the_spatial_sections(smk_report):
    page = report_html(smk_report).decode("utf-8")
    assert "[clusters]" in page and "[outlook]" in page
    assert page.count("data:image/png;base64,") == len(smk_report.sections) + 3
