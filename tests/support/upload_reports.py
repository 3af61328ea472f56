"""Uploads checked as the upload tab checks them, and what their reports hold."""

from __future__ import annotations

import pandas as pd

from layers.analysis.dataset import Dataset
from layers.ingest.upload import checked_upload
from layers.ingest.upload_check import UploadReport
from tests.support.upload_files import data_url


def parsed(dataset: Dataset, scope: pd.Index, data: bytes, name: str = "a.csv") -> UploadReport:
    """Return the report of a file's bytes uploaded against ``scope``."""
    return checked_upload(data_url(data), name, dataset.store.gminas, scope)


def as_dict(report: UploadReport, column: str = "") -> dict:
    """Return one value column of a report as ``{(teryt, year or None): value}``."""
    rows = report.values[report.values["column"] == column]
    return {
        (t, None if pd.isna(y) else int(y)): v
        for t, y, v in rows[["teryt", "year", "value"]].itertuples(index=False)
    }


def codes_of(report: UploadReport) -> set[str]:
    """Return the codes of a report's problems."""
    return {problem.code for problem in report.problems}
