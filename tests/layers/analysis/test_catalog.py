"""The indicator catalog: parsing, checks, and agreement with the built store."""

from __future__ import annotations

import pytest

from layers.analysis.catalog import (
    AGGREGATIONS,
    LEVELS,
    POLARITIES,
    Catalog,
    Indicator,
    indicator_of,
    parsed_catalog,
)
from layers.analysis.dataset import Dataset
from layers.errors import CatalogError, UnknownIndicatorError
from layers.ingest.levels import LEVEL_VARIABLES
from layers.ingest.sources import INFLOW_VARIABLES, SOURCE_COLUMNS
from layers.store import io
from server.settings import GEODATA_DIR

ENTRY = {
    "id": "x",
    "name_pl": "Iks",
    "name_en": "Ex",
    "unit_pl": "os.",
    "unit_en": "persons",
    "theme": "demography",
    "source": "GUS",
    "definition_pl": "d",
    "definition_en": "d",
    "years": [2019, 2020],
    "polarity": "neutral",
    "aggregation": "sum",
    "formula": {"variable": "population"},
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return parsed_catalog(io.read_toml(GEODATA_DIR / io.CATALOG_FILE))


def test_real_catalog_is_complete(catalog: Catalog) -> None:
    assert len(catalog) >= 12
    for indicator in catalog.values():
        assert indicator.name_pl and indicator.name_en, indicator.id
        assert indicator.unit_pl and indicator.unit_en, indicator.id
        assert indicator.source, indicator.id
        assert indicator.polarity in POLARITIES
        assert indicator.aggregation in AGGREGATIONS
        assert indicator.level in LEVELS
        assert indicator.years == tuple(sorted(set(indicator.years))), indicator.id


def test_a_unit_that_is_a_noun_has_its_forms_after_a_number(catalog: Catalog) -> None:
    nouns = {"osoby", "mieszkania"}  # the counts' units ("809 168 osób", "2 mieszkania")
    for indicator in catalog.values():
        if indicator.unit_pl in nouns:
            assert len(indicator.unit_forms("pl")) == 4, indicator.id  # one, few, many, other
            assert len(indicator.unit_forms("en")) == 2, indicator.id  # one, other
        else:
            assert not indicator.unit_forms("pl") and not indicator.unit_forms("en"), indicator.id


def test_store_years_equal_catalog_years(catalog: Catalog, dataset: Dataset) -> None:
    values = dataset.store.values
    stored = values.groupby("indicator")["year"].unique().map(lambda years: tuple(sorted(years)))

    for indicator in catalog.values():
        if indicator.is_change:
            assert indicator.id not in stored.index
        else:
            assert stored[indicator.id] == indicator.years, indicator.id


def test_change_years_have_a_base_year(catalog: Catalog) -> None:
    for indicator in catalog.values():
        if indicator.is_change:
            source = catalog[indicator.formula["change_of"]]
            assert min(indicator.years) > min(source.years)
            assert set(indicator.years) <= set(source.years)


def test_formula_variables_have_sources(catalog: Catalog) -> None:
    variables = {spec.variable for spec in SOURCE_COLUMNS} | set(INFLOW_VARIABLES)
    variables |= LEVEL_VARIABLES
    for indicator in catalog.values():
        kind, argument = next(iter(indicator.formula.items()))
        needed = {"variable": [argument], "ratio": argument[:2], "change_of": []}[kind]
        assert set(needed) <= variables, indicator.id


def test_parsed_catalog_keeps_order_and_types() -> None:
    catalog = parsed_catalog({"indicator": [ENTRY, {**ENTRY, "id": "a", "decimals": 0}]})

    assert list(catalog) == ["x", "a"]
    assert catalog["x"].years == (2019, 2020)
    assert catalog["x"].decimals == 1
    assert catalog["a"].decimals == 0
    assert not catalog["x"].is_change
    assert catalog["x"].terms("pl") == ()
    assert catalog["x"].level == "gmina"


def test_search_terms_are_held_per_language() -> None:
    entry = {**ENTRY, "terms_pl": ["bezrobocie"], "terms_en": ["unemployment", "jobs"]}
    (indicator,) = parsed_catalog({"indicator": [entry]}).values()
    assert indicator.terms("pl") == ("bezrobocie",)
    assert indicator.terms("en") == ("unemployment", "jobs")


@pytest.mark.parametrize("level", LEVELS)
def test_parsed_catalog_keeps_the_level(level: str) -> None:
    assert parsed_catalog({"indicator": [{**ENTRY, "level": level}]})["x"].level == level


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        pytest.param([ENTRY, ENTRY], "duplicate id 'x'", id="duplicate"),
        pytest.param([{**ENTRY, "polarity": "up"}], "polarity 'up'", id="polarity"),
        pytest.param([{**ENTRY, "aggregation": "max"}], "aggregation 'max'", id="aggregation"),
        pytest.param([{**ENTRY, "formula": {"sum": "x"}}], "formula", id="formula-kind"),
        pytest.param(
            [{**ENTRY, "formula": {"variable": "a", "ratio": ["a", "b", 1]}}],
            "formula",
            id="two-formulas",
        ),
        pytest.param([{k: v for k, v in ENTRY.items() if k != "unit_en"}], "unit_en", id="miss"),
        pytest.param([{**ENTRY, "colour": "red"}], "colour", id="unknown-field"),
        pytest.param([{k: v for k, v in ENTRY.items() if k != "years"}], "years", id="no-years"),
        pytest.param([{**ENTRY, "level": "county"}], "level 'county'", id="level"),
        pytest.param([{**ENTRY, "bdl_variable": "x"}], "bdl_variable 'x'", id="bdl-text"),
        pytest.param([{**ENTRY, "bdl_variable": 0}], "bdl_variable 0", id="bdl-zero"),
        pytest.param([{**ENTRY, "plausible": [5, 1]}], "plausible", id="plausible-reversed"),
        pytest.param([{**ENTRY, "plausible": [0, "x"]}], "could not convert", id="plausible-text"),
        pytest.param(
            [{**ENTRY, "source_date": "2024-12-31", "source_date_kind": "guessed"}],
            "source_date_kind 'guessed'",
            id="source-date-kind",
        ),
    ],
)
def test_parsed_catalog_rejects(entries: list[dict], message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parsed_catalog({"indicator": entries})


def test_every_real_indicator_has_a_source_date_and_a_plausible_range(catalog: Catalog) -> None:
    for indicator in catalog.values():
        assert len(indicator.source_date) == 10 and indicator.source_date_kind, indicator.id
        assert indicator.is_change or indicator.plausible is not None, indicator.id


def test_catalog_error_is_a_value_error_with_a_code() -> None:
    assert issubclass(CatalogError, ValueError)
    assert CatalogError.code == "catalog"


@pytest.mark.parametrize(
    ("first", "last", "crosses"),
    [(2015, 2020, True), (2019, 2020, True), (2020, 2024, False), (2010, 2019, False)],
)
def test_crosses_break(first: int, last: int, crosses: bool) -> None:
    indicator = Indicator(**{**ENTRY, "years": (2010, 2024), "series_break": 2020})

    assert indicator.crosses_break(first, last) is crosses


def test_without_break_nothing_crosses() -> None:
    assert not Indicator(**{**ENTRY, "years": (2010,)}).crosses_break(2010, 2024)


@pytest.mark.parametrize(("lang", "name", "unit"), [("pl", "Iks", "os."), ("en", "Ex", "persons")])
def test_texts_by_language(lang: str, name: str, unit: str) -> None:
    indicator = Indicator(**{**ENTRY, "years": (2019,)})

    assert indicator.name(lang) == name
    assert indicator.unit(lang) == unit


def test_indicator_of(catalog: Catalog) -> None:
    assert indicator_of(catalog, "population").series_break == 2020
    assert indicator_of(catalog, "population_change").is_change
    with pytest.raises(UnknownIndicatorError, match="nope"):
        indicator_of(catalog, "nope")


@pytest.mark.parametrize(("year", "kept"), [(2020, 2020), (1990, 2024), (None, 2024)])
def test_a_year_the_indicator_lacks_gives_its_latest(
    catalog: Catalog, year: int | None, kept: int
) -> None:
    assert catalog["density"].year_kept(year) == kept
