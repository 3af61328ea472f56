"""Time of the spatial statistics for Poland: first computation and cached answer.

Run: ``python -m bench.autocorrelation`` (after ``flask --app app build``);
``--esda`` also times esda's own numba-compiled ``Moran_Local`` in this fresh process.

For all 2,477 gminas (population density, 2019), 999 permutations, it prints:
- the layers computation (weights, global Moran's I with its permutation p-value, LISA
  with conditional-permutation p-values, optionally Gi*): the first call in this
  process, then the median of further calls (nothing cached in ``layers``);
- the tab's whole view (colours, legend, statistics, scatterplot: what its callback
  memoizes) through the app's cache on its embedded backend (``SimpleCache``): first
  (computed), then again (from the cache), and the size of what an answer sends for the
  map (the paint: each gmina's category and hover columns; the geometry goes once per
  scope) and for the scatterplot, as JSON and gzipped.
Target: under 2 s for the first computation, cached answers far below.
"""

from __future__ import annotations

import argparse
import gzip
import time
import warnings
from pathlib import Path
from tempfile import TemporaryDirectory

import orjson

from app import create_app
from layers.analysis.autocorrelation import PERMUTATIONS, spatial_autocorrelation
from layers.render.clusters import CATEGORY_COLORS, ClusterRequest, ClusterTexts, cluster_view
from layers.store.io import load_dataset
from server.cache import cache
from server.data import current_dataset, current_labels
from server.i18n import text
from server.text_keys import CLUSTER_KEYS

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


def cached_times() -> None:
    """Print the tab's view (colours, legend, statistics, scatterplot) first and from the cache.

    The view is what the tab's callback memoizes (:func:`layers.render.clusters.cluster_view`),
    computed here through the app's own cache object on its embedded backend (``SimpleCache``).
    """
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
        request = ClusterRequest("poland", INDICATOR, YEAR)
        names = {
            c: text("legend_nodata" if c == "nodata" else CLUSTER_KEYS[c.lower()], "pl")
            for c in CATEGORY_COLORS
        }
        texts = ClusterTexts(names, "z", "lag", "I = {i}", "pl")

        @cache.memoize()
        def view(request: ClusterRequest) -> object:
            return cluster_view(current_dataset(), request, current_labels("pl"), texts)

        with app.server.test_request_context():
            times = [seconds(lambda: view(request))[0] for _ in range(1 + RUNS)]
            shown = view(request)
    cached = sorted(times[1:])[RUNS // 2]
    print(
        f"the tab's view (queen, LISA, colours, legend, scatterplot): first {times[0]:.2f} s, "
        f"cached {cached * 1000:.1f} ms; I = {shown.moran.statistic:.4f}"
    )
    print(f"target < 2 s: {'met' if times[0] < 2 else 'MISSED'}")
    for name, part in (("map paint", shown.paint), ("scatterplot", shown.scatter)):
        body = orjson.dumps(part, option=orjson.OPT_SERIALIZE_NUMPY)
        print(
            f"{name}: {len(body) / 1000:.0f} kB JSON, {len(gzip.compress(body)) / 1000:.0f} kB gzip"
        )


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
    cached_times()
    if args.esda:
        esda_times()


if __name__ == "__main__":
    main()
