"""Time of the spatial statistics for Poland: first computation and cached answer.

Run: ``python -m bench.autocorrelation`` (after ``python -m layers.ingest.build``);
``--esda`` also times esda's own numba-compiled ``Moran_Local`` in this fresh process.

For all 2,477 gminas (population density, 2019), 999 permutations, it prints:
- the layers computation (weights, global Moran's I with its permutation p-value, LISA
  with conditional-permutation p-values, optionally Gi*): the first call in this
  process, then the median of further calls (nothing cached in ``layers``);
- the real callback over HTTP, the app on its embedded cache (``SimpleCache``): the first
  request (computed), then the same request again (answered from the cache).
Target: under 2 s for the first computation, cached answers far below.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path
from tempfile import TemporaryDirectory

from app import create_app
from callbacks import ids
from layers.analysis.autocorrelation import PERMUTATIONS, spatial_autocorrelation
from layers.store.io import load_dataset

RUNS = 5
YEAR = 2019
INDICATOR = "density"
SETTINGS = (("queen", {}), ("knn", {"k": 6}), ("distance", {"km": 25.0}))


def seconds(function: object) -> tuple[float, object]:
    """Return the wall time of one call and its result."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def layers_times() -> None:
    """Print the layers computation's first and further times for each weights."""
    dataset = load_dataset(Path("geodata/store"), Path("geodata"))
    values = dataset.values.by_indicator[INDICATOR][YEAR].reindex(dataset.codes)
    gminas = dataset.store.gminas_metric
    print(f"{len(values):,} gminas, {INDICATOR} {YEAR}, {PERMUTATIONS} permutations")
    print(f"{'layers computation':<34}{'first s':>9}{'median s':>10}  Moran's I, p")
    for weights, options in SETTINGS:
        for gi in (False, True):
            run = lambda w=weights, o=options, g=gi: spatial_autocorrelation(  # noqa: E731
                values, gminas, weights=w, getis_ord=g, **o
            )
            first, result = seconds(run)
            further = sorted(seconds(run)[0] for _ in range(RUNS))[RUNS // 2]
            label = f"{weights}{' + Gi*' if gi else ''}"
            moran = result.moran
            print(f"{label:<34}{first:>9.2f}{further:>10.2f}  {moran.statistic:.4f}, {moran.p_sim}")


def request_body(app: object, output: str, values: dict) -> dict:
    """Return the body the browser posts for the callback that has ``output``."""
    key = next(key for key in app.callback_map if output in key)
    spec = app.callback_map[key]
    parts = key.strip(".").split("...")
    item = lambda entry: {**entry, "value": values[f"{entry['id']}.{entry['property']}"]}  # noqa: E731
    return {
        "output": key,
        "outputs": [{"id": p.rsplit(".", 1)[0], "property": p.rsplit(".", 1)[1]} for p in parts],
        "inputs": [item(entry) for entry in spec["inputs"]],
        "state": [item(entry) for entry in spec["state"]],
        "changedPropIds": [f"{ids.CLUSTER_SCOPE}.value"],
    }


def callback_times() -> None:
    """Print the real callback's first (computed) and repeated (cached) answer times."""
    values = {
        f"{ids.CLUSTER_SCOPE}.value": "poland",
        f"{ids.CLUSTER_INDICATOR}.value": INDICATOR,
        f"{ids.CLUSTER_YEAR}.value": YEAR,
        f"{ids.CLUSTER_WEIGHTS}.value": "queen",
        f"{ids.CLUSTER_K}.value": 6,
        f"{ids.CLUSTER_KM}.value": 25,
        f"{ids.CLUSTER_SIGNIFICANCE}.value": 0.05,
        f"{ids.CLUSTER_MODE}.value": "lisa",
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.CLUSTER_DRAWN}.data": "poland",
        f"{ids.SPATIAL_OPENED}.data": True,
    }
    with TemporaryDirectory() as directory, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        app = create_app(
            {
                "STORE_DIR": "geodata/store",
                "CACHE_TYPE": "SimpleCache",
                "DATABASE_PATH": f"{directory}/bench.sqlite",
                "JOBS_DIR": f"{directory}/jobs",
            }
        )
        body = request_body(app, f"{ids.CLUSTER_MAP}.figure", values)
        client = app.server.test_client()
        times = []
        for _ in range(1 + RUNS):
            start = time.perf_counter()
            response = client.post("/_dash-update-component", json=body)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, response.data[:300]
        answer = json.loads(response.data)["response"]
        assert "Globalny I Morana" in json.dumps(answer, ensure_ascii=False)
    cached = sorted(times[1:])[RUNS // 2]
    print(
        f"callback over HTTP, queen, LISA: first {times[0]:.2f} s, cached {cached * 1000:.1f} ms"
        f" (patch of colours, {len(response.data):,} bytes)"
    )
    print(f"target < 2 s: {'met' if times[0] < 2 else 'MISSED'}")


def esda_times() -> None:
    """Print esda's own Moran_Local (numba) time: first call in this process, then again."""
    import esda  # noqa: PLC0415

    from layers.analysis.weights import spatial_weights  # noqa: PLC0415

    dataset = load_dataset(Path("geodata/store"), Path("geodata"))
    values = dataset.values.by_indicator[INDICATOR][YEAR].reindex(dataset.codes).to_numpy()
    w = spatial_weights(dataset.store.gminas_metric, "queen").w
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for label in ("first (numba compiles)", "second"):
            took, _ = seconds(
                lambda: esda.Moran_Local(
                    values, w, permutations=PERMUTATIONS, keep_simulations=False
                )
            )
            print(f"esda Moran_Local, {label}: {took:.2f} s")


def main() -> None:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--esda", action="store_true", help="also time esda's numba Moran_Local")
    args = parser.parse_args()
    layers_times()
    callback_times()
    if args.esda:
        esda_times()


if __name__ == "__main__":
    main()
