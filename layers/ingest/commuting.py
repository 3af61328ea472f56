"""Import GUS's NSP 2021 commuting matrix (XLSX) into the store's flow table.

The published workbook has a sheet ``Macierz przepływów`` whose columns are the
residence TERYT, residence name, workplace TERYT, workplace name and the number of
commuters, under a few title rows. GUS leaves out flows of fewer than 3 people, so a
pair missing from the matrix means "fewer than 3", not zero.

``flask --app app commuting import <file.xlsx>`` puts a workbook into an existing store
(:func:`import_into_store`); the data build imports one too when it finds it
(:mod:`layers.ingest.build`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from layers.analysis.flows import COMMUTING, FLOW_COLUMNS, flow_table, gmina_codes
from layers.errors import CommutingCodesError
from layers.ingest.commuting_sheet import (
    EXAMPLES,
    code_text,
    commuter_counts,
    full_codes,
    matrix_rows,
)
from layers.store import io

YEAR = 2021
"""The census (NSP 2021) the matrix comes from."""


@dataclass(frozen=True)
class CommutingImport:
    """The commuting flows read from a workbook, and what was left out."""

    flows: pd.DataFrame
    """``origin`` (residence), ``destination`` (workplace), ``year``, ``kind``, ``volume``."""
    rows: int
    """Data rows read under the header."""
    dropped: int
    """Rows left out because a code names no gmina of the store."""
    unknown: tuple[str, ...]
    """A few of the codes that named no gmina, as written in the workbook."""


def commuting_flows(path: Path, codes: pd.Index, current: pd.Index) -> CommutingImport:
    """Return the commuting flows of a workbook on the store's gmina codes.

    Parameters
    ----------
    path
        The XLSX workbook in GUS's layout (see the module docstring).
    codes
        Gminas of the store; rows naming anything else are dropped and counted.
    current
        Today's gmina codes, for the crosswalk of older codes.

    Returns
    -------
    CommutingImport
        Flows of kind ``"commuting"``, year 2021, through :func:`layers.analysis.flows.flow_table`:
        Warsaw districts and the delegatury of Kraków, Łódź, Poznań and Wrocław count as
        their city, older codes move to today's, pairs meeting after that are summed and
        flows inside one gmina are dropped. Counts are kept as published (a pair GUS
        left out had fewer than 3 commuters).

    Raises
    ------
    CommutingMatrixError
        For a file that is not a readable workbook (and its subclasses: no sheet, no
        header, a count that is not a whole number or is negative).
    CommutingCodesError
        When no row names two gminas of the store.
    """
    table = matrix_rows(path)
    counts = commuter_counts(table, path.name)
    ends = {end: full_codes(table[end], current) for end in ("residence", "workplace")}
    frame = pd.DataFrame({**ends, "year": YEAR, "commuters": counts})
    known_ends = {
        end: gmina_codes(found.fillna(""), current).isin(codes) for end, found in ends.items()
    }
    known = known_ends["residence"] & known_ends["workplace"]
    if not known.any():
        raise CommutingCodesError(f"{path.name}: no row names two known gminas")
    unknown = [code_text(cell) for end, ok in known_ends.items() for cell in table.loc[~ok, end]]
    columns = {"origin": "residence", "destination": "workplace", "year": "year"}
    flows = flow_table(frame[known], {**columns, "volume": "commuters"}, COMMUTING, codes, current)
    return CommutingImport(
        flows=flows,
        rows=len(table),
        dropped=int((~known).sum()),
        unknown=tuple(dict.fromkeys(unknown))[:EXAMPLES],
    )


def with_commuting(flows: pd.DataFrame, commuting: pd.DataFrame) -> pd.DataFrame:
    """Return the store's flows with every earlier commuting row replaced by ``commuting``.

    Flows of other kinds (migration) are kept as they are.
    """
    kept = flows[flows["kind"] != COMMUTING]
    return pd.concat([kept, commuting], ignore_index=True)[FLOW_COLUMNS]


def manifest_entry(path: Path, flows: pd.DataFrame) -> dict:
    """Return what the store's manifest records of a workbook imported as ``flows``."""
    return {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "year": YEAR,
        "pairs": len(flows),
        "commuters": int(flows["volume"].sum()),
    }


def import_into_store(path: Path, store_dir: Path) -> CommutingImport:
    """Import a workbook into an existing store: its flows and its manifest.

    The store's own gminas serve as today's codes. Commuting rows of an earlier
    import are replaced and migration rows kept; the manifest keeps its build
    fingerprint (the build's inputs did not change) and records the workbook under
    ``"commuting"``. Nothing is written when the workbook cannot be imported.

    Raises
    ------
    StoreMissingError
        When ``store_dir`` holds no built store.
    CommutingMatrixError
        As :func:`commuting_flows`.
    """
    store = io.read_store(store_dir)
    codes = store.gminas.index
    result = commuting_flows(path, codes, codes)
    manifest = {**io.read_manifest(store_dir), "commuting": manifest_entry(path, result.flows)}
    io.write_flows(store_dir, with_commuting(store.flows, result.flows), manifest)
    return result
