"""Bytes of a count's paint answer drawn as proportional circles, against its choropleth.

Run: ``python -m bench.circles`` (after ``flask --app app build``; the store is
``GEOPORTAL_STORE_DIR`` if set).

For SMK and Poland, and each count of the catalog (aggregation "sum", latest year), it
asks the map's colours as the browser's engine does (``server/paint.py``: the answer to
an indicator or year switch, with the legend beside the map) drawn as circles and as a
choropleth, and prints the median bytes of each, raw and gzip-compressed as the server
sends them (``server/compression.py``), and whether any answer holds geometry (it must
not: the circles stand on the label points sent once with the geometry).
"""

from __future__ import annotations

import gzip
import json
import statistics

from flask.testing import FlaskClient

from app import create_app
from server.data import current_dataset
from server.paint import paint_address

OPTIONS = {"scheme": "quantiles", "k": 5, "palette": "Blues", "reverse": []}
SCOPES = ("smk", "poland")
GEOMETRY_KEYS = (b'"polygons"', b'"points"', b'"coordinates"')


def answer_bytes(
    client: FlaskClient, scope: str, indicator_id: str, symbol: str
) -> tuple[int, int, bool]:
    """Return the raw and gzip bytes of a view's paint answer, and whether it holds geometry."""
    indicator = current_dataset().catalog[indicator_id]
    view = {
        "indicator_id": indicator_id,
        "year": max(indicator.years),
        "options": {**OPTIONS, "symbol": symbol},
    }
    answer = client.get(paint_address(scope, "pl", view), headers={"Accept-Encoding": "gzip"})
    assert answer.status_code == 200, answer.data[:300]
    sent = answer.get_data()
    body = gzip.decompress(sent) if answer.content_encoding == "gzip" else sent
    return len(body), len(sent), any(key in body for key in GEOMETRY_KEYS)


def main() -> None:
    """Print the table: per scope and symbol, median raw and sent bytes over the counts."""
    app = create_app({"CACHE_TYPE": "NullCache"})
    with app.server.test_request_context(), app.server.test_client() as client:
        counts = [i.id for i in current_dataset().catalog.values() if i.aggregation == "sum"]
        counts = [i for i in counts if current_dataset().catalog[i].level == "gmina"]
        print(f"{len(counts)} gmina counts, median bytes of one switch's paint answer")
        print(f"{'scope':<8}{'symbol':<12}{'raw B':>10}{'gzip B':>10}{'geometry':>10}")
        for scope in SCOPES:
            for symbol in ("choropleth", "circles"):
                rows = [answer_bytes(client, scope, i, symbol) for i in counts]
                raw, sent = (
                    statistics.median(column) for column in list(zip(*rows, strict=True))[:2]
                )
                geometry = any(row[2] for row in rows)
                print(f"{scope:<8}{symbol:<12}{raw:>10,.0f}{sent:>10,.0f}{geometry!s:>10}")
    print(json.dumps({"counts": counts}))


if __name__ == "__main__":
    main()
