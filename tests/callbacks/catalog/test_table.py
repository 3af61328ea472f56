import base64
import io
import json

import pandas as pd
from dash import ALL

from callbacks import ids
from callbacks.catalog import table as catalog
from server.i18n import text
from tests.conftest import BUILT
from tests.support.dash_client import dispatch, prop_key
from tests.support.polish_dates import polish_date


def test_search_lists_matching_rows_with_coverage(app):
    with app.server.test_request_context():
        (table,) = catalog.update_table("bezrobotni", None, None, None, "pl").children
        nothing = catalog.update_table("zzz", None, None, None, "pl")
    caption, _, body = table.children
    assert caption.children == "Rynek pracy (3)"
    rows = body.children
    assert len(rows) == 3  # with the powiats' unemployment rate
    assert rows[2].children[4].children[0].children.endswith(": 3/3")  # the SMK's powiats
    first = rows[0].children
    assert first[0].children[0].children == "Bezrobotni zarejestrowani"
    assert first[2].children == "gmina"
    assert first[3].children == "2003–2024"
    coverage = [div.children for div in first[4].children[:3]]
    assert coverage[0] == "Metropolia Krakowska (15 gmin): 15/15"
    assert first[7].children == "stan na 31 gru 2024"  # the source's own date, in Polish
    assert first[8].children == polish_date(BUILT)  # apart from it: the store's build
    assert nothing.children == "Żaden wskaźnik nie pasuje do wyszukiwania."


def test_show_on_the_map_opens_the_indicator_in_the_explorer(app):
    key = prop_key({"type": ids.CATALOG_OPEN, "index": "density"}, "n_clicks")
    values = {
        prop_key({"type": ids.CATALOG_OPEN, "index": ALL}, "n_clicks"): {
            indicator: (1 if indicator == "density" else None)
            for indicator in app.server.extensions["geoportal_dataset"].catalog
        },
    }
    with app.server.test_client() as client:
        status, body = dispatch(client, app, f"{ids.TABS}.value", values, [key])
    assert status == 200, body[:300]
    response = json.loads(body)["response"]
    assert response[ids.INDICATOR_DROPDOWN]["value"] == "density"
    assert response[ids.TABS]["value"] == "tab_map"


def test_download_sends_every_gmina_and_year(app):
    key = prop_key({"type": ids.CATALOG_DOWNLOAD_BUTTON, "index": "population"}, "n_clicks")
    values = {
        prop_key({"type": ids.CATALOG_DOWNLOAD_BUTTON, "index": ALL}, "n_clicks"): {
            indicator: (1 if indicator == "population" else None)
            for indicator in app.server.extensions["geoportal_dataset"].catalog
        },
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    with app.server.test_client() as client:
        status, body = dispatch(client, app, f"{ids.CATALOG_DOWNLOAD}.data", values, [key])
    assert status == 200, body[:300]
    data = json.loads(body)["response"][ids.CATALOG_DOWNLOAD]["data"]
    assert data["filename"] == "population.csv"
    raw = base64.b64decode(data["content"])
    table = pd.read_csv(io.BytesIO(raw[3:]), sep=";", decimal=",", dtype={"teryt": str})
    assert raw.startswith(b"\xef\xbb\xbf")
    assert table.set_index("teryt").loc["1261011", "2022"] == 803282


def test_filters_by_level_and_scope_grouped_by_theme_with_counts(app):
    with app.server.test_request_context():
        every = catalog.update_table("", None, "gmina", None, "pl").children
        smk = catalog.update_table("", None, None, "smk", "en").children
        options = catalog.filter_options("pl")
    captions = [table.children[0].children for table in every]
    shown = sum(len(table.children[2].children) for table in every)

    assert "Mieszkalnictwo (2)" in captions
    assert sum(int(c.rsplit("(", 1)[1].rstrip(")")) for c in captions) == shown >= 32
    assert {"label": "Mieszkalnictwo (2)", "value": "housing"} in options["theme"]
    assert {"label": "gmina", "value": "gmina"} in options["level"]
    bars = smk[0].children[2].children[0].children[4].children[-1].children[0]
    assert bars.children == f"Coverage by year ({text('scope_smk', 'en')})"


def test_a_forged_filter_value_is_no_filter_or_no_match(app):
    with app.server.test_request_context():
        forged_scope = catalog.update_table("gestosc", None, None, "<script>", "pl").children
        forged_level = catalog.update_table("", "nope", "county", None, "pl")
    assert len(forged_scope[0].children[2].children) >= 1
    assert forged_level.children == "Żaden wskaźnik nie pasuje do wyszukiwania."
