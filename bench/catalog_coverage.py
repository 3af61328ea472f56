"""The catalog's size by theme and level, and the share of gmina-years it fills per scope.

Run: ``python -m bench.catalog_coverage [STORE_DIR]`` (after ``make store``; default: the
configured store).

Prints the number of indicators per theme and per level (an indicator without a level is a
gmina indicator), then per indicator the share of gmina-years that hold a value in the SMK,
Małopolska and Poland: values stored for the scope's gminas over its catalog years, divided
by gminas × years. The last line is the same share over every indicator together. Change
indicators (computed live from another one) are left out. Only gmina-level indicators are
counted in the shares (a powiat or district indicator has no gmina-years).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.store.io import load_dataset
from server.settings import GEODATA_DIR, settings

SCOPES = {"smk": "SMK", "malopolska": "Małopolska", "poland": "Poland"}


def level_of(indicator: object) -> str:
    """Return an indicator's level (``gmina`` for a catalog that has no levels yet)."""
    return str(getattr(indicator, "level", "gmina"))


def filled_shares(dataset: Dataset) -> pd.DataFrame:
    """Return per gmina indicator and scope the filled and possible gmina-years."""
    values = dataset.store.values
    rows = []
    for indicator in dataset.catalog.values():
        if indicator.is_change or level_of(indicator) != "gmina":
            continue
        held = values[values["indicator"] == indicator.id]
        held = held[held["year"].isin(indicator.years) & held["value"].notna()]
        for scope in SCOPES:
            codes = scope_codes(scope, dataset.codes, dataset.areas)
            filled = int(held["teryt"].isin(codes).sum())
            rows.append((indicator.id, scope, filled, len(codes) * len(indicator.years)))
    return pd.DataFrame(rows, columns=["indicator", "scope", "filled", "possible"])


def main() -> None:
    """Print the tables."""
    store_dir = Path(sys.argv[1] if len(sys.argv) > 1 else settings()["STORE_DIR"])
    dataset = load_dataset(store_dir, GEODATA_DIR)
    catalog = dataset.catalog.values()
    print(f"indicators: {len(dataset.catalog)}")
    for label, key in (("theme", lambda i: i.theme), ("level", level_of)):
        counts = pd.Series([key(i) for i in catalog]).value_counts().sort_index()
        print(f"by {label}:", ", ".join(f"{name} {count}" for name, count in counts.items()))
    shares = filled_shares(dataset)
    table = shares.pivot(index="indicator", columns="scope", values=["filled", "possible"])
    print(f"\n{'indicator':38}" + "".join(f"{name:>12}" for name in SCOPES.values()))
    for indicator in dict.fromkeys(shares["indicator"]):
        row = table.loc[indicator]
        cells = (row["filled"][scope] / row["possible"][scope] for scope in SCOPES)
        print(f"{indicator:38}" + "".join(f"{cell:12.1%}" for cell in cells))
    totals = shares.groupby("scope")[["filled", "possible"]].sum()
    overall = (totals["filled"][scope] / totals["possible"][scope] for scope in SCOPES)
    print(f"{'all gmina indicators':38}" + "".join(f"{cell:12.1%}" for cell in overall))
    filled = totals["filled"]
    print("filled gmina-years:", {SCOPES[scope]: int(filled[scope]) for scope in SCOPES})


if __name__ == "__main__":
    main()
