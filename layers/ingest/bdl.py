"""Refresh chosen GUS BDL variables for the gminas of a scope; new years go to the store.

``flask --app app bdl --scope smk --variable 72305 [--year 2025 ...]`` and the catalog tab's
panel run :func:`refresh_store` on the configured store, API and key. Fetched values are kept
in ``fetched.parquet`` in the store with their retrieval date; :mod:`layers.analysis.fetched`
says how they join the build's values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from layers.analysis.catalog import Catalog
from layers.analysis.dataset import Dataset
from layers.analysis.fetched import FETCHED_COLUMNS, merged_fetched, variable_indicators
from layers.analysis.scopes import scope_codes
from layers.errors import BdlError
from layers.ingest.bdl_client import BdlClient
from layers.ingest.bdl_rows import answer_rows, parent_unit
from layers.ingest.sources import SourceColumn
from layers.store import io
from layers.store.io import load_dataset


@dataclass(frozen=True)
class BdlVariable:
    """A BDL variable the connector refreshes, the store variable it feeds and its indicator."""

    id: int
    variable: str
    indicator: str
    """The catalog indicator whose years decide the default years to ask for."""
    factor: float = 1.0


def bdl_variables(catalog: Catalog) -> dict[int, BdlVariable]:
    """Return the BDL variables of the catalog's indicators (``bdl_variable``), by id.

    An indicator that is one variable feeds that variable; a ratio feeds its numerator (its
    denominator comes from the store or from another refreshed variable). When several
    indicators share an id, the one that is the variable itself names it.

    Notes
    -----
    E.g. 72305 population on 31 XII (persons), 10514 registered unemployed, 74628 dwellings
    completed. The ids need checking with ``GET /variables/{id}`` against the live API, and
    again when GUS restructures a subject (README).
    """
    found: dict[int, BdlVariable] = {}
    for indicator in catalog.values():
        kind, argument = next(iter(indicator.formula.items()))
        if indicator.bdl_variable is None or kind == "change_of":
            continue
        variable = argument if kind == "variable" else argument[0]
        if indicator.bdl_variable not in found or kind == "variable":
            found[indicator.bdl_variable] = BdlVariable(
                indicator.bdl_variable, variable, indicator.id
            )
    return found


@dataclass(frozen=True)
class RefreshRequest:
    """What to refresh: BDL variable ids, a scope and years (none: the years after the store's)."""

    variables: tuple[int, ...]
    scope: str
    years: tuple[int, ...] = ()
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Progress:
    """Where a refresh is: step (variable and year) of ``steps``, page ``page`` of ``pages``."""

    variable: int
    year: int
    page: int
    pages: int
    step: int
    steps: int


def refresh_years(dataset: Dataset, variable: BdlVariable, today: date) -> tuple[int, ...]:
    """Return the years to ask for when none are given: after the store's last, up to last year.

    When the store already holds last year, last year is asked again (late revisions).
    """
    indicator = dataset.catalog[variable.indicator]
    last_year = today.year - 1
    after = tuple(range(max(indicator.years) + 1, last_year + 1))
    return after or (last_year,)


def refresh_plan(dataset: Dataset, request: RefreshRequest) -> list[tuple[BdlVariable, int]]:
    """Return the ``(variable, year)`` steps of a request, in order.

    Raises
    ------
    BdlError
        ``bdl_variable`` when no variable is asked or one the connector does not know.
    """
    known = bdl_variables(dataset.catalog)
    unknown = [str(number) for number in request.variables if number not in known]
    if unknown or not request.variables:
        raise BdlError(f"unknown BDL variable(s): {', '.join(unknown)}", "bdl_variable")
    return [
        (known[number], year)
        for number in request.variables
        for year in request.years or refresh_years(dataset, known[number], request.today)
    ]


def fetched_rows(
    client: BdlClient,
    dataset: Dataset,
    request: RefreshRequest,
    progress: Callable[[Progress], None],
) -> pd.DataFrame:
    """Return the fetched rows (:data:`layers.store.FETCHED_COLUMNS`) of a request.

    Raises
    ------
    BdlError
        ``bdl_variable`` for a variable the connector does not know; else as
        :meth:`layers.ingest.bdl_client.BdlClient.get_json`.
    """
    plan = refresh_plan(dataset, request)
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    parts = []
    for step, (variable, year) in enumerate(plan, start=1):
        spec = SourceColumn(variable.variable, f"BDL {variable.id}", "value", variable.factor)
        for page, pages, answer in client.variable_pages(variable.id, parent_unit(codes), year):
            rows = answer_rows(answer, spec, codes, dataset.codes)
            parts.append(rows[rows["year"] == year].assign(bdl_variable=variable.id))
            progress(Progress(variable.id, year, page, pages, step, len(plan)))
    rows = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=FETCHED_COLUMNS)
    return rows.assign(retrieved=request.today.isoformat())[FETCHED_COLUMNS]


def refresh_summary(dataset: Dataset, rows: pd.DataFrame, request: RefreshRequest) -> pd.DataFrame:
    """Return per variable and year asked the rows fetched and the rows new to the app.

    Returns
    -------
    pandas.DataFrame
        ``bdl_variable, variable, year, fetched, added, retrieved``; ``added`` counts
        gmina-years the app did not show before (the store's own values win).
    """
    plan = pd.DataFrame(
        [(variable.id, year) for variable, year in refresh_plan(dataset, request)],
        columns=["bdl_variable", "year"],
    )
    to_indicator = variable_indicators(dataset.catalog)
    shown = dataset.store.values.assign(
        variable=dataset.store.values["indicator"].map({v: k for k, v in to_indicator.items()})
    )
    seen = rows.merge(shown[["teryt", "variable", "year"]], how="left", indicator=True)
    counted = rows.assign(added=(seen["_merge"] == "left_only").to_numpy())
    counts = counted.groupby(["bdl_variable", "variable", "year"], as_index=False).agg(
        fetched=("teryt", "size"), added=("added", "sum")
    )
    summary = plan.merge(counts, how="left", on=["bdl_variable", "year"])
    known = bdl_variables(dataset.catalog)
    summary["variable"] = summary["bdl_variable"].map(lambda n: known[n].variable)
    summary[["fetched", "added"]] = summary[["fetched", "added"]].fillna(0).astype(int)
    return summary.assign(retrieved=request.today.isoformat())


def refresh_store(
    store_dir: Path,
    geodata_dir: Path,
    client: BdlClient,
    request: RefreshRequest,
    progress: Callable[[Progress], None],
) -> pd.DataFrame:
    """Fetch a request's variables and keep them in the store; return the summary.

    ``geodata_dir`` is the project's metadata the store is read with
    (:func:`layers.store.io.load_dataset`).

    Nothing is written when a request fails: the fetched rows are saved in one step at
    the end (:func:`layers.store.io.write_fetched`).

    Raises
    ------
    BdlError
        When BDL cannot be read (see :func:`fetched_rows`).
    StoreMissingError
        When the store has not been built.
    """
    dataset = load_dataset(store_dir, geodata_dir)
    rows = fetched_rows(client, dataset, request, progress)
    summary = refresh_summary(dataset, rows, request)
    io.write_fetched(store_dir, merged_fetched(io.read_fetched(store_dir), rows))
    return summary
