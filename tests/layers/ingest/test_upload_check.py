"""The report of an uploaded table: warnings that leave rows out, problems that block saving."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.errors import UploadError
from layers.ingest.upload_check import (
    BLOCKING,
    PREVIEW_ROWS,
    Problem,
    UploadReport,
    implausible,
    require_saveable,
    validated_upload,
)
from tests.support.upload_reports import as_dict, parsed

KRAKOW = "1261011"


def test_unknown_codes_are_warnings_and_left_out(dataset, smk):
    report = parsed(dataset, smk, b"teryt;x\n1261011;1\n9999999;2\n")

    assert as_dict(report, "x") == {(KRAKOW, None): 1.0}
    unknown = next(p for p in report.problems if p.code == "unknown")
    assert (unknown.count, unknown.examples, unknown.blocking) == (1, ("9999999",), False)


def test_negative_and_implausible_values_are_warnings(dataset, smk):
    rows = "".join(
        f"{code};{value}\n"
        for code, value in zip(smk, [10, 11, 12, 13, 14, 9, 5000, -1], strict=False)
    )
    report = parsed(dataset, smk, f"teryt;x\n{rows}".encode())

    problems = {p.code: p for p in report.problems}
    assert problems["negative"].examples == (smk[7],)
    # quartiles 9.75 and 13.25: fences 9.75 - 10.5 and 13.25 + 10.5 leave out 5000 and -1
    assert problems["implausible"].examples == (smk[6], smk[7])
    assert not report.blocking


def long(column: str, year: float, values: list[float]) -> pd.DataFrame:
    return pd.DataFrame(
        {"teryt": [f"{i:07d}" for i in range(len(values))], "column": column, "year": year}
        | {"value": values}
    )


def test_implausible_values_lie_outside_tukeys_outer_fences_of_their_column_and_year():
    values = pd.concat(
        [
            long("x", 2020, [10, 11, 12, 13, 14, 100]),  # 100 is far out
            long("x", 2021, [10, 40, 70, 100, 130]),  # 100 within its own year's fences
            long("y", np.nan, [1, 2, 3, 4, 500]),  # far out, years unknown
            long("z", np.nan, [1, 2, 3, 1000]),  # too few values to judge
        ],
        ignore_index=True,
    )

    flagged = implausible(values)

    assert values["value"][flagged].tolist() == [100, 500]
    assert values["year"][flagged].isna().tolist() == [False, True]


def report(values: pd.DataFrame, problems: tuple[Problem, ...]) -> UploadReport:
    return UploadReport(values, ("x",), (), pd.DataFrame(), problems)


def test_only_blocking_problems_or_no_values_stop_a_save():
    values = long("x", np.nan, [1.0])

    require_saveable(report(values, (Problem("unknown", 1), Problem("missing", 3))))
    for blocked in (
        report(values, (Problem("duplicate_keys", 2),)),
        report(values.iloc[:0], ()),
    ):
        with pytest.raises(UploadError) as refused:
            require_saveable(blocked)
        assert refused.value.code == "upload_blocked"
    assert {Problem(code, 1).blocking for code in BLOCKING} == {True}


def test_the_preview_shows_the_first_rows_as_parsed_and_counts_them_all(dataset, smk):
    codes = list(smk[: PREVIEW_ROWS + 3])
    table = pd.DataFrame({"teryt": codes, "x": [f"{i},5" for i in range(len(codes))]})

    checked = validated_upload(table, dataset.store.gminas, smk)

    assert checked.rows == len(codes)
    assert checked.preview["teryt"].tolist() == codes[:PREVIEW_ROWS]
    assert (
        checked.preview["name"].tolist()
        == dataset.store.gminas["name"][codes[:PREVIEW_ROWS]].tolist()
    )
    assert checked.preview["x"].tolist() == [i + 0.5 for i in range(PREVIEW_ROWS)]
