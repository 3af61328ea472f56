"""The read API's answers in the style of OGC API – Features: collections, items, paging.

Pure functions over the loaded data; the Flask blueprint in ``api/`` only parses the
request and serialises what these return. Geometries are in EPSG:4326 (lon/lat, CRS84).

References
----------
Open Geospatial Consortium (2019). *OGC API – Features – Part 1: Core*, OGC 17-069r3.
https://docs.ogc.org/is/17-069r3/17-069r3.html
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

import geopandas as gpd
from shapely.geometry import box, shape

from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import AREAS, Dataset
from layers.analysis.levels import powiat_of
from layers.analysis.values import period_start, values_in
from layers.errors import FeaturesApiError
from layers.store.saved_areas import SavedArea

DISPLAY_CRS = "EPSG:4326"
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
SAVED_AREAS = "saved-areas"
INDICATORS = "indicators"
GMINA_COLLECTIONS = ("gminas", *AREAS)
COLLECTIONS = ("gminas", "powiats", "voivodeships", "smk", "kom2003", SAVED_AREAS, INDICATORS)
"""The collections' ids, in the order they are listed."""
Titles = Mapping[str, str]
"""The texts of the API in the asker's language: ``api_title``, ``api_description`` and
``collection_<id>`` for each of :data:`COLLECTIONS` (the server's :mod:`server.i18n`)."""
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
]
Url = Callable[..., str]
"""Builds an absolute URL from a route name and its arguments (the blueprint's ``url_for``)."""


def landing(url: Url, titles: Titles) -> dict:
    """Return the landing page: title and links to itself, conformance and collections."""
    return {
        "title": titles["api_title"],
        "description": titles["api_description"],
        "links": [
            _link(url("landing"), "self", "application/json", "this document"),
            _link(url("conformance"), "conformance", "application/json", "conformance"),
            _link(url("collections"), "data", "application/json", "collections"),
        ],
    }


def conformance() -> dict:
    """Return the conformance classes the API follows."""
    return {"conformsTo": CONFORMANCE}


def _link(href: str, rel: str, media: str, title: str) -> dict:
    return {"href": href, "rel": rel, "type": media, "title": title}


def collection(url: Url, collection_id: str, titles: Titles) -> dict:
    """Return one collection's description with links to its items.

    Raises
    ------
    FeaturesApiError
        404 for an unknown collection.
    """
    if collection_id not in COLLECTIONS:
        raise FeaturesApiError(f"unknown collection {collection_id!r}", 404)
    items = url("items", collection_id=collection_id)
    return {
        "id": collection_id,
        "title": titles[f"collection_{collection_id}"],
        "itemType": "feature",
        "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
        "links": [
            _link(url("collection", collection_id=collection_id), "self", "application/json", ""),
            _link(items, "items", "application/geo+json", "GeoJSON"),
            _link(items + "?f=csv", "items", "text/csv", "CSV"),
        ],
    }


def collections(url: Url, titles: Titles) -> dict:
    """Return every collection's description."""
    return {
        "collections": [collection(url, key, titles) for key in COLLECTIONS],
        "links": [_link(url("collections"), "self", "application/json", "collections")],
    }


def parsed_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """Return ``minlon,minlat,maxlon,maxlat`` as numbers (None when not given).

    Raises
    ------
    FeaturesApiError
        400 unless four finite numbers within lon −180..180, lat −90..90, min ≤ max.
    """
    if raw is None:
        return None
    try:
        numbers = tuple(float(part) for part in raw.split(","))
    except ValueError as error:
        raise FeaturesApiError(f"bbox {raw!r} is not four numbers") from error
    valid = (
        len(numbers) == 4
        and all(math.isfinite(n) for n in numbers)
        and -180 <= numbers[0] <= numbers[2] <= 180
        and -90 <= numbers[1] <= numbers[3] <= 90
    )
    if not valid:
        raise FeaturesApiError(f"bbox {raw!r}: need minlon,minlat,maxlon,maxlat in degrees")
    west, south, east, north = numbers
    return west, south, east, north


def parsed_paging(limit: str | None, offset: str | None) -> tuple[int, int]:
    """Return ``limit`` (default 100) and ``offset`` (default 0) as checked integers.

    Raises
    ------
    FeaturesApiError
        400 for a limit outside 1..1000 or a negative or non-integer offset.
    """
    try:
        count = DEFAULT_LIMIT if limit is None else int(limit)
        start = 0 if offset is None else int(offset)
    except ValueError as error:
        raise FeaturesApiError("limit and offset must be integers") from error
    if not 1 <= count <= MAX_LIMIT or start < 0:
        raise FeaturesApiError(f"limit must be 1..{MAX_LIMIT} and offset ≥ 0")
    return count, start


def indicator_table(
    dataset: Dataset,
    codes: pd.Index,
    indicator_id: str | None,
    year: str | None,
    level: str = "gmina",
) -> pd.DataFrame:
    """Return indicator values of gminas (or powiats): one indicator and year, or every latest.

    Parameters
    ----------
    dataset
        The data the asker may see.
    codes
        The units (TERYT) of ``level``.
    indicator_id, year
        One indicator (``year`` defaults to its latest), with a ``level`` column naming
        whose value it is; None: every indicator of ``level`` that is not a change at its
        latest year, with a ``<id>_year`` column.
    level
        The units' level: ``gmina`` or ``powiat``. A gmina asked for a powiat indicator
        gets its powiat's value, marked (``level`` = ``powiat``, ``powiat`` = its code).

    Raises
    ------
    FeaturesApiError
        400 for an unknown indicator or a year that is not a year of it.
    """
    if indicator_id is None:
        columns = {}
        for indicator in dataset.catalog.values():
            if not indicator.is_change and indicator.level == level:
                latest = max(indicator.years)
                columns[indicator.id] = values_in(dataset.values, indicator, latest, codes)
                columns[f"{indicator.id}_year"] = latest
        return pd.DataFrame(columns, index=codes)
    try:
        indicator = indicator_of(dataset.catalog, indicator_id)
        chosen = max(indicator.years) if year is None else int(year)
    except ValueError as error:
        raise FeaturesApiError(f"unknown indicator {indicator_id!r} or year {year!r}") from error
    if chosen not in indicator.years:
        raise FeaturesApiError(f"indicator {indicator_id!r} has no year {chosen}")
    base = period_start(chosen) if indicator.is_change else None
    if indicator.level == "powiat" and level == "gmina":
        owners = pd.Index([powiat_of(code) for code in codes])
        shown = values_in(dataset.values, indicator, chosen, owners, base).to_numpy()
        columns = {indicator.id: shown, "year": chosen, "level": "powiat", "powiat": owners}
        return pd.DataFrame(columns, index=codes)
    values = values_in(dataset.values, indicator, chosen, codes, base)
    return pd.DataFrame(
        {indicator.id: values, "year": chosen, "level": indicator.level}, index=codes
    )


def _gmina_layer(dataset: Dataset, collection_id: str) -> gpd.GeoDataFrame:
    gminas = dataset.store.gminas
    if collection_id != "gminas":
        members = pd.Index(dataset.areas[collection_id])
        gminas = gminas.loc[members.intersection(gminas.index)]
    return gminas.assign(teryt=gminas.index)[["teryt", "name", "type", "geometry"]]


def _areas_layer(areas: Sequence[SavedArea]) -> gpd.GeoDataFrame:
    rows = {
        str(area.id): {
            "name": area.name,
            "kind": area.kind,
            "members": ",".join(area.members),
            "created": area.created,
            "internal": area.internal,
            "geometry": shape(area.geometry),
        }
        for area in areas
    }
    columns = ["name", "kind", "members", "created", "internal", "geometry"]
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=columns)
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=DISPLAY_CRS)


def _indicators_layer(dataset: Dataset) -> gpd.GeoDataFrame:
    rows = {
        key: {
            "name_pl": i.name_pl,
            "name_en": i.name_en,
            "unit_pl": i.unit_pl,
            "unit_en": i.unit_en,
            "theme": i.theme,
            "source": i.source,
            "years": ",".join(map(str, i.years)),
            "polarity": i.polarity,
            "aggregation": i.aggregation,
            "level": i.level,
            "internal": i.internal,
            "geometry": None,
        }
        for key, i in dataset.catalog.items()
    }
    frame = pd.DataFrame.from_dict(rows, orient="index")
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=DISPLAY_CRS)


def features(
    dataset: Dataset,
    collection_id: str,
    areas: Sequence[SavedArea],
    indicator: tuple[str | None, str | None] = (None, None),
) -> gpd.GeoDataFrame:
    """Return a collection's features indexed by feature id (EPSG:4326).

    Parameters
    ----------
    dataset
        The data the asker may see.
    collection_id
        One of :data:`COLLECTIONS`.
    areas
        The saved areas the asker may see.
    indicator
        ``(indicator id, year)`` for gmina collections (see :func:`indicator_table`).

    Raises
    ------
    FeaturesApiError
        404 for an unknown collection; 400 for a bad indicator or year.
    """
    if collection_id in GMINA_COLLECTIONS:
        layer = _gmina_layer(dataset, collection_id)
        return layer.join(indicator_table(dataset, layer.index, *indicator))
    if collection_id == "powiats":
        layer = dataset.store.powiats.assign(code=dataset.store.powiats.index)
        values = indicator_table(dataset, layer.index, *indicator, level="powiat")
        return layer[["code", "name", "geometry"]].join(values)
    if collection_id == "voivodeships":
        layer = dataset.store.voivodeships
        return layer.assign(code=layer.index)[["code", "name", "geometry"]]
    if collection_id == SAVED_AREAS:
        return _areas_layer(areas)
    if collection_id == INDICATORS:
        return _indicators_layer(dataset)
    raise FeaturesApiError(f"unknown collection {collection_id!r}", 404)


def matching(frame: gpd.GeoDataFrame, bbox: tuple[float, ...] | None) -> gpd.GeoDataFrame:
    """Return the features whose geometry intersects ``bbox`` (all when None)."""
    if bbox is None:
        return frame
    hits = frame.sindex.query(box(*bbox), predicate="intersects")
    return frame.iloc[sorted(hits)]


def feature(frame: gpd.GeoDataFrame, feature_id: str) -> dict:
    """Return one feature as GeoJSON.

    Raises
    ------
    FeaturesApiError
        404 when the collection has no such feature.
    """
    if feature_id not in frame.index:
        raise FeaturesApiError(f"no feature {feature_id!r}", 404)
    return geojson(frame.loc[[feature_id]])["features"][0]


def geojson(frame: gpd.GeoDataFrame) -> dict:
    """Return features as a GeoJSON FeatureCollection (ids from the index, NaN as null)."""
    return json.loads(frame.to_json(na="null", drop_id=False))


def page(url: Url, frame: gpd.GeoDataFrame, limit: int, offset: int) -> dict:
    """Return one page of features with ``numberMatched``, ``numberReturned`` and links.

    Parameters
    ----------
    url
        Builds the URL of a page from ``limit`` and ``offset`` keyword arguments (the
        request's other query arguments kept).
    frame
        Every matching feature.
    limit, offset
        Page size and first feature (0-based).
    """
    chosen = frame.iloc[offset : offset + limit]
    collection_json = geojson(chosen)
    links = [_link(url(limit=limit, offset=offset), "self", "application/geo+json", "this page")]
    if offset + limit < len(frame):
        links.append(
            _link(url(limit=limit, offset=offset + limit), "next", "application/geo+json", "")
        )
    if offset > 0:
        previous = max(offset - limit, 0)
        links.append(_link(url(limit=limit, offset=previous), "prev", "application/geo+json", ""))
    return {
        **collection_json,
        "numberMatched": len(frame),
        "numberReturned": len(chosen),
        "links": links,
    }


def attribute_table(frame: gpd.GeoDataFrame, limit: int, offset: int) -> pd.DataFrame:
    """Return one page of features as a table without geometry, the id first (for CSV)."""
    chosen = frame.iloc[offset : offset + limit].drop(columns="geometry")
    return chosen.rename_axis("id").reset_index()
