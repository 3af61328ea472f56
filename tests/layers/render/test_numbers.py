"""Numbers as each language writes them."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from layers.render.numbers import (
    COMPACT_FROM,
    MISSING,
    axis_ticks,
    compact,
    formatted,
    formatted_difference,
    inflected,
    plotly_separators,
    with_unit,
)

SPACE = " "
"""Polish thousands separator: a plain space since the change in ``layers/render/numbers.py``
(it was U+00A0; the stylesheet keeps numbers from wrapping)."""


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        (803282, 0, "pl", f"803{SPACE}282"),
        (803282, 0, "en", "803,282"),
        (2458.42, 1, "pl", f"2{SPACE}458,4"),
        (2458.42, 1, "en", "2,458.4"),
        (1234567.891, 2, "pl", f"1{SPACE}234{SPACE}567,89"),
        (1234567.891, 2, "en", "1,234,567.89"),
        (-1507.3, 1, "en", "-1,507.3"),
        (-1507.3, 1, "pl", f"-1{SPACE}507,3"),
        (10.1155, 2, "pl", "10,12"),
        (999.96, 1, "en", "1,000.0"),
        (7, 3, "en", "7.000"),
    ],
)
def test_formatted(value: float, decimals: int, lang: str, expected: str) -> None:
    assert formatted(value, decimals, lang) == expected


@pytest.mark.parametrize("value", [None, float("nan"), np.nan, np.float64("nan")])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_missing_is_a_dash(value: float | None, lang: str) -> None:
    assert formatted(value, 1, lang) == "–"


def test_unknown_language_writes_polish() -> None:
    assert formatted(2458.42, 1, "de") == formatted(2458.42, 1, "pl")


@pytest.mark.parametrize(("lang", "expected"), [("pl", f",{SPACE}"), ("en", ".,")])
def test_plotly_separators(lang: str, expected: str) -> None:
    assert plotly_separators(lang) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        (790530, 0, "pl", f"+790{SPACE}530"),
        (790530, 0, "en", "+790,530"),
        (-7430, 0, "pl", f"-7{SPACE}430"),
        (-7430, 0, "en", "-7,430"),
        (2126.76, 1, "pl", f"+2{SPACE}126,8"),
        (-10.34, 1, "pl", "-10,3"),
        (1.234, 2, "en", "+1.23"),
        (0, 1, "pl", "0,0"),  # a difference that rounds to zero has no sign
        (-0.04, 1, "pl", "0,0"),
        (0.04, 1, "en", "0.0"),
        (np.float64(12.5), 1, "pl", "+12,5"),
    ],
)
def test_formatted_difference_has_a_sign(
    value: float, decimals: int, lang: str, expected: str
) -> None:
    assert formatted_difference(value, decimals, lang) == expected


@pytest.mark.parametrize("value", [None, float("nan"), np.float64("nan")])
def test_missing_difference_is_a_dash_without_sign(value: float | None) -> None:
    assert formatted_difference(value, 1, "pl") == MISSING == "–"


@pytest.mark.parametrize(
    ("count", "form"),
    [
        *[(1, "osoba"), (2, "osoby"), (4, "osoby"), (5, "osób"), (12, "osób"), (14, "osób")],
        *[(22, "osoby"), (25, "osób"), (101, "osób"), (809168, "osób"), (803282, "osoby")],
        *[(0, "osób"), (1.5, "osoby")],
    ],
)
def test_a_polish_noun_takes_the_form_its_number_asks_for(count: float, form: str) -> None:
    assert inflected(count, ("osoba", "osoby", "osób", "osoby"), "pl") == form


def test_an_english_noun_has_one_and_other() -> None:
    assert [inflected(n, ("person", "persons"), "en") for n in (1, 2, 0)] == [
        "person",
        "persons",
        "persons",
    ]


def test_a_value_is_shown_with_its_unit_inflected_or_as_it_is(dataset) -> None:
    population, density = dataset.catalog["population"], dataset.catalog["density"]
    assert with_unit(809168.0, population, "pl") == "809 168 osób"
    assert with_unit(7852.0, population, "pl") == "7 852 osoby"
    assert with_unit(1.0, population, "en") == "1 person"
    assert with_unit(2458.42, density, "pl") == f"2 458,4 {density.unit('pl')}"
    assert with_unit(float("nan"), population, "pl") == "–"


NBSP = "\N{NO-BREAK SPACE}"


@pytest.mark.parametrize(
    ("value", "polish", "english"),
    [
        (200_000, f"200{NBSP}tys.", "200K"),
        (1_250_000, f"1,25{NBSP}mln", "1.25M"),
        (2_000_000_000, f"2{NBSP}mld", "2B"),
        (-30_000, f"-30{NBSP}tys.", "-30K"),
    ],
)
def test_large_numbers_are_written_short_in_the_languages_words(value, polish, english):
    assert compact(value, "pl") == polish
    assert compact(value, "en") == english


@pytest.mark.parametrize(("low", "high"), [(700_000, 810_000), (0, 809_168), (11_208, 69_791)])
def test_axis_ticks_are_round_cover_the_range_and_say_tys(low, high):
    values, labels = axis_ticks(low, high, "pl")

    assert values[0] <= low and values[-1] >= high
    steps = {round(b - a, 6) for a, b in itertools.pairwise(values)}
    assert len(steps) == 1 and 3 <= len(values) <= 8
    (step,) = steps
    assert f"{step:.0e}"[0] in "125" or f"{step:.1e}".startswith("2.5")
    assert all(label.endswith(("tys.", "mln")) or label == "0" for label in labels)
    assert not any(label[-1] in "kKM" for label in labels)


def test_axes_of_small_numbers_and_years_are_left_to_plotly():
    assert axis_ticks(2010, 2024, "pl") is None
    assert axis_ticks(0, COMPACT_FROM - 1, "pl") is None
    assert axis_ticks(0, COMPACT_FROM, "pl") is not None
