import json

from callbacks import ids
from callbacks.explorer import gmina_panel
from tests.support.dash_client import dispatch
from tests.support.map_patch import applied


def test_clicking_a_gmina_selects_it(app):
    click = {"teryt": "1219053", "n": 1}
    values = {f"{ids.MAP_CLICK}.data": click, f"{ids.PANEL_CLOSE}.n_clicks": None}
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, f"{ids.SELECTED_STORE}.data", values, [f"{ids.MAP_CLICK}.data"]
        )
    assert status == 200
    assert json.loads(body)["response"][ids.SELECTED_STORE]["data"] == "1219053"


def test_panel_shows_series_and_every_indicator(app):
    with app.server.test_request_context():
        title, chart, style, table = gmina_panel.update_panel("1261011", "population", "smk", "pl")
    assert title == "Kraków (1261011)"
    assert style == {}
    trace = chart.figure["data"][0]
    assert dict(zip(trace["x"], trace["y"], strict=True))[2022] == 803282
    shapes = chart.figure["layout"]["shapes"]
    assert any(shape["x0"] == 2019.5 for shape in shapes)  # the series break marker
    assert table.children[0].className == "values-table"
    with app.server.test_request_context():
        rows = {row["indicator"]: row for row in gmina_panel.panel_rows("1261011", "smk", "pl")}
    assert rows["Ludność"]["rank"] == "1/15"
    assert rows["Ludność"]["value"] == "809 168 osób"
    assert rows["Zmiana liczby ludności"]["year"] == "2019–2024"


def test_duplicate_names_are_told_apart_by_type(app):
    with app.server.test_request_context():
        urban, *_ = gmina_panel.update_panel("1201011", "population", "malopolska", "pl")
        rural, *_ = gmina_panel.update_panel("1201022", "population", "malopolska", "en")
    assert urban == "Bochnia (gm. miejska) (1201011)"
    assert rural == "Bochnia (rural gmina) (1201022)"


def test_no_selection_shows_the_hint(app):
    with app.server.test_request_context():
        title, _, style, table = gmina_panel.update_panel(None, "population", "smk", "en")
    assert title == "Click a gmina on the map to see its data."
    assert style == gmina_panel.HIDDEN and table == []


def test_selected_gmina_is_outlined_on_the_map(app):
    with app.server.test_request_context():
        patch = gmina_panel.update_highlight("1219053").to_plotly_json()
        cleared = gmina_panel.update_highlight(None).to_plotly_json()
    (operation,) = patch["operations"]
    assert operation["location"] == ["marks", "select", "ids"]
    assert applied(patch)["marks"]["select"]["ids"] == ["1219053"]
    assert applied(cleared, applied(patch))["marks"]["select"]["ids"] == []


def test_a_merged_gmina_shows_its_own_break(app):
    # Zielona Góra absorbed its rural gmina on 1 I 2015: +16.6 % that is not growth
    with app.server.test_request_context():
        _, chart, *_ = gmina_panel.update_panel("0862011", "population", "poland", "en")
    layout = chart.figure["layout"]
    pairs = zip(layout["shapes"], layout["annotations"], strict=True)
    marks = {shape["x0"]: note for shape, note in pairs}
    assert marks[2014.5]["text"] == "boundary change"
    assert marks[2014.5]["hovertext"].startswith("1 Jan 2015: the town of Zielona Góra merged")
    assert 2019.5 in marks  # and the census break


def test_a_missing_year_is_a_gap_in_the_panel_chart(app):
    with app.server.test_request_context():
        _, chart, *_ = gmina_panel.update_panel("1201011", "net_migration_per_1000", "smk", "pl")
    trace = chart.figure["data"][0]
    assert dict(zip(trace["x"], trace["y"], strict=True))[2015] is None


def test_a_gmina_shows_its_powiats_value_marked_as_the_powiats(app, dataset):
    salary = dataset.values.frame(dataset.catalog["avg_gross_salary_powiat"])
    with app.server.test_request_context():
        rows = {row["indicator"]: row for row in gmina_panel.panel_rows("1219053", "smk", "pl")}
        title, chart, _, _ = gmina_panel.update_panel(
            "1219053", "avg_gross_salary_powiat", "smk", "pl"
        )
    marked = "Przeciętne miesięczne wynagrodzenie brutto (powiat) (wartość powiatu wielickiego)"
    assert rows[marked]["year"] == "2024" and rows[marked]["rank"].endswith("/3")
    assert not any(name.startswith("Przeciętne") and "powiatu" not in name for name in rows)
    assert title == "Wieliczka (1219053)"
    trace = chart.figure["data"][0]
    assert trace["name"] == "Wieliczka: wartość powiatu wielickiego"
    assert dict(zip(trace["x"], trace["y"], strict=True))[2024] == salary.loc["1219000", 2024]


def test_a_clicked_powiat_and_district_get_their_own_panel(app):
    with app.server.test_request_context():
        title, _, style, table = gmina_panel.update_panel(
            "1206000", "unemployment_rate_powiat", "smk", "en"
        )
        rows = gmina_panel.unit_rows("D01", "district", "districts", "pl")
        district, *_ = gmina_panel.update_panel("D01", "district_density", "districts", "pl")
    assert title == "powiat krakowski (1206000)" and style == {}
    assert len(table.children[1].children) == 5  # the five powiat indicators
    assert [row["rank"].split("/")[1] for row in rows] == ["18"] * 3
    assert district == "Dzielnica I Stare Miasto (D01)"


def test_krakows_panel_links_to_its_districts(app):
    with app.server.test_request_context():
        assert gmina_panel.update_districts_link("1261011") == {}
        assert gmina_panel.update_districts_link("1219053") == gmina_panel.HIDDEN
        assert gmina_panel.show_districts(1) == ("districts", "district_density")
