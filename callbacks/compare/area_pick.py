"""The comparison's group taken from a saved area (a delimitation, a zone, a LISA cluster)."""

from __future__ import annotations

from dash.exceptions import PreventUpdate

from callbacks.explorer.area_layers import SAVED, area_members
from layers.errors import GeoportalError
from server.data import current_areas, current_dataset

MAX_AREA = 15
"""The most gminas an area may have to become the comparison group (as the SMK preset)."""


def picked_area(choice: object) -> list[str]:
    """Return the gminas of a saved area picked as the comparison group (none when odd)."""
    if not isinstance(choice, str) or not choice.startswith(SAVED):
        raise PreventUpdate
    try:
        members = area_members(choice)
    except (GeoportalError, ValueError):
        raise PreventUpdate from None
    return [code for code in members if code in current_dataset().codes]


def update_area_picks(tab: str, lang: str) -> list[dict]:
    """User opens a tab: offer every saved area small enough to compare (2–15 gminas)."""
    return [
        {
            "label": f"{area.name} ({len(area.members)})",
            "value": f"{SAVED}{area.id}",
            "disabled": not 2 <= len(area.members) <= MAX_AREA,
        }
        for area in current_areas()
    ]


def whole_area(selected: list[str], area: object) -> bool:
    """Return whether ``selected`` is SMK or the saved area picked (up to 15 allowed)."""
    chosen = set(selected)
    if chosen == set(current_dataset().areas["smk"]):
        return True
    try:
        return chosen == set(picked_area(area))
    except PreventUpdate:
        return False
