"""Exports of the map explorer's view: map (PNG, SVG), data (CSV…GPKG) and the state report."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import area_layers, ids
from callbacks.alerts import alert
from callbacks.cache import cache
from callbacks.data import current_dataset, current_labels
from callbacks.explorer import VIEW_OPTIONS, view_request
from callbacks.i18n import ATTRIBUTION, dropdown_labels, text
from layers.choropleth import area_outline
from layers.errors import GeoportalError
from layers.report import ReportTexts, state_report
from layers.report_html import report_html
from layers.report_pdf import report_pdf
from layers.static_map import SIZES, MapStyle, MapTexts, image_size
from layers.view_export import DATA_FORMATS, MAP_FORMATS, view_file, view_file_name

CUSTOM = "custom"
REPORT_FORMATS = ("pdf", "html")
REPORT_WRITERS = {"pdf": report_pdf, "html": report_html}
EXPLORER_STATE = (
    ids.SCOPE_RADIO,
    ids.INDICATOR_DROPDOWN,
    ids.YEAR_SLIDER,
    ids.BASE_YEAR_DROPDOWN,
    ids.SCHEME_DROPDOWN,
    ids.CLASSES_SLIDER,
    ids.BREAKS_INPUT,
    ids.PALETTE_DROPDOWN,
    ids.REVERSE_CHECK,
    ids.AREA_OVERLAY,
)
"""The explorer's controls the export reads, in the callback's state order."""


def _buttons(formats: tuple[str, ...], lang: str) -> html.Div:
    return html.Div(
        [
            html.Button(
                text(f"exports_{name}", lang), id={"type": ids.EXPORT_BUTTON, "index": name}
            )
            for name in formats
        ],
        className="save-row",
    )


def layout(lang: str) -> html.Div:
    """Return the export panel: image size, map, data and report buttons, download target."""
    size_options = [{"label": key.replace("x", " × "), "value": key} for key in SIZES]
    size_options.append({"label": text("exports_size_custom", lang), "value": CUSTOM})
    number = {"type": "number", "min": 400, "max": 4000, "step": 1, "debounce": True}
    return html.Div(
        [
            html.H3(text("exports_title", lang)),
            html.P(text("exports_help", lang)),
            html.Label(text("exports_size", lang)),
            dcc.Dropdown(
                id=ids.EXPORT_SIZE,
                options=size_options,
                value=next(iter(SIZES)),
                clearable=False,
                labels=dropdown_labels(lang),
            ),
            html.Div(
                [
                    dcc.Input(
                        id=ids.EXPORT_WIDTH, placeholder=text("exports_width", lang), **number
                    ),
                    dcc.Input(
                        id=ids.EXPORT_HEIGHT, placeholder=text("exports_height", lang), **number
                    ),
                ],
                className="save-row",
            ),
            html.H4(text("exports_map", lang)),
            _buttons(MAP_FORMATS, lang),
            html.H4(text("exports_data", lang)),
            _buttons(DATA_FORMATS, lang),
            html.H4(text("exports_report", lang)),
            _buttons(REPORT_FORMATS, lang),
            html.Div(id=ids.EXPORT_NOTICE, role="status"),
            dcc.Download(id=ids.EXPORT_DOWNLOAD),
        ],
        className="export-panel",
    )


def report_texts(scope: str, lang: str) -> ReportTexts:
    """Return the report's texts in ``lang`` (``report_<field>`` keys, shared ones reused)."""
    shared = {
        "scope": text(f"scope_{scope}", lang),
        "attribution": ATTRIBUTION,
        "nodata": text("legend_nodata", lang),
        "exported": text("exports_exported", lang),
        "source": text("source", lang),
        "lang": lang,
    }
    own = {
        f.name: text(f"report_{f.name}", lang) for f in fields(ReportTexts) if f.name not in shared
    }
    return ReportTexts(**own, **shared)


@cache.memoize()
def cached_report(scope: str, lang: str, file_format: str, day: str) -> bytes:
    """Return the state report of a scope as PDF or HTML (cached per day)."""
    report = state_report(
        current_dataset(),
        scope,
        current_labels(lang),
        report_texts(scope, lang),
        date.fromisoformat(day),
    )
    return REPORT_WRITERS[file_format](report)


def _size(choice: str, width: float | None, height: float | None) -> tuple[int, int]:
    return image_size(width, height) if choice == CUSTOM else SIZES[choice]


def _map_style(scope: str, overlay: str | None, size: tuple[int, int], lang: str) -> MapStyle:
    texts = MapTexts(
        text(f"scope_{scope}", lang),
        text("legend_nodata", lang),
        text("exports_exported", lang),
        ATTRIBUTION,
        lang,
    )
    gminas = current_dataset().store.gminas
    highlight = area_outline(gminas, area_layers.area_members(overlay)) if overlay else None
    return MapStyle(texts, date.today(), size, highlight)


def update_download(clicks: list, *state: object) -> tuple:
    """User presses an export button: send the map, the data or the report, or say what is wrong."""
    if not any(clicks) or not isinstance(ctx.triggered_id, dict):
        raise PreventUpdate
    file_format = ctx.triggered_id["index"]
    scope, indicator, year, *options, overlay, size, width, height, lang = state
    try:
        if file_format in REPORT_FORMATS:
            day = date.today().isoformat()
            content = cached_report(scope, lang, file_format, day)
            return dcc.send_bytes(content, f"raport_{scope}_{day}.{file_format}"), None
        request = view_request(
            scope, indicator, year, dict(zip(VIEW_OPTIONS, options, strict=True))
        )
        style = _map_style(scope, overlay, _size(size, width, height), lang)
        content = view_file(current_dataset(), request, file_format, style, current_labels(lang))
    except GeoportalError as error:
        return dash.no_update, alert(error, lang)
    return dcc.send_bytes(content, view_file_name(request, file_format)), None


def register(app: dash.Dash) -> None:
    """Wire the export buttons."""
    app.callback(
        Output(ids.EXPORT_DOWNLOAD, "data"),
        Output(ids.EXPORT_NOTICE, "children"),
        Input({"type": ids.EXPORT_BUTTON, "index": ALL}, "n_clicks"),
        *[State(component, "value") for component in EXPLORER_STATE],
        State(ids.EXPORT_SIZE, "value"),
        State(ids.EXPORT_WIDTH, "value"),
        State(ids.EXPORT_HEIGHT, "value"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(update_download)
