"""Compressed answers (Flask-Compress) and long caching of fingerprinted static files.

Every answer of a compressible type is compressed (brotli or zstd where the browser
offers them, gzip otherwise: Chromium offers only gzip and deflate over plain HTTP).
The sign-in form is never compressed: it holds a CSRF token next to what the visitor
typed, which compression would let an eavesdropper guess (BREACH).
Files that never change at their address (Dash's fingerprinted bundles, the assets
Dash addresses with their modification time, the scopes' geometry) are compressed once
per process and held, and the assets are marked cacheable for a year.
"""

from __future__ import annotations

import flask
from flask_compress import Compress

from server.access import SIGN_IN_PATH

FIXED_PREFIXES = ("/_dash-component-suites/", "/assets/", "/geometry/")
"""Paths whose content never changes at the same address (with its fingerprint)."""
YEAR_S = 31_536_000


class HeldCompressed:
    """Flask-Compress's cache: holds the compressed files of :data:`FIXED_PREFIXES` only.

    Flask-Compress asks the cache for every answer it compresses, under
    ``"<algorithm>;<key>"``; :func:`fixed_key` gives an empty key to anything else, which
    is then neither looked up nor kept.
    """

    def __init__(self) -> None:
        self.held: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        """Return the compressed body held under ``key``, if any."""
        return self.held.get(key)

    def set(self, key: str, value: bytes) -> None:
        """Hold a compressed body unless its key is empty (a per-request answer)."""
        if not key.endswith(";"):
            self.held[key] = value


def fixed_key(request: flask.Request) -> str:
    """Return the cache key of a fixed file (its full path), or an empty one."""
    fixed = request.method == "GET" and request.path.startswith(FIXED_PREFIXES)
    return request.full_path if fixed else ""


def fixed_file(response: flask.Response) -> flask.Response:
    """Read a fixed file whole, and mark a fingerprinted asset cacheable for a year.

    Read whole, Flask-Compress compresses it once and holds it instead of streaming it
    compressed per request.
    """
    request = flask.request
    if not fixed_key(request) or response.status_code != 200:
        return response
    if response.is_streamed:
        stream = response.response
        response.direct_passthrough = False
        response.set_data(b"".join(response.iter_encoded()))
        getattr(stream, "close", lambda: None)()
    if request.path.startswith("/assets/") and "m" in request.args:
        response.cache_control.public = True
        response.cache_control.max_age = YEAR_S
        response.cache_control.immutable = True
    return response


def init_app(server: flask.Flask) -> None:
    """Compress ``server``'s answers and cache its fingerprinted assets long."""
    server.config.update(
        COMPRESS_ALGORITHM=["br", "zstd", "gzip"],
        COMPRESS_CACHE_BACKEND=HeldCompressed,
        COMPRESS_CACHE_KEY=fixed_key,
        COMPRESS_REGISTER=False,
    )
    compress = Compress(server)

    def compressed(response: flask.Response) -> flask.Response:
        secret = flask.request.path == SIGN_IN_PATH
        return response if secret else compress.after_request(response)

    server.after_request(compressed)
    server.after_request(fixed_file)
