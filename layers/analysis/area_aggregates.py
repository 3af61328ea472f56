"""Indicators aggregated over areas made of whole gminas, side by side (e.g. both levels' areas)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from layers.analysis.dataset import Dataset
from layers.analysis.zones import zone_aggregates
from layers.errors import ComparisonError

MIN_AREAS, MAX_AREAS = 2, 6


def areas_aggregates(dataset: Dataset, areas: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """Return every indicator aggregated over each area, one column block per area.

    Parameters
    ----------
    dataset
        Loaded data.
    areas
        Area key → its member gminas (TERYT), 2–6 areas.

    Returns
    -------
    pandas.DataFrame
        Index: indicator ids in catalog order (those with data in some area); columns
        a MultiIndex ``(area, field)`` with fields ``year``, ``value`` and ``coverage``
        (0–1), NaN where an area has no value.

    Raises
    ------
    ComparisonError
        For fewer than two or more than six areas, or an area without a known gmina.

    Notes
    -----
    Each area is a zone whose gminas lie wholly inside it (share 1), aggregated as
    :func:`layers.analysis.zones.zone_aggregates` does: counts summed, rates weighted
    by population, each in the latest year with data among the area's gminas.

    References
    ----------
    Goodchild, M. F., Lam, N. S.-N. (1980). Areal interpolation: a variant of the
    traditional spatial problem. *Geo-Processing* 1, 297–312 (ISSN 0165-2273).
    """
    if not MIN_AREAS <= len(areas) <= MAX_AREAS:
        raise ComparisonError(f"compare {MIN_AREAS}–{MAX_AREAS} areas, not {len(areas)}")
    blocks = {}
    for key, members in areas.items():
        known = pd.Index(list(dict.fromkeys(members))).intersection(dataset.codes)
        if known.empty:
            raise ComparisonError(f"area {key!r} has no known gmina")
        shares = pd.Series(1.0, index=known.rename("teryt"), name="share")
        blocks[key] = zone_aggregates(dataset, shares).set_index("indicator")
    order = [i for i in dataset.catalog if any(i in block.index for block in blocks.values())]
    return pd.concat(blocks, axis=1).reindex(order)
