"""``bench.scope_walk`` counts hops, climbs, returns and look-ups as its docstring says."""

from __future__ import annotations

from bench.scope_walk import Walk, rank


def test_a_walk_counts_its_hops_climbs_and_returns():
    walk = Walk(
        hops=[
            ("callbacks/maps.py", "server/data.py", "current_dataset"),
            ("callbacks/maps.py", "layers/render/choropleth.py", "choropleth_view"),
            ("layers/render/choropleth.py", "layers/analysis/catalog.py", "indicator_of"),
            ("callbacks/maps.py", "layers/analysis/catalog.py", "unit"),
            ("callbacks/maps.py", "server/data.py", "current_dataset"),
        ]
    )
    walk.lookups.update(["indicator_of"])

    figures = walk.figures()

    assert figures["hops"] == 5
    assert figures["modules"] == 4
    assert figures["climbs"] == 3  # back up to callbacks after server, render and analysis
    assert figures["returns"] == 2  # catalog and server/data entered again
    assert (figures["indicator_of"], figures["scope_codes"]) == (1, 0)


def test_rooms_rank_from_analysis_to_callbacks():
    modules = [
        "layers/analysis/values.py",
        "layers/store/io.py",
        "layers/render/legend.py",
        "server/data.py",
        "callbacks/maps.py",
    ]

    assert [rank(module) for module in modules] == [0, 1, 2, 3, 4]
    assert rank("layers/errors.py") == 0
