"""Saving both levels as named areas: the core's area and each secondary centre's, one set."""

from __future__ import annotations

import dataclasses
import logging

import dash
from dash import Input, Output, State
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert, shown_alert
from layers.analysis.two_level import TwoLevel, TwoLevelRequest
from layers.errors import GeoportalError
from layers.store.saved_areas import SavedArea, save_area, saved_areas
from server.access import marked_internal
from server.data import current_dataset, current_labels
from server.database import current_database
from server.i18n import text
from server.roles import require_role

KIND = "delimitation"
"""Saved as delimitations: each level is a functional area made of whole gminas."""
LOG = logging.getLogger(__name__)


def areas_of(request: TwoLevelRequest, result: TwoLevel) -> dict:
    """Return what saving needs (JSON): the settings and each area's centre, level and gminas."""
    gminas = result.gminas
    areas = [
        {
            "centre": head,
            "level": int(row["level"]),
            "members": list(
                gminas.index[
                    gminas["first_level"] if row["level"] == 1 else gminas["centre"] == head
                ]
            ),
        }
        for head, row in result.table.iterrows()
    ]
    return {"request": dataclasses.asdict(request), "areas": areas}


def named_areas(
    stored: dict, prefix: str, internal: bool, author: str, lang: str
) -> list[SavedArea]:
    """Return the areas to save, each named "<prefix> — <centre> (level <n>)", by ``author``."""
    labels = current_labels(lang)
    outlines = current_dataset().store.gminas.geometry
    areas = []
    for area in stored["areas"]:
        name = text("twolevel_saved_name", lang).format(
            prefix=prefix.strip(), centre=labels[area["centre"]], level=area["level"]
        )
        params = {
            **stored["request"],
            "centre": area["centre"],
            "level": area["level"],
            "set": prefix.strip(),
        }
        areas.append(
            SavedArea(
                name=name,
                kind=KIND,
                members=tuple(area["members"]),
                geometry=outlines.loc[area["members"]].union_all().__geo_interface__,
                params=params,
                internal=internal,
                author=author,
            )
        )
    return areas


def update_saved(
    *,
    clicks: int | None,
    prefix: str | None,
    stored: dict | None,
    lang: str,
    checked: list[str] | None,
) -> str | object:
    """User presses "save both levels": store the core's area and each centre's under one name.

    Only a signed-in official (or admin) saves; anyone else gets the refusal as an alert.
    """
    if not clicks or not stored:
        raise PreventUpdate
    if not (prefix or "").strip():
        return shown_alert(text("error_saved_area", lang))
    engine = current_database()
    try:
        author = require_role()
        areas = named_areas(stored, prefix or "", marked_internal(checked), author, lang)
        taken = {area.name for area in saved_areas(engine)}
        clash = next((area.name for area in areas if area.name in taken), None)
        if clash:
            return shown_alert(text("twolevel_name_taken", lang).format(name=clash))
        saved = [save_area(engine, area) for area in areas]
    except GeoportalError as error:
        return alert(error, lang)
    LOG.info("two-level areas saved: ids %s by %s", saved, author)
    names = ", ".join(area.name for area in areas)
    return text("twolevel_saved", lang).format(count=len(saved), names=names)


def register(app: dash.Dash) -> None:
    """Wire the save button of both levels."""
    app.callback(
        output=Output(ids.TWOLEVEL_SAVED, "children"),
        inputs={"clicks": Input(ids.TWOLEVEL_SAVE, "n_clicks")},
        state={
            "prefix": State(ids.TWOLEVEL_NAME, "value"),
            "stored": State(ids.TWOLEVEL_AREAS, "data"),
            "lang": State(ids.LANG_STORE, "data"),
            "checked": State(ids.TWOLEVEL_INTERNAL, "value"),
        },
        prevent_initial_call=True,
    )(update_saved)
