"""Origin→destination matrices between gminas (migration now, commuting when imported)."""

from __future__ import annotations

import pandas as pd

from layers.teryt import crosswalk, is_gmina, normalise, with_districts_as_cities

FLOW_COLUMNS = ["origin", "destination", "year", "kind", "volume"]


def flow_table(
    frame: pd.DataFrame, columns: dict[str, str], kind: str, codes: pd.Index, current: pd.Index
) -> pd.DataFrame:
    """Return an OD matrix as a long table on today's gmina codes.

    Parameters
    ----------
    frame
        The source rows.
    columns
        Source column of ``origin``, ``destination``, ``year`` and ``volume``.
    kind
        What flows, e.g. ``"migration"`` or ``"commuting"``.
    codes
        Gminas of the store; flows from or to other units are dropped.
    current
        Today's codes, for the crosswalk of older codes (:func:`layers.teryt.crosswalk`).

    Returns
    -------
    pandas.DataFrame
        Columns ``origin, destination, year, kind, volume``; one row per pair and year.
        Districts of Warsaw and delegatury of Kraków, Łódź, Poznań and Wrocław count
        as their city; pairs that meet after recoding are summed, and flows inside one
        gmina (e.g. between two Warsaw districts) are dropped.
    """
    table = pd.DataFrame({key: frame[source] for key, source in columns.items()})
    for end in ("origin", "destination"):
        table[end] = with_districts_as_cities(normalise(table[end]))
        table = table[is_gmina(table[end])]
        table[end] = table[end].replace(crosswalk(table[end], current.to_series()))
    table = table[table["origin"].isin(codes) & table["destination"].isin(codes)]
    table = table[table["origin"] != table["destination"]]
    table = table.astype({"year": int, "volume": float})
    summed = table.groupby(["origin", "destination", "year"], as_index=False)["volume"].sum()
    return summed.assign(kind=kind)[FLOW_COLUMNS]


def inflow_rows(flows: pd.DataFrame, origin: str, codes: pd.Index, variable: str) -> pd.DataFrame:
    """Return each gmina's inflow from one origin as variable rows, 0 where the matrix has none.

    Parameters
    ----------
    flows
        Flow table of :func:`flow_table`.
    origin
        The origin gmina, e.g. Kraków; it gets no row (its flow to itself is undefined).
    codes
        Gminas that get a row for every year of the matrix.
    variable
        Name of the variable.

    Returns
    -------
    pandas.DataFrame
        Columns ``teryt, variable, year, value``.
    """
    out = flows[flows["origin"] == origin]
    rows = []
    for year in flows["year"].unique():
        volume = out[out["year"] == year].set_index("destination")["volume"]
        filled = volume.reindex(codes.drop(origin, errors="ignore"), fill_value=0.0)
        rows.append(
            pd.DataFrame(
                {
                    "teryt": filled.index,
                    "variable": variable,
                    "year": year,
                    "value": filled.to_numpy(dtype=float),
                }
            )
        )
    return pd.concat(rows, ignore_index=True)
