"""Server time of a Huff recompute through the real callback, for all 2,477 gminas.

Run: ``python -m bench.catchment`` (after ``python -m layers.ingest.build``).

Each round changes β, so every request recomputes centroid distances, Huff
probabilities for 10 centres, the dominant centre and the colours (no cache), and
answers with a patch of colours only. The request is posted to the app in this process
as the browser posts it (:class:`bench.dash_wire.Wire`). The baseline in the same run
recomputes the same probabilities with a pure-Python double loop over gminas × centres.
"""

from __future__ import annotations

import json
import statistics
import time

from app import create_app, page
from bench.dash_wire import Wire
from layers.analysis.catchment import attractiveness_of
from layers.analysis.dataset import Dataset
from layers.analysis.gravity import centroids
from server.data import current_dataset

ids = page.ids  # the component ids, through the app (bench/ imports no callbacks)

CENTRES = [
    "1261011",
    "1219053",
    "1219043",
    "1206113",
    "1209033",
    "1201011",
    "1263011",
    "1262011",
    "1213011",
    "1212053",
]
"""Kraków, Wieliczka, Niepołomice, Skawina, Myślenice, Bochnia, Tarnów, Nowy Sącz,
Oświęcim, Olkusz."""
ROUNDS = 30


def values(beta: float) -> dict:
    """Return the inputs of the gravity callback for Poland with the ten centres."""
    return {
        f"{ids.AREAS_SCOPE}.value": "poland",
        f"{ids.GRAVITY_CENTRES}.value": CENTRES,
        f"{ids.GRAVITY_MODEL}.value": "huff",
        f"{ids.GRAVITY_ATTRACTIVENESS}.value": "population",
        f"{ids.GRAVITY_ALPHA}.value": 1.0,
        f"{ids.GRAVITY_BETA}.value": beta,
        f"{ids.GRAVITY_CENTRE}.value": CENTRES[0],
        f"{ids.GRAVITY_FLOW_KIND}.value": "migration",
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.AREAS_OPENED}.data": True,
    }


def naive_huff(dataset: Dataset, beta: float) -> list[str]:
    """Return the dominant centre per gmina by a pure-Python double loop (the baseline)."""
    points = centroids(dataset.store.gminas_metric)
    weights = attractiveness_of(dataset, "population", CENTRES)
    xy = {code: (point.x, point.y) for code, point in points.items()}
    dominant = []
    for code in dataset.codes:
        scores = {}
        for centre in CENTRES:
            dx, dy = xy[code][0] - xy[centre][0], xy[code][1] - xy[centre][1]
            distance = (dx * dx + dy * dy) ** 0.5 / 1000
            scores[centre] = float("inf") if distance == 0 else weights[centre] / distance**beta
        dominant.append(max(scores, key=scores.__getitem__))
    return dominant


def main() -> None:
    """Print median ms and bytes of the callback against the naive recompute."""
    app = create_app({"CACHE_TYPE": "NullCache"})
    ours, base, sizes = [], [], []
    with app.server.test_request_context(), app.server.test_client() as client:
        dataset, wire = current_dataset(), Wire.read(client)
        for round_ in range(ROUNDS):
            beta = 1.5 + round_ % 10 / 10
            start = time.perf_counter()
            status, body = wire.post(
                f"{ids.GRAVITY_STATE}.data", values(beta), [f"{ids.GRAVITY_BETA}.value"]
            )
            ours.append((time.perf_counter() - start) * 1000)
            assert status == 200 and b'"coordinates"' not in body, body[:300]
            sizes.append(len(body))
            start = time.perf_counter()
            naive_huff(dataset, beta)
            base.append((time.perf_counter() - start) * 1000)
    ours_ms, base_ms = statistics.median(ours), statistics.median(base)
    print(f"Huff, {len(dataset.codes)} gminas x {len(CENTRES)} centres, median of {ROUNDS}")
    print(f"{'callback (ours) ms':<28}{ours_ms:>10.1f}")
    print(f"{'naive double loop ms':<28}{base_ms:>10.1f}")
    print(f"{'naive / ours':<28}{base_ms / ours_ms:>10.1f}")
    print(f"{'response bytes (colours)':<28}{statistics.median(sizes):>10,.0f}")
    print(json.dumps({"target_ms": 100, "met": ours_ms <= 100}))


if __name__ == "__main__":
    main()
