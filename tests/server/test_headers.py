"""Security headers: CSP with Dash's inline-script hashes, no framing, no caching of answers."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from tests.support.access_fixtures import sign_in
from tests.support.apps import app_with

INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S
)


def directives(response) -> dict[str, str]:
    policy = response.headers["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def test_every_inline_script_of_the_page_is_allowed_by_its_hash_and_no_other(app):
    page = app.server.test_client().get("/")
    html = re.sub(r"<!--.*?-->", "", page.get_data(as_text=True), flags=re.S)  # never run
    scripts = INLINE_SCRIPT.findall(html)
    allowed = directives(page)["script-src"].split()
    assert scripts and allowed[0] == "'self'" and "'unsafe-inline'" not in allowed
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in allowed


def test_the_page_cannot_be_framed_or_sniffed(app):
    response = app.server.test_client().get("/")
    assert directives(response)["frame-ancestors"] == "'none'"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Strict-Transport-Security" not in response.headers


@pytest.mark.parametrize(
    "path", ["/", "/_dash-layout", "/api/v1/collections", "/api/v1/collections/indicators/items"]
)
def test_what_depends_on_the_asker_is_never_cached(internal, path):
    client = internal.app.server.test_client()
    sign_in(client)
    response = client.get(path, headers={"Authorization": f"Bearer {internal.token}"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"
    assert {"Authorization", "Cookie"} <= set(response.vary)


def test_static_files_keep_their_own_caching(app):
    with app.server.test_client().get("/assets/style.css") as response:
        assert response.status_code == 200
        assert "no-store" not in response.headers.get("Cache-Control", "")


def test_https_adds_hsts_and_secure_cookies(store_dir, tmp_path):
    app = app_with(store_dir, tmp_path, CACHE_TYPE="NullCache", HTTPS=True)
    response = app.server.test_client().get("/logowanie")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Secure" in response.headers["Set-Cookie"]


def test_a_host_not_trusted_is_refused(app):
    client = app.server.test_client()
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/healthz", headers={"Host": "127.0.0.1:8050"}).status_code == 200
    refused = client.get("/api/v1/", headers={"Host": "evil.example"})
    assert refused.status_code == 400 and b"evil.example" not in refused.data


def test_the_trusted_hosts_setting_names_the_public_host(store_dir, tmp_path):
    app = app_with(store_dir, tmp_path, CACHE_TYPE="NullCache", TRUSTED_HOSTS="geo.example.pl")
    client = app.server.test_client()
    landing = client.get("/api/v1/", headers={"Host": "geo.example.pl"})
    assert landing.status_code == 200 and "http://geo.example.pl/api/v1" in landing.get_data(True)
    assert client.get("/api/v1/", headers={"Host": "localhost"}).status_code == 400
