"""The explorer's paint requests and what follows the map's repaint, as wired."""

from __future__ import annotations

from callbacks import ids


def inputs_of(callback: dict) -> set[str]:
    return {item["id"] for item in callback["inputs"]}


def test_a_new_indicator_is_painted_without_waiting_for_its_years(app):
    wired = [inputs_of(callback) for callback in app.callback_map.values()]
    controls = next(
        found
        for found in wired
        if ids.INDICATOR_DROPDOWN in found and ids.PALETTE_DROPDOWN in found
    )
    years = next(found for found in wired if {ids.YEAR_SLIDER, ids.BASE_YEAR_DROPDOWN} <= found)

    assert ids.YEAR_SLIDER not in controls and ids.BASE_YEAR_DROPDOWN not in controls
    assert ids.INDICATOR_DROPDOWN not in years


def test_what_depends_on_the_indicator_alone_follows_the_shown_view(app):
    follows = app.callback_map[f"{ids.MAP_SHOWN_INDICATOR}.data"]
    assert inputs_of(follows) == {ids.MAP_SHOWN_VIEW}
    on_indicator = [
        output
        for output, callback in app.callback_map.items()
        if ids.INDICATOR_DROPDOWN in inputs_of(callback) and "explorer-year-slider" in output
    ]
    assert on_indicator == []  # the year control waits for the map, not the dropdown
