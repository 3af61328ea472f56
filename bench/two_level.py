"""Two levels of functional areas on the real data: the areas' figures and the server time.

Run: ``python -m bench.two_level`` (after ``flask --app app build``).

With Kraków as the core and Wieliczka, Niepołomice and Skawina as secondary centres in
KOM 2003 (α = 1, β = 2, population, 2023 migration, overlap tolerance 0.2), it prints
for each model each area's gminas, population and flows captured; the centres the data
propose with the criteria each meets; how many gminas keep their second-level centre
over β = 1…3 × (population, own revenue per capita); and the median time (of 20 runs) of
each computation a control change triggers, the first call of each excluded.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from bench.timing import median_ms
from layers.analysis.centres import CRITERIA, proposed_centres
from layers.analysis.dataset import Dataset
from layers.analysis.pull import PullRequest, pull_toward
from layers.analysis.sensitivity import sensitivity
from layers.analysis.two_level import MODELS, TwoLevelRequest, two_level
from layers.store.io import load_dataset

RUNS = 20
KRAKOW = "1261011"
SECONDARY = ("1219053", "1219043", "1206113")
INDICATORS = ("population", "own_revenue_per_capita")
REQUEST = TwoLevelRequest("kom2003", KRAKOW, SECONDARY)


def print_areas(dataset: Dataset) -> None:
    """Print each model's table of areas."""
    names = dataset.store.gminas["name"]
    for model in MODELS:
        table = two_level(dataset, TwoLevelRequest("kom2003", KRAKOW, SECONDARY, model=model)).table
        shown = table.assign(name=names.reindex(table.index).to_numpy()).set_index("name")
        shown["captured_share"] = (100 * shown["captured_share"]).round(1)
        shown["core_share"] = (100 * shown["core_share"]).round(1)
        print(f"\n{model}: level, gminas, in the core's area, population, flow to the centre,")
        print("% of the area's outflow to the centre, % to the core, overlap gminas")
        print(shown.to_string())


def print_proposal(dataset: Dataset) -> None:
    """Print the proposed centres and the criteria each meets."""
    proposal = proposed_centres(dataset, "kom2003", KRAKOW)
    names = dataset.store.gminas["name"]
    print("\nproposed secondary centres (KOM 2003, core Kraków):")
    for code, row in proposal[proposal["proposed"]].iterrows():
        met = [f"{key} #{int(row[f'{key}_rank'])}" for key in CRITERIA if row[f"{key}_met"]]
        print(f"  {names[code]} ({code}): {', '.join(met)}")


def print_sensitivity(dataset: Dataset) -> None:
    """Print the sizes of the areas over the grid and the robust gminas."""
    grid = sensitivity(dataset, REQUEST, INDICATORS)
    names = dataset.store.gminas["name"]
    print("\nsensitivity (gminas per area):")
    print(grid.counts.rename(columns=names).to_string())
    robust = int(grid.stability.eq(1.0).sum())
    print(f"robust: {robust} of {len(grid.stability)} gminas in all {grid.centres.shape[1]} runs")


def print_timings(dataset: Dataset) -> None:
    """Print the median time of each computation."""
    calls = {
        **{f"two_level {m}": (lambda m=m: two_level(dataset, _model(m))) for m in MODELS},
        "proposed_centres": lambda: proposed_centres(dataset, "kom2003", KRAKOW),
        "pull outflow_share": lambda: pull_toward(dataset, PullRequest("kom2003", SECONDARY[0])),
        "pull huff_change": lambda: pull_toward(
            dataset, PullRequest("kom2003", SECONDARY[0], "huff_change", competitors=(KRAKOW,))
        ),
        "sensitivity 2 × 5 runs": lambda: sensitivity(dataset, REQUEST, INDICATORS),
    }
    print(f"\nmedian of {RUNS} runs, ms:")
    for name, call in calls.items():
        call()
        print(f"  {name}: {median_ms(call, RUNS):.1f}")


def _model(model: str) -> TwoLevelRequest:
    return TwoLevelRequest("kom2003", KRAKOW, SECONDARY, model=model)


def main() -> None:
    """Load the store and print the figures."""
    pd.set_option("display.width", 160)
    dataset = load_dataset(Path("geodata/store"), Path("geodata"))
    dataset.gmina_points  # noqa: B018 (made once, as the app holds it)
    print_areas(dataset)
    print_proposal(dataset)
    print_sensitivity(dataset)
    print_timings(dataset)


if __name__ == "__main__":
    main()
