"""The announced legend: what the map shows in one sentence, numbers and nouns as Poles write."""

from __future__ import annotations

import pytest

from layers.analysis.dataset import Dataset
from layers.render.announce import legend_sentence
from layers.render.choropleth import ChoroplethView, ViewRequest, choropleth_view, classed_values
from layers.render.numbers import formatted, inflected

TEMPLATE = "Mapa: {title}, {period}; {classes} od {low} do {high}; {missing} bez danych."
CLASSES = ("klasa", "klasy", "klas", "klasy")
GMINAS = ("gmina", "gminy", "gmin", "gminy")


def polish(forms: tuple[str, ...]):
    """Count with a Polish noun's forms (what :func:`server.i18n.counted` does from the catalog)."""
    return lambda count: f"{formatted(count, 0, 'pl')} {inflected(count, forms, 'pl')}"


def sentence(view: ChoroplethView, period: str = "2024") -> str:
    return legend_sentence(
        view,
        period,
        TEMPLATE,
        count_classes=polish(CLASSES),
        count_missing=polish(GMINAS),
        lang="pl",
    )


@pytest.fixture(scope="module")
def smk_population(dataset: Dataset) -> ChoroplethView:
    return choropleth_view(dataset, ViewRequest("smk", "population", 2024), "pl")


def test_the_sentence_names_the_indicator_classes_and_range(
    dataset: Dataset, smk_population: ChoroplethView
) -> None:
    values = classed_values(dataset, ViewRequest("smk", "population", 2024)).values
    low, high = formatted(values.min(), 0, "pl"), formatted(values.max(), 0, "pl")

    assert sentence(smk_population) == (
        f"Mapa: Ludność [osoby], 2024; 5 klas od {low} do {high} osób; 0 gmin bez danych."
    )


@pytest.mark.parametrize(("k", "word"), [(3, "klasy"), (4, "klasy"), (7, "klas")])
def test_the_number_of_classes_takes_its_form(dataset: Dataset, k: int, word: str) -> None:
    view = choropleth_view(dataset, ViewRequest("smk", "population", 2024, k=k), "pl")

    assert f"; {k} {word} od " in sentence(view)


def test_gaps_are_counted_as_gaps_not_as_zero(dataset: Dataset) -> None:
    view = choropleth_view(dataset, ViewRequest("poland", "net_migration_per_1000", 2023), "pl")
    gaps = next(row.count for row in view.legend if row.nodata)

    said = sentence(view, "2023")

    assert said.endswith(
        f"; {formatted(gaps, 0, 'pl')} {inflected(gaps, GMINAS, 'pl')} bez danych."
    )
    assert gaps > 0
