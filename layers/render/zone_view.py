"""What the zone's map and tables need: the gminas banded by share, the outline, the rows."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from layers.analysis.catalog import Catalog, Indicator
from layers.analysis.zone_request import SHARE_BANDS, displayed_zone, share_bands
from layers.analysis.zones import Zone
from layers.render.geomap import HIGHLIGHT_COLOR, class_paint, overlay
from layers.render.numbers import formatted
from layers.render.palettes import palette_colors

SHARE_PALETTE = "PuBu"


@dataclass(frozen=True)
class ZoneView:
    """The painted zone: the map engine's paint and overlay, and its tables' rows as text."""

    paint: dict
    """Each gmina's band of area share in the zone, -1 outside (:func:`.geomap.class_paint`)."""
    outline: dict
    """The zone's outline, drawn in EPSG:4326 over the gminas (:func:`.geomap.overlay`)."""
    shares: list[tuple[str, str]]
    """Each gmina the zone touches: name and share of its area inside (per cent)."""
    aggregates: list[tuple[str, str, str, str]]
    """Each indicator: name, year, value with its unit, share of the zone with data."""


def zone_view(  # noqa: PLR0913 (the zone, its summary, and how to draw and name it)
    zone: Zone,
    summary: tuple[pd.Series, pd.DataFrame],
    *,
    codes: pd.Index,
    labels: pd.Series,
    catalog: Catalog,
    lang: str,
) -> ZoneView:
    """Return the painted zone of ``zone`` (EPSG:2180) and its summary.

    Parameters
    ----------
    zone
        The zone, in EPSG:2180.
    summary
        The gminas' area shares in it (:func:`.zones.zone_shares`) and the indicators
        aggregated over it (:func:`.zones.zone_aggregates`).
    codes
        The gminas of the map's scope; those the zone does not touch are drawn outside.
    labels, catalog, lang
        Gmina names, the indicators, and the language of names and numbers.
    """
    shares, aggregates = summary
    colors = palette_colors(SHARE_PALETTE, len(SHARE_BANDS))
    share_rows = [
        (labels[code], formatted(share * 100, 1, lang) + " %") for code, share in shares.items()
    ]
    return ZoneView(
        paint=class_paint(share_bands(shares, codes), colors),
        outline=overlay(displayed_zone(zone), "line", HIGHLIGHT_COLOR, width=3),
        shares=share_rows,
        aggregates=[
            aggregate_row(catalog[row.indicator], row.year, row.value, row.coverage, lang)
            for row in aggregates.itertuples()
        ],
    )


def aggregate_row(
    indicator: Indicator, year: int, value: float, coverage: float, lang: str
) -> tuple[str, str, str, str]:
    """Return an aggregate's name, year, value with its unit, and its coverage (per cent)."""
    shown = f"{formatted(value, indicator.decimals, lang)} {indicator.unit(lang)}"
    return indicator.name(lang), str(year), shown, formatted(coverage * 100, 0, lang) + " %"
