"""The explorer at other levels than the gmina: powiat and district units, marked figures.

A powiat indicator's map is of powiats and a district indicator's of Kraków's districts
(:mod:`layers.analysis.levels`); a gmina's panel shows its powiat's figures only marked
as its powiat's ("wartość powiatu krakowskiego"), and Kraków's links to its districts.
"""

from __future__ import annotations

import pandas as pd
from dash import html

from layers.analysis.catalog import Catalog, Indicator
from layers.analysis.levels import (
    DISTRICTS,
    POWIATS_OF,
    level_catalog,
    powiat_latest,
    powiat_of,
    unit_codes,
)
from layers.analysis.scopes import SCOPES
from layers.analysis.values import latest_values, period_start, time_series
from layers.render.choropleth import ChoroplethView
from layers.render.dates import period_label
from layers.render.numbers import formatted, with_unit
from server.data import current_dataset, current_unit_labels, powiat_value_label
from server.i18n import text
from server.text_keys import N_

RANK_SCOPE = "smk"
"""Where a gmina is ranked while the map shows Kraków's districts."""
DISTRICT_INDICATOR = "district_density"
"""The indicator Kraków's panel opens its districts with."""


LEVEL_KEYS = {
    "gmina": N_("level_gmina"),
    "powiat": N_("level_powiat"),
    "district": N_("level_district"),
}
"""The text of each indicator level (:data:`layers.analysis.catalog.LEVELS`)."""


def level_text(level: str, lang: str) -> str:
    """Return the name of an indicator's level in ``lang`` ("powiat", "Kraków district")."""
    return text(LEVEL_KEYS.get(level, "level_gmina"), lang)


def level_note(level: str, lang: str) -> str:
    """Return what a powiat or district indicator is (empty for a gmina indicator)."""
    notes = {
        "powiat": text("level_note_powiat", lang),
        "district": text("level_note_district", lang),
    }
    return notes.get(level, "")


def map_notice(view: ChoroplethView, lang: str) -> str | list:
    """Return the notice under the map: the series break, and for another level what it shows.

    Kraków's districts carry the city register's attribution line (their figures are not
    GUS's); the powiats say that they are powiats. A gmina view keeps the plain notice.
    """
    notice = text("series_break", lang) if view.crosses_break else ""
    if view.units == DISTRICTS:
        line = html.P(text("districts_attribution", lang), className="districts-attribution")
    elif view.units.startswith(POWIATS_OF):
        line = html.P(level_note("powiat", lang), className="level-note")
    else:
        return notice
    return [notice, line] if notice else [line]


def rank_scope(scope: str) -> str:
    """Return the scope a gmina or powiat is ranked in (the SMK on the districts' scope)."""
    return scope if scope in SCOPES else RANK_SCOPE


def latest_rows(latest: pd.DataFrame, catalog: Catalog, lang: str, mark: str = "") -> list[dict]:
    """Return the panel's rows of :func:`.values.latest_values`, each name with ``mark``."""
    rows = []
    for row in latest.itertuples():
        indicator = catalog[row.Index]
        period = period_label(period_start(row.year) if indicator.is_change else None, row.year)
        rank = f"{formatted(row.rank, 0, lang)}/{row.ranked}" if row.ranked else "–"
        name = f"{indicator.name(lang)} ({mark})" if mark else indicator.name(lang)
        value = with_unit(row.value, indicator, lang)
        rows.append({"indicator": name, "value": value, "year": period, "rank": rank})
    return rows


def powiat_rows(teryt: str, scope: str, lang: str) -> list[dict]:
    """Return a gmina's rows of the powiat indicators: its powiat's values, marked as such."""
    dataset = current_dataset()
    latest = powiat_latest(dataset, teryt, rank_scope(scope))
    return latest_rows(latest, dataset.catalog, lang, powiat_value_label(teryt, lang))


def unit_level(code: str) -> str | None:
    """Return the level of a powiat's or district's code (None for anything else)."""
    store = current_dataset().store
    if code in store.powiats.index:
        return "powiat"
    return "district" if code in store.districts.index else None


def unit_rows(code: str, level: str, scope: str, lang: str) -> list[dict]:
    """Return a powiat's or district's latest value of each indicator of its level."""
    dataset = current_dataset()
    key = DISTRICTS if level == "district" else POWIATS_OF + rank_scope(scope)
    catalog = level_catalog(dataset.catalog, level)
    latest = latest_values(dataset.values, catalog, code, unit_codes(dataset, key))
    return latest_rows(latest, dataset.catalog, lang)


def panel_series(code: str, indicator: Indicator, lang: str) -> pd.Series:
    """Return the panel chart's series: a unit's own, or its powiat's (named as such).

    A gmina has no figure of a powiat indicator: its chart shows its powiat's series,
    whose name says it is the powiat's value.
    """
    dataset = current_dataset()
    label = current_unit_labels(lang)[code]
    if indicator.level == "powiat" and code in dataset.codes:
        series = time_series(dataset.values, indicator, powiat_of(code))
        return series.rename(f"{label}: {powiat_value_label(code, lang)}")
    return time_series(dataset.values, indicator, code).rename(label)
