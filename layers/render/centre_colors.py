"""A colour per centre that stays the same on every map of centres.

Huff, Reilly, flow dominance, Nystuen–Dacey, the two levels and their sensitivity all
colour gminas by the centre they fall to. A centre's colour follows from its identity
(its TERYT's place in one fixed order of all candidate centres), never from its
position in one model's result, so Bochnia is drawn in the same colour on every map.

References
----------
Kelly, K. L. (1965). Twenty-two colors of maximum contrast. *Color Engineering* 3(6),
26–27. Kelly names his colours by the ISCC–NBS system (Kelly, K. L., Judd, D. B. (1976).
*Color: Universal Language and Dictionary of Names*, NBS Special Publication 440,
https://doi.org/10.6028/NBS.SP.440); the hex values are the sRGB ones commonly given for
them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from layers.analysis.dataset import Dataset
from layers.analysis.two_level import latest_population

CENTRE_PALETTE = (
    "#f3c300",
    "#875692",
    "#f38400",
    "#a1caf1",
    "#be0032",
    "#c2b280",
    "#008856",
    "#e68fac",
    "#0067a5",
    "#f99379",
    "#604e97",
    "#f6a600",
    "#b3446c",
    "#dcd300",
    "#882d17",
    "#8db600",
    "#654522",
    "#e25822",
    "#2b3d26",
)
"""Kelly's colours of maximum contrast in his order, without white, black and the grey a
gap is drawn in: the first centres of the candidate order each get one of their own."""
LIGHTER_BY = 0.55
"""How far :func:`lighter` moves a colour toward white (0 none, 1 white)."""
CANDIDATE_AREA = "kom2003"
"""The widest area of the areas tab: its gminas come first in the candidate order."""


def candidate_order(population: pd.Series, first: Sequence[str]) -> list[str]:
    """Return every gmina in the one fixed order the centres' colours follow.

    Parameters
    ----------
    population
        Each gmina's population (latest year), indexed by TERYT: every candidate centre.
    first
        TERYT codes ranked before all others (the widest area whose maps show centres),
        among themselves by population, largest first, so the likeliest centres each
        get a colour no other centre shares.

    Returns
    -------
    list of str
        ``first`` by population (ties and gaps by TERYT), then the other gminas by TERYT.
    """
    ranked = pd.DataFrame({"population": population.reindex(list(first)).fillna(-1)})
    ranked["code"] = ranked.index
    ahead = ranked.sort_values(["population", "code"], ascending=[False, True]).index.tolist()
    rest = sorted(set(population.index) - set(ahead))
    return [*ahead, *rest]


def centre_colors(centres: Sequence[str], order: Sequence[str]) -> list[str]:
    """Return one colour per centre, from the centre's place in ``order``.

    Parameters
    ----------
    centres
        TERYT codes of the centres one map shows, in any order.
    order
        All candidate centres (:func:`candidate_order`); a centre not in it comes after
        them, by TERYT.

    Returns
    -------
    list of str
        Hex colours aligned on ``centres``. The centre at place ``i`` gets
        ``CENTRE_PALETTE[i % n]``; when two centres of one map share that colour (only
        possible from place ``n`` on) the later one takes the next free colour. The
        first ``n`` candidates therefore always keep their own colour.

    Examples
    --------
    >>> order = ["1261011", "1219053", "1201011"]
    >>> centre_colors(["1201011"], order) == centre_colors(["1261011", "1201011"], order)[1:]
    True
    """
    places = {code: i for i, code in enumerate(order)}
    outside = sorted(set(centres) - set(places))
    places |= {code: len(order) + i for i, code in enumerate(outside)}
    size = len(CENTRE_PALETTE)
    taken: set[int] = set()
    colors: dict[str, str] = {}
    for code in sorted(set(centres), key=places.__getitem__):
        slot = places[code] % size
        while slot in taken and len(taken) < size:
            slot = (slot + 1) % size
        taken.add(slot)
        colors[code] = CENTRE_PALETTE[slot]
    return [colors[code] for code in centres]


def dataset_centre_colors(dataset: Dataset, centres: Sequence[str]) -> list[str]:
    """Return the colour of each centre (:func:`centre_colors`) in the store's candidate order.

    Parameters
    ----------
    dataset
        The loaded data: every gmina is a candidate, those of :data:`CANDIDATE_AREA`
        first, by their latest population.
    centres
        TERYT codes of the centres one map shows.
    """
    population = latest_population(dataset).reindex(dataset.codes)
    order = candidate_order(population, dataset.areas[CANDIDATE_AREA])
    return centre_colors(centres, order)


def lighter(color: str, by: float = LIGHTER_BY) -> str:
    """Return ``color`` (``#rrggbb``) moved toward white by the share ``by``.

    Examples
    --------
    >>> lighter("#000000", 0.5)
    '#808080'
    """
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * by):02x}" for c in channels)
