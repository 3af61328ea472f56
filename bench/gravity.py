"""Server time of a Huff recompute over every gmina, against a naive pure-Python loop.

Run: ``python -m bench.gravity`` (after ``python -m layers.ingest.build``).

For all 2,477 gminas and 10 centres in Małopolska, with the 2023 population as
attractiveness, it times (median of 50 runs) the full recompute a slider move
triggers: distance matrix, Huff probabilities, dominant centre and one hex colour per
gmina from a 10-colour qualitative palette. The baseline computes the same
probabilities with a double loop over gminas × centres in plain Python. Both give
the same colours (checked). Representative points are computed once, outside the
timing, as the app would cache them.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
import pandas as pd
from palettable.colorbrewer.qualitative import Paired_10

import geopandas as gpd

from bench.timing import median_ms
from layers.analysis.gravity import (
    centroids,
    distance_matrix_km,
    dominant_centre,
    huff_probabilities,
)
from layers.render.palettes import NODATA_COLOR
from layers.store.io import load_dataset

RUNS = 50
ALPHA, BETA = 1.0, 2.0
CENTRES = {
    "1261011": "Kraków",
    "1219053": "Wieliczka",
    "1219043": "Niepołomice",
    "1206113": "Skawina",
    "1209033": "Myślenice",
    "1201011": "Bochnia",
    "1263011": "Tarnów",
    "1262011": "Nowy Sącz",
    "1213011": "Oświęcim",
    "1212053": "Olkusz",
}
COLOURS = dict(zip(CENTRES, Paired_10.hex_colors, strict=True))


def ours(points: gpd.GeoSeries, population: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Return probabilities and colours the vectorised way."""
    distances = distance_matrix_km(points, points[list(CENTRES)])
    probabilities = huff_probabilities(distances, population, alpha=ALPHA, beta=BETA)
    colours = dominant_centre(probabilities).map(COLOURS).fillna(NODATA_COLOR).tolist()
    return probabilities.to_numpy(), colours


def naive(points: gpd.GeoSeries, population: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Return the same probabilities and colours with a pure-Python double loop."""
    origins = [(point.x, point.y) for point in points]
    centres = [(points[code].x, points[code].y, float(population[code])) for code in CENTRES]
    rows, colours = [], []
    for ox, oy in origins:
        weights = []
        for cx, cy, size in centres:
            distance = math.hypot(ox - cx, oy - cy) / 1000.0
            weights.append(math.inf if distance == 0 else size**ALPHA * distance**-BETA)
        if math.inf in weights:
            weights = [1.0 if weight == math.inf else 0.0 for weight in weights]
        total = sum(weights)
        row = [weight / total for weight in weights]
        rows.append(row)
        colours.append(COLOURS[list(CENTRES)[row.index(max(row))]])
    return np.array(rows), colours


def main() -> None:
    """Print the comparison."""
    dataset = load_dataset(Path("geodata/store"), Path("geodata"))
    names = dataset.store.gminas.loc[list(CENTRES), "name"].to_dict()
    assert names == CENTRES, names
    gminas = dataset.store.gminas_metric
    start = time.perf_counter()
    points = centroids(gminas)
    centroid_ms = (time.perf_counter() - start) * 1000
    population = dataset.values.by_indicator["population"][2023].reindex(dataset.codes)

    fast, fast_colours = ours(points, population)
    slow, slow_colours = naive(points, population)
    np.testing.assert_allclose(fast, slow, rtol=1e-9)
    assert fast_colours == slow_colours

    ours_ms = median_ms(lambda: ours(points, population), RUNS)
    naive_ms = median_ms(lambda: naive(points, population), RUNS)
    print(f"{len(gminas):,} gminas x {len(CENTRES)} centres, median of {RUNS} recomputes")
    print(f"{'':<32}{'ms':>9}")
    print(f"{'ours (numpy)':<32}{ours_ms:>9.2f}")
    print(f"{'naive (pure-Python double loop)':<32}{naive_ms:>9.2f}")
    print(f"{'naive / ours':<32}{naive_ms / ours_ms:>9.1f}")
    print(f"centroids, once: {centroid_ms:.1f} ms")
    print(f"JSON list of colours: {len(json.dumps(fast_colours).encode()):,} bytes")
    print(f"target <= 100 ms: {'met' if ours_ms <= 100 else 'MISSED'}")


if __name__ == "__main__":
    main()
