"""Choropleth classification: one name → mapclassify scheme registry.

References
----------
Rey, S. J., Arribas-Bel, D., Wolf, L. J. (2023). *Geographic Data Science with
Python*, ch. 5 "Choropleth Mapping". CRC Press. https://geographicdata.science/book/
mapclassify: https://pysal.org/mapclassify/
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd

import mapclassify

from layers.errors import ManualBreaksError

MIN_CLASSES = 3
MAX_CLASSES = 9


def _quantiles(y: np.ndarray, k: int, breaks: tuple[float, ...]) -> np.ndarray:
    return mapclassify.Quantiles(y, k=k).bins


def _equal_interval(y: np.ndarray, k: int, breaks: tuple[float, ...]) -> np.ndarray:
    return mapclassify.EqualInterval(y, k=k).bins


def _fisher_jenks(y: np.ndarray, k: int, breaks: tuple[float, ...]) -> np.ndarray:
    return mapclassify.FisherJenks(y, k=k).bins


def _head_tail(y: np.ndarray, k: int, breaks: tuple[float, ...]) -> np.ndarray:
    return mapclassify.HeadTailBreaks(y).bins


def _std_mean(y: np.ndarray, k: int, breaks: tuple[float, ...]) -> np.ndarray:
    return mapclassify.StdMean(y).bins


def _manual(y: np.ndarray, k: int, breaks: tuple[float, ...]) -> np.ndarray:
    return mapclassify.UserDefined(y, bins=list(breaks)).bins


SCHEMES: dict[str, Callable[[np.ndarray, int, tuple[float, ...]], np.ndarray]] = {
    "quantiles": _quantiles,
    "equal_interval": _equal_interval,
    "fisher_jenks": _fisher_jenks,
    "head_tail": _head_tail,
    "std_mean": _std_mean,
    "manual": _manual,
}
"""Scheme id → function of (values, k, manual breaks) returning upper class bounds.
Head/tail breaks and standard deviation choose their own number of classes."""
KEEPS_EMPTY_CLASSES = frozenset({"equal_interval", "std_mean", "manual"})
"""Schemes whose bounds the user reads as given (equal steps, standard deviations, typed
breaks): their empty classes stay in the legend. The others' empty classes are dropped
(two quantiles falling between the same two values)."""


@dataclass(frozen=True)
class Classification:
    """A classified indicator: class bounds, each gmina's class and class counts."""

    bounds: tuple[float, ...]
    """``k + 1`` edges: the minimum, then each class's upper bound."""
    classes: pd.Series
    """Class index per gmina (0 … k-1), -1 for no data; on the input's index."""
    counts: tuple[int, ...]
    nodata: int

    @property
    def k(self) -> int:
        """Number of classes."""
        return len(self.bounds) - 1


def classified(
    values: pd.Series, scheme: str, k: int, breaks: tuple[float, ...] = ()
) -> Classification:
    """Return the classification of values by a scheme.

    Parameters
    ----------
    values
        One value per gmina; NaN is no data.
    scheme
        A key of :data:`SCHEMES`.
    k
        Number of classes, clipped to 3–9 (fewer when there are fewer distinct values, or
        when a data-driven scheme leaves a class empty: :data:`KEEPS_EMPTY_CLASSES`).
        Head/tail breaks and standard deviation choose their own number, at most 9:
        beyond that the last classes are merged.
    breaks
        Upper bounds for the ``manual`` scheme; the maximum closes the last class.

    Returns
    -------
    Classification
        Bounds, classes aligned on ``values.index``, counts per class.

    Raises
    ------
    KeyError
        For an unknown scheme.
    ManualBreaksError
        For the ``manual`` scheme without breaks.
    """
    scheme_function = SCHEMES[scheme]
    if scheme == "manual" and not breaks:
        raise ManualBreaksError("manual classification needs at least one break")
    present = values.dropna()
    y = present.to_numpy(dtype=float)
    upper = _upper_bounds(y, scheme_function, min(max(int(k), MIN_CLASSES), MAX_CLASSES), breaks)
    index, counts = _class_counts(upper, y)
    if scheme not in KEEPS_EMPTY_CLASSES and not counts.all():
        upper = np.concatenate([upper[:-1][counts[:-1] > 0], upper[-1:]])
        index, counts = _class_counts(upper, y)
    classes = pd.Series(-1, index=values.index, dtype=int, name=values.name)
    classes[present.index] = index
    lower = min(float(y.min()), float(upper[0]))
    return Classification(
        bounds=(lower, *map(float, upper)),
        classes=classes,
        counts=tuple(int(c) for c in counts),
        nodata=int(values.isna().sum()),
    )


def _class_counts(upper: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return each value's class under the upper bounds ``upper``, and the classes' counts."""
    index = np.searchsorted(upper, y, side="left").clip(0, len(upper) - 1)
    return index, np.bincount(index, minlength=len(upper))


def _upper_bounds(
    y: np.ndarray,
    scheme_function: Callable[[np.ndarray, int, tuple[float, ...]], np.ndarray],
    k: int,
    breaks: tuple[float, ...],
) -> np.ndarray:
    distinct = np.unique(y)
    if len(distinct) < k and not breaks:
        return distinct  # one class per value
    with warnings.catch_warnings():
        # Many tied values (e.g. zeros): mapclassify merges classes, which the legend shows.
        warnings.filterwarnings("ignore", "Not enough unique values", UserWarning)
        upper = np.unique(scheme_function(y, k, breaks))
    if len(upper) > MAX_CLASSES:  # head/tail breaks size themselves: merge the tail classes
        upper = np.concatenate([upper[: MAX_CLASSES - 1], upper[-1:]])
    return upper


def parsed_breaks(text: str) -> tuple[float, ...]:
    """Return manual breaks typed by a user.

    With a semicolon in the text, parts are separated by ``;`` and may use a
    decimal comma and spaces between thousands (``"10; 20,5; 1 000"``); without
    one, parts are separated by commas or spaces and use a decimal point
    (``"10, 20.5, 1000"``).

    Raises
    ------
    ManualBreaksError
        When a part is not a number or the breaks do not increase.
    """
    if ";" in text:
        parts = [re.sub(r"\s", "", part).replace(",", ".") for part in text.split(";")]
    else:
        parts = re.split(r"[,\s]+", text)
    try:
        numbers = tuple(float(part) for part in parts if part)
    except ValueError as error:
        raise ManualBreaksError(f"not a number in {text!r}") from error
    if not numbers or any(b <= a for a, b in pairwise(numbers)):
        raise ManualBreaksError(f"breaks must increase: {text!r}")
    return numbers
