"""Classification schemes against mapclassify, hand cases, and manual breaks."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

import mapclassify

from layers.analysis.classify import MAX_CLASSES, SCHEMES, classified, parsed_breaks
from layers.errors import ManualBreaksError

MANUAL_BREAKS = (10.0, 20.0, 50.0)
REFERENCE: dict[str, Callable[[np.ndarray, int], mapclassify.classifiers.MapClassifier]] = {
    "quantiles": lambda y, k: mapclassify.Quantiles(y, k=k),
    "equal_interval": lambda y, k: mapclassify.EqualInterval(y, k=k),
    "fisher_jenks": lambda y, k: mapclassify.FisherJenks(y, k=k),
    "head_tail": lambda y, k: mapclassify.HeadTailBreaks(y),
    "std_mean": lambda y, k: mapclassify.StdMean(y),
    "manual": lambda y, k: mapclassify.UserDefined(y, bins=list(MANUAL_BREAKS)),
}


@pytest.fixture
def sample() -> pd.Series:
    """200 skewed values (like gmina populations), fixed seed, on TERYT-like labels."""
    y = np.random.default_rng(42).lognormal(3.0, 1.0, 200)
    return pd.Series(y, index=[f"12{i:05d}" for i in range(200)], name="population")


def test_registry_covers_the_reference() -> None:
    assert set(SCHEMES) == set(REFERENCE)


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("k", [3, 5, 7])
def test_scheme_matches_mapclassify(sample: pd.Series, scheme: str, k: int) -> None:
    reference = REFERENCE[scheme](sample.to_numpy(), k)

    result = classified(sample, scheme, k, MANUAL_BREAKS)

    np.testing.assert_allclose(result.bounds[1:], reference.bins)
    assert result.bounds[0] == pytest.approx(min(sample.min(), reference.bins[0]))
    assert result.classes.tolist() == reference.yb.tolist()
    assert result.counts == tuple(int(c) for c in reference.counts)
    assert result.k == len(reference.bins)
    assert result.nodata == 0


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_nodata_gets_class_minus_one(sample: pd.Series, scheme: str) -> None:
    values = sample.copy()
    values.iloc[[0, 5, 9]] = np.nan

    result = classified(values, scheme, 5, MANUAL_BREAKS)

    assert result.nodata == 3
    assert (result.classes.iloc[[0, 5, 9]] == -1).all()
    assert (result.classes.drop(values.index[[0, 5, 9]]) >= 0).all()
    assert sum(result.counts) == 197
    assert result.classes.index.equals(values.index)
    assert result.classes.name == "population"
    assert sample.notna().all()  # input untouched


def test_hand_computed_equal_interval() -> None:
    values = pd.Series([0.0, 1.0, 4.0, 5.0, 6.0, 9.0, 10.0, np.nan], index=list("abcdefgh"))

    result = classified(values, "equal_interval", 5)

    assert result.bounds == (0.0, 2.0, 4.0, 6.0, 8.0, 10.0)
    assert result.classes.to_dict() == {
        "a": 0,
        "b": 0,
        "c": 1,  # upper bounds are inclusive: 4 is in (2, 4]
        "d": 2,
        "e": 2,
        "f": 4,
        "g": 4,
        "h": -1,
    }
    assert result.counts == (2, 1, 2, 0, 2)
    assert result.nodata == 1


@pytest.mark.parametrize("scheme", ["quantiles", "equal_interval", "fisher_jenks"])
def test_k_is_reduced_to_the_distinct_values(scheme: str) -> None:
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 4.0, 3.0, 2.0, 1.0])

    result = classified(values, scheme, 9)

    assert result.k == 4
    assert result.counts == (2, 2, 2, 2)


def test_fewer_than_three_distinct_values_give_one_class_each() -> None:
    values = pd.Series([5.0, 5.0, 7.0, np.nan])

    result = classified(values, "fisher_jenks", 5)

    assert result.bounds == (5.0, 5.0, 7.0)
    assert result.counts == (2, 1)
    assert result.classes.tolist() == [0, 0, 1, -1]


def test_manual_without_breaks_raises() -> None:
    with pytest.raises(ManualBreaksError):
        classified(pd.Series([1.0, 2.0, 3.0, 4.0]), "manual", 5)


def test_manual_breaks_are_closed_by_the_maximum() -> None:
    values = pd.Series([1.0, 10.0, 15.0, 30.0, 80.0])

    result = classified(values, "manual", 5, (10.0, 20.0))

    assert result.bounds == (1.0, 10.0, 20.0, 80.0)
    assert result.counts == (2, 1, 2)


def test_unknown_scheme_raises_key_error(sample: pd.Series) -> None:
    with pytest.raises(KeyError):
        classified(sample, "natural", 5)


def test_head_tail_never_exceeds_max_classes() -> None:
    values = pd.Series(np.arange(1.0, 1025.0))  # each head is the upper half: 11 breaks

    assert classified(values, "head_tail", 5).k <= MAX_CLASSES


def test_small_k_never_gives_more_classes_than_three() -> None:
    values = pd.Series(np.arange(1.0, 11.0))

    assert classified(values, "equal_interval", 2).k <= 3


def test_quantiles_on_tied_values_merge_classes_without_warning() -> None:
    # like urbanisation: many gminas at 0 % and 100 %, a few in between
    values = pd.Series([0.0] * 10 + [10.0, 20.0, 30.0, 40.0, 50.0, 60.0] + [100.0] * 10)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = classified(values, "quantiles", 5)

    assert result.k < 5
    assert result.bounds[1] == 0.0 and result.bounds[-1] == 100.0
    assert sum(result.counts) == 26


@pytest.mark.parametrize("scheme", ["quantiles", "fisher_jenks", "head_tail"])
def test_data_driven_schemes_leave_no_class_empty(scheme: str) -> None:
    # SMK's net migration per 1000 in 2008: the tie at 8.5 leaves the 9 quantiles' fifth
    # class (8.5, 8.81] empty
    values = pd.Series(
        [-0.1, 1.0, 2.4, 3.6, 5.4, 6.1, 8.5, 8.5, 8.9, 11.9, 12.4, 13.7, 14.2, 14.8, 34.3]
    )

    result = classified(values, scheme, 9)

    assert all(result.counts) and sum(result.counts) == len(values)
    assert sorted(set(result.classes)) == list(range(result.k))
    upper = np.array(result.bounds[1:])
    assert (upper[result.classes.to_numpy()] >= values.to_numpy()).all()  # still in its class


def test_an_empty_class_of_equal_steps_stays_in_the_legend() -> None:
    result = classified(pd.Series([0.0, 0.5, 1.0, 1.5, 2.0, 10.0]), "equal_interval", 5)

    assert result.counts == (5, 0, 0, 0, 1)


def test_as_many_distinct_values_as_classes_give_one_class_per_value() -> None:
    values = pd.Series([0.0] * 10 + [50.0] + [100.0] * 10)

    result = classified(values, "quantiles", 5)

    assert result.bounds == (0.0, 0.0, 50.0, 100.0)
    assert result.counts == (10, 1, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10; 20,5; 1 000", (10.0, 20.5, 1000.0)),
        ("10, 20.5, 1000", (10.0, 20.5, 1000.0)),
        ("10 20.5 1000", (10.0, 20.5, 1000.0)),
        ("-5;0;2,5", (-5.0, 0.0, 2.5)),
        ("1\u00a0000; 2\u00a0000", (1000.0, 2000.0)),
        ("7", (7.0,)),
        ("1,5", (1.0, 5.0)),  # without a semicolon a comma separates breaks
    ],
)
def test_parsed_breaks(text: str, expected: tuple[float, ...]) -> None:
    assert parsed_breaks(text) == expected


@pytest.mark.parametrize("text", ["a;b", "30; 20", "", " ", "10, 10", "1e3;x"])
def test_parsed_breaks_rejects(text: str) -> None:
    with pytest.raises(ManualBreaksError):
        parsed_breaks(text)
