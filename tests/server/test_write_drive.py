"""Every server callback of the app, driven with plausible values: visitors change nothing.

Each callback of ``/_dash-dependencies`` (background ones too) is sent once with the page's
values and plausible ones for what a user fills in (click counts 1, a valid upload, names,
members, an outline, the ids of stored items). As a visitor the SQLite file stays byte for
byte the same; as an official the same drive changes rows (so the test can fail).
``pytest -s`` prints the figures.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from bench.dash_wire import Page, input_matches
from bench.load_browser import Browser
from callbacks import ids
from layers.store.database import open_database
from layers.store.job_results import saved_job_result
from layers.store.saved_views import Presentation, SavedView, save_presentation, save_view
from layers.store.user_indicators import UserIndicator, save_user_indicator
from server.database import database_url
from tests.support.access_fixtures import KRAKOW, SQUARE, USER, WIELICZKA, signed_in_client
from tests.support.upload_files import GOOD_CSV, data_url

CLICKS = ("n_clicks", "submit_n_clicks")


def seeded(app) -> dict[str, object]:
    """Store a view, a presentation, an own indicator and a BDL job result; return their ids."""
    database = open_database(database_url(app.server.config))
    view = save_view(database, SavedView("Widok", "?scope=smk", author=USER))
    deck = save_presentation(database, Presentation("Prezentacja", (view,), author=USER))
    meta = UserIndicator("Wskaźnik", "szt.", "UG", "neutral", "sum", USER)
    rows = [("1261011", 2024, 1.0)]
    key = save_user_indicator(
        database, meta, pd.DataFrame(rows, columns=["teryt", "year", "value"])
    )
    job = saved_job_result(database, "bdl_refresh", {"summary": [], "retrieved": "2026-06-01"})
    return {"view": view, "deck": deck, "indicator": key, "job": job}


def plausible(page: Page, stored: dict[str, object]) -> dict[str, object]:
    """Return the page's values with what a user would fill in before pressing each button."""
    values = dict(page.values)
    for key in [*values, *(f"{cid}.{prop}" for cid in page.pattern_ids for prop in CLICKS)]:
        if key.rsplit(".", 1)[-1] in CLICKS:
            values[key] = 1
    zone = {"mode": "lasso", "ring": SQUARE["coordinates"][0]}
    names = (
        ids.VIEW_NAME,
        ids.DECK_NAME,
        ids.DELIMIT_NAME,
        ids.ZONE_NAME,
        ids.UPLOAD_NAME_PL,
        ids.TWOLEVEL_NAME,
    )
    values |= {f"{name}.value": f"Nazwa {name}" for name in names}
    values |= {
        f"{ids.UPLOAD_FILE}.contents": data_url(GOOD_CSV),
        f"{ids.UPLOAD_FILE}.filename": "dane.csv",
        f"{ids.UPLOAD_UNIT}.value": "szt.",
        f"{ids.UPLOAD_COLUMN}.value": "Mieszkania oddane",
        f"{ids.UPLOAD_YEAR}.value": 2024,
        f"{ids.UPLOAD_TARGET}.value": "new",
        f"{ids.UPLOAD_DELETE_CHOICE}.value": stored["indicator"],
        f"{ids.DELIMIT_MEMBERS}.data": [KRAKOW, WIELICZKA],
        f"{ids.TWOLEVEL_SAVE}.n_clicks": 1,
        f"{ids.TWOLEVEL_AREAS}.data": {
            "request": {"core": KRAKOW},
            "areas": [{"centre": KRAKOW, "level": 1, "members": [KRAKOW, WIELICZKA]}],
        },
        f"{ids.ZONE_GEOMETRY}.data": zone,
        f"{ids.DECK_VIEWS}.value": [stored["view"]],
        f"{ids.BDL_RESULT}.data": {"job": stored["job"]},
        f"{ids.BDL_VARIABLE_PICK}.value": [72305],
        f"{ids.SHOW_STORE}.data": {"deck": stored["deck"], "slide": 0},
    }
    for key in page.pattern_ids:
        if ids.ROW_VIEW_RENAME_INPUT in key:
            values[f"{key}.value"] = "Nowa nazwa"
    return values


def changed_key(page: Page, item: tuple[str, str]) -> str:
    """Return the ``changedPropIds`` entry of an input: its key, or its first concrete match."""
    component, prop = item
    if not component.startswith("{"):
        return f"{component}.{prop}"
    matches = [f"{key}.{prop}" for key in page.pattern_ids if input_matches(item, f"{key}.{prop}")]
    return matches[0] if matches else f"{component}.{prop}"


def drive(app, client) -> int:
    """Send every server callback once as ``client``'s page; return how many were sent."""
    layout = client.get("/_dash-layout").get_json()
    dependencies = client.get("/_dash-dependencies").get_json()
    page = Page.read(layout, [{**spec, "background": None} for spec in dependencies])
    browser = Browser("", page)
    browser.values = plausible(page, seeded_ids(app))
    for callback in page.callbacks:
        body = browser.body(callback, [changed_key(page, callback.inputs[0])])
        response = client.post("/_dash-update-component", json=body)
        assert response.status_code in (200, 204, 403), (callback.output, response.status_code)
    return len(page.callbacks)


def seeded_ids(app) -> dict[str, object]:
    return app.server.extensions["test_seeded"]


def rows(app) -> set[tuple]:
    """Every row of every table, tagged with its table."""
    database = open_database(database_url(app.server.config))
    with database.connect() as connection:
        names = sa.inspect(connection).get_table_names()
        return {
            (name, *row)
            for name in names
            for row in connection.execute(sa.text(f"SELECT * FROM {name}"))
        }


def test_a_visitor_driving_every_callback_changes_no_byte_of_the_database(app):
    app.server.extensions["test_seeded"] = seeded(app)
    path = Path(app.server.config["DATABASE_PATH"])
    before = path.read_bytes()

    driven = drive(app, app.server.test_client())

    print(
        f"\nanonymous drive: {driven} callbacks driven, "
        f"database changed: {path.read_bytes() != before}"
    )
    assert driven > 40
    assert path.read_bytes() == before


def test_an_official_driving_every_callback_changes_rows(app):
    app.server.extensions["test_seeded"] = seeded(app)
    client = signed_in_client(app)
    before = rows(app)

    driven = drive(app, client)

    after = rows(app)
    changed = len(before ^ after)
    tables = sorted({row[0] for row in before ^ after})
    print(f"\nofficial drive: {driven} callbacks driven, {changed} rows changed in {tables}")
    assert changed > 0
    assert {"saved_views", "presentations", "user_indicators", "saved_areas", "audit_log"} <= set(
        tables
    )
