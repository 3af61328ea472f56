"""Indicators at other levels: units drawn, geometry sent once, and a switch's answer.

Run: ``python -m bench.levels`` (after ``flask --app app build``).

Prints, per unit scope a map of a powiat or district indicator draws (and the gmina
scopes beside them): the units, the bytes of its geometry (sent once per scope, at its
digest), and the median bytes and milliseconds of the explorer's indicator switch to
that indicator (the real Dash callback, no cache); then the share of the units with a
value in each indicator's latest year.
"""

from __future__ import annotations

import statistics

from app import create_app
from bench.choropleth import our_switch
from bench.dash_wire import Wire
from layers.analysis.levels import unit_codes, unit_scope
from layers.analysis.values import values_in
from server.data import current_dataset
from server.geometry import held_geometry

REPEATS = 5
VIEWS = (
    ("smk", "population"),
    ("smk", "avg_gross_salary_powiat"),
    ("poland", "population"),
    ("poland", "avg_gross_salary_powiat"),
    ("districts", "district_density"),
)
"""(scope, indicator) pairs timed: each powiat or district view beside a gmina one."""


def main() -> None:
    """Print the table of views, then each level indicator's coverage."""
    app = create_app({"CACHE_TYPE": "NullCache"})
    with app.server.test_request_context(), app.server.test_client() as client:
        dataset, wire = current_dataset(), Wire.read(client)
        head = f"{'scope':<11}{'indicator':<26}{'units drawn':<23}{'geometry B':>12}"
        print(f"{head}{'answer B':>10}{'ms':>7}")
        for scope, indicator_id in VIEWS:
            units = unit_scope(scope, dataset.catalog[indicator_id].level)
            runs = [our_switch(wire, scope, indicator_id) for _ in range(REPEATS)]
            size, ms = (statistics.median(x) for x in zip(*runs, strict=True))
            geometry = len(held_geometry(units, "pl").body)
            count = len(unit_codes(dataset, units))
            print(
                f"{scope:<11}{indicator_id:<26}{count:>6} {units:<16}"
                f"{geometry:>12,}{size:>10,.0f}{ms:>7.1f}"
            )
        print(f"\n{'indicator (latest year)':<34}{'level':<9}{'units with a value':>20}")
        for indicator in dataset.catalog.values():
            if indicator.level == "gmina":
                continue
            codes = unit_codes(dataset, unit_scope("poland", indicator.level))
            year = max(indicator.years)
            filled = int(values_in(dataset.values, indicator, year, codes).notna().sum())
            print(f"{indicator.id + f' ({year})':<34}{indicator.level:<9}{filled:>14}/{len(codes)}")


if __name__ == "__main__":
    main()
