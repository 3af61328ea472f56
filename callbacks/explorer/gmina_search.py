"""Find a gmina on the map: type its name (any case form) or code, and the map zooms to it.

Picking a gmina outlines it and opens its panel, as a click on the map does: it is also
the keyboard's way to a gmina.
"""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.gmina_choice import gmina_options
from callbacks.maps import fitted
from layers.analysis.scopes import scope_codes
from server.data import current_dataset
from server.i18n import dropdown_labels, text


def control(lang: str) -> html.Div:
    """Return the search box, labelled, for the top of the map."""
    return html.Div(
        [
            html.Label(text("gmina_search", lang), htmlFor=ids.GMINA_SEARCH),
            dcc.Dropdown(
                id=ids.GMINA_SEARCH,
                options=[],
                placeholder=text("gmina_search_placeholder", lang),
                labels=dropdown_labels(lang),
                searchable=True,
                clearable=True,
            ),
        ],
        className="map-search",
        role="search",
    )


def update_options(search: str | None, chosen: str | None, scope: str, lang: str) -> list:
    """User types in the box: offer the scope's gminas that match, the chosen one kept."""
    dataset = current_dataset()
    within = scope_codes(scope, dataset.codes, dataset.areas)
    kept = [chosen] if isinstance(chosen, str) and chosen in within else []
    return gmina_options(search, kept, lang, within)


def zoom_to_gmina(teryt: str | None) -> tuple[str, Patch]:
    """User picks a gmina: select it (outline and panel) and fit the map to it."""
    dataset = current_dataset()
    if not isinstance(teryt, str) or teryt not in dataset.codes:
        raise PreventUpdate
    return teryt, fitted(Patch(), dataset.gmina_bounds(teryt))


def register(app: dash.Dash) -> None:
    """Wire the search box to the map and the gmina panel."""
    app.callback(
        Output(ids.GMINA_SEARCH, "options"),
        Input(ids.GMINA_SEARCH, "search_value"),
        Input(ids.GMINA_SEARCH, "value"),
        State(ids.SCOPE_RADIO, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_options)
    app.callback(
        Output(ids.SELECTED_STORE, "data", allow_duplicate=True),
        Output(ids.MAP_STATE, "data", allow_duplicate=True),
        Input(ids.GMINA_SEARCH, "value"),
        prevent_initial_call=True,
    )(zoom_to_gmina)
