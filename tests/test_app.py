import json
import re
from pathlib import Path

import pytest

import app as app_module
from callbacks import ids, page
from server import card, i18n

ROOT = Path(__file__).resolve().parent.parent


def layout_ids(component) -> set[str]:
    found = set()
    stack = [component]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        identifier = getattr(node, "id", None)
        if identifier:
            found.add(identifier["type"] if isinstance(identifier, dict) else identifier)
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str):
            stack.append(children)
    return found


def test_every_id_is_in_the_layout_and_every_callback_registered(app):
    with app.server.test_request_context("/"):
        rendered = app_module.serve_layout()
    constants = {value for name, value in vars(ids).items() if name.isupper()}
    rows = {value for name, value in vars(ids).items() if name.startswith("ROW_")}
    assert constants - rows <= layout_ids(rendered)
    wired = json.dumps([(c["inputs"], c["state"]) for c in app.callback_map.values()])
    assert all(row in wired for row in rows)
    assert [tab.value for tab in rendered.children[-2].children.children] == list(page.TABS)
    outputs = " ".join(app.callback_map)
    for wired in (
        ids.MAP_STATE,
        ids.LEGEND,
        ids.YEAR_SLIDER,
        ids.PANEL_TITLE,
        ids.SELECTED_STORE,
        ids.INDICATOR_INFO,
        ids.BREAKS_BOX,
    ):
        assert wired in outputs


def layout_text(client) -> str:
    return json.dumps(client.get("/_dash-layout").get_json(), ensure_ascii=False)


def test_index_and_layout_answer_in_both_languages(app):
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert "Geoportal Metropolii Krakowskiej" in layout_text(client)
    client.get("/?lang=en")  # the page request leaves the language in a cookie
    english = layout_text(client)
    assert "Kraków Metropolis Geoportal" in english
    assert i18n.ATTRIBUTION in english


def test_unsupported_language_falls_back_to_polish(app):
    client = app.server.test_client()
    client.get("/?lang=xx")
    assert "Geoportal Metropolii" in layout_text(client)


def test_languages_have_the_same_keys():
    assert set(i18n.TEXTS["pl"]) == set(i18n.TEXTS["en"])


def test_every_text_key_is_used():
    modules = [ROOT / "app.py", *ROOT.glob("callbacks/**/*.py"), *ROOT.glob("server/*.py")]
    sources = " ".join(path.read_text() for path in modules if path.name != "i18n.py")
    dynamic = (
        "scope_",
        "scheme_",
        "layer_",
        "type_",
        "error_",
        "panel_",
        "dropdown_",
        "compare_separator_",
        "compare_map_",
        "reason_",
        "collection_",
        "export_",
        "delimit_vs_",
        "model_",
        "flows_",
        "zone_",
        "area_",
        "theme_",
        "polarity_",
        "catalog_",
        "exports_",
        "report_",
        "bdl_column_",
        "upload_",
        "audit_",
    )
    listed = {f"card_{key}" for key in card.LABELS}  # keys built from a listed tuple
    for key in i18n.TEXTS["pl"]:
        quoted = {f'"{key}"', f"'{key}'"}
        assert any(q in sources for q in quoted) or key.startswith(dynamic) or key in listed, key


def test_missing_store_fails_fast_with_the_build_command(tmp_path):
    with pytest.raises(ValueError, match=re.escape("flask --app app build")):
        app_module.create_app({"STORE_DIR": str(tmp_path)})
