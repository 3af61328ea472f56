"""The comparison's group taken from a saved area (a delimitation, a zone, a LISA cluster)."""

from __future__ import annotations

import dash
from dash import Input, Output, State, dcc
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.explorer.area_layers import SAVED, area_members
from layers.errors import DatabaseUnavailableError, GeoportalError
from server.data import current_areas, current_dataset
from server.i18n import dropdown_labels, text

MAX_AREA = 15
"""The most gminas an area may have to become the comparison group (as the SMK preset)."""


def control(lang: str) -> dcc.Dropdown:
    """Return the chooser of a saved area whose gminas become the comparison group."""
    return dcc.Dropdown(
        id=ids.COMPARE_AREA_PICK,
        labels=dropdown_labels(lang),
        placeholder=text("compare_area_pick", lang),
    )


def update_area_picks(tab: str, lang: str) -> list[dict]:
    """User opens a tab: offer every saved area, those of 2–15 gminas to choose."""
    return [
        {
            "label": f"{area.name} ({len(area.members)})",
            "value": f"{SAVED}{area.id}",
            "disabled": not 2 <= len(area.members) <= MAX_AREA,
        }
        for area in current_areas()
    ]


def update_selection(choice: object) -> list[str]:
    """User picks a saved area: its gminas become the comparison group."""
    if not isinstance(choice, str) or not choice.removeprefix(SAVED).isdigit():
        raise PreventUpdate
    try:
        members = area_members(choice)
    except GeoportalError:
        raise PreventUpdate from None
    return [code for code in members if code in current_dataset().codes]


def whole_area(selected: list[str]) -> bool:
    """Return whether ``selected`` is SMK or a saved area's gminas (up to 15 are compared then).

    With the database unreachable only SMK counts (the comparison still answers).
    """
    chosen = set(selected)
    if chosen == set(current_dataset().areas["smk"]):
        return True
    try:
        return any(chosen == set(area.members) for area in current_areas())
    except DatabaseUnavailableError:
        return False


def register(app: dash.Dash) -> None:
    """Wire the area chooser: its options, and the selection it sets."""
    app.callback(
        Output(ids.COMPARE_AREA_PICK, "options"),
        Input(ids.TABS, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_area_picks)
    app.callback(
        Output(ids.COMPARE_GMINAS_DROPDOWN, "value", allow_duplicate=True),
        Input(ids.COMPARE_AREA_PICK, "value"),
        prevent_initial_call=True,
    )(update_selection)
