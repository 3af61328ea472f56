"""Compressed answers, long-cached fingerprinted files, and a sign-in form kept uncompressed."""

from __future__ import annotations

import gzip

from server.access import SIGN_IN_PATH
from server.compression import YEAR_S

GZIP = {"Accept-Encoding": "gzip"}


def test_fingerprinted_assets_are_cached_long_and_compressed(app):
    client = app.server.test_client()
    response = client.get("/assets/geomap.js?m=1", headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.cache_control.max_age == YEAR_S
    assert b"geoportalMap" in gzip.decompress(response.data)
    assert client.get("/assets/geomap.js").cache_control.max_age is None  # no fingerprint


def test_pages_are_compressed_but_not_the_sign_in_form(app):
    client = app.server.test_client()

    page = client.get("/", headers=GZIP)
    sign_in = client.get(SIGN_IN_PATH, headers=GZIP)

    assert page.headers["Content-Encoding"] == "gzip"
    assert sign_in.status_code == 200 and "Content-Encoding" not in sign_in.headers
    assert b"csrf" in sign_in.data.lower()  # the secret BREACH would guess
