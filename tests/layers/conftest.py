"""Fixtures of the ``layers`` tests: the output-contract check."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import pytest

SeriesCheck = Callable[..., None]


def _check_series(
    result: object,
    index: pd.Index,
    name: str | None,
    expected: Mapping[object, float] | None = None,
    rel: float = 1e-9,
) -> None:
    assert isinstance(result, pd.Series)
    pd.testing.assert_index_equal(result.index, index, exact="equiv", check_names=False)
    assert result.name == name
    for key, value in (expected or {}).items():
        if pd.isna(value):
            assert pd.isna(result[key]), key
        else:
            assert result[key] == pytest.approx(value, rel=rel), key


@pytest.fixture
def check_series() -> SeriesCheck:
    """The output contract of a ``layers`` function: a Series, its index, name and values.

    Call as ``check_series(result, index, name, {key: expected_value}, rel=...)``;
    a NaN expected value means the result must be missing there.
    """
    return _check_series
