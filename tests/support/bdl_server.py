"""A local stand-in for the GUS BDL API: a real HTTP server on 127.0.0.1 replaying scripted answers.

Answers have the documented ``data/by-variable`` shape (``totalRecords``, ``results[]``
with ``id``, ``name``, ``values[]`` of ``year``, ``val``, ``attrId``; ``links.next`` on
every page but the last). A script can put error statuses and 429 answers (with
``Retry-After``) before a page. Every request's path, query and headers are recorded.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Recorded:
    """One request the server received."""

    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


@dataclass
class Script:
    """What the server answers: pages of units, and failures to give before a page.

    ``units[page]`` lists ``(unit id, name, [(year, val, attrId), …])``.
    ``failures[page]`` lists ``(status, headers)`` answered (in order) before that page.
    """

    units: list[list[tuple[str, str, list[tuple[int, float, int]]]]]
    failures: dict[int, list[tuple[int, dict[str, str]]]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)

    def total(self) -> int:
        """Return the number of units over all pages."""
        return sum(len(page) for page in self.units)


def bdl_id(teryt: str, subregion: str = "21") -> str:
    """Return a BDL unit id, laid out MMWWRSSPPGGT (macroregion 01 for Małopolska)."""
    return "01" + teryt[:2] + "1" + subregion + teryt[2:]


def page_body(script: Script, page: int, base: str, query: str) -> dict:
    """Return the JSON body of one page in the documented shape."""
    results = [
        {
            "id": unit_id,
            "name": name,
            "values": [{"year": str(y), "val": v, "attrId": a} for y, v, a in values],
        }
        for unit_id, name, values in script.units[page]
    ]
    links = {"self": f"{base}?{query}&page={page}"}
    if page + 1 < len(script.units):
        links["next"] = f"{base}?{query}&page={page + 1}"
    return {"totalRecords": script.total(), "page": page, "results": results, "links": links}


def handler_for(script: Script) -> type[BaseHTTPRequestHandler]:
    """Return a request handler class bound to ``script``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            script.requests.append(Recorded(parts.path, query, dict(self.headers.items())))
            page = int(query.get("page", ["0"])[0])
            pending = script.failures.get(page, [])
            if pending:
                status, headers = pending.pop(0)
                self.answer(status, {"errors": [{"message": "scripted"}]}, headers)
                return
            base = f"http://{self.headers['Host']}{parts.path}"
            kept = "&".join(p for p in parts.query.split("&") if not p.startswith("page="))
            self.answer(200, page_body(script, page, base, kept), {})

        def answer(self, status: int, body: dict, headers: dict[str, str]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            """Keep test output quiet."""

    return Handler


@contextmanager
def bdl_server(script: Script) -> Iterator[str]:
    """Serve ``script`` on an ephemeral port of 127.0.0.1; yield the API base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
