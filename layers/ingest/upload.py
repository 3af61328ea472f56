"""An uploaded CSV or XLSX from the browser to values ready to store, checked on the way.

Reading is in :mod:`layers.ingest.upload_read`, gmina keys in :mod:`layers.ingest.upload_keys`,
numbers in :mod:`layers.ingest.upload_numbers` and the report in :mod:`layers.ingest.upload_check`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.errors import UploadError
from layers.ingest.upload_check import UploadReport, require_saveable, validated_upload
from layers.ingest.upload_read import decoded_upload, raw_table

MAX_DECIMALS = 4


def checked_upload(
    contents: str, file_name: str, gminas: pd.DataFrame, scope: pd.Index
) -> UploadReport:
    """Return the validation report of a file the browser uploaded.

    Parameters
    ----------
    contents
        The ``dcc.Upload`` data URL (base64).
    file_name
        The file's name (its suffix picks CSV or XLSX).
    gminas
        Gminas by TERYT with ``name`` and ``type``.
    scope
        Codes of the scope the file is checked against.

    Raises
    ------
    UploadError
        When the file cannot be read as a table of gminas and values (the code says why).
    """
    return validated_upload(raw_table(decoded_upload(contents), file_name), gminas, scope)


def column_values(report: UploadReport, column: str | None, year: int | None) -> pd.DataFrame:
    """Return one value column of a saveable report as ``teryt, year, value``.

    Parameters
    ----------
    report
        The validation report.
    column
        The value column to keep (one of ``report.columns``; None for the only one).
    year
        The year of every value when the file has no year information.

    Raises
    ------
    UploadError
        ``upload_blocked`` when the report has blocking problems or no values,
        ``upload_column`` for a column the file does not have, ``upload_no_year`` when
        the file has no years and ``year`` is not a year 1900–2100.
    """
    require_saveable(report)
    chosen = column if column is not None else report.columns[0]
    if chosen not in report.columns:
        raise UploadError("column", f"no column {chosen!r}")
    values = report.values[report.values["column"] == chosen][["teryt", "year", "value"]]
    if values["year"].isna().any():
        if year is None or not 1900 <= year <= 2100 or year != int(year):
            raise UploadError("no_year", f"a year is needed, not {year!r}")
        values = values.assign(year=int(year))
    return values.astype({"year": int}).reset_index(drop=True)


def shown_decimals(values: pd.Series) -> int:
    """Return the decimals needed to show values as given (0 for whole numbers, at most 4)."""
    for decimals in range(MAX_DECIMALS + 1):
        if np.allclose(values, values.round(decimals), rtol=0, atol=1e-9):
            return decimals
    return MAX_DECIMALS
