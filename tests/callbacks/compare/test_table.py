"""Compare gminas: name search, selection, side-by-side table, charts and the download."""

from __future__ import annotations

import base64
import csv
import io
import json
import math
import re

import dash
import plotly.graph_objects as go
import pytest
from dash import html
from dash.exceptions import PreventUpdate
from openpyxl import load_workbook
from plotly.utils import PlotlyJSONEncoder

from callbacks import ids
from callbacks.compare import table as compare
from layers.analysis.search import folded
from server.i18n import text
from tests.support.apps import app_with
from tests.support.dash_client import dispatch

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
SWIATNIKI = "1206143"  # Świątniki Górne
BOCHNIA_URBAN, BOCHNIA_RURAL = "1201011", "1201022"
THREE = [KRAKOW, WIELICZKA, SWIATNIKI]
SMK_GMINAS = 15
FIXED_COLUMNS = 4  # indicator, year, scope median, mean without Kraków


def smk_codes(app: dash.Dash) -> list[str]:
    return list(app.server.extensions["geoportal_dataset"].areas["smk"])


# --- reading the table as the user sees it ------------------------------------------------


def after(written: str, key: str, lang: str) -> str:
    """Return what follows the label ``text(key)`` and a space."""
    label = text(key, lang) + " "
    assert written.startswith(label), (written, label)
    return written.removeprefix(label)


def gmina_cell(td: html.Td, lang: str = "pl") -> dict[str, str]:
    """One gmina's cell: the value in bold, the rank and deviations below, the colour cue."""
    strong, _, small = td.children
    rank, to_median, to_mean = small.children.split(" · ")
    return {
        "value": strong.children,
        "rank": after(rank, "compare_rank", lang),
        "to_median": after(to_median, "compare_vs_median", lang),
        "to_mean": after(to_mean, "compare_vs_mean", lang),
        "cue": td.className,
    }


def read_table(table: html.Table, lang: str = "pl") -> tuple[list[str], dict[str, dict]]:
    """Return the header labels and, per indicator name, its year, scope statistics and cells."""
    head, body = table.children
    headers = [getattr(th.children, "children", th.children) for th in head.children.children]
    rows = {}
    for tr in body.children:
        name, year, median, mean, *cells = tr.children
        rows[name.children] = {
            "year": str(year.children),
            "median": median.children,
            "mean": mean.children,
            "gminas": {
                label: gmina_cell(cell, lang)
                for label, cell in zip(headers[FIXED_COLUMNS:], cells, strict=True)
            },
        }
    return headers, rows


def test_each_gmina_heads_its_column_with_a_link_to_its_card(app):
    _, table, _ = comparison(app, THREE)
    links = [th.children for th in table.children[0].children.children[FIXED_COLUMNS:]]
    assert [link.href for link in links] == [f"/karta/{code}?lang=pl" for code in THREE]


def comparison(app: dash.Dash, selected: list[str], scope: str = "smk", lang: str = "pl"):
    """Return the notice, table and profile chart (a Figure, as the browser draws it)."""
    with app.server.test_request_context():
        notice, table, profile = compare.update_comparison(selected, scope, lang)
    return notice, table, profile if profile is dash.no_update else go.Figure(profile)


# --- gmina search -------------------------------------------------------------------------


def test_search_without_accents_finds_swiatniki_and_keeps_the_selection(app):
    with app.server.test_request_context():
        options = compare.update_gmina_options("Swiatniki", [KRAKOW, WIELICZKA], "pl")

    by_code = {option["value"]: option for option in options}
    assert [option["value"] for option in options][:2] == [KRAKOW, WIELICZKA]
    assert SWIATNIKI in by_code
    assert by_code[SWIATNIKI]["label"] == "Świątniki Górne"
    # The browser filters the options by label and by this accent-free text.
    assert folded("Swiatniki") in by_code[SWIATNIKI]["search"]
    assert folded("Swiatniki") not in folded(by_code[KRAKOW]["search"])


@pytest.mark.parametrize(
    ("lang", "urban", "rural"),
    [
        ("pl", "Bochnia (gm. miejska)", "Bochnia (gm. wiejska)"),
        ("en", "Bochnia (urban gmina)", "Bochnia (rural gmina)"),
    ],
)
def test_search_tells_the_two_bochnias_apart_by_type(app, lang, urban, rural):
    with app.server.test_request_context():
        options = compare.update_gmina_options("bochnia", None, lang)

    labels = {option["value"]: option["label"] for option in options}
    assert labels[BOCHNIA_URBAN] == urban
    assert labels[BOCHNIA_RURAL] == rural


def test_cleared_search_offers_just_the_selection(app):
    # The dropdown drops any chosen value missing from its options: keep them all.
    with app.server.test_request_context():
        options = compare.update_gmina_options(None, [SKAWINA, KRAKOW], "pl")

    assert [(o["value"], o["label"]) for o in options] == [(SKAWINA, "Skawina"), (KRAKOW, "Kraków")]


def component(tree: object, component_id: str) -> object:
    """Return the component of this id in a layout tree."""
    if getattr(tree, "id", None) == component_id:
        return tree
    children = getattr(tree, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            found = component(child, component_id)
            if found is not None:
                return found
    return None


def test_default_selection_is_krakow_and_the_secondary_centres(app):
    with app.server.test_request_context():
        dropdown = component(compare.layout("pl"), ids.COMPARE_GMINAS_DROPDOWN)

    assert dropdown.value == [KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA]
    # Every chosen gmina needs an option, or the box shows it without a name.
    assert [o["value"] for o in dropdown.options] == dropdown.value
    assert [o["label"] for o in dropdown.options] == [
        "Kraków",
        "Wieliczka",
        "Niepołomice",
        "Skawina",
    ]


# --- selection: map clicks, preset, similar gminas ---------------------------------------


SELECTION_OUTPUT = f"{ids.COMPARE_GMINAS_DROPDOWN}.value"


def select(app: dash.Dash, changed: str, selected: list[str], **values: object) -> tuple:
    state = {
        f"{ids.COMPARE_PRESET_BUTTON}.n_clicks": None,
        f"{ids.COMPARE_CLICK_A}.data": None,
        f"{ids.COMPARE_CLICK_B}.data": None,
        f"{ids.COMPARE_SIMILAR_USE}.n_clicks": None,
        f"{ids.COMPARE_GMINAS_DROPDOWN}.value": selected,
        f"{ids.COMPARE_SIMILAR_STORE}.data": None,
        **values,
    }
    with app.server.test_client() as client:
        status, body = dispatch(client, app, SELECTION_OUTPUT, state, [changed])
    chosen = json.loads(body)["response"][ids.COMPARE_GMINAS_DROPDOWN]["value"] if body else None
    return status, chosen


def clicked(code: str) -> dict:
    return {"teryt": code, "n": 1}


@pytest.mark.parametrize("clicks", [ids.COMPARE_CLICK_A, ids.COMPARE_CLICK_B])
def test_clicking_a_gmina_on_a_map_adds_it_then_removes_it(app, clicks):
    prop = f"{clicks}.data"

    status, added = select(app, prop, [KRAKOW, WIELICZKA], **{prop: clicked(SKAWINA)})
    assert status == 200
    assert added == [KRAKOW, WIELICZKA, SKAWINA]

    status, removed = select(app, prop, added, **{prop: clicked(WIELICZKA)})
    assert status == 200
    assert removed == [KRAKOW, SKAWINA]


@pytest.mark.parametrize("click", [{"n": 2}, {"teryt": 1261011}, "1261011", None])
def test_click_outside_the_gminas_changes_nothing(app, click):
    prop = f"{ids.COMPARE_CLICK_A}.data"
    status, _ = select(app, prop, [KRAKOW], **{prop: click})
    assert status == 204  # PreventUpdate


def test_preset_selects_the_fifteen_smk_gminas(app):
    prop = f"{ids.COMPARE_PRESET_BUTTON}.n_clicks"
    status, chosen = select(app, prop, [KRAKOW], **{prop: 1})
    assert status == 200
    assert chosen == smk_codes(app)
    assert len(set(chosen)) == SMK_GMINAS and KRAKOW in chosen


def test_compare_with_similar_takes_the_finders_list(app):
    prop = f"{ids.COMPARE_SIMILAR_USE}.n_clicks"
    similar = [WIELICZKA, SWIATNIKI, NIEPOLOMICE, "1219012", "1206092", "1206052"]
    store = {f"{ids.COMPARE_SIMILAR_STORE}.data": similar}
    status, chosen = select(app, prop, [KRAKOW], **{prop: 1}, **store)
    assert status == 200
    assert chosen == similar


# --- the table ----------------------------------------------------------------------------


@pytest.mark.parametrize("selected", [[KRAKOW], [KRAKOW, KRAKOW], []])
def test_fewer_than_two_gminas_show_a_polish_alert(app, selected):
    notice, table, profile = comparison(app, selected)

    assert notice.children == text("error_comparison", "pl")
    assert notice.className == "alert" and notice.role == "alert"
    assert table == []
    assert profile is dash.no_update


def test_three_gminas_side_by_side(app):
    notice, table, profile = comparison(app, THREE)

    assert notice is None
    headers, rows = read_table(table)
    assert headers == [
        "Wskaźnik",
        "Rok",
        "Mediana zasięgu",
        "Średnia bez Krakowa",
        "Kraków",
        "Wieliczka",
        "Świątniki Górne",
    ]
    population = rows["Ludność [osoby]"]
    assert population["year"] == "2024"
    krakow = population["gminas"]["Kraków"]
    assert krakow["value"] == "809 168"  # GUS BDL, 31 XII 2024
    assert krakow["rank"] == "1/15"
    assert krakow["to_median"].startswith("+")
    assert population["gminas"]["Wieliczka"]["rank"] == "2/15"
    assert population["gminas"]["Świątniki Górne"]["to_median"].startswith("-")
    assert rows["Zmiana liczby ludności [%]"]["year"] == "2019–2024"
    assert [trace.name for trace in profile.data] == ["Kraków", "Wieliczka", "Świątniki Górne"]


def test_deviations_add_up_to_the_value(app):
    _, table, _ = comparison(app, THREE)
    _, rows = read_table(table)

    def number(written: str) -> int:
        return int(written.replace(" ", "").replace("+", ""))

    population = rows["Ludność [osoby]"]
    for cell in population["gminas"].values():
        value = number(cell["value"])
        assert value - number(cell["to_median"]) == number(population["median"])
        assert value - number(cell["to_mean"]) == pytest.approx(number(population["mean"]), abs=1)


def test_cells_are_coloured_by_the_indicators_polarity(app):
    _, table, _ = comparison(app, THREE)
    _, rows = read_table(table)

    change = rows["Zmiana liczby ludności [%]"]["gminas"]  # higher is better
    assert change["Kraków"]["cue"] == "cue-worse"  # 3.9 % against a median of 14.2 %
    assert change["Wieliczka"]["cue"] == "cue-better"
    # Population has no better or worse.
    assert {c["cue"] for c in rows["Ludność [osoby]"]["gminas"].values()} == {"cue-neutral"}
    old_age = rows[next(name for name in rows if name.startswith("Współczynnik obciążenia"))]
    assert old_age["gminas"]["Kraków"]["cue"] == "cue-worse"  # higher is worse: 40.0 vs 28.1
    assert old_age["gminas"]["Świątniki Górne"]["cue"] == "cue-better"  # 26.3
    # Kraków is the median gmina of unemployment (rank 8 of 15): neither better nor worse.
    unemployed = rows[next(name for name in rows if name.startswith("Bezrobotni na 1000"))]
    assert unemployed["gminas"]["Kraków"]["rank"] == "8/15"
    assert unemployed["gminas"]["Kraków"]["cue"] == "cue-neutral"
    assert unemployed["gminas"]["Wieliczka"]["cue"] == "cue-worse"


def test_missing_value_is_a_dash_without_colour(app):
    _, table, _ = comparison(app, THREE)
    _, rows = read_table(table)

    (name,) = [name for name in rows if name.startswith("Napływ z Krakowa")]
    krakow = rows[name]["gminas"]["Kraków"]  # migration from Kraków to itself
    assert krakow == {
        "value": "–",
        "rank": "–/14",
        "to_median": "–",
        "to_mean": "–",
        "cue": "cue-neutral",
    }


def test_english_table_writes_english_numbers(app):
    notice, table, _ = comparison(app, THREE, lang="en")

    assert notice is None
    headers, rows = read_table(table, "en")
    assert headers[:FIXED_COLUMNS] == ["Indicator", "Year", "Scope median", "Mean without Kraków"]
    krakow = rows["Population [persons]"]["gminas"]["Kraków"]
    assert krakow["value"] == "809,168"
    assert krakow["rank"] == "1/15"
    assert krakow["to_median"] == "+790,530"


def test_preset_compares_all_fifteen_gminas(app):
    notice, table, profile = comparison(app, smk_codes(app))

    assert notice is None
    headers, rows = read_table(table)
    assert len(headers) == FIXED_COLUMNS + SMK_GMINAS
    ranks = sorted(int(c["rank"].split("/")[0]) for c in rows["Ludność [osoby]"]["gminas"].values())
    assert ranks == list(range(1, SMK_GMINAS + 1))
    assert len(profile.data) == SMK_GMINAS


def test_more_than_the_metropolis_shows_the_alert(app):
    notice, table, _ = comparison(app, [*smk_codes(app), BOCHNIA_URBAN])

    assert notice.children == text("error_comparison", "pl")
    assert table == []


def test_six_hand_picked_gminas_are_compared(app):
    notice, table, _ = comparison(app, smk_codes(app)[:6])

    assert notice is None
    assert len(read_table(table)[0]) == FIXED_COLUMNS + 6


def test_seven_hand_picked_gminas_show_the_alert(app):
    # "2–6 gminas, or all gminas of the Metropolis", as the label and the alert say.
    notice, table, _ = comparison(app, smk_codes(app)[:7])

    assert notice is not None and notice.children == text("error_comparison", "pl")
    assert table == []


def comparison_answer(app: dash.Dash, selected: list[str]) -> tuple[int, bytes]:
    """POST the comparison callback of ``selected`` in SMK as the browser does."""
    values = {
        f"{ids.COMPARE_GMINAS_DROPDOWN}.value": selected,
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "smk",
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.COMPARE_OPENED}.data": True,
    }
    with app.server.test_client() as client:
        return dispatch(
            client,
            app,
            f"{ids.COMPARE_TABLE}.children",
            values,
            [f"{ids.COMPARE_GMINAS_DROPDOWN}.value"],
        )


def test_table_reaches_the_browser_as_json(app):
    status, body = comparison_answer(app, THREE)

    assert status == 200
    response = json.loads(body)["response"]
    assert response[ids.COMPARE_NOTICE]["children"] is None
    sent = json.dumps(response[ids.COMPARE_TABLE], ensure_ascii=False)
    assert '"809 168"' in sent and "miejsce 1/15" in sent
    assert len(response[ids.COMPARE_PROFILE_CHART]["figure"]["data"]) == 3


# --- charts -------------------------------------------------------------------------------


def charts(app: dash.Dash, indicator: str, selected: list[str] = THREE) -> tuple:
    with app.server.test_request_context():
        lines, bars = compare.update_charts(selected, indicator, "smk", "pl")
    return go.Figure(lines), go.Figure(bars)


def test_the_series_chart_marks_each_gminas_own_break(app):
    lines, _ = charts(app, "population", ["1261011", "0862011"])

    notes = [note.text for note in lines.layout.annotations]
    assert "Zielona Góra: zmiana granic" in notes  # merged with its rural gmina in 2015
    assert not any(note.startswith("Kraków:") for note in notes)


def test_charts_draw_one_line_and_one_bar_per_gmina(app):
    lines, bars = charts(app, "population")

    labels = ["Kraków", "Wieliczka", "Świątniki Górne"]
    # population also gets each gmina's outlook (rates held), dashed
    assert [trace.name for trace in lines.data] == labels + [f"{n} (prognoza)" for n in labels]
    assert [trace.line.dash for trace in lines.data[3:]] == ["dash"] * 3
    krakow = dict(zip(lines.data[0].x, lines.data[0].y, strict=True))
    assert krakow[2024] == 809168 and min(krakow) == 2010
    assert lines.layout.yaxis.title.text == "Ludność [osoby]"
    (bar,) = bars.data
    assert (bar.type, bar.orientation) == ("bar", "h")
    assert list(bar.y) == labels
    # The bars are the latest year of each line.
    assert list(bar.x) == [trace.y[-1] for trace in lines.data[:3]]
    assert bars.layout.xaxis.title.text == "Ludność [osoby]"


def test_population_series_marks_the_census_break(app):
    lines, _ = charts(app, "population")

    assert [shape.x0 for shape in lines.layout.shapes] == [2019.5]
    assert lines.layout.annotations[0].text == text("series_break_short", "pl")


def test_bars_show_the_scope_median(app):
    _, bars = charts(app, "population")

    assert [shape.x0 for shape in bars.layout.shapes] == [18638]  # median of the 15 SMK gminas
    assert [a.text for a in bars.layout.annotations] == [text("compare_median", "pl")]


def test_indicator_without_break_has_no_marker(app):
    lines, bars = charts(app, "pit_share_per_capita")  # one year of data, 2020

    assert len(lines.layout.shapes) == 0
    assert len(bars.data[0].x) == 3


def test_no_gmina_draws_no_chart(app):
    with pytest.raises(PreventUpdate):
        charts(app, "population", [])


def test_population_change_line_ends_at_the_bar(app):
    # The line, like the bars and the table, is the change over five years.
    lines, bars = charts(app, "population_change")

    for trace, value in zip(lines.data, bars.data[0].x, strict=True):
        assert trace.x[0] == 2015  # the first year with a value five years before
        assert trace.x[-1] == 2024
        assert trace.y[-1] == pytest.approx(value)


# --- download -----------------------------------------------------------------------------


def download(app: dash.Dash, button: str, separator: str = "semicolon", lang: str = "pl"):
    values = {
        f"{ids.COMPARE_EXPORT_CSV}.n_clicks": 1 if button == ids.COMPARE_EXPORT_CSV else None,
        f"{ids.COMPARE_EXPORT_XLSX}.n_clicks": 1 if button == ids.COMPARE_EXPORT_XLSX else None,
        f"{ids.COMPARE_EXPORT_SEPARATOR}.value": separator,
        f"{ids.COMPARE_GMINAS_DROPDOWN}.value": THREE,
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "smk",
        f"{ids.LANG_STORE}.data": lang,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, f"{ids.COMPARE_DOWNLOAD}.data", values, [f"{button}.n_clicks"]
        )
    assert status == 200, body[:500]
    return json.loads(body)["response"][ids.COMPARE_DOWNLOAD]["data"]


def export_headers(lang: str) -> list[str]:
    keys = ["compare_indicator", "compare_gmina", None, "compare_year", "compare_value"]
    keys += ["compare_unit", "compare_rank_header", "compare_median", "compare_vs_median"]
    keys += ["compare_mean_without_krakow", "compare_vs_mean"]
    return [text(key, lang) if key else "TERYT" for key in keys]


def indicator_count(app: dash.Dash) -> int:
    _, table, _ = comparison(app, THREE)
    return len(read_table(table)[1])


@pytest.mark.parametrize(
    ("separator", "lang", "delimiter", "decimal"),
    [("semicolon", "pl", ";", ","), ("comma", "en", ",", ".")],
)
def test_csv_download_opens_in_excel(app, separator, lang, delimiter, decimal):
    data = download(app, ids.COMPARE_EXPORT_CSV, separator, lang)

    assert data["filename"] == "porownanie-gmin.csv"
    assert data["base64"] is True
    raw = base64.b64decode(data["content"])
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark, for Excel
    written = raw[3:].decode("utf-8")
    assert "\r\n" in written
    header, *rows = list(csv.reader(io.StringIO(written), delimiter=delimiter))
    assert header == export_headers(lang)
    assert len(rows) == 3 * indicator_count(app)
    by_key = {(row[0], row[2]): dict(zip(header, row, strict=True)) for row in rows}
    population = app.server.extensions["geoportal_dataset"].catalog["population"].name(lang)
    krakow = by_key[(population, KRAKOW)]
    assert krakow[header[1]] == "Kraków"
    assert float(krakow[header[4]].replace(decimal, ".")) == 809168
    assert float(krakow[header[6]].replace(decimal, ".")) == 1  # rank
    density = next(
        row for key, row in by_key.items() if key[1] == KRAKOW and "/km²" in row[header[5]]
    )
    assert re.fullmatch(rf"\d+\{decimal}\d+", density[header[4]]), density


def test_xlsx_download_opens_with_openpyxl(app):
    data = download(app, ids.COMPARE_EXPORT_XLSX)

    assert data["filename"] == "porownanie-gmin.xlsx"
    workbook = load_workbook(io.BytesIO(base64.b64decode(data["content"])), read_only=True)
    header, *rows = list(workbook.active.values)
    workbook.close()
    assert list(header) == export_headers("pl")
    assert len(rows) == 3 * indicator_count(app)
    krakow = next(row for row in rows if row[0] == "Ludność" and row[2] == KRAKOW)
    assert krakow[1] == "Kraków" and krakow[4] == 809168 and krakow[6] == 1
    missing = next(
        row for row in rows if row[0].startswith("Napływ z Krakowa") and row[1] == "Kraków"
    )
    assert missing[4] is None or (isinstance(missing[4], float) and math.isnan(missing[4]))


def test_download_without_gminas_sends_nothing(app):
    values = {
        f"{ids.COMPARE_EXPORT_CSV}.n_clicks": 1,
        f"{ids.COMPARE_EXPORT_XLSX}.n_clicks": None,
        f"{ids.COMPARE_EXPORT_SEPARATOR}.value": "semicolon",
        f"{ids.COMPARE_GMINAS_DROPDOWN}.value": [],
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "smk",
        f"{ids.LANG_STORE}.data": "pl",
    }
    with app.server.test_client() as client:
        status, _ = dispatch(
            client,
            app,
            f"{ids.COMPARE_DOWNLOAD}.data",
            values,
            [f"{ids.COMPARE_EXPORT_CSV}.n_clicks"],
        )
    assert status == 204


def test_a_cached_comparison_equals_the_computed_one_and_keeps_selections_apart(
    store_dir, tmp_path
):
    cached = app_with(store_dir, tmp_path, CACHE_TYPE="SimpleCache")
    first, again = comparison(cached, THREE), comparison(cached, THREE)
    other = comparison(cached, THREE[:2])

    assert json.dumps(again[1].to_plotly_json(), cls=PlotlyJSONEncoder) == json.dumps(
        first[1].to_plotly_json(), cls=PlotlyJSONEncoder
    )
    assert again[2].to_json() == first[2].to_json()
    assert len(other[2].data) == 2 and len(first[2].data) == 3
    with cached.server.test_request_context():
        lines, bars = compare.update_charts(THREE, "population", "smk", "en")
        assert compare.update_charts(THREE, "population", "smk", "en") == (lines, bars)
        assert compare.update_charts(THREE, "population", "smk", "pl")[0] != lines


SI_SUFFIX = re.compile(r"\d\s*[kMGB]\b")
"""Plotly's SI tick suffixes ("200k", "1.2M"), which a Polish chart never shows."""


def test_polish_charts_write_thousands_as_tys_with_polish_separators(app):
    lines, bars = charts(app, "population")

    for axis in (lines.layout.yaxis, bars.layout.xaxis):
        assert axis.tickmode == "array"
        assert all(label.endswith(("tys.", "mln")) or label == "0" for label in axis.ticktext)
        assert any(label.endswith("tys.") for label in axis.ticktext)
        assert not any(SI_SUFFIX.search(label) for label in axis.ticktext)
    assert lines.layout.separators == bars.layout.separators == ", "
    assert lines.layout.xaxis.tickmode is None  # years stay years
