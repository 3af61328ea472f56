"""The exports' texts in a language: the static map's and the state report's."""

from __future__ import annotations

from layers.analysis.levels import DISTRICTS
from layers.render.print_layout import PrintTexts
from layers.render.report import ReportTexts
from layers.render.static_map import MapTexts
from server.i18n import ATTRIBUTION, text, text_in
from server.text_keys import CLUSTER_KEYS, N_, SCOPE_KEYS

REPORT_KEYS = {
    "title": N_("report_title"),
    "created": N_("report_created"),
    "gmina": N_("report_gmina"),
    "value": N_("report_value"),
    "rank": N_("report_rank"),
    "top": N_("report_top"),
    "bottom": N_("report_bottom"),
    "series": N_("report_series"),
    "series_help": N_("report_series_help"),
    "notes": N_("report_notes"),
    "series_break": N_("report_series_break"),
    "aggregation_sum": N_("report_aggregation_sum"),
    "aggregation_population_weighted_mean": N_("report_aggregation_population_weighted_mean"),
    "classes": N_("report_classes"),
    "clusters": N_("report_clusters"),
    "clusters_help": N_("report_clusters_help"),
    "outlook": N_("report_outlook"),
    "outlook_help": N_("report_outlook_help"),
    "scenario": N_("report_scenario"),
    "change": N_("report_change"),
    "scenario_held": N_("report_scenario_held"),
    "scenario_trend": N_("report_scenario_trend"),
    "scenario_migration_half": N_("report_scenario_migration_half"),
    "scenario_migration_double": N_("report_scenario_migration_double"),
}
"""The text of each of the report's own fields (the others are shared with the app)."""
AREA_TEXTS = {
    "series": N_("report_area_series"),
    "series_help": N_("report_area_series_help"),
    "aggregation_sum": N_("report_area_aggregation_sum"),
    "aggregation_population_weighted_mean": N_("report_area_aggregation_population_weighted_mean"),
}
"""Report texts that name the area of the time series: ``report_area_<field>`` with an area."""


def map_texts(scope: str, lang: str, level: str = "gmina") -> MapTexts:
    """Return the texts of a static map of ``scope`` in ``lang``.

    A map of a district indicator is of Kraków's districts, whatever the scope, and names
    the city register as its source, not GUS.
    """
    district = level == "district"
    return MapTexts(
        text(SCOPE_KEYS[DISTRICTS if district else scope], lang),
        text("legend_nodata", lang),
        text_in("stamp", "export", lang),
        text("districts_attribution", lang) if district else ATTRIBUTION,
        lang,
        text("map_alt_description", lang),
        negative=text("legend_circles_negative", lang),
    )


def report_texts(scope: str, lang: str, area_name: str | None = None) -> ReportTexts:
    """Return the report's texts in ``lang`` (``report_<field>`` keys, shared ones reused).

    With an ``area_name`` (the name of the explorer's area layer), the time series and
    the notes name it.
    """
    shared = {
        "scope": text(SCOPE_KEYS[scope], lang),
        "attribution": ATTRIBUTION,
        "nodata": text("legend_nodata", lang),
        "exported": text_in("stamp", "export", lang),
        "source": text("source", lang),
        "lang": lang,
        **{f"cluster_{c}": text(CLUSTER_KEYS[c], lang) for c in ("hh", "ll", "hl", "lh", "ns")},
    }
    own = {name: text(key, lang) for name, key in REPORT_KEYS.items()}
    if area_name:
        own |= {n: text(key, lang).format(name=area_name) for n, key in AREA_TEXTS.items()}
    return ReportTexts(**own, **shared)


def print_texts(scope: str, lang: str, level: str = "gmina") -> PrintTexts:
    """Return the texts of a print layout of ``scope`` in ``lang``: the map's, and the page's."""
    return PrintTexts(
        map_texts(scope, lang, level),
        text("print_printed", lang),
        text("print_scale", lang),
        text("print_north", lang),
        text("print_note", lang),
    )
