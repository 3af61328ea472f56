"""The painted pull: classes, the suppressed pairs and the chosen gmina drawn apart."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.analysis.pull import Pull
from layers.errors import ManualBreaksError, NoDataError
from layers.render.palettes import NODATA_COLOR
from layers.render.pull_view import SUPPRESSED_COLOR, TARGET_COLOR, Classing, pull_view

CODES = pd.Index(["g", "a", "b", "c", "d", "e", "f"])


def pull(values: list[float], suppressed: list[str]) -> Pull:
    return Pull(pd.Series(values, index=CODES, name="outflow_share"), pd.Index(suppressed), (2023,))


def test_suppressed_pairs_and_the_target_are_not_classes_nor_no_data():
    result = pull_view(
        pull([np.nan, 10.0, 20.0, 30.0, np.nan, np.nan, 40.0], ["d"]),
        "g",
        Classing("manual", 3, (15.0, 35.0)),
        "pl",
    )
    paint = result.paint  # class per gmina, -1 for no data; then the suppressed and the target

    assert [row.count for row in result.legend] == [1, 2, 1]
    assert result.extra == {"nodata": 1, "suppressed": 1, "target": 1}
    assert paint["classes"] == [4, 0, 1, 1, 3, -1, 2]
    assert paint["colors"][-1] == TARGET_COLOR and paint["colors"][-2] == SUPPRESSED_COLOR
    assert len(paint["colors"]) == 3 + 2 and paint["nodata"] == NODATA_COLOR
    assert paint["hover"] == ["{0}"] and paint["columns"][0][1] == "10,0"


def test_no_value_at_all_is_a_no_data_error():
    with pytest.raises(NoDataError):
        pull_view(pull([np.nan] * 7, ["a"]), "g", Classing(), "pl")


def test_manual_scheme_without_breaks_is_refused():
    with pytest.raises(ManualBreaksError):
        pull_view(pull([1.0] * 7, []), "g", Classing("manual"), "pl")
