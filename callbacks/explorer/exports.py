"""Exports of the map explorer's view: map (PNG, SVG), data (CSV…GPKG) and the state report."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date

import dash
import flask
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.explorer import area_layers
from callbacks.explorer.map_view import view_controls
from layers.analysis.catalog import indicator_of
from layers.errors import GeoportalError
from layers.render.alt_text import map_alt_text
from layers.render.choropleth import ViewRequest, area_outline, classed_values
from layers.render.dates import warsaw_today
from layers.render.report import EXTRA_STEPS, state_report
from layers.render.report_html import report_html
from layers.render.report_pdf import report_pdf
from layers.render.static_map import SIZES, MapStyle, image_size
from layers.render.view_export import DATA_FORMATS, MAP_FORMATS, view_file, view_file_name
from server.cache import cache
from server.data import current_area, current_dataset, current_labels, current_unit_labels
from server.export_texts import map_texts, report_texts
from server.i18n import dropdown_labels, text, text_in
from server.paint import view_request
from server.text_keys import AREA_KEYS, EXPORT_KEYS

CUSTOM = "custom"
REPORT_FORMATS = ("pdf", "html")
REPORT_BUTTONS = {"pdf": ids.REPORT_PDF, "html": ids.REPORT_HTML}
REQUEST_HEADERS = ("cookie", "authorization")
"""Headers of the request that started a report job that tell who asked (session, token)."""
REPORT_WRITERS = {"pdf": report_pdf, "html": report_html}


def _buttons(formats: tuple[str, ...], lang: str) -> html.Div:
    return html.Div(
        [
            html.Button(
                text(EXPORT_KEYS[name], lang), id={"type": ids.EXPORT_BUTTON, "index": name}
            )
            for name in formats
        ],
        className="save-row",
    )


def layout(lang: str) -> html.Div:
    """Return the export panel: image size, map, data and report buttons, download targets.

    The report's store holds an id of this page load: Dash names a background job by its
    arguments, so two pages asking for the same report at once still get a job each.
    """
    size_options = [{"label": key.replace("x", " × "), "value": key} for key in SIZES]
    size_options.append({"label": text("exports_size_custom", lang), "value": CUSTOM})
    number = {"type": "number", "min": 400, "max": 4000, "step": 1, "debounce": True}
    return html.Div(
        [
            html.H3(text_in("heading", "export", lang)),
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
            html.Div(id=ids.EXPORT_NOTICE, role="status"),
            html.P(id=ids.EXPORT_ALT, className="export-alt"),
            dcc.Download(id=ids.EXPORT_DOWNLOAD),
            html.H4(text("exports_report", lang)),
            html.Div(
                [
                    html.Button(text(EXPORT_KEYS[name], lang), id=REPORT_BUTTONS[name])
                    for name in REPORT_FORMATS
                ],
                className="save-row",
            ),
            html.Div(
                [
                    html.Progress(id=ids.REPORT_PROGRESS, value="0", max="1"),
                    html.Div(id=ids.REPORT_PROGRESS_TEXT, role="status"),
                ],
                id=ids.REPORT_PROGRESS_BOX,
                hidden=True,
            ),
            html.Div(id=ids.REPORT_NOTICE, role="status"),
            dcc.Store(id=ids.REPORT_PAGE, data=uuid.uuid4().hex),
            dcc.Download(id=ids.REPORT_DOWNLOAD),
        ],
        className="export-panel",
    )


def area_label(choice: str, lang: str) -> str:
    """Return the name of a fixed area id or of a ``saved:<id>`` choice."""
    if choice.startswith(area_layers.SAVED):
        return current_area(int(choice.removeprefix(area_layers.SAVED))).name
    return text(AREA_KEYS[choice], lang)


@cache.memoize(args_to_ignore=["progress"])
def cached_report(  # noqa: PLR0913 (the last two are keyword-only)
    scope: str,
    lang: str,
    file_format: str,
    day: str,
    *,
    area: str | None = None,
    progress: Callable | None = None,
) -> bytes:
    """Return the state report of a scope as PDF or HTML (cached per day).

    ``area`` is the explorer's area layer (``smk``, ``kom2003`` or ``saved:<id>``): the
    maps outline it and the time series aggregate it (default SMK). ``progress`` is
    called with (step, steps) as the report's pages are made, the last step being the
    writing of the file.
    """

    def step(done: int, steps: int) -> None:  # the steps of the content, then the file
        if progress is not None:
            progress(done, steps + 1)

    report = state_report(
        current_dataset(),
        scope,
        current_labels(lang),
        report_texts(scope, lang, area_label(area, lang) if area else None),
        date.fromisoformat(day),
        progress=step,
        area=area_layers.area_members(area) if area else None,
    )
    content = REPORT_WRITERS[file_format](report)
    content_steps = len(report.sections) + EXTRA_STEPS
    step(content_steps + 1, content_steps)
    return content


def report_progress(step: int, steps: int, lang: str) -> tuple[str, str, str]:
    """Return the progress bar's value and maximum and the text of a report job's step."""
    return str(step), str(steps), text("report_progress", lang).format(step=step, steps=steps)


def report_job(
    set_progress: Callable, server: flask.Flask, request: Mapping[str, str], headers: dict
) -> tuple:
    """Make the report a job asked for (in the job's process); return the download or an alert.

    ``request`` holds ``scope``, ``lang``, ``format`` and the explorer's area layer
    ``area`` (None for none). The job runs outside the web
    request, so it rebuilds one from the asker's session cookie and token: the report
    has internal indicators only for a signed-in official, as the page does.
    """
    lang = request["lang"]
    asker = {key: value for key, value in headers.items() if key.lower() in REQUEST_HEADERS}
    day = warsaw_today().isoformat()
    with server.test_request_context("/", headers=asker):
        try:
            content = cached_report(
                request["scope"],
                lang,
                request["format"],
                day,
                area=request.get("area"),
                progress=lambda step, steps: set_progress(report_progress(step, steps, lang)),
            )
        except GeoportalError as error:
            return dash.no_update, alert(error, lang)
    name = f"raport_{request['scope']}_{day}.{request['format']}"
    return dcc.send_bytes(content, name), None


def _size(choice: str, width: float | None, height: float | None) -> tuple[int, int]:
    return image_size(width, height) if choice == CUSTOM else SIZES[choice]


def map_style(
    request: ViewRequest, overlay: str | None, size: tuple[int, int], lang: str
) -> MapStyle:
    """Return the texts, today's date in Warsaw and the outlined area of an exported map."""
    level = indicator_of(current_dataset().catalog, request.indicator).level
    texts = map_texts(request.scope, lang, level)
    gminas = current_dataset().store.gminas
    highlight = area_outline(gminas, area_layers.area_members(overlay)) if overlay else None
    return MapStyle(texts, warsaw_today(), size, highlight)


def update_download(  # noqa: PLR0913 (one keyword per control)
    *,
    clicks: list,
    scope: str,
    indicator_id: str,
    year: int,
    options: dict,
    overlay: str | None,
    size: dict,
    lang: str,
) -> tuple:
    """User presses an export button: send the map, the data or the report, or say what is wrong.

    ``options`` are the map's class settings by name, ``size`` the image's size choice,
    ``width`` and ``height``. A map's text alternative is shown under the buttons.
    """
    if not any(clicks) or not isinstance(ctx.triggered_id, dict):
        raise PreventUpdate
    file_format = ctx.triggered_id["index"]
    try:
        request = view_request(scope, indicator_id, year, options)
        style = map_style(request, overlay, _size(**size), lang)
        labels = current_unit_labels(lang)
        content = view_file(current_dataset(), request, file_format, style, labels)
    except GeoportalError as error:
        return dash.no_update, alert(error, lang), dash.no_update
    download = dcc.send_bytes(content, view_file_name(request, file_format))
    return download, None, alt_text_line(request, style, lang) if file_format in MAP_FORMATS else ""


def alt_text_line(request: ViewRequest, style: MapStyle, lang: str) -> str:
    """Return the exported map's text alternative as the panel shows it, to paste as alt text."""
    classed = classed_values(current_dataset(), request)
    alt = map_alt_text(classed, request, style.texts)
    label = text("exports_alt_text", lang)
    return f"{label}: {alt.description}"


def register_report(app: dash.Dash) -> None:
    """Wire the report buttons: a background job with progress, the buttons off meanwhile."""
    server = app.server

    def run_report(
        set_progress: Callable,
        _pdf: int,
        _html: int,
        scope: str,
        lang: str,
        _page: str,
        area: str | None = None,
    ) -> tuple:
        file_format = {button: name for name, button in REPORT_BUTTONS.items()}[ctx.triggered_id]
        request = {"scope": scope, "lang": lang, "format": file_format, "area": area}
        return report_job(set_progress, server, request, ctx.headers)

    app.callback(
        Output(ids.REPORT_DOWNLOAD, "data"),
        Output(ids.REPORT_NOTICE, "children"),
        *[Input(REPORT_BUTTONS[name], "n_clicks") for name in REPORT_FORMATS],
        State(ids.SCOPE_RADIO, "value"),
        State(ids.LANG_STORE, "data"),
        State(ids.REPORT_PAGE, "data"),
        State(ids.AREA_OVERLAY, "value"),
        background=True,
        running=[
            *[(Output(REPORT_BUTTONS[name], "disabled"), True, False) for name in REPORT_FORMATS],
            (Output(ids.REPORT_PROGRESS_BOX, "hidden"), False, True),
        ],
        progress=[
            Output(ids.REPORT_PROGRESS, "value"),
            Output(ids.REPORT_PROGRESS, "max"),
            Output(ids.REPORT_PROGRESS_TEXT, "children"),
        ],
        progress_default=["0", "1", ""],
        prevent_initial_call=True,
    )(run_report)


def register(app: dash.Dash) -> None:
    """Wire the export buttons."""
    app.callback(
        output=[
            Output(ids.EXPORT_DOWNLOAD, "data"),
            Output(ids.EXPORT_NOTICE, "children"),
            Output(ids.EXPORT_ALT, "children"),
        ],
        inputs={"clicks": Input({"type": ids.EXPORT_BUTTON, "index": ALL}, "n_clicks")},
        state={
            **view_controls(State),
            "overlay": State(ids.AREA_OVERLAY, "value"),
            "size": {
                "choice": State(ids.EXPORT_SIZE, "value"),
                "width": State(ids.EXPORT_WIDTH, "value"),
                "height": State(ids.EXPORT_HEIGHT, "value"),
            },
            "lang": State(ids.LANG_STORE, "data"),
        },
        prevent_initial_call=True,
    )(update_download)
    register_report(app)
