"""The catalog's coverage bars (with their text alternative) and data-quality lines."""

from __future__ import annotations

from callbacks.catalog.coverage import catalog_quality, coverage_bars, quality_lines
from layers.ingest.invariants import CHECKS
from server.data import current_dataset
from server.i18n import text


def test_one_bar_per_year_and_the_figures_as_text(app):
    with app.server.test_request_context():
        dataset = current_dataset()
        population = dataset.catalog["population"]
        cell = coverage_bars(population, "poland", "pl")
    title, bars = cell.children
    values = dataset.store.values
    held = values[(values["indicator"] == "population") & (values["year"] == 2020)]
    share_2020 = round(len(held) / len(dataset.codes) * 100)

    assert title.children == f"Pokrycie w latach ({text('scope_poland', 'pl')})"
    assert len(bars.children) == len(population.years)
    assert bars.role == "img"
    label = getattr(bars, "aria-label")
    assert f"2020 {share_2020} %" in label and "2024 100 %" in label
    assert label == bars.title
    assert bars.children[0].style == {"height": "100%"}


def test_quality_lines_count_the_builds_findings(app):
    with app.server.test_request_context():
        quality = current_dataset().store.quality
        counts = catalog_quality()
        density = quality_lines("density", counts, "pl")
        clean = quality_lines("feminisation_ratio", counts, "en")
    other = quality[(quality["check"] == "other_territory") & (quality["subject"] == "density")]

    lines = [item.children for item in density.children]
    assert (
        f"mianownik tylko dla innego terytorium: {len(other)} "
        "(pominięte, pokazane jako brak danych)" in lines
    )
    assert clean.children == "no findings"


def test_every_check_of_the_build_has_a_name_in_both_languages():
    for check in CHECKS:
        assert text(f"catalog_quality_check_{check}", "pl") != text(
            f"catalog_quality_check_{check}", "en"
        )
