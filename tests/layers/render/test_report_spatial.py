"""The state report's spatial pages: LISA clusters of the key indicators and the SMK outlook."""

from __future__ import annotations

import pytest

from layers.analysis.autocorrelation import spatial_autocorrelation
from layers.analysis.projection import SCENARIOS, population_outlook
from layers.analysis.values import values_in
from layers.render.numbers import formatted
from layers.render.report_spatial import panel_title


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


def test_a_panel_title_names_the_year_and_moran_or_a_dash(smk_report):
    panel = smk_report.clusters.panels[0]
    title = panel_title(panel.indicator, panel.year, panel.moran, "pl")
    name = f"{panel.indicator.name('pl')}, {panel.year}"
    assert title == f"{name}\nI = {formatted(panel.moran.statistic, 3, 'pl')}, " + (
        f"p = {formatted(panel.moran.p_sim, 3, 'pl')}"
    )
    assert panel_title(panel.indicator, panel.year, None, "en").endswith("\nI = –")
