"""Numbers as each language writes them."""

from __future__ import annotations

import numpy as np
import pytest

from layers.numbers import formatted, plotly_separators

SPACE = " "
"""Polish thousands separator: a plain space since the change in ``layers/numbers.py``
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
