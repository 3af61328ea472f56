"""The state report: key indicators, SMK series by aggregation rule, rankings, PDF and HTML."""

from __future__ import annotations

import io
import re
from dataclasses import fields
from datetime import date

import pandas as pd
import pytest
from pypdf import PdfReader

from layers.analysis.autocorrelation import spatial_autocorrelation
from layers.analysis.dataset import gmina_labels
from layers.analysis.projection import SCENARIOS, population_outlook
from layers.analysis.values import values_in
from layers.render.numbers import formatted
from layers.render.report import (
    EXTRA_STEPS,
    ReportTexts,
    area_series,
    key_indicators,
    ranking,
    state_report,
)
from layers.render.report_html import report_html
from layers.render.report_pdf import PAGES_BESIDES_SECTIONS, report_pdf

SUFFIXES = {"1": "gm. miejska", "2": "gm. wiejska", "3": "gm. miejsko-wiejska"}
TEXTS = ReportTexts(
    **{
        f.name: f"[{f.name}]"
        for f in fields(ReportTexts)
        if f.name not in {"series_break", "lang", "title"}
    },
    series_break="Przerwa w serii w {year} r.",
    title="Raport o stanie Metropolii",
    lang="pl",
)


@pytest.fixture(scope="module")
def labels(dataset) -> pd.Series:
    return gmina_labels(dataset, SUFFIXES)


SMK_STEPS: list[tuple[int, int]] = []
"""The progress :func:`smk_report` reported."""


@pytest.fixture(scope="module")
def smk_report(dataset, labels):
    SMK_STEPS.clear()
    return state_report(
        dataset,
        "smk",
        labels,
        TEXTS,
        date(2026, 11, 28),
        progress=lambda done, steps: SMK_STEPS.append((done, steps)),
    )


def test_progress_is_one_step_per_page_then_the_series(smk_report, dataset):
    steps = len(key_indicators(dataset.catalog)) + EXTRA_STEPS
    assert [(done, steps) for done in range(1, steps + 1)] == SMK_STEPS
    assert len(smk_report.sections) == steps - EXTRA_STEPS


def stored(dataset, indicator: str) -> pd.DataFrame:
    """SMK's gmina × year table straight from the store's long table."""
    long = dataset.store.values
    rows = long[(long["indicator"] == indicator) & long["teryt"].isin(dataset.areas["smk"])]
    return rows.pivot(index="teryt", columns="year", values="value")


def test_six_to_eight_key_indicators_from_the_catalog(dataset):
    keys = key_indicators(dataset.catalog)
    assert 6 <= len(keys) <= 8
    assert [i.id for i in keys][:3] == ["population", "density", "population_change"]


def test_counts_are_summed_over_smk(dataset):
    population = dataset.catalog["population"]
    series = area_series(dataset, population, pd.Index(dataset.areas["smk"]))
    table = stored(dataset, "population")
    assert series[2023] == pytest.approx(table[2023].sum())
    assert list(series.index) == list(table.columns[table.notna().all()])


def test_rates_are_population_weighted(dataset):
    density = dataset.catalog["density"]
    series = area_series(dataset, density, pd.Index(dataset.areas["smk"]))
    rate, weight = stored(dataset, "density")[2023], stored(dataset, "population")[2023]
    assert series[2023] == pytest.approx((rate * weight).sum() / weight.sum())


def test_change_is_the_change_of_the_aggregate(dataset):
    change = dataset.catalog["population_change"]
    series = area_series(dataset, change, pd.Index(dataset.areas["smk"]))
    table = stored(dataset, "population")
    assert series[2023] == pytest.approx((table[2023].sum() / table[2018].sum() - 1) * 100)
    assert series.index.min() == table.columns.min() + 5


def test_small_scope_is_ranked_whole_and_large_one_by_top_and_bottom(labels):
    small = pd.Series([3.0, 1.0, None, 2.0], index=["1261011", "1219053", "1206113", "1206032"])
    table = ranking(small, labels, 1, "pl")
    assert table["rank"].tolist() == [1, 2, 3] and table["value"].tolist() == ["3,0", "2,0", "1,0"]
    large = pd.Series(range(30), index=labels.index[:30], dtype=float)
    table = ranking(large, labels, 0, "pl")
    assert len(table) == 20
    assert table["part"].tolist() == ["top"] * 10 + ["bottom"] * 10
    assert table["rank"].tolist() == [*range(1, 11), *range(21, 31)]


def test_pdf_has_cover_a_page_per_indicator_series_and_notes(dataset, smk_report):
    reader = PdfReader(io.BytesIO(report_pdf(smk_report)))
    keys = key_indicators(dataset.catalog)
    assert len(reader.pages) == len(keys) + PAGES_BESIDES_SECTIONS
    assert "Raport o stanie Metropolii" in reader.pages[0].extract_text()
    assert "Kraków" in reader.pages[1].extract_text()  # the first ranking
    assert "Przerwa w serii w 2020" in reader.pages[-1].extract_text()


def test_pdf_page_count_holds_for_a_large_scope(dataset, labels):
    report = state_report(dataset, "kom2003", labels, TEXTS, date(2026, 11, 28))
    reader = PdfReader(io.BytesIO(report_pdf(report)))
    assert len(reader.pages) == len(key_indicators(dataset.catalog)) + PAGES_BESIDES_SECTIONS


def test_pdf_is_reproducible(smk_report):
    assert report_pdf(smk_report) == report_pdf(smk_report)


def test_pdf_is_dated_the_day_of_its_report(smk_report):
    info = PdfReader(io.BytesIO(report_pdf(smk_report))).metadata

    assert info["/CreationDate"] == f"D:{smk_report.created:%Y%m%d}"  # not 2000-01-01
    assert info.creation_date.date() == smk_report.created


def test_html_names_every_key_indicator_and_loads_nothing_from_outside(dataset, smk_report):
    page = report_html(smk_report).decode("utf-8")
    for indicator in key_indicators(dataset.catalog):
        assert indicator.name("pl") in page
    assert "http://" not in page and "https://" not in page
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert (
        len(sources) == len(key_indicators(dataset.catalog)) + EXTRA_STEPS
    )  # + series, clusters, outlook
    assert all(source.startswith("data:image/png;base64,") for source in sources)
    assert "<link" not in page and "<script" not in page


def test_clusters_page_is_the_lisa_of_each_key_indicator(dataset, smk_report):
    page = smk_report.clusters
    assert [panel.indicator.id for panel in page.panels] == [
        section.indicator.id for section in smk_report.sections
    ]
    codes = dataset.codes[dataset.codes.isin(dataset.areas["smk"])]
    for panel, section in zip(page.panels, smk_report.sections, strict=True):
        assert panel.year == section.year
        values = values_in(dataset.values, panel.indicator, panel.year, codes)
        expected = spatial_autocorrelation(values, dataset.store.gminas_metric)
        assert panel.moran.statistic == pytest.approx(expected.moran.statistic)
        assert panel.counts == expected.local["cluster"].value_counts().to_dict()
    assert page.png.startswith(b"\x89PNG")


def test_outlook_page_sums_the_smk_gminas_per_scenario(dataset, smk_report):
    table = smk_report.outlook.table
    assert list(table["scenario"]) == [f"[scenario_{key}]" for key in SCENARIOS]
    for scenario, row in zip(SCENARIOS.values(), table.itertuples(index=False), strict=True):
        outlook = population_outlook(dataset.store.components, scenario).population
        total = outlook.loc[dataset.areas["smk"], 2035].sum()
        assert row[3] == formatted(total, 0, "pl")
    assert set(smk_report.outlook.backtest) == {
        "pre_median",
        "pre_p90",
        "rebased_median",
        "rebased_p90",
    }


def test_html_report_has_the_spatial_sections(smk_report):
    page = report_html(smk_report).decode("utf-8")
    assert "[clusters]" in page and "[outlook]" in page
    assert page.count("data:image/png;base64,") == len(smk_report.sections) + 3
