"""What a zone is drawn from (a circle, a buffered gmina, a lasso, a saved area) and its bands.

A :class:`ZoneRequest` is small and JSON-safe: the page keeps it, not the zone's geometry,
and the server draws the zone again from it to save or download it
(:func:`requested_zone`), in EPSG:2180 throughout.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

import geopandas as gpd
from shapely.geometry import shape

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.zones import Zone, buffered_gmina, circle_zone, polygon_zone
from layers.errors import ZoneError

MODES = ("circle", "buffer", "lasso", "saved")
"""How a zone is drawn: the three tools, or a saved area picked from the list."""

SHARE_BANDS = (0.25, 0.5, 0.75, 1.0)
"""Upper bounds of the map's bands of a gmina's area share in the zone."""


@dataclass(frozen=True)
class ZoneRequest:
    """The settings that draw one zone.

    Attributes
    ----------
    mode
        One of :data:`MODES`.
    centre
        A circle's centre (longitude, latitude), in EPSG:4326 degrees.
    radius_km
        A circle's radius.
    gmina, distance_km
        The gmina a buffer widens (TERYT) and by how much.
    ring
        A lasso's vertices (longitude, latitude).
    saved
        The id of a saved area.
    """

    mode: str
    centre: tuple[float, float] | None = None
    radius_km: float = 0.0
    gmina: str | None = None
    distance_km: float = 0.0
    ring: tuple[tuple[float, float], ...] = ()
    saved: int | None = None

    def as_json(self) -> dict:
        """Return the request as JSON (what the page keeps)."""
        return dataclasses.asdict(self)


def _number(value: object) -> float:
    """Return ``value`` as a finite float; raises ``ZoneError`` otherwise (a gap included)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ZoneError(f"not a number: {value!r}")
    return float(value)


def _ring(lasso: object) -> tuple[tuple[float, float], ...] | None:
    """Return a lassoed ring's vertices; None when nothing is lassoed yet."""
    ring = lasso.get("ring") if isinstance(lasso, Mapping) else None
    if not isinstance(ring, list | tuple) or not ring:
        return None
    pairs = [p for p in ring if isinstance(p, list | tuple) and len(p) == 2]
    if len(pairs) < len(ring):
        raise ZoneError("a lasso is a ring of longitude, latitude pairs")
    return tuple((_number(x), _number(y)) for x, y in pairs)


def zone_request(mode: str, controls: Mapping[str, object]) -> ZoneRequest | None:
    """Return the request the zone controls describe; None while a lasso is still undrawn.

    Parameters
    ----------
    mode
        One of :data:`MODES`.
    controls
        The controls' values: ``lon``, ``lat``, ``radius`` (a circle), ``gmina``,
        ``distance`` (a buffer), ``selected`` (a lasso, ``{"ring": [[lon, lat], …]}``) and
        ``saved`` (a saved area's id).

    Raises
    ------
    ZoneError
        For an unknown mode or a control the zone cannot be drawn from.
    """
    if mode == "saved":
        saved = controls.get("saved")
        if isinstance(saved, bool) or not isinstance(saved, int | str) or not str(saved).isdigit():
            raise ZoneError(f"not a saved area's id: {saved!r}")
        return ZoneRequest("saved", saved=int(saved))
    if mode == "buffer":
        distance = _number(controls.get("distance") or 0)
        return ZoneRequest("buffer", gmina=str(controls.get("gmina")), distance_km=distance)
    if mode == "lasso":
        ring = _ring(controls.get("selected"))
        return None if ring is None else ZoneRequest("lasso", ring=ring)
    if mode != "circle":
        raise ZoneError(f"unknown zone mode {mode!r}")
    if controls.get("lon") is None or controls.get("lat") is None:
        raise ZoneError("a circle needs its centre's longitude and latitude")
    centre = (_number(controls["lon"]), _number(controls["lat"]))
    return ZoneRequest("circle", centre=centre, radius_km=_number(controls.get("radius") or 0))


def stored_request(held: object) -> ZoneRequest:
    """Return the request the page kept (:meth:`ZoneRequest.as_json`), checked again.

    Raises
    ------
    ZoneError
        For anything else than a request as kept.
    """
    if not isinstance(held, Mapping) or held.get("mode") not in MODES:
        raise ZoneError(f"not a zone request: {held!r}")
    centre = held.get("centre") or (None, None)
    controls = {
        "lon": centre[0] if isinstance(centre, list | tuple) and len(centre) == 2 else None,
        "lat": centre[1] if isinstance(centre, list | tuple) and len(centre) == 2 else None,
        "radius": held.get("radius_km"),
        "gmina": held.get("gmina"),
        "distance": held.get("distance_km"),
        "selected": {"ring": held.get("ring")},
        "saved": held.get("saved"),
    }
    request = zone_request(str(held["mode"]), controls)
    if request is None:
        raise ZoneError("a lasso without its ring")
    return request


def requested_zone(
    request: ZoneRequest, gminas_metric: gpd.GeoDataFrame, saved_geometry: dict | None = None
) -> Zone:
    """Return the zone a request draws, in EPSG:2180.

    Parameters
    ----------
    request
        What to draw.
    gminas_metric
        Gmina polygons in EPSG:2180 (indexed by TERYT), for a buffer.
    saved_geometry
        For a saved area: its GeoJSON geometry (EPSG:4326); the outline of its largest part
        is the zone.

    Raises
    ------
    ZoneError
        When the zone cannot be drawn (see :mod:`layers.analysis.zones`).
    """
    if request.mode == "saved":
        if saved_geometry is None:
            raise ZoneError(f"no geometry for saved area {request.saved}")
        geometry = shape(saved_geometry)
        outline = max(getattr(geometry, "geoms", [geometry]), key=lambda part: part.area)
        return polygon_zone(list(outline.exterior.coords))
    if request.mode == "buffer":
        return buffered_gmina(gminas_metric, str(request.gmina), request.distance_km)
    if request.mode == "lasso":
        return polygon_zone(request.ring)
    if request.centre is None:
        raise ZoneError("a circle needs its centre")
    return circle_zone(request.centre, request.radius_km)


def share_bands(shares: pd.Series, codes: pd.Index) -> pd.Series:
    """Return each gmina's band of area share in the zone (:data:`SHARE_BANDS`), -1 outside.

    Parameters
    ----------
    shares
        Area shares (0–1] of the gminas the zone touches, indexed by TERYT.
    codes
        The gminas of the map's scope.
    """
    bands = np.searchsorted(SHARE_BANDS, shares.to_numpy(), "left")
    return pd.Series(bands, index=shares.index).reindex(codes).fillna(-1).astype(int)


def displayed_zone(zone: Zone) -> gpd.GeoSeries:
    """Return the zone (EPSG:2180) as a one-row series in EPSG:4326, to draw or to store."""
    return gpd.GeoSeries([zone], crs=METRIC_CRS).to_crs(DISPLAY_CRS)
