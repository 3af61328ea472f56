"""Similar gminas: nearest neighbours over standardised indicator values.

References
----------
Everitt, B. S., Landau, S., Leese, M., Stahl, D. (2011). *Cluster Analysis*, 5th ed.,
ch. 3 (measures of proximity, standardisation). Wiley. doi:10.1002/9780470977811
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from layers.analysis.catalog import Indicator, indicator_of
from layers.analysis.comparison import latest_scope_values
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.errors import SimilarityError


def standardised_distances(reference: pd.DataFrame, point: pd.Series) -> pd.Series:
    """Return the Euclidean distance from a point to each row, on z-standardised columns.

    Parameters
    ----------
    reference
        Complete rows (gminas) × columns (indicators); its means and standard
        deviations define the standardisation.
    point
        The point's values, indexed by the same columns.

    Returns
    -------
    pandas.Series
        On ``reference``'s index, named ``"distance"``.

    Notes
    -----
    Each column j is standardised as ``z_j = (x_j - mean_j) / sd_j`` with the mean and
    the sample standard deviation (divisor n - 1) of ``reference``; the distance of row
    i is ``sqrt(sum_j (z_ij - z_pj) ** 2)``. Standardising gives every indicator
    the same weight whatever its unit. A column constant over ``reference`` (or with a
    single row) contributes nothing.

    References
    ----------
    Everitt, B. S., Landau, S., Leese, M., Stahl, D. (2011). *Cluster Analysis*, 5th ed.,
    ch. 3 (measures of proximity, standardisation). Wiley. doi:10.1002/9780470977811
    """
    mean = reference.mean()
    spread = reference.std(ddof=1)
    spread = spread.where(spread > 0)
    gaps = (reference - mean) / spread - (point - mean) / spread
    return np.sqrt((gaps.fillna(0.0) ** 2).sum(axis=1)).rename("distance")


def _latest_matrix(
    dataset: Dataset, indicators: list[Indicator], codes: pd.Index, teryt: str
) -> tuple[pd.DataFrame, pd.Series]:
    """Return the scope's latest values per indicator and the gmina's values in the same years."""
    columns, point = {}, {}
    for indicator in indicators:
        latest = latest_scope_values(dataset, indicator, codes)
        if latest is None:
            continue
        year, values = latest
        columns[indicator.id] = values
        point[indicator.id] = values_in(dataset.values, indicator, year, pd.Index([teryt])).iloc[0]
    return pd.DataFrame(columns, index=codes), pd.Series(point, dtype=float)


def similar_gminas(
    dataset: Dataset, teryt: str, scope: str, indicators: Sequence[str], k: int = 5
) -> pd.Series:
    """Return the gminas of the scope most similar to one gmina over chosen indicators.

    Parameters
    ----------
    dataset
        The loaded data.
    teryt
        The gmina compared; it need not lie in the scope.
    scope
        Scope id (:data:`layers.analysis.scopes.SCOPES`) the look-alikes are searched in.
    indicators
        Indicator ids; a change indicator is the change over
        :data:`layers.analysis.values.CHANGE_YEARS` years.
    k
        How many gminas to return (fewer if the scope has fewer with complete data).

    Returns
    -------
    pandas.Series
        Distances (dimensionless, in standard deviations) of the ``k`` nearest gminas,
        ascending (ties by code), indexed by TERYT (excluding ``teryt``), named
        ``"distance"``.

    Raises
    ------
    SimilarityError
        When no indicator is given, ``k`` < 1, or the gmina has no value for any of them.
    UnknownIndicatorError
        For an indicator id not in the catalog.
    KeyError
        For an unknown scope.

    Notes
    -----
    Each indicator is taken at the latest year in which a gmina of the scope has a
    value. Indicators the gmina lacks in that year are dropped. Only the scope's gminas
    with a value for every remaining indicator are candidates, and their means and
    standard deviations standardise the values; see :func:`standardised_distances`.

    References
    ----------
    Everitt, B. S., Landau, S., Leese, M., Stahl, D. (2011). *Cluster Analysis*, 5th ed.,
    ch. 3. Wiley. doi:10.1002/9780470977811
    """
    chosen = [indicator_of(dataset.catalog, i) for i in dict.fromkeys(indicators)]
    if not chosen or k < 1:
        raise SimilarityError(f"need at least one indicator and k >= 1 (k={k})")
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    matrix, point = _latest_matrix(dataset, chosen, codes, teryt)
    point = point.dropna()
    if point.empty:
        raise SimilarityError(f"gmina {teryt} has no value for {list(indicators)}")
    reference = matrix[point.index].dropna()
    distances = standardised_distances(reference, point).drop(teryt, errors="ignore")
    frame = distances.rename_axis("teryt").reset_index().sort_values(["distance", "teryt"])
    return frame.set_index("teryt")["distance"].head(k)
