"""Sign-in, sign-out, CSRF and the refusal of internal data on every map and download path."""

from __future__ import annotations

import json
from types import SimpleNamespace

import flask
import pandas as pd
import pytest
from dash import ALL

from app import create_app
from callbacks import ids
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from layers.store.user_indicators import UserIndicator, save_user_indicator
from layers.store.users import User
from server.access import CSRF_FIELD, SESSION_CSRF
from server.data import current_dataset, current_user_indicator_list
from server.database import database_url
from tests.callbacks.areas.test_zones import CONTROLS, zone_request
from tests.support.access_fixtures import (
    INTERNAL,
    PASSWORD,
    USER,
    WIELICZKA,
    sign_in,
    with_internal_data,
)
from tests.support.dash_client import dispatch, prop_key
from tests.support.paint import paint_address

KRAKOW = "1261011"


def csrf(client) -> str:
    client.get("/logowanie")
    with client.session_transaction() as session:
        return session[SESSION_CSRF]


def post_sign_in(client, password: str = PASSWORD, token: str | None = None):
    token = csrf(client) if token is None else token
    form = {"username": USER, "password": password, CSRF_FIELD: token}
    return client.post("/logowanie", data=form)


def test_form_is_polish_and_english(internal):
    client = internal.app.server.test_client()
    assert "Hasło" in client.get("/logowanie").get_data(as_text=True)
    assert "Password" in client.get("/logowanie?lang=en").get_data(as_text=True)


def test_sign_in_sets_a_safe_cookie_and_sign_out_ends_it(internal):
    client = internal.app.server.test_client()
    response = post_sign_in(client)
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert "Expires=" in cookie
    page = client.get("/_dash-layout").get_data(as_text=True)
    assert USER in page and "Wyloguj" in page
    with client.session_transaction() as session:
        token = session[SESSION_CSRF]
    assert CSRF_FIELD in page and token in page
    assert client.post("/wylogowanie", data={}).status_code == 400  # no token: still signed in
    assert USER in client.get("/_dash-layout").get_data(as_text=True)
    assert client.post("/wylogowanie", data={CSRF_FIELD: token}).status_code == 302
    assert "Zaloguj" in client.get("/_dash-layout").get_data(as_text=True)


def test_secure_cookie_setting(store_dir, tmp_path):
    app = create_app(
        {
            "STORE_DIR": str(store_dir),
            "CACHE_TYPE": "NullCache",
            "DATABASE_PATH": str(tmp_path / "db.sqlite"),
            "SESSION_COOKIE_SECURE": True,
        }
    )
    client = app.server.test_client()
    assert "Secure" in client.get("/logowanie").headers["Set-Cookie"]
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0  # made once, owner only
    key = app.server.config["SECRET_KEY"]
    again = create_app({"STORE_DIR": str(store_dir), "DATABASE_PATH": str(tmp_path / "db.sqlite")})
    assert again.server.config["SECRET_KEY"] == key and len(key) == 64


def test_sign_in_without_the_csrf_token_is_refused(internal):
    client = internal.app.server.test_client()
    csrf(client)
    assert post_sign_in(client, token="forged").status_code == 400
    assert "Zaloguj" in client.get("/_dash-layout").get_data(as_text=True)


def test_failed_sign_ins_are_throttled(internal, monkeypatch):
    stopped = SimpleNamespace(time=lambda: 1_800_000_000.0)  # no time passes between tries
    monkeypatch.setattr("server.access.time", stopped)
    client = internal.app.server.test_client()
    for _ in range(5):
        failed = post_sign_in(client, password="zle-haslo-000")
        assert failed.status_code == 401
        assert "Nieprawidłowa" in failed.get_data(as_text=True)
    locked = post_sign_in(client)  # right password, but too soon
    assert locked.status_code == 429 and "Spróbuj ponownie za 1 s" in locked.get_data(as_text=True)
    assert locked.headers["Retry-After"] == "1"


def test_cross_site_dash_post_is_refused(internal):
    client = internal.app.server.test_client()
    body = client.post(
        "/_dash-update-component", json={}, headers={"Origin": "https://evil.example"}
    )
    assert body.status_code == 403
    same = client.post("/logowanie", data={}, headers={"Origin": "http://localhost"})
    assert same.status_code == 400  # passes the origin check, then fails on the token


# --- internal data on every path ----------------------------------------------------------


def clients(internal_app) -> dict[str, object]:
    visitor, official = internal_app.server.test_client(), internal_app.server.test_client()
    sign_in(official)
    return {"visitor": visitor, "official": official}


def test_layout_offers_the_internal_indicator_only_to_officials(internal):
    name = "Wskaźnik urbanizacji"
    layouts = {
        who: json.dumps(client.get("/_dash-layout").get_json(), ensure_ascii=False)
        for who, client in clients(internal.app).items()
    }
    assert name not in layouts["visitor"] and "Zaloguj" in layouts["visitor"]
    assert name in layouts["official"]


def test_explorer_map_refuses_the_internal_indicator(internal):
    address = paint_address("smk", indicator_id=INTERNAL, year=2024)  # what the map fetches
    visitor = clients(internal.app)["visitor"].get(address)
    assert visitor.status_code == 400
    assert "Nie znaleziono wskaźnika" in visitor.get_json()["error"]["message"]
    assert "panels" not in visitor.get_json()  # no legend, no class, no hover value
    official = clients(internal.app)["official"].get(address).get_json()
    assert len(official["classes"]) == 15
    assert "Wskaźnik urbanizacji" in json.dumps(official["panels"], ensure_ascii=False)


def test_gmina_panel_refuses_the_internal_indicator_and_row(internal):
    values = {
        f"{ids.SELECTED_STORE}.data": KRAKOW,
        f"{ids.MAP_SHOWN_INDICATOR}.data": INTERNAL,
        f"{ids.SCOPE_RADIO}.value": "smk",
        f"{ids.LANG_STORE}.data": "pl",
    }
    visitor, official = clients(internal.app).values()
    status, _ = dispatch(
        visitor, internal.app, f"{ids.PANEL_TITLE}.children", values, [f"{ids.SELECTED_STORE}.data"]
    )
    assert status == 204
    values[f"{ids.MAP_SHOWN_INDICATOR}.data"] = "population"
    rows = {}
    for who, client in (("visitor", visitor), ("official", official)):
        status, body = dispatch(
            client,
            internal.app,
            f"{ids.PANEL_TITLE}.children",
            values,
            [f"{ids.SELECTED_STORE}.data"],
        )
        assert status == 200
        rows[who] = json.dumps(json.loads(body)["response"][ids.PANEL_TABLE], ensure_ascii=False)
    assert "Wskaźnik urbanizacji" not in rows["visitor"] and "Ludność" in rows["visitor"]
    assert "Wskaźnik urbanizacji" in rows["official"]


def test_comparison_table_leaves_the_internal_indicator_out(internal):
    values = {
        f"{ids.COMPARE_GMINAS_DROPDOWN}.value": [KRAKOW, WIELICZKA],
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "smk",
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.COMPARE_OPENED}.data": True,
    }
    sent = {}
    for who, client in clients(internal.app).items():
        status, body = dispatch(
            client,
            internal.app,
            f"{ids.COMPARE_TABLE}.children",
            values,
            [f"{ids.COMPARE_GMINAS_DROPDOWN}.value"],
        )
        assert status == 200
        sent[who] = json.dumps(json.loads(body)["response"], ensure_ascii=False)
    assert "Wskaźnik urbanizacji" not in sent["visitor"]
    assert "Wskaźnik urbanizacji" in sent["official"]


def catalog_download(client, app, indicator_id: str) -> int:
    key = prop_key({"type": ids.CATALOG_DOWNLOAD_BUTTON, "index": indicator_id}, "n_clicks")
    values = {
        prop_key({"type": ids.CATALOG_DOWNLOAD_BUTTON, "index": ALL}, "n_clicks"): {
            indicator_id: 1
        },
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    status, _ = dispatch(client, app, f"{ids.CATALOG_DOWNLOAD}.data", values, [key])
    return status


def test_catalog_download_of_the_internal_indicator_is_refused(internal):
    visitor, official = clients(internal.app).values()
    assert catalog_download(visitor, internal.app, INTERNAL) == 204
    assert catalog_download(visitor, internal.app, "population") == 200
    assert catalog_download(official, internal.app, INTERNAL) == 200


def zone_answer(client, app, **controls) -> tuple[int, dict | None]:
    request = zone_request((19.94, 50.06), **controls)
    changed = [prop_key(*CONTROLS["saved" if controls.get("saved") else "radius"])]
    status, body = dispatch(client, app, f"{ids.ZONE_STATE}.data", request, changed)
    return status, json.loads(body)["response"] if status == 200 else None


def test_zone_aggregates_and_saved_zones_are_filtered(internal):
    visitor, official = clients(internal.app).values()
    _, public = zone_answer(visitor, internal.app)
    _, full = zone_answer(official, internal.app)
    assert "Wskaźnik urbanizacji" not in json.dumps(public, ensure_ascii=False)
    assert "Wskaźnik urbanizacji" in json.dumps(full, ensure_ascii=False)
    _, refused = zone_answer(visitor, internal.app, saved=internal.internal_area)
    assert ids.ZONE_STATE not in refused  # an alert instead of the saved zone
    _, loaded = zone_answer(official, internal.app, saved=internal.internal_area)
    assert ids.ZONE_STATE in loaded


@pytest.mark.parametrize("who", ["visitor", "official"])
def test_area_overlay_lists_and_opens_internal_areas_only_for_officials(internal, who):
    client = clients(internal.app)[who]
    _, body = dispatch(
        client,
        internal.app,
        f"{ids.AREA_OVERLAY}.options",
        {f"{ids.TABS}.value": "tab_map", f"{ids.LANG_STORE}.data": "pl"},
        [f"{ids.TABS}.value"],
    )
    options = json.loads(body)["response"][ids.AREA_OVERLAY]["options"]
    names = [option["label"] for option in options]
    assert any("Strefa publiczna" in name for name in names)
    assert any("Strefa wewnętrzna" in name for name in names) == (who == "official")
    values = {
        f"{ids.AREA_OVERLAY}.value": f"saved:{internal.internal_area}",
        f"{ids.LANG_STORE}.data": "pl",
    }
    _, body = dispatch(
        client, internal.app, f"{ids.AREA_MEMBERS}.children", values, [f"{ids.AREA_OVERLAY}.value"]
    )
    members = json.dumps(json.loads(body)["response"][ids.AREA_MEMBERS], ensure_ascii=False)
    assert (WIELICZKA in members) == (who == "official")


def test_only_an_official_can_save_an_internal_delimitation(internal):
    values = {
        f"{ids.DELIMIT_SAVE}.n_clicks": 1,
        f"{ids.DELIMIT_MEMBERS}.data": [KRAKOW, WIELICZKA],
        f"{ids.DELIMIT_CORE}.value": KRAKOW,
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.DELIMIT_INTERNAL}.value": ["internal"],
    }
    for who, client in clients(internal.app).items():
        values[f"{ids.DELIMIT_NAME}.value"] = f"MOF {who}"
        status, _ = dispatch(
            client,
            internal.app,
            f"{ids.DELIMIT_SAVED}.children",
            values,
            [f"{ids.DELIMIT_SAVE}.n_clicks"],
        )
        assert status == 200
    database = open_database(database_url(internal.app.server.config))
    stored = {area.name: area.internal for area in saved_areas(database, "delimitation")}
    assert stored == {"MOF official": True}  # a visitor saves nothing


def test_cached_results_of_officials_are_not_served_to_visitors(store_dir, tmp_path):
    cached = create_app(
        {
            "STORE_DIR": str(store_dir),
            "CACHE_TYPE": "SimpleCache",
            "DATABASE_PATH": str(tmp_path / "db.sqlite"),
        }
    )
    with_internal_data(cached)
    values = {
        f"{ids.COMPARE_GMINAS_DROPDOWN}.value": [KRAKOW, WIELICZKA],
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "smk",
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.COMPARE_OPENED}.data": True,
    }
    visitor, official = clients(cached).values()
    sent = []
    for client in (official, visitor):  # the official's table is computed and cached first
        _, body = dispatch(
            client,
            cached,
            f"{ids.COMPARE_TABLE}.children",
            values,
            [f"{ids.COMPARE_GMINAS_DROPDOWN}.value"],
        )
        sent.append(json.dumps(json.loads(body)["response"], ensure_ascii=False))
    assert "Wskaźnik urbanizacji" in sent[0]
    assert "Wskaźnik urbanizacji" not in sent[1]


def test_an_internal_own_indicator_is_hidden_from_visitors(app):
    connection = open_database(database_url(app.server.config))
    meta = UserIndicator(
        name_pl="Wnioski o dotacje",
        unit="szt.",
        source="Urząd gminy",
        polarity="neutral",
        aggregation="sum",
        author="Anna",
        internal=1,
    )
    rows = pd.DataFrame([("1261011", 2024, 7.0)], columns=["teryt", "year", "value"])
    key = save_user_indicator(connection, meta, rows)
    with app.server.test_request_context():
        assert key not in current_dataset().catalog
        assert current_user_indicator_list() == []
    with app.server.test_request_context():
        flask.g.geoportal_user = User(USER, "official", "2026-01-01")
        assert current_dataset().catalog[key].internal
        assert [m.key for m in current_user_indicator_list()] == [key]
