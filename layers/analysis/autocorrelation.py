"""Spatial autocorrelation of an indicator: global Moran's I, LISA clusters, Getis–Ord Gi*.

The statistics are esda's (``Moran``, ``Moran_Local``, ``G_Local``); their permutation
inference is :mod:`layers.analysis.permutation`'s (the same rules, seeded, no numba
compilation). Gminas without a value are left out before the weights are built (a gap
stays a gap), and gminas the weights leave without a neighbour (islands) are left out
of the statistics and reported.

References
----------
Moran, P. A. P. (1950). Notes on continuous stochastic phenomena. *Biometrika* 37(1/2),
17–23. doi:10.2307/2332142

Anselin, L. (1995). Local indicators of spatial association — LISA. *Geographical
Analysis* 27(2), 93–115. doi:10.1111/j.1538-4632.1995.tb00338.x

Getis, A., & Ord, J. K. (1992). The analysis of spatial association by use of distance
statistics. *Geographical Analysis* 24(3), 189–206. doi:10.1111/j.1538-4632.1992.tb00261.x

Ord, J. K., & Getis, A. (1995). Local spatial autocorrelation statistics: distributional
issues and an application. *Geographical Analysis* 27(4), 286–306.
doi:10.1111/j.1538-4632.1995.tb00912.x
"""

from __future__ import annotations

from dataclasses import dataclass

import esda
import numpy as np
import pandas as pd
from libpysal.weights import WSP, W

import geopandas as gpd

from layers.analysis.permutation import conditional_lags, pseudo_p, shuffled
from layers.analysis.weights import DEFAULT_K, DEFAULT_KM, SpatialWeights, spatial_weights
from layers.errors import SpatialStatsError

PERMUTATIONS = 999
"""Permutations of every pseudo p-value (the fewest allowed)."""
SEED = 20_251_205
"""Seed of every permutation: the same view always gives the same p-values and map."""
SIGNIFICANCE_LEVELS = (0.05, 0.01)
MIN_GMINAS = 5
"""Fewest gminas with a value and a neighbour that a statistic is computed for."""
QUADRANTS = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
"""esda's quadrant numbers: value and neighbours' mean above (H) or below (L) the mean."""
CLUSTERS = ("HH", "LL", "HL", "LH", "ns", "island", "nodata")
"""LISA categories in legend order: the four significant quadrants, not significant,
no neighbour, no value."""
HOT_SPOTS = ("hot", "cold", "ns", "island", "nodata")
"""Getis–Ord Gi* categories in legend order."""


@dataclass(frozen=True)
class GlobalMoran:
    """Global Moran's I with its normal-approximation and permutation inference."""

    statistic: float
    expected: float
    """E[I] = −1/(n − 1) under no autocorrelation."""
    z: float
    """(I − E[I]) / sd(I) under normality."""
    p_norm: float
    """Two-sided p-value of ``z``."""
    p_sim: float
    """Folded pseudo p-value from :data:`PERMUTATIONS` random permutations."""
    permutations: int
    n: int


@dataclass(frozen=True, eq=False)
class Autocorrelation:
    """Every statistic of one indicator view, aligned on the gminas it was asked for."""

    moran: GlobalMoran
    local: pd.DataFrame
    """Indexed like the input values: ``value``, ``z`` (standardised), ``lag`` (mean of
    the neighbours' z), ``local_i``, ``p_sim``, ``quadrant``, ``cluster``, and with
    Gi* asked ``gi_z``, ``gi_p``, ``hot_spot``; NaN where a gmina was left out."""
    weights: SpatialWeights
    missing: pd.Index
    """Gminas without a value."""


def global_moran(
    values: np.ndarray, w: W, *, permutations: int = PERMUTATIONS, seed: int = SEED
) -> GlobalMoran:
    """Return global Moran's I of ``values`` under row-standardised weights ``w``.

    Parameters
    ----------
    values
        One value per unit, in ``w``'s order.
    w
        Weights without islands.
    permutations, seed
        Random permutations of the pseudo p-value and the generator's seed.

    Notes
    -----
    I = (n / S₀) · Σᵢ Σⱼ wᵢⱼ zᵢ zⱼ / Σᵢ zᵢ², z the deviations from the mean, S₀ the sum of
    the weights (n when rows sum to 1). The permutation p-value shuffles the values
    over the units (total randomisation) and counts the I's at least as extreme.

    References
    ----------
    Moran (1950); Cliff, A. D., & Ord, J. K. (1981). *Spatial Processes: Models and
    Applications*. London: Pion, ch. 1–2 (moments of I).
    """
    moran = esda.Moran(values, w, transformation="r", permutations=0)
    matrix = w.sparse
    perms = shuffled(moran.z, permutations, seed)
    simulated = (w.n / w.s0) * (perms * (matrix @ perms.T).T).sum(axis=1) / moran.z2ss
    return GlobalMoran(
        statistic=float(moran.I),
        expected=float(moran.EI),
        z=float(moran.z_norm),
        p_norm=float(moran.p_norm),
        p_sim=float(pseudo_p(simulated, np.asarray(moran.I))),
        permutations=permutations,
        n=int(w.n),
    )


def local_moran(
    values: np.ndarray, w: W, *, permutations: int = PERMUTATIONS, seed: int = SEED
) -> pd.DataFrame:
    """Return local Moran's Iᵢ of each unit with its conditional-permutation p-value.

    Parameters
    ----------
    values
        One value per unit, in ``w``'s order.
    w
        Row-standardised weights without islands.
    permutations, seed
        As in :func:`global_moran`.

    Returns
    -------
    pandas.DataFrame
        On a positional index: ``z`` (value standardised by the mean and the standard
        deviation), ``lag`` (Σⱼ wᵢⱼ zⱼ), ``local_i``, ``p_sim``, ``quadrant`` ("HH",
        "LH", "LL", "HL").

    Notes
    -----
    Iᵢ = (n − 1) · zᵢ · Σⱼ wᵢⱼ zⱼ / Σⱼ zⱼ² (esda's scaling). The p-value keeps zᵢ and
    draws i's neighbours from the other units (conditional randomisation); a unit at
    exactly the mean (zᵢ = 0, Iᵢ = 0 in every draw) gets p = 1.

    References
    ----------
    Anselin (1995).
    """
    local = esda.Moran_Local(values, w, transformation="r", permutations=0)
    lags = conditional_lags(local.z, w.sparse.tocsr(), permutations, seed)
    simulated = local.n_1 * local.z[:, None] * lags / local.den
    p_sim = np.where(local.z == 0, 1.0, pseudo_p(simulated, local.Is))
    return pd.DataFrame(
        {
            "z": local.z,
            "lag": w.sparse @ local.z,
            "local_i": local.Is,
            "p_sim": p_sim,
            "quadrant": pd.Series(local.q).map(QUADRANTS).to_numpy(),
        }
    )


def local_getis_ord(
    values: np.ndarray, w: W, *, permutations: int = PERMUTATIONS, seed: int = SEED
) -> pd.DataFrame:
    """Return Getis–Ord Gi* of each unit: its z-score and conditional-permutation p-value.

    Parameters
    ----------
    values
        One value per unit, in ``w``'s order.
    w
        Weights without islands; their links are used as binary weights with the unit
        itself included (the "star" form).
    permutations, seed
        As in :func:`global_moran`.

    Returns
    -------
    pandas.DataFrame
        On a positional index: ``gi_z`` (the standardised Gi*, positive where high
        values concentrate) and ``gi_p`` (folded pseudo p-value of the neighbourhood
        sum).

    Notes
    -----
    Gi* = Σⱼ wᵢⱼ xⱼ / Σⱼ xⱼ with wᵢᵢ = 1; its z-score is (Σⱼ wᵢⱼ xⱼ − x̄ Wᵢ) /
    (s √((n Σⱼ wᵢⱼ² − Wᵢ²)/(n − 1))) (Ord & Getis 1995, eq. 2.9).

    References
    ----------
    Getis & Ord (1992); Ord & Getis (1995).
    """
    binary = WSP((w.sparse > 0).astype(float)).to_W(silence_warnings=True)
    gi = esda.G_Local(values, binary, transform="B", star=True, permutations=0)
    links = binary.sparse.tocsr()
    lags = conditional_lags(np.asarray(values, dtype=float), links, permutations, seed)
    return pd.DataFrame({"gi_z": gi.Zs, "gi_p": pseudo_p(lags, links @ values)})


def lisa_clusters(local: pd.DataFrame, significance: float) -> pd.Series:
    """Return each unit's LISA category: its quadrant where p ≤ ``significance``, else "ns".

    Parameters
    ----------
    local
        From :func:`local_moran` (``quadrant``, ``p_sim``).
    significance
        Level of the pseudo p-value, e.g. 0.05.

    Returns
    -------
    pandas.Series
        On ``local``'s index, named ``cluster``: "HH", "LL", "HL", "LH" or "ns".
    """
    significant = local["p_sim"] <= significance
    return local["quadrant"].where(significant, "ns").rename("cluster")


def hot_spots(gi: pd.DataFrame, significance: float) -> pd.Series:
    """Return "hot" (z > 0) or "cold" (z < 0) where the Gi* p ≤ ``significance``, else "ns"."""
    side = np.where(gi["gi_z"] > 0, "hot", "cold")
    return (
        pd.Series(side, index=gi.index).where(gi["gi_p"] <= significance, "ns").rename("hot_spot")
    )


def spatial_autocorrelation(  # noqa: PLR0913 (all but the first two are keyword-only)
    values: pd.Series,
    gminas_metric: gpd.GeoDataFrame,
    *,
    weights: str = "queen",
    k: int = DEFAULT_K,
    km: float = DEFAULT_KM,
    significance: float = 0.05,
    getis_ord: bool = False,
    permutations: int = PERMUTATIONS,
) -> Autocorrelation:
    """Return global Moran's I, the LISA clusters and optionally Gi* of one indicator view.

    Parameters
    ----------
    values
        One value per gmina of the scope, indexed by TERYT; NaN where there is no data.
    gminas_metric
        Polygons in EPSG:2180 covering ``values``' gminas.
    weights, k, km
        Kind of weights and its setting (:func:`layers.analysis.weights.spatial_weights`),
        built over the gminas that have a value.
    significance
        Level of the pseudo p-values that make a cluster or a hot spot (0 < α < 0.5).
    getis_ord
        Also compute Gi* hot and cold spots.
    permutations
        At least :data:`PERMUTATIONS`; every generator is seeded with :data:`SEED`.

    Returns
    -------
    Autocorrelation
        ``local`` is on ``values``' index; its ``cluster`` (and ``hot_spot``) is
        "island" for a gmina without a neighbour and "nodata" for one without a value.

    Raises
    ------
    SpatialStatsError
        For bad settings, fewer than :data:`MIN_GMINAS` gminas with a value and a
        neighbour, or values that do not vary.
    WrongCrsError
        When the polygons are not in EPSG:2180.
    """
    _check_settings(significance, permutations)
    present = values.dropna()
    present = present[present.index.isin(gminas_metric.index)]
    spatial = spatial_weights(gminas_metric.loc[present.index], weights, k=k, km=km)
    y = present.reindex(spatial.codes).to_numpy(dtype=float)
    if len(y) < MIN_GMINAS or np.ptp(y) == 0:
        raise SpatialStatsError(f"{len(y)} gminas with a value and a neighbour, range {np.ptp(y)}")
    moran = global_moran(y, spatial.w, permutations=permutations)
    local = local_moran(y, spatial.w, permutations=permutations).set_index(spatial.codes)
    local.insert(0, "value", y)
    local["cluster"] = lisa_clusters(local, significance)
    if getis_ord:
        gi = local_getis_ord(y, spatial.w, permutations=permutations).set_index(spatial.codes)
        local = local.join(gi)
        local["hot_spot"] = hot_spots(gi, significance)
    aligned = local.reindex(values.index)
    status = pd.Series("nodata", index=values.index).mask(
        values.index.isin(spatial.islands), "island"
    )
    for column in ("cluster", "hot_spot"):
        if column in aligned:
            aligned[column] = aligned[column].fillna(status)
    missing = values.index.difference(present.index, sort=False)
    return Autocorrelation(moran, aligned, spatial, missing)


def _check_settings(significance: float, permutations: int) -> None:
    if not (0 < significance < 0.5):
        raise SpatialStatsError(f"significance must be in (0, 0.5), got {significance}")
    if permutations < PERMUTATIONS:
        raise SpatialStatsError(f"at least {PERMUTATIONS} permutations, got {permutations}")
