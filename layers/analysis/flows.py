"""Origin→destination matrices between gminas (migration now, commuting when imported)."""

from __future__ import annotations

import pandas as pd

from layers.analysis.teryt import crosswalk, is_gmina, normalise, with_districts_as_cities
from layers.errors import FlowError

FLOW_COLUMNS = ["origin", "destination", "year", "kind", "volume"]
MIGRATION = "migration"
COMMUTING = "commuting"
FLOW_KINDS = (MIGRATION, COMMUTING)
"""Kinds of flow the store can hold: the 2023 migration matrix, an imported commuting matrix."""


def gmina_codes(codes: pd.Series, current: pd.Index) -> pd.Series:
    """Return today's gmina code of each source code, NaN where it names no gmina.

    City districts (type 8, 9) become their city, codes of parts, powiats and
    voivodeships become NaN, and older codes move to today's (:func:`.teryt.crosswalk`).
    """
    recoded = with_districts_as_cities(normalise(codes))
    recoded = recoded.where(is_gmina(recoded))
    return recoded.replace(crosswalk(recoded.dropna(), current.to_series()))


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
        Today's codes, for the crosswalk of older codes (:func:`layers.analysis.teryt.crosswalk`).

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
        table[end] = gmina_codes(table[end], current)
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


def flows_of(flows: pd.DataFrame, kind: str, year: int | None = None) -> pd.DataFrame:
    """Return the flows of one kind and year (default: the latest year of that kind).

    Raises
    ------
    FlowError
        When there are no flows of ``kind`` (in ``year``).
    """
    of_kind = flows[flows["kind"] == kind]
    if of_kind.empty:
        raise FlowError(f"no flows of kind {kind!r}")
    chosen = int(of_kind["year"].max()) if year is None else year
    selected = of_kind[of_kind["year"] == chosen]
    if selected.empty:
        raise FlowError(f"no {kind} flows in {chosen}")
    return selected


def flow_years(flows: pd.DataFrame) -> dict[str, int]:
    """Return the latest year of each kind of flow the table holds, e.g. ``{"migration": 2023}``."""
    latest = flows.groupby("kind")["year"].max()
    return {kind: int(latest[kind]) for kind in FLOW_KINDS if kind in latest.index}


def rate_to(
    flows: pd.DataFrame, destination: str, base: pd.Series, *, kind: str, year: int | None = None
) -> pd.Series:
    """Return each gmina's flow to one destination per 1,000 of a base (e.g. residents).

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    destination
        TERYT of the destination (e.g. the core of a functional area).
    base
        The denominator per gmina, indexed by TERYT; the result has one row per entry.
    kind, year
        Which flows (:func:`flows_of`); ``year`` defaults to the latest year of ``kind``.

    Returns
    -------
    pandas.Series
        ``1000 * F_i,destination / base_i`` on ``base``' index. A pair the matrix does
        not hold counts as 0 (the NSP 2021 commuting matrix leaves out flows under 3,
        so the rate is a lower bound by less than ``3000 / base_i``). NaN for the
        destination itself and where the base is missing or not positive.

    Raises
    ------
    FlowError
        When there are no flows of ``kind`` (in ``year``).
    """
    selected = flows_of(flows, kind, year)
    inflow = selected[selected["destination"] == destination].groupby("origin")["volume"].sum()
    volume = inflow.reindex(base.index, fill_value=0.0)
    rate = 1000.0 * volume / base.where(base > 0)
    return rate.where(base.index != destination)
