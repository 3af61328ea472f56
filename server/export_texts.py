"""The exports' texts in a language: the static map's and the state report's."""

from __future__ import annotations

from dataclasses import fields

from layers.analysis.levels import DISTRICTS
from layers.render.report import ReportTexts
from layers.render.static_map import MapTexts
from server.i18n import ATTRIBUTION, text, text_in

AREA_TEXTS = (
    "series",
    "series_help",
    "aggregation_sum",
    "aggregation_population_weighted_mean",
)
"""Report texts that name the area of the time series: ``report_area_<field>`` with an area."""


def map_texts(scope: str, lang: str, level: str = "gmina") -> MapTexts:
    """Return the texts of a static map of ``scope`` in ``lang``.

    A map of a district indicator is of Kraków's districts, whatever the scope, and names
    the city register as its source, not GUS.
    """
    district = level == "district"
    return MapTexts(
        text(f"scope_{DISTRICTS if district else scope}", lang),
        text("legend_nodata", lang),
        text_in("stamp", "export", lang),
        text("districts_attribution", lang) if district else ATTRIBUTION,
        lang,
    )


def report_texts(scope: str, lang: str, area_name: str | None = None) -> ReportTexts:
    """Return the report's texts in ``lang`` (``report_<field>`` keys, shared ones reused).

    With an ``area_name`` (the name of the explorer's area layer), the time series and
    the notes name it.
    """
    shared = {
        "scope": text(f"scope_{scope}", lang),
        "attribution": ATTRIBUTION,
        "nodata": text("legend_nodata", lang),
        "exported": text_in("stamp", "export", lang),
        "source": text("source", lang),
        "lang": lang,
        **{f"cluster_{c}": text(f"cluster_{c}", lang) for c in ("hh", "ll", "hl", "lh", "ns")},
    }
    own = {
        f.name: text(f"report_{f.name}", lang) for f in fields(ReportTexts) if f.name not in shared
    }
    if area_name:
        own |= {key: text(f"report_area_{key}", lang).format(name=area_name) for key in AREA_TEXTS}
    return ReportTexts(**own, **shared)
