"""The address bar: a link sets every control, a control change writes a new link."""

from __future__ import annotations

import json

import pytest

from callbacks import ids, permalink
from server.i18n import text
from tests.support.dash_client import dispatch

URL_OUTPUT = f"{ids.URL}.search"
URL_KEY = f"{ids.URL}.search"
DEFAULTS = {
    "tab": "tab_map",
    "scope": "smk",
    "indicator": "population",
    "year": 2024,
    "base_year": 2019,
    "scheme": "quantiles",
    "k": 5,
    "breaks": None,
    "palette": "Blues",
    "reverse": [],
    "layers": ["powiats", "smk", "labels"],
    "area": None,
    "gmina": None,
    "compare_scope": "smk",
    "gminas": ["1261011", "1219053", "1219043", "1206113"],
    "symbol": "circles",
}
LINK = (
    "?lang=pl&tab=tab_compare&scope=malopolska&ind=population_change&year=2020&base=2012"
    "&scheme=manual&k=4&breaks=-5%3B0%3B5&pal=RdYlGn&rev=1&layers=districts,basemap"
    "&area=kom2003&gmina=1219053&cscope=poland&gminas=1206113,1261011"
    "&view=50.06000,19.94000,9.50&sym=choropleth"
)
LINK_CONTROLS = {
    "tab": "tab_compare",
    "scope": "malopolska",
    "indicator": "population_change",
    "year": 2020,
    "base_year": 2012,
    "scheme": "manual",
    "k": 4,
    "breaks": "-5;0;5",
    "palette": "RdYlGn",
    "reverse": ["reverse"],
    "layers": ["districts", "basemap"],
    "area": "kom2003",
    "gmina": "1219053",
    "compare_scope": "poland",
    "gminas": ["1206113", "1261011"],
    "symbol": "choropleth",
}


SHOWN_KEY = f"{ids.MAP_SHOWN_VIEW}.data"


def shown_view(fields: dict) -> dict:
    """Return the view the map tells it shows, with ``fields`` painted."""
    options = {name: fields[name] for name in permalink.SHOWN_OPTIONS}
    return {
        "scope": fields["scope"],
        "indicator_id": fields["indicator"],
        "year": fields["year"],
        "options": options,
        "refused": False,
    }


def sync_values(search: str | None, relayout: dict | None = None, **controls: object) -> dict:
    values = {URL_KEY: search, f"{ids.MAP_EXTENT}.data": relayout}
    values[f"{ids.LANG_STORE}.data"] = "pl"
    values[f"{ids.URL_FOLLOWED}.data"] = True
    fields = {name: controls.get(name, DEFAULTS[name]) for name, _, _ in permalink.CONTROLS}
    for name, component, prop in permalink.CONTROLS:
        values[f"{component}.{prop}"] = fields[name]
    values[SHOWN_KEY] = controls.get("shown", shown_view(fields))
    return values


def call_sync(app, changed: list[str], search: str | None, relayout=None, **controls) -> dict:
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, URL_OUTPUT, sync_values(search, relayout, **controls), changed
        )
    assert status in (200, 204), body[:500]
    return json.loads(body)["response"] if status == 200 else {}


def control_key(name: str) -> str:
    """Return what a change of the control ``name`` triggers: the map's shown view for the
    fields it paints (recorded once it shows them), else the control itself."""
    if name in permalink.PAINTED:
        return SHOWN_KEY
    _, component, prop = next(entry for entry in permalink.CONTROLS if entry[0] == name)
    return f"{component}.{prop}"


def shown(response: dict) -> dict:
    """Return the controls a response sets, by state field."""
    found = {}
    for name, component, prop in permalink.CONTROLS:
        if component in response and prop in response[component]:
            found[name] = response[component][prop]
    return found


def test_a_link_sets_every_control_its_notice_and_extent(app):
    response = call_sync(app, [URL_KEY], LINK)
    assert shown(response) == {
        name: value for name, value in LINK_CONTROLS.items() if value != DEFAULTS[name]
    } | {"compare_scope": "poland"}
    assert response[ids.URL_NOTICE]["children"] is None
    assert response[ids.MAP_VIEW_STORE]["data"] == {
        "scope": "malopolska",
        "lat": 50.06,
        "lon": 19.94,
        "zoom": 9.5,
    }
    assert ids.URL not in response  # following a link never writes a new one


def test_a_link_brings_the_base_years_its_indicator_offers(app):
    response = call_sync(app, [URL_KEY], LINK)

    assert 2012 in response[ids.BASE_YEAR_DROPDOWN]["options"]  # the link's base year kept
    assert response[ids.BASE_YEAR_DROPDOWN]["value"] == 2012


def test_a_link_sets_only_what_differs_from_the_controls(app):
    response = call_sync(app, [URL_KEY], "?ind=density", **{"indicator": "population"})
    assert shown(response) == {"indicator": "density", "symbol": "choropleth"}  # a rate


@pytest.mark.parametrize("name", list(LINK_CONTROLS))
def test_each_changed_control_writes_a_link_that_restores_it(app, name):
    controls = {**DEFAULTS, name: LINK_CONTROLS[name]}
    if name in ("year", "base_year"):
        controls["indicator"] = "population_change"
    if controls["indicator"] != "population":  # a rate: the symbol control says choropleth
        controls["symbol"] = "choropleth"
    if name == "breaks":
        controls["scheme"] = "manual"
    response = call_sync(app, [control_key(name)], "", **controls)
    link = response[ids.URL]["search"]
    assert link.startswith("?lang=pl&")
    back = call_sync(app, [URL_KEY], link)
    restored = {**DEFAULTS, **shown(back)}
    assert restored == controls


def test_a_control_already_in_the_link_writes_nothing(app):
    link = "?scope=malopolska&ind=density"
    controls = {"scope": "malopolska", "indicator": "density", "symbol": "choropleth"}
    assert call_sync(app, [control_key("year")], link, **controls) == {}


def test_a_new_indicator_is_recorded_with_the_year_the_map_kept_for_it(app):
    controls = {"indicator": "pit_share_per_capita", "year": 2024}  # a year it lacks
    painted = shown_view({**DEFAULTS, **controls, "year": 2020})  # its latest, as painted

    response = call_sync(app, [SHOWN_KEY], "?ind=density", **controls, shown=painted)

    assert "ind=pit_share_per_capita" in response[ids.URL]["search"]
    assert "year=2020" in response[ids.URL]["search"]


def test_a_new_indicator_is_recorded_with_the_symbol_the_map_drew_first(app):
    controls = {"indicator": "deaths", "symbol": "choropleth"}  # the rate's, still on the radio
    painted = shown_view({**DEFAULTS, **controls, "symbol": "circles"})  # a count's own

    response = call_sync(app, [SHOWN_KEY], "?ind=density", **controls, shown=painted)

    assert "ind=deaths" in response[ids.URL]["search"]
    assert "sym=circles" in response[ids.URL]["search"]  # as drawn, not as the radio was


def test_an_earlier_view_still_shown_writes_nothing(app):
    earlier = shown_view(DEFAULTS)  # population, before the link's density is repainted
    link = "?scope=smk&ind=density"

    assert call_sync(app, [SHOWN_KEY], link, indicator="density", shown=earlier) == {}


def test_another_control_records_the_painted_fields_as_the_controls_hold_them(app):
    link = "?scope=smk&ind=density&layers=smk"
    before = shown_view(DEFAULTS)  # the map still shows population: the link is followed

    response = call_sync(app, [control_key("layers")], link, indicator="density", shown=before)

    assert "ind=density" in response[ids.URL]["search"]


@pytest.mark.parametrize(
    "said", [None, [1], {"options": None}, {"options": {}, "year": "2020", "k": 5}]
)
def test_a_malformed_shown_view_paints_no_field(said):
    assert permalink.painted_fields(said) == {}


def test_panning_the_map_writes_its_extent(app):
    extent = {"lon": 19.5, "lat": 50.25, "zoom": 8.75}
    response = call_sync(app, [f"{ids.MAP_EXTENT}.data"], "?scope=smk", extent)
    assert "view=50.25000,19.50000,8.75" in response[ids.URL]["search"]
    for odd in ({"autosize": True}, {"lon": "19.5", "lat": 50.25, "zoom": 8}, [1, 2], None):
        assert call_sync(app, [f"{ids.MAP_EXTENT}.data"], "", odd) == {}


def test_a_new_scope_forgets_the_old_extent(app):
    link = "?scope=smk&view=50.00000,20.00000,10.00"
    response = call_sync(app, [control_key("scope")], link, scope="poland")
    assert "scope=poland" in response[ids.URL]["search"]
    assert "view=" not in response[ids.URL]["search"]


def test_bad_manual_breaks_stay_out_of_the_address(app):
    link = "?scheme=manual&breaks=10%3B20"
    controls = {"scheme": "manual", "breaks": "1000; 100; abc"}

    response = call_sync(app, [control_key("breaks")], link, **controls)

    assert response == {}  # the address keeps the breaks the map still shows
    changed = call_sync(app, [control_key("k")], link, **controls, k=7)
    assert "breaks=10%3B20" in changed[ids.URL]["search"]
    assert "abc" not in changed[ids.URL]["search"]


@pytest.mark.parametrize(
    "gminas",
    [["1261011", "1219053", "1206143"], ["1206162", "1206072"]],
    ids=["with-a-gmina-not-offered", "zabierzow-and-liszki"],
)
def test_a_comparison_link_offers_every_gmina_it_names(app, gminas):
    response = call_sync(app, [URL_KEY], f"?tab=tab_compare&gminas={','.join(gminas)}")

    assert response[ids.COMPARE_GMINAS_DROPDOWN]["value"] == gminas
    offered = [option["value"] for option in response[ids.COMPARE_GMINAS_DROPDOWN]["options"]]
    assert offered == gminas  # the box cannot drop a value it offers


@pytest.mark.parametrize(
    ("link", "wrong"),
    [
        ("?scheme=manual&breaks=1000%3B100%3Babc", "breaks"),
        ("?scope=mars&ind=population", "scope"),
        ("?ind=density&year=1850&k=abc", "year, k"),
        ("?ind=nonexistent", "ind"),
        ("?gminas=1261011,<script>", "gminas"),
        ("?view=1e999,2,3", "view"),
        ("?area=saved:12345", "area"),
        ("?totally=unexpected", "totally"),
    ],
)
def test_a_malformed_link_falls_back_with_a_notice(app, link, wrong):
    response = call_sync(app, [URL_KEY], link)
    assert response[ids.URL_NOTICE]["children"] == text("url_wrong", "pl").format(fields=wrong)


def test_a_malformed_link_in_english_gets_an_english_notice(app):
    values = sync_values("?scope=mars")
    values[f"{ids.LANG_STORE}.data"] = "en"
    with app.server.test_client() as client:
        _, body = dispatch(client, app, URL_OUTPUT, values, [URL_KEY])
    notice = json.loads(body)["response"][ids.URL_NOTICE]["children"]
    assert notice == text("url_wrong", "en").format(fields="scope")


def test_until_the_first_link_is_followed_any_change_follows_it(app):
    values = sync_values("?scope=malopolska")
    values[f"{ids.URL_FOLLOWED}.data"] = False
    with app.server.test_client() as client:
        _, body = dispatch(client, app, URL_OUTPUT, values, [control_key("year")])
    response = json.loads(body)["response"]
    assert response[ids.SCOPE_RADIO]["value"] == "malopolska"
    assert response[ids.URL_FOLLOWED]["data"] is True and ids.URL not in response


@pytest.mark.parametrize("search", ["", "?lang=pl"])
def test_back_to_the_first_address_shows_the_defaults_again(app, search):
    # the controls as a link left them; "back" to the page's first address (no view in it)
    response = call_sync(app, [URL_KEY], search, **LINK_CONTROLS)
    expected = {name: value for name, value in DEFAULTS.items() if value != LINK_CONTROLS[name]}
    assert shown(response) == {name: expected[name] for name in shown(response)}
    assert shown(response).keys() >= {"scope", "indicator", "scheme", "palette", "gminas"}
    assert response[ids.MAP_VIEW_STORE]["data"] is None  # the map fits the scope
    assert response[ids.URL_NOTICE]["children"] is None
