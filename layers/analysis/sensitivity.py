"""How the two levels of Huff's areas change with distance decay β and the attractiveness.

A planner needs to know which assignments hold whatever reasonable parameters are chosen:
the areas are recomputed over a grid of β (1–3) and attractiveness indicators, and each
gmina's second-level centre is called robust when every run agrees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from layers.analysis.dataset import Dataset
from layers.analysis.two_level import TwoLevelRequest, two_level
from layers.errors import SecondLevelError

BETAS = (1.0, 1.5, 2.0, 2.5, 3.0)
"""Distance-decay exponents of the grid (Huff 1963 estimated 2–3 for shopping trips)."""
MAX_INDICATORS = 3


@dataclass(frozen=True)
class Sensitivity:
    """The areas of every run of the grid and how much they agree."""

    centres: pd.DataFrame
    """Gminas of the scope but the core × runs (columns ``(attractiveness, beta)``):
    each gmina's second-level centre."""
    counts: pd.DataFrame
    """Runs × ``first_level`` (the core's area) and each secondary centre: gminas."""
    modal: pd.Series
    """Each gmina's most frequent second-level centre (ties: the first centre)."""
    stability: pd.Series
    """Share of the runs (0–1) that give each gmina its modal centre."""


def _modal(centres: pd.DataFrame, order: Sequence[str]) -> pd.Series:
    """Return each row's most frequent value; ties go to the earlier of ``order``."""
    counts = pd.DataFrame({centre: (centres == centre).sum(axis=1) for centre in order})
    modal = counts.idxmax(axis=1).astype(object)
    return modal.where(counts.max(axis=1) > 0).rename("modal")


def sensitivity(
    dataset: Dataset,
    request: TwoLevelRequest,
    attractiveness: Sequence[str],
    betas: Sequence[float] = BETAS,
) -> Sensitivity:
    """Return the Huff two-level areas over a grid of β and attractiveness indicators.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        Scope, core, secondary centres, α and the overlap tolerance; its model, β and
        attractiveness are replaced by each run's.
    attractiveness
        One to three indicator ids (e.g. population, own revenue).
    betas
        Distance-decay exponents.

    Returns
    -------
    Sensitivity
        Every run's second-level centres and area sizes, the modal centre and the
        stability of each gmina.

    Raises
    ------
    SecondLevelError
        For no indicator or more than three, no β, or the errors of
        :func:`layers.analysis.two_level.two_level`.
    GravityError, UnknownIndicatorError
        When an indicator is unknown or has no year with a value for every centre.

    Notes
    -----
    A gmina is robust when all ``len(attractiveness) × len(betas)`` runs give it the
    same second-level centre (stability 1). The first level's size per run shows
    whether the core's area itself moves.

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
    *Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    Saltelli, A. et al. (2008). *Global Sensitivity Analysis: The Primer*. Wiley.
    https://doi.org/10.1002/9780470725184
    """
    chosen = list(dict.fromkeys(attractiveness))
    if not 1 <= len(chosen) <= MAX_INDICATORS or not betas:
        raise SecondLevelError("choose one to three indicators and at least one beta")
    centres, counts = {}, {}
    for indicator in chosen:
        for beta in betas:
            run = dataclasses.replace(
                request, model="huff", attractiveness=indicator, beta=float(beta)
            )
            result = two_level(dataset, run)
            key = (indicator, float(beta))
            centres[key] = result.gminas["centre"].drop(request.core)
            counts[key] = {"first_level": int(result.gminas["first_level"].sum())} | {
                centre: int(result.table.loc[centre, "gminas"]) for centre in request.centres
            }
    frame = pd.DataFrame(centres)
    frame.columns.names = ["attractiveness", "beta"]
    table = pd.DataFrame.from_dict(counts, orient="index")
    table.index.names = ["attractiveness", "beta"]
    modal = _modal(frame, request.centres)
    stability = frame.eq(modal, axis=0).mean(axis=1).rename("stability")
    return Sensitivity(frame, table, modal, stability)


def robust_classes(result: Sensitivity, centres: Sequence[str], codes: pd.Index) -> pd.Series:
    """Return each gmina's map class: its modal centre, robust or not.

    Parameters
    ----------
    result
        A grid of :func:`sensitivity`.
    centres
        The secondary centres, in legend order.
    codes
        The scope's gminas (the core among them).

    Returns
    -------
    pandas.Series
        On ``codes``: ``i`` where every run gives centre ``i``, ``n + i`` where centre
        ``i`` is only the most frequent (``n`` centres), ``2n`` for the core (absent
        from the grid) and -1 without a centre.
    """
    n = len(centres)
    position = result.modal.map({centre: i for i, centre in enumerate(centres)})
    robust = result.stability.eq(1.0)
    classes = position.where(robust, position + n).reindex(codes)
    classes[~codes.isin(result.modal.index)] = 2 * n
    return classes.fillna(-1).astype(int).rename("class")
