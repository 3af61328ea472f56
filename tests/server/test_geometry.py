"""The scopes' map geometry: quantised, gap-free, compressed, cached by its digest."""

from __future__ import annotations

import gzip
import json

import numpy as np
import pytest

import shapely

from layers.analysis.scopes import scope_codes
from layers.render.geomap import GRID
from server.geometry import YEAR_S, geometry_url

POLAND_LIMIT_BYTES = 1_000_000


def geometry_address(app, scope: str, lang: str = "pl") -> str:
    with app.server.test_request_context():
        return geometry_url(scope, lang)


def decoded(line: list[int]) -> np.ndarray:
    """Return a quantised line's vertices in degrees (the browser's decoding)."""
    return np.cumsum(np.asarray(line).reshape(-1, 2), axis=0) / GRID


def test_the_geometry_is_cached_for_a_year_at_its_digest(app):
    client = app.server.test_client()
    response = client.get(geometry_address(app, "smk"))

    assert response.status_code == 200
    assert response.cache_control.max_age == YEAR_S and response.cache_control.immutable
    stale = client.get("/geometry/smk/pl/0000000000000000.json")
    assert stale.status_code == 200 and stale.cache_control.no_store
    assert stale.get_json() == response.get_json()


@pytest.mark.parametrize("path", ["/geometry/atlantis/pl/x.json", "/geometry/smk/xx/x.json"])
def test_an_unknown_scope_or_language_is_a_json_404(app, path):
    response = app.server.test_client().get(path)

    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_the_polygons_are_the_stores_on_its_metre_grid(app, dataset):
    body = app.server.test_client().get(geometry_address(app, "smk")).get_json()

    codes = scope_codes("smk", dataset.codes, dataset.areas)
    assert body["ids"] == list(codes)
    assert body["names"][body["ids"].index("1261011")] == "Kraków"
    for code, parts in zip(body["ids"], body["polygons"], strict=True):
        rings = [decoded(ring) for part in parts for ring in part]
        stored = dataset.store.gminas.geometry.loc[code]
        expected = shapely.get_coordinates(shapely.get_rings(stored))
        assert np.abs(np.concatenate(rings) - expected).max() <= 0.5 / GRID + 1e-12


def test_neighbours_share_their_edge_vertices_exactly(app):
    """No gap: a vertex two gminas share lands on the same integers in both."""
    body = app.server.test_client().get(geometry_address(app, "smk")).get_json()
    vertices = [
        {tuple(point) for ring in parts[0] for point in np.rint(decoded(ring) * GRID).tolist()}
        for parts in body["polygons"]
    ]
    krakow = vertices[body["ids"].index("1261011")]
    wieliczka = vertices[body["ids"].index("1219053")]
    shared = krakow & wieliczka
    assert len(shared) > 10  # their common border, vertex for vertex
    polygons = [
        shapely.Polygon(decoded(part[0])) for parts in body["polygons"] for part in parts[:1]
    ]
    union = shapely.union_all(polygons)
    assert len(getattr(union, "geoms", [union])) == 1 and not union.interiors


def test_poland_is_under_a_megabyte_compressed(app):
    client = app.server.test_client()
    response = client.get(geometry_address(app, "poland"), headers={"Accept-Encoding": "gzip"})

    assert response.headers["Content-Encoding"] == "gzip"
    assert len(response.data) <= POLAND_LIMIT_BYTES
    body = json.loads(gzip.decompress(response.data))
    assert len(body["ids"]) == len(body["polygons"]) == 2477
    assert set(body["outlines"]) == {"powiats", "voivodeships", "smk", "districts"}


@pytest.mark.parametrize(
    ("scope", "lang", "count", "named"),
    [
        ("powiats-smk", "pl", 3, ("1206000", "powiat krakowski")),
        ("powiats-poland", "en", 380, ("1261000", "Kraków (city powiat)")),
        ("districts", "pl", 18, ("D07", "Dzielnica VII Zwierzyniec")),
    ],
)
def test_other_levels_have_their_own_geometry_with_their_names(
    app, scope: str, lang: str, count: int, named: tuple[str, str]
) -> None:
    code, name = named
    body = app.server.test_client().get(geometry_address(app, scope, lang)).get_json()

    assert len(body["ids"]) == len(body["polygons"]) == count
    assert body["names"][body["ids"].index(code)] == name
    assert "powiats" not in body["outlines"]  # the units themselves, not an outline
