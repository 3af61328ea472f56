"""The state report over an area (e.g. a saved functional area) instead of SMK."""

from __future__ import annotations

from datetime import date

import pandas as pd

from layers.analysis.dataset import gmina_labels
from layers.render.report import key_indicators, series_png, state_report
from tests.layers.render.test_report import SUFFIXES, TEXTS

WIELICZKA_AREA = ["1219053", "1219012", "1219022", "1209013"]
"""Wieliczka with Biskupice, Gdów and Dobczyce: a second-level area."""


def test_an_area_replaces_smk_in_the_outline_and_the_series(dataset):
    labels = gmina_labels(dataset, SUFFIXES)
    day = date(2026, 11, 28)
    smk = state_report(dataset, "kom2003", labels, TEXTS, day)
    area = state_report(dataset, "kom2003", labels, TEXTS, day, area=WIELICZKA_AREA)
    indicators = key_indicators(dataset.catalog)

    assert area.series_png == series_png(dataset, indicators, "pl", pd.Index(WIELICZKA_AREA))
    assert area.series_png != smk.series_png
    assert area.sections[0].map_png != smk.sections[0].map_png  # another outline
    assert area.sections[0].ranking.equals(smk.sections[0].ranking)  # the same scope ranked
