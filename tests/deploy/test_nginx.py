"""``deploy/nginx.conf`` run by Debian's nginx in front of ``gunicorn app:server``.

The site file is rendered as README's install step renders it and included in Debian's own
main configuration (``bench.reverse_proxy``). The figures of the slowloris test are printed
with ``pytest -s``; ``python -m bench.slowloris`` measures the same with two workers.
"""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from bench.reverse_proxy import RENDERED, directive, rendered_site, running_nginx, seconds
from bench.slowloris import Load, described, measure
from server.settings import SETTINGS
from tests.support.gunicorn_server import running_gunicorn
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
MAX_REQUEST_MB = next(s.default for s in SETTINGS if s.name == "MAX_REQUEST_MB")
YEAR_S = 365 * 24 * 3600
JSON = {"Content-Type": "application/json"}
COMPRESSED = {"br", "gzip", "zstd"}


@dataclass(frozen=True)
class Served:
    """gunicorn, and nginx in front of it, with the site file nginx runs."""

    app: str
    proxy: str
    site: str


@pytest.fixture(scope="module")
def served(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    work = tmp_path_factory.mktemp("nginx")
    settings = {
        "GEOPORTAL_STORE_DIR": str(store_dir),
        "GEOPORTAL_DATABASE_PATH": str(work / "db.sqlite"),
        "GEOPORTAL_JOBS_DIR": str(work / "jobs"),
        "GEOPORTAL_PROXY_HOPS": "1",
    }
    with (
        running_gunicorn(settings) as (_, app),
        running_nginx(app.removeprefix("http://"), free_port(), work / "nginx") as proxy,
    ):
        yield Served(app, proxy, (work / "nginx" / RENDERED).read_text())


def test_the_body_limit_is_the_apps(served: Served):
    limit = int(MAX_REQUEST_MB * 1024 * 1024)
    assert directive(served.site, "client_max_body_size") == f"{MAX_REQUEST_MB:g}m"
    assert announced(served.proxy, limit + 1) == (413, "nginx")  # refused before it is read
    at_limit = requests.post(
        f"{served.proxy}/_dash-update-component", data=b"x" * limit, headers=JSON
    )
    # passed whole to the app (its headers, its text), which finds no JSON in it
    assert (at_limit.status_code, at_limit.text) == (400, "400 Bad Request")
    assert "Content-Security-Policy" in at_limit.headers


def announced(url: str, length: int) -> tuple[int, str]:
    """POST headers announcing ``length`` bytes, and no body; return the status and server."""
    connection = http.client.HTTPConnection(url.removeprefix("http://"), timeout=10)
    try:
        connection.putrequest("POST", "/_dash-update-component")
        connection.putheader("Content-Length", str(length))
        connection.endheaders()
        answer = connection.getresponse()
        return answer.status, answer.getheader("Server", "")
    finally:
        connection.close()


def test_the_app_sees_the_browsers_host_and_nginxs_scheme(served: Served):
    spoofed = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example"}
    links = requests.get(f"{served.proxy}/api/v1/", headers=spoofed).json()["links"]
    assert links and all(link["href"].startswith(f"{served.proxy}/") for link in links)
    same_site = requests.post(
        f"{served.proxy}/_dash-update-component", json={}, headers={"Origin": served.proxy}
    )
    assert same_site.status_code == 400  # past the origin check (403), refused as malformed
    cross_site = {"Origin": "http://evil.example"}
    assert (
        requests.post(f"{served.proxy}/_dash-update-component", headers=cross_site).status_code
        == 403
    )
    with pytest.raises(requests.ConnectionError):  # nginx closes it: 444
        requests.get(f"{served.proxy}/", headers={"Host": "evil.example"})


def test_pages_carry_the_apps_headers_compressed(served: Served):
    page = requests.get(f"{served.proxy}/")
    assert page.status_code == 200 and page.headers["Server"] == "nginx"
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Cache-Control"] == "private, no-store"
    assert page.headers["Content-Encoding"] in COMPRESSED  # by the app (Flask-Compress) or nginx
    layout = requests.get(f"{served.proxy}/_dash-layout")
    assert layout.headers["Content-Type"].startswith("application/json")
    assert layout.headers["Content-Encoding"] in COMPRESSED
    sign_in = requests.get(f"{served.proxy}/logowanie")
    assert sign_in.status_code == 200 and "Content-Encoding" not in sign_in.headers


def test_static_files_are_cached_for_a_year(served: Served):
    page = requests.get(f"{served.proxy}/").text
    (style,) = re.findall(r'href="(/assets/style\.css\?m=[^"]+)"', page)
    asset = requests.get(f"{served.proxy}{style}")
    assert asset.content == (ROOT / "assets" / "style.css").read_bytes()
    assert asset.headers["Cache-Control"] == f"max-age={YEAR_S}"
    assert asset.headers["X-Content-Type-Options"] == "nosniff"
    suite = re.findall(r'src="(/_dash-component-suites/[^"]+\.js)"', page)[0]
    first, again = (requests.get(f"{served.proxy}{suite}") for _ in range(2))
    assert first.status_code == 200 and again.content == first.content
    assert f"max-age={YEAR_S}" in first.headers["Cache-Control"]
    assert first.headers["Content-Encoding"] in COMPRESSED
    assert again.headers["X-Cache-Status"] == "HIT"  # answered by nginx, not the app


def test_the_site_file_names_every_placeholder_it_needs():
    with pytest.raises(ValueError, match="NGINX_"):
        rendered_site({"NGINX_LISTEN": "80"})


def test_slowloris_starves_gunicorn_alone_but_not_behind_nginx(served: Served):
    header_s = seconds(directive(served.site, "client_header_timeout"))
    load = Load()
    through = measure(served.proxy, Load(hold_s=header_s + load.warmup_s))
    alone = measure(served.app, load)
    print(f"\nthrough nginx:  {described(through, 'nginx')}")
    print(f"gunicorn alone: {described(alone, 'gunicorn')}")

    assert len(through.answered_ms) == through.sent == load.requests
    assert through.p95_ms is not None and through.p95_ms < load.timeout_s * 1000
    # nginx drops every slowloris connection once its header time is up, none much later
    assert len(through.lifetimes_s) >= load.connections
    assert max(through.lifetimes_s) < header_s + load.warmup_s
    # the same attack takes every thread of gunicorn alone: most requests time out
    assert len(alone.answered_ms) < alone.sent / 2
