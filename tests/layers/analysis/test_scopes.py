"""Scopes of the map on the real data, and by hand."""

from __future__ import annotations

from itertools import pairwise

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.scopes import SCOPES, scope_codes
from layers.analysis.teryt import KRAKOW


@pytest.mark.parametrize(
    ("scope", "count"), [("smk", 15), ("kom2003", 51), ("malopolska", 182), ("poland", 2477)]
)
def test_scope_counts(dataset: Dataset, scope: str, count: int) -> None:
    codes = scope_codes(scope, dataset.codes, dataset.areas)

    assert len(codes) == count
    assert codes.is_unique
    assert KRAKOW in codes


def test_scopes_are_nested(dataset: Dataset) -> None:
    sets = [set(scope_codes(scope, dataset.codes, dataset.areas)) for scope in SCOPES]

    assert all(small < large for small, large in pairwise(sets))


def test_scope_keeps_the_order_of_codes() -> None:
    codes = pd.Index(["1261011", "0201011", "1219053", "1201011"])
    areas = {"smk": ["1219053", "1261011", "9999999"]}

    assert scope_codes("smk", codes, areas).tolist() == ["1261011", "1219053"]
    assert scope_codes("malopolska", codes, areas).tolist() == ["1261011", "1219053", "1201011"]
    assert scope_codes("poland", codes, areas) is codes


def test_unknown_scope_raises_key_error() -> None:
    with pytest.raises(KeyError):
        scope_codes("europe", pd.Index(["1261011"]), {"smk": []})
