"""The limit ``bench/browser.py`` measures the app against: a plain MapLibre feature-state page.

A local HTTP server holds the store's display layer of a scope as plain GeoJSON and, for
every switch the bench makes in the app, the colours the app paints (the same classes and
palette, from :func:`layers.render.choropleth.classed_values`). Its page draws the gminas
once, then per switch fetches the colours and sets them as feature state, timed to the
first ``idle`` after the repaint.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from layers.analysis.dataset import Dataset
from layers.render.choropleth import ViewRequest, classed_values, scope_gminas
from layers.render.palettes import NODATA_COLOR

VENDOR = Path(__file__).resolve().parent.parent / "assets" / "vendor"
PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/maplibre-gl.css"><script src="/maplibre-gl.js"></script>
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div><script>
const scope = new URLSearchParams(location.search).get("scope");
const map = new maplibregl.Map({container: "map", fadeDuration: 0,
  style: {version: 8, sources: {}, layers: []}, center: [19.94, 50.06], zoom: 6});
async function paint(i) {
  const colours = await (await fetch(`/colours/${scope}/${i}`)).json();
  for (const [id, c] of Object.entries(colours)) { map.setFeatureState({source: "g", id}, {c}); }
  await new Promise(done => map.once("idle", done));
}
window.switchTo = async function (i) { const t0 = performance.now(); await paint(i);
  return performance.now() - t0; };
map.on("load", async () => {
  const data = await (await fetch(`/geometry/${scope}.json`)).json();
  map.addSource("g", {type: "geojson", data, promoteId: "teryt"});
  map.addLayer({id: "f", type: "fill", source: "g", paint: {"fill-opacity": 0.9,
    "fill-color": ["coalesce", ["feature-state", "c"], "NODATA"]}});
  map.addLayer({id: "e", type: "line", source: "g",
    paint: {"line-color": "#fff", "line-width": 0.5}});
  const b = data.bbox; map.fitBounds([[b[0], b[1]], [b[2], b[3]]], {animate: false, padding: 10});
  await paint(0); window.firstMap = performance.now();
});
</script></body></html>""".replace("NODATA", NODATA_COLOR)


def scope_colours(dataset: Dataset, request: ViewRequest) -> dict[str, str]:
    """Return the colour of each gmina of the request's scope, as the app paints it."""
    classed = classed_values(dataset, request)
    classes = classed.classification.classes
    return {
        code: classed.colors[int(k)] if k >= 0 else NODATA_COLOR
        for code, k in zip(classed.values.index, classes.fillna(-1), strict=True)
    }


def handler(dataset: Dataset, requests: dict[str, list[ViewRequest]]) -> type:
    """Return the request handler of the limit server over ``dataset``."""
    bodies: dict[str, bytes] = {}

    def body(path: str) -> tuple[bytes, str] | None:
        parts = path.strip("/").split("/")
        if path == "/limit.html":
            return PAGE.encode(), "text/html"
        if path in ("/maplibre-gl.js", "/maplibre-gl.css"):
            kind = "text/javascript" if path.endswith(".js") else "text/css"
            return (VENDOR / path.lstrip("/")).read_bytes(), kind
        if parts[0] == "geometry":
            scope = parts[1].removesuffix(".json")
            if path not in bodies:
                gminas = scope_gminas(dataset, scope)[["geometry"]].assign(teryt=lambda g: g.index)
                text = gminas.to_json(show_bbox=True)
                bodies[path] = text.encode()
            return bodies[path], "application/json"
        if parts[0] == "colours":
            request = requests[parts[1]][int(parts[2])]
            return json.dumps(scope_colours(dataset, request)).encode(), "application/json"
        return None

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = body(self.path.split("?")[0])
            if answer is None:
                self.send_error(404)
                return
            content, kind = answer
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *args: object) -> None:
            return

    return Handler


@contextmanager
def limit_server(dataset: Dataset, requests: dict[str, list[ViewRequest]]) -> Iterator[str]:
    """Serve the limit page on a free port of 127.0.0.1; yield its root URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(dataset, requests))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
